"""The grammar: named patterns, each a small template over lexicon slots and a builder.

A :class:`Pattern` is one readable rule: an id (what ``extract --explain`` shows), a template
(a regular expression in which ``{slot}`` stands for a lexicon table, see :data:`SLOTS`; a
space stands for one to three whitespace characters), the trigger kinds that can occur in it
(the tagger only tries a pattern near such a word), a ``build`` function that turns a match
into a :class:`Mention` (or rejects it, returning None), and examples and non-examples that the
tests run.

Templates are written in lower case and matched against lower-cased text, with a word boundary
on each side; builders read the original text through :class:`Found`, because capitals matter
("May" is a month, "may" a modal). Builders check what a regular expression cannot say cheaply:
capitalization and the words around the match. No template has nested unbounded quantifiers,
so matching stays linear in the length of the text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from timecheck.grammar import lexicon, tense
from timecheck.grammar.mention import Direction, Mention, Relation
from timecheck.grammar.numbers import parse_number
from timecheck.grammar.trie import SPACE as _SPACE
from timecheck.grammar.trie import trie_regex
from timecheck.model import TimexType

# Every word any pattern can contain: the slot vocabularies and the templates' literal words.
# A match can only start with one of these or with a digit, so the tagger skips other words
# without running the grammar (see ``tagger.tag``).
VOCABULARY: set[str] = set()
_TOKEN = re.compile(r"[a-z]+")


def _words(words: Iterable[str]) -> str:
    """Return a trie-shaped regex for a set of lower-case words (see :mod:`trie`)."""
    listed = [word.lower() for word in words]
    for word in listed:
        VOCABULARY.update(_TOKEN.findall(word))
    return trie_regex(listed)


def _abbreviations(table: dict[str, int], full: Iterable[str]) -> str:
    """Month or weekday names: full names, and abbreviations that may carry a period."""
    full_names = set(full)
    names = [name for name in table if name in full_names]
    short = [name for name in table if name not in full_names]
    return "(?:" + _words(names) + "|" + _words(short) + r"\.?)"


_FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_FULL_WEEKDAYS = tuple(name.lower() for name in lexicon.WEEKDAY_NAMES)

_NUMBER_WORD = (
    "(?:" + _words(lexicon.TENS) + r"(?:[-\s]" + _words(lexicon.UNIT_NUMBERS) + ")?"
    + "|" + _words(key for key in lexicon.CARDINALS if key not in lexicon.TENS) + ")"
)
_NUMBER_WORD_HUNDREDS = (
    "(?:" + _words(("a", "one", "two", "three", "four", "five")) + r"\s(?:hundred|thousand)"
    + r"(?:\s(?:and\s)?" + _NUMBER_WORD + ")?)"
)
# Up to 999,999,999,999,999 with commas: every repeat has a maximum, so a match reads a bounded
# stretch of text (alternation.reach, which the tagger's memory of failed starts relies on).
# (never the digits after a number's comma or point: "9,000 years" is no "000 years")
_DIGITS_NUMBER = r"(?<!\d[,.])(?:\d{1,3}(?:,\d{3}){1,4}|\d{1,6}(?:\.\d{1,2})?)(?:\s[123]/[234])?"

# Slots: names a template may use as {name} or {name:group}. Each is a lexicon table written
# as a regular expression.
SLOTS: dict[str, str] = {
    "month": _abbreviations(lexicon.MONTHS, _FULL_MONTHS),
    "weekday": _abbreviations(lexicon.WEEKDAYS, _FULL_WEEKDAYS),
    "day": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
    "year": r"(?:1[0-9]\d\d|20\d\d)(?![\d%])",
    "shortyear": r"'\d\d(?!\d)",
    "hour": r"(?:[01]?\d|2[0-4])",
    "hour12": r"(?:1[0-2]|0?[1-9])",
    "minute": r"[0-5]\d",
    "ampm": r"(?:[ap]\.\s?m\b\.?|[ap]m\b)",
    "zone": _words(lexicon.ZONES),
    # US zones by name after a clock time ("4 p.m. Eastern", "Pacific Daylight Time")
    "zonename": _words(lexicon.ZONE_NAMES) + r"(?:\s(?:standard|daylight))?(?:\stime)?",
    # "UK time", "Beijing time" ("local time" stays outside the span, as TimeBank's "about
    # [10:35 a.m.] local time" does: see tagger._ON)
    "placezone": r"(?P<place>" + _words(lexicon.PLACE_ZONES) + r")\stime\b",
    "number": "(?:" + _DIGITS_NUMBER + "|" + _NUMBER_WORD_HUNDREDS + "|" + _NUMBER_WORD + ")",
    "unit": _words(lexicon.UNIT_WORDS),
    "ordinal": "(?:" + _words(lexicon.ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))",
    "part": _words(lexicon.ALL_PARTS_OF_DAY),
    "relday": _words(lexicon.RELATIVE_DAYS),
    "season": _words(lexicon.SEASONS),
    "reference": _words(lexicon.REFERENCE_WORDS),
    "frequency": _words(lexicon.FREQUENCY_WORDS),
    "approx": _words(lexicon.APPROX_MODIFIERS),
    # "end-June", "end-2024": market copy's end, with a hyphen only
    "edge": r"(?:early|late|mid|middle|end(?=-)|the\send\sof|the\sbeginning\sof|the\sstart\sof"
            r"|the\smiddle\sof)",
    "previous": _words(lexicon.PREVIOUS_WORDS),
    "next": _words(lexicon.NEXT_WORDS),
    "this": _words(lexicon.THIS_WORDS),
    "holiday": _words(list(lexicon.FIXED_HOLIDAYS) + list(lexicon.WEEKDAY_HOLIDAYS)
                      + list(lexicon.EASTER_HOLIDAYS) + list(lexicon.HEBREW_HOLIDAYS)
                      + list(lexicon.LUNAR_HOLIDAYS) + list(lexicon.ISLAMIC_HOLIDAYS)
                      + list(lexicon.EQUINOX_HOLIDAYS)),
}

_TENS_WORDS = _words(lexicon.TENS)
_UNIT_WORDS_RE = _words(lexicon.UNIT_NUMBERS)
_TEENS = _words(key for key, value in lexicon.NUMBER_WORDS.items() if 10 <= value < 20)
# Years read aloud, as broadcast transcripts write them: "nineteen ninety-six", "two thousand".
SLOTS["spokenyear"] = (
    r"(?:(?:nineteen|twenty)[-\s](?:" + _TENS_WORDS + r"(?:[-\s]" + _UNIT_WORDS_RE + r")?|" + _TEENS
    + r"|oh[-\s]" + _UNIT_WORDS_RE + r")|two\sthousand(?:\s(?:and\s)?(?:" + _TEENS + "|"
    + _UNIT_WORDS_RE + r"))?)"
)

_SLOT = re.compile(r"\{([a-z]+)(?::(\w+))?\}")
_GROUP_NAME = re.compile(r"\(\?P<(\w+)>")
_GROUP_TEST = re.compile(r"\(\?\((\w+)\)")
# Before a match: no word character, currency sign or digit-joining mark, nor a number's
# decimal point ("9.3am" holds no "3am"). After: no word character (a trailing period of
# "Sept." or "a.m." is part of the match).
BEFORE = r"(?<![\w$£€#@/])(?<!\d\.)"
AFTER = r"(?!\w)"


class Found:
    """A match of one pattern, read through that pattern's own group names.

    The tagger compiles the patterns of one trigger kind into a single alternation, renaming
    each pattern's groups with a prefix; builders still ask for ``found["month"]``. A group that
    took no part in the match, or that the pattern does not have, reads as "".

    ``groups`` maps the pattern's group names (without the prefix) to group numbers, ``""`` to
    the pattern's own group; the tagger passes the table the alternation worked out once per
    compiled regex, so a read costs a dictionary lookup, not a search of the regex's group
    names. Without it the table is made here from ``prefix``.
    """

    __slots__ = ("begin", "finish", "groups", "match", "string")

    def __init__(self, match: re.Match[str], prefix: str = "", original: str | None = None,
                 groups: Mapping[str, int] | None = None) -> None:
        self.match = match
        # The tagger matches on a lower-cased copy; builders read the original (capitals matter:
        # "May" is a month, "may" a modal).
        self.string = match.string if original is None else original
        self.groups = _group_numbers(match.re, prefix) if groups is None else groups
        self.begin, self.finish = match.span(self.groups[""])

    def __getitem__(self, name: str) -> str:
        number = self.groups.get(name)
        if number is None:
            return ""
        start, end = self.match.span(number)
        return self.string[start:end] if start >= 0 else ""

    def span_of(self, name: str) -> tuple[int, int]:
        """Where the group ``name`` matched, (-1, -1) when it took no part."""
        number = self.groups.get(name)
        return (-1, -1) if number is None else self.match.span(number)

    def group(self, index: int = 0) -> str:
        """Return the whole match (index 0), like ``re.Match.group``."""
        del index
        return self.string[self.begin:self.finish]

    def start(self) -> int:
        """Where this pattern's match starts."""
        return self.begin

    def end(self) -> int:
        """Where this pattern's match ends."""
        return self.finish


def _group_numbers(regex: re.Pattern[str], prefix: str) -> dict[str, int]:
    """Group numbers by name without ``prefix``; ``""`` is group ``prefix[:-1]`` (or 0)."""
    numbers = {name[len(prefix):]: number for name, number in regex.groupindex.items()
               if name.startswith(prefix)}
    numbers[""] = regex.groupindex[prefix[:-1]] if prefix else 0
    return numbers


Builder = Callable[[Found], "Mention | None"]


@dataclass(frozen=True)
class Pattern:
    """One rule of the grammar: a template over lexicon slots and what a match means.

    ``examples`` must each be found whole by this pattern (or, when an example brackets a part,
    ``"for [years]"``, exactly that part); ``non_examples`` must yield nothing from it. The tests
    check both.
    """

    id: str
    template: str
    build: Builder
    triggers: frozenset[str]
    examples: tuple[str, ...] = ()
    non_examples: tuple[str, ...] = ()

    @functools.cached_property
    def regex(self) -> re.Pattern[str]:
        """This pattern alone, compiled on first use: the tagger matches alternations of the
        patterns of each trigger kind instead, so a check never pays for 52 more regexes."""
        return compile_template(self.template)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Found]:
        """Return every match of this pattern alone in ``text[start:end]`` (for tests, tools)."""
        stop = len(text) if end is None else end
        return [Found(match) for match in self.regex.finditer(text, start, stop)]


def expand_template(template: str, prefix: str = "") -> str:
    """Expand ``{slot}`` and ``{slot:group}`` references; prefix every group name."""

    def expand(match: re.Match[str]) -> str:
        slot, group = match.group(1), match.group(2) or match.group(1)
        return f"(?P<{prefix}{group}>{SLOTS[slot]})"

    # In a template " " is one to three whitespace characters and " ?" zero to three.
    body = _SLOT.sub(expand, template).replace(" ?", r"\s{0,3}").replace(" ", _SPACE)
    if prefix:
        # groups written directly in the template, (?P<name>...), get the prefix too, and so do
        # the conditions that test whether a group took part, (?(name)...)
        body = _GROUP_NAME.sub(
            lambda m: m.group(0) if m.group(1).startswith(prefix) else f"(?P<{prefix}{m.group(1)}>",
            body)
        body = _GROUP_TEST.sub(lambda m: f"(?({prefix}{m.group(1)})", body)
    return body


