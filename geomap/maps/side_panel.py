"""A side panel listing the shown events (date, place, type, fatalities), newest first.

A click on a row flies to the event's marker and opens its popup (unclustering it if needed).
By default it lists only the events in view, so panning the map narrows the list; at most
``limit`` rows are drawn. A button hides and shows the panel.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .assets import AssetsMixin
from .data import script_json
from .event_layer import EventLayer

__all__ = ["SidePanel"]


class SidePanel(AssetsMixin, MacroElement):
    """The event list of ``events`` on the right of the map; ``open=False`` starts it hidden."""

    assets_js = ("side_panel.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.sidePanel({{ this.events.get_name() }}, {{ this.options }});
        {% endmacro %}
        """
    )

    def __init__(self, events: EventLayer, *, open: bool = True, limit: int = 300) -> None:
        super().__init__()
        self._name = "GeomapSidePanel"
        self.events = events
        self.options = script_json({"open": bool(open), "limit": int(limit)})
