"""Numbers written in an article, in digits or words, with their values: the HOW MANY reader.

:func:`quantities` finds

* digits with the language's separators: ``39``, ``1,200``, ``30.000`` (a dot before exactly
  three digits groups thousands in every language), ``1 200`` (a non-breaking or thin space
  groups thousands everywhere, a plain space only in languages with a decimal comma);
* number words of the language pack, hyphenated or multi-word: ``tujuh``, ``tiga puluh dua``,
  ``thirty-two``, ``one hundred and five``, ``veintitrés``, ``двадцать пять``, ``خمسة وعشرون``;
* digits or words before a scale word: ``3 ribu``, ``2,5 juta``, ``2.5 million``, ``10 آلاف``;
* vague quantities (``dozens``, ``puluhan``, ``десятки``, ``عشرات``) with ``vague=True`` and the
  smallest value the word can mean.

It leaves out numbers that are not counts: parts of dates and clock times (``28/9/2020``,
``2020-09-28``, ``28.09.2020``, ``10:30``, ``10.30``, a day next to a month name, ``at 10 pm``),
ordinals and compounds (``1st``, ``2e``, ``10-й``, ``1990-an``, ``5-year-old``, ``ke-2``),
codes (``MH17``, ``Su-25``, ``#3``), percentages (``30%``), decimals without a scale word
(``2.5``: not a count) and bare years: a four-digit number from 1900 to 2100 written without a
separator is read as a year, never as a quantity, unless a scale word follows (``2000 juta``); so is one from 2443
to 2643 in Thai, a year of the Buddhist Era (``year_offset`` of the time words: 543).
Anything the date reader finds can also be dropped with :func:`outside`.

>>> from geomap.text.packs import get_pack
>>> [(q.text, q.value) for q in quantities("Sebanyak 48 siswa dan tiga puluh satu guru hadir pada 2019.",
...                                        get_pack("id"))]
[('48', 48), ('tiga puluh satu', 31)]
>>> [(q.value, q.vague) for q in quantities("Dozens were hurt and 2.5 million fled.", get_pack("en"))]
[(12, True), (2500000, False)]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import cache, lru_cache
from typing import Protocol

from ..text.packs import LanguagePack
from ..text.unspaced import SPELLED_CHARS, is_unspaced_char
from .model import Quantity
from .scan import Phrases, Scan, check_input, phrase_words, scan, time_words

__all__ = ["number_at", "outside", "quantities", "value_of"]

_YEARS = range(1900, 2101)
_SPACES = frozenset(" \u00a0\u202f\u2009")
_HARD_SPACES = frozenset("\u00a0\u202f\u2009")
_CODE_MARKS = frozenset("#№第")  # 第: the Chinese and Japanese ordinal prefix (第3次)
#: Longest digit string read as a count.
_MAX_DIGITS = 30
#: A letter of Thai, Lao, Burmese or Khmer: a number word that such a letter follows is a piece of a longer word
#: (Thai สาม "three" of สามารถ "can") unless the letter opens a counter (สามคน "three people").
_SPELLED = re.compile(f"[{SPELLED_CHARS}]")


class _Span(Protocol):
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Part:
    """One number word or phrase of a run: its kinds (unit/ten/scale/vague -> value) and offsets."""

    kinds: tuple[tuple[str, int], ...]
    start: int
    end: int
    tok_end: int

    def get(self, kind: str) -> int | None:
        for k, v in self.kinds:
            if k == kind:
                return v
        return None


@dataclass(frozen=True, slots=True, eq=False)
class _Lexicon:
    """The number knowledge of one pack, ready for scanning."""

    phrases: Phrases[tuple[tuple[str, int], ...]]
    connectors: frozenset[str]
    attached: tuple[str, ...]
    decimal_sign: str
    plain_space_groups: bool
    months: Phrases[int]
    joiners: frozenset[str]
    time_before: Phrases[bool]
    time_after: Phrases[bool]
    day_parts: Phrases[str]
    capitalized: bool
    #: The multiplier comes after the scale word (Swahili "mia tatu" = 300, "elfu mbili" = 2000).
    scale_first: bool = False
    #: Words written right after a number that count what it counts (Korean 명 in 2명이, Thai คน in สามคน).
    counters: tuple[str, ...] = ()
    #: Number words of ten or more that the pack also lists as function words (Urdu "اسی": 80 and "the same"),
    #: and the pack's function words: such a word alone before a function word is none ("اسی دوران", meanwhile).
    homographs: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    #: Years the language's era counts ahead of the Gregorian calendar (Thai Buddhist Era: 543).
    year_offset: int = 0


@cache
def _lexicon(pack: LanguagePack) -> _Lexicon:
    nw = pack.numbers
    table: dict[str, list[tuple[str, int]]] = {}
    for kind, entries in (("unit", nw.units), ("ten", nw.tens), ("scale", nw.scales), ("vague", nw.vague)):
        for word, value in entries.items():
            table.setdefault(word, []).append((kind, value))
    # A one-or-two letter unit that only ever prefixes other number words (Indonesian "se-" in seratus,
    # sepuluh) is not a number on its own.
    for word in [w for w, kinds in table.items() if len(w) <= 2 and kinds == [("unit", 1)]]:
        longer = [w2 for w2 in table if w2 != word and w2.startswith(word) and table[w2][0][1] != 1]
        if len(longer) >= 2:
            del table[word]
    # A one-letter connector in another script is written onto the next word (Arabic "وعشرون"), or stands
    # alone (Persian "بیست و پنج"): both are read.
    connectors = frozenset(nw.connectors)
    attached = tuple(c for c in nw.connectors if len(c) == 1 and not c.isascii())
    tw = time_words(pack.lang)
    return _Lexicon(
        phrases=Phrases((w, tuple(k)) for w, k in table.items()),
        connectors=frozenset(w for c in connectors for w in phrase_words(c)),
        attached=attached,
        decimal_sign="," if nw.decimal_comma else ".",
        plain_space_groups=nw.decimal_comma,
        months=Phrases(pack.months.items()),
        joiners=frozenset(w for j in tw["joiners"] for w in phrase_words(j)),
        time_before=Phrases((w, True) for w in tw["time_before"]),
        time_after=Phrases((w, True) for w in tw["time_after"]),
        day_parts=Phrases(pack.parts_of_day.items()),
        capitalized=bool(tw["capitalized"]),
        scale_first=bool(tw.get("scale_first", False)),
        counters=tuple(tw.get("counters", ())),
        homographs=frozenset(w for w, kinds in table.items() if w in pack.stopwords and " " not in w
                             and all(kind in ("unit", "ten") and value >= 10 for kind, value in kinds)),
        stopwords=frozenset(pack.stopwords),
        year_offset=int(tw.get("year_offset", 0)),
    )


def quantities(text: str, pack: LanguagePack, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Every quantity in ``text[start:end]`` (offsets into ``text``), in text order.

    Numbers not read as counts (dates, times, ordinals, years, codes, percentages) are left
    out; see the module documentation. Results are cached per text: calling it sentence by
    sentence on one article costs one scan.

    >>> from geomap.text.packs import get_pack
    >>> [q.value for q in quantities("Погибли двадцать пять человек, ранены 1 200.", get_pack("ru"))]
    [25, 1200]
    >>> [q.value for q in quantities("قتل خمسة وعشرون شخصا و3 آلاف نزحوا", get_pack("ar"))]
    [25, 3000]
    >>> quantities("Le 28 septembre 2020 à 10h30, au 3e étage.", get_pack("fr"))
    []
    """
    check_input(text, pack)
    stop = len(text) if end is None else end
    return [q for q in _all(text, pack) if q.start >= start and q.end <= stop]


