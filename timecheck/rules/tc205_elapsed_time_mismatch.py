"""TC205 elapsed-time-mismatch."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timecheck.grammar.lexicon import NUMBER_WORDS, ORDINAL_WORDS, fold_case
from timecheck.model import Finding, Severity
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.scan import LowerScan

_COUNT = r"(?P<count>\d{1,3}|" + "|".join(sorted((w for w, n in NUMBER_WORDS.items() if n > 1), key=len, reverse=True)) + r")"
_ORDINAL = (r"(?P<count>\d{1,3})(?:st|nd|rd|th)|(?P<word>"
            + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + r"|twentieth|twenty-fifth|thirtieth|fortieth"
            r"|fiftieth|sixtieth|seventieth|seventy-fifth|hundredth)")
_ORDINAL_EXTRA = {"twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                  "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "hundredth": 100}
# Every "N years ago/after" phrase holds the word "year": the phrases are looked for only
# around it (a count is at most this many characters), so text without it costs one scan.
_YEAR_WORD = re.compile(r"year")
_COUNT_WIDTH = max(len(word) for word in NUMBER_WORDS) + 1
_TAIL_WIDTH = len("s") + len("earlier") + 2
_AGO = LowerScan(_COUNT + r"[ \t-]+years?[ \t]+ago\b")
_ANNIVERSARY = LowerScan(r"\b(?:" + _ORDINAL + r")[ \t]+anniversary\b")
_AFTER = LowerScan(_COUNT + r"[ \t-]+years?[ \t]+(?P<dir>after|later|before|earlier)\b")
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
        return NUMBER_WORDS[fold_case(word)]
    named = fold_case(match.group("word"))
    return ORDINAL_WORDS.get(named) or _ORDINAL_EXTRA[named]


def _around_years(pattern: LowerScan, text: str, lowered: str) -> Iterator[re.Match[str]]:
    """Yield the matches of a "N years ..." pattern: what ``pattern.finditer`` yields.

    Each match holds "year", with a count and blanks before it and blanks and one word after
    it, so it lies in the stretch around that "year"; overlapping stretches are merged.
    """
    if len(lowered) != len(text):
        yield from pattern.finditer(text, lowered)
        return
    stretches: list[list[int]] = []
    for hit in _YEAR_WORD.finditer(lowered):
        start = hit.start()
        while start > 0 and lowered[start - 1] in " \t-":
            start -= 1
        end = hit.end() + 1
        while end < len(lowered) and lowered[end] in " \t":
            end += 1
        start, end = max(start - _COUNT_WIDTH, 0), end + _TAIL_WIDTH
        if stretches and start <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], end)
        else:
            stretches.append([start, end])
    for start, end in stretches:
        # the end is a character past the last word, so "\b" there sees the text's own next
        # character; look-behinds at the start see the text before it
        yield from pattern.lower.finditer(lowered, start, end)


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
        lowered = fold_case(text)
        if ctx.anchor is not None:
            now_year = ctx.anchor.value.year
            for pattern, phrase in ((_AGO, "ago"), (_ANNIVERSARY, "anniversary")):
                found = _around_years(pattern, text, lowered) if pattern is _AGO \
                    else pattern.finditer(text, lowered)
                for match in found:
                    count = _count(match)
                    years = self._years_beside(text, match, after_only=phrase == "anniversary")
                    # Any year in the sentence that agrees settles it; otherwise name the nearest one.
                    if not years or any(abs(now_year - count - year) <= tolerance for year in years):
                        continue
                    year = years[0]
                    said = text[match.start():match.end()]
                    yield ctx.finding(match.span(), self._message(said, count, year, now_year, phrase))
        for match in _around_years(_AFTER, text, lowered):
            years = sorted(self._years_beside(text, match))
            if len(years) != 2:
                continue
            count, gap = _count(match), abs(years[0] - years[1])
            if abs(gap - count) > tolerance:
                said = text[match.start():match.end()]
                yield ctx.finding(match.span(), f"{said!r} but the sentence names {years[0]} and "
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
