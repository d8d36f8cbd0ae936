"""The Persian and Swahili packs: what each one makes the geoparser and the event reader get right.

Every sentence here was written for these tests (fictional but plausible news about real places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

import geomap
from geomap.events import Extractor
from geomap.events.dates import publication_date, time_refs
from geomap.events.jalali import from_gregorian, to_gregorian
from geomap.events.numbers import quantities, value_of
from geomap.text.document import make_document
from geomap.text.packs import get_pack

PUB = dt.date(2024, 3, 10)


# -- Persian: places ----------------------------------------------------------------------------------------------


def test_persian_province_with_its_compass_word_is_the_province_not_the_country(gaz) -> None:
    found = _found(gaz, "زلزله‌ای به بزرگی ۵.۶ ریشتر روز دوشنبه شهر خوی در استان آذربایجان غربی را لرزاند.", "fa")
    assert found["آذربایجان غربی"][:3] == ("West Azarbaijan", "IR", "admin1")  # not Azerbaijan, the country
    assert found["خوی"][:2] == ("Khūy", "IR")
    assert "دوشنبه" not in found  # Monday, not Dushanbe
    assert all(role == "event" for *_, role in found.values())


def test_persian_names_of_several_words_and_arabic_letter_variants(gaz) -> None:
    found = _found(gaz, "سیل در استان سیستان و بلوچستان و خراسان رضوی خسارت زیادی به بار آورد.", "fa")
    assert found["سیستان و بلوچستان"][:3] == ("Sistan and Baluchestan", "IR", "admin1")
    assert found["خراسان رضوی"][:3] == ("Razavi Khorasan", "IR", "admin1")
    # The same names typed with the Arabic ya and kaf.
    found = _found(gaz, "زلزله در استان آذربايجان غربي و شهر خوي احساس شد.", "fa")
    assert found["آذربايجان غربي"][:2] == ("West Azarbaijan", "IR") and found["خوي"][:2] == ("Khūy", "IR")


def test_persian_weekday_that_names_a_city_after_a_cue_word(gaz) -> None:
    found = _found(gaz, "هیئتی از تهران روز دوشنبه به شهر دوشنبه سفر کرد.", "fa")
    assert list(found) == ["تهران", "دوشنبه"]
    assert found["دوشنبه"][:2] == ("Dushanbe", "TJ")  # the second one, after "شهر" (city)
    df = geomap.geoparse("هیئتی از تهران روز دوشنبه به شهر دوشنبه سفر کرد.", lang="fa", gazetteer=gaz)
    assert int(df.loc[df["surface"] == "دوشنبه", "start"].iloc[0]) > 30


def test_persian_common_words_spelled_like_places_are_not_places(gaz) -> None:
    # "سیل" (flood) is Sale, "زیر آب" (under water) a village, "سنگین" (heavy) Sangin, "میدان" (square) Medan.
    found = _found(gaz, "سیل سنگین چند خیابان و میدان اصلی شیراز را زیر آب برد.", "fa")
    assert list(found) == ["شیراز"] and found["شیراز"][:2] == ("Shiraz", "IR")


def test_persian_titles_and_function_words_are_not_places(gaz) -> None:
    found = _found(gaz, "به گفته سخنگوی والی هرات، وزیر کشور نیز از هفته آینده به زاهدان و چابهار سفر می‌کند.", "fa")
    assert list(found) == ["هرات", "زاهدان", "چابهار"]  # not "والی" (governor), "نیز" (also), "هفته" (week)
    assert [v[1] for v in found.values()] == ["AF", "IR", "IR"]


def test_persian_roles(gaz) -> None:
    found = _found(gaz, "مشهد (ایرنا) - بغداد اعلام کرد که به گفته کابل مذاکرات در مزار شریف ادامه خواهد یافت.",
                   "fa")
    assert found["مشهد"][3] == "dateline"  # the agency in brackets is no place
    assert "ایرنا" not in found
    assert found["بغداد"][3] == "actor" and found["کابل"][3] == "actor"
    assert found["مزار شریف"][:2] == ("Mazār-e Sharīf", "AF") and found["مزار شریف"][3] == "event"


def test_zero_width_non_joiner_stays_inside_the_word() -> None:
    doc = make_document("روز سه‌شنبه در شهرستان‌های استان خوزستان", lang="fa")
    assert doc.token_texts == ["روز", "سه\u200cشنبه", "در", "شهرستان\u200cهای", "استان", "خوزستان"]
    pack = get_pack("fa")
    assert pack.weekday("سه‌شنبه") == pack.weekday("سه شنبه") == pack.weekday("سهشنبه") == 1
    assert pack.weekday("يكشنبه") == 6 and pack.cue_type("شهرستان‌های") == "region"


# -- Swahili: places ----------------------------------------------------------------------------------------------


def test_swahili_compass_word_after_the_name_and_cue_words(gaz) -> None:
    found = _found(gaz, "Watu 15 wameuawa katika kijiji cha Kibumba, kaskazini mwa mji wa Goma, mkoa wa Kivu "
                        "Kaskazini.", "sw")
    assert found["Kivu Kaskazini"][:3] == ("Nord-Kivu", "CD", "admin1")  # North Kivu, as the gazetteer names it
    assert found["Goma"][:2] == ("Goma", "CD")
    assert "Kibumba" in found  # a village the gazetteer lacks, kept because "kijiji cha" announces it
    assert all(role == "event" for *_, role in found.values())


def test_swahili_locative_cue_words_and_a_weekday_after_the_name(gaz) -> None:
    found = _found(gaz, "Mvua kubwa ilifurika mitaa mjini Mombasa Jumanne na kaunti ya Garissa.", "sw")
    assert found["Mombasa"][:2] == ("Mombasa", "KE")  # "Jumanne" (Tuesday) ends the name
    assert found["Garissa"][:2] == ("Garissa", "KE")
    assert "Jumanne" not in found


def test_swahili_country_names_and_roles(gaz) -> None:
    found = _found(gaz, "Kwa mujibu wa Kyiv, Urusi ilikanusha madai hayo. Marekani imesema itatuma msaada Msumbiji.",
                   "sw")
    assert {s: v[1] for s, v in found.items()} == {"Kyiv": "UA", "Urusi": "RU", "Marekani": "US", "Msumbiji": "MZ"}
    assert found["Kyiv"][3] == "actor" and found["Urusi"][3] == "actor" and found["Marekani"][3] == "actor"


def test_swahili_sentence_initial_words_are_not_places(gaz) -> None:
    found = _found(gaz, "Hata hivyo, Sana ya leo haikuwa na habari. Kwa mujibu wa polisi, Nairobi ilikuwa shwari.",
                   "sw")
    assert list(found) == ["Nairobi"]


# -- dates ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("fa", "این حمله روز سه‌شنبه ۵ مارس ۲۰۲۴ رخ داد.", "2024-03-05"),
        ("fa", "درگیری‌ها از دیروز آغاز شد.", "2024-03-09"),
        ("fa", "انفجار بامداد دوشنبه رخ داد.", "2024-03-04"),
        ("fa", "سه روز پیش انباری آتش گرفت.", "2024-03-07"),
        ("fa", "حمله در ۱۵ اسفند ۱۴۰۲ رخ داد.", "2024-03-05"),  # Solar Hijri, with its year
        ("fa", "زلزله روز ۲۲ بهمن رخ داد.", "2024-02-11"),  # without a year: the last one before publication
        ("sw", "Shambulio lilitokea Jumatano, tarehe 6 Machi 2024.", "2024-03-06"),
        ("sw", "Mapigano yalianza jana usiku.", "2024-03-09"),
        ("sw", "Ghala liliungua siku tatu zilizopita.", "2024-03-07"),
        ("sw", "Watu 15 wameuawa Jumanne.", "2024-03-05"),
    ],
)
def test_dates(lang: str, text: str, day: str) -> None:
    found = time_refs(text, get_pack(lang), PUB)
    assert day in {str(r.date) for r in found}, [(r.text, r.date) for r in found]


def test_persian_dateline_in_the_solar_calendar() -> None:
    assert publication_date("تهران، ۱۴۰۲/۱۲/۱۶ - جلسه مجلس برگزار شد.", get_pack("fa")) == dt.date(2024, 3, 6)
    assert publication_date("تهران، ۶ مارس ۲۰۲۴ - جلسه مجلس برگزار شد.", get_pack("fa")) == dt.date(2024, 3, 6)


def test_solar_hijri_calendar() -> None:
    assert to_gregorian(1357, 11, 22) == dt.date(1979, 2, 11)
    assert to_gregorian(1403, 1, 1) == dt.date(2024, 3, 20) and to_gregorian(1404, 1, 1) == dt.date(2025, 3, 21)
    assert to_gregorian(1399, 12, 30) == dt.date(2021, 3, 20)  # a leap year's last day
    day = dt.date(2019, 1, 1)
    for _ in range(800):
        assert to_gregorian(*from_gregorian(day)) == day
        day += dt.timedelta(days=3)
    with pytest.raises(ValueError):
        to_gregorian(1402, 12, 30)  # 1402 is no leap year


# -- numbers --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [("fa", "بیست و پنج", 25), ("fa", "سیصد", 300), ("fa", "دو هزار", 2000), ("fa", "۱۲", 12),
     ("fa", "چهارده", 14), ("sw", "ishirini na tano", 25), ("sw", "kumi na nne", 14), ("sw", "mia tatu", 300),
     ("sw", "mia moja na ishirini", 120), ("sw", "elfu mbili mia tano", 2500), ("sw", "elfu kumi na mbili", 12000)],
)
def test_number_words(lang: str, words: str, value: int) -> None:
    assert value_of(words, get_pack(lang)) == value


def test_counts_in_persian_digits_and_swahili_words() -> None:
    assert [q.value for q in quantities("دست‌کم ۱۲ نفر کشته و ۳۴ نفر زخمی شدند.", get_pack("fa"))] == [12, 34]
    assert [q.value for q in quantities("Watu mia tatu walikimbia na watoto wawili walijeruhiwa.",
                                        get_pack("sw"))] == [300, 2]


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [("fa", "در دهه ۱۹۸۰ شهر بارها بمباران شد.", 1980), ("fa", "در سال‌های ۱۹۹۰ جمعیت شهر دو برابر شد.", 1990),
     ("sw", "Katika miaka ya 1990 mji ulikua haraka.", 1990), ("sw", "Katika miaka ya tisini mji ulikua.", 1990)],
)
def test_decades(lang: str, text: str, year: int) -> None:
    assert [d[2] for d in get_pack(lang).decades(text)] == [year]


# -- events ---------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


def test_persian_event_with_a_solar_dateline(ex) -> None:
    events = ex("زاهدان، ۱۶ اسفند ۱۴۰۲ - در انفجار یک بمب کنار جاده‌ای روز دوشنبه در نزدیکی شهر خاش در استان "
                "سیستان و بلوچستان چهار مامور پلیس کشته شدند.")
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.lang, row.sub_event_type, row.location, row.admin1) == (
        "fa", "Remote explosive/landmine/IED", "Khāsh", "Sistan and Baluchestan")
    assert row.event_date == dt.date(2024, 3, 4)  # the Monday before 16 Esfand 1402 (6 March 2024)
    assert row.fatalities == 4


def test_swahili_event_in_north_kivu(ex) -> None:
    events = ex("GOMA, 6 Machi 2024 - Waasi walishambulia kijiji cha Kibumba katika jimbo la Kivu Kaskazini "
                "Jumanne na kuua raia saba, msemaji wa jeshi alisema.")
    assert set(events["lang"]) == {"sw"}
    row = events.sort_values("fatalities").iloc[-1]
    assert row.event_type == "Violence against civilians" and row.actor1 == "Rebels"
    assert (row.location, row.admin1, row.event_date, row.fatalities) == (
        "Kibumba", "Nord-Kivu", dt.date(2024, 3, 5), 7)
