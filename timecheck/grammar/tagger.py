"""Find the spans of temporal expressions: a cheap trigger scan, then the grammar near each hit.

1. Two regular expressions scan the lower-cased text once: a trie of trigger words (month and
   weekday names, units, "yesterday", "now", ...) and digits shaped like a year or a clock.
   Money, counts and scores never start the grammar.
2. For each hit, the patterns of its kind (compiled into alternations, see
   :mod:`~timecheck.grammar.alternation`) are tried at the word starts just before it, within
   :data:`REACH`. Starts are skipped at words outside the grammar's vocabulary, so "the company
   said [Friday]" tries one position, not four; a start is tried once per kind, however many
   hits are near it.
3. Candidates compete: longer spans win, then earlier patterns in :data:`patterns.PATTERNS`.
   Adjacent compatible expressions are joined ("9 a.m. Tuesday", "15 September 2011, 04:12
   IST").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timecheck.grammar import lexicon
from timecheck.grammar.alternation import Alternation
from timecheck.grammar.mention import Direction, Mention, Relation
from timecheck.grammar.patterns import (
    AFTER,
    BEFORE,
    LONGEST_YEAR_RANGE,
    PATTERNS,
    SLOTS,
    START_WORDS,
    Found,
    Pattern,
    expand_template,
)
from timecheck.grammar.tense import POSSESSIVE_AFTER
from timecheck.grammar.trie import trie_regex
from timecheck.model import TimexType


@dataclass(frozen=True, slots=True)
class Tagged:
    """One span the grammar found, with its meaning and the pattern that found it."""

    start: int
    end: int
    rule: str
    mention: Mention


def _trigger_table() -> dict[str, frozenset[str]]:
    """Map each trigger word (lower case) to the kinds of pattern slot it can fill."""
    table: dict[str, set[str]] = {}

    def add(word: str, kind: str) -> None:
        table.setdefault(word, set()).add(kind)

    for word in lexicon.MONTHS:
        add(word, "month")
    for word in lexicon.WEEKDAYS:
        add(word, "weekday")
        add(word + "s", "weekday")
    for word in lexicon.UNIT_WORDS:
        add(word, "unit")
    for word in ("daylong", "yearlong", "weeklong", "monthlong", "hourlong", "nightlong",
                 "midyear", "midmonth", "midweek"):
        add(word, "unit")
    for word in lexicon.RELATIVE_DAYS:
        add(word, "relday")
    for phrase in lexicon.ALL_PARTS_OF_DAY:
        for word in re.split(r"[\s-]", phrase):
            if word not in ("early", "late", "mid"):
                add(word, "part")
    for phrase in lexicon.REFERENCE_WORDS:
        # the phrase's own word, not "the"/"at"/"time" ("the present time" is found at "present")
        words = [word for word in phrase.split(" ") if word not in ("the", "at", "time")]
        add(words[-1], "ref")
    for word in lexicon.FREQUENCY_WORDS:
        # "bi-weekly" is found from "weekly" (no trigger holds another after a non-word
        # character: see _WORD_TRIGGER)
        add(word.rpartition("-")[2], "freq")
    for word in (*lexicon.SEASONS, "season", "seasons"):
        add(word, "season")
    for phrase in (*lexicon.FIXED_HOLIDAYS, *lexicon.WEEKDAY_HOLIDAYS, *lexicon.EASTER_HOLIDAYS,
                   *lexicon.HEBREW_HOLIDAYS, *lexicon.LUNAR_HOLIDAYS, *lexicon.ISLAMIC_HOLIDAYS,
                   *lexicon.EQUINOX_HOLIDAYS):
        words = phrase.replace("-", " ").split(" ")  # "eid-al-fitr" is found from "eid"
        # Holidays named "... Day" or "... Friday" are found from that last word (the holiday
        # pattern is tried from unit and weekday triggers too), and these first words are too
        # common to scan for anyway ("new", "good", "may").
        if words[-1] != "day" and words[-1] not in lexicon.WEEKDAYS \
                and words[0] not in ("new", "good", "may"):
            add(words[0], "holiday")
    for word in ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"):
        add(word, "decade")
    add("period", "period")
    for word in lexicon.DAY_ORDINALS:
        add(word, "ordinal")
    for word in ("nineteen", "thousand"):
        add(word, "spoken")
    for word in ("ad", "bc", "bce", "ce", "a.d", "b.c"):
        add(word, "era")
    add("fiscal", "digit")
    add("fy", "digit")
    add("financial", "digit")
    add("half", "unit")
    for number in "1234":
        add(f"q{number}", "unit")
        add(f"{number}q", "unit")
    for number in "12":
        add(f"h{number}", "unit")
        add(f"{number}h", "unit")
    add("halves", "unit")
    return {word: frozenset(kinds) for word, kinds in table.items()}


TRIGGERS: dict[str, frozenset[str]] = _trigger_table()


# The words before a dotted 24-hour clock ("at 13.30") that make its digits a trigger (the
# pattern, patterns.py's clock-dot-24, then asks for a word that leads to a time, or a range).
_DOT_CLOCK_LEADERS = ("at", "by", "from", "until", "till", "after", "before", "between", "about",
                      "around", "to", "and")

# Digits count as triggers only in shapes a date or a clock can take: four digits (years, ISO
# dates, "0735 GMT"), a number before ":", "a.m."/"p.m." ("9.30am" too) or "o'clock", a decade
# ("80s", "80's"), a year after an apostrophe ("'98"), the first number of what can be a slash date
# (a day-sized number, a slash and two digits must follow: "9/14/2011", not "12/34/5678", "9/11" or
# "24/7", which the slash-date template would reject). Money, counts and scores ("$45", "3533
# people", "3-1") never open the grammar, nor do digits after a slash: "9/14/2011" is found from
# its first number. The pattern starts with a bare digit so that the engine can skip to the next
# digit at C speed; the look-behind then checks what came before it.
_DIGIT_TRIGGER = re.compile(
    r"\d(?:(?<![\w$/]\d)(?:\d{3}(?!\d)"
    r"|\d?(?=:\d|\.[0-5]\d\s?[ap]\.?\s?m\b|\.[0-5]\d\s" + SLOTS["zone"] + r"\b"
    # "at 10.30 on Friday", "at 6.15 that morning"
    r"|\.[0-5]\d\s(?:on\s(?:mon|tue|wed|thu|fri|sat|sun)|th(?:is|at)\s|tomorrow|yesterday"
    r"|tonight|last\s)"
    # "at 13.30", "shortly after 06.00": a 24-hour clock after a word that leads to one
    r"|(?:" + "|".join(rf"(?<={word}\s\d\d)" for word in _DOT_CLOCK_LEADERS)
    + r")\.[0-5]\d(?!\d|[.,]\d)"
    r"|/(?:3[01]|[12]\d|0?[1-9])/\d\d|\s?[ap]\.?\s?m\b|\so'clock)|0'?s\b"
    r"|(?<='\d)\d(?!\d)|(?<=[1-4])q\d\d\b|(?<=[12])h\d\d\b)"
    # "FY26", "Q2FY26", "FY'26", "CY25"
    r"|(?<=fy\d)\d(?:\d\d)?\b|(?<=fy'\d)\d\b|(?<=\bcy\d)\d(?:\d\d)?\b)")


# Scanned on a lower-cased copy of the text (case-sensitive matching is several times faster
# than ignoring case). Every trigger starts with a word character and follows a character that
# is none (or the start of the text). "FY99" has no word boundary between its letters and
# digits. "a 6-year-old boy" is an age: no pattern reads it, so the grammar is not opened there.
_TRIGGER_WORD = trie_regex(TRIGGERS) + r"\b(?!-old)"
# A text that opens with a trigger.
_WORD_TRIGGER_AT_START = re.compile(_TRIGGER_WORD)
# Every other trigger, found from the character before it: a pattern that begins with one
# character class lets the engine skip to the next candidate (a space, a mark) at C speed, where
# one that begins with a look-behind is started at every character, which made the scan a sixth
# slower. Only that character is consumed and the trigger is group 1 (in a look-ahead), so the
# scan goes on from the trigger's first character; no trigger holds a non-word character followed
# by the start of another (a test checks), so it finds what a scan from trigger end to trigger
# end finds.
_WORD_TRIGGER = re.compile(r"\W(?=(" + _TRIGGER_WORD + "))")

# How far (characters) an expression may start before a trigger word of each kind: "more than
# two thousand years" starts 23 characters before "years". Measured on the TempEval-3 texts,
# plus a margin; every pattern's examples run through the tagger in the tests, so a reach too
# short fails there. Where a match ends needs no limit: no template has an unbounded quantifier.
REACH: dict[str, int] = {
    "digit": 16, "month": 18, "weekday": 14, "unit": 24, "relday": 16, "part": 16, "ref": 10,
    "freq": 16, "season": 16, "holiday": 8, "decade": 16, "period": 20, "spoken": 16,
    "ordinal": 16, "era": 6,
}


@dataclass(frozen=True)
class _Kind:
    """One trigger kind: how far its expressions reach before the trigger, and its patterns.

    ``lower`` runs on lower-cased text (templates are written in lower case). Group ``p<i>`` of
    a match names the pattern.
    """

    index: int
    before: int
    lower: Alternation
    patterns: tuple[Pattern, ...]


def _kind(index: int, name: str) -> _Kind:
    patterns = tuple(pattern for pattern in PATTERNS if name in pattern.triggers)
    bodies = tuple(f"(?P<p{number}>{expand_template(pattern.template, f'p{number}_')})"
                   for number, pattern in enumerate(patterns))
    split_after = SPLIT_AFTER * sum(map(len, bodies))
    return _Kind(index, REACH[name], Alternation(bodies, prefix=BEFORE, suffix=AFTER, flags=0,
                                                 split_after=split_after), patterns)


# When a kind's alternation is split by first character (Alternation.split_by_first_char):
# after this many trigger hits of the kind per character of its patterns. Compiling the split
# alternations takes time in proportion to the patterns' text (0.4 s for the 16,000 characters
# of the unit kind), and the split saves about 3% of the tagger's time on news text, 10% on a
# column of numbers: a pre-commit run over a few articles, and a megabyte of news, compile one
# alternation per kind; an audit splits the kinds its text keeps hitting, a dense one soonest.
SPLIT_AFTER = 5


_KINDS: dict[str, _Kind] = {name: _kind(index, name) for index, name in enumerate(sorted(REACH))}
_KIND_SLOTS = len(_KINDS)
_TRIGGER_KINDS: dict[str, tuple[_Kind, ...]] = {
    word: tuple(_KINDS[kind] for kind in sorted(kinds)) for word, kinds in TRIGGERS.items()}
_DIGIT_KIND: _Kind = _KINDS["digit"]
_PRIORITY: dict[str, int] = {pattern.id: index for index, pattern in enumerate(PATTERNS)}


@dataclass(frozen=True, slots=True)
class Triggers:
    """What the trigger scan of one text found.

    ``text`` is what the builders read and ``searched`` the same lower-cased, where the patterns
    run (both as long as the text scanned, see :func:`_same_length`); ``words`` and ``digits``
    the (start, end) of trigger words and of date-shaped digits, and ``spans`` both in text
    order (for finding date lists, :mod:`timecheck.grammar.lists`).
    """

    text: str
    searched: str
    words: list[tuple[int, int]]
    digits: list[tuple[int, int]]

    @property
    def spans(self) -> list[tuple[int, int]]:
        """Every trigger's (start, end), in text order."""
        if not self.digits or not self.words:
            return self.digits or self.words
        return sorted(self.words + self.digits)


