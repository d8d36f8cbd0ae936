"""What each place mention does in the article: dateline, event, actor, historical or other.

The rules read the language pack (speech and action verbs, locative prepositions,
attribution phrases, past-time markers), so they work the same way in every language
that has a pack:

- ``dateline``: the place that opens the article before a dash (``BAKU --``, ``Jakarta -``).
- ``actor``: a country, capital or region standing for its government, army or people:
  directly followed by a speech or action verb (``Baku claimed``, ``Rusia menyatakan``),
  after "according to", or opening a clause whose verb is one of those.
- ``historical``: a historical state (Soviet Union), or a sentence about the past
  (``in the 1990s``, ``pada 1990-an``, ``since 1994``, a year well before publication).
- ``event``: a place introduced by a locative preposition or a cue word, or a town,
  village, district or landmark named without being an actor.
- ``other``: the rest (countries named in passing, demonyms).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..text.document import Document
from ..text.tokens import Token
from .model import PlaceMention

__all__ = ["assign_roles"]

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_DATE_NUMERIC = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-](1[5-9]\d\d|20\d\d)")
_CLAUSE_END = frozenset(",;:.!?()[]\"“”«»")
_ACTOR_FEATURES = frozenset({"country", "admin1", "region", "city"})
_EVENT_FEATURES = frozenset({"city", "village", "physical", "region", "admin1"})
_SEPARATORS = ("--", "—", "–", " - ", "- ", ":")


def _words_after(doc: Document, end: int, limit: int) -> list[Token]:
    i = doc.token_index(end)
    out = []
    while i < len(doc.tokens) and len(out) < limit:
        tok = doc.tokens[i]
        if not tok.is_word:
            if tok.text in _CLAUSE_END:
                break
            i += 1
            continue
        out.append(tok)
        i += 1
    return out


def _words_before(doc: Document, start: int, limit: int) -> list[Token]:
    i = doc.token_index(start) - 1
    out: list[Token] = []
    while i >= 0 and len(out) < limit:
        tok = doc.tokens[i]
        if not tok.is_word:
            if tok.text in _CLAUSE_END:
                break
            i -= 1
            continue
        out.append(tok)
        i -= 1
    return out[::-1]


def _phrase_in(words: list[Token], vocabulary: frozenset[str], max_len: int = 3) -> int:
    """Index of the first word starting a phrase of ``vocabulary`` (or -1)."""
    lowered = [w.text.lower() for w in words]
    for i in range(len(lowered)):
        for n in range(min(max_len, len(lowered) - i), 0, -1):
            if " ".join(lowered[i:i + n]) in vocabulary:
                return i
    return -1


def _is_dateline(doc: Document, m: PlaceMention) -> bool:
    if m.start > 300:
        return False
    before = doc.text[max(0, m.start - 8):m.start]
    at_start = not doc.text[:m.start].strip() or before.rstrip().endswith(("-", "—", "–", "\n")) or "\n" in before
    if not at_start:
        return False
    after = doc.text[m.end:m.end + 40]
    # "KYIV, Ukraine (AP) --", "Jakarta - ", "BAKU --"
    after = re.sub(r"^(?:,\s*[^\W\d_][\w .]*?)?\s*(?:\([^)]{1,30}\))?", "", after)
    return after.lstrip().startswith(("--", "—", "–", "-", ":")) or (m.surface.isupper() and len(m.surface) > 2)


def _historical(doc: Document, sentence_text: str) -> bool:
    pack = doc.pack
    for pattern in pack.decade_patterns:
        if pattern.search(sentence_text):
            return True
    pub = doc.publication_date
    lowered = sentence_text.lower()
    current_dates = {int(m.group(1)) for m in _DATE_NUMERIC.finditer(sentence_text)}
    for m in _YEAR.finditer(sentence_text):
        year = int(m.group(1))
        if year in current_dates:
            continue
        prefix = lowered[max(0, m.start() - 25):m.start()]
        if any(f"{w} " in prefix for w in pack.historical_since) and (pub is None or year <= pub.year - 1):
            return True
        if pub is not None and year <= pub.year - 2:
            return True
    return False


def assign_roles(doc: Document, mentions: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The same mentions with their ``role`` set."""
    pack = doc.pack
    verbs = frozenset(pack.speech_verbs) | frozenset(pack.action_verbs)
    attribution = frozenset(pack.attribution) | frozenset(pack.dispute)
    locative = frozenset(pack.locative)
    historical_sentences: dict[int, bool] = {}
    out: list[PlaceMention] = []
    dateline_seen = False
    for m in mentions:
        place = m.place
        role = "other"
        if not dateline_seen and _is_dateline(doc, m):
            role, dateline_seen = "dateline", True
        elif place is not None and place.feature_code == "PCLH":
            role = "historical"
        else:
            if m.sentence not in historical_sentences:
                sent = doc.sentences[m.sentence] if m.sentence < len(doc.sentences) else None
                historical_sentences[m.sentence] = bool(sent and _historical(doc, sent.text))
            after = _words_after(doc, m.end, 8)
            before = _words_before(doc, m.start, 4)
            located = "locative" in m.evidence or "cue" in m.evidence or bool(
                before and before[-1].text.lower() in locative
            )
            can_act = place is None or place.feature in _ACTOR_FEATURES or "abbreviation" in m.evidence
            verb_at = _phrase_in(after[:3], verbs)
            clause_verb = _phrase_in(after, verbs)
            attributed = bool(before) and _phrase_in(before[-2:], attribution, 2) >= 0
            opens_clause = all(w.text.lower() in pack.stopwords or not w.is_cap for w in before) and not located
            if historical_sentences[m.sentence]:
                role = "historical"
            elif can_act and (verb_at == 0 or (verb_at > 0 and not located) or attributed or (
                opens_clause and clause_verb >= 0 and place is not None and place.feature == "country"
            )):
                role = "actor"
            elif located or (place.feature in _EVENT_FEATURES if place is not None else bool(m.cue)):
                role = "event"
        out.append(replace(m, role=role))
    return out

