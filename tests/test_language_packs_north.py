"""The Swedish, Danish, Norwegian, Finnish and Albanian packs: the Scandinavian genitive, Norwegian written on top of
Danish, Finnish case endings with consonant gradation and postpositions, Albanian definite and case forms, cue words,
stop names and common words, roles, dates, numbers and events.

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

SV, DA, NO, FI, SQ = (get_pack(lang) for lang in ("sv", "da", "no", "fi", "sq"))
PUBLISHED = dt.date(2024, 3, 10)  # a Sunday


@pytest.mark.parametrize(("lang", "text", "countries"), [
    ("sv", "Kraftiga regn översvämmade flera byar och räddningstjänsten evakuerade dussintals familjer under natten.",
     ("SE", "FI", "AX")),
    ("da", "Kraftig regn oversvømmede flere landsbyer, og beredskabet evakuerede snesevis af familier i nat.",
     ("DK", "GL", "FO")),
    ("no", "Kraftig regn oversvømte flere bygder, og brannvesenet evakuerte dusinvis av familier i natt.",
     ("NO", "SJ")),
    ("fi", "Rankkasateet tulvivat useisiin kyliin, ja pelastuslaitos evakuoi kymmeniä perheitä yön aikana.", ("FI",)),
    ("sq", "Reshjet e dendura përmbytën disa fshatra dhe zjarrfikësit evakuuan dhjetëra familje gjatë natës.",
     ("AL", "XK")),
])
def test_language_is_detected_and_has_its_pack(lang: str, text: str, countries: tuple[str, ...]) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack is get_pack(lang) and pack.home_countries == countries


def test_norwegian_is_written_on_top_of_danish() -> None:
    assert get_pack("nb") is get_pack("nn") is NO and NO.name == "Norwegian"
    # Its own words (Norwegian months, numbers, verbs) and the Danish ones it shares.
    assert NO.month("desember") == 12 and NO.month("marts") == 3 and DA.month("desember") is None
    assert NO.numbers.value("sytti") == 70 and DA.numbers.value("halvfjerds") == 70
    assert DA.numbers.value("sytti") is None
    assert {"sa", "opplyser", "oplyser"} <= NO.speech_verbs and "ble" in NO.stopwords and "ble" not in DA.stopwords
    assert {"NRK", "NTB", "Ritzau"} <= NO.stop_names and "NRK" not in DA.stop_names


def test_pack_words() -> None:
    assert SV.month("augusti") == 8 and SV.weekday("lördagen") == 5 and SV.cue_type("län") == "admin1"
    assert DA.month("marts") == 3 and DA.weekday("søndag") == 6 and DA.cue_type("kommune") == "region"
    assert FI.month("maaliskuuta") == 3 and FI.weekday("tiistaina") == 1 and FI.cue_type("alueella") == "admin1"
    assert SQ.month("marsit") == 3 and SQ.weekday("të hënën") == 0 and SQ.cue_type("fshatin") == "village"
    assert SV.numbers.value("sjuttio") == 70 and FI.numbers.value("kahdeksantoista") == 18
    assert SQ.numbers.value("dyzet") == 40
    assert {"TT", "SVT", "Aftonbladet"} <= SV.stop_names and {"Yle", "STT"} <= FI.stop_names
    assert {"KosovaPress", "RTSH"} <= SQ.stop_names


# -- Scandinavian: the genitive -s ---------------------------------------------------------------------------------


def test_scandinavian_genitives_lead_to_the_name(gaz) -> None:
    found = _found(gaz, "Utrikesministern kritiserade Rysslands anfall mot Ukraina och Göteborgs hamn stängdes.",
                   "sv")
    assert found["Rysslands"][:2] == ("Russia", "RU") and found["Göteborgs"][:2] == ("Gothenburg", "SE")
    assert found["Ukraina"][:2] == ("Ukraine", "UA")
    found = _found(gaz, "Borgmesteren sagde, at Københavns havn og Ruslands ambassade var lukket.", "da")
    assert found["Københavns"][:2] == ("Copenhagen", "DK") and found["Ruslands"][:2] == ("Russia", "RU")
    found = _found(gaz, "Ordføreren sa at Bergens sentrum og Oslos hovedstasjon var stengt.", "no")
    assert found["Bergens"][:2] == ("Bergen", "NO") and found["Oslos"][:2] == ("Oslo", "NO")


def test_scandinavian_names_are_no_places(gaz) -> None:
    # First names whose genitive stem spells a place elsewhere (Lars: Lar in Iran), media and everyday words.
    assert _found(gaz, "Det sa Lars Andersson till TT på tisdagen, enligt Aftonbladet.", "sv") == {}
    assert _found(gaz, "Mange mennesker ventede, skriver Ritzau og Politiken.", "da") == {}
    assert _found(gaz, "Flere personer ble evakuert, melder NRK og VG.", "no") == {}


def test_scandinavian_cue_words(gaz) -> None:
    rows = _rows(gaz, "Två hus förstördes av översvämningen i Kiruna kommun.", "sv")
    assert (rows["Kiruna"]["country"], rows["Kiruna"]["role"]) == ("SE", "event")


# -- Finnish: case endings, gradation, postpositions -----------------------------------------------------------------


def test_finnish_case_forms_lead_to_the_name(gaz) -> None:
    found = _found(gaz, "Helsingissä tapahtui maanantaina räjähdys, ja Tampereella kuoli viisi ihmistä.", "fi")
    assert found["Helsingissä"][:2] == ("Helsinki", "FI") and found["Tampereella"][:2] == ("Tampere", "FI")
    found = _found(gaz, "Juna lähti Oulusta Turkuun, ja matkustajat jatkoivat Rovaniemelle ja Lahteen.", "fi")
    assert [found[s][0] for s in ("Oulusta", "Turkuun", "Rovaniemelle", "Lahteen")] == [
        "Oulu", "Turku", "Rovaniemi", "Lahti"]
    # Consonant gradation: Turku/Turussa, Lahti/Lahdessa, Lappeenranta/Lappeenrannassa, Seinäjoki/Seinäjoella.
    found = _found(gaz, "Myrsky katkaisi sähköt Turussa, Lahdessa, Lappeenrannassa ja Seinäjoella.", "fi")
    assert [found[s][0] for s in ("Turussa", "Lahdessa", "Lappeenrannassa", "Seinäjoella")] == [
        "Turku", "Lahti", "Lappeenranta", "Seinäjoki"]
    found = _found(gaz, "Venäjä hyökkäsi Ukrainaan, ja Kiovassa kuoli kolme ihmistä.", "fi")
    assert found["Venäjä"][:2] == ("Russia", "RU") and found["Kiovassa"][:2] == ("Kyiv", "UA")
    assert _found(gaz, "Presidentti vieraili Yhdysvalloissa viime viikolla.", "fi")["Yhdysvalloissa"][1] == "US"
    # A compass word joined to the name by a hyphen: "in eastern Ukraine", "in southern Lebanon".
    found = _found(gaz, "Taistelut jatkuivat Itä-Ukrainassa ja Etelä-Libanonissa.", "fi")
    assert found["Ukrainassa"][:2] == ("Ukraine", "UA") and found["Libanonissa"][:2] == ("Lebanon", "LB")
    # A politician's surname whose stem spells a place (Marin: Mari, a name of Mali) is no place.
    assert list(_found(gaz, "Sanna Marin vieraili Kiovassa.", "fi")) == ["Kiovassa"]


def test_finnish_genitive_before_a_cue_word_or_a_postposition(gaz) -> None:
    rows = _rows(gaz, "Kaksi siviiliä kuoli Harkovan alueella tiistaina.", "fi")
    assert (rows["Harkovan"]["name"], rows["Harkovan"]["role"]) == ("Kharkiv", "event")
    rows = _rows(gaz, "Drooni putosi Kiovan lähellä yöllä.", "fi")
    assert (rows["Kiovan"]["name"], rows["Kiovan"]["role"]) == ("Kyiv", "event")
    # A town less known than a capital, located only by the postposition after its genitive.
    rows = _rows(gaz, "Rahtilaiva upposi Porin edustalla, ja juna suistui kiskoilta Joensuun lähellä.", "fi")
    assert (rows["Porin"]["name"], rows["Joensuun"]["name"]) == ("Pori", "Joensuu")
    assert "locative" in rows["Joensuun"]["evidence"]


def test_finnish_everyday_words_are_no_places(gaz) -> None:
    # At a sentence's start, case forms of everyday words (the same, own, the matter, we, a pair) spell places
    # elsewhere through their stems: Sama, Oma, Asia, Mei, Pari.
    text = ("Samalla hallitus kertoi uusista säännöistä. Omasta mielestään hän toimi oikein. Asiasta kertoi Yle. "
            "Meillä on paljon tehtävää. Parin päivän päästä kokous jatkuu.")
    assert _found(gaz, text, "fi") == {}
    assert _found(gaz, "Asiasta uutisoivat STT ja Iltalehti.", "fi") == {}


def test_finnish_newspaper_named_after_a_city_is_no_place(gaz) -> None:
    assert "Helsingin" not in _found(gaz, "Asiasta kertoi ensimmäisenä Helsingin Sanomat.", "fi")


# -- Albanian: definite and case forms -----------------------------------------------------------------------------


def test_albanian_case_forms_lead_to_the_name(gaz) -> None:
    found = _found(gaz, "Delegacioni i Prishtinës udhëtoi drejt Tiranës dhe më pas në Shkodër.", "sq")
    assert found["Prishtinës"][:2] == ("Pristina", "XK") and found["Tiranës"][:2] == ("Tirana", "AL")
    found = _found(gaz, "Dy persona u arrestuan pranë Shkodrës dhe pranë Mitrovicës.", "sq")
    assert found["Shkodrës"][:2] == ("Shkodër", "AL") and found["Mitrovicës"][:2] == ("Mitrovicë", "XK")
    found = _found(gaz, "Ministri foli për marrëdhëniet e Shqipërisë me Serbinë dhe Kosovën.", "sq")
    assert [found[s][1] for s in ("Shqipërisë", "Serbinë", "Kosovën")] == ["AL", "RS", "XK"]
    found = _found(gaz, "Protesta u mbajtën në Shtetet e Bashkuara dhe në Malin e Zi.", "sq")
    assert found["Shtetet e Bashkuara"][1] == "US" and found["Malin e Zi"][1] == "ME"


def test_albanian_cue_words_and_stop_names(gaz) -> None:
    rows = _rows(gaz, "Uji përmbyti disa shtëpi në fshatin Obot afër Shkodrës.", "sq")
    assert rows["Obot"]["role"] == "event"
    assert _found(gaz, "Kurti tha se Koha Ditore dhe KosovaPress e kishin gabim.", "sq") == {}


# -- roles ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "surface", "role"), [
    ("sv", "Moskva förnekade anklagelserna om attacken.", "Moskva", "actor"),
    ("da", "Moskva afviste anklagerne fra Kyiv.", "Moskva", "actor"),
    ("fi", "Moskova kiisti syytökset hyökkäyksestä.", "Moskova", "actor"),
    ("sq", "Beogradi mohoi akuzat për sulmin.", "Beogradi", "actor"),
    # The Scandinavian reporting clause puts its verb first: the police in Stockholm speak, nothing happened there.
    ("sv", "I Göteborg sköts två män ihjäl på måndagen, uppger polisen i Stockholm.", "Stockholm", "actor"),
    ("sv", "I Göteborg sköts två män ihjäl på måndagen, uppger polisen i Stockholm.", "Göteborg", "event"),
    ("da", "I Aarhus blev to mænd dræbt mandag, oplyser politiet i København.", "København", "actor"),
    ("no", "I Bergen ble to menn drept mandag, opplyser politiet i Oslo.", "Oslo", "actor"),
    ("no", "På 1990-tallet var Stavanger en rolig by.", "Stavanger", "historical"),
    ("fi", "1990-luvulla Kuopio oli rauhallinen kaupunki.", "Kuopio", "historical"),
    ("sq", "Në vitet '90 Durrësi ishte një qytet i qetë.", "Durrësi", "historical"),
])
def test_roles(gaz, lang: str, text: str, surface: str, role: str) -> None:
    assert _found(gaz, text, lang)[surface][3] == role


# -- dates and numbers ---------------------------------------------------------------------------------------------


def _dates(text: str, pack) -> list[tuple[str, str]]:
    return [(r.text, str(r.date)) for r in time_refs(text, pack, PUBLISHED)]


def test_scandinavian_dates() -> None:
    assert _dates("Attacken skedde den 4 mars, i går och för tre dagar sedan.", SV)[:3] == [
        ("4 mars", "2024-03-04"), ("i går", "2024-03-09"), ("för tre dagar", "2024-03-07")]
    assert _dates("I tisdags träffade en drönare ett lager.", SV) == [("tisdags", "2024-03-05")]
    assert _dates("Angrebet skete den 4. marts, og mandag aften kom et nyt.", DA) == [
        ("4. marts", "2024-03-04"), ("mandag aften", "2024-03-04")]
    assert _dates("Tirsdag kveld traff en drone et lager.", NO) == [("Tirsdag kveld", "2024-03-05")]
    assert publication_date("OSLO, 6. mars 2024 -- Regjeringen møttes.", NO) == dt.date(2024, 3, 6)
    assert publication_date("STOCKHOLM, 6 mars 2024 -- Regeringen möttes.", SV) == dt.date(2024, 3, 6)


def test_finnish_and_albanian_dates() -> None:
    assert _dates("Isku tapahtui 4. maaliskuuta, eilen ja kolme päivää sitten.", FI) == [
        ("4. maaliskuuta", "2024-03-04"), ("eilen", "2024-03-09"), ("kolme päivää sitten", "2024-03-07")]
    assert _dates("Tiistaina illalla drooni osui varastoon.", FI) == [("Tiistaina illalla", "2024-03-05")]
    assert _dates("Räjähdys tapahtui maaliskuun 5. päivänä.", FI) == [("maaliskuun 5", "2024-03-05")]
    assert publication_date("HELSINKI, 6. maaliskuuta 2024 -- Hallitus kokoontui.", FI) == dt.date(2024, 3, 6)
    assert _dates("Sulmi ndodhi më 4 mars, dje dhe tre ditë më parë.", SQ) == [
        ("4 mars", "2024-03-04"), ("dje", "2024-03-09"), ("tre ditë më parë", "2024-03-07")]
    assert _dates("Të martën në mbrëmje një dron goditi një depo.", SQ) == [("Të martën në mbrëmje", "2024-03-05")]


def test_numbers() -> None:
    got = [(q.text, q.value) for q in quantities("Tre personer dog och tjugo skadades, hundratals flydde.", SV)]
    assert got == [("Tre", 3), ("tjugo", 20), ("hundratals", 100)]
    got = [(q.text, q.value) for q in quantities("Viisi ihmistä kuoli ja kymmeniä loukkaantui.", FI)]
    assert got == [("Viisi", 5), ("kymmeniä", 10)]
    assert value_of("halvtreds", DA) == 50 and value_of("femti", NO) == 50
    assert value_of("njëzet e pesë", SQ) == 25 and value_of("treqind", SQ) == 300


# -- events --------------------------------------------------------------------------------------------------------


def test_event_words() -> None:
    fi = event_lexicon("fi")
    text = "Kolme ihmistä kuoli ja viisi haavoittui droonihyökkäyksessä."
    assert [(t.text, t.sub_event_type) for t in fi.triggers(text)] == [("droonihyökkäyksessä", "Air/drone strike")]
    assert [h.label for h in fi.outcomes(text)] == ["killed", "wounded"]
    assert fi.triggers("Hän kuoli sydänkohtaukseen.") == []
    assert event_lexicon("nb") is event_lexicon("no")
    assert [t.sub_event_type for t in event_lexicon("no").triggers("Et rakettangrep traff byen.")] == [
        "Shelling/artillery/missile attack"]
    assert [t.sub_event_type for t in event_lexicon("sq").triggers("Një sulm me dron goditi qytetin.")] == [
        "Air/drone strike"]


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("text", "sub", "location", "country", "date", "killed", "lang"), [
    ("UMEÅ — Två personer dödades på måndagen när en bilbomb exploderade i Luleå, uppger polisen.",
     "Remote explosive/landmine/IED", "Luleå", "Sweden", dt.date(2024, 3, 4), 2, "sv"),
    ("Tre civile blev dræbt og fem såret i et russisk droneangreb på Kharkiv tirsdag, oplyser myndighederne.",
     "Air/drone strike", "Kharkiv", "Ukraine", dt.date(2024, 3, 5), 3, "da"),
    ("Tampereella kuoli maanantaina kaksi ihmistä räjähdyksessä, kertoi poliisi.",
     "Remote explosive/landmine/IED", "Tampere", "Finland", dt.date(2024, 3, 4), 2, "fi"),
    ("Tre policë u vranë të hënën nga shpërthimi i një bombe në Prizren, njoftoi policia.",
     "Remote explosive/landmine/IED", "Prizren", "Kosovo", dt.date(2024, 3, 4), 3, "sq"),
])
def test_one_event_with_its_toll(ex, text, sub, location, country, date, killed, lang) -> None:
    events = ex(text, publication_date=PUBLISHED)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.country, row.event_date, row.fatalities, row.lang) == (
        sub, location, country, date, killed, lang)


def test_denial_of_the_accusations_disputes_the_toll(ex) -> None:
    text = ("To personer ble drept tirsdag i et russisk droneangrep mot Kharkiv, opplyser myndighetene. "
            "Moskva avviser anklagene.")
    events = ex(text, publication_date=PUBLISHED)
    assert list(events["fatalities"]) == [0] and list(events["lang"]) == ["no"]
    assert list(ex(text.replace(" Moskva avviser anklagene.", ""), publication_date=PUBLISHED)["fatalities"]) == [2]


@pytest.mark.parametrize(("lang", "text", "gaza", "west_bank"), [
    ("sv", "Israeliska flyganfall dödade tio personer på Gazaremsan och två på Västbanken.", "Gazaremsan",
     "Västbanken"),
    ("da", "Israelske luftangreb dræbte ti personer i Gazastriben og to på Vestbredden.", "Gazastriben", "Vestbredden"),
    ("no", "Israelske luftangrep drepte ti personer på Gazastripen og to på Vestbredden.", "Gazastripen",
     "Vestbredden"),
    ("fi", "Israelin ilmaiskut tappoivat kymmenen ihmistä Gazan kaistalla ja kaksi Länsirannalla.",
     "Gazan kaistalla", "Länsirannalla"),
    ("sq", "Sulmet ajrore izraelite vranë dhjetë persona në Rripin e Gazës dhe dy në Bregun Perëndimor.",
     "Rripin e Gazës", "Bregun Perëndimor"),
])
def test_the_language_names_of_gaza_and_the_west_bank(gaz, ex, lang, text, gaza, west_bank) -> None:
    found = _found(gaz, text, lang)
    assert (found[gaza][0], found[west_bank][0]) == ("Gaza Strip", "West Bank")
    events = ex(text, publication_date=PUBLISHED)
    assert events.iloc[0].location == "Gaza Strip" and events.iloc[0].fatalities == 10


def test_the_police_after_the_reporting_verb_speak(ex) -> None:
    # "..., uppger polisen i Stockholm": the police in Stockholm report the toll; they are no party to the shooting,
    # whose victims are civilians (an attack, no clash), and nothing happened in Stockholm.
    events = ex("I Göteborg sköts två män ihjäl på måndagen, uppger polisen i Stockholm.", publication_date=PUBLISHED)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.fatalities) == ("Attack", "Gothenburg", 2)
    assert "per Police Forces of Sweden" in row.notes and row.actor2 != "Police Forces of Sweden"


@pytest.mark.parametrize(("lang", "text", "demonym", "country"), [
    ("sv", "Myndigheterna uppger att ryska styrkor anföll Charkiv.", "ryska", "RU"),
    ("da", "Myndighederne oplyser, at russiske styrker angreb Kharkiv.", "russiske", "RU"),
    ("no", "Myndighetene opplyser at russiske styrker angrep Kharkiv.", "russiske", "RU"),
    # The demonym is the second word of its sentence, after a capitalised adverb ("Yesterday Russian forces ...").
    ("fi", "Eilen venäläiset joukot hyökkäsivät Harkovaan.", "venäläiset", "RU"),
    ("sq", "Dje forcat serbe sulmuan fshatin.", "serbe", "RS"),
])
def test_demonyms_name_the_armed_party(gaz, lang: str, text: str, demonym: str, country: str) -> None:
    assert _found(gaz, text, lang)[demonym][1::2] == (country, "actor")
