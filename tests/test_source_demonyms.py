"""Tests of the demonyms data (gazetteer/data/demonyms.csv and its reader)."""

from __future__ import annotations

import csv
from collections import defaultdict
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from gazetteer.errors import BadInputError
from gazetteer.sources.demonyms import COLUMNS, KINDS, PROVENANCE, by_language, iter_rows

HEADER = ",".join(COLUMNS)
DATA = Path(str(resources.files("gazetteer") / "data" / "demonyms.csv"))

#: ISO 3166-1 entries without an English demonym: uninhabited territories, or ones with
#: no permanent population or established word for their residents.
NO_ENGLISH_DEMONYM = {
    "BV",  # Bouvet Island: uninhabited
    "HM",  # Heard Island and McDonald Islands: uninhabited
    "GS",  # South Georgia and the South Sandwich Islands: no permanent population
    "TF",  # French Southern Territories: no permanent population
    "UM",  # United States Minor Outlying Islands: no permanent population
    "SJ",  # Svalbard and Jan Mayen: residents have no established demonym
}


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, str, str, str]]:
    return list(iter_rows())


@pytest.fixture(scope="module")
def raw_rows() -> list[dict[str, str]]:
    with DATA.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "demonyms.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_provenance() -> None:
    assert "demonyms" in PROVENANCE
    assert "general knowledge" in PROVENANCE


def test_packaged_file_validates(rows: list[tuple[str, str, str, str]], raw_rows: list[dict[str, str]]) -> None:
    assert len(rows) >= 1500
    assert len(rows) == len(raw_rows)
    assert all(kind in KINDS for _, _, _, kind in rows)


def test_header_is_exact() -> None:
    assert DATA.read_text(encoding="utf-8").splitlines()[0] == HEADER


def test_every_iso_country_has_an_english_demonym(rows: list[tuple[str, str, str, str]]) -> None:
    english = {country for country, _, lang, _ in rows if lang == "en"}
    missing = sorted(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in english)
    assert missing == sorted(NO_ENGLISH_DEMONYM)
    assert "XK" in english


def test_country_codes_are_iso_or_kosovo(rows: list[tuple[str, str, str, str]]) -> None:
    iso = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    codes = {country for country, _, _, _ in rows if not country.startswith("geomap:") and not country.isdigit()}
    assert codes <= iso, sorted(codes - iso)


def test_continents_by_geonames_id(rows: list[tuple[str, str, str, str]], gaz) -> None:
    """'European' stands for Europe: the continent's GeoNames id, which the default index holds."""
    europe = {country for country, word, lang, _ in rows if word == "European" and lang == "en"}
    assert europe == {"6255148"}
    assert gaz.get("6255148").name == "Europe"


def test_languages_cover_enough_countries(rows: list[tuple[str, str, str, str]]) -> None:
    countries: dict[str, set[str]] = defaultdict(set)
    for country, _, lang, _ in rows:
        countries[lang].add(country)
    for lang in ("es", "fr", "ru", "uk", "ar"):
        assert len(countries[lang]) >= 80, lang
    for lang in ("pt", "de", "tr"):
        assert len(countries[lang]) >= 40, lang


@pytest.mark.parametrize(
    ("word", "lang", "country"),
    [
        ("Russian", "en", "RU"),
        ("Russians", "en", "RU"),
        ("russe", "fr", "RU"),
        ("Russes", "fr", "RU"),
        ("rusos", "es", "RU"),
        ("российские", "ru", "RU"),
        ("российских", "ru", "RU"),
        ("россияне", "ru", "RU"),
        ("українські", "uk", "UA"),
        ("українці", "uk", "UA"),
        ("الروسية", "ar", "RU"),
        ("روسي", "ar", "RU"),
        ("Palestinian", "en", "PS"),
        ("Abkhaz", "en", "geomap:abkhazia"),
        ("South Ossetian", "en", "geomap:south-ossetia"),
        ("Sri Lankan", "en", "LK"),
        ("Soviet", "en", "geomap:soviet-union"),
        ("Kosovar", "en", "XK"),
        ("Armenian", "en", "AM"),
        ("Russen", "de", "RU"),
        ("Ruslar", "tr", "RU"),
        ("russos", "pt", "RU"),
    ],
)
def test_known_demonyms(word: str, lang: str, country: str) -> None:
    entries = by_language(lang)[word]
    assert entries[0][0] == country


