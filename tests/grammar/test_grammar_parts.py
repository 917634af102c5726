"""Tables for the grammar's small parts: tense, spelled-out numbers, the TIMEX3 value grammar."""

from __future__ import annotations

import dataclasses
import inspect
import re
from datetime import timezone

import pytest

from timecheck.grammar.alternation import ALPHABET, Alternation, Unbounded, first_chars, reach
from timecheck.grammar.mention import Direction, Mention, Relation
from timecheck.grammar.numbers import parse_number
from timecheck.grammar.patterns import duration_value, spoken_year
from timecheck.grammar.tense import Tense, read_tense
from timecheck.grammar.values import interval_of, is_valid
from timecheck.model import Finding, TimeExpression, TimexType

# (sentence with the expression in brackets, tense, certain)
TENSE_CASES: list[tuple[str, Tense, bool]] = [
    # a simple past form right before the date is its verb, whatever comes after
    ("New Zealand said [Friday] it would help.", Tense.PAST, True),
    ("The leaders will meet [Monday] in Geneva.", Tense.FUTURE, True),
    ("The hearing will be held on [Dec. 30].", Tense.FUTURE, True),
    ("The hearing was held on [Jan. 14].", Tense.PAST, True),
    ("They could come as early as [Tuesday].", Tense.FUTURE, True),
    ("Trading is to resume in Paris [Tuesday].", Tense.FUTURE, False),
    ("The offer expires [Nov. 9].", Tense.FUTURE, False),
    ("Officials met [Wednesday]; they will meet again soon.", Tense.PAST, True),
    ("The board met [Tuesday] and will meet again.", Tense.PAST, True),
    ("The market is strong [now].", Tense.PRESENT, False),
    ("Nothing at all [Friday]", Tense.PAST, False),
    # the month "May" is no modal
    ("Sales fell in May and [June].", Tense.PAST, False),
    # a plan made in the past perfect lies behind; a plan stated now lies ahead
    ("The offer had been due to expire [Friday] evening.", Tense.PAST, False),
    ("It had been scheduled to expire at midnight [Friday].", Tense.PAST, False),
    ("Talks are set to resume [Monday] in Belfast.", Tense.FUTURE, True),
    # the present of a scheduled event's verb: openings, closings, launches, kick-offs
    ("The museum reopens on [Saturday].", Tense.FUTURE, False),
    ("The exhibition closes [Sunday] after a record run.", Tense.FUTURE, False),
    ("The talks resume after [Easter].", Tense.FUTURE, False),
    ("The match kicks off [Saturday] in Cardiff.", Tense.FUTURE, False),
    # "by" and "until" look ahead, unless the clause is in the past perfect
    ("The vote is due by [Friday].", Tense.FUTURE, True),
    ("Members had filed their reports by [Wednesday].", Tense.PAST, True),
    ("Until [Thursday], they had not called him a suspect.", Tense.PAST, True),
    # a participle after "be" is no past form
    ("The dividend would be paid in [January].", Tense.FUTURE, False),
    # "since" looks back, whatever verb follows
    ("The carrier has been on patrol since [March] and was scheduled to return.", Tense.PAST,
     True),
    # a regular past form right before the date settles it; "had set" is a plan, not a past
    ("In the fiscal year ended [Jan. 31], the company reported sales.", Tense.PAST, True),
    ("The offer had been set to expire [Nov. 6].", Tense.PAST, False),
    # a relative clause after a comma is another event
    ("A block of shares issued [July 1], which will receive partial dividends.", Tense.PAST,
     True),
    # "last"/"next" before a time word belong to that expression, not to this clause
    ("It would extend its bid, due to expire last Thursday, to [Nov. 6].", Tense.FUTURE, False),
    # a new date after "to" is a destination: the verb's tense does not place it for sure;
    # one a date is put off to lies ahead, but the story may be written after it (not certain)
    ("The offer was extended to [Nov. 16].", Tense.FUTURE, False),
    ("The vote was pushed back to [March].", Tense.FUTURE, False),
    # "through" a date looks ahead, unless a past form is its verb or it ends a span
    ("The package funds the government through [Sept. 30].", Tense.FUTURE, False),
    ("The rally lasted through [Sunday].", Tense.PAST, True),
    ("Sales this year through [August] were weak.", Tense.PAST, True),
    # "as of" a day: a count made then
    ("As of [Thursday], the department has brought back 65,565 people.", Tense.PAST, True),
    ("Talks were limited to [Tuesday].", Tense.PAST, False),
    ("The offer was extended on [Nov. 16].", Tense.PAST, True),
    # an agreement, a pledge or a promise "to" do something is a plan
    ("It announced an agreement to acquire the bank holding company in [January].",
     Tense.FUTURE, True),
    # ... but without its "to", a decision's verb is a past form like any other
    ("The two sides agreed on [Monday].", Tense.PAST, True),
    ("The union agreed to the terms on [Monday].", Tense.PAST, True),
    # a date a plan is "for" lies ahead; in the past perfect it may be gone too: the nearer
    ("The official said the accession was planned for [early March].", Tense.FUTURE, False),
    ("The vote had been scheduled for [Tuesday].", Tense.PRESENT, False),
    # the present form of a scheduled event's verb right before the date: what is to come
    ("He and Arafat meet separately [Monday] with Albright.", Tense.FUTURE, False),
    ("The committee votes [Tuesday] on the bill.", Tense.FUTURE, False),
    ("Trading resumes on [Monday].", Tense.FUTURE, False),
    # not when it is no present form, or a noun
    ("The committee did not meet [Tuesday].", Tense.PAST, True),
    ("Turnout was low after the votes [Tuesday].", Tense.PAST, False),
    ("The team, the hosts, [Monday] said nothing.", Tense.PAST, False),
    # ... also with the time of day between the verb and its day
    ("The match kicks off at 8pm on [Saturday].", Tense.FUTURE, False),
    ("The concert starts at [7:30 p.m. Friday].", Tense.FUTURE, False),
    ("Shortly before midnight on [Tuesday], the ship sank.", Tense.PAST, False),
    # a lead that opens the clause says no more than the verb after its comma
    ("Shortly before [Tuesday], the ship sank.", Tense.PAST, True),
    ("By [March], prices will rise.", Tense.FUTURE, True),
    ("The first episode airs on [Sunday] at 9pm.", Tense.FUTURE, False),
    ("The vote closes at 15:00 CET on [Friday].", Tense.FUTURE, False),
    # ... or with the event's object between the verb and "on" its day
    ("The minister, who took office in 2022, faces a vote on [Monday].", Tense.FUTURE, False),
    ("City host Arsenal on [Saturday].", Tense.FUTURE, False),
    # an object of up to seven words, hyphenated ones among them
    ("Arsenal face PSV Eindhoven in the second leg on [Wednesday].", Tense.FUTURE, False),
    ("Arsenal face PSV in their last-16 tie on [Wednesday].", Tense.FUTURE, False),
    ("The Knicks host the Spurs at Madison Square Garden on [Wednesday].", Tense.FUTURE, False),
    # ... but a caption's verb "during" an event tells of the day the photo was taken
    ("Starmer speaks during a press conference in London on [Tuesday].", Tense.PAST, False),
    ("Trump speaks during a rally on [Tuesday].", Tense.PAST, False),
    ("Officials met the hosts on [Monday].", Tense.PAST, True),
    # ... or "in" its month, or the time of day it is at
    ("Voters head to the polls in [November].", Tense.FUTURE, False),
    ("The company holds its annual meeting in [May].", Tense.FUTURE, False),
    ("Tickets go on sale at [10 a.m. Friday].", Tense.FUTURE, False),
    ("The festival runs through [Sunday].", Tense.FUTURE, False),
    # after "a" a verb would end in "s": "vote" there is a noun
    ("Johnson survived a confidence vote on [Monday night].", Tense.PAST, False),
    ("A committee meets on [Monday].", Tense.FUTURE, False),
    # an infinitive is no present form; with no other marker, a headline's future
    ("The plan to close the plant in [June] angered workers.", Tense.PAST, False),
    ("STORM TO HIT COAST ON [WEDNESDAY]", Tense.FUTURE, False),
    ("Apple to unveil new iPhone on [Tuesday]", Tense.FUTURE, False),
    ("Flights to Paris on [Monday] were cancelled.", Tense.PAST, True),
    ("Pegula returns to action after a win over Sabalenka on [Tuesday].", Tense.PAST, False),
    ("Birth centers are already filled through [May].", Tense.FUTURE, False),
    # a capital makes the form a noun, and a past form elsewhere in the clause then decides
    ("Head coach John Smith on [Monday] said he would retire.", Tense.PAST, False),
    # "open" after a form of "be" is a state, not an opening to come
    ("The office was open from 9 a.m. to 5 p.m. on [Tuesday].", Tense.PAST, False),
    # "until" and a date after the expression open the span's end, which has its own words
    ("The beta ran from [late January] until mid-February.", Tense.PAST, False),
    ("Shops stay shut from [Monday] until further notice.", Tense.FUTURE, True),
    # "proposed" is a plan as an adjective, a past form as a verb
    ("Ford proposed a raise in [August].", Tense.PAST, True),
    ("The proposed sale in [August] would raise cash.", Tense.FUTURE, False),
    # "before" looks ahead, unless a past form just before it is its clause's verb
    ("The last troops left Afghanistan just before [midnight Monday].", Tense.PAST, False),
    ("They said the deal must close before [Friday].", Tense.FUTURE, False),
    # a past form that is also the base form tells no past after "to", a modal or an article
    ("The Fed is expected to cut rates in [June].", Tense.FUTURE, True),
    ("Analysts expect a cut in [June].", Tense.FUTURE, False),
    ("The bank cut rates in [June].", Tense.PAST, False),
    # a past form, perhaps one word of its object, and "in" or "on" before the date
    ("The plant reopened in [June].", Tense.PAST, True),
    ("The law took effect in [January].", Tense.PAST, True),
    ("All public schools will stay closed on [Monday].", Tense.FUTURE, True),
    # a date that opens its clause, and a comma: the verb after is the clause's own
    ("On [Jan. 3], the board met.", Tense.PAST, True),
    ("On [Jan. 3], the board will meet.", Tense.FUTURE, True),
    ("In [March], when the plant reopens, jobs return.", Tense.PAST, False),
    # asides between commas are passed over: a report, a subordinate or relative clause
    ("In [May], he said, the company will open a plant.", Tense.FUTURE, True),
    ("On [Tuesday], as expected, the Fed raised rates.", Tense.PAST, True),
    ("In [March], the bill, which passed the House, will go to the Senate.", Tense.FUTURE, True),
    # a scheduled event's verb in the object of a past verb is a noun
    ("The campaign issued nine press releases blasting Republicans on [Wednesday].",
     Tense.PAST, False),
    ("He said the committee votes on [Tuesday].", Tense.FUTURE, False),
    ("The team that won the cup faces Arsenal on [Saturday].", Tense.FUTURE, False),
    # "through" after a count of weeks or months ends a span, which the clause places
    ("In the 52 weeks through [September], revenue was flat.", Tense.PAST, True),
    # "since" an event on its date
    ("He has been in custody since his arrest on [3 March].", Tense.PAST, True),
    # a reporting clause after the date is no verb of its own; a lone "will" before it is
    ("The maker will unveil its lineup at an event on [Sept. 9], the company said.",
     Tense.FUTURE, True),
    ("He did not cut rates in [June].", Tense.PAST, False),
    # "Fed" with a capital is the central bank, not the past of "feed"
    ("Analysts expect the Fed to cut rates at its [June] meeting.", Tense.FUTURE, False),
    # a modal with "have" looks back (and, after a date that opens the clause, for certain)
    ("On [Wednesday], no one would have done enough.", Tense.PAST, True),
]


