"""Every pattern's examples are found by it, its non-examples are not (proselint's
``test_check_examples``): the grammar's documentation cannot rot."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.strategies import grammar_soup
from timecheck.grammar import find_expressions
from timecheck.grammar.alternation import Alternation
from timecheck.grammar.mention import Mention
from timecheck.grammar.patterns import PATTERNS, PATTERNS_BY_ID, SLOTS, Pattern
from timecheck.grammar.tagger import (
    _DIGIT_TRIGGER,
    _KINDS,
    _TRIGGER_WORD,
    TRIGGERS,
    Tagged,
    _choose,
    _settle,
    scan,
)
from timecheck.grammar.values import is_valid
from timecheck.model import Moment, Precision, TimexType

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


def test_a_bare_time_needs_a_leader_in_the_template_itself() -> None:
    # "90.12:34" is a score or a ratio: the clock template fails there, so no builder runs
    clock = PATTERNS_BY_ID["clock"]
    assert [found.group(0) for found in clock.find("90.12:34 ")] == []
    assert [found.group(0) for found in clock.find("at 12:34 ")] == ["12:34"]
    assert [found.group(0) for found in clock.find("90. 12:34 p.m.")] == ["12:34 p.m."]
    # no expression starts inside a decimal number
    assert [found.group(0) for found in clock.find("90.12:34 p.m.")] == []


def test_a_slash_triggers_only_where_a_slash_date_can_start() -> None:
    assert [hit.start() for hit in _DIGIT_TRIGGER.finditer("9/14/2011 and 12/25/98")] == [0, 14]
    assert [hit.group() for hit in _DIGIT_TRIGGER.finditer("12/34/5678 9/11 24/7 1/2")] == []


# The trigger scan as one regex that finds each trigger from its own first character.
_WORD_TRIGGER_REFERENCE = re.compile(r"(?<!\w)" + _TRIGGER_WORD)


def test_no_trigger_holds_the_start_of_another_after_a_non_word_character() -> None:
    # the scan finds each trigger from the character before it and goes on right after that
    # character (tagger._WORD_TRIGGER): a trigger inside a trigger would be found there too
    for word in TRIGGERS:
        for index, char in enumerate(word):
            if not (char.isalnum() or char == "_"):
                assert _WORD_TRIGGER_REFERENCE.match(word[index + 1:] + " ") is None, word


@settings(max_examples=300)
@given(text=grammar_soup())
def test_the_trigger_scan_finds_what_one_regex_over_the_text_finds(text: str) -> None:
    triggers = scan(text)
    expected = [hit.span() for hit in _WORD_TRIGGER_REFERENCE.finditer(triggers.searched)]
    assert triggers.words == expected


def test_the_trigger_scan_finds_every_trigger_word_next_to_others() -> None:
    every_word = " ".join(TRIGGERS) + "-" + "'".join(TRIGGERS) + " ".join(TRIGGERS).title()
    for text in (every_word, every_word[1:], "6-year-old years-old valentine'spring"):
        found = scan(text)
        assert found.words == [hit.span() for hit in
                               _WORD_TRIGGER_REFERENCE.finditer(found.searched)]
    assert len(scan(every_word).words) > 2 * len(TRIGGERS)


def test_a_group_the_pattern_lacks_reads_as_empty() -> None:
    found = PATTERNS_BY_ID["month"].find("in May")[0]
    assert (found["month"], found["every"], found["no-such-group"]) == ("May", "", "")


_RULES = tuple(pattern.id for pattern in PATTERNS[:4])


@given(spans=st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8), st.sampled_from(_RULES)),
                      max_size=14))
def test_choosing_cluster_by_cluster_keeps_what_choosing_all_at_once_keeps(
        spans: list[tuple[int, int, str]]) -> None:
    mention = Mention(TimexType.DATE)
    candidates = [Tagged(start, start + length, rule, mention) for start, length, rule in spans]
    assert _choose(list(candidates)) == _settle(list(candidates))


@settings(max_examples=200)
@given(text=grammar_soup())
def test_the_branch_of_a_match_is_the_pattern_that_matched(text: str) -> None:
    lowered = text.lower()
    for kind in _KINDS.values():
        for start in range(len(lowered)):
            match = kind.lower.match(lowered, start)
            if match is not None:
                branch = kind.lower.branch(match)
                assert f"p{branch.index}" == match.lastgroup
                assert match.span(branch.groups[""]) == match.span(match.lastgroup)


def test_whole_and_split_alternations_tag_the_same() -> None:
    # a short run matches with one alternation per kind, a long one with one per first
    # character: the tagger's results must not depend on how much it has tagged before
    from timecheck.grammar import tagger

    texts = [
        "KABUL, Sept. 14, 2011 (Reuters) - The assault ended yesterday at 9:30 a.m. EST Tuesday.",
        "Net rose in the third quarter from a year earlier; fiscal 1989 sales may fall in May.",
        "In the 1990s and '98, for 3 days, twice a week, 12/25/98, 2011-09-14T04:12+05:30.",
        "İstanbul, 4 May 2018: the last week of the year-earlier period, since March.",
    ]
    kinds = [kind.lower for kind in tagger._KINDS.values()]
    saved = [(alternation.whole, dict(alternation.by_char)) for alternation in kinds]
    try:
        for alternation in kinds:
            alternation.whole = True
            alternation.by_char.clear()
        whole = [[(t.start, t.end, t.rule, t.mention) for t in tagger.tag(text)] for text in texts]
        for alternation in kinds:
            alternation.split_by_first_char()
        split = [[(t.start, t.end, t.rule, t.mention) for t in tagger.tag(text)] for text in texts]
    finally:
        for alternation, (was_whole, by_char) in zip(kinds, saved):
            alternation.whole = was_whole
            alternation.by_char.clear()
            alternation.by_char.update(by_char)
    assert whole == split
    assert sum(map(len, whole)) >= 15


def test_every_kind_reads_a_bounded_stretch_of_text() -> None:
    # the tagger remembers the starts that matched nothing by their surroundings only where a
    # match attempt reads a bounded stretch (Alternation.reach): an unbounded repeat in a
    # template ("\d+") would quietly turn that off for its kind
    for name, kind in _KINDS.items():
        assert kind.lower.reach() is not None, name


@settings(max_examples=200, deadline=None)  # the alternations compile on first use
@given(text=grammar_soup(), before_it=grammar_soup(), after_it=grammar_soup(), data=st.data())
def test_a_match_attempt_reads_nothing_outside_its_reach(text: str, before_it: str, after_it: str,
                                                         data: st.DataObject) -> None:
    # the same characters within reach of a start, anything else around them: the same result
    lowered = (text * 8).lower()
    for kind in _KINDS.values():
        reach = kind.lower.reach()
        assert reach is not None
        behind, ahead = reach
        if len(lowered) <= behind + ahead + 1:
            continue
        start = data.draw(st.integers(behind, len(lowered) - ahead - 2))
        window = lowered[start - behind:start + ahead]
        other = before_it.lower() + window + after_it.lower() + "  "
        moved = len(before_it) + behind
        first, second = kind.lower.match(lowered, start), kind.lower.match(other, moved)
        assert (first is None) == (second is None)
        if first is not None and second is not None:
            assert first.lastindex == second.lastindex
            assert first.end() - start == second.end() - moved


@settings(max_examples=100, deadline=None)  # up to sixty copies of a text, tagged twice
@given(unit=grammar_soup(), times=st.integers(2, 60))
def test_remembering_the_starts_that_matched_nothing_changes_no_result(unit: str,
                                                                       times: int) -> None:
    from timecheck.grammar import tagger

    text = unit * times
    saved = tagger._REMEMBER_FAILED_AFTER
    try:
        tagger._REMEMBER_FAILED_AFTER = 0
        remembering = tagger.tag(text)
        tagger._REMEMBER_FAILED_AFTER = len(text) + 1
        plain = tagger.tag(text)
    finally:
        tagger._REMEMBER_FAILED_AFTER = saved
    assert remembering == plain


_TWINS = {name: (Alternation(kind.lower.bodies, prefix=kind.lower.prefix, suffix=kind.lower.suffix,
                             flags=kind.lower.flags),
                 Alternation(kind.lower.bodies, prefix=kind.lower.prefix, suffix=kind.lower.suffix,
                             flags=kind.lower.flags))
          for name, kind in _KINDS.items()}
for _, _split in _TWINS.values():
    _split.split_by_first_char()


@settings(max_examples=100, deadline=None)  # the alternations compile on first use
@given(text=grammar_soup(), data=st.data())
def test_the_patterns_after_a_rejected_one_match_alike_before_and_after_the_split(
        text: str, data: st.DataObject) -> None:
    # before the split the later bodies are tried one by one, after it as one alternation
    lowered = text.lower()
    for whole, split in _TWINS.values():
        index = data.draw(st.integers(0, len(whole.bodies) - 1))
        for start in range(len(lowered)):
            one, other = whole.match_after(lowered, start, index), split.match_after(lowered, start, index)
            assert (one is None) == (other is None)
            if one is not None and other is not None:
                assert (one.span(), whole.branch(one).index) == (other.span(), split.branch(other).index)


@pytest.mark.parametrize("text", ["a '98 0 ACST ", "It began in 1990. A year of war "])
def test_what_follows_a_text_changes_nothing_in_it(text: str) -> None:
    # a match found walking back from a later trigger, which it does not reach, would be kept
    # or not by whether such a trigger follows: "0 ACST" (no trigger of its own) before "'98"
    from timecheck.grammar import tagger

    alone = [(tagged.start, tagged.end, tagged.rule) for tagged in tagger.tag(text)]
    followed = [(tagged.start, tagged.end, tagged.rule)
                for tagged in tagger.tag(text + " ;;; " + text) if tagged.start < len(text)]
    assert followed == alone
