"""Output formats, one module each; the command picks one from these tables by name."""

from __future__ import annotations

from typing import Protocol, TextIO

from timecheck.formats import (
    github,
    html,
    json,
    jsonl,
    junit,
    sarif,
    statistics,
    text,
    timeml,
)
from timecheck.formats.options import RenderOptions
from timecheck.model import Report


class Renderer(Protocol):
    """What every format module's ``render`` and ``render_expressions`` look like."""

    def __call__(self, report: Report, out: TextIO, *, options: RenderOptions) -> None: ...


# Formats of ``timecheck check`` (findings) and of ``timecheck extract`` (expressions).
CHECK_FORMATS: dict[str, Renderer] = {
    "text": text.render,
    "json": json.render,
    "jsonl": jsonl.render,
    "sarif": sarif.render,
    "github": github.render,
    "junit": junit.render,
    "html": html.render,
}
EXTRACT_FORMATS: dict[str, Renderer] = {
    "text": text.render_expressions,
    "json": json.render_expressions,
    "jsonl": jsonl.render_expressions,
    "timeml": timeml.render_expressions,
}
# ``check --statistics``: counts per rule instead of findings, for the formats that have a table.
STATISTICS_FORMATS: dict[str, Renderer] = {
    "text": statistics.render,
    "json": statistics.render_json,
    "jsonl": statistics.render_json,
}

__all__ = ["CHECK_FORMATS", "EXTRACT_FORMATS", "STATISTICS_FORMATS", "RenderOptions", "Renderer"]
