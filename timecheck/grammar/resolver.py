"""Turn a :class:`Mention` into a TIMEX3 value and an interval, given an anchor and a tense.

The resolver works on :class:`Period`: a granularity and a representative day (plus a part of
day or a clock time). Shifting a period by calendar units keeps its granularity, so "a year
earlier" than ``1989-Q3`` is ``1988-Q3`` and "a year ago" from a day is written as a year.

Which occurrence an underspecified name means (SPEC "Expressions"): "last"/"next" in the text
decide; otherwise the tense of the clause does. A weekday follows the tense strictly (past: the
most recent one, the anchor's own day included; future: the next one; present: the next one,
the anchor's own day included, "the final is on Sunday", unless the present form comes after
the weekday, which takes the nearer one then). A quarter or a half in the present tense is the
nearer one. "The following Monday", "the previous winter", "the following March" count from the
period the story tells of (after its end, before its start), or from the anchor without one.
For a month or a month and day, a tense read from an auxiliary right next to the date ("will
meet on Dec. 30", "was held on Jan. 14") is also strict; a tense read from looser evidence is
weighed against distance (:data:`TENSE_PENALTY_DAYS`), because "declared a dividend payable
Dec. 15" in a story of Oct. 26 means this December even though the clause reads as past.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import TypeGuard

from timecheck.grammar import calendars, lexicon
from timecheck.grammar.mention import Direction, Mention, Relation
from timecheck.grammar.tense import Tense, TenseReading
from timecheck.grammar.values import (
    day_value,
    quarter_of,
    season_of,
    week_value,
    year_text,
)
from timecheck.model import Interval, Moment, Precision, TimexType
from timecheck.timeutil import add_months, localize, zone

# The tense of the clause, computed only when a mention needs it (most do not).
TenseSource = Callable[[], TenseReading]

# Granularities from coarse to fine.
GRAINS: tuple[str, ...] = ("century", "decade", "year", "half", "quarter", "season", "month",
                           "week", "weekend", "day", "part", "hour", "minute", "second")
# The grains of a day and of the times in it.
DAY_GRAINS = frozenset({"day", "part", "hour", "minute", "second"})


@dataclass(frozen=True, slots=True)
class Period:
    """A calendar period: its granularity and a day inside it (the first day, usually)."""

    grain: str
    day: date
    part: str = ""
    hour: int = 0
    minute: int = 0
    second: int = 0
    season: str = ""

    def value(self) -> str:
        """Write the TIMEX3 value of this period."""
        day = self.day
        grain = self.grain
        if grain == "century":
            return f"{day.year // 100:02d}"
        if grain == "decade":
            return f"{day.year // 10:03d}"
        if grain == "year":
            return year_text(day.year)
        if grain == "half":
            return f"{year_text(day.year)}-H{1 if day.month <= 6 else 2}"
        if grain == "quarter":
            return f"{year_text(day.year)}-Q{quarter_of(day.month)}"
        if grain == "season":
            year, season = season_of(day)
            return f"{year_text(year)}-{self.season or season}"
        if grain == "month":
            return f"{year_text(day.year)}-{day.month:02d}"
        if grain == "week":
            return week_value(day)
        if grain == "weekend":
            return week_value(day) + "-WE"
        if grain == "day":
            return day_value(day)
        if grain == "part":
            return f"{day_value(day)}T{self.part}"
        if grain == "hour":
            return f"{day_value(day)}T{self.hour:02d}"
        if grain == "second":
            return f"{day_value(day)}T{self.hour:02d}:{self.minute:02d}:{self.second:02d}"
        return f"{day_value(day)}T{self.hour:02d}:{self.minute:02d}"

    def bounds(self) -> tuple[datetime, datetime]:
        """Return the naive start and end (half-open) of this period."""
        day, grain = self.day, self.grain
        if grain in ("century", "decade", "year", "half", "quarter", "season", "month"):
            if grain == "century":
                first, months = date(max(day.year // 100 * 100, 1), 1, 1), 1200
            elif grain == "decade":
                first, months = date(max(day.year // 10 * 10, 1), 1, 1), 120
            elif grain == "year":
                first, months = date(day.year, 1, 1), 12
            elif grain == "half":
                first, months = date(day.year, 1 if day.month <= 6 else 7, 1), 6
            elif grain == "quarter":
                first, months = date(day.year, (quarter_of(day.month) - 1) * 3 + 1, 1), 3
            elif grain == "season":
                year, code = (day.year, self.season) if self.season else season_of(day)
                first, months = date(year, lexicon.SEASON_START_MONTH[code], 1), 3
            else:
                first, months = date(day.year, day.month, 1), 1
            return _midnight(first), _midnight(add_months(first, months))
        if grain in ("week", "weekend"):
            monday = day - timedelta(days=day.isoweekday() - 1)
            first = monday + timedelta(days=5) if grain == "weekend" else monday
            return _midnight(first), _midnight(monday + timedelta(days=7))
        start = _midnight(day)
        if grain == "day":
            return start, start + timedelta(days=1)
        if grain == "part":
            first_hour, last_hour = lexicon.PART_HOURS[self.part]
            return start + timedelta(hours=first_hour), start + timedelta(hours=last_hour)
        start += timedelta(hours=self.hour)
        if grain == "hour":
            return start, start + timedelta(hours=1)
        start += timedelta(minutes=self.minute)
        if grain == "second":
            start += timedelta(seconds=self.second)
            return start, start + timedelta(seconds=1)
        return start, start + timedelta(minutes=1)

    def shift(self, unit: str, amount: int) -> Period:
        """Move by whole calendar units, keeping the granularity."""
        if unit in ("hour", "minute", "second"):
            moment = datetime(self.day.year, self.day.month, self.day.day, self.hour, self.minute)
            moment += timedelta(**{unit + "s": amount})
            return self.changed(day=moment.date(), hour=moment.hour, minute=moment.minute)
        return self.changed(day=_shift_day(self.day, unit, amount))

    def regrain(self, grain: str) -> Period:
        """Return the same period written at another granularity."""
        return self.changed(grain=grain)

    def changed(self, *, grain: str | None = None, day: date | None = None,
                part: str | None = None, hour: int | None = None,
                minute: int | None = None, second: int | None = None) -> Period:
        """Return a copy with the given fields replaced.

        Like ``dataclasses.replace``, without its generic field walk: the resolver makes
        several copies per expression.
        """
        return Period(self.grain if grain is None else grain, self.day if day is None else day,
                      self.part if part is None else part, self.hour if hour is None else hour,
                      self.minute if minute is None else minute,
                      self.second if second is None else second, self.season)


def _shift_day(day: date, unit: str, amount: int) -> date:
    if unit in ("day", "night"):
        return day + timedelta(days=amount)
    if unit in ("week", "weekend"):
        return day + timedelta(weeks=amount)
    if unit == "fortnight":
        return day + timedelta(weeks=2 * amount)
    if unit == "month":
        return add_months(day, amount)
    if unit == "quarter":
        return add_months(day, 3 * amount)
    if unit == "half":
        return add_months(day, 6 * amount)
    if unit == "season":
        return add_months(day, 3 * amount)
    if unit == "year":
        return add_months(day, 12 * amount)
    if unit == "decade":
        return add_months(day, 12 * 10 * amount)
    if unit == "century":
        return add_months(day, 12 * 100 * amount)
    if unit == "millennium":
        return add_months(day, 12 * 1000 * amount)
    raise ValueError(f"unknown unit {unit!r}")


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the resolver concluded for one mention."""

    type: TimexType
    value: str
    mod: str = ""
    interval: Interval | None = None
    period: Period | None = None
    alternatives: tuple[str, ...] = ()
    used_anchor: bool = False


