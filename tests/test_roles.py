"""Roles of place mentions (dateline, actor, event, historical, other) in every language with a pack.

Every sentence here was written for these tests: fictional but plausible news (storms, protests,
shelling, talks) about real, unambiguous places. Each case names a mention by its surface and
occurrence, and checks its role and the country it resolves to ("" for the Soviet Union).
"""

from __future__ import annotations

import re

import pytest

import geomap
from geomap.text.packs import available, get_pack
from geomap.text.unspaced import has_run

PUBLISHED = "2024-03-10"

# (text, surface, occurrence, role, country)
Case = tuple[str, str, int, str, str]


def _mention(gaz, lang: str, text: str, surface: str, occurrence: int = 1):
    df = geomap.geoparse(text, lang=lang, publication_date=PUBLISHED, gazetteer=gaz)
    # Chinese, Japanese and Thai run words together, Hebrew writes clitics before a name and Korean particles after it:
    # there a surface is found anywhere.
    edge = ("", "") if has_run(surface) or re.search("[\u05d0-\u05ea\uac00-\ud7af]", surface) else (
        r"(?<![\w-])", r"(?![\w-])")
    starts = [m.start() for m in re.finditer(edge[0] + re.escape(surface) + edge[1], text)]
    assert len(starts) >= occurrence, f"{surface!r} occurs {len(starts)} times in the text"
    start = starts[occurrence - 1]
    # The mention covering that occurrence: "Kecamatan Lembang" is one name when the index knows it as one.
    rows = df[(df["start"] <= start) & (df["end"] > start)]
    assert len(rows) == 1, f"{surface!r} #{occurrence} is not a mention; mentions: {list(df['surface'])}"
    return rows.iloc[0]


def _check(gaz, lang: str, case: Case) -> None:
    text, surface, occurrence, role, country = case
    row = _mention(gaz, lang, text, surface, occurrence)
    assert (row["role"], row["country"]) == (role, country), f"{surface!r} in {text!r}: {row['name']!r}"


def _ids(cases: list[Case]) -> list[str]:
    return [f"{surface}#{occ}-{role}" for _, surface, occ, role, _ in cases]


# -- English ---------------------------------------------------------------------------------------------------

EN: list[Case] = [
    ("Ottawa welcomed the decision on Friday.", "Ottawa", 1, "actor", "CA"),
    # datelines
    ("BAKU -- Fighting flared again along the front line on Sunday.", "BAKU", 1, "dateline", "AZ"),
    ("Lviv - Volunteers sorted donated winter clothes at a railway depot.", "Lviv", 1, "dateline", "UA"),
    ("KYIV, Ukraine (AP) — Air raid alerts sounded across the country overnight.", "KYIV", 1, "dateline", "UA"),
    ("KYIV, Ukraine (AP) — Air raid alerts sounded across the country overnight.", "Ukraine", 1, "dateline", "UA"),
    ("ALEPPO, Syria, March 3 (Reuters) - Rockets slammed into a busy market on Tuesday.", "ALEPPO", 1,
     "dateline", "SY"),
    ("ALEPPO, Syria, March 3 (Reuters) - Rockets slammed into a busy market on Tuesday.", "Syria", 1,
     "dateline", "SY"),
    ("Storm batters Black Sea coast\nODESA, Ukraine — Strong winds tore roofs off dozens of buildings.", "ODESA", 1,
     "dateline", "UA"),
    ("BAKU -- Fighting resumed near the border, and Baku said it had lost two soldiers.", "Baku", 1,
     "actor", "AZ"),
    ("Lviv was quiet on Sunday as residents cleared snow from the streets.", "Lviv", 1, "event", "UA"),
    # actors: speech verbs
    ("Moscow claimed its air defences had downed twelve drones.", "Moscow", 1, "actor", "RU"),
    ("Yerevan accused its neighbour of breaking the truce within hours.", "Yerevan", 1, "actor", "AM"),
    ("Azerbaijan denied the report, calling it fabricated.", "Azerbaijan", 1, "actor", "AZ"),
    # actors: action verbs
    ("Beijing imposed new tariffs on steel imports last week.", "Beijing", 1, "actor", "CN"),
    ("France condemned the attack on the aid convoy.", "France", 1, "actor", "FR"),
    ("Turkey on Monday condemned the attack.", "Turkey", 1, "actor", "TR"),
    ("Both Russia and Belarus denied any role in the incident.", "Russia", 1, "actor", "RU"),
    ("Both Russia and Belarus denied any role in the incident.", "Belarus", 1, "actor", "BY"),
    # actors: attribution
    ("According to Kyiv, eleven drones were shot down over the capital.", "Kyiv", 1, "actor", "UA"),
    ("The casualty figures could not be verified, according to Damascus.", "Damascus", 1, "actor", "SY"),
    # actors: possessives
    ("Russia's defence ministry said its forces had taken a hill.", "Russia", 1, "actor", "RU"),
    ("Turkey's foreign ministry spokesman said the talks would resume in April.", "Turkey", 1, "actor", "TR"),
    ("Ukraine's air force said it shot down nine drones.", "Ukraine", 1, "actor", "UA"),
    ("The ministry of defence of Russia said on Sunday that two drones were shot down.", "Russia", 1,
     "actor", "RU"),
    # actors: denials and the doer of a passive verb
    ("The report was denied by Armenia on Wednesday.", "Armenia", 1, "actor", "AM"),
    ("The claims were rejected by Baku as baseless.", "Baku", 1, "actor", "AZ"),
    ("The truce was brokered by Turkey and Qatar.", "Turkey", 1, "actor", "TR"),
    ("The truce was brokered by Turkey and Qatar.", "Qatar", 1, "actor", "QA"),
    # events: locative prepositions
    ("Protesters gathered in Lviv to demand the release of two journalists.", "Lviv", 1, "event", "UA"),
    ("Shells landed near Homs late on Sunday.", "Homs", 1, "event", "SY"),
    ("Officials reported storm damage from Odesa to Mykolaiv.", "Odesa", 1, "event", "UA"),
    ("Officials reported storm damage from Odesa to Mykolaiv.", "Mykolaiv", 1, "event", "UA"),
    ("Protesters in Lviv and Kharkiv said they would march again.", "Kharkiv", 1, "event", "UA"),
    ("Factories in Brazil, Germany, Japan and Chile were shut.", "Japan", 1, "event", "JP"),
    ("Factories in Brazil, Germany, Japan and Chile were shut.", "Chile", 1, "event", "CL"),
    # events: cue words, and towns named without a preposition
    ("Shells hit the village of Bilohorivka in the Luhansk region overnight.", "Bilohorivka", 1, "event", "UA"),
    ("Shells hit the village of Bilohorivka in the Luhansk region overnight.", "Luhansk", 1, "event", "UA"),
    ("Heavy rain flooded the town of Lembang, north of Bandung.", "Lembang", 1, "event", "ID"),
    ("Drones struck the city of Kharkiv before dawn.", "Kharkiv", 1, "event", "UA"),
    ("Two people died when a storm hit Surabaya on Friday.", "Surabaya", 1, "event", "ID"),
    # historical
    ("In the 1990s Mosul was a busy trading hub.", "Mosul", 1, "historical", "IQ"),
    ("Since the 1994 ceasefire, Odesa has grown rapidly.", "Odesa", 1, "historical", "UA"),
    ("In 1987 a chemical plant exploded outside Lyon.", "Lyon", 1, "historical", "FR"),
    ("The region was once part of the Soviet Union.", "Soviet", 1, "historical", ""),
    # other: countries named in passing
    ("Talks with France and Germany are planned for May.", "France", 1, "other", "FR"),
    ("Talks with France and Germany are planned for May.", "Germany", 1, "other", "DE"),
]


@pytest.mark.parametrize("case", EN, ids=_ids(EN))
def test_english(gaz, case: Case) -> None:
    _check(gaz, "en", case)


# -- Indonesian ------------------------------------------------------------------------------------------------

