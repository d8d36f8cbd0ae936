"""``geomap read SOURCE``: what geomap reads from an article, before any geoparsing.

A file (text or HTML), an http(s) URL (downloaded because it was given) or ``-`` for
standard input. Prints the metadata geomap will work with (title, date, outlet, language,
doc_id, words) and the main text; ``--json`` prints the same as one JSON object.
What the source does not say is read from the text the way ``extract`` reads it (the
language detected, the date and outlet of the dateline) and listed under ``inferred``.

>>> from click.testing import CliRunner
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = path.write_text("GOMA, 7 June 2024 (AFP) -- Heavy rain flooded the market of Goma on Friday.")
>>> result = CliRunner().invoke(read_cmd, [str(path)])
>>> print("\\n".join(result.output.splitlines()[:5]))
date      2024-06-07  (read from the text)
outlet    AFP  (read from the text)
lang      en  (detected)
doc_id    b3ab380dc37c521b
words     15
"""

from __future__ import annotations

import json
from typing import Any

import click

from .io import Article

__all__ = ["article_record", "read_cmd", "read_source"]

#: What each inferred field's line says.
_HOW = {"lang": "detected", "publication_date": "read from the text", "source": "read from the text"}


def read_source(source: str, timeout: float = 30.0) -> Article:
    """The article at ``source``: ``-`` (standard input), an http(s) URL, else a file path (never text itself)."""
    from .io import read
    from .io.fetch import is_url

    if source == "-":
        return read(source, kind="stdin")
    if is_url(source):
        return read(source.strip(), kind="url", timeout=timeout)
    return read(source, kind="file")


def _fill_in(article: Article) -> tuple[Article, list[str]]:
    """``article`` with the language, date and outlet the text gives where the source gave none."""
    text = article.text
    if not text.strip():
        return article, []
    changes: dict[str, Any] = {}
    if not article.lang:
        from .text.language import UNDETERMINED, detect

        lang = detect(text)
        if lang != UNDETERMINED:
            changes["lang"] = lang
    pack_lang = changes.get("lang") or article.lang or ""
    if article.publication_date is None:
        from .events.dates import publication_date
        from .text.packs import get_pack

        date = publication_date(text, get_pack(pack_lang))
        if date is not None:
            changes["publication_date"] = date
    if not article.source:
        from .events.article import outlets_in

        outlets = outlets_in(text)
        if outlets:
            changes["source"] = outlets[0]
    return (article.with_(**changes) if changes else article), list(changes)


def article_record(article: Article, inferred: list[str] | tuple[str, ...] = ()) -> dict[str, Any]:
    """The article as a JSON-ready dict: metadata, ``words``, ``inferred`` fields, ``warnings`` and ``text``.

    >>> article_record(Article("Rain in Goma.", title="Rain"))["words"]
    3
    """
    return {
        "title": article.title,
        "publication_date": article.publication_date.isoformat() if article.publication_date else None,
        "source": article.source,
        "lang": article.lang,
        "doc_id": article.doc_id,
        "words": article.words,
        "url": article.url,
        "path": article.path,
        "encoding": article.encoding,
        "inferred": list(inferred),
        "warnings": list(article.warnings),
        "text": article.text,
    }


def _print_article(article: Article, inferred: list[str], show_text: bool) -> None:
    date = article.publication_date.isoformat() if article.publication_date else ""
    rows = [("title", article.title, ""), ("date", date, "publication_date"), ("outlet", article.source, "source"),
            ("lang", article.lang or "", "lang"), ("doc_id", article.doc_id, ""), ("words", str(article.words), ""),
            ("url", article.url, ""), ("path", article.path, ""),
            ("encoding", article.encoding if article.encoding != "utf-8" else "", "")]
    for label, value, field in rows:
        if value:
            how = f"  ({_HOW[field]})" if field in inferred else ""
            click.echo(f"{label:<9} {' '.join(value.split())}{how}")
    for warning in article.warnings:
        click.echo(f"warning: {warning}", err=True)
    if show_text:
        click.echo()
        click.echo(article.text.strip("\n") if article.text.strip() else "(no text)")


@click.command("read", epilog=(
    "Examples:\n\n"
    "  geomap read examples/articles/bentrok_papua_id.txt\n\n"
    "  geomap read saved_page.html --json\n\n"
    "  geomap read https://example.org/news/1      # downloaded now, because you asked\n\n"
    "  curl -s https://example.org/news/1 | geomap read -"
))
@click.argument("source", metavar="SOURCE")
@click.option("--json", "as_json", is_flag=True, help="Print the metadata and the text as one JSON object.")
@click.option("--no-text", "no_text", is_flag=True, help="Print the metadata only.")
@click.option("--timeout", type=click.FloatRange(min=1), default=30.0, show_default=True, metavar="SECONDS",
              help="How long to wait for a URL.")
def read_cmd(source: str, as_json: bool, no_text: bool, timeout: float) -> None:
    """What geomap reads from an article: title, date, outlet, language, doc_id, words and main text.

    SOURCE is a text or HTML file, an http(s) URL (downloaded only because you give it), or -
    for standard input. HTML gives its main text (menus, comments and footers left out) and
    the page's metadata; what the source does not say is read from the text, as extract does.
    """
    article, inferred = _fill_in(read_source(source, timeout=timeout))
    if as_json:
        record = article_record(article, inferred)
        if no_text:
            del record["text"]
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    _print_article(article, inferred, show_text=not no_text)
