"""Read a rule's docstring into its sections: summary, why it matters, bad and good examples."""

from __future__ import annotations

import inspect
import re
from dataclasses import dataclass

from timecheck.rules.base import Rule

SECTIONS = ("Why it matters", "Bad", "Good", "Options")


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """The parts of a rule's documentation; ``bad`` and ``good`` are runnable article snippets."""

    summary: str
    why: str
    bad: str
    good: str
    options: str


def rule_doc(rule: type[Rule]) -> RuleDoc:
    """Split a rule's docstring at its section headings (``Why it matters:``, ``Bad:``...)."""
    text = inspect.cleandoc(rule.__doc__ or "")
    summary, _, rest = text.partition("\n")
    sections: dict[str, list[str]] = {name: [] for name in SECTIONS}
    current: str | None = None
    for line in rest.splitlines():
        # A heading may say more in parentheses: "Bad (a windows-1252 file):".
        heading = re.sub(r"\s*\(.*\)$", "", line.strip().rstrip(":"))
        if not line.startswith(" ") and heading in sections and line.strip().endswith(":"):
            current = heading
            continue
        if current is not None:
            sections[current].append(line)
    parts = {name: inspect.cleandoc("\n".join(lines)) for name, lines in sections.items()}
    return RuleDoc(summary.strip(), parts["Why it matters"], parts["Bad"], parts["Good"], parts["Options"])