ID: list[Case] = [
    # datelines
    ("JAKARTA -- Banjir merendam ribuan rumah warga pada Senin pagi.", "JAKARTA", 1, "dateline", "ID"),
    ("Surabaya - Hujan deras disertai angin kencang merobohkan puluhan pohon.", "Surabaya", 1, "dateline", "ID"),
    ("BANDUNG, KOMPAS.com - Ratusan mahasiswa berunjuk rasa di depan gedung dewan.", "BANDUNG", 1,
     "dateline", "ID"),
    ("Medan (ANTARA) - Kebakaran melanda pasar tradisional pada Selasa malam.", "Medan", 1, "dateline", "ID"),
    # actors: speech and action verbs
    ("Rusia menyatakan akan menarik pasukannya dari perbatasan.", "Rusia", 1, "actor", "RU"),
    ("Moskow membantah tuduhan tersebut dalam pernyataan resmi.", "Moskow", 1, "actor", "RU"),
    ("Turki mengecam serangan terhadap konvoi bantuan itu.", "Turki", 1, "actor", "TR"),
    ("Tiongkok mengirim kapal patroli ke perairan sengketa.", "Tiongkok", 1, "actor", "CN"),
    ("Amerika Serikat mendesak kedua pihak menahan diri.", "Amerika Serikat", 1, "actor", "US"),
    # actors: "menurut", and the ministry or government of a country
    ("Menurut Kiev, sebelas drone berhasil ditembak jatuh.", "Kiev", 1, "actor", "UA"),
    ("Kementerian luar negeri Rusia menyatakan pembicaraan akan dilanjutkan.", "Rusia", 1, "actor", "RU"),
    ("Pemerintah Rusia menyatakan pembicaraan akan dilanjutkan pekan depan.", "Rusia", 1, "actor", "RU"),
    ("Militer Armenia mengatakan dua tentara tewas.", "Armenia", 1, "actor", "AM"),
    # actors: denials and the doer of a passive verb
    ("Tuduhan itu dibantah oleh Azerbaijan pada Rabu.", "Azerbaijan", 1, "actor", "AZ"),
    ("Klaim tersebut dibantah Armenia.", "Armenia", 1, "actor", "AM"),
    ("Serangan itu dikecam oleh Prancis.", "Prancis", 1, "actor", "FR"),
    # events: locative prepositions and cue words
    ("Warga di Bandung panik ketika gempa terjadi.", "Bandung", 1, "event", "ID"),
    ("Longsor menimbun tiga rumah di desa Cikole, Bandung Barat.", "Cikole", 1, "event", "ID"),
    ("Banjir bandang menerjang Kecamatan Lembang pada Minggu sore.", "Lembang", 1, "event", "ID"),
    ("Ratusan wisatawan terjebak macet di kawasan Kuta.", "Kuta", 1, "event", "ID"),
    ("Gempa bermagnitudo 5,2 mengguncang Yogyakarta pada Kamis dini hari.", "Yogyakarta", 1, "event", "ID"),
    ("Perusahaan itu juga menjual produknya ke Malaysia dan Thailand.", "Malaysia", 1, "event", "MY"),
    ("Perusahaan itu juga menjual produknya ke Malaysia dan Thailand.", "Thailand", 1, "event", "TH"),
    # historical
    ("Pada 1990-an Surabaya menjadi pusat perdagangan.", "Surabaya", 1, "historical", "ID"),
    ("Sejak 1998 Yogyakarta berkembang pesat.", "Yogyakarta", 1, "historical", "ID"),
    ("Pada 1965 terjadi banjir besar di Semarang.", "Semarang", 1, "historical", "ID"),
    ("Wilayah itu dulu bagian dari Uni Soviet.", "Uni Soviet", 1, "historical", ""),
    # other
    ("Pertemuan itu juga dihadiri perwakilan Jepang dan Korea Selatan.", "Jepang", 1, "other", "JP"),
    ("Pertemuan itu juga dihadiri perwakilan Jepang dan Korea Selatan.", "Korea Selatan", 1, "other", "KR"),
]


@pytest.mark.parametrize("case", ID, ids=_ids(ID))
def test_indonesian(gaz, case: Case) -> None:
    _check(gaz, "id", case)


# -- Spanish, French, Russian, Ukrainian, Arabic ------------------------------------------------------------------

ES: list[Case] = [
    ("Chile ofreció ayuda a los damnificados del incendio.", "Chile", 1, "actor", "CL"),
    ("MEDELLÍN, Colombia (EFE) — Cientos de vecinos marcharon el sábado.", "MEDELLÍN", 1, "dateline", "CO"),
    ("MEDELLÍN, Colombia (EFE) — Cientos de vecinos marcharon el sábado.", "Colombia", 1, "dateline", "CO"),
    ("Moscú negó haber atacado el convoy.", "Moscú", 1, "actor", "RU"),
    ("Según Caracas, la reunión fue un éxito.", "Caracas", 1, "actor", "VE"),
    ("Las negociaciones continuarán, afirmó Lima.", "Lima", 1, "actor", "PE"),
    ("La propuesta fue rechazada por parte de Venezuela.", "Venezuela", 1, "actor", "VE"),
    ("Las lluvias inundaron varias calles en Medellín el martes.", "Medellín", 1, "event", "CO"),
    ("En los años 90 Cali vivió una ola de violencia.", "Cali", 1, "historical", "CO"),
    ("Desde 1985 Quito no había sufrido un terremoto así.", "Quito", 1, "historical", "EC"),
]

FR: list[Case] = [
    ("Rabat a salué l'accord signé mardi.", "Rabat", 1, "actor", "MA"),
    ("LYON (AFP) - Des milliers de manifestants ont défilé samedi.", "LYON", 1, "dateline", "FR"),
    ("Paris a déclaré que les négociations reprendraient lundi.", "Paris", 1, "actor", "FR"),
    ("Les négociations continueront, a indiqué Paris.", "Paris", 1, "actor", "FR"),
    ("Selon Alger, l'accord a été signé mardi.", "Alger", 1, "actor", "DZ"),
    ("De fortes pluies sont tombées à Lyon jeudi.", "Lyon", 1, "event", "FR"),
    ("Un violent orage a frappé Marseille dans la nuit.", "Marseille", 1, "event", "FR"),
    ("Dans les années 1980 Toulouse était une ville industrielle.", "Toulouse", 1, "historical", "FR"),
    ("Depuis 1962 Alger a beaucoup changé.", "Alger", 1, "historical", "DZ"),
]

RU: list[Case] = [
    ("Минск прокомментировал решение соседей.", "Минск", 1, "actor", "BY"),
    ("НОВОСИБИРСК, 5 марта (ТАСС) - Сильный снегопад парализовал движение.", "НОВОСИБИРСК", 1, "dateline", "RU"),
    ("Киев заявил о сбитых беспилотниках.", "Киев", 1, "actor", "UA"),
    ("Москва опровергла сообщения об ударе.", "Москва", 1, "actor", "RU"),
    ("Переговоры продолжатся, заявил Минск.", "Минск", 1, "actor", "BY"),
    ("По словам Минска, переговоры продолжатся.", "Минска", 1, "actor", "BY"),
    ("Сильный ураган обрушился на Новосибирск в среду.", "Новосибирск", 1, "event", "RU"),
    ("В Казани прошла акция протеста.", "Казани", 1, "event", "RU"),
    ("В 1990-х годах Самара быстро росла.", "Самара", 1, "historical", "RU"),
    ("С 1991 года Омск сильно изменился.", "Омск", 1, "historical", "RU"),
    # "с" is a word, not the last letter of "автобус": a bus made last year is no history
    ("В Новосибирск прибыл новый автобус 2023 года выпуска.", "Новосибирск", 1, "event", "RU"),
]

UK: list[Case] = [
    ("Варшава не коментувала цю заяву.", "Варшава", 1, "actor", "PL"),
    ("ХАРКІВ, 4 березня (Укрінформ) – Вночі місто зазнало обстрілу.", "ХАРКІВ", 1, "dateline", "UA"),
    ("ЛЬВІВ -- У місті пройшла акція протесту.", "ЛЬВІВ", 1, "dateline", "UA"),
    ("Київ заявив про збиті дрони.", "Київ", 1, "actor", "UA"),
    ("Москва заперечила удар по лікарні.", "Москва", 1, "actor", "RU"),
    ("Переговори триватимуть, заявив Київ.", "Київ", 1, "actor", "UA"),
    ("Ворог обстріляв Харків у неділю.", "Харків", 1, "event", "UA"),
    ("У Львові пройшов мітинг.", "Львові", 1, "event", "UA"),
    ("У 1990-х роках Одеса була портовим центром.", "Одеса", 1, "historical", "UA"),
    ("З 1991 року Дніпро сильно змінився.", "Дніпро", 1, "historical", "UA"),
    # "з" is a word, not the last letter of "КрАЗ"
    ("У Львів привезли новий КрАЗ 2023 року випуску.", "Львів", 1, "event", "UA"),
]

