"""ACLED exports as geomap event tables: the same columns, so one map or query serves both.

An ACLED export (CSV from the data export tool or the API) has ``event_id_cnty``,
``event_date``, ``latitude``, ``longitude``, ``event_type``, ``fatalities`` and more; most
of geomap's columns carry ACLED's names already. What changes: ``event_id`` is
``event_id_cnty``; ``event_date`` (``2024-03-15``, ``15 March 2024`` or ``15-03-2024``)
becomes a date; ``iso`` (ACLED's ISO 3166-1 *numeric* code) becomes the alpha-2 code the
gazetteer uses; ``claims`` holds ACLED's fatality estimate; ``flags`` is ``acled``.
ACLED's other columns (``disorder_type``, ``assoc_actor_1``, ``admin2``, ``tags`` ...)
are kept after geomap's.

>>> is_acled(["event_id_cnty", "event_date", "latitude", "longitude", "event_type", "fatalities"])
True
>>> iso_alpha2("804"), iso_alpha2("UKR"), iso_alpha2("0", "Kosovo")
('UA', 'UA', 'XK')
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from typing import Any

import pandas as pd

from ..errors import BadInputError
from .table import normalize_events

__all__ = ["ACLED_COLUMNS", "from_acled", "is_acled", "iso_alpha2"]

log = logging.getLogger("geomap.io")

#: Columns of an ACLED export since March 2023 (the codebook's order).
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
_REQUIRED = frozenset({"event_id_cnty", "event_date", "latitude", "longitude", "event_type"})
#: Columns ACLED shares with geomap's table under the same name.
_SHARED = ("time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location",
           "latitude", "longitude", "geo_precision", "source", "notes", "fatalities")
_NUMERIC_EXTRAS = ("year", "inter1", "inter2", "interaction", "timestamp", "event_id_no_cnty", "data_id")
_DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d %b %Y", "%d-%b-%Y", "%d-%m-%Y", "%d/%m/%Y", "%m/%d/%Y")
#: Codes ACLED gives places that ISO 3166 does not list.
_NO_ISO = {"kosovo": "XK"}


def is_acled(columns: Iterable[object]) -> bool:
    """Whether a table with these column names is an ACLED export (any letter case)."""
    return {str(c).strip().lower() for c in columns} >= _REQUIRED


def iso_alpha2(code: object, country: str = "") -> str:
    """The ISO 3166-1 alpha-2 code for ACLED's ``iso`` (numeric, alpha-3 or alpha-2) or, failing that, the country.

    ``""`` when neither is known.
    """
    import pycountry

    text = "" if code is None or (isinstance(code, float) and code != code) else str(code).strip()
    if text.endswith(".0"):
        text = text[:-2]
    found = None
    if text.isdigit() and int(text) > 0:
        found = pycountry.countries.get(numeric=text.zfill(3))
    elif text.isalpha() and len(text) in (2, 3):
        found = pycountry.countries.get(**{"alpha_2" if len(text) == 2 else "alpha_3": text.upper()})
    if found is None and country:
        if country.strip().lower() in _NO_ISO:
            return _NO_ISO[country.strip().lower()]
        try:
            found = pycountry.countries.lookup(country.strip())
        except LookupError:
            found = None
    return found.alpha_2 if found is not None else ""


def _dates(values: pd.Series) -> list[dt.date | None]:
    text = values.fillna("").astype(str).str.strip()
    present = text != ""
    if not present.any():
        return [None] * len(text)
    best, best_count = None, -1
    for fmt in _DATE_FORMATS:
        parsed = pd.to_datetime(text.where(present), format=fmt, errors="coerce")
        count = int(parsed.notna().sum())
        if count > best_count:
            best, best_count = parsed, count
        if count == int(present.sum()):
            break
    assert best is not None
    bad = present & best.isna()
    if bad.any():
        first = text[bad].iloc[0]
        log.warning("%d ACLED event_date value(s) could not be read (first: %r); those events have no date",
                    int(bad.sum()), first)
    return [None if pd.isna(v) else v.date() for v in best]


def from_acled(frame: pd.DataFrame) -> Any:
    """The geomap event table (a GeoDataFrame) of an ACLED export read as a DataFrame."""
    frame = frame.rename(columns=lambda c: str(c).strip().lower())
    if not is_acled(frame.columns):
        missing = ", ".join(sorted(_REQUIRED - set(frame.columns)))
        raise BadInputError(f"not an ACLED export: missing column(s) {missing}; export from ACLED with all columns")
    n = len(frame)
    blank = pd.Series([""] * n, index=frame.index, dtype=object)
    out = pd.DataFrame({"event_id": frame["event_id_cnty"].fillna("").astype(str).str.strip()})
    out["event_date"] = _dates(frame["event_date"])
    for column in _SHARED:
        out[column] = frame.get(column, blank)
    country = frame["country"].fillna("").astype(str) if "country" in frame else blank
    iso_source = frame["iso"] if "iso" in frame else frame.get("iso3", blank)
    out["iso"] = [iso_alpha2(code, name) for code, name in zip(iso_source, country)]
    fatalities = pd.to_numeric(out["fatalities"], errors="coerce").fillna(0).astype("int64")
    out["fatalities"] = fatalities
    out["claims"] = [[{"number": int(f), "what": "killed", "claimed_by": "ACLED", "disputed_by": "", "vague": False}]
                     if f > 0 else [] for f in fatalities]
    out["confidence"] = 1.0
    out["flags"] = "acled"
    for column in frame.columns:
        if column in out.columns or column in ("event_id_cnty", "iso", "iso3"):
            continue
        values = frame[column]
        if column in _NUMERIC_EXTRAS:  # integer codes in older exports, labels ("State forces") in newer ones
            filled = values.where(values.astype(str).str.strip() != "")
            numbers = pd.to_numeric(filled, errors="coerce")
            if numbers.notna().sum() == filled.notna().sum() and numbers.notna().any():
                values = numbers.astype("Int64") if numbers.isna().any() else numbers.astype("int64")
        if values.dtype == object or pd.api.types.is_string_dtype(values):
            values = values.fillna("").astype(str)
        out[column] = values
    return normalize_events(out)