def outside(quantities: Iterable[Quantity], spans: Iterable[_Span]) -> list[Quantity]:
    """The quantities that overlap none of ``spans`` (e.g. the :class:`TimeRef` s of the same text).

    >>> qs = [Quantity(0, 2, "28", 28), Quantity(10, 12, "39", 39)]
    >>> [q.value for q in outside(qs, [Quantity(0, 9, "28 August", 0)])]
    [39]
    """
    taken = sorted((s.start, s.end) for s in spans)
    out = []
    for q in quantities:
        if not any(s < q.end and q.start < e for s, e in taken):
            out.append(q)
    return out


def value_of(text: str, pack: LanguagePack) -> int | None:
    """The value of ``text`` if it is one number (digits or words), else None.

    >>> from geomap.text.packs import get_pack
    >>> value_of("seratus lima puluh", get_pack("id")), value_of("trois", get_pack("fr"))
    (150, 3)
    >>> value_of("many", get_pack("en")) is None
    True
    """
    found = quantities(text, pack)
    if len(found) == 1 and not found[0].vague and found[0].start == len(text) - len(text.lstrip()) \
            and found[0].end == len(text.rstrip()):
        return found[0].value
    return None


def number_at(sc: Scan, i: int, pack: LanguagePack) -> tuple[int, int] | None:
    """``(value, end token)`` of an exact number (digits or words) starting at token ``i`` of a scan."""
    lex = _lexicon(pack)
    if sc.digit[i]:
        found = _digits(sc, i, len(sc.words), lex, year_ok=True)
        if found is None or found[0] is None or found[0].vague:
            return None
        return found[0].value, found[1]
    word, first = sc.words[i], lex.phrases.first
    if word not in first and not (lex.attached and word[0] in lex.attached and word[1:] in first):
        return None
    numbers, _ = _word_run(sc, i, len(sc.words), lex)
    if not numbers or numbers[0][0].vague:
        return None
    return numbers[0][0].value, numbers[0][1]


