"""A user's own places from a CSV or GeoJSON file (``geomap gazetteer add FILE``).

CSV columns (header required; only ``name``, ``lat`` and ``lon`` are mandatory):
``name, aliases, lat, lon, type, country`` and optionally ``id, population, admin1``.
``aliases`` are separated by ``|``, each optionally ``alias@lang``. ``type`` is one of
country, region, admin1, city, village, physical, or a GeoNames feature code.
GeoJSON: Point features with the same properties (``aliases`` may be a list).

Malformed rows are counted and reported with their line (or feature) numbers; the
rest is imported.

>>> import pathlib, tempfile
>>> f = pathlib.Path(tempfile.mkdtemp()) / "mine.csv"
>>> _ = f.write_text("name,aliases,lat,lon,type,country\\nCamp Alpha,Alpha|Kamp Alfa@id,1.5,30.2,village,UG\\n"
...                  "Broken,,95,10,village,UG\\n", encoding="utf-8")
>>> report = ImportReport()
>>> [r.name for r in iter_records(f, report)]
['Camp Alpha']
>>> report.malformed, report.malformed_lines[f.name]
(1, [3])
"""

from __future__ import annotations

import csv
import json
import math
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import BadInputError
from ..model import FEATURES, PlaceRecord
from ..normalize import fold
from ..report import ImportReport

__all__ = ["PROVENANCE", "ImportReport", "iter_records", "parse_aliases"]

PROVENANCE = "Places added by the user from their own file."

#: Coarse type -> (GeoNames feature class, feature code).
_TYPES = {
    "country": ("A", "PCLI"),
    "region": ("L", "RGN"),
    "admin1": ("A", "ADM1"),
    "city": ("P", "PPL"),
    "village": ("P", "PPL"),
    "physical": ("T", "HLL"),
}
_CLASS_OF_CODE = {"PPL": "P", "ADM": "A", "PCL": "A", "RGN": "L", "STM": "H", "LK": "H", "MT": "T", "HLL": "T"}


def parse_aliases(value: Any) -> tuple[tuple[str, str], ...]:
    """``"A|B@id"`` or ``["A", "B@id"]`` -> ``(("A", ""), ("B", "id"))``."""
    items = value if isinstance(value, list) else str(value or "").split("|")
    out = []
    for item in items:
        item = str(item).strip()
        if not item:
            continue
        name, _, lang = item.rpartition("@") if "@" in item else (item, "", "")
        out.append((name.strip(), lang.strip()))
    return tuple(out)


def _classify(kind: str) -> tuple[str, str, str]:
    kind = (kind or "village").strip()
    if kind.lower() in _TYPES:
        cls, code = _TYPES[kind.lower()]
        return cls, code, kind.lower()
    code = kind.upper()
    if code.isalpha() and 2 <= len(code) <= 6:
        cls = next((c for prefix, c in _CLASS_OF_CODE.items() if code.startswith(prefix)), "L")
        return cls, code, ""
    raise ValueError(f"unknown type {kind!r} (use one of {', '.join(FEATURES)} or a GeoNames feature code)")


def _record(props: dict[str, Any], lat: Any, lon: Any) -> PlaceRecord:
    name = str(props.get("name") or "").strip()
    if not name:
        raise ValueError("the name is empty")
    if any(unicodedata.category(ch) == "Cc" for ch in name):
        raise ValueError(f"the name {name!r} holds a control character; remove it")
    try:
        lat_f, lon_f = float(lat), float(lon)
    except (TypeError, ValueError):
        raise ValueError(f"coordinates ({lat!r}, {lon!r}) are not numbers") from None
    if not (math.isfinite(lat_f) and math.isfinite(lon_f) and -90 <= lat_f <= 90 and -180 <= lon_f <= 180):
        raise ValueError(f"coordinates ({lat_f}, {lon_f}) are outside -90..90 / -180..180")
    cls, code, kind = _classify(str(props.get("type") or ""))
    country = str(props.get("country") or "").strip().upper()
    if country and not (len(country) == 2 and country.isalpha()):
        raise ValueError(f"country {country!r} is not an ISO 3166-1 alpha-2 code such as UA or ID")
    population = int(float(props.get("population") or 0))
    place_id = str(props.get("id") or "").strip()
    if not place_id:
        place_id = f"user:{fold(name).replace(' ', '-')}@{lat_f:.4f},{lon_f:.4f}"
    elif not place_id.isdigit() and ":" not in place_id:
        place_id = f"user:{place_id}"
    return PlaceRecord(
        id=place_id, name=name, lat=lat_f, lon=lon_f, feature_class=cls, feature_code=code, country=country,
        admin1=str(props.get("admin1") or ""), population=population, names=parse_aliases(props.get("aliases")),
        source="user", kind=kind,
    )


