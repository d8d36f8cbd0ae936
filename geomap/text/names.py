"""Common first names and surnames per language, read from ``data/person_names.tsv.gz``.

Many surnames and first names are also places in GeoNames ("Jones", "Scott", "Lincoln",
"Roy", "Ivan", "Hadi"). The place spotter uses these lists to ask for context ("in X",
"the village of X") before it takes such a word for a place. The file is derived by
``scripts/derive_person_names.py`` from the person providers of PyPI ``faker`` (MIT); each
row is ``name``, ``kind`` (``first``, ``last`` or ``both``) and ``langs`` (the ISO 639-1
codes of the faker locales that list it). See ``data/person_names.PROVENANCE.md``.

Lookups are case-sensitive ("Scott", not "scott"): names are stored as written. Every
name is also stored without Arabic short vowels and shadda (``محمّد`` -> ``محمد``), without
zero-width (non-)joiners (Devanagari, Sinhala) and with its other apostrophe
(``O'Brien``/``O’Brien``), so a name found in running text matches either way.

A list entry says the word *can* be a person's name, not that it usually is: faker's
English first names include "London", "China" and "Paris".

>>> is_person_name("Jones", "en"), kind("Jones"), kind("Ivan"), kind("Baghdad")
(True, 'both', 'first', '')
>>> is_person_name("Budi", "id"), is_person_name("Budi", "ru"), is_person_name("Smith", "ru")
(True, False, True)
>>> "Шевченко" in person_names("uk-UA"), "Шевченко" in person_names("en")
(True, False)
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources

__all__ = ["KINDS", "is_person_name", "kind", "languages", "person_names"]

KINDS = ("first", "last", "both")
_HEADER = "name\tkind\tlangs"
_ALIASES = {"in": "id", "iw": "he", "nb": "no", "nn": "no"}  # withdrawn codes; Norwegian written forms
# Arabic short vowels, tanween, shadda, sukun, dagger alif; zero-width non-joiner and joiner.
_MARKS = re.compile("[\u064b-\u0652\u0670\u200c\u200d]")
_APOSTROPHES = str.maketrans({"'": "’", "’": "'"})


def _canonical(lang: str) -> str:
    code = re.split(r"[-_.@\s]", str(lang).strip().lower(), maxsplit=1)[0]
    return _ALIASES.get(code, code)


def _variants(name: str) -> set[str]:
    forms = {name, _MARKS.sub("", name)}
    return forms | {form.translate(_APOSTROPHES) for form in forms}


@cache
def _table() -> Mapping[str, tuple[str, frozenset[str]]]:
    """``name -> (kind, languages)`` for every name of the packaged file and its variants."""
    path = resources.files("geomap.text") / "data" / "person_names.tsv.gz"
    lines = gzip.decompress(path.read_bytes()).decode("utf-8").split("\n")
    if lines[0] != _HEADER:
        raise ValueError(f"{path}: header {lines[0]!r}, expected {_HEADER!r}")
    table: dict[str, tuple[str, frozenset[str]]] = {}
    lang_sets: dict[str, frozenset[str]] = {}
    variants: list[tuple[str, str, frozenset[str]]] = []
    for line in lines[1:]:
        if not line:
            continue
        name, kind_, langs = line.split("\t")
        codes = lang_sets.get(langs)
        if codes is None:
            codes = lang_sets[langs] = frozenset(langs.split(","))
        table[name] = (kind_, codes)
        if not name.isascii() or "'" in name:
            variants.extend((form, kind_, codes) for form in _variants(name) if form != name)
    for form, kind_, codes in variants:
        if form not in table:
            table[form] = (kind_, codes)
        else:  # two spellings in the file fold together: merge them
            old_kind, old_codes = table[form]
            table[form] = (old_kind if old_kind == kind_ else "both", old_codes | codes)
    return table


@cache
def _by_language() -> Mapping[str, frozenset[str]]:
    grouped: dict[str, set[str]] = {}
    for name, (_, codes) in _table().items():
        for code in codes:
            grouped.setdefault(code, set()).add(name)
    return {code: frozenset(names) for code, names in grouped.items()}


def languages() -> tuple[str, ...]:
    """The ISO 639-1 codes that have names, sorted.

    >>> {"en", "id", "ru", "uk", "ar"} <= set(languages())
    True
    """
    return tuple(sorted(_by_language()))


@cache
def person_names(lang: str | None = None) -> frozenset[str]:
    """Names listed for ``lang`` plus the English ones, or every name when ``lang`` is None.

    ``lang`` may carry a region or script ("pt-BR", "zh_Hant"); a language without its own
    lists gets the English names only.

    >>> "Roy" in person_names(), "Hadi" in person_names("id"), "Hadi" in person_names("fr")
    (True, True, False)
    """
    if lang is None:
        return frozenset(_table())
    code = _canonical(lang)
    grouped = _by_language()
    english = grouped.get("en", frozenset())
    return english if code == "en" else english | grouped.get(code, frozenset())


def is_person_name(word: str, lang: str) -> bool:
    """Whether ``word`` is a common first name or surname in ``lang`` (or in English)."""
    return word in person_names(lang)


def kind(word: str) -> str:
    """``"first"``, ``"last"``, ``"both"`` (over all languages), or ``""`` for an unknown word."""
    entry = _table().get(word)
    return entry[0] if entry else ""
