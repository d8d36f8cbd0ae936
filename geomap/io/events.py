"""Event tables to and from GeoJSON (RFC 7946), GeoPackage, GeoParquet and CSV; ACLED exports in.

Every schema column survives a round trip in every format: ``claims`` is native JSON in
GeoJSON and a JSON string elsewhere; CSV keeps latitude and longitude columns and the
geometry is rebuilt on reading. Files are written atomically: a failed write leaves an
existing file as it was.

>>> import tempfile, pathlib
>>> table = normalize_events([{"event_id": "e1", "event_date": "2024-02-03", "latitude": 49.8, "longitude": 24.0,
...                            "claims": [{"number": 2, "what": "wounded"}]}])
>>> path = write_events(table, pathlib.Path(tempfile.mkdtemp()) / "events.gpkg")
>>> back = read_events(path)
>>> back.iloc[0].claims, back.iloc[0].event_date
([{'number': 2, 'what': 'wounded'}], datetime.date(2024, 2, 3))
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ..errors import BadInputError
from .acled import from_acled, is_acled
from .formats import event_format
from .table import EVENT_COLUMNS, LIST_COLUMNS, normalize_events

__all__ = ["read_events", "write_events"]

#: GeoPackage layer name geomap writes (and reads first).
LAYER = "events"


def _json_cells(table: Any) -> Any:
    """A copy of ``table`` whose list and dict cells (claims, extras) are JSON strings, for formats without lists."""
    table = table.copy()
    for column in table.columns:
        if column == table.geometry.name or table[column].dtype != object:
            continue
        values = table[column]
        if column in LIST_COLUMNS or values.map(lambda v: isinstance(v, (list, dict, tuple))).any():
            table[column] = pd.Series(
                [v if isinstance(v, str) or v is None else json.dumps(_plain(v), ensure_ascii=False) for v in values],
                index=table.index, dtype=object)
    return table


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    if isinstance(value, np.generic):
        return value.item()
    return value


def _json_value(value: Any) -> Any:
    """A cell as JSON: NaN and NA as null, numpy scalars as Python numbers, dates as ISO strings."""
    if isinstance(value, (list, tuple, dict, np.ndarray)):
        return _plain(value)
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
        return None if isinstance(value, float) and value != value else value
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.isoformat()
    return value


def _write_geojson(table: Any, path: Path) -> None:
    """RFC 7946 GeoJSON: a FeatureCollection in WGS84 longitude/latitude, no ``crs`` member, claims as JSON.

    Written with the json module rather than GDAL so that every float keeps all its digits.
    """
    import shapely

    columns = [c for c in table.columns if c != table.geometry.name]
    shapes = table.geometry.values
    geometries = shapely.to_geojson(shapes).tolist()
    points = np.nonzero(shapely.get_type_id(shapes) == 0)[0]
    for i, x, y in zip(points, shapely.get_x(shapes[points]), shapely.get_y(shapes[points])):
        geometries[i] = f'{{"type": "Point", "coordinates": {json.dumps([float(x), float(y)])}}}'  # every digit
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write('{"type": "FeatureCollection", "features": [')
        for number, (row, geometry) in enumerate(zip(table[columns].itertuples(index=False, name=None), geometries)):
            properties = json.dumps({c: _json_value(v) for c, v in zip(columns, row)}, ensure_ascii=False,
                                    allow_nan=False)
            handle.write(f'{"," if number else ""}\n{{"type": "Feature", "properties": {properties}, '
                         f'"geometry": {geometry if geometry is not None else "null"}}}')
        handle.write("\n]}\n")


def _write_gpkg(table: Any, path: Path) -> None:
    import pyogrio

    pyogrio.write_dataframe(_json_cells(table), path, driver="GPKG", layer=LAYER, use_arrow=True)


def _write_parquet(table: Any, path: Path) -> None:
    _json_cells(table).to_parquet(path, index=False)


def _write_csv(table: Any, path: Path) -> None:
    frame = pd.DataFrame(_json_cells(table).drop(columns=[table.geometry.name]))
    frame["event_date"] = [d.isoformat() if d is not None else "" for d in frame["event_date"]]
    frame.to_csv(path, index=False, lineterminator="\n")


_WRITERS: dict[str, Callable[[Any, Path], None]] = {
    "geojson": _write_geojson, "gpkg": _write_gpkg, "parquet": _write_parquet, "csv": _write_csv,
}


def write_events(events: Any, path: str | os.PathLike[str], format: str | None = None) -> Path:
    """Write an event table to ``path``: GeoJSON, GeoPackage, GeoParquet or CSV, chosen by the file ending.

    ``format`` (``geojson``, ``gpkg``, ``parquet``, ``csv``) overrides the ending. The table
    is first put in canonical form (:func:`~geomap.io.table.normalize_events`), so missing
    schema columns are written empty. The file appears complete or not at all: it is written
    next to its destination and renamed; an existing file survives a failed write. Returns the path.
    """
    path = Path(path)
    if path.is_dir():
        raise BadInputError(f"{path} is a directory; give a file name like {path / 'events.gpkg'}")
    fmt = event_format(path, format)
    table = normalize_events(events)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent))
    except OSError as exc:
        raise BadInputError(f"cannot write {path}: {exc.strerror or exc}; "
                            "choose a directory you can write to") from None
    try:
        tmp = workdir / f"events{path.suffix or '.' + fmt}"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", RuntimeWarning)
                _WRITERS[fmt](table, tmp)
        except OSError as exc:
            raise BadInputError(f"cannot write {path}: {exc.strerror or exc}; check the disk space and "
                                "that the directory is writable") from None
        except (ValueError, TypeError, RuntimeError) as exc:
            raise BadInputError(f"cannot write the events as {fmt} to {path}: {exc}. Columns other than the "
                                "schema's must hold text, numbers, dates or JSON-like lists and dicts") from None
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(workdir)
    return path


def _read_csv(path: Path) -> Any:
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], encoding="utf-8-sig")
    except pd.errors.EmptyDataError:
        raise BadInputError(f"{path} is empty; write events to it first (geomap extract ... -o {path.name})") from None
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise BadInputError(f"{path} is not a readable CSV file ({exc}); check that it is comma-separated "
                            "UTF-8 text") from None
    if is_acled(frame.columns):
        return from_acled(frame)
    lowered = {c.lower(): c for c in frame.columns}
    if not ({"latitude", "longitude"} <= set(frame.columns)):
        for lat, lon in (("lat", "lon"), ("lat", "lng"), ("y", "x")):
            if lat in lowered and lon in lowered:
                frame = frame.rename(columns={lowered[lat]: "latitude", lowered[lon]: "longitude"})
                break
        else:
            raise BadInputError(f"{path} has no latitude and longitude columns (it has: "
                                f"{', '.join(list(frame.columns)[:15])}); an event CSV needs them, as geomap and "
                                "ACLED write them")
    for column in frame.columns:  # extras: typed back where every value reads as a number
        if column in EVENT_COLUMNS:
            continue
        values = frame[column]
        numbers = pd.to_numeric(values.where(values != ""), errors="coerce")
        if (values != "").any() and numbers.notna().sum() == (values != "").sum():
            frame[column] = numbers
    return normalize_events(frame)


def _read_ogr(path: Path, fmt: str, layer: str | None) -> Any:
    import pyogrio

    try:
        if fmt == "gpkg" and layer is None:
            names = [name for name, _ in pyogrio.list_layers(path)]
            layer = LAYER if LAYER in names else (names[0] if names else None)
        options = {"DATE_AS_STRING": "YES"} if fmt == "geojson" else {}
        table = pyogrio.read_dataframe(path, layer=layer, **options)
    except pyogrio.errors.DataSourceError as exc:
        kind = {"gpkg": "GeoPackage", "geojson": "GeoJSON"}[fmt]
        raise BadInputError(f"{path} is not a readable {kind} file ({exc}); check the file, or pass format=") from None
    if is_acled(table.columns):
        return from_acled(pd.DataFrame(table.drop(columns=[table.geometry.name])))
    return normalize_events(table)


def _read_parquet(path: Path) -> Any:
    import geopandas as gpd

    try:
        table = gpd.read_parquet(path)
    except ValueError:  # a plain Parquet file without geo metadata
        table = pd.read_parquet(path)
    except OSError as exc:
        raise BadInputError(f"{path} is not a readable Parquet file ({exc}); check the file, or pass format=") from None
    if is_acled(table.columns):
        return from_acled(pd.DataFrame(table))
    return normalize_events(table)


def read_events(path: str | os.PathLike[str], format: str | None = None, layer: str | None = None) -> Any:
    """The event table (a GeoDataFrame, EPSG:4326) in a GeoJSON, GeoPackage, GeoParquet or CSV file.

    An ACLED export (its CSV, or any of these formats with ACLED's columns) is recognised
    and mapped to geomap's columns (:mod:`geomap.io.acled`). Other tables need latitude and
    longitude columns or point geometry; missing schema columns come back empty. ``layer``
    picks a GeoPackage layer (default: ``events``, else the first). A directory of GeoParquet
    parts (what a corpus run writes) is read as one table, its parts in name order.
    """
    path = Path(path)
    fmt = event_format(path, format)
    if not path.exists():
        raise BadInputError(f"{path}: no such file; give the path of a .geojson, .gpkg, .parquet or .csv file "
                            "(geomap writes them with write_events or `geomap extract -o`)")
    if path.is_dir() and not (fmt == "parquet" and any(path.glob("*.parquet"))):
        raise BadInputError(f"{path} is a directory; give the path of one events file (or of a partitioned "
                            "GeoParquet directory of .parquet parts, as `geomap extract CORPUS -o OUT.parquet` "
                            "writes)")
    if fmt == "csv":
        return _read_csv(path)
    if fmt == "parquet":
        return _read_parquet(path)
    return _read_ogr(path, fmt, layer)
