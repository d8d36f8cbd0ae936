"""Event lexicons: the words of one language that announce an event, its toll, its victims and its actors.

A lexicon is read from ``lexicons/<lang>.json`` and merged with the universal ``lexicons/xx.json``
(weapon names and acronyms that read the same in every language). It holds five tables, each matched
by one compiled regular expression:

``triggers``
    phrase -> ACLED sub-event type and a weight (specificity, 0-1): "air strike" 1.0 beats "attack" 0.3;
``outcomes``
    casualty words -> ``killed``, ``wounded``, ``arrested``, ``detained``, ``abducted``, ``missing``,
    ``displaced`` (see :data:`OUTCOMES`);
``groups``
    who is counted -> ``soldiers``, ``civilians``, ``militants``, ``police``, ``protesters``, ``children``,
    ``people`` (see :data:`GROUPS`);
``actors``
    actor categories -> an ACLED-style label such as ``Military Forces`` (see :data:`ACTOR_LABELS`);
``cues``
    negation ("no one", "denied") and hypothetical ("would", "threatened") cue words, labelled
    ``negation`` or ``hypothetical``.

Phrase syntax in the files: words separated by single spaces; a space or hyphen matches any run of
white space or hyphens in the text; a trailing ``*`` means "the word goes on with letters"
(``обстрел*`` finds обстрелы, обстрелом); ``...`` between two words stands for up to five words of the
same clause (``menghujani ... roket``). A language may declare ``prefixes`` that any word of an entry can
carry (Arabic و ف ب ل ك ال) and ``suffixes`` for the last word (Indonesian -nya). ``not_triggers`` lists
phrases that contain a trigger word but announce no event ("heart attack"); they hide the trigger.

Matching is case-insensitive, ignores apostrophe variants, Russian ё/е, Arabic short vowels, tatweel, the
spelling variants of alef, ya, kaf, ta marbuta and Persian heh with hamza, the zero-width non-joiner and
accents on Latin and Greek vowels; decomposed letters are composed first. Offsets index the text given (also with
``start``/``end``, whose edges count as word boundaries); where matches overlap, the longest wins, then the
heaviest. Generic words carry low weights ("attack" 0.3, "war" 0.2, "captured" 0.4): callers should re-type
them from context (who did what to whom).

>>> lex = event_lexicon("en")
>>> [(t.text, t.sub_event_type) for t in lex.triggers("Jets carried out an air strike; rebels attacked.")]
[('air strike', 'Air/drone strike'), ('attacked', 'Attack')]
>>> [(h.text, h.label) for h in lex.outcomes("Three soldiers were killed and two wounded.")]
[('killed', 'killed'), ('wounded', 'wounded')]
>>> [t.sub_event_type for t in event_lexicon("ru").triggers("Обстрелы города продолжились")]
['Shelling/artillery/missile attack']
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ..errors import BadInputError
from ..text.packs import APOSTROPHE_LIKE, language_code
from ..text.tokens import INDIC_MARKS
from ..text.unspaced import RUN_CHARS, SPELLED_MARKS
from .model import Trigger
from .taxonomy import SUB_EVENT_TYPES, type_of

if TYPE_CHECKING:
    from importlib.abc import Traversable

__all__ = [
    "ACTOR_LABELS",
    "CUES",
    "GROUPS",
    "OUTCOMES",
    "EventLexicon",
    "Hit",
    "available",
    "event_lexicon",
    "fold",
    "load_lexicon",
]

#: Labels of ``outcomes`` entries: what happened to the people counted.
OUTCOMES = ("killed", "wounded", "arrested", "detained", "abducted", "missing", "displaced")
#: Labels of ``groups`` entries: who is counted.
GROUPS = ("soldiers", "civilians", "militants", "police", "protesters", "children", "people")
#: Labels of ``actors`` entries, in ACLED's style (the caller adds the country: "Military Forces of Armenia").
ACTOR_LABELS = (
    "Military Forces", "Police Forces", "Ministry of Defence", "Government", "Separatists", "Rebels",
    "Militia", "Communal Militia", "Unidentified Armed Group", "Protesters", "Rioters", "Civilians",
)
#: Labels of ``cues`` entries: negations, hypothetical cues, ``self``: words by which a speaker names its
#: own side ("we", "our forces", "mereka" after "Baku claimed that"), and ``day_before``: "the day before",
#: "sehari sebelumnya", "накануне" (a day before the date told last); ``self`` and ``day_before`` are optional.
CUES = ("negation", "hypothetical", "self", "day_before")

UNIVERSAL = "xx"
_KEYS = ("lang", "name", "prefixes", "suffixes", "triggers", "not_triggers", "outcomes", "groups", "actors",
         "negation", "hypothetical", "self", "day_before", "extends")
_OPTIONAL_KEYS = frozenset({"self", "day_before", "extends"})
_GAP_WORDS = 5

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Hit:
    """A lexicon phrase found in a text: ``text[start:end]`` and what it stands for.

    >>> Hit(4, 10, "killed", "killed").label
    'killed'
    """

    start: int
    end: int
    text: str
    label: str


# -- folding -------------------------------------------------------------------------------------------

_FOLD_MAP = {c: "'" for c in APOSTROPHE_LIKE}
_FOLD_MAP.update({c: "-" for c in "‐‑‒–—―"})
_FOLD_MAP.update({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "ё": "е"})
# Belarusian writes "у" as "ў" after a vowel ("удар", "паветраны ўдар"): one letter for the lexicon.
_FOLD_MAP["ў"] = "у"
_FOLD_MAP.update({c: "ا" for c in "أإآٱ"})
_FOLD_MAP["İ"] = "i"  # Turkish and Azerbaijani dotted capital I, whose lower case is two characters ("İntihar")
_FOLD_MAP.update({"ى": "ي", "ی": "ي", "ة": "ه", "ک": "ك", "ۀ": "ه"})
for _plain, _accented in (("a", "áàâäã"), ("e", "éèêë"), ("i", "íìîï"), ("o", "óòôöõ"), ("u", "úùûü")):
    _FOLD_MAP.update({c: _plain for c in _accented})
_FOLD_MAP.update(zip("άέήίόύώϊϋΐΰς", "αεηιουωιυιυσ"))  # Greek: accents and the final sigma (capitals carry none)
_FOLD = str.maketrans(_FOLD_MAP)
_FOLD_PAIRS = tuple(_FOLD_MAP.items())
# Arabic short vowels, tanween, shadda, sukun, dagger alif, tatweel, the hamza Persian writes over a final heh
# ("حملهٔ"); soft hyphen and zero-width joiners.
_DROP = re.compile("[\u064b-\u0652\u0654\u0670\u0640\u00ad\u200b-\u200d]")


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def fold(text: str) -> str:
    """The form in which lexicon entries and texts are compared (the same length as ``text`` unless it has
    Arabic short vowels, tatweel or zero-width characters, which are dropped).

    >>> fold("Обстрелы ЁЛКИ"), fold("l’armée"), fold("الغارةُ"), fold("паветраны ўдар")
    ('обстрелы елки', "l'armee", 'الغاره', 'паветраны удар')
    """
    return _DROP.sub("", _lower_same_length(unicodedata.normalize("NFC", text)).translate(_FOLD))


def _translate(text: str) -> str:
    """``text.translate(_FOLD)``, faster on the few characters a news text actually holds."""
    if text.isascii():
        return text
    for old, new in _FOLD_PAIRS:
        if old in text:
            text = text.replace(old, new)
    return text


def _compose(span: str) -> tuple[str, list[int]]:
    """``span`` with decomposed letters (e + combining acute) composed, and each character's index in ``span``."""
    chars: list[str] = []
    where: list[int] = []
    for i, c in enumerate(span):
        if chars and unicodedata.combining(c):
            composed = unicodedata.normalize("NFC", chars[-1] + c)
            if len(composed) == 1:
                chars[-1] = composed
                continue
        chars.append(c)
        where.append(i)
    return "".join(chars), where


