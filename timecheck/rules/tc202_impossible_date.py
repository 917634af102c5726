"""TC202 impossible-date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timecheck.grammar.lexicon import MONTHS, fold_case
from timecheck.model import Finding, Severity
from timecheck.timeutil import days_in_month
from timecheck.rules.base import Rule, RuleContext
from timecheck.rules.scan import LowerScan, word_start_alternation

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December")
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
# Only the 29th, 30th and 31st can be missing from a month (every month has 28 days, and a
# number past 31 is a count: "May 45 people"), so the shapes ask for two digits that can be one
# of those: 29, 30 or 31, or any two digits not both ASCII (``\d`` matches every script's
# digits, and ``int`` reads them), judged by their value below. Other dates fail at the day
# inside the engine instead of matching and being dropped here, which is most of the cost on
# text dense with dates ("May 1 June 2 July 3" over and over). A day of one digit is never late.
_LATE_DAY = r"(?P<day>29|3[01]|(?![0-9]{2})\d\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:,?[ \t]+(?P<year>\d{4})\b)?"
# A month name where a word starts (what ``\b`` and a month name match, found faster).
_MONTH_WORD = word_start_alternation(MONTHS)
# Ways a calendar date is written with a month name; the grammar will not tag what is no date, so
# this rule looks for the shapes itself. Both hold a month name where a word starts, so text
# without one (figures, tables, hostile digits) skips both scans.
_ANY_MONTH = LowerScan(_MONTH_WORD)
_NAMED = (
    LowerScan(r"(?P<month>" + _MONTH_WORD + r")\.?[ \t]+" + _LATE_DAY + r"\b" + _YEAR),
    # the day's first digit, then the look-behind (no word character before the day): a
    # pattern that begins with a digit is skipped to at C speed ("\b" first would be tried at
    # every character)
    LowerScan(r"(?P<day>\d(?<!\w\d)(?:(?<=2)9|(?<=3)[01]|(?<![0-9])\d|\d(?<![0-9])))(?:st|nd|rd|th)?"
              r"[ \t]+(?:of[ \t]+)?" + _MONTH + r"\b\.?" + _YEAR),
)
# A digit of another script (what ``\d`` matches and 0-9 do not), in one character class.
_OTHER_DIGIT = re.compile(r"[^\D0-9]")


def _may_hold_late_day(text: str) -> bool:
    """Say whether ``text`` may hold a day :data:`_LATE_DAY` matches (never wrongly no)."""
    if "29" in text or "30" in text or "31" in text:
        return True
    return not text.isascii() and _OTHER_DIGIT.search(text) is not None


# Begins with a digit and looks behind it afterwards: a pattern that begins with a character
# class lets the engine skip to the next such character at C speed.
_ISO = re.compile(r"(?P<year>[12](?<!\w[12])\d{3})-(?P<month>\d{2})-(?P<day>\d{2})\b(?!-)")
# A slashed date, found from its first slash: begun with its first digit, the pattern would be
# tried at every digit (most of a table of figures), and at slashes it is tried only there. The
# one or two digits before that slash, with no digit or slash before them, are matched by
# look-behinds into ``a2`` or ``a1``: the date starts there, before the match does.
_SLASHED = re.compile(r"/(?:(?<=(?<![\d/])(?P<a2>\d\d)/)|(?<=(?<![\d/])(?P<a1>\d)/))"
                      r"(?P<b>\d{1,2})/(?P<year>\d{4})\b(?!/)")


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
        # An impossible date inside a stamp is TC109's to report, with the stamp's role. The
        # stamp spans are gathered once, not once per date: hostile text has a date every few
        # characters, and most documents have no stamp in the text at all.
        stamp_spans = [s.span for s in ctx.document.stamps if s.span is not None]
        yield from ctx.findings(
            (span, message) for span, message in self._impossible(ctx.document.text)
            if not stamp_spans or not any(start < span[1] and span[0] < end for start, end in stamp_spans))

    @staticmethod
    def _impossible(text: str) -> Iterator[tuple[tuple[int, int], str]]:
        seen: set[int] = set()
        lowered = fold_case(text)
        # Both shapes hold a late day and a month name: without them (a table of figures, a
        # list of early days), neither scan runs.
        named = _NAMED if _may_hold_late_day(text) \
            and next(_ANY_MONTH.finditer(text, lowered), None) is not None else ()
        for pattern in named:
            for match in pattern.finditer(text, lowered):
                word = text[match.start("month"):match.end("month")]
                if word.lower() == "may" and not word[0].isupper():
                    continue  # the modal verb
                month = MONTHS[fold_case(word)]
                day = int(match.group("day"))
                year = int(match.group("year")) if match.group("year") else None
                # (past 31 is a count, which digits of another script can still spell)
                if day > 31 or day <= days_in_month(year, month) or match.start() in seen:
                    continue
                seen.add(match.start())
                in_year = f" in {year}" if year is not None else ""
                said = text[match.start():match.end()]
                yield match.span(), (f"{said!r} is not a date: {_MONTH_NAMES[month - 1]} "
                                     f"has {days_in_month(year, month)} days{in_year}")
        for match in _ISO.finditer(text):
            year, month, day = map(int, match.groups())
            if not 1 <= month <= 12:
                yield match.span(), f"{match.group(0)!r} is not a date: there is no month {month}"
            elif not 1 <= day <= days_in_month(year, month):
                yield match.span(), (f"{match.group(0)!r} is not a date: {_MONTH_NAMES[month - 1]} "
                                     f"{year} has {days_in_month(year, month)} days")
        for match in _SLASHED.finditer(text):
            two, one, second_text, year_text = match.groups()
            first_text = two if two is not None else one
            start, end = match.start() - len(first_text), match.end()
            first, second, year = int(first_text), int(second_text), int(year_text)
            month_first = 1 <= first <= 12 and 1 <= second <= days_in_month(year, first)
            day_first = 1 <= second <= 12 and 1 <= first <= days_in_month(year, second)
            if not month_first and not day_first:
                yield (start, end), f"{text[start:end]!r} is not a date, read day-first or month-first"