@pytest.mark.parametrize(("marked", "tense", "certain"), TENSE_CASES,
                         ids=[case[0] for case in TENSE_CASES])
def test_tense(marked: str, tense: Tense, certain: bool) -> None:
    start = marked.index("[")
    end = marked.index("]") - 1
    text = marked.replace("[", "").replace("]", "")
    reading = read_tense(text, start, end)
    assert (reading.tense, reading.certain) == (tense, certain)


# (regular expression, the characters of ALPHABET a match can begin with; None: all of them)
FIRST_CHAR_CASES: list[tuple[str, str | None]] = [
    ("abc", "a"),
    ("(?:ab|cd)e", "ac"),
    ("(?:x)?y", "xy"),
    ("a*b", "ab"),
    ("a+b", "a"),
    (r"\d{1,2}/", "0123456789"),
    (r"(?<![\w$])(?=q)qa", "q"),
    ("[^a-y]", "".join(sorted(ALPHABET - set("abcdefghijklmnopqrstuvwxy")))),
    ("a?", None),
    (r"(?P<g>fiscal|fy)\s", "f"),
]


@pytest.mark.parametrize(("regex", "expected"), FIRST_CHAR_CASES,
                         ids=[case[0] for case in FIRST_CHAR_CASES])
def test_first_chars(regex: str, expected: str | None) -> None:
    assert first_chars(regex) == (ALPHABET if expected is None else frozenset(expected))


