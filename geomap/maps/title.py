"""The map's title box (and the page's ``<title>``): escaped here, as the title may come from an article.

>>> title_box("Floods <b>", "3 events")[-72:]
'Floods &lt;b&gt;</div><div class="geomap-title-sub">3 events</div></div>'
"""

from __future__ import annotations

from typing import Any

from branca.element import Element, Figure, MacroElement
from folium.template import Template

from .popups import esc

__all__ = ["Title", "title_box"]


def title_box(title: str, subtitle: str = "") -> str:
    """The HTML of the title box; both strings are escaped."""
    sub = f'<div class="geomap-title-sub">{esc(subtitle)}</div>' if subtitle else ""
    return f'<div class="geomap-title"><div class="geomap-title-main">{esc(title)}</div>{sub}</div>'


class Title(MacroElement):
    """A title over the map (inside its container, so it stays in full screen) and as the page title."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (box) {
            box.innerHTML = {{ this.html|tojson }};
            {{ this._parent.get_name() }}.getContainer().appendChild(box.firstChild);
        })(document.createElement("div"));
        {% endmacro %}
        """
    )

    def __init__(self, title: str, subtitle: str = "") -> None:
        super().__init__()
        self._name = "GeomapTitle"
        self.title = title
        self.html = title_box(title, subtitle)

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if isinstance(figure, Figure):
            figure.header.add_child(Element(f"<title>{esc(self.title)}</title>"), name="geomap_title")
        super().render(**kwargs)
