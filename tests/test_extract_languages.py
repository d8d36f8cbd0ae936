"""Events from one short report per language pack, each our own writing: type, place, date and toll."""

from __future__ import annotations

import datetime as dt

import pytest

from geomap.events import Extractor

CASES = [
    ("es", "BOGOTÁ, 3 de marzo de 2024 -- Un ataque con drones contra una base militar en Cúcuta dejó dos "
           "soldados muertos el sábado, según el Ejército.",
     "Air/drone strike", "Cúcuta", dt.date(2024, 3, 2), 2),
    ("fr", "BAMAKO, 5 mars 2024 (AFP) - Des hommes armés ont attaqué un village près de Mopti dimanche, tuant "
           "douze civils, a indiqué un responsable local.",
     "Attack", "Mopti", dt.date(2024, 3, 3), 12),
    ("ru", "ДОНЕЦК, 5 марта 2024 -- В результате обстрела Горловки в понедельник погибли три мирных жителя, "
           "сообщили местные власти.",
     "Shelling/artillery/missile attack", "Horlivka", dt.date(2024, 3, 4), 3),
    ("uk", "ХАРКІВ, 5 березня 2024 -- Російські війська обстріляли Куп'янськ у понеділок, загинули двоє "
           "цивільних, повідомила обласна адміністрація.",
     "Shelling/artillery/missile attack", "Kupyansk", dt.date(2024, 3, 4), 2),
    ("ar", "دمشق، 5 مارس 2024 - قتل ثلاثة مدنيين في غارة جوية على مدينة إدلب يوم الاثنين، بحسب مصادر محلية.",
     "Air/drone strike", "Idlib", dt.date(2024, 3, 4), 3),
    ("id", "SURABAYA -- Sebuah bom rakitan meledak di dekat pos polisi di Sidoarjo, Kamis (7/3/2024) malam. "
           "Dua polisi terluka, kata juru bicara kepolisian.",
     "Remote explosive/landmine/IED", "Sidoarjo", dt.date(2024, 3, 7), 0),
    ("en", "MOGADISHU, March 6, 2024 -- A suicide bomber killed nine people at a checkpoint in Baidoa on "
           "Tuesday, police said.",
     "Suicide bomb", "Baidoa", dt.date(2024, 3, 5), 9),
    ("pt", "MAPUTO, 6 de março de 2024 -- Insurgentes atacaram uma aldeia perto de Macomia na terça-feira, "
           "matando cinco civis, segundo a polícia.",
     "Attack", "Macomia", dt.date(2024, 3, 5), 5),
    ("de", "KIEW, 5. März 2024 -- Bei einem Raketenangriff auf Charkiw sind am Montag drei Zivilisten getötet "
           "worden, teilte die Regionalverwaltung mit.",
     "Shelling/artillery/missile attack", "Kharkiv", dt.date(2024, 3, 4), 3),
    ("tr", "ANKARA, 6 Mart 2024 -- İdlib'e düzenlenen hava saldırısında salı günü dört sivil hayatını kaybetti, "
           "yerel kaynaklar bildirdi.",
     "Air/drone strike", "Idlib", dt.date(2024, 3, 5), 4),
    ("it", "ROMA, 6 marzo 2024 -- Sette persone sono state uccise martedì dall'esplosione di un'autobomba vicino a "
           "un mercato di Mogadiscio, ha riferito la polizia.",
     "Remote explosive/landmine/IED", "Mogadishu", dt.date(2024, 3, 5), 7),
    ("pl", "WARSZAWA, 6 marca 2024 -- W ataku rakietowym na Odessę we wtorek zginęło pięć osób, a dwanaście "
           "zostało rannych, poinformowały władze obwodu.",
     "Shelling/artillery/missile attack", "Odesa", dt.date(2024, 3, 5), 5),
    ("nl", "BRUSSEL, 6 maart 2024 -- Bij een zelfmoordaanslag bij een controlepost in Kandahar zijn dinsdag negen "
           "mensen om het leven gekomen, meldde de politie.",
     "Suicide bomb", "Kandahār", dt.date(2024, 3, 5), 9),
    ("vi", "HÀ NỘI, ngày 6/3/2024 -- Một cuộc không kích vào thành phố Aleppo hôm thứ Hai đã làm bốn dân thường "
           "thiệt mạng, giới chức địa phương cho biết.",
     "Air/drone strike", "Aleppo", dt.date(2024, 3, 4), 4),
    ("fa", "کابل، ۶ مارس ۲۰۲۴ - در یک حمله انتحاری روز سه‌شنبه در قندهار نه نفر کشته شدند، پلیس اعلام کرد.",
     "Suicide bomb", "Kandahār", dt.date(2024, 3, 5), 9),
    ("sw", "NAIROBI, 6 Machi 2024 -- Watu watano waliuawa katika mlipuko wa bomu la kutegwa ardhini karibu na "
           "Mandera Jumanne, polisi walisema.",
     "Remote explosive/landmine/IED", "Mandera", dt.date(2024, 3, 5), 5),
    ("he", "תל אביב, 6 במרץ 2024 - שני חיילים נהרגו מפיצוץ מטען צד ליד ג'נין ביום שלישי, מסר הצבא.",
     "Remote explosive/landmine/IED", "Janīn", dt.date(2024, 3, 5), 2),
    ("ko", "서울, 2024년 3월 6일 -- 우크라이나 동부 하르키우에서 5일 러시아군의 미사일 공격으로 민간인 4명이 숨졌다고 "
           "현지 당국이 밝혔다.",
     "Shelling/artillery/missile attack", "Kharkiv", dt.date(2024, 3, 5), 4),
    ("hi", "जयपुर, 6 मार्च 2024 - अजमेर में मंगलवार को एक बम धमाके में तीन लोग मारे गए, पुलिस ने बताया।",
     "Remote explosive/landmine/IED", "Ajmer", dt.date(2024, 3, 5), 3),
    ("ur", "کراچی، 6 مارچ 2024ء - کوئٹہ میں منگل کو ایک خودکش حملے میں چھ افراد جاں بحق ہو گئے، پولیس نے بتایا۔",
     "Suicide bomb", "Quetta", dt.date(2024, 3, 5), 6),
    ("bn", "ঢাকা, ৬ মার্চ ২০২৪ - কুমিল্লায় মঙ্গলবার একটি বোমা বিস্ফোরণে পাঁচজন নিহত হয়েছেন বলে পুলিশ জানিয়েছে।",
     "Remote explosive/landmine/IED", "Comilla", dt.date(2024, 3, 5), 5),
    ("th", "นราธิวาส - คนร้ายลอบวางระเบิดที่อำเภอรือเสาะเมื่อวันจันทร์ที่ 3 มิถุนายน 2567 ทำให้ทหารพรานเสียชีวิต 2 นาย "
           "และบาดเจ็บอีก 3 นาย",
     "Remote explosive/landmine/IED", "Rueso", dt.date(2024, 6, 3), 2),
    ("ps", "کابل، ۶ مارچ ۲۰۲۴ — په کندهار کې د سه شنبې په ورځ یوه ځانمرګي برید کې څلور تنه ووژل شول، پولیسو وویل.",
     "Suicide bomb", "Kandahār", dt.date(2024, 3, 5), 4),
    ("ne", "काठमाडौं, ६ मार्च २०२४ — विराटनगरमा मंगलबार भएको बम विस्फोटमा दुई जना मारिए र पाँच जना घाइते भए, "
           "प्रहरीले जनायो।",
     "Remote explosive/landmine/IED", "Biratnagar", dt.date(2024, 3, 5), 2),
    ("ta", "சென்னை, 6 மார்ச் 2024 — கொழும்பில் செவ்வாய்க்கிழமை நடந்த குண்டுவெடிப்பில் மூன்று பேர் உயிரிழந்தனர் "
           "என்று போலீசார் தெரிவித்தனர்.",
     "Remote explosive/landmine/IED", "Colombo", dt.date(2024, 3, 5), 3),
    ("az", "BAKI, 6 mart 2024 -- Çərşənbə axşamı Tərtər şəhərinə düşən artilleriya mərmiləri üç mülki şəxsi öldürüb, "
           "Müdafiə Nazirliyi bildirib.",
     "Shelling/artillery/missile attack", "Tartar", dt.date(2024, 3, 5), 3),
    ("hy", "ԵՐԵՎԱՆ, 6 մարտի 2024 -- Երեքշաբթի Կապանում տեղի ունեցած պայթյունի հետևանքով չորս մարդ է զոհվել, "
           "հայտնել է ոստիկանությունը։",
     "Remote explosive/landmine/IED", "Kapan", dt.date(2024, 3, 5), 4),
    ("ka", "თბილისი, 6 მარტი 2024 -- სამშაბათს ზუგდიდში მომხდარ აფეთქებას სამი ადამიანი ემსხვერპლა, "
           "განაცხადა პოლიციამ.",
     "Remote explosive/landmine/IED", "Zugdidi", dt.date(2024, 3, 5), 3),
    ("cs", "OSTRAVA, 5. března 2024 — Při výbuchu nálože u policejní stanice v Karviné zemřeli v pondělí dva "
           "policisté, uvedla policie.",
     "Remote explosive/landmine/IED", "Karviná", dt.date(2024, 3, 4), 2),
    # Serbo-Croatian has one pack (sh); the language column keeps the code detected, Serbian here.
    ("sr", "БЕОГРАД, 5. март 2024. — У експлозији бомбе испред кафића у Крагујевцу у понедељак су погинула три "
           "мушкарца, саопштила је полиција.",
     "Remote explosive/landmine/IED", "Kragujevac", dt.date(2024, 3, 4), 3),
    ("el", "ΑΘΗΝΑ, 5 Μαρτίου 2024 — Δύο αστυνομικοί σκοτώθηκαν τη Δευτέρα από έκρηξη βόμβας έξω από αστυνομικό "
           "τμήμα στον Πειραιά, ανακοίνωσε η αστυνομία.",
     "Remote explosive/landmine/IED", "Piraeus", dt.date(2024, 3, 4), 2),
    ("ro", "CHIȘINĂU, 6 martie 2024 -- Patru civili au fost uciși marți într-un atac cu rachete asupra orașului "
           "Odesa, au anunțat autoritățile locale.",
     "Shelling/artillery/missile attack", "Odesa", dt.date(2024, 3, 5), 4),
    ("hu", "BUDAPEST, 2024. március 6. -- Három ember meghalt kedden egy pokolgép robbanásában Ungváron, "
           "közölte a rendőrség.",
     "Remote explosive/landmine/IED", "Uzhhorod", dt.date(2024, 3, 5), 3),
    ("bg", "СОФИЯ, 6 март 2024 -- Двама полицаи загинаха във вторник при взрив на бомба пред полицейски участък в "
           "Пловдив, съобщи полицията.",
     "Remote explosive/landmine/IED", "Plovdiv", dt.date(2024, 3, 5), 2),
    ("mk", "СКОПЈЕ, 6 март 2024 -- Двајца полицајци загинаа во вторникот при експлозија на бомба пред полициската "
           "станица во Битола, соопшти полицијата.",
     "Remote explosive/landmine/IED", "Bitola", dt.date(2024, 3, 5), 2),
    ("sk", "BRATISLAVA, 6. marca 2024 -- Traja policajti zahynuli v utorok pri výbuchu bomby pred policajnou "
           "stanicou v Košiciach, uviedla polícia.",
     "Remote explosive/landmine/IED", "Košice", dt.date(2024, 3, 5), 3),
    ("be", "МІНСК, 6 сакавіка 2024 -- Два міліцыянеры загінулі ў аўторак пры выбуху бомбы каля пастарунку ў "
           "Гомелі, паведаміла міліцыя.",
     "Remote explosive/landmine/IED", "Homyel'", dt.date(2024, 3, 5), 2),
    ("ku", "HEWLÊR, 5ê Adarê 2024 — Roja duşemê êrîşa dronê li nêzîkî Zaxoyê sê sivîl kuştin, rayedarên herêmî "
           "ragihandin.",
     "Air/drone strike", "Zaxo", dt.date(2024, 3, 4), 3),
    ("ckb", "هەولێر، 5ی ئازاری 2024 — ڕۆژی دووشەممە لە تەقینەوەی بۆمبێکی چێنراو لە شاری کەرکووک چوار کەس "
            "کوژران، پۆلیس ڕایگەیاند.",
     "Remote explosive/landmine/IED", "Kirkuk", dt.date(2024, 3, 4), 4),
    ("ti", "መቐለ፡ 5 መጋቢት 2024 — ሰኑይ ኣብ ከተማ ዓዲግራት ብዝተኻየደ ደብዳብ ድሮን ሓሙሽተ ሰላማውያን ሰባት ተቐቲሎም፡ "
           "ሰበ ስልጣን ከባቢ ሓቢሮም።",
     "Air/drone strike", "Ādīgrat", dt.date(2024, 3, 4), 5),
    ("om", "FINFINNEE, 5 Bitootessa 2024 — Wiixata magaalaa Adaamaa keessatti lola cimaa ta'een namoonni jaha "
           "ajjeefaman, jedhe poolisiin.",
     "Armed clash", "Nazrēt", dt.date(2024, 3, 4), 6),
    ("my", "ရန်ကုန်၊ ၂၀၂၄ မတ်လ ၆ -- အင်္ဂါနေ့က စစ်ကိုင်းတိုင်းဒေသကြီး မုံရွာမြို့တွင် လေကြောင်းတိုက်ခိုက်မှုကြောင့် "
           "အရပ်သား ၄ ဦး သေဆုံးခဲ့သည်ဟု ဒေသခံများက ပြောကြားသည်။",
     "Air/drone strike", "Monywa", dt.date(2024, 3, 5), 4),
    ("km", "ភ្នំពេញ -- កាលពីថ្ងៃអង្គារ ទី៥ ខែមីនា ឆ្នាំ២០២៤ ទាហានបីនាក់បានស្លាប់ ដោយសារការផ្ទុះគ្រាប់មីន"
           "នៅខេត្តឧត្តរមានជ័យ នេះបើតាមក្រសួងការពារជាតិ។",
     "Remote explosive/landmine/IED", "Otdar Mean Chey", dt.date(2024, 3, 5), 3),
    ("tl", "COTABATO, Marso 6, 2024 -- Tatlong sundalo ang nasawi nang sumabog ang isang bombang gawang-bahay sa "
           "Jolo noong Martes, ayon sa militar.",
     "Remote explosive/landmine/IED", "Jolo", dt.date(2024, 3, 5), 3),
    ("si", "කොළඹ, 2024 මාර්තු 6 -- අඟහරුවාදා යාපනයේදී සිදු වූ බෝම්බ පිපිරීමකින් පොලිස් නිලධාරීන් දෙදෙනෙකු "
           "මිය ගිය බව පොලිසිය පැවසීය.",
     "Remote explosive/landmine/IED", "Jaffna", dt.date(2024, 3, 5), 2),
    ("uz", "ANDIJON, 6-mart 2024 -- Seshanba kuni Asaka shahridagi politsiya bo'limi yaqinida bomba portlashi "
           "oqibatida uch kishi halok bo'ldi, deb xabar berdi IIV.",
     "Remote explosive/landmine/IED", "Asaka", dt.date(2024, 3, 5), 3),
    ("kk", "АҚТӨБЕ, 6 наурыз 2024 -- Сейсенбі күні Хромтау қаласындағы полиция бөлімшесінің маңында бомба жарылып, "
           "үш адам қаза тапты, деп хабарлады ІІМ.",
     "Remote explosive/landmine/IED", "Khromtau", dt.date(2024, 3, 5), 3),
    ("ky", "ОШ, 6-март 2024 -- Шейшемби күнү Өзгөн шаарындагы милиция бөлүмүнүн жанында бомба жарылып, үч адам каза "
           "болду, деп билдирди ИИМ.",
     "Remote explosive/landmine/IED", "Uzgen", dt.date(2024, 3, 5), 3),
    ("tg", "ХУҶАНД, 6 марти соли 2024 -- Рӯзи сешанбе дар шаҳри Истаравшан дар назди шӯъбаи милитсия бомба таркид "
           "ва се нафар кушта шуданд, хабар дод ВКД.",
     "Remote explosive/landmine/IED", "Istaravshan", dt.date(2024, 3, 5), 3),
    ("sv", "STOCKHOLM, 6 mars 2024 -- Tre personer dödades på tisdagen när en bomb exploderade utanför en polisstation "
           "i Uppsala, uppger polisen.",
     "Remote explosive/landmine/IED", "Uppsala", dt.date(2024, 3, 5), 3),
    ("da", "KØBENHAVN, 6. marts 2024 -- To betjente blev dræbt tirsdag, da en bombe eksploderede uden for en "
           "politistation i Odense, oplyser politiet.",
     "Remote explosive/landmine/IED", "Odense", dt.date(2024, 3, 5), 2),
    ("no", "OSLO, 6. mars 2024 -- To politifolk ble drept tirsdag da en bombe eksploderte utenfor en politistasjon "
           "i Bergen, opplyser politiet.",
     "Remote explosive/landmine/IED", "Bergen", dt.date(2024, 3, 5), 2),
    ("fi", "HELSINKI, 6. maaliskuuta 2024 -- Kolme siviiliä kuoli tiistaina Venäjän ohjusiskussa Harkovaan, "
           "kertoivat paikalliset viranomaiset.",
     "Shelling/artillery/missile attack", "Kharkiv", dt.date(2024, 3, 5), 3),
    ("sq", "PRISHTINË, 6 mars 2024 -- Dy policë u vranë të martën nga shpërthimi i një bombe pranë stacionit "
           "policor në Mitrovicë, njoftoi policia.",
     "Remote explosive/landmine/IED", "Mitrovicë", dt.date(2024, 3, 5), 2),
]


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(("lang", "text", "sub", "place", "date", "killed"), CASES, ids=[c[0] for c in CASES])
def test_one_report_per_language(ex, lang, text, sub, place, date, killed):
    events = ex(text)  # language and publication date read from the text
    assert set(events["lang"]) == {lang}
    rows = events[events["sub_event_type"] == sub]
    assert not rows.empty, events[["location", "sub_event_type", "event_date"]]
    row = rows.iloc[0]
    assert row.location == place
    assert row.event_date == date
    assert row.fatalities == killed
    assert len(events) == 1  # one report, one event: no second event from a generic word


