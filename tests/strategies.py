"""Hypothesis strategies shared by the property tests: anchors, dates written as news writes them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from timecheck.grammar import lexicon
from timecheck.model import Moment, Precision

_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
# AP style abbreviations, as news copy writes them ("Sept." in AP style, "Sep" elsewhere).
_MONTH_SHORT = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
                "Oct.", "Nov.", "Dec.")
_MONTH_BARE = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec")

offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda minutes: timezone(timedelta(minutes=minutes)))


@st.composite
def anchors(draw: st.DrawFn) -> Moment:
    """An aware publication instant between 1900 and 2099, at minute or day precision."""
    naive = draw(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2099, 12, 31)))
    tz = draw(offsets)
    precision = draw(st.sampled_from([Precision.DAY, Precision.MINUTE]))
    return Moment(naive.replace(second=0, microsecond=0, tzinfo=tz), precision,
                  draw(st.booleans()))


news_dates = st.dates(min_value=date(1000, 1, 1), max_value=date(2099, 12, 31))


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# Every full-date format the grammar supports, as (name, writer).
DATE_FORMATS: dict[str, Callable[[date], str]] = {
    "iso": lambda d: d.isoformat(),
    "month-day-year": lambda d: f"{_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    "ap-month-day-year": lambda d: f"{_MONTH_SHORT[d.month - 1]} {d.day}, {d.year}",
    "bare-month-day-year": lambda d: f"{_MONTH_BARE[d.month - 1]} {d.day} {d.year}",
    "day-month-year": lambda d: f"{d.day} {_MONTH_NAMES[d.month - 1]} {d.year}",
    "padded-day-month-year": lambda d: f"{d.day:02d} {_MONTH_NAMES[d.month - 1]} {d.year}",
    "ordinal-of-month-year": lambda d: f"{_ordinal(d.day)} of {_MONTH_NAMES[d.month - 1]} {d.year}",
    "weekday-month-day-year": lambda d: (
        f"{lexicon.WEEKDAY_NAMES[d.weekday()]}, {_MONTH_NAMES[d.month - 1]} {d.day}, {d.year}"),
    "us-slash": lambda d: f"{d.month}/{d.day}/{d.year}",
    "us-dash": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
    "year-first-slash": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "year-first-slash-bare": lambda d: f"{d.year}/{d.month}/{d.day}",
    "year-first-dot": lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    "day-first-dot": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "day-first-dot-bare": lambda d: f"{d.day}.{d.month}.{d.year}",
}

SENTENCES = (
    "The ceasefire began on {} and held for a while.",
    "{}: talks resumed in the capital.",
    "Officials said the vote, held {}, was fair.",
    "(Published {})",
    "He was born {} in a small village.",
)


@st.composite
def written_dates(draw: st.DrawFn) -> tuple[date, str, str]:
    """A date, its text in one supported format, and a sentence that contains that text."""
    day = draw(news_dates)
    name = draw(st.sampled_from(sorted(DATE_FORMATS)))
    writer = DATE_FORMATS[name]
    text = writer(day)
    sentence = draw(st.sampled_from(SENTENCES)).format(text)
    return day, text, sentence


# Pieces of news copy, temporal and not, to build texts that exercise the whole grammar.
_PIECES = (
    "yesterday", "last week", "three days ago", "in May", "Friday", "the third quarter",
    "a year earlier", "two days later", "at 10:35 a.m. EDT", "since 1998", "now", "daily",
    "the 1990s", "next year", "for years", "20-hour", "$45", "3533 people", "won 3-1",
    "may", "the Times", "Sept. 14, 2011", "2011-09-14", "tonight", "this morning", "12", "of",
    "and", ",", ".", "the", "said", "will", "\n\n", "mid-1996", "late November", "last fall",
    "9.30am", "2021/03/04", "H1 2020", "the 1990's", "ten days from now", "4 p.m. Eastern",
    "the day after tomorrow", "March 3-5", "Black Friday", "from Monday to Friday",
)

news_texts = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=30,
).map(" ".join)


def _soup_words() -> list[str]:
    from timecheck.grammar.patterns import PATTERNS, START_WORDS

    words = sorted(START_WORDS)
    for pattern in PATTERNS:
        for example in (*pattern.examples, *pattern.non_examples):
            words.append(example.replace("[", "").replace("]", ""))
    return words


_SOUP = _soup_words()
_SEPARATORS = (" ", " ", " ", ", ", "-", "\n", "", ". ", " of ", "'s ", " (", ") ", "/", ":")


@st.composite
def grammar_soup(draw: st.DrawFn) -> str:
    """Text made of the grammar's own words, examples and numbers, in any case and order.

    Random text rarely reaches a builder; this puts every pattern's pieces next to each other
    in combinations no example shows ("May 2011 fiscal '99 noon 20-hour Sunday Times").
    """
    pieces = draw(st.lists(st.one_of(
        st.sampled_from(_SOUP),
        st.integers(min_value=0, max_value=3000).map(str),
        st.sampled_from(("'98", "1/2", "12/31/99", "10:35", "a.m.", "p.m.", "EST", "IST", "0735")),
    ), min_size=1, max_size=12))
    out = []
    for piece in pieces:
        case = draw(st.sampled_from(("lower", "upper", "title", "as is")))
        out.append(piece.lower() if case == "lower" else piece.upper() if case == "upper"
                   else piece.title() if case == "title" else piece)
        out.append(draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)
