"""Builds are atomic; missing or corrupt indexes give messages that name the fix."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from gazetteer import Gazetteer, GazetteerCorruptError, GazetteerNotFoundError, PlaceRecord
from gazetteer.store import IndexWriter


def rec(i: int, name: str) -> PlaceRecord:
    return PlaceRecord(id=str(i), name=name, lat=10.0 + i / 100, lon=20.0, feature_class="P", feature_code="PPL",
                       country="XX", population=1000 * i)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def small_index(path: Path) -> Path:
    with IndexWriter(path) as w:
        w.add([rec(1, "Alpha"), rec(2, "Beta")])
    return path


def test_missing_index_names_the_build_command(tmp_path):
    with pytest.raises(GazetteerNotFoundError, match="geomap gazetteer build"):
        Gazetteer(tmp_path / "nope.sqlite")


def test_corrupt_index_names_the_rebuild_command(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(GazetteerCorruptError, match="geomap gazetteer build"):
        Gazetteer(bad)
    wrong = tmp_path / "wrong.sqlite"
    sqlite3.connect(wrong).execute("CREATE TABLE t(x)").connection.commit()
    with pytest.raises(GazetteerCorruptError, match="geomap gazetteer build"):
        Gazetteer(wrong)


def test_failed_build_leaves_previous_index_intact(tmp_path):
    path = small_index(tmp_path / "g.sqlite")
    before = sha(path)

    def exploding():
        yield rec(3, "Gamma")
        raise RuntimeError("source broke mid-way")

    with pytest.raises(RuntimeError), IndexWriter(path, base=path) as w:
        w.add(exploding())
    assert sha(path) == before
    assert not list(tmp_path.glob(".*.tmp")), "temporary file left behind"
    with Gazetteer(path) as g:
        assert g.search("Alpha") and not g.search("Gamma")


def test_readers_keep_working_while_the_index_is_replaced(tmp_path):
    path = small_index(tmp_path / "g.sqlite")
    reader = Gazetteer(path)
    assert reader.search("Beta")[0].name == "Beta"
    with IndexWriter(path) as w:  # a full rebuild replaces the file under the open reader
        w.add([rec(5, "Epsilon")])
    assert reader.search("Beta")[0].name == "Beta"  # the old reader still sees its snapshot
    reader.close()
    with Gazetteer(path) as fresh:
        assert fresh.search("Epsilon") and not fresh.search("Beta")


def test_merging_by_geonames_id_keeps_names_and_geometry(tmp_path):
    import shapely

    path = tmp_path / "g.sqlite"
    square = shapely.to_wkb(shapely.box(19, 9, 21, 11))
    with IndexWriter(path) as w:
        w.add([PlaceRecord(id="7", name="Old Name", lat=10, lon=20, feature_class="A", feature_code="ADM1",
                           country="XX", names=(("Vieux Nom", "fr"),), geometry=square)])
    with IndexWriter(path, base=path) as w:
        w.add([PlaceRecord(id="7", name="New Name", lat=10.1, lon=20.1, feature_class="A", feature_code="ADM1",
                           country="XX", names=(("Neuer Name", "de"),))])
    with Gazetteer(path) as g:
        place = g.get("7")
        assert place.name == "New Name"
        assert {"Old Name", "Vieux Nom", "Neuer Name", "New Name"} <= {n for n, _ in g.names("7")}
        assert g.geometry("7") is not None
        assert g.search("Vieux Nom")[0].id == "7"


def test_default_index_built_from_older_data_is_rebuilt(tmp_path, monkeypatch):
    """The default index is a cache of installed data: a stale one is rebuilt on first use."""
    stale = small_index(tmp_path / "default.sqlite")  # no data_version: built by another version
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(stale))
    with Gazetteer() as g:
        assert g.search("Terter")[0].country == "AZ"
        assert all(p.country != "XX" for p in g.search("Alpha"))  # the stale test rows are gone
    with Gazetteer(stale) as g:  # an explicit path is never rebuilt behind the user's back
        assert g.search("Terter")


def _search_in_child(path: str, name: str) -> tuple[str, str]:
    with Gazetteer(path) as g:
        best = g.search(name)[0]
        return best.name, best.country


def test_many_processes_read_one_index_at_once(default_index):
    import multiprocessing

    names = ["Baku", "Kyiv", "Paris", "Yerevan"] * 2
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        results = pool.starmap(_search_in_child, [(str(default_index), n) for n in names])
    assert results[:4] == [("Baku", "AZ"), ("Kyiv", "UA"), ("Paris", "FR"), ("Yerevan", "AM")]
    assert results[4:] == results[:4]
