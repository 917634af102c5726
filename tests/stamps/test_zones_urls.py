"""Zone abbreviations by region, the publisher's clock, and dates in URL paths."""

from __future__ import annotations

from datetime import datetime, timezone
from types import MappingProxyType

import pytest

from timecheck.grammar.lexicon import ZONES
from timecheck.model import Moment, Precision, Stamp, StampKind, StampSource
from timecheck.stamps.parse import read_stamp
from timecheck.stamps.urls import is_month_only, url_date, url_stamps
from timecheck.stamps.zones import (
    express_in_zone, publisher_zone, stated_offset_zone, visible_offset_zone, zones_for_region)
from timecheck.timeutil import in_zone, is_dst


@pytest.mark.parametrize(("region", "raw", "iso"), [
    ("", "4 July 2018, 10:00 IST", "2018-07-04T10:00+05:30"),
    ("in", "4 July 2018, 10:00 IST", "2018-07-04T10:00+05:30"),
    ("ie", "4 July 2018, 10:00 IST", "2018-07-04T10:00+01:00"),
    ("il", "4 January 2018, 10:00 IST", "2018-01-04T10:00+02:00"),
    ("au", "4 January 2018, 10:00 EST", "2018-01-04T10:00+10:00"),
    ("us", "4 January 2018, 10:00 EST", "2018-01-04T10:00-05:00"),
])
def test_abbreviations_by_region(region: str, raw: str, iso: str) -> None:
    reading = read_stamp(raw, zones=zones_for_region(ZONES, region))
    assert reading.moment is not None and reading.moment.iso() == iso


def test_configuration_wins_over_the_region() -> None:
    configured = MappingProxyType(dict(ZONES, IST="Asia/Jerusalem"))
    assert zones_for_region(configured, "ie")["IST"] == "Asia/Jerusalem"


def test_daylight_saving_through_the_zone_database() -> None:
    assert is_dst(datetime(2018, 7, 4, 14, tzinfo=timezone.utc), "America/New_York")
    assert not is_dst(datetime(2018, 1, 4, 14, tzinfo=timezone.utc), "America/New_York")
    # Europe switched on 2023-03-26 at 01:00 UTC.
    assert in_zone(datetime(2023, 3, 26, 0, 59, tzinfo=timezone.utc), "Europe/Berlin").isoformat() == \
        "2023-03-26T01:59:00+01:00"
    assert in_zone(datetime(2023, 3, 26, 1, 0, tzinfo=timezone.utc), "Europe/Berlin").isoformat() == \
        "2023-03-26T03:00:00+02:00"
    assert read_stamp("Jan 4, 2018 3.18pm ET", zones=ZONES).moment.iso() == "2018-01-04T15:18-05:00"  # type: ignore[union-attr]


def _stamp(source: StampSource, value: datetime, *, stated: bool = True, kind: StampKind = StampKind.PUBLISHED) -> Stamp:
    return Stamp(kind, source, value.isoformat(), Moment(value, Precision.MINUTE, stated))


def test_publisher_clock() -> None:
    assert publisher_zone("de-CH") == "Europe/Zurich" and publisher_zone("fr") == "Europe/Paris"
    assert publisher_zone("en") == "" and publisher_zone("") == ""
    utc = _stamp(StampSource.META, datetime(2023, 11, 1, 23, 1, tzinfo=timezone.utc))
    plus_two = _stamp(StampSource.JSONLD, datetime(2023, 11, 1, 23, 1, tzinfo=timezone.utc).astimezone(
        timezone(in_zone(datetime(2023, 7, 1, tzinfo=timezone.utc), "Europe/Berlin").utcoffset())))  # type: ignore[arg-type]
    moved, kept = express_in_zone((utc, plus_two), "Europe/Rome")
    assert moved.moment.iso() == "2023-11-02T00:01+01:00"  # type: ignore[union-attr]
    assert kept == plus_two  # a stated non-UTC offset is the publisher's own and stays
    assert stated_offset_zone((utc, plus_two)) == "+02:00"
    # Comment times in a thread are not the publisher's.
    assert stated_offset_zone((_stamp(StampSource.TIME_ELEMENT, plus_two.moment.value, kind=StampKind.OTHER),)) == ""  # type: ignore[union-attr]


