"""Corpora at scale: the events of thousands to millions of articles, on local processes or Dask; resumable.

- :func:`run_batch`: a corpus (directory, JSONL, CSV) in, a partitioned GeoParquet directory out.
- :mod:`~geomap.batch.partition`: deterministic partitions of a streamed corpus.
- :mod:`~geomap.batch.worker`: one extractor per worker process (gazetteer opened once, read-only).
- :mod:`~geomap.batch.local` / :mod:`~geomap.batch.dask_runner`: local worker processes, or Dask.
- :mod:`~geomap.batch.parts` / :mod:`~geomap.batch.checkpoint`: atomic part files; resume.
- :mod:`~geomap.batch.progress`: documents, events, rate, time left on stderr.

The command line is ``geomap extract CORPUS -o OUT.parquet [--workers N] [--dask local|ADDRESS]``.

>>> from geomap.batch import DEFAULT_PARTITION_SIZE
>>> DEFAULT_PARTITION_SIZE
200
"""

from .checkpoint import Checkpoint, ResumeMismatchError, RunSettings
from .dask_runner import DaskRunner, DaskUnavailableError
from .local import LocalRunner, WorkerDiedError, default_workers
from .partition import DEFAULT_PARTITION_SIZE, Partition, partitions
from .parts import PartInfo, read_part_info
from .progress import Progress
from .runner import BatchResult, MixedGazetteerError, run_batch
from .worker import WorkerConfig

__all__ = [
    "DEFAULT_PARTITION_SIZE",
    "BatchResult",
    "Checkpoint",
    "DaskRunner",
    "DaskUnavailableError",
    "LocalRunner",
    "MixedGazetteerError",
    "PartInfo",
    "Partition",
    "Progress",
    "ResumeMismatchError",
    "RunSettings",
    "WorkerConfig",
    "WorkerDiedError",
    "default_workers",
    "partitions",
    "read_part_info",
    "run_batch",
]