def _before_christ(mention: Mention, today: date | None) -> str:
    """The TimeML value of a year counted back from the anchor past the first year of the era
    ("2,100 years ago", said in 2025: 76 BC, "BC0076"); "" when it is none or too far back."""
    if today is None or mention.relation is not Relation.ANCHOR or mention.unit != "year" \
            or not isinstance(mention.offset, int) or mention.offset >= 0:
        return ""
    year = today.year + mention.offset  # the astronomical year: 0 is 1 BC
    return f"BC{1 - year:04d}" if -_LAST_BC_YEAR < year < 1 else ""


# The furthest year before Christ a four-digit value can write.
_LAST_BC_YEAR = 9998


def resolve(mention: Mention, *, anchor: Moment | None, tense: TenseSource,
            reference: Period | None, zones: Mapping[str, str]) -> Resolution:
    """Return the value (and interval, when there is one) a mention has against an anchor.

    ``tense`` is called (at most once) when the mention's occurrence depends on the tense of
    its clause. ``reference`` is the period the text mentioned last (for "two days later", "the
    year-earlier period"); None when there is none.
    """
    if mention.value:
        return Resolution(mention.type, mention.value, mention.mod)
    within = _within_reference(mention, reference, _anchor_day(anchor))
    if within:
        return Resolution(mention.type, within, mention.mod)
    today = _anchor_day(anchor)
    tz = _zone_for(mention, anchor, zones)
    if mention.zone and tz is not None and mention.hour is not None:
        anchor = _anchor_in(anchor, tz)  # "9 p.m. ET" is on the anchor's day in that zone
        today = _anchor_day(anchor)
    try:
        period, alternatives, used_anchor = _period(mention, today, tense, reference, anchor)
    except (ValueError, OverflowError):
        # "5,300 years ago" counts past the calendar's first year: a year before Christ, as
        # TimeML writes it ("BC3308"), or, further back, an underspecified value
        if before_christ := _before_christ(mention, today):
            return Resolution(mention.type, before_christ, mention.mod, used_anchor=True)
        period, alternatives, used_anchor = None, (), True
    if period is None:
        return Resolution(mention.type, _underspecified(mention), mention.mod,
                          used_anchor=used_anchor)
    interval = period_interval(period, tz) if tz is not None else None
    return Resolution(mention.type, period.value(), mention.mod, interval, period, alternatives,
                      used_anchor)


def period_interval(period: Period, tz: tzinfo) -> Interval | None:
    """The interval ``period`` covers in zone ``tz``; None for a period at the edge of the
    calendar (year 9999), which has none."""
    try:
        start, end = period.bounds()
    except (ValueError, OverflowError):
        return None
    return Interval(localize(start, tz), localize(end, tz))


def _anchor_in(anchor: Moment | None, tz: tzinfo) -> Moment | None:
    """The anchor as a clock in ``tz`` shows it, when the anchor states its time and zone."""
    if anchor is None or anchor.precision is Precision.DAY or not anchor.zone_stated:
        return anchor
    return Moment(anchor.value.astimezone(tz), anchor.precision, True)


def _anchor_day(anchor: Moment | None) -> date | None:
    return anchor.value.date() if anchor is not None else None


def _anchor_clock(anchor: Moment | None) -> Period | None:
    """The anchor's minute, when it states its time of day ("3 hours ago" counts from it)."""
    if anchor is None or anchor.precision is Precision.DAY:
        return None
    value = anchor.value
    return Period("minute", value.date(), hour=value.hour, minute=value.minute)


def _zone_for(mention: Mention, anchor: Moment | None,
              zones: Mapping[str, str]) -> tzinfo | None:
    if mention.zone:
        name = zones.get(mention.zone.upper()) or zones.get(mention.zone)
        if name is None and mention.zone.upper() in ("Z", "UTC", "GMT"):
            name = "+00:00"
        if name is None and "/" in mention.zone:
            name = mention.zone  # a place's zone ("UK time": Europe/London)
        if name is None and mention.zone[:1] in "+-":
            name = mention.zone if ":" in mention.zone else \
                f"{mention.zone[:3]}:{mention.zone[3:]}"
        if name is not None:
            try:
                return zone(name)
            except ValueError:
                pass
    if anchor is not None:
        return anchor.value.tzinfo
    return None


