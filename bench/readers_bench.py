"""Speed of the WHEN and HOW MANY readers: microseconds per 3 KB article, per language.

    python bench/readers_bench.py            # all seven languages
    python bench/readers_bench.py --lang id  # one

Articles are made of the sentences below (written for this benchmark), repeated to 3 KB; every
timed call gets a text it has not seen (the readers cache per text). Reported: the best of
5 rounds, in microseconds per article, for the token scan alone, ``time_refs`` and
``quantities`` each on a fresh text (each includes its scan), and both on the same text (one
shared scan). Target: well under 1 ms per reader.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from geomap.events import dates, numbers, scan
from geomap.text.packs import get_pack

SENTENCES = {
    "en": ["KYIV, Sept. 28 (Wire) - Shelling on Sunday morning killed 14 people and wounded thirty-two in the town.",
           "Officials said dozens of homes were destroyed and 1,250 residents fled to nearby villages.",
           "The regional governor told reporters that repairs would take several months.",
           "Last week a convoy carrying 2.5 million doses of vaccine was turned back at the border.",
           "The dispute over the valley dates back to the 1990s and flared again in 2016.",
           "Aid groups asked both sides to open a corridor for civilians as soon as possible."],
    "id": ["JAKARTA -- Banjir merendam ratusan rumah di tiga kecamatan pada Senin (28/9/2020).",
           "Sebanyak 41 warga mengungsi ke balai desa, kata kepala desa kepada wartawan.",
           "Hujan deras turun sejak Minggu pagi dan baru reda menjelang tengah malam.",
           "Kerugian ditaksir mencapai 2,5 miliar rupiah, sementara dua jembatan putus.",
           "Wilayah itu pernah dilanda banjir besar pada 1990-an dan terakhir pada 2016.",
           "Pemerintah daerah menyiapkan dapur umum dan tenda bagi para pengungsi."],
    "es": ["MADRID -- Las lluvias del domingo por la mañana dejaron 17 muertos y treinta y dos heridos.",
           "Según las autoridades, decenas de viviendas quedaron destruidas y 1.250 vecinos fueron evacuados.",
           "El alcalde dijo a la prensa que las obras durarán varios meses.",
           "La semana pasada un convoy con 2,5 millones de dosis fue detenido en la frontera.",
           "El conflicto por el valle se remonta a los años 90 y volvió a estallar en 2016.",
           "Las organizaciones humanitarias pidieron abrir un corredor para los civiles."],
    "fr": ["PARIS -- Les pluies de dimanche soir ont fait 8 morts et vingt-trois blessés dans la vallée.",
           "Selon la préfecture, des dizaines de maisons ont été détruites et 12 400 habitants évacués.",
           "Le maire a déclaré que les travaux dureraient plusieurs mois.",
           "La semaine dernière, un convoi de 2,5 millions de doses a été refoulé à la frontière.",
           "Le différend sur la vallée remonte aux années 1990 et a repris en 2016.",
           "Les organisations humanitaires ont demandé l'ouverture d'un couloir pour les civils."],
    "ru": ["ОДЕССА, 28 сентября. В воскресенье утром обстрел унёс жизни 14 человек, ранены двадцать пять.",
           "По данным властей, разрушены десятки домов, эвакуированы 1 250 жителей.",
           "Губернатор сообщил журналистам, что восстановление займёт несколько месяцев.",
           "На прошлой неделе колонну с 2,5 млн доз вакцины развернули на границе.",
           "Спор о долине восходит к 1990-х годам и вновь обострился в 2016 году.",
           "Гуманитарные организации призвали стороны открыть коридор для мирных жителей."],
    "uk": ["ХАРКІВ, 28 вересня. У неділю вранці обстріл забрав життя 14 людей, поранено тридцять два.",
           "За даними влади, зруйновано десятки будинків, евакуйовано 1 250 мешканців.",
           "Губернатор повідомив журналістам, що відновлення триватиме кілька місяців.",
           "Минулого тижня колону з 2,5 млн доз вакцини розвернули на кордоні.",
           "Суперечка щодо долини сягає 1990-х років і знову загострилася у 2016 році.",
           "Гуманітарні організації закликали сторони відкрити коридор для цивільних."],
    "ar": ["بيروت، ٢٨ أيلول - قتل ١٤ شخصا وأصيب خمسة وعشرون في قصف صباح الأحد على البلدة.",
           "وقالت السلطات إن عشرات المنازل دمرت ونزح ١٢٥٠ من السكان إلى القرى المجاورة.",
           "وأبلغ المحافظ الصحفيين أن أعمال الإصلاح ستستغرق عدة أشهر.",
           "وفي الأسبوع الماضي أعيدت قافلة تحمل 2.5 مليون جرعة لقاح عند الحدود.",
           "ويعود النزاع على الوادي إلى التسعينيات وتجدد في عام 2016.",
           "ودعت منظمات الإغاثة الطرفين إلى فتح ممر آمن للمدنيين."],
}
PUBLISHED = dt.date(2020, 9, 28)


def article(lang: str, size: int = 3000) -> str:
    text = ""
    sentences = SENTENCES[lang]
    k = 0
    while len(text) < size:
        text += sentences[k % len(sentences)] + (" " if k % 4 != 3 else "\n\n")
        k += 1
    return text[:size]


def per_article(fn, base: str, rounds: int = 5, n: int = 100) -> float:
    """Best-of-``rounds`` microseconds per call of ``fn(text)`` on ``n`` texts never seen before."""
    best = float("inf")
    for r in range(rounds):
        texts = [f"{base} {r}.{k}" for k in range(n)]
        start = time.perf_counter()
        for text in texts:
            fn(text)
        best = min(best, (time.perf_counter() - start) / n * 1e6)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(SENTENCES), action="append")
    args = parser.parse_args()
    head = ("lang", "chars", "refs", "qty", "scan", "time_refs", "quantities", "both")
    print(" ".join(f"{h:>10}" for h in head), " (us per article)")
    for lang in args.lang or sorted(SENTENCES):
        pack = get_pack(lang)
        base = article(lang)
        n_refs = len(dates.time_refs(base, pack, PUBLISHED))
        n_qty = len(numbers.quantities(base, pack))
        t_scan = per_article(scan.scan, base)
        t_dates = per_article(lambda t, pack=pack: dates.time_refs(t, pack, PUBLISHED), base)
        t_numbers = per_article(lambda t, pack=pack: numbers.quantities(t, pack), base)
        t_both = per_article(lambda t, pack=pack: (dates.time_refs(t, pack, PUBLISHED), numbers.quantities(t, pack)),
                             base)
        row = (lang, len(base), n_refs, n_qty, *(round(t) for t in (t_scan, t_dates, t_numbers, t_both)))
        print(" ".join(f"{v:>10}" for v in row))


if __name__ == "__main__":
    main()
