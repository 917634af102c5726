"""TC103 conflicting-publication-dates."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity, StampKind
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.stamps.conflicts import conflicting_days, describe_days


class ConflictingPublicationDates(Rule):
    """Two sources of the publication date name different days.

    Why it matters:
        A page that says one publication date in its byline and another in its metadata is
        dated differently by readers, search engines and archive tools. One of them is wrong:
        often a template that stamps the import day, or a correction that changed one field
        and not the others. Days are compared on the publisher's clock, so the same instant
        written in two zones is not a conflict.

    Bad:
        Published 3 May 2019, 10:00 BST
        The storm reached the coast yesterday.
        First published 5 May 2019

    Good:
        Published 3 May 2019, 23:30 BST
        The storm reached the coast yesterday.
        First published 3 May 2019, 22:30 GMT

    Options:
        max_days: how many days two sources may differ before they conflict (0).
    """

    code = "TC103"
    name = "conflicting-publication-dates"
    severity = Severity.WARNING
    options = (Option("max_days", 0, "how many days two publication sources may differ before they conflict"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        max_days = ctx.options["max_days"]
        assert isinstance(max_days, int)
        groups = conflicting_days(ctx.document.stamps, StampKind.PUBLISHED, ctx.published.stamp, max_days=max_days)
        if not groups:
            return
        odd = groups[-1][1][0]
        yield finding_at_stamp(ctx, odd, f"publication dates disagree: {describe_days(groups)}")
