"""Common words taken for places, and well-known places found, in languages without a development set.

For each language: the geoparser reads, one at a time, the ``--words`` most frequent words of the language
(``wordfreq``'s list; words only, no digits) and the names the gazetteer gives in that language to well-known
places (countries and cities of a million people or more). A frequent word that comes out as a minor place (no
country, first-level region or town of 100,000 people or more) or as a name the gazetteer cannot place is a false
alarm: a word that frequent is the word, not a hamlet's name. (A frequent word read as a notable place is mostly
right, "Tehran", "Russian", and is not counted.) A well-known place's name that comes out as no place is a miss.
Each text is the word alone: no cue word, no preposition, no other place to lean on, the hardest case for both.

Scripts written without short vowels (Arabic, Persian, Urdu, Hebrew) are where this matters most: there a
common word ("كنت", "I was") shares its consonants with a place's name (Kent), and a clitic before a word
("وكيف", "and how") may leave a name's spelling behind. Cased languages read lower-case words as no names at all,
so only their well-known names are checked.

    python bench/common_words.py --gazetteer /tmp/gt.sqlite
    python bench/common_words.py --lang ar fa --words 3000 --show 20      # the false alarms, most frequent first
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gazetteer.store import open_index

REPO = Path(__file__).resolve().parents[1]
DEFAULT_LANGS = ("ar", "fa", "ur", "he", "hi", "bn", "ko", "zh", "ja", "ru", "en", "id")
#: A place this populous (or a country or first-level region) has a name a frequent word may rightly be.
NOTABLE_POPULATION = 100_000
#: A city this populous is well known: its name in the language must be found.
KNOWN_POPULATION = 1_000_000


def known_names(index: Path, lang: str) -> set[str]:
    """The one-word names in ``lang`` of the countries and the cities of a million people or more in the index."""
    con = open_index(index)
    try:
        rows = con.execute(
            "SELECT n.name FROM names n JOIN places p ON p.rowid = n.place "
            "WHERE n.lang = ? AND (p.feature = 'country' OR p.population >= ?)", (lang, KNOWN_POPULATION)).fetchall()
    finally:
        con.close()
    return {name for (name,) in rows if " " not in name}


def notable_ids(index: Path) -> set[str]:
    """Ids of the countries, first-level regions and towns of :data:`NOTABLE_POPULATION` people or more."""
    con = open_index(index)
    try:
        rows = con.execute("SELECT id FROM places WHERE feature IN ('country', 'admin1', 'continent') "
                           "OR population >= ?", (NOTABLE_POPULATION,)).fetchall()
    finally:
        con.close()
    return {pid for (pid,) in rows}


def frequent_words(lang: str, n: int) -> list[str]:
    """The ``n`` most frequent words of ``lang`` made of letters (and the marks written with them)."""
    from wordfreq import available_languages, top_n_list

    from geomap.text.tokens import is_word_token

    if lang not in available_languages():  # else wordfreq answers with a neighbour's list (Russian for Armenian)
        raise LookupError(f"wordfreq lists no words of {lang!r}")
    return [w for w in top_n_list(lang, n) if len(w) >= 2 and is_word_token(w) and not any(c.isdigit() for c in w)]


def read_alone(parser: Any, words: Sequence[str], lang: str) -> dict[str, tuple[str, str]]:
    """``word -> (place id, name and country)`` for the words read as a place, each alone as the text."""
    found = {}
    for word in words:
        rows = parser(word, lang=lang)
        if len(rows):
            row = rows.iloc[0]
            found[word] = (row["place_id"], f"{row['name'] or '(unresolved)'} ({row['country']})")
    return found


def measure(index: Path, langs: Sequence[str], n_words: int) -> dict[str, dict[str, Any]]:
    from gazetteer import Gazetteer
    from geomap import Geoparser

    parser = Geoparser(Gazetteer(index, build=False))
    notable = notable_ids(index)
    out: dict[str, dict[str, Any]] = {}
    for lang in langs:
        t0 = time.perf_counter()
        known = known_names(index, lang)
        try:
            words = [w for w in frequent_words(lang, n_words) if w not in known]
        except LookupError:  # wordfreq lists no words of this language (Thai): only its well-known names
            words = []
        alarms = {w: place for w, (pid, place) in read_alone(parser, words, lang).items() if pid not in notable}
        hits = read_alone(parser, sorted(known), lang)
        out[lang] = {
            "words": len(words), "false_alarms": len(alarms),
            "false_alarm_rate": round(len(alarms) / max(1, len(words)), 4),
            "known_names": len(known), "found": len(hits), "recall": round(len(hits) / max(1, len(known)), 4),
            "seconds": round(time.perf_counter() - t0, 1),
            "alarms": [(w, alarms[w]) for w in words if w in alarms],
            "missed": [w for w in sorted(known) if w not in hits],
        }
    return out


def render(result: dict[str, dict[str, Any]], show: int) -> str:
    lines = [f"{'lang':<5} {'words':>6} {'false alarms':>13} {'rate':>6}   {'known names':>11} {'found':>6} "
             f"{'recall':>6}", "-" * 64]
    for lang, r in result.items():
        lines.append(f"{lang:<5} {r['words']:>6} {r['false_alarms']:>13} {r['false_alarm_rate']:>6.1%}   "
                     f"{r['known_names']:>11} {r['found']:>6} {r['recall']:>6.1%}")
    if show:
        for lang, r in result.items():
            if r["alarms"]:
                shown = ", ".join(f"{w} -> {p}" for w, p in r["alarms"][:show])
                lines.append(f"\n{lang} false alarms (most frequent first): {shown}")
            if r["missed"]:
                lines.append(f"{lang} missed: {', '.join(r['missed'][:show])}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gazetteer", type=Path, metavar="PATH", help="gazetteer index (default: the default index)")
    ap.add_argument("--lang", nargs="+", default=list(DEFAULT_LANGS), metavar="L", help="languages (ISO 639-1)")
    ap.add_argument("--words", type=int, default=5000, metavar="N", help="most frequent words per language (5000)")
    ap.add_argument("--show", type=int, default=0, metavar="K", help="list the first K false alarms and misses")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    args = ap.parse_args(argv)
    from gazetteer.paths import default_index_path

    index = args.gazetteer or default_index_path()
    if not Path(index).is_file():
        ap.exit(2, f"error: no gazetteer index at {index} (build one: python -m gazetteer build)\n")
    result = measure(Path(index), args.lang, args.words)
    print(json.dumps(result, ensure_ascii=False, indent=2) if args.json else render(result, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
