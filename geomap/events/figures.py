"""Figures: the numbers of a sentence that count people killed, wounded, arrested ...

A quantity counts an outcome when an outcome word stands close after it ("39 orang
dilaporkan terbunuh", "32 soldiers were killed") or just before it ("killing 12
people", "merenggut nyawa 30.000 orang"). The group counted is the group word next to
the quantity ("32 tentara", "seven civilians"); ``people`` when none is named.

>>> from geomap.text.document import make_document
>>> doc = make_document("Shelling killed 12 civilians and wounded dozens of people.", lang="en")
>>> [(f.quantity.value, f.who, f.what, f.quantity.vague) for f in figures_in(doc, doc.sentences[0], [])]
[(12, 'civilians', 'killed', False), (12, 'people', 'wounded', True)]
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.document import Document
from ..text.tokens import Sentence
from .lexicon import Hit, event_lexicon
from .model import Figure, Quantity, TimeRef
from .numbers import quantities

__all__ = ["figures_in"]

# Reach, in characters, from a quantity to the outcome word after it / before it, and to its group word.
_AFTER = 70
_BEFORE = 28
_GROUP = 36
_CLAUSE_BREAK = frozenset(";:.!?；：。！？，、")  # with the full-width marks of Chinese and Japanese
# "one" written as a word is mostly an article ("un ataque", "a village"): it counts only right next to its outcome.
_ONE_REACH = 24


def _article_like(q: Quantity) -> bool:
    return q.value == 1 and not q.text[:1].isdigit()


def _next_to(text: str, q: Quantity, outcome: Hit) -> bool:
    """Is the outcome word right next to ``q``, in the same clause (no comma between)? ("un muerto", "one killed";
    not "un mercado de Mogadiscio, matando a siete personas")."""
    between = text[q.end:outcome.start] if outcome.start >= q.end else text[outcome.end:q.start]
    # At most one word between ("mató a un soldado", "one soldier killed"), never a clause ("murieron el martes en
    # un ataque": an article).
    return len(between) <= _ONE_REACH and "," not in between and len(between.split()) <= 1


def _counts_one(text: str, q: Quantity, outcome: Hit, groups: Sequence[Hit]) -> bool:
    """Does "one" written as a word count the outcome? Right before it or before a group word and it ("un muerto",
    "one soldier killed"), or right after it when a group word or the end of the clause follows ("mató a un
    soldado", "killing one."); not "una bomba mató", "murieron en un ataque", where it is an article."""
    group_next = any(0 <= g.start - q.end <= 2 for g in groups)
    if outcome.start >= q.end:  # "un muerto", "one soldier was killed"; not "una bomba mató"
        between = text[q.end:outcome.start]
        return len(between) <= _ONE_REACH and "," not in between and (group_next or not between.strip())
    if not _next_to(text, q, outcome):
        return False
    rest = text[q.end:].lstrip()
    return not rest or rest[0] in ",.;:!?" or group_next


def _clean_gap(text: str) -> bool:
    return not any(c in _CLAUSE_BREAK for c in text)


def figures_in(doc: Document, sentence: Sentence, times: Sequence[TimeRef], *, start: int | None = None,
               end: int | None = None) -> list[Figure]:
    """Figures of ``sentence`` (or of ``[start, end)`` inside it); ``times`` are its time expressions."""
    a = sentence.start if start is None else start
    b = sentence.end if end is None else end
    lex = event_lexicon(doc.lang)
    outcomes = lex.outcomes(doc.text, a, b)
    if not outcomes:
        return []
    groups = lex.groups(doc.text, a, b)
    qs = [q for q in quantities(doc.text, doc.pack, a, b)
          if not any(t.start < q.end and q.start < t.end for t in times)]
    out: list[Figure] = []
    for q in qs:
        outcome = _outcome_for(doc.text, q, outcomes, doc.pack.conjunctions)
        if outcome is None or (_article_like(q) and not _counts_one(doc.text, q, outcome, groups)):
            continue
        who = _group_for(doc.text, q, groups)
        out.append(Figure(q, outcome.label, who, sentence=sentence.index))
    return out


def _outcome_for(text: str, q: Quantity, outcomes: Sequence[Hit], conjunctions: frozenset[str]) -> Hit | None:
    """The nearest outcome word after the quantity (within _AFTER) or before it (within _BEFORE)."""
    best: tuple[int, Hit] | None = None
    for o in outcomes:
        if o.start >= q.end:
            gap = o.start - q.end
            ok = gap <= _AFTER and _clean_gap(text[q.end:o.start])
        elif o.end <= q.start:
            gap = q.start - o.end
            between = text[o.end:q.start]
            # "mengungsi dan tiga ...": a conjunction or comma starts another count
            ok = gap <= _BEFORE and _clean_gap(between) and "," not in between and not (
                conjunctions and conjunctions & set(between.lower().split()))
        else:
            continue
        if ok and (best is None or gap < best[0]):
            best = (gap, o)
    return best[1] if best else None


def _group_for(text: str, q: Quantity, groups: Sequence[Hit]) -> str:
    best = None
    for g in groups:
        gap = g.start - q.end if g.start >= q.end else q.start - g.end
        if 0 <= gap <= _GROUP and _clean_gap(text[min(g.end, q.end):max(g.start, q.start)]):
            after = g.start >= q.end
            key = (not after, gap)  # the group after the number first ("12 civilians"), then before ("warga ... 7")
            if best is None or key < best[0]:
                best = (key, g.label)
    return best[1] if best else "people"
