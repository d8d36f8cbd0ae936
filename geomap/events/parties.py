"""Who is named in a sentence: states, armed forces, officials, civilians, outlets.

A *party* is anything that can do, suffer, state or deny something: a country or a
capital standing for its government ("Baku claimed"), a demonym ("Armenian forces"), a
phrase of the event lexicon's ``actors`` ("the defence ministry", "separatis"), qualified
by the state named next to it ("pasukan Azerbaijan" -> "Military Forces of Azerbaijan"),
or a news outlet (AFP, Kompas.com).

>>> from geomap.text.document import make_document
>>> doc = make_document("Armenian forces shelled the town, the AFP agency said.", lang="en")
>>> [(p.label, p.kind) for p in parties_in(doc, 0, len(doc.text), [], countries={"AM": "Armenia"})]
[('Military Forces of Armenia', 'armed'), ('AFP', 'outlet')]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..mentions.lexicon import lexicon
from ..places.model import PlaceMention
from ..text.document import Document
from ..text.packs import LanguagePack
from .article import _DOMAIN, _agency_pattern
from .lexicon import event_lexicon

__all__ = ["KINDS", "Party", "parties_in", "qualified"]

#: What a party can be. ``state`` a country or its capital; ``armed`` forces, police, rebels;
#: ``official`` ministries, governments, spokespeople; ``civilians``; ``protesters``; ``outlet`` a news source.
KINDS = ("state", "armed", "official", "civilians", "protesters", "outlet", "other")

# Actor labels of the event lexicons, by kind (anything else is "other").
_KIND_OF_LABEL = {
    "Military Forces": "armed", "Police Forces": "armed", "Separatists": "armed", "Rebels": "armed",
    "Militia": "armed", "Unidentified Armed Group": "armed", "Insurgents": "armed", "Armed Group": "armed",
    "Security Forces": "armed", "Terrorists": "armed", "Mercenaries": "armed",
    "Ministry of Defence": "official", "Government": "official", "Ministry of Interior": "official",
    "Ministry of Foreign Affairs": "official", "Officials": "official", "Military Spokesperson": "official",
    "Civilians": "civilians", "Protesters": "protesters", "Rioters": "protesters", "Students": "protesters",
    "Workers": "protesters",
}
_CAPITALS = frozenset({"PPLC", "PPLG"})
# How far (in characters) a state may stand from an actor phrase and still qualify it.
_QUALIFY_REACH = 28


@dataclass(frozen=True, slots=True)
class Party:
    """A party named in the text: ``label`` for the table, ``kind`` (see KINDS), ``country`` ISO code."""

    start: int
    end: int
    text: str
    label: str
    kind: str
    country: str = ""


def qualified(label: str, country_name: str) -> str:
    """ACLED-style actor name: ``Military Forces of Azerbaijan``, ``Civilians (Armenia)``.

    >>> qualified("Military Forces", "Azerbaijan"), qualified("Protesters", "Chile"), qualified("Rebels", "")
    ('Military Forces of Azerbaijan', 'Protesters (Chile)', 'Rebels')
    """
    if not country_name:
        return label
    if label in ("Military Forces", "Police Forces", "Government", "Security Forces") or label.startswith("Ministry"):
        return f"{label} of {country_name}"
    return f"{label} ({country_name})"


#: How far (characters) a country's name may stand before the place it locates ("Syria's northern city of").
_LOCATES_REACH = 30


def _locates_next(text: str, m: PlaceMention, after: Sequence[PlaceMention]) -> bool:
    """Does country mention ``m`` only say where the place named right after it lies?"""
    if not after or after[0].place is None or m.place is None:
        return False
    nxt = after[0]
    gap = text[m.end:nxt.start]
    return (nxt.place.country == m.place.country and nxt.place.feature != "country" and len(gap) <= _LOCATES_REACH
            and not any(c in gap for c in ".;!?"))


def _holds_previous(text: str, m: PlaceMention, before: Sequence[PlaceMention], pack: LanguagePack | None = None
                    ) -> bool:
    """Is country mention ``m`` the container written after the place before it ("Marawi, Filipina"; with the
    part of the country: "Cabo Delgado province, northern Mozambique", "..., norte de Moçambique")?"""
    if not before or before[0].place is None or m.place is None:
        return False
    prev = before[0]
    if prev.place.country != m.place.country or prev.place.feature == "country":
        return False
    gap = text[prev.end:m.start].strip()
    if gap in (",", "("):
        return True
    words = gap.lower().replace(",", " , ").replace("(", " ( ").split()
    # The place's own cue word may end it first ("Cabo Delgado province, northern Mozambique").
    while words and pack is not None and words[0] in pack.cue_after:
        words = words[1:]
    return pack is not None and 1 < len(words) <= 4 and words[0] in (",", "(") and any(
        w in pack.compass for w in words) and all(
        w in pack.compass or w in pack.stopwords or w in pack.locative for w in words[1:])


def _states(doc: Document, start: int, end: int, mentions: Sequence[PlaceMention],
            countries: Mapping[str, str]) -> list[Party]:
    out = []
    where: list[tuple[int, int]] = []  # country names that only say where a place lies
    for k, m in enumerate(mentions):
        if not (start <= m.start < end) or m.place is None or m.role == "dateline":
            continue
        p = m.place
        if p.feature == "country" and m.role in ("other", "event") and (
                _locates_next(doc.text, m, mentions[k + 1:k + 2])
                or _holds_previous(doc.text, m, mentions[k - 1:k], doc.pack)):
            where.append((m.start, m.end))  # "Syria's northern city of Aleppo", "Marawi, Filipina"
            continue
        if p.country and (p.feature == "country" or (m.role == "actor" and p.feature_code in _CAPITALS)):
            # a country, or a capital standing for its government: "Baku claimed"
            out.append(Party(m.start, m.end, m.surface, countries.get(p.country, p.name), "state", p.country))
        elif m.role == "actor":
            # a region or city standing for its authorities ("Karabakh announced"): itself, not its country
            out.append(Party(m.start, m.end, m.surface, p.name, "state", ""))
    taken = [(p.start, p.end) for p in out] + where
    demonyms = lexicon(doc.pack).demonyms
    toks = doc.tokens[doc.token_index(start):doc.token_index(end)]
    for i, tok in enumerate(toks):
        if not tok.is_cap or any(a <= tok.start < b for a, b in taken):
            continue
        for n in (2, 1):
            if i + n > len(toks):
                continue
            surface = doc.text[tok.start:toks[i + n - 1].end]
            code = demonyms.get(surface)
            if code and len(code) == 2:
                out.append(Party(tok.start, toks[i + n - 1].end, surface, countries.get(code, code), "state", code))
                break
    return out


def parties_in(doc: Document, start: int, end: int, mentions: Sequence[PlaceMention],
               countries: Mapping[str, str]) -> list[Party]:
    """Parties named in ``doc.text[start:end]``, in text order.

    ``mentions`` are the article's resolved place mentions; ``countries`` maps ISO codes
    to the names used in labels. A state right next to an actor phrase qualifies it and
    is not listed on its own.
    """
    states = _states(doc, start, end, mentions, countries)
    lex = event_lexicon(doc.lang)
    used: set[int] = set()
    out: list[Party] = []
    for hit in lex.actors(doc.text, start, end):
        kind = _KIND_OF_LABEL.get(hit.label, "other")
        best = None
        for j, s in enumerate(states):
            if j in used:
                continue
            gap = s.start - hit.end if s.start >= hit.end else hit.start - s.end
            between = doc.text[min(s.end, hit.end):max(s.start, hit.start)]
            if 0 <= gap <= _QUALIFY_REACH and "," not in between and (best is None or gap < best[0]):
                best = (gap, j)
        if best is not None:
            s = states[best[1]]
            used.add(best[1])
            out.append(Party(min(hit.start, s.start), max(hit.end, s.end), doc.text[min(hit.start, s.start):
                             max(hit.end, s.end)], qualified(hit.label, s.label), kind, s.country))
        else:
            out.append(Party(hit.start, hit.end, hit.text, hit.label, kind, ""))
    out.extend(s for j, s in enumerate(states) if j not in used)
    for pattern in (_agency_pattern(), _DOMAIN):
        for m in pattern.finditer(doc.text, start, end):
            out.append(Party(m.start(), m.end(), m.group(), m.group(), "outlet"))
    out.sort(key=lambda p: (p.start, -p.end))
    kept: list[Party] = []
    for p in out:
        if kept and p.start < kept[-1].end:
            continue
        kept.append(p)
    return kept


def with_country(party: Party, country: str, countries: Mapping[str, str]) -> Party:
    """``party`` qualified by ``country`` when it names no state itself."""
    if party.country or not country or party.kind not in ("armed", "official", "civilians", "protesters"):
        return party
    return replace(party, label=qualified(party.label, countries.get(country, country)), country=country)
