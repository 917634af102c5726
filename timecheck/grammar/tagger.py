"""Find the spans of temporal expressions: a cheap trigger scan, then the grammar near each hit.

One pass of a single trie-shaped regular expression finds every trigger word (month and
weekday names, units, "yesterday", digits, ...). Hits close together form a window; only the
patterns whose trigger kinds occur in a window are tried there. Candidates from all patterns
compete: longer spans win, then earlier patterns in :data:`patterns.PATTERNS`. Adjacent
compatible expressions are then joined ("9 a.m. Tuesday", "15 September 2011, 04:12 IST").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timecheck.grammar import lexicon
from timecheck.grammar.mention import Mention
from timecheck.grammar.patterns import PATTERNS, Pattern
from timecheck.model import TimexType

# How far from a trigger word an expression may reach (the longest templates, such as "the
# corresponding period last year" or "more than four decades ago", stay well inside this).
_REACH = 48


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
        add(phrase.split(" ")[-1], "ref")
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
    add("half", "unit")
    add("halves", "unit")
    return {word: frozenset(kinds) for word, kinds in table.items()}


TRIGGERS: dict[str, frozenset[str]] = _trigger_table()


def _trie_regex(words: list[str]) -> str:
    """Write a word list as a trie-shaped alternation, so the engine tests one branch per letter."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = []
        optional = False
        for char in sorted(node):
            if char == "":
                optional = True
                continue
            branches.append(re.escape(char) + render(node[char]))
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return render(trie)


# Digits need no right boundary ("1990s", "20-hour", "3rd"); words do ("Mayor" is not "May").
_TRIGGER_REGEX = re.compile(
    r"\b(?:\d|(?P<word>" + _trie_regex(sorted(TRIGGERS)) + r")\b)", re.IGNORECASE)

_PATTERNS_BY_TRIGGER: dict[str, tuple[Pattern, ...]] = {}
for _kind in set().union(*TRIGGERS.values()) | {"digit"}:
    _PATTERNS_BY_TRIGGER[_kind] = tuple(p for p in PATTERNS if _kind in p.triggers)
_DIGIT = frozenset({"digit"})
_PRIORITY: dict[str, int] = {pattern.id: index for index, pattern in enumerate(PATTERNS)}


def tag(text: str) -> list[Tagged]:
    """Return the expressions in ``text``: sorted by start, not overlapping."""
    candidates: list[Tagged] = []
    for start, end, kinds in _windows(text):
        seen: set[str] = set()
        for kind in kinds:
            for pattern in _PATTERNS_BY_TRIGGER.get(kind, ()):
                if pattern.id in seen:
                    continue
                seen.add(pattern.id)
                for match in pattern.regex.finditer(text, start, end):
                    if match.end() == match.start():
                        continue
                    mention = pattern.build(match)
                    if mention is not None:
                        candidates.append(Tagged(match.start(), match.end(), pattern.id, mention))
    chosen = _join(text, _choose(candidates))
    return [_outer_modifier(text, tagged) for tagged in chosen]


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


def _windows(text: str) -> list[tuple[int, int, set[str]]]:
    """Group trigger hits into windows: (start, end, trigger kinds found)."""
    windows: list[tuple[int, int, set[str]]] = []
    length = len(text)
    for hit in _TRIGGER_REGEX.finditer(text):
        word = hit.group("word")
        hit_kinds = TRIGGERS[word.lower()] if word else _DIGIT
        start = max(0, hit.start() - _REACH)
        end = min(length, hit.end() + _REACH)
        if windows and start <= windows[-1][1]:
            previous = windows[-1]
            previous[2].update(hit_kinds)
            windows[-1] = (previous[0], max(previous[1], end), previous[2])
        else:
            windows.append((start, end, set(hit_kinds)))
    # Windows must not cut a word: a cut "Sept|ember" would read as "Sept".
    adjusted = []
    for start, end, kinds in windows:
        while start > 0 and not text[start - 1].isspace() and hit_reach(start, end):
            start -= 1
        while end < length and not text[end].isspace() and hit_reach(start, end):
            end += 1
        adjusted.append((start, end, kinds))
    return adjusted


def hit_reach(start: int, end: int) -> bool:
    """Bound how far a window may grow to reach a word edge (text without spaces stays linear)."""
    return end - start < 4 * _REACH + 200


def _choose(candidates: list[Tagged]) -> list[Tagged]:
    """Keep the longest candidates that do not overlap (ties: the earlier pattern)."""
    candidates.sort(key=lambda tagged: (tagged.start - tagged.end, _PRIORITY[tagged.rule],
                                        tagged.start))
    taken: list[tuple[int, int]] = []
    chosen: list[Tagged] = []
    for tagged in candidates:
        if any(tagged.start < end and start < tagged.end for start, end in taken):
            continue
        taken.append((tagged.start, tagged.end))
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
        return None
    if _is_clock(first.mention) and _is_day(second.mention):
        clock, day = first.mention, second.mention
    elif _is_day(first.mention) and _is_clock(second.mention) and "," in gap:
        day, clock = first.mention, second.mention
    elif _is_day(first.mention) and _is_clock(second.mention) and second.mention.zone:
        day, clock = first.mention, second.mention
    else:
        return None
    mention = day.with_changes(type=TimexType.TIME, hour=clock.hour, minute=clock.minute,
                               second=clock.second, zone=clock.zone)
    return Tagged(first.start, second.end, f"{first.rule}+{second.rule}", mention)
