"""Properties of the stamp reader: any instant written the way CMSs write it reads back exactly."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from timecheck.grammar.lexicon import ZONES
from timecheck.stamps.parse import read_stamp

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_FIXED_ZONES = sorted(name for name, target in ZONES.items() if target[0] in "+-" and len(name) > 1)

instants = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda value: value.replace(second=0, microsecond=0))


def _clock12(value: datetime) -> str:
    hour = value.hour % 12 or 12
    return f"{hour}:{value.minute:02d} {'p.m.' if value.hour >= 12 else 'a.m.'}"


WRITERS = (
    lambda v, z: f"{v.day:02d} {_MONTHS[v.month - 1]} {v.year}, {v.hour:02d}:{v.minute:02d} {z}",
    lambda v, z: f"{_MONTHS[v.month - 1]} {v.day}, {v.year} {_clock12(v)} {z}",
    lambda v, z: f"{_MONTHS[v.month - 1][:3]} {v.day} {v.year} | {v.hour:02d}:{v.minute:02d} ({z})",
    lambda v, z: f"{_clock12(v)} {z} {_MONTHS[v.month - 1]} {v.day}, {v.year}",
)


@given(instants, st.sampled_from(_FIXED_ZONES), st.sampled_from(WRITERS))
def test_written_stamps_read_back(value: datetime, zone: str, write) -> None:  # type: ignore[no-untyped-def]
    raw = write(value, zone)
    reading = read_stamp(raw, zones=ZONES)
    assert reading.moment is not None, (raw, reading.problem)
    sign = -1 if ZONES[zone][0] == "-" else 1
    hours, minutes = ZONES[zone][1:].split(":")
    expected = value.replace(tzinfo=timezone(sign * timedelta(hours=int(hours), minutes=int(minutes))))
    assert reading.moment.value == expected
    assert reading.moment.zone_stated and reading.zone_name == zone
    assert raw[:reading.end].rstrip(")") == raw.rstrip(")")


@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2099, 12, 31),
                    timezones=st.sampled_from([timezone.utc, timezone(timedelta(hours=5, minutes=30)),
                                               timezone(timedelta(hours=-4))])))
def test_iso_round_trip(value: datetime) -> None:
    value = value.replace(microsecond=0)
    reading = read_stamp(value.isoformat(), zones=ZONES)
    assert reading.moment is not None and reading.moment.value == value


@given(st.text(max_size=80))
def test_never_raises_on_any_text(raw: str) -> None:
    reading = read_stamp(raw, zones=ZONES)
    assert (reading.moment is None) == bool(reading.problem) or reading.moment is not None
    assert 0 <= reading.end <= len(raw)
