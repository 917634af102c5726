"""Place a finding about a stamp where the stamp is: its span in the text, or its tag or key in the file."""

from __future__ import annotations

from dataclasses import replace

from timecheck.model import Finding, Stamp
from timecheck.rules.base import RuleContext


def finding_at_stamp(ctx: RuleContext, stamp: Stamp, message: str) -> Finding:
    """Make a finding at ``stamp``: its text span, else its source position (a ``<meta>`` tag's line)."""
    finding = ctx.finding(stamp.span, message)
    if stamp.span is None and stamp.position is not None:
        line, column = stamp.position
        finding = replace(finding, line=line, column=column, end_line=line, end_column=column)
    return finding
