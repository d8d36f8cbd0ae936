"""What each place mention does in the article: dateline, event, actor, historical or other.

The rules read the language pack (speech and action verbs, locative prepositions,
attribution phrases, passive-agent words, conjunctions, past-time markers), so they work
the same way in every language that has a pack:

- ``dateline``: the place that opens the article before a dash (``BAKU --``, ``Jakarta -``),
  with what the dateline adds before the dash: ``KYIV, Ukraine (AP) —``,
  ``ALEPPO, Syria, March 3 (Reuters) -`` (both places are the dateline).
- ``actor``: a country, capital or region standing for its government, army or people:
  followed by a speech or action verb (``Baku claimed``, ``Rusia menyatakan``), also through
  its ministry or its leader (``Russia's defence ministry said``, ``Kementerian Luar Negeri
  Rusia menyatakan``); after "according to" or a speech verb (``menurut Kiev``, ``a déclaré
  Paris``); the doer of a passive verb (``denied by Armenia``, ``dibantah oleh Azerbaijan``);
  in languages whose clauses open with the verb, right after it (``قالت دمشق``); or opening a
  clause whose verb is one of those.
- ``historical``: a historical state (Soviet Union), or a sentence about the past
  (``in the 1990s``, ``pada 1990-an``, ``since 1994``, a year well before publication).
- ``event``: a place introduced by a locative preposition or a cue word, or a town,
  village, district or landmark named without being an actor.
- ``other``: the rest (countries named in passing, demonyms).

A place joined by a conjunction or a comma to the place before it (``Lviv and Kharkiv``,
``condemned by France and Germany``) shares that place's role when nothing marks its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..text.document import Document
from ..text.packs import LanguagePack, decades_need_digits, universal
from ..text.tokens import caseless_letter, is_caseless
from ..text.unspaced import has_run, has_unspaced, split_run
from .model import Candidate, PlaceMention, _replacer

__all__ = ["assign_roles"]

# A year (15xx to 20xx) that is no part of a longer number. The pattern opens with its first two digits, so that
# the engine jumps to the candidates; the look back for a digit before the year comes after them.
_YEAR = re.compile(r"((?:1[5-9]|20)(?<!\d{3})\d\d)(?!\d)")
_DIGIT = re.compile(r"\d")
#: Feature codes of the towns that stand for a government as its country does: capitals and other seats of government.
_SEATS = ("PPLC", "PPLG")
#: The decimal digits of other scripts (Arabic-Indic, Persian and Urdu, Devanagari, Bengali and the other Indic
#: scripts, Thai, Lao, Burmese, Khmer, full-width) as ASCII ones: a year written "۱۹۹۴" or "१९९४" is 1994.
_DIGIT_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0,
                0x1040, 0x17E0, 0xFF10)
_ASCII_DIGITS = {zero + k: str(k) for zero in _DIGIT_ZEROS for k in range(10)}
_OTHER_DIGIT = re.compile("[" + "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _DIGIT_ZEROS) + "]")
_DATE_NUMERIC = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](1[5-9]\d\d|20\d\d)")
_WORD = re.compile(r"\w+(?:['’ʼ-]\w+)*")
_CLAUSE_END = frozenset(",;:.!?()[]\"“”«»،؛")
_ACTOR_FEATURES = frozenset({"country", "admin1", "region", "city"})
_EVENT_FEATURES = frozenset({"city", "village", "physical", "region", "admin1"})
_POSSESSIVE = re.compile(r"['’ʼ]s?$", re.IGNORECASE)
# A dateline's separator: a dash (not one inside a word) or a colon, after the place and its additions.
_DATELINE_SEPARATOR = re.compile(r"--+|[—–]|(?:(?<=\s)|(?<=\w))-(?=\s)|:(?=\s)")
_PARENTHESES = re.compile(r"\([^()\n]{1,40}\)")
#: Words a dateline may add between its place and the dash ("Ukraine", "March 3", "KOMPAS.com").
_DATELINE_WORDS = 6
#: How far into the text (characters) a dateline's first place may start.
_DATELINE_START = 300
#: Window (characters) after a dateline's first place in which its dash must come.
_DATELINE_REACH = 90
#: Words a body's name may take between an attribution and its country (see _source_body).
_BODY_WORDS = 5
#: Words after a mention searched for its verb, and words allowed between a verb-first verb and its subject.
_VERB_WINDOW = 4
#: Words after a mention read by the actor tests (a country's clause, a verb after a postposition).
_AFTER_WORDS = 8
#: Words before a mention read by the actor tests (a body's name after an attribution, a country's clause).
_BEFORE_WORDS = 6
_VERB_FIRST_GAP = 2

# Why a mention got its role: a locative preposition or cue word, another rule of its own, or a default
# ("event" by the place's type alone, "other") that a list or apposition it belongs to overrides.
_LOCATED, _STRONG, _WEAK = "located", "strong", "weak"


class _Phrases(frozenset[str]):
    """A list of phrases (lower case, words joined by one space) and the first and last words of its phrases: a
    phrase starts (ends) only at one of them.

    >>> p = _Phrases({"according to", "said"})
    >>> "said" in p, sorted(p.heads), sorted(p.tails)
    (True, ['according', 'said'], ['said', 'to'])
    """

    __slots__ = ("heads", "tails")
    heads: frozenset[str]
    tails: frozenset[str]

    def __new__(cls, phrases: Iterable[str] = ()) -> _Phrases:
        self = super().__new__(cls, phrases)
        self.heads = frozenset(p.split(" ")[0] for p in self)
        self.tails = frozenset(p.split(" ")[-1] for p in self)
        return self


@dataclass(frozen=True)
class _Vocabulary:
    """The pack's word lists the rules need, as sets (built once per pack)."""

    verbs: _Phrases
    speech: _Phrases
    action: _Phrases
    attribution: _Phrases
    agent: _Phrases
    locative: frozenset[str]
    conjunctions: frozenset[str]
    stopwords: frozenset[str]
    time_words: frozenset[str]
    org_or_title: frozenset[str]
    addressed: _Phrases
    #: Case endings that locate a name ("Hatay'da"), written with a plain apostrophe.
    endings: tuple[str, ...]
    #: What makes a name the subject or topic of its clause when written onto it ("북한은"; see
    #: :attr:`LanguagePack.subject_endings`).
    subjects: frozenset[str] = frozenset()
    #: Locatives written after the name (Hindi "में"), the cue words that may come between ("जिले"), and
    #: the genitive words after a name (Hindi "के").
    postpositions: frozenset[str] = frozenset()
    cues_after: frozenset[str] = frozenset()
    genitives: frozenset[str] = frozenset()
    #: Every word and phrase above: the words looked for inside a run of Chinese or Japanese (see _run_words).
    known: frozenset[str] = frozenset()
    #: Does every decade pattern of the pack write its year in digits (see :func:`decades_need_digits`)?
    decades_need_digits: bool = True
    #: What the decade patterns capture, alone (see :func:`_decade_groups`).
    decade_groups: re.Pattern[str] | None = None
    #: The words of the pack's "since" phrases (see :func:`_after_since`).
    since_words: frozenset[str] = frozenset()

    @classmethod
    @lru_cache(maxsize=32)
    def of(cls, pack: LanguagePack) -> _Vocabulary:
        speech, action = frozenset(pack.speech_verbs), frozenset(pack.action_verbs)
        time_words = (set(pack.weekdays) | set(pack.months) | set(pack.relative_days) | set(pack.relative_periods)
                      | set(pack.parts_of_day))
        return cls(
            verbs=_Phrases(speech | action),
            speech=_Phrases(speech),
            action=_Phrases(action),
            attribution=_Phrases(frozenset(pack.attribution) | frozenset(pack.dispute)),
            agent=_Phrases(pack.agent),
            locative=frozenset(pack.locative),
            conjunctions=frozenset(pack.conjunctions),
            stopwords=frozenset(pack.stopwords),
            time_words=frozenset(w for phrase in time_words for w in phrase.split()),
            org_or_title=frozenset(pack.org_words) | frozenset(pack.titles),
            addressed=_Phrases(pack.addressed),
            endings=pack.locative_endings,
            subjects=frozenset(pack.subject_endings),
            postpositions=frozenset(pack.postpositions),
            cues_after=frozenset(pack.cue_after) if pack.postpositions else frozenset(),
            genitives=frozenset(pack.genitives),
            known=speech | action | frozenset(pack.attribution) | frozenset(pack.dispute) | frozenset(pack.agent)
            | frozenset(pack.locative) | frozenset(pack.conjunctions) | frozenset(pack.stopwords)
            | frozenset(pack.org_words) | frozenset(pack.titles) | frozenset(time_words) | frozenset(pack.addressed),
            decades_need_digits=decades_need_digits(pack),
            decade_groups=_decade_groups(pack),
            since_words=frozenset(w for phrase in pack.historical_since for w in phrase.split(" ")),
        )


