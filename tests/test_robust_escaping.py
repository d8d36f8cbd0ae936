"""Nothing runs that shouldn't: article text never becomes markup or script, output names cannot climb out of
their directory, SQL always takes its values as parameters.

The HTML checks are static: every page is parsed (html.parser) and must hold no element, attribute,
comment or script that came from the hostile text; the text itself is still there, as data. The maps'
own tests drive a real browser; these cover every way geomap writes HTML (the event map, the map of
places, the command line, Jupyter's ``_repr_html_``) with the same hostile strings.
"""

from __future__ import annotations

import ast
import html
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

import geomap
from gazetteer import Gazetteer, PlaceRecord
from gazetteer.store import IndexWriter
from geomap.cli import default_map_path
from geomap.io import write_atomic, write_events
from geomap.maps import event_map, place_map, save_map

REPO = Path(__file__).resolve().parents[1]

#: Strings an attacker could put in an article, an outlet name, a file name or an event table.
HOSTILE = [
    '<script>alert("p1337")</script>',
    "<img src=x onerror=alert(1337)>",
    '"><svg onload=alert(1337)>',
    "'><iframe srcdoc=\"<script>alert(1337)</script>\"></iframe>",
    "</script><script>alert(1337)</script><!--",
    "--><base href='https://evil.example/1337'>",
    "<meta http-equiv=refresh content='0;url=https://evil.example/1337'>",
    "<a href=\"javascript:alert(1337)\">click</a>",
    "${alert(1337)}`+alert(1337)+`\\",
    "{{ 'templ' ~ 'ate_ran' }}{% if 1 %}jinja1337{% endif %}{{ cycler.__init__.__globals__.os.getcwd() }}",
    "<style>body{display:none}</style>1337",
    "\u2028\u2029</title><object data=x1337>",
]
#: Elements and attributes no hostile string may create.
FORBIDDEN_TAGS = {"img", "svg", "iframe", "object", "embed", "base", "a", "form", "input"}
RAW_MARKERS = ("<img", "<svg", "<iframe", "</script", "<!--", "<style", "<meta", "<base", "<object", "<a href")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.comments: list[str] = []
        self._script: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._script = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def handle_comment(self, data: str) -> None:
        self.comments.append(data)


def parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


_TEMPLATE_LITERAL = re.compile(r"`((?:[^`\\]|\\.)*)`", re.S)


def assert_inert(page: str, baseline: str | None = None) -> None:
    """No element, attribute, comment or script in ``page`` came from a hostile string."""
    assert "template_ran" not in page and os.getcwd() not in page  # no "{{ ... }}" was run as a template ...
    assert not re.search(r"(?<!%\})(?<!%&#125;)jinja1337", page)  # ... nor "{% if 1 %}" (its text stays after "%}")
    parsed = parse(page)
    allowed = {tag for tag, _ in parse(baseline).elements} if baseline else set()
    for tag, attrs in parsed.elements:
        assert tag not in FORBIDDEN_TAGS - allowed, (tag, attrs)
        for name, value in attrs.items():
            assert "1337" not in (value or ""), (tag, name, value)
            assert not (name.startswith("on") and "alert" in (value or "")), (tag, name)
    assert not any("1337" in c for c in parsed.comments)
    for body in parsed.scripts:
        for marker in RAW_MARKERS:
            assert marker not in body.lower() or marker in (baseline or "").lower(), marker
        for literal in _TEMPLATE_LITERAL.findall(body):  # a template literal holding text: markup stays text
            assert "${alert" not in literal
            inner = parse(literal.replace("\\`", "`"))
            assert not {t for t, _ in inner.elements} & (FORBIDDEN_TAGS - allowed), literal[:200]
            assert not any("1337" in (v or "") for _, a in inner.elements for v in a.values()), literal[:200]
    assert "1337" in page  # the hostile text is still there, as text


def hostile_events() -> pd.DataFrame:
    rows = []
    for i, bad in enumerate(HOSTILE):
        rows.append(dict(
            event_id=bad, event_date=f"2024-03-{i + 1:02d}", time_precision=1, event_type=bad, sub_event_type=bad,
            actor1=bad, actor2=bad, location=bad, latitude=48.0 + i / 10, longitude=30.0 + i / 10,
            geo_precision=1 + i % 3, country=bad, iso="UA", admin1=bad, place_id=bad, fatalities=i,
            claims=[{"number": i, "what": bad, "claimed_by": bad, "disputed_by": bad}], source=bad, notes=bad,
            evidence=bad, confidence=0.5, doc_id=bad, lang="en", flags=bad,
        ))
    return pd.DataFrame(rows)


