"""Demonyms: the words for a country's people and the adjective derived from its name.

News names countries through their people as often as through the country itself:
"Russian troops", "Armenian separatists", "the Afghans", "российские войска",
"القوات الروسية". Geoparsing benchmarks such as GeoWebNews count such words as
mentions of the country, and the event extractor turns them into actors. They live in
``gazetteer/data/demonyms.csv``, a readable UTF-8 file written by hand, with the
columns::

    country,demonym,lang,kind,note

* ``country`` is an ISO 3166-1 alpha-2 code (``RU``; ``XK`` for Kosovo) or the id of a
  region in ``supplement.csv`` for breakaway, sub-national and historical entities
  (``geomap:abkhazia`` for "Abkhaz", ``geomap:soviet-union`` for "Soviet").
* ``demonym`` is the word exactly as written, capitalised where the language
  capitalises it (English "Russian", French adjective "russe" and noun "Russe"), with
  its common inflected forms as separate rows (Spanish "rusos", Russian
  "российских", Arabic "الروسية").
* ``lang`` is an ISO 639 code; ``kind`` is ``adj`` ("Russian troops"), ``noun``
  ("Russians") or ``both``; ``note`` says what else the word may mean ("also the
  language", "ambiguous: also the US state of Georgia").

When a spelling belongs to several entries (English "Dominican": the Dominican
Republic and Dominica), the file lists the usual reading first and
:func:`by_language` keeps that order. Every row is validated, and a malformed file
raises :class:`~gazetteer.errors.BadInputError` naming each bad line and how to fix it.

>>> by_language("en")["Russian"]
[('RU', 'both')]
>>> by_language("en")["Dominican"]
[('DO', 'both'), ('DM', 'both')]
>>> ("geomap:abkhazia", "Abkhaz", "en", "both") in set(iter_rows())
True
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import IO

from gazetteer.errors import BadInputError
from gazetteer.sources._files import csv_reader

__all__ = ["COLUMNS", "KINDS", "PROVENANCE", "by_language", "iter_rows"]

PROVENANCE = (
    "geomap demonyms (gazetteer/data/demonyms.csv): the adjectives and nouns for the people of every "
    "ISO 3166-1 country and territory (plus Kosovo) and of some breakaway, sub-national and historical "
    "entities of the geomap supplement, in English and, for the countries most present in world news, "
    "Spanish, French, Russian, Ukrainian, Arabic, Portuguese, German and Turkish, with their common "
    "inflected forms. Written by the geomap developers from general knowledge of these languages. "
    "Part of geomap (MIT licence)."
)

#: The columns of the demonyms file, in order.
COLUMNS = ("country", "demonym", "lang", "kind", "note")

#: The allowed values of the ``kind`` column.
KINDS = ("adj", "noun", "both")

_COUNTRY_RE = re.compile(r"[A-Z]{2}")
#: GeoNames ids of the continents (the default index holds them): Africa, Asia, Europe,
#: North America, South America, Oceania, Antarctica.
_CONTINENT_IDS = frozenset({"6255146", "6255147", "6255148", "6255149", "6255150", "6255151", "6255152"})
_LANG_RE = re.compile(r"[a-z]{2,3}")
_SUPPLEMENT_PREFIX = "geomap:"
_MAX_REPORTED = 20

Row = tuple[str, str, str, str]


def _default_path() -> Path:
    return Path(str(resources.files("gazetteer") / "data" / "demonyms.csv"))


@lru_cache(maxsize=1)
def _supplement_ids() -> frozenset[str]:
    """The ids of the packaged supplement, which the ``country`` column may name."""
    path = Path(str(resources.files("gazetteer") / "data" / "supplement.csv"))
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return frozenset((row.get("id") or "").strip() for row in csv.DictReader(handle)) - {""}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise BadInputError(f"{path}: cannot read the supplement ids that demonyms refer to ({exc})") from exc


def _check_row(field: dict[str, str], known_ids: frozenset[str]) -> list[str]:
    """Return the problems of one row (an empty list when it is valid)."""
    problems: list[str] = []
    country = field["country"]
    if not country:
        problems.append(
            "country is empty (give an ISO 3166-1 alpha-2 code such as 'RU' "
            "or a supplement id such as 'geomap:abkhazia')"
        )
    elif country.startswith(_SUPPLEMENT_PREFIX):
        if country not in known_ids:
            problems.append(
                f"country {country!r} is not an id in gazetteer/data/supplement.csv "
                "(fix the spelling, add the region to the supplement first, or use the country's code)"
            )
    elif country.isdigit():
        if country not in _CONTINENT_IDS:
            problems.append(
                f"country {country!r}: a GeoNames id is allowed for continents only "
                f"({', '.join(sorted(_CONTINENT_IDS))})"
            )
    elif not _COUNTRY_RE.fullmatch(country):
        problems.append(
            f"country {country!r} is neither an upper-case ISO 3166-1 alpha-2 code (e.g. 'RU', 'XK'), "
            "a supplement id (e.g. 'geomap:abkhazia') nor a continent's GeoNames id (Europe: 6255148)"
        )

    demonym = field["demonym"]
    if not demonym.strip():
        problems.append("demonym is empty (write the word as it appears in text, e.g. 'Russian')")
    elif demonym != demonym.strip():
        problems.append(f"demonym {demonym!r} has leading or trailing spaces (remove them)")

    lang = field["lang"]
    if not _LANG_RE.fullmatch(lang):
        problems.append(f"lang {lang!r} is not a lower-case ISO 639 code of 2 or 3 letters (e.g. 'en', 'ru')")

    kind = field["kind"]
    if kind not in KINDS:
        problems.append(
            f"kind {kind!r} is not one of {', '.join(KINDS)} "
            "(adj for 'Russian troops', noun for 'Russians', both when the word is both)"
        )
    return problems


def _read(handle: IO[str], where: str) -> list[Row]:
    reader = csv_reader(handle, COLUMNS, where)
    known_ids = _supplement_ids()

    rows: list[Row] = []
    errors: list[str] = []
    first_line: dict[tuple[str, str, str], int] = {}
    for row in reader:
        line = reader.line_num
        if None in row:
            errors.append(f"line {line}: more than {len(COLUMNS)} fields (quote fields that contain commas)")
            continue
        if not any((value or "").strip() for value in row.values()):
            continue  # a blank line
        field = {key: (row.get(key) or "") for key in COLUMNS}
        for key in ("country", "lang", "kind"):
            field[key] = field[key].strip()
        problems = _check_row(field, known_ids)
        if problems:
            errors.extend(f"line {line}: {problem}" for problem in problems)
            continue
        key = (field["country"], field["demonym"], field["lang"])
        if key in first_line:
            errors.append(
                f"line {line}: {field['demonym']!r} ({field['lang']}) for {field['country']} is already on "
                f"line {first_line[key]} (delete one of the two rows)"
            )
            continue
        first_line[key] = line
        rows.append((field["country"], field["demonym"], field["lang"], field["kind"]))

    if errors:
        shown = errors[:_MAX_REPORTED]
        more = f"\n  ... and {len(errors) - _MAX_REPORTED} more" if len(errors) > _MAX_REPORTED else ""
        listing = "\n  ".join(shown) + more
        raise BadInputError(f"{where}: {len(errors)} problem(s) in the demonyms file:\n  {listing}")
    return rows


def _load(path: Path) -> list[Row]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return _read(handle, str(path))
    except FileNotFoundError as exc:
        raise BadInputError(f"{path}: no such demonyms file (pass the path of a demonyms CSV)") from exc
    except UnicodeDecodeError as exc:
        raise BadInputError(f"{path}: not UTF-8 text ({exc.reason}); save the file as UTF-8") from exc
    except csv.Error as exc:
        raise BadInputError(f"{path}: not a readable CSV file ({exc}); check the quoting") from exc


def iter_rows(path: Path | str | None = None) -> Iterator[Row]:
    """Yield ``(country_or_id, demonym, lang, kind)`` for every row of the demonyms file.

    ``path`` defaults to the packaged ``gazetteer/data/demonyms.csv``. The whole file is
    validated before the first row is yielded, so a malformed file raises
    :class:`~gazetteer.errors.BadInputError` (listing every bad line) and never yields
    half its rows. Rows come in file order.

    >>> next(row for row in iter_rows() if row[1] == "rusos")
    ('RU', 'rusos', 'es', 'both')
    """
    yield from _load(Path(path) if path is not None else _default_path())


@lru_cache(maxsize=1)
def _packaged_index() -> dict[str, dict[str, tuple[tuple[str, str], ...]]]:
    """``{lang: {demonym: ((country_or_id, kind), ...)}}`` of the packaged file, read once."""
    index: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for country, demonym, lang, kind in iter_rows():
        index.setdefault(lang, {}).setdefault(demonym, []).append((country, kind))
    return {lang: {word: tuple(entries) for word, entries in words.items()} for lang, words in index.items()}


def by_language(lang: str) -> dict[str, list[tuple[str, str]]]:
    """Map each demonym of one language, spelled exactly, to ``[(country_or_id, kind), ...]``.

    ``lang`` is an ISO 639 code; a BCP 47 tag such as ``"en-GB"`` is reduced to its
    language. The packaged file is read once and cached; each call returns a fresh dict
    the caller may modify. A language without demonyms gives an empty dict. When a
    spelling belongs to several entries, the usual reading comes first.

    >>> by_language("fr")["Congolais"]
    [('CD', 'noun'), ('CG', 'noun')]
    >>> by_language("ru")["российских"]
    [('RU', 'adj')]
    >>> by_language("xx")
    {}
    """
    code = lang.strip().replace("_", "-").split("-")[0].lower()
    words = _packaged_index().get(code, {})
    return {word: list(entries) for word, entries in words.items()}