# -- the scan ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _all(text: str, pack: LanguagePack) -> tuple[Quantity, ...]:
    sc = scan(text)
    lex = _lexicon(pack)
    out: list[Quantity] = []
    words, digit, first = sc.words, sc.digit, lex.phrases.first
    attached = lex.attached
    n = len(words)
    candidates = [k for k, w in enumerate(words) if digit[k] or w in first
                  or (attached and w[0] in attached and w[1:] in first) or ("'" in w and _elided(w, first))]
    free = 0  # the first token not yet read
    for i in candidates:
        if i < free:
            continue
        if digit[i]:
            found = _digits(sc, i, n, lex)
            if found is None:
                continue
            quantity, free = found
            if quantity is not None:
                out.append(quantity)
        else:
            numbers, free = _word_run(sc, i, n, lex)
            out.extend(q for q, _ in numbers)
    return tuple(out)


def _elided(word: str, first: dict) -> bool:
    head, _, tail = word.partition("'")
    return len(head) <= 2 and tail in first


def _digits(sc: Scan, i: int, n: int, lex: _Lexicon, year_ok: bool = False) -> tuple[Quantity | None, int] | None:
    """The digit number at token ``i``: ``(quantity or None if not a count, next token)``."""
    low = sc.low
    # Collect the digit groups and their separators.
    groups = [sc.words[i]]
    seps: list[str] = []
    j = i
    while j + 1 < n and sc.digit[j + 1]:
        gap = sc.gap(j)
        nxt = sc.words[j + 1]
        if gap in (".", ",", "/", ":"):
            pass
        elif gap == "-" and len(groups) == 1 and len(groups[0]) == 4 and _iso_date(sc, j, n):
            return None, j + 3  # 2020-09-28
        elif (len(gap) == 1 and gap in _SPACES and len(nxt) == 3 and len(groups[0]) <= 3
              and (gap in _HARD_SPACES or lex.plain_space_groups)
              and all(s in _SPACES for s in seps) and all(len(g) == 3 for g in groups[1:])
              and not (j + 2 < n and sc.digit[j + 2] and sc.gap(j + 1) in (".", ",", "/", ":", "-"))):
            gap = " "
        else:
            break
        seps.append(gap)
        groups.append(nxt)
        j += 1
    nxt_tok = j + 1
    skip = (None, nxt_tok)
    if any(s in "/:-" for s in seps):
        return skip  # a date, a clock time or a score
    # What stands before: a letter or a code mark (MH17, Su-25, #3, №5)?
    before = sc.before(i)
    # A Han character or kana before or after the digits is the next word, not part of a code (造成21人死亡).
    if before.isalpha() and not is_unspaced_char(before) and not (
            before in lex.attached and (sc.starts[i] < 2 or not low[sc.starts[i] - 2].isalpha())):
        return skip  # MH17; but و3 is "and 3"
    if before in _CODE_MARKS or before == "_":
        return skip
    if before and before in "-‐‑" and sc.starts[i] >= 2 and low[sc.starts[i] - 2].isalpha() and not (
            _hebrew_clitics_before(low, sc.starts[i] - 1)):
        return skip  # Su-25; but ו-40 is "and 40"
    if before == "." and sc.starts[i] >= 2 and low[sc.starts[i] - 2].isdigit():
        return skip  # the end of a dotted chain we did not take (a version, 1.2.3)
    # What stands right after: a letter (1st, 10km, 2e, 14h), a hyphenated word (1990-an, 10-й), a % sign?
    after = sc.after(j)
    scale: tuple[int, int, int] | None = None  # (value, end offset, end token)
    if after == "%" or after == "٪":
        return skip
    if after.isalpha() and not is_unspaced_char(after):
        if nxt_tok < n and (part := _part(sc, nxt_tok, n, lex)) is not None and part.get("scale"):
            scale = (part.get("scale") or 1, part.end, part.tok_end)  # 5jt, 3rb
        elif not (lex.counters and nxt_tok < n and sc.words[nxt_tok].startswith(lex.counters)):
            return skip  # 10km, 1st; but 2명이 ("two people") counts
    if after and after in "-‐‑" and nxt_tok < n and not sc.digit[nxt_tok] and sc.starts[nxt_tok] == sc.ends[j] + 1:
        return skip
    # A clock time or a day next to a month name?
    if _is_time_or_day(sc, i, j, n, lex):
        return skip
    if scale is None and nxt_tok < n and sc.joined(j) and "\n" not in sc.gap(j):
        part = _part(sc, nxt_tok, n, lex)
        if part is not None and (s := part.get("scale")) is not None and s >= 100:
            scale = (s, part.end, part.tok_end)
    value = _digit_value(groups, seps, lex.decimal_sign, scale is not None)
    if value is None:
        return skip
    end = sc.ends[j]
    if scale is not None:
        value, end, nxt_tok = round(value * scale[0]), scale[1], scale[2]
    elif value.denominator != 1:
        return skip  # 2.5 without a scale word: not a count
    elif not seps and len(groups[0]) == 4 and not year_ok and (
            int(groups[0]) in _YEARS or (lex.year_offset and int(groups[0]) - lex.year_offset in _YEARS)):
        return skip  # a year
    start = sc.starts[i]
    return Quantity(start, end, sc.text[start:end], int(value)), nxt_tok