@lru_cache(maxsize=16)
def _prepare(span: str) -> tuple[str, tuple[int, ...] | None]:
    """Folded ``span`` and, when folding changed its length, the index in ``span`` of each folded character."""
    where: list[int] | None = None
    if not span.isascii() and not unicodedata.is_normalized("NFC", span):
        span, where = _compose(span)
    folded = _translate(_lower_same_length(span))
    if _DROP.search(folded):
        keep = [i for i, c in enumerate(folded) if not _DROP.match(c)]
        folded = "".join(folded[i] for i in keep)
        where = keep if where is None else [where[i] for i in keep]
    return folded, None if where is None else tuple(where)


# -- phrases -------------------------------------------------------------------------------------------

# Words: letters, digits, apostrophes and the vowel signs of the scripts of South and Southeast Asia (मारे, নিহত,
# เสียชีวิต). Affixes: letters and vowel signs (Bengali "ে" in "জেলায়", "হামলায়").
_MARKS = INDIC_MARKS + SPELLED_MARKS
_AFFIX = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+")
_WORD_OK = re.compile(rf"[^\W_][\w'{_MARKS}]*\*?", re.UNICODE)


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A parsed entry: words (folded), whether each is a stem, and where a gap replaces the separator."""

    words: tuple[str, ...]
    stems: tuple[bool, ...]
    gaps: tuple[bool, ...]  # gaps[i]: a gap sits between words[i] and words[i + 1]

    @property
    def literal(self) -> bool:
        return not any(self.stems) and not any(self.gaps)

    @property
    def key(self) -> str:
        return " ".join(w + ("*" if s else "") + (" ..." if g else "")
                        for w, s, g in zip(self.words, self.stems, (*self.gaps, False)))

    @property
    def size(self) -> int:
        return sum(len(w) for w in self.words)


def _parse(entry: Any, fail: Callable[[str], BadInputError]) -> _Phrase:
    if not isinstance(entry, str) or not entry.strip():
        raise fail(f"expected a non-empty phrase, got {entry!r}")
    if entry != entry.strip() or "  " in entry:
        raise fail(f"{entry!r} has leading, trailing or doubled spaces")
    words: list[str] = []
    stems: list[bool] = []
    gaps: list[bool] = []
    pending_gap = False
    for token in fold(entry).split(" "):
        if token == "...":
            if not words or pending_gap:
                raise fail(f"{entry!r}: '...' must stand between two words")
            pending_gap = True
            continue
        parts = token.split("-")
        for part in parts:
            if not _WORD_OK.fullmatch(part):
                raise fail(f"{entry!r}: {part!r} is not a word (letters, digits, apostrophes; '*' only at the end)")
            stem = part.endswith("*")
            word = part.rstrip("*")
            if stem and len(word) < 2:
                raise fail(f"{entry!r}: a stem needs at least 2 letters before '*'")
            if words:
                gaps.append(pending_gap)
            pending_gap = False
            words.append(word)
            stems.append(stem)
    if pending_gap:
        raise fail(f"{entry!r}: '...' must stand between two words")
    if len(words) == 1 and stems[0] and len(words[0]) < 3:
        raise fail(f"{entry!r}: a one-word stem needs at least 3 letters before '*'")
    return _Phrase(tuple(words), tuple(stems), tuple(gaps))


# -- matcher -------------------------------------------------------------------------------------------

_SEP = r"[\s\-]+"
_GAP = rf"(?:{_SEP}[^\s.!?;:]+){{0,{_GAP_WORDS}}}?{_SEP}"
# Chinese, Japanese and Thai write no spaces: a phrase may start and end at any Han character, kana or Thai letter
# (死亡 in 人死亡, เสียชีวิต in ทหารเสียชีวิต), but not end before a Thai mark (ที of ที่).
# A vowel sign of Devanagari or Bengali belongs to the word before it: no phrase starts or ends next to one.
_OPEN = rf"(?:(?<![^\W{RUN_CHARS}])(?<![{INDIC_MARKS}])|(?=[{RUN_CHARS}]))"
_CLOSE = rf"(?:(?![^\W{RUN_CHARS}])(?![{_MARKS}])|(?<=[{RUN_CHARS}])(?![{SPELLED_MARKS}]))"
_WORD_START = re.compile(rf"{_OPEN}\w")
_NON_WORD = re.compile(rf"[^\w{_MARKS}]")
_FIRST_WORD = re.compile(rf"[\w'{_MARKS}]+")  # with its apostrophes: Uzbek "qirg'in*", "o'ldiril*"
_STEM_TAIL = rf"[\w{_MARKS}]*"


def _alternation(items: Iterable[str]) -> str:
    ordered = sorted(set(items), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(re.escape(fold(s)) for s in ordered) + ")" if ordered else ""


class _Trie:
    __slots__ = ("children", "terminal")

    def __init__(self) -> None:
        self.children: dict[tuple[str, str], _Trie] = {}
        self.terminal = False

    def add(self, atoms: list[tuple[str, str]]) -> None:
        node = self
        for atom in atoms:
            node = node.children.setdefault(atom, _Trie())
        node.terminal = True

    def regex(self, sep: str, gap: str) -> str:
        """The trie as a pattern that prefers the longest match at a given start.

        At each node: a stem that goes on with more words first (so "غار* جوي*" beats "غاره"), then
        characters, separators and gaps, then a stem that ends the phrase ("bomb*" after "bombing raid"),
        and "end here" last.
        """
        heads = {"c": None, "sep": sep, "gap": gap}
        first, middle, last = [], [], []
        for (kind, value), child in sorted(self.children.items(), key=lambda kv: (kv[0][0], kv[0][1])):
            if kind == "stem":
                if child.children:
                    first.append(_STEM_TAIL + child._branches(sep, gap))
                if child.terminal:
                    last.append(_STEM_TAIL)
            else:
                middle.append((heads[kind] or re.escape(value)) + child.regex(sep, gap))
        alts = first + middle + last
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and not self.terminal else "(?:" + "|".join(alts) + ")"
        return body + "?" if self.terminal else body

    def _branches(self, sep: str, gap: str) -> str:
        """Like :meth:`regex` but without the option to end here (the caller handles that)."""
        terminal, self.terminal = self.terminal, False
        try:
            return self.regex(sep, gap)
        finally:
            self.terminal = terminal


def _atoms(phrase: _Phrase) -> list[tuple[str, str]]:
    atoms: list[tuple[str, str]] = []
    for i, (word, stem) in enumerate(zip(phrase.words, phrase.stems)):
        if i:
            atoms.append(("gap", "") if phrase.gaps[i - 1] else ("sep", ""))
        atoms.extend(("c", ch) for ch in word)
        if stem:
            atoms.append(("stem", ""))
    return atoms


class _Matcher(Generic[V]):
    """One category of one lexicon: a single compiled pattern and the table behind it."""

    def __init__(self, table: Mapping[_Phrase, tuple[V, float]], prefixes: Iterable[str] = (),
                 suffixes: Iterable[str] = ()) -> None:
        pfx = _alternation(prefixes)
        sfx = _alternation(suffixes)
        sep = _SEP + (pfx + "?" if pfx else "")
        gap = _GAP + (pfx + "?" if pfx else "")
        self._exact: dict[str, tuple[V, float]] = {}
        self._fuzzy: dict[str, list[tuple[re.Pattern[str], V, float, int]]] = {}
        trie = _Trie()
        for phrase, (value, weight) in table.items():
            atoms = _atoms(phrase)
            trie.add(atoms)
            if phrase.literal and not (pfx and len(phrase.words) > 1):
                self._exact[" ".join(phrase.words)] = (value, weight)
            else:
                one = _Trie()
                one.add(atoms)
                pattern = re.compile(one.regex(sep, gap))
                self._fuzzy.setdefault(phrase.words[0], []).append((pattern, value, weight, phrase.size))
        body = trie.regex(sep, gap) if table else r"(?!x)x"
        self.pattern = re.compile(rf"{_OPEN}{pfx}{'?' if pfx else ''}({body}){sfx}{'?' if sfx else ''}{_CLOSE}")
        self._collapse = re.compile(_SEP)
        self._memo: dict[str, tuple[V, float] | None] = {}

    def _lookup(self, body: str) -> tuple[V, float] | None:
        """The entry a matched ``body`` (the text without its clitics) came from."""
        try:
            return self._memo[body]
        except KeyError:
            pass
        found = self._exact.get(body)
        if found is None and not body.isalnum():
            found = self._exact.get(self._collapse.sub(" ", body))
        if found is None:
            # Entries with stems, gaps or clitics between words, indexed by their first word (a stem's letters).
            first = _FIRST_WORD.match(body)
            token = first.group() if first else body
            best: tuple[int, float, V] | None = None
            for k in range(len(token), 1, -1):
                for pattern, value, weight, size in self._fuzzy.get(token[:k], ()):
                    if (best is None or (size, weight) > best[:2]) and pattern.fullmatch(body):
                        best = (size, weight, value)
            found = None if best is None else (best[2], best[1])
        if len(self._memo) > 4096:
            self._memo.clear()
        self._memo[body] = found
        return found

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, V, float]]:
        """``(start, end, value, weight)`` of the matches in ``text[start:end]``, offsets into ``text``."""
        if not isinstance(text, str):
            raise BadInputError(f"expected the text as a string, got {type(text).__name__}")
        stop = len(text) if end is None else max(0, min(end, len(text)))
        begin = max(0, min(start, stop))
        folded, index = _prepare(text[begin:stop])
        candidates: dict[int, tuple[int, int, V, float]] = {}
        pattern = self.pattern
        for m in pattern.finditer(folded):
            self._keep(m, candidates)
            if not _NON_WORD.search(folded, m.start(), m.end()):
                continue
            for w in _WORD_START.finditer(folded, m.start() + 1, m.end()):
                if w.start() not in candidates:
                    inner = pattern.match(folded, w.start())
                    if inner:
                        self._keep(inner, candidates)
        chosen = _resolve(sorted(candidates.values(), key=lambda c: c[0]))
        if index is not None:
            # A match ends where the next kept character starts: dropped marks after its last letter belong to it.
            chosen = [(index[s], index[e] if e < len(index) else stop - begin, v, w) for s, e, v, w in chosen]
        return [(s + begin, e + begin, v, w) for s, e, v, w in chosen]

    def _keep(self, m: re.Match[str], candidates: dict[int, tuple[int, int, V, float]]) -> None:
        found = self._lookup(m.group(1))
        if found is not None:
            candidates[m.start()] = (m.start(), m.end(), found[0], found[1])


def _resolve(ordered: list[tuple[int, int, V, float]]) -> list[tuple[int, int, V, float]]:
    """Non-overlapping matches out of ``ordered`` (sorted by start): in each cluster of overlapping matches,
    the longest first, then the heaviest, then the leftmost."""
    out: list[tuple[int, int, V, float]] = []
    i = 0
    while i < len(ordered):
        j, reach = i + 1, ordered[i][1]
        while j < len(ordered) and ordered[j][0] < reach:
            reach = max(reach, ordered[j][1])
            j += 1
        if j == i + 1:
            out.append(ordered[i])
        else:
            taken: list[tuple[int, int, V, float]] = []
            for c in sorted(ordered[i:j], key=lambda c: (c[0] - c[1], -c[3], c[0])):
                if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
                    taken.append(c)
            out.extend(sorted(taken, key=lambda c: c[0]))
        i = j
    return out


# -- the lexicon ---------------------------------------------------------------------------------------

_BLOCK = ""  # value of a not_triggers entry


@dataclass(frozen=True, slots=True, eq=False)
class EventLexicon:
    """One language's event lexicon (merged with the universal one). Use :func:`event_lexicon` to get it.

    The ``*_table`` mappings give every entry as written in the files (for inspection and tests):
    ``trigger_table[phrase] = (sub_event_type, weight)``, the others ``phrase -> label``.
    """

    lang: str
    name: str
    trigger_table: Mapping[str, tuple[str, float]]
    not_triggers: frozenset[str]
    outcome_table: Mapping[str, str]
    group_table: Mapping[str, str]
    actor_table: Mapping[str, str]
    cue_table: Mapping[str, str]
    sources: tuple[str, ...]
    _triggers: _Matcher[str]
    _outcomes: _Matcher[str]
    _groups: _Matcher[str]
    _actors: _Matcher[str]
    _cues: _Matcher[str]

    @property
    def sub_event_types(self) -> frozenset[str]:
        """The sub-event types some trigger of this lexicon announces."""
        return frozenset(sub for sub, _ in self.trigger_table.values())

    def triggers(self, text: str, start: int = 0, end: int | None = None) -> list[Trigger]:
        """Event triggers in ``text[start:end]``, in text order; overlapping matches resolved (longest wins).

        >>> [(t.text, t.event_type, t.weight) for t in event_lexicon("id").triggers("Baku tembak terjadi.")]
        [('Baku tembak', 'Battles', 0.95)]
        """
        return [Trigger(s, e, text[s:e], type_of(sub), sub, w)
                for s, e, sub, w in self._triggers.find(text, start, end) if sub != _BLOCK]

    def outcomes(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Casualty outcome words (label one of :data:`OUTCOMES`).

        >>> [h.label for h in event_lexicon("id").outcomes("12 orang tewas dan 30 luka-luka")]
        ['killed', 'wounded']
        """
        return self._hits(self._outcomes, text, start, end)

    def groups(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Words naming who is counted (label one of :data:`GROUPS`).

        >>> [h.label for h in event_lexicon("id").groups("tujuh warga sipil dan dua prajurit")]
        ['civilians', 'soldiers']
        """
        return self._hits(self._groups, text, start, end)

    def actors(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Phrases naming an actor category (label one of :data:`ACTOR_LABELS`).

        >>> [h.label for h in event_lexicon("en").actors("The defence ministry said troops repelled gunmen.")]
        ['Ministry of Defence', 'Military Forces', 'Unidentified Armed Group']
        """
        return self._hits(self._actors, text, start, end)

    def negations(self, text: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Negation, hypothetical and own-side cues (label ``negation``, ``hypothetical`` or ``self``).

        >>> [(h.text, h.label) for h in event_lexicon("en").negations("No one was hurt; they threatened to strike")]
        [('No one', 'negation'), ('they', 'self'), ('threatened', 'hypothetical')]
        """
        return self._hits(self._cues, text, start, end)

    @staticmethod
    def _hits(matcher: _Matcher[str], text: str, start: int, end: int | None) -> list[Hit]:
        return [Hit(s, e, text[s:e], label) for s, e, label, _ in matcher.find(text, start, end)]


# -- loading -------------------------------------------------------------------------------------------


def _lexicon_dir() -> Traversable:
    return resources.files(__package__ or "geomap.events").joinpath("lexicons")


def available() -> tuple[str, ...]:
    """Codes of the languages that have their own lexicon (the universal ``xx`` not included).

    >>> langs = available()
    >>> {"en", "id", "ms", "ar", "zh"} <= set(langs), "xx" in langs, list(langs) == sorted(langs)
    (True, False, True)
    >>> from geomap.text.packs import available as pack_languages
    >>> langs == pack_languages()  # every language pack has its lexicon
    True
    """
    names = (entry.name for entry in _lexicon_dir().iterdir())
    return tuple(sorted(n[:-5] for n in names if n.endswith(".json") and n[:-5] != UNIVERSAL))


def event_lexicon(lang: str) -> EventLexicon:
    """The lexicon of ``lang`` merged with the universal one; cached (same object for the same language).

    A language without a file gets the universal lexicon under its own code, never an error.

    >>> lex = event_lexicon("eo-XX")
    >>> lex.lang, [t.sub_event_type for t in lex.triggers("IED eksplodis")]
    ('eo', ['Remote explosive/landmine/IED'])
    """
    return _get(language_code(lang))


@cache
def _get(code: str) -> EventLexicon:
    universal = _read(_lexicon_dir().joinpath(f"{UNIVERSAL}.json"), UNIVERSAL)
    if re.fullmatch(r"[a-z]{2,3}", code) and code != UNIVERSAL:
        path = _lexicon_dir().joinpath(f"{code}.json")
        if path.is_file():
            return _build([universal, *_lineage(_read(path, code))], code)
    return _build([universal], code)


def _lineage(own: _Data) -> list[_Data]:
    """The lexicons ``own`` stands on (``"extends": "id"`` in Malay's), base first, then ``own``: a later part's
    entries replace an earlier one's (see :func:`_merge`)."""
    parts = [own]
    while parts[0].extends:
        base = parts[0].extends
        path = _lexicon_dir().joinpath(f"{base}.json")
        if base in {part.lang for part in parts} or not path.is_file():
            raise BadInputError(f"{parts[0].where}: key 'extends': {base!r} is not another language's lexicon "
                                f"(lexicons: {', '.join(available())})")
        parts.insert(0, _read(path, base))
    return parts


def load_lexicon(path: str | Path | Traversable, lang: str | None = None, universal: bool = False) -> EventLexicon:
    """Read and validate one lexicon file (raises :class:`~geomap.errors.BadInputError` naming file and entry).

    ``lang``, when given, must equal the file's ``lang``; ``universal=True`` merges the shipped ``xx.json``.
    """
    data = _read(Path(path) if isinstance(path, str) else path, lang)
    parts = [_read(_lexicon_dir().joinpath(f"{UNIVERSAL}.json"), UNIVERSAL)] if universal else []
    return _build([*parts, *_lineage(data)], data["lang"])


@dataclass(frozen=True, slots=True)
class _Data:
    """A validated file: parsed phrases per category."""

    lang: str
    name: str
    where: str
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    triggers: dict[str, tuple[_Phrase, str, float]]
    outcomes: dict[str, tuple[_Phrase, str]]
    groups: dict[str, tuple[_Phrase, str]]
    actors: dict[str, tuple[_Phrase, str]]
    cues: dict[str, tuple[_Phrase, str]]
    #: The code of the lexicon this one adds to (None: it stands on its own).
    extends: str | None = None

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)


def _read(source: Path | Traversable, expected_lang: str | None) -> _Data:
    where = str(source)
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        seen: dict[str, Any] = {}
        for key, value in pairs:
            if key in seen:
                raise BadInputError(f"{where}: {key!r} appears twice in the same object; keep one")
            seen[key] = value
        return seen

    try:
        data = json.loads(source.read_text(encoding="utf-8"), object_pairs_hook=no_duplicates)
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInputError(f"{where}: cannot read event lexicon: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BadInputError(f"{where}: event lexicon is not valid JSON: {exc}") from None
    return _validate(data, where, expected_lang)


def _validate(data: Any, where: str, expected_lang: str | None) -> _Data:
    def fail(key: str, problem: str) -> BadInputError:
        return BadInputError(f"{where}: key {key!r}: {problem}")

    if not isinstance(data, dict):
        raise BadInputError(f"{where}: an event lexicon must be a JSON object, got {type(data).__name__}")
    lang = data.get("lang")
    if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
        raise fail("lang", f"expected a 2- or 3-letter lower-case language code, got {lang!r}")
    if expected_lang is not None and lang != expected_lang:
        raise fail("lang", f"file is for {lang!r} but was loaded as {expected_lang!r}")
    if "extends" in data:  # what it leaves out, the lexicon it extends gives
        data = {"prefixes": [], "suffixes": [], "triggers": {}, "not_triggers": [], "outcomes": {}, "groups": {},
                "actors": {}, "negation": [], "hypothetical": [], **data}
    missing = [k for k in _KEYS if k not in data and k not in _OPTIONAL_KEYS]
    if missing:
        raise fail(missing[0], "missing" + (f" (also missing: {', '.join(missing[1:])})" if missing[1:] else ""))
    unknown = sorted(set(data) - set(_KEYS))
    if unknown:
        raise fail(unknown[0], f"unknown key (a typo?); the keys are {', '.join(_KEYS)}")
    if not isinstance(data["name"], str) or not data["name"].strip():
        raise fail("name", "expected the language's English name")
    extends = data.get("extends")
    if extends is not None and (not isinstance(extends, str) or not re.fullmatch(r"[a-z]{2,3}", extends)
                                or extends in (lang, UNIVERSAL)):
        raise fail("extends", f"expected the code of another language's lexicon, got {extends!r}")
    affixes = {}
    for key in ("prefixes", "suffixes"):
        items = data[key]
        if not isinstance(items, list) or not all(isinstance(s, str) and re.fullmatch(_AFFIX, s) for s in items):
            raise fail(key, "expected a list of letter strings (possibly empty)")
        affixes[key] = tuple(items)

    seen: dict[str, str] = {}

    def phrase(key: str, entry: Any, label: str, category: str) -> _Phrase:
        parsed = _parse(entry, lambda problem: fail(key, problem))
        previous = seen.get(category + parsed.key)
        if previous is not None:
            raise fail(key, f"{entry!r} is listed twice in {category} (also as {previous!r}); keep one")
        seen[category + parsed.key] = f"{entry} -> {label}"
        return parsed

    triggers: dict[str, tuple[_Phrase, str, float]] = {}
    table = data["triggers"]
    if not isinstance(table, dict):
        raise fail("triggers", "expected an object {sub-event type: {phrase: weight}}")
    for sub, entries in table.items():
        if sub not in SUB_EVENT_TYPES:
            raise fail("triggers", f"{sub!r} is not an ACLED sub-event type; use one of: {', '.join(SUB_EVENT_TYPES)}")
        if not isinstance(entries, dict):
            raise fail(f"triggers.{sub}", "expected an object {phrase: weight}")
        for entry, weight in entries.items():
            if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not 0 < weight <= 1:
                raise fail(f"triggers.{sub}", f"weight of {entry!r} must be a number in (0, 1], got {weight!r}")
            triggers[entry] = (phrase(f"triggers.{sub}", entry, sub, "triggers"), sub, float(weight))
    blockers = data["not_triggers"]
    if not isinstance(blockers, list):
        raise fail("not_triggers", "expected a list of phrases")
    for entry in blockers:
        triggers[entry] = (phrase("not_triggers", entry, "not a trigger", "triggers"), _BLOCK, 1.0)

    def labelled(key: str, labels: tuple[str, ...]) -> dict[str, tuple[_Phrase, str]]:
        table = data[key]
        if not isinstance(table, dict):
            raise fail(key, "expected an object {label: [phrases]}")
        out: dict[str, tuple[_Phrase, str]] = {}
        for label, entries in table.items():
            if label not in labels:
                raise fail(key, f"{label!r} is not a label of {key}; use one of: {', '.join(labels)}")
            if not isinstance(entries, list):
                raise fail(f"{key}.{label}", "expected a list of phrases")
            for entry in entries:
                out[entry] = (phrase(f"{key}.{label}", entry, label, key), label)
        return out

    cues: dict[str, tuple[_Phrase, str]] = {}
    for key in CUES:
        entries = data.get(key, [])
        if not isinstance(entries, list):
            raise fail(key, "expected a list of phrases")
        for entry in entries:
            cues[entry] = (phrase(key, entry, key, "cues"), key)
    return _Data(
        lang=lang, name=data["name"], where=where, prefixes=affixes["prefixes"], suffixes=affixes["suffixes"],
        triggers=triggers, outcomes=labelled("outcomes", OUTCOMES), groups=labelled("groups", GROUPS),
        actors=labelled("actors", ACTOR_LABELS), cues=cues, extends=extends,
    )


def _merge(parts: list[_Data], category: str) -> dict[str, tuple[Any, ...]]:
    """Entries of ``category`` from every part; a later part's entry replaces an earlier one with the same key."""
    by_key: dict[str, tuple[str, tuple[Any, ...]]] = {}
    for part in parts:
        for entry, value in part[category].items():
            by_key[value[0].key] = (entry, value)
    return {entry: value for entry, value in by_key.values()}


def _build(parts: list[_Data], lang: str) -> EventLexicon:
    own = parts[-1]
    prefixes = tuple(dict.fromkeys(p for part in parts for p in part.prefixes))
    suffixes = tuple(dict.fromkeys(s for part in parts for s in part.suffixes))
    triggers = _merge(parts, "triggers")
    tables = {key: _merge(parts, key) for key in ("outcomes", "groups", "actors", "cues")}

    def matcher(entries: dict[str, tuple[Any, ...]]) -> _Matcher[str]:
        table = {value[0]: (value[1], value[2] if len(value) > 2 else 1.0) for value in entries.values()}
        return _Matcher(table, prefixes, suffixes)

    def plain(entries: dict[str, tuple[Any, ...]]) -> Mapping[str, str]:
        return MappingProxyType({entry: value[1] for entry, value in entries.items()})

    return EventLexicon(
        lang=lang,
        name=own.name if own.lang == lang else "Universal",
        trigger_table=MappingProxyType({e: (v[1], v[2]) for e, v in triggers.items() if v[1] != _BLOCK}),
        not_triggers=frozenset(e for e, v in triggers.items() if v[1] == _BLOCK),
        outcome_table=plain(tables["outcomes"]),
        group_table=plain(tables["groups"]),
        actor_table=plain(tables["actors"]),
        cue_table=plain(tables["cues"]),
        sources=tuple(part.where for part in parts),
        _triggers=matcher(triggers),
        _outcomes=matcher(tables["outcomes"]),
        _groups=matcher(tables["groups"]),
        _actors=matcher(tables["actors"]),
        _cues=matcher(tables["cues"]),
    )
