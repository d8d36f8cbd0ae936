"""Searching the index: ranked candidates for a name, places by id, reverse lookups.

>>> from gazetteer import Gazetteer
>>> gaz = Gazetteer()                                  # doctest: +SKIP
>>> best = gaz.search("Київ")[0]                       # doctest: +SKIP
>>> best.name, best.country, round(best.lat, 2)        # doctest: +SKIP
('Kyiv', 'UA', 50.45)
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .errors import BadInputError, GazetteerCorruptError
from .model import FEATURES, Place, prior
from .normalize import (
    fold,
    has_marked_letters,
    is_abjad,
    is_code_like,
    is_spelled_exactly,
    light_fold,
    marked_fold,
    same_abjad_spelling,
)
from .paths import default_index_path
from .store import CODE_LANGS, REBUILD_HINT, open_index

__all__ = ["Gazetteer", "haversine_km", "match_quality"]

_SELECT = (
    "SELECT p.rowid, p.id, p.name, p.feature, p.feature_class, p.feature_code, p.country, p.admin1, "
    "p.lat, p.lon, p.population, p.alt_count, p.source"
)
_BY_KEY = f"{_SELECT}, n.name, n.lang FROM names n JOIN places p ON p.rowid = n.place WHERE n.key = ?"
_BY_KEY_CC = _BY_KEY + " AND p.country = ?"
_EARTH_KM = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km.

    >>> round(haversine_km(40.38, 49.89, 40.18, 44.51))
    457
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def match_quality(matched: str, lang: str, query: str, query_light: str, query_code: bool = False) -> float:
    """How well a stored spelling matches a query that folds to the same key (0..1).

    1 for the exact spelling, 0.95 up to case and diacritics, 0.85 through
    transliteration; codes and abbreviations 0.45 (0.9 when the query is that code).
    A query in a script without short vowels (Arabic, Hebrew) matches only its own spelling
    (clitics and article aside): other names sharing its consonants score 0, no match.

    >>> match_quality("Baku", "", "BAKU", light_fold("BAKU"))
    0.95
    >>> match_quality("وسٹا", "ur", "وسط", light_fold("وسط"))     # Vista in Urdu is not "centre"
    0.0
    >>> match_quality("乌克兰", "zh", "乌克兰", light_fold("乌克兰"))
    1.0
    >>> match_quality("ลาว", "th", "ล่าว", light_fold("ล่าว")), match_quality("ลาว", "th", "ลาว", light_fold("ลาว"))
    (0.0, 1.0)
    """
    if is_abjad(query):
        if not same_abjad_spelling(matched, query):
            return 0.0
        return 1.0 if matched == query else 0.95
    if is_spelled_exactly(query):  # Chinese, Japanese, Korean, Thai, Hindi...: the same letters, not a homophone
        if has_marked_letters(query):  # Thai, Lao, Burmese, Khmer: the same marks too (ลาว, Laos; ล่าว of กล่าว)
            return 1.0 if marked_fold(matched) == marked_fold(query) else 0.0
        return 1.0 if light_fold(matched) == query_light else 0.0
    if lang in CODE_LANGS:
        return 0.9 if query_code and matched == query.strip() else 0.45
    if is_abjad(matched) or is_spelled_exactly(matched):  # nor is a Latin or Cyrillic word ("Крым") spelling its key
        return 0.0
    if matched == query:
        return 1.0
    if light_fold(matched) == query_light:
        return 0.95
    return 0.85


#: What a match through another of a place's names (an exonym, a former name) weighs against one through its own name:
#: "Salem" is first the Indian city of that name, not Jerusalem, which a few texts call so; "Kiev" and "Bombay",
#: whose places no other is named after, still find Kyiv and Mumbai first.
ALIAS_MATCH = 0.9


def _feature_filter(feature: str | Iterable[str] | None) -> frozenset[str] | None:
    if feature is None:
        return None
    wanted = {feature} if isinstance(feature, str) else set(feature)
    unknown = [
        f for f in wanted if f not in FEATURES and not re.fullmatch(r"[A-Z][A-Z0-9]{0,5}", f)
    ]
    if unknown:
        raise BadInputError(
            f"Unknown feature {unknown[0]!r}: use one of {', '.join(FEATURES)}, a GeoNames feature class "
            "letter (P, A, H, T, L, ...) or a feature code (PPLC, ADM1, MTS, ...)."
        )
    return frozenset(wanted)


#: A town within this distance of a same-named district's label point is taken as its seat.
SEAT_KM = 50.0


def _prefer_seats(places: list[Place]) -> list[Place]:
    """Rank a town above the administrative district named after it (Idlib over Idlib Governorate).

    When a name matches both an administrative division and a populated place of the
    same country close to the division's label point, a news text almost always means
    the town; the division keeps its place right below it.
    """
    divisions = [p for p in places if p.feature_class == "A" and p.feature in ("admin1", "region")]
    if not divisions:
        return places
    out = []
    for p in places:
        if p.feature_class == "P":
            for d in divisions:
                if (
                    d.country == p.country
                    and d.score >= p.score
                    and haversine_km(d.lat, d.lon, p.lat, p.lon) <= SEAT_KM
                ):
                    p = replace(p, score=d.score + 1e-3, extra={**p.extra, "seat_of": d.id})
        out.append(p)
    return out


def _installed_data_version() -> str:
    from .build import data_version

    return data_version()


class Gazetteer:
    """The offline gazetteer.

    ``Gazetteer()`` opens the default index, building it first if it does not exist
    yet (about a minute, once). ``Gazetteer(path)`` opens a given index and raises
    :class:`~gazetteer.errors.GazetteerNotFoundError` if it is missing. Many
    processes and threads can read one index at once.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, build: bool | None = None) -> None:
        default = path is None
        self.path = Path(path) if path is not None else default_index_path()
        auto = build if build is not None else default
        if auto and not self.path.exists():
            from .build import build_default

            build_default(self.path)
        try:
            self._con = open_index(self.path)
            stale = auto and default and self._meta("data_version") != _installed_data_version()
        except GazetteerCorruptError:
            if not auto:
                raise
            stale = True
        if stale:
            # The default index is a cache of installed data: rebuild it when it is stale or damaged.
            from .build import build_default

            with contextlib.suppress(Exception):
                self._con.close()
            build_default(self.path)
            self._con = open_index(self.path)
        self._lock = threading.Lock()
        self._admin1: dict[tuple[str, str], str] | None = None
        self._shapes: Any = None
        self._countries: list[Place] | None = None
        self._has_extra: bool | None = None

    def _meta(self, key: str) -> str | None:
        row = self._con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    # -- lifecycle -------------------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Gazetteer({str(self.path)!r})"

    def __len__(self) -> int:
        return int(self._query("SELECT count(*) FROM places")[0][0])

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self._con.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise GazetteerCorruptError(f"The gazetteer index {self.path} is damaged ({exc}); {REBUILD_HINT}") from None

    # -- lookups ---------------------------------------------------------------------------------
    def lookup(self, key: str, country: str | None = None) -> list[tuple[Any, ...]]:
        """Raw rows for an already folded key (the fast path the geoparser uses)."""
        if country:
            return self._query(_BY_KEY_CC, (key, country.upper()))
        return self._query(_BY_KEY, (key,))

    def search(
        self,
        name: str,
        country: str | None = None,
        feature: str | Iterable[str] | None = None,
        near: tuple[float, float] | None = None,
        limit: int = 10,
    ) -> list[Place]:
        """Ranked candidates for ``name``; an empty list when nothing matches.

        ``country`` is an ISO 3166-1 alpha-2 code; ``feature`` one of
        :data:`gazetteer.model.FEATURES`, a GeoNames class letter or code (or several);
        ``near`` a ``(lat, lon)`` that favours close candidates.
        """
        if not isinstance(name, str):
            raise BadInputError(f"search() takes a place name as str, not {type(name).__name__}")
        key = fold(name)
        if not key:
            return []
        wanted = _feature_filter(feature)
        rows = self.lookup(key, country)
        if not rows:
            return []
        query_light = light_fold(name)
        query_code = is_code_like(name.strip())
        best: dict[int, tuple[float, tuple[Any, ...]]] = {}
        for row in rows:
            if wanted is not None and not (row[3] in wanted or row[4] in wanted or row[5] in wanted):
                continue
            quality = match_quality(row[13], row[14], name, query_light, query_code)
            if not quality:
                continue
            prev = best.get(row[0])
            if prev is None or quality > prev[0]:
                best[row[0]] = (quality, row)
        places = []
        aliased: set[str] = set()  # ids of the places the query names by another of their names, not their own
        for quality, row in best.values():
            if light_fold(row[13]) != light_fold(row[2]):
                quality *= ALIAS_MATCH
                aliased.add(row[1])
            score = quality * (0.4 + 0.6 * prior(row[3], row[4], row[5], row[10], row[11]))
            extra: dict[str, Any] = {"lang": row[14]}
            if near is not None:
                dist = haversine_km(near[0], near[1], row[8], row[9])
                score *= 0.25 + 0.75 * math.exp(-dist / 250.0)
                extra["distance_km"] = round(dist, 1)
            places.append(self._place(row, matched=row[13], score=score, extra=extra))
        places = _prefer_seats(places)
        # Equal scores (the best-known places all reach 1): a place the query names by its own name comes before
        # one it names by another (Islamabad, Pakistan's capital, before Chittagong, once also called so), then
        # the more populous.
        places.sort(key=lambda p: (-p.score, p.id in aliased, -p.population, p.id))
        return self._with_extras(places[:limit], {row[1]: row[0] for _, row in best.values()})

    def get(self, place_id: str | int) -> Place | None:
        """The place with this id (GeoNames id or ``source:key``), or None."""
        rows = self._query(f"{_SELECT} FROM places p WHERE p.id = ?", (str(place_id),))
        if not rows:
            return None
        return self._place(rows[0], extra={**self.extra(place_id), "names": self.names(place_id)})

    def extra(self, place_id: str | int) -> dict[str, Any]:
        """Facts a source stored about a place beyond the standard fields, ``{}`` if none.

        A stored ``parent_id`` is followed up the chain, and every unit on it that names its
        ``level`` adds ``{level: its name}``: an Indonesian village gets ``kecamatan`` and
        ``kabkota`` beside its stored ``province``, ``postcode``, and ``point`` (how its point
        was obtained: ``name``, ``seat``, ``districts``, ``province``, or ``parent``, the point
        of the unit above).
        """
        if not self._extras_stored():
            return {}
        rows = self._query(
            "SELECT e.data FROM place_extra e JOIN places p ON p.rowid = e.place WHERE p.id = ?", (str(place_id),)
        )
        return self._chain(json.loads(rows[0][0])) if rows else {}

    def _chain(self, data: dict[str, Any]) -> dict[str, Any]:
        """``data`` with the name of each ``level`` up its ``parent_id`` chain."""
        out = dict(data)
        up, seen = data.get("parent_id"), set()
        while isinstance(up, str) and up not in seen and len(seen) < 8:
            seen.add(up)
            rows = self._query(
                "SELECT p.name, e.data FROM places p LEFT JOIN place_extra e ON e.place = p.rowid WHERE p.id = ?",
                (up,),
            )
            if not rows:
                break
            above = json.loads(rows[0][1]) if rows[0][1] else {}
            if above.get("level"):
                out.setdefault(above["level"], rows[0][0])
            up = above.get("parent_id")
        return out

    def _extras_stored(self) -> bool:
        if self._has_extra is None:
            rows = self._query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'place_extra'")
            self._has_extra = bool(rows) and bool(self._query("SELECT 1 FROM place_extra LIMIT 1"))
        return self._has_extra

    def _with_extras(self, places: list[Place], rowids: dict[str, int]) -> list[Place]:
        """``places`` with the stored extras of those that have some merged into ``Place.extra``."""
        if not places or not self._extras_stored():
            return places
        wanted = [rowids[p.id] for p in places]
        rows = self._query(
            "SELECT place, data FROM place_extra WHERE place IN (SELECT value FROM json_each(?))", (json.dumps(wanted),)
        )
        if not rows:
            return places
        stored = {place: self._chain(json.loads(data)) for place, data in rows}
        return [
            replace(p, extra={**stored[rowids[p.id]], **p.extra}) if rowids[p.id] in stored else p for p in places
        ]

    def countries(self) -> list[Place]:
        """Every country in the index (cached)."""
        if self._countries is None:
            rows = self._query(f"{_SELECT} FROM places p WHERE p.feature = 'country'")
            self._countries = [self._place(r) for r in rows]
        return self._countries

    def names(self, place_id: str | int) -> list[tuple[str, str]]:
        """Every ``(name, lang)`` spelling of a place, as its sources gave them."""
        rows = self._query(
            "SELECT n.name, n.lang FROM names n JOIN places p ON p.rowid = n.place WHERE p.id = ?",
            (str(place_id),),
        )
        return sorted(set(rows))

    def region_names(self, country: str) -> list[tuple[str, str]]:
        """``(place id, spelling)`` of every name of ``country``'s first-level regions (primary names first):
        what a near spelling is compared with ("Oromia" and the gazetteer's "Oromiya")."""
        rows = self._query(
            "SELECT p.id, p.name FROM places p WHERE p.feature = 'admin1' AND p.country = ? "
            "UNION ALL SELECT p.id, n.name FROM names n JOIN places p ON p.rowid = n.place "
            "WHERE p.feature = 'admin1' AND p.country = ? AND n.lang != 'abbr'",
            (country.upper(), country.upper()),
        )
        return list(dict.fromkeys(rows))

    def keys_starting(self, prefix: str, limit: int = 5000) -> list[str]:
        """The index's keys that start with ``prefix`` (a folded prefix): where a near spelling of a name is
        looked for ("hodeidah" and the index's "hodeida"). At most ``limit`` keys, in key order."""
        if not prefix:
            return []
        rows = self._query("SELECT key FROM keys WHERE key >= ? AND key < ? LIMIT ?",
                           (prefix, prefix + "\U0010ffff", limit))
        return [row[0] for row in rows]

    def geometry(self, place_id: str | int) -> Any:
        """The shapely outline of a country or region, or None when only a point is known."""
        import shapely

        rows = self._query("SELECT geometry FROM places WHERE id = ?", (str(place_id),))
        return shapely.from_wkb(rows[0][0]) if rows and rows[0][0] else None

    def reverse(
        self,
        lat: float,
        lon: float,
        limit: int = 1,
        max_km: float = 100.0,
        feature: str | Iterable[str] | None = None,
    ) -> list[Place]:
        """Places near ``(lat, lon)``, nearest first.

        By default the nearest populated places within ``max_km``; where there is
        none, the first-level region or country whose outline holds the point.
        """
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise BadInputError(
                f"({lat}, {lon}) is not a WGS84 point: latitude must be in -90..90, longitude in -180..180"
            )
        wanted = _feature_filter(feature) or frozenset({"P"})
        found: dict[int, tuple[float, tuple[Any, ...]]] = {}
        for deg in (0.05, 0.25, 1.0, max_km / 111.0 + 0.01):
            if deg > max_km / 111.0 + 0.01:
                continue
            dlon = deg / max(0.05, math.cos(math.radians(lat)))
            rows = self._query(
                f"{_SELECT} FROM places_rtree r JOIN places p ON p.rowid = r.id "
                "WHERE r.minlat >= ? AND r.maxlat <= ? AND r.minlon >= ? AND r.maxlon <= ?",
                (lat - deg, lat + deg, lon - dlon, lon + dlon),
            )
            for row in rows:
                if row[3] in wanted or row[4] in wanted or row[5] in wanted:
                    dist = haversine_km(lat, lon, row[8], row[9])
                    if dist <= max_km:
                        found[row[0]] = (dist, row)
            if len(found) >= limit:
                break
        if found:
            ranked = sorted(found.values(), key=lambda t: t[0])[:limit]
            return [self._place(row, extra={"distance_km": round(d, 3)}) for d, row in ranked]
        return self._containing(lat, lon)[:limit]

    def _containing(self, lat: float, lon: float) -> list[Place]:
        import shapely

        if self._shapes is None:
            rows = self._query("SELECT id, geometry FROM places WHERE geometry IS NOT NULL")
            ids = [r[0] for r in rows]
            geoms = shapely.from_wkb([r[1] for r in rows])
            self._shapes = (ids, geoms, shapely.STRtree(geoms))
        ids, geoms, tree = self._shapes
        hits = tree.query(shapely.Point(lon, lat), predicate="intersects")
        places = [p for p in (self.get(ids[i]) for i in hits) if p is not None]
        order = {"admin1": 0, "region": 1, "country": 2}
        places.sort(key=lambda p: order.get(p.feature, 3))
        return places

    # -- facts -----------------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """Path, size, counts per feature and source, build time and provenance."""
        meta = dict(self._query("SELECT key, value FROM meta"))
        features = dict(self._query("SELECT feature, count(*) FROM places GROUP BY feature ORDER BY 2 DESC"))
        return {
            "path": str(self.path),
            "size_mb": round(self.path.stat().st_size / 1e6, 1),
            "places": sum(features.values()),
            "names": int(self._query("SELECT count(*) FROM names")[0][0]),
            "features": features,
            "schema_version": meta.get("schema_version"),
            "built": meta.get("built"),
            "sources": json.loads(meta.get("sources", "[]")),
        }

    def admin1_name(self, country: str, code: str) -> str:
        """Display name of a first-level region from its GeoNames admin1 code ('' if unknown)."""
        if self._admin1 is None:
            self._admin1 = {(c, k): n for c, k, n in self._query("SELECT country, code, name FROM admin1")}
        return self._admin1.get((country, code), "")

    def _place(
        self, row: tuple[Any, ...], matched: str = "", score: float = 0.0, extra: dict[str, Any] | None = None
    ) -> Place:
        admin1 = self.admin1_name(row[6], row[7]) if row[7] else ""
        return Place(
            id=row[1], name=row[2], feature=row[3], feature_class=row[4], feature_code=row[5], country=row[6],
            admin1=admin1 or row[7], lat=row[8], lon=row[9], population=row[10], alt_count=row[11],
            source=row[12], matched=matched, score=score, extra=extra or {},
        )