#: Hebrew clitics written before a number with a hyphen: ו-40 "and 40", כ-30 "about 30", ב-2024 "in 2024".
_HEBREW_CLITICS = frozenset("ובלמהכש")


def _hebrew_clitics_before(low: str, hyphen: int) -> bool:
    """Is the word that ends at the hyphen at ``hyphen`` one or two Hebrew clitic letters (וב-5, כ-30)?

    >>> _hebrew_clitics_before("כ-30", 1), _hebrew_clitics_before("Su-25", 2)
    (True, False)
    """
    k = hyphen - 1
    while k >= 0 and hyphen - k <= 3 and low[k].isalpha():
        k -= 1
    word = low[k + 1:hyphen]
    return 1 <= len(word) <= 2 and all(c in _HEBREW_CLITICS for c in word)


def _digit_value(groups: Sequence[str], seps: Sequence[str], decimal_sign: str,
                 scaled: bool) -> int | Fraction | None:
    """Value of digit groups joined by separators, or None when they are not a number."""
    if sum(map(len, groups)) > _MAX_DIGITS:
        return None  # no count has that many digits (an id, a hash, noise); int() would refuse 4300+ anyway
    if not seps:
        return int(groups[0])
    thousands_like = len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
    if len(set(seps)) == 1:
        sep = seps[0]
        if thousands_like and (len(seps) > 1 or sep == " " or not (scaled and sep == decimal_sign)):
            return int("".join(groups))
        if len(seps) == 1:  # 2.5, 2,5: a decimal fraction
            return Fraction(int(groups[0]) * 10 ** len(groups[1]) + int(groups[1]), 10 ** len(groups[1]))
        return None  # 28.09.2020, 1.2.3
    # 1,200.5 or 1.200,5: thousands then one decimal separator.
    head, last = seps[:-1], seps[-1]
    if len(set(head)) == 1 and head[0] != last and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:-1]):
        whole = int("".join(groups[:-1]))
        frac = groups[-1]
        return Fraction(whole * 10 ** len(frac) + int(frac), 10 ** len(frac))
    return None


def _iso_date(sc: Scan, j: int, n: int) -> bool:
    """Do tokens ``j`` (4 digits) - ``j+1`` - ``j+2`` read as an ISO date 2020-09-28?"""
    return (j + 2 < n and sc.digit[j + 1] and sc.digit[j + 2] and len(sc.words[j + 1]) <= 2
            and len(sc.words[j + 2]) <= 2 and sc.gap(j + 1) == "-")


