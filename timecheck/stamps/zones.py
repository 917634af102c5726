"""Zone abbreviations whose meaning depends on the region, and which season each one names.

The grammar's ``lexicon.ZONES`` is the default table (IST is India, CST is US Central). A page
that says where it is from (``<html lang="en-IE">``) reads IST as Irish Standard Time, CST on a
Chinese page as China Standard Time; the configuration still wins (``[tool.timecheck.zones]``):
only abbreviations the configuration left at their default are remapped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import datetime, timezone
from types import MappingProxyType

from timecheck import timeutil
from timecheck.grammar.lexicon import ZONES
from timecheck.model import Precision, Stamp, StampKind, StampSource

# Abbreviations by ISO 3166 region (lower case): fixed offsets where the abbreviation names one
# season, IANA names where it is used all year.
REGIONAL_ZONES: dict[str, dict[str, str]] = {
    "in": {"IST": "+05:30"},
    "ie": {"IST": "+01:00"},  # Irish Standard Time is Ireland's summer time (winter is GMT)
    "il": {"IST": "+02:00", "IDT": "+03:00"},
    "gb": {"BST": "+01:00"},
    "uk": {"BST": "+01:00"},
    "bd": {"BST": "+06:00"},  # Bangladesh Standard Time
    "cn": {"CST": "+08:00"},
    "tw": {"CST": "+08:00"},
    "hk": {"HKT": "+08:00"},
    "cu": {"CST": "-05:00", "CDT": "-04:00"},
    "au": {"EST": "+10:00", "EDT": "+11:00", "CST": "+09:30", "CDT": "+10:30", "WST": "+08:00",
           "AEST": "+10:00", "AEDT": "+11:00", "ACST": "+09:30", "ACDT": "+10:30", "AWST": "+08:00"},
    "de": {"MEZ": "+01:00", "MESZ": "+02:00"},
    "at": {"MEZ": "+01:00", "MESZ": "+02:00"},
    "ch": {"MEZ": "+01:00", "MESZ": "+02:00"},
    "my": {"MYT": "+08:00"},
    "ph": {"PHT": "+08:00", "PST": "+08:00"},  # Philippine Standard Time
    "ar": {"ART": "-03:00"},
    "br": {"BRT": "-03:00"},
}

# Abbreviations that name one season of a zone: (IANA zone, daylight saving time?). A stamp
# "10:00 EST" in July contradicts itself (New York is on EDT then): TC107.
SEASONAL_ABBREVIATIONS: dict[str, tuple[str, bool]] = {
    "EST": ("America/New_York", False), "EDT": ("America/New_York", True),
    "CST": ("America/Chicago", False), "CDT": ("America/Chicago", True),
    "MST": ("America/Denver", False), "MDT": ("America/Denver", True),
    "PST": ("America/Los_Angeles", False), "PDT": ("America/Los_Angeles", True),
    "AKST": ("America/Anchorage", False), "AKDT": ("America/Anchorage", True),
    "BST": ("Europe/London", True),
    "CET": ("Europe/Berlin", False), "CEST": ("Europe/Berlin", True),
    "MEZ": ("Europe/Berlin", False), "MESZ": ("Europe/Berlin", True),
    "EET": ("Europe/Athens", False), "EEST": ("Europe/Athens", True),
    "WET": ("Europe/Lisbon", False), "WEST": ("Europe/Lisbon", True),
    "AEST": ("Australia/Sydney", False), "AEDT": ("Australia/Sydney", True),
    "NZST": ("Pacific/Auckland", False), "NZDT": ("Pacific/Auckland", True),
}

# The zone a region's publishers write in, for pages that state no zone at all. Only regions
# with one civil zone are listed (no "us", "ru", "br", "au").
REGION_ZONE: dict[str, str] = {
    "de": "Europe/Berlin", "at": "Europe/Vienna", "ch": "Europe/Zurich", "fr": "Europe/Paris",
    "it": "Europe/Rome", "es": "Europe/Madrid", "nl": "Europe/Amsterdam", "be": "Europe/Brussels",
    "pl": "Europe/Warsaw", "cz": "Europe/Prague", "gb": "Europe/London", "uk": "Europe/London",
    "ie": "Europe/Dublin", "fi": "Europe/Helsinki", "se": "Europe/Stockholm", "no": "Europe/Oslo",
    "dk": "Europe/Copenhagen", "in": "Asia/Kolkata", "jp": "Asia/Tokyo", "kr": "Asia/Seoul",
    "cn": "Asia/Shanghai", "tw": "Asia/Taipei", "vn": "Asia/Ho_Chi_Minh", "tr": "Europe/Istanbul",
    "eg": "Africa/Cairo", "il": "Asia/Jerusalem", "ir": "Asia/Tehran", "pk": "Asia/Karachi",
    "ua": "Europe/Kyiv", "gr": "Europe/Athens", "pt": "Europe/Lisbon", "hu": "Europe/Budapest",
    "az": "Asia/Baku", "am": "Asia/Yerevan", "tn": "Africa/Tunis", "ng": "Africa/Lagos",
    "za": "Africa/Johannesburg", "sg": "Asia/Singapore", "ph": "Asia/Manila",
}
# The same for a language without a region, where nearly all of its web is in one zone.
LANGUAGE_ZONE: dict[str, str] = {
    "de": "Europe/Berlin", "fr": "Europe/Paris", "it": "Europe/Rome", "nl": "Europe/Amsterdam",
    "pl": "Europe/Warsaw", "cs": "Europe/Prague", "fi": "Europe/Helsinki", "sv": "Europe/Stockholm",
    "no": "Europe/Oslo", "nb": "Europe/Oslo", "da": "Europe/Copenhagen", "ja": "Asia/Tokyo",
    "ko": "Asia/Seoul", "vi": "Asia/Ho_Chi_Minh", "tr": "Europe/Istanbul", "he": "Asia/Jerusalem",
    "fa": "Asia/Tehran", "uk": "Europe/Kyiv", "el": "Europe/Athens", "hu": "Europe/Budapest",
    "hy": "Asia/Yerevan", "az": "Asia/Baku",
}


def zones_for_region(zones: Mapping[str, str], region: str) -> Mapping[str, str]:
    """Return ``zones`` with the region's meanings of ambiguous abbreviations.

    An abbreviation the configuration changed from the lexicon default keeps the configured
    meaning: the configuration says what the archive means, the page only hints.
    """
    regional = REGIONAL_ZONES.get(region.lower())
    if not regional:
        return zones
    merged = dict(zones)
    for name, target in regional.items():
        if merged.get(name) == ZONES.get(name):
            merged[name] = target
    return MappingProxyType(merged)


def publisher_zone(locale: str) -> str:
    """Return the IANA zone a page's locale implies (``de-CH`` gives Europe/Zurich), or ""."""
    normalized = locale.strip().replace("_", "-").lower()
    if not normalized:
        return ""
    parts = normalized.split("-")
    for part in parts[1:]:
        if part in REGION_ZONE:
            return REGION_ZONE[part]
    return LANGUAGE_ZONE.get(parts[0], "")


