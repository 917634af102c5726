"""Wire and newspaper datelines: "KABUL, Sept. 14 (Reuters) -", "NASHVILLE, Aug. 9 --".

The stamps reader takes a dated dateline as a stamp of its document; the grammar takes the day
of one that opens a story a day or two before its publication as the story's own today.
"""

from __future__ import annotations

import re
from datetime import date

from timecheck.grammar.lexicon import MONTHS

_MONTH_WORD = "|".join(sorted(MONTHS, key=len, reverse=True))
# "KABUL, Sept. 14 (Reuters) -", "WASHINGTON, Sept. 14, 2011 (AP) _", and the Indian press's
# "NEW DELHI, May 11: " and "NEW DELHI, March 13. Proceedings in the Lok Sabha ...". The place
# is upper case (AP and Reuters style; callers check it, as the pattern ignores case for the
# month).
DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'’ -]{1,40}(?:,[ \t]+[A-Z][A-Za-z. ]{1,30})?),[ \t]+"
    r"(?P<date>(?P<month>" + _MONTH_WORD + r")\.?[ \t]+(?P<day>\d{1,2})(?:,[ \t]+(?P<year>\d{4}))?)"
    r"(?:[ \t]+\([A-Za-z .-]{2,30}\))?[ \t]*(?:[-—–_]|:[ \t]|\.[ \t]+(?=[A-Z]))",
    re.IGNORECASE | re.MULTILINE,
)

# How far into a story its dateline may stand (characters): after a headline and a byline.
_OPENING = 600
# How many days before its publication a story's dateline may be for the dateline's day to be
# the story's today: a morning paper prints what was written the evening before, a Sunday or
# Monday paper what was written on Friday or Saturday. Further back is a dateline mismatch.
_MAX_LAG_DAYS = 2


def is_place(place: str) -> bool:
    """Whether a dateline's place is written as datelines write it: upper case, perhaps with a
    state or country after it ("BOISE, Idaho", "TALLAHASSEE, Fla.")."""
    return place.split(",", 1)[0].strip(" .-").isupper()


def dateline_day(text: str, published: date) -> date | None:
    """The day of the dateline that opens ``text`` when it is one or two days before
    ``published``: "NASHVILLE, Aug. 9 -- The governor said today ..." in the paper of Aug. 10
    tells of Aug. 9. None when there is no such dateline."""
    match = DATELINE.search(text, 0, _OPENING)
    if match is None or not is_place(match.group("place")):
        return None
    month, day = MONTHS[match.group("month").lower()], int(match.group("day"))
    years = [int(match.group("year"))] if match.group("year") else \
        [published.year, published.year - 1]
    for year in years:
        try:
            told = date(year, month, day)
        except ValueError:
            continue
        if 1 <= (published - told).days <= _MAX_LAG_DAYS:
            return told
    return None
