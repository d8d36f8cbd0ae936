"""``read``: one article from a string, a text or HTML file, a URL or standard input.

>>> from geomap.io.article import text_id
>>> article = read("Shelling damaged a bridge near Kupiansk on Sunday.", publication_date="2024-05-12")
>>> article.publication_date, article.doc_id == text_id(article.text)
(datetime.date(2024, 5, 12), True)
"""

from __future__ import annotations

import datetime as dt
import os
import urllib.parse
from pathlib import Path

from ..errors import BadInputError
from .article import Article
from .decode import declared_charset, decode_bytes, looks_binary
from .fetch import fetch_url, is_url
from .html import extract_html, looks_like_html
from .read import STDIN, read_bytes

__all__ = ["HTML_SUFFIXES", "TEXT_SUFFIXES", "from_bytes", "parse_date", "read"]

#: File name endings read as plain text (any other ending is read as text too, unless refused below).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".rst", ""})
#: File name endings read as HTML pages.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"})
_CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".tsv", ".json", ".gz"})
_BINARY_SUFFIXES = {".pdf": "pdftotext FILE.pdf FILE.txt", ".docx": "pandoc FILE.docx -t plain -o FILE.txt",
                    ".doc": "antiword FILE.doc > FILE.txt", ".odt": "pandoc FILE.odt -t plain -o FILE.txt",
                    ".rtf": "pandoc FILE.rtf -t plain -o FILE.txt"}
_KINDS = ("text", "html", "file", "url", "stdin")


