"""Group a document's stamps of one kind by the calendar day they name, to find sources that disagree.

Days are read on the publisher's clock: the zone of the chosen stamp when it states one, else
the first non-UTC offset a stamp of that kind states. So ``2018-05-03T21:48Z`` and
``04 May 2018, 03:18 IST`` name the same day, and only sources that really disagree conflict.
Lists (a selector that dates three or more different days: teasers, a comment thread) and URL
paths (TC108 judges those) are left out.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta, timezone, tzinfo

from timecheck.model import Precision, Stamp, StampKind, StampSource
from timecheck.stamps.choose import LIST_DAYS, list_key

# Sources that state a date for a purpose; a URL path is judged by TC108, an option is ours.
_WITNESSES = frozenset({
    StampSource.VISIBLE, StampSource.META, StampSource.JSONLD, StampSource.MICRODATA,
    StampSource.TIME_ELEMENT, StampSource.FRONT_MATTER, StampSource.RECORD,
})


def publisher_tz(stamps: list[Stamp], chosen: Stamp | None) -> tzinfo | None:
    """Return the publisher's offset: the chosen stamp's, else the first non-UTC offset stated."""
    ordered = ([chosen] if chosen is not None else []) + stamps
    for stamp in ordered:
        moment = stamp.moment
        if moment is None or not moment.zone_stated or moment.precision is Precision.DAY:
            continue
        offset = moment.value.utcoffset()
        if offset is not None and (offset or stamp is chosen):
            return timezone(offset)
    return None


def day_of(stamp: Stamp, tz: tzinfo | None) -> date:
    """Return the calendar day a stamp names on the publisher's clock (as written when unknown)."""
    assert stamp.moment is not None
    moment = stamp.moment
    if tz is not None and moment.zone_stated and moment.precision is not Precision.DAY:
        return moment.value.astimezone(tz).date()
    return moment.value.date()


def conflicting_days(stamps: tuple[Stamp, ...], kind: StampKind, chosen: Stamp | None, *,
                     max_days: int = 0) -> list[tuple[date, list[Stamp]]]:
    """Return the stamps of ``kind`` grouped by day when the days spread over more than ``max_days``.

    The chosen stamp's day comes first, then the others in calendar order; an empty list means
    the sources agree.
    """
    candidates = [s for s in stamps if s.kind is kind and s.moment is not None and s.source in _WITNESSES]
    days_by_witness: dict[tuple[StampSource, str], set[date]] = defaultdict(set)
    tz = publisher_tz(candidates, chosen)
    for stamp in candidates:
        days_by_witness[(stamp.source, list_key(stamp))].add(day_of(stamp, tz))
    counted = [s for s in candidates if len(days_by_witness[(s.source, list_key(s))]) < LIST_DAYS]
    groups: dict[date, list[Stamp]] = defaultdict(list)
    for stamp in counted:
        groups[day_of(stamp, tz)].append(stamp)
    if len(groups) < 2 or max(groups) - min(groups) <= timedelta(days=max_days):
        return []
    first = day_of(chosen, tz) if chosen is not None and chosen.moment is not None else min(groups)
    order = sorted(groups, key=lambda day: (day != first, day))
    return [(day, groups[day]) for day in order]


def source_name(stamp: Stamp) -> str:
    """Name where a stamp came from, as a reader of a message needs it: ``meta meta[property="..."]``."""
    return stamp.source.value + (f" {stamp.selector}" if stamp.selector else "")


def source_names(stamps: list[Stamp]) -> str:
    """Name the sources of several stamps, each once: ``jsonld ..., visible label 'Published'``."""
    return ", ".join(dict.fromkeys(source_name(stamp) for stamp in stamps))


def describe_days(groups: list[tuple[date, list[Stamp]]]) -> str:
    """Write the groups as ``2019-05-03 (jsonld ..., visible label 'Published'); 2019-05-05 (meta ...)``."""
    return "; ".join(f"{day.isoformat()} ({source_names(members)})" for day, members in groups)
