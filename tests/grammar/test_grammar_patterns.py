"""Every pattern's examples are found by it, its non-examples are not (proselint's
``test_check_examples``): the grammar's documentation cannot rot."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest

from timecheck.grammar import find_expressions
from timecheck.grammar.patterns import PATTERNS, SLOTS, Pattern
from timecheck.grammar.tagger import TRIGGERS
from timecheck.grammar.values import is_valid
from timecheck.model import Moment, Precision

ANCHOR = Moment(datetime(1998, 8, 7, tzinfo=timezone.utc), Precision.DAY, False)

EXAMPLES = [(pattern.id, example) for pattern in PATTERNS for example in pattern.examples]
NON_EXAMPLES = [(pattern, text) for pattern in PATTERNS for text in pattern.non_examples]


def expected_span(example: str) -> tuple[str, int, int]:
    """Return the text and the span an example expects: the bracketed part, else all of it."""
    if "[" in example:
        start = example.index("[")
        end = example.index("]") - 1
        return example.replace("[", "", 1).replace("]", "", 1), start, end
    return example, 0, len(example)


def test_every_pattern_has_an_example() -> None:
    assert [pattern.id for pattern in PATTERNS if not pattern.examples] == []


def test_pattern_ids_are_unique_kebab_case() -> None:
    ids = [pattern.id for pattern in PATTERNS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", id_) for id_ in ids)


def test_every_trigger_kind_a_pattern_names_is_scanned_for() -> None:
    scanned = set().union(*TRIGGERS.values()) | {"digit"}
    named = set().union(*(pattern.triggers for pattern in PATTERNS))
    assert named <= scanned


@pytest.mark.parametrize(("pattern_id", "example"), EXAMPLES,
                         ids=[f"{pid}:{example}" for pid, example in EXAMPLES])
def test_example_is_found_whole_by_its_pattern(pattern_id: str, example: str) -> None:
    text, start, end = expected_span(example)
    found = find_expressions(text, anchor=ANCHOR)
    spans = [(e.start, e.end, e.rule) for e in found]
    assert any((e.start, e.end) == (start, end) and e.rule.split("+")[0] == pattern_id
               for e in found), spans
    assert all(is_valid(e.value) for e in found)


@pytest.mark.parametrize(("pattern", "text"), NON_EXAMPLES,
                         ids=[f"{pattern.id}:{text}" for pattern, text in NON_EXAMPLES])
def test_non_example_is_not_built_by_its_pattern(pattern: Pattern, text: str) -> None:
    built = [found.group(0) for found in pattern.find(text) if pattern.build(found) is not None]
    assert built == []


@pytest.mark.parametrize("pattern", PATTERNS, ids=[pattern.id for pattern in PATTERNS])
def test_no_pattern_matches_inside_long_runs_of_digits_or_spaces(pattern: Pattern) -> None:
    # A long number is not a date and blank space is nothing. Each run is 200,000 characters,
    # so a template with nested quantifiers would never finish here instead of failing.
    for text in ("7" * 200_000, " " * 200_000, "1 " * 100_000):
        assert [found.group(0) for found in pattern.find(text)
                if found.group(0).strip() and pattern.build(found) is not None] == []


def test_a_megabyte_of_digits_and_spaces_holds_no_expression() -> None:
    text = "1234567 89 0 " * 80_000  # about 1 MB of digits and spaces
    assert find_expressions(text, anchor=ANCHOR) == ()


def test_a_long_text_full_of_dates_is_read_in_full() -> None:
    # every expression is kept: choosing among candidates must not be quadratic
    text = "May 2011 and " * 20_000
    found = find_expressions(text, anchor=ANCHOR)
    assert len(found) == 20_000
    assert {expression.value for expression in found} == {"2011-05"}


def test_slot_words_are_lower_case() -> None:
    # templates and slots are matched against lower-cased text
    for slot, regex in SLOTS.items():
        literal = re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", regex)
        assert literal == literal.lower(), slot