AR: list[Case] = [
    ("دمشق (رويترز) - اندلعت اشتباكات عنيفة في الريف الشمالي.", "دمشق", 1, "dateline", "SY"),
    ("حلب - خرج مئات المحتجين إلى الشوارع.", "حلب", 1, "dateline", "SY"),
    # the verb comes first: the place right after a speech verb, or a country right after an action verb, acts
    ("قالت دمشق إن الهجوم فشل.", "دمشق", 1, "actor", "SY"),
    ("وقالت أنقرة إن المحادثات ستستأنف.", "أنقرة", 1, "actor", "TR"),
    ("نفت موسكو أي تورط في الهجوم.", "موسكو", 1, "actor", "RU"),
    ("وأدانت تركيا الهجوم على القافلة.", "تركيا", 1, "actor", "TR"),
    ("قصفت روسيا حلب فجر اليوم.", "روسيا", 1, "actor", "RU"),
    ("قصفت روسيا حلب فجر اليوم.", "حلب", 1, "event", "SY"),
    ("وفقا لطهران، لم يسقط ضحايا.", "لطهران", 1, "actor", "IR"),
    ("بحسب القاهرة فإن الاجتماع سيعقد الأسبوع المقبل.", "القاهرة", 1, "actor", "EG"),
    ("سقطت قذائف على حمص مساء الأحد.", "حمص", 1, "event", "SY"),
    ("تظاهر مئات في الموصل احتجاجا على انقطاع الكهرباء.", "الموصل", 1, "event", "IQ"),
    ("في التسعينيات كانت حلب مركزا تجاريا.", "حلب", 1, "historical", "SY"),
    ("منذ عام 1982 لم تشهد حماة مثل هذا الدمار.", "حماة", 1, "historical", "SY"),
]

# Portuguese, German, Turkish (case suffixes after an apostrophe) and Italian.
PT: list[Case] = [
    ("MAPUTO (Lusa) - Centenas de famílias deixaram as suas casas no sábado.", "MAPUTO", 1, "dateline", "MZ"),
    ("Brasília negou ter recebido o pedido de ajuda.", "Brasília", 1, "actor", "BR"),
    ("Segundo Luanda, o acordo foi assinado na terça-feira.", "Luanda", 1, "actor", "AO"),
    ("As negociações vão continuar, afirmou Lisboa.", "Lisboa", 1, "actor", "PT"),
    ("Homens armados atacaram a vila de Mocímboa da Praia na quarta-feira.", "Mocímboa da Praia", 1, "event", "MZ"),
    ("As chuvas inundaram várias ruas no Rio de Janeiro na segunda-feira.", "Rio de Janeiro", 1, "event", "BR"),
    ("Nos anos 90 Maputo ainda vivia as feridas da guerra civil.", "Maputo", 1, "historical", "MZ"),
    ("Desde 1975 Luanda cresceu muito depressa.", "Luanda", 1, "historical", "AO"),
]

DE: list[Case] = [
    ("WIEN (APA) - Tausende Menschen demonstrierten am Samstag gegen die Regierung.", "WIEN", 1, "dateline", "AT"),
    ("Berlin erklärte, die Gespräche würden am Montag fortgesetzt.", "Berlin", 1, "actor", "DE"),
    ("Laut Moskau wurde der Angriff abgewehrt.", "Moskau", 1, "actor", "RU"),
    ("Nach tagelangem Regen stand die Altstadt von Passau unter Wasser.", "Passau", 1, "event", "DE"),
    ("Im Landkreis Rosenheim wurden am Dienstag drei Dörfer evakuiert.", "Rosenheim", 1, "event", "DE"),
    ("In den 1990er Jahren war Dresden eine Stadt im Umbruch.", "Dresden", 1, "historical", "DE"),
    ("Seit 1990 hat sich Leipzig stark verändert.", "Leipzig", 1, "historical", "DE"),
]

TR: list[Case] = [
    ("ANKARA (AA) - Meclis salı günü yeni bütçeyi görüşmeye başladı.", "ANKARA", 1, "dateline", "TR"),
    ("Moskova saldırıyı yalanladı.", "Moskova", 1, "actor", "RU"),
    ("Ankara saldırıyı kınadı.", "Ankara", 1, "actor", "TR"),
    ("Hatay'da şiddetli yağış nedeniyle evleri su bastı.", "Hatay'da", 1, "event", "TR"),
    ("Kurtarma ekipleri İstanbul'dan Adıyaman'a gönderildi.", "Adıyaman'a", 1, "event", "TR"),
    ("1990'lı yıllarda Diyarbakır büyük bir göç dalgası yaşadı.", "Diyarbakır", 1, "historical", "TR"),
]

IT: list[Case] = [
    ("ROMA (ANSA) - Migliaia di persone hanno manifestato sabato contro la riforma.", "ROMA", 1, "dateline", "IT"),
    ("Mosca ha negato di aver colpito il convoglio.", "Mosca", 1, "actor", "RU"),
    ("Secondo Kiev, l'attacco è stato respinto.", "Kiev", 1, "actor", "UA"),
    ("I negoziati continueranno, ha dichiarato Parigi.", "Parigi", 1, "actor", "FR"),
    ("Forti piogge hanno allagato diverse strade a Faenza martedì.", "Faenza", 1, "event", "IT"),
    ("Un terremoto ha colpito la provincia di Perugia nella notte.", "Perugia", 1, "event", "IT"),
    ("Negli anni Ottanta Palermo viveva la guerra di mafia.", "Palermo", 1, "historical", "IT"),
    ("Dal 1980 Napoli è cambiata molto.", "Napoli", 1, "historical", "IT"),
]

PL: list[Case] = [
    ("KRAKÓW (PAP) - Tysiące osób protestowały w sobotę przeciwko reformie.", "KRAKÓW", 1, "dateline", "PL"),
    ("Moskwa zaprzeczyła, że ostrzelała konwój.", "Moskwa", 1, "actor", "RU"),
    ("Atak został odparty, podaje Kijów.", "Kijów", 1, "actor", "UA"),
    ("Ulewne deszcze zalały we wtorek kilka ulic w Gdańsku.", "Gdańsku", 1, "event", "PL"),
    ("W latach 90. Łódź przeżywała upadek przemysłu.", "Łódź", 1, "historical", "PL"),
]

NL: list[Case] = [
    ("ROTTERDAM (ANP) - Duizenden mensen demonstreerden zaterdag tegen de hervorming.", "ROTTERDAM", 1,
     "dateline", "NL"),
    ("Moskou ontkende dat het konvooi was beschoten.", "Moskou", 1, "actor", "RU"),
    ("Volgens Kyiv is de aanval afgeslagen.", "Kyiv", 1, "actor", "UA"),
    ("Zware regen zette dinsdag verschillende straten in Maastricht blank.", "Maastricht", 1, "event", "NL"),
    ("In de jaren tachtig was Groningen het toneel van grote protesten.", "Groningen", 1, "historical", "NL"),
]

VI: list[Case] = [
    ("HUẾ (TTXVN) - Hàng nghìn người đã xuống đường vào thứ Bảy.", "HUẾ", 1, "dateline", "VN"),
    ("Moskva bác bỏ việc tấn công đoàn xe.", "Moskva", 1, "actor", "RU"),
    ("Theo Kiev, cuộc tấn công đã bị đẩy lùi.", "Kiev", 1, "actor", "UA"),
    ("Mưa lớn làm ngập nhiều tuyến phố ở Đà Nẵng hôm thứ Ba.", "Đà Nẵng", 1, "event", "VN"),
    ("Trong thập niên 1980, Hải Phòng là một cảng quan trọng.", "Hải Phòng", 1, "historical", "VN"),
]
ZH: list[Case] = [
    ("新华社武汉3月6日电 武汉市6日发生一起火灾。", "武汉", 1, "dateline", "CN"),
    ("莫斯科表示不会撤军。", "莫斯科", 1, "actor", "RU"),
    ("暴雨导致成都多条道路被淹。", "成都", 1, "event", "CN"),
    ("上世纪90年代，厦门是一个重要的港口。", "厦门", 1, "historical", "CN"),
]

