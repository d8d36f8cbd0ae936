"""Tokens and sentences with character offsets into the original text.

>>> toks = tokenize("BAKU -- Fighting in Nagorno-Karabakh, the U.S. said.")
>>> [t.text for t in toks]
['BAKU', '--', 'Fighting', 'in', 'Nagorno-Karabakh', ',', 'the', 'U.S.', 'said', '.']
>>> toks[4].start, toks[4].end
(20, 36)
>>> [t.text for t in tokenize("frappes sur l'Ukraine et d’Alep")]
['frappes', 'sur', "l'", 'Ukraine', 'et', 'd’', 'Alep']
>>> [s.text for s in sentences("He left Kyiv. Then Mr. Smith arrived in Lviv! Done", abbreviations={"mr."})]
['He left Kyiv.', 'Then Mr. Smith arrived in Lviv!', 'Done']
>>> [s.text for s in sentences("北京下雨。上海也下雨。")]
['北京下雨。', '上海也下雨。']
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

__all__ = ["INDIC_MARKS", "Sentence", "Token", "build_tokens", "caseless_letter", "is_caseless", "is_word_token",
           "sentences", "token_columns", "tokenize"]

# Words: letters/digits/marks, joined by internal apostrophes, hyphens or dots of abbreviations. Every
# alternative but the punctuation ones starts with a letter or digit, matched once: a letter may go on as
# an abbreviation (U.S., U.K., W.Va., D.C.); otherwise the word goes on (possessive repeats: nothing after
# them can fail, so they never need to give characters back).
# Combining marks belong to their word: Latin accents, Arabic vowels, and the vowel signs of the scripts
# of South and Southeast Asia (Devanagari to Sinhala, Thai, Lao, Burmese, Khmer: मुंबई, เชียงใหม่).
# Their full stops (danda ।, Burmese ။, Khmer ។) stay punctuation.
# Inside a word the zero-width non-joiner (U+200C) joins its parts: Persian writes it there (سه‌شنبه "Tuesday").
#: The vowel signs, nasal marks and viramas of the scripts of South Asia (Devanagari to Sinhala) as the body of
#: a regular expression's character class: ``\w`` leaves them out, yet they are part of their word (हिंदी, বাংলা).
INDIC_MARKS = "".join(chr(c) for c in range(0x0900, 0x0E00) if unicodedata.category(chr(c)) in ("Mn", "Mc"))
# Between Hebrew letters a double quote or gershayim marks an acronym (ארה"ב, צה״ל) and a geresh a borrowed sound
# (ג׳נין): one word.
_WORD_CHAR = (r"[\w\u0300-\u036f\u064b-\u065f\u0900-\u0963\u0966-\u0dff\u0e00-\u0eff\u1000-\u1049"
              r"\u104c-\u109f\u1780-\u17d3\u17d7-\u17ff]")
# Possessive quantifiers ("*+": what they took is never given back) spare the engine work, but only Python 3.11.5
# and later match them right: 3.10 cannot compile them and 3.11.0-3.11.4 (Debian 12's Python is 3.11.2) loop
# forever on a repeated group that holds one (CPython gh-106052). There the plain greedy quantifiers, which give the
# same tokens (no character a word's repeat takes can start what follows it), a little slower.
#: Is the regex engine one that matches possessive quantifiers right?
POSSESSIVE_OK = sys.version_info >= (3, 11, 5)


def _token_pattern(possessive: bool) -> str:
    """The token regex's source, with possessive quantifiers (``*+``) or their plain greedy equivalents."""
    plus = "+" if possessive else ""
    return (
        # Every token opens with a character that is neither white space, a zero-width space (Khmer word breaks) nor "_"
        # (only those lie between tokens): matched first, it lets the engine skip white space at once.
        r"[^\s_\u200b](?:"
        # An elided article or preposition before a capital is a token of its own: l'Ukraine, d'Alep,
        # dell'Ucraina, L'Irak; "Kyiv's" keeps its possessive (the capital comes before the apostrophe there).
        # Possessive: the letters before the apostrophe are never given back (none of them is one).
        r"(?<=[a-zà-öø-ÿ])[a-zà-öø-ÿ]{0,5}" + plus + r"['’ʼ](?=[A-ZÀ-ÖØ-Þ])"
        r"|(?<=L)['’ʼ](?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"  # ... also the article opening a sentence: L'Ukraine
        # After a letter or digit: U.S., U.K., W.Va., D.C. style abbreviations (the dot is matched before the look
        # back at the letter before it, so that the engine drops this branch at once after most letters), or a word:
        # inner ' - and ZWNJ, ZWJ (Sinhala ශ්‍රී); Hebrew gershayim and geresh (ארה"ב, צה״ל, ג׳נין).
        r"|(?<=[^\W_])(?:\.(?<=[^\W\d_]\.)(?:[^\W\d_]{1,3}\.)+"
        r"|" + _WORD_CHAR + "*" + plus + r"(?:(?:['’ʼ‘`\-‐‑\u200c\u200d]|(?<=[\u05d0-\u05ea])[\"\u05f3\u05f4])[^\W_]"
        + _WORD_CHAR + "*" + plus + ")*" + plus + ")"
        r"|(?<=-)-+"  # dashes: --, ---
        r"|)"  # any other character (a dash — or –, a punctuation mark) is a token of its own
    )


