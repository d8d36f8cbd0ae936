"""What an article says about itself: its date, dateline, outlets, paragraphs and focus.

The focus is where the article is about: the region (or, failing one, the country) its
place mentions point at most often. Events whose own clause and paragraph name no place
are placed there, at a coarser geo_precision.

>>> from geomap.text.document import make_document
>>> doc = make_document("KYIV (Reuters) -- Shelling hit Kharkiv.\\n\\nOfficials said ...", lang="en")
>>> info = article_info(doc, [])
>>> info.outlets, [doc.text[a:b][:8] for a, b in info.paragraphs]
(('Reuters',), ['KYIV (Re', 'Official'])
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..places.model import PlaceMention
from ..places.roles import _DATELINE_SEPARATOR, _dateline_end
from ..text.document import Document
from ..text.packs import universal

__all__ = ["ArticleInfo", "article_info", "outlets_in"]

_PARAGRAPH = re.compile(r"\n\s*\n")
# A news site's name written as its domain: Kompas.com, detik.com, Liputan6.com, lenta.ru, bbc.co.uk
_DOMAIN = re.compile(r"(?<![\w@/.])[A-Z][\w-]{1,30}\.(?:com|net|org|co\.id|co\.uk|id|ru|ua|fr|es|de|in|info|news)\b")
# How much each role says that the article is about a place.
_FOCUS_WEIGHT = {"event": 3.0, "other": 1.0, "historical": 0.5, "actor": 0.5, "dateline": 1.0}
_REGIONAL = frozenset({"region", "admin1"})


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """Article-level metadata the event stage needs.

    ``reference_date`` is the article's "today": the publication date, else the first
    current date the text gives; ``head_end`` the end of the dateline ("GOMA, 7 June 2024 --"),
    whose date stamps the article and dates no event; ``focus`` the mention whose place the
    article is most about (a region if one stands out, else a country), ``focus_country`` its ISO code.
    """

    publication_date: dt.date | None
    reference_date: dt.date | None
    dateline: PlaceMention | None
    head_end: int
    outlets: tuple[str, ...]
    focus: PlaceMention | None
    focus_country: str
    paragraphs: tuple[tuple[int, int], ...]

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph holding character ``offset``."""
        return max(0, bisect.bisect_right(self.paragraphs, offset, key=_start) - 1)


def _start(span: tuple[int, int]) -> int:
    return span[0]


@cache
def _agency_pattern() -> re.Pattern[str]:
    names = sorted(universal().agencies, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")


def outlets_in(text: str) -> tuple[str, ...]:
    """News agencies and sites named in ``text``, in order of first appearance.

    >>> outlets_in("Dikutip dari Kompas.com, ... kata dia kepada AFP. AFP menambahkan")
    ('Kompas.com', 'AFP')
    """
    found: dict[str, int] = {}
    for pattern in (_agency_pattern(), _DOMAIN):
        for m in pattern.finditer(text):
            found.setdefault(m.group(), m.start())
    return tuple(sorted(found, key=found.__getitem__))


def _head_separator(text: str) -> int:
    """Where a dateline whose place went unrecognised ends: "GOMA, 7 June 2024 -- ..." (0 when none)."""
    m = _DATELINE_SEPARATOR.search(text, 0, 120)
    if m is None or m.group() == ":" or "\n" in text[:m.start()].strip() or not text.lstrip()[:1].isupper():
        return 0
    return m.start()


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of each paragraph (blocks separated by blank lines)."""
    out, begin = [], 0
    for m in _PARAGRAPH.finditer(text):
        out.append((begin, m.start()))
        begin = m.end()
    out.append((begin, len(text)))
    return tuple((a, b) for a, b in out if text[a:b].strip()) or ((0, len(text)),)


def _focus(mentions: Sequence[PlaceMention]) -> tuple[PlaceMention | None, str]:
    weights: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    first: dict[str, PlaceMention] = {}
    for m in mentions:
        p = m.place
        if p is None or "placed_at_focus_region" in m.flags:
            continue
        w = _FOCUS_WEIGHT.get(m.role, 1.0)
        if p.country:
            countries[p.country] += w
        if p.feature in _REGIONAL or p.feature == "country":
            weights[p.place_id] += w
            first.setdefault(p.place_id, m)
    country = countries.most_common(1)[0][0] if countries else ""
    regional = [(w, pid) for pid, w in weights.items() if first[pid].place.feature in _REGIONAL]  # type: ignore[union-attr]
    if regional:
        w, pid = max(regional)
        if w >= 2.0 or len(regional) == 1:
            return first[pid], first[pid].place.country or country  # type: ignore[union-attr]
    events = [m for m in mentions if m.role == "event" and m.place is not None
              and "placed_at_focus_region" not in m.flags and m.place.feature != "country"]
    if events and len({m.place.place_id for m in events}) == 1:  # type: ignore[union-attr]
        return events[0], events[0].place.country or country  # type: ignore[union-attr]
    states = [(w, pid) for pid, w in weights.items() if first[pid].place.feature == "country"]  # type: ignore[union-attr]
    if country:
        match = [(w, pid) for w, pid in states if first[pid].place.country == country]  # type: ignore[union-attr]
        if match:
            return first[max(match)[1]], country
    return None, country


def article_info(doc: Document, mentions: Sequence[PlaceMention], reference_date: dt.date | None = None
                 ) -> ArticleInfo:
    """Metadata of a prepared document and its resolved, role-tagged place mentions."""
    dateline = next((m for m in mentions if m.role == "dateline"), None)
    head_end = max((_dateline_end(doc, dateline) or 0) if dateline is not None else 0, _head_separator(doc.text))
    focus, country = _focus(mentions)
    return ArticleInfo(
        publication_date=doc.publication_date,
        reference_date=doc.publication_date or reference_date,
        dateline=dateline,
        head_end=head_end,
        outlets=outlets_in(doc.text),
        focus=focus,
        focus_country=country,
        paragraphs=paragraphs(doc.text),
    )
