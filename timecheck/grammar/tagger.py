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

import re
from dataclasses import dataclass

from timecheck.grammar import lexicon
from timecheck.grammar.alternation import Alternation
from timecheck.grammar.mention import Mention
from timecheck.grammar.patterns import (
    AFTER,
    BEFORE,
    PATTERNS,
    START_WORDS,
    Found,
    Pattern,
    expand_template,
)
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
    for word in ("daylong", "yearlong", "weeklong", "monthlong", "hourlong", "nightlong"):
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
        add(word, "freq")
    for word in lexicon.SEASONS:
        add(word, "season")
    for phrase in (*lexicon.FIXED_HOLIDAYS, *lexicon.WEEKDAY_HOLIDAYS, *lexicon.EASTER_HOLIDAYS):
        word = phrase.split(" ")[0]
        # too common to scan for: these holidays are found through their other words
        if word not in ("new", "good", "may", "martin", "mother's", "father's", "palm", "ash",
                        "labor"):
            add(word, "holiday")
    for word in ("twenties", "thirties", "forties", "fifties", "sixties", "seventies",
                 "eighties", "nineties"):
        add(word, "decade")
    add("period", "period")
    for word in ("nineteen", "thousand"):
        add(word, "spoken")
    add("fiscal", "digit")
    add("fy", "digit")
    add("half", "unit")
    for number in "1234":
        add(f"q{number}", "unit")
        add(f"{number}q", "unit")
    add("halves", "unit")
    return {word: frozenset(kinds) for word, kinds in table.items()}


TRIGGERS: dict[str, frozenset[str]] = _trigger_table()


# Digits count as triggers only in shapes a date or a clock can take: four digits (years,
# ISO dates, "0735 GMT"), a number before ":", "/", "a.m."/"p.m." or "o'clock", a decade
# ("80s"), a year after an apostrophe ("'98"). Money, counts and scores ("$45", "3533 people",
# "3-1") never open the grammar, nor do digits after a slash: "9/14/2011" is found from its first
# number. The pattern starts with a bare digit so that the engine can skip to the next digit at
# C speed; the look-behind then checks what came before it.
_DIGIT_TRIGGER = re.compile(
    r"\d(?:(?<![\w$/]\d)(?:\d{3}(?!\d)|\d?(?=[:/]\d|\s?[ap]\.?\s?m\b|\so'clock)|0s\b"
    r"|(?<='\d)\d(?!\d)|(?<=[1-4])q\d\d\b)|(?<=\bfy\d)\d(?:\d\d)?\b)")


def _word_trigger_regex(flags: int) -> re.Pattern[str]:
    # Every trigger starts with a word character, so "not after a word character" is the word
    # boundary before it (the look-behind is cheaper for the engine than \b). "FY99" has no
    # word boundary between its letters and digits.
    return re.compile(r"(?<!\w)" + trie_regex(TRIGGERS) + r"\b", flags)


# Scanned on a lower-cased copy of the text (case-sensitive matching is several times faster);
# the case-insensitive twin is for the rare text whose length lower() changes ("İ").
_WORD_TRIGGER = _word_trigger_regex(0)
_WORD_TRIGGER_ANY_CASE = _word_trigger_regex(re.IGNORECASE)

# How far (characters) an expression may start before a trigger word of each kind: "more than
# two thousand years" starts 23 characters before "years". Measured on the TempEval-3 texts,
# plus a margin; every pattern's examples run through the tagger in the tests, so a reach too
# short fails there. Where a match ends needs no limit: no template has an unbounded quantifier.
REACH: dict[str, int] = {
    "digit": 16, "month": 18, "weekday": 14, "unit": 24, "relday": 16, "part": 14, "ref": 10,
    "freq": 2, "season": 12, "holiday": 8, "decade": 16, "period": 20, "spoken": 16,
}


@dataclass(frozen=True)
class _Kind:
    """One trigger kind: how far its expressions reach before the trigger, and its patterns.

    ``lower`` runs on lower-cased text (templates are written in lower case), ``any_case`` on
    text that lower() would change in length. Group ``p<i>`` of a match names the pattern.
    """

    index: int
    before: int
    lower: Alternation
    any_case: Alternation
    patterns: tuple[Pattern, ...]


