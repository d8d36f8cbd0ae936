"""The Azerbaijani, Armenian and Georgian packs: case endings written onto names (Azerbaijani "Sumqayıtda", Armenian
"Գյումրիում", Georgian "ბათუმში"), cue words, capitals that speak for their governments, historical mentions, dates,
tolls and events.

Every sentence here was written for these tests (fictional but plausible news about real places of the South Caucasus).
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
AZ_BLAST = ("BAKI — Bazar ertəsi Gəncə şəhərində baş verən partlayış nəticəsində iki nəfər həlak olub, polis bildirib. "
            "Sumqayıtda da etiraz aksiyası keçirilib.")
HY_BLAST = ("ԵՐԵՎԱՆ — Երկուշաբթի Գյումրիում տեղի ունեցած պայթյունի հետևանքով երկու մարդ է զոհվել, հայտնում է "
            "ոստիկանությունը։ Վանաձորում նույնպես լարված է։")
KA_BLAST = ("თბილისი — ორშაბათს ბათუმში მომხდარ აფეთქებას ორი ადამიანი ემსხვერპლა, განაცხადა შინაგან საქმეთა "
            "სამინისტრომ. ქუთაისში საპროტესტო აქცია გაიმართა.")


@pytest.mark.parametrize(("lang", "text", "name"), [
    ("az", "Yağışlı hava səbəbindən bir neçə kənddə yollar bağlanıb, sakinlər evlərində qalıblar.", "Azerbaijani"),
    ("hy", "Հորդառատ անձրևների պատճառով մի քանի գյուղում ճանապարհները փակվել են, բնակիչները տանն են մնացել։",
     "Armenian"),
    ("ka", "ძლიერი წვიმის გამო რამდენიმე სოფელში გზები ჩაიკეტა და მოსახლეობა სახლებში დარჩა.", "Georgian"),
])
def test_language_is_detected_and_has_its_pack(lang: str, text: str, name: str) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack is get_pack(lang) and pack.name == name


def test_pack_words() -> None:
    az, hy, ka = get_pack("az"), get_pack("hy"), get_pack("ka")
    assert az.weekday("bazar ertəsi") == 0 and az.weekday("bazar") == 6 and az.month("sentyabr") == 9
    assert hy.month("մարտի") == 3 and hy.weekday("Ուրբաթ") == 4 and hy.numbers.value("քսան") == 20
    assert ka.month("მარტს") == 3 and ka.weekday("ორშაბათს") == 0 and ka.numbers.value("ორმოცი") == 40
    assert az.cue_type("rayonunda") == "region" and hy.cue_type("գյուղում") == "village"
    assert ka.cue_type("ქალაქ") == "city" and ka.cue_type("მუნიციპალიტეტში") == "region"


# -- places with their case endings ------------------------------------------------------------------------------


def test_inflected_names_are_found(gaz) -> None:
    az = _found(gaz, AZ_BLAST, "az")
    assert az["BAKI"][3] == "dateline" and az["Gəncə"][:2] == ("Ganja", "AZ")
    assert az["Sumqayıtda"][:2] == ("Sumgayit", "AZ") and az["Sumqayıtda"][3] == "event"
    hy = _found(gaz, HY_BLAST, "hy")
    assert hy["Գյումրիում"][:2] == ("Gyumri", "AM") and hy["Վանաձորում"][:2] == ("Vanadzor", "AM")
    ka = _found(gaz, KA_BLAST, "ka")
    assert ka["ბათუმში"][:2] == ("Batumi", "GE") and ka["ქუთაისში"][:2] == ("Kutaisi", "GE")


def test_a_locative_ending_vouches_for_a_smaller_place(gaz) -> None:
    assert _found(gaz, "Polis Ağdamda iki nəfəri saxlayıb.", "az")["Ağdamda"][:2] == ("Aghdam", "AZ")
    assert _found(gaz, "Ոստիկանները Մեղրիում երկու մարդու են ձերբակալել։", "hy")["Մեղրիում"][:2] == ("Meghri", "AM")


def test_cue_words_and_a_place_after_a_cue_word(gaz) -> None:
    az = _found(gaz, "Tovuz rayonunun Ağdam kəndində atışma olub.", "az")
    assert az["Tovuz rayonunun"][1] == "AZ" and "Ağdam" in az
    hy = _found(gaz, "Սյունիքի մարզի Կապան քաղաքում բողոքի ակցիա է անցկացվել։", "hy")
    assert hy["Սյունիքի"][:2] == ("Syunik", "AM") and hy["Կապան"][:2] == ("Kapan", "AM")
    ka = _found(gaz, "ზუგდიდის მუნიციპალიტეტში ქალაქ ფოთის მახლობლად ხანძარი გაჩნდა.", "ka")
    assert ka["ზუგდიდის"][:2] == ("Zugdidi", "GE") and ka["ფოთის"][:2] == ("Poti", "GE")


def test_months_and_common_words_are_no_places(gaz) -> None:
    assert _found(gaz, "2024 წლის 5 მარტს ზუგდიდში საპროტესტო აქცია გაიმართა.", "ka").keys() == {"ზუგდიდში"}
    assert _found(gaz, "Dünən yağış yağıb, bazar günü isə hava soyuq olacaq.", "az") == {}
    # A function word with a locative ending is no inflected place ("Harada", "where": not Hara in Japan), nor is a
    # common word read through the inflection rules ("Տուն", "house": not Töv; "თამაში", "game": not Tamai).
    assert _found(gaz, "Harada və nə vaxt baş verdiyi hələ bilinmir.", "az") == {}
    assert _found(gaz, "Տուն վերադառնալու ճանապարհին նա ոչինչ չի տեսել։", "hy") == {}
    assert _found(gaz, "თამაში გუშინ საღამოს დასრულდა.", "ka") == {}


# -- roles ---------------------------------------------------------------------------------------------------------


def test_capitals_speak_for_their_governments(gaz) -> None:
    az = _found(gaz, "Dünən Bakı İrəvanı ittiham edib.", "az")
    assert az["Bakı"][:2] == ("Baku", "AZ") and az["Bakı"][3] == "actor" and az["İrəvanı"][1] == "AM"
    hy = _found(gaz, "Բաքուն մեղադրել է Երևանին հրադադարի խախտման մեջ։", "hy")
    assert hy["Բաքուն"][:2] == ("Baku", "AZ") and hy["Բաքուն"][3] == "actor"
    ka = _found(gaz, "რუსეთმა განაცხადა, რომ ცხინვალში ვითარება მშვიდია.", "ka")
    assert ka["რუსეთმა"][:2] == ("Russia", "RU") and ka["რუსეთმა"][3] == "actor"
    assert ka["ცხინვალში"][1] == "GE" and ka["ცხინვალში"][3] == "event"


def test_historical_mentions(gaz) -> None:
    assert _found(gaz, "1990-cı illərdə Ağdamda ağır döyüşlər gedib.", "az")["Ağdamda"][3] == "historical"
    assert _found(gaz, "1990-ական թվականներին Գորիսը փոքր քաղաք էր։", "hy")["Գորիսը"][3] == "historical"
    assert _found(gaz, "1990-იან წლებში სოხუმი ომის ზონა იყო.", "ka")["სოხუმი"][3] == "historical"


# -- dates and events ------------------------------------------------------------------------------------------------


def _dates(text: str, lang: str) -> list[tuple[str, str]]:
    return [(r.text, str(r.date)) for r in time_refs(text, get_pack(lang), PUBLISHED)]


def test_dates() -> None:
    assert _dates("Tərtər rayonu 5 mart 2024-cü il tarixində atəşə tutulub.", "az") == [("5 mart 2024", "2024-03-05")]
    assert _dates("5 մարտի 2024 թ. Բերդում կրակոցներ են հնչել։", "hy")[0] == ("5 մարտի 2024 թ", "2024-03-05")
    assert ("5 მარტს", "2024-03-05") in _dates("2024 წლის 5 მარტს ზუგდიდში აქცია გაიმართა.", "ka")
    assert _dates("Dünən Ağdamda partlayış olub.", "az") == [("Dünən", "2024-03-09")]
    # The month's name before the day, with the day's case ending (time words' month_day).
    assert _dates("Martın 5-də Ağdamda partlayış olub.", "az") == [("Martın 5-də", "2024-03-05")]
    assert _dates("Մարտի 5-ին Բերդում կրակոցներ են հնչել։", "hy") == [("Մարտի 5-ին", "2024-03-05")]
    assert _dates("გუშინ გორში პოლიციამ სამი ადამიანი დააკავა.", "ka") == [("გუშინ", "2024-03-09")]


def test_event_words() -> None:
    shelling = event_lexicon("az").triggers("Ağdam istiqamətində artilleriya atəşi açılıb.")
    assert [t.sub_event_type for t in shelling] == ["Shelling/artillery/missile attack"]
    assert [h.label for h in event_lexicon("hy").outcomes("երկու զինծառայող զոհվել է, երեքը՝ վիրավորվել")] == [
        "killed", "wounded"]
    assert [t.sub_event_type for t in event_lexicon("ka").triggers("ქუთაისში საპროტესტო აქცია გაიმართა.")] == [
        "Peaceful protest"]


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("text", "sub", "location", "country", "day", "killed"), [
    (AZ_BLAST, "Remote explosive/landmine/IED", "Ganja", "Azerbaijan", dt.date(2024, 3, 4), 2),
    (HY_BLAST, "Remote explosive/landmine/IED", "Gyumri", "Armenia", dt.date(2024, 3, 4), 2),
    (KA_BLAST, "Remote explosive/landmine/IED", "Batumi", "Georgia", dt.date(2024, 3, 4), 2),
])
def test_an_explosion_with_its_toll(ex, text: str, sub: str, location: str, country: str, day: dt.date,
                                    killed: int) -> None:
    events = ex(text, publication_date=PUBLISHED)
    row = events.iloc[0]
    assert (row.sub_event_type, row.location, row.country, row.event_date, row.fatalities) == (
        sub, location, country, day, killed)


def test_a_protest_and_an_arrest(ex) -> None:
    az = ex(AZ_BLAST, publication_date=PUBLISHED)
    assert ("Peaceful protest", "Sumgayit") in set(zip(az.sub_event_type, az.location, strict=True))
    ka = ex("გუშინ გორში პოლიციამ სამი ადამიანი დააკავა.", publication_date=PUBLISHED)
    assert (ka.iloc[0].sub_event_type, ka.iloc[0].location, ka.iloc[0].event_date) == (
        "Arrests", "Gori", dt.date(2024, 3, 9))


@pytest.mark.parametrize(("lang", "text", "actor"), [
    ("hy", "ԵՐԵՎԱՆ — Շաբաթ գիշերը ադրբեջանական զինուժը հրետակոծել է Տավուշի մարզի Բերդ քաղաքը։",
     "Military Forces of Azerbaijan"),
    ("az", "BAKI — Şənbə gecəsi erməni silahlı qüvvələri Tovuz rayonunun Ağdam kəndi istiqamətində atəş açıb.",
     "Military Forces of Armenia"),
    ("ka", "თბილისი — შაბათს რუსულმა ჯარმა ცხინვალის მახლობლად ორი ადამიანი დააკავა.", "Military Forces of Russia"),
])
def test_a_demonym_names_the_armed_forces(ex, lang: str, text: str, actor: str) -> None:
    events = ex(text, lang=lang, publication_date=PUBLISHED)
    assert len(events) and set(events.actor1) == {actor}
