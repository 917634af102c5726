"""Choose a document's publication date, update date and anchor from its stamps, and say why.

Every candidate is kept (``Document.stamps``); this module only ranks them. Structured sources
rank above visible text because CMSs write them from the same field the byline is printed from
and they state the zone; a record's own field ranks highest because the archive asserted it.
"""

from __future__ import annotations

from dataclasses import replace

from timecheck.model import Choice, Moment, Precision, Stamp, StampKind, StampSource
from timecheck.stamps.parse import read_stamp

SOURCE_RANK: dict[StampSource, int] = {
    StampSource.OPTION: 0,
    StampSource.RECORD: 1,
    StampSource.FRONT_MATTER: 2,
    StampSource.JSONLD: 3,
    StampSource.META: 4,
    StampSource.MICRODATA: 5,
    StampSource.TIME_ELEMENT: 6,
    StampSource.VISIBLE: 7,
    StampSource.URL: 8,
}


def _readable(stamps: tuple[Stamp, ...], kind: StampKind) -> list[Stamp]:
    return [stamp for stamp in stamps if stamp.kind is kind and stamp.moment is not None]


def choose_published(stamps: tuple[Stamp, ...]) -> Choice:
    """Pick the publication stamp: the best-ranked source, the earliest within it."""
    candidates = _readable(stamps, StampKind.PUBLISHED)
    if not candidates:
        unreadable = [s for s in stamps if s.kind is StampKind.PUBLISHED]
        reason = "publication stamp unreadable" if unreadable else "no publication stamp"
        return Choice(None, reason)
    best = min(candidates, key=lambda s: (SOURCE_RANK[s.source], _instant(s)))
    return Choice(best, _why(best, len(candidates), "earliest"))


def choose_updated(stamps: tuple[Stamp, ...]) -> Choice:
    """Pick the update stamp: the best-ranked source, the latest within it."""
    candidates = _readable(stamps, StampKind.UPDATED)
    if not candidates:
        return Choice(None, "no update stamp")
    rank = min(SOURCE_RANK[s.source] for s in candidates)
    best = max((s for s in candidates if SOURCE_RANK[s.source] == rank), key=_instant)
    return Choice(best, _why(best, len(candidates), "latest"))


def complete_datelines(stamps: tuple[Stamp, ...], published: Stamp | None) -> tuple[Stamp, ...]:
    """Give year-less datelines ("KABUL, Sept. 14 (Reuters) -") the year nearest the publication."""
    if published is None or published.moment is None:
        return stamps
    pub = published.moment.value
    out: list[Stamp] = []
    for stamp in stamps:
        if stamp.kind is StampKind.DATELINE and stamp.moment is None:
            readings = [read_stamp(stamp.raw, zones={}, year=year) for year in (pub.year - 1, pub.year, pub.year + 1)]
            moments = [r.moment for r in readings if r.moment is not None]
            if moments:
                nearest = min(moments, key=lambda m: abs((m.value.date() - pub.date()).days))
                stamp = replace(stamp, moment=nearest, problem="")
        out.append(stamp)
    return tuple(out)


def choose_anchor(published: Choice, stamps: tuple[Stamp, ...], fallback: Moment | None) -> tuple[Moment | None, str]:
    """Return the instant relative expressions are resolved against, and why it was chosen.

    The publication stamp first; failing that a dated dateline; failing that ``fallback``
    (``--anchor``). An update stamp is never the anchor: a CMS migration rewrites it.
    """
    if published.stamp is not None and published.stamp.moment is not None:
        return published.stamp.moment, f"publication stamp ({published.reason})"
    datelines = [s for s in stamps if s.kind is StampKind.DATELINE and s.moment is not None]
    if datelines:
        return datelines[0].moment, f"dateline {datelines[0].raw!r}"
    if fallback is not None:
        return fallback, "--anchor"
    return None, "no publication stamp, dateline or --anchor"


def _instant(stamp: Stamp) -> tuple[object, ...]:
    assert stamp.moment is not None
    # Day-precision stamps compare by calendar day so a zone-less date never outranks the same day.
    if stamp.moment.precision is Precision.DAY:
        return (stamp.moment.value.date(), 0)
    return (stamp.moment.value.date(), stamp.moment.value.timestamp())


def _why(stamp: Stamp, count: int, order: str) -> str:
    where = stamp.source.value + (f" {stamp.selector}" if stamp.selector else "")
    if count == 1:
        return f"only candidate: {where}"
    return f"{where}: best-ranked source, {order} of {count} candidates"
