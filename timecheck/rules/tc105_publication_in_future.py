"""TC105 publication-in-future."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

from timecheck.model import Finding, Moment, Precision, Severity
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.rules.wording import describe_moment, describe_stamp
from timecheck.timeutil import gap_in_words


class PublicationInFuture(Rule):
    """The publication date is later than now, beyond the scheduling allowance.

    Why it matters:
        An archived article cannot have been published tomorrow. A future date means a wrong
        year typed into the CMS, a zone mix-up, or an embargo date stored as the publication
        date; the article then sorts above everything else and its relative dates point ahead.
        Scheduled posts a few hours ahead are normal, hence the allowance.

    Bad:
        Published 15 September 2031, 04:12 IST
        The talks ended yesterday.

    Good:
        Published 15 September 2011, 04:12 IST
        The talks ended yesterday.

    Options:
        allowance_hours: how far ahead of now a scheduled publication may be (24).
    """

    code = "TC105"
    name = "publication-in-future"
    severity = Severity.ERROR
    options = (Option("allowance_hours", 24, "how far ahead of now a scheduled publication may be"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        published = ctx.published.stamp
        if ctx.now is None or published is None or published.moment is None:
            return
        allowance = ctx.options["allowance_hours"]
        assert isinstance(allowance, (int, float))
        if published.moment.value <= ctx.now + timedelta(hours=allowance):
            return
        now = describe_moment(Moment(ctx.now, Precision.MINUTE, True))
        yield finding_at_stamp(
            ctx, published,
            f"published {describe_stamp(published)}, {gap_in_words(ctx.now, published.moment.value)} "
            f"after now ({now})",
        )

