"""text -> mentions -> places: the geoparser that ties the stages together.

>>> import geomap
>>> df = geomap.geoparse("Floods cut roads around Lviv and Kyiv on Monday.", lang="en")   # doctest: +SKIP
>>> list(df["name"])                                                                   # doctest: +SKIP
['Lviv', 'Kyiv']
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

import pandas as pd

from gazetteer import Gazetteer, fold

from .errors import BadInputError
from .frames import frame_from_columns
from .io.article import Article
from .mentions import Mention, get_spotter
from .mentions.gazetteer_spotter import spotting_keys
from .mentions.lexicon import lexicon
from .places import PlaceMention, assign_roles, get_resolver
from .text.chunks import CHUNK_CHARS, pieces
from .text.document import Document, make_document
from .text.language import detect
from .text.tokens import is_caseless

__all__ = ["MENTION_COLUMNS", "Geoparser", "default_geoparser", "geoparse", "geoparse_many", "mentions_frame"]

#: Columns of the place-mention table (the schema's, then geomap's additions).
MENTION_COLUMNS = [
    "doc_id", "start", "end", "surface", "role", "place_id", "name", "feature", "country", "latitude", "longitude",
    "score", "candidates", "admin1", "geo_precision", "flags", "evidence", "sentence",
]


_DTYPES = {"start": "int64", "end": "int64", "candidates": "int64", "geo_precision": "int64", "sentence": "int64",
           "latitude": "float64", "longitude": "float64", "score": "float64"}


def _row(m: PlaceMention) -> tuple[Any, ...]:
    """``m``'s values in :data:`MENTION_COLUMNS` order (as :meth:`PlaceMention.as_row` gives them)."""
    p = m.place
    if p is None:
        return (m.doc_id, m.start, m.end, m.surface, m.role, "", "", "", "", None, None, round(m.score, 4),
                m.candidates, "", m.geo_precision, ";".join(m.flags), ";".join(m.evidence), m.sentence)
    return (m.doc_id, m.start, m.end, m.surface, m.role, p.place_id, p.name, p.feature, p.country, p.lat, p.lon,
            round(m.score, 4), m.candidates, p.admin1, m.geo_precision, ";".join(m.flags), ";".join(m.evidence),
            m.sentence)


def _rejected(m: PlaceMention) -> bool:
    """A spotted name none of whose namesakes fits the article, and no cue word says it is a place.

    Such a name is mostly a capitalised word that merely spells a place ("Mobil", a surname):
    :meth:`Geoparser.place_mentions` leaves it out (given spans keep it, unresolved).
    """
    return m.place is None and "none_of_the_candidates" in m.flags and "cue" not in m.evidence


#: A place this well known (a capital, a world city) keeps its exonyms even when they are common words.
_FAMOUS_EXONYM = 0.9


def _common_word_alias(doc: Document, m: PlaceMention, lex: Any, keys: Any = None) -> bool:
    """A common word of the article's language that names its place only through an alternate spelling.

    ``Mobil`` (Indonesian "car") is a spelling of Mobile, ``Day`` one of Dayton: without a cue
    word or a locative before it, such a word is the word, not the place. Countries and famous
    places keep their exonyms (``Singapura``, ``Moskow``); possessives and dotted abbreviations
    (``Ill.``) are kept. Only words in Latin letters are judged: in other scripts every name
    differs from the primary (Latin) one. A case form that only the pack's inflection rules lead to
    (``keys``, the index's names, lack it: Polish ``Katowicach``) is the name declined, not a word
    of its own: its frequency is the place's.
    """
    place = m.place
    if place is None or place.primary or m.evidence != ("gazetteer",) or place.feature == "country" or (
            place.prior >= _FAMOUS_EXONYM):
        return False
    surface = m.surface
    if " " in surface or not (surface.isascii() and surface.isalpha()) or doc.text[m.end:m.end + 1] == ".":
        return False
    if lex.inflections and keys is not None and fold(surface) not in keys:
        return False
    return lex.common(surface.lower()) >= 4.0


