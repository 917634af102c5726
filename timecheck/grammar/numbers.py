"""Read spelled-out and written numbers ("twenty-five", "5 1/2", "a couple of", "several")."""

from __future__ import annotations

from timecheck.grammar import lexicon

# Sentinel values the lexicon uses: -1 is "some unknown number" (TIMEX3 X), -2 is "a half".
VAGUE = -1
HALF = -2

_FRACTIONS: dict[str, float] = {"1/2": 0.5, "1/4": 0.25, "3/4": 0.75, "1/3": 1 / 3, "2/3": 2 / 3}
_UNIT_ENDS: dict[str, int] = {**lexicon.UNIT_NUMBERS, **{
    key: value for key, value in lexicon.NUMBER_WORDS.items() if 10 <= value < 20}}


def parse_number(text: str) -> float | None:
    """Return the number a phrase names, or None when it names a vague amount ("several").

    Raises:
        ValueError: the phrase is not a number this grammar knows.
    """
    words = " ".join(text.lower().replace("-", " ").split())
    if not words:
        raise ValueError("empty number")
    if words in lexicon.CARDINALS:
        amount = lexicon.CARDINALS[words]
        if amount == VAGUE:
            return None
        if amount == HALF:
            return 0.5
        return float(amount)
    parts = words.split(" ")
    total = 0.0
    index = 0
    # digits, maybe followed by a fraction: "5 1/2", "2.5", "1,000"
    if parts[0][0].isdigit():
        head = parts[0].replace(",", "")
        total = float(head) if head.replace(".", "", 1).isdigit() else _fraction(head)
        index = 1
        if index < len(parts) and parts[index] in _FRACTIONS:
            total += _FRACTIONS[parts[index]]
            index += 1
        if index != len(parts):
            raise ValueError(f"not a number: {text!r}")
        return total
    # words: "twenty five", "one hundred", "a hundred", "nineteen"
    current = 0
    for word in parts:
        if word in ("a", "an", "and") and current == 0 and word != "and":
            current = 1
        elif word == "and":
            continue
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif word in lexicon.TENS:
            current += lexicon.TENS[word]
        elif word in _UNIT_ENDS:
            current += _UNIT_ENDS[word]
        elif word == "zero":
            current += 0
        else:
            raise ValueError(f"not a number: {text!r}")
    return total + current


def _fraction(text: str) -> float:
    if text in _FRACTIONS:
        return _FRACTIONS[text]
    raise ValueError(f"not a number: {text!r}")
