"""An overview minimap (Leaflet-MiniMap, as folium's MiniMap): tiles online, country outlines offline."""

from __future__ import annotations

from branca.element import MacroElement
from folium.elements import JSCSSMixin
from folium.plugins import MiniMap as FoliumMiniMap
from folium.template import Template

from .data import script_json
from .offline import CountryOutlines

__all__ = ["MiniMap"]


class MiniMap(JSCSSMixin, MacroElement):
    """A collapsible minimap at the bottom right showing ``tiles`` (an xyzservices URL) or, offline, ``outlines``."""

    default_js = FoliumMiniMap.default_js
    default_css = FoliumMiniMap.default_css
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = new L.Control.MiniMap(
            {% if this.outlines %}geomap.outlines(null, {{ this.outlines.get_name() }}, null)
            {% else %}L.tileLayer({{ this.url|tojson }}, {{ this.tile_options }}){% endif %},
            {toggleDisplay: true, position: "bottomright", width: 150, height: 150, zoomLevelOffset: -5,
             minimized: false}
        ).addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, url: str = "", attribution: str = "", outlines: CountryOutlines | None = None) -> None:
        super().__init__()
        self._name = "GeomapMiniMap"
        self.url = url
        self.outlines = outlines
        self.tile_options = script_json({"attribution": attribution, "maxZoom": 18})
