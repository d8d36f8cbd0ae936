"""The work on one partition, as it runs in a worker process (a local pool's or a Dask worker's).

Each worker process opens the gazetteer once, read-only, and builds one extractor that it
keeps for every partition it is given (:func:`extractor_for`). A document whose reading
fails is recorded with its id and the error, and the partition goes on. The result is the
partition's events as Arrow IPC bytes and its :class:`~geomap.batch.parts.PartInfo`: plain
bytes and JSON-able data, cheap to send from a remote worker to the writer.

>>> WorkerConfig(gazetteer="/data/gazetteer.sqlite").factory
'geomap.batch.worker:event_extractor'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib
import os
import re
import resource
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from ..io.article import Article
from .partition import Partition, first_last
from .parts import PartInfo, events_table, table_to_bytes

__all__ = [
    "DEFAULT_FACTORY",
    "PartResult",
    "WorkerConfig",
    "clean_text",
    "event_extractor",
    "extractor_for",
    "gazetteer_id",
    "init_worker",
    "run_partition",
]

#: What builds the per-document function by default: geomap's event extractor.
DEFAULT_FACTORY = "geomap.batch.worker:event_extractor"
#: The longest error message kept for a failed document.
MAX_ERROR = 500


@dataclass(frozen=True)
class WorkerConfig:
    """What every worker needs to know: plain data, sent once to each worker.

    ``gazetteer`` is the index path (None: the worker's default, ``$GEOMAP_GAZETTEER`` on
    that machine); ``lang`` and ``publication_date`` apply to articles that do not carry
    their own; ``factory`` names (``module:attribute``) what builds the per-document function:
    called with the gazetteer path (or None), it returns a callable taking
    ``(text, lang=, publication_date=, doc_id=)`` and returning an event table.
    """

    gazetteer: str | None = None
    lang: str | None = None
    publication_date: dt.date | None = None
    factory: str = DEFAULT_FACTORY


@dataclass(frozen=True)
class PartResult:
    """A finished partition: its events (Arrow IPC stream bytes) and its record."""

    data: bytes
    info: PartInfo


_LOCAL = threading.local()


def _load(factory: str) -> Callable[..., Any]:
    module, _, name = factory.partition(":")
    target: Any = importlib.import_module(module)
    for part in name.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def gazetteer_id(path: str | os.PathLike[str] | None) -> str:
    """Which index a worker uses: its data version and build time (copies of one index give the same id)."""
    from gazetteer.paths import default_index_path
    from gazetteer.store import open_index

    try:
        con = open_index(path if path else default_index_path())
        try:
            meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('data_version', 'built')").fetchall())
        finally:
            con.close()
    except Exception:  # an index without these keys still works; it just cannot be told apart
        return ""
    return f"{meta.get('data_version', '')}@{meta.get('built', '')}"


def event_extractor(gazetteer: str | None) -> Callable[..., Any]:
    """The default per-document function: :class:`geomap.events.Extractor` on the index at ``gazetteer``
    (None: the default index)."""
    from gazetteer import Gazetteer

    from ..events import Extractor

    return Extractor(Gazetteer(gazetteer) if gazetteer else Gazetteer())  # type: ignore[no-any-return]


def extractor_for(config: WorkerConfig) -> tuple[Callable[..., Any], str]:
    """This process's (and thread's) per-document function and gazetteer id, built on first use only."""
    key = (config.gazetteer, config.factory)
    cached = getattr(_LOCAL, "extractors", None)
    if cached is None:
        cached = _LOCAL.extractors = {}
    if key not in cached:
        cached[key] = (_load(config.factory)(config.gazetteer), gazetteer_id(config.gazetteer))
    return cached[key]  # type: ignore[no-any-return]


def _peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux reports KB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _error_text(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}".strip()
    return text if len(text) <= MAX_ERROR else text[: MAX_ERROR - 3] + "..."


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """``text`` with lone surrogates (broken ``\\ud83d`` escapes in scraped JSON) replaced by U+FFFD.

    One character for one, so offsets into the text stay right; such text cannot be written as UTF-8.

    >>> clean_text("Kyiv \\ud83d.") == "Kyiv \\ufffd."
    True
    """
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def _failure(article: Article, exc: BaseException) -> dict[str, str]:
    return {"doc_id": article.doc_id, "path": article.path, "error": _error_text(exc)}


def _table(frames: list[tuple[Article, Any]], failed: list[dict[str, str]]) -> pa.Table:
    """The partition's events as one Arrow table; a document whose events cannot be stored is failed instead."""
    import pandas as pd

    try:
        return events_table(pd.concat([f for _, f in frames], ignore_index=True) if frames else [])
    except Exception:  # find the document(s) at fault: convert one by one
        kept = []
        for article, frame in frames:
            try:
                kept.append(events_table(frame))
            except Exception as exc:
                failed.append(_failure(article, exc))
        return pa.concat_tables(kept) if kept else events_table([])


def run_partition(partition: Partition, config: WorkerConfig) -> PartResult:
    """Read the events of every article of ``partition``; failed documents are recorded and skipped."""
    started, cpu = time.perf_counter(), time.process_time()
    extract, gazetteer_id = extractor_for(config)
    frames: list[tuple[Article, Any]] = []
    failed: list[dict[str, str]] = []
    for article in partition.articles:
        try:
            frame = extract(clean_text(article.text), lang=article.lang or config.lang,
                            publication_date=article.publication_date or config.publication_date,
                            doc_id=article.doc_id)
        except Exception as exc:  # one bad document must not stop the batch
            failed.append(_failure(article, exc))
            continue
        if len(frame):
            frames.append((article, frame))
    table = _table(frames, failed)
    first, last = first_last(partition.doc_ids)
    info = PartInfo(partition=partition.number, documents=len(partition), events=table.num_rows,
                    digest=partition.digest, first_doc_id=first, last_doc_id=last, failed=tuple(failed),
                    seconds=round(time.perf_counter() - started, 3),
                    cpu_seconds=round(time.process_time() - cpu, 3), rss_mb=_peak_rss_mb(),
                    worker=f"{socket.gethostname()}:{os.getpid()}", gazetteer=gazetteer_id)
    return PartResult(table_to_bytes(table), info)


# -- local worker processes --------------------------------------------------------------------------

def _exit_with_parent(parent: int) -> None:
    """End this worker when the process that started it is gone (killed with -9, say), never orphaned."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="geomap-parent-watch", daemon=True).start()
    if os.getppid() != parent:  # the parent died before the watch started
        os._exit(1)


def init_worker(config: WorkerConfig, parent: int) -> None:
    """Initializer of a local worker process: leave Ctrl-C to the parent, follow it in death, open the gazetteer."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops the pool
    _exit_with_parent(parent)
    extractor_for(config)
