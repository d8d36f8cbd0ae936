"""Stage 3, places: choose the gazetteer entry each mention means, with a score and runners-up.

The default resolver (``"context"``) ranks every candidate of a mention with the
evidence a reader would use, as a logistic model whose weights are fitted on the
development sets (``bench/fit_resolver.py`` writes ``weights.json``):

- how likely the place is named at all (population, feature type, how many names it has);
- how well the spelling matches;
- whether its type fits the cue word (``desa`` = village, ``the province of``);
- agreement with the rest of the article: the article's focus country, closeness to the
  other places, the dateline's country, the language's home countries;
- ``X, Y`` and ``X in Y`` patterns where Y contains X.

A mention whose best candidate scores below the model's threshold is left unresolved
("none of these"). A name the gazetteer cannot place but whose context does is placed
at the article's focus region with geo_precision 3 and flagged.
"""

from __future__ import annotations

import json
import math
import os
import threading
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from difflib import SequenceMatcher
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from operator import attrgetter, itemgetter
from typing import Any, NamedTuple

import numpy as np

from gazetteer import haversine_km
from gazetteer.index import ALIAS_MATCH, match_quality
from gazetteer.model import prior as place_prior
from gazetteer.normalize import abjad_forms, fold, has_latin, is_abjad, light_fold
from gazetteer.store import CODE_LANGS

from ..errors import BadInputError
from ..mentions.model import Mention
from ..text.document import Document
from .model import Candidate, PlaceMention, _maker, _tail_maker

__all__ = ["FEATURE_NAMES", "RESOLVERS", "ContextResolver", "Resolver", "get_resolver", "load_weights"]

# Codes (IATA, ISO...) match only a name written in capitals; dotted abbreviations ("Calif.") are names.
_CODES = CODE_LANGS - {"abbr"}

FEATURE_NAMES = (
    "prior",
    "quality",
    "cue_fit",
    "cue_clash",
    "focus_country",
    "home_country",
    "proximity",
    "container",
    "dateline_country",
    "is_country",
    "primary_name",
    "prior_gap",
    "is_admin1",
    "in_named_region",
)
_PRIMARY = FEATURE_NAMES.index("primary_name")
_CUE_FITS = {
    "village": {"village", "city"},
    "city": {"city", "village"},
    "region": {"region", "admin1"},
    "admin1": {"admin1", "region"},
    "country": {"country"},
    "physical": {"physical"},
    "part": {"region", "admin1", "country"},  # "southern Gaza", "northern Syria": a part of an area
}
_MAX_CANDIDATES = 25
#: Up to this many distances (picks x rows) are computed in plain Python, more with numpy (see _Table._ensure).
_FEW_DISTANCES = 48
#: A candidate this well known is never rejected as "none of these" (a country, a capital, a big city).
_WELL_KNOWN = 0.8
#: Candidates kept per mention after ranking (the pick and its runners-up).
_KEEP = 4
#: geo_precision of a point a source copied from the unit above (gazetteer ``extra["point"]``).
_INHERITED_POINT = {"parent": 2, "districts": 2, "islands": 2, "province": 3}
#: Cue phrases that end in "of": what follows may be the country the region belongs to.
_OF = (" of", " de", " del", " du", " di", " d'")
#: A region with this many names is known across languages.
_MANY_NAMES = 10
#: A town this well known stands for the province of its name around it.
_CITY = 0.5
#: Below this prior a namesake is a minor unit (a ward, a hamlet): outside a named container it is not meant.
_MINOR = 0.3
#: How far from a second-level unit's point its places may lie.
_DISTRICT_KM = 80.0
#: A region's name spelled another way (see :meth:`ContextResolver._near_spelling`): this alike at least ...
_NEAR_RATIO = 0.85
#: ... and this long (folded letters).
_NEAR_SHORTEST = 5
#: A town's name spelled another way (see :meth:`ContextResolver._near_town`): this alike at least.
_TOWN_RATIO = 0.92
#: The article's places within this many km of a town gather around it (see :func:`_focus_town`) ...
_TOWN_KM = 50.0
#: ... when there are at least this many of them.
_TOWN_PICKS = 3
#: A hamlet this far from every other place of the article is a stray namesake (see :func:`_stray`).
_STRAY_KM = 200.0
#: ... and how far a village the text names lies from them in another country (see _stray).
_ABROAD_KM = 1000.0


@lru_cache(maxsize=1)
def load_weights() -> dict[str, Any]:
    """The fitted model: ``{"weights": {feature: w}, "bias": b, "threshold": t, ...}``."""
    text = resources.files("geomap.places").joinpath("weights.json").read_text(encoding="utf-8")
    model = json.loads(text)
    missing = set(FEATURE_NAMES) - set(model["weights"])
    if missing:
        raise BadInputError(f"geomap/places/weights.json lacks weights for {sorted(missing)}; "
                            "refit with: python bench/fit_resolver.py")
    return model


@dataclass
class _Shared:
    """What the resolvers of one index file learn from it, shared by all of them (see :func:`_shared`).

    Every value is a function of the index and of its key alone (a lookup is keyed by the spelling too),
    so an article resolves the same whatever articles the process read before.
    """

    #: (key, surface) -> the candidates of a name (:meth:`ContextResolver._lookup`).
    lookups: dict[tuple[str, str], list[Candidate]] = field(default_factory=dict)
    #: code -> the candidates of a country code or place id.
    codes: dict[str, list[Candidate]] = field(default_factory=dict)
    #: (id of a candidate list, cue feature, province cue) -> (that list, the list narrowed by the cue).
    narrowed: dict[tuple[int, str, bool], tuple[list[Candidate], list[Candidate]]] = field(default_factory=dict)
    #: (key, surface, code, cue feature, cue, home countries) of a mention -> (its candidates, those its cue
    #: keeps, their rows): see :meth:`ContextResolver._lists`.
    mention_lists: dict[tuple[Any, ...], tuple[list[Candidate], list[Candidate], _Rows]] = field(
        default_factory=dict)
    #: (ids of the candidate lists of X and Y in "X, Y") -> (those lists, X's candidates inside Y or None).
    within: dict[tuple[int, int], tuple[list[Candidate], list[Candidate], list[Candidate] | None]] = field(
        default_factory=dict)
    #: (id of a candidate list, cue feature, home countries) -> its rows of the scoring table.
    rows: dict[tuple[int, str, tuple[str, ...]], _Rows] = field(default_factory=dict)
    #: place id -> how its point was obtained (gazetteer ``extra["point"]``).
    point_kinds: dict[str, str] = field(default_factory=dict)
    #: country -> (place id, folded spelling) of every name of its first-level regions.
    regions: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    #: (folded name, country) -> the ids of the country's first-level regions spelled almost so.
    near_regions: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    #: (key, country) -> the one town or region of the country spelled almost like the key, or None.
    near_towns: dict[tuple[str, str], Candidate | None] = field(default_factory=dict)


#: Entries a shared cache holds before it is emptied.
_SHARED_LIMIT = 50_000
#: Index files whose caches are kept at once.
_SHARED_FILES = 4
_SHARED: dict[tuple[str, int, int], _Shared] = {}
_SHARED_LOCK = threading.Lock()


def _shared(gazetteer: Any) -> _Shared:
    """The caches of ``gazetteer``'s index file (a new Geoparser on the same index starts warm).

    Keyed by the file's path, modification time and size: a rebuilt index gets new caches. A
    gazetteer without a file gets caches of its own.

    >>> class NoFile: pass
    >>> _shared(NoFile()) is _shared(NoFile())
    False
    """
    path = getattr(gazetteer, "path", None)
    if path is None:
        return _Shared()
    path = os.fspath(path)
    st = os.stat(path)
    stamp = (path, st.st_mtime_ns, st.st_size)
    with _SHARED_LOCK:
        caches = _SHARED.get(stamp)
        if caches is None:
            if len(_SHARED) >= _SHARED_FILES:
                del _SHARED[next(iter(_SHARED))]  # the index read longest ago
            caches = _SHARED[stamp] = _Shared()
    return caches


