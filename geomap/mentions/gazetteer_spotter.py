"""The default spotter: word sequences that the gazetteer knows, filtered by orthography and context.

Every sequence of up to :data:`MAX_TOKENS` words that starts with a capital (or is
written in a script without case) is folded and looked up in the gazetteer's key
table, longest first. A match is kept unless the language pack and the context say
it is something else: a stop-name (``Senin``, ``President``), part of a person's or
an organisation's name (``Vladimir Putin``, ``Washington Post``), a common word at
the start of a sentence, an abbreviation that is no place (``NATO``). Names the
gazetteer lacks are kept, unresolved, where a cue word marks them as places
(``desa X``, ``the village of X``, ``X County``).
"""

from __future__ import annotations

import bisect
import os
import re
import threading
import unicodedata
from collections.abc import Collection, Iterable, Iterator, Sequence
from functools import lru_cache
from itertools import compress, repeat
from operator import attrgetter
from typing import Any

from gazetteer import fold
from gazetteer.index import match_quality
from gazetteer.normalize import abjad_forms, has_latin, is_abjad, is_unspaced, light_fold
from gazetteer.store import open_index

from ..text.document import Document
from ..text.names import kind as name_kind
from ..text.packs import LanguagePack, universal
from ..text.romanize import is_devanagari, latin_keys
from ..text.tokens import caseless_letter
from .base import Spotter
from .lexicon import Lexicon, lexicon
from .model import Mention

__all__ = ["MAX_TOKENS", "GazetteerSpotter", "spotting_keys"]

#: Longest name, in words, looked up.
MAX_TOKENS = 6
#: A name this well known is taken even without context.
FAMOUS = 0.8
#: A sentence's first word this common in its language (Zipf) is a word before it is a case form of a name.
_COMMON_OPENING = 4.5
#: Below this prior a single word needs context (a cue or a locative preposition).
OBSCURE = 0.45
#: Countries and world cities: their names stay places even where the article also uses the word.
_WORLD_CITY = 0.95

_KEYS: dict[tuple[str, float], dict[str, tuple[float, float]]] = {}
_KEYS_LOCK = threading.Lock()


def spotting_keys(gazetteer: Any) -> dict[str, tuple[float, float]]:
    """``{key: (prior, code_prior)}`` for every name in the index (loaded once per index file)."""
    path = os.fspath(gazetteer.path)
    stamp = (path, os.stat(path).st_mtime)
    with _KEYS_LOCK:
        keys = _KEYS.get(stamp)
        if keys is None:
            con = open_index(path)  # a file URI built from the path: '?', '#' and '%' in it stay part of the name
            try:
                keys = {k: (p, c) for k, p, c in con.execute("SELECT key, prior, code_prior FROM keys")}
            finally:
                con.close()
            _KEYS.clear()
            _KEYS[stamp] = keys
    return keys


def opening_words(keys: dict[str, tuple[float, float]]) -> frozenset[str]:
    """First words of the keys of two words or more: only a key starting with one of them can open a longer name.

    >>> sorted(opening_words({"new york": (0.9, 0.0), "york": (0.5, 0.0), "rio de janeiro": (0.9, 0.0)}))
    ['new', 'rio']
    """
    return frozenset(key.partition(" ")[0] for key in keys if " " in key)


class _TokenCache(dict):  # type: ignore[type-arg]
    """``token text -> value``, computed on first sight by ``compute``; emptied when it grows too big."""

    LIMIT = 300_000

    def __init__(self, compute: Any) -> None:
        super().__init__()
        self.compute = compute

    def __missing__(self, text: str) -> Any:
        if len(self) >= self.LIMIT:
            self.clear()
        value = self[text] = self.compute(text)
        return value


def _lettered(text: str) -> bool:
    """Is ``text`` made of letters and the vowel signs written with them (Devanagari "बारामूला", which
    ``str.isalpha`` refuses for its marks)?

    >>> _lettered("बारामूला"), _lettered("Goma"), _lettered("12a")
    (True, True, False)
    """
    return text.isalpha() or all(c.isalpha() or unicodedata.category(c) in ("Mn", "Mc") for c in text)


def _case_located(toks: _Tokens, j: int, key: str, pack: LanguagePack) -> bool:
    """Does the word ``j``, found through its dictionary form ``key``, carry a locative case ending of the pack
    (Bengali "চট্টগ্রামে", "ঢাকায়": in Chittagong, in Dhaka)? In a cased script only where the pack's inflection rules
    strip such endings from names written without an apostrophe (Azerbaijani "Ağdamda", Armenian "Գյումրիում")."""
    text = toks.text[j]
    return bool(pack.locative_endings) and (toks.caseless[j] or _bare_endings(pack)) and text.endswith(
        pack.locative_endings) and _fold_token(text) != key and text.lower() not in pack.stopwords  # "Burada": "here"


@lru_cache(maxsize=64)
def _bare_endings(pack: LanguagePack) -> bool:
    """Does ``pack`` write its locative endings onto the name itself, without an apostrophe (Azerbaijani "Bakıda",
    not Turkish "Hatay'da"), and strip them with its inflection rules?"""
    return any(e[:1].isalpha() for e in pack.locative_endings) and any(
        ending in pack.locative_endings for ending, _ in pack.inflections)


#: Letters of the scripts of South Asia after Devanagari (Bengali to Sinhala), matched by their own spelling only.
_INDIC_LETTER = re.compile(r"[\u0980-\u0dff]")


def _homophone_case_form(text: str, lex: Lexicon) -> bool:
    """Is ``text`` a word of a script of South Asia in a language whose pack strips case endings (``inflections``)?
    Its key may then be a Latin name's that the index does not spell so (Sinhala "ගාල්ලේ", "in Galle", reads as
    "galle"): the word is no name as it stands, and its dictionary form is tried instead.

    >>> from geomap.text.packs import get_pack
    >>> _homophone_case_form("ගාල්ලේ", lexicon(get_pack("si"))), _homophone_case_form("Galle", lexicon(get_pack("si")))
    (True, False)
    """
    return bool(lex.inflections) and _INDIC_LETTER.match(text) is not None


def _fold_word(text: str) -> str:
    """:func:`gazetteer.fold`, with a short cut for plain ASCII words (the same key)."""
    return text.lower() if text.isascii() and text.isalnum() else fold(text)


def _fold_token(text: str) -> str:
    return _FOLDED_PARTS[text]


_FOLDED_PARTS = _TokenCache(_fold_word)
#: Per key table (by id, with the table kept to check it): what :func:`_key_tables` builds from it.
_WORD_KEYS: dict[int, tuple[dict[str, tuple[float, float]], _TokenCache, _TokenCache]] = {}
_WORD_KEYS_LOCK = threading.Lock()


def _key_tables(keys: dict[str, tuple[float, float]]) -> tuple[dict[str, tuple[float, float]], _TokenCache,
                                                                  _TokenCache]:
    """``(keys, words, phrases)``: the small tables of :func:`_word_keys` and :func:`_phrase_keys` (one pair per
    key table)."""
    with _WORD_KEYS_LOCK:
        entry = _WORD_KEYS.get(id(keys))
        if entry is None or entry[0] is not keys:
            openers = opening_words(keys)

            def describe(word: str) -> tuple[tuple[float, float] | None, bool]:
                return keys.get(word), word in openers or " " in word

            entry = (keys, _TokenCache(describe), _TokenCache(keys.get))
            _WORD_KEYS.clear()
            _WORD_KEYS[id(keys)] = entry
    return entry


def _word_keys(keys: dict[str, tuple[float, float]]) -> _TokenCache:
    """``folded word -> ((prior, code prior) or None, may open a longer key)`` for a key table (one per table).

    Answers the spotter's look-ups of single words, which recur from article to article, from a table small
    enough to stay in the processor's cache (most look-ups in the index's large key table miss it), and says
    whether a key of two words or more starts with the word (see :func:`opening_words`; a folded word with a
    space in it is always tried).
    """
    return _key_tables(keys)[1]


def _phrase_keys(keys: dict[str, tuple[float, float]]) -> _TokenCache:
    """``folded words joined by spaces -> (prior, code prior) or None``: the look-ups of names of several words
    (:meth:`GazetteerSpotter._longer`), which recur from article to article ("new york", "prime minister"), answered
    from a small table, as :func:`_word_keys` does for single words."""
    return _key_tables(keys)[2]


#: A name transliterated from Arabic with its article in lower case before a hyphen: "al-Bab", "el-Fasher",
#: "ez-Zor" (in "Deir ez-Zor"), "ash-Shaddadi". Such a word is written as a name: it may open one or go on with one.
_ARTICLED = re.compile(r"(?:a[dglnrstz]|ash|ath|adh|e[dlnrstz]|u[dlrs])[-‐‑’'][A-Z]")

#: Per lexicon (by id, with the lexicon kept to check it): its token table (see ``_orthography``).
_TABLES: dict[int, tuple[Lexicon, _TokenCache]] = {}
_TABLES_LOCK = threading.Lock()


def _orthography(lex: Lexicon) -> _TokenCache:
    """``token text -> _Traits``: its key and orthography, the columns :meth:`GazetteerSpotter.spot` reads.

    A mention may start at a capitalised or caseless word, a demonym or an abbreviation; a cased
    word is one in a script with letter case. One table per language, shared by every spotter.
    """
    entry = _TABLES.get(id(lex))
    if entry is not None and entry[0] is lex:
        return entry[1]
    starts, abbreviations, folded = lex.demonym_starts, lex.abbreviations, _FOLDED_PARTS

    def describe(text: str) -> _Traits:
        first = text[0]
        upper = first.isupper() or _ARTICLED.match(text) is not None
        if not first.isalnum():
            return ("", False, False, 0, upper, False, False)
        caseless = caseless_letter(first) or (first.isdigit() and not text.isascii() and is_unspaced(text))
        return (
            folded[_base(text)],
            upper or caseless or text in starts or text in abbreviations,
            True,
            0 if caseless else 2 if upper else 1,
            upper,
            caseless,
            not caseless and not upper,
        )

    with _TABLES_LOCK:
        entry = _TABLES.get(id(lex))
        if entry is None or entry[0] is not lex:
            entry = _TABLES[id(lex)] = (lex, _TokenCache(describe))
    return entry[1]


#: Per lexicon (by id, with the lexicon kept to check it): its table of word facts (see ``_facts``).
_FACTS: dict[int, tuple[Lexicon, _TokenCache]] = {}


def _facts(lex: Lexicon, pack: LanguagePack) -> _TokenCache:
    """``token text -> (a stopword, Zipf frequency, a person's name the pack knows, a number word, in capitals and
    at most four characters long)``, all but the name's test in lower case: what :meth:`GazetteerSpotter._judge`
    asks of a word alone, answered once per word and language (``pack``: the lexicon's pack, for its numbers)."""
    entry = _FACTS.get(id(lex))
    if entry is not None and entry[0] is lex:
        return entry[1]
    numbers = pack.numbers

    def describe(text: str) -> tuple[bool, float, bool, bool, bool]:
        lower = text.lower()
        return (lower in lex.stopwords, lex.common(lower), text in lex.people,
                numbers.value(lower) is not None, _is_upper(text) and len(text) <= 4)

    with _TABLES_LOCK:
        entry = _FACTS.get(id(lex))
        if entry is None or entry[0] is not lex:
            entry = _FACTS[id(lex)] = (lex, _TokenCache(describe))
    return entry[1]


#: What :func:`_orthography` says of a token text: (key, may start a mention, is a word, its case (0: not
#: a cased word, 1: a cased word, 2: a capitalised cased word), starts with a capital (:attr:`Token.is_cap`),
#: is caseless (:attr:`Token.caseless`), is a cased word in lower case).
_Traits = tuple[str, bool, bool, int, bool, bool, bool]


_SENTENCE_START, _SENTENCE_END = attrgetter("start"), attrgetter("end")

#: Bits of a token's code (see :func:`_columns`): may start a mention, is a word, starts with a capital, is
#: caseless (the columns of :func:`_orthography`), is a plain capitalised word (see :func:`_plain`), its key
#: after an elided article ("l'" + key) is a key too, it is a word the context of a name is read from (see
#: :func:`_context_word`), and it may end a title before a name (the last word of a title, or a full stop).
_SPOT, _WORD, _CAP, _CASELESS, _PLAIN, _ELIDES, _CONTEXT, _TITLED = 1, 2, 4, 8, 16, 32, 64, 128


def _bit_table(field: Any) -> bytes:
    """A :meth:`bytes.translate` table that turns each code into ``field(code)`` (a flag: 0 or 1)."""
    return bytes(int(field(code)) for code in range(256))


_SPOTS, _WORDS = _bit_table(lambda c: c & _SPOT > 0), _bit_table(lambda c: c & _WORD > 0)
_CAPS, _CASELESSES = _bit_table(lambda c: c & _CAP > 0), _bit_table(lambda c: c & _CASELESS > 0)
#: The case of :data:`_Traits` (0: not a cased word, 1: a cased word, 2: a capitalised one), and "a cased word in
#: lower case".
_CASES = _bit_table(lambda c: 0 if not c & _WORD or c & _CASELESS else 2 if c & _CAP else 1)
_LOWERS = _bit_table(lambda c: c & _WORD > 0 and not c & (_CASELESS | _CAP))
#: Per lexicon and key table (by ids, with both kept to check them): the table of token codes (see ``_columns``).
_CODES: dict[tuple[int, int], tuple[Lexicon, dict[str, tuple[float, float]], _TokenCache]] = {}


