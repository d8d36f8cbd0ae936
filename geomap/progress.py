"""Progress bars for multi-document work on the command line (tqdm, on standard error).

A bar is drawn when there are several documents and someone watches (standard error is
a terminal), or when there are many documents (a log then shows how far a long run got,
updated at most every few seconds). It never goes to standard output, so ``--json``
output stays clean, and ``GEOMAP_PROGRESS=0`` / ``=1`` turns it off / on.

>>> list(progress(["a.txt", "b.txt"], total=2, desc="articles", stream=None))
['a.txt', 'b.txt']
>>> wants_progress(2, tty=False), wants_progress(2, tty=True), wants_progress(50, tty=False)
(False, True, True)
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from typing import IO, TypeVar

__all__ = ["FEW", "progress", "wants_progress"]

T = TypeVar("T")

#: More documents than this get a bar even when standard error is not a terminal.
FEW = 5


def _is_tty(stream: IO[str] | None) -> bool:
    try:
        return bool(stream is not None and stream.isatty())
    except (AttributeError, ValueError):
        return False


def wants_progress(total: int | None, tty: bool) -> bool:
    """Whether ``total`` documents deserve a bar: several on a terminal, or more than :data:`FEW` anywhere.

    ``GEOMAP_PROGRESS`` (``0`` or ``1``) overrides the choice.
    """
    forced = os.environ.get("GEOMAP_PROGRESS", "").strip().lower()
    if forced in ("0", "false", "no", "off"):
        return False
    if forced in ("1", "true", "yes", "on"):
        return True
    if total is not None and total < 2:
        return False
    return tty or total is None or total > FEW


def progress(items: Iterable[T], *, total: int | None, desc: str, unit: str = "doc",
             stream: IO[str] | str | None = "stderr") -> Iterator[T]:
    """``items``, drawing a progress bar on ``stream`` (standard error by default) while they are consumed.

    ``stream=None`` (or a choice of :func:`wants_progress` against it) iterates without a bar.
    """
    out: IO[str] | None = sys.stderr if isinstance(stream, str) else stream
    tty = _is_tty(out)
    if out is None or not wants_progress(total, tty):
        yield from items
        return
    from tqdm import tqdm

    # Off a terminal there is no cursor to redraw: print a line now and then, not a flicker.
    # A terminal that does not say its size (0 x 0) would get no bar at all from tqdm: give it 80 x 24.
    sized = tty and min(_size(out)) > 0
    fixed = {} if sized or not tty else {"ncols": 80, "nrows": 24}
    yield from tqdm(items, total=total, desc=desc, unit=unit, file=out, dynamic_ncols=sized, leave=True,
                    mininterval=0.1 if tty else 5.0, ascii=not tty, **fixed)


def _size(stream: IO[str]) -> tuple[int, int]:
    """Columns and rows of the terminal ``stream`` writes to (0, 0 when it does not say)."""
    try:
        size = os.get_terminal_size(stream.fileno())
    except (AttributeError, OSError, ValueError):
        return (0, 0)
    return (size.columns, size.lines)
