"""Corpus runs (geomap.batch, `geomap extract CORPUS -o OUT.parquet`): same events however they run; resume.

The corpus is made of our own short news sentences. Worker processes open the test index
through GEOMAP_GAZETTEER (the `default_index` fixture).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.batch import ResumeMismatchError, read_part_info, run_batch
from geomap.batch.checkpoint import REPORT_FILE
from geomap.errors import BadInputError, GeomapError
from geomap.io import read_events

REPO = Path(__file__).resolve().parents[1]

PLACES = ["Kharkiv", "Lviv", "Odesa", "Aleppo", "Mosul", "Goma", "Bamako", "Yerevan", "Mandalay", "Khartoum"]
STORIES = [
    "{p}, 12 March 2024 -- Artillery shelling hit a market in {p} on Monday, killing three civilians and wounding "
    "nine, local officials said.",
    "{p} -- Several thousand people marched through central {p} on Saturday to protest against rising fuel prices.",
    "Two soldiers were killed when their patrol clashed with gunmen on the outskirts of {p} late on Tuesday, "
    "the army said in a statement.",
    "A drone strike destroyed a fuel depot near {p} overnight; nobody was hurt, according to the regional governor.",
    "Police in {p} arrested 14 students who blocked the main road to demand the release of a journalist.",
    "Heavy rain flooded dozens of homes in {p} on Wednesday and the city council opened two shelters.",
]


def _rows(count: int) -> list[dict[str, str]]:
    rows = []
    for i in range(count):
        place = PLACES[i % len(PLACES)]
        story = STORIES[(i // len(PLACES) + i) % len(STORIES)]
        rows.append({"id": f"doc-{i:04d}", "text": story.format(p=place), "date": f"2024-03-{1 + i % 27:02d}",
                     "lang": "en"})
    return rows


def _write_corpus(path: Path, rows: list[dict[str, str]], broken_after: int | None = None) -> Path:
    lines = [json.dumps(r) for r in rows]
    if broken_after is not None:
        lines.insert(broken_after, '{"id": "torn", "text": "Shelling near Kherson')  # a row cut off mid-write
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _env(default_index: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["GEOMAP_GAZETTEER"] = str(default_index)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    return env


def _cli(*args: str, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geomap", "extract", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """24 documents and one torn row (line 6)."""
    return _write_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl", _rows(24), broken_after=5)


@pytest.fixture(scope="module")
def serial(small_corpus: Path, default_index: Path, tmp_path_factory: pytest.TempPathFactory):
    """The corpus read in this process, one document after another: the reference table."""
    out = tmp_path_factory.mktemp("serial") / "events.parquet"
    result = run_batch(small_corpus, out, workers=1, partition_size=5, gazetteer=default_index, progress=False)
    return result, read_events(out)


def test_serial_run_writes_parts_and_a_report(serial, small_corpus: Path) -> None:
    result, table = serial
    out = result.output
    parts = sorted(p.name for p in out.glob("part-*.parquet"))
    assert parts == [f"part-{i:06d}.parquet" for i in range(5)]  # 24 readable documents in fives
    assert result.documents == 24 and result.partitions == 5 and result.resumed_partitions == 0
    assert len(table) == result.events > 0
    assert table.event_id.is_unique
    assert set(table.doc_id) <= {f"doc-{i:04d}" for i in range(24)}
    assert len(set(table.doc_id)) >= 18  # most of the stories report an event
    assert list(table.doc_id) == sorted(table.doc_id)  # parts read back in corpus order
    assert table.crs.to_epsg() == 4326 and table.geometry.notna().any()
    info = read_part_info(out / "part-000004.parquet")
    assert (info.partition, info.documents, info.first_doc_id, info.last_doc_id) == (4, 4, "doc-0020", "doc-0023")
    report = json.loads((out / REPORT_FILE).read_text())
    assert report["skipped_rows"] == 1 and "line 6" in report["problems"][0]  # the torn row, by its line


def test_two_workers_and_dask_give_the_same_events(serial, small_corpus: Path, default_index: Path,
                                                   tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, reference = serial
    env = _env(default_index)
    local = tmp_path / "local.parquet"
    run = _cli(str(small_corpus), "-o", str(local), "--workers", "2", "--partition-size", "5", "--no-progress",
               env=env)
    assert run.returncode == 0, run.stderr
    assert "line 6" in run.stderr and "skipped" in run.stderr  # the torn row is reported, the rest read
    assert "2 local worker processes" in run.stderr
    table = read_events(local)
    assert table.equals(reference)
    workers = {read_part_info(p).worker for p in local.glob("part-*.parquet")}
    assert len(workers) == 2 and all(str(os.getpid()) not in w for w in workers)  # really two other processes

    from distributed import LocalCluster

    monkeypatch.setenv("GEOMAP_GAZETTEER", str(default_index))  # Dask workers inherit it
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster:
        out = tmp_path / "dask.parquet"
        result = run_batch(small_corpus, out, dask=cluster.scheduler_address, partition_size=5, progress=False)
        assert result.runner.startswith("Dask scheduler tcp://127.0.0.1") and "2 worker thread" in result.runner
        assert len(result.worker_memory_mb) == 2
        assert read_events(out).equals(reference)


def test_dask_local_from_the_command_line(serial, small_corpus: Path, default_index: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    run = _cli(str(small_corpus), "-o", str(out), "--dask", "local", "--workers", "2", "--partition-size", "5",
               "--no-progress", env=_env(default_index))
    assert run.returncode == 0, run.stderr
    assert "Dask LocalCluster, 2 worker thread(s)" in run.stderr
    assert read_events(out).equals(serial[1])


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split() if (task / "children").exists() else []
        found += [int(c) for c in children]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to watch the worker processes")
def test_kill_9_then_resume_gives_the_uninterrupted_result(default_index: Path, tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "news.jsonl", _rows(90))
    env = _env(default_index)
    reference = tmp_path / "reference.parquet"
    run_batch(corpus, reference, workers=1, partition_size=3, gazetteer=default_index, progress=False)
    expected = read_events(reference)
    assert len(expected) > 30

    out = tmp_path / "events.parquet"
    command = [sys.executable, "-m", "geomap", "extract", str(corpus), "-o", str(out), "--workers", "2",
               "--partition-size", "3", "--no-progress"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while not list(out.glob("part-*.parquet")):  # wait until the run is under way
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else ""
        assert time.monotonic() < deadline, "no part file written in 240 s"
        time.sleep(0.02)
    workers = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait(30)
    written = len(list(out.glob("part-*.parquet")))
    assert 0 < written < 30, "the kill did not land mid-run"
    assert len(workers) >= 2
    deadline = time.monotonic() + 20
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_alive(w) for w in workers), "worker processes outlived the killed command"

    resumed = _cli(str(corpus), "-o", str(out), "--workers", "2", "--partition-size", "3", "--no-progress", env=env)
    assert resumed.returncode == 0, resumed.stderr
    report = json.loads((out / REPORT_FILE).read_text())
    assert report["resumed_partitions"] >= written and report["partitions"] == 30
    assert report["documents_this_run"] == 90 - 3 * report["resumed_partitions"]
    table = read_events(out)
    assert table.equals(expected)  # same rows, same order, same event ids
    assert table.event_id.is_unique
    assert not list(out.glob(".*"))  # no temporary file left behind

    again = _cli(str(corpus), "-o", str(out), "--workers", "2", "--partition-size", "3", "--no-progress", env=env)
    assert again.returncode == 0 and "30 partition(s) were already done" in again.stderr
    assert read_events(out).equals(expected)


def failing_factory(gazetteer: str | None):
    """A reader that fails on documents mentioning Goma (tests the skip-and-report path)."""
    from gazetteer import Gazetteer
    from geomap.events import Extractor

    extractor = Extractor(Gazetteer(gazetteer))

    def read(text: str, **options):
        if "Goma" in text:
            raise RuntimeError("reader fell over")
        return extractor(text, **options)

    return read


def test_a_failing_document_is_reported_by_id_and_skipped(small_corpus: Path, default_index: Path, serial,
                                                          tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    out = tmp_path / "events.parquet"
    with caplog.at_level("WARNING", logger="geomap.batch"):
        result = run_batch(small_corpus, out, workers=1, partition_size=5, gazetteer=default_index, progress=False,
                           factory=f"{__name__}:failing_factory")
    goma = [r["id"] for r in _rows(24) if "Goma" in r["text"]]
    assert sorted(f["doc_id"] for f in result.failed) == goma and result.failed_count == len(goma)
    assert all("reader fell over" in f["error"] for f in result.failed)
    assert all(any(doc_id in m and "skipped" in m for m in caplog.messages) for doc_id in goma)
    table, expected = read_events(out), serial[1]
    kept = expected[~expected.doc_id.isin(goma)]
    assert len(kept) < len(expected) and list(table.event_id) == list(kept.event_id)
    assert not table.doc_id.isin(goma).any()
    report = json.loads((out / REPORT_FILE).read_text())
    assert report["failed_documents"] == len(goma) and report["documents"] == 24


def test_resume_refuses_other_settings_or_a_changed_corpus(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "news.jsonl", _rows(12))
    out = tmp_path / "events.parquet"
    options = {"workers": 1, "progress": False, "factory": "geomap.batch.local:_no_events"}
    run_batch(corpus, out, partition_size=4, **options)
    with pytest.raises(ResumeMismatchError, match="partition_size 4 -> 5"):
        run_batch(corpus, out, partition_size=5, **options)
    rows = _rows(12)
    rows[5]["id"] = "replaced"
    _write_corpus(corpus, rows)
    with pytest.raises(ResumeMismatchError, match="corpus changed"):
        run_batch(corpus, out, partition_size=4, **options)
    assert run_batch(corpus, out, partition_size=4, overwrite=True, **options).resumed_partitions == 0


def test_command_line_errors_are_clear(tmp_path: Path, default_index: Path) -> None:
    corpus = _write_corpus(tmp_path / "news.jsonl", _rows(3))
    env = _env(default_index)
    run = _cli(str(corpus), "-o", str(tmp_path / "events.gpkg"), "--workers", "1", env=env)
    assert run.returncode != 0 and "events.parquet" in run.stderr and "Traceback" not in run.stderr
    run = _cli(str(corpus), "--workers", "1", env=env)
    assert run.returncode != 0 and "-o" in run.stderr and "Traceback" not in run.stderr
    (tmp_path / "taken.parquet").write_text("not a directory")
    run = _cli(str(corpus), "-o", str(tmp_path / "taken.parquet"), env=env)
    assert run.returncode != 0 and "--overwrite" in run.stderr and "Traceback" not in run.stderr


def test_bad_arguments_raise_geomap_errors(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "news.jsonl", _rows(2))
    with pytest.raises(BadInputError, match="standard input"):
        run_batch("-", tmp_path / "a.parquet")
    with pytest.raises(BadInputError, match="scheduler"):
        run_batch(corpus, tmp_path / "b.parquet", dask="not an address")
    with pytest.raises(GeomapError, match="gazetteer"):
        run_batch(corpus, tmp_path / "c.parquet", gazetteer=tmp_path / "missing.sqlite")


def test_candidates_do_not_depend_on_what_was_read_before(gaz) -> None:
    """Workers read documents in different orders: a name's candidates must not depend on an earlier spelling."""
    from geomap.mentions import Mention
    from geomap.places.resolver import get_resolver

    def ranked(resolver, surface: str) -> list[tuple[str, float]]:
        mention = Mention(0, len(surface), surface, "washington", 0)
        return [(c.place_id, c.quality) for c in resolver.candidates(mention)]

    fresh = ranked(get_resolver("context", gaz), "Washington")
    warmed = get_resolver("context", gaz)
    first = ranked(warmed, "Washington Township")  # the same key, from a longer name
    assert fresh and first != fresh  # the two spellings really rank differently ...
    assert ranked(warmed, "Washington") == fresh  # ... and the earlier one does not leak into the later