class Resolver(ABC):
    """Turns mentions into resolved place mentions (roles are assigned afterwards)."""

    name = ""

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer

    @abstractmethod
    def resolve(self, doc: Document, mentions: Sequence[Mention]) -> list[PlaceMention]:
        """One :class:`PlaceMention` per mention, in the same order (role left as ``other``)."""


class ContextResolver(Resolver):
    """The default offline resolver: gazetteer candidates ranked by article context."""

    name = "context"

    def __init__(self, gazetteer: Any, weights: dict[str, Any] | None = None) -> None:
        super().__init__(gazetteer)
        model = weights or load_weights()
        self.w = [float(model["weights"][f]) for f in FEATURE_NAMES]
        self.bias = float(model.get("bias", 0.0))
        self.threshold = float(model.get("threshold", 0.0))
        self._shared = _shared(gazetteer)

    # -- candidates ------------------------------------------------------------------------------
    def candidates(self, mention: Mention) -> list[Candidate]:
        """Every gazetteer entry the mention may mean (one per place, best spelling kept)."""
        if mention.code:
            return self._code_candidates(mention.code)
        if not mention.key:
            return []
        # Keyed by surface too: the match quality of each candidate depends on the spelling, and an
        # article must resolve the same whatever articles the process read before.
        key = (mention.key, mention.surface)
        lookups = self._shared.lookups
        cached = lookups.get(key)
        if cached is None:
            cached = self._lookup(mention.key, mention.surface)
            if len(lookups) >= _SHARED_LIMIT:
                lookups.clear()
            lookups[key] = cached
        return cached

    def _lookup(self, key: str, surface: str) -> list[Candidate]:
        # The best spelling of each place (first seen wins ties), ranked by prior x quality; only the
        # kept ones become Candidates.
        best: dict[int, tuple[float, tuple[Any, ...]]] = {}
        query = light_fold(surface)
        capitals = surface.isupper()
        rows = self.gazetteer.lookup(key)
        if is_abjad(surface):  # also the spelling without its clitics and article: "الخرطوم" is "خرطوم"
            for form_key in sorted({fold(form) for form in abjad_forms(surface)} - {key}):
                rows = [*rows, *self.gazetteer.lookup(form_key)]
        for row in rows:
            if row[14] in _CODES and not capitals:
                continue  # "Tol" in running text is a word, not Toledo's airport code TOL
            quality = match_quality(row[13], row[14], surface, query) or _case_ending_quality(row[13], query)
            prev = best.get(row[0])
            if prev is None or quality > prev[0]:
                best[row[0]] = (quality, row)
        # Names that only share a consonant skeleton with the query (quality 0) are no match when some
        # name is; when none is, they stay so that the mention is seen to fit none of them.
        matches = [(quality, row) for quality, row in best.values() if quality] or list(best.values())
        scored = [(place_prior(row[3], row[4], row[5], row[10], row[11]), quality, row)
                  for quality, row in matches]
        scored.sort(key=lambda t: -(t[0] * t[1]))
        gaz = self.gazetteer
        return [
            Candidate(
                place_id=row[1], name=row[2], feature=row[3], feature_class=row[4], feature_code=row[5],
                country=row[6], admin1=gaz.admin1_name(row[6], row[7]) or row[7],
                lat=row[8], lon=row[9], population=row[10], alt_count=row[11],
                matched=row[13], quality=quality, prior=prior, primary=light_fold(row[2]) == query,
            )
            for prior, quality, row in scored[:_MAX_CANDIDATES]
        ]

    def _code_candidates(self, code: str) -> list[Candidate]:
        """The country a code names, or the place a place id names (cached per index file)."""
        codes = self._shared.codes
        cached = codes.get(code)
        if cached is None:
            if len(codes) >= _SHARED_LIMIT:
                codes.clear()
            cached = codes[code] = self._code_lookup(code)
        return cached

    def _code_lookup(self, code: str) -> list[Candidate]:
        if ":" in code or code.isdigit():
            place = self.gazetteer.get(code)
            places = [place] if place else []
        else:
            places = self.gazetteer.search(code, country=code, feature="country", limit=1) or [
                p for p in self.gazetteer.countries() if p.country == code
            ]
        return [
            Candidate(place_id=p.id, name=p.name, feature=p.feature, feature_class=p.feature_class,
                      feature_code=p.feature_code, country=p.country, admin1=p.admin1, lat=p.lat, lon=p.lon,
                      population=p.population, alt_count=p.alt_count, matched=p.name, quality=1.0, primary=True,
                      prior=place_prior(p.feature, p.feature_class, p.feature_code, p.population, p.alt_count))
            for p in places
        ]

    def _rows(self, cs: list[Candidate], cue_feature: str, home: tuple[str, ...], weights: tuple[float, ...]
              ) -> _Rows:
        """The context-free rows of ``cs`` (the same for every mention with this list, cue and language)."""
        key = (id(cs), cue_feature, home)
        cache = self._shared.rows
        rows = cache.get(key)
        if rows is None or rows.cands is not cs or rows.weights != weights:
            if len(cache) >= _SHARED_LIMIT:
                cache.clear()
            rows = cache[key] = _rows(cs, cue_feature, home, weights)
        return rows

    # -- features ----------------------------------------------------------------------------------
    def features(
        self, doc: Document, mentions: Sequence[Mention], cands: list[list[Candidate]], index: int,
        picks: list[Candidate | None], focus: Counter[str], dateline_country: str,
    ) -> list[tuple[float, ...]]:
        """Feature vectors (in :data:`FEATURE_NAMES` order) of mention ``index``'s candidates."""
        table = _Table(self, doc, mentions, cands)
        picked = [-1] * len(mentions)
        for k, p in enumerate(picks):
            if p is not None:
                picked[k] = table.offsets[k] + next(
                    (n for n, c in enumerate(cands[k]) if c.place_id == p.place_id), 0)
        table.score(index, picks, picked, focus, dateline_country, self._container(doc, mentions, picks, index))
        return [table.features(k) for k in range(len(cands[index]))]

    def candidate_lists(self, doc: Document, mentions: Sequence[Mention]) -> list[list[Candidate]]:
        """Each mention's candidates, narrowed by what the text says (``X, Y`` containers, cue words)."""
        raw = [self.candidates(m) for m in mentions]
        cands = self._within_containers(doc, mentions, raw)
        return [self._narrowed(m, cs) for m, cs in zip(mentions, cands)]

    def _narrowed(self, m: Mention, cs: list[Candidate]) -> list[Candidate]:
        """``cs`` narrowed by ``m``'s cue word (:func:`_by_cue`): the same list object for the same list and cue,
        so that what is derived from it is kept too."""
        if not cs:
            return cs
        narrowed = self._shared.narrowed
        key = (id(cs), m.cue_feature, _province_cue(m))
        entry = narrowed.get(key)
        if entry is None or entry[0] is not cs:
            if len(narrowed) >= _SHARED_LIMIT:
                narrowed.clear()
            entry = narrowed[key] = (cs, _by_cue(m, cs))
        return entry[1]

    def _lists(self, doc: Document, mentions: Sequence[Mention], gaps: list[str]
               ) -> tuple[list[list[Candidate]], list[_Rows]]:
        """:meth:`candidate_lists` and the rows of each list (:meth:`_rows`), through a cache per name, spelling,
        code and cue of a mention; ``gaps`` holds the text between each mention and the next, stripped."""
        home = tuple(doc.pack.home_countries)
        weights = (self.bias, *self.w)
        cache = self._shared.mention_lists
        raw: list[list[Candidate]] = []
        cands: list[list[Candidate]] = []
        rows: list[_Rows] = []
        for m in mentions:
            key = (m.key, m.surface, m.code, m.cue_feature, m.cue, home)
            entry = cache.get(key)
            if entry is None or entry[2].weights != weights:
                found = self.candidates(m)
                narrowed = self._narrowed(m, found)
                if len(cache) >= _SHARED_LIMIT:
                    cache.clear()
                entry = cache[key] = (found, narrowed, self._rows(narrowed, m.cue_feature, home, weights))
            raw.append(entry[0])
            cands.append(entry[1])
            rows.append(entry[2])
        for i, cs in enumerate(self._within_containers(doc, mentions, raw, gaps)):
            if cs is not raw[i]:  # narrowed by the container after it ("X, Y")
                m = mentions[i]
                cands[i] = self._narrowed(m, cs)
                rows[i] = self._rows(cands[i], m.cue_feature, home, weights)
        return cands, rows

    def _within_containers(
        self, doc: Document, mentions: Sequence[Mention], cands: list[list[Candidate]], gaps: list[str] | None = None
    ) -> list[list[Candidate]]:
        """``Paris, Texas``, ``Kharkiv (Ukraine)``: keep only the candidates inside the named container.
        ``gaps``: the text between each mention and the next, stripped, when known."""
        out = list(cands)
        text = doc.text
        cache = self._shared.within
        for i in range(len(mentions) - 1):
            nxt = cands[i + 1]
            if not cands[i] or not nxt:
                continue
            between = gaps[i] if gaps is not None else text[mentions[i].end:mentions[i + 1].start].strip()
            if between not in (",", "("):
                continue
            entry = cache.get((id(cands[i]), id(nxt)))
            if entry is None or entry[0] is not cands[i] or entry[1] is not nxt:
                if len(cache) >= _SHARED_LIMIT:
                    cache.clear()
                entry = cache[id(cands[i]), id(nxt)] = (cands[i], nxt, _within(cands[i], nxt))
            if entry[2] is not None:
                out[i] = entry[2]
        return out

    @staticmethod
    def _container(
        doc: Document, mentions: Sequence[Mention], picks: list[Candidate | None], index: int
    ) -> Candidate | None:
        """The place right after ``X, Y`` / ``X in Y`` / ``X (Y)`` that may contain mention ``index``."""
        if index + 1 >= len(mentions):
            return None
        return _holder(picks[index + 1]) if _joined(doc.text, mentions[index], mentions[index + 1]) else None

    def _score(self, f: tuple[float, ...]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.w, f))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    # -- resolution ------------------------------------------------------------------------------
    def resolve(self, doc: Document, mentions: Sequence[Mention]) -> list[PlaceMention]:
        scored, picks, focus, joined = self._rank(doc, mentions)
        return self._place(doc, mentions, scored, picks, focus, joined)

    def _rank(self, doc: Document, mentions: Sequence[Mention]
              ) -> tuple[list[list[Candidate]], list[Candidate | None], Counter[str], list[bool]]:
        """Each mention's ranked candidates (best first, with runners-up), the picks, the article's focus countries
        and which mentions are joined to the next ("X, Y")."""
        text = doc.text
        gaps = [text[m.end:nxt.start].strip() for m, nxt in pairwise(mentions)]
        cands, rows = self._lists(doc, mentions, gaps)
        # Pass 1: provisional picks from what is known without context.
        picks: list[Candidate | None] = [None] * len(mentions)
        picked = [-1] * len(mentions)  # row of each pick in the table
        table = _Table(self, doc, mentions, cands, rows)
        for i, cs in enumerate(cands):
            if cs:
                k = table.first_picks[i]
                picks[i], picked[i] = cs[k], table.offsets[i] + k
        focus, dateline_country = self._focus(doc, mentions, picks)
        # Pass 2 (twice: the second sees the improved picks of the first); each mention sees the picks
        # made before it in the same pass.
        # A mention that repeats an earlier one (same name, candidates, cue and container) scores the same
        # as long as no pick of another name has changed since: its result is reused.
        memo: dict[tuple[int, str, str, str], Any] = {}
        scored: list[list[Candidate]] = []
        # Which mentions the next one may contain (X, Y): the text between them does not change.
        joined = [_joins(gap, nxt) for gap, nxt in zip(gaps, mentions[1:])] + [False]
        for final in (False, True):
            memo.clear()
            for i, cs in enumerate(cands):
                if not final and len(cs) < 2:
                    continue  # nothing to choose; its pick is already its only candidate
                if not cs:
                    scored.append([])
                    continue
                m = mentions[i]
                container = _holder(picks[i + 1]) if joined[i] else None
                seen = (id(cs), m.key, m.cue_feature, container.place_id if container is not None else "")
                result = memo.get(seen)
                if result is None:
                    scores = table.score(i, picks, picked, focus, dateline_country, container)
                    if final:
                        result = table.ranked(scores)  # best first; equal scores in candidate order
                    else:
                        result = scores.index(max(scores))  # the first of the best
                    memo[seen] = result
                if final:
                    ranked, k = result
                    scored.append(ranked)
                    pick = ranked[0]
                else:
                    k = result
                    pick = cs[k]
                row = table.offsets[i] + k
                if row != picked[i]:
                    # Only the results of the mentions of other names may change: a mention's context is the
                    # picks of the other names (see _Table.score).
                    memo = {seen: kept for seen, kept in memo.items() if seen[1] == m.key}
                    table.changed(i)
                picks[i], picked[i] = pick, row
            if not final:
                focus, dateline_country = self._focus(doc, mentions, picks)
        return scored, picks, focus, joined

    def _place(self, doc: Document, mentions: Sequence[Mention], scored: list[list[Candidate]],
               picks: list[Candidate | None], focus: Counter[str], joined: list[bool]) -> list[PlaceMention]:
        """The place mentions: each mention's best candidate, or "none of these", or where the article puts a name
        the gazetteer lacks (its container, a region spelled alike, the focus region), with flags saying which."""
        region = self._focus_region(picks, focus)
        # Where each name the gazetteer lacks goes when joined to the next: its holder or town, or where
        # that next name went ("A, B, kawasan C di Batam": all three in Batam).
        chained: list[Candidate | None] = [None] * (len(mentions) + 1)
        for i in reversed(range(len(mentions))):
            if joined[i] and not scored[i]:
                chained[i] = _holder_or_town(doc.text, mentions[i], mentions[i + 1], picks[i + 1]) or chained[i + 1]
        # One sense per article: a name placed at its container once ("Pesing, Jakarta Barat") is there at every
        # other mention that only a hamlet elsewhere would explain (the headline's bare "Pesing").
        echoed = {fold(m.surface): c for m, c in zip(mentions, chained) if c is not None}
        # Places no other name of the article vouches for (a one-line brief): a located town is taken on its own.
        alone = len({p.place_id for p in picks if p is not None}) <= 1
        out = []
        for i, (m, ranked) in enumerate(zip(mentions, scored)):
            best = ranked[0] if ranked else None
            flags: list[str] = []
            place, stray, home = best, False, region
            score = best.score if best else 0.0
            if best is not None and (not best.quality or (
                    self._absolute(best, m) < self.threshold and not _well_known(best) and not _fits(m, best)
                    and not (alone and _located_town(m, best)))):
                place, flags = None, ["none_of_the_candidates"]
            elif stray := (best is not None and (home := self._home(best, m, region, picks, focus, i)) is not None
                           and _stray(best, m, home, picks, i)):
                # A hamlet far from everything else the article names: rather a place the gazetteer lacks.
                place, flags = None, ["none_of_the_candidates"]
            precision = self._point_precision(place)
            container = chained[i]
            if container is None and echoed and best is not None and best.prior < _MINOR and not _fits(m, best):
                container = echoed.get(fold(m.surface))
            near = self._near_spelling(m.surface, Counter([container.country]) if container is not None else focus
                                       ) if not ranked and m.cue_feature in ("admin1", "region") else None
            if near is None and not ranked and container is None and (
                    "cue" in m.evidence or "locative" in m.evidence or "given" in m.evidence):
                near = self._near_town(m.surface, focus)
            if near is not None:
                # "the Oromia region (of Ethiopia)": a first-level region of the country spelled another way (Oromiya)
                place, precision, score = near, 3, 0.5
                flags += ["spelled_differently"]
            elif container is not None:  # "X, Y", "X di Y" where the gazetteer has no X in Y: at Y
                place, precision, score = container, max(2, self._point_precision(container)), 0.3
                flags += ["not_in_gazetteer", "placed_at_container"]
            elif place is None and (not ranked or stray or "cue" in m.evidence or "given" in m.evidence) and (
                    fallback := _sentence_region(mentions, picks, i) or home) is not None:
                # A name the gazetteer lacks, a stray namesake, a cued name or a span the caller says is a place.
                # The region named last before it in its sentence ("... Sulawesi Utara, X ..."), else the article's.
                place, precision = fallback, 3
                flags += ["not_in_gazetteer" if not ranked else "unresolved", "placed_at_focus_region"]
                score = min(score, 0.5) if ranked else 0.3
            out.append(_new_mention((  # the fields in the order of _MENTION_FIELDS
                doc.doc_id, m.start, m.end, m.surface, "other", place, score, len(ranked), precision, m.sentence,
                m.cue, tuple(flags), tuple(ranked[1:4]), m.evidence, {},
            )))
        return out

    def _home(self, best: Candidate, m: Mention, region: Candidate | None, picks: list[Candidate | None],
              focus: Counter[str], i: int) -> Candidate | None:
        """The article's region as the stray test of mention ``i`` reads it: for a name the text calls a village
        whose namesake is the only place of its country, the region the article's other places point to
        ("the villages of Chai and ..., in Cabo Delgado": not Turkey, which only that namesake stands for)."""
        if m.cue_feature != "village" or focus.get(best.country, 0) > 1 or (
                region is not None and region.country != best.country):
            return region
        return self._focus_region([p if j != i else None for j, p in enumerate(picks)],
                                  focus - Counter({best.country: 1}))

    def _absolute(self, best: Candidate, m: Mention) -> float:
        """``best``'s score as the "none of these" threshold reads it. A name written in another script than the
        place's preferred name (Новой Каховке, 卡霍夫卡) can never spell it: the preferred-name weight, which
        ranks namesakes, is credited so that a text in Cyrillic, Arabic or Chinese is held to the bar of one in
        Latin letters."""
        if best.primary or not best.score or has_latin(m.surface) or not has_latin(best.name):
            return best.score
        logit = math.log(best.score / (1.0 - best.score)) if best.score < 1.0 else 30.0
        return 1.0 / (1.0 + math.exp(-(logit + self.w[_PRIMARY])))

    def _near_spelling(self, surface: str, focus: Counter[str]) -> Candidate | None:
        """The first-level region of one of the article's two main countries whose name is spelled almost like
        ``surface`` (a letter more or less, another vowel: "Oromia" and "Oromiya"), if exactly one is."""
        key = fold(surface)
        if len(key) < _NEAR_SHORTEST:
            return None
        found: set[str] = set()
        for country, _ in focus.most_common(2):
            found.update(self._near_regions(key, country))
        return self._code_candidates(found.pop())[0] if len(found) == 1 else None

    def _near_regions(self, key: str, country: str) -> frozenset[str]:
        """The ids of ``country``'s first-level regions with a name spelled almost like ``key`` (folded), kept
        per key and country (see :meth:`_near_spelling`)."""
        cache = self._shared.near_regions
        found = cache.get((key, country))
        if found is None:
            regions = self._shared.regions.get(country)
            if regions is None:
                regions = self._shared.regions[country] = [
                    (pid, fold(name)) for pid, name in self.gazetteer.region_names(country)]
            if len(cache) >= _SHARED_LIMIT:
                cache.clear()
            found = cache[key, country] = frozenset(
                pid for pid, name in regions if name[:1] == key[:1] and abs(len(name) - len(key)) <= 2
                and _alike(key, name))
        return found

    def _near_town(self, surface: str, focus: Counter[str]) -> Candidate | None:
        """The town or region of the article's main country whose name is spelled almost like ``surface``
        ("the port of Hodeidah": the index's Hodeida), if exactly one is: a name the text places (a cue word, a
        locative) that the gazetteer lacks as written. Only names of the same first three letters are compared."""
        key = fold(surface)
        if len(key) < _NEAR_SHORTEST or not focus or not has_latin(surface):
            return None
        country = focus.most_common(1)[0][0]
        cache = self._shared.near_towns
        if (key, country) in cache:
            return cache[key, country]
        found: dict[str, Candidate] = {}
        letters = set(key)
        for near in self.gazetteer.keys_starting(key[:3]):
            # Cheap tests first: the length, then the distinct letters in common, then difflib.
            if near == key or abs(len(near) - len(key)) > 2 or 2 * len(letters & set(near)) < _TOWN_RATIO * (
                    len(letters) + len(set(near))) or not _alike(key, near, _TOWN_RATIO):
                continue
            for c in self._lookup(near, near):
                if c.country == country and c.feature in ("city", "admin1") and c.prior >= _MINOR:
                    found[c.place_id] = c
        if len(cache) >= _SHARED_LIMIT:
            cache.clear()
        town = cache[key, country] = next(iter(found.values())) if len(found) == 1 else None
        return town

    def _point_precision(self, place: Candidate | None) -> int:
        """geo_precision of ``place``'s point: 2 or 3 when a source copied it from the unit above."""
        precision = _precision(place)
        if place is None or precision == 3 or ":" not in place.place_id:  # GeoNames points are the places'
            return precision
        kinds = self._shared.point_kinds
        kind = kinds.get(place.place_id)
        if kind is None:
            if len(kinds) >= _SHARED_LIMIT:
                kinds.clear()
            kind = kinds[place.place_id] = str(self.gazetteer.extra(place.place_id).get("point", ""))
        return max(precision, _INHERITED_POINT.get(kind, precision))

    @staticmethod
    def _focus(
        doc: Document, mentions: Sequence[Mention], picks: list[Candidate | None]
    ) -> tuple[Counter[str], str]:
        """Countries the article is about (weighted mention counts) and the dateline's country."""
        focus: Counter[str] = Counter()
        for p in picks:
            if p is not None and p.country:
                focus[p.country] = focus.get(p.country, 0.0) + 1.0
        dateline_country = ""
        if mentions and picks[0] is not None and mentions[0].start < 40:
            head = doc.text[mentions[0].end:mentions[0].end + 30]
            if any(sep in head for sep in ("--", "—", "–", " - ", "(", ":")) or mentions[0].surface.isupper():
                dateline_country = picks[0].country
        return focus, dateline_country

    @staticmethod
    def _focus_region(picks: list[Candidate | None], focus: Counter[str]) -> Candidate | None:
        """The region (or else the country) the article is most about, for names the gazetteer lacks."""
        # A region of the country the article is most about ("غرب", a stray namesake in Ireland, is not).
        country = _most_common(focus) if focus else None
        regions: dict[str, int] = {}
        for p in picks:
            if p is not None and p.feature in ("region", "admin1") and (country is None or p.country == country):
                regions[p.place_id] = regions.get(p.place_id, 0) + 1
        if regions:
            top = _most_common(regions)
            return next(p for p in picks if p is not None and p.place_id == top)
        if country is not None:
            return _focus_town(picks, country) or next(
                (p for p in picks if p is not None and p.country == country and p.feature == "country"), None)
        return None