def parse_date(value: object) -> dt.date | None:
    """A date from a date, datetime, pandas Timestamp or date string (ISO 8601 and common forms).

    >>> parse_date("2024-03-05T10:00:00Z"), parse_date("20240305"), parse_date("5 March 2024")
    (datetime.date(2024, 3, 5), datetime.date(2024, 3, 5), datetime.date(2024, 3, 5))
    >>> parse_date("") is None
    True
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp (NaT has no valid date)
        return None if value != value else value.to_pydatetime().date()
    if isinstance(value, float) and value != value:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    if text.isdigit() and len(text) in (8, 12, 14):  # 20240305, GDELT's 20240305101500
        try:
            return dt.datetime.strptime(text[:8], "%Y%m%d").date()
        except ValueError:
            pass
    from dateutil import parser

    try:
        return parser.parse(text, dayfirst=True, default=dt.datetime(1900, 1, 1)).date()
    except (ValueError, OverflowError):
        raise BadInputError(f"{text!r} is not a date; write dates as YYYY-MM-DD") from None


def _check_path(path: Path) -> None:
    suffix = path.suffix.lower()
    if suffix in _BINARY_SUFFIXES:
        raise BadInputError(f"{path}: geomap reads text and HTML files, not {suffix}; convert it first, e.g. "
                            f"{_BINARY_SUFFIXES[suffix]}")
    if suffix in _CORPUS_SUFFIXES:
        raise BadInputError(f"{path} looks like a corpus of many articles; read it with geomap.io.iter_articles "
                            f"(or `geomap extract {path}`), or give one article's text file")


def from_bytes(data: bytes, name: str, *, html: bool | None, url: str = "", charset: str | None = None,
               path: str = "") -> Article:
    """The article in ``data``, a text or HTML document (``html=None``: tell from its start) called ``name``."""
    if looks_binary(data):
        raise BadInputError(f"{name} is a binary file, not text; give a text or HTML file (convert PDFs and "
                            "office documents to text first)")
    declared = charset or (declared_charset(data) if html is not False else None)
    decoded = decode_bytes(data, name, declared=declared)
    if html is None:
        html = looks_like_html(decoded.text)
    if not html:
        warnings = list(decoded.warnings) + ([f"{name} is empty"] if not decoded.text.strip() else [])
        return Article(decoded.text, url=url, path=path, encoding=decoded.encoding, warnings=tuple(warnings))
    page = extract_html(decoded.text, url=url, name=name)
    source = page.source or (urllib.parse.urlsplit(page.url).hostname or "" if page.url else "")
    return Article(page.text, title=page.title, publication_date=page.publication_date, url=page.url,
                   source=source, lang=page.lang, path=path, encoding=decoded.encoding,
                   warnings=decoded.warnings + page.warnings)


def read(
    source: str | bytes | os.PathLike[str],
    *,
    kind: str | None = None,
    lang: str | None = None,
    publication_date: dt.date | str | None = None,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    timeout: float = 30.0,
) -> Article:
    """Read one article: ``source`` is its text, a path (``.txt``, ``.html`` ...), an http(s) URL, or ``"-"``.

    A ``str`` is taken as a URL when it is one, as ``"-"`` for standard input, as a path when
    a file of that name exists or it ends like one (``.txt``, ``.html``), else as the text itself;
    ``kind`` (``"text"``, ``"html"``, ``"file"``, ``"url"``, ``"stdin"``) says which without guessing.
    HTML (files, pages, or a string starting with ``<html``) gives its main text, title,
    publication date, outlet and language (trafilatura). URLs are downloaded only here, when
    passed. Encodings are detected; undecodable bytes are replaced and listed in ``warnings``.
    The keywords override what was found: ``outlet`` sets :attr:`Article.source`; ``doc_id``
    defaults to a hash of the text.
    """
    if kind is not None and kind not in _KINDS:
        raise BadInputError(f"kind={kind!r} is not one of {', '.join(_KINDS)}")
    if isinstance(source, bytes):
        article = from_bytes(source, "input", html=True if kind == "html" else None)
    elif isinstance(source, os.PathLike) or kind == "file":
        article = _read_file(Path(source))  # type: ignore[arg-type]
    elif not isinstance(source, str):
        raise BadInputError(f"cannot read an article from a {type(source).__name__}; give its text (str), a path, "
                            "a URL or '-' for standard input")
    elif kind == "stdin" or (kind is None and source == STDIN):
        data, name = read_bytes(STDIN)
        article = from_bytes(data, name, html=None)
    elif kind == "url" or (kind is None and is_url(source)):
        if not is_url(source):
            raise BadInputError(f"{source!r} is not an http(s) URL; give an address like https://example.org/news/1")
        fetched = fetch_url(source.strip(), timeout=timeout)
        html = None if fetched.media_type in ("", "application/octet-stream") else fetched.media_type != "text/plain"
        article = from_bytes(fetched.data, fetched.url, html=html, url=fetched.url, charset=fetched.charset)
    elif kind is None and _looks_like_path(source):
        article = _read_file(Path(source))
    else:
        html = kind == "html" or (kind is None and looks_like_html(source))
        if html:
            page = extract_html(source, url=url or "", name="the HTML")
            article = Article(page.text, title=page.title, publication_date=page.publication_date, url=page.url,
                              source=page.source, lang=page.lang, warnings=page.warnings)
        else:
            article = Article(source)
    return _override(article, lang=lang, publication_date=publication_date, doc_id=doc_id, title=title,
                     url=url, outlet=outlet)


def _looks_like_path(text: str) -> bool:
    if "\n" in text or len(text) > 1024 or not text.strip():
        return False
    path = Path(text)
    try:
        if path.exists():
            return True
    except OSError:
        return False
    suffix = path.suffix.lower()
    return (suffix in HTML_SUFFIXES or suffix in _CORPUS_SUFFIXES or suffix in _BINARY_SUFFIXES
            or (suffix in TEXT_SUFFIXES and suffix != "")) and " " not in path.name


def _read_file(path: Path) -> Article:
    _check_path(path)
    data, name = read_bytes(path)
    html = True if path.suffix.lower() in HTML_SUFFIXES else None
    return from_bytes(data, name, html=html, path=str(path))


def _override(article: Article, *, lang: str | None, publication_date: object, doc_id: str | None,
              title: str | None, url: str | None, outlet: str | None) -> Article:
    changes: dict[str, object] = {}
    if lang:
        changes["lang"] = lang
    if publication_date not in (None, ""):
        changes["publication_date"] = parse_date(publication_date)
    if doc_id:
        changes["doc_id"] = str(doc_id)
    if title:
        changes["title"] = title
    if url:
        changes["url"] = url
    if outlet:
        changes["source"] = outlet
    return article.with_(**changes) if changes else article