JA: list[Case] = [
    ("【ソウル共同】韓国の首都で6日、火災があった。", "ソウル", 1, "dateline", "KR"),
    ("北京は声明を発表した。", "北京", 1, "actor", "CN"),
    ("大雨で札幌市の道路が冠水した。", "札幌市", 1, "event", "JP"),
    ("1990年代、神戸は重要な港だった。", "神戸", 1, "historical", "JP"),
]

FA: list[Case] = [
    ("مشهد (ایرنا) - هزاران نفر روز شنبه در اعتراض به افزایش قیمت‌ها تجمع کردند.", "مشهد", 1, "dateline", "IR"),
    ("بغداد اعلام کرد که مذاکرات ادامه خواهد یافت.", "بغداد", 1, "actor", "IQ"),
    ("مسکو این گزارش را تکذیب کرد.", "مسکو", 1, "actor", "RU"),
    ("به گفته کابل، این حمله دفع شد.", "کابل", 1, "actor", "AF"),
    ("باران شدید روز سه‌شنبه چند خیابان را در شیراز زیر آب برد.", "شیراز", 1, "event", "IR"),
    ("در دهه ۱۹۸۰ خرمشهر صحنه نبردهای سنگین بود.", "خرمشهر", 1, "historical", "IR"),
]

SW: list[Case] = [
    ("ARUSHA (Xinhua) - Maelfu ya watu waliandamana Jumamosi kupinga kupanda kwa bei.", "ARUSHA", 1, "dateline",
     "TZ"),
    ("Moscow ilikanusha kushambulia msafara huo.", "Moscow", 1, "actor", "RU"),
    ("Kwa mujibu wa Kyiv, shambulio hilo lilizuiliwa.", "Kyiv", 1, "actor", "UA"),
    ("Mvua kubwa ilifurika mitaa kadhaa mjini Mombasa Jumanne.", "Mombasa", 1, "event", "KE"),
    ("Katika miaka ya 1990 Kigali ilishuhudia mauaji ya halaiki.", "Kigali", 1, "historical", "RW"),
]

HE: list[Case] = [
    ("חיפה - אלפי אנשים הפגינו ביום שבת נגד עליית המחירים.", "חיפה", 1, "dateline", "IL"),
    ("מוסקבה הכחישה את הדיווח.", "מוסקבה", 1, "actor", "RU"),
    ("לדברי קייב, המתקפה נהדפה.", "קייב", 1, "actor", "UA"),
    ("גשם כבד הציף ביום שלישי כמה רחובות בחיפה.", "חיפה", 1, "event", "IL"),
    ("רקטה נפלה בשטח פתוח ליד שדרות.", "שדרות", 1, "event", "IL"),
    ("בשנות ה-80 הייתה ביירות זירת קרבות קשים.", "ביירות", 1, "historical", "LB"),
]

KO: list[Case] = [
    ("(부산=연합뉴스) 6일 오후 부산의 한 공장에서 불이 났다.", "부산", 1, "dateline", "KR"),
    ("【서울=뉴시스】 6일 오전 서울 시내에서 집회가 열렸다.", "서울", 1, "dateline", "KR"),
    ("북한은 이날 성명을 내고 훈련을 강하게 비난했다.", "북한", 1, "actor", "KP"),
    ("일본 정부는 회의에서 우려를 표명했다고 밝혔다.", "일본", 1, "actor", "JP"),
    ("북한은 미국의 군사훈련을 비난했다.", "미국", 1, "other", "US"),
    ("폭우로 대구에서 도로 여러 곳이 물에 잠겼다.", "대구", 1, "event", "KR"),
    ("1990년대 평양은 극심한 식량난을 겪었다.", "평양", 1, "historical", "KP"),
]

HI: list[Case] = [
    ("लखनऊ (भाषा) - शनिवार को हजारों लोगों ने बढ़ती कीमतों के खिलाफ प्रदर्शन किया।", "लखनऊ", 1, "dateline", "IN"),
    ("पाकिस्तान ने कहा कि बातचीत जारी रहेगी।", "पाकिस्तान", 1, "actor", "PK"),
    ("काबुल के अनुसार हमले को नाकाम कर दिया गया।", "काबुल", 1, "actor", "AF"),
    ("भारत ने पाकिस्तान पर घुसपैठ का आरोप लगाया।", "पाकिस्तान", 1, "actor", "PK"),
    ("चीन के विदेश मंत्रालय ने कहा कि वार्ता जारी रहेगी।", "चीन", 1, "actor", "CN"),
    ("मंगलवार को भारी बारिश से पटना में कई सड़कें डूब गईं।", "पटना", 1, "event", "IN"),
    ("अधिकारियों ने कहा कि जयपुर में पुलिस ने बताया कि हालात सामान्य हैं।", "जयपुर", 1, "event", "IN"),
    ("1990 के दशक में श्रीनगर में हालात बेहद तनावपूर्ण थे।", "श्रीनगर", 1, "historical", "IN"),
]

UR: list[Case] = [
    ("لاہور (اے پی پی) - ہفتے کو ہزاروں افراد نے مہنگائی کے خلاف مظاہرہ کیا۔", "لاہور", 1, "dateline", "PK"),
    ("بھارت نے کہا کہ مذاکرات جاری رہیں گے۔", "بھارت", 1, "actor", "IN"),
    ("کابل کے مطابق حملہ ناکام بنا دیا گیا۔", "کابل", 1, "actor", "AF"),
    ("پاکستان نے بھارت پر الزام عائد کیا کہ سرحد پر فائرنگ کی گئی۔", "بھارت", 1, "actor", "IN"),
    ("منگل کو شدید بارش سے فیصل آباد میں کئی سڑکیں زیر آب آ گئیں۔", "فیصل آباد", 1, "event", "PK"),
    ("1990 کی دہائی میں کراچی میں حالات انتہائی کشیدہ تھے۔", "کراچی", 1, "historical", "PK"),
]

BN: list[Case] = [
    ("রাজশাহী (বাসস) - শনিবার হাজারো মানুষ দ্রব্যমূল্য বৃদ্ধির প্রতিবাদে বিক্ষোভ করেন।", "রাজশাহী", 1, "dateline", "BD"),
    ("ভারত জানিয়েছে যে আলোচনা চলবে।", "ভারত", 1, "actor", "IN"),
    ("ঢাকার মতে হামলাটি প্রতিহত করা হয়েছে।", "ঢাকার", 1, "actor", "BD"),
    ("মঙ্গলবার ভারী বৃষ্টিতে চট্টগ্রামে অনেক সড়ক ডুবে যায়।", "চট্টগ্রামে", 1, "event", "BD"),
    ("১৯৯০-এর দশকে সিলেট একটি গুরুত্বপূর্ণ বাণিজ্যকেন্দ্র ছিল।", "সিলেট", 1, "historical", "BD"),
]

TH: list[Case] = [
    ("สงขลา - ชาวบ้านหลายร้อยคนชุมนุมคัดค้านโครงการท่าเรือเมื่อวันเสาร์", "สงขลา", 1, "dateline", "TH"),
    ("กัมพูชา ระบุว่า การเจรจาจะดำเนินต่อไปในสัปดาห์หน้า", "กัมพูชา", 1, "actor", "KH"),
    ("ฝนตกหนักทำให้ถนนหลายสายในเชียงใหม่ถูกน้ำท่วมเมื่อวันอังคาร", "เชียงใหม่", 1, "event", "TH"),
    ("ในทศวรรษ 1990 เชียงใหม่เป็นเมืองเล็กที่เงียบสงบ", "เชียงใหม่", 1, "historical", "TH"),
]

MS: list[Case] = [
    ("KUCHING - Ratusan penduduk berhimpun membantah projek empangan itu pada hari Sabtu.", "KUCHING", 1, "dateline",
     "MY"),
    ("Singapura menafikan dakwaan bahawa rundingan itu telah gagal.", "Singapura", 1, "actor", "SG"),
    ("Hujan lebat menyebabkan banjir di beberapa jalan di Johor Bahru pada Selasa.", "Johor Bahru", 1, "event", "MY"),
    ("Pada tahun 1990-an Johor Bahru hanyalah sebuah bandar kecil yang tenang.", "Johor Bahru", 1, "historical", "MY"),
]
CS: list[Case] = [
    ("OLOMOUC — V sobotu protestovaly stovky lidí proti zdražování energií.", "OLOMOUC", 1, "dateline", "CZ"),
    ("Bratislava odmítla obvinění ze strany opozice.", "Bratislava", 1, "actor", "SK"),
    ("Moskva obvinila Kyjev z útoku na rafinerii.", "Kyjev", 1, "actor", "UA"),
    ("Silný vítr v úterý strhl střechy několika domů v Jihlavě.", "Jihlavě", 1, "event", "CZ"),
    ("V devadesátých letech byla Ostrava městem uhlí a oceli.", "Ostrava", 1, "historical", "CZ"),
]

