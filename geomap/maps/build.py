"""``place_map``: a Leaflet map (folium) of the places articles name (the table of geomap.geoparse).

The map shows the place mentions whose role is ``event`` (and the ``dateline``, greyed):
one marker per distinct place, its count of mentions, coloured by role, with geo_precision
visible (a translucent circle for a region's centroid instead of a pin). Events have a map of
their own (:func:`geomap.maps.event_map`). The steps: :func:`group_places` (rows -> places),
:mod:`.styles` (category -> look), :mod:`.popups` (escaped HTML), :func:`place_map`
(layers, fit, title, legend).

>>> import pandas as pd
>>> table = pd.DataFrame([dict(doc_id="a", start=0, end=4, surface="LVIV", role="dateline", place_id="702550",
...     name="Lviv", latitude=49.84, longitude=24.02, geo_precision=1, sentence=0)])
>>> m = place_map(table, texts={"a": "LVIV -- Rain."}, title="Floods")
>>> "Lviv" in m.get_root().render()
True
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import folium
import pandas as pd
from branca.element import Element, Html

from ..errors import BadInputError
from .popups import MentionLine, esc, legend_html, popup_html, title_html, tooltip_text
from .styles import CIRCLE_RADIUS_M, style_for

__all__ = ["DEFAULT_ROLES", "PlaceGroup", "group_places", "place_map"]

#: The roles drawn by default: where things happened, and where they were reported from (greyed).
DEFAULT_ROLES = ("event", "dateline")
_REQUIRED = ("role", "name", "latitude", "longitude")
_CODE = re.compile(r"[0-9A-Z]{1,3}")
_NOTES = {"not_in_gazetteer": "not in the gazetteer", "placed_at_focus_region": "placed at the article's region"}


@dataclass
class PlaceGroup:
    """One distinct place on the map and the table rows that name it."""

    key: str
    name: str
    lat: float
    lon: float
    precision: int
    categories: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def category(self) -> str:
        """The category that decides the look: the highest-ranked one among the rows."""
        return min(self.categories, key=lambda c: style_for(c).rank)


def _text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _int(value: object, default: int) -> int:
    try:
        number = int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return default
    return number


def group_places(table: pd.DataFrame, roles: Sequence[str] | None = DEFAULT_ROLES,
                 category: str = "role") -> list[PlaceGroup]:
    """Rows of ``table`` with coordinates and one of ``roles`` (None: every role), grouped by place.

    Places are keyed by ``place_id`` (or name and coordinates when there is none); a place's
    precision is the best (lowest) geo_precision among its rows. Groups come in table order.
    """
    missing = [c for c in (*_REQUIRED, category) if c not in table.columns]
    if missing:
        raise BadInputError(f"the table has no column {', '.join(missing)}; give the DataFrame geomap.geoparse() "
                            f"returns")
    frame = table
    if roles is not None:
        frame = frame[frame["role"].isin(list(roles))]
    frame = frame[frame["latitude"].notna() & frame["longitude"].notna()]
    groups: dict[str, PlaceGroup] = {}
    for row in frame.to_dict("records"):
        lat, lon = float(row["latitude"]), float(row["longitude"])
        place_id = _text(row.get("place_id"))
        key = place_id or f"{_text(row['name'])}@{lat:.5f},{lon:.5f}"
        precision = _int(row.get("geo_precision"), 1)
        group = groups.get(key)
        if group is None:
            group = groups[key] = PlaceGroup(key, _text(row["name"]), lat, lon, precision)
        group.precision = min(group.precision, precision)
        cat = _text(row[category])
        if cat not in group.categories:
            group.categories.append(cat)
        group.rows.append(row)
    return list(groups.values())


class _Sentences:
    """Sentence text for (doc_id, sentence index), splitting each article once."""

    def __init__(self, texts: Mapping[str, str] | str | None, lang: str | None) -> None:
        self.texts = texts
        self.lang = lang
        self._docs: dict[str, Any] = {}

    def _document(self, doc_id: str) -> Any:
        if doc_id not in self._docs:
            if isinstance(self.texts, str):
                text = self.texts
            else:
                text = (self.texts or {}).get(doc_id)
            if text is None:
                self._docs[doc_id] = None
            else:
                from ..text.document import make_document

                self._docs[doc_id] = make_document(text, lang=self.lang)
        return self._docs[doc_id]

    def find(self, row: Mapping[str, Any]) -> tuple[str, int]:
        """The sentence text holding the mention of ``row`` and the mention's offset in it."""
        doc = self._document(_text(row.get("doc_id")))
        if doc is None or not doc.sentences:
            return "", -1
        start = _int(row.get("start"), -1)
        index = _int(row.get("sentence"), -1)
        sentence = doc.sentences[index] if 0 <= index < len(doc.sentences) else None
        if start >= 0 and (sentence is None or not sentence.start <= start < sentence.end):
            sentence = doc.sentences[doc.sentence_of(start)]  # the index does not fit this text: trust the offset
        if sentence is None:
            return "", -1
        return sentence.text, (start - sentence.start if start >= 0 else -1)


def _mention_lines(group: PlaceGroup, sentences: _Sentences, sources: Mapping[str, str]) -> list[MentionLine]:
    lines = []
    for row in group.rows:
        doc_id = _text(row.get("doc_id"))
        text, at = sentences.find(row)
        flags = [f for f in _text(row.get("flags")).split(";") if f]
        note = ", ".join(_NOTES.get(f, f.replace("_", " ")) for f in flags if f in _NOTES)
        lines.append(MentionLine(surface=_text(row.get("surface")), role=_text(row.get("role")),
                                 source=sources.get(doc_id, doc_id), sentence=text, at=at, note=note))
    return lines


