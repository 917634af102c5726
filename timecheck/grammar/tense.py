"""A tiny tense detector: is the clause around an expression about the past or the future?

No part-of-speech tagger, no model download: the verb group nearest to the expression decides,
read from word lists (auxiliaries, modals, irregular past forms) and the ``-ed`` ending. News
copy is mostly past tense, so the default is the past; only clear future markers ("will",
"'ll", "is to", "plans to", "next") turn it to the future. This is what underspecified
expressions need: "in May" in a September article is last May unless the clause says "will".
"""

from __future__ import annotations

import re
from enum import Enum


class Tense(str, Enum):
    """The tense of a clause, as far as resolving dates needs it."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


_FUTURE_WORDS = frozenset({
    "will", "'ll", "shall", "wo", "won't", "gonna", "tomorrow", "next", "upcoming", "expected",
    "expects", "expect", "scheduled", "plans", "plan", "planned", "planning", "intends",
    "intend", "hopes", "hope", "aims", "until", "due", "coming", "later", "would", "could",
    "should", "might", "must", "can", "to", "starting", "begins", "begin", "opens", "open",
    "set", "deadline", "slated", "likely", "may", "upcoming", "proposed", "awaits", "await",
    "pending", "expire", "expires", "expiring", "deadline",
})
# Of the words above, those that mark the future on their own; the others only strengthen it.
_STRONG_FUTURE = frozenset({"will", "'ll", "shall", "wo", "won't", "gonna", "tomorrow",
                            "next", "scheduled", "slated", "upcoming", "until"})
_PRESENT_WORDS = frozenset({"is", "are", "am", "'s", "'re", "has", "have", "does", "do",
                            "says", "say", "remains", "remain"})
_PAST_WORDS = frozenset({
    "was", "were", "had", "did", "said", "ago", "yesterday", "last", "earlier", "former",
    "been", "went", "came", "took", "gave", "made", "met", "told", "began", "left", "fell",
    "rose", "won", "lost", "saw", "found", "got", "held", "led", "sent", "spent", "paid",
    "brought", "bought", "sold", "thought", "felt", "kept", "built", "became", "ran", "put",
    "set", "cut", "hit", "let", "quit", "spoke", "broke", "chose", "drove", "flew", "grew",
    "knew", "threw", "wrote", "fought", "caught", "taught", "sought", "struck", "stood",
    "understood", "heard", "meant", "read", "shot", "slid", "split", "spread", "swept", "wept",
    "hung", "sank", "sang", "swam", "rang", "forgot", "forgave", "froze", "stole", "woke",
    "arose", "bore", "wore", "tore", "swore", "shook", "overtook", "undertook", "withdrew",
    "drew", "blew", "slew", "fled", "bled", "fed", "dealt", "lit", "sat", "beat", "bid",
    "ended", "announced", "reported", "posted", "earned", "released", "closed", "opened",
    "previously", "recently", "killed", "died",
})
_NOT_PAST_ED = frozenset({
    "need", "needed", "speed", "red", "bed", "feed", "seed", "shed", "hundred", "united",
    "proceed", "exceed", "succeed", "indeed", "breed", "weed", "bred", "sled", "wed", "fled",
    "led", "shred", "ted", "ed", "ned", "fred", "alfred", "med", "naked", "wicked", "sacred",
    "kindred", "scheduled", "expected", "planned", "proposed", "supposed", "based", "related",
    "concerned", "interested", "armed", "detailed", "limited", "advanced", "continued",
    "allied", "used", "skilled", "qualified", "ed.", "combined", "unexpected", "unprecedented",
})

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|'ll|'s|'re")
# Clause boundaries: sentence ends, semicolons, quotation starts, paragraph breaks.
_BOUNDARY = re.compile(r"[.!?;:]\s|\n\s*\n|``|''|\"")
_WINDOW = 200


def tense_at(text: str, start: int, end: int) -> Tense:
    """Return the tense of the clause around ``text[start:end]``.

    The nearest verb marker wins, with distance counted in words; a strong future marker
    ("will", "next", "until") wins over a past marker that is not nearer.
    """
    left = text[max(0, start - _WINDOW):start]
    right = text[end:end + _WINDOW]
    cuts = list(_BOUNDARY.finditer(left))
    if cuts:
        left = left[cuts[-1].end():]
    cut = _BOUNDARY.search(right)
    if cut:
        right = right[:cut.start()]
    before = [word.lower() for word in _WORD.findall(left)]
    after = [word.lower() for word in _WORD.findall(right)]
    best: tuple[float, Tense] | None = None
    for distance, word in _walk(before, after):
        tense = _word_tense(word)
        if tense is None:
            continue
        weight = float(distance)
        if tense is Tense.FUTURE and word in _STRONG_FUTURE:
            weight -= 2.5
        if best is None or weight < best[0]:
            best = (weight, tense)
    return best[1] if best else Tense.PAST


def _walk(before: list[str], after: list[str]) -> list[tuple[int, str]]:
    """Pair each word with its distance from the expression (1 = adjacent)."""
    pairs = [(len(before) - index, word) for index, word in enumerate(before)]
    pairs += [(index + 1, word) for index, word in enumerate(after)]
    return pairs


def _word_tense(word: str) -> Tense | None:
    if word in _STRONG_FUTURE:
        return Tense.FUTURE
    if word in ("to",):
        return None
    if word in _FUTURE_WORDS:
        return Tense.FUTURE
    if word in _PAST_WORDS:
        return Tense.PAST
    if word in _PRESENT_WORDS:
        return Tense.PRESENT
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED:
        return Tense.PAST
    return None
