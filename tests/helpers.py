"""Helpers the language-pack tests share (imported by name: pytest puts this folder on the path)."""

from __future__ import annotations

import geomap

#: The publication date the language-pack tests give their texts.
PUBLISHED = "2024-03-10"


def found(gaz, text: str, lang: str) -> dict[str, tuple[str, str, str, str]]:
    """``{surface: (name, country, feature, role)}`` of the mentions geoparse finds in ``text``."""
    df = geomap.geoparse(text, lang=lang, publication_date=PUBLISHED, gazetteer=gaz)
    return {s: (n, c, f, r) for s, n, c, f, r in zip(df["surface"], df["name"], df["country"], df["feature"],
                                                      df["role"], strict=True)}


def rows(gaz, text: str, lang: str) -> dict[str, dict[str, object]]:
    """``{surface: row}`` of the mentions geoparse finds in ``text`` (every column)."""
    df = geomap.geoparse(text, lang=lang, publication_date=PUBLISHED, gazetteer=gaz)
    return {row["surface"]: row for row in df.to_dict("records")}
