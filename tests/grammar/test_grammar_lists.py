"""Long date lists (timecheck.grammar.lists): read from a memory of neighbourhoods, the same result.

The list reading is an economy, not another grammar: on lists whose items carry no tense of their
own it must give what the full grammar gives, field for field. Where it may differ (an item next
to "yesterday" in a list takes no tense from it) is the module's documented choice, not tested
here as equal.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timecheck import to_moment
from timecheck.grammar import find_expressions, lists
from timecheck.grammar.tagger import scan
from timecheck.model import TimeExpression

ANCHOR = to_moment("2011-09-15T04:12+05:30")

# Items of every shape a list holds, none of them a tense marker ("yesterday", "next") and none
# that could be read two ways with a neighbour ("May 1 2011-03-04": the day's year or the ISO
# date's?); separators that keep items apart.
ITEMS = ["May 1", "June 2, 2010", "Monday", "Tuesday, Jan. 4", "3 days", "2 years", "Friday",
         "9/14/2011", "Oct. 3", "2011-03-04", "Sept. 14", "15 September 2011", "Sunday, May 5",
         "fall", "December 1998"]
SEPARATORS = ["; ", " / ", " - ", ". ", " | "]


def full_grammar(text: str) -> tuple[TimeExpression, ...]:
    """What find_expressions gives with no text counting as a list."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lists, "MIN_RUN", 10**9)
        return find_expressions(text, anchor=ANCHOR)


@pytest.mark.parametrize("unit", [
    "May 1 June 2 July 3, ",
    "May June July ",
    "3 days 4 years 5 hours ",
    "Monday Tuesday ",
    "Jan. 5, 2011; Feb. 6, 2010; ",
    "9/14/2011 2011-03-04 ",
    "15 September 2011, ",
    "Sunday, May 5; Monday, May 6, 2011; ",
])
def test_a_repeated_list_reads_as_the_full_grammar_does(unit: str) -> None:
    text = unit * 100
    assert lists.runs(text, scan(text).spans), "the text should count as a list"
    found = find_expressions(text, anchor=ANCHOR)
    assert len(found) >= 100
    assert list(found) == list(full_grammar(text))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(ITEMS), st.sampled_from(SEPARATORS)),
                min_size=lists.MIN_RUN, max_size=160))
def test_any_list_of_plain_items_reads_as_the_full_grammar_does(
        items: list[tuple[str, str]]) -> None:
    text = "".join(item + separator for item, separator in items)
    assert list(find_expressions(text, anchor=ANCHOR)) == list(full_grammar(text))


def test_a_list_with_more_neighbourhoods_than_its_memory_holds_is_read_whole() -> None:
    text = "".join(ITEMS[(index * 7) % len(ITEMS)] + SEPARATORS[index % len(SEPARATORS)]
                   for index in range(400))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(lists, "MEMORY", 4)
        found = find_expressions(text, anchor=ANCHOR)
    assert list(found) == list(full_grammar(text))


def test_prose_around_a_list_keeps_its_own_readings() -> None:
    before = "The talks began Monday. They will end Friday, officials said. Schedule: "
    after = " The board said it met Tuesday. It meets again next month."
    text = before + "May 1; June 2; " * 60 + after
    found = find_expressions(text, anchor=ANCHOR)
    prose = [(expression.start, expression.value) for expression in found
             if expression.end <= len(before) or expression.start >= len(text) - len(after)]
    assert prose == [(expression.start, expression.value) for expression in full_grammar(text)
                     if expression.end <= len(before)
                     or expression.start >= len(text) - len(after)]
    # "will end Friday" is ahead of the Thursday anchor; "met Tuesday" behind it
    assert [value for _, value in prose] == ["2011-09-12", "2011-09-16", "2011-09-13", "2011-10"]
    assert len(found) == len(prose) + 120


def test_a_list_needs_sixty_four_triggers_apart_by_short_gaps_without_letters() -> None:
    def runs(text: str) -> list[tuple[int, int]]:
        return lists.runs(text, scan(text).spans)

    assert runs("Monday " * 63) == []
    assert runs("Monday " * 64) == [(0, 63)]
    assert runs("Monday, 12 / " * 64) == [(0, 63)]
    assert runs("Monday and " * 100) == []  # a word between: prose
    assert runs(("Monday" + " " * (lists.MAX_GAP + 1)) * 100) == []
    # a word breaks one list into two
    assert runs("Monday " * 70 + "and " + "Friday " * 70) == [(0, 69), (70, 139)]