@pytest.mark.parametrize(("lang", "text"), [
    # Houses burned on the spot, or homes raided by gunmen: an attack on the ground, not shelling from afar.
    ("pt", "Os atacantes incendiaram casas na aldeia de Mucojo, em Cabo Delgado, na terça-feira."),
    ("en", "Gunmen attacked homes in the village of Mucojo in Cabo Delgado on Tuesday."),
])
def test_a_raid_on_homes_is_no_shelling(ex, lang, text):
    events = ex(text, lang=lang, publication_date="2024-03-16")
    assert list(events["sub_event_type"]) == ["Attack"]
    assert list(events["location"]) == ["Mucojo"]


@pytest.mark.parametrize(("lang", "text"), [
    # The country after a comma and a compass word only says where the province lies: no party to the attack.
    ("en", "At least 20 people died in an insurgent attack on the town of Macomia in Cabo Delgado province, "
           "northern Mozambique, local sources said on Tuesday."),
    ("pt", "Pelo menos 20 pessoas morreram num ataque de insurgentes à vila de Macomia, na província de Cabo "
           "Delgado, norte de Moçambique, disseram fontes locais na terça-feira."),
])
def test_a_country_that_locates_a_province_is_no_party(ex, lang, text):
    events = ex(text, lang=lang, publication_date="2024-03-16")
    assert list(events["sub_event_type"]) == ["Attack"]
    assert not events.iloc[0]["actor2"].startswith("Military Forces")
