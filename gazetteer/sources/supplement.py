"""The curated supplement: named regions that no registry package covers.

News reports name places that are neither cities nor first-level administrative
units: disputed and occupied areas (Nagorno-Karabakh, the Gaza Strip, Donbas),
conflict regions (Darfur, the Sahel, Waziristan), seas and straits (the Strait of
Hormuz, the Red Sea), valleys, deserts and historical states (the Soviet Union), and
first-level units that Natural Earth's admin-1 layer splits further (England, Scotland).
They live in ``gazetteer/data/supplement.csv``, a readable UTF-8 file compiled by
hand, with the columns::

    id,name,aliases,lat,lon,feature_code,country,radius_km,source,note,admin1

``aliases`` is a ``|``-separated list of alternate names, each optionally suffixed
with ``@lang`` (an ISO 639 code). ``radius_km`` is the rough extent of the region;
:class:`~gazetteer.model.PlaceRecord` has no field for it, so it stays in the file.
``admin1`` is the code a first-level unit (``ADM1``) has in GeoNames when the admin-1 layer lacks it
(the Indonesian provinces made in 2022, ``PT`` for Papua Tengah): the towns filed under that code are
then inside it, and it names their ``admin1``; empty for every other row.
Every row is validated, and a malformed file raises
:class:`~gazetteer.errors.BadInputError` naming each bad line and how to fix it.

>>> records = {rec.id: rec for rec in iter_records()}
>>> nk = records["geomap:nagorno-karabakh"]
>>> nk.name, nk.country, nk.feature_class, nk.feature
('Nagorno-Karabakh', 'AZ', 'L', 'region')
>>> ("Artsakh", "en") in nk.names
True
>>> records["geomap:strait-of-hormuz"].feature
'physical'
>>> records["geomap:papua-tengah"].admin1, records["geomap:papua-tengah"].feature
('PT', 'admin1')
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import IO

from gazetteer.errors import BadInputError
from gazetteer.model import PlaceRecord

from ._files import csv_reader

__all__ = ["COLUMNS", "FEATURE_CLASSES", "PROVENANCE", "iter_records"]

PROVENANCE = (
    "geomap curated supplement (gazetteer/data/supplement.csv): hand-compiled named regions that are "
    "neither cities nor first-level administrative units - disputed, breakaway and occupied areas, "
    "conflict regions, seas and straits, valleys, mountains, deserts and historical states - with "
    "alternate names in many languages. Each row names its source in the 'source' column (mostly the "
    "Wikipedia article for the place); points are approximate representative points and radius_km a "
    "rough extent. Part of geomap (MIT licence)."
)

#: The columns of the supplement file, in order.
COLUMNS = ("id", "name", "aliases", "lat", "lon", "feature_code", "country", "radius_km", "source", "note", "admin1")

#: GeoNames feature class of every feature code the supplement may use.
FEATURE_CLASSES: dict[str, str] = {
    # A: countries, territories, zones; first-level units Natural Earth splits further (England)
    "PCLH": "A", "TERR": "A", "ZN": "A", "ZNB": "A", "ADM1": "A",
    # L: regions and areas
    "RGN": "L", "RGNH": "L", "RGNE": "L", "AREA": "L", "CONT": "L", "BSND": "L", "OAS": "L",
    # T: terrain
    "PLN": "T", "VAL": "T", "VALS": "T", "MT": "T", "MTS": "T", "DSRT": "T", "PEN": "T", "ISL": "T",
    "ISLS": "T", "PLAT": "T", "SPIT": "T", "GRGE": "T", "PASS": "T", "DPR": "T", "DLTA": "T",
    "HLLS": "T", "UPLD": "T", "CAPE": "T", "ATOL": "T",
    # H: water
    "SEA": "H", "GULF": "H", "BAY": "H", "STRT": "H", "OCN": "H", "LK": "H", "STM": "H", "INLT": "H",
    "CNL": "H", "RF": "H", "SHOL": "H", "GLCR": "H", "WTLD": "H", "SWMP": "H", "ESTY": "H", "CHN": "H",
    # V: vegetation
    "FRST": "V",
}  # fmt: skip

_SOURCE_PREFIX = "geomap-supplement: "
_ID_RE = re.compile(r"geomap:[a-z0-9]+(?:-[a-z0-9]+)*")
_LANG_RE = re.compile(r"[a-z]{2,3}")
_COUNTRY_RE = re.compile(r"[A-Z]{2}")
_ADMIN1_RE = re.compile(r"[A-Z0-9]{1,10}")
_MAX_REPORTED = 20


def _default_path() -> Path:
    return Path(str(resources.files("gazetteer") / "data" / "supplement.csv"))


def _parse_aliases(text: str) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """Split ``Name@lang|Other`` into ``(name, lang)`` pairs; also return problems found."""
    names: list[tuple[str, str]] = []
    problems: list[str] = []
    seen: set[tuple[str, str]] = set()
    for raw in text.split("|"):
        alias = raw.strip()
        if not alias:
            continue
        name, lang = alias, ""
        if "@" in alias:
            name, _, lang = alias.rpartition("@")
            name = name.strip()
            if not name or not _LANG_RE.fullmatch(lang):
                problems.append(
                    f"alias {alias!r} is not 'name' or 'name@lang' with a lower-case ISO 639 code "
                    "(write it like 'Artsakh@en')"
                )
                continue
        if (name, lang) not in seen:
            seen.add((name, lang))
            names.append((name, lang))
    return tuple(names), problems


def _parse_coordinate(text: str, label: str, limit: float, problems: list[str]) -> float:
    try:
        value = float(text)
    except ValueError:
        problems.append(f"{label} {text!r} is not a number (write decimal degrees, e.g. 39.85)")
        return 0.0
    if not math.isfinite(value) or not -limit <= value <= limit:
        problems.append(f"{label} {text!r} is outside -{limit:g}..{limit:g} (write WGS84 decimal degrees)")
    return value


def _parse_row(row: dict[str, str]) -> tuple[PlaceRecord | None, list[str]]:
    """Turn one CSV row into a record, or return the problems that prevent it."""
    problems: list[str] = []
    field = {key: (row.get(key) or "").strip() for key in COLUMNS}

    rid = field["id"]
    if not rid:
        problems.append("id is empty (give a stable slug such as 'geomap:nagorno-karabakh')")
    elif not _ID_RE.fullmatch(rid):
        problems.append(f"id {rid!r} is not 'geomap:' plus a lower-case slug (e.g. 'geomap:gaza-strip')")
    name = field["name"]
    if not name:
        problems.append("name is empty (give the preferred English name)")
    lat = _parse_coordinate(field["lat"], "lat", 90.0, problems)
    lon = _parse_coordinate(field["lon"], "lon", 180.0, problems)

    code = field["feature_code"].upper()
    feature_class = FEATURE_CLASSES.get(code)
    if feature_class is None:
        known = ", ".join(sorted(FEATURE_CLASSES))
        problems.append(f"feature_code {field['feature_code']!r} is not one of {known}")
    country = field["country"].upper()
    if country and not _COUNTRY_RE.fullmatch(country):
        problems.append(f"country {field['country']!r} is not an ISO 3166-1 alpha-2 code (or leave it empty)")

    radius_text = field["radius_km"]
    try:
        radius = float(radius_text)
    except ValueError:
        radius = float("nan")
    if not math.isfinite(radius) or radius <= 0:
        problems.append(f"radius_km {radius_text!r} is not a positive number of kilometres")

    source = field["source"]
    if not source:
        problems.append("source is empty (say where the facts come from, e.g. 'Wikipedia: Darfur')")

    admin1 = field["admin1"].upper()
    if admin1 and (code != "ADM1" or not country or not _ADMIN1_RE.fullmatch(admin1)):
        problems.append(f"admin1 {field['admin1']!r} is only for a first-level unit: give feature_code ADM1, its "
                        "country and its GeoNames admin1 code (letters and digits, e.g. PT), or leave it empty")

    names, alias_problems = _parse_aliases(field["aliases"])
    problems.extend(alias_problems)
    if problems or feature_class is None:
        return None, problems
    record = PlaceRecord(
        id=rid,
        name=name,
        lat=lat,
        lon=lon,
        feature_class=feature_class,
        feature_code=code,
        country=country,
        admin1=admin1,
        population=0,
        names=names,
        source=_SOURCE_PREFIX + source,
        geometry=None,
    )
    return record, []


def _read(handle: IO[str], where: str) -> list[PlaceRecord]:
    reader = csv_reader(handle, COLUMNS, where)

    records: list[PlaceRecord] = []
    errors: list[str] = []
    first_line: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            errors.append(f"line {line}: more than {len(COLUMNS)} fields (quote fields that contain commas)")
            continue
        if not any((value or "").strip() for value in row.values()):
            continue  # a blank line
        record, problems = _parse_row(row)
        errors.extend(f"line {line}: {problem}" for problem in problems)
        if record is None:
            continue
        if record.id in first_line:
            errors.append(
                f"line {line}: id {record.id!r} already used on line {first_line[record.id]} "
                "(ids must be unique: rename one)"
            )
            continue
        first_line[record.id] = line
        records.append(record)

    if errors:
        shown = errors[:_MAX_REPORTED]
        more = f"\n  ... and {len(errors) - _MAX_REPORTED} more" if len(errors) > _MAX_REPORTED else ""
        listing = "\n  ".join(shown) + more
        raise BadInputError(f"{where}: {len(errors)} problem(s) in the supplement:\n  {listing}")
    return records


def iter_records(path: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield the supplement's places as :class:`~gazetteer.model.PlaceRecord`.

    ``path`` defaults to the packaged ``gazetteer/data/supplement.csv``. The whole
    file is validated before the first record is yielded, so a malformed file
    raises :class:`~gazetteer.errors.BadInputError` (listing every bad line) and
    never yields half its records.

    >>> darfur = next(r for r in iter_records() if r.id == "geomap:darfur")
    >>> darfur.country, darfur.source.startswith("geomap-supplement: ")
    ('SD', True)
    """
    target = Path(path) if path is not None else _default_path()
    try:
        with target.open(encoding="utf-8-sig", newline="") as handle:
            records = _read(handle, str(target))
    except FileNotFoundError as exc:
        raise BadInputError(f"{target}: no such supplement file (pass the path of a supplement CSV)") from exc
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{target}: not UTF-8 text ({exc.reason}); save the file as UTF-8") from exc
    except csv.Error as exc:
        raise BadInputError(f"{target}: not a readable CSV file ({exc}); check the quoting") from exc
    yield from records
