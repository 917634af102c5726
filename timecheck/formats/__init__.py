"""Output formats, one module each; the command picks one from these tables by name."""

from __future__ import annotations

from typing import Protocol, TextIO

from timecheck.formats import json, jsonl, text, timeml
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
}
EXTRACT_FORMATS: dict[str, Renderer] = {
    "text": text.render_expressions,
    "json": json.render_expressions,
    "jsonl": jsonl.render_expressions,
    "timeml": timeml.render_expressions,
}

__all__ = ["CHECK_FORMATS", "EXTRACT_FORMATS", "RenderOptions", "Renderer"]
