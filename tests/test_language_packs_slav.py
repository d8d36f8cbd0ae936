"""Bulgarian, Macedonian, Slovak and Belarusian packs: case forms of names, cue words, stop names, roles, dates,
numbers and event words (our own sentences about real places of the region)."""

from __future__ import annotations

import datetime as dt

import pytest

import geomap
from geomap.events.lexicon import event_lexicon
from geomap.text.language import detect
from geomap.text.packs import get_pack

PUBLISHED = "2024-03-06"


def _places(gaz, text: str, lang: str) -> dict[str, tuple[str, str, str]]:
    """``{surface: (name, country, role)}`` of the mentions geoparse finds."""
    df = geomap.geoparse(text, lang=lang, publication_date=PUBLISHED, gazetteer=gaz)
    return {s: (n, c, r) for s, n, c, r in zip(df["surface"], df["name"], df["country"], df["role"], strict=True)}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sk", "V Bratislave v pondelok vybuchla bomba, v Košiciach zahynulo päť ľudí, uviedla polícia.",
         {"Bratislave": ("Bratislava", "SK"), "Košiciach": ("Košice", "SK")}),
        ("sk", "Demonštranti sa zišli v Banskej Bystrici, v Piešťanoch a v Michalovciach, hasiči zasahovali v Nitre.",
         {"Banskej Bystrici": ("Banská Bystrica", "SK"), "Piešťanoch": ("Piešťany", "SK"),
          "Michalovciach": ("Michalovce", "SK"), "Nitre": ("Nitra", "SK")}),
        # "Zvolene" is also a case form of Zvolena, a Polish town's key: the home country's town wins.
        ("sk", "Polícia vo Zvolene zadržala dvoch mužov po nočnej lúpeži.", {"Zvolene": ("Zvolen", "SK")}),
        ("sk", "Delegácia z Trenčína cestovala do Kežmarku a potom na Ukrajinu.",
         {"Trenčína": ("Trenčín", "SK"), "Kežmarku": ("Kežmarok", "SK"), "Ukrajinu": ("Ukraine", "UA")}),
        ("be", "У Мінску ў панядзелак адбыўся выбух, у Гомелі загінулі пяць чалавек.",
         {"Мінску": ("Minsk", "BY"), "Гомелі": ("Homyel'", "BY")}),
        ("be", "Пратэст прайшоў у горадзе Барысаве, а ў Брэсце і Магілёве было спакойна.",
         {"Барысаве": ("Barysaw", "BY"), "Брэсце": ("Brest", "BY"), "Магілёве": ("Mahilyow", "BY")}),
        ("be", "Дэлегацыя з Польшчы прыехала ў Беларусь, а потым у Літву.",
         {"Польшчы": ("Poland", "PL"), "Беларусь": ("Belarus", "BY"), "Літву": ("Lithuania", "LT")}),
        ("bg", "Протест се проведе в село Буново и в град Видин, а в община Сливница беше спокойно.",
         {"Видин": ("Vidin", "BG"), "Сливница": ("Slivnitsa", "BG")}),
        ("mk", "Протест се одржа во градот Куманово, а во општина Чаир беше мирно.",
         {"Куманово": ("Kumanovo", "MK"), "Чаир": ("Čair", "MK")}),
        ("mk", "Водата од Вардарот се излеа кај Велес.", {"Вардарот": ("Vardar", "MK"), "Велес": ("Veles", "MK")}),
    ],
)
def test_case_forms_and_cue_words_lead_to_the_place(gaz, lang: str, text: str, expected: dict) -> None:
    found = _places(gaz, text, lang)
    assert {s: found[s][:2] for s in expected if s in found} == expected


@pytest.mark.parametrize(
    ("lang", "text", "surface", "country", "role"),
    [
        ("bg", "Киев обвини Москва в обстрела на Одеса.", "Москва", "RU", "actor"),
        ("mk", "Москва негираше дека го наредила нападот.", "Москва", "RU", "actor"),
        ("sk", "Kyjev obvinil Moskvu z útoku na Odesu, povedal hovorca.", "Moskvu", "RU", "actor"),
        ("be", "Кіеў абвінаваціў Маскву ў абстрэле Адэсы.", "Маскву", "RU", "actor"),
        ("bg", "Още в 90-те години Варна беше голям туристически център.", "Варна", "BG", "historical"),
        ("be", "Яшчэ ў 90-я гады Гродна было ціхім горадам.", "Гродна", "BY", "historical"),
    ],
)
def test_actors_and_historical_mentions(gaz, lang: str, text: str, surface: str, country: str, role: str) -> None:
    found = _places(gaz, text, lang)
    assert found[surface][1:] == (country, role)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("be", "Рана раніцай у сераду выбухнуў пажар."),  # "рана", early, spells the Italian Lana
        ("sk", "Tieto správy priniesla agentúra TASR. Nové opatrenia schválila vláda."),
        ("bg", "Според БТА днес ще вали."),
        ("mk", "Според МИА денес ќе врне."),
    ],
)
def test_common_words_and_media_are_no_places(gaz, lang: str, text: str) -> None:
    assert _places(gaz, text, lang) == {}


