"""Translations of ISO 3166 names from the iso-codes project, as ``pycountry`` ships them.

iso-codes translates the names of countries (gettext domain ``iso3166-1``) into about 160 languages
and those of subdivisions (``iso3166-2``) into about 70: "Sichuan Sheng" is 四川省 in Chinese and
Сычуань in Russian. The sources use them as alternate names.

>>> ("Сычуань", "ru") in translated("iso3166-2", ["Sichuan Sheng"])
True
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterable
from functools import lru_cache

__all__ = ["translated"]


@lru_cache(maxsize=4)
def _catalogues(domain: str) -> tuple[tuple[str, gettext.NullTranslations], ...]:
    """``(language, catalogue)`` for every locale of pycountry that translates ``domain``."""
    import pycountry

    out = []
    for locale in sorted(os.listdir(pycountry.LOCALES_DIR)):
        try:
            catalogue = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale])
        except OSError:
            continue
        out.append((locale.split("_")[0].split("@")[0], catalogue))
    return tuple(out)


def translated(domain: str, names: Iterable[str]) -> list[tuple[str, str]]:
    """``(translation, language)`` of each of ``names`` (English msgids of ``domain``) in every language
    that translates it to something else, in locale order, without repeats."""
    english = list(names)
    out: dict[tuple[str, str], None] = {}
    for lang, catalogue in _catalogues(domain):
        for name in english:
            local = catalogue.gettext(name)
            if local != name and local.strip():
                out[(local.strip(), lang)] = None
    return list(out)
