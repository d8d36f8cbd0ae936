"""The command line on bad input: a clear message, the documented exit code, never a traceback.

Exit codes (README): 0 done (warnings on stderr), 1 bad input or a failure geomap explains,
2 a usage error (a missing argument, an option value that cannot be right).
Corpus files are read with :func:`geomap.io.iter_articles`: bad rows are reported with their
line numbers and the rest is read.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gazetteer import Gazetteer, PlaceRecord
from gazetteer.store import IndexWriter
from geomap.io import iter_articles

REPO = Path(__file__).resolve().parents[1]


def run(*args: str, index: Path, cwd: Path | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
    env = dict(os.environ, GEOMAP_GAZETTEER=str(index), PYTHONPATH=str(REPO))
    env.pop("GEOMAP_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, env=env, cwd=cwd,
                          timeout=timeout)
    proc.stdout, proc.stderr = proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    return proc


def assert_clean_failure(proc: subprocess.CompletedProcess, code: int, *phrases: str) -> None:
    assert proc.returncode == code, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr and "This is a bug" not in proc.stderr, proc.stderr
    for phrase in phrases:
        assert phrase in proc.stderr, proc.stderr


# -- articles -------------------------------------------------------------------------------------------------------

def test_missing_file(default_index, tmp_path):
    for command in ("places", "map"):
        proc = run(command, str(tmp_path / "nope.txt"), index=default_index, cwd=tmp_path)
        assert_clean_failure(proc, 1, "nope.txt: no such file", "standard input")
    assert not (tmp_path / "outputs").exists()


def test_a_directory_and_a_directory_of_binaries(default_index, tmp_path):
    blobs = tmp_path / "blobs"
    blobs.mkdir()
    (blobs / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20)
    (blobs / "page.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + os.urandom(4000))
    (blobs / "old.html").write_bytes(b"PK\x03\x04\x14\x00\x00\x00" + bytes(range(256)) * 8)
    assert_clean_failure(run("places", str(blobs), index=default_index), 1, "is a directory")
    assert_clean_failure(run("map", str(blobs), index=default_index, cwd=tmp_path), 1, "is a directory")
    for name in ("page.txt", "old.html"):
        proc = run("places", str(blobs / name), index=default_index)
        assert_clean_failure(proc, 1, "is a binary file, not text")
    # A corpus read of the directory skips every binary (with a reason) and reads the one real article.
    (blobs / "real.txt").write_text("Floods cut the road to Lviv on Monday.", encoding="utf-8")
    corpus = iter_articles(blobs)
    assert [Path(a.path).name for a in corpus] == ["real.txt"]
    assert corpus.report.skipped == 2
    assert all("binary" in p.message for p in corpus.report.problems)


def test_invalid_utf8_is_decoded_with_replacement_and_reported(default_index, tmp_path):
    article = tmp_path / "broken.txt"
    article.write_bytes("Heavy rain flooded streets in Lviv (Львів) on Monday ".encode() + b"\xff\xfe\xc3" +
                        " and officials in Kharkiv (Харків) said more was due.".encode())
    proc = run("places", str(article), "--json", index=default_index)
    assert proc.returncode == 0, proc.stderr
    assert "not valid UTF-8" in proc.stderr and "replaced with U+FFFD" in proc.stderr
    rows = json.loads(proc.stdout)
    text = article.read_bytes().decode("utf-8", errors="replace")
    assert {"Lviv", "Kharkiv"} <= {r["surface"] for r in rows}
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in rows)


def test_usage_errors_exit_2(default_index, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Rain in Lviv.", encoding="utf-8")
    assert_clean_failure(run("places", index=default_index), 2, "Missing argument")
    assert_clean_failure(run("places", str(article), "--lang", "12", index=default_index), 2, "language code")
    assert_clean_failure(run("places", str(article), "--date", "2024-13-40", index=default_index), 2, "--date")
    assert_clean_failure(run("map", str(article), "-o", str(tmp_path), index=default_index), 2, "is a directory")
    assert_clean_failure(run("gazetteer", "search", "Kyiv", "--near", "91,0", index=default_index), 2, "-90 to 90")
    assert_clean_failure(run("gazetteer", "search", "Kyiv", "--near", "nan,0", index=default_index), 2, "-90 to 90")


def test_map_to_a_path_that_cannot_be_written(default_index, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Rain flooded Lviv.", encoding="utf-8")
    proc = run("map", str(article), "-o", str(article / "map.html"), index=default_index)
    assert_clean_failure(proc, 1, "cannot write", "is a file, not a directory")
    assert article.read_text(encoding="utf-8") == "Rain flooded Lviv."


def test_a_corrupt_index_says_how_to_rebuild(tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(os.urandom(8192))
    proc = run("gazetteer", "search", "Kyiv", index=junk)
    assert_clean_failure(proc, 1, "cannot be read", "geomap gazetteer build")


# -- a 50 MB article ------------------------------------------------------------------------------------------------

_FILLER = [
    "Volunteers carried sandbags through the night while the water kept rising.",
    "The school stayed closed and buses ran on shorter routes until the afternoon.",
    "Engineers said the old embankment had not been repaired for many years.",
    "A spokesperson promised compensation for families whose homes were damaged.",
]
_PLACES = ["Lviv", "Kharkiv", "Baku", "Yerevan"]


def _big_article(path: Path, size: int) -> int:
    """Write an article of about ``size`` bytes, a place named in each paragraph, a protest in every tenth one.

    Returns how many place names it holds.
    """
    count = paragraphs = 0
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < size:
            place = _PLACES[paragraphs % len(_PLACES)]
            para = " ".join(_FILLER[(paragraphs + k) % len(_FILLER)] for k in range(6))
            para += f" Rescue teams reached {place} before dawn. " + " ".join(_FILLER)
            count += 1
            if paragraphs % 10 == 0:
                para += f" Protesters gathered in {_PLACES[(paragraphs // 10) % len(_PLACES)]} on Saturday."
                count += 1
            out.write(para + "\n\n")
            written += len(para) + 2
            paragraphs += 1
    return count


_RSS = """
import resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(proc.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - start,
      proc.stdout.count(b"\\n"), len(proc.stderr))
