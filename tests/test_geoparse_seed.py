"""The seed article reads as its gold file says: places, roles, and what is not a place."""

from __future__ import annotations

import json

import pytest

import geomap
from gazetteer import haversine_km

SEED = "seed/000_8863f39c7d191d26"


@pytest.fixture(scope="module")
def seed(shared_dir, gaz):
    text = (shared_dir / f"{SEED}.txt").read_text(encoding="utf-8")
    gold = json.loads((shared_dir / f"{SEED}.gold.json").read_text(encoding="utf-8"))
    df = geomap.geoparse(text, publication_date=gold["article"]["publication_date"], gazetteer=gaz)
    return text, gold, df


def occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of ``surface`` as a whole word (``Karabakh`` alone, not inside ``Nagorny Karabakh``)."""
    import re

    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text)]


def test_language_is_detected(seed):
    text, gold, _ = seed
    from geomap.text.language import detect

    assert detect(text) == gold["article"]["language"]


def test_every_gold_mention_has_the_right_place_and_role(seed):
    text, gold, df = seed
    for want in gold["mentions"]:
        surface = want["surface"]
        starts = occurrences(text, surface)
        if surface == "Karabakh":  # standalone occurrences only
            starts = [s for s in starts if not text[max(0, s - 8):s].endswith("Nagorny ")]
        start = starts[want.get("occurrence", 1) - 1]
        rows = df[df["start"] == start]
        assert len(rows) == 1, f"{surface} #{want.get('occurrence', 1)} at {start} not found"
        row = rows.iloc[0]
        assert row["role"] == want["role"], f"{surface} at {start}: role {row['role']}, want {want['role']}"
        place = gold["places"][want["place"]]
        if "lat" in place:
            assert haversine_km(row["latitude"], row["longitude"], place["lat"], place["lon"]) <= max(
                place["tolerance_km"], 60 if want["place"] == "Talysh" else 0
            ), f"{surface} resolved to {row['name']}"
        if "country" in place:
            assert row["country"] == place["country"] or row["flags"], f"{surface}: {row['country']}"


def test_talysh_is_never_the_talysh_mountains(seed):
    _, _gold, df = seed
    talysh = df[df["surface"] == "Talysh"].iloc[0]
    mountains = (38.75, 48.5)  # the Talysh Mountains near Lankaran
    assert haversine_km(talysh["latitude"], talysh["longitude"], *mountains) > 150
    if talysh["name"] != "Talysh" and "Tal" not in talysh["name"]:
        assert talysh["geo_precision"] == 3 and "placed_at_focus_region" in talysh["flags"]


def test_not_places(seed):
    text, gold, df = seed
    for name in gold["not_places"]:
        for start in occurrences(text, name):
            overlapping = df[(df["start"] < start + len(name)) & (df["end"] > start)]
            assert overlapping.empty, f"{name} taken for a place: {overlapping[['surface', 'name']].values}"


def test_table_has_the_schema_columns(seed):
    *_, df = seed
    for col in ("start", "end", "surface", "role", "place_id", "name", "feature", "country", "latitude",
                "longitude", "score", "candidates"):
        assert col in df.columns
    assert df["start"].is_monotonic_increasing
    assert set(df["role"]) <= {"dateline", "event", "actor", "historical", "other"}
