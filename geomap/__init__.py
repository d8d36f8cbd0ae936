"""geomap: read news articles in any language, find their places and events, map them. Offline.

>>> import geomap
>>> "Gazetteer" in geomap.__all__
True
"""

from gazetteer import Gazetteer, Geocoder

from .errors import (
    BadInputError,
    DownloadError,
    GazetteerCorruptError,
    GazetteerError,
    GazetteerNotFoundError,
    GeomapError,
)
from .events import Extractor, extract
from .maps import event_map
from .pipeline import Geoparser, geoparse

__version__ = "0.1.0"

__all__ = [
    "BadInputError",
    "DownloadError",
    "Extractor",
    "Gazetteer",
    "GazetteerCorruptError",
    "GazetteerError",
    "GazetteerNotFoundError",
    "Geocoder",
    "GeomapError",
    "Geoparser",
    "__version__",
    "event_map",
    "extract",
    "geoparse",
]
