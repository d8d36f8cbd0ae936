"""Language packs (geomap/text/packs/*.json), their loader and language identification.

Every example text here was written for these tests; none comes from a benchmark or seed article.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from helpers import LANGS

from geomap.errors import BadInputError
from geomap.text import language, packs
from geomap.text.language import detect
from geomap.text.packs import COARSE_TYPES, LanguagePack, available, get_pack, load_pack, universal

PACK_DIR = Path(packs.__file__).with_name("packs")
FILE_KEYS = [
    "lang", "name", "home_countries", "stopwords", "cue_before", "cue_after", "locative", "conjunctions",
    "stop_names", "abbreviations", "months", "weekdays", "relative_days", "relative_periods", "parts_of_day",
    "numbers", "speech_verbs", "action_verbs", "attribution", "dispute", "agent", "verb_first", "titles",
    "title_then_place", "org_words", "name_connectors",
    "compass", "inflections", "historical", "sentence_abbreviations",
]

# Short news-like texts written for this test: a flood, a protest, a storm, a fire.
TEXTS = {
    "en": "Heavy rain flooded dozens of homes in a riverside town on Tuesday, forcing families to spend the night "
          "in a school gym. Local officials said the water began to recede by evening, but warned that more "
          "storms were expected later in the week.",
    "id": "Hujan deras yang mengguyur sejak Senin sore membuat sungai di pinggir desa meluap dan merendam puluhan "
          "rumah warga. Kepala desa mengatakan tidak ada korban jiwa, namun sebagian warga masih mengungsi ke "
          "balai desa karena air belum surut.",
    "es": "Cientos de vecinos marcharon el sábado por el centro de la ciudad para exigir agua potable tras dos "
          "semanas de cortes. Los organizadores afirmaron que la protesta fue pacífica y que volverán a salir a "
          "la calle si el ayuntamiento no responde.",
    "fr": "Un violent orage a provoqué d'importantes inondations dans plusieurs communes du département dans la "
          "nuit de mercredi à jeudi. Les pompiers ont procédé à une trentaine d'interventions et une école a dû "
          "fermer ses portes.",
    "ru": "В среду вечером в небольшом городе на юге страны прошла акция протеста против закрытия местной "
          "больницы. По словам организаторов, на площадь вышли около трёхсот человек, полиция задержала "
          "нескольких участников.",
    "uk": "У четвер уранці через сильну зливу річка вийшла з берегів і підтопила кілька десятків будинків у селі. "
          "Місцева влада повідомила, що постраждалих немає, а рятувальники допомагають мешканцям відкачувати воду.",
    "pt": "Centenas de moradores protestaram no sábado em frente à câmara municipal contra o aumento do preço da "
          "água. Os organizadores disseram que a manifestação foi pacífica e prometeram voltar às ruas se o "
          "governo não recuar.",
    "de": "Nach heftigen Regenfällen sind in der Nacht zum Mittwoch mehrere Keller vollgelaufen. Die Feuerwehr "
          "war bis in die Morgenstunden im Einsatz, verletzt wurde nach Angaben der Polizei niemand.",
    "tr": "Dün akşam saatlerinde etkili olan sağanak yağış nedeniyle birçok ev ve iş yerini su bastı. Yetkililer, "
          "ekiplerin sabaha kadar çalıştığını ve can kaybı olmadığını açıkladı.",
    "it": "Un violento temporale si è abbattuto ieri sera sulla città, allagando strade e cantine. I vigili del "
          "fuoco sono intervenuti decine di volte e il sindaco ha chiesto ai cittadini di restare in casa.",
    "pl": "Po ulewnych deszczach rzeka wystąpiła z brzegów i zalała kilkadziesiąt domów we wsi. Strażacy przez całą "
          "noc wypompowywali wodę z piwnic, a wójt gminy poinformował, że nikt nie został ranny.",
    "nl": "Na dagen van zware regenval is de rivier buiten haar oevers getreden en staan tientallen huizen in het dorp "
          "onder water. De brandweer was de hele nacht in touw en volgens de burgemeester raakte niemand gewond.",
    "vi": "Mưa lớn kéo dài nhiều ngày khiến nước sông dâng cao, làm ngập hàng chục ngôi nhà trong làng. Lực lượng cứu "
          "hộ đã làm việc suốt đêm và chính quyền địa phương cho biết không có ai bị thương.",
    "zh": "连日强降雨导致河水上涨，村里几十间房屋被淹。救援人员彻夜工作，当地政府表示没有人员受伤，"
          "部分村民已转移到学校避雨。",
    "ja": "数日続いた大雨で川が増水し、集落の数十棟の住宅が浸水した。救助隊は夜通し作業を続け、"
          "地元当局によるとけが人はいないという。",
    "fa": "باران شدید در چند روز گذشته باعث طغیان رودخانه شد و ده‌ها خانه را در روستا زیر آب برد. مسئولان محلی "
          "گفتند که این حادثه تلفات جانی نداشته و امدادگران تا صبح مشغول تخلیه آب بودند.",
    "sw": "Mvua kubwa iliyonyesha kwa siku kadhaa imesababisha mto kufurika na kuharibu nyumba nyingi kijijini. "
          "Maafisa wa eneo hilo walisema hakuna aliyejeruhiwa, lakini familia kadhaa zimehamia shuleni.",
    "he": "גשם כבד שירד במשך כמה ימים הציף את הנהר ועשרות בתים בכפר הוצפו. גורמים מקומיים אמרו כי איש לא נפגע, "
          "אך משפחות רבות עברו ללון בבית הספר עד שהמים ייסוגו.",
    "ko": "며칠 동안 내린 폭우로 강물이 불어나 마을의 주택 수십 채가 물에 잠겼다. 지역 당국은 인명 피해는 없다고 "
          "밝혔으며 주민들은 인근 학교로 대피했다.",
    "hi": "कई दिनों से हो रही भारी बारिश के कारण नदी का पानी बढ़ गया और गांव के दर्जनों घरों में पानी भर गया। स्थानीय "
          "अधिकारियों ने बताया कि किसी की जान नहीं गई, लेकिन कई परिवारों को स्कूल में शरण लेनी पड़ी।",
    "ur": "کئی دنوں سے جاری شدید بارش کے باعث دریا کا پانی بڑھ گیا اور گاؤں کے درجنوں گھر زیر آب آ گئے۔ مقامی "
          "حکام نے بتایا کہ کوئی جانی نقصان نہیں ہوا، تاہم کئی خاندانوں کو اسکول میں پناہ لینی پڑی۔",
    "bn": "কয়েক দিনের টানা বৃষ্টিতে নদীর পানি বেড়ে গ্রামের কয়েক ডজন বাড়িঘর প্লাবিত হয়েছে। স্থানীয় প্রশাসন জানিয়েছে, "
          "কেউ হতাহত হয়নি, তবে অনেক পরিবার স্কুলে আশ্রয় নিয়েছে।",
    "th": "ฝนที่ตกหนักต่อเนื่องหลายวันทำให้น้ำในแม่น้ำเอ่อล้นตลิ่งและท่วมบ้านเรือนของชาวบ้านหลายสิบหลัง "
          "เจ้าหน้าที่ท้องถิ่นกล่าวว่ายังไม่มีรายงานผู้ได้รับบาดเจ็บ แต่หลายครอบครัวต้องไปพักที่โรงเรียนในหมู่บ้าน",
    "am": "ለቀናት የዘለቀው ከባድ ዝናብ ወንዙ ሞልቶ በመፍሰሱ በመንደሩ የሚገኙ በርካታ ቤቶች በውሃ ተጥለቅልቀዋል። የአካባቢው ባለስልጣናት "
          "በሰው ላይ ጉዳት አለመድረሱን ገልጸው ብዙ ቤተሰቦች በትምህርት ቤት ተጠልለዋል ብለዋል።",
    "so": "Roobab culus oo muddo maalmo ah da'ayay ayaa keenay in webiga uu fatahay, waxaana biyuhu galeen guryo badan "
          "oo tuulada ku yaal. Mas'uuliyiinta deegaanka ayaa sheegay in aan cidna ku dhiman, balse qoysas badan ay "
          "dugsiga magangal ka dhigteen.",
    "ha": "Ruwan sama mai karfi da aka shafe kwanaki ana yi ya sa kogin ya batse, kuma ruwa ya shiga gidaje da dama a "
          "kauyen. Jami'an yankin sun ce ba a rasa rai ba, amma iyalai da yawa sun fake a makarantar garin.",
    "az": "Bir neçə gün davam edən güclü yağışlar nəticəsində çayın suyu daşıb və kənddə onlarla ev su altında qalıb. "
          "Yerli rəsmilər bildiriblər ki, xəsarət alan yoxdur, lakin bir çox ailə məktəbdə sığınacaq tapıb.",
    "hy": "Մի քանի օր շարունակ տեղացած անձրևների հետևանքով գետը դուրս է եկել ափերից, և գյուղում տասնյակ տներ են "
          "հեղեղվել։ Տեղական իշխանությունները հայտնել են, որ տուժածներ չկան, սակայն շատ ընտանիքներ ապաստանել են "
          "դպրոցում։",
    "ka": "რამდენიმე დღის განმავლობაში მოსულმა ძლიერმა წვიმამ მდინარე ადიდა და სოფელში ათობით სახლი დატბორა. "
          "ადგილობრივმა ხელისუფლებამ განაცხადა, რომ დაშავებული არავინაა, თუმცა ბევრმა ოჯახმა სკოლას შეაფარა თავი.",
    "cs": "Po vydatných deštích se řeka vylila z břehů a zaplavila desítky domů v obci. Hasiči celou noc "
          "odčerpávali vodu ze sklepů a starosta uvedl, že nikdo nebyl zraněn, ale několik rodin muselo přespat "
          "ve škole.",
    "sh": "Nakon obilnih kiša rijeka se izlila iz korita i poplavila desetine kuća u selu. Vatrogasci su cijelu "
          "noć izbacivali vodu iz podruma, a načelnik općine je izjavio da nitko nije ozlijeđen.",
    "el": "Μετά από ισχυρές βροχές το ποτάμι υπερχείλισε και πλημμύρισε δεκάδες σπίτια στο χωριό. Οι πυροσβέστες "
          "αντλούσαν νερό από τα υπόγεια όλη τη νύχτα και ο δήμαρχος δήλωσε ότι δεν τραυματίστηκε κανείς.",
    "ar": "تظاهر مئات السكان يوم الجمعة في وسط البلدة احتجاجا على انقطاع الكهرباء المتكرر منذ أسابيع. وقال أحد "
          "المنظمين إن المحتجين سيعودون إلى الشارع إذا لم تتخذ السلطات المحلية إجراءات عاجلة.",
    "ms": "Hujan lebat yang turun sejak petang Isnin menyebabkan sungai di pinggir kampung melimpah dan menenggelamkan "
          "berpuluh-puluh buah rumah. Pasukan penyelamat bekerja sepanjang malam dan pihak berkuasa tempatan berkata "
          "tiada sesiapa yang cedera kerana penduduk telah dipindahkan ke sekolah berhampiran.",
    "ps": 'د څو ورځو دوامداره بارانونو له امله د سیند اوبه لوړې شوې او د کلي لسګونه کورونه اوبو یوړل. '
          'سیمه ییزو چارواکو وویل چې ځاني زیان نه دی اوښتی، خو ډېرې کورنۍ مجبورې شوې چې په ښوونځي کې پناه واخلي.',
    "ne": 'धेरै दिनदेखि परेको लगातार वर्षाका कारण खोलाको पानी बढेर गाउँका दर्जनौं घर डुबानमा परे। '
          'स्थानीय प्रशासनले कोही हताहत नभएको जनाएको छ, तर धेरै परिवार विद्यालयमा आश्रय लिन बाध्य भएका छन्।',
    "ta": 'பல நாட்களாக பெய்த தொடர் மழையால் ஆற்றின் நீர்மட்டம் உயர்ந்து கிராமத்தின் டஜன் கணக்கான வீடுகள் நீரில் மூழ்கின. '
          'யாரும் உயிரிழக்கவில்லை என்று உள்ளூர் அதிகாரிகள் தெரிவித்தனர், ஆனால் பல குடும்பங்கள் பள்ளியில் தஞ்சம் அடைந்துள்ளன.',
    "ro": "Ploile abundente din ultimele zile au umflat râul, iar apa a inundat zeci de case din sat. Autoritățile "
          "locale au precizat că nimeni nu a fost rănit, dar mai multe familii s-au adăpostit în școală.",
    "uz": "Bir necha kun davom etgan kuchli yomg'irlar tufayli daryo toshib, qishloqdagi o'nlab uylarni suv bosdi. "
          "Mahalliy rasmiylar jabrlanganlar yo'qligini ma'lum qildi, biroq ko'plab oilalar maktabda boshpana topdi.",
    "kk": "Бірнеше күнге созылған нөсер жаңбырдан кейін өзен арнасынан асып, ауылдағы ондаған үйді су басты. "
          "Жергілікті билік зардап шеккендер жоқ екенін хабарлады, алайда көптеген отбасы мектепке паналады.",
    "ky": "Бир нече күнгө созулган нөшөрлөгөн жамгырдан улам дарыя ташып, айылдагы ондогон үйлөрдү суу каптады. "
          "Жергиликтүү бийлик жабыр тарткандар жок экенин билдирди, бирок көптөгөн үй-бүлөлөр мектепке жайгашты.",
    "tg": "Борони шадиде, ки чанд рӯз идома дошт, боиси туғёни дарё гардид ва даҳҳо хонаи деҳаро об фаро гирифт. "
          "Мақомоти маҳаллӣ хабар доданд, ки талафоти ҷонӣ нест, вале бисёр оилаҳо дар мактаб паноҳ бурданд.",
    "hu": "A napok óta tartó heves esőzések miatt megáradt a folyó, és a falu több tucat házát elöntötte a víz. "
          "A helyi hatóságok közölték, hogy senki sem sérült meg, de több család az iskolában húzta meg magát.",
    "bg": "Проливните дъждове през последните дни надигнаха реката и водата наводни десетки къщи в селото. Местните "
          "власти съобщиха, че никой не е пострадал, но няколко семейства са намерили подслон в училището.",
    "mk": "Обилните дождови во последните денови ја зголемија реката и водата поплави десетици куќи во селото. "
          "Локалните власти соопштија дека никој не е повреден, но неколку семејства се засолнија во училиштето.",
    "sk": "Silné dažde z posledných dní rozvodnili rieku a voda zaplavila desiatky domov v dedine. Miestne úrady "
          "uviedli, že nikto nebol zranený, ale niekoľko rodín sa uchýlilo do školy.",
    "be": "Моцныя дажджы апошніх дзён паднялі ўзровень ракі, і вада затапіла дзясяткі хат у вёсцы. Мясцовыя ўлады "
          "паведамілі, што ніхто не пацярпеў, але некалькі сем'яў знайшлі прытулак у школе.",
    "ku": "Baranên giran ên van rojan av li çem zêde kir û av ket nav bi dehan xaniyên gund. Rayedarên herêmî "
          "diyar kirin ku kes birîndar nebûye, lê gelek malbat li dibistanê bi cih bûne.",
    "ckb": "بارانی بەخوڕی ئەم چەند ڕۆژەی ڕابردوو ئاوی ڕووبارەکەی بەرز کردەوە و دەیان خانووی گوندەکەی نوقمی ئاو کرد. "
           "بەرپرسانی ناوچەکە ڕایانگەیاند کە کەس بریندار نەبووە، بەڵام چەندین خێزان لە قوتابخانەکە پەنایان گرتووە.",
    "ti": "ኣብዚ ቀረባ መዓልታት ዝዘነበ ብርቱዕ ዝናብ ንማይ ፈለግ ኣዛይዱ ብዙሓት ኣባይቲ ዓዲ ብማይ ተዋሒጦም። ሰበ ስልጣን ከባቢ "
          "ዝቖሰለ ሰብ ከም ዘየለ ገሊጾም፡ ግን ብዙሓት ስድራቤታት ኣብ ቤት ትምህርቲ ተዓቊቦም ኣለዉ።",
    "om": "Roobni cimaan guyyoota muraasaaf roobe bishaan lagaa guddisee manneen gandichaa hedduu bishaan liqimse. "
          "Qondaaltonni naannichaa namni miidhame akka hin jirre himanii, garuu maatiin hedduun mana barumsaa keessa "
          "qubatan.",
    "my": "ရက်ပေါင်းများစွာ ရွာသွန်းသော မိုးကြောင့် မြစ်ရေတက်ပြီး ရွာထဲရှိ အိမ်ဒါဇင်နှင့်ချီ ရေမြုပ်ခဲ့သည်။ "
          "ထိခိုက်ဒဏ်ရာရသူ မရှိကြောင်း ဒေသခံ အာဏာပိုင်များက ပြောကြားသော်လည်း မိသားစုများစွာ ကျောင်းတွင် ခိုလှုံနေရသည်။",
    "km": "ភ្លៀងធ្លាក់ជាបន្តបន្ទាប់អស់ជាច្រើនថ្ងៃ បានធ្វើឱ្យទឹកទន្លេឡើងខ្ពស់ ហើយលិចផ្ទះរាប់សិបខ្នងក្នុងភូមិ។ "
          "អាជ្ញាធរមូលដ្ឋានបាននិយាយថា គ្មាននរណាម្នាក់រងរបួសទេ ប៉ុន្តែគ្រួសារជាច្រើនបានភៀសខ្លួនទៅស្នាក់នៅសាលារៀន។",
    "tl": "Dahil sa ilang araw na malakas na ulan, umapaw ang ilog at lumubog ang dose-dosenang bahay sa nayon. "
          "Sinabi ng mga lokal na opisyal na walang nasaktan, ngunit maraming pamilya ang tumuloy sa paaralan.",
    "si": "දින කිහිපයක් පුරා ඇද හැලුණු අධික වර්ෂාව හේතුවෙන් ගඟේ ජල මට්ටම ඉහළ ගොස් ගමේ නිවාස දුසිම් ගණනක් ජලයෙන් යට විය. "
          "කිසිවෙකුට තුවාල සිදු නොවූ බව ප්‍රාදේශීය නිලධාරීන් පැවසුවද පවුල් රැසක් පාසලේ රැඳී සිටිති.",
    "sv": "Kraftiga regn de senaste dagarna fick ån att svämma över, och vattnet översvämmade dussintals hus i byn. "
          "Kommunen uppgav att ingen skadades, men flera familjer fick ta skydd i skolan under natten.",
    "da": "Kraftig regn de seneste dage har fået åen til at gå over sine bredder, og vandet har oversvømmet snesevis "
          "af huse i landsbyen. Kommunen oplyser, at ingen kom til skade, men flere familier måtte søge ly på skolen.",
    "no": "Kraftig regn de siste dagene har fått elva til å gå over sine bredder, og vannet har oversvømt dusinvis av "
          "hus i bygda. Kommunen opplyser at ingen ble skadet, men flere familier måtte søke ly på skolen i natt.",
    "fi": "Viime päivien rankkasateet nostivat joen tulvimaan, ja vesi valui kymmeniin taloihin kylässä. Kunnan "
          "mukaan kukaan ei loukkaantunut, mutta useat perheet joutuivat yöpymään koululla.",
    "sq": "Reshjet e dendura të ditëve të fundit bënë që lumi të dilte nga shtrati dhe uji përmbyti dhjetëra shtëpi "
          "në fshat. Autoritetet vendore bënë të ditur se askush nuk u lëndua, por disa familje u strehuan në shkollë.",
}
# Indonesian that the raw model alone labels Malay, and a Malaysian-style text that must stay Malay.
INDONESIAN_CLOSE_TO_MALAY = (
    "Dua buah kapal nelayan tenggelam akibat gelombang tinggi di perairan selatan pulau itu."
)
MALAY = (
    "Hujan lebat yang berterusan sejak petang semalam menyebabkan beberapa kawasan di negeri itu dinaiki air. "
    "Jurucakap agensi berkata mangsa banjir dipindahkan ke pusat pemindahan sementara kerana paras air sungai "
    "masih meningkat."
)


# -- the files ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", (*LANGS, "xx"))
def test_pack_file_has_every_key_in_order(lang: str) -> None:
    data = json.loads((PACK_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    expected = FILE_KEYS + (["agencies", "dateline_separators", "organisations"] if lang == "xx" else [])
    tail_keys = ("name_heads", "lower_case_in_names", "disowned", "place_locatives", "addressed", "locative_endings",
                 "part_adjectives", "locative_clitics", "name_endings", "subject_endings", "postpositions",
                 "genitives", "clitics", "place_adjectives", "doubled_vowels")
    optional = ("capitalises_nouns", *tail_keys)
    if "extends" in data:  # a pack written as what it adds to another's: its keys, in the same order
        assert list(data)[:3] == ["lang", "name", "extends"]
        keys = [k for k in data if k not in optional and k != "extends"]
        assert keys == [k for k in expected if k in keys]
        assert data["lang"] == lang
        return
    assert [k for k in data if k not in optional] == expected
    if "capitalises_nouns" in data:  # an optional key, after title_then_place
        assert list(data).index("capitalises_nouns") == list(data).index("title_then_place") + 1
    tail = [k for k in data if k in tail_keys]
    assert list(data)[len(data) - len(tail):] == tail  # optional keys, last
    assert data["lang"] == lang
    assert list(data["numbers"]) == ["units", "tens", "scales", "tens_suffix", "teens_suffix", "connectors",
                                     "vague", "decimal_comma"]
    assert list(data["historical"]) == ["since", "former", "past", "decade_patterns"]


@pytest.mark.parametrize("lang", LANGS)
def test_pack_loads_with_every_field(lang: str) -> None:
    pack = get_pack(lang)
    assert isinstance(pack, LanguagePack)
    assert pack.lang == pack.code == lang
    assert pack is get_pack(lang)  # cached
    hash(pack)  # usable as a cache key
    assert pack.cue_before or pack.cue_after  # Turkish puts its place-type words after the name only
    for name in ("stopwords", "locative", "stop_names", "abbreviations", "months", "weekdays",
                 "relative_days", "relative_periods", "parts_of_day", "speech_verbs", "action_verbs",
                 "attribution", "dispute", "titles", "org_words", "compass", "historical_since",
                 "historical_former", "historical_past", "decade_patterns", "sentence_abbreviations"):
        assert len(getattr(pack, name)) > 0, f"{lang}: {name} is empty"
    own = json.loads((PACK_DIR / f"{lang}.json").read_text(encoding="utf-8"))
    base = json.loads((PACK_DIR / f"{own['extends']}.json").read_text(encoding="utf-8")) if "extends" in own else {}
    assert 150 <= len({*base.get("stopwords", ()), *own.get("stopwords", ())}) <= 400
    assert set(pack.months.values()) == set(range(1, 13))
    assert set(pack.weekdays.values()) == set(range(7))
    assert set(pack.all_cues().values()) <= COARSE_TYPES
    assert all(isinstance(p, re.Pattern) and p.groups == 1 for p in pack.decade_patterns)
    with pytest.raises(TypeError):
        pack.months["x"] = 1  # type: ignore[index]


@pytest.mark.parametrize("lang", LANGS)
def test_number_words_cover_zero_to_ninety(lang: str) -> None:
    numbers = get_pack(lang).numbers
    assert set(range(20)) <= set(numbers.units.values())
    assert {20, 30, 40, 50, 60, 70, 80, 90} <= set(numbers.tens.values())
    assert {100, 1000, 1_000_000} <= set(numbers.scales.values())
    assert numbers.vague


def test_number_details() -> None:
    assert get_pack("id").numbers.tens_suffix == "puluh" and get_pack("id").numbers.teens_suffix == "belas"
    assert get_pack("id").numbers.decimal_comma and not get_pack("en").numbers.decimal_comma
    assert get_pack("en").numbers.value("Seventeen") == 17
    assert get_pack("ru").numbers.value("двух") == 2
    assert get_pack("uk").numbers.value("п’ятнадцять") == 15  # typographic apostrophe
    assert get_pack("ar").numbers.value("وعشرون") == 20
    assert get_pack("fr").numbers.value("quatre-vingt-dix") == 90
    assert get_pack("en").numbers.vague["hundreds"] == 100


def test_rich_packs_are_rich() -> None:
    for lang in ("en", "id"):
        pack = get_pack(lang)
        raw = json.loads((PACK_DIR / f"{lang}.json").read_text(encoding="utf-8"))
        assert 100 <= len(raw["stop_names"]) <= 600
        assert len(raw["titles"]) >= 60 and len(raw["org_words"]) >= 60
        assert len(pack.cue_before) >= 40
    en, id_ = get_pack("en"), get_pack("id")
    assert {"President", "Minister", "Police", "Sunday", "May", "Mobile", "Reuters"} <= en.stop_names
    assert {"Senin", "Presiden", "Kapolres", "Pemkab", "Tuhan", "Tbk"} <= id_.stop_names
    assert en.cue_after["oblast"] == "admin1" and en.cue_before["the village of"] == "village"
    assert id_.cue_before["desa"] == "village" and id_.cue_before["ibu kota"] == "city"
    assert {"in", "near", "north of"} <= en.locative and {"di", "dekat", "menuju"} <= id_.locative
    assert "said" in en.speech_verbs and "mengatakan" in id_.speech_verbs
    assert "menurut" in id_.attribution and "according to" in en.attribution
    assert "membantah" in id_.dispute and "denied" in en.dispute
    assert "kapolres" in id_.titles and "gen" in en.titles
    assert "universitas" in id_.org_words and "university" in en.org_words
    assert "sejak" in id_.historical_since and "mantan" in id_.historical_former
    assert id_.relative_days["kemarin"] == -1 and en.relative_periods["last week"] == -7
    assert id_.parts_of_day["dini hari"] == "early morning"
    assert "jl." in id_.sentence_abbreviations and "gen." in en.sentence_abbreviations


# -- lookups -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "word", "month"),
    [("id", "Maret", 3), ("id", "Agustus", 8), ("en", "March", 3), ("en", "Sept.", 9), ("es", "marzo", 3),
     ("es", "Setiembre", 9), ("fr", "mars", 3), ("fr", "Août", 8), ("ru", "марта", 3), ("ru", "Декабрь", 12),
     ("uk", "березня", 3), ("uk", "Листопаді", 11), ("ar", "مارس", 3), ("ar", "آذار", 3),
     ("ar", "كانون الثاني", 1), ("ar", "جويلية", 7)],
)
def test_month(lang: str, word: str, month: int) -> None:
    assert get_pack(lang).month(word) == month


@pytest.mark.parametrize(
    ("lang", "word", "day"),
    [("id", "Senin", 0), ("id", "Jumat", 4), ("id", "Jum’at", 4), ("en", "Friday", 4), ("es", "miércoles", 2),
     ("fr", "Dimanche", 6), ("ru", "среду", 2), ("ru", "Понедельник", 0), ("uk", "п'ятницю", 4),
     ("uk", "п’ятницю", 4), ("uk", "неділю", 6), ("ar", "الجمعة", 4), ("ar", "الإثنين", 0)],
)
def test_weekday(lang: str, word: str, day: int) -> None:
    assert get_pack(lang).weekday(word) == day


def test_lookups_miss_cleanly() -> None:
    assert get_pack("en").month("Kyiv") is None
    assert get_pack("en").weekday("") is None
    assert get_pack("ru").month("Москва") is None


def test_stopwords() -> None:
    assert get_pack("en").is_stopword("The") and not get_pack("en").is_stopword("Lviv")
    assert get_pack("id").is_stopword("Namun") and get_pack("id").is_stopword("yang")
    assert get_pack("ru").is_stopword("Однако") and get_pack("uk").is_stopword("Проте")
    assert get_pack("ar").is_stopword("في")
    assert not get_pack("en").is_stopword("US")  # the country abbreviation must never look like a function word


def test_abbreviations() -> None:
    assert get_pack("id").abbreviations["AS"] == "US"
    assert get_pack("id").abbreviations["RI"] == "ID"
    assert get_pack("id").abbreviations["PBB"] == ""
    assert get_pack("en").abbreviations["US"] == "US"
    assert get_pack("en").abbreviations["U.K."] == "GB"
    assert get_pack("en").abbreviations["NATO"] == ""
    assert get_pack("es").abbreviations["EEUU"] == "US"
    assert get_pack("es").abbreviations["EE.UU."] == "US"
    assert get_pack("fr").abbreviations["RDC"] == "CD"
    assert get_pack("ru").abbreviations["США"] == "US" and get_pack("ru").abbreviations["РФ"] == "RU"
    assert get_pack("uk").abbreviations["ЗСУ"] == ""
    assert "us" not in get_pack("en").abbreviations  # case-sensitive


def test_cues() -> None:
    ru = get_pack("ru")
    assert ru.cue_before["село"] == "village" and ru.cue_before["посёлке"] == "village"
    assert ru.cue_before["поселке"] == "village"  # ё also as е
    assert ru.cue_after["области"] == "admin1" and ru.all_cues()["области"] == "admin1"
    assert get_pack("uk").cue_after["область"] == "admin1"
    assert get_pack("ar").cue_before["قرية"] == "village" and get_pack("ar").cue_before["مخيم"] == "village"
    assert get_pack("es").cue_type("Municipio") == "region"
    assert get_pack("fr").cue_type("commune de") == "city"


@pytest.mark.parametrize(
    ("lang", "text", "year"),
    [("en", "in the 1990s", 1990), ("en", "during the late 1970s", 1970), ("en", "the 2010's", 2010),
     ("id", "pada 1990-an", 1990), ("id", "pada awal tahun 1980an", 1980), ("es", "en los años 1990", 1990),
     ("es", "en los años 90", 1990), ("es", "la década de los ochenta", 1980), ("fr", "dans les années 1990", 1990),
     ("fr", "les années soixante-dix", 1970), ("ru", "в 1990-х", 1990), ("ru", "в 90-х годах", 1990),
     ("ru", "в 1980-е годы", 1980), ("uk", "у 1990-х роках", 1990), ("uk", "у 90-ті роки", 1990),
     ("ar", "في التسعينيات", 1990), ("ar", "منذ الثمانينات", 1980)],
)
def test_decade_patterns(lang: str, text: str, year: int) -> None:
    pack = get_pack(lang)
    assert any(p.search(text) for p in pack.decade_patterns)
    assert [found[2] for found in pack.decades(text)] == [year]


@pytest.mark.parametrize(
    ("lang", "text"),
    [("en", "in 1990 the town grew"), ("en", "1,990s"), ("id", "pada 1990 dan 2020"),
     ("ru", "в 1990-м году"), ("ru", "заняла 10-е место"), ("uk", "у 1991-му"), ("es", "tenía 90 años")],
)
def test_decade_patterns_ignore_years_and_ordinals(lang: str, text: str) -> None:
    assert get_pack(lang).decades(text) == []


def test_decade_pattern_captures_four_digit_year() -> None:
    m = get_pack("en").decade_patterns[0].search("Back in the 1980s the mine closed.")
    assert m is not None and m.group(1) == "1980"
    m = get_pack("id").decade_patterns[0].search("Pada 1990-an desa itu masih terpencil.")
    assert m is not None and m.group(1) == "1990"


# -- the universal pack and unknown languages ---------------------------------------------------------------


def test_universal_pack() -> None:
    xx = universal()
    assert xx.lang == "xx"
    assert {"AFP", "Reuters", "ANTARA", "Xinhua", "TASS", "Ukrinform", "Kompas.com"} <= set(xx.agencies)
    assert {"UN", "UNHCR", "NATO", "EU", "ICRC", "WHO", "IMF"} <= xx.organisations
    assert xx.dateline_separators[:2] == ("--", "—")
    assert xx.abbreviations["UNHCR"] == ""
    assert get_pack("xx") is xx


def test_unknown_language_gets_universal_pack_under_its_own_code() -> None:
    pack = get_pack("yo")
    assert pack.lang == "yo" and pack.name == "Universal"
    assert not pack.stopwords and "AFP" in pack.agencies
    assert get_pack("YO-ng") is pack
    assert get_pack("").lang == "und"
    assert get_pack("../en").lang == "und"  # never a path


def test_language_code_forms() -> None:
    assert get_pack("in") is get_pack("id")
    assert get_pack("en-GB") is get_pack("en")
    assert get_pack("id_ID") is get_pack("id")


def test_available() -> None:
    assert available() == tuple(sorted(LANGS))


# -- validation ----------------------------------------------------------------------------------------------


def _write(tmp_path: Path, data: object, name: str = "en.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _good() -> dict:
    return json.loads((PACK_DIR / "en.json").read_text(encoding="utf-8"))


def test_a_copy_of_a_shipped_pack_loads(tmp_path: Path) -> None:
    pack = load_pack(_write(tmp_path, _good()))
    assert pack.month("June") == 6 and str(tmp_path) in pack.source


@pytest.mark.parametrize(
    ("change", "key"),
    [
        (lambda d: d.pop("months"), "months"),
        (lambda d: d.update(colour="blue"), "colour"),
        (lambda d: d["cue_before"].update({"the hamlet of": "hamlet"}), "cue_before"),
        (lambda d: d["stopwords"].append("The"), "stopwords"),
        (lambda d: d["months"].update(smarch=13), "months"),
        (lambda d: d["abbreviations"].update(USA="USA"), "abbreviations"),
        (lambda d: d["historical"].update(decade_patterns=["(19)(90)s"]), "historical.decade_patterns"),
        (lambda d: d["historical"].update(decade_patterns=["(1990s"]), "historical.decade_patterns"),
        (lambda d: d["numbers"].pop("vague"), "numbers"),
        (lambda d: d["numbers"].update(decimal_comma="no"), "numbers.decimal_comma"),
        (lambda d: d["numbers"]["units"].update(one="1"), "numbers.units"),
        (lambda d: d["parts_of_day"].update(teatime="teatime"), "parts_of_day"),
        (lambda d: d["sentence_abbreviations"].append("mr"), "sentence_abbreviations"),
        (lambda d: d.update(home_countries=["usa"]), "home_countries"),
        (lambda d: d.update(lang="English"), "lang"),
        (lambda d: d.update(locative="in"), "locative"),
    ],
)
def test_malformed_pack_raises_naming_file_and_key(tmp_path: Path, change, key: str) -> None:
    data = _good()
    change(data)
    path = _write(tmp_path, data)
    with pytest.raises(BadInputError) as info:
        load_pack(path)
    assert str(path) in str(info.value)
    assert repr(key) in str(info.value)


def test_broken_json_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BadInputError, match="not valid JSON"):
        load_pack(_write(tmp_path, '{"lang": "en",'))
    with pytest.raises(BadInputError, match="cannot read"):
        load_pack(tmp_path / "nope.json")
    with pytest.raises(BadInputError, match="JSON object"):
        load_pack(_write(tmp_path, "[1, 2]"))
    with pytest.raises(BadInputError, match="loaded as 'fr'"):
        load_pack(_write(tmp_path, _good()), lang="fr")


# -- language identification ---------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_detect_own_texts(lang: str) -> None:
    assert get_pack(detect(TEXTS[lang])).lang == lang  # Serbo-Croatian is detected as hr, sr or bs


def test_detect_indonesian_not_malay() -> None:
    assert detect(INDONESIAN_CLOSE_TO_MALAY) == "id"
    assert detect(TEXTS["id"]) == "id"
    assert detect("Banjir merendam rumah warga.") == "id"
    assert detect(MALAY) == "ms"
    assert detect(MALAY, candidates=["id", "en"]) == "id"


def test_detect_candidates() -> None:
    assert detect(TEXTS["fr"], candidates=["fr", "en"]) == "fr"
    assert detect(TEXTS["uk"], candidates=["ru", "uk"]) == "uk"
    assert detect(TEXTS["es"], candidates=["en", "de"]) in ("en", "de")
    assert detect(TEXTS["es"], candidates=["xx"]) == "und"
    assert detect(TEXTS["id"], candidates=["in"]) == "id"


@pytest.mark.parametrize("text", ["", "   \n\t", "12 345 678", "2020-09-28 — 14:30", "!!! ???"])
def test_detect_undetermined(text: str) -> None:
    assert detect(text) == "und"


def test_detect_rejects_non_text() -> None:
    with pytest.raises(BadInputError):
        detect(b"bytes")  # type: ignore[arg-type]


def test_detect_reads_only_the_start() -> None:
    text = TEXTS["en"] + " " + "Hujan deras merendam rumah warga di desa itu. " * 400
    assert len(text) > 10_000
    assert detect(text) == "en"


def test_detect_long_article_once_loaded() -> None:
    article = (TEXTS["id"] + " ") * 13  # about 3 KB
    assert len(article) > 3000
    assert {detect(article) for _ in range(3)} == {"id"}  # the same answer every call (model loaded once)


def test_supported_languages() -> None:
    codes = language.supported()
    assert {"en", "id", "ms", "es", "fr", "ru", "uk", "ar"} <= set(codes)
    assert all(len(c) == 2 for c in codes) and "la" not in codes