# -- word windows ------------------------------------------------------------------------------------------------


def _run_words(doc: Document, start: int, end: int, voc: _Vocabulary | None) -> list[str] | None:
    """The words of ``doc.text[start:end]``, a piece of a run of Chinese, Japanese, Thai ... (the pack's words found in
    it, other characters one by one; see :func:`split_run`), or None when it is in no such script."""
    if voc is None or start >= end or not has_run(doc.text[start:end]):
        return None
    return [doc.text[a:b] for a, b in split_run(doc.text, voc.known, start, end)]


def _words_after(doc: Document, end: int, limit: int, voc: _Vocabulary | None = None) -> list[str]:
    """Up to ``limit`` (at least 1) words (token texts) after ``end`` in the same clause.

    A mention inside a run of Chinese or Japanese is followed by the rest of the run ("北京表示": 表示)."""
    k = bisect_left(doc.token_starts, end)
    if voc is not None and doc.unspaced:
        return _run_words_after(doc, end, limit, voc, k)
    texts = doc.token_texts
    out: list[str] = []
    _collect(map(texts.__getitem__, range(k, len(texts))), limit, out)  # not islice: it would step through the first k
    return out


def _collect(texts: Iterable[str], limit: int, out: list[str]) -> bool:
    """Append the words among ``texts`` (token texts) to ``out`` until it holds ``limit`` of them or a clause ends;
    True when either happened, False when ``texts`` ran out first.

    >>> out = []
    >>> _collect(["in", "central", "Kyiv", ";", "said"], 5, out), out
    (True, ['in', 'central', 'Kyiv'])
    """
    for text in texts:
        if text[0].isalnum():  # a word, as Token.is_word says
            out.append(text)
            if len(out) == limit:
                return True
        elif text in _CLAUSE_END:
            return True
    return False


def _windows(doc: Document, start: int, end: int, before_limit: int, after_limit: int, voc: _Vocabulary
             ) -> tuple[list[str], list[str]]:
    """The words (token texts) around a mention from ``start`` to ``end``, each in the same clause: up to
    ``before_limit`` (at least 1) before it, in text order, and up to ``after_limit`` after it (as
    :func:`_words_after`; none for 0). Its first token is found once for both.

    A mention inside a run of Chinese or Japanese is preceded by the start of the run ("在北京": 在).

    >>> from geomap.text.document import make_document
    >>> from geomap.text.packs import get_pack
    >>> doc = make_document("Officials in Kyiv said on Monday, as rain fell.", lang="en")
    >>> _windows(doc, 13, 17, 6, 5, _Vocabulary.of(get_pack("en")))
    (['Officials', 'in'], ['said', 'on', 'Monday'])
    """
    starts = doc.token_starts
    k = bisect_left(starts, start)
    if doc.unspaced:
        return (_run_words_before(doc, start, before_limit, voc, k),
                _run_words_after(doc, end, after_limit, voc, bisect_left(starts, end, k)) if after_limit else [])
    texts = doc.token_texts
    # The tokens are read from slices of a few tokens per word wanted (quicker to step through than indexing), the
    # next slice only when one holds too few words and no clause end.
    before: list[str] = []
    hi = k
    while hi > 0:
        lo = max(0, hi - _TOKENS_PER_WORD * before_limit)
        if _collect(reversed(texts[lo:hi]), before_limit, before):
            break
        hi = lo
    before.reverse()
    after: list[str] = []
    if after_limit:
        n = len(texts)
        while k < n and starts[k] < end:  # the mention's own tokens
            k += 1
        while k < n:
            hi = k + _TOKENS_PER_WORD * after_limit
            if _collect(texts[k:hi], after_limit, after):
                break
            k = hi
    return before, after


