#!/usr/bin/env python3
"""Derive ``geomap/text/data/person_names.tsv.gz`` from the person providers of PyPI ``faker``.

``faker`` (MIT licence) ships, per locale, lists of common first names and surnames in
``faker/providers/person/<locale>/__init__.py``. This script imports every such provider
straight from the pinned wheel (the wheel is put on ``sys.path``; faker is *not* installed
and is not a dependency of geomap) and writes one gzip-compressed TSV with a header row::

    name  kind  langs

``kind`` is ``first``, ``last`` or ``both`` (the name is in a first-name list of one locale
and a surname list of the same or another); ``langs`` the comma-separated, sorted ISO 639-1
codes of the locales listing the name (``en_US`` -> ``en``, ``ar_SA`` -> ``ar``...).

Usage (from the repository root)::

    .venv/bin/python scripts/derive_person_names.py                  # runs `pip download faker==40.54.0`
    .venv/bin/python scripts/derive_person_names.py --from faker-40.54.0-py3-none-any.whl

Which lists are read (class attributes of each locale's ``Provider``, inherited ones included):

* first names: ``first_names``, ``first_names_<anything>`` (male, female, nonbinary, unisex,
  ``_est``/``_rus`` in et_EE, ``_islamic``... in bn_BD) and ``first_romanized_names*``
  (ja_JP, zh_TW, zh_CN: "Hiroshi", "Wei");
* surnames: ``last_names``, ``last_names_<anything>``, ``last_romanized_names`` and pl_PL's
  ``male_last_names``/``unisex_last_names``;
* not read: values inherited unchanged from the base provider (placeholders "John", "Jane",
  "Doe"), is_IS ``last_names_without_suffix`` (genitive stems that get "-son"/"-dóttir"),
  ``middle_names`` (patronymics, Vietnamese middle names), ja_JP kana readings and ``*_pairs``.

Cleaning rules (each from a quirk of this version of the data):

* whitespace is trimmed and runs of spaces are collapsed ("Alta  Gracia", "Behbud ");
* Dutch inverted particles are put back in order ("Bourgondië, van" -> "van Bourgondië");
  other entries are split on ``,`` and ``;`` (ta_IN "அகுல்,", "தணி;சேரன்");
* a parenthesised part is a separate name ("عجرمة (العجارمة)", ne_NP "(पाण्डे)") unless it is
  camel-case junk (bg_BG "Диван(надядоДианидядоИван)");
* a stray trailing full stop on a single word is removed (tr_TR "Emine."); abbreviations
  such as de_DE "Hans D." and ne_NP "के.सी." are kept as written;
* the tr_TR mojibake "N˜zamett˜n" is repaired to "Nizamettin"; the title ne_NP "डा." ("Dr.")
  is dropped;
* names shorter than 2 characters are dropped (Chinese and Korean one-character surnames
  such as 王 and 김, zh_TW romanized "I"). Case, diacritics, Arabic shadda and
  zero-width (non-)joiners are kept as written.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _registry import arguments, provenance_end, wheel_package, write_outputs  # a sibling module, not a package

PACKAGE = "faker"
VERSION = "40.54.0"
WHEEL = f"faker-{VERSION}-py3-none-any.whl"
LICENSE_MEMBER = f"faker-{VERSION}.dist-info/licenses/LICENSE.txt"
SHA256 = "2dd88ee8cb63a9149e19ef48bdd73879bc3854d8ba2d6c1535e902a762e603f7"
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "geomap" / "text" / "data" / "person_names.tsv.gz"
PROVENANCE = REPO / "geomap" / "text" / "data" / "person_names.PROVENANCE.md"
COLUMNS = ("name", "kind", "langs")
MAX_BYTES = 2_000_000
MIN_LENGTH = 2

_FIRST_ATTR = re.compile(r"^first_(romanized_)?names(_\w+)?$")
_LAST_ATTR = re.compile(r"^(last_(romanized_)?names(_\w+)?|(male|female|unisex)_last_names)$")
_SKIP_ATTRS = frozenset({"last_names_without_suffix"})
_INVERTED = re.compile(r"^(?P<name>[^,]+),\s*(?P<particle>(?:[a-z']+\s*)+)$")  # "Bourgondië, van"
_PAREN = re.compile(r"\(([^()]*)\)")
_REPAIRS = {"N˜zamett˜n": "Nizamettin"}
_DROP = frozenset({"डा."})  # ne_NP: the title "Dr.", listed as a first name


# ---------------------------------------------------------------- reading the package


def locale_language(locale: str) -> str:
    """ISO 639-1 code of a faker locale name: ``en_US`` -> ``en``, ``sw`` -> ``sw``."""
    code = locale.split("_", 1)[0].lower()
    if not re.fullmatch(r"[a-z]{2}", code):
        raise SystemExit(f"locale {locale!r} does not start with a two-letter ISO 639-1 code")
    return code


def load_providers(wheel: Path) -> Iterator[tuple[str, type]]:
    """``(locale, Provider class)`` of every ``faker.providers.person.<locale>`` in ``wheel``."""
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]
    sys.path.insert(0, str(wheel))
    try:
        faker: ModuleType = importlib.import_module(PACKAGE)
        if not str(faker.__file__).startswith(str(wheel)):
            raise SystemExit(f"imported {faker.__file__}, not the wheel {wheel}")
        if getattr(faker, "VERSION", None) != VERSION:
            raise SystemExit(f"wheel holds faker {getattr(faker, 'VERSION', '?')}, expected {VERSION}")
        person = importlib.import_module(f"{PACKAGE}.providers.person")
        base = person.Provider
        locales = sorted(m.name for m in pkgutil.iter_modules(person.__path__) if m.ispkg)
        for locale in locales:
            provider = importlib.import_module(f"{PACKAGE}.providers.person.{locale}").Provider
            yield locale, provider
        yield "", base  # sentinel: the base provider, to recognise inherited placeholders
    finally:
        sys.path.remove(str(wheel))


def name_lists(provider: type, base: type) -> Iterator[tuple[str, str, Iterable[Any]]]:
    """``(attribute, kind, values)`` of every first-name and surname list of a provider."""
    for attr in sorted(dir(provider)):
        if attr in _SKIP_ATTRS:
            continue
        if _FIRST_ATTR.match(attr):
            kind = "first"
        elif _LAST_ATTR.match(attr):
            kind = "last"
        else:
            continue
        value = getattr(provider, attr)
        if value is getattr(base, attr, None) or not isinstance(value, (tuple, list, dict)):
            continue
        yield attr, kind, value  # a dict (OrderedDict name -> weight) iterates over its names


# ---------------------------------------------------------------- cleaning


def clean(entry: Any) -> list[str]:
    """The names in one list entry, cleaned (see the module docstring); may be empty."""
    if not isinstance(entry, str):
        return []
    text = " ".join(entry.split())
    text = _REPAIRS.get(text, text)
    if text in _DROP:
        return []
    inverted = _INVERTED.match(text)
    if inverted:
        return [f"{inverted['particle'].strip()} {inverted['name'].strip()}"]
    pieces: list[str] = []
    for inner in _PAREN.findall(text):
        if not any(a.islower() and b.isupper() for a, b in pairwise(inner)):  # camel-case junk
            pieces.append(inner)
    pieces[:0] = re.split(r"[,;]", _PAREN.sub(" ", text))
    out = []
    for piece in pieces:
        name = " ".join(piece.split())
        if name.endswith(".") and " " not in name and "." not in name[:-1] and len(name) > 3:
            name = name[:-1]
        if len(name) >= MIN_LENGTH and name not in out:
            out.append(name)
    return out


def build_rows(providers: Iterable[tuple[str, type]]) -> tuple[list[list[str]], dict[str, Any]]:
    """Rows ``[name, kind, langs]`` sorted by name, and statistics for the report."""
    items = list(providers)
    base = next(p for loc, p in items if loc == "")
    kinds: dict[str, set[str]] = defaultdict(set)
    langs: dict[str, set[str]] = defaultdict(set)
    stats: dict[str, Any] = {"locales": [], "attributes": Counter(), "entries": 0, "dropped": Counter()}
    for locale, provider in items:
        if not locale:
            continue
        lang = locale_language(locale)
        used = False
        for attr, kind, values in name_lists(provider, base):
            used = True
            stats["attributes"][attr] += 1
            for entry in values:
                stats["entries"] += 1
                names = clean(entry)
                if not names:
                    stats["dropped"]["short" if isinstance(entry, str) and len(entry.strip()) < MIN_LENGTH
                                     else "junk"] += 1
                for name in names:
                    kinds[name].add(kind)
                    langs[name].add(lang)
        if used:
            stats["locales"].append(locale)
    rows = []
    for name in sorted(kinds):
        kind = "both" if len(kinds[name]) > 1 else next(iter(kinds[name]))
        rows.append([name, kind, ",".join(sorted(langs[name]))])
    return rows, stats


# ---------------------------------------------------------------- writing


def per_language(rows: list[list[str]]) -> dict[str, Counter[str]]:
    """``lang -> Counter(kind)`` over the rows."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for _, kind, langs in rows:
        for lang in langs.split(","):
            out[lang][kind] += 1
    return dict(sorted(out.items()))


