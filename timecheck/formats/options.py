"""Options every formatter takes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """``explain``: name the grammar rule and stamp choice; ``color``: ANSI colour (terminals only)."""

    explain: bool = False
    color: bool = False