def _period(mention: Mention, today: date | None, tense: TenseSource,
            reference: Period | None,
            anchor: Moment | None = None) -> tuple[Period | None, tuple[str, ...], bool]:
    """Find the period a mention denotes; the flag says whether the anchor was needed.

    ``today`` is the anchor's day; ``anchor`` itself is read for its clock ("3 hours ago").
    """
    if mention.relation is Relation.REFERENCE and not mention.unit:
        return _from_reference(mention, today, tense, reference), (), True
    if mention.relation is not Relation.NONE:
        return _relative(mention, today, reference, tense, anchor), (), True
    if mention.holiday:
        day = _holiday(mention, today, tense)
        if day is not None and (mention.hour is not None or mention.part):
            day = _with_clock(day, mention)  # "9 a.m. on Thanksgiving Day"
        elif day is not None and mention.weekend:
            day = Period("weekend", _weekend_by(day.day))  # "the Labor Day weekend"
        elif day is not None and mention.week:
            day = day.regrain("week")  # "Thanksgiving week", "Easter week"
        return day, (), mention.year is None
    if mention.century is not None:
        return Period("century", date(max(mention.century * 100, 1), 1, 1)), (), False
    if mention.decade is not None:
        return Period("decade", date(mention.decade * 10, 1, 1)), (), False
    if mention.week and mention.month is not None and mention.day is not None:
        year = mention.year if mention.year is not None else _year_for(
            mention.month, mention.day, today, tense, mention.direction)
        if year is None:
            return None, (), True
        grain = "weekend" if mention.weekend else "week"
        return _safe_day(year, mention.month, mention.day, grain), (), True
    if mention.year is not None and mention.anaphoric:
        return _period_in_year(mention, mention.year, reference), (), True
    if mention.year is not None:
        return _absolute(mention, mention.year), (), False
    if mention.month is not None or mention.season or mention.quarter or mention.half:
        return _yearless(mention, today, tense), (), True
    if mention.day is not None:
        return _day_of_month(mention, today, tense, reference), (), True
    if mention.weekday is not None:
        return _weekday(mention, today, tense)
    if mention.hour is not None or mention.part:
        base = _clock_day(today, reference)
        if base is None:
            return None, (), True
        midnight = mention.hour == 24
        if base == today and (midnight or _later_than_anchor(mention, anchor)) \
                and (not _day_of(reference) or midnight and (
                    reference is None or reference.grain == "day" or (reference.hour or 0) < 12)) \
                and (reading := tense()).tense is Tense.PAST and reading.marked:
            # "At 8:45 p.m., the campaign said" in a story stamped 4:14 a.m.: last night;
            # "the bar closed at midnight": the midnight that has passed, yesterday's end (even
            # after the day itself: "BRUSSELS, 1 January 1995 - The Union expanded at midnight",
            # or a clock of its small hours: "began at 12:01 a.m. Tuesday. The House voted
            # shortly after midnight"; not after an evening's: "from 6 p.m. until midnight")
            base -= _ONE_DAY
        return _with_clock(Period("day", base), mention), (), True
    return None, (), True


def _period_in_year(mention: Mention, year: int, reference: Period | None) -> Period:
    """ "the 1988 quarter": the quarter (or other period) under discussion, in that year."""
    wanted = ("quarter",) if mention.granularity == "quarter" else ("quarter", "half", "month")
    if reference is not None and reference.grain in wanted:
        return reference.shift("year", year - reference.day.year)
    return Period("year", date(year, 1, 1))


def _clock_day(today: date | None, reference: Period | None) -> date | None:
    # A bare clock time belongs to the day the text is talking about: the day mentioned last
    # when there is one ("Friday ... at 10 p.m."), else the anchor's day.
    return reference.day if _day_of(reference) else today


def _day_of(reference: Period | None) -> TypeGuard[Period]:
    """Say whether the period mentioned last names a day a clock time can be on."""
    return reference is not None and reference.grain in ("day", "part", "hour", "minute", "second")


# How much later than the anchor's clock a time must be before a past clause puts it on the
# day before: an hour, for copy stamped a little before its last update.
_CLOCK_SLACK_MINUTES = 60


def _later_than_anchor(mention: Mention, anchor: Moment | None) -> bool:
    """Say whether a clock time without a day of its own lies well after the anchor's time of
    day, which the anchor states (in the clock's zone, when it names one: see resolve)."""
    if anchor is None or anchor.precision is Precision.DAY or mention.hour is None \
            or mention.zone and not anchor.zone_stated:
        return False
    minutes = mention.hour * 60 + (mention.minute or 0)
    return minutes > anchor.value.hour * 60 + anchor.value.minute + _CLOCK_SLACK_MINUTES


def _absolute(mention: Mention, year: int) -> Period | None:
    if mention.quarter:
        return Period("quarter", date(year, (mention.quarter - 1) * 3 + 1, 1))
    if mention.half:
        return Period("half", date(year, (mention.half - 1) * 6 + 1, 1))
    if mention.season:
        return Period("season", date(year, lexicon.SEASON_START_MONTH[mention.season], 1),
                      season=mention.season)
    if mention.month is None:
        return Period("year", date(year, 1, 1))
    if mention.day is None:
        return Period("month", date(year, mention.month, 1))
    period = _safe_day(year, mention.month, mention.day, "day")
    if period is None:
        return None
    return _with_clock(period, mention)


def _safe_day(year: int, month: int, day: int, grain: str) -> Period | None:
    try:
        return Period(grain, date(year, month, day))
    except ValueError:
        return None


def _with_clock(period: Period, mention: Mention) -> Period:
    if mention.hour is not None:
        hour = mention.hour
        day = period.day
        if hour == 24:
            # TimeBank writes midnight at the end of a day as T24:00
            return period.changed(grain="minute", hour=24, minute=0)
        grain = "second" if mention.second is not None else "minute"
        return period.changed(grain=grain, day=day, hour=hour, minute=mention.minute or 0,
                              second=mention.second or 0)
    if mention.part:
        return period.changed(grain="part", part=mention.part)
    return period


def _direction(mention: Mention, tense: TenseSource) -> Direction:
    """The occurrence to pick: what the text says ("last", "next"), else the clause's tense."""
    if mention.direction is not Direction.TENSE:
        return mention.direction
    return _tense_direction(tense)


def _tense_direction(tense: TenseSource) -> Direction:
    """The occurrence the clause's tense points to: past, next, or the nearer one."""
    clause = tense().tense
    if clause is Tense.FUTURE:
        return Direction.FUTURE
    if clause is Tense.PRESENT:
        return Direction.NEAREST
    return Direction.PAST


def _year_for(month: int, day: int | None, today: date | None, tense: TenseSource,
              stated: Direction) -> int | None:
    """Pick the year of a year-less month (and day).

    The last one before the anchor when the clause is in the past, the next one when it is in
    the future, the nearer of the two in the present tense (SPEC "Expressions"). When the tense
    comes from loose evidence (no auxiliary next to the date), a date a few weeks on the other
    side of the anchor still beats one almost a year away (:data:`TENSE_PENALTY_DAYS`).
    ``stated`` is the direction the text gives ("last", "next"), or ``Direction.TENSE``.
    """
    if today is None:
        return None
    direction = stated
    if direction is Direction.TENSE:
        direction = _tense_direction(tense)
    if direction is Direction.THIS:
        return today.year
    if stated is Direction.NEAREST and tense().certain and tense().tense is Tense.FUTURE:
        # "The November election will decide it", "ahead of the November election": an event
        # named by its month, the next one when the clause surely looks ahead
        direction = Direction.FUTURE
    penalty = TENSE_PENALTY_DAYS if day is not None else MONTH_TENSE_PENALTY_DAYS
    if stated is not Direction.TENSE or tense().certain:
        # "last May", "will meet on Dec. 30": the text settles it
        penalty = 10 * TENSE_PENALTY_DAYS
    elif tense().marked and not tense().after and tense().tense is Tense.PAST:
        penalty = max(penalty, MARKED_PAST_PENALTY_DAYS)
    elif tense().scheduled and day is not None:
        penalty = max(penalty, SCHEDULED_DAY_PENALTY_DAYS)
    best_year, best_cost = today.year, float("inf")
    for year in (today.year - 1, today.year, today.year + 1):
        cost = _cost(year, month, day, today, direction, penalty)
        if cost < best_cost:
            best_year, best_cost = year, cost
    return best_year


