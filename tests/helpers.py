"""Helpers the tests share (imported by name: pytest puts this folder on the path)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import geomap

#: The repository's root (scripts/ and bench/ hold the scripts tests load).
REPO = Path(__file__).resolve().parents[1]

#: Every language with its own pack and event lexicon (a new language adds its code here, in one line).
LANGS = ("en", "id", "es", "fr", "ru", "uk", "ar", "pt", "de", "tr", "it", "pl", "nl", "vi", "zh", "ja", "fa", "sw",
         "he", "ko", "hi", "ur", "bn", "th", "ms", "ps", "ne", "ta", "am", "so", "ha", "az", "hy", "ka", "cs", "sh",
         "el", "ro", "hu")
LANGS += ("bg", "mk", "sk", "be")
LANGS += ("ku", "ckb", "ti", "om")
LANGS += ("my", "km", "tl", "si")
LANGS += ("uz", "kk", "ky", "tg")
LANGS += ("sv", "da", "no", "fi", "sq")

#: The publication date the language-pack tests give their texts.
PUBLISHED = "2024-03-10"


def found(gaz, text: str, lang: str) -> dict[str, tuple[str, str, str, str]]:
    """``{surface: (name, country, feature, role)}`` of the mentions geoparse finds in ``text``."""
    df = geomap.geoparse(text, lang=lang, publication_date=PUBLISHED, gazetteer=gaz)
    return {s: (n, c, f, r) for s, n, c, f, r in zip(df["surface"], df["name"], df["country"], df["feature"],
                                                      df["role"], strict=True)}


def rows(gaz, text: str, lang: str) -> dict[str, dict[str, object]]:
    """``{surface: row}`` of the mentions geoparse finds in ``text`` (every column)."""
    df = geomap.geoparse(text, lang=lang, publication_date=PUBLISHED, gazetteer=gaz)
    return {row["surface"]: row for row in df.to_dict("records")}


def load_script(relative: str) -> ModuleType:
    """The script ``<repo>/<relative>`` (``"bench/geoparse_eval.py"``) imported as a module of its file's name,
    registered in ``sys.modules`` (dataclasses look their module up there)."""
    path = REPO / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