#: Longest case ending (in characters) after a name in a script of South Asia: Bengali "য়" in "কুমিল্লায়".
_CASE_ENDING = 3


def _within(cands: list[Candidate], nxt: list[Candidate]) -> list[Candidate] | None:
    """The candidates of ``X`` in ``X, Y`` inside ``Y`` (whose candidates are ``nxt``), ``[]`` for none when every
    namesake is a hamlet elsewhere, or None when ``Y`` is no container or holds none of them."""
    best = max(nxt, key=lambda c: c.prior * c.quality)
    district = best.feature == "region" and best.feature_code == "ADM2"
    if best.feature not in ("country", "admin1") and not district:
        return None
    inside = [
        c for c in cands
        if c.country == best.country and (best.feature == "country" or c.admin1 == best.admin1) and (
            not district or haversine_km(c.lat, c.lon, best.lat, best.lon) < _DISTRICT_KM)
    ]
    if inside:
        return inside
    if max(c.prior for c in cands) < _MINOR:
        # Every namesake is a hamlet or ward elsewhere: the one in Y is missing from the gazetteer
        # ("X, Jakarta Utara" for a neighbourhood X it lacks); it is placed at Y (see resolve).
        return []
    return None


def _most_common(counts: dict[str, Any]) -> str:
    """The key of the greatest count, the first of equal ones (as ``Counter.most_common(1)``).

    >>> _most_common({"UA": 2.0, "RU": 3.0, "PL": 3.0})
    'RU'
    """
    return max(counts.items(), key=itemgetter(1))[0]


