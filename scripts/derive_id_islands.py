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
import datetime as dt
import gzip
import hashlib
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer.sources._files import read_tsv_gz  # noqa: E402
from gazetteer.sources.id_admin import _COLUMNS as ADMIN_COLUMNS  # noqa: E402

PACKAGE = "idn-area-data@4.0.1"
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


def build(src: Path) -> tuple[list[tuple[str, ...]], Counter[str]]:
    with (src / "data" / "islands.csv").open(encoding="utf-8", newline="") as fh:
        islands = list(csv.DictReader(fh))
    with (src / "data" / "regencies.csv").open(encoding="utf-8", newline="") as fh:
        regencies = {row["code"]: " ".join(row["name"].split()) for row in csv.DictReader(fh)}
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


def write(rows: list[tuple[str, ...]], stats: Counter[str], out: Path) -> None:
    text = "\t".join(COLUMNS) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    data = gzip.compress(text.encode("utf-8"), mtime=0)
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, out)
    inhabited = sum(1 for r in rows if r[5] == "1")
    provenance = "\n".join([
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
        f"- **File:** {len(data):,} bytes, sha256 `{hashlib.sha256(data).hexdigest()}`.",
        f"- **Generated:** {dt.date.today().isoformat()}.",
        "",
        "Rules are documented in the docstring of `scripts/derive_id_islands.py`.",
        "",
    ])
    tmp = PROVENANCE_OUT.with_suffix(".tmp")
    tmp.write_text(provenance, encoding="utf-8")
    os.replace(tmp, PROVENANCE_OUT)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--from", dest="src", type=Path, help="an unpacked idn-area-data package directory")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    if args.src is not None:
        rows, stats = build(args.src)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            name = subprocess.check_output(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, text=True).split()[-1]
            with tarfile.open(Path(tmp) / name) as tar:
                tar.extractall(tmp, filter="data")
            rows, stats = build(Path(tmp) / "package")
    write(rows, stats, args.out)
    print(f"wrote {len(rows):,} islands to {args.out} ({dict(stats)})")


if __name__ == "__main__":
    main()
