"""Map character offsets in a document's text back to 1-based line and column of its source file."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import add


@dataclass(frozen=True, slots=True)
class TextMap:
    """Sorted anchors (text offset, source line, source column); offsets between anchors run on.

    Plain text has one anchor per line. A reader that strips markup adds an anchor wherever the
    text jumps in the source, so positions stay exact inside each run of copied characters.
    When ``exact`` is False (text decoded out of a JSON string, say) every offset maps to its
    anchor's position: the record's line, not a made-up column.

    ``lines`` and ``columns`` may be empty: anchor ``i`` is then line ``first_line + i``,
    column 1 (text copied verbatim line by line), so a text of a million short lines does not
    need two more million-entry tuples. For such a map (``for_text``) ``offsets`` is empty too
    and ``text`` holds the text: its line starts are found the first time a position is asked
    for, since most documents never need one (nothing to report) and a text of a million
    blank lines would otherwise pay for a million anchors up front.
    """

    offsets: tuple[int, ...]
    lines: tuple[int, ...] = ()
    columns: tuple[int, ...] = ()
    exact: bool = True
    first_line: int = 1
    text: str = field(default="", repr=False)
    # The line starts of ``text``, filled on first use (a cache: the map itself never changes).
    _line_starts: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    @classmethod
    def for_text(cls, text: str, *, first_line: int = 1) -> TextMap:
        """Build the map of text copied verbatim from a file, starting at line ``first_line``."""
        return cls((), first_line=first_line, text=text)

    @classmethod
    def single_line(cls, line: int) -> TextMap:
        """Map every offset to the start of one source line (text that is not a copy of the file)."""
        return cls((0,), (line,), (1,), exact=False)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the (line, column) of a text offset, both 1-based."""
        line, column, _, _ = self.span_position(offset, offset)
        return line, column

    def span_position(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Return (line, column, end line, end column) of ``text[start:end]``, all 1-based.

        The end column is one past the last character, which is what is mapped: the end stays
        inside the expression when markup follows it in the source (``<b>Tuesday</b>``). An empty
        span ends where it starts. Both ends are found with one search when they lie in one run
        of copied characters, as nearly every expression does: hostile text can hold one at
        every few characters, each of them reported.
        """
        offsets = self.offsets or self._line_starts or self._starts()
        index = bisect_right(offsets, start) - 1
        if index < 0:
            index = 0
        if self.lines:
            line, column = self.lines[index], self.columns[index]
        else:
            line, column = self.first_line + index, 1
        run_start = offsets[index]
        exact = self.exact
        first = column + start - run_start if exact and start > run_start else column
        last = end - 1
        if last <= start:
            return line, first, line, first + (last == start)
        if index + 1 < len(offsets) and offsets[index + 1] <= last:
            end_line, end_column, _, _ = self.span_position(last, last)
            return line, first, end_line, end_column + 1
        return line, first, line, (column + last - run_start if exact and last > run_start
                                   else column) + 1

    def span_positions(self, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int, int, int]]:
        """Yield :meth:`span_position` of each of ``spans``, in their order.

        For a rule that reports at every expression of a document (text made of dates holds one
        every few characters). In text copied line by line (a plain text file) the line found
        for one span is kept for the next, and searched for again only when a span starts on
        another line; any other map, and a span that is empty or reaches past its line, asks
        span_position.
        """
        offsets = self.offsets or self._line_starts or self._starts()
        if self.lines or not self.exact:
            for start, end in spans:
                yield self.span_position(start, end)
            return
        first_line = self.first_line
        index = 0
        line_start = offsets[0]
        next_start = offsets[1] if len(offsets) > 1 else None
        for start, end in spans:
            if start < line_start or next_start is not None and next_start <= start:
                index = max(bisect_right(offsets, start) - 1, 0)
                line_start = offsets[index]
                next_start = offsets[index + 1] if index + 1 < len(offsets) else None
            if start < line_start or end <= start or next_start is not None and next_start < end:
                yield self.span_position(start, end)  # empty, or before the first line, or across
                continue
            line = first_line + index
            yield line, 1 + start - line_start, line, 1 + end - line_start

    def _starts(self) -> list[int]:
        """Return the line starts of ``text``, finding them on the first call only."""
        if not self._line_starts:
            self._line_starts[:] = _line_starts(self.text)
        return self._line_starts


def _line_starts(text: str) -> list[int]:
    """Return the offset where each line of ``text`` starts (the first is 0)."""
    # Running sums of the lengths of the lines before, each with its newline: the loop runs in
    # C, which matters for text that is mostly line breaks.
    lengths = map(len, text.split("\n")[:-1])
    return list(accumulate(map(add, lengths, repeat(1)), initial=0))
