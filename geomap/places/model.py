"""A resolved place mention: the mention, the place chosen for it, its role and the evidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from typing import Any

from gazetteer.display import card, osm_link

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

    def __repr__(self) -> str:
        """One line: name, type, country, coordinates, id, score.

        >>> _example_candidate()
        Candidate(name='Kharkiv', feature='city', country='UA', lat=49.98, lon=36.25, place_id='706483', score=0.91)
        """
        return (f"Candidate(name={self.name!r}, feature={self.feature!r}, country={self.country!r}, "
                f"lat={self.lat:.4g}, lon={self.lon:.4g}, place_id={self.place_id!r}, score={self.score:.2f})")

    def _repr_html_(self) -> str:
        """A card for Jupyter (every value escaped)."""
        return card(f"Candidate: {self.name}", self._html_rows(), raw=frozenset({"coordinates"}))

    def _html_rows(self) -> list[tuple[str, object]]:
        where = ", ".join(part for part in (self.admin1, self.country) if part)
        return [("type", f"{self.feature} ({self.feature_class}.{self.feature_code})"), ("in", where),
                ("coordinates", osm_link(self.lat, self.lon)),
                ("population", f"{self.population:,}" if self.population else ""),
                ("matched", self.matched if self.matched != self.name else ""),
                ("score", f"{self.score:.2f}"), ("place_id", self.place_id)]


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

    def __repr__(self) -> str:
        """One line: what the text says, where, its role and the place chosen.

        >>> PlaceMention("d1", 0, 7, "Kharkiv", "event", _example_candidate(), 0.91, 3, 1, 0)
        PlaceMention(surface='Kharkiv', span=(0, 7), role='event', place='Kharkiv, UA (city)', score=0.91)
        """
        p = self.place
        place = f"{p.name}, {p.country} ({p.feature})" if p is not None else None
        return (f"PlaceMention(surface={self.surface!r}, span=({self.start}, {self.end}), role={self.role!r}, "
                f"place={place!r}, score={self.score:.2f})")

    def _repr_html_(self) -> str:
        """A card for Jupyter: the mention, its role, the place chosen, the runners-up; every value escaped."""
        p = self.place
        rows: list[tuple[str, object]] = [("role", self.role), ("span", f"{self.start}-{self.end}"),
                                          ("score", f"{self.score:.2f}"), ("candidates", self.candidates),
                                          ("geo_precision", self.geo_precision), ("cue", self.cue),
                                          ("flags", ", ".join(self.flags)), ("evidence", ", ".join(self.evidence))]
        if p is None:
            rows.insert(1, ("place", "not resolved"))
        else:
            rows[1:1] = [("place", p.name), *p._html_rows()[:3]]
        if self.runners_up:
            rows.append(("runners-up", "; ".join(f"{c.name}, {c.country} ({c.feature}) {c.score:.2f}"
                                                 for c in self.runners_up[:5])))
        return card(f"Place mention: {self.surface}", rows, raw=frozenset({"coordinates"}))

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


def _maker(cls: type, names: tuple[str, ...]) -> Callable[[tuple[Any, ...]], Any]:
    """A function making a ``cls`` from the values of its fields ``names``, in that order.

    When ``names`` are all the fields of ``cls`` (a frozen dataclass with slots) in their order, each set by
    an ``__init__`` that does nothing else, the maker sets each slot through its descriptor, one statement per
    slot (the source is generated, as dataclasses generate ``__init__``): half the time of ``__init__``
    (``object.__setattr__`` by field name). Otherwise (the class changed) it calls ``cls`` with the values by
    name.

    >>> names = tuple(f.name for f in fields(Candidate))
    >>> values = ("1", "Kharkiv", "city", "P", "PPLA", "UA", "Kharkivska", 49.98, 36.25, 1430885, 90, "Kharkiv",
    ...           1.0, 0.9, True, (0.9,), 0.8)
    >>> _maker(Candidate, names)(values) == Candidate(*values)
    True
    >>> _maker(Candidate, names[::-1])(values[::-1]) == Candidate(*values)
    True
    """
    if not _plain_slots(cls, names):
        return lambda values: cls(**dict(zip(names, values)))
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update((f"set_{n}", getattr(cls, name).__set__) for n, name in enumerate(names))
    body = "".join(f"    set_{n}(made, values[{n}])\n" for n in range(len(names)))
    exec(f"def make(values):\n    made = new(cls)\n{body}    return made\n", namespace)
    return namespace["make"]


def _tail_maker(cls: type, names: tuple[str, ...], tail: int) -> Callable[..., Any]:
    """Like :func:`_maker`, a function making a ``cls`` from the values of its fields ``names``, but taking the
    values of all but the last ``tail`` fields as one tuple and those of the last ``tail`` as arguments:
    ``make(head, *rest)``, without building the whole tuple of values first.

    >>> names = tuple(f.name for f in fields(Candidate))
    >>> values = ("1", "Kharkiv", "city", "P", "PPLA", "UA", "Kharkivska", 49.98, 36.25, 1430885, 90, "Kharkiv",
    ...           1.0, 0.9, True, (0.9,), 0.8)
    >>> _tail_maker(Candidate, names, 2)(values[:-2], (0.9,), 0.8) == Candidate(*values)
    True
    """
    head = len(names) - tail
    rest = [f"value_{n}" for n in range(tail)]
    if not _plain_slots(cls, names):
        return lambda values, *more: cls(**dict(zip(names, (*values, *more))))
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update((f"set_{n}", getattr(cls, name).__set__) for n, name in enumerate(names))
    body = "".join(f"    set_{n}(made, head[{n}])\n" for n in range(head)) + "".join(
        f"    set_{head + n}(made, {arg})\n" for n, arg in enumerate(rest))
    exec(f"def make(head, {', '.join(rest)}):\n    made = new(cls)\n{body}    return made\n", namespace)
    return namespace["make"]


def _replacer(cls: type, name: str) -> Callable[[Any, Any], Any]:
    """A function making a copy of a ``cls`` (a frozen dataclass with slots) with the field ``name`` set to another
    value: ``dataclasses.replace(old, name=value)`` without its overhead (generated as :func:`_maker`'s).

    >>> with_role = _replacer(PlaceMention, "role")
    >>> m = PlaceMention("d1", 0, 7, "Kharkiv", "other", _example_candidate(), 0.91, 3, 1, 0, flags=("x",))
    >>> with_role(m, "event") == replace(m, role="event"), with_role(m, "event").role, m.role
    (True, 'event', 'other')
    """
    names = tuple(f.name for f in fields(cls))
    if name not in names or not _plain_slots(cls, names):
        return lambda old, value: replace(old, **{name: value})
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    namespace.update((f"set_{n}", getattr(cls, field).__set__) for n, field in enumerate(names))
    body = "".join(f"    set_{n}(made, {'value' if field == name else f'old.{field}'})\n"
                   for n, field in enumerate(names))
    exec(f"def replace_field(old, value):\n    made = new(cls)\n{body}    return made\n", namespace)
    return namespace["replace_field"]


def _plain_slots(cls: type, names: tuple[str, ...]) -> bool:
    """Are ``names`` all the fields of ``cls``, in order, each set by an ``__init__`` that does nothing else and kept
    in a slot?"""
    return (tuple(f.name for f in fields(cls) if f.init) == names and len(fields(cls)) == len(names)
            and not hasattr(cls, "__post_init__") and hasattr(cls, "__slots__"))


def _example_candidate() -> Candidate:
    """A candidate for the doctests."""
    return Candidate("706483", "Kharkiv", "city", "P", "PPLA", "UA", "Kharkivska", 49.98, 36.25, 1430885, 200,
                     "kharkiv", 1.0, 0.9, score=0.91)
