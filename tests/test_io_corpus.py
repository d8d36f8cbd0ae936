"""geomap.io.iter_articles: directories, JSONL, CSV (gzipped too) and stdin, streamed, bad rows reported."""

from __future__ import annotations

import csv
import datetime as dt
import gc
import gzip
import io
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest

from geomap.errors import BadInputError
from geomap.io import Corpus, iter_articles, text_id

REPO = Path(__file__).resolve().parents[1]


def _jsonl(path: Path, lines: list[object]) -> Path:
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)
                              for line in lines) + "\n", encoding="utf-8")
    return path


# -- directories --------------------------------------------------------------------------------------

def test_directory_sorted_recursive_and_filtered(tmp_path):
    (tmp_path / "b.txt").write_text("Strike on a fuel depot near Luhansk.")
    (tmp_path / "a.txt").write_text("Demonstration in Skopje.")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.html").write_text(
        "<html><head><title>Port fire</title></head><body><article><p>A fire broke out in the port of "
        "Mombasa on Friday, the harbour authority said.</p></article></body></html>")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not an article file: ignored
    (tmp_path / ".hidden.txt").write_text("hidden")  # hidden: ignored
    (tmp_path / "empty.txt").write_text("   ")
    corpus = iter_articles(tmp_path)
    assert isinstance(corpus, Corpus)
    assert corpus.count() == 4  # a, b, empty, sub/c (the count does not read files)
    articles = list(corpus)
    assert [Path(a.path).name for a in articles] == ["a.txt", "b.txt", "c.html"]
    assert articles[2].title == "Port fire" and articles[2].text.startswith("A fire broke out in the port of Mombasa")
    assert articles[0].doc_id == text_id("Demonstration in Skopje.")
    assert corpus.report.articles == 3 and corpus.report.skipped == 1
    assert corpus.report.problems[0].where.endswith("empty.txt") and "no text" in corpus.report.problems[0].message
    assert [Path(a.path).name for a in iter_articles(tmp_path, recursive=False)] == ["a.txt", "b.txt"]


def test_directory_file_with_bad_bytes_is_read_and_reported(tmp_path):
    (tmp_path / "x.txt").write_bytes(b"Flood in Shkoder \xff.")
    corpus = iter_articles(tmp_path)
    (article,) = list(corpus)
    assert article.text == "Flood in Shkoder \ufffd."
    assert corpus.report.skipped == 0 and corpus.report.problem_count == 1
    assert not corpus.report.problems[0].skipped and "not valid UTF-8" in corpus.report.problems[0].message


# -- JSONL --------------------------------------------------------------------------------------------

def test_jsonl_bad_rows_are_skipped_with_line_numbers(tmp_path):
    path = _jsonl(tmp_path / "news.jsonl", [
        {"id": "n1", "text": "Troops entered Gao.", "date": "2024-01-15", "url": "https://w.test/1", "title": "Gao",
         "lang": "en", "source": "Sahel Wire"},
        "{not json",
        "",
        ["a", "list"],
        {"id": "n3", "body": "no text field"},
        {"id": "n4", "text": 42},
        {"id": "n5", "text": "   "},
        {"id": 6, "text": "Protest in Niamey.", "date": "yesterday-ish"},
        {"text": "No id here."},
    ])
    corpus = iter_articles(path)
    assert corpus.count() == 8  # non-blank lines
    articles = list(corpus)
    assert [a.doc_id for a in articles] == ["n1", "6", text_id("No id here.")]
    first = articles[0]
    assert (first.publication_date, first.url, first.title, first.lang, first.source) == (
        dt.date(2024, 1, 15), "https://w.test/1", "Gao", "en", "Sahel Wire")
    assert first.path == f"{path}:1"
    assert articles[1].publication_date is None and articles[1].warnings  # the date dropped, the row kept
    problems = [(p.line, p.skipped, p.message.split(" (")[0].split(":")[0]) for p in corpus.report.problems]
    assert problems == [
        (2, True, "not valid JSON"),
        (4, True, "the row is a list, not a JSON object"),
        (5, True, "no 'text' field"),
        (6, True, "the 'text' field is a int, not text"),
        (7, True, "the 'text' field is empty"),
        (8, False, "'yesterday-ish' in 'date' is not a date"),
    ]
    assert corpus.report.articles == 3 and corpus.report.skipped == 5
    assert "3 articles read, 5 rows skipped" in corpus.report.summary()


