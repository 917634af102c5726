"""Labels with nothing readable after them are skipped by a quick test that never changes what is found."""

from __future__ import annotations

import dataclasses
import sys
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timecheck.grammar.lexicon import ZONES
from timecheck.model import Stamp, StampKind
from timecheck.stamps import visible
from timecheck.stamps.parse import STAMP_MONTHS
from timecheck.stamps.visible import (
    _BREAK_OR_MONTH,
    _DIGIT_SEARCH,
    _DIGITS_OR_MONTH,
    _STAMP_REACH,
    _DigitScan,
    find_visible_stamps,
)


def without_cap(text: str) -> list[Stamp]:
    """What find_visible_stamps finds with no cap on readings without a moment (test_visible_cap.py)."""
    with mock.patch.object(visible, "_MAX_READINGS_WITHOUT_MOMENT", sys.maxsize):
        return list(find_visible_stamps(text, zones=ZONES))


def every_label_read(text: str) -> list[Stamp]:
    """What find_visible_stamps finds when it reads after every label, as it did before the quick test."""
    with mock.patch.object(visible, "_may_hold_stamp", lambda text, end, digit: True):
        return without_cap(text)


# Labels, separators and what may follow a label: dates, bare month names in several cases, digits
# of other scripts, words that start like a month, and blanks up to and past the reach of a label.
WORDS = st.sampled_from([
    "Published", "Updated", "Last updated", "Posted", "Stand", "Veröffentlicht am", ":", "|", "—", "•", "(",
    "May", "MAY", "march", "Marching", "Septembre", "septiembre", "Mai", "3", "15", "٣", "2019", "3 May 2019",
    "2011-09-15T04:12:00+05:30", "9.45pm", "on", "x", "Tuesday", "words", "\u00a0", "\u2009",
])
BLANKS = st.sampled_from([
    "", " ", "  ", "\n", "\t", "\r\n", "\n\n", " \n ", "\u2028", " " * (_STAMP_REACH - 1), " " * _STAMP_REACH,
    " " * (_STAMP_REACH + 1), "\u00a0" * (_STAMP_REACH - 2),
])
TEXTS = st.lists(st.tuples(WORDS, BLANKS).map("".join), max_size=40).map("".join)


@settings(max_examples=500)
@given(TEXTS)
@example("Published:" + " " * _STAMP_REACH + "\n3 May 2019\n")
@example("Published:" + " " * (_STAMP_REACH - 4) + "May\n")
@example("Published:" + "\u00a0" * (_STAMP_REACH - 3) + "3 May 2019\n")  # the label takes no no-break space
@example("Published: Updated: |" * 3 + "Posted: May | Updated:\n\u00a015 May 2019")
def test_the_quick_test_never_drops_a_stamp(text: str) -> None:
    assert without_cap(text) == every_label_read(text)


@pytest.mark.parametrize("name", sorted(STAMP_MONTHS))
def test_every_month_a_label_may_announce_passes_the_quick_test(name: str) -> None:
    # _looks_dated keeps "Published: May" (an unreadable stamp); the month trie must say yes to it.
    for written in {name, name.upper(), name.title(), name.capitalize()}:
        if _DIGITS_OR_MONTH.match(written):
            assert _BREAK_OR_MONTH.match(" " + written + " x"), written


def test_a_long_run_of_labels_finds_what_a_short_one_finds() -> None:
    tail = "Published: 3 May 2019 | Updated: May |Posted:\n4 May 2019\n"
    short = "Published: Updated: |" * 2 + tail
    long = "Published: Updated: |" * 20_000 + tail
    shift = len(long) - len(short)
    expected = [dataclasses.replace(stamp, span=(stamp.span[0] + shift, stamp.span[1] + shift))
                for stamp in find_visible_stamps(short, zones=ZONES) if stamp.span is not None]
    found = list(find_visible_stamps(long, zones=ZONES))
    assert found == expected
    assert [stamp.kind for stamp in found] == [StampKind.PUBLISHED, StampKind.UPDATED, StampKind.PUBLISHED]
    assert [found[0].raw, found[2].raw] == ["3 May 2019", "4 May 2019"]
    assert found[1].raw.startswith("May") and found[1].moment is None and found[1].problem


# Stretches of text with and without digits (of two scripts), some longer than one search.
PIECES = st.sampled_from(["x", "7", "٣", "\n", "x" * (_STAMP_REACH - 1), "x" * _DIGIT_SEARCH, "x" * (_DIGIT_SEARCH + 7)])


def scanned(text: str, ends: list[int]) -> None:
    """Check _DigitScan against the first digit at or after every one of ``ends``."""
    first = [sys.maxsize] * (len(text) + _STAMP_REACH + 1)
    for position in range(len(text) - 1, -1, -1):
        first[position] = position if text[position].isdecimal() else first[position + 1]
    scan = _DigitScan(text)
    for end in ends:
        found = scan.first_after(end)
        if first[end] < end + _STAMP_REACH:
            assert found == first[end], end
        else:
            assert found in (sys.maxsize, first[end]), end


@settings(max_examples=200)
@given(st.lists(PIECES, max_size=12).map("".join), st.data())
def test_the_digit_scan_finds_the_first_digit_within_reach(text: str, data: st.DataObject) -> None:
    scanned(text, list(range(len(text) + _STAMP_REACH)))
    step = data.draw(st.integers(1, 2 * _DIGIT_SEARCH))
    scanned(text, list(range(data.draw(st.integers(0, step)), len(text) + _STAMP_REACH, step)))
