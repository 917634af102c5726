"""TC206 ambiguous-numeric-date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timecheck.model import Finding, Severity
from timecheck.rules.base import Rule, RuleContext

# Found from the first separator, which the engine skips to at C speed: begun with the first
# digit, the pattern would be tried at every digit (most of a table of figures). The one or two
# digits before the separator, with no digit or separator before them, are matched by
# look-behinds into ``a2`` or ``a1``: the date starts there, before the match does.
_NUMERIC = re.compile(r"(?P<sep>[/.-])(?:(?<=(?<![\d/.-])(?P<a2>\d\d)[/.-])|(?<=(?<![\d/.-])(?P<a1>\d)[/.-]))"
                      r"(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)")


class AmbiguousNumericDate(Rule):
    """A numeric date such as 03/04/2011 that reads as two different days, and no locale is set.

    Dotted dates (03.04.2011) are read day-first, as everywhere they are written, and a page
    whose language implies an order (``<html lang="de">``) is read in that order.

    Why it matters:
        03/04/2011 is 4 March to an American reader and 3 April to almost everyone else. Syndicated
        and archived copy crosses those borders; the date must be written unambiguously, or the
        archive's locale must be configured (``dayfirst``) so it is read one way.

    Bad:
        Published 15 September 2011, 04:12 IST
        The contract expires on 03/04/2012.

    Good:
        Published 15 September 2011, 04:12 IST
        The contract expires on 3 April 2012.
    """

    code = "TC206"
    name = "ambiguous-numeric-date"
    severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        if ctx.dayfirst is not None or ctx.document.dayfirst is not None:
            return  # the configuration or the page's language says how to read them
        finding = ctx.finding
        text = ctx.document.text
        for match in _NUMERIC.finditer(text):
            sep, two, one, second_text, year = match.groups()
            first_text = two if two is not None else one
            first, second = int(first_text), int(second_text)
            if first == second or not (1 <= first <= 12 and 1 <= second <= 12):
                continue
            if sep == ".":
                # Dotted dates are day-first wherever they are written (German, Swiss, Russian
                # copy); "1.2.11" is more often a version or a score than a date anyway.
                continue
            start, end = match.start() - len(first_text), match.end()
            yield finding(
                (start, end),
                f"{text[start:end]!r} is {year}-{second:02d}-{first:02d} read day-first and "
                f"{year}-{first:02d}-{second:02d} read month-first",
            )
