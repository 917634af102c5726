"""Find temporal expressions in text and normalize them to TIMEX3 values.

The one entry point is :func:`find_expressions`. It runs in two separate steps: the tagger
(:mod:`timecheck.grammar.tagger`) finds spans and what they say, the resolver
(:mod:`timecheck.grammar.resolver`) applies the anchor and the tense of the sentence
(:mod:`timecheck.grammar.tense`). Long lists of dates, which are no prose, are read from a memory
of their items (:mod:`timecheck.grammar.lists`). Nothing here reads files, the clock or the
environment.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import Literal

from timecheck.grammar import lexicon
from timecheck.grammar.dateline import dateline_day
from timecheck.grammar.mention import Direction, Mention, Relation
from timecheck.grammar.resolver import (DAY_GRAINS, GRAINS, Period, Resolution, holiday_day,
                                        holiday_days, period_interval, resolve)
from timecheck.grammar.lists import MIN_RUN, read_lists
from timecheck.grammar.tagger import (OPENS_AT, OPENS_AT_CHARS, Tagged, Triggers, clock_gloss,
                                      clock_mark, clock_on_day, scan, tag)
from timecheck.grammar.tense import (Tense, TenseReading, may_hold_marker, nearest_marker,
                                     read_tense)
from timecheck.grammar.values import day_value
from timecheck.model import Interval, Moment, Precision, TimeExpression, TimexType
from timecheck.timeutil import add_months

__all__ = ["find_expressions"]

# How far back (in characters) a mentioned date still serves as the reference for "two days
# later" or "the year-earlier period": roughly a few paragraphs of news copy.
_REFERENCE_REACH = 1500
# How far (characters) after a day "the day before" or "that day" may count from it over a
# year named in passing between them: the sentence after.
_DAY_BEFORE_YEAR_REACH = 400
# What joins a day to the year it is of: "that Saturday afternoon [in] 1945".
_YEAR_OF_DAY = re.compile(r",?\s(?:in|of)\s")
# What tells a year in passing, before it in its clause: a count since it ("its largest sale
# since the currency was floated in [1999]", "the party he had led since"), a move into it
# ("pushed revenue into"), a figure it is compared with ("up from 36.2 per cent in"), a
# determiner of the noun it modifies ("asking about a [2021] planning decision").
_PASSING_YEAR_BEFORE = re.compile(
    r"(?:\b(?:since|into)\s(?:[^.;:!?,()]{0,60}\sin\s)?"
    r"|\b(?:up|down)\sfrom\s(?:[^.;:!?,()]|\.(?=\d)){0,40}\sin\s"
    r"|\b(?:a|an|its|their|his|her)\s)$")
_PASSING_YEAR_CHARS = 90
# How far (characters) after the day a story tells of a clock told in the past is still of it,
# across years its background names: a few sentences.
_EVENT_CLOCK_REACH = 600
# A date in apposition before a day counted in an event ("Feb. 3, the 16th day", "yesterday on
# the last day"), and the event after such a day before its date ("first day of the Lord's Test
# on Wednesday", "first day of the first Test at the Basin Reserve today").
_DATE_BEFORE_ORDINAL = re.compile(r"(?:,|\s(?:on|was|is))\s(?:the|his|her|its|their)\s")
# A day value with its day unknown ("2011-08-XX", "XXXX-XX-XX"), and what names the day again
# right after it ("Three days later, on Sunday").
_UNDATED_DAY = re.compile(r"(?:\d{4}|XXXX)-(?:\d\d|XX)-XX")
_DAY_NAMED_AGAIN = re.compile(r",\s(?:on\s)?")
_EVENT_BEFORE_DATE = re.compile(r"\s(?:of|in)\s[^,.;:!?()]{1,80}?(?:,\s|\son\s|\s)")
# A word that tells of what is to come, in the sentence before a day ("will be held on
# February 3", "is expected around June 26"), and how far back it is looked for.
_TO_COME_BEFORE = re.compile(r"\b(?:will|expected|scheduled|due|set\sto|plans?\sto|going\sto)\b"
                             r"[^.!?;]*$", re.IGNORECASE)
_TO_COME_CHARS = 120
# What tells of a time before the story's today, in a clock's sentence: evidence a court heard
# ("The court heard that", "the jury was told how"; the past perfect alone is no sign: "had
# treated 47 people by 2pm"); and how far back it is looked for.
_TOLD_EARLIER_BEFORE = re.compile(
    r"\b(?:court|jury|jurors|inquest|hearing|tribunal|magistrates)\s(?:was\s|were\s|has\s"
    r"|had\s)?(?:heard|told)\b[^.!?;]*$", re.IGNORECASE)
_TOLD_EARLIER_CHARS = 160
# How many days before the anchor that day may be when a season or month was named after it.
_EVENT_DAY_RECENT = 7
# How old a period may be and still be what a story is "about" (a year and a month: annual
# results are compared with the year before).
_TOPIC_AGE_DAYS = 400
# How many recent periods the topic is chosen from.
_TOPIC_MEMORY = 32


def find_expressions(text: str, *, anchor: Moment | None,
                     zones: Mapping[str, str] | None = None,
                     dayfirst: bool | None = None) -> tuple[TimeExpression, ...]:
    """Return the temporal expressions in ``text``, sorted by start and not overlapping.

    Args:
        text: the text to search.
        anchor: the instant relative expressions count from (the publication date); None
            leaves them underspecified (``XXXX-XX-XX``) and without an interval.
        zones: zone abbreviations to IANA names or offsets; defaults to ``lexicon.ZONES``.
        dayfirst: True when the text writes numeric dates day first ("05/12/2018" is 5
            December), as its page language or the archive's settings say; otherwise month
            first, the US news order. A first number above 12 is a day either way.
    """
    table = lexicon.ZONES if zones is None else {**lexicon.ZONES, **zones}
    today = anchor
    if anchor is not None:
        told = dateline_day(text, anchor.value.date())
        if told is not None:
            # "NASHVILLE, Aug. 9 -- The governor said today" in the paper of Aug. 10: the
            # story's today is the day it was written (what it tells in the past may still
            # be of the paper's day: "did not arrive until shortly after 1 A.M. Friday")
            today = Moment(anchor.value.replace(year=told.year, month=told.month, day=told.day,
                                                hour=0, minute=0, second=0, microsecond=0),
                           Precision.DAY, anchor.zone_stated)
    triggers = scan(text)
    lists = read_lists(text, triggers.spans,
                       lambda part: _find(part, scan(part), (), anchor, today, table, dayfirst)) \
        if len(triggers.spans) >= MIN_RUN else None
    if lists is None or not lists.handled:
        return _find(text, triggers, (), anchor, today, table, dayfirst)
    prose = _find(text, triggers, lists.handled, anchor, today, table, dayfirst)
    return _merge(prose, lists.expressions)


def _merge(prose: tuple[TimeExpression, ...],
           listed: list[TimeExpression]) -> tuple[TimeExpression, ...]:
    """The expressions of the prose and of the lists in one, sorted and without overlaps.

    They overlap only at the edges of a list: of two that do, the longer stays, on a tie the
    one from the prose. A list is long and the prose near it short, so the list is copied in
    slices around the prose expressions, not looked at one by one.
    """
    if not prose:
        return tuple(listed)
    starts = [expression.start for expression in listed]
    merged: list[TimeExpression] = []
    copied = 0  # listed[:copied] are in merged or dropped
    for expression in prose:
        first = bisect.bisect_left(starts, expression.start)
        if first and listed[first - 1].end > expression.start:
            first -= 1
        stop = bisect.bisect_left(starts, expression.end)
        length = expression.end - expression.start
        if any(item.end - item.start > length for item in listed[first:stop]):
            continue  # a longer list item holds it
        if first > copied:
            merged += listed[copied:first]
        merged.append(expression)
        copied = max(copied, stop)
    merged += listed[copied:]
    return tuple(merged)


def _find(text: str, triggers: Triggers, skip: Sequence[tuple[int, int]], anchor: Moment | None,
          today: Moment | None, table: Mapping[str, str],
          dayfirst: bool | None) -> tuple[TimeExpression, ...]:
    """find_expressions without lists: tag and resolve, with the memory of the story so far.

    ``skip`` are the ranges the lists took (:func:`timecheck.grammar.tagger.tag`); ``today``
    is the day "today", "tonight" and a clock alone are of (the anchor's, or a dateline's).
    """
    found: list[TimeExpression] = []
    # Two memories: the period mentioned last ("two days later" counts from it) and the periods
    # mentioned lately near the anchor, of which the story is about the one named most often
    # ("a year earlier", "the year-ago quarter" compare with it, even after the comparison
    # year itself was named).
    reference: Period | None = None
    reference_end = -1
    reference_start = -1
    reference_counted = False
    # the period mentioned before the one mentioned last, and where it ended ("April 5" in
    # "Easter falls on April 5 and Orthodox Easter a week later")
    earlier: tuple[int, Period] | None = None
    reference_dated = False  # whether the period mentioned last was named with its year
    reference_founded = False  # whether it was the year a subject began, in an aside
    # Whether the period mentioned last is the day of a report ("officials said on Wednesday"),
    # and the day mentioned last that is not, where it ended: a clock alone after a report's
    # day is of the day the report tells of ("stormed the consulate on Tuesday night, officials
    # said on Wednesday. The attack began at 9:40 p.m.")
    reported = False
    event_day: tuple[int, Period] | None = None
    # whether the period mentioned last is a day that no clock after it is of: the end of a span
    # a figure covers ("the three months to December 31"), the first day of a month-long feast
    # ("launched in Ramadan 2024")
    clockless = False
    aside_day = False  # whether it is a weekday's possessive naming another event
    # whether it is a day of the story's background, more than a week before the story's day
    # ("80 years since Soviet soldiers liberated it on January 27, 1945"): a clock alone in a
    # sentence after it is of the story's day
    background = False
    # the last holidays named without a year: their index in ``found`` and their names
    named_holidays: list[tuple[int, str]] = []
    # the year of each month and day without a year that a verb placed ((month, day): year)
    dated_days: dict[tuple[int, int], int] = {}
    timeline: Period | None = None  # the last clock of an incident timeline ("14:02 - ...")
    # the day of the last expression that heads a line or stands on one alone: a live blog's
    # day ("Sunday 29 December 2024") or timestamp ("17:45 GMT", "Yesterday, 9.50pm")
    line_day: Period | None = None
    topics: list[tuple[int, Period]] = []
    year_to_date = -1  # where "the nine months" was named last
    recent = anchor.value.date() - timedelta(days=_TOPIC_AGE_DAYS) if anchor else None
    found_tags = tag(text, triggers, skip)
    # where in ``found`` the clocks alone told in the past and placed on the anchor's day are
    told_clocks: list[int] = []
    first_day: tuple[int, Period] | None = None  # the last weekday read, where it ended
    first_month: tuple[int, Period] | None = None  # the same for a month named alone
    first_date: tuple[int, Period] | None = None  # and for a month and day without a year
    first_clock: tuple[int, Period] | None = None  # and for a time of day named alone
    evening_clock: tuple[int, Period] | None = None  # the last clock, when it was an evening's
    day_clock: tuple[int, Period] | None = None  # and for a clock on a weekday ("8pm Friday")
    # the last year that opened a sentence ("In 2019, ...", "This year, ..."): start, end, year
    opening_year: tuple[int, int, int] | None = None
    # "the week", where it ended, and whether it is an ordinal quarter or half without a year
    the_week: tuple[int, Period, bool] | None = None
    # a set of days ("Sundays", "daily"), where it ended, the value of its day, and whether a
    # clock of it came last
    recurring: tuple[int, str, bool] | None = None
    # where the last day of a range of weekdays of every week is ("[Friday]"), and where it
    # ended once read
    weekly = weekly_end = -1
    label_day: date | None = None  # the day of the last weekday label read ahead
    schedule = -1  # where the last item of a weekly schedule (its days, their hours) ended
    span_days = -1  # where the last span of days ended ("from June 23 through [July 6]")
    last_clause: Tagged | None = None  # what told the tense of the last one
    # a week named relative to the anchor's ("next week"): where it ended and the week, for the
    # weekdays after it in its sentence ("report next week, including Duke Energy on Tuesday")
    named_week: tuple[int, Period] | None = None
    # where the last month, season or quarter narrowing a year ended, and the year
    narrowed: tuple[int, int] | None = None
    # whether the text names a fiscal year ("FY25", "the Budget for 2024-25", "this fiscal"):
    # then its years written "2024-25" are fiscal ones
    fiscal_years = any(named.rule in ("fiscal-year", "relative-fiscal-year", "split-year")
                       and named.mention.fiscal for named in found_tags)
    for index, tagged in enumerate(found_tags):
        if reference is not None and tagged.start - reference_end > _REFERENCE_REACH:
            reference = None
        mention = tagged.mention
        if dayfirst and tagged.rule in _NUMERIC_DATE_RULES:
            mention = _day_first(mention)
        if found and mention.type is TimexType.DATE and mention.day is None \
                and mention.hour is None \
                and (mention.weekday or mention.value[:9] == "XXXX-WXX-") \
                and (gap := _APPOSITIVE.fullmatch(text, found[-1].end, tagged.start)) \
                and (gap.group()[-1:] != "(" or text.startswith(")", tagged.end)) \
                and (named := _DAY_VALUE.fullmatch(found[-1].value)) is not None:
            mention = _weekday_of(mention, date(*map(int, named.groups())))
        if found and (_bare_month(mention) or _yearless_day(mention)) \
                and _YEAR_OF_NOUN.fullmatch(text, found[-1].end, tagged.start) \
                and found[-1].type is TimexType.DATE and found[-1].value.isdigit() \
                and len(found[-1].value) == 4:
            # "Last year's average July temperature": the month of the year whose it is
            mention = mention.with_changes(year=int(found[-1].value))
        if tagged.rule == "split-year" and fiscal_years and not mention.fiscal \
                and mention.year is not None and not _NOT_FISCAL_AFTER.match(text, tagged.end):
            # "by 2025-26" in a story that names its years as fiscal ("the Budget for 2024-25",
            # "FY25"): one, named by the year it ends in, as they are
            mention = mention.with_changes(year=mention.year + 1)
        following = found_tags[index + 1] if index + 1 < len(found_tags) else None
        yearless, bare_month = _yearless_day(mention), _bare_month(mention)
        if following is not None and (yearless or bare_month):
            year = _range_end_year(text, tagged, following, anchor)
            if year is not None:
                mention = mention.with_changes(year=year)  # "from March 3 to May 5, 2019"
                yearless = bare_month = False
        if following is not None and bare_month and following.rule == "year" \
                and following.mention.year is not None \
                and text.startswith(" in ", tagged.end) and tagged.end + 4 == following.start:
            # "moved back to March in 2019": the month of that year
            mention = mention.with_changes(year=following.mention.year)
            bare_month = False
        if following is not None and _bare_season(mention) and following.mention.season \
                and following.mention.year is not None \
                and (_AND.fullmatch(text, tagged.end, following.start)
                     or _DAY_RANGE.fullmatch(text, tagged.end, following.start)):
            # "in the spring and summer of 2022": the year the second season states
            mention = mention.with_changes(year=following.mention.year)
        elif following is not None and _bare_weekday(mention) \
                and following.rule == "weekday+relative-unit" \
                and following.mention.relation is Relation.ANCHOR \
                and _WEEKDAY_PAIR_OF_WEEK.fullmatch(text, tagged.end, following.start):
            # "Tuesday and Wednesday of last week", "Monday or Friday next week": the days of
            # the week the second names
            mention = following.mention.with_changes(weekday=mention.weekday)
        if following is not None and mention.hour is not None and mention.hour < 12 \
                and _BARE_CLOCK.fullmatch(text, tagged.start, tagged.end) \
                and _afternoon_end(text, tagged, following, mention.hour):
            # "from 2:05 to 4:40 p.m.": the first time is in the afternoon too
            mention = mention.with_changes(hour=mention.hour + 12)
        elif following is not None and mention.hour is not None \
                and following.mention.part in _LATE_HOURS \
                and _LATE_HOURS[following.mention.part][0] <= mention.hour \
                <= _LATE_HOURS[following.mention.part][1] \
                and _BARE_CLOCK.fullmatch(text, tagged.start, tagged.end) \
                and (text.startswith(" on ", tagged.end) and tagged.end + 4 == following.start
                     or tagged.end + 1 == following.start
                     and following.rule in ("this-part", "that-part")):
            # "at about 10:30 on Friday night", "at 11.15 that night": a clock without a.m. or
            # p.m. in the part of the day named after it
            mention = mention.with_changes(hour=mention.hour + 12)
        head = _line_head(text, tagged.start, tagged.end) \
            if tagged.start <= _LINE_OPENING_CHARS \
            or text.rfind("\n", tagged.start - _LINE_OPENING_CHARS, tagged.start) >= 0 else ""
        if reference is not None and reference.part in _LATE_PARTS and mention.hour is not None \
                and mention.hour < 12 and not head and (
                    _AT_CLOCK.fullmatch(text, reference_end, tagged.start)
                    and _BARE_CLOCK.fullmatch(text, tagged.start, tagged.end)
                    or _late_in_sentence(text, tagged, following, reference.part, reference_end)):
            # "Wednesday night at 7:05", "Tonight is the final, tip-off at 8:50 Eastern": a
            # clock without a.m. or p.m. in that part of the day
            mention = mention.with_changes(hour=mention.hour + 12)
        if reference is not None and reference.grain in _CLOCK_GRAINS and index \
                and mention.hour is not None and 1 <= mention.hour < 12 and not head \
                and found_tags[index - 1].end == reference_end \
                and (reference.hour or 0) - _EVENING_EARLIER_HOURS <= mention.hour + 12 \
                and tagged.start - reference_end <= _LATE_CLOCK_REACH \
                and _BARE_CLOCK.fullmatch(text, tagged.start, tagged.end) \
                and text[tagged.start] != "0" \
                and clock_mark(text, found_tags[index - 1].start, reference_end) == "p" \
                and text.find("\n\n", reference_end, tagged.start) < 0:
            # "tonight at 6:30 p.m. ET, followed by the Holiday Bowl at 9:45", "The show is at
            # 4:30 p.m. Doors open at 3:45": a clock without a.m. or p.m. soon after one of the
            # afternoon or evening is of it, when that puts it near
            mention = mention.with_changes(hour=mention.hour + 12)
        base = reference
        if mention.relation is Relation.REFERENCE and earlier is not None and found \
                and found[-1].rule == "holiday" and found[-1].end == reference_end \
                and text[reference_end:tagged.start] == " " \
                and tagged.start - earlier[0] <= _REFERENCE_REACH:
            # "Easter falls on April 5 and Orthodox Easter a week later": the count says when
            # the holiday falls, from the day named before it
            base = earlier[1]
        elif base is not None and event_day is not None \
                and mention.relation is Relation.REFERENCE \
                and mention.unit == "day" and not mention.comparison \
                and base.grain in ("year", "decade", "century") \
                and event_day[0] < reference_start \
                and tagged.start - event_day[0] <= _DAY_BEFORE_YEAR_REACH \
                and not _YEAR_OF_DAY.fullmatch(text, event_day[0], reference_start) \
                and not (text.startswith(("that", "That"), tagged.start)
                         and text.endswith("since ", 0, reference_start)) \
                and (base.grain in ("decade", "century") or _PASSING_YEAR_BEFORE.search(
                    text, max(0, reference_start - _PASSING_YEAR_CHARS), reference_start)
                     or reference_dated and base.grain == "year"
                     and base.day.year == event_day[1].day.year):
            # "$8 billion on Dec. 19 alone, its largest sale since the currency was floated in
            # 1999. The real hit a record low the day before": a day counts from the story's
            # day named before, not from a year told in passing (but "the minute the first
            # plane struck the North Tower in 2001. Nearly 3,000 people were killed that day"
            # is of the year's event, as "illnesses since 2001 now exceed the number killed
            # that day" is, and "on that Saturday afternoon in 1945" names the Saturday's year);
            # no day counts from a decade ("withdrew on Jan. 9 after it was disclosed that a
            # maid had lived in her home in the early 1990s. Bush named Chao two days later");
            # nor from the year the day is in ("rates will rise on January 1 ... would pay
            # $2,000 more in 2013. On the same day, ...")
            base = event_day[1]
        if base is not None and base is reference and mention.relation is Relation.REFERENCE \
                and mention.unit in ("year", "month") and not mention.comparison \
                and not mention.offset and not mention.anaphoric \
                and " that " not in f" {text[tagged.start:tagged.end].lower()} " \
                and not _BE_BEFORE.search(text, max(0, tagged.start - 8), tagged.start) \
                and _SINCE_BEFORE_YEAR.search(text, max(0, reference_start - _SINCE_CHARS),
                                              reference_start) is not None:
            # "has carried out three executions since last fall and had planned two more
            # before the end of the year": the start of a span is no time the story is about,
            # so "the year" is the anchor's (but "since 1995. That was the year", "since 2023
            # and in Japan since late that year" name it again)
            base = None
        named_by_next = False  # the year of this one is named by the next expression
        if mention.comparison or mention.anaphoric:
            topics = [(end, period) for end, period in topics
                      if tagged.start - end <= _REFERENCE_REACH]
            base = _compared_with(text, mention, tagged.start, reference, reference_end, topics,
                                  year_to_date, reference_dated)
            if base is not None and tagged.rule == "ago" and anchor is not None \
                    and base.day > anchor.value.date():
                # "operation in the second half of 2027, rather than late 2026 as planned a
                # year ago": "ago" counts back from now, never from a time to come
                base = None
        clause = tagged
        listed_after: TimeExpression | None = None  # the day of a list's item before this one
        if following is not None and clock_on_day(text, tagged, following):
            clause = following  # "9:30 a.m. on Tuesday": the day's tense decides
        elif following is not None and mention.hour is not None \
                and following.mention.hour is not None and index + 2 < len(found_tags) \
                and _CLOCK_RANGE_JOIN.fullmatch(text, tagged.end, following.start) \
                and clock_on_day(text, following, found_tags[index + 2]):
            clause = found_tags[index + 2]  # "from 6am to 9pm on Thursday": so does the first
        elif last_clause is not None \
                and (yearless or bare_month or _bare_weekday(mention)) \
                and (_yearless_day(found_tags[index - 1].mention)
                     or _bare_month(found_tags[index - 1].mention)
                     or _bare_weekday(found_tags[index - 1].mention)) \
                and _LIST_ITEM.fullmatch(text, found_tags[index - 1].end, tagged.start) \
                and not may_hold_marker(text[found_tags[index - 1].end:tagged.start]):
            # "India face England on October 29 and South Africa on November 5", "play at
            # Minnesota on Tuesday, at Winnipeg on Thursday": the next item of a list, with no
            # verb of its own, is told as the first
            clause = last_clause
            if yearless and found and found[-1].end == found_tags[index - 1].end \
                    and _yearless_day(found_tags[index - 1].mention):
                listed_after = found[-1]
        elif last_clause is not None and _bare_weekday(mention) \
                and _bare_weekday(found_tags[index - 1].mention) \
                and _WEEKDAY_PAIR.fullmatch(text, found_tags[index - 1].end, tagged.start) \
                and not _CLAUSE_AFTER_DAY.match(text, tagged.end):
            # "was on track to make landfall late Wednesday or early Thursday": the second day
            # of a pair is told as the first (but "was arrested Monday and Friday he will
            # appear" opens a clause of its own)
            clause = last_clause
        elif last_clause is not None and _bare_weekday(mention) \
                and any(_bare_weekday(before.mention) for before in found_tags[index - 2:index]) \
                and tagged.start - last_clause.end <= _LISTED_DAY_REACH \
                and _SENTENCE_BREAK.search(text, last_clause.end, tagged.start) is None \
                and not read_tense(text, tagged.start, tagged.end).marked:
            # "plays South Korea on Saturday at 5 p.m. in Chicago and Japan on Tuesday": a
            # weekday with no verb of its own after another in its sentence is told as it
            clause = last_clause
        last_clause = clause
        tense_of = _TenseOf(text, clause.start, clause.end)
        if reported and event_day is not None and _bare_clock(mention) \
                and tagged.start - event_day[0] <= _REFERENCE_REACH \
                and (base is None or (base.day - event_day[1].day).days <= _EVENT_DAY_RECENT):
            # (what a report tells of is of the days before it, not "reunified on Oct. 3",
            # two months before "results released early today")
            base = event_day[1]
        if earlier is not None and base is not None and base is reference \
                and _day_grain(earlier[1]) and earlier[1].day < base.day \
                and _REPORT_FORM_DAY_BEFORE.search(
                    text, max(0, reference_start - _REPORT_FORM_CHARS), reference_start) \
                and mention.relation is Relation.REFERENCE and mention.unit in ("day", "week") \
                and (mention.offset or 0) > 0 and not mention.comparison and anchor is not None \
                and base.day >= anchor.value.date() and tense_of().tense is Tense.PAST:
            # "made a proposal on Jan. 5, the drugmaker said in a statement today. AstraZeneca
            # rejected the offer two days later": a count told in the past from the day the
            # report tells of, not from the report's day
            base = earlier[1]
        if base is not None and base is reference and _bare_clock(mention) and (
                clockless or aside_day
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is not None):
            # "reported results late on Friday. Revenue for the three months to December 31 rose
            # 8%. Okoro told analysts on a call at 5 p.m.": the clock is of the story's day (or,
            # with none, of the text's); so is one in a sentence after a weekday's possessive
            # that names another event (:func:`_possessive_aside`)
            base = event_day[1] if event_day is not None \
                and tagged.start - event_day[0] <= _EVENT_CLOCK_REACH else None
        elif base is not None and base is reference and background and _bare_clock(mention) \
                and today is not None \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is not None:
            # "gathered on Monday to mark 80 years since Soviet soldiers liberated it on January
            # 27, 1945. The ceremony, beginning at 4 p.m.": of the story's latest day, or today
            base = event_day[1] if event_day is not None \
                and tagged.start - event_day[0] <= _EVENT_CLOCK_REACH \
                and abs((today.value.date() - event_day[1].day).days) <= _EVENT_DAY_RECENT \
                else None
        if base is not None and _bare_clock(mention) \
                and _BRIEFING_AFTER.match(text, tagged.end) is not None \
                and _SAID_AT_BEFORE.search(text, max(0, tagged.start - _SAID_AT_CHARS),
                                           tagged.start) is not None:
            # "Nenshi said at an 8 a.m. briefing", "Ford told reporters at a 10 a.m. news
            # conference": the report's briefing is of the story's day, not of a day it tells of
            base = None
        if base is not None and _bare_clock(mention) \
                and _market_quote(text, tagged.start, tagged.end, reference_start, reference_end):
            # "The rate on the bill due Oct. 24 fell 28 basis points to 0.04 percent at 11:30
            # a.m. in New York", "shares jumped 14 percent to 45.69 pounds at 4:30 p.m. in
            # London": a price at a clock of a market's city is of the story's trading day, not of
            # a day named before it
            base = None
        if base is not None and base is reference and event_day is not None \
                and _bare_clock(mention) and base.grain in ("month", "quarter") \
                and text.endswith("for ", 0, reference_start) \
                and tagged.start - event_day[0] <= _EVENT_CLOCK_REACH \
                and text.find("\n\n", event_day[0], tagged.start) < 0:
            # "Tuesday: Trading resumes. The manufacturing index for August is out at 10 a.m.":
            # the month a figure is for is no day of the clock, the day named before it is
            base = event_day[1]
        elif base is not None and base is reference and event_day is not None \
                and anchor is not None and _bare_clock(mention) \
                and (base.grain in ("year", "decade")
                     or base.grain in ("season", "month", "quarter", "half")
                     and (anchor.value.date() - event_day[1].day).days <= _EVENT_DAY_RECENT
                     or base.grain == "week" and text.find("\n", event_day[0], tagged.start) < 0
                     and (anchor.value.date() - event_day[1].day).days <= _EVENT_DAY_RECENT) \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is not None \
                and tagged.start - event_day[0] <= _EVENT_CLOCK_REACH \
                and (reading := tense_of()).marked \
                and (event_day[1].day <= anchor.value.date() and reading.tense is Tense.PAST
                     or 0 < (event_day[1].day - anchor.value.date()).days <= _EVENT_DAY_RECENT
                     and reading.tense is Tense.FUTURE and base.grain in ("year", "decade")
                     and _EVERY_BEFORE.search(text, max(0, tagged.start - _EVERY_CHARS),
                                              tagged.start) is None
                     and _EVERY_AFTER.match(text, tagged.end,
                                            tagged.end + _EVERY_CHARS // 2) is None):
            # "Germany beat Argentina in the final on Sunday. It was their fourth title after
            # 1954, 1974 and 1990. The final kicked off at 4pm": a clock told in the past is of
            # the day the story tells of, not of the years its background names (nor of the
            # season, month or week, after a day of the week just gone: "halted departures on
            # Saturday during the busiest weekend of the summer. The system went down at 6:10",
            # "traded Tolliver on Wednesday, clearing salary room before next week's NBA draft.
            # The deal was completed shortly after 4 p.m.", in one paragraph);
            # so is one told in the future after a day of the coming week ("to gather on
            # Saturday morning to watch the first annular eclipse since 2012. The ring will
            # appear at 9:16 a.m."; not a habit's: "meets on the second Tuesday of each month at",
            # "open from 10am until late every day")
            base = event_day[1]
        if base is not None and base is reference and not reference_dated and anchor is not None \
                and tagged.rule in ("edge-of-unit", "the-year") and mention.unit == "year" \
                and mention.relation is Relation.REFERENCE \
                and reference.grain not in ("year", "decade", "century") \
                and abs(reference.day.year - anchor.value.year) == 1 \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is not None \
                and (reference.day.year > anchor.value.year or tense_of().tense is not Tense.PAST):
            # "shipments will not restart until mid-January. Others will not reach hospitals
            # before the end of the year", said in November: a month the tense put in the year
            # next to the anchor's names no year for "the year" after it (but "On March 3,
            # 2011, ... By the end of the year" does, so does a story's older year, and the
            # year just gone may be what a past clause tells of)
            base = None
        if base is not None and base is reference and reference_start >= 0 \
                and tagged.rule in ("edge-of-unit", "the-year") and not mention.comparison \
                and _IN_RELATIVE.search(text, max(0, reference_start - _CLAUSE_BEFORE_CHARS),
                                        reference_start) is not None \
                and "," in text[reference_end:tagged.start] \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is None:
            # "The Knicks, who began preparing in February, plan to meet three free agents by
            # the end of the week": a date in a relative clause that has closed is no period
            # of the clause around it
            base = None
        if base is not None and base is reference and reference_start >= 0 \
                and _bare_clock(mention) and base.grain == "day" \
                and (relative := _IN_RELATIVE.search(
                    text, max(0, reference_start - _CLAUSE_BEFORE_CHARS),
                    reference_start)) is not None \
                and "," in text[reference_end:tagged.start] \
                and _SENTENCE_BREAK.search(text, relative.start(), tagged.start) is None \
                and not any(relative.start() <= told.start < reference_start
                            and told.mention.hour is not None for told in found_tags[:index]):
            # "Mr. Carney, who became prime minister on March 14, spoke to supporters at about
            # 12:45 a.m.": a day in a relative clause that has closed is no day of the clocks of
            # the clause around it (but one whose clock the clause tells is the night's: "The
            # Dali, which had left at about 12:45 a.m. on Tuesday, issued a mayday call at
            # 1:27 a.m.")
            base = None
        if base is not None and base is reference and not reference_dated \
                and base.season == "WI" and mention.unit == "year" \
                and tagged.rule in ("edge-of-unit", "the-year") and not mention.comparison:
            # "reports earlier this winter suggested he could leave at the end of the year",
            # said in March: a winter spans two years and names neither for "the year"
            base = None
        if base is not None and base is reference and tagged.rule == "part-alone" \
                and mention.part in _NIGHT_PARTS and base.grain in _CLOCK_GRAINS \
                and (base.hour or 0) < _SMALL_HOURS_END \
                and text.startswith(("earlier", "Earlier"), tagged.start):
            # "signed the measure at about 12:30 a.m. The Senate had passed the deal earlier in
            # the evening": the evening before the small hours
            base = base.changed(day=base.day - timedelta(days=1))
        if base is not None and base is reference and tagged.rule == "the-year" \
                and mention.unit in ("week", "month", "year") \
                and text.endswith(("rest of ", "remainder of "), 0, tagged.start) \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is not None \
                and tense_of().tense is not Tense.PAST:
            # "Storms hit on Sunday. The weather would be drier for the rest of the week": what
            # is left of the anchor's week, not of the week of a day told before
            base = None
        if base is not None and (tagged.rule == "in-the-unit" and mention.unit == "day"
                                 or tagged.rule == "part-alone"
                                 or tagged.rule == "the-year" and base.grain == "year") \
                and anchor is not None and base.day != anchor.value.date() \
                and (reading := tense_of()).marked \
                and reading.tense is (Tense.PAST if base.day > anchor.value.date()
                                      else Tense.FUTURE) \
                and (reading.tense is Tense.PAST or reading.certain):
            # "His term ends in May 2026. Stocks fell earlier in the day", "funds could run out
            # by Oct. 22. Leaders met later in the day", "will visit on Thursday. Modi spoke to
            # him in the morning": what a past clause tells of is of no day named as still to
            # come, so of the anchor's; and what one sure to come tells of, of no day gone ("The
            # warning was issued at 4pm yesterday. Winds will ease from early afternoon"); so
            # is "the year" after a year to come ("starting next year. Approvals have climbed
            # for most of the year")
            base = None
        if base is not None and base is reference and anchor is not None \
                and _bare_clock(mention) \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is not None \
                and (_other_side(base.day, anchor.value.date(), tense_of())
                     or (reading := tense_of()).scheduled and reading.tense is Tense.FUTURE
                     and (anchor.value.date() - base.day).days > _EVENT_DAY_RECENT):
            # "He'll be sworn in on January 20. Trump declared victory at 2:30 a.m.": a clock
            # told in the past is of no day named before to come, one told in the future of no
            # day of years gone ("the last eclipse, on 21 August 2017. In Dallas, the partial
            # phase will begin at 12:23pm"), one an event set in the present starts at of no day
            # more than a week gone ("the previous poll, taken Dec. 2-7. Caucuses begin at 7
            # p.m.", said on Jan. 15)
            base = None
        elif base is not None and base is reference and anchor is not None \
                and _bare_clock(mention) \
                and base.day < anchor.value.date() \
                and (reading := tense_of()).tense is Tense.FUTURE and reading.certain \
                and (sentence := _sentence_after(text, reference_end, tagged.start)) is not None \
                and _WILL_OR_SET.search(sentence) is not None:
            # "finished fourth on Aug. 11 and has not raced since. First Avenue will close to
            # traffic from 9 a.m.": what "will" be done, or is set to be, is of no day gone (but
            # "Strikes continued until about 11:30 a.m." is of the day before, whatever "until"
            # says of the clause)
            base = None
        if base is not None and not mention.comparison and (
                mention.anaphoric or mention.relation is Relation.REFERENCE and not mention.offset
                and not text.startswith(("that", "That"), tagged.start)) \
                and mention.unit in ("year", "month", "week") and anchor is not None \
                and _unit_before(base.day, anchor.value.date(), mention.unit) \
                and tense_of().tense is Tense.FUTURE \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is not None \
                and ((would := _WOULD.search(text, max(0, tagged.start - _WOULD_REACH),
                                             tagged.start) is not None)
                     and base.day.year < anchor.value.year
                     and not _opens_sentence(text, reference_start, reference_end, tagged.start)
                     and not _starts_sentence(text, reference_start - 3)
                     or not would and not _told_in_past(text, reference_end, tagged.start)):
            # "Inflation peaked in 2011. The bank expects it to fall by the end of the year": a
            # period to come is the story's own, not a year of its background (but a results
            # story's "this quarter", "for the quarter" is the quarter it reports, and "demanded
            # in early February that forces withdraw by the end of the month" February's end).
            # A report of an earlier year's plan names its day: without one, "She was killed in
            # 2021. The commissioner said the reforms would be in place by the end of the year"
            # is told now, of this year
            base = None
        if base is not None and base is reference and event_day is not None \
                and mention.relation is Relation.REFERENCE and mention.offset == 0 \
                and mention.granularity == "day" and reference.grain in _COARSE_GRAINS \
                and tagged.start - event_day[0] <= _REFERENCE_REACH \
                and event_day[0] <= reference_start \
                and (_BACKGROUND_YEAR.search(text, max(0, reference_start - 60), reference_start)
                     or _NOUN_AFTER_YEAR.match(text, reference_end)
                     or mention.part and reference.grain != "month"
                     and tagged.start - event_day[0] <= _EVENT_CLOCK_REACH):
            # "Police were called to the flat on Friday. The suspect, who had been jailed in
            # 2015, was arrested that night", "The fiscal year began Oct. 1 without a budget
            # after Republicans insisted on defunding the 2010 health care law. Workers were
            # furloughed that morning": the day the story tells of, not a year of its background
            # (nor, for a part of the day, any year: "arrived on Tuesday morning. It was the first
            # meeting since the peninsula was divided in 1945. They held talks that afternoon")
            base = event_day[1]
        if base is not None and base is reference and mention.relation is Relation.REFERENCE \
                and mention.unit in ("day", "week") and mention.offset and mention.offset < 0 \
                and reference.grain in _COARSE_GRAINS \
                and text.endswith("since ", 0, reference_start):
            # "Cases are at their highest since 2019. The count rose by 36 from a week earlier":
            # a week before the story's, not before a year it measures from
            base = None
        if base is not None and base is reference and mention.relation is Relation.REFERENCE \
                and not mention.offset and mention.unit in ("year", "month") \
                and text.endswith("since ", 0, reference_start) \
                and tense_of().tense is Tense.FUTURE:
            # "has been consulting since last year and said a decision would be made by the end
            # of the year": a year measured from is no year the plan is of
            base = None
        if base is None and tagged.rule == "later" and mention.offset and mention.offset > 0 \
                and ((reading := tense_of()).tense is Tense.PRESENT and reading.marked
                     or text.endswith("on", 0, tagged.end)
                     and (not reading.marked or reading.tense is not Tense.PAST
                          and not reading.certain)):
            # "Fifty years on, the biggest problem is ...", "Ten years later, they are touring
            # again", a headline's "Ten years on", with nothing dated before: the years gone on
            # since a past the text does not date end now
            mention = mention.with_changes(offset=0)
        day_labelled = False  # whether a day's label ahead heads this line
        if (_bare_weekday(mention) or not head and _weekday_clock(mention)
                and mention.direction is Direction.TENSE) and anchor is not None \
                and ((label := _day_label(text, tagged, head)) == "ahead"
                     or label and (_list_ahead(text, tagged.start) if line_day is None
                                   else line_day.day >= anchor.value.date())
                     or head == "head" and text.startswith(":", tagged.end)
                     and line_day is not None and line_day.day > anchor.value.date()):
            # a forecast's lines, "Forecast / Tuesday: Dry and bright, with a frost to start.",
            # and those after a line of the day itself: with no verb to say otherwise, the days
            # ahead (a recap's "Monday: Police arrested 12", a timeline's "March 6: ... /
            # Tuesday: Ontario adds a surcharge", lines under "Last week's results" are gone);
            # so are a calendar's day headings on lines of their own ("Listings for the week
            # ahead. / MONDAY / Story time, 10:30 a.m."); and a day's label whose line looks
            # ahead by itself ("TUESDAY: Kenneth Clarke will deliver his Budget."), or that
            # follows the label of a day ahead, whatever its entry tells of its background
            # ("WEDNESDAY: ... / THURSDAY: The Senate votes, having put off the ballot"); and
            # a bullet's day, with its clock ("are scheduled over the next two weeks: / -
            # Saturday, 9 a.m. to 3 p.m., at the Elks Lodge.")
            tense_of.tense = _looks_ahead()
            day_labelled = True
        if mention.weekday is not None and mention.direction is not Direction.PAST \
                and mention.month is None and mention.day is None \
                and _FOR_BEFORE.search(text, max(0, tagged.start - 10), tagged.start) \
                and _DRAW_AFTER_POSSESSIVE.match(text, tagged.end) \
                and not _JUDGED_FOR.search(text, max(0, tagged.start - 60), tagged.start):
            # "The jackpot for Saturday's drawing resets to $40 million", "tickets for Friday's
            # game": the event a prize or a ticket is for is to come, whatever the clause
            # tells of ("lifting the jackpot for Friday's drawing to $412 million")
            mention = mention.with_changes(direction=Direction.TENSE)
            tense_of.tense = _looks_ahead()
        elif mention.direction is Direction.RECENT and mention.weekday is not None \
                and _EVENT_AFTER_POSSESSIVE.match(text, tagged.end) \
                and not text.endswith("after ", 0, tagged.start) \
                and (reading := tense_of()).scheduled and reading.tense is Tense.FUTURE:
            # "Voters go to the polls in Saturday's election": an event the clause sets ahead,
            # not the last one reported (nor one a headline's present follows: "Stocks rise
            # after Tuesday's election")
            mention = mention.with_changes(direction=Direction.TENSE)
        elif mention.direction is Direction.RECENT and mention.weekday is not None \
                and mention.month is None and mention.day is None and today is not None \
                and 0 < (mention.weekday - today.value.isoweekday()) % 7 <= _POSSESSIVE_AHEAD_DAYS \
                and not _OUTCOME_OF_BEFORE.search(text, max(0, tagged.start - 12), tagged.start) \
                and not _UNPLANNED_AFTER.match(text, tagged.end) \
                and (not ((reading := tense_of()).marked and reading.tense is Tense.PAST)
                     or _RESCHEDULED_BEFORE.search(text, max(0, tagged.start - 40), tagged.start)):
            # a possessive of tomorrow's weekday, or the day after's, names the event to come,
            # whatever the clause tells of ("organizers moved Saturday's mass ascension
            # earlier", told on a Thursday; "The other teams in Friday's draw are"): the last
            # one is six or five days gone, which a writer calls "last Saturday's" (but "captured
            # the suspect in Monday's bombings", told on a Saturday, is of the Monday gone)
            mention = mention.with_changes(direction=Direction.TENSE)
            tense_of.tense = _looks_ahead()
        if head and _bare_clock(mention) and (line_day is not None or head == "alone"):
            # "Sunday 29 December 2024 / 17:45 GMT / Services will remain suspended until
            # Tuesday. / 16:58 GMT / ...": a live blog's timestamp on a line of its own is of
            # the day of the timestamp or day above it (or of the anchor's), not of the day
            # an entry tells of; so is a timeline's entry after the first ("14:10 - ...")
            base = line_day
        elif head == "head" and _bare_clock(mention) and reference is not None \
                and today is not None and reference.day > today.value.date() \
                and text.find("\n\n", reference_end, tagged.start) >= 0:
            # "... the House will not return until Oct. 14. / 4:12 p.m. ET: Senate vote fails
            # again": the first stamp of a live blog is of today, not of a day to come named in
            # a paragraph before it (a day gone may be the one a timeline tells of: "The outage
            # began on Tuesday, Oct. 31. / Timeline (UTC): / 14:02 - Automated alerts fire.")
            base = None
        if mention.unit == "week" and mention.offset == 0 and anchor is not None \
                and anchor.value.isoweekday() == 7 and mention.direction is Direction.TENSE \
                and mention.weekday is None \
                and (mention.relation is Relation.ANCHOR or base is None) \
                and (_AHEAD_ALONE.match(text, tagged.end) is not None
                     or (reading := tense_of()).marked and reading.tense is Tense.FUTURE
                     and _TOLD_THEN.search(text, max(0, tagged.start - _CLAUSE_BEFORE_CHARS),
                                           tagged.start) is None):
            # "will vote this week", "Rain will ease by the weekend", said on a Sunday: the week
            # beginning tomorrow (but "Markets fell this week", "The Nasdaq is down 1.5% for the
            # week", and what was said or due earlier, "said on Thursday that he would decide
            # later this week", "The talks were due to end this week", are of the week ending);
            # so is "The week ahead"
            mention = mention.with_changes(offset=1)
        if mention.offset == 1 and mention.unit == "year" and anchor is not None \
                and anchor.value.month == 1 and tagged.rule == "the-year" \
                and text.endswith("new year", tagged.start, tagged.end):
            # "the first week of the new year will bring a cold snap", said on Jan. 2: the year
            # just begun
            mention = mention.with_changes(offset=0)
        if tagged.rule == "sports-season" and mention.type is TimexType.DATE \
                and anchor is not None and anchor.value.month <= _SEASON_ENDS_BY \
                and _SUMMER_LEAGUE.search(text) is None:
            # "this season", said in March of an NBA story: the season that began last autumn
            mention = mention.with_changes(offset=(mention.offset or 0) - 1)
        if base is not None and base is reference and mention.relation is Relation.REFERENCE \
                and not mention.comparison \
                and (mention.unit in ("day", "week") or not mention.unit and mention.weekday) \
                and reference.grain in _COARSE_GRAINS and event_day is not None \
                and event_day[0] <= reference_start \
                and _SENTENCE_BREAK.search(text, event_day[0], tagged.start) is None \
                and not _IN_MONTH.search(text, max(0, reference_start - 8), reference_start):
            # "will release May CPI data on June 25, followed by April GDP figures three days
            # later", "Prices follow on Tuesday, January 13, and sales for November later that
            # week": days counted from the day the sentence named, not from a month it names
            # as a thing's (but "would begin in June and finish three weeks later" counts from
            # June)
            base = event_day[1]
        elif _bare_clock(mention) and event_day is not None and today is not None \
                and (base is None or not _day_grain(base)) \
                and event_day[1].day < today.value.date() \
                and tagged.start - event_day[0] <= _EVENT_CLOCK_REACH \
                and _TOLD_EARLIER_BEFORE.search(text, max(0, tagged.start - _TOLD_EARLIER_CHARS),
                                                tagged.start) is not None:
            # "was given a life sentence this morning for the murder on the evening of 9 August
            # 2002. ... The court heard that he had finished a shift at about 9.45pm": a clock of
            # what a court heard is of the day the story told of, not of today
            base = event_day[1]
        if reference_founded and base is not None and base is reference \
                and tagged.rule in ("edge-of-unit", "the-year") and mention.unit == "year" \
                and mention.relation is Relation.REFERENCE:
            # "The company, founded in 1996 by two students, said it would triple its staff by
            # the end of the year": the year a subject began is no year the text goes on in
            # (but a count goes on from it: "BRICS, founded in 2009, added South Africa a year
            # later"; and "The company was founded in 1996. By the end of the year" is its)
            base = None
        result = resolve(mention, anchor=today if today is not anchor and (
            tagged.rule in _STORY_DAY_RULES or base is None and _bare_clock(mention)) else anchor,
            tense=tense_of, reference=base, zones=table)
        if tagged.rule == "the-year" and mention.unit == "day" and base is not None \
                and result.value.endswith("-XX"):
            # "Stocks swung throughout the day" after "in March": the story's day, not a day
            # of the month named before (as "that same day" would be)
            result = resolve(mention, anchor=today, tense=tense_of, reference=None, zones=table)
        if today is not None and result.period is not None \
                and mention.month is not None and mention.day is not None \
                and mention.year is None and mention.weekday is None \
                and mention.direction is Direction.TENSE \
                and result.period.day < today.value.date() \
                and _day_distance(result.period.day, result.period.day.year + 1,
                                  today.value.date()) <= _PLANNED_AHEAD_DAYS \
                and (planned := _PLANNED_BEFORE.search(
                    text, max(0, tagged.start - _PLANNED_CHARS), tagged.start)) is not None \
                and _SENTENCE_BREAK.search(text, planned.start(), tagged.start) is None \
                and not _NOT_UNTIL.search(text, max(0, tagged.start - _PLANNED_CHARS),
                                          tagged.start) \
                and not _WHEN_PAST_AFTER.match(text, tagged.end):
            # "The tribunal said it had postponed the ruling until Aug. 18", told on Aug. 5,
            # "had faced an Oct. 18 deadline": a day set for what is planned, a few weeks on,
            # not the one almost a year gone the past tense would pick
            result = resolve(mention.with_changes(year=result.period.day.year + 1),
                             anchor=anchor, tense=tense_of, reference=base, zones=table)
        if listed_after is not None and result.period is not None \
                and result.period.grain == "day" \
                and (listed := _DAY_VALUE.match(listed_after.value)) is not None:
            # "Amsterdam (June 28), Paris (July 2), Berlin (July 5-6)": the items of a list of
            # days go on in order from the first (in the year of the one before, or the year
            # after it for an earlier day, unless the clause tells of the past)
            listed_year, listed_month, listed_day = map(int, listed.groups())
            if (result.period.day.month, result.period.day.day) < (listed_month, listed_day) \
                    and not ((reading := tense_of()).marked and reading.tense is Tense.PAST):
                listed_year += 1
            result = _in_year(result, listed_year)
        if yearless and result.period is not None and result.period.grain == "day":
            placed = dated_days.get((result.period.day.month, result.period.day.day))
            reading = tense_of()
            if reading.certain or reading.marked and reading.tense is Tense.FUTURE:
                dated_days[(result.period.day.month, result.period.day.day)] = \
                    result.period.day.year
            elif placed is not None and placed != result.period.day.year \
                    and not (reading.marked and reading.tense is not Tense.PRESENT):
                # "The tour opens in Glasgow on October 3. Among the highlights are Glasgow
                # Barrowland (October 3), ...": a day named again, with no verb to place it (or
                # only a present, which takes the nearer one), is the one a verb placed before
                result = _in_year(result, placed)
            if anchor is not None and result.period is not None \
                    and result.period.day < anchor.value.date() and found \
                    and reading.marked and reading.tense is Tense.FUTURE \
                    and (joined := _DAY_VALUE.fullmatch(found[-1].value)) is not None \
                    and date(*map(int, joined.groups())) > anchor.value.date() \
                    and _JOINED_DAYS.fullmatch(text, found[-1].end, tagged.start) is not None:
                # "will celebrate the anniversary on October 1 and the return of Macao on
                # December 20": days joined under one verb that looks ahead are both to come
                result = _in_year(result, result.period.day.year + 1)
        if base is not None and base is reference and (
                reference.part in ("EV", "NI") or reference.grain == "day" and anchor is not None
                and reference.day < anchor.value.date() and not _NEXT_DAY_AFTER.match(
                    text, tagged.end) and (
                    text.startswith(("late ", "Late "), reference_start)
                    or text.endswith(("night of ", "evening of "), 0, reference_start))) \
                and not text.startswith(("Tonight", "tonight"), reference_start) \
                and _bare_clock(mention) and mention.hour is not None and mention.hour < 6 \
                and result.period is not None and result.period.day == reference.day \
                and len(_SENTENCE_BREAK.findall(text, reference_end, tagged.start)) <= 1:
            # "On Thursday night I watched the results until about 3am", "Last night, at about
            # 2", "gave her victory speech late Tuesday. A man was arrested at about 12:20
            # a.m.", "drinking on the night of Aug. 11 ... tested at 2:40 a.m.": the small hours
            # after a night are of the day after it
            day = result.period.day + timedelta(days=1)
            result = _moved(result, result.period, day, result.period.changed(day=day).value())
        if tagged.rule == "overnight" and _day_grain(reference) and reference is not None \
                and anchor is not None and reference.day < anchor.value.date() \
                and result.period is not None and result.period.day != reference.day \
                and found and found[-1].end == reference_end \
                and found[-1].rule in _NAMED_DAY_RULES \
                and _NEXT_CLAUSE.search(text, reference_end, tagged.start) is not None \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is None \
                and _REPORT_WORD.search(text, reference_end, tagged.start) is None \
                and not _REPORT_DAY_BEFORE.search(
                    text, max(0, reference_start - _REPORT_DAY_CHARS), reference_start) \
                and (reading := tense_of()).marked and reading.tense is Tense.PAST:
            # "Milton made landfall at about 8:30 p.m. on Wednesday and cut across the state
            # overnight", "formed over the Gulf on Friday and raced up the coast overnight": the
            # night of the day gone that the clause before named, or before its morning ("By
            # Saturday morning, police had arrested 97, and 218 cars had been burned overnight"),
            # not of a report's day ("said on Sunday that troops had moved overnight")
            night = reference.day - timedelta(days=1) if reference.part == "MO" \
                else reference.day
            result = _moved(result, result.period, night,
                            result.period.changed(day=night).value())
        if base is not None and mention.relation is Relation.REFERENCE and mention.unit == "day" \
                and mention.offset and mention.offset > 0 and anchor is not None \
                and result.period is not None \
                and result.period.day > anchor.value.date() \
                and not (base.day > anchor.value.date() and base is reference
                         and _TO_COME_BEFORE.search(text, max(0, reference_start - _TO_COME_CHARS),
                                                    reference_start) is not None
                         and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is None) \
                and not (base.grain == "part" and base.day == anchor.value.date()) \
                and _PLANNED_TO.search(text, max(0, tagged.start - 60), tagged.start) is None \
                and (reading := tense_of()).marked and reading.tense is Tense.PAST:
            # "He used the card at 11.32pm and again the following morning, the court was
            # told", "He died in hospital two days later": what a past clause tells of is of no
            # day after the story's, so of one the text does not date (but a story told late
            # in its day may go on into the next: "The storm hit on Thursday night, and by the
            # next morning 50,000 homes were without power", and what was planned, "planned to
            # meet again three days later", may still be to come, as may a day after one told
            # as to come in its sentence: "will be held on February 3, the company said, with a
            # cremation the following day")
            result = resolve(mention, anchor=anchor, tense=tense_of, reference=None, zones=table)
        if reference is not None and _day_grain(reference) and mention.weekday is not None \
                and mention.day is None and mention.relation is Relation.NONE \
                and result.period is not None and _day_grain(result.period) \
                and _THAT_DAY.search(text, max(0, tagged.start - 24), tagged.start) \
                and not text.startswith(("'s", "\u2019s"), tagged.end):
            # "The attacks came on Sept. 11, 2001. Some were not yet born that Tuesday
            # morning": the day told of, or the weekday after it ("By that Friday")
            days_on = (mention.weekday - reference.day.isoweekday()) % 7
            day = reference.day + timedelta(days=days_on)
            result = _moved(result, result.period, day, result.period.changed(day=day).value())
        elif reference is not None and (_day_grain(reference) or reference.grain == "week") \
                and mention.weekday is not None and mention.day is None \
                and mention.relation is Relation.NONE and mention.direction is Direction.TENSE \
                and result.period is not None and _day_grain(result.period) \
                and text.endswith(("the ", "The "), 0, tagged.start) \
                and tagged.start - reference_end <= _REFERENCE_REACH \
                and _AFTER_THE_DAY.match(text, tagged.end):
            # "The festival runs Friday, Aug. 2 through Sunday, Aug. 4. Vix will play on the
            # Saturday night", "The summit opens on Monday, June 17, and ends on the Wednesday",
            # "debates are set for the week of April 11, with the English debate on the
            # Tuesday": that weekday of the week told of, the nearest to its day
            if reference.grain == "week":
                day = reference.day + timedelta(days=mention.weekday - reference.day.isoweekday())
            else:
                days_on = (mention.weekday - reference.day.isoweekday()) % 7
                day = reference.day + timedelta(days=days_on - 7 if days_on > 3 else days_on)
            result = _moved(result, result.period, day, result.period.changed(day=day).value())
        if reference is not None and mention.holiday and found and found[-1].end == reference_end \
                and reference.grain == "day" and result.period is not None \
                and result.period.day != reference.day \
                and _HOLIDAY_APPOSITIVE.fullmatch(text, reference_end, tagged.start) \
                and holiday_day(mention.holiday, reference.day.year) == reference.day:
            # "on Jan. 6, the feast of Epiphany": the holiday is the day set before it
            result = _moved(result, result.period, reference.day, day_value(reference.day))
        if reference is not None and mention.relation is Relation.REFERENCE and found \
                and found[-1].end == reference_end and result.period is not None \
                and _APPOSITIVE_COUNT.fullmatch(text, reference_end, tagged.start) \
                and GRAINS.index(reference.grain) >= GRAINS.index(result.period.grain) \
                and (reference_dated or result.period.grain not in ("year", "decade", "century")):
            # "not recovered until March 24, nine days later", "freed in April 1945, about three
            # months later": the count names the date set before it, in its own grain or a
            # coarser one, not one counted from it (but in "followed in February, two years
            # later" the count tells the year)
            result = _as_period(result, Period(result.period.grain, reference.day))
        if found and anchor is not None and result.period is not None \
                and result.period.grain == "day" and result.period.day < anchor.value.date() \
                and found[-1].end < tagged.start \
                and (count := _COUNT_BEFORE.fullmatch(found[-1].value)) is not None \
                and _BEFORE.fullmatch(text, found[-1].end, tagged.start):
            # "It came less than three weeks before Christmas", said on Dec. 15: the Christmas
            # to come, when what came before it has passed
            ahead = resolve(mention, anchor=anchor, tense=_looks_ahead, reference=base,
                            zones=table)
            days = int(count.group(1)) * (7 if count.group(2) == "W" else 1)
            if ahead.period is not None and ahead.period.day > anchor.value.date() \
                    and ahead.period.day - timedelta(days=days) <= anchor.value.date():
                result = ahead
        if tagged.rule == "relative-weekday" and anchor is not None \
                and result.period is not None and result.period.grain in _DAY_GRAINS \
                and text[tagged.start:tagged.start + 5].lower() == "next " \
                and result.period.day == anchor.value.date() + timedelta(days=1):
            # "will be released next Friday", said on a Thursday: not tomorrow, which a writer
            # calls "Friday" or "tomorrow", but the Friday of the week after (tomorrow stays
            # the other reading)
            tomorrow = result.period.day
            day = tomorrow + timedelta(days=7)
            result = replace(_moved(result, result.period, day,
                                    result.period.changed(day=day).value()),
                             alternatives=(day_value(tomorrow),))
        if day_labelled and (labelled_day := result.period) is not None \
                and labelled_day.grain in _DAY_GRAINS:
            day = labelled_day.day
            if label_day is not None and label_day - timedelta(days=7) < day <= label_day:
                # "Thursday: ... / Friday: ... / Saturday: ... / Sunday: Quieter", said on a
                # Sunday: a run of labels goes forward, each after the one before
                day += timedelta(days=7)
                result = _moved(result, labelled_day, day, labelled_day.changed(day=day).value())
            label_day = day
        if _bare_weekday(mention) and anchor is not None and found \
                and result.period is not None and result.period.grain in _DAY_GRAINS \
                and (dated_value := _DAY_VALUE.fullmatch(found[-1].value)) is not None \
                and _WEEKDAY_WORD.match(text, found[-1].start) is not None \
                and _AND_THEN.fullmatch(text, found[-1].end, tagged.start) is not None \
                and _SENTENCE_BREAK.search(text, found[-1].end, tagged.start) is None \
                and (reading := tense_of()).marked and reading.tense is Tense.PAST:
            # "approved two articles on Saturday, Dec. 19, and ended Sunday night": the days
            # a past sentence tells in order, the one after the day it dates
            dated_day = date(*map(int, dated_value.groups()))
            day = dated_day + timedelta(
                days=(result.period.day.isoweekday() - dated_day.isoweekday()) % 7 or 7)
            if day <= anchor.value.date() and day != result.period.day:
                result = _moved(result, result.period, day, result.period.changed(day=day).value())
        if tagged.rule == "next-day" and found and found[-1].type is TimexType.TIME \
                and found[-1].end + 1 == tagged.start and text[found[-1].end] == " " \
                and _CLOCK_TEXT.fullmatch(found[-1].text) is not None \
                and result.period is not None and result.period.grain in _DAY_GRAINS \
                and (clock_day := _DAY_VALUE.match(found[-1].value)) is not None \
                and clock_day.group() != day_value(result.period.day) \
                and not (len(found) > 1 and "T" in found[-2].value
                         and found[-2].value.startswith(day_value(
                             date(*map(int, clock_day.groups())) - timedelta(days=1)))):
            # "was appointed at about 12.40pm the following day", "return at 7:30 the next
            # morning": the clock of that day (but one an evening's clock before has put on
            # the next day is there already: "depart at 5:40 p.m. and land at 7:35 a.m. the
            # following morning")
            found[-1] = _clock_moved(found[-1], date(*map(int, clock_day.groups())),
                                     result.period.day)
        listed_back = False  # a weekday after "and" read as the day after the one before it
        if first_day is not None and (
                _DAY_RANGE.fullmatch(text, first_day[0], tagged.start)
                or _AND.fullmatch(text, first_day[0], tagged.start) and anchor is not None
                and (_days_to_come(first_day[1].day, anchor.value.date(), tense_of)
                     or (listed_back := _listed_back(text, tagged, result, first_day[1]))
                     or found and found[-1].end == first_day[0]
                     and text.endswith("between ", 0, found[-1].start)
                     and result.period is not None and result.period.day < first_day[1].day)):
            # "from Monday to Friday"; "meets on Tuesday and Wednesday", "warnings for Saturday
            # and Sunday", "meeting on Monday and Tuesday", said on that Monday (but "statements
            # made Friday and Thursday" are listed as they came, the day before)
            moved = _range_end(result, first_day[1], mention)
            if listed_back and anchor is not None and moved.period is not None \
                    and moved.period.day > anchor.value.date() \
                    and found and found[-1].end == first_day[0] \
                    and (reading := _TenseOf(text, found[-1].start, found[-1].end)()).marked \
                    and reading.tense is Tense.PAST \
                    and _CALLED_OFF.search(text, max(0, found[-1].start - _CLAUSE_BEFORE_CHARS),
                                           found[-1].start) is None:
                # "Talks took place on Thursday and Friday", said on a Thursday: both days gone
                # (the first day's clause says so: "has called a strike for Thursday and Friday"
                # looks ahead, and so does what was called off: "canceled classes on Thursday
                # and Friday")
                day = first_day[1].day - timedelta(days=7)
                found[-1] = _clock_moved(found[-1], first_day[1].day, day)
                moved = _range_end(result, first_day[1].changed(day=day), mention)
            result = moved
        elif first_day is not None and found and _bare_weekday(mention) \
                and _DAY_RANGE_OVER_CLOCK.fullmatch(text, first_day[0], tagged.start) \
                and found[-1].start > first_day[0] and found[-1].type is TimexType.TIME:
            # "from 22:00 on Friday until 05:00 on Monday": the last day and its clock after
            # (not an amount's day: "hit 112 on Sunday and 108 on Saturday")
            moved = _range_end(result, first_day[1], mention)
            if moved.period is not None and result.period is not None \
                    and moved.period.day != result.period.day \
                    and found[-1].value.startswith(day_value(result.period.day)):
                found[-1] = _clock_moved(found[-1], result.period.day, moved.period.day)
            result = moved
        elif day_clock is not None and found and found[-1].end == day_clock[0] \
                and _bare_weekday(mention) \
                and _DAY_RANGE.fullmatch(text, day_clock[0], tagged.start):
            # "was closed at 8 p.m. Friday through Sunday": the last day after the first and
            # its clock, whichever way "through" reads alone
            result = _range_end(result, Period("day", day_clock[1].day), mention)
        if day_clock is not None and result.period is not None and _weekday_clock(mention) \
                and found and found[-1].end == day_clock[0] \
                and _DAY_RANGE.fullmatch(text, day_clock[0], tagged.start):
            # "from 8pm Friday until 6am Monday", said on that Monday; "has been issued from 3pm
            # Monday until 9am Tuesday", said on a Sunday: a window runs forward, within a week
            # (its end moved on when a verb looks ahead, its start moved back when it is told
            # now or past: "Voting runs from 7am Thursday until 10pm Friday", said on the Friday)
            opened, closed = day_clock[1], result.period
            if (closed.day, closed.hour or 0, closed.minute or 0) \
                    <= (opened.day, opened.hour or 0, opened.minute or 0):
                step = (closed.day.isoweekday() - opened.day.isoweekday()) % 7 or 7
                if _AHEAD_VERB.search(text, max(0, found[-1].start - _CLAUSE_BEFORE_CHARS),
                                      found[-1].start):
                    day = opened.day + timedelta(days=step)
                    result = _moved(result, closed, day, closed.changed(day=day).value())
                else:
                    day = closed.day - timedelta(days=step)
                    found[-1] = _clock_moved(found[-1], opened.day, day)
            elif (closed.day - opened.day).days >= 7:
                day = closed.day - timedelta(
                    days=(closed.day.isoweekday() - opened.day.isoweekday()) % 7 or 7)
                found[-1] = _clock_moved(found[-1], opened.day, day)
        day_clock = (tagged.end, result.period) \
            if result.period is not None and _weekday_clock(mention) else None
        if first_day is not None and mention.direction is Direction.FUTURE \
                and _weekday_alone(mention) and result.period is not None \
                and result.period.day == first_day[1].day \
                and _LIST_JOIN.fullmatch(text, first_day[0], tagged.start):
            # "this Saturday and next Saturday": "next" is the one after the day just named
            day = result.period.day + timedelta(days=7)
            result = _moved(result, result.period, day, result.period.changed(day=day).value())
        if first_month is not None and _DAY_RANGE.fullmatch(text, first_month[0], tagged.start):
            result = _month_range_end(result, first_month[1], mention)
        if opening_year is not None and result.period is not None \
                and (bare_month or yearless or _bare_season(mention)
                     or _bare_quarter(mention) and tense_of().tense is Tense.PAST
                     or mention.holiday and mention.year is None
                     and mention.direction in (Direction.TENSE, Direction.NEAREST)) \
                and opening_year[2] != result.period.day.year \
                and _OF_THAT_YEAR.match(text, tagged.end) is None \
                and _same_year_since(found, opening_year[1], opening_year[2]) \
                and _SENTENCE_BREAK.search(text, opening_year[1], tagged.start) is None \
                and _NOW_OR_PERFECT.search(text, opening_year[1], tagged.start) is None \
                and (opening_year[2] >= result.period.day.year
                     or (reading := tense_of()).tense is not Tense.FUTURE
                     or not reading.certain) \
                and not (anchor is not None and opening_year[2] > anchor.value.year
                         and (told := tense_of()).certain and told.tense is Tense.PAST):
            # "In 2019, the elections were held between April 11 and May 19, and the results were
            # declared on May 23", "In 2027, Easter falls on March 28", "This year, Tax Day falls
            # on April 18", "A year ago, GDP shrank in the first quarter": the year that opens
            # the sentence is that of its days (until another year is named, or "now" or a
            # present perfect: "Last year, he promised June, but now says September", "but the
            # listing has been delayed until October"); a holiday's day is that year's too
            # ("Last year, Hanukkah began on Dec. 7"); but a year to come holds no day told in
            # the past ("Starting in 2027, the show moves to ABC under a deal announced in June")
            result = resolve(mention.with_changes(year=opening_year[2]), anchor=anchor,
                             tense=tense_of, reference=base, zones=table) if mention.holiday \
                else _in_year(result, opening_year[2])
        elif reference is not None and text.endswith("hat ", 0, tagged.start) \
                and _THAT.fullmatch(text, max(0, tagged.start - 5), tagged.start) \
                and reference.grain not in ("century", "decade") \
                and (bare_month or _bare_season(mention)) and result.period is not None:
            # "came to power in 2019, winning a landslide that December", "the war began in
            # February 2022; by that summer": of the year before
            result = _month_in_year(result, reference.day.year)
        elif reference is not None and result.period is not None \
                and (bare_month or yearless or _bare_season(mention)) \
                and reference.grain not in ("century", "decade") \
                and (that_year := _OF_THAT_YEAR.match(text, tagged.end)) is not None:
            # "was arrested in 2010 and charged in July of that year", "sank in June of the
            # following year", "the crash in October 1987. On Oct. 19 that year": the month of
            # the year just named, or of the one after it
            result = _in_year(result, reference.day.year
                              + _THAT_YEAR_OFFSETS[that_year.group(1).lower()])
            named_by_next = True  # "that year" after it counts from the year, not from it
        elif reference is not None and result.period is not None \
                and (bare_month or yearless or _bare_season(mention)) \
                and reference.grain not in ("century", "decade") \
                and _WHEN_CLAUSE.fullmatch(text, reference_end, tagged.start):
            # "peaked in 2021, when it hit $90 in November": the clause tells of that year
            result = _in_year(result, reference.day.year)
        elif result.period is not None and found \
                and (bare_month or yearless or _bare_season(mention) or _bare_quarter(mention)) \
                and (narrowed_year := _narrowed_year(text, found[-1].end, tagged.start, reference,
                                                     reference_end, narrowed)) is not None:
            # "sometime next year, probably in June", "14 new products in fiscal 2026, most of
            # them in the first half", "two stores next year, one in the spring and one in the
            # fall": a phrase with no verb after the year, set off by a comma, says when in
            # that year, and so do the items listed after it
            if narrowed_year != result.period.day.year:
                result = _in_year(result, narrowed_year)
            narrowed = (tagged.end, narrowed_year)
        elif reference is not None and mention.holiday and mention.year is None \
                and mention.direction is Direction.TENSE \
                and reference.grain not in ("century", "decade") \
                and _WHEN_CLAUSE.fullmatch(text, reference_end, tagged.start):
            # "the worst since 1994, when a storm on Palm Sunday killed 22": that year's
            result = resolve(mention.with_changes(year=reference.day.year), anchor=anchor,
                             tense=tense_of, reference=base, zones=table)
        elif reference is not None and result.period is not None \
                and (bare_month or yearless or _bare_season(mention)) \
                and reference.grain not in ("century", "decade") \
                and _heads_line(text, reference_start, reference_end) \
                and "\n" not in text[reference_end:tagged.start]:
            # "2008: Russia fights a war with Georgia in August", "March 18, 2014 — Putin signs
            # the treaty. Separatists seize buildings in April": a timeline's entry is of the
            # year its head names
            result = _in_story_year(result, reference if reference.grain != "year"
                                    else reference.changed(day=date(reference.day.year, 1, 1)))
        elif reference is not None and anchor is not None and result.period is not None \
                and (bare_month or yearless or _bare_season(mention)
                     or _story_holiday(text, tagged, result, anchor, tense_of)) \
                and reference.grain in _STORY_GRAINS \
                and tagged.start - reference_end <= _STORY_REACH \
                and "\n" not in text[reference_end:tagged.start] \
                and reference.day.year < anchor.value.year - 1 \
                and (_WHEN_LEAD.search(text, max(0, reference_start - 8), reference_start)
                     and _SINCE_BEFORE_YEAR.search(text, max(0, reference_start - 60),
                                                   reference_start) is None
                     and not (_ASIDE_BEFORE_YEAR.search(text, max(0, reference_start - 40),
                                                        reference_start)
                              and _SENTENCE_BREAK.search(text, reference_end, tagged.start))
                     or reference_counted and reference.grain != "year"
                     or text.endswith("since ", 0, reference_start)
                     and _WHEN_CLAUSE.match(text, reference_end) is not None) \
                and (reference.grain != "year" or _YEAR_ENDS_SENTENCE.match(text, reference_end)
                     and text.endswith("in ", 0, reference_start) and not yearless
                     and _SINCE_BEFORE_YEAR.search(text, max(0, reference_start - 30),
                                                   reference_start) is None
                     and _RECORD_BEFORE_YEAR.search(text, max(0, reference_start - 40),
                                                    reference_start) is None
                     and (anchor.value.date() - result.period.day).days > _STORY_YEAR_NEAR
                     or _opens_sentence(text, reference_start, reference_end, tagged.start)
                     or text.endswith(", in ", 0, reference_start)
                     and text.startswith(", ", reference_end)
                     and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is None
                     or text.endswith("In ", 0, reference_start)
                     and _starts_sentence(text, reference_start - 3)
                     and (anchor.value.date() - result.period.day).days > _STORY_YEAR_NEAR) \
                and tense_of().tense is Tense.PAST \
                and not (_PRESENT_PERFECT.search(
                    text, reference_end if "\n\n" in text[reference_end:tagged.start]
                    else max(reference_end, tagged.start - 60), tagged.start)
                         and _SENTENCE_BREAK.search(text, reference_end, tagged.start)):
            # "He married in June 1950. In September, his son was born", "In 1962 she moved to
            # Paris. In October she toured Japan", "The last strike, in 1997, ended in early
            # December": a story of an earlier year goes on in it (or in the next, for a month
            # before the one it told of), to the end of its paragraph ("The first, of Andrew
            # Johnson, ended in acquittal in May 1868. / The vote on the first article, perjury
            # on Aug. 17, was 228 to 206" is of the story's own year)
            story = _in_story_year(result, reference)
            if mention.holiday:
                # "He came home in December 1944. That Christmas, ...": the holiday of that
                # year, or of the next when its month is before the story's
                story = resolve(mention.with_changes(year=reference.day.year), anchor=anchor,
                                tense=tense_of, reference=base, zones=table)
                if story.period is not None and story.period.day.month < reference.day.month:
                    story = resolve(mention.with_changes(year=reference.day.year + 1),
                                    anchor=anchor, tense=tense_of, reference=base, zones=table)
            if not (yearless and story.period is not None and reference.grain != "year"
                    and 0 <= (anchor.value.date() - result.period.day).days <= _STORY_DAY_NEAR
                    and (story.period.day - reference.day).days > _STORY_STEP_DAYS):
                # (but "Ferguson arrived in November 1986. United won the league on May 16",
                # said on May 27, 1999: a day of the weeks just gone, far after the story's
                # date, is of now)
                result = story
        elif reference is not None and result.period is not None and reference.grain == "year" \
                and (bare_month or yearless or _bare_season(mention)
                     or _story_holiday(text, tagged, result, anchor, tense_of)) \
                and (_opens_sentence(text, reference_start, reference_end, tagged.start)
                     or anchor is not None and reference.day.year < anchor.value.year
                     and _year_of_subject(text, reference_start, reference_end, tagged.start)) \
                and tense_of().tense is Tense.PAST \
                and (anchor is None or reference.day.year <= anchor.value.year):
            # "Last year, cases peaked in March", "In 2024, the index bottomed on April 8": a
            # year that opens the sentence holds its months and days, the year just gone too
            # (and its holidays: "The storm hit in 1998. By Thanksgiving, the town had rebuilt");
            # a year to come holds none told in the past ("Starting in 2027, the show moves to
            # ABC under a deal announced in June")
            result = resolve(mention.with_changes(year=reference.day.year), anchor=anchor,
                             tense=tense_of, reference=base, zones=table) if mention.holiday \
                else _in_story_year(result, reference.changed(day=date(reference.day.year, 1, 1)))
        elif reference is not None and reference.grain == "year" and mention.holiday \
                and mention.year is None and mention.direction is Direction.TENSE \
                and _opens_sentence(text, reference_start, reference_end, tagged.start):
            # "In 2016, Easter fell on March 27": that year's
            result = resolve(mention.with_changes(year=reference.day.year), anchor=anchor,
                             tense=tense_of, reference=base, zones=table)
        elif reference is not None and result.period is not None and reference.grain == "year" \
                and anchor is not None \
                and (bare_month or yearless or _bare_season(mention)) \
                and (reference.day.year > anchor.value.year
                     and _opens_sentence(text, reference_start, reference_end, tagged.start)
                     or _year_of_coming_subject(text, reference_start, reference_end,
                                                tagged.start)
                     and (reference.day.year > anchor.value.year
                          or _EVENT_HAPPENS_AFTER_YEAR.match(text, reference_end) is not None)) \
                and tense_of().tense is not Tense.PAST:
            # "The 2028 Olympics open on July 14", "Next year, the tour starts in March": a
            # year to come that opens the sentence holds its months and days; so does the year
            # of an event told as happening in the present, whenever it is ("The 2012 London
            # Olympics open July 27", but not "The 2010 law expires on Dec. 31")
            result = _in_story_year(result, reference.changed(day=date(reference.day.year, 1, 1)))
        if reference is not None and reference.grain == "year" and result.period is not None \
                and (mention.quarter or mention.half) and mention.year is None \
                and text.endswith(" of the year", tagged.start, tagged.end) \
                and reference.day.year != result.period.day.year \
                and any(char.isdigit() for char in text[reference_start:reference_end]) \
                and _YEAR_OF_HALF_LEAD.search(text, max(0, reference_start - 8), reference_start) \
                and "," not in text[reference_end:tagged.start] \
                and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is None:
            # "grew fast in 1993 despite inflation in the first half of the year": of the year
            # the sentence names as when, in the same clause (not "rose over the past year and
            # should rise in the second half of the year", "the plan covering 2026 to 2030",
            # "Sales rose in 2024, and the group expects growth in the second half of the year")
            result = _month_in_year(result, reference.day.year)
        if first_month is not None and bare_month and result.period is not None \
                and anchor is not None and result.period.grain == "month" \
                and first_month[1].grain == "month" \
                and result.period.day.month > first_month[1].day.month \
                and _LIST_JOIN.fullmatch(text, first_month[0], tagged.start) \
                and (first_month[1].day.year < anchor.value.year
                     or (not (tense_of().marked and tense_of().tense is Tense.PAST)
                         or found and text.endswith(("to ", "until "), 0, found[-1].start))
                     and _side(result.period.day, anchor.value.date())
                     != _side(first_month[1].day, anchor.value.date())):
            # "In 2025, the Fed cut rates in September, October and December", "ends in late
            # June or early July": the months of a list, in order, are of the year its first
            # is of, when that year is gone or, outside a past clause, the month alone would
            # fall on the other side of the anchor ("will report in February, August and
            # November", said in April, are next February and this August and November; so
            # are the months a date is moved to: "has delayed its primary to May and June")
            result = _month_in_year(result, first_month[1].day.year)
        if first_month is not None and found and found[-1].end == first_month[0] and bare_month \
                and result.period is not None \
                and result.period.grain == "month" and first_month[1].grain == "month" \
                and result.period.day < first_month[1].day \
                and _AND.fullmatch(text, first_month[0], tagged.start) \
                and text.endswith("between ", 0, found[-1].start):
            # "between September and December", each alone on its own side of the anchor: the
            # span ends in the last month as the clause places it ("sales rose" in the one
            # gone, "will be vaccinated between September and December", said in October, in
            # the one under way), and the first month is the one before that
            year = result.period.day.year - (first_month[1].day.month > result.period.day.month)
            found[-1] = _year_moved(found[-1], year - first_month[1].day.year)
        first_month = (tagged.end, result.period) if result.period is not None and (
            bare_month or mention.direction is Direction.RECENT and _month_alone(mention)) \
            else None
        if first_date is not None and (_DAY_RANGE.fullmatch(text, first_date[0], tagged.start)
                                       or _AND.fullmatch(text, first_date[0], tagged.start)):
            result = _date_range_end(result, first_date[1], mention)  # "on 7 and 8 January"
            if anchor is not None and result.period is not None and found \
                    and found[-1].end == first_date[0] \
                    and _DAY_RANGE.fullmatch(text, first_date[0], tagged.start) \
                    and _under_way_a_year_before(first_date[1].day, result.period.day,
                                                 anchor.value.date()) \
                    and _STATE_BEFORE_SPAN.search(text, max(0, found[-1].start - 60),
                                                  found[-1].start) is not None:
                # "Schools will remain closed from May 11 to June 30", said on May 28: the span
                # under way, not next year's (the tense reads each end of it ahead)
                found[-1] = _year_moved(found[-1], -1)
                result = _in_year(result, result.period.day.year - 1)
        if yearless and result.period is not None and result.period.grain == "day" and found \
                and found[-1].end < tagged.start and tagged.rule != "weekday" \
                and _GLOSS_ON.fullmatch(text, found[-1].end, tagged.start) \
                and (glossed := _DAY_VALUE.fullmatch(found[-1].value)) is not None:
            # "Her body was found five days later, on Feb. 7": the date glosses the day before
            # it, so it is of that day's year (or the one beside it, across a new year)
            before = date(*map(int, glossed.groups()))
            glossing = result.period.day
            result = _in_year(result, min(
                (before.year - 1, before.year, before.year + 1),
                key=lambda year: abs(_day_distance(glossing, year, before))))
        first_date = (tagged.end, result.period) \
            if result.period is not None and yearless else None
        if first_clock is not None and (_DAY_RANGE.fullmatch(text, first_clock[0], tagged.start)
                                        or _AND.fullmatch(text, first_clock[0], tagged.start)):
            result = _clock_range_end(result, first_clock[1], mention)
            end = result.period
            start = first_clock[1]
            if end is not None and not _bare_clock(mention) and end.grain in _CLOCK_GRAINS \
                    and end.day != start.day and found[-1].value[:4].isdigit() \
                    and (start.hour, start.minute) <= (end.hour, end.minute):
                # "between 02:00 and 04:00 UTC tomorrow": the first time is on the last's day
                found[-1] = _on_day(found[-1], start, end.day)
        small_hours = False  # moved to the day after an evening told before it
        if evening_clock is not None and _bare_clock(mention) and result.period is not None \
                and result.period.grain in _CLOCK_GRAINS and mention.hour is not None \
                and mention.hour < _SMALL_HOURS_END and result.period.day == evening_clock[1].day \
                and _MORNING_CLOCK.search(text, tagged.start, tagged.end) is not None \
                and (tagged.start - evening_clock[0] <= _EVENING_REACH
                     and _SENTENCE_BREAK.search(text, evening_clock[0], tagged.start) is None
                     or _night_goes_on(text, evening_clock, tagged, found, anchor, tense_of)) \
                and not (anchor is not None and result.period.day >= anchor.value.date()
                         and tense_of().tense is Tense.PAST):
            # "stores opened at 6 p.m. on Thanksgiving, closed at 1 a.m.": the small hours after
            # an evening told before them are the next day's (in a past clause, never a day
            # after the anchor's); the story's day stays the evening's
            next_day = result.period.day + timedelta(days=1)
            result = _moved(result, result.period, next_day,
                            result.period.changed(day=next_day).value())
            small_hours = True
        if small_hours and evening_clock is not None:
            # "between 01:30 and 04:10": the night goes on for the small hours after it too
            evening_clock = (tagged.end, evening_clock[1])
        elif result.period is not None and result.period.grain in _CLOCK_GRAINS \
                and mention.hour is not None:
            # midnight ends an evening when one was told before it or when the text says it
            # came before it ("drifted onto the rocks shortly before midnight ... at 01:30"); an
            # "early Saturday" descent "at around midnight" may be Saturday's first hour
            evening_clock = (tagged.end, result.period) if 18 <= mention.hour < 24 or (
                mention.hour == 24 and (evening_clock is not None or _BEFORE_MIDNIGHT.search(
                    text, max(0, tagged.start - 16), tagged.start))) else None
        elif result.period is not None and result.period.part in _NIGHT_PARTS:
            evening_clock = (tagged.end, result.period)  # "Tuesday night", "election night"
        first_clock = (tagged.end, result.period) \
            if result.period is not None and _bare_clock(mention) else None
        if the_week is not None and result.period is not None and result.period.grain == "day" \
                and found and found[-1].end == the_week[0]:
            if the_week[1].grain == "week" and _WEEK_TO.fullmatch(text, the_week[0], tagged.start):
                # "in the week to 28th September": the seven days that end on that day
                found[-1] = _week_ending(found[-1], the_week[1], result.period.day)
            elif the_week[2] and _PERIOD_ENDED.fullmatch(text, the_week[0], tagged.start):
                # "its fiscal fourth quarter, ended Aug. 31", "the second quarter ended Oct. 31":
                # a company's quarter, named as it counts them, of the year it ended in
                found[-1] = _in_year_of_end(found[-1], the_week[1], result.period.day.year)
            elif _PERIOD_OF.fullmatch(text, the_week[0], tagged.start) \
                    or the_week[1].grain in ("quarter", "half") \
                    and _PERIOD_ENDED.fullmatch(text, the_week[0], tagged.start):
                # "the week commencing 5 January", "the weekend of 12-13 July", "the quarter
                # ended June 30, 2025": the one that holds the day
                found[-1] = _holding(found[-1], the_week[1], result.period.day)
        elif the_week is not None and result.period is not None \
                and result.period.grain == "month" and the_week[1].grain in ("quarter", "half") \
                and not the_week[2] and found and found[-1].end == the_week[0] \
                and _PERIOD_ENDED_IN.fullmatch(text, the_week[0], tagged.start):
            # "for the quarter ending in September": the one that holds that month (a quarter
            # named by its number is the company's, whatever months it holds)
            found[-1] = _holding(found[-1], the_week[1], result.period.day)
        labelled = tagged.rule == "quarter" and mention.year is None
        the_week = (tagged.end, result.period, labelled) if result.period is not None and (
            tagged.rule == "the-year" and result.period.grain == "week"
            or tagged.rule == "the-weekend"
            or (tagged.rule == "the-quarter" or labelled)
            and result.period.grain in ("quarter", "half")) else None
        if found and found[-1].rule == "clock" and found[-1].type is TimexType.TIME \
                and result.period is not None and result.period.grain in _DAY_GRAINS \
                and mention.hour is None \
                and (clock_day := _DAY_VALUE.match(found[-1].value)) is not None \
                and clock_day.group() != day_value(result.period.day) \
                and _PLACE_BEFORE_DAY.fullmatch(text, found[-1].end, tagged.start) \
                and _SENTENCE_BREAK.search(text, found[-1].end, tagged.start) is None:
            # "Polls open at 6 a.m. in most Eastern states tomorrow", "will close early, at 6
            # p.m. local time, on New Year's Eve": the day after the clock and its place
            found[-1] = _clock_moved(found[-1], date(*map(int, clock_day.groups())),
                                     result.period.day)
        if first_day is not None and _DAY_GLOSS.fullmatch(text, first_day[0], tagged.start) \
                and result.period is not None and result.period.grain == "day" \
                and result.period.day.isoweekday() == first_day[1].day.isoweekday() \
                and result.period.day != first_day[1].day:
            # "on Thursday (March 7)", "Sunday morning, November 3, 2013": the date says which
            found[-1] = _on_day(found[-1], first_day[1], result.period.day)
        if not (following is not None and mention.hour is not None
                and mention.weekday is not None and clock_on_day(text, tagged, following)):
            # (but over "until 05:00 on Monday" the range runs on to the day after the clock)
            first_day = (tagged.end, result.period) \
                if result.period is not None and _weekday_alone(mention) else None
        if result.period is not None and result.period.grain == "day" and found \
                and _DAY_VALUE.fullmatch(found[-1].value) is not None \
                and _days_from_to(text, found[-1], tagged.start):
            # "between 11 a.m. and 11 p.m. from June 23 through July 6": hours of each day;
            # and "From Dec. 1 through March 31, parking is banned between 1 a.m. and 6 a.m."
            span_days = tagged.end
            first = date.fromisoformat(found[-1].value)
            if mention.holiday and mention.year is None and result.period.day < first \
                    and anchor is not None:
                # "the five weeks between Thanksgiving and New Year's Day": the holiday that
                # ends the span is the first after its start, if that makes a span of a season
                # that holds the anchor or is to come
                for year in (first.year, first.year + 1):
                    later = resolve(mention.with_changes(year=year), anchor=anchor,
                                    tense=tense_of, reference=base, zones=table)
                    if later.period is not None and later.period.day >= first:
                        if (later.period.day - first).days <= _HOLIDAY_SPAN_DAYS \
                                and later.period.day >= anchor.value.date():
                            result = later
                        break
            if _hours_ending(text, found, len(found) - 1) \
                    and _HOURS_BEFORE_SPAN.fullmatch(text, found[-2].end, found[-1].start):
                found[-3] = _clock_of_days(found[-3], "XXXX-XX-XX")
                found[-2] = _clock_of_days(found[-2], "XXXX-XX-XX")
        elif span_days >= 0 and found and found[-1].end == span_days and _bare_clock(mention) \
                and "T" in result.value \
                and _SENTENCE_BREAK.search(text, span_days, tagged.start) is None \
                and (found[-1].value[:11] == "XXXX-XX-XXT"
                     and _CLOCK_RANGE_JOIN.fullmatch(text, found[-1].end, tagged.start)
                     or following is not None and _hours_start(text, tagged, following)
                     and not _DAY_NAMED_AFTER.match(text, following.end)):
            result = _result_of_days(result, "XXXX-XX-XX")
            span_days = tagged.end
        if weekly != index and result.period is not None \
                and _hours_of_dated_days(text, found_tags, index, found):
            # "open 7 a.m. to 7 p.m. Monday through Saturday, Oct. 21-26": hours of each day
            _clocks_of_a_set(text, found, tagged.start, "XXXX-XX-XX", aside=True)
        elif weekly == index or result.period is not None \
                and _weekly_days(text, found_tags, index, found):
            # "open 8 a.m. to 8 p.m. Monday through Friday", "staffed Monday through Friday
            # from 9 a.m. to 5 p.m.", "conducted Monday through Wednesday each week": the days
            # of every week, as "Mondays through Fridays" are (and their hours of any of them)
            result = replace(result, type=TimexType.SET, value=_every_weekday(mention),
                             interval=None, period=None, alternatives=(), used_anchor=False)
            weekly, weekly_end = (-1, tagged.end) if weekly == index else (index + 1, -1)
        elif schedule >= 0 and found and found[-1].end == schedule \
                and result.period is not None and mention.day is None \
                and _SCHEDULE_ITEM.fullmatch(text, schedule, tagged.start):
            # "open 9 a.m. to 5 p.m. Monday through Friday and 10 a.m. to 8 p.m. Saturday",
            # "Monday through Thursday from 9 a.m. to 8 p.m., and Friday and Saturday from 9
            # a.m. to 5 p.m.": the next items of a weekly schedule are of every week too
            if _bare_weekday(mention):
                result = replace(result, type=TimexType.SET, value=_every_weekday(mention),
                                 interval=None, period=None, alternatives=(),
                                 used_anchor=False)
            elif _weekday_clock(mention):
                weekday = _every_weekday(mention)
                result = _result_of_days(result, weekday)
                if _CLOCK_TEXT.fullmatch(found[-1].text) \
                        and _CLOCK_RANGE_JOIN.fullmatch(text, schedule, tagged.start):
                    found[-1] = _clock_of_days(found[-1], weekday)  # "[10 a.m.] to 8 p.m. Saturday"
            elif _bare_clock(mention) and "T" in result.value:
                result = _result_of_days(result, "XXXX-XX-XX")
        if recurring is not None and _bare_clock(mention) and "T" in result.value \
                and (_SET_CLOCK.fullmatch(text, recurring[0], tagged.start)
                     or (recurring[0] == weekly_end or not recurring[2]
                         and _hours_start(text, tagged, following))
                     and _HOURS_AFTER_DAYS.fullmatch(text, recurring[0], tagged.start)
                     or recurring[2] and (_DAY_RANGE.fullmatch(text, recurring[0], tagged.start)
                                          or _AND.fullmatch(text, recurring[0], tagged.start)
                                          or _OR_SET_CLOCK.fullmatch(text, recurring[0],
                                                                     tagged.start))):
            # "airs Sundays at 9 p.m.", "open daily from 10am to 5pm": a clock of each day the
            # set names, not of the anchor's
            result = _result_of_days(result, recurring[1])
            recurring = (tagged.end, recurring[1], True)
        elif _bare_clock(mention) and "T" in result.value and _UNTAGGED_SET_BEFORE.search(
                text, max(0, tagged.start - _UNTAGGED_SET_REACH), tagged.start):
            # "open weekdays from 8 a.m. to 4 p.m.": the same, after a set no tag names
            result = _result_of_days(result, "XXXX-XX-XX")
            recurring = (tagged.end, "XXXX-XX-XX", True)
        elif _bare_clock(mention) and "T" in result.value and (habit := _HABIT_BEFORE.search(
                text, max(0, tagged.start - _HABIT_REACH), tagged.start)) is not None \
                and "," not in text[habit.end():tagged.start] \
                and _SENTENCE_BREAK.search(text, habit.end(), tagged.start + 1) is None \
                and not _dated_in_sentence(text, found, tagged.start):
            # "typically arriving at 6 a.m.", "worked the grill most nights from 10 p.m.": a
            # clock of a habit is of no one day (but not one after a comma, which may open
            # another clause: "The ceremony, usually held at 7:25, will take place at 9:45",
            # nor one in a sentence that names its day: "open on New Year's Day, typically 8
            # a.m. to 6 p.m.")
            result = _result_of_days(result, "XXXX-XX-XX")
        elif _bare_clock(mention) and "T" in result.value \
                and _hours_of_no_day(text, found, found_tags, index):
            # "A night curfew from 9 p.m. to 5 a.m. is in force", "in a single shift from 10.30
            # am to 1.30 pm", "Fasting hours will run from about 4:50 a.m. to 7:45 p.m.": the
            # hours of a curfew, a shift or a timetable are of every day
            result = _result_of_days(result, "XXXX-XX-XX")
        elif _bare_clock(mention) and "T" in result.value and reference is not None \
                and anchor is not None and reference.grain in _STORY_SPANS \
                and reference.day.year < anchor.value.year \
                and (_opens_sentence(text, reference_start, reference_end, tagged.start)
                     or _WHEN_AFTER.match(text, reference_end) is not None
                     and _SENTENCE_BREAK.search(text, reference_end, tagged.start) is None) \
                and tense_of().marked and tense_of().tense is Tense.PAST:
            # "In 1993, she worked the night shift, 11 p.m. to 7 a.m.", "a night in the spring
            # of 1969 when the phone rang at 3 a.m.": a clock of a story told in a year gone, on
            # a day the text does not name (not the anchor's)
            result = _result_of_days(result, "XXXX-XX-XX")
        elif result.type is TimexType.SET and recurring is not None \
                and _EXCEPT.fullmatch(text, recurring[0], tagged.start):
            # "open daily except Sundays from 10am to 8pm": the clocks are of the days before
            recurring = (tagged.end, recurring[1], recurring[2])
        elif result.type is TimexType.SET and _RECURRING_CLOCK.fullmatch(result.value):
            # "Saturdays noon to 11 p.m.": the clocks after it are of its days
            recurring = (tagged.end, result.value[:10], True)
        elif result.type is TimexType.SET and (_RECURRING_DAY.fullmatch(result.value)
                                               or result.value == "P1W"
                                               and mention.freq.endswith("D")):
            # "every evening at 6 p.m." is of every day, as "daily at 6 p.m." is (and a clock
            # of "weekends" is written as of any day, and so is one of several weekdays,
            # "Tuesdays and Thursdays from 10 a.m. to 2 p.m.", or of "seven days a week")
            each = result.value[:10] if result.value.startswith("XXXX-XX-XXT") else result.value
            several = found and found[-1].type is TimexType.SET \
                and found[-1].value.startswith("XXXX-WXX-") \
                and _DAYS_JOINED.fullmatch(text, found[-1].end, tagged.start) is not None \
                or following is not None and (weekly == index + 1
                                              or following.mention.type is TimexType.SET
                                              and following.mention.value[:9] == "XXXX-WXX-") \
                and _DAYS_JOINED.fullmatch(text, tagged.end, following.start) is not None
            recurring = (tagged.end, "XXXX-XX-XX" if each in ("P1D", "P1W", "XXXX-WXX-WE")
                         or several else each, False)
            _clocks_of_a_set(text, found, tagged.start, recurring[1],
                             aside=_EVERY.match(text, tagged.start) is not None
                             or _ASIDE_END.match(text, tagged.end) is not None
                             or weekly == index + 1)
        elif recurring is not None and mention.month is not None and mention.day is None \
                and mention.year is None and _SET_IN.fullmatch(text, recurring[0], tagged.start):
            # "tours on Saturdays in March, from 10 a.m. to noon": the month bounds the set, and
            # the clocks after are still of its days
            recurring = (tagged.end, recurring[1], recurring[2])
        else:
            recurring = None
        if found and result.period is not None and result.period.grain in _CLOCK_GRAINS \
                and mention.weekday is not None and reference is not None \
                and reference_end == found[-1].end and reference.grain in _CLOCK_GRAINS \
                and _bare_clock(found_tags[index - 1].mention) \
                and clock_gloss(text, found[-1].end, tagged.start) \
                and text.startswith(")", tagged.end):
            # "lifted out at 4:12 a.m. local time (2012 GMT Saturday)": the gloss names its own
            # day, and the clock before is on it or, across midnight, on the day after it
            day = result.period.day - timedelta(
                days=_across_midnight(reference.hour or 0, result.period.hour or 0))
            if day != reference.day:
                found[-1] = _clock_moved(found[-1], reference.day, day)
                reference = reference.changed(day=day)
                if event_day is not None and event_day[0] == reference_end:
                    event_day = (reference_end, reference)
        elif found and result.period is not None and result.period.grain in _CLOCK_GRAINS \
                and found[-1].value[10:11] == "T" and found[-1].value[11:13].isdigit() \
                and (found[-1].value[:10] == result.value[:10]
                     or _bare_clock(mention) and _DAY_VALUE.match(found[-1].value) is not None
                     and not _DAY_IN_GLOSS.match(text, tagged.end)) \
                and clock_gloss(text, found[-1].end, tagged.start):
            # "Sandy came ashore at 8 p.m. EDT (0000 GMT) on Monday": the gloss is of the day
            # after, across midnight (and "1 a.m. local time (2200 GMT)" of the day before);
            # with both zones named, the day that makes it the same instant ("3 p.m. JST (2
            # a.m. ET)" is of the same day)
            shift = _zone_shift(found[-1], result) \
                if mention.zone and found_tags[index - 1].mention.zone \
                and found_tags[index - 1].end == found[-1].end \
                else _across_midnight(int(found[-1].value[11:13]), result.period.hour)
            # (a gloss is of its clock's day, which the night may have moved: "left shortly
            # after 5 a.m. (0800 GMT)" after "10 p.m. on Sunday")
            day = date.fromisoformat(found[-1].value[:10]) + timedelta(days=shift)
            if day != result.period.day:
                result = _moved(result, result.period, day, result.period.changed(day=day).value())
        elif found and result.period is not None and result.period.grain in _CLOCK_GRAINS \
                and (local := _DAY_VALUE.match(found[-1].value)) is not None \
                and found[-1].value[10:11] == "T" and found[-1].value[11:13].isdigit() \
                and clock_gloss(text, found[-1].end, tagged.start) \
                and _DAY_IN_GLOSS.match(text, tagged.end):
            # "from around 2:15 a.m. (2245 GMT on Friday)": the day named is the gloss's, and
            # the clock before is on the day after it, across midnight
            shift = _across_midnight(int(found[-1].value[11:13]), result.period.hour)
            was = date(*map(int, local.groups()))
            day = result.period.day - timedelta(days=shift)
            if day != was:
                found[-1] = _clock_moved(found[-1], was, day)
        if tagged.rule == "clock-dash-line" and result.period is not None:
            if timeline is not None and result.period.day <= timeline.day \
                    and (result.period.hour or 0, result.period.minute or 0) \
                    < (timeline.hour or 0, timeline.minute or 0):
                # "23:30 - Polls close. / 01:15 - Ohio is called": a timeline goes on in order,
                # past midnight into the next day
                day = timeline.day + timedelta(days=1)
                result = _moved(result, result.period, day, result.period.changed(day=day).value())
            timeline = result.period
        if named_week is not None and result.period is not None and _day_grain(result.period) \
                and mention.weekday is not None and mention.day is None \
                and mention.relation is Relation.NONE and mention.direction is Direction.TENSE \
                and tagged.start - named_week[0] <= _WEEK_DAYS_REACH \
                and _STOP.search(text, named_week[0], tagged.start) is None \
                and _IN_RELATIVE.search(text, named_week[0], tagged.start) is None:
            # (a day in a relative clause after the week is another thing's: "finish their
            # business next week so that any signing is available for the third round, which
            # starts on Friday")
            result = _in_named_week(result, result.period, named_week[1], mention.weekday,
                                    anchor, tense_of)
        if tagged.rule == "relative-unit" and result.period is not None \
                and result.period.grain == "week" and not result.mod \
                and not _IN_RELATIVE.search(text, max(0, tagged.start - _WEEK_DAYS_REACH),
                                            tagged.start):
            # (not "early next week", nor "which was still in theaters last week," an aside of
            # another time)
            named_week = (tagged.end, result.period)
        if head and _day_grain(result.period):
            line_day = result.period
        if result.period is not None and result.period.grain == "year" \
                and result.type is TimexType.DATE and not mention.mod \
                and tagged.rule != "sports-season" \
                and _year_opens(text, tagged.start, tagged.end):
            # (a league's season, written as the year it began in, runs into the next: "Last
            # season, the Oilers reached the Stanley Cup Final ... in June")
            opening_year = (tagged.start, tagged.end, result.period.day.year)
        used_anchor = result.used_anchor or mention.relation is not Relation.NONE
        value = result.value
        if mention.hour == 24 and result.period is not None \
                and value == f"{result.period.day}T24:00" \
                and _AFTER_MIDNIGHT.search(text, max(0, tagged.start - 10), tagged.start):
            # "signed the bill shortly after midnight": the first minute of the next day, not
            # the last of the day before (the same instant, written as the day it is on); but
            # what has gone on "since midnight" began no later than the anchor's day
            value = f"{result.period.day}T00:00" if anchor is not None \
                and result.period.day >= anchor.value.date() \
                and text.endswith("since ", 0, tagged.start) \
                else f"{result.period.day + timedelta(days=1)}T00:00"
        found.append(TimeExpression(
            start=tagged.start,
            end=tagged.end,
            text=text[tagged.start:tagged.end],
            type=TimexType.TIME if result.type is TimexType.DATE
            and _TIME_OF_DAY.search(value) is not None else result.type,
            value=value,
            rule=tagged.rule,
            mod=result.mod,
            interval=result.interval,
            anchor=anchor.value if anchor is not None and used_anchor else None,
            alternatives=result.alternatives,
            quant=mention.quant,
            freq=mention.freq,
        ))
        if _bare_clock(mention) and today is not None and result.period is not None \
                and result.period.day == today.value.date() \
                and (base is None or base.day == today.value.date() and base.part in ("", "MO")
                     and base.hour < _SMALL_HOURS_END) \
                and (reading := tense_of()).marked and reading.tense is Tense.PAST \
                and not reading.after:
            told_clocks.append(len(found) - 1)
        if result.value.startswith(("XXXX-WXX-", "XXXX-XX-XXT")) and (
                weekly_end == tagged.end or len(found) > 1 and found[-2].end == schedule
                or result.type is TimexType.TIME and _hours_ending(text, found, len(found))):
            schedule = tagged.end  # the days of a weekly range, hours of a set, what follows
        if mention.holiday and mention.year is None and mention.direction is Direction.TENSE \
                and result.period is not None and mention.holiday not in lexicon.HEBREW_HOLIDAYS:
            # (a Jewish holiday's day, its first whole day, is not the evening it "starts")
            named_holidays = [*named_holidays[-1:], (len(found) - 1, mention.holiday)]
        elif mention.month is not None and mention.day is not None and result.period is not None \
                and result.period.grain == "day":
            for held, name in reversed(named_holidays):
                said = found[held]
                if tagged.start - said.end <= _HOLIDAY_DAY_REACH \
                        and _HOLIDAY_FALLS_ON.fullmatch(text, said.end, tagged.start) \
                        and _DAY_VALUE.fullmatch(said.value) is not None \
                        and _holiday_near(name, result.period.day):
                    # "said Eid al-Fitr, the festival marking the end of Ramadan, would fall on
                    # Saturday, Jan. 8", "Easter falls on April 5": the day the text gives it
                    found[held] = _clock_moved(said, date.fromisoformat(said.value),
                                               result.period.day)
                    break
        if result.type is TimexType.TIME and _bare_clock(mention) \
                and (untagged_set := _UNTAGGED_SET_AFTER.match(text, tagged.end)) is not None:
            # "9:30 a.m. to 4 p.m. on weekdays": clocks of a set no tag names, after them
            _clocks_of_a_set(text, found, untagged_set.start("set"), "XXXX-XX-XX", aside=True)
        if result.type is TimexType.DURATION and result.value in _YEAR_TO_DATE:
            year_to_date = tagged.end
        if result.period is None and tagged.rule == "month" and result.value[:5] == "XXXX-":
            # "The academy canceled its luncheon, normally held in February, ... a livestream at
            # 5:30 a.m.": any year's month ends the story's time told before it
            reference = None
        if result.period is not None and result.type in (TimexType.DATE, TimexType.TIME) \
                and not mention.comparison and not named_by_next and not small_hours \
                and tagged.rule not in ("overnight", "sports-season") \
                and not (tagged.rule == "part-alone" and reference is not None
                         and not _day_grain(reference)) \
                and not (tagged.rule == "duration" and mention.type is TimexType.DATE) \
                and not (len(found) > 1 and found_tags[index - 1].mention.hour is not None
                         and found[-2].end == found_tags[index - 1].end
                         and clock_gloss(text, found[-2].end, tagged.start)) \
                and not (tagged.rule == "month-year"
                         and _RECORD_SINCE.search(text, max(0, tagged.start - 40), tagged.start)
                         and _WHEN_CLAUSE.match(text, tagged.end) is None) \
                and not (tagged.rule == "year" and (
                    _LEVEL_AFTER_YEAR.match(text, tagged.end)
                    or _RECORD_SINCE.search(text, max(0, tagged.start - 40), tagged.start)
                    and _WHEN_CLAUSE.match(text, tagged.end) is None)) \
                and not (reference is not None and result.period.grain in ("week", "day")
                         and _SAID_DAY_BEFORE.search(
                             text, max(0, tagged.start - _SAID_DAY_CHARS), tagged.start)) \
                and not (result.period == reference
                         and _APPOSITION.fullmatch(text, reference_end, tagged.start)):
            # (a day named again in apposition leaves the first naming the story's: "arrested
            # on April 12, 1963 -- Good Friday -- ... He was released on April 20")
            if reference is not None:
                earlier = (reference_end, reference)
            reference = result.period
            reference_end = tagged.end
            reference_start = tagged.start
            # a day counted from the story's ("Two days later"): the story's time goes on
            reference_counted = base is not None and mention.relation is Relation.REFERENCE
            reference_founded = tagged.rule == "year" and _FOUNDED_ASIDE_BEFORE.search(
                text, max(0, tagged.start - _FOUNDED_CHARS), tagged.start) is not None
            reference_dated = mention.year is not None or mention.decade is not None \
                or mention.century is not None
            reported = _REPORT_DAY_BEFORE.search(
                text, max(0, tagged.start - _REPORT_DAY_CHARS), tagged.start) is not None
            aside_day = _possessive_aside(text, tagged, found)
            clockless = mention.holiday in lexicon.MONTH_LONG_HOLIDAYS \
                or mention.holiday in lexicon.SEASON_HOLIDAYS or _SPAN_END_BEFORE.search(
                text, max(0, tagged.start - _SPAN_END_CHARS), tagged.start) is not None
            background = today is not None and (_background_day(
                text, tagged.start, mention, result.period, today.value.date())
                or _day_grain(result.period) and _COMPARED_BEFORE.search(
                    text, max(0, tagged.start - _COMPARED_CHARS), tagged.start) is not None)
            if not reported and not clockless and not aside_day and not background \
                    and _day_grain(result.period) \
                    and not text.endswith(_RANGE_END_LEADS, 0, tagged.start):
                # (nor the day a range runs to: "checkpoints from 8 p.m. tonight through New
                # Year's Day. The MBTA will offer free rides after 8 p.m.")
                event_day = (tagged.end, result.period)
            if (recent is None or result.period.day >= recent) and not reported:
                # (a report's day is no topic: "The bank said on Tuesday that profit fell in
                # 2012 from a year earlier")
                topics.append((tagged.end, result.period))
                del topics[:-_TOPIC_MEMORY]
    if found and found_tags[0].start < _HEADLINE_REACH and "\n" in text[:_HEADLINE_REACH]:
        _headline_days(text, found_tags, found)
    if told_clocks and today is not None:
        _evenings_of_lead_day(text, found, told_clocks, today.value.date())
    if today is not None and ('"' in text or "\u201c" in text):
        _quoted_days(text, found, today.value.date())
    _parts_of_the_day_after(text, found)
    _ordinal_days_dated(text, found)
    return tuple(found)


def _ordinal_days_dated(text: str, found: list[TimeExpression]) -> None:
    """Give a day counted in an event ("the first day", "the 16th day") the date its sentence
    gives it, in apposition before it ("no later than Feb. 3, the 16th day of the truce",
    "yesterday on the last day of the campaign") or after the event it counts in ("on the
    first day of the Lord's Test on Wednesday"), in place of a day no calendar names; and a
    day counted from one the text does not date the day named right after it ("Three days
    later, on Sunday")."""
    for index, counted in enumerate(found):
        if _UNDATED_DAY.fullmatch(counted.value) is not None and index + 1 < len(found) \
                and _DAY_VALUE.fullmatch(found[index + 1].value) is not None \
                and not found[index + 1].rule.startswith("holiday") \
                and _DAY_NAMED_AGAIN.fullmatch(text, counted.end, found[index + 1].start):
            # "Three days later, on Sunday, a drone strike", "annulled 11 days later, on June
            # 23, 1993": a day counted from one the text does not date, named right after it
            # (by the calendar: a holiday after the comma may open a clause, "where the moon was
            # sighted a day later, Eid al-Adha will be marked on Saturday")
            found[index] = replace(counted, value=found[index + 1].value)
            continue
        if counted.rule != "ordinal-day" or counted.value != "XXXX-XX-XX":
            continue
        if index > 0 and _DAY_VALUE.fullmatch(found[index - 1].value) is not None \
                and _DATE_BEFORE_ORDINAL.fullmatch(text, found[index - 1].end,
                                                  counted.start) is not None:
            found[index] = replace(counted, value=found[index - 1].value)
            continue
        for later in found[index + 1:index + 3]:
            if _DAY_VALUE.fullmatch(later.value) is not None:
                if _EVENT_BEFORE_DATE.fullmatch(text, counted.end, later.start) is not None:
                    found[index] = replace(counted, value=later.value)
                break


# What may stand between a part of the day named alone and the day it is of: "until sunset on
# Monday", "late in the evening Tuesday".
_PART_DAY_GAP = re.compile(r"\s{1,2}(?:on\s)?")


def _parts_of_the_day_after(text: str, found: list[TimeExpression]) -> None:
    """Give a part of the day named alone the day named right after it: "flags lowered until
    [sunset] on Monday", "seen late in the evening Tuesday" (read alone, each is of the day the
    text told of before)."""
    for index in range(len(found) - 1):
        part, day = found[index], found[index + 1]
        if part.rule != "part-alone" or day.type is not TimexType.DATE \
                or _DAY_VALUE.fullmatch(day.value) is None \
                or _DAY_VALUE.match(part.value) is None or part.value[:10] == day.value \
                or _PART_DAY_GAP.fullmatch(text, part.end, day.start) is None:
            continue
        found[index] = _clock_moved(part, date.fromisoformat(part.value[:10]),
                                    date.fromisoformat(day.value))


def _quoted_days(text: str, found: list[TimeExpression], today: date) -> None:
    """Count "today", "tonight", "tomorrow" in a quotation from the day its speaker is said, in
    the same sentence, to have spoken, when that is a day of the week gone: '"Today, we have
    settled the score," he said Thursday evening' (the story of Friday). When the attribution
    names no day, "today", "tonight" and "tomorrow" (not "yesterday": "It was like yesterday")
    count from the day before the anchor's if the story's lead is of that day: "The board voted
    Monday night to close two schools ... 'Nobody wanted to be here tonight,' the chair said
    before the vote" (the story of Tuesday)."""
    lead_day = _lead_day(text, found, today)
    for index, quoted in enumerate(found):
        if quoted.rule not in _STORY_DAY_RULES or _DAY_VALUE.match(quoted.value) is None:
            continue
        closing = _quote_closing(text, quoted.start, quoted.end)
        if closing is None:
            continue
        attribution = _ATTRIBUTION.match(text, closing) if text[closing - 2] != "." else None
        # (a quotation that ends its sentence has no attribution after it)
        attributed = attribution.end() if attribution is not None else closing
        day: date | None = None
        for spoken in found[index + 1:]:
            if spoken.start >= attributed:
                break
            told = _DAY_VALUE.match(spoken.value)
            if spoken.start < closing or told is None or spoken.rule in _STORY_DAY_RULES:
                continue
            day = date(*map(int, told.groups()))
            break
        if day is None and lead_day is not None and quoted.start > lead_day[0] \
                and quoted.value[:10] >= day_value(today) \
                and _SAID_NEAR.search(text, max(0, quoted.start - _SAID_NEAR_CHARS),
                                      min(len(text), closing + _SAID_NEAR_CHARS)) is not None:
            day = lead_day[1]
        if day is not None and 0 < (today - day).days <= _QUOTED_DAY_BACK:
            on = date.fromisoformat(quoted.value[:10])
            found[index] = _clock_moved(quoted, on, on - (today - day))


# The verbs that say a quotation was spoken; how far into a text its lead may name the story's
# day; and those verbs around a quotation ('"...," she said', 'Jobs told the audience: "..."').
_SPEECH_VERBS = r"said|says|told|added|declared|wrote|announced"
_LEAD_CHARS = 700
_SAID_NEAR = re.compile(r"\b(?:" + _SPEECH_VERBS + r")\b")
_SAID_NEAR_CHARS = 80


def _lead_day(text: str, found: list[TimeExpression],
              today: date) -> tuple[int, date] | None:
    """Where the story's lead names the day before the anchor's as the day of its news ("The
    board voted 6-1 Monday night", the story of Tuesday; "The jury yesterday convicted"), and
    that day; None when the lead names another day first, or tells of "today" outside a
    quotation (a story of its own day: "made history Wednesday ..., mission scientists said
    today")."""
    lead: tuple[int, date] | None = None
    for expression, day in _lead_expressions(text, found):
        if expression.rule in _STORY_DAY_RULES and (day is None or day >= today):
            return None
        if lead is None and day is not None and expression.rule in ("weekday", "relday"):
            if (today - day).days != 1:
                return None
            lead = (expression.end, day)
    return lead


def _lead_expressions(text: str,
                      found: list[TimeExpression]) -> Iterator[tuple[TimeExpression, date | None]]:
    """The expressions of the story's lead outside quotations, each with the day it names
    (None when it names none)."""
    for expression in found:
        if expression.start > _LEAD_CHARS:
            break
        if _quote_closing(text, expression.start, expression.end) is None:
            told = _DAY_VALUE.fullmatch(expression.value[:10])
            yield expression, date(*map(int, told.groups())) if told is not None else None


# Words of a plan or a deadline right before a day ("suspended until", "a stopgap that ran
# through", "delayed by 10 days to", "scheduled to meet from", "set"), how far before it they
# are looked for, and how far ahead the day they set may be.
_PLANNED_BEFORE = re.compile(
    r"(?<!\bnot\s)(?<!n't\s)(?<!never\s)\b(?:until|till)\s$"
    r"|\b(?:ran|run|runs|running|extended|extends|last|lasts|valid|open)\sthrough\s$"
    r"|\b(?:postponed|delayed|pushed\sback|moved|extended|rescheduled)\b[^.;:!?\n]{0,40}"
    r"\b(?:until|till|to)\s$"
    r"|\bscheduled\s(?:to\s[a-z]+\s)?(?:for|on|from)\s$"
    r"|\bset\s(?:(?:a|an|the)\s(?:[\w-]+\s){0,3}?(?:date|deadline)\s(?:of|for)\s)?$",
    re.IGNORECASE)
# ... but what did not happen until a day is past ("was not won until Feb. 6"), so is what
# lasted until it ("He remained jailed until Feb. 7"), and a day a past clause tells of after
# it ("was detained until Feb. 12, when he was released").
_NOT_UNTIL = re.compile(r"\b(?:not|never|n't)\s(?:[a-z]+\s){1,2}(?:until|till)\s$"
                        r"|\b(?:remained|stayed|continued|lasted|persisted|waited)\b[^.;:!?\n]*"
                        r"\b(?:until|till)\s$", re.IGNORECASE)
_WHEN_PAST_AFTER = re.compile(r",?\s(?:when|after)\s(?:[\w'-]+\s){0,4}?[a-z]+ed\b")
_PLANNED_CHARS = 60
_PLANNED_AHEAD_DAYS = 120
# The hour from which a clock is an evening's: a story of yesterday told it, not of today.
_EVENING_FROM = 18
# The rules whose day may be a lead's: "Tuesday night", "late yesterday", "early this morning".
_LEAD_DAY_RULES = frozenset({"weekday", "relday", "this-part"})


def _evenings_of_lead_day(text: str, found: list[TimeExpression], told: list[int],
                          today: date) -> None:
    """Move the evening clocks told alone in the past, outside quotations, to the day before the
    anchor's when the first day the story's lead names is that day: "President Obama won
    re-election Tuesday night, ... promising supporters early this morning ... CBS News
    projected Obama the winner at 11:18 p.m. ET" (the paper of Wednesday); the evening of the
    anchor's own day is mostly still to come when its paper is written."""
    lead = None
    for expression, day in _lead_expressions(text, found):
        if day is not None and expression.rule in _LEAD_DAY_RULES:
            lead = (expression.end, day) if (today - day).days == 1 else None
            break
    if lead is None:
        return
    for index in told:
        clock = found[index]
        if clock.start > lead[0] and int(clock.value[11:13]) >= _EVENING_FROM \
                and _quote_closing(text, clock.start, clock.end) is None:
            found[index] = _clock_moved(clock, today, lead[1])


def _quote_closing(text: str, start: int, end: int) -> int | None:
    """Where the quotation around ``text[start:end]`` closes (the index after its mark), if the
    expression is inside one that opened in its paragraph; None otherwise."""
    opened = max(text.rfind("\n", 0, start), 0)
    before = text[opened:start]
    if before.count('"') % 2 == 1:
        close = text.find('"', end)
    elif before.rfind("\u201c") > before.rfind("\u201d"):
        close = text.find("\u201d", end)
    else:
        return None
    if close < 0 or "\n" in text[end:close]:
        return None
    return close + 1


# The attribution after a quotation, up to its sentence's end: ', he said Thursday evening.',
# ' Annan told reporters in Ankara on Tuesday.'; and how many days before the story's a
# speaker's day may be.
_ATTRIBUTION = re.compile(r"[,!?]?\s{1,2}[^.!?\n\"\u201c]{0,80}?\b(?:tells|" + _SPEECH_VERBS
                          + r")\b[^.!?\n\"\u201c]{0,120}")
_QUOTED_DAY_BACK = 6


def _possessive_aside(text: str, tagged: Tagged, found: list[TimeExpression]) -> bool:
    """Say whether ``tagged`` (the last of ``found``) is a weekday's possessive that names
    another event after the weekday its sentence tells of: "police on Friday night captured the
    second suspect in Monday's bombings. He was taken into custody at about 8:45 p.m." (the
    clock is Friday's; but after a report's day the event is the story's: "Fox said Monday that
    Sunday night's Super Bowl was watched by ... Vale performed at 8 p.m.")."""
    return _weekday_alone(tagged.mention) \
        and text.startswith(("'s ", "\u2019s "), tagged.end) and len(found) > 1 \
        and found[-2].rule == "weekday" and _DAY_VALUE.match(found[-2].value) is not None \
        and found[-2].value[:10] != found[-1].value[:10] \
        and _SENTENCE_BREAK.search(text, found[-2].end, tagged.start) is None \
        and _REPORT_DAY_BEFORE.search(
            text, max(0, found[-2].start - _REPORT_DAY_CHARS), found[-2].start) is None


def _headline_days(text: str, found_tags: Sequence[Tagged], found: list[TimeExpression]) -> None:
    """Give a weekday in the headline the day to come that the story gives it: "Eclipse
    Saturday: Path and Times", "Venus to Cross Face of Sun Tuesday" are the Saturday, the Tuesday
    the body tells of ("on Saturday morning", "will pass ... on Tuesday"). A headline has little
    tense to read, and is read as past; the story's sentences tell. (Not the other way: a day
    gone in the body may be another event's, "Black Caviar waits for Saturday" over a race
    "won on Saturday".)"""
    line_end = text.find("\n")
    if text[:line_end].rstrip()[-1:] in _SENTENCE_ENDS or not text[line_end:].lstrip():
        return  # a sentence, not a headline: its own tense says
    for index, (tagged, said) in enumerate(zip(found_tags, found)):
        if tagged.start >= line_end:
            break
        if not _bare_weekday(tagged.mention) or _DAY_VALUE.match(said.value) is None:
            continue
        for body_tagged, body in zip(found_tags[index + 1:], found[index + 1:]):
            if body_tagged.start > line_end and body_tagged.mention.weekday \
                    == tagged.mention.weekday and body_tagged.mention.relation is Relation.NONE \
                    and _DAY_VALUE.match(body.value) is not None:
                day, told = (date.fromisoformat(value[:10]) for value in (said.value, body.value))
                if day < told:
                    found[index] = _clock_moved(said, day, told)
                break


# How far into a text its headline may end, and what ends a sentence (a headline has none).
_HEADLINE_REACH = 200
_SENTENCE_ENDS = (".", "?", "!", ":", '"', "\u201d")


# The end of a span that a figure covers, before its day: "the three months to [December 31]",
# "the quarter ended [Sept. 30]", "the year ending [March 31]", "in the 12 months through".
_SPAN_END_BEFORE = re.compile(r"\b(?:months?|quarter|half|year|weeks?|period)\s(?:\w+\s)?"
                              r"(?:to|ended|ending|through|thru)\s(?:on\s)?$")
_SPAN_END_CHARS = 30
# The level a change is measured from, before its day: "remained without power as of 6 a.m.
# today, down from a peak of 78,000 on [Sunday afternoon]", "compared with 3.1% on": the day of
# a figure compared, which no clock after it is of; and how far back it is looked for.
_COMPARED_BEFORE = re.compile(r"\b(?:(?:down|up|fell|rose|falling|rising)\sfrom|compared\s(?:with"
                              r"|to))\s[^.;:!?()]{0,40}\d[^.;:!?()]{0,20}\s(?:on|at)\s$")
_COMPARED_CHARS = 70
# What names a day as the background of a story, not its events, before the day in its clause:
# the start of a count ("80 years since Soviet soldiers liberated it on [January 27, 1945]",
# "a month after the government was sworn in on", "the 50th anniversary of"), a relative clause
# ("the treaty that expired on [Dec. 5]", "which came into force on"), "since"; and how far back
# it is looked for. (Not a past perfect: an incident's timeline tells of the story's days in it,
# "operators had restarted the unit on the evening of Dec. 8".)
_BACKGROUND_BEFORE = re.compile(
    r"(?:\b(?:years?|decades?|months?|weeks?|days?|centur(?:y|ies))\s(?:since|after)\s"
    r"|\banniversary\sof\s|\b(?:which|that)\s|\bsince\s)[^.;:!?,()\"]{0,60}$")
_BACKGROUND_CHARS = 110
# What tells the day of a holiday named before it, in its sentence: "Eid al-Fitr, the festival
# marking the end of Ramadan, would probably fall on [Saturday, Jan. 8]", "Easter falls on",
# "Ramadan began on", "is expected on or around"; how far; and how near the day the holiday's
# reckoning gives it must be (moon sightings move a feast by a day or two).
_HOLIDAY_FALLS_ON = re.compile(
    r"(?:,\s(?:the|a|an)\s[^.;!?,]{1,80},)?\s(?:(?:this|next|last)\syear\s)?"
    r"(?:(?:is|was|will|would|could|may|might)\s"
    r"(?:(?:probably|likely|expected|due|set|therefore|now|also)\s){0,2}(?:to\s)?)?(?:be\s)?"
    r"(?:falls?|fell|begins?|began|starts?|started|celebrated|marked|observed|held)?\s?(?:on\s)?"
    r"(?:(?:or\s)?(?:around|about)\s)?")
_HOLIDAY_DAY_REACH = 120
_HOLIDAY_DAYS_OFF = 3


def _holiday_near(name: str, day: date) -> bool:
    """Say whether holiday ``name`` falls within a few days of ``day`` (see _HOLIDAY_DAYS_OFF)."""
    return any(abs((held - day).days) <= _HOLIDAY_DAYS_OFF
               for year in (day.year - 1, day.year, day.year + 1)
               for held in holiday_days(name, year))


# How close (characters) a quarter named before a comparison must be to be what it compares
# with, whatever the story is mostly about: about one sentence of results news.
_NEAR_REFERENCE = 150
# A present perfect before an expression, which ties its past to now: "They have been in
# quarantine since [23 January]", "has fallen since [March]" (in a sentence after the story's
# year; "was arrested in March 2023 and has been held since 29 March" is of that March).
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\s(?:(?:not|never|already|also|now|since)\s)?"
                              r"(?:been|[a-z]+ed|[a-z]+en|won|lost|held|grown|fallen|risen)\b")
# The end of a sentence between two expressions.
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*[A-Z0-9]")
# Durations that name a company's year to date in results news ("the first nine months").
_YEAR_TO_DATE = frozenset({"P6M", "P9M"})
# How far (characters) such a period still governs a comparison: about one sentence.
_YEAR_TO_DATE_REACH = 200
# Patterns that read an all-numeric date month first ("9/14/2011", "09-14-2011").
_NUMERIC_DATE_RULES = frozenset({"slash-date", "dash-date"})


# What joins the two weekdays of a range: "from Monday to Friday", "Monday through Friday",
# "Tuesday night into Wednesday morning",
# "Monday-Friday", "Monday \u2013 Friday". A hyphen with spaces around it separates the items of
# a list ("Monday - Friday - Monday") as often as it joins a range: it is no joiner.
_DAY_RANGE = re.compile(r"\s{1,2}(?:to|through|thru|until|till|into)\s{1,2}|-|\s?\u2013\s?")
# "between March and May of last year", "in March and May 2019": two joined by "and" share
# the year the second states.
_AND = re.compile(r",?\s{1,2}and\s{1,2}")
# A set of days whose clock may follow ("every Tuesday", "daily"), and what joins them: "airs
# Sundays at 9 p.m.", "open daily from 10am", "each Friday between 6 and 9 p.m.", "open weekdays
# until 6 p.m.", "updated daily by 11 a.m.".
_RECURRING_DAY = re.compile(r"XXXX-WXX-(?:[1-7]|WE)|P1D|XXXX-XX-XXT(?:MO|AF|EV|NI)")
# A set of days at a time of day: "Saturdays noon" (XXXX-WXX-6T12:00).
_RECURRING_CLOCK = re.compile(r"XXXX-WXX-[1-7]T\d\d:\d\d")
# What excludes a set of days from the one before it: "daily except Sundays".
_EXCEPT = re.compile(r",?\s{1,2}(?:except|but\snot|excluding)\s{1,2}(?:on\s{1,2})?")
_SET_CLOCK = re.compile(r",?\s{1,2}(?:at|from|between|starting\sat|until|till|by|before"
                        r"|after)\s{1,2}")
# and what joins another clock of the set to one: "before 10 a.m. or after 6 p.m."
_OR_SET_CLOCK = re.compile(r",?\s{1,2}(?:or|and)" + _SET_CLOCK.pattern[2:])
# Sets of days that are not tagged, as a clock's days: "open weekdays from 8 a.m.", "every
# weekday at 7 a.m.", "from 6 p.m. to 2 a.m. weeknights", "at 2pm every sitting day", "on
# school days", "from 11 a.m. to 7 p.m. on all days", "at 11 a.m. both days"; how far before
# a clock one is looked for; and what bounds a set by a month ("on Saturdays in March").
_KIND_OF_DAY = r"(?:sitting|school|working|business|trading|match|race)\s{1,2}"
_UNTAGGED_SET = (r"(?:(?:every|each)\s{1,2}(?:week(?:day|night)|" + _KIND_OF_DAY + r"day)\b"
                 r"|(?:all|both)\s{1,2}days\b"
                 r"|week(?:day|night|end)s\b|(?<=[Oo]n\s)" + _KIND_OF_DAY + r"days\b)")
_UNTAGGED_SET_BEFORE = re.compile(r"(?<![\w-])" + _UNTAGGED_SET + _SET_CLOCK.pattern + "$")
_UNTAGGED_SET_AFTER = re.compile(r",?\s{1,2}(?:on\s{1,2})?(?P<set>" + _UNTAGGED_SET + ")")
_UNTAGGED_SET_REACH = 40
# Between two days joined under one verb: "on October 1 and the return of Macao on".
_JOINED_DAYS = re.compile(r",?\s(?:and|or)\s(?:[^.;:!?,()\"]{0,60}\s)?(?:on|in)\s")
# What leads the last day of a range.
_RANGE_END_LEADS = (" through ", " until ", " till ", " thru ")
# A word of a habit in a clock's sentence ("each", "every", "daily"): the clock is the habit's.
_EVERY_BEFORE = re.compile(r"(?<!\w)(?:each|every|daily|nightly)\b[^.;!?]*$", re.IGNORECASE)
_EVERY_AFTER = re.compile(r"[^.;!?]*?(?<!\w)(?:each|every|daily|nightly)\b", re.IGNORECASE)
_EVERY_CHARS = 80
# Periods longer than a day a story may be told in, and "when" after one ("the spring of 1969
# when the phone rang").
_STORY_SPANS = frozenset({"year", "season", "quarter", "half", "month", "decade"})
_WHEN_AFTER = re.compile(r",?\s{1,2}when\s")
# A word of habit before a clock in its sentence: "typically arriving at 6 a.m."
_HABIT_BEFORE = re.compile(r"\b(?:typically|usually|always|routinely|regularly|customarily"
                           r"|habitually|most\s(?:nights|mornings|days|evenings"
                           r"|afternoons|weekdays))\b", re.IGNORECASE)
_HABIT_REACH = 120
# A value that names a day: "2024-02-26", "2024-02-26T06:00".
_DATED = re.compile(r"\d{4}-\d\d-\d\d")
_SET_IN = re.compile(r"\s{1,2}(?:in|during)\s{1,2}")
# What joins the items of a list: "September, October and December", "March or April".
_LIST_JOIN = re.compile(r",\s{1,2}(?:(?:and|or)\s{1,2})?|\s{1,2}(?:and|or)\s{1,2}")


# What points a month back to the period named before it: "that December".
_THAT = re.compile(r"(?<![\w])[Tt]hat ")
# A year after a month or day that names it by the year just mentioned: "July of that year",
# "April 20 of the same year", "June of the following year"; and how far from that year.
_OF_THAT_YEAR = re.compile(r",?\s{1,2}(?:of\s{1,2})?"
                           r"(that|the\s{1,2}(?:same|following|next|previous"
                           r"|preceding|prior))\s{1,2}year\b", re.IGNORECASE)
_THAT_YEAR_OFFSETS = {"that": 0, "the same": 0, "the following": 1, "the next": 1,
                      "the previous": -1, "the preceding": -1, "the prior": -1}
# A count of days or weeks, and what joins it to a date it counts back from: "three weeks
# [before] Christmas".
_COUNT_BEFORE = re.compile(r"P(\d{1,3})([DW])")
_BEFORE = re.compile(r"\s{1,2}before\s{1,2}")


def _same_year_since(found: list[TimeExpression], start: int, year: int) -> bool:
    """Say whether every date found from ``start`` on is of ``year`` (or of no year)."""
    for expression in reversed(found):
        if expression.start < start:
            return True
        if expression.value[:4].isdigit() and int(expression.value[:4]) != year:
            return False
    return True


def _list_ahead(text: str, start: int) -> bool:
    """Say whether the text above the line at ``start`` announces days ahead ("Forecast",
    "The week ahead", "What's on") and no days gone ("Last week's results", "what happened")."""
    above = text[max(0, start - _LIST_CUE_CHARS):text.rfind("\n", 0, start) + 1]
    return _AHEAD_CUE.search(above) is not None and _BACK_CUE.search(above) is None


# How far above a list its heading and introduction are looked for, and the words that say
# its days are ahead, or gone.
_LIST_CUE_CHARS = 400
_AHEAD_CUE = re.compile(r"\b(?:forecasts?|outlook|(?:week|days|weekend)\sahead|coming\s(?:days"
                        r"|week)|next\s(?:\w+\s)?(?:week|weeks|days)|what's\son|what\sto\swatch"
                        r"|schedule[sd]?|planned|upcoming|coming\sup|fixtures|listings|diary"
                        r"|calendar|will|expected)\b", re.IGNORECASE)
_BACK_CUE = re.compile(r"\b(?:last\sweek|results|happened|recap|review|looking\sback|was|were"
                       r"|battered|hit)\b", re.IGNORECASE)


# "ahead" after a week, as an adverb ("The week ahead"), not "ahead of" an event.
_AHEAD_ALONE = re.compile(r"\s(?:ahead|Ahead|AHEAD)\b(?!\s(?:of|OF)\b)")


def _day_label(text: str, tagged: Tagged, head: str) -> str:
    """How a weekday that heads its line labels the entry after it: "ahead" when the entry
    says so itself ("TUESDAY: Kenneth Clarke will deliver his Budget."), "maybe" when it is a
    heading alone or its entry has no verb or a present one ("MONDAY: Norway goes to the
    polls", a bullet's "- Saturday, 9 a.m. to 3 p.m., at the Elks Lodge."), which a list's
    introduction decides; "" when the entry tells of the past ("Monday: Police arrested 12") or
    the day heads no entry."""
    if head == "alone":
        return "maybe"
    day = _WEEKDAY_WORD.match(text, tagged.start)  # ("Saturday, 9 a.m." is one expression)
    if not (head == "head" and text.startswith(":", tagged.end)
            or not head and day is not None and text.startswith((", ", " and "), day.end())
            and _BULLET.fullmatch(text, text.rfind("\n", 0, tagged.start) + 1, tagged.start)):
        return ""
    close = text.find("\n", tagged.end)
    if close < 0:
        close = len(text)
    stop = _SENTENCE_BREAK.search(text, tagged.end, close)  # the entry's first sentence
    reading = nearest_marker([], text[tagged.end:stop.start() + 1 if stop else close].split())
    if reading.marked and reading.tense is Tense.FUTURE:
        return "ahead"
    return "maybe" if not reading.marked or reading.tense is Tense.PRESENT else ""


def _looks_ahead() -> TenseReading:
    """A reading that puts a date ahead, for certain (to resolve the next occurrence)."""
    return TenseReading(Tense.FUTURE, certain=True)


# A future told from the past ("said it would finish by the end of the year"), which may be a
# year the story named; how far before an expression it is looked for.
_WOULD = re.compile(r"\b(?:would|was\sto|were\sto)\b|\u2019d\b|'d\b", re.IGNORECASE)
_WOULD_REACH = 80
# A form of "be" right before "the year": "That was the year" names the one before again.
_BE_BEFORE = re.compile(r"\b(?:was|is|were|be)\s$", re.IGNORECASE)
# How far before a time "since" may open its span: "since before I was released in".
_SINCE_CHARS = 40
# The rules that name a day ("Wednesday", "Aug. 20"; not "today"), and what joins a clause to
# the one before it ("..., and", "but", "then"), for "overnight" after a day.
_NAMED_DAY_RULES = frozenset({"weekday", "weekday-month-day", "clock+weekday", "weekday-clock"})
_NEXT_CLAUSE = re.compile(r"\b(?:and|but|then)\s", re.IGNORECASE)
_REPORT_WORD = re.compile(r"\b(?:said|says|told|announced|reported)\b", re.IGNORECASE)
# What names a day as a report's ("officials said on [Wednesday]", "data released [Monday]"),
# and how far before the day it may begin. ("told reporters [Friday]" is not one: the rules that
# read a report's day were written with it matching nothing, and making it match loses more
# than it gains: "told RNZ this morning she had been up since 4am".)
_REPORT_VERBS = r"said|says|announced|reported|confirmed|added|stated|disclosed"
_REPORT_DAY_BEFORE = re.compile(
    r"\b(?:" + _REPORT_VERBS + r"|(?:data|figures|numbers|ratings|results|statistics"
    r"|estimates)\s(?:released|published|issued))\s(?:on\s|late\s|early\s)?$", re.IGNORECASE)
_REPORT_DAY_CHARS = 30
# The same with the report's form between ("said in a statement today"): a day a count after it
# does not count from.
_REPORT_FORM_DAY_BEFORE = re.compile(
    r"\b(?:" + _REPORT_VERBS + r")\s(?:(?:in|at)\s(?:a|an|its|the)\s(?:[\w-]+\s){1,2})?"
    r"(?:on\s|late\s|early\s)?$", re.IGNORECASE)
_REPORT_FORM_CHARS = 45
# The same for an attribution after the facts it gives ("rose 0.3% in October, the Labor
# Department said last week"), which is no period the next sentences tell of: "in the same
# month" is October's (a story that something "was reported on Wednesday" may go on from that
# day: "The next day, ..."); the sayer may be long: "Secretary of State Frank LaRose's office
# said Wednesday". How far before the day the attribution may begin.
_SAID_DAY_BEFORE = re.compile(r",\s(?:[\w.'\u2019-]+\s){0,7}(?:said|says)\s"
                              r"(?:on\s|late\s|early\s)?$")
_SAID_DAY_CHARS = 64
# The grains of a day, or of a time on one: what a clock alone can be on.
# From a date to an expression in the clause "when" opens after it: "in 2021, when it hit $90
# in [November]" (up to a comma or the end of the sentence; "$69,000" goes on).
_WHEN_CLAUSE = re.compile(r",\s{1,2}when\s(?:[^,;.!?]|[.,]\d)*")


# What stands between a weekday and the date that glosses it: "Thursday (March 7)", "Sunday
# morning, November 3, 2013" (a weekday written right before its date is read with it).
_DAY_GLOSS = re.compile(r"\s?\(|,\s?(?:the\s)?")


def _on_day(expression: TimeExpression, period: Period, day: date) -> TimeExpression:
    """``expression`` (which resolved to ``period``) moved to ``day``, its part of day kept."""
    return replace(expression, value=period.changed(day=day).value(),
                   interval=_shifted(expression.interval, day - period.day), alternatives=())


def _days_to_come(first: date, today: date, tense: Callable[[], TenseReading]) -> bool:
    """Say whether days listed after ``first`` are still to come: it is after the anchor, or
    on it in a clause that says no past."""
    return first > today or first == today and (tense().tense is not Tense.PAST
                                                or not tense().marked)


def _weekly_days(text: str, found_tags: Sequence[Tagged], index: int,
                 found: Sequence[TimeExpression]) -> bool:
    """Say whether the weekday alone at ``index`` opens a range of weekdays of every week:
    one with hours of its days before it ("8 a.m. to 5 p.m. Monday through Friday") or after
    it ("Monday through Saturday from noon to 6 p.m.", "Monday through Friday, 9 to 5"), or
    said of "each week" ("Monday through Wednesday each week"). Not a range with its dates
    ("Monday through Saturday, Oct. 21-26"), nor one a clock starts ("from 8 p.m. Friday
    through Sunday")."""
    if index + 1 >= len(found_tags) or not _bare_weekday(found_tags[index].mention):
        return False
    first, last = found_tags[index], found_tags[index + 1]
    if not _bare_weekday(last.mention) \
            or _WEEKDAY_NAME.fullmatch(text, last.start, last.end) is None \
            and _WEEKDAY_SHORT.fullmatch(text, last.start, last.end) is None \
            or not _WEEKLY_RANGE.fullmatch(text, first.end, last.start):
        return False
    after = found_tags[index + 2] if index + 2 < len(found_tags) else None
    if after is not None and after.mention.type is TimexType.SET \
            and _EACH_WEEK.fullmatch(text, last.end, after.end):
        return True
    if after is not None and _bare_clock(after.mention) \
            and _HOURS_AFTER_DAYS.fullmatch(text, last.end, after.start) \
            and _hours_start(text, after,
                             found_tags[index + 3] if index + 3 < len(found_tags) else None):
        return True
    return (_hours_before(text, first, found) or _opening_clock_before(text, first, found)) \
        and not _DATE_AFTER_DAYS.match(text, last.end)


def _opening_clock_before(text: str, day: Tagged, found: Sequence[TimeExpression]) -> bool:
    """Say whether one clock of a habit's verb comes right before a range of days from Monday:
    "opens at [5 a.m.] Monday through Saturday"."""
    return bool(found) and day.mention.weekday == 1 and found[-1].type is TimexType.TIME \
        and _CLOCK_TEXT.fullmatch(found[-1].text) is not None \
        and OPENS_AT.search(text, max(0, found[-1].start - OPENS_AT_CHARS), found[-1].start) \
        is not None and _HOURS_BEFORE_DAYS.fullmatch(text, found[-1].end, day.start) is not None


def _hours_of_dated_days(text: str, found_tags: Sequence[Tagged], index: int,
                         found: Sequence[TimeExpression]) -> bool:
    """Say whether the weekday alone at ``index`` opens a range of weekdays that its dates
    follow, with hours of its days before it: "7 a.m. to 7 p.m. [Monday] through Saturday,
    Oct. 21-26"."""
    if index + 1 >= len(found_tags) or not _bare_weekday(found_tags[index].mention):
        return False
    first, last = found_tags[index], found_tags[index + 1]
    return last.mention.weekday is not None and last.mention.day is not None \
        and _WEEKLY_RANGE.fullmatch(text, first.end, last.start) is not None \
        and _DATE_AFTER_DAYS.match(text, max(last.start, text.find(",", last.start, last.end))) \
        is not None \
        and _hours_before(text, first, found)


def _hours_before(text: str, day: Tagged, found: Sequence[TimeExpression]) -> bool:
    """Say whether hours from one clock to another come right before ``day``: "8 a.m. to 5
    p.m. [Monday]", "from 8:30 a.m. to noon, [Monday]"."""
    return _hours_ending(text, found, len(found)) \
        and _HOURS_BEFORE_DAYS.fullmatch(text, found[-1].end, day.start) is not None


def _hours_ending(text: str, found: Sequence[TimeExpression], end: int) -> bool:
    """Say whether the expressions found before ``found[end]`` end with hours, one clock to
    another: "8 a.m. to 5 p.m.", "between 11 a.m. and 11 p.m."."""
    return end > 1 and all(clock.type is TimexType.TIME and _CLOCK_TEXT.fullmatch(clock.text)
                           for clock in found[end - 2:end]) \
        and _CLOCK_RANGE_JOIN.fullmatch(text, found[end - 2].end, found[end - 1].start) is not None


def _days_from_to(text: str, first: TimeExpression, start: int) -> bool:
    """Say whether the day at ``start`` ends a span of days from ``first``: "June 23 through
    [July 6]", "between Dec. 15 and [March 31]"."""
    return _DAY_RANGE.fullmatch(text, first.end, start) is not None \
        or _AND.fullmatch(text, first.end, start) is not None \
        and text.endswith("between ", 0, first.start)


def _clock_of_days(clock: TimeExpression, days: str) -> TimeExpression:
    """``clock``, a time of day on a date, as the time of each day of ``days`` ("XXXX-XX-XX",
    "XXXX-WXX-6"): "XXXX-XX-XXT11:00"."""
    return replace(clock, value=days + clock.value[10:], interval=None, anchor=None,
                   alternatives=())


def _result_of_days(result: Resolution, days: str) -> Resolution:
    """``result``, a time of day, as the time of each day of ``days`` (see _clock_of_days)."""
    return replace(result, value=days + result.value[result.value.index("T"):], interval=None,
                   period=None, alternatives=(), used_anchor=False)


def _hours_of_no_day(text: str, found: list[TimeExpression], tags: list[Tagged],
                     index: int) -> bool:
    """Say whether the clock ``tags[index]`` opens or closes the hours of every day: a range
    ("from [9 a.m.] to 5 p.m.", "between 7am and [7pm]") after a word of such hours in its
    sentence ("curfew", "shift", "opening hours"), with no day named before it in the sentence
    nor right after it."""
    tagged = tags[index]
    cue = _DAILY_HOURS_BEFORE.search(text, max(0, tagged.start - _DAILY_HOURS_CHARS),
                                     tagged.start)
    if cue is None or _SENTENCE_BREAK.search(text, cue.end(), tagged.start + 1) is not None \
            or _HOURS_IMPOSED_BEFORE.search(text, max(0, cue.start() - _DAILY_HOURS_CHARS),
                                            cue.start()) is not None:
        return False
    following = tags[index + 1] if index + 1 < len(tags) else None
    if _HOURS_FROM_BEFORE.search(text, max(0, tagged.start - _HOURS_FROM_CHARS),
                                 tagged.start) is not None:
        if not _hours_start(text, tagged, following):
            return False
        end = following.end if following is not None else tagged.end
    elif index > 0 and _bare_clock(tags[index - 1].mention) \
            and _CLOCK_RANGE_JOIN.fullmatch(text, tags[index - 1].end, tagged.start) \
            and _HOURS_FROM_BEFORE.search(text, max(0, tags[index - 1].start - _HOURS_FROM_CHARS),
                                          tags[index - 1].start) is not None:
        end = tagged.end
    else:
        return False
    if _dated_in_sentence(text, found, tagged.start):
        return False
    later = next((later for later in tags[index + 1:] if later.start >= end), None)
    return later is None or later.start - end > _DAILY_HOURS_DAY_GAP \
        or not _names_a_day(later.mention)


def _dated_in_sentence(text: str, found: list[TimeExpression], start: int) -> bool:
    """Say whether one of the last expressions found, in the sentence that goes on to
    ``start``, names a day ("2024-02-26", "2024-02-26T06:00")."""
    return any(_DATED.match(earlier.value) for earlier in found[-3:]
               if _SENTENCE_BREAK.search(text, earlier.end, start + 1) is None)


def _names_a_day(mention: Mention) -> bool:
    """Say whether ``mention`` names a day (or a part of one): "Sunday", "June 5", "today"."""
    return mention.day is not None or mention.weekday is not None or bool(mention.holiday) \
        or mention.unit == "day" and mention.relation is not Relation.NONE \
        or mention.weekend


def _hours_start(text: str, tagged: Tagged, following: Tagged | None) -> bool:
    """Say whether the clock ``tagged`` opens hours, another clock after it: "[9 a.m.] to 1
    p.m.", "[4] to 11 p.m." (after a set of days with a comma or nothing between: "on Sundays,
    9 a.m. to 1 p.m.", "running Fridays 4 to 11 p.m.")."""
    return following is not None and _bare_clock(following.mention) \
        and _CLOCK_RANGE_JOIN.fullmatch(text, tagged.end, following.start) is not None


def _every_weekday(mention: Mention) -> str:
    """The value of a weekday of every week, with its part of the day: "XXXX-WXX-1TNI"."""
    return f"XXXX-WXX-{mention.weekday}" + (f"T{mention.part}" if mention.part else "")


# What joins the weekdays of a weekly range, and what the hours of its days are written with
# before and after it; "each week" after it; and dates after it, which make its days those.
_WEEKLY_RANGE = re.compile(r"\s{1,2}(?:to|through|thru)\s{1,2}|\s?[-\u2013]\s?")
_HOURS_BEFORE_DAYS = re.compile(r",?\s{1,2}(?:(?:on|from)\s{1,2})?")
# What opens hours before their first clock ("from", "between"), and how far back it is looked
# for.
_HOURS_FROM_BEFORE = re.compile(r"\b(?:from|between)\s{1,2}(?:about\s{1,2}|around\s{1,2})?$")
_HOURS_FROM_CHARS = 16
# Words of hours kept every day, before their clocks: "a nightly curfew from 10pm to 4am", "in
# a single shift from", "night shifts, which ran from", "transit service hours from", "Fasting
# hours in London will run from"; how far back one is looked for; and how close after the
# hours a day named is theirs ("from 10 p.m. to 5 a.m. on Saturday").
_DAILY_HOURS_BEFORE = re.compile(r"\b(?:curfews?|shifts?|(?:opening|service|fasting|business"
                                 r"|visiting|operating|trading|office|school)\s{1,2}hours)\b",
                                 re.IGNORECASE)
_DAILY_HOURS_CHARS = 80
# A verb that sets such hours, before their word: their first night is of the story's day
# ("imposed a curfew from 7 p.m. to 7:30 a.m.", "declared a dusk-to-dawn curfew").
_HOURS_IMPOSED_BEFORE = re.compile(r"\b(?:impos|declar|order|announc|introduc|slapp)(?:ed|es|e"
                                   r"|ing)\b[^.;!?]*$", re.IGNORECASE)
_DAILY_HOURS_DAY_GAP = 12
_HOURS_AFTER_DAYS = re.compile(r",?\s{1,2}(?:(?:from|between)\s{1,2})?")
_EACH_WEEK = re.compile(r"\s{1,2}(?:each|every)\s{1,2}week")
_DATE_AFTER_DAYS = re.compile(r",?\s{1,2}(?:[A-Z][a-z]{2,8}\.?\s{1,2}\d|\d{1,2}\s{1,2}[A-Z])")
# What joins hours to the span of dates after them ("11 p.m. from June 23 through July 6"),
# and what names the day of such hours after them ("from 2 p.m. to 4 p.m. on the first day").
_HOURS_BEFORE_SPAN = re.compile(r",?\s{1,2}(?:from|between)\s{1,2}")
_DAY_NAMED_AFTER = re.compile(r",?\s{1,2}(?:on|that|the\s{1,2}"
                              r"(?:first|last|next|following|same))\b")
# The longest span of days a holiday ends that it is moved after its start for (a season's).
_HOLIDAY_SPAN_DAYS = 183
# What joins several sets of weekdays: "Tuesdays and Thursdays", "Tuesdays through Saturdays".
_DAYS_JOINED = re.compile(r",?\s{1,2}(?:and|or|to|through|thru)\s{1,2}|\s?[-\u2013]\s?|,\s{1,2}")


def _clocks_of_a_set(text: str, found: list[TimeExpression], start: int, days: str, *,
                     aside: bool) -> None:
    """Give the clocks right before a set of days at ``start`` its days (``days``, as
    "XXXX-XX-XX" or "XXXX-WXX-6"): "from 10 p.m. to 5 a.m. each night", "open from 8 a.m. to
    5 p.m. daily", "from 10 a.m. on Saturdays" are clocks of every such day, not of the
    anchor's. A comma may come between when the set is said as an ``aside`` ("from 10 p.m.
    to midnight, every night,"), not when it opens a phrase ("seen at 11 p.m., daily logs
    show")."""
    join = _BEFORE_SET_ASIDE if aside else _BEFORE_SET
    index = len(found) - 1
    while index >= 0 and found[index].type is TimexType.TIME \
            and found[index].value[10:11] == "T" \
            and _CLOCK_TEXT.fullmatch(found[index].text) \
            and join.fullmatch(text, found[index].end, start):
        clock = found[index]
        found[index] = _clock_of_days(clock, days)
        start, join, index = clock.start, _CLOCKS_OF_A_SET, index - 1


# A clock alone, as its text reads: "10 p.m.", "17:45 GMT", "noon", "8 p.m. Central time",
# "9 p.m. Eastern".
_CLOCK_TEXT = re.compile(r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?\s?m\.?)?|noon|midnight)"
                         r"(?:\s[A-Z]{2,4}|\s(?:local|[A-Z][a-z]{2,11})\stime"
                         r"|\s(?:Eastern|Central|Mountain|Pacific|Atlantic))?", re.IGNORECASE)
