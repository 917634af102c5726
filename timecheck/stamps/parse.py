"""Read the date written in a stamp ("04 May 2018, 03:18 IST", "2011-09-15T04:12:00+05:30").

Stamps are short and say one instant, so this is a small fuzzy parser of its own, kept apart
from the strict ISO reader in ``timeutil`` and from the body-text grammar (which finds many
expressions in prose). It never guesses a missing year or day: a stamp that does not say them is
reported as unreadable.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from timecheck import timeutil
from timecheck.grammar.lexicon import MONTHS, WEEKDAYS, ZONE_NAMES, zone_abbreviation
from timecheck.model import Moment, Precision
from timecheck.stamps.languages import CLOCK_WORDS, all_months, all_weekdays

# English from the grammar's lexicon, then every language of ``stamps.languages``.
STAMP_MONTHS: dict[str, int] = {**all_months(), **MONTHS}
STAMP_WEEKDAYS: dict[str, int] = {**all_weekdays(), **WEEKDAYS}
def _ascii_digits(text: str) -> str:
    """Write decimal digits of any script (Arabic, Persian, Bengali, Devanagari...) as ASCII.

    One character becomes one character, so offsets into the text stay valid.
    """
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
                   for char in text)
# Spaces a web page writes between the parts of a date (no-break, narrow no-break, thin).
_SPACES = str.maketrans("\u00a0\u202f\u2009\u2007", "    ")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a stamp's text says: the instant (or None and why not) and how much text it used."""

    moment: Moment | None
    end: int
    zone_name: str = ""
    problem: str = ""


_MONTH_WORDS = "|".join(re.escape(name) for name in sorted(STAMP_MONTHS, key=len, reverse=True))
_MONTH = r"(?P<mon>" + _MONTH_WORDS + r")\.?(?![^\W\d_])"
_DAY = r"(?P<d>\d{1,2})(?:st|nd|rd|th|er|e|º|°)?\.?"
_YEAR = r"(?P<y>\d{4})"
_OF = r"(?:[ \t]+(?:of|de|del)\b)?"
# Each form is one way of writing a calendar date; ``kind`` says how to read its groups.
_DATE_FORMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(template, re.IGNORECASE))
    for kind, template in (
        ("iso", r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])"),
        ("year-slash", r"(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?!\d)"),
        ("year-dotted", r"(?P<y>\d{4})\.[ \t]?(?P<m>\d{1,2})\.[ \t]?(?P<d>\d{1,2})\.?(?!\d)"),
        ("cjk", r"(?P<y>\d{4})[ \t]*[年년][ \t]*(?P<m>\d{1,2})[ \t]*[月월][ \t]*(?P<d>\d{1,2})[ \t]*[日일]"),
        ("day-month-year", _DAY + r"[ \t]*(?:of[ \t]+|de[ \t]+)?" + _MONTH + r",?" + _OF + r"[ \t]+" + _YEAR + r"(?!\d)"),
        ("month-day-year", _MONTH + r"[ \t]+" + _DAY + r",?[ \t]+" + _YEAR + r"(?!\d)"),
        ("day-month-year", _DAY + r"-" + _MONTH + r"-" + _YEAR + r"(?!\d)"),
        ("dotted", r"(?P<d>\d{1,2})\.[ \t]?(?P<m>\d{1,2})\.[ \t]?(?P<y>\d{4})(?!\d)"),
        ("dotted-short", r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<yy>\d{2})(?![\d.])"),
        ("vietnamese", r"(?P<d>\d{1,2})[ \t]+tháng[ \t]+(?P<m>\d{1,2})[ \t,]+(?:năm[ \t]+)?(?P<y>\d{4})(?!\d)"),
        ("piped", r"(?P<d>\d{1,2})[ \t]*\|[ \t]*(?P<m>\d{1,2})[ \t]*\|[ \t]*(?P<y>\d{4})(?!\d)"),
        ("dashed", r"(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})(?!\d)"),
        ("slashed", r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})(?!\d)"),
        ("day-month", _DAY + r"[ \t]*" + _MONTH + r"(?![\w])"),
        ("month-day", _MONTH + r"[ \t]+" + _DAY + r"(?!\d)"),
    )
)
_YEARLESS = ("day-month", "month-day")
_WEEKDAY_PREFIX = re.compile(r"(?P<w>[^\W\d_]{2,13}(?:-feira)?)\.?[,،]?[ \t]+(?:(?:den|le|el|il)[ \t]+)?", re.IGNORECASE)
_GLUE = re.compile(r"[ \t]*(?:T(?=\d)|,|\bat\b|\bum\b|à|\ba las\b|\balle\b|\bàs\b|\bom\b|\||-|–|/|·|•)?[ \t]*(?:\b(?:at|um|à|a las|alle|às|om|kl\.?|klo)\b[ \t]*)?",
                   re.IGNORECASE)
