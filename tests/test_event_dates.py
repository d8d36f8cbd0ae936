"""The WHEN reader: explicit dates, weekdays, relative days and periods, years, decades, publication dates."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.errors import BadInputError
from geomap.events.dates import publication_date, time_refs
from geomap.text.packs import get_pack

MON = dt.date(2020, 9, 28)  # a Monday


def refs(text: str, lang: str, pub: dt.date | None = MON) -> list[tuple[str, str | None, int, str]]:
    return [(r.text, r.date.isoformat() if r.date else None, r.time_precision, r.kind)
            for r in time_refs(text, get_pack(lang), pub)]


def first(text: str, lang: str, pub: dt.date | None = MON):
    found = time_refs(text, get_pack(lang), pub)
    assert found, f"no time reference in {text!r}"
    return found[0]


# -- explicit dates ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface", "date"),
    [
        ("en", "Talks resumed on 14 August 2019 in the capital.", "14 August 2019", "2019-08-14"),
        ("en", "Talks resumed on August 14, 2019 in the capital.", "August 14, 2019", "2019-08-14"),
        ("en", "Talks resumed on Aug. 14 in the capital.", "Aug. 14", "2020-08-14"),
        ("en", "Talks resumed on the 14th of August.", "14th of August", "2020-08-14"),
        ("en", "The file is dated 2019-08-14.", "2019-08-14", "2019-08-14"),
        ("id", "Warga mengungsi pada Selasa (15/9/2020) malam.", "Selasa (15/9/2020) malam", "2020-09-15"),
        ("id", "Warga mengungsi pada 15/9/2020.", "15/9/2020", "2020-09-15"),
        ("id", "Warga mengungsi pada Selasa (15/9).", "Selasa (15/9)", "2020-09-15"),
        ("id", "Banjir melanda pada 15 September 2020 lalu.", "15 September 2020", "2020-09-15"),
        ("es", "Los combates comenzaron el 15 de septiembre de 2020.", "15 de septiembre de 2020", "2020-09-15"),
        ("es", "Los combates comenzaron el 15 de septiembre.", "15 de septiembre", "2020-09-15"),
        ("fr", "Les combats ont repris le 15 septembre.", "15 septembre", "2020-09-15"),
        ("fr", "Les combats ont repris le 1er septembre 2020.", "1er septembre 2020", "2020-09-01"),
        ("ru", "Бои возобновились 15 сентября.", "15 сентября", "2020-09-15"),
        ("ru", "Бои возобновились 15 сентября 2020 года.", "15 сентября 2020 года", "2020-09-15"),
        ("ru", "Бои возобновились 15.09.2020.", "15.09.2020", "2020-09-15"),
        ("uk", "Бої відновилися 15 вересня 2020 року.", "15 вересня 2020 року", "2020-09-15"),
        ("ar", "استؤنف القتال في 15 سبتمبر", "15 سبتمبر", "2020-09-15"),
        ("ar", "استؤنف القتال في ١٥ أيلول ٢٠٢٠", "١٥ أيلول ٢٠٢٠", "2020-09-15"),
    ],
)
def test_explicit_dates(lang: str, text: str, surface: str, date: str) -> None:
    ref = first(text, lang)
    assert (ref.text, ref.date.isoformat(), ref.time_precision, ref.kind) == (surface, date, 1, "date")
    assert text[ref.start:ref.end] == ref.text


def test_numeric_order() -> None:
    assert first("on 3/4/2020", "en").date == dt.date(2020, 3, 4)  # English: month first when ambiguous
    assert first("pada 3/4/2020", "id").date == dt.date(2020, 4, 3)
    assert first("on 28/9/2020", "en").date == dt.date(2020, 9, 28)  # 28 cannot be a month
    assert first("el 28/9/20", "es").date == dt.date(2020, 9, 28)


def test_impossible_dates_are_dropped() -> None:
    assert refs("on 31/2/2020 and 45/13/2020", "en") == []


def test_day_range() -> None:
    assert refs("Fighting on 12-14 September killed many.", "en") == [("12-14 September", "2020-09-12", 2, "date")]


def test_months_without_day() -> None:
    assert refs("Protests began in March.", "en") == [("March", "2020-03-01", 3, "date")]
    assert refs("Protes dimulai pada Maret 2019.", "id") == [("Maret 2019", "2019-03-01", 3, "date")]
    assert refs("Las protestas comenzaron en marzo de 2019.", "es") == [("marzo de 2019", "2019-03-01", 3, "date")]
    assert refs("Протесты начались в марте.", "ru") == [("марте", "2020-03-01", 3, "date")]
    assert refs("بدأت الاحتجاجات في مارس", "ar") == [("مارس", "2020-03-01", 3, "date")]


def test_month_words_that_are_not_months() -> None:
    assert refs("Officials said they may 5 times reconsider.", "en") == []
    assert refs("The convoy may arrive in the sea port.", "en") == []
    assert refs("Il y a sept blessés.", "fr") == []


# -- weekdays, relative days and periods, parts of the day ----------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "The attack came on Sunday.", "2020-09-27"),
        ("en", "The attack came on Monday.", "2020-09-28"),  # the publication day itself
        ("en", "The attack came on Tuesday.", "2020-09-22"),
        ("id", "Serangan terjadi pada Jumat.", "2020-09-25"),
        ("es", "El ataque ocurrió el sábado.", "2020-09-26"),
        ("fr", "L'attaque a eu lieu mercredi.", "2020-09-23"),
        ("ru", "Нападение произошло в среду.", "2020-09-23"),
        ("uk", "Напад стався у п’ятницю.", "2020-09-25"),
        ("ar", "وقع الهجوم يوم الخميس", "2020-09-24"),
    ],
)
def test_weekdays_resolve_to_latest_on_or_before_publication(lang: str, text: str, date: str) -> None:
    ref = first(text, lang)
    assert (ref.date.isoformat(), ref.time_precision, ref.kind) == (date, 1, "weekday")


def test_weekday_words_used_otherwise() -> None:
    assert refs("Dua minggu terakhir hujan turun, beberapa minggu sebelumnya kering.", "id") == []
    assert refs("Защита окружающей среды важна.", "ru") == []
    assert refs("Lo dijo el tenor Plácido Domingo en Madrid.", "es") == []


@pytest.mark.parametrize(
    ("lang", "text", "surface", "date"),
    [
        ("en", "On Sunday morning the shelling stopped.", "Sunday morning", "2020-09-27"),
        ("id", "Minggu pagi warga kembali ke rumah.", "Minggu pagi", "2020-09-27"),
        ("es", "El domingo por la mañana volvió la calma.", "domingo por la mañana", "2020-09-27"),
        ("fr", "Dimanche soir, le calme est revenu.", "Dimanche soir", "2020-09-27"),
        ("ru", "В воскресенье утром обстрел прекратился.", "воскресенье утром", "2020-09-27"),
        ("ar", "توقف القصف صباح الأحد", "صباح الأحد", "2020-09-27"),
        ("id", "Minggu malam (27/9/2020) listrik padam.", "Minggu malam (27/9/2020)", "2020-09-27"),
        ("en", "Yesterday evening the power failed.", "Yesterday evening", "2020-09-27"),
    ],
)
def test_part_of_day_joins_its_day(lang: str, text: str, surface: str, date: str) -> None:
    found = time_refs(text, get_pack(lang), MON)
    assert len(found) == 1
    assert (found[0].text, found[0].date.isoformat(), found[0].time_precision) == (surface, date, 1)


def test_part_of_day_alone_has_no_date() -> None:
    assert refs("The raid came at dawn.", "en") == [("dawn", None, 1, "part_of_day")]


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "Yesterday the army withdrew.", "2020-09-27"),
        ("en", "The army withdrew today.", "2020-09-28"),
        ("id", "Kemarin tentara mundur.", "2020-09-27"),
        ("id", "Tentara mundur hari ini.", "2020-09-28"),
        ("id", "Semalam tentara mundur.", "2020-09-27"),
        ("es", "Ayer el ejército se retiró.", "2020-09-27"),
        ("fr", "Hier, l'armée s'est retirée.", "2020-09-27"),
        ("fr", "Avant-hier, l'armée s'est retirée.", "2020-09-26"),
        ("ru", "Вчера армия отступила.", "2020-09-27"),
        ("uk", "Учора армія відступила.", "2020-09-27"),
        ("ar", "انسحب الجيش أمس", "2020-09-27"),
    ],
)
def test_relative_days(lang: str, text: str, date: str) -> None:
    ref = first(text, lang)
    assert (ref.date.isoformat(), ref.time_precision, ref.kind) == (date, 1, "relative")


def test_tomorrow_versus_morning_in_spanish() -> None:
    assert refs("Mañana habrá elecciones.", "es") == [("Mañana", "2020-09-29", 1, "relative")]
    assert refs("Llegaron por la mañana.", "es") == [("mañana", None, 1, "part_of_day")]


@pytest.mark.parametrize(
    ("lang", "text", "date", "precision"),
    [
        ("en", "Last week the talks failed.", "2020-09-21", 2),
        ("en", "Last month the talks failed.", "2020-08-01", 3),
        ("en", "The talks failed three days ago.", "2020-09-25", 1),
        ("en", "The talks failed 2 weeks ago.", "2020-09-14", 2),
        ("id", "Pekan lalu perundingan gagal.", "2020-09-21", 2),
        ("id", "Bulan lalu perundingan gagal.", "2020-08-01", 3),
        ("id", "Perundingan gagal dua hari lalu.", "2020-09-26", 1),
        ("es", "La semana pasada fracasaron las negociaciones.", "2020-09-21", 2),
        ("es", "Fracasaron hace cinco días.", "2020-09-23", 1),
        ("fr", "Les pourparlers ont échoué le mois dernier.", "2020-08-01", 3),
        ("fr", "Les pourparlers ont échoué il y a trois semaines.", "2020-09-07", 2),
        ("ru", "На прошлой неделе переговоры сорвались.", "2020-09-21", 2),
        ("ru", "Переговоры сорвались две недели назад.", "2020-09-14", 2),
        ("uk", "Минулого місяця переговори зірвалися.", "2020-08-01", 3),
        ("ar", "فشلت المحادثات الأسبوع الماضي", "2020-09-21", 2),
        ("ar", "فشلت المحادثات قبل ثلاثة أيام", "2020-09-25", 1),
    ],
)
def test_relative_periods(lang: str, text: str, date: str, precision: int) -> None:
    ref = first(text, lang)
    assert (ref.date.isoformat(), ref.time_precision, ref.kind) == (date, precision, "period")


def test_last_month_at_the_end_of_a_month() -> None:
    # Thirty days before 31 March is still March: a month is counted in calendar months.
    assert first("last month", "en", dt.date(2021, 3, 31)).date == dt.date(2021, 2, 1)
    assert first("last month", "en", dt.date(2021, 1, 15)).date == dt.date(2020, 12, 1)


# -- years, decades, historical ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "surface", "kind", "year", "historical"),
    [
        ("en", "The dam was built in 1994.", "1994", "year", 1994, True),
        ("en", "Elections are due in 2020.", "2020", "year", 2020, False),
        ("en", "Unrest grew in the 1990s.", "1990s", "decade", 1990, True),
        ("en", "Unrest has grown in the 2020s.", "2020s", "decade", 2020, False),
        ("en", "The town has been besieged since 2020.", "2020", "year", 2020, True),
        ("id", "Bendungan dibangun pada 2016.", "2016", "year", 2016, True),
        ("id", "Wilayah itu direbut pada 1990-an.", "1990-an", "decade", 1990, True),
        ("id", "Kota itu dikepung sejak tahun 2014.", "2014", "year", 2014, True),
        ("es", "La presa se construyó en 1994.", "1994", "year", 1994, True),
        ("es", "Hubo disturbios en los años 90.", "años 90", "decade", 1990, True),
        ("fr", "Le barrage date de 1994.", "1994", "year", 1994, True),
        ("fr", "Des troubles dans les années 1990.", "années 1990", "decade", 1990, True),
        ("ru", "Плотину построили в 1994 году.", "1994 году", "year", 1994, True),
        ("ru", "Беспорядки начались в 1990-х.", "1990-х", "decade", 1990, True),
        ("uk", "Місто в облозі з 2014 року.", "2014 року", "year", 2014, True),
        ("ar", "بني السد عام 1994", "1994", "year", 1994, True),
        ("ar", "اضطرابات منذ الثمانينات", "الثمانينات", "decade", 1980, True),
    ],
)
def test_years_decades_and_historical(lang: str, text: str, surface: str, kind: str, year: int,
                                      historical: bool) -> None:
    ref = first(text, lang)
    assert (ref.text, ref.kind, ref.date, ref.time_precision, ref.historical) == (
        surface, kind, dt.date(year, 1, 1), 3, historical)


def test_since_a_month_is_historical_and_old_dates_are_too() -> None:
    ref = first("The siege has lasted since August.", "en")
    assert (ref.text, ref.historical) == ("August", True)
    assert first("on 3 May 2020", "en").historical  # ended more than 60 days before publication
    assert not first("on 20 September 2020", "en").historical
    assert first("last year", "en").historical
    assert not first("yesterday", "en").historical


def test_old_years_need_an_introducing_word() -> None:
    assert refs("The fort was built in 1850.", "en", None) == [("1850", "1850-01-01", 3, "year")]
    assert refs("Room 1850 was empty.", "en", None) == []


# -- years of dates without one ----------------------------------------------------------------------------------------


def test_date_without_year_near_new_year() -> None:
    early_jan = dt.date(2021, 1, 3)
    assert first("on 28 December", "en", early_jan).date == dt.date(2020, 12, 28)
    assert first("on 2 January", "en", early_jan).date == dt.date(2021, 1, 2)
    assert first("pada 28/12", "id", early_jan).date == dt.date(2020, 12, 28)
    assert first("28 декабря", "ru", early_jan).date == dt.date(2020, 12, 28)
    late_dec = dt.date(2020, 12, 30)
    assert first("le 2 janvier", "fr", late_dec).date == dt.date(2020, 1, 2)
    assert first("in December", "en", early_jan).date == dt.date(2020, 12, 1)


# -- no publication date ----------------------------------------------------------------------------------------------


def test_no_publication_date() -> None:
    text = "Yesterday troops left. On Sunday morning they returned. Last week talks failed."
    found = time_refs(text, get_pack("en"))
    assert [(r.kind, r.date) for r in found] == [("relative", None), ("weekday", None), ("period", None)]
    # A date without a year takes the year of the latest full date of the text.
    found = time_refs("Fighting on 28 September 2020 followed clashes on 2 August.", get_pack("en"))
    assert [r.date for r in found] == [dt.date(2020, 9, 28), dt.date(2020, 8, 2)]
    assert time_refs("Fighting on 2 August.", get_pack("en"))[0].date is None
    # Historical years against the latest full date when there is no publication date.
    found = time_refs("On 28 September 2020 fighting resumed; the war of 2016 ended in 2016.", get_pack("en"))
    assert [r.historical for r in found] == [False, True, True]


def test_bad_publication_date() -> None:
    with pytest.raises(BadInputError, match=r"datetime\.date"):
        time_refs("yesterday", get_pack("en"), "2020-09-28")  # type: ignore[arg-type]
    with pytest.raises(BadInputError, match="decode it first"):
        publication_date(None, get_pack("en"))  # type: ignore[arg-type]
    ref = time_refs("yesterday", get_pack("en"), dt.datetime(2020, 9, 28, 14, 0))[0]
    assert ref.date == dt.date(2020, 9, 27)


def test_offsets_and_range() -> None:
    text = "Kemarin 5 orang tewas. Pada Minggu pagi warga mengungsi."
    pack = get_pack("id")
    cut = text.index("Pada")
    assert [r.text for r in time_refs(text, pack, MON, start=cut)] == ["Minggu pagi"]
    assert [r.text for r in time_refs(text, pack, MON, 0, cut)] == ["Kemarin"]
    for r in time_refs(text, pack, MON):
        assert text[r.start:r.end] == r.text


# -- publication date --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("id", "JAKARTA -- Hujan deras merendam ratusan rumah pada Sabtu (12/12/2020). Warga mengungsi.",
         dt.date(2020, 12, 12)),
        ("en", "Published 3 March 2024\nDrone strikes hit the port overnight, officials said.", dt.date(2024, 3, 3)),
        ("en", "LVIV, March 3 (Reuters) - Drones struck the port. The 2024 harvest is at risk.", dt.date(2024, 3, 3)),
        ("en", "2024-03-03T09:15:00Z\nDrones struck the port.", dt.date(2024, 3, 3)),
        ("ru", "ОДЕССА, 3 марта 2024 года. Беспилотники атаковали порт.", dt.date(2024, 3, 3)),
        ("ar", "بيروت، ٣ آذار ٢٠٢٤ - قصفت طائرات مسيرة الميناء.", dt.date(2024, 3, 3)),
    ],
)
def test_publication_date(lang: str, text: str, date: dt.date) -> None:
    assert publication_date(text, get_pack(lang)) == date


def test_publication_date_absent_or_too_late() -> None:
    pack = get_pack("en")
    assert publication_date("Drones struck the port. Officials counted the damage.", pack) is None
    late = "Drones struck the port. Officials counted the damage. " * 8 + "It was first hit on 3 March 2019."
    assert publication_date(late, pack) is None
    assert publication_date("LVIV, March 3 (Reuters) - Drones struck the port.", pack) is None  # no year anywhere


def test_dateline_and_body_of_a_short_indonesian_report() -> None:
    text = ("SEMARANG -- Banjir rob merendam pesisir untuk hari ketiga, Senin (28/9/2020). Sebanyak 12 rumah "
            "rusak hari ini. Banjir serupa melanda pada 1980-an, dan terakhir pada 2013.")
    pack = get_pack("id")
    pub = publication_date(text, pack)
    assert pub == MON
    assert refs(text, "id", pub) == [
        ("Senin (28/9/2020)", "2020-09-28", 1, "date"),
        ("hari ini", "2020-09-28", 1, "relative"),
        ("1980-an", "1980-01-01", 3, "decade"),
        ("2013", "2013-01-01", 3, "year"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pt", "O ataque ocorreu há três dias, em 6 de março de 2024.", {"há três dias", "6 de março de 2024"}),
        ("de", "Der Angriff geschah vor drei Tagen, nicht am Montag.", {"vor drei Tagen", "Montag"}),
        ("tr", "Saldırı üç gün önce gerçekleşti.", {"üç gün önce"}),
        ("it", "L'attacco è avvenuto tre giorni fa, non il 6 marzo del 2024.", {"tre giorni fa", "6 marzo del 2024"}),
    ],
)
def test_time_words_of_the_new_packs(lang: str, text: str, expected: set[str]) -> None:
    # "ago" words, joiners and German capitalised weekdays come from data/time_words.json.
    found = {r.text: r.date for r in time_refs(text, get_pack(lang), dt.date(2024, 3, 10))}
    assert expected <= set(found), found
    assert all(found[t] is not None and found[t] < dt.date(2024, 3, 10) for t in expected)
