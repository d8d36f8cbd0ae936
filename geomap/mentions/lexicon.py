"""A language pack turned into the folded look-up sets the spotter needs (built once per language)."""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import MappingProxyType

from gazetteer import fold
from gazetteer.normalize import abjad_forms, is_abjad

from ..text.names import person_names
from ..text.packs import LanguagePack, universal

__all__ = ["Lexicon", "lexicon"]


def _folded(items: object) -> frozenset[str]:
    return frozenset(k for k in (fold(str(x)) for x in items) if k)  # type: ignore[union-attr]


@dataclass(frozen=True)
class Lexicon:
    """Folded word sets of one language pack merged with the universal pack."""

    lang: str
    #: The pack the lexicon is drawn from (for what it keeps unfolded: locative endings, stopwords).
    pack: LanguagePack
    stopwords: frozenset[str]
    stop_names: frozenset[str]
    abbreviations: dict[str, str]
    organisations: frozenset[str]
    titles: frozenset[str]
    org_words: frozenset[str]
    locative: frozenset[str]
    cue_before: dict[str, str]
    cue_after: dict[str, str]
    connectors: frozenset[str]
    compass: frozenset[str]
    openers: frozenset[str]
    title_then_place: bool
    demonyms: dict[str, str]
    speech_verbs: frozenset[str]
    inflections: tuple[tuple[str, str], ...]
    people: frozenset[str]
    demonym_starts: frozenset[str]
    #: The endings (at a word boundary) of the phrases of ``cue_before``, ``locative`` and ``titles``: a
    #: phrase can end at a word only when the word is one of them.
    conjunctions: frozenset[str] = frozenset()
    cue_tails: frozenset[str] = frozenset()
    locative_tails: frozenset[str] = frozenset()
    title_tails: frozenset[str] = frozenset()
    #: The language writes every noun with a capital (German): see :attr:`LanguagePack.capitalises_nouns`.
    capitalises_nouns: bool = False
    #: The stop names written in Arabic or Hebrew script, as :func:`gazetteer.normalize.abjad_forms` spells
    #: them: in those scripts a stop name blocks its own spelling, not every word of its consonant key
    #: (the agency سانا is not Sanaa, صنعاء).
    abjad_stop_names: frozenset[str] = frozenset()
    #: Folded words that begin compound place names (see :attr:`LanguagePack.name_heads`).
    name_heads: frozenset[str] = frozenset()
    #: Folded locatives after which a capitalised word the gazetteer lacks is a place (see
    #: :attr:`LanguagePack.place_locatives`).
    place_locatives: frozenset[str] = frozenset()
    #: Lower-case adjectives before a name that make it a region or country (see
    #: :attr:`LanguagePack.part_adjectives`).
    part_adjectives: frozenset[str] = frozenset()
    #: How many lower-case words a name may hold after its first (see :attr:`LanguagePack.lower_case_in_names`).
    inner_lower: int = 0
    #: Names of two words or more that the pack ties to a country or a gazetteer entry (its ``abbreviations``:
    #: "Kivu Kaskazini", "آذربایجان غربی"), by folded name; and the folded first words of those names.
    phrases: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    phrase_heads: frozenset[str] = frozenset()
    #: Folded weekday names of the pack ("دوشنبه" is also Dushanbe).
    weekdays: frozenset[str] = frozenset()
    #: Clitics written onto the front of a name that locate it (Hebrew "ב": see :attr:`LanguagePack.locative_clitics`).
    locative_clitics: frozenset[str] = frozenset()
    #: Every clitic written onto the front of a name outside Hebrew script, locating or not (Amharic "በ", "የ"), longest
    #: first: see :attr:`LanguagePack.clitics`.
    front_clitics: tuple[str, ...] = ()
    #: Folded locatives written after the name (see :attr:`LanguagePack.postpositions`: Hindi "में").
    postpositions: frozenset[str] = frozenset()
    #: Folded genitive words written after the name (see :attr:`LanguagePack.genitives`: Hindi "के").
    genitive_words: frozenset[str] = frozenset()

    def common(self, word: str) -> float:
        """Zipf frequency of a lower-case word in this language (0 when unknown)."""
        return _zipf(word, self.lang)

    def frequency(self, word: str) -> float:
        """:meth:`common`, also for Chinese, Japanese and Korean, whose words wordfreq finds only with a
        tokenizer geomap does not install: there the frequency it lists for ``word`` as one entry."""
        return _zipf(word, self.lang) or _listed_zipf(word, self.lang)


@lru_cache(maxsize=500_000)
def _zipf(word: str, lang: str) -> float:
    try:
        from wordfreq import zipf_frequency

        _quiet_wordfreq()
        return zipf_frequency(word, lang)
    except (ImportError, LookupError, ValueError):
        return 0.0


