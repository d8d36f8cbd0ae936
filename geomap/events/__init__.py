"""Events: what happened, where, when, to whom, how many, and who says so.

The stage reads a prepared document and its place mentions: ``article`` (date, dateline,
outlets, focus), the readers ``numbers``, ``dates``, ``lexicon`` (triggers, outcomes,
groups, actors), ``parties`` and ``speech`` (who acts, who says, who denies), ``figures``
(numbers that count the dead), ``sightings`` (an event as one sentence tells it),
``merge`` (one row per event) and ``frame`` (the GeoDataFrame).
"""

from .extract import Extractor, extract
from .frame import events_frame
from .merge import Event, fatalities
from .model import EVENT_COLUMNS, Claim, Figure, Quantity, TimeRef, Trigger

__all__ = [
    "EVENT_COLUMNS", "Claim", "Event", "Extractor", "Figure", "Quantity", "TimeRef", "Trigger", "events_frame",
    "extract", "fatalities",
]
