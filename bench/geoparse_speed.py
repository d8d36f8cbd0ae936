"""Geoparsing speed: documents per second per file and the time spent in each stage of the pipeline.

Runs the stages of :class:`geomap.Geoparser` one after the other on every document of the development
sets (``<shared>/bench/geoparse/{en,id}_dev.jsonl``, ``<shared>`` being ``$GEOMAP_SHARED`` or
``<repo>/../shared``) and times each: ``document`` (tokens and sentences), ``spot`` (mentions),
``resolve`` (places), ``roles`` and ``frame`` (a DataFrame per document). It also times the whole batch
through :meth:`geomap.Geoparser.parse_many` (``batch``: every stage, one table for all documents, as a user
parsing many articles gets them), and, as a baseline in the same process, a naive gazetteer n-gram matcher
(``naive``: the text lower-cased, split into ``\\w+`` words, every run of one to three words looked up in the
index's key table; no rule, no resolution, no role); ``x naive`` is the batch's time over the matcher's. Each pass
uses a fresh
:class:`~geomap.Geoparser` (empty per-parser caches, as in one run of ``bench/geoparse_eval.py``);
the best of ``--repeat`` passes is reported. Times are the process's CPU time by default, which
other processes sharing the cores disturb less than elapsed time (``--clock wall``).

    python bench/geoparse_speed.py --gazetteer /tmp/gt2.sqlite
    python bench/geoparse_speed.py --limit 200 --repeat 5
    python bench/geoparse_speed.py --profile 25          # cProfile of one pass, top 25 functions
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DEFAULT_FILES = ("en_dev.jsonl", "id_dev.jsonl")
STAGES = ("document", "spot", "resolve", "roles", "frame")
WARMUP_TEXT = "Floods hit Jakarta on Monday, officials in Paris and Nairobi said."
#: Longest run of words the naive matcher looks up.
NAIVE_MAX_WORDS = 3
_WORD = re.compile(r"\w+")


def default_data_files() -> list[Path]:
    shared = Path(os.environ.get("GEOMAP_SHARED", REPO.parent / "shared"))
    return [shared / "bench" / "geoparse" / name for name in DEFAULT_FILES]


def load(paths: Sequence[Path], limit: int | None) -> dict[str, list[dict[str, Any]]]:
    """``{file stem: [{text, lang, doc_id}, ...]}``, the first ``limit`` documents of each file."""
    out: dict[str, list[dict[str, Any]]] = {}
    for path in paths:
        docs = out.setdefault(path.stem, [])
        with path.open(encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if limit is not None and n >= limit:
                    break
                doc = json.loads(line)
                docs.append({"text": doc["text"], "lang": doc.get("lang"), "doc_id": str(doc.get("doc_id", n))})
    return out


def one_pass(parser: Any, docs: Sequence[dict[str, Any]], clock: Any = time.process_time) -> dict[str, float]:
    """Seconds spent in each stage over ``docs`` (plus ``total``), by ``clock``."""
    from geomap.pipeline import mentions_frame
    from geomap.places import assign_roles

    spent = dict.fromkeys(STAGES, 0.0)
    for d in docs:
        t0 = clock()
        doc = parser.document(d["text"], d["lang"], None, d["doc_id"])
        t1 = clock()
        mentions = parser.spotter.spot(doc)
        t2 = clock()
        places = parser.resolver.resolve(doc, mentions)
        t3 = clock()
        places = assign_roles(doc, places)
        t4 = clock()
        mentions_frame(places)
        t5 = clock()
        for stage, a, b in zip(STAGES, (t0, t1, t2, t3, t4), (t1, t2, t3, t4, t5)):
            spent[stage] += b - a
    spent["total"] = sum(spent[s] for s in STAGES)
    return spent


def batch_pass(parser: Any, docs: Sequence[dict[str, Any]], clock: Any = time.process_time) -> float:
    """Seconds :meth:`~geomap.Geoparser.parse_many` takes over ``docs`` (one table for all), by ``clock``."""
    from geomap import Article

    articles = [Article(text=d["text"], lang=d["lang"], doc_id=d["doc_id"]) for d in docs]
    t0 = clock()
    parser.parse_many(articles)
    return float(clock() - t0)


def naive_matches(text: str, keys: Any) -> list[tuple[int, str]]:
    """The baseline: ``(word index, key)`` of every run of one to :data:`NAIVE_MAX_WORDS` words that is a key.

    >>> naive_matches("Floods hit New York and Jakarta.", {"new york": 1, "york": 1, "jakarta": 1})
    [(2, 'new york'), (3, 'york'), (5, 'jakarta')]
    """
    words = _WORD.findall(text.lower())
    found = []
    for i in range(len(words)):
        for n in range(1, min(NAIVE_MAX_WORDS, len(words) - i) + 1):
            key = " ".join(words[i:i + n])
            if key in keys:
                found.append((i, key))
    return found


def naive_pass(keys: Any, docs: Sequence[dict[str, Any]], clock: Any = time.process_time) -> float:
    """Seconds the naive matcher takes over ``docs``, by ``clock``."""
    t0 = clock()
    for d in docs:
        naive_matches(d["text"], keys)
    return float(clock() - t0)


def measure(gaz: Any, files: dict[str, list[dict[str, Any]]], repeat: int, clock: Any = time.process_time
            ) -> dict[str, Any]:
    """Best pass (by total time) per file: docs/s and each stage's share."""
    from geomap import Geoparser
    from geomap.mentions.gazetteer_spotter import spotting_keys

    keys = spotting_keys(gaz)
    result: dict[str, Any] = {}
    for name, docs in files.items():
        best: dict[str, float] | None = None
        for _ in range(repeat):
            parser = Geoparser(gaz)
            parser(WARMUP_TEXT, lang="en")
            spent = one_pass(parser, docs, clock)
            if best is None or spent["total"] < best["total"]:
                best = spent
        batch = float("inf")
        for _ in range(repeat):  # after the stage passes: a batch changes how the collector sees the heap after it
            parser = Geoparser(gaz)
            parser(WARMUP_TEXT, lang="en")
            batch = min(batch, batch_pass(parser, docs, clock))
        naive = min(naive_pass(keys, docs, clock) for _ in range(repeat))
        assert best is not None
        total = best["total"] or 1e-9
        result[name] = {
            "docs": len(docs),
            "docs_per_s": round(len(docs) / total, 1),
            "ms_per_doc": round(1000 * total / max(1, len(docs)), 3),
            "stages_ms_per_doc": {s: round(1000 * best[s] / max(1, len(docs)), 3) for s in STAGES},
            "stages_share": {s: round(best[s] / total, 3) for s in STAGES},
            "batch_docs_per_s": round(len(docs) / (batch or 1e-9), 1),
            "batch_ms_per_doc": round(1000 * batch / max(1, len(docs)), 3),
            "naive_docs_per_s": round(len(docs) / (naive or 1e-9), 1),
            "batch_over_naive": round(batch / (naive or 1e-9), 2),
        }
    return result