sys.stderr.buffer.write(proc.stderr[-2000:])
"""


def _measure(command: str, article: Path, index: Path) -> tuple[int, int, float, int]:
    """(exit code, peak RSS in MB, seconds, lines printed) of ``geomap COMMAND ARTICLE`` in a fresh process."""
    env = dict(os.environ, GEOMAP_GAZETTEER=str(index), PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, "-c", _RSS, sys.executable, "-m", "geomap", command, str(article)],
                          capture_output=True, env=env, timeout=1500, text=True)
    code, rss_kb, seconds, lines, _ = proc.stdout.split()
    assert "Traceback" not in proc.stderr, proc.stderr
    return int(code), int(rss_kb) // 1024, float(seconds), int(lines)


def test_a_50_mb_article_finishes_in_bounded_memory(default_index, tmp_path):
    small, big = tmp_path / "small.txt", tmp_path / "big.txt"
    _big_article(small, 20_000)
    places = _big_article(big, 50 * 1024 * 1024)
    assert big.stat().st_size >= 50 * 1024 * 1024
    for command in ("places", "extract"):
        code, base_mb, _, _ = _measure(command, small, default_index)
        assert code == 0
        code, peak_mb, seconds, lines = _measure(command, big, default_index)
        assert code == 0
        if command == "places":
            assert lines == places + 1  # the header, then one row per place name: nothing lost
        else:
            assert lines > 1  # the protests were read (merged per place within each piece of the text)
        # The text itself takes about 100 MB (bytes read, then str); everything else must not grow with it.
        assert peak_mb - base_mb < 700, (command, base_mb, peak_mb, seconds)
        print(f"geomap {command} on a 50 MB article: {seconds:.0f} s, peak RSS {peak_mb} MB "
              f"(small article {base_mb} MB), {places} place names, {lines} lines printed")


# -- corpora: malformed rows are reported with their line numbers, the rest is read ---------------------------------

def test_malformed_jsonl_rows_are_reported_and_the_rest_read(gaz, tmp_path):
    import geomap

    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "ok1", "text": "Protesters gathered in Yerevan on Friday."}),
        '{"id": "cut", "text": "Shelling near Kharkiv',  # cut off mid-row
        "[1, 2, 3]",
        json.dumps({"id": "notext", "body": "no text field"}),
        json.dumps({"id": "num", "text": 42}),
        "\x00\x01 binary noise \xff",
        json.dumps({"id": "baddate", "text": "Floods hit Lviv.", "date": "31/31/2024"}),
        "",
        json.dumps({"id": "ok2", "text": "Strikes hit Baku's port.", "date": "2024-05-01"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus = iter_articles(path)
    articles = list(corpus)
    assert [a.doc_id for a in articles] == ["ok1", "baddate", "ok2"]
    assert {p.line for p in corpus.report.problems if p.skipped} == {2, 3, 4, 5, 6}
    assert [p.line for p in corpus.report.problems if not p.skipped] == [7]
    for article in articles:  # the rest is processed
        frame = geomap.geoparse(article.text, gazetteer=gaz, doc_id=article.doc_id)
        assert not frame.empty


def test_malformed_csv_rows_are_reported_and_the_rest_read(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(textwrap.dedent('''\
        id,text,date
        a1,"Rain flooded Lviv, officials said.",2024-01-02
        a2,too,many,fields,here
        a3,,2024-01-03
        a4,"Clashes near Baku ""on Monday""",2024-01-04
        a5,"Line one
        line two about Yerevan",2024-01-05
        a6,Shelling near Kharkiv,not a date
        '''), encoding="utf-8")
    with path.open("a", encoding="utf-8") as out:
        out.write('a7,"' + "x" * 70_000_000 + '",2024-01-06\n')  # over the CSV field limit
        out.write("a8,Quiet day in Odesa,2024-01-07\n")
    corpus = iter_articles(path)
    assert [a.doc_id for a in corpus] == ["a1", "a4", "a5", "a6", "a8"]
    skipped = {p.line: p.message for p in corpus.report.problems if p.skipped}
    assert set(skipped) == {3, 4, 9}
    assert "fields" in skipped[3] and "empty" in skipped[4] and "CSV" in skipped[9]
    assert [p.line for p in corpus.report.problems if not p.skipped] == [8]


# -- a user gazetteer file with bad coordinates ---------------------------------------------------------------------

@pytest.fixture
def small_index(tmp_path) -> Path:
    path = tmp_path / "small.sqlite"
    with IndexWriter(path) as writer:
        writer.add([PlaceRecord(id="1", name="Alphaville", lat=10.0, lon=20.0, feature_class="P", feature_code="PPL",
                                country="XX", population=1000)])
    return path


def test_user_gazetteer_with_bad_coordinates(small_index, tmp_path):
    bad = tmp_path / "mine.csv"
    bad.write_text("name,aliases,lat,lon,type,country\n"
                   "Camp Zeta,,95,10,village,UG\n"
                   "Camp Eta,,abc,10,village,UG\n"
                   "Camp Theta,,nan,inf,village,UG\n"
                   "Camp Iota,,1e400,10,village,UG\n"
                   "Camp Kappa,,1.5,30.1,village,UG\n"
                   "Camp\x00Mu,,1.5,30.1,village,UG\n"
                   "Camp Nu," + "a" * 200_000 + ",1.5,30.1,village,UG\n"
                   "Camp Xi,,-1.5,-30.1,village,UG\n", encoding="utf-8")
    proc = run("gazetteer", "--index", str(small_index), "add", str(bad), index=small_index)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = proc.stdout + proc.stderr
    assert "Imported 2 places" in report
    for line, reason in ((2, "outside -90..90"), (3, "not numbers"), (4, "outside"), (5, "outside"),
                         (7, "control character"), (8, "not valid CSV")):
        assert f"line {line} (" in report and reason in report, (line, report)
    with Gazetteer(small_index) as g:
        assert g.search("Camp Kappa")[0].lat == pytest.approx(1.5)
        assert g.search("Camp Xi") and not g.search("Camp Zeta") and g.search("Alphaville")


def test_user_gazetteer_where_every_row_is_bad_exits_1(small_index, tmp_path):
    bad = tmp_path / "mine.geojson"
    bad.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": ["x", 200]}, "properties": {"name": "A"}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 10]}, "properties": {"name": "B"}},
        {"type": "Feature", "geometry": None, "properties": {"name": "C"}},
        7,
    ]}), encoding="utf-8")
    proc = run("gazetteer", "--index", str(small_index), "add", str(bad), index=small_index)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    report = proc.stdout + proc.stderr
    assert "Imported 0 places" in report and "Skipped 4 malformed rows" in report
    assert "not a GeoJSON Feature" in report and "outside -90..90" in report
    with Gazetteer(small_index) as g:  # the index is still whole, without the bad places
        assert g.search("Alphaville") and not g.search("A") and not g.search("B")


@pytest.mark.parametrize("content, phrase", [
    (b"\x00\x01\x02" * 100, "the header lacks"),
    (b"just,some,columns\n1,2,3\n", "the header lacks lat, lon, name"),
    (b"", "the header lacks"),
])
def test_user_gazetteer_file_that_is_not_a_places_file(small_index, tmp_path, content, phrase):
    bad = tmp_path / "mine.csv"
    bad.write_bytes(content)
    assert_clean_failure(run("gazetteer", "--index", str(small_index), "add", str(bad), index=small_index), 1, phrase)


def test_no_library_noise_on_stderr(default_index, tmp_path):
    """A text in a language wordfreq lacks (Lingala) once made it log a 'nearest match' warning on the terminal."""
    article = tmp_path / "ln.txt"
    article.write_text("Mbote na bino, Kinshasa ezali mboka monene mpe bato mingi bafandaka kuna.", encoding="utf-8")
    proc = run("places", str(article), index=default_index)
    assert proc.returncode == 0 and "Kinshasa" in proc.stdout
    assert proc.stderr == ""
