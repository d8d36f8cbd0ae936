"""The Hindi, Urdu and Bengali packs: what each one makes the geoparser and the event reader get right.

Every sentence here was written for these tests (fictional but plausible news about real places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import PUBLISHED
from helpers import found as _found

import geomap
from geomap.events import Extractor
from geomap.events.dates import publication_date, time_refs
from geomap.events.lexicon import event_lexicon
from geomap.events.numbers import quantities, value_of
from geomap.text.language import detect
from geomap.text.packs import get_pack

PUB = dt.date(2024, 3, 10)


# -- Hindi: places ------------------------------------------------------------------------------------------------


def test_hindi_state_written_with_a_hyphen_and_a_district_cue_after_the_name(gaz) -> None:
    found = _found(gaz, "श्रीनगर (पीटीआई) - जम्मू-कश्मीर के अनंतनाग जिले में सोमवार को मुठभेड़ में सेना के दो "
                        "जवान शहीद हो गए।", "hi")
    assert found["श्रीनगर"][:2] == ("Srinagar", "IN") and found["श्रीनगर"][3] == "dateline"
    assert found["जम्मू-कश्मीर"][:3] == ("Jammu and Kashmir", "IN", "admin1")
    assert found["अनंतनाग"][:2] == ("Anantnag", "IN") and found["अनंतनाग"][3] == "event"
    assert "पीटीआई" not in found and "सोमवार" not in found and "सेना" not in found


def test_hindi_district_the_gazetteer_lacks_is_kept_by_its_cue_word_after_it(gaz) -> None:
    df = geomap.geoparse("बांदीपोरा जिले में तलाशी अभियान जारी है, जबकि जिला अस्पताल में घायलों का इलाज चल रहा है।",
                         lang="hi", publication_date=PUBLISHED, gazetteer=gaz)
    assert list(df["surface"]) == ["बांदीपोरा"]  # not "अस्पताल" (hospital) after "जिला"
    assert df.iloc[0]["role"] == "event"


def test_hindi_names_the_gazetteer_writes_in_latin_letters_only(gaz) -> None:
    found = _found(gaz, "बारामूला और कुपवाड़ा में तलाशी अभियान जारी है, जबकि पुंछ जिले और राजौरी के पास सेना तैनात है।",
                   "hi")
    assert found["कुपवाड़ा"][:2] == ("Kupwāra", "IN")  # kupwara: व as w, ड़ as r
    assert found["पुंछ"][:2] == ("Pūnch", "IN") and found["राजौरी"][:2] == ("Rajaori", "IN")
    assert found["बारामूला"][1] == "IN"  # opens the list that "में" closes
    assert all(role == "event" for *_, role in found.values())
    assert "सेना" not in found and "अभियान" not in found  # no postposition, no cue: common words stay words


def test_hindi_states_and_provinces_of_india_and_pakistan(gaz) -> None:
    found = _found(gaz, "उत्तर प्रदेश और बिहार में भारी बारिश हुई, जबकि खैबर पख्तूनख्वा प्रांत में बर्फ गिरी।", "hi")
    assert found["उत्तर प्रदेश"][:3] == ("Uttar Pradesh", "IN", "admin1")  # not a town with a stray alias
    assert found["बिहार"][:3] == ("Bihar", "IN", "admin1")
    assert found["खैबर पख्तूनख्वा"][1:3] == ("PK", "admin1")
    assert all(role == "event" for *_, role in found.values())


def test_hindi_postpositions_locate_and_speech_verbs_make_actors(gaz) -> None:
    found = _found(gaz, "पाकिस्तान ने कहा कि दिल्ली में हुई बैठक के बाद लखनऊ के अनुसार हालात सामान्य हैं।", "hi")
    assert found["पाकिस्तान"][3] == "actor"  # "ने कहा": said
    assert found["दिल्ली"][3] == "event"  # "में": in Delhi, inside the reported clause
    assert found["लखनऊ"][3] == "actor"  # "के अनुसार": according to, after its source


def test_hindi_genitive_owner_of_a_speaking_ministry_and_an_accused_country(gaz) -> None:
    found = _found(gaz, "चीन के विदेश मंत्रालय ने कहा कि भारत ने पाकिस्तान पर घुसपैठ का आरोप लगाया।", "hi")
    assert found["चीन"][:2] == ("China", "CN") and found["चीन"][3] == "actor"
    assert found["भारत"][3] == "actor" and found["पाकिस्तान"][3] == "actor"


# -- Urdu: places -------------------------------------------------------------------------------------------------


def test_urdu_province_and_district_cue_before_the_name(gaz) -> None:
    found = _found(gaz, "پشاور (اے پی پی) - خیبر پختونخوا کے ضلع بنوں میں پولیس چوکی پر حملے میں 5 اہلکار شہید "
                        "ہو گئے۔", "ur")
    assert found["پشاور"][:2] == ("Peshawar", "PK") and found["پشاور"][3] == "dateline"
    assert found["خیبر پختونخوا"][1:3] == ("PK", "admin1")
    assert found["بنوں"][:2] == ("Bannu", "PK") and found["بنوں"][3] == "event"
    assert "اے پی پی" not in found and "پولیس" not in found


def test_urdu_regions_of_pakistan(gaz) -> None:
    found = _found(gaz, "گلگت بلتستان اور آزاد کشمیر میں شدید برفباری ہوئی، جبکہ سندھ میں گرمی رہی۔", "ur")
    assert found["گلگت بلتستان"][1:3] == ("PK", "admin1")
    assert found["آزاد کشمیر"][:3] == ("Azad Kashmir", "PK", "admin1")
    assert found["سندھ"][1:3] == ("PK", "admin1")


def test_urdu_roles(gaz) -> None:
    found = _found(gaz, "بھارت نے کہا کہ لاہور میں مذاکرات ہوں گے، تاہم کابل کے مطابق پاکستان پر الزام عائد کیا گیا۔",
                   "ur")
    assert found["بھارت"][3] == "actor" and found["کابل"][3] == "actor"
    assert found["لاہور"][3] == "event"
    assert found["پاکستان"][3] == "actor"


def test_an_unknown_district_before_its_cue_word_in_urdu(gaz) -> None:
    df = geomap.geoparse("کوہلو ضلع میں فائرنگ سے دو افراد زخمی ہو گئے۔", lang="ur", publication_date=PUBLISHED,
                         gazetteer=gaz)
    assert "کوہلو" in set(df["surface"])


# -- Bengali: places ----------------------------------------------------------------------------------------------


def test_bengali_case_endings_on_names(gaz) -> None:
    found = _found(gaz, "ঢাকা (বাসস) - কুমিল্লায় সোমবার একটি বোমা বিস্ফোরণে পাঁচজন নিহত হয়েছেন। ঢাকার মতে সিলেটে "
                        "বৃষ্টি হয়েছে।", "bn")
    assert found["ঢাকা"][:2] == ("Dhaka", "BD") and found["ঢাকা"][3] == "dateline"
    assert found["কুমিল্লায়"][:2] == ("Comilla", "BD") and found["কুমিল্লায়"][3] == "event"  # in Comilla
    assert found["ঢাকার"][:2] == ("Dhaka", "BD") and found["ঢাকার"][3] == "actor"  # according to Dhaka
    assert found["সিলেটে"][:2] == ("Sylhet", "BD")
    assert "বাসস" not in found and "বোমা" not in found  # the agency; "bomb" is not Boma in Congo


def test_bengali_district_the_gazetteer_lacks_before_its_inflected_cue_word(gaz) -> None:
    df = geomap.geoparse("সাতক্ষীরা জেলায় ঘূর্ণিঝড়ে বহু ঘর ভেঙে গেছে।", lang="bn", publication_date=PUBLISHED,
                         gazetteer=gaz)
    assert list(df["surface"]) == ["সাতক্ষীরা"] and df.iloc[0]["role"] == "event"


# -- language identification --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("hi", "जम्मू में पुलिस ने दो संदिग्धों को गिरफ्तार किया और उनके पास से हथियार बरामद किए।"),
    ("hi", "मुंबई में भारी बारिश के कारण कई इलाकों में पानी भर गया।"),
    ("ur", "لاہور میں پولیس نے دو مشتبہ افراد کو گرفتار کر کے اسلحہ برآمد کر لیا۔"),
    ("ur", "کراچی میں شدید بارش کے بعد کئی علاقے زیر آب آ گئے۔"),
    ("bn", "চট্টগ্রামে পুলিশ দুই সন্দেহভাজনকে গ্রেপ্তার করে তাদের কাছ থেকে অস্ত্র উদ্ধার করেছে।"),
])
def test_language_is_detected(lang: str, text: str) -> None:
    assert detect(text) == lang


# -- dates and numbers --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("hi", "हमला मंगलवार, 5 मार्च 2024 को हुआ।", "2024-03-05"),
        ("hi", "हमला १५ फरवरी २०२४ को हुआ।", "2024-02-15"),
        ("hi", "सोमवार को मुठभेड़ हुई।", "2024-03-04"),
        ("hi", "कल रात धमाका हुआ।", "2024-03-09"),
        ("hi", "तीन दिन पहले गोदाम में आग लगी।", "2024-03-07"),
        ("hi", "फरवरी में बाढ़ आई।", "2024-02-01"),
        ("ur", "حملہ منگل، 5 مارچ 2024ء کو ہوا۔", "2024-03-05"),
        ("ur", "حملہ ۱۵ فروری ۲۰۲۴ کو ہوا۔", "2024-02-15"),
        ("ur", "پیر کو جھڑپ ہوئی۔", "2024-03-04"),
        ("ur", "گزشتہ روز دھماکہ ہوا۔", "2024-03-09"),
        ("ur", "تین دن پہلے گودام میں آگ لگی۔", "2024-03-07"),
        ("ur", "فروری میں سیلاب آیا۔", "2024-02-01"),
        ("bn", "হামলাটি ৫ মার্চ ২০২৪ তারিখে হয়।", "2024-03-05"),
        ("bn", "সোমবার সংঘর্ষ হয়।", "2024-03-04"),
        ("bn", "গতকাল রাতে বিস্ফোরণ হয়।", "2024-03-09"),
        ("bn", "তিন দিন আগে গুদামে আগুন লাগে।", "2024-03-07"),
    ],
)
def test_dates(lang: str, text: str, day: str) -> None:
    found = time_refs(text, get_pack(lang), PUB)
    assert day in {str(r.date) for r in found}, [(r.text, r.date) for r in found]


def test_datelines_with_the_urdu_year_mark() -> None:
    assert publication_date("پشاور (6 مارچ 2024ء) - اجلاس ہوا۔", get_pack("ur")) == dt.date(2024, 3, 6)
    assert publication_date("जयपुर, 6 मार्च 2024 - बैठक हुई।", get_pack("hi")) == dt.date(2024, 3, 6)


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [("hi", "पच्चीस", 25), ("hi", "तीन सौ", 300), ("hi", "दो हजार", 2000), ("hi", "दो लाख", 200000),
     ("hi", "१२", 12), ("ur", "پچیس", 25), ("ur", "تین سو", 300), ("ur", "پچیس ہزار", 25000),
     ("ur", "دو سو پچاس", 250), ("ur", "۱۲", 12), ("bn", "পঁচিশ হাজার", 25000), ("bn", "পাঁচজন", 5),
     ("bn", "১২", 12)],
)
def test_number_words(lang: str, words: str, value: int) -> None:
    assert value_of(words, get_pack(lang)) == value


def test_counts_in_native_digits_and_a_number_word_spelled_like_a_function_word() -> None:
    assert [q.value for q in quantities("कम से कम १२ लोग मारे गए और ३४ घायल हुए।", get_pack("hi"))] == [12, 34]
    assert [q.value for q in quantities("کم از کم ۱۲ افراد ہلاک اور ۳۴ زخمی ہوئے۔", get_pack("ur"))] == [12, 34]
    # "اسی" is 80 and "the same": "اسی دوران" is "meanwhile", "اسی افراد" eighty people.
    assert [q.value for q in quantities("اسی دوران 3 افراد ہلاک ہو گئے۔", get_pack("ur"))] == [3]
    assert [q.value for q in quantities("اسی افراد زخمی ہوئے۔", get_pack("ur"))] == [80]


def test_lexicon_words_keep_their_vowel_signs() -> None:
    lex = event_lexicon("hi")
    # "मार" (beat) is no entry: "मारे गए" (were killed) is matched whole, not inside a longer word.
    assert [(h.text, h.label) for h in lex.outcomes("दो जवान मारे गए और तीन घायल हुए।")] == [
        ("मारे गए", "killed"), ("घायल हुए", "wounded")]
    assert [t.sub_event_type for t in lex.triggers("भीषण गोलाबारी जारी रही।")] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("lang", "text", "year"), [
    ("hi", "1990 के दशक में शहर में हिंसा हुई।", 1990), ("ur", "1990 کی دہائی میں شہر میں تشدد ہوا۔", 1990),
    ("bn", "১৯৯০-এর দশকে শহরে সহিংসতা হয়।", 1990)])
def test_decades(lang: str, text: str, year: int) -> None:
    assert [d[2] for d in get_pack(lang).decades(text)] == [year]


# -- events -------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


def test_hindi_encounter_in_a_kashmir_district(ex) -> None:
    events = ex("श्रीनगर, 6 मार्च 2024 - जम्मू-कश्मीर के अनंतनाग जिले में सोमवार को मुठभेड़ में सेना के दो जवान शहीद "
                "हो गए, पुलिस ने बताया।")
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.lang, row.sub_event_type, row.location, row.admin1) == (
        "hi", "Armed clash", "Anantnag", "Jammu and Kashmir")
    assert row.event_date == dt.date(2024, 3, 4) and row.fatalities == 2


def test_urdu_attack_in_bannu(ex) -> None:
    events = ex("پشاور (6 مارچ 2024ء) - خیبر پختونخوا کے ضلع بنوں میں پیر کو پولیس چوکی پر حملے میں 5 اہلکار "
                "شہید ہو گئے، پولیس کے مطابق اسی دوران 3 حملہ آور بھی ہلاک ہو گئے۔")
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.lang, row.location, row.iso) == ("ur", "Bannu", "PK")
    assert row.event_date == dt.date(2024, 3, 4)
    assert sorted(c["number"] for c in row.claims) == [3, 5]  # no 80 from "اسی دوران"


def test_bengali_bomb_blast_in_comilla(ex) -> None:
    events = ex("ঢাকা, ৬ মার্চ ২০২৪ - কুমিল্লায় সোমবার একটি বোমা বিস্ফোরণে পাঁচজন নিহত ও সাতজন আহত হয়েছেন বলে পুলিশ "
                "জানিয়েছে।")
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.lang, row.sub_event_type, row.location, row.iso) == (
        "bn", "Remote explosive/landmine/IED", "Comilla", "BD")
    assert row.event_date == dt.date(2024, 3, 4) and row.fatalities == 5