def _is_time_or_day(sc: Scan, i: int, j: int, n: int, lex: _Lexicon) -> bool:
    """Is the one- or two-digit number at token ``i`` a clock time (pukul 10, 10 pm, 10 malam) or the day
    of a date (28 September, 28 de septiembre, Sept. 28)?"""
    if i != j or len(sc.words[i]) > 2:
        return False
    if j + 1 < n and sc.joined(j):
        nxt = sc.words[j + 1]
        if nxt in lex.months.first and _month_at(sc, j + 1, n, lex):
            return True
        if (nxt in lex.joiners and j + 2 < n and sc.joined(j + 1)
                and _month_at(sc, j + 2, n, lex)):
            return True
        if (nxt in lex.time_after.first and lex.time_after.match(sc, j + 1) is not None) or \
                (nxt in lex.day_parts.first and lex.day_parts.match(sc, j + 1) is not None):
            return True
    if i > 0:
        gap = sc.gap(i - 1)
        if len(gap) <= 3 and gap.strip(" .\u00a0") == "":
            months, before = lex.months.first, lex.time_before.first
            for s in range(max(0, i - 3), i):
                word = sc.words[s]
                if word in months:
                    found = lex.months.match(sc, s, i)
                    if found is not None and found[0] == i and _cased(sc, s, lex):
                        return True
                if word in before:
                    found = lex.time_before.match(sc, s, i)
                    if found is not None and found[0] == i:
                        return True
    return False


def _month_at(sc: Scan, k: int, n: int, lex: _Lexicon) -> bool:
    return lex.months.match(sc, k, n) is not None and _cased(sc, k, lex)


def _cased(sc: Scan, k: int, lex: _Lexicon) -> bool:
    """In languages that capitalise month names, is token ``k`` capitalised?"""
    return not lex.capitalized or sc.text[sc.starts[k]].isupper()


# -- number words ------------------------------------------------------------------------------------------


def _part(sc: Scan, i: int, n: int, lex: _Lexicon) -> _Part | None:
    if sc.digit[i]:
        return None
    found = lex.phrases.match(sc, i, n)
    if found is not None:
        tok_end, kinds, start = found
        return _Part(kinds, start, sc.ends[tok_end - 1], tok_end)
    word = sc.words[i]
    if lex.attached and word[0] in lex.attached and word[1:] in lex.phrases:
        kinds = _single(lex, word[1:])
        if kinds is not None:
            return _Part(kinds, sc.starts[i] + 1, sc.ends[i], i + 1)
    return None


def _single(lex: _Lexicon, word: str) -> tuple[tuple[str, int], ...] | None:
    for words, kinds in lex.phrases.first.get(word, ()):
        if len(words) == 1:
            return kinds
    return None


def _word_run(sc: Scan, i: int, n: int, lex: _Lexicon) -> tuple[list[tuple[Quantity, int]], int]:
    """Numbers written in words from token ``i``: ``([(quantity, end token)], next token)``."""
    parts: list[_Part] = []
    part = _part(sc, i, n, lex)
    while part is not None:
        parts.append(part)
        k = part.tok_end
        if k >= n or not sc.joined(k - 1):
            break
        part = _part(sc, k, n, lex)
        if part is None and sc.words[k] in lex.connectors and k + 1 < n and sc.joined(k):
            part = _part(sc, k + 1, n, lex)
    if not parts:
        return [], i + 1
    last = parts[-1].tok_end
    if len(parts) == 1 and sc.words[i] in lex.homographs and last < n and sc.words[last] in lex.stopwords:
        return [], last  # "اسی دوران" (meanwhile), not 80
    if _SPELLED.match(sc.low, parts[-1].end) and not (lex.counters and sc.low.startswith(lex.counters, parts[-1].end)):
        return [], last  # Thai "สามารถ" (can), not 3; but "สามคน" (three people) counts
    if sc.after(last - 1) in ("-", "‐", "‑") and last < n and not sc.digit[last] \
            and sc.starts[last] == parts[-1].end + 1:
        return [], last  # a compound: two-year-old, cinq-étoiles
    if lex.scale_first:
        parts = _multiplied(sc, parts)
    return [(q, e) for q, e in _evaluate(sc, parts)], parts[-1].tok_end


