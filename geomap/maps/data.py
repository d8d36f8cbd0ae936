"""The event table as the map's page reads it: one compact, script-safe JSON payload.

Any table with the schema's event columns works (from geomap or an ACLED export read into
the same columns): only coordinates are required (``latitude``/``longitude`` or a point
``geometry``); every other column may be missing, empty or NaN. ``claims`` may be a list of
dicts, a JSON string of one, or missing. Strings are interned once in a table (actors,
sources and places repeat), numbers go in columns, so 10,000 events stay small.

>>> import pandas as pd
>>> table = pd.DataFrame([dict(event_date="2024-05-02", event_type="Protests", location="Lviv",
...     latitude=49.84, longitude=24.03, fatalities=None, claims='[{"number": 3, "what": "arrested"}]')])
>>> data = event_payload(table)
>>> data.n, data.dropped, data.types[0]["name"], data.claims_count
(1, 0, 'Protests', 1)
>>> "</script>" in script_json({"x": "</script>"})
False
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from ..errors import BadInputError
from .styles import event_style

__all__ = ["EventPayload", "event_payload", "parse_claims", "script_json"]

_EPOCH = pd.Timestamp("1970-01-01")
_REGION_RADIUS_M = 25_000
_HEX = re.compile(r"#[0-9a-fA-F]{6}")
_SCRIPT_UNSAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "`": "\\u0060",
                                 "\u2028": "\\u2028", "\u2029": "\\u2029"})
_JINJA_OPEN = re.compile(r"\{(?=[{%#])")


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside an HTML ``<script>`` element (no ``</script>``, no ``<!--``;
    no backtick either, should it ever land in a template literal), and inert as a Jinja template:
    folium renders what an element writes into the page a second time, so a ``{`` that opens
    ``{{``, ``{%`` or ``{#`` (only ever inside a string: JSON's own braces never do) is written ``\\u007b``.

    >>> script_json({"a": "<b>&'"})
    '{"a":"\\\\u003cb\\\\u003e\\\\u0026\\'"}'
    >>> script_json(["{{ 6 * 7 }}", {"k": "{%x%}"}])
    '["\\\\u007b{ 6 * 7 }}",{"k":"\\\\u007b%x%}"}]'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).translate(_SCRIPT_UNSAFE)
    return _JINJA_OPEN.sub(r"\\u007b", text)


def _missing(value: object) -> bool:
    if value is None or value is pd.NaT:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    try:
        return bool(pd.isna(value)) if np.ndim(value) == 0 else False
    except (TypeError, ValueError):
        return False


def _text(value: object) -> str:
    return "" if _missing(value) else " ".join(str(value).split())


def _int(value: object, default: int = 0) -> int:
    if _missing(value):
        return default
    try:
        return int(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


def parse_claims(value: object) -> list[dict[str, Any]]:
    """The ``claims`` cell as a list of ``{number, what, claimed_by, disputed_by}`` dicts.

    Accepts a list (of dicts or of objects with ``as_dict()``), a JSON string of a list or of
    one dict, or nothing. Text that is not JSON becomes one claim whose ``what`` is that text,
    so nothing the table says is lost.

    >>> parse_claims('[{"number": 7, "what": "killed", "claimed_by": "army"}]')[0]["claimed_by"]
    'army'
    >>> parse_claims(None), parse_claims("")
    ([], [])
    >>> parse_claims("about ten dead")[0]["what"]
    'about ten dead'
    """
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return []
        try:
            value = json.loads(text)
        except ValueError:
            return [{"number": None, "what": text, "claimed_by": "", "disputed_by": ""}]
    elif _missing(value):
        return []
    if isinstance(value, Mapping) or hasattr(value, "as_dict"):
        value = [value]
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if not isinstance(value, Iterable):
        return [{"number": None, "what": _text(value), "claimed_by": "", "disputed_by": ""}]
    claims = []
    for item in value:
        if hasattr(item, "as_dict"):
            item = item.as_dict()
        if not isinstance(item, Mapping):
            claims.append({"number": None, "what": _text(item), "claimed_by": "", "disputed_by": ""})
            continue
        number = item.get("number")
        claims.append({
            "number": None if _missing(number) else _int(number, 0),
            "what": _text(item.get("what")),
            "claimed_by": _text(item.get("claimed_by")),
            "disputed_by": _text(item.get("disputed_by")),
        })
    return claims


class _Strings:
    """An interned string table: index 0 is the empty string."""

    def __init__(self) -> None:
        self.items: list[str] = [""]
        self._index: dict[str, int] = {"": 0}

    def __call__(self, value: object) -> int:
        text = _text(value)
        index = self._index.get(text)
        if index is None:
            index = self._index[text] = len(self.items)
            self.items.append(text)
        return index


@dataclass
class EventPayload:
    """What the page needs: ``columns`` (one list per field, event order), interned ``strings``,
    ``types`` (name, colour, glyph; in legend order), ``regions`` drawn for region-centroid events,
    the date range in days since 1970-01-01 and the bounds ``[[south, west], [north, east]]``."""

    n: int
    columns: dict[str, list[Any]]
    strings: list[str]
    types: list[dict[str, Any]]
    regions: list[dict[str, Any]]
    claims: dict[str, list[list[Any]]]
    day_min: int | None
    day_max: int | None
    bounds: list[list[float]] | None
    sources: list[tuple[str, int]] = field(default_factory=list)
    dropped: int = 0

    @property
    def claims_count(self) -> int:
        return sum(len(c) for c in self.claims.values())

    def as_json(self) -> str:
        """The payload as script-safe JSON."""
        return script_json({"n": self.n, "c": self.columns, "s": self.strings, "types": self.types,
                            "regions": self.regions, "claims": self.claims, "dayMin": self.day_min,
                            "dayMax": self.day_max, "dropped": self.dropped})


def _coordinates(table: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    if "latitude" in table.columns and "longitude" in table.columns:
        lat = pd.to_numeric(table["latitude"], errors="coerce").to_numpy(dtype=float)
        lon = pd.to_numeric(table["longitude"], errors="coerce").to_numpy(dtype=float)
        geometry = table.get("geometry")
        if geometry is not None and (np.isnan(lat).any() or np.isnan(lon).any()):
            for k, geom in enumerate(geometry):
                if (math.isnan(lat[k]) or math.isnan(lon[k])) and getattr(geom, "geom_type", "") == "Point" \
                        and not geom.is_empty:
                    lat[k], lon[k] = geom.y, geom.x
        return lat, lon
    geometry = table.get("geometry")
    if geometry is None:
        raise BadInputError("the event table has no column latitude/longitude (nor a point geometry); give the "
                            "table geomap's event extraction returns, or an ACLED export with those columns")
    lat = np.full(len(table), np.nan)
    lon = np.full(len(table), np.nan)
    for k, geom in enumerate(geometry):
        if geom is not None and not getattr(geom, "is_empty", True):
            point = geom if geom.geom_type == "Point" else geom.representative_point()
            lat[k], lon[k] = point.y, point.x
    return lat, lon


def _days(table: pd.DataFrame) -> np.ndarray:
    if "event_date" not in table.columns:
        return np.full(len(table), np.nan)
    raw = table["event_date"]
    if not pd.api.types.is_datetime64_any_dtype(raw):
        raw = raw.map(lambda v: None if _missing(v) else str(v))
        dates = pd.to_datetime(raw, errors="coerce", format="mixed", utc=True)
    else:
        dates = pd.to_datetime(raw, errors="coerce", utc=True)
    dates = dates.dt.tz_localize(None).dt.normalize()
    days = (dates - _EPOCH).dt.days
    return days.to_numpy(dtype=float, na_value=np.nan)


def _column(table: pd.DataFrame, name: str) -> list[Any]:
    if name in table.columns:
        return table[name].tolist()
    return [None] * len(table)


def _region_geometry(geometry: object) -> dict[str, Any] | None:
    """A simplified GeoJSON geometry of a region outline (shapely), or None."""
    if geometry is None or getattr(geometry, "is_empty", True):
        return None
    import shapely

    simple = shapely.simplify(geometry, 0.01, preserve_topology=True)
    simple = shapely.set_precision(simple, 0.001)
    if simple.is_empty or simple.geom_type not in ("Polygon", "MultiPolygon"):
        return None
    return json.loads(shapely.to_geojson(simple))


def event_payload(table: pd.DataFrame, *, region_shapes: Mapping[str, Any] | None = None,
                  region_radius_m: float = _REGION_RADIUS_M) -> EventPayload:
    """Read ``table`` (a (Geo)DataFrame of events) into the page's payload.

    Rows without usable coordinates are left out and counted in ``dropped``. ``region_shapes``
    maps a ``place_id`` to its outline (shapely): region-centroid events (geo_precision 3) of
    that place are drawn as the outline, the others as a circle of ``region_radius_m``.
    """
    if not isinstance(table, pd.DataFrame):
        raise BadInputError(f"the event map needs a (Geo)DataFrame of events, got {type(table).__name__}; read a "
                            "file with geopandas.read_file() or pandas.read_csv() first")
    crs = getattr(table, "crs", None) if "geometry" in table.columns else None
    if crs is not None and "latitude" not in table.columns and not crs.equals("EPSG:4326"):
        table = table.to_crs("EPSG:4326")
    lat, lon = _coordinates(table)
    ok = np.isfinite(lat) & np.isfinite(lon) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    dropped = int((~ok).sum())
    frame = table.loc[ok].reset_index(drop=True)
    lat, lon = lat[ok], lon[ok]
    n = len(frame)
    days = _days(frame)
    strings = _Strings()

    type_names = [_text(v) or "Unknown" for v in _column(frame, "event_type")]
    counts = Counter(type_names)
    ordered = sorted(counts, key=lambda name: (event_style(name).rank, name))
    type_index = {name: k for k, name in enumerate(ordered)}
    types = []
    for k, name in enumerate(ordered):
        style = event_style(name, k)
        assert _HEX.fullmatch(style.colour)  # colours come from styles.py only, never from the table
        types.append({"name": name, "colour": style.colour, "glyph": style.glyph, "count": counts[name]})

    precision = [min(max(_int(v, 1), 1), 3) for v in _column(frame, "geo_precision")]
    fatalities = [max(_int(v, 0), 0) for v in _column(frame, "fatalities")]
    place_ids = [_text(v) for v in _column(frame, "place_id")]
    locations = _column(frame, "location")

    regions: list[dict[str, Any]] = []
    region_of: dict[str, int] = {}
    region_col = []
    shapes = region_shapes or {}
    for k in range(n):
        if precision[k] < 3:
            region_col.append(-1)
            continue
        key = place_ids[k] or f"{round(lat[k], 3)},{round(lon[k], 3)}"
        if key not in region_of:
            region_of[key] = len(regions)
            regions.append({"lat": round(float(lat[k]), 5), "lon": round(float(lon[k]), 5),
                            "radius": float(region_radius_m), "geometry": _region_geometry(shapes.get(place_ids[k])),
                            "name": strings(locations[k])})
        region_col.append(region_of[key])

    claims: dict[str, list[list[Any]]] = {}
    for k, value in enumerate(_column(frame, "claims")):
        parsed = parse_claims(value)
        if parsed:
            claims[str(k)] = [[c["number"], strings(c["what"]), strings(c["claimed_by"]), strings(c["disputed_by"])]
                              for c in parsed]

    confidence = []
    for value in _column(frame, "confidence"):
        try:
            number = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            number = math.nan
        confidence.append(None if math.isnan(number) else round(number, 2))

    columns: dict[str, list[Any]] = {
        "lat": [round(float(x), 5) for x in lat],
        "lon": [round(float(x), 5) for x in lon],
        "day": [None if math.isnan(d) else int(d) for d in days],
        "tp": [min(max(_int(v, 1), 1), 3) for v in _column(frame, "time_precision")],
        "t": [type_index[name] for name in type_names],
        "st": [strings(v) for v in _column(frame, "sub_event_type")],
        "a1": [strings(v) for v in _column(frame, "actor1")],
        "a2": [strings(v) for v in _column(frame, "actor2")],
        "loc": [strings(v) for v in locations],
        "adm": [strings(v) for v in _column(frame, "admin1")],
        "cty": [strings(v) for v in _column(frame, "country")],
        "gp": precision,
        "f": fatalities,
        "src": [strings(v) for v in _column(frame, "source")],
        "ev": [strings(v) for v in _column(frame, "evidence")],
        "no": [strings(v) for v in _column(frame, "notes")],
        "id": [strings(v) for v in _column(frame, "event_id")],
        "doc": [strings(v) for v in _column(frame, "doc_id")],
        "cf": confidence,
        "r": region_col,
    }
    known = [d for d in columns["day"] if d is not None]
    bounds = None
    if n:
        dlat = region_radius_m / 111_320 if regions else 0.0
        bounds = [[float(lat.min()) - dlat, float(lon.min()) - dlat],
                  [float(lat.max()) + dlat, float(lon.max()) + dlat]]
    sources = Counter(s for s in (_text(v) for v in _column(frame, "source")) if s)
    return EventPayload(n=n, columns=columns, strings=strings.items, types=types, regions=regions, claims=claims,
                        day_min=min(known) if known else None, day_max=max(known) if known else None, bounds=bounds,
                        sources=sources.most_common(), dropped=dropped)