def compile_template(template: str) -> re.Pattern[str]:
    """Compile one template with word boundaries, case-insensitively."""
    return re.compile(BEFORE + "(?:" + expand_template(template) + ")" + AFTER, re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Helpers the builders share
# ---------------------------------------------------------------------------------------------

# A named group's text, or "" when it did not take part in the match: Found's own reader,
# named for the builders, with no call in between (builders read groups in every match).
_group = Found.__getitem__


def _month(text: str) -> int:
    return lexicon.MONTHS[text.lower().rstrip(".")]


def _weekday(text: str) -> int:
    word = text.lower().rstrip(".")
    if word in lexicon.WEEKDAYS:
        return lexicon.WEEKDAYS[word]
    return lexicon.WEEKDAYS[word.removesuffix("s")]  # "Mondays"


def _day(text: str) -> int:
    return int(text.lower().rstrip("stndrh"))


def _year(text: str) -> int:
    if text.startswith("'"):
        short = int(text[1:])
        # two-digit years in news copy: '98 is 1998, '05 is 2005, '45 is 1945 (a window: the
        # years written so run from a few years ahead of now back to the Second World War)
        return 2000 + short if short < 30 else 1900 + short
    return int(text)


def _capitalized(text: str) -> bool:
    return text[:1].isupper()


def _before(match: Found, width: int = 30) -> str:
    """The text just before a match, lower-cased."""
    start = match.begin
    return match.string[max(0, start - width):start].lower()


def _after(match: Found, width: int = 30) -> str:
    """The text just after a match, lower-cased."""
    end = match.finish
    return match.string[end:end + width].lower()


# Where a sentence ends: a full stop, question or exclamation mark (and a closing quote) before
# a space, or a blank line. An abbreviation's period ("Feb. 28") ends it too early, which only
# makes the sentence read shorter.
_SENTENCE_END = re.compile(r"[.!?][\"'\u2019\u201d)]?\s|\n\s*\n")


def _sentence(match: Found, width: int = 200) -> str:
    """The sentence around a match (at most ``width`` characters either side), lower-cased."""
    before = _before(match, width)
    ends = [end.end() for end in _SENTENCE_END.finditer(before)]
    if ends:
        before = before[ends[-1]:]
    after = _after(match, width)
    end = _SENTENCE_END.search(after)
    return before + match.group().lower() + (after[:end.start()] if end else after)


def _edge_mod(text: str) -> str:
    """Map "early", "late", "mid", "the end of" ... to a TIMEX3 mod."""
    if not text:
        return ""
    words = " ".join(text.lower().replace("-", " ").split())
    if words in ("early", "the beginning of", "the start of"):
        return "START"
    if words in ("late", "end", "the end of"):
        return "END"
    if words in ("mid", "middle", "the middle of"):
        return "MID"
    return ""


def _approx_mod(text: str) -> str:
    if not text:
        return ""
    return lexicon.APPROX_MODIFIERS.get(" ".join(text.lower().split()), "")


def _unit(text: str) -> str:
    return lexicon.UNIT_WORDS[text.lower()]


def duration_value(amount: float | None, unit: str) -> str:
    """Write a TIMEX3 duration: ``P3D``, ``PT20H``, ``PXY``, ``P2Y6M``, ``PT1M30S``.

    Decades and centuries are written in years (TimeBank writes "four decades" as P40Y),
    quarters in months (P9M for "nine months" and "three quarters" alike).
    """
    designator, factor = lexicon.DURATION_UNITS[unit]
    if unit == "decade":
        designator, factor = "Y", 10
    elif unit == "century":
        designator, factor = "Y", 100
    elif unit == "millennium":
        designator, factor = "Y", 1000
    elif unit == "quarter":
        designator, factor = "M", 3
    elif unit == "weekend":
        designator, factor = "D", 2
    prefix = "PT" if unit in lexicon.TIME_UNITS else "P"
    if amount is None:
        if unit in ("decade", "century", "millennium"):
            return "PX" + ("DE" if unit == "decade" else "CE" if unit == "century" else "ML")
        return f"{prefix}X{designator}"
    total = amount * factor
    if total == int(total):
        return f"{prefix}{int(total)}{designator}"
    return _fractional_duration(total, unit, designator)


# Splits of a fractional amount into the next smaller unit: 2.5 years -> P2Y6M.
_SMALLER: dict[str, tuple[str, int, bool]] = {
    "Y": ("M", 12, False), "M": ("D", 30, False), "W": ("D", 7, False), "D": ("H", 24, True),
}
_SMALLER_TIME: dict[str, tuple[str, int]] = {"H": ("M", 60), "M": ("S", 60)}


def _fractional_duration(total: float, unit: str, designator: str) -> str:
    """Write a length with a fraction in the next smaller unit ("2.5 years": P2Y6M), or as a
    decimal where there is none ("49.2 seconds": PT49.2S, as ISO 8601 allows in the last unit).
    A fraction that rounds to nothing, or to a whole unit, is left out."""
    if designator == "S":
        return f"PT{round(total, 3):g}S"
    within_day = unit in lexicon.TIME_UNITS
    # ``to_time``: the smaller unit is written after "T" ("1.5 days": P1DT12H)
    if within_day:
        (smaller, ratio), to_time = _SMALLER_TIME[designator], False
    else:
        smaller, ratio, to_time = _SMALLER.get(designator, (designator, 1, False))
    whole = int(total)
    rest = round((total - whole) * ratio)
    if rest == ratio:
        whole, rest = whole + 1, 0
    prefix = "PT" if within_day else "P"
    if not rest:
        return f"{prefix}{whole}{designator}"
    head = f"{prefix}{whole}{designator}" if whole else prefix
    return f"{head}T{rest}{smaller}" if to_time else f"{head}{rest}{smaller}"


# ---------------------------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------------------------

def _build_iso(match: Found) -> Mention | None:
    year, month, day = int(match["iy"]), int(match["im"]), int(match["id"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    hour = _group(match, "ih")
    if hour:
        second = _group(match, "is")
        return Mention(TimexType.TIME, year=year, month=month, day=day, hour=int(hour),
                       minute=int(match["imin"]), second=int(second) if second else None,
                       zone=_group(match, "izone"))
    return Mention(TimexType.DATE, year=year, month=month, day=day)


def _build_nth_weekday(match: Found) -> Mention | None:
    """ "the first Monday of April", "the last Friday in May 2019": a day the calendar fixes."""
    month = _month(match["month"])
    holiday = lexicon.nth_weekday_holiday(month, _weekday(match["weekday"]),
                                          _ordinal_number(match["nth"]) or 1)
    year = match["year"]
    return Mention(TimexType.DATE, month=month, holiday=holiday, year=int(year) if year else None)


def _build_ymd_date(match: Found) -> Mention | None:
    """ "2021/03/04", "2019.10.19": year, month, day (and "14.03.2013", day first)."""
    return Mention(TimexType.DATE, year=int(match["y"]), month=int(match["m"] or match["m2"]),
                   day=int(match["d"] or match["d2"]))


def _build_slash_date(match: Found) -> Mention | None:
    first, second, year_text = int(match["a"]), int(match["b"]), match["y"]
    year = int(year_text) if len(year_text) == 4 else _year("'" + year_text)
    # US news order is month/day; a first number above 12 can only be a day.
    month, day = (first, second) if first <= 12 else (second, first)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Mention(TimexType.DATE, year=year, month=month, day=day)


def _month_ok(match: Found, group: str = "month", *, alone: bool = False) -> bool:
    """Reject month words that are other words here: modal "may", the verb "march", "Jan"."""
    text = match[group]
    if not _capitalized(text):
        return False
    if match.string[match.finish:match.finish + 2][-1:].isupper() \
            and _TITLE_BEFORE.search(match.string, max(0, match.begin - 16), match.begin):
        return False  # "Judge April Martinez": a first name, before a surname
    if alone:
        word = text.lower()
        if word not in _FULL_MONTHS and not text.endswith("."):
            # "Jan Kavan", "Mar" alone: a name or a typo, not a month
            return False
        if word in ("may", "march"):
            # the words before, without the quotation mark a quotation opens with ("In March")
            before = [token.lstrip("\"'\u201c\u2018(") for token in _before(match, 20).split()]
            if before and before[-1] == "and" and word == "may" \
                    and (len(before) < 2 or before[-2].strip(",") not in lexicon.MONTHS) \
                    and _SPEAKER_VERB_AFTER.match(match.string, match.finish):
                return False  # "Lawmakers will vote on Monday, and May has not ruled out"
            if before and (before[-1] in _MONTH_LEADERS or before[-1][-1:] in "-\u2013"
                           and before[-1][:-1].rstrip(".") in lexicon.MONTHS):
                return True  # "in May", "March-May"
            if before and before[-1][-1:] == "," \
                    and before[-1][:-1].rstrip(".") in lexicon.MONTHS \
                    and _LIST_GOES_ON.match(match.string, match.finish):
                return True  # "in March, May and June" (but "In March, May told MPs")
            if _CONTRACT_AFTER.match(match.string, match.finish) \
                    and not _SPEAKER_VERB_AFTER.match(match.string, match.finish):
                return True  # "March wheat fell 6 cents", "May corn added 2 cents"
            if _PAIRED_MONTH_AFTER.match(match.string, match.finish) and not (
                    _FIRST_NAME_BEFORE.search(match.string, max(0, match.begin - 20),
                                              match.begin)):
                return True  # "counting on a strong May and June"
            if before[-2:] in (["early", "as"], ["late", "as"], ["soon", "as"], ["at", "least"]):
                return True  # "as early as March", "until at least March"
            if _record_month(match, group) \
                    and not _SPEAKER_VERB_AFTER.match(match.string, match.finish):
                return True  # "the wettest March since 1910", "the sunniest May on record"
            # a month that qualifies a noun of dated figures: "March sales", "the May figures"
            # (but "Theresa May figures out": a name before it)
            name = _FIRST_NAME_BEFORE.search(match.string, max(0, match.begin - 20), match.begin)
            return name is None and bool(_MONTH_NOUN_AFTER.match(match.string, match.finish))
        if word in _NAME_MONTHS and _SURNAME_AFTER.match(match.string, match.finish):
            before = _before(match, 20).split()
            # "June Squibb", "August Wilson's play": a first name (but "in June Smith won"; and
            # "Harold and June Patterson" is a couple's)
            return bool(before) and before[-1] in _MONTH_LEADERS \
                and not (before[-1] == "and" and _NAME_AND_BEFORE.search(
                    match.string, max(0, match.begin - 20), match.begin) is not None)
    return True


# A superlative of weather or records before a month or a season: "the wettest [March]",
# "its warmest [spring] on record" (the verb "march", the modal "may" never follow one).
_RECORD_BEFORE = re.compile(
    r"\b(?:driest|sunniest|snowiest|windiest|stormiest|cloudiest|rainiest|muggiest|foggiest"
    r"|chilliest|frostiest|iciest|gloomiest|dullest|wettest|warmest|coldest|hottest|mildest"
    r"|coolest|busiest|deadliest|worst|strongest|weakest|lowest|highest|calmest|greyest"
    r"|grayest|quietest|darkest|brightest)\s$")
# What makes a month after a superlative no month: "the warmest March [day] on record".
_PART_AFTER_MONTH = re.compile(r"\s(?:day|days|night|nights|morning|afternoon)\b")


# The year a record season was set in: "the sunniest spring [on record in 2020]".
_RECORD_YEAR_AFTER = re.compile(r"\s(?:on\srecord\s)?in\s((?:1[89]|20)\d\d)\b")


def _record_month(match: Found, group: str) -> bool:
    """Say whether the month or season ``group`` follows a record's superlative, as written (in
    lower case: "the wettest [March] since 1910", not a headline's "The Biggest March")."""
    begin = match.span_of(group)[0]
    if begin < 0:
        return False
    return _RECORD_BEFORE.search(match.string, max(0, begin - 16), begin) is not None \
        and not _PART_AFTER_MONTH.match(match.string, match.finish)
# Verbs a person's name comes before, never a month's: "and May has not ruled out" (but "in
# April and May has been weak" is the month).
_SPEAKER_VERB_AFTER = re.compile(r"\s(?:has|had|said|says|told|insisted|added|will|would|did"
                                 r"|does|wants|wanted|hopes|hoped)\b")
# What follows a month inside a list of months: "March, May and June", "March, May, July".
_LIST_GOES_ON = re.compile(r"\s*(?:,|;|\.|$|\s(?:and|or)\s)")
# Months that are first names too, and a surname after one.
_NAME_MONTHS = frozenset({"april", "june", "august"})
# A first name and "and" before a month's name: "Harold and [June] Patterson".
_NAME_AND_BEFORE = re.compile(
    r"\b(?!(?:" + "|".join(m.capitalize() for m in lexicon.MONTHS if m.isalpha())
    + r")\b)[A-Z][a-z]+\sand\s$")
_SURNAME_AFTER = re.compile(
    r" (?!(?:" + "|".join(m.capitalize() for m in lexicon.MONTHS if m.isalpha())
    + "|" + "|".join(w.capitalize() for w in lexicon.WEEKDAYS if w.isalpha())
    + r"|The|This|Last|Next|I|In|On|At|By|And|But)\b)[A-Z][a-z]{2,}\b")


# A capitalized word right before a word: a first name ("Theresa May"), unless it opens the
# sentence or is a determiner.
_FIRST_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!(?:The|A|An|This|Its|In|By)\s)[A-Z][a-z]+\s$")
# Nouns a month qualifies ("March sales", "May's retail sales", "the March budget"): the verb
# "march" and the modal "may" come before no such noun.
_MONTH_NOUN_AFTER = re.compile(
    r"(?:['\u2019]s)?\s(?:retail\s|factory\s|trade\s|jobs\s|consumer\s|employment\s"
    r"|unemployment\s|inflation\s|housing\s|payrolls?\s)?(?:sales|figures|data"
    r"|numbers|budget|report|reading|survey|payrolls|inflation|meeting|election|elections"
    r"|deadline|auction|contract|futures|deliveries|exports|imports|output|issue|edition"
    r"|quarter|low|high|peak|record|consumer\sprices?\sindex|prices?\sindex|cpi|ppi|pmi|gdp"
    r"|jobs\sreport|figure|estimate|recall|recalls|storm|storms|flood|floods"
    r"|payrolls)\b", re.IGNORECASE)
# The figures a month's name qualifies, without an article: "March CPI data", "May retail
# sales", "February new-home sales", "November construction spending" (a month's data are
# published once it has begun).
_MONTH_DATA_AFTER = re.compile(
    r"(?:['\u2019]s)?\s(?:retail\s|factory\s|trade\s|consumer\s|producer\s|import\s|home\s"
    r"|(?:new|existing)[-\s]home\s|pending\s(?:home\s)?|construction\s|durable[-\s]goods\s)?"
    r"(?:sales|figures?|data|numbers|inflation|cpi|ppi|pmi|gdp|payrolls|exports|imports|output"
    r"|orders|housing\sstarts|home\ssales|spending|starts|permits"
    r"|jobs\s(?:reports?|figures|data|numbers)|estimates?|readings?|print"
    r"|prices|unemployment|employment)\b", re.IGNORECASE)
# The second month of a pair before the noun both qualify: "the September [and October] jobs
# reports".
_PAIRED_MONTH_AFTER = re.compile(r"\s(?:and|or|&)\s(?:" + "|".join(
    sorted((m.capitalize() for m in lexicon.MONTHS if m.isalpha()), key=len, reverse=True))
    + r")\b")


# Titles before a first name: "Judge June Lee", "Sen. April Jones".
_TITLE_BEFORE = re.compile(
    r"\b(?:Judge|Justice|Mayor|Senator|Sen\.|Rep\.|Dr\.|Mrs?\.|Ms\.|Officer|Detective|Sgt\."
    r"|Chief|Commissioner|Coach|Councilwoman|Councilman|Professor|Prof\.)\s$")
# Words after which a bare month name is a date ("in May", "since March", "last May").
_MONTH_LEADERS = frozenset({
    "in", "since", "by", "until", "till", "through", "from", "to", "of", "early", "late", "mid",
    "last", "next", "this", "each", "every", "during", "before", "after", "between", "and",
    "or", "until", "in-", "mid-", "late-", "early-", "on", "for", "that", "past", "coming",
    "following", "into", "throughout",
})


def _build_full_date(match: Found) -> Mention | None:
    if not _month_ok(match) or _YEAR_OPENS_LINE.search(match.group(0)):
        return None
    day = _day(match["day"])
    if day > 31 or _group(match, "last") and int(match["last"]) <= day:
        return None
    year = _year(match["year"] if _group(match, "year") else match["shortyear"])
    mention = Mention(TimexType.DATE, year=year, month=_month(match["month"]), day=day)
    return _with_weekday(match, mention)


# A year that opens the next line, with no comma before it: the head of a timeline's next entry
# ("... collapses on September 15\n2010: Greece ..."), no part of the date.
_YEAR_OPENS_LINE = re.compile(r"\d[ \t]*\n\s*'?\d+$")


def _with_weekday(match: Found, mention: Mention) -> Mention:
    weekday = _group(match, "weekday")
    if weekday:
        return mention.with_changes(weekday=_weekday(weekday))
    return mention


_AMOUNT_AFTER = re.compile(r"\s*(?:million|billion|percent|%|-\d|\.\d|,\d{3})")
_RANGE_END = re.compile(r"-(3[01]|[12]\d|[1-9])(?![\d%-]|\.\d)")


def _day_range(after: str, day: int) -> bool:
    """Say whether ``after`` goes on a range of days from ``day`` ("March 3[-5]"), not a score."""
    end = _RANGE_END.match(after)
    return end is not None and day < int(end.group(1))


# "the Sunday Times", "Monday people", "Sunday trading": a name or a kind, not a day (matched on
# the original text: the paper's name is capitalized; "China on Tuesday expressed concern",
# "Compaq on Tuesday posted a loss" are days)
_TITLE_AFTER_WEEKDAY = re.compile(r"\s(?:Times|Telegraph|Mirror|Express|Mail|Herald|Post"
                                  r"|Independent|Tribune|Star|[Pp]eople|[Ss]chool|[Pp]apers?"
                                  r"|trading|working|shifts?)\b")
# The Sunday papers named "... on Sunday" (matched on the original text: the name is
# capitalized; "wrote in the Times on Sunday" is a day)
_TITLE_BEFORE_WEEKDAY = re.compile(r"\b(?:Mail|Independent)\s+[Oo]n\s+$")
# A capitalized word after a capitalized name of a time: the two are a name ("Saturday Night
# Live", "the Summer Olympics"); "Summer I" is no name.
_TITLE_WORD_AFTER = re.compile(r"[ \t](?!I\b)[A-Z][a-z]")
# "of" and a capitalized word after a capitalized time word: "the Summer of Love".
_OF_NAME_AFTER = re.compile(r" of (?!I\b)[A-Z][a-z]")
# The kinds of work a weekday names ("Sunday trading"), which "On Sunday trading resumed" is not.
_KIND_AFTER = re.compile(r"\s(?:trading|working|shifts?)\b")
# Names of days whose weekday alone is no date: "Black Monday", "Patch Tuesday" (every month's
# second), "Super Tuesday" (a holiday of its own, lexicon.WEEKDAY_HOLIDAYS).
_NAMED_DAY_BEFORE = re.compile(r"\b(?:Super|Black|Blue|Bloody|Manic|Fat|Good|Patch|Giving)\s$")


def _build_month_day(match: Found) -> Mention | None:
    if not _month_ok(match):
        return None
    after = _after(match, 12)
    day = _day(match["day"])
    # "May 5 million", "Jan 3-1", "Oct. 3.5%": a number, not a day; but "March 3-5" is a range
    # of days, and its first day a date
    if _AMOUNT_AFTER.match(after) and not _day_range(after, day):
        return None
    mention = Mention(TimexType.DATE, month=_month(match["month"]), day=day)
    year_word = _group(match, "yearword")
    if (mention.month, day) == (9, 11) and not year_word \
            and _NINE_ELEVEN_AFTER.match(match.string, match.finish):
        # "the September 11 attacks", "the National September 11 Memorial": the day of 2001
        return mention.with_changes(year=2001)
    if year_word:
        # "Nov. 12 last year", "1 November this year": that day of the year counted from now
        mention = _in_year_of(mention, year_word)
    elif _EVENT_AFTER.match(match.string, match.finish) \
            and _before(match, 4) == "the ":
        # "the Oct. 7 attack", "the Jan. 6 riot": an event named by its day has happened
        mention = mention.with_changes(direction=Direction.PAST)
    return _with_weekday(match, mention)


def _build_every_month_day(match: Found) -> Mention | None:
    """ "each April 15": that day of every year (TimeML SET XXXX-04-15)."""
    if not _month_ok(match) or _AMOUNT_AFTER.match(_after(match, 12)) \
            or _YEAR_AFTER_DAY.match(match.string, match.finish):
        return None
    month, day = _month(match["month"]), _day(match["day"])
    return Mention(TimexType.SET, value=f"XXXX-{month:02d}-{day:02d}",
                   quant=match["every"].upper())


# A year after a day, which makes "each March 3, 2020" no day of every year.
_YEAR_AFTER_DAY = re.compile(r",?\s(?:\d{4}|'\d\d)\b")


# What names the attacks of September 11, 2001 after the day: "the Sept. 11 attacks", "the
# September 11 Memorial", "the Sept. 11 Commission".
_NINE_ELEVEN_AFTER = re.compile(r",?\s(?:terror(?:ist)?\s)?(?:attacks?|hijackers|hijackings"
                                r"|Memorial|Museum|Commission|victims|families)\b")
# Events a day names, after it: "the Oct. 7 attack", "the Sept. 11 attacks".
_EVENT_AFTER = re.compile(
    r",?\s(?:terror(?:ist)?\s)?(?:attacks?|riots?|insurrection|massacre|bombings?|raids?|shootings?"
    r"|uprising|coup|killings|crash|disaster|earthquake|quake|tsunami|blast|explosion|ambush"
    r"|invasion|hijackings?|stabbings?)\b")


def _in_year_of(mention: Mention, year_word: str) -> Mention:
    """``mention`` in the year "this year", "last year" or "next year" (or "last year's")
    counts from the anchor, whatever the tense ("From 1 July this year, homes must have alarms,
    under rules announced in 2025" is this year's July)."""
    word = year_word.lower()
    offset = -1 if word.startswith("last") else 1 if word.startswith("next") else 0
    return mention.with_changes(unit="year", offset=offset, relation=Relation.ANCHOR,
                                direction=Direction.THIS)


# "this year", "last year", "next year" after a month and day (not "next year's budget").
_DAY_OF_YEAR_WORD = r"(?:,?(?: of)? (?P<yearword>(?:this|last|next) year)(?![-'\u2019]))?"


def spoken_year(text: str) -> int:
    """Read a year said aloud: "nineteen ninety-six" is 1996, "two thousand and one" 2001."""
    words = " ".join(text.lower().replace("-", " ").split()).replace(" and ", " ")
    if words.startswith("two thousand"):
        rest = words[len("two thousand"):].strip()
        return 2000 + (int(parse_number(rest) or 0) if rest else 0)
    head, _, rest = words.partition(" ")
    rest = rest.replace("oh ", "")
    return int(parse_number(head) or 0) * 100 + int(parse_number(rest) or 0)


def _any_year(match: Found) -> int:
    if match["year"]:
        return int(match["year"])
    if match["shortyear"]:
        return _year(match["shortyear"])
    return spoken_year(match["spokenyear"])


def _build_month_year(match: Found) -> Mention | None:
    if not _month_ok(match):
        return None
    year = _any_year(match)
    return Mention(TimexType.DATE, year=year, month=_month(match["month"]),
                   mod=_edge_mod(_group(match, "edge")))


def _build_month_quarter(match: Found) -> Mention | None:
    """ "the September quarter": the calendar quarter that ends in that month ("the December
    quarter of 2010": of that year)."""
    month = _month(match["month"])
    if month % 3 or not _capitalized(match["month"]):
        return None
    if _group(match, "year"):
        return Mention(TimexType.DATE, quarter=month // 3, year=int(match["year"]))
    return Mention(TimexType.DATE, quarter=month // 3, direction=_reported(match))


def _build_month_half_year(match: Found) -> Mention | None:
    """ "the December half": the half of the year that ends in that month (Australian
    reporting: "the June half" is the first)."""
    month = _month(match["month"])
    if month % 6 or not _capitalized(match["month"]):
        return None
    return Mention(TimexType.DATE, half=month // 6, direction=_reported(match))


def _build_month_half(match: Found) -> Mention | None:
    """ "the first half of November": the month's start (its second half, its end), not the
    year's first half."""
    if not _capitalized(match["month"]):
        return None
    mod = "START" if match["hord"].lower() == "first" else "END"
    year = int(match["year"]) if _group(match, "year") else None
    return Mention(TimexType.DATE, month=_month(match["month"]), year=year, mod=mod)


def _build_months_quarter(match: Found) -> Mention | None:
    """ "the April-June quarter": the calendar quarter its first and last months span (the
    year's, as "the second quarter" is)."""
    if not (_capitalized(match["m1"]) and _capitalized(match["m2"])):
        return None
    first, last = _month(match["m1"]), _month(match["m2"])
    if first % 3 != 1 or last != first + 2:
        return None
    return Mention(TimexType.DATE, quarter=(first - 1) // 3 + 1, direction=_reported(match))


# A day of the month after it: "early Sept. 22", "late October 3rd".
_DAY_AFTER_MONTH = re.compile(r"\.?\s{1,3}(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?![:.]\d|\s?%)")


def _build_month(match: Found) -> Mention | None:
    every, edge = match["every"], match["edge"]
    relation, year_word = match["rel"], match["yearword"]
    # a month named alone needs a leader word before it ("in May"); "last May" carries its own
    if not _month_ok(match, alone=not (relation or edge or year_word or every)):
        return None
    if every:
        # "each July": every July (TimeML SET XXXX-07)
        return Mention(TimexType.SET, value=f"XXXX-{_month(match['month']):02d}",
                       quant=every.upper())
    if edge and _DAY_AFTER_MONTH.match(match.string, match.finish):
        return None  # "early Sept. 22": the day, early in it (which the day's pattern finds)
    mod = _edge_mod(edge)
    relation = relation.lower()
    if relation in _COUNTED_ON and not edge \
            and match.string[match.begin:match.begin + 4].lower() != "the ":
        return None  # "a record, following May and June": a preposition before the month
    if relation == "past" and not edge \
            and not re.search(r"\b(?:this|the)\s$", _before(match, 6), re.IGNORECASE):
        return None  # "Looking past January", "rose past January levels": a preposition
    direction = Direction.TENSE
    if relation in lexicon.PREVIOUS_WORDS:
        direction = Direction.PAST
    elif relation in lexicon.NEXT_WORDS:
        direction = Direction.FUTURE
    elif relation:
        direction = Direction.THIS
    elif _CONTRACT_AFTER.match(match.string, match.finish) \
            or _DELIVERY_BEFORE.search(match.string, max(0, match.begin - 20), match.begin):
        # "futures for January delivery", "December corn", "the August contract", "crude for
        # delivery in March": a contract month, the next one to come whatever the verb's tense
        direction = Direction.FUTURE
    elif _DATA_FOR_BEFORE.search(match.string, max(0, match.begin - 40), match.begin):
        direction = Direction.RECENT  # "inflation data for January will be released": begun
    elif _MONTHS_TO_BEFORE.search(match.string, max(0, match.begin - 50), match.begin):
        direction = Direction.RECENT  # "will show a rise in the three months to January"
    elif _before(match, 4) != "the " and _POSSESSIVE_BEFORE.search(_before(match, 6)) \
            and _BREAK_AFTER.match(match.string, match.finish):
        # "before the Senate leaves for its August recess": a break named by its month, the
        # nearer one whatever the verb's tense
        direction = Direction.NEAREST
    elif _before(match, 4) == "the ":
        paired = _PAIRED_MONTH_AFTER.match(match.string, match.finish)
        if paired is not None and (_MONTH_NOUN_AFTER.match(match.string, paired.end())
                                   or _MONTH_DATA_AFTER.match(match.string, paired.end())):
            direction = Direction.RECENT  # "will publish the September and October jobs reports"
        elif _MONTH_EVENT_AFTER.match(match.string, match.finish):
            # "registration closes for the May elections", "The June sale starts on Saturday":
            # an event named by its month, the nearer one whatever the verb's tense
            direction = Direction.NEAREST
        elif _MONTH_NOUN_AFTER.match(match.string, match.finish):
            direction = Direction.RECENT  # "the January jobs report will be released": begun
    elif _MONTH_DATA_AFTER.match(match.string, match.finish):
        direction = Direction.RECENT  # "investors will watch for March CPI data": begun
    elif not year_word and (_HABIT_BEFORE.search(match.string, max(0, match.begin - 80),
                                                 match.begin)
                            or _YEARLY_BEFORE.search(match.string, max(0, match.begin - 60),
                                                     match.begin)
                            or _YEARLY_AFTER.match(match.string, match.finish)):
        # "typically unveils new phones in September", "will run from March to November each
        # year", "Every year in July, the town holds": any year's month
        return Mention(TimexType.DATE, value=f"XXXX-{_month(match['month']):02d}", mod=mod)
    mention = Mention(TimexType.DATE, month=_month(match["month"]), mod=mod,
                      direction=direction, relation=_counted_relation(relation, match))
    if year_word:
        mention = _in_year_of(mention, year_word)
    return mention


# An adverb of habit earlier in a month's clause, or opening it: "The company typically unveils
# new phones in [September]", "usually peak in [December]", "Typically, the seasonal flu does
# not peak until [January]".
_HABIT_BEFORE = re.compile(r"\b(?:typically|usually|normally|traditionally|customarily)\b,?"
                           r"[^,.;:!?\n]*$", re.IGNORECASE)
# A year's recurrence in a month's clause, before it or after it: "[Every year in ]July, the
# town holds a festival", "will run from March to November[ each year]", "are held in January,
# February and March[ each year]", "Couture shows take place[ twice a year, in ]January and July"
# (not "travels there once a year, most recently in February").
_YEARLY = (r"\b(?:(?:each|every)\s(?:year|summer|winter|spring|autumn)|annually|yearly"
           r"|(?:once|twice|three\stimes|four\stimes)\s(?:a|per|each)\syear)\b")
_YEARLY_BEFORE = re.compile(
    _YEARLY + r"(?:,(?=\s(?:in|from|between|during)\s))?[^,.;:!?\n]*$", re.IGNORECASE)
_YEARLY_AFTER = re.compile(
    r"(?:[^,.;:!?\n]|,\s(?=(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)){0,40}?" + _YEARLY, re.IGNORECASE)
# A word that makes a holiday's name another day's: "Holocaust [Memorial Day]", "Orthodox
# [Easter]", "Chinese [New Year]".
_OTHER_CALENDAR_BEFORE = re.compile(r"\b(Holocaust|Orthodox|Confederate|Chinese|Lunar|Jewish"
                                    r"|Islamic|Hindu|Persian|Coptic|Ethiopian|Julian)\s$")
# The churches among them that keep the Julian calendar's feasts (lexicon.JULIAN_HOLIDAYS).
_JULIAN_CHURCHES = frozenset({"Orthodox", "Coptic", "Ethiopian", "Julian"})
# A futures contract a month names: "for January delivery", "December corn", "the August
# contract", "March Brent".
_CONTRACT_AFTER = re.compile(
    r"\s(?:delivery|contracts?|futures|corn|wheat|soybeans?|soyoil|soymeal|oats|cotton|cocoa"
    r"|coffee|sugar|Brent|WTI|crude|gasoline|heating\soil|natural\sgas|gas|copper|gold|silver"
    r"|platinum|palladium|live\scattle|feeder\scattle|lean\shogs|canola|rapeseed|palm\soil)\b")
_DELIVERY_BEFORE = re.compile(r"\bfor\s(?:delivery|settlement)\s(?:in\s)?$", re.IGNORECASE)
# A possessive before a month and the break it names after it: "its August recess".
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|his|her|our)\s$", re.IGNORECASE)
_BREAK_AFTER = re.compile(r"\s(?:recess|break|holidays?|vacation)\b")
# Events a month names, after it: "the May elections", "the January sales".
_MONTH_EVENT_AFTER = re.compile(
    r"\s(?:elections?|polls?|sales?|awards?|summit|conference|festival|exams?|recess|holidays"
    r"|break|fair|show|launch|deadline|auction|races?|marathon|tournament|vote|referendum"
    r"|meeting)\b")
# Figures for a month, before it: "inflation data for January", "CPI for July", "Sales of new
# homes for May".
_DATA_FOR_BEFORE = re.compile(
    r"\b(?:data|figures|numbers|statistics|cpi|ppi|pmi|gdp|inflation|sales|exports|imports"
    r"|output|payrolls|unemployment|readings?|index|results|report|accounts|estimates?)"
    r"(?:\sof(?:\s[\w-]+){1,3}?)?\sfor\s$",
    re.IGNORECASE)
# The end of a period a statistic covers: "in the three months to January", "covering the 12
# months through March" (begun, whatever the tense of its publication; "for the three months
# to the end of March" may be a period a price cap is set for).
_MONTHS_TO_BEFORE = re.compile(
    r"\b(?:in|over|during|covering)\sthe\s(?:\w+\s){1,2}?(?:weeks|months|quarters)"
    r"\s(?:to|through|ending|ended)\s(?:the\s(?:end|start)\sof\s)?$", re.IGNORECASE)


# What makes a four-digit number a count, a code or an amount rather than a year: the words or
# marks before it ("page 2011", "no. 1998", "3.1998") and after it ("1990 people", "1998-99").
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\d[.,:]|[.,:]\d|no\.\s?|number\s|#|page\s|pages\s|route\s|flight\s|room\s"
    r"|highway\s|bill\s|section\s|article\s|chapter\s|clause\s|model\s|russell\s|suite\s"
    r"|exit\s|gate\s|platform\s|version\s|box\s|resolutions?\s|u\.s\.c\.\s|§\s?|[-–]\s?)$")
# A list's bullet at the start of a line: "- 2014: Russia annexes Crimea".
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]{0,4}[-\u2013*\u2022][ \t]{1,2}$")
# A bill's number in a state legislature: "AB 1955", "SB 2023" (in capitals: German "ab 2008"
# is "from 2008").
_BILL_BEFORE = re.compile(r"\b[AHS]B\s$")
_RANGE_START_YEAR = re.compile(r"(?<![\d.,:/-])(1[0-9]\d\d|20\d\d)\s?[-\u2013]\s?$")
_NOT_YEAR_AFTER = re.compile(
    r"(?:[.,:]\d|\s?(?:-|–)\s?\d{1,3}\b(?!\d)|[-–](?:0\d{2,}|\d{5,})"
    r"|\s?(?:million|billion|percent|per\b)"
    r"|\s?%|\s(?:people|persons|men|women|soldiers|troops|workers|members|votes"
    r"|shares|employees|cases|deaths|residents|students|jobs|units|cars|homes"
    r"|acres|feet|miles|meters|tons|kilometers|barrels|points|yards|pounds"
    r"|houses|households|flats|apartments|buildings|properties|families|children|patients"
    r"|pupils|passengers|customers|users|visitors|fans|vehicles|beds|seats|tickets|rooms"
    r"|[a-z]+\s(?:street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd|lane|drive|way)|block\sof"
    r"|route\s\d+|highway\s\d+|hours|hrs)\b)")
# A zone after four digits that could be a clock: "by [1245] ET" (the minutes under 60).
_CLOCK_ZONE_AFTER = re.compile(r"(?<=[0-5]\d)\s(?:ET|EDT|EST|CT|CDT|CST|MT|MDT|MST|PT|PDT|PST|GMT"
                               r"|BST|UTC|CET|CEST|JST|HKT|SGT|IST|AEST|AEDT)\b")
# A word before a clock written as four digits: "by 1930 GMT", "at 2015 ET".
_CLOCK_LEAD_BEFORE = re.compile(r"\b(?:by|at|until|till|from|before|after|around|about)\s$")
# The end of a season or fiscal year written after its first year: "2020-21".
_SEASON_END_AFTER = re.compile(r"[-\u2013](\d\d)(?![\d:-]|[.,]\d)")
# A preposition that opens a sentence before a year: "In 1998 children were hurt" is no count.
_OPENING_LEADER = re.compile(r"(?:^|[.!?]\s+)(?:In|Since|During|By|Until)\s$")
# A year before 1900 needs a word that introduces a year ("in 1848", "since 1776").
_OLD_YEAR_LEADER = re.compile(
    r"(?:(?:in|since|from|by|until|of|to|and|before|after|between|around|circa|year|born|died"
    r"|built|founded|established|c\.|ca\.)\s|\(|\bc\.)$")


# A range of years' last year after its first, and how long a range may run: "the 1850-1900
# average", "NOAA's 1880-2024 record" (the tagger adds the last year).
_YEAR_RANGE_AFTER = re.compile(r"[-\u2013](1\d{3}|20\d\d)(?![\d-])")
LONGEST_YEAR_RANGE = 300
# After a year in brackets: a range's dash or the bracket's end.
_LIFESPAN_AFTER = re.compile(r"\s?[-\u2013)]")


def _build_year(match: Found) -> Mention | None:
    year = int(match["year"])
    before, after = _before(match, 12), _after(match, 24)
    if _BILL_BEFORE.search(match.string, max(0, match.begin - 4), match.begin):
        return None
    if _CLOCK_ZONE_AFTER.match(match.string, match.finish) \
            and (year < 1900 or _CLOCK_LEAD_BEFORE.search(before)):
        # "by 1245 ET", "at 1930 GMT": a clock (the clock's patterns find it); but "in 2023 PT
        # ..." is a year before a company's name
        return None
    if _NOT_YEAR_BEFORE.search(before) \
            and not _BULLET_BEFORE.search(match.string, max(0, match.begin - 8), match.begin):
        first = _RANGE_START_YEAR.search(before)
        if first is None or not 0 < year - int(first.group(1)) <= 100:
            return None  # "555-2011" is a phone number; "2010-2012" is a range of years
    if _NOT_YEAR_AFTER.match(after) and not _OPENING_LEADER.search(
            match.string, max(0, match.begin - 12), match.begin):
        season = _SEASON_END_AFTER.match(after)
        if season is None:
            return None
        end = int(season.group(1))
        # "the 2020-21 season", "2011-12" (a fiscal year, or December 2011): that year holds
        # both readings; "from 1939-45" is a range of years after a word that leads to one (the
        # tagger adds its end, tagger._listed_days)
        if end != (year + 1) % 100 and not (
                year % 100 < end and _OLD_YEAR_LEADER.search(before)):
            return None
    if year < 1900 and not _OLD_YEAR_LEADER.search(before) and not (
            (last := _YEAR_RANGE_AFTER.match(after)) and 0 < int(last.group(1)) - year
            <= LONGEST_YEAR_RANGE):
        return None  # but "the 1850-1900 average" is a range of years
    if year < 1900 and before.endswith("(") and not _LIFESPAN_AFTER.match(after):
        return None  # "(1850 staff)": a count in brackets; "(1898-1986)", "(1761)" are years
    if _BC_AFTER.match(match.string, match.finish):
        return None  # "1200 BC"
    if match.string.startswith(" Committee", match.finish):
        return None  # "the 1922 Committee": a name
    if _DESIGNATION_AFTER.match(match.string, match.finish):
        return None  # "Asteroid 2024 YR4", "2012 DA14": a provisional designation
    product_start = max(0, match.begin - _PRODUCT_REACH)
    if _PRODUCT_WORDS.search(match.string, product_start, match.begin) \
            and _PRODUCT_BEFORE_YEAR.search(match.string, product_start, match.begin):
        return None  # "Office 2019", "Exchange Server 2016 and 2019": a software release
    if year % 100 < 60 and _ZONE_AFTER.match(match.string, match.finish):
        return None  # "1947 GMT": a time of day (clock-military, tried next)
    mod = _edge_mod(_group(match, "edge"))
    return Mention(TimexType.DATE, year=year, mod=mod)


def _build_split_year(match: Found) -> Mention | None:
    """ "the 2023-24 season", "2024-25": a year that runs into the next, named by the year it
    begins in; but a fiscal one by the year it ends in ("the Union Budget for 2024-25", "the
    2019-20 financial year"), as "FY25" and "fiscal 2024-25" are."""
    year = int(match["year"])
    if int(match["yyend"]) != (year + 1) % 100:
        return None
    mention = _build_year(match)
    if mention is None:
        return None
    if _FISCAL_BEFORE_SPLIT.search(match.string, max(0, match.begin - 60), match.begin) \
            or _FISCAL_AFTER_SPLIT.match(match.string, match.finish):
        return mention.with_changes(year=year + 1, fiscal=True)
    return mention


# What names a split year as a fiscal one, in its clause before it or right after it.
_FISCAL_WORDS = r"(?:fiscal|financial\syears?|FY|[Bb]udgets?|tax\syears?|assessment\syears?)"
_FISCAL_BEFORE_SPLIT = re.compile(r"\b" + _FISCAL_WORDS + r"\b(?:[^.;!?]|\.(?!\s))*$")
_FISCAL_AFTER_SPLIT = re.compile(r"\s" + _FISCAL_WORDS + r"\b")


# What leads to a year of the next centuries: "by 2100", "the year 2150".
_FAR_YEAR_LEAD = re.compile(r"\b(?:by|in|until|till|to|before|after|through|beyond|around"
                            r"|year)\s$", re.IGNORECASE)


# What makes four digits a clock of a day: "until 2359 on Sunday", "at 2100 hrs".
_CLOCK_DAY_AFTER = re.compile(r"\s(?:on|hrs|hours|h|tonight|today|tomorrow|local)\b",
                              re.IGNORECASE)


def _build_far_year(match: Found) -> Mention | None:
    """ "by 2100", "until 2150": a year after 2099, after a word that leads to it."""
    if not _FAR_YEAR_LEAD.search(_before(match, 10)) \
            or _ZONE_AFTER.match(match.string, match.finish) \
            or _CLOCK_DAY_AFTER.match(match.string, match.finish) \
            or match.string.startswith((",", ".", ":"), match.finish) \
            and match.string[match.finish + 1:match.finish + 2].isdigit():
        return None  # "2100 GMT", "until 2359 on Sunday", "2,150": a clock, an amount
    return Mention(TimexType.DATE, year=int(match["fyear"]))


# A software product named by its year, before the year (or before the first of a list); not
# "the Home Office 2019 figures", "Post Office", "Box Office".
_PRODUCT_BEFORE_YEAR = re.compile(
    r"(?:(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)"
    r"(?<![A-Z][a-z]{5}\s)(?<![A-Z][a-z]{6}\s)\bOffice|\bWindows(?:\sServer)?|\bSQL\sServer"
    r"|\bExchange(?:\sServer)?|\bSharePoint(?:\sServer)?|\bVisual\sStudio|\bExcel|\bPowerPoint"
    r"|\bVisio|\bSkype\sfor\sBusiness)\s(?:(?:19|20)\d\d(?:\sR2)?(?:,\s|,?\s(?:and|or)\s))*$")
# The words of those names, looked for first (the full pattern is slow to try at every start),
# and how far (characters) before the year they are looked for.
_PRODUCT_WORDS = re.compile(r"Office|Windows|Server|Exchange|SharePoint|Studio|Excel|PowerPoint"
                            r"|Visio|Skype")
_PRODUCT_REACH = 40
# The letters and number of an asteroid's designation after its year: "2024 YR4".
_DESIGNATION_AFTER = re.compile(r" [A-Z]{1,2}\d{1,3}\b")
# A zone's abbreviation, in capitals, right after four digits: they are a time of day. Short
# ones are left out: "the 2015 UT Austin team", "2019 PT Cruiser".
_ZONE_AFTER = re.compile(r" (?:" + "|".join(sorted((zone for zone in lexicon.ZONES
                                                    if zone.isupper() and len(zone) > 2),
                                                   key=len, reverse=True)) + r")\b")


# What puts a year written "'98" alone in time: "in '98", "the class of '76", "since '05".
_SHORT_YEAR_LEADER = re.compile(
    r"\b(?:in|since|from|by|until|of|to|and|before|after|between|around|circa|summer|winter"
    r"|spring|autumn|fall|the)\s$")


def _build_short_year(match: Found) -> Mention | None:
    if not _SHORT_YEAR_LEADER.search(_before(match, 10)):
        return None
    return Mention(TimexType.DATE, year=_year(match["shortyear"]),
                   mod=_edge_mod(_group(match, "edge")))


def _build_decade(match: Found) -> Mention | None:
    text = match["decade"].lower()
    if text.endswith("'s") and not (match.group(0).lower().startswith("the") or _group(match, "edge")):
        return None  # "1990's budget" is the year's, "the 1990's" the decade
    digits = re.sub(r"\D", "", text)
    if len(digits) == 4 and digits.endswith("00") and digits != "2000":
        # "the 1800s", "the early 1900s": a century (but "the 2000s" is the decade)
        return Mention(TimexType.DATE, century=int(digits[:2]),
                       mod=_edge_mod(_group(match, "edge")))
    if len(digits) == 4:
        decade = int(digits[:3])
    elif len(digits) == 2:
        # "the 90s", "'90s" are decades; "in his 90s" is an age, "highs in the 70s" a
        # temperature
        if not text.startswith("'") and (not match.group(0).lower().startswith("the")
                                         or _WEATHER.search(_sentence(match))):
            return None
        decade = 190 + int(digits[0]) if digits[0] != "0" else 200
    else:
        return None
    return Mention(TimexType.DATE, decade=decade, mod=_edge_mod(_group(match, "edge")))


# What makes "the 70s" a temperature: the weather's words in the same sentence.
_WEATHER = re.compile(
    r"\b(?:temperatures?|degrees?|highs?|lows?|forecasts?|fahrenheit|celsius|thermometers?"
    r"|mercury|warm(?:er|ing)?|cool(?:er|ing)?|chilly|balmy|frosty|weather)\b|\u00b0")


_DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}


def _build_decade_word(match: Found) -> Mention | None:
    if _AGE_OWNER_BEFORE.search(_before(match, 14)):
        return None  # "a woman in her thirties", "in his early sixties": an age
    return Mention(TimexType.DATE, decade=190 + _DECADE_WORDS[match["word"].lower()],
                   mod=_edge_mod(_group(match, "edge")))


# Whose decade of life a decade word is: "in her thirties".
_AGE_OWNER_BEFORE = re.compile(
    r"\b(?:his|her|their|my|your|our|its)\s(?:(?:early|mid|late)[-\s])?$")


def _build_century(match: Found) -> Mention | None:
    text = match["ordinal"].lower()
    number = lexicon.ORDINALS.get(text)
    if number is None:
        number = int(re.sub(r"\D", "", text) or "0")
    if not 1 <= number <= 21:
        return None
    era = _group(match, "bc")
    if era and era.isupper():
        # "the fifth century BC": TIMEX3 writes years before Christ with "BC"
        return Mention(TimexType.DATE, value=f"BC{number - 1:02d}")
    if era or _BC_AFTER.match(match.string, match.finish):
        return None
    if match.group().endswith("Century") and _NAME_AFTER.match(match.string, match.finish):
        return None  # "20th Century Fox", "the 20th Century Limited": a name
    return Mention(TimexType.DATE, century=number - 1, mod=_edge_mod(_group(match, "edge")))


# A capitalized word right after a match, which makes a capitalized match part of a name.
_NAME_AFTER = re.compile(r" [A-Z][a-z]")


def _build_era_year(match: Found) -> Mention | None:
    """ "AD 79", "410 AD", "44 BC", "around 2500 BCE": a year with its era, in capitals."""
    era = _group(match, "era") or _group(match, "era2") or _group(match, "era3")
    if not era.isupper():
        return None  # "an ad 30 seconds long"
    year = int(_group(match, "ey") or _group(match, "ey2") or _group(match, "ey3"))
    if year == 0:
        return None
    if era.replace(".", "").startswith("B"):
        return Mention(TimexType.DATE, value=f"BC{year:04d}")
    return Mention(TimexType.DATE, year=year)


# An era before Christ after a year or a century: the values here count years of the common
# era ("the 5th century BC" is no "04").
_BC_AFTER = re.compile(r"\s?(?:B\.?C\.?(?:E\.?)?|bc|bce)(?!\w)")


def _build_this_century(match: Found) -> Mention | None:
    if match["frac"]:
        # "the past half century", "the next quarter-century": fifty (25) years to now, or
        # from now, as "the past two decades" are
        years = 50 if match["frac"].lower() == "half" else 25
        return Mention(TimexType.DURATION, value=duration_value(years, "year"))
    relation = match["rel"].lower()
    determiner = relation.startswith("the ")
    relation = relation.removeprefix("the ")
    offset = -1 if relation in lexicon.PREVIOUS_WORDS else 1 if relation in lexicon.NEXT_WORDS \
        else 0
    if offset == -1 and determiner:
        # "the past century", as "the past decade": a stretch of time ending now
        return Mention(TimexType.DURATION, value=duration_value(1, "century"))
    return Mention(TimexType.DATE, unit="century", offset=offset, relation=Relation.ANCHOR)


# Before "Today"/"Tomorrow": "of" ("the people of tomorrow"), or a name that does not open a
# sentence: a capitalized word ("USA Today"), perhaps possessive ("NBC News' Today") or with a
# number ("BBC Radio 4 Today").
_OF_BEFORE = re.compile(r"\bof\s$")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*(?<![A-Za-z]{2}\.)'?|[A-Z]\w*\s\d{1,2})\s$")
_SENTENCE_OPENER_BEFORE = re.compile(r"[.!?:\"'`]\s*[A-Z][\w.]*'?\s$")
# After a capitalized "Today" or "This Morning": what makes it the name of a programme.
_PROGRAMME_AFTER = re.compile(r"\s(?:show|programme|program|broadcast|podcast|newspaper"
                              r"|co-?hosts?|hosts?|presenters?|anchors?)\b")
# Before a capitalized "This Morning": a broadcaster's acronym ("CBS This Morning") or an
# article, which no time of day takes ("the This Morning sofa").
_PROGRAMME_BEFORE = re.compile(r"(?:(?<![\w.])[A-Z]{2,5}|\b[Tt]he)\s$")


# What happens on a day, after "today's": "today's announcement", "today's jobs report".
_TODAYS_EVENT_AFTER = re.compile(
    r"'s\s(?:[\w-]+\s){0,2}(?:announcement|meeting|vote|session|editions?|report|game|match"
    r"|ruling|decision|hearing|trading|speech|election|rally|protest|deadline|release|statement"
    r"|talks|summit|race|issue|ceremony|launch|debate|briefing|results|data|figures|close"
    r"|opening|episode|broadcast|strike|march|parade|funeral|verdict|sentencing|auction"
    r"|landing|flyby|spacewalk|flight|test|eclipse|approval|sentences?|hearings?"
    r"|final|semifinal|attack|bombing|blast|shooting|crash|storm|quiz|measures|sittings?"
    r"|proceedings|programmes?|programs?|shows?|schedule|agenda|events?|papers|newspapers?"
    r"|headlines|update|forecast|weather|budget|announcements|stage|round|play|practice"
    r"|qualifying|start|finish|opener|bout|fight|clash|showdown|tie|leg|concert|performance"
    r"|service|vigil|draw|lineup|quarterfinal|cutoff|payment|action|news|highlight|finale|move"
    r"|cut)(?:e?s)?\b")


def _build_relday(match: Found) -> Mention | None:
    text = match["relday"]
    word = text.lower()
    todays_event = word == "today" and _after(match, 2) == "'s" \
        and _TODAYS_EVENT_AFTER.match(match.string, match.finish) is not None
    if word in ("today", "tomorrow"):
        before = match.string[max(0, match.begin - 12):match.begin]
        if _OF_BEFORE.search(before) and not todays_event or text[:1].isupper() and (
                _NAME_BEFORE.search(before) and not _SENTENCE_OPENER_BEFORE.search(before)
                or _PROGRAMME_AFTER.match(_after(match, 12))):
            # "USA Today", "VOA Today" (names), "the people of tomorrow" (the future in general)
            return None
    if word == "today" and _after(match, 2) == "'s" and not todays_event:
        # "today's youth", "in today's world": the present in general (TimeBank leaves it); but
        # "today's announcement", "today's editions" are of this day
        return None
    offset = lexicon.RELATIVE_DAYS[word]
    beyond = _group(match, "beyond").lower()
    if beyond:
        offset += 1 if beyond == "after" else -1  # "the day after tomorrow"
    part = _part_code(_group(match, "part"))
    if word == "tonight":
        part = part or "NI"
    # "late yesterday", "earlier today": TimeBank gives the day's value and no mod
    clock = _group(match, "pclock")
    if clock:
        hour, minute = lexicon.PART_CLOCK[clock.lower()]
        return Mention(TimexType.TIME, unit="day", offset=offset, relation=Relation.ANCHOR,
                       hour=hour, minute=minute)
    return Mention(TimexType.TIME if part else TimexType.DATE, unit="day", offset=offset,
                   relation=Relation.ANCHOR, part=part)


# Parts of day by their words, hyphens and spacing normalized ("mid afternoon": "AF").
_PART_CODES: dict[str, str] = {" ".join(name.replace("-", " ").split()): code
                               for name, code in lexicon.ALL_PARTS_OF_DAY.items()}


def _part_code(text: str) -> str:
    if not text:
        return ""
    return _PART_CODES.get(" ".join(text.lower().replace("-", " ").split()), "")


def _build_this_part(match: Found) -> Mention | None:
    if match["rel"][:1].isupper() and match["part"][:1].isupper() and (
            _PROGRAMME_AFTER.match(_after(match, 12))
            or _PROGRAMME_BEFORE.search(match.string, max(0, match.begin - 8), match.begin)):
        return None  # "CBS This Morning", "the This Morning presenter": a programme
    relation = match["rel"].lower()
    part = _part_code(match["part"])
    offset = {"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1, "early this": 0,
              "later this": 0, "earlier this": 0}.get(" ".join(relation.split()), 0)
    if relation == "last" and (part not in ("NI", "EV") or _ordinal_of(match)
                               or _THE_BEFORE.search(_before(match, 5))):
        # (and "the last night of her life", "on the last night, Oct. 5, we cooked" are the
        # last of a row)
        return None
    return Mention(TimexType.TIME, unit="day", offset=offset, relation=Relation.ANCHOR,
                   part=part)


_THE_BEFORE = re.compile(r"\bthe\s$")
# An ordinal before a day of a row: "the [last] Sunday of the month", "the first Monday in".
_ORDINAL_BEFORE = re.compile(r"\bthe\s(?:(?:first|second|third|fourth|fifth|final)\s)?$",
                             re.IGNORECASE)
_OF_ROW_AFTER = re.compile(r"\s(?:of|in|before|after)\s")


def _ordinal_of(match: Found) -> bool:
    """Say whether the match (from "last", or a weekday after an ordinal) counts a day of a
    row: "the last Sunday of the month", "the first Monday in the term", "the last night of
    her life"."""
    return _ORDINAL_BEFORE.search(_before(match, 10)) is not None \
        and _OF_ROW_AFTER.match(match.string, match.finish) is not None


_OF_AFTER = re.compile(r"\s+of\b")
# An ordinal before a weekday: "the first [Monday] of the month".
_ORDINAL_WEEKDAY_BEFORE = re.compile(
    r"\bthe\s(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s$",
    re.IGNORECASE)
# What puts a part of day named alone in time: "in the afternoon", "by mid-morning".
_PART_LEAD = re.compile(r"\b(?:in|during|through|throughout|by|until|till|from|into|since)\s$",
                        re.IGNORECASE)


# What leads to a part of day without "the" ("by afternoon", "until evening"), and what may
# follow one that qualifies no noun.
_BARE_PART_LEAD = re.compile(r"\b(?:by|until|till|toward|towards)\s$", re.IGNORECASE)
_PART_ENDS_AFTER = re.compile(r"\s?(?:[,.;:!?)\u2014]|$|\s(?:on|and|or|but|when|as|in|at|the"
                              r"|local|time|[A-Z]\w*)\b)")


# The turns of the light, which name a time of one day without "the" after a word that places
# them ("gathered before dawn", "crossing into Kuwait at dawn", "found nothing by nightfall"),
# unless they run to one another ("open from dawn to dusk", "a dusk-to-dawn curfew") or qualify
# a noun ("a dawn raid", "before dawn prayers", "the sunset clause"), or name something ("a
# problem at Sunrise", a plant; but "Buyers Line Up Before Dawn", a headline).
_LIGHT_TURNS = frozenset({"dawn", "daybreak", "sunrise", "dusk", "sunset", "nightfall"})
_LIGHT_LEAD = re.compile(r"\b(?:at|before|after|by|until|till|since|around|toward|towards)\s$",
                         re.IGNORECASE)
_LIGHT_NOT_AFTER = re.compile(
    r"(?:\s*(?:-|to|until|till|and|or)\s*(?:dawn|daybreak|sunrise|dusk|sunset|nightfall)\b"
    r"|[-\s](?:raids?|prayers?|patrols?|clauses?|provisions?|curfews?|services?|mass|calls?"
    r"|shifts?|strikes?|attacks?|meals?|fast|light|hours?)\b|\s(?:every|each|daily)\b)",
    re.IGNORECASE)
_LIGHT_NOT_BEFORE = re.compile(
    r"(?:\b(?:dawn|daybreak|sunrise|dusk|sunset|nightfall)\s*(?:-|to|until|till|and|or)\s*"
    r"|\b(?:every|each|daily)\b[^,.;]*)$", re.IGNORECASE)


def _build_part_alone(match: Found) -> Mention | None:
    """ "in the afternoon", "by mid-morning", "late in the evening": a part of the day the text
    is telling of (the one mentioned last, else the anchor's). "The morning" with nothing to
    place it ("the morning papers") and "the night" are left alone, as TimeBank leaves them."""
    text = match["part"].lower()
    part = _part_code(text)
    if part not in ("MO", "AF", "EV") or text in lexicon.PART_CLOCK:
        return None
    if not match["the"] and not _group(match, "lat") and text in _LIGHT_TURNS:
        lead = _LIGHT_LEAD.search(match.string, max(0, match.begin - 8), match.begin)
        if lead is None or match["part"][0].isupper() and lead.group(0).islower() \
                or _LIGHT_NOT_AFTER.match(match.string, match.finish) is not None \
                or _LIGHT_NOT_BEFORE.search(_before(match, 40)) is not None:
            return None
        return Mention(TimexType.TIME, part=part)
    if not match["the"] and not re.match(r"(?:early|late|mid)\W?", text) \
            and not (_BARE_PART_LEAD.search(_before(match, 8))
                     and _PART_ENDS_AFTER.match(match.string, match.finish)):
        # "in morning trading": a bare part of day is a modifier (but "By afternoon, it was
        # clear" and "expected by evening." name one)
        return None
    if not _group(match, "lat") and not _PART_LEAD.search(_before(match, 12)):
        return None
    if _OF_AFTER.match(_after(match, 5)):
        return None  # "the morning of June 5" is read whole from the date
    return Mention(TimexType.TIME, part=part)


def _build_part_relday(match: Found) -> Mention | None:
    offset = lexicon.RELATIVE_DAYS[match["relday"].lower()]
    word = match["part"].lower()
    if word in lexicon.PART_CLOCK:
        hour, minute = lexicon.PART_CLOCK[word]
        return Mention(TimexType.TIME, unit="day", offset=offset, relation=Relation.ANCHOR,
                       hour=hour, minute=minute)
    return Mention(TimexType.TIME, unit="day", offset=offset, relation=Relation.ANCHOR,
                   part=_part_code(match["part"]), mod=_edge_mod(_group(match, "edge")))


def _relation_offset(text: str) -> tuple[int, Relation]:
    words = " ".join(text.lower().split())
    last = words.split(" ")[-1] if words else ""
    if last in ("next", "coming", "upcoming"):
        return 1, Relation.ANCHOR
    if last in ("following", "ensuing"):
        return 1, Relation.REFERENCE
    if last in ("previous", "preceding", "prior"):
        return -1, Relation.REFERENCE
    if last in ("last", "past"):
        return -1, Relation.ANCHOR
    if last == "same":
        return 0, Relation.REFERENCE
    return 0, Relation.ANCHOR


# "of" and a span that is no calendar's, or a century tagged on its own: "the last month of
# his life", "in the last year of the war", "the first half of the 19th century".
_OF_SPAN_AFTER = re.compile(
    r"\s+of\s+(?:(?:his|her|their|its|my|our|your|a|an)\s|the\s(?:(?:\d{1,2}(?:st|nd|rd|th)"
    r"|[a-z]+(?:th|st|nd|rd))\s+centur|(?!(?:year|month|week|day|decade|century|quarter|season"
    r"|period|session|term|summer|winter|spring|autumn|fall|fiscal|[a-z]+day)\b)[a-z])"
    r"|(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun))"
    r"(?-i:[A-Z][a-z]{2,})\b(?!\s\d))",  # "the last week of Ramadan", not "of March"
    re.IGNORECASE)


# A unit shorter than a quarter or half after it: "the second half of the month".
_OF_SHORTER_AFTER = re.compile(r"\s+of\s+(?:the|this|next|last)\s+(?:month|week|day|match|game)\b",
                               re.IGNORECASE)


# What may follow "the year before" when it stands alone, as the year before the one told of
# ("from 110,000 the year before."), not before an event named after it ("the year before
# the war").
_UNIT_BEFORE_ALONE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\u2014]|$|\s(?:and|but|when|while|as|to|in|at|with|was|were|had|it|he|she"
    r"|they)\b)")


def _build_unit_before_after(match: Found) -> Mention | None:
    if not _UNIT_BEFORE_ALONE_AFTER.match(match.string, match.finish):
        return None
    return Mention(TimexType.DATE, unit=match["runit"].lower(),
                   offset=-1 if match["side"].lower() == "before" else 1,
                   relation=Relation.REFERENCE)


def _build_part_before_after(match: Found) -> Mention | None:
    """ "the night before", "the morning after": that part of the day before (after) the day
    the story is telling, when no event follows ("the night before the vote" counts from it)."""
    part = _part_code(match["part"])
    if not part or not _PART_ALONE_AFTER.match(match.string, match.finish) \
            or _EVERY_AFTER.match(match.string, match.finish) \
            or not _DAY_NAMED.search(match.string, max(0, match.begin - _DAY_NAMED_CHARS),
                                     match.begin):
        return None  # "read the file the night before, every time", a headline's "The morning
        # after: five lessons": no day told before to count from
    offset = -1 if match["side"].lower() == "before" else 1
    return Mention(TimexType.DATE, unit="day", offset=offset, relation=Relation.REFERENCE,
                   part=part, granularity="day")


# What makes a time of day one of every day: "the night before, every time".
_EVERY_AFTER = re.compile(r",?\s(?:every|each)\b", re.IGNORECASE)
# What ends "the night before" told alone (no clause after it: "through the night after it
# jumped a ridge" is no night after a day).
_PART_ALONE_AFTER = re.compile(r"\s*(?:[.,;:!?)\u2014]|$|\s(?:and|but)\b)")
# A day named before (a weekday, a month's day, a year), and how far back it is looked for.
_DAY_NAMED = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:1[89]|20)\d\d\b"
                        r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s\d"
                        r"|\d\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)
