"""Find a language pack's words and phrases in a span of a document, by tokens.

>>> from geomap.text.document import make_document
>>> doc = make_document("Police said on Monday, according to local media.", lang="en")
>>> [doc.text[a:b] for a, b in phrase_spans(doc, 0, len(doc.text), {"said", "according to"})]
['said', 'according to']
>>> doc = make_document("中国外交部称，北京表示反对。", lang="zh")
>>> [doc.text[a:b] for a, b in phrase_spans(doc, 0, len(doc.text), {"称", "表示"})]
['称', '表示']
"""

from __future__ import annotations

from collections.abc import Collection

from ..text.document import Document
from ..text.tokens import Token
from ..text.unspaced import has_run, split_run

__all__ = ["phrase_spans", "words_between"]

_MAX_WORDS = 4


_LONGEST: dict[int, tuple[Collection[str], int]] = {}


def _longest(vocabulary: Collection[str]) -> int:
    """Words in the longest phrase of ``vocabulary`` (remembered per vocabulary object)."""
    found = _LONGEST.get(id(vocabulary))
    if found is None or found[0] is not vocabulary:
        found = _LONGEST[id(vocabulary)] = (vocabulary, max((w.count(" ") + 1 for w in vocabulary), default=0))
    return found[1]


def phrase_spans(doc: Document, start: int, end: int, vocabulary: Collection[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each (longest, non-overlapping) lower-case phrase of ``vocabulary`` in the span."""
    if not vocabulary:
        return []
    longest = min(_MAX_WORDS, _longest(vocabulary))
    words: list[tuple[int, int]] = []
    for t in doc.tokens[doc.token_index(start):doc.token_index(end)]:
        if not t.is_word:
            continue
        if not t.text.isascii() and has_run(t.text):  # Chinese, Japanese, Thai: the run's words, longest entry first
            words.extend(split_run(doc.text, vocabulary, t.start, t.end))
        else:
            words.append((t.start, t.end))
    lowered = [doc.text[a:b].lower() for a, b in words]
    out = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            if (lowered[i] if n == 1 else " ".join(lowered[i:i + n])) in vocabulary:
                out.append((words[i][0], words[i + n - 1][1]))
                i += n
                break
        else:
            i += 1
    return out


def words_between(doc: Document, a: int, b: int) -> list[Token]:
    """Word tokens starting in ``[a, b)``."""
    return [t for t in doc.tokens[doc.token_index(a):doc.token_index(b)] if t.is_word]
