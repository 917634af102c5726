"""TC301 bulk-update-stamp."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime

from timecheck.model import Finding, Precision, Severity, Suppression
from timecheck.rules.base import BatchRule, Option, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.rules.wording import describe_stamp


class BulkUpdateStamp(BatchRule):
    """One update timestamp, to the minute, is shared by many documents: a migration stamp.

    Why it matters:
        Editors do not update hundreds of articles in the same minute; CMS migrations and bulk
        re-saves do. Those stamps say nothing about the articles, yet readers and search engines
        treat them as fresh news. Day-only stamps are not counted: many real edits share a day.

    Bad:
        Published 15 September 2011, 04:12 IST
        Last Updated 04 May 2018, 03:18 IST

    Good:
        Published 15 September 2011, 04:12 IST
        Last Updated: 4 May 2018

    Options:
        min_documents: how many documents must share one update instant (10).
    """

    code = "TC301"
    name = "bulk-update-stamp"
    severity = Severity.WARNING
    options = (Option("min_documents", 10, "how many documents must share one update instant"),)

    def __init__(self) -> None:
        self._groups: dict[datetime, list[tuple[Finding, tuple[Suppression, ...], str]]] = {}
        self._threshold = 10

    def collect(self, ctx: RuleContext) -> None:
        updated, published = ctx.updated.stamp, ctx.published.stamp
        if updated is None or updated.moment is None or updated.moment.precision is Precision.DAY:
            return
        if published is not None and published.moment is not None and published.moment.value == updated.moment.value:
            return  # an update stamp equal to publication is the CMS's default, not a migration
        threshold = ctx.options["min_documents"]
        assert isinstance(threshold, int)
        self._threshold = threshold
        # Only what the finding needs is kept, never the document: archives are large.
        placeholder = finding_at_stamp(ctx, updated, "")
        self._groups.setdefault(updated.moment.value, []).append(
            (placeholder, ctx.document.suppressions, describe_stamp(updated)))

    def finish(self) -> Iterator[tuple[Finding, tuple[Suppression, ...]]]:
        for members in self._groups.values():
            if len(members) < self._threshold:
                continue
            for finding, suppressions, described in members:
                message = (f"update stamp {described} is shared by {len(members)} documents "
                           f"(threshold {self._threshold}): a bulk migration stamp, not an edit")
                yield replace(finding, message=message), suppressions
