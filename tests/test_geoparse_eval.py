"""bench/geoparse_eval.py: the metrics on hand-made spans and points, oracle and baseline runs, the CLI.

Nothing here needs geomap's geoparser: ``evaluate`` takes the functions it measures as arguments.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from helpers import load_script

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "bench" / "geoparse_eval.py"


ge = load_script("bench/geoparse_eval.py")


@pytest.fixture(scope="module")
def dev_docs(shared_dir: Path) -> dict[str, list[dict[str, Any]]]:
    folder = shared_dir / "bench" / "geoparse"
    return {name: ge.load_docs([folder / f"{name}.jsonl"], limit=5) for name in ("id_dev", "en_dev")}


def oracle(docs: list[dict[str, Any]]) -> tuple[Any, Any]:
    """A geoparser and a span resolver that answer with the gold."""
    gold_by_text = {d["text"]: d["gold"] for d in docs}

    def geoparse(text: str, lang: str | None, doc_id: str) -> list[dict[str, Any]]:
        return [
            {
                "start": t["start"],
                "end": t["end"],
                "latitude": t["lat"],
                "longitude": t["lon"],
                "place_id": t["geonameid"],
            }
            for t in gold_by_text[text]
        ]

    def resolve(text: str, spans: list[tuple[int, int]], lang: str | None) -> pd.DataFrame:
        gold = {(t["start"], t["end"]): t for t in gold_by_text[text]}
        rows = [{"start": s, "end": e, "latitude": gold[s, e]["lat"], "longitude": gold[s, e]["lon"]} for s, e in spans]
        return pd.DataFrame(rows, columns=["start", "end", "latitude", "longitude"])

    return geoparse, resolve


# -- recognition -----------------------------------------------------------------------------------


def test_recognition_exact_match():
    s = ge.recognition_scores([(0, 5)], [(0, 5)])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 0)
    assert s["precision"] == s["recall"] == s["f1"] == 1.0


def test_recognition_partial_overlap_matches_but_touching_does_not():
    assert ge.recognition_scores([(0, 3)], [(2, 8)])["tp"] == 1  # one shared character is enough
    s = ge.recognition_scores([(0, 2)], [(2, 5)])  # adjacent, nothing shared
    assert (s["tp"], s["fp"], s["fn"]) == (0, 1, 1)
    assert s["f1"] == 0.0


def test_recognition_false_positive_and_miss():
    s = ge.recognition_scores([(0, 5), (10, 12)], [(0, 5), (20, 25)])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 1)
    assert s["false_positives"] == [1] and s["false_negatives"] == [1]
    assert s["precision"] == s["recall"] == s["f1"] == 0.5


def test_recognition_gold_matched_by_two_predictions_counts_once():
    s = ge.recognition_scores([(0, 4), (5, 10)], [(0, 10)])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 1, 0)
    assert s["matches"] == [(1, 0)]  # the longer overlap wins


def test_recognition_greedy_by_overlap_length():
    s = ge.recognition_scores([(0, 10)], [(0, 3), (5, 10)])
    assert s["matches"] == [(0, 1)] and s["false_negatives"] == [0]


def test_recognition_lenient_ignores_overlaps_with_gold_without_coordinates():
    s = ge.recognition_scores([(0, 5), (10, 15)], [(0, 5)], ignore_spans=[(10, 20)])
    assert (s["fp"], s["fp_ignorable"]) == (1, 1)
    assert s["f1"] == pytest.approx(2 / 3) and s["f1_lenient"] == 1.0


def test_recognition_empty_inputs():
    assert ge.recognition_scores([], [])["f1"] is None
    s = ge.recognition_scores([], [(0, 3)])
    assert s["precision"] is None and s["recall"] == 0.0 and s["f1"] == 0.0


# -- resolution ------------------------------------------------------------------------------------


def test_resolution_hit_miss_unresolved():
    km_per_degree = ge.haversine_km(0, 0, 1, 0)
    gold = [(0.0, 0.0)] * 3
    pred = [(100 / km_per_degree, 0.0), (500 / km_per_degree, 0.0), None]
    s = ge.resolution_scores(pred, gold)
    assert (s["n"], s["resolved"], s["unresolved"], s["hits"]) == (3, 2, 1, 1)
    assert s["acc161"] == pytest.approx(1 / 3)
    assert s["mean_km"] == pytest.approx(300) and s["median_km"] == pytest.approx(300)
    assert 0 < s["auc"] < 1


def test_resolution_edge_cases():
    assert ge.resolution_scores([], [])["acc161"] is None
    perfect = ge.resolution_scores([(10.0, 20.0)], [(10.0, 20.0)])
    assert perfect["acc161"] == 1.0 and perfect["auc"] == 0.0
    with pytest.raises(ValueError):
        ge.resolution_scores([None], [])


# -- data and evaluate -----------------------------------------------------------------------------


def test_load_docs_keeps_scorable_gold_only(tmp_path: Path):
    text = "Floods in Paris and the town hall."
    doc = {
        "dataset": "X",
        "doc_id": "1",
        "text": text,
        "toponyms": [
            {"start": 10, "end": 15, "surface": "Paris", "lat": 48.85, "lon": 2.35},
            {"start": 24, "end": 33, "surface": "town hall", "lat": None, "lon": None},
            {"start": -9, "end": -4, "surface": "Paris", "lat": 48.85, "lon": 2.35},  # offsets that miss the surface
        ],
    }
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps(doc) + "\n" + json.dumps({**doc, "doc_id": "2"}) + "\n", encoding="utf-8")
    docs = ge.load_docs([path], limit=1)
    assert len(docs) == 1
    d = docs[0]
    assert d["file"] == "x" and [t["surface"] for t in d["gold"]] == ["Paris"]
    assert len(d["ignore"]) == 1 and d["gold_bad_offsets"] == 1


def test_evaluate_treats_nan_as_unresolved_and_checks_row_count():
    doc = {
        "dataset": "X",
        "doc_id": "1",
        "text": "Rain in Paris.",
        "file": "x",
        "ignore": [],
        "gold_bad_offsets": 0,
        "gold": [{"start": 8, "end": 13, "surface": "Paris", "lat": 48.85, "lon": 2.35}],
    }
    nan = pd.DataFrame({"latitude": [float("nan")], "longitude": [float("nan")]})
    res = ge.evaluate([doc], None, lambda text, spans, lang: nan, None)["groups"][0]["resolution"]
    assert (res["unresolved"], res["acc161"]) == (1, 0.0)
    with pytest.raises(ValueError, match="1 spans"):
        ge.evaluate([doc], None, lambda text, spans, lang: [], None)


def test_evaluate_with_oracle_is_perfect(dev_docs):
    docs = dev_docs["id_dev"] + dev_docs["en_dev"]
    geoparse, resolve = oracle(docs)
    result = ge.evaluate(docs, geoparse, resolve, None, collect_errors=True)
    names = [g["group"] for g in result["groups"]]
    assert "en_dev" in names and "id_dev" in names and "inageoparser-id" in names
    for g in result["groups"]:
        assert g["gold"] > 0
        assert g["recognition"]["f1"] == 1.0
        assert g["resolution"]["acc161"] == 1.0 and g["resolution"]["median_km"] == 0.0
        assert g["end_to_end"]["acc161"] == 1.0 and g["end_to_end"]["n"] == g["gold"]
        assert g["speed"]["geoparse_docs_per_s"] > 0
        assert "baseline" not in g
    assert result["errors"] == []
    by_name = {g["group"]: g for g in result["groups"]}
    assert by_name["en_dev"]["docs"] == 5 and by_name["id_dev"]["docs"] == 5
    assert by_name["en_dev"]["end_to_end"]["same_id"] == 1.0  # the oracle passes the gold GeoNames ids


def test_evaluate_most_populous_baseline(dev_docs, gaz):
    baseline = ge.most_populous_resolver(gaz)
    for name, docs in dev_docs.items():
        result = ge.evaluate(docs, None, None, baseline, collect_errors=True)
        for g in result["groups"]:
            b = g["baseline"]
            assert 0 <= b["acc161"] <= 1
            assert b["n"] == g["gold"] and "recognition" not in g and "resolution" not in g
        file_group = next(g for g in result["groups"] if g["kind"] == "file")
        if name == "id_dev":
            assert file_group["baseline"]["resolved"] >= file_group["gold"] / 2
        misses = [e for e in result["errors"] if e["kind"] == "baseline_miss"]
        assert len(misses) == file_group["baseline"]["n"] - file_group["baseline"]["hits"]


def test_most_populous_picks_the_biggest_place(gaz):
    text = "Paris and Nowhereville-on-Nothing"
    rows = ge.most_populous_resolver(gaz)(text, [(0, 5), (10, 33)], None)
    assert rows[0]["country"] == "FR" and rows[1]["latitude"] is None


# -- command line ----------------------------------------------------------------------------------


def test_help_exits_0():
    proc = subprocess.run([sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "--baseline-only" in proc.stdout and "--errors" in proc.stdout


def test_cli_baseline_only_json_and_errors(shared_dir: Path, default_index: Path, tmp_path: Path):
    errors = tmp_path / "errors.jsonl"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--baseline-only",
            "--limit",
            "3",
            "--json",
            "--gazetteer",
            str(default_index),
            "--data",
            str(shared_dir / "bench" / "geoparse" / "id_dev.jsonl"),
            "--errors",
            str(errors),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert [g["group"] for g in out["groups"]] == ["inageoparser-id", "id_dev"]
    assert out["groups"][1]["docs"] == 3 and "baseline" in out["groups"][1]
    records = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert all(r["kind"] == "baseline_miss" and r["doc_id"] for r in records)
