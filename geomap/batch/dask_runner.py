"""Run partitions on a Dask cluster: a ``LocalCluster`` started here, or an existing scheduler.

Dask is an optional extra (``pip install 'geomap[dask]'``). Each partition is one task whose
argument is the partition's articles (so the corpus need only be readable where the command
runs) and whose result is the partition's events; the command writes the part files itself,
so the output directory need not be shared with the workers. Every worker process keeps one
extractor (gazetteer opened once, read-only) for all its tasks; on a real cluster each node
opens its own copy of the index (``GEOMAP_GAZETTEER`` on that node, or ``--gazetteer`` with a
path valid on every node). At most ``inflight`` partitions are out at a time (default: two
per worker thread), so memory stays bounded; a task whose worker dies is retried by Dask on
another worker.

>>> DaskRunner.parse_address("local"), DaskRunner.parse_address("tcp://10.0.0.5:8786")
('local', 'tcp://10.0.0.5:8786')
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import BadInputError, GeomapError
from .partition import Partition
from .worker import PartResult, WorkerConfig, run_partition

__all__ = ["DaskRunner", "DaskUnavailableError"]

_SCHEMES = ("tcp://", "tls://", "ucx://", "inproc://", "ws://", "wss://")


class DaskUnavailableError(GeomapError, ImportError):
    """``--dask`` was asked for but dask.distributed is not installed."""


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise DaskUnavailableError("--dask needs dask.distributed, an optional extra: pip install 'geomap[dask]' "
                                   "(or pip install 'dask[distributed]'); or run without --dask on local "
                                   "worker processes (--workers N)") from None
    return distributed


class DaskRunner:
    """Partitions as Dask tasks. ``address`` is ``"local"`` (start a LocalCluster of ``workers`` processes,
    one thread each) or a scheduler address like ``tcp://host:8786``."""

    def __init__(self, address: str, config: WorkerConfig, workers: int | None = None,
                 inflight: int | None = None) -> None:
        self.address = self.parse_address(address)
        self.config = config
        self.workers = workers
        self.inflight = inflight
        self._client: Any = None
        self._cluster: Any = None
        self._description = f"Dask ({self.address})"

    @staticmethod
    def parse_address(address: str) -> str:
        """``local`` or a scheduler address; a bare ``host:port`` gets ``tcp://``."""
        address = address.strip()
        if address.lower() == "local":
            return "local"
        if address.startswith(_SCHEMES):
            return address
        if ":" in address and "/" not in address:
            return f"tcp://{address}"
        raise BadInputError(f"--dask {address!r}: give 'local' (a Dask cluster on this machine) or the address "
                            "of a running scheduler, like tcp://10.0.0.5:8786")

    def describe(self) -> str:
        """Where the work runs (the worker count as the cluster had it when the run started)."""
        return self._description

    def _threads(self) -> int:
        info = self._client.scheduler_info()
        workers = info.get("workers", {})
        return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))

    def start(self) -> None:
        """Start the LocalCluster or connect to the scheduler (clear error if it is not there)."""
        if self._client is not None:
            return
        distributed = _distributed()
        if self.address == "local":
            from .local import default_workers

            self._cluster = distributed.LocalCluster(
                n_workers=self.workers or default_workers(), threads_per_worker=1, processes=True,
                dashboard_address=None)
            self._client = distributed.Client(self._cluster)
        else:
            try:
                self._client = distributed.Client(self.address, timeout=30)
            except OSError as exc:
                raise GeomapError(f"cannot reach the Dask scheduler at {self.address} ({exc}); start one with "
                                  "`dask scheduler` and workers with `dask worker ADDRESS`, or use --dask local"
                                  ) from None
        where = "LocalCluster" if self.address == "local" else f"scheduler {self.address}"
        self._description = f"Dask {where}, {self._threads()} worker thread(s)"

    def map(self, parts: Iterable[Partition]) -> Iterator[PartResult]:
        """Results of ``parts`` in the order they finish."""
        self.start()
        distributed = _distributed()
        inflight = self.inflight or 2 * self._threads()
        run = uuid.uuid4().hex[:8]
        source = iter(parts)
        queue = distributed.as_completed()

        def submit() -> bool:
            partition = next(source, None)
            if partition is None:
                return False
            queue.add(self._client.submit(run_partition, partition, self.config, pure=False,
                                          key=f"geomap-partition-{partition.number}-{run}"))
            return True

        try:
            for _ in range(inflight):
                if not submit():
                    break
            for future in queue:
                result = future.result()
                future.release()
                yield result
                submit()
        finally:
            self.close()

    def close(self) -> None:
        """Disconnect (and stop a LocalCluster started here); a remote cluster keeps running."""
        client, cluster = self._client, self._cluster
        self._client = self._cluster = None
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
