"""The Pashto, Nepali and Tamil packs: places with case endings and cue words after them, common words that are no
places, roles, dates, numbers and events.

Every sentence here was written for these tests (fictional but plausible news about real places of the region).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

from geomap.events import Extractor
from geomap.events.dates import time_refs
from geomap.events.numbers import value_of
from geomap.text.language import detect
from geomap.text.packs import get_pack

PUB = dt.date(2024, 3, 10)  # a Sunday


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


# -- places ----------------------------------------------------------------------------------------------------


def test_pashto_province_cue_and_common_words(gaz) -> None:
    found = _found(gaz, "کابل — د ننګرهار ولایت په جلال اباد ښار کې د دوشنبې په ورځ یوه چاودنه وشوه چې درې تنه "
                        "پکې ووژل شول، پولیسو وویل. په کندهار کې هم نښتې وشوې.", "ps")
    assert found["کابل"][:2] == ("Kabul", "AF") and found["کابل"][3] == "dateline"
    assert found["کندهار"][:2] == ("Kandahār", "AF") and found["کندهار"][3] == "event"
    assert "ننګرهار" in found  # a province the gazetteer names only in Latin letters, before its cue word
    # "province" is no town Jam in Iran, "said" no Wiehl in Germany, "abad" of جلال اباد no place by itself
    assert not {"ولایت", "وویل", "اباد"} & set(found)


def test_pashto_postpositions_locate_names(gaz) -> None:
    found = _found(gaz, "پولیسو وویل چې له غزني څخه راغلی موټر د پېښور ته نږدې ونیول شو.", "ps")
    assert found["غزني"][:2] == ("Ghazni", "AF") and found["پېښور"][:2] == ("Peshawar", "PK")


def test_nepali_case_endings_on_names(gaz) -> None:
    found = _found(gaz, "काठमाडौं — सोमबार पोखरामा भएको सडक दुर्घटनामा तीन जनाको मृत्यु भएको प्रहरीले जनाएको छ। "
                        "विराटनगरबाट आएको बस पनि दुर्घटनामा पर्‍यो।", "ne")
    assert found["काठमाडौं"][:2] == ("Kathmandu", "NP") and found["काठमाडौं"][3] == "dateline"
    assert found["पोखरामा"][:2] == ("Pokhara", "NP") and found["पोखरामा"][3] == "event"  # in Pokhara
    assert found["विराटनगरबाट"][:2] == ("Biratnagar", "NP")  # from Biratnagar
    assert "प्रहरीले" not in found and "दुर्घटनामा" not in found


def test_nepali_district_the_gazetteer_lacks_before_its_cue_word(gaz) -> None:
    found = _found(gaz, "चितवन जिल्लामा बाढीले धेरै घर बगायो।", "ne")
    assert list(found) == ["चितवन"] and found["चितवन"][3] == "event"


def test_tamil_case_endings_on_names(gaz) -> None:
    found = _found(gaz, "சென்னை — மதுரை அருகே செவ்வாய்க்கிழமை நடந்த சாலை விபத்தில் ஐந்து பேர் உயிரிழந்தனர் என்று "
                        "போலீசார் தெரிவித்தனர். கோயம்புத்தூரில் இருந்து வந்த பேருந்து லாரி மீது மோதியது.", "ta")
    assert found["சென்னை"][:2] == ("Chennai", "IN") and found["சென்னை"][3] == "dateline"
    assert found["மதுரை"][:2] == ("Madurai", "IN")
    assert found["கோயம்புத்தூரில்"][:2] == ("Coimbatore", "IN")  # in Coimbatore
    assert "போலீசார்" not in found and "பேருந்து" not in found


@pytest.mark.parametrize(("text", "surface", "name", "country"), [
    ("கொழும்பில் இரண்டு பேர் கைது செய்யப்பட்டனர்.", "கொழும்பில்", "Colombo", "LK"),
    ("ஈரோட்டில் கனமழை பெய்தது.", "ஈரோட்டில்", "Erode", "IN"),  # the stem doubles its consonant: ஈரோடு
    ("மட்டக்களப்பில் மூவர் உயிரிழந்தனர்.", "மட்டக்களப்பில்", "Batticaloa", "LK"),  # the final u drops: -பு
])
def test_tamil_locative_forms(gaz, text: str, surface: str, name: str, country: str) -> None:
    found = _found(gaz, text, "ta")
    assert found[surface][:2] == (name, country) and found[surface][3] == "event"


# -- roles and language identification ----------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("ps", "پاکستان وویل چې خبرې به دوام ومومي.", "پاکستان", "PK"),
    ("ne", "भारतले वार्ता जारी रहने जनाएको छ।", "भारतले", "IN"),
    ("ta", "இலங்கை இந்தக் குற்றச்சாட்டை மறுத்துள்ளது.", "இலங்கை", "LK"),
])
def test_a_country_that_speaks_is_an_actor(gaz, lang: str, text: str, surface: str, country: str) -> None:
    found = _found(gaz, text, lang)
    assert found[surface][1] == country and found[surface][3] == "actor"


@pytest.mark.parametrize(("lang", "text"), [
    ("ps", "په هرات کې پولیسو دوه مشکوک کسان ونیول او وسلې یې ترې ترلاسه کړې."),
    ("ne", "धरानमा प्रहरीले दुई जना शंकास्पद व्यक्तिलाई पक्राउ गरी हतियार बरामद गरेको छ।"),
    ("ta", "திருச்சியில் போலீசார் இரண்டு சந்தேக நபர்களைக் கைது செய்து ஆயுதங்களைப் பறிமுதல் செய்தனர்."),
])
def test_language_is_detected(lang: str, text: str) -> None:
    assert detect(text) == lang


# -- dates and numbers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "day"), [
    ("ps", "برید د ۲۰۲۴ کال د ۵ مارچ وشو.", "2024-03-05"),
    ("ps", "د دوشنبې په ورځ نښته وشوه.", "2024-03-04"),
    ("ps", "پرون شپه چاودنه وشوه.", "2024-03-09"),
    ("ne", "सोमबार झडप भयो।", "2024-03-04"),
    ("ne", "हिजो राति विस्फोट भयो।", "2024-03-09"),
    ("ne", "५ मार्च २०२४ मा आक्रमण भयो।", "2024-03-05"),
    ("ta", "திங்கள்கிழமை மோதல் நடந்தது.", "2024-03-04"),
    ("ta", "நேற்று இரவு குண்டுவெடிப்பு நடந்தது.", "2024-03-09"),
    ("ta", "5 மார்ச் 2024 அன்று தாக்குதல் நடந்தது.", "2024-03-05"),
])
def test_dates(lang: str, text: str, day: str) -> None:
    found = time_refs(text, get_pack(lang), PUB)
    assert day in {str(r.date) for r in found}, [(r.text, r.date) for r in found]


@pytest.mark.parametrize(("lang", "words", "value"), [
    ("ps", "پنځلس", 15), ("ps", "درې سوه", 300), ("ps", "۱۲", 12), ("ne", "पच्चिस", 25), ("ne", "तीन सय", 300),
    ("ne", "दुई हजार", 2000), ("ne", "१२", 12), ("ta", "பதினைந்து", 15), ("ta", "இருநூறு", 200), ("ta", "மூவர்", 3),
])
def test_number_words(lang: str, words: str, value: int) -> None:
    assert value_of(words, get_pack(lang)) == value


# -- events -------------------------------------------------------------------------------------------------------


def test_pashto_blast_in_nangarhar_is_one_event_with_its_dead(ex) -> None:
    events = ex("کابل، ۶ مارچ ۲۰۲۴ — د ننګرهار ولایت په جلال اباد ښار کې د دوشنبې په ورځ یوه چاودنه وشوه چې درې تنه "
                "پکې ووژل شول، پولیسو وویل.")
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.lang, row.sub_event_type, row.iso) == ("ps", "Remote explosive/landmine/IED", "AF")
    assert row.event_date == dt.date(2024, 3, 4) and row.fatalities == 3


def test_a_road_accident_is_no_event(ex) -> None:
    assert ex("काठमाडौं, ६ मार्च २०२४ — सोमबार पोखरामा भएको सडक दुर्घटनामा तीन जनाको मृत्यु भएको छ।").empty
    assert ex("சென்னை, 6 மார்ச் 2024 — மதுரை அருகே நடந்த சாலை விபத்தில் ஐந்து பேர் உயிரிழந்தனர்.").empty


def test_nepali_and_tamil_bombings(ex) -> None:
    ne = ex("काठमाडौं, ६ मार्च २०२४ — विराटनगरमा मंगलबार भएको बम विस्फोटमा दुई जना मारिए र पाँच जना घाइते भए।")
    ta = ex("சென்னை, 6 மார்ச் 2024 — கொழும்பில் செவ்வாய்க்கிழமை நடந்த குண்டுவெடிப்பில் மூன்று பேர் உயிரிழந்தனர், "
            "ஏழு பேர் காயமடைந்தனர்.")
    for events, lang, place, killed in ((ne, "ne", "Biratnagar", 2), (ta, "ta", "Colombo", 3)):
        assert len(events) == 1
        row = events.iloc[0]
        assert (row.lang, row.location, row.fatalities) == (lang, place, killed)
        assert row.event_date == dt.date(2024, 3, 5)
