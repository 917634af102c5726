"""TC109 unparseable-stamp."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity, StampKind, StampSource
from timecheck.rules.base import Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.stamps.conflicts import source_name


class UnparseableStamp(Rule):
    """A date stamp is present but cannot be read, or names an impossible date.

    Why it matters:
        A stamp nobody can read is a stamp nobody can check: the publication or update date it
        was meant to give is lost, and a date like "31 April" means the CMS field was typed by
        hand or mangled in an import.

    Bad:
        Published: 31 April 2011, 04:12 IST
        The talks ended yesterday.

    Good:
        Published: 30 April 2011, 04:12 IST
        The talks ended yesterday.
    """

    code = "TC109"
    name = "unparseable-stamp"
    severity = Severity.ERROR

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for stamp in ctx.document.stamps:
            if stamp.moment is not None or not stamp.problem:
                continue
            if stamp.kind is StampKind.OTHER and stamp.source in (StampSource.VISIBLE, StampSource.TIME_ELEMENT):
                continue  # text that looked like a date but claims nothing: no stamp was lost
            yield finding_at_stamp(
                ctx, stamp, f"{stamp.kind.value} stamp {stamp.raw!r} ({source_name(stamp)}): {stamp.problem}")