_ONE_DAY = timedelta(days=1)
# The month an Indian (and British government) fiscal year begins: from it on, "this fiscal"
# is named by the next calendar year.
_FISCAL_YEAR_START = 4
# How long after a quarter ends its results are still to come (companies report within about
# ten weeks).
_RESULTS_SEASON = timedelta(days=75)
# ... and a half's, which interim results may follow by three months ("will on Thursday
# publish its first-half results", said in late September).
_HALF_RESULTS_SEASON = timedelta(days=90)
# Days a candidate loses for lying on the side of the anchor the tense rules out. The tense
# detector reads one clause with word lists, so it is evidence, not proof: "payable Dec. 15"
# in a story of Oct. 26 is this December even when the clause reads as past.
TENSE_PENALTY_DAYS = 120
# A month named alone ("in February") follows the tense more often than a full date does.
MONTH_TENSE_PENALTY_DAYS = 250
# A past form before the date in its clause, even one not next to it, outweighs the distance
# more: "Police arrested two men outside the bar on Feb. 3", in December, is this February
# (a past form after the date may be a report's: "talks on Dec. 1, officials said").
MARKED_PAST_PENALTY_DAYS = 250
# A day set for an event in the present ("The offer expires on Dec. 15", "whose term ends on
# Nov. 30") is ahead, unless it is a few weeks gone: copy tells of what has passed in the past.
SCHEDULED_DAY_PENALTY_DAYS = 300


