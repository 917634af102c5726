"""What a pattern understood from a span, before any anchor is applied.

Tagging produces :class:`Mention` objects; :mod:`timecheck.grammar.resolver` turns them into
TIMEX3 values. Keeping the two apart means a pattern never needs to know the publication date,
and the resolver never needs to look at the text again (TimeML separates the same way: the
extent of a TIMEX3 is decided before its value).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from timecheck.model import TimexType


class Relation(str, Enum):
    """What a relative expression counts from."""

    NONE = ""            # absolute: every field is in the text
    ANCHOR = "anchor"    # the publication date: "yesterday", "last week", "two days ago"
    REFERENCE = "reference"  # a date mentioned before: "two days later", "the next year"


class Direction(str, Enum):
    """Which occurrence an underspecified name means ("May", "Friday", "the third quarter")."""

    TENSE = ""           # decide with the tense of the sentence
    PAST = "past"        # "last May"
    FUTURE = "future"    # "next Friday"
    THIS = "this"        # "this May": the one in the anchor's year (week, ...)
    NEAREST = "nearest"  # present tense: whichever is closer to the anchor
    RECENT = "recent"    # "Friday's close": the latest one, the anchor's own day included


@dataclass(frozen=True, slots=True)
class Mention:
    """The meaning of one tagged span, as far as the text alone determines it.

    Calendar fields (``year`` .. ``second``, ``part``, ``season``, ``quarter``, ``half``,
    ``decade``, ``century``) hold what the text names. Relative expressions name a ``unit`` and an
    ``offset`` counted from ``relation``. ``value`` is set when the text alone fixes the TIMEX3
    value (durations, sets, ``PRESENT_REF``, ISO dates).
    """

    type: TimexType
    value: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    part: str = ""
    zone: str = ""
    season: str = ""
    quarter: int | None = None
    half: int | None = None
    decade: int | None = None
    century: int | None = None
    week: bool = False
    weekend: bool = False
    unit: str = ""
    offset: int | None = None
    relation: Relation = Relation.NONE
    direction: Direction = Direction.TENSE
    mod: str = ""
    holiday: str = ""
    fiscal: bool = False
    quant: str = ""
    freq: str = ""
    # Granularity the value is written at when it differs from what the fields imply
    # ("a year ago" is written as a year even though it counts from a day).
    granularity: str = ""
    # True when the expression refers to a period the discourse is about ("the quarter",
    # "the latest period"): the resolver then prefers the period mentioned last.
    anaphoric: bool = False
    # True for comparisons with the period under discussion ("a year earlier", "year-ago",
    # "the year-earlier period"): they resolve against that period but never replace it.
    comparison: bool = False

    def with_changes(self, **changes: object) -> Mention:
        """Return a copy with some fields replaced."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def has_date(self) -> bool:
        """Say whether the text names some calendar field (absolute or partial)."""
        return any(field is not None for field in (
            self.year, self.month, self.day, self.weekday, self.quarter, self.half,
            self.decade, self.century)) or bool(self.season or self.holiday)

    @property
    def has_clock(self) -> bool:
        """Say whether the text names a clock time or a part of day."""
        return self.hour is not None or bool(self.part)