def _count_icon(count: int, colour: str, precision: int, greyed: bool) -> folium.DivIcon:
    size = 24 if count < 10 else 30
    border = "2px dashed #fff" if precision == 2 else "2px solid #fff"
    opacity = 0.75 if greyed else 1.0
    return folium.DivIcon(
        icon_size=(size, size), icon_anchor=(size // 2, size // 2), class_name="geomap-count",
        html=(f'<div style="width:{size}px;height:{size}px;border-radius:50%;background:{colour};'
              f'opacity:{opacity};border:{border};box-sizing:border-box;box-shadow:0 1px 3px rgba(0,0,0,0.5);'
              f'color:#fff;font:bold 12px/{size - 4}px sans-serif;text-align:center">{int(count)}</div>'),
    )


def _add_place(fmap: folium.Map, group: PlaceGroup, lines: list[MentionLine], radius_m: float) -> None:
    style = style_for(group.category)
    first = group.rows[0]
    admin1 = _text(first.get("admin1"))
    admin1 = "" if _CODE.fullmatch(admin1) else admin1  # a bare GeoNames code like "15" says nothing to a reader
    detail = ", ".join(x for x in (_text(first.get("feature")), admin1, _text(first.get("country"))) if x)
    popup = folium.Popup(Html(popup_html(group.name, lines, precision=group.precision, detail=detail), script=True),
                         max_width=420)
    tooltip = folium.Tooltip(tooltip_text(group.name))
    if group.precision >= 3:
        folium.Circle(location=(group.lat, group.lon), radius=radius_m, color=style.colour, weight=2,
                      dash_array="6 4", fill=True, fill_color=style.colour, fill_opacity=0.15,
                      opacity=0.5 if style.greyed else 0.9, popup=popup, tooltip=tooltip).add_to(fmap)
        # The count, as a label the clicks pass through (not a pin: the circle is the marker).
        folium.Marker(location=(group.lat, group.lon), interactive=False,
                      icon=folium.DivIcon(icon_size=(30, 16), icon_anchor=(15, 8), class_name="geomap-count",
                                          html=(f'<div style="color:{style.colour};font:bold 13px sans-serif;'
                                                f'text-align:center">{int(group.count)}</div>'))).add_to(fmap)
    else:
        folium.Marker(location=(group.lat, group.lon), popup=popup, tooltip=tooltip,
                      icon=_count_icon(group.count, style.colour, group.precision, style.greyed),
                      z_index_offset=0 if style.greyed else 1000).add_to(fmap)


def _bounds(groups: Sequence[PlaceGroup], radius_m: float) -> list[list[float]]:
    south = west = math.inf
    north = east = -math.inf
    for g in groups:
        dlat = radius_m / 111_320 if g.precision >= 3 else 0.0
        dlon = dlat / max(math.cos(math.radians(g.lat)), 0.01)
        south, north = min(south, g.lat - dlat), max(north, g.lat + dlat)
        west, east = min(west, g.lon - dlon), max(east, g.lon + dlon)
    return [[south, west], [north, east]]


def place_map(table: pd.DataFrame, *, texts: Mapping[str, str] | str | None = None,
              sources: Mapping[str, str] | None = None, lang: str | None = None, title: str | None = None,
              roles: Sequence[str] | None = DEFAULT_ROLES, tiles: str = "OpenStreetMap", max_zoom: int = 11,
              circle_radius_m: float = CIRCLE_RADIUS_M, legend: bool = True) -> folium.Map:
    """A folium map of the places in ``table`` (the DataFrame :func:`geomap.geoparse` returns).

    - ``texts``: the articles, ``{doc_id: text}`` (or one text for every row), so popups can quote
      each mention's sentence; ``lang`` is their language when it was given to ``geoparse``.
    - ``sources``: ``{doc_id: label}`` shown in popups (default: the doc_id), e.g. file names.
    - ``title``: shown over the map and as the page title.
    - ``roles``: which mention roles to draw (None: all); ``event`` wins over ``dateline`` in a place's colour.

    Every string from an article is HTML-escaped. Nothing is fetched now: the page loads
    Leaflet and the ``tiles`` (OpenStreetMap by default) in the browser. Save it with
    :func:`save_map` (atomic) or ``.save()``.
    """
    if not isinstance(table, pd.DataFrame):
        raise BadInputError(f"place_map needs a pandas DataFrame (from geomap.geoparse), got {type(table).__name__}")
    groups = group_places(table, roles)
    fmap = folium.Map(location=(20.0, 0.0), zoom_start=2, tiles=tiles, control_scale=True)
    sentences = _Sentences(texts, lang)
    for group in groups:
        _add_place(fmap, group, _mention_lines(group, sentences, sources or {}), circle_radius_m)
    if groups:
        fmap.fit_bounds(_bounds(groups, circle_radius_m), padding=(30, 30), max_zoom=max_zoom)
    root = fmap.get_root()
    root.header.add_child(Element(f"<title>{esc(title) if title else 'geomap'}</title>"), name="geomap_title")
    if title:
        root.html.add_child(Element(title_html(title)), name="geomap_title_box")
    if legend:
        shown = sorted({c for g in groups for c in g.categories}, key=lambda c: style_for(c).rank)
        if shown:
            root.html.add_child(Element(legend_html(shown, any(g.precision >= 3 for g in groups),
                                                    circle_radius_m)), name="geomap_legend")
    return fmap
