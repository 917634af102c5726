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
from collections.abc import Iterable, Iterator


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


def word_start_alternation(words: Iterable[str]) -> str:
    r"""Return a pattern for any of ``words`` (longest first) where a word starts: ``\b(?:...)``.

    A pattern that opens with ``\b`` is tried at every character, as the engine only skips
    ahead to a pattern's possible first characters when its first item is a character or a
    set of them. So the words are grouped by their first letter and the boundary is checked
    just after it, as a look-behind (``m(?<!\wm)``: no word character before the first letter).
    Only alternatives with different first letters change places, and those never match at the
    same position, so the pattern matches what ``\b(?:...)`` matches. Words must begin with a
    word character, for which ``\b`` before it means no word character before it.
    """
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        if not re.match(r"\w", word):
            raise ValueError(f"{word!r} does not begin with a word character")
        groups.setdefault(re.escape(word[0]), []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?<!\\w{first})(?:{'|'.join(rests)})" for first, rests in groups.items())
