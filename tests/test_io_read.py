"""geomap.io.read: one article from text, files, HTML, a URL (local server) and standard input."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from geomap.errors import BadInputError, DownloadError
from geomap.io import Article, read, text_id
from geomap.io.decode import decode_bytes
from geomap.io.reader import parse_date

REPO = Path(__file__).resolve().parents[1]

UK_PAGE = """<!DOCTYPE html>
<html lang="uk"><head>
<meta charset="windows-1251">
<title>Злива затопила села | Гірські вісті</title>
<meta property="og:site_name" content="Гірські вісті">
<meta property="article:published_time" content="2024-03-14T08:00:00+02:00">
</head><body>
<nav><a href="/">Головна</a> | <a href="/svit">Світ</a> | <a href="/sport">Спорт</a></nav>
<article>
<h1>Злива затопила села</h1>
<p>Сильна злива у вівторок затопила три села поблизу Коломиї, повідомили в обласній адміністрації.</p>
<p>Рятувальники перевезли сорок родин до школи, а дорогу на Яремче закрили до ранку.</p>
</article>
<footer>Усі права захищено. Підписатися на розсилку.</footer>
</body></html>
"""

EN_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Bridge closed after storm</title>
<meta property="og:site_name" content="Valley Courier">
<meta name="date" content="2023-11-02">
</head><body>
<div class="menu">Home News Weather Contact Subscribe</div>
<article><p>A storm on Wednesday damaged the old bridge in Mostar, and the city closed it to traffic.</p>
<p>Engineers from Sarajevo will inspect the arches next week, the mayor's office said.</p></article>
<div class="comments">Reader comment: terrible weather again in Mostar.</div>
</body></html>
"""


# -- plain text ---------------------------------------------------------------------------------------

def test_plain_text_gets_a_stable_id_from_its_text():
    first = read("Two drones struck a depot outside Kramatorsk.")
    second = read("Two drones struck a depot outside Kramatorsk.")
    other = read("Two drones struck a depot outside Sloviansk.")
    assert isinstance(first, Article)
    assert first.text == "Two drones struck a depot outside Kramatorsk."
    assert first.doc_id == second.doc_id == text_id(first.text) and len(first.doc_id) == 16
    assert other.doc_id != first.doc_id
    assert read("Two drones struck a depot.", doc_id="wire-9").doc_id == "wire-9"


def test_keywords_override_what_was_found():
    article = read("Protest in Tbilisi.", lang="ka", publication_date="2024-05-01", title="T", url="https://x.test/1",
                   outlet="Caucasus Desk")
    assert (article.lang, article.publication_date, article.title, article.url, article.source) == (
        "ka", dt.date(2024, 5, 1), "T", "https://x.test/1", "Caucasus Desk")
    assert read("Protest.", publication_date=dt.datetime(2024, 5, 1, 13, 5)).publication_date == dt.date(2024, 5, 1)


def test_article_is_frozen():
    article = read("Floods in Lviv.")
    with pytest.raises(AttributeError):
        article.text = "other"  # type: ignore[misc]


def test_parse_date_forms():
    assert parse_date("2024-03-05") == parse_date("2024-03-05T23:59:00+02:00") == dt.date(2024, 3, 5)
    assert parse_date("20240305101500") == dt.date(2024, 3, 5)  # GDELT's timestamps
    assert parse_date("05/03/2024") == dt.date(2024, 3, 5)  # day first
    assert parse_date(None) is None and parse_date("") is None
    with pytest.raises(BadInputError, match="YYYY-MM-DD"):
        parse_date("the day after the storm")


# -- text files and encodings ---------------------------------------------------------------------

def test_text_file_utf8_with_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffRain fell on Tuzla.".encode())
    article = read(path)
    assert article.text == "Rain fell on Tuzla." and article.path == str(path) and article.warnings == ()
    assert read(str(path)).text == article.text  # a str that names an existing file is a path


def test_utf16_file(tmp_path):
    path = tmp_path / "w.txt"
    path.write_bytes("Shelling near Huliaipole.".encode("utf-16"))
    assert read(path).text == "Shelling near Huliaipole."


@pytest.mark.parametrize("encoding, text", [
    ("cp1251", "Сильный ливень затопил улицы города, жители покинули свои дома."),
    ("cp1252", "Überschwemmung in München: Straßen gesperrt, Bürger evakuiert, Schäden groß."),
    ("cp1256", "أمطار غزيرة أغرقت شوارع المدينة وأجبرت السكان على مغادرة منازلهم."),
])
def test_other_encodings_are_detected_and_reported(tmp_path, encoding, text):
    path = tmp_path / "x.txt"
    path.write_bytes(text.encode(encoding))
    article = read(path)
    assert article.text == text
    assert article.encoding == encoding
    assert any("not UTF-8" in w and encoding in w for w in article.warnings)


