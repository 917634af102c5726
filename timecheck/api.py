"""The library interface: ``check`` and ``extract``. The CLI is a thin layer over these."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date, datetime, timezone

from timecheck.engine import analyse, run
from timecheck.errors import InputError
from timecheck.model import Document, Moment, Precision, Report, TimeExpression
from timecheck.readers import read_paths
from timecheck.readers.text import document_from_text
from timecheck.settings import Settings
from timecheck.stamps.parse import read_stamp

Source = str | os.PathLike[str] | Document


def check(source: Source | Iterable[Source], *, settings: Settings | None = None,
          now: datetime | None = None) -> Report:
    """Lint files, folders or Documents and return every finding and input error.

    ``now`` is the current time for rules that need it (publication in the future); None turns
    those checks off rather than reading the clock.
    """
    settings = settings or Settings()
    return run(_documents(source, settings), settings=settings, now=now)


def extract(text: str, *, anchor: Moment | datetime | date | str | None = None,
            settings: Settings | None = None) -> tuple[TimeExpression, ...]:
    """Find and resolve the temporal expressions in ``text``.

    They are anchored on the publication stamp printed in the text if there is one, else on
    ``anchor`` (an ISO string, a date, an aware datetime or a Moment).
    """
    settings = settings or Settings()
    if anchor is not None:
        settings = replace(settings, anchor=to_moment(anchor, default_zone=settings.default_zone))
    document = document_from_text(text, path="<string>", doc_id="<string>", settings=settings)
    return analyse(document, settings=settings, now=None, rules=()).timexes


def to_moment(value: Moment | datetime | date | str, *, default_zone: str = "UTC") -> Moment:
    """Turn an ISO string, date or datetime into a Moment.

    Raises:
        ValueError: a string that is not a readable date or date-time.
    """
    if isinstance(value, Moment):
        return value
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return Moment(value.replace(tzinfo=timezone.utc), Precision.MINUTE, False)
        return Moment(value, Precision.MINUTE, True)
    if isinstance(value, date):
        return Moment(datetime(value.year, value.month, value.day, tzinfo=timezone.utc), Precision.DAY, False)
    stripped = value.strip()
    reading = read_stamp(stripped, zones={}, default_zone=default_zone)
    if reading.moment is None or stripped[reading.end:].strip():
        raise ValueError(f"not an ISO date or date-time: {value!r}")
    return reading.moment


def _documents(source: Source | Iterable[Source], settings: Settings) -> Iterator[Document | InputError]:
    if isinstance(source, (str, os.PathLike, Document)):
        source = [source]
    for item in source:
        if isinstance(item, Document):
            yield item
        else:
            yield from read_paths([os.fspath(item)], settings)
