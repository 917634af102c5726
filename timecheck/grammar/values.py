"""TIMEX3 values: write them, check them against the value grammar, and turn them into intervals.

The value grammar follows the TimeML 1.2.1 annotation guidelines (section 2.2.1) as TimeBank and
TempEval-3 use it: calendar values at any granularity from century (``19``) to second, with ``X``
for unknown digits, ISO weeks (``1998-W32``), weekends (``1998-W32-WE``), quarters and halves
(``1998-Q3``, ``1998-H1``), seasons (``1998-SU``), parts of day (``1998-08-07TMO``); durations
(``P3D``, ``PT20H``, ``PXY``, ``P2Y6M``); the three reference values; and years and centuries
before Christ, which TimeML writes with ``BC`` (``BC0044``, ``BC04``).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo

from timecheck.grammar import lexicon
from timecheck.model import Interval
from timecheck.timeutil import localize

_DIGITS = r"[0-9X]"
_DATE = (
    rf"(?:{_DIGITS}{{2}}|{_DIGITS}{{3}}|{_DIGITS}{{4}}"
    rf"(?:-(?:{_DIGITS}{{2}}(?:-{_DIGITS}{{2}})?|W{_DIGITS}{{1,2}}(?:-(?:[1-7X]|WE))?"
    rf"|Q[1-4X]|H[12X]|SP|SU|FA|WI))?)"
)
_TIME = r"(?:T(?:MO|AF|EV|NI|MI|DT|[0-9X]{2}(?::[0-9X]{2}(?::[0-9X]{2})?)?)(?:Z|[+-]\d{2}:?\d{2})?)"
_NUMBER = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = (
    rf"P(?:(?:{_NUMBER}(?:Y|M|W|D|DE|CE|ML|Q|WE))+(?:T(?:{_NUMBER}[HMS])+)?"
    rf"|T(?:{_NUMBER}[HMS])+)"
)
VALUE_GRAMMAR = re.compile(
    rf"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|{_DURATION}|{_DATE}{_TIME}?|XXXX-WXX-[1-7](?:{_TIME})?"
    r"|BC\d{2,4})$"
)

_CALENDAR = re.compile(
    r"^(?P<year>\d{2,4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?"
    r"|W(?P<week>\d{2})(?P<weekend>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<part>MO|AF|EV|NI|MI|DT)|(?P<hour>\d{2})(?::(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?))?$"
)


def is_valid(value: str) -> bool:
    """Say whether ``value`` matches the TIMEX3 value grammar."""
    return VALUE_GRAMMAR.match(value) is not None


def year_text(year: int) -> str:
    """Write a year as four digits (years before 1000 keep leading zeros, as ISO 8601 does)."""
    return f"{year:04d}"


def day_value(day: date) -> str:
    """Write a day: ``2011-09-14``."""
    return f"{year_text(day.year)}-{day.month:02d}-{day.day:02d}"


def week_value(day: date) -> str:
    """Write the ISO week a day falls in: ``2011-W37``, ``1998-W02`` (two digits, as ISO 8601)."""
    iso_year, week, _ = day.isocalendar()
    return f"{year_text(iso_year)}-W{week:02d}"


def quarter_of(month: int) -> int:
    """Return the calendar quarter (1-4) a month falls in."""
    return (month - 1) // 3 + 1


def season_of(day: date) -> tuple[int, str]:
    """Return the (year, season code) a day falls in; winter belongs to the year it starts in."""
    month = day.month
    if month in (3, 4, 5):
        return day.year, "SP"
    if month in (6, 7, 8):
        return day.year, "SU"
    if month in (9, 10, 11):
        return day.year, "FA"
    return (day.year if month == 12 else day.year - 1), "WI"


def interval_of(value: str, tz: tzinfo) -> Interval | None:
    """Return the half-open interval a calendar value denotes in zone ``tz``, or None.

    Values with unknown digits, durations, sets and reference values have no interval.
    """
    match = _CALENDAR.match(value)
    if match is None:
        return None
    groups = match.groupdict()
    digits = groups["year"]
    try:
        start, end = _calendar_bounds(digits, groups)
    except ValueError:
        return None
    return Interval(localize(start, tz), localize(end, tz))


def _calendar_bounds(digits: str, groups: dict[str, str | None]) -> tuple[datetime, datetime]:
    if len(digits) == 2:
        first = int(digits) * 100
        return datetime(max(first, 1), 1, 1), datetime(first + 100, 1, 1)
    if len(digits) == 3:
        first = int(digits) * 10
        return datetime(max(first, 1), 1, 1), datetime(first + 10, 1, 1)
    year = int(digits)
    if groups["week"] is not None:
        monday = date.fromisocalendar(year, int(groups["week"]), 1)
        first_day = monday + timedelta(days=5) if groups["weekend"] else monday
        return _midnight(first_day), _midnight(monday + timedelta(days=7))
    if groups["quarter"] is not None:
        first_month = (int(groups["quarter"]) - 1) * 3 + 1
        return datetime(year, first_month, 1), _month_start(year, first_month + 3)
    if groups["half"] is not None:
        first_month = (int(groups["half"]) - 1) * 6 + 1
        return datetime(year, first_month, 1), _month_start(year, first_month + 6)
    if groups["season"] is not None:
        first_month = lexicon.SEASON_START_MONTH[groups["season"]]
        return datetime(year, first_month, 1), _month_start(year, first_month + 3)
    if groups["month"] is None:
        return datetime(year, 1, 1), datetime(year + 1, 1, 1)
    month = int(groups["month"])
    if groups["day"] is None:
        return datetime(year, month, 1), _month_start(year, month + 1)
    day = date(year, month, int(groups["day"]))
    if groups["part"] is not None:
        first_hour, last_hour = lexicon.PART_HOURS[groups["part"]]
        return (_midnight(day) + timedelta(hours=first_hour),
                _midnight(day) + timedelta(hours=last_hour))
    if groups["hour"] is None:
        return _midnight(day), _midnight(day + timedelta(days=1))
    start = _midnight(day) + timedelta(hours=int(groups["hour"]))
    if groups["minute"] is None:
        return start, start + timedelta(hours=1)
    start += timedelta(minutes=int(groups["minute"]))
    if groups["second"] is None:
        return start, start + timedelta(minutes=1)
    start += timedelta(seconds=int(groups["second"]))
    return start, start + timedelta(seconds=1)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _month_start(year: int, month: int) -> datetime:
    # month may run past December by up to a year (quarter/half/season ends)
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return datetime(year, month, 1)
