"""Past a cap of readings without a moment, labels are read only where a date may follow: no moment is lost."""

from __future__ import annotations

import re
import sys
from typing import Any
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tests.stamps.test_languages import READABLE as READABLE_IN_LANGUAGES
from tests.test_stamp_parse import READABLE
from timecheck.grammar.lexicon import ZONES
from timecheck.model import Stamp
from timecheck.stamps import parse, visible
from timecheck.stamps.parse import STAMP_MONTHS, STAMP_WEEKDAYS, may_read_moment, read_stamp
from timecheck.stamps.visible import _DATE_SHAPE_START, _MAX_READINGS_WITHOUT_MOMENT, _STAMP_REACH, find_visible_stamps

# Digits of four scripts: read_stamp reads them all as ASCII ones.
SCRIPTS = ("0123456789", "٠١٢٣٤٥٦٧٨٩", "০১২৩৪৫৬৭৮৯", "०१२३४५६७८९")


def in_script(text: str, script: str) -> str:
    return text.translate(str.maketrans("0123456789", script))


SEPARATORS = st.sampled_from([
    "", " ", "  ", "\t", "\u00a0", "\u2009", "\u202f", "\u2007", ".", ". ", "-", "/", ",", ", ", ":", "|", " | ",
    "T", "年", "月", "日", "년 ", "월 ", "일", "º ", "th ", " of ", " de ", " tháng ", ", năm ", "h", " h ",
])
NUMBERS = st.one_of(st.integers(0, 99).map(str), st.integers(0, 99).map("{:02d}".format),
                    st.integers(1000, 2999).map(str), st.integers(0, 999_999).map(str))
MONTHS = st.sampled_from(sorted(STAMP_MONTHS)).flatmap(lambda name: st.sampled_from([name, name.title(), name.upper()]))
WEEKDAYS = st.sampled_from(sorted(STAMP_WEEKDAYS))
CLOCKS = st.sampled_from(["", "16:32", "16:32, ", "16:32 ", "3:18 PM EDT ", "9.45pm", "14h05 ", "14 Uhr",
                          "10:07:01", "T1643", "Z", "+05:30", " IST", " (GMT+5:30)", " CEST", " 12:00 a.m."])
PARTS = st.one_of(NUMBERS, SEPARATORS, MONTHS, WEEKDAYS, CLOCKS)


# Ways of writing a date: {d} day, {m} month number, {M} month name, {Y} year, {y} two-digit year,
# {H}:{I}:{S} a clock, {W} a weekday.
FORMS = st.sampled_from([
    "{d} {M} {Y}", "{d}. {M} {Y}", "{d}{sfx} {M}, {Y}", "{d} of {M} {Y}", "{d} de {M} de {Y}", "{M} {d}, {Y}",
    "{M}. {d} {Y}", "{M} {d}{sfx}, {Y}", "{d}-{M}-{Y}", "{d}.{m}.{Y}", "{d}. {m}. {Y}", "{d}.{m}.{y}", "{Y}-{m}-{d}",
    "{Y}/{m}/{d}", "{Y}.{m}.{d}", "{Y}. {m}. {d}.", "{Y}年{m}月{d}日", "{Y}년 {m}월 {d}일", "{d}/{m}/{Y}",
    "{m}/{d}/{Y}", "{d}-{m}-{Y}", "{d} | {m} | {Y}", "{d} tháng {m} năm {Y}", "{d} tháng {m}, {Y}",
    "{Y}-{m}-{d}T{H}:{I}:{S}+05:30", "{Y}-{m}-{d} {H}:{I}:{S},5 CEST", "{Y}-{m}-{d}T{H}{I}", "{Y}-{m}-{d}T{H}:{I}Z",
    "{W} {M} {d} {H}:{I}:{S} CEST {Y}", "{W}, {d} {M} {Y}", "{H}:{I}, {W}, {M} {d}, {Y}", "{H}:{I} PM EDT {M} {d}, {Y}",
    "{H}:{I}{Y}-{m}-{d}", "{H}:{I}{d}.{m}.{y}", "{d} {M}", "{M} {d}", "{Y}", "{d}.{m}", "{H}:{I}",
])


