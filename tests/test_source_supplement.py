"""Tests of the curated supplement (gazetteer/data/supplement.csv and its reader)."""

from __future__ import annotations

import csv
import math
from importlib import resources
from pathlib import Path

import pytest

from gazetteer.errors import BadInputError
from gazetteer.model import PlaceRecord
from gazetteer.sources import supplement
from gazetteer.sources.supplement import COLUMNS, FEATURE_CLASSES, PROVENANCE, iter_records

HEADER = ",".join(COLUMNS)
GOOD_ROW = 'geomap:test-place,Test Place,Testland@en|Тест@ru,10.5,20.25,RGN,AZ,30,"Wikipedia: Test",'


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def records() -> list[PlaceRecord]:
    return list(iter_records())


@pytest.fixture(scope="module")
def by_name(records: list[PlaceRecord]) -> dict[str, PlaceRecord]:
    return {rec.name: rec for rec in records}


@pytest.fixture(scope="module")
def raw_rows() -> list[dict[str, str]]:
    path = Path(str(resources.files("gazetteer") / "data" / "supplement.csv"))
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "supplement.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_haversine_helper() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    assert haversine_km(39.85, 46.75, 39.85, 46.75) == 0


def test_provenance() -> None:
    assert "supplement" in PROVENANCE


def test_at_least_250_rows(records: list[PlaceRecord], raw_rows: list[dict[str, str]]) -> None:
    assert len(records) >= 250
    assert len(records) == len(raw_rows)


def test_header_is_exact() -> None:
    path = Path(str(resources.files("gazetteer") / "data" / "supplement.csv"))
    assert path.read_text(encoding="utf-8").splitlines()[0] == HEADER


def test_ids_unique_and_prefixed(records: list[PlaceRecord]) -> None:
    ids = [rec.id for rec in records]
    assert len(ids) == len(set(ids))
    assert all(rid.startswith("geomap:") for rid in ids)


def test_every_row_has_a_source(records: list[PlaceRecord], raw_rows: list[dict[str, str]]) -> None:
    assert all(row["source"].strip() for row in raw_rows)
    assert all(rec.source.startswith("geomap-supplement: ") for rec in records)
    assert all(len(rec.source) > len("geomap-supplement: ") for rec in records)


def test_coordinates_in_range(records: list[PlaceRecord]) -> None:
    for rec in records:
        assert -90 <= rec.lat <= 90, rec.id
        assert -180 <= rec.lon <= 180, rec.id


def test_radius_positive(raw_rows: list[dict[str, str]]) -> None:
    for row in raw_rows:
        assert float(row["radius_km"]) > 0, row["id"]


def test_record_shape(records: list[PlaceRecord]) -> None:
    for rec in records:
        assert rec.population == 0
        assert rec.geometry is None
        assert rec.feature_class == FEATURE_CLASSES[rec.feature_code]
        assert rec.country == "" or (len(rec.country) == 2 and rec.country.isupper())
        for name, lang in rec.names:
            assert name and name == name.strip() and "|" not in name
            assert lang == "" or (lang.isalpha() and lang.islower())


def test_nagorno_karabakh(by_name: dict[str, PlaceRecord]) -> None:
    nk = by_name["Nagorno-Karabakh"]
    assert nk.id == "geomap:nagorno-karabakh"
    aliases = {name for name, _ in nk.names}
    assert {"Nagorny Karabakh", "Artsakh"} <= aliases
    assert ("Нагорный Карабах", "ru") in nk.names
    assert nk.country == "AZ"
    assert nk.feature == "region"
    assert haversine_km(nk.lat, nk.lon, 39.85, 46.75) <= 60


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Gaza Strip", "PS"),
        ("West Bank", "PS"),
        ("Donbas", "UA"),
        ("Darfur", "SD"),
        ("Kashmir", ""),
        ("Soviet Union", ""),
    ],
)
def test_key_regions_present(by_name: dict[str, PlaceRecord], name: str, country: str) -> None:
    assert by_name[name].country == country


def test_soviet_union_is_a_historical_state(by_name: dict[str, PlaceRecord]) -> None:
    ussr = by_name["Soviet Union"]
    assert ussr.feature_code == "PCLH"
    assert ussr.feature_class == "A"
    aliases = {name for name, _ in ussr.names}
    assert {"USSR", "СССР", "Uni Soviet", "Union soviétique", "Unión Soviética"} <= aliases


def test_feature_classes_follow_geonames(by_name: dict[str, PlaceRecord]) -> None:
    assert by_name["Strait of Hormuz"].feature_class == "H"
    assert by_name["Sinai Peninsula"].feature_class == "T"
    assert by_name["Darfur"].feature_class == "L"
    assert by_name["Kosovo"].feature_class == "A"
    assert by_name["Strait of Hormuz"].feature == "physical"