#: A place less known than this, read from one of the commonest words of a script without letter case and with nothing
#: else in the text saying it is a place (see :func:`_frequent_word`), is the word ...
_MINOR_PRIOR = 0.8
#: ... when the word is this frequent in the language (Zipf: the commonest ~5,000 words of a language).
_FREQUENT_WORD = 4.0
#: Places whose names stay places whatever else the words mean.
_MAJOR_FEATURES = frozenset({"country", "admin1", "continent"})


def _frequent_word(m: PlaceMention, lex: Any) -> bool:
    """One of the commonest words of a script without letter case, read as a minor place.

    "كنت" ("I was", which spells Kent, read as a village Kenton), "라고" (a quotative particle: Largo), "合作"
    ("cooperation": the town Hezuo): no capital letter says such a word is a name, and no cue word or locative
    before it says so either; a word among the language's commonest ones is then the word. Countries, first-level
    regions and well-known places keep their names ("غزة", "부산", "경북"), and so does a name a cue word or a
    locative marks ("في صور", "공주시") or another place of the article vouches for (see
    :func:`_without_frequent_words`).
    """
    place = m.place
    if place is None or m.evidence != ("gazetteer",) or place.prior >= _MINOR_PRIOR or (
            place.feature in _MAJOR_FEATURES) or " " in m.surface or not is_caseless(m.surface):
        return False
    return lex.frequency(m.surface) >= _FREQUENT_WORD


#: Katakana and hiragana, each with the marks written inside their words (the long-vowel mark ー, iteration marks);
#: the middle dot ・ that separates words is neither.
_KATAKANA = frozenset(chr(c) for c in range(0x30A1, 0x3100) if c != 0x30FB) | {"ー"}
_HIRAGANA = frozenset(chr(c) for c in range(0x3041, 0x30A0)) | {"ー"}


def _clitic_word(doc: Document, m: PlaceMention, lex: Any) -> bool:
    """A frequent word read as a village once a clitic written onto it is taken off: Hebrew "בקבוצה" ("in the
    group": ב and קבוצה, which spells a kibbutz), "לסגור" ("to close"). The clitic reads as "in", but the word after
    it is one of the language's commonest: it is the word, whatever other places the article names."""
    place = m.place
    return bool(place is not None and place.feature == "village" and place.prior < _MINOR_PRIOR and (
        m.evidence == ("gazetteer", "locative")) and m.start > 0 and doc.text[m.start - 1].isalpha() and (
        is_caseless(m.surface)) and lex.frequency(m.surface) >= _FREQUENT_WORD)


def _inside_kana_word(doc: Document, m: PlaceMention) -> bool:
    """A name read inside a longer word of katakana or hiragana: "ライ" in ライブ ("live"), "さい" in ください
    ("please"), "ポー" in スポーツ ("sports"). A word in kana runs from one script change to the next, so a name
    that such a word only contains is a piece of another word; a name in kana is its whole word (ロンドン, さいたま市).
    """
    surface = m.surface
    for kana in (_KATAKANA, _HIRAGANA):
        if surface and all(c in kana for c in surface):
            text = doc.text
            return (m.start > 0 and text[m.start - 1] in kana) or (m.end < len(text) and text[m.end] in kana)
    return False


def _without_frequent_words(mentions: list[PlaceMention], lex: Any) -> list[PlaceMention]:
    """``mentions`` less the frequent words read as minor places (:func:`_frequent_word`) in countries no other place
    of the article is in: "چابهار" (Chabahar, also frequent in Persian news) stays beside "زاهدان" (Zahedan)."""
    suspects = {id(m) for m in mentions if _frequent_word(m, lex)}
    if not suspects:
        return mentions
    vouched = {m.place.country for m in mentions if id(m) not in suspects and m.place is not None}
    return [m for m in mentions if id(m) not in suspects or (m.place is not None and m.place.country in vouched)]


def mentions_frame(rows: Iterable[PlaceMention]) -> pd.DataFrame:
    """A DataFrame of place mentions with the schema's columns, in order."""
    records = [_row(m) for m in rows]
    values = list(zip(*records)) if records else [()] * len(MENTION_COLUMNS)
    return frame_from_columns(dict(zip(MENTION_COLUMNS, values)), _DTYPES)


