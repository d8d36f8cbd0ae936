"""The Uzbek, Kazakh, Kyrgyz and Tajik packs: case endings written onto names (Uzbek "Toshkentda", Kazakh
"Шымкентте", Kyrgyz "Бишкекте"), Tajik prepositions and ezafe cue words ("дар шаҳри Истаравшан"), capitals that speak
for their governments, dates, tolls and events.

Every sentence here was written for these tests (fictional but plausible news about real places of Central Asia).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import found as _found

from geomap.events import Extractor
from geomap.events.dates import time_refs
from geomap.events.lexicon import event_lexicon
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack

PUBLISHED = dt.date(2024, 3, 10)  # a Sunday


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("uz", "Kuchli yomg'ir tufayli bir nechta qishloqda yo'llar yopildi, aholi uylarida qoldi.", "Uzbek"),
    ("uz", "Кучли ёмғир туфайли бир нечта қишлоқда йўллар ёпилди, аҳоли уйларида қолди.", "Uzbek"),
    ("kk", "Қатты жаңбырға байланысты бірнеше ауылда жолдар жабылып, тұрғындар үйлерінде қалды.", "Kazakh"),
    ("ky", "Катуу жамгырдан улам бир нече айылда жолдор жабылып, тургундар үйлөрүндө калышты.", "Kyrgyz"),
    ("tg", "Бар асари борони шадид роҳҳо дар чанд деҳа баста шуданд ва сокинон дар хонаҳояшон монданд.", "Tajik"),
])
def test_language_is_detected_and_has_its_pack(lang: str, text: str, name: str) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack is get_pack(lang) and pack.name == name


def test_pack_words() -> None:
    uz, kk, ky, tg = (get_pack(lang) for lang in ("uz", "kk", "ky", "tg"))
    assert uz.weekday("Dushanba") == 0 and uz.weekday("якшанба") == 6 and uz.month("sentyabr") == 9
    assert uz.month("Октябрь") == 10 and uz.numbers.value("to'qson") == 90 and uz.cue_type("viloyatida") == "admin1"
    # The Uzbek letters oʻ and gʻ are written with ʻ, ‘, ’ or ': every spelling finds the entry.
    assert uz.is_stopword("koʻra") and uz.is_stopword("ko‘ra") and uz.is_stopword("ko'ra")
    assert kk.month("наурызда") == 3 and kk.weekday("Сейсенбі") == 1 and kk.numbers.value("жетпіс") == 70
    assert kk.cue_type("облысындағы") == "admin1" and kk.cue_type("ауылында") == "village"
    assert ky.month("мартта") == 3 and ky.weekday("дүйшөмбү") == 0 and ky.cue_type("шаарында") == "city"
    # Kyrgyz "жума" is Friday and also a week: only "жума күнү" is the day.
    assert ky.weekday("жума") is None and ky.weekday("жума күнү") == 4
    # Tajik "Душанбе" is Monday and the capital: only "рӯзи душанбе" is the day.
    assert tg.weekday("душанбе") is None and tg.weekday("рӯзи душанбе") == 0 and tg.weekday("сешанбе") == 1
    assert tg.cue_type("вилояти") == "admin1" and tg.cue_type("шаҳри") == "city" and tg.month("марти") == 3


# -- places with their case endings ------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "surface", "name", "country"), [
    ("uz", "Kecha Namanganda kuchli yomg'ir yog'di.", "Namanganda", "Namangan", "UZ"),
    ("uz", "Yordam karvoni Nukusga yetib keldi.", "Nukusga", "Nukus", "UZ"),
    ("uz", "Кеча Тошкентда кучли ёмғир ёғди.", "Тошкентда", "Tashkent", "UZ"),
    ("kk", "Кеше Шымкентте қатты жаңбыр жауды.", "Шымкентте", "Shymkent", "KZ"),
    ("kk", "Бұл шешім Астанада қабылданды.", "Астанада", "Astana", "KZ"),
    ("kk", "Көмек керуені Ақтөбеге жетті.", "Ақтөбеге", "Aktobe", "KZ"),
    ("ky", "Кечээ Баткенде катуу жамгыр жаады.", "Баткенде", "Batken", "KG"),
    ("ky", "Токмоктун жанында жол кырсыгы болду.", "Токмоктун", "Tokmok", "KG"),
    # A famous name of two letters with its case ending.
    ("ky", "Кечээ Ошто нааразылык акциясы өттү.", "Ошто", "Osh", "KG"),
    ("tg", "Дирӯз дар Хоруғ борони шадид борид.", "Хоруғ", "Khorugh", "TJ"),
    ("tg", "Дар шаҳри Хуҷанди вилояти Суғд сӯхтор рух дод.", "Хуҷанди", "Khujand", "TJ"),
])
def test_inflected_names_are_found(gaz, lang: str, text: str, surface: str, name: str, country: str) -> None:
    assert _found(gaz, text, lang)[surface][:2] == (name, country)


def test_cue_words(gaz) -> None:
    uz = _found(gaz, "Buxoro viloyatining G'ijduvon tumanida yong'in chiqdi.", "uz")
    assert uz["Buxoro"][1:3] == ("UZ", "admin1") and uz["G'ijduvon"][1] == "UZ"
    # "qarshi" ("against") is no function word of the pack: before "shahrida" it is the city of Qarshi.
    assert _found(gaz, "Kecha politsiya Qarshi shahrida uch kishini ushladi.", "uz")["Qarshi"][:2] == ("Qarshi", "UZ")
    kk = _found(gaz, "Маңғыстау облысындағы Жаңаөзенде ереуіл басталды.", "kk")
    assert kk["Маңғыстау облысындағы"][1:3] == ("KZ", "admin1") and kk["Жаңаөзенде"][:2] == ("Zhanaozen", "KZ")
    ky = _found(gaz, "Ысык-Көл облусундагы Чолпон-Атада фестиваль өттү.", "ky")
    assert ky["Ысык-Көл"][1] == "KG" and ky["Чолпон-Атада"][:2] == ("Cholpon-Ata", "KG")
    # A little-known district or village announced by the place-type word after it.
    assert _found(gaz, "Namangan viloyatidagi Chust tumanida suv toshqini bo'ldi.", "uz")["Chust"][:2] == (
        "Chust", "UZ")
    assert _found(gaz, "Чүй облусунун Сокулук районунда өрт чыкты.", "ky")["Сокулук"][:2] == ("Sokuluk", "KG")
    tg = _found(gaz, "Рӯзи шанбе дар шаҳри Истаравшан садҳо нафар ҷамъ омаданд.", "tg")
    assert tg == {"Истаравшан": ("Istaravshan", "TJ", "city", "event")}


def test_common_words_and_dates_are_no_places(gaz) -> None:
    assert _found(gaz, "Bozor yopildi, odamlar uylariga qaytdi.", "uz") == {}
    assert _found(gaz, "Dushanba kuni havo sovuq bo'ladi.", "uz") == {}
    assert _found(gaz, "Бұл шешім Астанада қабылданды.", "kk").keys() == {"Астанада"}
    assert _found(gaz, "Бул чечим Бишкекте кабыл алынды.", "ky").keys() == {"Бишкекте"}
    assert _found(gaz, "Ин қарор рӯзи сешанбе дар Душанбе қабул шуд.", "tg").keys() == {"Душанбе"}
    # Everyday words that spell places elsewhere, opening a sentence (Thun, Zhaksy, El Daein, Boston): stop names.
    assert _found(gaz, "Tun bo'yi yomg'ir yog'di.", "uz") == {}
    assert _found(gaz, "Жақсы жаңалық кеше келді.", "kk") == {}
    assert _found(gaz, "Алдында дагы көп иш бар.", "ky") == {}
    assert _found(gaz, "Бостонӣ ёдгориҳо ҳифз мешаванд.", "tg") == {}


# -- roles ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "surface", "country"), [
    ("uz", "Toshkent bu ayblovlarni rad etdi.", "Toshkent", "UZ"),
    ("uz", "Rossiya Tashqi ishlar vazirligi bayonot tarqatdi.", "Rossiya", "RU"),
    ("kk", "Астана Бішкекті айыптады.", "Астана", "KZ"),
    # The source closing its sentence after the speech verb.
    ("kk", "Шымкентте жарылыс болды, деп хабарлады Астана.", "Астана", "KZ"),
    ("kk", "Ресей Сыртқы істер министрлігі мәлімдеме таратты.", "Ресей", "RU"),
    # A country's name that ends like a case form (-стан, -тан) is no located name.
    ("kk", "Қазақстан келіссөздер жалғасатынын мәлімдеді.", "Қазақстан", "KZ"),
    ("ky", "Москва бул айыптоолорду четке какты.", "Москва", "RU"),
    ("ky", "Кыргызстан сүйлөшүүлөр уланарын билдирди.", "Кыргызстан", "KG"),
    ("tg", "Душанбе Бишкекро айбдор кард.", "Душанбе", "TJ"),
    ("tg", "Маскав ин иттиҳомотро рад кард.", "Маскав", "RU"),
])
def test_capitals_and_countries_speak_for_their_governments(gaz, lang: str, text: str, surface: str,
                                                            country: str) -> None:
    name, got, _, role = _found(gaz, text, lang)[surface]
    assert (got, role) == (country, "actor"), name


def test_historical_mentions(gaz) -> None:
    assert _found(gaz, "1990-yillarda Farg'ona kichik va tinch shahar edi.", "uz")["Farg'ona"][3] == "historical"
    assert _found(gaz, "1990 жылдары Қарағанды шағын қала болды.", "kk")["Қарағанды"][3] == "historical"
    assert _found(gaz, "1990-жылдары Нарын кичинекей шаар болчу.", "ky")["Нарын"][3] == "historical"
    assert _found(gaz, "Дар солҳои 1990 Бохтар шаҳри хурд буд.", "tg")["Бохтар"][3] == "historical"


# -- dates and events ------------------------------------------------------------------------------------------------


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(r.text, str(r.date)) for r in time_refs(text, get_pack(lang), PUBLISHED)]


def test_dates() -> None:
    # A hyphen joins the day to its month (time words' day_month_hyphen).
    assert _dates("5-martda Andijonda portlash bo'ldi.", "uz") == [("5-martda", "2024-03-05")]
    assert ("5-mart", "2024-03-05") in _dates("2024-yil 5-mart kuni Andijonda portlash bo'ldi.", "uz")
    assert _dates("Kecha Qarshida portlash bo'ldi.", "uz") == [("Kecha", "2024-03-09")]
    assert ("5 наурызда", "2024-03-05") in _dates("2024 жылғы 5 наурызда Оралда жарылыс болды.", "kk")
    assert _dates("Сейсенбі күні Таразда жаңбыр жауды.", "kk") == [("Сейсенбі күні", "2024-03-05")]
    assert _dates("5-мартта Нарында жарылуу болду.", "ky") == [("5-мартта", "2024-03-05")]
    assert _dates("Үч күн мурун Токмокто өрт чыкты.", "ky") == [("Үч күн мурун", "2024-03-07")]
    assert _dates("5 марти соли 2024 дар Хуҷанд таркиш рух дод.", "tg") == [("5 марти соли 2024", "2024-03-05")]
    assert _dates("Дар Душанбе рӯзи душанбе таркиш рух дод.", "tg") == [("рӯзи душанбе", "2024-03-04")]
    assert _dates("Душанбе ором аст.", "tg") == []


def test_event_words() -> None:
    uz = event_lexicon("uz")
    # Entries whose first word holds an apostrophe, in every spelling of it.
    for text in ("qishloqda qirg'in bo'ldi", "qishloqda qirgʻin boʻldi"):
        assert [t.sub_event_type for t in uz.triggers(text)] == ["Attack"]
    assert [h.label for h in uz.outcomes("uch kishi o'ldirildi, beshtasi yaralandi")] == ["killed", "wounded"]
    assert [t.sub_event_type for t in uz.triggers("Артиллерия ўққа тутиши давом этди.")] == [
        "Shelling/artillery/missile attack"]
    assert [h.label for h in event_lexicon("kk").outcomes("екі сарбаз қаза тапты, үшеуі жараланды")] == [
        "killed", "wounded"]
    assert [t.sub_event_type for t in event_lexicon("ky").triggers("Бишкекте нааразылык акциясы өттү.")] == [
        "Peaceful protest"]
    # Shares ("акциялары") are no protest actions; a crowd dispersed by the police is a protest with intervention.
    assert event_lexicon("kk").triggers("Компанияның акциялары қымбаттады.") == []
    assert [t.sub_event_type for t in event_lexicon("ky").triggers("Компаниянын акциялары кымбаттады.")] == []
    assert max(event_lexicon("kk").triggers("Полиция наразылық білдірушілерді таратып жіберді."),
               key=lambda t: t.weight).sub_event_type == "Protest with intervention"
    # A protester is no protest: the arrest is the event.
    assert [t.sub_event_type for t in event_lexicon("tg").triggers("Милитсия даҳ эътирозгарро боздошт кард.")] == [
        "Arrests"]


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("lang", "text", "sub", "location", "day", "killed"), [
    ("uz", "Dushanba kuni Jizzax shahrida avtobus bekati yaqinida bomba portladi, ikki kishi halok bo'ldi.",
     "Remote explosive/landmine/IED", "Jizzax", dt.date(2024, 3, 4), 2),
    ("kk", "Дүйсенбі күні Тараз қаласында аялдама маңында бомба жарылып, екі адам қаза тапты.",
     "Remote explosive/landmine/IED", "Taraz", dt.date(2024, 3, 4), 2),
    ("ky", "Баткен облусундагы айылды аткылоодо дүйшөмбү күнү эки жаран каза болду.",
     "Shelling/artillery/missile attack", "Batken", dt.date(2024, 3, 4), 2),
    ("tg", "Рӯзи душанбе дар шаҳри Кӯлоб дар назди истгоҳи автобус бомба таркид ва ду нафар кушта шуданд.",
     "Remote explosive/landmine/IED", "Kŭlob", dt.date(2024, 3, 4), 2),
])
def test_an_attack_with_its_toll(ex, lang: str, text: str, sub: str, location: str, day: dt.date,
                                 killed: int) -> None:
    events = ex(text, publication_date=PUBLISHED)
    assert set(events.lang) == {lang}
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.event_date, row.fatalities) == (sub, location, day, killed)


def test_a_protest_and_an_arrest(ex) -> None:
    kk = ex("Сенбі күні Жаңаөзенде мыңдаған адам наразылық акциясына шықты.", publication_date=PUBLISHED)
    assert (kk.iloc[0].sub_event_type, kk.iloc[0].location, kk.iloc[0].event_date) == (
        "Peaceful protest", "Zhanaozen", dt.date(2024, 3, 9))
    for text in ("Kecha Qarshida politsiya o'n nafar faolni hibsga oldi.",
                 "Кеча Қаршида полиция ўн нафар фаолни ҳибсга олди."):  # Uzbek in Latin and Cyrillic letters
        uz = ex(text, publication_date=PUBLISHED)
        assert [(r.sub_event_type, r.location, r.event_date, r.actor1) for r in uz.itertuples()] == [
            ("Arrests", "Qarshi", dt.date(2024, 3, 9), "Police Forces")]


@pytest.mark.parametrize(("lang", "text", "location", "actor"), [
    ("uz", "Shanba kuni tojik chegarachilari Sox tumanidagi qishloqni o'qqa tutdi, ikki kishi halok bo'ldi.",
     "Sokh", "Military Forces of Tajikistan"),
    ("ky", "Шаршемби күнү тажик чек арачылары Баткен облусундагы айылды аткылап, эки жаран каза болду.",
     "Batken", "Military Forces of Tajikistan"),
])
def test_a_demonym_names_the_border_guards(ex, lang: str, text: str, location: str, actor: str) -> None:
    events = ex(text, lang=lang, publication_date=PUBLISHED)
    assert list(zip(events.location, events.actor1, strict=True)) == [(location, actor)]
