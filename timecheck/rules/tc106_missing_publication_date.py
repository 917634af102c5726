"""TC106 missing-publication-date."""

from __future__ import annotations

from collections.abc import Iterator

from timecheck.model import Finding, Severity, StampKind
from timecheck.rules.base import Rule, RuleContext


class MissingPublicationDate(Rule):
    """No publication date can be found in the article or its metadata.

    Why it matters:
        Without a publication date nothing relative in the article can be placed in time:
        "yesterday", "last week" and "in May" point nowhere, and archive search files the story
        under the import date. Every article an archive keeps should say when it was published.

    Bad:
        The assault ended yesterday, officials said.

    Good:
        Published 15 September 2011, 04:12 IST
        The assault ended yesterday, officials said.
    """

    code = "TC106"
    name = "missing-publication-date"
    severity = Severity.WARNING

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        if ctx.published.stamp is not None:
            return
        if any(stamp.kind is StampKind.PUBLISHED for stamp in ctx.document.stamps):
            return  # there is one, but unreadable: TC109 reports it with its text
        if ctx.anchor is not None:
            detail = f"relative dates were resolved against {ctx.anchor_reason}"
        else:
            detail = "relative dates cannot be resolved"
        yield ctx.finding(None, f"no publication date in the text or metadata; {detail}")