class Geoparser:
    """Find and resolve the places of articles, with pluggable spotter and resolver.

    ``Geoparser()`` uses the default gazetteer, the offline ``"gazetteer"`` spotter
    and the ``"context"`` resolver.
    """

    def __init__(self, gazetteer: Gazetteer | None = None, spotter: str = "gazetteer", resolver: str = "context",
                 **options: Any) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer()
        self.spotter = get_spotter(spotter, self.gazetteer, **options.get("spotter_options", {}))
        self.resolver = get_resolver(resolver, self.gazetteer)

    def document(self, text: str, lang: str | None = None, publication_date: object = None,
                 doc_id: str = "") -> Document:
        return make_document(text, lang=lang, publication_date=publication_date, doc_id=doc_id)

    def place_mentions(self, doc: Document) -> list[PlaceMention]:
        """Resolved, role-tagged place mentions of a prepared document."""
        mentions = self.spotter.spot(doc)
        lex = lexicon(doc.pack)
        keys = spotting_keys(self.gazetteer) if lex.inflections else None
        kept = [m for m in self.resolver.resolve(doc, mentions)
                if not (_rejected(m) or _common_word_alias(doc, m, lex, keys) or _inside_kana_word(doc, m)
                        or _clitic_word(doc, m, lex))]
        return assign_roles(doc, _without_frequent_words(kept, lex))

    def __call__(self, text: str, lang: str | None = None, publication_date: object = None,
                 doc_id: str = "") -> pd.DataFrame:
        return mentions_frame(self.mentions(text, lang, publication_date, doc_id))

    def mentions(self, text: str, lang: str | None = None, publication_date: object = None,
                 doc_id: str = "") -> list[PlaceMention]:
        """The place mentions of one article as plain data: the rows :meth:`__call__` tabulates.

        A text longer than :data:`~geomap.text.chunks.CHUNK_CHARS` is read piece by piece (memory and
        time stay linear); offsets and sentence numbers are the whole text's.
        """
        if isinstance(text, str) and len(text) > CHUNK_CHARS:
            return self._long(text, lang, publication_date, doc_id)
        return self.place_mentions(self.document(text, lang, publication_date, doc_id))

    def parse_many(self, articles: Iterable[str | Article], lang: str | None = None,
                   publication_date: object = None) -> pd.DataFrame:
        """The place mentions of many articles in one table, told apart by ``doc_id``.

        ``articles`` holds texts (their ``doc_id`` is their position, ``"0"``, ``"1"``, ...) or
        :class:`~geomap.io.Article` objects (their own ``doc_id``, language and publication date, else the
        position and ``lang`` / ``publication_date``). The rows are those of :meth:`__call__` on each article
        in turn; one table for the whole batch costs far less than one per article. For example
        ``Geoparser().parse_many(["Floods hit Lviv.", "Rain in Kyiv."], lang="en")["doc_id"]`` holds "0" and "1"
        (tests/test_api.py runs such calls).
        """
        rows: list[PlaceMention] = []
        with _settled_heap():
            for n, item in enumerate(articles):
                rows.extend(self._item_mentions(n, item, lang, publication_date))
        return mentions_frame(rows)

    def _item_mentions(self, n: int, item: str | Article, lang: str | None, publication_date: object
                       ) -> list[PlaceMention]:
        """The mentions of the ``n``-th article of a batch (text or Article)."""
        if isinstance(item, Article):
            return self.mentions(item.text, item.lang or lang, item.publication_date or publication_date,
                                 item.doc_id or str(n))
        if isinstance(item, str):
            return self.mentions(item, lang, publication_date, str(n))
        raise BadInputError(f"article {n} is of type {type(item).__name__}, not text: give parse_many str "
                            "texts or geomap.Article objects (geomap.read(path) makes one from a file)")

    def _long(self, text: str, lang: str | None, publication_date: object, doc_id: str) -> list[PlaceMention]:
        """The mentions of a text longer than :data:`CHUNK_CHARS`, read piece by piece; the language is
        detected once."""
        lang = (lang or "").strip() or detect(text)
        out: list[PlaceMention] = []
        sentences_before = 0
        for context, start, end in pieces(text):
            doc = self.document(text[context:end], lang, publication_date, doc_id)
            keep, shift = start - context, sum(1 for s in doc.sentences if s.start < start - context)
            out.extend(replace(m, start=m.start + context, end=m.end + context,
                               sentence=m.sentence - shift + sentences_before)
                       for m in self.place_mentions(doc) if m.start >= keep)
            sentences_before += len(doc.sentences) - shift
        return out

    def mentions_for_spans(self, doc: Document, spans: Iterable[tuple[int, int]]) -> list[Mention]:
        """Mentions for given spans, with the cue words, codes and evidence the spotter sees around them."""
        spotted = self.spotter.spot(doc)
        lex = lexicon(doc.pack)
        lex_demonyms = lex.demonyms
        keys = spotting_keys(self.gazetteer)
        out = []
        for start, end in spans:
            if not (0 <= start < end <= len(doc.text)):
                raise BadInputError(f"span ({start}, {end}) is outside the text (length {len(doc.text)})")
            surface = doc.text[start:end]
            key = fold(surface)
            near = next((m for m in spotted if m.start < end and m.end > start), None)
            code = lex_demonyms.get(surface, "") or (near.code if near is not None else "")
            cue, cue_feature = (near.cue, near.cue_feature) if near is not None else ("", "")
            head, _, rest = key.partition(" ")
            if rest and head in lex.cue_before and not cue:  # a span that starts with its cue: "Provinsi X"
                cue, cue_feature = head, lex.cue_before[head]
            if key not in keys and rest and head in lex.cue_before and rest in keys:
                key = rest
            out.append(Mention(
                start, end, surface, key if key in keys else (near.key if near is not None else ""),
                doc.sentence_of(start), cue=cue, cue_feature=cue_feature,
                code=code, demonym=bool(lex_demonyms.get(surface)),
                evidence=("given", *(near.evidence if near else ())),
            ))
        return out

    def resolve_spans(self, text: str, spans: Iterable[tuple[int, int]], lang: str | None = None,
                      publication_date: object = None, doc_id: str = "") -> pd.DataFrame:
        """Resolve given spans instead of spotting them: exactly one row per span, in order."""
        doc = self.document(text, lang, publication_date, doc_id)
        mentions = self.mentions_for_spans(doc, spans)
        return mentions_frame(assign_roles(doc, self.resolver.resolve(doc, mentions)))