def tame_events() -> pd.DataFrame:
    table = hostile_events()
    for col in table.columns:
        if table[col].dtype == object and col != "claims":
            table[col] = [f"plain {i}" for i in range(len(table))]
    table["event_date"] = [f"2024-03-{i + 1:02d}" for i in range(len(table))]
    table["iso"] = "UA"
    table["claims"] = [[{"number": 1, "what": "killed", "claimed_by": "x", "disputed_by": ""}] for _ in table.index]
    return table


# -- HTML written by the Python API ---------------------------------------------------------------------------------

@pytest.mark.parametrize("offline", [False, True])
def test_event_map_of_a_hostile_table_is_inert(offline):
    baseline = event_map(tame_events(), title="plain", offline=offline).get_root().render()
    page = event_map(hostile_events(), title=HOSTILE[0] + HOSTILE[11], offline=offline).get_root().render()
    assert_inert(page, baseline)
    assert parse(page).elements.count(("title", {})) == 1


def test_jupyter_repr_of_a_hostile_map_is_inert():
    fmap = event_map(hostile_events(), title=HOSTILE[3])
    outer = fmap._repr_html_()
    parsed = parse(outer)
    frames = [attrs for tag, attrs in parsed.elements if tag == "iframe"]
    assert len(frames) == 1 and not parsed.scripts  # one sandbox frame; nothing else on the notebook page
    inner = frames[0].get("srcdoc") or html.unescape(frames[0].get("src", "").partition(",")[2])
    assert_inert(inner, event_map(tame_events(), title="plain").get_root().render())


def test_map_of_places_from_hostile_text_is_inert(gaz):
    text = ("KYIV (Reuters) - " + " ".join(HOSTILE[:6]) + " Shelling hit Kharkiv and Lviv on Monday, "
            + " ".join(HOSTILE[6:]) + " officials in Odesa said.")
    table = geomap.geoparse(text, lang="en", gazetteer=gaz, doc_id=HOSTILE[2])
    assert {"Kharkiv", "Lviv"} <= set(table["surface"])
    page = place_map(table, texts={HOSTILE[2]: text}, sources={HOSTILE[2]: HOSTILE[1]},
                     title=HOSTILE[4]).get_root().render()
    tame = "KYIV (Reuters) - Shelling hit Kharkiv and Lviv on Monday, officials in Odesa said."
    baseline = place_map(geomap.geoparse(tame, lang="en", gazetteer=gaz, doc_id="d"), texts={"d": tame},
                         title="plain").get_root().render()
    assert_inert(page, baseline)


# -- HTML written by the command line -------------------------------------------------------------------------------

def _cli(*args: str, index: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, GEOMAP_GAZETTEER=str(index), PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, env=env, cwd=cwd, timeout=600,
                          text=True)
    assert proc.returncode == 0, proc.stderr
    return proc


def test_cli_map_of_a_hostile_article_with_a_hostile_file_name(default_index, tmp_path):
    article = tmp_path / '"><svg onload=alert(1337)>.txt'
    article.write_text("KYIV, 3 March 2024 -- Russian shelling killed two civilians in Kharkiv on Sunday, "
                       + HOSTILE[1] + " regional officials said. " + " ".join(HOSTILE)
                       + "\n\nProtesters gathered in Yerevan on Saturday " + HOSTILE[0] + ".\n", encoding="utf-8")
    tame = tmp_path / "tame.txt"
    tame.write_text("KYIV, 3 March 2024 -- Russian shelling killed two civilians in Kharkiv on Sunday, regional "
                    "officials said.\n\nProtesters gathered in Yerevan on Saturday.\n", encoding="utf-8")
    for extra in ([], ["--offline"]):
        _cli("map", str(article), *extra, index=default_index, cwd=tmp_path)
        _cli("map", str(tame), *extra, index=default_index, cwd=tmp_path)
        written = sorted((tmp_path / "outputs").glob("*.html"))
        assert [p.name for p in written] == ["svg_onload_alert_1337.html", "tame.html"]  # a safe name, in outputs/
        page = written[0].read_text(encoding="utf-8")
        assert "Kharkiv" in page and "Yerevan" in page
        assert_inert(page, written[1].read_text(encoding="utf-8"))


