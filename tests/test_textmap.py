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


def _span_by_position(textmap: TextMap, start: int, end: int) -> tuple[int, int, int, int]:
    """What span_position must give: each end located on its own (the last character, plus one)."""
    line, column = textmap.position(start)
    if end <= start:
        return line, column, line, column
    end_line, end_column = textmap.position(end - 1)
    return line, column, end_line, end_column + 1


@given(st.text(alphabet="ab\n", max_size=60), st.data())
def test_span_position_locates_both_ends_as_position_does(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    textmap = TextMap.for_text(text)
    assert textmap.span_position(start, end) == _span_by_position(textmap, start, end)


@given(st.lists(st.tuples(st.integers(1, 9), st.integers(1, 5), st.integers(1, 40)),
                min_size=1, max_size=6),
       st.booleans(), st.integers(0, 120), st.integers(0, 30))
def test_span_position_on_a_map_of_anchors(runs: list[tuple[int, int, int]], exact: bool,
                                           start: int, length: int) -> None:
    # anchors as a markup reader makes them: text offsets rising by the run lengths, each run at
    # its own source line and column; the first anchor may start after offset 0
    offsets, lines, columns = [], [], []
    offset = runs[0][0] - 1
    for number, (line_step, column, run) in enumerate(runs):
        offsets.append(offset)
        lines.append(number * 10 + line_step)
        columns.append(column)
        offset += run
    textmap = TextMap(tuple(offsets), tuple(lines), tuple(columns), exact=exact)
    assert textmap.span_position(start, start + length) \
        == _span_by_position(textmap, start, start + length)
    assert TextMap.single_line(7).span_position(start, start + length) \
        == _span_by_position(TextMap.single_line(7), start, start + length)


@given(st.text(alphabet="ab\n", max_size=60), st.integers(1, 3), st.data())
def test_span_positions_are_the_span_positions(text: str, first_line: int, data: st.DataObject) -> None:
    # in text order (stepped through) and in any order (searched again where a span goes back)
    span = st.integers(0, len(text)).flatmap(lambda start: st.tuples(st.just(start),
                                                                      st.integers(start, len(text))))
    spans = data.draw(st.lists(span, max_size=8))
    textmap = TextMap.for_text(text, first_line=first_line)
    for ordered in (sorted(spans), spans):
        assert list(textmap.span_positions(ordered)) == [textmap.span_position(*s) for s in ordered]
    anchored = TextMap((0, 3), (5, 9), (2, 1))
    assert list(anchored.span_positions(spans)) == [anchored.span_position(*s) for s in spans]
