"""Long runs of dates with nothing else between them: read each item with its neighbours only.

A calendar, a fixture list, an archive widget (or text built to slow a tagger down) can hold
thousands of dates in a row with only spaces, digits and punctuation between them: "May 1 June 2
July 3, ...", "Monday Tuesday ...". That is not prose. No verb gives an item a tense, and no story
runs through it for "two days later" to follow, so an item means what it says next to its
neighbours, and a long list says the same few things again and again.

In a run of at least :data:`MIN_RUN` trigger words (see :func:`timecheck.grammar.tagger.scan`)
apart by such gaps, every trigger but the first and last :data:`NEIGHBOURS` + 1 is read on its own
with its neighbourhood: the NEIGHBOURS triggers before it and after it and the gaps between them
(the grammar reads the text from the end of the trigger one further out on one side to the start
of the one further out on the other, so that each neighbour comes whole: "May 1 [June 2] July 3,"
needs the "2" of "June 2" to leave the "1" to "May"). What it found around the trigger in the
middle is kept, and remembered under that text, so the grammar runs once per distinct
neighbourhood, not once per item, and a page of dates costs a dictionary look-up and the output
per item. The run's first and last NEIGHBOURS + 1 triggers are left to the full grammar, so that
the run joins the prose around it as before.

On items that carry no tense of their own this gives what the full grammar gives, field for field
(the tests compare the two on random lists). Where an item does ("Monday yesterday Friday"), its
neighbours read it as they read each other; the full grammar would weigh every marker in 160
characters of a list, which in a list says nothing about any one item.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from timecheck.model import TimeExpression, slot_setters

# How many triggers in a row make a list. Prose never comes close: its dates are apart by words.
MIN_RUN = 64
# The longest gap (characters) between two triggers of one list: room for a day and a year
# ("May 1, 2011, ") or a count ("3 days 4 years").
MAX_GAP = 12
# How many readings one run keeps: a list of a few kinds of items needs a few hundred; random
# text needs no memory at all, and must not fill one.
MEMORY = 4096
# How many triggers on each side an item is read with: an expression holds up to three
# ("Monday, May 1, 2011"), and a neighbour cut short would compete for the item's words ("5 July"
# from "Sunday, May 5 July").
NEIGHBOURS = 3

_LETTER = re.compile(r"[^\W\d_]")

# Reads a short text on its own: find_expressions without lists (the caller's anchor and zones).
Reader = Callable[[str], tuple[TimeExpression, ...]]


@dataclass(frozen=True, slots=True)
class Lists:
    """What the lists of a text hold, and where they are.

    ``expressions`` are sorted by start and apart (where two neighbourhoods read an item
    differently, the longer reading stays). ``handled`` are the (start, end) ranges whose
    triggers the full grammar need not follow.
    """

    expressions: list[TimeExpression]
    handled: list[tuple[int, int]]


def runs(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return the (first, last) indices into ``spans`` of every list of triggers in ``text``.

    ``spans`` are the triggers' (start, end) in text order. Two triggers belong to one list when
    the gap between them is at most :data:`MAX_GAP` characters and holds no letter.
    """
    found: list[tuple[int, int]] = []
    if not spans:
        return found
    first = 0
    previous_end = spans[0][1]
    letter = _LETTER.search
    for index in range(1, len(spans)):
        start, end = spans[index]
        if start - previous_end > MAX_GAP or letter(text, previous_end, start) is not None:
            if index - first >= MIN_RUN:
                found.append((first, index - 1))
            first = index
        previous_end = end
    if len(spans) - first >= MIN_RUN:
        found.append((first, len(spans) - 1))
    return found


def read_lists(text: str, spans: list[tuple[int, int]], read: Reader) -> Lists:
    """Read every list in ``text`` (see the module's docstring).

    Args:
        text: the whole text.
        spans: the triggers' (start, end) in text order.
        read: the grammar without lists, for one item's neighbourhood.
    """
    expressions: list[TimeExpression] = []
    handled: list[tuple[int, int]] = []
    new = object.__new__
    for first, last in runs(text, spans):
        memory: dict[str, tuple[tuple[int, int, _Fields], ...]] = {}
        end_before = -1  # where the last item found ends
        items_from, items_to = first + NEIGHBOURS + 1, last - NEIGHBOURS
        # each item's trigger, the trigger one past its neighbours before it and the one past
        # them after it, side by side (the loop runs once per item of a list)
        for (hit_start, hit_end), (_, key_start), (key_end, _) in zip(
                spans[items_from:items_to], spans[first:items_to - NEIGHBOURS - 1],
                spans[items_from + NEIGHBOURS + 1:last + 1]):
            key = text[key_start:key_end]
            items = memory.get(key)
            if items is None:
                if len(memory) >= MEMORY:
                    memory.clear()
                items = memory[key] = _around(read(key), hit_start - key_start,
                                              hit_end - key_start)
            for offset, length, fields in items:
                start = hit_start + offset
                if start < end_before and not _longer(start, start + length, expressions):
                    continue  # found again from the next trigger ("May 1, 2011" holds two)
                end_before = start + length
                # the remembered expression at start:end_before (see _SETTERS)
                expression: TimeExpression = new(TimeExpression)
                _SET_START(expression, start)
                _SET_END(expression, end_before)
                for setter, value in fields:
                    setter(expression, value)
                expressions.append(expression)
        handled.append((spans[items_from][0], spans[items_to - 1][1]))
    return Lists(expressions, handled)


def _around(found: tuple[TimeExpression, ...], start: int,
            end: int) -> tuple[tuple[int, int, _Fields], ...]:
    """The expressions that hold the trigger at ``start:end``: where each starts from the
    trigger, its length, and its other fields (for the copies :func:`read_lists` makes)."""
    return tuple((expression.start - start, expression.end - expression.start,
                  [(setter, read(expression)) for setter, read in _OTHER_FIELDS])
                 for expression in found if expression.start <= start and expression.end >= end)


# A list repeats its items: each is the remembered reading at another place, made through the
# slots' setters (model.slot_setters), which halves the cost of the output, the main cost of a
# list; read_lists makes them in its loop (a function call per item costs a tenth more). Every
# field is copied (the list is read from the dataclass, so a new field is copied too); the tests
# compare the items, field for field, with what the full grammar makes.
_Fields = list[tuple[Callable[[TimeExpression, object], None], object]]
_SETTERS = slot_setters(TimeExpression)
_SET_START = _SETTERS["start"]
_SET_END = _SETTERS["end"]
_OTHER_FIELDS = [(setter, attrgetter(name)) for name, setter in _SETTERS.items()
                 if name not in ("start", "end")]


def _longer(start: int, end: int, expressions: list[TimeExpression]) -> bool:
    """Drop the expressions at the end of the list that ``start:end`` overlaps, if it is longer
    than each of them; say whether it was."""
    overlapped = 0
    for previous in reversed(expressions):
        if start >= previous.end:
            break
        if end - start <= previous.end - previous.start:
            return False
        overlapped += 1
    del expressions[len(expressions) - overlapped:]
    return True
