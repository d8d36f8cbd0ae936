"""The Portuguese, German, Turkish and Italian packs: what each one makes the geoparser read right (and that
these and the Polish, Dutch, Vietnamese, Persian, Swahili, Hebrew, Korean, Hindi, Urdu and Bengali packs exist and
their languages are detected).

Every sentence here was written for these tests (fictional but plausible news about real places).
"""

from __future__ import annotations

import datetime as dt

import pytest

import geomap
from geomap.events.dates import time_refs
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack

NEW = ("pt", "de", "tr", "it")
PUBLISHED = "2024-03-10"


def _places(gaz, text: str, lang: str) -> dict[str, tuple[str, str]]:
    """``{surface: (name, country)}`` of the mentions geoparse finds."""
    df = geomap.geoparse(text, lang=lang, publication_date=PUBLISHED, gazetteer=gaz)
    return {s: (n, c) for s, n, c in zip(df["surface"], df["name"], df["country"], strict=True)}


@pytest.mark.parametrize("lang", (*NEW, "pl", "nl", "vi", "fa", "sw", "he", "ko", "hi", "ur", "bn", "th", "ms", "ps",
                                  "ne", "ta", "am", "so", "ha", "az", "hy", "ka", "cs", "sh", "el", "ro", "hu",
                                  "bg", "mk", "sk", "be", "ku", "ckb", "ti", "om", "my", "km", "tl", "si", "uz", "kk",
                                  "ky", "tg", "sv", "da", "no", "fi", "sq"))