# What joins a clock to the set of days it is of, after it: "5 p.m. daily", "10 a.m. on
# Saturdays", "5 a.m. each night" (and, said aside, "to midnight, from Monday to Friday").
_BEFORE_SET = re.compile(r"\s{1,2}(?:(?:on|at)\s{1,2})?")
_BEFORE_SET_ASIDE = re.compile(r",?\s{1,2}(?:(?:on|at|from)\s{1,2})?")
# A set said as an aside: "every night", or one a comma or a stop ends ("nightly,").
_EVERY = re.compile(r"(?:every|each)\b", re.IGNORECASE)
_ASIDE_END = re.compile(r"\s?[,.;)]")


def _clock_moved(expression: TimeExpression, day: date, to: date) -> TimeExpression:
    """``expression``, a time on ``day``, moved to the same time on ``to``."""
    return replace(expression, value=day_value(to) + expression.value[len(day_value(day)):],
                   interval=_shifted(expression.interval, to - day), alternatives=())


def _bare_weekday(mention: Mention) -> bool:
    """A weekday alone ("Monday"), whose occurrence the tense picks."""
    return _weekday_alone(mention) and mention.direction is Direction.TENSE


def _weekday_alone(mention: Mention) -> bool:
    """A weekday with no date or clock ("Monday", "next Wednesday"): a range's first day."""
    return mention.weekday is not None and mention.month is None and mention.day is None \
        and mention.hour is None and not mention.value