def test_first_chars_ignore_case_are_lower_case() -> None:
    # the tagger looks a start's character up lower-cased
    assert first_chars("May", re.IGNORECASE) == frozenset("m")
    assert first_chars("may", re.IGNORECASE) == frozenset("m")


def test_pruned_alternation_skips_patterns_that_cannot_start_here() -> None:
    alternation = Alternation(("(?P<p0>days)", "(?P<p1>\\d+ days)", "(?P<p2>d\\w+)"),
                              prefix="", suffix=r"(?!\w)", flags=0)
    match = alternation.match("3 days", 0)
    assert match is not None and match.lastgroup == "p1"
    after = alternation.match_after("days later", 0, 0)
    assert after is not None and after.lastgroup == "p2"
    assert alternation.match("x days", 0) is None


def test_alternation_splits_once_it_has_counted_enough_uses() -> None:
    alternation = Alternation(("(?P<p0>days)", "(?P<p1>\\d+ days)", "(?P<p2>d\\w+)"),
                              prefix="", suffix=r"(?!\w)", flags=0, split_after=10)
    whole = alternation.match("3 days", 0)
    alternation.count(9)
    assert alternation.whole
    assert alternation.regex_for("3") is alternation.regex_for("d")  # one for every start
    alternation.count(1)
    assert not alternation.whole
    assert alternation.regex_for("3") is not alternation.regex_for("d")
    split = alternation.match("3 days", 0)
    assert whole is not None and split is not None
    assert (split.lastgroup, split.span()) == (whole.lastgroup, whole.span())
    alternation.count(100)  # split once, for good
    assert not alternation.whole and alternation.match("x days", 0) is None