def test_jsonl_custom_columns_gzip_and_html_rows(tmp_path):
    rows = [{"uid": "g1", "content": "Looting reported in Cap-Haitien.", "published": "2023-09-09T10:00:00Z",
             "link": "https://h.test/a"},
            {"uid": "g2", "content": "<html><body><article><p>Gunfire in the capital of Haiti overnight, residents "
                                     "said.</p></article></body></html>", "published": "20230910"}]
    path = tmp_path / "feed.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(json.dumps(r) for r in rows) + "\n")
    corpus = iter_articles(path, text_col="content", date_col="published", url_col="link", id_col="uid")
    assert corpus.count() == 2
    first, second = corpus
    assert (first.doc_id, first.publication_date, first.url) == ("g1", dt.date(2023, 9, 9), "https://h.test/a")
    assert second.text == "Gunfire in the capital of Haiti overnight, residents said."  # HTML reduced to its text
    assert second.publication_date == dt.date(2023, 9, 10)


def test_jsonl_array_and_unknown_format_are_refused(tmp_path):
    array = tmp_path / "all.json"
    array.write_text('[{"text": "a"}]')
    with pytest.raises(BadInputError, match="jq"):
        list(iter_articles(array))
    odd = tmp_path / "x.xlsx"
    odd.write_bytes(b"PK")
    with pytest.raises(BadInputError, match="format="):
        iter_articles(odd)
    with pytest.raises(BadInputError, match="no such file"):
        iter_articles(tmp_path / "missing.jsonl")


def test_jsonl_in_another_encoding(tmp_path):
    path = tmp_path / "ru.jsonl"
    text = "Сильный ливень затопил улицы города, жители покинули свои дома."
    path.write_bytes(json.dumps({"id": "r1", "text": text}, ensure_ascii=False).encode("cp1251") + b"\n")
    corpus = iter_articles(path)
    (article,) = list(corpus)
    assert article.text == text
    assert "decoded as cp1251" in corpus.report.problems[0].message and not corpus.report.problems[0].skipped


# -- CSV ----------------------------------------------------------------------------------------------

def test_csv_multiline_fields_bad_rows_and_line_numbers(tmp_path):
    path = tmp_path / "news.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["story_id", "body", "day", "link"])
        writer.writerow(["s1", "First line about Herat.\nSecond line about Kandahar.", "2022-06-01", "https://a.test"])
        writer.writerow(["s2", "Too", "many", "fields", "here"])
        writer.writerow(["s3", "", "2022-06-03", ""])
        handle.write("\n")
        writer.writerow(["s4", "Rally, \"peaceful\", in Kabul.", "", ""])
    corpus = iter_articles(path, text_col="body", date_col="day", url_col="link", id_col="story_id")
    assert corpus.count() == 4  # records, not physical lines; the header and blank line excluded
    articles = list(corpus)
    assert [a.doc_id for a in articles] == ["s1", "s4"]
    assert articles[0].text == "First line about Herat.\nSecond line about Kandahar."
    assert articles[0].publication_date == dt.date(2022, 6, 1)
    assert articles[1].text == 'Rally, "peaceful", in Kabul.' and articles[1].path == f"{path}:7"
    assert [(p.line, p.message) for p in corpus.report.problems] == [
        (4, "has 5 fields, the header has 4"), (5, "the 'body' field is empty")]


