"""The Czech, Serbo-Croatian and Greek packs: case forms of place names taken back to the name, the pack picked for
ordinary news, one Serbo-Croatian pack for Serbian (both scripts), Croatian and Bosnian, stop names, roles, dates,
numbers and events.

Every sentence here was written for these tests (fictional but plausible news about real places of the region).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

from geomap.events import Extractor
from geomap.events.dates import publication_date, time_refs
from geomap.events.lexicon import event_lexicon
from geomap.events.numbers import quantities, value_of
from geomap.mentions.gazetteer_spotter import GazetteerSpotter
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack

CS, SH, EL = get_pack("cs"), get_pack("sh"), get_pack("el")
PUBLISHED = dt.date(2024, 3, 6)  # a Wednesday


# -- the pack of the language ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "detected", "pack"), [
    ("Hasiči celou noc odčerpávali vodu ze sklepů a starosta obce uvedl, že nikdo nebyl zraněn.", {"cs"}, "cs"),
    ("Ватрогасци су целу ноћ избацивали воду из подрума, а председник општине је изјавио да нико није повређен.",
     {"sr"}, "sh"),
    # Croatian and Bosnian are close enough that the model may name either: both get the one pack.
    ("Vatrogasci su cijelu noć izbacivali vodu iz podruma, a načelnik općine izjavio je da nitko nije ozlijeđen.",
     {"hr", "bs"}, "sh"),
    ("Οι πυροσβέστες αντλούσαν νερό από τα υπόγεια όλη τη νύχτα και ο δήμαρχος δήλωσε ότι δεν τραυματίστηκε κανείς.",
     {"el"}, "el"),
])
def test_the_pack_is_picked_for_ordinary_news(text: str, detected: set[str], pack: str) -> None:
    assert detect(text) in detected
    doc = make_document(text)
    assert doc.lang in detected and doc.pack is get_pack(pack) and doc.pack.name != "Universal"


def test_one_serbo_croatian_pack_under_every_code() -> None:
    assert get_pack("hr") is get_pack("sr") is get_pack("bs") is get_pack("cnr") is get_pack("sr-Latn") is SH
    assert SH.home_countries == ("RS", "HR", "BA", "ME")
    assert event_lexicon("hr") is event_lexicon("sr") is event_lexicon("sh")
    assert event_lexicon("bs").lang == "sh"


def test_pack_words() -> None:
    assert CS.month("března") == 3 and CS.weekday("pondělí") == 0 and CS.cue_type("okrese") == "region"
    assert CS.numbers.value("dvanáct") == 12 and CS.is_stopword("Při") and "ČTK" in CS.stop_names
    # Serbian months, Croatian months, both scripts.
    assert SH.month("marta") == SH.month("ožujka") == SH.month("марта") == 3 and SH.month("studenoga") == 11
    assert SH.weekday("ponedjeljak") == SH.weekday("понедељак") == SH.weekday("ponedeljak") == 0
    assert SH.cue_type("županiji") == "admin1" and SH.cue_type("селу") == "village"
    assert {"saopštio", "саопштио", "priopćila"} <= SH.speech_verbs and {"Tanjug", "Тањуг"} <= SH.stop_names
    assert EL.month("Μαρτίου") == EL.month("Μάρτη") == 3 and EL.weekday("Τρίτη") == 1
    assert EL.cue_type("νομού") == "region" and "προσφέρθηκε" in EL.speech_verbs and EL.is_stopword("Στην")


# -- case forms of names --------------------------------------------------------------------------------------------


def test_czech_case_forms(gaz) -> None:
    text = ("PRAHA — Při požáru skladu v Ostravě zemřeli v pondělí dva lidé, uvedla policie. Hasiči z Brna a "
            "Olomouce pomáhali celou noc.")
    found = _found(gaz, text, "cs")
    assert found["PRAHA"][:2] == ("Prague", "CZ") and found["PRAHA"][3] == "dateline"
    assert {s: found[s][:2] for s in ("Ostravě", "Brna", "Olomouce")} == {
        "Ostravě": ("Ostrava", "CZ"), "Brna": ("Brno", "CZ"), "Olomouce": ("Olomouc", "CZ")}
    # Two inflected words, a fleeting e (Liberec, Liberce), a plural town name (Pardubice, v Pardubicích).
    found = _found(gaz, "Hasiči z Liberce a Hradce Králové zasahovali v Českých Budějovicích a v Pardubicích.", "cs")
    assert {s: v[0] for s, v in found.items()} == {"Liberce": "Liberec", "Hradce Králové": "Hradec Králové",
                                                    "Českých Budějovicích": "České Budějovice",
                                                    "Pardubicích": "Pardubice"}
    # The locative of a town in -o and of one in -a (Brno, v Brně; Jihlava, v Jihlavě): "Brna" is also Pirna's name.
    found = _found(gaz, "Policie v Brně a v Jihlavě vyšetřuje dvě loupeže.", "cs")
    assert {s: v[:2] for s, v in found.items()} == {"Brně": ("Brno", "CZ"), "Jihlavě": ("Jihlava", "CZ")}


def test_an_obscure_spelling_yields_to_the_case_form_of_a_known_city(gaz) -> None:
    # "brna" is also a spelling of Pirna in Saxony; "nisu" one of Nice: in Czech and Croatian they are Brno and Niš.
    spotter = GazetteerSpotter(gaz)
    brno = spotter.spot(make_document("Policie z Brna pátrá po řidiči.", lang="cs"))
    assert [(m.surface, m.key) for m in brno] == [("Brna", "brno")]
    assert _found(gaz, "Prosvjedi su održani u Nišu i Kragujevcu.", "hr")["Nišu"][:2] == ("Niš", "RS")
    # A country keeps its own reading: Barma is Burma, not a case form of something else.
    assert _found(gaz, "Barma uzavřela hranice.", "cs")["Barma"][1] == "MM"


def test_serbian_case_forms_in_both_scripts(gaz) -> None:
    text = ("БЕОГРАД — Два полицајца повређена су у уторак у сукобу са демонстрантима у Новом Саду, саопштио је МУП. "
            "Протести су одржани и у Нишу и Крагујевцу.")
    found = _found(gaz, text, "sr")
    assert found["БЕОГРАД"][3] == "dateline"
    assert {s: found[s][:2] for s in ("Новом Саду", "Нишу", "Крагујевцу")} == {
        "Новом Саду": ("Novi Sad", "RS"), "Нишу": ("Niš", "RS"), "Крагујевцу": ("Kragujevac", "RS")}
    found = _found(gaz, "Policija je u petak privela dvojicu navijača u Čačku i Leskovcu.", "sr")
    assert {s: v[0] for s, v in found.items()} == {"Čačku": "Čačak", "Leskovcu": "Leskovac"}


def test_croatian_and_bosnian_case_forms(gaz) -> None:
    found = _found(gaz, "Prosvjedi su održani u Zagrebu, Splitu i Rijeci, a sudionici su stigli iz Osijeka.", "hr")
    assert {s: v[:2] for s, v in found.items()} == {
        "Zagrebu": ("Zagreb", "HR"), "Splitu": ("Split", "HR"), "Rijeci": ("Rijeka", "HR"), "Osijeka": ("Osijek", "HR")}
    found = _found(gaz, "Policija je uhapsila trojicu muškaraca u Tuzli, Zenici i Banjoj Luci, a jednog iz Mostara.",
                   "bs")
    assert {s: v[0] for s, v in found.items()} == {"Tuzli": "Tuzla", "Zenici": "Zenica", "Banjoj Luci": "Banja Luka",
                                                    "Mostara": "Mostar"}
    assert _found(gaz, "Izbori u Crnoj Gori održani su u nedjelju.", "cnr")["Crnoj Gori"][1:3] == ("ME", "country")


def test_greek_genitives_and_accusatives(gaz) -> None:
    found = _found(gaz, "Ο δήμαρχος της Θεσσαλονίκης συναντήθηκε με κατοίκους στο κέντρο της Αθήνας.", "el")
    assert {s: v[:2] for s, v in found.items()} == {"Θεσσαλονίκης": ("Thessaloníki", "GR"), "Αθήνας": ("Athens", "GR")}
    found = _found(gaz, "Οι κάτοικοι των Χανίων, του Ηρακλείου και της Πάτρας έμειναν χωρίς ρεύμα.", "el")
    assert {s: v[0] for s, v in found.items()} == {"Χανίων": "Chaniá", "Ηρακλείου": "Irákleion", "Πάτρας": "Pátra"}
    found = _found(gaz, "Πλημμύρες έπληξαν τον Βόλο και το λιμάνι του Πειραιά.", "el")
    assert found["Βόλο"][0] == "Volos" and found["Πειραιά"][0] == "Piraeus"


def test_case_form_spelled_in_its_own_script_beats_a_foreign_transliteration(gaz) -> None:
    # "Ρόδο" folds to the key of a Latin alias of Lod (Israel); the index writes "Ρόδος" in Greek: Rhodes.
    found = _found(gaz, "Δασική πυρκαγιά ξέσπασε στη Ρόδο το απόγευμα της Τρίτης.", "el")
    assert found["Ρόδο"][:2] == ("Ródos", "GR")


def test_names_of_several_words_in_their_case_forms(gaz) -> None:
    # A lower-case second word ("státech") or three inflected words: the pack lists these forms.
    found = _found(gaz, "Ve Spojených státech a ve Velké Británii proběhly protesty.", "cs")
    assert {s: v[1] for s, v in found.items()} == {"Spojených státech": "US", "Velké Británii": "GB"}
    found = _found(gaz, "U Sjedinjenim Američkim Državama i Bosni i Hercegovini održani su prosvjedi.", "hr")
    assert {s: v[1] for s, v in found.items()} == {"Sjedinjenim Američkim Državama": "US", "Bosni i Hercegovini": "BA"}
    found = _found(gaz, "Протести су одржани у Републици Српској.", "sr")
    assert found["Републици Српској"][:3] == ("Republika Srpska", "BA", "admin1")
    found = _found(gaz, "Ο πρέσβης της Μεγάλης Βρετανίας μίλησε στη Βουλή.", "el")
    assert found["Μεγάλης Βρετανίας"][1] == "GB"


# -- stop names and common words ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Most byl v noci poškozen a policie ho uzavřela."),  # "bridge", not the town of Most
    ("cs", "Soud rozhodl, že ČTK musí zveřejnit opravu."),
    ("cs", "Roku 1990 se tu narodilo jen málo dětí."),  # "in the year": a case form of no code (ROK)
    ("sh", "Grad je ostao bez struje nakon oluje."),  # "the town", not a village named Grad
    ("sh", "Druga smjena počinje u podne."),  # "the second": an ending off a sentence's first word leaves no name
    ("sh", "Luka je zatvorena zbog nevremena, javlja Tanjug."),
    ("el", "Δράμα εκτυλίχθηκε χθες το βράδυ σε ένα διαμέρισμα."),  # "a drama", not the town of Drama
    ("el", "Σεισμός 4,1 Ρίχτερ αναστάτωσε χθες τους κατοίκους, ανακοίνωσε το Γεωδυναμικό Ινστιτούτο."),
])
def test_common_words_and_agencies_are_no_places(gaz, lang: str, text: str) -> None:
    assert _found(gaz, text, lang) == {}


# -- roles ---------------------------------------------------------------------------------------------------------


def test_roles(gaz) -> None:
    assert _found(gaz, "Varšava nabídla pomoc a Vídeň poslala hasiče.", "cs")["Varšava"][3] == "actor"
    moscow = _found(gaz, "Moskva obvinila Kyjev z útoku na rafinerii.", "cs")
    assert (moscow["Moskva"][3], moscow["Kyjev"][3]) == ("actor", "actor")
    assert _found(gaz, "V devadesátých letech byla Ostrava městem uhlí a oceli.", "cs")["Ostrava"][3] == "historical"
    assert _found(gaz, "V 90. letech byla Ostrava městem uhlí a oceli.", "cs")["Ostrava"][3] == "historical"
    assert _found(gaz, "Zagreb je optužio Beograd za miješanje u izbore.", "hr")["Zagreb"][3] == "actor"
    assert _found(gaz, "Деведесетих година Вуковар је био разорен.", "sr")["Вуковар"][3] == "historical"
    ankara = _found(gaz, "Σεισμός σημειώθηκε κοντά στην Κρήτη. Η Άγκυρα προσφέρθηκε να βοηθήσει.", "el")
    assert ankara["Άγκυρα"][:2] == ("Ankara", "TR") and ankara["Άγκυρα"][3] == "actor"
    assert ankara["Κρήτη"][3] == "event"
    assert _found(gaz, "Τη δεκαετία του 1990 η Καλαμάτα ήταν μια ήσυχη πόλη.", "el")["Καλαμάτα"][3] == "historical"


# -- dates and numbers -----------------------------------------------------------------------------------------------


def _dates(text: str, pack) -> list[tuple[str, str]]:
    return [(r.text, str(r.date)) for r in time_refs(text, pack, PUBLISHED)]


def test_dates() -> None:
    assert _dates("Útok se stal v pondělí 4. března 2024 ráno, před třemi dny hořel sklad.", CS) == [
        ("pondělí 4. března 2024 ráno", "2024-03-04"), ("před třemi dny", "2024-03-03")]
    assert _dates("Napad se dogodio 4. marta 2024. godine, a jučer je bilo mirno.", SH)[:2] == [
        ("4. marta 2024", "2024-03-04"), ("jučer", "2024-03-05")]
    assert _dates("Напад се догодио у понедељак ујутру, пре три дана.", SH) == [
        ("понедељак ујутру", "2024-03-04"), ("пре три дана", "2024-03-03")]
    assert _dates("Prosvjed je održan 3. ožujka u nedjelju navečer.", SH)[0] == ("3. ožujka", "2024-03-03")
    assert _dates("Η επίθεση έγινε τη Δευτέρα 4 Μαρτίου 2024 το πρωί, πριν από δύο ημέρες.", EL) == [
        ("Δευτέρα 4 Μαρτίου 2024 το πρωί", "2024-03-04"), ("πριν από δύο ημέρες", "2024-03-04")]
    # A weekday's name in lower case is also an ordinal: "η τρίτη φορά" is the third time, not Tuesday.
    assert _dates("Ήταν η τρίτη φορά μέσα σε ένα μήνα.", EL) == []
    assert publication_date("ΑΘΗΝΑ, 5 Μαρτίου 2024 — Σεισμός", EL) == dt.date(2024, 3, 5)


def test_numbers() -> None:
    assert [(q.text, q.value) for q in quantities("Zahynulo dvacet pět lidí a tři tisíce uprchly.", CS)] == [
        ("dvacet pět", 25), ("tři tisíce", 3000)]
    got = [(q.text, q.value, q.vague) for q in quantities("Poginula su dvojica policajaca, a desetine su ranjene.", SH)]
    assert got == [("dvojica", 2, False), ("desetine", 10, True)]
    assert value_of("тридесет", SH) == 30 and value_of("είκοσι πέντε", EL) == 25
    assert value_of("2,5 εκατομμύρια", EL) == 2_500_000  # a decimal comma


# -- events ---------------------------------------------------------------------------------------------------------


def test_event_words() -> None:
    cs = event_lexicon("cs")
    assert [(t.text, t.sub_event_type) for t in cs.triggers("Dělostřelecká palba zasáhla obytné čtvrti.")] == [
        ("Dělostřelecká palba", "Shelling/artillery/missile attack")]
    assert [h.label for h in cs.outcomes("Dva lidé zahynuli a pět jich bylo zraněno.")] == ["killed", "wounded"]
    sh = event_lexicon("sr")
    assert [(t.text, t.sub_event_type) for t in sh.triggers("У сукобу са демонстрантима повређена су два полицајца.")
            ] == [("сукобу са демонстрантима", "Violent demonstration")]
    el = event_lexicon("el")  # accents and capitals fold: headlines are written without them
    assert [t.sub_event_type for t in el.triggers("ΑΕΡΟΠΟΡΙΚΗ ΕΠΙΔΡΟΜΗ ΣΤΗ ΣΥΡΙΑ")] == ["Air/drone strike"]
    assert [h.label for h in el.outcomes("Τρεις νεκροί και δέκα τραυματίες.")] == ["killed", "wounded"]
    # A gas explosion is an accident, no bombing.
    assert cs.triggers("Při výbuchu plynu v panelovém domě zahynuli tři lidé.") == []
    assert sh.triggers("U eksploziji plina u stambenoj zgradi poginula su tri čovjeka.") == []
    assert el.triggers("Τρεις άνθρωποι σκοτώθηκαν από έκρηξη αερίου σε πολυκατοικία.") == []


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("text", "lang", "place", "killed"), [
    ("OSTRAVA, 5. března 2024 — Při výbuchu nálože u policejní stanice v Karviné zemřeli v pondělí dva policisté, "
     "uvedla policie.", "cs", "Karviná", 2),
    ("MOSTAR, 5. ožujka 2024. — U eksploziji bombe ispred kafića u Mostaru u ponedjeljak su poginula dva muškarca, "
     "priopćila je policija.", "bs", "Mostar", 2),
    ("ΑΘΗΝΑ, 5 Μαρτίου 2024 — Δύο αστυνομικοί σκοτώθηκαν τη Δευτέρα από έκρηξη βόμβας έξω από αστυνομικό τμήμα "
     "στον Πειραιά, ανακοίνωσε η αστυνομία.", "el", "Piraeus", 2),
])
def test_a_bombing_with_its_toll(ex, text: str, lang: str, place: str, killed: int) -> None:
    events = ex(text)
    assert len(events) == 1
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.event_date) == (
        "Remote explosive/landmine/IED", place, dt.date(2024, 3, 4))
    assert row.fatalities == killed and row.lang == lang


def test_clashes_with_protesters_in_serbian(ex) -> None:
    text = ("БЕОГРАД — Два полицајца повређена су у уторак у сукобу са демонстрантима у Новом Саду, саопштио је МУП.")
    events = ex(text, publication_date="2024-03-07")
    assert list(events["sub_event_type"]) == ["Violent demonstration"]
    row = events.iloc[0]
    assert (row.location, row.event_date, row.fatalities) == ("Novi Sad", dt.date(2024, 3, 5), 0)