_TOKEN = re.compile(_token_pattern(POSSESSIVE_OK), re.UNICODE)
# Splitting at the tokens gives [gap, token, gap, token, ..., gap]: the gaps are what no token covers (white
# space and underscores). Lengths of gaps and tokens, summed in C, give the offsets.
_SPLIT = re.compile("(" + _TOKEN.pattern + ")", re.UNICODE)


class Token(NamedTuple):
    """A token: its text, ``[start, end)`` offsets into the input, and its orthography.

    ``is_cap``: starts with an upper-case letter; ``caseless``: written in a script
    without letter case (Arabic, Chinese, ...).
    """

    text: str
    start: int
    end: int
    is_word: bool
    is_cap: bool
    caseless: bool

    @property
    def is_upper(self) -> bool:
        return self.text.isupper() and sum(c.isalpha() for c in self.text) >= 2


class Sentence(NamedTuple):
    """A sentence: its offsets, text and index in the document (a named tuple: cheap to build).

    >>> Sentence(0, 4, 9, "Rain.").text
    'Rain.'
    """

    index: int
    start: int
    end: int
    text: str


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    return tokens_and_starts(text, start, end)[0]


def tokens_and_starts(text: str, start: int = 0, end: int | None = None) -> tuple[list[Token], list[int]]:
    """:func:`tokenize`, with the list of the tokens' start offsets (which it has computed anyway).

    >>> tokens_and_starts("Rain in Kyiv.")[1]
    [0, 5, 8, 12]
    """
    words, starts, ends = token_columns(text, start, end)
    return build_tokens(words, starts, ends), starts


def token_columns(text: str, start: int = 0, end: int | None = None) -> tuple[list[str], list[int], list[int]]:
    """The tokens of ``text[start:end]`` as three parallel lists: texts, start and end offsets into ``text``.

    What :func:`tokenize` gives without building a :class:`Token` per token (the geoparser reads
    most tokens only through these lists).

    >>> token_columns("Rain in Kyiv.")
    (['Rain', 'in', 'Kyiv', '.'], [0, 5, 8, 12], [4, 7, 12, 13])
    """
    n = len(text)
    start, stop = min(max(start, 0), n), n if end is None else min(max(end, 0), n)  # as re's pos and endpos
    if start or stop < n:
        text = text[start:stop]
    parts = _SPLIT.split(text)
    if len(parts) == 1:
        return [], [], []
    offsets = list(accumulate(map(len, parts), initial=start))
    return parts[1::2], offsets[1:-1:2], offsets[2::2]


def build_tokens(words: list[str], starts: list[int], ends: list[int]) -> list[Token]:
    """:class:`Token` objects from the columns :func:`token_columns` gives."""
    firsts = list(map(_first, words))
    return list(map(tuple.__new__, repeat(Token), zip(
        words, starts, ends, map(_IS_WORD.__getitem__, firsts), map(_IS_CAP.__getitem__, firsts),
        map(_CASELESS.__getitem__, firsts))))


def is_word_token(word: str) -> bool:
    """Is a token with text ``word`` a word (it starts with a letter or digit), as :attr:`Token.is_word` says?"""
    return _IS_WORD[word[0]]


def is_caseless(word: str) -> bool:
    """Is a token with text ``word`` written in a script without case, as :attr:`Token.caseless` says?

    >>> is_caseless("دمشق"), is_caseless("Kyiv"), is_caseless("12")
    (True, False, False)
    """
    return _CASELESS[word[0]]


