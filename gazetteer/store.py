"""The on-disk index: one SQLite file, written atomically, read by many processes.

Writing always happens in a temporary file beside the target, which replaces the
target only when the whole build has succeeded (``os.replace``). An interrupted
build therefore leaves the previous index untouched, and readers that already
have the old file open keep reading it. Readers open the file read-only and
``immutable``: no locks, no journal, any number of processes at once.

Layout:

- ``places``: one row per place. ``rowid`` is the GeoNames id for places from
  GeoNames (so sources merge on it) and ``>= 2**40`` for everything else.
- ``names``: ``(key, place, name, lang)``, every spelling of every place with its
  folded matching key (:func:`gazetteer.normalize.fold`).
- ``admin1``: ``(country, code, name)`` for display.
- ``place_extra``: ``(place, data)``, a JSON object of facts some sources add beyond the
  ``places`` columns (:attr:`PlaceRecord.extra`: a parent chain, how a point was obtained).
  Indexes built before it existed lack the table; readers treat that as "no extras".
- ``places_rtree``: an R*Tree of the points, for reverse geocoding.
- ``meta``: schema version, build time, sources.

>>> import tempfile, pathlib
>>> from gazetteer.model import PlaceRecord
>>> path = pathlib.Path(tempfile.mkdtemp()) / "g.sqlite"
>>> with IndexWriter(path) as w:
...     _ = w.add([PlaceRecord(id="1", name="Alpha", lat=1.0, lon=2.0,
...                            feature_class="P", feature_code="PPL")])
>>> path.exists()
True
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import GazetteerCorruptError, GazetteerNotFoundError
from .model import PlaceRecord, prior
from .normalize import fold, is_code_like

__all__ = [
    "CODE_LANGS","LOCAL_ID_BASE", "REBUILD_HINT", "SCHEMA_VERSION", "IndexWriter", "open_index"]

SCHEMA_VERSION = 2
#: rowids of places that do not come from GeoNames start here.
LOCAL_ID_BASE = 2**40
REBUILD_HINT = "rebuild it with: geomap gazetteer build"

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places(
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    feature TEXT NOT NULL,
    feature_class TEXT NOT NULL,
    feature_code TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT '',
    admin1 TEXT NOT NULL DEFAULT '',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    population INTEGER NOT NULL DEFAULT 0,
    alt_count INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    geometry BLOB
);
CREATE TABLE names(
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    name TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(key, place, name)
) WITHOUT ROWID;
CREATE TABLE keys(
    key TEXT PRIMARY KEY,
    places INTEGER NOT NULL,
    prior REAL NOT NULL,
    code_prior REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE admin1(
    country TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY(country, code)
) WITHOUT ROWID;
"""
_EXTRA_TABLE = "CREATE TABLE IF NOT EXISTS place_extra(place INTEGER PRIMARY KEY, data TEXT NOT NULL)"

_FINAL = """
CREATE INDEX IF NOT EXISTS names_place ON names(place);
DROP TABLE IF EXISTS places_rtree;
CREATE VIRTUAL TABLE places_rtree USING rtree(id, minlat, maxlat, minlon, maxlon);
INSERT INTO places_rtree SELECT rowid, lat, lat, lon, lon FROM places;
UPDATE places SET alt_count = (SELECT count(*) FROM names WHERE names.place = places.rowid);
"""

_PLACE_COLUMNS = (
    "rowid, id, name, feature, feature_class, feature_code, country, admin1, lat, lon, population, source, geometry"
)
_UPSERT = f"""
INSERT INTO places({_PLACE_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(rowid) DO UPDATE SET
    name=excluded.name, feature=excluded.feature, feature_class=excluded.feature_class,
    feature_code=excluded.feature_code,
    country=CASE WHEN excluded.country != '' THEN excluded.country ELSE places.country END,
    admin1=CASE WHEN excluded.admin1 != '' THEN excluded.admin1 ELSE places.admin1 END,
    lat=excluded.lat, lon=excluded.lon,
    population=max(excluded.population, places.population),
    source=CASE WHEN instr(places.source, excluded.source) THEN places.source
                ELSE places.source || ';' || excluded.source END,
    geometry=coalesce(excluded.geometry, places.geometry)
"""
_INSERT_NAME = "INSERT OR IGNORE INTO names(key, place, name, lang) VALUES (?,?,?,?)"


