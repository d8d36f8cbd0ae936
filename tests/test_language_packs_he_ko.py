"""The Hebrew and Korean packs: names under Hebrew clitics, Korean particles and administrative suffixes, agencies,
datelines, actors, dates, numbers and events.

Every sentence here was written for these tests (fictional but plausible news about real places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import PUBLISHED
from helpers import rows as _rows

from geomap.events import Extractor
from geomap.events.dates import time_refs
from geomap.events.numbers import quantities, value_of
from geomap.mentions.gazetteer_spotter import GazetteerSpotter
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack
from geomap.text.tokens import tokenize

HE_ATTACK = ("ירושלים - שני בני אדם נהרגו וחמישה נפצעו בפיגוע ירי בצומת סמוך לחברון ביום שני, כך מסרו כוחות ההצלה. "
             "בתל אביב ובבאר שבע הוגברה האבטחה.")
KO_QUAKE = "서울=연합뉴스 경상북도 포항시에서 규모 4.8의 지진이 발생해 1명이 숨지고 12명이 다쳤다고 소방당국이 밝혔다."


@pytest.mark.parametrize(("lang", "text"), [
    ("he", "גשם כבד ירד במשך הלילה והציף כמה שכונות, ותושבים רבים נאלצו לעזוב את בתיהם."),
    ("he", "ראש העירייה אמר כי העבודות יסתיימו בתוך שבועיים."),
    ("ko", "밤새 내린 비로 하천이 범람해 주민들이 인근 학교로 대피했다."),
    ("ko", "시장은 공사가 두 주 안에 끝날 것이라고 말했다."),
])
def test_language_is_detected_and_has_its_pack(lang: str, text: str) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack.lang == lang and pack.name != "Universal"


# -- Hebrew: clitics written onto names ----------------------------------------------------------------------


def test_hebrew_names_under_clitics(gaz) -> None:
    rows = _rows(gaz, HE_ATTACK, "he")
    # "לחברון" is "to Hebron", "בתל אביב" "in Tel Aviv", "ובבאר שבע" "and in Beersheba": the clitics stay outside.
    assert (rows["חברון"]["name"], rows["חברון"]["country"], rows["חברון"]["role"]) == ("Hebron", "PS", "event")
    assert rows["תל אביב"]["name"] == "Tel Aviv" and rows["תל אביב"]["role"] == "event"
    assert rows["באר שבע"]["name"] == "Beersheba"
    assert rows["ירושלים"]["role"] == "dateline"
    # The verb מסרו ("reported") spells Maseru: no place.
    assert all(row["country"] != "LS" for row in rows.values()) and "מסרו" not in rows


def test_hebrew_clitic_evidence_and_offsets(gaz) -> None:
    spotter = GazetteerSpotter(gaz)
    text = "שריפה פרצה בג'נין ובטול כרם, ורקטה נפלה בגליל."
    found = {m.surface: m for m in spotter.spot(make_document(text, lang="he"))}
    assert set(found) >= {"ג'נין", "טול כרם"}
    assert "locative" in found["ג'נין"].evidence and "locative" in found["טול כרם"].evidence
    assert text[found["טול כרם"].start - 2:found["טול כרם"].start] == "וב"
    # בגליל is "in the Galilee": the article swallowed by ב is read back (the index's הגליל).
    assert "גליל" in found and found["גליל"].key.startswith("h")


def test_common_hebrew_words_are_not_read_as_clitic_and_place(gaz) -> None:
    rows = _rows(gaz, "במקום זאת הוחלט לדחות את הדיון בכמה שנים, אמר דובר המשטרה.", "he")
    assert rows == {}  # no Qom in מקום, no Nîmes in שנים, no Dover in דובר ("spokesman")


def test_hebrew_acronyms_are_one_word(gaz) -> None:
    assert [t.text for t in tokenize('נשיא ארה"ב וצה״ל בג׳נין')] == ["נשיא", 'ארה"ב', "וצה״ל", "בג׳נין"]
    rows = _rows(gaz, 'שגריר ארה"ב נפגש עם השר.', "he")
    assert rows['ארה"ב']["country"] == "US"


def test_hebrew_roles(gaz) -> None:
    rows = _rows(gaz, "טהרן הכחישה את הדיווחים על תקיפה באספהאן.", "he")
    assert rows["טהרן"]["role"] == "actor" and rows["אספהאן"]["role"] == "event"
    rows = _rows(gaz, "בשנות ה-80 הייתה ביירות זירת קרבות קשים.", "he")
    assert rows["ביירות"]["role"] == "historical" and rows["ביירות"]["country"] == "LB"


# -- Korean: particles and administrative suffixes -----------------------------------------------------------


def test_korean_suffixes_and_particles(gaz) -> None:
    rows = _rows(gaz, KO_QUAKE, "ko")
    assert (rows["경상북도"]["name"], rows["경상북도"]["feature"]) == ("North Gyeongsang", "admin1")
    # 포항시에서: the name, its suffix 시 (the cue) and the particle 에서 ("in").
    assert (rows["포항"]["name"], rows["포항"]["country"], rows["포항"]["role"]) == ("Pohang", "KR", "event")
    assert rows["서울"]["role"] == "dateline"
    spotter = GazetteerSpotter(gaz)
    found = {m.surface: m for m in spotter.spot(make_document(KO_QUAKE, lang="ko"))}
    assert (found["포항"].cue, found["포항"].cue_feature) == ("시", "city")
    assert "locative" in found["포항"].evidence


def test_a_word_that_only_opens_with_a_name_is_none(gaz) -> None:
    # 지난주 ("last week") opens with 지난 (Jinan); 이날 ("that day"), 경기 ("economy") are no places either.
    rows = _rows(gaz, "지난주 부산과 울산에서 폭우로 주택 수십 채가 침수됐다.", "ko")
    assert set(rows) == {"부산", "울산"} and {r["role"] for r in rows.values()} == {"event"}


def test_korean_datelines_with_agencies(gaz) -> None:
    rows = _rows(gaz, "(서울=연합뉴스) 김민수 기자 = 우크라이나 동부 하르키우에서 5일 폭발이 있었다.", "ko")
    assert rows["서울"]["role"] == "dateline" and rows["하르키우"]["role"] == "event"
    assert not any("연합" in s for s in rows)
    rows = _rows(gaz, "【서울=뉴시스】 경기도 가평군에서 산불이 나 주민 30여 명이 대피했다.", "ko")
    assert rows["서울"]["role"] == "dateline"
    assert rows["경기도"]["name"] == "Gyeonggi" and rows["가평군"]["country"] == "KR"


def test_korean_actors_follow_their_particle(gaz) -> None:
    rows = _rows(gaz, "북한은 이날 조선중앙통신을 통해 발표한 성명에서 미국의 군사훈련을 강하게 비난했다.", "ko")
    assert rows["북한"]["role"] == "actor"  # the topic: it speaks through the closing verb
    assert rows["미국"]["role"] == "other"  # "the US's drills": no subject
    rows = _rows(gaz, "일본 정부는 도쿄에서 열린 회의에서 우려를 표명했다고 밝혔다.", "ko")
    assert rows["일본"]["role"] == "actor" and rows["도쿄"]["role"] == "event"


def test_korean_short_province_names_and_country(gaz) -> None:
    from gazetteer.sources.admin1 import iter_records

    names = {r.id: {n for n, _ in r.names} for r in iter_records() if r.country == "KR"}
    assert "경북" in names["1841597"] and "충남" in names["1845105"]
    rows = _rows(gaz, "경북 안동에서 산불이 번져 한국 정부가 재난사태를 선포했다.", "ko")
    assert rows["경북"]["name"] == "North Gyeongsang" and rows["한국"]["country"] == "KR"


# -- dates and numbers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("he", "הפיצוץ אירע ב-5 במרץ 2024 בבוקר.", "2024-03-05"),
        ("he", "הפיצוץ אירע ב-5 במרץ.", "2024-03-05"),
        ("he", "ביום שני נורו רקטות לעבר העיר.", "2024-03-04"),
        ("he", "אתמול בערב נשמעו פיצוצים.", "2024-03-09"),
        ("he", "ב-6.3.2024 הותקפה העיר.", "2024-03-06"),
        ("he", "לפני שלושה ימים נעצרו החשודים.", "2024-03-07"),
        ("ko", "2024년 3월 5일 미사일 공격이 있었다.", "2024-03-05"),
        ("ko", "3월 4일에 열린 회의에서 합의했다.", "2024-03-04"),
        ("ko", "지난 6일 오후 폭발이 일어났다.", "2024-03-06"),
        ("ko", "월요일 새벽 공습이 있었다.", "2024-03-04"),
        ("ko", "어제 저녁 총격이 있었다.", "2024-03-09"),
        ("ko", "경찰은 4일 전 항구에서 화재가 났다고 밝혔다.", "2024-03-06"),  # the unit written onto its number
        ("ko", "2주 전 댐이 무너졌다.", "2024-02-19"),  # as "two weeks ago": that week, from its Monday
        ("ko", "주민들은 이틀 전 산사태가 마을을 덮쳤다고 말했다.", "2024-03-08"),  # a native Korean count of days
    ],
)
def test_dates(lang: str, text: str, day: str) -> None:
    found = time_refs(text, get_pack(lang), dt.date(2024, 3, 10))
    assert day in {str(r.date) for r in found}, [(r.text, r.date) for r in found]


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [("he", "שלושה", 3), ("he", "עשרים ושלושה", 23), ("he", "מאה וחמישים", 150), ("he", "שלושת אלפים", 3000),
     ("ko", "다섯", 5), ("ko", "열두", 12), ("ko", "스무", 20)],
)
def test_number_words(lang: str, words: str, value: int) -> None:
    assert value_of(words, get_pack(lang)) == value


def test_numbers_with_clitics_and_counters() -> None:
    he = get_pack("he")
    found = [(q.text, q.value, q.vague) for q in quantities("עשרות נפצעו, שניים נהרגו ו-40 פונו, כ-30 נעצרו", he)]
    assert found == [("עשרות", 10, True), ("שניים", 2, False), ("40", 40, False), ("30", 30, False)]
    assert quantities("מטוס Su-25 נחת", he) == []  # a code, not a count
    ko = get_pack("ko")
    found = [(q.text, q.value) for q in quantities("규모 4.8의 지진으로 1명이 숨지고 주민 30여 명이 대피했다", ko)]
    assert found == [("1", 1), ("30", 30)]  # 4.8: a magnitude, no count
    assert [q.value for q in quantities("3만 명이 모였다", ko)] == [30000]


# -- events --------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(
    ("text", "lang", "sub", "place", "date", "killed"),
    [
        (HE_ATTACK, "he", "Attack", "Hebron", dt.date(2024, 3, 4), 2),
        ("תל אביב, 6 במרץ 2024 - שלושה חיילים נהרגו מפיצוץ מטען צד ליד שכם ביום שלישי, מסר הצבא.",
         "he", "Remote explosive/landmine/IED", "Nablus", dt.date(2024, 3, 5), 3),
        ("(서울=연합뉴스) 우크라이나 동부 하르키우에서 5일 러시아군의 미사일 공격으로 민간인 6명이 숨지고 "
         "10명이 다쳤다고 현지 당국이 밝혔다.",
         "ko", "Shelling/artillery/missile attack", "Kharkiv", dt.date(2024, 3, 5), 6),
    ],
    ids=["he-attack", "he-ied", "ko-missile"],
)
def test_one_report(ex, text, lang, sub, place, date, killed) -> None:
    events = ex(text, publication_date=PUBLISHED)
    assert set(events["lang"]) == {lang}
    assert len(events) == 1
    row = events.iloc[0]
    assert row.sub_event_type == sub
    assert row.location == place
    assert row.event_date == date
    assert row.fatalities == killed
