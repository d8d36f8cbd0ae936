"""`geomap.event_map` and `geomap map` on event tables, without a browser (see test_map_browser.py for that)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
from branca.element import MacroElement
from folium.elements import JSCSSMixin
from map_events import HOSTILE, ROWS, many_events, small_events
from shapely.geometry import Point

import geomap
from geomap.errors import BadInputError
from geomap.maps import event_map, event_payload, parse_claims, save_map
from geomap.maps.offline import OfflineResourceError

REPO = Path(__file__).resolve().parents[1]


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geomap", *args], cwd=cwd, capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"}, timeout=300)


def test_payload_reads_every_column_and_claim_form():
    data = event_payload(small_events())
    assert data.n == 6 and data.dropped == 0
    assert [t["name"] for t in data.types][:4] == ["Battles", "Explosions/Remote violence", "Protests",
                                                    "Strategic developments"]
    assert data.types[-1]["name"] == HOSTILE[4] and re.fullmatch(r"#[0-9a-f]{6}", data.types[-1]["colour"])
    claims = {int(k): [[c[0], data.strings[c[1]], data.strings[c[2]], data.strings[c[3]]] for c in v]
              for k, v in data.claims.items()}
    assert claims[0] == [[4, "soldiers killed", "Ministry of Defence", "Hill Council"],
                         [12, "soldiers killed", "Hill Council", ""]]            # a list of dicts
    assert claims[1] == [[2, "civilians killed", "Ministry of Defence", ""]]    # a JSON string
    assert 2 not in claims and 3 not in claims and 4 not in claims              # None, "", []
    assert data.columns["gp"] == [1, 1, 2, 3, 1, 1] and data.columns["r"][3] == 0 and data.regions[0]["radius"] > 0
    assert data.columns["tp"][3] == 2 and data.columns["f"] == [4, 2, 0, 0, 0, 1]
    assert data.day_max - data.day_min == 23 and data.sources[0][0] == "Northern Wire"


def test_acled_style_table_dates_missing_columns_and_bad_rows():
    table = pd.DataFrame({
        "event_date": ["27 September 2020", "2020-10-01", None, "not a date"],
        "event_type": ["Battles", "Riots", "Protests", None],
        "latitude": ["40.3", 40.4, None, 95.0],
        "longitude": [46.9, 47.0, 47.1, 47.2],
        "fatalities": [3, None, 1, 0],
    })
    data = event_payload(table)
    assert data.n == 2 and data.dropped == 2          # no latitude; latitude out of range
    assert data.columns["day"][0] == (pd.Timestamp("2020-09-27") - pd.Timestamp("1970-01-01")).days
    assert data.columns["f"] == [3, 0] and data.claims == {}


def test_geometry_only_table_in_another_crs():
    frame = gpd.GeoDataFrame({"event_type": ["Protests"]}, geometry=[Point(30.52, 50.45)], crs="EPSG:4326")
    data = event_payload(frame.to_crs("EPSG:3857"))
    assert data.columns["lat"] == [pytest.approx(50.45, abs=1e-4)]
    assert data.columns["lon"] == [pytest.approx(30.52, abs=1e-4)]


def test_parse_claims_forms():
    assert parse_claims([{"number": "5", "what": "wounded", "claimed_by": None}]) == [
        {"number": 5, "what": "wounded", "claimed_by": "", "disputed_by": ""}]
    assert parse_claims('{"number": 2, "what": "killed"}')[0]["number"] == 2
    assert parse_claims(float("nan")) == []
    assert parse_claims("[1, 2")[0]["what"] == "[1, 2"  # not JSON: kept as text, not lost


def _page(table, **options) -> str:
    return event_map(table, **options).get_root().render()


def test_no_string_from_the_table_can_open_or_close_a_script():
    hostile = _page(small_events(), title=HOSTILE[0])
    tame_rows = [{k: ("plain" if isinstance(v, str) and v in HOSTILE else v) for k, v in row.items()} for row in ROWS]
    for row in tame_rows:
        if isinstance(row.get("claims"), list):
            row["claims"] = [{k: ("plain" if v in HOSTILE else v) for k, v in c.items()} for c in row["claims"]]
    tame = _page(pd.DataFrame(tame_rows), title="plain")
    for tag in ("<", "<script", "</script", "<img", "<svg", "`"):
        assert hostile.lower().count(tag) == tame.lower().count(tag), tag  # every one of them is the page's own
    assert "<title>&lt;script&gt;window.__pwned = 1&lt;/script&gt;</title>" in hostile
    assert "\\u003cscript\\u003ewindow.__pwned = 1\\u003c/script\\u003e" in hostile  # in the data, as JSON escapes


def test_offline_page_links_nothing(tmp_path):
    path = save_map(event_map(small_events(), offline=True), tmp_path / "offline.html")
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=", page) and not re.search(r"<link[^>]+href=", page)
    assert "L.markerClusterGroup" in page and "heatLayer" in page and "MiniMap" in page
    assert '"rings":[[' in page                                   # the built-in country outlines
    online = _page(small_events())
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js">' in online
    assert '"rings":[[' not in online and "bootstrap" not in online  # no unused libraries either
    assert "leaflet.markercluster" in geomap.event_map(small_events(), offline=True)._repr_html_()


def test_offline_page_refuses_a_library_it_has_no_copy_of():
    class Unknown(JSCSSMixin, MacroElement):
        default_js = [("nowhere", "https://example.invalid/nowhere.js")]  # noqa: RUF012

    fmap = event_map(small_events(), offline=True)
    Unknown().add_to(fmap)
    with pytest.raises(OfflineResourceError, match=r"no installed copy of https://example\.invalid/nowhere\.js"):
        fmap.get_root().render()


def test_ten_thousand_events_stay_under_five_megabytes(tmp_path):
    path = save_map(event_map(many_events(10_000), offline=True), tmp_path / "ten.html")
    assert path.stat().st_size <= 5_000_000
    assert '"n":10000' in path.read_text(encoding="utf-8")


def test_region_events_drawn_as_the_region_outline(gaz):
    row = dict(ROWS[3], place_id="409420", location="Tartar")  # a first-level region with an outline
    data = event_payload(pd.DataFrame([row]), region_shapes={"409420": gaz.geometry("409420")})
    assert data.regions[0]["geometry"]["type"] in ("Polygon", "MultiPolygon")
    page = _page(pd.DataFrame([row]), gazetteer=gaz)
    assert '"geometry":{"type":"' in page and "L.geoJSON(region.geometry" in page


def test_bad_input_is_a_clear_error():
    with pytest.raises(BadInputError, match="DataFrame"):
        event_map("events.csv")
    with pytest.raises(BadInputError, match="latitude"):
        event_map(pd.DataFrame({"event_type": ["Battles"]}))
    with pytest.raises(BadInputError, match="unknown base map"):
        event_map(small_events(), basemaps=["Nowhere.Tiles"])
    with pytest.raises(BadInputError, match="API key"):
        event_map(small_events(), basemaps=["CartoDB.Positron"])
    with pytest.raises(BadInputError, match="unknown option"):
        event_map(small_events(), colour="red")


def test_empty_table_gives_an_empty_map():
    page = _page(pd.DataFrame({"latitude": [], "longitude": []}))
    assert '"n":0' in page and "fitBounds" not in page


def test_cli_maps_an_acled_csv_and_a_geojson(tmp_path):
    csv = tmp_path / "acled export.csv"
    frame = many_events(30).drop(columns=["claims"])
    frame.loc[0, "latitude"] = None
    frame.to_csv(csv, index=False)
    geojson = tmp_path / "events.geojson"
    events = small_events()
    events.assign(claims=events["claims"].map(lambda c: json.dumps(c) if isinstance(c, list) else c)).to_file(
        geojson, driver="GeoJSON")
    result = _cli("map", str(csv), str(geojson), "--offline", "--title", "Both", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path == tmp_path / "outputs" / "acled_export_and_1_more.html"
    assert "35 event(s) from 2 table(s) (self-contained, works offline)" in result.stderr
    assert "1 event(s) without coordinates" in result.stderr
    page = path.read_text(encoding="utf-8")
    assert "soldiers killed" in page and '"n":35' in page and "<script src=" not in page


def test_cli_table_errors(tmp_path):
    result = _cli("map", "missing.geojson", cwd=tmp_path)
    assert result.returncode != 0 and "no such file: missing.geojson" in result.stderr
    assert "Traceback" not in result.stderr
    (tmp_path / "a.txt").write_text("Rain in Lviv.", encoding="utf-8")
    (tmp_path / "b.csv").write_text("latitude,longitude\n1,2\n", encoding="utf-8")
    result = _cli("map", "a.txt", "b.csv", cwd=tmp_path)
    assert result.returncode == 2 and "not both" in result.stderr
    result = _cli("map", "b.csv", "--basemap", "Nowhere.Tiles", cwd=tmp_path)
    assert result.returncode != 0 and "unknown base map" in result.stderr and "Traceback" not in result.stderr