@st.composite
def stamp_texts(draw: st.DrawFn) -> str:
    """A date written in one of many ways, sometimes damaged, with things around it, or loose parts."""
    if draw(st.integers(0, 3)) == 0:
        text = "".join(draw(st.lists(PARTS, max_size=12)))
    else:
        day = draw(st.one_of(st.integers(1, 28), st.integers(0, 32)))
        month = draw(st.one_of(st.integers(1, 12), st.integers(0, 13)))
        text = draw(FORMS).format(
            d=draw(st.sampled_from([str(day), f"{day:02d}"])), m=draw(st.sampled_from([str(month), f"{month:02d}"])),
            M=draw(MONTHS), Y=draw(st.integers(1000, 2999)), y=f"{draw(st.integers(0, 99)):02d}",
            H=draw(st.integers(0, 25)), I=f"{draw(st.integers(0, 60)):02d}", S=f"{draw(st.integers(0, 60)):02d}",
            W=draw(WEEKDAYS), sfx=draw(st.sampled_from(["", "st", "th", "er", "º", "°", "."])))
        for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):  # a part replaced, or taken out
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(PARTS) + text[at + draw(st.integers(0, 2)):]
        if draw(st.booleans()):
            text = text.replace(" ", draw(st.sampled_from(["\u00a0", "\u2009", "\u202f", "\u2007", "  "])))
        around = st.one_of(st.just(""), CLOCKS)
        text = draw(st.sampled_from(["", ": ", "| ", "Tue ", "Mittwoch, den "])) + draw(around) + text + draw(around)
    return in_script(text, draw(st.sampled_from(SCRIPTS)))


@pytest.mark.parametrize("raw", [raw for raw, *_ in READABLE + READABLE_IN_LANGUAGES])
def test_every_readable_stamp_of_the_tables_has_a_date_shape(raw: str) -> None:
    assert read_stamp(raw, zones=ZONES).moment is not None
    assert may_read_moment(raw)
    assert _DATE_SHAPE_START.search(raw)


def test_every_blank_the_reading_takes_for_a_space_is_one_for_the_shape() -> None:
    for char in parse._SPACES:
        assert re.fullmatch(r"\s", chr(char)), hex(char)


@settings(max_examples=2000)
@given(stamp_texts(), st.sampled_from([None, True, False]))
@example("16:322023-11-02", None)  # a clock, then at once a year: no digit-less gap before the year
@example("12:3015.2.19", None)
@example("Tue Jul 30 09:35:14 CEST 2019", None)
@example("2019年5月3日", None)
@example("٢٠١٩/٥/٣", None)
@example("3\u00a0|\u00a02\u00a0|\u00a02019", None)
@example("2011.\u20099.\u200915", None)
@example("1000-01-1T0:00:00+2405:30", None)  # an offset of a day: no zone, no error
def test_a_moment_is_read_only_where_there_is_a_date_shape(raw: str, dayfirst: bool | None) -> None:
    # may_read_moment never says no to a text read_stamp finds a moment in, and _DATE_SHAPE_START
    # (what find_visible_stamps searches the whole text for) never says no where it says yes.
    if read_stamp(raw, zones=ZONES, dayfirst=dayfirst).moment is not None:
        assert may_read_moment(raw)
    if may_read_moment(raw):
        assert _DATE_SHAPE_START.search(raw)


def test_numbers_that_are_no_date_have_no_date_shape() -> None:
    for raw in ("3 |", "12 items", "4.5", "2,500", "99%", "(2)", "52530", "1 of 535", "8/9", "12.345", "No. 52538"):
        assert not may_read_moment(raw), raw


def found_with_cap(text: str, cap: int) -> list[Stamp]:
    with mock.patch.object(visible, "_MAX_READINGS_WITHOUT_MOMENT", cap):
        return list(find_visible_stamps(text, zones=ZONES))