def _case_ending_quality(matched: str, query: str) -> float:
    """Quality of a stored name in a script of South Asia (Devanagari to Sinhala) that the query (light-folded)
    writes with a case ending after it (Bengali "কুমিল্লায়", in Comilla; "ঢাকার", of Dhaka): as through
    transliteration, 0.85; else 0. The spotter found the name through the pack's ``inflections``.

    >>> _case_ending_quality("কুমিল্লা", light_fold("কুমিল্লায়")), _case_ending_quality("Comilla", "comillay")
    (0.85, 0.0)
    """
    if not query or not "\u0900" <= query[0] <= "\u0dff":
        return 0.0
    name = light_fold(matched)
    return 0.85 if len(name) >= 3 and query.startswith(name) and 0 < len(query) - len(name) <= _CASE_ENDING else 0.0


def _alike(a: str, b: str, ratio: float = _NEAR_RATIO) -> bool:
    """Are ``a`` and ``b`` at least ``ratio`` alike (difflib's ratio; its cheap upper bounds first)?

    >>> _alike("oromia", "oromiya"), _alike("oromia", "amhara")
    (True, False)
    """
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio


def _stray(best: Candidate, m: Mention, region: Candidate, picks: list[Candidate | None], i: int) -> bool:
    """Is ``best`` a hamlet far from the article's focus and from every other place it names, or, for a name
    the text calls a village, a place in another country far from all of them? Then the name is more likely
    a neighbourhood or village the gazetteer lacks than that namesake."""
    if region.feature not in ("city", "admin1", "region"):
        return False
    minor = best.prior < _MINOR and not _fits(m, best)
    # "the villages of Chai and ..., in Cabo Delgado": a village the text names, not a town abroad spelled alike.
    abroad = m.cue_feature == "village" and best.country != region.country and best.feature != "country"
    if not (minor or abroad):
        return False
    others = [(p.lat, p.lon) for j, p in enumerate(picks) if j != i and p is not None and p.place_id != best.place_id]
    return _nearest_km(best.lat, best.lon, [*others, (region.lat, region.lon)]) > (_STRAY_KM if minor else _ABROAD_KM)