def _kind(index: int, name: str) -> _Kind:
    patterns = tuple(pattern for pattern in PATTERNS if name in pattern.triggers)
    bodies = tuple(f"(?P<p{number}>{expand_template(pattern.template, f'p{number}_')})"
                   for number, pattern in enumerate(patterns))
    return _Kind(index, REACH[name],
                 Alternation(bodies, prefix=BEFORE, suffix=AFTER, flags=0),
                 Alternation(bodies, prefix=BEFORE, suffix=AFTER, flags=re.IGNORECASE),
                 patterns)


_KINDS: dict[str, _Kind] = {name: _kind(index, name) for index, name in enumerate(sorted(REACH))}
_KIND_SLOTS = len(_KINDS)
_TRIGGER_KINDS: dict[str, tuple[_Kind, ...]] = {
    word: tuple(_KINDS[kind] for kind in sorted(kinds)) for word, kinds in TRIGGERS.items()}
_DIGIT_KINDS: tuple[_Kind, ...] = (_KINDS["digit"],)
_PRIORITY: dict[str, int] = {pattern.id: index for index, pattern in enumerate(PATTERNS)}


def tag(text: str) -> list[Tagged]:
    """Return the expressions in ``text``: sorted by start, not overlapping.

    Every (start, kind) pair is tried at most once, whatever the density of trigger words, so
    text made of nothing but dates costs one match per word, not one per word and hit nearby.
    """
    lowered = text.lower()
    same_length = len(lowered) == len(text)
    searched = lowered if same_length else text
    word_regex = _WORD_TRIGGER if same_length else _WORD_TRIGGER_ANY_CASE
    candidates: list[Tagged] = []
    # "a 6-year-old boy" is an age: no pattern reads it, so the grammar is not opened there
    hits: list[tuple[int, tuple[_Kind, ...]]] = [
        (hit.start(), _TRIGGER_KINDS[hit.group().lower()])
        for hit in word_regex.finditer(searched)
        if searched[hit.end():hit.end() + 4] != "-old"]
    digit_hits = [(hit.start(), _DIGIT_KINDS) for hit in _DIGIT_TRIGGER.finditer(searched)]
    if digit_hits:
        hits += digit_hits
        hits.sort(key=_first)
    # For each kind, the last start tried. Hits come in text order; a walk back from a later
    # hit that reaches a start already tried can stop there: the earlier walk went on from that
    # start through the same words, with a reach that began further back.
    frontier = [-1] * _KIND_SLOTS
    starts = _START.finditer
    never_first = lexicon.NEVER_FIRST
    for hit_start, kinds in hits:
        for kind in kinds:
            tried = frontier[kind.index]
            if tried >= hit_start:
                continue
            first = hit_start - kind.before
            if first <= tried:
                first = tried + 1
            alternation = kind.lower if same_length else kind.any_case
            # A match found from this hit contains it (any other match has its own trigger and
            # is found from there), so every word between its start and the trigger belongs to
            # the grammar's vocabulary: walk back from the trigger, stop at the first that does
            # not ("the company said [Friday]" never tries "said" or "company").
            latest = -1
            for start_match in reversed(list(starts(searched, max(first, 0), hit_start + 1))):
                start = start_match.start()
                word = start_match.group("word")
                if word and start != hit_start and len(word) > 1:
                    if word in never_first:
                        continue
                    if word not in START_WORDS:
                        break
                if latest < 0:
                    latest = start
                # Templates have no unbounded quantifiers: a match from here ends within a
                # bounded distance, so the rest of the text is no limit to it.
                match = alternation.match(searched, start)
                if match is not None:
                    _accept(text, start, match, kind.patterns, alternation, candidates)
            if latest >= 0:
                frontier[kind.index] = latest
    chosen = _join(text, _choose(candidates, len(text)))
    return [_outer_modifier(text, tagged) for tagged in chosen]


def _first(hit: tuple[int, tuple[_Kind, ...]]) -> int:
    return hit[0]


# Where an expression can start: a word character (or the apostrophe of "'98") that does not
# continue a word, a number or an amount (the same condition as patterns.BEFORE).
_START = re.compile(r"(?<![\w$£€#@/])(?:(?P<word>[a-z]+)|[\w'])")


def _accept(text: str, start: int, match: re.Match[str], patterns: tuple[Pattern, ...],
            alternation: Alternation, out: list[Tagged]) -> None:
    """Keep what the builder of the pattern that matched at ``start`` makes of it.

    The alternation returns the first pattern (in priority order) that matches here. When its
    builder rejects the match ("May" as a modal), the alternation of the patterns after it is
    tried, and so on, so a rejection hides nothing and costs one more match, not one per pattern.
    """
    found: re.Match[str] | None = match
    while found is not None:
        name = found.lastgroup or "p0"
        index = int(name[1:])
        pattern = patterns[index]
        mention = pattern.build(Found(found, name + "_", text))
        if mention is not None:
            out.append(Tagged(found.start(), found.end(), pattern.id, mention))
            return
        found = alternation.match_after(found.string, start, index)