def _weekday_clock(mention: Mention) -> bool:
    """A clock on a weekday, with no date: "8pm Friday", "06:00 on Thursday"."""
    return mention.weekday is not None and mention.hour is not None and mention.month is None \
        and mention.day is None and not mention.value


def _range_end(result: Resolution, first: Period, mention: Mention) -> Resolution:
    """Put the second weekday of a range after the first: each alone may read the other way
    ("from Monday to Friday" on a Wednesday: last Monday, and by the tense last Friday too;
    "from Friday evening until Tuesday morning")."""
    period = result.period
    if not (_bare_weekday(mention) or mention.direction is Direction.FUTURE
            and _weekday_alone(mention)) \
            or period is None or period.grain not in _DAY_GRAINS \
            or first.grain not in _DAY_GRAINS \
            or first.day < period.day <= first.day + timedelta(days=7):
        # (a range's last weekday within the week after its first stays: "from Friday through
        # Sunday" in a past clause is not next Sunday, however "through" reads)
        return result
    day = first.day + timedelta(days=(period.day.isoweekday() - first.day.isoweekday()) % 7 or 7)
    return _moved(result, period, day, period.changed(day=day).value())


def _listed_back(text: str, tagged: Tagged, result: Resolution, first: Period) -> bool:
    """Say whether a weekday alone after "and" resolved more than a few days before the day
    named first ("meeting on Monday and Tuesday", said on that Monday: Tuesday the week gone),
    so that it is the day after it instead."""
    return result.period is not None and first.grain in _DAY_GRAINS \
        and (first.day - result.period.day).days > _LISTED_BACK_DAYS \
        and _WEEKDAY_NAME.fullmatch(text, tagged.start, tagged.end) is not None


