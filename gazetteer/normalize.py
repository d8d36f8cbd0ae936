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

__all__ = ["fold", "has_latin", "has_marked_letters", "is_code_like", "light_fold", "marked_fold"]

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


# Thai, Lao, Burmese and Khmer write vowels and tones as marks on their letters: the marks tell words apart.
_MARKED_SCRIPTS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
_MARKED = re.compile(f"[{_MARKED_SCRIPTS}]")
_MARKED_SEPARATORS = re.compile(f"[^\\w{_MARKED_SCRIPTS}]+")


def has_marked_letters(text: str) -> bool:
    """Is ``text`` (partly) written in Thai, Lao, Burmese or Khmer, scripts with vowel and tone marks on letters?

    >>> has_marked_letters("ลาว"), has_marked_letters("Laos")
    (True, False)
    """
    return _MARKED.search(text) is not None


def marked_fold(name: str) -> str:
    """:func:`light_fold` that keeps the vowel and tone marks of Thai, Lao, Burmese and Khmer: they tell words
    apart (ลาว is Laos, ล่าว the end of กล่าว, "said").

    >>> marked_fold("สุไหงโก-ลก"), marked_fold("ลาว") == marked_fold("ล่าว")
    ('สุไหงโก ลก', False)
    """
    text = unicodedata.normalize("NFC", name.translate(_DROP)).casefold()
    return _MARKED_SEPARATORS.sub(" ", text).strip()


_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def is_code_like(name: str) -> bool:
    """True for short upper-case codes such as IATA ``BAK`` or ``EVN``.

    >>> is_code_like("BAK"), is_code_like("Baku")
    (True, False)
    """
    return bool(_CODE.match(name))


# Scripts written without short vowels (Arabic, Persian, Urdu; Hebrew): their romanised keys are
# consonant skeletons, so different words share them (وسط "centre" and the Urdu spelling of Vista
# both fold to "wst"). A spelling in such a script matches only the same spelling.
_ABJAD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# Letters written two ways (taa marbuta / haa, alef maqsura / yaa, Persian kaf and yeh) and tatweel.
_ABJAD_SPELLING = str.maketrans({"ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك", "ـ": None})
# Clitics written onto the next word: "and", "with", "to", "as", "the", and their combinations.
_PROCLITICS = ("وبال", "وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك",
               "וה", "וב", "ול", "ומ", "ו", "ה", "ב", "ל", "מ", "ש", "כ")
_ARTICLES = ("ال", "ה")


def is_abjad(text: str) -> bool:
    """Is ``text`` written in a script without short vowels (Arabic, Hebrew)?

    >>> is_abjad("الخرطوم"), is_abjad("Khartoum")
    (True, False)
    """
    return bool(_ABJAD.search(text))


def abjad_forms(text: str) -> frozenset[str]:
    """The spellings ``text`` may stand for, without the clitics and article written onto it.

    >>> sorted(abjad_forms("بالخرطوم"))
    ['الخرطوم', 'بالخرطوم', 'خرطوم']
    """
    word = light_fold(text).translate(_ABJAD_SPELLING)
    forms = {word}
    for clitic in _PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            forms.add(word[len(clitic):])
    # Without the article ("الخرطوم" and "بالخرطوم" both spell "خرطوم").
    forms |= {form[len(a):] for form in forms for a in _ARTICLES if form.startswith(a) and len(form) - len(a) >= 2}
    return frozenset(forms)


def same_abjad_spelling(name: str, query: str) -> bool:
    """Does ``query`` (as written in a text, clitics and all) spell ``name``?

    >>> same_abjad_spelling("الخرطوم", "وبالخرطوم"), same_abjad_spelling("دافاو", "وأضافوا")
    (True, False)
    """
    return not abjad_forms(name).isdisjoint(abjad_forms(query))


# Chinese, Japanese, Korean, Thai, Lao, Khmer and Burmese: transliterated keys are lossy too (homophones: 医院
# "hospital" and a town Yiyuan), and words are written without spaces between them (Korean: with particles
# attached), so names are looked for inside runs of them.
_UNSPACED = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
    r"\uf900-\ufaff]"
)


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def has_latin(text: str) -> bool:
    """Does ``text`` hold a letter of the Latin script (with its diacritics, Vietnamese ones too)?

    >>> has_latin("Đà Nẵng"), has_latin("Новой Каховке"), has_latin("ज़ाम्बोआंगा (क्षेत्र IX)")
    (True, False, True)
    """
    return _LATIN.search(text) is not None


def is_unspaced(text: str) -> bool:
    """Is ``text`` in a script whose words run together (Chinese, Japanese, Korean with its particles, Thai, ...)?

    >>> is_unspaced("乌克兰"), is_unspaced("เชียงใหม่"), is_unspaced("Ukraine")
    (True, True, False)
    """
    return bool(_UNSPACED.search(text))


# The scripts of South Asia (Devanagari to Sinhala): romanised keys lose their vowel lengths and aspirates
# (बारिश "rain" and a spelling of Paris), so they too match only their own spelling.
_INDIC = re.compile(r"[\u0900-\u0dff]")


def is_spelled_exactly(text: str) -> bool:
    """Does a name in ``text``'s script match only its own spelling, never a transliteration?

    True for the unspaced scripts (:func:`is_unspaced`) and those of South Asia; Arabic and Hebrew have
    their own rule (:func:`same_abjad_spelling`); Latin, Cyrillic and Greek match through their keys.

    >>> is_spelled_exactly("मुंबई"), is_spelled_exactly("北京"), is_spelled_exactly("Київ")
    (True, True, False)
    """
    return bool(_UNSPACED.search(text) or _INDIC.search(text))
