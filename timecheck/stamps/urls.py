"""Read the date a URL's path carries: ``/2019/05/03/``, ``/20190503/``, ``/2019-05-03-slug``.

CMSs put the publication day in the permalink when the story is first saved, so the path is a
witness of the publication date that survives later edits (TC108 compares the two). A path that
names only a year and month (``/2019/05/slug``) gives a month-only stamp.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timezone
from urllib.parse import unquote, urlsplit

from timecheck.model import Moment, Precision, Stamp, StampKind, StampSource
from timecheck.stamps.parse import impossible_date

# Selector suffix of a stamp that only knows the month (its moment is the first of the month).
MONTH_ONLY = "(month only)"

_YEAR = r"(?P<y>(?:19[89]|20[0-4])\d)"
# Path forms, most specific first. Each must be bounded by path punctuation so ids and prices
# ("/article-2019051234") are not read as dates.
_PATH_FORMS: tuple[re.Pattern[str], ...] = tuple(re.compile(form) for form in (
    r"/" + _YEAR + r"/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?=/|$|[-_.])",
    r"[/_-]" + _YEAR + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?=/|$|[-_.])",
    r"/" + _YEAR + r"(?P<m>[01]\d)(?P<d>[0-3]\d)(?=/|$|[-_.])",
    r"[/_-]" + _YEAR + r"_(?P<m>[01]\d)_(?P<d>[0-3]\d)(?=/|$|[-_.])",
    r"/(?P<d>[0-3]\d)-(?P<m>[01]\d)-" + _YEAR + r"(?=/|$|[-_.])",
))
_MONTH_FORM = re.compile(r"/" + _YEAR + r"/(?P<m>[01]?\d)(?=/|$)")


def url_date(url: str) -> tuple[int, int, int | None, str] | None:
    """Return (year, month, day or None, matched text) of the first date in a URL's path."""
    if not url:
        return None
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return None
    for pattern in _PATH_FORMS:
        match = pattern.search(path)
        if match and not impossible_date(int(match.group("y")), int(match.group("m")), int(match.group("d"))):
            return int(match.group("y")), int(match.group("m")), int(match.group("d")), match.group(0)
    match = _MONTH_FORM.search(path)
    if match and 1 <= int(match.group("m")) <= 12:
        return int(match.group("y")), int(match.group("m")), None, match.group(0)
    return None


def url_stamps(url: str) -> Iterator[Stamp]:
    """Yield the URL's date as a publication stamp (an OTHER stamp when it names only the month)."""
    found = url_date(url)
    if found is None:
        return
    year, month, day, text = found
    moment = Moment(datetime(year, month, day or 1, tzinfo=timezone.utc), Precision.DAY, False)
    if day is None:
        yield Stamp(StampKind.OTHER, StampSource.URL, url, moment, selector=f"url path {text} {MONTH_ONLY}")
        return
    yield Stamp(StampKind.PUBLISHED, StampSource.URL, url, moment, selector=f"url path {text}")


def is_month_only(stamp: Stamp) -> bool:
    """Say whether a URL stamp knows only the year and month."""
    return stamp.source is StampSource.URL and stamp.selector.endswith(MONTH_ONLY)
