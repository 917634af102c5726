"""Case-insensitive patterns, run where they are fastest: on the lower-cased text.

Python's engine matches a case-insensitive pattern several times slower than a case-sensitive
one (each character is folded, and the fast scan for a pattern's first characters is lost).
A rule that looks for words in any case therefore writes its pattern in lower case and runs it
on ``text.lower()``, whose offsets are the text's own whenever lowering keeps the length (it
almost always does; "İ" is the exception, and such a text is searched case-insensitively).
Matches hold the lower-cased text: read what the article says through their spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LowerScan:
    """A pattern written in lower case, found in any case."""

    def __init__(self, source: str) -> None:
        self.lower = re.compile(source)
        self.any_case = re.compile(source, re.IGNORECASE)

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        """Yield the matches in ``text`` (``lowered`` is ``text.lower()``, if already made)."""
        lowered = text.lower() if lowered is None else lowered
        if len(lowered) == len(text):
            return self.lower.finditer(lowered)
        return self.any_case.finditer(text)
