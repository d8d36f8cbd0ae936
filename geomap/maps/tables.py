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
    """The event table in ``path``: a GeoDataFrame (EPSG:4326) or, from a CSV, a DataFrame."""
    path = Path(path)
    if not path.is_file():
        raise BadInputError(f"no such file: {path}" if not path.exists() else f"{path} is not a file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            table = pd.read_csv(path, dtype={"event_id": str, "place_id": str, "claims": str}, keep_default_na=True)
        elif suffix in (".parquet", ".geoparquet"):
            import geopandas as gpd

            try:
                table = gpd.read_parquet(path)
            except ValueError:  # plain Parquet, no geometry metadata
                table = pd.read_parquet(path)
        else:
            import geopandas as gpd

            table = gpd.read_file(path)
    except (OSError, ValueError, ImportError) as exc:
        raise BadInputError(f"cannot read the event table {path}: {exc}. Give a GeoJSON, GeoPackage, GeoParquet "
                            "or CSV file with the event columns (latitude, longitude, event_type, ...)") from exc
    except Exception as exc:  # pyogrio's DataSourceError and friends
        raise BadInputError(f"cannot read the event table {path}: {exc}") from exc
    if "geometry" in table.columns and getattr(table, "crs", None) is not None and not table.crs.equals("EPSG:4326"):
        table = table.to_crs("EPSG:4326")
    return table
