"""TC101 update-before-publication."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Precision, Severity
from timecheck.rules.base import Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.rules.wording import describe_stamp
from timecheck.timeutil import gap_in_words


class UpdateBeforePublication(Rule):
    """An update stamp is earlier than the publication stamp.

    Why it matters:
        An article cannot be updated before it exists. One of the two stamps is wrong: often the
        publication date was re-stamped by a CMS import, or the update line was typed by hand.
        Every relative date in the article is resolved against the publication date, so readers
        and archive search inherit the error.

    Bad:
        Published 15 September 2011, 04:12 IST
        Updated 14 September 2011, 22:00 IST

    Good:
        Published 15 September 2011, 04:12 IST
        Updated 15 September 2011, 09:30 IST
    """

    code = "TC101"
    name = "update-before-publication"
    severity = Severity.ERROR

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        published, updated = ctx.published.stamp, ctx.updated.stamp
        if published is None or updated is None or published.moment is None or updated.moment is None:
            return
        pub, upd = published.moment, updated.moment
        if Precision.DAY in (pub.precision, upd.precision):
            # A day-only stamp says nothing about the hour: compare calendar days in the publisher's zone.
            earlier = upd.value.astimezone(pub.value.tzinfo).date() < pub.value.date()
        else:
            earlier = upd.value < pub.value
        if not earlier:
            return
        yield finding_at_stamp(
            ctx, updated,
            f"updated {describe_stamp(updated)}, {gap_in_words(upd.value, pub.value)} before "
            f"publication {describe_stamp(published)}",
        )
