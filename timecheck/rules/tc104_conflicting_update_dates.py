"""TC104 conflicting-update-dates."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity, StampKind
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.stamps.conflicts import conflicting_days, describe_days


class ConflictingUpdateDates(Rule):
    """Two sources of the update date name different days.

    Why it matters:
        The update date tells readers how fresh a story is and tells archive audits which
        stories changed. When the byline's "Updated" line and the page's metadata disagree, one
        was not touched by the last edit, or was rewritten by a migration; either way the page
        misinforms someone.

    Bad:
        Published 1 May 2019
        Updated 3 May 2019, 10:00 BST
        The storm reached the coast on Wednesday.
        Last updated 9 May 2019

    Good:
        Published 1 May 2019
        Updated 3 May 2019, 10:00 BST
        The storm reached the coast on Wednesday.
        Last updated 3 May 2019

    Options:
        max_days: how many days two sources may differ before they conflict (0).
    """

    code = "TC104"
    name = "conflicting-update-dates"
    severity = Severity.WARNING
    options = (Option("max_days", 0, "how many days two update sources may differ before they conflict"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        max_days = ctx.options["max_days"]
        assert isinstance(max_days, int)
        groups = conflicting_days(ctx.document.stamps, StampKind.UPDATED, ctx.updated.stamp, max_days=max_days)
        if not groups:
            return
        odd = groups[-1][1][0]
        yield finding_at_stamp(ctx, odd, f"update dates disagree: {describe_days(groups)}")
