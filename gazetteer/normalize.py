"""Name folding: the one key every name and every query is matched on.

Folding is Unicode NFKC normalisation, transliteration of every script to ASCII
(``anyascii``), case folding, removal of apostrophes and modifier letters, and
hyphens, dots and runs of white space turned into one space. The original
spelling is always kept beside the key; the key is only for matching.

>>> fold("Düsseldorf") == fold("Dusseldorf") == fold("DÜSSELDORF")
True
>>> fold("Баку")
'baku'
>>> fold("Nagorno-Karabakh") == fold("Nagorno Karabakh")
True
>>> fold("Stepʻanakert")
'stepanakert'
>>> light_fold("Bakı")
'baki'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

__all__ = ["fold", "is_code_like", "light_fold"]

# Apostrophe-like characters vanish (Stepʻanakert, D'Aunoy, Kyiv's soft sign marks).
_APOSTROPHES = "'`\u00b4\u02b9\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019\u201b\u2032\u0060"
_DROP = str.maketrans("", "", _APOSTROPHES)
# Everything that is not a letter or digit separates words.
_SEPARATORS = re.compile(r"[^0-9a-z]+")
_LIGHT_SEPARATORS = re.compile(r"[\W_]+", re.UNICODE)


def fold(name: str) -> str:
    """Return the ASCII matching key of ``name`` (may be empty)."""
    if name.isascii():
        text = name.translate(_DROP).lower()
    else:
        text = anyascii(unicodedata.normalize("NFKC", name).translate(_DROP)).translate(_DROP).lower()
    return _SEPARATORS.sub(" ", text).strip()


@lru_cache(maxsize=65536)
def light_fold(name: str) -> str:
    """Fold case, diacritics and punctuation but keep the script (Київ stays Cyrillic).

    Used to tell an exact spelling match from a match through transliteration.
    """
    text = unicodedata.normalize("NFKD", name.translate(_DROP))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = unicodedata.normalize("NFKC", text).casefold()
    # Dotless i and schwa fold to their Latin base letters.
    text = text.replace("ı", "i").replace("ə", "e")
    return _LIGHT_SEPARATORS.sub(" ", text).strip()


_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def is_code_like(name: str) -> bool:
    """True for short upper-case codes such as IATA ``BAK`` or ``EVN``.

    >>> is_code_like("BAK"), is_code_like("Baku")
    (True, False)
    """
    return bool(_CODE.match(name))