def _connect_rw(path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA temp_store=MEMORY")
    con.execute("PRAGMA cache_size=-262144")  # 256 MiB of page cache while building
    return con


def _remove_stale(path: Path) -> None:
    """Delete temporary files of earlier builds of ``path`` whose process is gone (killed mid-build)."""
    if os.name != "posix":  # telling a live process from a dead one needs kill(pid, 0)
        return
    for old in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = old.name[len(path.name) + 2:-4]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                old.unlink()
        except OSError:
            pass  # alive, another user's: leave it


class IndexWriter:
    """Build or extend an index in a temporary file and publish it atomically.

    ``IndexWriter(path)`` starts a new index; ``IndexWriter(path, base=path)``
    copies the existing index first and adds to it (``add-geonames``, ``add``).
    Use it as a context manager: the new file replaces ``path`` only when the
    ``with`` block ends without an exception.
    """

    BATCH = 20_000

    def __init__(self, path: str | os.PathLike[str], base: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        _remove_stale(self.path)
        if self.tmp.exists():
            self.tmp.unlink()
        if base is not None:
            # Validate the base first: extending a corrupt index must fail clearly.
            open_index(base).close()
            shutil.copyfile(base, self.tmp)
            self.con = _connect_rw(self.tmp)
        else:
            self.con = _connect_rw(self.tmp)
            self.con.executescript(_SCHEMA)
            self._set_meta("schema_version", str(SCHEMA_VERSION))
            self._set_meta("sources", "[]")
        self.con.execute(_EXTRA_TABLE)  # also into a base built before the table existed
        self.con.execute("BEGIN")
        row = self.con.execute("SELECT max(rowid) FROM places WHERE rowid >= ?", (LOCAL_ID_BASE,)).fetchone()
        self._next_local = (row[0] or LOCAL_ID_BASE - 1) + 1
        self.counts: dict[str, int] = {}

    # -- context manager -------------------------------------------------------------------------
    def __enter__(self) -> IndexWriter:
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()

    # -- adding data -----------------------------------------------------------------------------
    def rowid_for(self, place_id: str) -> int:
        """The rowid a place id maps to, allocating one for a new non-GeoNames id."""
        if place_id.isdigit():
            return int(place_id)
        row = self.con.execute("SELECT rowid FROM places WHERE id = ?", (place_id,)).fetchone()
        if row:
            return int(row[0])
        rowid = self._next_local
        self._next_local += 1
        return rowid

    def add(self, records: Iterable[PlaceRecord], source: str | None = None) -> int:
        """Add or merge places with their names; return how many records were added."""
        n = 0
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, str, str]] = []
        extras: list[tuple[int, str]] = []
        for rec in records:
            rowid = self.rowid_for(rec.id)
            places.append(
                (
                    rowid, rec.id, rec.name,
                    rec.feature,
                    rec.feature_class, rec.feature_code, rec.country, rec.admin1,
                    float(rec.lat), float(rec.lon), int(rec.population or 0), rec.source, rec.geometry,
                )
            )
            names.extend(name_rows(rowid, rec.name, rec.names))
            if rec.extra:
                extras.append((rowid, json.dumps(dict(rec.extra), ensure_ascii=False, sort_keys=True)))
            n += 1
            if len(places) >= self.BATCH:
                self._flush(places, names, extras)
        self._flush(places, names, extras)
        if source:
            self.counts[source] = self.counts.get(source, 0) + n
        return n

    def _flush(
        self, places: list[tuple[Any, ...]], names: list[tuple[str, int, str, str]], extras: list[tuple[int, str]]
    ) -> None:
        if places:
            self.con.executemany(_UPSERT, places)
            places.clear()
        if names:
            self.con.executemany(_INSERT_NAME, names)
            names.clear()
        if extras:
            self.con.executemany("INSERT OR REPLACE INTO place_extra(place, data) VALUES (?, ?)", extras)
            extras.clear()

    def add_names(self, rows: Iterable[tuple[int, str, str]]) -> int:
        """Add ``(rowid, name, lang)`` alternate names in bulk (streamed GeoNames dumps).

        Names of rowids that are not (yet) places are removed by :meth:`commit`.
        """
        batch: list[tuple[str, int, str, str]] = []
        n = 0
        for rowid, name, lang in rows:
            key = fold(name)
            if not key:
                continue
            batch.append((key, rowid, name, lang))
            n += 1
            if len(batch) >= self.BATCH:
                self.con.executemany(_INSERT_NAME, batch)
                batch.clear()
        if batch:
            self.con.executemany(_INSERT_NAME, batch)
        return n

    def set_admin1_names(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Record ``(country, admin1 code, name)`` triples for display."""
        self.con.executemany("INSERT OR REPLACE INTO admin1(country, code, name) VALUES (?,?,?)", rows)

    def note_source(self, name: str, detail: str) -> None:
        """Remember in ``meta`` that a source went into this index."""
        sources = json.loads(self._get_meta("sources") or "[]")
        sources = [s for s in sources if s.get("name") != name]
        sources.append({"name": name, "detail": detail, "added": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})
        self._set_meta("sources", json.dumps(sources, ensure_ascii=False))

    # -- finishing -------------------------------------------------------------------------------
    def commit(self) -> Path:
        """Finish the index (derived tables, statistics) and atomically publish it."""
        con = self.con
        con.execute("DELETE FROM names WHERE place NOT IN (SELECT rowid FROM places)")
        con.execute("DELETE FROM place_extra WHERE place NOT IN (SELECT rowid FROM places)")
        # Index builds and VACUUM of a large (allCountries) index must spill to disk, not RAM.
        con.execute("PRAGMA temp_store=FILE")
        con.execute("COMMIT")
        con.executescript(_FINAL)
        _fill_keys(con)
        self._set_meta("built", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        con.execute("ANALYZE")
        con.execute("VACUUM")
        con.close()
        os.replace(self.tmp, self.path)
        return self.path

    def abort(self) -> None:
        """Throw the temporary file away; the previous index stays as it was."""
        with contextlib.suppress(Exception):
            self.con.close()
        with contextlib.suppress(FileNotFoundError):
            self.tmp.unlink()

    def set_meta(self, key: str, value: str) -> None:
        """Record a fact about the index (``meta`` table)."""
        self._set_meta(key, value)

    def _set_meta(self, key: str, value: str) -> None:
        self.con.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def _get_meta(self, key: str) -> str | None:
        row = self.con.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None


#: Pseudo-languages of names that are codes or abbreviations, not names.
CODE_LANGS = frozenset({"code", "iata", "icao", "faac", "unlc", "tcid", "iso3", "abbr"})


def _fill_keys(con: sqlite3.Connection) -> None:
    """One row per matching key: how many places share it and the best prior among them.

    ``prior`` comes from real names, ``code_prior`` from codes and abbreviations
    (``BAK``, ``AZE``); the geoparser's spotter loads this table to decide fast which
    word sequences can be places at all.
    """
    best: dict[str, list[float]] = {}
    rows = con.execute(
        "SELECT n.key, n.lang, n.place, p.feature, p.feature_class, p.feature_code, p.population, p.alt_count "
        "FROM names n JOIN places p ON p.rowid = n.place ORDER BY n.key, n.place"
    )
    for key, lang, place, feature, fclass, fcode, population, alt_count in rows:
        entry = best.get(key)
        if entry is None:
            entry = best[key] = [0.0, 0.0, 0.0, -1.0]
        if place != entry[3]:
            entry[0] += 1
            entry[3] = place
        value = prior(feature, fclass, fcode, population, alt_count)
        slot = 2 if lang in CODE_LANGS else 1
        if value > entry[slot]:
            entry[slot] = value
    con.execute("BEGIN")
    con.execute("DELETE FROM keys")
    con.executemany(
        "INSERT INTO keys(key, places, prior, code_prior) VALUES (?,?,?,?)",
        ((k, int(v[0]), round(v[1], 4), round(v[2], 4)) for k, v in best.items()),
    )
    con.execute("COMMIT")


def name_rows(rowid: int, name: str, alternates: Iterable[tuple[str, str]]) -> Iterator[tuple[str, int, str, str]]:
    """Rows for the ``names`` table: the preferred name and every alternate spelling.

    Alternates that GeoNames glued together with double spaces are split, and short
    upper-case codes (IATA ``BAK``) are tagged ``lang="code"`` unless a language says
    otherwise.
    """
    key = fold(name)
    if key:
        yield (key, rowid, name, "")
    for alt, lang in alternates:
        parts = alt.split("  ") if "  " in alt else (alt,)
        for part in parts:
            part = part.strip()
            k = fold(part)
            if not k:
                continue
            if not lang and is_code_like(part) and part != name:
                yield (k, rowid, part, "code")
            else:
                yield (k, rowid, part, lang)


def open_index(path: str | os.PathLike[str]) -> sqlite3.Connection:
    """Open an index read-only, or raise an error that says how to (re)build it."""
    p = Path(path)
    if not p.is_file():
        raise GazetteerNotFoundError(
            f"No gazetteer index at {p}. Build it with: geomap gazetteer build"
            f"{'' if 'GEOMAP_GAZETTEER' not in os.environ else ' (GEOMAP_GAZETTEER points here)'}"
        )
    try:
        con = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro&immutable=1", uri=True, check_same_thread=False)
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise GazetteerCorruptError(f"The gazetteer index {p} cannot be read ({exc}); {REBUILD_HINT}") from None
    if row is None or row[0] != str(SCHEMA_VERSION):
        con.close()
        raise GazetteerCorruptError(
            f"The gazetteer index {p} has schema version {row[0] if row else 'none'}, "
            f"this geomap needs {SCHEMA_VERSION}; {REBUILD_HINT}"
        )
    return con