@pytest.mark.parametrize(
    ("lang", "month", "number", "weekday", "day"),
    [("bg", "март", 3, "сряда", 2), ("mk", "септември", 9, "петок", 4), ("sk", "októbra", 10, "pondelok", 0),
     ("be", "сакавіка", 3, "аўторак", 1)],
)
def test_months_and_weekdays(lang: str, month: str, number: int, weekday: str, day: int) -> None:
    pack = get_pack(lang)
    assert pack.month(month) == number and pack.weekday(weekday) == day


def test_number_words_and_extended_packs() -> None:
    assert get_pack("bg").numbers.value("петима") == 5 and get_pack("mk").numbers.value("двајца") == 2
    assert get_pack("sk").numbers.value("päťdesiat") == 50 and get_pack("be").numbers.value("дзевятнаццаць") == 19
    # Slovak stands on the Czech pack and Macedonian on the Bulgarian one: what they add and what they inherit
    assert "kraj" in get_pack("sk").cue_after and "uviedla" in get_pack("sk").speech_verbs
    assert get_pack("sk").home_countries == ("SK",) and get_pack("mk").home_countries == ("MK",)
    assert get_pack("mk").cue_before["градот"] == "city" and get_pack("mk").cue_before["село"] == "village"


@pytest.mark.parametrize(
    ("lang", "text"),
    [("bg", "Проливните дъждове наводниха десетки къщи в селото, съобщиха местните власти."),
     ("mk", "Обилните дождови поплавија десетици куќи во селото, соопштија локалните власти."),
     ("sk", "Silné dažde zaplavili desiatky domov v dedine, uviedli miestne úrady."),
     ("be", "Моцныя дажджы затапілі дзясяткі хат у вёсцы, паведамілі мясцовыя ўлады.")],
)
def test_the_pack_is_picked(lang: str, text: str) -> None:
    assert detect(text) == lang


@pytest.mark.parametrize(
    ("lang", "text", "sub", "killed"),
    [
        ("bg", "В София в понеделник избухна бомба, а в Пловдив петима души загинаха.",
         "Remote explosive/landmine/IED", 5),
        ("mk", "Во Скопје во понеделникот експлодираше бомба, а во Битола загинаа пет лица.",
         "Remote explosive/landmine/IED", 5),
        ("sk", "V Bratislave v pondelok vybuchla bomba, v Košiciach zahynulo päť ľudí, uviedla polícia.",
         "Remote explosive/landmine/IED", 5),
        ("be", "У Мінску ў панядзелак выбухнула бомба, у Гомелі загінулі пяць чалавек.",
         "Remote explosive/landmine/IED", 5),
    ],
)
def test_event_with_its_toll_and_date(gaz, lang: str, text: str, sub: str, killed: int) -> None:
    events = geomap.extract(text, lang=lang, publication_date=dt.date(2024, 3, 6), gazetteer=gaz)
    assert len(events) >= 1
    top = events.iloc[0]
    assert top["sub_event_type"] == sub
    assert events["fatalities"].max() == killed
    assert dt.date(2024, 3, 4) in set(events["event_date"])  # Monday before the publication date


@pytest.mark.parametrize(
    ("lang", "text", "labels"),
    [("bg", "Трима войници загинаха, а петима бяха ранени.", ["killed", "wounded"]),
     ("be", "Тры вайскоўцы загінулі, пяцёра паранены.", ["killed", "wounded"]),
     ("sk", "Traja vojaci zahynuli a piati boli zranení.", ["killed", "wounded"]),
     ("mk", "Тројца војници загинаа, а петмина се повредени.", ["killed", "wounded"])],
)
def test_outcome_words(lang: str, text: str, labels: list[str]) -> None:
    assert [h.label for h in event_lexicon(lang).outcomes(text)] == labels


def test_belarusian_short_u_after_a_vowel_matches_the_lexicon() -> None:
    # "удар" is written "ўдар" after a vowel: the same trigger either way.
    lex = event_lexicon("be")
    for text in ("Паветраны ўдар знішчыў склад паліва.", "Начны паветраны удар знішчыў склад паліва."):
        assert [t.sub_event_type for t in lex.triggers(text)] == ["Air/drone strike"]
