"""TC205 elapsed-time-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timecheck.grammar.lexicon import NUMBER_WORDS, ORDINAL_WORDS
from timecheck.model import Finding, Severity
from timecheck.rules.base import Option, Rule, RuleContext

_COUNT = r"(?P<count>\d{1,3}|" + "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n > 1), key=len, reverse=True)) + r")"
_ORDINAL = (r"(?P<count>\d{1,3})(?:st|nd|rd|th)|(?P<word>"
            + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|twentieth|twenty-fifth|thirtieth|fortieth"
            r"|fiftieth|sixtieth|seventieth|seventy-fifth|hundredth)")
_ORDINAL_EXTRA = {"twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                  "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "hundredth": 100}
_AGO = re.compile(_COUNT + r"[ \t-]+years?[ \t]+ago\b", re.IGNORECASE)
_ANNIVERSARY = re.compile(r"\b(?:" + _ORDINAL + r")[ \t]+anniversary\b", re.IGNORECASE)
_AFTER = re.compile(_COUNT + r"[ \t-]+years?[ \t]+(?P<dir>after|later|before|earlier)\b", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\d$£€.,])(?P<year>1[6-9]\d\d|20\d\d)(?![\d%]|s\b|-)")
# A sentence ends at a full stop before a capital, at a blank line, or with a line that has no
# closing punctuation (a headline or a stamp line).
_REACH = 60
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“‘(])|\n[ \t]*\n|(?<![.,;:!?\"'”’)])\n")


def _count(match: re.Match[str]) -> int:
    word = match.group("count")
    if word and word.isdigit():
        return int(word)
    if word:
        return NUMBER_WORDS[word.lower()]
    named = match.group("word").lower()
    return ORDINAL_WORDS.get(named) or _ORDINAL_EXTRA[named]


def _sentence(text: str, position: int) -> tuple[int, int]:
    start = 0
    for end in _SENTENCE_END.finditer(text, max(0, position - 400), position):
        start = end.end()
    stop = _SENTENCE_END.search(text, position, position + 400)
    return start, stop.start() + 1 if stop else min(len(text), position + 400)


class ElapsedTimeMismatch(Rule):
    """"N years ago", "Nth anniversary" or "N years after" disagrees with a year named beside it.

    Why it matters:
        "Ten years ago, in 2005" in an article from 2011 cannot both be right. Elapsed-time
        phrases are written once and rarely re-checked when a story is updated or re-run a year
        later, so the arithmetic drifts.

    Bad:
        Published 15 September 2011, 04:12 IST
        Ten years ago, in 2005, the embassy was first attacked.

    Good:
        Published 15 September 2011, 04:12 IST
        Ten years ago, in 2001, the embassy was first attacked.

    Options:
        tolerance_years: how far apart the two years may be before it counts (1, for events
            near a year's turn).
    """

    code = "TC205"
    name = "elapsed-time-mismatch"
    severity = Severity.WARNING
    options = (Option("tolerance_years", 1, "how far apart the two years may be before it counts"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        tolerance = ctx.options["tolerance_years"]
        assert isinstance(tolerance, int)
        text = ctx.document.text
        if ctx.anchor is not None:
            now_year = ctx.anchor.value.year
            for pattern, phrase in ((_AGO, "ago"), (_ANNIVERSARY, "anniversary")):
                for match in pattern.finditer(text):
                    count = _count(match)
                    years = self._years_beside(text, match, after_only=phrase == "anniversary")
                    # Any year in the sentence that agrees settles it; otherwise name the nearest one.
                    if not years or any(abs(now_year - count - year) <= tolerance for year in years):
                        continue
                    year = years[0]
                    yield ctx.finding(match.span(), self._message(match.group(0), count, year, now_year, phrase))
        for match in _AFTER.finditer(text):
            years = sorted(self._years_beside(text, match))
            if len(years) != 2:
                continue
            count, gap = _count(match), abs(years[0] - years[1])
            if abs(gap - count) > tolerance:
                yield ctx.finding(match.span(), f"{match.group(0)!r} but the sentence names {years[0]} and "
                                                f"{years[1]}, {gap} years apart")

    @staticmethod
    def _years_beside(text: str, match: re.Match[str], *, after_only: bool = False) -> list[int]:
        """Return the distinct years close to ``match`` in its sentence, nearest first.

        Close means within ``_REACH`` characters: a year at the other end of a long sentence
        usually dates something else. ``after_only`` keeps the years after the phrase
        ("the 10th anniversary of the 2001 attacks").
        """
        start, end = _sentence(text, match.start())
        start = match.start() if after_only else max(start, match.start() - _REACH)
        end = min(end, match.end() + _REACH)
        found = [(abs(m.start() - match.start()), int(m.group("year"))) for m in _YEAR.finditer(text, start, end)]
        years: list[int] = []
        for _, year in sorted(found):
            if year not in years:
                years.append(year)
        return years

    @staticmethod
    def _message(phrase: str, count: int, year: int, now_year: int, kind: str) -> str:
        if kind == "ago":
            return f"{phrase!r} from {now_year} is {now_year - count}, but the sentence names {year}"
        return f"{phrase!r} in {now_year} marks {now_year - count}, but the sentence names {year}"
