"""Who says so and who denies it: speakers and disputers of a sentence.

A speaker is the party before a speech verb ("Baku claimed", "the ministry said"), the
party after one that follows a quote or opens the clause ("..., said the ministry",
"jelas kementerian pertahanan"), or the party after an attribution phrase ("according
to", "menurut", "dikutip dari"). A disputer is the party next to a dispute word
("Armenia denied", "bantahan dari Armenia").

>>> from geomap.text.document import make_document
>>> doc = make_document("Police said 5 died. Organisers denied it.", lang="en")
>>> s = doc.sentences
>>> p1 = [Party(0, 6, "Police", "Police Forces", "armed")]
>>> p2 = [Party(20, 30, "Organisers", "Organisers", "other")]
>>> speaker(doc, s[0], p1).label, disputer(doc, s[1], p2).label
('Police Forces', 'Organisers')
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..text.document import Document
from ..text.packs import LanguagePack
from ..text.tokens import Sentence
from .parties import Party
from .words import phrase_spans

__all__ = ["disputer", "sources_of", "speaker"]

# How far (characters) a speaker may stand from its verb.
_REACH = 90
#: How far after a denial (characters) what is denied is looked for ("denied any involvement").
_DISOWN_REACH = 40
_QUOTES = "\"'”’»“‘«"


def _nearest_before(parties: Sequence[Party], offset: int, floor: int) -> Party | None:
    best = None
    for p in parties:
        if floor <= p.start and p.end <= offset and offset - p.end <= _REACH:
            best = p
    return best


def _subject(text: str, parties: Sequence[Party], offset: int, floor: int) -> Party | None:
    """The subject of a verb at ``offset``: of the parties in its clause, an organisation or force before a
    place that only says where it sits ("the separatists in Karabakh announced")."""
    clause = [p for p in parties if floor <= p.start and p.end <= offset and offset - p.end <= _REACH
              and not any(c in text[p.end:offset] for c in ",;:")]
    for p in clause:
        if p.kind not in ("state", "outlet"):
            return p
    return clause[-1] if clause else None


def _nearest_after(parties: Sequence[Party], offset: int, ceiling: int) -> Party | None:
    for p in parties:
        if p.start >= offset and p.start < ceiling and p.start - offset <= _REACH:
            return p
    return None


def _prefer_principal(*found: Party | None) -> Party | None:
    """A ministry or a state over an outlet that only relays it."""
    real = [p for p in found if p is not None]
    for p in real:
        if p.kind != "outlet":
            return p
    return real[0] if real else None


@lru_cache(maxsize=64)
def _vocabularies(pack: LanguagePack) -> tuple[frozenset[str], frozenset[str]]:
    """(attribution phrases that are no speech verbs, speech verbs and attribution phrases) of a pack."""
    return pack.attribution - pack.speech_verbs, pack.speech_verbs | pack.attribution


def speaker(doc: Document, sentence: Sentence, parties: Sequence[Party]) -> Party | None:
    """The party that states what ``sentence`` says, or None when it is the reporter's own voice."""
    only_attribution, verbs = _vocabularies(doc.pack)
    found: list[Party | None] = []
    for a, _b in phrase_spans(doc, sentence.start, sentence.end, only_attribution):
        # The party may begin inside the phrase: Swedish "uppger polisen i Stockholm" ("say the police in ...").
        found.append(_nearest_after(parties, a, sentence.end))
    for a, b in phrase_spans(doc, sentence.start, sentence.end, verbs):
        before = doc.text[sentence.start:a].rstrip(" ,")
        after_quote = bool(before) and before[-1] in _QUOTES
        subject = None if after_quote else _subject(doc.text, parties, a, sentence.start)
        found.append(subject or _nearest_after(parties, b, sentence.end))
    return _prefer_principal(*found)


def disputer(doc: Document, sentence: Sentence, parties: Sequence[Party]) -> Party | None:
    """The party that denies what is claimed, if ``sentence`` holds a dispute word."""
    spans = phrase_spans(doc, sentence.start, sentence.end, doc.pack.dispute)
    for a, b in spans:
        if _disowns(doc, b, sentence.end):
            continue  # "denied any involvement": the party denies its part, not what happened
        before = _nearest_before(parties, a, sentence.start)
        after = _nearest_after(parties, b, sentence.end)
        if before is not None and (after is None or a - before.end <= after.start - b):
            return before
        if after is not None:
            return after
    return None


def _disowns(doc: Document, after: int, end: int) -> bool:
    """Does a word of the pack's ``disowned`` follow a denial ending at ``after``, in its clause?"""
    stop = min(end, after + _DISOWN_REACH)
    for sep in ".;,":
        cut = doc.text.find(sep, after, stop)
        stop = cut if cut != -1 else stop
    return bool(phrase_spans(doc, after, stop, doc.pack.disowned))


def sources_of(doc: Document, sentence: Sentence, parties: Sequence[Party]) -> tuple[str, ...]:
    """Who reports what ``sentence`` says: its speaker, then the outlets it cites."""
    out = []
    s = speaker(doc, sentence, parties)
    if s is not None:
        out.append(s.label)
    out.extend(p.label for p in parties if p.kind == "outlet" and p.label not in out)
    return tuple(out)
