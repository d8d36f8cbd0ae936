"""examples/quickstart.ipynb: committed without outputs, executed here with a real kernel, its outputs checked.

The kernel is this interpreter (ipykernel from the same venv, through a kernel spec made here); it
opens the test gazetteer through GEOMAP_GAZETTEER and writes its exports under a temporary TMPDIR
that the tests read back.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pyogrio
import pytest
from nbclient import NotebookClient

import geomap

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK = REPO / "examples" / "quickstart.ipynb"
ARTICLES = REPO / "examples" / "articles"
NAMES = ("shelling_kharkiv_en.txt", "bentrok_papua_id.txt")


@pytest.fixture(scope="module")
def run(default_index: Path, tmp_path_factory: pytest.TempPathFactory):
    """The notebook executed once: (notebook, the kernel's TMPDIR)."""
    nb = nbformat.read(NOTEBOOK, as_version=4)
    tmp = tmp_path_factory.mktemp("kernel_tmp")
    # A kernel spec of this very interpreter (ipykernel from the same venv), found first on JUPYTER_PATH:
    # no "python3" spec installed elsewhere on the machine can run the notebook in another Python.
    spec = tmp_path_factory.mktemp("jupyter") / "kernels" / "geomap-test"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "geomap tests", "language": "python"}), encoding="utf-8")
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "GEOMAP_GAZETTEER": str(default_index), "PYTHONPATH": path, "TMPDIR": str(tmp)}
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("JUPYTER_PATH", str(spec.parent.parent))
        client = NotebookClient(nb, timeout=120, kernel_name="geomap-test", allow_errors=True,
                                resources={"metadata": {"path": str(NOTEBOOK.parent)}})
        client.execute(env=env)
    return nb, tmp


@pytest.fixture(scope="module")
def expected(gaz):
    """The same articles read and extracted in this process, against the same gazetteer."""
    articles = [geomap.read(ARTICLES / name) for name in NAMES]
    events = pd.concat([geomap.extract(a, gazetteer=gaz) for a in articles], ignore_index=True)
    places = geomap.geoparse(articles[0].text, gazetteer=gaz, doc_id=articles[0].doc_id)
    return articles, events, places


def _cell(nb, tag: str):
    cells = [c for c in nb.cells if c.cell_type == "code" and tag in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"one code cell tagged {tag!r} expected, found {len(cells)}"
    return cells[0]


def _text(nb, tag: str, mime: str = "text/plain") -> str:
    """What the cell printed and displayed as ``mime``, joined."""
    parts = []
    for out in _cell(nb, tag).outputs:
        if out.output_type == "stream":
            parts.append(out.text)
        elif out.output_type in ("execute_result", "display_data"):
            parts.append(out.data.get(mime, ""))
    return "\n".join(parts)


def test_committed_notebook_is_valid_and_has_no_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) >= 10
    assert all(c.outputs == [] and c.execution_count is None for c in code), \
        "commit the notebook without outputs (Kernel > Restart & Clear Output)"
    for step in ("read", "places", "extract", "events", "map", "filter_type", "filter_date", "export", "pyogrio"):
        _cell(nb, step)


def test_runs_without_errors(run):
    nb = run[0]
    errors = [(c.metadata.get("tags"), o.get("ename"), o.get("evalue"))
              for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert errors == []
    assert all(c.execution_count for c in nb.cells if c.cell_type == "code")


def test_article_and_places(run, expected):
    nb = run[0]
    articles, _, places = expected
    html = _text(nb, "read", "text/html")
    assert articles[0].doc_id in html and "geomap-card" in html
    assert f"{articles[0].words:,}" in html  # the word count row
    shown = _text(nb, "places")
    assert not places.empty
    for surface, name in zip(places["surface"], places["name"]):
        assert surface in shown and name in shown
    assert "Kharkiv" in set(places["name"])
    card = _text(nb, "gazetteer", "text/html")
    assert "Place: " in card and "openstreetmap.org" in card


def test_event_table_shows_every_event(run, expected):
    nb = run[0]
    articles, events, _ = expected
    assert {"UA", "ID"} <= set(events["iso"])  # both articles gave events
    assert f"{len(events)} events from {len(articles)} articles" in _text(nb, "extract")
    table = _text(nb, "events")
    for location, sub_type in zip(events["location"], events["sub_event_type"]):
        assert location in table and sub_type in table
    assert "Kharkiv" in table
    claims = _text(nb, "claims")
    assert "claimed_by" in claims


def test_map_cell_shows_a_leaflet_map(run):
    html = _text(run[0], "map", "text/html")
    assert "<iframe" in html and "leaflet" in html.lower()
    assert "Kharkiv and Papua, May 2024" in html


def test_filters(run, expected):
    nb = run[0]
    events = expected[1]
    n_explosions = int((events["event_type"] == "Explosions/Remote violence").sum())
    assert n_explosions > 0
    assert f"['Explosions/Remote violence'] {n_explosions}" in _text(nb, "filter_type")
    found = re.search(r"(\d+) of (\d+) events on or after (\S+); earliest (\S+)", _text(nb, "filter_date"))
    assert found is not None
    since = dt.date.fromisoformat(found[3])
    assert int(found[1]) == sum(d >= since for d in events["event_date"]) < int(found[2]) == len(events)
    assert dt.date.fromisoformat(found[4]) >= since


def test_exports_read_back(run, expected):
    nb, tmp = run
    events = expected[1]
    written = [Path(line) for line in _text(nb, "export").split()]
    assert sorted(p.suffix for p in written) == [".csv", ".geojson", ".gpkg", ".html", ".parquet"]
    assert all(p.is_file() and p.is_relative_to(tmp) for p in written)
    gpkg = next(p for p in written if p.suffix == ".gpkg")
    assert [list(layer) for layer in pyogrio.list_layers(gpkg)] == [["events", "Point"]]
    back = pyogrio.read_dataframe(gpkg)
    assert len(back) == len(events) and list(back["location"]) == list(events["location"])
    assert back.crs.to_epsg() == 4326
    assert f"{len(events)} rows, CRS EPSG:4326" in _text(nb, "pyogrio")
    assert "same columns: True | same claims: True" in _text(nb, "roundtrip")
    page = next(p for p in written if p.suffix == ".html").read_text(encoding="utf-8")
    assert "leaflet" in page.lower()
