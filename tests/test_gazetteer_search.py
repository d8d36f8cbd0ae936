"""The default gazetteer finds places in any language and script and ranks them sensibly."""

from __future__ import annotations

import pytest

from gazetteer import BadInputError, Gazetteer, haversine_km


def top(gaz: Gazetteer, name: str, **kw):
    found = gaz.search(name, **kw)
    assert found, f"{name!r} found nothing"
    return found[0]


@pytest.mark.parametrize("name", ["Terter", "Tərtər", "Tartar", "TERTER", "Тертер"])
def test_terter_spellings_give_the_azerbaijani_city(gaz, name):
    place = top(gaz, name)
    assert place.country == "AZ"
    assert place.feature == "city"
    assert haversine_km(place.lat, place.lon, 40.34, 46.93) < 5


def test_stepanakert_gives_khankendi(gaz):
    place = top(gaz, "Stepanakert")
    assert place.name in {"Khankendi", "Xankəndi", "Xankandi"}
    assert haversine_km(place.lat, place.lon, 39.82, 46.75) < 10


@pytest.mark.parametrize("name", ["Baku", "Bakı", "Баку", "باكو"])
def test_baku_in_several_scripts(gaz, name):
    place = top(gaz, name)
    assert (place.name, place.country) == ("Baku", "AZ")
    assert haversine_km(place.lat, place.lon, 40.378, 49.892) < 15


@pytest.mark.parametrize("name", ["Київ", "Kyiv", "Kiev", "Киев"])
def test_kyiv(gaz, name):
    place = top(gaz, name)
    assert place.country == "UA" and haversine_km(place.lat, place.lon, 50.45, 30.52) < 15


@pytest.mark.parametrize(
    ("name", "iso"),
    [("Rusia", "RU"), ("Amerika Serikat", "US"), ("Russia", "RU"), ("Allemagne", "DE"), ("Германия", "DE"),
     ("UAE", "AE"), ("Britain", "GB"), ("الولايات المتحدة", "US"), ("Німеччина", "DE"), ("Mexico", "MX")],
)
def test_country_names_in_many_languages(gaz, name, iso):
    place = top(gaz, name)
    assert place.feature == "country" and place.country == iso
    # no other country claims the name (a mistranslation in a source must not make Malaysia "Mexico")
    assert [p.country for p in gaz.search(name, feature="country")] == [iso]


@pytest.mark.parametrize("name", ["Nagorny Karabakh", "Nagorno-Karabakh", "Artsakh", "Dağlıq Qarabağ"])
def test_nagorno_karabakh_region(gaz, name):
    place = top(gaz, name)
    assert place.feature == "region"
    assert haversine_km(place.lat, place.lon, 39.85, 46.75) < 60


def test_paris_france_and_paris_texas(gaz):
    paris = top(gaz, "Paris")
    assert paris.country == "FR" and haversine_km(paris.lat, paris.lon, 48.86, 2.35) < 10
    texas = top(gaz, "Paris", country="US")
    assert texas.country == "US" and texas.admin1 == "Texas"
    assert haversine_km(texas.lat, texas.lon, 33.66, -95.56) < 10


@pytest.mark.parametrize(("name", "country", "other"), [
    ("Islamabad", "PK", "BD"),  # Chittagong, more populous, was once called so
    ("Salem", "IN", "IL"),  # not Jerusalem
    ("Philadelphia", "US", "JO"),  # not Amman
    ("Kota", "IN", "QA"),  # Qatar in Yoruba
    ("Palu", "ID", "PW"),  # Palau in Kabyle
    ("Jayapura", "ID", "IN"),  # not Jaipur
])
def test_a_place_named_by_its_own_name_comes_before_one_named_by_another(gaz, name, country, other):
    found = gaz.search(name, limit=5)
    assert found[0].country == country and found[0].name == name
    assert other in {p.country for p in found}  # the other namesake is still a candidate, below


