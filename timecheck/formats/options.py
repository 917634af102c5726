"""Options every formatter takes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How to render a report; every format reads the options that concern it.

    ``explain``: name the grammar rule and stamp choice (extract). ``color``: ANSI colour
    (terminals only). ``show_source``: print the line of text under each finding with a
    ``^^^`` marker (text). ``quiet``: findings only, no summary line (text). ``root``: the
    folder paths are made relative to in SARIF, GitHub annotations and fingerprints; None
    keeps paths as given.
    """

    explain: bool = False
    color: bool = False
    show_source: bool = False
    quiet: bool = False
    root: str | None = None
