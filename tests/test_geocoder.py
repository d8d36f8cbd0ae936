"""gazetteer.Geocoder is a real geopy geocoder: Location objects, RateLimiter, DataFrame.apply."""

from __future__ import annotations

import pandas as pd
import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder as GeopyGeocoder
from geopy.location import Location

from gazetteer import BadInputError, Geocoder, haversine_km


@pytest.fixture(scope="module")
def geocoder(gaz):
    return Geocoder(gaz)


def test_is_a_geopy_geocoder_returning_locations(geocoder):
    assert isinstance(geocoder, GeopyGeocoder)
    loc = geocoder.geocode("Tərtər")
    assert isinstance(loc, Location)
    assert haversine_km(loc.latitude, loc.longitude, 40.34, 46.93) < 5
    assert loc.raw["country"] == "AZ" and loc.raw["name"] == "Tartar"
    assert "AZ" in loc.address


def test_country_codes_and_all_candidates(geocoder):
    loc = geocoder.geocode("Paris", country_codes="us")
    assert loc.raw["country"] == "US" and loc.raw["admin1"] == "Texas"
    many = geocoder.geocode("Paris", exactly_one=False, limit=5)
    assert isinstance(many, list) and len(many) == 5 and many[0].raw["country"] == "FR"
    both = geocoder.geocode("Paris", exactly_one=False, country_codes=["FR", "US"])
    assert {loc.raw["country"] for loc in both} == {"FR", "US"}


def test_unknown_returns_none(geocoder):
    assert geocoder.geocode("Xqzvvplace Nowhere") is None


def test_reverse_accepts_strings_and_tuples(geocoder):
    loc = geocoder.reverse("40.3777, 49.892")
    assert loc.raw["name"] == "Baku"
    assert geocoder.reverse((40.343, 46.93)).raw["name"] == "Tartar"
    with pytest.raises(BadInputError):
        geocoder.reverse("not a point")


def test_rate_limiter_and_dataframe_apply(geocoder):
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    df = pd.DataFrame({"place": ["Baku", "Yerevan", "Rusia", "Xqzvvplace"]})
    df["location"] = df["place"].apply(geocode)
    countries = [loc.raw["country"] if loc else None for loc in df["location"]]
    assert countries == ["AZ", "AM", "RU", None]
