"""The ``geomap`` command line."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from gazetteer.cli import gazetteer_cli, run_cli

from . import __version__
from .batch.cli import batch_options, run_corpus, wants_batch
from .cli_read import read_cmd

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator

    import geopandas as gpd
    import pandas as pd

    from .io import Article

__all__ = ["cli", "default_map_path", "main"]

T = TypeVar("T")

_LANG_HELP = "Language of the article(s), an ISO 639-1 code like en or id (default: detected)."
_DATE_HELP = "Publication date, YYYY-MM-DD: anchors 'last year'-style references (default: none)."


@click.group(
    epilog=(
        "Examples:\n\n"
        "  geomap map examples/articles/shelling_kharkiv_en.txt\n\n"
        "  geomap read https://example.org/news/1\n\n"
        "  geomap places article.txt --json\n\n"
        "  geomap gazetteer search Tərtər"
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="geomap")
def cli() -> None:
    """geomap: places and events from news articles, on maps. Offline."""


cli.add_command(gazetteer_cli)
cli.add_command(read_cmd)


# -- helpers ---------------------------------------------------------------------------------------

_LANG = re.compile(r"[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?")


def _check_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not _LANG.fullmatch(value.strip()):
        raise click.BadParameter(f"{value!r} is not a language code: give an ISO 639-1 code like en, id or uk")
    return value.strip() if value else None


def _read(source: str) -> Article:
    """Read one article (a text or HTML file, a URL, or - for stdin), echoing its warnings on stderr.

    An HTML page gives its main text, and its language and publication date when it states them.
    """
    from .cli_read import read_source

    article = read_source(source)
    for warning in article.warnings:
        click.echo(f"warning: {warning}", err=True)
    return article


def _announce_gazetteer_build() -> None:
    """The first run builds the default gazetteer (Gazetteer() does it); say so, as it takes a while."""
    from gazetteer.paths import default_index_path

    path = default_index_path()
    if not path.exists():
        click.echo(f"No gazetteer at {path} yet: building the default one from installed data "
                   "(about 30 s, once; nothing downloaded) ...", err=True)


def _geoparse(text: str, lang: str | None, date: dt.datetime | None, doc_id: str,
              published: dt.date | None = None) -> pd.DataFrame:
    from .pipeline import geoparse

    return geoparse(text, lang=lang, publication_date=date.date() if date else published, doc_id=doc_id)


def _width(text: str) -> int:
    """Columns ``text`` takes in a terminal (wide East Asian characters take two, combining marks none)."""
    return sum(0 if unicodedata.combining(ch) else 2 if unicodedata.east_asian_width(ch) in "WF" else 1
               for ch in text)


def _cell(value: object, kind: str = "") -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    if kind == "coord":
        return f"{float(value):.4f}"  # type: ignore[arg-type]
    if kind == "score":
        return f"{float(value):.2f}"  # type: ignore[arg-type]
    return " ".join(str(value).split())


_TABLE = (("surface", "surface", ""), ("role", "role", ""), ("name", "name", ""), ("feature", "feature", ""),
          ("country", "country", ""), ("lat", "latitude", "coord"), ("lon", "longitude", "coord"),
          ("score", "score", "score"))


def _table_rows(frame: pd.DataFrame, layout: tuple[tuple[str, str, str], ...]) -> Iterator[list[str]]:
    yield [header for header, _, _ in layout]
    kinds = [kind for _, _, kind in layout]
    for values in frame[[col for _, col, _ in layout]].itertuples(index=False, name=None):
        yield [_cell(value, kind) for value, kind in zip(values, kinds)]


def _print_table(frame: pd.DataFrame) -> None:
    _print_rows(frame, _TABLE)


def _print_rows(frame: pd.DataFrame, layout: tuple[tuple[str, str, str], ...]) -> None:
    """Aligned columns; rows are formatted twice (widths, then lines) so memory does not grow with the table."""
    widths = [0] * len(layout)
    for row in _table_rows(frame, layout):
        widths = [max(w, _width(c)) for w, c in zip(widths, row)]
    numeric = [kind in ("coord", "score") for _, _, kind in layout]
    for row in _table_rows(frame, layout):
        cells = [" " * (w - _width(c)) + c if right else c + " " * (w - _width(c))
                 for c, w, right in zip(row, widths, numeric)]
        click.echo("  ".join(cells).rstrip())


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def _safe_stem(source: str) -> str:
    stem = "stdin" if source == "-" else Path(source).stem
    stem = _UNSAFE.sub("_", stem).strip("._-")
    return stem[:80] or "map"


def default_map_path(sources: list[str] | tuple[str, ...], directory: Path | None = None) -> Path:
    """``outputs/<first input's stem>[_and_N_more].html``, the name made of [A-Za-z0-9._-] only.

    >>> default_map_path(["../../evil name.txt"], Path("outputs")).as_posix()
    'outputs/evil_name.html'
    >>> default_map_path(["a.txt", "b.txt", "c.txt"], Path("outputs")).as_posix()
    'outputs/a_and_2_more.html'
    """
    stem = _safe_stem(sources[0])
    if len(sources) > 1:
        stem += f"_and_{len(sources) - 1}_more"
    return (directory if directory is not None else Path.cwd() / "outputs") / f"{stem}.html"


def _source_label(source: str) -> str:
    return "stdin" if source == "-" else Path(source).name


# -- commands --------------------------------------------------------------------------------------

@cli.command(epilog="Examples:\n\n  geomap places article.txt\n\n  cat article.txt | geomap places - --lang id --json")
@click.argument("file", metavar="FILE")
@click.option("--lang", "-l", metavar="L", callback=_check_lang, help=_LANG_HELP)
@click.option("--date", "-d", "date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help=_DATE_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print every column as one JSON array of records.")
def places(file: str, lang: str | None, date: dt.datetime | None, as_json: bool) -> None:
    """The places an article names: role, resolved place, coordinates, score.

    FILE is a text or HTML file, an http(s) URL, or - for standard input.
    """
    article = _read(file)
    _announce_gazetteer_build()
    frame = _geoparse(article.text, lang or article.lang, date, doc_id=_source_label(file),
                      published=article.publication_date)
    if as_json:
        records = json.loads(frame.to_json(orient="records", force_ascii=False))  # NaN -> null
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
        return
    if frame.empty:
        click.echo("No places found.", err=True)
        return
    _print_table(frame)


def _extract_all(articles: tuple[str, ...], lang: str | None, date: dt.datetime | None
                 ) -> tuple[gpd.GeoDataFrame, dict[str, Article]]:
    """The events of every article in one table, and the articles by doc_id (the file's name)."""
    import pandas as pd

    from .events import extract as extract_events

    texts: dict[str, Article] = {}
    for source in articles:  # read everything first: a missing file fails before any slow work
        label = _source_label(source)
        texts[label if label not in texts else f"{label}#{len(texts) + 1}"] = _read(source)
    _announce_gazetteer_build()
    frames = [extract_events(article, lang=lang, publication_date=date.date() if date else None, doc_id=doc_id)
              for doc_id, article in _progress(texts.items(), len(texts))]
    return (pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]), texts