def _cost(year: int, month: int, day: int | None, today: date, direction: Direction,
          penalty: float) -> float:
    try:
        if day is None:
            # a month counts as its whole span: 0 when the anchor is inside it
            first = date(year, month, 1)
            last = date(year + month // 12, month % 12 + 1, 1) - _ONE_DAY
            delta = 0 if first <= today <= last else (first - today).days if first > today \
                else (last - today).days
        else:
            delta = (date(year, month, day) - today).days
    except ValueError:
        return float("inf")
    cost = float(abs(delta))
    if direction is Direction.PAST and delta > 0 or direction is Direction.FUTURE and delta < 0:
        cost += penalty
    return cost


# How near (days) a season must be to be the one a present tense means, before it begins.
_SEASON_AHEAD_DAYS = 31


def _weekday_year(mention: Mention, today: date, tense: TenseSource) -> int | None:
    """The year in which a date written with its weekday ("Monday, March 24") falls on that
    weekday, when that is within half a year of the anchor, whatever the tense says, or within
    ten months on the side the tense points to ("The autumn equinox is on Monday, Sept. 22",
    said in March); None otherwise. A weekday that fits no date near the anchor is left for the
    rules to flag (TC201): "Monday, Aug. 22" in a story of Aug. 23, 2021 is a slip, not a date a
    year on."""
    if mention.weekday is None or mention.month is None or mention.day is None:
        return None
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            day = date(year, mention.month, mention.day)
        except ValueError:
            continue
        if day.isoweekday() != mention.weekday:
            continue
        distance = (day - today).days
        if abs(distance) <= _WEEKDAY_YEAR_DAYS:
            return year
        if abs(distance) <= _WEEKDAY_YEAR_TENSE_DAYS and (reading := tense()).marked \
                and (reading.tense is Tense.PAST) == (distance < 0):
            return year
    return None


# The last month in which "this winter" is still the one that began in December before.
_WINTER_GONE_MONTH = 5
# How far from the anchor a date's weekday may choose its year (see _weekday_year), and how
# far when the tense agrees.
_WEEKDAY_YEAR_DAYS = 183
_WEEKDAY_YEAR_TENSE_DAYS = 300


def _yearless(mention: Mention, today: date | None, tense: TenseSource) -> Period | None:
    if today is None:
        return None
    direction = _direction(mention, tense)
    if mention.month is not None:
        if mention.direction is Direction.RECENT and mention.day is None:
            # "inflation data for July", said in July: the month begun
            year = today.year if mention.month <= today.month else today.year - 1
        elif mention.direction is Direction.PAST and mention.day is None:
            # "last May" said in May means a year ago
            year = today.year if mention.month < today.month else today.year - 1
        elif mention.direction is Direction.FUTURE and mention.day is None:
            year = today.year if mention.month > today.month else today.year + 1
        else:
            found = _weekday_year(mention, today, tense) \
                or _year_for(mention.month, mention.day, today, tense, mention.direction)
            if found is None:
                return None
            year = found
        if mention.day is None:
            return Period("month", date(year, mention.month, 1))
        period = _safe_day(year, mention.month, mention.day, "day")
        return _with_clock(period, mention) if period else None
    if mention.season:
        start_month = lexicon.SEASON_START_MONTH[mention.season]
        current_year, current = season_of(today)
        if direction is Direction.THIS:
            # "this winter", said in February or April, is the one begun in December
            year = today.year - 1 if mention.season == "WI" and today.month <= _WINTER_GONE_MONTH \
                else today.year
        else:
            start = date(today.year, start_month, 1)
            if direction is Direction.NEAREST and start > today \
                    and (start - today).days <= _SEASON_AHEAD_DAYS \
                    and (start - today).days < (today - add_months(
                        date(today.year - 1, start_month, 1), 3)).days:
                # "tired of waiting for the autumn", said in late August: the season about to
                # begin (a season two months off is not: a headline's present in January, "as
                # Scotland logs its sunniest spring", tells of the last one)
                year = today.year
            elif direction in (Direction.PAST, Direction.NEAREST):
                year = today.year if start <= today and not (
                    current == mention.season and mention.direction is Direction.PAST) \
                    else today.year - 1
            elif current == mention.season and mention.direction is not Direction.FUTURE:
                year = current_year  # "will be held in the spring", said in March: this spring
            else:
                year = today.year if start > today else today.year + 1
        return Period("season", date(year, start_month, 1), season=mention.season)
    if mention.quarter or mention.half:
        grain, months = ("quarter", 3) if mention.quarter else ("half", 6)
        start = date(today.year, ((mention.quarter or mention.half or 1) - 1) * months + 1, 1)
        if mention.direction is Direction.RECENT:
            # a quarter's (a half's) results are reported in the weeks after it ends: "will
            # report third-quarter results" in November is the quarter that just ended, and
            # "fourth-quarter results" in January last year's; further on, the next one's
            latest = start if start <= today else start.replace(year=today.year - 1)
            season = _RESULTS_SEASON if mention.quarter else _HALF_RESULTS_SEASON
            over = add_months(latest, months) <= today - season
            year = latest.year + 1 if over and _tense_direction(tense) is Direction.FUTURE \
                else latest.year
        elif direction is Direction.FUTURE:
            # the quarter (half) to come, or the one under way
            year = today.year if add_months(start, months) > today else today.year + 1
        elif direction is Direction.THIS:
            year = today.year
        elif direction is Direction.NEAREST and start > today \
                and (start - today).days < (today - add_months(start, months - 12)).days:
            # in the present tense, the nearer: "the fourth quarter is usually the busiest",
            # said in September
            year = today.year
        else:
            year = today.year if start <= today else today.year - 1
        return Period(grain, date(year, start.month, 1))
    return None


def _weekday(mention: Mention, today: date | None,
             tense: TenseSource) -> tuple[Period | None, tuple[str, ...], bool]:
    if today is None or mention.weekday is None:
        return None, (), True
    weekday = mention.weekday
    direction = _direction(mention, tense)
    delta = weekday - today.isoweekday()
    alternatives: tuple[str, ...] = ()
    if direction is Direction.THIS:
        day = today + timedelta(days=delta)
        if delta < 0 and _tense_direction(tense) is Direction.FUTURE:
            day += timedelta(days=7)  # "will vote this Friday", said on a Sunday: the coming one
    elif direction is Direction.NEAREST and (tense().after or tense().nearer):
        # a present form after the weekday may be another clause's, and a plan may have been
        # for a day gone: the nearer one
        back, ahead = (-delta) % 7, delta % 7
        day = today - timedelta(days=back) if back <= ahead else today + timedelta(days=ahead)
    elif direction in (Direction.FUTURE, Direction.NEAREST):
        # in the present tense, the coming one: "the final is on Sunday", "her funeral is on
        # Friday" (a past event has a past form nearer to it: "has been charged on Tuesday")
        ahead = delta % 7
        if mention.direction is Direction.FUTURE:
            # "next Friday": the first one after today; some writers mean the one a week later
            ahead = ahead or 7
            alternatives = (day_value(today + timedelta(days=ahead + 7)),)
        day = today + timedelta(days=ahead)
    else:
        back = (-delta) % 7
        if mention.direction is Direction.PAST:
            # "last Tuesday": the most recent one, or the one in the previous week; but the
            # day before the anchor's is "yesterday" to its writer, so "last Monday" told on a
            # Tuesday is the one a week before it (and yesterday the other reading)
            back = back or 7
            monday = today - timedelta(days=today.isoweekday() - 1)
            previous_week = monday - timedelta(days=7) + timedelta(days=weekday - 1)
            if back == 1:
                back = 8
                alternatives = (day_value(today - timedelta(days=1)),)
            elif previous_week != today - timedelta(days=back):
                alternatives = (day_value(previous_week),)
        day = today - timedelta(days=back)
    return _with_clock(Period("day", day), mention), alternatives, True


def _day_of_month(mention: Mention, today: date | None, tense: TenseSource,
                  reference: Period | None) -> Period | None:
    """ "on the 15th": that day of the month mentioned last ("In March, ... on the 15th");
    else of the month the tense points to, this one, the last or the next. With a weekday
    ("Wednesday the 2nd"), of the month nearest the anchor whose day is that weekday."""
    day = mention.day
    if today is None or day is None:
        return None
    if mention.weekday is not None:
        months = sorted(range(-12, 13), key=abs)
        for offset in months:
            month = add_months(today.replace(day=1), offset)
            found = _safe_day(month.year, month.month, day, "day")
            if found is not None and found.day.isoweekday() == mention.weekday:
                return found
        return None
    if reference is not None and reference.grain in ("month", "day"):
        return _safe_day(reference.day.year, reference.day.month, day, "day")
    direction = _tense_direction(tense)
    offset = 0
    if direction is Direction.PAST and day > today.day:
        offset = -1
    elif direction is Direction.FUTURE and day < today.day:
        offset = 1
    month = add_months(today.replace(day=1), offset)
    return _safe_day(month.year, month.month, day, "day")


def _from_reference(mention: Mention, today: date | None, tense: TenseSource,
                    reference: Period | None) -> Period | None:
    """ "the following Monday", "the previous winter": the first such day (month, season)
    after the end, or before the start, of the period the story tells of; without one, after
    or before the anchor's day."""
    base = today
    if reference is not None:
        try:
            start, end = reference.bounds()
        except (ValueError, OverflowError):
            return None
        base = (end - timedelta(microseconds=1)).date() \
            if mention.direction is Direction.FUTURE else start.date()
    counted = mention.with_changes(relation=Relation.NONE)
    if mention.weekday is not None:
        return _weekday(counted, base, tense)[0]
    return _yearless(counted, base, tense)


def _relative(mention: Mention, today: date | None, reference: Period | None,
              tense: TenseSource, anchor: Moment | None = None) -> Period | None:
    base: Period | None
    unit = mention.unit or "day"
    # "3 hours ago" counts from the anchor's clock; an anchor that states only its day places
    # it on a day (counted from that day's noon), not at an hour
    within_day = unit in ("hour", "minute", "second") and mention.relation is Relation.ANCHOR
    clock = _anchor_clock(anchor) if within_day else None
    if mention.relation is Relation.REFERENCE and reference is not None and not (
            today is not None and mention.offset == 0 and _coarser(reference, mention, unit)):
        base = reference
    elif today is not None:
        if within_day:
            base = clock if clock is not None else Period("day", today, hour=12)
        elif mention.weekday is not None and unit != "week":
            # "a week from Monday": counted from the coming Monday (today, on a Monday)
            base = Period("day", today + timedelta(days=(mention.weekday - today.isoweekday()) % 7))
        else:
            base = Period("day", today)
    else:
        return None
    if within_day and clock is None and mention.offset is not None:
        return base.shift(unit, mention.offset).regrain("day")
    offset = mention.offset
    if offset is None:
        return None
    if mention.relation is Relation.REFERENCE and reference is None and offset > 0 \
            and tense().marked \
            and tense().tense is Tense.PAST:
        # "Nearly two decades later, she told the story", "Police arrested him the next day",
        # with nothing dated before: some time after a past the text does not date, not after
        # the anchor
        return None
    if mention.relation is Relation.REFERENCE and reference is None and offset > 0 \
            and unit == "year" and not (tense().marked and tense().tense is Tense.FUTURE):
        # "50 Years Later, the film still sets the standard", "Ten years on, the town is
        # thriving": with nothing dated before, the time the years led up to, now
        offset = 0
    if unit == "day" and mention.part == "NI" and mention.direction is Direction.NEAREST \
            and mention.relation is Relation.ANCHOR and _tense_direction(tense) is Direction.PAST:
        offset -= 1  # "Stock futures jumped overnight": the night just gone
    if unit == "week" and not mention.weekend and mention.direction is Direction.PAST \
            and mention.relation is Relation.ANCHOR and not offset and today is not None \
            and today.isoweekday() == 1:
        offset = -1  # "For the week, the index dropped 3.8%", told on a Monday: the week ended
    if mention.weekend and mention.direction is Direction.FUTURE and today is not None \
            and mention.relation is Relation.ANCHOR and today.isoweekday() == 7:
        offset += 1  # "the coming weekend", "the weekend ahead", said on a Sunday: the next
    if mention.weekend and mention.direction in (Direction.TENSE, Direction.NEAREST) \
            and today is not None and mention.relation is Relation.ANCHOR:
        # "the weekend": in a past clause on a weekday, the one just gone; in the present
        # tense, the nearer one ("is a doubt for the weekend", said on a Thursday). A stay
        # "for the weekend" (Direction.NEAREST) told on a Friday is in the one beginning
        # ("flew on Friday evening to Camp David for the weekend")
        direction = _tense_direction(tense)
        last_weekday = 5 if mention.direction is Direction.NEAREST else 6
        if direction is Direction.PAST and today.isoweekday() < last_weekday \
                or direction is Direction.NEAREST and today.isoweekday() < 3:
            offset -= 1
    if mention.mod == "START" and offset == 0 and unit in ("year", "month") \
            and mention.relation is Relation.REFERENCE and reference is None \
            and today is not None \
            and (today.month > 6 if unit == "year" else today.day > 15) \
            and (reading := tense()).marked and reading.tense is Tense.FUTURE \
            and not reading.after:
        # "The new rate takes effect at the beginning of the year", said on Dec. 29, "will
        # start at the start of the month", said on the 20th: the next one's start (the start
        # of this one is gone)
        offset += 1
    if mention.anaphoric and mention.granularity == "quarter":
        # "the year-ago quarter", "last year's quarter": the quarter under discussion (or the
        # last full one), moved by whole years
        if reference is not None and reference.grain == "quarter":
            return reference.shift(unit, offset)
        if today is None:
            return None
        return _last_full_quarter(today).shift(unit, offset)
    if mention.granularity == "reference":
        if base.grain in ("day", "part", "hour", "minute", "second", "week", "weekend") \
                and mention.anaphoric:
            # "the year-earlier period" needs a period, not a day: use the year
            return base.shift(unit, offset).regrain("year")
        return base.shift(unit, offset)
    if mention.comparison and mention.relation is Relation.ANCHOR and reference is not None \
            and (reference.grain in ("quarter", "half")
                 or reference.grain == "month" and unit == "year"):
        # "up from $10 million a year ago" in a story about the third quarter: that quarter,
        # a year before (TimeBank's reading in financial news); so a month in the comparison's
        # own sentence ("sales in October were 3% higher than a year ago")
        return reference.shift(unit, offset)
    grain = _unit_grain(mention.granularity or unit)
    if mention.relation is Relation.REFERENCE and reference is not None and unit == "year" \
            and offset != 0 and (reference.grain in ("quarter", "half")
                                 or reference.grain == "month" and mention.comparison):
        # "a year earlier" after "the third quarter" is the third quarter a year before; after
        # "in October", October a year before (but "four years later" after "April 1975" is
        # 1979, as TimeBank has it)
        grain = reference.grain
    if mention.relation is Relation.REFERENCE and reference is not None \
            and GRAINS.index(reference.grain) < GRAINS.index(grain) and unit == "day":
        grain = "day"
    if mention.relation is Relation.REFERENCE and reference is not None and unit == "week" \
            and mention.offset and mention.granularity == "week" \
            and reference.grain in DAY_GRAINS:
        # "first detected on Jan. 23 ... Two weeks later it reached Lima": Feb. 6, a day counted
        # in weeks (but "the following week", "the week before" name a week)
        grain = "day"
    if mention.anaphoric and unit == "quarter":
        if reference is not None and reference.grain == "quarter" and \
                mention.relation is Relation.REFERENCE:
            return reference.shift("quarter", offset)
        if today is None:
            return None
        if mention.direction is Direction.THIS and _tense_direction(tense) is Direction.FUTURE:
            return _last_full_quarter(today).shift("quarter", 1)  # "will rise this quarter"
        # "the quarter" with nothing mentioned before: the last full quarter (results season)
        return _last_full_quarter(today).shift("quarter", offset)
    if mention.relation is Relation.REFERENCE and reference is None and today is None:
        return None
    if mention.fiscal and unit == "year" and mention.relation is Relation.ANCHOR \
            and today is not None and today.month >= _FISCAL_YEAR_START:
        offset += 1  # "this fiscal" in October 2025: the year to March 2026, FY26
    period = base.shift(unit, offset).regrain(grain)
    if mention.weekday is not None and unit == "week":
        # "Thursday last week": that weekday of the week counted
        monday = period.day - timedelta(days=period.day.isoweekday() - 1)
        return Period("day", monday + timedelta(days=mention.weekday - 1))
    if mention.month is not None and mention.day is not None:
        period = _safe_day(period.day.year, mention.month, mention.day, "day") or period
        if today is not None and period.day > today and offset == 0 and unit == "year" \
                and mention.direction is Direction.TENSE and _looks_back(tense):
            # "since year-end" in October: the end of last year
            period = _safe_day(period.day.year - 1, mention.month, mention.day, "day") or period
    elif mention.day is not None and unit == "month":
        # "the 15th of next month"
        period = _safe_day(period.day.year, period.day.month, mention.day, "day") or period
    elif mention.month is not None:
        period = Period("month", date(period.day.year, mention.month, 1))
    elif mention.quarter:
        period = Period("quarter", date(period.day.year, (mention.quarter - 1) * 3 + 1, 1))
    elif mention.half:
        period = Period("half", date(period.day.year, (mention.half - 1) * 6 + 1, 1))
    elif mention.season:
        # "the summer of last year"
        period = Period("season", date(period.day.year,
                                       lexicon.SEASON_START_MONTH[mention.season], 1),
                        season=mention.season)
    elif mention.weekend:
        period = period.regrain("weekend")
    if mention.hour is not None or mention.part:
        period = _with_clock(period.regrain("day"), mention)
    return period


def _looks_back(tense: TenseSource) -> bool:
    """Say whether the clause is, beyond doubt, about the past ("since year-end")."""
    reading = tense()
    return reading.tense is Tense.PAST and reading.certain


def _last_full_quarter(today: date) -> Period:
    current = Period("quarter", date(today.year, (quarter_of(today.month) - 1) * 3 + 1, 1))
    return current.shift("quarter", -1)


def _within_reference(mention: Mention, reference: Period | None, today: date | None) -> str:
    """ "that same day" after "last October": a day of that month, which the text does not
    name ("1998-10-XX", as TimeBank writes it); "the following week" after "in 2019" a week of
    2019 ("2019-WXX"); "" when the mention counts from no earlier period or the period
    mentioned last names the day (or week, month) itself.

    Of the mentions that do not move, only "that ..." and "the same ..." point back for
    certain; "the week" alone is read from the anchor when the period before is too coarse
    (:func:`_coarser`), unless that period is of another year: "In 2003, the Marlins rallied
    to win that night" is a night of 2003 ("2003-XX-XXTNI").
    """
    if reference is None or mention.relation is not Relation.REFERENCE \
            or mention.offset is None or mention.comparison or mention.anaphoric \
            or mention.offset == 0 and mention.granularity \
            and (today is None or mention.granularity != "day" or _holds(reference, today)) \
            or not _coarser(reference, mention, mention.unit or "day"):
        return ""
    year = year_text(reference.day.year)
    grain = _unit_grain(mention.unit or "day")
    if grain == "week":
        return f"{year}-WXX"
    if grain == "month" and reference.grain in ("year", "century", "decade"):
        # (a season, quarter or half is no frame for "the month": "terms that expire at the end
        # of the month", after "later than last summer", end this month)
        return f"{year}-XX"
    if grain == "day" and reference.grain == "month":
        return f"{year}-{reference.day.month:02d}-XX{_part_suffix(mention)}"
    if grain == "day" and reference.grain in ("year", "half", "quarter", "season"):
        return f"{year}-XX-XX{_part_suffix(mention)}"
    return ""


def _part_suffix(mention: Mention) -> str:
    """The part of the day a day's value ends with ("TNI"), or nothing."""
    return f"T{mention.part}" if mention.part else ""


def _holds(period: Period, day: date) -> bool:
    """Say whether ``period`` holds ``day``, at the grain of a year, a month or finer."""
    if period.grain in ("century", "decade"):
        return True  # "this century ... that day": of now
    if period.grain in ("year", "half", "quarter", "season"):
        return period.day.year == day.year
    if period.grain == "month":
        return (period.day.year, period.day.month) == (day.year, day.month)
    return True


def _coarser(reference: Period, mention: Mention, unit: str) -> bool:
    """Say whether the period mentioned last is too coarse to hold the one period of the
    mention's unit it would name: "the week" after "last year" is the week of the anchor."""
    grain = _unit_grain(mention.granularity or unit)
    return grain in GRAINS and GRAINS.index(reference.grain) < GRAINS.index(grain)


def _unit_grain(unit: str) -> str:
    if unit in ("night",):
        return "day"
    if unit == "fortnight":
        return "week"
    if unit == "millennium":
        return "century"
    return unit


# How many days after a holiday an uncertain future still means it (the days after), and how
# many days before it an uncertain past does (the days before: travel, weather, recess).
_HOLIDAY_JUST_GONE = 7
_HOLIDAY_JUST_AHEAD = 7


def _holiday(mention: Mention, today: date | None, tense: TenseSource) -> Period | None:
    year = mention.year
    if year is None:
        if today is None:
            return None
        # four years either side: a holiday of every fourth year ("Super Tuesday") has one
        candidates = [day for step in range(-4, 5)
                      for day in holiday_days(mention.holiday, today.year + step)]
        if mention.holiday in lexicon.MONTH_LONG_HOLIDAYS and mention.direction in (
                Direction.TENSE, Direction.THIS):
            # "the end of Ramadan", said during it: the one under way, whatever the tense
            under_way = [day for day in candidates if day is not None
                         and 0 <= (today - day).days <= lexicon.MONTH_LONG_DAYS]
            if under_way:
                return Period("day", under_way[0])
        direction = _direction(mention, tense)
        if direction is Direction.THIS:
            year_day = holiday_day(mention.holiday, today.year)
            return Period("day", year_day) if year_day else None
        if mention.direction is Direction.TENSE and not tense().marked:
            # no verb to go by ("Black Friday deals", "the Christmas advert"): the nearer one
            direction = Direction.NEAREST
        if direction in (Direction.FUTURE, Direction.PAST) \
                and mention.direction is Direction.TENSE and not tense().certain:
            # a reading no verb makes sure of yields to the holiday a few days the other way:
            # "voted early or by mail before Election Day", said the day after, is the one
            # just gone; "warned of flooding over the Labor Day weekend", said the Friday
            # before, the one just ahead
            sign, reach = (-1, _HOLIDAY_JUST_GONE) if direction is Direction.FUTURE \
                else (1, _HOLIDAY_JUST_AHEAD)
            near = [day for day in candidates
                    if day is not None and 0 < sign * (day - today).days <= reach]
            if near:
                return Period("day", near[0])
        # "last New Year's Eve" said on New Year's Eve is a year before, "next Christmas" said
        # on Christmas a year on; a holiday the tense picks may be the day itself
        stated = mention.direction in (Direction.PAST, Direction.FUTURE)
        if direction is Direction.FUTURE:
            future = [day for day in candidates
                      if day is not None and (day > today or day == today and not stated)]
            return Period("day", future[0]) if future else None
        if direction is Direction.NEAREST:
            known = [day for day in candidates if day is not None]
            return Period("day", min(known, key=lambda day: abs((day - today).days))) \
                if known else None
        past = [day for day in candidates
                if day is not None and (day < today or day == today and not stated)]
        return Period("day", past[-1]) if past else None
    found = holiday_day(mention.holiday, year)
    return Period("day", found) if found else None


def _weekend_by(day: date) -> date:
    """The Saturday of the weekend a holiday lends its name to: the one just before a Monday or
    a Tuesday ("the Labor Day weekend"), the one after a day later in the week ("Thanksgiving
    weekend"), its own for a Saturday or a Sunday ("Easter weekend")."""
    weekday = day.isoweekday()
    if weekday <= 2:
        return day - timedelta(days=weekday + 1)
    return day + timedelta(days=6 - weekday)


def holiday_days(name: str, year: int) -> list[date]:
    """The days of holiday ``name`` in ``year``: one, none ("Super Tuesday" in most years), or
    two of an Islamic holiday, whose year is eleven days shorter."""
    if name in lexicon.ISLAMIC_HOLIDAYS:
        return calendars.islamic_days(*lexicon.ISLAMIC_HOLIDAYS[name], year)
    day = holiday_day(name, year)
    return [] if day is None else [day]


def holiday_day(name: str, year: int) -> date | None:
    """The day of holiday ``name`` (as lexicon names it) in ``year``; None when it has none."""
    if name.startswith(lexicon.JULIAN):
        return _julian_holiday(name[len(lexicon.JULIAN):], year)
    if name == lexicon.SUPER_TUESDAY:
        if year % 4:
            return None  # no presidential primaries that year
        if year in lexicon.SUPER_TUESDAYS:
            return date(year, *lexicon.SUPER_TUESDAYS[year])
    if name in lexicon.FIXED_HOLIDAYS:
        month, day = lexicon.FIXED_HOLIDAYS[name]
        return date(year, month, day)
    if name in lexicon.WEEKDAY_HOLIDAYS:
        month, weekday, nth, after = lexicon.WEEKDAY_HOLIDAYS[name]
        return _nth_weekday(year, month, weekday, nth) + timedelta(days=after)
    if name.startswith(lexicon.NTH_WEEKDAY):
        month, weekday, nth = (int(part) for part in name[len(lexicon.NTH_WEEKDAY):].split())
        nth_day = _nth_weekday(year, month, weekday, nth)
        return nth_day if nth_day.month == month else None  # a fifth Monday the month lacks
    if name in lexicon.EASTER_HOLIDAYS:
        return calendars.easter(year) + timedelta(days=lexicon.EASTER_HOLIDAYS[name])
    if name in lexicon.HEBREW_HOLIDAYS:
        return calendars.hebrew_holiday(*lexicon.HEBREW_HOLIDAYS[name], year)
    if name in lexicon.LUNAR_HOLIDAYS:
        return calendars.lunar_new_year(year) + timedelta(days=lexicon.LUNAR_HOLIDAYS[name])
    if name in lexicon.ISLAMIC_HOLIDAYS:
        return calendars.islamic_days(*lexicon.ISLAMIC_HOLIDAYS[name], year)[0]
    if name in lexicon.EQUINOX_HOLIDAYS:
        return calendars.nowruz(year)
    if name.startswith(lexicon.DAY_OF_HOLIDAY):
        side_text, holiday = name[len(lexicon.DAY_OF_HOLIDAY):].split(" ", 1)
        base = holiday_day(holiday, year)
        return base + timedelta(days=int(side_text)) if base is not None else None
    if name.startswith(lexicon.WEEKDAY_OF_HOLIDAY):
        weekday_text, side_text, holiday = name[len(lexicon.WEEKDAY_OF_HOLIDAY):].split(" ", 2)
        base = holiday_day(holiday, year)
        if base is None:
            return None
        side = int(side_text)
        # the nearest such weekday on that side, never the holiday itself
        days = ((int(weekday_text) - base.isoweekday()) * side) % 7 or 7
        return base + timedelta(days=days * side)
    return None


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (ISO, 1 = Monday) of a month; ``nth`` -1 is the last."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _julian_holiday(name: str, year: int) -> date | None:
    """The day in Gregorian ``year`` of a feast the Eastern churches keep by the Julian
    calendar: a fixed one's Julian date (of that year, or of the year before when it falls
    past the year's end: Christmas, Dec. 25 Julian, is Jan. 7), or one counted from Easter by
    the Julian computus."""
    if name in lexicon.EASTER_HOLIDAYS:
        return calendars.julian_easter(year) + timedelta(days=lexicon.EASTER_HOLIDAYS[name])
    if name not in lexicon.FIXED_HOLIDAYS:
        return None
    month, day = lexicon.FIXED_HOLIDAYS[name]
    gregorian = calendars.from_julian(year, month, day)
    return gregorian if gregorian.year == year else calendars.from_julian(year - 1, month, day)


def _underspecified(mention: Mention) -> str:
    """Write what the text alone says, with X for what the anchor would have told, and the
    time of day when the text gives one ("0800 GMT" alone: ``XXXX-XX-XXT08:00``)."""
    day = _underspecified_day(mention)
    if mention.hour is not None and day.count("-") == 2:
        clock = f"T{mention.hour:02d}:{mention.minute or 0:02d}"
        return day + clock + (f":{mention.second:02d}" if mention.second is not None else "")
    if mention.part and day.count("-") == 2:
        return f"{day}T{mention.part}"
    return day


def _underspecified_day(mention: Mention) -> str:
    if mention.year is not None and mention.month is not None:
        return f"{year_text(mention.year)}-{mention.month:02d}"
    if mention.relation is not Relation.NONE and mention.month is None \
            and not (mention.quarter or mention.half or mention.season):
        if mention.day is not None:
            return f"XXXX-XX-{mention.day:02d}"  # "the 15th of next month"
        grain = _unit_grain(mention.granularity or mention.unit or "day")
        if mention.weekend:
            return "XXXX-WXX-WE"
        return {"century": "XX", "decade": "XXX", "year": "XXXX", "half": "XXXX-HX",
                "quarter": "XXXX-QX", "month": "XXXX-XX", "week": "XXXX-WXX",
                "reference": "XXXX"}.get(grain, "XXXX-XX-XX")
    if mention.month is not None:
        if mention.day is not None:
            return f"XXXX-{mention.month:02d}-{mention.day:02d}"
        return f"XXXX-{mention.month:02d}"
    if mention.season:
        return f"XXXX-{mention.season}"
    if mention.quarter:
        return f"XXXX-Q{mention.quarter}"
    if mention.half:
        return f"XXXX-H{mention.half}"
    if mention.day is not None:
        return f"XXXX-XX-{mention.day:02d}"  # "on the 15th"
    if mention.weekday is not None:
        return f"XXXX-WXX-{mention.weekday}"
    return "XXXX-XX-XX"


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)
