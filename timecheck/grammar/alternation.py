"""Try a prioritized list of patterns at one position, only those that can start there.

The tagger tries the patterns of a trigger kind as one alternation at each candidate start. The
regular expression engine tries the branches of an alternation one after another, so a start
like "days" would pay for every pattern of its kind, though only a few can begin with a "d".
:class:`Alternation` works out, from the parsed regular expressions, which characters each
pattern can begin with, and keeps one alternation per set of patterns a first character leaves
(compiled when first needed). Branch order, and so priority, stays that of the full list.
:func:`reach` bounds how much text around a start a match attempt reads, so that the tagger can
remember the surroundings of starts that matched nothing.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from typing import Any

try:  # Python 3.11 moved the parser of regular expressions under re
    from re import _constants as sre  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_constants as sre
    import sre_parse

# Characters the subsets are kept for. Any other character (a Unicode digit, a letter that
# lower-cases to several) gets the full alternation, so pruning never hides a match.
ALPHABET: frozenset[str] = frozenset(string.ascii_lowercase + string.digits + string.punctuation
                                     + " \t\n\r\f\v")

_CATEGORIES: dict[Any, str] = {
    sre.CATEGORY_DIGIT: string.digits,
    sre.CATEGORY_SPACE: " \t\n\r\f\v",
    sre.CATEGORY_WORD: string.ascii_letters + string.digits + "_",
    sre.CATEGORY_NOT_DIGIT: "".join(sorted(ALPHABET - set(string.digits))),
    sre.CATEGORY_NOT_SPACE: "".join(sorted(ALPHABET - set(" \t\n\r\f\v"))),
    sre.CATEGORY_NOT_WORD: "".join(sorted(ALPHABET - set(string.ascii_letters + string.digits
                                                          + "_"))),
}


# Opcodes that Python 3.11 added ("(?>...)", "a*+"); None before.
_ATOMIC_GROUP = getattr(sre, "ATOMIC_GROUP", None)
_REPEATS = tuple(op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT,
                               getattr(sre, "POSSESSIVE_REPEAT", None)) if op is not None)


def first_chars(source: str, flags: int = 0) -> frozenset[str]:
    """Return the characters of :data:`ALPHABET` a match of ``source`` can begin with.

    A pattern that can match the empty string can begin with anything.
    """
    chars, nullable = _first(sre_parse.parse(source, flags))
    if nullable:
        return ALPHABET
    if flags & re.IGNORECASE:
        chars = chars | {char.lower() for char in chars} | {char.upper() for char in chars}
    return frozenset(chars & ALPHABET)


def _first(items: Any) -> tuple[set[str], bool]:
    """First characters of a sequence of parsed items, and whether it can match nothing."""
    chars: set[str] = set()
    for op, arg in items:
        found, nullable = _first_of(op, arg)
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op: Any, arg: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {chr(arg)}, False
    if op is sre.IN:
        return _set_chars(arg), False
    if op is sre.BRANCH:
        chars: set[str] = set()
        nullable = False
        for alternative in arg[1]:
            found, empty = _first(alternative)
            chars |= found
            nullable = nullable or empty
        return chars, nullable
    if op is sre.SUBPATTERN:
        return _first(arg[-1])
    if op is _ATOMIC_GROUP:
        return _first(arg)
    if op in _REPEATS:
        low, _, body = arg
        found, empty = _first(body)
        return found, empty or low == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero width: the next item decides (a superset is safe)
    # NOT_LITERAL, ANY, back references, conditionals: anything
    return set(ALPHABET), False


def _set_chars(items: Any) -> set[str]:
    chars: set[str] = set()
    negate = False
    for op, arg in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            chars.add(chr(arg))
        elif op is sre.RANGE:
            low, high = arg
            chars.update(chr(code) for code in range(low, min(high, 127) + 1))
        elif op is sre.CATEGORY:
            chars.update(_CATEGORIES.get(arg, ALPHABET))
        else:
            return set(ALPHABET)
    if negate:
        return set(ALPHABET - chars)
    return chars


class Unbounded(ValueError):
    """A pattern can read arbitrarily far from where it is tried (see :func:`reach`)."""


def reach(source: str, flags: int = 0) -> tuple[int, int]:
    """Return how far a match attempt of ``source`` can read around the position it is tried at.

    A ``match(text, start)`` reads nothing outside ``text[start - before:start + after]`` for
    the returned (before, after), as long as that slice is inside the text and not at its end
    (``$`` and ``\\Z`` ask where the text ends): so two starts with the same slice around them
    match alike. Look-behinds count before, look-aheads after; one more character on each side
    is for the assertions that look at their neighbours ("\\b").

    Raises:
        Unbounded: a repeat without a maximum, or a back reference.
    """
    behind, _, ahead = _extent(sre_parse.parse(source, flags), 0)
    return behind + 1, ahead + 1


def _extent(items: Any, position: int) -> tuple[int, int, int]:
    """For items tried at most ``position`` characters after the start: the furthest they read
    before the start, the furthest position after them, and the furthest they read ahead."""
    behind = 0
    ahead = position
    for op, arg in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            position += 1
        elif op in (sre.BRANCH, sre.GROUPREF_EXISTS):
            alternatives = arg[1] if op is sre.BRANCH else [body for body in arg[1:] if body]
            # (a condition with two empty branches matches nothing either way)
            ends = [_extent(alternative, position) for alternative in alternatives] \
                or [(0, position, position)]
            behind = max(behind, *(end[0] for end in ends))
            ahead = max(ahead, *(end[2] for end in ends))
            position = max(end[1] for end in ends)
        elif op is sre.SUBPATTERN or op is _ATOMIC_GROUP:
            inner_behind, position, inner_ahead = _extent(arg[-1] if op is sre.SUBPATTERN else arg,
                                                          position)
            behind, ahead = max(behind, inner_behind), max(ahead, inner_ahead)
        elif op in _REPEATS:
            _, high, body = arg
            if high == sre.MAXREPEAT:
                raise Unbounded("a repeat without a maximum")
            inner_behind, width, inner_ahead = _extent(body, 0)
            # the last time round starts (high - 1) widths on and reads as far as one time does
            behind = max(behind, inner_behind)
            ahead = max(ahead, position + (high - 1) * width + inner_ahead)
            position += high * width
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, body = arg
            inner_behind, width, inner_ahead = _extent(body, 0)
            if direction > 0:  # a look-ahead reads on from here without moving
                ahead = max(ahead, position + inner_ahead)
                behind = max(behind, inner_behind)
            else:  # a look-behind reads its width back from here (from the start, at worst)
                behind = max(behind, width + inner_behind)
                ahead = max(ahead, position + inner_ahead - width)
        elif op is not sre.AT:  # AT (\b, ^, $) reads no further than its neighbours
            raise Unbounded(f"a {op}")
        ahead = max(ahead, position)
    return behind, position, ahead


@dataclass(frozen=True, slots=True)
class Branch:
    """Which body of an alternation matched, and where its groups are in the compiled regex.

    ``groups`` maps the names of the body's groups, without their ``p<i>_`` prefix, to group
    numbers; ``""`` is the body's own group ``p<i>``. Reading a group by number skips the name
    lookup (and, for a name the body lacks, the exception) that each read by name would pay.
    """

    index: int
    groups: dict[str, int]


class Alternation:
    """Prioritized pattern bodies, tried as alternations pruned by the first character.

    Body ``i`` must be a named group ``p<i>`` (the tagger's naming), its inner groups named
    ``p<i>_<name>``; a match's ``lastindex`` then says which pattern matched (see
    :meth:`branch`). ``prefix`` and ``suffix`` wrap every alternation.
    """

    def __init__(self, bodies: tuple[str, ...], *, prefix: str, suffix: str, flags: int,
                 split_after: int = 0) -> None:
        self.bodies = bodies
        self.prefix, self.suffix, self.flags = prefix, suffix, flags
        # For each character, the patterns that can begin with it (in priority order); worked
        # out on first use, since reading every body costs milliseconds at start-up and some
        # alternations (the case-insensitive twins) are rarely needed at all.
        self._subsets: dict[str, tuple[int, ...]] = {}
        self._everything = tuple(range(len(bodies)))
        # Whole until split_by_first_char(): one alternation of every body serves every start
        # (see that method), which count() calls once split_after uses have been counted.
        self.whole = True
        self._until_split = split_after
        self._reach: tuple[int, int] | None = None
        self._reach_known = False
        self._compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        # The alternation for each first character met so far (see regex_for).
        self.by_char: dict[str, re.Pattern[str] | None] = {}
        # For each compiled regex (by id: hashing a pattern hashes its whole code), the branch
        # of each body by the number of the body's group.
        self._branches: dict[int, dict[int, Branch]] = {}

    def _regex(self, subset: tuple[int, ...]) -> re.Pattern[str] | None:
        if subset in self._compiled:
            return self._compiled[subset]
        regex = None
        if subset:
            source = self.prefix + "(?:" + "|".join(self.bodies[index] for index in subset) \
                + ")" + self.suffix
            regex = re.compile(source, self.flags)
            self._branches[id(regex)] = _branches(regex)
        self._compiled[subset] = regex
        return regex

    def split_by_first_char(self) -> None:
        """From now on, match each start with the alternation of the bodies that can begin with
        its character, not with one of all bodies.

        The same body wins either way (bodies keep their order, and one that cannot begin with
        the character fails at once), so this changes speed, not results: the split
        alternations try fewer branches per start, but there are up to two dozen of them to
        compile, each about as long to compile as the whole one (milliseconds per thousand
        characters of bodies), and on news text they save a few percent of the tagger's time,
        so only many megabytes win that back. Text dense with one kind's triggers (a column of
        numbers) tries more starts per megabyte, and wins it back sooner.
        """
        if self.whole:
            self.whole = False
            self.by_char.clear()

    def reach(self) -> tuple[int, int] | None:
        """How far a match attempt of any of the alternations reads around its start (see
        :func:`reach`), or None when that has no bound; worked out on first use."""
        if not self._reach_known:
            self._reach_known = True
            source = self.prefix + "(?:" + "|".join(self.bodies) + ")" + self.suffix
            try:
                self._reach = reach(source, self.flags)
            except Unbounded:
                self._reach = None
        return self._reach

    def count(self, uses: int) -> None:
        """Count ``uses`` more uses (the tagger counts the trigger hits it matches from); split
        the alternation (see :meth:`split_by_first_char`) once ``split_after`` are counted."""
        if self.whole:
            self._until_split -= uses
            if self._until_split <= 0:
                self.split_by_first_char()

    def _subset(self, char: str) -> tuple[int, ...]:
        if self.whole:
            return self._everything
        if not self._subsets:
            firsts = [first_chars(body, self.flags) for body in self.bodies]
            self._subsets.update(
                (letter, tuple(index for index, chars in enumerate(firsts) if letter in chars))
                for letter in ALPHABET)
        return self._subsets.get(char.lower(), self._everything)

    def match(self, text: str, start: int) -> re.Match[str] | None:
        """Match the patterns at ``text[start]``, in priority order."""
        char = text[start:start + 1]
        try:
            regex = self.by_char[char]
        except KeyError:
            regex = self.regex_for(char)
        if regex is None:
            return None
        return regex.match(text, start)

    def regex_for(self, char: str) -> re.Pattern[str] | None:
        """Return the alternation to try at a start with ``char`` (None: no pattern can begin so).

        Also kept in :attr:`by_char`, which a caller trying many starts may read directly.
        """
        regex = self.by_char[char] = self._regex(self._subset(char))
        return regex

    def match_after(self, text: str, start: int, index: int) -> re.Match[str] | None:
        """Match the patterns after pattern ``index`` that can begin at ``start``.

        A builder seldom turns a match down, and each index it does so at would take an
        alternation of its own to compile, nearly as long as the whole one: until the split,
        the later bodies are tried one by one instead, each compiled once, on first use. After
        it, the bodies that can begin with the character are few.
        """
        if self.whole:
            for number in range(index + 1, len(self.bodies)):
                regex = self._regex((number,))
                match = regex.match(text, start) if regex is not None else None
                if match is not None:
                    return match
            return None
        later = tuple(number for number in self._subset(text[start:start + 1]) if number > index)
        regex = self._regex(later)
        return regex.match(text, start) if regex is not None else None

    def branch(self, match: re.Match[str]) -> Branch:
        """Return the body that ``match`` (from :meth:`match` or :meth:`match_after`) matched.

        The body's group ``p<i>`` encloses all its other groups, so it is the group that
        closed last: ``match.lastindex``.
        """
        return self._branches[id(match.re)][match.lastindex or 0]


def _branches(regex: re.Pattern[str]) -> dict[int, Branch]:
    """The branch of every body of a compiled alternation, by the number of its group."""
    whole: dict[int, int] = {}
    groups: dict[int, dict[str, int]] = {}
    for name, number in regex.groupindex.items():
        head, _, rest = name.partition("_")
        if not (head[:1] == "p" and head[1:].isdigit()):
            continue
        index = int(head[1:])
        groups.setdefault(index, {})[rest] = number
        if not rest:
            whole[index] = number
    return {number: Branch(index, groups[index]) for index, number in whole.items()}
