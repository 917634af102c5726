"""TC002 non-utf8-input."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity
from timecheck.rules.base import Rule, RuleContext


class NonUtf8Input(Rule):
    """The file is not valid UTF-8: it was read in another encoding, or bytes were replaced.

    Why it matters:
        Archives collect exports from many systems; a windows-1252 file read as UTF-8 turns
        "café" into "cafÃ©" in search results, and replaced bytes can hide a digit of a date.
        timecheck still reads the file, and says how, so nothing is skipped silently.

    Bad (a windows-1252 file):
        Published 15 September 2011
        Talks at the café ended yesterday.

    Good:
        Published 15 September 2011
        Talks at the café ended yesterday.
    """

    code = "TC002"
    name = "non-utf8-input"
    severity = Severity.WARNING
    bad_example_encoding = "cp1252"

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        if ctx.document.encoding_note:
            yield ctx.finding_at(ctx.document.encoding_line or 1, 1, ctx.document.encoding_note)
