"""Exceptions of geomap and its gazetteer.

Every error geomap raises derives from :class:`GeomapError`, and each subclass also
derives from the built-in exception it resembles, so ``except LookupError`` or
``except ValueError`` keeps working for callers that do not know geomap.

>>> issubclass(GazetteerNotFoundError, FileNotFoundError)
True
>>> issubclass(BadInputError, ValueError)
True
"""

from __future__ import annotations

__all__ = [
    "BadInputError",
    "DownloadError",
    "GazetteerCorruptError",
    "GazetteerError",
    "GazetteerNotFoundError",
    "GeomapError",
]


class GeomapError(Exception):
    """Root of every error raised by geomap and gazetteer."""


class GazetteerError(GeomapError):
    """A problem with the gazetteer index."""


class GazetteerNotFoundError(GazetteerError, FileNotFoundError):
    """The gazetteer index does not exist yet."""


class GazetteerCorruptError(GazetteerError, ValueError):
    """The gazetteer index exists but cannot be read."""


class BadInputError(GeomapError, ValueError):
    """Input (a file, an argument, a row) that geomap cannot use."""


class DownloadError(GeomapError, ConnectionError):
    """A download the user asked for failed."""