def test_csv_without_text_column_says_which_option(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("id,content\n1,Rain in Dhaka.\n")
    with pytest.raises(BadInputError, match="text_col"):
        list(iter_articles(path))
    assert [a.text for a in iter_articles(path, text_col="content")] == ["Rain in Dhaka."]


def test_csv_cp1252_and_tsv(tmp_path):
    path = tmp_path / "de.csv"
    text = "Überschwemmung in München: Straßen gesperrt, Bürger evakuiert, Schäden groß."
    path.write_bytes(f'id,text\nd1,"{text}"\n'.encode("cp1252"))
    corpus = iter_articles(path)
    assert [a.text for a in corpus] == [text]
    assert "cp1252" in corpus.report.problems[0].message
    tsv = tmp_path / "x.tsv"
    tsv.write_text("id\ttext\nt1\tStorm over Dakar, roads closed.\n")
    assert [(a.doc_id, a.text) for a in iter_articles(tsv)] == [("t1", "Storm over Dakar, roads closed.")]


def test_single_article_file_is_a_corpus_of_one(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Clashes near Tal Afar.")
    corpus = iter_articles(path)
    assert corpus.count() == 1 and [a.text for a in corpus] == ["Clashes near Tal Afar."]


# -- stdin ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, expected", [
    (b'{"id": "a", "text": "Raid in Jenin."}\n\n{"id": "b", "text": "Curfew in Nablus."}\n', ["a", "b"]),
    (b"id,text\nc,Fire in Hebron.\n", ["c"]),
    (b"Just one article about Tulkarm.\n", [text_id("Just one article about Tulkarm.\n")]),
])
def test_stdin_formats_are_sniffed(monkeypatch, data, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    corpus = iter_articles("-")
    assert corpus.count() is None
    assert [a.doc_id for a in corpus] == expected


def test_stdin_jsonl_in_a_real_process():
    lines = "".join(json.dumps({"id": f"p{i}", "text": f"Report number {i} from Aleppo."}) + "\n" for i in range(50))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    code = "from geomap.io import iter_articles; c = iter_articles('-'); n = len(list(c)); print(c.report.summary())"
    out = subprocess.run([sys.executable, "-c", code], input=(lines + "{oops\n").encode(), capture_output=True,
                         env=env, timeout=120, check=True)
    assert "line 51: not valid JSON" in out.stderr.decode()  # logged as it happens
    assert out.stdout.decode().strip() == "50 articles read, 1 row skipped (standard input line 51: not valid JSON: " \
        "Expecting property name enclosed in double quotes)"


# -- passes, counting, memory --------------------------------------------------------------------------

def test_passes_repeat_and_next_works(tmp_path):
    path = _jsonl(tmp_path / "x.jsonl", [{"id": str(i), "text": f"Event {i}."} for i in range(5)] + ["{bad"])
    corpus = iter_articles(path)
    assert next(corpus).doc_id == "0" and next(corpus).doc_id == "1"
    first = [a.doc_id for a in corpus]
    second = [a.doc_id for a in corpus]
    assert first == second == ["0", "1", "2", "3", "4"]
    assert corpus.report.problem_count == 1  # the report is of the latest pass only


def test_streaming_keeps_memory_bounded(tmp_path):
    path = tmp_path / "big.jsonl"
    body = "Shelling was reported again near the river crossing, local officials said. " * 30  # ~2.3 KB
    with path.open("w", encoding="utf-8") as handle:
        for i in range(6000):
            handle.write(json.dumps({"id": f"d{i}", "text": f"{i} {body}", "date": "2024-01-01"}) + "\n")
    size = path.stat().st_size
    assert size > 13_000_000
    corpus = iter_articles(path)
    assert corpus.count() == 6000
    gc.collect()
    tracemalloc.start()
    total = 0
    for article in corpus:
        total += len(article.text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert corpus.report.articles == 6000 and total > 13_000_000
    assert peak < size / 10, f"peak {peak} bytes while streaming a {size}-byte corpus"
