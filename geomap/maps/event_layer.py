"""The events as markers: one per event, icon and colour by event type, size by fatalities.

One :class:`EventLayer` holds every event in one Leaflet.markercluster group (clusters show
the count and the sum of fatalities, a ring of type colours, and spiderfy events stacked on one
town), builds popups and tooltips on demand from one compact payload (so 100,000 events stay
usable), draws region-centroid events as the region (outline or translucent circle) with a
dashed ring marker instead of a pin, and adds one entry per event type to the layer control.
The other features (time slider, side panel, search, heat map, legend) read its filters.

>>> import folium, pandas as pd
>>> m = folium.Map()
>>> layer = EventLayer(event_payload(pd.DataFrame({"latitude": [1.0], "longitude": [2.0]}))).add_to(m)
>>> "new geomap.Events(" in m.get_root().render()
True
"""

from __future__ import annotations

from typing import Any

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.template import Template

from .assets import AssetsMixin
from .data import EventPayload, event_payload, script_json
from .styles import GLYPHS

__all__ = ["EventLayer", "event_payload"]

#: Leaflet.markercluster 1.4.1 (folium links 1.1.0, whose tooltips and zooms during loading break).
_MC = "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.4.1/dist/"


class EventLayer(JSCSSMixin, AssetsMixin, MacroElement):
    """All events of ``payload`` on the map; ``cluster=False`` draws every marker without grouping."""

    default_js = [("markercluster", _MC + "leaflet.markercluster.js")]  # noqa: RUF012 - folium's attribute
    default_css = [("markercluster_css", _MC + "MarkerCluster.css")]  # noqa: RUF012 - folium's attribute
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new geomap.Events({{ this._parent.get_name() }}, {{ this.payload }},
            {{ this.glyphs }}, {{ this.options }});
        {% endmacro %}
        """
    )

    def __init__(self, payload: EventPayload, *, cluster: bool = True, fly_zoom: int = 11) -> None:
        super().__init__()
        self._name = "GeomapEvents"
        self.data = payload
        self.payload = payload.as_json()
        self.glyphs = script_json(GLYPHS)
        self.options: Any = script_json({"cluster": bool(cluster), "flyZoom": int(fly_zoom)})