def test_kinds() -> None:
    english = by_language("en")
    assert english["Russians"] == [("RU", "noun")]
    assert english["Polish"] == [("PL", "adj")]
    assert by_language("fr")["russe"] == [("RU", "adj")]
    assert by_language("fr")["Russe"] == [("RU", "noun")]


def test_ambiguous_words_list_the_usual_reading_first() -> None:
    english = by_language("en")
    assert [country for country, _ in english["Dominican"]] == ["DO", "DM"]
    assert [country for country, _ in english["Congolese"]] == ["CD", "CG"]
    assert [country for country, _ in english["Georgian"]] == ["GE"]


def test_ambiguous_words_say_so_in_the_note(raw_rows: list[dict[str, str]]) -> None:
    notes = {(row["country"], row["demonym"], row["lang"]): row["note"] for row in raw_rows}
    for key in [("GE", "Georgian", "en"), ("IN", "Indian", "en"), ("DO", "Dominican", "en"),
                ("CD", "Congolese", "en"), ("KR", "Korean", "en"), ("GN", "Guinean", "en")]:  # fmt: skip
        assert "ambiguous" in notes[key], key


def test_no_duplicate_rows(rows: list[tuple[str, str, str, str]]) -> None:
    keys = [(country, word, lang) for country, word, lang, _ in rows]
    assert len(keys) == len(set(keys))


def test_by_language_returns_a_fresh_dict() -> None:
    first = by_language("en")
    first["Russian"].append(("XX", "adj"))
    first["Martian"] = [("XX", "adj")]
    second = by_language("en")
    assert second["Russian"] == [("RU", "both")]
    assert "Martian" not in second


def test_by_language_normalises_the_tag_and_handles_unknown_languages() -> None:
    assert by_language("EN-gb")["Russian"] == [("RU", "both")]
    assert by_language("zu") == {}


def test_custom_path(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER, "RU,Russian,en,both,", "geomap:abkhazia,Abkhaz,en,both,ethnic sense too")
    assert list(iter_rows(path)) == [("RU", "Russian", "en", "both"), ("geomap:abkhazia", "Abkhaz", "en", "both")]


def test_malformed_file_names_the_bad_lines(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        HEADER,
        "RU,Russian,en,both,",
        "ru,Russian,en,both,",
        "RU,,en,both,",
        "RU,Russe,FR,noun,",
        "RU,russe,fr,adjective,",
        "geomap:atlantis,Atlantean,en,both,",
        "RU,Russian,en,adj,",
        "RU,Russian,en,both,a,b",
    )
    with pytest.raises(BadInputError) as info:
        list(iter_rows(path))
    message = str(info.value)
    assert str(path) in message
    assert "line 3: country 'ru'" in message
    assert "line 4: demonym is empty" in message
    assert "line 5: lang 'FR'" in message
    assert "line 6: kind 'adjective' is not one of adj, noun, both" in message
    assert "line 7: country 'geomap:atlantis' is not an id" in message
    assert "line 8: 'Russian' (en) for RU is already on line 2" in message
    assert "line 9: more than 5 fields" in message
    assert "line 2:" not in message


def test_bad_header(tmp_path: Path) -> None:
    path = write(tmp_path, "country,word,lang,kind,note", "RU,Russian,en,both,")
    with pytest.raises(BadInputError, match=r"line 1: the header must be .*missing: demonym.*unknown: word"):
        list(iter_rows(path))


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="no such demonyms file"):
        list(iter_rows(tmp_path / "absent.csv"))
    path = tmp_path / "latin1.csv"
    path.write_bytes((HEADER + "\nCI,Ivoirien,fr,noun,\nRE,Réunionnais,fr,noun,\n").encode("latin-1"))
    with pytest.raises(BadInputError, match="not UTF-8"):
        list(iter_rows(path))
