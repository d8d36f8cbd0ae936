"""`geomap extract` from a shell: a table, JSON, files in every format, clear errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import geomap

REPO = Path(__file__).resolve().parents[1]
EN = REPO / "examples" / "articles" / "shelling_kharkiv_en.txt"
ID = REPO / "examples" / "articles" / "bentrok_papua_id.txt"


def run(*args: str, index: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, GEOMAP_GAZETTEER=str(index))
    return subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, text=True, env=env,
                          cwd=cwd, timeout=600)


def test_prints_a_table(default_index):
    proc = run("extract", str(EN), index=default_index)
    assert proc.returncode == 0, proc.stderr
    assert "Kharkiv" in proc.stdout and "Shelling/artillery/missile attack" in proc.stdout
    assert proc.stdout.splitlines()[0].split()[:3] == ["date", "type", "location"]


def test_json_has_every_column(default_index):
    proc = run("extract", str(ID), "--json", index=default_index)
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    assert records and set(geomap.events.EVENT_COLUMNS) - {"geometry"} <= set(records[0])
    assert {r["lang"] for r in records} == {"id"}
    assert any(r["location"] == "Timika" and r["event_type"] == "Battles" for r in records)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet", ".csv"])
def test_writes_every_format(default_index, tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    proc = run("extract", str(EN), str(ID), "-o", str(out), index=default_index)
    assert proc.returncode == 0, proc.stderr
    table = geomap.read_events(out)
    assert set(table["doc_id"]) == {EN.name, ID.name}
    assert (table["fatalities"] >= 0).all() and len(table) >= 6


def test_missing_file_is_exit_1_without_traceback(default_index, tmp_path):
    proc = run("extract", str(tmp_path / "nope.txt"), index=default_index)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "nope.txt" in proc.stderr


def test_unknown_output_format_is_a_clear_error(default_index, tmp_path):
    proc = run("extract", str(EN), "-o", str(tmp_path / "events.xlsx"), index=default_index)
    assert proc.returncode in (1, 2)
    assert "Traceback" not in proc.stderr and ".xlsx" in proc.stderr