def test_the_language_has_its_own_pack(lang: str) -> None:
    pack = get_pack(lang)
    assert pack.name != "Universal" and pack.lang == lang
    assert pack.speech_verbs and pack.locative and pack.stop_names and pack.months


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Homens armados incendiaram várias casas numa aldeia do norte do país, disse a polícia."),
        ("de", "Bei dem Unwetter wurden in der Nacht mehrere Dächer abgedeckt, teilte die Feuerwehr mit."),
        ("tr", "Şiddetli rüzgar nedeniyle birçok çatı uçtu ve elektrik kesintileri yaşandı."),
        ("it", "Durante la notte il vento forte ha scoperchiato diversi tetti, ha riferito la protezione civile."),
        ("pl", "W nocy silny wiatr zerwał dachy z kilku budynków, poinformowała straż pożarna."),
        ("nl", "Door de storm zijn vannacht meerdere daken beschadigd, meldde de brandweer."),
        ("vi", "Gió mạnh trong đêm đã làm tốc mái nhiều ngôi nhà, lực lượng cứu hộ cho biết."),
        ("fa", "باد شدید شب گذشته سقف چند خانه را از جا کند، آتش‌نشانی اعلام کرد."),
        ("sw", "Upepo mkali usiku ulivunja mapaa ya nyumba kadhaa, walisema maafisa wa zimamoto."),
        ("he", "רוח חזקה בלילה עקרה גגות מכמה בניינים, מסרו הכבאים."),
        ("ko", "밤사이 강풍으로 건물 여러 채의 지붕이 날아갔다고 소방당국이 밝혔다."),
        ("hi", "रात में तेज आंधी से कई घरों की छतें उड़ गईं, दमकल विभाग ने बताया।"),
        ("ur", "رات کو تیز آندھی سے کئی گھروں کی چھتیں اڑ گئیں، ریسکیو حکام نے بتایا۔"),
        ("bn", "রাতে প্রবল ঝড়ে কয়েকটি বাড়ির চাল উড়ে গেছে, ফায়ার সার্ভিস জানিয়েছে।"),
        ("th", "ลมกระโชกแรงเมื่อคืนทำให้หลังคาบ้านหลายหลังพังเสียหาย เจ้าหน้าที่ดับเพลิงเปิดเผย"),
        ("ms", "Angin kencang malam tadi menerbangkan bumbung beberapa buah rumah, kata pegawai bomba."),
        ("ps", 'د شپې سخت باد د ګڼو کورونو چتونه والوزول، د اور وژنې چارواکو وویل.'),
        ("ne", 'राति चलेको तेज हावाहुरीले धेरै घरका छाना उडाए, दमकल विभागले जनायो।'),
        ("ta", 'இரவு வீசிய பலத்த காற்றால் பல வீடுகளின் கூரைகள் பறந்தன என்று தீயணைப்புத் துறையினர் தெரிவித்தனர்.'),
        ("az", "Gecə güclü külək bir neçə evin damını uçurub, yanğınsöndürənlər bildirib."),
        ("hy", "Գիշերը ուժեղ քամին պոկել է մի քանի տների տանիքները, հայտնել են հրշեջները։"),
        ("ka", "ღამით ძლიერმა ქარმა რამდენიმე სახლს სახურავი მოხადა, განაცხადეს მეხანძრეებმა."),
        ("ro", "Vântul puternic a smuls noaptea trecută acoperișurile mai multor case, au anunțat pompierii."),
        ("hu", "Az éjszakai erős szél több ház tetejét is megrongálta, közölték a tűzoltók."),
        ("bg", "Силният вятър през нощта отнесе покривите на няколко къщи, съобщиха пожарникарите."),
        ("mk", "Силниот ветер синоќа ги однесе покривите на неколку куќи, соопштија пожарникарите."),
        ("sk", "Silný vietor v noci strhol strechy z niekoľkých domov, uviedli hasiči."),
        ("be", "Моцны вецер уначы сарваў дахі з некалькіх дамоў, паведамілі ратавальнікі."),
        ("ku", "Bayê xurt şevê banê çend xaniyan hilda, agirkujan ragihand."),
        ("ckb", "شەوی ڕابردوو بایەکی بەهێز سەربانی چەند خانوویەکی هەڵتەکاند، ئاگرکوژێنەوە ڕایگەیاند."),
        ("ti", "ትማሊ ለይቲ ብርቱዕ ንፋስ ናሕሲ ብዙሓት ኣባይቲ ኣልዒሉ፡ ኣጥፋእቲ ሓዊ ሓቢሮም።"),
        ("om", "Bubbeen cimaan edana manneen hedduu irraa qorqorroo fudhate, jedhan ittisa ibiddaa."),
        ("my", "ညက တိုက်ခတ်သော လေပြင်းကြောင့် အိမ်အများအပြား၏ အမိုးများ လွင့်ပါသွားကြောင်း မီးသတ်သမားများက ပြောကြားသည်။"),
        ("km", "ខ្យល់បក់ខ្លាំងកាលពីយប់មិញ បានបក់បោកដំបូលផ្ទះជាច្រើនខ្នង នេះបើតាមក្រុមអ្នកពន្លត់អគ្គិភ័យ។"),
        ("tl", "Tinangay ng malakas na hangin kagabi ang bubong ng ilang bahay, ayon sa mga bumbero."),
        ("si", "ඊයේ රාත්‍රියේ හැමූ තද සුළඟින් නිවාස කිහිපයක වහලවල් ගැලවී ගිය බව ගිනි නිවන භටයින් පැවසීය."),
        ("uz", "Tunda kuchli shamol bir nechta uyning tomini uchirib ketdi, deb xabar berdi qutqaruvchilar."),
        ("kk", "Түнде қатты жел бірнеше үйдің шатырын ұшырып кетті, деп хабарлады құтқарушылар."),
        ("ky", "Түнкүсүн катуу шамал бир нече үйдүн чатырын учуруп кетти, деп билдиришти куткаруучулар."),
        ("tg", "Шаби гузашта шамоли шадид боми чанд хонаро канда бурд, хабар доданд наҷотдиҳандагон."),
        ("sv", "Den kraftiga vinden slet i natt av taken på flera hus, meddelade räddningstjänsten."),
        ("da", "Den kraftige vind rev i nat tagene af flere huse, oplyste beredskabet."),
        ("no", "Den sterke vinden rev i natt av takene på flere hus, opplyste brannvesenet."),
        ("fi", "Voimakas tuuli repi yöllä useiden talojen katot, kertoi pelastuslaitos."),
        ("sq", "Era e fortë shkuli natën çatitë e disa shtëpive, njoftuan zjarrfikësit."),
    ],
)
def test_language_is_detected(lang: str, text: str) -> None:
    assert detect(text) == lang


# -- Portuguese: names joined by da/de/do ------------------------------------------------------------------------


def test_portuguese_names_with_connectors_stay_whole(gaz) -> None:
    found = _places(gaz, "Insurgentes atacaram a vila de Mocímboa da Praia, no norte de Moçambique.", "pt")
    assert found["Mocímboa da Praia"][1] == "MZ"
    assert "Praia" not in found  # not Cape Verde's capital
    found = _places(gaz, "As cheias atingiram o Rio de Janeiro e Belo Horizonte na segunda-feira.", "pt")
    assert found["Rio de Janeiro"] == ("Rio de Janeiro", "BR")
    assert found["Belo Horizonte"][1] == "BR"


