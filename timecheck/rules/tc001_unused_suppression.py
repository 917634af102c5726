"""TC001 unused-suppression."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity
from timecheck.rules.base import Rule, RuleContext
from timecheck.suppression import ALL_CODES


class UnusedSuppression(Rule):
    """An inline ``timecheck: ignore`` comment suppresses nothing (like ruff's unused-noqa).

    Why it matters:
        A suppression outlives the problem it hid: once the date is corrected, the comment stays
        and will silently hide the next real contradiction on that line. Remove it.

    Bad:
        Published 15 September 2011, 04:12 IST
        <!-- timecheck: ignore[TC102] -->
        The talks ended yesterday.

    Good:
        Published 15 September 2011, 04:12 IST
        The talks ended yesterday.
    """

    code = "TC001"
    name = "unused-suppression"
    severity = Severity.INFO
    after_suppressions = True

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for suppression in ctx.document.suppressions:
            if suppression in ctx.used_suppressions:
                continue
            # A code that did not run could not have fired: its suppression is not evidence of anything.
            ran = [code for code in suppression.codes
                   if code == ALL_CODES or any(c.startswith(code) for c in ctx.selected_codes if c != self.code)]
            if not ran:
                continue
            scope = "this file" if suppression.line == 0 else f"line {suppression.line}"
            yield ctx.finding_at(
                suppression.comment_line, suppression.comment_column,
                f"suppression of {', '.join(suppression.codes)} on {scope} suppresses nothing",
            )
