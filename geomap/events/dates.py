"""Time expressions in an article, resolved against its publication date: the WHEN reader.

:func:`time_refs` finds, in every language with a pack,

* explicit dates: ``28 September 2020``, ``Sept. 28``, ``September 28, 2020``, ``28/9/2020``,
  ``2020-09-28``, ``28.09.2020``, ``(28/9)`` after a weekday, ``28 сентября``, ``28 вересня 2020
  року``, ``le 28 septembre``, ``el 28 de septiembre``, ``28 سبتمبر`` (Arabic-Indic digits too),
  and day ranges (``28-29 September``: the first day, precision 2);
* months without a day (``in March``, ``en marzo de 2020``, ``в марте``, ``मार्च में``): the first of the month,
  precision 3; a bare month needs a word that introduces it (``in``, ``pada``, ``since``, ``early``; in Hindi
  and Urdu the postposition after it, ``lead_after``);
* Solar Hijri dates in Persian (``۱۵ اسفند ۱۴۰۲``, ``۱۴۰۲/۱۲/۱۵``, ``۱۵ اسفند``; month names from
  ``solar_months`` in ``data/time_words.json``), converted to the Gregorian day;
* years of an era that counts ahead of the Gregorian calendar by whole years (``year_offset`` in
  ``data/time_words.json``: 543 for the Thai Buddhist Era, ``3 มิถุนายน 2567`` is 3 June 2024), also as the
  era's last two digits after an abbreviated month where ``two_digit_years`` says so (``3 มิ.ย. 67``);
* weekdays (``on Sunday``, ``Minggu pagi``, ``в воскресенье``): the latest such day on or before
  the publication date;
* relative days and periods from the pack (``yesterday``, ``kemarin``, ``semalam``, ``вчера``,
  ``أمس``; ``last week``, ``bulan lalu``) and ``N days/weeks/months/years ago`` in words or digits;
* parts of the day, merged into the day they qualify (``Sunday morning`` is one reference) or
  alone (``at dawn``: kind ``part_of_day``, no date);
* years and decades (``in 1994``, ``pada 2016``, ``the 1990s``, ``1990-an``, ``since 2014``).

Resolution (``date``, ``time_precision``, ACLED's 1 day / 2 week / 3 month or coarser):

* a date without a year takes the publication year, or the year before when that would put it
  more than :data:`FUTURE_DAYS` days after publication; a week is its Monday, a month its first
  day, a year or decade its 1 January;
* without a publication date, relative expressions and weekdays keep ``date=None``; a date
  without a year takes its year from the latest full date written in the same text (else None);
* ``historical`` is True for a year before the publication year, a decade that does not contain
  it, any year, decade or month introduced by a *since* word of the pack (``since``, ``sejak``,
  ``منذ``), and a dated day, week or month that ended more than :data:`HISTORICAL_DAYS` days
  before publication. Without a publication date the latest full date of the text stands in.

>>> import datetime as dt
>>> from geomap.text.packs import get_pack
>>> refs = time_refs("Minggu pagi (27/9/2020) warga mengungsi; konflik sejak 1990-an.", get_pack("id"),
...                  dt.date(2020, 9, 28))
>>> [(r.text, str(r.date), r.time_precision, r.kind, r.historical) for r in refs]
[('Minggu pagi (27/9/2020)', '2020-09-27', 1, 'date', False), ('1990-an', '1990-01-01', 3, 'decade', True)]
>>> [(r.text, str(r.date)) for r in time_refs("Shelling resumed on Sunday.", get_pack("en"), dt.date(2020, 9, 28))]
[('Sunday', '2020-09-27')]
>>> publication_date("KYIV, March 3, 2024 (Reuters) - Drones hit the city overnight.", get_pack("en"))
datetime.date(2024, 3, 3)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..errors import BadInputError
from ..text.packs import LanguagePack
from ..text.tokens import sentences
from ..text.unspaced import is_unspaced_char
from .jalali import FIRST_YEAR, LAST_YEAR, from_gregorian, to_gregorian
from .model import TimeRef
from .numbers import number_at
from .scan import Phrases, Scan, check_input, phrase_words, scan, time_words

__all__ = ["FUTURE_DAYS", "HISTORICAL_DAYS", "publication_date", "time_refs"]

#: A date written without a year is put in the year before when the publication year would place it
#: more than this many days after publication.
FUTURE_DAYS = 62
#: A dated day, week or month is historical when it ended more than this many days before publication.
HISTORICAL_DAYS = 60

_YEAR_MIN, _YEAR_MAX = 1000, 2100
_BARE_YEARS = range(1900, 2101)
_DAY_UNITS = ("day", "week", "month", "year")
_OPENERS = frozenset(".!?\n:;—–-(«\"“„'")


@dataclass(frozen=True, slots=True, eq=False)
class _Lex:
    """The time knowledge of one pack, ready for scanning."""

    pack: LanguagePack
    months: Phrases[int]
    full_months: frozenset[tuple[str, ...]]
    weekdays: Phrases[int]
    relative_days: Phrases[int]
    periods: Phrases[tuple[int, str, int]]  # offset, unit, precision
    day_parts: Phrases[str]
    since: Phrases[bool]
    lead: Phrases[bool]
    year_before: Phrases[bool]
    year_after: Phrases[bool]
    units: Phrases[str]
    ago_after: Phrases[bool]
    ago_before: Phrases[bool]
    joiners: frozenset[str]
    ordinals: frozenset[str]
    fillers: frozenset[str]
    stopwords: frozenset[str]
    capitalized: bool
    weekday_cue: bool
    month_first: bool
    month_day: bool  # a day number may follow its month's name ("March 5", Armenian "մարտի 5-ին")
    day_gap: str  # what may stand between a day number and its month's name besides spaces and dots ("-": "5-mart")
    triggers: frozenset[str]  # first words of every word-led expression
    solar_months: Phrases[int]  # Solar Hijri month names (Persian)
    scales: Phrases[bool]
    number_heads: frozenset[str]
    #: Chinese and Japanese: year, month and day each followed by its marker (2024年3月1日), eras (令和6年).
    ymd: bool = False
    year_marks: frozenset[str] = frozenset()
    month_marks: frozenset[str] = frozenset()
    day_marks: frozenset[str] = frozenset()
    eras: tuple[tuple[str, int], ...] = ()
    #: Words after a bare month that introduce it where postpositions follow their noun (Hindi "मार्च में").
    lead_after: Phrases[bool] | None = None
    #: Years the language's era counts ahead of the Gregorian calendar (Thai Buddhist Era: 543), and whether a
    #: year may follow an abbreviated month as its last two digits (Thai "3 มิ.ย. 67").
    year_offset: int = 0
    two_digit_years: bool = False


@cache
def _lex(pack: LanguagePack) -> _Lex:
    tw = time_words(pack.lang)
    unit_of: dict[tuple[str, ...], str] = {}
    for unit in _DAY_UNITS:
        for word in tw["units"].get(unit, []):
            unit_of.setdefault(phrase_words(word), unit)
    exact = set(pack.numbers.units) | set(pack.numbers.tens)
    periods = []
    for phrase, offset in pack.relative_periods.items():
        words = phrase_words(phrase)
        unit = _unit_in(words, unit_of) or _unit_of_offset(offset)
        precision = {"day": 1 if any(w in exact for w in words) else 2, "week": 2}.get(unit, 3)
        periods.append((phrase, (offset, unit, precision)))
    months = dict(pack.months)
    full = frozenset(
        phrase_words(m) for m, v in months.items()
        if not any(o != m and o.startswith(m) and ov == v for o, ov in months.items())
    )
    since = list(pack.historical_since)
    lead = [*tw["lead"], *pack.locative, *since, *tw["year_before"]]
    heads = [months, pack.weekdays, pack.relative_days, pack.relative_periods, pack.parts_of_day, tw["ago_before"],
             pack.numbers.units, pack.numbers.tens, pack.numbers.scales]
    triggers = set()
    for table in heads:
        for entry in table:
            words = phrase_words(entry)
            if words:
                triggers.add(words[0])
                triggers.add(words[0][1:])  # Arabic و/ب + word
    return _Lex(
        pack=pack,
        months=Phrases(months.items()),
        full_months=full,
        weekdays=Phrases(pack.weekdays.items()),
        relative_days=Phrases(pack.relative_days.items()),
        periods=Phrases(periods),
        day_parts=Phrases(pack.parts_of_day.items()),
        since=Phrases((w, True) for w in since),
        lead=Phrases((w, True) for w in lead),
        year_before=Phrases((w, True) for w in tw["year_before"]),
        year_after=Phrases((w, True) for w in tw["year_after"]),
        units=Phrases((" ".join(k), v) for k, v in unit_of.items()),
        ago_after=Phrases((w, True) for w in tw["ago_after"]),
        ago_before=Phrases((w, True) for w in tw["ago_before"]),
        joiners=frozenset(w for j in tw["joiners"] for w in phrase_words(j)),
        ordinals=frozenset(w for o in tw["ordinal_suffixes"] for w in phrase_words(o)),
        fillers=frozenset(w for p in (*tw["year_before"], *tw["joiners"]) for w in phrase_words(p))
        | {w for w in pack.stopwords if len(w) <= 3},
        stopwords=frozenset(pack.stopwords),
        capitalized=bool(tw["capitalized"]),
        weekday_cue=bool(tw.get("weekday_needs_cue", False)),
        month_first=tw["numeric_order"] == "mdy",
        month_day=tw["numeric_order"] == "mdy" or bool(tw.get("month_day", False)),
        day_gap=" .\u00a0" + ("-" if tw.get("day_month_hyphen", False) else ""),
        triggers=frozenset(triggers),
        solar_months=Phrases(tw.get("solar_months", {}).items()),
        scales=Phrases((s, True) for s in pack.numbers.scales),
        number_heads=frozenset(w for table in (pack.numbers.units, pack.numbers.tens, pack.numbers.scales)
                               for e in table for w in phrase_words(e)[:1]),
        ymd=tw["numeric_order"] == "ymd",
        year_marks=_marks(tw["year_after"]),
        month_marks=_marks(tw.get("month_after", [])),
        day_marks=_marks(tw.get("day_after", [])),
        eras=tuple(sorted(tw.get("eras", {}).items(), key=lambda e: -len(e[0]))),
        lead_after=Phrases((w, True) for w in tw["lead_after"]) if tw.get("lead_after") else None,
        year_offset=int(tw.get("year_offset", 0)),
        two_digit_years=bool(tw.get("two_digit_years", False)),
    )


def _calendar_year(value: int, width: int, lx: _Lex) -> int:
    """The Gregorian year of a year number written with ``width`` digits. Where the language's era counts
    ``year_offset`` years ahead (the Thai Buddhist Era: 2567 is 2024), a year past 2100 is the era's; a two-digit
    year is the last two digits of a year from 1950 to 2049 (of the era's years for those).

    >>> from geomap.text.packs import get_pack
    >>> lx = _lex(get_pack("th"))
    >>> _calendar_year(2567, 4, lx), _calendar_year(2024, 4, lx), _calendar_year(67, 2, lx), _calendar_year(93, 2, lx)
    (2024, 2024, 2024, 1950)
    >>> _calendar_year(24, 2, _lex(get_pack("en"))), _calendar_year(97, 2, _lex(get_pack("en")))
    (2024, 1997)
    """
    offset = lx.year_offset
    if width <= 2:
        if not offset:
            return value + (2000 if value < 50 else 1900)
        low = 1950 + offset
        era = low - low % 100 + value
        return (era if era >= low else era + 100) - offset
    return value - offset if offset and value > _YEAR_MAX else value


def _marks(entries: list[str]) -> frozenset[str]:
    """The one-token entries of ``entries`` (the markers after a year, month or day number: 年, 月, 日)."""
    return frozenset(words[0] for e in entries if len(words := phrase_words(e)) == 1)


def _unit_in(words: tuple[str, ...], unit_of: dict[tuple[str, ...], str]) -> str | None:
    for size in (2, 1):
        for k in range(len(words) - size + 1):
            unit = unit_of.get(words[k:k + size])
            if unit is not None:
                return unit
    return None


def _unit_of_offset(offset: int) -> str:
    size = abs(offset)
    return "day" if size < 7 else "week" if size < 28 else "month" if size < 365 else "year"


# -- raw references --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Ref:
    """A time expression before resolution."""

    start: int
    end: int
    t0: int
    t1: int  # tokens [t0, t1)
    kind: str
    precision: int = 1
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    offset: int = 0
    unit: str = ""
    since: bool = False
    parts: list[str] = field(default_factory=list)
    solar: bool = False  # a Solar Hijri day and month (``month``, ``day``) whose year the publication date gives


def time_refs(text: str, pack: LanguagePack, publication_date: dt.date | None = None, start: int = 0,
              end: int | None = None) -> list[TimeRef]:
    """Every time expression in ``text[start:end]`` (offsets into ``text``), resolved, in text order.

    ``publication_date`` anchors relative expressions, weekdays and dates without a year; see
    the module documentation for every rule. Results are cached per (text, pack, date).

    >>> import datetime as dt
    >>> from geomap.text.packs import get_pack
    >>> pub = dt.date(2024, 3, 4)  # a Monday
    >>> found = time_refs("Вчера вечером и на прошлой неделе", get_pack("ru"), pub)
    >>> [(r.text, str(r.date), r.time_precision) for r in found]
    [('Вчера вечером', '2024-03-03', 1), ('на прошлой неделе', '2024-02-26', 2)]
    >>> [(r.text, r.date) for r in time_refs("أمس", get_pack("ar"))]
    [('أمس', None)]
    """
    check_input(text, pack)
    if publication_date is not None and not isinstance(publication_date, dt.date):
        raise BadInputError(f"publication_date must be a datetime.date, got {type(publication_date).__name__}: "
                            "pass e.g. datetime.date(2020, 9, 28) or None")
    if isinstance(publication_date, dt.datetime):
        publication_date = publication_date.date()
    stop = len(text) if end is None else end
    return [r for r in _resolved(text, pack, publication_date) if r.start >= start and r.end <= stop]


def publication_date(text: str, pack: LanguagePack) -> dt.date | None:
    """The article's own date, read from its dateline or first lines; None when it gives none.

    The first full date (day, month and year) in the first two sentences wins ("MEDAN -- ...
    Kamis (14/3/2024)", "Published 3 March 2024", "2024-03-03T10:00Z"). Failing that, a day and
    month there without a year ("KYIV, March 3 (Reuters) -") takes the latest year written
    anywhere in the text; with no year in the text the result is None.

    >>> from geomap.text.packs import get_pack
    >>> publication_date("MEDAN -- Pameran buku dibuka pada Kamis (14/3/2024). Sebanyak 40 penerbit ikut.",
    ...                  get_pack("id"))
    datetime.date(2024, 3, 14)
    >>> publication_date("KYIV, March 3 (Reuters) - Talks since 2014 stalled; the 2024 budget passed.", get_pack("en"))
    datetime.date(2024, 3, 3)
    >>> publication_date("No date here.", get_pack("en")) is None
    True
    """
    check_input(text, pack)
    head = _head_end(text)
    raws = _raw(text, pack)
    first = [r for r in raws if r.start < head and r.kind == "date" and r.day is not None and r.month is not None
             and not r.solar]
    for r in first:
        if r.year is not None and (day := _safe_date(r.year, r.month or 1, r.day or 1)) is not None:
            return day
    years = [r.year for r in raws if r.year is not None and r.kind in ("date", "year")]
    if first and years:
        r = first[0]
        return _safe_date(max(years), r.month or 1, r.day or 1)
    return None


def _head_end(text: str) -> int:
    """End offset of the first two sentences (at least 200, at most 600 characters)."""
    head = text[:800]
    found = sentences(head)
    end = found[1].end if len(found) > 1 else len(head)
    return max(min(len(text), 200), min(end, 600))


# -- scanning ----------------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _raw(text: str, pack: LanguagePack) -> tuple[_Ref, ...]:
    sc = scan(text)
    lx = _lex(pack)
    n = len(sc.words)
    refs: list[_Ref] = []
    decades = _decades(text, sc, lx)
    taken = {t for r in decades for t in range(r.t0, r.t1)}
    words, digit, triggers = sc.words, sc.digit, lx.triggers
    candidates = [k for k, w in enumerate(words) if digit[k] or w in triggers
                  or ("'" in w and w.partition("'")[2] in triggers)]
    free = 0  # the first token not yet inside a reference
    for i in candidates:
        if i < free or i in taken:
            continue
        found = _digit_ref(sc, i, n, lx) if digit[i] else _word_ref(sc, i, n, lx)
        if found is None or any(t in taken for t in range(found.t0, found.t1)):
            continue
        refs.append(found)
        free = found.t1
    refs.extend(decades)
    refs.sort(key=lambda r: r.start)
    for r in refs:
        if r.kind in ("year", "decade", "date") and _after_since(sc, r.t0, lx):
            r.since = True
    return tuple(_merge(sc, refs, lx))


def _decades(text: str, sc: Scan, lx: _Lex) -> list[_Ref]:
    out = []
    for start, end, year in lx.pack.decades(text):
        toks = sc.tokens_in(start, end)
        if not len(toks):
            continue
        # The pack's patterns may include a leading preposition ("in the 1990s"): keep only the decade.
        first = toks.start
        while first < toks.stop - 1 and not sc.digit[first] and lx.lead.match(sc, first) is not None:
            first += 1
        while first < toks.stop - 1 and not sc.digit[first] and sc.words[first] in lx.stopwords:
            first += 1
        out.append(_Ref(sc.starts[first], end, first, toks.stop, "decade", 3, year=year))
    return out


def _digit_ref(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    word = sc.words[i]
    before = sc.before(i)
    if lx.ymd and (found := _ymd(sc, i, n, lx)) is not None:
        return found
    if before.isalpha() and not is_unspaced_char(before):
        return None
    if before and before in ".,/:" and i > 0 and sc.digit[i - 1] and sc.ends[i - 1] == sc.starts[i] - 1:
        return None  # inside a longer number or date
    return ((_solar_date(sc, i, n, lx) if lx.solar_months.first else None)
            or _numeric_date(sc, i, n, lx) or _day_month(sc, i, n, lx) or _ago(sc, i, n, lx, i)
            or (_year(sc, i, n, lx) if len(word) == 4 else None))


def _solar_date(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    """A Solar Hijri date: ``۱۴۰۲/۱۲/۱۵`` (year first, 1300-1499), ``۱۵ اسفند ۱۴۰۲`` or ``۱۵ اسفند``."""
    w = sc.words
    if len(w[i]) == 4 and i + 2 < n and sc.digit[i + 1] and sc.digit[i + 2] and sc.gap(i) == sc.gap(i + 1) \
            and sc.gap(i) in ("/", "-", ".") and FIRST_YEAR <= int(w[i]) <= LAST_YEAR \
            and not _digit_follows(sc, i + 2, n):
        return _solar(sc, i, i + 3, int(w[i]), int(w[i + 1]), int(w[i + 2]))
    if len(w[i]) > 2 or i + 1 >= n or sc.gap(i).strip() != "":
        return None
    found = lx.solar_months.match(sc, i + 1)
    if found is None:
        return None
    t1, month, _ = found
    if t1 < n and sc.digit[t1] and len(w[t1]) == 4 and sc.gap(t1 - 1).strip() == "" \
            and FIRST_YEAR <= int(w[t1]) <= LAST_YEAR:
        return _solar(sc, i, t1 + 1, int(w[t1]), month, int(w[i]))
    if not 1 <= int(w[i]) <= 31:
        return None
    return _Ref(sc.starts[i], sc.ends[t1 - 1], i, t1, "date", 1, month=month, day=int(w[i]), solar=True)


def _solar(sc: Scan, t0: int, t1: int, year: int, month: int, day: int) -> _Ref | None:
    try:
        date = to_gregorian(year, month, day)
    except ValueError:
        return None
    return _explicit(sc, t0, t1, date.year, date.month, date.day)


def _solar_day(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The Gregorian date of a Solar Hijri day and month written without a year, seen from ``anchor``."""
    year = from_gregorian(anchor)[0]
    for y in (year, year - 1):
        try:
            date = to_gregorian(y, month, day)
        except ValueError:
            continue
        if (date - anchor).days <= FUTURE_DAYS:
            return date
    return None


def _numeric_date(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    w = sc.words
    if i + 2 < n and sc.digit[i + 1] and sc.digit[i + 2]:
        g1, g2 = sc.gap(i), sc.gap(i + 1)
        if len(w[i]) == 4 and g1 == g2 == "-" and len(w[i + 1]) <= 2 and len(w[i + 2]) <= 2 \
                and not _digit_follows(sc, i + 2, n):
            return _explicit(sc, i, i + 3, int(w[i]), int(w[i + 1]), int(w[i + 2]))
        if g1 == g2 and g1 in ("/", ".", "-") and len(w[i]) <= 2 and len(w[i + 1]) <= 2 \
                and len(w[i + 2]) in (2, 4) and not _digit_follows(sc, i + 2, n):
            year = _calendar_year(int(w[i + 2]), len(w[i + 2]), lx)
            a, b = int(w[i]), int(w[i + 1])
            day, month = _order(a, b, lx)
            return _explicit(sc, i, i + 3, year, month, day)
    if i + 1 < n and sc.digit[i + 1] and sc.gap(i) == "/" and len(w[i]) <= 2 and len(w[i + 1]) <= 2 \
            and not _digit_follows(sc, i + 1, n) and sc.after(i + 1) != "/":
        opened = sc.before(i) == "("
        prev = i - 1
        weekday_before = prev >= 0 and lx.weekdays.match(sc, prev) is not None and sc.gap(prev).strip(" ,") == ""
        lead_before = prev >= 0 and _phrase_ends(lx.lead, sc, i)
        if opened or weekday_before or lead_before:
            day, month = _order(int(w[i]), int(w[i + 1]), lx)
            return _explicit(sc, i, i + 2, None, month, day)
    return None


#: What may come between the parts of a year-month-day date: nothing (2024年3月1日) or a space (2024년 3월 5일).
_YMD_GAPS = ("", " ")


def _ymd(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    """A Chinese, Japanese or Korean date: ``2024年3月1日``, ``3月1日``, ``2024年3月``, ``令和6年3月1日`` (an era's
    year), ``2024년 3월 5일``, or a day alone (``1日``: that day of the month, resolved against the publication
    date)."""
    w, digit = sc.words, sc.digit

    def marked(k: int, marks: frozenset[str], width: int) -> int | None:
        """The number at token ``k`` if the next token is one of ``marks`` right after it (Korean writes a particle
        onto the marker: 5일에)."""
        if k + 1 < n and digit[k] and len(w[k]) <= width and w[k + 1] in marks and sc.gap(k) == "":
            return int(w[k])
        return None

    t0, k, year = i, i, None
    value = marked(k, lx.year_marks, 4)
    if value is not None:
        era = next(((name, base) for name, base in lx.eras if sc.low.endswith(name, 0, sc.starts[i])), None)
        if era is not None and len(phrase_words(era[0])) == len(era[0]) and i >= len(era[0]):
            year, t0 = era[1] + value, i - len(era[0])
        elif len(w[k]) == 4:
            year = value
        else:
            return None  # "3年前": three years ago
        k += 2
        if k < n and sc.gap(k - 1) not in _YMD_GAPS:
            return _Ref(sc.starts[t0], sc.ends[k - 1], t0, k, "year", 3, year=year)
    month = marked(k, lx.month_marks, 2)
    if month is None:
        if year is not None:
            return _Ref(sc.starts[t0], sc.ends[k - 1], t0, k, "year", 3, year=year)
        day = marked(k, lx.day_marks, 2)
        if day is None or not 1 <= day <= 31 or (k + 2 < n and lx.ago_after.match(sc, k + 2) is not None):
            return None  # not a day: "3日前", three days ago
        return _Ref(sc.starts[t0], sc.ends[k + 1], t0, k + 2, "date", 1, day=day)
    k += 2
    day = marked(k, lx.day_marks, 2) if sc.gap(k - 1) in _YMD_GAPS else None
    if day is not None:
        k += 2
    return _explicit(sc, t0, k, year, month, day, precision=1 if day is not None else 3)


def _order(a: int, b: int, lx: _Lex) -> tuple[int, int]:
    """(day, month) of two numbers of a numeric date, by value, else by the language's order."""
    if a > 12 >= b:
        return a, b
    if b > 12 >= a:
        return b, a
    return (b, a) if lx.month_first else (a, b)


def _digit_follows(sc: Scan, k: int, n: int) -> bool:
    """Is token ``k`` followed by more digits joined by a separator (a longer number or date)?"""
    return k + 1 < n and sc.digit[k + 1] and sc.gap(k) in (".", ",", "/", ":", "-")


def _explicit(sc: Scan, t0: int, t1: int, year: int | None, month: int, day: int | None,
              precision: int = 1) -> _Ref | None:
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    if year is not None and not _YEAR_MIN <= year <= _YEAR_MAX:
        return None
    if year is not None and day is not None and _safe_date(year, month, day) is None:
        return None
    return _Ref(sc.starts[t0], sc.ends[t1 - 1], t0, t1, "date", precision, year=year, month=month, day=day)


def _day_month(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    """``28 September [2020]``, ``28-29 de septiembre``, ``1er mars``, ``28 сентября 2020 года``."""
    w = sc.words
    if len(w[i]) > 2:
        return None
    day = int(w[i])
    k = i + 1
    precision = 1
    if k + 1 < n and sc.digit[k] and sc.gap(i).strip() in ("-", "–", "—") and len(w[k]) <= 2 \
            and int(w[k]) > day:
        precision = 2 if int(w[k]) - day < 7 else 3
        k += 1
    if k < n and w[k] in lx.ordinals and sc.gap(k - 1) in ("", "-"):
        k += 1
    if k >= n or sc.gap(k - 1).strip(lx.day_gap) != "":
        return None
    if w[k] in lx.joiners and k + 1 < n and sc.joined(k):
        k += 1
    found = lx.months.match(sc, k)
    if found is None or not _cased(sc, k, lx):
        return None
    t1, month, _ = found
    year, t1 = _year_after_month(sc, t1, n, lx)
    return _explicit(sc, i, t1, year, month, day, precision)


def _year_after_month(sc: Scan, t: int, n: int, lx: _Lex) -> tuple[int | None, int]:
    """A year right after a month name (``, 2020``, ``de 2020``, ``2020 року``): (year, end token)."""
    k = t
    if k < n and not sc.digit[k] and sc.words[k] in lx.joiners and sc.joined(k - 1) and k + 1 < n:
        k += 1
    width = len(sc.words[k]) if k < n else 0
    if k < n and sc.digit[k] and (width == 4 or (width == 2 and lx.two_digit_years and "." in sc.gap(k - 1))) \
            and sc.gap(k - 1).strip(" .,\u00a0") == "" \
            and "\n" not in sc.gap(k - 1) and not _digit_follows(sc, k, n) and (not sc.after(k).isalpha() or (
                k + 1 < n and sc.gap(k) == "" and lx.year_after.match(sc, k + 1) is not None)):  # Urdu "2024ء"
        year = _calendar_year(int(sc.words[k]), width, lx)
        if _YEAR_MIN <= year <= _YEAR_MAX:
            end = k + 1
            if end < n and (found := lx.year_after.match(sc, end)) is not None and sc.gap(end - 1).strip(" ") == "":
                end = found[0]
            return year, end
    return None, t


def _year(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    year = _calendar_year(int(sc.words[i]), 4, lx)
    if not _YEAR_MIN <= year <= _YEAR_MAX or _digit_follows(sc, i, n):
        return None
    end = i + 1
    after = sc.after(i)
    suffix = lx.year_after.match(sc, end) if end < n else None
    if after.isalpha() and (suffix is None or sc.gap(i) != ""):
        return None
    if suffix is not None and sc.gap(i).strip(" ") == "":
        end = suffix[0]
    if year not in _BARE_YEARS and not _phrase_ends(lx.lead, sc, i) and suffix is None:
        return None
    if i + 1 < n and sc.words[i + 1] in lx.scales and sc.joined(i) and lx.scales.match(sc, i + 1) is not None:
        return None  # 2000 juta: a number with its scale word
    return _Ref(sc.starts[i], sc.ends[end - 1], i, end, "year", 3, year=year)


def _ago(sc: Scan, i: int, n: int, lx: _Lex, t0: int) -> _Ref | None:
    """``3 days ago``, ``tiga hari lalu``, ``две недели назад`` from the number at token ``i``."""
    if lx.units.first.keys().isdisjoint(sc.words[i + 1:i + 6]):
        return None
    found = number_at(sc, i, lx.pack)
    if found is None and sc.digit[i] and i + 1 < n and sc.gap(i) == "" and lx.units.match(sc, i + 1) is not None:
        found = int(sc.words[i]), i + 1  # the unit written onto its number: Korean "3일 전", "2주 전"
    if found is None:
        return None
    value, k = found
    if k >= n or not sc.joined(k - 1):
        return None
    unit = lx.units.match(sc, k)
    if unit is None:
        return None
    k = unit[0]
    if t0 == i:  # the ago word must follow
        if k >= n or not sc.joined(k - 1) or (ago := lx.ago_after.match(sc, k)) is None:
            return None
        k = ago[0]
    return _period(sc, t0, k, -value, unit[1], exact=True)


def _period(sc: Scan, t0: int, t1: int, offset_units: int, unit: str, exact: bool) -> _Ref:
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * offset_units
    precision = {"day": 1 if exact else 2, "week": 2}.get(unit, 3)
    return _Ref(sc.starts[t0], sc.ends[t1 - 1], t0, t1, "period", precision, offset=days, unit=unit)


def _word_ref(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    candidates: list[_Ref] = []
    w = sc.words[i]
    if w in lx.months.first and (r := _month_ref(sc, i, n, lx)) is not None:
        candidates.append(r)
    if w in lx.periods.first and (found := lx.periods.match(sc, i)) is not None:
        t1, (offset, unit, precision), start = found
        candidates.append(_Ref(start, sc.ends[t1 - 1], i, t1, "period", precision, offset=offset, unit=unit))
    if w in lx.ago_before.first and (found := lx.ago_before.match(sc, i)) is not None and found[0] < n \
            and sc.joined(found[0] - 1) and (r := _ago(sc, found[0], n, lx, i)) is not None:
        candidates.append(r)
    if w in lx.number_heads and (r := _ago(sc, i, n, lx, i)) is not None:  # three days ago, dua pekan lalu
        candidates.append(r)
    if w in lx.relative_days.first and (found := lx.relative_days.match(sc, i)) is not None:
        t1, offset, start = found
        part = lx.day_parts.match(sc, i)
        if not (part is not None and part[0] == t1 and t1 == i + 1 and i > 0 and sc.words[i - 1] in lx.stopwords
                and sc.joined(i - 1)):
            candidates.append(_Ref(start, sc.ends[t1 - 1], i, t1, "relative", 1, offset=offset))
    if w in lx.weekdays.first and (found := lx.weekdays.match(sc, i)) is not None \
            and _weekday_ok(sc, i, found[0], n, lx):
        t1, weekday, start = found
        candidates.append(_Ref(start, sc.ends[t1 - 1], i, t1, "weekday", 1, weekday=weekday))
    if w in lx.day_parts.first and (found := lx.day_parts.match(sc, i)) is not None:
        t1, part, start = found
        candidates.append(_Ref(start, sc.ends[t1 - 1], i, t1, "part_of_day", 1, parts=[part]))
    if not candidates:
        return None
    return max(candidates, key=lambda r: r.t1)  # longest; on a tie the first (dates, periods, relatives...)


def _month_ref(sc: Scan, i: int, n: int, lx: _Lex) -> _Ref | None:
    """``September 28, 2020``, ``Sept. 28``, ``March 2020``, ``marzo de 2020``, ``in March``."""
    found = lx.months.match(sc, i)
    if found is None or not _cased(sc, i, lx):
        return None
    t1, month, start = found
    w = sc.words
    k = t1
    if lx.month_day and k < n and sc.digit[k] and len(w[k]) <= 2 and sc.gap(k - 1).strip(" .\u00a0") == "" \
            and "\n" not in sc.gap(k - 1) and not _digit_follows(sc, k, n):
        day = int(w[k])
        end = k + 1
        if end < n and w[end] in lx.ordinals and sc.gap(k) in ("", "-"):
            end += 1
        if not (end < n and sc.after(end - 1).isalpha()):
            year, end = _year_after_month(sc, end, n, lx)
            ref = _explicit(sc, i, end, year, month, day)
            if ref is not None:
                ref.start = start
                return ref
    year, end = _year_after_month(sc, t1, n, lx)
    if year is not None:
        ref = _explicit(sc, i, end, year, month, None, precision=3)
        if ref is not None:
            ref.start = start
        return ref
    if tuple(w[i:t1]) in lx.full_months and (_phrase_ends(lx.lead, sc, i) or (
            lx.lead_after is not None and t1 < n and sc.joined(t1 - 1) and lx.lead_after.match(sc, t1) is not None)):
        return _Ref(start, sc.ends[t1 - 1], i, t1, "date", 3, month=month)
    return None


def _weekday_ok(sc: Scan, i: int, t1: int, n: int, lx: _Lex) -> bool:
    """Is the weekday name at token ``i`` used as a day (not "minggu" = week, "среды" = environment)?"""
    upper = sc.text[sc.starts[i]].isupper()
    if lx.capitalized:
        return upper
    if upper and not _sentence_start(sc, i):
        return False  # a capitalised weekday mid-sentence in a language that writes them in lower case: a name
    if i == 0 or _sentence_start(sc, i) or not lx.weekday_cue:
        return True
    if sc.words[i - 1] in lx.stopwords or _phrase_ends(lx.lead, sc, i) or _phrase_ends(lx.day_parts, sc, i):
        return True
    if t1 < n and sc.joined(t1 - 1) and (lx.day_parts.match(sc, t1) is not None or sc.digit[t1]):
        return True
    return sc.gap(i - 1).strip() in ("(", ",")


def _sentence_start(sc: Scan, i: int) -> bool:
    k = sc.starts[i] - 1
    while k >= 0 and sc.low[k] in " \t\u00a0\"'«“„":
        k -= 1
    return k < 0 or sc.low[k] in _OPENERS


def _cased(sc: Scan, k: int, lx: _Lex) -> bool:
    return not lx.capitalized or sc.text[sc.starts[k]].isupper()


def _phrase_ends(phrases: Phrases[bool] | Phrases[str], sc: Scan, i: int) -> bool:
    """Does an entry of ``phrases`` end right before token ``i`` (joined by white space)?"""
    if i == 0 or not sc.joined(i - 1):
        return False
    first = phrases.first
    for s in range(max(0, i - 4), i):
        if sc.words[s] not in first:
            continue
        found = phrases.match(sc, s, i)
        if found is not None and found[0] == i:
            return True
    return False


def _after_since(sc: Scan, t0: int, lx: _Lex) -> bool:
    """Is token ``t0`` introduced by a since word, maybe across fillers (``sejak tahun``, ``since the``)?"""
    k = t0
    for _ in range(3):
        if _phrase_ends(lx.since, sc, k):
            return True
        if k > 0 and sc.joined(k - 1) and sc.words[k - 1] in lx.fillers:
            k -= 1
            continue
        return False
    return False


# -- merging ------------------------------------------------------------------------------------------------


_DAYS = ("date", "weekday", "relative")


def _merge(sc: Scan, refs: list[_Ref], lx: _Lex) -> list[_Ref]:
    """Join a weekday and the date after it, and a part of the day and the day it qualifies."""
    out: list[_Ref] = []
    for ref in refs:
        prev = out[-1] if out else None
        if prev is not None and prev.t1 <= ref.t0:
            gap = sc.low[prev.end:ref.start]
            merged = _join(sc, prev, ref, gap, lx)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(ref)
    return out


def _join(sc: Scan, a: _Ref, b: _Ref, gap: str, lx: _Lex) -> _Ref | None:
    small = _small_gap(sc, a, b, gap, lx)
    if not small:
        return None
    day_a = a.kind in _DAYS and (a.kind != "date" or a.day is not None)
    day_b = b.kind in _DAYS and (b.kind != "date" or b.day is not None)
    if a.kind == "weekday" and b.kind == "date" and b.day is not None:
        end = b.end + 1 if "(" in gap and sc.low[b.end:b.end + 1] == ")" else b.end
        return _span(b, a.start, end, a.t0, b.t1, a.parts + b.parts)
    if a.kind == "part_of_day" and b.kind == "date" and b.day is not None and "(" in gap:
        end = b.end + 1 if sc.low[b.end:b.end + 1] == ")" else b.end
        return _span(b, a.start, end, a.t0, b.t1, a.parts + b.parts)
    if day_a and b.kind == "part_of_day" and "(" not in gap:
        return _span(a, a.start, b.end, a.t0, b.t1, a.parts + b.parts)
    if a.kind == "part_of_day" and day_b and "(" not in gap and "," not in gap:
        return _span(b, a.start, b.end, a.t0, b.t1, a.parts + b.parts)
    return None


def _span(r: _Ref, start: int, end: int, t0: int, t1: int, parts: list[str]) -> _Ref:
    r.start, r.end, r.t0, r.t1, r.parts = start, end, t0, t1, parts
    return r


def _small_gap(sc: Scan, a: _Ref, b: _Ref, gap: str, lx: _Lex) -> bool:
    if "\n" in gap:
        return False
    if gap.strip(" ,(\u00a0") == "" and len(gap) <= 4:
        return True
    words = list(range(a.t1, b.t0))
    return 0 < len(words) <= 2 and all(sc.words[k] in lx.stopwords for k in words) \
        and all(sc.joined(k) for k in range(a.t1 - 1, b.t0))


# -- resolution ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _resolved(text: str, pack: LanguagePack, pub: dt.date | None) -> tuple[TimeRef, ...]:
    raws = _raw(text, pack)
    anchor = pub
    if anchor is None:
        full = [d for r in raws if r.kind == "date" and r.year is not None and r.day is not None
                and (d := _safe_date(r.year, r.month or 1, r.day)) is not None]
        anchor = max(full) if full else None
    out = []
    for r in raws:
        ref = _resolve(sc_text=text, r=r, pub=pub, anchor=anchor)
        if ref is not None:
            out.append(ref)
    return tuple(out)


def _resolve(sc_text: str, r: _Ref, pub: dt.date | None, anchor: dt.date | None) -> TimeRef | None:
    text = sc_text[r.start:r.end]
    date: dt.date | None = None
    last: dt.date | None = None  # the last day the reference covers, for 'historical'
    historical = False
    if r.kind == "date" and r.solar:
        date = _solar_day(r.month or 1, r.day or 1, anchor) if anchor is not None else None
        last = date
    elif r.kind == "date" and r.month is None:  # a day of the month alone (1日): the latest such day
        if anchor is not None:
            date = _day_on_or_before(r.day or 1, anchor)
            last = date
    elif r.kind == "date":
        year = r.year
        if year is None and anchor is not None:
            year = _infer_year(r.month or 1, r.day or 1, anchor)
        if year is not None:
            date = _safe_date(year, r.month or 1, r.day or 1)
            if date is None:
                return None
            last = _month_end(date) if r.day is None else date + dt.timedelta(days=6 if r.precision == 2 else 0)
        historical = r.since and r.day is None
    elif r.kind == "weekday" and pub is not None:
        date = pub - dt.timedelta(days=(pub.weekday() - (r.weekday or 0)) % 7)
    elif r.kind == "relative" and pub is not None:
        date = pub + dt.timedelta(days=r.offset)
    elif r.kind == "period" and pub is not None:
        date, last = _period_date(pub, r.offset, r.unit)
        if r.unit == "year":
            historical = date.year < pub.year
    elif r.kind == "year" and r.year is not None:
        date = dt.date(r.year, 1, 1)
        historical = r.since or (anchor is not None and r.year < anchor.year)
    elif r.kind == "decade" and r.year is not None:
        date = dt.date(r.year, 1, 1)
        historical = r.since or (anchor is not None and not r.year <= anchor.year <= r.year + 9)
    if not historical and last is not None and anchor is not None and r.kind in ("date", "period"):
        historical = (anchor - last).days > HISTORICAL_DAYS
    return TimeRef(r.start, r.end, text, date, r.precision, historical, r.kind)


def _period_date(pub: dt.date, offset: int, unit: str) -> tuple[dt.date, dt.date]:
    """(first day, last day) of a relative period ``offset`` days from ``pub`` counted in ``unit``."""
    if unit == "day":
        day = pub + dt.timedelta(days=offset)
        return day, day
    if unit == "week":
        day = pub + dt.timedelta(days=offset)
        monday = day - dt.timedelta(days=day.weekday())
        return monday, monday + dt.timedelta(days=6)
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 + int(offset / 30)
        first = dt.date(months // 12, months % 12 + 1, 1)
        return first, _month_end(first)
    year = pub.year + int(offset / 365)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _day_on_or_before(day: int, anchor: dt.date) -> dt.date:
    """The latest date on or before ``anchor`` whose day of the month is ``day``.

    >>> _day_on_or_before(15, dt.date(2024, 3, 10)), _day_on_or_before(31, dt.date(2024, 3, 10))
    (datetime.date(2024, 2, 15), datetime.date(2024, 1, 31))
    """
    year, month = anchor.year, anchor.month
    for _ in range(13):
        found = _safe_date(year, month, day)
        if found is not None and found <= anchor:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return anchor


def _infer_year(month: int, day: int, anchor: dt.date) -> int:
    """The year of a day and month written without one, seen from ``anchor``."""
    candidate = _safe_date(anchor.year, month, day) or _safe_date(anchor.year, month, 28)
    if candidate is not None and (candidate - anchor).days > FUTURE_DAYS:
        return anchor.year - 1
    return anchor.year


def _month_end(day: dt.date) -> dt.date:
    nxt = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None

