"""Maps: events (and the places articles name) drawn on Leaflet maps with folium.

One module per map feature, as folium's plugins are organised: :mod:`.event_layer` (markers,
clusters, popups), :mod:`.time_slider`, :mod:`.heat`, :mod:`.side_panel`, :mod:`.search`,
:mod:`.legend`, :mod:`.title`, :mod:`.basemaps`, :mod:`.minimap`, :mod:`.offline`; the data the
page reads is made by :mod:`.data`; :func:`event_map` puts them together.

>>> from geomap.maps import event_map
>>> callable(event_map)
True
"""

from .build import DEFAULT_ROLES, PlaceGroup, group_places, place_map
from .data import event_payload, parse_claims
from .events_map import EventMap, event_map, save_map

__all__ = ["DEFAULT_ROLES", "EventMap", "PlaceGroup", "event_map", "event_payload", "group_places", "parse_claims",
           "place_map", "save_map"]
