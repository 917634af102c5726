"""Stamp patterns search only the blocks of non-blank lines, with the same matches as the whole text."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from timecheck.grammar.dateline import DATELINE
from timecheck.grammar.lexicon import ZONES
from timecheck.model import StampKind
from timecheck.stamps.visible import (
    _BLOCK_GAP,
    _BLOCK_LINES,
    _LABEL,
    _URL_LINE,
    _blocks,
    _matches,
    find_visible_stamps,
)

PATTERNS = pytest.mark.parametrize("pattern", [_LABEL, _URL_LINE, DATELINE], ids=["label", "url", "dateline"])

# Pieces of stamp lines between every kind of blank, so that labels, URL lines and datelines fall
# on both sides of short and long blank stretches (a label's inner spaces may cross a line break).
WORDS = st.sampled_from([
    "Published", "Last", "Updated", "last", "page", "updated", ":", "on", "|", "—", "(", "x", "Tuesday",
    "15 September 2011", "May 3, 2019", "KABUL, Sept. 14 (Reuters) -", "WASHINGTON, Sept. 14, 2011 (AP) _",
    "https://example.com/2019/05/03/story", "Source:",
])
BLANKS = st.sampled_from([
    "", " ", "\n", "\t", "\r\n", "\n\n", " \n ", "\u2028", "\n" * (_BLOCK_GAP - 2), "\n" * (_BLOCK_GAP + 3),
    " \n" * _BLOCK_GAP,
])
TEXTS = st.lists(st.tuples(WORDS, BLANKS).map("".join), max_size=30).map("".join)


def spans(matches: Iterable[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in matches]


@PATTERNS
@settings(max_examples=300)
@given(TEXTS)
@example("Last\n\nupdated: 3 May 2019\n" + "\n" * 100 + "page\nlast \n updated 4 May 2019 | Published\r\n")
def test_blocks_find_what_the_whole_text_finds(pattern: re.Pattern[str], text: str) -> None:
    assert spans(_matches(pattern, text, _blocks(text))) == spans(pattern.finditer(text))


@PATTERNS
def test_a_long_text_of_short_lines_is_one_search(pattern: re.Pattern[str]) -> None:
    text = "Last\nUpdated: 3 May 2019\n" * _BLOCK_LINES + "x\n" * _BLOCK_LINES
    assert _blocks(text) == [(0, len(text) - 1)]
    assert spans(_matches(pattern, text, _blocks(text))) == spans(pattern.finditer(text))


def test_blank_text_has_no_blocks() -> None:
    assert _blocks("\n" * 10_000) == []
    assert _blocks(" " * 10_000) == []
    assert _blocks(" \r\n\t\u2028" * 1_000) == []


def test_long_blank_stretches_split_blocks_at_line_starts() -> None:
    text = "  Published: 3 May 2019\n" + "\n" * 100 + "   KABUL, Sept. 14 (Reuters) - x\n"
    second = text.index("   KABUL")
    assert _blocks(text) == [(0, text.index("\n")), (second, len(text) - 1)]


def test_stamps_after_many_blank_lines_keep_their_spans() -> None:
    text = "\n" * 100_000 + "Last updated: 3 May 2019\n" + " \n" * 50_000 + "KABUL, Sept. 14 (Reuters) - Talks.\n"
    found = list(find_visible_stamps(text, zones=ZONES))
    assert [(stamp.kind, text[stamp.span[0]:stamp.span[1]]) for stamp in found if stamp.span] == [
        (StampKind.UPDATED, "3 May 2019"), (StampKind.DATELINE, "Sept. 14")]