def test_explicit_path_reads_a_small_file(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER, GOOD_ROW)
    (rec,) = iter_records(path)
    assert rec.id == "geomap:test-place"
    assert rec.names == (("Testland", "en"), ("Тест", "ru"))
    assert rec.source == "geomap-supplement: Wikipedia: Test"
    assert (rec.lat, rec.lon) == (10.5, 20.25)


def test_malformed_lat_names_line_number(tmp_path: Path) -> None:
    bad = 'geomap:bad-place,Bad Place,,north,20,RGN,,10,"Wikipedia: Bad",'
    path = write(tmp_path, HEADER, GOOD_ROW, bad)
    with pytest.raises(BadInputError, match=r"line 3\b.*lat"):
        list(iter_records(path))


@pytest.mark.parametrize(
    ("row", "fragment"),
    [
        (',No Id,,1,2,RGN,,10,"Wikipedia: X",', "id is empty"),
        ('geomap:no-name,,,1,2,RGN,,10,"Wikipedia: X",', "name is empty"),
        ('geomap:far-away,Far,,95,2,RGN,,10,"Wikipedia: X",', "lat"),
        ('geomap:far-east,Far,,1,200,RGN,,10,"Wikipedia: X",', "lon"),
        ("geomap:no-source,No Source,,1,2,RGN,,10,,", "source is empty"),
        ('geomap:bad-code,Bad Code,,1,2,XYZ,,10,"Wikipedia: X",', "feature_code"),
        ('geomap:bad-alias,Bad Alias,Foo@English,1,2,RGN,,10,"Wikipedia: X",', "alias"),
        ('geomap:bad-radius,Bad Radius,,1,2,RGN,,-5,"Wikipedia: X",', "radius_km"),
        ('geomap:bad-country,Bad Country,,1,2,RGN,Azerbaijan,10,"Wikipedia: X",', "country"),
        ('geomap:coded-region,Coded,,1,2,RGN,ID,10,"Wikipedia: X",,PT', "admin1"),  # a code only for ADM1
        ('geomap:coded-unit,Coded,,1,2,ADM1,,10,"Wikipedia: X",,PT', "admin1"),  # ... of a country
    ],
)
def test_malformed_rows_raise(tmp_path: Path, row: str, fragment: str) -> None:
    path = write(tmp_path, HEADER, row)
    with pytest.raises(BadInputError, match="line 2") as excinfo:
        list(iter_records(path))
    assert fragment in str(excinfo.value)


def test_duplicate_id_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER, GOOD_ROW, GOOD_ROW)
    with pytest.raises(BadInputError, match=r"line 3: id 'geomap:test-place' already used on line 2"):
        list(iter_records(path))


def test_bad_header(tmp_path: Path) -> None:
    path = write(tmp_path, "id,name,lat,lon", "geomap:x,X,1,2")
    with pytest.raises(BadInputError, match="line 1"):
        list(iter_records(path))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError):
        list(iter_records(tmp_path / "nope.csv"))


def test_default_path_is_packaged_file() -> None:
    assert supplement._default_path().name == "supplement.csv"
    assert supplement._default_path().is_file()


def test_constituent_countries_of_the_uk_are_places_of_their_own(by_name: dict[str, PlaceRecord]) -> None:
    from gazetteer.sources import countries

    for name in ("England", "Scotland", "Wales", "Northern Ireland"):
        rec = by_name[name]
        assert (rec.feature, rec.country) == ("admin1", "GB")
    assert ("Écosse", "fr") in by_name["Scotland"].names
    # A locale that calls the whole kingdom "England" no longer makes England an alias of it.
    uk = next(rec for rec in countries.iter_records(with_geometry=False) if rec.country == "GB")
    assert all(name not in ("England", "Scotland") for name, _ in uk.names)
    assert ("Britain", "en") in uk.names or any(name == "Great Britain" for name, _ in uk.names)


def test_a_first_level_unit_the_admin1_layer_lacks_names_its_code(gaz) -> None:
    """Provinces made after the admin-1 layer was drawn (Indonesia's of 2022) come from the supplement with their
    GeoNames code: the towns filed under that code are inside them and name them as their admin1."""
    import geomap

    (province,) = [p for p in gaz.search("Central Papua", country="ID") if p.feature == "admin1"][:1]
    assert province.name == "Papua Tengah"
    town = next(p for p in gaz.search("Nabire", country="ID") if p.feature == "city")
    assert town.admin1 == "Papua Tengah"
    rows = geomap.geoparse("Polisi di Merauke, Papua Selatan, menahan dua orang.", lang="id", gazetteer=gaz)
    assert [(r.name, r.admin1) for r in rows.itertuples()] == [("Merauke", "Papua Selatan"),
                                                               ("Papua Selatan", "Papua Selatan")]
