"""Offsets map back to 1-based line and column."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timecheck.textmap import TextMap


def test_lines_and_columns() -> None:
    text = "ab\ncd\n\nef"
    textmap = TextMap.for_text(text)
    assert [textmap.position(i) for i in (0, 1, 2, 3, 5, 6, 7, 8)] == [
        (1, 1), (1, 2), (1, 3), (2, 1), (2, 3), (3, 1), (4, 1), (4, 2)]


def test_single_line_map_points_at_the_record() -> None:
    assert TextMap.single_line(7).position(123) == (7, 1)


@given(st.text(alphabet="ab\n", max_size=60), st.data())
def test_position_agrees_with_counting(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    assert TextMap.for_text(text).position(offset) == (line, column)
