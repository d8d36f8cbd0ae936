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
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _registry import encode_csv, npm_package, write_atomic  # a sibling module, not a package

PACKAGE = "world-countries@5.1.0"
INTEGRITY = "sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="
OUT = Path(__file__).resolve().parents[1] / "gazetteer" / "data" / "country_points.csv"


def load(src: Path | None) -> list[dict]:
    with npm_package(src, PACKAGE, INTEGRITY) as package:
        return json.loads(package.read("countries.json", "--from must point at the unpacked package directory"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="src", type=Path, help="unpacked world-countries package directory")
    args = ap.parse_args()
    rows = sorted(
        (c["cca2"], float(c["latlng"][0]), float(c["latlng"][1]))
        for c in load(args.src)
        if len(c.get("cca2", "")) == 2 and len(c.get("latlng") or []) == 2
    )
    write_atomic(OUT, encode_csv(["country", "lat", "lon"], ((cc, f"{lat:g}", f"{lon:g}") for cc, lat, lon in rows)))
    print(f"wrote {len(rows)} country points to {OUT}")


if __name__ == "__main__":
    main()
