"""How things look on the map: one colour per category, precision made visible.

A category is a place mention's role today; a later release maps events, and their
``event_type`` becomes the category with a palette of its own (add it to ``PALETTE``).

>>> style_for("event").colour
'#c0392b'
>>> style_for("dateline").greyed
True
>>> style_for("anything else").colour
'#2c3e50'
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CIRCLE_RADIUS_M", "PALETTE", "PRECISION_LABELS", "Style", "style_for"]


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