def test_a_visible_clock_reveals_the_offset() -> None:
    meta = _stamp(StampSource.META, datetime(2020, 2, 25, 2, 25, tzinfo=timezone.utc))
    byline = _stamp(StampSource.VISIBLE, datetime(2020, 2, 24, 21, 25, tzinfo=timezone.utc), stated=False,
                    kind=StampKind.OTHER)
    assert visible_offset_zone((meta, byline)) == "-05:00"
    other = _stamp(StampSource.VISIBLE, datetime(2020, 2, 24, 21, 26, tzinfo=timezone.utc), stated=False)
    assert visible_offset_zone((meta, other)) == ""



def test_a_visible_clock_is_read_near_the_locale() -> None:
    # "19.10.2019, 05:00 Uhr" on a Swiss page: the publication at 03:00Z puts it on +02:00 (the
    # locale's summer time); the update stamps at 20:00Z the day before would say +09:00.
    shown = _stamp(StampSource.VISIBLE, datetime(2019, 10, 19, 5, 0, tzinfo=timezone.utc), stated=False,
                   kind=StampKind.OTHER)
    published = _stamp(StampSource.JSONLD, datetime(2019, 10, 19, 3, 0, tzinfo=timezone.utc))
    updates = [_stamp(source, datetime(2019, 10, 18, 20, 0, tzinfo=timezone.utc), kind=StampKind.UPDATED)
               for source in (StampSource.META, StampSource.JSONLD)]
    stamps = (shown, published, *updates)
    assert visible_offset_zone(stamps) == "+09:00"  # no locale: the offset seen most
    assert visible_offset_zone(stamps, "Europe/Zurich") == "+02:00"
    # A neighbouring zone stays possible (Swedish pages from Finland), a far one does not.
    assert visible_offset_zone((shown, published), "Europe/Stockholm") == "+02:00"
    finnish = _stamp(StampSource.JSONLD, datetime(2019, 10, 19, 2, 0, tzinfo=timezone.utc))
    assert visible_offset_zone((shown, finnish), "Europe/Stockholm") == "+03:00"
    assert visible_offset_zone((shown, *updates), "Europe/Zurich") == ""
    # Of two offsets seen as often, the locale's own wins.
    paris = _stamp(StampSource.META, datetime(2019, 12, 9, 9, 8, tzinfo=timezone.utc))
    paris_local = _stamp(StampSource.JSONLD, datetime(2019, 12, 9, 8, 8, tzinfo=timezone.utc))
    byline = _stamp(StampSource.VISIBLE, datetime(2019, 12, 9, 9, 8, tzinfo=timezone.utc), stated=False)
    assert visible_offset_zone((byline, paris, paris_local), "Europe/Paris") == "+01:00"
    assert visible_offset_zone((byline, paris_local, paris), "Europe/Paris") == "+01:00"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://x.test/2019/05/03/storm", (2019, 5, 3, None)),
    ("https://x.test/news/2019/5/3/storm", (2019, 5, 3, None)),
    ("https://x.test/news/20190503/storm", (2019, 5, 3, None)),
    ("https://x.test/news/storm-2019-05-03.html", (2019, 5, 3, None)),
    ("https://x.test/meldungen/29-10-2021", (2021, 10, 29, None)),
    ("https://x.test/2019/05/storm/", (2019, 5, None, None)),
    ("https://x.test/article-2019051234", None),
    ("https://x.test/2019/02/30/storm", (2019, 2, None, None)),
    ("https://x.test/storm?date=2019/05/03", None),
    ("", None),
])
def test_url_dates(url: str, expected: tuple[int, int, int | None, None] | None) -> None:
    found = url_date(url)
    assert (found[:3] if found else None) == (expected[:3] if expected else None)


def test_url_stamps() -> None:
    (day,) = url_stamps("https://x.test/2019/05/03/storm")
    assert day.kind is StampKind.PUBLISHED and day.source is StampSource.URL and not is_month_only(day)
    (month,) = url_stamps("https://x.test/2019/05/storm")
    assert month.kind is StampKind.OTHER and is_month_only(month)