#: Tokens read at once per word a window wants (see :func:`_windows`).
_TOKENS_PER_WORD = 2


def _run_words_after(doc: Document, end: int, limit: int, voc: _Vocabulary, k: int) -> list[str]:
    """:func:`_words_after` in a text holding runs of Chinese or Japanese (``k``: the first token from ``end``)."""
    out: list[str] = []
    if k and doc.token_ends[k - 1] > end and (rest := _run_words(doc, end, doc.token_ends[k - 1], voc)) is not None:
        out.extend(rest[:limit])
        if len(out) >= limit:
            return out
    texts = doc.token_texts
    for i in range(k, len(texts)):
        text = texts[i]
        if (text[0].isalnum() and not text.isascii()
                and (inner := _run_words(doc, doc.token_starts[i], doc.token_ends[i], voc)) is not None):
            out.extend(inner[:limit - len(out)])
            if len(out) == limit:
                break
        elif text[0].isalnum():  # a word, as Token.is_word says
            out.append(text)
            if len(out) == limit:
                break
        elif text in _CLAUSE_END:
            break
    return out


def _run_words_before(doc: Document, start: int, limit: int, voc: _Vocabulary, k: int) -> list[str]:
    """The words before a mention (see :func:`_windows`) in a text holding runs of Chinese or Japanese (``k``:
    the first token from ``start``)."""
    texts = doc.token_texts
    out: list[str] = []
    if k and doc.token_ends[k - 1] > start and (
            head := _run_words(doc, doc.token_starts[k - 1], start, voc)) is not None:
        out.extend(reversed(head[-limit:]))
        if len(out) >= limit:
            return out[::-1]
        k -= 1
    for i in range(k - 1, -1, -1):
        text = texts[i]
        if (text[0].isalnum() and not text.isascii()
                and (inner := _run_words(doc, doc.token_starts[i], doc.token_ends[i], voc)) is not None):
            out.extend(reversed(inner[-(limit - len(out)):]))
            if len(out) == limit:
                break
        elif text[0].isalnum():
            out.append(text)
            if len(out) == limit:
                break
        elif text in _CLAUSE_END:
            break
    return out[::-1]


def _capitalised(word: str) -> bool:
    """:attr:`Token.is_cap` of a token with text ``word``."""
    return word[0].isupper()


def _phrase_in(lowered: Sequence[str], phrases: _Phrases, max_len: int = 3) -> int:
    """Index of the first of the words ``lowered`` (in lower case) starting a phrase of ``phrases`` (or -1)."""
    heads = phrases.heads
    if heads.isdisjoint(lowered):
        return -1
    for i, word in enumerate(lowered):
        if word not in heads:
            continue
        for n in range(min(max_len, len(lowered) - i), 0, -1):
            if " ".join(lowered[i:i + n]) in phrases:
                return i
    return -1


def _ends_with(lowered: Sequence[str], phrases: _Phrases, max_len: int = 4) -> int:
    """Length of the longest phrase of ``phrases`` that ends the words ``lowered`` (in lower case; 0 when none does)."""
    if not lowered or lowered[-1] not in phrases.tails:
        return 0
    for n in range(min(max_len, len(lowered)), 0, -1):
        if " ".join(lowered[-n:]) in phrases:
            return n
    return 0


# -- dateline ----------------------------------------------------------------------------------------------------


def _dateline_end(doc: Document, m: PlaceMention) -> int | None:
    """Offset of the dash that ends the dateline opened by ``m``, or None when ``m`` opens no dateline.

    ``m`` must open a line near the top of the text (a headline may come first, and an outlet
    name with a dash, ``Kompas.com - BAKU --``, or with a comma, ``Liputan6.com, Makassar -``), or,
    written in capitals, the sentence after a headline. Between it and the dash only capitalised
    words, abbreviations, numbers, month names and a parenthesised agency may come: ``, Ukraine (AP)``,
    ``, 5 марта (ТАСС)``, ``, KOMPAS.com``, ``, Minn.``. A colon ends a dateline only right after the place
    (``MOSCOW:``), as "Place Word:" is more often a headline.
    """
    if m.start > _DATELINE_START or "demonym" in m.evidence:
        return None
    if doc.text.startswith("=", m.end):
        return _agency_dateline_end(doc, m)
    if has_unspaced(m.surface):
        return _unspaced_dateline_end(doc, m)
    capitals = m.surface.isupper() and len(m.surface) > 2
    line_start = doc.text.rfind("\n", 0, m.start) + 1
    before = doc.text[line_start:m.start].strip()
    if before and not before.endswith(("-", "—", "–")) and not (
            capitals and m.sentence < len(doc.sentences) and doc.sentences[m.sentence].start == m.start) and not (
            before.endswith(",") and _OUTLET.fullmatch(before)):  # an outlet's name ends with its comma
        return None
    line_end = doc.text.find("\n", m.end)
    reach = doc.text[m.end:min(m.end + _DATELINE_REACH, len(doc.text) if line_end < 0 else line_end)]
    sep = _DATELINE_SEPARATOR.search(reach)
    if sep is not None:
        addition = _PARENTHESES.sub(" ", reach[:sep.start()])
        words = _WORD.findall(addition)
        if len(words) <= _DATELINE_WORDS and not (sep.group() == ":" and words) and all(
            _dateline_word(doc, word) for word in words
        ) and not _sentence_end_in(addition):
            return m.end + sep.start()
    # "BAKU Fighting resumed ...": a place in capitals opening the text is a dateline without its dash.
    return m.end if capitals else None


