"""Which event-table format a file name or a ``format=`` argument means.

>>> event_format("out/events.geojson"), event_format("x.GPKG"), event_format("x.csv", "parquet")
('geojson', 'gpkg', 'parquet')
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import BadInputError

__all__ = ["EVENT_FORMATS", "event_format"]

#: Formats of event tables and the file endings that select them.
EVENT_FORMATS = {
    "geojson": (".geojson", ".json"),
    "gpkg": (".gpkg",),
    "parquet": (".parquet", ".geoparquet", ".pq"),
    "csv": (".csv",),
}
_ALIASES = {"geopackage": "gpkg", "geoparquet": "parquet", "json": "geojson"}


def event_format(path: str | os.PathLike[str], format: str | None = None) -> str:
    """The format named by ``format`` or, if None, by the ending of ``path``; a clear error otherwise."""
    known = ", ".join(ending for endings in EVENT_FORMATS.values() for ending in endings[:1])
    if format is not None:
        name = _ALIASES.get(format.lower().lstrip("."), format.lower().lstrip("."))
        if name not in EVENT_FORMATS:
            raise BadInputError(f"format={format!r} is not one of geojson, gpkg, parquet, csv")
        return name
    suffix = Path(path).suffix.lower()
    for name, endings in EVENT_FORMATS.items():
        if suffix in endings:
            return name
    raise BadInputError(f"{path}: cannot tell the format from {suffix or 'a name without an ending'!r}; "
                        f"end the file name with {known}, or pass format='geojson' / 'gpkg' / 'parquet' / 'csv'")
