"""TC207 dateline-mismatch."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity, StampKind
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.wording import describe_stamp


class DatelineMismatch(Rule):
    """A wire dateline's date is far from the publication date.

    Why it matters:
        A dateline ("KABUL, Sept. 14 (Reuters) -") says when the story was filed. Wire copy runs
        within a day or two of filing; a dateline weeks away from publication means the story was
        re-published under a new date, or one of the two dates was mistyped.

    Bad:
        Published 15 September 2011, 04:12 IST
        KABUL, Aug. 2 (Reuters) - The assault ended at dawn.

    Good:
        Published 15 September 2011, 04:12 IST
        KABUL, Sept. 14 (Reuters) - The assault ended at dawn.

    Options:
        max_days: the largest distance, in days, between dateline and publication (2).
    """

    code = "TC207"
    name = "dateline-mismatch"
    severity = Severity.WARNING
    options = (Option("max_days", 2, "largest distance in days between dateline and publication"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        published = ctx.published.stamp
        if published is None or published.moment is None:
            return
        max_days = ctx.options["max_days"]
        assert isinstance(max_days, (int, float))
        # Compare calendar days in the publisher's zone: a dateline names a day, not an instant.
        pub_day = published.moment.value.date()
        for stamp in ctx.document.stamps:
            if stamp.kind is not StampKind.DATELINE or stamp.moment is None:
                continue
            days = abs((stamp.moment.value.date() - pub_day).days)
            if days > max_days:
                yield ctx.finding(
                    stamp.span,
                    f"dateline {stamp.raw!r} ({stamp.moment.value.date().isoformat()}) is {days} days "
                    f"from publication {describe_stamp(published)}",
                )