#: The formulas of Chinese and Japanese datelines after the place: the agency's "新华社北京1月15日电" (a date
#: and 电, "wired"), Kyodo's "【北京共同】" (the agency's short name and the closing bracket), "北京（共同）".
_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_WIRED = re.compile(rf"(?:\d{{4}}年)?(?:{_NUMBER}月{_NUMBER}日)?[电電]")
_BRACKET_TAIL = re.compile(r"[^\s【】。、，]{0,8}】")
_PAREN_TAIL = re.compile(r"[（(][^\s（）()。、，]{1,8}[）)]")


@lru_cache(maxsize=32)
def _unspaced_outlets(pack: LanguagePack) -> frozenset[str]:
    """News agencies and outlets written in Chinese or Japanese script (the universal pack's agencies and the
    pack's stop names): what may open a dateline before its place ("新华社北京...")."""
    return frozenset(w for w in (*universal().agencies, *pack.stop_names) if has_unspaced(w))


def _unspaced_dateline_end(doc: Document, m: PlaceMention) -> int | None:
    """End of a Chinese or Japanese dateline opened by ``m``: "新华社北京1月15日电", "【北京共同】", "北京（共同）"."""
    if m.start > 60:
        return None
    text = doc.text
    before = text[text.rfind("\n", 0, m.start) + 1:m.start].strip()
    if before == "【":
        tail = _BRACKET_TAIL.match(text, m.end)
        return tail.end() if tail is not None else None
    if before and before not in _unspaced_outlets(doc.pack):
        return None
    tail = _WIRED.match(text, m.end) or (_PAREN_TAIL.match(text, m.end) if not before else None)
    return tail.end() if tail is not None else None


#: Korean agencies write the place, "=" and their name: "(서울=연합뉴스)", "서울=연합뉴스", "【서울=뉴시스】".
_AGENCY_TAIL = re.compile(r"=\s*([^\s=()\[\]【】]{1,20})\s*([)\]】]?)")


def _agency_dateline_end(doc: Document, m: PlaceMention) -> int | None:
    """End of a dateline in which "=" joins the place and the agency: "(서울=연합뉴스)" (the agency must be one the
    packs know: the universal pack's agencies or the language pack's stop names)."""
    text = doc.text
    before = text[text.rfind("\n", 0, m.start) + 1:m.start].strip()
    if m.start > 60 or before not in ("", "(", "[", "【"):
        return None
    tail = _AGENCY_TAIL.match(text, m.end)
    if tail is None or (tail.group(1) not in universal().agencies and tail.group(1) not in doc.pack.stop_names):
        return None
    return tail.end()


#: An online outlet's name and a comma before the dateline's place: "Liputan6.com, Makassar -".
_OUTLET = re.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|co\.id|co\.uk|id|ru|ua|fr|es)\s*,", re.IGNORECASE)


def _dateline_word(doc: Document, word: str) -> bool:
    return (word[0].isupper() or word[0].isdigit() or word[0].lower() == word[0].upper() or caseless_letter(word[0])
            or doc.pack.month(word) is not None)


def _sentence_end_in(text: str) -> bool:
    """Does ``text`` hold a sentence end (a dot after anything but a short capitalised abbreviation)?"""
    for m in re.finditer(r"[.!?;](?=\s|$)", text):
        word = re.search(r"(\w+)$", text[:m.start()])
        if m.group() != "." or word is None or not word.group(1)[0].isupper() or len(word.group(1)) > 5:
            return True
    return False


# -- the past ----------------------------------------------------------------------------------------------------


def _after_since(voc: _Vocabulary, pack: LanguagePack, lowered: str, year_start: int) -> bool:
    """Is the year at ``year_start`` introduced by a "since" word (``since the 1994``, ``с 1991``, ``منذ عام``)?

    Whole words only: Russian ``с`` and Ukrainian ``з`` are one-letter words, not parts of others.
    Up to two words may come between ("since the", "sejak tahun", "منذ عام").
    """
    words = _WORD.findall(lowered[max(0, year_start - 40):year_start])[-5:]
    if voc.since_words.isdisjoint(words):
        return False  # no word of any "since" phrase
    for end in range(len(words), max(0, len(words) - 3), -1):
        for n in (3, 2, 1):
            if end - n >= 0 and " ".join(words[end - n:end]) in pack.historical_since:
                return True
    return False


def _historical(doc: Document, voc: _Vocabulary, sentence_text: str) -> bool:
    """Is the sentence about the past: a decade (``in the 1990s``), a year after "since" (before publication), a
    year two or more before publication?"""
    pack = doc.pack
    if not _has_digit(sentence_text):  # no year either
        return not voc.decades_need_digits and _has_decade(voc, pack, sentence_text, False)
    if _has_decade(voc, pack, sentence_text, True):
        return True
    if not sentence_text.isascii() and _OTHER_DIGIT.search(sentence_text) is not None:
        sentence_text = sentence_text.translate(_ASCII_DIGITS)  # same length: offsets stay
    years = list(_YEAR.finditer(sentence_text))
    if not years:
        return False
    pub = doc.publication_date
    lowered: str | None = None  # each made when first needed
    current_dates: set[int] | None = None
    for m in years:
        year = int(m.group(1))
        if pub is not None and year >= pub.year:
            continue  # neither test below holds
        if current_dates is None:
            current_dates = {int(d.group(1)) for d in _DATE_NUMERIC.finditer(sentence_text)}
        if year in current_dates:
            continue
        if pub is not None and year <= pub.year - 2:
            return True
        if lowered is None:
            lowered = sentence_text.lower()
        if _after_since(voc, pack, lowered, m.start()):  # a year before publication's (or no date known)
            return True
    return False


