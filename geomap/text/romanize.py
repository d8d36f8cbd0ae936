"""Latin spellings of a Devanagari word, the way Indian place names are written in the gazetteer.

Hindi news writes a district such as कुपवाड़ा (Kupwara) or पुंछ (Poonch) that the gazetteer may know only in
Latin letters. :func:`latin_keys` gives the folded Latin keys such a word may be filed under: the common
romanisations of each letter (व as v or w, ड़ as r, औ as au, ou or ao, ऊ as u or oo), the inherent vowel of a
consonant kept or dropped (Hindi drops it at the end of a word and often inside it: पुलवामा is "pulwama"),
and the nasal mark as n or m. The keys are folded like :func:`gazetteer.fold` (lower-case ASCII).

>>> "kupwara" in latin_keys("कुपवाड़ा"), "pulwama" in latin_keys("पुलवामा"), "punch" in latin_keys("पुंछ")
(True, True, True)
>>> latin_keys("Kupwara")
()
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from itertools import product

__all__ = ["MAX_KEYS", "is_devanagari", "latin_keys"]

#: At most this many keys per word (the most likely first).
MAX_KEYS = 96

_CONSONANTS = {
    "क": ("k",), "ख": ("kh",), "ग": ("g",), "घ": ("gh",), "ङ": ("n",), "च": ("ch",), "छ": ("chh", "ch"),
    "ज": ("j",), "झ": ("jh",), "ञ": ("n",), "ट": ("t",), "ठ": ("th",), "ड": ("d",), "ढ": ("dh",), "ण": ("n",),
    "त": ("t",), "थ": ("th",), "द": ("d",), "ध": ("dh",), "न": ("n",), "प": ("p",), "फ": ("ph", "f"), "ब": ("b",),
    "भ": ("bh",), "म": ("m",), "य": ("y",), "र": ("r",), "ल": ("l",), "व": ("w", "v"), "श": ("sh",),
    "ष": ("sh",), "स": ("s",), "ह": ("h",),
}
# With the nukta (़) under them: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़.
_NUKTA_FORMS = {"क": ("q", "k"), "ख": ("kh",), "ग": ("gh", "g"), "ज": ("z", "j"), "ड": ("r", "d"),
                "ढ": ("rh", "dh"), "फ": ("f", "ph"), "य": ("y",)}
_VOWELS = {
    "अ": ("a",), "आ": ("a",), "इ": ("i",), "ई": ("i", "ee"), "उ": ("u",), "ऊ": ("u", "oo"), "ऋ": ("ri",),
    "ए": ("e",), "ऐ": ("ai", "e"), "ओ": ("o",), "औ": ("au", "ou", "ao"), "ऑ": ("o",),
}
_SIGNS = {
    "ा": ("a",), "ि": ("i",), "ी": ("i", "ee"), "ु": ("u",), "ू": ("u", "oo"), "ृ": ("ri",), "े": ("e",),
    "ै": ("ai", "e"), "ो": ("o",), "ौ": ("au", "ou", "ao"), "ॉ": ("o",),
}
_NASALS = frozenset("ंँ")
_VIRAMA = "्"
_NUKTA = "़"
_LABIALS = frozenset("पफबभम")


def is_devanagari(word: str) -> bool:
    """Is ``word`` written in Devanagari (its first letter)?

    >>> is_devanagari("कुपवाड़ा"), is_devanagari("Kupwara")
    (True, False)
    """
    return bool(word) and "\u0900" <= word[0] <= "\u097f"


def _units(word: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...] | None]] | None:
    """The word as ``(kind, letters, vowel)`` units: a consonant with its vowel (None when it keeps its inherent
    vowel, () after a virama), an independent vowel, or a nasal mark; None for any other character."""
    text = unicodedata.normalize("NFD", word)
    units: list[tuple[str, tuple[str, ...], tuple[str, ...] | None]] = []
    k = 0
    while k < len(text):
        ch = text[k]
        if ch in _CONSONANTS:
            letters = _CONSONANTS[ch]
            k += 1
            if k < len(text) and text[k] == _NUKTA:
                letters = _NUKTA_FORMS.get(ch, letters)
                k += 1
            vowel: tuple[str, ...] | None = None
            if k < len(text) and text[k] in _SIGNS:
                vowel = _SIGNS[text[k]]
                k += 1
            elif k < len(text) and text[k] == _VIRAMA:
                vowel = ()
                k += 1
            units.append(("c", letters, vowel))
        elif ch in _VOWELS:
            units.append(("v", _VOWELS[ch], None))
            k += 1
        elif ch in _NASALS:
            units.append(("n", ("n", "m"), None))
            k += 1
        else:
            return None
    return units


@lru_cache(maxsize=4096)
def latin_keys(word: str) -> tuple[str, ...]:
    """Folded Latin keys a Devanagari place name may be filed under, most likely first; () for other words."""
    if not is_devanagari(word):
        return ()
    units = _units(word)
    if not units:
        return ()
    parts: list[tuple[str, ...]] = []
    for n, (kind, letters, vowel) in enumerate(units):
        if kind != "c":
            nasal_m = kind == "n" and _next_letter(word, n) in _LABIALS
            parts.append(("m", "n") if nasal_m else letters if kind == "v" else ("n",))
            continue
        if vowel is not None:
            parts.append(tuple(c + v for c in letters for v in (vowel or ("",))))
            continue
        last = n == len(units) - 1
        # The inherent vowel: dropped at the end of a word, kept or dropped inside it (पुलवामा "pulwama").
        endings = ("", "a") if last or n > 0 else ("a", "")
        if n + 1 < len(units) and units[n + 1][0] == "n":
            endings = ("a",)  # before a nasal mark: पंजाब "panjab"
        parts.append(tuple(c + v for c in letters for v in endings))
    keys: list[str] = []
    for combo in product(*parts):
        key = "".join(combo)
        if key not in keys:
            keys.append(key)
        if len(keys) >= MAX_KEYS:
            break
    return tuple(keys)


def _next_letter(word: str, unit: int) -> str:
    """The consonant of the unit after ``unit`` (for the nasal mark before a labial: चंपारण "champaran")."""
    units = 0
    for ch in unicodedata.normalize("NFD", word):
        if ch in _CONSONANTS or ch in _VOWELS or ch in _NASALS:
            if units == unit + 1:
                return ch
            units += 1
    return ""
