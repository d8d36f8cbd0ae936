"""A time slider over the event dates that filters the markers (and the heat map and the list).

Two handles choose the first and the last day shown, over a histogram of events per period;
a play button slides the window through time. An event dated to a week or a month (ACLED
time_precision 2, 3) is shown while its week or month overlaps the window; undated events
only while the whole range is chosen.
"""

from __future__ import annotations

from branca.element import MacroElement
from folium.template import Template

from .assets import AssetsMixin
from .data import script_json
from .event_layer import EventLayer

__all__ = ["TimeSlider"]


class TimeSlider(AssetsMixin, MacroElement):
    """The slider of ``events``, at the bottom centre of the map (nothing when no event is dated)."""

    assets_js = ("time_slider.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = geomap.timeSlider({{ this.events.get_name() }}, {{ this.options }});
        {% endmacro %}
        """
    )

    def __init__(self, events: EventLayer, bins: int = 80) -> None:
        super().__init__()
        self._name = "GeomapTimeSlider"
        self.events = events
        self.options = script_json({"bins": int(bins)})
