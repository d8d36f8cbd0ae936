"""The US counties source: gazetteer/data/us_counties.tsv.gz read by gazetteer.sources.us_counties."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest
import shapely
from shapely.geometry import Point

from gazetteer.index import haversine_km
from gazetteer.model import PlaceRecord
from gazetteer.sources import us_counties
from gazetteer.sources.us_counties import PROVENANCE, aliases, iter_records

DATA = Path(us_counties.__file__).resolve().parent.parent / "data" / "us_counties.tsv.gz"
LAUREL_KY = "us-county:21125"


@pytest.fixture(scope="module")
def records() -> list[PlaceRecord]:
    return list(iter_records())


@pytest.fixture(scope="module")
def by_name(records: list[PlaceRecord]) -> dict[tuple[str, str], PlaceRecord]:
    """``{(full name, state): record}``."""
    return {(rec.name, rec.admin1): rec for rec in records}


def test_file_is_committed_and_compact() -> None:
    assert DATA.is_file()
    assert DATA.stat().st_size < 4_000_000
    assert (DATA.parent / "us_counties.PROVENANCE.md").is_file()


def test_provenance() -> None:
    assert "us-atlas@3.0.1" in PROVENANCE
    assert "Census Bureau" in PROVENANCE
    assert "public domain" in PROVENANCE


def test_row_count_and_unique_ids(records: list[PlaceRecord]) -> None:
    assert len(records) > 3100
    assert len(records) == 3142  # the 50 states and DC, Census 2017
    assert len({rec.id for rec in records}) == len(records)
    assert len({rec.admin1 for rec in records}) == 51


def test_every_record_is_a_sane_adm2(records: list[PlaceRecord]) -> None:
    for rec in records:
        assert re.fullmatch(r"us-county:\d{5}", rec.id), rec.id
        assert re.fullmatch(r"[A-Z]{2}", rec.admin1), rec
        assert rec.country == "US"
        assert (rec.feature_class, rec.feature_code) == ("A", "ADM2")
        assert rec.source == "us-atlas-counties"
        assert rec.population == 0
        assert rec.name and rec.name == rec.name.strip(), rec
        assert 18.0 <= rec.lat <= 72.0, rec  # Hawaii to Alaska's North Slope
        assert -180.0 <= rec.lon <= 180.0, rec
        for alt, lang in rec.names:
            assert lang == "" and alt != rec.name and "\t" not in alt, rec.id


def test_states_are_postal_codes_as_in_admin1(records: list[PlaceRecord]) -> None:
    from gazetteer.sources import admin1

    states = {rec.admin1 for rec in admin1.iter_records() if rec.country == "US"}
    assert {rec.admin1 for rec in records} == states


def test_geometries_are_valid_polygons(records: list[PlaceRecord]) -> None:
    missing = [rec.name for rec in records if rec.geometry is None]
    assert missing == ["Falls Church city"]  # a line in us-atlas: point only
    geoms = shapely.from_wkb([rec.geometry for rec in records if rec.geometry is not None])
    assert set(shapely.get_type_id(geoms)) <= {3, 6}  # Polygon, MultiPolygon
    assert shapely.is_valid(geoms).all()
    assert not shapely.is_empty(geoms).any()
    points = shapely.points([(rec.lon, rec.lat) for rec in records if rec.geometry is not None])
    assert shapely.contains(geoms, points).all()  # every label point lies in its outline


def test_neighbours_share_borders(by_name: dict[tuple[str, str], PlaceRecord]) -> None:
    laurel = shapely.from_wkb(by_name[("Laurel County", "KY")].geometry)
    knox = shapely.from_wkb(by_name[("Knox County", "KY")].geometry)
    assert laurel.intersection(knox).length > 0.1  # a common border, not a gap
    assert laurel.intersection(knox).area == 0.0  # and no overlap


def test_laurel_county_kentucky(by_name: dict[tuple[str, str], PlaceRecord]) -> None:
    laurel = by_name[("Laurel County", "KY")]
    assert laurel.id == LAUREL_KY
    assert haversine_km(laurel.lat, laurel.lon, 37.11, -84.12) < 30
    assert laurel.names == (("Laurel Co.", ""),)
    assert ("Laurel", "") not in laurel.names  # never the bare name: every town Laurel would collide


def test_kanawha_county_west_virginia(by_name: dict[tuple[str, str], PlaceRecord]) -> None:
    kanawha = by_name[("Kanawha County", "WV")]
    assert haversine_km(kanawha.lat, kanawha.lon, 38.34, -81.53) < 30  # around Charleston
    assert shapely.from_wkb(kanawha.geometry).contains(Point(-81.63, 38.35))  # Charleston


def test_los_angeles_county(by_name: dict[tuple[str, str], PlaceRecord]) -> None:
    la = by_name[("Los Angeles County", "CA")]
    outline = shapely.from_wkb(la.geometry)
    assert outline.contains(Point(la.lon, la.lat))
    assert outline.contains(Point(-118.24, 34.05))  # downtown Los Angeles
    assert outline.geom_type == "MultiPolygon"  # with Santa Catalina and San Clemente


def test_legal_types_and_aliases(by_name: dict[tuple[str, str], PlaceRecord]) -> None:
    assert len([key for key in by_name if key[0] == "DeKalb County"]) == 6
    assert by_name[("Orleans Parish", "LA")].names == ()
    assert by_name[("Juneau City and Borough", "AK")].names == (("Juneau Borough", ""),)
    assert by_name[("Alexandria city", "VA")].names == ()
    assert ("Valdez-Cordova Census Area", "AK") in by_name  # 2017 boundaries
    assert ("District of Columbia", "DC") in by_name
    assert aliases("Kanawha County", "Kanawha") == ["Kanawha Co."]


def test_fast_parser_matches_geos() -> None:
    from gazetteer.sources.admin1 import _parse_polygons

    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        wkts = [line.rstrip("\n").split("\t")[7] for line in handle][1:]
    wkts = [wkt for wkt in wkts if wkt]
    fast = _parse_polygons(wkts)
    slow = shapely.from_wkt(wkts)
    assert [shapely.to_wkb(g) for g in fast] == [shapely.to_wkb(g) for g in slow]


def test_explicit_path_and_empty_geometry(tmp_path: Path) -> None:
    header = "id\tname\tshort_name\tstate\tfips\tlat\tlon\twkt_simplified"
    rows = [
        "us-county:99001\tOne County\tOne\tAA\t99001\t0.5\t0.5\tPOLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))",
        "us-county:99002\tTwo Parish\tTwo\tBB\t99002\t-1\t2\t",
    ]
    path = tmp_path / "mini.tsv.gz"
    path.write_bytes(gzip.compress(("\n".join([header, *rows]) + "\n").encode()))
    one, two = iter_records(path)
    assert (one.name, one.admin1, one.names) == ("One County", "AA", (("One Co.", ""),))
    assert shapely.from_wkb(one.geometry).area == pytest.approx(1.0)
    assert (two.name, two.names, two.geometry) == ("Two Parish", (), None)


def test_bad_header(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv.gz"
    path.write_bytes(gzip.compress(b"id\tname\n"))
    with pytest.raises(ValueError, match="columns"):
        list(iter_records(path))


# ---------------------------------------------------------------- in the default index


def test_search_laurel_county(gaz) -> None:
    found = gaz.search("Laurel County")
    assert found[0].id == LAUREL_KY  # the only Laurel County of the US
    assert (found[0].country, found[0].feature_code, found[0].feature) == ("US", "ADM2", "region")
    assert gaz.search("Laurel Co.")[0].id == LAUREL_KY
    assert gaz.search("Laurel County", country="US", near=(37.1, -84.1))[0].id == LAUREL_KY
    assert gaz.search("Laurel")[0].feature_class == "P"  # the towns, not the county


def test_search_laurel_county_by_feature(gaz) -> None:
    found = gaz.search("Laurel County", feature=["A"])
    assert found and all(p.feature_code == "ADM2" for p in found)
    found = gaz.search("Laurel County", feature="region")
    assert found and all(p.feature_code == "ADM2" for p in found)


def test_search_laurel_county_by_feature_code(gaz) -> None:
    found = gaz.search("Laurel County", feature="ADM2")
    assert found and all(p.feature_code == "ADM2" for p in found)


def test_search_counties_of_several_states(gaz) -> None:
    found = gaz.search("DeKalb County", limit=20)
    assert {p.id for p in found} >= {"us-county:13089", "us-county:17037"}  # GA and IL, among six
    near_atlanta = gaz.search("DeKalb County", near=(33.75, -84.39))
    assert near_atlanta[0].id == "us-county:13089"
    assert gaz.search("Kanawha County")[0].id == "us-county:54039"


def test_reverse_finds_the_county(gaz) -> None:
    found = gaz.reverse(37.13, -84.08, feature="region", max_km=30)
    assert found[0].id == LAUREL_KY
