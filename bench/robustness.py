"""Robustness report: hostile and broken inputs through every entry point; crashes, lost outputs, slowest input.

    python bench/robustness.py                 # about two minutes; a 5 MB article
    python bench/robustness.py --big-mb 50     # the 50 MB article too (about a minute more per command)
    python bench/robustness.py --json          # the figures as JSON

What is tried (every text written for this report or generated from a fixed seed):

- texts: random mixes of place names in many scripts, right-to-left and control characters,
  combining marks, emoji, odd line breaks, huge tokens and digit runs, markup and template code,
  through ``geomap.geoparse``, ``geomap.extract`` and the map builder (``event_map``);
- files, through the command line (``geomap places`` / ``extract`` / ``map``): missing, a directory,
  binaries, invalid UTF-8, empty, a big article, hostile file names; an answer counts as a crash
  when the exit code is not 0, 1 or 2 or stderr holds a traceback or "This is a bug";
- corpora (``geomap.io.iter_articles``): JSONL and CSV with broken rows (each must be reported
  with its line, the others read);
- user gazetteer files with bad coordinates (``geomap gazetteer add`` into a temporary index);
- outputs killed with SIGKILL while being rewritten (map page, event export, gazetteer build): an
  output is lost when the file left behind cannot be read back whole.

The gazetteer is $GEOMAP_GAZETTEER (or the default index); nothing is written to it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PIECES = [
    "Kyiv", "Київ", "Kharkiv", "Lviv", "Baku", "Bakı", "Tərtər", "Yerevan", "Ереван", "Москва", "القاهرة", "بغداد",
    "תל אביב", "東京", "北京市", "서울", "दिल्ली", "ভারত", "ភ្នំពេញ", "Jakarta", "Nusa Tenggara Timur", "São Paulo",
    "Île-de-France", "Łódź", "New York", "St. Petersburg", "PARIS", "KYIV (Reuters) -", "JAKARTA, KOMPAS.com -",
    "Russian shelling killed two civilians in ", "Protesters gathered in ", "An air strike hit a market in ",
    "Police clashed with demonstrators near ", " Polisi menangkap 12 orang di ", " Обстріл зруйнував школу в ",
    "قُتل خمسة أشخاص في غارة على ", " on Monday.", " yesterday", "вчера вечером", "24 February 2022", "28/9/2020",
    "1,200", "2.5 million", "dozens", ". ", ", ", "\n", "\r\n", "\n\n", "\t", "\u2028", "\x85", "\u200f", "\u202e",
    "\u200d", "\u200b", "\ufeff", "\u00a0", "\u0301", "\u0651", "ـــ", "\x00", "\x1b[31m", "\ufffd", "🇺🇦", "👨‍👩‍👧",
    "İstanbul", "ß", "ﬁ", "٣٤٥", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ 'tmpl' ~ 'ran' }}",
    "{% if 1 %}x{% endif %}", "${alert(1)}", "`", "\\",
]


def random_text(rng: random.Random) -> str:
    """A text of spliced pieces, random code points and sometimes a huge token."""
    parts = []
    for _ in range(rng.randint(0, 40)):
        roll = rng.random()
        if roll < 0.7:
            parts.append(rng.choice(PIECES))
        elif roll < 0.95:
            parts.append("".join(chr(rng.choice((rng.randint(0x20, 0x2FF), rng.randint(0x300, 0xD7FF),
                                                 rng.randint(0xE000, 0x10FFFF), rng.randint(0, 0x1F))))
                                 for _ in range(rng.randint(1, 20))))
        else:
            parts.append(rng.choice(["x", "9", "ـ", "\u0301", "Kyiv", "-"]) * rng.randint(1_000, 20_000))
    return "".join(parts)


@dataclass
class Report:
    """What was tried and what went wrong."""

    tried: int = 0
    crashes: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    slowest: tuple[float, str] = (0.0, "")
    by_group: dict[str, int] = field(default_factory=dict)

    def run(self, group: str, name: str, action: Callable[[], object]) -> None:
        self.tried += 1
        self.by_group[group] = self.by_group.get(group, 0) + 1
        start = time.perf_counter()
        try:
            action()
        except Exception as exc:  # a crash: anything but a clear geomap error where one is allowed
            self.crashes.append(f"{group}: {name}: {type(exc).__name__}: {exc}\n{traceback.format_exc(limit=3)}")
        seconds = time.perf_counter() - start
        if seconds > self.slowest[0]:
            self.slowest = (seconds, f"{group}: {name}")


# -- texts ----------------------------------------------------------------------------------------------------------

def texts(report: Report, count: int, seed: int) -> None:
    import pandas as pd

    import geomap
    from geomap.events import EVENT_COLUMNS
    from geomap.maps import event_map

    rng = random.Random(seed)
    langs = [None, "en", "id", "ru", "uk", "ar", "fr", "es", "he", "zh", "xx"]
    fixed = ["", " ", "\n\t\r\n", "\x00" * 100, "\ufeff", "9" * 5000, "ـ" * 300, "Kyiv" * 50_000,
             "Shelling hit Kharkiv. " * 5_000]

    def one(text: str, lang: str | None) -> None:
        places = geomap.geoparse(text, lang=lang, doc_id="t")
        for row in places.itertuples(index=False):
            if text[row.start:row.end] != row.surface:
                raise AssertionError(f"offsets ({row.start}, {row.end}) do not index the text")
        events = geomap.extract(text, lang=lang, doc_id="t")
        if list(events.columns) != list(EVENT_COLUMNS):
            raise AssertionError("event columns differ from the schema")
        if len(events):
            page = event_map(pd.DataFrame(events), title=text[:200]).get_root().render()
            if "tmplran" in page and "tmplran" not in text:
                raise AssertionError("template code in the text was run")

    for text in fixed:
        report.run("text", f"{text[:20]!r}... ({len(text):,} chars)", lambda t=text: one(t, None))
    for i in range(count):
        text, lang = random_text(rng), rng.choice(langs)
        report.run("text", f"random #{i} ({len(text):,} chars, lang={lang})", lambda t=text, la=lang: one(t, la))


# -- files through the command line ---------------------------------------------------------------------------------

def _cli(report: Report, name: str, args: list[str], cwd: Path, index: str) -> None:
    def run() -> None:
        env = dict(os.environ, GEOMAP_GAZETTEER=index, PYTHONPATH=str(REPO))
        env.pop("GEOMAP_DEBUG", None)
        proc = subprocess.run([sys.executable, "-m", "geomap", *args], capture_output=True, env=env, cwd=cwd,
                              timeout=3600)
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode not in (0, 1, 2) or "Traceback" in err or "This is a bug" in err:
            raise RuntimeError(f"exit {proc.returncode}: {err[-500:]}")
        if proc.returncode and not err.strip():
            raise RuntimeError(f"exit {proc.returncode} without a message")

    report.run("cli", name, run)


def files(report: Report, work: Path, index: str, big_mb: int) -> None:
    (work / "dir").mkdir()
    (work / "dir" / "a.txt").write_text("Floods hit Lviv.", encoding="utf-8")
    (work / "bin.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    (work / "bad.txt").write_bytes("Повінь у Львові ".encode() + b"\xff\xfe" + b" and Kharkiv.")
    (work / "cp1251.txt").write_bytes("Паводок затопил улицы Харькова, жители покинули дома.".encode("cp1251"))
    (work / "empty.txt").write_bytes(b"")
    (work / '"><svg onload=alert(1)>.txt').write_text("Protesters gathered in Yerevan on Saturday.", encoding="utf-8")
    big = work / "big.txt"
    with big.open("w", encoding="utf-8") as out:
        paragraph = ("Volunteers carried sandbags through the night while the water kept rising. " * 6
                     + "Protesters gathered in Yerevan on Saturday. Rescue teams reached Lviv before dawn.\n\n")
        for _ in range(big_mb * 1024 * 1024 // len(paragraph) + 1):
            out.write(paragraph)
    cases = {"missing file": ["nope.txt"], "a directory": ["dir"], "a binary": ["bin.txt"],
             "invalid UTF-8": ["bad.txt"], "cp1251": ["cp1251.txt"], "empty": ["empty.txt"],
             "hostile file name": ['"><svg onload=alert(1)>.txt'], "standard input, twice": ["-", "-"]}
    for command in ("places", "extract", "map"):
        for name, args in cases.items():
            if command == "places" and len(args) > 1:
                continue
            _cli(report, f"{command} {name}", [command, *args], work, index)
        _cli(report, f"{command} a {big_mb} MB article", [command, "big.txt"], work, index)
    _cli(report, "map to a path under a file", ["map", "dir/a.txt", "-o", "bad.txt/x.html"], work, index)
    _cli(report, "usage: bad --lang", ["places", "dir/a.txt", "--lang", "12"], work, index)
    _cli(report, "usage: bad --date", ["extract", "dir/a.txt", "--date", "2024-13-40"], work, index)


# -- corpora and gazetteer files ------------------------------------------------------------------------------------

def corpora(report: Report, work: Path) -> None:
    from geomap.io import iter_articles

    jsonl = work / "feed.jsonl"
    jsonl.write_text("\n".join([json.dumps({"id": "ok1", "text": "Protest in Yerevan."}), '{"id": "cut", "text',
                                "[1, 2]", json.dumps({"id": "n", "text": 5}), "\x00\xff",
                                json.dumps({"id": "ok2", "text": "Strikes hit Baku."})]) + "\n", encoding="utf-8")
    csv = work / "feed.csv"
    csv.write_text('id,text\nok1,Rain in Lviv.\nbad,too,many\nempty,\nok2,"Quiet day in Odesa"\n'
                   'big,"' + "x" * 70_000_000 + '"\nok3,Floods in Kharkiv.\n', encoding="utf-8")

    def check(path: Path, ids: list[str], lines: set[int]) -> None:
        corpus = iter_articles(path)
        got = [a.doc_id for a in corpus]
        bad = {p.line for p in corpus.report.problems if p.skipped}
        if got != ids or bad != lines:
            raise AssertionError(f"read {got}, reported lines {sorted(bad)}")

    report.run("corpus", "JSONL with broken rows", lambda: check(jsonl, ["ok1", "ok2"], {2, 3, 4, 5}))
    report.run("corpus", "CSV with broken rows", lambda: check(csv, ["ok1", "ok2", "ok3"], {3, 4, 6}))


def gazetteer_files(report: Report, work: Path) -> None:
    from gazetteer import PlaceRecord
    from gazetteer.build import add_file
    from gazetteer.store import IndexWriter

    index = work / "user.sqlite"
    with IndexWriter(index) as writer:
        writer.add([PlaceRecord(id="1", name="Alphaville", lat=1, lon=2, feature_class="P", feature_code="PPL",
                                country="XX")])
    # name: (content, rows, places it may import: the CSV field limit is process-wide and corpora raise it)
    files = {
        "bad coordinates.csv": ("name,lat,lon\nA,95,1\nB,abc,1\nC,nan,inf\nD,1e400,1\nE,1,2\n", 5, {1}),
        "oversized field.csv": ("name,aliases,lat,lon\nF," + "a" * 200_000 + ",1,2\nG,,1,2\n", 2, {1, 2}),
        "control characters.csv": ("name,lat,lon\nH\x00I,1,2\nJ,1,2\n", 2, {1}),
        "bad features.geojson": (json.dumps({"type": "FeatureCollection", "features": [
            7, {"geometry": None}, {"type": "Feature", "geometry": {"type": "Point", "coordinates": [200, 1]},
                                    "properties": {"name": "K"}},
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {"name": "L"}}]}),
            4, {1}),
    }
    for name, (content, rows, places) in files.items():
        path = work / name
        path.write_text(content, encoding="utf-8")

        def add(p: Path = path, rows: int = rows, places: set[int] = places) -> None:
            result = add_file(p, index)
            if result.places not in places or result.places + result.malformed != rows:
                raise AssertionError(f"{result.places} places, {result.malformed} malformed rows of {rows}")

        report.run("gazetteer file", name, add)


# -- outputs killed while written -----------------------------------------------------------------------------------

_WRITER = """
import sys, pandas as pd
from pathlib import Path
kind, path, version = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
def events(v):
    return pd.DataFrame({"event_id": [f"{v}-{i}" for i in range(5000)], "event_type": "Protests",
                         "location": "Lviv", "latitude": 49.8, "longitude": 24.0, "fatalities": v})
