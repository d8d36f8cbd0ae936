"""The Kurmanji, Sorani, Tigrinya and Oromo packs: case endings and clitics on names (Kurmanji "Amedê", Sorani
"هەولێردا", Oromo "Adaamaatti"), cue words, the letters that tell Sorani from Urdu and Tigrinya from Amharic, doubled
Oromo vowels, stop names, roles, dates, numbers and events.

Every sentence here was written for these tests (fictional but plausible news about real places of Turkey, Iraq,
Syria, Ethiopia and Eritrea).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

import geomap
from geomap.events import Extractor
from geomap.events.dates import time_refs
from geomap.events.numbers import quantities
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import available, get_pack

KU = "Li Amedê roja duşemê teqînek çêbû û li Qamişloyê pênc kes hatin kuştin."
CKB = "لە شاری سلێمانی ڕۆژی دووشەممە تەقینەوەیەک ڕوویدا و پێنج کەس کوژران."
TI = "ኣብ መቐለ ሰኑይ ብዝተፈጸመ መጥቃዕቲ ሓሙሽተ ሰባት ተቐቲሎም፡ ኣስመራ ከሲሳ።"
OM = "Magaalaa Adaamaa keessatti Wiixata dabre waraanaan namoonni shan ajjeefaman."
PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("lang", "text"), [("ku", KU), ("ckb", CKB), ("ti", TI), ("om", OM)])
def test_language_is_detected_and_has_its_pack(lang: str, text: str) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack is get_pack(lang) and pack.name != "Universal"
    assert {"ku", "ckb", "ti", "om"} <= set(available())


def test_sorani_and_tigrinya_are_told_from_their_neighbours() -> None:
    # The model has no Sorani nor Tigrinya: it says Urdu or Persian, and Amharic.
    assert detect("دوێنێ لە هەولێر خۆپیشاندانێکی گەورە ئەنجامدرا.") == "ckb"
    assert detect("دیروز در اربیل تظاهرات بزرگی برگزار شد.") == "fa"
    assert detect("ኤርትራ ነቲ ክሲ ነጺጋ።") == "ti"
    assert detect("ኤርትራ ክሱን አስተባበለች።") == "am"
    assert detect("دوێنێ لە هەولێر خۆپیشاندان کرا.", candidates=["ar", "fa"]) == "fa"
    assert detect("دوێنێ لە هەولێر خۆپیشاندان کرا.", candidates=["ckb", "ar"]) == "ckb"


def test_pack_words() -> None:
    ku, ckb, ti, om = get_pack("ku"), get_pack("ckb"), get_pack("ti"), get_pack("om")
    assert ku.weekday("duşemê") == 0 and ku.month("Adarê") == 3 and ku.cue_type("bajarê") == "city"
    assert ckb.weekday("دووشەممە") == 0 and ckb.month("ئازاری") == 3 and ckb.cue_type("گوندی") == "village"
    assert ti.weekday("ሰኑይ") == 0 and ti.month("መጋቢት") == 3 and ti.cue_type("ዞባ") == "region"
    assert om.weekday("Wiixata") == 0 and om.month("Bitootessa") == 3 and om.cue_type("godina") == "region"
    assert om.doubled_vowels and not ku.doubled_vowels
    assert "got" in ku.speech_verbs and "ڕایگەیاند" in ckb.speech_verbs and "ከሲሳ" in ti.speech_verbs
    assert "jedhe" in om.speech_verbs


# -- places -----------------------------------------------------------------------------------------------------


def test_kurmanji_oblique_endings(gaz) -> None:
    found = _found(gaz, KU, "ku")
    assert found["Amedê"][:2] == ("Diyarbakır", "TR") and found["Qamişloyê"][:2] == ("Al Qāmishlī", "SY")
    found = _found(gaz, "Gelek malbat ji Şengalê koçî Dihokê û Silêmaniyê kirin.", "ku")
    assert found["Şengalê"][:2] == ("Sinjār", "IQ") and found["Dihokê"][:2] == ("Dihok", "IQ")
    assert found["Silêmaniyê"][:2] == ("Sulaymaniyah", "IQ")  # -iyê: the name ends in î


def test_kurmanji_names_the_index_spells_otherwise(gaz) -> None:
    found = _found(gaz, "Şer li Efrînê berdewam e û polîsan li Stenbolê 12 kes binçav kirin.", "ku")
    assert found["Efrînê"][:2] == ("‘Afrīn", "SY") and found["Stenbolê"][:2] == ("Istanbul", "TR")


def test_sorani_clitic_endings_stay_off_the_name(gaz) -> None:
    df = _rows(gaz, "لە هەولێردا هەزاران کەس خۆپیشاندانیان کرد و هێزەکان لە کەرکووکەوە گەیشتنە دهۆک.", "ckb")
    assert df["هەولێر"][:2] == ("Erbil", "IQ")  # "-دا": the mention is the name without it
    assert df["کەرکووک"][:2] == ("Kirkuk", "IQ")  # "-ەوە", from
    assert df["دهۆک"][:2] == ("Dihok", "IQ")


def test_sorani_cue_word_and_city(gaz) -> None:
    found = _found(gaz, CKB, "ckb")
    assert found["سلێمانی"][:3] == ("Sulaymaniyah", "IQ", "city")
    assert _found(gaz, "لە ساڵانی 1990دا هەڵەبجە شارێکی بچووک بوو.", "ckb")["هەڵەبجە"][:2] == ("Halabja", "IQ")


def test_tigrinya_preposition_is_no_place(gaz) -> None:
    found = _found(gaz, TI, "ti")
    assert "ኣብ" not in found  # "in", not Ibb in Yemen
    assert found["መቐለ"][:2] == ("Mek'ele", "ET") and found["ኣስመራ"][:2] == ("Asmara", "ER")
    found = _found(gaz, "ካብ ትግራይ ዝተመዛበሉ ሰባት ናብ ሱዳን ኣትዮም፡ ፖሊስ ድማ ኣብ ሽረ ዓሰርተ ሰባት ኣሲሩ።", "ti")
    assert found["ትግራይ"][:3] == ("Tigray", "ET", "admin1") and found["ሱዳን"][:2] == ("Sudan", "SD")
    assert found["ሽረ"][:2] == ("Inda Silasē", "ET")  # Shire, which the index knows as Inda Selassie
    found = _found(gaz, "ትማሊ ኣብ ምጽዋዕ ምስ ልኡኽ ሱዳን ተራኺቦም።", "ti")  # "with" joins no names
    assert found["ምጽዋዕ"][:2] == ("Massawa", "ER") and found["ሱዳን"][:2] == ("Sudan", "SD")


def test_oromo_doubled_vowels_and_case_endings(gaz) -> None:
    found = _found(gaz, OM, "om")
    assert found["Adaamaa"][:2] == ("Nazrēt", "ET")  # Adama, written with its long vowels doubled
    found = _found(gaz, "Poolisiin Jimmaatti namoota kudhan hidhe, Hararitti immoo nagaan ture.", "om")
    assert found["Jimmaatti"][:2] == ("Jimma", "ET") and found["Hararitti"][:2] == ("Harar", "ET")
    assert _found(gaz, "Finfinneetti hiriira nagaa taasisan.", "om")["Finfinneetti"][:2] == ("Addis Ababa", "ET")
    assert _found(gaz, "Obbo Shimallis har'a Naqamtee keessatti qonnaan bultoota waliin mari'atan.", "om")[
        "Naqamtee"][:2] == ("Nek’emtē", "ET")


@pytest.mark.parametrize(("lang", "text"), [
    ("ku", "Sal bi sal baran kêm dibe. Bihar hat û Dêr vala ma."),  # year, spring, church: Sal, Bihar, Győr
    ("ckb", "باران و بەفر لە کات و ساتی خۆیدا نەباری و نان گران بوو."),  # rain, time, bread: Herent, Ath, Nan
    ("ti", "ኣቦ ናብ ዕዳጋ ከይዱ ቆልዓ ድማ ኣብ ገዛ ተሪፉ።"),  # father, market, child: Turku, Daga, Koło
    ("om", "Gabaa keessa bishaan hin jiru, mana barumsaa keessas hin jiru."),  # market, water: Gabon, Bishan
])
def test_common_words_are_no_places(gaz, lang: str, text: str) -> None:
    assert _found(gaz, text, lang) == {}


# -- roles ------------------------------------------------------------------------------------------------------


def test_roles(gaz) -> None:
    assert _found(gaz, "HEWLÊR — Hêzên Tirkiyê duh gundekî nêzîkî Zaxoyê bombebaran kirin.", "ku")["HEWLÊR"][3] == (
        "dateline")
    assert _found(gaz, "Tirkiyê îdiayên li ser êrîşê red kirin.", "ku")["Tirkiyê"][3] == "actor"
    assert _found(gaz, "ئێران ڕەتی کردەوە کە هێرشەکەی ئەنجام دابێت.", "ckb")["ئێران"][3] == "actor"
    assert _found(gaz, TI, "ti")["ኣስመራ"][3] == "actor"  # Asmara accused
    assert _found(gaz, "Itoophiyaan Masrii komatte.", "om")["Itoophiyaan"][3] == "actor"
    assert _found(gaz, "Bara 1990moota keessa Bishooftuun magaalaa xiqqaa turte.", "om")["Bishooftuun"][3] == (
        "historical")


# -- dates and numbers --------------------------------------------------------------------------------------------


def test_weekdays_relative_days_and_dates() -> None:
    assert [r.date for r in time_refs(KU, get_pack("ku"), PUBLISHED)] == [dt.date(2024, 3, 11)]
    assert [r.date for r in time_refs("Di 5ê Adarê 2024an de êrîş hat kirin.", get_pack("ku"), PUBLISHED)] == [
        dt.date(2024, 3, 5)]
    assert [r.date for r in time_refs("لە 5ی ئازاری 2024 هێرش کرا.", get_pack("ckb"), PUBLISHED)] == [
        dt.date(2024, 3, 5)]
    assert [r.date for r in time_refs("ትማሊ ኣብ ከረን ሰልፊ ነይሩ።", get_pack("ti"), PUBLISHED)] == [dt.date(2024, 3, 13)]
    assert [r.date for r in time_refs(OM, get_pack("om"), PUBLISHED)] == [dt.date(2024, 3, 11)]


def test_number_words() -> None:
    assert [q.value for q in quantities("bîst û pênc kes", get_pack("ku"))] == [25]
    assert [q.value for q in quantities("بیست و پێنج کەس", get_pack("ckb"))] == [25]
    assert [q.value for q in quantities("ዕስራ ሓሙሽተ ሰባት", get_pack("ti"))] == [25]
    assert [q.value for q in quantities("namoota digdama shan", get_pack("om"))] == [25]


# -- events -------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("text", "location", "country", "sub", "killed", "day"), [
    (KU, "Diyarbakır", "Türkiye", "Remote explosive/landmine/IED", 5, dt.date(2024, 3, 11)),
    (CKB, "Sulaymaniyah", "Iraq", "Remote explosive/landmine/IED", 5, dt.date(2024, 3, 11)),
    (TI, "Mek'ele", "Ethiopia", "Attack", 5, dt.date(2024, 3, 11)),
    ("መቐለ — ትማሊ ኣብ ከተማ ዓዲግራት ብዝተኻየደ ውግእ ሰለስተ ሰባት ተቐቲሎም ሓሙሽተ ድማ ቆሲሎም።", "Ādīgrat", "Ethiopia",
     "Armed clash", 3, dt.date(2024, 3, 13)),
    (OM, "Nazrēt", "Ethiopia", "Armed clash", 5, dt.date(2024, 3, 11)),
    ("HEWLÊR — Hêzên Tirkiyê duh gundekî nêzîkî Zaxoyê bombebaran kirin û du sivîl hatin kuştin.", "Zaxo", "Iraq",
     None, 2, dt.date(2024, 3, 13)),
])
def test_events_with_their_toll(ex, text, location, country, sub, killed, day) -> None:
    events = ex(text, publication_date=PUBLISHED)
    row = events[events.location == location].iloc[0]
    assert (row.country, row.fatalities, row.event_date) == (country, killed, day)
    assert sub is None or row.sub_event_type == sub


def _rows(gaz, text: str, lang: str) -> dict[str, tuple[str, str, str, str]]:
    """Like ``found``, also checking that every mention's surface is the text between its offsets."""
    df = geomap.geoparse(text, lang=lang, publication_date="2024-03-10", gazetteer=gaz)
    assert all(text[s:e] == surface for s, e, surface in zip(df["start"], df["end"], df["surface"], strict=True))
    return {s: (n, c, f, r) for s, n, c, f, r in zip(df["surface"], df["name"], df["country"], df["feature"],
                                                      df["role"], strict=True)}
