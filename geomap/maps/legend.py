"""The legend: each event type shown (glyph, colour, count), marker size by fatalities, and what a
position means (at the place, near it, somewhere in a region). Collapsible."""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .assets import AssetsMixin
from .data import script_json
from .event_layer import EventLayer

__all__ = ["Legend"]


class Legend(AssetsMixin, MacroElement):
    """The legend of ``events`` at the bottom left."""

    assets_js = ("legend.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.legend({{ this.events.get_name() }}, {{ this.options }});
        {% endmacro %}
        """
    )

    def __init__(self, events: EventLayer, *, collapsed: bool = False) -> None:
        super().__init__()
        self._name = "GeomapLegend"
        self.events = events
        self.options = script_json({"collapsed": bool(collapsed)})
