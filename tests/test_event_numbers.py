"""The HOW MANY reader: numbers in digits and words, vague quantities, and what is not a count."""

from __future__ import annotations

import pytest

from geomap.errors import BadInputError
from geomap.events.dates import time_refs
from geomap.events.model import Quantity
from geomap.events.numbers import outside, quantities, value_of
from geomap.text.packs import get_pack


def found(text: str, lang: str) -> list[tuple[str, int, bool]]:
    return [(q.text, q.value, q.vague) for q in quantities(text, get_pack(lang))]


def values(text: str, lang: str) -> list[int]:
    return [q.value for q in quantities(text, get_pack(lang))]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "At least 14 people died and 1,250 fled.", [14, 1250]),
        ("en", "Officials counted 1,250,000 voters and 3.5 million ballots.", [1250000, 3500000]),
        ("en", "Some 1\u00a0300 families and 2\u202f450 children arrived.", [1300, 2450]),
        ("id", "Sebanyak 41 warga mengungsi, 12.500 rumah rusak dan 2,5 juta orang terdampak.", [41, 12500, 2500000]),
        ("id", "Polisi menyita 3 ribu butir peluru dan 1,2 miliar rupiah.", [3000, 1200000000]),
        ("es", "Murieron 17 personas y 30.000 quedaron sin hogar; el daño supera 1,5 millones.", [17, 30000, 1500000]),
        ("fr", "On compte 8 morts et 12 400 déplacés, soit 2,3 millions d'euros de dégâts.", [8, 12400, 2300000]),
        ("ru", "Погибли 23 человека, эвакуированы 4 500 жителей, ущерб 1,5 млн рублей.", [23, 4500, 1500000]),
        ("uk", "Загинули 6 осіб, евакуйовано 12 000 людей і 3 тис. тварин.", [6, 12000, 3000]),
        ("ar", "قتل ٢٣ شخصا ونزح ١٢٬٥٠٠ آخرون", [23, 12500]),
        ("ar", "أصيب 45 شخصا و3 آلاف نزحوا", [45, 3000]),
    ],
)
def test_digits_with_separators_and_scales(lang: str, text: str, expected: list[int]) -> None:
    assert values(text, lang) == expected


def test_thousands_dot_versus_decimal_before_a_scale() -> None:
    # Before a scale word the language's decimal sign is a decimal point, the other one groups thousands.
    assert values("Kerugian 1.500 juta rupiah", "id") == [1_500_000_000]
    assert values("Kerugian 1,5 juta rupiah", "id") == [1_500_000]
    assert values("a loss of 1.5 billion dollars", "en") == [1_500_000_000]
    assert values("a loss of 1,500 million dollars", "en") == [1_500_000_000]
    # A dot before exactly three digits groups thousands whatever the language.
    assert values("About 40.000 people marched.", "en") == [40000]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Thirty-two miners and one hundred and five guards", [32, 105]),
        ("en", "two thousand three hundred and forty soldiers", [2340]),
        ("en", "nineteen boats, seventy-seven tents, a hundred trucks", [19, 77, 100]),
        ("id", "tujuh nelayan, lima perahu dan tiga puluh dua rumah", [7, 5, 32]),
        ("id", "seratus lima puluh warga, dua ratus ribu pengungsi, sebelas polisi, seribu tentara",
         [150, 200000, 11, 1000]),
        ("id", "dua belas anak dan sembilan belas guru", [12, 19]),
        ("es", "veintitrés heridos, treinta y dos muertos y doscientos mil desplazados", [23, 32, 200000]),
        ("es", "ciento cinco casas y tres mil quinientas personas", [105, 3500]),
        ("fr", "vingt-trois blessés, soixante-quinze morts, quatre-vingt-dix-sept otages", [23, 75, 97]),
        ("fr", "trente et un soldats et deux cents civils", [31, 200]),
        ("ru", "двадцать пять человек, триста сорок домов, две тысячи пятьсот беженцев", [25, 340, 2500]),
        ("ru", "погибли трое, ранены пятеро", [3, 5]),
        ("uk", "тридцять два бійці, п’ятнадцять будинків, двісті осіб", [32, 15, 200]),
        ("uk", "загинули троє, поранено семеро", [3, 7]),
        ("ar", "قتل خمسة أشخاص وأصيب خمسة وعشرون", [5, 25]),
        ("ar", "مائة وخمسون منزلا وثلاثة آلاف لاجئ وألفين", [150, 3000, 2000]),
    ],
)
def test_number_words(lang: str, text: str, expected: list[int]) -> None:
    assert values(text, lang) == expected


