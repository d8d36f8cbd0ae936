"""A resolved place mention: the mention, the place chosen for it, its role and the evidence."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["ROLES", "Candidate", "PlaceMention"]

#: The roles a place mention can play in an article.
ROLES = ("dateline", "event", "actor", "historical", "other")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry competing for a mention, with its features and score.

    ``primary`` says the mention spells the entry's preferred name (not one of its alternates).
    """

    place_id: str
    name: str
    feature: str
    feature_class: str
    feature_code: str
    country: str
    admin1: str
    lat: float
    lon: float
    population: int
    alt_count: int
    matched: str
    quality: float
    prior: float
    primary: bool = False
    features: tuple[float, ...] = ()
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One row of the place-mention table (see the output schema).

    ``place`` is None when no gazetteer entry fits; ``geo_precision`` follows ACLED
    (1 the place itself, 2 near it or part of it, 3 a region's centroid); ``flags``
    say what a reader should know (``not_in_gazetteer``, ``placed_at_focus_region``).
    """

    doc_id: str
    start: int
    end: int
    surface: str
    role: str
    place: Candidate | None
    score: float
    candidates: int
    geo_precision: int
    sentence: int
    cue: str = ""
    flags: tuple[str, ...] = ()
    runners_up: tuple[Candidate, ...] = ()
    evidence: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def as_row(self) -> dict[str, Any]:
        """The schema's columns (plus geo_precision, flags, evidence) as a flat dict."""
        p = self.place
        return {
            "doc_id": self.doc_id,
            "start": self.start,
            "end": self.end,
            "surface": self.surface,
            "role": self.role,
            "place_id": p.place_id if p else "",
            "name": p.name if p else "",
            "feature": p.feature if p else "",
            "country": p.country if p else "",
            "admin1": p.admin1 if p else "",
            "latitude": p.lat if p else None,
            "longitude": p.lon if p else None,
            "score": round(self.score, 4),
            "candidates": self.candidates,
            "geo_precision": self.geo_precision,
            "flags": ";".join(self.flags),
            "evidence": ";".join(self.evidence),
            "sentence": self.sentence,
        }