def scan(text: str) -> Triggers:
    """Scan ``text`` once for trigger words and date-shaped digits."""
    same = _same_length(text)
    searched = same.lower()
    words = [hit.span(1) for hit in _WORD_TRIGGER.finditer(searched)]
    first = _WORD_TRIGGER_AT_START.match(searched)
    if first is not None:
        words.insert(0, first.span())
    return Triggers(same, searched, words,
                    [hit.span() for hit in _DIGIT_TRIGGER.finditer(searched)])


def _same_length(text: str) -> str:
    """``text`` with "İ" written "I": the one character that lower() makes two of ("i̇").

    The tagger matches on a lower-cased copy and its builders read the text at the same
    offsets, so both must be as long as the text; an "I" there reads as a capital i should.
    """
    return text.replace("\u0130", "I") if "\u0130" in text else text


def tag(text: str, triggers: Triggers | None = None,
        skip: Sequence[tuple[int, int]] = ()) -> list[Tagged]:
    """Return the expressions in ``text``: sorted by start, not overlapping.

    Every (start, kind) pair is tried at most once, whatever the density of trigger words, so
    text made of nothing but dates costs one match per word, not one per word and hit nearby.

    Args:
        text: the text to tag.
        triggers: what :func:`scan` found in ``text``, when the caller has scanned it already.
        skip: (start, end) ranges, sorted and apart, whose trigger hits are not followed (the
            date lists :mod:`timecheck.grammar.lists` reads); a match from a hit outside them
            may still reach into them.
    """
    found = scan(text) if triggers is None else triggers
    text, searched = found.text, found.searched
    # The hits of each kind, in text order. Kinds are tried one after the other: what one kind
    # finds never changes what another tries, and candidates compete only in _choose.
    hits: list[list[int]] = [[] for _ in range(_KIND_SLOTS)]
    kinds_of = _TRIGGER_KINDS
    for start, end in _outside(found.words, skip) if skip else found.words:
        word = searched[start:end]
        for kind in kinds_of[word]:
            hits[kind.index].append(start)
    digits = [start for start, _ in (_outside(found.digits, skip) if skip else found.digits)]
    if digits:
        # "fiscal", "fy" are word triggers of the digit kind
        words = hits[_DIGIT_KIND.index]
        hits[_DIGIT_KIND.index] = sorted(words + digits) if words else digits
    candidates: list[Tagged] = []
    for kind in _KINDS.values():
        if hits[kind.index]:
            _try_kind(kind, hits[kind.index], text, searched, candidates)
    chosen = _join(text, _choose(candidates))
    if chosen and ('"' in text or "\u201c" in text):
        chosen = _outside_titles(text, chosen)
    if "every " in searched or "each " in searched:
        chosen = _sets_of_days(text, chosen)
    # the passes below look around the dates and clocks found, not at the whole text
    if any(tagged.mention.hour is not None for tagged in chosen):
        chosen = _hour_range_starts(text, chosen)
    if any(tagged.mention.year is not None or tagged.mention.day is not None
           for tagged in chosen):
        chosen = _listed_days(text, chosen)
    if any(tagged.mention.holiday for tagged in chosen):
        chosen = _holiday_parts(text, chosen)
    return [_outer_modifier(text, tagged) for tagged in chosen]


