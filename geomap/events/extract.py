"""``extract``: an article in, its event table out (text -> places -> sightings -> events -> table).

>>> import geomap
>>> text = "KYIV, 3 March 2024 -- Russian shelling killed two civilians in Kharkiv on Sunday."
>>> events = geomap.extract(text)  # doctest: +SKIP
>>> events[["event_date", "sub_event_type", "location", "fatalities"]].iloc[0].tolist()  # doctest: +SKIP
[datetime.date(2024, 3, 3), 'Shelling/artillery/missile attack', 'Kharkiv', 2]
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import geopandas as gpd

from gazetteer import Gazetteer

from ..errors import BadInputError
from ..pipeline import Geoparser, default_geoparser
from ..text.chunks import CHUNK_CHARS, pieces
from ..text.document import Document, as_date
from ..text.language import detect
from .article import ArticleInfo, article_info
from .dates import publication_date as date_in_text
from .dates import time_refs
from .frame import events_frame
from .merge import Event, merge_sightings
from .sightings import read_sightings

__all__ = ["Extractor", "extract"]


class Extractor:
    """Reads events from articles with a geoparser (default: the built-in gazetteer's).

    >>> Extractor.__name__
    'Extractor'
    """

    def __init__(self, gazetteer: Gazetteer | None = None, geoparser: Geoparser | None = None) -> None:
        self.geoparser = geoparser if geoparser is not None else default_geoparser(gazetteer)
        self._countries: dict[str, str] | None = None

    @property
    def countries(self) -> dict[str, str]:
        """ISO code -> the gazetteer's name of each country."""
        if self._countries is None:
            self._countries = {p.country: p.name for p in self.geoparser.gazetteer.countries() if p.country}
        return self._countries

    def document(self, text: str, lang: str | None = None, publication_date: object = None,
                 doc_id: str = "") -> Document:
        """The prepared document; its publication date read from the text when not given."""
        doc = self.geoparser.document(text, lang, publication_date, doc_id)
        if doc.publication_date is None:
            doc.publication_date = date_in_text(doc.text, doc.pack)
        return doc

    def events(self, doc: Document) -> tuple[list[Event], ArticleInfo]:
        """The events of a prepared document, and what the article says about itself."""
        mentions = self.geoparser.place_mentions(doc)
        info = article_info(doc, mentions)
        times = time_refs(doc.text, doc.pack, info.reference_date)
        sightings = read_sightings(doc, info, mentions, times, self.countries)
        return merge_sightings(doc, sightings), info

    def __call__(self, source: object, lang: str | None = None, publication_date: object = None,
                 doc_id: str = "") -> gpd.GeoDataFrame:
        text, lang, publication_date, doc_id = _unpack(source, lang, publication_date, doc_id)
        if len(text) > CHUNK_CHARS:
            return self._long(text, lang, publication_date, doc_id)
        doc = self.document(text, lang, publication_date, doc_id)
        events, _ = self.events(doc)
        return events_frame(events, self.countries, doc.doc_id, doc.lang)

    def _long(self, text: str, lang: str | None, publication_date: object, doc_id: str) -> gpd.GeoDataFrame:
        """A text longer than :data:`~geomap.text.chunks.CHUNK_CHARS`, read piece by piece (linear time and memory).

        The language and the publication date (given, or read from the text's start) hold for
        every piece; an event is kept by each piece that holds one of its sentences (the text read
        before a piece only gives it context), so an event told across a cut may come twice, never not at all.
        """
        import pandas as pd

        lang = (lang or "").strip() or detect(text)
        frames, ids = [], set()
        for number, (context, start, end) in enumerate(pieces(text)):
            doc = self.document(text[context:end], lang, publication_date, doc_id)
            publication_date = doc.publication_date
            keep = start - context
            events = [e for e in self.events(doc)[0]
                      if not e.sentences or doc.sentences[max(e.sentences)].end > keep]
            events = [e if e.event_id not in ids else replace(e, event_id=_piece_id(e.event_id, number))
                      for e in events]
            ids.update(e.event_id for e in events)
            frames.append(events_frame(events, self.countries, doc.doc_id, doc.lang))
        return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=frames[0].crs)


def _piece_id(event_id: str, piece: int) -> str:
    return hashlib.sha1(f"{event_id}|{piece}".encode()).hexdigest()[:16]


def _unpack(source: object, lang: str | None, publication_date: object, doc_id: str
            ) -> tuple[str, str | None, object, str]:
    """(text, lang, publication date, doc id) from text, a path or an Article."""
    if isinstance(source, Path):
        from ..io import read

        source = read(source)
    if isinstance(source, str):
        return source, lang, publication_date, doc_id
    text = getattr(source, "text", None)
    if isinstance(text, str):
        return (text, lang or getattr(source, "lang", None) or None,
                publication_date or getattr(source, "publication_date", None),
                doc_id or str(getattr(source, "doc_id", "") or ""))
    raise BadInputError(
        f"cannot read events from a {type(source).__name__}: give article text (str), a pathlib.Path to a "
        "text or HTML file, or an Article from geomap.read()"
    )


_DEFAULT: dict[int, Extractor] = {}
_LOCK = threading.Lock()


def default_extractor(gazetteer: Gazetteer | None = None) -> Extractor:
    """A shared extractor for ``gazetteer`` (or the default index), built once per process."""
    with _LOCK:
        key = id(gazetteer)
        found = _DEFAULT.get(key)
        if found is None:
            found = _DEFAULT[key] = Extractor(gazetteer)
        return found


def extract(source: Any, lang: str | None = None, publication_date: object = None,
            gazetteer: Gazetteer | None = None, doc_id: str = "") -> gpd.GeoDataFrame:
    """The events an article reports: a GeoDataFrame (EPSG:4326) with the schema's event columns.

    ``source`` is article text, a ``pathlib.Path`` to a text or HTML file, or an Article
    from ``geomap.read``; ``lang`` is detected when not given; ``publication_date`` (date
    or ISO string) anchors relative dates and is read from the text when not given.
    """
    as_date(publication_date)  # fail early, with the fix, on a bad date
    return default_extractor(gazetteer)(source, lang=lang, publication_date=publication_date, doc_id=doc_id)