def _code(traits: _Traits) -> int:
    """The flags of :func:`_orthography`'s traits packed into one small number (see :data:`_SPOT`, ...); the case
    and "in lower case" follow from them.

    >>> _code(("kyiv", True, True, 2, True, False, False)) == _SPOT | _WORD | _CAP
    True
    """
    _, spot, word, _, cap, caseless, _ = traits
    return spot | word << 1 | cap << 2 | caseless << 3


def _plain(text: str, traits: _Traits, lex: Lexicon) -> bool:
    """Is ``text`` a capitalised word that the spotter reads by its key alone: a word of a script with capitals,
    in a language without inflection rules, that is no demonym, pack phrase or weekday? Then, unless an elided
    article comes before it (see :data:`_ELIDES`), its match is its key's own entry or a longer key it opens (see
    :meth:`GazetteerSpotter._longest`) and, without one, the word goes straight to the names the gazetteer
    lacks (no abbreviation of the pack, no hyphenated compound)."""
    key, _, word, _, cap, caseless, _ = traits
    if not (word and cap) or caseless or lex.inflections or text in lex.demonym_starts or (
            key in lex.phrase_heads or key in lex.weekdays):
        return False
    return not lex.abbreviations.get(text) and "-" not in text and "‐" not in text


def _context_word(text: str, key: str, caseless: bool, lex: Lexicon) -> bool:
    """Is ``text`` (folded: ``key``) a token the spotter reads around a name: the last word of a cue, locative or
    title, a word of an organisation's name, a connector, a conjunction, a cue word after a name, a speech verb,
    an adjective naming a part, a full stop (after an abbreviated title), or a caseless word an Arabic conjunction
    may open? A token that is none of them leaves those tests of its neighbours false.

    >>> from geomap.text.packs import get_pack
    >>> lex = lexicon(get_pack("en"))
    >>> _context_word("of", "of", False, lex), _context_word("said", "said", False, lex)
    (True, True)
    >>> _context_word("rain", "rain", False, lex), _context_word(",", "", False, lex)
    (False, False)
    """
    return text == "." or key in lex.cue_tails or key in lex.locative_tails or key in lex.title_tails or (
        key in lex.org_words or key in lex.connectors or key in lex.conjunctions or key in lex.cue_after
        or text.lower() in lex.speech_verbs or text in lex.part_adjectives or (caseless and text[0] in "وف"))


def _keyed_table(store: dict[tuple[int, int], tuple[Lexicon, dict[str, tuple[float, float]], _TokenCache]],
                 lex: Lexicon, keys: dict[str, tuple[float, float]], describe: Any) -> _TokenCache:
    """``store``'s table for ``lex`` and the key table ``keys`` (by ids, both kept to check them), made with
    ``describe`` unless another thread made it first; a store keeps 64 tables at most."""
    with _TABLES_LOCK:
        entry = store.get((id(lex), id(keys)))
        if entry is None or entry[0] is not lex or entry[1] is not keys:
            if len(store) >= 64:
                store.clear()
            entry = store[(id(lex), id(keys))] = (lex, keys, _TokenCache(describe))
    return entry[2]


def _columns(lex: Lexicon, keys: dict[str, tuple[float, float]]) -> _TokenCache:
    """``token text -> (key, code)``: :func:`_orthography`'s traits with the flags packed by :func:`_code`, whether
    the word is :func:`_plain`, and whether the key table ``keys`` knows it after an elided article.

    A document's codes make one :class:`bytes` from which :meth:`bytes.translate` draws each column at once;
    the small numbers are shared objects, so the table costs the document one look-up per token and no copies.
    """
    entry = _CODES.get((id(lex), id(keys)))
    if entry is not None and entry[0] is lex and entry[1] is keys:
        return entry[2]
    traits = _orthography(lex)

    def describe(text: str) -> tuple[str, int]:
        row = traits[text]
        plain = _PLAIN if _plain(text, row, lex) else 0
        # A word that is its own key (most words in lower case) keeps one string object for both: the document's
        # look-up then reads no other memory for the key.
        key = text if row[0] == text else row[0]
        return key, _code(row) | plain | (_ELIDES if "l" + key in keys else 0) | (
            _CONTEXT if _context_word(text, key, row[5], lex) else 0) | (
            _TITLED if text == "." or key in lex.title_tails else 0)

    return _keyed_table(_CODES, lex, keys, describe)


#: What :func:`_plain_words` says of a plain word's match alone: judge it (:meth:`GazetteerSpotter._judge`), the
#: packs say it is no place (an abbreviation without a code, an organisation, a stop name), or only codes match it
#: (a prior of 0, "The": no place unless a title comes before or an abbreviation's dots make it a region); or,
#: where no capitalised word and no :func:`_context_word` stands next to it ("quiet"), a function word or a person's
#: name is no place ("He", "But", "Jones"); and a well-known name is one where no capitalised word stands next to it
#: and no title ends before it ("in London", "Russia said").
_JUDGE, _DROP, _CODES_ONLY, _QUIET_DROP, _QUIET_KEEP = 0, 1, 2, 3, 4
#: Per lexicon and key table (by ids, with both kept to check them): the table of plain words (see ``_plain_words``).
_PLAINS: dict[tuple[int, int], tuple[Lexicon, dict[str, tuple[float, float]], _TokenCache]] = {}


def _plain_words(lex: Lexicon, keys: dict[str, tuple[float, float]], pack: LanguagePack) -> _TokenCache:
    """``token text -> ((prior, code prior) or None, may open a longer key, verdict)`` for a :func:`_plain` word:
    its key's entry in :func:`_word_keys` and what its match alone comes to before any context is read
    (:data:`_JUDGE`, :data:`_DROP`, :data:`_CODES_ONLY`, :data:`_QUIET_DROP` or :data:`_QUIET_KEEP`; a word that
    opens compound names, see ``name_heads``, is always judged). One table per language and key table, shared by
    every spotter (``pack``: the lexicon's pack, for :func:`_facts`)."""
    entry = _PLAINS.get((id(lex), id(keys)))
    if entry is not None and entry[0] is lex and entry[1] is keys:
        return entry[2]
    columns, words, facts = _columns(lex, keys), _word_keys(keys), _facts(lex, pack)

    def describe(text: str) -> tuple[tuple[float, float] | None, bool, int]:
        key = columns[text][0]
        hit, opens = words[key]
        verdict = _JUDGE
        if hit is not None and len(key) >= 2 and key not in lex.name_heads:
            if text in lex.abbreviations or text in lex.organisations or (
                    key in lex.stop_names and _stop_name(lex, key, text, False)):
                verdict = _DROP  # the same tests, in the same order, as _judge's first ones (a plain word has no code)
            elif hit[0] <= 0.0:
                verdict = _CODES_ONLY
            else:
                verdict = _quiet_verdict(text, key, hit[0], facts[text], lex)
        return hit, opens, verdict

    return _keyed_table(_PLAINS, lex, keys, describe)


def _quiet_verdict(text: str, key: str, prior: float, facts: tuple[bool, float, bool, bool, bool], lex: Lexicon
                   ) -> int:
    """What :meth:`GazetteerSpotter._judge` says of a plain word's match alone (``prior`` > 0, no stop name) where
    the words next to it are quiet (see :data:`_QUIET_DROP`). Without a capitalised word or a context word next
    to it, no title, cue, locative, organisation, speech verb, capitalised run, name before it or dots of an
    abbreviation come into play: a function word or a little-known person's name is dropped with nothing remembered
    (unless the language's postpositions or clitics locate a name: they are read from its other side). Without a
    capitalised word next to it and a title before it, a well-known name that is no common word, number, title, cue
    word or short capitals is kept whatever else surrounds it (its cue and evidence: :meth:`~GazetteerSpotter._cue_of`).
    :data:`_JUDGE` for the other words."""
    if "." in text:
        return _JUDGE
    stopword, common, person, number, upper_short = facts
    if (stopword or (person and prior < 0.7)) and not (lex.postpositions or lex.locative_clitics):
        return _QUIET_DROP
    if prior >= FAMOUS and not (upper_short or number or key in lex.titles or key in lex.cue_before
                                or key in lex.cue_after) and (prior >= _WORLD_CITY or common < 3.0):
        return _QUIET_KEEP
    return _JUDGE


class _Tokens:
    """The tokens of one document as parallel columns (the flags as 0 and 1): what :class:`Token` objects would
    hold, per column, and the bounds of the sentence being read.

    ``toks.text[i]``, ``toks.start[i]``, ... read token ``i`` (its index in the document); the sentence being read
    holds the tokens ``toks.lo`` to ``toks.n - 1``: nothing looks across its bounds. ``toks.codes`` holds the
    tokens' codes (see :func:`_columns`) and ``toks.facts`` the language's table of word facts (see :func:`_facts`).
    """

    __slots__ = ("cap", "caseless", "codes", "end", "facts", "lo", "n", "start", "text", "word")

    def __init__(self, text: list[str], start: list[int], end: list[int], word: tuple[int, ...],
                 cap: tuple[int, ...], caseless: tuple[int, ...], codes: bytes, facts: _TokenCache) -> None:
        self.text, self.start, self.end = text, start, end
        self.word, self.cap, self.caseless = word, cap, caseless
        self.codes, self.facts = codes, facts
        self.lo, self.n = 0, len(text)


class _Lowered:
    """The folded words a document writes in lower case ("Tiba-tiba ... tiba"), by its keys and token codes
    (see :func:`_columns`), gathered on the first question: a document asks only about common words.

    >>> lowered = _Lowered(("tiba", "tiba", "jakarta"), bytes([_WORD | _CAP, _WORD, _WORD | _CAP]))
    >>> "tiba" in lowered, "jakarta" in lowered
    (True, False)
    """

    __slots__ = ("codes", "folded", "words")

    def __init__(self, folded: Sequence[str], codes: bytes) -> None:
        self.folded, self.codes = folded, codes
        self.words: frozenset[str] | None = None

    def __contains__(self, word: object) -> bool:
        if self.words is None:
            self.words = frozenset(compress(self.folded, self.codes.translate(_LOWERS)))
        return word in self.words


def _weak_case(cases: bytes) -> bool:
    """Does a sentence whose tokens have these cases (see :data:`_Traits`) give no orthographic evidence: a headline
    in Title Case or CAPITALS, or a script without case?

    >>> _weak_case(bytes([2, 2, 2, 2, 0])), _weak_case(bytes([2, 1, 1, 1])), _weak_case(bytes([0, 0]))
    (True, False, True)
    """
    n_cased = len(cases) - cases.count(0)
    return not n_cased or (n_cased >= 4 and cases.count(2) / n_cased > 0.7)


def _is_upper(text: str) -> bool:
    """:attr:`Token.is_upper`: written in capitals, with two letters at least."""
    return text.isupper() and sum(c.isalpha() for c in text) >= 2


def _in_list(gap: str, lex: Lexicon) -> bool:
    """Does ``gap`` (the text between two names) join them in a list: a comma, a conjunction or both?"""
    words = gap.replace(",", " , ").split(None, 2)  # a third part: too many words (most gaps are long)
    return 0 < len(words) <= 2 and all(w == "," or w.lower() in lex.conjunctions for w in words) and (
        words[-1] != "," or len(words) == 1)


def _base(text: str) -> str:
    """Drop an English possessive: ``Russia's`` -> ``Russia``."""
    if len(text) > 3 and text[-2] in "'’ʼ" and text[-1] in "sS":
        return text[:-2]
    return text


#: The prior from which a word's own reading is never replaced by one its inflection rules give (see
#: ``GazetteerSpotter._inflected_rival``): countries and capitals.
_RIVAL_CEILING = 0.95


def _plain_opening(toks: _Tokens, i: int) -> bool:
    """Is token ``i`` the first word of its sentence, in a cased script and without an apostrophe? Its capital then
    says nothing, and an ending taken off it leaves a common word as often as a name (Czech "Roku", "in the year",
    is no case form of ROK; Croatian "Druga", "the second", none of Durg): the pack's inflections are not tried on
    it. A Turkish name keeps its case ending after an apostrophe ("Hatay'da"), a caseless script has no capitals,
    and a language that writes its locative endings onto the name (:func:`_bare_endings`: Azerbaijani "Sumqayıtda
    ...", "in Sumgayit ...") opens sentences with case forms of names as often as anywhere else: the caller asks.

    >>> toks = _Tokens(["Roku", "2020"], [0, 5], [4, 9], (1, 0), (1, 0), (0, 0), b"", None)
    >>> _plain_opening(toks, 0), _plain_opening(toks, 1)
    (True, False)
    """
    if i != toks.lo or toks.caseless[i]:
        return False
    text = toks.text[i]
    return not any(mark in text for mark in _APOSTROPHES)


