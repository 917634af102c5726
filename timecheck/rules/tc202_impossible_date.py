"""TC202 impossible-date."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator

from timecheck.grammar.lexicon import MONTHS
from timecheck.model import Finding, Severity
from timecheck.rules.base import Rule, RuleContext
from timecheck.rules.scan import LowerScan

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?[ \t]+(?P<year>\d{4})\b)?"
# Ways a calendar date is written with a month name; the grammar will not tag what is no date, so
# this rule looks for the shapes itself.
_NAMED = (
    LowerScan(r"\b" + _MONTH + r"\.?[ \t]+" + _DAY + r"\b" + _YEAR),
    # the day's first digit, then the look-behind: a pattern that begins with a digit is
    # skipped to at C speed ("\b" first would be tried at every character)
    LowerScan(r"(?P<day>\d(?<!\w\d)\d?)(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTH + r"\b\.?" + _YEAR),
)
# Both begin with a digit and look behind it afterwards: a pattern that begins with a character
# class lets the engine skip to the next digit at C speed.
_ISO = re.compile(r"(?P<year>[12](?<!\w[12])\d{3})-(?P<month>\d{2})-(?P<day>\d{2})\b(?!-)")
_SLASHED = re.compile(r"(?P<a>\d(?<![\d/]\d)\d?)/(?P<b>\d{1,2})/(?P<year>\d{4})\b(?!/)")


def _days_in(month: int, year: int | None) -> int:
    # Without a year, 29 February is possible (leap years exist); with one, the calendar decides.
    return monthrange(year if year is not None else 2000, month)[1]


class ImpossibleDate(Rule):
    """A date that does not exist: "February 30", "31 April", month 13.

    Why it matters:
        A date that is not in the calendar is a typo, and every reader resolves it differently:
        "April 31" may have meant April 30 or May 1. Archive search and the timeline drop it.

    Bad:
        Published 15 September 2011, 04:12 IST
        The contract was signed on April 31, 2011.

    Good:
        Published 15 September 2011, 04:12 IST
        The contract was signed on April 30, 2011.
    """

    code = "TC202"
    name = "impossible-date"
    severity = Severity.ERROR

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        for span, message in self._impossible(ctx.document.text):
            # An impossible date inside a stamp is TC109's to report, with the stamp's role.
            if not any(s.span is not None and s.span[0] < span[1] and span[0] < s.span[1]
                       for s in ctx.document.stamps):
                yield ctx.finding(span, message)

    @staticmethod
    def _impossible(text: str) -> Iterator[tuple[tuple[int, int], str]]:
        seen: set[int] = set()
        lowered = text.lower()
        for pattern in _NAMED:
            for match in pattern.finditer(text, lowered):
                word = text[match.start("month"):match.end("month")]
                if word.lower() == "may" and not word[0].isupper():
                    continue  # the modal verb
                month = MONTHS[word.lower()]
                day = int(match.group("day"))
                year = int(match.group("year")) if match.group("year") else None
                # Days past 31 are counts, not dates ("May 45 people"): only a day the month lacks counts.
                if day < 1 or day > 31 or day <= _days_in(month, year) or match.start() in seen:
                    continue
                seen.add(match.start())
                in_year = f" in {year}" if year is not None else ""
                said = text[match.start():match.end()]
                yield match.span(), (f"{said!r} is not a date: {_MONTH_NAMES[month - 1]} "
                                     f"has {_days_in(month, year)} days{in_year}")
        for match in _ISO.finditer(text):
            year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
            if not 1 <= month <= 12:
                yield match.span(), f"{match.group(0)!r} is not a date: there is no month {month}"
            elif not 1 <= day <= _days_in(month, year):
                yield match.span(), (f"{match.group(0)!r} is not a date: {_MONTH_NAMES[month - 1]} "
                                     f"{year} has {_days_in(month, year)} days")
        for match in _SLASHED.finditer(text):
            first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
            month_first = 1 <= first <= 12 and 1 <= second <= _days_in(first, year)
            day_first = 1 <= second <= 12 and 1 <= first <= _days_in(second, year)
            if not month_first and not day_first:
                yield match.span(), f"{match.group(0)!r} is not a date, read day-first or month-first"