def expected_with_cap(text: str, cap: int) -> list[Stamp]:
    """What a cap must leave of what find_visible_stamps finds without one.

    Every stamp but the labelled ones without a moment that come after the ``cap``-th label read
    in full without finding a moment (the readings are counted as the stamps come).
    """
    without_moment = 0

    def counted(*args: Any, **kwargs: Any) -> parse.Reading:
        nonlocal without_moment
        reading = read_stamp(*args, **kwargs)
        without_moment += reading.moment is None
        return reading

    kept = []
    with mock.patch.object(visible, "read_stamp", counted), \
            mock.patch.object(visible, "_MAX_READINGS_WITHOUT_MOMENT", sys.maxsize):
        for stamp in find_visible_stamps(text, zones=ZONES):  # a stamp comes right after its reading
            if stamp.moment is None and stamp.selector.startswith("label ") and without_moment > cap:
                continue
            kept.append(stamp)
    return kept


LABELS = st.sampled_from(["Published:", "Updated: ", "Posted", "Stand:", "Veröffentlicht am", "Last updated -", "("])
# What follows a label: a date (perhaps damaged), a number, a month, a clock, a run of letters or
# blanks up to and past the reach of a label, and what ends it: a byline separator or a line break.
FOLLOWERS = st.one_of(
    stamp_texts(), NUMBERS, NUMBERS.map("{} items".format), MONTHS, CLOCKS,
    st.sampled_from([" " * (_STAMP_REACH - 5), " " * _STAMP_REACH, "x" * (_STAMP_REACH - 6), "\n", ""]),
)
ENDS = st.sampled_from(["|", " | ", "•", "\n", "\n\n", " ", ""])
SEGMENTS = st.one_of(st.tuples(LABELS, FOLLOWERS, ENDS), st.tuples(LABELS, FOLLOWERS, FOLLOWERS, ENDS)).map("".join)


@settings(max_examples=300)
@given(st.lists(SEGMENTS, max_size=12).map("".join), st.sampled_from([0, 1, 3]))
@example("Published: 3 |" * 4 + "Updated: 4 May 2019 |Posted:\n5.5.19", 1)
@example("Published: 3 |" + "x" * (_STAMP_REACH - 14) + "2019 | Updated: 3 May 2019", 0)
@example("Published:" + " " * (_STAMP_REACH - 1) + "\n3 May 2019 | Updated: 1 |", 0)
# Years after a label, alone or with a day before them, and a date later in the same text.
@example("Published: 2019 | 3 May 2019 |Posted: 2019 |Updated: 52530 |Stand: 12 of 2019 |Posted: 12 2019", 0)
@example("Posted: 2019 3.5.2019 |Updated: 1 2 2019 |Stand: 3 2019-05-03", 0)
def test_past_the_cap_only_stamps_without_a_moment_are_left_out(text: str, cap: int) -> None:
    assert found_with_cap(text, cap) == expected_with_cap(text, cap)


def test_a_long_run_of_labels_and_numbers_keeps_every_dated_stamp() -> None:
    dated = "Updated: 4 May 2019 |"
    numbers = ("{}", "52{}", "{} items", "No. {}", "12.{}")
    text = "".join(dated if n % 997 == 5 else f"Published: {numbers[n % 5].format(n)} |" for n in range(5000))
    text += "Posted:\n5 May 2019\n"
    found = list(find_visible_stamps(text, zones=ZONES))
    assert found == expected_with_cap(text, _MAX_READINGS_WITHOUT_MOMENT)
    assert [stamp.raw for stamp in found if stamp.moment is not None] == ["4 May 2019"] * 6 + ["5 May 2019"]
    assert 0 < sum(stamp.moment is None for stamp in found) <= _MAX_READINGS_WITHOUT_MOMENT


def test_below_the_cap_nothing_changes() -> None:
    text = "Published: 3 | Updated: 12 items | Posted: 4 May | Stand: 4.5 |\nPublished: 3 May 2019\n" * 3
    assert found_with_cap(text, _MAX_READINGS_WITHOUT_MOMENT) == found_with_cap(text, sys.maxsize)
    assert sum(stamp.moment is None for stamp in found_with_cap(text, sys.maxsize)) == 12
