"""The Polish, Dutch and Vietnamese packs: what each one makes the geoparser read right.

Every sentence here was written for these tests (fictional but plausible news about real places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

from geomap.events.dates import time_refs
from geomap.events.numbers import value_of
from geomap.text.packs import get_pack

NEW = ("pl", "nl", "vi")

# Each has its own pack and is detected: see tests/test_language_packs_more.py.


# -- Polish: case endings ------------------------------------------------------------------------------------


def test_polish_locative_and_genitive_forms_are_the_places(gaz) -> None:
    found = _found(gaz, "We wtorek w Gdańsku i Katowicach protestowali rolnicy, a policja w Warszawie "
                        "zatrzymała kilku uczestników.", "pl")
    assert found["Gdańsku"][:2] == ("Gdańsk", "PL")
    assert found["Katowicach"][:2] == ("Katowice", "PL")  # the locative plural, after a conjunction
    assert found["Warszawie"][:2] == ("Warsaw", "PL")
    assert all(role == "event" for *_, role in found.values())
    found = _found(gaz, "Pomoc dla powodzian wysłali mieszkańcy Poznania, Wrocławia i Rzeszowa.", "pl")
    assert [found[s][0] for s in ("Poznania", "Wrocławia", "Rzeszowa")] == ["Poznań", "Wrocław", "Rzeszów"]


def test_polish_forms_of_ukrainian_cities(gaz) -> None:
    found = _found(gaz, "Rosyjskie rakiety spadły na Charków, a w Kijowie i we Lwowie ogłoszono alarm.", "pl")
    assert {s: v[:2] for s, v in found.items()} == {
        "Charków": ("Kharkiv", "UA"), "Kijowie": ("Kyiv", "UA"), "Lwowie": ("Lviv", "UA")}


def test_polish_roles_and_instrumental(gaz) -> None:
    found = _found(gaz, "Warszawa zaprzeczyła doniesieniom. Według Kijowa do wypadku doszło pod Tarnowem.", "pl")
    assert found["Warszawa"][3] == "actor" and found["Kijowa"][3] == "actor"
    assert found["Tarnowem"][:2] == ("Tarnów", "PL") and found["Tarnowem"][3] == "event"


def test_polish_cue_words_and_stop_names(gaz) -> None:
    found = _found(gaz, "Lawina zeszła w miejscowości Zakopane.", "pl")
    assert found["Zakopane"][:2] == ("Zakopane", "PL")
    found = _found(gaz, "Sąd w Lublinie skazał mężczyznę na pięć lat więzienia.", "pl")
    assert list(found) == ["Lublinie"]  # "Sąd" (the court) is no place


def test_polish_inflection_rules_give_dictionary_forms() -> None:
    rules = dict.fromkeys(get_pack("pl").inflections)
    assert ("ie", "a") in rules and ("ach", "e") in rules and ("iu", "") in rules


# -- Dutch ---------------------------------------------------------------------------------------------------


def test_dutch_province_cue_gives_the_province(gaz) -> None:
    found = _found(gaz, "In de provincie Utrecht en in de gemeente Zeist vielen dinsdag zware buien.", "nl")
    assert found["Utrecht"][:3] == ("Utrecht", "NL", "admin1")
    assert found["Zeist"][:2] == ("Zeist", "NL")


def test_dutch_headline_words_are_not_places(gaz) -> None:
    assert list(_found(gaz, "Man aangehouden na steekpartij in Utrecht.", "nl")) == ["Utrecht"]  # not Isle of Man
    found = _found(gaz, "Kind gewond bij aanrijding in Eindhoven; in Bergen op Zoom bleef het rustig.", "nl")
    assert found["Eindhoven"][:2] == ("Eindhoven", "NL")
    assert found["Bergen op Zoom"][:2] == ("Bergen op Zoom", "NL")  # "op" joins the name
    assert "Kind" not in found


def test_dutch_actors(gaz) -> None:
    found = _found(gaz, "Den Haag ontkende de berichten. Volgens Moskou zijn de beschuldigingen vals.", "nl")
    assert found["Den Haag"][:2] == ("The Hague", "NL") and found["Den Haag"][3] == "actor"
    assert found["Moskou"][:2] == ("Moscow", "RU") and found["Moskou"][3] == "actor"


# -- Vietnamese ------------------------------------------------------------------------------------------------


def test_vietnamese_sentence_initial_words_and_the_province_cue(gaz) -> None:
    found = _found(gaz, "Lũ lụt nghiêm trọng xảy ra ở tỉnh Quảng Ngãi vào thứ Ba. Chính quyền Hà Nội cho biết "
                        "đã gửi hàng cứu trợ.", "vi")
    assert "Lũ" not in found  # "flood", not Luzhou
    assert found["Quảng Ngãi"][1:3] == ("VN", "admin1")  # the province, not its capital
    assert found["Hà Nội"][:2] == ("Hanoi", "VN") and found["Hà Nội"][3] == "actor"


def test_vietnamese_prepositions_and_names_that_fold_alike(gaz) -> None:
    found = _found(gaz, "Tại Đà Nẵng, mưa lớn làm ngập nhiều tuyến đường. Nhà Trắng cho biết sẽ hỗ trợ, còn "
                        "Nha Trang chuẩn bị ứng phó.", "vi")
    assert found["Đà Nẵng"][:2] == ("Da Nang", "VN")
    assert "Tại" not in found  # "at", not Thailand
    assert "Nhà Trắng" not in found  # the White House is not Nha Trang...
    assert found["Nha Trang"][:2] == ("Nha Trang", "VN")  # ...which keeps its name


def test_vietnamese_countries_by_their_vietnamese_names(gaz) -> None:
    found = _found(gaz, "Từ đầu năm, Nhật và Hàn Quốc đã gửi viện trợ tới Lào.", "vi")
    assert {s: v[1] for s, v in found.items()} == {"Nhật": "JP", "Hàn Quốc": "KR", "Lào": "LA"}
    assert found["Nhật"][3] == "actor" and found["Lào"][3] == "event"


# -- dates and numbers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("pl", "Atak nastąpił w środę 6 marca 2024 r.", "2024-03-06"),
        ("nl", "De aanval vond plaats op woensdag 6 maart 2024.", "2024-03-06"),
        ("vi", "Vụ tấn công xảy ra vào thứ Tư, ngày 6 tháng 3 năm 2024.", "2024-03-06"),
        ("vi", "Sáng 6/3, hai người bị thương.", "2024-03-06"),
        ("pl", "Starcia zaczęły się wczoraj.", "2024-03-09"),
        ("nl", "De gevechten begonnen gisteren.", "2024-03-09"),
        ("vi", "Giao tranh bắt đầu từ hôm qua.", "2024-03-09"),
        ("pl", "Trzy dni temu spłonął magazyn.", "2024-03-07"),
    ],
)
def test_dates(lang: str, text: str, day: str) -> None:
    found = time_refs(text, get_pack(lang), dt.date(2024, 3, 10))
    assert day in {str(r.date) for r in found}, [(r.text, r.date) for r in found]


def test_vietnamese_year_joins_its_date() -> None:
    (ref,) = [r for r in time_refs("ngày 6 tháng 3 năm 2023", get_pack("vi"), dt.date(2024, 3, 10))]
    assert ref.text == "6 tháng 3 năm 2023" and str(ref.date) == "2023-03-06"


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [("pl", "dwadzieścia pięć", 25), ("pl", "pięciuset", 500), ("nl", "drieëntwintig", 23), ("nl", "vijftien", 15),
     ("vi", "hai mươi lăm", 25), ("vi", "mười bốn", 14), ("vi", "ba trăm", 300)],
)
def test_number_words(lang: str, words: str, value: int) -> None:
    assert value_of(words, get_pack(lang)) == value


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [("pl", "w latach 90. XX wieku", 1990), ("pl", "w latach osiemdziesiątych", 1980),
     ("nl", "in de jaren tachtig", 1980), ("nl", "in de jaren '90", 1990), ("vi", "trong thập niên 1990", 1990),
     ("vi", "những năm 80", 1980)],
)
def test_decades(lang: str, text: str, year: int) -> None:
    assert [d[2] for d in get_pack(lang).decades(text)] == [year]