def test_cli_map_of_a_hostile_event_table(default_index, tmp_path):
    for suffix in (".geojson", ".csv"):
        table, tame = tmp_path / f"bad{suffix}", tmp_path / f"tame{suffix}"
        write_events(hostile_events(), table)
        write_events(tame_events(), tame)
        _cli("map", str(table), "-o", str(tmp_path / "bad.html"), "--title", HOSTILE[5], index=default_index,
             cwd=tmp_path)
        _cli("map", str(tame), "-o", str(tmp_path / "tame.html"), index=default_index, cwd=tmp_path)
        assert_inert((tmp_path / "bad.html").read_text(encoding="utf-8"),
                     (tmp_path / "tame.html").read_text(encoding="utf-8"))


# -- output file names ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("source", [
    "/etc/passwd", "../../../../tmp/x.txt", "..", ".", "...txt", "-", "--help.txt", "a/../../b.txt", ".hidden",
    "~/x.txt", "$HOME.txt", "a\nb.txt", "\u202egnp.txt", "Київ.txt", "x" * 500 + ".txt", "a\\..\\..\\b.txt",
    "con.txt", "<script>.txt", "name with spaces.html", "\x00.txt",
])
def test_default_map_path_stays_in_its_directory(source, tmp_path):
    for sources in ([source], [source, "b.txt"]):
        path = default_map_path(sources, tmp_path / "outputs")
        assert path.parent == tmp_path / "outputs"
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.html", path.name), path.name
        assert path.resolve().parent == (tmp_path / "outputs").resolve()


def test_writing_over_a_symlink_replaces_the_link_not_its_target(tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me", encoding="utf-8")
    link = tmp_path / "outputs" / "map.html"
    link.parent.mkdir()
    link.symlink_to(target)
    write_atomic(link, "<html></html>")
    assert target.read_text(encoding="utf-8") == "keep me"
    assert not link.is_symlink() and link.read_text(encoding="utf-8") == "<html></html>"
    fmap = event_map(tame_events())
    link.unlink()
    link.symlink_to(target)
    save_map(fmap, link)
    assert target.read_text(encoding="utf-8") == "keep me"


# -- SQL -----------------------------------------------------------------------------------------------------------

_SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|PRAGMA|WHERE|VALUES|ATTACH|REPLACE\s+INTO)\b")
_CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")
_EXECUTE = {"execute", "executemany", "executescript", "_query"}


def _sql_problems(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    problems = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.JoinedStr):
            sql = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            values = [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
            if _SQL.search(sql) and not all(isinstance(v, ast.Name) and _CONSTANT.fullmatch(v.id) for v in values):
                problems.append(f"{where}: SQL f-string with a value: {ast.unparse(node)[:100]}")
        elif (isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add))
              and any(isinstance(s, ast.Constant) and isinstance(s.value, str) and _SQL.search(s.value)
                      for s in (node.left, node.right))
              and not all(isinstance(s, ast.Constant) or (isinstance(s, ast.Name) and _CONSTANT.fullmatch(s.id))
                          for s in (node.left, node.right))):
            problems.append(f"{where}: SQL built with % or +: {ast.unparse(node)[:100]}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if (node.func.attr == "format" and isinstance(node.func.value, ast.Constant)
                    and _SQL.search(str(node.func.value.value))):
                problems.append(f"{where}: SQL built with str.format")
            if node.func.attr in _EXECUTE and node.args:
                sql = node.args[0]
                ok = (isinstance(sql, (ast.Constant, ast.JoinedStr))
                      or (isinstance(sql, ast.Name) and (_CONSTANT.fullmatch(sql.id) or sql.id == "sql"))
                      or (isinstance(sql, ast.BinOp) and isinstance(sql.op, ast.Add)))  # checked above
                if not ok:
                    problems.append(f"{where}: SQL from an expression: {ast.unparse(sql)[:100]}")
            if (node.func.attr == "connect" and node.args and isinstance(node.args[0], ast.JoinedStr)
                    and "file:" in ast.unparse(node.args[0])):
                problems.append(f"{where}: a file: URI built by hand (use Path.as_uri(): '?' '#' in paths)")
    return problems


def test_every_sql_statement_takes_its_values_as_parameters():
    files = [p for d in ("gazetteer", "geomap", "scripts", "bench") for p in sorted((REPO / d).rglob("*.py"))]
    assert len(files) > 50
    problems = [problem for path in files for problem in _sql_problems(path)]
    assert problems == []