class _Acc:
    """A number being read from words: total of finished scales, the current group, used slots."""

    __slots__ = ("any", "current", "end", "hundreds", "last_scale", "start", "tens", "tok_end", "total", "units")

    def __init__(self, part: _Part) -> None:
        self.total = 0
        self.current = 0
        self.units = self.tens = self.hundreds = False
        self.last_scale = 0
        self.start = part.start
        self.end = part.end
        self.tok_end = part.tok_end
        self.any = False

    def add(self, part: _Part) -> bool:
        """Add ``part`` to this number; False when it starts another number."""
        ok = self._add(part)
        if ok:
            self.end, self.tok_end, self.any = part.end, part.tok_end, True
        return ok

    def _add(self, part: _Part) -> bool:
        scale = part.get("scale")
        if scale is not None and (part.get("vague") is None or self.current or self.total):
            return self._scale(scale)
        small = part.get("unit")
        if small is None:
            small = part.get("ten")
        if small is None:
            return False
        if small < 10:
            if self.units:
                return False
            self.units = True
        elif small < 20:
            if self.units or (self.tens and not (self.current % 20 == 0 and self.current % 100 >= 60)):
                return False
            self.units = self.tens = True
        elif small % 10 == 0 and small < 100:
            if self.tens:
                return False
            self.tens = True
        elif small < 100:
            if self.units or self.tens:
                return False
            self.units = self.tens = True
        else:
            return False
        self.current += small
        return True

    def _scale(self, scale: int) -> bool:
        if scale < 1000:
            if self.hundreds:
                return False
            if scale == 100 and 0 < self.current < 10 and not self.tens:
                self.current *= 100
            elif self.current == 0:
                self.current = scale
            else:
                return False
            self.hundreds = True
            self.units = self.tens = False
            return True
        if self.last_scale and scale >= self.last_scale:
            return False
        power = len(str(scale)) - 1
        if scale == 10 ** power:
            if self.current == 0 and self.total:
                return False
            self.total += (self.current or 1) * scale
        elif self.current == 0:
            self.total += scale  # a dual or other whole word: ألفان = 2000
        else:
            return False
        self.current = 0
        self.units = self.tens = self.hundreds = False
        self.last_scale = scale
        return True

    def quantity(self, sc: Scan) -> Quantity:
        return Quantity(self.start, self.end, sc.text[self.start:self.end], self.total + self.current)


def _small(part: _Part) -> int | None:
    """The value of a unit, teen or ten (below 100), else None."""
    if part.get("scale") is not None or part.get("vague") is not None:
        return None
    value = part.get("unit")
    return value if value is not None else part.get("ten")


def _multiplied(sc: Scan, parts: list[_Part]) -> list[_Part]:
    """Scale words with their multiplier after them as one whole word each (Swahili "mia tatu" -> 300,
    "elfu kumi na mbili" -> 12000), which the reader then adds up like Arabic "ثلاثمائة" or "ألفان".

    After a hundred only one unit multiplies it ("mia moja na ishirini" is 120); after a thousand or more,
    the units and tens up to the next scale word ("elfu ishirini na tano" is 25000).
    """
    out: list[_Part] = []
    k = 0
    while k < len(parts):
        part = parts[k]
        scale = part.get("scale") if part.get("vague") is None else None
        factor, last = 0, k
        if scale is not None and scale >= 100:
            j = k + 1
            while j < len(parts) and (small := _small(parts[j])) is not None:
                if scale == 100 and (small >= 10 or j > k + 1 or sc.text[parts[j - 1].end:parts[j].start].strip()):
                    break
                factor, last, j = factor + small, j, j + 1
        if factor:
            end = parts[last]
            out.append(_Part((("scale", scale * factor),), part.start, end.end, end.tok_end))
            k = last + 1
        else:
            out.append(part)
            k += 1
    return out


def _evaluate(sc: Scan, parts: Sequence[_Part]) -> list[tuple[Quantity, int]]:
    out: list[tuple[Quantity, int]] = []
    acc: _Acc | None = None
    for part in parts:
        vague = part.get("vague")
        if vague is not None and not (part.get("scale") is not None and acc is not None and (acc.current or acc.total)):
            if acc is not None and acc.any:
                out.append((acc.quantity(sc), acc.tok_end))
            acc = None
            out.append((Quantity(part.start, part.end, sc.text[part.start:part.end], vague, vague=True), part.tok_end))
            continue
        if acc is not None and acc.add(part):
            continue
        if acc is not None and acc.any:
            out.append((acc.quantity(sc), acc.tok_end))
        acc = _Acc(part)
        if not acc.add(part):
            acc = None
    if acc is not None and acc.any:
        out.append((acc.quantity(sc), acc.tok_end))
    return out
