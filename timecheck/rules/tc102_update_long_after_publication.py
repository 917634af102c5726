"""TC102 update-long-after-publication."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.rules.wording import describe_stamp
from timecheck.timeutil import gap_in_words


class UpdateLongAfterPublication(Rule):
    """An update stamp comes long after publication: most likely a migration stamp, not an edit.

    Why it matters:
        When an archive moves to a new CMS, every article often gets the migration day as its
        "Last Updated" date. Readers then see a years-old story as fresh, and tools that anchor
        on the first date they see resolve "yesterday" to the wrong day.

    Bad:
        Last Updated 04 May 2018, 03:18 IST
        The assault ended yesterday.
        (Published 15 September 2011, 04:12 IST)

    Good:
        Last Updated 15 September 2011, 11:40 IST
        The assault ended yesterday.
        (Published 15 September 2011, 04:12 IST)

    Options:
        max_gap_days: the longest gap, in days, that still counts as a real update (365).
    """

    code = "TC102"
    name = "update-long-after-publication"
    severity = Severity.WARNING
    options = (Option("max_gap_days", 365, "the longest update gap, in days, that still counts as an edit"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        published, updated = ctx.published.stamp, ctx.updated.stamp
        if published is None or updated is None or published.moment is None or updated.moment is None:
            return
        max_gap_days = ctx.options["max_gap_days"]
        assert isinstance(max_gap_days, (int, float))
        gap = updated.moment.value - published.moment.value
        if gap.total_seconds() <= max_gap_days * 86400:
            return
        yield finding_at_stamp(
            ctx, updated,
            f"updated {describe_stamp(updated)}, {gap_in_words(published.moment.value, updated.moment.value)} "
            f"after publication {describe_stamp(published)}",
        )