def test_portuguese_abbreviation_of_the_united_states(gaz) -> None:
    found = _places(gaz, "Os EUA anunciaram novas sanções contra o regime.", "pt")
    assert found["EUA"][1] == "US"


# -- German: every noun has a capital ---------------------------------------------------------------------------


def test_german_common_nouns_are_not_places(gaz) -> None:
    text = "Nach tagelangem Regen trat der Fluss über die Ufer und überflutete Straßen und Häuser in Passau."
    found = _places(gaz, text, "de")
    assert found == {"Passau": ("Passau", "DE")}  # not Regen (Bavaria), Ufer (Austria), Straßen, Häuser


def test_german_town_spelled_like_a_noun_counts_after_a_preposition(gaz) -> None:
    assert _places(gaz, "Am Montag regnete es stark in Regen und im ganzen Bayerischen Wald.", "de")["Regen"] == (
        "Regen", "DE")
    assert "Lage" not in _places(gaz, "Die Lage an der Grenze bleibt nach Angaben der Armee angespannt.", "de")


def test_german_cue_words_announce_places(gaz) -> None:
    found = _places(gaz, "Im Landkreis Rosenheim mussten am Dienstag drei Dörfer evakuiert werden.", "de")
    assert found["Rosenheim"] == ("Rosenheim", "DE")


def test_german_ordinal_dots_do_not_end_a_sentence() -> None:
    doc = make_document("Am 3. März bebte in Izmir die Erde. Danach folgten Nachbeben.", lang="de")
    assert [s.text for s in doc.sentences] == ["Am 3. März bebte in Izmir die Erde.", "Danach folgten Nachbeben."]


# -- Turkish: case suffixes after an apostrophe -----------------------------------------------------------------


def test_turkish_suffixes_after_an_apostrophe(gaz) -> None:
    found = _places(gaz, "Deprem Hatay'da ve Adıyaman'da binlerce binayı yıktı, İstanbul’dan ekipler gönderildi.",
                    "tr")
    assert found["Adıyaman'da"] == ("Adıyaman", "TR")
    assert found["İstanbul’dan"] == ("Istanbul", "TR")  # a typographic apostrophe too
    assert found["Hatay'da"][1] == "TR"


def test_turkish_abbreviation_with_a_suffix(gaz) -> None:
    assert _places(gaz, "ABD'nin açıklaması Ankara'da tepkiyle karşılandı.", "tr")["ABD'nin"][1] == "US"


def test_turkish_month_with_a_suffix() -> None:
    pack = get_pack("tr")
    assert pack.month("Şubat'ta") == 2 and pack.month("Eylül’de") == 9
    assert pack.numbers.value("on iki") == 12


# -- Italian -----------------------------------------------------------------------------------------------------


def test_italian_cues_and_prepositions(gaz) -> None:
    found = _places(gaz, "Un terremoto ha colpito la provincia di Perugia e ha causato danni a Norcia.", "it")
    assert found["Perugia"][1] == "IT" and found["Norcia"] == ("Norcia", "IT")


# -- dates read with the packs ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("pt", "O ataque aconteceu na quarta-feira, 6 de março de 2024.", "2024-03-06"),
        ("de", "Der Angriff ereignete sich am Mittwoch, dem 6. März 2024.", "2024-03-06"),
        ("tr", "Saldırı 6 Mart 2024 Çarşamba günü gerçekleşti.", "2024-03-06"),
        ("it", "L'attacco è avvenuto mercoledì 6 marzo 2024.", "2024-03-06"),
        ("pt", "Os confrontos começaram ontem à noite.", "2024-03-09"),
        ("de", "Die Kämpfe begannen gestern.", "2024-03-09"),
        ("tr", "Çatışmalar dün başladı.", "2024-03-09"),
        ("it", "Gli scontri sono iniziati ieri.", "2024-03-09"),
    ],
)
def test_dates(lang: str, text: str, day: str) -> None:
    found = time_refs(text, get_pack(lang), dt.date(2024, 3, 10))
    assert day in {str(r.date) for r in found}, [(r.text, r.date) for r in found]
