"""Choose a document's publication date, update date and anchor from its stamps, and say why.

Every candidate is kept (``Document.stamps``); this module only weighs them. The rules, in order:

1. Asserted sources win outright: options, a record's own field, front matter. The archive or
   the author wrote them for this purpose; the earliest such publication stamp (the latest
   update stamp) is taken.
2. Otherwise every other source votes for a calendar day as written on the publisher's clock
   (the readers show UTC instants there, ``stamps.zones.express_in_zone``), so
   ``2018-05-03T21:48Z`` and ``04 May 2018, 03:18 IST`` vote for the same day. A witness (a
   source family: visible label, meta, JSON-LD, microdata, ``<time>``, URL...) votes once per
   day with its weight (``SOURCE_WEIGHT``, refined by ``_weight``): a printed byline and an
   article's JSON-LD weigh most, a generic ``<meta name="date">`` less, the URL path and
   unlabelled dates least. Stamps that do not say what they date (a ``<time>`` without hints,
   a date-classed element, the first dates printed in the text) vote too, lightly, so they
   decide only when nothing better speaks.
3. A selector that dates three or more different days is a list (teasers, a comment thread),
   not the page: it loses its votes, except its first item when no other date is printed
   before it. A witness that names two different days contradicts itself: its votes count half.
4. A page that prints an update date and no publication date is dated by it in its readers'
   eyes: the printed update votes for publication with ``SHOWN_UPDATE_WEIGHT``, more than one
   hidden field and less than two that agree. It never creates a publication date alone.
5. The day with the most weight wins; a tie goes to the earlier day for publication (a later
   one is usually a re-stamp) and to the later day for updates. Within the winning day the
   most precise stamp of the heaviest witness is reported, and the reason lists the witnesses
   and the days that lost.
6. Data a page embeds for its scripts (``"published_at"`` in a store's product JSON) dates the
   page only when none of the above does: it often dates something else on the page.

Nothing here keys on a site: weights are per kind of source. The dev pages
(``shared/data/pages/dev.jsonl``) tuned them; ``benchmarks/pages.py`` measures the result.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from timecheck.model import Choice, Moment, Precision, Stamp, StampKind, StampSource
from timecheck.stamps.parse import read_stamp

# Kept for callers that rank sources (rules list them in this order in messages).
SOURCE_RANK: dict[StampSource, int] = {
    StampSource.OPTION: 0,
    StampSource.RECORD: 1,
    StampSource.FRONT_MATTER: 2,
    StampSource.JSONLD: 3,
    StampSource.META: 4,
    StampSource.MICRODATA: 5,
    StampSource.TIME_ELEMENT: 6,
    StampSource.VISIBLE: 7,
    StampSource.URL: 8,
    StampSource.SCRIPT: 9,
}
ASSERTED: frozenset[StampSource] = frozenset({StampSource.OPTION, StampSource.RECORD, StampSource.FRONT_MATTER})

# How much one source's word on the day weighs (before ``_weight`` refines it by selector).
SOURCE_WEIGHT: dict[StampSource, float] = {
    StampSource.VISIBLE: 3.0,
    StampSource.JSONLD: 3.0,
    StampSource.META: 3.0,
    StampSource.MICRODATA: 2.5,
    StampSource.TIME_ELEMENT: 2.5,
    StampSource.URL: 1.5,
}
# <meta> names that say "a date" rather than "the publication date": they are often the
# page's last build or modification time.
GENERIC_META: frozenset[str] = frozenset({
    "date", "dc.date", "dcterms.date", "created", "creation_date", "datecreated", "date_created",
    "dc.created", "dcterms.created", "dc.date.created", "citation_date", "displaydate",
    "http-equiv", "dc.date.available",
})
# A selector dating this many different days is a list of other pages' dates.
LIST_DAYS = 3
# The weight of a printed update date in the publication vote of a page that prints no
# publication date: more than one hidden field, less than two that agree.
SHOWN_UPDATE_WEIGHT = 3.5


@dataclass(frozen=True, slots=True)
class _Vote:
    stamp: Stamp
    day: date
    weight: float
    family: str


def _readable(stamps: Iterable[Stamp], kind: StampKind) -> list[Stamp]:
    return [stamp for stamp in stamps if stamp.kind is kind and stamp.moment is not None]


def choose_published(stamps: tuple[Stamp, ...]) -> Choice:
    """Pick the publication stamp: asserted sources first, else the day most sources vote for."""
    candidates = _readable(stamps, StampKind.PUBLISHED)
    asserted = [s for s in candidates if s.source in ASSERTED]
    if asserted:
        best = min(asserted, key=lambda s: (SOURCE_RANK[s.source], _instant(s)))
        return Choice(best, _why_asserted(best, len(candidates), "earliest"))
    choice = _published_by_vote([s for s in candidates if s.source is not StampSource.SCRIPT], stamps)
    embedded = [s for s in candidates if s.source is StampSource.SCRIPT]
    if choice.stamp is None and embedded:
        # Data embedded for the page's scripts dates it only when nothing else does.
        return Choice(embedded[0], f"{_describe(embedded[0])}: no other source dates the page")
    return choice


def _published_by_vote(candidates: list[Stamp], stamps: tuple[Stamp, ...]) -> Choice:
    fallback = [s for s in stamps if s.kind is StampKind.OTHER and s.moment is not None and _counts_as_other(s)]
    if not candidates and not fallback:
        unreadable = [s for s in stamps if s.kind is StampKind.PUBLISHED]
        reason = "publication stamp unreadable" if unreadable else "no publication stamp"
        return Choice(None, reason)
    first_shown = min((s.span[0] for s in stamps if s.span is not None and s.moment is not None), default=-1)
    votes = _votes(candidates, first_shown=first_shown) + _votes(fallback, first_shown=first_shown)
    if not any(s.source is StampSource.VISIBLE for s in candidates):
        # A page that prints only an update date ("Stand: 28.04.2020", "Updated May 06, 2019")
        # is dated by it in its readers' eyes; that printed date outweighs one hidden field,
        # not two that agree.
        shown = [s for s in stamps if s.kind is StampKind.UPDATED and s.source is StampSource.VISIBLE
                 and s.moment is not None]
        votes += [_Vote(s, s.moment.value.date(), SHOWN_UPDATE_WEIGHT, "visible-update")
                  for s in shown[:1] if s.moment is not None]
    return _elect(votes, later_wins=False, what="publication")


def choose_updated(stamps: tuple[Stamp, ...]) -> Choice:
    """Pick the update stamp: asserted sources first, else the day most sources vote for."""
    candidates = _readable(stamps, StampKind.UPDATED)
    if not candidates:
        return Choice(None, "no update stamp")
    asserted = [s for s in candidates if s.source in ASSERTED]
    if asserted:
        rank = min(SOURCE_RANK[s.source] for s in asserted)
        best = max((s for s in asserted if SOURCE_RANK[s.source] == rank), key=_instant)
        return Choice(best, _why_asserted(best, len(candidates), "latest"))
    return _elect(_votes(candidates), later_wins=True, what="update")


def _counts_as_other(stamp: Stamp) -> bool:
    # Unlabelled candidates that may still date the page: a <time> or date-classed element in
    # the article, a microdata date of an untyped scope. Not: nested JSON-LD objects (comments,
    # live updates), month-only URLs, anything in boilerplate.
    if "boilerplate" in stamp.selector and stamp.source is not StampSource.TIME_ELEMENT:
        return False
    return stamp.source in (StampSource.TIME_ELEMENT, StampSource.VISIBLE, StampSource.MICRODATA)


def _family(stamp: Stamp) -> str:
    """Name the independent witness a stamp belongs to (one vote per witness and day)."""
    if stamp.source is StampSource.META:
        return "meta-generic" if _is_generic_meta(stamp) else "meta"
    if stamp.source is StampSource.VISIBLE:
        if stamp.selector.startswith("label"):
            return "visible-label"
        return "visible-text" if stamp.selector.startswith("text date") else "visible"
    return str(stamp.source.value)


def _is_generic_meta(stamp: Stamp) -> bool:
    selector = stamp.selector.lower()
    if selector.startswith("meta[http-equiv"):
        return True
    name = selector.split('="', 1)[-1].rstrip('"]')
    return name in GENERIC_META


def _weight(stamp: Stamp) -> float:
    weight = SOURCE_WEIGHT.get(stamp.source, 1.0)
    if stamp.kind is StampKind.OTHER:
        return _other_weight(stamp)
    if stamp.source is StampSource.META and _is_generic_meta(stamp):
        weight = 2.0
    elif stamp.source is StampSource.JSONLD:
        if "(read by pattern)" in stamp.selector:
            weight = 2.0
        elif "webpage" in stamp.selector.lower() or "datecreated" in stamp.selector.lower():
            weight = 2.0
    elif stamp.source is StampSource.VISIBLE and not stamp.selector.startswith("label"):
        # An element whose class names the publication date ("publishInfo", "entry-date").
        weight = 2.5
    return weight


def _other_weight(stamp: Stamp) -> float:
    # Stamps that do not say what they date. A <time> in the article is usually its date line;
    # a date-classed element a byline; the first date in the text often the dateline; later
    # text dates are the events the article reports.
    if stamp.source is StampSource.TIME_ELEMENT:
        if " in boilerplate" in stamp.selector:
            return 0.4
        return 1.5 if " in article" in stamp.selector else 0.75
    if stamp.selector.startswith("text date"):
        return 1.0 if stamp.selector == "text date 1" else 0.5
    return 1.25


def _votes(stamps: list[Stamp], *, first_shown: int = -1) -> list[_Vote]:
    days_by_selector: dict[tuple[StampSource, str], set[date]] = defaultdict(set)
    for stamp in stamps:
        assert stamp.moment is not None
        days_by_selector[(stamp.source, list_key(stamp))].add(stamp.moment.value.date())
    votes: list[_Vote] = []
    first_of_list: set[tuple[StampSource, str]] = set()
    for stamp in stamps:
        assert stamp.moment is not None
        key = (stamp.source, list_key(stamp))
        weight = _weight(stamp)
        if len(days_by_selector[key]) >= LIST_DAYS and not stamp.selector.startswith("label"):
            # A list: the page's own item can come first (the article above its teasers), and
            # keeps half a vote when no other date is printed before it; the others are other
            # pages' dates.
            if key in first_of_list or (stamp.span is not None and stamp.span[0] != first_shown):
                first_of_list.add(key)
                continue
            first_of_list.add(key)
            weight /= 2
        votes.append(_Vote(stamp, stamp.moment.value.date(), weight, _family(stamp)))
    return votes


def list_key(stamp: Stamp) -> str:
    """Return a stamp's selector without item indexes: the key its list shares."""
    # Items of one list share a selector up to their index ("jsonld[1] @graph[3] ...").
    selector = stamp.selector
    out = []
    depth = 0
    for char in selector:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif depth == 0 or not char.isdigit():
            out.append(char)
    return "".join(out)


