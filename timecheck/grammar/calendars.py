"""The other calendars whose feasts news copy names: the days they fall on, as Gregorian dates.

Each is arithmetic, no table: the Gregorian and Julian Easter computus, the Julian calendar's
drift, the fixed Hebrew calendar (its molad and postponement rules), the astronomical new
moon that begins the Chinese lunar year and the months of the Islamic year, and the March
equinox that begins the Persian year.
"""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta, timezone


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def from_julian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Julian calendar date (none of the feasts falls on Feb. 29).

    The calendars drift a day further apart on each Julian Feb. 29 of a century year that is
    not a Gregorian leap year (1700, 1800, 1900, 2100): 13 days from March 1900 to February
    2100, so a date in January or February counts the drift of the year before."""
    drift_year = year - 1 if month <= 2 else year
    drift = drift_year // 100 - drift_year // 400 - 2
    return date(year, month, day) + timedelta(days=drift)


def julian_easter(year: int) -> date:
    """Easter Sunday of the Eastern churches (the Julian computus), as a Gregorian date."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month = (d + e + 114) // 31
    day = (d + e + 114) % 31 + 1
    return from_julian(year, month, day)


# The Hebrew calendar counts days from 1 Tishri of its year 1 (Oct. 7, 3761 BCE, Julian), here
# as a proleptic Gregorian ordinal (date.toordinal: Jan. 1 of the year 1 is 1).
_HEBREW_EPOCH = -1373427
# A month of the molad (the mean conjunction) is 29 days, 12 hours and 793 parts (1,080 parts
# to the hour, 25,920 to the day); the molad of year 1's Tishri fell 12,084 parts into a day.
_PARTS_PER_DAY = 25920
_MONTH_PARTS = 13753  # the parts a molad month has past 29 whole days
_FIRST_MOLAD_PARTS = 12084
# From 1 Nisan to the end of Elul the months have fixed lengths (30, 29, 30, 29, 30, 29).
_NISAN_TO_NEW_YEAR = 177


def _hebrew_days_before(year: int) -> int:
    """The days from the epoch to the molad day of Tishri of Hebrew ``year``, with the first
    postponement (no new year on a Sunday, Wednesday or Friday)."""
    months = (235 * year - 234) // 19  # 19 years hold 235 months (7 leap years of 13)
    parts = _FIRST_MOLAD_PARTS + _MONTH_PARTS * months
    day = 29 * months + parts // _PARTS_PER_DAY
    if (3 * (day + 1)) % 7 < 3:
        day += 1
    return day


def hebrew_new_year(year: int) -> date:
    """1 Tishri (Rosh Hashanah) of Hebrew ``year``, with the postponements that keep every
    year 353-355 days long (383-385 in a leap year)."""
    before, this, after = (_hebrew_days_before(year + step) for step in (-1, 0, 1))
    if after - this == 356:
        this += 2  # the year would be too long
    elif this - before == 382:
        this += 1  # the year before would be too short
    return date.fromordinal(_HEBREW_EPOCH + this)


def hebrew_holiday(reckoning: str, days: int, year: int) -> date:
    """The Gregorian day in ``year`` that is ``days`` after the first of a Hebrew month: of
    Tishri or Kislev in that year's autumn ("tishri", "kislev"), or of Nisan in its spring
    ("nisan"; a negative count reaches back into Adar)."""
    new_year = hebrew_new_year(year + 3761)  # the Hebrew year that begins that autumn
    if reckoning == "nisan":
        return new_year - timedelta(days=_NISAN_TO_NEW_YEAR - days)
    if reckoning == "kislev":
        # Tishri has 30 days; Heshvan 30 in a long year (355 or 385 days), else 29
        length = (hebrew_new_year(year + 3762) - new_year).days
        return new_year + timedelta(days=30 + (30 if length % 10 == 5 else 29) + days)
    return new_year + timedelta(days=days)


# The mean new moon (Julian ephemeris day) of lunation 0 (Jan. 6, 2000), the synodic month, and
# the periodic terms of the true new moon that move it more than a few minutes (J. Meeus,
# Astronomical Algorithms, chapter 49): (coefficient, power of the eccentricity factor, and the
# multiples of the Sun's mean anomaly, the Moon's mean anomaly and its argument of latitude).
_LUNATION_ZERO = 2451550.09766
_SYNODIC_MONTH = 29.530588861
_NEW_MOON_TERMS: tuple[tuple[float, int, int, int, int], ...] = (
    (-0.40720, 0, 0, 1, 0), (0.17241, 1, 1, 0, 0), (0.01608, 0, 0, 2, 0),
    (0.01039, 0, 0, 0, 2), (0.00739, 1, -1, 1, 0), (-0.00514, 1, 1, 1, 0),
    (0.00208, 2, 2, 0, 0), (-0.00111, 0, 0, 1, -2), (-0.00057, 0, 0, 1, 2),
    (0.00056, 1, 1, 2, 0), (-0.00042, 0, 0, 3, 0), (0.00042, 1, 1, 0, 2),
    (0.00038, 1, 1, 0, -2), (-0.00024, 1, -1, 2, 0),
)
_J2000 = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
# The Chinese calendar keeps the time of the meridian 120 degrees east (UTC+8).
_CHINA_TIME = timedelta(hours=8)


