"""Output formats, one module each; the command picks one from these tables by name."""

from __future__ import annotations

import importlib
from typing import Protocol, TextIO

from timecheck.formats.options import RenderOptions
from timecheck.model import Report


class Renderer(Protocol):
    """What every format module's ``render`` and ``render_expressions`` look like."""

    def __call__(self, report: Report, out: TextIO, *, options: RenderOptions) -> None: ...


class _Deferred:
    """A format module's renderer, loaded when first called: a command writes one format, and
    some formats load much (the HTML page, XML), which every command would otherwise pay for at
    start-up."""

    def __init__(self, module: str, name: str) -> None:
        self.module, self.name = module, name

    def __call__(self, report: Report, out: TextIO, *, options: RenderOptions) -> None:
        render: Renderer = getattr(importlib.import_module(f"timecheck.formats.{self.module}"), self.name)
        render(report, out, options=options)


# Formats of ``timecheck check`` (findings) and of ``timecheck extract`` (expressions).
CHECK_FORMATS: dict[str, Renderer] = {
    name: _Deferred(name, "render") for name in ("text", "json", "jsonl", "sarif", "github", "junit", "html")}
EXTRACT_FORMATS: dict[str, Renderer] = {
    name: _Deferred(name, "render_expressions") for name in ("text", "json", "jsonl", "timeml")}
# ``check --statistics``: counts per rule instead of findings, for the formats that have a table.
STATISTICS_FORMATS: dict[str, Renderer] = {
    "text": _Deferred("statistics", "render"),
    "json": _Deferred("statistics", "render_json"),
    "jsonl": _Deferred("statistics", "render_json"),
}

__all__ = ["CHECK_FORMATS", "EXTRACT_FORMATS", "STATISTICS_FORMATS", "RenderOptions", "Renderer"]