_DAY_GRAINS = frozenset({"day", "part"})
# A year named as background between a story's day and "that night": after "since", or in a
# relative clause ("The suspect, who had been jailed in 2015, was arrested that night").
_BACKGROUND_YEAR = re.compile(r"(?:\bsince|,\s(?:who|which)\b[^,.;]*\b(?:in|since))\s$")
# ... or one that names a thing by its year: "insisted on defunding the 2010 health care law".
_NOUN_AFTER_YEAR = re.compile(r" (?!(?:and|or|to|when|after|before|until|as|in|on|at|with|for"
                              r"|but|the|a|an|he|she|it|they|we|was|were|is|are)\b)[a-z]")
# A year that measures: "to recover to 2019 levels by the end of the year" (no year the text
# goes on in).
_LEVEL_AFTER_YEAR = re.compile(r" (?:levels?|highs?|lows?|peaks?|prices|figures|rates|values"
                               r"|standards|averages?)\b")
# The year a subject began, in an aside after it ("The company, founded in 1996 by"), and how
# far before the year its words are looked for.
_FOUNDED_CHARS = 40
_FOUNDED_ASIDE_BEFORE = re.compile(r",\s(?:which\swas\s|that\swas\s)?(?:founded|established|formed"
                                   r"|created|started|launched|incorporated|set\sup)\s(?:in\s)?$")
