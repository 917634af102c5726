"""Map character offsets in a document's text back to 1-based line and column of its source file."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextMap:
    """Sorted anchors (text offset, source line, source column); offsets between anchors run on.

    Plain text has one anchor per line. A reader that strips markup adds an anchor wherever the
    text jumps in the source, so positions stay exact inside each run of copied characters.
    When ``exact`` is False (text decoded out of a JSON string, say) every offset maps to its
    anchor's position: the record's line, not a made-up column.
    """

    offsets: tuple[int, ...]
    lines: tuple[int, ...]
    columns: tuple[int, ...]
    exact: bool = True

    @classmethod
    def for_text(cls, text: str, *, first_line: int = 1) -> TextMap:
        """Build the map of text copied verbatim from a file, starting at line ``first_line``."""
        offsets = [0]
        position = text.find("\n")
        while position != -1:
            offsets.append(position + 1)
            position = text.find("\n", position + 1)
        lines = tuple(range(first_line, first_line + len(offsets)))
        return cls(tuple(offsets), lines, (1,) * len(offsets))

    @classmethod
    def single_line(cls, line: int) -> TextMap:
        """Map every offset to the start of one source line (text that is not a copy of the file)."""
        return cls((0,), (line,), (1,), exact=False)

    def position(self, offset: int) -> tuple[int, int]:
        """Return the (line, column) of a text offset, both 1-based."""
        index = max(bisect_right(self.offsets, offset) - 1, 0)
        if not self.exact:
            return self.lines[index], self.columns[index]
        return self.lines[index], self.columns[index] + max(offset - self.offsets[index], 0)
