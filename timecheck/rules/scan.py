"""Case-insensitive patterns, run where they are fastest: on the case-folded text.

Python's engine matches a case-insensitive pattern several times slower than a case-sensitive
one (each character is folded, and the fast scan for a pattern's first characters is lost).
A rule that looks for words in any case therefore writes its pattern in lower case and runs it
on ``fold_case(text)`` (:func:`timecheck.grammar.lexicon.fold_case`), whose offsets are the
text's own and which holds, for every letter a case-insensitive pattern would take for an ASCII
one ("S", "ſ"), that ASCII letter. Matches hold the folded text: read what the article says
through their spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from timecheck.grammar.lexicon import fold_case


class LowerScan:
    """A pattern written in lower case, found in any case."""

    def __init__(self, source: str) -> None:
        self.lower = re.compile(source)

    def finditer(self, text: str, folded: str | None = None) -> Iterator[re.Match[str]]:
        """Yield the matches in ``text`` (``folded`` is ``fold_case(text)``, if already made)."""
        return self.lower.finditer(fold_case(text) if folded is None else folded)


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