_TIME = re.compile(
    r"(?P<h>\d{1,2})(?:(?:[:.]|[ \t]?h[ \t]?)(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?[ \t]*"
    r"(?P<ampm>[ap]\.?[ \t]?m\b\.?|[صم](?![^\W\d_]))?(?:[ \t]*(?:" + "|".join(CLOCK_WORDS) + r")\b\.?)?",
    re.IGNORECASE,
)
_NAMED_ZONE = (r"(?:" + "|".join(name.capitalize() for name in ZONE_NAMES)
               + r")(?:[ \t]+(?:Standard|Daylight))?(?:[ \t]+Time)?")
_ZONE_NAME = _NAMED_ZONE + r"|(?:GMT|UTC)[ \t]*[+-][ \t]*\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{1,5}"
_ZONE = re.compile(r"[ \t]*(?:\((?P<paren>" + _ZONE_NAME + r")\)|(?P<zone>" + _ZONE_NAME + r"))(?![\w])")
_ISO_DATETIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[ ]?Z|[ ]?[+-]\d{2}(?::?\d{2})?)?(?![\d:])"
)
_ISO_BASIC_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T(?P<h>\d{2})(?P<m>\d{2})(?![\d:])")
# "Tue Jul 30 09:35:14 CEST 2019", after its weekday.
_UNIX_DATE = re.compile(r"(?P<mon>[^\W\d_]{3,9})\.?[ \t]+(?P<d>\d{1,2})[ \t]+(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)"
                        r"(?:[ \t]+(?P<zone>[A-Z]{2,5}))?[ \t]+(?P<y>\d{4})(?!\d)")
_LEADING = re.compile(r"[\s:,(\[|·•—–-]*")
# What every text read_stamp finds a moment in holds (without ``year``: a year-less date is no
# moment), written on the text as given (\d is a digit of any script, \s any blank the reading
# takes for a space), in one of three shapes:
# - a year first, then a separator and a digit: every ISO form, "2011/9/15", "2011. 9. 15",
#   "2011年9月15日", the forms whose year comes first;
# - a two-digit-year dotted date, "15.9.11";
# - a digit, then non-digits, then a run of exactly four digits: every form whose year comes
#   last ("15 September 2011", "Sept. 15, 2011", "15.9.2011", "15 | 9 | 2011", "Tue Jul 30
#   09:35:14 CEST 2019") has its day (or month) before the year, and between the two a separator
#   without digits; its year is followed by no digit, and so is the year of the Unix date form.
# A clock before the date ("16:32 2023-11-02", even "16:322023-11-02") changes none of this.
_DATE_SHAPE = re.compile(r"\d{4}(?:[-/]|\.\s?|\s*[年년]\s*)\d|\d\.\d\d?\.\d\d|\d\D+\d{4}(?!\d)")


def may_read_moment(raw: str) -> bool:
    """Whether ``read_stamp(raw)`` (without ``year``) may find a moment: may say yes wrongly, never no.

    A search of a few hundred nanoseconds, against tens of microseconds for a reading: a hostile
    text of a label and a number ("Published: 3 |") repeated need not be read in full.
    """
    return _DATE_SHAPE.search(raw) is not None