_DAY_NAMED_CHARS = 400


# "hour" after "the next half": a half hour, not a half of the year.
_HOUR_AFTER = re.compile(r"[\s-]hour", re.IGNORECASE)


# A length before "late" or "early": "three days [late this year]".
_LENGTH_BEFORE = re.compile(
    r"\b(?:(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few"
    r"|several)\s(?:minute|hour|day|week|month|year)s?|minutes|hours|days|weeks|months|years)\s$")
# A quantifier before "previous year", "past month": "any previous year", "every past week".
_ANY_BEFORE = re.compile(r"\b(?:any|every|each)\s$", re.IGNORECASE)


def _title_case_line(match: Found) -> bool:
    """Say whether the line of a match is a headline in title case: four words or more, every
    one but the small ones capitalized, a capitalized one besides the match's, no quotation
    marks."""
    text = match.string
    start = text.rfind("\n", 0, match.begin) + 1
    end = text.find("\n", match.finish)
    line = text[start:end if end >= 0 else len(text)]
    words = tense.title_case_words(line)
    return words is not None and len(words) >= 4 and '"' not in line and "\u201c" not in line \
        and sum(word[0].isupper() for word in words) > len(match.group().split())


# A broadcaster's name before a programme's: "ABC THIS WEEK".
_NETWORK_BEFORE = re.compile(r"\b(?:ABC|CBS|NBC|BBC|CNN|ITV|PBS|NPR|FOX|CBC|RTE|MSNBC)'?s?\s$")


def _build_relative_unit(match: Found) -> Mention | None:
    unit = match["runit"].lower()
    if match["runit"][:1].isupper() and match["rel"][:1].isupper() \
            and (not match["runit"].isupper() and not _title_case_line(match)
                 or _NETWORK_BEFORE.search(match.string, max(0, match.begin - 8), match.begin)):
        # "This Week", "Next Year": a title (ABC's "This Week"), not a date (but a heading in
        # capitals, "THIS WEEKEND: Jazz in the park", is one, and so is a headline in title
        # case, "Tax Day Arrives Three Days Late This Year", unless a network's: "ABC THIS
        # WEEK")
        return None
    if unit == "half" and _HOUR_AFTER.match(match.string, match.finish):
        return None  # "the next half hour", "this half hour": no half of a year
    if _group(match, "lat").lower() in ("late", "early") \
            and _LENGTH_BEFORE.search(_before(match, 16)):
        # "arrives three days late this year": how late, then the year alone (but "lasted 12
        # days earlier this month" may be the month's start)
        return None
    if not _group(match, "det") and _ANY_BEFORE.search(_before(match, 8)):
        return None  # "more attacks than in any previous year": every one, not one
    offset, relation = _relation_offset(match["rel"])
    mod = _edge_mod(_group(match, "edge")) or _earlier_later(_group(match, "lat"))
    determiner = _group(match, "det").lower()
    if (determiner or _before(match, 4) == "the ") \
            and _OF_SPAN_AFTER.match(match.string, match.finish):
        return None  # "the last month of his life", "the last year of the war": no calendar's
    if determiner and match["rel"].lower() == "next" and not (
            _group(match, "vague") and _WINDOW_BEFORE.search(_before(match, 8))):
        # "closed the next year": the year after the one the story is telling, not after now
        # (but "over the next year or so" is from now)
        relation = Relation.REFERENCE
    if unit in ("decade", "century") and offset == -1 and determiner \
            and match["rel"].lower() in ("past", "last") or unit == "fortnight":
        # "the past decade" is a stretch of time ending now (TimeBank: DURATION P10Y); a
        # fortnight is no calendar unit, so "the past fortnight" is P2W too
        return Mention(TimexType.DURATION, value=duration_value(1, unit))
    if unit in ("decade", "century") and offset == 1 and determiner \
            and _SPAN_LEAD_BEFORE.search(_before(match, 12)):
        # "would add $3.3 trillion over the next decade": ten years from now, as "over the
        # past decade" are ten years to now
        return Mention(TimexType.DURATION, value=duration_value(1, unit))
    if determiner and offset == 1 and unit in ("week", "month", "year") and not mod \
            and not _group(match, "vague") and _before(match, 7).lower().endswith("within "):
        # "will be completed within the next week": a week from now, as "within the next two
        # weeks" is (TimeBank: DURATION P2W), not the calendar's week after this one
        return Mention(TimexType.DURATION, value=duration_value(1, unit))
    mention = Mention(TimexType.DATE, unit=unit, offset=offset, relation=relation, mod=mod)
    if unit == "weekend" and match["rel"].lower().endswith("coming"):
        # "over the coming weekend": the one ahead, this week's from Monday to Friday
        return Mention(TimexType.DATE, unit="week", offset=0, relation=Relation.ANCHOR,
                       weekend=True, mod=mod, direction=Direction.FUTURE)
    if unit == "weekend":
        # "last weekend", "this weekend" say which: the tense does not move them (as it moves
        # "the weekend", _build_the_weekend); but "this weekend" told in the past is the one
        # just gone, as "the weekend" is ("was fifth this weekend", said on a Monday; but "Two
        # years ago this weekend, the club won" is this one)
        told = tense.read_tense(match.string, match.begin, match.finish) \
            if match["rel"].lower() == "this" and not _before(match, 5).endswith("ago ") else None
        mention = mention.with_changes(
            weekend=True, unit="week",
            direction=Direction.TENSE if told is not None and told.certain
            and told.tense is tense.Tense.PAST else Direction.THIS)
    return mention


def _build_day_of_relative_month(match: Found) -> Mention | None:
    """ "the 15th of next month": that day of the month counted from the anchor's."""
    offset, relation = _relation_offset(match["rel"])
    return Mention(TimexType.DATE, unit="month", offset=offset, relation=relation,
                   day=int(match["nth"]))


def _build_day_of_month(match: Found) -> Mention | None:
    """ "due on the 15th", "Wednesday the 2nd", "the 1st of every month": a day of a month the
    text does not name here (the resolver takes the month mentioned last, else the tense's).

    A bare ordinal is a day only where it ends its phrase after a preposition or another such
    day: not "the 11th Circuit", "the 18th hole", "for the 3rd time", nor golf's "birdie on the
    18th", whose noun the sentence leaves out."""
    day = lexicon.DAY_ORDINALS.get(match["nth"].lower())
    if day is None:  # "the 2th"
        return None
    weekday = _group(match, "weekday")
    if weekday and not _capitalized(weekday):
        return None
    if not weekday and not _DAY_OF_MONTH_BEFORE.search(_before(match, 24)):
        return None
    if not _DAY_OF_MONTH_AFTER.match(match.string, match.finish) \
            or _ELIDED_NOUN.search(_sentence(match)):
        return None
    if _group(match, "each"):
        return Mention(TimexType.SET, value=f"XXXX-XX-{day:02d}", quant="EACH"
                       if match["each"].lower() == "each" else "EVERY")
    return Mention(TimexType.DATE, day=day, weekday=_weekday(weekday) if weekday else None)


_DAY_OF_MONTH_BEFORE = re.compile(
    r"(?:\b(?:on|by|until|till|through|thru|before|after|since|from|due"
    r"|(?:continued|adjourned|postponed|moved|pushed|delayed|rescheduled|back)\sto)"
    r"|\d(?:st|nd|rd|th)\s?(?:to|and|or|through|until|till|-|\u2013))\s?$")
_ORDINAL_END = r"(?:\s*[,.;:!?)]|\s*$|\s(?:at|of|was|is|will|when|in|with|and|but)\b)"
_DAY_OF_MONTH_AFTER = re.compile(
    r"\s*[,.;:!?)]|\s*$|\s(?:at|was|is|will|would|could|should|has|had|when|while|in|with|but"
    r"|for\s(?:a|an|his|her|their|its|sentencing|trial|arraignment))\b"
    r"|\s?(?:and|or|to|through|until|till|-|\u2013)\s?(?:the\s)?\d\d?(?:st|nd|rd|th)"
    + _ORDINAL_END, re.IGNORECASE)
# The nouns a sentence may leave out after an ordinal that is no day: "birdied the 18th",
# "scored in the 89th", "lives on the 5th".
_ELIDED_NOUN = re.compile(
    r"\b(?:holes?|birdies?|bogeys?|eagles?|par|putts?|tee|fairways?|greens?|floors?|laps?"
    r"|innings?|rounds?|minutes?|places?|grades?|rows?|stor(?:ey|y|ies|eys)|pick)\b")


def _build_before_last(match: Found) -> Mention | None:
    """ "the week before last": two weeks back from now."""
    unit = match["runit"].lower()
    if unit == "weekend":
        return Mention(TimexType.DATE, unit="week", offset=-2, relation=Relation.ANCHOR,
                       weekend=True, direction=Direction.THIS)
    return Mention(TimexType.DATE, unit=unit, offset=-2, relation=Relation.ANCHOR)


def _earlier_later(text: str) -> str:
    word = text.lower()
    if word in ("earlier", "early"):
        return "START"
    if word in ("later", "late"):
        return "END"
    return ""


def _build_relative_weekday(match: Found) -> Mention | None:
    if not _capitalized(match["weekday"]):
        return None
    relation = " ".join(match["rel"].lower().split())
    if relation == "following" and _after(match, 2) in ("'s", "\u2019s"):
        return None  # "Following Saturday's defeat": after the defeat, a day named alone
    if relation == "last" and _ordinal_of(match):
        return None  # "the last Sunday of the month": the last of a row, not the day gone
    direction = Direction.PAST if relation in _WEEKDAY_BACK \
        else Direction.FUTURE if relation in _WEEKDAY_ON else Direction.THIS
    part = _part_code(_group(match, "part"))
    return Mention(TimexType.DATE, weekday=_weekday(match["weekday"]), direction=direction,
                   part=part, relation=_counted_relation(relation, match))


# Words that count a weekday, a month or a season from the period the story tells of: "the
# following Monday", "the previous winter" (Relation.REFERENCE; "next", "last" count from now).
_COUNTED_ON = ("following", "ensuing")
_COUNTED_BACK = ("previous", "preceding", "prior")


_WEEKDAY_BACK = frozenset({"last", "this past", "past", *_COUNTED_BACK})
_WEEKDAY_ON = frozenset({"next", "this coming", "coming", *_COUNTED_ON})
_SEASON_BACK = frozenset({"last", "past", *_COUNTED_BACK})
_SEASON_ON = frozenset({"next", "coming", *_COUNTED_ON})
# "the" before such a word is in the span, as TimeBank draws it ("the previous Friday"); "the
# next" counts on from that period too ("took effect the next January").
_THE_COUNTED = r"(?:the (?=(?:" + "|".join(_COUNTED_ON + _COUNTED_BACK + ("next",)) + r")\s))?"


def _counted_relation(relation: str, match: Found) -> Relation:
    """The relation a word before a weekday, month or season gives it (see _COUNTED_ON)."""
    if relation in _COUNTED_ON or relation in _COUNTED_BACK:
        return Relation.REFERENCE
    if relation == "next" and _THE_NEXT.search(match.group(0)):
        return Relation.REFERENCE
    return Relation.NONE


_THE_NEXT = re.compile(r"\b[Tt]he\s+next\b")


# The article before a weekday that makes it some day of that name: "on a Sunday".
_A_BEFORE = re.compile(r"(?<![\w'])[Aa] $")
# A word after such a weekday that is the noun it describes, not one that opens a phrase.
_NOUN_AFTER = re.compile(
    r" (?!(?:in|of|and|or|when|that|with|at|after|before|for|to|as|than|the|a|an|is|was|but"
    r"|so|because|while|where|which|who|on|from|during|last|this|next|he|she|it|they|we)\b)[a-z]")


# What may put a possessive day ahead, as the clause's tense says: "the stakes are high ahead
# of Tuesday's debate" (but "shares rose ahead of Tuesday's report"), "the favourite for
# Friday's Gold Cup", "awaiting Thursday's decision", "will miss Sunday's game", "Lawmakers face
# Friday's deadline", "have until Friday's deadline", "If Friday's number comes in low".
_POSSESSIVE_AHEAD_BEFORE = re.compile(
    r"\b(?:(?:ahead|in\sadvance)\sof|for|await(?:s|ing)?|fac(?:es?|ing)|until|if|unless)\s$"
    # "before" after what is to come, or opening the sentence (the text is lower-cased): "will
    # hold a minute's silence before Saturday's match", "Before Friday's deadline, ..." (not
    # "Nestle's share of 7% before Friday's purchases is far below")
    r"|(?:\b(?:will|would|shall|planned|scheduled|expected|due|fac(?:es?|ing))|'ll|\u2019ll)\s"
    r"(?:[\w'\u2019-]+\s){0,8}before\s$|(?:^|[.!?]\s|\n)before\s$"
    # or a future auxiliary in the few words before: "will miss Sunday's game", "are expected
    # to attend Friday's funeral", "is the favourite to win Sunday's election"
    r"|(?:\b(?:will|shall)|'ll|\u2019ll|\bwon't)\s(?:[a-z]+\s){0,5}$"
    r"|\b(?:expected|set|due|going|favou?rite|poised|scheduled|slated|plans?|planning|hopes?"
    r"|hoping|aims?|aiming)\sto\s(?:[a-z]+\s){1,3}$")

# A market preview's present, which puts the day ahead whatever else the clause says: "investors
# look to Friday's payrolls", "all eyes are on Wednesday's Fed decision".
_PREVIEW_BEFORE = re.compile(
    r"\b(?:look(?:s|ing)?\s(?:ahead\s)?to|(?:focus(?:es|ing)?|(?:is|are)\sfocused)\son"
    r"|eyes\sare\son|watch(?:es|ing)?\sfor)\s$")
# ... or what the event named after it is to do: "Thursday's vote is expected to be close",
# "Sunday's final will be played at Wembley" (not an outcome already out: "Thursday's ruling
# will be appealed").
_POSSESSIVE_AHEAD_AFTER = re.compile(
    r"['\u2019]s\s(?!(?:[a-z-]+\s){0,2}(?:ruling|decision|verdict|announcement|remarks|comments"
    r"|statement|speech|attack|loss|defeat|win|victory|close|results?|data|report|figures"
    r"|sell-?off|rally|crash|move|cut|hike)\s)(?:[a-z-]+\s){1,3}"
    r"(?:will|shall|(?:is|are)\s(?:expected|set|due|scheduled|slated)\b|(?:is|are)\sto\s)"
    # an event's "would" be: "said Tuesday's meeting would be live" (not a past event's
    # consequence: "said Monday's outage would cost millions")
    r"|['\u2019]s\s(?:[a-z-]+\s)?(?:meeting|vote|hearing|debate|game|match|race|session|summit"
    r"|talks|election|rally|parade|launch|final|ceremony|conference|march|strike|protest"
    r"|walkout|demonstration|concert|festival|service|funeral)\swould\sbe\b"
    # or what looks ahead by its name: "Saturday's forecast is better", "Tuesday's agenda"
    r"|['\u2019]s\s(?:weather\s)?(?:forecast|outlook|agenda)\b")
# A day's programme told in the present, which is to come: "Saturday's slate runs from",
# "Wednesday's late Prom is devoted to film music", "Saturday's lineup includes three acts".
_DAYS_PROGRAMME_AFTER = re.compile(
    r"['\u2019]s\s(?:[\w-]+\s){1,3}(?:includes|features|runs|airs|(?:is|are)\s(?:devoted"
    r"|dedicated|sold\sout))\b")


# What is kept on a day of every week, after the day (with one word between at most) that a
# determiner or a possessive leads, or that opens a sentence: "Sunday hours", "some Saturday
# shifts", "the Saturday market", "its Saturday morning market" (not one event: "a Sunday night
# memorial service", "the Friday explosions", "the Saturday program", nor a verb after the
# day: "a poll released Wednesday shows", "said Monday that classes will resume").
_KEPT_WEEKLY_AFTER = re.compile(
    r"\s(?!(?:that|and|or|the|a|an|to|of|in|on|at|for|with|as|when|its|their)\s)(?:[a-z]+\s)?"
    r"(?:hours|markets?|shifts?|sessions|games|matches|classes|distributions|suppers?"
    r"|parking|broadcasts|collections|pickups)\b(?![-'\u2019])")
_KEPT_WEEKLY_BEFORE = re.compile(r"(?:^|[.!?:;\"\u201c]\s|\n|['\u2019]s\s|\b(?:the|a|an|its|their"
                                 r"|his|her|our|your|some|per|any|no|weekly|regular|usual)\s)$")
# A score after a day's possessive: the game was played ("Sunday's 27-20 win").
_SCORE_AFTER = re.compile(r"['\u2019]s\s\d{1,3}-\d{1,3}\s")


# ... or figures still to show something: "Friday's jobs report is expected to show", "expect
# Friday's report to show 180,000 new jobs".
_FIGURES_AHEAD_AFTER = re.compile(
    r"['\u2019]s\s(?:[\w-]+\s){0,2}(?:report|data|figures|numbers|release|reading|payrolls)"
    r"\s(?:(?:is|are)\s(?:expected|due|set|forecast)\s)?to\s(?:show|come|be\s(?:released"
    r"|published))\b")


def _build_weekday(match: Found) -> Mention | None:
    word = match["weekday"]
    if not _capitalized(word):
        return None
    bare = word.lower().rstrip(".")
    if bare not in _FULL_WEEKDAYS and (not word.endswith(".") and len(bare) <= 3
                                       or _before(match, 4).lower().endswith("the ")):
        return None  # "Sun" alone; "away from the Sun.": the star, not Sunday
    if _ORDINAL_WEEKDAY_BEFORE.search(_before(match, 16)) \
            and _OF_ROW_AFTER.match(match.string, match.finish):
        return None  # "the first Monday of the month": a day of a row, not the week's
    after = _after(match, 12)
    if (_TITLE_AFTER_WEEKDAY.match(match.string, match.finish)
            and not (_KIND_AFTER.match(match.string, match.finish)
                     and _before(match, 3).endswith("on "))) \
            or (bare.startswith("sun") and _TITLE_BEFORE_WEEKDAY.search(
                match.string, max(0, match.begin - 20), match.begin)):
        return None
    if _NAMED_DAY_BEFORE.search(match.string, max(0, match.begin - 8), match.begin) \
            or match["part"] and _capitalized(match["part"]) \
            and _TITLE_WORD_AFTER.match(match.string, match.finish):
        return None  # "Super Tuesday"; "Saturday Night Live", "Friday Night Dinner": names
    part = _part_code(match["part"])
    clock = match["pclock"]
    weekday = _weekday(word)
    mod = _edge_mod(match["edge"])
    every = match["every"]
    if match["plural"] or match["parts"] or every:
        # "Mondays", "Friday nights", "every Sunday", "every Friday noon": a set of days
        if clock:
            hour, minute = lexicon.PART_CLOCK[clock.lower()]
            part = f"{hour:02d}:{minute:02d}"
        value = f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
        quant = "EVERY" if every else ""
        if _group(match, "other"):
            quant = "EVERY OTHER"  # "every other Sunday": one Sunday in two
        return Mention(TimexType.SET, value=value, quant=quant)
    if _KEPT_WEEKLY_AFTER.match(match.string, match.finish) \
            and _KEPT_WEEKLY_BEFORE.search(_before(match, 8)):
        # "Sunday hours", "its Saturday distributions", "the Tuesday evening market", "Friday
        # night games": what is kept on that day of every week
        return Mention(TimexType.SET, value=f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    if _A_BEFORE.search(match.string, max(0, match.begin - 3), match.begin) \
            and not _NOUN_AFTER.match(match.string, match.finish):
        # "on a Sunday night": some Sunday, which the text does not say (but "a Sunday night
        # memorial service" is a service on the Sunday the story tells of)
        return Mention(TimexType.DATE, value=f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""),
                       mod=mod)
    # "Friday's close", "Wednesday's ruling": a possessive day names an event already reported
    # (every such day in TimeBank is the latest one, the publication day included)
    if _PREVIEW_BEFORE.search(_before(match, 24)) \
            or _DAYS_PROGRAMME_AFTER.match(match.string, match.finish):
        direction = Direction.FUTURE  # "investors look to Friday's payrolls data"
    elif after[:2] in ("'s", "\u2019s") \
            and not _POSSESSIVE_AHEAD_BEFORE.search(_before(match, 40)) \
            and not _POSSESSIVE_AHEAD_AFTER.match(match.string, match.finish) \
            and not _FIGURES_AHEAD_AFTER.match(match.string, match.finish) \
            and not tense.DAYS_EVENT_STARTS.match(match.string, match.finish) \
            and not (_before(match, 4).lower().endswith(("in ", "at "))
                     and not _SCORE_AFTER.match(match.string, match.finish)
                     and (told := tense.read_tense(match.string, match.begin, match.finish)).marked
                     and told.tense is tense.Tense.FUTURE and told.scheduled):
        # (but "Saturday's race starts at 6 p.m." tells of one to come, as does the event a
        # clause set in the future takes part in: "The colt runs in Saturday's Diamond Jubilee";
        # not "will open higher after Tuesday's rally", nor a game with its score: "will miss
        # six weeks after breaking his hand in Sunday's 27-20 win")
        direction = Direction.RECENT
    else:
        direction = Direction.TENSE
    if clock:
        hour, minute = lexicon.PART_CLOCK[clock.lower()]
        return Mention(TimexType.TIME, weekday=weekday, hour=hour, minute=minute,
                       direction=direction)
    return Mention(TimexType.DATE, weekday=weekday, part=part, mod=mod, direction=direction)


_FOR_BEFORE = re.compile(r"\bfor\s$")