# A part of the day right after a holiday's name: "on Halloween night", "Christmas Eve night";
# or its weekend or week: "the Labor Day weekend", "Thanksgiving Weekend", "the Memorial Day
# holiday weekend", "Easter week".
_PART_AFTER_HOLIDAY = re.compile(r" (night|morning|afternoon|evening|(?:(?:holiday|long) )?"
                                 r"[Ww]eekend|[Ww]eek)\b")


def _holiday_parts(text: str, chosen: list[Tagged]) -> list[Tagged]:
    """Give a holiday its part of the day when one follows it ("Halloween night" is
    2025-10-31TNI, as "Friday night" is), or its weekend ("the Memorial Day weekend" is
    2026-W21-WE) or week ("Easter week" is the calendar week that holds it), unless another
    expression begins there."""
    out: list[Tagged] = []
    for index, tagged in enumerate(chosen):
        mention = tagged.mention
        part = _PART_AFTER_HOLIDAY.match(text, tagged.end) \
            if mention.holiday and not mention.part and mention.hour is None \
            and mention.type is TimexType.DATE else None
        if part is not None \
                and (index + 1 == len(chosen) or chosen[index + 1].start >= part.end()):
            word = part.group(1).lower()
            changed = mention.with_changes(weekend=True) if word.endswith("weekend") \
                else mention.with_changes(week=True) if word == "week" \
                else mention.with_changes(part=lexicon.PARTS_OF_DAY[word])
            tagged = Tagged(tagged.start, part.end(), tagged.rule, changed)
        out.append(tagged)
    return out


# A title in double quotes: capitalized words (and numbers, and the short words titles keep
# in lower case) that end without the comma or stop of a quotation: "The Day After Tomorrow",
# "28 Years Later", "Wednesday", "1917" (but not "We meet on Friday," he said).
_TITLE_WORD = r"(?:[A-Z0-9(][\w'\u2019:.()&!?-]*|of|the|a|an|and|in|on|at|to|for|with|from|by|or)"
_TITLE_QUOTE = re.compile(r"[\"\u201c](?=[A-Z0-9(])(" + _TITLE_WORD + r"(?:\s" + _TITLE_WORD
                          + r"){0,7})(?<![,.])[\"\u201d]")


def _outside_titles(text: str, chosen: list[Tagged]) -> list[Tagged]:
    """Drop the expressions that lie inside a title in quotes: a film's, a show's, a song's.

    A quotation that holds nothing but a dated day, a clock or a holiday quotes that time
    ("Timestamp": "2030-08-14 17:43:12", the traditional "Boxing Day"), and keeps it."""
    titles = [found.span(1) for found in _TITLE_QUOTE.finditer(text)]
    if not titles:
        return chosen
    return [tagged for tagged in chosen
            if not any(start <= tagged.start and tagged.end <= end for start, end in titles)
            or (tagged.start, tagged.end) in titles and _quoted_time(tagged.mention)]


def _quoted_time(mention: Mention) -> bool:
    """A time a quotation may hold for its own sake: a dated day, a clock, a holiday named
    alone (not "Last Christmas", a song)."""
    return bool(mention.holiday) and mention.direction is Direction.TENSE \
        or mention.hour is not None or mention.month is not None and mention.day is not None


def _sets_of_days(text: str, chosen: list[Tagged]) -> list[Tagged]:
    """Make the weekdays listed after "every Tuesday" sets too: "every Tuesday and Friday",
    "every Monday, Wednesday and Friday"."""
    for index in range(1, len(chosen)):
        previous, tagged = chosen[index - 1].mention, chosen[index].mention
        if previous.type is TimexType.SET and previous.quant and \
                previous.value.startswith("XXXX-WXX-") and tagged.weekday is not None \
                and tagged.type is TimexType.DATE and tagged.month is None \
                and tagged.day is None and tagged.hour is None and not tagged.value \
                and _DAY_LIST.fullmatch(text, chosen[index - 1].end, chosen[index].start):
            value = f"XXXX-WXX-{tagged.weekday}" + (f"T{tagged.part}" if tagged.part else "")
            chosen[index] = Tagged(chosen[index].start, chosen[index].end, chosen[index].rule,
                                   Mention(TimexType.SET, value=value, quant=previous.quant))
    return chosen


# A bare hour before a clock that states a.m. or p.m.: "6-9pm", "from 2 to 4 p.m.", "11-2pm".
_HOUR_BETWEEN = re.compile(
    r"\b[Bb]etween\s(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\sand\s$")
# ... and one listed before it after "at": "Wednesdays at [3] and 8 p.m.", "at [2] or 7 p.m.".
_HOUR_LISTED = re.compile(
    r"\b[Aa]t\s(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?\s(?:and|or)\s$")
_HOUR_BEFORE = re.compile(
    r"(?<![\w.,:/$\u00a3\u20ac-])(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>[0-5]\d))?"
    r"(?:\s?[-\u2013]\s?|\sto\s)$")
