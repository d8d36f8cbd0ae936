"""One corpus row (a JSONL object or a CSV record) to an :class:`Article`, or the reason it cannot be one.

>>> columns = Columns()
>>> article, problems = row_article({"id": 7, "text": "Strikes hit Kharkiv.", "date": "2024-02-01"}, columns)
>>> article.doc_id, article.publication_date, problems
('7', datetime.date(2024, 2, 1), [])
>>> row_article({"body": "x"}, columns)[1]
["no 'text' field (the row has: body); name the text column with text_col="]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..errors import BadInputError
from .article import Article
from .html import extract_html, looks_like_html
from .reader import parse_date

__all__ = ["Columns", "row_article"]


@dataclass(frozen=True, slots=True)
class Columns:
    """Which field of a row holds what (configurable per corpus)."""

    text: str = "text"
    date: str = "date"
    url: str = "url"
    id: str = "id"
    title: str = "title"
    lang: str = "lang"
    source: str = "source"


def _value(row: Mapping[str, object], name: str) -> str:
    value = row.get(name)
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value).strip()


def row_article(row: Mapping[str, object], columns: Columns, where: str = "") -> tuple[Article | None, list[str]]:
    """The article in ``row`` and problems: ``(None, [reason])`` when the row has no usable text.

    A date that cannot be read is dropped with a problem, the row is still used. Text that
    is an HTML page is reduced to its main text. ``where`` becomes :attr:`Article.path`.
    """
    if columns.text not in row:
        fields = ", ".join(str(k) for k in list(row)[:12])
        return None, [f"no {columns.text!r} field (the row has: {fields}); name the text column with text_col="]
    text = row[columns.text]
    if not isinstance(text, str):
        if text is None or (isinstance(text, float) and text != text):
            return None, [f"the {columns.text!r} field is empty"]
        return None, [f"the {columns.text!r} field is a {type(text).__name__}, not text"]
    if not text.strip():
        return None, [f"the {columns.text!r} field is empty"]
    problems: list[str] = []
    date = None
    raw_date = _value(row, columns.date)
    if raw_date:
        try:
            date = parse_date(raw_date)
        except BadInputError:
            problems.append(f"{raw_date!r} in {columns.date!r} is not a date (write YYYY-MM-DD); read without a date")
    title, source, lang, warnings = _value(row, columns.title), _value(row, columns.source), None, ()
    if looks_like_html(text):
        page = extract_html(text, url=_value(row, columns.url), name=where or "row")
        text, warnings = page.text, page.warnings
        title, source, lang = title or page.title, source or page.source, page.lang
        date = date or page.publication_date
        if not text.strip():
            return None, [f"the {columns.text!r} field is an HTML page without text"]
    article = Article(
        text, title=title, publication_date=date, url=_value(row, columns.url), source=source,
        lang=_value(row, columns.lang) or lang, doc_id=_value(row, columns.id), path=where,
        warnings=tuple(warnings) + tuple(problems),
    )
    return article, problems
