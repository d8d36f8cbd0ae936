"""The corpus path of ``geomap extract``: options, the test for "is this a corpus", and the run itself.

``geomap extract`` hands its input here when it is a corpus (a directory, a .jsonl/.csv/.tsv
file, gzipped too) or when a batch option (``--workers``, ``--dask`` ...) is given; a single
article stays on the command's own path.

>>> is_corpus(["news.jsonl"]), is_corpus(["article.txt"]), is_corpus(["a.txt", "b.txt"])
(True, False, False)
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from ..errors import BadInputError

__all__ = ["BATCH_OPTIONS", "batch_options", "extract_corpus", "is_corpus", "run_corpus"]

#: Names of the options that only a corpus run has (any of them makes ``geomap extract`` run a batch).
BATCH_OPTIONS = ("workers", "dask", "partition_size", "text_col", "id_col", "date_col", "lang_col", "gazetteer",
                 "overwrite", "progress")
_CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".tab")
_PARQUET_SUFFIXES = (".parquet", ".geoparquet", ".pq")


def is_corpus(sources: Sequence[str]) -> bool:
    """True when ``sources`` is one corpus: a directory, or a JSONL/CSV/TSV file (``.gz`` too)."""
    if len(sources) != 1 or sources[0] == "-":
        return False
    path = Path(sources[0])
    if path.is_dir():
        return True
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in _CORPUS_SUFFIXES


def _positive(ctx: click.Context, param: click.Parameter, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise click.BadParameter(f"{value} is not a positive number")
    return value


def batch_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add the corpus-run options to a click command (its function receives them as keyword arguments)."""
    options = [
        click.option("--workers", "-w", type=int, callback=_positive, metavar="N",
                     help="Corpus: worker processes (default: all cores; with --dask local, Dask workers)."),
        click.option("--dask", metavar="local|tcp://HOST:PORT",
                     help="Corpus: run on Dask: 'local' starts a LocalCluster here, an address uses a running "
                          "scheduler (pip install 'geomap[dask]')."),
        click.option("--partition-size", type=int, callback=_positive, metavar="N",
                     help="Corpus: documents per partition and part file (default: 200)."),
        click.option("--text-col", metavar="NAME", help="Corpus: field holding the article text (default: text)."),
        click.option("--id-col", metavar="NAME", help="Corpus: field holding the document id (default: id)."),
        click.option("--date-col", metavar="NAME",
                     help="Corpus: field holding the publication date (default: date)."),
        click.option("--lang-col", metavar="NAME", help="Corpus: field holding the language (default: lang)."),
        click.option("--gazetteer", "gazetteer", metavar="PATH",
                     help="Corpus: gazetteer index every worker opens (default: $GEOMAP_GAZETTEER or the "
                          "default index; on a Dask cluster, each worker's own)."),
        click.option("--overwrite", is_flag=True, default=None,
                     help="Corpus: start again instead of continuing an interrupted run in OUT."),
        click.option("--progress/--no-progress", default=None,
                     help="Corpus: show documents, events, rate and time left on stderr (default: on)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def wants_batch(sources: Sequence[str], options: dict[str, Any]) -> bool:
    """Whether ``geomap extract`` should run a batch: a corpus input, or any batch option given.

    >>> wants_batch(["a.txt"], {"workers": 2}), wants_batch(["a.txt"], {"workers": None})
    (True, False)
    """
    return is_corpus(sources) or any(options.get(name) is not None for name in BATCH_OPTIONS)


def _check_output(output: Path | None, source: str) -> Path:
    if output is None:
        raise BadInputError(f"a corpus run writes its events to a directory of GeoParquet parts: give -o, e.g. "
                            f"geomap extract {source} -o events.parquet")
    if output.suffix.lower() not in _PARQUET_SUFFIXES:
        raise BadInputError(
            f"-o {output}: a corpus run writes partitioned GeoParquet (a directory of part files, resumable); "
            f"name it like {output.with_suffix('.parquet')}. To get one {output.suffix or 'other'} file "
            "afterwards: geomap.io.write_events(geomap.io.read_events('events.parquet'), 'events.gpkg')")
    return output


class _EchoHandler(logging.Handler):
    """Warnings of the run (skipped rows, failed documents) as ``warning: ...`` lines on stderr."""

    def emit(self, record: logging.LogRecord) -> None:
        message = f"{record.levelname.lower()}: {record.getMessage()}"
        try:
            from tqdm import tqdm

            tqdm.write(message, file=sys.stderr)
        except ImportError:
            click.echo(message, err=True)


def run_corpus(sources: Sequence[str], output: Path | None, lang: str | None, date: dt.datetime | None,
               **options: Any) -> None:
    """Run ``geomap extract`` on a corpus (the options of :func:`batch_options`), reporting on stderr."""
    from .runner import run_batch

    if len(sources) != 1:
        raise click.UsageError("give one corpus (a directory, a .jsonl or a .csv file) with --workers/--dask; "
                               "several single articles are read without them")
    source = sources[0]
    if source == "-":
        raise BadInputError("a corpus run reads a file or a directory, not standard input (it must be read again "
                            "to resume): save it to a file first, e.g. corpus.jsonl")
    if not os.path.exists(source):
        raise BadInputError(f"{source}: no such file or directory")
    output = _check_output(output, source)
    handler = _EchoHandler(logging.WARNING)
    loggers = [logging.getLogger("geomap.batch"), logging.getLogger("geomap.io")]
    for logger in loggers:
        logger.addHandler(handler)
        logger.propagate = False
    columns = {f"{name}_col": options[f"{name}_col"] for name in ("text", "id", "date", "lang")
               if options.get(f"{name}_col")}
    try:
        result = run_batch(
            source, output, workers=options.get("workers"), dask=options.get("dask"),
            partition_size=options.get("partition_size") or 200, lang=lang,
            publication_date=date.date() if date else None, gazetteer=options.get("gazetteer"),
            overwrite=bool(options.get("overwrite")), progress=options.get("progress") is not False, **columns)
    except KeyboardInterrupt:
        click.echo(f"Interrupted. The partitions finished so far are in {output}; run the same command again "
                   "to continue from there.", err=True)
        sys.exit(130)
    finally:
        for logger in loggers:
            logger.removeHandler(handler)
            logger.propagate = True
    click.echo(f"Wrote {result.summary()}.", err=True)
    if result.worker_memory_mb:
        peak = max(result.worker_memory_mb.values())
        click.echo(f"{result.runner}; peak memory per worker {peak:.0f} MB.", err=True)
    click.echo(str(result.output))


@click.command("extract", epilog=(
    "Examples:\n\n"
    "  geomap extract news.jsonl -o events.parquet\n\n"
    "  geomap extract articles/ -o events.parquet --workers 8\n\n"
    "  geomap extract feed.csv --text-col body -o events.parquet --dask tcp://10.0.0.5:8786"
))
@click.argument("corpus", metavar="CORPUS")
@click.option("--output", "-o", type=click.Path(path_type=Path), metavar="OUT.parquet",
              help="Directory of GeoParquet parts to write (resumable).")
@click.option("--lang", "-l", metavar="L", help="Language of articles that do not give theirs (default: detected).")
@click.option("--date", "-d", "date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Publication date of articles that do not give theirs (default: read from the text).")
@batch_options
def extract_corpus(corpus: str, output: Path | None, lang: str | None, date: dt.datetime | None,
                   **options: Any) -> None:
    """The events of every article of CORPUS (a directory, a .jsonl or .csv file) into OUT.parquet/.

    Runs on all cores (or --workers N, or --dask), shows progress on stderr, and continues where
    it stopped when run again after an interruption.
    """
    run_corpus([corpus], output, lang, date, **options)


def main(args: list[str] | None = None) -> None:
    """``python -m geomap.batch``: the corpus command on its own."""
    from gazetteer.cli import run_cli

    run_cli(extract_corpus, args, prog_name="geomap extract")  # type: ignore[arg-type]
