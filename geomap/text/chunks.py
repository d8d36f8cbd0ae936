"""Cut a very long text into pieces the pipeline can read one at a time, with bounded memory and time.

A book-length "article" (a feed dump, a scraped page of 50 MB) would otherwise be tokenised
and resolved as one document: memory grows with every token kept at once, and comparing each
place with every other grows with the square of their number. :func:`pieces` cuts at paragraph
ends, else sentence ends, else white space, never inside a word; each piece is read with some
text before it (``context``) so that a piece never starts where a dateline could be read.

>>> text = "Rain in Lviv.\\n\\n" * 3
>>> [(c, s, e) for c, s, e in pieces(text, size=20, overlap=5)]
[(0, 0, 15), (14, 15, 30), (29, 30, 45)]
>>> [text[s:e] for _, s, e in pieces(text, size=20, overlap=5)][1]
'Rain in Lviv.\\n\\n'
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["CHUNK_CHARS", "CONTEXT_CHARS", "pieces"]

#: Texts longer than this are read in pieces of at most this many characters.
CHUNK_CHARS = 20_000
#: Characters read before each piece but the first (more than the 300 in which a dateline may open).
CONTEXT_CHARS = 1_000

_SENTENCE_END = re.compile(r"[.!?。！？؟।։]\s")
_SPACE = re.compile(r"\s")


def _cut(text: str, lo: int, hi: int) -> int:
    """The best place to cut ``text`` in ``(lo, hi]``: after a blank line, a line, a sentence, a space."""
    for mark in ("\n\n", "\n"):
        at = text.rfind(mark, lo, hi)
        if at > lo:
            return at + len(mark)
    window = text[lo:hi]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    if ends:
        return lo + ends[-1]
    spaces = [m.end() for m in _SPACE.finditer(window, max(0, len(window) - 5_000))]
    return lo + spaces[-1] if spaces else hi


def pieces(text: str, size: int = CHUNK_CHARS, overlap: int = CONTEXT_CHARS) -> Iterator[tuple[int, int, int]]:
    """``(context_start, start, end)`` of each piece: read ``text[context_start:end]``, keep ``[start, end)``.

    The ``[start, end)`` ranges tile the text in order; a text of at most ``size`` characters is one piece.
    """
    if size < 2:
        raise ValueError("size must be at least 2 characters")
    start, n = 0, len(text)
    while n - start > size:
        end = _cut(text, start + size // 2, start + size)
        yield (_context(text, start, overlap), start, end)
        start = end
    yield (_context(text, start, overlap), start, n)


def _context(text: str, start: int, overlap: int) -> int:
    if start == 0:
        return 0
    at = max(0, start - overlap)
    space = _SPACE.search(text, at, start)
    return space.end() if space else at
