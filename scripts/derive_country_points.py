"""Derive gazetteer/data/country_points.csv: one representative point per country.

The points are the CIA World Factbook's "geographic coordinates" of each country
(public domain), the same rounded points GeoNames uses for its country features
(Russia 60 N 100 E), as compiled in the npm package ``world-countries`` (ODbL-1.0).
Natural Earth's label points (used for drawing) can lie far from them (Russia's is
near Moscow), and news geoparsing is scored against the GeoNames points.

    python scripts/derive_country_points.py               # runs `npm pack world-countries@5.1.0`
    python scripts/derive_country_points.py --from DIR    # an unpacked package directory
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-countries@5.1.0"
OUT = Path(__file__).resolve().parents[1] / "gazetteer" / "data" / "country_points.csv"


def load(src: Path | None) -> list[dict]:
    if src is not None:
        return json.loads((src / "countries.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.check_output(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, text=True)
        name = out.strip().splitlines()[-1]
        with tarfile.open(Path(tmp) / name) as tar:
            member = tar.extractfile("package/countries.json")
            assert member is not None
            return json.loads(member.read().decode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="src", type=Path, help="unpacked world-countries package directory")
    args = ap.parse_args()
    rows = sorted(
        (c["cca2"], float(c["latlng"][0]), float(c["latlng"][1]))
        for c in load(args.src)
        if len(c.get("cca2", "")) == 2 and len(c.get("latlng") or []) == 2
    )
    tmp = OUT.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["country", "lat", "lon"])
        writer.writerows((cc, f"{lat:g}", f"{lon:g}") for cc, lat, lon in rows)
    os.replace(tmp, OUT)
    print(f"wrote {len(rows)} country points to {OUT}")


if __name__ == "__main__":
    main()
