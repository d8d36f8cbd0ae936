"""One pass of tokens over an article, shared by the number and date readers, and phrase lookup.

The scan keeps every offset of the original text: Arabic-Indic, Devanagari and Bengali digits become ASCII digits,
typographic apostrophes become ``'`` and Arabic short vowels become a letter that is then
dropped from the token, all one character for one character, and the text is lower-cased
once. Tokens are runs of ASCII digits or words (letters, with inner apostrophes); in Chinese and Japanese
every character is a token.

>>> sc = scan("Senin (28/9/2020), ٣٩ orang")
>>> sc.words
['senin', '28', '9', '2020', '39', 'orang']
>>> sc.starts[4], sc.gap(1)
(19, '/')
>>> scan("至少21人死亡").words
['至', '少', '21', '人', '死', '亡']
>>> ph = Phrases([("hari ini", 0), ("hari", 9)])
>>> sc = scan("Hari  ini juga")
>>> ph.match(sc, 0)
(2, 0, 0)
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any, Generic, TypeVar

from ..errors import BadInputError
from ..text.packs import APOSTROPHE_LIKE, LanguagePack, normalize
from ..text.tokens import INDIC_MARKS
from ..text.unspaced import RUN_CHARS, SPELLED_MARKS

__all__ = ["Phrases", "Scan", "check_input", "scan", "time_words"]

V = TypeVar("V")

_TATWEEL = "\u0640"
_TABLE: dict[int, str] = {}
# Arabic-Indic, Extended Arabic-Indic (Persian, Urdu), NKo, Devanagari, Bengali, Thai, Lao, Burmese, Khmer, full-width.
for _base in (0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10):
    for _i in range(10):
        _TABLE[_base + _i] = str(_i)
_TABLE.update({0x066C: ",", 0x066B: ".", 0x060C: ","})  # Arabic thousands and decimal separators, Arabic comma
_TABLE.update({ord(c): "'" for c in APOSTROPHE_LIKE})
_TABLE.update({c: _TATWEEL for c in (*range(0x064B, 0x0653), 0x0670)})  # short vowels, shadda, sukun, dagger alif

_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]")
# A Han character, a kana or a Thai letter or mark is a token of its own: Chinese, Japanese and Thai write words
# without spaces between them, so an entry of several characters ("死亡", "3月", "เสียชีวิต") matches a sequence of
# one-character tokens. Other words go on
# across an apostrophe and across the zero-width non-joiner Persian writes inside words (سه‌شنبه).
# The vowel signs of Devanagari and Bengali, which \w leaves out, stay inside their word (सोमवार, নিহত).
_LETTERS = rf"[^\W\d_{RUN_CHARS}]+(?:[{INDIC_MARKS}]+[^\W\d_{RUN_CHARS}]*)*"
TOKEN = re.compile(rf"[0-9]+|[{RUN_CHARS}]|{_LETTERS}(?:['\u200c]{_LETTERS})*")
_MARK = re.compile(f"[{SPELLED_MARKS}]")
_GAP_OK = re.compile(r"[\s\-‐‑]*")


@dataclass(frozen=True, slots=True, eq=False)
class Scan:
    """Tokens of one text: parallel lists of offsets, normalised words and digit flags."""

    text: str
    low: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    digit: list[bool]

    def gap(self, k: int) -> str:
        """The (normalised) text between token ``k`` and token ``k + 1``."""
        return self.low[self.ends[k]:self.starts[k + 1]]

    def joined(self, k: int) -> bool:
        """Is token ``k + 1`` separated from token ``k`` only by white space and hyphens?"""
        return k + 1 < len(self.starts) and _GAP_OK.fullmatch(self.low, self.ends[k], self.starts[k + 1]) is not None

    def tokens_in(self, start: int, end: int) -> range:
        """Indices of the tokens that lie inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_right(self.ends, end)
        return range(lo, max(lo, hi))

    def before(self, i: int) -> str:
        """The character before token ``i`` ('' at the start of the text)."""
        s = self.starts[i]
        return self.low[s - 1] if s else ""

    def after(self, i: int) -> str:
        """The character after token ``i`` ('' at the end of the text)."""
        e = self.ends[i]
        return self.low[e] if e < len(self.low) else ""


def check_input(text: object, pack: object) -> None:
    """Raise :class:`BadInputError` unless ``text`` is a str and ``pack`` a :class:`LanguagePack`.

    >>> try:
    ...     check_input(b"x", None)
    ... except BadInputError as exc:
    ...     print(exc)
    text must be a str, got bytes: decode it first (e.g. geomap.io.read_text)
    """
    if not isinstance(text, str):
        raise BadInputError(f"text must be a str, got {type(text).__name__}: "
                            "decode it first (e.g. geomap.io.read_text)")
    if not isinstance(pack, LanguagePack):
        raise BadInputError(f"pack must be a LanguagePack, got {type(pack).__name__}: "
                            "use geomap.text.packs.get_pack('en')")


