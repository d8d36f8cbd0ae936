"""The resolver's scoring table keeps what it derived from the picks between calls: it must answer as a
fresh table would once a pick or the focus countries change."""

from __future__ import annotations

from collections import Counter

import pytest

from geomap import Geoparser
from geomap.places.resolver import _Table

TEXT = ("Springfield and Portland sent buses to Victoria on Friday. Later the convoy from Springfield "
        "stopped in Richmond, where Portland's mayor spoke.")


@pytest.fixture(scope="module")
def setting(gaz):
    parser = Geoparser(gaz)
    doc = parser.document(TEXT, "en", None, "t")
    mentions = parser.spotter.spot(doc)
    resolver = parser.resolver
    cands = resolver.candidate_lists(doc, mentions)
    return resolver, doc, mentions, cands


def first_picks(table: _Table, cands):
    picks = [cs[k] if cs else None for cs, k in zip(cands, table.first_picks)]
    picked = [table.offsets[i] + k if cs else -1 for i, (cs, k) in enumerate(zip(cands, table.first_picks))]
    return picks, picked


def fresh_scores(setting, i, picks, picked, focus, dateline=""):
    resolver, doc, mentions, cands = setting
    return _Table(resolver, doc, mentions, cands).score(i, picks, picked, focus, dateline, None)


def test_a_changed_pick_is_seen_as_by_a_fresh_table(setting):
    resolver, doc, mentions, cands = setting
    ambiguous = [i for i, cs in enumerate(cands) if len(cs) >= 2]
    assert len({mentions[i].key for i in ambiguous}) >= 2, [m.surface for m in mentions]
    i = ambiguous[0]
    j = next(k for k in ambiguous if mentions[k].key != mentions[i].key)
    table = _Table(resolver, doc, mentions, cands)
    picks, picked = first_picks(table, cands)
    focus, _ = resolver._focus(doc, mentions, picks)
    before = table.score(i, picks, picked, focus, "", None)
    assert before == fresh_scores(setting, i, picks, picked, focus)
    # Move mention j to its namesake farthest from its first pick: mention i's closeness changes.
    first = picks[j]
    far = max(range(len(cands[j])), key=lambda k: abs(cands[j][k].lat - first.lat) + abs(cands[j][k].lon - first.lon))
    picks[j], picked[j] = cands[j][far], table.offsets[j] + far
    table.changed(j)
    after = table.score(i, picks, picked, focus, "", None)
    assert after == fresh_scores(setting, i, picks, picked, focus)
    assert after != before
    assert table.features(0) == _features_of_fresh(setting, i, picks, picked, focus)


def _features_of_fresh(setting, i, picks, picked, focus):
    resolver, doc, mentions, cands = setting
    table = _Table(resolver, doc, mentions, cands)
    table.score(i, picks, picked, focus, "", None)
    return table.features(0)


def test_focus_counts_not_the_counter_object_decide(setting):
    resolver, doc, mentions, cands = setting
    i = next(i for i, cs in enumerate(cands) if len(cs) >= 2)
    table = _Table(resolver, doc, mentions, cands)
    picks, picked = first_picks(table, cands)
    focus, _ = resolver._focus(doc, mentions, picks)
    scores = table.score(i, picks, picked, focus, "", None)
    assert table.score(i, picks, picked, Counter(focus), "", None) == scores  # same counts, new object
    other = Counter({country: 1.0 for country in {c.country for c in cands[i]}})
    other[cands[i][-1].country] += 5.0  # the article now about the last namesake's country
    moved = table.score(i, picks, picked, other, "", None)
    assert moved == fresh_scores(setting, i, picks, picked, other)
    assert moved != scores
    dated = table.score(i, picks, picked, other, cands[i][-1].country, None)
    assert dated == fresh_scores(setting, i, picks, picked, other, cands[i][-1].country)
    assert dated != moved