def render(result: dict[str, Any]) -> str:
    header = f"{'file':<8} {'docs':>5} {'docs/s':>8} {'ms/doc':>7}  " + "  ".join(f"{s:>14}" for s in STAGES) + (
        f"  {'batch docs/s':>12} {'ms/doc':>7}  {'naive docs/s':>12} {'x naive':>7}")
    lines = [header, "-" * len(header)]
    for name, r in result.items():
        cells = "  ".join(
            f"{r['stages_ms_per_doc'][s]:>7.3f} ({100 * r['stages_share'][s]:>3.0f}%)" for s in STAGES
        )
        lines.append(f"{name:<8} {r['docs']:>5} {r['docs_per_s']:>8,.0f} {r['ms_per_doc']:>7.3f}  {cells}"
                     f"  {r['batch_docs_per_s']:>12,.0f} {r['batch_ms_per_doc']:>7.3f}"
                     f"  {r['naive_docs_per_s']:>12,.0f} {r['batch_over_naive']:>7.2f}")
    lines.append("stage cells: ms per document (share of the time); batch: Geoparser.parse_many over the file, "
                 "every stage and one table for all;\nnaive: the n-gram matcher baseline; x naive: the batch's time "
                 "over the matcher's")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", nargs="+", type=Path, metavar="FILE", help="JSONL files (default: the dev sets)")
    ap.add_argument("--limit", type=int, metavar="N", help="only the first N documents of each file")
    ap.add_argument("--gazetteer", type=Path, metavar="PATH", help="gazetteer index (default: the default index)")
    ap.add_argument("--repeat", type=int, default=3, metavar="N", help="passes per file; the best counts (3)")
    ap.add_argument("--profile", type=int, metavar="TOP", help="cProfile one pass over all files; print TOP rows")
    ap.add_argument("--sort", default="tottime", help="cProfile sort key with --profile (tottime, cumtime)")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                    help="cpu: this process's CPU time (steady when other processes share the cores; default); "
                    "wall: elapsed time, as bench/geoparse_eval.py measures")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)

    paths = args.data or default_data_files()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        ap.error(f"data file(s) not found: {', '.join(missing)} (set GEOMAP_SHARED or use --data)")
    if args.repeat < 1:
        ap.error("--repeat must be at least 1")
    files = load(paths, args.limit)

    from gazetteer import Gazetteer, GazetteerError

    try:
        gaz = Gazetteer(args.gazetteer, build=False) if args.gazetteer else Gazetteer()
    except GazetteerError as exc:
        ap.exit(2, f"error: {exc}\n")

    if args.profile:
        from geomap import Geoparser

        parser = Geoparser(gaz)
        parser(WARMUP_TEXT, lang="en")
        profiler = cProfile.Profile()
        profiler.enable()
        for docs in files.values():
            one_pass(parser, docs)
        profiler.disable()
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.profile)
        return 0

    result = measure(gaz, files, args.repeat, time.process_time if args.clock == "cpu" else time.perf_counter)
    print(json.dumps(result, indent=2) if args.json else render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
