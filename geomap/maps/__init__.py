"""Maps: articles' places (and, later, events) drawn on Leaflet maps with folium.

>>> from geomap.maps import event_map
>>> callable(event_map)
True
"""

from .build import DEFAULT_ROLES, PlaceGroup, event_map, group_places, save_map

__all__ = ["DEFAULT_ROLES", "PlaceGroup", "event_map", "group_places", "save_map"]
