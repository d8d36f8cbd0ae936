"""Event lexicons (geomap/events/lexicons/*.json), their matchers and the ACLED taxonomy.

Every sentence here was written for these tests; none comes from a benchmark or seed article.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.errors import BadInputError
from geomap.events import lexicon as lexicon_module
from geomap.events.lexicon import (
    ACTOR_LABELS,
    GROUPS,
    OUTCOMES,
    EventLexicon,
    Hit,
    available,
    event_lexicon,
    fold,
    load_lexicon,
)
from geomap.events.model import Trigger
from geomap.events.taxonomy import (
    EVENT_TYPES,
    SUB_EVENT_TYPES,
    canonical_sub_event_type,
    check_pair,
    disorder_type,
    type_of,
)

LANGS = ("en", "id", "es", "fr", "ru", "uk", "ar", "pt", "de", "tr", "it", "pl", "nl", "vi", "zh", "ja", "fa", "sw",
         "he", "ko", "hi", "ur", "bn", "th", "ms", "ps", "ne", "ta", "am", "so", "ha", "az", "hy", "ka", "cs", "sh",
         "el", "ro", "hu")
LANGS = (*LANGS, "sv", "da", "no", "fi", "sq")
LEXICON_DIR = Path(lexicon_module.__file__).with_name("lexicons")
CORE = (
    "Armed clash", "Government regains territory", "Shelling/artillery/missile attack", "Air/drone strike",
    "Remote explosive/landmine/IED", "Suicide bomb", "Attack", "Abduction/forced disappearance",
    "Peaceful protest", "Violent demonstration", "Arrests", "Agreement",
)

# (sentence, the sub-event type its heaviest trigger must announce), per language.
SENTENCES: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Government troops and insurgents exchanged fire for hours near the border crossing.", "Armed clash"),
        ("The army said it had recaptured the hilltop town after a week.", "Government regains territory"),
        ("Insurgents overran the district headquarters at dawn.", "Non-state actor overtakes territory"),
        ("Artillery shelling hit the market district overnight.", "Shelling/artillery/missile attack"),
        ("A drone strike destroyed a convoy on the highway.", "Air/drone strike"),
        ("Two soldiers died when their vehicle struck a roadside bomb.", "Remote explosive/landmine/IED"),
        ("A suicide bomber blew himself up at the checkpoint.", "Suicide bomb"),
        ("A man threw a grenade into a crowded bar.", "Grenade"),
        ("Inspectors found evidence that sarin had been used.", "Chemical weapon"),
        ("Survivors described rape and other sexual violence by the fighters.", "Sexual violence"),
        ("Gunmen opened fire on civilians at a wedding party.", "Attack"),
        ("Armed men kidnapped eleven students from their dormitory.", "Abduction/forced disappearance"),
        ("Thousands of demonstrators rallied outside parliament demanding new elections.", "Peaceful protest"),
        ("Riot police fired tear gas and water cannon to disperse the crowd.", "Protest with intervention"),
        ("Soldiers opened fire on protesters in the main square.", "Excessive force against protesters"),
        ("Rioting broke out in the capital after the verdict.", "Violent demonstration"),
        ("An angry mob lynched a suspected thief.", "Mob violence"),
        ("Police arrested the opposition leader at his home on Tuesday.", "Arrests"),
        ("The warring parties signed a ceasefire agreement in the capital.", "Agreement"),
        ("Air defence units shot down three drones over the city.", "Disrupted weapons use"),
        ("The militia set up a base in the abandoned school.", "Headquarters or base established"),
        ("Looters ransacked the warehouse.", "Looting/property destruction"),
        ("The rebels withdrew from the town without a fight under the deal.", "Non-violent transfer of territory"),
        ("Two commanders defected to the government side.", "Change to group/activity"),
        ("The president declared martial law in four provinces.", "Other"),
    ],
    "id": [
        ("Kontak tembak antara aparat dan kelompok bersenjata terjadi di distrik itu.", "Armed clash"),
        ("Pasukan pemerintah merebut kembali kota pelabuhan itu setelah tiga hari.", "Government regains territory"),
        ("Kota kecil itu jatuh ke tangan pemberontak pada Minggu.", "Non-state actor overtakes territory"),
        ("Desa itu dihujani puluhan roket pada malam hari.", "Shelling/artillery/missile attack"),
        ("Serangan udara menghancurkan gudang amunisi.", "Air/drone strike"),
        ("Sebuah bom rakitan meledak di pinggir jalan.", "Remote explosive/landmine/IED"),
        ("Pelaku bom bunuh diri meledakkan diri di depan gereja.", "Suicide bomb"),
        ("Pelaku melemparkan granat ke pos jaga.", "Grenade"),
        ("Penyelidik menemukan bukti penggunaan senjata kimia.", "Chemical weapon"),
        ("Korban pemerkosaan melapor ke polisi.", "Sexual violence"),
        ("Kelompok bersenjata menyerang warga sipil yang sedang berladang.", "Attack"),
        ("Empat pekerja diculik oleh orang tak dikenal.", "Abduction/forced disappearance"),
        ("Ribuan mahasiswa berunjuk rasa di depan gedung DPR.", "Peaceful protest"),
        ("Aparat menembakkan gas air mata untuk membubarkan massa.", "Protest with intervention"),
        ("Aparat menembaki demonstran dengan peluru tajam.", "Excessive force against protesters"),
        ("Demo buruh berujung ricuh di depan kantor gubernur.", "Violent demonstration"),
        ("Seorang terduga pencuri tewas dihakimi massa.", "Mob violence"),
        ("Polisi meringkus tiga tersangka pembakaran.", "Arrests"),
        ("Kedua pihak menyepakati gencatan senjata mulai Senin.", "Agreement"),
        ("Tim Gegana berhasil menjinakkan bom di terminal.", "Disrupted weapons use"),
        ("Kelompok itu mendirikan markas di hutan.", "Headquarters or base established"),
        ("Massa menjarah toko-toko di pusat kota.", "Looting/property destruction"),
        ("Pasukan ditarik mundur tanpa perlawanan.", "Non-violent transfer of territory"),
        ("Puluhan anggota milisi menyerahkan diri dan meletakkan senjata.", "Change to group/activity"),
        ("Pemerintah memberlakukan jam malam di kota itu.", "Other"),
    ],
    "es": [
        ("Intensos combates entre el ejército y la guerrilla se registraron en la sierra.", "Armed clash"),
        ("Las tropas recuperaron el control de la ciudad.", "Government regains territory"),
        ("El pueblo cayó en manos de los insurgentes.", "Non-state actor overtakes territory"),
        ("El bombardeo de artillería destruyó varias viviendas.", "Shelling/artillery/missile attack"),
        ("Un ataque aéreo alcanzó un hospital.", "Air/drone strike"),
        ("Un artefacto explosivo improvisado estalló al paso de la patrulla.", "Remote explosive/landmine/IED"),
        ("Un terrorista suicida se hizo estallar frente a la mezquita.", "Suicide bomb"),
        ("Lanzaron una granada contra la comisaría.", "Grenade"),
        ("Denunciaron casos de violencia sexual en los campamentos.", "Sexual violence"),
        ("Hombres armados perpetraron una masacre en la aldea.", "Attack"),
        ("Los guerrilleros secuestraron a tres ingenieros.", "Abduction/forced disappearance"),
        ("Miles de manifestantes marcharon pacíficamente por la avenida.", "Peaceful protest"),
        ("La policía dispersó a los manifestantes con gases lacrimógenos.", "Protest with intervention"),
        ("Los disturbios dejaron comercios destrozados.", "Violent demonstration"),
        ("Una turba enfurecida linchó a dos presuntos ladrones.", "Mob violence"),
        ("La policía detuvo a cinco sospechosos.", "Arrests"),
        ("El gobierno y los rebeldes firmaron un acuerdo de paz.", "Agreement"),
        ("Los artificieros desactivaron una bomba en la estación.", "Disrupted weapons use"),
        ("Saqueadores asaltaron el mercado.", "Looting/property destruction"),
    ],
    "fr": [
        ("De violents combats ont opposé l'armée aux rebelles.", "Armed clash"),
        ("L'armée a repris le contrôle de la localité.", "Government regains territory"),
        ("Des tirs d'obus ont frappé le quartier.", "Shelling/artillery/missile attack"),
        ("Une frappe aérienne a visé un convoi.", "Air/drone strike"),
        ("Un engin explosif improvisé a explosé au passage du convoi.", "Remote explosive/landmine/IED"),
        ("Un kamikaze s'est fait exploser devant la mosquée.", "Suicide bomb"),
        ("Des hommes armés ont commis un massacre dans le village.", "Attack"),
        ("Deux humanitaires ont été enlevés près de la frontière.", "Abduction/forced disappearance"),
        ("Des milliers de manifestants ont défilé dans le calme.", "Peaceful protest"),
        ("La police a dispersé les manifestants à coups de gaz lacrymogène.", "Protest with intervention"),
        ("Des émeutes ont éclaté dans la nuit.", "Violent demonstration"),
        ("Trois suspects ont été placés en garde à vue.", "Arrests"),
        ("Les belligérants ont conclu un cessez-le-feu.", "Agreement"),
        ("Un viol collectif a été signalé dans le camp.", "Sexual violence"),
    ],
    "ru": [
        ("Между военными и боевиками произошла перестрелка.", "Armed clash"),
        ("Армия вернула под контроль несколько сёл.", "Government regains territory"),
        ("Город снова подвергся артиллерийскому обстрелу.", "Shelling/artillery/missile attack"),
        ("Авиаудар разрушил мост.", "Air/drone strike"),
        ("На обочине сработало самодельное взрывное устройство.", "Remote explosive/landmine/IED"),
        ("Смертник подорвал себя у входа в здание.", "Suicide bomb"),
        ("Боевики устроили резню в деревне.", "Attack"),
        ("Неизвестные похитили двух журналистов.", "Abduction/forced disappearance"),
        ("Сотни людей вышли на митинг против закона.", "Peaceful protest"),
        ("В городе вспыхнули массовые беспорядки.", "Violent demonstration"),
        ("Полиция задержала подозреваемого.", "Arrests"),
        ("Стороны договорились о перемирии.", "Agreement"),
        ("Силы ПВО сбили два беспилотника.", "Disrupted weapons use"),
    ],
    "uk": [
        ("Біля села точилися запеклі бої.", "Armed clash"),
        ("Українські військові відвоювали село.", "Government regains territory"),
        ("Окупанти знову обстріляли місто.", "Shelling/artillery/missile attack"),
        ("Авіаудар зруйнував школу.", "Air/drone strike"),
        ("Автомобіль підірвався на міні.", "Remote explosive/landmine/IED"),
        ("Смертник підірвав себе біля блокпоста.", "Suicide bomb"),
        ("Окупанти розстріляли цивільних у селі.", "Attack"),
        ("Окупанти викрали міського голову.", "Abduction/forced disappearance"),
        ("У Києві відбувся мітинг на підтримку полонених.", "Peaceful protest"),
        ("У місті спалахнули масові заворушення.", "Violent demonstration"),
        ("Поліція затримала підозрюваного.", "Arrests"),
        ("Сторони домовилися про перемир’я.", "Agreement"),
    ],
    "ar": [
        ("اندلعت اشتباكات عنيفة بين الجيش والمسلحين.", "Armed clash"),
        ("استعاد الجيش السيطرة على البلدة.", "Government regains territory"),
        ("تعرضت المدينة لقصف مدفعي عنيف.", "Shelling/artillery/missile attack"),
        ("شنت طائرات حربية غارات جوية على المنطقة.", "Air/drone strike"),
        ("انفجرت عبوة ناسفة بدورية للجيش.", "Remote explosive/landmine/IED"),
        ("فجر انتحاري نفسه بحزام ناسف.", "Suicide bomb"),
        ("ارتكب المسلحون مجزرة بحق المدنيين.", "Attack"),
        ("اختطف مسلحون ثلاثة صحفيين.", "Abduction/forced disappearance"),
        ("تظاهر المئات في وسط العاصمة.", "Peaceful protest"),
        ("اندلعت أعمال شغب في السجن.", "Violent demonstration"),
        ("ألقت الشرطة القبض على خمسة مشتبه بهم.", "Arrests"),
        ("أعلن الطرفان هدنة إنسانية.", "Agreement"),
    ],
    "pt": [
        ("Houve intensos combates entre tropas do governo e insurgentes perto da fronteira.", "Armed clash"),
        ("O exército retomou o controle da cidade após uma semana.", "Government regains territory"),
        ("Fogo de artilharia atingiu o bairro durante a noite.", "Shelling/artillery/missile attack"),
        ("Um ataque aéreo destruiu a ponte.", "Air/drone strike"),
        ("Uma mina terrestre explodiu sob o caminhão.", "Remote explosive/landmine/IED"),
        ("Um bombista suicida fez-se explodir no mercado.", "Suicide bomb"),
        ("Homens armados mataram aldeões num massacre.", "Attack"),
        ("Desconhecidos sequestraram dois engenheiros.", "Abduction/forced disappearance"),
        ("Milhares de manifestantes protestaram diante do parlamento.", "Peaceful protest"),
        ("Os distúrbios deixaram lojas destruídas e barricadas em chamas.", "Violent demonstration"),
        ("A polícia prendeu dez suspeitos.", "Arrests"),
        ("As partes assinaram um acordo de cessar-fogo.", "Agreement"),
    ],
    "de": [
        ("Regierungstruppen und Rebellen lieferten sich heftige Kämpfe nahe der Grenze.", "Armed clash"),
        ("Die Armee hat die Stadt nach einer Woche zurückerobert.", "Government regains territory"),
        ("Artilleriefeuer traf das Wohnviertel in der Nacht.", "Shelling/artillery/missile attack"),
        ("Ein Luftangriff zerstörte die Brücke.", "Air/drone strike"),
        ("Eine Landmine explodierte unter dem Lastwagen.", "Remote explosive/landmine/IED"),
        ("Ein Selbstmordattentäter sprengte sich auf dem Markt in die Luft.", "Suicide bomb"),
        ("Bewaffnete verübten ein Massaker an Dorfbewohnern.", "Attack"),
        ("Unbekannte entführten zwei Ingenieure.", "Abduction/forced disappearance"),
        ("Tausende Demonstranten protestierten vor dem Parlament.", "Peaceful protest"),
        ("Bei den Krawallen wurden Geschäfte verwüstet und Barrikaden errichtet.", "Violent demonstration"),
        ("Die Polizei hat zehn Verdächtige festgenommen.", "Arrests"),
        ("Die Parteien unterzeichneten ein Waffenstillstandsabkommen.", "Agreement"),
    ],
    "tr": [
        ("Hükümet güçleri ile militanlar arasında sınır yakınında şiddetli çatışmalar yaşandı.", "Armed clash"),
        ("Ordu bir hafta sonra kasabayı geri aldı.", "Government regains territory"),
        ("Topçu ateşi gece boyunca mahalleyi vurdu.", "Shelling/artillery/missile attack"),
        ("Hava saldırısı köprüyü yıktı.", "Air/drone strike"),
        ("Kamyonun altındaki kara mayını patladı.", "Remote explosive/landmine/IED"),
        ("Bir canlı bomba pazar yerinde kendini patlattı.", "Suicide bomb"),
        ("Silahlı kişiler köyde katliam yaptı.", "Attack"),
        ("Kimliği belirsiz kişiler iki mühendisi kaçırdı.", "Abduction/forced disappearance"),
        ("Binlerce gösterici meclis önünde protesto düzenledi.", "Peaceful protest"),
        ("Göstericiler polisle çatıştı ve molotof kokteyli attı.", "Violent demonstration"),
        ("Polis on şüpheliyi gözaltına aldı.", "Arrests"),
        ("Taraflar ateşkes anlaşması imzaladı.", "Agreement"),
    ],
    "it": [
        ("Truppe governative e ribelli si sono scontrati per ore vicino al confine.", "Armed clash"),
        ("L'esercito ha ripreso il controllo della città dopo una settimana.", "Government regains territory"),
        ("Colpi di artiglieria hanno colpito il quartiere durante la notte.", "Shelling/artillery/missile attack"),
        ("Un raid aereo ha distrutto il ponte.", "Air/drone strike"),
        ("Una mina antiuomo è esplosa sotto il camion.", "Remote explosive/landmine/IED"),
        ("Un attentatore suicida si è fatto esplodere al mercato.", "Suicide bomb"),
        ("Uomini armati hanno compiuto una strage nel villaggio.", "Attack"),
        ("Sconosciuti hanno rapito due ingegneri.", "Abduction/forced disappearance"),
        ("Migliaia di manifestanti hanno protestato davanti al parlamento.", "Peaceful protest"),
        ("Gli scontri con la polizia hanno lasciato negozi devastati.", "Violent demonstration"),
        ("La polizia ha arrestato dieci sospetti.", "Arrests"),
        ("Le parti hanno firmato un accordo di cessate il fuoco.", "Agreement"),
    ],
    "pl": [
        ("Wojska rządowe i rebelianci starli się w pobliżu granicy.", "Armed clash"),
        ("Armia odzyskała kontrolę nad miastem po tygodniu.", "Government regains territory"),
        ("Ostrzał artyleryjski trafił w dzielnicę w nocy.", "Shelling/artillery/missile attack"),
        ("Nalot zniszczył most na rzece.", "Air/drone strike"),
        ("Ciężarówka wjechała na minę przeciwpancerną.", "Remote explosive/landmine/IED"),
        ("Zamachowiec-samobójca wysadził się na targu.", "Suicide bomb"),
        ("Uzbrojeni mężczyźni dokonali masakry we wsi.", "Attack"),
        ("Nieznani sprawcy porwali dwóch inżynierów.", "Abduction/forced disappearance"),
        ("Tysiące demonstrantów protestowały przed parlamentem.", "Peaceful protest"),
        ("Podczas zamieszek zniszczono sklepy i wzniesiono barykady.", "Violent demonstration"),
        ("Policja aresztowała dziesięciu podejrzanych.", "Arrests"),
        ("Strony podpisały porozumienie o zawieszeniu broni.", "Agreement"),
    ],
    "nl": [
        ("Regeringstroepen en rebellen leverden zich zware gevechten nabij de grens.", "Armed clash"),
        ("Het leger heroverde de stad na een week.", "Government regains territory"),
        ("Artillerievuur trof de woonwijk in de nacht.", "Shelling/artillery/missile attack"),
        ("Een luchtaanval verwoestte de brug.", "Air/drone strike"),
        ("Een landmijn ontplofte onder de vrachtwagen.", "Remote explosive/landmine/IED"),
        ("Een zelfmoordterrorist blies zichzelf op op de markt.", "Suicide bomb"),
        ("Gewapende mannen richtten een bloedbad aan in het dorp.", "Attack"),
        ("Onbekenden ontvoerden twee ingenieurs.", "Abduction/forced disappearance"),
        ("Duizenden demonstranten protesteerden voor het parlement.", "Peaceful protest"),
        ("Bij de rellen werden winkels vernield en barricades opgeworpen.", "Violent demonstration"),
        ("De politie arresteerde tien verdachten.", "Arrests"),
        ("De partijen ondertekenden een akkoord over een staakt-het-vuren.", "Agreement"),
    ],
    "vi": [
        ("Quân chính phủ và phiến quân giao tranh ác liệt gần biên giới.", "Armed clash"),
        ("Quân đội giành lại quyền kiểm soát thị trấn sau một tuần.", "Government regains territory"),
        ("Đạn pháo rơi trúng khu dân cư trong đêm.", "Shelling/artillery/missile attack"),
        ("Một cuộc không kích đã phá hủy cây cầu.", "Air/drone strike"),
        ("Một quả mìn chống tăng phát nổ dưới gầm xe tải.", "Remote explosive/landmine/IED"),
        ("Kẻ đánh bom tự sát tự kích nổ tại chợ.", "Suicide bomb"),
        ("Các tay súng gây ra vụ thảm sát tại làng.", "Attack"),
        ("Những kẻ lạ mặt đã bắt cóc hai kỹ sư.", "Abduction/forced disappearance"),
        ("Hàng nghìn người biểu tình tuần hành trước quốc hội.", "Peaceful protest"),
        ("Bạo loạn khiến nhiều cửa hàng bị đập phá.", "Violent demonstration"),
        ("Cảnh sát đã bắt giữ mười nghi phạm.", "Arrests"),
        ("Hai bên đã ký thỏa thuận ngừng bắn.", "Agreement"),
    ],
    "zh": [
        ("政府军与武装分子在边境附近激烈交火。", "Armed clash"),
        ("军队一周后收复了这座小镇。", "Government regains territory"),
        ("炮击在夜间击中了居民区。", "Shelling/artillery/missile attack"),
        ("一次空袭摧毁了那座桥。", "Air/drone strike"),
        ("一枚地雷在卡车下方爆炸。", "Remote explosive/landmine/IED"),
        ("一名自杀式袭击者在市场引爆了炸弹。", "Suicide bomb"),
        ("枪手在村里制造了一起屠杀。", "Attack"),
        ("不明身份的男子绑架了两名工程师。", "Abduction/forced disappearance"),
        ("数千名民众在议会前举行抗议。", "Peaceful protest"),
        ("暴乱导致多家商店被毁。", "Violent demonstration"),
        ("警方逮捕了十名嫌疑人。", "Arrests"),
        ("双方签署了停火协议。", "Agreement"),
    ],
    "ja": [
        ("政府軍と武装勢力が国境付近で激しく交戦した。", "Armed clash"),
        ("軍は1週間後にその町を奪還した。", "Government regains territory"),
        ("夜間の砲撃が住宅街を直撃した。", "Shelling/artillery/missile attack"),
        ("空爆で橋が破壊された。", "Air/drone strike"),
        ("トラックの下で地雷が爆発した。", "Remote explosive/landmine/IED"),
        ("市場で自爆テロがあった。", "Suicide bomb"),
        ("武装集団が村を襲撃した。", "Attack"),
        ("何者かが技術者2人を誘拐した。", "Abduction/forced disappearance"),
        ("数千人が議会前でデモを行った。", "Peaceful protest"),
        ("暴動で多くの店が壊された。", "Violent demonstration"),
        ("警察は容疑者10人を逮捕した。", "Arrests"),
        ("双方は停戦合意に署名した。", "Agreement"),
    ],
    "fa": [
        ("نیروهای دولتی و شورشیان ساعت‌ها در نزدیکی گذرگاه مرزی درگیری مسلحانه داشتند.", "Armed clash"),
        ("ارتش اعلام کرد که شهر را پس از یک هفته بازپس گرفت.", "Government regains territory"),
        ("شهر کوچک پس از سه روز به تصرف شورشیان درآمد.", "Non-state actor overtakes territory"),
        ("گلوله‌باران توپخانه بازار شهر را در طول شب ویران کرد.", "Shelling/artillery/missile attack"),
        ("یک حمله پهپادی کاروان را در بزرگراه منهدم کرد.", "Air/drone strike"),
        ("دو سرباز بر اثر انفجار بمب کنار جاده‌ای کشته شدند.", "Remote explosive/landmine/IED"),
        ("یک عامل انتحاری خود را در ایست بازرسی منفجر کرد.", "Suicide bomb"),
        ("مردی یک نارنجک به داخل کافه پرتاب کرد.", "Grenade"),
        ("بازرسان شواهدی از استفاده از سلاح شیمیایی یافتند.", "Chemical weapon"),
        ("بازماندگان از تجاوز جنسی به دست جنگجویان خبر دادند.", "Sexual violence"),
        ("افراد مسلح به سوی مهمانان یک جشن عروسی تیراندازی کردند.", "Attack"),
        ("مردان مسلح یازده دانش‌آموز را از خوابگاهشان ربودند.", "Abduction/forced disappearance"),
        ("هزاران نفر در مقابل مجلس دست به تظاهرات زدند.", "Peaceful protest"),
        ("پلیس برای متفرق کردن جمعیت از گاز اشک‌آور استفاده کرد.", "Protest with intervention"),
        ("ماموران در میدان اصلی به معترضان شلیک کردند و تیراندازی به معترضان ادامه یافت.",
         "Excessive force against protesters"),
        ("پس از اعلام حکم، اغتشاشات در پایتخت آغاز شد.", "Violent demonstration"),
        ("جمعیت خشمگین یک سارق را تا حد مرگ کتک زد.", "Mob violence"),
        ("پلیس رهبر مخالفان را روز سه‌شنبه در خانه‌اش بازداشت کرد.", "Arrests"),
        ("طرفین درگیر توافق آتش‌بس را در پایتخت امضا کردند.", "Agreement"),
        ("پدافند هوایی سه پهپاد را بر فراز شهر سرنگون کرد.", "Disrupted weapons use"),
        ("شبه‌نظامیان در مدرسه متروکه اقدام به تأسیس پایگاه کردند.", "Headquarters or base established"),
        ("غارتگران انبار را غارت کردند.", "Looting/property destruction"),
        ("شورشیان طبق توافق بدون درگیری از شهر عقب‌نشینی کردند.", "Non-violent transfer of territory"),
        ("ده‌ها شبه‌نظامی تسلیم شدند و خلع سلاح شدند.", "Change to group/activity"),
        ("رئیس‌جمهور در چهار استان حکومت نظامی اعلام کرد.", "Other"),
    ],
    "sw": [
        ("Wanajeshi wa serikali na waasi walirushiana risasi kwa saa kadhaa karibu na mpaka.", "Armed clash"),
        ("Jeshi lilisema kuwa limerejesha udhibiti wa mji huo baada ya wiki moja.", "Government regains territory"),
        ("Mji huo mdogo uliangukia mikononi mwa waasi siku ya Jumapili.", "Non-state actor overtakes territory"),
        ("Mashambulizi ya makombora yaliharibu soko usiku.", "Shelling/artillery/missile attack"),
        ("Shambulio la droni liliharibu msafara kwenye barabara kuu.", "Air/drone strike"),
        ("Wanajeshi wawili walifariki gari lao lilipokanyaga bomu la kutegwa ardhini.",
         "Remote explosive/landmine/IED"),
        ("Mshambuliaji wa kujitoa mhanga alijilipua kwenye kizuizi cha barabarani.", "Suicide bomb"),
        ("Mtu mmoja alirusha guruneti ndani ya baa.", "Grenade"),
        ("Wakaguzi walipata ushahidi wa matumizi ya silaha za kemikali.", "Chemical weapon"),
        ("Manusura walieleza ubakaji na ukatili wa kingono uliofanywa na wapiganaji.", "Sexual violence"),
        ("Watu wenye silaha waliwafyatulia risasi wageni wa harusi.", "Attack"),
        ("Watu wenye silaha waliwateka nyara wanafunzi kumi na mmoja.", "Abduction/forced disappearance"),
        ("Maelfu ya waandamanaji walikusanyika nje ya bunge wakidai uchaguzi mpya.", "Peaceful protest"),
        ("Polisi walitumia mabomu ya machozi kuwatawanya watu.", "Protest with intervention"),
        ("Wanajeshi waliwafyatulia risasi waandamanaji katika uwanja mkuu.", "Excessive force against protesters"),
        ("Ghasia zilizuka mjini baada ya hukumu.", "Violent demonstration"),
        ("Umati wenye hasira ulimpiga mshukiwa wa wizi.", "Mob violence"),
        ("Polisi walimkamata kiongozi wa upinzani nyumbani kwake Jumanne.", "Arrests"),
        ("Pande hasimu zilitia saini makubaliano ya kusitisha mapigano.", "Agreement"),
        ("Ulinzi wa anga ulidungua ndege tatu zisizo na rubani; jeshi lilisema ilidungua droni hizo.",
         "Disrupted weapons use"),
        ("Wanamgambo walianzisha kambi katika shule iliyotelekezwa.", "Headquarters or base established"),
        ("Wahuni walipora ghala hilo.", "Looting/property destruction"),
        ("Waasi waliondoka mjini bila mapigano chini ya makubaliano.", "Non-violent transfer of territory"),
        ("Makamanda wawili walijisalimisha kwa serikali.", "Change to group/activity"),
        ("Rais alitangaza amri ya kutotoka nje katika mikoa minne.", "Other"),
    ],
    "he": [
        ("כוחות הממשלה והמורדים ניהלו חילופי אש במשך שעות ליד מעבר הגבול.", "Armed clash"),
        ("הצבא הודיע כי כבש מחדש את העיירה לאחר שבוע.", "Government regains territory"),
        ("העיירה הקטנה נפלה בידי המורדים לאחר שלושה ימים.", "Non-state actor overtakes territory"),
        ("הפגזה ארטילרית פגעה בשוק העיר במהלך הלילה.", "Shelling/artillery/missile attack"),
        ("תקיפת רחפן השמידה שיירה בכביש הראשי.", "Air/drone strike"),
        ("שני חיילים נהרגו כשרכבם עלה על מטען צד.", "Remote explosive/landmine/IED"),
        ("מחבל מתאבד פוצץ את עצמו במחסום.", "Suicide bomb"),
        ("אדם השליך רימון יד לתוך בית קפה.", "Grenade"),
        ("פקחים מצאו ראיות לשימוש בנשק כימי.", "Chemical weapon"),
        ("ניצולים תיארו אונס ואלימות מינית מצד הלוחמים.", "Sexual violence"),
        ("חמושים פתחו באש על אורחים בחתונה.", "Attack"),
        ("אנשים חמושים חטפו אחד עשר תלמידים מהפנימייה.", "Abduction/forced disappearance"),
        ("אלפי אנשים השתתפו בהפגנה מול הפרלמנט בדרישה לבחירות.", "Peaceful protest"),
        ("השוטרים ירו גז מדמיע כדי לפזר את ההמון.", "Protest with intervention"),
        ("כוחות הביטחון ירו על המפגינים בכיכר המרכזית.", "Excessive force against protesters"),
        ("מהומות פרצו בבירה לאחר פרסום פסק הדין.", "Violent demonstration"),
        ("המון זועם היכה חשוד בגניבה.", "Mob violence"),
        ("המשטרה עצרה את מנהיג האופוזיציה בביתו ביום שלישי.", "Arrests"),
        ("הצדדים חתמו על הסכם הפסקת אש בבירה.", "Agreement"),
        ("מערכת ההגנה האווירית יירטה שלושה רחפנים מעל העיר.", "Disrupted weapons use"),
        ("אנשי המיליציה הקימו בסיס בבית ספר נטוש.", "Headquarters or base established"),
        ("בוזזים בזזו את המחסן.", "Looting/property destruction"),
        ("המורדים נסוגו מהעיר ללא קרב במסגרת ההסכם.", "Non-violent transfer of territory"),
        ("עשרות לוחמים נכנעו והניחו את נשקם.", "Change to group/activity"),
        ("הנשיא הכריז על משטר צבאי בארבעה מחוזות.", "Other"),
    ],
    "ko": [
        ("정부군과 반군이 국경 검문소 인근에서 몇 시간 동안 교전을 벌였다.", "Armed clash"),
        ("군은 일주일 만에 그 도시를 탈환했다고 밝혔다.", "Government regains territory"),
        ("작은 마을이 사흘 만에 반군에 함락됐다.", "Non-state actor overtakes territory"),
        ("밤사이 포격으로 시장 일대가 파괴됐다.", "Shelling/artillery/missile attack"),
        ("드론 공격으로 고속도로의 차량 행렬이 파괴됐다.", "Air/drone strike"),
        ("군인 두 명이 탄 차량이 지뢰를 밟아 숨졌다.", "Remote explosive/landmine/IED"),
        ("자살폭탄 테러범이 검문소에서 몸에 지닌 폭탄을 터뜨렸다.", "Suicide bomb"),
        ("한 남성이 술집 안으로 수류탄을 던졌다.", "Grenade"),
        ("조사단은 화학무기가 사용된 증거를 찾았다.", "Chemical weapon"),
        ("생존자들은 무장대원들의 성폭행을 증언했다.", "Sexual violence"),
        ("괴한들이 결혼식 하객들에게 총격을 가했다.", "Attack"),
        ("무장 괴한들이 기숙사에서 학생 11명을 납치했다.", "Abduction/forced disappearance"),
        ("수천 명이 의회 앞에서 새 선거를 요구하며 시위를 벌였다.", "Peaceful protest"),
        ("경찰은 군중을 해산하기 위해 최루탄을 쐈다.", "Protest with intervention"),
        ("군인들이 광장에서 시위대를 향해 발포했다.", "Excessive force against protesters"),
        ("판결이 나온 뒤 수도에서 폭동이 일어났다.", "Violent demonstration"),
        ("성난 군중이 절도 용의자를 마구 때렸다.", "Mob violence"),
        ("경찰은 화요일 야당 지도자를 자택에서 체포했다.", "Arrests"),
        ("양측은 수도에서 휴전 협정에 서명했다.", "Agreement"),
        ("방공망이 도시 상공에서 드론 3대를 요격했다.", "Disrupted weapons use"),
        ("민병대는 버려진 학교에 기지를 건설했다.", "Headquarters or base established"),
        ("주민들이 창고를 약탈했다.", "Looting/property destruction"),
        ("반군은 합의에 따라 전투 없이 도시에서 철수했다.", "Non-violent transfer of territory"),
        ("무장대원 수십 명이 투항했다.", "Change to group/activity"),
        ("대통령은 4개 주에 계엄령을 선포했다.", "Other"),
    ],
    "hi": [
        ("सरकारी बलों और विद्रोहियों के बीच सीमा चौकी के पास घंटों भीषण गोलीबारी हुई।", "Armed clash"),
        ("सेना ने कहा कि एक हफ्ते बाद कस्बे पर दोबारा कब्जा कर लिया गया।", "Government regains territory"),
        ("तीन दिन की घेराबंदी के बाद विद्रोहियों ने छोटे कस्बे पर कब्जा कर लिया।", "Non-state actor overtakes territory"),
        ("रात भर की गोलाबारी ने शहर के बाजार को तबाह कर दिया।", "Shelling/artillery/missile attack"),
        ("एक ड्रोन हमले ने राजमार्ग पर काफिले को नष्ट कर दिया।", "Air/drone strike"),
        ("सड़क किनारे बम फटने से दो सैनिकों की जान चली गई।", "Remote explosive/landmine/IED"),
        ("एक आत्मघाती हमलावर ने चौकी पर खुद को उड़ा लिया।", "Suicide bomb"),
        ("एक व्यक्ति ने भीड़ भरे कैफे में ग्रेनेड फेंका।", "Grenade"),
        ("जांचकर्ताओं को रासायनिक हथियारों के इस्तेमाल के सबूत मिले।", "Chemical weapon"),
        ("पीड़ितों ने लड़ाकों द्वारा यौन हिंसा की शिकायत की।", "Sexual violence"),
        ("बंदूकधारियों ने शादी समारोह में मेहमानों को गोली मार दी।", "Attack"),
        ("हथियारबंद लोगों ने छात्रावास से ग्यारह छात्रों का अपहरण कर लिया।", "Abduction/forced disappearance"),
        ("हजारों लोगों ने विधानसभा के बाहर विरोध प्रदर्शन किया।", "Peaceful protest"),
        ("भीड़ को तितर-बितर करने के लिए पुलिस ने आंसू गैस के गोले छोड़े।", "Protest with intervention"),
        ("जवानों ने मुख्य चौक पर प्रदर्शनकारियों पर गोलीबारी की।", "Excessive force against protesters"),
        ("फैसले के बाद राजधानी में दंगे भड़क उठे।", "Violent demonstration"),
        ("गुस्साई भीड़ ने एक संदिग्ध चोर को घेर लिया।", "Mob violence"),
        ("पुलिस ने मंगलवार को विपक्षी नेता को उनके घर से गिरफ्तार कर लिया।", "Arrests"),
        ("दोनों पक्षों ने राजधानी में युद्धविराम पर सहमति जताई।", "Agreement"),
        ("वायु रक्षा प्रणाली ने शहर के ऊपर तीन ड्रोन को मार गिराया।", "Disrupted weapons use"),
        ("मिलिशिया ने एक खाली स्कूल में शिविर स्थापित किया।", "Headquarters or base established"),
        ("उपद्रवियों ने गोदाम में लूटपाट की।", "Looting/property destruction"),
        ("विद्रोही समझौते के तहत बिना लड़ाई के शहर से पीछे हट गए।", "Non-violent transfer of territory"),
        ("दो कमांडरों ने सरकार के सामने आत्मसमर्पण कर दिया।", "Change to group/activity"),
        ("राष्ट्रपति ने चार प्रांतों में कर्फ्यू की घोषणा की।", "Other"),
    ],
    "ur": [
        ("سرکاری فورسز اور باغیوں کے درمیان سرحدی چوکی کے قریب گھنٹوں مسلح جھڑپیں جاری رہیں۔", "Armed clash"),
        ("فوج نے کہا کہ ایک ہفتے بعد قصبے پر دوبارہ قبضہ حاصل کر لیا گیا۔", "Government regains territory"),
        ("تین دن کے محاصرے کے بعد باغیوں نے چھوٹے قصبے پر قبضہ کر لیا۔", "Non-state actor overtakes territory"),
        ("رات بھر کی گولہ باری نے شہر کا بازار تباہ کر دیا۔", "Shelling/artillery/missile attack"),
        ("ایک ڈرون حملے نے شاہراہ پر قافلے کو تباہ کر دیا۔", "Air/drone strike"),
        ("سڑک کنارے نصب بم پھٹنے سے دو سپاہی جان کی بازی ہار گئے۔", "Remote explosive/landmine/IED"),
        ("ایک خودکش حملہ آور نے چوکی پر خود کو اڑا لیا۔", "Suicide bomb"),
        ("ایک شخص نے ہوٹل کے اندر دستی بم پھینکا۔", "Grenade"),
        ("تفتیش کاروں کو کیمیائی ہتھیاروں کے استعمال کے شواہد ملے۔", "Chemical weapon"),
        ("متاثرین نے جنگجوؤں کی جانب سے جنسی تشدد کی شکایت کی۔", "Sexual violence"),
        ("مسلح افراد نے شادی کی تقریب میں مہمانوں پر اندھا دھند فائرنگ کی۔", "Attack"),
        ("مسلح افراد نے ہاسٹل سے گیارہ طلبہ کو اغوا کر لیا۔", "Abduction/forced disappearance"),
        ("ہزاروں افراد نے اسمبلی کے باہر احتجاجی مظاہرہ کیا۔", "Peaceful protest"),
        ("ہجوم کو منتشر کرنے کے لیے پولیس نے آنسو گیس کا استعمال کیا۔", "Protest with intervention"),
        ("اہلکاروں نے مرکزی چوک میں مظاہرین پر فائرنگ کی۔", "Excessive force against protesters"),
        ("فیصلے کے بعد دارالحکومت میں پرتشدد مظاہرے شروع ہو گئے۔", "Violent demonstration"),
        ("مشتعل ہجوم نے ایک مشتبہ چور کو گھیر لیا۔", "Mob violence"),
        ("پولیس نے منگل کو اپوزیشن رہنما کو ان کے گھر سے گرفتار کر لیا۔", "Arrests"),
        ("دونوں فریقوں نے دارالحکومت میں جنگ بندی معاہدہ کیا۔", "Agreement"),
        ("فضائی دفاعی نظام نے شہر کے اوپر تین ڈرون مار گرائے؛ فوج نے کہا کہ ڈرون کو مار گرایا گیا۔",
         "Disrupted weapons use"),
        ("ملیشیا نے ایک خالی اسکول میں کیمپ قائم کر لیا۔", "Headquarters or base established"),
        ("شرپسندوں نے گودام میں لوٹ مار کی۔", "Looting/property destruction"),
        ("باغی معاہدے کے تحت بغیر لڑائی شہر سے پیچھے ہٹ گئے۔", "Non-violent transfer of territory"),
        ("دو کمانڈروں نے حکومت کے سامنے ہتھیار ڈال دیے۔", "Change to group/activity"),
        ("صدر نے چار صوبوں میں کرفیو نافذ کرنے کا اعلان کیا۔", "Other"),
    ],
    "bn": [
        ("সীমান্ত চৌকির কাছে সরকারি বাহিনী ও বিদ্রোহীদের মধ্যে ঘণ্টার পর ঘণ্টা গুলিবিনিময় হয়।", "Armed clash"),
        ("সেনাবাহিনী জানিয়েছে, এক সপ্তাহ পর শহরটির নিয়ন্ত্রণ পুনরুদ্ধার করা হয়েছে।", "Government regains territory"),
        ("তিন দিনের অবরোধের পর বিদ্রোহীরা ছোট শহরটি দখল করে নিয়েছে।", "Non-state actor overtakes territory"),
        ("রাতভর গোলাবর্ষণে শহরের বাজার ধ্বংস হয়ে যায়।", "Shelling/artillery/missile attack"),
        ("একটি ড্রোন হামলায় মহাসড়কে গাড়িবহর ধ্বংস হয়।", "Air/drone strike"),
        ("স্থলমাইন বিস্ফোরণে দুই সৈনিক প্রাণ হারান।", "Remote explosive/landmine/IED"),
        ("একজন আত্মঘাতী হামলাকারী তল্লাশি চৌকিতে নিজেকে উড়িয়ে দেয়।", "Suicide bomb"),
        ("এক ব্যক্তি একটি রেস্তোরাঁয় গ্রেনেড ছুড়ে মারে।", "Grenade"),
        ("তদন্তকারীরা রাসায়নিক অস্ত্র ব্যবহারের প্রমাণ পেয়েছেন।", "Chemical weapon"),
        ("ভুক্তভোগীরা যোদ্ধাদের হাতে যৌন নির্যাতনের কথা জানিয়েছেন।", "Sexual violence"),
        ("বন্দুকধারীরা বিয়ের অনুষ্ঠানে অতিথিদের গুলি করে হত্যা করে।", "Attack"),
        ("অস্ত্রধারীরা ছাত্রাবাস থেকে এগারোজন শিক্ষার্থীকে অপহরণ করে।", "Abduction/forced disappearance"),
        ("হাজার হাজার মানুষ সংসদ ভবনের সামনে বিক্ষোভ মিছিল করেন।", "Peaceful protest"),
        ("জনতাকে ছত্রভঙ্গ করতে পুলিশ কাঁদানে গ্যাস ছোড়ে।", "Protest with intervention"),
        ("প্রধান চত্বরে বিক্ষোভকারীদের ওপর গুলি চালানো হয়।", "Excessive force against protesters"),
        ("রায়ের পর রাজধানীতে দাঙ্গা ছড়িয়ে পড়ে।", "Violent demonstration"),
        ("গণপিটুনিতে এক সন্দেহভাজন চোর মারা যান।", "Mob violence"),
        ("পুলিশ মঙ্গলবার বিরোধী নেতাকে তাঁর বাড়ি থেকে গ্রেপ্তার করে।", "Arrests"),
        ("দুই পক্ষ রাজধানীতে যুদ্ধবিরতি চুক্তি সই করে।", "Agreement"),
        ("আকাশ প্রতিরক্ষা ব্যবস্থা শহরের ওপর তিনটি ড্রোন ভূপাতিত করে।", "Disrupted weapons use"),
        ("মিলিশিয়ারা একটি পরিত্যক্ত স্কুলে ঘাঁটি স্থাপন করে।", "Headquarters or base established"),
        ("দুর্বৃত্তরা গুদামে লুটপাট চালায়।", "Looting/property destruction"),
        ("চুক্তি অনুযায়ী বিদ্রোহীরা লড়াই ছাড়াই শহর ছেড়ে যায়।", "Non-violent transfer of territory"),
        ("দুই কমান্ডার সরকারের কাছে আত্মসমর্পণ করেন।", "Change to group/activity"),
        ("রাষ্ট্রপতি চারটি প্রদেশে কারফিউ জারি করেন।", "Other"),
    ],
    "th": [
        ("กองกำลังรัฐบาลปะทะกับกลุ่มกบฏใกล้ด่านชายแดนนานหลายชั่วโมง", "Armed clash"),
        ("กองทัพแถลงว่ายึดคืนเมืองได้หลังผ่านไปหนึ่งสัปดาห์", "Government regains territory"),
        ("หลังการปิดล้อมสามวัน กลุ่มกบฏเข้ายึดพื้นที่เมืองเล็กแห่งนั้น", "Non-state actor overtakes territory"),
        ("การยิงปืนใหญ่ตลอดคืนทำลายตลาดกลางเมือง", "Shelling/artillery/missile attack"),
        ("โดรนโจมตีขบวนรถบนทางหลวง", "Air/drone strike"),
        ("ระเบิดแสวงเครื่องข้างทางทำให้ทหารเสียชีวิตสองนาย", "Remote explosive/landmine/IED"),
        ("มือระเบิดพลีชีพจุดระเบิดตัวเองที่ด่านตรวจ", "Suicide bomb"),
        ("คนร้ายขว้างระเบิดมือเข้าไปในร้านอาหาร", "Grenade"),
        ("ผู้สืบสวนพบหลักฐานการใช้อาวุธเคมี", "Chemical weapon"),
        ("ผู้เสียหายร้องเรียนถึงความรุนแรงทางเพศโดยกลุ่มติดอาวุธ", "Sexual violence"),
        ("คนร้ายกราดยิงแขกในงานแต่งงาน", "Attack"),
        ("กลุ่มติดอาวุธลักพาตัวนักเรียนสิบเอ็ดคนจากหอพัก", "Abduction/forced disappearance"),
        ("ประชาชนหลายพันคนประท้วงหน้าทำเนียบรัฐบาล", "Peaceful protest"),
        ("ตำรวจใช้แก๊สน้ำตาสลายการชุมนุม", "Protest with intervention"),
        ("เจ้าหน้าที่ยิงผู้ชุมนุมที่ลานกลางเมือง", "Excessive force against protesters"),
        ("เกิดจลาจลในเมืองหลวงหลังคำตัดสิน", "Violent demonstration"),
        ("ชาวบ้านรุมทำร้ายชายที่ถูกกล่าวหาว่าขโมยของ", "Mob violence"),
        ("ตำรวจจับกุมแกนนำฝ่ายค้านที่บ้านพักเมื่อวันอังคาร", "Arrests"),
        ("ทั้งสองฝ่ายลงนามข้อตกลงหยุดยิงในเมืองหลวง", "Agreement"),
        ("ระบบป้องกันภัยทางอากาศยิงสกัดโดรนสามลำเหนือเมือง", "Disrupted weapons use"),
        ("กองกำลังติดอาวุธตั้งฐานในโรงเรียนร้าง", "Headquarters or base established"),
        ("กลุ่มคนร้ายปล้นสะดมโกดังสินค้า", "Looting/property destruction"),
        ("ฝ่ายกบฏถอนทหารออกจากเมืองตามข้อตกลง", "Non-violent transfer of territory"),
        ("กองทัพระดมกำลังใกล้ชายแดน", "Change to group/activity"),
        ("ประธานาธิบดีประกาศเคอร์ฟิวในสี่จังหวัด", "Other"),
    ],
    "ms": [
        ("Askar dan kumpulan bersenjata berbalas tembakan selama beberapa jam berhampiran sempadan.", "Armed clash"),
        ("Tentera kerajaan menawan semula bandar pelabuhan itu selepas tiga hari.", "Government regains territory"),
        ("Kampung itu dihujani puluhan roket pada waktu malam.", "Shelling/artillery/missile attack"),
        ("Serangan udara memusnahkan gudang senjata.", "Air/drone strike"),
        ("Sebutir bom buatan sendiri meletup di tepi jalan.", "Remote explosive/landmine/IED"),
        ("Pengebom berani mati meletupkan diri di hadapan gereja.", "Suicide bomb"),
        ("Kumpulan bersenjata menyerang orang awam yang sedang bekerja di ladang.", "Attack"),
        ("Empat pekerja diculik oleh lelaki bersenjata yang tidak dikenali.", "Abduction/forced disappearance"),
        ("Ribuan pelajar mengadakan tunjuk perasaan aman di hadapan bangunan parlimen.", "Peaceful protest"),
        ("Perhimpunan itu bertukar ganas apabila penunjuk perasaan merusuh dan membakar kenderaan.",
         "Violent demonstration"),
        ("Polis memberkas tiga suspek kes pembakaran.", "Arrests"),
        ("Kedua-dua pihak bersetuju dengan gencatan senjata mulai Isnin.", "Agreement"),
    ],
    "ps": [
        ('د سرحدي پوستې سره د امنیتي ځواکونو او وسله والو ترمنځ د ډزو تبادله وشوه.', 'Armed clash'),
        ('اردو وویل چې ښار یې له یوې اونۍ وروسته بېرته ونیوه.', 'Government regains territory'),
        ('د شپې د توپونو ډزې د ښار بازار ویجاړ کړ.', 'Shelling/artillery/missile attack'),
        ('یوه ډرون برید په لویه لار یو کاروان ویجاړ کړ.', 'Air/drone strike'),
        ('د ځمکني ماین په چاودنه کې دوه سرتېري مړه شول.', 'Remote explosive/landmine/IED'),
        ('یو ځانمرګی برید کوونکي ځان د امنیتي پوستې ته نږدې والوزاوه.', 'Suicide bomb'),
        ('ټوپکوالو د واده په مراسمو کې پر مېلمنو ډزې وکړې.', 'Attack'),
        ('وسله والو له لیلیې څخه یوولس زده کوونکي وتښتول.', 'Abduction/forced disappearance'),
        ('زرګونو کسانو د پارلمان مخې ته لاریون وکړ.', 'Peaceful protest'),
        ('له پرېکړې وروسته په پلازمینه کې بلوا خپره شوه.', 'Violent demonstration'),
        ('پولیسو د سه شنبې په ورځ د اپوزیسیون مشر په خپل کور کې ګرفتار کړ.', 'Arrests'),
        ('دواړو خواوو په پلازمینه کې د اوربند تړون لاسلیک کړ.', 'Agreement'),
        ('ولسمشر په څلورو ولایتونو کې کرفیو اعلان کړ.', 'Other'),
    ],
    "ne": [
        ('सीमा चौकी नजिक सुरक्षा बल र विद्रोहीबीच घण्टौं दोहोरो गोली हानाहान भयो।', 'Armed clash'),
        ('सेनाले एक हप्तापछि सहरमाथि नियन्त्रण फिर्ता लियो।', 'Government regains territory'),
        ('रातभरको गोलाबारीले सहरको बजार ध्वस्त भयो।', 'Shelling/artillery/missile attack'),
        ('एउटा ड्रोन आक्रमणले राजमार्गमा सवारी काफिला ध्वस्त पार्\u200dयो।', 'Air/drone strike'),
        ('बारुदी सुरुङ पड्किँदा दुई सैनिकको ज्यान गयो।', 'Remote explosive/landmine/IED'),
        ('एक आत्मघाती बमबारले जाँच चौकीमा आफैंलाई उडायो।', 'Suicide bomb'),
        ('बन्दुकधारीले विवाह समारोहमा अतिथिमाथि गोली हानी हत्या गरे।', 'Attack'),
        ('हतियारधारीले छात्रावासबाट एघार विद्यार्थीको अपहरण गरे।', 'Abduction/forced disappearance'),
        ('हजारौं मानिसले संसद भवन अगाडि विरोध प्रदर्शन गरे।', 'Peaceful protest'),
        ('फैसलापछि राजधानीमा दंगा फैलियो।', 'Violent demonstration'),
        ('प्रहरीले मंगलबार विपक्षी नेतालाई उनको घरबाट पक्राउ गर्\u200dयो।', 'Arrests'),
        ('दुवै पक्षले राजधानीमा युद्धविराम सम्झौतामा हस्ताक्षर गरे।', 'Agreement'),
        ('प्रशासनले चार जिल्लामा कर्फ्यु लगायो।', 'Other'),
    ],
    "ta": [
        ('எல்லைச் சாவடி அருகே பாதுகாப்புப் படையினருக்கும் கிளர்ச்சியாளர்களுக்கும் இடையே '
         'பல மணி நேரம் துப்பாக்கிச் சண்டை நடந்தது.', 'Armed clash'),
        ('ஒரு வாரத்துக்குப் பிறகு நகரத்தை ராணுவம் மீண்டும் கைப்பற்றியது.', 'Government regains territory'),
        ('இரவு முழுவதும் நடந்த பீரங்கித் தாக்குதலில் நகரின் சந்தை அழிந்தது.', 'Shelling/artillery/missile attack'),
        ('ஒரு ட்ரோன் தாக்குதலில் நெடுஞ்சாலையில் சென்ற வாகனத் தொடரணி அழிந்தது.', 'Air/drone strike'),
        ('கண்ணிவெடி வெடித்ததில் இரண்டு வீரர்கள் உயிரிழந்தனர்.', 'Remote explosive/landmine/IED'),
        ('சோதனைச் சாவடியில் தற்கொலைத் தாக்குதல் நடத்தப்பட்டது.', 'Suicide bomb'),
        ('திருமண விழாவில் விருந்தினர் ஒருவர் சுட்டுக் கொலை செய்யப்பட்டார்.', 'Attack'),
        ('விடுதியிலிருந்து பதினொரு மாணவர்கள் கடத்தப்பட்டனர்.', 'Abduction/forced disappearance'),
        ('ஆயிரக்கணக்கான மக்கள் சட்டமன்றம் முன்பு ஆர்ப்பாட்டம் நடத்தினர்.', 'Peaceful protest'),
        ('தீர்ப்புக்குப் பிறகு தலைநகரில் கலவரம் வெடித்தது.', 'Violent demonstration'),
        ('எதிர்க்கட்சித் தலைவரை போலீசார் செவ்வாய்க்கிழமை அவரது வீட்டில் கைது செய்தனர்.', 'Arrests'),
        ('இரு தரப்பினரும் தலைநகரில் போர்நிறுத்த ஒப்பந்தம் செய்துகொண்டனர்.', 'Agreement'),
        ('நான்கு மாவட்டங்களில் ஊரடங்கு உத்தரவு பிறப்பிக்கப்பட்டது.', 'Other'),
    ],
    "am": [
        ('የመንግስት ኃይሎች እና ታጣቂዎች በከተማዋ ዳርቻ የተኩስ ልውውጥ አድርገዋል', 'Armed clash'),
        ('ሰራዊቱ ከተማዋን መልሶ ተቆጣጥሯል ሲል መግለጫ አውጥቷል', 'Government regains territory'),
        ('ሌሊቱን የከባድ መሳሪያ ድብደባ በመንደሩ ላይ ደርሷል', 'Shelling/artillery/missile attack'),
        ('በገበያው ላይ የድሮን ጥቃት ተፈጽሟል', 'Air/drone strike'),
        ('በመንገዱ ዳር የተቀበረ ፈንጂ አንድ መኪና አጋየ', 'Remote explosive/landmine/IED'),
        ('አንድ አጥፍቶ ጠፊ በፍተሻ ኬላው ላይ ራሱን አፈነዳ', 'Suicide bomb'),
        ('ያልታወቁ ታጣቂዎች በአውቶቡሱ ላይ ተኩስ ከፈቱ', 'Attack'),
        ('ሶስት የእርዳታ ሰራተኞች በመንገድ ላይ ታግተዋል', 'Abduction/forced disappearance'),
        ('መምህራን ደመወዝ እንዲጨመር የተቃውሞ ሰልፍ አካሂደዋል', 'Peaceful protest'),
        ('በከተማው ሁከት ተቀስቅሶ ሱቆች ተዘጉ', 'Violent demonstration'),
        ('ፖሊስ አስራ ሁለት ተጠርጣሪዎች በቁጥጥር ስር ውለዋል ብሏል', 'Arrests'),
        ('ሁለቱ ወገኖች የሰላም ስምምነት ተፈራርመዋል', 'Agreement'),
    ],
    "so": [
        ('Dagaal culus ayaa ka dhacay duleedka magaalada', 'Armed clash'),
        ('Ciidamada ayaa dib ula wareegay degmada', 'Government regains territory'),
        ('Hoobiyayaal ayaa ku dhacay suuqa', 'Shelling/artillery/missile attack'),
        ('Duqeyn cirka ah ayaa lagu qaaday saldhig', 'Air/drone strike'),
        ('Miino lagu aasay waddada ayaa qaraxday', 'Remote explosive/landmine/IED'),
        ('Qarax ismiidaamin ah ayaa ka dhacay makhaayad', 'Suicide bomb'),
        ('Rag hubeysan ayaa weerar ku qaaday tuulada', 'Attack'),
        ('Saddex shaqaale gargaar ah ayaa la afduubay', 'Abduction/forced disappearance'),
        ('Macallimiinta ayaa dhigay banaanbax nabadeed', 'Peaceful protest'),
        ('Rabshado ayaa ka dhacay suuqa weyn', 'Violent demonstration'),
        ('Booliska ayaa sheegay in la xiray toban qof', 'Arrests'),
        ('Labada dhinac ayaa gaaray heshiis nabadeed', 'Agreement'),
    ],
    "ha": [
        ('An yi musayar wuta tsakanin sojoji da maharan', 'Armed clash'),
        ('Sojoji sun sake kwace iko da garin', 'Government regains territory'),
        ('Makaman atilari sun faɗa kan kasuwar', 'Shelling/artillery/missile attack'),
        ('Harin sama ya faɗa kan sansanin mayaƙan', 'Air/drone strike'),
        ('Nakiya da aka dasa a hanya ta tashi da mota', 'Remote explosive/landmine/IED'),
        ("Wata 'yar ƙunar baƙin wake ta tayar da bam a kasuwa", 'Suicide bomb'),
        ('Wasu mutane sun buɗe wuta a kan matafiya', 'Attack'),
        ('Masu garkuwa da mutane sun yi awon gaba da manoma', 'Abduction/forced disappearance'),
        ('Malamai sun gudanar da zanga-zangar lumana', 'Peaceful protest'),
        ('Tarzoma ta ɓarke a cikin gari', 'Violent demonstration'),
        ("'Yan sanda sun ce an kama mutane goma", 'Arrests'),
        ('Ɓangarorin biyu sun cimma yarjejeniyar zaman lafiya', 'Agreement'),
    ],
    "az": [
        ("Hökumət qüvvələri sərhəd postu yaxınlığında üsyançılarla saatlarla atışma aparıb.", "Armed clash"),
        ("Ordu bir həftəlik döyüşlərdən sonra şəhəri işğaldan azad edib.", "Government regains territory"),
        ("Üç günlük mühasirədən sonra yaraqlılar kiçik qəsəbəni ələ keçiriblər.",
         "Non-state actor overtakes territory"),
        ("Gecə boyu davam edən artilleriya atəşi mərkəzi bazarı dağıdıb.", "Shelling/artillery/missile attack"),
        ("Dron hücumu magistral yolda karvanı vurub.", "Air/drone strike"),
        ("Yol kənarında basdırılmış minaya düşən maşında iki əsgər həlak olub.", "Remote explosive/landmine/IED"),
        ("İntiharçı yoxlama məntəqəsində özünü partladıb.", "Suicide bomb"),
        ("Naməlum şəxs restorana əl qumbarası atıb.", "Grenade"),
        ("Müstəntiqlər kimyəvi silah istifadəsinin izlərini aşkar ediblər.", "Chemical weapon"),
        ("Qurbanlar silahlı dəstənin cinsi zorakılığından şikayət ediblər.", "Sexual violence"),
        ("Silahlı şəxslər toy mərasimində dinc sakinlərə hücum ediblər.", "Attack"),
        ("Yaraqlılar yataqxanadan on bir tələbəni qaçırıblar.", "Abduction/forced disappearance"),
        ("Minlərlə insan hökumət binası qarşısında etiraz aksiyası keçirib.", "Peaceful protest"),
        ("Polis aksiyanı gözyaşardıcı qazla dağıdıb.", "Protest with intervention"),
        ("Təhlükəsizlik qüvvələri meydanda etirazçılara atəş açıb.", "Excessive force against protesters"),
        ("Məhkəmənin qərarından sonra paytaxtda iğtişaşlar baş verib.", "Violent demonstration"),
        ("Qəzəbli izdiham oğurluqda şübhəli bilinən kişini döyüb.", "Mob violence"),
        ("Polis çərşənbə axşamı müxalifət liderini evində həbs edib.", "Arrests"),
        ("Tərəflər paytaxtda atəşkəs razılaşması imzalayıblar.", "Agreement"),
        ("Hava hücumundan müdafiə sistemləri şəhər üzərində üç dronu vurub salıb.", "Disrupted weapons use"),
        ("Silahlı qrup tərk edilmiş məktəbdə baza qurub.", "Headquarters or base established"),
        ("Quldurlar anbarı talan ediblər.", "Looting/property destruction"),
        ("Üsyançılar razılaşmaya əsasən qoşunlarını şəhərdən çıxarıblar.", "Non-violent transfer of territory"),
        ("Ordu sərhəd yaxınlığında səfərbərlik elan edib.", "Change to group/activity"),
        ("Prezident dörd rayonda komendant saatı tətbiq edib.", "Other"),
    ],
    "hy": [
        ("Կառավարական ուժերը ժամերով փոխհրաձգություն են ունեցել ապստամբների հետ սահմանային անցակետի մոտ։",
         "Armed clash"),
        ("Բանակը մեկշաբաթյա մարտերից հետո ազատագրել է քաղաքը։", "Government regains territory"),
        ("Երեքօրյա պաշարումից հետո զինյալները գրավել են փոքր ավանը։", "Non-state actor overtakes territory"),
        ("Գիշերային հրետակոծությունը ավերել է կենտրոնական շուկան։", "Shelling/artillery/missile attack"),
        ("Դրոնով ավիահարված է հասցվել մայրուղու վրա շարասյանը։", "Air/drone strike"),
        ("Ճանապարհի եզրին տեղադրված ականի վրա պայթել է մեքենան, երկու զինծառայող զոհվել է։",
         "Remote explosive/landmine/IED"),
        ("Մահապարտը ինքնապայթեցվել է անցակետում։", "Suicide bomb"),
        ("Անհայտ անձը նռնակ է նետել ռեստորան։", "Grenade"),
        ("Քննիչները հայտնաբերել են քիմիական զենքի կիրառման հետքեր։", "Chemical weapon"),
        ("Տուժողները բողոքել են զինված խմբի կողմից սեռական բռնությունից։", "Sexual violence"),
        ("Զինված անձինք հարսանիքի ժամանակ խաղաղ բնակիչների վրա հարձակում են գործել։", "Attack"),
        ("Զինյալները հանրակացարանից առևանգել են տասնմեկ ուսանողի։", "Abduction/forced disappearance"),
        ("Հազարավոր մարդիկ բողոքի ակցիա են անցկացրել կառավարության շենքի առջև։", "Peaceful protest"),
        ("Ոստիկանությունը արցունքաբեր գազով ցրել է հավաքը։", "Protest with intervention"),
        ("Անվտանգության ուժերը հրապարակում կրակ են բացել ցուցարարների վրա։", "Excessive force against protesters"),
        ("Դատարանի որոշումից հետո մայրաքաղաքում անկարգություններ են սկսվել։", "Violent demonstration"),
        ("Կատաղած ամբոխը ծեծել է գողության մեջ կասկածվող տղամարդուն։", "Mob violence"),
        ("Ոստիկանությունը երեքշաբթի ձերբակալել է ընդդիմության առաջնորդին։", "Arrests"),
        ("Կողմերը մայրաքաղաքում ստորագրել են հրադադարի համաձայնագիր։", "Agreement"),
        ("Հակաօդային պաշտպանությունը քաղաքի վրա խոցել է երեք անօդաչու սարք։", "Disrupted weapons use"),
        ("Զինված խումբը լքված դպրոցում բազա է ստեղծել։", "Headquarters or base established"),
        ("Ավազակները թալանել են պահեստը։", "Looting/property destruction"),
        ("Ապստամբները համաձայնության համաձայն քաղաքից զորքերի դուրսբերում են իրականացրել։",
         "Non-violent transfer of territory"),
        ("Բանակը սահմանի մոտ զորահավաք է հայտարարել։", "Change to group/activity"),
        ("Նախագահը չորս մարզում պարետային ժամ է սահմանել։", "Other"),
    ],
    "ka": [
        ("სამთავრობო ძალებსა და აჯანყებულებს შორის სასაზღვრო პუნქტთან საათობით ურთიერთსროლა მიმდინარეობდა.",
         "Armed clash"),
        ("არმიამ ერთკვირიანი ბრძოლის შემდეგ ქალაქი გაათავისუფლა.", "Government regains territory"),
        ("სამდღიანი ალყის შემდეგ ბოევიკებმა პატარა დაბა დაიპყრეს.", "Non-state actor overtakes territory"),
        ("ღამით საარტილერიო დაბომბვამ ცენტრალური ბაზარი დაანგრია.", "Shelling/artillery/missile attack"),
        ("საჰაერო დარტყმამ ავტომაგისტრალზე კოლონა გაანადგურა.", "Air/drone strike"),
        ("გზისპირა ნაღმზე აფეთქდა მანქანა და ორი ჯარისკაცი დაიღუპა.", "Remote explosive/landmine/IED"),
        ("თვითმკვლელმა ტერორისტმა საგუშაგოზე თავი აიფეთქა.", "Suicide bomb"),
        ("უცნობმა პირმა რესტორანში ყუმბარა ისროლა.", "Grenade"),
        ("გამომძიებლებმა ქიმიური იარაღის გამოყენების კვალი აღმოაჩინეს.", "Chemical weapon"),
        ("დაზარალებულები შეიარაღებული დაჯგუფების მხრიდან სექსუალურ ძალადობას უჩივიან.", "Sexual violence"),
        ("შეიარაღებული პირები ქორწილზე მშვიდობიან მოსახლეობაზე თავდასხმას ახორციელებდნენ.", "Attack"),
        ("ბოევიკებმა საერთო საცხოვრებლიდან თერთმეტი სტუდენტი გაიტაცეს.", "Abduction/forced disappearance"),
        ("ათასობით ადამიანმა მთავრობის შენობასთან საპროტესტო აქცია გამართა.", "Peaceful protest"),
        ("პოლიციამ შეკრება ცრემლსადენი გაზით დაშალა.", "Protest with intervention"),
        ("უსაფრთხოების ძალებმა მოედანზე დემონსტრანტებს ესროლეს.", "Excessive force against protesters"),
        ("სასამართლოს გადაწყვეტილების შემდეგ დედაქალაქში არეულობა დაიწყო.", "Violent demonstration"),
        ("გაბრაზებულმა ბრბომ ქურდობაში ეჭვმიტანილი კაცი სცემა.", "Mob violence"),
        ("პოლიციამ სამშაბათს ოპოზიციის ლიდერი სახლში დააკავა.", "Arrests"),
        ("მხარეებმა დედაქალაქში ცეცხლის შეწყვეტის შეთანხმებას ხელი მოაწერეს.", "Agreement"),
        ("საჰაერო თავდაცვამ ქალაქის თავზე სამი დრონი ჩამოაგდო.", "Disrupted weapons use"),
        ("შეიარაღებულმა დაჯგუფებამ მიტოვებულ სკოლაში ბაზა მოაწყო.", "Headquarters or base established"),
        ("ყაჩაღებმა საწყობი გაძარცვეს.", "Looting/property destruction"),
        ("შეთანხმების თანახმად, აჯანყებულებმა ქალაქიდან ჯარები გაიყვანეს.", "Non-violent transfer of territory"),
        ("არმიამ საზღვართან მობილიზაცია გამოაცხადა.", "Change to group/activity"),
        ("პრეზიდენტმა ოთხ რეგიონში კომენდანტის საათი დააწესა.", "Other"),
    ],
    "cs": [
        ("Vládní vojska a povstalci se střetli nedaleko hraničního přechodu.", "Armed clash"),
        ("Armáda po týdnu znovu získala kontrolu nad městem.", "Government regains territory"),
        ("Po třídenním obléhání povstalci ovládli malé město.", "Non-state actor overtakes territory"),
        ("Dělostřelecká palba v noci zasáhla tržnici.", "Shelling/artillery/missile attack"),
        ("Útok dronů zničil kolonu na dálnici.", "Air/drone strike"),
        ("Nákladní auto najelo na protitankovou minu.", "Remote explosive/landmine/IED"),
        ("Sebevražedný atentátník se odpálil na kontrolním stanovišti.", "Suicide bomb"),
        ("Muž hodil granát do zaplněného baru.", "Grenade"),
        ("Inspektoři našli důkazy o použití chemických zbraní.", "Chemical weapon"),
        ("Přeživší popsali sexuální násilí ze strany ozbrojenců.", "Sexual violence"),
        ("Ozbrojenci spáchali ve vesnici masakr.", "Attack"),
        ("Neznámí pachatelé unesli dva inženýry.", "Abduction/forced disappearance"),
        ("Tisíce lidí protestovaly před parlamentem.", "Peaceful protest"),
        ("Policie použila slzný plyn proti davu.", "Protest with intervention"),
        ("Vojáci stříleli do demonstrantů na náměstí.", "Excessive force against protesters"),
        ("Po verdiktu vypukly v hlavním městě nepokoje.", "Violent demonstration"),
        ("Rozzuřený dav zlynčoval muže obviněného z krádeže.", "Mob violence"),
        ("Policie zatkla deset podezřelých.", "Arrests"),
        ("Strany podepsaly dohodu o příměří.", "Agreement"),
        ("Protivzdušná obrana sestřelila tři drony nad městem.", "Disrupted weapons use"),
        ("Ozbrojenci zřídili základnu v opuštěné škole.", "Headquarters or base established"),
        ("Výtržníci vyrabovali sklad s potravinami.", "Looting/property destruction"),
        ("Povstalci se podle dohody stáhli z města bez boje.", "Non-violent transfer of territory"),
        ("Vláda vyhlásila všeobecnou mobilizaci.", "Change to group/activity"),
        ("Prezident vyhlásil ve čtyřech krajích stanné právo.", "Other"),
    ],
    "sh": [
        ("Vladine snage i pobunjenici sukobili su se kod graničnog prelaza.", "Armed clash"),
        ("Vojska je nakon sedmicu dana povratila kontrolu nad gradom.", "Government regains territory"),
        ("Nakon trodnevne opsade pobunjenici su preuzeli kontrolu nad gradićem.",
         "Non-state actor overtakes territory"),
        ("Артиљеријска ватра током ноћи погодила је пијацу.", "Shelling/artillery/missile attack"),
        ("Napad dronom uništio je konvoj na autoputu.", "Air/drone strike"),
        ("Kamion je naišao na protivtenkovsku minu.", "Remote explosive/landmine/IED"),
        ("Bombaš samoubica raznio se na kontrolnom punktu.", "Suicide bomb"),
        ("Muškarac je bacio ručnu granatu u prepun kafić.", "Grenade"),
        ("Inspektori su pronašli dokaze o upotrebi hemijskog oružja.", "Chemical weapon"),
        ("Preživjeli su opisali seksualno nasilje naoružanih ljudi.", "Sexual violence"),
        ("Naoružani ljudi počinili su masakr u selu.", "Attack"),
        ("Nepoznati napadači oteli su dvojicu inženjera.", "Abduction/forced disappearance"),
        ("Хиљаде људи протестовале су испред скупштине.", "Peaceful protest"),
        ("Policija je upotrijebila suzavac protiv okupljenih.", "Protest with intervention"),
        ("Vojnici su pucali na demonstrante na trgu.", "Excessive force against protesters"),
        ("Nakon presude u glavnom gradu izbili su neredi.", "Violent demonstration"),
        ("Razjarena masa linčovala je muškarca optuženog za krađu.", "Mob violence"),
        ("Полиција је ухапсила десет осумњичених.", "Arrests"),
        ("Strane su potpisale sporazum o prekidu vatre.", "Agreement"),
        ("Protivvazdušna odbrana oborila je tri drona iznad grada.", "Disrupted weapons use"),
        ("Naoružana grupa uspostavila je bazu u napuštenoj školi.", "Headquarters or base established"),
        ("Izgrednici su opljačkali skladište hrane.", "Looting/property destruction"),
        ("Pobunjenici su se prema sporazumu povukli iz grada bez borbe.", "Non-violent transfer of territory"),
        ("Vlada je proglasila opštu mobilizaciju.", "Change to group/activity"),
        ("Predsjednik je uveo policijski sat u četiri općine.", "Other"),
    ],
    "el": [
        ("Κυβερνητικές δυνάμεις και αντάρτες συγκρούστηκαν κοντά στο συνοριακό πέρασμα.", "Armed clash"),
        ("Ο στρατός ανακατέλαβε την πόλη μετά από μία εβδομάδα.", "Government regains territory"),
        ("Μετά από τριήμερη πολιορκία οι αντάρτες πήραν τον έλεγχο της κωμόπολης.",
         "Non-state actor overtakes territory"),
        ("Πυρά πυροβολικού έπληξαν την αγορά κατά τη διάρκεια της νύχτας.", "Shelling/artillery/missile attack"),
        ("Αεροπορική επιδρομή κατέστρεψε μια φάλαγγα στον αυτοκινητόδρομο.", "Air/drone strike"),
        ("Ένα φορτηγό πάτησε αντιαρματική νάρκη.", "Remote explosive/landmine/IED"),
        ("Βομβιστής αυτοκτονίας αυτοανατινάχθηκε σε σημείο ελέγχου.", "Suicide bomb"),
        ("Ένας άνδρας πέταξε χειροβομβίδα σε γεμάτο μπαρ.", "Grenade"),
        ("Οι επιθεωρητές βρήκαν στοιχεία για χρήση χημικών όπλων.", "Chemical weapon"),
        ("Οι επιζώντες περιέγραψαν σεξουαλική βία από τους ενόπλους.", "Sexual violence"),
        ("Ένοπλοι διέπραξαν σφαγή στο χωριό.", "Attack"),
        ("Άγνωστοι δράστες απήγαγαν δύο μηχανικούς.", "Abduction/forced disappearance"),
        ("Χιλιάδες πολίτες διαδήλωσαν έξω από τη Βουλή.", "Peaceful protest"),
        ("Η αστυνομία έκανε χρήση δακρυγόνων κατά του πλήθους.", "Protest with intervention"),
        ("Στρατιώτες πυροβόλησαν διαδηλωτές στην πλατεία.", "Excessive force against protesters"),
        ("Μετά την ετυμηγορία ξέσπασαν ταραχές στην πρωτεύουσα.", "Violent demonstration"),
        ("Εξαγριωμένο πλήθος λιντσάρισε έναν άνδρα που κατηγορήθηκε για κλοπή.", "Mob violence"),
        ("Η αστυνομία συνέλαβε δέκα υπόπτους.", "Arrests"),
        ("Οι δύο πλευρές υπέγραψαν συμφωνία κατάπαυσης πυρός.", "Agreement"),
        ("Η αντιαεροπορική άμυνα κατέρριψε τρία drones πάνω από την πόλη.", "Disrupted weapons use"),
        ("Η ένοπλη ομάδα δημιούργησε βάση σε ένα εγκαταλελειμμένο σχολείο.", "Headquarters or base established"),
        ("Ταραξίες λεηλάτησαν αποθήκη τροφίμων.", "Looting/property destruction"),
        ("Οι αντάρτες αποχώρησαν από την πόλη χωρίς μάχη, όπως προέβλεπε η συμφωνία.",
         "Non-violent transfer of territory"),
        ("Η κυβέρνηση κήρυξε γενική επιστράτευση.", "Change to group/activity"),
        ("Ο πρόεδρος επέβαλε απαγόρευση κυκλοφορίας σε τέσσερις περιφέρειες.", "Other"),
    ],
    "ro": [
        ("Trupele guvernamentale și rebelii s-au ciocnit în apropierea frontierei.", "Armed clash"),
        ("Armata a recucerit orașul după o săptămână de lupte.", "Government regains territory"),
        ("Tirul de artilerie a lovit cartierul în timpul nopții.", "Shelling/artillery/missile attack"),
        ("Un atac aerian a distrus podul de peste râu.", "Air/drone strike"),
        ("Un camion a călcat pe o mină antitanc.", "Remote explosive/landmine/IED"),
        ("Un atentator sinucigaș s-a aruncat în aer în piață.", "Suicide bomb"),
        ("Bărbați înarmați au comis un masacru în sat.", "Attack"),
        ("Necunoscuți au răpit doi ingineri.", "Abduction/forced disappearance"),
        ("Mii de oameni au protestat în fața parlamentului.", "Peaceful protest"),
        ("În timpul tulburărilor au fost devastate magazine și ridicate baricade.", "Violent demonstration"),
        ("Poliția a arestat zece suspecți.", "Arrests"),
        ("Părțile au semnat un acord de încetare a focului.", "Agreement"),
    ],
    "hu": [
        ("A kormánycsapatok és a lázadók összecsaptak a határ közelében.", "Armed clash"),
        ("A hadsereg egy hét után visszafoglalta a várost.", "Government regains territory"),
        ("Az éjszakai tüzérségi támadás a lakónegyedet érte.", "Shelling/artillery/missile attack"),
        ("Egy légicsapás lerombolta a hidat.", "Air/drone strike"),
        ("A teherautó aknára futott az úton.", "Remote explosive/landmine/IED"),
        ("Egy öngyilkos merénylő felrobbantotta magát a piacon.", "Suicide bomb"),
        ("Fegyveresek mészárlást rendeztek a faluban.", "Attack"),
        ("Ismeretlenek elraboltak két mérnököt.", "Abduction/forced disappearance"),
        ("Több ezer tüntető vonult a parlament elé.", "Peaceful protest"),
        ("A zavargások során üzleteket rongáltak meg és barikádokat emeltek.", "Violent demonstration"),
        ("A rendőrség tíz gyanúsítottat letartóztatott.", "Arrests"),
        ("A felek tűzszüneti megállapodást írtak alá.", "Agreement"),
    ],
    "sv": [
        ("Regeringstrupper och rebeller drabbade samman nära gränsen i väpnade sammandrabbningar.", "Armed clash"),
        ("Armén återerövrade staden efter en veckas strider.", "Government regains territory"),
        ("Artilleribeskjutningen träffade bostadsområdet under natten.", "Shelling/artillery/missile attack"),
        ("Ett flyganfall förstörde bron över floden.", "Air/drone strike"),
        ("En lastbil körde på en mina utanför byn.", "Remote explosive/landmine/IED"),
        ("En självmordsbombare sprängde sig själv på torget.", "Suicide bomb"),
        ("Beväpnade män begick en massaker i byn.", "Attack"),
        ("Okända män kidnappade två ingenjörer.", "Abduction/forced disappearance"),
        ("Tusentals människor demonstrerade utanför parlamentet.", "Peaceful protest"),
        ("Under kravallerna restes barrikader och bilar sattes i brand.", "Violent demonstration"),
        ("Polisen grep tio misstänkta, uppger åklagaren.", "Arrests"),
        ("Parterna undertecknade ett avtal om vapenvila.", "Agreement"),
    ],
    "da": [
        ("Regeringstropper og oprørere var i væbnede sammenstød nær grænsen.", "Armed clash"),
        ("Hæren generobrede byen efter en uges kampe.", "Government regains territory"),
        ("Artilleriangrebet ramte boligkvarteret i løbet af natten.", "Shelling/artillery/missile attack"),
        ("Et luftangreb ødelagde broen over floden.", "Air/drone strike"),
        ("En lastbil kørte på en mine uden for landsbyen.", "Remote explosive/landmine/IED"),
        ("En selvmordsbomber sprængte sig selv i luften på torvet.", "Suicide bomb"),
        ("Bevæbnede mænd begik en massakre i landsbyen.", "Attack"),
        ("Ukendte gerningsmænd bortførte to ingeniører.", "Abduction/forced disappearance"),
        ("Tusindvis af mennesker demonstrerede foran parlamentet.", "Peaceful protest"),
        ("Under urolighederne blev der rejst barrikader, og biler blev sat i brand.", "Violent demonstration"),
        ("Politiet anholdt ti mistænkte.", "Arrests"),
        ("Parterne underskrev en aftale om våbenhvile.", "Agreement"),
    ],
    "no": [
        ("Regjeringsstyrker og opprørere var i væpnede sammenstøt nær grensen.", "Armed clash"),
        ("Hæren gjenerobret byen etter en ukes kamper.", "Government regains territory"),
        ("Rakettangrepet traff boligområdet i løpet av natten.", "Shelling/artillery/missile attack"),
        ("Et luftangrep ødela brua over elva.", "Air/drone strike"),
        ("En lastebil kjørte på en mine utenfor landsbyen.", "Remote explosive/landmine/IED"),
        ("En selvmordsbomber sprengte seg selv på torget.", "Suicide bomb"),
        ("Væpnede menn begikk en massakre i landsbyen.", "Attack"),
        ("Ukjente gjerningsmenn kidnappet to ingeniører.", "Abduction/forced disappearance"),
        ("Tusenvis av mennesker demonstrerte foran Stortinget.", "Peaceful protest"),
        ("Under opptøyene ble barrikader satt opp og biler satt i brann.", "Violent demonstration"),
        ("Politiet pågrep ti mistenkte.", "Arrests"),
        ("Partene undertegnet en avtale om våpenhvile.", "Agreement"),
    ],
    "fi": [
        ("Hallituksen joukot ja kapinalliset ottivat yhteen rajan lähellä aseellisissa yhteenotoissa.", "Armed clash"),
        ("Armeija valtasi takaisin kaupungin viikon taisteluiden jälkeen.", "Government regains territory"),
        ("Tykistötuli osui asuinalueelle yöllä.", "Shelling/artillery/missile attack"),
        ("Ilmaisku tuhosi joen ylittävän sillan.", "Air/drone strike"),
        ("Kuorma-auto ajoi miinaan kylän ulkopuolella.", "Remote explosive/landmine/IED"),
        ("Itsemurhapommittaja räjäytti itsensä torilla.", "Suicide bomb"),
        ("Asemiehet tekivät verilöylyn kylässä.", "Attack"),
        ("Tuntemattomat miehet sieppasivat kaksi insinööriä.", "Abduction/forced disappearance"),
        ("Tuhannet ihmiset osoittivat mieltään eduskuntatalon edessä.", "Peaceful protest"),
        ("Mellakoissa pystytettiin barrikadeja ja heiteltiin kiviä.", "Violent demonstration"),
        ("Poliisi pidätti kymmenen epäiltyä.", "Arrests"),
        ("Osapuolet allekirjoittivat tulitaukosopimuksen.", "Agreement"),
    ],
    "sq": [
        ("Forcat qeveritare dhe rebelët u përleshën pranë kufirit.", "Armed clash"),
        ("Ushtria rimori qytetin pas një jave luftimesh.", "Government regains territory"),
        ("Granatimi i artilerisë goditi lagjen gjatë natës.", "Shelling/artillery/missile attack"),
        ("Një sulm ajror shkatërroi urën mbi lumë.", "Air/drone strike"),
        ("Një kamion shkeli një minë jashtë fshatit.", "Remote explosive/landmine/IED"),
        ("Një atentator vetëvrasës u hodh në erë në shesh.", "Suicide bomb"),
        ("Persona të armatosur kryen një masakër në fshat.", "Attack"),
        ("Persona të panjohur rrëmbyen dy inxhinierë.", "Abduction/forced disappearance"),
        ("Mijëra njerëz protestuan para parlamentit.", "Peaceful protest"),
        ("Gjatë trazirave u ngritën barrikada dhe u dogjën makina.", "Violent demonstration"),
        ("Policia arrestoi dhjetë të dyshuar.", "Arrests"),
        ("Palët nënshkruan një marrëveshje armëpushimi.", "Agreement"),
    ],
}

# (text, outcome labels in order), per language; several inflected forms.
OUTCOME_CASES: dict[str, list[tuple[str, list[str]]]] = {
    "en": [("Five people were killed, dozens injured and two remain missing.", ["killed", "wounded", "missing"]),
           ("The death toll rose as 300 families fled their homes.", ["killed", "displaced"])],
    "id": [("Tiga orang tewas, 12 lainnya luka-luka dan dua masih hilang.", ["killed", "wounded", "missing"]),
           ("Perang itu merenggut nyawa ribuan orang dan ratusan warga mengungsi.", ["killed", "displaced"])],
    "es": [("Doce personas murieron y otras veinte resultaron heridas.", ["killed", "wounded"]),
           ("Hallaron sin vida a dos secuestrados.", ["killed", "abducted"])],
    "fr": [("L'attaque a fait trois morts et une dizaine de blessés.", ["killed", "wounded"]),
           ("Deux soldats ont été tués et un autre porté disparu.", ["killed", "missing"])],
    "ru": [("Трое военных погибли, пятеро получили ранения.", ["killed", "wounded"]),
           ("Число погибших выросло, раненых доставили в больницу.", ["killed", "wounded"])],
    "uk": [("Троє людей загинули, ще п'ятеро дістали поранення.", ["killed", "wounded"]),
           ("Серед загиблих двоє дітей, ще троє вважаються зниклими безвісти.", ["killed", "missing"])],
    "ar": [("قتل خمسة أشخاص وأصيب عشرة آخرون بجروح.", ["killed", "wounded", "wounded"]),
           ("ارتفع عدد القتلى ونزح آلاف السكان.", ["killed", "displaced"])],
    "pt": [("Doze pessoas morreram e outras vinte ficaram feridas.", ["killed", "wounded"]),
           ("Dois jornalistas continuam desaparecidos e 300 famílias foram deslocadas.", ["missing", "displaced"])],
    "de": [("Zwölf Menschen wurden getötet und zwanzig verletzt.", ["killed", "wounded"]),
           ("Zwei Journalisten werden vermisst, 300 Familien wurden vertrieben.", ["missing", "displaced"])],
    "tr": [("On iki kişi hayatını kaybetti, yirmi kişi yaralandı.", ["killed", "wounded"]),
           ("İki gazeteciden haber alınamıyor ve 300 aile yerinden edildi.", ["missing", "displaced"])],
    "it": [("Dodici persone sono morte e altre venti sono rimaste ferite.", ["killed", "wounded"]),
           ("Due giornalisti risultano dispersi e 300 famiglie sono state sfollate.", ["missing", "displaced"])],
    "pl": [("Dwanaście osób zginęło, a dwadzieścia zostało rannych.", ["killed", "wounded"]),
           ("Dwóch dziennikarzy uznano za zaginionych, a 300 rodzin ewakuowano.", ["missing", "displaced"])],
    "nl": [("Twaalf mensen kwamen om en twintig raakten gewond.", ["killed", "wounded"]),
           ("Twee journalisten worden vermist en 300 gezinnen zijn geëvacueerd.", ["missing", "displaced"])],
    "vi": [("Mười hai người thiệt mạng và hai mươi người khác bị thương.", ["killed", "wounded"]),
           ("Hai nhà báo mất tích và 300 gia đình phải sơ tán.", ["missing", "displaced"])],
    "zh": [("十二人死亡，另有二十人受伤。", ["killed", "wounded"]),
           ("两名记者失踪，300个家庭被迫撤离。", ["missing", "displaced"])],
    "ja": [("12人が死亡し、20人が負傷した。", ["killed", "wounded"]),
           ("記者2人が行方不明となり、300世帯が避難した。", ["missing", "displaced"])],
    "fa": [("دوازده نفر کشته شدند و بیست نفر دیگر زخمی شدند.", ["killed", "wounded"]),
           ("دو خبرنگار مفقود شدند و ۳۰۰ خانواده آواره شدند.", ["missing", "displaced"])],
    "sw": [("Watu kumi na wawili waliuawa na wengine ishirini walijeruhiwa.", ["killed", "wounded"]),
           ("Waandishi wawili wa habari hawajulikani walipo na familia 300 zimehamishwa.", ["missing", "displaced"])],
    "he": [("שנים עשר בני אדם נהרגו ועשרים נוספים נפצעו.", ["killed", "wounded"]),
           ("שני עיתונאים נעדרים ו-300 משפחות פונו מבתיהם.", ["missing", "displaced"])],
    "ko": [("12명이 숨지고 20명이 다쳤다.", ["killed", "wounded"]),
           ("기자 2명이 실종됐고 300가구가 대피했다.", ["missing", "displaced"])],
    "hi": [("बारह लोग मारे गए और बीस अन्य घायल हो गए।", ["killed", "wounded"]),
           ("दो पत्रकार लापता हैं और 300 परिवार विस्थापित हुए।", ["missing", "displaced"])],
    "ur": [("بارہ افراد ہلاک ہو گئے اور بیس دیگر زخمی ہوئے۔", ["killed", "wounded"]),
           ("دو صحافی لاپتہ ہیں اور 300 خاندان بے گھر ہو گئے۔", ["missing", "displaced"])],
    "bn": [("বারোজন নিহত এবং আরও বিশজন আহত হয়েছেন।", ["killed", "wounded"]),
           ("দুই সাংবাদিক নিখোঁজ এবং ৩০০ পরিবার বাস্তুচ্যুত হয়েছে।", ["missing", "displaced"])],
    "th": [("มีผู้เสียชีวิตสิบสองคนและบาดเจ็บอีกยี่สิบคน", ["killed", "wounded"]),
           ("นักข่าวสองคนสูญหายและ 300 ครอบครัวต้องอพยพ", ["missing", "displaced"])],
    "ms": [("Tiga orang maut, 12 yang lain cedera dan dua masih hilang.", ["killed", "wounded", "missing"]),
           ("Perang itu meragut ribuan nyawa dan ratusan penduduk terpaksa berpindah.", ["killed", "displaced"])],
    "ps": [('دولس تنه ووژل شول او شل نور ټپیان شول.', ['killed', 'wounded']),
           ('دوه خبریالان ورک دي او ۳۰۰ کورنۍ بې ځایه شوي.', ['missing', 'displaced'])],
    "ne": [('बाह्र जना मारिए र थप बीस जना घाइते भए।', ['killed', 'wounded']),
           ('दुई पत्रकार बेपत्ता छन् र ३०० परिवार विस्थापित भएका छन्।', ['missing', 'displaced'])],
    "ta": [('பன்னிரண்டு பேர் உயிரிழந்தனர், மேலும் இருபது பேர் காயமடைந்தனர்.', ['killed', 'wounded']),
           ('இரண்டு பத்திரிகையாளர்கள் காணாமல் போயினர், 300 குடும்பங்கள் இடம்பெயர்ந்தனர்.', ['missing', 'displaced'])],
    "am": [('አምስት ሰዎች ተገድለዋል ሌሎች ሰባት ቆስለዋል', ['killed', 'wounded']),
           ('ሁለት ጋዜጠኞች የደረሱበት አልታወቀም በሺዎች የሚቆጠሩ ተፈናቅለዋል', ['missing', 'displaced'])],
    "so": [('Shan qof ayaa ku dhintay, toddoba kalena way dhaawacmeen', ['killed', 'wounded']),
           ("Laba wariye ayaa la la'yahay, boqolaal qoysna way barakaceen", ['missing', 'displaced'])],
    "ha": [('Mutane biyar sun mutu, bakwai kuma sun jikkata', ['killed', 'wounded']),
           ('An cafke mutum uku yayin da aka sace wasu biyu', ['arrested', 'abducted'])],
    "az": [("On iki nəfər həlak olub, daha iyirmi nəfər yaralanıb.", ["killed", "wounded"]),
           ("İki jurnalist itkin düşüb, 300 ailə məcburi köçkünə çevrilib.", ["missing", "displaced"])],
    "hy": [("Տասներկու մարդ զոհվել է, ևս քսանը վիրավորվել են։", ["killed", "wounded"]),
           ("Երկու լրագրող անհետ կորել է, 300 ընտանիք տեղահանվել է։", ["missing", "displaced"])],
    "ka": [("თორმეტი ადამიანი დაიღუპა, კიდევ ოცი დაიჭრა.", ["killed", "wounded"]),
           ("ორი ჟურნალისტი დაიკარგა, 300 ოჯახი კი დევნილი გახდა.", ["missing", "displaced"])],
    "cs": [("Dvanáct lidí zahynulo a dvacet dalších bylo zraněno.", ["killed", "wounded"]),
           ("Dva novináři jsou pohřešováni a 300 rodin bylo evakuováno.", ["missing", "displaced"])],
    "sh": [("Dvanaest ljudi je poginulo, a dvadeset ih je ranjeno.", ["killed", "wounded"]),
           ("Два новинара се воде као нестали, а 300 породица је евакуисано.", ["missing", "displaced"])],
    "el": [("Δώδεκα άνθρωποι σκοτώθηκαν και είκοσι τραυματίστηκαν.", ["killed", "wounded"]),
           ("Δύο δημοσιογράφοι αγνοούνται και 300 οικογένειες εκκενώθηκαν.", ["missing", "displaced"])],
    "ro": [("Doisprezece oameni au murit și alți douăzeci au fost răniți.", ["killed", "wounded"]),
           ("Doi jurnaliști sunt dați dispăruți și 300 de familii au fost evacuate.", ["missing", "displaced"])],
    "hu": [("Tizenkét ember meghalt, húszan megsebesültek.", ["killed", "wounded"]),
           ("Két újságíró eltűnt, és 300 családot kitelepítettek.", ["missing", "displaced"])],
    "sv": [("Tolv personer dödades och tjugo skadades.", ["killed", "wounded"]),
           ("Två journalister saknas och 300 familjer har evakuerats.", ["missing", "displaced"])],
    "da": [("Tolv mennesker blev dræbt, og tyve blev såret.", ["killed", "wounded"]),
           ("To journalister er savnet, og 300 familier er blevet evakueret.", ["missing", "displaced"])],
    "no": [("Tolv mennesker ble drept og tjue skadet.", ["killed", "wounded"]),
           ("To journalister er savnet, og 300 familier er evakuert.", ["missing", "displaced"])],
    "fi": [("Kaksitoista ihmistä kuoli ja kaksikymmentä haavoittui.", ["killed", "wounded"]),
           ("Kaksi toimittajaa on kateissa ja 300 perhettä evakuoitiin.", ["missing", "displaced"])],
    "sq": [("Dymbëdhjetë persona u vranë dhe njëzet u plagosën.", ["killed", "wounded"]),
           ("Dy gazetarë janë të zhdukur dhe 300 familje u evakuuan.", ["missing", "displaced"])],
}

# (text, group labels in order), per language.
GROUP_CASES: dict[str, tuple[str, list[str]]] = {
    "en": ("Four soldiers, two policemen and six civilians, including three children, died.",
           ["soldiers", "police", "civilians", "children"]),
    "id": ("Dua prajurit, seorang polisi dan tujuh warga sipil, termasuk tiga anak-anak, tewas.",
           ["soldiers", "police", "civilians", "children"]),
    "es": ("Murieron cuatro soldados, dos policías y seis civiles, entre ellos tres niños.",
           ["soldiers", "police", "civilians", "children"]),
    "fr": ("Quatre soldats, deux policiers et six civils, dont trois enfants, ont péri.",
           ["soldiers", "police", "civilians", "children"]),
    "ru": ("Погибли четыре военнослужащих, два полицейских и шесть мирных жителей, в том числе трое детей.",
           ["soldiers", "police", "civilians", "children"]),
    "uk": ("Загинули четверо військовослужбовців, двоє поліцейських і шестеро цивільних, серед них троє дітей.",
           ["soldiers", "police", "civilians", "children"]),
    "ar": ("قتل أربعة جنود وشرطيان وستة مدنيين بينهم ثلاثة أطفال.",
           ["soldiers", "police", "civilians", "children"]),
    "pt": ("Morreram quatro soldados, dois policiais e seis civis, entre eles três crianças.",
           ["soldiers", "police", "civilians", "children"]),
    "de": ("Vier Soldaten, zwei Polizisten und sechs Zivilisten, darunter drei Kinder, starben.",
           ["soldiers", "police", "civilians", "children"]),
    "tr": ("Dört asker, iki polis ve altı sivil, aralarında üç çocuk, hayatını kaybetti.",
           ["soldiers", "police", "civilians", "children"]),
    "it": ("Sono morti quattro soldati, due poliziotti e sei civili, tra cui tre bambini.",
           ["soldiers", "police", "civilians", "children"]),
    "pl": ("Zginęło czterech żołnierzy, dwóch policjantów i sześciu cywilów, w tym troje dzieci.",
           ["soldiers", "police", "civilians", "children"]),
    "nl": ("Vier soldaten, twee agenten en zes burgers, onder wie drie kinderen, kwamen om.",
           ["soldiers", "police", "civilians", "children"]),
    "vi": ("Bốn binh sĩ, hai cảnh sát và sáu dân thường, trong đó có ba trẻ em, đã thiệt mạng.",
           ["soldiers", "police", "civilians", "children"]),
    "zh": ("四名士兵、两名警察和六名平民遇难，其中包括三名儿童。", ["soldiers", "police", "civilians", "children"]),
    "ja": ("兵士4人、警察官2人、民間人6人が死亡し、うち3人は子どもだった。",
           ["soldiers", "police", "civilians", "children"]),
    "fa": ("چهار سرباز، دو مامور پلیس و شش غیرنظامی از جمله سه کودک کشته شدند.",
           ["soldiers", "police", "civilians", "children"]),
    "sw": ("Wanajeshi wanne, polisi wawili na raia sita, wakiwemo watoto watatu, waliuawa.",
           ["soldiers", "police", "civilians", "children"]),
    "he": ("ארבעה חיילים, שני שוטרים ושישה אזרחים נהרגו, בהם שלושה ילדים.",
           ["soldiers", "police", "civilians", "children"]),
    "ko": ("군인 4명, 경찰관 2명, 민간인 6명이 숨졌으며 이 가운데 3명은 어린이였다.",
           ["soldiers", "police", "civilians", "children"]),
    "hi": ("चार सैनिक, दो पुलिसकर्मी और छह नागरिक, जिनमें तीन बच्चे थे, मारे गए।",
           ["soldiers", "police", "civilians", "children"]),
    "ur": ("چار فوجی، دو پولیس اہلکار اور چھ شہری، جن میں تین بچے شامل تھے، جاں بحق ہو گئے۔",
           ["soldiers", "police", "civilians", "children"]),
    "bn": ("চারজন সৈনিক, দুজন পুলিশ সদস্য ও ছয়জন বেসামরিক নাগরিক নিহত হয়েছেন, যাদের মধ্যে তিনটি শিশু।",
           ["soldiers", "police", "civilians", "children"]),
    "th": ("ทหารสี่นาย ตำรวจสองนาย และพลเรือนหกคนเสียชีวิต ในจำนวนนี้เป็นเด็กสามคน",
           ["soldiers", "police", "civilians", "children"]),
    "ms": ("Dua askar, seorang anggota polis dan tujuh orang awam, termasuk tiga kanak-kanak, terbunuh.",
           ["soldiers", "police", "civilians", "children"]),
    "ps": ('څلور سرتېري، دوه پولیس او شپږ ملکي وګړي چې درې ماشومان پکې وو ووژل شول.',
           ['soldiers', 'police', 'civilians', 'children']),
    "ne": ('चार सैनिक, दुई प्रहरी र छ सर्वसाधारण मारिए, जसमा तीन बालबालिका छन्।',
           ['soldiers', 'police', 'civilians', 'children']),
    "ta": ('நான்கு ராணுவ வீரர்கள், இரண்டு காவலர்கள், ஆறு பொதுமக்கள் உயிரிழந்தனர், அவர்களில் மூன்று குழந்தைகள்.',
           ['soldiers', 'police', 'civilians', 'children']),
    "am": ('አራት ወታደሮች ሁለት የፖሊስ አባላት እና ስድስት ሰላማዊ ሰዎች ተገድለዋል ከነሱም ሶስቱ ህፃናት ናቸው',
           ['soldiers', 'police', 'civilians', 'children']),
    "so": ('Afar askari, laba booliis iyo lix shacab ah ayaa dhintay, oo ay ku jiraan saddex carruur ah',
           ['soldiers', 'police', 'civilians', 'children']),
    "ha": ("Sojoji huɗu, 'yan sanda biyu da fararen hula shida sun mutu, ciki har da yara uku",
           ['soldiers', 'police', 'civilians', 'children']),
    "az": ("Dörd hərbçi, iki polis və altı mülki şəxs həlak olub, onlardan üçü uşaqdır.",
           ["soldiers", "police", "civilians", "children"]),
    "hy": ("Չորս զինծառայող, երկու ոստիկան և վեց խաղաղ բնակիչ զոհվել են, որոնցից երեքը երեխաներ են։",
           ["soldiers", "police", "civilians", "children"]),
    "ka": ("დაიღუპა ოთხი ჯარისკაცი, ორი პოლიციელი და ექვსი მშვიდობიანი მოქალაქე, მათ შორის სამი ბავშვი.",
           ["soldiers", "police", "civilians", "children"]),
    "cs": ("Zahynuli čtyři vojáci, dva policisté a šest civilistů, mezi nimi troje děti.",
           ["soldiers", "police", "civilians", "children"]),
    "sh": ("Poginula su četiri vojnika, dva policajca i šest civila, među njima troje djece.",
           ["soldiers", "police", "civilians", "children"]),
    "el": ("Σκοτώθηκαν τέσσερις στρατιώτες, δύο αστυνομικοί και έξι άμαχοι, ανάμεσά τους τρία παιδιά.",
           ["soldiers", "police", "civilians", "children"]),
    "ro": ("Patru soldați, doi polițiști și șase civili, printre care trei copii, au murit.",
           ["soldiers", "police", "civilians", "children"]),
    "hu": ("Négy katona, két rendőr és hat civil, köztük három gyerek halt meg.",
           ["soldiers", "police", "civilians", "children"]),
    "sv": ("Fyra soldater, två poliser och sex civila, bland dem tre barn, dödades.",
           ["soldiers", "police", "civilians", "children"]),
    "da": ("Fire soldater, to politibetjente og seks civile, heriblandt tre børn, blev dræbt.",
           ["soldiers", "police", "civilians", "children"]),
    "no": ("Fire soldater, to politibetjenter og seks sivile, blant dem tre barn, ble drept.",
           ["soldiers", "police", "civilians", "children"]),
    "fi": ("Neljä sotilasta, kaksi poliisia ja kuusi siviiliä, heidän joukossaan kolme lasta, kuoli.",
           ["soldiers", "police", "civilians", "children"]),
    "sq": ("Katër ushtarë, dy policë dhe gjashtë civilë, mes tyre tre fëmijë, u vranë.",
           ["soldiers", "police", "civilians", "children"]),
}

# (text, actor labels in order), per language.
ACTOR_CASES: dict[str, tuple[str, list[str]]] = {
    "en": ("The defence ministry said separatists shelled residential areas; police detained gunmen.",
           ["Ministry of Defence", "Separatists", "Civilians", "Police Forces", "Unidentified Armed Group"]),
    "id": ("Kementerian pertahanan menyatakan pasukan separatis menyerang permukiman sipil.",
           ["Ministry of Defence", "Separatists", "Civilians"]),
    "es": ("El ministerio de defensa informó que los guerrilleros atacaron a la policía.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "fr": ("Le ministère des armées affirme que des djihadistes ont attaqué des villageois.",
           ["Ministry of Defence", "Unidentified Armed Group", "Civilians"]),
    "ru": ("Министерство обороны сообщило, что боевики атаковали позиции ВСУ.",
           ["Ministry of Defence", "Unidentified Armed Group", "Military Forces"]),
    "uk": ("Міністерство оборони повідомило, що окупанти обстріляли житлові будинки.",
           ["Ministry of Defence", "Military Forces", "Civilians"]),
    "ar": ("قالت وزارة الدفاع إن الجيش صد هجوما للمسلحين على المدنيين.",
           ["Ministry of Defence", "Military Forces", "Unidentified Armed Group", "Civilians"]),
    "pt": ("O ministério da defesa informou que os guerrilheiros atacaram a polícia.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "de": ("Das Verteidigungsministerium teilte mit, Rebellen hätten die Polizei angegriffen.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "tr": ("Milli Savunma Bakanlığı, ayrılıkçıların polise saldırdığını açıkladı.",
           ["Ministry of Defence", "Separatists", "Police Forces"]),
    "it": ("Il ministero della difesa ha riferito che i ribelli hanno attaccato la polizia.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "pl": ("Ministerstwo obrony poinformowało, że rebelianci zaatakowali policję.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "nl": ("Het ministerie van Defensie meldde dat rebellen de politie hadden aangevallen.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "vi": ("Bộ Quốc phòng cho biết phiến quân đã tấn công cảnh sát.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "zh": ("国防部表示，叛军袭击了警察。", ["Ministry of Defence", "Rebels", "Police Forces"]),
    "ja": ("国防省によると、反政府勢力が警察を攻撃した。", ["Ministry of Defence", "Rebels", "Police Forces"]),
    "fa": ("وزارت دفاع اعلام کرد که شورشیان به پلیس حمله کردند.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "sw": ("Wizara ya ulinzi ilisema kwamba waasi walishambulia polisi.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "he": ("משרד הביטחון מסר כי המורדים תקפו את המשטרה.", ["Ministry of Defence", "Rebels", "Police Forces"]),
    "ko": ("국방부는 반군이 경찰을 공격했다고 밝혔다.", ["Ministry of Defence", "Rebels", "Police Forces"]),
    "hi": ("रक्षा मंत्रालय ने कहा कि विद्रोहियों ने पुलिस पर हमला किया।",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "ur": ("وزارت دفاع نے کہا کہ باغیوں نے پولیس پر حملہ کیا۔",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "bn": ("প্রতিরক্ষা মন্ত্রণালয় জানিয়েছে, বিদ্রোহীরা পুলিশের ওপর হামলা চালিয়েছে।",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "th": ("กระทรวงกลาโหมระบุว่ากลุ่มกบฏโจมตีตำรวจ",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "ms": ("Kementerian pertahanan menyatakan pasukan pemisah menyerang penempatan orang awam.",
           ["Ministry of Defence", "Separatists", "Civilians"]),
    "ps": ('د دفاع وزارت وویل چې وسله والو پر پولیسو برید وکړ.',
           ['Ministry of Defence', 'Rebels', 'Police Forces']),
    "ne": ('रक्षा मन्त्रालयले विद्रोहीले प्रहरीमाथि आक्रमण गरेको जनाएको छ।',
           ['Ministry of Defence', 'Rebels', 'Police Forces']),
    "ta": ('பாதுகாப்பு அமைச்சகம் தெரிவித்தது: கிளர்ச்சியாளர்கள் போலீசார் மீது தாக்குதல் நடத்தினர்.',
           ['Ministry of Defence', 'Rebels', 'Police Forces']),
    "am": ('የመከላከያ ሚኒስቴር አማፂያን ፖሊስ ላይ ጥቃት አድርሰዋል ብሏል',
           ['Ministry of Defence', 'Rebels', 'Police Forces']),
    "so": ('Wasaaradda gaashaandhigga ayaa sheegtay in fallaago ay weerareen booliska',
           ['Ministry of Defence', 'Rebels', 'Police Forces']),
    "ha": ("Ma'aikatar tsaro ta ce 'yan tawaye sun kai wa 'yan sanda hari",
           ['Ministry of Defence', 'Rebels', 'Police Forces']),
    "az": ("Müdafiə Nazirliyi bildirib ki, üsyançılar polisə hücum ediblər.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "hy": ("Պաշտպանության նախարարությունը հայտնել է, որ ապստամբները հարձակվել են ոստիկանության վրա։",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "ka": ("თავდაცვის სამინისტრომ განაცხადა, რომ აჯანყებულები პოლიციას დაესხნენ თავს.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "cs": ("Ministerstvo obrany uvedlo, že povstalci zaútočili na policii.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "sh": ("Ministarstvo odbrane saopštilo je da su pobunjenici napali policiju.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "el": ("Το υπουργείο Άμυνας ανακοίνωσε ότι οι αντάρτες επιτέθηκαν στην αστυνομία.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "ro": ("Ministerul apărării a anunțat că rebelii au atacat poliția.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "hu": ("A védelmi minisztérium közölte, hogy a lázadók megtámadták a rendőrséget.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "sv": ("Försvarsdepartementet meddelade att rebellerna hade attackerat polisen.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "da": ("Forsvarsministeriet meddelte, at oprørerne havde angrebet politiet.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "no": ("Forsvarsdepartementet opplyste at opprørerne hadde angrepet politiet.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "fi": ("Puolustusministeriö ilmoitti, että kapinalliset hyökkäsivät poliisin kimppuun.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
    "sq": ("Ministria e Mbrojtjes njoftoi se rebelët sulmuan policinë.",
           ["Ministry of Defence", "Rebels", "Police Forces"]),
}

# A specific phrase that contains a generic trigger word: the specific reading must win, alone.
SPECIFIC: dict[str, tuple[str, str, str]] = {
    "en": ("An air attack hit the depot.", "air attack", "Air/drone strike"),
    "id": ("Serangan udara itu menghantam depo.", "Serangan udara", "Air/drone strike"),
    "es": ("Un ataque aéreo alcanzó el depósito.", "ataque aéreo", "Air/drone strike"),
    "fr": ("Une attaque aérienne a touché le dépôt.", "attaque aérienne", "Air/drone strike"),
    "ru": ("Атака беспилотников повредила склад.", "Атака беспилотников", "Air/drone strike"),
    "uk": ("Атака дронів пошкодила склад.", "Атака дронів", "Air/drone strike"),
    "ar": ("أصاب هجوم بطائرة مسيرة المستودع.", "هجوم بطائرة مسيرة", "Air/drone strike"),
    "pt": ("Um ataque aéreo atingiu o depósito.", "ataque aéreo", "Air/drone strike"),
    "de": ("Ein Luftangriff traf das Depot.", "Luftangriff", "Air/drone strike"),
    "tr": ("Hava saldırısı depoyu vurdu.", "Hava saldırısı", "Air/drone strike"),
    "it": ("Un attacco aereo ha colpito il deposito.", "attacco aereo", "Air/drone strike"),
    "pl": ("Atak lotniczy trafił w magazyn.", "Atak lotniczy", "Air/drone strike"),
    "nl": ("Een droneaanval trof het depot.", "droneaanval", "Air/drone strike"),
    "vi": ("Cuộc tấn công bằng máy bay không người lái nhắm vào kho hàng.",
           "tấn công bằng máy bay không người lái", "Air/drone strike"),
    "zh": ("一架无人机袭击了仓库。", "无人机袭击", "Air/drone strike"),
    "ja": ("倉庫にドローン攻撃があった。", "ドローン攻撃", "Air/drone strike"),
    "fa": ("حمله هوایی انبار را هدف گرفت.", "حمله هوایی", "Air/drone strike"),
    "sw": ("Shambulio la anga lililenga ghala.", "Shambulio la anga", "Air/drone strike"),
    "he": ("תקיפה אווירית פגעה במחסן.", "תקיפה אווירית", "Air/drone strike"),
    "ko": ("드론 공격이 창고를 겨냥했다.", "드론 공격이", "Air/drone strike"),
    "hi": ("हवाई हमले में गोदाम तबाह हो गया।", "हवाई हमले", "Air/drone strike"),
    "ur": ("فضائی حملے میں گودام تباہ ہو گیا۔", "فضائی حملے", "Air/drone strike"),
    "bn": ("বিমান হামলায় গুদামটি ধ্বংস হয়।", "বিমান হামলায়", "Air/drone strike"),
    "th": ("การโจมตีทางอากาศถล่มโกดัง", "การโจมตีทางอากาศ", "Air/drone strike"),
    "ms": ("Serangan udara itu membedil depoh.", "Serangan udara", "Air/drone strike"),
    "ps": ('هوايي برید یو ګودام ویجاړ کړ.', 'هوايي برید', 'Air/drone strike'),
    "ne": ('हवाई आक्रमणले गोदाम ध्वस्त भयो।', 'हवाई आक्रमणले', 'Air/drone strike'),
    "ta": ('வான்வழித் தாக்குதலில் கிடங்கு அழிந்தது.', 'வான்வழித் தாக்குதலில்', 'Air/drone strike'),
    "am": ('የአየር ድብደባ መጋዘኑን መታ', 'የአየር ድብደባ', 'Air/drone strike'),
    "so": ('Duqeyn diyaaradeed ayaa bakhaarka ku dhacday', 'Duqeyn diyaaradeed', 'Air/drone strike'),
    "ha": ('Harin jirgin sama ya rusa rumbun', 'Harin jirgin sama', 'Air/drone strike'),
    "az": ("Hava hücumu anbarı dağıdıb.", "Hava hücumu", "Air/drone strike"),
    "hy": ("Ավիահարվածը ավերել է պահեստը։", "Ավիահարվածը", "Air/drone strike"),
    "ka": ("საჰაერო დარტყმამ საწყობი დაანგრია.", "საჰაერო დარტყმამ", "Air/drone strike"),
    "cs": ("Letecký útok zasáhl sklad.", "Letecký útok", "Air/drone strike"),
    "sh": ("Vazdušni napad pogodio je skladište.", "Vazdušni napad", "Air/drone strike"),
    "el": ("Αεροπορική επίθεση έπληξε την αποθήκη.", "Αεροπορική επίθεση", "Air/drone strike"),
    "ro": ("Atacul aerian a lovit depozitul.", "Atacul aerian", "Air/drone strike"),
    "hu": ("A légicsapás a raktárat érte.", "légicsapás", "Air/drone strike"),
    "sv": ("Ett flyganfall träffade lagret.", "flyganfall", "Air/drone strike"),
    "da": ("Et luftangreb ramte lageret.", "luftangreb", "Air/drone strike"),
    "no": ("Et luftangrep traff lageret.", "luftangrep", "Air/drone strike"),
    "fi": ("Ilmaisku osui varastoon.", "Ilmaisku", "Air/drone strike"),
    "sq": ("Një sulm ajror goditi depon.", "sulm ajror", "Air/drone strike"),
}

# Text in which a trigger word does not announce an event.
NOT_EVENTS: dict[str, str] = {
    "en": "He died of a heart attack while the trade war escalated.",
    "id": "Ia meninggal karena serangan jantung di tengah perang dagang.",
    "es": "Murió de un ataque al corazón; la obra está en marcha en Granada.",
    "fr": "Il est mort d'une crise cardiaque pendant la guerre commerciale.",
    "ru": "С наступлением темноты началась торговая война.",
    "uk": "Почалася торговельна війна.",
    "ar": "دعا المتحدث إلى إطلاق سراح المعتقلين في الحرب التجارية.",
    "pt": "Morreu de um ataque cardíaco enquanto a guerra comercial se agravava.",
    "de": "Der Kalte Krieg endete mit einem Handelskrieg; eine Panikattacke folgte.",
    "tr": "Ticaret savaşı ve siber saldırılar meclis gündemindeydi.",
    "it": "È morto per un attacco di cuore mentre la guerra commerciale si aggravava.",
    "pl": "Zmarł na atak serca, gdy wojna handlowa się zaostrzała.",
    "nl": "Hij stierf aan een hartaanval terwijl de handelsoorlog escaleerde.",
    "vi": "Ông qua đời vì cơn đau tim giữa lúc chiến tranh thương mại và các cuộc tấn công mạng leo thang.",
    "zh": "在贸易战和网络攻击不断升级之际，他因心脏病发作去世。",
    "ja": "貿易戦争とサイバー攻撃が激しくなる中、彼は心臓発作で亡くなった。",
    "fa": "او بر اثر حمله قلبی درگذشت، در حالی که جنگ تجاری و حملات سایبری شدت می‌گرفت.",
    "sw": "Alifariki kwa shambulio la moyo wakati vita vya kibiashara na mashambulizi ya mtandaoni yakiongezeka.",
    "he": "הוא מת מהתקף לב בזמן שמלחמת הסחר ומתקפות הסייבר הסלימו.",
    "ko": "무역전쟁과 사이버 공격이 격화되는 가운데 그는 심장마비로 숨졌다.",
    "hi": "व्यापार युद्ध और साइबर हमले के बीच विपक्ष ने सरकार पर तीखा हमला बोला।",
    "ur": "تجارتی جنگ اور سائبر حملے کے دوران انہیں دل کا دورہ پڑا۔",
    "bn": "বাণিজ্য যুদ্ধ ও সাইবার হামলার মধ্যে তিনি হার্ট অ্যাটাকে মারা যান।",
    "th": "เขาเสียชีวิตด้วยอาการหัวใจวายระหว่างที่สงครามการค้าและการโจมตีทางไซเบอร์ทวีความรุนแรง",
    "ms": "Dia meninggal dunia akibat serangan jantung ketika perang dagang.",
    "ps": 'د سوداګریزه جګړه او سایبري بریدونو په ترځ کې هغه د زړه حمله وکړه.',
    "ne": 'व्यापार युद्ध र साइबर आक्रमणको बीच उनको हृदयाघातले निधन भयो।',
    "ta": 'வர்த்தகப் போர் மற்றும் சைபர் தாக்குதல் நடந்த நேரத்தில் அவர் மாரடைப்பால் இறந்தார்.',
    "am": 'ሁለተኛው የዓለም ጦርነት ካበቃ በኋላ ስለ የሳይበር ጥቃት እና የንግድ ጦርነት ውይይት ተደርጓል',
    "so": 'Wasiirka ayaa ka hadlay dagaalka ka dhanka ah musuqmaasuqa iyo heshiis ganacsi',
    "ha": 'Gwamnati ta ƙaddamar da yaƙi da cin hanci da rashawa bayan bugun zuciya',
    "az": "Ticarət müharibəsi və kiberhücumlar fonunda o, infarktdan dünyasını dəyişib.",
    "hy": "Առևտրային պատերազմի և կիբեռհարձակումների ֆոնին նա մահացել է սրտի կաթվածից։",
    "ka": "სავაჭრო ომისა და კიბერთავდასხმების ფონზე ის გულის შეტევით გარდაიცვალა.",
    "cs": "Zemřel na infarkt uprostřed obchodní války a hackerských útoků.",
    "sh": "Umro je od srčanog napada usred trgovinskog rata.",
    "el": "Πέθανε από καρδιακή επίθεση εν μέσω εμπορικού πολέμου.",
    "ro": "A murit în urma unui atac de cord, în plin război comercial.",
    "hu": "Szívrohamban halt meg a kereskedelmi háború idején.",
    "sv": "Han dog av en hjärtattack mitt under handelskriget.",
    "da": "Han døde af et hjerteanfald midt i handelskrigen.",
    "no": "Han døde av et hjerteanfall midt i handelskrigen.",
    "fi": "Hän kuoli sydänkohtaukseen kauppasodan keskellä.",
    "sq": "Ai vdiq nga një sulm në zemër në mes të luftës tregtare.",
}

# (text, cue labels in order).
CUE_CASES: dict[str, tuple[str, list[str]]] = {
    "en": ("No one was hurt, but the group threatened to strike again.", ["negation", "hypothetical"]),
    "id": ("Tidak ada korban jiwa, namun kelompok itu mengancam akan menyerang lagi.",
           ["negation", "hypothetical", "hypothetical"]),
    "es": ("No hubo heridos, pero el grupo amenazó con atacar de nuevo.", ["negation", "hypothetical"]),
    "fr": ("Personne n'a été blessé, mais le groupe menace de frapper encore.", ["negation", "hypothetical"]),
    "ru": ("Никто не пострадал, но группировка угрожает новыми ударами.", ["negation", "negation", "hypothetical"]),
    "uk": ("Ніхто не постраждав, але угруповання погрожує новими ударами.",
           ["negation", "negation", "hypothetical"]),
    "ar": ("لم يسفر الهجوم عن إصابات، لكن الجماعة هددت بشن هجمات جديدة.", ["negation", "hypothetical"]),
    "pt": ("Não houve feridos, mas o grupo ameaçou atacar novamente.", ["negation", "hypothetical"]),
    "de": ("Niemand wurde verletzt, aber die Gruppe drohte mit neuen Angriffen.", ["negation", "hypothetical"]),
    "tr": ("Can kaybı yok, ancak örgüt yeni saldırılar düzenlemekle tehdit etti.", ["negation", "hypothetical"]),
    "it": ("Non ci sono stati feriti, ma il gruppo ha minacciato nuovi attacchi.", ["negation", "hypothetical"]),
    "pl": ("Nikt nie został ranny, ale grupa zagroziła nowymi atakami.", ["negation", "hypothetical"]),
    "nl": ("Niemand raakte gewond, maar de groep dreigde met nieuwe aanvallen.", ["negation", "hypothetical"]),
    "vi": ("Không có ai bị thương, nhưng nhóm này đe dọa sẽ tấn công tiếp.",
           ["negation", "hypothetical", "hypothetical"]),
    "zh": ("没有人员受伤，但该组织威胁将发动新的袭击。", ["negation", "hypothetical", "hypothetical"]),
    "ja": ("けが人はいないが、組織は新たな攻撃を行う恐れがある。", ["negation", "hypothetical"]),
    "fa": ("هیچ‌کس آسیب ندید، اما این گروه تهدید کرد که دوباره حمله خواهد کرد.",
           ["negation", "negation", "hypothetical", "hypothetical"]),
    "sw": ("Hakuna aliyejeruhiwa, lakini kundi hilo lilitishia kushambulia tena.",
           ["negation", "hypothetical"]),
    "he": ("איש לא נפגע, אך הארגון איים לתקוף שוב.", ["negation", "hypothetical"]),
    "ko": ("인명 피해는 없었다, 그러나 그 조직은 다시 공격하겠다고 위협했다.", ["negation", "hypothetical"]),
    "hi": ("कोई हताहत नहीं हुआ, लेकिन समूह ने फिर हमला करने की धमकी दी।", ["negation", "hypothetical"]),
    "ur": ("کوئی جانی نقصان نہیں ہوا، لیکن گروہ نے دوبارہ حملے کی دھمکی دی۔", ["negation", "hypothetical"]),
    "bn": ("কেউ হতাহত হয়নি, তবে গোষ্ঠীটি আবার হামলার হুমকি দিয়েছে।", ["negation", "hypothetical"]),
    "th": ("ไม่มีผู้ได้รับบาดเจ็บ แต่กลุ่มดังกล่าวขู่ว่าจะโจมตีอีก", ["negation", "hypothetical", "hypothetical"]),
    "ms": ("Tiada kematian dilaporkan, tetapi kumpulan itu mengugut akan menyerang lagi.",
           ["negation", "hypothetical", "hypothetical"]),
    "ps": ('ځاني زیان نه دی اوښتی، خو ډلې بیا د برید ګواښ وکړ.', ['negation', 'hypothetical']),
    "ne": ('कोही हताहत भएनन्, तर समूहले फेरि आक्रमण गर्ने धम्की दिएको छ।', ['negation', 'hypothetical']),
    "ta": ('யாரும் உயிரிழக்கவில்லை, ஆனால் குழு மீண்டும் தாக்குதல் நடத்துவோம் என மிரட்டல் விடுத்துள்ளது.', ['negation', 'hypothetical']),
    "am": ('ምንም ጉዳት አልደረሰም ነገር ግን ቡድኑ ዛቻ አሰምቷል', ['negation', 'hypothetical']),
    "so": ('Khasaare ma jiro, balse kooxdu waxay ku hanjabtay weerar kale', ['negation', 'hypothetical']),
    "ha": ('Babu wanda ya mutu, amma kungiyar ta yi barazanar sake kai hari', ['negation', 'hypothetical']),
    "az": ("Heç kim xəsarət almayıb, lakin qruplaşma yenidən hücum etməklə təhdid edib.", ["negation", "hypothetical"]),
    "hy": ("Ոչ ոք չի տուժել, սակայն խմբավորումը սպառնացել է կրկին հարձակվել։",
           ["negation", "negation", "hypothetical"]),
    "ka": ("არავინ დაშავებულა, თუმცა დაჯგუფება კვლავ თავდასხმით დაემუქრა.", ["negation", "hypothetical"]),
    "cs": ("Nikdo nebyl zraněn, ale skupina pohrozila dalšími útoky.", ["negation", "hypothetical"]),
    "sh": ("Niko nije povrijeđen, ali je grupa zaprijetila novim napadima.", ["negation", "hypothetical"]),
    "el": ("Κανείς δεν τραυματίστηκε, αλλά η ομάδα απείλησε με νέες επιθέσεις.", ["negation", "hypothetical"]),
    "ro": ("Nimeni nu a fost rănit, dar gruparea a amenințat cu noi atacuri.", ["negation", "hypothetical"]),
    "hu": ("Senki sem sérült meg, de a csoport újabb támadásokkal fenyegetett.", ["negation", "hypothetical"]),
    "sv": ("Ingen skadades, men gruppen hotade med nya attacker.", ["negation", "hypothetical"]),
    "da": ("Ingen kom til skade, men gruppen truede med nye angreb.", ["negation", "hypothetical"]),
    "no": ("Ingen ble skadet, men gruppen truet med nye angrep.", ["negation", "hypothetical"]),
    "fi": ("Kukaan ei loukkaantunut, mutta ryhmä uhkasi uusilla iskuilla.", ["negation", "hypothetical"]),
    "sq": ("Askush nuk u plagos, por grupi kërcënoi me sulme të reja.", ["negation", "hypothetical"]),
}


def heaviest(triggers: list[Trigger]) -> Trigger:
    return max(triggers, key=lambda t: (t.weight, t.end - t.start))


# -- taxonomy ------------------------------------------------------------------------------------------


def test_taxonomy_has_acled_types_and_sub_types():
    assert list(EVENT_TYPES) == ["Battles", "Explosions/Remote violence", "Violence against civilians",
                                 "Protests", "Riots", "Strategic developments"]
    assert len(SUB_EVENT_TYPES) == 25 == len(set(SUB_EVENT_TYPES))
    assert type_of("Government regains territory") == "Battles"
    assert type_of("Remote explosive/landmine/IED") == "Explosions/Remote violence"
    assert type_of("Abduction/forced disappearance") == "Violence against civilians"
    assert type_of("Excessive force against protesters") == "Protests"
    assert type_of("Mob violence") == "Riots"
    assert type_of("Headquarters or base established") == "Strategic developments"
    assert disorder_type("Riots") == "Demonstrations"
    assert canonical_sub_event_type("NON-STATE ACTOR OVERTAKES TERRITORY") == "Non-state actor overtakes territory"
    check_pair("Explosions/Remote violence", "Grenade")
    with pytest.raises(BadInputError, match="belongs to 'Explosions/Remote violence'"):
        check_pair("Battles", "Grenade")
    with pytest.raises(BadInputError, match="not an ACLED sub-event type"):
        type_of("Bombing")
    with pytest.raises(BadInputError, match="not an ACLED event type"):
        check_pair("Fights", "Armed clash")


# -- triggers ------------------------------------------------------------------------------------------


def test_every_language_has_a_lexicon_covering_every_sub_event_type():
    assert available() == tuple(sorted(LANGS))
    for lang in LANGS:
        lex = event_lexicon(lang)
        assert isinstance(lex, EventLexicon) and lex.lang == lang
        assert set(lex.sub_event_types) == set(SUB_EVENT_TYPES), lang


@pytest.mark.parametrize("lang", LANGS)
def test_sentences_give_their_sub_event_type(lang):
    lex = event_lexicon(lang)
    covered = set()
    for sentence, expected in SENTENCES[lang]:
        found = lex.triggers(sentence)
        assert found, f"{lang}: no trigger in {sentence!r}"
        top = heaviest(found)
        assert top.sub_event_type == expected, f"{lang}: {sentence!r} -> {[(t.text, t.sub_event_type) for t in found]}"
        assert top.event_type == type_of(expected)
        covered.add(expected)
    assert set(CORE) <= covered, f"{lang}: sentences miss {set(CORE) - covered}"


@pytest.mark.parametrize("lang", LANGS)
def test_specific_phrase_beats_generic_word(lang):
    text, phrase, sub = SPECIFIC[lang]
    found = event_lexicon(lang).triggers(text)
    assert [(t.text, t.sub_event_type) for t in found] == [(phrase, sub)]
    assert found[0].weight >= 0.9


def test_generic_attack_word_is_weak_and_specific_words_are_strong():
    lex = event_lexicon("en")
    (generic,) = lex.triggers("Rebels attacked the village.")
    (specific,) = lex.triggers("A suicide bombing hit the village.")
    assert generic.sub_event_type == "Attack" and generic.weight < 0.5
    assert specific.sub_event_type == "Suicide bomb" and specific.weight == 1.0
    (serangan,) = event_lexicon("id").triggers("Serangan itu terjadi malam hari.")
    assert serangan.weight < 0.5


@pytest.mark.parametrize("lang", LANGS)
def test_not_triggers_hide_their_trigger_words(lang):
    assert event_lexicon(lang).triggers(NOT_EVENTS[lang]) == []


def test_indonesian_affixes_and_discontinuous_phrases():
    lex = event_lexicon("id")
    text = "Militer menghujani posisi musuh dengan roket, lalu tembak-menembak dan penangkapannya berlangsung."
    got = [(t.text, t.sub_event_type) for t in lex.triggers(text)]
    assert got == [("menghujani posisi musuh dengan roket", "Shelling/artillery/missile attack"),
                   ("tembak-menembak", "Armed clash"),
                   ("penangkapannya", "Arrests")]
    # A gap never crosses a sentence end.
    assert [t.text for t in lex.triggers("Mereka menghujani kota. Roket jatuh.")] == ["menghujani", "Roket"]


def test_stems_find_inflected_forms():
    ru = event_lexicon("ru")
    for word in ("обстрел", "обстрелы", "обстрелом", "обстреляли", "Обстрелов"):
        assert [t.sub_event_type for t in ru.triggers(f"Был {word} позиций.")] == [
            "Shelling/artillery/missile attack"], word
    es = event_lexicon("es")
    assert [(t.text, t.sub_event_type) for t in es.triggers("Fueron secuestrados y luego liberados.")] == [
        ("secuestrados", "Abduction/forced disappearance")]
    # A stem does not reach into a longer unrelated word: "detenid*" must not take "detenidamente".
    assert es.triggers("Lo estudiaron detenidamente.") == []


def test_arabic_clitics_vowels_and_letter_variants():
    lex = event_lexicon("ar")
    plain = [t.sub_event_type for t in lex.triggers("غارة جوية")]
    for text in ("والغارات الجوية", "بالغارة الجوية", "غارةٍ جويةٍ", "غاره جويه", "وبالغارات الجوية"):
        found = lex.triggers(text)
        assert [t.sub_event_type for t in found] == plain == ["Air/drone strike"], text
        assert (found[0].start, found[0].end) == (0, len(text))
    assert [h.label for h in lex.outcomes("وأُصيب آخرون")] == ["wounded"]


def test_decomposed_letters_match_and_keep_offsets():
    import unicodedata

    text = unicodedata.normalize("NFD", "Hubo una explosión; el ataque aéreo y la detención. Напад на Київ.")
    es = event_lexicon("es").triggers(text)
    assert [t.sub_event_type for t in es] == [
        "Remote explosive/landmine/IED", "Air/drone strike", "Arrests"]
    assert all(text[t.start:t.end] == t.text for t in es)
    assert es[1].text == unicodedata.normalize("NFD", "ataque aéreo")
    (uk,) = event_lexicon("uk").triggers(text)
    assert uk.text == "Напад" and text[uk.start:uk.end] == "Напад"


def test_apostrophe_variants_are_folded():
    lex = event_lexicon("uk")
    for mark in ("'", "’", "ʼ"):
        (trigger,) = lex.triggers(f"Оголосили перемир{mark}я.")
        assert trigger.sub_event_type == "Agreement" and trigger.text == f"перемир{mark}я"
    (fr,) = event_lexicon("fr").triggers("Une prise d’otages a eu lieu.")
    assert fr.sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("lang", LANGS)
def test_offsets_index_the_original_text(lang):
    prefix = "«ÄÖ» 12.\n"
    sentence = SENTENCES[lang][0][0]
    text = prefix + sentence + " " + sentence
    lex = event_lexicon(lang)
    found = lex.triggers(text)
    assert found and all(text[t.start:t.end] == t.text for t in found)
    assert all(t.start >= len(prefix) for t in found)
    # start/end restrict the scan to the second sentence; offsets still index the whole text.
    second = len(prefix) + len(sentence) + 1
    inner = lex.triggers(text, second, len(text))
    assert inner and all(t.start >= second for t in inner)
    assert [(t.start - second, t.end - second, t.sub_event_type) for t in inner] == [
        (t.start, t.end, t.sub_event_type) for t in lex.triggers(sentence)]
    for method in (lex.outcomes, lex.groups, lex.actors, lex.negations):
        assert all(text[h.start:h.end] == h.text for h in method(text))


def test_offsets_survive_dropped_arabic_marks():
    text = "قالوا: قُتِلَ ثلاثةُ جنودٍ في قَصْفٍ مدفعيٍّ"
    lex = event_lexicon("ar")
    trigger = heaviest(lex.triggers(text))
    assert trigger.sub_event_type == "Shelling/artillery/missile attack"
    assert trigger.text == "قَصْفٍ مدفعيٍّ" and text[trigger.start:trigger.end] == trigger.text
    hits = lex.outcomes(text) + lex.groups(text)
    assert [(h.text, h.label) for h in hits] == [("قُتِلَ", "killed"), ("جنودٍ", "soldiers")]


# -- outcomes, groups, actors, cues ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_outcome_words(lang):
    lex = event_lexicon(lang)
    for text, expected in OUTCOME_CASES[lang]:
        hits = lex.outcomes(text)
        assert [h.label for h in hits] == expected, f"{lang}: {text!r} -> {[(h.text, h.label) for h in hits]}"
        assert all(isinstance(h, Hit) and h.label in OUTCOMES for h in hits)


@pytest.mark.parametrize("lang", LANGS)
def test_group_words(lang):
    text, expected = GROUP_CASES[lang]
    hits = event_lexicon(lang).groups(text)
    assert [h.label for h in hits] == expected, [(h.text, h.label) for h in hits]
    assert all(h.label in GROUPS for h in hits)


@pytest.mark.parametrize("lang", LANGS)
def test_actor_words(lang):
    text, expected = ACTOR_CASES[lang]
    hits = event_lexicon(lang).actors(text)
    assert [h.label for h in hits] == expected, [(h.text, h.label) for h in hits]
    assert all(h.label in ACTOR_LABELS for h in hits)


@pytest.mark.parametrize("lang", LANGS)
def test_negation_and_hypothetical_cues(lang):
    text, expected = CUE_CASES[lang]
    hits = event_lexicon(lang).negations(text)
    assert [h.label for h in hits] == expected, [(h.text, h.label) for h in hits]


def test_longest_outcome_phrase_wins():
    hits = event_lexicon("id").outcomes("Tidak ada korban jiwa, tetapi dua orang meninggal dunia.")
    assert [(h.text, h.label) for h in hits] == [("korban jiwa", "killed"), ("meninggal dunia", "killed")]
    cues = event_lexicon("id").negations("Tidak ada korban jiwa.")
    assert [(h.text, h.label) for h in cues] == [("Tidak ada korban jiwa", "negation")]


# -- loading ----------------------------------------------------------------------------------------------


def test_unknown_language_gets_the_universal_lexicon():
    lex = event_lexicon("zz")
    assert lex.lang == "zz" and lex.name == "Universal"
    assert [t.sub_event_type for t in lex.triggers("Un IED a HIMARS")] == [
        "Remote explosive/landmine/IED", "Shelling/artillery/missile attack"]
    assert lex.outcomes("killed") == [] and lex.actors("army") == [] and lex.negations("not") == []
    assert event_lexicon("").lang == "und"
    assert event_lexicon("en-GB") is event_lexicon("en") is event_lexicon("EN")
    assert event_lexicon("in") is event_lexicon("id")


def test_language_lexicons_include_universal_entries():
    for lang in LANGS:
        assert [t.sub_event_type for t in event_lexicon(lang).triggers("HIMARS")] == [
            "Shelling/artillery/missile attack"], lang


def test_fold_keeps_length_except_dropped_marks():
    assert fold("Ёлка’S") == "елка's" and len(fold("Ёлка’S")) == 6
    assert fold("İstanbul").endswith("stanbul") and len(fold("İstanbul")) == len("İstanbul")


def _write(tmp_path: Path, data: object, name: str = "en.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def _minimal(**changes: object) -> dict:
    data = {
        "lang": "en", "name": "English", "prefixes": [], "suffixes": [],
        "triggers": {"Armed clash": {"clash*": 0.7}}, "not_triggers": [],
        "outcomes": {"killed": ["killed"]}, "groups": {"people": ["people"]},
        "actors": {"Rebels": ["rebels"]}, "negation": ["not"], "hypothetical": ["would"],
    }
    data.update(changes)
    return data


def test_minimal_file_loads_and_matches(tmp_path):
    lex = load_lexicon(_write(tmp_path, _minimal()))
    assert [t.sub_event_type for t in lex.triggers("They clashed.")] == ["Armed clash"]
    assert [h.label for h in lex.outcomes("killed")] == ["killed"]
    merged = load_lexicon(_write(tmp_path, _minimal()), universal=True)
    assert [t.text for t in merged.triggers("an IED and clashes")] == ["IED", "clashes"]


@pytest.mark.parametrize(("change", "message"), [
    ({"triggers": {"Air strike": {"air strike": 1.0}}}, "'Air strike' is not an ACLED sub-event type"),
    ({"triggers": {"Armed clash": {"clash": 1.5}}}, "weight of 'clash' must be a number in (0, 1]"),
    ({"triggers": {"Armed clash": {"clash": 0.5, "fight": True}}}, "weight of 'fight'"),
    ({"triggers": {"Armed clash": {"cl*ash": 0.5}}}, "'cl*ash'"),
    ({"triggers": {"Armed clash": {"... clash": 0.5}}}, "'...' must stand between two words"),
    ({"triggers": {"Armed clash": {"a*": 0.5}}}, "a stem needs at least 2 letters"),
    ({"triggers": {"Armed clash": {"ab*": 0.5}}}, "a one-word stem needs at least 3 letters"),
    ({"triggers": {"Armed clash": {"clash": 0.5}, "Attack": {"Clash": 0.3}}}, "'Clash' is listed twice"),
    ({"outcomes": {"dead": ["killed"]}}, "'dead' is not a label of outcomes"),
    ({"groups": {"people": "people"}}, "key 'groups.people': expected a list of phrases"),
    ({"actors": {"Army": ["army"]}}, "'Army' is not a label of actors"),
    ({"negation": ["not", " no"]}, "leading, trailing or doubled spaces"),
    ({"lang": "fr"}, "file is for 'fr' but was loaded as 'en'"),
    ({"extra": []}, "unknown key (a typo?)"),
    ({"prefixes": ["و", "1"]}, "key 'prefixes'"),
])
def test_malformed_lexicon_gives_a_clear_error(tmp_path, change, message):
    path = _write(tmp_path, _minimal(**change))
    with pytest.raises(BadInputError) as info:
        load_lexicon(path, lang="en")
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_key_bad_json_and_duplicate_json_keys(tmp_path):
    data = _minimal()
    del data["outcomes"]
    with pytest.raises(BadInputError, match="key 'outcomes': missing"):
        load_lexicon(_write(tmp_path, data))
    with pytest.raises(BadInputError, match="not valid JSON"):
        load_lexicon(_write(tmp_path, '{"lang": "en",'))
    text = json.dumps(_minimal()).replace('"negation": ["not"]', '"negation": ["not"], "negation": ["no"]')
    with pytest.raises(BadInputError, match="'negation' appears twice"):
        load_lexicon(_write(tmp_path, text))
    with pytest.raises(BadInputError, match="cannot read event lexicon"):
        load_lexicon(tmp_path / "absent.json")


def test_shipped_files_are_valid_and_readable():
    for path in sorted(LEXICON_DIR.glob("*.json")):
        lang = path.stem
        lex = load_lexicon(path, lang=lang)
        assert lex.lang == lang
        text = path.read_text(encoding="utf-8")
        assert text.count("\n") > 20, f"{path.name}: keep one entry per line"
