"""TC203 event-after-publication."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta

from timecheck.grammar.tense import Tense, tense_at
from timecheck.model import Finding, Severity, TimexType
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.wording import describe_moment

_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
# Month or day precision only: a bare year after publication is usually a forecast or a fiscal
# year used as a modifier ("predicting 1990 earnings"), even in a past-tense clause.
_MONTH_OR_DAY = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?(?:T|$)")
# Past-tense evidence in the clause: the default tense of news copy is the past, so the rule asks
# for a past verb form before the date rather than trusting the default.
_PAST_VERB = re.compile(r"\b(?:was|were|had|did|died|ended|began|held|signed|killed|met|took|won|lost|"
                        r"happened|occurred|opened|closed|started|finished|arrived|left|fell|rose|"
                        r"announced|launched|attacked|elected|resigned)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.!?;]\s|\n\s*\n")


class EventAfterPublication(Rule):
    """A past-tense reference resolves to a date after the publication date.

    Why it matters:
        "The summit was held on Sept. 20, 2011" cannot appear in an article published on
        Sept. 15, 2011: either the date is mistyped or the publication date is wrong (often a
        re-publication stamped with an old date). Dates are only compared when the year is
        written out, so nothing here depends on how the year was guessed.

    Bad:
        Published 15 September 2011, 04:12 IST
        The summit was held on Sept. 20, 2011, officials said.

    Good:
        Published 15 September 2011, 04:12 IST
        The summit was held on Sept. 12, 2011, officials said.

    Options:
        grace_days: how many days after publication a past event may still fall (0), for
            stamps in a zone far from the events.
    """

    code = "TC203"
    name = "event-after-publication"
    severity = Severity.WARNING
    options = (Option("grace_days", 0, "days after publication a past event may still fall"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        anchor = ctx.anchor
        if anchor is None or ctx.published.stamp is None:
            return
        grace = ctx.options["grace_days"]
        assert isinstance(grace, int)
        last_day = anchor.value.date() + timedelta(days=grace)
        text = ctx.document.text
        stamp_spans = [s.span for s in ctx.document.stamps if s.span is not None]
        for timex in ctx.timexes:
            if timex.type not in (TimexType.DATE, TimexType.TIME) or timex.interval is None:
                continue
            if not _MONTH_OR_DAY.match(timex.value):
                continue
            if not _WRITTEN_YEAR.search(timex.text):
                continue  # a year-less date was resolved with the tense already: it cannot disagree
            if any(start < timex.end and timex.start < end for start, end in stamp_spans):
                continue
            if timex.interval.start.date() <= last_day:
                continue
            clause_start = timex.start
            for cut in _CLAUSE_START.finditer(text, max(0, timex.start - 200), timex.start):
                clause_start = cut.end()
            if clause_start == timex.start:
                clause_start = max(0, timex.start - 200)
            if not _PAST_VERB.search(text, clause_start, timex.start):
                continue
            if tense_at(text, timex.start, timex.end) is not Tense.PAST:
                continue
            yield ctx.finding(
                (timex.start, timex.end),
                f"{timex.text!r} ({timex.value}) is told in the past tense but falls after publication "
                f"{describe_moment(anchor, ctx.published.stamp.zone_name)}",
            )
