"""The HTML of popups, tooltips, the title and the legend. Every string from an article is escaped here.

Article text (surfaces, sentences, place names, file names, titles) reaches the page
inside HTML *and* inside JavaScript template literals (folium embeds popups and tooltips
as `` `...` `` strings), so :func:`esc` escapes HTML and also the characters that mean
something in a template literal: backtick, ``$`` and backslash. Braces are escaped too:
folium renders what a map element writes into the page as a Jinja template a second time,
so ``{{ ... }}`` in an article would otherwise be run as Python-side template code.

>>> esc("<script>alert(1)</script>")
'&lt;script&gt;alert(1)&lt;/script&gt;'
>>> esc("${alert(1)} `x` C:\\\\temp")
'&#36;&#123;alert(1)&#125; &#96;x&#96; C:&#92;temp'
>>> esc("{{ 6 * 7 }} {% if x %}")
'&#123;&#123; 6 * 7 &#125;&#125; &#123;% if x %&#125;'
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .styles import CIRCLE_RADIUS_M, PRECISION_LABELS, style_for

__all__ = ["MentionLine", "esc", "legend_html", "popup_html", "title_html", "tooltip_text"]

_TEMPLATE_LITERAL = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;", "{": "&#123;", "}": "&#125;"})
_MAX_SENTENCE = 400
_SPACE = re.compile(r"\s+")


def esc(value: object) -> str:
    """``value`` as text safe in HTML, in attribute values, inside a JavaScript template literal and in a Jinja
    template (folium renders element output again)."""
    return html.escape(str(value), quote=True).translate(_TEMPLATE_LITERAL)


def _one_line(value: str) -> str:
    return _SPACE.sub(" ", value)


@dataclass(frozen=True)
class MentionLine:
    """One mention as a popup lists it. ``sentence`` is its sentence's text ("" when the text is unknown);
    ``at`` is where the surface starts inside that sentence (-1 when unknown)."""

    surface: str
    role: str
    source: str
    sentence: str = ""
    at: int = -1
    note: str = ""


def _sentence_html(line: MentionLine) -> str:
    text, at, size = line.sentence, line.at, len(line.surface)
    if not text:
        return ""
    if at >= 0 and text[at:at + size] == line.surface:
        before, hit, after = text[:at], text[at:at + size], text[at + size:]
        if len(before) > _MAX_SENTENCE // 2:
            before = "… " + before[-(_MAX_SENTENCE // 2):]
        if len(after) > _MAX_SENTENCE // 2:
            after = after[:_MAX_SENTENCE // 2] + " …"
        body = f"{esc(_one_line(before))}<b>{esc(_one_line(hit))}</b>{esc(_one_line(after))}"
    else:
        short = text if len(text) <= _MAX_SENTENCE else text[:_MAX_SENTENCE] + " …"
        body = esc(_one_line(short).strip())
    return f'<div style="margin:2px 0 0 0;color:#333;font-style:italic">{body}</div>'


def popup_html(name: str, lines: Sequence[MentionLine], *, precision: int, detail: str = "") -> str:
    """The popup of one place: its name, what the position means, then every mention."""
    count = len(lines)
    head = (f'<div style="font-weight:bold;font-size:14px">{esc(name)}</div>'
            f'<div style="color:#555">{esc(detail)}{" · " if detail else ""}'
            f'{count} mention{"" if count == 1 else "s"} · {esc(PRECISION_LABELS.get(precision, "unknown"))}</div>')
    items = []
    for line in lines:
        colour = style_for(line.role).colour
        note = f' <span style="color:#a00">({esc(line.note)})</span>' if line.note else ""
        items.append(
            '<li style="margin:4px 0">'
            f'<b>{esc(_one_line(line.surface).strip())}</b> '
            f'<span style="color:{colour}">[{esc(line.role)}]</span>{note} '
            f'<span style="color:#777">{esc(line.source)}</span>'
            f"{_sentence_html(line)}</li>"
        )
    return (f'<div style="font-family:sans-serif;font-size:12px;max-width:380px">{head}'
            f'<ul style="padding-left:16px;margin:6px 0 0 0">{"".join(items)}</ul></div>')


def tooltip_text(name: str) -> str:
    """The tooltip of a place: its name."""
    return esc(name)


def title_html(title: str) -> str:
    """A title box over the map."""
    return ('<div style="position:fixed;top:10px;left:50%;transform:translateX(-50%);z-index:1000;'
            'background:rgba(255,255,255,0.92);padding:6px 14px;border-radius:6px;'
            'box-shadow:0 1px 4px rgba(0,0,0,0.3);font:bold 16px sans-serif;max-width:70%;'
            f'white-space:nowrap;overflow:hidden;text-overflow:ellipsis">{esc(title)}</div>')


def legend_html(categories: Sequence[str], approximate: bool, radius_m: float = CIRCLE_RADIUS_M) -> str:
    """A legend for the categories shown (fixed strings only)."""
    rows = []
    for category in categories:
        style = style_for(category)
        rows.append(f'<div><span style="display:inline-block;width:12px;height:12px;border-radius:50%;'
                    f'background:{style.colour};margin-right:6px"></span>{esc(style.label)}</div>')
    if approximate:
        rows.append('<div><span style="display:inline-block;width:12px;height:12px;border-radius:50%;'
                    'border:2px dashed #555;margin-right:4px"></span>'
                    f'approximate: a region (circle of {radius_m / 1000:g} km)</div>')
    rows.append("<div>number = mentions of the place</div>")
    return ('<div style="position:fixed;bottom:24px;left:10px;z-index:1000;background:rgba(255,255,255,0.92);'
            'padding:6px 10px;border-radius:6px;box-shadow:0 1px 4px rgba(0,0,0,0.3);font:12px sans-serif">'
            f'{"".join(rows)}</div>')