SH: list[Case] = [
    ("NOVI SAD — Hiljade ljudi protestovale su u subotu protiv poskupljenja.", "NOVI SAD", 1, "dateline", "RS"),
    ("Zagreb je optužio Beograd za miješanje u izbore.", "Beograd", 1, "actor", "RS"),
    ("Приштина је саопштила да граница остаје затворена.", "Приштина", 1, "actor", "XK"),
    ("Jaka kiša u utorak je poplavila nekoliko ulica u Tuzli.", "Tuzli", 1, "event", "BA"),
    ("Devedesetih godina Vukovar je bio gotovo potpuno razoren.", "Vukovar", 1, "historical", "HR"),
]
RO: list[Case] = [
    ("CONSTANȚA — Sute de pescari au protestat sâmbătă în fața portului.", "CONSTANȚA", 1, "dateline", "RO"),
    ("Moscova a negat că ar fi lansat atacul.", "Moscova", 1, "actor", "RU"),
    ("Ploile torențiale au inundat marți mai multe străzi din Iași.", "Iași", 1, "event", "RO"),
    ("În anii '90, Timișoara era un oraș mic și liniștit.", "Timișoara", 1, "historical", "RO"),
]

HU: list[Case] = [
    ("SZEGED — Több száz gazda tüntetett szombaton a városháza előtt.", "SZEGED", 1, "dateline", "HU"),
    ("Moszkva tagadta, hogy támadást indított volna.", "Moszkva", 1, "actor", "RU"),
    ("Kedden a heves esőzések miatt több utcát elöntött a víz Debrecenben.", "Debrecenben", 1, "event", "HU"),
    ("Az 1990-es években Debrecen csendes város volt.", "Debrecen", 1, "historical", "HU"),
]

MY: list[Case] = [
    ("မန္တလေး -- စနေနေ့က ကုန်ဈေးနှုန်းမြင့်တက်မှုကို ကန့်ကွက်ရန် လူရာပေါင်းများစွာ စုဝေးခဲ့ကြသည်။", "မန္တလေး", 1, "dateline", "MM"),
    ("ထိုင်းနိုင်ငံက စွပ်စွဲချက်ကို ငြင်းဆိုသည်။", "ထိုင်း", 1, "actor", "TH"),
    ("အင်္ဂါနေ့က သည်းထန်စွာရွာသွန်းသော မိုးကြောင့် ရန်ကုန်မြို့တွင် လမ်းများ ရေလွှမ်းမိုးခဲ့သည်။", "ရန်ကုန်မြို့", 1, "event", "MM"),
    ("၁၉၈၀ ပြည့်လွန်နှစ်များတွင် ရန်ကုန်သည် ငြိမ်သက်သော မြို့ဖြစ်သည်။", "ရန်ကုန်", 1, "historical", "MM"),
]

KM: list[Case] = [
    ("សៀមរាប -- កសិកររាប់រយនាក់បានធ្វើបាតុកម្មកាលពីថ្ងៃសៅរ៍។", "សៀមរាប", 1, "dateline", "KH"),
    ("ថៃ បាននិយាយថា កិច្ចចរចានឹងបន្តនៅសប្តាហ៍ក្រោយ។", "ថៃ", 1, "actor", "TH"),
    ("ភ្លៀងធ្លាក់ខ្លាំងកាលពីថ្ងៃអង្គារ បានធ្វើឱ្យលិចផ្លូវជាច្រើននៅក្រុងកំពត។", "ក្រុងកំពត", 1, "event", "KH"),
    ("ក្នុងទសវត្សរ៍ 1990 ក្រុងកំពតជាក្រុងតូចមួយដ៏ស្ងប់ស្ងាត់។", "ក្រុងកំពត", 1, "historical", "KH"),
]

TL: list[Case] = [
    ("DAVAO -- Daan-daang magsasaka ang nagprotesta noong Sabado.", "DAVAO", 1, "dateline", "PH"),
    ("Itinanggi ng Beijing na may barko itong pumasok sa karagatan ng bansa.", "Beijing", 1, "actor", "CN"),
    ("Binaha ng malakas na ulan noong Martes ang maraming kalye sa Cebu.", "Cebu", 1, "event", "PH"),
    ("Noong dekada 1970, ang Zamboanga ay isang tahimik na bayan.", "Zamboanga", 1, "historical", "PH"),
]

SI: list[Case] = [
    ("ගාල්ල -- සෙනසුරාදා ධීවරයින් සිය ගණනක් විරෝධතාවයක නිරත වූහ.", "ගාල්ල", 1, "dateline", "LK"),
    ("ඉන්දියාව පැවසුවේ සාකච්ඡා ලබන සතියේ දිගටම පවත්වන බවයි.", "ඉන්දියාව", 1, "actor", "IN"),
    ("අඟහරුවාදා ඇද හැලුණු අධික වර්ෂාව හේතුවෙන් මහනුවරදී මාර්ග කිහිපයක් ජලයෙන් යට විය.", "මහනුවරදී", 1, "event", "LK"),
    ("1980 දශකයේදී යාපනය සාමකාමී නගරයක් විය.", "යාපනය", 1, "historical", "LK"),
]

EL: list[Case] = [
    ("ΠΑΤΡΑ — Εκατοντάδες πολίτες διαδήλωσαν το Σάββατο κατά της ακρίβειας.", "ΠΑΤΡΑ", 1, "dateline", "GR"),
    ("Η Άγκυρα κατηγόρησε την Αθήνα για την ένταση στο Αιγαίο.", "Άγκυρα", 1, "actor", "TR"),
    ("Η Λευκωσία δήλωσε ότι οι συνομιλίες θα συνεχιστούν.", "Λευκωσία", 1, "actor", "CY"),
    ("Ισχυρή βροχή πλημμύρισε την Τρίτη αρκετούς δρόμους της Λάρισας.", "Λάρισας", 1, "event", "GR"),
    ("Τη δεκαετία του 1990 η Καλαμάτα ήταν μια ήσυχη πόλη.", "Καλαμάτα", 1, "historical", "GR"),
]

PS: list[Case] = [
    ('پېښور — د شنبې په ورځ زرګونو کسانو د بیو د لوړېدو په وړاندې لاریون وکړ.', 'پېښور', 1, 'dateline', 'PK'),
    ('پاکستان وویل چې خبرې به دوام ومومي.', 'پاکستان', 1, 'actor', 'PK'),
    ('د سه شنبې په ورځ درانه بارانونه په کندهار کې ډېرې سړکونه اوبو یوړل.', 'کندهار', 1, 'event', 'AF'),
    ('د ۱۹۹۰ لسیزې په اوږدو کې هرات یو مهم سوداګریز مرکز و.', 'هرات', 1, 'historical', 'AF'),
]

NE: list[Case] = [
    ('विराटनगर — शनिबार हजारौं मानिसले महँगी विरुद्ध प्रदर्शन गरे।', 'विराटनगर', 1, 'dateline', 'NP'),
    ('भारतले वार्ता जारी रहने जनाएको छ।', 'भारतले', 1, 'actor', 'IN'),
    ('मंगलबार भारी वर्षाका कारण पोखरामा धेरै सडक डुबानमा परे।', 'पोखरामा', 1, 'event', 'NP'),
    ('सन् १९९० को दशकमा बुटवल एउटा सानो बजार थियो।', 'बुटवल', 1, 'historical', 'NP'),
]

TA: list[Case] = [
    ('மதுரை — சனிக்கிழமை ஆயிரக்கணக்கான மக்கள் விலைவாசி உயர்வைக் கண்டித்து ஆர்ப்பாட்டம் நடத்தினர்.', 'மதுரை', 1, 'dateline', 'IN'),
    ('இலங்கை இந்தக் குற்றச்சாட்டை மறுத்துள்ளது.', 'இலங்கை', 1, 'actor', 'LK'),
    ('செவ்வாய்க்கிழமை பெய்த கனமழையால் கொழும்பில் பல சாலைகள் நீரில் மூழ்கின.', 'கொழும்பில்', 1, 'event', 'LK'),
    ('1990களில் யாழ்ப்பாணம் போரால் பாதிக்கப்பட்ட நகரமாக இருந்தது.', 'யாழ்ப்பாணம்', 1, 'historical', 'LK'),
]