def _dictionary_forms(lower: str, lex: Lexicon, stem: int = 3) -> Iterator[str]:
    """The forms the pack's inflection rules give a lower-case word (``москве`` -> ``москва``, ...), keeping a
    stem of ``stem`` letters at least; then, where the pack says that its language doubles long vowels, the word
    and those forms with each doubled vowel written once (Oromo "jimmaatti", "in Jimma": "jimmatti", "jimma").

    >>> from geomap.text.packs import get_pack
    >>> [f for f in _dictionary_forms("jimmaatti", lexicon(get_pack("om"))) if "aa" not in f][:2]
    ['jimmatti', 'jimma']
    """
    forms = [lower[: -len(ending)] + replacement for ending, replacement in lex.inflections
             if lower.endswith(ending) and len(lower) - len(ending) >= stem]
    yield from forms
    if lex.pack.doubled_vowels:
        yield from _single_vowels((lower, *forms))


_DOUBLED_VOWEL = re.compile(r"([aeiou])\1")


def _single_vowels(forms: Iterable[str]) -> Iterator[str]:
    """Each of ``forms`` that writes a vowel twice, with every doubled vowel written once.

    >>> list(_single_vowels(["adaamaatti", "adaamaa", "adama"]))
    ['adamatti', 'adama']
    """
    for form in forms:
        short = _DOUBLED_VOWEL.sub(r"\1", form)
        if short != form:
            yield short


def _opens_dateline(doc: Document, toks: _Tokens, i: int) -> bool:
    """Is token ``i`` the town of a dateline: the article's first word, in capitals, before a dash or an
    agency in brackets ("GOMA (Reuters) -", "LIMA -")? Then it is no code or initials."""
    if toks.start[i] != len(doc.text) - len(doc.text.lstrip()) or i + 1 >= toks.n:
        return False
    return toks.text[i + 1] in ("(", ",") or toks.text[i + 1] in universal().dateline_separators


#: A word at least this common (Zipf frequency) is no name of a place the gazetteer lacks, unless a cue says so.
_COMMON_UNKNOWN = 2.0
#: ... and a word at least this common is none after a cue word either, in a script without capitals.
_COMMON_CUED = 3.5
#: A word before a cue word that follows names (Hindi "जिले", Bengali "জেলায়") is no name from this zipf frequency on:
#: district names are everyday words of the news there ("সাতক্ষীরা" 4.4).
_COMMON_CUED_AFTER = 5.0
#: What a Devanagari name found through its Latin spelling may be (no country, sea or mountain).
_ROMANIZED_FEATURES = frozenset({"city", "village", "admin1", "region"})
#: A word of Arabic or Hebrew script this common (Zipf) is no little-known place that spells it.
_COMMON_ABJAD = 5.0
#: A Hebrew word this common (Zipf) is read as clitics and a name only when the name is a word about as common.
_COMMON_CLITIC = 3.0
#: Apostrophes that end an elided article (l', dell').
_APOSTROPHES = "'’ʼ"
#: The longest name looked for inside a run of Chinese, Japanese, Korean, Thai... (characters).
_UNSPACED_LONGEST = 12
#: Scripts without spaces whose letters spell sounds (Thai, Lao, Burmese, Khmer) ...
_SPELLED_SOUNDS = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: ... where a name inside a longer run has at least this many letters.
_SHORTEST_SPELLED = 4


def _plural_cue(word: str, lex: Lexicon) -> str:
    """The cue word whose plural ``word`` is ("regions" -> "region", "counties" -> "county"), or ""."""
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""
    return singular if singular in lex.cue_after else ""


def _stop_name(lex: Lexicon, key: str, surface: str, caseless: bool) -> bool:
    """Is the match a name the packs say is no place? In Arabic or Hebrew script only its own spelling is:
    a key there is a consonant skeleton that other words share (the agency سانا and Sanaa, صنعاء)."""
    if key not in lex.stop_names:
        return False
    if caseless and is_abjad(surface):
        return not lex.abjad_stop_names.isdisjoint(abjad_forms(surface))
    return True


#: Hangul syllables: Korean words, written with spaces between them and particles written onto them.
_HANGUL = re.compile(r"[\uac00-\ud7af]")
#: Hebrew letters (without the final forms' look-alikes: every letter a word may start with).
_HEBREW = re.compile(r"[\u05d0-\u05ea]")
#: Clitics Hebrew writes onto the front of a word: "and", "in", "to", "from", "that", "as", and the usual pairs of
#: them (ובתל אביב: "and in Tel Aviv"), one letter first. The article ה is left on: הגליל is the Galilee's name.
_HEBREW_CLITICS = ("ו", "ב", "ל", "מ", "ש", "כ", "וב", "ול", "ומ", "שב", "של", "שמ", "כש", "וש", "וכ", "ושב", "כשב")
#: ... after "in", "to" and "as" the article is not written: בגליל is "in the Galilee" (הגליל).
_ARTICLE_DROPPED = ("ב", "ל", "כ")


def _hebrew_bare(text: str) -> list[tuple[int, str]]:
    """``(length of the clitics, the word without them)`` of each way to read ``text`` (a Hebrew word) as clitics
    and a word of two letters at least (with the article the clitics swallowed, too), the fewest clitic letters
    first; empty for a word in another script.

    >>> _hebrew_bare("ובתל")
    [(1, 'בתל'), (2, 'תל'), (2, 'התל')]
    >>> _hebrew_bare("Tel")
    []
    """
    if not _HEBREW.match(text):
        return []
    out = []
    for clitic in _HEBREW_CLITICS:
        if text.startswith(clitic) and len(text) - len(clitic) >= 2:
            rest = text[len(clitic):]
            out.append((len(clitic), rest))
            if clitic.endswith(_ARTICLE_DROPPED):
                out.append((len(clitic), "ה" + rest))
    return out


