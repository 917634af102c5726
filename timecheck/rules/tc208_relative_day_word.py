"""TC208 relative-day-word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from timecheck.grammar.lexicon import WEEKDAY_NAMES
from timecheck.model import Edit, Finding, Fix, Severity
from timecheck.rules.base import Rule, RuleContext

_DAY_WORD = re.compile(r"\b(?:yesterday|tomorrow|today)\b", re.IGNORECASE)
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class RelativeDayWord(Rule):
    """"Yesterday", "today" or "tomorrow" in copy, where the weekday would last (style; off by default).

    Why it matters:
        Copy outlives its day: syndication, newsletters and archives show it days or years later,
        and "yesterday" then points at the wrong day. Many stylebooks ask for the weekday
        instead ("ended Wednesday"). The fix names the weekday the word resolves to.

    Bad:
        Published 15 September 2011, 04:12 IST
        The assault ended yesterday.

    Good:
        Published 15 September 2011, 04:12 IST
        The assault ended Wednesday.
    """

    code = "TC208"
    name = "relative-day-word"
    severity = Severity.INFO
    fixable = True
    enabled_by_default = False

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        if ctx.anchor is None:
            return
        text = ctx.document.text
        for timex in ctx.timexes:
            value = _FULL_DATE.match(timex.value)
            word = _DAY_WORD.search(text, timex.start, timex.end)
            if value is None or word is None:
                continue
            day = date(int(value.group(1)), int(value.group(2)), int(value.group(3)))
            weekday = WEEKDAY_NAMES[day.isoweekday() - 1]
            original = word.group(0)
            yield ctx.finding(
                word.span(),
                f"{original!r} is {weekday}, {day.isoformat()}, only on the day of publication",
                fix=Fix(f"Replace {original!r} with {weekday!r}", (Edit(word.start(), word.end(), weekday),)),
            )