AM: list[Case] = [
    ("ጎንደር — ቅዳሜ በሺዎች የሚቆጠሩ ሰዎች የኑሮ ውድነትን በመቃወም ሰልፍ ወጡ።", "ጎንደር", 1, "dateline", "ET"),
    ("ኤርትራ ውይይቱ እንደሚቀጥል አስታወቀች።", "ኤርትራ", 1, "actor", "ER"),
    ("ማክሰኞ ባህር ዳር ውስጥ በጣለው ከባድ ዝናብ በርካታ መንገዶች በውሃ ተጥለቀለቁ።", "ባህር ዳር", 1, "event", "ET"),
    ("በ1990ዎቹ ባህር ዳር ትንሽ ከተማ ነበረች።", "ባህር ዳር", 1, "historical", "ET"),
]

SO: list[Case] = [
    ("KISMAAYO — Kumanyaal qof ayaa Sabtidii dibadbax ka sameeyay magaalada iyagoo ka cabanaya sicir bararka.",
     "KISMAAYO", 1, "dateline", "SO"),
    ("Kenya ayaa sheegtay in wadahadallada ay sii socon doonaan.", "Kenya", 1, "actor", "KE"),
    ("Roobab culus oo da'ay Talaadadii ayaa waddooyin badan ku fatahay Baydhabo.", "Baydhabo", 1, "event", "SO"),
    ("Sannadihii 1990-meeyadii Baydhabo waxay ahayd magaalo yar.", "Baydhabo", 1, "historical", "SO"),
]

HA: list[Case] = [
    ("KATSINA — Dubban mutane sun yi zanga-zanga ranar Asabar kan tsadar rayuwa.", "KATSINA", 1, "dateline", "NG"),
    ("Nijar ta ce za a ci gaba da tattaunawa.", "Nijar", 1, "actor", "NE"),
    ("Ruwan sama mai yawa ya mamaye hanyoyi da dama a Kaduna ranar Talata.", "Kaduna", 1, "event", "NG"),
    ("A shekarun 1990 Kaduna ƙaramin gari ne.", "Kaduna", 1, "historical", "NG"),
]
AZ: list[Case] = [
    ("GƏNCƏ — Yüzlərlə sakin şənbə günü şəhər mərkəzində toplaşıb.", "GƏNCƏ", 1, "dateline", "AZ"),
    ("Ermənistan bildirib ki, danışıqlar gələn həftə davam edəcək.", "Ermənistan", 1, "actor", "AM"),
    ("Güclü yağış çərşənbə axşamı Şəkidə bir neçə yolu su altında qoyub.", "Şəkidə", 1, "event", "AZ"),
    ("1990-cı illərdə Gəncə kiçik və sakit bir şəhər idi.", "Gəncə", 1, "historical", "AZ"),
]

HY: list[Case] = [
    ("ԳՅՈՒՄՐԻ — Հարյուրավոր բնակիչներ շաբաթ օրը հավաքվել են քաղաքի կենտրոնում։", "ԳՅՈՒՄՐԻ", 1, "dateline", "AM"),
    ("Ադրբեջանը հայտարարել է, որ բանակցությունները կշարունակվեն հաջորդ շաբաթ։", "Ադրբեջանը", 1, "actor", "AZ"),
    ("Հորդառատ անձրևը երեքշաբթի Իջևանում մի քանի փողոց է հեղեղել։", "Իջևանում", 1, "event", "AM"),
    ("1990-ական թվականներին Վանաձորը արդյունաբերական քաղաք էր։", "Վանաձորը", 1, "historical", "AM"),
]

KA: list[Case] = [
    ("ბათუმი — შაბათს ასობით მაცხოვრებელი ქალაქის ცენტრში შეიკრიბა.", "ბათუმი", 1, "dateline", "GE"),
    ("სომხეთმა განაცხადა, რომ მოლაპარაკებები მომავალ კვირას გაგრძელდება.", "სომხეთმა", 1, "actor", "AM"),
    ("ძლიერმა წვიმამ სამშაბათს თელავში რამდენიმე ქუჩა დატბორა.", "თელავში", 1, "event", "GE"),
    ("1990-იან წლებში სოხუმი პატარა და წყნარი ქალაქი იყო.", "სოხუმი", 1, "historical", "GE"),
]

KU: list[Case] = [
    ("MÊRDÎN — Bi sedan cotkaran roja şemiyê li ber şaredariyê xwepêşandan kirin.", "MÊRDÎN", 1, "dateline", "TR"),
    ("Enqereyê got ku êrîş nekiriye.", "Enqereyê", 1, "actor", "TR"),
    ("Baranên giran roja sêşemê li Mêrdînê gelek kolan bin avê hiştin.", "Mêrdînê", 1, "event", "TR"),
    ("Di salên 1990an de Cizîr bajarekî biçûk û aram bû.", "Cizîr", 1, "historical", "TR"),
]
CKB: list[Case] = [
    ("کەرکووک — ڕۆژی شەممە سەدان جووتیار لەبەردەم پارێزگا خۆپیشاندانیان کرد.", "کەرکووک", 1, "dateline", "IQ"),
    ("ئێران ڕەتی کردەوە کە هێرشەکەی ئەنجام دابێت.", "ئێران", 1, "actor", "IR"),
    ("بارانی بەخوڕ ڕۆژی سێشەممە چەند شەقامێکی لە کەرکووک نوقمی ئاو کرد.", "کەرکووک", 1, "event", "IQ"),
    ("لە ساڵانی 1990دا هەڵەبجە شارێکی بچووک و ئارام بوو.", "هەڵەبجە", 1, "historical", "IQ"),
]
TI: list[Case] = [
    ("ኣስመራ — ቀዳም ብኣማኢት ዝቑጸሩ ሓረስቶት ኣብ ቅድሚ ምምሕዳር ተኣኪቦም።", "ኣስመራ", 1, "dateline", "ER"),
    ("ኤርትራ ነቲ ክሲ ነጺጋ።", "ኤርትራ", 1, "actor", "ER"),
    ("ሰሉስ ብርቱዕ ዝናብ ኣብ መቐለ ብዙሓት ጎደናታት ብማይ ተዋሒጦም።", "መቐለ", 1, "event", "ET"),
    ("ኣብ 1990ታት ከረን ንእሽቶን ህድእትን ከተማ ነይራ።", "ከረን", 1, "historical", "ER"),
]
OM: list[Case] = [
    ("JIMMAA — Sanbata qonnaan bultoonni dhibbaatamaan lakkaa'aman walitti qabaman.", "JIMMAA", 1, "dateline", "ET"),
    ("Itoophiyaan himannaa sana haalte.", "Itoophiyaan", 1, "actor", "ET"),
    ("Roobni cimaan Kibxata Adaamaatti daandiiwwan hedduu bishaaniin liqimse.", "Adaamaatti", 1, "event", "ET"),
    ("Bara 1990moota keessa Bishooftuun magaalaa xiqqaa fi nagaa turte.", "Bishooftuun", 1, "historical", "ET"),
]
UZ: list[Case] = [
    ("SAMARQAND — Yuzlab aholi shanba kuni shahar markazida to'plandi.", "SAMARQAND", 1, "dateline", "UZ"),
    ("Qozog'iston muzokaralar kelasi hafta davom etishini ma'lum qildi.", "Qozog'iston", 1, "actor", "KZ"),
    ("Kuchli yomg'ir seshanba kuni Namanganda bir nechta ko'chani suv ostida qoldirdi.", "Namanganda", 1, "event",
     "UZ"),
    ("1990-yillarda Buxoro kichik va tinch shahar edi.", "Buxoro", 1, "historical", "UZ"),
]

KK: list[Case] = [
    ("ШЫМКЕНТ — Сенбі күні жүздеген тұрғын қала орталығына жиналды.", "ШЫМКЕНТ", 1, "dateline", "KZ"),
    ("Өзбекстан келіссөздер келесі аптада жалғасатынын мәлімдеді.", "Өзбекстан", 1, "actor", "UZ"),
    ("Сейсенбі күні қатты жаңбыр Таразда бірнеше көшені су астында қалдырды.", "Таразда", 1, "event", "KZ"),
    ("1990 жылдары Қарағанды шағын әрі тыныш қала болатын.", "Қарағанды", 1, "historical", "KZ"),
]