def test_the_sql_check_finds_values_in_sql(tmp_path):
    bad = tmp_path / "sample.py"
    bad.write_text(
        "def f(con, name, table):\n"
        "    con.execute(f\"SELECT * FROM places WHERE name = '{name}'\")\n"
        "    con.execute(\"SELECT * FROM places WHERE name = '%s'\" % name)\n"
        "    con.execute(\"DELETE FROM {} WHERE 1\".format(table))\n"
        "    con.execute(\"SELECT * FROM x WHERE name = '\" + name + \"'\")\n"
        "    con.execute(query_for(name))\n"
        "    con.execute(f\"SELECT {_COLUMNS} FROM places WHERE id = ?\", (name,))\n", encoding="utf-8")
    problems = _sql_problems(bad)
    kinds = {(int(p.split(":")[1]), p.split(": ", 1)[1].split(":")[0]) for p in problems}
    assert {line for line, _ in kinds} == {2, 3, 4, 5, 6}  # not 7: a constant's name in an f-string is fine
    assert {(2, "SQL f-string with a value"), (3, "SQL built with % or +"), (4, "SQL built with str.format"),
            (5, "SQL built with % or +"), (6, "SQL from an expression")} <= kinds


def test_index_paths_with_uri_characters_and_hostile_names(tmp_path):
    folder = tmp_path / "we?ird#dir %41&x"
    folder.mkdir()
    path = folder / "g?mode=rwc&immutable=0#.sqlite"
    with IndexWriter(path) as writer:
        writer.add([PlaceRecord(id="1", name="Alphaville", lat=10.0, lon=20.0, feature_class="P",
                                feature_code="PPL", country="XX", population=5000),
                    PlaceRecord(id="2", name="x' OR '1'='1", lat=11.0, lon=21.0, feature_class="P",
                                feature_code="PPL", country="XX")])
    with Gazetteer(path) as gaz:
        assert gaz.search("Alphaville")[0].id == "1"
        for name in ("x' OR 1=1 --", "'; DROP TABLE places; --", "%", "_", "*", "\x00", "Alpha%"):
            assert [p.id for p in gaz.search(name)] in ([], ["2"])
        assert gaz.search("x' OR '1'='1")[0].id == "2"  # stored and found as plain text
        assert len(gaz) == 2
        frame = geomap.Geoparser(gaz)("Floods reached Alphaville overnight.", lang="en")
        assert list(frame["place_id"]) == ["1"]
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no stray file made from a cut URI


def test_template_code_in_an_article_never_runs(default_index, tmp_path):
    """folium renders element output as a Jinja template again: article text must never reach it unescaped
    (it did: this sentence made ``geomap map`` run a shell command)."""
    marker = tmp_path / "ran"
    payload = "{{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }}"
    article = tmp_path / "article.txt"
    article.write_text(f"KYIV, 3 March 2024 -- Russian shelling killed two civilians in Kharkiv {payload} on "
                       f"Sunday, officials said.\n\nProtesters gathered in Yerevan {payload} on Saturday.\n",
                       encoding="utf-8")
    for extra in ([], ["--offline"]):
        _cli("map", str(article), "-o", str(tmp_path / "map.html"), "--title", payload, *extra,
             index=default_index, cwd=tmp_path)
        assert not marker.exists()
        page = (tmp_path / "map.html").read_text(encoding="utf-8")
        assert "cycler.__init__.__globals__.os.system" in page  # kept as text
    with Gazetteer(default_index) as gaz:
        table = geomap.geoparse(article.read_text(encoding="utf-8"), gazetteer=gaz)
    place_map(table, texts=article.read_text(encoding="utf-8"), title=payload).get_root().render()
    assert not marker.exists()


def test_jupyter_cards_of_hostile_articles_and_places():
    from gazetteer import Place
    from geomap.io import Article

    def place(text: str) -> Place:
        return Place(id=text, name=text, feature=text, feature_class="P", feature_code=text, country=text,
                     admin1=text, lat=1.0, lon=2.0, population=3, alt_count=0, source=text, matched=text + "x")

    def article(text: str) -> Article:
        return Article(f"Shelling hit Kharkiv. {text}\n\n{text}", title=text, url=text, source=text, doc_id=text,
                       path=text, warnings=(text,))

    for bad in HOSTILE:
        for make in (place, article):
            assert_inert(make(bad)._repr_html_(), make("plain text")._repr_html_())