def _has_digit(text: str) -> bool:
    """Does ``text`` hold a decimal digit (what ``\\d`` finds)? The ten ASCII digits are looked for first, each at C
    speed: quicker than the pattern over a text without any.

    >>> _has_digit("in 1994"), _has_digit("no year"), _has_digit("سنة ١٩٩٤")
    (True, False, True)
    """
    return any(map(text.__contains__, "0123456789")) or (not text.isascii() and _DIGIT.search(text) is not None)


def _has_decade(voc: _Vocabulary, pack: LanguagePack, text: str, digits: bool) -> bool:
    """:meth:`LanguagePack.has_decade`, asked only when :attr:`_Vocabulary.decade_groups` finds a decade's year in
    ``text``."""
    groups = voc.decade_groups
    if groups is not None and groups.search(text) is None:
        return False
    return pack.has_decade(text, digits)


@lru_cache(maxsize=64)
def _decade_groups(pack: LanguagePack) -> re.Pattern[str] | None:
    """A pattern finding what the capturing group of any of the pack's decade patterns captures, alone ("1990" of
    "the 1990s"): every decade expression holds one, and the bare group is quicker to look for than the whole
    expression. None when a group cannot be cut out of its pattern (see :func:`_group_source`).

    >>> from geomap.text.packs import get_pack
    >>> groups = _decade_groups(get_pack("en"))
    >>> groups.search("in the late 1990s") is not None, groups.search("on 5 May 2024") is None
    (True, True)
    """
    patterns = pack.decade_patterns
    sources = [_group_source(p) for p in patterns]
    if not patterns or None in sources or len({p.flags for p in patterns}) > 1:
        return None
    try:
        return re.compile("|".join(f"(?:{source})" for source in dict.fromkeys(sources)), patterns[0].flags)
    except re.error:
        return None


def _group_source(pattern: re.Pattern[str]) -> str | None:
    r"""The source of the one capturing group of ``pattern`` ("1[5-9]\d0" of "(?:in )?(1[5-9]\d0)s"), or None
    when unsure what it means alone: a named group, scoped flags ("(?i:...)"), a conditional, a verbose pattern.

    >>> _group_source(re.compile(r"\b(?:the\s+)?(1[5-9]\d0|20[0-2]0)'?s\b")), _group_source(re.compile(r"(?i:(a))"))
    ('1[5-9]\\d0|20[0-2]0', None)
    """
    source = pattern.pattern
    if pattern.groups != 1 or pattern.flags & re.VERBOSE:
        return None
    opened: list[int] = []
    i, in_class = 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + source.startswith("^", i + 1)
            i += source.startswith("]", i)  # a "]" first in a class is one of its characters
            continue
        elif char == "(":
            if source.startswith("?", i + 1) and not source.startswith(_PLAIN_GROUPS, i + 1):
                return None  # scoped flags, a named group, a conditional: not cut out
            opened.append(i)
        elif char == ")" and opened:
            start = opened.pop()
            if not source.startswith("?", start + 1):
                group = source[start + 1:i]
                return group if re.compile(group, pattern.flags).groups == 0 else None
        i += 1
    return None


#: The groups that open with "?" and neither capture nor change what the pattern inside them means alone.
_PLAIN_GROUPS = ("?:", "?=", "?!", "?<=", "?<!", "?>")


# -- actors ------------------------------------------------------------------------------------------------------


def _verb_after(voc: _Vocabulary, after: list[str], lowered: list[str], window: int = _VERB_WINDOW) -> int:
    """Index in ``after`` of the verb whose subject the mention is (-1 when none).

    The verb may follow at once (``Moscow denied``), after one or two words (``Baku also
    claimed``, ``Rusia kembali menegaskan``), or further when the words between make the mention
    the owner or modifier of the subject: organisation words and titles (``Turkey's foreign
    ministry spokesman said``, ``Lviv Mayor Andriy Sadovyi said``), function words, dates and names.
    Other words between make it part of a phrase whose head is something else: no verb then. (``lowered``: the words
    ``after`` in lower case.)
    """
    at = _phrase_in(lowered[:window], voc.verbs)
    if at <= 2:
        return at
    gap = lowered[:at]
    if any(w in voc.org_or_title for w in gap):
        return at
    if all(w in voc.stopwords or w in voc.time_words or _capitalised(t) for w, t in zip(gap, after[:at], strict=True)):
        return at
    return -1


def _postposed(voc: _Vocabulary, after: list[str]) -> bool:
    """Does a postposition locate the mention (``after``: the words after it in lower case): right after it or after
    the cue word that follows it
    ("अनंतनाग में", "अनंतनाग जिले में", "لاہور کے قریب")? Not one that opens a phrase of a verb addressing
    the mention ("पाकिस्तान पर आरोप लगाया": accused Pakistan).

    >>> from geomap.text.packs import get_pack
    >>> voc = _Vocabulary.of(get_pack("hi"))
    >>> _postposed(voc, ["जिले", "में", "सोमवार"]), _postposed(voc, ["पर", "आरोप", "लगाया"]), _postposed(voc, ["ने"])
    (True, False, False)
    """
    if not voc.postpositions or not after:
        return False
    if _addressed_after(voc, after):
        return False
    words = after[:5]
    if words[0] in voc.cues_after:
        words = words[1:]
    return any(" ".join(words[:n]) in voc.postpositions for n in range(min(4, len(words)), 0, -1))


def _addressed_after(voc: _Vocabulary, after: list[str]) -> bool:
    """In a language with postpositions, is the mention (``after``: the words after it in lower case) the party a verb
    after it addresses ("भारत ने पाकिस्तान पर
    आरोप लगाया": India accused Pakistan; "پاکستان پر الزام لگایا")? What it is accused of may come between the
    postposition and the verb ("पाकिस्तान पर घुसपैठ का आरोप लगाया").

    >>> from geomap.text.packs import get_pack
    >>> voc = _Vocabulary.of(get_pack("hi"))
    >>> _addressed_after(voc, ["पर", "घुसपैठ", "का", "आरोप", "लगाया"]), _addressed_after(voc, ["में", "हमला"])
    (True, False)
    """
    if not voc.postpositions or not after:
        return False
    if _phrase_in(after[:5], voc.addressed, 5) == 0:
        return True
    head = after[0]
    return any(_phrase_in([head, *after[k:k + 4]], voc.addressed, 5) == 0 for k in range(2, min(5, len(after))))


