"""Base maps from ``xyzservices`` with a choice, the layer control, a note when tiles cannot load,
and the events' sources in the attribution.

>>> [p.name for p in providers(["Esri.WorldGrayCanvas", "OpenStreetMap.Mapnik"])]
['Esri.WorldGrayCanvas', 'OpenStreetMap.Mapnik']
>>> try:
...     providers(["No.Such"])
... except BadInputError as error:
...     print(error)
unknown base map 'No.Such': give xyzservices provider names such as Esri.WorldGrayCanvas, OpenStreetMap.Mapnik
"""

from __future__ import annotations

from collections.abc import Sequence

import folium
import xyzservices
from branca.element import MacroElement
from folium.template import Template

from ..errors import BadInputError
from .assets import AssetsMixin
from .data import script_json
from .event_layer import EventLayer

__all__ = ["DEFAULT_BASEMAPS", "Attribution", "LayerControl", "TileNote", "providers", "tile_layers"]

#: The base maps offered, the first shown: light (colours of the markers stand out), street, satellite, terrain, dark.
#: (None needs an API key.)
DEFAULT_BASEMAPS = ("Esri.WorldGrayCanvas", "OpenStreetMap.Mapnik", "Esri.WorldImagery", "OpenTopoMap",
                    "Esri.WorldTopoMap")
_LABELS = {"Esri.WorldGrayCanvas": "Light grey (Esri)", "OpenStreetMap.Mapnik": "Streets (OpenStreetMap)",
           "Esri.WorldImagery": "Satellite (Esri)", "OpenTopoMap": "Terrain (OpenTopoMap)",
           "Esri.WorldTopoMap": "Topographic (Esri)"}


def providers(names: Sequence[str]) -> list[xyzservices.TileProvider]:
    """The xyzservices providers of ``names`` (``"OpenStreetMap.Mapnik"``, case and dots optional)."""
    found = []
    for name in names:
        try:
            provider = xyzservices.providers.query_name(name)
        except ValueError:
            raise BadInputError(f"unknown base map {name!r}: give xyzservices provider names such as "
                                f"{', '.join(DEFAULT_BASEMAPS[:2])}") from None
        if provider.requires_token():
            raise BadInputError(f"base map {name!r} needs an API key; choose one that does not, such as "
                                f"{', '.join(DEFAULT_BASEMAPS[:2])}")
        found.append(provider)
    return found


def tile_layers(names: Sequence[str]) -> list[folium.TileLayer]:
    """One folium tile layer per base map, only the first shown."""
    layers = []
    for k, provider in enumerate(providers(names)):
        label = _LABELS.get(provider.name, provider.name.replace(".", " "))
        layers.append(folium.TileLayer(provider, name=label, show=k == 0, overlay=False, control=True))
    return layers


class LayerControl(AssetsMixin, MacroElement):
    """The layer control: the base maps (and "outlines only" offline), each event type, areas, heat map."""

    assets_js = ("basemaps.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.layerControl({{ this._parent.get_name() }}, {
            {%- for label, layer in this.bases %}
            {{ label|tojson }}: {{ layer }},
            {%- endfor %}
            }, {{ this.events.get_name() if this.events else "null" }}, {{ this.options }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: Sequence[folium.TileLayer], events: EventLayer | None = None, *,
                 outlines_base: bool = False, collapsed: bool = True) -> None:
        super().__init__()
        self._name = "GeomapLayerControl"
        self.bases = [(t.layer_name, t.get_name()) for t in tiles]
        if outlines_base:
            self.bases.append(("Country outlines only (offline)", "L.layerGroup()"))
        self.events = events
        self.options = script_json({"collapsed": bool(collapsed)})


class TileNote(AssetsMixin, MacroElement):
    """Says in the page when map tiles cannot load (no network): once, in a note that can be closed."""

    assets_js = ("basemaps.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.watchTiles({{ this._parent.get_name() }}, [{{ this.layers|join(", ") }}], {{ this.text|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, tiles: Sequence[folium.TileLayer], offline: bool) -> None:
        super().__init__()
        self._name = "GeomapTileNote"
        self.layers = [t.get_name() for t in tiles]
        self.text = ("Map tiles cannot load (no network?): the built-in country outlines are shown instead."
                     if offline else "Map tiles cannot load (no network?): the events are still shown. For a map "
                     "that works offline, save it with --offline (offline=True).")


class Attribution(AssetsMixin, MacroElement):
    """The events' sources (most frequent first) in the map's attribution line, escaped."""

    assets_js = ("basemaps.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        geomap.attribute({{ this._parent.get_name() }}, {{ this.sources }}, {{ this.more }});
        {% endmacro %}
        """
    )

    def __init__(self, sources: Sequence[str], shown: int = 6) -> None:
        super().__init__()
        self._name = "GeomapAttribution"
        self.sources = script_json(list(sources[:shown]))
        self.more = max(0, len(sources) - shown)
