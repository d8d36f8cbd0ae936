"""Language identification of article text (offline: the py3langid model ships in its package).

:func:`detect` classifies the first ~1000 characters with py3langid's naive Bayes model,
restricted to ISO 639-1 languages (Latin, Esperanto and a few regional languages that
steal short texts from their big neighbours are left out; Moroccan and Egyptian Arabic
count as Arabic). Two close pairs get a second look:

- Indonesian and Malay: the model often says ``ms`` for Indonesian news. Spelling and
  vocabulary that differ between the two standards (``karena``/``kerana``,
  ``bisa``/``boleh``, ``yaitu``/``iaitu``, ``polisi``/``polis``, ``Senin``/``Isnin``...)
  decide; a tie goes to Indonesian.
- Russian and Ukrainian: letters only one of them uses (``і ї є ґ`` against ``ы э ъ ё``)
  overrule the model when only one set occurs.
- Chinese and Japanese: both write with Han characters; kana decide. Japanese text has them
  (the particles の, は, が), Chinese has none.
- Languages the model lacks, told by their letters and words: Kurdish Sorani (``ckb``) by the letters only it
  writes among the Arabic-script languages (``ڕ ڵ ێ``, and ``ۆ ە`` without Uyghur's ``ۇ ۈ ې``); Tigrinya (``ti``)
  against Amharic by its letters (``ቐ``, ``ኸ`` and their series) and function words (``ኣብ``, ``ናይ``, ``እዩ``).

>>> detect("Hujan deras sejak kemarin sore membuat sungai meluap dan merendam rumah warga.")
'id'
>>> detect("   "), detect("12 345 678")
('und', 'und')
>>> detect("La pluie a inondé le village pendant la nuit.", candidates=["fr", "en"])
'fr'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = ["SAMPLE_CHARS", "UNDETERMINED", "detect", "supported"]

UNDETERMINED = "und"
#: How much of the text is classified: the start of an article says which language it is in.
SAMPLE_CHARS = 1000

# Codes of the model left out: Latin, Esperanto, Volapük, Aragonese, Occitan, Walloon, Sanskrit and "no language".
_EXCLUDED = frozenset({"la", "eo", "vo", "an", "oc", "wa", "sa", "zxx"})
# Model labels folded into an ISO 639-1 code.
_FOLD = {"ary": "ar", "arz": "ar"}
_ALIASES = {"in": "id", "iw": "he", "ji": "yi"}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_LATIN_WORD = re.compile(r"[a-z]+")
# Words whose standard form differs between Indonesian and Malaysian Malay (news register).
_INDONESIAN = _words(
    """
    karena bisa yaitu yakni bahwa setelah kemarin polisi pemerintah kepolisian pengadilan kantor uang mobil tewas
    usai agustus desember senin kamis jumat rupiah rp kabupaten kecamatan provinsi nggak enggak mengatakan ujar
    ujarnya tutur tuturnya warga harus gedung diduga gratis universitas kendaraan korban tentara
    """
)
_MALAY = _words(
    """
    kerana boleh iaitu bahawa selepas semasa polis kerajaan mahkamah pejabat wang terbunuh ogos disember isnin
    khamis jumaat ringgit rm baharu berkata menerusi bagaimanapun manakala sahaja hospital akhbar kenderaan
    mangsa sebarang tentera bilangan dimaklumkan kelmarin encik puan dipercayai disyaki universiti percuma
    bomba bumbung berhampiran sempadan askar memberitahu menafikan
    """
)
_KANA = re.compile("[\u3040-\u30ff]")
_UKRAINIAN_LETTERS = frozenset("іїєґ")
#: Letters only Sorani writes among the Arabic-script languages; two more it shares with Uyghur; Uyghur's own.
_SORANI_LETTERS = frozenset("ڕڵێ")
_SORANI_SHARED = frozenset("ۆە")
_UYGHUR_LETTERS = frozenset("ۇۈې")
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")
_ETHIOPIC = re.compile("[\u1200-\u137f]")
#: Tigrinya's own letters (the qh and kh series) and its commonest function words, against Amharic's.
_TIGRINYA_LETTERS = re.compile("[\u1250-\u125d\u12b8-\u12be\u12c0-\u12c5]")
_TIGRINYA = _words("ኣብ ካብ ናብ ናይ እዩ እያ እዮም እዮን እቲ እታ እቶም ኣብቲ ካብቲ ናብቲ ምስ ድማ ኣሎ ኣለዉ ነይሩ ክሳብ እዚ ንሱ ንሳ ንሶም ከምኡ ኢሉ ኢሎም ነቲ ነታ")
_AMHARIC = _words("ነው ናቸው ውስጥ ላይ እና ወደ ጋር ይህ ሲሆን ነበር የሚገኘው መሆኑን ነው። ናቸው። እንደ ግን ደግሞ ብሏል ብለዋል ሆኖም")
_RUSSIAN_LETTERS = frozenset("ыэъё")


@cache
def _identifier() -> LanguageIdentifier:
    """The py3langid model restricted to the languages :func:`detect` may answer (loaded once, ~0.5 s)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    keep = [c for c in identifier.labels if (len(c) == 2 and c not in _EXCLUDED) or c in _FOLD]
    identifier.set_languages(keep)
    return identifier