def _owner(voc: _Vocabulary, after: list[str], lowered: list[str]) -> bool:
    """Is the mention the owner, through a genitive word after it, of the subject of a speech or action verb
    ("पाकिस्तान के विदेश मंत्रालय ने कहा": Pakistan's foreign ministry said)? (``lowered``: ``after`` in lower case.)"""
    return bool(voc.genitives) and len(after) > 1 and lowered[0] in voc.genitives and (
        _verb_after(voc, after[1:], lowered[1:]) >= 0)


def _addressed(voc: _Vocabulary, before: list[str], verb_first: bool) -> bool:
    """Is the mention the object of a verb that addresses a party (``accused Moscow``, ``acusó a Moscú``,
    ``accuse le Rwanda``)? In a verb-first language the subject may come between (``اتهمت المعارضة موسكو``: two
    words at most). (``before``: the words before the mention in lower case.)"""
    if voc.addressed.tails.isdisjoint(before[-_VERB_FIRST_GAP - 1:]):
        return False  # no phrase ends where the loop below looks
    for gap in range(0, (_VERB_FIRST_GAP if verb_first else 1) + 1):
        if gap >= len(before):
            return False
        word = before[-gap] if gap else ""
        if word in voc.locative or (gap and not verb_first and word not in voc.stopwords):
            return False  # in other languages only an article may come between: "accuse le Rwanda"
        if _ends_with(before[:len(before) - gap], voc.addressed):
            return True
    return False


def _attributed(voc: _Vocabulary, before: list[str], before_lowered: list[str], after: list[str],
                after_lowered: list[str], noun: bool) -> bool:
    """Does an attribution, denial or passive-agent phrase introduce the mention?

    The phrase ends right before it (``according to Kyiv``, ``menurut Kiev``, ``a déclaré Paris``,
    ``denied by Armenia``, ``dibantah oleh Azerbaijan``; in a language with postpositions the phrase follows
    it: ``पुलिस के अनुसार``, ``पाकिस्तान द्वारा``), or one function word before it that is
    no locative preposition (``according to the Georgian ministry``; but ``reported from Kyiv``
    is not). A town or a demonym that only qualifies the noun after it (``by Rochester attorney
    Michael York``, ``according to Spanish researchers``) is not the source; a country's name
    (``noun``) is more often followed by the clause's verb (``a truce brokered by Turkey took
    effect``). (``before_lowered``, ``after_lowered``: the same words in lower case.)
    """
    if voc.postpositions:  # the phrase follows its source: "पुलिस के अनुसार", "پاکستان کی جانب سے"
        return (_phrase_in(after_lowered[:5], voc.attribution, 5) == 0
                or _phrase_in(after_lowered[:3], voc.agent) == 0
                # ... or the source closes its clause after the speech verb: "... деп хабарлады Астана."
                or (not after and _ends_with(before_lowered, voc.speech) > 0))
    if not before:
        return False
    tails, last = voc.attribution.tails, before_lowered[-1]
    if last not in tails and last not in voc.agent.tails and (
            tails.isdisjoint(before_lowered[:-1]) if noun else len(before) < 2 or before_lowered[-2] not in tails):
        return False  # no phrase ends where the tests below look
    found = bool(_ends_with(before_lowered, voc.attribution) or _ends_with(before_lowered, voc.agent))
    if not found and len(before) >= 2:
        gap = before_lowered[-1]
        found = gap in voc.stopwords and gap not in voc.locative and (
            _ends_with(before_lowered[:-1], voc.attribution) > 0)
    if not found and noun:
        found = _source_body(voc, before, before_lowered)
    return found and (noun or not _qualifies_next(voc, after, after_lowered))


def _source_body(voc: _Vocabulary, before: list[str], before_lowered: list[str]) -> bool:
    """Is the country the owner of the body an attribution names ("según el Ministerio de Defensa de Ucrania",
    "по данным Минобороны России")? Between the phrase and the country: a body's name (an organisation word
    at least, then function words and capitalised words), four words at most. (``before_lowered``: ``before`` in
    lower case.)"""
    tails = voc.attribution.tails
    for n in range(1, min(_BODY_WORDS, len(before) - 1) + 1):
        if before_lowered[-n - 1] not in tails or not _ends_with(before_lowered[:-n], voc.attribution):
            continue
        words, lowered = before[-n:], before_lowered[-n:]
        return any(w in voc.org_or_title for w in lowered) and all(
            w in voc.org_or_title or (w in voc.stopwords and w not in voc.locative) or _capitalised(t)
            for w, t in zip(lowered, words, strict=True))
    return False


def _qualifies_next(voc: _Vocabulary, after: list[str], after_lowered: list[str]) -> bool:
    """Is the word after the mention a lower-case common noun it qualifies (``Kyiv residents``)?

    Only scripts with letter case tell: in Arabic the check is skipped. (``after_lowered``: ``after`` in lower case.)
    """
    if not after:
        return False
    word = after[0]
    lowered = after_lowered[0]
    first = word[0]
    if is_caseless(first) or first.isupper() or not first.isalpha():
        return False
    return not (lowered in voc.stopwords or lowered in voc.org_or_title or lowered in voc.verbs
                or lowered in voc.time_words or lowered in voc.locative)