def iter_records(path: str | Path, report: ImportReport | None = None) -> Iterator[PlaceRecord]:
    """Yield the places of a user's CSV or GeoJSON file, skipping (and reporting) bad rows."""
    p = Path(path)
    report = report if report is not None else ImportReport()
    if not p.is_file():
        raise BadInputError(f"No such file: {p}. Give the path of a .csv or .geojson file of places.")
    report.files.append(p.name)
    suffix = p.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        yield from _csv(p, report, "\t" if suffix == ".tsv" else ",")
    elif suffix in (".geojson", ".json"):
        yield from _geojson(p, report)
    else:
        raise BadInputError(f"{p.name}: unsupported file type {suffix!r}. Use a .csv (name,aliases,lat,lon,type,"
                            "country) or a .geojson file of Point features.")


def _csv(p: Path, report: ImportReport, delimiter: str) -> Iterator[PlaceRecord]:
    with p.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
        # A NUL byte stops Python 3.10's csv reader ("line contains NUL"); as another control character it reaches
        # the row's checks, which name the line (later Pythons read it so too).
        reader = csv.DictReader((line.replace("\x00", "\x01") for line in fh), delimiter=delimiter)
        fields = {f.strip().lower() for f in reader.fieldnames or []}
        missing = {"name", "lat", "lon"} - fields
        if missing:
            raise BadInputError(
                f"{p.name}: the header lacks {', '.join(sorted(missing))}. The first line must name the columns, "
                "e.g. name,aliases,lat,lon,type,country"
            )
        while True:
            start = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:  # a field over the size limit, a stray quote
                report.bad(p.name, start, f"not valid CSV: {exc}")
                continue
            props = {(k or "").strip().lower(): v for k, v in row.items()}
            try:
                rec = _record(props, props.get("lat"), props.get("lon"))
            except (ValueError, TypeError) as exc:
                report.bad(p.name, reader.line_num, str(exc))
                continue
            report.places += 1
            report.names += 1 + len(rec.names)
            yield rec


def _geojson(p: Path, report: ImportReport) -> Iterator[PlaceRecord]:
    try:
        data = json.loads(p.read_text(encoding="utf-8-sig", errors="replace"))
    except json.JSONDecodeError as exc:
        raise BadInputError(f"{p.name} is not valid JSON (line {exc.lineno}: {exc.msg}); check the file") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise BadInputError(f"{p.name} is not a GeoJSON FeatureCollection: it needs a 'features' list")
    for i, feat in enumerate(features, start=1):
        try:
            if not isinstance(feat, dict):
                raise ValueError(f"a {type(feat).__name__}, not a GeoJSON Feature object")
            geom = feat.get("geometry") or {}
            if geom.get("type") != "Point":
                raise ValueError(f"geometry is {geom.get('type')!r}, a Point is needed")
            lon, lat = geom["coordinates"][:2]
            rec = _record(feat.get("properties") or {}, lat, lon)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            report.bad(p.name, i, f"feature {i}: {exc}")
            continue
        report.places += 1
        report.names += 1 + len(rec.names)
        yield rec
