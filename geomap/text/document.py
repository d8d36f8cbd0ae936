"""A document ready for the pipeline: text, language, pack, tokens and sentences, computed once.

>>> doc = make_document("Floods hit Lviv on Monday. Officials in Kyiv said more rain is due.", lang="en")
>>> [s.text for s in doc.sentences][1]
'Officials in Kyiv said more rain is due.'
>>> doc.sentence_of(doc.text.index("Kyiv"))
1
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..errors import BadInputError
from .language import detect
from .packs import LanguagePack, get_pack, universal
from .tokens import Sentence, Token, build_tokens, sentences, token_columns
from .unspaced import has_run

__all__ = ["Document", "as_date", "make_document"]


def as_date(value: object) -> dt.date | None:
    """A ``date`` from a date, datetime, ISO string or pandas Timestamp (None stays None)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime().date()  # type: ignore[union-attr]
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise BadInputError(
            f"publication_date {value!r} is not a date: give a datetime.date or an ISO string like 2020-09-28"
        ) from None


@dataclass
class Document:
    """One article: its text and everything derived from it that several stages need.

    The tokens are kept as parallel lists (``token_texts``, ``token_starts``, ``token_ends``); :attr:`tokens`
    builds the :class:`Token` objects from them on first use.
    """

    text: str
    lang: str
    pack: LanguagePack
    doc_id: str = ""
    publication_date: dt.date | None = None
    sentences: list[Sentence] = field(default_factory=list)
    token_texts: list[str] = field(default_factory=list)
    token_starts: list[int] = field(default_factory=list)
    token_ends: list[int] = field(default_factory=list)

    @cached_property
    def tokens(self) -> list[Token]:
        """Every token, as :class:`Token` objects (built on first use)."""
        return build_tokens(self.token_texts, self.token_starts, self.token_ends)

    @cached_property
    def unspaced(self) -> bool:
        """Does the text hold Chinese, Japanese, Thai, Khmer, Burmese ... (a script written without spaces; see
        :mod:`.unspaced`)?

        >>> make_document("Rain in Kyiv.", lang="en").unspaced, make_document("北京下雨。", lang="zh").unspaced
        (False, True)
        """
        return has_run(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @property
    def _token_starts(self) -> list[int]:
        return self.token_starts

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding character ``offset`` (the last one before it)."""
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.token_starts, offset)


@lru_cache(maxsize=64)
def _abbreviations(pack: LanguagePack) -> frozenset[str]:
    """Words whose dot ends no sentence, in ``pack``'s language and in every language."""
    return frozenset(pack.sentence_abbreviations) | frozenset(universal().sentence_abbreviations)


def make_document(
    text: str,
    lang: str | None = None,
    publication_date: object = None,
    doc_id: str = "",
) -> Document:
    """Tokenise and split ``text``; detect its language unless ``lang`` is given."""
    if not isinstance(text, str):
        raise BadInputError(
            f"expected article text as str, got {type(text).__name__}; read files with geomap.io.read_text()"
        )
    code = (lang or "").strip().lower() or detect(text)
    pack = get_pack(code)
    words, starts, ends = token_columns(text)
    return Document(
        text=text,
        lang=code,
        pack=pack,
        doc_id=str(doc_id or ""),
        publication_date=as_date(publication_date),
        sentences=sentences(text, _abbreviations(pack)),
        token_texts=words,
        token_starts=starts,
        token_ends=ends,
    )