print("ready", flush=True)
while True:
    version += 1
    if kind == "map":
        from geomap.maps import event_map, save_map
        save_map(event_map(events(version), title=f"version {version}"), path)
    elif kind == "events":
        from geomap.io import write_events
        write_events(events(version), path)
    else:
        from gazetteer import PlaceRecord
        from gazetteer.store import IndexWriter
        with IndexWriter(path) as w:
            w.add(PlaceRecord(id=str(i + 1), name=f"P{i}", lat=1, lon=2, feature_class="P", feature_code="PPL",
                              country="XX", population=version) for i in range(5000))
            w.set_meta("version", str(version))
    print(version, flush=True)
"""


def _read_version(kind: str, path: Path) -> int:
    if kind == "map":
        page = path.read_text(encoding="utf-8")
        if not page.rstrip().endswith("</html>"):
            raise ValueError("torn page")
        return int(page[page.index("<title>version ") + 15:page.index("</title>")])
    if kind == "events":
        from geomap.io import read_events

        table = read_events(path)
        if len(table) != 5000 or table["fatalities"].nunique() != 1:
            raise ValueError("torn table")
        return int(table["fatalities"].iloc[0])
    from gazetteer import Gazetteer

    with Gazetteer(path) as gaz:
        if len(gaz) != 5000:
            raise ValueError("torn index")
        return int(gaz._meta("version") or -1)


def kills(report: Report, work: Path, rounds: int, seed: int) -> None:
    rng = random.Random(seed)
    env = dict(os.environ, PYTHONPATH=str(REPO))
    for kind, name in (("map", "map.html"), ("events", "events.gpkg"), ("events", "events.geojson"),
                       ("gazetteer", "index.sqlite")):
        path = work / "kills" / kind / name
        path.parent.mkdir(parents=True, exist_ok=True)
        for number in range(rounds):
            def one(kind: str = kind, name: str = name, path: Path = path, number: int = number) -> None:
                proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(_WRITER), kind, str(path),
                                         str(number * 1000)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        env=env, text=True)
                assert proc.stdout is not None
                proc.stdout.readline()
                if number == 0:
                    proc.stdout.readline()  # a first complete version
                time.sleep(rng.uniform(0.0, 2.0))
                proc.send_signal(signal.SIGKILL)
                proc.communicate(timeout=120)
                try:
                    _read_version(kind, path)
                except Exception as exc:
                    report.lost.append(f"{kind} {name} round {number}: {type(exc).__name__}: {exc}")

            report.run("kill -9", f"{name} round {number}", one)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--texts", type=int, default=300, help="random texts (default 300)")
    parser.add_argument("--big-mb", type=int, default=5, help="size of the big article in MB (default 5)")
    parser.add_argument("--kills", type=int, default=5, help="kill -9 rounds per output (default 5)")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    from gazetteer.paths import default_index_path

    index = os.environ.get("GEOMAP_GAZETTEER") or str(default_index_path())
    report = Report()
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="geomap-robustness-") as tmp:
        work = Path(tmp)
        texts(report, args.texts, args.seed)
        files(report, work, index, args.big_mb)
        corpora(report, work)
        gazetteer_files(report, work)
        kills(report, work, args.kills, args.seed)
    figures = {"inputs_tried": report.tried, "by_kind": report.by_group, "crashes": len(report.crashes),
               "outputs_lost": len(report.lost), "slowest_input": report.slowest[1],
               "slowest_seconds": round(report.slowest[0], 2), "total_seconds": round(time.perf_counter() - start, 1)}
    if args.json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
    else:
        print(f"inputs tried:   {report.tried} ({', '.join(f'{k} {v}' for k, v in report.by_group.items())})")
        print(f"crashes:        {len(report.crashes)}")
        print(f"outputs lost:   {len(report.lost)}")
        print(f"slowest input:  {report.slowest[1]} ({report.slowest[0]:.1f} s)")
        print(f"total:          {figures['total_seconds']} s")
    for problem in report.crashes + report.lost:
        print(problem, file=sys.stderr)
    return 1 if report.crashes or report.lost else 0


if __name__ == "__main__":
    sys.exit(main())
