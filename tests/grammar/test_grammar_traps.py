"""The classic false positives of date finders must not be tagged (issue 4)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from timecheck.grammar import find_expressions
from timecheck.model import Moment, Precision

ANCHOR = Moment(datetime(2011, 9, 15, tzinfo=timezone.utc), Precision.DAY, False)

# (sentence, a piece of it that must not be inside any expression)
TRAPS: list[tuple[str, str]] = [
    ("The probe will measure the distance from Earth to the Sun.", "Sun."),
    ("The Guangming Daily reported the figures on its front page.", "Daily"),
    ("A second, shorter enrollment period will begin in the fall.", "second"),
    ("Relatives of the victims, Harold and June Patterson, attended every hearing.", "June"),
    ("Birders fanned out on Thursday for the first of three Christmas Bird Counts.", "Christmas"),
    ("Volunteers tallied monarchs for the Western Monarch Thanksgiving Count.", "Thanksgiving"),
    ("The group could come to the U.S. as soon as Tuesday.", "soon"),
    ("He was soon released and appeared to be reasonably well.", "soon"),
    ("The Foreign Office concluded he had probably been killed soon after being captured.",
     "soon"),
    ("She said on ABC's This Week that she would run.", "This Week"),
    ("Trade talks will heat up at the winter meetings in Dallas.", "winter"),
    ("Kobe Bryant added 22 points, 14 of them in the fourth quarter.", "fourth quarter"),
    ("Buffalo running back James Cook left in the fourth quarter with an ankle injury.",
     "fourth quarter"),
    ("The lockout wiped out the first half of the season.", "first half"),
    ("Change of that kind will not happen overnight.", "overnight"),
    ("The central bank raised the overnight rate to 5 percent.", "overnight"),
    ("Overnight ratings showed the audience peaking late.", "Overnight"),
    ("Prices rose in the summer and fall in winter.", "fall"),
    ("The minister may resign if the vote fails.", "may"),
    ("The council posts the agenda or minutes of each session online.", "minutes"),
    ("Volunteers all spring into action when the sirens sound.", "spring"),
    ("Thousands lit candles for the Thai New Year in Bangkok.", "New Year"),
    ("The crowd shouted Happy New Year at the stroke of midnight.", "New Year"),
    ("He was booked on charges in Case 2024-001234.", "2024"),
    ("She finished on the 18th for the third time.", "18th"),
    ("In March, May told MPs she would not seek an extension.", "May"),
    ("He was charged under 18 U.S.C. 1343 with wire fraud.", "1343"),
    ("The case, 1:24-cr-00123, was assigned to a judge.", "1:24"),
    ("May I ask a question?", "May"),
    ("Taha Yassin Ramadan said the talks would continue.", "Ramadan"),
    ("Tickets cost $45 at the door.", "45"),
    ("The bill is $2011 after tax.", "2011"),
    ("A man in his 90s was rescued.", "90s"),
    ("See page 2 of 10 for details.", "2 of 10"),
    ("The storm left 3533 people homeless.", "3533"),
    ("The quake killed 1990 people.", "1990"),
    ("Call 555-1234 or (212) 555-2011 for tickets.", "555"),
    ("Call (212) 555-2011 for tickets.", "2011"),
    ("The White House is at 1600 Pennsylvania Avenue.", "1600"),
    ("Their office moved to 1901 Main Street last spring.", "1901"),
    ("Upgrade to version 2.0.1 before Python 3.11.", "2.0.1"),
    ("Arsenal won 3-1 at home.", "3-1"),
    ("The Lakers won 104-98 in overtime.", "104-98"),
    ("One day he will return to Kabul.", "One day"),
    ("But one day, she said, it will end.", "one day"),
    ("The Times reported the raid.", "Times"),
    ("The Sunday Times reported the raid.", "Sunday"),
    ("He wrote in the Sunday Express that the plan failed.", "Sunday"),
    ("Join us at the top of the next half hour.", "half"),
    ("Good evening. Now to politics.", "Now"),
    ("Turning now to Sacramento, where the count goes on.", "now"),
    ("The line opens at 0800 123 456.", "0800"),
    ("Microsoft released the fixes on Patch Tuesday.", "Tuesday"),
    ("Lawmakers will vote on Monday, and May has not ruled out a fourth vote.", "May"),
    ("Unions oppose longer Sunday trading hours.", "Sunday"),
    ("A second, more powerful quake struck the coast.", "second"),
    ("Messi missed a good chance early in the second half.", "second half"),
    ("Workers march on the capital.", "march"),
    ("He will march to the capital.", "march"),
    ("Prices fall when supply rises.", "fall"),
    ("Turnout rose 12.5% in the poll.", "12.5"),
    ("The 747 landed safely.", "747"),
    ("A 6-year-old boy survived.", "6-year-old"),
    ("He said so on CBS's ``60 Minutes.''", "60 Minutes"),
    ("He told 48 Hours that he would run again next year.", "48 Hours"),
    ("The Fed will release minutes of its meeting.", "minutes"),
    ("I keep thinking I'll cry on the last night, she said.", "last night"),
    ("Retailers expect sales to peak in the busiest days before Christmas.", "days"),
    ("The summer months of July and August are busy.", "months"),
    ("Bills of 12/34/5678-90.12:34 were filed.", "12"),
    ("The current account deficit widened.", "current"),
    ("The Daily Mail reported the raid.", "Daily"),
    ("Short-term debt rose, and the long-term plan held.", "term"),
    ("By Glen Owen For The Mail On Sunday", "Sunday"),
    ("he told the Independent on Sunday that", "Sunday"),
    ("He wrote for the Weekly Standard until 2018.", "Weekly"),
    ("The storm hit on April 24 and 25 people died.", "25"),
    ("On May 3, 10 were killed in the north.", "10"),
    ("On May 3, 4 and 5 people were hurt.", "4"),
    ("Markets expect two quarter-point cuts this year.", "two quarter"),
    ("He died the day before the election.", "the day before"),
    # titles in quotes
    ('"The Day After Tomorrow" is streaming on Disney+.', "The Day After Tomorrow"),
    ('"Wednesday" returns for Part 2 next week.', "Wednesday"),
    ('"1917" won three Oscars in 2020.', "1917"),
    ('A revival of "Sunday in the Park with George" opens.', "Sunday"),
    ("\u201cLast Christmas\u201d topped the charts.", "Last Christmas"),
    ("The New Year's honours list was published on Dec. 30.", "New Year's"),
    ("Trump is seeking a second, nonconsecutive term.", "a second"),
    ("The government remains shut down for a second week.", "a second"),
    ("Sharon asked for a second one for her sister.", "a second"),
    ("In today's world, data is king.", "today"),
    ("Mexico dominated the first half but could not score.", "the first half"),
    ("Many of today's personal computers use the chip.", "today"),
    # speeds: a distance per unit of time is no recurrence
    ("Haiyan packed sustained winds of 235 km per hour.", "per hour"),
    ("The storm moved at 30 kilometres an hour.", "an hour"),
    ("Winds reached 13 metres per second.", "per second"),
    ("The meteor was travelling at about 18 kilometres a second.", "a second"),
    ("He was doing 97 miles an hour on the M1.", "an hour"),
    ("The summer solstice is the longest day of the year.", "summer"),
    ("They sell mid-century modern furniture.", "mid-century"),
    ("Farmers here grow coffee at 1800 – 2000 metres.", "2000"),
    ("There were 12 deaths per 100 days of fighting.", "per"),
    ("Call 1555-2011 or 212-2011 for tickets.", "2011"),  # no SET; "100 days" is a length
    ("Call 555-2011-12 for tickets.", "2011"),
    ("The score was 2020-19 after extra time.", "2020"),
    ("The score was 2010-14 in the end.", "2010"),
    # numbers of bills, laws, indexes and models
    ("The Russell 2000 index rose 1.2%.", "2000"),
    ("The bill, AB 1955, was signed into law.", "1955"),
    ("Senate Bill 1999 passed the House.", "1999"),
    ("He sued under Section 1983.", "1983"),
    ("The Fed cut rates by a quarter point.", "a quarter"),
    ("The Fed cut rates by a quarter percentage point.", "a quarter"),
    ("Theresa May figures out a plan.", "May"),
    # names that hold a time word
    ("The Summer Olympics return to Los Angeles.", "Summer"),
    ("He hosted Saturday Night Live.", "Saturday Night"),
    ("The Friday Night Dinner star has died.", "Friday Night"),
    ("Patch Tuesday is next week.", "Tuesday"),
    ("Rubio looks to Super Tuesday 2 next week.", "Super Tuesday"),
    ("As temperatures fall maintenance crews salt the roads.", "fall"),
    ("Stocks crashed on Black Monday.", "Monday"),
    # an age
    ("A woman in her thirties died.", "thirties"),
    ("He is in his early sixties.", "sixties"),
    ("Sales rose 20% annually.", "annually"),
    ("The score was 12:10 and 3:45 later.", "3:45"),
    # addresses, post boxes and first names
    ("The victim was shot in the 1900 block of Market Street.", "1900"),
    ("The motel is located at 2025 Route 66.", "2025"),
    ("The suspect lives on 1950 Lincoln Avenue.", "1950"),
    ("Donations can be sent to P.O. Box 2020, Springfield.", "2020"),
    ("The case was assigned to Judge April Martinez.", "April"),
    ("They drank in spring water.", "spring"),
    ("He wants to spring a surprise.", "spring"),
    ("He watched that morning show.", "morning"),
    ("On a year-over-year basis, sales increased 6%.", "a year"),
    ("Sales showed a month-on-month decline.", "a month"),
    ("The Summer of Love drew thousands.", "Summer"),
    ("The result was 3 - 12:15 to the hosts.", "12:15"),
    # temperatures in weather copy
    ("Temperatures in the 90s are expected this week.", "90s"),
    ("The highs will be in the mid-60s today.", "mid-60s"),
    ("Overnight lows will dip into the 30s.", "30s"),
    # a game's halves and quarters
    ("Kane scored twice in the first half and once in the second half.", "first half"),
    ("Kane scored twice in the first half and once in the second half.", "second half"),
    ("The first quarter ended 21-14.", "first quarter"),
    ("In the fourth quarter, they rallied to win the game.", "fourth quarter"),
    # an era written in lower case is no era: an advert, a code
    ("He watched an ad 30 times.", "ad 30"),
    # numbers with dashes that are no date
    ("Call 1-800-2024 for help.", "2024"),
    ("The codes were 3-4-2011-5 and 12-13-20245.", "2011"),
    # an ordinal day of the calendar, or without a determiner
    ("The first day of March was cold.", "first day"),
    ("A second day of talks ended.", "second day"),
    # the end of a span of years before a unit
    ("The 2024-25 school year began in August.", "school year"),
    # "future" before a noun it qualifies, "today's" before what is of the present in general
    ("Future generations will pay for it.", "Future"),
    ("Shares fell by afternoon trading standards.", "afternoon"),
    ("It will cut tax payments in future quarters.", "future"),
    ("Many of today's personal computers use it.", "today"),
    # "the past" before a count of things
    ("He has missed the past three games with an injury.", "past"),
    ("She won the past 4 races.", "past"),
    # "the fall" as a drop or a collapse
    ("The 5th century saw the fall of Rome.", "fall"),
    ("After the fall in prices, investors fled.", "fall"),
    # a part of day that is no time
    ("He read the morning papers in the afternoon light.", "morning"),
    ("Prices rose in morning trading.", "morning"),
    # awards
    ("She was named Sportswoman of the Year on Tuesday.", "Year"),
    # programmes named for a time of day
    ("Speaking to the BBC Radio 4 Today programme, he said so.", "Today"),
    ("He told NBC News' Today show the number.", "Today"),
    ("Scott told \"CBS This Morning\" co-host Gayle King.", "This Morning"),
    ("She sat on the This Morning sofa with the presenters.", "This Morning"),
    # a count of homes or people, not a year
    ("Belvoir and Milltown have around 1800 houses.", "1800"),
    ("About 2000 passengers were stranded overnight.", "2000"),
    # a fraction before a hyphen is an amount of something else
    ("Markets expect a quarter-point cut in rates.", "quarter"),
    ("He ran a quarter-mile in record time.", "quarter"),
    ("Prices fell a quarter to six dollars.", "quarter"),
    # a game's clock, a lap time, a game's halves and quarters
    ("Draisaitl scored at 12:35 of the second period.", "12:35"),
    ("McDavid scored the winner at 8:32 of overtime.", "8:32"),
    ("He had the fastest lap at 1:14.261.", "1:14"),
    ("Salah missed a second-half penalty.", "second"),
    ("The Bucks trailed by 20 in the third quarter.", "third quarter"),
    # cricket's formats, wars named by their length, a story's "one day"
    ("England lost the one-day series 2-1.", "one-day"),
    ("It is a day-night match.", "day"),
    ("He fought in the Six-Day War as a tank commander.", "Six-Day"),
    ("One day in 1955 a stranger knocked on the door.", "One day"),
    ("One night, the house was hit by a bomb.", "One night"),
    # a span of a life, a war, a century: no calendar's week, year or half
    ("During the last week of his life he dictated his memoirs.", "week"),
    ("In the last year of the war he was captured.", "year"),
    ("In the first half of the 19th century, the town grew.", "first half"),
    ("Ride these two giants for the second half of the recovery.", "second half"),
    ("Snow is likely for the second half of the month.", "second half"),
    # names with a holiday's or a month's word in them
    ("The Good Friday Agreement was signed in 1998.", "Friday"),
    ("Christmas Island is remote.", "Christmas"),
    ("ABC THIS WEEK\nU.S. Strikes Three Iranian Nuclear Sites", "THIS WEEK"),
    # things named for a holiday date nothing
    ("Residents can drop off Christmas trees at the park.", "Christmas"),
    ("The Christmas market opens on 20 November.", "Christmas"),
    ("He sent her a Valentine's Day card.", "Valentine"),
    ("The Easter Rising began in 1916.", "Easter"),
    ("June Squibb starred in the film.", "June"),
    ("August Wilson's play opened on Broadway.", "August"),
    ("He holds an H1 visa.", "H1"),
    # a game's halves and its overtime clock
    ("Villa were the better side in the second half.", "second half"),
    ("Boston pulled away in the fourth quarter.", "fourth quarter"),
    ("Marchand won it at 14:18 of the first overtime.", "14:18"),
    ("The firm (1850 staff) moved.", "1850"),
    # an ordinal joined to another before its noun
    ("The show was renewed for a second and third season.", "a second"),
    # half an hour, and "past" as a preposition
    ("The audience peaked in the last half hour.", "last half"),
    ("Looking past January, the Golden Globes air on Jan. 5.", "past"),
    # frequencies as adjectives, alone or joined, before their noun
    ("The company pays a quarterly dividend.", "quarterly"),
    ("Its monthly and quarterly reports are late.", "monthly"),
    # "fiscal" as an adjective
    ("The minister defended this fiscal policy on television.", "this fiscal"),
    ("The plan cut the previous fiscal deficit in half.", "previous fiscal"),
    # an award of a period, a kind of thing named for a holiday, an outing, a resolution
    ("She was named player of the year twice.", "year"),
    ("She was named employee of the month in March.", "the month"),
    ("The board usually meets on the first Monday of the month.", "the month"),
    ("Benefits are paid on the second or fourth Wednesday of the month.", "the month"),
    ("He was last seen Nov. 3, the day before the warrant was issued.", "the day"),
    ("But in many ways, the day belonged to the Czech Republic.", "the day"),
    ("Shares closed at 13.30 pence, and the rate stood at 10.50 per cent.", "13.30"),
    ("The bid was raised from 11.50 to 12.50.", "12.50"),
    ("Shares fell from 13.20 to 12.50.", "12.50"),
    ("Whatever happens today, I've enjoyed every minute.", "every minute"),
    ("It took us 40 years, and I think it was worth every minute.", "every minute"),
    ("He was voted the league's coach of the year in 2009.", "the year"),
    ("He recorded a Christmas album in 1965.", "Christmas"),
    ("The victim had been on a night out with friends.", "night"),
    ("The council adopted Resolution 2094 on Thursday.", "2094"),
    # a machine's throughput per second
    ("The router supports up to 800 gigabits per second per port.", "second"),
    ("The camera shoots 60 frames a second.", "second"),
    # a market's quote after "at", before its day
    ("The euro was at 1.17 on Wednesday.", "1.17"),
    ("The Bank of Japan kept its rate at 0.50 on Tuesday.", "0.50"),
    # a share, grammar, a rate, a committee's name
    ("Our pay has fallen by about a quarter in real terms.", "quarter"),
    ("It puts voters in the past tense.", "past"),
    ("The 1922 Committee met on Wednesday.", "1922"),
    # an asteroid's designation, a clock of four digits before its day
    ("Asteroid 2024 YR4 has a 3.1% chance of hitting Earth in 2032.", "2024 YR4"),
    ("The walkout runs from 0001 on Friday until 2359 on Sunday.", "2359"),
    # a day of a row, not the day gone or the week's; an ordinal, a kind of night
    ("The quiz night is on the last Friday of the month.", "Friday"),
    ("The council meets on the first Tuesday of every month.", "Tuesday"),
    ("Mum spent the last night of her life alone on a cold floor.", "night"),
    ("The restrictions stay until the last week of Ramadan.", "week"),
    ("A second-line parade marched through the Treme.", "second"),
    ("A night curfew from 9 pm to 6 am has been imposed.", "night"),
    ("The next fiscal event is the spring forecast, due in March.", "fiscal"),
    ("A night-time curfew was imposed.", "night"),
    ("She is a second-year student.", "second"),
    ("The shop opens on the last Friday before Christmas.", "Friday"),
    ("The fund publishes month-end NAV data.", "month-end"),
    ("Buy now, pay later usage is expected to jump 11%.", "now"),
    ("Buy-now-pay-later loans are booming.", "now"),
    # names: a streaming service, a film studio
    ("Subscribers can stream every episode on HBO Now.", "Now"),
    ("Disney bought 20th Century Fox in 2019.", "20th Century"),
    ("OPEC pumps 28 million barrels per day.", "per day"),
    ("Holocaust Memorial Day was marked across Europe.", "Memorial Day"),
    ("Midnight Mass will be held at the cathedral.", "Midnight"),
    ("The spring bank holiday falls on May 26.", "spring"),
    ("The winter fuel payment will be paid automatically.", "winter"),
    ("The winter wheat crop was 72 percent planted.", "winter"),
    ("Office 2016 and Office 2019 reached end of support.", "2016"),
    ("Exchange Server 2013, 2016 and 2019 reached end of support.", "2013"),
    ("Exchange Server 2013, 2016 and 2019 reached end of support.", "2019"),
    ("It reported more attacks than in any previous year.", "previous year"),
    ("The drug came off the list after spending more than two years on it.", " on it"),
    ("The spring wheat harvest was 12 percent finished.", "spring"),
    # a month after a superlative that is no record's month
    ("The warmest March day on record was in 1965.", "March"),
    ("This is the happiest May has looked all season.", "May"),
    # a noun after "that <part>" makes it a thing of that part of the day
    ("He said that evening classes were cancelled.", "evening"),
    # a war named after the holiday it began on
    ("Egypt crossed the canal in the Yom Kippur War.", "Yom Kippur"),
]


@pytest.mark.parametrize(("sentence", "piece"), TRAPS, ids=[trap[0][:50] for trap in TRAPS])
def test_trap_is_not_tagged(sentence: str, piece: str) -> None:
    start = sentence.index(piece)
    end = start + len(piece)
    found = find_expressions(sentence, anchor=ANCHOR)
    overlapping = [e.text for e in found if e.start < end and start < e.end]
    assert overlapping == []


def test_trap_sentences_still_find_real_dates() -> None:
    # the traps above do not blind the tagger to the date next to them
    found = find_expressions("Their office moved to 1901 Main Street last spring.", anchor=ANCHOR)
    assert [(e.text, e.value) for e in found] == [("last spring", "2011-SP")]


def test_decades_and_quarters_stay_outside_weather_and_games() -> None:
    # the words that make them a temperature or a game's are not in these sentences
    cases = [("He grew up in the 70s.", "197"),
             ("The economy grew 3% in the first half.", "2011-H1"),
             ("The Bulls scored 30 points in the third quarter, and shares of the owner rose.",
              "2011-Q3"),
             ("Scores of jobs went in the second half of last year.", "2010-H2"),
             ("Prices dropped in the fall.", "2011-FA"),
             ("The fall semester starts.", "2011-FA")]
    for sentence, value in cases:
        assert [e.value for e in find_expressions(sentence, anchor=ANCHOR)] == [value], sentence


def test_counting_past_the_calendar_does_not_crash() -> None:
    from timecheck import to_moment
    from timecheck.grammar import find_expressions

    found = find_expressions("People lived here 4,000 years ago and will in 9,000 years from now.",
                             anchor=to_moment("2019-01-01"))
    ago = [t for t in found if t.text.startswith("4,000")]
    assert ago and ago[0].interval is None


@pytest.mark.parametrize("word", ["ſunday", "ſeptember", "tueſday", "\u212aq1", "ſpring"])
def test_letters_that_fold_to_a_trigger_do_not_crash(word: str) -> None:
    # "İ" makes lower() change the text's length, so the scan ignores case instead; it then
    # matches the long s and the Kelvin sign as "s" and "k", which lower() keeps as they are
    found = find_expressions(f"İstanbul: it happened on {word}, in 2011.", anchor=ANCHOR)
    assert [(e.text, e.value) for e in found][-1] == ("2011", "2011")
