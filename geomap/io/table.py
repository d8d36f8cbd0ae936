"""The event table in one canonical form: every schema column, with the same types whatever the file format.

:func:`normalize_events` is what :func:`~geomap.io.events.read_events` returns and what
:func:`~geomap.io.events.write_events` writes, so a table survives a round trip unchanged:
strings (empty, never missing), ``event_date`` as :class:`datetime.date` (or None), integer
columns as ``int64`` (``Int64`` when some are missing; ``fatalities`` 0 when unknown),
floats, ``claims`` as a list of dicts, and Point geometry in EPSG:4326 built from
longitude and latitude.

>>> table = normalize_events([{"event_id": "e1", "event_date": "2024-02-03", "latitude": 48.5, "longitude": 35.0,
...                            "fatalities": "2", "claims": '[{"number": 2, "what": "killed"}]'}])
>>> row = table.iloc[0]
>>> row.event_date, int(row.fatalities), row.claims, row.geometry.wkt
(datetime.date(2024, 2, 3), 2, [{'number': 2, 'what': 'killed'}], 'POINT (35 48.5)')
>>> list(table.columns) == list(EVENT_COLUMNS)
True
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from ..errors import BadInputError
from ..events.model import EVENT_COLUMNS, Claim

__all__ = [
    "DATE_COLUMNS", "EVENT_COLUMNS", "FLOAT_COLUMNS", "INT_COLUMNS", "LIST_COLUMNS", "STR_COLUMNS",
    "empty_events", "normalize_events",
]

INT_COLUMNS = ("time_precision", "geo_precision", "fatalities")
FLOAT_COLUMNS = ("latitude", "longitude", "confidence")
DATE_COLUMNS = ("event_date",)
LIST_COLUMNS = ("claims",)
STR_COLUMNS = tuple(c for c in EVENT_COLUMNS
                    if c not in (*INT_COLUMNS, *FLOAT_COLUMNS, *DATE_COLUMNS, *LIST_COLUMNS, "geometry"))


def _missing(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and value != value


def _text(value: object) -> str:
    if _missing(value):
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple, np.ndarray)):
        return ";".join(_text(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _date(value: object) -> dt.date | None:
    if _missing(value):
        return None
    if isinstance(value, dt.datetime) or hasattr(value, "to_pydatetime"):
        return value.date()  # type: ignore[union-attr]
    if isinstance(value, dt.date):
        return value
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).date()
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise BadInputError(f"event_date {text!r} is not a date; write dates as YYYY-MM-DD") from None


def _claims(value: object) -> list[dict[str, Any]]:
    if _missing(value):
        return []
    if isinstance(value, str):
        if not value.strip():
            return []
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise BadInputError(f"claims {value[:60]!r} is not JSON; claims are a JSON list of "
                                '{"number", "what", "claimed_by", "disputed_by", "vague"} objects') from None
    if isinstance(value, (Claim, Mapping)):
        value = [value]
    if not isinstance(value, Iterable):
        raise BadInputError(f"claims must be a list of dicts, got {type(value).__name__}")
    claims = []
    for item in value:
        if isinstance(item, Claim):
            claims.append(item.as_dict())
        elif isinstance(item, Mapping):
            claims.append({k: (v.item() if isinstance(v, np.generic) else v) for k, v in item.items()
                           if not _missing(v) or k == "number"})
        else:
            raise BadInputError(f"each claim must be a dict like {{'number': 3, 'what': 'killed'}}, got {item!r}")
    return claims


def _integers(series: pd.Series, name: str) -> pd.Series:
    numbers = pd.to_numeric(series.map(lambda v: None if _missing(v) or v == "" else v), errors="coerce")
    numbers = numbers.astype("float64")
    if name == "fatalities":
        numbers = numbers.fillna(0)
    whole = numbers.dropna()
    if not (whole == np.round(whole)).all():
        raise BadInputError(f"{name} must hold whole numbers; found {whole[whole != np.round(whole)].iloc[0]}")
    return numbers.astype("int64") if not numbers.isna().any() else numbers.round().astype("Int64")


def empty_events() -> Any:
    """An event table with no rows and every schema column.

    >>> empty_events().shape
    (0, 25)
    """
    return normalize_events(pd.DataFrame(columns=[c for c in EVENT_COLUMNS if c != "geometry"]))


def normalize_events(table: Any) -> Any:
    """``table`` (a DataFrame, GeoDataFrame or list of row dicts) as the canonical event GeoDataFrame.

    Missing schema columns are added empty; other columns are kept after them. Latitude and
    longitude are filled from Point geometry where missing, and the geometry is rebuilt from
    them (a projected table is first reprojected to EPSG:4326).
    """
    import geopandas as gpd
    import shapely

    if isinstance(table, list):
        table = pd.DataFrame.from_records(table)
    if not isinstance(table, pd.DataFrame):
        raise BadInputError(f"expected an event table (a GeoDataFrame or DataFrame), got {type(table).__name__}")
    frame = pd.DataFrame(table).reset_index(drop=True)
    geometry = None
    if isinstance(table, gpd.GeoDataFrame) and table.geometry.name in table.columns:
        geo = table.geometry.reset_index(drop=True)
        if geo.crs is not None and not geo.crs.equals("EPSG:4326"):
            geo = geo.to_crs(4326)
        geometry = geo.values
        frame = frame.drop(columns=[table.geometry.name])
    elif "geometry" in frame.columns:
        values = frame.pop("geometry")
        geometry = gpd.GeoSeries(values.map(lambda g: None if _missing(g) else g), crs=4326).values

    out: dict[str, Any] = {}
    n = len(frame)
    for column in STR_COLUMNS:
        values = frame[column] if column in frame else pd.Series([""] * n, dtype=object)
        if pd.api.types.infer_dtype(values, skipna=False) in ("string", "empty"):  # fast path: all str already
            out[column] = values.reset_index(drop=True).astype(object).astype(str)
        else:
            out[column] = pd.Series([_text(v) for v in values], dtype=object).astype(str)
    for column in INT_COLUMNS:
        values = frame[column] if column in frame else pd.Series([None] * n, dtype=object)
        out[column] = _integers(values, column)
    for column in FLOAT_COLUMNS:
        values = frame[column] if column in frame else pd.Series([np.nan] * n)
        out[column] = pd.to_numeric(values.map(lambda v: np.nan if _missing(v) or v == "" else v),
                                    errors="coerce").astype("float64")
    out["event_date"] = pd.Series([_date(v) for v in frame.get("event_date", [None] * n)], dtype=object)
    out["claims"] = pd.Series([_claims(v) for v in frame.get("claims", [None] * n)], dtype=object)

    lat, lon = out["latitude"].to_numpy(), out["longitude"].to_numpy()
    if geometry is not None:
        is_point = shapely.get_type_id(geometry) == 0
        x = np.where(is_point, shapely.get_x(geometry), np.nan)
        y = np.where(is_point, shapely.get_y(geometry), np.nan)
        fill = np.isnan(lat) | np.isnan(lon)
        lat, lon = np.where(fill, y, lat), np.where(fill, x, lon)
        out["latitude"], out["longitude"] = pd.Series(lat, dtype="float64"), pd.Series(lon, dtype="float64")
    located = ~(np.isnan(lat) | np.isnan(lon))
    points = shapely.points(np.where(located, lon, 0.0), np.where(located, lat, 0.0))
    if geometry is not None:
        points = np.where(located, points, np.asarray(geometry, dtype=object))
    else:
        points = np.where(located, points, None)

    extras = [c for c in frame.columns if c not in EVENT_COLUMNS]
    result = pd.DataFrame({c: out[c] for c in EVENT_COLUMNS if c != "geometry"})
    for column in extras:
        values = frame[column]
        if pd.api.types.is_integer_dtype(values.dtype) and isinstance(values.dtype, np.dtype):
            values = values.astype("int64")  # GeoJSON reads small integers as int32
        elif pd.api.types.is_float_dtype(values.dtype) and isinstance(values.dtype, np.dtype):
            values = values.astype("float64")
        result[column] = values.to_numpy()
    result = gpd.GeoDataFrame(result, geometry=gpd.GeoSeries(points, crs=4326).values, crs=4326)
    order = [c for c in EVENT_COLUMNS] + extras
    return result[order]
