"""Events from articles written for these tests, in English and Indonesian.

Each article is our own writing; the assertions say what an ACLED coder would read from it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.events import Extractor
from geomap.events.taxonomy import EVENT_TYPES


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


def _one(events, **where):
    rows = events
    for col, value in where.items():
        rows = rows[rows[col] == value]
    assert not rows.empty, f"no event with {where} in\n{events[['location', 'sub_event_type', 'event_date']]}"
    return rows.iloc[0]


EN_SHELLING = """KHARKIV, March 4, 2024 (Reuters) - Russian forces shelled residential districts of Kharkiv
overnight, killing three civilians and wounding twelve others, the regional governor said on Monday.

On Sunday, Ukrainian troops clashed with Russian units near Donetsk. The Ukrainian army said 40 Russian
soldiers were killed; Moscow denied the figure.

In 2014, fighting in the region killed thousands of people."""


def test_english_shelling_clash_claims_and_dates(ex):
    events = ex(EN_SHELLING, lang="en", publication_date="2024-03-04")
    shelling = _one(events, location="Kharkiv")
    assert shelling.event_type == "Explosions/Remote violence"
    assert shelling.sub_event_type == "Shelling/artillery/missile attack"
    assert shelling.fatalities == 3
    assert shelling.event_date == dt.date(2024, 3, 4)
    assert "Russia" in shelling.actor1
    assert "Civilians" in shelling.actor2
    assert any(c["number"] == 12 and "wounded" in c["what"] for c in shelling.claims)
    clash = _one(events, location="Donetsk")
    assert clash.event_type == "Battles"
    assert clash.event_date == dt.date(2024, 3, 3)  # "On Sunday", published Monday 4 March
    forty = [c for c in clash.claims if c["number"] == 40]
    assert forty and "Ukrain" in forty[0]["claimed_by"] and "Russia" in forty[0]["disputed_by"]
    assert clash.fatalities == 0  # a disputed figure is a claim, not a count
    assert all(d.year == 2024 for d in events["event_date"])  # the 2014 fighting is history


EN_TYPES = {
    "Armed clash": "Government troops and rebels fought a gun battle near Goma on Tuesday.",
    "Air/drone strike": "A drone strike hit a fuel depot in Sevastopol on Tuesday.",
    "Remote explosive/landmine/IED": "A roadside bomb exploded next to a police convoy in Kandahar on Tuesday.",
    "Suicide bomb": "A suicide bomber blew himself up at a checkpoint in Mogadishu on Tuesday.",
    "Abduction/forced disappearance": "Gunmen kidnapped 20 students from a boarding school in Kaduna on Tuesday.",
    "Peaceful protest": "Thousands of teachers marched peacefully through Santiago on Tuesday to demand higher pay.",
    "Arrests": "Police arrested 25 opposition activists in Dhaka on Tuesday.",
    "Agreement": "The two sides signed a ceasefire agreement in Doha on Tuesday.",
    "Mob violence": "A mob lynched two men accused of theft in Kano on Tuesday.",
}


@pytest.mark.parametrize("sub", sorted(EN_TYPES))
def test_english_event_types(ex, sub):
    events = ex(EN_TYPES[sub], lang="en", publication_date="2024-05-15")
    assert sub in set(events["sub_event_type"]), events[["location", "sub_event_type"]]
    row = _one(events, sub_event_type=sub)
    assert sub in EVENT_TYPES[row.event_type]
    assert row.event_date == dt.date(2024, 5, 14)
    assert row.location and row.latitude == row.latitude


ID_TYPES = {
    "Armed clash": "Baku tembak antara TNI dan kelompok bersenjata terjadi di Nabire pada Selasa.",
    "Air/drone strike": "Serangan drone menghantam gudang logistik di Kherson pada Selasa.",
    "Shelling/artillery/missile attack": "Artileri Rusia menggempur permukiman di Kherson pada Selasa.",
    "Remote explosive/landmine/IED": "Sebuah bom rakitan meledak di pasar Poso pada Selasa.",
    "Suicide bomb": "Seorang pelaku bom bunuh diri meledakkan diri di depan gereja di Makassar pada Selasa.",
    "Abduction/forced disappearance": "Kelompok bersenjata menculik dua pekerja bangunan di Timika pada Selasa.",
    "Attack": "Orang tak dikenal menyerang warga dengan parang di Wamena pada Selasa.",
    "Peaceful protest": "Ribuan buruh berunjuk rasa dengan damai di Bandung pada Selasa menuntut kenaikan upah.",
    "Violent demonstration": "Demonstran melempari polisi dengan batu dan membakar ban di Medan pada Selasa.",
    "Mob violence": "Massa mengamuk dan menghakimi dua terduga pencuri di Bekasi pada Selasa.",
    "Arrests": "Densus 88 menangkap tiga terduga teroris di Solo pada Selasa.",
    "Agreement": "Kedua pihak menandatangani kesepakatan damai di Jakarta pada Selasa.",
    "Looting/property destruction": "Massa menjarah toko-toko di Wamena pada Selasa.",
}


@pytest.mark.parametrize("sub", sorted(ID_TYPES))
def test_indonesian_event_types_one_event_each(ex, sub):
    events = ex(ID_TYPES[sub], lang="id", publication_date="2024-05-15")
    assert list(events["sub_event_type"]) == [sub], events[["location", "sub_event_type"]]
    row = events.iloc[0]
    assert row.event_date == dt.date(2024, 5, 14)  # Selasa, published Wednesday
    assert row.location and row.location != "Baku"  # "Baku tembak" is an exchange of fire, not the city


ID_ARTICLE = """JAYAPURA -- Kontak senjata antara aparat keamanan dan kelompok bersenjata terjadi di Timika, Papua,
kemarin. Tiga puluh dua warga mengungsi dan tiga anggota kelompok bersenjata tewas, kata juru bicara
militer kepada wartawan, Rabu (13/3/2024).

