"""Map character offsets in a document's text back to 1-based line and column of its source file."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
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
    need two more million-entry tuples.
    """

    offsets: tuple[int, ...]
    lines: tuple[int, ...] = ()
    columns: tuple[int, ...] = ()
    exact: bool = True
    first_line: int = 1

    @classmethod
    def for_text(cls, text: str, *, first_line: int = 1) -> TextMap:
        """Build the map of text copied verbatim from a file, starting at line ``first_line``."""
        # Line starts as running sums of line lengths: the loop runs in C, which matters for
        # text that is mostly line breaks.
        # (line k starts after the first k lines and their k newlines).
        parts = text.split("\n")
        offsets = (0, *map(add, accumulate(map(len, parts[:-1])), range(1, len(parts))))
        return cls(offsets, first_line=first_line)

    @classmethod
    def single_line(cls, line: int) -> TextMap:
        """Map every offset to the start of one source line (text that is not a copy of the file)."""
        return cls((0,), (line,), (1,), exact=False)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the (line, column) of a text offset, both 1-based."""
        index = max(bisect_right(self.offsets, offset) - 1, 0)
        if self.lines:
            line, column = self.lines[index], self.columns[index]
        else:
            line, column = self.first_line + index, 1
        if not self.exact:
            return line, column
        return line, column + max(offset - self.offsets[index], 0)