def _build_day_week(match: Found) -> Mention | None:
    """ "Tuesday week": a week after the coming Tuesday; "a fortnight today": two weeks from
    now."""
    span = _group(match, "span") or match["span2"]
    if not span.islower():
        return None  # "Tuesday Week", a name
    if _group(match, "span2") and _FOR_BEFORE.search(_before(match, 5)):
        return None  # "was adjourned for a week on Friday": a length, then the day
    days = 14 if span == "fortnight" else 7
    today = _group(match, "today").lower()
    if today:
        return Mention(TimexType.DATE, unit="day", offset=days + (today == "tomorrow"),
                       relation=Relation.ANCHOR, granularity="day")
    weekday = _group(match, "weekday") or match["weekday2"]
    if not _capitalized(weekday):
        return None
    return Mention(TimexType.DATE, weekday=_weekday(weekday), unit="day", offset=days,
                   relation=Relation.ANCHOR, granularity="day", direction=Direction.FUTURE)


def _build_from_day(match: Found) -> Mention | None:
    """ "a week from Monday": that many days or weeks after the coming Monday (tomorrow); but
    "closed for six weeks from Monday" is a length and its start."""
    if _FOR_BEFORE.search(_before(match, 5)) or _AMOUNT_TO_BEFORE.search(_before(match, 30)):
        return None  # (and "extends to 90 days from Monday" is a length and its start)
    amount = _whole_number(match["number"])
    if amount is None:
        return None
    days = amount * (7 if match["unit"].lower().startswith("week") else 1)
    if match["tomorrow"] or match["yesterday"]:
        return Mention(TimexType.DATE, unit="day", offset=days + (1 if match["tomorrow"] else -1),
                       relation=Relation.ANCHOR, granularity="day")
    if _group(match, "tonight"):
        # "a week from tonight": that night a week on
        return Mention(TimexType.TIME, unit="day", offset=days, relation=Relation.ANCHOR,
                       part="NI")
    if not _capitalized(match["weekday"]):
        return None
    return Mention(TimexType.DATE, weekday=_weekday(match["weekday"]), unit="day", offset=days,
                   relation=Relation.ANCHOR, granularity="day", direction=Direction.FUTURE)


def _build_ago(match: Found) -> Mention | None:
    """ "two days ago", and the other way "ten days from now": counted from the anchor."""
    unit = _unit(match["unit"])
    sign = 1 if _group(match, "hence") or _group(match, "time") else -1
    if _group(match, "time") and not _IN_BEFORE.search(_before(match, 4)):
        return None  # "in two weeks' time" is a date; "for two weeks' time off" a length
    if sign > 0 and _AMOUNT_TO_BEFORE.search(_before(match, 30)):
        return None  # "leave will increase to 22 weeks from today": a length, from a day
    if _compares_amount(match):
        return None  # "$3 million less than [a year ago]", read from "a"
    try:
        amount = parse_number(match["number"])
    except ValueError:
        return None
    if sign > 0 and match["number"].lower() in ("a", "an") and _RATE_COUNT_BEFORE.search(
            _before(match, 8)):
        return None  # "twice a week from now until the election": a rate (pattern "times")
    if amount is None:
        return Mention(TimexType.DATE, value="PAST_REF" if sign < 0 else "FUTURE_REF")
    if _group(match, "half"):
        amount += 0.5  # "two and a half years ago"
    counted = _counted_from_anchor(amount, unit, sign, _approx_mod(_group(match, "approx")))
    if counted is not None and counted.comparison and _event_verb_before(match):
        # "The crisis began a year ago": when it happened, no comparison with the period the
        # story's results are of
        counted = counted.with_changes(comparison=False)
    if counted is not None and counted.unit in ("year", "month", "week") \
            and _group(match, "hence").lower().endswith("today"):
        return counted.with_changes(granularity="day")  # "two weeks from today": that day
    return counted


# What a length counted on after is the new amount of: "increase to [22 weeks] from today".
_AMOUNT_TO_BEFORE = re.compile(r"\b(?:increase[sd]?|extend(?:s|ed)?|rises?|rose|risen|grows?|grew"
                               r"|reduced?|reduces|raised?|raises|lower(?:s|ed)?|doubled?"
                               r"|doubles)\s(?:\w+\s)?(?:to|by)\s$", re.IGNORECASE)
# What makes "a quarter" a share of an amount: "fell by about a quarter".
_BY_SHARE_BEFORE = re.compile(r"\bby\s(?:about\s|nearly\s|almost\s|roughly\s|around\s"
                              r"|more\sthan\s|less\sthan\s|over\s|up\sto\s)?$", re.IGNORECASE)
# What makes "the next decade" a stretch of time: "over the next decade".
_SPAN_LEAD_BEFORE = re.compile(r"\b(?:over|during|within|throughout|for)\s$", re.IGNORECASE)
# A count of times before "a week": "twice a week", "three times a year".
_RATE_COUNT_BEFORE = re.compile(r"\b(?:once|twice|thrice|times)\s$", re.IGNORECASE)


def _event_verb_before(match: Found) -> bool:
    """Say whether a past form of a verb other than "be", "have" or "do" stands right before
    the match: "began [a year ago]", "was elected [a year ago]"."""
    words = _before(match, 24).split()
    return bool(words) and words[-1] not in _AUXILIARIES \
        and tense.word_reading(words, len(words) - 1)[0] is tense.Tense.PAST


# Past forms of "be", "have" and "do": before "a year ago" they leave the comparison ("Profit
# was $5 million a year ago").
_AUXILIARIES = frozenset({"was", "were", "had", "did"})
# A fraction of a unit counted in a smaller one: "a year and a half ago" is 18 months ago.
_FRACTION_UNITS = {"century": ("year", 100), "decade": ("year", 10), "year": ("month", 12),
                   "week": ("day", 7), "day": ("hour", 24), "hour": ("minute", 60)}


def _counted_from_anchor(amount: float, unit: str, sign: int, mod: str) -> Mention | None:
    """``amount`` ``unit``s before (``sign`` -1) or after the anchor, to that unit's grain."""
    if unit in ("decade", "century"):
        amount *= 10 if unit == "decade" else 100
        unit = "year"
    elif amount != int(amount) and unit in _FRACTION_UNITS:
        unit, factor = _FRACTION_UNITS[unit]
        amount *= factor
    if amount != int(amount):
        return None
    granularity = "hour" if unit == "hour" else "minute" if unit in ("second", "minute") else unit
    return Mention(TimexType.DATE, unit=unit, offset=sign * int(amount), relation=Relation.ANCHOR,
                   granularity=granularity, mod=mod,
                   comparison=unit == "year" and amount == 1 and sign < 0)


_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)
# An amount that "more than", "less than" compare: "up 57% [more than] a year earlier", "$3
# million less than a year ago", "far more than": not a modifier of the date after them.
_COMPARED_AMOUNT_BEFORE = re.compile(
    r"(?:\d%|\d\s?(?:percent|per\scent|million|billion|trillion|points?)"
    r"|\b(?:much|far|slightly|significantly|substantially|considerably|times|twice))\s$",
    re.IGNORECASE)
_COMPARATIVES = frozenset({"more than", "less than", "fewer than"})
# What makes a length counted back a date: "a year [earlier]", "two years [ago]".
_EARLIER_AFTER = re.compile(r"\s(?:earlier|ago|before|previously)\b", re.IGNORECASE)


def _compares_amount(match: Found) -> bool:
    """Say whether the match's "more than" or "less than" compares an amount before it with
    the date after it ("57% [more than] a year earlier"): the date is then that alone."""
    approx = " ".join(_group(match, "approx").lower().split())
    return approx in _COMPARATIVES \
        and _COMPARED_AMOUNT_BEFORE.search(_before(match, 24)) is not None


_HALF_BEFORE = re.compile(r"\bhalf\s$|\bquarter[-\s](?:of\s)?$", re.IGNORECASE)


# An object after "on": "two years on it", "ten years on the list", "a decade on his farm".
_OBJECT_OF_ON = re.compile(r"\s(?:it|them|him|her|this|that|the|a|an|his|its|their|our|my"
                           r"|death\srow)\b")


def _build_later(match: Found) -> Mention | None:
    unit = _unit(match["unit"])
    amount = _whole_number(match["number"])
    if amount is None:
        return None
    if unit in ("hour", "minute", "second"):
        return None  # "an hour later": TimeBank marks the length alone ("[an hour] later")
    if _THAN_AFTER.match(match.string, match.finish):
        return None  # "three months later than planned": a difference, its length alone
    if _HALF_BEFORE.search(_before(match, 8)):
        return None  # "half a century later" is read whole, from "half"
    if _compares_amount(match):
        return None  # "57% more than [a year earlier]", read from "a"
    if match["dir"].lower() == "on" and (unit not in ("year", "decade", "century")
                                        or _OBJECT_OF_ON.match(match.string, match.finish)):
        # "ten years on, he": years go on so; "two days on, he" is rare and loose; "after
        # spending two years on it" puts "on" before its object
        return None
    sign = -1 if match["dir"].lower() in ("earlier", "before", "previously", "prior") else 1
    if unit in ("decade", "century"):
        amount *= 10 if unit == "decade" else 100
        unit = "year"
    if _group(match, "halfa"):
        if unit != "year" or amount % 2:
            return None
        amount //= 2  # "half a century later": fifty years on
    # "a year earlier" compares with the period results news is about; "two years later"
    # goes on from the year just named
    return Mention(TimexType.DATE, unit=unit, offset=sign * amount,
                   relation=Relation.REFERENCE, granularity=unit,
                   mod="APPROX" if _group(match, "orso") else _approx_mod(_group(match, "approx")),
                   comparison=unit == "year" and sign < 0)


# What opens a stretch of time from now: "in [the next day or two]", "within [the next day or so]".
_WINDOW_BEFORE = re.compile(r"\b(?:in|within|over|during)\s$")


_SCALES = {"thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9}
# What after a number of years makes it an age, not a time: "4.5 billion years old".
_AGE_AFTER = re.compile(r"[\s-]old\b")


def _build_deep_time(match: Found) -> Mention | None:
    """ "4.4 billion years" (P4400000000Y), "hundreds of millions of years" (PXY), and their
    "ago", a time too far gone to write but as the past ("about 4.5 billion years ago",
    "thousands of years ago": PAST_REF)."""
    if _AGE_AFTER.match(match.string, match.finish):
        return None
    mod = _approx_mod(_group(match, "approx"))
    if _group(match, "ago"):
        return Mention(TimexType.DATE, value="PAST_REF", mod=mod)
    amount = _group(match, "amount")
    if not amount or not amount[0].isdigit() and amount.lower() not in ("a", "an", "one"):
        unit = _unit(match["unit"]) if match["unit"] else "year"
        return Mention(TimexType.DURATION, value=duration_value(None, unit), mod=mod)
    years = round((float(amount) if amount[0].isdigit() else 1)
                  * _SCALES[match["scale"].lower()])
    return Mention(TimexType.DURATION, value=f"P{years}Y", mod=mod)


# Words that put a text on the sports pages, where a "season" is a league's: "this season",
# "the past four seasons".
_SPORTS_TEXT = re.compile(
    r"\b(?:coach(?:es|ed)?|playoffs?|quarterback|touchdowns?|innings|rebounds|striker"
    r"|midfielder|roster|rookie|pitchers?|wickets|fixtures|points per game|Super Bowl"
    r"|World Series|Stanley Cup|NBA|NFL|NHL|MLB|WNBA|MLS|Premier League|Champions League"
    r"|La Liga|Serie A|Bundesliga|Ligue 1|AFL|NRL|IPL)\b")
_SEASON_OFFSETS = {"this": 0, "last": -1, "next": 1}
_SEASONS_BACK = frozenset({"past", "last", "previous"})
_SEASONS_AHEAD = frozenset({"next", "coming", "following"})


def _build_sports_season(match: Found) -> Mention | None:
    """ "this season", "last season", "next season" in a sports story: a league's season,
    written as the year it began in (_find moves it back a year in the months a winter league's
    season is ending); "the past four seasons": so many years (P4Y)."""
    if _SPORTS_TEXT.search(match.string) is None:
        return None
    words = match["rel"].lower().split()
    if match["word"].lower() == "seasons":
        amount = _whole_number(match["number"]) if match["number"] else None
        if amount is None or words[-1] not in _SEASONS_BACK | _SEASONS_AHEAD:
            return None
        return Mention(TimexType.DURATION, value=f"P{amount}Y")
    if match["number"] or len(words) > 1 or words[0] not in _SEASON_OFFSETS:
        return None
    return Mention(TimexType.DATE, unit="year", offset=_SEASON_OFFSETS[words[0]],
                   relation=Relation.ANCHOR)


def _build_next_day(match: Found) -> Mention | None:
    """ "the next day", "the following morning": counted from the day the story is telling."""
    if re.match(r"\s(?:care|trading|delivery|shipping|session)\b", _after(match, 12)):
        return None
    relation = match["rel"].lower()
    offset = 1 if relation in ("next", "following") else -1 if relation in (
        "previous", "preceding") else 0
    part = _part_code(match["part"])
    if _group(match, "vague") and offset == 1 and _WINDOW_BEFORE.search(_before(match, 8)):
        # "in the next day or two": counted from now, as "the next year or so" is
        return Mention(TimexType.DATE, unit="day", offset=1, relation=Relation.ANCHOR)
    return Mention(TimexType.DATE, unit="day", offset=offset, relation=Relation.REFERENCE,
                   part=part, granularity="day")


# The clause a time of the day opens, after it: "That evening he flew", "By that evening his
# lines had been cut", "That night Gorbachev ...", "That morning was cold".
_CLAUSE_AFTER_PART = re.compile(r"\s(?:(?:he|she|it|they|we|I|you|his|her|its|their|our|there"
                                r"|was|were|had|is|are|would|will|could|did)\b|[A-Z])")


def _build_that_part(match: Found) -> Mention | None:
    """ "that night", "later that evening": that part of the day the story is telling."""
    part = _part_code(match["part"])
    if not part or not (_PHRASE_END.match(match.string, match.finish)
                        or _CLAUSE_AFTER_PART.match(match.string, match.finish)):
        return None  # "that morning show"
    return Mention(TimexType.DATE, unit="day", offset=0, relation=Relation.REFERENCE, part=part,
                   granularity="day", mod=_earlier_later(_group(match, "lat")))


def _build_ordinal_day(match: Found) -> Mention | None:
    """ "the eighth day of the strike": today, when the clause says it is ("today is", "it's");
    otherwise a day the text does not date. A determiner must come before it, and "of" or
    "in" an event after it."""
    if not _DAY_DETERMINER.search(_before(match, 8)) or not _OF_EVENT.match(_after(match, 16)):
        return None
    if _TODAY_IS.search(_before(match, 24)):
        return Mention(TimexType.DATE, unit="day", offset=0, relation=Relation.ANCHOR)
    return Mention(TimexType.DATE, value="XXXX-XX-XX")


_OF_EVENT = re.compile(r"\s(?:of|in)\s(?!(?:the\s)?(?:year|month|week)\b|(?:1[0-9]|20)\d\d|"
                       + _words(lexicon.MONTHS) + r"\b)", re.IGNORECASE)
_DAY_DETERMINER = re.compile(r"\b(?:the|his|her|its|their)\s$", re.IGNORECASE)
_TODAY_IS = re.compile(r"\b(?:today\s+is|it\s+is|it['\u2019]s|this\s+is|marks?)\s+(?:the|its)\s$",
                       re.IGNORECASE)


def _build_that_unit(match: Found) -> Mention | None:
    unit = match["runit"].lower()
    mod = _earlier_later(_group(match, "lat"))
    # "results for that quarter": the quarter under discussion
    return Mention(TimexType.DATE, unit=unit, offset=0, relation=Relation.REFERENCE, mod=mod,
                   anaphoric=unit == "quarter")


# After a length of time: an age ("37 years old", "6-year-old"), an ordinal second ("a second
# betrayal"), a fraction ("a quarter of the vote"), a clause that makes "one day" an adverbial.
_AGE_AFTER = re.compile(r"[\s-]old\b")
_ORDINAL_SECOND_AFTER = re.compile(
    r"\s+(?!(?:later|earlier|ago|or|and|before|after|of|to|in|on|at|for|he|she|it|they|we)\b)"
    r"[a-z]|,\s(?:more|less|larger|bigger|smaller|stronger|louder|deadlier|even|much|far|shorter"
    r"|longer|newer|older|faster|slower|cheaper|higher|lower|wider|narrower)\b")
_FRACTION_AFTER = re.compile(
    r"\s+of\s+(?!\d{4}|fiscal)|-(?!century|centuries)[a-z]|\s+(?:to|past)\s+(?:\d|one|two|three"
    r"|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"|\s+(?:percentage\s+)?points?\b|\s+(?:mile|inch|pound|cup|share|stake)s?\b")
_FRACTION_COUNTS = frozenset({"a", "one", "three", "1", "3"})
_CLAUSE_AFTER = re.compile(
    r"\s*(?:,|(?:he|she|they|we|i|you|it|someone|there|soon|this|that)\b)")
_SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?;:\"'`]\s*)$")


# Before "last" as a verb: "to last", "will last", "could last".
_VERB_LAST_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|'ll)\s$")


_YEAR_DASH_BEFORE = re.compile(r"(?<!\d)(?:1[0-9]|20)\d\d[-\u2013/]$")


# A unit compared with the one before it: "year-over-year", "month-on-month".
_COMPARED_AFTER = re.compile(r"-(?:over|on|to)-", re.IGNORECASE)


# After a unit, what makes the words a compound adjective, no length: "a second-half
# penalty", "a day-night match", "a second-round tie", "two quarter-point cuts".
_COMPOUND_AFTER = re.compile(r"[-\u2013](?:half|night|round|placed|string|tier|leg|hand"
                             r"|point|percentage|line|rate|class|guessing|time|year|degree)\b",
                             re.IGNORECASE)
# Nouns "a night" qualifies: "a night curfew", "a night shift" (no night's length).
_NIGHT_NOUN_AFTER = re.compile(r"\s(?:curfew|shift|raid|flight|match|game|bus|train|club|sky"
                               r"|market|watchman|nurse|porter|manager|editor|session|school"
                               r"|vigil|owl|patrol|operation|assault|attack)s?\b")
# The noun an ordinal "second" counts, after a comma and its adjectives: "a second,
# four-year term".
_ORDINAL_NOUN_AFTER = re.compile(
    r"(?:,\s(?:[\w-]+\s){1,2}|\s(?:and|or)\s(?:third|fourth|fifth|final)\s)"
    r"(?:terms?|times?|rounds?|seasons?|places?|games?|bids?|attempts?|try|tries|chances?"
    r"|child(?:ren)?|waves?|half|halves|legs?|runs?|stints?)\b", re.IGNORECASE)
# Cricket's one-day format: "the one-day series", "120 one-day internationals".
_ONE_DAY_FORMAT_AFTER = re.compile(
    r"\s(?:series|internationals?|cricket|cup|squad|side|format|games?|match(?:es)?|team"
    r"|captain|leg)\b", re.IGNORECASE)
# "One day in 1955 a stranger knocked", "One night, the house was hit": the opening of a
# story's scene, at the start of a clause.
_CLAUSE_START_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|\n\s*|,\s+(?:and|but)\s+)$")
_STORY_AFTER = re.compile(r",|\s(?:in|last|that|he|she|they|we|i|the|a)\b", re.IGNORECASE)


# A headline: a line of its own (at most this long) whose words are capitalized, but for the
# short words a headline keeps in lower case, and which ends with no full stop.
_HEADLINE_CHARS = 120
_HEADLINE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by",
    "with", "from", "as", "into", "after", "over", "vs."})
_DIGITS_OR_SIGNS = re.compile(r"[\d$%\W]+")


def _headline(text: str, begin: int, finish: int) -> bool:
    """Say whether ``text[begin:finish]`` stands in a headline, a line of capitalized words
    ("Three Days in August", "How the Coalition Fell Apart in Ten Days"), with no sentence.
    A semicolon parts a headline's clauses ("Manhunt in Utah; Nation Marks 24 Years"): each
    is judged alone."""
    start = max(text.rfind("\n", 0, begin), text.rfind(";", 0, begin)) + 1
    ends = [found for found in (text.find("\n", finish), text.find(";", finish)) if found >= 0]
    end = min(ends) if ends else len(text)
    line = text[start:end].strip()
    if not line or len(line) > _HEADLINE_CHARS or line[-1] in ".\"'\u201d" \
            or '"' in line or "\u201c" in line:
        return False
    words = [word for word in line.split()
             if word.lower() not in _HEADLINE_SMALL_WORDS and not _DIGITS_OR_SIGNS.fullmatch(word)]
    return len(words) >= 2 and all(word[:1].isupper() or word[:1].isdigit() for word in words)


def _build_duration(match: Found) -> Mention | None:
    unit_text = match["unit"]
    unit = _unit(unit_text)
    if unit_text[:1].isupper() and not unit_text.isupper() \
            and not _headline(match.string, match.begin, match.finish):
        # "CBS's 60 Minutes", "48 Hours": a capitalized unit is a title (a unit never opens a
        # sentence: its number comes first); but in a headline every word is capitalized
        # ("Three Days in August: How the Coup Unfolded")
        return None
    number = match["number"]
    try:
        amount = parse_number(number)
    except ValueError:
        return None
    half = _group(match, "half")
    if half and amount is not None:
        amount += 0.5
    if amount is not None and amount > 5000 and "," not in number or (
            amount is not None and 1000 <= amount < 2100 and not unit_text.lower().endswith("s")):
        # "the 1988 quarter" names a year, not 1,988 quarters
        return None
    if _COMPOUND_AFTER.match(match.string, match.finish) \
            or unit == "day" and amount == 1 and _ONE_DAY_FORMAT_AFTER.match(match.string,
                                                                            match.finish):
        return None  # "a second-half penalty", "a day-night match", "the one-day series"
    if unit == "second" and _ORDINAL_NOUN_AFTER.match(match.string, match.finish):
        return None  # "a second, nonconsecutive term": the ordinal, no length
    if amount == 1 and match.string.startswith((" like ", " such as "), match.finish):
        return None  # "waited a long time for a night like this": a kind of night, no length
    if unit in ("day", "night") and amount == 1 and number.lower() == "one" \
            and _CLAUSE_START_BEFORE.search(match.string, max(0, match.begin - 6), match.begin) \
            and _STORY_AFTER.match(match.string, match.finish):
        return None  # "One day in 1955 a stranger knocked": when, not how long
    if unit == "quarter" and number.lower() == "a" \
            and _BY_SHARE_BEFORE.search(_before(match, 30)):
        return None  # "pay has fallen by about a quarter": a share, not three months
    if unit == "night" and amount == 1 and match.string.startswith(" out", match.finish) \
            and _before(match, 6).endswith(("on ", "for ", "after ")):
        return None  # "had been on a night out": an outing ("spent a night out" is a length)
    if unit == "night" and number.lower() == "a" \
            and _NIGHT_NOUN_AFTER.match(match.string, match.finish):
        return None  # "a night curfew", "a night raid": what kind, not how long
    if unit == "night":
        unit = "day"
    if unit in ("weekend",):
        return None
    if _YEAR_DASH_BEFORE.search(_before(match, 6)):
        return None  # "the 2024-25 school year": the end of a span of years, not 25 years
    if match.group(0)[:5].lower() == "last " and _VERB_LAST_BEFORE.search(_before(match, 8)):
        return None  # "expected to last six weeks": the verb; "six weeks" is found without it
    if _AGE_AFTER.match(_after(match, 5)):
        # "37 years old", "a 6-year-old": an age, not a length of time (TimeBank leaves it)
        return None
    if _COMPARED_AFTER.match(match.string, match.finish):
        return None  # "on a year-over-year basis", "a month-on-month decline": a comparison
    if number.lower() in ("a", "an") and _speed(unit, _before(match, 24)):
        return None  # "travelling at 18 kilometres a second": a speed
    if unit == "second" and number.lower() in ("a", "one") \
            and _ORDINAL_SECOND_AFTER.match(_after(match, 12)):
        # "a second betrayal": the ordinal, not a second of time
        return None
    if unit == "quarter" and number.lower() in _FRACTION_COUNTS \
            and _FRACTION_AFTER.match(_after(match, 20)):
        # "a quarter of the vote", "three quarters of voters", "a quarter-point cut", "a quarter
        # to six": fractions, or a clock; but "two quarters of losses", "several quarters of
        # growth" are lengths of time
        return None
    if _compares_amount(match) and _EARLIER_AFTER.match(match.string, match.finish):
        return None  # "57% more than [a year earlier]": an amount compared with a date
    mod = _approx_mod(_group(match, "approx"))
    if number.lower() in ("one", "some") and unit in ("day", "night") \
            and match.group(0).lower() == number.lower() + " " + unit_text.lower() \
            and (_CLAUSE_AFTER.match(_after(match, 12))
                 or _SENTENCE_START_BEFORE.search(_before(match, 3).rstrip() + " ")):
        # "one day he will", "some day": a vague adverbial, not a length of time
        return None
    if number.lower() in ("one", "some") and unit == "day" \
            and match.group(0).lower() == number.lower() + " " + unit_text.lower() \
            and _MODAL_BEFORE.search(_before(match, 10)):
        # "Islam will one day be the second largest religion", "hopes one day to return": some
        # time to come (TimeBank FUTURE_REF)
        return Mention(TimexType.DATE, value="FUTURE_REF")
    if amount is not None and unit in _POINT_UNITS and _IN_BEFORE.search(_before(match, 4)) \
            and match.group(0).lower().startswith(number.lower()) \
            and not _RECORD_BEFORE_IN.search(_before(match, 40)) \
            and not _LENGTH_BEFORE_IN.search(_before(match, 60)) \
            and not _AFTER_IN_LENGTH.match(match.string, match.finish) \
            and (reading := tense.read_tense(match.string, match.begin, match.finish)).marked \
            and reading.tense is tense.Tense.FUTURE:
        # "He plays Davis Cup in two weeks", "The bonds will be redeemed in five years": the
        # time that far from now (TimeBank's DATE), as "in two weeks' time" is, a count of days
        # or weeks to the day; what a past or present clause did in a length stays one ("won
        # the title in two weeks")
        counted = _counted_from_anchor(amount, unit, 1, mod)
        return counted.with_changes(granularity="day") \
            if counted is not None and unit == "week" else counted
    return Mention(TimexType.DURATION, value=duration_value(amount, unit), mod=mod)


# What makes "in five years" a length, in the clause before it: what a count or a record is of
# ("its first win in 20 years", "the hottest New Year's Eves in a decade", "four games in six
# days", "the second rise in 18 months", "from $1 trillion to $4 trillion in 12 years") or what
# something takes ("If it takes two men to dig a hole in one day"; not "takes effect in 30 days",
# "takes office in two months").
_LENGTH_BEFORE_IN = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
    r"|last|only|most|least|[a-z]{3,}est|(?:two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"\s[a-z]+s|to\s\$?\d+"
    r"|(?:tak(?:e|es|en|ing)|took)(?!\s(?:effect|office|place|over|part|power|charge)\b))"
    r"\b[^.;:!?]*\sin\s$", re.IGNORECASE)
# Units a time "in" a count of them from now is named by ("in two weeks"; not "in 20 minutes").
_POINT_UNITS = frozenset({"day", "week", "month", "year", "decade"})
# What makes "in five years" a length after all: "in five years of talks", "in two years' time"
# (pattern "ago"), a rate "in two years or less".
_AFTER_IN_LENGTH = re.compile(r"(?:\s(?:of|or|and|to|from)\b|['\u2019])", re.IGNORECASE)


# A modal or a hope right before "one day": "will one day join", "hopes one day to return".
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|may|might|can|shall|should|must|hopes?|hoped"
                           r"|wants?|wanted|dreams?|dreamed|aims?|intends?|expects?)\s$")
# A war named by its length: "the Six-Day War", "the Hundred Years' War".
_WAR_AFTER = re.compile(r"['\u2019]?\sWar\b")


def _build_adjective_duration(match: Found) -> Mention | None:
    unit = _unit(match["unit"])
    try:
        amount = parse_number(match["number"])
    except ValueError:
        return None
    if _group(match, "half") and amount is not None:
        amount += 0.5  # "a two-and-a-half-year sentence"
    after = _after(match, 6)
    if after.startswith("-old") or after.startswith(" old"):
        return None
    if match["unit"].lower().endswith("s"):
        # "three-quarters" is a fraction; the adjective is singular ("three-year")
        return None
    if _WAR_AFTER.match(match.string, match.finish) \
            or unit == "day" and amount == 1 and _ONE_DAY_FORMAT_AFTER.match(match.string,
                                                                            match.finish):
        return None  # "the Six-Day War"; cricket's "one-day series"
    if unit == "night":
        unit = "day"
    return Mention(TimexType.DURATION, value=duration_value(amount, unit),
                   mod=_approx_mod(_group(match, "approx")))


def _build_long(match: Found) -> Mention | None:
    word = match["lunit"].lower()
    unit = {"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour",
            "night": "day", "decade": "decade", "decades": "decade", "years": "year",
            "months": "month", "weeks": "week", "days": "day", "hours": "hour",
            "centuries": "century", "century": "century"}[word]
    amount = None if word.endswith("s") else 1
    return Mention(TimexType.DURATION, value=duration_value(amount, unit),
                   mod=_approx_mod(_group(match, "approx")))


# "in years" is a length of time after a record: "for the first time in years", "the highest
# in decades", "the sharpest drop in months" (not "in years past", "in years when the harvest
# failed").
_IN_BEFORE = re.compile(r"(?<![a-z])in\s$")
_RECORD_BEFORE_IN = re.compile(
    r"\b(?:time|highest|lowest|best|worst|biggest|largest|smallest|strongest|weakest|longest"
    r"|shortest|fastest|slowest|sharpest|steepest|deepest|hottest|coldest|wettest|driest"
    r"|busiest|most|least)(?:\s+[a-z]+){0,2}\s+in\s$")


# A name or number after a unit and "of": "the months of July and August", "years of Bush
# rule" name periods, not a length.
_OF_NAME_AFTER = re.compile(r"\sof\s(?:[A-Z]|\d)")
# The words that lead a bare plural unit to a length of its own ("for [years]"; the pattern's
# look-behinds and the builder's test are both made of them), what may follow one that stands
# alone ("[hours] after", "[weeks] of talks"), and what such a unit must come after: a
# clause's start or a comma, or a word of timing or of what followed ("came [hours] after",
# "sparked [weeks] of protests", "just [days] before").
_VAGUE_LEAD_WORDS = ("for", "over", "within", "takes", "take", "took", "in", "lasts", "lasted",
                     "spent", "spend", "spending", "wait", "waited", "need", "needs")
_VAGUE_LEADS = re.compile(r"\b(?:" + "|".join(_VAGUE_LEAD_WORDS) + r")\s$")
_VAGUE_FOLLOWS = re.compile(r"\s(?:after|before|of)\s")
# Two bare units set side by side, each a length ("could last [days] or even [weeks]", "[weeks],
# if not [months]", "We have [hours], not days"): the words between them, the pattern's
# look-ahead for the first, and the builder's test for the second.
_VAGUE_UNITS = r"(?:years|months|weeks|days|decades|hours|minutes)"
_UNITS_JOINED = r",?\s(?:or(?:\seven|\sperhaps|\smaybe|\spossibly)?|if\snot|not|perhaps|maybe)\s"
_JOINED_TO_UNIT = re.compile(r"(?<![\w-])" + _VAGUE_UNITS + _UNITS_JOINED + "$", re.IGNORECASE)
_UNIT_JOINED = re.compile(_UNITS_JOINED + _VAGUE_UNITS + r"\b")
_JOINING_WORD_BEFORE = re.compile(r"(?:\sor|\snot|even|perhaps|maybe|possibly)\s$")
_VAGUE_BEFORE = re.compile(
    r"(?:^|[,.;:!?\"\u201c\u201d(]\s*|\b(?:after|just|only|by|of|comes?|came|arrive[sd]?"
    r"|follow(?:s|ed|ing)?|spark(?:s|ed)|end(?:s|ed|ing)|endured|spent|described|lasted"
    r"|lasting|off|postponed|delayed|exploded|explodes|collapsed|died|launched|began|begin)\s)$")