def _progress(items: Iterable[T], total: int) -> Iterable[T]:
    """``items`` with a progress bar on stderr when there are several articles (see :mod:`geomap.progress`)."""
    from .progress import progress

    return progress(items, total=total, desc="articles", unit="article")


_EVENT_TABLE = (("date", "event_date", ""), ("type", "sub_event_type", ""), ("location", "location", ""),
                ("precision", "geo_precision", ""), ("fatalities", "fatalities", ""), ("actor1", "actor1", ""),
                ("confidence", "confidence", "score"))


@cli.command(epilog=(
    "Examples:\n\n"
    "  geomap extract examples/articles/bentrok_papua_id.txt\n\n"
    "  geomap extract a.txt b.txt -o outputs/events.gpkg\n\n"
    "  geomap extract article.txt --json\n\n"
    "  geomap extract news.jsonl -o events.parquet --workers 4"
))
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option("--output", "-o", type=click.Path(path_type=Path),
              help="Write the events to OUT.geojson, .gpkg, .parquet or .csv instead of printing them "
                   "(a corpus: to the directory OUT.parquet).")
@click.option("--lang", "-l", metavar="L", callback=_check_lang, help=_LANG_HELP)
@click.option("--date", "-d", "date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help="Publication date, YYYY-MM-DD: anchors 'yesterday'-style dates (default: read from the text).")
@click.option("--json", "as_json", is_flag=True, help="Print every column as one JSON array of records.")
@batch_options
def extract(articles: tuple[str, ...], output: Path | None, lang: str | None, date: dt.datetime | None,
            as_json: bool, **batch: Any) -> None:
    """The events articles report: what, where, when, who, how many, and who says so.

    Each ARTICLE is a text or HTML file, a URL, or - for standard input. Prints a table, or with
    -o writes every column of the event table (ACLED's names) to a file. A corpus (a directory,
    a .jsonl or .csv file) is read on all cores into OUT.parquet/, resumably (docs/scale.md).
    """
    if wants_batch(articles, batch):
        if as_json:
            raise click.UsageError("--json prints one article's events; a corpus is written with -o OUT.parquet")
        run_corpus(articles, output, lang, date, **batch)
        return
    if articles.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    table, texts = _extract_all(articles, lang, date)
    if output is not None:
        from .io import write_events

        path = write_events(table, output)
        click.echo(f"Wrote {len(table)} event(s) from {len(texts)} article(s) to {path}.", err=True)
        return
    if as_json:
        _echo_events_json(table)
        return
    if table.empty:
        click.echo("No events found.", err=True)
        return
    _print_rows(table, _EVENT_TABLE)


def _echo_events_json(table: gpd.GeoDataFrame) -> None:
    """Every column but the geometry as a JSON array of records; dates as YYYY-MM-DD, as the schema has them."""
    import pandas as pd

    frame = pd.DataFrame(table.drop(columns="geometry"))
    frame["event_date"] = [d.isoformat() if hasattr(d, "isoformat") else None for d in frame["event_date"]]
    records = json.loads(frame.to_json(orient="records", force_ascii=False, date_format="iso"))
    click.echo(json.dumps(records, ensure_ascii=False, indent=2))


@cli.command("map", epilog=(
    "Examples:\n\n"
    "  geomap map examples/articles/shelling_kharkiv_en.txt\n\n"
    "  geomap map a.txt b.txt -o outputs/clashes.html --title 'Clashes, May 2024' --offline\n\n"
    "  geomap map events.geojson --offline        # an event table (GeoJSON, GeoPackage, GeoParquet, CSV)"
))
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (default: outputs/<first article's name>.html).")
@click.option("--lang", "-l", metavar="L", callback=_check_lang, help=_LANG_HELP)
@click.option("--date", "-d", "date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="YYYY-MM-DD",
              help=_DATE_HELP)
@click.option("--title", "-t", help="Title shown on the map (default: the article names).")
@click.option("--offline", is_flag=True,
              help="Write a self-contained page (scripts inlined, built-in country outlines): works without network.")
@click.option("--basemap", "basemaps", multiple=True, metavar="PROVIDER",
              help="Base map(s) to offer, xyzservices names like OpenStreetMap.Mapnik (repeat; the first is shown).")
def map_cmd(articles: tuple[str, ...], output: Path | None, lang: str | None, date: dt.datetime | None,
            title: str | None, offline: bool, basemaps: tuple[str, ...]) -> None:
    """Map the events articles report: one HTML page (Leaflet), all articles on one map.

    Each ARTICLE is a text or HTML file, or - for standard input: its events are extracted
    (what, where, when, who, how many, who says so) and drawn by type, sized by fatalities,
    with a time slider, clusters, a heat map and a list; an event only known at a region's
    centre is drawn as a translucent area, not a pin. Event tables (.geojson, .gpkg,
    .parquet, .csv with the event columns, e.g. an ACLED export) are drawn the same way.
    """
    from .maps.tables import is_event_table

    if articles.count("-") > 1:
        raise click.UsageError("standard input (-) can be read only once")
    tables = [a for a in articles if is_event_table(a)]
    if tables:
        if len(tables) != len(articles):
            raise click.UsageError("give either event tables (.geojson, .gpkg, .parquet, .csv) or articles, not both")
        _map_tables(tables, output, title, offline, basemaps)
        return
    table, texts = _extract_all(articles, lang, date)
    _draw(table, output if output is not None else default_map_path(articles),
          title or _default_title(list(texts)), offline, basemaps, f"{len(texts)} article(s)")


def _default_title(names: list[str]) -> str:
    names = list(dict.fromkeys(names))
    return names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more"


def _map_tables(tables: list[str], output: Path | None, title: str | None, offline: bool,
                basemaps: tuple[str, ...]) -> None:
    """``geomap map`` of event tables: read, concatenate, draw the event map."""
    import pandas as pd

    from .maps.tables import read_event_table

    frames = [read_event_table(path) for path in tables]
    table = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    _draw(table, output if output is not None else default_map_path(tables),
          title or _default_title([Path(t).name for t in tables]), offline, basemaps, f"{len(tables)} table(s)")


def _draw(table: pd.DataFrame, path: Path, title: str, offline: bool, basemaps: tuple[str, ...], inputs: str) -> None:
    """Draw an event table as the event map, write it atomically, say what is on it."""
    from .maps import event_map, save_map
    from .maps.basemaps import DEFAULT_BASEMAPS
    from .maps.event_layer import EventLayer

    fmap = event_map(table, title=title, offline=offline, basemaps=basemaps or DEFAULT_BASEMAPS)
    path = save_map(fmap, path)
    layer = next(child for child in fmap._children.values() if isinstance(child, EventLayer))
    click.echo(f"Wrote {path}: {layer.data.n} event(s) from {inputs}"
               f"{' (self-contained, works offline)' if offline else ''}.", err=True)
    if layer.data.dropped:
        click.echo(f"warning: {layer.data.dropped} event(s) without coordinates are not on the map.", err=True)
    if not layer.data.n:
        click.echo("warning: no event was found; the map is empty.", err=True)
    click.echo(str(path))


def main(args: list[str] | None = None) -> None:
    """Console-script entry point."""
    run_cli(cli, args, prog_name="geomap")


if __name__ == "__main__":
    main()