def new_moon(lunation: int) -> datetime:
    """The instant (UTC, to a few minutes) of new moon number ``lunation`` after Jan. 6, 2000."""
    centuries = lunation / 1236.85
    day = _LUNATION_ZERO + _SYNODIC_MONTH * lunation + 0.00015437 * centuries ** 2
    sun = math.radians(2.5534 + 29.10535670 * lunation)
    moon = math.radians(201.5643 + 385.81693528 * lunation + 0.0107582 * centuries ** 2)
    latitude = math.radians(160.7108 + 390.67050284 * lunation - 0.0016118 * centuries ** 2)
    node = math.radians(124.7746 - 1.56375588 * lunation)
    eccentricity = 1 - 0.002516 * centuries
    day += sum(coefficient * eccentricity ** power * math.sin(a * sun + b * moon + c * latitude)
               for coefficient, power, a, b, c in _NEW_MOON_TERMS)
    day -= 0.00017 * math.sin(node)
    return _J2000 + timedelta(days=day - 2451545.0)


def lunar_new_year(year: int) -> date:
    """The first day of the Chinese lunar year that begins in Gregorian ``year``: the day (in
    China's time) of the first new moon from Jan. 21 on (it always falls by Feb. 20)."""
    earliest = date(year, 1, 21)
    lunation = math.floor((earliest.toordinal() - date(2000, 1, 6).toordinal()) / _SYNODIC_MONTH)
    while (day := (new_moon(lunation) + _CHINA_TIME).date()) < earliest:
        lunation += 1
    return day


# The first day of the Islamic era (1 Muharram 1 AH, July 16, 622 in the Julian calendar) as a
# proleptic Gregorian ordinal; and Mecca's time (UTC+3), with the hour by which the sun has set
# there, about, all year round.
_HIJRA = date(622, 7, 19).toordinal()
_MECCA_TIME = timedelta(hours=3)
_MECCA_SUNSET_HOUR = 18


def _islamic_month_start(year: int, month: int) -> date:
    """The first day of ``month`` of Islamic ``year`` as Saudi Arabia's Umm al-Qura calendar
    reckons it, to about a day: the day after the new moon when the moon is new before sunset
    in Mecca, the day after that when it is new later. The tabular calendar (30-year cycle)
    says which new moon begins the month."""
    tabular = _HIJRA + (year - 1) * 354 + (3 + 11 * year) // 30 + math.ceil(29.5 * (month - 1))
    lunation = round((tabular - 1 - date(2000, 1, 6).toordinal()) / _SYNODIC_MONTH)
    new = new_moon(lunation) + _MECCA_TIME
    return new.date() + timedelta(days=1 if new.hour < _MECCA_SUNSET_HOUR else 2)


def islamic_days(month: int, day: int, year: int) -> list[date]:
    """The days in Gregorian ``year`` that are ``day`` of Islamic ``month``: one, or two (the
    Islamic year is eleven days shorter: Eid al-Fitr fell on Jan. 8 and Dec. 27, 2000).
    Countries that wait to see the new crescent may keep them a day later."""
    hijri = (year - 622) * 33 // 32
    found = (_islamic_month_start(candidate, month) + timedelta(days=day - 1)
             for candidate in range(hijri - 2, hijri + 3))
    return [each for each in found if each.year == year]


# Tehran's time (UTC+3:30): Nowruz, the Persian new year, is the day of the March equinox there
# when it comes before noon, and the day after otherwise.
_TEHRAN_TIME = timedelta(hours=3, minutes=30)


def march_equinox(year: int) -> datetime:
    """The instant (UTC, to a few minutes) of the March equinox of ``year`` (J. Meeus,
    Astronomical Algorithms, chapter 27: the mean equinox, for years 1000 to 3000)."""
    millennia = (year - 2000) / 1000
    day = 2451623.80984 + 365242.37404 * millennia + 0.05169 * millennia ** 2 \
        - 0.00411 * millennia ** 3 - 0.00057 * millennia ** 4
    return _J2000 + timedelta(days=day - 2451545.0)


def nowruz(year: int) -> date:
    """Nowruz of ``year``: see _TEHRAN_TIME."""
    equinox = march_equinox(year) + _TEHRAN_TIME
    return equinox.date() + timedelta(days=0 if equinox.hour < 12 else 1)
