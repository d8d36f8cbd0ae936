"""The Romanian and Hungarian packs: names in their case forms (the Romanian enclitic article and genitive-dative,
Hungarian case suffixes), Hungarian place adjectives, cue words, stop names, roles, dates, numbers and events.

Every sentence here was written for these tests (fictional but plausible news about real places of the region).
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
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack

RO = get_pack("ro")
HU = get_pack("hu")
PUBLISHED = dt.date(2024, 3, 10)  # a Sunday


@pytest.mark.parametrize(("lang", "text", "countries"), [
    ("ro", "Ploile abundente au inundat mai multe sate, iar pompierii au evacuat zeci de familii în timpul nopții.",
     ("RO", "MD")),
    ("ro", "Guvernul a anunțat că noile reguli vor intra în vigoare de la începutul lunii viitoare.", ("RO", "MD")),
    ("hu", "A heves esőzések miatt több falut elöntött a víz, a tűzoltók egész éjjel dolgoztak.", ("HU",)),
    ("hu", "A kormány bejelentette, hogy a jövő hónaptól új szabályok lépnek életbe.", ("HU",)),
])
def test_language_is_detected_and_has_its_pack(lang: str, text: str, countries: tuple[str, ...]) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack is get_pack(lang) and pack.home_countries == countries


def test_pack_words() -> None:
    assert RO.month("martie") == 3 and RO.month("Dec.") == 12
    # The comma-below letters and the old cedilla forms are one word.
    assert RO.weekday("marți") == RO.weekday("marţi") == 1 and RO.cue_type("judeţul") == RO.cue_type("județul")
    assert RO.cue_type("orașul") == "city" and RO.cue_type("comunei") == "village"
    assert HU.month("márciusban") == 3 and HU.weekday("hétfőn") == 0 and HU.weekday("vasárnap") == 6
    assert HU.cue_type("megyében") == "admin1" and HU.cue_type("faluban") == "village"
    assert RO.numbers.value("douăzeci") == 20 and HU.numbers.value("hárman") == 3
    assert {"Agerpres", "Digi24", "Mediafax"} <= RO.stop_names and {"MTI", "Telex", "Index"} <= HU.stop_names


# -- Romanian: names with their article and in the genitive-dative ---------------------------------------------


def test_romanian_case_forms_lead_to_the_name(gaz) -> None:
    found = _found(gaz, "Ministrul de externe al Ucrainei a sosit la Chișinău, unde a criticat politica Moscovei.",
                   "ro")
    assert found["Ucrainei"][:2] == ("Ukraine", "UA")
    assert found["Chișinău"][:2] == ("Chisinau", "MD")
    assert found["Moscovei"][:2] == ("Moscow", "RU")
    found = _found(gaz, "Primăria Bucureștiului a trimis ajutoare Kievului și orașului Odesa.", "ro")
    assert found["Bucureștiului"][:2] == ("Bucharest", "RO") and found["Kievului"][:2] == ("Kyiv", "UA")
    assert found["Odesa"][:2] == ("Odesa", "UA")


def test_romanian_cedilla_spellings(gaz) -> None:
    found = _found(gaz, "Delegaţia Chişinăului a fost primită marţi la Bucureşti.", "ro")
    assert found["Chişinăului"][:2] == ("Chisinau", "MD") and found["Bucureşti"][:2] == ("Bucharest", "RO")


def test_romanian_cue_words(gaz) -> None:
    rows = _rows(gaz, "Două case au fost distruse de viitură în județul Tulcea.", "ro")
    assert (rows["Tulcea"]["country"], rows["Tulcea"]["role"]) == ("RO", "event")


def test_romanian_words_and_media_are_no_places(gaz) -> None:
    assert _found(gaz, "Dacă ploile continuă, mare parte din recoltă se va pierde, notează Agerpres.", "ro") == {}
    assert _found(gaz, "Potrivit Digi24 și Mediafax, Guvernul nu a luat încă o decizie.", "ro") == {}


def test_romanian_roles(gaz) -> None:
    assert _found(gaz, "Moscova a negat acuzațiile privind atacul.", "ro")["Moscova"][3] == "actor"
    assert _found(gaz, "Kievul a acuzat Rusia de noi atacuri.", "ro")["Kievul"][3] == "actor"
    # A title before a place names its office holder: the mayor of Bucharest speaks.
    assert _found(gaz, "Primarul Bucureștiului a declarat că orașul este pregătit.", "ro")["Bucureștiului"][3] == (
        "actor")
    assert _found(gaz, "În anii '90, Constanța era un port aglomerat.", "ro")["Constanța"][3] == "historical"


# -- Hungarian: case suffixes and place adjectives -----------------------------------------------------------------


def test_hungarian_case_suffixes_lead_to_the_name(gaz) -> None:
    found = _found(gaz, "Kijevben, Harkivban és Odesszában is légiriadót rendeltek el.", "hu")
    assert [found[s][:2] for s in ("Kijevben", "Harkivban", "Odesszában")] == [
        ("Kyiv", "UA"), ("Kharkiv", "UA"), ("Odesa", "UA")]
    found = _found(gaz, "Ukrajnából és Oroszországból is érkeztek menekültek Magyarországra.", "hu")
    assert [found[s][1] for s in ("Ukrajnából", "Oroszországból", "Magyarországra")] == ["UA", "RU", "HU"]
    found = _found(gaz, "Budapesten, Szegeden és Miskolcon tüntettek, Pécsett és Győrött is.", "hu")
    assert [found[s][0] for s in ("Budapesten", "Szegeden", "Miskolcon", "Pécsett", "Győrött")] == [
        "Budapest", "Szeged", "Miskolc", "Pécs", "Győr"]


def test_hungarian_place_adjectives(gaz) -> None:
    found = _found(gaz, "Egy debreceni gyárban robbanás történt, az ügyet a szegedi nyomozók vizsgálják.", "hu")
    assert found["debreceni"][:2] == ("Debrecen", "HU") and found["szegedi"][:2] == ("Szeged", "HU")
    assert _found(gaz, "A moszkvai vezetés hallgat.", "hu")["moszkvai"][:2] == ("Moscow", "RU")
    # Everyday words with the same ending: walls, office workers, folk dance.
    assert _found(gaz, "A vár falai leomlottak, az irodai dolgozók népi táncot néztek.", "hu") == {}


def test_hungarian_words_and_media_are_no_places(gaz) -> None:
    # Capitalised at the start of a sentence, case forms of everyday words (life, hour, many) are no places.
    assert _found(gaz, "Életbe lép az új szabály. Sokáig tartott a vita. Órákig tárgyaltak.", "hu") == {}
    assert _found(gaz, "Az MTI és a Telex szerint a kormány nem változtat a döntésén.", "hu") == {}


def test_hungarian_roles(gaz) -> None:
    assert _found(gaz, "Moszkva tagadta a vádakat.", "hu")["Moszkva"][3] == "actor"
    assert _found(gaz, "SZEGED — A rendőrség szerint senki sem sérült meg.", "hu")["SZEGED"][3] == "dateline"
    assert _found(gaz, "A katonák Ukrajna határán gyakorlatoznak.", "hu")["Ukrajna"][3] == "event"
    assert _found(gaz, "Az 1990-es években Miskolc csendes város volt.", "hu")["Miskolc"][3] == "historical"


# -- dates and numbers ---------------------------------------------------------------------------------------------


def _dates(text: str, pack) -> list[tuple[str, str]]:
    return [(r.text, str(r.date)) for r in time_refs(text, pack, PUBLISHED)]


def test_romanian_dates() -> None:
    assert _dates("Atacul a avut loc pe 5 martie 2024, iar ieri și acum trei zile au fost alte incidente.", RO) == [
        ("5 martie 2024", "2024-03-05"), ("ieri", "2024-03-09"), ("acum trei zile", "2024-03-07")]
    assert _dates("Marți seara, o dronă a lovit un depozit.", RO) == [("Marți seara", "2024-03-05")]
    assert publication_date("CHIȘINĂU, 6 martie 2024 -- Parlamentul s-a reunit.", RO) == dt.date(2024, 3, 6)


def test_hungarian_dates() -> None:
    assert _dates("A robbanás március 5-én történt, tegnap és három nappal ezelőtt is volt riadó.", HU) == [
        ("március 5-én", "2024-03-05"), ("tegnap", "2024-03-09"), ("három nappal ezelőtt", "2024-03-07")]
    assert _dates("Hétfőn este és a múlt héten is tüntettek.", HU)[0] == ("Hétfőn este", "2024-03-04")
    assert publication_date("BUDAPEST, 2024. március 6. -- Ülésezett a kormány.", HU) == dt.date(2024, 3, 6)


def test_numbers() -> None:
    got = [(q.text, q.value) for q in quantities("Trei persoane au murit, douăzeci și cinci au fost rănite.", RO)]
    assert got == [("Trei", 3), ("douăzeci și cinci", 25)]
    got = [(q.text, q.value) for q in quantities("Két ember meghalt, hárman megsérültek, több száz menekült.", HU)]
    assert got == [("Két", 2), ("hárman", 3), ("több száz", 100)]
    assert value_of("trei sute", RO) == 300 and value_of("negyven", HU) == 40


# -- events --------------------------------------------------------------------------------------------------------


def test_event_words() -> None:
    ro = event_lexicon("ro")
    text = "Trei persoane au murit și alte cinci au fost rănite într-un atac cu drone."
    assert [(t.text, t.sub_event_type) for t in ro.triggers(text)] == [("atac cu drone", "Air/drone strike")]
    assert [h.label for h in ro.outcomes(text)] == ["killed", "wounded"]
    assert ro.triggers("A murit în urma unui atac de cord.") == []
    hu = event_lexicon("hu")
    assert [t.sub_event_type for t in hu.triggers("Rakétatámadás érte a várost.")] == [
        "Shelling/artillery/missile attack"]
    assert hu.triggers("Szívrohamban halt meg.") == []


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


def test_a_romanian_drone_strike_with_its_toll(ex) -> None:
    text = ("BUCUREȘTI — Doi oameni au fost uciși marți într-un atac cu drone asupra orașului Izmail, "
            "au anunțat autoritățile ucrainene. Moscova a negat orice implicare.")
    events = ex(text, publication_date=PUBLISHED)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.country, row.event_date, row.fatalities, row.lang) == (
        "Air/drone strike", "Izmayil", "Ukraine", dt.date(2024, 3, 5), 2, "ro")
    # Denying one's own part leaves the toll; denying the accusations disputes it.
    disputed = ex(text.replace("orice implicare", "acuzațiile"), publication_date=PUBLISHED)
    assert list(disputed["fatalities"]) == [0]


def test_a_hungarian_explosion_located_by_an_adjective(ex) -> None:
    text = "BUDAPEST — Két ember meghalt hétfőn egy debreceni gyárban történt robbanásban, közölte a rendőrség."
    events = ex(text, publication_date=PUBLISHED)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.country, row.event_date, row.fatalities, row.lang) == (
        "Remote explosive/landmine/IED", "Debrecen", "Hungary", dt.date(2024, 3, 4), 2, "hu")
