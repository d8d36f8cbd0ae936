"""Corpus throughput: articles per second on 1 and 2 local workers and on Dask (2 workers), memory per worker.

    python bench/batch.py                       # 10,000 documents, the three runs
    python bench/batch.py --docs 2000 --runs 1,2

The corpus is the English development set (../shared/bench/geoparse/en_dev.jsonl, found by
path; GEOMAP_SHARED overrides where ../shared is) replicated to ``--docs`` documents, each copy
with its own id. Each run goes through :func:`geomap.batch.run_batch` end to end (reading the
corpus, starting the workers, opening the gazetteer in each, writing the part files), into a
fresh output directory. Reported: wall time, articles/s, the speed-up over one worker (target
>= 1.8 on 2 cores), the peak resident memory of each worker process, and whether every run
wrote the same events. The gazetteer is ``GEOMAP_GAZETTEER`` or the default index.
Other processes on the machine slow the parallel runs more than the serial one: run it on an
otherwise idle machine for figures to compare. As a check that does not depend on the load,
the processor time of each worker is printed too, and the speed-up it implies (serial CPU
seconds over the busiest worker's).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOMAP_SHARED", REPO.parent / "shared"))


def make_corpus(path: Path, documents: int) -> int:
    """``documents`` rows of en_dev (id, text) to ``path``, copies numbered; returns the characters written."""
    source = SHARED / "bench" / "geoparse" / "en_dev.jsonl"
    if not source.is_file():
        sys.exit(f"{source} not found; set GEOMAP_SHARED to the shared data directory")
    with source.open(encoding="utf-8") as handle:  # not splitlines(): texts hold U+2028
        rows = [json.loads(line) for line in handle if line.strip()]
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(documents):
            row = rows[i % len(rows)]
            text = row["text"]
            chars += len(text)
            out.write(json.dumps({"id": f"{row['doc_id']}~{i // len(rows)}", "text": text, "lang": "en"},
                                 ensure_ascii=False) + "\n")
    return chars


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000, help="documents in the corpus (default 10000)")
    parser.add_argument("--runs", default="1,2,dask", help="which runs: 1, 2 (local workers), dask (default all)")
    parser.add_argument("--partition-size", type=int, default=200)
    parser.add_argument("--progress", action="store_true", help="show each run's progress on stderr")
    args = parser.parse_args()

    from geomap.batch import run_batch
    from geomap.io import read_events

    work = Path(tempfile.mkdtemp(prefix="geomap-batch-bench-"))
    corpus = work / "corpus.jsonl"
    chars = make_corpus(corpus, args.docs)
    print(f"corpus: {args.docs} documents ({chars / args.docs:.0f} characters on average) from en_dev; "
          f"partitions of {args.partition_size}; {os.cpu_count()} cores")
    runs = [r.strip() for r in args.runs.split(",") if r.strip()]
    results = {}
    for run in runs:
        out = work / f"events-{run}.parquet"
        options = {"dask": "local", "workers": 2} if run == "dask" else {"workers": int(run)}
        started, cpu = time.perf_counter(), time.process_time()
        result = run_batch(corpus, out, partition_size=args.partition_size, progress=args.progress, **options)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        memory = sorted(result.worker_memory_mb.values())
        busiest = max(result.worker_cpu_seconds.values())
        results[run] = (seconds, busiest, out)
        label = "dask LocalCluster, 2 workers" if run == "dask" else f"{run} local worker(s)"
        print(f"{label:30s} {seconds:7.1f} s  {args.docs / seconds:6.1f} articles/s  {result.events} events  "
              f"peak memory per worker: {', '.join(f'{m:.0f} MB' for m in memory)}  "
              f"CPU s per worker: {', '.join(f'{c:.1f}' for c in sorted(result.worker_cpu_seconds.values()))}"
              + (f"  (command's own CPU s: {cpu:.1f})" if run != "1" else ""))
    if "1" in results:
        base, base_cpu, _ = results["1"]
        for run in runs:
            if run != "1":
                seconds, busiest, _ = results[run]
                print(f"speed-up of {run} over 1 worker: {base / seconds:.2f} wall clock (target >= 1.8 on 2 cores); "
                      f"{base_cpu / busiest:.2f} from processor time (the busiest worker's CPU seconds against "
                      "the serial run's: what idle cores would give, start-up aside)")
    print(f"load average over the last minute at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    tables = {run: read_events(out) for run, (_, _, out) in results.items()}
    first = next(iter(tables.values()))
    same = all(t.equals(first) for t in tables.values())
    print(f"same events in every run: {same}; event ids unique: {first.event_id.is_unique}")
    print(f"(outputs in {work})")


if __name__ == "__main__":
    main()
