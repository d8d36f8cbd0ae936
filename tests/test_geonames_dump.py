"""GeoNames dump download and import, against a local HTTP server and a tiny fixture.

The fixture (tests/fixtures/geonames/) is in the real dump formats; its geoname ids
are invented. Nothing here contacts geonames.org: the autouse fixture points
``GEOMAP_GEONAMES_URL`` at a closed local port, so a download that forgot its
``base_url`` fails instead of going out.
"""

from __future__ import annotations

import functools
import hashlib
import http.server
import shutil
import sqlite3
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from gazetteer.errors import BadInputError, DownloadError
from gazetteer.model import PlaceRecord
from gazetteer.sources import geonames_dump as gd
from gazetteer.store import IndexWriter

FIXTURE = Path(__file__).parent / "fixtures" / "geonames"
SHARED = ("admin1CodesASCII.txt", "admin2Codes.txt", "countryInfo.txt")
# Lines 5 and 6 of AZ.txt are malformed on purpose (5 columns; latitude "abc").
BAD_LINES = [5, 6]


def _zip(target: Path, member: str, source: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(source, member)
        zf.writestr("readme.txt", "GeoNames test fixture\n")


def _zipped_dump(root: Path) -> Path:
    """The fixture as laid out on the dump server: AZ.zip, alternatenames/AZ.zip, shared .txt files."""
    root.mkdir(parents=True, exist_ok=True)
    _zip(root / "AZ.zip", "AZ.txt", FIXTURE / "AZ.txt")
    _zip(root / "alternatenames" / "AZ.zip", "AZ.txt", FIXTURE / "alternatenames" / "AZ.txt")
    for name in SHARED:
        shutil.copy(FIXTURE / name, root / name)
    return root


def _extracted_dump(root: Path) -> Path:
    """The same files unzipped (AZ.txt, alternatenames/AZ.txt)."""
    shutil.copytree(FIXTURE, root, ignore=shutil.ignore_patterns("*.md"))
    return root


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(autouse=True)
def _no_outside_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gd.URL_ENV, "http://127.0.0.1:9/")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """Serve a zipped fixture dump from 127.0.0.1 on a free port; yield its base URL."""
    root = _zipped_dump(tmp_path / "srv")
    handler = functools.partial(_QuietHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


@pytest.fixture
def index(tmp_path: Path) -> Path:
    """A small existing index holding one place (Tartar, the town)."""
    path = tmp_path / "index" / "gazetteer.sqlite"
    with IndexWriter(path) as w:
        w.add(
            [
                PlaceRecord(
                    id="584871",
                    name="Tartar",
                    lat=40.342,
                    lon=46.932,
                    feature_class="P",
                    feature_code="PPL",
                    country="AZ",
                    admin1="57",
                    population=20400,
                    names=(("Terter", ""), ("Тертер", "ru")),
                    source="cities500",
                )
            ],
            source="cities500",
        )
    return path


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(index: Path, sql: str, *args: object) -> list[tuple]:
    con = sqlite3.connect(index)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def _names(index: Path, place: int) -> dict[str, str]:
    return dict(_rows(index, "SELECT name, lang FROM names WHERE place = ?", place))


def _check_imported(index: Path) -> None:
    """What every successful import of the fixture leaves in the index."""
    hits = _rows(
        index,
        "SELECT p.id, p.name, p.lat, p.lon, p.feature, p.country, p.admin1, n.name, n.lang "
        "FROM names n JOIN places p ON p.rowid = n.place WHERE n.key = 'talysh'",
    )
    assert {h[0] for h in hits} == {"9990001"}
    name, lat, lon, feature, country, admin1 = hits[0][1:7]
    assert (name, feature, country, admin1) == ("Talış", "village", "AZ", "57")
    assert lat == pytest.approx(40.38, abs=0.01) and lon == pytest.approx(46.74, abs=0.01)
    # Both the Latin "Talysh" and the Russian "Талыш" fold to the key "talysh".
    assert {(h[7], h[8]) for h in hits} == {("Talysh", ""), ("Талыш", "ru")}

    village = _names(index, 9990001)
    assert village["Талыш"] == "ru"
    assert village["Talış"] in ("", "az")
    assert "Talysh-Kend" in village  # historic names are kept
    assert "AZ6200" not in village  # postal code
    assert "Q99900001" not in village  # Wikidata id
    assert not [n for n in village if n.startswith("http")]  # link
    assert not _rows(index, "SELECT 1 FROM names WHERE place = 88888888 OR name = 'Нигдеград'")
    # A name both in the language-less alternatenames column and in the alternate-names file
    # keeps its language.
    assert _names(index, 9990003)["Тертер"] == "ru"
    assert _names(index, 9990007)["GYD"] == "iata"

    features = dict(_rows(index, "SELECT id, feature FROM places WHERE source LIKE '%geonames-dump%'"))
    assert features == {
        "9990001": "village",
        "9990002": "physical",
        "9990003": "physical",
        "9990004": "region",
        "9990007": "city",
    }
    # Rows after the malformed ones are imported; the malformed ones are not.
    assert not _rows(index, "SELECT 1 FROM places WHERE id IN ('9990005', '9990006')")
    # The previous record is still there, untouched.
    assert _rows(index, "SELECT name, population, source FROM places WHERE id = '584871'") == [
        ("Tartar", 20400, "cities500")
    ]
    assert ("Тертер", "ru") in _names(index, 584871).items()
    # admin1 names of the requested country only.
    assert set(_rows(index, "SELECT country, code, name FROM admin1")) == {
        ("AZ", "09", "Baku"),
        ("AZ", "57", "Tərtər"),
    }
    # Derived tables are rebuilt over the new places.
    assert _rows(index, "SELECT count(*) FROM places_rtree") == _rows(index, "SELECT count(*) FROM places")
    assert _rows(index, "SELECT alt_count > 3 FROM places WHERE id = '9990001'") == [(1,)]
    sources = _rows(index, "SELECT value FROM meta WHERE key = 'sources'")[0][0]
    assert "geonames-dump" in sources and "AZ" in sources


# -- download ------------------------------------------------------------------------------------
def test_download_fetches_every_file(server: str, tmp_path: Path) -> None:
    seen: dict[str, tuple[int, int]] = {}
    dest = tmp_path / "dl"

    def progress(label: str, done: int, total: int) -> None:
        seen[label] = (done, total)

    paths = gd.download(["az"], dest, base_url=server, progress=progress)
    rel = sorted(p.relative_to(dest).as_posix() for p in paths)
    assert rel == sorted(["AZ.zip", "alternatenames/AZ.zip", *SHARED])
    for p in paths:
        assert p.read_bytes() == (tmp_path / "srv" / p.relative_to(dest)).read_bytes()
    on_disk = sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file())
    assert on_disk == rel  # no .part file left behind
    assert set(seen) == set(rel)
    assert all(done == total > 0 for done, total in seen.values())


