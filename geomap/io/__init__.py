"""Reading articles in and writing results out.

- :func:`read`: one article (text, a .txt/.html file, a URL, ``-``) as an :class:`Article`.
- :func:`iter_articles`: a corpus (directory, JSONL, CSV, stdin), streamed, with a problem report.
- :func:`write_events` / :func:`read_events`: event tables as GeoJSON, GeoPackage, GeoParquet
  or CSV; ACLED exports read into the same table.

>>> from geomap.io import read
>>> read("Floods in Lviv.").text
'Floods in Lviv.'
"""

from .acled import from_acled, is_acled
from .article import Article, text_id
from .corpus import Corpus, iter_articles
from .decode import decode_bytes
from .events import read_events, write_events
from .formats import EVENT_FORMATS
from .read import read_text
from .reader import read
from .report import Problem, ReadReport
from .table import empty_events, normalize_events
from .write import write_atomic

__all__ = [
    "EVENT_FORMATS",
    "Article",
    "Corpus",
    "Problem",
    "ReadReport",
    "decode_bytes",
    "empty_events",
    "from_acled",
    "is_acled",
    "iter_articles",
    "normalize_events",
    "read",
    "read_events",
    "read_text",
    "text_id",
    "write_atomic",
    "write_events",
]
