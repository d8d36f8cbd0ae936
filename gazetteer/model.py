"""Plain data: what sources feed the index and what searches return.

>>> rec = PlaceRecord(id="706483", name="Kharkiv", lat=49.98, lon=36.25,
...                   feature_class="P", feature_code="PPLA", country="UA",
...                   population=1430885, names=(("Kharkov", ""), ("Харків", "uk")))
>>> rec.feature
'city'
>>> coarse_feature("A", "ADM1")
'admin1'
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

__all__ = ["FEATURES", "Place", "PlaceRecord", "coarse_feature"]

#: The coarse feature types of the output schema, most to least encompassing.
FEATURES = ("country", "region", "admin1", "city", "village", "physical")

#: Population from which a GeoNames populated place counts as a city.
CITY_POPULATION = 10_000

_CITY_CODES = {"PPLC", "PPLA", "PPLA2", "PPLG", "PPLCH"}
_COUNTRY_CODES = {"PCL", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCLH", "TERR"}


def coarse_feature(feature_class: str, feature_code: str, population: int = 0) -> str:
    """Map a GeoNames feature class and code to one of :data:`FEATURES`."""
    code = feature_code.upper()
    cls = feature_class.upper()
    if cls == "A":
        if code in _COUNTRY_CODES:
            return "country"
        if code == "ADM1" or code == "ADM1H":
            return "admin1"
        return "region"
    if cls == "P":
        if code in _CITY_CODES or population >= CITY_POPULATION:
            return "city"
        return "village"
    if cls == "L":
        return "region"
    return "physical"


@dataclass(frozen=True, slots=True)
class PlaceRecord:
    """One place as a data source delivers it to the index builder.

    ``id`` is the GeoNames id as a decimal string for places from GeoNames (so the
    same place from two GeoNames-based sources merges), and ``"<source>:<key>"``
    otherwise. ``kind`` overrides the coarse feature type derived from the codes
    (a user who says "city" is believed). ``names`` holds alternate names as ``(name, lang)`` pairs in their
    original spelling; ``lang`` is an ISO 639 code, GeoNames' pseudo-languages
    (``abbr``, ``iata``...) or ``""``. ``geometry`` is optional WKB. ``extra`` holds
    ``(key, value)`` facts beyond these fields (a parent chain, how the point was obtained);
    searches return them in :attr:`Place.extra`.
    """

    id: str
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str = ""
    admin1: str = ""
    population: int = 0
    names: tuple[tuple[str, str], ...] = ()
    source: str = ""
    geometry: bytes | None = None
    kind: str = ""
    extra: tuple[tuple[str, str], ...] = ()

    @property
    def feature(self) -> str:
        """The coarse feature type: ``kind`` when the source says it, else derived from the codes."""
        return self.kind or coarse_feature(self.feature_class, self.feature_code, self.population)


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry as a search returns it, with the evidence of the match.

    ``matched`` is the spelling that matched the query, ``score`` the ranking score
    in 0..1 (higher is better), ``alt_count`` how many alternate names the place has
    (a proxy for how well known it is).
    """

    id: str
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
    source: str
    matched: str = ""
    score: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def point(self) -> tuple[float, float]:
        """``(lat, lon)``."""
        return (self.lat, self.lon)

    def __repr__(self) -> str:
        """One line: name, type, country, coordinates, id (and the spelling matched and score when searched).

        >>> Place("585170", "Tartar", "city", "P", "PPLA2", "AZ", "", 40.34, 46.93, 18000, 20, "geonames")
        Place(name='Tartar', feature='city', country='AZ', lat=40.34, lon=46.93, id='585170')
        """
        shown = [f"name={self.name!r}", f"feature={self.feature!r}", f"country={self.country!r}"]
        if self.admin1:
            shown.append(f"admin1={self.admin1!r}")
        shown += [f"lat={self.lat:.4g}", f"lon={self.lon:.4g}", f"id={self.id!r}"]
        if self.matched and self.matched != self.name:
            shown.append(f"matched={self.matched!r}")
        if self.score:
            shown.append(f"score={self.score:.2f}")
        return f"Place({', '.join(shown)})"

    def _repr_html_(self) -> str:
        """A card for Jupyter: name, type, where, coordinates (linked to OpenStreetMap), id, source; escaped."""
        from .display import card, osm_link

        code = f"{self.feature} ({self.feature_class}.{self.feature_code})" if self.feature_code else self.feature
        where = ", ".join(part for part in (self.admin1, self.country) if part)
        rows = [("type", code), ("in", where), ("coordinates", osm_link(self.lat, self.lon)),
                ("population", f"{self.population:,}" if self.population else ""),
                ("matched", self.matched if self.matched and self.matched != self.name else ""),
                ("score", f"{self.score:.2f}" if self.score else ""), ("id", self.id), ("source", self.source)]
        return card(f"Place: {self.name}", rows, raw=frozenset({"coordinates"}))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every field."""
        return {
            "id": self.id,
            "name": self.name,
            "feature": self.feature,
            "feature_class": self.feature_class,
            "feature_code": self.feature_code,
            "country": self.country,
            "admin1": self.admin1,
            "lat": self.lat,
            "lon": self.lon,
            "population": self.population,
            "alt_count": self.alt_count,
            "source": self.source,
            "matched": self.matched,
            "score": round(self.score, 4),
        }


#: Base priors of administrative units below the second level: lower than the 0.25 of the least
#: populated place, because they are many, small and share their names with towns and each other.
_LOW_ADMIN = {"ADM3": 0.2, "ADM4": 0.15, "ADM5": 0.15}


def prior(feature: str, feature_class: str, feature_code: str, population: int, alt_count: int) -> float:
    """How likely a place is meant when its name is mentioned, before any context (0..1).

    Countries first, then capitals and big cities, named regions, first-level
    regions, towns, villages, physical features; well-known places (many alternate
    names) get a bonus.

    >>> prior("country", "A", "PCLI", 10_000_000, 200) > prior("city", "P", "PPL", 500_000, 100)
    True
    >>> prior("admin1", "A", "ADM1", 0, 5) > prior("city", "P", "PPL", 20_000, 30)
    True

    Districts and villages as administrative units (``ADM3``, ``ADM4``...) rank below any populated
    place, so that their names need context (a cue word, a nearby place) to be taken:

    >>> prior("region", "A", "ADM3", 0, 3) < prior("village", "P", "PPL", 0, 0)
    True

    An ocean outranks a town named after it ("Atlantic", Iowa):

    >>> prior("physical", "H", "OCN", 0, 15) > prior("village", "P", "PPL", 7_000, 10)
    True
    """
    code = feature_code.upper()
    if feature == "country" or code == "CONT":
        base = 1.0
    elif code == "OCN":  # five oceans, named as often as countries
        base = 0.85
    elif code in ("SEA", "GULF"):
        base = 0.55
    elif code == "PCLH":
        base = 0.75
    elif feature_class == "P":
        base = max(0.25, min(1.0, math.log10(population + 1) / 7))
        if code in ("PPLC", "PPLG"):  # a capital, or another seat of the government (Putrajaya, The Hague)
            base += 0.15
        elif code == "PPLA":
            base += 0.05
    elif feature == "admin1":
        base = 0.7
    elif code in _LOW_ADMIN:
        base = _LOW_ADMIN[code]
    elif feature_class == "L" or code.startswith("RGN"):
        base = 0.55
    elif code == "ADM2":
        base = 0.45
    elif feature == "region":
        base = 0.35
    else:
        base = 0.3
    fame = 0.12 * min(1.0, math.log1p(alt_count) / math.log1p(150))
    return min(1.0, base + fame)