# What ends the reach of a year that opens a sentence: "now", a present perfect ("Last year, he
# promised June, but now says September").
_NOW_OR_PERFECT = re.compile(r"\b(?:now|has|have)\b", re.IGNORECASE)
# A future told from an earlier day, in the sentence before a week: "said on Thursday that he
# would", a plan of the past "were expected to", "was due to", and "are set for a weekly loss".
_TOLD_THEN = re.compile(r"(?:\b(?:was|were|had\sbeen)\s(?:expected|due|supposed|scheduled|set"
                        r"|meant)|\bset\sfor\sa\s(?:\w+\s)?weekly|\b(?:Mon|Tues|Wednes|Thurs|Fri"
                        r"|Satur)day)\b(?![^.;!?]*[.;!?])")
# A verb whose object is an event called off, in the clause before a day: the days it names
# may be still to come ("canceled classes on Thursday and Friday", said on the Thursday), as
# may the days of a closing ("closed its theme parks Wednesday and Thursday").
_CALLED_OFF = re.compile(r"\b(?:cancell?ed|called\soff|scrapped|postponed|suspended|grounded"
                         r"|closed|shut)\b"
                         r"(?![^.;!?]*[.;!?])", re.IGNORECASE)
# How far back (characters) the words of a clause before an expression are looked for, by
# _TOLD_THEN and _AHEAD_VERB.
_CLAUSE_BEFORE_CHARS = 80
# A verb that looks ahead, before a window: "will bring disruption from 8pm Friday".
_AHEAD_VERB = re.compile(r"(?:\b(?:will|shall|expected\sto|set\sto|due\sto|going\sto)|'ll)\b"
                         r"(?![^.;!?]*[.;!?])", re.IGNORECASE)
