"""The main text and metadata of a news page's HTML, with trafilatura.

>>> page = ('<html lang="uk"><head><title>Rain | Valley News</title></head><body><article>'
...         '<p>Heavy rain flooded the lower town of Kolomyia on Monday, officials said.</p></article></body></html>')
>>> page_text = extract_html(page)
>>> page_text.text
'Heavy rain flooded the lower town of Kolomyia on Monday, officials said.'
>>> page_text.lang
'uk'
"""

from __future__ import annotations

import datetime as dt
import html as html_lib
import re
from typing import NamedTuple

__all__ = ["PageText", "extract_html", "looks_like_html"]

_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.IGNORECASE)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_HTML_START = re.compile(r"\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b",
                         re.IGNORECASE | re.DOTALL)


class PageText(NamedTuple):
    """What :func:`extract_html` finds in a page."""

    text: str
    title: str
    publication_date: dt.date | None
    source: str
    lang: str | None
    url: str
    warnings: tuple[str, ...]


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML document.

    >>> looks_like_html("<!DOCTYPE html><html>"), looks_like_html("Floods <b>again</b>")
    (True, False)
    """
    return bool(_HTML_START.match(text[:2048]))


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _fallback_text(page: str) -> str:
    """All the visible text of the page's body, when trafilatura finds no main text."""
    import lxml.etree
    import lxml.html

    try:
        root = lxml.html.document_fromstring(page)
    except (lxml.etree.ParserError, ValueError):
        return re.sub(r"\s+", " ", html_lib.unescape(_TAG.sub(" ", page))).strip()
    for node in root.xpath("//script|//style|//noscript|//template|//head"):
        node.drop_tree()
    return re.sub(r"[ \t]+", " ", root.text_content()).strip()


def extract_html(page: str, url: str = "", name: str = "page") -> PageText:
    """The article in ``page`` (HTML as text): main text, title, publication date, outlet, language.

    Navigation, footers and comments are left out. When trafilatura finds no main text
    the page's whole visible text is used and a warning says so; a missing title, date or
    outlet stays empty. ``url`` (where the page came from) helps find the outlet and date.
    """
    import trafilatura

    warnings: list[str] = []
    doc = None
    try:
        doc = trafilatura.bare_extraction(
            page, url=url or None, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as exc:  # trafilatura raises on some malformed pages; the fallback still reads them
        warnings.append(f"{name}: trafilatura could not parse the page ({type(exc).__name__}: {exc})")
    text = (getattr(doc, "text", None) or "").strip()
    if not text:
        text = _fallback_text(page)
        warnings.append(f"{name}: no main article text found in the HTML; used all the page's visible text"
                        if text else f"{name}: the HTML page has no text")
    title = (getattr(doc, "title", None) or "").strip()
    if not title:
        match = _TITLE.search(page)
        title = html_lib.unescape(_TAG.sub("", match.group(1))).strip() if match else ""
    lang_match = _HTML_LANG.search(page[:4096])
    lang = getattr(doc, "language", None) or (lang_match.group(1).lower() if lang_match else None)
    source = (getattr(doc, "sitename", None) or "").strip()
    return PageText(text, title, _date(getattr(doc, "date", None)), source, lang,
                    getattr(doc, "url", None) or url, tuple(warnings))