def _listed_zipf(word: str, lang: str) -> float:
    """The Zipf frequency wordfreq lists for ``word`` as one entry (0 when it lists none): what it would say of a
    word its tokenizer keeps whole, without the tokenizer (MeCab, jieba) it needs to split a text first.

    >>> _listed_zipf("서울", "ko") > 5.0, _listed_zipf("ください", "ja") > 5.0, _listed_zipf("泸定", "zh") < 3.0
    (True, True, True)
    """
    frequency = _frequencies(lang).get(word)
    return round(math.log10(frequency) + 9, 2) if frequency else 0.0


@cache
def _frequencies(lang: str) -> dict[str, float]:
    try:
        from wordfreq import get_frequency_dict

        return get_frequency_dict(lang)  # type: ignore[no-any-return]
    except (ImportError, LookupError, ValueError):
        return {}


@cache
def _quiet_wordfreq() -> None:
    """wordfreq logs a warning when it answers for a nearby language ('ln' -> 'fr'): noise on a user's terminal."""
    logging.getLogger("wordfreq").setLevel(logging.ERROR)


def _tails(phrases: object) -> frozenset[str]:
    """Every ending of the phrases that starts a word: ``prime minister`` -> ``prime minister``, ``minister``."""
    out = set()
    for phrase in phrases:  # type: ignore[attr-defined]
        words = phrase.split(" ")
        out.update(" ".join(words[k:]) for k in range(len(words)))
    return frozenset(out)


def _demonyms(lang: str) -> dict[str, str]:
    """``{spelling: country code or gazetteer id}`` for the language (English for languages without a list)."""
    from gazetteer.sources.demonyms import by_language

    table = by_language(lang) or by_language("en")
    return {word: entries[0][0] for word, entries in table.items() if entries}


def _phrases(abbreviations: Mapping[str, str]) -> dict[str, str]:
    """``{folded name: target}`` of the abbreviations of two words or more that stand for a place.

    >>> _phrases({"Kivu Kaskazini": "206938", "NATO": "", "Nhà Trắng": ""})
    {'kivu kaskazini': '206938'}
    """
    return {key: target for name, target in abbreviations.items() if target and " " in (key := fold(name))}


@lru_cache(maxsize=64)
def _build(pack: LanguagePack) -> Lexicon:
    uni = universal()
    abbreviations = {**dict(uni.abbreviations), **dict(pack.abbreviations)}
    cue_before = {fold(k): v for k, v in {**dict(uni.cue_before), **dict(pack.cue_before)}.items() if fold(k)}
    locative = _folded(pack.locative)
    titles = _folded(list(pack.titles) + list(uni.titles))
    return Lexicon(
        lang=pack.lang,
        pack=pack,
        stopwords=frozenset(pack.stopwords) | frozenset(w.lower() for w in uni.stopwords),
        stop_names=_folded(stops := [*pack.stop_names, *uni.stop_names, *uni.agencies]),
        abjad_stop_names=frozenset(form for name in stops if is_abjad(name) for form in abjad_forms(name)),
        abbreviations=abbreviations,
        organisations=frozenset(uni.organisations),
        titles=titles,
        org_words=_folded(list(pack.org_words) + list(uni.org_words)),
        locative=locative,
        cue_before=cue_before,
        cue_after={fold(k): v for k, v in {**dict(uni.cue_after), **dict(pack.cue_after)}.items() if fold(k)},
        connectors=_folded(list(pack.name_connectors) + list(uni.name_connectors)),
        compass=_folded(list(pack.compass) + list(uni.compass)),
        openers=frozenset("\"'“‘«(["),
        title_then_place=pack.title_then_place,
        speech_verbs=frozenset(pack.speech_verbs),
        inflections=pack.inflections,
        people=person_names(pack.lang),
        demonyms=(demonyms := _demonyms(pack.lang)),
        demonym_starts=frozenset(w.split()[0] for w in demonyms) | frozenset(
            w.split()[0] + "'s" for w in demonyms) | frozenset(w.split()[0] + "’s" for w in demonyms),
        conjunctions=frozenset(w.lower() for w in pack.conjunctions if " " not in w),
        cue_tails=_tails(cue_before),
        locative_tails=_tails(locative),
        title_tails=_tails(titles),
        capitalises_nouns=pack.capitalises_nouns,
        name_heads=_folded(pack.name_heads),
        inner_lower=2 if pack.lower_case_in_names else 0,
        place_locatives=_folded(pack.place_locatives),
        part_adjectives=frozenset(pack.part_adjectives),
        phrases=MappingProxyType(phrases := _phrases(abbreviations)),
        phrase_heads=frozenset(key.partition(" ")[0] for key in phrases),
        weekdays=_folded(pack.weekdays),
        locative_clitics=pack.locative_clitics,
        front_clitics=tuple(sorted(pack.locative_clitics | pack.clitics, key=len, reverse=True)) if (
            pack.clitics) else (),
        postpositions=_folded(pack.postpositions),
        genitive_words=_folded(pack.genitives),
    )


def lexicon(pack: LanguagePack) -> Lexicon:
    """The (cached) lexicon of ``pack``."""
    return _build(pack)