def provenance(rows: list[list[str]], data: bytes, stats: dict[str, Any], wheel_sha: str, licence: str) -> str:
    kinds = Counter(row[1] for row in rows)
    lines = [
        "# person_names.tsv.gz — provenance",
        "",
        f"- **Source package:** PyPI `{PACKAGE}=={VERSION}`, wheel `{WHEEL}`, sha256 `{wheel_sha}`;"
        " modules `faker/providers/person/<locale>/__init__.py` (class `Provider`).",
        "- **Licence:** MIT (faker's `LICENSE.txt`, reproduced at the end of this file as its"
        " terms require).",
        "- **Regenerate:** `.venv/bin/python scripts/derive_person_names.py` (runs"
        f" `pip download --no-deps {PACKAGE}=={VERSION}` and checks the sha256; or `--from WHEEL`).",
        f"- **Locales used ({len(stats['locales'])}):** {', '.join(stats['locales'])}.",
        f"- **Lists read:** {', '.join(f'`{a}` ({n})' for a, n in sorted(stats['attributes'].items()))}"
        " (attribute, number of locales).",
        f"- **Rows:** {len(rows)} ({kinds['first']} first, {kinds['last']} last, {kinds['both']} both)"
        f" from {stats['entries']} list entries; columns: `{'`, `'.join(COLUMNS)}`;"
        " `langs` is comma-separated ISO 639-1.",
        "- **Rows per language** (a row counts for each of its languages):",
        "",
        "| lang | rows | first | last | both |",
        "|---|---:|---:|---:|---:|",
    ]
    for lang, counts in per_language(rows).items():
        lines.append(f"| {lang} | {sum(counts.values())} | {counts['first']} | {counts['last']} | {counts['both']} |")
    lines += [
        "",
        *provenance_end(data, Path(__file__).name, "Which lists are read and the cleaning rules are", grouped=False),
        "Caution: faker's generic `en` provider (7,203 first names, source not stated) also holds"
        " words such as \"London\", \"China\", \"India\", \"Paris\" or \"Jordan\": a list entry says"
        " the word *can* be a person's name, not that it usually is.",
        "",
        f"## faker licence (`{LICENSE_MEMBER}`)",
        "",
        "```",
        licence.strip(),
        "```",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, f"the wheel {WHEEL} (default: pip download it)", OUT)
    args = parser.parse_args(argv)

    if args.source is not None and not args.source.is_file():
        raise SystemExit(f"{args.source} is no file: --from takes the wheel {WHEEL}")
    with wheel_package(args.source, PACKAGE, VERSION, SHA256) as package:
        wheel, wheel_sha = package.path.resolve(), package.digest
        print(f"wheel: {wheel.name} sha256 {wheel_sha}")
        licence = package.read(LICENSE_MEMBER).decode("utf-8")
        rows, stats = build_rows(load_providers(wheel))
    data = write_outputs(args.out, COLUMNS, rows, default=OUT, provenance=PROVENANCE, max_bytes=MAX_BYTES,
                         describe=lambda data: provenance(rows, data, stats, wheel_sha, licence))

    print(f"locales: {len(stats['locales'])}; list entries: {stats['entries']}; dropped: {dict(stats['dropped'])}")
    for lang, counts in per_language(rows).items():
        print(f"  {lang}: {sum(counts.values())} ({dict(sorted(counts.items()))})")
    kinds = Counter(row[1] for row in rows)
    print(f"rows: {len(rows)} {dict(sorted(kinds.items()))}")
    print(f"file: {args.out} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