def _elect(votes: list[_Vote], *, later_wins: bool, what: str) -> Choice:
    if not votes:
        return Choice(None, f"no {what} stamp outside lists of other pages' dates")
    days_of_family: dict[str, set[date]] = defaultdict(set)
    for vote in votes:
        if vote.weight >= 2.0:
            days_of_family[vote.family].add(vote.day)
    # A witness that names two different days contradicts itself: each of its votes counts half.
    votes = [replace(v, weight=v.weight / 2) if len(days_of_family[v.family]) > 1 else v for v in votes]
    by_day: dict[date, dict[str, _Vote]] = defaultdict(dict)
    for vote in votes:
        best = by_day[vote.day].get(vote.family)
        if best is None or vote.weight > best.weight:
            by_day[vote.day][vote.family] = vote
    scores = {day: sum(v.weight for v in families.values()) for day, families in by_day.items()}
    order = sorted(scores, key=lambda day: (-scores[day], -day.toordinal() if later_wins else day.toordinal()))
    winner = order[0]
    families = by_day[winner]
    best_vote = max(families.values(), key=lambda v: (v.weight, _precision_rank(v.stamp), -SOURCE_RANK[v.stamp.source]))
    stamp = _most_precise_same_day(best_vote.stamp, [v.stamp for v in votes if v.day == winner])
    return Choice(stamp, _why_vote(stamp, winner, families, scores, order))


