"""Nothing is lost: a ``kill -9`` at any moment leaves the previous map, export or gazetteer index whole.

Each test starts a real process that rewrites one output again and again (a new version each
time), kills it with SIGKILL at random moments, and checks that the file is a complete, loadable
version: the last one written before the kill, or an earlier one, never a torn mix. Readers of a
gazetteer index keep working while another process rebuilds it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from geomap.io import read_events

REPO = Path(__file__).resolve().parents[1]
ROUNDS = 6

_COMMON = """
import sys, pandas as pd
from pathlib import Path
path = Path(sys.argv[1])

def events(version, n):
    return pd.DataFrame({"event_id": [f"v{version}-{i}" for i in range(n)], "event_type": "Protests",
                         "sub_event_type": "Peaceful protest", "location": "Lviv", "notes": f"version {version}",
                         "latitude": [49.0 + i / n for i in range(n)], "longitude": 24.0, "event_date": "2024-05-01",
                         "fatalities": version, "evidence": "x" * 200})
"""

WRITERS = {
    "map": """
from geomap.maps import event_map, save_map
version = int(sys.argv[2])
print("ready", flush=True)
while True:
    version += 1
    save_map(event_map(events(version, 300), title=f"version {version}", offline=True), path)
    print(version, flush=True)
""",
    "page": """
from geomap.io import write_atomic
version = int(sys.argv[2])
print("ready", flush=True)
while True:
    version += 1
    write_atomic(path, f"<html><title>version {version}</title>" + "<p>row</p>" * 3_000_000 + "</html>")
    print(version, flush=True)
""",
    "events": """
from geomap.io import write_events
version = int(sys.argv[2])
print("ready", flush=True)
while True:
    version += 1
    write_events(events(version, 20_000 + version % 1000), path)
    print(version, flush=True)
""",
    "gazetteer": """
from gazetteer import PlaceRecord
from gazetteer.store import IndexWriter
version = int(sys.argv[2])
print("ready", flush=True)
while True:
    version += 1
    with IndexWriter(path) as writer:
        writer.add(PlaceRecord(id=str(i + 1), name=f"Place {i}", lat=10 + i / 1e4, lon=20, feature_class="P",
                               feature_code="PPL", country="XX", population=version)
                   for i in range(5_000 + version % 1000))
        writer.set_meta("version", str(version))
    print(version, flush=True)
    if sys.argv[3:] == ["once"]:
        break