def _build_vague_duration(match: Found) -> Mention | None:
    before = _before(match, 40)
    if _JOINING_WORD_BEFORE.search(before) and not _JOINED_TO_UNIT.search(before) \
            and not _UNIT_JOINED.match(match.string, match.finish) \
            and not _VAGUE_FOLLOWS.match(match.string, match.finish):
        return None  # "or [months]" with no unit before it
    if _IN_BEFORE.search(before) and not _RECORD_BEFORE_IN.search(before):
        return None
    if not _VAGUE_LEADS.search(before) and _VAGUE_FOLLOWS.match(match.string, match.finish):
        # (the words after it found it: "[hours] after he resigned", "sparked [weeks] of
        # protests"; a word before it may still make it no length of its own: "the busiest
        # days before Christmas", "80 million hours of video", "the minutes of the meeting")
        if not _VAGUE_BEFORE.search(before) or _OF_NAME_AFTER.match(match.string, match.finish) \
                or match["unit"].lower() == "minutes" \
                and match.string.startswith(" of", match.finish):
            return None
    unit = _unit(match["unit"])
    return Mention(TimexType.DURATION, value=duration_value(None, unit))


# A bare "10:35" is a clock only after a word that announces one (not a score or a ratio).
# A year right before it ("10 March 2024 22:15", "14/03/2024 - 09:45") announces one too.
_CLOCK_LEADERS = re.compile(r"(?:\bat(?:\sabout)?|\bby|\buntil|\bfrom|\bto|\bbefore|\bafter"
                            r"|\baround|\bas\sof|,"
                            r"|\bbetween|\bbetween\s\d{1,2}:\d\d\sand"
                            r"|(?<!\d)[12]\d{3},?(?:\s[-\u2013|])?)\s$")


# After a bare "12:35", what makes it a game's clock or a lap time: "scored at 12:35 of the
# second period", "at 8:32 of overtime", "the fastest lap at 1:14.261".
_GAME_CLOCK_AFTER = re.compile(
    r"\.\d|\s(?:of|into)\s(?:the\s)?(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
    r"\s(?:period|quarter|half|set|round|overtime)|(?:double\s|triple\s)?overtime|OT\b"
    r"|extra\stime)", re.IGNORECASE)


# A hyphen and a letter after a bare time: a docket or code ("1:24-cr-00123"), no clock.
_CODE_AFTER = re.compile(r"-(?!ish\b)[A-Za-z]")


def _build_clock(match: Found) -> Mention | None:
    ampm = _group(match, "ampm").lower().replace(" ", "")
    zone = _group(match, "zone")
    if zone and not zone.isupper():
        zone = ""
    named = _group(match, "zonename")
    if named:
        if not named[:1].isupper() and not named.lower().endswith("time"):
            return None  # "at 5 pm central to the plan"; but "6 p.m. central time"
        zone = lexicon.zone_abbreviation(named)
    place = _group(match, "place").lower()
    if place:
        zone = lexicon.PLACE_ZONES[" ".join(place.split())]
    part_text = _group(match, "part")
    oclock = bool(_group(match, "oclock"))
    if not ampm and not zone and not part_text and not oclock and (
            not _group(match, "minute") or not _CLOCK_LEADERS.search(_before(match, 20))
            or _GAME_CLOCK_AFTER.match(match.string, match.finish)
            or _CODE_AFTER.match(match.string, match.finish)):
        return None
    hour = int(match["hour"])
    minute = int(_group(match, "minute") or 0)
    second = int(match["second"]) if _group(match, "second") else None
    if oclock and not 1 <= hour <= 12:
        return None
    if ampm:
        if hour > 12 or hour == 0:
            return None
        if ampm.startswith("p") and hour != 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    if hour > 24:
        return None
    part = _part_code(part_text)
    if part == "AF" and hour < 12 or part == "EV" and 1 <= hour < 12 \
            or part == "NI" and 6 <= hour < 12:
        hour += 12  # "10 at night"; but "2 in the night" is 2 a.m.
    return Mention(TimexType.TIME, hour=hour, minute=minute, second=second, zone=zone,
                   mod=_approx_mod(_group(match, "approx")))


# What leads to a dotted clock without a.m. or p.m.; and what makes the number a price, a rate
# or a level ("The euro was at 1.17 on Wednesday", "kept its rate at 0.50 on Tuesday").
_DOT_CLOCK_LEADER = re.compile(r"\b(?:at|from|until|till|by|before|after|between)\s"
                               r"(?:about\s|around\s|approximately\s)?$")
# A change of a price or an offer, up to the "from" of its old level: "raised from [11.50]".
_PRICE_CHANGE_FROM = re.compile(r"\b(?:raised|increased|cut|lowered|reduced|lifted|bid|offer)\b"
                                r"[^.;]{0,30}\bfrom\s(?:[\d.]+\s(?:to|and)\s)?$")
# A dotted 24-hour clock and the word that joins it to the end of a range: "from 20.00 to".
_DOT_CLOCK_RANGE = re.compile(r"\b(?:[01]\d|2[0-3])\.[0-5]\d\s(?:to|and|until|till)\s$")
_PRICE_VERB_BEFORE = re.compile(
    r"\b(?:closed|closing|traded|trading|stood|ended|finished|settled|priced|valued|fell|rose"
    r"|dropped|climbed|held|kept|steadied|changed|up|down|euro|dollar|sterling"
    r"|pound|yen|yuan|franc|rupee|rates?|index|shares?|stocks?|prices?|yields?|bonds?|gold|oil"
    r"|crude|futures|currency|market)\b")


def _build_clock_dot_day(match: Found) -> Mention | None:
    """ "at 10.30 on Friday": a dotted clock whose day follows, after a word leading to it."""
    before = _before(match, 30)
    if _DOT_CLOCK_RANGE.search(before):
        before = _before(match, 48)  # "from 20.00 to [08.00]": the end of a range
    elif not _DOT_CLOCK_LEADER.search(before):
        return None
    if _PRICE_VERB_BEFORE.search(before) or _PRICE_CHANGE_FROM.search(before):
        return None  # "fell from 13.20 to 12.50", "raised its offer from 11.50"
    hour = int(match["hour"])
    if (hour < 6 or hour == 12) and _NIGHT_AFTER.match(match.string, match.finish):
        return None  # "at 2.15 on Saturday night": of the small hours after it, left unread
    return Mention(TimexType.TIME, hour=hour, minute=int(match["minute"]),
                   mod=_approx_mod(_group(match, "approx")))


# A night named after a clock: "at 2.15 on Saturday night".
_NIGHT_AFTER = re.compile(r" on \w+day night\b", re.IGNORECASE)


def _build_military(match: Found) -> Mention | None:
    """ "0735 GMT", "0600 hrs", "at 2100 hours": a clock of four digits."""
    digits = match["hhmm"]
    hour, minute = int(digits[:2]), int(digits[2:])
    zone = _group(match, "zone")
    if hour > 24 or minute > 59 or zone and not zone.isupper():
        return None
    if not zone and digits[0] != "0" and not _CLOCK_LEAD.search(_before(match, 8)):
        return None  # "logged 1500 hours of flight time": a length
    if match.finish - match.begin == 4 and not _CLOCK_LEAD.search(_before(match, 8)):
        return None  # a leading zero alone, no zone or "hours": a clock only after "at" ("0800")
    return Mention(TimexType.TIME, hour=hour, minute=minute, zone=zone)


def _build_clock_line(match: Found) -> Mention | None:
    """ "11:52" alone on its line: a live blog's entry stamp (of the day the blog is posted,
    or of the stamp or day above it, whatever day the entry before named: see
    :func:`timecheck.grammar._line_head`). "00:00" alone is a video player's counter."""
    if match["hour"] == "00" and match["minute"] == "00":
        return None
    return Mention(TimexType.TIME, hour=int(match["hour"]), minute=int(match["minute"]))


def _build_clock_dash_line(match: Found) -> Mention | None:
    """ "14:02 - Alerts fire": a timeline's clock, of the day the text tells of."""
    return Mention(TimexType.TIME, hour=int(match["hour"]), minute=int(match["minute"]))


def _build_clock_hours(match: Found) -> Mention | None:
    """ "10:30 hrs", "at 05.30 hrs": police and railway style for a clock. With a dot, the
    number may be a length ("5.30 hours"): only with a leading zero or after "at"."""
    if match["sep"] == "." and not (match["hour"].startswith("0")
                                    or _CLOCK_LEAD.search(_before(match, 8))):
        return None
    return Mention(TimexType.TIME, hour=int(match["hour"]), minute=int(match["minute"]))


# What makes "a year" after an amount part of a count back: "three days a year ago".
_AGO_AFTER = re.compile(r"\s(?:ago|earlier|before|later)\b")
# Words before "2100 hours" that make it a time of day.
_CLOCK_LEAD = re.compile(r"\b(?:at|from|to|until|till|by|before|after|since)\s$", re.IGNORECASE)


# Words before "midnight" that make it the start of a day: what comes after it.
_DAY_STARTS_BEFORE = re.compile(r"\b(?:after|past|since|between|from)\s$")
# ... and the day it names after it: "after midnight on Jan. 1", "between midnight and 1:30 a.m.
# Thursday" (a midnight without its day stays the end of the day the resolver picks, and so
# does one before a night: "after midnight on Saturday night"; grammar._find writes either as
# the next day's first minute).
_DAY_NAMED_AFTER = re.compile(
    r" on (?!\w+day\s(?:night|evening))"
    r"| and (?:about |around )?[\d:.]{1,5}\s?(?:[ap]\.?m\.?\s)?(?:on )?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|,? (?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day", re.IGNORECASE)


def _build_noon(match: Found) -> Mention | None:
    if re.search(r"high\s$", _before(match, 6)):
        # "High Noon" (the film), "high noon" (the showdown)
        return None
    if match.string.startswith(" Mass", match.finish):
        return None  # "Midnight Mass": a service, at whatever hour it is held
    hour, minute = lexicon.PART_CLOCK[match["word"].lower()]
    if hour == 24 and _DAY_STARTS_BEFORE.search(_before(match, 10)) \
            and _DAY_NAMED_AFTER.match(match.string, match.finish):
        # "shortly after midnight on Jan. 1", "between midnight and 1:30 a.m. Thursday": the
        # midnight that opens the day named, not the one that ends it
        hour = 0
    zone = _group(match, "zone")
    named = _group(match, "zonename")
    if named:
        if not named[:1].isupper():
            return None  # "at noon central to the plan" (the zone's name is capitalized)
        zone = lexicon.zone_abbreviation(named)
    return Mention(TimexType.TIME, hour=hour, minute=minute, zone=zone)


def _build_past_day(match: Found) -> Mention | None:
    if match["pd"].lower() == "night":
        return Mention(TimexType.DATE, unit="day", offset=-1, relation=Relation.ANCHOR,
                       part="NI")
    return Mention(TimexType.DURATION, value="P1D")


def _build_reference(match: Found) -> Mention | None:
    words = " ".join(match["reference"].lower().split())
    value = lexicon.REFERENCE_WORDS[words]
    if words == "current":
        after = _after(match, 16)
        if re.match(r"\s(?:account|affairs|events|flow|and|or)\b", after):
            return None
    if words == "future" and not (_before(match, 3).lower() == "in "
                                  and _CLAUSE_END_AFTER.match(match.string, match.finish)):
        return None  # "In future, bills will be published", not "future generations"
    if words in ("the past", "the future") and _COUNT_AFTER.match(_after(match, 10)):
        return None  # "missed the past three games": a count of things, not the past
    if words == "the future" and match.string.startswith(" of ", match.finish):
        return None  # "the future of Northern Ireland": what becomes of it, no time
    if words == "the past" and _DAY_OR_NIGHT_AFTER.match(_after(match, 8)):
        return None  # "in the past day" (pattern "past-day")
    if words == "the past" and _GRAMMAR_AFTER.match(_after(match, 12)):
        return None  # "in the past tense": grammar
    if words == "now" and match.group()[0] == "N" and not _starts_clause(match) \
            and _NAME_BEFORE_FREQUENCY.search(match.string, max(0, match.begin - 24),
                                              match.begin) is not None:
        return None  # "streams on HBO Now": a capitalized word's name, not the present
    if words == "now" and (_HAND_OFF_BEFORE.search(_before(match, 12))
                           or _HAND_OFF_AFTER.match(match.string, match.finish)
                           and _starts_clause(match)):
        return None  # a broadcast's hand-off ("Now to politics.", "Turning now to Sacramento")
    if words == "soon" and (_before(match, 3).lower() == "as " or match.group()[0] == "S"
                            and not _starts_clause(match) or _ORDER_AFTER_SOON.match(
            match.string, match.finish) or (reading := tense.read_tense(
                match.string, match.begin, match.finish)).marked
                             and reading.tense is tense.Tense.PAST):
        # "as soon as Tuesday", "soon after the launch" order events; "was soon released"
        # tells of what followed, not of a time to come; "Park Hee Soon" is a name
        return None
    if words == "now" and _before(match, 4).endswith(("buy ", "buy-")) \
            and _PAY_LATER_AFTER.match(match.string, match.finish):
        return None  # "buy now, pay later": a kind of credit
    return Mention(TimexType.DATE, value=value)


# What ends the phrase "in future" ("In future, ...", "more careful in future."), so that it
# qualifies no noun ("in future quarters").
_CLAUSE_END_AFTER = re.compile(r"\s?(?:[,.;:!?)\u2014\"\u201d]|$|\s(?:and|but|or)\b)")


# What makes "soon" order one event after another: "soon after", "soon afterward".
_ORDER_AFTER_SOON = re.compile(r"\s(?:as|after|afterwards?|thereafter)\b", re.IGNORECASE)

_PAY_LATER_AFTER = re.compile(r"[,-]?\s?pay[\s-](?:later|over\stime)\b", re.IGNORECASE)


# A broadcast's hand-off around "now": "Turning now to Sacramento", "Now to politics." (not
# "Now to be clear").
_HAND_OFF_BEFORE = re.compile(r"\b(?:turning|turn)\s$")
_HAND_OFF_AFTER = re.compile(r",?\s(?:to|over\sto)\s(?!(?:be|have|do|make|take|get|go|see|say"
                             r"|know|keep|stay)\b)", re.IGNORECASE)


def _starts_clause(match: Found) -> bool:
    """Say whether the match opens its sentence, clause or line."""
    before = match.string[max(0, match.begin - 3):match.begin]
    return not before.strip() or before.rstrip()[-1:] in ".!?:;\n\"\u201c"


_DAY_OR_NIGHT_AFTER = re.compile(r"\s(?:day|night)\b", re.IGNORECASE)
_GRAMMAR_AFTER = re.compile(r"\s(?:tense|participle|perfect)\b", re.IGNORECASE)
_COUNT_AFTER = re.compile(r"\s(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|few|several|"
                          r"couple|dozen|many)\b)", re.IGNORECASE)


def _build_vague_ref(match: Found) -> Mention | None:
    # TimeBank mostly reads "in recent years", "in the coming weeks" as vague lengths (PXY)
    words = match["vref"].lower().split()
    unit = _unit(words[-2] if words[-1] == "ahead" else words[-1])
    return Mention(TimexType.DURATION, value=duration_value(None, unit))


def _build_frequency(match: Found) -> Mention | None:
    word = match["frequency"].lower()
    if re.search(r"average\s$", _before(match, 8)):
        # "average daily volume" is a statistic, not a recurrence
        return None
    if word == "annual" and not re.match(r"\s(?:basis|rate)", _after(match)):
        return None
    if word == "annually" and _RATE_BEFORE.search(_before(match, 40)):
        # "revenue to increase by 20% annually", "10,000 units annually": a rate, which
        # TimeBank leaves untagged (but "the commemorations held here annually")
        return None
    if word in ("quarterly", "monthly", "yearly", "semiannual", "biannual") \
            and re.match(r"\s[a-z]", _after(match, 3)) \
            and not _ADVERB_AFTER.match(match.string, match.finish):
        # "a quarterly dividend", "monthly payments": TimeBank tags the adverb, not the adjective
        # (which a preposition or a conjunction does not follow: "conducted its survey quarterly
        # since 1973", "conducts the survey monthly and will field")
        return None
    if _NAMED.match(match.string, match.begin, match.finish + 2):
        # "the Daily Mail", "Weekly Standard": a capitalized word before a name is the name's
        return None
    if _CHANGE_AFTER.match(match.string, match.finish) \
            and _RANKED_BEFORE.search(match.string, max(0, match.begin - 24), match.begin):
        # "its biggest weekly gain", "the steepest daily fall since 2020", "a second straight
        # weekly loss": the change over one such period, not a recurrence
        return Mention(TimexType.DURATION, value=_frequency_value(word))
    if match["frequency"][:1].isupper() and _NAME_BEFORE_FREQUENCY.search(
            match.string, max(0, match.begin - 24), match.begin):
        # "the Guangming Daily", "China Daily", "the People's Daily": a paper's name (TimeBank
        # tags "the Communist Party daily Granma" as often as not: the lower-case word stays)
        return None
    return Mention(TimexType.SET, value=_frequency_value(word))


# A market's change over a period, after "weekly" or "daily", and what ranks it before: "its
# biggest weekly percentage decline", "their largest daily drop", "a third straight weekly loss".
_CHANGE_AFTER = re.compile(r"\s(?:percentage\s|point\s)?(?:gains?|loss(?:es)?|falls?|drops?"
                           r"|declines?|rises?|increases?|advances?|jumps?|slides?|rally|rallies"
                           r"|performance|showing|climb|decrease|surge|plunge|move)\b")
_RANKED_BEFORE = re.compile(
    r"\b(?:\w+est|best|worst|first|second|third|fourth|fifth|straight|consecutive|successive"
    r"|biggest|largest|sharpest|steepest|strongest|weakest|only|last|\d+(?:st|nd|rd|th))\s$",
    re.IGNORECASE)


# A capitalized word (or its possessive) right before a capitalized frequency or "Now", which
# makes it part of a name: "China Daily", "HBO Now".
_NAME_BEFORE_FREQUENCY = re.compile(r"\b[A-Z][\w&-]*(?:'s)?\s$")


# What follows a frequency that is an adverb, not an adjective before its noun.
_ADVERB_AFTER = re.compile(r"\s(?:since|(?:and|or)(?!\s(?:semi-?|bi-?)?(?:daily|weekly|monthly"
                           r"|quarterly|annual|yearly)\b)|but|until|till|from|in|at|on|by"
                           r"|for|to|through|during|over|with|as|when|while|before|after"
                           r"|instead|rather|thereafter|ever)\b")
# An amount or a growth before "annually", in the same clause: it is a rate.
_RATE_BEFORE = re.compile(r"(?:\d|%|percent|\b(?:doubl|tripl|grow|grew|ris|rose|increas|fall|fell"
                          r"|declin)\w*)[^.;]*$")
# The frequency words by their letters: the slot matches "bi-weekly" as "bi weekly" too.
_FREQUENCY_BY_LETTERS = {word.replace("-", ""): value
                         for word, value in lexicon.FREQUENCY_WORDS.items()}


def _frequency_value(text: str) -> str:
    return _FREQUENCY_BY_LETTERS[re.sub(r"[\s-]", "", text.lower())]


# A word written with a capital and lower-case letters, a space, and the capital of the next
# (matched on the original text).
_NAMED = re.compile(r"[A-Z][a-z]+ [A-Z]")


def _build_every(match: Found) -> Mention | None:
    unit = _unit(match["unit"])
    quant = match["every"].upper()
    # "every other week" recurs every two weeks (TimeML 2.2.4: P2W), "every 15 minutes" so often
    step: float | None = 2 if match["other"] else 1
    count = _group(match, "count")
    if count:
        if quant != "EVERY":
            return None  # "per 100 days" is a rate's denominator
        try:
            step = parse_number(count)  # None for "every few minutes": a set of vague steps
        except ValueError:
            return None
        if step == 0:
            return None
    if quant == "PER" and _speed(unit, _before(match, 24)):
        return None  # "winds of 235 km per hour", "13 metres per second": a speed
    if quant == "PER" and _VOLUME_BEFORE.search(_before(match, 24)):
        return None  # "28 million barrels per day": an output's unit, no recurrence
    if unit in ("minute", "second") and step == 1 and quant == "EVERY" \
            and (_RELISHED_BEFORE.search(_before(match, 24))
                 or _ALL_OF_AFTER.match(match.string, match.finish)):
        # "I've enjoyed every minute", "worth every second", "played every minute of the last
        # 12 matches": all of it, no recurrence
        return None
    if unit == "night" and step == 1 and quant != "PER":
        # "each night": the night of every day, as "every morning" is its morning
        return Mention(TimexType.SET, value="XXXX-XX-XXTNI", quant=quant)
    if unit == "night":
        unit = "day"
    if unit == "weekend" and step == 1:
        return Mention(TimexType.SET, value="XXXX-WXX-WE", quant=quant)  # "every weekend"
    if unit == "weekend" and match["other"]:
        # "every other weekend": one weekend in two, as "every other Sunday" is
        return Mention(TimexType.SET, value="XXXX-WXX-WE", quant=f"{quant} OTHER")
    return Mention(TimexType.SET, value=duration_value(step, unit), quant=quant)


# What before "every minute" makes it all of a time, felt or spent: "enjoyed every minute",
# "worth every second".
_RELISHED_BEFORE = re.compile(r"\b(?:enjoy|enjoyed|enjoying|loved|love|loving|savou?red"
                              r"|cherished|relished|hated|regretted|worth|treasured)\s(?:of\s)?$",
                              re.IGNORECASE)
# What after "every minute" names what it is all of: "every minute of the last 12 matches".
_ALL_OF_AFTER = re.compile(r"\sof\s(?!every\b|each\b)")
# The units of an output or a flow before "per day": "barrels per day", "tonnes per year".
_VOLUME_BEFORE = re.compile(r"\b(?:barrels|bbl|tonnes|tons|cubic\s(?:feet|metres|meters)|bcf"
                            r"|megawatts|mw|gigawatts|gallons|litres|liters|units|vehicles"
                            r"|passengers|bushels)\s$")


def _build_frequency_rate(match: Found) -> Mention | None:
    """ "twice a week", "three times a year": a SET with a frequency (TimeML freq="2X")."""
    times = _times(match)
    if times is None:
        return None
    return Mention(TimexType.SET, value=duration_value(1, _unit(match["unit"])),
                   freq=f"{times}X")


def _build_days_a_week(match: Found) -> Mention | None:
    """ "three days a week", "four nights a week": a SET of a week (or month, or year) with how
    many days of it (TimeML freq="3D")."""
    if _AGO_AFTER.match(match.string, match.finish):
        return None  # "three days a year ago" is no rate
    days = _whole_number(match["number"])
    if days is None:
        return None
    return Mention(TimexType.SET, value=duration_value(1, match["unit"].lower()),
                   freq=f"{days}D")


def _times(match: Found) -> int | None:
    """How many times "once", "twice", "three times" say; None for a number that is no count."""
    times = {"once": 1, "twice": 2, "thrice": 3}.get(match["count"].lower())
    if times is not None:
        return times
    return _whole_number(match["number"])


def _whole_number(text: str) -> int | None:
    """The whole number ``text`` writes ("three", "12"); None for a fraction or no number."""
    try:
        amount = parse_number(text)
    except ValueError:
        return None
    if amount is None or amount != int(amount):
        return None
    return int(amount)


def _build_weekends(match: Found) -> Mention | None:
    """ "closed on weekends", "open at weekends": every weekend."""
    if not _WEEKENDS_LEAD.search(_before(match, 12)):
        return None  # "three weekends", "the weekends we spent": a count or a noun
    return Mention(TimexType.SET, value="XXXX-WXX-WE")


_WEEKENDS_LEAD = re.compile(r"\b(?:on|at|over|during)\s(?:the\s)?$")


def _build_every_part(match: Found) -> Mention | None:
    """ "every morning": that part of every day (TimeML SET XXXX-XX-XXTMO)."""
    code = _part_code(match["part"])
    if not code:
        return None
    return Mention(TimexType.SET, value=f"XXXX-XX-XXT{code}", quant=match["every"].upper())


def _build_frequency_times(match: Found) -> Mention | None:
    """ "twice weekly", "three times daily": the frequency word's SET, so many times."""
    times = _times(match)
    if times is None:
        return None
    return Mention(TimexType.SET, value=_frequency_value(match["frequency"]), freq=f"{times}X")


def _build_quarter_code(match: Found) -> Mention | None:
    """ "Q3", "3Q", "Q3 2012", "3Q12": the financial shorthand for a quarter; "H1 2020" for a
    half, which needs its year ("H1" alone is as often a visa or a heading)."""
    half = match["hn"] or match["hn2"]
    fiscal_year = _group(match, "fyear") or _group(match, "fyy")
    year_word = _group(match, "yearword")
    if half and (not (match["year"] or match["qyear"] or match["qyy"] or fiscal_year or year_word
                      or _HALF_LEADER_BEFORE.search(_before(match, 8)))
                 or "H" not in match.group()):
        return None  # "1h20" is an hour and twenty minutes; "H1" alone a visa or a heading
    mention = Mention(TimexType.DATE, half=int(half)) if half \
        else Mention(TimexType.DATE, quarter=int(match["qn"] or match["qn2"]))
    if fiscal_year:
        # "Q3 FY25", "Q4 fiscal 2023": TimeBank writes a fiscal year as the plain year
        year = int(fiscal_year) if len(fiscal_year) == 4 else _year("'" + fiscal_year)
        return mention.with_changes(year=year, fiscal=True)
    if match["qyear"] or match["year"]:
        return mention.with_changes(year=int(match["qyear"] or match["year"]))
    if match["qyy"]:
        return mention.with_changes(year=_year("'" + match["qyy"]))
    if year_word:
        return _in_year_of(mention, year_word)  # "ships in Q1 next year"
    return mention.with_changes(direction=_reported(match))


# What puts "H1", "H2" alone in time: "launch in H2", "by H1".
_HALF_LEADER_BEFORE = re.compile(r"\b(?:in|by|during|until|before|from|for)\s(?:the\s)?$")


_RELATIVE_AFTER = re.compile(r"\s+(?:later|earlier|before|after|ago|from\s+now)\b", re.IGNORECASE)


_WITHIN_BEFORE = re.compile(r"\b(?:within|in|for|over|under|after)\s$")


# The amount a rate counts, ending a word or two (and what it is "of") before it: "$33
# million a year", "three flights a week", "10,000 new cases a week" (a plural after a word
# that is no verb), "seven to nine hours of sleep a night", "150 minutes of moderate exercise
# a week", "$30 billion in revenue a year".
_RATE_AMOUNT = re.compile(
    r"(?:\d|\b(?:million|billion|thousand|hundred|dozen|times|percent|cents?|dollars?|hours?"
    r"|days?|flights|trips|barrels|miles|pounds|tons|two|three|four|five|six|seven|eight|nine"
    r"|ten|twelve|twenty|thirty|forty|fifty|several)\b)"
    r"[^\w.;:!?]*\s(?:(?:[\w'-]+\s|[a-z][\w'-]*(?<!ing)\s(?!(?:has|was|is|does|says|goes|its"
    r"|his|this|less|plus|as|us)\s)[a-z][\w'-]*[^s\s]s\s)(?:of\s(?:[\w'-]+\s){1,2})?"
    r"|in\s(?:[\w'-]+\s){1,2})?$")
# "a day ahead of schedule", "a week behind", "finished a day late": how far, no rate.
# (but "14 hours a day late last year" is a rate late in a year)
_AHEAD_AFTER = re.compile(r"\s(?:ahead|behind|short|overdue|apart)\b"
                          r"|\s(?:late|early)(?=\s*[,.;:!?)]|\s*$"
                          r"|\s(?:and|but|for|to|because|after|than)\b)")


def _build_per(match: Found) -> Mention | None:
    # "$33 million a year", "three flights a week", "$5 billion more a year": a rate, so the
    # unit is a SET. The amount is in the same clause: "in 1990. A year of war" is no rate.
    before = _before(match, 40)
    if _RELATIVE_AFTER.match(match.string, match.finish) or _WITHIN_BEFORE.search(before) \
            or _COMPARED_AFTER.match(match.string, match.finish):
        # "by 05/10/2020, a month later than planned", "$300 within a year",
        # "a year-on-year rise": no rate
        return None
    if _AHEAD_AFTER.match(match.string, match.finish) or not _RATE_AMOUNT.search(before):
        return None
    unit = _unit(match["unit"])
    if _speed(unit, before):
        return None  # "winds of 30 kilometres an hour": a speed
    return Mention(TimexType.SET, value=duration_value(1, unit))


def _speed(unit: str, before: str) -> bool:
    """Say whether a unit of time after ``before`` ends a speed: "235 km [per hour]", "18
    kilometres [a second]" (a distance per hour recurs no more than it lasts), or a rate of
    throughput: "800 gigabits [per second]", "60 frames [per second]"."""
    return unit in ("hour", "minute", "second") and (
        _DISTANCE_BEFORE.search(before) is not None
        or unit != "hour" and _THROUGHPUT_BEFORE.search(before) is not None)


# A unit of distance right before "an hour", "per second": the two make a speed.
_DISTANCE_BEFORE = re.compile(
    r"(?<![\w-])(?:km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|feet|ft|yards?|knots?"
    r"|inch(?:es)?|centimet(?:er|re)s?|cm|mm|millimet(?:er|re)s?|light-years?)\s+$", re.IGNORECASE)


# What a machine or a body does many times a second or a minute: "800 gigabits per second",
# "60 frames per second", "120 beats per minute".
_THROUGHPUT_BEFORE = re.compile(
    r"(?<![\w-])(?:(?:kilo|mega|giga|tera|peta)?(?:bits|bytes)|[kmgtp]b|frames|requests|queries"
    r"|transactions|operations|instructions|flops|cycles|revolutions|rotations|rpm|beats"
    r"|breaths|words|packets|messages|images|samples|litres|liters|gallons)\s+$", re.IGNORECASE)


# "The fall" is the season after a word that puts it in time ("in the fall", "by the fall"),
# and not before "of" or "in" something other than a year ("the fall of Rome", "the fall in
# prices"): there it is a drop or a collapse.
_SEASON_LEADER = re.compile(
    r"\b(?:in|during|by|until|till|through|throughout|into|towards?|over|since|before|after"
    r"|for|from|this|last|next|early|late|mid|that)\s+(?:the\s)?$", re.IGNORECASE)
# A move of a date "to the fall": "has pushed back the expansion from the second quarter to the
# fall", "delayed the launch to the fall".
_FALL_MOVED_TO = re.compile(r"\b(?:pushed|pushes|moved|moves|delayed|delays|postponed|postpones"
                            r"|shifted|shifts|slipped|slips|back)\s(?:[\w'-]+\s){0,8}?to\s"
                            r"(?:the\s)?$", re.IGNORECASE)
_FALL_AS_NOUN_AFTER = re.compile(r"\s+(?:of|in)\s+(?!\d|the\s+year|this|last|next)")
# Nouns "fall" names the season of: "the fall semester", "the fall elections".
_SEASON_NOUN_AFTER = re.compile(
    r"\s+(?:semesters?|terms?|season|sessions?|sittings?|elections?|campaigns?|collections?"
    r"|schedule|line-?up|foliage|classes|issue|catalog(?:ue)?)\b")


_THAT_BEFORE = re.compile(r"\b[Tt]hat $")
# The terms, breaks and works a season without "the" names the time of: "spring break",
# "the fall semester", "summer school", "refiners began spring maintenance".
_TERM_AFTER = re.compile(r" (?:break|semesters?|terms?|sessions?|holidays|vacations?|recess"
                         r"|school|exams|maintenance)\b")
# A year before the season of a term, or after the term's noun, is its year: "the 2024 summer
# recess", "fall semester 2026" (not "the spring terms of 2025-26", a school year's).
_YEAR_BEFORE_TERM = re.compile(r"\b((?:1[89]|20)\d\d) $")
_YEAR_AFTER_TERM = re.compile(r" (?:of )?((?:1[89]|20)\d\d)\b(?![-/\u2013]\d)")
# What makes "fall" before a term's noun a verb: a plural subject, a pronoun, a modal or "to"
# ("as temperatures fall maintenance crews", "prices could fall").
_FALL_VERB_BEFORE = re.compile(r"(?:\b(?!(?:its|this|his|hers|was|is|as|us)\s)[a-z]+s|\b(?:they"
                               r"|we|you|will|would|could|may|might|to))\s$")


