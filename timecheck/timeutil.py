"""Date arithmetic and time zones: the only module that imports dateutil and pendulum."""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta, timezone, tzinfo

import pendulum
from dateutil.parser import isoparse
from dateutil.relativedelta import relativedelta

UTC = timezone.utc

_NUMBER_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)
_OFFSET = re.compile(r"^([+-])(\d{2}):?(\d{2})$")


def zone(name: str) -> tzinfo:
    """Return the tzinfo for an IANA name (``Asia/Kolkata``) or a fixed offset (``+05:30``).

    Raises:
        ValueError: the name is neither.
    """
    match = _OFFSET.match(name)
    if match:
        if int(match.group(2)) > 23 or int(match.group(3)) > 59:
            raise ValueError(f"no such UTC offset {name!r}")
        minutes = int(match.group(2)) * 60 + int(match.group(3))
        sign = -1 if match.group(1) == "-" else 1
        return timezone(timedelta(minutes=sign * minutes))
    if name.upper() in ("UTC", "Z", "GMT"):
        return UTC
    try:
        return pendulum.timezone(name)
    except (pendulum.tz.exceptions.InvalidTimezone, ValueError) as exc:
        raise ValueError(f"unknown time zone {name!r}") from exc


def localize(naive: datetime, tz: tzinfo) -> datetime:
    """Attach a zone to a wall-clock time, through the zone database (daylight saving included)."""
    if isinstance(tz, timezone):
        return naive.replace(tzinfo=tz)
    # pendulum resolves the wall-clock time in the zone (fold/gap handled by its rules); we hand
    # back a stdlib datetime so nothing outside this module sees a pendulum type.
    moment = pendulum.datetime(
        naive.year, naive.month, naive.day, naive.hour, naive.minute, naive.second,
        naive.microsecond, tz=tz,
    )
    offset = moment.utcoffset()
    fixed = timezone(offset if offset is not None else timedelta(0))
    return naive.replace(tzinfo=fixed)


def parse_iso(text: str) -> tuple[datetime, bool, bool]:
    """Parse a strict ISO 8601 date or date-time.

    Returns the datetime (naive when the text names no offset), whether it had a time part and
    whether it had an offset.

    Raises:
        ValueError: the text is not ISO 8601 or names an impossible date.
    """
    stripped = text.strip()
    value = isoparse(stripped)
    has_time = len(stripped) > 10 and stripped[10] in "T "
    offset = value.utcoffset()
    if offset is not None:
        value = value.replace(tzinfo=timezone(offset))
    return value, has_time, offset is not None


def shift(moment: datetime, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0,
          hours: int = 0, minutes: int = 0) -> datetime:
    """Move a datetime by calendar units (month ends clamp: Jan 31 + 1 month = Feb 28/29)."""
    return moment + relativedelta(years=years, months=months, weeks=weeks, days=days,
                                  hours=hours, minutes=minutes)


def shift_date(day: date, *, years: int = 0, months: int = 0, weeks: int = 0, days: int = 0) -> date:
    """Move a date by calendar units."""
    result: date = day + relativedelta(years=years, months=months, weeks=weeks, days=days)
    return result


def _number_word(number: int) -> str:
    return _NUMBER_WORDS[number] if number < len(_NUMBER_WORDS) else str(number)


def gap_in_words(earlier: datetime, later: datetime) -> str:
    """Say how far apart two instants are, in the two largest calendar units.

    ``2011-09-15 04:12 IST`` to ``2018-05-04 03:18 IST`` is "six years, seven months".
    """
    delta = relativedelta(later, earlier) if later >= earlier else relativedelta(earlier, later)
    parts = (
        (delta.years, "year"), (delta.months, "month"), (delta.days, "day"),
        (delta.hours, "hour"), (delta.minutes, "minute"),
    )
    words: list[str] = []
    first = -1
    for position, (amount, unit) in enumerate(parts):
        if not amount:
            continue
        if first == -1:
            first = position
        elif position - first > 2 or len(words) == 2:
            # "one year, one day" says something; "six years, three minutes" only adds noise.
            break
        words.append(f"{_number_word(amount)} {unit}{'s' if amount != 1 else ''}")
    return ", ".join(words) if words else "less than a minute"


# ---------------------------------------------------------------------------------------------
# Additions for web pages and zone checks (issue 5).
# ---------------------------------------------------------------------------------------------


def in_zone(value: datetime, name: str) -> datetime:
    """Express an aware instant in a zone (IANA name or offset): same instant, that zone's wall clock.

    The result carries a fixed offset (the one in force at that instant), like ``localize``.

    Raises:
        ValueError: the zone name is unknown.
    """
    tz = zone(name)
    moved = value.astimezone(tz)
    offset = moved.utcoffset()
    return moved.replace(tzinfo=timezone(offset if offset is not None else timedelta(0)))


def is_dst(value: datetime, name: str) -> bool:
    """Say whether daylight saving time is in force in zone ``name`` at the instant ``value``.

    Raises:
        ValueError: the zone name is unknown.
    """
    tz = zone(name)
    moved = value.astimezone(tz)
    saving = moved.dst()
    return bool(saving)


# Days in each month of a common year (index 0 unused); February gains a day in leap years.
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int | None, month: int) -> int:
    """How many days ``month`` (1-12) has in ``year``; without a year, as in a leap year.

    A table, not ``calendar.monthrange``, which also works out the month's first weekday: the
    grammar and the rules ask once per date, and hostile text holds a date every few characters.
    """
    if month == 2 and (year is None or calendar.isleap(year)):
        return 29
    return _MONTH_DAYS[month]


def add_months(day: date, months: int) -> date:
    """Move a date by whole months, clamping to the month's end (Jan 31 + 1 = Feb 28/29).

    The same result as ``shift_date(day, months=months)``, without building a relativedelta
    (the grammar calls this thousands of times per document).
    """
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, days_in_month(year, month)))
