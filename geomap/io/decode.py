"""Turn the bytes of an article into text: UTF-8 first, then a detected encoding, never an exception.

UTF-8 (with or without a byte-order mark) is taken as it is. Other bytes go to
charset-normalizer; its guess is used when it is a confident one (the decoded text reads as a
language, or many bytes agree on it). Otherwise the bytes are read as UTF-8 with every invalid
sequence replaced by U+FFFD, and a warning says so, so that one stray byte never stops an article.

>>> decode_bytes("Kyiv".encode("utf-8"))
Decoded(text='Kyiv', encoding='utf-8', warnings=())
>>> decoded = decode_bytes("Паводок затопил улицы города, жители покинули дома.".encode("cp1251"))
>>> decoded.text[:7], decoded.encoding
('Паводок', 'cp1251')
>>> decode_bytes(b"Kyiv \\xff").text
'Kyiv \\ufffd'
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

__all__ = ["Decoded", "declared_charset", "decode_bytes", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
#: How much of a document the detector looks at (it is slow on megabytes).
_SAMPLE = 256 * 1024


class Decoded(NamedTuple):
    """Text decoded from bytes, the encoding used and warnings for the reader."""

    text: str
    encoding: str
    warnings: tuple[str, ...]


def _codec(name: str | None) -> str | None:
    """The Python codec called ``name`` (a charset label from HTTP or HTML), or None if unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().strip("'\"")).name
    except LookupError:
        return None


def looks_binary(data: bytes) -> bool:
    """Do the first 8 KB of ``data`` hold a NUL byte (an image, a PDF, an executable), UTF-16/32 aside?

    >>> looks_binary(b"%PDF-1.7\\n\\x00\\x01"), looks_binary("Kyiv".encode("utf-16")), looks_binary(b"Kyiv")
    (True, False, False)
    """
    return b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff"))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes (``<meta charset>``).

    >>> declared_charset(b'<html><head><meta charset="windows-1251"></head>')
    'cp1251'
    >>> declared_charset(b"<p>no declaration</p>") is None
    True
    """
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return _codec(match.group(1).decode("ascii")) if match else None


#: Encodings web pages and office files use most, preferred when the detector finds several equally good.
_COMMON = (
    "cp1252", "cp1251", "cp1250", "cp1256", "cp1253", "cp1254", "cp1255", "cp1257", "cp1258", "cp874",
    "koi8_r", "koi8_u", "gb18030", "gbk", "gb2312", "big5", "cp932", "shift_jis", "euc_jp", "cp949", "euc_kr",
    "iso8859_2", "iso8859_5", "iso8859_6", "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_15", "latin_1",
)


def _detect(data: bytes) -> str | None:
    """charset-normalizer's encoding for ``data`` when the guess deserves trust, else None.

    Short texts often fit several code pages equally well (mac_cyrillic and cp1251); among
    the guesses about as good as the best one, the encoding most used on the web wins.
    """
    from charset_normalizer import from_bytes

    sample = data[:_SAMPLE]
    results = list(from_bytes(sample))
    if not results:
        return None
    best = results[0]
    high = sum(1 for byte in sample if byte >= 0x80)
    if high < 2 or not (best.coherence >= 0.1 or (high >= 3 and best.chaos <= 0.05)):
        return None
    near = [r for r in results if r.chaos <= best.chaos + 0.02 and r.coherence >= best.coherence - 0.1]
    for common in _COMMON:
        for result in near:
            if common in result.could_be_from_charset:
                return _codec(common)
    return _codec(best.encoding)


def decode_bytes(data: bytes, name: str = "input", declared: str | None = None) -> Decoded:
    """Decode ``data`` (called ``name`` in warnings); ``declared`` is a charset the container states.

    Order: a byte-order mark; valid UTF-8; the ``declared`` charset (HTTP header, ``<meta>``) if
    the bytes decode with it; UTF-8 with replacement when the bytes are UTF-8 with a few stray
    bytes (valid multi-byte characters outnumber the bad sequences, or a longer text has fewer
    than 3); charset-normalizer's confident guess; UTF-8 with replacement.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            try:
                data.decode(encoding)
            except UnicodeDecodeError as exc:
                return Decoded(text, encoding.replace("-sig", ""), (
                    f"{name} starts with a {encoding} byte-order mark but has invalid bytes from offset "
                    f"{exc.start}; they were replaced with U+FFFD. Re-save the file as UTF-8",))
            return Decoded(text, encoding.replace("-sig", ""), ())
    try:
        return Decoded(data.decode("utf-8"), "utf-8", ())
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    codec = _codec(declared)
    if codec and codec != "utf-8":
        try:
            return Decoded(data.decode(codec), codec, ())
        except UnicodeDecodeError:
            pass
    replaced = data.decode("utf-8", errors="replace")
    invalid = replaced.count("\ufffd") - data.count("\ufffd".encode())
    multibyte = sum(1 for ch in replaced if ord(ch) > 0x7F) - invalid
    stray = (multibyte >= invalid) or (invalid < 3 and len(data) > 300)  # UTF-8 with a few bad bytes
    detected = None if stray else _detect(data)
    if detected and detected != "utf-8":
        return Decoded(data.decode(detected, errors="replace"), detected,
                       (f"{name} is not UTF-8; decoded as {detected} (detected). If the text looks wrong, "
                        f"convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8",))
    return Decoded(replaced, "utf-8", (
        f"{name} is not valid UTF-8 (first bad byte at offset {first_bad}); {invalid} undecodable byte sequence(s) "
        f"were replaced with U+FFFD. Convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8",))