# Before this hour a clock told after an evening's, in the same sentence, is of the next day
# (the small hours, and the early morning a night of counting or of travel runs into: "Polls
# closed at 10pm. By 6am the Tories had taken 291", "leaves Euston at 23:50 and arrives in
# Glasgow at 07:20"); how far (characters) after the evening's it may be.
_SMALL_HOURS_END = 8
# A day named right after a clock: "at 5 a.m. the next morning".
_NEXT_DAY_AFTER = re.compile(r"\s(?:the\s)?(?:next|following)\s")
# A value finer than a day, a part of one or a clock: its expression is a TIME, whatever word
# names the day ("Monday night" as "tonight" and "dawn yesterday" are; TimeML: a granularity
# under a day is a TIME).
_TIME_OF_DAY = re.compile(r"T(?:\d|MO|AF|EV|NI|DT)")
# What before "midnight" makes it the end of an evening: "shortly before midnight", "until".
_BEFORE_MIDNIGHT = re.compile(r"\b(?:before|until|till|to)\s$")
# ... and what makes it the start of the next one: "shortly after midnight", "between midnight
# and 3 a.m.", "since midnight".
_AFTER_MIDNIGHT = re.compile(r"\b(?:after|past|since|between|from)\s$", re.IGNORECASE)
_EVENING_REACH = 120
# The parts of a day whose small hours are the next day's: "Tuesday night ... at 1 a.m."
_NIGHT_PARTS = frozenset({"EV", "NI"})
# How far (characters) a story of the night may go on in later sentences of its paragraph.
_NIGHT_REACH = 400


def _night_goes_on(text: str, evening: tuple[int, Period], tagged: Tagged,
                   found: list[TimeExpression], anchor: Moment | None,
                   tense_of: Callable[[], TenseReading]) -> bool:
    """Say whether a clock in a later sentence goes on telling the night of an evening told
    before it, in the past: "polls closed at 10pm on Thursday ... the first result came at
    10.48pm. The moment that defined the night came shortly after 3am" (Friday's). Nothing
    but the evening's day was named between them, the paragraph goes on, and the evening was
    before the anchor's day."""
    if anchor is None or evening[1].day >= anchor.value.date() or not found \
            or found[-1].end < evening[0]:
        return False
    day = evening[1].day.isoformat()
    for expression in reversed(found):
        if expression.end <= evening[0]:
            break
        if not expression.value.startswith(day):
            return False
    return tagged.start - evening[0] <= _NIGHT_REACH \
        and "\n\n" not in text[evening[0]:tagged.start] \
        and tense_of().tense is Tense.PAST


# The rules of words that count from the story's own day: "today", "tonight", "this morning".
_STORY_DAY_RULES = frozenset({"relday", "part-relday", "this-part"})
# How far (characters) after "next week" a weekday of it may be named, with no stop between
# ("next week. ``We ...'' Adams said Sunday" is another sentence; a colon opens the week's list:
# "Among other companies reporting this week: Hollister on Wednesday").
_WEEK_DAYS_REACH = 160
_STOP = re.compile(r"[.!?;]\s")
# The last month in which a winter league's season (autumn to spring: football, basketball,
# hockey) is still the one that began the year before, and what names a league whose seasons
# run within one calendar year.
_SEASON_ENDS_BY = 6
_SUMMER_LEAGUE = re.compile(r"\b(?:baseball|MLB|WNBA|Major League Soccer|MLS|Formula One|F1"
                            r"|NASCAR|IndyCar|AFL|NRL|IPL|pitchers?|innings)\b")
# A relative clause that has not ended before an expression: ", which was in theaters".
_IN_RELATIVE = re.compile(r",\s(?:which|who|where|whose)\s[^,]*$")


