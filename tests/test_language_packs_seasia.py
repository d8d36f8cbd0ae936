"""The Burmese, Khmer, Tagalog and Sinhala packs: places inside runs written without spaces (cue words after the
name in Burmese, before it in Khmer; names the index lacks in those scripts as the packs' abbreviations), Sinhala
case endings and zero-width joiners, Tagalog's "Hindi" ("not"), stop names, roles, dates, numbers and events.

Every sentence here was written for these tests (fictional but plausible news about real places of the region).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

from geomap.events import Extractor
from geomap.events.dates import time_refs
from geomap.events.lexicon import event_lexicon
from geomap.events.numbers import quantities
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack, language_code
from geomap.text.tokens import tokenize
from geomap.text.unspaced import split_run

PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(r.text, str(r.date)) for r in time_refs(text, get_pack(lang), PUBLISHED)]


def _counts(text: str, lang: str) -> list[tuple[str, int]]:
    return [(q.text, q.value) for q in quantities(text, get_pack(lang))]


# -- the packs are picked ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "name", "text"), [
    ("my", "Burmese", "မြို့တော်ဝန်က တံတားပြုပြင်ရေးလုပ်ငန်းများ နှစ်ပတ်အတွင်း ပြီးစီးမည်ဟု ပြောကြားသည်။"),
    ("km", "Khmer", "អភិបាលក្រុងបាននិយាយថា ការងារជួសជុលស្ពាននឹងបញ្ចប់ក្នុងរយៈពេលពីរសប្តាហ៍ខាងមុខ។"),
    ("tl", "Tagalog", "Sinabi ng alkalde na matatapos ang pagkukumpuni ng tulay sa loob ng dalawang linggo."),
    ("si", "Sinhala", "පාලම අලුත්වැඩියා කිරීමේ කටයුතු සති දෙකකින් අවසන් වන බව නගරාධිපති පැවසීය."),
])
def test_language_is_detected_and_has_its_pack(lang: str, name: str, text: str) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack is get_pack(lang) and pack.name == name


def test_filipino_is_tagalog() -> None:
    assert language_code("fil") == "tl" and get_pack("fil") is get_pack("tl")
    assert event_lexicon("fil-PH").lang == "tl"


# -- Tagalog --------------------------------------------------------------------------------------------------


def test_hindi_is_not_india(gaz) -> None:
    text = "Hindi bababa sa limang tao ang nasawi sa pagsabog sa Cotabato noong Lunes, ayon sa pulisya ng Maynila."
    found = _found(gaz, text, "tl")
    assert "Hindi" not in found
    assert found["Cotabato"][1] == "PH" and found["Maynila"][:2] == ("Manila", "PH")
    assert _found(gaz, "Hindi pa malinaw kung sino ang nasa likod ng pag-atake sa Marawi.", "tl") == {
        "Marawi": ("Marawi City", "PH", "city", "event")}


def test_tagalog_common_words_at_sentence_start_are_no_places(gaz) -> None:
    # lima "five" (Lima), labanan "battle" (Lebanon), mali "wrong" (Mali), bata "child" (Bata)
    for text in ("Lima ang sugatan sa sunog.", "Labanan ang sumiklab sa bundok.", "Mali ang naunang ulat.",
                 "Bata pa ang suspek ayon sa pulisya."):
        assert _found(gaz, text, "tl") == {}, text


def test_tagalog_roles(gaz) -> None:
    # A verb-first clause: the place after "ng" is the verb's doer.
    beijing = _found(gaz, "Itinanggi ng Beijing na may barko itong pumasok sa karagatan ng bansa.", "tl")["Beijing"]
    assert beijing[3] == "actor"
    found = _found(gaz, "Binomba ng Russia ang Kharkiv noong Lunes.", "tl")
    assert (found["Russia"][3], found["Kharkiv"][3]) == ("actor", "event")
    # "ng" also means "of": the residents of two provinces are no actors.
    found = _found(gaz, "Lumikas ang mga residente ng Lanao del Sur at Negros Occidental.", "tl")
    assert {f[3] for f in found.values()} == {"event"} and len(found) == 2
    assert _found(gaz, "Noong dekada 1970, ang Zamboanga ay isang tahimik na bayan.", "tl")["Zamboanga"][3] == (
        "historical")


def test_tagalog_dates_and_numbers() -> None:
    assert _dates("Noong Marso 5, 2024, inatake ang kampo.", "tl") == [("Marso 5, 2024", "2024-03-05")]
    assert _dates("Naganap ito noong ika-4 ng Marso.", "tl") == [("4 ng Marso", "2024-03-04")]
    assert _dates("Kahapon ng umaga at tatlong araw na ang nakalipas", "tl") == [
        ("Kahapon ng umaga", "2024-03-05"), ("tatlong araw na ang nakalipas", "2024-03-03")]
    assert _counts("limang sundalo, dalawampu't limang sibilyan at 12 pulis", "tl") == [
        ("limang", 5), ("dalawampu't limang", 25), ("12", 12)]


# -- Sinhala --------------------------------------------------------------------------------------------------


def test_sinhala_words_keep_their_zero_width_joiner() -> None:
    assert [t.text for t in tokenize("ශ්‍රී ලංකාවේ ඊශ්‍රායලය")] == ["ශ්‍රී", "ලංකාවේ", "ඊශ්‍රායලය"]


def test_sinhala_case_endings_lead_back_to_the_name(gaz) -> None:
    found = _found(gaz, "යාපනයේදී සහ ත්‍රිකුණාමලයට යන මාර්ගයේ ගැටුම් ඇති විය.", "si")
    assert found["යාපනයේදී"][:2] == ("Jaffna", "LK") and found["ත්‍රිකුණාමලයට"][:2] == ("Trincomalee", "LK")
    # ගාල්ලේ reads as the Latin key of Galle, which the index does not spell so: its dictionary form is looked up.
    found = _found(gaz, "ගාල්ලේ සහ මහනුවරදී විරෝධතා පැවැත්විණි.", "si")
    assert found["ගාල්ලේ"][:2] == ("Galle", "LK") and found["මහනුවරදී"][:2] == ("Kandy", "LK")
    found = _found(gaz, "ශ්‍රී ලංකාවේ උතුරු පළාතේ සහ මඩකලපුව දිස්ත්‍රික්කයේ ගංවතුර තත්ත්වයක් ඇති විය.", "si")
    assert found["ශ්‍රී ලංකාවේ"][:2] == ("Sri Lanka", "LK")
    assert found["උතුරු පළාතේ"][:3] == ("Northern Province", "LK", "admin1")
    assert found["මඩකලපුව"][:2] == ("Batticaloa", "LK")


def test_sinhala_common_words_are_no_places(gaz) -> None:
    # උතුරු "northern" alone, පාන්දර "dawn" (a spelling of Panadura), අද "today"
    assert _found(gaz, "අද පාන්දර උතුරු මුහුදේ තද සුළං ඇති විය.", "si") == {}


def test_sinhala_roles(gaz) -> None:
    assert _found(gaz, "ගාල්ල -- සෙනසුරාදා ධීවරයින් සිය ගණනක් විරෝධතාවයක නිරත වූහ.", "si")["ගාල්ල"][3] == "dateline"
    assert _found(gaz, "ඉන්දියාව පැවසුවේ සාකච්ඡා ලබන සතියේ දිගටම පවත්වන බවයි.", "si")["ඉන්දියාව"][3] == "actor"
    assert _found(gaz, "1980 දශකයේදී යාපනය සාමකාමී නගරයක් විය.", "si")["යාපනය"][3] == "historical"


def test_sinhala_dates_and_numbers() -> None:
    assert _dates("සඳුදා ගැටුම් ඇති විය. මාර්තු 2 වැනිදා ද එසේ විය.", "si") == [
        ("සඳුදා", "2024-03-04"), ("මාර්තු 2", "2024-03-02")]
    assert _dates("ඊයේ සහ පසුගිය සතියේ", "si") == [("ඊයේ", "2024-03-05"), ("පසුගිය සතියේ", "2024-02-26")]
    assert _counts("පස් දෙනෙකු සහ දෙදෙනෙකු මිය ගිය අතර 12 දෙනෙකු තුවාල ලැබූහ.", "si") == [
        ("පස්", 5), ("දෙදෙනෙකු", 2), ("12", 12)]


# -- Khmer ----------------------------------------------------------------------------------------------------


def test_khmer_names_inside_runs(gaz) -> None:
    text = "កាលពីថ្ងៃច័ន្ទ មានការប៉ះទង្គិចគ្នានៅខេត្តបាត់ដំបង ហើយភ្នំពេញបានច្រានចោលការចោទប្រកាន់នោះ។"
    found = _found(gaz, text, "km")
    # Battambang province: a name the index writes in Latin only, the pack's abbreviation, after its cue word.
    assert found["បាត់ដំបង"][1:] == ("KH", "admin1", "event")
    # Phnom Penh denied: the verb is written onto the name in the same run.
    assert found["ភ្នំពេញ"][:2] == ("Phnom Penh", "KH") and found["ភ្នំពេញ"][3] == "actor"
    found = _found(gaz, "ក្រុងសៀមរាប និងខេត្តព្រះវិហារ ស្ថិតនៅភាគខាងជើងនៃប្រទេសកម្ពុជា។", "km")
    assert found["ក្រុងសៀមរាប"][:2] == ("Siem Reap", "KH") and found["ព្រះវិហារ"][2] == "admin1"
    assert found["កម្ពុជា"][:3] == ("Cambodia", "KH", "country")


def test_khmer_zero_width_spaces_separate_words(gaz) -> None:
    # Khmer typists mark word breaks with U+200B: it lies between tokens as a space does.
    text = "មានការប៉ះទង្គិចគ្នា\u200bនៅ\u200bខេត្ត\u200bបាត់ដំបង ហើយ\u200bភ្នំពេញ\u200bបាន\u200bច្រានចោល\u200bការ\u200bចោទប្រកាន់។"
    assert [t.text for t in tokenize("នៅ\u200bខេត្ត\u200bបាត់ដំបង")] == ["នៅ", "ខេត្ត", "បាត់ដំបង"]
    found = _found(gaz, text, "km")
    assert (found["បាត់ដំបង"][2:], found["ភ្នំពេញ"][3]) == (("admin1", "event"), "actor")


def test_khmer_words_that_hold_a_name_are_no_places(gaz) -> None:
    # ប្រជាពលរដ្ឋ "citizens" holds រដ្ឋ "state"; the radio's name holds no place; កណ្តាលអធ្រាត្រ "midnight"
    text = "វិទ្យុអាស៊ីសេរីរាយការណ៍ថា ប្រជាពលរដ្ឋបានតវ៉ានៅកណ្តាលអធ្រាត្រ។"
    assert _found(gaz, text, "km") == {}


def test_khmer_roles(gaz) -> None:
    assert _found(gaz, "សៀមរាប -- កសិកររាប់រយនាក់បានធ្វើបាតុកម្មកាលពីថ្ងៃសៅរ៍។", "km")["សៀមរាប"][3] == "dateline"
    thailand = _found(gaz, "ថៃ បាននិយាយថា កិច្ចចរចានឹងបន្តនៅសប្តាហ៍ក្រោយ។", "km")["ថៃ"]
    assert (thailand[1], thailand[3]) == ("TH", "actor")
    assert _found(gaz, "ក្នុងទសវត្សរ៍ 1990 ក្រុងកំពតជាក្រុងតូចមួយដ៏ស្ងប់ស្ងាត់។", "km")["ក្រុងកំពត"][3] == "historical"


def test_khmer_dates_and_numbers() -> None:
    assert _dates("នៅថ្ងៃទី២ ខែមីនា និងកាលពីថ្ងៃច័ន្ទ", "km") == [("២ ខែមីនា", "2024-03-02"),
                                                               ("ថ្ងៃច័ន្ទ", "2024-03-04")]
    assert _dates("កាលពីម្សិលមិញ និង៣ថ្ងៃមុន", "km") == [("ម្សិលមិញ", "2024-03-05"), ("៣ថ្ងៃមុន", "2024-03-03")]
    # Number words inside a run count only before a counter (នាក់, persons): ពីរ "two" of ពីរនាក់, not of ពីរោះ.
    assert _counts("ទាហានពីរនាក់ អ្នកភូមិ ១២ នាក់ និងដប់ប្រាំនាក់ទៀត", "km") == [("ពីរ", 2), ("១២", 12), ("ដប់ប្រាំ", 15)]


# -- Burmese --------------------------------------------------------------------------------------------------


def test_burmese_names_inside_runs(gaz) -> None:
    text = "ရန်ကုန်မြို့တွင် ဗုံးပေါက်ကွဲမှုဖြစ်ပွားပြီး လူ ၅ ဦး သေဆုံးခဲ့သည်ဟု နေပြည်တော်က ပြောကြားသည်။"
    found = _found(gaz, text, "my")
    assert found["ရန်ကုန်မြို့"][:2] == ("Yangon", "MM") and found["ရန်ကုန်မြို့"][3] == "event"
    # Naypyidaw, which the index lacks in Burmese letters, speaks with the particle written onto it.
    assert found["နေပြည်တော်"][:2] == ("Nay Pyi Taw", "MM") and found["နေပြည်တော်"][3] == "actor"
    found = _found(gaz, "စစ်ကိုင်းတိုင်းဒေသကြီး မုံရွာမြို့နယ်တွင် တိုက်ပွဲဖြစ်ပွားသည်။", "my")
    assert found["စစ်ကိုင်း"][:3] == ("Sagaing", "MM", "admin1") and found["မုံရွာ"][:2] == ("Monywa", "MM")
    assert found["မုံရွာ"][3] == "event"  # ကြီး of the region's cue word is no subject particle က


def test_a_letter_keeps_its_marks_in_a_run() -> None:
    text = "ဒေသကြီး"
    assert [text[a:b] for a, b in split_run(text, {"က"})] == ["ဒေ", "သ", "ကြီး"]


def test_burmese_agencies_are_no_places(gaz) -> None:
    assert _found(gaz, "ဧရာဝတီသတင်းက ကလေးငယ်များ ကျောင်းတက်ရန် အခက်အခဲရှိကြောင်း ရေးသားသည်။", "my") == {}


def test_burmese_roles(gaz) -> None:
    found = _found(gaz, "မန္တလေး -- စနေနေ့က ကုန်ဈေးနှုန်းမြင့်တက်မှုကို ကန့်ကွက်ရန် လူရာပေါင်းများစွာ စုဝေးခဲ့ကြသည်။", "my")
    assert found["မန္တလေး"][3] == "dateline"
    assert _found(gaz, "ထိုင်းနိုင်ငံက စွပ်စွဲချက်ကို ငြင်းဆိုသည်။", "my")["ထိုင်း"][3] == "actor"
    assert _found(gaz, "၁၉၈၀ ပြည့်လွန်နှစ်များတွင် ရန်ကုန်သည် ငြိမ်သက်သော မြို့ဖြစ်သည်။", "my")["ရန်ကုန်"][3] == "historical"


def test_burmese_dates_and_numbers() -> None:
    assert _dates("တနင်္လာနေ့က နှင့် မတ်လ ၂ ရက်နေ့တွင်", "my") == [("တနင်္လာနေ့က", "2024-03-04"), ("မတ်လ ၂", "2024-03-02")]
    assert _dates("မနေ့က နှင့် ၃ ရက်က", "my") == [("မနေ့က", "2024-03-05"), ("၃ ရက်က", "2024-03-03")]
    # နှစ် is "two" and "year": alone (ခုနှစ်, the era's year) it counts nothing.
    assert _counts("၂၀၂၄ ခုနှစ်တွင် စစ်သားနှစ်ဦး နှင့် အရပ်သား ၁၂ ဦး", "my") == [("နှစ်ဦး", 2), ("၁၂", 12)]


# -- events ---------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("lang", "text", "sub", "place", "killed"), [
    ("tl", "Limang sundalo ang nasawi at tatlo ang sugatan nang tambangan sila ng mga rebelde sa Jolo noong "
           "Lunes.", "Armed clash", "Jolo", 5),
    ("si", "සඳුදා මඩකලපුව දිස්ත්‍රික්කයේ සිදු වූ බෝම්බ පිපිරීමකින් සොල්දාදුවන් තිදෙනෙකු මිය ගියහ.",
     "Remote explosive/landmine/IED", "Batticaloa", 3),
    ("km", "កាលពីថ្ងៃច័ន្ទ ទាហានពីរនាក់បានស្លាប់ ដោយសារការផ្ទុះគ្រាប់មីននៅខេត្តព្រះវិហារ។",
     "Remote explosive/landmine/IED", "Preah Vihéar", 2),
    ("my", "တနင်္လာနေ့က ရခိုင်ပြည်နယ် စစ်တွေမြို့တွင် လေကြောင်းတိုက်ခိုက်မှုကြောင့် အရပ်သား ၇ ဦး သေဆုံးခဲ့သည်။",
     "Air/drone strike", "Sittwe", 7),
])
def test_an_event_with_its_place_date_and_toll(ex, lang, text, sub, place, killed) -> None:
    events = ex(text, publication_date=PUBLISHED)
    assert len(events) == 1, events[["location", "sub_event_type"]]
    row = events.iloc[0]
    assert (row.lang, row.sub_event_type, row.location) == (lang, sub, place)
    assert (row.fatalities, row.event_date) == (killed, dt.date(2024, 3, 4))
