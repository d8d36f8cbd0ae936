"""Indonesia's named islands (pulau), with their registered points.

Reads ``gazetteer/data/id_islands.tsv.gz``, derived by ``scripts/derive_id_islands.py`` from the
npm package ``idn-area-data@4.0.1`` (data ODbL-1.0; see ``gazetteer/data/id_islands.PROVENANCE.md``):
about 17,000 islands of the Ministry of Home Affairs' register, each a ``T``/``ISL`` record (a
``physical`` feature, what "pulau X" announces). An island is named by its bare name ("Seram") where
no other island takes it, with its registered name as an alias ("Pulau Seram"), else as registered
("Pulau Panjang", "Gili Trawangan"). The main islands
(Sumatra, Java, Sulawesi, Borneo, New Guinea, Timor) are in the curated supplement.

>>> recs = {r.id: r for r in iter_records()}
>>> seram = next(r for r in recs.values() if r.name == "Seram")
>>> seram.names
(('Pulau Seram', 'id'),)
>>> seram.feature, seram.feature_code, seram.country, round(seram.lat), round(seram.lon)
('physical', 'ISL', 'ID', -3, 129)
>>> dict(seram.extra)["inhabited"]
'1'
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from gazetteer.model import PlaceRecord
from gazetteer.sources._files import read_tsv_gz

__all__ = ["PROVENANCE", "SOURCE", "iter_records"]

SOURCE = "idn-area-data"

PROVENANCE = (
    "Indonesia's islands from the npm package idn-area-data@4.0.1 (data: Ministry of Home Affairs' "
    "register of islands, ODbL-1.0; code MIT), derived by scripts/derive_id_islands.py into "
    "gazetteer/data/id_islands.tsv.gz (ODbL-1.0); details in gazetteer/data/id_islands.PROVENANCE.md."
)

_COLUMNS = ("id", "name", "bare", "lat", "lon", "inhabited", "outermost", "admin1", "regency")


def iter_records(path: Path | None = None) -> Iterator[PlaceRecord]:
    """Yield one ``T``/``ISL`` :class:`PlaceRecord` per island of ``path`` (default: the packaged file)."""
    rows = read_tsv_gz("id_islands.tsv.gz", _COLUMNS, path)
    for ident, name, bare, lat, lon, inhabited, outermost, admin1, regency in rows:
        yield PlaceRecord(
            id=ident,
            name=bare or name,
            lat=float(lat),
            lon=float(lon),
            feature_class="T",
            feature_code="ISL",
            country="ID",
            admin1=admin1,
            names=((name, "id"),) if bare else (),
            source=SOURCE,
            extra=(("inhabited", inhabited), ("outermost", outermost), ("regency", regency)),
        )
