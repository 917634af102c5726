"""Mergeable aggregates for the report's figures: the binned update-minus-publication lag histogram.

Each aggregate can be filled from any part of an archive and merged with the others (counts
add up), so the figures are the same however the archive was split. Pure: no I/O.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

DAY = 86400.0
YEAR = 365.25 * DAY

# Upper bounds (exclusive) of the update-minus-publication lag bins, in seconds, and their labels.
# The edges follow how editors talk about updates: same day, same week, same month, within the
# year; past a year an "update" is usually a re-save or a CMS migration (TC102).
LAG_EDGES: tuple[float, ...] = (0.0, DAY, 7 * DAY, 30 * DAY, YEAR, 2 * YEAR, 5 * YEAR, 10 * YEAR)
LAG_LABELS: tuple[str, ...] = (
    "before publication", "under a day", "1 to 7 days", "1 to 4 weeks", "1 to 12 months",
    "1 to 2 years", "2 to 5 years", "5 to 10 years", "10 years or more",
)


@dataclass(slots=True)
class LagHistogram:
    """Counts of update-minus-publication lags in the ``LAG_LABELS`` bins."""

    counts: list[int] = field(default_factory=lambda: [0] * len(LAG_LABELS))

    def add(self, seconds: float) -> None:
        """Count one document's lag."""
        self.counts[bisect_right(LAG_EDGES, seconds)] += 1

    def add_all(self, values: Iterable[float]) -> LagHistogram:
        """Count many lags; return self."""
        for value in values:
            self.add(value)
        return self

    def merge(self, other: LagHistogram) -> LagHistogram:
        """Return the histogram of both parts."""
        return LagHistogram([mine + theirs for mine, theirs in zip(self.counts, other.counts)])

    def bins(self) -> tuple[tuple[str, int], ...]:
        """Return (label, count) for every bin, in order."""
        return tuple(zip(LAG_LABELS, self.counts))