# The first season of a pair, told in time, before the second: "through the spring and
# [summer]", "last spring and [summer]" (its word of relation, if any, is the second's too).
_SEASON_PAIR_BEFORE = re.compile(
    r"\b(?:(this|last|next|past|coming) |(?:in|during|through|throughout|until|till|by|over"
    r"|into|for|since|before|after) (?:the )?)(?:(?:early|late) )?(?:spring|summer|autumn|fall"
    r"|winter) (?:and|or) $")


def _bare_season_date(match: Found) -> bool:
    """Say whether a season named without "the" is a date: after a preposition or "all",
    ending its phrase ("delayed until spring", "will reopen in spring.", "closed over winter",
    "signed one player all summer"), or before a verb of its coming ("as summer approaches");
    not "in spring water", "to spring a surprise", "to fall", "they all spring into action"."""
    if _SEASON_ARRIVES_AFTER.match(match.string, match.finish) \
            and _group(match, "season").lower() != "fall":
        return True  # "as summer approaches", "Spring is almost here"
    lead = _SEASON_PREPOSITION.search(_before(match, 12))
    if lead is None or lead.group(1).lower() in ("to", "all") \
            and match["season"].lower() in ("spring", "fall"):
        return False
    return _PHRASE_END.match(match.string, match.finish) is not None \
        or lead.group(1).lower() == "all" and match.string.startswith(" long", match.finish)


_SEASON_PREPOSITION = re.compile(
    r"\b(in|until|till|by|through|throughout|since|during|before|after|from|to|over|all)\s$",
    re.IGNORECASE)
# A season's coming told of it by name, in the present (the season at hand: "as summer
# approaches", "Spring is almost here", "until winter sets in") or in the past.
_SEASON_COMING = (r"approaches|arrives|nears|sets\sin|is\s(?:almost\s|nearly\s|finally\s)?here"
                  r"|draws\s(?:near|closer)")
_SEASON_COMING_AFTER = re.compile(rf"\s(?:{_SEASON_COMING})\b")
_SEASON_ARRIVES_AFTER = re.compile(rf"\s(?:{_SEASON_COMING}|approached|arrived|neared|set\sin)\b")
# What may follow a word that ends its phrase: a mark, a line's end, the end, or a word that
# opens another.
_PHRASE_END = re.compile(r"[ \t]*[,.;:!?)\n]|\s*$|\s(?:and|or|but|when|as|with|in|at|on|of|for|to"
                         r"|before|after|the|this|next|last|because|while|if)\b", re.IGNORECASE)


_SOLSTICE_AFTER = re.compile(r"\s(?:solstice|equinox)\b", re.IGNORECASE)
_MEETINGS_AFTER = re.compile(r"\smeetings\b", re.IGNORECASE)
# A crop or produce a season's name describes: "the winter wheat crop", "spring barley".
_CROP_AFTER = re.compile(r"[\s-](?:wheat|barley|canola|rapeseed|oats|rye|crops?|cereals?"
                         r"|varieties|onions|cabbages?|squash)\b", re.IGNORECASE)
_FUEL_AFTER = re.compile(r"\s(?:fuel\s(?:payments?|allowance)|bank\sholiday)\b", re.IGNORECASE)


def _build_season(match: Found) -> Mention | None:
    season = lexicon.SEASONS[match["season"].lower()]
    if _group(match, "every"):
        if _group(match, "rel") or _group(match, "det") or match["year"] or match["spokenyear"] \
                or match["shortyear"]:
            return None  # "every last summer", "each summer of 1998": not a recurrence
        return Mention(TimexType.SET, value=f"XXXX-{season}", quant=_group(match, "every").upper())
    relation = _group(match, "rel").lower()
    mod = _edge_mod(_group(match, "edge"))
    if match["year"] or match["spokenyear"] or match["shortyear"]:
        return Mention(TimexType.DATE, year=_any_year(match), season=season, mod=mod)
    paired = None
    if not relation and not mod and not _group(match, "det") and not _group(match, "yearword") \
            and (paired := _SEASON_PAIR_BEFORE.search(_before(match, 40))) is not None:
        # "through the spring and summer", "last spring and summer": the second season of a
        # pair is told as the first
        relation = paired.group(1) or ""
    if _group(match, "yearword"):
        # "the summer of last year": that season of the year counted from now
        return _in_year_of(Mention(TimexType.DATE, season=season, mod=mod), match["yearword"])
    if _capitalized(match["season"]) and (_TITLE_WORD_AFTER.match(match.string, match.finish)
                                          or _OF_NAME_AFTER.match(match.string, match.finish)):
        return None  # "the Summer Olympics", "The Winter Festival", "the Summer of Love": names
    if _SOLSTICE_AFTER.match(match.string, match.finish):
        return None  # "the summer solstice": a day, which the season's name only describes
    if not relation and _MEETINGS_AFTER.match(match.string, match.finish):
        return None  # "baseball's winter meetings": an event's name
    if _FUEL_AFTER.match(match.string, match.finish):
        return None  # "the winter fuel payment": a benefit's name
    if not relation and not mod and _CROP_AFTER.match(match.string, match.finish):
        return None  # "The winter wheat crop": a kind of crop, sown in one season
    direction = Direction.TENSE
    if relation in _SEASON_BACK:
        direction = Direction.PAST
    elif relation in _SEASON_ON:
        direction = Direction.FUTURE
    elif relation == "this" or not relation and not _group(match, "det") \
            and _SEASON_COMING_AFTER.match(match.string, match.finish):
        direction = Direction.THIS  # "as summer approaches": this year's, at hand
    elif not relation and not mod and not _group(match, "det") and paired is None \
            and not _THAT_BEFORE.search(_before(match, 5)) and not _bare_season_date(match) \
            and not _TERM_AFTER.match(match.string, match.finish) \
            and (match["season"].lower() == "fall" or not _record_month(match, "season")):
        # "summer" alone is a word; "that summer" the one of the year told of, "its wettest
        # winter on record" the winter told of, and "spring break", "fall semester" the
        # season a term or a break is in
        return None
    if not relation and not mod and (term := _TERM_AFTER.match(match.string, match.finish)):
        year = _YEAR_BEFORE_TERM.search(_before(match, 6)) \
            or _YEAR_AFTER_TERM.match(match.string, term.end())
        if year is not None:
            # "the 2024 summer recess", "the 2011 spring semester", "fall semester 2026": that
            # year's
            return Mention(TimexType.DATE, year=int(year.group(1)), season=season)
        if match["season"].lower() == "fall" and not _group(match, "det") \
                and _FALL_VERB_BEFORE.search(_before(match, 16)):
            return None  # "As temperatures fall maintenance crews ...": the verb
    if not relation and not mod and not _group(match, "det") \
            and (record_year := _RECORD_YEAR_AFTER.match(match.string, match.finish)):
        # "the sunniest spring on record in 2020": that year's
        return Mention(TimexType.DATE, year=int(record_year.group(1)), season=season)
    elif not relation and not mod and match["season"].lower() == "fall" and (
            _FALL_AS_NOUN_AFTER.match(match.string, match.finish)
            or paired is None and not _SEASON_LEADER.search(_before(match, 10))
            and not _FALL_MOVED_TO.search(_before(match, 70))
            and not _SEASON_NOUN_AFTER.match(match.string, match.finish)
            and not _TERM_AFTER.match(match.string, match.finish)):
        return None  # "the fall of Rome", "after the fall in prices", "saw the fall"
    return Mention(TimexType.DATE, season=season, direction=direction, mod=mod,
                   relation=_counted_relation(relation, match))


def _ordinal_number(text: str) -> int | None:
    """ "third", "3rd", "third-" as 3; "last", "final" as -1."""
    word = text.lower().rstrip("-")
    number = lexicon.ORDINALS.get(word)
    if number is None:
        digits = re.sub(r"\D", "", word)
        number = int(digits) if digits else None
    return number


# A game's halves and quarters: what sports copy says of them, and what results news says
# (which outweighs it: "the team's owner said sales rose in the first half").
_GAME = re.compile(
    r"\b(?:goals?|scor(?:ed|es|ing)|(?:to|not|n't) score|touchdowns?|field goal|free throws?"
    r"|baskets?|innings?"
    r"|half-?time|kick-?off|whistle|minutes? (?:left|remaining|to play)|the (?:game|match)"
    r"|(?:\d+(?:st|nd|rd|th)|final) minute|led \d+-\d+|trail(?:ed|ing) \d+-\d+|points? (?:in|to)"
    r"|penalt(?:y|ies)|equali[sz](?:er|ed)|substitut(?:e|ed|ion)|(?:red|yellow) card|free[- ]kick"
    r"|header|striker|goalkeeper|stoppage time|injury time|rebounds?|three-pointers?|quarterback"
    r"|wickets?|(?:trail|led|lead)(?:ed|ing|s)? by \d+|the (?:hosts|visitors|home side)"
    r"|shots?|yards?|sacks?|interceptions?|fumbles?|possession|pulled away"
    r"|the better side|the break|try line|touchline|dugout|scoreless|goalless"
    r"|(?:good|great|golden|clear) chances?|went down injured|sent off|off the bench|fouled"
    r"|crossbar|the woodwork"
    r"|(?:second|first)-half (?:goal|strike|header|penalty|substitute|equali[sz]er|winner)"
    r"|\d+ points|closer than \d+|foul trouble|go-ahead|overtime|comeback|deficit"
    r"|(?:left|exited|hurt|injured)(?: \w+){0,3} in the (?:first|second|third|fourth))\b"
    r"|(?<![\d-])\d{1,3}-\d{1,3}\b(?!-\d| (?:vote|decision|ruling|majority))")
# A sports season or a game a half or a quarter is of: "the first half of the season".
_OF_SEASON_AFTER = re.compile(r"\s+of\s+the\s+(?:season|campaign|game|match|regular\sseason)\b",
                              re.IGNORECASE)
_MONEY = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|income|losses|fiscal|economy|economic|gdp|growth"
    r"|shares|stocks?|prices?|percent|quarterly|results|dividends?|investors?|markets?|inflation"
    r"|deliveries|orders|output)\b|[%$\u00a3\u20ac]")


def _build_quarter(match: Found) -> Mention | None:
    number = _ordinal_number(match["qord"])
    unit = match["qunit"].lower()
    limit = 4 if unit.startswith("quarter") else 2
    year_text = _group(match, "year") or _group(match, "year2")
    if fiscal_label := _group(match, "fyq").lstrip("'"):
        # "the first quarter of FY26": the plain year of the label, as "Q1FY26" is
        year_text = fiscal_label if len(fiscal_label) == 4 else str(_year("'" + fiscal_label))
    if number == -1 and unit == "quarter" and match.group()[:4].lower() == "last" \
            and not (year_text or _group(match, "ofyear")):
        # "profit fell last quarter": the quarter before this one, not a year's fourth
        return Mention(TimexType.DATE, unit="quarter", offset=0, relation=Relation.ANCHOR,
                       anaphoric=True)
    if number == -1:
        number = limit
    if number is None or not 1 <= number <= limit:
        return None
    if not year_text and _HOUR_AFTER.match(match.string, match.finish):
        return None  # "in the last half hour", "the first quarter-hour": no part of a year
    quarter, half = (number, None) if unit.startswith("quarter") else (None, number)
    if not year_text and (_OF_SPAN_AFTER.match(match.string, match.finish)
                          or _OF_SHORTER_AFTER.match(match.string, match.finish)
                          or _OF_SEASON_AFTER.match(match.string, match.finish)):
        # "the first half of the 19th century", "the second half of his career", "the second
        # half of the month"
        return None
    fiscal = bool(_group(match, "fiscal"))
    mod = _edge_mod(_group(match, "edge"))
    if not (year_text or fiscal or _group(match, "yearword") or _group(match, "ofyear")
            or _group(match, "ago")):
        sentence = _sentence(match)
        if _GAME.search(sentence) and not _MONEY.search(sentence):
            return None  # "scored twice in the first half": a game's, not the year's
    if year_text:
        return Mention(TimexType.DATE, year=int(year_text), quarter=quarter, half=half,
                       fiscal=fiscal, mod=mod)
    year_word = _group(match, "yearword").lower() or _group(match, "ofyear").lower()
    if year_word and year_word != "the":  # "of the year": the year the tense picks
        return _in_year_of(Mention(TimexType.DATE, quarter=quarter, half=half, fiscal=fiscal,
                                   mod=mod), year_word)
    if _group(match, "ago"):
        # "the year-earlier third quarter": that quarter of the year before the one discussed
        return Mention(TimexType.DATE, quarter=quarter, half=half, fiscal=fiscal, mod=mod,
                       unit="year", offset=-1, relation=Relation.REFERENCE, comparison=True)
    return Mention(TimexType.DATE, quarter=quarter, half=half, fiscal=fiscal, mod=mod,
                   direction=_reported(match))


def _reported(match: Found) -> Direction:
    """The direction of a quarter or half without a year: "fourth-quarter results", "Q2
    earnings", "a net loss for the third quarter", "results for the June quarter" report the
    latest one (or, in a future clause long after it, the next); else the tense's."""
    return Direction.RECENT if _RESULTS_AFTER.match(match.string, match.finish) \
        or _FOR_BEFORE.search(_before(match, 5)) else Direction.TENSE


# What a quarter's results are called, right after it ("fourth-quarter and full-year results").
_RESULTS_AFTER = re.compile(r"[-\s](?:and\s(?:full|fiscal)[-\s]year\s(?:(?:19|20)\d\d\s)?)?"
                            r"(?:(?:economic|operating|net|consumer|retail|domestic|gross"
                            r"|core|adjusted|corporate|business)\s)?"
                            r"(?:results?|earnings|profits?|revenues?|sales|loss(?:es)?"
                            r"|reports?|figures|numbers|deliveries|shipments|dividends?|net"
                            r"|income|data|gdp|(?:domestic|national)\sproduct"
                            r"|(?:national\s)?accounts|update|gnp|growth|productivity"
                            r"|trading)\b",
                            re.IGNORECASE)


def _build_the_quarter(match: Found) -> Mention | None:
    word = " ".join(_group(match, "which").lower().split())
    unit = match["qunit"].lower()
    unit = "quarter" if unit.startswith("quarter") or unit == "period" else unit
    if word in ("year-earlier", "year-ago", "year earlier", "year ago", "prior-year"):
        return Mention(TimexType.DATE, unit="year", offset=-1, relation=Relation.REFERENCE,
                       anaphoric=True, comparison=True,
                       granularity="quarter" if match["qunit"].lower() == "quarter"
                       else "reference")
    if word in ("last", "previous", "prior", "preceding"):
        # "last quarter" counts from now; "the previous quarter" from the quarter the story
        # reports ("grew 4.95% in the third quarter, down from 5.05% in the previous quarter")
        return Mention(TimexType.DATE, unit="quarter", offset=-1,
                       relation=Relation.ANCHOR if word == "last" else Relation.REFERENCE,
                       anaphoric=True, comparison=word != "last")
    if word in ("next", "coming"):
        return Mention(TimexType.DATE, unit="quarter", offset=1, relation=Relation.ANCHOR)
    if word == "current":
        # the quarter the story is written in, whatever quarter it reports on
        return Mention(TimexType.DATE, unit="quarter", offset=0, relation=Relation.ANCHOR)
    # "this quarter": the one reported on, as "the quarter" is, unless the clause looks ahead
    # ("sales will rise this quarter": the one the story is written in)
    this = Direction.THIS if match.group()[:4].lower() == "this" else Direction.TENSE
    return Mention(TimexType.DATE, unit="quarter", offset=0, relation=Relation.REFERENCE,
                   anaphoric=True, direction=this)


def _build_fiscal_year(match: Found) -> Mention | None:
    # TimeBank writes fiscal years as plain years ("fiscal 1989" -> 1989)
    full = match["year"] or match["fyear"]
    year = int(full) if full else _year("'" + (match["yy"] or match["yy2"])[-2:])
    end = _group(match, "fyend")
    if end:
        if int(end) != (year + 1) % 100:
            return None
        year += 1  # "FY 2025-26" ends in 2026: it is FY26, as Indian and Australian copy says
    return Mention(TimexType.DATE, year=year, fiscal=_group(match, "fy").lower() != "cy")


def _build_relative_fiscal_year(match: Found) -> Mention | None:
    """ "last fiscal", "the current fiscal", "the next financial year": a fiscal year counted
    from the one the story is written in (named, as TimeBank names it, by its plain year).

    "fiscal" alone and "financial year" are Indian, British and Australian usage, where the
    year runs from April (or July) and is named by the year it ends in: ``fiscal`` marks them
    for the resolver. "fiscal year" (a US company's, of any end) counts from the anchor's."""
    relation = match["rel"].lower()
    offset = -1 if relation in ("last", "previous", "prior", "preceding") \
        else 1 if relation in ("next", "coming") else 0
    return Mention(TimexType.DATE, unit="year", offset=offset, relation=Relation.ANCHOR,
                   fiscal=not match.group().lower().endswith("fiscal year"))


def _build_year_earlier(match: Found) -> Mention | None:
    # "year-earlier", "year-ago" used as adjectives: the same period a year before
    return Mention(TimexType.DATE, unit="year", offset=-1, relation=Relation.REFERENCE,
                   anaphoric=True, granularity="reference", comparison=True)


def _build_year_to_date(match: Found) -> Mention | None:
    # "up 8% year to date", "year-to-date sales": the year so far, as "so far this year"
    return Mention(TimexType.DATE, unit="year", offset=0, relation=Relation.ANCHOR)


# Events held on a holiday, after its name: "a New Year's Eve party", "a Christmas Day storm".
_HOLIDAY_EVENT_AFTER = re.compile(
    r" (?:party|celebration|dinner|lunch|service|mass|parade|concert|fireworks|game|match"
    r"|broadcast|address|speech|message|attack|bombing|shooting|storm|blizzard|flood|fire"
    r"|crash|raid|visit|rally|protest|march|vigil)\b")


# The Islamic holidays and Nowruz by their names without spaces and hyphens ("Eid al Fitr",
# "Eid-al-Fitr"); what names Eid al-Adha in a text that says "Eid" alone of it; and a capitalized
# word before one of them that makes it a surname ("Tariq Ramadan", "Mohamed Eid").
_OTHER_FEASTS = {re.sub(r"[\s-]", "", name): name
                 for name in (*lexicon.ISLAMIC_HOLIDAYS, *lexicon.EQUINOX_HOLIDAYS)}
_EID_NAMED = re.compile(r"\b(?:(?:Adha|Azha|Zuha|Bakrid|Hajj|[Ff]east\sof\s(?:the\s)?Sacrifice)"
                        r"|(?P<fitr>Fitr|Ramadan|Ramazan|Ramzan|Ramadhan))\b", re.IGNORECASE)
# A word before "New Year" that makes it another calendar's, or a greeting: "the Thai New Year",
# "Sikh New Year", "Happy New Year" (but "the Christmas and New Year period" is of Jan. 1).
_NEW_YEAR_OF = re.compile(r"\b(?!(?:And|Or|The|A|This|Last|Next|Over|Until|For|At|By|Since)\s)"
                          r"[A-Z][a-z]+\s$")
_GIVEN_NAME_BEFORE = re.compile(
    r"(?<![.!?\n]\s)(?<![.!?\n]\s\s)(?<!\n)\b(?!(?:During|In|Since|Before|After|Until|Till"
    r"|Through|Throughout|For|Of|Holy|This|Last|Next|The|On|By|Each|Every|Ahead|Happy|Blessed"
    r"|Mid|Post|Pre|When|As|At|From)\b)[A-Z][a-z]+\s$")


def _build_holiday(match: Found) -> Mention | None:
    name = " ".join(match["holiday"].lower().split())
    if not _capitalized(match["holiday"]):
        return None
    if name == "new year" and (match.string[match.begin + 4:match.begin + 5] != "Y"
                               or _NEW_YEAR_OF.search(match.string, max(0, match.begin - 20),
                                                      match.begin)):
        return None  # "a new year", "the Thai New Year", "Happy New Year": no Jan. 1 named
    feast = _OTHER_FEASTS.get(re.sub(r"[\s-]", "", name))
    if feast is not None and name not in lexicon.FIXED_HOLIDAYS:
        if _GIVEN_NAME_BEFORE.search(match.string, max(0, match.begin - 20), match.begin) \
                and match.begin > 0:
            return None  # "Tariq Ramadan said"
        if feast == "eid":
            # the Eid the text named last, or first after ("Eid al-Adha ... Eid prayers")
            named = [found for found in _EID_NAMED.finditer(match.string, 0, match.begin)][-1:] \
                or [found for found in _EID_NAMED.finditer(match.string, match.finish)][:1]
            if named and named[0].group("fitr") is None:
                feast = "eid al-adha"
        name = feast
    other = _OTHER_CALENDAR_BEFORE.search(match.string, max(0, match.begin - 14), match.begin)
    if other is not None and other.group(1) in _JULIAN_CHURCHES \
            and name in lexicon.JULIAN_HOLIDAYS:
        name = lexicon.JULIAN + name  # "Orthodox Christmas": Jan. 7
    elif other is not None and name not in lexicon.HEBREW_HOLIDAYS \
            and name not in lexicon.LUNAR_HOLIDAYS and feast is None:
        return None  # "Holocaust Memorial Day", "Persian New Year's Day": another day of that name
    year_text = _group(match, "year")
    if year_text and "," in match.string[match.begin:match.finish] \
            and _CLAUSE_GOES_ON.match(match.string, match.finish):
        return None  # "By Christmas, 1927 had been the coldest": the year opens a clause
    relation = _group(match, "rel").lower()
    every = _group(match, "every")
    if every:
        # "every Christmas": a set of the holiday's dates, when its date is fixed
        day = lexicon.FIXED_HOLIDAYS.get(name)
        if day is None or year_text:
            return None
        return Mention(TimexType.SET, value=f"XXXX-{day[0]:02d}-{day[1]:02d}",
                       quant=every.upper())
    if not year_text and not relation:
        in_year = _IN_YEAR_AFTER.match(match.string, match.finish)
        if in_year is not None:
            year_text = in_year.group(1)  # "Christmas in 2019 was quiet"
    direction = Direction.PAST if relation == "last" else Direction.FUTURE if relation == "next" \
        else Direction.THIS if relation == "this" else Direction.TENSE
    if _HOLIDAY_NAME_AFTER.match(match.string, match.finish) \
            or not year_text and _HOLIDAY_THING_AFTER.match(match.string, match.finish) \
            or _PLACE_OF_HOLIDAY_BEFORE.search(match.string, max(0, match.begin - 24),
                                               match.begin):
        return None  # "the Good Friday Agreement", "Christmas Island", "Church of the Epiphany"
    if not year_text and not relation and not name.endswith((" day", " eve")) \
            and _A_BEFORE.search(match.string, max(0, match.begin - 3), match.begin) \
            and _NOUN_AFTER.match(match.string, match.finish) \
            and not _HOLIDAY_EVENT_AFTER.match(match.string, match.finish):
        # "recorded a Christmas album", "set a Thanksgiving record": a kind of thing (but "after
        # a New Year's Eve party" is an event of that day, and "a Boxing Day sale" of the day)
        return None
    if direction is Direction.TENSE and not year_text \
            and _HOLIDAY_NOUN_AFTER.match(match.string, match.finish):
        # "kickstarted its Black Friday deals", "the Christmas party season": the season the
        # story is in, whatever the verb's tense
        direction = Direction.NEAREST
    elif direction is Direction.TENSE and not year_text \
            and _HOLIDAY_TIME_AFTER.match(match.string, match.finish) \
            and _AHEAD_OF_HOLIDAY.search(_before(match, 30)):
        # "trading was light ahead of the Memorial Day weekend": the one to come, though the
        # verb is past
        direction = Direction.NEAREST
    return Mention(TimexType.DATE, holiday=name, year=int(year_text) if year_text else None,
                   direction=direction)


def _build_day_of_holiday(match: Found) -> Mention | None:
    """ "the day after Christmas": the day a holiday fixes, one before or after it."""
    holiday = _build_holiday(match)
    if holiday is None or not holiday.holiday:
        return None
    side = -1 if match["side"].lower() == "before" else 1
    return holiday.with_changes(holiday=lexicon.day_of_holiday(side, holiday.holiday))


def _build_week_of_holiday(match: Found) -> Mention | None:
    """ "the week of Thanksgiving", "the weekend of Easter": the week (or weekend) the holiday
    lends its name to, as "Thanksgiving week" is."""
    holiday = _build_holiday(match)
    if holiday is None or not holiday.holiday:
        return None
    if match["span"].lower() == "weekend":
        return holiday.with_changes(weekend=True)
    return holiday.with_changes(week=True)


def _build_week_by_holiday(match: Found) -> Mention | None:
    """ "the week before Thanksgiving": the week of the Friday before the holiday (the week
    before a weekday's, a weekend day's own: "the week before Easter" is Holy Week); "the week
    after", of the Monday after it; "the weekend before Easter": the weekend of the Sunday
    before it ("the weekend after", of the Saturday after)."""
    holiday = _build_holiday(match)
    if holiday is None or not holiday.holiday:
        return None
    before = match["side"].lower() == "before"
    if match["span"].lower() == "weekend":
        return holiday.with_changes(weekend=True, holiday=lexicon.weekday_of_holiday(
            7 if before else 6, -1 if before else 1, holiday.holiday))
    return holiday.with_changes(week=True, holiday=lexicon.weekday_of_holiday(
        5 if before else 1, -1 if before else 1, holiday.holiday))


def _build_weekday_of_holiday(match: Found) -> Mention | None:
    """ "the Wednesday before Thanksgiving": a day its holiday fixes, named as one (see
    :data:`lexicon.WEEKDAY_OF_HOLIDAY`), so its year is picked as the holiday's is."""
    holiday = _build_holiday(match)
    if holiday is None or not holiday.holiday or not _capitalized(match["weekday"]):
        return None
    side = -1 if match["side"].lower() == "before" else 1
    return holiday.with_changes(
        holiday=lexicon.weekday_of_holiday(_weekday(match["weekday"]), side, holiday.holiday))


# A place named after a feast, before it: "the Church of the Epiphany", "Cathedral of Christmas".
_PLACE_OF_HOLIDAY_BEFORE = re.compile(r"\b(?:Church|Cathedral|Chapel|Basilica|Parish|School)\sof"
                                      r"\s(?:the\s)?$")
# Names that hold a holiday's: "the Good Friday Agreement", "Christmas Island", "the New
# Year's honours"; a sequel's number ("Super Tuesday 2", "Super Tuesday II").
_HOLIDAY_NAME_AFTER = re.compile(
    r"\s(?:Agreement|Accords?|Islands?|Rising|Uprising|Offensive|Revolution|Treaty|Massacre|Act"
    r"|Truce|Proclamation|Declaration|Carol|Oratorio|[Hh]onou?rs|War|II\b|III\b|[2-9]\b"
    r"|(?:Bird\s)?Counts?\b|Spectacular|Markets?\b)")
# A word that goes on after a year: the year is a clause's subject, no holiday's year.
_CLAUSE_GOES_ON = re.compile(r"\s+[a-z]")
# Things named for a holiday, which date nothing: "Christmas trees", "Christmas markets".
_HOLIDAY_THING_AFTER = re.compile(
    r"\s(?:trees?|markets?|cards?|lights|decorations|ornaments|carols?|jumpers?|sweaters?"
    r"|crackers?|puddings?|stockings?|wreaths?|costumes?|candy|pumpkins?|eggs|bonus(?:es)?)\b")
# Nouns a holiday's name describes: its season's trade and customs (its time, "the Memorial
# Day weekend", "the Christmas period", is placed by the verb's tense).
_HOLIDAY_NOUN_AFTER = re.compile(
    r"\s(?:deals?|sales?|shopping|shoppers|decorations|part(?:y|ies)|season"
    r"|markets?|lights|tree|dinner|lunch|menus?|brunch(?:es)?|suppers?"
    r"|bookings|reservations|hours|adverts?|ads?|campaign|post"
    r"|spending|rush|travel|trading|offers|discounts|gifts?|presents?|cards?|specials?"
    r"|number\sone|jumpers?|film|movie|episode|edition|getaway|plans|schedule|fixtures?"
    r"|programme|concert|special|launch)\b")
# A holiday's time ("the Memorial Day weekend"), and what puts it just ahead of the story.
_HOLIDAY_TIME_AFTER = re.compile(r"\s(?:weekend|holidays?|break|period|getaway)\b")
_AHEAD_OF_HOLIDAY = re.compile(
    r"\b(?:ahead\sof|before|in\sthe\srun-up\sto|into)\s(?:the\s|[a-z]+['\u2019]s\s)?$")
# The year a holiday is in, written after it ("Christmas in 2019"), which TimeBank tags apart.
_IN_YEAR_AFTER = re.compile(r"\s(?:in|of)\s((?:1[6-9]|20)\d\d)\b(?!\s?[-\u2013%])")


def _build_week_of(match: Found) -> Mention | None:
    """ "the week of March 6", "the weekend of June 5": the (weekend of the) calendar week
    that holds that day."""
    if not _month_ok(match):
        return None
    year = _group(match, "year")
    return Mention(TimexType.DATE, month=_month(match["month"]), day=_day(match["day"]),
                   week=True, weekend=bool(_group(match, "weekend")),
                   year=int(year) if year else None)


# Days of the month that lie in its nth week (the week that holds most of the month's first
# seven days, and so on), and days from its end that lie in its last.
_NTH_WEEK_DAY = {"first": 4, "second": 11, "third": 18, "fourth": 25}
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _build_week_of_month(match: Found) -> Mention | None:
    """ "the last week of May": the calendar week that holds that stretch of the month."""
    if not _month_ok(match):
        return None
    month = _month(match["month"])
    nth = match["nth"].lower()
    day = _NTH_WEEK_DAY.get(nth) or _DAYS_IN_MONTH[month - 1] - 3
    year = _group(match, "year")
    return Mention(TimexType.DATE, month=month, day=day, week=True,
                   year=int(year) if year else None)


def _build_weekend_of_month(match: Found) -> Mention | None:
    """ "the second weekend of February": the weekend of the month's second Saturday."""
    if not _month_ok(match):
        return None
    month = _month(match["month"])
    nth = match["nth"].lower()
    holiday = lexicon.nth_weekday_holiday(month, 6, -1 if nth in ("last", "final")
                                          else _ordinal_number(nth) or 1)
    year = _group(match, "year")
    return Mention(TimexType.DATE, month=month, holiday=holiday, weekend=True,
                   year=int(year) if year else None)


def _build_overnight_weekday(match: Found) -> Mention | None:
    """ "overnight Saturday": the weekday's night; "overnight into Sunday": the night of the
    day before."""
    mention = _build_weekday(match)
    if mention is None or mention.weekday is None:
        return None
    if match["prep"].lower() == "into":
        return mention.with_changes(part="NI", weekday=(mention.weekday - 2) % 7 + 1)
    return mention.with_changes(part="NI")


# What makes "overnight" no night: a noun it names a kind of ("the overnight rate", "an
# overnight bag", "an overnight success"), or a word that makes it "suddenly" ("did not happen
# overnight", "almost overnight").
_OVERNIGHT_NOUN_AFTER = re.compile(
    r"\s(?:rates?|lending|borrowing|interbank|index|indexed|repos?|money|funds|deposits?|loans?"
    r"|bags?|stays?|camps?|camping|shifts?|parking|delivery|shipping|oats|success(?:es)?"
    r"|sensations?|stars?|celebrit(?:y|ies)|hits?|fame|guests?|accommodations?|trips?|visits?"
    r"|hikes?|excursions?|options?|facilit(?:y|ies)|care|staff|workers?|ratings|nielsen|figures"
    r"|numbers|curfews?|closures?|works|engineering|services?|buses|trains?)\b", re.IGNORECASE)