def _precision_rank(stamp: Stamp) -> int:
    assert stamp.moment is not None
    return {Precision.DAY: 0, Precision.MINUTE: 1, Precision.SECOND: 2}[stamp.moment.precision] + (
        2 if stamp.moment.zone_stated else 0)


def _most_precise_same_day(best: Stamp, same_day: list[Stamp]) -> Stamp:
    # Report the winning day with its most exact instant (a zone-stated time beats a bare day),
    # from the heaviest source when it has one.
    if _precision_rank(best) >= 3:
        return best
    better = [s for s in same_day if _precision_rank(s) > _precision_rank(best) and s.source is not StampSource.URL]
    if not better:
        return best
    return max(better, key=lambda s: (_precision_rank(s), _weight(s)))


def _describe(stamp: Stamp) -> str:
    return stamp.source.value + (f" {stamp.selector}" if stamp.selector else "")


def _why_vote(stamp: Stamp, winner: date, families: dict[str, _Vote], scores: dict[date, float],
              order: list[date]) -> str:
    witnesses = ", ".join(sorted(families))
    reason = f"{_describe(stamp)}: {winner.isoformat()} has the most weight ({scores[winner]:g}: {witnesses})"
    others = [f"{day.isoformat()} ({scores[day]:g})" for day in order[1:4]]
    if others:
        reason += "; over " + ", ".join(others)
    return reason