Kelompok bersenjata membantah klaim tersebut.

Sementara itu, ratusan mahasiswa berunjuk rasa di depan gedung DPRD di Makassar pada Selasa siang. Polisi
menangkap tujuh orang demonstran."""


def test_indonesian_clash_protest_arrests_numbers_and_relative_dates(ex):
    events = ex(ID_ARTICLE)  # language and date from the text
    assert set(events["lang"]) == {"id"}
    clash = events[events["event_type"] == "Battles"].iloc[0]
    assert clash.event_date == dt.date(2024, 3, 12)  # kemarin, published Wednesday 13 March
    assert clash.location == "Timika"
    three = [c for c in clash.claims if c["number"] == 3]
    assert three and "disputed_by" in three[0] and three[0]["disputed_by"]
    assert any(c["number"] == 32 and "displaced" in c["what"] for c in clash.claims)
    protest = _one(events, location="Makassar", event_type="Protests")
    assert protest.event_date == dt.date(2024, 3, 12)  # Selasa, the day before
    # arrests of demonstrators at a protest: ACLED codes a protest with intervention
    assert protest.sub_event_type == "Protest with intervention"
    assert any(c["number"] == 7 and "arrested" in c["what"] for c in protest.claims)


def test_vague_numbers_are_flags_not_counts(ex):
    events = ex("Puluhan warga tewas dalam serangan udara di Aleppo, Senin (6/5/2024).", lang="id")
    strike = _one(events, sub_event_type="Air/drone strike")
    assert strike.fatalities == 0
    assert any(c["vague"] for c in strike.claims)


def test_negated_and_hypothetical_events_are_left_out(ex):
    events = ex("The army denied that it had shelled Donetsk. Rebels threatened to attack Luhansk next week.",
                lang="en", publication_date="2024-05-15")
    assert events.empty or not set(events["location"]) & {"Donetsk", "Luhansk"}


def test_event_without_place_in_clause_uses_paragraph_then_focus(ex):
    text = ("Heavy fighting broke out in Khartoum on Saturday. Witnesses said artillery fire continued into the "
            "night.\n\nThe army said it had repelled an attack.")
    events = ex(text, lang="en", publication_date="2024-05-12")
    assert set(events["location"]) == {"Khartoum"}
    assert (events["geo_precision"] >= 1).all()


def test_bad_source_is_a_clear_error(ex):
    from geomap.errors import BadInputError

    with pytest.raises(BadInputError, match="article text"):
        ex(12345)


def test_protest_broken_up_by_police_is_one_event_with_intervention(ex):
    text = "Hundreds of students protested in Khartoum on Monday. Police fired tear gas at the protesters."
    events = ex(text, lang="en", publication_date="2024-05-15")
    assert list(events["sub_event_type"]) == ["Protest with intervention"]
    assert events.iloc[0].location == "Khartoum" and events.iloc[0].event_date == dt.date(2024, 5, 13)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Gunmen attacked a village near Mopti on Sunday. The day before, militants torched a market in Gao."),
    ("id", "Kontak tembak terjadi di Timika, Minggu (12/5/2024). Sehari sebelumnya, warga membakar pos di Nabire."),
])
def test_the_day_before_counts_from_the_date_told_last(ex, lang, text):
    events = ex(text, lang=lang, publication_date="2024-05-14")
    dates = list(events.sort_values("event_date")["event_date"])
    assert dates == [dt.date(2024, 5, 11), dt.date(2024, 5, 12)], events[["location", "event_date"]]


@pytest.mark.parametrize(("text", "lang"), [
    ("Una bomba explotó frente a un mercado de Kismayo, matando a cuatro personas.", "es"),
    ("Une bombe a explosé devant un marché de Kismayo, tuant quatre personnes.", "fr"),
    # "murieron el martes en un ataque": an article a few words after the outcome word, in the same clause.
    ("Al menos 4 personas murieron el martes en un ataque con explosivos en Kismayo.", "es"),
])
def test_an_article_before_a_comma_is_no_count_of_the_dead(ex, text, lang):
    # "un mercado ..., matando a cuatro": "un" is an article; the toll is the number next to the outcome word.
    events = ex(text, lang=lang)
    assert list(events["fatalities"]) == [4]


@pytest.mark.parametrize(("text", "lang"), [
    ("Shelling killed 12 civilians in Kharkiv on Monday, officials said. Moscow denied any involvement.", "en"),
    ("Siete soldados murieron en un ataque con explosivos en Tame. El gobierno vecino negó cualquier participación.",
     "es"),
])
def test_a_denial_of_involvement_disputes_no_figure(ex, text, lang):
    events = ex(text, lang=lang, publication_date="2024-03-12")
    assert len(events) == 1 and events.iloc[0]["fatalities"] in (12, 7)
    assert not events.iloc[0]["claims"][0]["disputed_by"]
    # A denial of the facts still disputes them.
    denied = ex(text.replace("any involvement", "the report").replace("cualquier participación", "la cifra"),
                lang=lang, publication_date="2024-03-12")
    assert denied.iloc[0]["fatalities"] == 0 and denied.iloc[0]["claims"][0]["disputed_by"]


@pytest.mark.parametrize(("text", "lang"), [
    ("Al menos 4 personas murieron el martes en un ataque con explosivos en Kismayo.", "es"),
    ("At least 4 people died on Tuesday in an explosives attack in Kismayo.", "en"),
])
def test_an_attack_with_explosives_is_one_explosion(ex, text, lang):
    events = ex(text, lang=lang, publication_date="2024-03-12")
    assert list(events["sub_event_type"]) == ["Remote explosive/landmine/IED"]
    assert list(events["fatalities"]) == [4]


@pytest.mark.parametrize(("text", "lang", "town"), [
    ("Au moins 20 civils ont été tués dimanche dans l'attaque d'un village près de Mopti, a annoncé le "
     "gouvernement. Paris a condamné l'attaque.", "fr", "Mopti"),
    ("A suicide bomber killed 15 people at a market in Beledweyne on Sunday, police said. Nairobi condemned the "
     "attack.", "en", "Beledweyne"),
])
def test_a_later_word_for_the_same_attack_is_no_new_event(ex, text, lang, town):
    events = ex(text, lang=lang, publication_date="2024-03-12")
    assert list(events["location"]) == [town]
    # Who condemned the attack did not make it.
    assert events.iloc[0]["actor1"] not in ("Military Forces of France", "Military Forces of Kenya")


def test_civilians_killed_in_an_attack_are_its_victims(ex):
    events = ex("Au moins 20 civils ont été tués dimanche dans l'attaque d'un village près de Mopti, dans le centre "
                "du Mali, a annoncé le gouvernement.", lang="fr", publication_date="2024-03-12")
    row = _one(events, location="Mopti")
    assert (row["event_type"], row["actor2"], row["fatalities"]) == (
        "Violence against civilians", "Civilians (Mali)", 20)


@pytest.mark.parametrize(("text", "lang"), [
    ("Una bomba mató a cinco personas en Tame, en el departamento de Arauca.", "es"),
    ("قتل خمسة أشخاص في غارة جوية على مدينة الفاشر في ولاية شمال دارفور.", "ar"),
])
def test_the_region_named_with_its_town_is_no_second_event(ex, text, lang):
    events = ex(text, lang=lang, publication_date="2024-03-12")
    assert len(events) == 1 and events.iloc[0]["fatalities"] == 5


@pytest.mark.parametrize(("text", "lang", "dead"), [
    ("Una bomba mató a un soldado en Tame.", "es", 1),           # "one" before the group word it counts
    ("One soldier was killed in an attack in Tame.", "en", 1),
    ("A mine blast in Tame killed one.", "en", 1),               # "one" ending the clause after its outcome
    ("Una bomba mató a tres soldados en Tame.", "es", 3),        # "una bomba": an article before a noun
    ("Tres soldados murieron en un ataque en Tame.", "es", 3),   # "en un ataque": an article after the outcome
])
def test_one_written_as_a_word_counts_only_next_to_what_it_counts(ex, text, lang, dead):
    events = ex(text, lang=lang, publication_date="2024-03-12")
    assert list(events["fatalities"]) == [dead]


@pytest.mark.parametrize(("text", "lang"), [
    ("Pelo menos 9 pessoas foram mortas num ataque de homens armados a uma aldeia perto de Macomia.", "pt"),
    ("Al menos 9 personas murieron en un ataque de hombres armados contra una aldea cerca de Tame.", "es"),
])
def test_the_armed_men_of_an_attack_are_its_doers_not_its_victims(ex, text, lang):
    events = ex(text, lang=lang, publication_date="2024-03-12")
    row = events.iloc[0]
    assert (row["event_type"], row["fatalities"]) == ("Violence against civilians", 9)
    assert row["actor1"].startswith("Unidentified Armed Group") and row["actor2"].startswith("Civilians")


@pytest.mark.parametrize(("text", "lang"), [
    ("Syria's northern city of Aleppo was hit by an air strike that killed 8 civilians.", "en"),
    ("Suriye'nin kuzeyindeki Halep kentine düzenlenen hava saldırısında en az 8 sivil hayatını kaybetti.", "tr"),
])
def test_a_country_that_says_where_a_town_lies_is_not_the_attacker(ex, text, lang):
    row = ex(text, lang=lang, publication_date="2024-03-12").iloc[0]
    assert (row["location"], row["fatalities"], row["actor1"]) == ("Aleppo", 8, "")
    # Named as the doer, the country is one.
    row = ex("Russia struck Kharkiv overnight, killing two civilians.", lang="en",
             publication_date="2024-03-12").iloc[0]
    assert row["actor1"] == "Military Forces of Russia"


def test_a_country_written_after_its_town_is_not_the_victim(ex):
    row = ex("Sebanyak 12 orang tewas dalam serangan bom di pasar Kota Marawi, Filipina, kata polisi.", lang="id",
             publication_date="2024-03-12").iloc[0]
    assert (row["location"], row["fatalities"]) == ("Marawi City", 12)
    assert "Philippines" not in row["actor1"] + row["actor2"]


@pytest.mark.parametrize(("text", "lang", "sub", "actor2"), [
    ("Gunmen killed 12 people in Garissa on Sunday, officials said.", "en", "Attack", "Civilians (Kenya)"),
    ("12 villagers were killed by gunmen in Garissa.", "en", "Attack", "Civilians (Kenya)"),
    ("Militants killed 12 soldiers in Garissa.", "en", "Armed clash", "Military Forces of Kenya"),
    ("Hombres armados mataron a 12 personas en Tame.", "es", "Attack", "Civilians (Colombia)"),
])
def test_armed_men_killing_people_is_an_attack_without_a_word_for_it(ex, text, lang, sub, actor2):
    events = ex(text, lang=lang, publication_date="2024-03-04")
    row = events.iloc[0]
    assert (len(events), row["sub_event_type"], row["fatalities"], row["actor2"]) == (1, sub, 12, actor2)
    assert row["actor1"] == "Unidentified Armed Group"


@pytest.mark.parametrize("text", [
    "12 soldiers were killed in a road accident in Garissa.",   # the armed men are the ones counted
    "Floods killed 12 people in Garissa.",                      # nobody armed
])
def test_deaths_without_armed_men_or_a_deed_are_no_event(ex, text):
    assert ex(text, lang="en", publication_date="2024-03-04").empty
