"""Read an article's text from a file or standard input, in whatever encoding it came.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
>>> _ = path.write_bytes("Floods in Lviv.".encode() + b"\\xff")
>>> text, warnings = read_text(path)
>>> text
'Floods in Lviv.�'
>>> "not valid UTF-8" in warnings[0]
True
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ..errors import BadInputError
from .decode import decode_bytes, looks_binary

__all__ = ["STDIN", "read_bytes", "read_text"]

#: The argument that means "read standard input".
STDIN = "-"


def read_bytes(source: str | os.PathLike[str]) -> tuple[bytes, str]:
    """The bytes of ``source`` (a path, or ``"-"`` for standard input) and a name for messages.

    >>> try:
    ...     read_bytes("/no/such/file.txt")
    ... except BadInputError as exc:
    ...     print(exc)
    /no/such/file.txt: no such file; give the path of a text or HTML file, or - to read standard input
    """
    if str(source) == STDIN:
        return sys.stdin.buffer.read(), "standard input"
    path = Path(source)
    if not path.exists():
        raise BadInputError(f"{path}: no such file; give the path of a text or HTML file, or - to read standard input")
    if path.is_dir():
        raise BadInputError(f"{path} is a directory; give the path of a text file "
                            "(geomap.io.iter_articles reads a whole directory)")
    try:
        return path.read_bytes(), str(path)
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}; check that the file is readable") from None


def read_text(source: str | os.PathLike[str]) -> tuple[str, list[str]]:
    """The text of ``source`` (a path, or ``"-"`` for standard input) and warnings about it.

    UTF-8 is expected (a byte-order mark is dropped); other encodings are detected
    (:func:`geomap.io.decode.decode_bytes`). Bytes that cannot be decoded are replaced with
    U+FFFD and reported in a warning rather than refused, so that one stray byte does not
    stop an article from being read.
    """
    data, name = read_bytes(source)
    if looks_binary(data):
        raise BadInputError(f"{name} is a binary file, not text; give a text or HTML file (convert PDFs and "
                            "office documents to text first)")
    decoded = decode_bytes(data, name)
    warnings = list(decoded.warnings)
    if not decoded.text.strip():
        warnings.append(f"{name} is empty")
    return decoded.text, warnings
