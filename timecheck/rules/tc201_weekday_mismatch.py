"""TC201 weekday-mismatch."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from datetime import date

from timecheck.grammar.lexicon import WEEKDAY_NAMES, WEEKDAYS, fold_case
from timecheck.model import Edit, Finding, Fix, Severity, TimeExpression
from timecheck.rules.base import Rule, RuleContext

_WEEKDAY = re.compile(r"\b(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b", re.IGNORECASE)
# A weekday just before a date the grammar tagged without it: "Tuesday, Sept. 14".
_WEEKDAY_BEFORE = re.compile(r"\b(?P<w>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True))
                             + r")\.?,?[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
# How far before a date a weekday naming it is looked for.
_BEFORE_REACH = 20
# The first three letters of every weekday word, found in the case-folded text (fold_case keeps
# its length): the patterns ignore case, and to them "ſun" and "SUN" are "sun".
_PREFIX = re.compile("|".join(sorted({word[:3] for word in WEEKDAYS})))
_PREFIX_LENGTH = 3


def weekday_prefixes(text: str) -> list[int]:
    """Where a weekday word may begin in ``text``, in order: one scan per document."""
    return [match.start() for match in _PREFIX.finditer(fold_case(text))]


def may_name_weekday(prefixes: list[int], timex: TimeExpression) -> bool:
    """Say whether a weekday word may be in ``timex`` or in the stretch before it searched.

    Every weekday word begins with a prefix of :func:`weekday_prefixes`: a date with none in
    itself or in the stretch before it (most dates) has nothing to find.
    """
    index = bisect_left(prefixes, timex.start - _BEFORE_REACH)
    return index < len(prefixes) and prefixes[index] + _PREFIX_LENGTH <= timex.end
_FULL_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")


def weekday_like(word: str, weekday: int) -> str:
    """Write ISO ``weekday`` the way ``word`` is written: full or short, upper, title or lower case."""
    name = WEEKDAY_NAMES[weekday - 1]
    if len(word) <= 4 and word.lower() != name.lower():
        name = name[:len(word)] if len(word) >= 3 else name[:3]
    if word.isupper():
        return name.upper()
    if word.islower():
        return name.lower()
    return name


class WeekdayMismatch(Rule):
    """A weekday named with a date is not that date's weekday.

    Why it matters:
        "Tuesday, Sept. 14, 2011" cannot be right: Sept. 14, 2011 was a Wednesday. One of the two
        is a typo, and readers cannot tell which. When the year is left out, the date is read in
        the publication's year, which is how readers read it too.

    Bad:
        Published 15 September 2011, 04:12 IST
        The embassy was attacked on Tuesday, Sept. 14, 2011.

    Good:
        Published 15 September 2011, 04:12 IST
        The embassy was attacked on Wednesday, Sept. 14, 2011.
    """

    code = "TC201"
    name = "weekday-mismatch"
    severity = Severity.ERROR
    fixable = True

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        text = ctx.document.text
        finding = ctx.finding
        prefixes: list[int] | None = None  # found on the first date that needs them
        for timex in ctx.timexes:
            match = _FULL_DATE.match(timex.value)
            # The day must be written out; a value derived from the weekday itself cannot disagree.
            if match is None or not any(map(str.isdigit, timex.text)):
                continue
            # Most dates name no weekday: looked for first, so only those that do make a date.
            if prefixes is None:
                prefixes = weekday_prefixes(text)
            if not may_name_weekday(prefixes, timex):
                continue
            words = self._weekday_words(text, timex)
            if not words:
                continue
            try:
                day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            for start, end in words:
                word = text[start:end]
                if not word[0].isupper():
                    continue  # "sat", "wed" in prose are verbs, not weekdays
                named = WEEKDAYS[fold_case(word)]
                actual = day.isoweekday()
                if named == actual:
                    continue
                assumed = "" if _WRITTEN_YEAR.search(timex.text) else " (year taken from the publication date)"
                right = weekday_like(word, actual)
                yield finding(
                    (start, end),
                    f"{word!r} is named with {day.isoformat()}{assumed}, which is a {WEEKDAY_NAMES[actual - 1]}",
                    fix=Fix(f"Replace {word!r} with {right!r}", (Edit(start, end, right),)),
                )

    @staticmethod
    def _weekday_words(text: str, timex: TimeExpression) -> list[tuple[int, int]]:
        spans = [(timex.start + m.start(), timex.start + m.end()) for m in _WEEKDAY.finditer(timex.text)]
        # A weekday before the date is followed by blanks up to it (the pattern ends in
        # ``[ \t]+$``, and ``$`` also matches before a last line break): without a blank or a
        # line break just before the date, there is nothing to search for.
        if not spans and timex.start > 0 and text[timex.start - 1] in " \t\n":
            before = _WEEKDAY_BEFORE.search(text, max(0, timex.start - _BEFORE_REACH), timex.start)
            if before is not None:
                spans.append(before.span("w"))
        return spans
