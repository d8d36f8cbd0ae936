"""How places look in Jupyter: small HTML cards, every value escaped.

Values come from gazetteers and articles, which are untrusted: every string is passed
through :func:`html.escape` and no value is ever used as a link target, an attribute
name or markup. Numbers are formatted before they are written.

>>> card("Place", [("name", "<b>Tartar</b>"), ("lat", 40.34)])[:60]
'<div class="geomap-card" style="font-family: sans-serif; max'
>>> "<b>Tartar</b>" in card("Place", [("name", "<b>Tartar</b>")])
False
>>> short("A long sentence about many places in the world.", 20)
'A long sentence a...'
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable
from typing import Any

__all__ = ["card", "coords", "esc", "osm_link", "short"]

_STYLE = ("font-family: sans-serif; max-width: 46em; border: 1px solid #ccc; border-radius: 4px; "
          "padding: 0.4em 0.7em; margin: 0.2em 0")
_TH = "text-align: left; padding: 0.1em 1em 0.1em 0; color: #555; font-weight: normal; vertical-align: top"
_TD = "text-align: left; padding: 0.1em 0; vertical-align: top"


def esc(value: Any) -> str:
    """``value`` as text that HTML shows literally (quotes escaped too).

    >>> esc('<script>alert("x")</script>')
    '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
    >>> esc(None)
    ''
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def short(text: str, limit: int) -> str:
    """``text`` on one line, cut to ``limit`` characters with ``...`` when longer.

    >>> short("two\\nlines", 20)
    'two lines'
    """
    one_line = " ".join(str(text).split())
    return one_line if len(one_line) <= limit else one_line[: max(0, limit - 3)].rstrip() + "..."


def coords(lat: Any, lon: Any, digits: int = 4) -> str:
    """``lat, lon`` rounded, or ``""`` when either is missing.

    >>> coords(49.98081, 36.25272)
    '49.9808, 36.2527'
    >>> coords(None, 3.0)
    ''
    """
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return ""
    if math.isnan(la) or math.isnan(lo):
        return ""
    return f"{la:.{digits}f}, {lo:.{digits}f}"


def osm_link(lat: Any, lon: Any) -> str:
    """An OpenStreetMap link to the point (numbers only go into the address), or ``""``.

    >>> osm_link(49.98, 36.25)
    '<a href="https://www.openstreetmap.org/?mlat=49.98000&amp;mlon=36.25000#map=11/49.98000/36.25000" \
target="_blank" rel="noopener noreferrer">49.9800, 36.2500</a>'
    """
    text = coords(lat, lon)
    if not text:
        return ""
    la, lo = float(lat), float(lon)
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        return esc(text)
    href = f"https://www.openstreetmap.org/?mlat={la:.5f}&amp;mlon={lo:.5f}#map=11/{la:.5f}/{lo:.5f}"
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer">{text}</a>'


def card(title: str, rows: Iterable[tuple[str, Any]], *, raw: frozenset[str] = frozenset(), body: str = "") -> str:
    """An HTML card: a bold ``title`` over a two-column table of ``rows`` (empty values left out).

    Every label and value is escaped, except the values of the labels in ``raw``, which the
    caller has built from escaped parts (such as :func:`osm_link`); ``body`` (also built by
    the caller from escaped parts) goes below the table.
    """
    cells = []
    for label, value in rows:
        if value is None or value == "" or value == () or (isinstance(value, float) and math.isnan(value)):
            continue
        shown = value if label in raw else esc(value)
        cells.append(f'<tr><th style="{_TH}">{esc(label)}</th><td style="{_TD}">{shown}</td></tr>')
    table = f'<table style="border-collapse: collapse; margin: 0.2em 0">{"".join(cells)}</table>' if cells else ""
    return (f'<div class="geomap-card" style="{_STYLE}"><div style="font-weight: bold">{esc(title)}</div>'
            f"{table}{body}</div>")
