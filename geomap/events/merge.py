"""One event reported in several sentences is one row: merge sightings, count the dead.

Sightings of the same event type at the same place on the same day are one event (as
ACLED codes one event per type, location and day); a generic word of violence with no place or
figures of its own ("Paris condemned the attack") joins the violent event told last that day.
Its sub-event type is the one with the most evidence; its figures become ``claims``; ``fatalities`` is the most
conservative current figure: disputed, vague and past figures are kept as claims but
never counted; when several sources give a total, the smallest; with no total, the sum
over the groups counted (each group's smallest figure).

>>> from geomap.events.model import Quantity
>>> figs = [Figure(Quantity(0, 2, "39", 39), "killed"), Figure(Quantity(9, 11, "32", 32), "killed", "soldiers"),
...         Figure(Quantity(20, 23, "550", 550), "killed", "militants", "Azerbaijan", "Armenia")]
>>> fatalities(figs)
39
>>> fatalities([Figure(Quantity(0, 1, "3", 3), "killed", "soldiers"), Figure(Quantity(5, 6, "2", 2), "killed",
...     "civilians")])
5
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from gazetteer import fold

from ..places.model import PlaceMention
from ..text.document import Document
from .model import Claim, Figure
from .sightings import Sighting
from .taxonomy import DECISIVE_SUB_EVENT_TYPES, type_of
from .taxonomy import VIOLENT_EVENT_TYPES as _VIOLENT

__all__ = ["Event", "fatalities", "merge_sightings"]

_GENERIC = frozenset({"", "people"})
_OUTCOME_SUBS = DECISIVE_SUB_EVENT_TYPES


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the event table, with its evidence."""

    event_id: str
    event_date: dt.date | None
    time_precision: int
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    place: PlaceMention | None
    location: str
    geo_precision: int
    fatalities: int
    claims: tuple[Claim, ...]
    source: str
    notes: str
    evidence: str
    confidence: float
    flags: tuple[str, ...]
    sentences: tuple[int, ...] = field(default=())


def fatalities(figures: Sequence[Figure]) -> int:
    """The most conservative current count of the dead among ``figures``."""
    killed = [f for f in figures if f.what == "killed" and not f.disputed_by and not f.quantity.vague
              and not f.historical]
    totals = [f.quantity.value for f in killed if f.who in _GENERIC]
    if totals:
        return min(totals)
    by_group: dict[str, int] = {}
    for f in killed:
        by_group[f.who] = min(by_group.get(f.who, f.quantity.value), f.quantity.value)
    return sum(by_group.values())


def _key(s: Sighting) -> tuple[object, ...]:
    m = s.place
    if m is None:
        where: object = None
    elif m.place is None or "placed_at_focus_region" in m.flags or "not_in_gazetteer" in m.flags:
        where = ("unresolved", fold(m.surface))
    else:
        where = m.place.place_id
    return (where, type_of(s.sub_event_type), s.date)


def _location(s: Sighting) -> str:
    m = s.place
    if m is None:
        return ""
    if m.place is None or "not_in_gazetteer" in m.flags:
        return m.surface
    return m.place.name


def _event_id(doc: Document, key: tuple[object, ...]) -> str:
    basis = doc.doc_id or hashlib.sha1(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
    return hashlib.sha1(f"{basis}|{key!r}".encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _notes(sub: str, location: str, date: dt.date | None, count: int, claims: Sequence[Claim]) -> str:
    where = f" in {location}" if location else ""
    when = f" on {date.isoformat()}" if date else ""
    parts = [f"{sub}{where}{when}"]
    if count:
        parts.append(f"{count} killed")
    for c in claims:
        if c.claimed_by or c.disputed_by:
            text = f"{c.number}{'+' if c.vague else ''} {c.what}"
            if c.claimed_by:
                text += f" per {c.claimed_by}"
            if c.disputed_by:
                text += f", denied by {c.disputed_by}"
            parts.append(text)
    return "; ".join(parts) + "."


def merge_sightings(doc: Document, sightings: Sequence[Sighting]) -> list[Event]:
    """Group sightings into events (first-seen order)."""
    groups: dict[tuple[object, ...], list[Sighting]] = {}
    last: tuple[object, ...] | None = None  # the key of the last violent event told in its own words
    for s in sightings:
        key = _key(s)
        if s.echo and key not in groups and last is not None and last[2] == s.date:
            key = last  # "Paris condemned the attack": the attack told before, not a new one
        groups.setdefault(key, []).append(s)
        if not s.echo and type_of(s.sub_event_type) in _VIOLENT:
            last = key
    events = []
    for key, group in groups.items():
        subs: Counter[str] = Counter()
        for s in [s for s in group if not s.echo] or group:
            subs[s.sub_event_type] += 1.0 + s.trigger.weight / 10 + (2.0 if s.sub_event_type in _OUTCOME_SUBS else 0.0)
        sub = subs.most_common(1)[0][0]
        figures: list[Figure] = []
        seen: set[int] = set()
        for s in group:
            for f in s.figures:
                if f.quantity.start not in seen:
                    seen.add(f.quantity.start)
                    figures.append(f)
        claims = tuple(f.claim() for f in figures)
        count = fatalities(figures)
        told = [s for s in group if not s.echo] or group  # who condemned an attack did not make it
        a1 = Counter(s.actor1 for s in told if s.actor1).most_common(1)
        a2 = Counter(s.actor2 for s in told if s.actor2 and s.actor2 != (a1[0][0] if a1 else "")).most_common(1)
        sources: list[str] = []
        for s in group:
            sources.extend(x for x in s.sources if x not in sources)
        sentence_ids = tuple(sorted({s.sentence for s in group}))
        evidence = " … ".join(doc.sentences[i].text for i in sentence_ids)
        flags: list[str] = []
        for s in group:
            flags.extend(f for f in s.flags if f and f not in flags)
        confidence = 1.0
        for s in group:
            confidence *= 1.0 - s.confidence
        location = _location(group[0])
        date = group[0].date
        events.append(Event(
            event_id=_event_id(doc, key), event_date=date, time_precision=min(s.time_precision for s in group),
            event_type=type_of(sub), sub_event_type=sub, actor1=a1[0][0] if a1 else "",
            actor2=a2[0][0] if a2 else "", place=group[0].place, location=location,
            geo_precision=min(s.geo_precision for s in group), fatalities=count, claims=claims,
            source="; ".join(sources), notes=_notes(sub, location, date, count, claims), evidence=evidence,
            confidence=round(1.0 - confidence, 3), flags=tuple(flags), sentences=sentence_ids,
        ))
    return events
