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
    rotate = any(len(label) > 4 for label, _ in data) or len(data) > 30
    step = BAR_STEP if len(data) <= 30 else BAR_STEP // 2
    every = -(-len(data) // 30)  # label every bar, or every few when there are many (years)
    # Rotated labels lean right past the last bar: leave them room.
    width = max(MIN_WIDTH, LEFT + step * len(data) + (90 if rotate else 16))
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{escape(title)}" '
             f'viewBox="0 0 {width} {HEIGHT + (40 if rotate else 0)}" width="{width}" '
             f'height="{HEIGHT + (40 if rotate else 0)}">']
    for tick in _ticks(top):
        y = _y(tick, top)
        parts.append(f'<line x1="{LEFT}" x2="{width - 8}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" class="tick">{tick:,}</text>')
    for index, (label, value) in enumerate(data):
        x = LEFT + 8 + index * step
        y = _y(value, top)
        bar_height = PLOT_BOTTOM - y
        parts.append(f'<g class="bar"><title>{escape(label)}: {value:,}</title>'
                     f'<rect x="{x}" y="{y:.1f}" width="{step - 8}" height="{bar_height:.1f}" fill="{escape(color)}"/>')
        if index % every == 0:
            parts.append(_label(label, x + (step - 8) / 2, rotate=rotate))
        parts.append("</g>")
    parts.append(f'<line x1="{LEFT}" x2="{width - 8}" y1="{PLOT_BOTTOM}" y2="{PLOT_BOTTOM}" class="axis"/></svg>')
    return f'<figure class="chart" id="{escape(chart_id)}">{caption}{"".join(parts)}</figure>'


def _label(label: str, middle: float, *, rotate: bool) -> str:
    if rotate:
        return (f'<text x="{middle:.1f}" y="{PLOT_BOTTOM + 12}" class="label" '
                f'transform="rotate(35 {middle:.1f} {PLOT_BOTTOM + 12})">{escape(label)}</text>')
    return f'<text x="{middle:.1f}" y="{PLOT_BOTTOM + 16}" text-anchor="middle" class="label">{escape(label)}</text>'


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
