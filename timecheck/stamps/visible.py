"""Find the stamps printed in an article's text: bylines, "Last Updated" lines and wire datelines.

Labels come in every language of ``stamps.languages`` ("Veröffentlicht am", "Mis à jour le",
"Stand:"); a web page's date-classed elements (``<span class="date">``) are read too, and a
plain-text article's URL line gives the date of its permalink.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping

from timecheck.grammar.dateline import DATELINE, is_place
from timecheck.grammar.lexicon import fold_case
from timecheck.grammar.trie import trie_regex
from timecheck.model import Stamp, StampKind, StampSource
from timecheck.stamps.languages import PUBLISHED_LABELS, UPDATED_LABELS, labels
from timecheck.stamps.metadata import Element
from timecheck.stamps.parse import STAMP_MONTHS, first_date, may_read_moment, read_stamp
from timecheck.stamps.urls import url_date, url_stamps

# Stamp labels as newsroom CMSs print them, longest first within a kind. A label counts at the
# start of a line or after a byline separator ("By Jane Doe | Updated ..."). English first (the
# labels of plain-text archives), then every language's labels.
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
) + tuple((StampKind.PUBLISHED, label) for label in labels(PUBLISHED_LABELS)) + tuple(
    (StampKind.UPDATED, label) for label in labels(UPDATED_LABELS))
_KIND_OF_LABEL: dict[str, StampKind] = {}
for _kind, _label in STAMP_LABELS:
    _KIND_OF_LABEL.setdefault(_label, _kind)
_LABEL_WORDS = sorted(_KIND_OF_LABEL, key=len, reverse=True)
# The letters a label may start with: a line of prose or of junk rarely starts with one.
_LABEL_INITIALS = "[" + "".join(sorted({re.escape(word[0]) for word in _LABEL_WORDS})) + "]"
_LABEL = re.compile(
    # Every run of blanks follows a required token, so no two runs compete for the same blanks:
    # the pattern stays linear on a megabyte of spaces (STYLE.md, Grammar).
    # The leading blanks are taken atomically ((?=(...))\1: Python 3.10 has no possessive *+).
    # A cheap look at the next letter first (one a label starts with): most line starts are not labels.
    r"(?:^|(?<=[|•·–—]))(?=[ \t(\[*_]*" + _LABEL_INITIALS + r")(?=(?P<lead>[ \t]*))(?P=lead)(?:[(\[*_]+[ \t]*)?(?P<label>"
    + trie_regex(_LABEL_WORDS)
    + r")(?![^\W\d_])[ \t]*(?:(?::|-|–|—)[ \t]*)?(?:(?:on|at|am|le|el|il|em|op|den|vom|du|à)\b[ \t]*(?::[ \t]*)?)?",
    re.IGNORECASE | re.MULTILINE,
)


# How much of the line after a label is read as its stamp (characters). The longest stamps
# ("Wednesday, 14 September 2011, 04:12 p.m. Eastern Standard Time") are under 80.
_STAMP_REACH = 160


def _line_after(text: str, start: int) -> str:
    """The rest of the line from ``start``, at most :data:`_STAMP_REACH` characters of it."""
    limit = start + _STAMP_REACH
    end = text.find("\n", start, limit)
    return text[start:end if end != -1 else limit]


# A decimal digit of any script: read_stamp reads Arabic, Devanagari... digits as ASCII ones.
_DIGIT = re.compile(r"\d")
# What may follow a label's blanks for find_visible_stamps to keep it when it reads no date: a
# line break (the date is on the next line) or a month word (an unreadable stamp such as
# "Published: May"). The month names are a trie (one branch per letter, not 284 alternatives
# tried in turn), behind a one-character look at the letters they start with; the trie matches
# whatever the flat alternation of _looks_dated matches at the same place, and more (no word
# boundary, and an inner space of a name matches one to three blanks).
_MONTH_INITIALS = "".join(sorted({re.escape(name[0]) for name in STAMP_MONTHS}))
_BREAK_OR_MONTH = re.compile(
    r"[^\S\n]{0,%d}(?:\n|(?i:(?=[%s])%s))" % (_STAMP_REACH, _MONTH_INITIALS, trie_regex(STAMP_MONTHS)))


# How far one search for a digit reads (characters): far more than a label's reach, so that a
# line of thousands of labels costs a few searches, and little enough that a text without digits
# is not read to its end for one label.
_DIGIT_SEARCH = 4096


class _DigitScan:
    """Find the first digit after each label, scanning every character of the text at most once.

    Labels come in text order and each reaches _STAMP_REACH characters, so in a line of labels
    the reaches overlap: searching each afresh would read every character many times over. So
    each search starts where the last one stopped, and reads ahead _DIGIT_SEARCH characters.
    """

    __slots__ = ("_text", "_digit", "_scanned_to")

    def __init__(self, text: str) -> None:
        self._text = text
        self._digit = sys.maxsize  # the last digit found, or sys.maxsize when it is passed or none
        self._scanned_to = 0  # no digit lies between the last label's end and here but _digit

    def first_after(self, end: int) -> int:
        """The position of the first digit at or after ``end``, or sys.maxsize.

        sys.maxsize always when the text has no such digit, and sometimes when it lies past
        ``end + _STAMP_REACH``. ``end`` may not be smaller than in the call before.
        """
        if self._digit < end:
            self._digit = sys.maxsize  # passed: the search below starts after it
        if self._digit == sys.maxsize and self._scanned_to < end + _STAMP_REACH:
            found = _DIGIT.search(self._text, max(end, self._scanned_to), end + _DIGIT_SEARCH)
            if found:
                self._digit = found.start()
                self._scanned_to = self._digit + 1
            else:
                self._scanned_to = end + _DIGIT_SEARCH
        return self._digit


def _may_hold_stamp(text: str, end: int, digit: int) -> bool:
    """Whether a stamp may follow the label that ends at ``end``: may say yes wrongly, never no.

    ``digit`` is what _DigitScan.first_after(end) says. find_visible_stamps keeps a label only
    if read_stamp finds a moment in what follows (which needs a digit: every date form has one)
    or if a colon announces a date-like word (a digit or a month name first). What follows is
    the rest of the line, at most _STAMP_REACH characters, or the next line when that rest is
    blank. Without this test every label costs a full reading, even in a line of thousands of
    labels and no date.
    """
    if digit < end + _STAMP_REACH and text.find("\n", end, digit) == -1:
        return True
    return _BREAK_OR_MONTH.match(text, end) is not None


# How many labels find_visible_stamps reads in full without finding a moment, at most, before it
# reads only labels that a moment may follow (parse.may_read_moment). Real pages have a handful;
# a hostile text of a label and a number repeated ("Published: 3 |", "Posted: 52530 |") would
# cost a full reading per label, and give an unreadable stamp (TC109) per label. Past the cap
# every stamp with a moment is still found; stamps without one are no longer reported.
_MAX_READINGS_WITHOUT_MOMENT = 32
# Where parse.may_read_moment may say yes: each of its date shapes holds, inside the text it is
# given, four digits that start a year-first date, a digit, a dot, one or two digits and a dot
# ("15.9.11"), or a year that comes last: four digits after a non-digit (group "year"), with the
# day (a digit) before it in the same text. A digit first, so that a search steps over the text
# between digits in one C loop; the look-arounds read only characters the shape holds, so what
# matches inside the text after a label matches at the same place in the whole text.
_DATE_SHAPE_START = re.compile(r"\d(?:(?=\d{3}(?:[-/.]|\s*[年년])|\.\d\d?\.\d)|(?<=\D\d)(?P<year>)(?=\d{3}))")


def _rest_after(text: str, labels: list[re.Match[str]], number: int) -> tuple[int, str]:
    """Where the text that label ``number`` reads starts, and that text.

    A stamp is a few words long and ends where the next label starts: a label in a line of
    thousands reads (and looks for the line's end in) only what follows it.
    """
    rest_start = labels[number].end()
    rest = _line_after(text, rest_start)
    if not rest.strip() and text.startswith("\n", rest_start + len(rest)):
        # "Veröffentlicht" on one line, the date on the next (<dt>/<dd>, table cells).
        rest_start += len(rest) + 1
        rest = _line_after(text, rest_start)
    if number + 1 < len(labels):
        rest = rest[:max(labels[number + 1].start() - rest_start, 0)]
    return rest_start, rest


def _next_label_with_date_shape(text: str, labels: list[re.Match[str]], ends: list[int], number: int) -> int:
    """The first label from ``number`` on whose text may hold a moment (may_read_moment), or ``len(labels)``.

    ``ends`` are the labels' ends. A label reads at most up to the next label's start, so only
    the last label that ends before a date shape may read it: one search and one bisection pass
    over every label before it, however many, without looking at them one by one.
    """
    position = ends[number] if number < len(labels) else len(text)
    while number < len(labels):
        shape = _DATE_SHAPE_START.search(text, position)
        if shape is None:
            return len(labels)
        # labels[number] ends before the shape, so the bisection gives a number no smaller.
        number = bisect_right(ends, shape.start(), number) - 1
        if shape.group("year") is not None and _DIGIT.search(text, ends[number], shape.start()) is None:
            # A year that comes last, with no day before it after the label ("Posted: 2019 |"):
            # not a date here, though another shape may follow in the same text.
            position = shape.start() + 1
            continue
        if may_read_moment(_rest_after(text, labels, number)[1]):
            return number
        number += 1
        position = ends[number] if number < len(labels) else len(text)
    return len(labels)


def find_visible_stamps(text: str, *, zones: Mapping[str, str], default_zone: str = "UTC",
                        dayfirst: bool | None = None, urls: bool = True) -> Iterator[Stamp]:
    """Yield every labelled stamp and dated dateline in ``text``, in text order.

    With ``urls``, a line that is only a URL with a date in its path ("Source: https://...")
    gives a URL stamp (plain-text archives print the permalink that way). Every labelled stamp
    with a moment is yielded; one without (unreadable, TC109) only among the first
    _MAX_READINGS_WITHOUT_MOMENT labels read in full that give no moment.
    """
    blocks = _blocks(text)
    labels = list(_matches(_LABEL, text, blocks))
    digits = _DigitScan(text)
    without_moment = 0  # labels read in full so far that gave no moment
    ends: list[int] = []  # the labels' ends, once past the cap
    number = -1
    while True:
        number += 1
        past_cap = without_moment >= _MAX_READINGS_WITHOUT_MOMENT
        if past_cap:
            # Only a stamp with a moment is yielded now: a hostile text of labels and numbers
            # ("Published: 3 |" a million times) skips to the next label with a date shape.
            ends = ends or [label.end() for label in labels]
            number = _next_label_with_date_shape(text, labels, ends, number)
        if number >= len(labels):
            break
        match = labels[number]
        if not _may_hold_stamp(text, match.end(), digits.first_after(match.end())):
            # Most labels of a hostile text ("Published: Updated: |" a million times) have no date
            # after them: skipped for well under a microsecond instead of a full reading.
            continue
        rest_start, rest = _rest_after(text, labels, number)
        label = " ".join(fold_case(match.group("label")).split())
        kind = _KIND_OF_LABEL[label]
        reading = read_stamp(rest, zones=zones, default_zone=default_zone, dayfirst=dayfirst)
        if reading.moment is None:
            if past_cap:
                continue
            without_moment += 1
        if reading.moment is None and _CLOCK_ONLY.match(rest):
            continue  # "Updated 9.45pm": a time on a day the line does not name; nothing to read
        if reading.moment is None and not (match.group(0).rstrip().endswith(":") and _looks_dated(rest)):
            # "Published three books" in running prose is not a stamp; an unreadable stamp still
            # counts (TC109) when a colon announces it and a date-like word follows.
            continue
        start = rest_start + (len(rest) - len(rest.lstrip(" \t([:,-")))
        end = rest_start + max(reading.end, start - rest_start)
        yield Stamp(
            kind=kind, source=StampSource.VISIBLE, raw=text[start:end] or rest.strip(),
            moment=reading.moment, span=(start, max(end, start + 1)),
            selector=f"label {match.group('label')!r}", zone_name=reading.zone_name,
            problem=reading.problem,
        )
    if urls:
        for match in _matches(_URL_LINE, text, blocks):
            if url_date(match.group("url")) is None:
                continue
            for stamp in url_stamps(match.group("url")):
                yield Stamp(stamp.kind, stamp.source, stamp.raw, stamp.moment, span=match.span("url"),
                            selector=stamp.selector)
    for match in _matches(DATELINE, text, blocks):
        if not is_place(match.group("place")):
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


# Blank stretches at least this long (counted from a line break) split the text into blocks.
_BLOCK_GAP = 64
# Lines per match of _BLOCK: the engine keeps backtracking state for every repetition, so one
# match over a million short lines would be slow; longer blocks are joined back in _blocks.
_BLOCK_LINES = 1000
# A block: a non-blank line and the lines after it, as long as less than _BLOCK_GAP blank
# characters (the line break included) lie between one and the next. It starts with a
# character class, so the engine steps over blank text in one C loop instead of trying every
# line start in it. Linear: each repetition begins at a line break the one before cannot
# reach, and nothing follows the repetition, so the engine never backtracks into a line.
_BLOCK = re.compile(rf"\S[^\n]*(?:\n\s{{0,{_BLOCK_GAP - 1}}}\S[^\n]*){{0,{_BLOCK_LINES - 1}}}")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) of every block of ``text``, each starting at the start of a line.

    Between blocks there are only whole blank lines, and no label, URL line or dateline crosses
    them: the only blanks such a match may hold across a line break are a label's inner spaces
    (at most three). So each match lies inside one block. A text of blank lines, or one long
    blank line, has no block at all.
    """
    blocks: list[tuple[int, int]] = []
    for match in _BLOCK.finditer(text):
        if blocks and match.start() - blocks[-1][1] <= _BLOCK_GAP:
            blocks[-1] = (blocks[-1][0], match.end())  # cut by the line limit, not by a blank stretch
        else:
            blocks.append((text.rfind("\n", 0, match.start()) + 1, match.end()))
    return blocks


def _matches(pattern: re.Pattern[str], text: str, blocks: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Yield what ``pattern.finditer(text)`` yields for this module's patterns, searching only ``blocks``.

    Searching a line-anchored pattern over a whole text tries it at every line start, a few
    dozen nanoseconds each: most of the cost of a text that is mostly line breaks.
    """
    for start, end in blocks:
        yield from pattern.finditer(text, start, end)


# A clock and nothing else: "9.45pm", "11:17 CET", "14.05 Uhr".
_CLOCK_ONLY = re.compile(r"[ \t(]*\d{1,2}[:.h]\d{2}(?::\d{2})?[ \t]*(?:[ap]\.?[ \t]?m\.?)?[ \t]*"
                         r"(?:[A-Z]{2,5}|uhr|h)?[ \t)]*$", re.IGNORECASE)
_STAMP_MONTH_WORD = "|".join(re.escape(name) for name in sorted(STAMP_MONTHS, key=len, reverse=True))
_DIGITS_OR_MONTH = re.compile(r"\d{1,4}\b|(?:" + _STAMP_MONTH_WORD + r")(?![^\W\d_])", re.IGNORECASE)
_URL_LINE = re.compile(
    # A cheap look at the first letter: one of the words below, "http" or "<".
    r"^(?=[ \t]*[ulspqfh<])[ \t]*(?:(?:url|source|link|permalink|quelle|lien|fuente)[ \t]*:[ \t]*)?<?"
    r"(?P<url>https?://[^\s<>\"]{4,400})>?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Class and id words that say which date an element shows.
_UPDATED_CLASS = re.compile(r"updat|modif|aktualisiert|changed|revised|stand", re.IGNORECASE)
_PUBLISHED_CLASS = re.compile(r"publi|pubdate|posted|created|entry-date|post-date|article-date|"
                              r"veroeffentlicht|erschienen|dateline", re.IGNORECASE)
_SKIP_CLASS = re.compile(r"comment|reply|related|teaser|widget|sidebar|footer|copyright", re.IGNORECASE)


def find_element_stamps(elements: Iterable[Element], *, text: str, zones: Mapping[str, str],
                        default_zone: str = "UTC", dayfirst: bool | None = None,
                        taken: Iterable[Stamp] = ()) -> Iterator[Stamp]:
    """Yield the date shown by each date-classed element (``<span class="date">19.10.2019</span>``).

    The element's class says what the date is ("updated", "published"); a label just before the
    date inside the element says it more precisely. Elements whose text is already a labelled
    stamp (``taken``) are skipped; a generic "date" or "meta" class gives an OTHER stamp, a
    candidate the choice uses only when nothing states the publication date.
    """
    covered = [stamp.span for stamp in taken if stamp.span is not None]
    for element in elements:
        if element.span is None or "boilerplate" in element.context:
            continue
        hints = " ".join((element.attr("class"), element.attr("id")))
        if _SKIP_CLASS.search(hints):
            continue
        start, end = element.span
        if any(s < end and start < e for s, e in covered):
            continue
        content = text[start:end]
        found = first_date(content, zones=zones, default_zone=default_zone, dayfirst=dayfirst)
        if found is None:
            continue
        offset, reading = found
        before = content[:offset].lower()
        if any(label in before for label in _UPDATED_WORDS):
            kind = StampKind.UPDATED
        elif any(label in before for label in _PUBLISHED_WORDS):
            kind = StampKind.PUBLISHED
        elif _UPDATED_CLASS.search(hints):
            kind = StampKind.UPDATED
        elif _PUBLISHED_CLASS.search(hints):
            kind = StampKind.PUBLISHED
        else:
            kind = StampKind.OTHER
        classes = ".".join(element.attr("class").split()[:3])
        selector = f"element {element.name}{'.' + classes if classes else ''}"
        if element.attr("id"):
            selector += f"#{element.attr('id')}"
        date_start = start + offset
        covered.append((date_start, date_start + reading.end))
        yield Stamp(kind, StampSource.VISIBLE, content[offset:offset + reading.end], reading.moment,
                    span=(date_start, date_start + max(reading.end, 1)), selector=selector,
                    zone_name=reading.zone_name, problem=reading.problem, position=None)


_UPDATED_WORDS = tuple(label for label in labels(UPDATED_LABELS) if len(label) > 3)
_PUBLISHED_WORDS = tuple(label for label in labels(PUBLISHED_LABELS) if len(label) > 3 and label != "datum")




def _looks_dated(rest: str) -> bool:
    head = rest.strip()[:24]
    return bool(head) and _DIGITS_OR_MONTH.match(head) is not None


_DATE_START = re.compile(
    r"(?<![\w.,/:-])(?:\d{1,4}(?=[./-]\d|[ \t]*\|[ \t]*\d|\.?[ \t]*[^\W\d_]|[ \t]*(?:de[ \t]+)?[^\W\d_]|年)|(?:"
    + _STAMP_MONTH_WORD + r")\.?[ \t]+\d)",
    re.IGNORECASE,
)


def find_text_dates(text: str, *, zones: Mapping[str, str], default_zone: str = "UTC",
                    dayfirst: bool | None = None, limit: int = 3, start: int = 0,
                    taken: Iterable[Stamp] = ()) -> Iterator[Stamp]:
    """Yield the first ``limit`` full dates written anywhere in the text after ``start`` as OTHER stamps.

    A page that states its date nowhere else usually prints it near the headline, unlabelled
    ("Donnerstag, 15.2.2018, 19:51"); these are the weakest candidates, used only when nothing
    labelled or structured speaks.
    """
    covered = [stamp.span for stamp in taken if stamp.span is not None]
    found = 0
    for match in _DATE_START.finditer(text, start):
        position = match.start()
        line_end = text.find("\n", position)
        chunk = text[position: line_end if line_end != -1 else len(text)][:80]
        reading = read_stamp(chunk, zones=zones, default_zone=default_zone, dayfirst=dayfirst)
        if reading.moment is None:
            continue
        # Dates already read as stamps still count in the numbering: "text date 1" is the
        # first date of the text, whoever found it.
        found += 1
        if not any(s <= position < e for s, e in covered):
            yield Stamp(StampKind.OTHER, StampSource.VISIBLE, chunk[:reading.end], reading.moment,
                        span=(position, position + reading.end), selector=f"text date {found}",
                        zone_name=reading.zone_name)
        if found >= limit:
            return
