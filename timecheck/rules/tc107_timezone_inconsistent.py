"""TC107 timezone-inconsistent."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

from timecheck.grammar.lexicon import ZONES
from timecheck.model import Finding, Precision, Severity, Stamp, StampKind
from timecheck.rules.base import Option, Rule, RuleContext
from timecheck.rules.stamp_location import finding_at_stamp
from timecheck.rules.wording import describe_stamp
from timecheck.stamps.conflicts import source_names
from timecheck.stamps.zones import SEASONAL_ABBREVIATIONS
from timecheck.timeutil import is_dst

_HOUR_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
               "eleven", "twelve", "thirteen", "fourteen")


class TimezoneInconsistent(Rule):
    """A stamp's zone contradicts itself, or two sources of one instant differ by whole hours.

    Why it matters:
        "10:00 EST" on the Fourth of July names an hour that New York did not have that day
        (it was on EDT), and a page whose meta tag says 10:00+02:00 while its JSON-LD says
        10:00Z has stamped local time with the wrong zone somewhere. Either way every reader
        and tool that converts the time gets it wrong by whole hours, sometimes by a day.

    Bad:
        Published 4 July 2018, 10:00 EST
        The parade started this morning.

    Good:
        Published 4 July 2018, 10:00 EDT
        The parade started this morning.

    Options:
        max_offset_hours: the largest whole-hour difference read as a zone mix-up (14).
    """

    code = "TC107"
    name = "timezone-inconsistent"
    severity = Severity.WARNING
    options = (Option("max_offset_hours", 14, "the largest whole-hour difference read as a zone mix-up"),)

    def check(self, ctx: RuleContext) -> Iterator[Finding]:
        max_hours = ctx.options["max_offset_hours"]
        assert isinstance(max_hours, int)
        for stamp in ctx.document.stamps:
            finding = self._out_of_season(ctx, stamp)
            if finding is not None:
                yield finding
        for kind in (StampKind.PUBLISHED, StampKind.UPDATED):
            yield from self._hour_apart(ctx, kind, max_hours)

    def _out_of_season(self, ctx: RuleContext, stamp: Stamp) -> Finding | None:
        moment = stamp.moment
        abbreviation = stamp.zone_name.upper()
        if moment is None or abbreviation not in SEASONAL_ABBREVIATIONS:
            return None
        zone_name, daylight = SEASONAL_ABBREVIATIONS[abbreviation]
        # Only the reading the table means ("EST" as -05:00): a region or the configuration may
        # read the abbreviation otherwise (an Australian "EST" is +10:00), and then it is not New
        # York's season that counts.
        default = ZONES.get(abbreviation, "")
        offset = moment.value.utcoffset()
        if offset is None or not default.startswith(("+", "-")) or _offset_text(offset) != default:
            return None
        if is_dst(moment.value, zone_name) == daylight:
            return None
        season = "daylight saving time" if not daylight else "standard time"
        return finding_at_stamp(
            ctx, stamp,
            f"{stamp.kind.value} stamp {stamp.raw!r} names {abbreviation}, but {zone_name} was on {season} "
            f"on {moment.value.date().isoformat()}",
        )

    def _hour_apart(self, ctx: RuleContext, kind: StampKind, max_hours: int) -> Iterator[Finding]:
        stamps = [s for s in ctx.document.stamps if s.kind is kind and s.moment is not None
                  and s.moment.zone_stated and s.moment.precision is not Precision.DAY]
        # Sources that state the same instant are one side: a page whose meta tags and JSON-LD
        # blocks repeat two readings gets one finding per pair of readings, naming every source.
        sides: dict[datetime, list[Stamp]] = {}
        for stamp in stamps:
            assert stamp.moment is not None
            sides.setdefault(stamp.moment.value.astimezone(timezone.utc), []).append(stamp)
        readings = list(sides.items())
        for index, (a, first_side) in enumerate(readings):
            for b, second_side in readings[index + 1:]:
                seconds = abs(int((a - b).total_seconds()))
                hours, rest = divmod(seconds, 3600)
                if rest or not 1 <= hours <= max_hours or _repeated(first_side, second_side):
                    continue
                if not any(_mixed_up(first, second, hours)
                           for first in first_side for second in second_side):
                    continue
                # Two sources of one instant exactly whole hours apart: local time stamped with
                # the wrong zone (the readers show both on the publisher's clock, so "10:00+02:00"
                # and "10:00Z" arrive here as 10:00 and 12:00).
                first, second = first_side[0], second_side[0]
                words = _HOUR_WORDS[hours] if hours < len(_HOUR_WORDS) else str(hours)
                yield finding_at_stamp(
                    ctx, second,
                    f"{kind.value} {source_names(first_side)} {describe_stamp(first)} and "
                    f"{source_names(second_side)} {describe_stamp(second)} differ by exactly {words} "
                    f"hour{'s' if hours != 1 else ''}: one of them has the wrong zone",
                )


def _mixed_up(first: Stamp, second: Stamp, hours: int) -> bool:
    """Say whether two stamps ``hours`` apart read as one instant with a zone mix-up.

    A zone mix-up is local time written as UTC or UTC written as local: one side claims UTC,
    or the gap is one side's own offset. Other whole-hour gaps between local stamps are
    different instants (the posts of a live blog); one source is never read against itself.
    """
    if first.source is second.source and first.selector == second.selector:
        return False
    assert first.moment is not None and second.moment is not None
    offsets = (_whole_hours(first.moment.value), _whole_hours(second.moment.value))
    return 0 in offsets or hours in offsets


def _repeated(first_side: list[Stamp], second_side: list[Stamp]) -> bool:
    """Say whether one source and element states both readings: a repeated element (the posts
    of a live blog), whose instants differ, not one instant written in two zones."""
    return any(first.source is second.source and first.selector == second.selector
               for first in first_side for second in second_side)


def _whole_hours(value: datetime) -> int:
    offset = value.utcoffset() or timedelta(0)
    return abs(int(offset.total_seconds())) // 3600


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"