# A determiner before "overnight" makes it a noun's kind ("the overnight session", "an overnight
# curfew"), unless the noun is what happened in the night ("an overnight storm").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|an?|its|their|his|her|our)\s$", re.IGNORECASE)
_NIGHT_EVENT_AFTER = re.compile(
    r"\s(?:storms?|attacks?|raids?|strikes?|airstrikes?|blazes?|fires?|rain|snow|snowfall"
    r"|shelling|bombings?|bombardment|assaults?|offensive|clashes|fighting|protests?|riots?"
    r"|talks|session|negotiations|vote|votes|drone)\b", re.IGNORECASE)
_SUDDENLY_BEFORE = re.compile(
    r"\b(?:almost|virtually|practically|literally|seemingly|nearly|all\sbut|happen|happens"
    r"|happened|happening|change|changes|changed|vanish(?:ed)?|disappear(?:ed)?|transform(?:ed)?"
    r"|become|became|solved?|fixed?)\s$", re.IGNORECASE)


def _build_overnight(match: Found) -> Mention | None:
    """ "overnight": the night of the anchor's day, or of the day before in a past clause
    (resolver; marked NEAREST to set it apart from "tonight")."""
    if _OVERNIGHT_NOUN_AFTER.match(match.string, match.finish) \
            or _SUDDENLY_BEFORE.search(_before(match, 20)) \
            or _DETERMINER_BEFORE.search(_before(match, 6)) \
            and not _NIGHT_EVENT_AFTER.match(match.string, match.finish) \
            or _after(match, 1)[:1] == "-":
        return None
    return Mention(TimexType.TIME, unit="day", offset=0, relation=Relation.ANCHOR, part="NI",
                   direction=Direction.NEAREST)


def _build_clock_weekday(match: Found) -> Mention | None:
    """ "noon Thursday", "midnight Friday": a weekday at a named hour."""
    mention = _build_weekday(match)
    if mention is None:
        return None
    hour, minute = lexicon.PART_CLOCK[match["word"].lower()]
    return mention.with_changes(type=TimexType.TIME, hour=hour, minute=minute)


def _build_in_the_unit(match: Found) -> Mention | None:
    """ "earlier in the year", "later in the day": the period under discussion, with a mod."""
    return Mention(TimexType.DATE, unit=match["runit"].lower(), offset=0,
                   relation=Relation.REFERENCE, mod=_earlier_later(match["lat"]))


def _build_the_weekend(match: Found) -> Mention | None:
    """ "the weekend": which one depends on the tense and the anchor's weekday (resolver; a
    stay "for the weekend", marked NEAREST, told in the past on a Friday is in the one
    beginning); "the weekend ahead" is the one to come."""
    return Mention(TimexType.DATE, unit="week", offset=0, relation=Relation.ANCHOR, weekend=True,
                   mod=_earlier_later(match["lat"]),
                   direction=Direction.FUTURE if _STILL_AHEAD.match(match.string, match.finish)
                   else Direction.NEAREST if _FOR_BEFORE.search(_before(match, 5))
                   else Direction.TENSE)


# "the weekend ahead": the one to come.
_STILL_AHEAD = re.compile(r"\sahead\b(?!\s+of\b)")


def _build_spoken_year(match: Found) -> Mention | None:
    text = match["spokenyear"].lower()
    if text.startswith("two thousand") and not match.group(0).lower().startswith("the year") \
            and not re.search(r"\b(?:in|since|by|until|of|year)\s$", _before(match, 8)):
        # "two thousand people": a count, unless the text says it is a year
        return None
    return Mention(TimexType.DATE, year=spoken_year(text))


_YEAR_ENDED = re.compile(r"\s(?:(?:ended|ending|that\sended|through)\b"
                         r"|to\s(?:end\s|the\s)?"
                         r"(?:[a-z]+\.?\s\d|(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:"
                         + "|".join(sorted(lexicon.MONTHS, key=len, reverse=True)) + r")\b))")


_ENDING_SOON = re.compile(r"\sending\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
                          r"|today|tomorrow|tonight)")


# Who or what an award of a period names, before "of": "player of the year", "employee of the
# month", "goal of the week".
_AWARD_BEFORE = re.compile(
    r"\b(?:player|coach|manager|rookie|athlete|footballer|cricketer|sportsman|sportswoman"
    r"|sportsperson|personality|album|song|single|book|novel|film|car|building|person|man|woman"
    r"|teacher|nurse|employee|entrepreneur|executive|newcomer|goal|try|save|team|horse|jockey"
    r"|trainer|driver|artist|entertainer|photographer|journalist|writer|word|director|actor"
    r"|actress|chef|restaurant|brand|product|app|comeback|designer|architect|scientist)"
    r"s? of $", re.IGNORECASE)
_SUPERLATIVE = re.compile(r"\b(?:most|least|worst|\w+est)\b", re.IGNORECASE)


def _build_the_year(match: Found) -> Mention | None:
    unit = match["runit"].lower()
    which = match["which"].strip().lower()
    named = _group(match, "named")
    if named:
        # "the year 2000" is that year; "the week 2000" is no expression
        return Mention(TimexType.DATE, year=int(named)) if unit == "year" and not which else None
    if match["runit"] == "Year" and match.string[max(0, match.begin - 3):match.begin] == "of ":
        # "Sportswoman of the Year", "Car of the Year": an award's name
        return None
    if not which and (award := _AWARD_BEFORE.search(before := _before(match, 48))) is not None \
            and not _SUPERLATIVE.search(before, max(0, award.start() - 24), award.start()):
        # "named player of the year", "employee of the month": an award, in lower case (but
        # "the most-streamed artist of the year" is this year's)
        return None
    if unit == "day" and (match["which"] or not _ALL_OF_THE_DAY_BEFORE.search(_before(match, 16))):
        return None  # "the day" is a time only as all or most of one: "throughout the day"
    if unit == "month" and _DAY_OF_EVERY_MONTH.search(_before(match, 40)):
        # "meets on the first Monday of the month", "paid on the 12th of the month": a day of
        # every month, not of one
        return None
    after = _after(match, 20)
    if unit == "year" and _YEAR_ENDED.match(after) \
            and not (_before(match, 5).endswith("with ") and _ENDING_SOON.match(after)):
        # "for the year ended Sept. 30", "the year to June 30": a fiscal year counted as a
        # length (TimeBank P1Y); but "With the year ending Saturday" is the year under way
        return Mention(TimexType.DURATION, value="P1Y")
    if which == "new":
        # "will report back in the new year", "The new year will bring ...": the year to come
        # ("the New Year" is the holiday)
        if unit != "year" or not match.group(0)[1:].islower() or match["fiscal"]:
            return None
        return Mention(TimexType.DATE, unit="year", offset=1, relation=Relation.ANCHOR)
    if which == "latest":
        return Mention(TimexType.DATE, unit=unit, offset=-1, relation=Relation.ANCHOR)
    if which in ("current", "full", "entire", "whole") or match["fiscal"]:
        return Mention(TimexType.DATE, unit=unit, offset=0, relation=Relation.ANCHOR)
    if which == "same":
        return Mention(TimexType.DATE, unit=unit, offset=0, relation=Relation.REFERENCE)
    if unit == "week" and not which and _FOR_THE_WEEK_OPENS.search(_before(match, 8)) \
            and match.string.startswith(",", match.finish):
        # a market wrap's "For the week, the Dow gained 4.2 percent": the week of trading that
        # ends on the anchor's day or before it, not one named before ("ahead of next week's
        # Federal Reserve meeting")
        return Mention(TimexType.DATE, unit=unit, offset=0, relation=Relation.ANCHOR,
                       direction=Direction.PAST)
    # "for the year", "the week's most active session": the period the story is about
    return Mention(TimexType.DATE, unit=unit, offset=0, relation=Relation.REFERENCE,
                   granularity=unit)


# "For" or "On" opening a sentence or clause, before "the week".
_FOR_THE_WEEK_OPENS = re.compile(r"(?:^|[.;:]\s+|\n)(?:for|on)\s$")


# A day of a month named by its place in it, before "of the month": "the first Monday of", "the
# 12th of", "the last Friday of".
_DAY_OF_EVERY_MONTH = re.compile(
    r"\b(?:" + "|".join(lexicon.ORDINAL_WORDS) + r"|last|final|\d{1,2}(?:st|nd|rd|th))"
    r"(?:,? (?:(?:or|and) )?(?:" + "|".join(lexicon.ORDINAL_WORDS) + r"|last))*"
    r"(?: (?:mon|tues|wednes|thurs|fri|satur|sun)day)? of\s$", re.IGNORECASE)


# What before "the day" makes it the day the story tells of: "throughout the day", "for most of
# the day", "much of the day".
_ALL_OF_THE_DAY_BEFORE = re.compile(
    r"\b(?:throughout|(?:most|much|all|rest|remainder|balance) of)\s$", re.IGNORECASE)


def _build_edge_of_unit(match: Found) -> Mention | None:
    det = match["det"].lower()
    offset = -1 if det == "last" else 1 if det == "next" else 0
    relation = Relation.REFERENCE if det in ("the", "that") else Relation.ANCHOR
    if det == "the" and _SINCE_BEFORE.search(_before(match, 8)) \
            and _HAS_BEFORE.search(_before(match, 60)):
        relation = Relation.ANCHOR  # "has risen 50% since the start of the year": this year
    return Mention(TimexType.DATE, unit=match["runit"].lower(), offset=offset, relation=relation,
                   mod=_edge_mod(match["edge"]))


# "since" right before "the start of the year", and a present perfect before it: "has risen
# since the start of the year" counts from this year's start.
_SINCE_BEFORE = re.compile(r"\bsince\s$")
_HAS_BEFORE = re.compile(r"\b(?:has|have)\s")
# What makes "mid-century" or "century's end" a time: a word that leads to one ("net zero by
# mid-century"); "mid-century modern furniture" names a style.
_CENTURY_EDGE_BEFORE = re.compile(r"\b(?:by|until|before|around|toward|towards|after|at|in)\s$")


def _build_century_edge(match: Found) -> Mention | None:
    if not _CENTURY_EDGE_BEFORE.search(_before(match, 10)):
        return None
    return Mention(TimexType.DATE, unit="century", offset=0, relation=Relation.ANCHOR,
                   mod="MID" if _group(match, "edge") else "END")


# What says where a date falls, before "midweek": "With New Year's Day falling midweek".
_FALLS_BEFORE = re.compile(r"\b(?:falls?|falling|fell)\s$")


def _build_mid_unit(match: Found) -> Mention | None:
    """ "by midyear", "midweek": the middle of the year (week, month) the text is in, as "the
    middle of the year" is (not a kind of thing: "the mid-year review", "a midweek match")."""
    if _NOUN_AFTER_END.match(match.string, match.finish) \
            or match.string.startswith("-", match.finish) \
            or _FALLS_BEFORE.search(_before(match, 10)):
        return None  # (nor where a date falls: "With New Year's Day falling midweek")
    unit = match["munit"].lower()
    if match["year"]:
        if unit != "year":
            return None
        return Mention(TimexType.DATE, year=int(match["year"]), mod="MID")  # "midyear 2014"
    return Mention(TimexType.DATE, unit=unit, offset=0, relation=Relation.ANCHOR, mod="MID")


def _build_year_end(match: Found) -> Mention | None:
    relation = match["rel"].lower()
    if match["year"]:
        return Mention(TimexType.DATE, year=int(match["year"]), month=12, day=31)
    offset = -1 if relation == "last" else 1 if relation == "next" else 0
    if match["sep"] != "-":
        # "by year end", "by year's end": the end of the year, as "the end of the year" is
        return Mention(TimexType.DATE, unit="year", offset=offset, relation=Relation.ANCHOR,
                       mod="END")
    # year-end is Dec. 31 of the year meant (TimeBank writes 1989-12-31)
    return Mention(TimexType.DATE, unit="year", offset=offset, relation=Relation.ANCHOR,
                   month=12, day=31)


def _build_month_end(match: Found) -> Mention | None:
    """ "by month-end", "by this month-end", "by month's end": the end of the month meant."""
    if _NOUN_AFTER_END.match(match.string, match.finish):
        return None  # "month-end closing", "month-end rebalancing": a kind of task
    relation = match["rel"].lower()
    offset = -1 if relation == "last" else 1 if relation == "next" else 0
    return Mention(TimexType.DATE, unit="month", offset=offset, relation=Relation.ANCHOR,
                   mod="END")


# A noun "month-end" qualifies: "month-end closing", "month-end rebalancing".
_NOUN_AFTER_END = re.compile(r"\s(?!(?:and|or|but|to|of|in|on|at|by|for|with|as|when|if|the|a"
                             r"|an|this|that|is|was|will|would)\b)[A-Za-z]")


def _build_the_period(match: Found) -> Mention | None:
    unit = match["qunit"].lower()
    if year := match["year"] or match["tyear"]:
        # "the 1988 quarter", "the 1989 period", "the same period in 2024": the period under
        # discussion, in that year
        return Mention(TimexType.DATE, year=int(year), anaphoric=True,
                       granularity="quarter" if unit == "quarter" else "reference")
    which = _group(match, "which").strip().lower()
    year_word = _group(match, "yw").lower()
    trail = match["trail"].lower()
    if year_word or trail:
        offset = -1 if year_word.startswith("last") or trail else 0
        return Mention(TimexType.DATE, unit="year", offset=offset, relation=Relation.REFERENCE,
                       anaphoric=True, comparison=offset != 0,
                       granularity="quarter" if unit == "quarter" else "reference")
    if unit == "period" and not which:
        # "the period" alone is too vague unless a financial context names it (TimeBank only
        # tags "the latest period", "the year-earlier period", "the 1988 period")
        return None
    if match.group(0).lower().startswith("that ") and not which:
        return None
    return _build_the_quarter(match)


def _build_quarter_hour(match: Found) -> Mention | None:
    if _NOUN_AFTER.match(match.string, match.finish):
        return None  # "a quarter to six people": a count
    word = match["hourword"].lower()
    hour = int(word) if word.isdigit() else int(parse_number(word) or 0)
    minutes = 30 if match["frac"].lower() == "half" else 15
    if match["dir"].lower() == "to":
        hour, minutes = (hour - 1) % 12 or 12, 60 - minutes
    return Mention(TimexType.TIME, hour=hour, minute=minutes)


def _build_another_unit(match: Found) -> Mention | None:
    """ "another month": one more of the unit, a length (as "another two months" is)."""
    return Mention(TimexType.DURATION, value=duration_value(1, _unit(match["unit"])))


def _build_half_duration(match: Found) -> Mention | None:
    """ "two years and a half", "half an hour", "a quarter of an hour", "a quarter century"."""
    unit = _unit(_group(match, "unit") or _group(match, "unit2") or _group(match, "unit3")
                 or _group(match, "unit4"))
    head = _group(match, "number")
    fraction = _group(match, "frac2") or _group(match, "frac3")
    fraction = " ".join(fraction.lower().replace("-", " ").split())
    try:
        amount = _FRACTIONS.get(fraction, 0.5) if not head else (parse_number(head) or 0) + 0.5
    except ValueError:
        return None
    if _group(match, "ago"):
        return _counted_from_anchor(amount, unit, -1, _approx_mod(_group(match, "approx")))
    return Mention(TimexType.DURATION, value=duration_value(amount, unit),
                   mod=_approx_mod(_group(match, "approx")))


_FRACTIONS = {"a quarter": 0.25, "three quarters": 0.75, "a half": 0.5}


# ---------------------------------------------------------------------------------------------
# The pattern table. Order is priority among candidates of equal length.
# ---------------------------------------------------------------------------------------------

def _pattern(id: str, template: str, build: Builder, triggers: str, examples: tuple[str, ...],
             non_examples: tuple[str, ...] = ()) -> Pattern:
    return Pattern(id, template, build, frozenset(triggers.split()), examples, non_examples)


_REL = r"(?P<rel>this\s(?:past|coming)|{previous}|{next}|{this})"
_QORD = r"(?P<qord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
_YEARWORD = r"(?P<yearword>(?:this|last|next)\syear's|(?:this|last|next)-year)"