@pytest.mark.parametrize(("name", "country"), [("Kiev", "UA"), ("Bombay", "IN"), ("Peking", "CN")])
def test_a_name_only_another_place_is_called_still_finds_it(gaz, name, country):
    assert top(gaz, name).country == country


def test_candidates_are_ranked_and_carry_their_evidence(gaz):
    found = gaz.search("Paris", limit=5)
    assert len(found) == 5
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)
    first = found[0]
    assert first.matched == "Paris" and first.alt_count > 10 and first.population > 1_000_000
    assert first.feature_class == "P" and first.feature_code.startswith("PPL")


def test_feature_and_near_filters(gaz):
    assert all(p.feature == "country" for p in gaz.search("Georgia", feature="country"))
    us_state = gaz.search("Georgia", feature="admin1")
    assert us_state and us_state[0].country == "US"
    near_tbilisi = top(gaz, "Georgia", near=(41.7, 44.8))
    assert near_tbilisi.country == "GE"
    with pytest.raises(BadInputError, match="feature"):
        gaz.search("Georgia", feature="spaceport")


def test_unknown_name_returns_nothing(gaz):
    assert gaz.search("Xqzvvplace Nowhere") == []
    assert gaz.search("") == []
    assert gaz.search("---") == []


def test_get_and_names(gaz):
    tartar = top(gaz, "Terter")
    same = gaz.get(tartar.id)
    assert same is not None and same.id == tartar.id and same.name == tartar.name
    spellings = {n for n, _ in same.extra["names"]}
    assert {"Terter", "Tərtər"} <= spellings
    assert gaz.get("does-not-exist") is None


def test_reverse_finds_nearest_place_and_falls_back_to_regions(gaz):
    near = gaz.reverse(40.343, 46.930)
    assert near and near[0].name == "Tartar" and near[0].extra["distance_km"] < 1
    # Mid-desert: no town within 100 km, so the containing region/country answers.
    sahara = gaz.reverse(23.0, 12.0, max_km=20)
    assert sahara and {p.country for p in sahara} & {"NE", "LY", "DZ", "TD"}
    with pytest.raises(BadInputError):
        gaz.reverse(123.0, 0.0)


def test_country_outline_contains_its_label_point(gaz):
    import shapely

    az = top(gaz, "Azerbaijan")
    outline = gaz.geometry(az.id)
    assert outline is not None and outline.contains(shapely.Point(az.lon, az.lat))


def test_info_reports_sources_and_counts(gaz):
    facts = gaz.info()
    assert facts["places"] > 230_000
    names = {s["name"] for s in facts["sources"]}
    assert {"countries", "admin1", "cities500", "supplement"} <= names
    assert facts["features"]["country"] >= 240


def test_countries_and_regions_sit_at_geonames_points(gaz):
    """Where GeoNames has a point for a country or region, the index uses it (data/geonames_points.csv)."""
    from gazetteer.sources.points import geonames_points

    points = geonames_points()
    for name, feature in (("United States", "country"), ("Canada", "country"), ("Ontario", "admin1")):
        place = top(gaz, name, feature=feature)
        assert place.id.isdigit() and int(place.id) in points
        lat, lon = points[int(place.id)]
        assert haversine_km(place.lat, place.lon, lat, lon) < 1


def test_region_names_lists_every_spelling_of_a_country_regions(gaz) -> None:
    names = gaz.region_names("et")
    ids = {pid for pid, _ in names}
    assert all(gaz.get(pid).feature == "admin1" and gaz.get(pid).country == "ET" for pid in ids)
    assert "Oromiya" in {name for _, name in names}
    assert len(ids) >= 9 and gaz.region_names("XX") == []


def test_keys_starting_lists_the_keys_of_a_prefix(gaz):
    keys = gaz.keys_starting("kharki")
    assert "kharkiv" in keys and all(k.startswith("kharki") for k in keys)
    assert gaz.keys_starting("") == [] and len(gaz.keys_starting("a", limit=5)) == 5
