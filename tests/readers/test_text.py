"""The plain-text reader: stamps and line positions of text that is mostly blank lines."""

from __future__ import annotations

from timecheck import Settings
from timecheck.model import StampKind
from timecheck.readers.text import document_from_text
from timecheck.textmap import TextMap


def test_stamps_and_positions_after_many_blank_lines() -> None:
    text = "\n" * 200_000 + "Published: 15 September 2011\n" + " \n" * 100_000 + "It ended yesterday.\n"
    document = document_from_text(text, path="a.txt", doc_id="a", settings=Settings())
    (stamp,) = document.stamps
    assert stamp.kind is StampKind.PUBLISHED and stamp.span is not None
    assert document.textmap.position(stamp.span[0]) == (200_001, 12)
    assert document.textmap.position(text.index("It ended")) == (300_002, 1)


def test_a_text_map_finds_line_starts_when_first_asked() -> None:
    textmap = TextMap.for_text("ab\ncd\n\nef", first_line=5)
    assert textmap == TextMap.for_text("ab\ncd\n\nef", first_line=5)
    assert [textmap.position(i) for i in (0, 2, 3, 6, 7, 9)] == [(5, 1), (5, 3), (6, 1), (7, 1), (8, 1), (8, 3)]
    assert textmap.position(3) == (6, 1)  # asked again, from the stored line starts
    assert TextMap.for_text("").position(0) == (1, 1)
