"""Bar charts as inline SVG, drawn in Python: the report needs no script and no network to show them.

Pure: data in, markup out. Every label is escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

HEIGHT = 220
PLOT_TOP = 16
PLOT_BOTTOM = 170
LEFT = 56
BAR_STEP = 34
MIN_WIDTH = 360


def bar_chart(chart_id: str, title: str, data: Sequence[tuple[str, int]], *, color: str = "#3b6ea5",
              empty: str = "nothing to show") -> str:
    """Return a ``<figure>`` holding a vertical bar chart of (label, value) pairs."""
    caption = f'<figcaption>{escape(title)}</figcaption>'
    if not data or not any(value for _, value in data):
        return (f'<figure class="chart" id="{escape(chart_id)}">{caption}'
                f'<p class="empty">{escape(empty)}</p></figure>')
    top = max(value for _, value in data)
    width = max(MIN_WIDTH, LEFT + BAR_STEP * len(data) + 16)
    rotate = any(len(label) > 4 for label, _ in data)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
             f'viewBox="0 0 {width} {HEIGHT + (40 if rotate else 0)}" width="{width}" '
             f'height="{HEIGHT + (40 if rotate else 0)}">']
    for tick in _ticks(top):
        y = _y(tick, top)
        parts.append(f'<line x1="{LEFT}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{tick:,}</text>')
    for index, (label, value) in enumerate(data):
        x = LEFT + 8 + index * BAR_STEP
        y = _y(value, top)
        bar_height = PLOT_BOTTOM - y
        parts.append(f'<g class="bar"><title>{escape(label)}: {value:,}</title>'
                     f'<rect x="{x}" y="{y:.1f}" width="{BAR_STEP - 8}" height="{bar_height:.1f}" fill="{escape(color)}"/>')
        if rotate:
            parts.append(f'<text x="{x + (BAR_STEP - 8) / 2:.1f}" y="{PLOT_BOTTOM + 12}" class="label" '
                         f'transform="rotate(35 {x + (BAR_STEP - 8) / 2:.1f} {PLOT_BOTTOM + 12})">{escape(label)}</text>')
        else:
            parts.append(f'<text x="{x + (BAR_STEP - 8) / 2:.1f}" y="{PLOT_BOTTOM + 16}" text-anchor="middle" '
                         f'class="label">{escape(label)}</text>')
        parts.append("</g>")
    parts.append(f'<line x1="{LEFT}" x2="{width - 8}" y1="{PLOT_BOTTOM}" y2="{PLOT_BOTTOM}" class="axis"/></svg>')
    return f'<figure class="chart" id="{escape(chart_id)}">{caption}{"".join(parts)}</figure>'


def _y(value: int, top: int) -> float:
    return PLOT_BOTTOM - (PLOT_BOTTOM - PLOT_TOP) * (value / top if top else 0.0)


def _ticks(top: int) -> list[int]:
    """Return up to five round gridline values from 0 to at least ``top``."""
    step = 1
    while top / step > 5:
        for factor in (2, 5, 10):
            if top / (step * factor) <= 5:
                step *= factor
                break
        else:
            step *= 10
    return list(range(0, top + 1, step))