PATTERNS: tuple[Pattern, ...] = (
    _pattern(
        "iso-date",
        r"(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)"
        r"(?:[t\s](?P<ih>[01]\d|2[0-4]):(?P<imin>[0-5]\d)(?::(?P<is>[0-5]\d))?"
        r"(?P<izone>z|[+-]\d\d:?\d\d)?)?",
        _build_iso, "digit",
        ("2011-09-14", "2011-09-15T04:12", "2011-09-15 04:12:30+05:30"),
        ("2011-13-45", "10-20-30"),
    ),
    _pattern(
        "ymd-date",
        # year first with slashes or dots, as East Asian and many European sites write it
        r"(?P<y>1[0-9]\d\d|20\d\d)(?:/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])"
        r"|\.(?P<m2>1[0-2]|0[1-9])\.(?P<d2>3[01]|[12]\d|0[1-9]))(?![/.]?\d)",
        _build_ymd_date, "digit",
        ("2021/03/04", "2021/3/4", "2019.10.19"),
        ("2021/13/04", "2021.3.4", "2021/03/04/05", "1.2021.03"),
    ),
    _pattern(
        "nth-weekday",
        r"(?:the )?(?P<nth>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"
        r" {weekday}"
        r" (?:of|in) {month}(?:,? {year})?",
        _build_nth_weekday, "weekday month",
        ("the first Monday of April", "the last Friday in May 2019", "the 2nd Tuesday of March"),
    ),
    _pattern(
        "dash-date",
        # "15-11-2024", "11-15-2024": read as the slash date is (month first unless the first
        # number is above 12); only with a year of four digits
        r"(?P<a>3[01]|[12]\d|0?[1-9])-(?P<b>3[01]|[12]\d|0?[1-9])"
        r"-(?P<y>1[0-9]\d\d|20\d\d)(?![-\d])",
        _build_slash_date, "digit",
        ("15-11-2024", "09-14-2011"),
        ("1-800-2024", "15-11-20245", "3-4-2011-5"),
    ),
    _pattern(
        "dotted-date",
        # day first with dots, as Europe writes it ("14.03.2013"); no one writes the month first
        # with dots
        r"(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>1[0-9]\d\d|20\d\d)(?!\.?\d)",
        _build_ymd_date, "digit",
        ("14.03.2013", "1.5.2019", "(Published [31.12.1999])"),
        ("14.13.2013", "1.2.3.2013", "3.14.2013", "v2.1.2013.4"),
    ),
    _pattern(
        "slash-date",
        r"(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>\d{4}|\d\d)(?![/\d])",
        _build_slash_date, "digit",
        ("9/14/2011", "12/25/98"),
        ("1/2", "page 2/10", "13/13/2011"),
    ),
    _pattern(
        "weekday-day-month-year",
        r"(?:{weekday},? )?{day} (?:of )?{month},? (?:{year}|{shortyear})",
        _build_full_date, "month digit",
        ("04 May 2018", "15 September 2011", "Wednesday, 14 September 2011", "1st of May 2011"),
        ("4 may 2018",),
    ),
    _pattern(
        "weekday-month-day-year",
        # "Sept. 5-9, 2024": a range of days in one month, valued at its first
        r"(?:{weekday},? )?{month} {day}(?:[-\u2013](?P<last>3[01]|[12]\d|[1-9]))?,? "
        r"(?:{year}|{shortyear})",
        _build_full_date, "month digit",
        ("Sept. 14, 2011", "Aug. 7, 1998", "Thursday, April 6, 2000", "May 3 2011",
         "Dec. 2, '98", "Sept. 5-9, 2024"),
        ("may 3, 2011",),
    ),
    _pattern(
        "every-month-day",
        r"(?P<every>every|each) {month} {day}",
        _build_every_month_day, "month",
        ("every April 15", "each July 4th"),
        ("every may 5", "each May 5 million"),
    ),
    _pattern(
        "weekday-month-day",
        r"(?:{weekday},? )?{month} {day}" + _DAY_OF_YEAR_WORD,
        _build_month_day, "month digit",
        ("Sept. 30", "Aug. 7", "Monday, Oct. 26", "March 12", "May 6th", "Nov. 12 last year"),
        ("May 5 million", "may 5"),
    ),
    _pattern(
        "weekday-day-month",
        r"(?:{weekday},? )?{day} (?:of )?{month}" + _DAY_OF_YEAR_WORD,
        _build_month_day, "month digit",
        ("14 September", "3rd of May", "Friday 7 August", "1 November this year"),
        ("3 may",),
    ),
    _pattern(
        # "Thursday 10 to Sunday 13 December": the first day is in the last day's month
        "weekday-day-range",
        r"{weekday} {day}(?=(?: ?[-\u2013] ?| (?:to|until|till|and) )(?:[a-z]{2,9}\.?,? )?"
        r"\d{1,2}(?:st|nd|rd|th)? (?:of )?{month})",
        _build_month_day, "weekday",
        ("[Thursday 10] to Sunday 13 December", "[Fri 4]-Sun 6 September"),
        ("Thursday 10 people",),
    ),
    _pattern(
        "week-of-holiday",
        r"the (?P<span>week|weekend) of {holiday}(?: {year})?",
        _build_week_of_holiday, "unit holiday",
        ("the week of Thanksgiving", "the weekend of Easter 2019"),
    ),
    _pattern(
        "week-by-holiday",
        r"the (?P<span>week|weekend) (?P<side>before|after) {holiday}(?: {year})?",
        _build_week_by_holiday, "unit holiday",
        ("the week before Thanksgiving", "the weekend after Easter"),
    ),
    _pattern(
        "week-of",
        r"the week of {month} {day}",
        _build_week_of, "month unit",
        ("the week of March 6",),
    ),
    _pattern(
        "weekend-of",
        r"the (?P<weekend>weekend) of {month} {day}(?:,? {year})?",
        _build_week_of, "month unit",
        ("the weekend of June 5", "the weekend of Oct. 24, 2020"),
    ),
    _pattern(
        "weekend-of-month",
        r"the (?P<nth>first|second|third|fourth|last|final|1st|2nd|3rd|4th) weekend (?:of|in) "
        r"{month}(?:,? {year})?",
        _build_weekend_of_month, "month unit",
        ("the second weekend of February", "the first weekend in February", "the last weekend of "
         "March 2019"),
    ),
    _pattern(
        "week-of-month",
        r"the (?P<nth>first|second|third|fourth|last|final) week (?:of|in) {month}(?:,? {year})?",
        _build_week_of_month, "month unit",
        ("the last week of May", "the first week of July", "the second week of March, 2019"),
    ),
    _pattern(
        "month-year",
        r"(?:{edge}[-\s])?{month},? (?:of )?(?:{year}|{shortyear}|{spokenyear})",
        _build_month_year, "month",
        ("May 2011", "January 1998", "July of 1997", "late March 2000", "mid-June 1999",
         "Sept. '98", "January nineteen ninety-seven"),
        ("may 2011",),
    ),
    _pattern(
        "months-quarter",
        r"(?:the )?{month:m1}[-\u2013/](?:to-)?{month:m2} (?:quarter|period)",
        _build_months_quarter, "month",
        ("the April-June quarter", "the July-September period", "the Jan-Mar quarter",
         "the October-to-December quarter"),
        ("the April-July period",),
    ),
    _pattern(
        "month-quarter",
        r"(?:the )?{month}[-\s](?:quarter|qtr\.?)(?!-)(?:,? of {year})?",
        _build_month_quarter, "month",
        ("the September quarter", "the December quarter", "its [June quarter] results",
         "the December quarter of 2010"),
        ("the May quarter",),
    ),
    _pattern(
        "month-half-year",
        r"(?:the )?{month} half(?![-\w])",
        _build_month_half_year, "month",
        ("the December half", "the June half"),
        ("the May half", "the December half-marathon"),
    ),
    _pattern(
        "month-half",
        r"(?:the )?(?P<hord>first|second|latter|last) half of {month}(?:,? {year})?",
        _build_month_half, "month unit",
        ("the first half of November", "the second half of March 2020"),
    ),
    _pattern(
        "month-relative-year",
        r"(?:{edge}[-\s])?{month}(?: of)? (?P<yearword>this year|last year|next year)",
        _build_month, "month",
        ("January this year", "June last year", "July of last year"),
    ),
    _pattern(
        "relative-month",
        # "last Oct. 23": TimeBank tags the date alone, "Oct. 23"
        r"(?:{edge}[-\s])?" + _THE_COUNTED + r"(?P<rel>{previous}|{next}|{this}) {month}"
        r"(?!\.?\s{1,3}\d)",
        _build_month, "month",
        ("last November", "this September", "next May", "early last April", "the following March"),
        ("last may", "last Oct. 23"),
    ),
    _pattern(
        "month",
        r"(?:(?P<every>every|each) |{edge}[-\s])?{month}",
        _build_month, "month",
        ("in [May]", "late November", "early December", "mid-November", "January",
         "late-November", "each July"),
        ("may", "march", "Jan", "He may go", "Jan Kavan said"),
    ),
    _pattern(
        "fiscal-year",
        r"(?:fiscal(?: year)? (?:{year}|(?P<yy>'\d\d|\d\d(?![\d,])))"
        r"|(?P<fy>fy|cy) ?'?(?:{year:fyear}|(?P<yy2>\d\d)))"
        r"(?:[-\u2013/](?P<fyend>\d\d)(?![\d-]))?",
        _build_fiscal_year, "digit",
        ("fiscal 1989", "fiscal year 1998", "fiscal '99", "FY1999", "FY99", "FY 2025-26",
         "FY2025-26", "FY'26", "CY25"),
        ("FY 2025-27",),
    ),
    _pattern(
        "relative-fiscal-year",
        r"(?:the )?(?P<rel>last|this|next|previous|current|coming|prior|preceding|ongoing)"
        r" (?:(?:fiscal|financial) year|fiscal(?![\w-]|\s(?:year|quarter|half|first|second|third"
        r"|fourth|polic(?:y|ies)|deficits?|stimulus|situation|position|plan|package|measures"
        r"|consolidation|discipline|space|gap|targets?|health|crisis|rules|pact|cliff|outlook"
        r"|strategy|reforms?|support|stance|slippage|framework|burden|council|hawks?|watchdog"
        r"|transfers?|responsibility|prudence|tightening|squeeze|woes|pressures?|events?"
        r"|statements?|updates?|forecasts?)\b))",
        _build_relative_fiscal_year, "digit",
        ("last fiscal", "the previous fiscal", "this fiscal", "the current fiscal",
         "the next financial year", "last fiscal year"),
        ("this fiscal policy", "the current fiscal deficit", "last fiscal stimulus"),
    ),
    _pattern(
        "decade",
        r"(?:the )?(?:{edge}[-\s])?(?P<decade>(?:1[0-9]|20)\d0'?s|'\d0'?s|\d0'?s)",
        _build_decade, "digit",
        ("1980s", "the 1960s", "the late 1970s", "early 1990s", "the '80s", "mid-1990s",
         "the 1990's", "the late 1970's"),
        ("$20s", "1990's budget"),
    ),
    _pattern(
        "decade-word",
        r"(?:the )?(?:{edge}[-\s])?(?P<word>twenties|thirties|forties|fifties|sixties|seventies"
        r"|eighties|nineties)",
        _build_decade_word, "decade",
        ("the eighties", "the late sixties"),
        ("a woman in her thirties", "in his early sixties"),
    ),
    _pattern(
        "era-year",
        r"(?P<era>a\.d\.|ad|ce) (?P<ey>[1-9]\d{0,3})(?![\d,.]\d|\w)"
        r"|(?P<ey2>[1-9]\d{0,3}) (?P<era2>b\.c\.(?:e\.)?|bce|bc|a\.d\.|ad|ce)(?!\w)",
        _build_era_year, "era",
        ("AD 79", "410 AD", "44 BC", "2500 BCE", "44 B.C."),
        ("an ad 30", "bc 44"),
    ),
    _pattern(
        "century",
        r"(?:the )?(?:{edge}[-\s])?{ordinal}[-\s]century(?: (?P<bc>b\.c\.(?:e\.)?|bce|bc)(?!\w))?",
        _build_century, "unit",
        ("the 20th century", "11th century", "the nineteenth century", "the early 20th century"),
    ),
    _pattern(
        "this-century",
        r"(?P<rel>this|last|next|the past|the last) century"
        r"|the (?:past|last|next|coming) (?P<frac>half|quarter)[-\s]century",
        _build_this_century, "unit",
        ("this century", "the past half century", "the next quarter-century"),
    ),
    _pattern(
        "split-year",
        r"{year}[-\u2013/](?P<yyend>\d\d)(?![\d%:-]|[.,]\d)",
        _build_split_year, "digit",
        ("the [2023-24] season", "the Union Budget for [2024-25]", "1991/92"),
        ("2024-26", "2011-12%"),
    ),
    _pattern(
        # the first of two years that share the second's era: "between [3350] and 3100 B.C.",
        # "[2600]-2500 BC"
        "era-range-start",
        r"(?<![\d,.$])(?P<ey3>[1-9]\d{0,3})(?=(?:\s(?:and|to|or)\s|\s?[-\u2013]\s?)[1-9]\d{0,3}"
        r"\s(?P<era3>b\.c\.(?:e\.)?|bce|bc)(?!\w))",
        _build_era_year, "digit",
        ("between [3350] and 3100 B.C.", "[2600]-2500 BC"),
        ("between 3350 and 3100 b.c. cats",),
    ),
    _pattern(
        "year",
        r"(?:{edge}[-\s])?{year}",
        _build_year, "digit",
        ("2011", "1998", "early 1997", "mid-1996", "late 1999"),
        ("$2011", "3533", "1990 people", "2011%", "1,998"),
    ),
    _pattern(
        "far-year",
        # a year of the next centuries, after a word that leads to it: "by 2100", "until 2150"
        r"(?P<fyear>2[1-9]\d\d)(?![\d%])",
        _build_far_year, "digit",
        ("rise by 1 metre by [2100]", "targets run to [2200]"),
        ("2100 GMT", "2150 people"),
    ),
    _pattern(
        "short-year",
        r"(?:{edge}[-\s])?{shortyear}",
        _build_short_year, "digit",
        ("in ['98]", "the class of ['76]", "since [late '05]"),
        ("rock 'n' roll '98", "'98"),
    ),
    _pattern(
        "clock-hours",
        r"(?P<hour>[01]?\d|2[0-3])(?P<sep>[:.])(?P<minute>[0-5]\d) (?:hrs|hours)",
        _build_clock_hours, "digit unit",
        ("at [10:30 hrs]", "reached Howrah at [05.30 hrs]", "[22:15 hours]"),
        ("lasted 5.30 hours",),
    ),
    _pattern(
        "clock",
        # a bare hour ("12/34") is never a clock: a minute, a.m./p.m., "o'clock", a zone or a
        # part of day must follow it (the look-ahead spares the builder a match it would
        # reject). A time with nothing after it ("10:35") is one only after a leader word
        # (_CLOCK_LEADERS, in the builder): the last branch lets it through only with a minute
        # and with a word, a comma, a year or a dash and a space before it (group "lead"), so
        # a score or a ratio ("90.12:34") fails here, not in the builder. (?<!\d) keeps that
        # empty tail out of the branch before it.
        r"(?P<lead>(?<=[a-z,\d|\-\u2013]\s))?(?:{approx} )?{hour}(?=:|\s{0,3}[ap]|\s{1,3}[a-z])"
        r"(?::{minute}(?::(?P<second>[0-5]\d))?)?(?:(?: o['\u2019]clock)? (?:in the |at (?=night))"
        r"{part}"
        r"|(?:(?P<oclock> o['\u2019]clock)|(?: ?{ampm})?)(?: {zone}| {zonename}| {placezone})?"
        r"(?<!\d)"
        r"|(?(lead)(?(minute)|(?!))|(?!)))",
        _build_clock, "digit part",
        ("10:35 a.m.", "9 a.m.", "5 p.m. EST", "04:12 IST", "3 p.m. EDT", "4 in the morning",
         "10 at night",
         "7:15 p.m.", "at [14:30]", "4 p.m. Eastern", "8 p.m. Pacific time",
         "9:30 a.m. Eastern Standard Time", "2:47:30 p.m. EDT", "9 o'clock"),
        ("$5 pm", "3:1", "won 3:15 to"),
    ),
    _pattern(
        "clock-dot",
        # British and Irish copy writes "9.30am"; with a.m. or p.m. after it a dot is no decimal
        r"(?:{approx} )?(?P<hour>1[0-2]|0?[1-9])\.{minute} ?{ampm}(?: {zone}| {zonename})?",
        _build_clock, "digit",
        ("9.30am", "10.15 p.m.", "7.45pm GMT", "around 6.20am"),
        ("$9.30 am", "9.3am", "13.30pm"),
    ),
    _pattern(
        "clock-dot-day",
        # "at 10.30 on Friday", "at 6.15 that morning": British copy's clock without a.m. or
        # p.m., after a word that leads to a time and before the day it is on
        r"(?:{approx} )?(?P<hour>[01]?\d|2[0-3])\.{minute}"
        r"(?= on (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s)"
        r"| (?:this|that|tomorrow|yesterday|tonight|last)\b)",
        _build_clock_dot_day, "digit",
        ("at [10.30] on Friday", "at [6.15] that morning", "by [9.45] on Sunday"),
        ("closed at 10.30 on Friday", "rose 2.30 on Friday", "at 10.30 per cent"),
    ),
    _pattern(
        "clock-dot-24",
        # "lowered to half mast at 13.30", "shortly after 06.00": British copy's 24-hour clock,
        # two digits for its hour, after a word that leads to a time
        r"(?:{approx} )?(?P<hour>[01]\d|2[0-3])\.{minute}(?!\d|[.,]\d|\s?(?:%|per\b|pc\b|p\b|pence"
        r"|cents?\b|points?\b|pts\b|times\b|x\b|[mk]m\b|m\b|bn\b|million|billion|kg\b"
        r"|metres|meters|seconds?\b|secs?\b|minutes?\b|mins?\b|hours?\b|hrs?\b|mph\b"
        r"|miles|kilomet|[ap]\.?m\b))",
        _build_clock_dot_day, "digit",
        ("at [13.30].", "shortly after [06.00],", "from [20.00] to", "at about [02.40] on 23"),
        ("closed at 13.30.", "at 10.30 per cent", "rose 13.30 to 450", "at 13.30p", "at 6.15."),
    ),
    _pattern(
        "clock-dot-zone",
        # "09.30 BST", the Guardian's stamp: a dot, a 24-hour clock and a zone
        r"(?P<hour>[01]?\d|2[0-3])\.{minute} {zone}",
        _build_clock, "digit",
        ("09.30 BST", "17.45 GMT"),
        ("3.45 per cent", "24.30 GMT"),
    ),
    _pattern(
        "clock-line",
        # a live blog's entry stamp, alone on a line between two others: a 24-hour clock of the
        # day the blog is posted
        r"(?<=\n)(?P<hour>[01]\d|2[0-3]):{minute}(?=[ \t]{0,3}\r?\n)",
        _build_clock_line, "digit",
        ("Live updates\n[11:52]\nPower cuts are spreading.", "Storm\n[09:41]\nThe minister spoke."),
        ("John 3:16 says", "12:35 of the second period", "9:41\n", "Video\n00:00\n"),
    ),
    _pattern(
        "clock-dash-line",
        # an incident timeline's entry: a 24-hour clock that opens its line, then a dash
        # ("14:02 - Alerts fire for 5xx responses"), of the day the timeline tells
        r"(?<=\n)(?P<hour>[01]\d|2[0-3]):{minute}(?=[ \t]{1,2}[-\u2013\u2014][ \t]{1,3}[A-Za-z])",
        _build_clock_dash_line, "digit",
        ("Timeline\n[14:02] - Alerts fire.", "Outage\n[09:15] \u2013 Engineers roll back."),
        ("Score\n12 - 10 win", "John 3:16 - the verse", "Verse\n3:16 - For God so loved"),
    ),
    _pattern(
        "clock-military",
        r"(?P<hhmm>[012]\d[0-5]\d)(?: (?:{zone}|hrs|hours)|(?= local time)"
        r"|(?<=0\d\d\d)(?![\w%/:-]|[.,]?\s?\d))",
        _build_military, "digit",
        ("0735 GMT", "0600 hrs", "at [2100 hours]", "took off at [0815] local time",
         "leaves at [0745]", "from [0600] until noon"),
        ("lasted 1800 hours", "at 1120", "call at 0800 123 456", "dial 0845 4647", "0745"),
    ),
    _pattern(
        "noon",
        r"(?P<word>noon|midnight|midday)(?: {zone}| {zonename})?",
        _build_noon, "part",
        ("noon", "midnight", "midday", "midnight Eastern time"),
    ),
    _pattern(
        "part-relday",
        r"(?:{edge}[-\s])?{part}(?: of)? {relday}",
        _build_part_relday, "part relday",
        ("dawn yesterday", "mid-afternoon yesterday", "noon today", "midnight tonight"),
    ),
    _pattern(
        "relday",
        r"(?:the day (?P<beyond>after|before) )?(?:(?P<lat>late|early|earlier|later) )?{relday}"
        r"(?: (?:{part}|at (?P<pclock>noon|midnight)))?",
        _build_relday, "relday",
        ("yesterday", "today", "tomorrow", "tonight", "yesterday morning", "late yesterday",
         "tomorrow at noon", "the day after tomorrow", "the day before yesterday"),
    ),
    _pattern(
        # the night before its weekday is named: "overnight Saturday", "overnight on Sunday",
        # "overnight into Sunday" (the night before it). (Dawn and dusk before a weekday are
        # left to the weekday: "before dawn on Sunday" is of the day, as annotators give it.)
        "overnight-weekday",
        r"overnight(?: (?P<prep>on|into))? {weekday}(?!\s(?:morning|afternoon|evening|night)\b)",
        _build_overnight_weekday, "part weekday",
        ("overnight Saturday", "overnight on Sunday", "overnight into Sunday"),
        ("overnight Sunday morning",),
    ),
    _pattern(
        # the night just gone in a past clause ("Stock futures jumped overnight"), the night to
        # come otherwise ("Snow is expected overnight")
        "overnight",
        r"overnight",
        _build_overnight, "part",
        ("airstrikes in Syria [overnight]", "Snow is expected [overnight]"),
        ("the overnight rate", "did not happen overnight", "an overnight success"),
    ),
    _pattern(
        "part-alone",
        r"(?:(?P<lat>early|late|later|earlier) in )?(?P<the>the )?{part}",
        _build_part_alone, "part",
        ("in [the afternoon]", "late in the afternoon", "by [the late afternoon]",
         "during [the evening]", "by [mid afternoon]", "gathered before [dawn].",
         "found nothing by [nightfall]"),
        ("the morning", "the night", "in the morning of", "arrested in a dawn raid",
         "open from dawn to dusk", "fasting from dawn until sunset", "a fault at Sunrise, Fla.",
         "ended at dusk every day"),
    ),
    _pattern(
        "this-part",
        r"(?P<rel>(?:early |earlier |later )?this|last|yesterday|tomorrow) {part}",
        _build_this_part, "part",
        ("this morning", "this afternoon", "last night", "later this afternoon"),
        ("last morning",),
    ),
    _pattern(
        "relative-weekday",
        _THE_COUNTED + r"(?P<rel>this past|this coming|last|next|this|past|coming|following"
        r"|ensuing|previous|preceding|prior) {weekday}(?: {part})?",
        _build_relative_weekday, "weekday",
        ("last Tuesday", "next Friday", "this Monday", "this past Sunday", "the following Monday"),
    ),
    _pattern(
        "weekday",
        r"(?:(?P<every>every|each) (?P<other>other |second |alternate )?)?(?:{edge} )?{weekday}"
        r"(?P<plural>s)?"
        r"(?: (?:(?P<pclock>noon|midnight|midday)(?![a-z])|{part}(?P<parts>s)?))?",
        _build_weekday, "weekday",
        ("Friday", "Tuesday morning", "Wednesday night", "Sun.", "early Tuesday", "each Thursday",
         "Mondays", "every other Sunday", "Friday nights", "Friday midnight"),
        ("the Sunday Times", "friday", "Sun", "Wed"),
    ),
    _pattern(
        "weekday-clock",
        r"(?P<word>noon|midnight) {weekday}",
        _build_clock_weekday,
        "weekday part",
        ("noon Thursday", "midnight Friday"),
    ),
    _pattern(
        "quarter",
        r"(?:the (?!(?:fiscal[-\s])?(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-))?"
        r"(?:{edge}[-\s])?(?:(?:{year}(?:'s)? |" + _YEARWORD + r" |(?P<ago>year-earlier |year-ago ))?"
        r"(?P<fiscal>fiscal[-\s])?)?" + _QORD + r"[-\s](?P<qunit>quarters?|half|halves)"
        r"(?: (?:of |in )?(?:fiscal |calendar )?(?:{year:year2})"
        r"| of (?P<ofyear>this|last|next|the) year(?![-\w])"
        r"| of fy ?(?P<fyq>(?:19|20)\d\d|'?\d\d)(?![\d-]))?",
        _build_quarter, "unit",
        ("the third quarter", "third-quarter", "the fourth quarter of 1998", "the 1988 second quarter",
         "this year's third quarter", "the first half", "fourth-quarter", "the fiscal first quarter",
         "next year's first quarter", "the year-earlier third quarter",
         "the second half of next year", "the first quarter of the year",
         "the first quarter of FY26", "the second half of FY2025"),
        ("a quarter of the vote",),
    ),
    _pattern(
        "the-quarter",
        r"(?:the (?:{year} )?|this |that |(?P<yw>last year's |this year's ))(?P<which>latest |current |same |"
        r"year-earlier |year-ago |year earlier |year ago |prior-year |comparable |corresponding "
        r"|last |previous |prior |next |coming |most recent |recent |just-ended |just-completed )?"
        r"(?P<qunit>quarter|period)(?! of(?! (?:19|20)\d\d)|-)"
        r"(?: (?P<trail>last year|a year (?:ago|earlier))"
        r"| (?:in|of) (?P<tyear>(?:19|20)\d\d)(?![\d-]))?",
        _build_the_period, "unit period",
        ("the quarter", "the latest quarter", "the year-earlier period", "the year-ago quarter",
         "the prior-year quarter", "the most recent quarter",
         "the just-ended quarter", "the latest period", "the corresponding period last year",
         "the quarter a year ago", "last year's quarter", "the 1988 quarter", "the 1989 period",
         "the same period in 2024"),
        ("the period of",),
    ),
    _pattern(
        "spoken-year",
        r"(?:the year )?{spokenyear}",
        _build_spoken_year, "spoken",
        ("nineteen ninety-six", "the year two thousand", "nineteen seventy-nine"),
        ("two thousand people", "nineteen"),
    ),
    _pattern(
        "the-year",
        r"the (?P<which>(?:full|current|latest|entire|whole|same|new) )?(?P<fiscal>fiscal )?"
        r"(?P<runit>year|week|month|day)(?:\s(?P<named>1\d{3}|2\d{3})(?![-\w])"
        r"|(?![-\w]|\s(?:before|earlier|after|ago|or|two|of\s[a-z])))",
        _build_the_year, "unit",
        ("the year", "the fiscal year", "the full year", "the current year", "the week",
         "the month", "the year 2025", "in [the new year]", "throughout [the day]"),
        ("the year before", "the year-earlier period", "the year of the dragon", "the weekend",
         "the new week", "the day"),
    ),
    _pattern(
        "in-the-unit",
        r"(?P<lat>earlier|later|early|late) in the (?P<runit>year|month|week|day)",
        _build_in_the_unit,
        "unit",
        ("earlier in the year", "later in the day"),
    ),
    _pattern(
        "edge-of-unit",
        r"(?P<edge>the end of|the beginning of|the start of|the middle of) "
        r"(?P<det>the|this|that|next|last) (?P<runit>year|month|week|quarter|decade|century)",
        _build_edge_of_unit, "unit",
        ("the end of the year", "the end of the month", "the beginning of next year"),
    ),
    _pattern(
        "century-edge",
        r"(?P<edge>mid)[-\s]century|century['\u2019]s end",
        _build_century_edge, "unit",
        ("by [mid-century]", "by [century's end]"),
        ("mid-century modern furniture", "a mid-century house"),
    ),
    _pattern(
        "mid-unit",
        r"mid-?(?P<munit>year|month|week)(?:\s{year})?",
        _build_mid_unit, "unit",
        ("by [midyear]", "should fade by [mid-year]", "prices eased [midweek]",
         "by around [midyear 2014]"),
        ("the mid-year review", "a midweek match", "the mid-month payroll",
         "With New Year's Day falling midweek"),
    ),
    _pattern(
        "year-end",
        r"(?:(?P<rel>last|this|next) )?year(?P<sep>-|\s|['\u2019]s\s)end(?:\s(?:of\s)?{year})?",
        _build_year_end, "unit",
        ("year-end", "year end", "last year-end", "year-end 1988", "by [year's end]"),
    ),
    _pattern(
        "month-end",
        r"(?:(?P<rel>last|this|next) )?month(?:-|['\u2019]s\s)end(?![-\w])",
        _build_month_end, "unit",
        ("by [month-end]", "by [this month-end]", "by [month's end]"),
        ("month-end closing",),
    ),
    _pattern(
        "relative-unit",
        r"(?:(?P<lat>early|late|earlier|later) )?(?P<det>the )?" + _REL
        + r" (?P<runit>week|month|year|quarter|weekend|decade|century|half|fortnight)(?!-)"
        r"(?P<vague> or (?:so|two))?(?!\w)",
        _build_relative_unit, "unit",
        ("last week", "next year", "this month", "the past year", "early next year",
         "earlier this year", "later this month", "the coming week", "this weekend",
         "late last week", "the following year", "the next year or so", "the next week or two",
         "the past fortnight"),
        ("the next half hour", "this half-hour"),
    ),
    _pattern(
        "unit-before-after",
        r"the (?P<runit>year|month|week|day) (?P<side>before|after)",
        _build_unit_before_after, "unit",
        ("fell to 80,000 in 2024 from 110,000 [the year before].",
         "peaked in 2023 and fell [the year after]."),
        ("the year before the war", "the week after Christmas"),
    ),
    _pattern(
        "part-before-after",
        r"the {part} (?P<side>before|after)",
        _build_part_before_after, "part",
        ("On Nov. 17 we came. The water had broken in [the night before], after 11 p.m.",
         "He resigned on Aug. 9. She left [the morning after]."),
        ("the night before the vote", "the morning after pill",
         "The morning after: five lessons from the midterms"),
    ),
    _pattern(
        "day-of-relative-month",
        r"the (?P<nth>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th) of (?P<rel>this|next|last) month",
        _build_day_of_relative_month, "unit",
        ("the 15th of this month", "the 3rd of next month"),
    ),
    _pattern(
        "day-of-month",
        r"(?:{weekday},? )?the (?P<nth>\d\d?(?:st|nd|rd|th))"
        r"(?: of (?:(?P<each>each|every)|the|this) month)?",
        _build_day_of_month, "ordinal weekday",
        ("due on [the 15th].", "from the 10th to [the 14th]", "held on [Wednesday the 2nd].",
         "Rent is due on [the 1st of every month].", "by [the 30th of the month]"),
        ("the 11th Circuit", "for the 3rd time", "in the 18th and 19th centuries",
         "He birdied the 18th.", "on the 2th."),
    ),
    _pattern(
        "before-last",
        r"the (?P<runit>week|weekend|month|year) before last",
        _build_before_last, "unit",
        ("the week before last", "the weekend before last", "the year before last"),
    ),
    _pattern(
        "the-weekend",
        r"(?:(?P<lat>early|late|earlier|later) )?the "
        r"(?:(?:long|holiday|(?:bank|long) holiday) )?weekend",
        _build_the_weekend,
        "unit",
        ("the weekend", "late the weekend", "over [the long weekend]",
         "[the holiday weekend] traffic", "during [the bank holiday weekend]"),
    ),
    _pattern(
        "that-unit",
        r"(?:(?P<lat>earlier|later|early|late) )?that (?:same )?(?P<runit>day|week|month|quarter"
        r"|year)",
        _build_that_unit, "unit",
        ("later that year", "earlier that day", "that same day", "that quarter"),
    ),
    _pattern(
        "that-part",
        r"(?:(?P<lat>earlier|later|early|late) )?that (?:same )?{part}",
        _build_that_part, "part",
        ("She died [that night].", "later that evening", "that same morning"),
    ),
    _pattern(
        "ordinal-day",
        # "the second day of an offensive", "his first day in office" (TimeBank leaves the
        # determiner out, as it does "the" of "[eighth day] of Desert Shield"); not "the first
        # day of March", a day of the calendar
        r"{ordinal} day",
        _build_ordinal_day, "unit",
        ("It's the [second day] of an offensive", "his [first day] in office"),
    ),
    _pattern(
        "next-day",
        r"the (?P<rel>next|following|previous|preceding|same) (?:(?P<runit>day)|{part})"
        r"(?P<vague> or (?:so|two))?(?!\w)",
        _build_next_day, "unit part",
        ("the next day", "the following morning", "the previous night", "the same day",
         "the next day or two"),
        ("the next day care center",),
    ),
    _pattern(
        "ago",
        r"(?:{approx} )?{number}(?: and (?P<half>a half))?(?: or so)? {unit}(?: or so)?"
        r"(?: (?:ago|back(?=\s?[.,;:)!?]|\s(?:when|and|but)\b)|(?P<hence>from (?:now|today)|hence))"
        r"|(?P<time>(?:'s?|\u2019s?) time))",
        _build_ago, "unit",
        ("two days ago", "a year ago", "11 days ago", "six weeks ago", "almost four years ago",
         "50 years ago", "a decade ago", "more than four decades ago", "ten days from now",
         "a year from today", "in [two weeks' time]", "in [a month's time]",
         "two and a half years ago", "Rs 5,200 crore [a year back].", "a week or so ago"),
        ("for two weeks' time off", "set the plan a year back to"),
    ),
    _pattern(
        "from-day",
        r"{number} (?P<unit>days?|weeks?) from (?:{weekday}|(?P<tomorrow>tomorrow)"
        r"|(?P<yesterday>yesterday)|(?P<tonight>tonight))",
        _build_from_day, "unit",
        ("a week from Monday", "two weeks from Friday", "a week from tomorrow",
         "three weeks from yesterday", "a week from tonight"),
    ),
    _pattern(
        "day-week",
        # British and Irish: "Tuesday week", "Monday fortnight", "a week on Monday", "a week
        # today": a week (two) after the coming day
        r"(?:{weekday} (?P<span>week|fortnight)|a (?P<span2>week|fortnight) "
        r"(?:on {weekday:weekday2}|(?P<today>today|tomorrow)))(?!\w)",
        _build_day_week, "weekday unit",
        ("on [Tuesday week]", "a week on Monday", "a fortnight today", "on [Friday fortnight]"),
        ("Fashion Week", "on Tuesday Week"),
    ),
    _pattern(
        "later",
        r"(?:{approx} )?(?:(?P<halfa>half) )?{number} {unit}(?P<orso> or (?:so|two))?"
        r" (?P<dir>later|earlier"
        r"|on(?=\s?[,.;]|\s(?:he|she|it|they|we|i)\b)|before(?=\s?[,.;)]|$))",
        _build_later, "unit",
        ("two days later", "a year earlier", "three weeks earlier", "[Ten years on], he was",
         "a week or so later",
         "half a century later", "down from 66 percent [four years before]."),
        ("spent two days on the island", "two days on, he", "two days before the vote"),
    ),
    _pattern(
        "year-to-date",
        r"year[- ]to[- ]date",
        _build_year_to_date, "unit",
        ("up 8% [year to date]", "[Year-to-date] sales", "for the [year to date]"),
    ),
    _pattern(
        "year-earlier",
        r"(?P<which>year-earlier|year-ago)",
        _build_year_earlier, "unit",
        ("year-earlier", "year-ago"),
    ),
    _pattern(
        "past-day",
        # casualty bulletins' "in the past day" (a day's length, as "the past 24 hours") and
        # "over the past night" (last night)
        r"the past (?P<pd>day|night)(?! of\b)",
        _build_past_day, "unit part",
        ("killed in [the past day]", "over [the past night]"),
        ("the past day of the trial",),
    ),
    _pattern(
        "season",
        r"(?:(?P<every>every|each) |(?P<edge>early|late|mid)[-\s])?"
        r"(?:" + _THE_COUNTED + r"(?P<rel>last|this|next|past|coming|following|ensuing|previous"
        r"|preceding|prior) "
        r"|(?P<det>the |in ))?"
        # (a fashion season names two: "spring/summer 2026", the first's)
        r"{season}(?:\s?[/-]\s?(?:spring|summer|autumn|fall|winter)(?= \d))?"
        r"(?: (?:of )?(?:{year}|{shortyear}|{spokenyear})"
        r"| of (?P<yearword>(?:last|next|this) year))?",
        _build_season, "season",
        ("last fall", "this summer", "spring 1998", "the summer of 1998", "late last winter",
         "next spring", "the winter of nineteen ninety-four", "every summer",
         "the following spring", "spring/summer 2026"),
        ("fall", "prices fall"),
    ),
    _pattern(
        "day-of-holiday",
        r"the day (?P<side>before|after) {holiday}(?: {year})?",
        _build_day_of_holiday, "unit holiday",
        ("the day after Christmas", "the day before Thanksgiving"),
    ),
    _pattern(
        "weekday-of-holiday",
        r"the {weekday} (?P<side>before|after) {holiday}(?: {year})?",
        _build_weekday_of_holiday, "weekday holiday",
        ("the Wednesday before Thanksgiving", "the Sunday after Thanksgiving",
         "the Friday before Christmas 2019"),
    ),
    _pattern(
        "holiday",
        r"(?:(?P<rel>last|this|next) |(?P<every>every|each) )?{holiday}(?:,? {year})?",
        _build_holiday, "holiday unit weekday",
        ("Thanksgiving", "Christmas Day", "last Thanksgiving", "Easter 1998", "New Year's Day",
         "Good Friday", "Labor Day", "Black Friday", "Cyber Monday", "St. Patrick's Day",
         "every Christmas"),
        ("the Christmas bonus will be paid",),
    ),
    _pattern(
        "ref",
        r"{reference}",
        _build_reference, "ref",
        ("now", "currently", "recently", "the future", "the past", "current",
         "the near future", "from [now] to Election Day", "will [soon] begin"),
        ("current account", "Now to politics.", "Turning now to Sacramento",
         "as soon as Tuesday", "soon after the launch", "He was soon released.",
         "the actor Park Hee Soon", "the future of Northern Ireland"),
    ),
    _pattern(
        "vague-ref",
        r"(?P<vref>recent (?:decades|years|months|weeks|days|hours|quarters)"
        r"|(?:the )?coming (?:decades|years|months|weeks|days|hours|quarters)"
        r"|the (?:decades|years|months|weeks|days|hours) ahead)",
        _build_vague_ref, "unit",
        ("recent years", "the coming months", "in [recent quarters]", "the weeks ahead"),
    ),
    _pattern(
        "frequency",
        r"{frequency}",
        _build_frequency, "freq",
        ("daily", "weekly", "hourly", "rallies held [monthly]."),
        ("average daily volume", "a quarterly dividend"),
    ),
    _pattern(
        "every",
        r"(?P<every>every|each|per) (?:(?P<other>other|second) |(?P<count>{number}) |single )?"
        r"{unit}",
        _build_every, "unit",
        ("every day", "each year", "every month", "each week", "every other week",
         "every single day"),
        ("has played every minute of the last 12 matches",),
    ),
    _pattern(
        "weekends",
        r"weekends",
        _build_weekends, "unit",
        ("closed on [weekends]", "open at [weekends]"),
        ("three weekends",),
    ),
    _pattern(
        "every-part",
        r"(?P<every>every|each) {part}",
        _build_every_part, "part",
        ("every morning", "each afternoon"),
    ),
    _pattern(
        "frequency-rate",
        r"(?:(?P<count>once|twice|thrice)|{number} times) (?:a|an|per|each) {unit}",
        _build_frequency_rate, "unit",
        ("twice a week", "once a year", "three times a day", "10 times per hour"),
    ),
    _pattern(
        "days-a-week",
        r"{number} (?:days|nights|mornings|afternoons|evenings) (?:a|per|each) "
        r"(?P<unit>week|month|year)",
        _build_days_a_week, "unit",
        ("three days a week", "four nights a week", "two mornings per week",
         "five days a month"),
        ("three days a year ago",),
    ),
    _pattern(
        "frequency-times",
        r"(?:(?P<count>once|twice|thrice)|{number} times) {frequency}",
        _build_frequency_times, "freq",
        ("twice weekly", "three times daily"),
    ),
    _pattern(
        "quarter-code",
        r"(?:{year} )?(?:q(?P<qn>[1-4])|(?P<qn2>[1-4])q|h(?P<hn>[12])|(?P<hn2>[12])h)"
        r"(?:\s?(?:fy|fiscal )\s?'?(?:{year:fyear}|(?P<fyy>\d\d))(?!\d)"
        r"|[-\s]?(?:{year:qyear}|'?(?P<qyy>\d\d))"
        r"|\s(?P<yearword>(?:next|last|this)\syear)(?!['\u2019-]))?",
        _build_quarter_code, "unit digit",
        ("Q3", "3Q", "Q3 2012", "2012 Q3", "3Q12", "Q4 '98", "H1 2020", "2019 H2", "1H20",
         "Q3 FY25", "Q4 fiscal 2023", "H1 FY27", "Q1 next year", "launch in [H2]"),
        ("Q7", "IQ test", "H1", "1h", "H3 2020", "an H1 visa"),
    ),
    _pattern(
        "per-unit",
        r"(?:a|an) (?P<unit>year|month|week|day|night|hour)",
        _build_per, "unit",
        ("$33 million [a year]", "three flights [a week]"),
        ("a year of war",),
    ),
    _pattern(
        # "half past two", "a quarter to six": the hour as written, its half of the day unsaid
        "quarter-hour",
        r"(?P<frac>(?:a )?quarter|half) (?P<dir>past|to|after) (?P<hourword>1[0-2]|[1-9]|one|two"
        r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?![\w:.,]\d)",
        _build_quarter_hour, "unit",
        ("half past two", "a quarter to six", "quarter past 9"),
        ("a quarter to six people",),
    ),
    _pattern(
        "another-unit",
        r"another (?P<unit>year|month|week|hour|minute|quarter|decade)(?![-\w'\u2019])",
        _build_another_unit, "unit",
        ("sent back for at least [another month]", "will stay [another year]"),
        ("another year's budget", "another week-long strike"),
    ),
    _pattern(
        "half-duration",
        r"(?:{approx} )?(?:{number} (?P<unit>years?|months?|hours?|days?|weeks?|minutes?|decades?"
        r"|century|centuries) and a half"
        r"|half (?:an?|the) (?P<unit2>year|month|hour|day|week|minute)"
        r"|(?P<frac2>a quarter|three[-\s]quarters) of an? (?P<unit3>century|decade|year|hour|minute)"
        r"|(?P<frac3>a quarter|a half)[-\s](?P<unit4>century))(?P<ago> ago)?",
        _build_half_duration, "unit",
        ("a minute and a half", "an hour and a half", "half an hour", "two years and a half",
         "a quarter of an hour", "three quarters of an hour", "a quarter century",
         "a quarter-century", "a quarter of a century", "a year and a half ago",
         "a quarter-century ago"),
        ("a quarter of the vote", "the third quarter of the year"),
    ),
    _pattern(
        "sports-season",
        r"(?P<rel>this|last|next|the (?:past|previous|last|next|coming|following))"
        r"(?: {number})? (?P<word>seasons?)",
        _build_sports_season, "season",
        ("averaged 30 points [last season] for the NBA champions",
         "has missed the playoffs in [the past four seasons]"),
        ("the NFL's holiday season", "this season's collection"),
    ),
    _pattern(
        "deep-time",
        # years in thousands, millions or billions, counted or not, and their "ago"
        r"(?:{approx} )?(?:(?P<amount>\d{1,3}(?:\.\d{1,2})?|an?|one|a few hundred|several hundred"
        r"|a few|several) (?P<scale>thousand|million|billion) years"
        r"|(?:(?:tens|hundreds) of )?(?:thousands|millions|billions)(?: of (?:thousands|millions))?"
        r" of {unit})(?P<ago> ago)?",
        _build_deep_time, "unit",
        ("[4.4 billion years]", "formed about [4.5 billion years ago]", "[billions of years]",
         "[hundreds of millions of years]", "for [thousands of years]",
         "[tens of thousands of years ago]", "stored safely for [a million years]"),
        ("the Earth is 4.5 billion years old", "a 4.5-billion-year-old rock"),
    ),
    _pattern(
        "duration",
        r"(?:(?!over\s(?!an?\s)){approx} (?!the\s))?(?:the (?:(?:past|last|next|first|coming|previous|following|final"
        r"|latest|remaining|initial) )?|(?:past|last|next|first|coming|another|over) )?"
        r"(?:{number}|(?P<num2>\d{1,6})-)(?:(?: and |-and-)(?P<half>a[ -]half))?"
        r" (?:(?:more|full|straight|consecutive|additional|long|short|previous|other"
        r"|trading|business|working|school) )?{unit}",
        _build_duration, "unit",
        ("three days", "a week", "20 years", "the past two months", "the first nine months",
         "nearly two years", "twenty-five years", "at least 72 hours", "5 1/2 hours",
         "several years", "a few days", "the nine months", "the next three quarters",
         "two more weeks", "a couple of years", "eight trading days", "five business days"),
        ("3533 people", "the 1990s", "a quarter of the vote", "three quarters of voters",
         "37 years old", "a second betrayal", "to last six weeks",
         "A second-degree murder conviction", "waited for a night like this"),
    ),
    _pattern(
        "adjective-duration",
        r"(?:{approx} )?{number}(?P<half>-and-a-half)?-{unit}(?:-long)?",
        _build_adjective_duration, "unit",
        ("20-hour", "two-year", "16-hour", "30-year", "five-hour", "two-day",
         "a [two-and-a-half-year] sentence"),
        ("6-year-old",),
    ),
    _pattern(
        "long",
        r"(?:{approx} )?(?P<lunit>day|week|month|year|hour|night|decades?|years|months|weeks"
        r"|days|hours|centuries|century)-?long",
        _build_long, "unit",
        ("daylong", "nearly daylong", "day-long", "decades-long", "yearlong", "weeklong"),
    ),
    _pattern(
        "vague-duration",
        r"(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _VAGUE_LEAD_WORDS)
        + r"|(?<![\w-])(?=[a-z]{4,9}\s(?:after|before|of)\s"
        r"(?!the\s(?:year|week|month|day)\b)(?!operation\b)[a-z])"
        r"|(?<![\w-])(?=" + _VAGUE_UNITS + _UNITS_JOINED + _VAGUE_UNITS + r"\b)"
        r"|(?<=\sor\s)|(?<=\snot\s)|(?<=even\s)|(?<=perhaps\s)|(?<=maybe\s)|(?<=possibly\s))"
        r"(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)",
        _build_vague_duration, "unit",
        ("for [years]", "took [months]", "for the first time in [years]",
         "prices are the highest in [decades]", "[hours] after he resigned",
         "ends [months] of speculation", "could last [days] or even weeks",
         "We have [hours], not days", "the recovery would take weeks, if not [months]",
         "has spent [months] writing the bill"),
        ("years", "the months of the year", "hours of operation"),
    ),
)


PATTERNS_BY_ID: dict[str, Pattern] = {pattern.id: pattern for pattern in PATTERNS}


def _literal_words(regex: str) -> set[str]:
    """The words written literally in a regex (without group names and tests, slots, escapes)."""
    bare = re.sub(r"\(\?P<\w+>|\(\?\(\w+\)|\{[a-z]+(?::\w+)?\}|\\.", " ", regex)
    return set(_TOKEN.findall(bare.lower()))


for _regex in (*SLOTS.values(), *(pattern.template for pattern in PATTERNS)):
    VOCABULARY.update(_literal_words(_regex))
START_WORDS: frozenset[str] = frozenset(VOCABULARY)
