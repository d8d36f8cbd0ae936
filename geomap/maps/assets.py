"""geomap's own scripts and styles (``geomap/maps/assets/``), inlined into every page that uses them.

Each map feature (a module of :mod:`geomap.maps`) names the script files it needs in
``assets_js``; :class:`AssetsMixin` puts each file once into the page's header, after the
linked libraries (Leaflet and its plugins) and before the map's own script.

>>> "window.geomap" in read_asset("core.js")
True
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

from branca.element import Element, Figure, MacroElement

__all__ = ["AssetsMixin", "read_asset"]


@cache
def read_asset(name: str) -> str:
    """The text of ``geomap/maps/assets/<name>``."""
    return resources.files("geomap.maps").joinpath("assets", name).read_text(encoding="utf-8")


class AssetsMixin(MacroElement):
    """Adds ``core.js``, ``geomap.css`` and the element's ``assets_js`` to the page once each."""

    assets_js: tuple[str, ...] = ()

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        if isinstance(figure, Figure):
            figure.header.add_child(Element("<style>" + read_asset("geomap.css") + "</style>"), name="geomap_css")
            for name in ("core.js", *self.assets_js):
                figure.header.add_child(Element("<script>" + read_asset(name) + "</script>"), name=f"geomap_{name}")
        super().render(**kwargs)
