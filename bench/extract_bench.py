"""Event extraction speed: articles/s of ``geomap.extract`` on one core, against geoparsing alone.

Texts: the development sets in ``<shared>/bench/geoparse/`` (news articles in English and
Indonesian, used for measurement only), ``<shared>`` being ``$GEOMAP_SHARED`` or
``<repo>/../shared``. Each article is cut or repeated to about 3 KB, the "typical article" of
the target (500 articles/s per core). The baseline in the same run is ``geomap.geoparse`` on the
same texts: the ratio says what the event stage costs on top of finding the places.

    python bench/extract_bench.py                      # both files, 200 articles each
    python bench/extract_bench.py --limit 50 --gazetteer /tmp/gt.sqlite --json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TARGET_PER_S = 500.0
SIZE = 3000


def shared_dir() -> Path:
    return Path(os.environ.get("GEOMAP_SHARED", REPO.parent / "shared"))


def texts(path: Path, limit: int) -> list[tuple[str, str]]:
    """(lang, ~3 KB text) of the first ``limit`` articles of a JSONL file."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = rec["text"]
            while len(text) < SIZE:
                text += "\n\n" + rec["text"]
            out.append((rec.get("lang") or "en", text[:SIZE]))
            if len(out) >= limit:
                break
    return out


def rate(fn, docs: Sequence[tuple[str, str]]) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    """(docs/s, rows produced): best of two passes."""
    best, rows = 0.0, 0
    for _ in range(2):
        t0 = time.perf_counter()
        rows = sum(len(fn(text, lang=lang, publication_date="2024-01-15")) for lang, text in docs)
        best = max(best, len(docs) / (time.perf_counter() - t0))
    return best, rows


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=200, help="articles per file (default 200)")
    ap.add_argument("--gazetteer", type=Path, help="gazetteer index (default: the default index)")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    if args.gazetteer:
        os.environ["GEOMAP_GAZETTEER"] = str(args.gazetteer)
    from geomap import extract, geoparse

    results = []
    for name in ("en_dev.jsonl", "id_dev.jsonl"):
        path = shared_dir() / "bench" / "geoparse" / name
        if not path.exists():
            print(f"missing {path}: set GEOMAP_SHARED", file=sys.stderr)
            return 1
        docs = texts(path, args.limit)
        extract(docs[0][1], lang=docs[0][0])  # warm-up: open the gazetteer, load lexicons
        ev_rate, events = rate(extract, docs)
        gp_rate, mentions = rate(geoparse, docs)
        results.append({"file": name, "articles": len(docs), "chars": SIZE, "events": events,
                        "mentions": mentions, "extract_per_s": round(ev_rate, 1), "geoparse_per_s": round(gp_rate, 1),
                        "event_stage_share": round(1 - ev_rate / gp_rate, 3) if gp_rate else None,
                        "target_per_s": TARGET_PER_S})
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"{'file':<14}{'articles':>9}{'events':>8}{'extract/s':>11}{'geoparse/s':>12}{'event share':>13}")
    for r in results:
        print(f"{r['file']:<14}{r['articles']:>9}{r['events']:>8}{r['extract_per_s']:>11}{r['geoparse_per_s']:>12}"
              f"{r['event_stage_share']:>13.1%}")
    print(f"target: {TARGET_PER_S:.0f} articles/s per core for ~{SIZE // 1000} KB articles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