def caseless_letter(char: str) -> bool:
    """Is ``char`` a letter of a script written without letter case (Arabic, Chinese, Georgian, ...)?

    Georgian has capitals in Unicode (Mtavruli), yet its texts are written in the caseless Mkhedruli
    letters alone: a Georgian name never starts with a capital.

    >>> caseless_letter("د"), caseless_letter("თ"), caseless_letter("K"), caseless_letter("1")
    (True, True, False, False)
    """
    return char.isalpha() and (char.lower() == char.upper() or "\u10d0" <= char <= "\u10ff")


class _Orthography(dict):  # type: ignore[type-arg]
    """``first character -> one trait of tokens starting with it``, filled on first sight."""

    def __init__(self, trait: Callable[[str], bool]) -> None:
        super().__init__()
        self.trait = trait

    def __missing__(self, first: str) -> bool:
        value = self[first] = self.trait(first)
        return value


_IS_WORD = _Orthography(str.isalnum)
_IS_CAP = _Orthography(str.isupper)
_CASELESS = _Orthography(caseless_letter)
_first = itemgetter(0)


# A sentence end: end punctuation (and closing quotes or brackets) before white space, a blank line, or a
# line break before a word. Written to start with one character class, so that the regex engine skips
# quickly to the candidates.
# (The Armenian full stop ։ is read as a dot.) The full stops of Chinese and Japanese (。！？), of Devanagari (। ॥),
# Burmese (။), Khmer (។) and Ethiopic (። ፧) end a sentence without white space after them.
_SENT_END = re.compile(
    r"[.!?。！？؟।॥။។።፧։\n](?:(?<=[.!?؟։])[.!?。！？؟]*[\"'”’»)\]]*(?=\s)|(?<=[。！？।॥။។።፧])[。！？]*[\"'”’»)\]」』]*"
    r"|(?<=\n)\s*\n|(?<=\n)(?=\s*[\"'“‘«(]?[^\W\d_]))"
)
_INITIALS = re.compile(r"[^\W\d_]\.|(?:[^\W\d_]\.){2,}")
_NEXT_LETTER = re.compile(r"[ \t]*([^\W\d_])")
# From where it starts to its last white space (\s is what str.isspace says): ends where the last word begins.
_UP_TO_LAST_SPACE = re.compile(r".*\s", re.DOTALL)


def sentences(text: str, abbreviations: Iterable[str] = ()) -> list[Sentence]:
    """Split ``text`` into sentences at end punctuation and line breaks.

    A dot after a known abbreviation (``Mr.``, ``Gen.``) or a single capital letter
    (``J. Smith``) does not end a sentence.
    """
    abbr = _lowered(abbreviations) if isinstance(abbreviations, frozenset) else {a.lower() for a in abbreviations}
    out: list[Sentence] = []
    begin = 0
    for m in _SENT_END.finditer(text):
        at, stop = m.span()
        char = text[at]
        if char == "\n":
            if stop - at == 1 and (nxt := _NEXT_LETTER.match(text, stop)) is not None and nxt.group(1).islower():
                continue  # a line wrapped inside a sentence
        elif char == ".":
            before = _word_before_dot(text, begin, at).lower()
            # An abbreviation, or initials (whose last letter follows a dot, or opens the word: "J.", "U.S.").
            if before in abbr or ((len(before) == 2 or before[-3:-2] == ".") and _INITIALS.fullmatch(before)):
                continue
        _add(out, text, begin, stop)
        begin = stop
    _add(out, text, begin, len(text))
    return out


def _word_before_dot(text: str, begin: int, at: int) -> str:
    """The word the dot at ``at`` ends, with the dot: from the last white space between ``begin`` and ``at``.

    >>> _word_before_dot("Then Mr. Smith", 0, 7), _word_before_dot("x\\tU.S.", 0, 5)
    ('Mr.', 'U.S.')
    """
    # The last space or line break; what lies between it and the dot must hold no other white space (a
    # printable string holds none but the space), else the regular expression finds the last one.
    cut = max(text.rfind(" ", begin, at), text.rfind("\n", begin, at)) + 1
    word = text[cut or begin:at + 1]
    if word.isprintable():
        return word
    space = _UP_TO_LAST_SPACE.match(text, begin, at)
    return text[space.end() if space is not None else begin:at + 1]


@lru_cache(maxsize=64)
def _lowered(abbreviations: frozenset[str]) -> frozenset[str]:
    return frozenset(a.lower() for a in abbreviations)


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    """Append ``text[start:end]`` without its white space at either end, unless nothing is left."""
    piece = text[start:end]
    body = piece.strip()  # str.strip removes what str.isspace says is white space
    if body:
        start += len(piece) - len(piece.lstrip())
        out.append(tuple.__new__(Sentence, (len(out), start, start + len(body), body)))
