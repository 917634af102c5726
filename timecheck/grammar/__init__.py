"""Find temporal expressions in text and normalize them to TIMEX3 values.

The one entry point is :func:`find_expressions`. It runs in two separate steps: the tagger
(:mod:`timecheck.grammar.tagger`) finds spans and what they say, the resolver
(:mod:`timecheck.grammar.resolver`) applies the anchor and the tense of the sentence
(:mod:`timecheck.grammar.tense`). Nothing here reads files, the clock or the environment.
"""

from __future__ import annotations

from collections.abc import Mapping

from timecheck.grammar import lexicon
from timecheck.grammar.mention import Relation
from timecheck.grammar.resolver import Period, resolve
from timecheck.grammar.tagger import tag
from timecheck.grammar.tense import tense_at
from timecheck.model import Moment, TimeExpression, TimexType

__all__ = ["find_expressions"]

# How far back (in characters) a mentioned date still serves as the reference for "two days
# later" or "the year-earlier period": roughly a few paragraphs of news copy.
_REFERENCE_REACH = 1500


def find_expressions(text: str, *, anchor: Moment | None,
                     zones: Mapping[str, str] | None = None) -> tuple[TimeExpression, ...]:
    """Return the temporal expressions in ``text``, sorted by start and not overlapping.

    Args:
        text: the text to search.
        anchor: the instant relative expressions count from (the publication date); None
            leaves them underspecified (``XXXX-XX-XX``) and without an interval.
        zones: zone abbreviations to IANA names or offsets; defaults to ``lexicon.ZONES``.
    """
    table = lexicon.ZONES if zones is None else {**lexicon.ZONES, **zones}
    found: list[TimeExpression] = []
    reference: Period | None = None
    reference_end = -1
    for tagged in tag(text):
        if reference is not None and tagged.start - reference_end > _REFERENCE_REACH:
            reference = None
        mention = tagged.mention
        tense = tense_at(text, tagged.start, tagged.end)
        result = resolve(mention, anchor=anchor, tense=tense, reference=reference, zones=table)
        used_anchor = result.used_anchor or mention.relation is not Relation.NONE
        found.append(TimeExpression(
            start=tagged.start,
            end=tagged.end,
            text=text[tagged.start:tagged.end],
            type=result.type,
            value=result.value,
            rule=tagged.rule,
            mod=result.mod,
            interval=result.interval,
            anchor=anchor.value if anchor is not None and used_anchor else None,
            alternatives=result.alternatives,
            quant=mention.quant,
            freq=mention.freq,
        ))
        if result.period is not None and result.type in (TimexType.DATE, TimexType.TIME):
            reference = result.period
            reference_end = tagged.end
    return tuple(found)
