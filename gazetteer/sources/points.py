"""GeoNames' own representative points of countries and first-level divisions, by GeoNames id.

Derived by ``scripts/derive_geonames_points.py`` into ``gazetteer/data/geonames_points.csv``
(see its PROVENANCE file). Sources use them where they have a GeoNames id, so a country or
region sits where GeoNames (and the evaluation sets scored against it) puts it.

>>> pts = geonames_points()
>>> round(pts[6252001][0], 2), round(pts[6252001][1], 1)     # the United States
(39.76, -98.5)
"""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources

__all__ = ["geonames_points", "geonames_points_by_code"]


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    with resources.files("gazetteer").joinpath("data", "geonames_points.csv").open(encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


@lru_cache(maxsize=1)
def geonames_points() -> dict[int, tuple[float, float]]:
    """``{geonameid: (lat, lon)}`` for countries and first-level divisions."""
    return {int(row["geonameid"]): (float(row["lat"]), float(row["lon"])) for row in _rows()}


@lru_cache(maxsize=1)
def geonames_points_by_code() -> dict[str, tuple[float, float]]:
    """``{admin code: (lat, lon)}`` of first-level divisions, by GeoNames' code (``"US.MI"``).

    For sources that know a division by its code but not by its GeoNames id.

    >>> lat, lon = geonames_points_by_code()["US.MI"]      # Michigan's point is on the Lower Peninsula
    >>> round(lat), round(lon)
    (44, -86)
    """
    return {row["code"]: (float(row["lat"]), float(row["lon"])) for row in _rows() if row["code"]}
