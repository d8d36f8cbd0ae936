"""Fit the context resolver's weights on the development sets and write geomap/places/weights.json.

For every gold toponym of ``../shared/bench/geoparse/*.jsonl`` the resolver's
candidates and their features are computed exactly as at run time (the other gold
toponyms of the article are the context); a candidate is correct when it lies within
161 km of the gold point. The model is a conditional logit (a softmax over each
mention's candidates) fitted by gradient descent with L2 regularisation; the
"none of these" threshold is then chosen on the same data. Two rounds: the second
computes the context picks with the first round's weights.

    python bench/fit_resolver.py                  # fit and write weights.json
    python bench/fit_resolver.py --dry-run        # print the weights and accuracy only
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from gazetteer import Gazetteer, haversine_km  # noqa: E402
from geomap.pipeline import Geoparser  # noqa: E402
from geomap.places.resolver import FEATURE_NAMES, ContextResolver, load_weights  # noqa: E402
from geomap.text.document import make_document  # noqa: E402

SHARED = Path(os.environ.get("GEOMAP_SHARED", REPO.parent / "shared"))
OUT = REPO / "geomap" / "places" / "weights.json"


def load(paths: list[Path]) -> list[dict]:
    docs = []
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                doc = json.loads(line)
                doc["toponyms"] = [
                    t for t in doc["toponyms"]
                    if t.get("lat") is not None and t.get("lon") is not None and 0 <= t["start"] < t["end"]
                ]
                docs.append(doc)
    return docs


def collect(docs: list[dict], parser: Geoparser, resolver: ContextResolver) -> list[tuple[np.ndarray, np.ndarray]]:
    """Per gold toponym with candidates: (feature matrix, 0/1 labels), features as at run time."""
    groups = []
    for d in docs:
        doc = make_document(d["text"], lang=d.get("lang") or "en", doc_id=str(d["doc_id"]))
        gold = sorted(d["toponyms"], key=lambda t: t["start"])
        mentions = parser.mentions_for_spans(doc, [(t["start"], t["end"]) for t in gold])
        cands = resolver.candidate_lists(doc, mentions)
        picks = [max(cs, key=lambda c: c.prior * c.quality) if cs else None for cs in cands]
        focus, dateline_country = resolver._focus(doc, mentions, picks)
        if any(resolver.w):
            for i in range(len(mentions)):
                feats = resolver.features(doc, mentions, cands, i, picks, focus, dateline_country)
                if feats:
                    picks[i] = cands[i][int(np.argmax([resolver._score(f) for f in feats]))]
            focus, dateline_country = resolver._focus(doc, mentions, picks)
        for i, t in enumerate(gold):
            if not cands[i]:
                continue
            feats = resolver.features(doc, mentions, cands, i, picks, focus, dateline_country)
            labels = [1.0 if haversine_km(c.lat, c.lon, t["lat"], t["lon"]) <= 161 else 0.0 for c in cands[i]]
            groups.append((np.array(feats, dtype=float), np.array(labels)))
    return groups


def fit(groups: list[tuple[np.ndarray, np.ndarray]], l2: float = 0.01, steps: int = 600, lr: float = 0.5) -> np.ndarray:
    """Conditional logit: maximise the probability mass on correct candidates, per mention."""
    usable = [(x, y) for x, y in groups if y.any()]
    w = np.zeros(len(FEATURE_NAMES))
    for _ in range(steps):
        grad = np.zeros_like(w)
        for x, y in usable:
            z = x @ w
            p = np.exp(z - z.max())
            p /= p.sum()
            q = p * y
            q /= q.sum()
            grad += x.T @ (q - p)
        grad = grad / len(usable) - l2 * w
        w += lr * grad
    return w


def accuracy(groups: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> float:
    hits = sum(float(y[int(np.argmax(x @ w))]) for x, y in groups)
    return hits / max(1, len(groups))


def choose_bias_threshold(groups: list[tuple[np.ndarray, np.ndarray]], w: np.ndarray) -> tuple[float, float]:
    """A bias that centres top scores, and the score below which picks are more often wrong than right."""
    tops = np.array([float((x @ w).max()) for x, _ in groups])
    correct = np.array([float(y[int(np.argmax(x @ w))]) for x, y in groups])
    bias = -float(np.median(tops))
    best_t, best_gain = 0.0, -1e9
    for t in np.linspace(0.0, 0.6, 61):
        keep = 1 / (1 + np.exp(-(tops + bias))) >= t
        gain = correct[keep].sum() - (1 - correct[keep]).sum()
        if gain > best_gain:
            best_t, best_gain = float(t), gain
    return bias, best_t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    dev = SHARED / "bench" / "geoparse"
    ap.add_argument("--data", nargs="*", type=Path, default=[dev / "en_dev.jsonl", dev / "id_dev.jsonl"])
    ap.add_argument("--gazetteer", type=Path, default=None)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    t0 = time.perf_counter()
    gaz = Gazetteer(args.gazetteer)
    parser = Geoparser(gaz)
    docs = load(args.data)
    zero = {"weights": dict.fromkeys(FEATURE_NAMES, 0.0), "bias": 0.0, "threshold": 0.0}
    resolver = ContextResolver(gaz, weights=zero)
    resolver.w = [0.0] * len(FEATURE_NAMES)
    w = np.zeros(len(FEATURE_NAMES))
    for round_ in (1, 2):
        groups = collect(docs, parser, resolver)
        w = fit(groups)
        print(f"round {round_}: {len(groups)} mentions with candidates, top-1 within 161 km: {accuracy(groups, w):.3f}")
        resolver.w = list(w)
    bias, threshold = choose_bias_threshold(groups, w)
    model = {
        "about": "Fitted by bench/fit_resolver.py on the development sets (conditional logit over candidates; "
                 "label: within 161 km of the gold point). Do not edit by hand: refit.",
        "weights": {name: round(float(v), 4) for name, v in zip(FEATURE_NAMES, w)},
        "bias": round(bias, 4),
        "threshold": round(threshold, 3),
        "fitted_on": [p.name for p in args.data],
        "mentions": len(groups),
        "top1_acc161_on_fit_data": round(accuracy(groups, w), 4),
    }
    print(json.dumps(model, indent=2))
    prior_model = load_weights()
    print("previous weights:", prior_model["weights"])
    if not args.dry_run:
        tmp = OUT.with_suffix(".tmp")
        tmp.write_text(json.dumps(model, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, OUT)
        print(f"wrote {OUT} in {time.perf_counter() - t0:.0f} s")



if __name__ == "__main__":
    main()