def _hebrew_readings(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """The readings of :func:`_hebrew_bare` that may hold a name: not a function word, and no rarer a word than
    ``text`` itself unless ``text`` is rare ("בישראל" is "in Israel"; "מקום", "place", is no "from Qom")."""
    readings = _hebrew_bare(text)
    if not readings:
        return []
    whole = lex.common(text.lower())
    return [(n, rest) for n, rest in readings if rest not in lex.stopwords and (
        whole < _COMMON_CLITIC or lex.common(rest) >= whole - 0.5)]


def _clitic_length(text: str, key: str, lex: Lexicon | None = None) -> int:
    """How many letters of clitics a Hebrew word ``text`` (or one carrying the clitics of the pack of ``lex``, see
    :func:`_front_readings`) carries before the first word of the matched ``key`` ("בתל" before "tl vyv": 1); 0 when
    it carries none."""
    head = key.partition(" ")[0]
    if lex is not None and lex.front_clitics and not _HEBREW.match(text):
        return 0 if _fold_token(text) == head else next(
            (n for n, rest in _front_readings(text, lex) if _fold_token(rest) == head), 0)
    if not _HEBREW.match(text) or _fold_token(text) == head:
        return 0
    return next((n for n, rest in _hebrew_bare(text) if _fold_token(rest) == head), 0)


def _abjad_ending(text: str, key: str, lex: Lexicon) -> int:
    """How many letters of an ending of the pack's ``inflections`` a word in Arabic script carries after the name
    ``key`` it was found through (Sorani "هەولێردا", "in Erbil": 2); 0 when it carries none. The mention is the name
    without it: an Arabic-script name matches only its own spelling.

    >>> from geomap.text.packs import get_pack
    >>> sorani = lexicon(get_pack("ckb"))
    >>> _abjad_ending("هەولێردا", "hewler", sorani), _abjad_ending("هەولێر", "hewler", sorani)
    (2, 0)
    """
    tail = key.rpartition(" ")[2]
    if not lex.inflections or not is_abjad(text) or _fold_token(text) == tail:
        return 0
    lower = text.lower()
    return next((len(ending) for ending, repl in lex.inflections if not repl and lower.endswith(ending) and _fold_token(
        lower[:-len(ending)]) == tail), 0)


def _front_readings(text: str, lex: Lexicon) -> list[tuple[int, str]]:
    """``(length of the clitics, the word without them)`` of each way to read ``text`` as one of the pack's clitics
    (``locative_clitics`` and ``clitics``, outside Hebrew script) and a word of three letters at least that is no
    function word (Amharic "ከባድ", "heavy", is no "from Badou"), also in the dictionary forms the pack's
    ``inflections`` give it (Amharic "በአማራ": "in" and Amhara, "የጎንደርን": "of" and Gondar); a Hebrew word's readings
    are :func:`_hebrew_readings`'.

    >>> from geomap.text.packs import get_pack
    >>> _front_readings("በባህር", lexicon(get_pack("am")))
    [(1, 'ባህር')]
    """
    if not lex.front_clitics or _HEBREW.match(text):
        return _hebrew_readings(text, lex)
    out = []
    for clitic in lex.front_clitics:
        if text.startswith(clitic) and len(text) - len(clitic) >= 3 and (rest := text[len(clitic):]) not in (
                lex.stopwords):
            out.append((len(clitic), rest))
            out.extend((len(clitic), form) for form in _dictionary_forms(rest, lex))
    return out


def _located_by_clitic(text: str, key: str, lex: Lexicon) -> bool:
    """Does a clitic that locates (Hebrew "ב", "in": the pack's ``locative_clitics``) open the word ``text`` before
    the name ``key`` ("בחברון")?"""
    if not lex.locative_clitics:
        return False
    n = _clitic_length(text, key, lex)
    return n > 0 and text[:n] in lex.locative_clitics


@lru_cache(maxsize=64)
def _unspaced_words(pack: LanguagePack) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(stop names, (suffix, feature) longest first) written in Chinese or Japanese script, of ``pack`` and of the
    universal pack: what :meth:`GazetteerSpotter._unspaced_names` skips, and the suffixes of administrative names
    (the pack's ``cue_after`` words in that script)."""
    uni = universal()
    stops = frozenset(w for w in (*pack.stop_names, *uni.stop_names, *uni.agencies) if is_unspaced(w))
    suffixes = sorted(((w, f) for w, f in pack.cue_after.items() if is_unspaced(w)), key=lambda e: -len(e[0]))
    return stops, tuple(suffixes)


@lru_cache(maxsize=64)
def _prefix_cues(pack: LanguagePack) -> tuple[tuple[str, str], ...]:
    """``(cue, feature)`` of the pack's ``cue_before`` words written in a script without spaces, longest first: what
    a Thai run writes right before a name (จังหวัดนราธิวาส, อำเภอระแงะ); see :meth:`GazetteerSpotter._cued_in_run`."""
    return tuple(sorted(((w, f) for w, f in pack.cue_before.items() if is_unspaced(w)), key=lambda e: -len(e[0])))


@lru_cache(maxsize=64)
def _run_abbreviations(pack: LanguagePack) -> tuple[tuple[str, str], ...]:
    """``(name, target)`` of the pack's ``abbreviations`` written in a script of sounds without spaces (Burmese,
    Khmer, Thai), longest first: names the index lacks in that script (Burmese နေပြည်တော်, Khmer បាត់ដំបង), found
    inside a run as their country or gazetteer entry (see :meth:`GazetteerSpotter._unspaced_names`)."""
    return tuple(sorted(((w, c) for w, c in pack.abbreviations.items() if c and _SPELLED_SOUNDS.match(w)),
                        key=lambda e: -len(e[0])))


def _abbreviation_at(text: str, pos: int, names: tuple[tuple[str, str], ...]) -> tuple[int, str] | None:
    """``(length, target)`` of the longest of ``names`` (see :func:`_run_abbreviations`) written at ``pos`` of a run,
    not ending before a mark (the name ends with its syllable).

    >>> _abbreviation_at("ខេត្តបាត់ដំបង", 5, (("បាត់ដំបង", "1821310"),))
    (8, '1821310')
    """
    for name, target in names:
        end = pos + len(name)
        if text.startswith(name, pos) and not (end < len(text) and unicodedata.category(text[end]) in ("Mn", "Mc")):
            return len(name), target
    return None


#: Letters of Thai and Lao that no syllable starts with (following vowels, the repetition and abbreviation marks)
#: and marks written onto the letter before them: a name neither starts with one nor ends before one.
_NO_EDGE = re.compile(r"[\u0e30\u0e31\u0e32-\u0e3a\u0e45-\u0e4e\u0eb0-\u0ebc\u0ec6-\u0ecd]")


def _stop_at(text: str, pos: int, stops: frozenset[str]) -> int:
    """Length of the longest stop name that starts at ``pos`` in ``text`` (0 when none does).

    >>> _stop_at("据新华社报道", 1, frozenset({"新华社", "新华"}))
    3
    """
    if not stops:
        return 0
    for length in range(min(_UNSPACED_LONGEST, len(text) - pos), 0, -1):
        if text[pos:pos + length] in stops:
            return length
    return 0


class GazetteerSpotter(Spotter):
    """Offline spotter driven by the gazetteer's names and the language packs."""

    name = "gazetteer"

    def __init__(self, gazetteer: Any) -> None:
        super().__init__(gazetteer)
        self.keys = spotting_keys(gazetteer)
        self.words = _word_keys(self.keys)
        self.phrases = _phrase_keys(self.keys)
        self._spellings: dict[str, bool] = {}  # see _spelled
        self._home_keys: dict[tuple[str, tuple[str, ...]], bool] = {}  # see _at_home

    # -- spotting --------------------------------------------------------------------------------
    def spot(self, doc: Document) -> list[Mention]:
        texts = doc.token_texts
        if not texts:
            return []
        lex = lexicon(doc.pack)
        # The keys, and the other columns drawn from the tokens' codes, once for the whole document.
        folded, packed = zip(*map(_columns(lex, self.keys).__getitem__, texts))
        codes = bytes(packed)
        spots = list(compress(range(len(texts)), codes.translate(_SPOTS)))  # where a mention may start
        if not spots:
            return []
        # Tuples of 0 and 1 (Python indexes a tuple faster than bytes).
        words = tuple(codes.translate(_WORDS))
        toks = _Tokens(texts, doc.token_starts, doc.token_ends, words, tuple(codes.translate(_CAPS)),
                       tuple(codes.translate(_CASELESSES)), codes, _facts(lex, doc.pack))
        case = codes.translate(_CASES)
        lowered = _Lowered(folded, codes)  # words the article also writes in lower case: there, common words
        plains = _plain_words(lex, self.keys, doc.pack)
        names: set[str] = set()  # keys seen as parts of people's names in this document
        found: list[Mention] = []
        # Each sentence's first token and the first token after it, and the same bounds in ``spots``, each column
        # drawn at once (the sentences follow each other without overlapping).
        sents = doc.sentences
        starts = repeat(doc.token_starts)
        lows = list(map(bisect.bisect_left, starts, map(_SENTENCE_START, sents)))
        highs = list(map(bisect.bisect_left, starts, map(_SENTENCE_END, sents)))
        at = repeat(spots)
        for sent, a, b, p, q in zip(sents, lows, highs, map(bisect.bisect_left, at, lows),
                                    map(bisect.bisect_left, at, highs)):
            if p == q:
                continue
            toks.lo, toks.n = a, b
            found.extend(self._spot_sentence(doc, sent.index, toks, folded, codes, spots[p:q],
                                             words.index(1, a, b), case, lex, names, lowered, plains))
        if doc.pack.place_adjectives:
            found = sorted(found + self._place_adjectives(doc, lex), key=attrgetter("start"))
        return found

    def _place_adjectives(self, doc: Document, lex: Lexicon) -> list[Mention]:
        """Lower-case adjectives made from a well-known place's name by an ending of the pack's ``place_adjectives``
        (Hungarian "egy debreceni gyárban": in a factory of Debrecen; "a kijevi vezetés": Kyiv's leaders): mentions of
        the place. The name must be famous, no stop name, and one the index writes with those very letters ("népi",
        "folk", is no Nepa)."""
        pairs = doc.pack.place_adjectives
        ends = tuple({ending for ending, _ in pairs})
        out: list[Mention] = []
        for text, start, end in zip(doc.token_texts, doc.token_starts, doc.token_ends, strict=True):
            if not (text[:1].islower() and text.endswith(ends)) or text in lex.stopwords:
                continue
            for ending, replacement in pairs:
                name = text[: -len(ending)] + replacement
                if not text.endswith(ending) or len(name) < 4:
                    continue
                key = _fold_token(name)
                hit = self.keys.get(key)
                if hit is not None and hit[0] >= FAMOUS and key not in lex.stop_names and self._spelled(key, name):
                    out.append(Mention(start, end, text, key, doc.sentence_of(start),
                                       evidence=("gazetteer", "adjective")))
                    break
        return out

    def _spot_sentence(self, doc: Document, sidx: int, toks: _Tokens, folded: tuple[str, ...], codes: bytes,
                       spots: list[int], first_word: int, case: bytes, lex: Lexicon, names: set[str],
                       lowered: Collection[str], plains: _TokenCache) -> list[Mention]:
        """The mentions of the sentence ``toks.lo`` to ``toks.n - 1``, whose tokens ``spots`` may start one
        (``codes``: the tokens' codes, see :func:`_columns`; ``plains``: :func:`_plain_words`' table)."""
        out: list[Mention] = []
        weak_case: bool | None = None  # see _weak_case: asked only where a match is judged
        i = 0
        for c in spots:
            if c < i:
                continue
            i = c
            code = codes[i]
            if i > toks.lo and toks.text[i][0].islower() and codes[i - 1] & _CAP and (
                    toks.end[i - 1] + 1 == toks.start[i]) and toks.text[i] not in lex.demonym_starts:
                i += 1  # "Ras al-Ain" the index lacks: "al-Ain" is the end of that name, not Al Ain
                continue
            if code & _PLAIN and not (code & _ELIDES and i > toks.lo and toks.text[i - 1][-1] in _APOSTROPHES):
                # the commonest case: the word's key alone tells (see _plain)
                key = folded[i]
                hit, opens, verdict = plains[toks.text[i]]
                match = (i, key, hit[0], hit[1]) if hit is not None and len(key) >= 2 else None
                if opens and i + 1 < toks.n and toks.word[i + 1] and (
                        toks.cap[i + 1] or toks.caseless[i + 1] or lex.inner_lower or folded[i + 1] in lex.connectors
                        or toks.text[i + 1][0].isdigit()):  # else the name stops at this word: see _longer
                    match = self._longer(toks, folded, i, lex, match)
                if verdict and match is not None and match[0] == i:
                    if verdict == _DROP or (verdict == _CODES_ONLY and not (
                            (i > toks.lo and codes[i - 1] & _TITLED and self._title_before(toks, folded, i, lex))
                            or (hit[1] >= 0.5 and self._dotted(toks, i)))):  # type: ignore[index]
                        i += 1  # what _judge would say at once: "March", "Police"; "The" (only codes match it)
                        continue
                    if verdict == _QUIET_DROP and (i == toks.lo or not codes[i - 1] & (_CAP | _CONTEXT)) and (
                            i + 1 >= toks.n or not codes[i + 1] & (_CAP | _CONTEXT)):
                        i += 1  # as _judge would say: "He", "But", "Jones"
                        continue
                    if verdict == _QUIET_KEEP and (i == toks.lo or not codes[i - 1] & (_CAP | _TITLED)) and (
                            i + 1 >= toks.n or not codes[i + 1] & _CAP):
                        start, stop = toks.start[i], toks.end[i]  # as _judge would say: "in London", "Russia said"
                        out.append(Mention(start, stop, doc.text[start:stop], key, sidx,
                                           *self._cue_of(toks, folded, i, i, lex, hit[0], key)))  # type: ignore[index]
                        i += 1
                        continue
            else:
                match, nxt = self._opening(doc, sidx, toks, folded, i, lex, out)
                if nxt >= 0:
                    i = nxt
                    continue
            if match is None:
                mention, nxt = self._cued_unknown(doc, sidx, toks, folded, i, lex)
                if mention is None and out and out[-1].cue_feature and not toks.caseless[i]:
                    mention, nxt = self._listed_unknown(doc, sidx, toks, i, lex, out[-1]), i + 1
                if mention is not None:
                    out.append(mention)
                    i = nxt
                else:
                    i += 1
                continue
            j, key, prior, code_prior = match
            whole = self._cued_compound(doc, sidx, toks, folded, i, j, lex) if (
                j == i and folded[i] in lex.name_heads) else None
            if whole is not None:  # "municipio de Puerto Jordán": not the hamlet Puerto and the country Jordan
                out.append(whole)
                while i < toks.n and toks.start[i] < whole.end:
                    i += 1
                continue
            if j == i and (folded[i] in lex.cue_before or key in lex.cue_before) and i + 1 < toks.n and toks.word[
                    i + 1] and (
                    toks.cap[i + 1] or toks.caseless[i + 1]):
                i += 1  # a cue word before a name ("مدينة إدلب", "Kota Bogor") is not a place itself
                continue
            listed = bool(out) and _in_list(doc.text[out[-1].end:toks.start[i]], lex)
            if weak_case is None:
                weak_case = _weak_case(case[toks.lo:toks.n])
            decision, skip_to = self._judge(doc, toks, folded, i, j, key, prior, code_prior, lex, weak_case,
                                            (i == first_word or toks.text[i - 1] in lex.openers), names, listed,
                                            lowered)
            if decision is not None:
                # A name found with its elided article ("l'Aquila", "dell'Aquila") is written with it.
                start = toks.end[i - 1] - 2 if key[:1] == "l" != folded[i][:1] and key == "l" + folded[i] else (
                    toks.start[i] + (_clitic_length(toks.text[i], key, lex) if toks.caseless[i] else 0))
                stop = toks.end[decision] - (_abjad_ending(toks.text[decision], key, lex) if decision == j else 0)
                out.append(Mention(start, stop, doc.text[start:stop],
                                   key if decision == j else self._key_of(folded, i, decision) or key, sidx,
                                   *self._cue_of(toks, folded, i, decision, lex, prior, key)))
            i = max(skip_to, i + 1)
        return out

    def _opening(self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon,
                 out: list[Mention]) -> tuple[tuple[int, str, float, float] | None, int]:
        """What token ``i``, a word that is not :func:`_plain`, opens: ``(match, -1)`` to judge the gazetteer's
        match (None: the gazetteer has none), or ``(None, index to go on from)`` when the word was read here (a
        demonym, a pack's name, a run without spaces, a hyphenated compound: their mentions added to ``out``)."""
        text = toks.text[i]
        demonym = self._demonym(doc, sidx, toks, i, lex) if text in lex.demonym_starts else None
        if demonym is not None:
            out.append(demonym)
            while i < toks.n and toks.start[i] < demonym.end:  # go on after it, in this sentence
                i += 1
            return None, i
        if not (toks.cap[i] or toks.caseless[i] or text in lex.abbreviations):
            return None, i + 1
        match = self._longest(toks, folded, i, lex)
        named = self._pack_name(doc, sidx, toks, folded, i, lex, match) if (
            folded[i] in lex.phrase_heads or folded[i] in lex.weekdays) else None
        if named is not None:  # "Kivu Kaskazini", "آذربایجان غربی"; "شهر دوشنبه" (Dushanbe, not Monday)
            out.append(named)
            while i < toks.n and toks.start[i] < named.end:
                i += 1
            return None, i
        if match is None and toks.caseless[i] and len(text) > 2 and doc.pack.name_endings and _HANGUL.match(text):
            out.extend(self._particled_name(sidx, text, toks.start[i], doc.pack))  # "포항시에서", "서울은"
            return None, i + 1
        if match is None and toks.caseless[i] and len(text) > 2 and is_unspaced(text):
            out.extend(self._unspaced_names(sidx, text, toks.start[i], doc.pack))  # no spaces: look inside
            return None, i + 1
        if match is None and lex.abbreviations.get(text):  # "Jaksel": the pack knows it, the index not
            out.append(Mention(toks.start[i], toks.end[i], text, "", sidx, code=lex.abbreviations[text],
                               evidence=("abbreviation",)))
            return None, i + 1
        if match is None and lex.front_clitics and (
                found := self._clitic_abbreviation(doc, sidx, toks, folded, i, lex)):
            out.append(found)  # "በትግራይ": a clitic, and a name the pack ties to a place the index spells otherwise
            return None, i + 1
        if match is None and ("-" in text or "‐" in text):
            parts = self._hyphen_parts(sidx, text, toks.start[i], lex)
            if parts or not self._cue_before(toks, folded, i, lex):
                out.extend(parts)
                return None, i + 1
            # "the town of Pont-Sondé": a hyphenated name the gazetteer lacks, which the cue word announces
        return match, -1

    @staticmethod
    def _clitic_abbreviation(doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon
                             ) -> Mention | None:
        """The mention of a word made of the pack's clitics and a name its ``abbreviations`` tie to a place (Amharic
        "በትግራይ", "in Tigray"), with the cue word after it, if any; None when the word is none."""
        text = toks.text[i]
        for n, rest in _front_readings(text, lex):
            code = lex.abbreviations.get(rest)
            if code:
                cue = folded[i + 1] if i + 1 < toks.n and folded[i + 1] in lex.cue_after else ""
                located = ("locative",) if text[:n] in lex.locative_clitics else ()
                return Mention(toks.start[i] + n, toks.end[i], text[n:], "", sidx, cue=cue,
                               cue_feature=lex.cue_after.get(cue, ""), code=code,
                               evidence=("abbreviation", *located, *(("cue",) if cue else ())))
        return None

    @staticmethod
    def _dotted(toks: _Tokens, i: int) -> bool:
        """An abbreviation written with dots: ``S.C.``, or ``Calif`` followed at once by ``.``."""
        text = toks.text[i]
        if text.endswith(".") and "." in text[:-1]:
            return True
        return i + 1 < toks.n and toks.text[i + 1] == "." and toks.start[i + 1] == toks.end[i] and len(text) <= 5 and (
            text.isascii())  # US states' abbreviations: "ЧС." ending a Russian sentence is none

    @staticmethod
    def _speaker(toks: _Tokens, i: int, lex: Lexicon) -> bool:
        """Is token ``i`` the subject or inverted subject of a speech verb (``Jones said``, ``said Jones``)?"""
        verbs = lex.speech_verbs
        after = i + 1 < toks.n
        return bool(
            (after and toks.word[i + 1] and toks.text[i + 1].lower() in verbs)
            or (i > toks.lo and toks.word[i - 1] and toks.text[i - 1].lower() in verbs
                and not (after and toks.text[i + 1] == ","))
        )

    def _hyphen_parts(self, sidx: int, text: str, start: int, lex: Lexicon) -> list[Mention]:
        """Places inside hyphenated compounds: ``London-based``, ``Amsterdam-London``; none in a word written twice
        (Malay and Indonesian "Kira-kira", "about"; "Bersama-sama")."""
        out: list[Mention] = []
        offset = start
        parts = text.replace("‐", "-").split("-")
        if len({part.lower() for part in parts}) == 1:
            return out
        for part in parts:
            code = lex.demonyms.get(part)
            if code:  # "Russian-backed", "anti-Russian"
                out.append(Mention(offset, offset + len(part), part, "", sidx, code=code, demonym=True,
                                   evidence=("demonym", "compound")))
                offset += len(part) + 1
                continue
            hit, key = self._compound_part(part, lex)
            if len(part) >= 3 and part[:1].isupper() and hit is not None and hit[0] >= FAMOUS:
                out.append(Mention(offset, offset + len(part), part, key, sidx, evidence=("gazetteer", "compound")))
            offset += len(part) + 1
        return out

    def _compound_part(self, part: str, lex: Lexicon) -> tuple[Any, str]:
        """(entry or None, key) of one part of a hyphenated compound: its own key, else, in a language whose pack
        writes case endings onto names, its dictionary form (Finnish "Itä-Ukrainassa", in eastern Ukraine)."""
        key = _fold_token(part)
        hit = self.keys.get(key)
        if hit is None and lex.inflections and part[:1].isupper():
            hit, key = self._lemma(key, part, lex)
        return hit, key

    @staticmethod
    def _demonym(doc: Document, sidx: int, toks: _Tokens, i: int, lex: Lexicon) -> Mention | None:
        """``Russian``, ``Sri Lankan``, ``russes``: a people's name standing for its country."""
        for n in (2, 1):
            if i + n > toks.n or not all(toks.word[i:i + n]):
                continue
            start, end = toks.start[i], toks.end[i + n - 1]
            surface = doc.text[start:end]
            code = lex.demonyms.get(surface)
            if code is None and toks.text[i].endswith(("'s", "’s")) and n == 1:
                code = lex.demonyms.get(surface[:-2])
            if code:
                return Mention(start, end, surface, "", sidx, code=code, demonym=True, evidence=("demonym",))
        return None

    def _key_of(self, folded: Sequence[str], i: int, j: int) -> str:
        if i == j:  # one word: the small word table knows
            return folded[i] if self.words[folded[i]][0] is not None else ""
        key = " ".join(folded[i:j + 1])
        return key if key in self.keys else ""

    def _longest(
        self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon
    ) -> tuple[int, str, float, float] | None:
        """The longest gazetteer name starting at token ``i``: (last token, key, prior, code prior)."""
        if not toks.word[i]:
            return None
        key = folded[i]
        hit, opens = self.words[key]
        if i > toks.lo and toks.text[i - 1][-1] in _APOSTROPHES and folded[i - 1][-1:] == "l" and (
                toks.end[i - 1] == toks.start[i]):
            hit, key = self._elided(key, hit, "l" + key)
        if hit is not None and toks.caseless[i] and (_HEBREW.match(toks.text[i]) or is_devanagari(toks.text[i]) or (
                _homophone_case_form(toks.text[i], lex))) and not self._spelled(key, toks.text[i]):
            # "בנגב" ("in the Negev") shares its consonants with Bengo (בנגו), not its spelling; "राजौरी" folds to
            # the key of Rajaori, which the index writes in Latin only: see _romanized
            hit = None
        if hit is None and toks.caseless[i]:
            hit, key = self._clitic(key, folded, i, toks, lex)
        if lex.inflections:
            opening = _plain_opening(toks, i) and not _bare_endings(lex.pack)
            if hit is None:
                lemma, lemma_key = self._lemma(key, toks.text[i], lex)
                # A sentence's first word is read as a case form only of a well-known place, and only when it is no
                # common word ("Kievul a acuzat": Kyiv accused; Czech "Roku", "in the year", stays a word).
                if lemma is not None and (not opening or (
                        lemma[0] >= FAMOUS and lex.common(toks.text[i].lower()) < _COMMON_OPENING)):
                    hit, key = lemma, lemma_key
            elif toks.cap[i] and not opening:
                hit, key = self._inflected_rival(hit, key, toks.text[i], lex)
        best = (i, key, hit[0], hit[1]) if hit is not None and len(key) >= 2 else None
        if lex.inflections and i + 1 < toks.n and folded[i + 1] in lex.cue_after:
            named = self._with_cue(toks.text[i], folded[i + 1], lex)
            if named is not None:
                return (i + 1, *named)
        if lex.inflections and i + 3 < toks.n and folded[i + 3] in lex.cue_after and toks.cap[i + 2] and (
                toks.text[i + 1] in lex.conjunctions):
            named = self._with_cue(toks.text[i], folded[i + 3], lex)
            if named is not None:  # "Белгородской и Курской областями": the cue word after both adjectives
                return (i, *named)
        if lex.inflections and i + 1 < toks.n and toks.word[i + 1] and toks.cap[i + 1]:
            pair = self._lemma_pair(toks.text[i], toks.text[i + 1], lex)
            if pair is not None:  # "в Нижнем Новгороде", "w Nowym Sączu": both words inflected
                return (i + 1, *pair)
        if toks.caseless[i] and (_HEBREW.match(toks.text[i]) or lex.front_clitics) and (
                bare := self._bare_longer(toks, folded, i, lex)) is not None and (best is None or bare[0] > best[0]):
            return bare  # "בתל אביב": "in" and Tel Aviv
        if not opens:
            return best  # no longer name starts with this word
        return self._longer(toks, folded, i, lex, best)

    def _longer(self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon,
                best: tuple[int, str, float, float] | None) -> tuple[int, str, float, float] | None:
        """The longest gazetteer name of two words or more that starts at token ``i``, or ``best`` (the match of
        the word alone) when none does."""
        keys = self.phrases
        connectors = lex.connectors
        joined = folded[i]
        lower = 0  # lower-case words inside the name so far ("Arabie saoudite", "Émirats arabes unis")
        for j in range(i + 1, min(toks.n, i + MAX_TOKENS)):
            if not toks.word[j]:
                break
            part = folded[j]
            if not (toks.cap[j] or toks.caseless[j] or part in connectors or toks.text[j][0].isdigit()):
                lower += 1
                if lower > lex.inner_lower:
                    break
            joined = joined + " " + part
            if part in connectors:
                continue
            hit = keys[joined]
            if hit is not None and len(joined) >= 2:
                best = (j, joined, hit[0], hit[1])
        return best

    def _elided(self, key: str, hit: Any, joined: str) -> tuple[Any, str]:
        """A name that keeps its elided article, looked up with it: "l'Aquila", "dell'Aquila" are the index's
        L'Aquila, not a namesake Aquila ((prior, code prior) or None, key)."""
        whole = self.keys.get(joined)
        if whole is not None and (hit is None or whole[0] >= hit[0]):
            return whole, joined
        return hit, key

    def _lemma_pair(self, first: str, second: str, lex: Lexicon) -> tuple[str, float, float] | None:
        """A two-word name with both words inflected (``Нижнем Новгороде``, ``Nowym Sączu``) looked up in its
        dictionary form (``Нижний Новгород``, ``Nowy Sącz``): (key, prior, code prior)."""
        a, b = first.lower(), second.lower()
        # A two-word key is specific enough for short stems ("Górze": "Góra").
        seconds = [_fold_token(f) for f in (b, *_dictionary_forms(b, lex, 2))]
        for form in (a, *_dictionary_forms(a, lex, 2)):
            head = _fold_token(form) + " "
            for tail in seconds:
                hit = self.keys.get(head + tail)
                if hit is not None and hit[0] >= OBSCURE:
                    return head + tail, hit[0], hit[1]
        return None

    def _lemma(self, key: str, text: str, lex: Lexicon) -> tuple[Any, str]:
        """An inflected name (``Москве``, ``Києві``) looked up in its dictionary form (``Москва``, ``Київ``): the
        first form the pack's rules give that the index knows, unless a later one names a place of the language's
        home countries and the first none (Slovak "vo Zvolene" is Zvolen, not Zwoleń in Poland)."""
        first: tuple[Any, str] | None = None
        for form in _dictionary_forms(text.lower(), lex):
            alt = _fold_token(form)
            hit = self.keys.get(alt)
            if hit is None or hit[0] < OBSCURE:
                continue
            if first is None:
                if not lex.pack.home_countries:
                    return hit, alt
                first = (hit, alt)
            elif alt != first[1] and self._at_home(alt, lex) and not self._at_home(first[1], lex):
                return hit, alt
        return first if first is not None else self._short_lemma(key, text, lex)

    def _at_home(self, key: str, lex: Lexicon) -> bool:
        """Does ``key`` name a place in one of the home countries of ``lex``'s language?"""
        home = lex.pack.home_countries
        found = self._home_keys.get((key, home))
        if found is None:
            if len(self._home_keys) >= _TokenCache.LIMIT:
                self._home_keys.clear()
            found = self._home_keys[key, home] = any(row[6] in home for row in self.gazetteer.lookup(key))
        return found

    def _short_lemma(self, key: str, text: str, lex: Lexicon) -> tuple[Any, str]:
        """A well-known name of two letters with a case ending of the pack's ``inflections`` (Kyrgyz "Ошто", "in
        Osh"; Russian "Уфе"): a stem that short names a place only when the place is famous, and a word in capitals
        ("FROM") or a caseless script is no such name."""
        if not text[:1].isupper() or text.isupper():
            return None, key
        lower = text.lower()
        for ending, replacement in lex.inflections:
            if lower.endswith(ending) and len(lower) - len(ending) == 2:
                alt = _fold_token(lower[: -len(ending)] + replacement)
                hit = self.keys.get(alt)
                if hit is not None and hit[0] >= FAMOUS:
                    return hit, alt
        return None, key

    def _inflected_rival(self, hit: Any, key: str, text: str, lex: Lexicon) -> tuple[Any, str]:
        """A word that is itself a lesser name but also a case form of a name known at least as well (Czech "Brna",
        "of Brno", is also a spelling of Pirna; Croatian "Nišu", "in Niš", one of Nice): the dictionary form wins.
        A word that names a country or a capital (prior :data:`_RIVAL_CEILING` or more) keeps its reading
        ((prior, code prior), key). A word the index writes only in another script (Greek "Ρόδο" is Lod's Latin
        "Rodo") gives way to a dictionary form it writes in the word's own (Ρόδος, Rhodes), however well known."""
        if hit[0] >= _RIVAL_CEILING:
            return hit, key
        alt, alt_key = self._lemma(key, text, lex)
        if alt is not None and (alt[0] >= hit[0] or (not self._written(key, text) and any(
                self._written(alt_key, form) for form in _dictionary_forms(text.lower(), lex)
                if _fold_token(form) == alt_key))):
            return alt, alt_key
        return hit, key

    def _written(self, key: str, text: str) -> bool:
        """Does the index write a name of ``key`` with the letters of ``text``, up to case and accents (not only
        a transliteration of it: Lod's "Rodo" is no spelling of Greek "Ρόδο")?"""
        light = light_fold(text)
        return any(light_fold(row[13]) == light for row in self.gazetteer.lookup(key))

    def _with_cue(self, text: str, cue: str, lex: Lexicon) -> tuple[str, float, float] | None:
        """An inflected adjective and its cue word as one name: ``Курскую область`` is the index's
        ``Курская область``, ``Харківській області`` its ``Харківська область`` (key, prior, code prior)."""
        lower = text.lower()
        feature = lex.cue_after[cue]
        cues = [w for w, f in lex.cue_after.items() if f == feature and " " not in w]
        for form in (lower, *_dictionary_forms(lower, lex)):
            stem = _fold_token(form)
            for word in cues:
                hit = self.keys.get(stem + " " + word)
                if hit is not None:
                    return stem + " " + word, hit[0], hit[1]
        return None

    def _clitic(self, key: str, folded: Sequence[str], i: int, toks: _Tokens, lex: Lexicon) -> tuple[Any, str]:
        """Arabic-script words carry clitics (wa-, bi-, li-, fa-, ka-), Hebrew ones too (ו ב ל מ ה ש כ): try the
        word without them."""
        text = toks.text[i]
        if len(text) > 3 and text[0] in "وبلفك":
            alt = _fold_token(text[1:])
            if alt in self.keys:
                return self.keys[alt], alt
        for _, rest in _front_readings(text, lex):
            alt = _fold_token(rest)
            if alt in self.keys and self._spelled(alt, rest):
                return self.keys[alt], alt
        return None, key

    def _bare_longer(self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon
                     ) -> tuple[int, str, float, float] | None:
        """A name of several words whose first word carries Hebrew clitics ("בתל אביב", "ובבאר שבע"): (last token,
        key, prior, code prior) of the longest one the index knows, or None."""
        best = None
        for _, rest in _front_readings(toks.text[i], lex):
            joined = _fold_token(rest)
            if not self.words[joined][1]:
                continue
            for j in range(i + 1, min(toks.n, i + MAX_TOKENS)):
                if not (toks.word[j] and toks.caseless[j]):
                    break
                joined = joined + " " + folded[j]
                hit = self.keys.get(joined)
                if hit is not None and (best is None or j > best[0]):
                    best = (j, joined, hit[0], hit[1])
        return best

    def _judge(
        self, doc: Document, toks: _Tokens, folded: Sequence[str], i: int, j: int, key: str, prior: float,
        code_prior: float, lex: Lexicon, weak_case: bool, sentence_initial: bool, names: set[str],
        listed: bool = False, lowered: Collection[str] = frozenset(),
    ) -> tuple[int | None, int]:
        """Keep the match ``toks[i..j]``? Returns (last token kept or None, index to continue from)."""
        single = i == j
        before = i > toks.lo and toks.codes[i - 1] & _CONTEXT  # else no title, cue, locative... comes just before
        surface = toks.text[i] if single else doc.text[toks.start[i]:toks.end[j]]
        nxt = j + 1
        if surface in lex.abbreviations:
            return (j if lex.abbreviations[surface] else None), nxt
        if surface in lex.organisations or (
                key in lex.stop_names and _stop_name(lex, key, surface, toks.caseless[i])) or (
                single and key != folded[i] and folded[i] in lex.stop_names and lex.inflections):
            return None, nxt  # also a stop name that inflection rules would read as a place ("Տուն", "house": Töv)
        titled = i > toks.lo and toks.codes[i - 1] & _TITLED  # else no title ends just before
        if prior <= 0.0 and code_prior < 0.5 and not (titled and self._title_before(toks, folded, i, lex)):
            return None, nxt  # only codes match (IATA BAK), and no abbreviation's dots make it a region: see below
        run_end = self._cap_run_end(toks, folded, j + 1, lex)
        # "Presiden Vladimir Putin": a person. "Gubernur Jawa Barat": where the title holder governs, also
        # when the holder's name follows ("Bupati Klaten Budi"): where the title comes first, a known place
        # after it is the jurisdiction.
        jurisdiction = lex.title_then_place and prior >= 0.5 and not (
            run_end > j + 1 and name_kind(toks.text[i]) == "first")  # "Presiden Vladimir Putin"
        if titled and self._title_before(toks, folded, i, lex):
            if jurisdiction:
                return j, nxt  # the holder's name, if any, is judged on its own
            names.update(folded[k] for k in range(i, run_end) if folded[k])
            return None, run_end
        dotted = single and (toks.text[i][-1] == "." or (i + 1 < toks.n and toks.text[i + 1] == ".")) and (
            self._dotted(toks, i))
        if dotted and code_prior >= 0.5:
            prior = max(prior, code_prior)  # "S.C.", "W.Va.", "Calif.": a region's abbreviation
        if prior <= 0.0:  # only codes (IATA BAK) match: not a name in running text
            return None, nxt
        stopword, common, person, number, upper_short = toks.facts[toks.text[i]]
        upper_short = single and upper_short and not dotted
        if upper_short and (len(toks.text[i]) <= 2 or prior < 0.9) and not _opens_dateline(doc, toks, i):
            return None, nxt  # "PA", "MW", "GW": codes and initials, unless the pack lists them
        if single and folded[i] in lex.titles:
            return None, nxt  # "Sen", "Rev", "Gen": titles, not the places that share their spelling
        if single and (folded[i] in lex.cue_before or folded[i] in lex.cue_after or (key != folded[i] and (
                key in lex.cue_before or key in lex.cue_after))):
            return None, nxt  # "Tangerang Kota", "the City": a place-type word, not the place Kota
        if single and prior < FAMOUS and toks.caseless[i] and is_abjad(surface) and lex.common(
                toks.text[i].lower()) >= _COMMON_ABJAD:
            return None, nxt  # "بلدة كبيرة" (a big town): an everyday word that some hamlet's name spells
        cue = self._cue_before(toks, folded, i, lex) if before else ""
        locative = (self._locative_before(toks, folded, i, lex) if before else "") or (
            lex.locative_clitics and _located_by_clitic(toks.text[i], key, lex)) or (
            lex.postpositions and self._postposition_after(toks, folded, j, lex)) or (
            doc.pack.locative_endings and _case_located(toks, j, key, doc.pack))
        evidence = bool(cue or locative)
        # Part of a longer capitalised name (person, organisation)? Not after a possessive ("Russia's Foreign ...").
        possessive = _base(toks.text[j]) != toks.text[j]
        if run_end > j + 1 and not possessive and (toks.cap[j] or not lex.inflections):
            # (a name that ends with a cue word in lower case, "Tovuz rayonunun Ağdam kəndində", ends there)
            tail = folded[j + 1]
            if tail in lex.cue_after:  # "Laurel County", "Jordan River": the cue is part of the name
                return j + 1, j + 2
            embedded = any(folded[k] in lex.org_words for k in range(j + 1, min(run_end, j + 5)))
            if embedded and prior >= 0.5:
                return j, nxt  # a place inside an organisation's name: "Kentucky Department of Education"
            # After "di X" / "in X", a capitalised common word more likely starts the next clause of an
            # unpunctuated text ("di Trenggalek Akibat hujan") than continues a name.
            next_common = evidence and run_end == j + 2 and lex.common(toks.text[j + 1].lower()) >= 4.5
            # A capitalised function word after a well-known name opens the next clause of a text without
            # punctuation ("banjir di Klaten Tidak ada korban"), or a headline goes on ("Jakarta Masih Banjir").
            next_clause = prior >= 0.5 and toks.text[j + 1].lower() in lex.stopwords
            # Where a name's head comes first ("Gubernur Jawa Barat", "Universitas Islam Riau"), a known place is
            # not the modifier of a capitalised common word after it: that word opens the next clause of a text
            # without full stops ("gempa di Banten Gempa ini ...").
            head_first = lex.title_then_place and (prior >= 0.5 or evidence or listed) and (
                folded[j + 1] not in lex.org_words and lex.common(toks.text[j + 1].lower()) >= 4.0)
            if (tail not in lex.titles and not self._starts_name(toks, folded, j + 1, lex) and not weak_case
                    and not next_common and not next_clause and not head_first):
                return None, nxt
        if (i > toks.lo and run_end > j + 1 and toks.cap[i - 1] and folded[i - 1] in lex.org_words
                and folded[j + 1] not in lex.titles and not possessive and prior < FAMOUS):
            return None, run_end  # "Polda Metro Jaya": inside an institution's name that goes on
        in_name = i > toks.lo and not weak_case and not sentence_initial and toks.cap[i - 1] and (
            self._name_before(toks, folded, i, lex))
        if in_name and not evidence and (prior < FAMOUS or (single and self._first_name(toks, folded, i - 1, lex))):
            names.add(key)  # remember: later bare "Lavrov" is the same person
            return None, nxt  # "Sergey Lavrov", "Bank Mandiri", "Michael Jordan": tail of another name
        if ((before and self._org_before(toks, folded, i, lex)) or folded[i] in lex.org_words) and prior < 0.5:
            return None, nxt  # "Bank of Gamma": an obscure place inside an organisation's name
        if single and not evidence and prior < 0.7 and person:
            return None, nxt  # "Jones", "Hadi": a common first name or surname needs "in X" to be a place
        if single and not evidence and prior < FAMOUS and (before or (
                i + 1 < toks.n and toks.codes[i + 1] & _CONTEXT)) and self._speaker(toks, i, lex):
            names.add(key)
            return None, nxt  # "Jones said", "said Jones": a person speaking, not a small town
        if key in names and not evidence and prior < FAMOUS:
            return None, nxt
        if single and not evidence and stopword:
            return None, nxt  # "We", "May", "Di": function words that happen to name a place
        ordinary = stopword or common >= 4.0
        if sentence_initial and not evidence and prior < FAMOUS and ordinary and (single or not toks.caseless[i]):
            return None, nxt  # where no letter case marks names, a name of several words opening a sentence stays
        if single and not evidence and not listed and prior < _WORLD_CITY and common >= 3.0 and (
                folded[i] in lowered):
            return None, nxt  # the article writes it in lower case elsewhere: a word here too
        if single and not evidence and number and nxt < toks.n and (
                toks.word[nxt] and not toks.cap[nxt] and folded[nxt] not in lex.cue_after):
            return None, nxt  # "Lima biara runtuh": a number word counting what follows
        frequency = common if single and not evidence else 0.0
        if (frequency >= 5.5 and prior < FAMOUS) or (frequency >= 5.0 and prior < 0.7):
            return None, nxt  # a very common word of the language ("Orang", "Mobil", "Hope")
        if lex.capitalises_nouns and frequency >= 4.0 and prior < FAMOUS and not listed:
            return None, nxt  # every noun has a capital (German "Ufer", "Regen"): a common one needs "in X" or a cue
        # In a list after a place ("Kecamatan A, B dan C", "in Lviv, Kharkiv and Odesa") a name is a place too.
        if (weak_case or toks.caseless[i]) and not evidence and not listed and single and prior < 0.65:
            return None, nxt
        if single and not evidence and not listed and prior < OBSCURE and not self._cued_after(toks, folded, j, lex):
            return None, nxt
        return j, nxt

    @staticmethod
    def _cued_after(toks: _Tokens, folded: Sequence[str], j: int, lex: Lexicon) -> bool:
        """Is the capitalised name at token ``j`` followed by a place-type word, in a language that writes those
        after the name only (its pack has no ``cue_before``: Kyrgyz "Сокулук районунда", Kazakh "Сайрам ауданында")?
        An obscure place so announced is kept."""
        return not lex.cue_before and bool(toks.cap[j]) and j + 1 < toks.n and bool(toks.word[j + 1]) and (
            folded[j + 1] in lex.cue_after)

    @staticmethod
    def _first_name(toks: _Tokens, folded: Sequence[str], k: int, lex: Lexicon) -> bool:
        """Is token ``k`` a first name, before a surname that may spell a famous place ("Michael Jordan",
        "Олег Кіпер")? Not a word that also opens place names ("North London", "Metro Vancouver")."""
        word = folded[k]
        return name_kind(toks.text[k]) in ("first", "both") and not (
            word in lex.compass or word in lex.org_words or word in lex.cue_before or word in lex.cue_after)

    def _title_before(self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon) -> bool:
        """Is token ``i`` preceded by a title (``President``, ``Rev.``, ``Prime Minister``)?"""
        lo = toks.lo
        k = i - 1
        while k >= lo and not toks.word[k]:
            if toks.text[k] != ".":
                return False
            k -= 1
        if k < lo or folded[k] not in lex.title_tails:
            return False
        words: list[str] = []
        k = i - 1
        while k >= lo and len(words) < 2:
            if toks.word[k]:
                words.insert(0, folded[k])
            elif toks.text[k] != ".":
                break
            k -= 1
        return any(" ".join(words[-n:]) in lex.titles for n in (1, 2) if len(words) >= n)

    def _cue_before(self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon) -> str:
        if i == toks.lo or not toks.word[i - 1]:
            return ""
        if folded[i - 1] not in lex.cue_tails:
            # "وقرية سرمدا": a cue word with a conjunction written onto it (Arabic script).
            text = toks.text[i - 1]
            if toks.caseless[i - 1] and len(text) > 3 and text[0] in "وف" and is_abjad(text):
                bare = _fold_token(text[1:])
                return bare if bare in lex.cue_before else ""
            return ""
        for n in (3, 2, 1):
            if i - n >= toks.lo and all(toks.word[i - n:i]):
                phrase = " ".join(folded[i - n:i])
                if phrase in lex.cue_before:
                    return phrase
        return ""

    def _locative_before(self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon) -> str:
        if i == toks.lo or folded[i - 1] not in lex.locative_tails or not toks.word[i - 1]:
            return ""
        for n in (2, 1):
            if i - n >= toks.lo and all(toks.word[i - n:i]):
                phrase = " ".join(folded[i - n:i])
                if phrase in lex.locative:
                    return phrase
        return ""

    @staticmethod
    def _postposition_after(toks: _Tokens, folded: Sequence[str], j: int, lex: Lexicon) -> str:
        """The postposition (Hindi "में", Urdu "میں", "के पास") that follows token ``j``, at once or after the cue
        word that follows the name ("अनंतनाग जिले में"); '' when none does (see :attr:`LanguagePack.postpositions`)."""
        if not lex.postpositions:
            return ""
        k = j + 1
        if k < toks.n and toks.word[k] and folded[k] in lex.cue_after:
            k += 1
        for n in (3, 2, 1):
            if k + n <= toks.n and all(toks.word[k:k + n]) and (phrase := " ".join(folded[k:k + n])) in (
                    lex.postpositions):
                return phrase
        return ""

    def _postposed_in_cased(self, toks: _Tokens, folded: Sequence[str], j: int, lex: Lexicon) -> bool:
        """Does a postposition of the pack locate token ``j``, a name in a script with capitals (Finnish "Joensuun
        lähellä", near Joensuu; Hungarian "Szeged mellett")? Then the name has locative evidence, as after a
        preposition. (Caseless scripts read their postpositions where names the gazetteer lacks are found.)"""
        return bool(lex.postpositions) and not toks.caseless[j] and bool(self._postposition_after(toks, folded, j, lex))

    def _cap_run_end(self, toks: _Tokens, folded: Sequence[str], k: int, lex: Lexicon) -> int:
        """First index at or after ``k`` that does not continue a capitalised run."""
        while k < toks.n and toks.word[k] and toks.cap[k]:
            k += 1
        return k

    def _org_before(self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon) -> bool:
        """Is token ``i`` inside an organisation's name: ``University of X``, ``Bank Mandiri X``?"""
        lo = toks.lo
        k = i - 1
        while k >= lo and toks.word[k] and folded[k] in lex.connectors and k >= i - 2:
            k -= 1
        return k >= lo and k < i and toks.word[k] and toks.cap[k] and folded[k] in lex.org_words

    def _name_before(self, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon) -> bool:
        """Is token ``i`` preceded by a capitalised word that belongs to a name (not a place, not a cue)?"""
        prev = toks.text[i - 1]
        if not (toks.word[i - 1] and toks.cap[i - 1]) or folded[i - 1] in lex.connectors or (
                folded[i - 1] in lex.org_words):
            return False  # "Polresta Mojokerto": an institution of the place (obscure ones: see _org_before)
        if prev in lex.people and not (i - 1 == toks.lo or not toks.word[i - 2]):
            return True  # "Roy Jones", "Sergey Lavrov": after a first name comes a surname
        if self._is_known(folded, i - 1) or (lex.inflections and self._lemma("", prev, lex)[0] is not None):
            return False  # after a place, also an inflected one ("Купянска Харьковской области")
        first = i - 1 == toks.lo or (not toks.word[i - 2] and toks.text[i - 2] not in lex.openers)
        lower = prev.lower()
        if (first or i - 1 == toks.lo) and (lower in lex.stopwords or lex.common(lower) >= 3.5):
            return False  # a sentence-initial ordinary word ("Adapun Baku", "Then Kyiv")
        if lex.title_then_place and lex.common(lower) >= 4.0:
            return False  # a capitalised common word in a headline or unpunctuated text ("Korban Gempa Klaten")
        return not (lower in lex.titles or folded[i - 1] in lex.cue_before)

    def _is_known(self, folded: Sequence[str], k: int) -> bool:
        hit = self.words[folded[k]][0]
        return hit is not None and hit[0] >= OBSCURE

    def _starts_name(self, toks: _Tokens, folded: Sequence[str], k: int, lex: Lexicon) -> bool:
        """Does a compass word, a well-known place or a region named with its cue word follow at ``k``?
        ("Jakarta Timur", "Yerevan Armenia", "Купянск Харьковской области")."""
        return folded[k] in lex.compass or (self.words[folded[k]][0] or (0.0, 0.0))[0] >= FAMOUS or bool(
            lex.inflections and k + 1 < toks.n and folded[k + 1] in lex.cue_after
            and self._with_cue(toks.text[k], folded[k + 1], lex) is not None) or bool(
            lex.inflections and (self._lemma("", toks.text[k], lex)[0] or (0.0, 0.0))[0] >= FAMOUS)  # "Bakı İrəvanı"

    def _cue_of(
        self, toks: _Tokens, folded: Sequence[str], i: int, j: int, lex: Lexicon, prior: float, key: str = ""
    ) -> tuple[str, str, str, bool, tuple[str, ...]]:
        """(cue, cue_feature, code, demonym, evidence) for a kept match (``key``: the match's key)."""
        evidence = ["gazetteer"]
        before = i > toks.lo and toks.codes[i - 1] & _CONTEXT  # see _judge
        cue = self._cue_before(toks, folded, i, lex) if before else ""
        feature = lex.cue_before.get(cue, "") if cue else ""
        if not cue and j + 1 < toks.n and toks.word[j + 1] and folded[j + 1] in lex.cue_after:
            cue = folded[j + 1]
            feature = lex.cue_after[cue]
        elif not cue and i >= toks.lo + 2 and folded[i - 1] in lex.conjunctions and j + 1 < toks.n and (
                toks.word[j + 1] and (plural := _plural_cue(toks.text[j + 1].lower(), lex))):
            cue, feature = plural, lex.cue_after[plural]  # "... and Kursk regions"
        elif not cue and j + 3 < toks.n and folded[j + 1] in lex.conjunctions and toks.cap[j + 2] and (
                plural := _plural_cue(toks.text[j + 3].lower(), lex)):
            cue, feature = plural, lex.cue_after[plural]  # "the Belgorod and Kursk regions": both regions
        elif not cue and i > toks.lo and lex.part_adjectives and toks.text[i - 1] in lex.part_adjectives:
            cue, feature = folded[i - 1], "part"  # "southern Gaza": the Strip, not the city
        if folded[j] in lex.cue_after and j > i:
            cue = cue or folded[j]
            feature = feature or lex.cue_after[folded[j]]
        if folded[i] in lex.cue_before and j > i:  # the index knows "Kecamatan Lembang" as one name
            cue = cue or folded[i]
            feature = feature or lex.cue_before[folded[i]]
        if cue:
            evidence.append("cue")
        if (before and self._locative_before(toks, folded, i, lex)) or _located_by_clitic(toks.text[i], key, lex) or (
                lex.inflections and not toks.caseless[j] and _case_located(toks, j, key, lex.pack)) or (
                self._postposed_in_cased(toks, folded, j, lex)):
            evidence.append("locative")  # "in Ağdam": Azerbaijani "Ağdamda"; "near Joensuu": Finnish "Joensuun lähellä"
        surface = " ".join(toks.text[i:j + 1])
        code = lex.abbreviations.get(surface, "") or (lex.front_clitics and lex.abbreviations.get(
            surface[_clitic_length(toks.text[i], key, lex):], ""))  # "በአማራ": the pack's Amhara after "in"
        if code:
            evidence.append("abbreviation")
        return cue, feature, code, False, tuple(evidence)

    @staticmethod
    def _common_head(toks: _Tokens, i: int, lex: Lexicon) -> bool:
        """Is token ``i`` a function word or a very common word of the language ("Menurut", "Banjir")?"""
        lower = toks.text[i].lower()
        return lower in lex.stopwords or lex.common(lower) >= 4.5

    def _spelled(self, key: str, part: str) -> bool:
        """Does the index write some name with exactly the characters ``part`` (not only a homophone that
        reads as ``key``: 省成 reads "shengcheng" like a town it is not)?"""
        known = self._spellings.get(part)
        if known is None:
            if len(self._spellings) >= _TokenCache.LIMIT:
                self._spellings.clear()
            query = light_fold(part)
            known = self._spellings[part] = any(
                match_quality(row[13], row[14], part, query) for row in self.gazetteer.lookup(key))
        return known

    def _unspaced_names(self, sidx: int, text: str, start: int, pack: LanguagePack | None = None) -> list[Mention]:
        """Names inside a run of Chinese, Japanese, Korean, Thai... written without spaces, longest first from the left
        (乌克兰东部顿涅茨克州: 乌克兰, 顿涅茨克州). Only well-known keys that the index spells with the same
        characters are taken (四川省成都市: 四川, 成都市; not 省成, a homophone of a town).

        With the language pack of Chinese or Japanese, a name followed by the suffix of its administrative
        level (省 市 县 州 ..., 県 市 町 村 ...: the pack's ``cue_after`` words written in the run's script) is one
        mention with the suffix as its cue, also an obscure name and one the index knows only without the suffix
        (甘孜州: 甘孜); a run of them (四川省甘孜州泸定县) gives each its own. The pack's stop names and the news
        agencies (新华社, 共同通信, สำนักข่าวไทย) are skipped: no place inside them. Where the pack writes cue words
        before the name in the run's script (Thai จังหวัด, อำเภอ: ``cue_before``), the name after one is found as
        the cue's (see :meth:`_cued_in_run`).
        """
        out: list[Mention] = []
        keys, pos, n = self.keys, 0, len(text)
        # Thai, Lao, Khmer and Burmese letters are sounds, not words: a short match is mostly a piece of a word
        # (วาน of เมื่อวาน "yesterday" spells Van).
        sounds = _SPELLED_SOUNDS.match(text) is not None
        shortest = _SHORTEST_SPELLED if sounds else 2
        stops, suffixes = _unspaced_words(pack) if pack is not None else (frozenset(), ())
        while pos < n - 1:
            skip = _stop_at(text, pos, stops)
            if skip or unicodedata.combining(text[pos]) or unicodedata.category(text[pos])[0] != "L":
                pos += skip or 1
                continue
            for length in range(min(_UNSPACED_LONGEST, n - pos), 1 if n < shortest else shortest - 1, -1):
                part = text[pos:pos + length]
                found = self._suffixed(text, pos, length, stops, suffixes) if suffixes else None
                if found is not None:
                    key, cue, feature, size = found  # the name as the index spells it, with its suffix or not
                    out.append(Mention(start + pos, start + pos + size, part[:size], key, sidx, cue=cue,
                                       cue_feature=feature, evidence=("gazetteer", "cue")))
                    pos += length
                    break
                key = fold(part)
                hit = keys.get(key)
                if hit is not None and hit[0] >= OBSCURE and self._spelled(key, part):
                    out.append(Mention(start + pos, start + pos + length, part, key, sidx, evidence=("gazetteer",)))
                    pos += length
                    break
            else:
                cued = self._cued_in_run(sidx, text, start, pos, _prefix_cues(pack)) if pack is not None else None
                named = _abbreviation_at(text, pos, _run_abbreviations(pack)) if pack is not None and cued is None \
                    else None
                if cued is not None:  # "อำเภอระแงะ": the district of Ra-ngae
                    out.append(cued)
                    pos = cued.end - start
                elif named is not None:  # "နေပြည်တော်က", "ខេត្តបាត់ដំបង": a name the index lacks in the run's script
                    size, target = named
                    cue, feature = next(((c, f) for c, f in _prefix_cues(pack) if text.endswith(c, 0, pos)), ("", ""))
                    out.append(Mention(start + pos, start + pos + size, text[pos:pos + size], "", sidx, cue=cue,
                                       cue_feature=feature, code=target,
                                       evidence=("abbreviation", "cue") if cue else ("abbreviation",)))
                    pos += size
                else:
                    pos += 1
        return out

    def _cued_in_run(self, sidx: int, text: str, start: int, pos: int, cues: tuple[tuple[str, str], ...]
                     ) -> Mention | None:
        """The name right after a cue word of the pack written at ``pos`` of a run without spaces (Thai "อำเภอระแงะ",
        the district of Ra-ngae; "ประเทศไทย", Thailand), as its own mention with the cue: the longest the index
        knows with the same letters and marks, three letters at least (the cue vouches for a short or obscure
        name). A name neither starts nor ends inside a syllable (ทะเลาะ, "to quarrel", is no sea ทะเล and a name
        starting with าะ)."""
        for cue, feature in cues:
            if not text.startswith(cue, pos):
                continue
            head = pos + len(cue)
            if head >= len(text) or _NO_EDGE.match(text, head):
                return None
            for end in range(min(len(text), head + _UNSPACED_LONGEST), head + 2, -1):
                if end < len(text) and _NO_EDGE.match(text, end):
                    continue
                part = text[head:end]
                key = fold(part)
                hit = self.keys.get(key)
                if hit is not None and hit[0] > 0.0 and self._spelled(key, part):
                    return Mention(start + head, start + end, part, key, sidx, cue=cue, cue_feature=feature,
                                   evidence=("gazetteer", "cue"))
            return None
        return None

    def _particled_name(self, sidx: int, text: str, start: int, pack: LanguagePack) -> list[Mention]:
        """The name that opens a Korean word, before the particles or the noun written onto it (the pack's
        ``name_endings``): "서울은" (Seoul, topic), "포항시에서" (in Pohang city: the suffix is the cue), "북한군"
        (North Korea's army). The longest name the index spells so wins; one that only opens a longer word ("지난주",
        "last week", is no Jinan) must be well known and not a stop name. A locative ending ("에서") locates it."""
        stops, suffixes = _unspaced_words(pack)
        for length in range(min(_UNSPACED_LONGEST, len(text)), 1, -1):
            part, rest = text[:length], text[length:]
            ended = not rest or rest in pack.name_endings
            located = ("locative",) if rest in pack.locative_endings else ()
            found = self._suffixed(text, 0, length, stops, suffixes) if ended and suffixes else None
            if found is not None:
                key, cue, feature, size = found
                return [Mention(start, start + size, text[:size], key, sidx, cue=cue, cue_feature=feature,
                                evidence=("gazetteer", "cue", *located))]
            if part in stops:
                continue
            key = fold(part)
            hit = self.keys.get(key)
            if hit is not None and hit[0] >= (OBSCURE if ended else FAMOUS) and self._spelled(key, part):
                return [Mention(start, start + length, part, key, sidx, evidence=("gazetteer", *located))]
        return []

    def _suffixed(self, text: str, pos: int, length: int, stops: frozenset[str],
                  suffixes: tuple[tuple[str, str], ...]) -> tuple[str, str, str, int] | None:
        """``(key, cue, feature, length of the name)`` when ``text[pos:pos + length]`` is a name and its administrative
        suffix (泸定县, 甘孜州, 石川県): the whole is a name the index spells so (the name is the whole), or the
        part before the suffix (two characters at least) is (the name is that part: the index matches a name by
        its spelling). A suffix that opens a common word (市场 "market" in 美国市场) is none."""
        part = text[pos:pos + length]
        for suffix, feature in suffixes:
            stem = length - len(suffix)
            if stem < 2 or not part.endswith(suffix) or _stop_at(text, pos + stem, stops):
                continue
            for name in (part, part[:stem]):
                key = fold(name)
                hit = self.keys.get(key)
                if hit is not None and hit[0] > 0.0 and self._spelled(key, name):
                    return key, suffix, feature, len(name)
        return None

    def _pack_name(
        self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon,
        match: tuple[int, str, float, float] | None,
    ) -> Mention | None:
        """A place the pack names from token ``i`` where the gazetteer alone would miss it.

        A name of several words that the pack ties to a gazetteer entry or a country ("Kivu Kaskazini" is
        Nord-Kivu, "آذربایجان غربی" the Iranian province, not the country Azerbaijan), when it is longer than
        the index's own match from the same word; and a weekday name that also names a place (Persian
        "دوشنبه", Monday and Dushanbe) after a cue word that announces a place ("شهر دوشنبه").
        """
        reach = match[0] if match is not None else i
        for n in range(min(MAX_TOKENS, toks.n - i), 1, -1):
            last = i + n - 1
            if last <= reach or not all(toks.word[i:last + 1]):
                continue
            code = lex.phrases.get(" ".join(folded[i:last + 1]))
            if code:
                return self._named(doc, sidx, toks, folded, i, last, lex, "", code)
        if match is not None and match[0] == i and folded[i] in lex.weekdays and self._cue_before(toks, folded, i, lex):
            return self._named(doc, sidx, toks, folded, i, i, lex, match[1], "")
        return None

    def _named(self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, last: int, lex: Lexicon,
               key: str, code: str) -> Mention:
        """The mention of ``toks[i..last]`` with its cue word and the evidence for it (see :meth:`_pack_name`)."""
        cue = self._cue_before(toks, folded, i, lex)
        evidence = ("abbreviation",) if code else ("gazetteer",)
        evidence += ("cue",) if cue else ()
        evidence += ("locative",) if self._locative_before(toks, folded, i, lex) else ()
        start, end = toks.start[i], toks.end[last]
        return Mention(start, end, doc.text[start:end], key, sidx, cue=cue, cue_feature=lex.cue_before.get(cue, ""),
                       code=code, evidence=evidence)

    def _cued_compound(
        self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, j: int, lex: Lexicon
    ) -> Mention | None:
        """A compound name the gazetteer lacks that begins with a word such names begin with: the whole name.

        After a cue or a locative ("municipio de Puerto Jordán", "near Port Ellis"), a word of the pack's
        ``name_heads`` that the gazetteer knows alone (a hamlet called Puerto) and the capitalised words
        after it are one name. The run stops at a cue or compass word and at four words.
        """
        if j != i or folded[i] not in lex.name_heads or i + 1 >= toks.n:
            return None
        end, stop = i + 1, min(toks.n, i + 4)
        if toks.caseless[i]:  # no capitals tell where the name ends: the head and one word ("مخيم أبو شوك")
            stop = min(toks.n, i + 2)
        while end < stop and toks.word[end] and (toks.cap[end] or toks.caseless[end]) and not (
                folded[end] in lex.cue_before or folded[end] in lex.cue_after or folded[end] in lex.compass
                or toks.text[end].lower() in lex.stopwords):
            end += 1
        if end == i + 1 or any(w in lex.stop_names or w in lex.org_words for w in folded[i:end]):
            return None
        cue = self._cue_before(toks, folded, i, lex)
        if not cue and not self._locative_before(toks, folded, i, lex):
            return None
        start, last = toks.start[i], toks.end[end - 1]
        return Mention(start, last, doc.text[start:last], "", sidx, cue=cue, cue_feature=lex.cue_before.get(cue, ""),
                       evidence=("cue",) if cue else ("locative",))

    def _closes_name(self, toks: _Tokens, folded: Sequence[str], k: int, lex: Lexicon) -> bool:
        """Is the cue word at ``k`` the end of the name before it, an inflected region and its cue word
        ("Белгородской области") that the index knows, rather than the cue of what follows?"""
        return bool(lex.inflections and k >= toks.lo + 1 and folded[k] in lex.cue_after and toks.word[k - 1]
                    and toks.cap[k - 1] and self._with_cue(toks.text[k - 1], folded[k], lex) is not None)

    def _listed_unknown(self, doc: Document, sidx: int, toks: _Tokens, i: int, lex: Lexicon, prev: Mention
                        ) -> Mention | None:
        """The next name of a list a cue word opened ("the villages of Kanyamahoro and Kibumba"): one word
        written as a name, no common word or first name, that the gazetteer lacks, with the list's cue."""
        text = toks.text[i]
        if not _in_list(doc.text[prev.end:toks.start[i]], lex) or not self._name_like(text, lex) or (
                i + 1 < toks.n and toks.word[i + 1] and toks.cap[i + 1]):
            return None
        return Mention(toks.start[i], toks.end[i], text, "", sidx, cue=prev.cue, cue_feature=prev.cue_feature,
                       evidence=("cue", "list"))

    @staticmethod
    def _name_like(text: str, lex: Lexicon) -> bool:
        """Is ``text`` written as a name (a capital, then lower-case letters) that is no common word of the
        language, no first name and no person's name the pack knows?"""
        return text.isalpha() and text[1:].islower() and lex.common(text.lower()) < _COMMON_UNKNOWN and (
            text not in lex.people and name_kind(text) != "first")

    def _located_unknown(self, toks: _Tokens, folded: Sequence[str], i: int, end: int, lex: Lexicon) -> bool:
        """Is the run ``toks[i:end]`` a place the gazetteer lacks because a place locative puts something there
        ("near Portroe", "à Dialassagou")? Only one or two words written as names (a capital, then lower-case
        letters), in the script of the locative, that are no common words, first names or people's names
        ("in Scouting", "in Dropbox", "в Telegram", "in Rachel")."""
        if end - i > 2 or not lex.place_locatives or toks.caseless[i]:
            return False
        locative = self._locative_before(toks, folded, i, lex)
        if locative not in lex.place_locatives:
            return False
        latin = has_latin(locative)
        return all(self._name_like(toks.text[k], lex) and has_latin(toks.text[k]) == latin for k in range(i, end))

    def _cued_caseless(
        self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon
    ) -> Mention | None:
        """A name the gazetteer lacks in a script without capitals ("قرية سرمدا"): the one word after a cue
        word, when it is no common word of the language (nothing shows where a longer name would end)."""
        romanized = self._romanized(doc, sidx, toks, folded, i, lex) if lex.postpositions else None
        if romanized is not None:  # Hindi "कुपवाड़ा": Kupwara, which the index writes in Latin letters only
            return romanized
        cue = self._cue_before(toks, folded, i, lex)
        if not cue and lex.postpositions:
            return self._cued_after_caseless(doc, sidx, toks, folded, i, lex)
        if not cue or " " in cue or len(toks.text[i]) < 3 or not _lettered(toks.text[i]):
            return None
        lower = toks.text[i].lower()
        # The word and, in Arabic script, the word without a conjunction written onto it ("ومخيم": "and a camp").
        forms = (lower, lower[1:]) if lower[0] in "وف" and is_abjad(lower) else (lower,)
        if any(w in lex.stopwords or lex.common(w) >= _COMMON_CUED or _fold_token(w) in lex.stop_names
               or _fold_token(w) in lex.cue_before or _fold_token(w) in lex.cue_after for w in forms):
            return None
        start, stop = toks.start[i], toks.end[i]
        return Mention(start, stop, doc.text[start:stop], "", sidx, cue=cue, cue_feature=lex.cue_before.get(cue, ""),
                       evidence=("cue",))

    def _romanized(
        self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon
    ) -> Mention | None:
        """A Devanagari name the index knows only in Latin letters (Hindi "कुपवाड़ा", "पुंछ": Kupwara, Poonch),
        where a postposition or cue word marks it as a place ("कुपवाड़ा में", "पुंछ जिले") or it opens a list
        that one closes ("बारामूला और कुपवाड़ा में"): the town or district of the pack's home countries that one of
        its Latin spellings (:func:`~geomap.text.romanize.latin_keys`, the likeliest first) names, as its id."""
        text = toks.text[i]
        lower = text.lower()
        if len(text) < 3 or not is_devanagari(text) or lower in lex.stopwords or folded[i] in lex.stop_names or (
                folded[i] in lex.cue_after or folded[i] in lex.cue_before or lex.common(lower) >= _COMMON_CUED_AFTER):
            return None
        post = self._postposition_after(toks, folded, i, lex)
        cue = folded[i + 1] if i + 1 < toks.n and toks.word[i + 1] and folded[i + 1] in lex.cue_after else ""
        listed = i + 2 < toks.n and toks.text[i + 1].lower() in lex.conjunctions and bool(
            self._postposition_after(toks, folded, i + 2, lex))
        if not (post or cue or listed):
            return None
        home = doc.pack.home_countries
        for key in latin_keys(text):
            hit = self.keys.get(key)
            if hit is None or hit[0] < OBSCURE:
                continue
            rows = [row for row in self.gazetteer.lookup(key) if row[6] in home and row[3] in _ROMANIZED_FEATURES
                    and has_latin(row[13])]
            if rows:
                # The place so named first (Kupwāra, not Kopawor known also as Kupwara), then the most populous.
                best = max(rows, key=lambda row: (_fold_token(row[2]) == key, row[10], row[11]))
                evidence = ("transliteration",) + (("cue",) if cue else ()) + (("locative",) if post else ())
                return Mention(toks.start[i], toks.end[i], text, "", sidx, cue=cue,
                               cue_feature=lex.cue_after.get(cue, ""), code=str(best[1]), evidence=evidence)
        return None

    def _cued_after_caseless(
        self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon
    ) -> Mention | None:
        """A name the gazetteer lacks in a language that puts its cue words and postpositions after the name
        ("बारामूला जिले में", "بنوں ضلع میں"): the one word before a cue word of ``cue_after`` that a postposition,
        a conjunction or the clause's end follows, when the word is no common word of the language."""
        k = i + 1
        if k >= toks.n or not toks.word[k] or folded[k] not in lex.cue_after:
            return None
        text = toks.text[i]
        lower = text.lower()
        if len(text) < 3 or not _lettered(text) or lower in lex.stopwords or (
                lex.common(lower) >= _COMMON_CUED_AFTER or folded[i] in lex.stop_names or folded[i] in lex.cue_after
                or folded[i] in lex.cue_before):
            return None
        if i > toks.lo and toks.word[i - 1] and folded[i - 1] in lex.cue_before:
            return None  # "जिला अस्पताल ...": a cue word before already opened another name
        if not (self._postposition_after(toks, folded, i, lex) or k + 1 >= toks.n or not toks.word[k + 1]
                or toks.text[k + 1].lower() in lex.conjunctions or folded[k + 1] in lex.genitive_words
                or toks.text[k].endswith(doc.pack.locative_endings or ("\0",))):  # Bengali "জেলায়": in the district
            return None
        start, stop = toks.start[i], toks.end[i]
        return Mention(start, stop, doc.text[start:stop], "", sidx, cue=folded[k], cue_feature=lex.cue_after[folded[k]],
                       evidence=("cue",))

    def _cued_unknown(
        self, doc: Document, sidx: int, toks: _Tokens, folded: Sequence[str], i: int, lex: Lexicon
    ) -> tuple[Mention | None, int]:
        """A capitalised name the gazetteer lacks, kept when a cue word marks it as a place."""
        if toks.caseless[i]:
            return self._cued_caseless(doc, sidx, toks, folded, i, lex), i + 1
        # The capitalised run from token i, at most four words.
        word, cap = toks.word, toks.cap
        end, stop = i, min(toks.n, i + 4)
        while end < stop and word[end] and cap[end]:
            end += 1
        if end <= i:
            return None, i + 1
        k = i - 1
        if not (k >= toks.lo and word[k] and (folded[k] in lex.cue_tails or folded[k] in lex.locative_tails
                                             or toks.caseless[k])) and not (
                folded[end - 1] in lex.cue_after or (end < toks.n and folded[end] in lex.cue_after)):
            return None, end  # the common case: no cue word or locative before the run, no cue word ends it
        cue = self._cue_before(toks, folded, i, lex)
        if cue and self._closes_name(toks, folded, i - 1, lex):
            cue = ""  # "губернатор Белгородской области Вячеслав Гладков": the cue ends the region's name
        feature = lex.cue_before.get(cue, "") if cue else ""
        last = end - 1
        if not cue and folded[last] in lex.cue_after and last > i:
            cue, feature = folded[last], lex.cue_after[folded[last]]
        elif not cue and end < toks.n and toks.word[end] and folded[end] in lex.cue_after and not (
                toks.cap[end] and folded[end] in lex.org_words):  # "Arauca department", not "Fire Department"
            cue, feature = folded[end], lex.cue_after[folded[end]]
        located = not cue and self._located_unknown(toks, folded, i, end, lex)
        if not (cue or located):
            return None, end
        if any(self._longest(toks, folded, k, lex) is not None for k in range(i + 1, end)):
            return None, i + 1  # "Обстрел Купянска Харьковской области": known names inside; look at each
        if any(w in lex.stop_names or w in lex.org_words for w in folded[i:end]):
            return None, end
        if i > toks.lo and toks.codes[i - 1] & _TITLED and self._title_before(toks, folded, i, lex):
            return None, end
        if self._common_head(toks, i, lex):
            return None, end  # "sungai Menurut saksi ...": a clause of unpunctuated text starts, not a river's name
        start, stop = toks.start[i], toks.end[last]
        return Mention(start, stop, doc.text[start:stop], "", sidx, cue=cue, cue_feature=feature,
                       evidence=("cue",) if cue else ("locative",)), end
