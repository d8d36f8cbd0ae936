"""With a richer gazetteer, context picks the right namesake: the village the text calls a village.

The GeoNames rows below are written for this test in the real dump format (invented ids): a
village and a mountain range that share a name, and a river and a district named like a town.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import geomap
from gazetteer import Gazetteer, haversine_km
from gazetteer.sources.geonames_dump import add_geonames

SEED = "seed/000_8863f39c7d191d26"

ROWS = [
    # id, name, ascii, alternates, lat, lon, class, code, cc, admin1, population
    ("9991001", "Talış", "Talis", "Talish,Talysh,Talış", "40.38139", "46.74083", "P", "PPL", "AZ", "57", "1200"),
    ("9991002", "Talysh Mountains", "Talysh Mountains", "Talysh,Talış dağları,Талышские горы", "38.75",
     "48.5", "T", "MTS", "AZ", "", "0"),
    ("9991003", "Tərtər", "Terter", "Terter,Tartar", "40.45", "47.18333", "H", "STM", "AZ", "", "0"),
]


def _dump_dir(root: Path) -> Path:
    root.mkdir(parents=True)
    lines = []
    for gid, name, ascii_, alts, lat, lon, cls, code, cc, a1, pop in ROWS:
        cols = [gid, name, ascii_, alts, lat, lon, cls, code, cc, "", a1, "", "", "", pop, "", "0",
                "Asia/Baku", "2024-01-01"]
        lines.append("\t".join(cols))
    (root / "AZ.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "alternatenames").mkdir()
    (root / "alternatenames" / "AZ.txt").write_text(
        "\t".join(["80001001", "9991001", "ru", "Талыш", "", "", "", "", "", ""]) + "\n", encoding="utf-8")
    (root / "admin1CodesASCII.txt").write_text("AZ.57\tTərtər\tTerter\t409420\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def grown(default_index, tmp_path_factory) -> Gazetteer:
    tmp = tmp_path_factory.mktemp("grown")
    index = tmp / "grown.sqlite"
    shutil.copyfile(default_index, index)
    add_geonames(index, ["AZ"], from_dir=_dump_dir(tmp / "dump"))
    with Gazetteer(index) as g:
        yield g


def test_the_village_the_text_calls_a_village(grown, shared_dir):
    text = (shared_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    df = geomap.geoparse(text, publication_date="2020-09-28", gazetteer=grown)
    talysh = df[df["surface"] == "Talysh"].iloc[0]
    assert talysh["feature"] == "village" and talysh["geo_precision"] == 1
    assert haversine_km(talysh["latitude"], talysh["longitude"], 40.38139, 46.74083) < 1
    terter = df[df["surface"] == "Terter"].iloc[0]  # "kota Terter": the town, not the river
    assert terter["feature"] == "city" and haversine_km(terter["latitude"], terter["longitude"], 40.34, 46.93) < 5


def test_a_mountain_cue_picks_the_range(grown):
    """The same name with a mountain cue goes to the range: the cue, not the name, decides."""
    df = geomap.geoparse("Snow closed the passes in the Talysh mountains on Monday.", lang="en", gazetteer=grown)
    row = df[df["surface"].str.startswith("Talysh")].iloc[0]
    assert row["feature"] == "physical"