def test_invalid_bytes_are_replaced_and_reported_not_raised(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Fire in Odesa port \xff today.")
    article = read(path)
    assert article.text == "Fire in Odesa port \ufffd today."
    assert "not valid UTF-8" in article.warnings[0] and "offset 19" in article.warnings[0]


@pytest.mark.parametrize("text", [
    "Злива затопила три села поблизу Коломиї, рятувальники перевезли родини до школи.",
    "Heavy rain flooded the lower town on Monday night. " * 8,
])
def test_utf8_with_one_stray_byte_stays_utf8(text):
    data = text.encode()
    cut = data.index(b" ", 20)
    decoded = decode_bytes(data[:cut] + b"\xff" + data[cut:])
    assert decoded.encoding == "utf-8"
    assert decoded.text == text[: len(data[:cut].decode())] + "\ufffd" + data[cut:].decode()
    assert "1 undecodable byte sequence" in decoded.warnings[0]


def test_decode_prefers_declared_charset():
    data = "Мітинг у Києві".encode("cp1251")
    assert decode_bytes(data, declared="windows-1251").text == "Мітинг у Києві"


# -- HTML -----------------------------------------------------------------------------------------

def test_html_file_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(UK_PAGE.encode("cp1251"))
    article = read(path)
    assert "затопила три села поблизу Коломиї" in article.text
    assert "Рятувальники перевезли сорок родин" in article.text
    assert "Головна" not in article.text and "Підписатися" not in article.text  # navigation and footer left out
    assert article.title == "Злива затопила села"
    assert article.publication_date == dt.date(2024, 3, 14)
    assert article.source == "Гірські вісті"
    assert article.lang == "uk"
    assert article.encoding == "cp1251"  # from <meta charset>


def test_html_string_and_bytes():
    article = read(EN_PAGE)
    assert article.text.startswith("A storm on Wednesday damaged the old bridge in Mostar")
    assert "Subscribe" not in article.text and "Reader comment" not in article.text
    assert (article.title, article.source, article.publication_date) == (
        "Bridge closed after storm", "Valley Courier", dt.date(2023, 11, 2))
    assert read(EN_PAGE.encode()).text == article.text
    assert read(EN_PAGE, kind="text").text == EN_PAGE  # kind= turns the guess off


def test_html_with_little_or_no_text(tmp_path):
    path = tmp_path / "tiny.htm"
    path.write_text("<html><head><title>Short</title></head><body><div>Curfew in Goma.</div></body></html>")
    article = read(path)
    assert article.text == "Curfew in Goma." and article.title == "Short"
    empty = read("<html><head><title>Nothing</title></head><body><script>var a = 1;</script></body></html>")
    assert empty.text == "" and empty.title == "Nothing"
    assert any("no text" in w for w in empty.warnings)


# -- URLs (a local HTTP server) ---------------------------------------------------------------------

class _Handler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, str, bytes]]] = {}

    def do_GET(self):
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/bridge")
            self.end_headers()
            return
        status, content_type, body = self.routes.get(self.path, (404, "text/plain", b"not here"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def server():
    _Handler.routes = {
        "/news/storm.html": (200, "text/html; charset=windows-1251", UK_PAGE.encode("cp1251")),
        "/news/bridge": (200, "text/html", EN_PAGE.encode()),
        "/wire.txt": (200, "text/plain; charset=utf-8", b"Ceasefire talks in Doha."),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_url_is_fetched_and_parsed(server):
    article = read(f"{server}/news/storm.html")
    assert "поблизу Коломиї" in article.text and "Головна" not in article.text
    assert article.url == f"{server}/news/storm.html"
    assert article.encoding == "cp1251"  # from the Content-Type header
    assert article.publication_date == dt.date(2024, 3, 14) and article.lang == "uk"


def test_url_outlet_and_plain_text(server):
    assert read(f"{server}/news/bridge").source == "Valley Courier"
    moved = read(f"{server}/moved")
    assert moved.url == f"{server}/news/bridge" and moved.title == "Bridge closed after storm"
    wire = read(f"{server}/wire.txt")
    assert wire.text == "Ceasefire talks in Doha." and wire.url == f"{server}/wire.txt"


def test_url_errors_say_what_to_do(server):
    with pytest.raises(DownloadError, match="404") as info:
        read(f"{server}/missing")
    assert "save the page" in str(info.value)
    import socket

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(DownloadError, match="cannot download"):
        read(f"http://127.0.0.1:{port}/x", timeout=5)


# -- standard input -----------------------------------------------------------------------------

def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Clashes in Kidal.")))
    assert read("-").text == "Clashes in Kidal."


def test_stdin_in_a_real_process_with_html():
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run([sys.executable, "-c", "from geomap.io import read; a = read('-'); print(a.title); "
                          "print(a.text.splitlines()[0])"], input=EN_PAGE.encode(), capture_output=True,
                         env=env, timeout=120, check=True)
    lines = out.stdout.decode().splitlines()
    assert lines == ["Bridge closed after storm",
                     "A storm on Wednesday damaged the old bridge in Mostar, and the city closed it to traffic."]


# -- errors ---------------------------------------------------------------------------------------

def test_bad_sources_raise_clear_errors(tmp_path):
    with pytest.raises(BadInputError, match="no such file"):
        read("article.txt")  # looks like a path, does not exist
    with pytest.raises(BadInputError, match="directory"):
        read(tmp_path)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(b"%PDF-1.4 ...")
    with pytest.raises(BadInputError, match="pdftotext"):
        read(pdf)
    corpus = tmp_path / "news.jsonl"
    corpus.write_text('{"text": "a"}\n')
    with pytest.raises(BadInputError, match="iter_articles"):
        read(corpus)
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary\x00" * 10)
    with pytest.raises(BadInputError, match="binary"):
        read(binary)
    with pytest.raises(BadInputError, match="kind="):
        read("x", kind="pdf")
    with pytest.raises(BadInputError, match="not an http"):
        read("ftp://example.org/a", kind="url")
    with pytest.raises(BadInputError, match="YYYY-MM-DD"):
        read("Floods.", publication_date="someday")
