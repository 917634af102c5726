"""Write a set of words as a trie-shaped regular expression.

A flat alternation (``january|june|july``) makes the engine try every word in turn at every
position; a trie (``j(?:anuary|u(?:ne|ly))``) tries one branch per letter. Every word list the
grammar matches goes through here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A space inside a phrase: one to three whitespace characters (bounded, so never quadratic).
SPACE = r"\s{1,3}"


def trie_regex(words: Iterable[str]) -> str:
    """Return a non-capturing regex matching exactly the given lower-case words or phrases.

    Inner spaces match one to three whitespace characters; inner hyphens match a hyphen, a
    space or nothing ("mid-afternoon", "mid afternoon", "midafternoon"). Longer words are
    preferred (the quantifiers are greedy).
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in set(words):
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _render(trie) + ")"


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = []
    ends_here = False
    for char in sorted(node):
        if char == "":
            ends_here = True
            continue
        if char == " ":
            head = SPACE
        elif char == "-":
            head = r"[-\s]?"
        else:
            head = re.escape(char)
        branches.append(head + _render(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if ends_here else body
