"""Progress of a batch on stderr: documents done of the total, events, documents per second, time left.

On a terminal it is a tqdm bar; otherwise (a log file, a CI job) one plain line every
``interval`` seconds and at the end. The total may arrive late (the corpus is counted in
the background) and the bar starts from what an earlier run already did.

>>> import io
>>> out = io.StringIO()
>>> progress = Progress(total=4, stream=out, bar=False, interval=0)
>>> progress.update(documents=2, events=5)
>>> progress.close()
>>> "2/4 documents" in out.getvalue() and "5 events" in out.getvalue()
True
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO

__all__ = ["Progress", "format_duration"]


def format_duration(seconds: float) -> str:
    """``seconds`` for a person: ``42s``, ``3m05s``, ``2h07m``.

    >>> format_duration(42.4), format_duration(185), format_duration(7620)
    ('42s', '3m05s', '2h07m')
    """
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


class Progress:
    """Counts documents and events; ``resumed`` documents (done by an earlier run) do not count in the rate."""

    def __init__(self, total: int | None = None, *, stream: TextIO | None = None, bar: bool | None = None,
                 interval: float = 10.0, enabled: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.total = total
        self.documents = 0
        self.events = 0
        self.resumed = 0
        self.interval = interval
        self.started = time.monotonic()
        self._last = 0.0
        self._bar: Any = None
        self._closed = False
        self._printed = ""
        use_bar = bar if bar is not None else bool(getattr(self.stream, "isatty", lambda: False)())
        if enabled and use_bar:
            try:
                from tqdm import tqdm
            except ImportError:  # tqdm is a dependency; without it, plain lines
                tqdm = None
            if tqdm is not None:
                self._bar = tqdm(total=total, unit="doc", file=self.stream, dynamic_ncols=True, smoothing=0.1,
                                 desc="documents")

    def set_total(self, total: int | None) -> None:
        """The corpus size, once counted (an upper bound: unreadable rows count until they are met)."""
        self.total = total
        if self._bar is not None and total is not None:
            self._bar.total = max(total, self.documents)
            self._bar.refresh()

    def skip(self, documents: int, events: int) -> None:
        """Documents an earlier run finished: counted as done, not in the rate."""
        self.resumed += documents
        if self._bar is not None:  # jump ahead without counting in the bar's rate
            self._bar.initial += documents
            self._bar.n += documents
            self._bar.last_print_n = self._bar.n
            self.documents += documents
            self.events += events
            self._bar.set_postfix_str(f"{self.events} events", refresh=True)
            return
        self.update(documents, events)

    def update(self, documents: int = 0, events: int = 0) -> None:
        self.documents += documents
        self.events += events
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(documents)
            self._bar.set_postfix_str(f"{self.events} events", refresh=False)
            return
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._line()

    def rate(self) -> float:
        """Documents per second read by this run."""
        elapsed = time.monotonic() - self.started
        return (self.documents - self.resumed) / elapsed if elapsed > 0 else 0.0

    def eta(self) -> float | None:
        rate = self.rate()
        if self.total is None or rate <= 0:
            return None
        return max(0, self.total - self.documents) / rate

    def _line(self) -> None:
        total = f"/{self.total}" if self.total is not None else ""
        eta = self.eta()
        left = f", {format_duration(eta)} left" if eta is not None and self.documents < (self.total or 0) else ""
        rate = f", {self.rate():.1f} doc/s{left}" if self.documents > self.resumed else ""
        resumed = f" ({self.resumed} done before)" if self.resumed else ""
        line = f"{self.documents}{total} documents{resumed}, {self.events} events{rate}"
        if line != self._printed:
            print(line, file=self.stream, flush=True)
            self._printed = line

    def finish(self) -> None:
        """The run completed: the total becomes what was read (rows that could not be read drop out), then close."""
        self.total = self.documents
        if self._bar is not None:
            self._bar.total = self.documents
        self.close()

    def close(self) -> None:
        """The last line (or the bar's end); once only."""
        if not self.enabled or self._closed:
            return
        self._closed = True
        if self._bar is not None:
            self._bar.close()
            self._bar = None
            return
        self._line()
