"""geomap's exceptions: one root, :class:`GeomapError`, shared with the gazetteer package.

>>> from geomap.errors import GeomapError, BadInputError
>>> issubclass(BadInputError, (GeomapError, ValueError))
True
"""

from gazetteer.errors import (
    BadInputError,
    DownloadError,
    GazetteerCorruptError,
    GazetteerError,
    GazetteerNotFoundError,
    GeomapError,
)

__all__ = [
    "BadInputError",
    "DownloadError",
    "GazetteerCorruptError",
    "GazetteerError",
    "GazetteerNotFoundError",
    "GeomapError",
]
