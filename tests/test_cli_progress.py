"""Progress bars on multi-article CLI work: on stderr only, when someone watches or there are many articles."""

from __future__ import annotations

import io
import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from geomap.progress import FEW, progress, wants_progress

REPO = Path(__file__).resolve().parents[1]
SENTENCES = ("Police dispersed a protest in Lviv on Monday.", "Shelling damaged a school in Kherson on Tuesday.",
             "Floods closed the road to Uzhhorod on Friday.", "A drone hit a depot near Odesa on Sunday.",
             "Farmers blocked a highway outside Poltava on Thursday.", "Fighting was reported near Avdiivka on Monday.",
             "Students marched in Dnipro on Saturday.")


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("articles")
    paths = []
    for i, sentence in enumerate(SENTENCES):
        path = folder / f"a{i}.txt"
        path.write_text(f"{sentence}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _env(default_index: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "GEOMAP_PROGRESS"}
    path = os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)
    return {**env, "PYTHONPATH": path, "GEOMAP_GAZETTEER": str(default_index), **extra}


def test_the_choice():
    assert not wants_progress(1, tty=True)
    assert wants_progress(2, tty=True) and not wants_progress(2, tty=False)
    assert not wants_progress(FEW, tty=False) and wants_progress(FEW + 1, tty=False)


def test_progress_yields_everything_and_draws_on_the_stream_given():
    stream = io.StringIO()
    assert list(progress(range(FEW + 3), total=FEW + 3, desc="articles", stream=stream)) == list(range(FEW + 3))
    assert f"{FEW + 3}/{FEW + 3}" in stream.getvalue() and "articles" in stream.getvalue()
    quiet = io.StringIO()
    assert list(progress(range(2), total=2, desc="articles", stream=quiet)) == [0, 1]
    assert quiet.getvalue() == ""  # two articles, nobody watching: no bar


def test_many_articles_bar_on_stderr_never_in_json_stdout(articles, default_index):
    assert len(articles) > FEW
    done = subprocess.run([sys.executable, "-m", "geomap", "extract", *articles, "--json"], capture_output=True,
                          env=_env(default_index), timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    records = json.loads(done.stdout)  # stdout is only the JSON
    assert {r["doc_id"] for r in records} <= {Path(a).name for a in articles} and records
    err = done.stderr.decode()
    assert f"{len(articles)}/{len(articles)}" in err and "articles" in err


def test_two_articles_off_a_terminal_no_bar(articles, default_index):
    done = subprocess.run([sys.executable, "-m", "geomap", "extract", *articles[:2]], capture_output=True,
                          env=_env(default_index), timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    assert "2/2" not in done.stderr.decode() and "%|" not in done.stderr.decode()


def test_two_articles_on_a_terminal_get_a_bar(articles, default_index, tmp_path):
    master, slave = pty.openpty()
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:  # the other end closed
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    out = tmp_path / "map.html"
    try:
        done = subprocess.run([sys.executable, "-m", "geomap", "map", *articles[:2], "-o", str(out)],
                              stdout=subprocess.PIPE, stderr=slave, env=_env(default_index), timeout=300)
    finally:
        os.close(slave)
    reader.join(timeout=10)
    os.close(master)
    err = b"".join(chunks).decode(errors="replace")
    assert done.returncode == 0, err
    assert "2/2" in err and "articles" in err
    assert done.stdout.decode().strip() == str(out) and out.is_file()
