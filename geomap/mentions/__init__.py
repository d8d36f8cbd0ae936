"""Stage 2, mentions: find the word sequences of a text that name places.

Spotters are pluggable like geopy's geocoders: a small base class, an offline
default (``"gazetteer"``), selected by name.

>>> from geomap.mentions import get_spotter, SPOTTERS
>>> sorted(SPOTTERS)
['gazetteer', 'spacy']
"""

from .base import SPOTTERS, Spotter, get_spotter
from .model import Mention

__all__ = ["SPOTTERS", "Mention", "Spotter", "get_spotter"]
