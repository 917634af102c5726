"""The rules' fast scans find what the plain case-insensitive patterns find."""

from __future__ import annotations

import re
from calendar import monthrange

from hypothesis import given
from hypothesis import strategies as st

from timecheck.grammar.lexicon import MONTHS, fold_case
from timecheck.rules import tc202_impossible_date, tc205_elapsed_time_mismatch, tc206_ambiguous_numeric_date
from timecheck.rules.scan import LowerScan, word_start_alternation
from timecheck.rules.tc202_impossible_date import _MONTH_NAMES, ImpossibleDate

_WORDS = ("five", "5", "Twenty", "12", "years", "Year", "YEARS", "ago", "Ago", "after", "later",
          "earlier", "agony", "-", "2001", "31", "31st", "of", "Feb", "February", "April", "May",
          "may", "x", "_3", "\n", "\t", "İ", "é")
_TEXT = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(("", " ", "  ", "\t"))),
                 max_size=14).map(lambda parts: "".join(word + gap for word, gap in parts))


def _spans(matches: object) -> list[tuple[int, int]]:
    return [match.span() for match in matches]  # type: ignore[attr-defined]


@given(text=_TEXT)
def test_a_lower_case_scan_finds_what_ignorecase_finds(text: str) -> None:
    for scan in (*tc202_impossible_date._NAMED, tc205_elapsed_time_mismatch._ANNIVERSARY):
        plain = re.compile(scan.lower.pattern, re.IGNORECASE)
        assert _spans(scan.finditer(text)) == _spans(plain.finditer(text))


@given(text=_TEXT)
def test_years_phrases_found_around_year_are_all_of_them(text: str) -> None:
    module = tc205_elapsed_time_mismatch
    for scan in (module._AGO, module._AFTER):
        plain = re.compile(scan.lower.pattern, re.IGNORECASE)
        assert _spans(module._around_years(scan, text, fold_case(text))) == _spans(plain.finditer(text))


@given(st.text(alphabet=st.sampled_from("İıſ\u212aSsKkMmAaYy -"), max_size=24))
def test_a_folded_scan_finds_what_ignorecase_finds_in_any_letters(text: str) -> None:
    # "İ" makes lower() longer; "ſ" and the Kelvin sign are "s" and "k" to IGNORECASE
    for word in ("may", "sky", "yes", "kiss"):
        plain = re.compile(r"\b" + word + r"\b", re.IGNORECASE)
        assert _spans(LowerScan(r"\b" + word + r"\b").finditer(text)) == _spans(plain.finditer(text))


# The shapes as first written, plainly: the rules' faster scans must find exactly what these find.
_PLAIN_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_PLAIN_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_PLAIN_YEAR = r"(?:,?[ \t]+(?P<year>\d{4})\b)?"
_PLAIN_NAMED = (
    LowerScan(r"\b" + _PLAIN_MONTH + r"\.?[ \t]+" + _PLAIN_DAY + r"\b" + _PLAIN_YEAR),
    LowerScan(r"(?P<day>\d(?<!\w\d)\d?)(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _PLAIN_MONTH + r"\b\.?" + _PLAIN_YEAR),
)
_PLAIN_ISO = re.compile(r"(?P<year>[12](?<!\w[12])\d{3})-(?P<month>\d{2})-(?P<day>\d{2})\b(?!-)")
_PLAIN_SLASHED = re.compile(r"(?P<a>\d(?<![\d/]\d)\d?)/(?P<b>\d{1,2})/(?P<year>\d{4})\b(?!/)")
_PLAIN_NUMERIC = re.compile(r"(?P<a>\d(?<![\d/.-]\d)\d?)(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
                            r"(?P<year>\d{4}|\d{2})(?![\d/-]|\.\d)")


def _plain_impossible(text: str) -> list[tuple[tuple[int, int], str]]:
    """TC202's findings as first written: every shape matched, then judged."""
    found: list[tuple[tuple[int, int], str]] = []
    seen: set[int] = set()
    folded = fold_case(text)
    for pattern in _PLAIN_NAMED:
        for match in pattern.finditer(text, folded):
            word = text[match.start("month"):match.end("month")]
            if fold_case(word) == "may" and not word[0].isupper():
                continue
            month = MONTHS[fold_case(word)]
            day = int(match.group("day"))
            year = int(match.group("year")) if match.group("year") else None
            days = monthrange(year if year is not None else 2000, month)[1]
            if day < 1 or day > 31 or day <= days or match.start() in seen:
                continue
            seen.add(match.start())
            in_year = f" in {year}" if year is not None else ""
            found.append((match.span(), f"{text[match.start():match.end()]!r} is not a date: "
                                        f"{_MONTH_NAMES[month - 1]} has {days} days{in_year}"))
    for match in _PLAIN_ISO.finditer(text):
        year, month, day = (int(match.group(k)) for k in ("year", "month", "day"))
        if not 1 <= month <= 12:
            found.append((match.span(), f"{match.group(0)!r} is not a date: there is no month {month}"))
        elif not 1 <= day <= monthrange(year, month)[1]:
            found.append((match.span(), f"{match.group(0)!r} is not a date: {_MONTH_NAMES[month - 1]} "
                                        f"{year} has {monthrange(year, month)[1]} days"))
    for match in _PLAIN_SLASHED.finditer(text):
        first, second, year = int(match.group("a")), int(match.group("b")), int(match.group("year"))
        month_first = 1 <= first <= 12 and 1 <= second <= monthrange(year, first)[1]
        day_first = 1 <= second <= 12 and 1 <= first <= monthrange(year, second)[1]
        if not month_first and not day_first:
            found.append((match.span(), f"{match.group(0)!r} is not a date, read day-first or month-first"))
    return found


_DATE_PARTS = ("May", "may", "MAY", "Feb", "February", "feb.", "Sept", "sept.", "April", "Jun", "june",
               "of", "st", "th", "x", "29", "30", "31", "31st", "28", "32", "3", "1", "12", "13", "130",
               "2011", "2012", "1900", "0000", "/", "//", "-", ".", ",", ":", "_", "١", "٣", "İ", "\n")
_DATE_TEXT = st.lists(st.tuples(st.sampled_from(_DATE_PARTS), st.sampled_from(("", "", " ", "  ", "\t"))),
                      max_size=16).map(lambda parts: "".join(part + gap for part, gap in parts))
_NUMERIC_TEXT = st.tuples(
    st.sampled_from(("", "x", "/", "-", ".", "1")),
    st.lists(st.tuples(st.sampled_from(("1", "3", "12", "31", "13", "123", "2011", "11", "٣", "٣١")),
                       st.sampled_from(("/", "/", "-", "-", ".", ".", "", " ", ":", "x", "//"))), max_size=8),
).map(lambda start_parts: start_parts[0] + "".join(digits + sep for digits, sep in start_parts[1]))


@given(words=st.lists(st.text(alphabet="abcmay_1é", min_size=1, max_size=4), min_size=1, max_size=6),
       text=st.text(alphabet="abcmay_1é -.\n", max_size=30))
def test_word_start_alternation_matches_what_a_boundary_and_the_words_match(words: list[str],
                                                                            text: str) -> None:
    fast = re.compile(word_start_alternation(words))
    plain = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + ")")
    assert _spans(fast.finditer(text)) == _spans(plain.finditer(text))


