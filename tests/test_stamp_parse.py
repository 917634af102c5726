"""Reading the instant a stamp's text states (table of cases, like dateutil's PARSER_TEST_CASES)."""

from __future__ import annotations

import pytest

from timecheck.grammar.lexicon import ZONES
from timecheck.stamps.parse import read_stamp

# (stamp text, ISO value at the stated precision, zone name as written, or the abbreviation of
# a US zone written out)
READABLE = [
    ("04 May 2018, 03:18 IST", "2018-05-04T03:18+05:30", "IST"),
    ("15 September 2011, 04:12 IST)", "2011-09-15T04:12+05:30", "IST"),
    ("Sept. 14, 2011", "2011-09-14", ""),
    ("September 14th, 2011", "2011-09-14", ""),
    ("Thursday, 15 September 2011 at 3:18 pm EDT", "2011-09-15T15:18-04:00", "EDT"),
    ("2018-05-03T21:48Z", "2018-05-03T21:48+00:00", ""),
    ("2018-05-03T21:48:07+05:30", "2018-05-03T21:48:07+05:30", ""),
    ("2018-05-03", "2018-05-03", ""),
    ("2018/05/03", "2018-05-03", ""),
    ("12/31/2011 10:00", "2011-12-31T10:00", ""),
    ("May 4, 2018 3.18pm ET", "2018-05-04T15:18-04:00", "ET"),
    ("Jan 4, 2018 3.18pm ET", "2018-01-04T15:18-05:00", "ET"),
    ("3:18 PM EDT Sept 14, 2011", "2011-09-14T15:18-04:00", "EDT"),
    # US zones by name read as their abbreviations
    ("June 14, 2021 4:05 p.m. Eastern", "2021-06-14T16:05-04:00", "ET"),
    ("Jan 4, 2021 9:00 AM Pacific Standard Time", "2021-01-04T09:00-08:00", "PST"),
    ("June 14, 2021 at 4:05 p.m. (Central Time)", "2021-06-14T16:05-05:00", "CT"),
    ("19.08.2013, 14:05 Uhr", "2013-08-19T14:05", ""),
    ("March 3 2011 | 10:00 (GMT+5:30)", "2011-03-03T10:00+05:30", "GMT+5:30"),
    ("4 May 2018 03:18 +0530", "2018-05-04T03:18+05:30", "+0530"),
    ("4 May 2018 12:00 a.m.", "2018-05-04T00:00", ""),
    ("16:32, Thu, Nov 2, 2023", "2023-11-02T16:32", ""),
    ("Tue Jul 30 09:35:14 CEST 2019", "2019-07-30T09:35:14+02:00", "CEST"),
    ("2020-05-06 10:07:01.000000 CEST", "2020-05-06T10:07:01+02:00", "CEST"),
    ("2023-11-02T1643", "2023-11-02T16:43", ""),
    ("01.21.2020 07:00 AM", "2020-01-21T07:00", ""),
    ("06-08-2009T14:12:32+0200", "2009-08-06T14:12:32+02:00", "+0200"),
    ("10-Nov-2000", "2000-11-10", ""),
    ("| 17 de Febrero 2020", "2020-02-17", ""),
    ("\u09e8\u09e6\u09e8\u09e6-\u09e6\u09ee-\u09e8\u09ef", "2020-08-29", ""),
]

# (stamp text, words the problem must contain)
UNREADABLE = [
    ("31 April 2011", "April 2011 has no day 31"),
    ("2011-02-29", "February 2011 has no day 29"),
    ("2011-13-01", "no month 13"),
    ("03/04/2011", "ambiguous"),
    ("Sept 14 (Reuters)", "no year"),
    ("yesterday", "no date"),
    ("4 May 2018 25:10", "no such time"),
    # an offset of a day or more is no zone (it had raised from datetime.timezone)
    ("1000-01-1T0:00:00+2405:30", "unknown time zone '+2405'"),
    ("4 May 2018 10:00 GMT+24:00", "unknown time zone"),
]


@pytest.mark.parametrize(("raw", "iso", "zone"), READABLE)
def test_readable(raw: str, iso: str, zone: str) -> None:
    reading = read_stamp(raw, zones=ZONES)
    assert reading.problem == ""
    assert reading.moment is not None
    assert reading.moment.iso() == iso
    assert reading.zone_name == zone


@pytest.mark.parametrize(("raw", "problem"), UNREADABLE)
def test_unreadable(raw: str, problem: str) -> None:
    reading = read_stamp(raw, zones=ZONES)
    assert reading.moment is None
    assert problem in reading.problem


def test_dayfirst_settles_ambiguous_numeric_dates() -> None:
    assert read_stamp("03/04/2011", zones=ZONES, dayfirst=True).moment.iso() == "2011-04-03"  # type: ignore[union-attr]
    assert read_stamp("03/04/2011", zones=ZONES, dayfirst=False).moment.iso() == "2011-03-04"  # type: ignore[union-attr]


def test_year_completes_a_dateline() -> None:
    reading = read_stamp("Sept. 14", zones=ZONES, year=2011)
    assert reading.moment is not None and reading.moment.iso() == "2011-09-14"


def test_end_covers_only_the_date() -> None:
    raw = "04 May 2018, 03:18 IST | By Jane Doe"
    reading = read_stamp(raw, zones=ZONES)
    assert raw[:reading.end] == "04 May 2018, 03:18 IST"


def test_zone_override_remaps_ist() -> None:
    irish = dict(ZONES, IST="Europe/Dublin")
    reading = read_stamp("4 July 2018, 10:00 IST", zones=irish)
    assert reading.moment is not None and reading.moment.iso() == "2018-07-04T10:00+01:00"


def test_an_offset_of_a_day_or_more_is_refused_with_its_name() -> None:
    from timecheck.timeutil import zone

    with pytest.raises(ValueError, match=r"no such UTC offset '\+24:05'"):
        zone("+24:05")
    assert zone("+14:00").utcoffset(None).total_seconds() == 14 * 3600