def _in_named_week(result: Resolution, day: Period, week: Period, weekday: int,
                   anchor: Moment | None, tense_of: Callable[[], TenseReading]) -> Resolution:
    """``result`` (a weekday resolved to ``day``) moved into the anchor's week or the one after
    it, which its sentence named before it, unless the clause's tense is past: "Several
    utilities report next week, including Duke Energy on Tuesday" (next week's Tuesday),
    "continues this week, with Alphabet reporting on Wednesday" (this week's)."""
    if anchor is None:
        return result
    monday = week.day - timedelta(days=week.day.isoweekday() - 1)
    this_monday = anchor.value.date() - timedelta(days=anchor.value.isoweekday() - 1)
    if monday < this_monday or monday <= day.day < monday + timedelta(days=7) \
            or weekday == 7:  # "next week ... on Sunday": the week's end, or the one ahead
        # (not "last week": the day a report of it came out is after it, "jumped above 6% last
        # week before easing on Tuesday", "up 1% last week, the MBA said Wednesday")
        return result
    reading = tense_of()
    if reading.tense is Tense.PAST and reading.marked:
        return result  # "Next week's talks, officials said on Tuesday"
    target = monday + timedelta(days=weekday - 1)
    if target < anchor.value.date() and reading.tense is Tense.FUTURE and reading.marked:
        return result  # "This week, the market will focus on [Wednesday]'s decision" on a Thursday
    return _moved(result, day, target, day.changed(day=target).value())


# Between a day and its weekday set beside it: "Jan. 20, a Sunday", "Feb. 7, a rainy Saturday",
# "Dec. 19, Saturday", "Christmas Eve (Wednesday)" (whose weekday the closing bracket ends).
_APPOSITIVE = re.compile(r",\s{1,2}(?:a\s{1,2}(?:[a-z]+(?:-[a-z]+)?\s{1,2})?)?|\s?\(")

# Between a year's possessive and a month in the noun it names: "[last year]'s average [July]
# temperature", "2019's record [August] heat": up to two words, none a preposition or a verb's
# "-s" or "-ed" form ("last year's champion returns in July" names no month of last year).
_YEAR_OF_NOUN = re.compile(r"['\u2019]s\s(?:(?!(?:in|on|at|by|of|for|to|and|or|was|is|since|from"
                           r"|until|after|before|through|during|with|than|as|over)\s)"
                           r"[a-z]+(?<![^s]s)(?<!ed)\s){0,2}")


def _weekday_of(mention: Mention, named: date) -> Mention:
    """A weekday set beside a day just named ("on Jan. 20, a Sunday, in a small ceremony",
    "the debate on Dec. 19, a Saturday night that drew"), as that day when it is its weekday;
    otherwise ``mention`` as it was."""
    if mention.weekday is not None:
        weekday, part = mention.weekday, mention.part
    elif mention.value[9:10].isdigit() and mention.value[10:11] in ("", "T"):
        weekday, part = int(mention.value[9]), mention.value[11:]  # "a Sunday", "a Friday night"
    else:
        return mention
    if named.isoweekday() != weekday:
        return mention
    return mention.with_changes(value="", year=named.year, month=named.month, day=named.day,
                                weekday=None, part=part)


# A clock written as the morning's: "1 a.m.", "2am", "01:00" (not "5 o'clock").
_MORNING_CLOCK = re.compile(r"[aA]\.?\s?[mM]\b|\b0\d[:.]\d\d")
# What names a year written "2024-25" as another kind than a fiscal one: "the 2024-25 season",
# "the 2025/26 marketing year".
_NOT_FISCAL_AFTER = re.compile(r"\s(?:season|school|academic|marketing|crop|harvest|winter"
                               r"|summer|term|campaign|session|El\sNi\w+|flu|NBA|NHL)\b",
                               re.IGNORECASE)


# What joins two weekdays into a pair ("late Wednesday or early Thursday"), and what after the
# second shows it opens a clause of its own ("Monday and Friday he will appear").
_WEEKDAY_PAIR = re.compile(r",?\s(?:and|or)\s")
_CLAUSE_AFTER_DAY = re.compile(r",?\s+(?:he|she|it|they|we|i|you|the|his|her|their|its|will"
                               r"|would|is|are|was|were|should|could|can|may|might)\b",
                               re.IGNORECASE)
# How far after the clause of a weekday another weekday with no verb of its own is told as it.
_LISTED_DAY_REACH = 80
# Between two items of a list of days or months, each with its own name: "on October 29 and
# South Africa on [November 5]", "Chicago in April, Denver in [May]", "and again on".
# An itinerary's items name their days in brackets: "Amsterdam (June 28), Paris ([July 2])".
_LIST_ITEM = re.compile(r"\)?,?\s(?:and\s|or\s|then\s)?(?:at\s|against\s|to\s|vs\.?\s)?"
                        r"(?:(?:again|also|the)\s|[A-Z][\w'.-]*\s){1,4}(?:on|in|from)\s"
                        r"|\),?\s(?:and\s)?(?:[A-Z][\w'.\u2019-]*\s){1,4}\(")
# A record's "since" before a year it measures from: "the best since [2019]", "the highest level
# since [2011]", "the first time since [1998]" (but "the worst since 1994, when ..." goes on in
# that year).
_RECORD_SINCE = re.compile(r"\b(?:\w+est|most|least|worst|best|first|only)\s(?:[\w-]+\s){0,3}"
                           r"since\s$", re.IGNORECASE)
