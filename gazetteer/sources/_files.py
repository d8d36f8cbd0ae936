"""Reading the packaged data files: gzip-compressed TSVs and CSVs with a fixed header."""

from __future__ import annotations

import csv
import gzip
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path

from ..errors import BadInputError

__all__ = ["csv_reader", "read_tsv_gz"]


def read_tsv_gz(name: str, columns: Sequence[str], path: Path | None = None) -> list[list[str]]:
    """The data rows of ``gazetteer/data/<name>`` (or ``path``), after checking the header row."""
    if path is None:
        with (files("gazetteer") / "data" / name).open("rb") as raw:
            data = gzip.decompress(raw.read())
    else:
        data = gzip.decompress(Path(path).read_bytes())
    lines = data.decode("utf-8").splitlines()
    header = tuple(lines[0].split("\t"))
    if header != tuple(columns):
        raise ValueError(f"unexpected {name} columns: {header}")
    return [line.split("\t") for line in lines[1:] if line]


def csv_reader(handle, columns: Sequence[str], where: str) -> csv.DictReader:  # type: ignore[no-untyped-def]
    """A ``DictReader`` over ``handle`` whose header must name exactly ``columns`` (in any order)."""
    reader = csv.DictReader(handle, restval="")
    header = [column.strip() for column in (reader.fieldnames or [])]
    missing = [column for column in columns if column not in header]
    unknown = [column for column in header if column not in columns]
    if missing or unknown:
        raise BadInputError(
            f"{where}: line 1: the header must be {','.join(columns)}"
            + (f"; missing: {', '.join(missing)}" if missing else "")
            + (f"; unknown: {', '.join(unknown)}" if unknown else "")
        )
    reader.fieldnames = header
    return reader
