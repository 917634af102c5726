"""How rules write dates and stamps in messages: the way a reader of the article would."""

from __future__ import annotations

from timecheck.model import Moment, Precision, Stamp


def describe_moment(moment: Moment, zone_name: str = "") -> str:
    """Write an instant as ``2018-05-04 03:18 IST`` (or ``+05:30`` when no name was given)."""
    value = moment.value
    if moment.precision is Precision.DAY:
        return value.date().isoformat()
    clock = value.strftime("%H:%M" if moment.precision is Precision.MINUTE else "%H:%M:%S")
    if zone_name:
        zone = zone_name
    elif moment.zone_stated:
        zone = "UTC" if not value.utcoffset() else value.strftime("%z")[:3] + ":" + value.strftime("%z")[3:]
    else:
        zone = "(no zone given)"
    return f"{value.date().isoformat()} {clock} {zone}"


def describe_stamp(stamp: Stamp) -> str:
    """Write a stamp's instant and where it came from: ``2018-05-04 03:18 IST (visible)``."""
    if stamp.moment is None:
        return repr(stamp.raw)
    return describe_moment(stamp.moment, stamp.zone_name)