@lru_cache(maxsize=8)
def scan(text: str) -> Scan:
    """Tokens of ``text`` (cached: the number and date readers share one scan of an article)."""
    flat = _SPECIAL.sub(_replace, text) if _SPECIAL.search(text) else text  # str.translate is slow on non-ASCII
    low = flat.lower()
    if len(low) != len(flat):  # a few characters lower-case to two (İ): keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in flat)
    found = list(TOKEN.finditer(low))
    starts = [m.start() for m in found]
    ends = [m.end() for m in found]
    words = [m.group() for m in found]
    if _TATWEEL in low:
        words = [w.replace(_TATWEEL, "") if _TATWEEL in w else w for w in words]
        if not all(words):  # a run of tatweels or lone vowel marks is no word
            keep = [k for k, w in enumerate(words) if w]
            starts, ends, words = [starts[k] for k in keep], [ends[k] for k in keep], [words[k] for k in keep]
    digit = [w[0] <= "9" for w in words]
    return Scan(text, low, starts, ends, words, digit)


def _replace(m: re.Match[str]) -> str:
    return _TABLE[ord(m.group())]


def phrase_words(phrase: str) -> tuple[str, ...]:
    """The tokens a pack entry must match, in scan form.

    >>> phrase_words("Quatre-vingt-dix"), phrase_words("п’ятниця")
    (('quatre', 'vingt', 'dix'), ("п'ятниця",))
    """
    flat = normalize(phrase).translate(_TABLE)
    return tuple(w.replace(_TATWEEL, "") for w in TOKEN.findall(flat))


class Phrases(Generic[V]):
    """Longest-match lookup of multi-word entries on a :class:`Scan`.

    Words of an entry may be separated in the text by white space or hyphens; an abbreviation's words by the dots
    the entry writes between them (Thai ``มิ.ย.``, ``a.m``). A token with an elided article (``l'an``,
    ``d'hier``) or an English possessive (``Sunday's``) also matches by the part after (before) the apostrophe.
    An entry does not end before the mark written onto the next letter (Thai ``ที`` is no match in ``ที่``).

    >>> sc = scan("3 มิ.ย. 67")
    >>> Phrases([("มิ.ย.", 6)]).match(sc, 1)
    (4, 6, 2)
    """

    def __init__(self, table: Iterable[tuple[str, V]]) -> None:
        first: dict[str, list[tuple[tuple[str, ...], V]]] = {}
        seen: set[tuple[str, ...]] = set()
        dotted: dict[tuple[str, ...], tuple[str, ...]] = {}
        for phrase, value in table:
            words = phrase_words(phrase)
            if not words or words in seen:
                continue
            seen.add(words)
            first.setdefault(words[0], []).append((words, value))
            if len(words) > 1 and "." in phrase:
                flat = normalize(phrase).translate(_TABLE)
                found = list(TOKEN.finditer(flat))
                dotted[words] = tuple(flat[a.end():b.start()].strip() for a, b in pairwise(found))
        for entries in first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self.first = first
        #: The separators (a dot) an abbreviation writes between its words, by its words.
        self.dotted = dotted

    def __contains__(self, word: str) -> bool:
        return word in self.first

    def match(self, sc: Scan, i: int, stop: int | None = None) -> tuple[int, V, int] | None:
        """``(end token, value, start offset)`` of the longest entry starting at token ``i``, or None.

        ``end token`` is exclusive; ``stop`` bounds the tokens an entry may use.
        """
        word = sc.words[i]
        start = sc.starts[i]
        entries = self.first.get(word)
        if entries is None and "'" in word:
            head, _, tail = word.partition("'")
            if len(head) <= 2 and tail in self.first:  # l'an, d'hier, qu'aujourd'hui
                entries, start, word = self.first[tail], start + len(head) + 1, tail
            elif word.endswith("'s") and word[:-2] in self.first:
                return self._single(self.first[word[:-2]], i, start)
        if entries is None:
            return None
        last = len(sc.words) if stop is None else stop
        for words, value in entries:
            n = len(words)
            if i + n > last:
                continue
            if n == 1:
                if _MARK.match(sc.low, sc.ends[i]):
                    continue
                return i + 1, value, start
            seps = self.dotted.get(words) if self.dotted else None
            k = 1
            while k < n and sc.words[i + k] == words[k] and (
                    sc.gap(i + k - 1) == seps[k - 1] if seps is not None and seps[k - 1] else sc.joined(i + k - 1)):
                k += 1
            if k == n and not _MARK.match(sc.low, sc.ends[i + n - 1]):
                return i + n, value, start
        return None

    @staticmethod
    def _single(entries: list[tuple[tuple[str, ...], V]], i: int, start: int) -> tuple[int, V, int] | None:
        for words, value in entries:
            if len(words) == 1:
                return i + 1, value, start
        return None


@cache
def _time_words() -> Mapping[str, Any]:
    text = resources.files(__package__ or "geomap.events").joinpath("data", "time_words.json").read_text("utf-8")
    return json.loads(text)


def time_words(lang: str) -> dict[str, Any]:
    """The entries of ``data/time_words.json`` for ``lang``, merged with the universal ``xx`` ones.

    >>> time_words("ru")["ago_after"][:1], "gmt" in time_words("ru")["time_after"]
    (['назад'], True)
    >>> time_words("eo")["units"]
    {}
    """
    data = _time_words()
    own: dict[str, Any] = dict(data.get(lang, {}))
    out: dict[str, Any] = {
        "capitalized": False, "weekday_needs_cue": False, "numeric_order": "dmy", "joiners": [],
        "ordinal_suffixes": [], "year_before": [],
        "year_after": [], "lead": [], "units": {}, "ago_after": [], "ago_before": [], "time_before": [],
        "time_after": [],
    }
    out.update(own)
    for key, value in data["xx"].items():
        out[key] = list(out.get(key, [])) + list(value)
    return out
