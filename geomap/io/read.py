"""Read an article from a UTF-8 text file or standard input.

Kept small on purpose: HTML pages, URLs and whole corpora come later and will grow it.

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

__all__ = ["STDIN", "read_text"]

#: The argument that means "read standard input".
STDIN = "-"


def _read_bytes(source: str | os.PathLike[str]) -> tuple[bytes, str]:
    if str(source) == STDIN:
        return sys.stdin.buffer.read(), "standard input"
    path = Path(source)
    if not path.exists():
        raise BadInputError(f"{path}: no such file; give the path of a UTF-8 text file, or - to read standard input")
    if path.is_dir():
        raise BadInputError(f"{path} is a directory; give the path of a UTF-8 text file")
    try:
        return path.read_bytes(), str(path)
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}; check that the file is readable") from None


def read_text(source: str | os.PathLike[str]) -> tuple[str, list[str]]:
    """The text of ``source`` (a path, or ``"-"`` for standard input) and warnings about it.

    The bytes are decoded as UTF-8 (a byte-order mark is dropped). Bytes that are not
    UTF-8 are replaced with U+FFFD and reported in a warning rather than refused, so
    that one stray byte does not stop an article from being read.
    """
    data, name = _read_bytes(source)
    warnings: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        warnings.append(f"{name} is not valid UTF-8 (first bad byte at offset {exc.start}); "
                        f"{bad} undecodable byte sequence(s) were replaced with U+FFFD. "
                        f"Convert it first, e.g. iconv -f WINDOWS-1252 -t UTF-8")
    if not text.strip():
        warnings.append(f"{name} is empty")
    return text, warnings
