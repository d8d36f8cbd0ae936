"""Tokens and sentences with character offsets into the original text.

>>> toks = tokenize("BAKU -- Fighting in Nagorno-Karabakh, the U.S. said.")
>>> [t.text for t in toks]
['BAKU', '--', 'Fighting', 'in', 'Nagorno-Karabakh', ',', 'the', 'U.S.', 'said', '.']
>>> toks[4].start, toks[4].end
(20, 36)
>>> [s.text for s in sentences("He left Kyiv. Then Mr. Smith arrived in Lviv! Done", abbreviations={"mr."})]
['He left Kyiv.', 'Then Mr. Smith arrived in Lviv!', 'Done']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

__all__ = ["Sentence", "Token", "sentences", "tokenize"]

# Words: letters/digits/marks, joined by internal apostrophes, hyphens or dots of abbreviations.
_TOKEN = re.compile(
    r"[^\W\d_]\.(?:[^\W\d_]{1,3}\.)+"  # U.S., U.K., W.Va., D.C. style abbreviations
    r"|[^\W_][\w\u0300-\u036f\u064b-\u065f]*(?:['’ʼ‘`\-‐‑][^\W_][\w\u0300-\u036f\u064b-\u065f]*)*"  # words, inner ' -
    r"|--+|[—–]|[^\s\w]",  # dashes and single punctuation marks
    re.UNICODE,
)


class Token(NamedTuple):
    """A token: its text, ``[start, end)`` offsets into the input, and its orthography.

    ``is_cap``: starts with an upper-case letter; ``caseless``: written in a script
    without letter case (Arabic, Chinese, ...).
    """

    text: str
    start: int
    end: int
    is_word: bool
    is_cap: bool
    caseless: bool

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and sum(c.isalpha() for c in self.text) >= 2


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: its offsets, text and index in the document."""

    index: int
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    stop = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, stop):
        word = m.group()
        first = word[0]
        out.append(Token(word, m.start(), m.end(), first.isalnum(), first.isupper(),
                         first.isalpha() and first.lower() == first.upper()))
    return out


_NEXT_LETTER = re.compile(r"[ \t]*([^\W\d_])")
_SENT_END = re.compile(r"[.!?。！？؟]+[\"'”’»)\]]*(?=\s)|\n\s*\n|\n(?=\s*[\"'“‘«(]?[^\W\d_])")


def sentences(text: str, abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Split ``text`` into sentences at end punctuation and line breaks.

    A dot after a known abbreviation (``Mr.``, ``Gen.``) or a single capital letter
    (``J. Smith``) does not end a sentence.
    """
    abbr = {a.lower() for a in abbreviations}
    out: list[Sentence] = []
    begin = 0
    for m in _SENT_END.finditer(text):
        stop = m.end()
        if m.group() == "\n" and (nxt := _NEXT_LETTER.match(text, stop)) is not None and nxt.group(1).islower():
            continue  # a line wrapped inside a sentence
        if m.group().startswith("."):
            before = text[begin:m.start() + 1].rsplit(None, 1)[-1].lower() if text[begin:m.start() + 1].strip() else ""
            if before in abbr or re.fullmatch(r"[^\W\d_]\.", before) or re.fullmatch(r"(?:[^\W\d_]\.){2,}", before):
                # An abbreviation, unless what follows clearly starts a new sentence after a line break.
                continue
        _add(out, text, begin, stop)
        begin = stop
    _add(out, text, begin, len(text))
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), start, end, text[start:end]))
