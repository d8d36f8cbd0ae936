"""Many articles, streamed: a directory of text/HTML files, a JSONL or CSV file (gzipped too), or stdin.

Rows that cannot be read are skipped and reported with their line numbers in
:attr:`Corpus.report` (and logged on the ``geomap.io`` logger); the rest are read. Articles
come one at a time, so memory stays bounded whatever the corpus size.

>>> import json, tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "news.jsonl"
>>> rows = [{"id": "a1", "text": "Clashes near Bakhmut.", "date": "2023-05-02"}, "not an object",
...         {"id": "a2", "text": "Protest in Yerevan."}]
>>> _ = path.write_text("\\n".join(json.dumps(r) for r in rows) + "\\n{broken\\n")
>>> corpus = iter_articles(path)
>>> corpus.count()
4
>>> [a.doc_id for a in corpus]
['a1', 'a2']
>>> [(p.line, p.message) for p in corpus.report.problems]
[(2, 'the row is a str, not a JSON object'), (4, 'not valid JSON: Expecting property name enclosed in double quotes')]
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..errors import BadInputError
from .article import Article
from .read import STDIN
from .reader import HTML_SUFFIXES, TEXT_SUFFIXES, from_bytes
from .report import ReadReport
from .rows import Columns, row_article
from .streams import PeekedStream, open_binary, stream_encoding

__all__ = ["CORPUS_FORMATS", "Corpus", "iter_articles"]

#: Corpus formats and the file endings that select them (``.gz`` may follow any).
CORPUS_FORMATS = {"jsonl": (".jsonl", ".ndjson", ".json"), "csv": (".csv",), "tsv": (".tsv", ".tab"),
                  "text": tuple(sorted((TEXT_SUFFIXES | HTML_SUFFIXES) - {""}))}
#: Files a directory corpus reads.
ARTICLE_SUFFIXES = frozenset((TEXT_SUFFIXES | HTML_SUFFIXES) - {""})
#: Longest CSV field accepted (Python's default, 128 KB, is shorter than some articles).
CSV_FIELD_LIMIT = 64 * 1024 * 1024


def _format_of(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    suffix = suffixes[-1] if suffixes else ""
    for name, endings in CORPUS_FORMATS.items():
        if suffix in endings:
            return name
    if suffix == "":
        return "text"
    raise BadInputError(f"{path}: cannot tell the corpus format from {suffix!r}; use a directory, a .jsonl or "
                        ".csv file (gzipped too), or pass format='jsonl' / 'csv' / 'tsv' / 'text'")


class Corpus:
    """The articles of a corpus; iterate it (again and again, except stdin), ``count()`` it cheaply.

    Made by :func:`iter_articles`. :attr:`report` holds the counts and problems of the
    latest pass.
    """

    def __init__(self, source: str | os.PathLike[str], *, format: str | None = None, columns: Columns | None = None,
                 recursive: bool = True, delimiter: str | None = None) -> None:
        self.source = source
        self.columns = columns or Columns()
        self.recursive = recursive
        self.report = ReadReport()
        self._stdin = str(source) == STDIN
        if format is not None and format not in CORPUS_FORMATS:
            raise BadInputError(f"format={format!r} is not one of {', '.join(CORPUS_FORMATS)}")
        if self._stdin:
            self.path = None
            self.format = format
        else:
            self.path = Path(source)
            if not self.path.exists():
                raise BadInputError(f"{self.path}: no such file or directory; give a directory of .txt/.html files, "
                                    "a .jsonl or .csv file, or - for standard input")
            self.format = "dir" if self.path.is_dir() else (format or _format_of(self.path))
        self.delimiter = delimiter
        self._iterator: Iterator[Article] | None = None

    def __repr__(self) -> str:
        return f"Corpus({str(self.source)!r}, format={self.format!r})"

    # -- iteration ---------------------------------------------------------------------------------

    def __iter__(self) -> Iterator[Article]:
        """A fresh pass over the corpus (resets :attr:`report`)."""
        self.report = ReadReport()
        return self._count_articles(self._articles())

    def __next__(self) -> Article:
        if self._iterator is None:
            self._iterator = iter(self)
        return next(self._iterator)

    def _count_articles(self, articles: Iterator[Article]) -> Iterator[Article]:
        for article in articles:
            self.report.articles += 1
            yield article

    def _articles(self) -> Iterator[Article]:
        if self.format == "dir":
            yield from self._directory()
            return
        if self._stdin:
            stream = PeekedStream(sys.stdin.buffer)
            fmt = self.format or self._sniff(stream)
            yield from self._stream(io.BufferedReader(stream, 1024 * 1024), "standard input", fmt)
            return
        assert self.path is not None
        if self.format == "text":
            article = self._file(self.path)
            if article is not None:
                yield article
            return
        with open_binary(self.path) as handle:
            yield from self._stream(handle, str(self.path), self.format or "jsonl")

    def _sniff(self, stream: PeekedStream) -> str:
        first = stream.peek_line().lstrip(b"\xef\xbb\xbf")
        if first.startswith(b"{"):
            return "jsonl"
        header = first.decode("utf-8", errors="replace").strip()
        for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
            if self.columns.text in next(csv.reader([header], delimiter=delimiter), []):
                return fmt
        return "text"

    def _stream(self, handle: BinaryIO, name: str, fmt: str) -> Iterator[Article]:
        if fmt == "jsonl":
            yield from self._jsonl(handle, name)
        elif fmt in ("csv", "tsv"):
            yield from self._csv(handle, name, self.delimiter or ("\t" if fmt == "tsv" else ","))
        else:
            article = from_bytes(handle.read(), name, html=None, path="" if name == "standard input" else name)
            if article.text.strip():
                yield article
            else:
                self.report.add(name, 0, "no text")

    def _directory(self) -> Iterator[Article]:
        for path in self._files():
            article = self._file(path)
            if article is not None:
                yield article

    def _files(self) -> Iterator[Path]:
        assert self.path is not None
        if not self.recursive:
            yield from sorted(p for p in self.path.iterdir()
                              if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))
            return
        for root, dirs, files in os.walk(self.path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                if not name.startswith(".") and Path(name).suffix.lower() in ARTICLE_SUFFIXES:
                    yield Path(root) / name

    def _file(self, path: Path) -> Article | None:
        try:
            data = path.read_bytes()
            article = from_bytes(data, str(path), html=True if path.suffix.lower() in HTML_SUFFIXES else None,
                                  path=str(path))
        except OSError as exc:
            self.report.add(str(path), 0, f"cannot read: {exc.strerror or exc}")
            return None
        except BadInputError as exc:
            self.report.add(str(path), 0, str(exc).removeprefix(f"{path} "))
            return None
        if not article.text.strip():
            self.report.add(str(path), 0, "no text")
            return None
        for warning in article.warnings:
            self.report.add(str(path), 0, warning.removeprefix(f"{path} "), skipped=False)
        return article

    def _jsonl(self, handle: BinaryIO, name: str) -> Iterator[Article]:
        encoding = None
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            if number == 1:
                raw = raw.removeprefix(b"\xef\xbb\xbf")
                if raw.lstrip().startswith(b"["):
                    raise BadInputError(f"{name} holds one JSON array, not JSON Lines; convert it with "
                                        f"jq -c '.[]' {name} > corpus.jsonl")
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                encoding = encoding or stream_encoding(raw).replace("utf-8-sig", "utf-8")
                line = raw.decode(encoding, errors="replace")
                self.report.add(name, number, f"not UTF-8; decoded as {encoding}" +
                                (" with undecodable bytes replaced" if "\ufffd" in line else ""), skipped=False)
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                self.report.add(name, number, f"not valid JSON: {exc.msg}")
                continue
            if not isinstance(row, dict):
                self.report.add(name, number, f"the row is a {type(row).__name__}, not a JSON object")
                continue
            yield from self._row(row, name, number)

    def _row(self, row: dict[str, object], name: str, number: int) -> Iterator[Article]:
        article, problems = row_article(row, self.columns, where=f"{name}:{number}")
        for problem in problems:
            self.report.add(name, number, problem, skipped=article is None)
        if article is not None:
            yield article

    def _csv(self, handle: BinaryIO, name: str, delimiter: str) -> Iterator[Article]:
        csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
        buffered = handle if hasattr(handle, "peek") else io.BufferedReader(handle)  # type: ignore[arg-type]
        encoding = stream_encoding(buffered.peek(1024 * 1024))  # type: ignore[union-attr]
        text = io.TextIOWrapper(buffered, encoding=encoding, errors="replace", newline="")  # type: ignore[arg-type]
        if encoding != "utf-8-sig":
            self.report.add(name, 0, f"not UTF-8; decoded as {encoding}", skipped=False)
        reader = csv.reader(text, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise BadInputError(f"{name}: cannot read the CSV header ({exc}); check the file is CSV") from None
        header = [h.strip() for h in header]
        if self.columns.text not in header:
            raise BadInputError(f"{name} has no {self.columns.text!r} column (columns: {', '.join(header[:20])}); "
                                "name the text column with text_col= (--text-col on the command line)")
        line = reader.line_num
        while True:
            start = line + 1
            try:
                record = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                line = reader.line_num
                self.report.add(name, start, f"not valid CSV: {exc}")
                continue
            line = reader.line_num
            if not record or all(not field.strip() for field in record):
                continue
            if len(record) != len(header):
                self.report.add(name, start, f"has {len(record)} fields, the header has {len(header)}")
                continue
            if any("\ufffd" in field for field in record):
                self.report.add(name, start, f"undecodable bytes replaced with U+FFFD (read as {encoding})",
                                skipped=False)
            yield from self._row(dict(zip(header, record)), name, start)

    # -- counting ----------------------------------------------------------------------------------

    def count(self) -> int | None:
        """How many articles a pass will give at most (files, or non-blank rows): a quick scan, no parsing.

        Standard input cannot be counted in advance: None.
        """
        if self._stdin:
            return None
        if self.format == "dir":
            return sum(1 for _ in self._files())
        if self.format == "text":
            return 1
        assert self.path is not None
        with open_binary(self.path) as handle:
            if self.format == "jsonl":
                return sum(1 for raw in handle if raw.strip())
            text = io.TextIOWrapper(handle, encoding="latin-1", newline="")  # any bytes; only quotes matter
            csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
            delimiter = self.delimiter or ("\t" if self.format == "tsv" else ",")
            rows = 0
            reader = csv.reader(text, delimiter=delimiter)
            while True:
                try:
                    record = next(reader)
                except StopIteration:
                    break
                except csv.Error:
                    rows += 1
                    continue
                rows += any(field.strip() for field in record)
            return max(rows - 1, 0)


def iter_articles(
    source: str | os.PathLike[str],
    *,
    text_col: str = "text",
    date_col: str = "date",
    url_col: str = "url",
    id_col: str = "id",
    title_col: str = "title",
    lang_col: str = "lang",
    source_col: str = "source",
    format: str | None = None,
    recursive: bool = True,
    delimiter: str | None = None,
) -> Corpus:
    """The articles of a corpus, one at a time: a :class:`Corpus` to iterate, ``count()`` and check.

    ``source`` is a directory (its ``.txt``/``.html`` files, sorted, in subdirectories too
    unless ``recursive=False``), a JSONL or CSV/TSV file (``.gz`` too), a single article file,
    or ``"-"`` for standard input (JSONL, CSV with a ``text_col`` column, or one plain article).
    The ``*_col`` names say which field holds the text, publication date, URL, id, title,
    language and outlet. ``format`` (``jsonl``, ``csv``, ``tsv``, ``text``) overrides the
    guess from the file name. Rows without text, broken JSON or CSV records are skipped and
    listed with line numbers in ``corpus.report``.
    """
    columns = Columns(text_col, date_col, url_col, id_col, title_col, lang_col, source_col)
    return Corpus(source, format=format, columns=columns, recursive=recursive, delimiter=delimiter)
