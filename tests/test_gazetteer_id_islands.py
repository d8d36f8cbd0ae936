"""Indonesia's islands: gazetteer/data/id_islands.tsv.gz, gazetteer.sources.id_islands, the built index."""

from __future__ import annotations

import gzip
import hashlib
import re
from collections import Counter
from pathlib import Path

import pytest
from helpers import load_script

from gazetteer import Gazetteer
from gazetteer.model import PlaceRecord
from gazetteer.sources import id_islands
from gazetteer.sources.id_islands import PROVENANCE, iter_records

DATA = Path(id_islands.__file__).resolve().parent.parent / "data" / "id_islands.tsv.gz"


@pytest.fixture(scope="module")
def records() -> list[PlaceRecord]:
    return list(iter_records())


def test_file_is_committed_compact_and_described() -> None:
    assert DATA.is_file() and DATA.stat().st_size < 600_000
    provenance = DATA.with_name("id_islands.PROVENANCE.md").read_text(encoding="utf-8")
    digest = re.search(r"sha256 `([0-9a-f]{64})`", provenance)
    assert digest and digest.group(1) == hashlib.sha256(DATA.read_bytes()).hexdigest()
    assert "ODbL" in provenance and "ODbL" in PROVENANCE


def test_records_are_islands_of_indonesia(records: list[PlaceRecord]) -> None:
    assert 10_000 < len(records) < 20_000
    assert {(r.feature_class, r.feature_code, r.country, r.feature) for r in records} == {
        ("T", "ISL", "ID", "physical")}
    assert all(-11.5 < r.lat < 6.5 and 94.5 < r.lon < 141.5 for r in records)
    assert all(r.admin1 for r in records)
    assert len({r.id for r in records}) == len(records)


def test_names_bare_only_when_unambiguous(records: list[PlaceRecord]) -> None:
    names = Counter(r.name.casefold() for r in records)
    bare = [r for r in records if r.names]  # named by the bare name, registered name as alias
    assert bare and all(r.names[0][0].startswith(("Pulau ", "Pulo ")) for r in bare)
    assert all(names[r.name.casefold()] == 1 and dict(r.extra)["inhabited"] == "1" for r in bare)
    # Uninhabited islets that share their name with another island are left out.
    uninhabited = Counter(r.name.casefold() for r in records if dict(r.extra)["inhabited"] == "0")
    assert all(n == 1 for n in uninhabited.values())


def test_derived_rows_parse_points(records: list[PlaceRecord]) -> None:
    derive = load_script("scripts/derive_id_islands.py")
    assert derive.parse_point("""03°07'30.00" S 129°21'36.00" E""") == (-3.125, 129.36)
    assert derive.bare_name("Pulau Kecil Satu") == "Kecil Satu"
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        assert fh.readline().rstrip("\n").split("\t") == list(derive.COLUMNS)


def test_index_finds_an_island_by_its_registered_and_its_bare_name(gaz: Gazetteer) -> None:
    island = gaz.search("Pulau Seram")[0]
    assert (island.name, island.feature, island.country, island.extra.get("inhabited")) == (
        "Seram", "physical", "ID", "1")
    assert gaz.search("Seram", feature="physical")[0].id == island.id


def test_geoparse_an_island_after_its_cue(gaz: Gazetteer) -> None:
    from geomap.pipeline import Geoparser

    df = Geoparser(gaz)("Kapal nelayan itu tenggelam di perairan dekat Pulau Seram kemarin.", lang="id")
    row = df[df["surface"].str.contains("Seram")].iloc[0]
    assert (row["name"], row["feature"]) == ("Seram", "physical")
    assert -4 < row["latitude"] < -2.5 and 128 < row["longitude"] < 131
