"""Optional spotter: a spaCy NER model the user has installed (never required, never downloaded).

``Geoparser(spotter="spacy", spotter_options={"model": "en_core_web_sm"})`` takes the
model's GPE, LOC and FAC entities as mentions; the gazetteer and the resolver then
work as with the default spotter. Without spaCy or the model, a clear error says
what to install.
"""

from __future__ import annotations

from typing import Any

from gazetteer import fold

from ..errors import BadInputError
from ..text.document import Document
from .base import Spotter
from .model import Mention

__all__ = ["PLACE_LABELS", "SpacySpotter"]

#: spaCy entity labels taken as places.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


class SpacySpotter(Spotter):
    """Mentions from a spaCy pipeline's named entities."""

    name = "spacy"

    def __init__(self, gazetteer: Any, model: Any = None) -> None:
        super().__init__(gazetteer)
        from .gazetteer_spotter import spotting_keys

        self.keys = spotting_keys(gazetteer)
        if model is None or isinstance(model, str):
            try:
                import spacy
            except ImportError:
                raise BadInputError(
                    "The spacy spotter needs spaCy and a model you installed yourself: pip install spacy, then "
                    "install a model package; or use the default spotter='gazetteer'"
                ) from None
            name = model or "en_core_web_sm"
            try:
                model = spacy.load(name)
            except OSError:
                raise BadInputError(f"spaCy model {name!r} is not installed; install its package first") from None
        self.nlp = model

    def spot(self, doc: Document) -> list[Mention]:
        out = []
        for ent in self.nlp(doc.text).ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            key = fold(ent.text)
            out.append(Mention(ent.start_char, ent.end_char, ent.text, key if key in self.keys else "",
                               doc.sentence_of(ent.start_char), evidence=("ner",)))
        return out