def test_download_uses_env_url(server: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(gd.URL_ENV, server.rstrip("/"))
    assert len(gd.download(["AZ"], tmp_path / "dl")) == 5


def test_download_unknown_country(server: str, tmp_path: Path) -> None:
    dest = tmp_path / "dl"
    with pytest.raises(DownloadError, match="QQ") as err:
        gd.download(["QQ"], dest, base_url=server)
    assert "unknown to GeoNames" in str(err.value)
    assert not [p for p in dest.rglob("*") if p.is_file()]  # nothing half-written


def test_download_unreachable_host(tmp_path: Path) -> None:
    with pytest.raises(DownloadError) as err:
        gd.download(["AZ"], tmp_path / "dl")  # GEOMAP_GEONAMES_URL: a closed local port
    msg = str(err.value)
    assert "http://127.0.0.1:9/AZ.zip" in msg and "--from DIR" in msg and "network" in msg
    assert isinstance(err.value, ConnectionError)


def test_download_rejects_non_zip(server: str, tmp_path: Path) -> None:
    (tmp_path / "srv" / "AZ.zip").write_text("<html>captive portal</html>")
    with pytest.raises(DownloadError, match="zip"):
        gd.download(["AZ"], tmp_path / "dl", base_url=server)
    assert not (tmp_path / "dl" / "AZ.zip").exists()


@pytest.mark.parametrize("bad", [["Azerbaijan"], ["A1"], [], ["AZ", "xyz"]])
def test_targets_are_validated(bad: list[str], tmp_path: Path) -> None:
    with pytest.raises(BadInputError):
        gd.download(bad, tmp_path, base_url="http://127.0.0.1:9/")


def test_normalize_targets() -> None:
    assert gd.normalize_targets(["az", "Am", "AZ"]) == ["AZ", "AM"]
    assert gd.normalize_targets(["AZ", "ALLCOUNTRIES"]) == ["allCountries"]
    assert gd.required_files(["allcountries"]) == ["allCountries.zip", "alternateNamesV2.zip", *SHARED]


# -- import --------------------------------------------------------------------------------------
def test_add_geonames_downloads_and_merges(server: str, index: Path) -> None:
    report = gd.add_geonames(index, ["AZ"], base_url=server)
    _check_imported(index)
    assert report.places == 5
    assert report.malformed == 2
    assert report.malformed_lines == {"AZ.zip:AZ.txt": BAD_LINES}
    assert report.names == 7 and report.skipped_names == 3
    assert report.admin1 == 2
    assert report.files == ["alternatenames/AZ.zip:AZ.txt", "AZ.zip:AZ.txt", "admin1CodesASCII.txt"]
    summary = report.summary()
    assert "5 places" in summary and "2 malformed" in summary and "AZ.zip:AZ.txt: line 5" in summary
    assert "AZ.zip:AZ.txt: line 6" in summary
    assert not list(index.parent.glob(".*.tmp"))


def test_import_from_zipped_dir(tmp_path: Path, index: Path) -> None:
    src = _zipped_dump(tmp_path / "manual")
    report = gd.add_geonames(index, ["az"], from_dir=src)
    _check_imported(index)
    assert report.malformed_lines == {"AZ.zip:AZ.txt": BAD_LINES}


def test_import_from_extracted_txt(tmp_path: Path, index: Path) -> None:
    src = _extracted_dump(tmp_path / "manual")
    report = gd.add_geonames(index, ["AZ"], from_dir=src)
    _check_imported(index)
    assert report.malformed == 2 and report.malformed_lines == {"AZ.txt": BAD_LINES}
    assert report.files[:2] == ["alternatenames/AZ.txt", "AZ.txt"]


def test_import_dir_detects_targets(tmp_path: Path, index: Path) -> None:
    src = _extracted_dump(tmp_path / "manual")
    with IndexWriter(index, base=index) as w:
        report = gd.import_dir(w, src)
    assert report.places == 5
    _check_imported(index)


def test_import_all_countries_layout(tmp_path: Path, index: Path) -> None:
    src = tmp_path / "world"
    _zip(src / "allCountries.zip", "allCountries.txt", FIXTURE / "AZ.txt")
    _zip(src / "alternateNamesV2.zip", "alternateNamesV2.txt", FIXTURE / "alternatenames" / "AZ.txt")
    for name in SHARED:
        shutil.copy(FIXTURE / name, src / name)
    report = gd.add_geonames(index, ["allCountries"], from_dir=src)
    assert report.places == 5 and report.malformed_lines == {"allCountries.zip:allCountries.txt": BAD_LINES}
    assert report.admin1 == 4  # every country's admin1 names
    assert _rows(index, "SELECT feature FROM places WHERE id = '9990001'") == [("village",)]


def test_add_geonames_builds_new_index(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    gd.add_geonames(path, ["AZ"], from_dir=_extracted_dump(tmp_path / "manual"))
    assert _rows(path, "SELECT count(*) FROM places") == [(5,)]


# -- failures leave the previous index as it was -------------------------------------------------
def test_missing_file_leaves_index_untouched(tmp_path: Path, index: Path) -> None:
    src = _zipped_dump(tmp_path / "manual")
    (src / "alternatenames" / "AZ.zip").unlink()
    before = _sha256(index)
    with pytest.raises(BadInputError, match=r"alternatenames/AZ\.zip") as err:
        gd.add_geonames(index, ["AZ"], from_dir=src)
    assert "https://download.geonames.org/export/dump/alternatenames/AZ.zip" in str(err.value)
    assert _sha256(index) == before
    assert sorted(p.name for p in index.parent.iterdir()) == [index.name]


def test_damaged_zip_leaves_index_untouched(tmp_path: Path, index: Path) -> None:
    src = _zipped_dump(tmp_path / "manual")
    data = bytearray((src / "AZ.zip").read_bytes())
    data[60:200] = b"\0" * 140  # inside the compressed AZ.txt, after the headers
    (src / "AZ.zip").write_bytes(bytes(data))
    before = _sha256(index)
    with pytest.raises(BadInputError, match=r"AZ\.zip"):
        gd.add_geonames(index, ["AZ"], from_dir=src)
    assert _sha256(index) == before
    assert sorted(p.name for p in index.parent.iterdir()) == [index.name]


def test_unknown_country_in_country_info(tmp_path: Path, index: Path) -> None:
    src = _extracted_dump(tmp_path / "manual")
    shutil.copy(src / "AZ.txt", src / "QQ.txt")
    shutil.copy(src / "alternatenames" / "AZ.txt", src / "alternatenames" / "QQ.txt")
    before = _sha256(index)
    with pytest.raises(BadInputError, match="QQ"):
        gd.add_geonames(index, ["QQ"], from_dir=src)
    assert _sha256(index) == before


def test_download_failure_leaves_index_untouched(server: str, index: Path) -> None:
    before = _sha256(index)
    with pytest.raises(DownloadError):
        gd.add_geonames(index, ["QQ"], base_url=server)
    assert _sha256(index) == before


def test_add_geonames_cli_adds_a_village_the_default_lacks(server, default_index, tmp_path):
    """The whole user path: default index, `geomap gazetteer add-geonames AZ --url`, then search finds it."""
    import os
    import subprocess
    import sys

    from gazetteer import Gazetteer, haversine_km

    index = tmp_path / "grown.sqlite"
    shutil.copyfile(default_index, index)
    with Gazetteer(index) as before:
        assert not [p for p in before.search("Talysh") if p.feature == "village"]
    env = {**os.environ, "GEOMAP_GAZETTEER": str(index)}
    proc = subprocess.run([sys.executable, "-m", "geomap", "gazetteer", "add-geonames", "AZ", "--url", server],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "malformed" in proc.stdout and "line 5" in proc.stdout
    with Gazetteer(index) as after:
        village = after.search("Talysh", country="AZ")[0]
        assert village.feature == "village"
        assert haversine_km(village.lat, village.lon, 40.38139, 46.74083) < 1
        assert after.search("Terter")[0].name == "Tartar"  # the default content is still there