def _focus_town(picks: list[Candidate | None], country: str) -> Candidate | None:
    """The town of ``country`` the article's places gather around: the city picked with most of the
    country's picks within :data:`_TOWN_KM` km of it (at least :data:`_TOWN_PICKS`, and most of them).
    A name the gazetteer lacks in an article about the streets of one city is in that city, not at the
    country's centre.
    """
    placed = [p for p in picks if p is not None and p.country == country and p.feature != "country"]
    if len(placed) < _TOWN_PICKS:
        return None
    points = Counter((p.lat, p.lon) for p in placed)  # a place named again counts again
    best, best_n = None, 0
    for town in {p.place_id: p for p in placed if p.feature == "city"}.values():
        n = sum(times for (lat, lon), times in points.items() if haversine_km(lat, lon, town.lat, town.lon) <= _TOWN_KM)
        if n > best_n or (n == best_n and best is not None and town.prior > best.prior):
            best, best_n = town, n
    return best if best_n >= _TOWN_PICKS and 2 * best_n > len(placed) else None


_JOINS = frozenset((",", "(", "-", "di", "in", "en", "à", "в", "у", "في", "dan", "and", ""))
_HOLDERS = frozenset(("country", "admin1", "region"))


def _joined(text: str, m: Mention, nxt: Mention) -> bool:
    """Is ``nxt`` joined to ``m`` as its container may be (``X, Y``, ``X in Y``, ``X (Y)``, ``X, kawasan Y``)?"""
    return _joins(text[m.end:nxt.start].strip(), nxt)


def _joins(gap: str, nxt: Mention) -> bool:
    """:func:`_joined` of the text between the mentions, stripped (``gap``)."""
    between = gap.lower()
    cue = nxt.cue.lower()
    if cue and between.endswith(cue):  # the cue word of the next name is not what joins them
        between = between[:-len(cue)].rstrip()
    return between in _JOINS


def _holder(pick: Candidate | None) -> Candidate | None:
    """``pick`` when it is a place that may hold others (a country, province or region)."""
    return pick if pick is not None and pick.feature in _HOLDERS else None


def _sentence_region(mentions: Sequence[Mention], picks: list[Candidate | None], i: int) -> Candidate | None:
    """The province or region picked for the last name before mention ``i`` in its sentence, else for the
    first after it ("the town of Pont-Sondé in Haiti's Artibonite department")."""
    sentence = mentions[i].sentence
    for j in (*range(i - 1, -1, -1), *range(i + 1, len(mentions))):
        if mentions[j].sentence != sentence:
            if j > i:
                return None
            continue
        pick = picks[j]
        if pick is not None and pick.feature in ("admin1", "region"):
            return pick
    return None


def _holder_or_town(text: str, m: Mention, nxt: Mention, pick: Candidate | None) -> Candidate | None:
    """The place that holds ``m`` when the gazetteer has no ``m``: a holder (:func:`_holder`) or a town or
    an island joined other than by "and" ("kawasan X di Batam": a neighbourhood of the town)."""
    if pick is not None and (pick.feature == "city" or pick.feature_code == "ISL") and (
            text[m.end:nxt.start].strip().lower() not in ("dan", "and")):
        return pick
    return _holder(pick)


class _Rows(NamedTuple):
    """The context-free part of the table rows of one candidate list (see :meth:`ContextResolver._rows`).

    Tuples of numbers and strings, which the garbage collector stops visiting once they are cached.
    """

    cands: list[Candidate]
    weights: tuple[float, ...]
    static: tuple[tuple[float, ...], ...]
    base: tuple[float, ...]
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    #: The squared cosine of each latitude (how a degree of longitude shrinks there; see :meth:`_Table._ensure`).
    k2: tuple[float, ...]
    countries: tuple[str, ...]
    has_country: bool
    #: The candidate picked before any context: the best known, the cue's type first (-1: no candidates).
    first_pick: int
    #: Candidates that are countries (close to the places named inside them).
    country_at: tuple[int, ...]
    #: (candidate, (country, admin1)) of the first-level regions (close to the places named inside them).
    admin1_at: tuple[tuple[int, tuple[str, str]], ...]
    #: (candidate, (country, admin1)) of the places inside a first-level region (``in_named_region``).
    inner_at: tuple[tuple[int, tuple[str, str]], ...]
    #: Each candidate's field values before ``features`` and ``score`` (see :meth:`_Table.scored`).
    heads: tuple[tuple[Any, ...], ...]


