"""Chinese, Japanese, Thai, Lao, Burmese, Khmer: scripts that write words without spaces between them.

A run of Han characters and kana, or of Thai letters, is one token to the tokenizer (:mod:`geomap.text.tokens`);
the readers that look for words inside it (numbers, dates, speech verbs, event words) use the helpers here.
Chinese and Japanese write a word with few characters, each one a syllable with a meaning (:data:`UNSPACED_CHARS`,
:func:`has_unspaced`); Thai, Lao, Burmese and Khmer spell words with letters and the vowel and tone marks written
onto them (:data:`SPELLED_CHARS`, :data:`SPELLED_MARKS`). The event readers treat both alike (:data:`RUN_CHARS`,
:func:`has_run`): a word may start and end at any of their letters, never before a mark.

>>> is_unspaced_char("北"), is_unspaced_char("の"), is_unspaced_char("A"), is_unspaced_char("한")
(True, True, False, False)
>>> is_unspaced_char("ก"), has_unspaced("ระเบิด"), has_run("ระเบิด"), has_run("Kyiv")
(True, False, True, False)
>>> [("北京表示反对"[a:b]) for a, b in split_run("北京表示反对", {"表示", "反对", "北京"})]
['北京', '表示', '反对']
>>> [("中国外交部称"[a:b]) for a, b in split_run("中国外交部称", {"外交部", "称"})]
['中', '国', '外交部', '称']
"""

from __future__ import annotations

import re
from collections.abc import Collection

__all__ = ["RUN_CHARS", "SPELLED_CHARS", "SPELLED_MARKS", "UNSPACED_CHARS", "has_run", "has_unspaced",
           "is_unspaced_char", "split_run"]

#: Han ideographs (with the iteration mark 々 and the compatibility block), hiragana, katakana and half-width
#: katakana, as the inside of a regular-expression character class.
UNSPACED_CHARS = "\u3005\u3006\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
#: The letters and marks (not the digits nor the punctuation) of Thai, Lao, Burmese and Khmer, as the inside of a
#: regular-expression character class: scripts without spaces whose letters spell sounds.
SPELLED_CHARS = ("\u0e01-\u0e3a\u0e40-\u0e4e\u0e81-\u0ecd\u0edc-\u0edf\u1000-\u103f\u1050-\u108f"
                 "\u109a-\u109d\u1780-\u17d3\u17d7\u17dc\u17dd")
#: Their vowel, tone and other marks, written onto the letter before them: no word ends before one.
SPELLED_MARKS = ("\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0eb1\u0eb4-\u0ebc\u0ec8-\u0ecd\u102b-\u103e"
                 "\u1056-\u1059\u105e-\u1060\u1062-\u1064\u1067-\u106d\u1071-\u1074\u1082-\u108d"
                 "\u108f\u109a-\u109d\u17b4-\u17d3\u17dd")
#: Every character of a script written without spaces.
RUN_CHARS = UNSPACED_CHARS + SPELLED_CHARS
_CHAR = re.compile(f"[{UNSPACED_CHARS}]")
_RUN_CHAR = re.compile(f"[{RUN_CHARS}]")
_MARK = re.compile(f"[{SPELLED_MARKS}]")
#: The longest vocabulary entry looked for inside a run of Han characters and kana, and of letters (characters).
_LONGEST, _LONGEST_SPELLED = 8, 16


def is_unspaced_char(char: str) -> bool:
    """Is ``char`` a letter or mark of a script written without spaces (a Han character, a kana, a Thai letter)?"""
    return bool(char) and _RUN_CHAR.match(char) is not None


def has_unspaced(text: str) -> bool:
    """Does ``text`` hold a Han character or kana?

    >>> has_unspaced("Kyiv"), has_unspaced("在Kyiv")
    (False, True)
    """
    return _CHAR.search(text) is not None


def has_run(text: str) -> bool:
    """Does ``text`` hold a character of any script written without spaces (Chinese, Japanese, Thai ...)?

    >>> has_run("ทหาร 2 นาย"), has_run("在Kyiv"), has_run("Kyiv")
    (True, True, False)
    """
    return _RUN_CHAR.search(text) is not None


def split_run(text: str, vocabulary: Collection[str], start: int = 0, end: int | None = None
              ) -> list[tuple[int, int]]:
    """Words of ``text[start:end]`` as ``(start, end)`` offsets: at each place the longest entry of ``vocabulary``
    that starts there (dictionary maximum matching) and does not end before a mark (Thai ที of ที่), else one Han
    character, kana or Thai letter with the marks written onto it, else a run of other letters or digits. Characters
    that are no letters or digits (punctuation, spaces) are skipped.

    >>> [("ทหารเสียชีวิต"[a:b]) for a, b in split_run("ทหารเสียชีวิต", {"ทหาร", "เสียชีวิต", "ชีวิต"})]
    ['ทหาร', 'เสียชีวิต']
    """
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
        longest = _LONGEST if _CHAR.match(char) else _LONGEST_SPELLED
        for n in range(min(longest, stop - i), 1, -1):
            if text[i:i + n] in vocabulary and not (i + n < stop and _MARK.match(text, i + n)):
                break
        else:
            n = 1
            while i + n < stop and _MARK.match(text, i + n):  # a letter keeps its marks: Burmese "ကြီး" is no "က"
                n += 1
        out.append((i, i + n))
        i += n
    return out
