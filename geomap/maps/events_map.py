"""``event_map``: the Leaflet map of an event table, every feature of :mod:`geomap.maps` put together.

>>> import pandas as pd
>>> events = pd.DataFrame([dict(event_date="2024-05-02", event_type="Battles", location="Tartar", latitude=40.34,
...     longitude=46.93, fatalities=3, source="Ministry of Defence", evidence="Shells hit the town.")])
>>> m = event_map(events, title="Clashes")
>>> page = m.get_root().render()
>>> "Ministry of Defence" in page and "L.markerClusterGroup" in page
True
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import folium
import pandas as pd
from folium.plugins import Fullscreen

from ..errors import BadInputError
from ..io.write import write_atomic
from .basemaps import DEFAULT_BASEMAPS, Attribution, LayerControl, TileNote, providers, tile_layers
from .data import EventPayload, event_payload
from .event_layer import EventLayer
from .heat import HeatLayer
from .legend import Legend
from .minimap import MiniMap
from .offline import CountryOutlines, OfflineFigure
from .search import PlaceSearch
from .side_panel import SidePanel
from .time_slider import TimeSlider
from .title import Title

__all__ = ["EventMap", "event_map", "save_map"]


class EventMap(folium.Map):
    """A folium Map that links Leaflet only (no jQuery, Bootstrap or icon fonts: the event map draws its own)."""

    default_js = [js for js in folium.Map.default_js if js[0] == "leaflet"]  # noqa: RUF012 - folium's attribute
    default_css = [c for c in folium.Map.default_css if c[0] == "leaflet_css"]  # noqa: RUF012 - folium's attribute

    def __init__(self, *args: Any, offline: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.offline = offline
        if offline:
            OfflineFigure().add_child(self)


def _subtitle(payload: EventPayload) -> str:
    parts = [f"{payload.n:,} event{'s' if payload.n != 1 else ''}"]
    killed = sum(payload.columns["f"])
    if killed:
        parts.append(f"{killed:,} fatalit{'ies' if killed != 1 else 'y'}")
    if payload.day_min is not None and payload.day_max is not None:
        first = dt.date(1970, 1, 1) + dt.timedelta(days=payload.day_min)
        last = dt.date(1970, 1, 1) + dt.timedelta(days=payload.day_max)
        parts.append(f"{first:%-d %b %Y}" + (f" – {last:%-d %b %Y}" if last != first else ""))
    return " · ".join(parts)


def _region_shapes(table: pd.DataFrame, gazetteer: Any) -> dict[str, Any]:
    """Outlines of the regions that region-centroid events (geo_precision 3) stand for, from ``gazetteer``."""
    if gazetteer is None or "place_id" not in table.columns or "geo_precision" not in table.columns:
        return {}
    precision = pd.to_numeric(table["geo_precision"], errors="coerce")
    shapes = {}
    for place_id in table.loc[precision >= 3, "place_id"].dropna().astype(str).unique():
        try:
            geometry = gazetteer.geometry(place_id)
        except Exception:  # an outline is a nicety: the circle stands in
            geometry = None
        if geometry is not None:
            shapes[place_id] = geometry
    return shapes


def event_map(events: pd.DataFrame, *, title: str | None = None, offline: bool = False,
              basemaps: Sequence[str] = DEFAULT_BASEMAPS, cluster: bool = True, heatmap: bool = True,
              time_slider: bool = True, side_panel: bool = True, search: bool = True, legend: bool = True,
              minimap: bool = True, fullscreen: bool = True, gazetteer: Any = None,
              region_shapes: Mapping[str, Any] | None = None, region_radius_m: float = 25_000,
              max_zoom: int = 12, **place_options: Any) -> folium.Map:
    """A folium map of ``events``: a (Geo)DataFrame with the schema's event columns, from geomap or ACLED.

    One marker per event (icon and colour by ``event_type``, size by ``fatalities``), popups
    with every claim and the evidence, tooltips, clustering that sums fatalities, region-centroid
    events drawn as their region, a time slider, a heat map, a layer per event type, a side
    panel, place search, fullscreen, minimap, scale, legend and title; the view fits the events.

    - ``offline=True``: every script and style inlined and a country-outline base layer, so the
      page works without network (tiles, when they load, still cover the outlines).
    - ``basemaps``: xyzservices provider names, the first shown.
    - ``gazetteer`` (a :class:`gazetteer.Gazetteer`) or ``region_shapes`` (``{place_id: shapely
      outline}``): draw region-centroid events as the region's outline instead of a circle of
      ``region_radius_m``.

    Nothing from the table is ever parsed as HTML in the page. Show it in Jupyter, or write it
    with :func:`save_map` (atomic) or ``.save()``. A table of place mentions (from
    :func:`geomap.geoparse`: a ``role`` column, no ``event_type``) gets the map of places,
    :func:`~geomap.maps.place_map`, with ``place_options`` (``texts``, ``sources``, ``lang``).
    """
    if isinstance(events, pd.DataFrame) and "role" in events.columns and "event_type" not in events.columns:
        from .build import place_map  # a table of place mentions (geomap.geoparse): the map of places

        return place_map(events, title=title, **place_options)
    if place_options:
        raise BadInputError(f"event_map got unknown option(s) {', '.join(sorted(place_options))}")
    shapes = dict(region_shapes or {})
    if gazetteer is not None and isinstance(events, pd.DataFrame):
        shapes.update({k: v for k, v in _region_shapes(events, gazetteer).items() if k not in shapes})
    payload = event_payload(events, region_shapes=shapes, region_radius_m=region_radius_m)
    names = list(basemaps) or list(DEFAULT_BASEMAPS[:1])
    providers(names)  # unknown names fail before any work
    fmap = EventMap(location=(20.0, 10.0), zoom_start=2, tiles=None, control_scale=True, offline=offline,
                    world_copy_jump=True)
    outlines = None
    if offline:
        outlines = CountryOutlines()
        outlines.add_to(fmap)
    tiles = tile_layers(names)
    for layer in tiles:
        layer.add_to(fmap)
    layer = EventLayer(payload, cluster=cluster).add_to(fmap)
    if heatmap:
        HeatLayer(layer).add_to(fmap)
    LayerControl(tiles, layer, outlines_base=offline).add_to(fmap)
    TileNote(tiles, offline).add_to(fmap)
    if fullscreen:
        Fullscreen(position="topleft", title="Full screen", title_cancel="Leave full screen").add_to(fmap)
    if search:
        PlaceSearch(layer).add_to(fmap)
    if legend:
        Legend(layer).add_to(fmap)
    if time_slider:
        TimeSlider(layer).add_to(fmap)
    if side_panel:
        SidePanel(layer).add_to(fmap)
    if minimap:
        first = tiles[0].tiles if tiles else ""
        MiniMap(url=first, outlines=outlines).add_to(fmap)
    Attribution([name for name, _ in payload.sources]).add_to(fmap)
    Title(title or "Events", _subtitle(payload)).add_to(fmap)
    if payload.bounds is not None:
        right = 320 if side_panel else 40
        fmap.fit_bounds(payload.bounds, padding_top_left=(60, 80), padding_bottom_right=(right, 120), max_zoom=max_zoom)
    return fmap


def save_map(fmap: folium.Map, path: str | Path) -> Path:
    """Write ``fmap`` as one HTML page at ``path``, atomically; returns the path."""
    path = Path(path)
    if path.is_dir():
        raise BadInputError(f"{path} is a directory: give a file name ending in .html")
    write_atomic(path, fmap.get_root().render())
    return path
