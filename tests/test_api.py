"""The flat public API: what ``import geomap`` offers, and that each name works end to end."""

from __future__ import annotations

import datetime as dt
import gc
from importlib.metadata import version

import geopandas as gpd
import pandas as pd
import pytest

import geomap

EXPECTED = {
    "Article", "BadInputError", "DownloadError", "Extractor", "Gazetteer", "GazetteerCorruptError",
    "GazetteerError", "GazetteerNotFoundError", "Geocoder", "GeomapError", "Geoparser", "__version__",
    "event_map", "extract", "geoparse", "geoparse_many", "iter_articles", "read", "read_events", "write_events",
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


def test_geoparse_many_is_geoparse_of_each_article_in_one_table(gaz):
    texts = ["Floods cut the road between Lviv and Ternopil on Monday.",
             "Nothing here names a place at all.",
             "Banjir merendam ratusan rumah di Kabupaten Bandung, Jawa Barat."]
    table = geomap.geoparse_many(texts, gazetteer=gaz)
    frames = [geomap.geoparse(t, gazetteer=gaz, doc_id=str(n)) for n, t in enumerate(texts)]
    one_by_one = pd.concat([f for f in frames if len(f)], ignore_index=True)  # an empty frame's columns are object
    pd.testing.assert_frame_equal(table, one_by_one)
    assert set(table["doc_id"]) == {"0", "2"} and "Lviv" in set(table["name"])


def test_geoparse_many_takes_articles_with_their_own_id_language_and_date(gaz):
    article = geomap.Article(text="Rain fell on Kyiv in 1994, and again this week.", doc_id="kyiv-report", lang="en",
                             publication_date=dt.date(2024, 5, 1))
    table = geomap.Geoparser(gaz).parse_many([article, "Fighting near Goma."], lang="en")
    assert table["doc_id"].tolist()[0] == "kyiv-report" and table["doc_id"].tolist()[-1] == "1"
    assert table.dtypes.equals(geomap.geoparse("Fighting near Goma.", gazetteer=gaz).dtypes)


def test_geoparse_many_names_the_article_that_is_not_text(gaz):
    with pytest.raises(geomap.BadInputError, match=r"article 1 is of type bytes.*geomap.read"):
        geomap.geoparse_many(["Rain in Kyiv.", b"Rain in Lviv."], gazetteer=gaz)
    assert gc.get_freeze_count() == 0  # the heap a batch set aside for its run is handed back, also on an error


def test_a_batch_sets_the_heap_it_found_aside_only_while_it_runs(gaz):
    seen = []

    def texts():
        for text in ("Rain in Kyiv.", "Floods in Lviv."):
            seen.append((gc.get_freeze_count(), gc.get_threshold()))
            yield text

    before = gc.get_threshold()
    geomap.geoparse_many(texts(), gazetteer=gaz)
    assert seen[0][0] > 0 and seen[0][1][0] > before[0]  # set aside, young objects collected less often
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