KY: list[Case] = [
    ("КАРАКОЛ — Ишемби күнү жүздөгөн тургун шаардын борборуна чогулду.", "КАРАКОЛ", 1, "dateline", "KG"),
    ("Казакстан сүйлөшүүлөр кийинки жумада уланарын билдирди.", "Казакстан", 1, "actor", "KZ"),
    ("Шейшемби күнү катуу жамгыр Нарында бир нече көчөнү суу алдында калтырды.", "Нарында", 1, "event", "KG"),
    ("1990-жылдары Баткен кичинекей жана тынч шаар болчу.", "Баткен", 1, "historical", "KG"),
]

TG: list[Case] = [
    ("ХУҶАНД — Рӯзи шанбе садҳо сокин дар маркази шаҳр ҷамъ омаданд.", "ХУҶАНД", 1, "dateline", "TJ"),
    ("Ӯзбекистон изҳор дошт, ки гуфтушунидҳо ҳафтаи оянда идома меёбанд.", "Ӯзбекистон", 1, "actor", "UZ"),
    ("Рӯзи сешанбе борони шадид дар Кӯлоб чанд кӯчаро зери об монд.", "Кӯлоб", 1, "event", "TJ"),
    ("Дар солҳои 1990 Бохтар шаҳри хурд ва ором буд.", "Бохтар", 1, "historical", "TJ"),
]
SV: list[Case] = [
    ("MALMÖ — Hundratals bönder demonstrerade på lördagen utanför rådhuset.", "MALMÖ", 1, "dateline", "SE"),
    ("Moskva förnekade att det hade inlett attacken.", "Moskva", 1, "actor", "RU"),
    ("Kraftiga regn översvämmade flera gator i Uppsala på tisdagen.", "Uppsala", 1, "event", "SE"),
    ("På 1990-talet var Kiruna en lugn gruvstad.", "Kiruna", 1, "historical", "SE"),
]
DA: list[Case] = [
    ("ODENSE — Hundredvis af landmænd demonstrerede lørdag foran rådhuset.", "ODENSE", 1, "dateline", "DK"),
    ("Moskva afviste, at det havde indledt angrebet.", "Moskva", 1, "actor", "RU"),
    ("Kraftig regn oversvømmede tirsdag flere gader i Aalborg.", "Aalborg", 1, "event", "DK"),
    ("I 1990'erne var Esbjerg en stille havneby.", "Esbjerg", 1, "historical", "DK"),
]
NO: list[Case] = [
    ("TRONDHEIM — Hundrevis av bønder demonstrerte lørdag foran rådhuset.", "TRONDHEIM", 1, "dateline", "NO"),
    ("Moskva avviste at de hadde innledet angrepet.", "Moskva", 1, "actor", "RU"),
    ("Kraftig regn oversvømte tirsdag flere gater i Stavanger.", "Stavanger", 1, "event", "NO"),
    ("På 1990-tallet var Tromsø en rolig by.", "Tromsø", 1, "historical", "NO"),
]
FI: list[Case] = [
    ("TAMPERE — Sadat maanviljelijät osoittivat mieltään lauantaina kaupungintalon edessä.",
     "TAMPERE", 1, "dateline", "FI"),
    ("Moskova kiisti aloittaneensa hyökkäyksen.", "Moskova", 1, "actor", "RU"),
    ("Rankkasateet tulvivat tiistaina useita katuja Oulussa.", "Oulussa", 1, "event", "FI"),
    ("1990-luvulla Kuopio oli rauhallinen kaupunki.", "Kuopio", 1, "historical", "FI"),
]
SQ: list[Case] = [
    ("SHKODËR — Qindra fermerë protestuan të shtunën para bashkisë.", "SHKODËR", 1, "dateline", "AL"),
    ("Beogradi mohoi se kishte nisur sulmin.", "Beogradi", 1, "actor", "RS"),
    ("Shirat e dendura përmbytën të martën disa rrugë në Durrës.", "Durrës", 1, "event", "AL"),
    ("Në vitet '90 Vlora ishte një qytet i qetë bregdetar.", "Vlora", 1, "historical", "AL"),
]

#: Each language's cases but English's and Indonesian's, one line per language (a new pack adds its line).
BG: list[Case] = [
    ("ВАРНА — Стотици рибари протестираха в събота пред пристанището.", "ВАРНА", 1, "dateline", "BG"),
    ("Москва отрече, че е наредила атаката.", "Москва", 1, "actor", "RU"),
    ("Проливните дъждове във вторник наводниха няколко улици в Бургас.", "Бургас", 1, "event", "BG"),
    ("През 90-те години Пловдив беше тих град.", "Пловдив", 1, "historical", "BG"),
]
MK: list[Case] = [
    ("СКОПЈЕ — Стотици земјоделци протестираа во саботата пред владата.", "СКОПЈЕ", 1, "dateline", "MK"),
    ("Москва негираше дека го наредила нападот.", "Москва", 1, "actor", "RU"),
    ("Обилните дождови во вторникот поплавија неколку улици во Куманово.", "Куманово", 1, "event", "MK"),
    ("Во 90-тите години Охрид беше мирен град.", "Охрид", 1, "historical", "MK"),
]
SK: list[Case] = [
    ("KOŠICE — Stovky poľnohospodárov v sobotu protestovali pred úradom.", "KOŠICE", 1, "dateline", "SK"),
    ("Moskva poprela, že útok nariadila.", "Moskva", 1, "actor", "RU"),
    ("Silné dažde v utorok zaplavili niekoľko ulíc v Prešove.", "Prešove", 1, "event", "SK"),
    ("V 90. rokoch bola Žilina tichým mestom.", "Žilina", 1, "historical", "SK"),
]
BE: list[Case] = [
    ("ГРОДНА — Сотні фермераў у суботу пратэставалі каля выканкама.", "ГРОДНА", 1, "dateline", "BY"),
    ("Масква абвергла, што загадала нанесці ўдар.", "Масква", 1, "actor", "RU"),
    ("Моцныя дажджы ў аўторак затапілі некалькі вуліц у Гомелі.", "Гомелі", 1, "event", "BY"),
    ("Яшчэ ў 90-я гады Брэст быў ціхім горадам.", "Брэст", 1, "historical", "BY"),
]

TABLES: dict[str, list[Case]] = {
    "es": ES,
    "fr": FR,
    "ru": RU,
    "uk": UK,
    "ar": AR,
    "pt": PT,
    "de": DE,
    "tr": TR,
    "it": IT,
    "pl": PL,
    "nl": NL,
    "vi": VI,
    "zh": ZH,
    "ja": JA,
    "fa": FA,
    "sw": SW,
    "he": HE,
    "ko": KO,
    "hi": HI,
    "ur": UR,
    "bn": BN,
    "th": TH,
    "ms": MS,
    "ps": PS,
    "ne": NE,
    "ta": TA,
    "am": AM,
    "so": SO,
    "ha": HA,
    "az": AZ,
    "hy": HY,
    "ka": KA,
    "cs": CS,
    "sh": SH,
    "el": EL,
    "ro": RO,
    "hu": HU,
    "bg": BG,
    "mk": MK,
    "sk": SK,
    "be": BE,
    "ku": KU,
    "ckb": CKB,
    "ti": TI,
    "om": OM,
    "my": MY,
    "km": KM,
    "tl": TL,
    "si": SI,
    "uz": UZ,
    "kk": KK,
    "ky": KY,
    "tg": TG,
    "sv": SV,
    "da": DA,
    "no": NO,
    "fi": FI,
    "sq": SQ,
}
OTHERS = [(lang, c) for lang, cases in TABLES.items() for c in cases]

@pytest.mark.parametrize(("lang", "case"), OTHERS, ids=[f"{lang}-{_ids([c])[0]}" for lang, c in OTHERS])
def test_other_languages(gaz, lang: str, case: Case) -> None:
    _check(gaz, lang, case)


def test_every_language_has_each_role_checked() -> None:
    tables = {"en": EN, "id": ID, **TABLES}
    assert set(tables) == set(available())
    for lang, cases in tables.items():
        assert {"dateline", "actor", "event", "historical"} <= {role for *_, role, _ in cases}, lang


# -- the text around the dateline and the roles of lists ------------------------------------------------------


