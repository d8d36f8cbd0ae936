"""Corpus partitions: consecutive runs of documents, numbered from 0, the same on every pass.

Partition ``k`` holds articles ``k * size`` to ``(k + 1) * size - 1`` in the corpus's own
order (sorted file names for a directory, rows for JSONL and CSV; unreadable rows are not
counted). Boundaries depend only on the corpus and the partition size, never on the number of
workers or on timing, so an interrupted run finds the same partitions again. Partitions are
produced one at a time while the corpus is streamed: memory holds at most the partitions in
flight.

>>> from geomap.io import Article
>>> parts = list(partitions([Article(f"Text {i}.", doc_id=str(i)) for i in range(5)], size=2))
>>> [(p.number, p.doc_ids) for p in parts]
[(0, ('0', '1')), (1, ('2', '3')), (2, ('4',))]
>>> parts[0].digest == id_digest(["0", "1"])
True
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..errors import BadInputError
from ..io.article import Article

__all__ = ["DEFAULT_PARTITION_SIZE", "Partition", "id_digest", "partitions"]

#: Documents per partition unless told otherwise: small enough to lose little on a crash and show
#: progress often, large enough that per-partition costs (a task, a part file) stay negligible.
DEFAULT_PARTITION_SIZE = 200


def id_digest(doc_ids: Iterable[str]) -> str:
    """A short hash of document ids in order: a partition's identity.

    >>> id_digest(["a", "b"]) == id_digest(["a", "b"]), id_digest(["a", "b"]) == id_digest(["b", "a"])
    (True, False)
    """
    digest = hashlib.sha256()
    for doc_id in doc_ids:
        digest.update(doc_id.encode("utf-8", errors="surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:24]


@dataclass(frozen=True)
class Partition:
    """Partition ``number``: its articles, in corpus order."""

    number: int
    articles: tuple[Article, ...]

    @property
    def doc_ids(self) -> tuple[str, ...]:
        return tuple(a.doc_id for a in self.articles)

    @property
    def digest(self) -> str:
        return id_digest(self.doc_ids)

    def __len__(self) -> int:
        return len(self.articles)

    def __repr__(self) -> str:
        return f"Partition({self.number}, {len(self.articles)} articles)"


def partitions(articles: Iterable[Article], size: int = DEFAULT_PARTITION_SIZE) -> Iterator[Partition]:
    """The articles cut into partitions of ``size`` (the last one may be shorter), streamed."""
    if size < 1:
        raise BadInputError(f"partition size {size} is not positive; give a number of documents like 200")
    batch: list[Article] = []
    number = 0
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield Partition(number, tuple(batch))
            number += 1
            batch = []
    if batch:
        yield Partition(number, tuple(batch))


def count_partitions(documents: int | None, size: int) -> int | None:
    """How many partitions ``documents`` make (None when unknown).

    >>> count_partitions(401, 200), count_partitions(0, 200), count_partitions(None, 200)
    (3, 0, None)
    """
    if documents is None:
        return None
    return -(-documents // size)


def first_last(ids: Sequence[str]) -> tuple[str, str]:
    """The first and last id of a partition (empty strings for none)."""
    return (ids[0], ids[-1]) if ids else ("", "")
