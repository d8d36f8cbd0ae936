"""Malay: a pack written as what it adds to the Indonesian one (``"extends": "id"``), its event lexicon likewise,
and what that gives on Malaysian news: places with their roles, events with their dead and their dates.

Every sentence here was written for these tests (fictional but plausible news about real places in Malaysia).
"""

from __future__ import annotations

import json

import pytest
from helpers import rows as _rows

import geomap
from geomap.errors import BadInputError
from geomap.events.lexicon import event_lexicon, load_lexicon
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack, load_pack

MS = get_pack("ms")
ID = get_pack("id")
BOMB = ("KOTA BHARU - Seorang lelaki maut dan dua anggota polis cedera dalam letupan bom di sebuah pasar di Tumpat, "
        "Kelantan pada petang Isnin, kata polis. Singapura menawarkan bantuan kepada pihak berkuasa Malaysia.")


def test_malay_news_is_detected_and_gets_its_pack() -> None:
    text = "Polis berkata mangsa dikejarkan ke hospital kerana cedera parah selepas kemalangan itu pada hari Khamis."
    assert detect(text) == "ms"
    pack = make_document(text).pack
    assert pack is MS and pack.name == "Malay" and pack.home_countries == ("MY", "BN", "SG")


def test_the_pack_adds_to_the_indonesian_one() -> None:
    # Its own words ...
    assert MS.month("Ogos") == 8 and MS.month("Disember") == 12 and MS.weekday("Isnin") == 0
    assert MS.weekday("Khamis") == 3 and MS.cue_type("negeri") == "admin1" and "menafikan" in MS.speech_verbs
    assert MS.numbers.value("lapan") == 8 and MS.abbreviations["KL"] == "1735161"
    # ... on top of the Indonesian ones, but for what it drops: Malay "minggu" is a week, not Sunday.
    assert MS.month("Mei") == 5 and MS.cue_type("desa") == "village" and "di" in MS.locative
    assert MS.weekday("Minggu") is None and MS.weekday("Ahad") == 6
    assert {"mengatakan", "memberitahu"} <= MS.speech_verbs and len(MS.stopwords) > len(ID.stopwords)
    # The Indonesian pack is left as it was.
    assert ID.home_countries == ("ID",) and ID.weekday("Minggu") == 6 and ID.month("Ogos") is None


def _pack_file(tmp_path, **data) -> str:
    path = tmp_path / f"{data['lang']}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(("extends", "message"), [
    ("zz", "there is no pack 'zz' to extend"),
    ("mx", "packs extend each other in a circle (mx -> mx)"),
    ("xx", "expected the code of another language's pack"),
    (7, "expected the code of another language's pack"),
])
def test_a_pack_that_extends_nothing_real_is_refused(tmp_path, extends, message) -> None:
    path = _pack_file(tmp_path, lang="mx", name="Test", extends=extends)
    with pytest.raises(BadInputError, match="extends") as err:
        load_pack(path)
    assert message in str(err.value) and isinstance(err.value, ValueError)


def test_a_small_pack_extending_another_loads_with_the_others_words(tmp_path) -> None:
    path = _pack_file(tmp_path, lang="mx", name="Test", extends="ms", home_countries=["BN"],
                      months={"ogos": None, "ogosto": 8})
    pack = load_pack(path, lang="mx")
    assert pack.home_countries == ("BN",) and pack.name == "Test"
    assert pack.month("ogosto") == 8 and pack.month("ogos") is None and pack.month("julai") == 7  # ms's, then id's
    assert pack.weekday("senin") == 0 and pack.weekday("isnin") == 0


def test_the_lexicon_adds_to_the_indonesian_one(tmp_path) -> None:
    lex = event_lexicon("ms")
    assert [p.rsplit("/", 1)[-1] for p in lex.sources] == ["xx.json", "id.json", "ms.json"]
    assert [t.sub_event_type for t in lex.triggers("tunjuk perasaan aman di hadapan parlimen")] == ["Peaceful protest"]
    assert [t.sub_event_type for t in lex.triggers("baku tembak di perbatasan")] == ["Armed clash"]  # Indonesian
    assert [h.label for h in lex.outcomes("dua maut, tiga cedera")] == ["killed", "wounded"]
    assert event_lexicon("id").triggers("tunjuk perasaan") == []
    # A file of one's own may extend a shipped lexicon too; extending nothing real is refused.
    own = tmp_path / "mx.json"
    own.write_text(json.dumps({"lang": "mx", "name": "Test", "extends": "ms",
                               "triggers": {"Arrests": {"ditangkap polis": 1.0}}}), encoding="utf-8")
    assert [t.sub_event_type for t in load_lexicon(own).triggers("dua suspek ditangkap polis")] == ["Arrests"]
    own.write_text(json.dumps({"lang": "mx", "name": "Test", "extends": "zz"}), encoding="utf-8")
    with pytest.raises(BadInputError, match="'zz' is not another language's lexicon"):
        load_lexicon(own)


def test_places_and_roles_of_a_malaysian_report(gaz) -> None:
    rows = _rows(gaz, BOMB, "ms")
    assert (rows["KOTA BHARU"]["role"], rows["KOTA BHARU"]["country"]) == ("dateline", "MY")
    assert (rows["Tumpat"]["name"], rows["Tumpat"]["role"]) == ("Tumpat", "event")
    assert (rows["Kelantan"]["feature"], rows["Kelantan"]["country"]) == ("admin1", "MY")
    assert (rows["Singapura"]["role"], rows["Singapura"]["country"]) == ("actor", "SG")  # its government offers help


def test_a_word_written_twice_is_no_place(gaz) -> None:
    """"Kira-kira" ("about") opening a sentence holds the name of a Ugandan town twice: it is the word."""
    df = geomap.geoparse("Kira-kira 2,000 orang berhimpun secara aman di Kuala Lumpur pada 3 Ogos.", lang="ms",
                         gazetteer=gaz)
    assert list(df["surface"]) == ["Kuala Lumpur"]


def test_events_with_their_dead_and_their_day(gaz) -> None:
    events = geomap.extract(BOMB, gazetteer=gaz, publication_date="2025-08-05")  # a Tuesday
    assert len(events) == 1
    event = events.iloc[0]
    assert (event["sub_event_type"], event["location"], event["country"]) == (
        "Remote explosive/landmine/IED", "Tumpat", "Malaysia")
    assert event["fatalities"] == 1 and str(event["event_date"])[:10] == "2025-08-04"  # "seorang": one; Isnin
    protest = geomap.extract("KUALA LUMPUR - Ribuan orang menyertai tunjuk perasaan aman di Kuala Lumpur pada 3 Ogos "
                             "bagi membantah kenaikan harga barang.", gazetteer=gaz, publication_date="2025-08-05")
    assert list(protest["sub_event_type"]) == ["Peaceful protest"]
    assert str(protest.iloc[0]["event_date"])[:10] == "2025-08-03"


def test_seorang_counts_one_in_indonesian_too(gaz) -> None:
    events = geomap.extract("Seorang pria tewas dalam ledakan bom di sebuah pasar di Poso pada Senin.", lang="id",
                            gazetteer=gaz, publication_date="2025-08-05")
    assert list(events["fatalities"]) == [1]
