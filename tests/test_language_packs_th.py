"""The Thai pack: names inside runs written without spaces, cue words written before the name, stop names,
datelines, roles, dates (Buddhist Era years, abbreviated months, Thai digits), numbers with their counters, events.

Every sentence here was written for these tests (fictional but plausible news about real places in Thailand).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found
from helpers import rows as _rows

from geomap.events import Extractor
from geomap.events.dates import publication_date, time_refs
from geomap.events.lexicon import event_lexicon
from geomap.events.numbers import quantities, value_of
from geomap.mentions.gazetteer_spotter import GazetteerSpotter
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack

TH = get_pack("th")
BOMB = ("นราธิวาส - เมื่อวันจันทร์ที่ 3 มิถุนายน 2567 คนร้ายลอบวางระเบิดที่อำเภอระแงะจังหวัดนราธิวาส "
        "ทำให้ทหารพรานเสียชีวิต 2 นาย และบาดเจ็บอีก 5 นาย")
PUBLISHED = dt.date(2024, 6, 4)  # a Tuesday


@pytest.mark.parametrize("text", [
    "ฝนตกหนักตลอดคืนทำให้น้ำท่วมถนนหลายสายและชาวบ้านต้องย้ายไปพักที่โรงเรียน",
    "นายกเทศมนตรีกล่าวว่างานซ่อมสะพานจะแล้วเสร็จภายในสองสัปดาห์",
])
def test_language_is_detected_and_has_its_pack(text: str) -> None:
    assert detect(text) == "th"
    pack = make_document(text).pack
    assert pack is TH and pack.name == "Thai" and pack.home_countries == ("TH",)


def test_pack_words() -> None:
    assert TH.month("มิถุนายน") == TH.month("มิ.ย.") == 6 and TH.month("ธ.ค.") == 12
    assert TH.weekday("วันจันทร์") == 0 and TH.weekday("วันอาทิตย์ที่") == 6
    assert TH.cue_type("จังหวัด") == "admin1" and TH.cue_type("อำเภอ") == "region"
    assert {"แถลง", "ระบุ", "กล่าว", "เปิดเผย"} <= TH.speech_verbs
    assert {"สำนักข่าวไทย", "ไทยรัฐ", "มติชน", "ข่าวสด", "เดลินิวส์", "ไทยพีบีเอส"} <= TH.stop_names
    assert TH.numbers.value("ยี่สิบ") == 20 and TH.numbers.value("ล้าน") == 1_000_000


# -- places inside runs -----------------------------------------------------------------------------------------


def test_names_inside_runs_with_cue_words_before_them(gaz) -> None:
    rows = _rows(gaz, BOMB, "th")
    assert (rows["ระแงะ"]["name"], rows["ระแงะ"]["country"], rows["ระแงะ"]["role"]) == ("Ra-ngae", "TH", "event")
    assert rows["นราธิวาส"]["country"] == "TH"
    spotter = GazetteerSpotter(gaz)
    mentions = {m.surface: m for m in spotter.spot(make_document("เกิดเหตุยิงกันที่อำเภอรือเสาะจังหวัดนราธิวาส", lang="th"))}
    # The cue written onto the name is the mention's cue, the name alone its surface.
    assert (mentions["รือเสาะ"].cue, mentions["รือเสาะ"].cue_feature) == ("อำเภอ", "region")
    assert (mentions["นราธิวาส"].cue, mentions["นราธิวาส"].cue_feature) == ("จังหวัด", "admin1")


def test_a_cue_vouches_for_a_short_or_obscure_name(gaz) -> None:
    found = _found(gaz, "ความขัดแย้งเรื่องที่ดินยังคงเกิดขึ้นในประเทศไทย", "th")
    assert found["ไทย"][:3] == ("Thailand", "TH", "country")
    found = _found(gaz, "คนร้ายวางระเบิดที่ตำบลบันนังสตา อำเภอบันนังสตา จังหวัดยะลา", "th")
    assert found["บันนังสตา"][1] == "TH" and found["จังหวัดยะลา"][:2] == ("Yala", "TH")
    assert _found(gaz, "นายกรัฐมนตรีเดินทางไปกรุงพนมเปญเมื่อวานนี้", "th")["พนมเปญ"][:2] == ("Phnom Penh", "KH")


def test_no_name_inside_a_syllable_or_a_word(gaz) -> None:
    # กล่าวหา ("accused") holds ล่าว, Laos only without its tone mark; ทะเลาะ ("to quarrel") is no sea ทะเล.
    assert _found(gaz, "โฆษกกล่าวหาว่าทั้งสองฝ่ายทะเลาะกันเรื่องที่ดิน", "th") == {}


def test_agencies_and_common_words_are_no_places(gaz) -> None:
    found = _found(gaz, "สำนักข่าวไทยรายงานว่ารัฐบาลจะสร้างท่าเรือแห่งใหม่ในภาคใต้", "th")
    assert found == {}  # no place in the agency's name, the port (ท่าเรือ) or the South (no district of Botswana)


# -- roles --------------------------------------------------------------------------------------------------------


def test_roles(gaz) -> None:
    assert _found(gaz, "สงขลา - ชาวบ้านหลายร้อยคนชุมนุมคัดค้านโครงการท่าเรือเมื่อวันเสาร์", "th")["สงขลา"][3] == "dateline"
    assert _found(gaz, "กัมพูชา ระบุว่า การเจรจาจะดำเนินต่อไปในสัปดาห์หน้า", "th")["กัมพูชา"][3] == "actor"
    assert _found(gaz, "ฝนตกหนักทำให้ถนนหลายสายในเชียงใหม่ถูกน้ำท่วมเมื่อวันอังคาร", "th")["เชียงใหม่"][3] == "event"
    assert _found(gaz, "ในทศวรรษ 1990 เชียงใหม่เป็นเมืองเล็กที่เงียบสงบ", "th")["เชียงใหม่"][3] == "historical"


# -- dates ---------------------------------------------------------------------------------------------------------


def _dates(text: str, pub: dt.date | None = PUBLISHED) -> list[tuple[str, str, int]]:
    return [(r.text, str(r.date), r.time_precision) for r in time_refs(text, TH, pub)]


def test_buddhist_era_years_and_weekday_with_its_date() -> None:
    assert _dates("เมื่อวันจันทร์ที่ 3 มิถุนายน 2567 เกิดเหตุ") == [("วันจันทร์ที่ 3 มิถุนายน 2567", "2024-06-03", 1)]
    assert _dates("เหตุเกิดเมื่อ 15/3/2567 ตอนเช้า")[0][:2] == ("15/3/2567 ตอนเช้า", "2024-03-15")
    refs = time_refs("ในปี 2566 มีเหตุรุนแรงลดลง", TH, PUBLISHED)
    assert [(r.text, r.date, r.kind, r.historical) for r in refs] == [("2566", dt.date(2023, 1, 1), "year", True)]
    assert _dates("ค.ศ. 2024 และปี 2023")[-1][1] == "2023-01-01"  # Gregorian years stay Gregorian


def test_abbreviated_months_two_digit_years_and_thai_digits() -> None:
    assert _dates("เมื่อ 3 มิ.ย. 67 เวลา 10.30 น.")[0] == ("3 มิ.ย. 67", "2024-06-03", 1)
    assert _dates("วันที่ ๕ ธ.ค. ๖๖ ฝนตกหนัก")[0][:2] == ("๕ ธ.ค. ๖๖", "2023-12-05")
    assert publication_date("ยะลา 4 มิ.ย. 67 - เกิดเหตุยิงกันในตัวเมือง", TH) == PUBLISHED
    # The abbreviation needs its dots: ก.พ. is February, a bare กพ is not.
    assert _dates("เมื่อ 9 ก.พ. 67") == [("9 ก.พ. 67", "2024-02-09", 1)]
    assert _dates("เมื่อ 9 กพ") == []


def test_relative_days_and_periods() -> None:
    found = _dates("เมื่อวานนี้ ตำรวจเปิดเผยว่าเมื่อสัปดาห์ที่แล้วและ 3 วันก่อนมีเหตุยิง")
    assert found == [("เมื่อวานนี้", "2024-06-03", 1), ("สัปดาห์ที่แล้ว", "2024-05-27", 2),
                     ("3 วันก่อน", "2024-06-01", 1)]


# -- numbers -------------------------------------------------------------------------------------------------------


def test_numbers_with_counters() -> None:
    got = [(q.text, q.value) for q in quantities("ทหารสองนาย ตำรวจสิบเอ็ดคน และชาวบ้านยี่สิบห้าราย 12 ราย ๗ คน", TH)]
    assert got == [("สอง", 2), ("สิบเอ็ด", 11), ("ยี่สิบห้า", 25), ("12", 12), ("๗", 7)]
    (vague,) = quantities("ชาวบ้านหลายสิบคนต้องอพยพ", TH)
    assert (vague.value, vague.vague) == (20, True)
    assert value_of("สามพัน", TH) == 3000


def test_number_words_inside_other_words_are_no_numbers() -> None:
    # สามารถ "can", ห้าม "forbid", พันธมิตร "ally", ร้อยตำรวจเอก "police captain", สิบเอก "sergeant"
    text = "เจ้าหน้าที่ไม่สามารถเข้าพื้นที่ได้ ห้ามประชาชนออกจากบ้าน พันธมิตรของรัฐบาล ร้อยตำรวจเอกสมชาย และสิบเอกสมศักดิ์"
    assert quantities(text, TH) == []


def test_a_buddhist_era_year_is_no_count() -> None:
    assert [q.value for q in quantities("ตั้งแต่ปี 2547 มีผู้เสียชีวิต 7,000 คน", TH)] == [7000]


# -- events --------------------------------------------------------------------------------------------------------


def test_event_words() -> None:
    lex = event_lexicon("th")
    assert [(t.text, t.sub_event_type) for t in lex.triggers(BOMB)] == [
        ("ลอบวางระเบิด", "Remote explosive/landmine/IED")]
    assert [h.label for h in lex.outcomes(BOMB)] == ["killed", "wounded"]
    # ดับ alone also puts out fires (ดับเพลิง, firefighting) and lights (ไฟดับ, a blackout): only its compounds kill.
    assert [(h.text, h.label) for h in lex.outcomes("ชายคนหนึ่งถูกยิงดับคาบ้าน")] == [("ยิงดับ", "killed")]
    assert lex.outcomes("เจ้าหน้าที่ดับเพลิง 30 นายเข้าควบคุมเพลิงหลังไฟดับทั้งเมือง") == []


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


def test_a_bombing_with_its_toll(ex) -> None:
    events = ex(BOMB, publication_date=PUBLISHED)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.country, row.event_date) == (
        "Remote explosive/landmine/IED", "Ra-ngae", "Thailand", dt.date(2024, 6, 3))
    assert row.fatalities == 2 and row.lang == "th"
    assert row.actor2 == "Military Forces of Thailand"


def test_a_shooting_dated_by_a_weekday(ex) -> None:
    text = "ปัตตานี - มือปืนลอบยิงครูเสียชีวิต 1 ราย ที่อำเภอหนองจิก เมื่อวันอาทิตย์ ตำรวจเร่งติดตามตัวคนร้าย"
    events = ex(text, publication_date=PUBLISHED)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.location, row.fatalities, row.event_date) == ("Nong Chik", 1, dt.date(2024, 6, 2))
    assert row.sub_event_type in ("Attack", "Armed clash")
