"""Run partitions on local worker processes (or in this process for one worker).

Each worker process is started once, opens the gazetteer once (read-only) and then reads
partition after partition. At most ``inflight`` partitions are sent out at a time, so the
corpus is never read faster than the workers work: memory stays bounded. Workers ignore
Ctrl-C (the parent stops them) and end themselves when the parent dies (``kill -9``).

>>> from geomap.io import Article
>>> from geomap.batch.partition import partitions
>>> runner = LocalRunner(1, WorkerConfig(factory="geomap.batch.local:_no_events"))
>>> [r.info.documents for r in runner.map(partitions([Article("Rain in Kyiv.")], size=5))]
[1]
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from ..errors import GeomapError
from .partition import Partition
from .worker import PartResult, WorkerConfig, extractor_for, init_worker, run_partition

__all__ = ["LocalRunner", "WorkerDiedError", "default_workers"]


class WorkerDiedError(GeomapError, RuntimeError):
    """A worker process ended abruptly (out of memory, killed): the partitions written so far are kept."""


def default_workers() -> int:
    """All the cores this process may use.

    >>> default_workers() >= 1
    True
    """
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


class LocalRunner:
    """``workers`` processes on this machine (1: this process, no pool); ``map`` yields results as they finish."""

    def __init__(self, workers: int, config: WorkerConfig, inflight: int | None = None) -> None:
        if workers < 1:
            raise GeomapError(f"--workers {workers}: give at least 1 worker process")
        self.workers = workers
        self.config = config
        self.inflight = inflight or 2 * workers
        self._executor: ProcessPoolExecutor | None = None

    def describe(self) -> str:
        return "1 process" if self.workers == 1 else f"{self.workers} local worker processes"

    def map(self, parts: Iterable[Partition]) -> Iterator[PartResult]:
        """Results of ``parts`` in the order they finish (not corpus order)."""
        if self.workers == 1:
            extractor_for(self.config)
            for partition in parts:
                yield run_partition(partition, self.config)
            return
        context = multiprocessing.get_context("spawn")  # no fork: the parent's threads and sqlite stay its own
        self._executor = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init,
                                             initargs=(self.config, os.getpid()))
        pending: set[Future[PartResult]] = set()
        source = iter(parts)
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < self.inflight:
                    partition = next(source, None)
                    if partition is None:
                        exhausted = True
                        break
                    pending.add(self._executor.submit(run_partition, partition, self.config))
                if not pending:
                    return
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield future.result()
        except BrokenProcessPool:
            raise WorkerDiedError("a worker process died (out of memory? killed?); the partitions finished so far "
                                  "are written: run the same command again to continue, with fewer --workers or "
                                  "a smaller --partition-size if memory is short") from None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the workers now (running partitions are abandoned; they are redone by the next run)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        executor.shutdown(wait=False, cancel_futures=True)
        processes: dict[int, Any] = getattr(executor, "_processes", None) or {}
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.terminate()
        for process in list(processes.values()):
            with contextlib.suppress(Exception):
                process.join(5)


def _init(config: WorkerConfig, parent: int) -> None:
    """Pool initializer: errors opening the gazetteer surface with the first partition, not as a broken pool."""
    with contextlib.suppress(Exception):
        init_worker(config, parent)


def _no_events(gazetteer: str | None) -> Any:
    """A per-document function that finds nothing (for examples that must not depend on the reader)."""
    from ..io.table import empty_events

    return lambda text, **_: empty_events()