def _after_verb_first(voc: _Vocabulary, lowered: list[str], is_country: bool) -> bool:
    """In a verb-first language, is the mention the subject right after its verb (``قالت دمشق``)? (``lowered``: the
    words before it in lower case.)

    A speech verb makes any place its subject; an action verb only a country (``قصفت روسيا``), as
    a town right after an action verb is more often its object (``قصفت حلب``: "bombed Aleppo").
    """
    for gap in range(0, _VERB_FIRST_GAP + 1):
        if gap >= len(lowered):
            return False
        if gap and lowered[-gap] in voc.locative:
            return False
        if gap and lowered[-gap] not in voc.stopwords and lowered[-gap] not in voc.time_words:
            return False
        head = lowered[:len(lowered) - gap]
        if _ends_with(head, voc.speech) or (is_country and _ends_with(head, voc.action)):
            return True
    return False


# -- coordination ------------------------------------------------------------------------------------------------


#: What ends a list or apposition between two names.
_LIST_BREAK = re.compile(r"[.;:!?()]")


def _join(doc: Document, voc: _Vocabulary, a: PlaceMention, b: PlaceMention) -> str:
    """How ``b`` is joined to the mention ``a`` before it: "conjunction", "comma" or "" (not joined)."""
    if a.sentence != b.sentence or a.end > b.start or b.start - a.end > 20:
        return ""
    gap = doc.text[a.end:b.start]
    if _LIST_BREAK.search(gap) is not None:
        return ""
    words = _WORD.findall(gap.lower())
    if words:
        phrase = " ".join(words)
        if phrase in voc.conjunctions:
            return "conjunction"
        # "and the United States": a conjunction with function words
        if not voc.conjunctions.isdisjoint(words) and all(
            w in voc.conjunctions or (w in voc.stopwords and w not in voc.locative) for w in words
        ):
            return "conjunction"
        return ""
    k = doc.token_index(b.start)
    if k < len(doc.token_texts) and is_caseless(doc.token_texts[k]) and len(b.surface) > 2 and (
            b.surface[0] in voc.conjunctions):
        return "conjunction"  # Arabic writes "and" as the first letter of the next word: "حمص وحماة"
    return "comma" if "," in gap or "،" in gap else ""


def _linked(doc: Document, voc: _Vocabulary, mentions: Sequence[PlaceMention], i: int) -> bool:
    """Is mention ``i`` a member of one list or apposition with the mention before it?

    ``Lviv and Kharkiv``, ``Syria, Iraq, and Afghanistan``, ``Aleppo, Syria`` (a place and the
    country or province holding it) are; ``In Kharkiv, Russia said`` is not.
    """
    if i == 0:
        return False
    prev, m = mentions[i - 1], mentions[i]
    how = _join(doc, voc, prev, m)
    if how == "conjunction":
        return True
    if how != "comma":
        return False
    if i + 1 < len(mentions) and _join(doc, voc, m, mentions[i + 1]):
        return True  # "A, B and C": B is in the middle of a list
    p, q = prev.place, m.place
    holds = (p is not None and q is not None and q.feature in ("country", "admin1", "region")
             and p.feature not in ("country",) and p.country == q.country)
    if not holds:
        return False
    after = _words_after(doc, m.end, _AFTER_WORDS, voc)
    return _verb_after(voc, after, list(map(str.lower, after))) < 0  # not "in Kyiv, Ukraine's army said"


# -- roles -------------------------------------------------------------------------------------------------------


def _role(doc: Document, voc: _Vocabulary, m: PlaceMention, historical: bool) -> tuple[str, str]:
    """(role, why) of one mention outside the dateline.

    ``why`` is ``_LOCATED`` for an event marked by a preposition or cue word, ``_STRONG`` for a
    role some other rule gave, ``_WEAK`` for a default (an event by the place's type, "other").
    """
    place = m.place
    if "placed_at_focus_region" in m.flags:
        place = None  # the region stands in for a place the gazetteer lacks: its type is not this place's
    if place is not None and place.feature_code == "PCLH":
        return "historical", _STRONG
    # The place's type: the gazetteer's, else the one its cue word gives ("desa X", "X Lake"), else unknown.
    feature = place.feature if place is not None else ((doc.pack.cue_type(m.cue) or "") if m.cue else "")
    is_country = feature == "country" or "abbreviation" in m.evidence
    can_act = not feature or feature in _ACTOR_FEATURES or "abbreviation" in m.evidence
    located = "locative" in m.evidence or "cue" in m.evidence
    if can_act or not located:
        # The words around the mention: before it for the located and actor tests, after it for the actor tests (a
        # country's all, the others' the first _VERB_WINDOW + 1) and the postpositions.
        before, after = _windows(doc, m.start, m.end, _BEFORE_WORDS, (
            _AFTER_WORDS if voc.postpositions or is_country else _VERB_WINDOW + 1) if can_act or voc.postpositions
            else 0, voc)
        before_lowered = list(map(str.lower, before))
        after_lowered = list(map(str.lower, after))
        if not located:
            located = bool(before and (before_lowered[-1] in voc.locative or (
                len(before) >= 2 and f"{before_lowered[-2]} {before_lowered[-1]}" in voc.locative))) or bool(
                voc.endings and _ending_locates(voc, m.surface)) or bool(
                voc.postpositions and _postposed(voc, after_lowered))
    if can_act and voc.subjects:  # Korean: the particle on the name tells its part, the clause's verb comes last
        if _korean_actor(doc, voc, m):
            return "actor", _STRONG
    elif can_act and _actor(doc, voc, m, place, before, before_lowered, after, after_lowered, located, is_country):
        return "actor", _STRONG
    if historical:  # after the actor tests: "Abuja blamed the group, which has fought since 2009" speaks now
        return "historical", _STRONG
    if located:
        return "event", _LOCATED
    if feature in _EVENT_FEATURES or (place is None and m.cue):
        return "event", _WEAK
    return "other", _WEAK


