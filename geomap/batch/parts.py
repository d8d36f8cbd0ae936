"""Part files of a batch: one GeoParquet file per partition, with one fixed schema, written atomically.

A batch writes its events into a directory ``OUT.parquet/`` holding ``part-000000.parquet``,
``part-000001.parquet`` ...: a partitioned GeoParquet dataset that ``geopandas.read_parquet``,
:func:`geomap.io.read_events`, pandas, DuckDB and GDAL read as one table. Every part has the
same Arrow schema (an empty partition too), so the parts always concatenate. What the
partition was (its number, documents, the digest of their ids, the documents that failed) is
kept in the part file's own metadata: a part file on disk *is* the record that its partition
is finished, and it appears complete or not at all.

>>> import tempfile, pathlib
>>> from geomap.io import normalize_events
>>> table = events_table(normalize_events([{"event_id": "e1", "latitude": 50.4, "longitude": 30.5}]))
>>> table.num_rows, table.schema.field("event_date").type
(1, DataType(date32[day]))
>>> out = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
>>> info = PartInfo(partition=3, documents=2, events=1, digest="d", first_doc_id="a", last_doc_id="b")
>>> path = write_part(out, table, info)
>>> path.name, read_part_info(path).documents
('part-000003.parquet', 2)
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = [
    "PART_GLOB",
    "PartInfo",
    "events_table",
    "part_name",
    "part_number",
    "read_part_info",
    "table_from_bytes",
    "table_to_bytes",
    "write_part",
]

#: Glob of the part files in an output directory.
PART_GLOB = "part-*.parquet"
#: Key of the partition record in a part file's Parquet metadata.
META_KEY = b"geomap_batch"
_PART = re.compile(r"part-(\d{6,})\.parquet")


def part_name(partition: int) -> str:
    """The file name of a partition's part: zero-padded so that names sort in corpus order.

    >>> part_name(12)
    'part-000012.parquet'
    """
    return f"part-{partition:06d}.parquet"


def part_number(name: str) -> int | None:
    """The partition number in a part file name, or None for other files.

    >>> part_number("part-000012.parquet"), part_number(".part-000012.parquet.tmp")
    (12, None)
    """
    match = _PART.fullmatch(name)
    return int(match.group(1)) if match else None


@dataclass(frozen=True)
class PartInfo:
    """What one finished partition holds: kept in its part file's metadata.

    ``digest`` is a hash of the partition's document ids in order (a resumed run checks the
    corpus still gives the same partitions); ``failed`` lists the documents that could not be
    read, as ``{"doc_id", "path", "error"}`` dicts; ``worker`` says where it ran; ``seconds``
    how long the worker took (``cpu_seconds`` of processor time); ``rss_mb`` the worker's peak
    memory; ``gazetteer`` which index it used.
    """

    partition: int
    documents: int
    events: int
    digest: str
    first_doc_id: str = ""
    last_doc_id: str = ""
    failed: tuple[dict[str, str], ...] = ()
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    rss_mb: float = 0.0
    worker: str = ""
    gazetteer: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | bytes) -> PartInfo:
        data = json.loads(text)
        data["failed"] = tuple(data.get("failed", ()))
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


def _arrow_type(column: str) -> pa.DataType:
    from ..io.table import DATE_COLUMNS, FLOAT_COLUMNS, INT_COLUMNS

    if column in INT_COLUMNS:
        return pa.int64()
    if column in FLOAT_COLUMNS:
        return pa.float64()
    if column in DATE_COLUMNS:
        return pa.date32()
    if column == "geometry":
        return pa.binary()
    return pa.string()  # text columns, and claims as a JSON string (as write_events writes GeoParquet)


def events_table(events: Any) -> pa.Table:
    """An event table (anything :func:`~geomap.io.normalize_events` takes) as Arrow with the fixed part schema.

    Columns are the schema's in order (then any extras); types never depend on the rows, so
    an empty table and a full one have the same schema. GeoParquet metadata (WKB, EPSG:4326)
    comes from geopandas.
    """
    from ..io.events import _json_cells
    from ..io.table import normalize_events

    frame = _json_cells(normalize_events(events))
    buffer = io.BytesIO()  # through geopandas' own writer: its GeoParquet metadata, whatever its version
    frame.to_parquet(buffer, index=False, compression=None)
    table = pq.read_table(pa.py_buffer(buffer.getvalue()))
    fields, arrays = [], []
    for name, column in zip(table.column_names, table.columns):
        target = _arrow_type(name)
        if name not in _schema_columns() and not pa.types.is_null(column.type):
            target = column.type  # an extra column keeps its own type
        arrays.append(column.cast(target) if column.type != target else column)
        fields.append(pa.field(name, target))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields, metadata=table.schema.metadata))


def _schema_columns() -> tuple[str, ...]:
    from ..events.model import EVENT_COLUMNS

    return EVENT_COLUMNS


def table_to_bytes(table: pa.Table) -> bytes:
    """An Arrow table as IPC stream bytes (how workers send their events to the writer)."""
    sink = io.BytesIO()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue()


def table_from_bytes(data: bytes) -> pa.Table:
    """The Arrow table of :func:`table_to_bytes`.

    >>> table_from_bytes(table_to_bytes(pa.table({"a": [1, 2]}))).num_rows
    2
    """
    with pa.ipc.open_stream(pa.py_buffer(data)) as reader:
        return reader.read_all()


def write_part(directory: str | os.PathLike[str], table: pa.Table, info: PartInfo) -> Path:
    """Write partition ``info.partition``'s events to ``directory/part-NNNNNN.parquet`` atomically.

    The file is written under a hidden temporary name in the same directory, flushed to disk,
    then renamed: after a crash the part is either complete or absent (never half written),
    and readers of the dataset never see the temporary file (names starting with ``.`` are skipped).
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    metadata = dict(table.schema.metadata or {})
    metadata[META_KEY] = info.to_json().encode("utf-8")
    table = table.replace_schema_metadata(metadata)
    path = directory / part_name(info.partition)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            pq.write_table(table, handle, compression="zstd")
            handle.flush()
            os.fsync(handle.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
        _sync_directory(directory)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def _sync_directory(directory: Path) -> None:
    """Flush the directory entry of a renamed file (POSIX); a no-op where directories cannot be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_part_info(path: str | os.PathLike[str]) -> PartInfo:
    """The partition record of a part file (read from its footer only, not its rows)."""
    metadata = pq.read_schema(path).metadata or {}
    if META_KEY not in metadata:
        raise ValueError(f"{path} has no geomap batch record")
    return PartInfo.from_json(metadata[META_KEY])
