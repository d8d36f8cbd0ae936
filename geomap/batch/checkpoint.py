"""The output directory of a batch and what it says about an interrupted run.

``OUT.parquet/`` holds:

- ``part-NNNNNN.parquet``: the events of partition NNNNNN, written atomically (a part file on
  disk is the record that its partition is finished; see :mod:`geomap.batch.parts`);
- ``_geomap_batch.json``: the settings that decide partitions and results (corpus, columns,
  partition size, language, date); a resumed run must use the same ones;
- ``_geomap_report.json``: written when the run completes: counts, failed documents and
  unreadable corpus rows.

Files starting with ``_`` or ``.`` are not part of the dataset for Arrow, geopandas, DuckDB.
A run started again with the same command keeps every finished part, checks that the corpus
still gives the same documents in those partitions, and does only the rest: nothing is lost
or done twice.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "events.parquet"
>>> settings = RunSettings(corpus="news.jsonl", partition_size=100)
>>> Checkpoint.open(out, settings).done
{}
>>> Checkpoint.open(out, RunSettings(corpus="news.jsonl", partition_size=50))
Traceback (most recent call last):
...
geomap.batch.checkpoint.ResumeMismatchError: ...
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BadInputError
from ..io.write import write_atomic
from .partition import Partition
from .parts import PART_GLOB, PartInfo, part_name, part_number, read_part_info
from .worker import DEFAULT_FACTORY

__all__ = ["REPORT_FILE", "RUN_FILE", "Checkpoint", "ResumeMismatchError", "RunSettings"]

RUN_FILE = "_geomap_batch.json"
REPORT_FILE = "_geomap_report.json"
_FORMAT_VERSION = 1


class ResumeMismatchError(BadInputError):
    """The output directory belongs to a run with other settings, or the corpus changed since."""


@dataclass(frozen=True)
class RunSettings:
    """What decides a batch's partitions and results. ``corpus`` is informative (the corpus may move);
    every other field must be the same for a run to continue an earlier one."""

    corpus: str
    format: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    recursive: bool = True
    partition_size: int = 200
    lang: str | None = None
    publication_date: str | None = None
    factory: str = DEFAULT_FACTORY

    def binding(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("corpus")
        return data


def _clean_temporaries(directory: Path) -> None:
    """Remove the temporary files of parts a killed run was writing (never complete, never read)."""
    for path in directory.glob(".part-*.tmp"):
        with contextlib.suppress(OSError):
            path.unlink()


class Checkpoint:
    """An output directory opened for a run: the finished partitions and the checks of a resume."""

    def __init__(self, directory: Path, settings: RunSettings, done: dict[int, PartInfo]) -> None:
        self.directory = directory
        self.settings = settings
        self.done = done

    @classmethod
    def open(cls, directory: str | os.PathLike[str], settings: RunSettings, overwrite: bool = False) -> Checkpoint:
        """Create ``directory`` or take up the run it holds; ``overwrite`` first removes an earlier run's files."""
        directory = Path(directory)
        if directory.exists() and not directory.is_dir():
            if not overwrite:
                raise BadInputError(f"{directory} is a file; a corpus is written as a directory of part files "
                                    f"({directory}/part-000000.parquet ...): remove the file, choose another -o, "
                                    "or pass --overwrite")
            directory.unlink()
        run_file = directory / RUN_FILE
        if directory.is_dir() and overwrite:
            cls._remove_run(directory)
        if directory.is_dir() and not run_file.exists() and any(directory.iterdir()):
            raise BadInputError(f"{directory} is a directory that geomap did not write (no {RUN_FILE}); "
                                "choose another -o, or empty it")
        directory.mkdir(parents=True, exist_ok=True)
        _clean_temporaries(directory)
        if run_file.exists():
            cls._check_settings(directory, run_file, settings)
        else:
            record = {"geomap_batch": _FORMAT_VERSION, "settings": asdict(settings),
                      "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
            write_atomic(run_file, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        done = {}
        for path in sorted(directory.glob(PART_GLOB)):
            number = part_number(path.name)
            if number is None:
                continue
            try:
                info = read_part_info(path)
            except (OSError, ValueError):  # not ours, or damaged outside geomap: redo it
                with contextlib.suppress(OSError):
                    path.unlink()
                continue
            done[number] = info
        return cls(directory, settings, done)

    @staticmethod
    def _remove_run(directory: Path) -> None:
        for path in [*directory.glob(PART_GLOB), *directory.glob(".part-*.tmp"),
                     directory / RUN_FILE, directory / REPORT_FILE]:
            with contextlib.suppress(FileNotFoundError):
                path.unlink() if not path.is_dir() else shutil.rmtree(path)

    @staticmethod
    def _check_settings(directory: Path, run_file: Path, settings: RunSettings) -> None:
        try:
            record = json.loads(run_file.read_text(encoding="utf-8"))
            earlier = RunSettings(**record["settings"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise BadInputError(f"{run_file} cannot be read ({exc}); pass --overwrite to start {directory} again") \
                from None
        old, new = earlier.binding(), settings.binding()
        changed = [f"{key} {old[key]!r} -> {new[key]!r}" for key in new if old.get(key) != new[key]]
        if changed:
            raise ResumeMismatchError(
                f"{directory} holds a run with other settings ({'; '.join(changed)}); to continue it, run the "
                f"same command as before (corpus {earlier.corpus}); to start again, pass --overwrite or choose "
                "another -o")

    def finished(self, partition: Partition) -> PartInfo | None:
        """The record of ``partition`` if an earlier run finished it (after checking it is the same documents)."""
        info = self.done.get(partition.number)
        if info is None:
            return None
        if info.digest != partition.digest or info.documents != len(partition):
            raise ResumeMismatchError(
                f"the corpus changed since {self.directory} was started: partition {partition.number} "
                f"({self.directory / part_name(partition.number)}) held documents {info.first_doc_id} .. "
                f"{info.last_doc_id}, the corpus now gives {partition.doc_ids[0]} .. {partition.doc_ids[-1]}; "
                "pass --overwrite to start again, or choose another -o")
        return info

    def check_extent(self, partitions: int) -> None:
        """After a full pass: parts beyond the corpus's end mean the corpus shrank since the run started."""
        beyond = sorted(n for n in self.done if n >= partitions and self.done[n].documents)
        if beyond:
            raise ResumeMismatchError(
                f"the corpus changed since {self.directory} was started: it now makes {partitions} partition(s), "
                f"but part {part_name(beyond[0])} exists; pass --overwrite to start again, or choose another -o")

    def write_report(self, report: dict[str, Any]) -> Path:
        path = self.directory / REPORT_FILE
        write_atomic(path, json.dumps(report, ensure_ascii=False, indent=2, default=str) + "\n")
        return path