def _actor(doc: Document, voc: _Vocabulary, m: PlaceMention, place: Candidate | None, before: list[str],
           before_lowered: list[str], after: list[str], after_lowered: list[str], located: bool,
           is_country: bool) -> bool:
    """Does the mention stand for a government, army or people that speaks or acts (the actor tests of :func:`_role`)?
    ``before`` and ``after``: the words around it, ``before_lowered`` and ``after_lowered`` the same in lower case."""
    # Most mentions have no word after them that can start a speech or action verb: every test of a verb after them
    # fails, and only the attribution and addressing tests are left.
    verb_near = not voc.verbs.heads.isdisjoint(after_lowered)
    if verb_near:
        verb_at = _verb_after(voc, after, after_lowered)
        # A place after a preposition is the verb's subject only when the verb speaks ("В Киеве заявили",
        # "in Kyiv they said"); "В Белгородской области сбили беспилотник" (a drone was downed there) is an event.
        if ((verb_at == 0 and (not located or _phrase_in(after_lowered[:3], voc.speech) == 0))
                or (verb_at > 0 and not located)
                # "Ukraine's military intelligence agency said": the owner of the speaking body.
                or (_apostrophe(m.surface) and _POSSESSIVE.search(m.surface) is not None
                    and _verb_after(voc, after, after_lowered, _VERB_WINDOW + 1) >= 0)
                or (not located and voc.genitives and _owner(voc, after, after_lowered))):
            return True
    if _attributed(voc, before, before_lowered, after, after_lowered, is_country and "demonym" not in m.evidence):
        return True
    if doc.pack.verb_first:
        if not located and _after_verb_first(voc, before_lowered, is_country):
            return True
    elif (is_country and not located and verb_near  # a country opening a clause whose verb is a speech or action verb
          and all(w in voc.stopwords or not _capitalised(t) for w, t in zip(before_lowered, before, strict=True))
          and _phrase_in(after_lowered, voc.verbs) >= 0):
        return True
    # "Kyiv accused Moscow", "acusó a Moscú": the accused government
    return (is_country or (place is not None and place.feature_code in _SEATS)) and not located and (
        _addressed(voc, before_lowered, doc.pack.verb_first) or _addressed_after(voc, after_lowered))


def _ending_locates(voc: _Vocabulary, surface: str) -> bool:
    """Does a case ending after an apostrophe locate the name ("Hatay'da")? An ending written straight onto the name
    ("Алматыда") locates it only where the spotter read it as one (its ``locative`` evidence): a name may end with
    the same letters ("Қазақстан", "Кызылорда").

    >>> from geomap.text.packs import get_pack
    >>> voc = _Vocabulary.of(get_pack("tr"))
    >>> _ending_locates(voc, "Hatay’da"), _ending_locates(_Vocabulary.of(get_pack("kk")), "Қазақстан")
    (True, False)
    """
    lower = surface.replace("’", "'").lower()
    return any(lower.endswith(ending) for ending in voc.endings if not ending[:1].isalpha())


def _apostrophe(surface: str) -> bool:
    """Does ``surface`` hold an apostrophe (what :data:`_POSSESSIVE` looks for first)?"""
    return "'" in surface or "’" in surface or "ʼ" in surface


#: Topic particles: the name they follow is what the whole sentence is about ("북한은 ... 밝혔다").
_TOPIC = ("은", "는")


def _korean_actor(doc: Document, voc: _Vocabulary, m: PlaceMention) -> bool:
    """Is the place the subject of a speech or action verb in a language that writes its particles onto the name
    (Korean)? The ending on the name, or on the organisation word after it ("북한 외무성은"), is a subject ending;
    a topic ("북한은") speaks through the verb that closes the sentence, a subject ("미국이") through one that
    follows within a few words. "미국의 군사훈련을 비난했다" (the US's drills) is no actor."""
    k = bisect_left(doc.token_starts, m.end)
    i = k - 1 if k and doc.token_ends[k - 1] > m.start else k
    if i >= len(doc.token_texts):
        return False
    ending = doc.text[m.end:doc.token_ends[i]]
    if not ending and i + 1 < len(doc.token_texts):
        ending = doc.token_texts[i + 1]
    if ending not in voc.subjects:
        return False
    at = _phrase_in(list(map(str.lower, _words_after(doc, doc.token_ends[i], 20, voc))), voc.verbs)
    return at >= 0 and (ending.endswith(_TOPIC) or at <= _VERB_WINDOW)


#: ``m`` with another role (``dataclasses.replace`` without its overhead).
_with_role = _replacer(PlaceMention, "role")


def assign_roles(doc: Document, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The same mentions with their ``role`` set."""
    voc = _Vocabulary.of(doc.pack)
    historical_sentences: dict[int, bool] = {}
    out: list[PlaceMention] = []
    why: list[str] = []
    dateline_end: int | None = None
    for i, m in enumerate(mentions):
        if dateline_end is not None and m.start < dateline_end:
            role, reason = "dateline", _STRONG  # "KYIV, Ukraine (AP) —": the country belongs to the dateline
        elif dateline_end is None and m.start <= _DATELINE_START and (end := _dateline_end(doc, m)) is not None:
            role, reason = "dateline", _STRONG
            dateline_end = end
        else:
            if m.sentence not in historical_sentences:
                sent = doc.sentences[m.sentence] if m.sentence < len(doc.sentences) else None
                historical_sentences[m.sentence] = bool(sent and _historical(doc, voc, sent.text))
            role, reason = _role(doc, voc, m, historical_sentences[m.sentence])
            if role != "historical" and out and out[-1].role in ("actor", "event") and _linked(doc, voc, mentions, i):
                gap = doc.text[out[-1].end:m.start]
                new_clause = ("," in gap or "،" in gap) and bool(_WORD.search(gap))
                if why[-1] == _LOCATED and (reason == _WEAK or not new_clause):
                    # "in Brazil, Japan and Chile", "protesters in Lviv and Kyiv said";
                    # not "imports from China, and China retaliated": a new clause with its own subject
                    role, reason = "event", _LOCATED
                elif reason == _WEAK:
                    role = out[-1].role  # "condemned by France and Germany"
        out.append(m if role == m.role else _with_role(m, role))  # frozen: an unchanged mention is shared
        why.append(reason)
    return out