@pytest.mark.parametrize(("source", "expected"), [
    ("abc", (1, 4)),  # one more each side, for assertions that look at their neighbours
    (r"(?<![\w$])abc(?!\w)", (2, 5)),
    (r"(?<=\bfor\s)x", (5, 2)),  # the look-behind's four characters, and its \b's one more
    (r"a{1,3}(?=bcd)", (1, 7)),
    (r"(?:ab|c){2}d?", (1, 6)),
    (r"(?P<n>a)?(?(n)bcd|e)", (1, 5)),
    (r"(?P<n>a)?(?(n)|)b", (1, 3)),
])
def test_reach_bounds_what_a_match_attempt_reads(source: str, expected: tuple[int, int]) -> None:
    assert reach(source) == expected


@pytest.mark.parametrize("source", [r"\d+", r"a*b", r"(a)\1"])
def test_reach_refuses_what_has_no_bound(source: str) -> None:
    with pytest.raises(Unbounded):
        reach(source)


NUMBER_CASES: list[tuple[str, float | None]] = [
    ("three", 3), ("twenty-five", 25), ("twenty five", 25), ("a", 1), ("an", 1),
    ("a couple of", 2), ("a dozen", 12), ("one hundred", 100), ("a hundred", 100),
    ("two thousand", 2000), ("5 1/2", 5.5), ("2.5", 2.5), ("1,000", 1000), ("several", None),
    ("a few", None), ("half an", 0.5),
]


@pytest.mark.parametrize(("text", "number"), NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES])
def test_parse_number(text: str, number: float | None) -> None:
    assert parse_number(text) == number


