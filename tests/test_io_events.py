"""geomap.io.write_events / read_events: every schema column round-trips in every format; ACLED exports in."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyogrio
import pytest
import shapely

from geomap.errors import BadInputError
from geomap.events.model import EVENT_COLUMNS, Claim
from geomap.io import empty_events, normalize_events, read_events, write_events

ACLED_SAMPLE = Path(__file__).parent / "data" / "acled_sample.csv"
FORMATS = ["geojson", "gpkg", "parquet", "csv"]


def _events():
    """Three synthetic events: full, unlocated with empty strings, southern/western hemisphere."""
    rows = [
        dict(event_id="ev-1", event_date=dt.date(2024, 3, 14), time_precision=1, event_type="Battles",
             sub_event_type="Armed clash", actor1="Military Forces of Ruritania", actor2='Rebels, "North"',
             location="Kolomyia", latitude=48.531234567, longitude=25.036512345, geo_precision=1, country="Ukraine",
             iso="UA", admin1="Ivano-Frankivsk", place_id="704202", fatalities=3,
             claims=[Claim(3, "killed", "ministry"),
                     {"number": 5, "what": "soldiers wounded", "claimed_by": "", "disputed_by": "rebels",
                      "vague": True}],
             source="Valley News", notes="Clash near the town;\nsecond line", evidence="Three died — «тест», 東京.",
             confidence=0.87, doc_id="abc123", lang="uk", flags="placed_at_focus_region;near", score_extra=7),
        dict(event_id="ev-2", event_date=None, time_precision=3, event_type="Protests",
             sub_event_type="Peaceful protest", actor1="", actor2="", location="", latitude=np.nan,
             longitude=np.nan, geo_precision=3, country="", iso="", admin1="", place_id="", fatalities=0, claims=[],
             source="", notes="", evidence="", confidence=0.1 + 0.2, doc_id="d2", lang="en", flags="", score_extra=8),
        dict(event_id="ev-3", event_date=dt.date(1999, 12, 31), time_precision=2, event_type="Riots",
             sub_event_type="Mob violence", actor1="A", actor2="B", location="Sucre", latitude=-19.0333,
             longitude=-65.2627, geo_precision=2, country="Bolivia", iso="BO", admin1="Chuquisaca",
             place_id="3903987", fatalities=12, claims=[{"number": 12, "what": "killed"}], source="s", notes="n",
             evidence="e", confidence=1.0, doc_id="d3", lang="es", flags="f", score_extra=9),
    ]
    return normalize_events(rows)


def test_normal_form():
    table = _events()
    assert list(table.columns) == [*EVENT_COLUMNS, "score_extra"]
    assert table.crs.to_epsg() == 4326
    assert table.event_date.tolist() == [dt.date(2024, 3, 14), None, dt.date(1999, 12, 31)]
    assert table.fatalities.dtype == np.int64 and table.time_precision.dtype == np.int64
    assert table.claims[0][0] == {"number": 3, "what": "killed", "claimed_by": "ministry", "disputed_by": "",
                                  "vague": False}
    assert table.geometry[0].equals(shapely.Point(25.036512345, 48.531234567))  # lon, lat
    assert table.geometry[1] is None
    assert normalize_events(table).equals(table)  # idempotent


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_every_column(tmp_path, fmt):
    table = _events()
    path = write_events(table, tmp_path / f"events.{fmt}")
    assert path == tmp_path / f"events.{fmt}" and path.stat().st_size > 0
    back = read_events(path)
    pd.testing.assert_frame_equal(back, table)
    assert back.claims[0][1]["vague"] is True and back.claims[2] == [{"number": 12, "what": "killed"}]
    assert isinstance(back.event_date[0], dt.date) and back.fatalities.tolist() == [3, 0, 12]
    assert [p.name for p in tmp_path.iterdir()] == [f"events.{fmt}"]  # no temporary files left


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_empty_table(tmp_path, fmt):
    path = write_events(empty_events(), tmp_path / f"none.{fmt}")
    back = read_events(path)
    assert len(back) == 0 and list(back.columns) == list(EVENT_COLUMNS)
    pd.testing.assert_frame_equal(back, empty_events())


@pytest.mark.parametrize("fmt", FORMATS)
def test_missing_integers_stay_integers(tmp_path, fmt):
    table = normalize_events([{"event_id": "a", "time_precision": 2, "latitude": 1.5, "longitude": 2.5},
                              {"event_id": "b", "time_precision": None, "latitude": 3.0, "longitude": 4.0}])
    assert str(table.time_precision.dtype) == "Int64"
    back = read_events(write_events(table, tmp_path / f"x.{fmt}"))
    assert back.time_precision.tolist()[0] == 2 and back.time_precision.isna().tolist() == [False, True]
    pd.testing.assert_frame_equal(back, table)


def test_geopackage_reads_back_with_pyogrio(tmp_path):
    path = write_events(_events(), tmp_path / "events.gpkg")
    info = pyogrio.read_info(path, layer="events")
    assert info["crs"] == "EPSG:4326" and info["geometry_type"] == "Point" and info["features"] == 3
    assert set(EVENT_COLUMNS) - {"geometry"} <= set(info["fields"])
    fields = dict(zip(info["fields"], info["ogr_types"]))
    assert fields["event_date"] == "OFTDate" and fields["fatalities"] == "OFTInteger64"
    raw = pyogrio.read_dataframe(path)
    assert raw.geometry[0].x == pytest.approx(25.036512345) and raw.geometry[0].y == pytest.approx(48.531234567)
    assert json.loads(raw.claims[2]) == [{"number": 12, "what": "killed"}]


def test_geojson_is_rfc7946(tmp_path):
    path = write_events(_events(), tmp_path / "events.geojson")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    first = doc["features"][0]
    assert first["geometry"] == {"type": "Point", "coordinates": [25.036512345, 48.531234567]}  # lon, lat
    assert first["properties"]["claims"][1]["disputed_by"] == "rebels"  # native JSON, not a string
    assert first["properties"]["event_date"] == "2024-03-14"
    assert doc["features"][1]["geometry"] is None
    assert first["properties"]["latitude"] == 48.531234567
    assert doc["features"][1]["properties"]["confidence"] == 0.1 + 0.2  # every digit kept (0.30000000000000004)


def test_csv_has_lat_lon_and_no_geometry(tmp_path):
    path = write_events(_events(), tmp_path / "events.csv")
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert "geometry" not in rows[0] and rows[0]["latitude"] == "48.531234567"
    assert json.loads(rows[0]["claims"])[0]["claimed_by"] == "ministry"
    assert rows[1]["event_date"] == "" and rows[2]["event_date"] == "1999-12-31"
    assert read_events(path).geometry[2].equals(shapely.Point(-65.2627, -19.0333))


def test_parquet_is_geoparquet(tmp_path):
    import pyarrow.parquet as pq

    path = write_events(_events(), tmp_path / "events.parquet")
    schema = pq.read_schema(path)
    geo = json.loads(schema.metadata[b"geo"])
    assert geo["primary_column"] == "geometry" and "event_date" in schema.names
    assert str(schema.field("event_date").type) == "date32[day]"


def test_format_argument_and_projected_input(tmp_path):
    table = _events().to_crs(3857)
    path = write_events(table, tmp_path / "events.dat", format="geojson")
    back = read_events(path, format="geojson")
    assert back.latitude[0] == pytest.approx(48.531234567) and back.crs.to_epsg() == 4326


def test_a_plain_dataframe_and_other_layers(tmp_path):
    frame = pd.DataFrame({"event_id": ["x"], "latitude": [10.0], "longitude": [20.0], "claims": ['[{"number": 1}]']})
    back = read_events(write_events(frame, tmp_path / "plain.gpkg"))
    assert back.claims[0] == [{"number": 1}] and back.geometry[0].equals(shapely.Point(20, 10))
    assert back.fatalities.tolist() == [0] and back.actor1.tolist() == [""]


def test_bad_paths_and_extensions(tmp_path):
    with pytest.raises(BadInputError, match=r"end the file name with \.geojson, \.gpkg, \.parquet, \.csv"):
        write_events(_events(), tmp_path / "events.xlsx")
    with pytest.raises(BadInputError, match="format="):
        read_events(tmp_path / "events.shp")
    with pytest.raises(BadInputError, match="no such file"):
        read_events(tmp_path / "missing.gpkg")
    with pytest.raises(BadInputError, match="directory"):
        write_events(_events(), tmp_path)
    (tmp_path / "d.csv").mkdir()
    with pytest.raises(BadInputError, match="directory"):
        read_events(tmp_path / "d.csv")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BadInputError, match="cannot write"):
        write_events(_events(), blocker / "events.gpkg")
    broken = tmp_path / "broken.gpkg"
    broken.write_text("not a geopackage")
    with pytest.raises(BadInputError, match="not a readable GeoPackage"):
        read_events(broken)
    nowhere = tmp_path / "nowhere.csv"
    nowhere.write_text("name,value\na,1\n")
    with pytest.raises(BadInputError, match="no latitude and longitude"):
        read_events(nowhere)
    with pytest.raises(BadInputError, match="format="):
        write_events(_events(), tmp_path / "e.csv", format="xlsx")
    with pytest.raises(BadInputError, match="event table"):
        write_events("not a table", tmp_path / "e.csv")
    with pytest.raises(BadInputError, match="YYYY-MM-DD"):
        normalize_events([{"event_id": "a", "event_date": "soon"}])


@pytest.mark.parametrize("fmt", FORMATS)
def test_failed_write_leaves_existing_file_intact(tmp_path, fmt):
    path = write_events(_events(), tmp_path / f"events.{fmt}")
    before = path.read_bytes()
    bad = _events()
    bad["claims"] = [[{"number": 1, "what": {"a set", "is not JSON"}}], [], []]
    with pytest.raises(BadInputError, match="cannot write"):
        write_events(bad, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


def test_failed_parquet_write_inside_the_writer_leaves_file_intact(tmp_path):
    path = write_events(_events(), tmp_path / "events.parquet")
    before = path.read_bytes()
    bad = _events()
    bad["opaque"] = [object(), object(), object()]  # pyarrow cannot store these: fails while writing
    with pytest.raises(BadInputError, match="cannot write the events as parquet"):
        write_events(bad, path)
    assert path.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == [path.name]


# -- ACLED ----------------------------------------------------------------------------------------

def test_acled_export_maps_to_the_event_table():
    table = read_events(ACLED_SAMPLE)
    with ACLED_SAMPLE.open(newline="", encoding="utf-8") as handle:
        raw = list(csv.DictReader(handle))
    assert list(table.columns[: len(EVENT_COLUMNS)]) == list(EVENT_COLUMNS)
    assert table.event_id.tolist() == [r["event_id_cnty"] for r in raw]
    assert table.event_date.tolist() == [dt.datetime.strptime(r["event_date"], "%d %B %Y").date() for r in raw]
    assert table.iso.tolist() == ["UA", "UA", "BO", "XK"]  # ISO numeric 804 / 68, Kosovo's 0
    assert table.fatalities.tolist() == [int(r["fatalities"]) for r in raw]
    assert table.claims.tolist()[0] == [{"number": 2, "what": "killed", "claimed_by": "ACLED", "disputed_by": "",
                                         "vague": False}]
    assert table.claims.tolist()[1] == []
    assert table.time_precision.tolist() == [int(r["time_precision"]) for r in raw]
    assert table.geometry[2].equals(shapely.Point(float(raw[2]["longitude"]), float(raw[2]["latitude"])))
    assert table.notes[2] == raw[2]["notes"] and table.source[0] == raw[0]["source"]
    assert (table["flags"] == "acled").all()  # table.flags is pandas' own attribute
    # ACLED's own columns are kept after geomap's
    assert {"disorder_type", "assoc_actor_1", "admin2", "tags", "timestamp"} <= set(table.columns)
    assert table.timestamp.dtype == np.int64 and table.tags[1] == raw[1]["tags"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_acled_table_round_trips(tmp_path, fmt):
    table = read_events(ACLED_SAMPLE)
    back = read_events(write_events(table, tmp_path / f"acled_out.{fmt}"))
    pd.testing.assert_frame_equal(back[list(EVENT_COLUMNS)], table[list(EVENT_COLUMNS)])


def test_acled_other_date_formats_and_upper_case_headers(tmp_path):
    frame = pd.read_csv(ACLED_SAMPLE, dtype=str, keep_default_na=False)
    expected = read_events(ACLED_SAMPLE)
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        variant = frame.copy()
        variant["event_date"] = [dt.datetime.strptime(d, "%d %B %Y").strftime(fmt) for d in frame.event_date]
        variant.columns = [c.upper() for c in variant.columns] if fmt == "%Y-%m-%d" else variant.columns
        path = tmp_path / "variant.csv"
        variant.to_csv(path, index=False)
        table = read_events(path)
        assert table.event_date.tolist() == expected.event_date.tolist(), fmt
        assert table.iso.tolist() == expected.iso.tolist()


def test_acled_with_alpha3_codes(tmp_path):
    frame = pd.read_csv(ACLED_SAMPLE, dtype=str, keep_default_na=False)
    frame = frame.drop(columns=["iso"]).assign(iso3=["UKR", "UKR", "BOL", "XKX"])
    path = tmp_path / "old.csv"
    frame.to_csv(path, index=False)
    assert read_events(path).iso.tolist() == ["UA", "UA", "BO", "XK"]