# Noon ends a morning's hours ("10-noon"), midnight an evening's ("4-midnight").
_NOON_MARKS = {"noon": "a", "midnight": "p"}
_AM_PM = re.compile(r"\d\s?(?P<mark>[apAP])\.?\s?[mM]")


def clock_mark(text: str, start: int, end: int) -> str:
    """The mark a clock in ``text[start:end]`` writes: "a" ("9 a.m."), "p" ("5pm"), or ""."""
    found = _AM_PM.search(text, start, end)
    return found.group("mark").lower() if found is not None else ""


def _hour_range_starts(text: str, chosen: list[Tagged]) -> list[Tagged]:
    """Add the bare first hour of a range of clock times: "Fridays [6]-9pm" (the evening, as
    its end is), "from [11]-2pm" (the morning: eleven in the evening is after two), or of a
    list of two: "at [3] and 8 p.m."."""
    out: list[Tagged] = []
    for tagged in chosen:
        end = tagged.mention
        mark = (_NOON_MARKS.get(text[tagged.start:tagged.end].lower())
                or clock_mark(text, tagged.start, tagged.end)) \
            if end.hour is not None and not end.value and end.relation is Relation.NONE else ""
        first = (_HOUR_BEFORE.search(text, max(0, tagged.start - 9), tagged.start)
                 or _HOUR_BETWEEN.search(text, max(0, tagged.start - 19), tagged.start)
                 or _HOUR_LISTED.search(text, max(0, tagged.start - 14), tagged.start)) \
            if mark else None
        if first is not None and end.hour is not None \
                and not (out and out[-1].end > first.start()):
            hour = int(first.group("hour")) % 12
            if mark == "p" and hour + 12 < end.hour:
                hour += 12
            # (twelve before a morning's end is a stamp, not its start: "12:00 - Noon deadline")
            if hour < end.hour and not (mark == "a" and first.group("hour") == "12"):
                minute = first.group("minute")
                out.append(Tagged(first.start("hour"), first.end("minute" if minute else "hour"),
                                  "clock-range-start",
                                  end.with_changes(hour=hour, minute=int(minute or 0),
                                                   second=None)))
        out.append(tagged)
    return out


# What joins the days of a list: "Tuesday and Friday", "Monday, Wednesday and Friday".
_DAY_LIST = re.compile(r",\s?|,?\s(?:and|or)\s")


# More days of a date's month written after it: "April 24 and 25", "May 3, 4 and 5", "Dec. 1
# or 2", "Oct. 28-29", "August 1 to 10". TimeBank tags each day apart. Only a number that cannot
# be a count is a day: one followed by a mark, the end of the text, a year or a word that opens
# a phrase ("25 people" is a count), and a list joined by commas must end with "and" or "or"
# ("May 3, 10 were killed"). The year after the last day ("April 24 and 25, 1999") is every
# day's. A range has two ends: one day after "-" or "to", no more.
_RANGE_JOIN = r"\s?[-\u2013]\s?|\s(?:to|through|thru|until|till)\s"
_LISTED_DAY = re.compile(
    r"(?:,\s?|,?\s(?P<and>and|or)\s|(?P<to>" + _RANGE_JOIN + r"))"
    r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    r"(?:,?\s(?P<year>[12]\d{3})(?!\d))?"
    r"(?=[,.;:!?)'\"\u2019\u201d]|\s?$|\s(?:in|at|on|of|to|and|or|when|before|after|for|from|with"
    r"|as|by|during|this|next|last)\b)")
# A range's last day right after a hyphen is a day whatever word follows: "a poll taken Sept.
# 3-5 showed", "the Fed's Dec. 16-17 meeting" (it has no "and" group: "to" is read first).
_HYPHEN_DAY = re.compile(r"(?P<to>[-\u2013])(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
                         r"(?:,?\s(?P<year>[12]\d{3})(?!\d))?(?![\w%/:-]|[.,]\d)")
# The first day of a range or pair written before its date: "12-13 December", "from 22 to 25
# September", "on 7 and 8 January", "from 1st to 3rd November". Not a number in a larger one,
# after money or a decimal point.
_FIRST_DAY = (r"(?<![\w.,:/$\u00a3\u20ac])(?:(?<!-)|(?<=\d-))"
              r"(?P<first>(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?)")
_DAY_BEFORE = re.compile(_FIRST_DAY + r"(?:" + _RANGE_JOIN + r"|\s(?:and|or|&)\s)$")
# The same with a comma, for the days of a list before its last pair: "on [7, ]8 and 11 March".
_DAY_BEFORE_IN_LIST = re.compile(_FIRST_DAY + r"(?:" + _RANGE_JOIN + r"|\s(?:and|or|&)\s|,\s)$")
# The end of a range of years whose century the first states: "from 1939-45", "in 2010-14";
# or written in full, where a count could not stand alone: "NOAA's 1880-2024 record" (a range
# of at most three centuries). "2020-21" is one season or fiscal year, read as its first year
# (patterns._build_year).
_YEAR_RANGE_END = re.compile(r"[-\u2013](?P<end>\d\d|1\d{3}|20\d\d)(?![\d:%-]|[.,]\d)")


def _listed_days(text: str, chosen: list[Tagged]) -> list[Tagged]:
    """Add the further days of a date's month written next to it (see :data:`_LISTED_DAY`,
    :data:`_DAY_BEFORE`), and the second year of a range of years."""
    out: list[Tagged] = []
    index = 0
    while index < len(chosen):
        tagged = chosen[index]
        index += 1
        first = tagged.mention
        if first.year is not None and first.month is None and first.day is None \
                and first == Mention(TimexType.DATE, year=first.year):
            out.append(tagged)
            second = _YEAR_RANGE_END.match(text, tagged.end)
            if second is not None and (index == len(chosen) or chosen[index].start >= second.end()):
                end = second.group("end")
                last_year = int(end) if len(end) == 4 else first.year - first.year % 100 + int(end)
                if first.year + 1 < last_year <= first.year + LONGEST_YEAR_RANGE:
                    out.append(Tagged(second.start("end"), second.end(), "listed-year",
                                      Mention(TimexType.DATE, year=last_year)))
            continue
        if first.month is None or first.day is None or first != Mention(
                TimexType.DATE, year=first.year, month=first.month, day=first.day):
            out.append(tagged)
            continue
        if text[tagged.start:tagged.start + 1].isdigit():  # a date written day first
            # the days listed before it, back to the first: "on 17-18 and 24-25 February"
            listed: list[Tagged] = []
            start, day = tagged.start, first.day
            while (before := (_DAY_BEFORE_IN_LIST if listed else _DAY_BEFORE).search(
                    text, max(0, start - 16), start)) is not None \
                    and int(before.group("day")) < day \
                    and not (out and out[-1].end > before.start()):
                start, day = before.start("first"), int(before.group("day"))
                listed.append(Tagged(*before.span("first"), "listed-day", Mention(
                    TimexType.DATE, year=first.year, month=first.month, day=day)))
            out += reversed(listed)
        out.append(tagged)
        found_days: list[re.Match[str]] = []
        end, day = tagged.end, first.day
        while (found := _LISTED_DAY.match(text, end) or (
                None if found_days else _HYPHEN_DAY.match(text, end))) is not None:
            number = int(found.group("day"))
            if number <= day or index < len(chosen) and chosen[index].start < found.end("day"):
                break
            end, day = found.end(), number
            found_days.append(found)
            if found.group("year") or found.group("to"):
                break
        while found_days and not (found_days[-1].group("to") or found_days[-1].group("and")):
            found_days.pop()  # "May 3, 10 were killed": a count after a date
        if not found_days:
            continue
        year = found_days[-1].group("year")
        if year and first.year is None:
            out[-1] = Tagged(tagged.start, tagged.end, tagged.rule, first.with_changes(year=int(year)))
        last = found_days[-1].end()
        while index < len(chosen) and chosen[index].start < last:
            index += 1  # the year after the last day, tagged alone
        out += [Tagged(found.start("day"), found.end("year") if found.group("year") else found.end("day"),
                       "listed-day", Mention(TimexType.DATE, year=out[-1].mention.year,
                                             month=first.month, day=int(found.group("day"))))
                for found in found_days]
    return out