def _rows(cs: list[Candidate], cue_feature: str, home: tuple[str, ...], weights: tuple[float, ...]) -> _Rows:
    """The rows of candidate list ``cs`` for a mention with ``cue_feature``, in a language whose home
    countries are ``home``, scored with ``weights`` (bias first, then the weights of the features)."""
    fits = _CUE_FITS.get(cue_feature)
    # How far below the mention's best-known namesake (0 for it): a hamlet next to the other places
    # must not beat the state or country of the same name by closeness alone.
    top = max((c.prior for c in cs), default=0.0)
    static = tuple([(
        c.prior, c.quality,
        1.0 if fits and c.feature in fits else 0.0,
        1.0 if fits and c.feature not in fits else 0.0,
        1.0 if c.country in home else 0.0,
        1.0 if c.feature == "country" or c.feature_code == "CONT" else 0.0,
        1.0 if c.primary else 0.0,
        c.prior - top,
        1.0 if c.feature == "admin1" else 0.0,
    ) for c in cs])
    bias, w0, w1, w2, w3, _, w5, _, _, _, w9, w10, w11, w12, _ = weights
    base = tuple([bias + w0 * f0 + w1 * f1 + w2 * f2 + w3 * f3 + w5 * f5 + w9 * f9 + w10 * f10 + w11 * f11
                  + w12 * f12 for f0, f1, f2, f3, f5, f9, f10, f11, f12 in static])
    # Before the context is read, a namesake named by another of its names counts less, as in a search ("Salem"
    # is first the Indian city, not Jerusalem, which a few texts call so).
    first = max(range(len(cs)), key=lambda k: cs[k].prior * cs[k].quality * (1.0 if cs[k].primary else ALIAS_MATCH) + (
        0.3 if fits and cs[k].feature in fits else 0.0)) if cs else -1
    country_at = tuple([k for k, c in enumerate(cs) if c.feature == "country"])
    lat = tuple([c.lat for c in cs])
    k2 = tuple((np.cos(np.radians(np.array(lat, dtype=float))) ** 2).tolist())
    return _Rows(cs, weights, static, base, lat, tuple([c.lon for c in cs]), k2,
                 tuple([c.country for c in cs]), bool(country_at), first, country_at,
                 tuple([(k, (c.country, c.admin1)) for k, c in enumerate(cs) if c.feature == "admin1" and c.admin1]),
                 tuple([(k, (c.country, c.admin1)) for k, c in enumerate(cs) if c.feature != "admin1" and c.admin1]),
                 tuple([_head(c) for c in cs]))


