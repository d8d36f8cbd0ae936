"""geomap: read news articles in any language, find their places and events, map them. Offline.

The pipeline, one call per stage: ``read`` (text, file, HTML, URL -> Article), ``geoparse``
(article -> place mentions), ``extract`` (article -> event table), ``event_map`` (events -> Leaflet
map); ``read_events`` / ``write_events`` move event tables (and ACLED exports) in and out of
GeoJSON, GeoPackage, GeoParquet and CSV.

>>> import geomap
>>> sorted(set(geomap.__all__) & {"read", "geoparse", "extract", "event_map", "read_events", "write_events"})
['event_map', 'extract', 'geoparse', 'read', 'read_events', 'write_events']
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
from .io import Article, iter_articles, read, read_events, write_events
from .maps import event_map
from .pipeline import Geoparser, geoparse, geoparse_many

__version__ = "0.2.0"

__all__ = [
    "Article",
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
    "geoparse_many",
    "iter_articles",
    "read",
    "read_events",
    "write_events",
]