def _outside(spans: list[tuple[int, int]],
             skip: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sorted ``spans`` that start in none of the sorted ``skip`` ranges."""
    kept: list[tuple[int, int]] = []
    done = 0
    for low, high in skip:
        first = bisect.bisect_left(spans, (low,), done)
        kept += spans[done:first]
        done = bisect.bisect_left(spans, (high,), first)
    kept += spans[done:]
    return kept


def _try_kind(kind: _Kind, hits: list[int], text: str, searched: str,
              out: list[Tagged]) -> None:
    """Try the patterns of one kind at the starts before each of its hits (in text order)."""
    alternation = kind.lower
    alternation.count(len(hits))
    by_char = alternation.by_char
    reach = kind.before
    starts = _START.finditer
    never_first = lexicon.NEVER_FIRST
    # Where this kind has many hits, the starts that matched nothing, by all the text a match
    # attempt reads around them (Alternation.reach): the same surroundings match nothing again,
    # so text that repeats a few shapes ("12/34/5678-90.12:34 " for a megabyte) costs a look-up
    # per start, not a match. Near the ends of the text a start is always matched.
    failed: set[str] = set()
    behind = ahead = 0
    remembered_to = -1  # the starts remembered are those from behind up to here
    if len(hits) >= _REMEMBER_FAILED_AFTER:
        window = alternation.reach()
        if window is not None:
            behind, ahead = window
            remembered_to = len(searched) - ahead - 1
    # The last start tried. A walk back from a later hit that reaches a start already tried can
    # stop there: the earlier walk went on from that start through the same words, with a
    # reach that began further back.
    tried = -1
    for hit_start in hits:
        if tried >= hit_start:
            continue
        first = hit_start - reach
        if first <= tried:
            first = tried + 1
        elif first < 0:
            first = 0
        # A match found from this hit contains it (any other match has its own trigger and is
        # found from there), so every word between its start and the trigger belongs to the
        # grammar's vocabulary: walk back from the trigger, stop at the first that does not
        # ("the company said [Friday]" never tries "said" or "company").
        latest = -1
        for start_match in reversed([*starts(searched, first, hit_start + 1)]):
            start = start_match.start()
            if start != hit_start and start_match.lastindex:
                word = start_match.group()
                if len(word) > 1:
                    if word in never_first:
                        continue
                    if word not in START_WORDS:
                        break
            if latest < 0:
                latest = start
            # The alternation of the patterns that can begin with this character (read from
            # the alternation's table: this loop runs once per start).
            char = searched[start]
            try:
                regex = by_char[char]
            except KeyError:
                regex = alternation.regex_for(char)
            if regex is None:
                continue
            key = None
            if behind <= start < remembered_to:
                key = searched[start - behind:start + ahead]
                if key in failed:
                    continue
            # Templates have no unbounded quantifiers: a match from here ends within a bounded
            # distance, so the rest of the text is no limit to it.
            match = regex.match(searched, start)
            if match is not None:
                _accept(text, start, match, kind.patterns, alternation, out, hit_start)
            elif key is not None:
                if len(failed) >= _FAILED_MEMORY:
                    failed.clear()
                failed.add(key)
        if latest >= 0:
            tried = latest


# How many hits of one kind in a text make _try_kind remember the starts that matched nothing
# (a long article has a few dozen), and how many it remembers at most.
_REMEMBER_FAILED_AFTER = 256
_FAILED_MEMORY = 4096

# Where an expression can start: a word character (or the apostrophe of "'98") that does not
# continue a word, a number or an amount (the same condition as patterns.BEFORE).
_START = re.compile(r"(?<![\w$£€#@/])(?<!\d\.)(?:(?P<word>[a-z]+)|[\w'])")


def _accept(text: str, start: int, match: re.Match[str], patterns: tuple[Pattern, ...],
            alternation: Alternation, out: list[Tagged], hit: int) -> None:
    """Keep what the builder of the pattern that matched at ``start`` makes of it.

    The alternation returns the first pattern (in priority order) that matches here. When its
    builder rejects the match ("May" as a modal), the alternation of the patterns after it is
    tried, and so on, so a rejection hides nothing and costs one more match, not one per pattern.
    A match that ends before ``hit``, the trigger it was tried for, counts as rejected: it holds
    none of this kind's triggers (one after the start would be inside it too), so whether it
    were kept would hang on a trigger that happens to follow it ("0 ACST '98").
    """
    found: re.Match[str] | None = match
    while found is not None:
        branch = alternation.branch(found)
        pattern = patterns[branch.index]
        if found.end() > hit and not _across_blank_line(found):
            reading = Found(found, original=text, groups=branch.groups)
            mention = pattern.build(reading)
            if mention is not None:
                out.append(Tagged(reading.begin, reading.finish, pattern.id, mention))
                return
        found = alternation.match_after(found.string, start, branch.index)


def _across_blank_line(found: re.Match[str]) -> bool:
    """Say whether a match runs over a blank line: no expression does ("what comes next / /
    Tuesday: ..." is a heading and a line, not "next Tuesday")."""
    start, end = found.span()
    return found.string.find("\n", start, end) >= 0 \
        and _BLANK_LINE.search(found.string, start, end) is not None


_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_OUTER = re.compile(r"\b(?P<word>" + "|".join(lexicon.OUTER_MODIFIERS) + r")\s{1,2}$",
                    re.IGNORECASE)


def _outer_modifier(text: str, tagged: Tagged) -> Tagged:
    """Give "about [10:35 a.m.]" its mod: TimeBank leaves the word outside the span."""
    # the modifier is followed by a space: without one before the span, nothing to search
    if tagged.mention.mod or not text[tagged.start - 1:tagged.start].isspace():
        return tagged
    match = _OUTER.search(text, max(0, tagged.start - 12), tagged.start)
    if match is None:
        return tagged
    mod = lexicon.OUTER_MODIFIERS[match.group("word").lower()]
    if not mod:
        return tagged
    return Tagged(tagged.start, tagged.end, tagged.rule, tagged.mention.with_changes(mod=mod))


def _choose(candidates: list[Tagged]) -> list[Tagged]:
    """Keep the longest candidates that do not overlap (ties: the earlier pattern).

    Only candidates that overlap compete: in text order, a candidate that starts after all
    before it have ended opens a new cluster, and each cluster is settled on its own
    (:func:`_settle`), which gives what settling all candidates at once would. Most clusters
    hold one candidate, kept as it is.
    """
    ordered = sorted(candidates, key=_start_of)
    chosen: list[Tagged] = []
    first = 0  # where the current cluster begins in ``ordered``
    end = 0
    for index, tagged in enumerate(ordered):
        if tagged.start >= tagged.end:
            # an empty span (no template matches one) would tie with its neighbours' starts
            return _settle(candidates)
        if tagged.start >= end and index > first:
            chosen += _settle(ordered[first:index]) if index - first > 1 \
                else ordered[first:index]
            first = index
        end = max(end, tagged.end)
    chosen += _settle(ordered[first:]) if len(ordered) - first > 1 else ordered[first:]
    return chosen


def _start_of(tagged: Tagged) -> int:
    return tagged.start


def _settle(candidates: list[Tagged]) -> list[Tagged]:
    """Keep the longest of overlapping candidates, then the earlier pattern; sort by start.

    Taken characters are marked in a mask over the candidates' stretch, so each candidate costs
    its own length: a long document full of dates stays linear.
    """
    offset = min((tagged.start for tagged in candidates), default=0)
    candidates.sort(key=lambda tagged: (tagged.start - tagged.end, _PRIORITY[tagged.rule],
                                        tagged.start))
    taken = bytearray(max((tagged.end for tagged in candidates), default=0) - offset)
    chosen: list[Tagged] = []
    for tagged in candidates:
        start, end = tagged.start - offset, tagged.end - offset
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(tagged)
    chosen.sort(key=_start_of)
    return chosen


# What may separate two expressions that are one ("9 a.m. Tuesday", "Friday, Oct. 23").
# (a blank line ends what it joins: a live blog's day above its first timestamp stays apart)
_JOINER = re.compile(r"(?:,\s?|\s{1,2}(?<!\n\n)|\s(?:on|of)\s)$")
_GAP_LIMIT = 16


def _join(text: str, chosen: list[Tagged]) -> list[Tagged]:
    out: list[Tagged] = []
    for tagged in chosen:
        # what may separate two joined expressions is short: _ON and _JOINER match at most
        # sixteen characters, so expressions further apart are not looked at
        if out and tagged.start - out[-1].end <= _GAP_LIMIT:
            previous = out[-1]
            gap = text[previous.end:tagged.start]
            # "8 a.m. to 5 p.m. [on] Monday through Friday": hours of each day of the range
            range_hours = _is_clock(previous.mention) \
                and (len(out) > 1 and _is_clock(out[-2].mention)
                     and _CLOCK_RANGE.fullmatch(text, out[-2].end, previous.start) is not None
                     or _HOURS_OPENED.search(text, max(0, previous.start - _HOURS_OPENED_CHARS),
                                             previous.start) is not None
                     or tagged.mention.weekday == 1 and OPENS_AT.search(
                         text, max(0, previous.start - OPENS_AT_CHARS), previous.start)
                     is not None) \
                and _OPENS_DAY_RANGE.match(text, tagged.end) is not None
            day = _day_of_clock(previous.mention, tagged.mention) \
                if _ON.fullmatch(gap) and _is_clock(previous.mention) and not range_hours \
                else None
            if day is None and gap.startswith(")") and _ON.fullmatch(gap) and len(out) > 1 \
                    and previous.mention.hour is not None and _is_clock(out[-2].mention) \
                    and _CLOCK_GLOSS.fullmatch(text, out[-2].end, previous.start):
                # "5:35 a.m. local time (2235 GMT Saturday) on Sunday": the gloss keeps its
                # own day, and the day after it is the first clock's
                day = _day_of_clock(out[-2].mention, tagged.mention)
                if day is not None:
                    first = out[-2]
                    out[-2] = Tagged(first.start, first.end, first.rule,
                                     _date_clock(day, first.mention))
                    day = None
            if day is not None:
                # TimeBank tags "9:30 a.m." and "March 18" apart, but the time is on that day
                # (and takes the day's reading of the tense: see clock_on_day); "3am on Sunday
                # morning" too
                out[-1] = Tagged(previous.start, previous.end, previous.rule,
                                 _date_clock(day, previous.mention))
                if len(out) > 1 and _is_clock(out[-2].mention) \
                        and (_CLOCK_RANGE.fullmatch(text, out[-2].end, previous.start)
                             or _CLOCK_GLOSS.fullmatch(text, out[-2].end, previous.start)
                             and not text.startswith(")", tagged.end)):
                    # "10am-2pm on Sunday", "2 p.m. (1800 GMT) on Wednesday": the first time
                    # is on that day too (but in "2:15 a.m. (2245 GMT on Friday)" the day is
                    # the gloss's, which may be the day before)
                    first = out[-2]
                    out[-2] = Tagged(first.start, first.end, first.rule,
                                     _date_clock(day, first.mention))
            if _DURATION_JOINER.fullmatch(gap):
                value = _joined_duration(previous.mention, tagged.mention)
                if value is not None:
                    # "four years and eight months": one length, P4Y8M
                    out[-1] = Tagged(previous.start, tagged.end, previous.rule,
                                     previous.mention.with_changes(value=value))
                    continue
            if gap and len(gap) <= 4 and _JOINER.fullmatch(gap) \
                    and previous.rule != "clock-line" \
                    and not range_hours \
                    and not (text.endswith(".", previous.start, previous.end)
                             and POSSESSIVE_AFTER.match(text, tagged.end)):
                # (a stamp heads the entry below it; and "or Sunday at 10:38 a.m. Saturday's
                # forecast is better" ends a sentence after "a.m.")
                joined = _combine(text, previous, tagged, gap)
                if joined is not None:
                    out[-1] = joined
                    continue
        out.append(tagged)
    return out


def _is_clock(mention: Mention) -> bool:
    return mention.hour is not None and not mention.has_date and mention.relation.value == "" \
        and not mention.value


def _is_day(mention: Mention) -> bool:
    """A whole day: a weekday, a date with a day, a holiday, or yesterday/today/tomorrow."""
    if mention.value or mention.hour is not None or mention.part:
        return False
    if mention.day is not None or (mention.weekday is not None and mention.month is None) \
            or mention.holiday:
        return True
    return mention.unit == "day" and mention.offset is not None and mention.granularity == ""


def _day_of_clock(clock: Mention, day: Mention) -> Mention | None:
    """The day a clock written next to ``day`` is on: that day, without its part of day
    ("11 p.m. last night"); a night's small hours are the next day's ("1 a.m. last night").
    None when ``day`` is no day, or the text does not say which ("1 a.m. Friday night")."""
    if _is_day(day):
        return day
    if not day.part or day.value or day.hour is not None:
        return None
    bare = day.with_changes(part="")
    if not _is_day(bare):
        return None
    if day.part == "NI" and (clock.hour or 0) < 6:
        return None if bare.offset is None else bare.with_changes(offset=bare.offset + 1)
    return bare


# What joins the parts of one length: "four years and eight months", "28 years, two months and
# 27 days"; a length's value, read by its parts; and the parts' units, largest first.
_DURATION_JOINER = re.compile(r",?\s(?:and\s)?")
_DURATION_VALUE = re.compile(r"P(?:(\d{1,4})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,4})D)?"
                             r"(?:T(?:(\d{1,4})H)?(?:(\d{1,4})M)?(?:(\d{1,4})S)?)?")
_DURATION_UNITS = ("Y", "M", "W", "D", "H", "TM", "S")


def _joined_duration(first: Mention, second: Mention) -> str | None:
    """The value of two lengths written as one ("P4Y" and "P8M": "P4Y8M"; weeks and days as
    days: "P2W" and "P3D": "P17D"), or None when they are not parts of one: whole numbers of
    units, the second of one unit smaller than all of the first's, no modifier on it."""
    if first.type is not TimexType.DURATION or second.type is not TimexType.DURATION \
            or second.mod or first.quant or second.quant:
        return None
    first_parts, second_parts = _duration_parts(first.value), _duration_parts(second.value)
    if not first_parts or len(second_parts) != 1 \
            or _DURATION_UNITS.index(next(iter(second_parts))) \
            <= _DURATION_UNITS.index(list(first_parts)[-1]):
        return None
    parts = {**first_parts, **second_parts}
    if "W" in parts:
        parts["D"] = parts.get("D", 0) + 7 * parts.pop("W")  # ISO 8601 writes no weeks with days
    date_part = "".join(f"{parts[unit]}{unit}" for unit in ("Y", "M", "D") if unit in parts)
    time_part = "".join(f"{parts[unit]}{unit[-1]}" for unit in ("H", "TM", "S") if unit in parts)
    return "P" + date_part + ("T" + time_part if time_part else "")


def _duration_parts(value: str) -> dict[str, int]:
    """The parts of a length's value by unit, largest first ("P4Y8M": {"Y": 4, "M": 8}); none
    for a value that is not a whole number of units (vague, fractional)."""
    found = _DURATION_VALUE.fullmatch(value)
    if found is None:
        return {}
    return {unit: int(amount) for unit, amount in zip(_DURATION_UNITS, found.groups())
            if amount is not None}


# An article before a year that dates what follows: "the [1935] Labor Day hurricane" (not
# "between 2019 and [2024] Labor Day traffic", "since [2015] Christmas Day shootings").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s$", re.IGNORECASE)


def _combine(text: str, first: Tagged, second: Tagged, gap: str) -> Tagged | None:
    """Join a clock time and a day written next to each other, in either order; and a weekday
    and the week it is in ("Thursday last week", "Friday of next week")."""
    year, holiday = first.mention, second.mention
    if gap == " " and first.rule == "year" and holiday.holiday and holiday.year is None \
            and not holiday.mod and holiday.relation is Relation.NONE \
            and _DETERMINER_BEFORE.search(text, max(0, first.start - 4), first.start):
        # "the 1935 Labor Day hurricane", "the 2004 Boxing Day tsunami": that year's
        return Tagged(first.start, second.end, f"{first.rule}+{second.rule}",
                      holiday.with_changes(year=year.year))
    same, year_back = first.mention, second.mention
    if gap == " " and same.relation is Relation.REFERENCE and same.offset == 0 \
            and same.unit in ("month", "week", "day") and not same.part and not same.mod \
            and year_back.unit == "year" and year_back.offset is not None \
            and year_back.offset < 0 \
            and year_back.relation is Relation.ANCHOR and not year_back.mod \
            and text.startswith("the same ", first.start):
        # "compared with 0.3pc in the same month last year": that month a year before; "the
        # same weekend three years ago": that weekend three years before
        return Tagged(first.start, second.end, f"{first.rule}+{second.rule}", Mention(
            TimexType.DATE, unit="year", offset=year_back.offset, relation=Relation.REFERENCE,
            granularity=same.unit, weekend=same.weekend))
    day_in_week = _day_in_week(first.mention, second.mention)
    if day_in_week is not None and gap.strip() in ("", "of"):
        return Tagged(first.start, second.end, f"{first.rule}+{second.rule}", day_in_week)
    ago, day = first.mention, second.mention
    if not gap.strip() and ago.relation is Relation.ANCHOR \
            and ago.unit in _AGO_UNITS and ago.offset is not None \
            and ago.offset < 0 and ago.type is TimexType.DATE and not ago.mod \
            and _this_period(day) and _AGO_UNITS.index(ago.unit) < _AGO_UNITS.index(day.unit):
        # "a year ago today", "ten years ago tonight", "20 years ago this week": this day
        # (or week, or month), that many years back
        return Tagged(first.start, second.end, f"{first.rule}+{second.rule}", Mention(
            day.type, unit=ago.unit, offset=ago.offset, relation=ago.relation, part=day.part,
            granularity=day.unit))
    if gap.strip() in ("on", "of"):
        return None  # "9:30 a.m. on March 18" stays two expressions (see _date_clock)
    clock_day = _day_of_clock(first.mention, second.mention) if _is_clock(first.mention) else None
    if clock_day is not None:
        # "9 a.m. Tuesday", "11 p.m. last night", "9 a.m. tomorrow morning"
        clock, day = first.mention, clock_day
        part = second.mention.part
        if part in ("AF", "EV", "NI") and clock.hour is not None and clock.hour < 12 \
                and (part != "NI" or clock.hour >= 6) \
                and not clock_mark(text, first.start, first.end):
            # "at 4:15 Tuesday afternoon", "6:20 Monday evening": the part says p.m.
            clock = clock.with_changes(hour=clock.hour + 12)
        elif part == "MO" and clock.hour == 12 and not clock_mark(text, first.start, first.end):
            clock = clock.with_changes(hour=0)  # "took effect at 12:01 this morning"
    elif _is_day(first.mention) and _is_clock(second.mention) and "," in gap \
            and not _RANGE_BEFORE.search(text, max(0, first.start - 9), first.start):
        # "Friday, 9am"; but "Monday to Friday, 9am to 5pm" are hours of every day
        day, clock = first.mention, second.mention
    elif _is_day(first.mention) and _is_clock(second.mention) and second.mention.zone:
        day, clock = first.mention, second.mention
    else:
        return None
    return Tagged(first.start, second.end, f"{first.rule}+{second.rule}",
                  _date_clock(day, clock))


# A clock's day after it: "9:30 a.m. on Tuesday", "10 p.m. local time Saturday", "3 a.m. local
# time on Sunday", "10am GMT this Friday, January 12", "9am next Tuesday, April 28" (whose
# "next" the day's span leaves out), "at 2 p.m. ET, on Tuesday" (a clock's place, "local time",
# is not part of its span), "10:45pm (AEST) on Saturday" (a zone in brackets).
_ON = re.compile(r"\)?(?:\s{1,2}\([A-Z]{2,5}\))?\s{1,2}"
                 r"(?:(?:local|UK|US|[A-Z][a-z]{2,11})\stime(?:\s{1,2}(?:on|this))?"
                 r"|(?:[A-Z]{2,4}\s{1,2})?(?:on|this|next))\s{1,2}|,\s{1,2}on\s{1,2}|\)\s{1,2}")
# What ends a range before its last item: "Monday to [Friday]", "Tuesday-[Saturday]".
_RANGE_BEFORE = re.compile(r"(?:\sto|\sthrough|\sthru|\suntil|\still?|[-\u2013])\s?$")
# What goes on from a day to the last day of a range of weekdays: "[Monday] through Friday",
# "[Tuesday]-Sunday". Hours before such a range are of each of its days ("8 a.m. to 5 p.m.
# Monday through Friday"): its first day is not theirs.
_OPENS_DAY_RANGE = re.compile(r"(?:\s{1,2}(?:to|through|thru)\s{1,2}|\s?[-\u2013]\s?)"
                              r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b")
# A habit's verb before one clock, which a working week's range of days then follows: "opens
# at 5 a.m. Monday through Saturday" (not a span a clock starts: "from 8 p.m. Friday through
# Sunday").
OPENS_AT = re.compile(r"\b(?:opens?|closes?|serves?|operates?)\s(?:daily\s)?at\s$")
OPENS_AT_CHARS = 20
# A bare first clock of hours, not tagged yet: "[5:30 to ]10 p.m. Tuesday through Saturday",
# "[4-]7 p.m. Monday through Friday".
_HOURS_OPENED = re.compile(
    r"(?<![\d:.,$])\d{1,2}(?:[:.]\d\d)?(?:\s?[-\u2013]\s?|\s(?:to|until|till)\s)$")
_HOURS_OPENED_CHARS = 12
# What opens a clock that glosses the one before it in another zone: "2 p.m. (1800 GMT)".
_CLOCK_GLOSS = re.compile(r"(?:\s{1,2}(?:local(?:\stime)?|(?:UK|US|[A-Z][a-z]{2,11})\stime))?\s?\(")
# What joins two times of one day: "10am-2pm", "from 9 a.m. to 5 p.m.", "between 1pm and 3pm".
_CLOCK_RANGE = re.compile(r"\s?[-\u2013]\s?|\s(?:to|until|till|and|or)\s")


def clock_gloss(text: str, end: int, start: int) -> bool:
    """Say whether ``text[end:start]``, between two clocks, opens the second as a gloss of the
    first in another zone: "8 p.m. EDT (0000 GMT)", "2 p.m. local time (1800 GMT)"."""
    return _CLOCK_GLOSS.fullmatch(text, end, start) is not None


def clock_on_day(text: str, clock: Tagged, day: Tagged) -> bool:
    """Say whether ``clock`` took the day of the expression after it ("9:30 a.m. on Tuesday").

    Such a clock is resolved as its day is, by the tense around the day: "shortly before
    midnight on Tuesday" is on the Tuesday that "on Tuesday" names, whatever "before" says.
    """
    return clock.mention.hour is not None and clock.mention.has_date \
        and day.start - clock.end <= _GAP_LIMIT and _ON.fullmatch(text, clock.end, day.start) is not None


# The units of "N ... ago" that a period of the anchor after it can be that many units back of,
# coarsest first: "a year ago this month", "a week ago today".
_AGO_UNITS = ("year", "month", "week", "day")


def _this_period(mention: Mention) -> bool:
    """Say whether ``mention`` is the anchor's day, part of day, week or month: "today",
    "tonight", "this week", "this month"."""
    return mention.relation is Relation.ANCHOR and mention.offset == 0 \
        and mention.unit in ("day", "week", "month") and not mention.weekend \
        and not mention.mod and not mention.value and mention.hour is None \
        and mention.direction is Direction.TENSE


def _day_in_week(day: Mention, week: Mention) -> Mention | None:
    """The weekday ``day`` in the week ``week`` counts from the anchor; None unless they are
    a bare weekday and such a week ("last week", "next week", "this week")."""
    if week.unit != "week" or week.relation is not Relation.ANCHOR or week.weekend \
            or week.offset is None or week.mod or week.value:
        return None
    if day.weekday is None or day.type is not TimexType.DATE or day.value or day.month is not None \
            or day.day is not None or day.hour is not None or day.part or day.unit \
            or day.direction is not Direction.TENSE:
        return None
    return Mention(TimexType.DATE, weekday=day.weekday, unit="week", offset=week.offset,
                   relation=week.relation)


def _date_clock(day: Mention, clock: Mention) -> Mention:
    """The time of ``clock`` on the day of ``day`` ("around 10pm on Friday" keeps its APPROX)."""
    return day.with_changes(type=TimexType.TIME, hour=clock.hour, minute=clock.minute,
                            second=clock.second, zone=clock.zone, mod=clock.mod or day.mod)