@given(text=_DATE_TEXT | _NUMERIC_TEXT)
def test_impossible_dates_are_those_the_plain_shapes_find(text: str) -> None:
    assert list(ImpossibleDate._impossible(text)) == _plain_impossible(text)


def _from_first_separator(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    """Matches of a shape found from its first separator, as the plain shape reports them."""
    found: list[tuple[object, ...]] = []
    for match in pattern.finditer(text):
        first = match.group("a2") or match.group("a1")
        found.append((match.start() - len(first), match.end(), first, *match.group("b", "year")))
    return found


@given(text=_NUMERIC_TEXT)
def test_numeric_shapes_found_from_the_separator_are_the_plain_ones(text: str) -> None:
    numeric = tc206_ambiguous_numeric_date._NUMERIC
    assert _from_first_separator(numeric, text) == [
        (*match.span(), *match.group("a", "b", "year")) for match in _PLAIN_NUMERIC.finditer(text)]
    assert [match.group("sep") for match in numeric.finditer(text)] == [
        match.group("sep") for match in _PLAIN_NUMERIC.finditer(text)]
    assert _from_first_separator(tc202_impossible_date._SLASHED, text) == [
        (*match.span(), *match.group("a", "b", "year")) for match in _PLAIN_SLASHED.finditer(text)]


def _weekday_words_in_full(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """TC201's weekday look-up without its prefix test: both patterns always searched."""
    from timecheck.rules.tc201_weekday_mismatch import _WEEKDAY, _WEEKDAY_BEFORE

    spans = [(start + m.start(), start + m.end()) for m in _WEEKDAY.finditer(text[start:end])]
    if not spans and start > 0 and text[start - 1] in " \t\n":
        before = _WEEKDAY_BEFORE.search(text, max(0, start - 20), start)
        if before is not None:
            spans.append(before.span("w"))
    return spans


_WEEKDAY_SOUP = st.lists(st.sampled_from(
    ["Tue", "TUES", "thu", "ſun", "Sat", "wed", "day", "nes", "Mon", "fri", "K", ",", ".", " ",
     "\t", "\n", "the ", "1", "Sept. 14", "ü", "İ"]), max_size=12).map("".join)


@given(_WEEKDAY_SOUP, _WEEKDAY_SOUP, st.sampled_from(["Sept. 14, 2011", "9/14/2011", "14 Sept"]))
def test_the_weekday_prefix_test_never_hides_a_weekday_near_a_date(before: str, after: str,
                                                                    date: str) -> None:
    from timecheck.model import TimeExpression, TimexType
    from timecheck.rules.tc201_weekday_mismatch import WeekdayMismatch, may_name_weekday, weekday_prefixes

    for inside in ("", "Tuesday, ", "ſunday ", "FRİDAY "):
        text = before + inside + date + after
        start, end = len(before), len(before) + len(inside) + len(date)
        timex = TimeExpression(start, end, text[start:end], TimexType.DATE, "2011-09-14", "test")
        full = _weekday_words_in_full(text, start, end)
        assert WeekdayMismatch._weekday_words(text, timex) == full
        # the prefix test may say yes for nothing, never no for something
        assert may_name_weekday(weekday_prefixes(text), timex) or not full
        if inside:
            assert full and may_name_weekday(weekday_prefixes(text), timex)


@given(st.text())
def test_folding_keeps_every_offset(text: str) -> None:
    folded = fold_case(text)
    assert len(folded) == len(text)
    if not any(letter in text for letter in "\u0130\u0131\u017f"):
        assert folded == text.lower()
