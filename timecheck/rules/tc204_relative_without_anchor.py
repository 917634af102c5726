"""TC204 relative-without-anchor."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from timecheck.model import Finding, Severity, TimeExpression, TimexType
from timecheck.rules.base import Rule, RuleContext

# TIMEX3 values that are vague by nature, anchor or not (TimeML guidelines, section 2.2.1).
_REFERENCES = frozenset(("PRESENT_REF", "PAST_REF", "FUTURE_REF"))
# Durations and sets hold X for an unknown count ("PXY"), not for a missing anchor.
_DATED = (TimexType.DATE, TimexType.TIME)


class RelativeWithoutAnchor(Rule):
    """A relative expression ("yesterday", "last week", "in May") in a document with no anchor.

    Why it matters:
        "Yesterday" means nothing without the day the article appeared. With no publication
        stamp, dateline or record date, no reader, archive or tool can tell which day it was,
        and the expression is lost for search and timelines.

    Bad:
        The assault ended yesterday, officials said.

    Good:
        Published 15 September 2011, 04:12 IST
        The assault ended yesterday, officials said.
    """

    code = "TC204"
    name = "relative-without-anchor"
    severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        if ctx.anchor is not None:
            return
        yield from ctx.findings(_unresolved(ctx.timexes))


def _unresolved(timexes: Iterable[TimeExpression]) -> Iterator[tuple[tuple[int, int], str]]:
    """The span and message of every expression that needs the anchor the document lacks."""
    for timex in timexes:
        value = timex.value
        # Without an anchor the resolver leaves the unknown fields as X ("XXXX-XX-XX"). That
        # test comes first, as it is the one that decides for most expressions of a page.
        if "X" not in value or value in _REFERENCES or timex.type not in _DATED:
            continue
        yield ((timex.start, timex.end),
               f"{timex.text!r} depends on the publication date ({value}), and the document has none")