def test_word_spans_cover_the_whole_number() -> None:
    text = "Sebanyak tiga puluh dua tentara tewas."
    (q,) = quantities(text, get_pack("id"))
    assert (q.text, q.start, q.end) == ("tiga puluh dua", 9, 23)
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Dozens of homes burned and hundreds fled; scores were hurt.", [("Dozens of", 12), ("hundreds", 100),
                                                                          ("scores", 20)]),
        ("en", "tens of thousands marched", [("tens of thousands", 10000)]),
        ("id", "puluhan rumah dan ratusan warga; ribuan tentara; ratusan ribu pengungsi",
         [("puluhan", 10), ("ratusan", 100), ("ribuan", 1000), ("ratusan ribu", 100000)]),
        ("es", "decenas de heridos y miles de desplazados", [("decenas", 10), ("miles", 1000)]),
        ("fr", "des dizaines de blessés et des centaines de morts", [("dizaines", 10), ("centaines", 100)]),
        ("ru", "десятки раненых и сотни беженцев", [("десятки", 10), ("сотни", 100)]),
        ("uk", "десятки поранених і тисячі біженців", [("десятки", 10), ("тисячі", 1000)]),
        ("ar", "عشرات الجرحى ومئات النازحين", [("عشرات", 10), ("مئات", 100)]),
    ],
)
def test_vague_quantities_are_lower_bounds(lang: str, text: str, expected: list[tuple[str, int]]) -> None:
    got = quantities(text, get_pack(lang))
    assert [(q.text, q.value) for q in got] == expected
    assert all(q.vague for q in got)


def test_scale_word_that_is_also_vague() -> None:
    # "тысячи" / "آلاف" alone mean "thousands", after a number they multiply.
    assert found("две тысячи человек и тысячи беженцев", "ru") == [("две тысячи", 2000, False), ("тысячи", 1000, True)]
    assert found("ثلاثة آلاف جندي وآلاف المدنيين", "ar")[0] == ("ثلاثة آلاف", 3000, False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("id", "Pameran dibuka untuk hari kedua pada Kamis (14/3/2024) pukul 10.30 WIB."),
        ("id", "Kemarau panjang terjadi pada 1980-an dan berulang pada 2015, ke-3 kalinya."),
        ("en", "On 2020-09-28 at 10:30, the 1st and 2nd brigades moved; MH17 and Su-25 were named."),
        ("en", "Turnout rose 30% on Sept. 28 and on 28 September 2020, at 10 pm."),
        ("en", "In 1994 and 2014 a five-year-old plan was revived."),
        ("es", "El 28 de septiembre de 2020 a las 10:30, el 1º batallón."),
        ("fr", "Le 28 septembre 2020 à 10h30, au 3e étage, le 1er régiment."),
        ("ru", "28.09.2020 в 10:30, 10-й батальон, в 1990-х годах, 28 сентября."),
        ("uk", "28 вересня 2020 року, 5-та бригада, №3."),
        ("ar", "في ٢٨ سبتمبر ٢٠٢٠ الساعة 10"),
    ],
)
def test_dates_times_ordinals_years_and_codes_are_not_quantities(lang: str, text: str) -> None:
    assert quantities(text, get_pack(lang)) == []


def test_year_rule() -> None:
    # A bare four-digit number 1900-2100 is a year; with a separator or a scale word it is a count.
    assert values("In 2019, 2,019 people signed.", "en") == [2019]
    assert values("Sebanyak 2.000 orang pada 2000.", "id") == [2000]
    assert values("a budget of 2000 million", "en") == [2_000_000_000]
    assert values("1850 soldiers and 2150 horses", "en") == [1850, 2150]


def test_offsets_and_range() -> None:
    text = "Pada Senin 7 orang tewas. Esoknya 12 orang tewas."
    pack = get_pack("id")
    assert [q.value for q in quantities(text, pack)] == [7, 12]
    cut = text.index("Esoknya")
    assert [q.value for q in quantities(text, pack, start=cut)] == [12]
    assert [q.value for q in quantities(text, pack, 0, cut)] == [7]
    for q in quantities(text, pack):
        assert text[q.start:q.end] == q.text


def test_outside_drops_quantities_inside_time_refs() -> None:
    text = "Shelling on Sept. 28 killed 39 people."
    pack = get_pack("en")
    refs = time_refs(text, pack)
    assert [r.text for r in refs] == ["Sept. 28"]
    # quantities() already leaves the day out; outside() is the general guard for callers.
    assert [q.value for q in outside(quantities(text, pack), refs)] == [39]
    assert outside([Quantity(12, 20, "Sept. 28", 28)], refs) == []


def test_value_of() -> None:
    assert value_of("dua ratus", get_pack("id")) == 200
    assert value_of("1.200", get_pack("es")) == 1200
    assert value_of("hundreds", get_pack("en")) is None
    assert value_of("seven boats", get_pack("en")) is None


def test_indonesian_se_alone_is_not_one() -> None:
    assert values("se-Indonesia dan sebanyak tujuh", "id") == [7]


def test_unknown_language_still_reads_digits() -> None:
    assert values("Foram 12 mortos e 1.200 feridos em 2020.", "pt") == [12, 1200]


def test_bad_input() -> None:
    with pytest.raises(BadInputError, match="decode it first"):
        quantities(b"12 people", get_pack("en"))  # type: ignore[arg-type]
    with pytest.raises(BadInputError, match="get_pack"):
        quantities("12 people", "en")  # type: ignore[arg-type]
