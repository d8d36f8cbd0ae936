"""``geomap read SOURCE [--json]``: an article's metadata and main text from a file, HTML, a URL or stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from test_io_read import EN_PAGE, UK_PAGE, server  # noqa: F401  (the local HTTP server fixture)

from geomap import read
from geomap.cli import main

REPO = Path(__file__).resolve().parents[1]
KHARKIV = REPO / "examples" / "articles" / "shelling_kharkiv_en.txt"


def _run(capsys, *args: str) -> tuple[int, str, str]:
    """``geomap ARGS`` in this process: exit code, stdout, stderr."""
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_file_json(capsys):
    code, out, _ = _run(capsys, "read", str(KHARKIV), "--json")
    assert code == 0
    record = json.loads(out)
    text = KHARKIV.read_text(encoding="utf-8")
    assert record["text"] == text and record["words"] == len(text.split())
    assert record["doc_id"] == read(KHARKIV).doc_id and record["path"] == str(KHARKIV)
    # a text file says nothing about itself: language, date and outlet are read from the text
    assert record["lang"] == "en" and record["publication_date"] == "2024-05-12" and record["source"] == "Reuters"
    assert sorted(record["inferred"]) == ["lang", "publication_date", "source"]
    assert record["title"] == "" and record["url"] == "" and record["warnings"] == []


def test_text_file_human_readable(capsys, tmp_path):
    path = tmp_path / "rapport.txt"
    path.write_text("DAKAR, 3 juin 2024 -- Des pluies ont inondé le marché central de Dakar lundi.\n\n"
                    "Les pompiers ont évacué trente familles.\n", encoding="utf-8")
    code, out, _ = _run(capsys, "read", str(path))
    assert code == 0
    head, body = out.split("\n\n", 1)
    lines = dict(line.split(None, 1) for line in head.splitlines())
    assert lines["lang"] == "fr  (detected)" and lines["date"] == "2024-06-03  (read from the text)"
    assert lines["words"] == str(len(path.read_text().split())) and lines["doc_id"] == read(path).doc_id
    assert body.strip() == path.read_text().strip()
    code, out, _ = _run(capsys, "read", str(path), "--no-text")
    assert code == 0 and "Les pompiers" not in out and "doc_id" in out


def test_html_file_gives_main_text_and_page_metadata(capsys, tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(UK_PAGE.encode("cp1251"))
    code, out, _ = _run(capsys, "read", str(path), "--json")
    assert code == 0
    record = json.loads(out)
    assert record["title"].startswith("Злива затопила села") and record["source"] == "Гірські вісті"
    assert record["publication_date"] == "2024-03-14" and record["lang"] == "uk" and record["inferred"] == []
    assert "поблизу Коломиї" in record["text"] and "Головна" not in record["text"]
    assert record["encoding"] == "cp1251"


def test_url_is_fetched_when_given(capsys, server):  # noqa: F811
    code, out, _ = _run(capsys, "read", f"{server}/moved")
    assert code == 0
    lines = out.splitlines()
    assert "title     Bridge closed after storm" in lines and "outlet    Valley Courier" in lines
    assert f"url       {server}/news/bridge" in lines and "date      2023-11-02" in lines
    assert "A storm on Wednesday damaged the old bridge in Mostar" in out and "Reader comment" not in out


def test_a_url_inside_a_file_is_not_fetched(capsys, server, tmp_path):  # noqa: F811
    path = tmp_path / "link.txt"
    path.write_text(f"{server}/news/bridge", encoding="utf-8")
    code, out, _ = _run(capsys, "read", str(path), "--json")
    record = json.loads(out)
    assert code == 0 and record["text"] == f"{server}/news/bridge" and record["title"] == ""


def test_errors_say_what_to_do(capsys, server, tmp_path):  # noqa: F811
    code, out, err = _run(capsys, "read", str(tmp_path / "missing.txt"))
    assert code == 1 and out == "" and "no such file" in err and "Traceback" not in err
    code, _, err = _run(capsys, "read", f"{server}/gone")
    assert code == 1 and "404" in err and "save the page" in err
    code, _, err = _run(capsys, "read", str(tmp_path))
    assert code == 1 and "directory" in err
    code, _, err = _run(capsys, "read")
    assert code == 2 and "Missing argument" in err
    code, out, _ = _run(capsys, "read", "--help")
    assert code == 0 and "geomap read https://" in out


def test_stdin_in_a_real_process():
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH")) if p)}
    done = subprocess.run([sys.executable, "-m", "geomap", "read", "-", "--json"], input=EN_PAGE.encode(),
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    record = json.loads(done.stdout)
    assert record["title"] == "Bridge closed after storm" and record["source"] == "Valley Courier"
    assert record["text"].startswith("A storm on Wednesday") and record["path"] == ""


def test_plain_text_url(capsys, server):  # noqa: F811
    code, out, _ = _run(capsys, "read", f"{server}/wire.txt", "--json")
    record = json.loads(out)
    assert code == 0 and record["text"] == "Ceasefire talks in Doha." and record["url"] == f"{server}/wire.txt"


# -- the other commands read articles the same way -------------------------------------------------

RIVER_PAGE = """<!DOCTYPE html><html lang="en"><head><title>Road blocked after floods | River Post</title>
<meta property="og:site_name" content="River Post">
<meta property="article:published_time" content="2024-04-02T09:00:00Z"></head>
<body><nav>Home | World | Weather in Mombasa | Sport</nav><article><h1>Road blocked after floods</h1>
<p>Protesters blocked the main road in Gulu on Monday, demanding help after floods destroyed their homes.</p>
<p>Volunteers handed out blankets at the stadium, a hospital official said.</p></article>
<footer>Subscribe to our newsletter</footer></body></html>
"""


def test_extract_and_places_read_html_pages(capsys, tmp_path, default_index, monkeypatch):
    monkeypatch.setenv("GEOMAP_GAZETTEER", str(default_index))
    path = tmp_path / "river.html"
    path.write_text(RIVER_PAGE, encoding="utf-8")
    code, out, _ = _run(capsys, "places", str(path), "--json")
    assert code == 0
    names = {r["name"] for r in json.loads(out)}
    assert "Gulu" in names and "Mombasa" not in names  # the menu is not the article
    code, out, _ = _run(capsys, "extract", str(path), "--json")
    assert code == 0
    events = json.loads(out)
    assert events and all(e["location"] == "Gulu" and e["lang"] == "en" for e in events)
    # "on Monday" against the page's own date (Tuesday 2 April 2024), written as the schema's YYYY-MM-DD
    assert {e["event_date"] for e in events} == {"2024-04-01"}
    assert all(e["doc_id"] == "river.html" for e in events)
