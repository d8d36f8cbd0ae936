"""Tests of the person-name lists (geomap/text/data/person_names.tsv.gz and geomap.text.names)."""

from __future__ import annotations

import gzip
import re
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest
from helpers import load_script

from geomap.text import names

DATA = resources.files("geomap.text") / "data" / "person_names.tsv.gz"
PROVENANCE = resources.files("geomap.text") / "data" / "person_names.PROVENANCE.md"
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "derive_person_names.py"


@pytest.fixture(scope="module")
def rows() -> list[list[str]]:
    lines = gzip.decompress(DATA.read_bytes()).decode("utf-8").split("\n")
    assert lines[0] == "name\tkind\tlangs"
    assert lines[-1] == ""
    return [line.split("\t") for line in lines[1:-1]]


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("scripts/derive_person_names.py")


def test_file_is_small_and_loads_whole(rows: list[list[str]]) -> None:
    assert len(DATA.read_bytes()) < 2_000_000
    assert len(rows) > 50_000
    names._table.cache_clear()
    names._by_language.cache_clear()
    names.person_names.cache_clear()
    everything = names.person_names()
    assert {row[0] for row in rows} <= everything


def test_rows_well_formed(rows: list[list[str]]) -> None:
    assert all(len(row) == 3 for row in rows)
    assert all(row[1] in ("first", "last", "both") for row in rows)
    assert all(len(row[0]) >= 2 and row[0] == " ".join(row[0].split()) for row in rows)
    assert all(re.fullmatch(r"[a-z]{2}(,[a-z]{2})*", row[2]) for row in rows)
    assert all(row[2].split(",") == sorted(set(row[2].split(","))) for row in rows)
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)
    assert len({row[0] for row in rows}) == len(rows)


@pytest.mark.parametrize("surname", ["Smith", "Jones", "Scott"])
def test_english_surnames(surname: str) -> None:
    assert names.is_person_name(surname, "en")
    assert names.kind(surname) in ("last", "both")


@pytest.mark.parametrize("first", ["Roy", "Ivan"])
def test_first_names(first: str) -> None:
    assert names.is_person_name(first, "en")
    assert names.kind(first) in ("first", "both")


def test_indonesian_first_name() -> None:
    # "Budi" and "Abyasa" are in faker's id_ID first_names_male, not in any English list
    assert names.is_person_name("Budi", "id") and names.is_person_name("Abyasa", "id")
    assert not names.is_person_name("Budi", "en")
    assert names.kind("Budi") == "first"
    assert names.is_person_name("Hadi", "id") and names.is_person_name("Hadi", "in")  # withdrawn code


def test_russian_and_ukrainian_surnames() -> None:
    assert names.is_person_name("Смирнов", "ru") and names.is_person_name("Иванов", "ru-RU")
    assert names.kind("Смирнов") == "last"
    assert names.is_person_name("Шевченко", "uk") and not names.is_person_name("Шевченко", "ru")


def test_lookup_rules() -> None:
    assert not names.is_person_name("smith", "en")  # case-sensitive
    assert names.kind("Baghdad") == "" and not names.is_person_name("Baghdad", "ar")
    assert names.is_person_name("Smith", "pt")  # English names count for every language
    assert names.person_names("xx") == names.person_names("en")
    assert names.is_person_name("محمّد", "ar") and names.is_person_name("محمد", "ar")  # shadda
    assert names.kind("O’Brien") == names.kind("O'Brien") != ""  # apostrophes


def test_provenance_matches_file(rows: list[list[str]]) -> None:
    import hashlib

    text = PROVENANCE.read_text(encoding="utf-8")
    assert hashlib.sha256(DATA.read_bytes()).hexdigest() in text
    assert f"**Rows:** {len(rows)} " in text
    assert "faker==40.54.0" in text and "MIT" in text and "Permission is hereby granted" in text


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Alta  Gracia", ["Alta Gracia"]),
        ("Behbud ", ["Behbud"]),
        ("Bourgondië, van", ["van Bourgondië"]),
        ("அகுல்,", ["அகுல்"]),
        ("தணி;சேரன்", ["தணி", "சேரன்"]),
        ("عجرمة (العجارمة)", ["عجرمة", "العجارمة"]),
        ("(पाण्डे)", ["पाण्डे"]),
        ("Диван(надядоДианидядоИван)", ["Диван"]),
        ("Emine.", ["Emine"]),
        ("Hans D.", ["Hans D."]),
        ("N˜zamett˜n", ["Nizamettin"]),
        ("डा.", []),
        ("王", []),
        (3, []),
    ],
)
def test_script_cleaning(script: ModuleType, entry: object, expected: list[str]) -> None:
    assert script.clean(entry) == expected


def test_script_locale_language(script: ModuleType) -> None:
    assert [script.locale_language(x) for x in ("en_US", "id_ID", "ar_AA", "sw", "uk_UA")] == [
        "en", "id", "ar", "sw", "uk"
    ]
    with pytest.raises(SystemExit):
        script.locale_language("fil_PH")