@pytest.mark.parametrize("text", ["", "banana", "5 bananas", "1/7"])
def test_parse_number_rejects_what_is_not_a_number(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(("text", "year"), [
    ("nineteen ninety-six", 1996), ("nineteen oh five", 1905), ("two thousand", 2000),
    ("two thousand and one", 2001), ("nineteen fifteen", 1915),
])
def test_spoken_year(text: str, year: int) -> None:
    assert spoken_year(text) == year


@pytest.mark.parametrize(("amount", "unit", "value"), [
    (3, "day", "P3D"), (20, "hour", "PT20H"), (None, "year", "PXY"), (2.5, "year", "P2Y6M"),
    (1.5, "minute", "PT1M30S"), (5.5, "hour", "PT5H30M"), (4, "decade", "P40Y"),
    (3, "quarter", "P9M"), (1, "fortnight", "P2W"), (None, "minute", "PTXM"),
    (None, "decade", "PXDE"), (1, "century", "P100Y"), (0.5, "hour", "PT30M"),
    # seconds keep their decimals; a fraction that rounds to nothing or a whole unit is dropped
    (49.2, "second", "PT49.2S"), (1.5, "day", "P1DT12H"), (2.01, "year", "P2Y"),
    (2.999, "year", "P3Y"), (0.25, "minute", "PT15S"),
])
def test_duration_value(amount: float | None, unit: str, value: str) -> None:
    assert duration_value(amount, unit) == value


VALID = ["2011-09-14", "2011-05", "2011", "201", "20", "2011-W37", "2011-W37-WE", "2011-Q3",
         "2011-H1", "2011-SU", "2011-09-14TMO", "2011-09-15T04:12", "2011-09-15T04:12:30",
         "XXXX-XX-XX", "XXXX-05", "XXXX-WXX-1", "XXXX-WXX-2TNI", "P3D", "PT20H", "PXY",
         "P2Y6M", "PT1M30S", "PRESENT_REF", "PAST_REF", "FUTURE_REF", "198X", "1989-QX"]
INVALID = ["", "yesterday", "2011-9-14", "P", "PT", "2011-Q5", "2011-W37-8", "NOW_REF",
           "2011-09-14T", "P3", "11-09-14"]


@pytest.mark.parametrize("value", VALID)
def test_value_grammar_accepts(value: str) -> None:
    assert is_valid(value)


@pytest.mark.parametrize("value", INVALID)
def test_value_grammar_rejects(value: str) -> None:
    assert not is_valid(value)


@pytest.mark.parametrize(("value", "start", "end"), [
    ("2011", "2011-01-01T00:00:00+00:00", "2012-01-01T00:00:00+00:00"),
    ("201", "2010-01-01T00:00:00+00:00", "2020-01-01T00:00:00+00:00"),
    ("20", "2000-01-01T00:00:00+00:00", "2100-01-01T00:00:00+00:00"),
    ("2011-Q4", "2011-10-01T00:00:00+00:00", "2012-01-01T00:00:00+00:00"),
    ("2011-H2", "2011-07-01T00:00:00+00:00", "2012-01-01T00:00:00+00:00"),
    ("2011-WI", "2011-12-01T00:00:00+00:00", "2012-03-01T00:00:00+00:00"),
    ("2011-12", "2011-12-01T00:00:00+00:00", "2012-01-01T00:00:00+00:00"),
    ("2011-W52", "2011-12-26T00:00:00+00:00", "2012-01-02T00:00:00+00:00"),
    ("2011-W37-WE", "2011-09-17T00:00:00+00:00", "2011-09-19T00:00:00+00:00"),
    ("2011-09-14TNI", "2011-09-14T21:00:00+00:00", "2011-09-15T06:00:00+00:00"),
    ("2011-09-14T24:00", "2011-09-15T00:00:00+00:00", "2011-09-15T00:01:00+00:00"),
])
def test_interval_of(value: str, start: str, end: str) -> None:
    interval = interval_of(value, timezone.utc)
    assert interval is not None
    assert (interval.start.isoformat(), interval.end.isoformat()) == (start, end)


@pytest.mark.parametrize("value", ["XXXX-05", "P3D", "PRESENT_REF", "2011-02-30"])
def test_interval_of_values_without_one(value: str) -> None:
    assert interval_of(value, timezone.utc) is None


@pytest.mark.parametrize("cls", [Mention, TimeExpression, Finding])
def test_a_written_out_init_takes_every_field_and_its_default(cls: type) -> None:
    # these __init__ are written out (for speed): their parameters must be the dataclass's fields
    parameters = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = dataclasses.fields(cls)
    assert [parameter.name for parameter in parameters] == [field.name for field in fields]
    assert [parameter.default for parameter in parameters] == [
        inspect.Parameter.empty if field.default is dataclasses.MISSING else field.default
        for field in fields]


def test_a_mention_is_made_with_every_field_and_its_default() -> None:
    fields = dataclasses.fields(Mention)
    mention = Mention(TimexType.DATE, month=5, relation=Relation.ANCHOR, comparison=True)
    assert dataclasses.asdict(mention) == {
        **{field.name: field.default for field in fields[1:]},
        "type": TimexType.DATE, "month": 5, "relation": Relation.ANCHOR, "comparison": True}
    assert mention.with_changes(direction=Direction.PAST) == Mention(
        TimexType.DATE, month=5, relation=Relation.ANCHOR, comparison=True,
        direction=Direction.PAST)
