"""Chinese and Japanese: scripts that write words without spaces between them.

A run of Han characters and kana is one token to the tokenizer (:mod:`geomap.text.tokens`); the readers that
look for words inside it (numbers, dates, speech verbs, event words) use the helpers here.

>>> is_unspaced_char("北"), is_unspaced_char("の"), is_unspaced_char("A"), is_unspaced_char("한")
(True, True, False, False)
>>> [("北京表示反对"[a:b]) for a, b in split_run("北京表示反对", {"表示", "反对", "北京"})]
['北京', '表示', '反对']
>>> [("中国外交部称"[a:b]) for a, b in split_run("中国外交部称", {"外交部", "称"})]
['中', '国', '外交部', '称']
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["UNSPACED_CHARS", "has_unspaced", "is_unspaced_char", "split_run"]

#: Han ideographs (with the iteration mark 々 and the compatibility block), hiragana, katakana and half-width
#: katakana, as the inside of a regular-expression character class.
UNSPACED_CHARS = "\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
_CHAR = re.compile(f"[{UNSPACED_CHARS}]")
#: The longest vocabulary entry looked for inside a run (characters).
_LONGEST = 8


def is_unspaced_char(char: str) -> bool:
    """Is ``char`` a Han character or kana (a letter of a script written without spaces)?"""
    return bool(char) and _CHAR.match(char) is not None


def has_unspaced(text: str) -> bool:
    """Does ``text`` hold a Han character or kana?

    >>> has_unspaced("Kyiv"), has_unspaced("在Kyiv")
    (False, True)
    """
    return _CHAR.search(text) is not None


def split_run(text: str, vocabulary: Collection[str], start: int = 0, end: int | None = None
              ) -> list[tuple[int, int]]:
    """Words of ``text[start:end]`` as ``(start, end)`` offsets: at each place the longest entry of ``vocabulary``
    that starts there (dictionary maximum matching), else one Han character or kana, else a run of other letters
    or digits. Characters that are no letters or digits (punctuation, spaces) are skipped."""
    stop = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    i = start
    while i < stop:
        char = text[i]
        if not char.isalnum():
            i += 1
            continue
        if not is_unspaced_char(char):
            j = i + 1
            while j < stop and text[j].isalnum() and not is_unspaced_char(text[j]):
                j += 1
            out.append((i, j))
            i = j
            continue
        for n in range(min(_LONGEST, stop - i), 1, -1):
            if text[i:i + n] in vocabulary:
                break
        else:
            n = 1
        out.append((i, i + n))
        i += n
    return out
