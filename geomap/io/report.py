"""What went wrong while reading a corpus: which row, on which line, and whether it was skipped.

>>> report = ReadReport()
>>> report.add("news.jsonl", 3, "not valid JSON")
>>> report.articles = 10
>>> print(report.summary())
10 articles read, 1 row skipped (news.jsonl line 3: not valid JSON)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

__all__ = ["Problem", "ReadReport"]

log = logging.getLogger("geomap.io")

#: Problems kept in memory; further ones are only counted (and logged), so that memory stays bounded.
MAX_KEPT = 10_000


@dataclass(frozen=True, slots=True)
class Problem:
    """A corpus row or file geomap could not use as it is: ``where`` (file), 1-based ``line``, ``message``.

    ``skipped`` is False for a row that was read all the same (a date that could not be read is dropped).
    """

    where: str
    line: int
    message: str
    skipped: bool = True

    def __str__(self) -> str:
        at = f"{self.where} line {self.line}" if self.line else self.where
        return f"{at}: {self.message}"


@dataclass
class ReadReport:
    """Counts and problems of one pass over a corpus (reset when the corpus is read again)."""

    articles: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0

    def add(self, where: str, line: int, message: str, skipped: bool = True) -> None:
        """Record (and log) a problem; a skipped row also counts in :attr:`skipped`."""
        problem = Problem(where, line, message, skipped)
        self.problem_count += 1
        self.skipped += skipped
        if len(self.problems) < MAX_KEPT:
            self.problems.append(problem)
        log.warning("%s%s", problem, "; skipped" if skipped else "")

    def summary(self) -> str:
        """One line for a person: how many read, how many skipped, the first problems."""
        text = f"{self.articles} article{'s' * (self.articles != 1)} read"
        if self.skipped:
            text += f", {self.skipped} row{'s' * (self.skipped != 1)} skipped"
        kept = self.problem_count - self.skipped
        if kept:
            text += f", {kept} read with a problem"
        if self.problems:
            shown = "; ".join(str(p) for p in self.problems[:3])
            more = f"; and {self.problem_count - 3} more" if self.problem_count > 3 else ""
            text += f" ({shown}{more})"
        return text