def supported() -> tuple[str, ...]:
    """ISO 639-1 codes :func:`detect` can return (besides ``und``).

    >>> {"en", "id", "ms", "es", "fr", "ru", "uk", "ar"} <= set(supported())
    True
    """
    return tuple(sorted({_FOLD.get(c, c) for c in _identifier().labels}))


def _code(lang: str) -> str:
    code = re.split(r"[-_\s]", str(lang).strip().lower(), maxsplit=1)[0]
    return _ALIASES.get(code, code)


def _sample(text: str) -> str:
    sample = text[: SAMPLE_CHARS + 200]
    if len(sample) > SAMPLE_CHARS:
        cut = sample.rfind(" ", 0, SAMPLE_CHARS)
        sample = sample[: cut if cut > SAMPLE_CHARS // 2 else SAMPLE_CHARS]
    return _URL.sub(" ", sample)


def detect(text: str, candidates: Iterable[str] | None = None) -> str:
    """ISO 639-1 code of the language of ``text``; ``und`` when there are no letters to judge.

    ``candidates`` restricts the answer to those codes (``in`` and region suffixes such as
    ``en-GB`` are understood); when the model knows none of them the answer is ``und``.
    Only the first :data:`SAMPLE_CHARS` characters are read, so a long article costs the
    same as a short one (about 0.1 ms; the first call loads the model).
    """
    if not isinstance(text, str):
        from ..errors import BadInputError

        raise BadInputError(f"detect() needs text as str, got {type(text).__name__}")
    sample = _sample(text)
    if not any(ch.isalpha() for ch in sample):
        return UNDETERMINED
    own = _unmodelled(sample)
    if own is not None and (candidates is None or own in {_code(c) for c in candidates}):
        return own
    identifier = _identifier()
    if candidates is None:
        wanted: frozenset[str] | None = None
        label, _score = identifier.classify(sample)
        lang = _FOLD.get(label, label)
    else:
        wanted = frozenset(_code(c) for c in candidates)
        lang = None
        for label, _score in identifier.rank(sample):
            code = _FOLD.get(label, label)
            if code in wanted or (code == "ms" and "id" in wanted) or (code == "id" and "ms" in wanted):
                lang = code
                break
        if lang is None:
            return UNDETERMINED
    if lang in ("id", "ms"):
        lang = _indonesian_or_malay(sample, lang, wanted)
    elif lang in ("ru", "uk") and (wanted is None or {"ru", "uk"} <= wanted):
        lang = _russian_or_ukrainian(sample, lang)
    elif lang in ("zh", "ja") and (wanted is None or {"zh", "ja"} <= wanted):
        lang = _chinese_or_japanese(sample)
    return lang


def _unmodelled(sample: str) -> str | None:
    """``ckb`` or ``ti`` when the sample is written in that language, which the model lacks (it says ``ur``, ``fa``
    or ``ar`` for Sorani, ``am`` for Tigrinya), else None.

    >>> _unmodelled("لە شاری سلێمانی پێنج کەس کوژران."), _unmodelled("در شهر سلیمانیه پنج نفر کشته شدند.")
    ('ckb', None)
    >>> _unmodelled("ኣብ መቐለ ሓሙሽተ ሰባት ተቐቲሎም።"), _unmodelled("በመቀሌ ከተማ አምስት ሰዎች ተገድለዋል።")
    ('ti', None)
    """
    if _ARABIC_SCRIPT.search(sample):
        letters = set(sample)
        own = sum(sample.count(c) for c in _SORANI_LETTERS)
        if (own >= 2 or (own and letters & _SORANI_SHARED)) and not letters & _UYGHUR_LETTERS:
            return "ckb"
        return None
    if _ETHIOPIC.search(sample):
        words = sample.split()
        tigrinya = len(_TIGRINYA_LETTERS.findall(sample)) + sum(w in _TIGRINYA for w in words)
        amharic = sum(w in _AMHARIC for w in words)
        glottal, plain = sample.count("ኣ"), sample.count("አ")  # Tigrinya writes a word's first "a" ኣ, Amharic አ
        tigrinya, amharic = tigrinya + (glottal > plain), amharic + (plain > glottal)
        return "ti" if tigrinya > amharic else None
    return None


def _chinese_or_japanese(sample: str) -> str:
    """``ja`` when the Han text holds kana, else ``zh``.

    >>> _chinese_or_japanese("東京都で地震"), _chinese_or_japanese("東京都發生地震")
    ('ja', 'zh')
    """
    return "ja" if _KANA.search(sample) else "zh"


def _indonesian_or_malay(sample: str, lang: str, wanted: frozenset[str] | None) -> str:
    if wanted is not None and not {"id", "ms"} <= wanted:
        return "id" if "id" in wanted else "ms"
    id_score = ms_score = 0
    for word in _LATIN_WORD.findall(sample.lower()):
        if word in _INDONESIAN:
            id_score += 1
        elif word in _MALAY:
            ms_score += 1
    return "ms" if ms_score > id_score else "id"


def _russian_or_ukrainian(sample: str, lang: str) -> str:
    letters = set(sample.lower())
    ukrainian, russian = bool(letters & _UKRAINIAN_LETTERS), bool(letters & _RUSSIAN_LETTERS)
    if ukrainian and not russian:
        return "uk"
    if russian and not ukrainian:
        return "ru"
    return lang
