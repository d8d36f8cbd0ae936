"""Language packs: general linguistic knowledge of one language, read from ``packs/<lang>.json``.

A pack holds what the geoparser and the event extractor need to know about a language
but not about any article: function words, the cue words that announce a place
("the village of", "desa", "село"), locative prepositions, conjunctions, capitalised
words that are not places, abbreviations of countries and provinces, month and weekday names, relative
dates, number words, speech and action verbs, the words that introduce the doer of a
passive verb ("by", "oleh"), whether a clause usually opens with its verb (Arabic),
titles, organisation words and past-time markers.

Packs exist for English, Indonesian, Spanish, French, Russian, Ukrainian, Arabic, Portuguese,
German, Turkish, Italian, Polish, Dutch, Vietnamese, Chinese, Japanese, Persian, Swahili, Hebrew, Korean,
Hindi, Urdu, Bengali and Thai,
Pashto, Nepali and Tamil,
Amharic, Somali and Hausa,
Azerbaijani, Armenian and Georgian,
Czech, Serbo-Croatian (``sh``: Serbian, Croatian, Bosnian; ``hr``, ``sr``, ``bs`` and ``cnr`` are aliases) and Greek,
Romanian and Hungarian,
Bulgarian, Belarusian, Slovak (on top of Czech) and Macedonian (on top of Bulgarian),
Kurdish (Kurmanji ``ku``, Sorani ``ckb``), Tigrinya and Oromo,
Burmese, Khmer, Tagalog (``fil``, Filipino, is an alias) and Sinhala,
Uzbek (Latin and Cyrillic), Kazakh, Kyrgyz and Tajik,
Swedish, Danish, Norwegian (``no``, on top of Danish; ``nb`` and ``nn`` are aliases), Finnish and Albanian,
plus the universal pack ``xx`` (news agencies, dateline separators, international
organisations, brand and armed-group names). Language packs and the universal pack
are separate: callers that want both combine them (``pack.stop_names | universal().stop_names``).

Lookups are forgiving: every lower-case entry is stored with its apostrophe variants
(``п'ятниця``, ``п’ятниця``, ``пʼятниця``), Russian ``ё`` also as ``е``, Arabic words
also without short vowels and Persian words also with the Arabic ``ي`` and ``ك`` and with a
space or nothing for the zero-width non-joiner, so a token lower-cased with :func:`normalize`
(or just ``str.lower``) finds its entry.

>>> pack = get_pack("id")
>>> pack.month("Maret"), pack.weekday("Jumat"), pack.abbreviations["AS"]
(3, 4, 'US')
>>> get_pack("ru").month("марта"), get_pack("uk").weekday("п’ятницю")
(3, 4)
>>> get_pack("en").is_stopword("The"), get_pack("en").cue_before["the village of"]
(True, 'village')
>>> [year for _, _, year in get_pack("en").decades("Built in the 1990s, rebuilt in the late 2010s.")]
[1990, 2010]
>>> "AFP" in universal().agencies
True

A language without a pack gets the universal pack under its own code (no stopwords,
no cues; only the language-independent lists):

>>> p = get_pack("yo-NG")
>>> p.lang, p.name, len(p.stopwords), "Reuters" in p.agencies
('yo', 'Universal', 0, True)
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..errors import BadInputError

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "APOSTROPHE_LIKE",
    "COARSE_TYPES",
    "DAY_PARTS",
    "LanguagePack",
    "NumberWords",
    "available",
    "get_pack",
    "language_code",
    "load_pack",
    "normalize",
    "universal",
]

#: The coarse place types a cue word can announce.
COARSE_TYPES = frozenset({"country", "region", "admin1", "city", "village", "physical"})
#: The values of ``parts_of_day``.
DAY_PARTS = frozenset({"early morning", "morning", "midday", "afternoon", "evening", "night", "overnight"})

UNIVERSAL = "xx"
_ALIASES = {"in": "id", "iw": "he", "ji": "yi"}  # withdrawn ISO 639-1 codes still sent by some systems
_ALIASES.update(hr="sh", sr="sh", bs="sh", cnr="sh")  # Croatian, Serbian, Bosnian, Montenegrin: one Serbo-Croatian pack
_ALIASES.update(kmr="ku", kur="ku", tir="ti", orm="om", gaz="om", hae="om")  # ISO 639-2/3 codes
_ALIASES.update(fil="tl")  # Filipino: the standard form of Tagalog, one pack
_ALIASES.update(nb="no", nn="no")  # Norwegian Bokmål and Nynorsk: one Norwegian pack
#: Tags whose script subtag names another pack: Kurdish in Arabic script ("ku-Arab") is Sorani.
_SCRIPT_ALIASES = {("ku", "arab"): "ckb"}
#: Characters written for an apostrophe (typographic quotes, primes, the modifier letters; ʻ: Uzbek oʻ, gʻ), which
#: packs, lexicons and the event scanner read as "'".
APOSTROPHE_LIKE = "’ʼ‘`´ʹ′ʻ"
_APOSTROPHES = str.maketrans({c: "'" for c in APOSTROPHE_LIKE})
_APOSTROPHE_FORMS = ("'", "’", "ʼ", "ʻ", "‘")
# Arabic short vowels, tanween, shadda, sukun, dagger alif; and the tatweel.
_ARABIC_MARKS = re.compile("[\u064b-\u0652\u0670\u0640]")
_ZWNJ = "\u200c"
_ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})

# File keys in their canonical order; the extra keys are required in the universal pack only.
_KEYS = (
    "lang", "name", "home_countries", "stopwords", "cue_before", "cue_after", "locative", "conjunctions",
    "stop_names", "abbreviations", "months", "weekdays", "relative_days", "relative_periods", "parts_of_day",
    "numbers", "speech_verbs", "action_verbs", "attribution", "dispute", "agent", "verb_first", "titles",
    "title_then_place", "org_words", "name_connectors",
    "compass", "inflections", "historical", "sentence_abbreviations",
)
#: What an abbreviation may stand for: a country (ISO code) or one gazetteer entry (a province, a city).
_ABBREVIATION_TARGET = re.compile(r"[A-Z]{2}|\d+|[a-z][a-z0-9]*:[\w.-]+")
_UNIVERSAL_KEYS = ("agencies", "dateline_separators", "organisations")
#: Keys a pack may leave out, with their default.
_OPTIONAL_KEYS = {"capitalises_nouns": False, "name_heads": (), "lower_case_in_names": False, "disowned": (),
                  "place_locatives": (), "addressed": (), "locative_endings": (), "part_adjectives": (),
                  "locative_clitics": (), "name_endings": (), "subject_endings": (),
                  "postpositions": (), "genitives": (), "clitics": (), "place_adjectives": (),
                  "doubled_vowels": False}
_NUMBER_KEYS = ("units", "tens", "scales", "tens_suffix", "teens_suffix", "connectors", "vague", "decimal_comma")
_HISTORICAL_KEYS = ("since", "former", "past", "decade_patterns")


def normalize(word: str) -> str:
    """The form under which pack entries are looked up: NFC, one apostrophe, lower case, no Arabic vowels.

    >>> normalize("П’ятниця")
    "п'ятниця"
    >>> normalize("غداً")
    'غدا'
    """
    if word.isascii():  # the common case: NFC and the Arabic marks change no ASCII text; ` is the one apostrophe
        return word.replace("`", "'").lower()
    text = unicodedata.normalize("NFC", word).translate(_APOSTROPHES)
    return _ARABIC_MARKS.sub("", text).lower()


def _variants(entry: str) -> list[str]:
    """``entry`` and the spellings of it that lookups must also find."""
    base = unicodedata.normalize("NFC", entry)
    forms = [base]
    flat = base.translate(_APOSTROPHES)
    if "'" in flat:
        forms.extend(flat.replace("'", mark) for mark in _APOSTROPHE_FORMS)
    if "ё" in base or "Ё" in base:
        forms.extend(f.replace("ё", "е").replace("Ё", "Е") for f in list(forms))
    if _ARABIC_MARKS.search(base):
        forms.extend(_ARABIC_MARKS.sub("", f) for f in list(forms))
    if _ZWNJ in base:  # Persian "سه‌شنبه" is also written "سه شنبه" and "سهشنبه"
        forms.extend(g for f in list(forms) for g in (f.replace(_ZWNJ, " "), f.replace(_ZWNJ, "")))
    if "ی" in base or "ک" in base:  # Persian ya and kaf, also typed with the Arabic letters
        forms.extend(f.translate(_ARABIC_LETTERS) for f in list(forms))
    return list(dict.fromkeys(forms))


@dataclass(frozen=True, slots=True, eq=False)
class NumberWords:
    """Number words of a language (``numbers`` in the pack file).

    ``scales`` also holds single words for whole hundreds where a language has them
    (``doscientos`` = 200, ``двести`` = 200, ``خمسمائة`` = 500): multiply the number
    before them (or 1) by the value. Some words are both a scale and a vague quantity
    (``тысячи``, ``آلاف``): "three thousand" versus "thousands".
    """

    units: Mapping[str, int]
    tens: Mapping[str, int]
    scales: Mapping[str, int]
    tens_suffix: str
    teens_suffix: str
    connectors: frozenset[str]
    vague: Mapping[str, int]
    decimal_comma: bool

    def value(self, word: str) -> int | None:
        """Value of a single number word (unit, ten or scale), or None.

        >>> get_pack("es").numbers.value("veintitrés"), get_pack("en").numbers.value("Forty")
        (23, 40)
        """
        key = normalize(word)
        for table in (self.units, self.tens, self.scales):
            if key in table:
                return table[key]
        return None


@dataclass(frozen=True, slots=True, eq=False)
class LanguagePack:
    """One language's pack. Every file key is a field; ``historical`` is split into four fields.

    ``capitalises_nouns`` (optional in the file, default false) says that the language writes every
    noun with a capital (German): a capitalised word is then no sign of a name. ``name_heads``
    (optional, default empty) are the words that begin compound place names ("Puerto", "San", "Port"):
    after a cue or a locative, such a word and the capitalised words after it are one name, also one
    the gazetteer lacks ("municipio de Puerto Jordán" is not the hamlet Puerto and the country Jordan).
    ``lower_case_in_names`` (optional, default false): names may hold lower-case words after their
    first ("Arabie saoudite", "République démocratique du Congo"). ``disowned`` (optional, default empty):
    what a party denies when it denies its own part, not the facts ("denied involvement", "negó cualquier
    participación"): such a denial disputes no figure. ``place_locatives`` (optional, default empty): the
    locatives (a subset of ``locative``) after which a capitalised word the gazetteer lacks is taken for a
    place ("near Portroe", "à Dialassagou"); leave it empty where capitals mark every noun (German).
    ``addressed`` (optional, default empty): speech verbs whose object is a party ("accused", "urged",
    "acusó a"): a country or capital right after one stands for its government ("Kyiv accused Moscow").
    ``locative_endings`` (optional, default empty): case endings that put something at a name, written
    after an apostrophe in Turkish ("Hatay'da", "Hatay'a"), or written onto the name in Korean ("포항에서"): such a
    name is located as after "in". ``locative_clitics`` (optional, default empty): clitics written onto the front
    of a name that locate it, Hebrew "ב" ("in") in "בחברון", also after "ו" ("and"): "ובחברון". ``name_endings``
    (optional, default empty): what a language writes onto a name without a space, Korean particles and the nouns
    that follow a name in one word ("서울은", "포항시에서", "북한군"): a name and one of them make a whole word.
    ``subject_endings`` (optional, default empty): those of them that make the name the subject or topic of its
    clause ("북한은", "일본 정부는"): with a speech verb closing the clause, the place is an actor.
    ``part_adjectives`` (optional, default empty): adjectives before a name that name a part of a larger
    area ("southern Gaza", "northern Syria"): the name is then the region or country, not a town of it.
    ``postpositions`` (optional, default empty): locatives written as words after the name (Hindi "में",
    Urdu "میں", "के पास"): right after a name, or after the cue word that follows it ("अनंतनाग जिले में"),
    such a word locates the name as a preposition before it would. ``genitives`` (optional, default empty):
    words after a name that make it the owner of the noun after them (Hindi "के", Urdu "کے"), as the English
    possessive does ("पाकिस्तान के विदेश मंत्रालय ने कहा": Pakistan's foreign ministry said). ``clitics`` (optional,
    default empty): other words a language writes onto the front of a name, in a script other than Hebrew's, that do
    not locate it (Amharic "የ", "of": "የትግራይ"); with the ``locative_clitics`` they are taken off to find the name.
    ``place_adjectives`` (optional, default empty): ``[ending, dictionary ending]`` pairs that make a lower-case
    adjective of a place's name (Hungarian "debreceni", "moszkvai": of Debrecen, of Moscow): such a word names a
    well-known place.
    ``doubled_vowels`` (optional, default false): the language writes long vowels twice (Oromo "Adaamaa", "Jimmaa")
    where the index writes them once (Adama, Jimma): a name the index lacks is also looked up with single vowels.

    Word lists are frozensets of lower-case entries (``stop_names`` and ``abbreviations``
    keep their case); mappings are read-only. Packs are compared and hashed by identity:
    :func:`get_pack` returns the same object for the same language.
    """

    lang: str
    name: str
    home_countries: tuple[str, ...]
    stopwords: frozenset[str]
    cue_before: Mapping[str, str]
    cue_after: Mapping[str, str]
    locative: frozenset[str]
    conjunctions: frozenset[str]
    stop_names: frozenset[str]
    abbreviations: Mapping[str, str]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    relative_days: Mapping[str, int]
    relative_periods: Mapping[str, int]
    parts_of_day: Mapping[str, str]
    numbers: NumberWords
    speech_verbs: frozenset[str]
    action_verbs: frozenset[str]
    attribution: frozenset[str]
    dispute: frozenset[str]
    agent: frozenset[str]
    verb_first: bool
    titles: frozenset[str]
    org_words: frozenset[str]
    name_connectors: frozenset[str]
    title_then_place: bool
    compass: frozenset[str]
    inflections: tuple[tuple[str, str], ...]
    historical_since: frozenset[str]
    historical_former: frozenset[str]
    historical_past: frozenset[str]
    decade_patterns: tuple[re.Pattern[str], ...]
    sentence_abbreviations: frozenset[str]
    agencies: tuple[str, ...] = ()
    dateline_separators: tuple[str, ...] = ()
    organisations: frozenset[str] = frozenset()
    source: str = ""
    capitalises_nouns: bool = False
    name_heads: frozenset[str] = frozenset()
    lower_case_in_names: bool = False
    disowned: frozenset[str] = frozenset()
    place_locatives: frozenset[str] = frozenset()
    addressed: frozenset[str] = frozenset()
    locative_endings: tuple[str, ...] = ()
    part_adjectives: frozenset[str] = frozenset()
    locative_clitics: frozenset[str] = frozenset()
    name_endings: frozenset[str] = frozenset()
    subject_endings: tuple[str, ...] = ()
    postpositions: frozenset[str] = frozenset()
    genitives: frozenset[str] = frozenset()
    clitics: frozenset[str] = frozenset()
    place_adjectives: tuple[tuple[str, str], ...] = ()
    doubled_vowels: bool = False

    @property
    def code(self) -> str:
        """The language code (same as ``lang``)."""
        return self.lang

    def is_stopword(self, word: str) -> bool:
        """Is ``word`` (any case) a function word of this language?

        >>> get_pack("fr").is_stopword("Dans"), get_pack("fr").is_stopword("Lyon")
        (True, False)
        """
        return normalize(word) in self.stopwords

    def month(self, word: str) -> int | None:
        """Month number (1-12) of a month name or abbreviation (any case, trailing dot allowed).

        >>> get_pack("es").month("marzo"), get_pack("ar").month("آذار"), get_pack("en").month("Sept.")
        (3, 3, 9)
        >>> get_pack("en").month("Monday") is None
        True
        """
        return self.months.get(normalize(word).rstrip("."))

    def weekday(self, word: str) -> int | None:
        """Weekday number (Monday = 0) of a weekday name (any case, trailing dot allowed).

        >>> get_pack("ru").weekday("Воскресенье"), get_pack("id").weekday("senin")
        (6, 0)
        """
        return self.weekdays.get(normalize(word).rstrip("."))

    def all_cues(self) -> Mapping[str, str]:
        """Every cue word or phrase (before or after a name) mapped to its coarse type.

        Where a cue is both (Russian ``область``) the ``cue_before`` type wins; the two agree
        in the shipped packs.

        >>> cues = get_pack("ru").all_cues()
        >>> cues["село"], cues["области"]
        ('village', 'admin1')
        """
        return MappingProxyType({**self.cue_after, **self.cue_before})

    def cue_type(self, phrase: str) -> str | None:
        """Coarse type announced by a cue (either position), or None.

        >>> get_pack("en").cue_type("Oblast"), get_pack("en").cue_type("bakery")
        ('admin1', None)
        """
        key = normalize(phrase)
        return self.cue_before.get(key) or self.cue_after.get(key)

    def decades(self, text: str) -> list[tuple[int, int, int]]:
        """``(start, end, first year)`` of every decade expression in ``text``.

        Patterns capture a four-digit year (``1990s`` -> 1990), a two-digit decade that
        means the 20th century (``90-х годов``, ``los años 90`` -> 1990) or a tens word of
        the pack (``los años noventa``, ``التسعينيات`` -> 1990).

        >>> get_pack("ru").decades("в 90-х годах и в 2000-е")
        [(2, 12, 1990), (17, 23, 2000)]
        >>> [d[2] for d in get_pack("ar").decades("في التسعينيات")]
        [1990]
        """
        found: dict[int, tuple[int, int, int]] = {}
        for pattern in self.decade_patterns:
            for m in pattern.finditer(text):
                year = self._decade_year(m.group(1))
                if year is not None and m.start() not in found:
                    found[m.start()] = (m.start(), m.end(), year)
        return [found[k] for k in sorted(found)]

    def has_decade(self, text: str, digits: bool | None = None) -> bool:
        """Does ``text`` hold a decade expression (``bool(self.decades(text))``, without finding them all)?

        A pattern whose year can only be written in digits is skipped when ``text`` holds none (``digits``: whether
        it holds a decimal digit, when the caller knows).

        >>> get_pack("en").has_decade("built in the late 1990s"), get_pack("en").has_decade("in 1994")
        (True, False)
        >>> get_pack("ar").has_decade("في التسعينيات")
        True
        """
        for pattern, needs_digit in _decade_scans(self):
            if needs_digit:
                if digits is None:
                    digits = _DIGIT.search(text) is not None
                if not digits:
                    continue
            for m in pattern.finditer(text):
                if self._decade_year(m.group(1)) is not None:
                    return True
        return False

    def _decade_year(self, captured: str) -> int | None:
        if captured.isdigit():
            value = int(captured)
            return value if value >= 1000 else 1900 + value
        tens = self.numbers.tens.get(normalize(captured))
        return 1900 + tens if tens is not None else None


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=64)
def _decade_scans(pack: LanguagePack) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """``(pattern, needs a digit)`` for each decade pattern of ``pack``: a pattern whose group captures decimal digits
    only ("(1[5-9]\\d0|20[0-2]0)") finds no decade in a text without digits (its year would be None)."""
    return tuple((p, _digits_only(p)) for p in pack.decade_patterns)


def decades_need_digits(pack: LanguagePack) -> bool:
    """Does every decade pattern of ``pack`` write its year in digits (so that a text without digits holds none)?

    >>> decades_need_digits(get_pack("en")), decades_need_digits(get_pack("ar"))
    (True, False)
    """
    return all(needs for _, needs in _decade_scans(pack))


def _digits_only(pattern: re.Pattern[str]) -> bool:
    """Does the first group of ``pattern`` capture decimal digits only (or nothing)? False when unsure."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        for op, arg in _parser.parse(pattern.pattern, pattern.flags):
            if str(op) == "SUBPATTERN" and arg[0] == 1:
                return _digit_items(arg[3])
            if str(op) not in ("AT", "ASSERT", "ASSERT_NOT", "LITERAL", "IN", "MAX_REPEAT", "MIN_REPEAT",
                               "POSSESSIVE_REPEAT", "BRANCH", "SUBPATTERN", "ATOMIC_GROUP", "ANY", "NOT_LITERAL"):
                return False
    except Exception:  # an engine whose parse tree differs: no shortcut
        return False
    return False  # the group is nested: not looked into


def _digit_items(items: Iterable[Any]) -> bool:
    """Do the parsed regular-expression ``items`` match decimal digits only (or nothing)?"""
    for op, arg in items:
        name = str(op)
        if name == "LITERAL":
            ok = _decimal(chr(arg))
        elif name == "IN":
            ok = all(_digit_class_item(str(o), a) for o, a in arg)
        elif name == "BRANCH":
            ok = all(_digit_items(branch) for branch in arg[1])
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            ok = _digit_items(arg[2])
        elif name == "SUBPATTERN":
            ok = _digit_items(arg[3])
        elif name == "ATOMIC_GROUP":
            ok = _digit_items(arg)
        else:
            ok = name in ("AT", "ASSERT", "ASSERT_NOT")  # zero width: they capture nothing
        if not ok:
            return False
    return True


def _digit_class_item(name: str, arg: Any) -> bool:
    if name == "LITERAL":
        return _decimal(chr(arg))
    if name == "RANGE":
        low, high = arg
        return high - low < 64 and all(_decimal(chr(c)) for c in range(low, high + 1))
    return name == "CATEGORY" and str(arg) == "CATEGORY_DIGIT"


def _decimal(char: str) -> bool:
    """Is ``char`` a decimal digit (what ``\\d`` matches)?"""
    return unicodedata.category(char) == "Nd"


# -- loading -------------------------------------------------------------------------------------------


def _packs_dir() -> Traversable:
    return resources.files(__package__ or "geomap.text").joinpath("packs")


def language_code(lang: str) -> str:
    """The code a pack or event lexicon of ``lang`` is filed under: the language part of a tag, withdrawn codes and
    the codes of one pack's languages replaced; ``und`` for none.

    >>> language_code("en-GB"), language_code("in"), language_code("sr_Latn"), language_code("")
    ('en', 'id', 'sh', 'und')
    >>> language_code("kmr"), language_code("ku-Arab"), language_code("ku-Latn-TR")
    ('ku', 'ckb', 'ku')
    """
    parts = re.split(r"[-_.@\s]", str(lang).strip().lower()) if lang else [""]
    code = parts[0]
    if len(parts) > 1 and (code, parts[1]) in _SCRIPT_ALIASES:
        return _SCRIPT_ALIASES[(code, parts[1])]
    return _ALIASES.get(code, code) or "und"


def available() -> tuple[str, ...]:
    """Codes of the languages that have their own pack (the universal ``xx`` not included).

    >>> langs = available()
    >>> {"en", "id", "ms", "ar", "zh"} <= set(langs), "xx" in langs, list(langs) == sorted(langs)
    (True, False, True)
    >>> {"ro", "hu", "bg", "mk", "sk", "be", "ku", "ckb", "ti", "om", "my", "km", "tl", "si", "uz", "kk", "ky", "tg",
    ...  "sv", "da", "no", "fi", "sq"} <= set(langs)
    True
    """
    names = (entry.name for entry in _packs_dir().iterdir())
    return tuple(sorted(n[:-5] for n in names if n.endswith(".json") and n[:-5] != UNIVERSAL))


def get_pack(lang: str) -> LanguagePack:
    """The pack of ``lang`` (an ISO 639-1 code; ``en-US``, ``id_ID`` and the old ``in`` work too).

    Cached: the same object comes back for the same language. A language without a pack
    file gets the universal pack with ``lang`` set to the requested code; an empty code
    gives ``und``.
    """
    return _get(language_code(lang))


def universal() -> LanguagePack:
    """The universal pack ``xx``: agencies, dateline separators, international organisations."""
    return _get(UNIVERSAL)


@cache
def _get(code: str) -> LanguagePack:
    if re.fullmatch(r"[a-z]{2,3}", code):
        path = _packs_dir().joinpath(f"{code}.json")
        if path.is_file():
            return load_pack(path, lang=code)
    if code == UNIVERSAL:
        raise BadInputError(f"the universal language pack {UNIVERSAL}.json is missing from {_packs_dir()}")
    return replace(_get(UNIVERSAL), lang=code)


def load_pack(path: str | Path | Traversable, lang: str | None = None) -> LanguagePack:
    """Read and validate one pack file; raises :class:`~geomap.errors.BadInputError` naming file and key.

    ``lang``, when given, must equal the file's ``lang``.
    """
    where = str(path)
    source: Traversable = Path(path) if isinstance(path, str) else path
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(f"{where}: cannot read language pack: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BadInputError(f"{where}: language pack is not valid JSON: {exc}") from None
    if isinstance(data, dict) and "extends" in data:
        data = _inherited(data, where, ())
    return _build(data, where, lang)


#: Keys a pack that ``extends`` another gives in full (the others add to the base pack's entries).
_OWN_KEYS = frozenset({"lang", "name", "home_countries"})


def _inherited(data: dict[str, Any], where: str, seen: tuple[str, ...]) -> dict[str, Any]:
    """``data`` on top of the pack it ``extends``: a close language written as what it adds to another.

    Malay is Indonesian with its own months, weekdays, home countries and cue words: ``ms.json`` holds
    ``"extends": "id"`` and only those. Objects are merged key by key (the extending pack's value wins; a key
    set to ``null`` drops the base's entry), lists are joined (the base's entries first), and ``lang``,
    ``name`` and ``home_countries`` are the extending pack's own.

    >>> _inherited({"lang": "ms", "extends": "id", "home_countries": ["MY"], "months": {"ogos": 8}}, "ms.json",
    ...            ())["months"]["ogos"], get_pack("id").home_countries
    (8, ('ID',))
    """
    base = data["extends"]
    if not isinstance(base, str) or not re.fullmatch(r"[a-z]{2,3}", base) or base == UNIVERSAL:
        raise BadInputError(f"{where}: key 'extends': expected the code of another language's pack, got {base!r}")
    chain = (*seen, str(data.get("lang")))
    if base in chain:
        raise BadInputError(f"{where}: key 'extends': packs extend each other in a circle ({' -> '.join(chain)} -> "
                            f"{base}); one of them must stand on its own")
    path = _packs_dir().joinpath(f"{base}.json")
    if not path.is_file():
        raise BadInputError(f"{where}: key 'extends': there is no pack {base!r} to extend (packs: "
                            f"{', '.join(available())})")
    parent = json.loads(path.read_text(encoding="utf-8"))
    if "extends" in parent:
        parent = _inherited(parent, str(path), chain)
    own = {k: v for k, v in data.items() if k != "extends"}
    return {**_joined(parent, own), **{k: own[k] for k in _OWN_KEYS if k in own}}


def _joined(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """``base`` with ``own`` merged in: objects key by key (a key set to ``null`` drops the base's entry), lists
    joined, anything else replaced."""
    out = dict(base)
    for key, value in own.items():
        old = out.get(key)
        if value is None:  # "minggu": null (Indonesian "Sunday", Malay "week")
            out.pop(key, None)
        elif isinstance(old, dict) and isinstance(value, dict):
            out[key] = _joined(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            out[key] = old + [item for item in value if item not in old]
        else:
            out[key] = value
    return out


class _Checker:
    """Validation helpers that name the file and the key in every error."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, key: str, problem: str) -> BadInputError:
        return BadInputError(f"{self.where}: key {key!r}: {problem}")

    def strings(self, value: Any, key: str, lower: bool = True) -> list[str]:
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list of strings, got {type(value).__name__}")
        for item in value:
            self.string(item, key, lower)
        return value

    def boolean(self, item: Any, key: str) -> bool:
        if not isinstance(item, bool):
            raise self.fail(key, f"expected true or false, got {item!r}")
        return item

    def string(self, item: Any, key: str, lower: bool = True) -> str:
        if not isinstance(item, str) or not item.strip():
            raise self.fail(key, f"expected a non-empty string, got {item!r}")
        if item != item.strip():
            raise self.fail(key, f"{item!r} has leading or trailing white space")
        if lower and item != item.lower():
            raise self.fail(key, f"{item!r} must be lower case")
        return item

    def mapping(self, value: Any, key: str, check: Callable[[Any], bool], expected: str,
                lower: bool = True) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(key, f"expected an object, got {type(value).__name__}")
        for k, v in value.items():
            self.string(k, key, lower)
            if not check(v):
                raise self.fail(key, f"value of {k!r} must be {expected}, got {v!r}")
        return value


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _lookup_set(items: Iterable[str], lower: bool = True) -> frozenset[str]:
    out: set[str] = set()
    for item in items:
        for form in _variants(item):
            out.add(normalize(form) if lower else form)
            out.add(form.lower() if lower else form)
    return frozenset(out)


def _lookup_map(table: Mapping[str, Any], lower: bool = True) -> Mapping[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        for form in _variants(key):
            out.setdefault(form.lower() if lower else form, value)
            if lower:
                out.setdefault(normalize(form), value)
    return MappingProxyType(out)


def _build(data: Any, where: str, expected_lang: str | None) -> LanguagePack:
    c = _Checker(where)
    if not isinstance(data, dict):
        raise BadInputError(f"{where}: a language pack must be a JSON object, got {type(data).__name__}")
    lang = data.get("lang")
    if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
        raise c.fail("lang", f"expected a 2- or 3-letter lower-case language code, got {lang!r}")
    if expected_lang is not None and lang != expected_lang:
        raise c.fail("lang", f"file is for {lang!r} but was loaded as {expected_lang!r}")
    required = _KEYS + (_UNIVERSAL_KEYS if lang == UNIVERSAL else ())
    missing = [k for k in required if k not in data]
    if missing:
        raise c.fail(missing[0], "missing" + (f" (also missing: {', '.join(missing[1:])})" if missing[1:] else ""))
    unknown = sorted(set(data) - set(_KEYS) - set(_UNIVERSAL_KEYS) - set(_OPTIONAL_KEYS))
    if unknown:
        raise c.fail(unknown[0], "unknown key (a typo?)")

    name = c.string(data["name"], "name", lower=False)
    countries = c.strings(data["home_countries"], "home_countries", lower=False)
    for code in countries:
        if not re.fullmatch(r"[A-Z]{2}", code):
            raise c.fail("home_countries", f"{code!r} is not an ISO 3166-1 alpha-2 code")

    def cue_map(key: str) -> Mapping[str, str]:
        return _lookup_map(c.mapping(data[key], key, lambda v: v in COARSE_TYPES, f"one of {sorted(COARSE_TYPES)}"))

    def word_set(key: str) -> frozenset[str]:
        return _lookup_set(c.strings(data[key], key))

    abbreviations = c.mapping(
        data["abbreviations"], "abbreviations",
        lambda v: isinstance(v, str) and (v == "" or _ABBREVIATION_TARGET.fullmatch(v) is not None),
        'an ISO 3166-1 alpha-2 code, a gazetteer id ("1633791", "ne1:US-MS") or "" (not a place)', lower=False,
    )
    months = c.mapping(data["months"], "months", lambda v: _is_int(v) and 1 <= v <= 12, "an integer 1-12")
    weekdays = c.mapping(data["weekdays"], "weekdays", lambda v: _is_int(v) and 0 <= v <= 6, "an integer 0-6")
    relative_days = c.mapping(data["relative_days"], "relative_days", _is_int, "an integer day offset")
    relative_periods = c.mapping(data["relative_periods"], "relative_periods", _is_int, "an integer day offset")
    parts = c.mapping(data["parts_of_day"], "parts_of_day", lambda v: v in DAY_PARTS, f"one of {sorted(DAY_PARTS)}")

    numbers = _numbers(c, data["numbers"])
    historical = data["historical"]
    if not isinstance(historical, dict) or set(historical) != set(_HISTORICAL_KEYS):
        raise c.fail("historical", f"expected an object with exactly the keys {list(_HISTORICAL_KEYS)}")
    for key in ("since", "former", "past"):
        c.strings(historical[key], f"historical.{key}")
    patterns = []
    for text in c.strings(historical["decade_patterns"], "historical.decade_patterns", lower=False):
        try:
            pattern = re.compile(text, re.IGNORECASE)
        except re.error as exc:
            raise c.fail("historical.decade_patterns", f"{text!r} is not a valid regular expression: {exc}") from None
        if pattern.groups != 1:
            raise c.fail("historical.decade_patterns", f"{text!r} must have exactly one capturing group")
        patterns.append(pattern)

    sentence_abbreviations = c.strings(data["sentence_abbreviations"], "sentence_abbreviations")
    for item in sentence_abbreviations:
        if not item.endswith("."):
            raise c.fail("sentence_abbreviations", f"{item!r} must end with a dot")
    agencies = c.strings(data.get("agencies", []), "agencies", lower=False)
    separators = data.get("dateline_separators", [])
    if not isinstance(separators, list) or not all(isinstance(s, str) and s.strip() for s in separators):
        raise c.fail("dateline_separators", "expected a list of non-empty strings")
    organisations = c.strings(data.get("organisations", []), "organisations", lower=False)

    return LanguagePack(
        lang=lang,
        name=name,
        home_countries=tuple(countries),
        stopwords=word_set("stopwords"),
        cue_before=cue_map("cue_before"),
        cue_after=cue_map("cue_after"),
        locative=word_set("locative"),
        conjunctions=word_set("conjunctions"),
        stop_names=_lookup_set(c.strings(data["stop_names"], "stop_names", lower=False), lower=False),
        abbreviations=_lookup_map(abbreviations, lower=False),
        months=_lookup_map(months),
        weekdays=_lookup_map(weekdays),
        relative_days=_lookup_map(relative_days),
        relative_periods=_lookup_map(relative_periods),
        parts_of_day=_lookup_map(parts),
        numbers=numbers,
        speech_verbs=word_set("speech_verbs"),
        action_verbs=word_set("action_verbs"),
        attribution=word_set("attribution"),
        dispute=word_set("dispute"),
        agent=word_set("agent"),
        verb_first=c.boolean(data["verb_first"], "verb_first"),
        titles=word_set("titles"),
        title_then_place=c.boolean(data["title_then_place"], "title_then_place"),
        org_words=word_set("org_words"),
        name_connectors=word_set("name_connectors"),
        compass=word_set("compass"),
        inflections=_inflections(c, data["inflections"]),
        historical_since=_lookup_set(historical["since"]),
        historical_former=_lookup_set(historical["former"]),
        historical_past=_lookup_set(historical["past"]),
        decade_patterns=tuple(patterns),
        sentence_abbreviations=_lookup_set(sentence_abbreviations),
        agencies=tuple(agencies),
        dateline_separators=tuple(separators),
        organisations=frozenset(organisations),
        source=where,
        capitalises_nouns=c.boolean(data.get("capitalises_nouns", False), "capitalises_nouns"),
        name_heads=_lookup_set(c.strings(data.get("name_heads", []), "name_heads")),
        lower_case_in_names=c.boolean(data.get("lower_case_in_names", False), "lower_case_in_names"),
        disowned=_lookup_set(c.strings(data.get("disowned", []), "disowned")),
        place_locatives=_lookup_set(c.strings(data.get("place_locatives", []), "place_locatives")),
        addressed=_lookup_set(c.strings(data.get("addressed", []), "addressed")),
        locative_endings=tuple(sorted(set(c.strings(data.get("locative_endings", []), "locative_endings")))),
        part_adjectives=_lookup_set(c.strings(data.get("part_adjectives", []), "part_adjectives")),
        locative_clitics=frozenset(c.strings(data.get("locative_clitics", []), "locative_clitics")),
        name_endings=frozenset(c.strings(data.get("name_endings", []), "name_endings")),
        subject_endings=tuple(sorted(set(c.strings(data.get("subject_endings", []), "subject_endings")))),
        postpositions=_lookup_set(c.strings(data.get("postpositions", []), "postpositions")),
        genitives=_lookup_set(c.strings(data.get("genitives", []), "genitives")),
        clitics=frozenset(c.strings(data.get("clitics", []), "clitics")),
        place_adjectives=_inflections(c, data.get("place_adjectives", []), "place_adjectives"),
        doubled_vowels=c.boolean(data.get("doubled_vowels", False), "doubled_vowels"),
    )


def _inflections(c: _Checker, value: Any, key: str = "inflections") -> tuple[tuple[str, str], ...]:
    """``[[ending in text, ending of the dictionary form], ...]``, longest text ending first.

    An ending written with an apostrophe (Turkish ``'da`` in ``Hatay'da``) also matches the other
    apostrophes (``Hatay’da``).
    """
    if not isinstance(value, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) and p[0] for p in value
    ):
        raise c.fail(key, "expected a list of [text ending, dictionary ending] pairs of strings")
    pairs = dict.fromkeys((form, b) for a, b in value for form in _variants(a))
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _numbers(c: _Checker, value: Any) -> NumberWords:
    if not isinstance(value, dict) or set(value) != set(_NUMBER_KEYS):
        raise c.fail("numbers", f"expected an object with exactly the keys {list(_NUMBER_KEYS)}")
    non_negative = "a non-negative integer"
    tables = {
        key: _lookup_map(c.mapping(value[key], f"numbers.{key}", lambda v: _is_int(v) and v >= 0, non_negative))
        for key in ("units", "tens", "scales", "vague")
    }
    for key in ("tens_suffix", "teens_suffix"):
        if not isinstance(value[key], str) or value[key] != value[key].lower():
            raise c.fail(f"numbers.{key}", f'expected a lower-case string ("" when unused), got {value[key]!r}')
    if not isinstance(value["decimal_comma"], bool):
        raise c.fail("numbers.decimal_comma", f"expected true or false, got {value['decimal_comma']!r}")
    return NumberWords(
        units=tables["units"],
        tens=tables["tens"],
        scales=tables["scales"],
        tens_suffix=value["tens_suffix"],
        teens_suffix=value["teens_suffix"],
        connectors=_lookup_set(c.strings(value["connectors"], "numbers.connectors")),
        vague=tables["vague"],
        decimal_comma=value["decimal_comma"],
    )