def test_only_the_opening_is_a_dateline(gaz) -> None:
    text = "KHARKIV -- Shelling resumed at dawn.\nKHARKIV -- a second line that looks the same."
    df = geomap.geoparse(text, lang="en", publication_date=PUBLISHED, gazetteer=gaz)
    assert list(df["role"]) == ["dateline", "event"]


def test_a_place_deep_in_the_text_is_no_dateline(gaz) -> None:
    text = "Rain fell all week across the region, and the rivers rose. " * 6 + "LVIV -- nothing here opens the text."
    df = geomap.geoparse(text, lang="en", publication_date=PUBLISHED, gazetteer=gaz)
    assert "dateline" not in set(df["role"])


def test_a_list_shares_the_role_of_its_first_place(gaz) -> None:
    text = "Talks were held in Ankara, Baku and Tbilisi, and Moscow later rejected the plan."
    df = geomap.geoparse(text, lang="en", publication_date=PUBLISHED, gazetteer=gaz)
    assert dict(zip(df["surface"], df["role"], strict=True)) == {
        "Ankara": "event", "Baku": "event", "Tbilisi": "event", "Moscow": "actor",
    }


def test_a_city_and_its_country_are_one_place(gaz) -> None:
    row = _mention(gaz, "en", "Sirens sounded in Aleppo, Syria, for the third night.", "Syria")
    assert (row["role"], row["country"]) == ("event", "SY")


# -- the packs the rules read -----------------------------------------------------------------------------------


def test_packs_say_how_clauses_are_built() -> None:
    assert get_pack("ar").verb_first and get_pack("tl").verb_first  # "Itinanggi ng Beijing": Beijing denied
    assert not any(get_pack(lang).verb_first for lang in available() if lang not in ("ar", "tl"))
    assert "by" in get_pack("en").agent and "oleh" in get_pack("id").agent
    assert {"and", "or"} <= get_pack("en").conjunctions and "dan" in get_pack("id").conjunctions
    assert "و" in get_pack("ar").conjunctions and "та" in get_pack("uk").conjunctions


# -- known gaps of the spotter (not of the roles): strict, so a fix shows up -----------------------------------

SPOTTER_GAPS = [
    pytest.param("id", "Kementerian Luar Negeri Rusia menyatakan pembicaraan akan dilanjutkan.", "Rusia", "actor",
                 "RU", id="id-ministry-in-capitals",),
    pytest.param("ru", "Снег шёл весь день в Омске.", "Омске", "event", "RU", id="ru-inflected",),
    pytest.param("uk", "Вночі вибухи лунали в Одесі.", "Одесі", "event", "UA", id="uk-inflected",),
    pytest.param("uk", "За словами Варшави, переговори тривають.", "Варшави", "actor", "PL", id="uk-genitive",),
]


@pytest.mark.parametrize(("lang", "text", "surface", "role", "country"), SPOTTER_GAPS)
def test_spotter_gaps(gaz, lang: str, text: str, surface: str, role: str, country: str) -> None:
    _check(gaz, lang, (text, surface, 1, role, country))


def test_an_online_outlet_and_a_comma_may_open_the_dateline(gaz) -> None:
    from geomap.pipeline import Geoparser

    df = Geoparser(gaz)("Beritaku.com, Palopo - Hujan deras merendam puluhan rumah di Kota Palopo.", lang="id")
    assert df.iloc[0]["surface"] == "Palopo" and df.iloc[0]["role"] == "dateline"


def test_a_place_after_a_preposition_acts_only_by_speaking(gaz) -> None:
    from geomap.pipeline import Geoparser

    parser = Geoparser(gaz)
    df = parser("Вчера в Курской области сбили два беспилотника.", lang="ru")
    assert df[df["surface"].str.startswith("Курской")].iloc[0]["role"] == "event"
    df = parser("В Минске заявили, что переговоры продолжатся.", lang="ru")
    assert df[df["surface"] == "Минске"].iloc[0]["role"] == "actor"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    ("en", "Kyiv accused Moscow of shelling the town of Vovchansk on Monday.", "Moscow"),
    ("fr", "L'Ukraine accuse Moscou d'avoir bombardé la ville de Kharkiv.", "Moscou"),
    ("es", "Ucrania acusó a Moscú de bombardear la ciudad de Járkov.", "Moscú"),
    ("ru", "Киев обвинил Москву в обстреле Харькова.", "Москву"),
    # Verb first, the subject between the verb and its object; "and Damascus" shares the role.
    ("ar", "واتهمت المعارضة موسكو ودمشق بالمسؤولية عن الهجوم.", "ودمشق"),
])
def test_the_accused_government_is_an_actor(gaz, lang: str, text: str, surface: str) -> None:
    assert _mention(gaz, lang, text, surface)["role"] == "actor"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    # Seats of government that are not the capital of record stand for their government as capitals do.
    ("en", "Putrajaya said it would send more rescue teams to the flooded districts.", "Putrajaya"),
    ("ms", "Putrajaya menyatakan pasukan penyelamat tambahan akan dihantar esok.", "Putrajaya"),
    ("en", "Ministers met in Seoul on Monday, and Kuala Lumpur accused Putrajaya of delays.", "Putrajaya"),
    ("en", "The Hague rejected the extradition request on Friday.", "The Hague"),
])
def test_a_seat_of_government_is_an_actor(gaz, lang: str, text: str, surface: str) -> None:
    m = _mention(gaz, lang, text, surface)
    assert m["role"] == "actor" and m["feature"] == "city"


def test_seats_of_government_are_marked_in_the_index(gaz) -> None:
    from gazetteer.sources.cities import seats_of_government

    seats = seats_of_government()
    assert len(seats) >= 5
    putrajaya = [p for p in gaz.search("Putrajaya", feature="P")]
    assert putrajaya and putrajaya[0].feature_code == "PPLG" and int(putrajaya[0].id) in seats
    assert gaz.search("Kuala Lumpur", feature="P")[0].feature_code == "PPLC"


def test_a_town_after_an_addressing_verb_is_no_government(gaz) -> None:
    # Only a country or a capital stands for a government; residents of a town are warned where they live.
    assert _mention(gaz, "en", "Officials warned Kharkiv residents to leave.", "Kharkiv")["role"] == "event"


def test_a_turkish_case_ending_locates_the_place(gaz) -> None:
    # "teams were sent to Hatay, the minister said": the dative ending puts the teams there; no actor.
    text = "İçişleri Bakanı, deprem bölgesi Hatay'a ekip gönderildiğini söyledi."
    assert _mention(gaz, "tr", text, "Hatay'a")["role"] == "event"


@pytest.mark.parametrize(("lang", "text", "surface"), [
    # The country owns the body an attribution names: the source, an actor.
    ("es", "Según el Ministerio de Defensa de Ucrania, las tropas rusas atacaron la ciudad de Járkov.", "Ucrania"),
    ("en", "According to the Defence Ministry of Ukraine, Russian troops attacked the town of Vovchansk.", "Ukraine"),
    ("ru", "По данным Минобороны России, ВСУ обстреляли Горловку.", "России"),
])
def test_the_owner_of_a_quoted_body_is_an_actor(gaz, lang: str, text: str, surface: str) -> None:
    assert _mention(gaz, lang, text, surface)["role"] == "actor"


# A year in the digits of the article's script is a year: "۱۹۸۸", "١٩٨٦", "१९९३", "১৯৯১" as 1988, 1986, 1993, 1991.
NATIVE_DIGIT_YEARS = [
    ("fa", ("در سال ۱۹۸۸ زلزله‌ای شهر اصفهان را لرزاند.", "اصفهان", 1, "historical", "IR")),
    ("ar", ("في عام ١٩٨٦ غمرت الفيضانات شوارع الموصل.", "الموصل", 1, "historical", "IQ")),
    ("hi", ("१९९३ में मुंबई में कई धमाके हुए थे।", "मुंबई", 1, "historical", "IN")),
    ("bn", ("১৯৯১ সালে চট্টগ্রামে এক ভয়াবহ ঘূর্ণিঝড় আঘাত হানে।", "চট্টগ্রামে", 1, "historical", "BD")),
]


@pytest.mark.parametrize(("lang", "case"), NATIVE_DIGIT_YEARS, ids=[lang for lang, _ in NATIVE_DIGIT_YEARS])
def test_a_year_in_native_digits_is_historical(gaz, lang: str, case: Case) -> None:
    _check(gaz, lang, case)