_OUTER = re.compile(r"\b(?P<word>" + "|".join(lexicon.OUTER_MODIFIERS) + r")\s{1,2}$",
                    re.IGNORECASE)


def _outer_modifier(text: str, tagged: Tagged) -> Tagged:
    """Give "about [10:35 a.m.]" its mod: TimeBank leaves the word outside the span."""
    if tagged.mention.mod:
        return tagged
    match = _OUTER.search(text, max(0, tagged.start - 12), tagged.start)
    if match is None:
        return tagged
    mod = lexicon.OUTER_MODIFIERS[match.group("word").lower()]
    if not mod:
        return tagged
    return Tagged(tagged.start, tagged.end, tagged.rule, tagged.mention.with_changes(mod=mod))


def _choose(candidates: list[Tagged], length: int) -> list[Tagged]:
    """Keep the longest candidates that do not overlap (ties: the earlier pattern).

    Taken characters are marked in a mask, so each candidate costs its own length: a long
    document full of dates stays linear.
    """
    candidates.sort(key=lambda tagged: (tagged.start - tagged.end, _PRIORITY[tagged.rule],
                                        tagged.start))
    taken = bytearray(length)
    chosen: list[Tagged] = []
    for tagged in candidates:
        if taken.find(1, tagged.start, tagged.end) != -1:
            continue
        taken[tagged.start:tagged.end] = b"\x01" * (tagged.end - tagged.start)
        chosen.append(tagged)
    chosen.sort(key=lambda tagged: tagged.start)
    return chosen


# What may separate two expressions that are one ("9 a.m. Tuesday", "Friday, Oct. 23").
_JOINER = re.compile(r"(?:,\s?|\s{1,2}|\s(?:on|of)\s)$")


def _join(text: str, chosen: list[Tagged]) -> list[Tagged]:
    out: list[Tagged] = []
    for tagged in chosen:
        if out:
            previous = out[-1]
            gap = text[previous.end:tagged.start]
            if _ON.fullmatch(gap) and _is_clock(previous.mention) and _is_day(tagged.mention):
                # TimeBank tags "9:30 a.m." and "March 18" apart, but the time is on that day
                out[-1] = Tagged(previous.start, previous.end, previous.rule,
                                 _date_clock(tagged.mention, previous.mention))
            if gap and len(gap) <= 4 and _JOINER.fullmatch(gap):
                joined = _combine(previous, tagged, gap)
                if joined is not None:
                    out[-1] = joined
                    continue
        out.append(tagged)
    return out


def _is_clock(mention: Mention) -> bool:
    return mention.hour is not None and not mention.has_date and mention.relation.value == "" \
        and not mention.value


def _is_day(mention: Mention) -> bool:
    """A whole day: a weekday, a date with a day, or yesterday/today/tomorrow."""
    if mention.value or mention.hour is not None or mention.part:
        return False
    if mention.day is not None or (mention.weekday is not None and mention.month is None):
        return True
    return mention.unit == "day" and mention.offset is not None and mention.granularity == ""


def _combine(first: Tagged, second: Tagged, gap: str) -> Tagged | None:
    """Join a clock time and a day written next to each other, in either order."""
    if gap.strip() in ("on", "of"):
        return None  # "9:30 a.m. on March 18" stays two expressions (see _date_clock)
    if _is_clock(first.mention) and _is_day(second.mention):
        clock, day = first.mention, second.mention
    elif _is_day(first.mention) and _is_clock(second.mention) and "," in gap:
        day, clock = first.mention, second.mention
    elif _is_day(first.mention) and _is_clock(second.mention) and second.mention.zone:
        day, clock = first.mention, second.mention
    else:
        return None
    return Tagged(first.start, second.end, f"{first.rule}+{second.rule}",
                  _date_clock(day, clock))


_ON = re.compile(r"\s{1,2}on\s{1,2}")


def _date_clock(day: Mention, clock: Mention) -> Mention:
    """The time of ``clock`` on the day of ``day``."""
    return day.with_changes(type=TimexType.TIME, hour=clock.hour, minute=clock.minute,
                            second=clock.second, zone=clock.zone)