_STRUCTURED = (StampSource.META, StampSource.JSONLD, StampSource.MICRODATA, StampSource.TIME_ELEMENT)


def _offset_name(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def stated_offset_zone(stamps: Iterable[Stamp]) -> str:
    """Return the non-UTC offset the page's own date fields state most (``+02:00``), or "".

    Only publication and update stamps of the markup count: a comment thread's ``<time>``
    elements say where the commenters' server is, not the publisher.
    """
    counts: Counter[str] = Counter()
    for stamp in stamps:
        moment = stamp.moment
        if (moment is None or not moment.zone_stated or moment.precision is Precision.DAY
                or stamp.source not in _STRUCTURED or stamp.kind not in (StampKind.PUBLISHED, StampKind.UPDATED)):
            continue
        offset = moment.value.utcoffset()
        if offset is None or not offset:
            continue
        counts[_offset_name(int(offset.total_seconds()) // 60)] += 1
    if not counts:
        return ""
    return counts.most_common(1)[0][0]


def visible_offset_zone(stamps: Iterable[Stamp], locale_zone: str = "") -> str:
    """Return the UTC offset a visible zone-less clock time reveals, or "".

    A byline "February 24, 2020 | 9:25pm" next to ``article:published_time`` 02:25Z the next
    day shows the same instant on a clock five hours behind UTC: the publisher's offset then.
    Only exact matches to the minute, on a quarter-hour offset within UTC-12..+14, count.

    ``locale_zone`` is the zone the page's locale implies (:func:`publisher_zone`). A page's
    clock times do not all show its publication: "05:00 Uhr" on a Swiss page lines up with the
    update stamp at 20:00Z as well as with the publication at 03:00Z. A locale's publishers sit
    in its zone or a neighbour's (Swedish is also written in Finland), so with a locale only
    offsets within :data:`_LOCALE_SPREAD` of the locale's own at that instant count, and of two
    seen as often, the one nearer the locale's wins.
    """
    listed = list(stamps)
    visible = [s for s in listed if s.source is StampSource.VISIBLE and s.moment is not None
               and not s.moment.zone_stated and s.moment.precision is not Precision.DAY]
    structured = [s for s in listed if s.source in _STRUCTURED and s.moment is not None and s.moment.zone_stated
                  and s.moment.precision is not Precision.DAY and s.kind in (StampKind.PUBLISHED, StampKind.UPDATED)]
    # each structured stamp's instant in UTC (wall clock), and the locale's offset then
    instants = []
    for stamp in structured:
        assert stamp.moment is not None
        instant = stamp.moment.value
        expected = _offset_minutes(timeutil.in_zone(instant, locale_zone)) if locale_zone else None
        instants.append((instant.astimezone(timezone.utc).replace(tzinfo=None, second=0, microsecond=0), expected))
    counts: Counter[int] = Counter()
    distance: dict[int, int] = {}  # how near the locale's offset each offset came
    for shown in visible:
        assert shown.moment is not None
        wall = shown.moment.value.replace(tzinfo=None, second=0, microsecond=0)
        for utc, expected in instants:
            minutes = int((wall - utc).total_seconds()) // 60
            if not (-12 * 60 <= minutes <= 14 * 60 and minutes % 15 == 0):
                continue
            if expected is not None:
                off = abs(minutes - expected)
                if off > _LOCALE_SPREAD:
                    continue
                distance[minutes] = min(distance.get(minutes, off), off)
            counts[minutes] += 1
    if not counts:
        return ""
    best = max(counts, key=lambda minutes: (counts[minutes], -distance.get(minutes, 0)))
    return _offset_name(best)


# How far (minutes) from its locale's offset a page's clock may be: one zone either way, and
# the hour daylight saving time moves it.
_LOCALE_SPREAD = 120


def _offset_minutes(value: datetime) -> int:
    offset = value.utcoffset()
    return int(offset.total_seconds()) // 60 if offset is not None else 0


def express_in_zone(stamps: Iterable[Stamp], zone_name: str) -> tuple[Stamp, ...]:
    """Show every instant stated in UTC on the publisher's wall clock (same instant, other offset).

    ``2023-11-01T23:01Z`` on an Italian page is ``2023-11-02T00:01+01:00``: the day its readers
    saw. Instants stated with another offset are already on some publisher's clock and stay as
    written; zone-less and day-only stamps too.
    """
    out: list[Stamp] = []
    for stamp in stamps:
        moment = stamp.moment
        if (moment is not None and moment.zone_stated and moment.precision is not Precision.DAY
                and not moment.value.utcoffset()):
            moved = timeutil.in_zone(moment.value, zone_name)
            if moved.utcoffset():
                stamp = replace(stamp, moment=replace(moment, value=moved))
        out.append(stamp)
    return tuple(out)