class _Table:
    """The candidates of one article's mentions, flattened, with the context-free part of their scores.

    Mention ``i``'s candidates are rows ``offsets[i]`` on (mentions with the same candidate list, a name
    repeated, share their rows); ``rows[i]`` holds the context-free part of their scores (:class:`_Rows`).
    :meth:`score` adds the article context (focus country, closeness to the other mentions' picks,
    containers, the dateline) to the scores of one mention's candidates. The closeness of every row to a
    picked row is computed (with numpy for many rows), one column per pick, and kept: picks change little
    from one pass to the next.

    A caller that scores mention after mention with the same ``picks`` list calls :meth:`changed`
    whenever it changes a pick to another candidate (what :meth:`score` derives from the picks is
    kept until then).
    """

    def __init__(self, resolver: ContextResolver, doc: Document, mentions: Sequence[Mention],
                 cands: list[list[Candidate]], rows: list[_Rows] | None = None) -> None:
        self.resolver, self.doc, self.mentions, self.cands = resolver, doc, mentions, cands
        if rows is None:
            home = tuple(doc.pack.home_countries)
            weights = (resolver.bias, *resolver.w)
            rows = [resolver._rows(cs, m.cue_feature, home, weights) for m, cs in zip(mentions, cands)]
        self.rows = rows
        first: dict[int, int] = {}  # id of a candidate list -> its first row
        offsets: list[int] = []
        lat_list: list[float] = []
        lon_list: list[float] = []
        k2_list: list[float] = []
        for cs, rows in zip(cands, self.rows):
            start = first.get(id(cs))
            if start is None:
                start = first[id(cs)] = len(lat_list)
                lat_list += rows.lat
                lon_list += rows.lon
                k2_list += rows.k2
            offsets.append(start)
        self.offsets = offsets
        self.first_picks = [rows.first_pick for rows in self.rows]
        self.lat_list, self.lon_list, self.k2_list = lat_list, lon_list, k2_list
        #: The rows' latitudes, longitudes and squared cosines of latitude (numpy, made when first needed).
        self._points: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self.keys = [m.key for m in mentions]
        #: picked row -> the exponent of every row's closeness to it (see :meth:`_ensure`).
        self.columns: dict[int, list[float]] = {}
        self.version = 0
        #: Of the mentions placed at a place other than a country, as of ``_placed_version`` (see :meth:`_collect`).
        self._placed_keys: list[str] = []
        self._placed_rows: list[int] = []
        self._placed_countries: list[str] = []
        self._placed_regions: list[tuple[str, str]] = []
        self._placed_admin1: list[tuple[str, tuple[str, str]]] = []
        self._placed_version = -1
        self._focus: Counter[str] | None = None
        self._focus_version = 0
        #: mention -> (version, focus version, dateline country, container id, scores, context) of its last scoring.
        self._last: dict[int, tuple[Any, ...]] = {}
        self._share_of: dict[str, float] = {}
        #: key -> the rows closeness is measured to for a mention of that name (see :meth:`_near_rows`).
        self._near_of: dict[str, set[int]] = {}
        #: Whether the columns of every placed row are computed (see :meth:`_score`).
        self._ensured = False
        #: What :meth:`features` reads: (mention, closeness, inside, dateline country, in_region).
        self.context: tuple[int, list[float] | None, list[float] | None, str, list[float] | None] = (
            0, None, None, "", None)

    def changed(self, i: int) -> None:
        """Mention ``i``'s pick changed: what :meth:`score` derived from the picks is computed anew.

        The last scores of the mentions of the same name stay valid if they were until now: their
        context is the picks of the other names.
        """
        self.version += 1
        key, keys, valid = self.keys[i], self.keys, self.version - 1
        for k, last in self._last.items():
            if last[0] == valid and keys[k] == key:
                self._last[k] = (self.version, *last[1:])

    def _ensure(self, picked: Any) -> None:
        """The exponent of the closeness, ``-km / 300``, of every row to each picked row's point.

        Distances are equirectangular: ``111.195 * sqrt(d2)`` km for ``d2`` the squared distance in
        degrees. Each step is one correctly rounded operation, so the greatest exponent over several
        picks is that of the least ``d2``, to the last bit.
        """
        columns = self.columns
        missing = sorted({r for r in picked if r not in columns})
        if not missing:
            return
        if len(missing) * len(self.lat_list) <= _FEW_DISTANCES:
            for r in missing:
                columns[r] = self._column(r)
            return
        if self._points is None:
            self._points = (np.array(self.lat_list, dtype=float), np.array(self.lon_list, dtype=float),
                            np.array(self.k2_list, dtype=float))
        lat, lon, k2 = self._points
        at = np.array(missing, dtype=np.intp)
        # One line per pick (rows of the table along it), computed in place: dlat ** 2 + dlon ** 2 * k2, with
        # dlon = (lon - lon_row + 540) % 360 - 180; then -(111.195 * sqrt(d2)) / 300 (negating first rounds alike).
        line = lat[at][:, None] - lat
        line *= line
        dlon = lon[at][:, None] - lon
        dlon += 540.0
        dlon %= 360.0
        dlon -= 180.0
        dlon *= dlon
        dlon *= k2
        line += dlon
        np.sqrt(line, out=line)
        line *= -111.195
        line /= 300.0
        for r, column in zip(missing, line.tolist()):
            columns[r] = column

    def _column(self, r: int) -> list[float]:
        """The column of picked row ``r`` as :meth:`_ensure` computes it, one row after the other (cheaper than
        numpy for a few rows): the same operations in the same order, so the same numbers to the last bit."""
        sqrt = math.sqrt
        lat, lon = self.lat_list[r], self.lon_list[r]
        column = []
        for lat_row, lon_row, k2 in zip(self.lat_list, self.lon_list, self.k2_list):
            dlat = lat - lat_row
            dlon = (lon - lon_row + 540.0) % 360.0 - 180.0
            column.append(sqrt(dlat * dlat + dlon * dlon * k2) * -111.195 / 300.0)
        return column

    def score(self, i: int, picks: list[Candidate | None], picked: list[int], focus: Counter[str],
              dateline_country: str, container: Candidate | None) -> list[float]:
        """Scores of mention ``i``'s candidates (:meth:`features` then gives their features).

        ``picks`` holds each mention's current pick and ``picked`` its row (-1 for none);
        ``container`` is the place that may hold the mention (``X, Y``). When no pick has changed
        since the mention was last scored (see :meth:`changed`) and the focus countries, the dateline
        and the container are the same, its last scores are the answer.
        """
        holder = container.place_id if container is not None else None
        focus_version = self._use_focus(focus)
        last = self._last.get(i)
        if (last is not None and last[0] == self.version and last[1] == focus_version and last[2] == dateline_country
                and last[3] == holder):
            self.context = last[5]
            return last[4]
        scores = self._score(i, picks, picked, dateline_country, container)
        self._last[i] = (self.version, focus_version, dateline_country, holder, scores, self.context)
        return scores

    def _use_focus(self, focus: Counter[str]) -> int:
        """Score with ``focus``: each country's share of the article's mentions. Returns a number that
        changes only when the counts do (a new Counter with the same counts keeps what was derived)."""
        if focus is not self._focus:
            if self._focus is None or not dict.__eq__(self._focus, focus):
                total = sum(focus.values()) or 1.0
                self._share_of = {country: n / total for country, n in focus.items()}
                self._focus_version += 1
            self._focus = focus
        return self._focus_version

    def _score(self, i: int, picks: list[Candidate | None], picked: list[int], dateline_country: str,
               container: Candidate | None) -> list[float]:
        """:meth:`score` computed."""
        rows = self.rows[i]
        key = self.keys[i]
        if self._placed_version != self.version:
            self._collect(picks, picked)
        # The other mentions' picks (other names, not countries): closeness and the countries they lie in.
        near = self._near_of.get(key)
        if near is None:
            near = self._near_rows(key, picks, picked)
        close: list[float] | None = None
        in_region: list[float] | None = None
        if near:
            if not self._ensured:  # the columns of every placed row: one pass for all
                self._ensure(self._placed_rows)
                self._ensured = True
            # Closeness (exp(-km / 300)) to the nearest of the picks (mentions sharing a candidate list that
            # picked the same candidate share one row of ``near``: their distances are the same numbers).
            columns, a, n = self.columns, self.offsets[i], len(rows.lat)
            if n == 1:
                close = [math.exp(max([columns[r][a] for r in near]))]
            elif len(near) == 1:
                close = list(map(math.exp, columns[next(iter(near))][a:a + n]))
            else:
                close = list(map(math.exp, map(max, *[columns[r][a:a + n] for r in near])))
            placed_keys = self._placed_keys
            if rows.has_country:  # a country is close to the places named inside it
                within = {country for other, country in zip(placed_keys, self._placed_countries) if other != key}
                countries = rows.countries
                for k in rows.country_at:
                    if countries[k] in within:
                        close[k] = 1.0
            elif rows.inner_at and self._placed_admin1:
                # A place inside a first-level region the article names ("Huntsville" beside "Texas"): a
                # region's point says little of where its towns are, so this is a feature of its own, not
                # closeness. Not for a country's name: a town called "China" needs its state written beside
                # it (a container).
                named = {region for other, region in self._placed_admin1 if other != key}
                if named:
                    inner = [k for k, region in rows.inner_at if region in named]
                    if inner:
                        in_region = [0.0] * len(close)
                        for k in inner:
                            in_region[k] = 1.0
            if rows.admin1_at:  # so is a first-level region ("California" beside "Fresno")
                regions = {region for other, region in zip(placed_keys, self._placed_regions) if other != key}
                for k, region in rows.admin1_at:
                    if region in regions:
                        close[k] = 1.0
        inside = self._inside(self.cands[i], container) if container is not None else None
        self.context = (i, close, inside, dateline_country, in_region)
        return self._logistic(close, inside, rows, dateline_country, in_region)

    def _collect(self, picks: list[Candidate | None], picked: list[int]) -> None:
        """What :meth:`score` reads of the picks of the mentions placed at a place other than a country, in
        mention order: their names (keys), rows,
        countries and (country, first-level region); (key, region) of those placed at a first-level region."""
        placed = [(k, p) for k, p in enumerate(picks) if p is not None and p.feature != "country"]
        keys = self.keys
        self._placed_keys = [keys[k] for k, _ in placed]
        self._placed_rows = [picked[k] for k, _ in placed]
        self._placed_countries = [p.country for _, p in placed]
        self._placed_regions = [(p.country, p.admin1) for _, p in placed]
        self._placed_admin1 = [(keys[k], (p.country, p.admin1)) for k, p in placed if p.feature == "admin1"]
        self._placed_version = self.version
        self._near_of = {}
        self._ensured = False

    def _near_rows(self, key: str, picks: list[Candidate | None], picked: list[int]) -> set[int]:
        """The rows of the picks of the mentions not named ``key`` that closeness is measured to (kept until
        a pick changes): at most 40 distinct points (the first 40 of a set of them, as the features were
        fitted)."""
        placed_keys = self._placed_keys
        if len(placed_keys) <= 40:
            near = {r for other, r in zip(placed_keys, self._placed_rows) if other != key}
        else:
            others = [k for k, p in enumerate(picks)
                      if p is not None and self.keys[k] != key and p.feature != "country"]
            if len(others) > 40:
                kept = set(list({(p.lat, p.lon) for p in [picks[k] for k in others]})[:40])  # type: ignore[union-attr]
                lat, lon = self.lat_list, self.lon_list
                others = [k for k in others if (lat[picked[k]], lon[picked[k]]) in kept]
            near = {picked[k] for k in others}
        self._near_of[key] = near
        return near

    def _logistic(self, close: list[float] | None, inside: list[float] | None, rows: _Rows,
                  dateline_country: str, in_region: list[float] | None) -> list[float]:
        """The logistic of each row's sum, clamped to +-30 (features that are 0 on every row: ``None``).

        Each row's sum is its context-free part (``rows.base``) plus the focus term, then the terms of the
        context features. A feature that is 0 for every candidate adds ``w * 0.0`` to each sum, which
        changes no sum, so its term is left out; the other terms are added in :data:`FEATURE_NAMES` order,
        as one sum would.
        """
        w = self.resolver.w
        exp = math.exp
        w_focus, share = w[4], self._share_of.get
        if inside is None and not dateline_country and in_region is None:
            if close is None:
                return [1.0 / (1.0 + exp(-(30.0 if (x := base + w_focus * share(country, 0.0)) > 30.0
                                           else -30.0 if x < -30.0 else x)))
                        for base, country in zip(rows.base, rows.countries)]
            w_close = w[6]
            return [1.0 / (1.0 + exp(-(30.0 if (x := base + w_focus * share(country, 0.0) + w_close * c) > 30.0
                                       else -30.0 if x < -30.0 else x)))
                    for base, country, c in zip(rows.base, rows.countries, close)]
        summed = [base + w_focus * share(country, 0.0) for base, country in zip(rows.base, rows.countries)]
        if close is not None:
            summed = [s + w[6] * c for s, c in zip(summed, close)]
        if inside is not None:
            summed = [s + w[7] * n for s, n in zip(summed, inside)]
        if dateline_country:
            w_dateline = w[8]
            summed = [s + w_dateline if country == dateline_country else s + w_dateline * 0.0
                      for s, country in zip(summed, rows.countries)]
        if in_region is not None:
            summed = [s + w[13] * r for s, r in zip(summed, in_region)]
        return [1.0 / (1.0 + exp(-(30.0 if x > 30.0 else -30.0 if x < -30.0 else x))) for x in summed]

    @staticmethod
    def _inside(cs: list[Candidate], container: Candidate) -> list[float]:
        """1 for each candidate inside ``container`` (the Y of "X, Y"), else 0."""
        out = []
        for c in cs:
            inside = 0.0
            if c.place_id != container.place_id:
                if container.feature == "country":
                    inside = 1.0 if c.country == container.country else 0.0
                elif container.feature in ("admin1", "region"):
                    inside = 1.0 if c.country == container.country and (
                        c.admin1 == container.admin1 or haversine_km(c.lat, c.lon, container.lat, container.lon) < 150
                    ) else 0.0
            out.append(inside)
        return out

    def features(self, k: int) -> tuple[float, ...]:
        """Features (:data:`FEATURE_NAMES` order) of candidate ``k`` of the mention last scored."""
        i, close, inside, dateline_country, in_region = self.context
        rows = self.rows[i]
        prior, quality, cue_fit, cue_clash, home, is_country, primary, gap, is_admin1 = rows.static[k]
        country = rows.countries[k]
        return (prior, quality, cue_fit, cue_clash, self._share_of.get(country, 0.0), home,
                close[k] if close is not None else 0.0, inside[k] if inside is not None else 0.0,
                1.0 if dateline_country and country == dateline_country else 0.0, is_country, primary, gap,
                is_admin1, in_region[k] if in_region is not None else 0.0)

    def ranked(self, scores: list[float]) -> tuple[list[Candidate], int]:
        """The best :data:`_KEEP` candidates of the mention last scored (``scores``), best first (equal scores in
        candidate order), as :meth:`scored` makes them, and the best one's number."""
        i, close, inside, dateline_country, in_region = self.context
        rows = self.rows[i]
        # A reversed sort keeps equal scores in order.
        order = sorted(range(len(scores)), key=scores.__getitem__, reverse=True)[:_KEEP] if len(scores) > 1 else [0]
        share = self._share_of.get
        statics, countries, heads = rows.static, rows.countries, rows.heads
        out = []
        for k in order:
            prior, quality, cue_fit, cue_clash, home, is_country, primary, gap, is_admin1 = statics[k]
            country = countries[k]
            out.append(_candidate_from(heads[k], (
                prior, quality, cue_fit, cue_clash, share(country, 0.0), home,
                close[k] if close is not None else 0.0, inside[k] if inside is not None else 0.0,
                1.0 if dateline_country and country == dateline_country else 0.0, is_country, primary, gap,
                is_admin1, in_region[k] if in_region is not None else 0.0), scores[k]))
        return out, order[0]

    def scored(self, k: int, score: float) -> Candidate:
        """Candidate ``k`` of the mention last scored, with its features (:meth:`features`) and ``score``."""
        i, close, inside, dateline_country, in_region = self.context
        rows = self.rows[i]
        prior, quality, cue_fit, cue_clash, home, is_country, primary, gap, is_admin1 = rows.static[k]
        country = rows.countries[k]
        return _candidate_from(rows.heads[k], (
            prior, quality, cue_fit, cue_clash, self._share_of.get(country, 0.0), home,
            close[k] if close is not None else 0.0, inside[k] if inside is not None else 0.0,
            1.0 if dateline_country and country == dateline_country else 0.0, is_country, primary, gap,
            is_admin1, in_region[k] if in_region is not None else 0.0), score)


