"""How things look on the map: one colour per category, precision made visible.

Place mentions are coloured by role (``PALETTE``); events by ACLED event type
(``EVENT_STYLES``: a colour and a white glyph drawn in SVG, so nothing depends on an icon
font that an offline page could not load).

>>> style_for("event").colour
'#c0392b'
>>> style_for("dateline").greyed
True
>>> style_for("anything else").colour
'#2c3e50'
>>> event_style("Battles").glyph, event_style("Protests").colour
('battle', '#2471a3')
>>> event_style("Looting", 0).colour != event_style("Looting", 1).colour
True
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CIRCLE_RADIUS_M", "EVENT_STYLES", "GLYPHS", "PALETTE", "PRECISION_LABELS", "EventStyle", "Style",
           "event_style", "style_for"]


@dataclass(frozen=True)
class Style:
    """The look of one category; ``rank`` decides which category a place shows when it has several."""

    colour: str
    label: str
    rank: int = 50
    greyed: bool = False


#: Colours are fixed strings from this module: nothing from an article ever reaches a style.
PALETTE: dict[str, Style] = {
    "event": Style("#c0392b", "event: where something happened", rank=10),
    "dateline": Style("#7f8c8d", "dateline: where it was reported from", rank=90, greyed=True),
    "actor": Style("#8e44ad", "actor: a place standing for its government or people", rank=60),
    "historical": Style("#a67c52", "historical: named about the past", rank=70),
    "other": Style("#2c3e50", "other: named in passing", rank=80),
}
_DEFAULT = Style("#2c3e50", "other", rank=80)

#: ACLED geo_precision: what a marker's position means.
PRECISION_LABELS = {
    1: "the place itself",
    2: "near the place, or part of a region",
    3: "approximate: the centroid of a region",
}

#: Radius of the translucent circle drawn instead of a pin for a region's centroid (precision 3).
CIRCLE_RADIUS_M = 25_000


def style_for(category: str) -> Style:
    """The style of ``category`` (unknown categories look like ``other``)."""
    return PALETTE.get(category, _DEFAULT)


@dataclass(frozen=True)
class EventStyle:
    """The look of one event type: marker colour, glyph name (a key of ``GLYPHS``), legend order."""

    colour: str
    glyph: str
    rank: int = 50


#: ACLED's six event types, in ACLED's order. Colours are fixed strings: nothing from a table reaches a style.
EVENT_STYLES: dict[str, EventStyle] = {
    "Battles": EventStyle("#c0392b", "battle", 1),
    "Explosions/Remote violence": EventStyle("#d35400", "explosion", 2),
    "Violence against civilians": EventStyle("#7d3c98", "civilians", 3),
    "Protests": EventStyle("#2471a3", "protest", 4),
    "Riots": EventStyle("#b7950b", "riot", 5),
    "Strategic developments": EventStyle("#1e8449", "strategic", 6),
}
#: Colours for event types outside ACLED's taxonomy, given in turn.
_EXTRA_COLOURS = ("#117a65", "#5d6d7e", "#a04000", "#1a5276", "#6c3483", "#7b7d7d")
_ALIASES = {key.lower().replace(" ", ""): key for key in EVENT_STYLES}
_ALIASES.update({"explosions": "Explosions/Remote violence", "remoteviolence": "Explosions/Remote violence",
                 "explosions/remoteviolence": "Explosions/Remote violence"})

#: White glyphs on a 24x24 grid (SVG inner markup; fixed strings of this module).
GLYPHS: dict[str, str] = {
    "battle": ('<path d="M4 4L15 15M13.5 17.5L17.5 13.5M15 15L19.5 19.5M20 4L9 15M6.5 13.5L10.5 17.5M9 15L4.5 19.5"'
               ' fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round"/>'),
    "explosion": '<path d="M12 2l2 6 6-3-4 5 6 2-6 2 4 5-6-3-2 6-2-6-6 3 4-5-6-2 6-2-4-5 6 3z" fill="#fff"/>',
    "civilians": '<circle cx="12" cy="6.5" r="3.5" fill="#fff"/><path d="M5 21v-3a7 7 0 0 1 14 0v3z" fill="#fff"/>',
    "protest": ('<path d="M3 10v4h3l8 5V5l-8 5z" fill="#fff"/><path d="M17 9a4 4 0 0 1 0 6M19.5 6.5a8 8 0 0 1 0 11"'
                ' fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>'),
    "riot": ('<path d="M12 2c1 4 6 6 6 12a6 6 0 0 1-12 0c0-3 1.5-5 3-6.5 0 2.5 1 4 2.5 4.5C12 9.5 13 6 12 2z"'
             ' fill="#fff"/>'),
    "strategic": ('<path d="M6 21V3" stroke="#fff" stroke-width="2" stroke-linecap="round"/>'
                  '<path d="M7 4h11l-3 4.5 3 4.5H7z" fill="#fff"/>'),
    "other": '<circle cx="12" cy="12" r="4.5" fill="#fff"/>',
}


def event_style(event_type: str, order: int = 0) -> EventStyle:
    """The style of ``event_type``; an unknown type gets the ``order``-th extra colour and a dot."""
    key = _ALIASES.get(str(event_type).lower().replace(" ", ""))
    if key is not None:
        return EVENT_STYLES[key]
    return EventStyle(_EXTRA_COLOURS[order % len(_EXTRA_COLOURS)], "other", 90)
