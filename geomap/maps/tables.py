"""Read an event table from a file (GeoJSON, GeoPackage, FlatGeobuf, GeoParquet, CSV) for the map.

A CSV needs ``latitude`` and ``longitude`` columns (as ACLED exports have); its ``claims``
column may hold JSON. Every file error is a :class:`~geomap.errors.BadInputError` saying what to fix.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "events.csv"
>>> _ = path.write_text("event_date,event_type,latitude,longitude\\n2024-05-01,Protests,50.45,30.52\\n")
>>> read_event_table(path)[["event_type", "latitude"]].values.tolist()
[['Protests', 50.45]]
>>> is_event_table("article.txt"), is_event_table("events.GeoJSON")
(False, True)
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import BadInputError

__all__ = ["TABLE_SUFFIXES", "is_event_table", "read_event_table"]

#: File name endings read as event tables (anything else is an article).
TABLE_SUFFIXES = (".geojson", ".gpkg", ".fgb", ".parquet", ".geoparquet", ".csv")


def is_event_table(path: str | Path) -> bool:
    """Whether ``path`` names an event table (by its ending) rather than an article."""
    return str(path).lower().endswith(TABLE_SUFFIXES)


def read_event_table(path: str | Path) -> pd.DataFrame:
    """The event table in ``path``, a GeoDataFrame in EPSG:4326.

    GeoJSON, GeoPackage, GeoParquet and CSV (an ACLED export included) are read by
    :func:`geomap.io.read_events`; other formats GDAL reads (FlatGeobuf) directly.
    """
    from ..io import read_events
    from ..io.formats import EVENT_FORMATS

    path = Path(path)
    if not path.is_file():
        raise BadInputError(f"no such file: {path}" if not path.exists() else f"{path} is not a file")
    if path.suffix.lower() in {ending for endings in EVENT_FORMATS.values() for ending in endings}:
        return read_events(path)
    import geopandas as gpd

    try:
        table = gpd.read_file(path)
    except Exception as exc:  # pyogrio's DataSourceError and friends
        raise BadInputError(f"cannot read the event table {path}: {exc}. Give a GeoJSON, GeoPackage, GeoParquet, "
                            "FlatGeobuf or CSV file with the event columns (latitude, longitude, event_type, ...)"
                            ) from exc
    if table.crs is not None and not table.crs.equals("EPSG:4326"):
        table = table.to_crs("EPSG:4326")
    return table
