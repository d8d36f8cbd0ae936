"""What an import did: counts, files read and where the malformed rows are.

>>> r = ImportReport(files=["mine.csv"])
>>> r.bad("mine.csv", 3, "coordinates (95.0, 10.0) are outside -90..90 / -180..180")
>>> r.places = 4
>>> print(r.summary())
Imported 4 places (0 names) from mine.csv.
Skipped 1 malformed row:
  mine.csv: line 3 (coordinates (95.0, 10.0) are outside -90..90 / -180..180)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["MAX_LINES_KEPT", "ImportReport"]

#: Line numbers kept per file (all malformed rows are counted).
MAX_LINES_KEPT = 20


@dataclass
class ImportReport:
    """Counts of an import, with the line numbers (and reasons) of rows that could not be used.

    ``names`` counts the names handed to the index (the writer drops duplicates);
    ``skipped_names`` counts names left out on purpose (postal codes, links).
    """

    places: int = 0
    names: int = 0
    admin1: int = 0
    malformed: int = 0
    malformed_lines: dict[str, list[int]] = field(default_factory=dict)
    reasons: dict[tuple[str, int], str] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    skipped_names: int = 0

    def bad(self, file: str, line: int, reason: str = "") -> None:
        """Record one malformed row."""
        self.malformed += 1
        lines = self.malformed_lines.setdefault(file, [])
        if len(lines) < MAX_LINES_KEPT:
            lines.append(line)
            if reason:
                self.reasons[(file, line)] = reason

    bad_line = bad

    def summary(self) -> str:
        """A few human-readable lines for the command line."""
        out = [f"Imported {self.places:,} places ({self.names:,} names) from {', '.join(self.files) or 'nothing'}."]
        if self.admin1:
            out[0] += f" {self.admin1:,} admin1 names."
        if self.malformed:
            out.append(f"Skipped {self.malformed:,} malformed row{'s' if self.malformed != 1 else ''}:")
            for file, lines in self.malformed_lines.items():
                for line in lines:
                    reason = self.reasons.get((file, line))
                    out.append(f"  {file}: line {line}" + (f" ({reason})" if reason else ""))
                if len(lines) >= MAX_LINES_KEPT:
                    out.append(f"  {file}: ... (only the first {MAX_LINES_KEPT} are listed)")
        return "\n".join(out)
