"""Find the stamps printed in an article's text: bylines, "Last Updated" lines and wire datelines."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from timecheck.grammar.lexicon import MONTHS
from timecheck.model import StampKind, StampSource, Stamp
from timecheck.stamps.parse import read_stamp

# Stamp labels as newsroom CMSs print them, longest first within a kind. A label counts at the
# start of a line or after a byline separator ("By Jane Doe | Updated ...").
STAMP_LABELS: tuple[tuple[StampKind, str], ...] = (
    (StampKind.PUBLISHED, "first published"),
    (StampKind.PUBLISHED, "originally published"),
    (StampKind.PUBLISHED, "date published"),
    (StampKind.PUBLISHED, "publication date"),
    (StampKind.PUBLISHED, "published"),
    (StampKind.PUBLISHED, "posted"),
    (StampKind.UPDATED, "page last updated"),
    (StampKind.UPDATED, "last updated"),
    (StampKind.UPDATED, "last modified"),
    (StampKind.UPDATED, "date modified"),
    (StampKind.UPDATED, "updated"),
    (StampKind.UPDATED, "modified"),
)
_KIND_OF_LABEL = {label: kind for kind, label in STAMP_LABELS}
_LABEL = re.compile(
    r"(?:^|(?<=[|•·–—]))[ \t]*[(\[*_]*[ \t]*(?P<label>"
    + "|".join(re.escape(label).replace(r"\ ", r"[ \t]+") for _, label in STAMP_LABELS)
    + r")\b[ \t]*(?::|-|–|—)?[ \t]*(?:(?:on|at)\b[ \t]*:?)?[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
# Wire dateline: "KABUL, Sept. 14 (Reuters) -", "WASHINGTON, Sept. 14, 2011 (AP) _". The place is
# upper case (AP and Reuters style); only datelines that carry a date become stamps.
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]+[A-Z][A-Za-z. ]{1,30})?),[ \t]+"
    r"(?P<date>(?:" + _MONTH_WORD + r")\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?)"
    r"(?:[ \t]+\([A-Za-z .-]{2,30}\))?[ \t]*[-—–_]",
    re.IGNORECASE | re.MULTILINE,
)


def find_visible_stamps(text: str, *, zones: Mapping[str, str], default_zone: str = "UTC",
                        dayfirst: bool | None = None) -> Iterator[Stamp]:
    """Yield every labelled stamp and dated dateline in ``text``, in text order."""
    for match in _LABEL.finditer(text):
        label = " ".join(match.group("label").lower().split())
        kind = _KIND_OF_LABEL[label]
        line_end = text.find("\n", match.end())
        rest = text[match.end(): line_end if line_end != -1 else len(text)]
        reading = read_stamp(rest, zones=zones, default_zone=default_zone, dayfirst=dayfirst)
        if reading.moment is None and not (match.group(0).rstrip().endswith(":") and _looks_dated(rest)):
            # "Published three books" in running prose is not a stamp; an unreadable stamp still
            # counts (TC109) when a colon announces it and a date-like word follows.
            continue
        start = match.end() + (len(rest) - len(rest.lstrip(" \t([:,-")))
        end = match.end() + max(reading.end, start - match.end())
        yield Stamp(
            kind=kind, source=StampSource.VISIBLE, raw=text[start:end] or rest.strip(),
            moment=reading.moment, span=(start, max(end, start + 1)),
            selector=f"label {match.group('label')!r}", zone_name=reading.zone_name,
            problem=reading.problem,
        )
    for match in _DATELINE.finditer(text):
        if not match.group("place").strip(" .-").isupper():
            continue
        raw = match.group("date")
        reading = read_stamp(raw, zones=zones, default_zone=default_zone, dayfirst=dayfirst)
        yield Stamp(
            kind=StampKind.DATELINE, source=StampSource.VISIBLE, raw=raw, moment=reading.moment,
            span=match.span("date"), selector=f"dateline {match.group('place').strip()!r}",
            # A year-less dateline is normal wire style, not a defect: choose.complete_datelines
            # gives it the year nearest the publication.
            problem="" if reading.problem.startswith("no year") else reading.problem,
        )


_DIGITS_OR_MONTH = re.compile(r"\d{1,4}\b|\b(?:" + _MONTH_WORD + r")\b", re.IGNORECASE)


def _looks_dated(rest: str) -> bool:
    head = rest.strip()[:24]
    return bool(head) and _DIGITS_OR_MONTH.match(head) is not None
