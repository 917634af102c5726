"""The calendars' arithmetic: the Hebrew calendar's rules and the new moon's rhythm hold in
every year, and the days they give are the days the feasts were kept."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from timecheck.grammar import calendars

# Days as the Jewish and Chinese communities' own published calendars give them (the first
# full day; a Jewish holiday begins at sundown the evening before).
KEPT = [
    ("tishri", 0, 1999, date(1999, 9, 11)),  # Rosh Hashanah 5760
    ("tishri", 0, 2024, date(2024, 10, 3)),  # Rosh Hashanah 5785
    ("tishri", 9, 2023, date(2023, 9, 25)),  # Yom Kippur 5784
    ("kislev", 24, 2022, date(2022, 12, 19)),  # Hanukkah, a year of 355 days
    ("kislev", 24, 2023, date(2023, 12, 8)),  # Hanukkah, a leap year of 383 days
    ("kislev", 24, 2025, date(2025, 12, 15)),  # Hanukkah, a year of 354 days
    ("nisan", 14, 2024, date(2024, 4, 23)),  # Passover, after a leap year's Adar II
    ("nisan", -16, 2025, date(2025, 3, 14)),  # Purim
    ("nisan", 64, 2023, date(2023, 5, 26)),  # Shavuot
]

LUNAR_NEW_YEARS = [
    date(1990, 1, 27), date(1996, 2, 19), date(1997, 2, 7), date(2000, 2, 5),
    date(2012, 1, 23), date(2015, 2, 19), date(2023, 1, 22), date(2024, 2, 10),
    date(2025, 1, 29), date(2026, 2, 17), date(2027, 2, 6), date(2028, 1, 26),
]


def test_hebrew_holidays_fall_on_the_days_kept() -> None:
    for reckoning, days, year, kept in KEPT:
        assert calendars.hebrew_holiday(reckoning, days, year) == kept, (reckoning, days, year)


@given(st.integers(min_value=1800, max_value=2300))
def test_hebrew_years_keep_their_lengths_and_weekdays(year: int) -> None:
    new_year = calendars.hebrew_new_year(year + 3761)
    length = (calendars.hebrew_new_year(year + 3762) - new_year).days
    assert length in (353, 354, 355, 383, 384, 385)
    # Rosh Hashanah never falls on a Sunday, Wednesday or Friday, Passover never on a Monday,
    # Wednesday or Friday: the postponements see to both
    assert new_year.isoweekday() not in (7, 3, 5)
    assert calendars.hebrew_holiday("nisan", 14, year).isoweekday() not in (1, 3, 5)
    # Hanukkah falls between late November and the end of December, Passover in March or April
    # (in these centuries: the Hebrew year drifts a day later against the sun every 231 years)
    hanukkah = calendars.hebrew_holiday("kislev", 24, year)
    assert date(year, 11, 27) <= hanukkah <= date(year, 12, 28)
    assert calendars.hebrew_holiday("nisan", 14, year).month in (3, 4)


def test_lunar_new_year_falls_on_the_days_kept() -> None:
    assert [calendars.lunar_new_year(day.year) for day in LUNAR_NEW_YEARS] == LUNAR_NEW_YEARS


@given(st.integers(min_value=1900, max_value=2100))
def test_lunar_years_follow_the_moon(year: int) -> None:
    first, after = calendars.lunar_new_year(year), calendars.lunar_new_year(year + 1)
    assert date(year, 1, 21) <= first <= date(year, 2, 20)
    # twelve or thirteen lunations of 29 or 30 days
    assert (after - first).days in (353, 354, 355, 383, 384, 385)


@given(st.integers(min_value=-1500, max_value=1500))
def test_new_moons_are_a_lunation_apart(lunation: int) -> None:
    gap = calendars.new_moon(lunation + 1) - calendars.new_moon(lunation)
    assert timedelta(days=29.2) < gap < timedelta(days=29.9)


def test_eastern_and_western_easter() -> None:
    assert calendars.easter(2024) == date(2024, 3, 31)
    assert calendars.julian_easter(2024) == date(2024, 5, 5)
    assert calendars.easter(2025) == calendars.julian_easter(2025) == date(2025, 4, 20)


# Days Saudi Arabia kept (its Umm al-Qura calendar, or the crescent its courts saw): (Islamic
# month, day, Gregorian day).
ISLAMIC_KEPT = [
    (9, 1, date(1991, 3, 17)), (9, 1, date(1999, 12, 9)), (9, 1, date(2014, 6, 28)),
    (9, 1, date(2017, 5, 27)), (9, 1, date(2020, 4, 24)), (9, 1, date(2024, 3, 11)),
    (9, 1, date(2025, 3, 1)),  # the first day of Ramadan
    (10, 1, date(2000, 1, 8)), (10, 1, date(2000, 12, 27)), (10, 1, date(2013, 8, 8)),
    (10, 1, date(2023, 4, 21)), (10, 1, date(2024, 4, 10)), (10, 1, date(2025, 3, 30)),
    (12, 10, date(2023, 6, 28)), (12, 10, date(2024, 6, 16)), (12, 10, date(2025, 6, 6)),
]
# The first day of the Persian year (1 Farvardin) in Iran's calendar.
NOWRUZ = [date(2015, 3, 21), date(2016, 3, 20), date(2020, 3, 20), date(2021, 3, 21),
          date(2023, 3, 21), date(2024, 3, 20), date(2025, 3, 21)]


def test_islamic_holidays_fall_on_the_days_kept() -> None:
    for month, day, kept in ISLAMIC_KEPT:
        assert kept in calendars.islamic_days(month, day, kept.year), (month, day, kept)


@given(st.integers(min_value=1900, max_value=2100), st.sampled_from([1, 3, 9, 10, 12]))
def test_islamic_months_follow_the_moon(year: int, month: int) -> None:
    days = calendars.islamic_days(month, 1, year)
    # the Islamic year of twelve moons comes round once in a Gregorian year, or twice (a day
    # either side of 354 or 355: the days these months begin on are a day off at times)
    assert len(days) in (1, 2)
    following = calendars.islamic_days(month, 1, year + 1)[0]
    for first, then in zip(days, [*days[1:], following]):
        assert 353 <= (then - first).days <= 356
    # each month begins a day or two after the last new moon on or before its first day (never
    # on the day of the new moon itself, nor three days after it)
    lunation = round((days[0].toordinal() - date(2000, 1, 6).toordinal()) / 29.530588861) - 1
    while calendars.new_moon(lunation + 1).date() <= days[0]:
        lunation += 1
    assert 1 <= (days[0] - calendars.new_moon(lunation).date()).days <= 2


def test_nowruz_falls_on_the_days_kept() -> None:
    assert [calendars.nowruz(day.year) for day in NOWRUZ] == NOWRUZ
