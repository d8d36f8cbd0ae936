"""A heat map of the shown events weighted by fatalities (leaflet.heat, as folium's HeatMap).

It reads the events from the :class:`~geomap.maps.event_layer.EventLayer` (no second copy of
the coordinates in the page), follows the time slider and the type filters, and is an overlay
of the layer control, off at first.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import HeatMap
from folium.template import Template

from .assets import AssetsMixin
from .event_layer import EventLayer

__all__ = ["HeatLayer"]


class HeatLayer(JSCSSMixin, AssetsMixin, MacroElement):
    """The heat map overlay of ``events``; add it before the layer control."""

    default_js = HeatMap.default_js
    assets_js = ("heat.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.heatLayer({{ this.events.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, events: EventLayer) -> None:
        super().__init__()
        self._name = "GeomapHeat"
        self.events = events
