"""One article as geomap reads it: its text and what is known about it.

>>> article = Article("Floods closed two roads near Chernivtsi.")
>>> article.doc_id == text_id("Floods closed two roads near Chernivtsi.")
True
>>> Article("Same words.", doc_id="wire-17").doc_id
'wire-17'
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field, replace

__all__ = ["Article", "text_id"]

#: How much of the text an article's HTML view shows.
_PREVIEW_CHARS = 1200


def text_id(text: str) -> str:
    """A stable id for ``text``: the first 16 hex digits of its SHA-256 (same text, same id).

    >>> text_id("Protest in Tbilisi.")
    '23f9b1b9b5286bb0'
    """
    return hashlib.sha256(text.encode("utf-8", errors="surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text with its metadata; every field but ``text`` may be empty.

    ``publication_date`` anchors relative dates ("yesterday"); ``source`` is the outlet
    (an HTML page's site name, a corpus column); ``doc_id`` is the id the user gave, or
    :func:`text_id` of the text; ``path`` the file it came from (a corpus row adds
    ``:LINE``); ``encoding`` the one it was decoded with; ``warnings`` what a reader should
    know (bytes replaced, no main text found, a date that could not be read).
    """

    text: str
    title: str = ""
    publication_date: dt.date | None = None
    url: str = ""
    source: str = ""
    lang: str | None = None
    doc_id: str = ""
    path: str = ""
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"Article text must be str, got {type(self.text).__name__}")
        if not self.doc_id:
            object.__setattr__(self, "doc_id", text_id(self.text))

    def with_(self, **changes: object) -> Article:
        """A copy with some fields changed (``doc_id`` is recomputed when the text changes and no id is given).

        >>> Article("a", title="x").with_(title="y").title
        'y'
        """
        if "text" in changes and "doc_id" not in changes and self.doc_id == text_id(self.text):
            changes["doc_id"] = ""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def words(self) -> int:
        """How many words the text has (white-space separated).

        >>> Article("Floods closed two roads.").words
        4
        """
        return len(self.text.split())

    def _repr_html_(self) -> str:
        """A card for Jupyter: the metadata, then the start of the text; every value escaped."""
        from gazetteer.display import card, esc

        rows = [("date", self.publication_date.isoformat() if self.publication_date else ""),
                ("outlet", self.source), ("lang", self.lang or ""), ("doc_id", self.doc_id),
                ("words", f"{self.words:,}"), ("url", self.url), ("path", self.path),
                ("encoding", self.encoding if self.encoding != "utf-8" else "")]
        rows += [("warning", warning) for warning in self.warnings]
        shown = self.text[:_PREVIEW_CHARS]
        paragraphs = [" ".join(p.split()) for p in shown.split("\n\n") if p.strip()]
        body = "".join(f'<p style="margin: 0.4em 0">{esc(p)}</p>' for p in paragraphs)
        if len(self.text) > _PREVIEW_CHARS:
            body += (f'<p style="margin: 0.4em 0; color: #555">... {len(self.text) - _PREVIEW_CHARS:,} more '
                     "characters (<code>.text</code> has them all)</p>")
        return card(self.title or "Article", rows, body=f'<div style="margin-top: 0.4em">{body}</div>')

    def __repr__(self) -> str:
        text = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        shown = [f"text={text!r}"] + [f"{name}={getattr(self, name)!r}" for name in
                                       ("title", "publication_date", "url", "source", "lang", "doc_id", "path")
                                       if getattr(self, name)]
        if self.warnings:
            shown.append(f"warnings={len(self.warnings)}")
        return f"Article({', '.join(shown)})"
