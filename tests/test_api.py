"""The flat public API: what ``import geomap`` offers, and that each name works end to end."""

from __future__ import annotations

import datetime as dt
from importlib.metadata import version

import geopandas as gpd

import geomap

EXPECTED = {
    "Article", "BadInputError", "DownloadError", "Extractor", "Gazetteer", "GazetteerCorruptError",
    "GazetteerError", "GazetteerNotFoundError", "Geocoder", "GeomapError", "Geoparser", "__version__",
    "event_map", "extract", "geoparse", "iter_articles", "read", "read_events", "write_events",
}


def test_all_is_the_documented_surface():
    assert set(geomap.__all__) == EXPECTED
    for name in geomap.__all__:
        assert getattr(geomap, name) is not None
    assert geomap.__version__ == version("geomap")


def test_errors_share_one_root_and_their_builtins():
    for name in ("BadInputError", "DownloadError", "GazetteerCorruptError", "GazetteerError", "GazetteerNotFoundError"):
        assert issubclass(getattr(geomap, name), geomap.GeomapError)
    assert issubclass(geomap.BadInputError, ValueError)
    assert issubclass(geomap.GazetteerNotFoundError, FileNotFoundError)
    assert issubclass(geomap.DownloadError, ConnectionError)


def test_read_extract_write_read_back(tmp_path, gaz):
    text = ("GOMA, 7 June 2024 -- Rebels and government troops fought near Goma on Thursday. The army said "
            "eleven rebels were killed.")
    src = tmp_path / "report.txt"
    src.write_text(text, encoding="utf-8")
    article = geomap.read(src)
    assert article.text.startswith("GOMA")
    events = geomap.Extractor(gaz)(article)
    assert isinstance(events, gpd.GeoDataFrame) and len(events) == 1
    row = events.iloc[0]
    assert (row.location, row.event_type, row.event_date, row.fatalities) == ("Goma", "Battles",
                                                                               dt.date(2024, 6, 6), 11)
    out = geomap.write_events(events, tmp_path / "events.gpkg")
    back = geomap.read_events(out)
    assert list(back["event_id"]) == list(events["event_id"])
    assert back.iloc[0]["claims"][0]["number"] == 11
