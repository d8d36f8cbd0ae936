"""Sightings: an event as one sentence reports it (type, place, date, actors, figures, sources).

Per sentence: the event lexicon's triggers give the types (the most specific trigger of
each event type wins); a trigger right after a negation or a hypothetical cue ("no one
was killed", "threatened to strike", "agar ... gencatan senjata") is not an event.
Sentences about the past (only historical dates, "in the 1990s", "since 1994") give no
sighting and their figures are kept out. Where: the event-role place mentions of the
sentence, else the nearest of its paragraph, else the article's focus (geo_precision 3).
When: the sentence's own current date, else the last date of its paragraph, else the
article's reference date (time_precision 2). Never a dateline or an actor mention.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from ..places.model import PlaceMention
from ..text.document import Document
from ..text.packs import LanguagePack
from ..text.tokens import Sentence
from .article import ArticleInfo
from .figures import figures_in
from .lexicon import Hit, event_lexicon
from .model import Figure, TimeRef, Trigger
from .parties import Party, parties_in, qualified, with_country
from .speech import disputer, sources_of, speaker
from .taxonomy import DECISIVE_SUB_EVENT_TYPES, type_of
from .taxonomy import VIOLENT_EVENT_TYPES as _VIOLENT
from .words import phrase_spans

__all__ = ["Sighting", "read_sightings"]

# A negation or hypothetical cue this close (characters) before a trigger cancels it.
_NEGATION_REACH = 24
_GOVERNMENT_TERRITORY = "Government regains territory"
_NON_STATE_TERRITORY = "Non-state actor overtakes territory"
_QUOTE_OPENERS = "\"'“‘«"
_ATTACK = "Attack"
_ARMED_CLASH = "Armed clash"
_SHELLING = "Shelling/artillery/missile attack"
#: Doers who come on foot: their generic "attack" on homes is a raid, not shelling.
_RAIDERS = ("Unidentified Armed Group",)
_DAMAGE = "Looting/property destruction"
_GENERIC = 0.35   # trigger weights below this are generic words of violence
_SPECIFIC = 0.7
_FIGHTING = 0.6   # a Battles trigger at least this strong names fighting of its own
_NEXT_TO = 12     # characters between an attack word and the weapon word that makes it an explosion
_COUNTED_REACH = 12  # characters from a number to the armed group it counts ("three members of the militia")
_RIOTS, _PROTESTS, _BATTLES, _EXPLOSIONS = "Riots", "Protests", "Battles", "Explosions/Remote violence"
_ARMED_GROUPS = frozenset({"soldiers", "militants", "police", "fighters", "rebels"})
_ARMED_LABELS = ("Military Forces", "Police Forces", "Rebels", "Separatists", "Militia", "Security Forces",
                 "Insurgents", "Unidentified Armed Group")


@dataclass(frozen=True, slots=True)
class Sighting:
    """One event type at one place as one sentence reports it."""

    sentence: int
    trigger: Trigger
    sub_event_type: str
    place: PlaceMention | None
    geo_precision: int
    flags: tuple[str, ...]
    date: dt.date | None
    time_precision: int
    actor1: str
    actor2: str
    figures: tuple[Figure, ...]
    sources: tuple[str, ...]
    confidence: float
    #: A generic word of violence without a place of its own or figures ("Paris condemned the attack"): it
    #: most likely speaks of an event told before (see :func:`geomap.events.merge.merge_sightings`).
    echo: bool = False


class _Parties(dict):  # type: ignore[type-arg]
    """Parties of each sentence, found when first asked for (most sentences report no event)."""

    def __init__(self, doc: Document, mentions: Sequence[PlaceMention], countries: Mapping[str, str]) -> None:
        super().__init__()
        self.doc, self.mentions, self.countries = doc, mentions, countries

    def __missing__(self, index: int) -> list[Party]:
        s = self.doc.sentences[index]
        found = self[index] = parties_in(self.doc, s.start, s.end, self.mentions, self.countries)
        return found


@dataclass
class _Context:
    doc: Document
    info: ArticleInfo
    mentions: Sequence[PlaceMention]
    countries: Mapping[str, str]
    times: dict[int, list[TimeRef]]
    parties: _Parties


def _times_by_sentence(doc: Document, times: Sequence[TimeRef]) -> dict[int, list[TimeRef]]:
    out: dict[int, list[TimeRef]] = {}
    for t in times:
        out.setdefault(doc.sentence_of(t.start), []).append(t)
    return out


def _historical(times: Sequence[TimeRef]) -> bool:
    return any(t.historical for t in times) and not any(not t.historical and t.date for t in times)


def _current_date(times: Sequence[TimeRef]) -> TimeRef | None:
    dated = [t for t in times if not t.historical and t.date is not None]
    return min(dated, key=lambda t: (t.time_precision, t.start)) if dated else None


def _cancelled(doc: Document, sentence: Sentence, trigger: Trigger, cues: Sequence[Hit]) -> bool:
    """Is the trigger negated ("no one was killed") or only hoped for, feared or threatened?

    A negation cancels a trigger right after it; a hypothetical cue ("so that", "threatened to",
    "agar") cancels every trigger after it in its clause.
    """
    for n in cues:
        if n.end > trigger.start:
            continue
        gap = doc.text[n.end:trigger.start]
        if n.label == "negation" and len(gap) <= _NEGATION_REACH:
            return True
        if n.label == "hypothetical" and not any(c in gap for c in ",;:"):
            return True
    return False


def _killing_by_armed_men(doc: Document, sentence: Sentence, figures: Sequence[Figure]) -> list[Trigger]:
    """"Gunmen killed 12 people", "12 villagers were killed by militants": no word of the lexicon names the
    deed, but armed men killing people is an attack (``Attack``; a battle when those killed are armed).

    The armed men stand before the outcome word, not as the group counted ("12 soldiers were killed in a road
    accident" is no attack), or after it behind the pack's agent word ("by").
    """
    lex = event_lexicon(doc.lang)
    killed = [o for o in lex.outcomes(doc.text, sentence.start, sentence.end) if o.label == "killed"]
    if not killed or not any(f.what == "killed" for f in figures):
        return []
    counted = [f.quantity.end for f in figures]
    agents = phrase_spans(doc, sentence.start, sentence.end, doc.pack.agent)
    for a in lex.actors(doc.text, sentence.start, sentence.end):
        if not a.label.startswith(_ARMED_LABELS):
            continue
        if any(0 <= a.start - q <= _COUNTED_REACH for q in counted):
            continue  # "12 soldiers", "tiga anggota kelompok bersenjata": who was counted, not who killed
        before = [o for o in killed if o.start >= a.end]
        by = [o for o in killed if o.end <= a.start and any(o.end <= b0 and a.start - b1 <= 3 for b0, b1 in agents)]
        for o in (before or by)[:1]:
            return [Trigger(o.start, o.end, o.text, "Violence against civilians", _ATTACK, _GENERIC)]
    return []


def _heading(sentence: Sentence) -> bool:
    """A subheading ("Darurat Perang", "War Crimes Probe") names a topic, not an event: a short line in
    Title Case without end punctuation."""
    words = sentence.text.split()
    return (len(words) <= 5 and "\n" not in sentence.text and sentence.text[-1:].isalnum()
            and all(w[:1].isupper() or not w[:1].isalpha() for w in words))


def _rank(t: Trigger) -> tuple[bool, float]:
    """How a trigger ranks within its event type: a decisive turn ("tear gas", "recaptured") first."""
    return t.sub_event_type in DECISIVE_SUB_EVENT_TYPES, t.weight


def _best_triggers(triggers: Sequence[Trigger]) -> list[Trigger]:
    """The strongest trigger of each event type, in text order.

    Damage told beside an act of violence ("a drone strike set fire to a depot") is part of
    that act, not a second event; so is a generic word of violence ("killed", "attack") beside
    a specific one ("air strike").
    """
    best: dict[str, Trigger] = {}
    types = {t.event_type for t in triggers}
    if types & (_VIOLENT | {_RIOTS}):
        triggers = [t for t in triggers if t.sub_event_type != _DAMAGE]
    if _RIOTS in types:  # a protest that turned violent is a riot, one event
        triggers = [t for t in triggers if t.event_type != _PROTESTS]
    strongest = max((t.weight for t in triggers if t.event_type in _VIOLENT), default=0.0)
    if strongest >= _SPECIFIC:  # "killed in an air strike": the generic "killed" is the same event
        triggers = [t for t in triggers if t.weight >= _GENERIC or t.event_type not in _VIOLENT]
    blasts = [t for t in triggers if t.event_type == _EXPLOSIONS]
    # "an explosives attack", "un ataque con explosivos": a generic attack word next to the weapon is that blast
    triggers = [t for t in triggers if not (t.sub_event_type == _ATTACK and t.weight < _GENERIC and any(
        abs(b.start - t.end) <= _NEXT_TO or abs(t.start - b.end) <= _NEXT_TO for b in blasts))]
    if max((t.weight for t in blasts), default=0.0) >= _SPECIFIC:
        # "artillery pounded the town": a weak word of fighting beside shelling is the shelling; "an attack with
        # explosives": an attack made with explosives or from afar is an explosion, whoever it hit (as ACLED codes it)
        triggers = [t for t in triggers if not (t.event_type == _BATTLES and t.weight < _FIGHTING)
                    and t.sub_event_type != _ATTACK]
    for t in triggers:
        cur = best.get(t.event_type)
        if cur is None or _rank(t) > _rank(cur):
            best[t.event_type] = t
    return sorted(best.values(), key=lambda t: t.start)


def _places(ctx: _Context, sentence: Sentence, triggers: Sequence[Trigger]
            ) -> list[tuple[PlaceMention | None, int, tuple[str, ...]]]:
    """Where: ``(mention, geo_precision, flags)`` choices for a sentence's events.

    A name inside a trigger phrase is a word of the phrase, not a place ("Baku tembak" = exchange of fire).
    """
    own = [m for m in ctx.mentions if m.role == "event" and m.sentence == sentence.index
           and not any(t.start <= m.start < t.end for t in triggers)]
    own = [m for i, m in enumerate(own) if not (i and _container(ctx.doc.text, own[i - 1], m, ctx.doc.pack))
           and not any(_holds(m, other) for other in own)]
    fine = [m for m in own if m.place is None or m.place.feature != "country"]
    if fine or own:
        return [(m, m.geo_precision, m.flags) for m in _distinct(fine or own)]
    paragraph = ctx.info.paragraph_of(sentence.start)
    near = [m for m in ctx.mentions if m.role == "event" and ctx.info.paragraph_of(m.start) == paragraph
            and (m.place is None or m.place.feature != "country")]
    if near:
        before = [m for m in near if m.start < sentence.start]
        m = before[-1] if before else near[0]
        return [(m, max(m.geo_precision, 2 if m.geo_precision == 1 else m.geo_precision), m.flags)]
    if ctx.info.focus is not None:
        return [(ctx.info.focus, 3, ("placed_at_focus_region",))]
    return [(None, 3, ("no_location",))]


def _container(text: str, inner: PlaceMention, outer: PlaceMention, pack: LanguagePack) -> bool:
    """Does ``outer`` only say where ``inner`` lies ("Timika, Papua", "Goma (North Kivu)", "Goma in North Kivu")?"""
    if outer.place is None or outer.place.feature not in ("admin1", "region", "country"):
        return False
    between = text[inner.end:outer.start].strip(" ,").lower()
    if between in ("", "(", "-", "–"):
        return True
    # "Goma in North Kivu", "Tame, en el departamento de Arauca", "الفاشر في ولاية شمال دارفور": "in", then only
    # words of place types, directions and function words
    words = between.replace(",", " ").split()
    return words[0] in pack.locative and not any(w in pack.conjunctions for w in words) and all(
        w in pack.locative or w in pack.compass or w in pack.cue_before or w in pack.cue_after or w in pack.stopwords
        for w in words)


def _holds(outer: PlaceMention, inner: PlaceMention) -> bool:
    """Is ``outer`` the first-level region that ``inner``'s place lies in ("en el municipio de Tame, en el
    departamento de Arauca")? Then it only says where the event's place lies."""
    o, i = outer.place, inner.place
    return (o is not None and i is not None and o.feature == "admin1" and i.feature != "admin1"
            and i.country == o.country and bool(o.admin1) and i.admin1 == o.admin1)


def _distinct(mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    seen, out = set(), []
    for m in mentions:
        key = m.place.place_id if m.place is not None and "placed_at_focus_region" not in m.flags else m.surface
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def _speaker(ctx: _Context, sentence: Sentence) -> Party | None:
    s = speaker(ctx.doc, sentence, ctx.parties[sentence.index])
    if s is None and sentence.text[:1] in _QUOTE_OPENERS and sentence.index + 1 < len(ctx.doc.sentences):
        nxt = ctx.doc.sentences[sentence.index + 1]
        if ctx.info.paragraph_of(nxt.start) == ctx.info.paragraph_of(sentence.start):
            s = speaker(ctx.doc, nxt, ctx.parties[nxt.index])
    return s


def _disputer(ctx: _Context, sentence: Sentence) -> Party | None:
    d = disputer(ctx.doc, sentence, ctx.parties[sentence.index])
    if d is None and sentence.index + 1 < len(ctx.doc.sentences):  # "... 40 killed. Moscow denied it."
        nxt = ctx.doc.sentences[sentence.index + 1]
        d = disputer(ctx.doc, nxt, ctx.parties[nxt.index])
    return d


def _actors(ctx: _Context, sentence: Sentence, trigger: Trigger, event_type: str, said_by: Party | None,
            place: PlaceMention | None, cues: Sequence[Hit]) -> tuple[str, str]:
    """(actor1, actor2): who did it and to whom, from the parties of the sentence.

    The speaker is the doer only in a battle (it is one side) or when it names itself
    between its verb and the deed ("Baku claimed that *its forces* struck ...").
    """
    parties = [p for p in ctx.parties[sentence.index] if p.kind != "outlet" and p is not said_by
               and not (said_by is not None and p.start == said_by.start)]
    if said_by is not None:
        parties = [with_country(p, said_by.country, ctx.countries) for p in parties]
    doers = [p for p in parties if p.kind in ("armed", "state", "official", "protesters")]
    agents = phrase_spans(ctx.doc, sentence.start, sentence.end, ctx.doc.pack.agent)
    passive = [p for p in doers if any(b <= p.start and p.start - b <= 30 for _, b in agents)]
    if event_type == "Battles":
        ordered = passive + [p for p in doers if p not in passive]
        names = _unique(_armed(p, event_type, ctx.countries) for p in ordered)
        if not names and said_by is not None and said_by.kind in ("state", "official", "armed"):
            names = [_armed(said_by, event_type, ctx.countries)]
        return (names[0] if names else "", names[1] if len(names) > 1 else "")
    before = [p for p in doers if p.end <= trigger.start]
    after = [p for p in parties if p.start >= trigger.end and p not in passive]
    actor1 = (passive[0] if passive else before[-1] if before else None)
    a1 = _armed(actor1, event_type, ctx.countries) if actor1 is not None else ""
    own_side = said_by is not None and any(c.label == "self" and said_by.end <= c.start < trigger.start for c in cues)
    if not a1 and own_side and said_by.kind in ("state", "official", "armed") and event_type in _VIOLENT:  # type: ignore[union-attr]
        a1 = _armed(said_by, event_type, ctx.countries)  # type: ignore[arg-type]
    a2 = ""
    # Civilians are victims wherever they stand ("20 civilians were killed in the attack on ..."); a side in arms
    # only after the deed.
    victims = [p for p in after if p.kind == "civilians"] or [p for p in parties if p.kind == "civilians"] or [
        p for p in after if p.kind in ("armed", "state")]
    country = place.place.country if place is not None and place.place is not None else ctx.info.focus_country
    if victims:
        a2 = _armed(with_country(victims[0], country, ctx.countries), event_type, ctx.countries)
    elif event_type == "Violence against civilians" or (event_type in _VIOLENT and _civilian_target(ctx, sentence)):
        a2 = qualified("Civilians", ctx.countries.get(country, country))
    if event_type == "Protests" and not a1:
        a1 = qualified("Protesters", ctx.countries.get(country, country))
    return a1, (a2 if a2 != a1 else "")


def _places_hit(ctx: _Context, sentence: Sentence, trigger: Trigger) -> bool:
    """Is the target after the trigger a civilian place (homes, settlements) rather than people? Not when the
    sentence says the place was burned or destroyed on the spot ("attackers set fire to houses", "os atacantes
    incendiaram casas"): that is no shelling from afar."""
    lex = event_lexicon(ctx.doc.lang)
    people = lex.groups(ctx.doc.text, trigger.end, sentence.end)
    targets = [a for a in lex.actors(ctx.doc.text, trigger.end, sentence.end) if a.label == "Civilians"]
    burned = [t.end for t in lex.triggers(ctx.doc.text, trigger.end, sentence.end) if t.sub_event_type == _DAMAGE]
    return any(not any(g.start <= t.start < g.end for g in people) and not any(end <= t.start for end in burned)
               for t in targets)  # head word not a person


def _civilian_target(ctx: _Context, sentence: Sentence) -> bool:
    return any(g.label == "civilians" for g in event_lexicon(ctx.doc.lang).groups(ctx.doc.text, sentence.start,
                                                                                   sentence.end))


def _armed(p: Party, event_type: str, countries: Mapping[str, str]) -> str:
    """A state named as a doer of violence is its military; otherwise the party's label."""
    if p.kind in ("state", "official") and event_type in _VIOLENT and p.country:
        return qualified("Military Forces", countries.get(p.country, p.label))
    return p.label


def _unique(items) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for x in items:
        if x and x not in out:
            out.append(x)
    return out


def _sub_type(trigger: Trigger, actor1: str, actor2: str, figures: Sequence[Figure], places_hit: bool) -> str:
    """The trigger's sub-event type, made precise by who acts and who suffers.

    Territory changes hands to a government or to a non-state group; an "attack" whose
    victims are armed (soldiers, militants, police) is a battle, not violence against civilians;
    an "attack" on homes and settlements rather than on people (``places_hit``) in a war is
    shelling from a distance.
    """
    sub = trigger.sub_event_type
    if sub == _ATTACK and (actor2.startswith(_ARMED_LABELS) or any(f.who in _ARMED_GROUPS for f in figures)):
        return _ARMED_CLASH
    if sub == _ATTACK and trigger.weight < 0.5 and places_hit and not actor1.startswith(_RAIDERS):
        return _SHELLING  # not when gunmen came to the homes ("gunmen attacked homes"): a raid on the ground
    if sub in (_GOVERNMENT_TERRITORY, _NON_STATE_TERRITORY) and actor1:
        state = actor1.startswith(("Military Forces", "Government", "Police Forces", "Security Forces"))
        return _GOVERNMENT_TERRITORY if state else _NON_STATE_TERRITORY
    return sub


def read_sightings(doc: Document, info: ArticleInfo, mentions: Sequence[PlaceMention],
                   times: Sequence[TimeRef], countries: Mapping[str, str]) -> list[Sighting]:
    """Every sighting of the document, in text order; figures of trigger-less sentences join the last one."""
    lex = event_lexicon(doc.lang)
    times = [t for t in times if t.start >= info.head_end]  # the dateline's date stamps the article
    ctx = _Context(doc, info, mentions, countries, _times_by_sentence(doc, times), _Parties(doc, mentions, countries))
    out: list[Sighting] = []
    last_date: dict[int, TimeRef] = {}
    for sentence in doc.sentences:
        stimes = ctx.times.get(sentence.index, [])
        if _historical(stimes):
            continue
        paragraph = info.paragraph_of(sentence.start)
        current = _current_date(stimes)
        if current is not None:
            last_date[paragraph] = current
        triggers = [] if _heading(sentence) else lex.triggers(doc.text, sentence.start, sentence.end)
        figures = figures_in(doc, sentence, stimes)
        if not triggers and figures and not _heading(sentence) and not (
                out and info.paragraph_of(doc.sentences[out[-1].sentence].start) == info.paragraph_of(sentence.start)):
            triggers = _killing_by_armed_men(doc, sentence, figures)  # (else: more figures of the event before)
        if not triggers and not figures:
            continue
        said_by = _speaker(ctx, sentence)
        if figures:
            d = _disputer(ctx, sentence)
            figures = [replace(f, claimed_by=said_by.label if said_by else "", disputed_by=d.label if d else "")
                       for f in figures]
        if not triggers:
            if figures and out and info.paragraph_of(doc.sentences[out[-1].sentence].start) == paragraph:
                out[-1] = replace(out[-1], figures=out[-1].figures + tuple(figures))
            continue
        actors = lex.actors(doc.text, sentence.start, sentence.end)
        negations = [c for c in lex.negations(doc.text, sentence.start, sentence.end)
                     if not any(a.start <= c.start < a.end for a in actors)]  # "orang tak dikenal"
        live = [t for t in _best_triggers(triggers) if not _cancelled(doc, sentence, t, negations)]
        if not live:
            continue
        when = current or last_date.get(paragraph)
        date = when.date if when is not None else info.reference_date
        precision = when.time_precision if when is not None else 2
        if current is None and any(c.label == "day_before" for c in negations):
            # "sehari sebelumnya", "the day before": a day before the date told last
            told = out[-1].date if out and out[-1].date is not None else info.reference_date
            date, precision = (told - dt.timedelta(days=1), 1) if told is not None else (date, precision)
        sources = sources_of(doc, sentence, ctx.parties[sentence.index])
        if said_by is not None and said_by.label not in sources:
            sources = (said_by.label, *sources)
        carrier = next((t for t in live if type_of(t.sub_event_type) in _VIOLENT), live[0])
        for trigger in live:
            first = trigger is carrier
            event_type = type_of(trigger.sub_event_type)
            places = _places(ctx, sentence, triggers)
            own = any(m is not None and m.sentence == sentence.index for m, _, _ in places)
            echo = not own and not figures and trigger.weight < _SPECIFIC and event_type in _VIOLENT
            for place, precision_geo, flags in places:
                actor1, actor2 = _actors(ctx, sentence, trigger, event_type, said_by, place, negations)
                score = place.score if place is not None else 0.0
                confidence = min(1.0, 0.45 + 0.25 * min(trigger.weight, 1.0) + 0.3 * score
                                 - (0.15 if "placed_at_focus_region" in flags else 0.0))
                out.append(Sighting(
                    sentence=sentence.index, trigger=trigger,
                    sub_event_type=_sub_type(trigger, actor1, actor2, figures if first else (),
                                             _places_hit(ctx, sentence, trigger)),
                    place=place, geo_precision=precision_geo, flags=tuple(flags), date=date,
                    time_precision=precision, actor1=actor1, actor2=actor2,
                    figures=tuple(figures) if first else (), sources=sources, confidence=round(confidence, 3),
                    echo=echo,
                ))
                first = False
    return out