#: Allocations between two collections of the youngest generation while a batch runs (CPython's default: 700).
_BATCH_GEN0 = 20_000


@contextmanager
def _settled_heap() -> Iterator[None]:
    """Leave what exists before a batch (the gazetteer's key table, the caches) out of garbage collection while the
    batch runs: it lives as long as the process, and every full collection would walk it again. The youngest
    generation is collected less often meanwhile (the articles' short-lived tuples and lists make no cycles to
    speak of). Objects the batch makes are collected as usual, and the settings are restored after it. Does nothing
    when collection is off or another batch already did it."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], _BATCH_GEN0), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


_DEFAULT: dict[int, Geoparser] = {}
_LOCK = threading.Lock()


def default_geoparser(gazetteer: Gazetteer | None = None) -> Geoparser:
    """A shared geoparser for ``gazetteer`` (or the default index), built once per process."""
    with _LOCK:
        key = id(gazetteer)
        parser = _DEFAULT.get(key)
        if parser is None:
            parser = _DEFAULT[key] = Geoparser(gazetteer)
        return parser


def geoparse(text: str, lang: str | None = None, publication_date: object = None,
             gazetteer: Gazetteer | None = None, doc_id: str = "") -> pd.DataFrame:
    """Every place an article names, resolved, with its role: a DataFrame with the schema's columns.

    ``lang`` is detected when not given; ``publication_date`` (date or ISO string) anchors
    "in 1994"-style past references; ``gazetteer`` defaults to the built-in index.
    """
    return default_geoparser(gazetteer)(text, lang=lang, publication_date=publication_date, doc_id=doc_id)


def geoparse_many(articles: Iterable[str | Article], lang: str | None = None, publication_date: object = None,
                  gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """The places of many articles in one table (a ``doc_id`` column tells them apart): what
    :func:`geoparse` gives for each, at a lower cost per article (see :meth:`Geoparser.parse_many`).

    ``articles`` holds texts (``doc_id`` "0", "1", ...) or :class:`~geomap.io.Article` objects.
    """
    return default_geoparser(gazetteer).parse_many(articles, lang=lang, publication_date=publication_date)
