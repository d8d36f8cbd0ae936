"""gazetteer: the offline gazetteer behind geomap, usable on its own.

One SQLite file built from data installed with the package (GeoNames cities500,
Natural Earth countries and first-level regions, CLDR and ISO names, a curated
supplement of named regions), grown on demand with GeoNames dumps or your own
places, searched in any language and script.

>>> import gazetteer
>>> gazetteer.fold("Düsseldorf")
'dusseldorf'
>>> sorted(gazetteer.__all__)[:3]
['BadInputError', 'DownloadError', 'FEATURES']
"""

from .errors import (
    BadInputError,
    DownloadError,
    GazetteerCorruptError,
    GazetteerError,
    GazetteerNotFoundError,
    GeomapError,
)
from .geocoder import Geocoder
from .index import Gazetteer, haversine_km
from .model import FEATURES, Place, PlaceRecord
from .normalize import fold
from .paths import default_index_path

__all__ = [
    "FEATURES",
    "BadInputError",
    "DownloadError",
    "Gazetteer",
    "GazetteerCorruptError",
    "GazetteerError",
    "GazetteerNotFoundError",
    "Geocoder",
    "GeomapError",
    "Place",
    "PlaceRecord",
    "default_index_path",
    "fold",
    "haversine_km",
]
