"""Event lexicon figures: load time and matching speed on ~3 KB news-like texts, per language.

Each text is synthesised from sentences written for this benchmark (event sentences mixed with
neutral ones, roughly the density of a conflict news report) and cut to 3,000 characters.

    python bench/lexicon_bench.py             # all seven languages
    python bench/lexicon_bench.py --lang id   # one language
    python bench/lexicon_bench.py --repeat 500

Target (2-core machine): the five matchers together well under 1 ms per 3 KB text.
"""

from __future__ import annotations

import argparse
import statistics
import time

from geomap.events import lexicon as lexicon_module
from geomap.events.lexicon import event_lexicon

EVENT = {
    "en": ["Heavy fighting broke out near the border on Monday, and at least 12 soldiers were killed.",
           "Rebels shelled residential areas, wounding five civilians, the defence ministry said.",
           "Police fired tear gas to disperse hundreds of protesters outside parliament.",
           "A roadside bomb struck a convoy, while a drone strike hit a depot further north.",
           "Both sides denied the claims and said no one was hurt; talks on a ceasefire may resume."],
    "id": ["Baku tembak antara pasukan dan kelompok bersenjata pecah pada Senin, 12 prajurit tewas.",
           "Kementerian pertahanan menyatakan separatis menghujani permukiman warga dengan roket.",
           "Polisi menembakkan gas air mata untuk membubarkan ratusan pengunjuk rasa.",
           "Sebuah bom rakitan meledak di pinggir jalan, sementara serangan udara menghantam gudang.",
           "Kedua pihak membantah klaim itu dan sepakat berunding soal gencatan senjata."],
    "es": ["Intensos combates estallaron en la frontera el lunes y murieron al menos doce soldados.",
           "Los rebeldes bombardearon zonas residenciales y hirieron a cinco civiles, según el ministerio de defensa.",
           "La policía usó gases lacrimógenos para dispersar a cientos de manifestantes.",
           "Un artefacto explosivo alcanzó un convoy y un ataque aéreo destruyó un depósito.",
           "Ambas partes negaron las acusaciones y podrían reanudar las negociaciones de alto el fuego."],
    "fr": ["De violents combats ont éclaté lundi près de la frontière, faisant au moins douze morts parmi les soldats.",
           "Les rebelles ont bombardé des quartiers résidentiels, blessant cinq civils, selon le ministère des armées.",
           "La police a dispersé des centaines de manifestants à coups de gaz lacrymogène.",
           "Un engin explosif a touché un convoi tandis qu'une frappe aérienne visait un dépôt.",
           "Les deux camps ont démenti et pourraient reprendre les pourparlers sur un cessez-le-feu."],
    "ru": ["В понедельник у границы вспыхнули ожесточенные бои, погибли не менее двенадцати военнослужащих.",
           "Боевики обстреляли жилые кварталы, ранены пятеро мирных жителей, сообщило министерство обороны.",
           "Полиция применила слезоточивый газ, чтобы разогнать сотни протестующих.",
           "Самодельное взрывное устройство сработало у колонны, а удар беспилотника поразил склад.",
           "Обе стороны опровергли эти данные и могут возобновить переговоры о перемирии."],
    "uk": ["У понеділок біля кордону спалахнули запеклі бої, загинули щонайменше дванадцять військовослужбовців.",
           "Бойовики обстріляли житлові квартали, поранено п'ятьох цивільних, повідомило міністерство оборони.",
           "Поліція застосувала сльозогінний газ, щоб розігнати сотні протестувальників.",
           "Вибуховий пристрій спрацював біля колони, а удар безпілотника влучив у склад.",
           "Обидві сторони спростували ці дані й можуть відновити переговори про перемир'я."],
    "ar": ["اندلعت اشتباكات عنيفة قرب الحدود يوم الاثنين وقتل ما لا يقل عن اثني عشر جنديا.",
           "قصف المسلحون أحياء سكنية وأصيب خمسة مدنيين بحسب وزارة الدفاع.",
           "أطلقت الشرطة الغاز المسيل للدموع لتفريق مئات المتظاهرين.",
           "انفجرت عبوة ناسفة بقافلة بينما استهدفت غارة جوية مستودعا.",
           "نفى الطرفان هذه المزاعم وقد يستأنفان مفاوضات وقف إطلاق النار."],
}
NEUTRAL = {
    "en": "The minister spoke to reporters in the capital after a cabinet meeting that lasted several hours.",
    "id": "Menteri itu berbicara kepada wartawan di ibu kota setelah rapat kabinet yang berlangsung beberapa jam.",
    "es": "El ministro habló con los periodistas en la capital tras una reunión del gabinete que duró varias horas.",
    "fr": "Le ministre s'est adressé aux journalistes dans la capitale après un conseil qui a duré plusieurs heures.",
    "ru": "Министр выступил перед журналистами в столице после заседания кабинета, длившегося несколько часов.",
    "uk": "Міністр виступив перед журналістами в столиці після засідання уряду, що тривало кілька годин.",
    "ar": "تحدث الوزير إلى الصحفيين في العاصمة بعد اجتماع لمجلس الوزراء استمر عدة ساعات.",
}


def text_of(lang: str, size: int = 3000) -> str:
    parts: list[str] = []
    i = 0
    while sum(len(p) + 1 for p in parts) < size:
        parts.append(EVENT[lang][i % len(EVENT[lang])])
        parts.append(NEUTRAL[lang])
        i += 1
    return " ".join(parts)[:size]


def measure(lang: str, repeat: int) -> dict[str, float]:
    t0 = time.perf_counter()
    lexicon_module._get.cache_clear()
    lex = event_lexicon(lang)
    load_ms = (time.perf_counter() - t0) * 1000
    text = text_of(lang)
    samples_all, samples_trig = [], []
    hits = 0
    for _ in range(repeat):
        lexicon_module._prepare.cache_clear()
        t = time.perf_counter()
        found = (lex.triggers(text), lex.outcomes(text), lex.groups(text), lex.actors(text), lex.negations(text))
        samples_all.append(time.perf_counter() - t)
        hits = sum(len(f) for f in found)
        lexicon_module._prepare.cache_clear()
        t = time.perf_counter()
        lex.triggers(text)
        samples_trig.append(time.perf_counter() - t)
    median_all = statistics.median(samples_all)
    return {
        "load_ms": load_ms,
        "chars": len(text),
        "hits": hits,
        "all_us": median_all * 1e6,
        "triggers_us": statistics.median(samples_trig) * 1e6,
        "matches_per_s": hits / median_all,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=sorted(EVENT), help="one language (default: all)")
    parser.add_argument("--repeat", type=int, default=200, help="texts matched per language (default 200)")
    args = parser.parse_args()
    langs = [args.lang] if args.lang else list(EVENT)
    print(f"{'lang':<5}{'load ms':>9}{'chars':>7}{'hits':>6}{'µs/text (5 matchers)':>23}"
          f"{'µs/text (triggers)':>20}{'matches/s':>12}")
    for lang in langs:
        r = measure(lang, args.repeat)
        print(f"{lang:<5}{r['load_ms']:>9.1f}{r['chars']:>7}{r['hits']:>6}{r['all_us']:>23.0f}"
              f"{r['triggers_us']:>20.0f}{r['matches_per_s']:>12,.0f}")


if __name__ == "__main__":
    main()