def complete_datelines(stamps: tuple[Stamp, ...], published: Stamp | None) -> tuple[Stamp, ...]:
    """Give year-less datelines ("KABUL, Sept. 14 (Reuters) -") the year nearest the publication."""
    if published is None or published.moment is None:
        return stamps
    pub = published.moment.value
    out: list[Stamp] = []
    for stamp in stamps:
        if stamp.kind is StampKind.DATELINE and stamp.moment is None:
            readings = [read_stamp(stamp.raw, zones={}, year=year) for year in (pub.year - 1, pub.year, pub.year + 1)]
            moments = [r.moment for r in readings if r.moment is not None]
            if moments:
                nearest = min(moments, key=lambda m: abs((m.value.date() - pub.date()).days))
                stamp = replace(stamp, moment=nearest, problem="")
        out.append(stamp)
    return tuple(out)


def choose_anchor(published: Choice, stamps: tuple[Stamp, ...], fallback: Moment | None) -> tuple[Moment | None, str]:
    """Return the instant relative expressions are resolved against, and why it was chosen.

    The publication stamp first; failing that a dated dateline; failing that ``fallback``
    (``--anchor``). An update stamp is never the anchor: a CMS migration rewrites it.
    """
    if published.stamp is not None and published.stamp.moment is not None:
        return published.stamp.moment, f"publication stamp ({published.reason})"
    datelines = [s for s in stamps if s.kind is StampKind.DATELINE and s.moment is not None]
    if datelines:
        return datelines[0].moment, f"dateline {datelines[0].raw!r}"
    if fallback is not None:
        return fallback, "--anchor"
    return None, "no publication stamp, dateline or --anchor"


def _instant(stamp: Stamp) -> tuple[object, ...]:
    assert stamp.moment is not None
    # Day-precision stamps compare by calendar day so a zone-less date never outranks the same day.
    if stamp.moment.precision is Precision.DAY:
        return (stamp.moment.value.date(), 0)
    return (stamp.moment.value.date(), stamp.moment.value.timestamp())


def _why_asserted(stamp: Stamp, count: int, order: str) -> str:
    where = _describe(stamp)
    if count == 1:
        return f"only candidate: {where}"
    return f"{where}: asserted source, {order} of {count} candidates"
