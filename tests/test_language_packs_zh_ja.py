"""The Chinese and Japanese packs: places inside runs written without spaces, their suffixes, agencies, datelines,
dates, numbers, actors and events.

Every sentence here was written for these tests (fictional but plausible news about real places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from helpers import rows as _rows

from geomap.events import Extractor
from geomap.events.dates import publication_date, time_refs
from geomap.events.numbers import quantities, value_of
from geomap.text.document import make_document
from geomap.text.language import detect
from geomap.text.packs import get_pack

QUAKE = ("新华社北京1月15日电 据中国地震台网测定，四川省甘孜州泸定县发生6.8级地震，造成至少21人死亡。"
         "成都市和雅安市震感强烈。")


@pytest.mark.parametrize(("lang", "text"), [
    ("zh", "连日暴雨导致河水暴涨，多个村庄被淹，当地政府表示正在组织转移。"),
    ("zh", "連日暴雨導致河水暴漲，多個村莊被淹，當地政府表示正在組織轉移。"),
    ("ja", "大雨の影響で川が増水し、住民が避難した。"),
    ("ja", "石川県輪島市で地震"),  # few kana, mostly Han: the kana decide
])
def test_language_is_detected_and_has_its_pack(lang: str, text: str) -> None:
    assert detect(text) == lang
    pack = make_document(text).pack
    assert pack.lang == lang and pack.name != "Universal"


# -- places in runs without spaces ------------------------------------------------------------------------------


def test_a_run_of_administrative_names_gives_each_its_place(gaz) -> None:
    rows = _rows(gaz, QUAKE, "zh")
    assert rows["四川省"]["name"] == "Sichuan" and rows["四川省"]["feature"] == "admin1"
    # 甘孜州, the short name of the prefecture (cn_admin), is one mention with its suffix as its cue: the
    # prefecture in Sichuan, not Ghanzi in Botswana.
    assert rows["甘孜州"]["place_id"] == "cn-admin:513300" and rows["甘孜州"]["latitude"] > 29
    # 泸定县, the county (its seat, a small town, is another spelling of it).
    assert rows["泸定县"]["country"] == "CN" and rows["泸定县"]["feature"] == "region"
    assert rows["成都市"]["name"] == "Chengdu" and rows["雅安市"]["name"] == "Ya'an"
    assert all(rows[s]["role"] == "event" for s in ("四川省", "甘孜州", "泸定县", "成都市", "雅安市"))


def test_suffix_cues_and_their_features(gaz) -> None:
    from geomap.mentions.gazetteer_spotter import GazetteerSpotter

    spotter = GazetteerSpotter(gaz)
    found = {m.surface: (m.cue, m.cue_feature) for m in spotter.spot(make_document(QUAKE, lang="zh"))}
    assert found["甘孜州"] == ("州", "region")
    assert found["泸定县"] == ("县", "region")
    assert found["四川省"] == ("省", "admin1")
    doc = make_document("石川県輪島市で住宅の倒壊が相次いだ。", lang="ja")
    found = {m.surface: (m.cue, m.cue_feature) for m in spotter.spot(doc)}
    assert found == {"石川県": ("県", "admin1"), "輪島市": ("市", "city")}


def test_japanese_prefecture_and_city(gaz) -> None:
    rows = _rows(gaz, "石川県輪島市で1日、震度7の地震があり、少なくとも30人が死亡した。", "ja")
    assert (rows["石川県"]["name"], rows["石川県"]["country"]) == ("Ishikawa", "JP")
    assert (rows["輪島市"]["name"], rows["輪島市"]["country"]) == ("Wajima", "JP")


def test_a_suffix_that_opens_a_common_word_is_no_suffix(gaz) -> None:
    rows = _rows(gaz, "受此影响，美国市场周一大幅下跌。", "zh")
    assert "美国市" not in rows and rows["美国"]["country"] == "US"


# -- agencies, datelines, actors ---------------------------------------------------------------------------------


def test_agencies_are_no_places_and_give_the_dateline(gaz) -> None:
    rows = _rows(gaz, QUAKE, "zh")
    assert not any("新华" in s for s in rows)  # the agency 新华社, not a village called Xinhua
    assert rows["北京"]["role"] == "dateline"
    rows = _rows(gaz, "【北京共同】中国外交部は15日、声明を発表した。", "ja")
    assert rows["北京"]["role"] == "dateline" and "共同" not in rows
    rows = _rows(gaz, "东京（共同）日本气象厅表示，强降雨将持续。", "zh")
    assert rows["东京"]["role"] == "dateline"


def test_speech_verbs_make_actors(gaz) -> None:
    rows = _rows(gaz, "中国外交部称，北京表示坚决反对。", "zh")
    assert rows["中国"]["role"] == "actor" and rows["北京"]["role"] == "actor"
    rows = _rows(gaz, "一场暴雨袭击了武汉，多条道路被淹。", "zh")
    assert rows["武汉"]["role"] == "event"


def test_the_dateline_date_dates_the_article() -> None:
    text = "新华社喀布尔2024年3月6日电 阿富汗坎大哈市5日发生一起爆炸。"
    assert publication_date(text, get_pack("zh")) == dt.date(2024, 3, 6)


# -- dates and numbers -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "day"),
    [
        ("zh", "2024年3月6日，冲突再次爆发。", "2024-03-06"),
        ("zh", "冲突于3月6日再次爆发。", "2024-03-06"),
        ("zh", "袭击发生在星期一凌晨。", "2024-03-04"),
        ("zh", "周三下午，双方再次交火。", "2024-03-06"),
        ("zh", "昨天晚上发生了爆炸。", "2024-03-09"),
        ("zh", "三天前，一座桥被炸毁。", "2024-03-07"),
        ("zh", "3天前，一座桥被炸毁。", "2024-03-07"),
        ("ja", "令和6年3月6日、爆発があった。", "2024-03-06"),
        ("ja", "石川県で8日、地震があった。", "2024-03-08"),
        ("ja", "月曜日の未明に爆発があった。", "2024-03-04"),
        ("ja", "昨日、爆発があった。", "2024-03-09"),
        ("ja", "3日前に爆発があった。", "2024-03-07"),
    ],
)
def test_dates(lang: str, text: str, day: str) -> None:
    found = time_refs(text, get_pack(lang), dt.date(2024, 3, 10))
    assert day in {str(r.date) for r in found}, [(r.text, r.date) for r in found]


def test_a_day_alone_is_the_latest_such_day() -> None:
    (ref,) = time_refs("15日、声明を発表した。", get_pack("ja"), dt.date(2024, 3, 10))
    assert ref.text == "15日" and str(ref.date) == "2024-02-15"


@pytest.mark.parametrize(
    ("lang", "words", "value"),
    [("zh", "二十一", 21), ("zh", "十五", 15), ("zh", "一百二十五", 125), ("zh", "三千", 3000), ("zh", "两百", 200),
     ("zh", "五十万", 500000), ("ja", "三十二", 32), ("ja", "千", 1000)],
)
def test_number_words(lang: str, words: str, value: int) -> None:
    assert value_of(words, get_pack(lang)) == value


def test_numbers_inside_runs() -> None:
    found = [(q.text, q.value, q.vague) for q in quantities("造成至少21人死亡，数十人受伤，第3次余震", get_pack("zh"))]
    assert found == [("21", 21, False), ("数十", 10, True)]  # 第3: an ordinal, no count
    assert [q.value for q in quantities("少なくとも30人が死亡した。", get_pack("ja"))] == [30]


# -- events ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ex(gaz):
    return Extractor(gaz)


@pytest.mark.parametrize(
    ("text", "lang", "sub", "place", "date", "killed"),
    [
        ("新华社喀布尔2024年3月6日电 阿富汗坎大哈市5日发生一起自杀式爆炸袭击，造成至少9人死亡、20人受伤，"
         "当地警方表示。",
         "zh", "Suicide bomb", "Kandahār", dt.date(2024, 3, 5), 9),
        ("【カイロ共同】シリア北部のアレッポで2024年3月4日、空爆があり、民間人4人が死亡した。",
         "ja", "Air/drone strike", "Aleppo", dt.date(2024, 3, 4), 4),
    ],
    ids=["zh", "ja"],
)
def test_one_report(ex, text, lang, sub, place, date, killed) -> None:
    events = ex(text)
    assert set(events["lang"]) == {lang}
    assert len(events) == 1
    row = events.iloc[0]
    assert row.sub_event_type == sub
    assert row.location == place
    assert row.event_date == date
    assert row.fatalities == killed