def read_stamp(raw: str, *, zones: Mapping[str, str], default_zone: str = "UTC",
               dayfirst: bool | None = None, year: int | None = None) -> Reading:
    """Read the instant at the start of ``raw`` (leading punctuation and a weekday are skipped).

    ``dayfirst`` settles ``03/04/2011``; None leaves such a stamp unread when both readings are
    valid. ``year`` completes a year-less date (a dateline's "Sept. 14"); without it such a date
    is not an instant.
    """
    # Both translations replace one character by one, so offsets into ``raw`` stay valid.
    raw = _ascii_digits(raw).translate(_SPACES)
    position = _LEADING.match(raw).end()  # type: ignore[union-attr]
    basic = _ISO_BASIC_CLOCK.match(raw, position)
    if basic:
        # "2023-11-02T1643": the basic-format clock, written as the extended one.
        raw = raw[:basic.start("h")] + f"{basic.group('h')}:{basic.group('m')}" + raw[basic.end():]
        clock_shift = 1
    else:
        clock_shift = 0
    iso = _ISO_DATETIME.match(raw, position)
    if iso:
        text = iso.group(0)
        zone = _ZONE.match(raw, iso.end())
        named = (zone.group("paren") or zone.group("zone")) if zone else ""
        if named and named in zones and text[-1].isdigit() and text.count(":") >= 1:
            # "2020-05-06 10:07:01.000000 CEST": an ISO clock followed by a zone abbreviation.
            reading = _read_iso(text, iso.end(), zones=zones, default_zone=zones[named])
            if reading.moment is not None:
                moment = Moment(reading.moment.value, reading.moment.precision, True)
                return Reading(moment, zone.end() - clock_shift, zone_name=named)  # type: ignore[union-attr]
        reading = _read_iso(text, iso.end(), zones=zones, default_zone=default_zone)
        return replace(reading, end=reading.end - clock_shift)
    weekday = _WEEKDAY_PREFIX.match(raw, position)
    found = None
    if weekday and weekday.group("w").lower() in STAMP_WEEKDAYS:
        # "Mar 1 2000" is March, "mar. 10 déc." a Tuesday: a month reading comes first.
        if weekday.group("w").lower() in STAMP_MONTHS:
            found = _read_date(raw, position, dayfirst=dayfirst, year=year)
        if found is None:
            position = weekday.end()
    if found is None:
        found = _read_date(raw, position, dayfirst=dayfirst, year=year)
    time_first = None
    if found is None:
        # "3:18 PM EDT Sept 14, 2011": the clock comes first.
        time_first = _read_time(raw, position, zones)
        if time_first is not None and _has_clock(raw, position, time_first[1]):
            date_at = _GLUE.match(raw, time_first[1]).end()  # type: ignore[union-attr]
            # "16:32, Thu, Nov 2, 2023": a weekday may stand between the clock and the date.
            between = _WEEKDAY_PREFIX.match(raw, date_at)
            if between and between.group("w").lower() in STAMP_WEEKDAYS and \
                    between.group("w").lower() not in STAMP_MONTHS:
                date_at = between.end()
            found = _read_date(raw, date_at, dayfirst=dayfirst, year=year)
    if found is None:
        return Reading(None, position, problem=f"no date in {raw.strip()[:60]!r}")
    if found[2].startswith("no year"):
        unix = _UNIX_DATE.match(raw, position)
        if unix is not None and unix.group("mon").lower() in STAMP_MONTHS:
            # "Tue Jul 30 09:35:14 CEST 2019" (the Unix date format): the year comes last.
            rewritten = (f"{unix.group('y')}-{STAMP_MONTHS[unix.group('mon').lower()]:02d}-"
                         f"{int(unix.group('d')):02d} {unix.group('clock')} {unix.group('zone') or ''}")
            return replace(read_stamp(rewritten, zones=zones, default_zone=default_zone), end=unix.end())
    day, end, problem = found
    if problem:
        return Reading(None, end, problem=problem)
    assert day is not None
    clock: tuple[int, int, int] | None = None
    zone_text = ""
    if time_first is not None:
        clock, _, zone_text = time_first
    else:
        after = _GLUE.match(raw, end).end()  # type: ignore[union-attr]
        later = _read_time(raw, after, zones)
        if later is not None and _has_clock(raw, after, later[1]):
            clock, end, zone_text = later
    if clock is None:
        tz = timeutil.zone(default_zone)
        value = timeutil.localize(datetime(day[0], day[1], day[2]), tz)
        return Reading(Moment(value, Precision.DAY, False), end)
    hour, minute, second = clock
    if hour > 23 or minute > 59 or second > 59:
        return Reading(None, end, problem=f"no such time of day {hour:02d}:{minute:02d}")
    naive = datetime(day[0], day[1], day[2], hour, minute, second)
    precision = Precision.SECOND if second else Precision.MINUTE
    if not zone_text:
        value = timeutil.localize(naive, timeutil.zone(default_zone))
        return Reading(Moment(value, precision, False), end)
    tz_name = _zone_offset(zone_text, zones)
    if tz_name is None:
        return Reading(None, end, zone_name=zone_text, problem=f"unknown time zone {zone_text!r}")
    value = timeutil.localize(naive, timeutil.zone(tz_name))
    return Reading(Moment(value, precision, True), end, zone_name=zone_text)


def _read_iso(text: str, end: int, *, zones: Mapping[str, str], default_zone: str) -> Reading:
    # "2019-10-19 14:05:00,5 +02:00": ISO 8601 wants "T", a decimal point and no inner spaces.
    if len(text) > 10 and text[10] == " ":
        text = text[:10] + "T" + text[11:]
    text = text.replace(",", ".").replace(" ", "")
    try:
        value, has_time, has_zone = timeutil.parse_iso(text)
    except ValueError as exc:
        return Reading(None, end, problem=f"not a valid ISO 8601 date-time: {exc}")
    if not has_zone:
        value = timeutil.localize(value, timeutil.zone(default_zone))
    precision = Precision.SECOND if value.second or value.microsecond else Precision.MINUTE
    if not has_time:
        precision = Precision.DAY
    return Reading(Moment(value, precision, has_zone), end, zone_name="")


