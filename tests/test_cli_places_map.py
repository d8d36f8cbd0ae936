"""`geomap places` and `geomap map` from a shell, and `geomap.event_map` in Python.

Exit codes, clear errors, JSON, the HTML map's content, escaping of article text, output paths.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import geomap
from geomap.cli import default_map_path
from geomap.errors import BadInputError
from geomap.io import read_text
from geomap.maps import event_map, group_places, save_map

REPO = Path(__file__).resolve().parents[1]
EN = REPO / "examples" / "articles" / "flood_lviv_en.txt"
ID = REPO / "examples" / "articles" / "banjir_id.txt"
EVENTS_EN = REPO / "examples" / "articles" / "shelling_kharkiv_en.txt"
EVENTS_ID = REPO / "examples" / "articles" / "bentrok_papua_id.txt"

XSS_ARTICLE = (
    "JAKARTA - Banjir merendam ratusan rumah di Kota Bogor <script>alert(1)</script> pada Senin, "
    "kata petugas <img src=x onerror=alert(1)> ${alert(2)} `tick` C:\\data\\u0041 </script> setempat.\n"
)
XSS_EVENT = (
    "BOGOR - Ratusan warga berunjuk rasa di Kota Bogor <script>alert(1)</script> pada Senin, "
    "kata polisi <img src=x onerror=alert(1)> ${alert(2)} `tick` C:\\data\\u0041 </script> setempat.\n"
)


def geomap_cli(*args: str, index: Path, cwd: Path | None = None, stdin: bytes | None = None,
               check: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, GEOMAP_GAZETTEER=str(index))
    proc = subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, env=env, cwd=cwd,
                          input=stdin, timeout=600)
    proc.stdout, proc.stderr = proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def _strict_json(text: str):
    def refuse(name: str):
        raise AssertionError(f"{name} is not JSON")

    return json.loads(text, parse_constant=refuse)


# -- geomap places ------------------------------------------------------------------------------------

def test_places_json_finds_lviv_as_an_event(default_index):
    rows = _strict_json(geomap_cli("places", str(EN), "--json", index=default_index, check=True).stdout)
    lviv = [r for r in rows if r["name"] == "Lviv" and r["role"] == "event"]
    assert lviv and lviv[0]["latitude"] == pytest.approx(49.84, abs=0.05)
    assert lviv[0]["longitude"] == pytest.approx(24.03, abs=0.05)
    assert {"doc_id", "surface", "role", "place_id", "country", "score", "geo_precision", "sentence"} <= set(rows[0])
    assert rows[0]["doc_id"] == EN.name


def test_places_table_from_stdin_with_bad_bytes(default_index):
    data = ID.read_bytes().replace(b"Senin", b"Sen\xffin", 1)
    proc = geomap_cli("places", "-", "--lang", "id", "--date", "2024-03-05", index=default_index, stdin=data,
                      check=True)
    lines = proc.stdout.splitlines()
    assert lines[0].split() == ["surface", "role", "name", "feature", "country", "lat", "lon", "score"]
    assert any("Cimahi" in line and "-6.87" in line for line in lines[1:])
    assert "not valid UTF-8" in proc.stderr and "Traceback" not in proc.stderr


def test_missing_file_is_a_clear_error(default_index, tmp_path):
    for command in ("places", "map"):
        proc = geomap_cli(command, str(tmp_path / "nope.txt"), index=default_index, cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
        assert "nope.txt: no such file" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "outputs").exists()


def test_usage_errors_exit_2(default_index, tmp_path):
    assert geomap_cli("places", str(EN), "--date", "yesterday", index=default_index).returncode == 2
    assert geomap_cli("map", index=default_index, cwd=tmp_path).returncode == 2
    proc = geomap_cli("places", str(EN), "--lang", "english", index=default_index)
    assert proc.returncode == 2 and "language code" in proc.stderr


# -- geomap map ---------------------------------------------------------------------------------------

def test_map_writes_a_leaflet_page_of_the_events(default_index, tmp_path):
    out = tmp_path / "maps" / "clashes.html"
    proc = geomap_cli("map", str(EVENTS_EN), "-o", str(out), "--title", "Clashes <east> & more",
                      index=default_index, check=True)
    assert proc.stdout.strip() == str(out)
    assert "event(s) from 1 article(s)" in proc.stderr
    page = out.read_text(encoding="utf-8")
    assert "L.map(" in page and "leaflet" in page.lower()
    for place in ("Kharkiv", "Vovchansk", "Belgorod"):
        assert place in page
    assert "Shelling/artillery/missile attack" in page
    assert "Clashes <east>" not in page and ("Clashes &lt;east&gt;" in page or "Clashes \\u003ceast" in page)
    assert not list(tmp_path.glob("maps/.*"))                          # no temp file left behind


def test_map_escapes_everything_from_the_article(default_index, tmp_path):
    article = tmp_path / "news<img src=x onerror=alert(1)>.txt"
    article.write_text(XSS_EVENT, encoding="utf-8")
    out = tmp_path / "xss.html"
    geomap_cli("map", str(article), "-o", str(out), index=default_index, check=True)
    page = out.read_text(encoding="utf-8")
    assert "Bogor" in page                                          # the article's event is on the map
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "`" not in page.split("Bogor", 1)[1][:400]                 # no backtick survives to end a template
    assert page.count("</script>") == page.count("<script")         # the article closed no script block
    assert re.search(r"onerror=alert", page) is None or all(
        page[max(0, m.start() - 30):m.start()].count("<img") == 0 for m in re.finditer("onerror=", page))
    if shutil.which("node"):  # the page's scripts still parse
        js = tmp_path / "page.js"
        js.write_text("\n".join(re.findall(r"<script>(.*?)</script>", page, re.S)), encoding="utf-8")
        check = subprocess.run(["node", "--check", str(js)], capture_output=True, text=True, timeout=60)
        assert check.returncode == 0, check.stderr


def test_default_output_name_is_sanitised_and_stays_in_outputs(default_index, tmp_path):
    shutil.copyfile(EVENTS_EN, tmp_path / "evil name.txt")
    cwd = tmp_path / "a" / "b"
    cwd.mkdir(parents=True)
    geomap_cli("map", "../../evil name.txt", index=default_index, cwd=cwd, check=True)
    assert [p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.html")] == ["a/b/outputs/evil_name.html"]
    geomap_cli("map", "../../evil name.txt", str(EVENTS_ID), index=default_index, cwd=cwd, check=True)
    both = (cwd / "outputs" / "evil_name_and_1_more.html").read_text(encoding="utf-8")
    assert "Kharkiv" in both and "Timika" in both and "bentrok_papua_id.txt" in both


def test_default_map_path():
    assert default_map_path(["../../evil name.txt"], Path("outputs")) == Path("outputs/evil_name.html")
    assert default_map_path(["-"], Path("o")) == Path("o/stdin.html")
    assert default_map_path(["...", "b"], Path("o")) == Path("o/map_and_1_more.html")
    assert default_map_path(["x/ünï çødé!.txt"], Path("o")).name == "n_d.html"


# -- Python -------------------------------------------------------------------------------------------

def _row(**kw) -> dict:
    base = dict(doc_id="d", start=0, end=4, surface="LVIV", role="event", place_id="1", name="Lviv", feature="city",
                country="UA", latitude=49.84, longitude=24.03, score=0.9, candidates=1, admin1="", geo_precision=1,
                flags="", evidence="", sentence=0)
    return {**base, **kw}


def test_event_map_groups_places_and_shows_precision():
    text = "LVIV -- Rain fell. Roads flooded in Lviv and along the Dniester. Ministers met in Kyiv."
    table = pd.DataFrame([
        _row(surface="LVIV", role="dateline", start=0, end=4, sentence=0),
        _row(surface="Lviv", start=text.index("Lviv"), end=text.index("Lviv") + 4, sentence=1),
        _row(surface="Dniester", place_id="2", name="Ukraine", feature="country", latitude=49.0, longitude=32.0,
             geo_precision=3, flags="not_in_gazetteer;placed_at_focus_region", start=text.index("Dniester"),
             end=text.index("Dniester") + 8, sentence=1),
        _row(surface="Kyiv", role="actor", place_id="3", name="Kyiv", latitude=50.45, longitude=30.52, sentence=2,
             start=text.index("Kyiv"), end=text.index("Kyiv") + 4),
        _row(surface="Atlantis", place_id="", name="", latitude=float("nan"), longitude=float("nan"), sentence=2),
    ])
    groups = group_places(table)
    assert [(g.name, g.count, g.category, g.precision) for g in groups] == [
        ("Lviv", 2, "event", 1), ("Ukraine", 1, "event", 3)]            # no actor, no unresolved
    page = event_map(table, texts={"d": text}, title="T").get_root().render()
    assert page.count("L.circle(") == 1 and "radius" in page           # the region: a circle, not a pin
    assert "Roads flooded in <b>Lviv</b> and along the Dniester." in page
    assert "not in the gazetteer" in page and "2 mentions" in page
    assert "Kyiv" not in page


def test_event_map_of_nothing_and_bad_input(tmp_path):
    empty = pd.DataFrame(columns=list(_row()))
    path = save_map(event_map(empty), tmp_path / "empty.html")
    assert "L.map(" in path.read_text(encoding="utf-8") and "fitBounds" not in path.read_text(encoding="utf-8")
    with pytest.raises(BadInputError, match="column"):
        event_map(pd.DataFrame({"x": [1]}))


def test_event_map_from_geoparse(gaz):
    text = EN.read_text(encoding="utf-8")
    table = geomap.geoparse(text, gazetteer=gaz, doc_id="en")
    page = geomap.event_map(table, texts={"en": text}, sources={"en": "flood_lviv_en.txt"}).get_root().render()
    assert "flood_lviv_en.txt" in page and "Stryi" in page and "Drohobych" in page


def test_read_text(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffLviv".encode())
    assert read_text(path) == ("Lviv", [])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Kyiv \xff")))
    text, warnings = read_text("-")
    assert text == "Kyiv \ufffd" and "standard input is not valid UTF-8" in warnings[0]
    with pytest.raises(BadInputError, match="no such file"):
        read_text(tmp_path / "none.txt")
    with pytest.raises(BadInputError, match="directory"):
        read_text(tmp_path)
