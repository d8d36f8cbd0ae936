"""bench/geoparse_speed.py: the naive n-gram matcher it compares with, and a short run of the whole script."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import load_script

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "bench" / "geoparse_speed.py"


gs = load_script("bench/geoparse_speed.py")


def test_naive_matcher_finds_every_run_of_up_to_three_words():
    keys = {"port harcourt": 1, "harcourt": 1, "rio de janeiro": 1, "lagos": 1}
    found = gs.naive_matches("From Lagos to Port Harcourt, then Rio de Janeiro; not Rio de la Plata.", keys)
    assert found == [(1, "lagos"), (3, "port harcourt"), (4, "harcourt"), (6, "rio de janeiro")]
    assert gs.naive_matches("", keys) == []


def test_naive_matcher_stops_at_the_last_word():
    assert gs.naive_matches("lagos", {"lagos": 1}) == [(0, "lagos")]


def test_script_reports_stages_batch_and_the_naive_baseline(tmp_path: Path, default_index: Path):
    data = tmp_path / "docs.jsonl"
    texts = ["Shelling hit Kharkiv on Monday, officials in Kyiv said.",
             "Floods reached Semarang and Demak after days of rain.",
             "Protesters marched in Nairobi while police in Mombasa made arrests."]
    data.write_text("".join(json.dumps({"doc_id": str(i), "text": t, "lang": "en"}) + "\n"
                            for i, t in enumerate(texts)), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), "--data", str(data), "--gazetteer", str(default_index),
                          "--repeat", "1", "--json"], capture_output=True, text=True, check=True, timeout=600)
    result = json.loads(out.stdout)["docs"]
    assert result["docs"] == 3
    assert result["naive_docs_per_s"] > 0 and result["batch_docs_per_s"] > 0
    assert result["batch_over_naive"] > 0
    assert set(result["stages_ms_per_doc"]) == set(gs.STAGES)
    assert abs(sum(result["stages_share"].values()) - 1) < 0.01


def test_script_names_a_missing_data_file(tmp_path: Path):
    out = subprocess.run([sys.executable, str(SCRIPT), "--data", str(tmp_path / "nope.jsonl")],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "not found" in out.stderr and "Traceback" not in out.stderr