#: A candidate is rebuilt from its values other than ``features`` and ``score`` (:func:`_head`), then those two.
_CANDIDATE_FIELDS = (*[f.name for f in fields(Candidate) if f.name not in ("features", "score")], "features", "score")
_head = attrgetter(*_CANDIDATE_FIELDS[:-2])
_MENTION_FIELDS = ("doc_id", "start", "end", "surface", "role", "place", "score", "candidates", "geo_precision",
                   "sentence", "cue", "flags", "runners_up", "evidence", "extra")


#: A candidate from its head (:func:`_head`), features and score.
_candidate_from = _tail_maker(Candidate, _CANDIDATE_FIELDS, 2)
_new_mention = _maker(PlaceMention, _MENTION_FIELDS)


def _by_cue(m: Mention, cands: list[Candidate]) -> list[Candidate]:
    """What the text says the place is decides between namesakes.

    ``desa X`` / ``the village of X`` keep only villages and towns when there are
    any (never the mountain range of the same name); without a region cue, a district named after its
    seat gives way to the town itself (``kota X`` is the town, not the district named after it), and a
    province to the city of its name inside it.
    """
    fits = _CUE_FITS.get(m.cue_feature)
    if fits:
        # What the cue says, or the country the pack's abbreviation names ("wilayah AS": the United States).
        kept = [c for c in cands if c.feature in fits or (c.feature == "country" and m.code and c.country == m.code)]
        if kept:
            return kept
        if _province_cue(m):  # "Provinsi Yunan": a province is never a country, even one spelled alike (Greece)
            return [c for c in cands if c.feature != "country"]
        return cands
    if len(cands) < 2:
        return cands
    towns = [c for c in cands if c.feature_class == "P"]
    if not towns:
        return cands
    # ... and so does a province to the city of its name inside it ("Kharkiv", "Donetsk", "Odesa"), named as directly.
    return [
        c for c in cands
        if not (c.feature_class == "A" and c.feature in ("admin1", "region") and any(
            t.country == c.country and (_nearest_km(c.lat, c.lon, [(t.lat, t.lon)]) <= 50 or (
                c.feature == "admin1" and t.admin1 == c.admin1 and (t.primary or not c.primary) and t.prior >= _CITY
                and t.quality >= c.quality))  # a town matched only through another spelling does not count
            for t in towns
        ))
    ]


def _nearest_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float:
    """Distance to the nearest of ``points`` (equirectangular: plenty for a closeness feature)."""
    k = math.cos(math.radians(lat))
    best = min((la - lat) ** 2 + ((lo - lon + 540.0) % 360.0 - 180.0) ** 2 * k * k for la, lo in points)
    return 111.195 * math.sqrt(best)


def _well_known(c: Candidate) -> bool:
    """Never "none of these": a country, capital or big city, or a named region known in many languages
    ("Middle East", "North Africa", "Mediterranean": no population to rank them by)."""
    return c.prior >= _WELL_KNOWN or (c.feature_class in ("L", "H") and c.alt_count >= _MANY_NAMES)


def _located_town(m: Mention, c: Candidate) -> bool:
    """A town the text puts something in ("В Купянске", "in Kupiansk"): a place even where nothing else in the
    article vouches for it (a one-line brief)."""
    return "locative" in m.evidence and c.feature == "city" and c.prior >= _CITY and c.quality >= 0.85


def _province_cue(m: Mention) -> bool:
    """A cue that says "province" and cannot be followed by the country the province lies in ("the State of
    Israel", "the Tigray region of Ethiopia" end in "of"), unless the pack's abbreviation names a country."""
    return m.cue_feature == "admin1" and not m.code and not m.cue.endswith(_OF)


def _fits(m: Mention, c: Candidate) -> bool:
    fits = _CUE_FITS.get(m.cue_feature)
    return bool(fits and c.feature in fits)


def _precision(place: Candidate | None) -> int:
    if place is None:
        return 3
    return 1 if place.feature in ("city", "village", "physical") else 3


#: Resolver classes by name.
RESOLVERS: dict[str, type[Resolver]] = {"context": ContextResolver}


def get_resolver(name: str, gazetteer: Any, **options: Any) -> Resolver:
    """An instance of the resolver called ``name`` (default ``"context"``)."""
    try:
        return RESOLVERS[name](gazetteer, **options)
    except KeyError:
        raise BadInputError(f"Unknown resolver {name!r}: choose one of {', '.join(sorted(RESOLVERS))}") from None
