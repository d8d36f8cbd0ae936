"""Plain data of the event stage: what the readers find in a text and the events built from it.

Every reader (numbers, dates, triggers, figures, actors) returns frozen dataclasses that
keep their character offsets into the article, so an event can always show its evidence.

>>> Quantity(10, 15, "tujuh", 7).value
7
>>> EVENT_COLUMNS[:4]
('event_id', 'event_date', 'time_precision', 'event_type')
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = [
    "EVENT_COLUMNS",
    "Claim",
    "Figure",
    "Quantity",
    "TimeRef",
    "Trigger",
]

#: Columns of the event table, in order (../shared/spec/schema.md, ACLED's names), then geomap's additions.
EVENT_COLUMNS = (
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
    "location", "latitude", "longitude", "geo_precision", "country", "iso", "admin1", "place_id",
    "fatalities", "claims", "source", "notes", "evidence", "confidence", "doc_id", "lang",
    "flags", "geometry",
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number written in the text, in digits or words: ``[start, end)`` and its value.

    ``vague`` marks quantities like "dozens" / "puluhan": ``value`` is then the smallest
    number the word can mean (a lower bound), never an invented exact figure.
    """

    start: int
    end: int
    text: str
    value: int
    vague: bool = False


@dataclass(frozen=True, slots=True)
class TimeRef:
    """A time expression resolved against the publication date.

    ``date`` is the day it points at (the first day of a week/month/year/decade for
    coarser ones); ``time_precision`` follows ACLED (1 day, 2 week, 3 month or coarser);
    ``historical`` says it lies clearly before the article's time frame ("in the 1990s",
    "since 1994", "in 2016" in a 2020 article); ``kind`` is one of ``date``, ``weekday``,
    ``relative``, ``period``, ``year``, ``decade``, ``part_of_day``.
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    time_precision: int
    historical: bool = False
    kind: str = "date"


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word or phrase announcing an event of an ACLED type and sub-type."""

    start: int
    end: int
    text: str
    event_type: str
    sub_event_type: str
    weight: float = 1.0


@dataclass(frozen=True, slots=True)
class Claim:
    """One figure stated about an event, as the schema's ``claims`` keeps it."""

    number: int
    what: str
    claimed_by: str = ""
    disputed_by: str = ""
    vague: bool = False
    historical: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"number": self.number, "what": self.what, "claimed_by": self.claimed_by,
                "disputed_by": self.disputed_by, "vague": self.vague}


@dataclass(frozen=True, slots=True)
class Figure:
    """A quantity read as a count of people: killed / wounded / arrested ... of some group.

    ``what`` is the outcome (``killed``, ``wounded``, ``arrested``, ``abducted``, ``missing``,
    ``displaced``, ``detained``), ``who`` the group counted (``soldiers``, ``civilians``,
    ``militants``, ``people``, ...), ``claimed_by`` / ``disputed_by`` the sources named in the text.
    """

    quantity: Quantity
    what: str
    who: str = "people"
    claimed_by: str = ""
    disputed_by: str = ""
    sentence: int = 0
    historical: bool = False
    evidence: tuple[str, ...] = field(default=())

    def claim(self) -> Claim:
        what = self.what if self.who in ("", "people") else f"{self.who} {self.what}"
        return Claim(self.quantity.value, what, self.claimed_by, self.disputed_by, self.quantity.vague,
                     self.historical)
