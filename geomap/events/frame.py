"""The event table: events as a GeoDataFrame (EPSG:4326) with the schema's columns, in order.

>>> frame = events_frame([], {})
>>> list(frame.columns) == list(EVENT_COLUMNS), frame.crs.to_epsg()
(True, 4326)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
from geopandas.array import from_shapely
from pyproj import CRS
from shapely import points

from .merge import Event
from .model import EVENT_COLUMNS

__all__ = ["EVENT_COLUMNS", "events_frame"]

_INTS = ("time_precision", "geo_precision", "fatalities")
_FLOATS = ("latitude", "longitude", "confidence")


def _row(e: Event, doc_id: str, lang: str, countries: Mapping[str, str]) -> dict[str, Any]:
    p = e.place.place if e.place is not None else None
    return {
        "event_id": e.event_id, "event_date": e.event_date, "time_precision": e.time_precision,
        "event_type": e.event_type, "sub_event_type": e.sub_event_type, "actor1": e.actor1, "actor2": e.actor2,
        "location": e.location,
        "latitude": p.lat if p is not None else np.nan, "longitude": p.lon if p is not None else np.nan,
        "geo_precision": e.geo_precision,
        "country": countries.get(p.country, p.country) if p is not None and p.country else "",
        "iso": p.country if p is not None else "", "admin1": (p.admin1 if p is not None else "") or "",
        "place_id": p.place_id if p is not None else "", "fatalities": e.fatalities,
        "claims": [c.as_dict() for c in e.claims], "source": e.source, "notes": e.notes, "evidence": e.evidence,
        "confidence": e.confidence, "doc_id": doc_id, "lang": lang, "flags": ";".join(e.flags),
    }


def events_frame(events: Sequence[Event], countries: Mapping[str, str], doc_id: str = "", lang: str = ""
                 ) -> gpd.GeoDataFrame:
    """A GeoDataFrame of ``events`` (``countries`` maps ISO codes to names)."""
    if not events:
        return _empty().copy()  # most articles report no event: the empty table, built once
    return _build([_row(e, doc_id, lang, countries) for e in events])


def _build(rows: list[dict[str, Any]]) -> gpd.GeoDataFrame:
    n = len(rows)
    data: dict[str, Any] = {}
    for col in EVENT_COLUMNS:
        if col == "geometry":
            continue
        if col in _INTS:
            data[col] = np.fromiter((r[col] for r in rows), dtype="int64", count=n)
        elif col in _FLOATS:
            data[col] = np.fromiter((r[col] for r in rows), dtype="float64", count=n)
        else:
            values = np.empty(n, dtype=object)
            for i, r in enumerate(rows):  # element by element: a list (claims) must stay one cell
                values[i] = r[col]
            data[col] = values
    lon, lat = data["longitude"], data["latitude"]
    geometry = points(lon, lat) if n else np.empty(0, dtype=object)
    if n:
        geometry[np.isnan(lon) | np.isnan(lat)] = None
    data["geometry"] = from_shapely(geometry, crs=_wgs84())
    return gpd.GeoDataFrame(pd.DataFrame(data, copy=False), geometry="geometry")


@cache
def _empty() -> gpd.GeoDataFrame:
    return _build([])


@cache
def _wgs84() -> CRS:
    """EPSG:4326, built once: parsing a CRS costs more than building a small frame."""
    return CRS.from_epsg(4326)