# Periods too coarse to name the day "that night" or "the same day" is of.
_COARSE_GRAINS = frozenset({"year", "half", "quarter", "season", "month"})
# A weekday named alone, as written: "Tuesday" (not "Tuesday of last week").
_WEEKDAY_NAME = re.compile(r"[A-Z][a-z]{2,5}day")
# A weekday's name cut short, with its point: "Wed.", "Thurs.".
_WEEKDAY_SHORT = re.compile(r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.")
# How many days before the first of two joined weekdays the second may be and still be read
# as listed back in time ("Friday and Thursday"); further back, it is the day after the first.
_LISTED_BACK_DAYS = 3
# The end of a range of days with a clock before the last day: "from 22:00 on Friday [until
# 05:00 on ]Monday", "between 8pm on Friday [and 9am on ]Saturday".
_DAY_RANGE_OVER_CLOCK = re.compile(
    r"\s{1,2}(?:to|through|thru|until|till|and)\s{1,2}(?:about\s|around\s)?"
    r"[\d:.]{1,5}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{2,4})?\s{1,2}on\s{1,2}")
# An event after a day's possessive: "Saturday's election", "Tuesday's second debate".
_EVENT_AFTER_POSSESSIVE = re.compile(
    r"['\u2019]s\s(?:[\w-]+\s)?(?:election|vote|poll|referendum|primary|runoff|caucus(?:es)?"
    r"|debate|game|match|race|final|meeting|hearing|summit|session|ceremony|parade|rally"
    r"|concert|festival|launch|strike|march|protest)s?\b")
# Between a clock and its day: a place ("6 a.m.[ in most Eastern states ]tomorrow", "[ in
# Ohio on ]Tuesday") or the clock's zone as an aside ("6 p.m.[ local time, on ]New Year's Eve").
_PLACE_BEFORE_DAY = re.compile(
    r"\s(?:in|at|across|throughout)\s(?!(?:[\w.'\u2019-]+\s){0,4}(?:and|but|or|then|when|after"
    r"|before|until|while|where|which|who|that)\b)(?:[\w.'\u2019-]+\s){1,5}(?:on\s)?"
    r"|\slocal\stime,\s(?:on\s)?")
# "and" and a verb between a dated day and a weekday: "on Saturday, Dec. 19[, and ended ]Sunday".
_AND_THEN = re.compile(r",?\s(?:and|then|before)\s(?:[\w-]+\s){1,4}(?:on\s)?")
# What joins two weekdays of one week named after them: "Tuesday[ and ]Wednesday of last week".
_WEEKDAY_PAIR_OF_WEEK = re.compile(r",?\s{1,2}(?:and|or)\s{1,2}")
# What stands between a day and its other name: "April 12, 1963[ -- ]Good Friday".
_APPOSITION = re.compile(r"\s*(?:--?|\u2013|\u2014|,|\()\s*")
# How many days ahead a weekday's possessive may name the event to come, as tomorrow's does:
# "Saturday's match" told on a Thursday.
_POSSESSIVE_AHEAD_DAYS = 2
# What follows from an event gone: "after Saturday's win", "the toll from Friday's quake".
_OUTCOME_OF_BEFORE = re.compile(r"\b(?:after|following|since|from)\s$", re.IGNORECASE)
# ... or an event no one schedules, or an outcome: "the victims of Saturday's crash", "said
# Friday's selloff would weigh on pension funds", "Thursday's ruling will be appealed" (one
# awaited has its cue before it: "ahead of Thursday's ruling").
_UNPLANNED_AFTER = re.compile(
    r"['\u2019]s\s(?:[\w-]+\s){0,2}(?:crash|shooting|attack|bombing|blast|explosion|fire"
    r"|earthquake|quake|accident|collision|derailment|stabbing|killing|murder|massacre|sell-?off"
    r"|plunge|slump|tumble|rout|surge|jump|outage|win|loss|defeat|victory|upset|comeback"
    r"|ruling|verdict|decision|remarks|comments|statement)s?\b")
# A verb that puts off, brings forward or calls off an event, which is still to come when it is
# told: "organizers moved Saturday's mass ascension earlier", "postponed Friday night's game".
_RESCHEDULED_BEFORE = re.compile(
    r"\b(?:moved|postponed|delayed|cancell?ed|rescheduled|called\soff|put\soff|pushed\sback"
    r"|brought\sforward)\b(?:\s(?:the\s)?(?:start|end|kick-?off)\sof)?\s$|\beve\sof\s$"
    r"|\buntil\s(?:after\s)?$")
# "for" before a day's possessive, perhaps with "this": "[for ]Saturday's drawing".
_FOR_BEFORE = re.compile(r"\bfor\s(?:this\s)?$")
# A drawing, a game or a show after a day's possessive, which what is "for" it awaits.
_DRAW_AFTER_POSSESSIVE = re.compile(
    r"['\u2019]s\s(?:[\w-]+\s){0,2}(?:drawings?|draws?|games?|matches|match|races?|finals?"
    r"|elections?|votes?)\b")
# ... but what was judged for it is past ("was fined for Saturday's game"), and what was
# readied or bought for it is the clause's to place ("prepared for Sunday's match with a light
# session on Friday", "bought $1.5 billion in tickets for Friday's drawing").
_JUDGED_FOR = re.compile(
    r"\b(?:praised|thanked|blamed|fined|credited|criticized|criticised|punished|penalized"
    r"|penalised|apologized|apologised|sanctioned|cited|honou?red|rewarded|charged|booked"
    r"|disciplined|reprimanded|celebrated|remembered|prepared|readied|trained|bought"
    r"|purchased|sold|spent|wagered)\b(?:[^.;]|\.\d)*$")
# What joins the items of a weekly schedule: "Monday through Friday[ and ]10 a.m. to 8 p.m.
# Saturday", "from 9 a.m. to 8 p.m.[, and ]Friday", "[ to ]8 p.m. Saturday", "Monday through
# Saturday[ and closes at ]2 p.m.".
_SCHEDULE_ITEM = re.compile(r"[,;]?\s{1,2}(?:(?:and|or)\s{1,2})?(?:(?:from|on)\s{1,2})?"
                            r"|\s?[-\u2013]\s?|\s{1,2}(?:to|until|till)\s{1,2}"
                            r"|,?\s{1,2}and\s{1,2}(?:re)?(?:opens|closes)\s{1,2}at\s{1,2}")
# Between the two clocks of a range: "from 6am to 9pm on Thursday".
_CLOCK_RANGE_JOIN = re.compile(r"\s?[-\u2013]\s?|\s{1,2}(?:to|until|till|and)\s{1,2}")
# What joins the clocks before a set of days: a range, or a list ("at 11 a.m., 1 p.m. and 3
# p.m. both days").
_CLOCKS_OF_A_SET = re.compile(_CLOCK_RANGE_JOIN.pattern + r"|,\s{1,2}(?:and\s{1,2})?")


# A clock written without a.m., p.m. or a zone ("7:05"), the parts of a day after noon that
# make one right after them an afternoon or evening clock, and what may stand between them.
_BARE_CLOCK = re.compile(r"\d{1,2}[:.]\d\d")
_LATE_PARTS = frozenset({"AF", "EV", "NI"})
# The hours a clock without a.m. or p.m. may have to be read in such a part of the day named
# earlier in its sentence ("this afternoon, a little after 5 o'clock"; but "last night, at
# about 2" is two in the morning), and how far after it (characters).
_LATE_HOURS = {"AF": (1, 6), "EV": (4, 11), "NI": (6, 11)}
_LATE_CLOCK_REACH = 100
# How many hours before a clock of the afternoon or evening the clock after it, written without
# a.m. or p.m., may be and still be of the same afternoon or evening ("doors open at 3:45").
_EVENING_EARLIER_HOURS = 3
_AT_CLOCK = re.compile(r",?\s{1,2}(?:at|around|about|from|until|by|shortly\s(?:before|after))"
                       r"\s{1,2}")


def _late_in_sentence(text: str, clock: Tagged, following: Tagged | None, part: str,
                      part_end: int) -> bool:
    """Say whether a clock without a.m. or p.m. is of the afternoon, evening or night (``part``)
    its sentence named before it, which ended at ``part_end``: an hour such a part has, no
    clock of 24 hours ("08:30"), no part of its own after it ("at 9:15 the next morning"), and
    not the start of a range ("had run from 9:00 to 5:00")."""
    mention = clock.mention
    first, last = _LATE_HOURS[part]
    if mention.hour is None or not first <= mention.hour <= last or not _bare_clock(mention) \
            or text[clock.start] == "0" or clock.start - part_end > _LATE_CLOCK_REACH \
            or _SENTENCE_BREAK.search(text, part_end, clock.start) is not None \
            or clock_mark(text, clock.start, clock.end):
        return False
    return following is None or not (
        following.mention.part and following.start - clock.end <= 2
        or following.mention.hour is not None
        and _CLOCK_RANGE_JOIN.fullmatch(text, clock.end, following.start))


# "between 2:42 and 2:47 p.m.": a range joined by "and", after "between" (and a modifier).
_BETWEEN = re.compile(r"\b[Bb]etween\s(?:about\s|around\s|roughly\s)?$")
_BETWEEN_CHARS = 17


def _afternoon_end(text: str, first: Tagged, second: Tagged, hour: int) -> bool:
    """Say whether ``second`` ends a range of clock times that begins with ``first`` (written
    without a.m. or p.m., at ``hour``) in the afternoon or evening, after it. A range of 24-hour
    clocks ("from 08:00 to 20:00") writes no "p.m.": its first time stays in the morning."""
    end = second.mention
    return end.hour is not None and 12 < end.hour < 24 and hour + 12 <= end.hour \
        and not end.has_date and (
            _DAY_RANGE.fullmatch(text, first.end, second.start) is not None
            or _AND.fullmatch(text, first.end, second.start) is not None
            and _BETWEEN.search(text, max(0, first.start - _BETWEEN_CHARS), first.start)
            is not None) \
        and text[first.start] != "0" and clock_mark(text, second.start, second.end) == "p"


def _yearless_day(mention: Mention) -> bool:
    """A month and day without a year ("March 3"), whose year the tense picks."""
    return mention.day is not None and mention.month is not None and mention.year is None \
        and mention.relation is Relation.NONE and not mention.value


def _range_end_year(text: str, first: Tagged, second: Tagged,
                    anchor: Moment | None) -> int | None:
    """The year of a range's first day (or month) when only its last states one: "from March 3
    to May 5, 2019", "July 23-August 8 next year", "Dec. 28-Jan. 3, 2020" (which begins in
    2019), "between March and May of last year", "in March and May 2019"."""
    end = second.mention
    start = first.mention
    if end.month is None or (end.day is None) != (start.day is None):
        return None
    if not _DAY_RANGE.fullmatch(text, first.end, second.start) \
            and not _AND.fullmatch(text, first.end, second.start):
        return None
    if end.year is not None:
        year = end.year
    elif end.unit == "year" and end.relation is Relation.ANCHOR and end.offset is not None \
            and anchor is not None:
        year = anchor.value.year + end.offset  # "August 8 next year"
    else:
        return None
    return year - 1 if (start.month, start.day or 0) > (end.month, end.day or 0) else year


def _bare_month(mention: Mention) -> bool:
    """A month alone ("April"), whose year the tense picks."""
    return _month_alone(mention) and mention.direction is Direction.TENSE


def _month_alone(mention: Mention) -> bool:
    """A month with no year, day or relative word ("April", "data for [April]")."""
    return mention.month is not None and mention.day is None and mention.year is None \
        and mention.relation is Relation.NONE and not mention.value


def _month_range_end(result: Resolution, first: Period, mention: Mention) -> Resolution:
    """Put the second month of a range in the twelve months from the first ("the April-June
    quarter": both of one year, whatever the tense says of each)."""
    period = result.period
    if not _bare_month(mention) or period is None or period.grain != "month" \
            or first.grain != "month":
        return result
    later = period.day.month < first.day.month
    return _month_in_year(result, first.day.year + (1 if later else 0))


def _date_range_end(result: Resolution, first: Period, mention: Mention) -> Resolution:
    """Put the last day of a range in the year from its first ("the fiscal year runs from
    July 1 to June 30": the June after that July, whatever the tense says of each)."""
    period = result.period
    if not _yearless_day(mention) or period is None or period.grain != "day" \
            or first.grain != "day":
        return result
    later = (period.day.month, period.day.day) < (first.day.month, first.day.day)
    year = first.day.year + (1 if later else 0)
    if year == period.day.year or (period.day.month, period.day.day) == (2, 29):
        return result
    day = period.day.replace(year=year)
    return _moved(result, period, day, day_value(day))


def _under_way_a_year_before(start: date, end: date, today: date) -> bool:
    """Say whether a span read as starting more than half a year after ``today`` holds
    ``today`` when both its ends are put a year earlier."""
    if (start - today).days <= _HALF_YEAR_DAYS or (2, 29) in ((start.month, start.day),
                                                              (end.month, end.day)):
        return False
    return start.replace(year=start.year - 1) <= today <= end.replace(year=end.year - 1)


# More than this many days ahead, a span's start may be the one of a span under way; and the
# state before such a span that may hold now ("will remain closed from", not "will be held from";
# no year named on the way: "The 2026 Masters will be played April 9-12").
_HALF_YEAR_DAYS = 183
_STATE_BEFORE_SPAN = re.compile(r"\b(?:remain|remains|stay|stays|continue|continues|runs|run"
                                r"|lasts|last|be\sclosed|be\sshut|be\ssuspended|is\sclosed"
                                r"|are\sclosed)\b(?:(?![.;!?]|\d{4})[^\n])*$")


# What narrows a year named just before to a part of it: a comma and a few words that are no
# verb ("next year, probably in [June]", "in 2026, most of them in [the first half]", "this
# year, with the first in [September]"; not "The law, passed in 2019, takes effect in March").
_YEAR_NARROWED = re.compile(
    r",\s(?:(?:with|including|despite)\s[^,.;:!?()\n\"\u201c\u201d]{0,30}?\s"
    r"|(?:(?:probably|possibly|likely|perhaps|maybe|mostly|mainly|largely|especially|most|much"
    r"|all|some|half|one|two|three|both|each|of|it|them|the|first|second|third|last)\s){0,5})"
    r"(?:in|by|during|over|for)\s(?:the\s|early\s|late\s|mid-?)?")


# The items of a list after the first: "in September and October", "one in the spring and
# one in the fall", "in January, April and October".
_NARROWED_ITEM = re.compile(r",?\s(?:and\s|or\s)?(?:(?:one|two|another|the\s(?:other|second|"
                            r"last|next))\s)?(?:(?:in|by|during)\s(?:the\s|early\s|late\s)?)?")


def _narrowed_year(text: str, end: int, start: int, reference: Period | None,
                   reference_end: int, narrowed: tuple[int, int] | None) -> int | None:
    """The year that a month, season or quarter written at ``start`` narrows down, after an
    expression that ended at ``end``: the year named there, when a phrase with no verb joins
    them (see _YEAR_NARROWED); or the year the last item of a list of such took ("this year,
    in September and October"). None otherwise."""
    if narrowed is not None and narrowed[0] == end and _NARROWED_ITEM.fullmatch(text, end, start):
        return narrowed[1]
    if reference is not None and reference.grain == "year" and reference_end == end \
            and _YEAR_NARROWED.fullmatch(text, end, start) \
            and not may_hold_marker(text[end:start]):
        return reference.day.year
    return None


def _bare_season(mention: Mention) -> bool:
    """A season alone ("summer"), whose year the tense picks."""
    return bool(mention.season) and mention.year is None and mention.relation is Relation.NONE \
        and mention.direction is Direction.TENSE and not mention.value


def _bare_quarter(mention: Mention) -> bool:
    """A quarter or half alone ("the first quarter"), whose year the tense picks."""
    return bool(mention.quarter or mention.half) and mention.year is None \
        and mention.relation is Relation.NONE and mention.direction is Direction.TENSE


# The periods a story tells of, whose year a month, season or day named after them in the
# past tense shares.
_STORY_GRAINS = frozenset({"year", "month", "week", "day", "part", "season"})
# How close (characters) that period must have been named: a sentence or two.
_STORY_REACH = 200
# What names a period as when something happened ("married in June 1950"), not as a name of
# an event ("charged in the Dec. 21, 1988, bombing", "the August 1988 cease-fire", after which
# news copy goes back to its own time), nor as where a span began ("the highest since November
# 2011", which the story measures from its own time; but "the deadliest since July 1993, when a
# ferry sank" goes on to tell of that time).
_WHEN_LEAD = re.compile(r"\b(?:in|on|during|until|by)\s$", re.IGNORECASE)
# A year alone tells of the story's time when it ends the sentence that it is when of: "He
# moved to Rome in 1955. In March he met Fellini" (not "a program approved in 1987 that",
# "arrested since 1990", nor an aside: "Chavez, who came to power in 1999, was re-elected in
# October").
_YEAR_ENDS_SENTENCE = re.compile(r"[.;]\s")
# A year alone carries no month or season the tense puts this close (days) to the anchor, and
# no day: an obituary goes back to its own time ("He retired in 2004. He died on Oct. 9").
_STORY_YEAR_NEAR = 120
# A month and day in the weeks just gone (days before the anchor) is of the story's earlier
# year only as its next step, at most two months after the story's date: "The protests began
# in October 1989. On November 9, the Wall fell" (but "Ferguson arrived in November 1986.
# United won the league on May 16", said on May 27, 1999, is of 1999).
_STORY_DAY_NEAR = 31
_STORY_STEP_DAYS = 62


def _opens_sentence(text: str, start: int, end: int, later: int) -> bool:
    """Say whether the year at ``text[start:end]`` (after "In" or "Back in", or alone: "Last
    year") opens the sentence that goes on to ``later``: "In 2020, Georgia's race wasn't called
    until Nov. 19", "Last year, cases peaked in March"."""
    if not text.startswith(",", end) or _SENTENCE_BREAK.search(text, end, later):
        return False
    for lead in _YEAR_LEADS:
        if text.endswith(lead, 0, start):
            start -= len(lead)  # "Back in 2016, the count dragged on until mid-December"
            break
    return _starts_sentence(text, start)


def _year_opens(text: str, start: int, end: int) -> bool:
    """Say whether the year at ``text[start:end]`` opens its sentence as when it tells of, with
    a comma or without: "In 2019, the elections ...", "Last year Hanukkah began on Dec. 7" (a
    numeral or "the year" needs its "In": "2025 was the third-hottest year", "The year was
    barely a week old" are subjects; a fiscal year is no calendar's)."""
    if not text.startswith((",", " "), end) or _FISCAL_WORD.search(text, start, end):
        return False
    needs_lead = text[start:start + 1].isdigit() or text.startswith(("the ", "The "), start)
    for lead in _YEAR_LEADS:
        if text.endswith(lead, 0, start):
            start -= len(lead)
            break
    else:
        if needs_lead:
            return False
    return _starts_sentence(text, start)


# What makes a year a fiscal one: "The fiscal year", "FY26".
_FISCAL_WORD = re.compile(r"fiscal|financial|FY", re.IGNORECASE)
# What may open a sentence before its year: "In 2020, ...", "Back in 2016, ...", "From 2026
# both races return to Kona in October".
_YEAR_LEADS = ("In ", "Back in ", "From ", "Starting in ", "Beginning in ")


def _heads_line(text: str, start: int, end: int) -> bool:
    """Say whether the date at ``text[start:end]`` heads a line of a timeline: it opens a line
    after the first (perhaps after a bullet) and a colon or a dash follows it ("2008: ...",
    "- March 18, 2014 — ...")."""
    return text.rfind("\n", 0, start) >= 0 and _line_head(text, start, end) == "head"


def _line_head(text: str, start: int, end: int) -> Literal["alone", "head", ""]:
    """Say how the expression at ``text[start:end]`` stands on its line: "alone" (perhaps
    after a bullet: a live blog's "17:45 GMT", a day "Sunday 29 December 2024"), "head" when
    it opens the line before a colon or a dash ("- 2.15pm AEST: Highway closed", "14:02 -
    Alerts fire"), else ""."""
    line = text.rfind("\n", 0, start) + 1
    if _LINE_OPENING.fullmatch(text, line, start) is None:
        return ""
    close = text.find("\n", end)
    if not text[end:close if close >= 0 else len(text)].strip():
        return "alone"
    return "head" if _HEAD_AFTER.match(text, end) is not None else ""


# What follows a timeline's head, and what may open its line before it (at most so many
# characters: spaces and a bullet).
_HEAD_AFTER = re.compile(r":\s|\s?[\u2014\u2013]\s?|\s-\s")
_LINE_OPENING = re.compile(r"[ \t]{0,4}(?:[-*\u2022][ \t]{1,2})?")
_LINE_OPENING_CHARS = 7
# A list item's bullet before a day that opens its entry ("- Saturday, 9 a.m.", "\u2014 Tuesday,
# 1 to 7 p.m."), and the weekday's word at the start of the expression (in capitals too).
_BULLET = re.compile(r"[ \t]{0,4}[-*\u2022\u2013\u2014][ \t]{1,2}")
_WEEKDAY_WORD = re.compile(_WEEKDAY_NAME.pattern + r"\b|[A-Z]{6,9}\b")


def _starts_sentence(text: str, start: int) -> bool:
    """Say whether ``text[start:]`` begins a sentence: the text's start, a line's, or after a
    full stop and a space (a quotation mark that opens it may come first: "Last year I played
    too much in February")."""
    if start > 0 and text[start - 1] in _OPENING_QUOTES:
        start -= 1
    return start == 0 or text[start - 2:start] in _STOPS_AND_SPACE or text[start - 1] == "\n"


_OPENING_QUOTES = "\"\u201c"
_STOPS_AND_SPACE = (". ", "? ", "! ")


def _side(month: date, today: date) -> int:
    """-1, 0 or 1: the month that begins on ``month`` is before, holds or is after ``today``."""
    if (month.year, month.month) == (today.year, today.month):
        return 0
    return -1 if month < today else 1


def _year_of_subject(text: str, start: int, end: int, later: int) -> bool:
    """Say whether the year at ``text[start:end]`` dates the event that opens the sentence
    going on to ``later``, told as happening: "The 1987 crash came on Oct. 19", "The 2008
    crisis peaked in September" (not "The 1977 album was reissued in April": a year that
    dates a thing, or an event, told of what befell it later)."""
    if not text.endswith("The ", 0, start):
        return False
    event = _EVENT_AFTER_YEAR.match(text, end)
    if event is None or _SENTENCE_BREAK.search(text, end, later):
        return False
    if event.group("active") in _LATER_FATE \
            or event.group("passive") and event.group("passive") not in _HAPPENING_PASSIVE:
        return False
    return _starts_sentence(text, start - 4)


def _year_of_coming_subject(text: str, start: int, end: int, later: int) -> bool:
    """Say whether the year at ``text[start:end]`` dates the subject that opens the sentence
    going on to ``later``: "The 2026 World Cup kicks off June 11" (not a year that straddles
    into the next: "The 2027 season", "The 2027 budget")."""
    return text.endswith("The ", 0, start) and _STRADDLES.match(text, end) is None \
        and _SENTENCE_BREAK.search(text, end, later) is None and _starts_sentence(text, start - 4)


# What follows a year of a period that straddles two calendar years ("The 2025 season", "the
# 2027 models", "the 2026 school year").
_STRADDLE_WORDS = r"(?:season|fiscal|financial|budget|models?|school|academic|tax)\b"
_STRADDLES = re.compile(r"\s" + _STRADDLE_WORDS)
# The words after a year that opens a sentence's subject, and its verb: "The 1987 crash came",
# "The 2024 election was held" (not a year that straddles into the next: "The 2025 season").
_EVENT_AFTER_YEAR = re.compile(
    r"\s(?!" + _STRADDLE_WORDS + r")(?:[a-z-]+,?\s){1,3}?"
    r"(?:(?P<active>[a-z]+ed|came|struck|began|hit|won|drew|took|ran|fell|rose|broke|swept"
    r"|spread|made|killed|left|lost|saw|met|brought|led|beat|shook|grew|sank|flew|fought"
    r"|kicked|held)|(?:was|were)\s(?P<passive>[a-z]+))\b")
# The words after a year that opens a sentence's subject, and its verb of happening in the
# present: "The 2024 Paris Olympics open", "The 2025 NFL draft will be held".
_EVENT_HAPPENS_AFTER_YEAR = re.compile(
    r"\s(?:[A-Za-z-]+,?\s){1,3}?(?:opens?|begins?|starts?|kicks?\soff|falls|takes?\splace"
    r"|(?:will\s)?(?:be\s(?:held|played|staged|run)|open|begin|start|kick\soff|take\splace))\b")
# Verbs that tell what befell a dated thing later, not when it happened: "The 1977 album was
# reissued in April", "The 2019 painting sold at auction on Nov. 20".
_LATER_FATE = frozenset({
    "reissued", "restored", "released", "re-released", "adapted", "sold", "certified",
    "repealed", "demolished", "weakened", "overturned", "recalled", "remembered",
    "commemorated", "marked", "amended", "dismissed", "lifted", "rescinded", "revised",
    "reversed", "upheld", "cited", "celebrated", "honored", "honoured", "published",
    "reprinted", "remastered", "auctioned", "resurfaced", "rediscovered", "reopened",
    "renovated", "replaced", "retired", "settled", "appealed", "challenged", "investigated",
    "reviewed", "paid", "returned", "updated", "expanded", "extended", "renewed", "screened",
    "shown", "aired", "broadcast", "revived", "cancelled", "canceled", "delayed", "postponed",
    "voided", "annulled", "quashed", "unveiled", "exhibited", "named"})
# Passives that tell when a dated event happened: "The 2024 election was held on Nov. 5".
_HAPPENING_PASSIVE = frozenset({"held", "fought", "run", "played", "staged", "taken", "signed",
                                "launched", "called", "declared", "founded", "formed",
                                "established", "fired", "killed", "won", "lost", "on"})


def _story_holiday(text: str, tagged: Tagged, result: Resolution, anchor: Moment | None,
                   tense_of: _TenseOf) -> bool:
    """Say whether a holiday named without a year, or a word that picks one ("last Christmas",
    "Boxing Day last year"), may be of the year a story tells of: in a clause a past form marks,
    when the holiday nearest now is not one of the last months' ("Over Easter she was still
    doing the voices", said in April, is this Easter) or "that" points back to the story's."""
    mention = tagged.mention
    return bool(mention.holiday) and mention.year is None \
        and mention.direction is Direction.TENSE and mention.relation is Relation.NONE \
        and result.period is not None and result.period.grain in ("day", "week") \
        and anchor is not None \
        and (not 0 <= (anchor.value.date() - result.period.day).days <= _STORY_YEAR_NEAR
             or text.endswith(("that ", "That "), 0, tagged.start)) \
        and not _YEAR_WORD_AFTER.match(text, tagged.end) \
        and tense_of().marked and tense_of().tense is Tense.PAST


# A year counted from now after an expression: "on Boxing Day last year".
_YEAR_WORD_AFTER = re.compile(r",?\s(?:last|this|next)\syear\b", re.IGNORECASE)


def _in_story_year(result: Resolution, reference: Period) -> Resolution:
    """``result`` (a month, season or day without a year) moved to the first year, from the
    story's ``reference`` on, in which it does not begin before the reference's month."""
    period = result.period
    if period is None:
        return result
    year = reference.day.year + (1 if period.day.month < reference.day.month else 0)
    if period.grain == "day":
        try:
            day = period.day.replace(year=year)
        except ValueError:
            return result  # February 29
        return _moved(result, period, day, day_value(day)) if day != period.day else result
    return _month_in_year(result, year)


def _told_in_past(text: str, start: int, end: int) -> bool:
    """Say whether the sentence that ends at ``end`` (after ``start``) tells of the past before
    it: "It hired its first 50 workers by [the end of the year]", whose "by" looks back."""
    breaks = list(_SENTENCE_BREAK.finditer(text, start, end))
    words = text[breaks[-1].end() - 1 if breaks else start:end].split()
    reading = nearest_marker(words, [])
    return reading.marked and reading.tense is Tense.PAST


def _unit_before(day: date, today: date, unit: str) -> bool:
    """Say whether the ``unit`` (year, month or week) that holds ``day`` is over before the one
    that holds ``today``."""
    if unit == "week":
        return day.isocalendar()[:2] < today.isocalendar()[:2]
    if unit == "month":
        return (day.year, day.month) < (today.year, today.month)
    return day.year < today.year


# What names a month as when a later event is ("would begin in June and finish three weeks
# later"), from which a count goes on.
_IN_MONTH = re.compile(r"\b(?:in|during|until)\s$", re.IGNORECASE)
# What names a year as when ("in 1993", "For 2025"), before one that a quarter or half "of
# the year" in its sentence is of.
_YEAR_OF_HALF_LEAD = re.compile(r"\b(?:in|for|during)\s$", re.IGNORECASE)
# "since" in the words before a year: a state that began then and goes on ("has ruled
# Zimbabwe since independence in 1980"), not a story told of that year.
_SINCE_BEFORE_YEAR = re.compile(r"\bsince\b[^.;]*$", re.IGNORECASE)
# A relative clause a date is in: "after a pause of three years that began in March 2020" tells
# what the pause was, and the next sentence's "on Sept. 1" is not of that year; so does a record's
# participle ("below its peak reached in March 2022") and a comparison ("up from three in 2014").
_ASIDE_BEFORE_YEAR = re.compile(r"\b(?:that|which)\s(?:[\w'-]+\s){1,3}$"
                                r"|\b(?:peak|high|low|record|level)\s(?:reached|set|hit|seen)\s"
                                r"(?:in|on)\s$|\b(?:(?:up|down)\sfrom|compared\swith|than)\s"
                                r"(?:[\w'-]+\s){0,4}in\s$", re.IGNORECASE)
# A plan or arrangement before a day counted on: "planned to meet again three days later".
_PLANNED_TO = re.compile(r"\b(?:planned|plans|supposed|hoped|booked|due|expected|scheduled|set"
                         r"|intended|agreed|promised|vowed|pledged|going)\s+to\b",
                         re.IGNORECASE)
# A weekday that closes a clock's gloss: "(2245 GMT on Friday)".
_DAY_IN_GLOSS = re.compile(r"\s{1,2}(?:on\s{1,2})?" + _WEEKDAY_NAME.pattern + r"\)")
# A record that a year is named for: "beating the previous high set in 1846", "the sunniest
# since records began in 1910": a measure's comparison, not a story told of that year.
_RECORD_BEFORE_YEAR = re.compile(r"\b(?:records?|previous\s(?:high|low|best|peak)|set)\b"
                                 r"[^.;]*$", re.IGNORECASE)
# A date set after a day as its gloss: "five days later, on Feb. 7".
_GLOSS_ON = re.compile(r",\s{1,2}on\s{1,2}")
_DAY_VALUE = re.compile(r"(\d{4})-(\d\d)-(\d\d)")


def _day_distance(day: date, year: int, other: date) -> int:
    """Days between ``day`` moved to ``year`` and ``other`` (a large number for Feb. 29)."""
    try:
        return (day.replace(year=year) - other).days
    except ValueError:
        return 1 << 20


def _in_year(result: Resolution, year: int) -> Resolution:
    """``result`` (a day, month or season without a year) moved to ``year``."""
    period = result.period
    if period is None or period.grain != "day":
        return _month_in_year(result, year)
    try:
        day = period.day.replace(year=year)
    except ValueError:
        return result  # February 29
    return _moved(result, period, day, day_value(day)) if day != period.day else result


def _month_in_year(result: Resolution, year: int) -> Resolution:
    """``result``, a month, a season, a quarter or a half, moved to ``year``."""
    period = result.period
    if period is None or period.grain not in ("month", "season", "quarter", "half") \
            or year == period.day.year:
        return result
    day = period.day.replace(year=year, day=1)
    moved = replace(period, day=day)
    return replace(result, value=moved.value(), period=moved,
                   interval=_years_shifted(result.interval, year - period.day.year),
                   alternatives=())


def _years_shifted(interval: Interval | None, years: int) -> Interval | None:
    """``interval`` (a month's or a season's) moved by whole ``years``."""
    if interval is None:
        return None
    return Interval(interval.start.replace(year=interval.start.year + years),
                    interval.end.replace(year=interval.end.year + years))


def _year_moved(expression: TimeExpression, years: int) -> TimeExpression:
    """``expression``, a month or a season, moved by ``years``."""
    if not years:
        return expression
    year = int(expression.value[:4]) + years
    return replace(expression, value=f"{year:04d}{expression.value[4:]}",
                   interval=_years_shifted(expression.interval, years), alternatives=())


def _background_day(text: str, start: int, mention: Mention, period: Period | None,
                    story_day: date) -> bool:
    """Say whether the day ``period`` that ``mention`` names at ``start`` is a story's
    background: a day named by its date or weekday, more than a week before ``story_day``,
    that the words before it in its clause name as such (``_BACKGROUND_BEFORE``). No clock alone
    in a sentence after it is of it: "to mark 80 years since Soviet soldiers liberated it on
    January 27, 1945. The ceremony, beginning at 4 p.m., ..." is of the day they gathered."""
    return _day_grain(period) and period is not None \
        and (mention.day is not None or mention.weekday is not None) and not mention.anaphoric \
        and (story_day - period.day).days > _EVENT_DAY_RECENT \
        and _BACKGROUND_BEFORE.search(text, max(0, start - _BACKGROUND_CHARS), start) is not None


def _day_grain(period: Period | None) -> bool:
    """Say whether ``period`` names a day, or a part or time of one."""
    return period is not None and period.grain in DAY_GRAINS


# The days of the longest year: a day more than this before the anchor is of a year gone.
_DAYS_IN_YEAR = 366


def _sentence_after(text: str, start: int, end: int) -> str | None:
    """The words of the sentence that ``end`` is in, from its start to ``end``, when a sentence
    ends between ``start`` and ``end``; else None."""
    breaks = [found.end() - 1 for found in _SENTENCE_BREAK.finditer(text, start, end)]
    return text[breaks[-1]:end] if breaks else None


# "will", "shall", or a plan's participle: the future of what is to be done.
_WILL_OR_SET = re.compile(r"\b(?:will|shall|scheduled|slated|set\sto)\b|['\u2019]ll\b",
                          re.IGNORECASE)


def _other_side(day: date, today: date, reading: TenseReading) -> bool:
    """Say whether ``day`` is on the other side of ``today`` from what a clause in the tense
    ``reading`` tells of: to come for a past clause, a year or more gone for a clause that a
    modal puts in the future."""
    return reading.marked and (reading.tense is Tense.PAST and day > today
                               or reading.tense is Tense.FUTURE and reading.certain
                               and (today - day).days > _DAYS_IN_YEAR)


def _zone_shift(clock: TimeExpression, gloss: Resolution) -> int:
    """The days from a clock's day to its gloss's in another zone, both zones named: the shift
    of -1, 0 or 1 day that puts the gloss nearest the clock's instant."""
    if clock.interval is None or gloss.interval is None:
        return 0
    local, other = clock.interval.start, gloss.interval.start
    other += timedelta(days=(local.date() - other.date()).days)  # on the clock's day
    return min((-1, 0, 1), key=lambda days: abs(other + timedelta(days=days) - local))


def _across_midnight(first: int, second: int) -> int:
    """The days from a clock's day to its gloss's in another zone, by their hours: +1 when the
    gloss's hour is more than twelve hours before the clock's ("8 p.m. EDT (0000 GMT)"), -1
    when it is more than twelve after ("1 a.m. local time (2200 GMT)"), else 0."""
    if first - second > 12:
        return 1
    return -1 if second - first > 12 else 0


def _market_quote(text: str, start: int, end: int, reference_start: int,
                  reference_end: int) -> bool:
    """Say whether the clock at ``text[start:end]`` times a market's price: a trading city
    after it ("at 4 p.m. in New York", "by 11am in London", "at 5 p.m. Frankfurt time") and a
    price's move before it in its sentence ("rose 1.2 percent to $44.02"). Not when the period
    named last is a move's day ("Stocks fell 2 percent on Friday. The Dow lost 300 points to
    10,000 at 4 p.m. in New York": that session's; but "the bill due Oct. 24 fell 28 basis
    points" names the bill by its day).
    """
    if not _MARKET_PLACE_AFTER.match(text, end):
        return False
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    if not _PRICE_MOVE.search(text, max(sentence, start - _MARKET_QUOTE_CHARS), start):
        return False
    return reference_start < 0 or _NOT_MOVE_DAY_BEFORE.search(
        text, max(0, reference_start - 12), reference_start) is not None \
        or _PRICE_MOVE.search(text, max(0, reference_start - _MOVE_DAY_CHARS), min(
            sentence if reference_start < sentence else start,
            reference_end + _MOVE_DAY_CHARS)) is None


# A report made at a briefing named by its clock: "said at an [8 a.m.] briefing", "told
# reporters at a [10 a.m.] news conference".
_SAID_AT_BEFORE = re.compile(r"\b(?:(?:said|says)\s|told\s(?:[\w-]+\s){1,2}?)(?:at|during)\s"
                             r"(?:a|an)\s$")
_SAID_AT_CHARS = 40
_BRIEFING_AFTER = re.compile(r"\s(?:(?:news|press)\s(?:conference|briefing)|briefing)\b")

# A market's city after a clock, and a price's move before it, within this many characters.
_MARKET_PLACE_AFTER = re.compile(
    r"\s(?:in\s(?:New\sYork|London|Tokyo|Frankfurt|Hong\sKong|Sydney|Singapore|Zurich|Paris"
    r"|Chicago|Toronto|Mumbai|Shanghai|Seoul|Madrid|Milan|Johannesburg|Sao\sPaulo)"
    r"|(?:New\sYork|London|Tokyo|Frankfurt|Hong\sKong|Sydney|Singapore|Zurich|Paris|Berlin"
    r"|Brussels)\stime)\b")
_PRICE_MOVE = re.compile(r"\d\s?(?:percent|per\scent|%|basis\spoints|cents|pence|points)\b"
                         r"|\bto\s[$£€]?\d", re.IGNORECASE)
_MARKET_QUOTE_CHARS = 200
# How near a move a day is the move's ("fell 2 percent on Friday", "on Friday fell 2 percent"),
# and the words before a day that make it no move's ("the bill due Oct. 24", "since Feb. 13").
_MOVE_DAY_CHARS = 30
_NOT_MOVE_DAY_BEFORE = re.compile(r"\b(?:due|since|maturing|until|through)\s$", re.IGNORECASE)


def _bare_clock(mention: Mention) -> bool:
    """A time of day alone ("10pm"), on the day the text is about."""
    return mention.hour is not None and mention.day is None and mention.weekday is None \
        and mention.month is None and mention.relation is Relation.NONE and not mention.value


_CLOCK_GRAINS = frozenset({"hour", "minute", "second"})


def _clock_range_end(result: Resolution, first: Period, mention: Mention) -> Resolution:
    """Put the second time of a range after the first: "from 10pm to 6am" ends the next
    morning."""
    period = result.period
    if not _bare_clock(mention) or period is None or period.grain not in _CLOCK_GRAINS \
            or first.grain not in _CLOCK_GRAINS or period.day != first.day:
        return result
    if (period.hour, period.minute, period.second) > (first.hour, first.minute, first.second):
        return result
    moved = period.changed(day=period.day + timedelta(days=1))
    return _moved(result, period, moved.day, moved.value())


def _moved(result: Resolution, period: Period, day: date, value: str) -> Resolution:
    """``result`` (which resolved to ``period``) moved to ``day``, written ``value``."""
    return replace(result, value=value, period=period.changed(day=day),
                   interval=_shifted(result.interval, day - period.day), alternatives=())


# Between "the week" and the day it ends on: "the week to 28th September", "the week ending
# Sunday".
_WEEK_TO = re.compile(r"\s{1,2}(?:to|ending|ended|up\s{1,2}to|through|until)\s{1,2}")


def _week_ending(expression: TimeExpression, week: Period, last: date) -> TimeExpression:
    """``expression`` ("the week", resolved to ``week``) moved to the calendar week that holds
    most of the seven days ending on ``last``."""
    middle = last - timedelta(days=3)
    moved = Period("week", middle)
    by = (middle - timedelta(days=middle.weekday())) \
        - (week.day - timedelta(days=week.day.weekday()))
    return replace(expression, value=moved.value(), interval=_shifted(expression.interval, by),
                   alternatives=())


# Between "the week" ("the weekend") and a day in it: "the week commencing 5 January", "the
# week of 1 December", "the weekend of 12-13 July"; between "the quarter" and its last day.
_PERIOD_OF = re.compile(r"\s{1,2}(?:commencing|beginning|starting|of)\s{1,2}")
# ... and between an unnumbered quarter and the month it ends in: "the quarter ending in
# September".
_PERIOD_ENDED_IN = re.compile(r",?\s{1,2}(?:(?:which|that)\s{1,2})?(?:ended|ending|ends)\s{1,2}in"
                              r"\s{1,2}")
_PERIOD_ENDED = re.compile(r",?\s{1,2}(?:(?:which|that)\s{1,2})?(?:ended|ending)\s{1,2}"
                           r"|\s{1,2}to\s{1,2}")


def _holding(expression: TimeExpression, period: Period, day: date) -> TimeExpression:
    """``expression`` (which resolved to ``period``, a week, weekend, quarter or half) moved to
    the one of its grain that holds ``day``."""
    if period.grain in ("week", "weekend"):
        start = period.day - timedelta(days=period.day.weekday())
        by = timedelta(weeks=((day - timedelta(days=day.weekday())) - start).days // 7)
        moved = replace(period, day=period.day + by)
        return replace(expression, value=moved.value(), interval=_shifted(expression.interval, by),
                       alternatives=())
    months = 3 if period.grain == "quarter" else 6
    first = date(day.year, (day.month - 1) // months * months + 1, 1)
    if first == period.day:
        return expression
    moved = replace(period, day=first)
    interval = expression.interval
    if interval is not None:
        after = add_months(first, months)
        interval = Interval(interval.start.replace(year=first.year, month=first.month, day=1),
                            interval.end.replace(year=after.year, month=after.month, day=1))
    return replace(expression, value=moved.value(), interval=interval, alternatives=())


def _in_year_of_end(expression: TimeExpression, period: Period, year: int) -> TimeExpression:
    """``expression`` (which resolved to ``period``, a quarter or half) moved to ``year``."""
    if period.day.year == year:
        return expression
    moved = replace(period, day=period.day.replace(year=year))
    interval = expression.interval
    if interval is not None:
        by = year - period.day.year
        interval = Interval(interval.start.replace(year=interval.start.year + by),
                            interval.end.replace(year=interval.end.year + by))
    return replace(expression, value=moved.value(), interval=interval, alternatives=())


def _as_period(result: Resolution, period: Period) -> Resolution:
    """``result`` moved to ``period``, its interval in the zone it had (if it had one)."""
    zone = result.interval.start.tzinfo if result.interval is not None else None
    interval = period_interval(period, zone) if zone is not None else None
    return replace(result, value=period.value(), period=period, interval=interval,
                   alternatives=())


# "That" before a weekday that points back to a day told ("born that Tuesday morning", "by that
# Friday"), not a "that" of a reported clause ("said that Tuesday's vote", "said that Tuesday
# was").
_THAT_DAY = re.compile(r"(?:^|[,;]\s|\b(?:[Oo]n|[Bb]y|[Uu]ntil|till|from|[Ss]ince|[Bb]efore"
                       r"|[Aa]fter|of|in|[Dd]uring|born))\s?\b[Tt]hat\s$")
# What follows a weekday after "the" that names a day of the week told of: an end or a link
# ("on the Saturday.", "on the Tuesday and the French debate"), not a noun it qualifies ("the
# Friday explosions", "the Sunday Times").
_AFTER_THE_DAY = re.compile(r"[.,;:!?)\"\u201d]|\s(?:and|or|at|when|as|in|with|to|until|but|"
                            r"before|after)\s|\s*$")
# Between a day and a holiday after it that names it again: "Jan. 6, the feast of Epiphany".
_HOLIDAY_APPOSITIVE = re.compile(
    r",\s{1,2}(?:the\s(?:feast|day|holiday|festival)\sof\s(?:the\s)?)?")
# Between a date and a count after it that names it again: "March 24, nine days later".
_APPOSITIVE_COUNT = re.compile(r",\s{1,2}(?:(?:about|around|some|almost|nearly|roughly|just"
                               r"|only|barely|exactly|less\sthan|more\sthan|over|under)\s{1,2})?")


def _shifted(interval: Interval | None, by: timedelta) -> Interval | None:
    """``interval`` moved by ``by`` (None stays None)."""
    return None if interval is None else Interval(interval.start + by, interval.end + by)


def _day_first(mention: Mention) -> Mention:
    """Read an ambiguous numeric date day first: "05/12/2018" is 5 December."""
    if mention.month is None or mention.day is None or mention.day > 12:
        return mention  # "25/12/2018": only one reading, already taken
    return mention.with_changes(month=mention.day, day=mention.month)


def _compared_with(text: str, mention: Mention, start: int, reference: Period | None,
                   reference_end: int, topics: list[tuple[int, Period]],
                   year_to_date: int, dated: bool = False) -> Period | None:
    """The period a comparison ("a year earlier") or an anaphor ("the quarter") counts from.

    The story's topic (:func:`_topic`), else the period named last; but a comparison follows a
    quarter named in its own sentence, or a year written there (``dated``: the period named
    last was named with its year), and after "the nine months" it compares years.
    """
    base = _topic(topics) or reference
    if mention.comparison and dated and reference is not None and reference.grain == "year" \
            and base is not None and base.grain in ("quarter", "half", "year") \
            and base.day.year != reference.day.year and start - reference_end <= _NEAR_REFERENCE \
            and not _SENTENCE_BREAK.search(text, reference_end, start + 1):
        # "Singapore handled 9.0 million TEUs in 1993, up from 7.6 million a year earlier", in a
        # story about 1994's fourth quarter (or after a target "by 2030"): the year its own
        # sentence writes
        base = reference
    if mention.comparison and reference is not None and reference.grain in ("quarter", "half") \
            and start - reference_end <= _NEAR_REFERENCE:
        # "America West reported third-quarter profit of $5.8 million, from $4 million a year
        # earlier": a period named in the same sentence beats the story's topic
        base = reference
    if mention.comparison and mention.unit == "year" and reference is not None \
            and mention.relation is Relation.REFERENCE \
            and reference.grain in ("year", "month") and base is not None \
            and base.grain not in ("quarter", "half", "year", "month") \
            and start - reference_end <= _NEAR_REFERENCE:
        # "The vote was held on Thursday. Mandela became president in 1994. He had been freed
        # four years earlier": a year (or month) just named beats a day the story is about (but
        # "down from 7.22% in May and 7.79% a year ago" counts from now)
        base = reference
    if mention.comparison and mention.unit == "year" and reference is not None \
            and mention.relation is Relation.REFERENCE \
            and reference.grain == "month" and base is not None \
            and base.grain in ("quarter", "half", "year") \
            and start - reference_end <= _NEAR_REFERENCE \
            and not _SENTENCE_BREAK.search(text, reference_end, start + 1):
        # "food prices rose 2.6 percent in February from a year earlier", in a story about the
        # second quarter (or the year): the month its own sentence names
        base = reference
    if mention.comparison and mention.unit == "year" and base is not None \
            and base.grain == "month":
        # "Sales rose 4% in October from a year earlier": October a year before, when the month
        # is named in the comparison's own sentence; a month the story named before gives
        # only its year ("wages were 3.8 percent higher than a year earlier", as TimeBank has it)
        if base != reference or start - reference_end > _NEAR_REFERENCE \
                or _SENTENCE_BREAK.search(text, reference_end, start + 1):
            base = base.regrain("year")
    if base is not None and base.grain in ("quarter", "half") and topics \
            and year_to_date > topics[-1][0] and start - year_to_date <= _YEAR_TO_DATE_REACH:
        # "For the nine months, ... compared with $1.1 billion a year earlier": the comparison
        # is with the year to date, no longer with the quarter
        base = base.regrain("year")
    return base


def _topic(topics: list[tuple[int, Period]]) -> Period | None:
    """The period a passage is about: the one it names most often.

    A results story names its quarter again and again ("the third quarter", "the quarter",
    "third-quarter net") and others in passing ("after a flat second quarter", "a fourth-quarter
    charge"). On a tie, a quarter or half beats other periods (they are what results compare),
    and among quarters the first named wins: the lead states the subject; otherwise the latest.
    """
    counts: dict[str, int] = {}
    for _, period in topics:
        key = period.value()
        counts[key] = counts.get(key, 0) + 1
    best: Period | None = None
    best_rank = (0, False)
    for _, period in topics:
        rank = (counts[period.value()], period.grain in ("quarter", "half"))
        if rank > best_rank or rank == best_rank and not rank[1]:
            best, best_rank = period, rank
    return best


class _TenseOf:
    """The tense of the clause around a span, computed on first use and kept."""

    __slots__ = ("text", "start", "end", "tense")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.tense: TenseReading | None = None

    def __call__(self) -> TenseReading:
        if self.tense is None:
            self.tense = read_tense(self.text, self.start, self.end)
        return self.tense
