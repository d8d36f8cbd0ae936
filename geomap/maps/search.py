"""Search by place name: the events' places (location, admin1, country), matched without case or accents.

Picking a place fits the map to its events, or flies to the event and opens its popup when
there is one.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .assets import AssetsMixin
from .event_layer import EventLayer

__all__ = ["PlaceSearch"]


class PlaceSearch(AssetsMixin, MacroElement):
    """A search box at the top left that finds the places of ``events``."""

    assets_js = ("search.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.placeSearch({{ this.events.get_name() }}, {});
        {% endmacro %}
        """
    )

    def __init__(self, events: EventLayer) -> None:
        super().__init__()
        self._name = "GeomapSearch"
        self.events = events
