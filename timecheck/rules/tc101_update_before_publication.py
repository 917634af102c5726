"""TC101 update-before-publication."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from timecheck.model import Finding, Precision, Severity, StampSource
from timecheck.rules.base import Option, Rule, RuleContext
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

    Options:
        schedule_hours: a hidden update stamp (metadata) this many hours or less before
            publication is an edit before a scheduled release, not a contradiction (24).
    """

    code = "TC101"
    name = "update-before-publication"
    severity = Severity.ERROR
    options = (Option("schedule_hours", 24, "how long before a scheduled publication a hidden edit may be"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        published, updated = ctx.published.stamp, ctx.updated.stamp
        if published is None or updated is None or published.moment is None or updated.moment is None:
            return
        pub, upd = published.moment, updated.moment
        if pub.precision is Precision.DAY and upd.precision is Precision.DAY:
            # Two calendar days, each as its page wrote it: "Stand: 04.02.2022" on a German page
            # is not the day before a publication field of 2022-02-04 that names no zone.
            earlier = upd.value.date() < pub.value.date()
        elif pub.precision is Precision.DAY:
            # A day-only stamp says nothing about the hour: compare calendar days in its zone.
            earlier = upd.value.astimezone(pub.value.tzinfo).date() < pub.value.date()
        elif upd.precision is Precision.DAY:
            earlier = upd.value.date() < pub.value.astimezone(upd.value.tzinfo).date()
        else:
            earlier = upd.value < pub.value
        if not earlier:
            return
        if updated.source is not StampSource.VISIBLE:
            # Scheduled publishing: the CMS keeps the last edit before the release time in
            # dateModified. Readers never see that stamp, so only a long gap counts.
            hours = ctx.options["schedule_hours"]
            assert isinstance(hours, (int, float))
            if pub.value - upd.value <= timedelta(hours=hours):
                return
        yield finding_at_stamp(
            ctx, updated,
            f"updated {describe_stamp(updated)}, {gap_in_words(upd.value, pub.value)} before "
            f"publication {describe_stamp(published)}",
        )