""",
}


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(REPO), PYTHONUNBUFFERED="1")


def _start(kind: str, path: Path, version: int, *args: str) -> subprocess.Popen:
    code = textwrap.dedent(_COMMON) + textwrap.dedent(WRITERS[kind])
    proc = subprocess.Popen([sys.executable, "-c", code, str(path), str(version), *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_env(), text=True)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line.strip() == "ready", proc.stderr.read() if proc.stderr else line
    return proc


def _hidden(directory: Path) -> set[str]:
    return {p.name for p in directory.iterdir() if p.name.startswith(".")}


def _kill(proc: subprocess.Popen, rng: random.Random, longest: float, directory: Path, mid_write: bool,
          before: set[str]) -> tuple[list[int], bool]:
    """SIGKILL ``proc`` after a random time (``mid_write``: right after a temporary file it writes appears;
    ``before`` are the hidden files there before it started): the versions it reported as fully written, and
    whether it died with a temporary file of its own half written."""
    if mid_write:
        deadline = time.monotonic() + 30
        while not _hidden(directory) - before and time.monotonic() < deadline:
            time.sleep(0.0005)
        time.sleep(rng.uniform(0.0, 0.002))
    else:
        time.sleep(rng.uniform(0.0, longest))
    proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    return [int(x) for x in out.split()], bool(_hidden(directory) - before)


def _version_of(kind: str, path: Path) -> int:
    """The version in the file at ``path``, read the way a user would; fails on a torn or partial file."""
    if kind in ("map", "page"):
        page = path.read_text(encoding="utf-8")
        assert page.rstrip().endswith("</html>")
        head = page[page.index("<title>") + 7:page.index("</title>")]
        return int(head.removeprefix("version "))
    if kind == "events":
        table = read_events(path)
        version = int(table["fatalities"].iloc[0])
        assert len(table) == 20_000 + version % 1000 and set(table["notes"]) == {f"version {version}"}
        return version
    from gazetteer import Gazetteer

    with Gazetteer(path) as gaz:
        version = int(gaz._meta("version") or -1)
        assert len(gaz) == 5_000 + version % 1000
        assert gaz.search("Place 7")[0].id == "8"
        return version


def _first_version(kind: str, path: Path) -> None:
    proc = _start(kind, path, -1)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "0", proc.stderr.read() if proc.stderr else ""  # version 0 is complete
    proc.kill()
    proc.communicate(timeout=60)


@pytest.mark.parametrize("kind, name, longest", [
    ("map", "map.html", 3.0),
    ("page", "big.html", 2.0),
    ("events", "events.gpkg", 2.0),
    ("events", "events.geojson", 2.0),
    ("events", "events.parquet", 2.0),
    ("gazetteer", "index.sqlite", 4.0),
])
def test_kill_9_while_writing_leaves_a_whole_previous_version(kind, name, longest, tmp_path):
    rng = random.Random(f"{kind}{name}")
    path = tmp_path / name
    _first_version(kind, path)
    current = _version_of(kind, path)
    assert current == 0
    kills_mid_write = 0
    for number in range(1, ROUNDS + 1):
        start = number * 1000  # each round writes versions no earlier round wrote
        before = _hidden(tmp_path)
        proc = _start(kind, path, start)
        # half the kills wait for a write to start (a map's write is too short to catch: "page" covers it)
        written, mid = _kill(proc, rng, longest, tmp_path, mid_write=number % 2 == 0 and kind != "map",
                             before=before)
        now = _version_of(kind, path)  # never a torn file
        last = written[-1] if written else current
        # the last version it reported, or the next one if the kill came between the rename and the report
        assert now in (last, (written[-1] if written else start) + 1), (now, current, written)
        kills_mid_write += mid
        current = now
    print(f"{kind} {name}: {kills_mid_write} of {ROUNDS} kills came while the file was being written")
    assert kills_mid_write >= (0 if kind == "map" else ROUNDS // 2)
    visible = [p.name for p in tmp_path.iterdir() if not p.name.startswith(".")]
    assert visible == [name]  # leftovers of killed writes are hidden temporary files, never the output's name
    if kind == "gazetteer":  # the next build removes the temporary files of killed builds (they can be large)
        assert _hidden(tmp_path)
        # One build that runs to its end (killing the looping writer after its report could catch the
        # next build's fresh temporary file).
        proc = _start(kind, path, -1, "once")
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0 and out.split() == ["0"], err
        assert not _hidden(tmp_path)


_READER = """
import sys, time
from gazetteer import Gazetteer
path, seconds = sys.argv[1], float(sys.argv[2])
long_lived = Gazetteer(path)
end, n, fresh_ok = time.monotonic() + seconds, 0, 0
while time.monotonic() < end:
    assert long_lived.search("Place 7")[0].name == "Place 7"
    with Gazetteer(path) as g:
        assert g.search("Place 7")[0].name == "Place 7" and len(g) >= 5_000
    n += 1
print(n, flush=True)
"""


def test_readers_keep_working_while_the_index_is_rebuilt(tmp_path):
    path = tmp_path / "index.sqlite"
    _first_version("gazetteer", path)
    writer = _start("gazetteer", path, 0)
    readers = [subprocess.Popen([sys.executable, "-c", _READER, str(path), "6"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=_env(), text=True) for _ in range(2)]
    results = [r.communicate(timeout=300) for r in readers]
    writer.kill()
    out, _ = writer.communicate(timeout=60)
    rebuilt = [int(x) for x in out.split()]
    assert len(rebuilt) >= 2, "the index was not rebuilt while the readers ran"
    for reader, (stdout, stderr) in zip(readers, results):
        assert reader.returncode == 0, stderr
        assert int(stdout) > 10  # queries answered, each on a complete index
    assert _version_of("gazetteer", path) >= 1
