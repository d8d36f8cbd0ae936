"""The spotter interface and the registry of spotters, selected by name."""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from ..errors import BadInputError
from ..text.document import Document
from .model import Mention

__all__ = ["SPOTTERS", "Spotter", "get_spotter"]


class Spotter(ABC):
    """Finds place mentions in a :class:`~geomap.text.document.Document`.

    Subclasses implement :meth:`spot`; they receive the open gazetteer so they can
    check names against it.
    """

    name: str = ""

    def __init__(self, gazetteer: Any) -> None:
        self.gazetteer = gazetteer

    @abstractmethod
    def spot(self, doc: Document) -> list[Mention]:
        """Mentions in document order, non-overlapping."""


def _gazetteer_spotter() -> type[Spotter]:
    from .gazetteer_spotter import GazetteerSpotter

    return GazetteerSpotter


def _spacy_spotter() -> type[Spotter]:
    from .spacy_spotter import SpacySpotter

    return SpacySpotter


#: Spotter classes by name (loaded lazily).
SPOTTERS = {"gazetteer": _gazetteer_spotter, "spacy": _spacy_spotter}


def get_spotter(name: str, gazetteer: Any, **options: Any) -> Spotter:
    """An instance of the spotter called ``name`` (``"gazetteer"``, ``"spacy"``)."""
    try:
        factory = SPOTTERS[name]
    except KeyError:
        raise BadInputError(f"Unknown spotter {name!r}: choose one of {', '.join(sorted(SPOTTERS))}") from None
    return factory()(gazetteer, **options)
