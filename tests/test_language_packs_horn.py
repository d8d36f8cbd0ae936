"""The Amharic, Somali and Hausa packs: clitics written onto Amharic names, cue words before Somali and Hausa names,
places the pack ties to a region the index spells otherwise, stop names, roles, dates, numbers and events.

Every sentence here was written for these tests (fictional but plausible news about real places of Ethiopia,
Somalia and Nigeria).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

from geomap.events import Extractor
from geomap.events.dates import time_refs
from geomap.events.numbers import quantities
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import available, get_pack
from geomap.text.tokens import sentences

AM = ("አዲስ አበባ — በአማራ ክልል በደብረ ማርቆስ ከተማ አቅራቢያ ረቡዕ በተፈጸመ ጥቃት ቢያንስ ሶስት ሰዎች መገደላቸውን ፖሊስ አስታወቀ። "
      "በባህር ዳር ውጥረት ነግሷል።")
SO = ("KISMAAYO — Ugu yaraan afar qof ayaa ku dhintay qarax ka dhacay magaalada Jilib maalintii Arbacada, sida ay "
      "sheegtay booliska.")
HA = ("MAIDUGURI — Akalla mutane shida ne suka mutu a wani hari da 'yan bindiga suka kai a ƙauyen Tungushe da ke "
      "jihar Borno ranar Laraba, in ji 'yan sanda.")
PUBLISHED = dt.date(2024, 3, 14)  # a Thursday


@pytest.mark.parametrize(("lang", "text"), [("am", AM), ("so", SO), ("ha", HA)])
def test_language_is_detected_and_has_its_pack(lang: str, text: str) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack is get_pack(lang) and pack.name != "Universal"
    assert {"am", "so", "ha"} <= set(available())


def test_pack_words() -> None:
    am, so, ha = get_pack("am"), get_pack("so"), get_pack("ha")
    assert am.weekday("ረቡዕ") == 2 and am.cue_type("ክልል") == "admin1" and "ገልጿል" in am.speech_verbs
    assert so.weekday("Arbacada") == 2 and so.month("Luulyo") == 7 and so.cue_type("degmada") == "region"
    assert ha.weekday("Laraba") == 2 and ha.month("Satumba") == 9 and ha.cue_type("ƙauyen") == "village"
    assert ha.cue_type("kauyen") == "village"  # also written without the hooked letters
    assert so.numbers.value("labaatan") == 20 and ha.numbers.value("ashirin") == 20 and am.numbers.value("ሃያ") == 20


def test_ethiopic_full_stops_end_sentences() -> None:
    assert [s.text for s in sentences("ጥቃት ተፈጽሟል። ፖሊስ አስታወቀ።")] == ["ጥቃት ተፈጽሟል።", "ፖሊስ አስታወቀ።"]


# -- places -----------------------------------------------------------------------------------------------------


def test_amharic_clitics_are_taken_off_names(gaz) -> None:
    found = _found(gaz, AM, "am")
    assert found["አዲስ አበባ"][3] == "dateline"
    assert found["አማራ"][:3] == ("Amhara", "ET", "admin1")  # "በአማራ": in Amhara, not al-Amarah in Iraq
    assert found["ደብረ ማርቆስ"][:2] == ("Debre Mark’os", "ET")  # "በደብረ": a clitic on the first word of two
    assert found["ባህር ዳር"][:2] == ("Bahir Dar", "ET")


def test_amharic_regions_the_index_spells_otherwise(gaz) -> None:
    found = _found(gaz, "የትግራይ ክልል ባለስልጣናት ትናንት በመቀሌ ከተማ ተሰብስበዋል።", "am")
    assert found["ትግራይ"][:3] == ("Tigray", "ET", "admin1") and found["መቀሌ"][:2] == ("Mek'ele", "ET")


def test_amharic_common_words_and_armed_groups_are_no_places(gaz) -> None:
    # ፋኖ (the Fano militia) is no Fano in Italy, ፖሊስ (police) no Polis in Cyprus, ውስጥ (inside) no West.
    assert _found(gaz, "ፋኖ ታጣቂዎች ውስጥ ውስጥ ፖሊስ ጣቢያ ላይ ተኩስ ከፈቱ።", "am") == {}


def test_somali_cue_words_and_stop_names(gaz) -> None:
    found = _found(gaz, SO, "so")
    assert found["KISMAAYO"][3] == "dateline" and found["Jilib"][:2] == ("Jilib", "SO")
    found = _found(gaz, "Dagaal ayaa ka dhacay degmada Qoryooley ee gobolka Shabeellaha Hoose.", "so")
    assert found["Qoryooley"][:2] == ("Qoryooley", "SO") and found["Shabeellaha Hoose"][2] == "admin1"
    assert "Galguduud" in _found(gaz, "Colaad ayaa ka taagan gobolka Galgaduud.", "so")["Galgaduud"][0]


def test_hausa_village_the_index_lacks_is_kept_at_its_region(gaz) -> None:
    found = _found(gaz, HA, "ha")
    assert found["MAIDUGURI"][3] == "dateline" and found["Borno"][:3] == ("Borno", "NG", "admin1")
    assert found["Tungushe"][1] == "NG"  # the cue word ƙauyen vouches for it
    assert _found(gaz, "Gwamnatin Najeriya ta ce za ta tura sojoji.", "ha")["Najeriya"][:2] == ("Nigeria", "NG")


def test_roles(gaz) -> None:
    assert _found(gaz, "ኢትዮጵያ ክሱን አስተባበለች።", "am")["ኢትዮጵያ"][3] == "actor"
    assert _found(gaz, "Kismaayo ayaa ka dhacay dagaal culus.", "so")["Kismaayo"][3] == "event"


# -- dates and numbers --------------------------------------------------------------------------------------------


def test_weekdays_and_relative_days() -> None:
    assert [(r.text, r.date) for r in time_refs("Dagaal ayaa dhacay shalay.", get_pack("so"), PUBLISHED)] == [
        ("shalay", dt.date(2024, 3, 13))]
    refs = time_refs("An kai harin ne ranar Litinin.", get_pack("ha"), PUBLISHED)
    assert [r.date for r in refs] == [dt.date(2024, 3, 11)]
    assert [r.date for r in time_refs("ጥቃቱ ትናንት ተፈጽሟል።", get_pack("am"), PUBLISHED)] == [dt.date(2024, 3, 13)]


def test_number_words() -> None:
    assert [q.value for q in quantities("mutane ashirin da biyar", get_pack("ha"))] == [25]
    assert [q.value for q in quantities("shan iyo labaatan qof", get_pack("so"))] == [25]
    assert [q.value for q in quantities("ሃያ አምስት ሰዎች", get_pack("am"))] == [25]


# -- events -------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("text", "location", "country", "sub", "killed", "day"), [
    (AM, "Debre Mark’os", "Ethiopia", "Attack", 3, dt.date(2024, 3, 13)),
    (SO, "Jilib", "Somalia", "Remote explosive/landmine/IED", 4, dt.date(2024, 3, 13)),
    (HA, "Tungushe", "Nigeria", None, 6, dt.date(2024, 3, 13)),
])
def test_events_with_their_toll(ex, text, location, country, sub, killed, day) -> None:
    events = ex(text, publication_date=PUBLISHED)
    row = events[events.location == location].iloc[0]
    assert (row.country, row.fatalities, row.event_date) == (country, killed, day)
    assert sub is None or row.sub_event_type == sub
