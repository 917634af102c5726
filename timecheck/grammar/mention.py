"""What a pattern understood from a span, before any anchor is applied.

Tagging produces :class:`Mention` objects; :mod:`timecheck.grammar.resolver` turns them into
TIMEX3 values. Keeping the two apart means a pattern never needs to know the publication date,
and the resolver never needs to look at the text again (TimeML separates the same way: the
extent of a TIMEX3 is decided before its value).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum
from typing import Any

from timecheck.model import TimexType, slot_setters


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

    def __init__(self, type: TimexType, value: str = "", year: int | None = None,
                 month: int | None = None, day: int | None = None, weekday: int | None = None,
                 hour: int | None = None, minute: int | None = None, second: int | None = None,
                 part: str = "", zone: str = "", season: str = "", quarter: int | None = None,
                 half: int | None = None, decade: int | None = None,
                 century: int | None = None, week: bool = False, weekend: bool = False,
                 unit: str = "", offset: int | None = None, relation: Relation = Relation.NONE,
                 direction: Direction = Direction.TENSE, mod: str = "", holiday: str = "",
                 fiscal: bool = False, quant: str = "", freq: str = "", granularity: str = "",
                 anaphoric: bool = False, comparison: bool = False) -> None:
        """Set the fields, as the generated ``__init__`` would, at about half its cost.

        Every candidate span the tagger accepts makes a Mention, and a frozen dataclass's
        generated ``__init__`` sets each of these 30 fields through ``object.__setattr__``; this
        one calls the slots' own setters (:func:`timecheck.model.slot_setters`), fetched once.
        The parameters are the fields, in order, with their defaults (a test checks).
        """
        (set_type, set_value, set_year, set_month, set_day, set_weekday, set_hour, set_minute,
         set_second, set_part, set_zone, set_season, set_quarter, set_half, set_decade,
         set_century, set_week, set_weekend, set_unit, set_offset, set_relation, set_direction,
         set_mod, set_holiday, set_fiscal, set_quant, set_freq, set_granularity, set_anaphoric,
         set_comparison) = _SETTERS
        set_type(self, type)
        set_value(self, value)
        set_year(self, year)
        set_month(self, month)
        set_day(self, day)
        set_weekday(self, weekday)
        set_hour(self, hour)
        set_minute(self, minute)
        set_second(self, second)
        set_part(self, part)
        set_zone(self, zone)
        set_season(self, season)
        set_quarter(self, quarter)
        set_half(self, half)
        set_decade(self, decade)
        set_century(self, century)
        set_week(self, week)
        set_weekend(self, weekend)
        set_unit(self, unit)
        set_offset(self, offset)
        set_relation(self, relation)
        set_direction(self, direction)
        set_mod(self, mod)
        set_holiday(self, holiday)
        set_fiscal(self, fiscal)
        set_quant(self, quant)
        set_freq(self, freq)
        set_granularity(self, granularity)
        set_anaphoric(self, anaphoric)
        set_comparison(self, comparison)

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


# The slot setters of Mention's fields, in field order (``Mention.__init__`` unpacks them).
_SETTERS: tuple[Callable[[Mention, Any], None], ...] = tuple(slot_setters(Mention).values())
