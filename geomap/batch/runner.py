"""``run_batch``: a corpus in, a partitioned GeoParquet directory of its events out; resumable.

The corpus is streamed and cut into deterministic partitions; partitions an earlier run
finished are checked and skipped; the others go to a runner (this process, local worker
processes, or Dask) at most a few at a time; each result is written as one part file the
moment it arrives. Interrupt it (Ctrl-C, ``kill -9``, a crash) and run it again: it goes on
from the partitions that are written. Documents that fail are logged with their id and
listed in the report; unreadable corpus rows too, with their line numbers.

>>> import json, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "news.jsonl").write_text("\\n".join(json.dumps({"id": f"n{i}", "text": f"Rain on day {i}."})
...                                          for i in range(5)) + "\\n{broken\\n")
>>> result = run_batch(folder / "news.jsonl", folder / "events.parquet", workers=1, partition_size=2,
...                    factory="geomap.batch.local:_no_events", progress=False)
>>> result.documents, result.partitions, result.skipped_rows
(5, 3, 1)
>>> sorted(p.name for p in (folder / "events.parquet").glob("part-*"))
['part-000000.parquet', 'part-000001.parquet', 'part-000002.parquet']
>>> run_batch(folder / "news.jsonl", folder / "events.parquet", workers=1, partition_size=2,
...           factory="geomap.batch.local:_no_events", progress=False).resumed_partitions
3
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BadInputError, GeomapError
from ..io.corpus import Corpus, iter_articles
from ..io.report import MAX_KEPT
from .checkpoint import Checkpoint, RunSettings
from .partition import DEFAULT_PARTITION_SIZE, Partition, id_digest, partitions
from .parts import PartInfo, events_table, table_from_bytes, write_part
from .progress import Progress, format_duration
from .worker import DEFAULT_FACTORY, PartResult, WorkerConfig

__all__ = ["BatchResult", "MixedGazetteerError", "run_batch"]

log = logging.getLogger("geomap.batch")


class MixedGazetteerError(GeomapError, RuntimeError):
    """Workers (or an earlier run) used different gazetteer indexes: results would not agree."""


@dataclass
class BatchResult:
    """What a batch did. ``documents`` and ``events`` count every finished partition (earlier runs' too);
    ``rate`` is this run's documents per second; ``worker_memory_mb`` the peak memory of each worker,
    ``worker_cpu_seconds`` the processor time each spent on this run's partitions."""

    output: Path
    documents: int = 0
    events: int = 0
    partitions: int = 0
    resumed_partitions: int = 0
    new_documents: int = 0
    failed_count: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    skipped_rows: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    runner: str = ""
    worker_memory_mb: dict[str, float] = field(default_factory=dict)
    worker_cpu_seconds: dict[str, float] = field(default_factory=dict)
    gazetteer: str = ""

    @property
    def rate(self) -> float:
        return self.new_documents / self.seconds if self.seconds > 0 else 0.0

    def add(self, info: PartInfo, resumed: bool) -> None:
        self.partitions += 1
        self.documents += info.documents
        self.events += info.events
        self.failed_count += len(info.failed)
        room = MAX_KEPT - len(self.failed)
        if room > 0:
            self.failed.extend(info.failed[:room])
        if resumed:
            self.resumed_partitions += 1
            return
        self.new_documents += info.documents
        if info.worker:
            self.worker_memory_mb[info.worker] = max(info.rss_mb, self.worker_memory_mb.get(info.worker, 0.0))
            self.worker_cpu_seconds[info.worker] = self.worker_cpu_seconds.get(info.worker, 0.0) + info.cpu_seconds

    def summary(self) -> str:
        """One line for a person."""
        text = (f"{self.documents} document(s) in {self.partitions} partition(s), {self.events} event(s) "
                f"-> {self.output}")
        if self.resumed_partitions:
            text += f"; {self.resumed_partitions} partition(s) were already done"
        if self.new_documents:
            text += f"; {self.new_documents} read now in {format_duration(self.seconds)} ({self.rate:.1f} doc/s)"
        if self.failed_count:
            text += f"; {self.failed_count} document(s) failed and were skipped"
        if self.skipped_rows:
            text += f"; {self.skipped_rows} corpus row(s) could not be read"
        return text

    def report(self) -> dict[str, Any]:
        return {
            "output": str(self.output), "documents": self.documents, "events": self.events,
            "partitions": self.partitions, "resumed_partitions": self.resumed_partitions,
            "failed_documents": self.failed_count, "failed": self.failed,
            "skipped_rows": self.skipped_rows, "problems": self.problems,
            "documents_this_run": self.new_documents, "seconds_this_run": round(self.seconds, 2),
            "documents_per_second": round(self.rate, 2), "runner": self.runner,
            "worker_memory_mb": self.worker_memory_mb,
            "worker_cpu_seconds": {k: round(v, 2) for k, v in self.worker_cpu_seconds.items()},
            "gazetteer": self.gazetteer,
            "finished": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        }


def _resolve_gazetteer(gazetteer: str | os.PathLike[str] | None, remote: bool, build: bool) -> str | None:
    """The index path every worker opens. Local workers get the path this process resolves (the default
    index is built here first if missing and ``build``); a remote cluster's workers use their own default
    unless told."""
    if gazetteer is not None:
        path = Path(gazetteer).expanduser()
        if not remote and not path.is_file():
            raise BadInputError(f"{path}: no gazetteer index there; give the path of an index "
                                "(geomap gazetteer build) or leave --gazetteer out for the default one")
        return str(path.resolve()) if not remote else str(path)
    if remote:
        return None
    from gazetteer.paths import default_index_path

    path = default_index_path()
    if build and not path.is_file():
        from gazetteer import Gazetteer

        log.warning("no gazetteer at %s yet: building the default one from installed data (about 30 s, once)", path)
        Gazetteer().close()  # built once, here, not by every worker at the same time
    return str(path.resolve())


def _count_in_background(corpus: Corpus, progress: Progress) -> None:
    def count() -> None:
        try:
            progress.set_total(corpus.count())
        except Exception as exc:  # only the total is missing then
            log.debug("cannot count %s: %s", corpus.source, exc)

    threading.Thread(target=count, name="geomap-count", daemon=True).start()


def run_batch(
    source: str | os.PathLike[str],
    output: str | os.PathLike[str],
    *,
    workers: int | None = None,
    dask: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    lang: str | None = None,
    publication_date: dt.date | None = None,
    gazetteer: str | os.PathLike[str] | None = None,
    text_col: str = "text",
    date_col: str = "date",
    url_col: str = "url",
    id_col: str = "id",
    title_col: str = "title",
    lang_col: str = "lang",
    source_col: str = "source",
    format: str | None = None,
    recursive: bool = True,
    overwrite: bool = False,
    progress: bool | Progress = True,
    factory: str = DEFAULT_FACTORY,
    inflight: int | None = None,
) -> BatchResult:
    """Read the events of every article of a corpus into the partitioned GeoParquet directory ``output``.

    ``source`` is a directory of text/HTML files, or a JSONL, CSV or TSV file (``.gz`` too);
    the ``*_col`` arguments name its fields (see :func:`geomap.io.iter_articles`). ``workers``
    local processes (default: all cores; 1 runs in this process) or ``dask`` (``"local"`` for a
    LocalCluster of ``workers`` processes, or a scheduler address) do the work, ``partition_size``
    documents at a time. ``lang`` and ``publication_date`` apply to articles without their own.
    ``gazetteer`` is the index path (default: the default index; on a remote Dask cluster, each
    worker's ``$GEOMAP_GAZETTEER``). Run it again after an interruption to continue;
    ``overwrite=True`` starts afresh. Read the result with :func:`geomap.io.read_events` or
    ``geopandas.read_parquet``.
    """
    if str(source) == "-":
        raise BadInputError("a corpus run reads a file or a directory, not standard input (it must be read "
                            "again to resume): save the input to a file (e.g. corpus.jsonl) first")
    corpus = iter_articles(source, text_col=text_col, date_col=date_col, url_col=url_col, id_col=id_col,
                           title_col=title_col, lang_col=lang_col, source_col=source_col, format=format,
                           recursive=recursive)
    columns = {"text": text_col, "date": date_col, "url": url_col, "id": id_col, "title": title_col,
               "lang": lang_col, "source": source_col}
    settings = RunSettings(corpus=str(Path(source).resolve()), format=corpus.format, columns=columns,
                           recursive=recursive, partition_size=partition_size, lang=lang,
                           publication_date=publication_date.isoformat() if publication_date else None,
                           factory=factory)
    if partition_size < 1:
        raise BadInputError(f"--partition-size {partition_size}: give a positive number of documents, like 200")
    if workers is not None and workers < 1:
        raise BadInputError(f"--workers {workers}: give at least 1 worker process")
    from .dask_runner import DaskRunner
    from .local import LocalRunner, default_workers

    address = DaskRunner.parse_address(dask) if dask else None
    remote = address not in (None, "local")
    config = WorkerConfig(gazetteer=_resolve_gazetteer(gazetteer, remote, build=factory == DEFAULT_FACTORY),
                          lang=lang, publication_date=publication_date, factory=factory)
    checkpoint = Checkpoint.open(output, settings, overwrite=overwrite)
    runner: Any
    if address is not None:
        runner = DaskRunner(address, config, workers=workers, inflight=inflight)
    else:
        runner = LocalRunner(workers or default_workers(), config, inflight=inflight)

    meter = progress if isinstance(progress, Progress) else Progress(enabled=bool(progress))
    if meter.total is None:
        _count_in_background(iter_articles(source, text_col=text_col, format=format, recursive=recursive), meter)
    result = BatchResult(output=checkpoint.directory)
    gazetteers = {info.gazetteer for info in checkpoint.done.values() if info.gazetteer}
    state = {"partitions": 0}

    def pending() -> Iterator[Partition]:
        for partition in partitions(corpus, partition_size):
            state["partitions"] = partition.number + 1
            info = checkpoint.finished(partition)
            if info is None:
                yield partition
                continue
            result.add(info, resumed=True)
            meter.skip(info.documents, info.events)

    started = time.monotonic()
    try:
        for done in runner.map(pending()):
            _write(done, checkpoint, gazetteers, result, meter)
        result.runner = runner.describe()
        result.seconds = time.monotonic() - started
        meter.finish()
    finally:
        result.seconds = result.seconds or time.monotonic() - started
        meter.close()
    if state["partitions"] == 0 and 0 not in checkpoint.done:  # an empty corpus still gives a readable dataset
        write_part(checkpoint.directory, events_table([]), PartInfo(0, 0, 0, id_digest([])))
        result.partitions = 1
    checkpoint.check_extent(state["partitions"])
    result.skipped_rows = corpus.report.skipped
    result.problems = [str(p) for p in corpus.report.problems]
    result.gazetteer = next(iter(gazetteers), "")
    checkpoint.write_report(result.report())
    return result


def _write(done: PartResult, checkpoint: Checkpoint, gazetteers: set[str], result: BatchResult,
           meter: Progress) -> None:
    info = done.info
    if info.gazetteer:
        if gazetteers and info.gazetteer not in gazetteers:
            raise MixedGazetteerError(
                f"worker {info.worker} uses gazetteer index {info.gazetteer}, other partitions were read with "
                f"{', '.join(sorted(gazetteers))}; give every worker the same index (GEOMAP_GAZETTEER or "
                "--gazetteer), or start again with --overwrite")
        gazetteers.add(info.gazetteer)
    write_part(checkpoint.directory, table_from_bytes(done.data), info)
    for failure in info.failed:
        log.warning("document %s%s skipped: %s", failure["doc_id"],
                    f" ({failure['path']})" if failure.get("path") else "", failure["error"])
    result.add(info, resumed=False)
    meter.update(info.documents, info.events)
