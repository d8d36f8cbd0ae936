"""GeoNames' first-level divisions that Natural Earth lacks: gazetteer/data/geonames_admin1.csv and its source."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from gazetteer.errors import BadInputError
from gazetteer.model import PlaceRecord
from gazetteer.normalize import fold
from gazetteer.sources import admin1, geonames_admin1
from gazetteer.sources.points import geonames_points

DATA = Path(geonames_admin1.__file__).resolve().parent.parent / "data" / "geonames_admin1.csv"


@pytest.fixture(scope="module")
def records() -> list[PlaceRecord]:
    return list(geonames_admin1.iter_records())


def test_file_is_described_by_its_provenance() -> None:
    provenance = DATA.with_name("geonames_admin1.PROVENANCE.md").read_text(encoding="utf-8")
    digest = re.search(r"sha256 `([0-9a-f]{64})`", provenance)
    assert digest and digest.group(1) == hashlib.sha256(DATA.read_bytes()).hexdigest()


def test_records_are_first_level_divisions_at_geonames_points(records: list[PlaceRecord]) -> None:
    assert 100 < len(records) < 1000
    points = geonames_points()
    for rec in records:
        assert (rec.feature_class, rec.feature_code, rec.feature) == ("A", "ADM1", "admin1")
        assert rec.id.isdigit() and points[int(rec.id)] == (rec.lat, rec.lon)
        assert rec.admin1 and len(rec.country) == 2


def test_none_duplicates_a_natural_earth_region(records: list[PlaceRecord]) -> None:
    ne = {(r.country, fold(r.name)) for r in admin1.iter_records()}
    assert not [r.name for r in records if (r.country, fold(r.name)) in ne]
    assert not {r.id for r in records} & {r.id for r in admin1.iter_records()}


def test_regions_news_names(records: list[PlaceRecord]) -> None:
    by_name = {r.name: r for r in records}
    assert {"Lombardia", "Sicilia", "Catalunya", "Île-de-France"} <= set(by_name)
    assert ("Catalonia", "") in by_name["Catalunya"].names


def test_a_malformed_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("geonameid,name\n1,X\n", encoding="utf-8")
    with pytest.raises(BadInputError, match="header"):
        list(geonames_admin1.iter_records(bad))


def test_index_names_towns_by_their_region(gaz: Gazetteer) -> None:
    assert gaz.search("Lombardy")[0].name == "Lombardia"
    assert gaz.search("Palermo")[0].admin1 == "Sicilia"


def test_geoparse_a_town_beside_its_region(gaz: Gazetteer) -> None:
    from geomap.pipeline import Geoparser

    df = Geoparser(gaz)("Wildfires burned near Palermo as Sicily and Calabria asked Rome for help.", lang="en")
    rows = dict(zip(df["surface"], df["name"]))
    assert rows["Sicily"] == "Sicilia" and rows["Calabria"] == "Calabria" and rows["Palermo"] == "Palermo"
