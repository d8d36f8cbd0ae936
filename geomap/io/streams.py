"""Byte streams of corpus files: gzip-aware opening, encoding of a stream from its first megabyte, peeking stdin.

>>> import io
>>> stream = PeekedStream(io.BytesIO(b'{"text": "a"}\\n'))
>>> stream.peek_line()
b'{"text": "a"}\\n'
>>> stream.read()
b'{"text": "a"}\\n'
"""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path
from typing import BinaryIO

from .decode import decode_bytes

__all__ = ["PeekedStream", "open_binary", "stream_encoding"]

_SAMPLE = 1024 * 1024


def open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    """Open ``path`` for reading bytes, decompressing ``.gz`` files on the fly."""
    path = Path(path)
    handle = path.open("rb")
    if handle.read(2) == b"\x1f\x8b":
        handle.close()
        return gzip.open(path, "rb")  # type: ignore[return-value]
    handle.seek(0)
    return handle


def stream_encoding(sample: bytes) -> str:
    """The encoding to read a whole stream with, judged from its first bytes (``utf-8-sig`` if UTF-8).

    >>> stream_encoding("id,text\\n1,Kyiv\\n".encode())
    'utf-8-sig'
    >>> stream_encoding("id,text\\n1,Сильный дождь затопил улицы города\\n".encode("cp1251"))
    'cp1251'
    """
    sample = sample[:_SAMPLE]
    try:
        sample.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as exc:
        if exc.start >= len(sample) - 3:  # a character cut at the end of the sample
            return "utf-8-sig"
    encoding = decode_bytes(sample).encoding
    return "utf-8-sig" if encoding == "utf-8" else encoding


class PeekedStream(io.RawIOBase):
    """A binary stream whose first line can be looked at before it is read (stdin cannot seek)."""

    def __init__(self, raw: BinaryIO) -> None:
        self._raw = raw
        self._head = b""

    def readable(self) -> bool:
        return True

    def peek_line(self, limit: int = _SAMPLE) -> bytes:
        """The first non-blank line (up to ``limit`` bytes), left in the stream; blank lines before it too."""
        while not self._head.strip():
            chunk = self._raw.readline(limit)
            if not chunk:
                break
            self._head += chunk
        return self._head.lstrip()

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._raw.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