def _read_date(raw: str, position: int, *, dayfirst: bool | None,
               year: int | None) -> tuple[tuple[int, int, int] | None, int, str] | None:
    for kind, pattern in _DATE_FORMS:
        match = pattern.match(raw, position)
        if match is None:
            continue
        groups = match.groupdict()
        if "mon" in groups and groups["mon"] is not None:
            month = STAMP_MONTHS.get(groups["mon"].lower())
            if month is None:
                continue
        elif kind == "slashed":
            first, second = int(groups["a"]), int(groups["b"])
            if dayfirst is None and first <= 12 and second <= 12 and first != second:
                return None, match.end(), f"ambiguous numeric date {match.group(0)!r} (day-first or month-first?)"
            if dayfirst or first > 12:
                groups["d"], month = groups["a"], second
            else:
                groups["d"], month = groups["b"], first
        else:
            month = int(groups["m"])
            if kind == "dotted" and month > 12 and int(groups["d"]) <= 12:
                # "01.21.2020": no 21st month, so the page writes month first (US sites do).
                groups["d"], month = groups["m"], int(groups["d"])
        if kind in _YEARLESS:
            if year is None:
                return None, match.end(), f"no year in {match.group(0)!r}"
            the_year = year
        elif kind == "dotted-short":
            # "19.10.19": a two-digit year is this century (stamps of the web era).
            the_year = 2000 + int(groups["yy"])
        else:
            the_year = int(groups["y"])
        day = int(groups["d"])
        problem = impossible_date(the_year, month, day)
        if problem:
            return None, match.end(), problem
        return (the_year, month, day), match.end(), ""
    return None


def impossible_date(year: int, month: int, day: int) -> str:
    """Return why (year, month, day) is not a calendar date, or "" when it is one."""
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if year < 1:
        return f"there is no year {year}"
    last = timeutil.days_in_month(year, month)
    if not 1 <= day <= last:
        name = datetime(2000, month, 1).strftime("%B")
        return f"{name} {year} has no day {day}"
    return ""


def _read_time(raw: str, position: int, zones: Mapping[str, str]) -> tuple[tuple[int, int, int], int, str] | None:
    match = _TIME.match(raw, position)
    if match is None:
        return None
    hour = int(match.group("h"))
    minute = int(match.group("mi") or 0)
    second = int(match.group("s") or 0)
    ampm = (match.group("ampm") or "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return None
        # Arabic pages write ص (morning) and م (evening) where English writes a.m. and p.m.
        hour = hour % 12 + (12 if ampm.startswith(("p", "م")) else 0)
    end = match.end()
    zone = _ZONE.match(raw, end)
    zone_text = ""
    if zone:
        named = zone.group("paren") or zone.group("zone")
        if named.split()[0].lower() in ZONE_NAMES:
            named = zone_abbreviation(named)  # "4:05 p.m. Eastern": ET
        # Only a known abbreviation or an offset is a zone: "10:00 BY JANE DOE" names none.
        if named in zones or named[0] in "+-" or named.startswith(("GMT", "UTC")):
            zone_text = named
            end = zone.end()
    return (hour, minute, second), end, zone_text


def _has_clock(raw: str, start: int, end: int) -> bool:
    # A bare number is not a time ("15 September" starts with one); a time needs ":", am/pm,
    # "14h05", "14 Uhr" or "14.05".
    text = raw[start:end].lower()
    if ":" in text or "m" in text or "uhr" in text or _H_CLOCK.search(text):
        return True
    return "." in text and text.split(".")[0].strip().isdigit() and any(
        ch.isdigit() for ch in text.split(".", 1)[1][:2])


_H_CLOCK = re.compile(r"\d[ \t]?h[ \t]?\d\d")


def _zone_offset(zone_text: str, zones: Mapping[str, str]) -> str | None:
    compact = zone_text.replace(" ", "").upper()
    if compact in zones:
        return zones[compact]
    match = re.fullmatch(r"(?:GMT|UTC)?([+-])(\d{1,2}):?(\d{2})?", compact)
    if match and int(match.group(2)) < 24 and int(match.group(3) or 0) < 60:
        return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    return None  # not a zone, or no such offset ("+2405")


_WORD_START = re.compile(r"(?:^|(?<=[\s,;|•·:(/–—\[-]))(?=[\w])")
_SCAN_LIMIT = 40


def first_date(text: str, *, zones: Mapping[str, str], default_zone: str = "UTC",
               dayfirst: bool | None = None) -> tuple[int, Reading] | None:
    """Find the first readable date in a short text (a byline, a date line): its offset and reading.

    Only the first few dozen word starts are tried, so a long text costs little.
    """
    tries = 0
    for match in _WORD_START.finditer(text):
        tries += 1
        if tries > _SCAN_LIMIT:
            break
        position = match.start()
        reading = read_stamp(text[position:], zones=zones, default_zone=default_zone, dayfirst=dayfirst)
        if reading.moment is not None:
            return position, reading
    return None
