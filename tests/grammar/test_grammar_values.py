"""Expression values as a table: (text with the expression in brackets, anchor, type, value).

Like dateutil's ``PARSER_TEST_CASES``: one row per behaviour, one parametrized test. The anchor
is an ISO 8601 instant (a day alone means day precision, zone not stated, UTC); ``None`` means
no anchor.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from timecheck.grammar import find_expressions
from timecheck.model import Moment, Precision, TimeExpression

SEED_ARTICLE = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed-article.txt"
SEED = "2011-09-15T04:12+05:30"
AP = "1998-08-07"        # a Friday
WSJ = "1989-11-02"       # a Thursday, third-quarter results season
CUBA = "2000-04-05"      # a Wednesday

VALUE_CASES: list[tuple[str, str | None, str, str]] = [
    # issue 3: the seed article
    ("the assault that finally ended [yesterday], Panetta said", SEED, "DATE", "2011-09-14"),
    ("crossed into Pakistan in [May] to raid the compound", SEED, "DATE", "2011-05"),
    ("Pointing to the [20-hour] assault", SEED, "DURATION", "PT20H"),
    ("had been hiding for [years].", SEED, "DURATION", "PXY"),
    ("the attack that ended around [dawn yesterday].", SEED, "TIME", "2011-09-14TMO"),
    ("Last Updated [04 May 2018, 03:18 IST]", SEED, "TIME", "2018-05-04T03:18"),
    ("(Published [15 September 2011, 04:12 IST])", SEED, "TIME", "2011-09-15T04:12"),
    ("the [nearly daylong] assault", SEED, "DURATION", "P1D"),
    # full dates in the common news formats
    ("KABUL, [Sept. 14, 2011] (Reuters)", SEED, "DATE", "2011-09-14"),
    ("Filed [2011-09-14] by the desk", SEED, "DATE", "2011-09-14"),
    ("prices rose in [May 2011]", SEED, "DATE", "2011-05"),
    ("the war began in [2011]", SEED, "DATE", "2011"),
    ("signed on [Monday, Oct. 26, 1998] in Paris", AP, "DATE", "1998-10-26"),
    ("the deal of [12/25/98]", AP, "DATE", "1998-12-25"),
    # the past form right before a date is its verb, whatever follows
    ("The board met [Tuesday] and will meet again.", SEED, "DATE", "2011-09-13"),
    ("It was held [Tuesday] and will resume Friday.", SEED, "DATE", "2011-09-13"),
    ("since [July of 1997]", AP, "DATE", "1997-07"),
    # clock times
    ("The blast occurred at about [10:35 a.m.] local time", AP, "TIME", "1998-08-07T10:35"),
    ("the offer expires at [5 p.m. EST Nov. 9]", WSJ, "TIME", "1989-11-09T17:00"),
    ("Markets closed at [3 p.m. EDT] on the day", AP, "TIME", "1998-08-07T15:00"),
    ("given until [9 a.m. Tuesday] to sign", CUBA, "TIME", "2000-04-11T09:00"),
    ("The father will leave at [4 in the morning]", CUBA, "TIME", "2000-04-05T04:00"),
    ("the talks stopped at [noon Thursday]", WSJ, "TIME", "1989-11-02T12:00"),
    # days relative to the anchor
    ("the minister said [today]", SEED, "DATE", "2011-09-15"),
    ("they will vote [tomorrow]", SEED, "DATE", "2011-09-16"),
    ("the talks ended [late yesterday]", WSJ, "DATE", "1989-11-01"),
    ("she told reporters [this morning]", SEED, "TIME", "2011-09-15TMO"),
    ("the rally [tonight] will be large", SEED, "TIME", "2011-09-15TNI"),
    ("CBS News first reported [last night] that", AP, "TIME", "1998-08-06TNI"),
    ("the talks ended [three days ago]", SEED, "DATE", "2011-09-12"),
    ("found [11 days ago] near the house", "1999-04-19", "DATE", "1999-04-08"),
    ("the boat sank [six weeks ago]", "2000-01-06", "DATE", "1999-W47"),
    ("the rescue [two months ago] set off", "2000-01-28", "DATE", "1999-11"),
    ("came to power [41 years ago]", "2000-01-15", "DATE", "1959"),
    # weekdays, by tense
    ("bombs exploded outside the embassies [Friday]", AP, "DATE", "1998-08-07"),
    ("the officials met [Wednesday] in Nairobi", AP, "DATE", "1998-08-05"),
    ("the leaders will meet [Monday] in Geneva", AP, "DATE", "1998-08-10"),
    ("He arrived [last Tuesday]", AP, "DATE", "1998-08-04"),
    ("They will return [next Friday]", AP, "DATE", "1998-08-14"),
    ("read [Wednesday night] at a rally", CUBA, "TIME", "2000-04-05TNI"),
    # a possessive day is the latest one, the anchor's own day included; the span leaves "'s" out
    ("Union leaders called off [Monday]'s rail strike", AP, "DATE", "1998-08-03"),
    ("a premium over [Friday]'s close", AP, "DATE", "1998-08-07"),
    ("relatives would look for ways around [Wednesday]'s ruling", AP, "DATE", "1998-08-05"),
    # a plan in the past perfect lies behind the anchor
    ("The offer had been due to expire [Friday evening].", "1989-10-30", "TIME", "1989-10-27TEV"),
    ("Talks are set to resume [Monday] in Belfast.", "1998-03-22", "DATE", "1998-03-23"),
    ("Until [Thursday], they had not called him a suspect.", "1999-05-07", "DATE", "1999-05-06"),
    # week, month, year, quarter relative to the anchor
    ("the bombings [last week] claimed lives", AP, "DATE", "1998-W31"),
    ("a verdict [this week] in favor", AP, "DATE", "1998-W32"),
    ("prices fell [last month]", AP, "DATE", "1998-07"),
    ("it earned more [this year]", AP, "DATE", "1998"),
    ("the summit [next year] will decide", AP, "DATE", "1999"),
    ("the growth over [the past year]", AP, "DATE", "1997"),
    ("it rose [earlier this year]", WSJ, "DATE", "1989"),
    ("expected [early next year]", WSJ, "DATE", "1990"),
    ("jobs lost over [the past decade]", WSJ, "DURATION", "P10Y"),
    ("over [the weekend] the team met", "1998-08-10", "DATE", "1998-W32-WE"),
    ("the team will meet over [the weekend]", AP, "DATE", "1998-W32-WE"),
    # months, seasons and year-less dates, by tense
    ("the boy was rescued in [late November]", "2000-01-06", "DATE", "1999-11"),
    ("He was killed [last fall]", "1999-04-10", "DATE", "1998-FA"),
    ("the protests [this summer] will be peaceful", "1998-03-22", "DATE", "1998-SU"),
    ("the hearing will be held on [Jan. 14]", "2000-01-07", "DATE", "2000-01-14"),
    ("the hearing was held on [Jan. 14]", "2000-01-07", "DATE", "1999-01-14"),
    ("the split is payable [Dec. 15], the company said", "1989-10-26", "DATE", "1989-12-15"),
    ("the company said it completed the sale [Aug. 21]", "1989-10-27", "DATE", "1989-08-21"),
    ("the hearing will be held on [Dec. 30]", "2000-01-07", "DATE", "2000-12-30"),
    ("In [January], the company brought in a new chief", "1989-10-27", "DATE", "1989-01"),
    ("the split would be paid in [January]", "1989-10-26", "DATE", "1990-01"),
    ("he was shot to death last [Oct. 23] at his home", "1999-04-19", "DATE", "1998-10-23"),
    ("the index set a record on [Aug. 6]", "1998-02-06", "DATE", "1997-08-06"),
    ("the ruling is due [Jan. 14]", "2000-01-07", "DATE", "2000-01-14"),
    ("shares were issued on [Dec. 15]", "1989-11-02", "DATE", "1988-12-15"),
    ("the fund will pay on [Dec. 15]", "1989-11-02", "DATE", "1989-12-15"),
    ("it had been [late November 1999] when", AP, "DATE", "1999-11"),
    ("prices rose in [mid-1996]", AP, "DATE", "1996"),
    ("the group peaked in [the early 1980s]", WSJ, "DATE", "198"),
    ("the uprising of [the 1960s]", WSJ, "DATE", "196"),
    ("events of [the 20th century]", WSJ, "DATE", "19"),
    # financial idiom
    ("Travelers's [third-quarter] net income rose", WSJ, "DATE", "1989-Q3"),
    ("a loss in [the third quarter], compared", WSJ, "DATE", "1989-Q3"),
    ("earnings for [the fourth quarter of 1998] rose", WSJ, "DATE", "1998-Q4"),
    ("it earned $5 million in [fiscal 1989]", WSJ, "DATE", "1989"),
    ("net income rose in the third quarter. Revenue fell from $9 million "
     "[a year earlier].", WSJ, "DATE", "1988-Q3"),
    ("A loss in the third quarter, compared with [year-earlier] profit", WSJ, "DATE", "1988-Q3"),
    # the period a results story is about: named most often; on a tie, the first quarter named
    ("Third-quarter net rose. The quake means a fourth-quarter charge. Lines fell in "
     "[the latest quarter].", WSJ, "DATE", "1989-Q3"),
    ("a loss in the third quarter; charges in [the year-earlier period]", WSJ, "DATE", "1988-Q3"),
    ("spread over [the next three quarters]", WSJ, "DURATION", "P9M"),
    ("sales in [the first nine months] rose", WSJ, "DURATION", "P9M"),
    ("earnings of $33 million [a year]", WSJ, "SET", "P1Y"),
    ("It costs $5 billion more [a year].", WSJ, "SET", "P1Y"),
    # a rate's amount is in its clause
    ("It began in 1990. [A year] of war followed.", WSJ, "DURATION", "P1Y"),
    ("Sales were 30; [a year] of losses followed.", WSJ, "DURATION", "P1Y"),
    # durations
    ("the talks lasted [three days]", SEED, "DURATION", "P3D"),
    ("for [the past two months], his father", SEED, "DURATION", "P2M"),
    ("a [two-year] contract", SEED, "DURATION", "P2Y"),
    ("about [5 1/2 hours] in Nairobi", SEED, "DURATION", "PT5H30M"),
    ("[a minute and a half] later", SEED, "DURATION", "PT1M30S"),
    ("for [twenty-five years] he served", SEED, "DURATION", "P25Y"),
    ("for [several years] now", SEED, "DURATION", "PXY"),
    ("held for [nearly two years]", SEED, "DURATION", "P2Y"),
    ("in [a few days] we will know", SEED, "DURATION", "PXD"),
    ("a [decades-long] battle", SEED, "DURATION", "PXDE"),
    # references and sets
    ("Bin Laden, who [now] lives in Afghanistan", SEED, "DATE", "PRESENT_REF"),
    ("the company [recently] cut its dividend", SEED, "DATE", "PAST_REF"),
    ("to prepare for [the future]", SEED, "DATE", "FUTURE_REF"),
    ("rallies held almost [daily]", SEED, "SET", "P1D"),
    ("he prays [every day]", SEED, "SET", "P1D"),
    ("flights leave [each Thursday]", SEED, "SET", "XXXX-WXX-4"),
    ("The meeting is set for [9:30 a.m. ET] on March 18.", "2013-03-14", "TIME",
     "2013-03-18T09:30"),
    ("He calls [twice a week].", SEED, "SET", "P1W"),
    ("The club meets [every other week].", SEED, "SET", "P2W"),
    ("Profit rose in [Q3 2012] and fell after.", SEED, "DATE", "2012-Q3"),
    ("Stores will close on [New Year's Day].", SEED, "DATE", "2012-01-01"),
    # resolved against a date mentioned before
    ("The talks began on Sept. 10, 2011, and ended [two days later].", SEED, "DATE",
     "2011-09-12"),
    ("She fled in June 1998 and returned [later that year].", CUBA, "DATE", "1998"),
    ("The plant opened in 1995 and closed [the next year].", SEED, "DATE", "1996"),
    ("The plant opened in 1995 and will close [next year].", SEED, "DATE", "2012"),
    ("He was elected in May 2004; [the following month] he resigned.", SEED, "DATE", "2004-06"),
    ("The war began in 1939. [Two years later] the US joined.", SEED, "DATE", "1941"),
    ("He was arrested on Feb. 22 and appeared in court [the next morning].", "2000-02-24",
     "TIME", "2000-02-23TMO"),
    ("The vote was on Sept. 10, 2011; results came [the following day].", SEED, "DATE",
     "2011-09-11"),
    # shouting headlines, spoken years, fiscal years, year-end
    ("VOTE SET FOR [MAY 6TH]", AP, "DATE", "1999-05-06"),  # set for: the May 6 to come
    ("the crash of [January nineteen ninety-seven]", AP, "DATE", "1997-01"),
    ("a bomb at the Olympics in [nineteen ninety-six]", AP, "DATE", "1996"),
    ("earnings for [FY99] rose", AP, "DATE", "1999"),
    ("the deal should close by [year-end]", WSJ, "DATE", "1989-12-31"),
    ("The percentage change is since [year-end].", WSJ, "DATE", "1988-12-31"),
    ("Profit fell in the third quarter, with [the current quarter] off to a good start.", WSJ,
     "DATE", "1989-Q4"),
    # the tense of the clause picks the year of a month named alone
    ("the carrier has been on patrol since [March] and was scheduled to return", "1990-02-15",
     "DATE", "1989-03"),
    ("In the fiscal year ended [Jan. 31], the company reported a loss.", WSJ, "DATE",
     "1989-01-31"),
    ("It would extend its bid, due to expire last Thursday, to [Nov. 6].", WSJ, "DATE",
     "1989-11-06"),
    ("A rival bid was extended to [Nov. 16].", WSJ, "DATE", "1989-11-16"),
    ("net income for [the year] ended Sept. 30", WSJ, "DURATION", "P1Y"),
    ("profit for [the year] to June 30 rose", WSJ, "DURATION", "P1Y"),
    ("in [the year] to end March 2021, sales fell", WSJ, "DURATION", "P1Y"),
    ("profits for [the year] to March would double", WSJ, "DURATION", "P1Y"),
    ("prices will rise in [the year] to come", WSJ, "DATE", "1989"),
    ("sales for [the full year] will rise", WSJ, "DATE", "1989"),
    ("losses fell sharply [earlier in the year]", WSJ, "DATE", "1989"),
    ("the goal is a cut by [the end of the year]", WSJ, "DATE", "1989"),
    # forms of web and British copy
    ("the doors opened at [9.30am] and closed at noon", CUBA, "TIME", "2000-04-05T09:30"),
    ("the vote closed at [10.15 p.m. GMT]", CUBA, "TIME", "2000-04-05T22:15"),
    ("Updated [12.05am]", CUBA, "TIME", "2000-04-05T00:05"),
    # a time well after the anchor's, in a past clause: the evening before
    ("At about [8:45 p.m.], the campaign said it had won.", "2023-11-09T04:14-05:00", "TIME",
     "2023-11-08T20:45"),
    ("The show starts at [8 p.m.] in the main hall.", "2023-11-09T04:14-05:00", "TIME",
     "2023-11-09T20:00"),
    ("the polls close at [8 p.m. Eastern] on Tuesday", "2021-06-16", "TIME", "2021-06-15T20:00"),
    ("Posted [2021/03/04]", CUBA, "DATE", "2021-03-04"),
    ("he wrote in the Times on [Sunday] that", CUBA, "DATE", "2000-04-02"),
    ("Posted [2019.10.19] by the desk", CUBA, "DATE", "2019-10-19"),
    ("The festival runs [March 3]-5 in Austin.", "2021-02-10", "DATE", "2021-03-03"),
    ("profit rose in [H1 2020]", CUBA, "DATE", "2020-H1"),
    ("[1H20] profit rose", CUBA, "DATE", "2020-H1"),
    ("the talks resume in [the last week of May]", "2021-06-16", "DATE", "2021-W21"),
    ("it opened in [the second week of March, 2019]", CUBA, "DATE", "2019-W11"),
    ("crowds came over [the weekend of June 5]", "2021-06-16", "DATE", "2021-W22-WE"),
    ("the fair ran over [the weekend of Oct. 24, 2020]", CUBA, "DATE", "2020-W43-WE"),
    # hours and minutes count from the anchor's clock; from an anchor's day alone, they give a day
    ("the siege began [3 hours ago]", SEED, "TIME", "2011-09-15T01"),
    ("Posted [12 minutes ago]", SEED, "TIME", "2011-09-15T04:00"),
    ("Posted [12 minutes ago]", AP, "DATE", "1998-08-07"),
    ("the siege began [36 hours ago]", AP, "DATE", "1998-08-06"),
    # the second weekday of a range comes after the first, whichever way each alone would read
    ("the road was closed from Monday through [Friday]", CUBA, "DATE", "2000-04-07"),
    ("the festival ran from Thursday to [Sunday]", CUBA, "DATE", "2000-04-02"),
    ("the festival ran from [Thursday] to Sunday", CUBA, "DATE", "2000-03-30"),
    ("the road was closed Monday-[Friday]", CUBA, "DATE", "2000-04-07"),
    # a hyphen with spaces separates the items of a list: each day reads alone
    ("closures: Monday - [Friday] - Monday", CUBA, "DATE", "2000-03-31"),
    # counted from the anchor the other way, and days beyond yesterday and tomorrow
    ("the loan is due [ten days from now]", "2021-06-16", "DATE", "2021-06-26"),
    ("the plant will close [five years hence]", "2021-06-16", "DATE", "2026"),
    ("they will meet [the day after tomorrow]", "2021-06-16", "DATE", "2021-06-18"),
    ("they met [the day before yesterday]", "2021-06-16", "DATE", "2021-06-14"),
    ("the strike began [a fortnight ago]", "2021-06-16", "DATE", "2021-W22"),
    ("it ended [two nights ago]", "2021-06-16", "DATE", "2021-06-14"),
    ("the shares settle within [five business days]", CUBA, "DURATION", "P5D"),
    ("market makers suffer more [these days]", CUBA, "DATE", "PRESENT_REF"),
    ("rates should fall in [the near term], and short-term debt", CUBA, "DATE", "FUTURE_REF"),
    ("the talks will resume at [a later date]", CUBA, "DATE", "FUTURE_REF"),
    # fractions of a unit
    ("for [a quarter century] he ran the firm", CUBA, "DURATION", "P25Y"),
    ("after [a quarter of an hour] they left", CUBA, "DURATION", "PT15M"),
    ("it took [three quarters of an hour]", CUBA, "DURATION", "PT45M"),
    # decades, also with the apostrophe many pages write; a year's possessive is no decade
    ("prices soared in [the 1990's], when", None, "DATE", "199"),
    ("a relic of [the '80's]", None, "DATE", "198"),
    ("the index fell in [1990's first quarter]", WSJ, "DATE", "1990-Q1"),
    # holidays: fixed days, nth weekdays (and the days after them), days counted from Easter
    ("the shops closed on [Christmas Eve] last year", "2020-01-10", "DATE", "2019-12-24"),
    ("the parade on [St. Patrick's Day 2019]", CUBA, "DATE", "2019-03-17"),
    ("a strike on [Labor Day] stopped the port", AP, "DATE", "1997-09-01"),
    ("not since [the year 2025] or so", "2019-01-11", "DATE", "2025"),
    # "that same day" after a month: a day of that month the text does not name
    ("He was killed last October. His name was crossed out [that same day].", "1999-02-06",
     "DATE", "1998-10-XX"),
    ("Sales fell in May. [The same week], prices rose.", "1999-02-06", "DATE", "1998-WXX"),
    ("The plant closed in 2019. [The following week], workers protested.", "2024-03-14", "DATE",
     "2019-WXX"),
    # a part of day named alone is of the day the text tells of
    ("Shares fell on Tuesday. By [mid afternoon] the index was down.", "1999-02-06", "TIME",
     "1999-02-02TAF"),
    ("Dealers placed buy orders in [the morning].", "1999-02-06", "TIME", "1999-02-06TMO"),
    ("The market is held [every other Sunday].", "1999-02-06", "SET", "XXXX-WXX-7"),
    # a season or fiscal year written "2020-21": one expression, of its first year
    ("The last shutdown, in [2018-19], lasted 35 days.", "2024-03-19", "DATE", "2018"),
    ("Arsenal won the league in the [2020-21] season.", "2024-03-14", "DATE", "2020"),
    # the second month of a range is in the twelve months from the first
    ("The season runs from October to [March].", "2024-03-14", "DATE", "2024-03"),
    # (a calendar quarter's first and last months are that quarter)
    ("Sales rose in [the January-March quarter].", "2024-03-14", "DATE", "2024-Q1"),
    ("Output fell in the November-[February] period.", "2024-03-14", "DATE", "2024-02"),
    ("The beta ran from late January until [mid-February].", "2024-03-14", "DATE", "2024-02"),
    ("Bins are collected [fortnightly].", "2024-03-14", "SET", "P2W"),
    # "last" as a verb is no part of the length
    ("The trial is expected to last [six weeks].", "2024-03-14", "DURATION", "P6W"),
    # "in two weeks' time" counts from the anchor
    ("The results will be known in [two weeks' time].", "2024-03-14", "DATE", "2024-W13"),
    # a year written "'98" after a word that introduces one
    ("He was born in ['76].", "2024-03-14", "DATE", "1976"),
    # the first time of a range is on the day the second is on
    ("Roads will be closed [10am]-2pm on Sunday.", "2024-03-14T10:00+00:00", "TIME",
     "2024-03-17T10:00"),
    ("The storm hit between [1pm] and 3pm on Monday.", "2024-03-14T10:00+00:00", "TIME",
     "2024-03-11T13:00"),
    # the second time of a range is after the first: past midnight, the next day
    ("The vigil runs from 10pm to [6am].", "2024-03-14T10:00+00:00", "TIME", "2024-03-15T06:00"),
    ("The strike lasted from 23:00 until [01:30].", "2024-03-14T10:00+00:00", "TIME",
     "2024-03-14T01:30"),
    ("The store is open from 9am to [5pm].", "2024-03-14T10:00+00:00", "TIME", "2024-03-14T17:00"),
    # a weekday in the present tense is the coming one (or the anchor's day)
    ("The final is on [Sunday] at 9:50pm.", "2024-08-05", "DATE", "2024-08-11"),
    ("The semi-finals are on Wednesday and Thursday, with the final on [Friday].", "2024-08-05",
     "DATE", "2024-08-09"),
    ("The vote is on [Monday].", "2024-08-05", "DATE", "2024-08-05"),
    ("Police have arrested a man on [Saturday].", "2024-08-05", "DATE", "2024-08-03"),
    # ... but a present form after it may be another clause's: the nearer one
    ("He may have had his best night on [Wednesday] as he is likely to win.", "2023-11-09",
     "DATE", "2023-11-08"),
    # a date put off to lies ahead, unless the story is written just after it
    ("The Brexit deadline was extended to [Oct. 31].", "2019-04-16", "DATE", "2019-10-31"),
    ("The launch was pushed back to [October 29th].", "2020-11-04", "DATE", "2020-10-29"),
    # a weekday with a plural part of day is a set; after "a", some day of that name
    ("[Friday nights] are made for fun.", "2023-11-09", "SET", "XXXX-WXX-5TNI"),
    ("They did this on a [Sunday night], without warning.", "2023-11-09", "TIME",
     "XXXX-WXX-7TNI"),
    ("It happened on a [Friday] in March.", "2023-11-09", "DATE", "XXXX-WXX-5"),
    ("Crowds attended a [Sunday night] memorial service.", "2023-11-09", "TIME",
     "2023-11-05TNI"),
    # a time of day right after a year, with nothing after it
    ("Sunday 10 March 2024 [22:15], UK", "2024-03-14T10:00+00:00", "TIME", "2024-03-10T22:15"),
    ("14/03/2024 - [09:45]", "2024-03-14T10:00+00:00", "TIME", "2024-03-14T09:45"),
    # "the following" and "the previous" weekday, month or season count from the period told of
    ("He was arrested on March 3. [The following Monday], he resigned.", "2023-07-20", "DATE",
     "2023-03-06"),
    ("The deal was signed in 2015 and closed [the following March].", "2023-07-20", "DATE",
     "2016-03"),
    ("In 2019 she left the band. Her memoir came out [the following spring].", "2023-07-20",
     "DATE", "2020-SP"),
    ("The crash came in June 2010; [the previous winter] had been harsh.", "2023-07-20", "DATE",
     "2009-WI"),
    ("[The following Monday], he resigned.", "2023-07-20", "DATE", "2023-07-24"),
    # "through" after a weekday looks ahead; after a past form, back
    ("The market runs every Saturday through [October].", "2024-05-02", "DATE", "2024-10"),
    ("The festival ran Friday through [Sunday].", "2024-05-02", "DATE", "2024-04-28"),
    # a quarter in the present tense: the nearer one
    ("[The fourth quarter] is usually the busiest.", "2024-09-10", "DATE", "2024-Q4"),
    ("[The first quarter] is usually the quietest.", "2024-09-10", "DATE", "2024-Q1"),
    # a clock time with seconds, and one told by "o'clock"
    ("The eclipse peaks at [2:47:30 p.m. EDT].", "2023-07-20T10:00+00:00", "TIME",
     "2023-07-20T14:47:30"),
    ("The store opens at [9 o'clock].", "2023-07-20T10:00+00:00", "TIME", "2023-07-20T09:00"),
    # days or weeks from a coming weekday, or from tomorrow
    ("The vote is [a week from Monday].", "2023-07-20", "DATE", "2023-07-31"),
    ("The deadline is [two weeks from Friday].", "2023-07-20", "DATE", "2023-08-04"),
    ("The vote is [a week from tomorrow].", "2023-07-20", "DATE", "2023-07-28"),
    ("The vote is [a week from Thursday].", "2023-07-20", "DATE", "2023-07-27"),
    ("The bridge is closed for [six weeks] from Monday.", "2023-07-20", "DURATION", "P6W"),
    # "last weekend" and "this weekend" say which; only "the weekend" follows the tense
    ("It happened [last weekend].", "2023-07-20", "DATE", "2023-W28-WE"),
    ("It happens [this weekend].", "2023-07-20", "DATE", "2023-W29-WE"),
    ("It happened at [the weekend].", "2023-07-20", "DATE", "2023-W28-WE"),
    ("It happened [the weekend before last].", "2023-07-20", "DATE", "2023-W27-WE"),
    ("They met [the week before last].", "2023-07-20", "DATE", "2023-W27"),
    # "or so", "or two" after "the next ...": in the span; from now after "in"
    ("Rates will rise over [the next year or so].", "2023-07-20", "DATE", "2024"),
    ("We expect news in [the next day or two].", "2023-07-20", "DATE", "2023-07-21"),
    ("He arrived on March 3 and left [the next day or so].", "2023-07-20", "DATE", "2023-03-04"),
    # "that" and a month: of the year named before
    ("He came to power in 2019, winning a landslide that [December].", "2022-06-08", "DATE",
     "2019-12"),
    ("I know that [December] is cold.", "2022-06-08", "DATE", "2021-12"),
    # four digits and a zone are a time of day, not a year
    ("The quake struck at 3:47 a.m. local time ([1947 GMT Sunday]).", "2023-11-20T15:00+00:00",
     "TIME", "2023-11-19T19:47"),
    ("The bridge opened in [2015].", "2023-11-20", "DATE", "2015"),
    # "local time" stays outside the clock's span, but the day after it is the clock's
    ("The shooting happened at about [10 p.m.] local time Saturday.", "2024-10-16", "TIME",
     "2024-10-12T22:00"),
    ("The curfew starts at [19:00] local time on Thursday.", "2024-10-16", "TIME",
     "2024-10-17T19:00"),
    # a place's clock: the place is its zone
    ("The rate decision is due at [2pm UK time tomorrow].", "2024-10-16", "TIME",
     "2024-10-17T14:00"),
    ("The launch is set for [10:00 Beijing time] on Thursday.", "2024-10-16", "TIME",
     "2024-10-17T10:00"),
    ("Trading resumes at 9 a.m. Tokyo time on [Monday].", "2024-03-16", "DATE", "2024-03-18"),
    # a clock without a.m. or p.m. right after an evening is in the evening
    ("The game starts Wednesday night at [7:05].", "2024-10-16", "TIME", "2024-10-16T19:05"),
    ("It happened Friday afternoon around [3:15].", "2024-10-16", "TIME", "2024-10-11T15:15"),
    ("He called Tuesday morning at [9:15].", "2024-10-16", "TIME", "2024-10-15T09:15"),
    ("The attack came Sunday night. At [9:40] police arrived.", "2024-10-16", "TIME",
     "2024-10-13T09:40"),
    # hours and minutes "later": TimeBank marks the length ("Just [over an hour] later")
    ("Just [over an hour] later, he was declared dead.", "1998-10-25", "DURATION", "PT1H"),
    ("[Half an hour] later, the building collapsed.", "2013-03-20", "DURATION", "PT30M"),
    ("[Forty-five minutes] later, he was dead.", "2013-03-20", "DURATION", "PT45M"),
    # "end-June": market copy's end of a month or a year
    ("Prices had fallen back by [end-June].", "2024-10-16", "DATE", "2024-06"),
    ("Growth should reach 3% by [end-2025].", "2024-10-16", "DATE", "2025"),
    ("Fireworks lit up the sky on the [Fourth of July].", "2024-10-16", "DATE", "2024-07-04"),
    # a scheduled event's verb: its object may hold digits; "takes place", "opens", "begin"
    ("The Chiefs (6-0) visit the 49ers on [Sunday].", "2024-10-16", "DATE", "2024-10-20"),
    ("The draw takes place on [Sunday evening].", "2024-10-16", "TIME", "2024-10-20TEV"),
    ("Talks begin [Monday] in Geneva.", "2024-10-16", "DATE", "2024-10-21"),
    ("He took office on [Monday].", "2024-10-16", "DATE", "2024-10-14"),
    ("The conference runs 3-[5 March] in Lisbon.", "2024-10-16", "DATE", "2025-03-05"),
    # a verb after "and" is another clause's
    # a day of the year named after it
    ("Diwali fell on [Nov. 12 last year].", "2024-10-16", "DATE", "2023-11-12"),
    ("The law took effect on [January 1 this year].", "2024-10-16", "DATE", "2024-01-01"),
    ("He was arrested on [3 March last year].", "2024-10-16", "DATE", "2023-03-03"),
    ("On [Sept. 30], next year's budget was unveiled.", "2024-10-16", "DATE", "2024-09-30"),
    # a range of days in one month with its year; a passive in the present tense is present
    ("The survey was conducted [Sept. 5-9, 2019].", "2024-10-16", "DATE", "2019-09-05"),
    ("The museum is closed [Dec. 24]-26.", "2024-10-16", "DATE", "2024-12-24"),
    ("Schools are closed on [Monday] for the holiday.", "2024-10-16", "DATE", "2024-10-21"),
    ("The ['08] crash wiped out his savings.", "2024-10-16", "DATE", "2008"),
    # vague stretches from now: a length of unknown size, as TimeBank mostly reads them
    ("The toll could rise in [the coming hours].", "2013-03-22", "DURATION", "PTXH"),
    ("Temperatures have risen in [recent decades].", "2013-03-22", "DURATION", "PXDE"),
    ("[The weeks ahead] will be hard.", "2013-03-22", "DURATION", "PXW"),
    # an ordinal day of an event: today when the clause says so, else undated
    ("Today is the [eighth day] of the strike.", "1990-08-15", "DATE", "1990-08-15"),
    ("It's the [second day] of an offensive.", "1998-03-06", "DATE", "1998-03-06"),
    ("He vowed to act on his [first day] in office.", "1998-10-26", "DATE", "XXXX-XX-XX"),
    ("Results for [that quarter] included a charge.", WSJ, "DATE", "1989-Q3"),
    # a range's first day takes the year its last day states
    ("The show ran from [March 3] to May 5, 2019.", "2020-03-25", "DATE", "2019-03-03"),
    ("The festival ran [Dec. 28]-Jan. 3, 2020.", "2020-03-25", "DATE", "2019-12-28"),
    ("The Games will take place on [July 23]-August 8 next year.", "2020-03-25", "DATE",
     "2021-07-23"),
    ("He served from [March 3] to May 5, then left.", "2020-03-25", "DATE", "2020-03-03"),
    # day and month with dashes: month first unless the first number is above 12
    ("The exam is on [15-11-2024].", "2024-10-16", "DATE", "2024-11-15"),
    ("The exam is on [11-15-2024].", "2024-10-16", "DATE", "2024-11-15"),
    ("He was found guilty on [Oct. 3] and will be sentenced in January.", "2024-10-16", "DATE",
     "2024-10-03"),
    ("Police arrested him on [Saturday], and he will appear in court Monday.", "2024-10-16",
     "DATE", "2024-10-12"),
    # ... but without a verb of its own before it, the one after tells
    ("The advert gets its first airing on [Monday] but you can watch it now.", "2024-10-16",
     "DATE", "2024-10-21"),
    # a plan "is set for" a day ahead
    ("The launch is set for 10 a.m. on [Thursday].", "2024-10-16", "DATE", "2024-10-17"),
    # a date in brackets says which weekday
    ("The vote was held on [Thursday] (March 7) in Dublin.", "2024-03-14", "DATE", "2024-03-07"),
    ("He vanished early on [Sunday morning], November 3, 2013, after a party.", "2023-11-04",
     "TIME", "2013-11-03TMO"),
    # "the week" after a year names no week of that year: the anchor's
    ("The bar opened last year; diners shake off the rest of [the week] there.", "2023-11-04",
     "DATE", "2023-W44"),
    # without a verb to go by, the nearer one ("Black Friday deals" in early November)
    ("Best [Black Friday] deals", "2023-11-08", "DATE", "2023-11-24"),
    # a holiday that names its season's trade: the nearer one too, whatever the tense (in
    # November, this year's advert; in February, last year's)
    ("The chain pulled its [Christmas] advert", "2023-11-08", "DATE", "2023-12-25"),
    ("The chain pulled its [Christmas] advert", "2023-02-08", "DATE", "2022-12-25"),
    ("crowds turned out on [Memorial Day 2020]", CUBA, "DATE", "2020-05-25"),
    ("stores opened early on [Black Friday 2020]", CUBA, "DATE", "2020-11-27"),
    ("online sales on [Cyber Monday 2019]", CUBA, "DATE", "2019-12-02"),
    ("the shops were crowded on [Black Friday]", "2019-12-10", "DATE", "2019-11-29"),
    ("voters went to the polls on [Election Day]", "1998-11-10", "DATE", "1998-11-03"),
    ("the vigil on [Good Friday 2000]", CUBA, "DATE", "2000-04-21"),
    ("the service on [Maundy Thursday 2021]", CUBA, "DATE", "2021-04-01"),
    ("markets closed on [Easter Monday 1998]", AP, "DATE", "1998-04-13"),
    # more days of a date's month, tagged apart; a count after a date is no day
    ("the NATO summit on April 24 and [25].", "1999-03-12", "DATE", "1999-04-25"),
    ("voting on May 3, [4] and 5 in the north", AP, "DATE", "1998-05-04"),
    ("voting on May 3, 4 and [5] in the north", AP, "DATE", "1998-05-05"),
    # ranges and pairs of days in one month: each day tagged apart
    ("Policymakers will meet again Oct. 28-[29].", "2025-10-01", "DATE", "2025-10-29"),
    ("The festival ran from August 1 to [10].", "2025-10-01", "DATE", "2025-08-10"),
    ("The summit will be held on [12]-13 December.", "2025-10-01", "DATE", "2025-12-12"),
    ("The conference runs from [22] to 25 September.", "2025-10-01", "DATE", "2025-09-22"),
    ("The talks were held from [1st] to 3rd November.", "2025-10-01", "DATE", "2024-11-01"),
    # the second of a pair takes the first's year, whatever its own clause says
    ("The panel met on 7 and [8 January].", "2025-10-01", "DATE", "2025-01-08"),
    # a weekday written with a date picks the year in which the date is that weekday, when it
    # is near the anchor (a weekday that fits no near date is for TC201 to flag)
    ("The firm plans a cut on [Monday, March 24].", "2025-03-20", "DATE", "2025-03-24"),
    ("It jumped a ridge on [Monday, Aug. 22].", "2021-08-23", "DATE", "2021-08-22"),
    # a clock glossed in another zone, then its day: both times are on that day
    ("It closed at [4 p.m.] (2000 GMT) on Friday.", "2025-03-17", "TIME", "2025-03-14T16:00"),
    ("It closed at 4 p.m. ([2000 GMT]) on Friday.", "2025-03-17", "TIME", "2025-03-14T20:00"),
    ("The plane took off at [0815] local time.", "2025-03-17", "TIME", "2025-03-17T08:15"),
    # "last quarter" is the one before this; "this quarter" the one reported on, unless the
    # clause looks ahead; results to come are of the quarter just ended
    ("Profit fell [last quarter].", "2025-05-20", "DATE", "2025-Q1"),
    ("Sales will rise [this quarter].", "2025-05-20", "DATE", "2025-Q2"),
    ("[This quarter]'s loss includes charges.", "2025-05-20", "DATE", "2025-Q1"),
    ("It will report [fourth-quarter] results on Jan. 29.", "2026-01-02", "DATE", "2025-Q4"),
    ("It will report [third-quarter] earnings on Thursday.", "2026-12-04", "DATE", "2026-Q3"),
    ("It will open the plant in [the fourth quarter].", "2026-02-12", "DATE", "2026-Q4"),
    ("It expects to close the deal in [the third quarter].", "2025-11-05", "DATE", "2026-Q3"),
    ("It expects a net loss for [the third quarter].", "2025-11-05", "DATE", "2025-Q3"),
    ("Sales in [the September quarter] rose 8%.", "2025-11-05", "DATE", "2025-Q3"),
    ("Margins beat [the prior-year quarter].", "2025-11-05", "DATE", "2024-Q3"),
    ("Interest is payable [semi-annually].", "2025-11-05", "SET", "P6M"),
    ("The stock may reach $300 within [a year].", "2025-11-05", "DURATION", "P1Y"),
    ("The board met at [1945 hours].", "2025-05-20", "TIME", "2025-05-20T19:45"),
    ("The mills prospered in [the previous century].", "2025-05-20", "DATE", "19"),
    ("The war began in 1914. That [fall], the front froze.", "2025-05-20", "DATE", "1914-FA"),
    ("It hit in 1968. [Half a century later], it was rebuilt.", "2025-05-20", "DATE", "2018"),
    ("He spent [every Christmas] with them.", "2026-12-04", "SET", "XXXX-12-25"),
    ("It lost $20 million in [Q3 FY24].", "2025-11-05", "DATE", "2024-Q3"),
    ("Revenue in [Q4 fiscal 2023] was $1 billion.", "2025-11-05", "DATE", "2023-Q4"),
    ("The tunnel will be closed on [weekends].", "2026-12-04", "SET", "XXXX-WXX-WE"),
    ("Forecasters predict heavy snow [Saturday].", "2026-12-04", "DATE", "2026-12-05"),
    # past forms: short, or with an object before "in"; "am" after a number is the clock's
    ("He died in [May].", "2024-04-02", "DATE", "2023-05"),
    ("The team won the cup in [May].", "2024-04-02", "DATE", "2023-05"),
    ("Police arrested him in [January].", "2026-12-04", "DATE", "2026-01"),
    ("The minister visited Delhi in [January].", "2026-12-04", "DATE", "2026-01"),
    ("The curfew was lifted at 5 am on [Tuesday].", "2026-12-04", "DATE", "2026-12-01"),
    # "could" looks ahead, but not in "could not" or "could be reached"
    ("Storms could bring floods on [Tuesday night].", "2025-08-10", "TIME", "2025-08-12TNI"),
    ("He could not be reached for comment [Wednesday].", "2025-08-10", "DATE", "2025-08-06"),
    # "March" and "May" qualifying dated figures, or after "as early as"
    ("The firm said [March] sales rose 4%.", "2024-07-31", "DATE", "2024-03"),
    ("[May] retail sales fell 1.2%.", "2024-07-31", "DATE", "2024-05"),
    ("Rates could fall as early as [March].", "2024-02-29", "DATE", "2024-03"),
    # British and Irish holidays
    ("Crowds gathered on [Remembrance Sunday].", "2026-12-04", "DATE", "2026-11-08"),
    ("The race is held on [Shrove Tuesday].", "2026-12-04", "DATE", "2027-02-09"),
    ("The parade is on [St Patrick's Day].", "2026-12-04", "DATE", "2027-03-17"),
    ("Fireworks lit the sky on [Bonfire Night].", "2026-12-04", "DATE", "2026-11-05"),
    ("Revellers celebrated [Hogmanay] in Edinburgh.", "2026-12-04", "DATE", "2025-12-31"),
    ("The commemorations are held here [annually].", "2026-12-04", "SET", "P1Y"),
    ("The interest is paid [half-yearly].", "2026-12-04", "SET", "P6M"),
    # 24-hour clocks: a range keeps its morning, "between" leads one, "hrs" follows one
    ("The road is closed from [08:00] to 20:00.", "2026-12-04", "TIME", "2026-12-04T08:00"),
    ("The road is closed from 08:00 to [20:00].", "2026-12-04", "TIME", "2026-12-04T20:00"),
    ("Trains will not run between 06:00 and [23:30].", "2026-12-04", "TIME", "2026-12-04T23:30"),
    ("It is down between [02:00] and 04:00 UTC tomorrow.", "2026-12-04", "TIME",
     "2026-12-05T02:00"),
    ("The train reaches Howrah at [05.30 hrs].", "2026-12-04", "TIME", "2026-12-04T05:30"),
    ("The incident occurred at [10:30 hrs].", "2026-12-04", "TIME", "2026-12-04T10:30"),
    # weekdays in a set, in a week, glossed by a date, or ending a range of opening days
    ("The train departs every Tuesday and [Friday].", "2026-12-04", "SET", "XXXX-WXX-5"),
    ("The Bill passed on [Thursday last week].", "2026-12-04", "DATE", "2026-11-26"),
    ("He arrived on [Friday of last week].", "2026-12-04", "DATE", "2026-11-27"),
    ("It is held on [Saturday], the 9th of November.", "2024-10-31", "DATE", "2024-11-09"),
    ("Open Monday to [Friday], 9am to 5pm.", "2026-12-04", "SET", "XXXX-WXX-5"),
    # a holiday's year written after it; a holiday that names a schedule is the coming one
    ("[Christmas] in 2019 was quiet.", "2026-12-04", "DATE", "2019-12-25"),
    ("The [Christmas] schedule was revealed yesterday.", "2026-12-04", "DATE", "2026-12-25"),
    ("Profit rose 8% in [the April-June quarter].", "2024-07-31", "DATE", "2024-Q2"),
    ("Burning peaks in [the first half of November].", "2024-10-31", "DATE", "2024-11"),
    # British and Irish "Tuesday week", "a week on Monday", "a week today"; "a year ago today"
    ("The Dail will sit again on [Tuesday week].", "2025-01-15", "DATE", "2025-01-28"),
    ("The inquiry will report [a week on Monday].", "2025-01-15", "DATE", "2025-01-27"),
    ("The vote is [a week today].", "2025-01-15", "DATE", "2025-01-22"),
    ("The hearing is on [Monday fortnight].", "2025-01-15", "DATE", "2025-02-03"),
    ("[A year ago today], the war began.", "2026-12-04", "DATE", "2025-12-04"),
    # an anniversary: the anchor's night, week or month, that many years back
    ("[Ten years ago tonight], the band played its last show.", "2026-12-03", "TIME",
     "2016-12-03TNI"),
    ("[Forty years ago this week], the shuttle exploded.", "2025-04-10", "DATE", "1985-W15"),
    ("The ruling came [a decade ago this month].", "2026-12-03", "DATE", "2016-12"),
    ("It happened [a month ago this week].", "2026-12-03", "DATE", "2026-W45"),
    ("Sixty years ago tonight, they played at [8pm].", "2026-02-09", "TIME", "1966-02-09T20:00"),
    # "from today" counts to a day; "next" after the same weekday is the one after it
    ("The deal will close [two weeks from today].", "2026-12-03", "DATE", "2026-12-17"),
    ("[A year from today], the law takes effect.", "2026-12-03", "DATE", "2027-12-03"),
    ("In [two weeks from now], we vote.", "2026-12-03", "DATE", "2026-W51"),
    ("We play this Saturday and [next Saturday].", "2026-12-03", "DATE", "2026-12-12"),
    ("We play [next Saturday].", "2026-12-03", "DATE", "2026-12-05"),
    ("The talks run from Monday to [next Friday].", "2026-12-03", "DATE", "2026-12-11"),
    # a story of an earlier year goes on in it, after a date named as when something happened
    ("He married in June 1950. In [September], his son was born.", "2025-05-20", "DATE",
     "1950-09"),
    ("The protests began in October 1989. On [November 9], the Wall fell.", "2025-05-20", "DATE",
     "1989-11-09"),
    ("The storm hit on June 5, 1968. [That night], the river rose.", "2025-05-20", "TIME",
     "1968-06-05TNI"),
    # a past form before the date, even one not next to it
    ("Police arrested two men outside the bar on [Feb. 3].", "2026-12-04", "DATE", "2026-02-03"),
    # a clock in a part of the day after noon; midnight gone by; around a clock
    ("The fire broke out at [4:15 Tuesday afternoon].", "2025-06-18", "TIME", "2025-06-17T16:15"),
    ("The bar closed at [midnight].", "2025-06-18", "TIME", "2025-06-17T24:00"),
    ("The bar will close at [midnight].", "2025-06-18", "TIME", "2025-06-18T24:00"),
    ("The robbery took place between [9] and 10 p.m.", "2025-06-18", "TIME", "2025-06-18T21:00"),
    ("Calls come in [every weekend].", "2026-12-04", "SET", "XXXX-WXX-WE"),
    ("The trial was delayed until [spring].", "2026-12-04", "DATE", "2027-SP"),
    # a bare first hour of a range of clock times, morning or evening as its end is
    ("Late-night opening Fridays [6]-9pm.", "2026-12-04", "TIME", "XXXX-WXX-5T18:00"),
    ("The shop opens from [11]-2pm on Sunday.", "2026-12-04", "TIME", "2026-12-06T11:00"),
    ("The clinic runs from [2] to 4 p.m. on Tuesday.", "2026-12-04", "TIME", "2026-12-08T14:00"),
    ("The market runs [8]-11am.", "2026-12-04", "TIME", "2026-12-04T08:00"),
    # a range of years whose end gives its last two digits
    ("He served in the war from 1939-[45].", "2025-10-01", "DATE", "1945"),
    ("He was mayor in [2010]-14.", "2025-10-01", "DATE", "2010"),
    ("talks on Dec. 1 or [2], officials said", AP, "DATE", "1998-12-02"),
    ("the summit on April 24 and [25, 1999], in Washington", AP, "DATE", "1999-04-25"),
    ("the summit on [April 24] and 25, 1999, in Washington", AP, "DATE", "1999-04-24"),
    # quarters that are lengths of time, not fractions
    ("profitable after [two quarters] of losses", WSJ, "DURATION", "P6M"),
    ("profitable after [several quarters] of losses", WSJ, "DURATION", "PXM"),
    # halves: the tense picks the year as for quarters; a half of a named year keeps the half
    ("the deal is expected to close in [the second half of the year].", "2013-03-14", "DATE",
     "2013-H2"),
    ("the deal will close in [the second half].", "2013-03-14", "DATE", "2013-H2"),
    ("the deal closed in [the second half].", "2013-03-14", "DATE", "2012-H2"),
    ("growth in [the second half of next year]", "2013-03-14", "DATE", "2014-H2"),
    ("growth in [next year's second half]", "2013-03-14", "DATE", "2014-H2"),
    ("profit rose in [the third quarter of last year]", "2013-03-14", "DATE", "2012-Q3"),
    ("sales in the first quarter of [the year-earlier period]", WSJ, "DATE", "1988-Q1"),
    # a future verb and the season the anchor is in: the rest of this season
    ("elections will be held in [the spring].", "2013-03-14", "DATE", "2013-SP"),
    ("elections will be held [next spring].", "2013-03-14", "DATE", "2014-SP"),
    ("elections will be held in [the fall].", "2013-03-14", "DATE", "2013-FA"),
    # a clock on a part of a day is that day's hour; a night's small hours are the next day's
    ("the fire broke out at [11 p.m. last night].", "2013-03-14", "TIME", "2013-03-13T23:00"),
    ("the fire broke out at [1 a.m. last night].", "2013-03-14", "TIME", "2013-03-14T01:00"),
    ("the vote closes at [9 a.m. tomorrow morning].", "2013-03-14", "TIME", "2013-03-15T09:00"),
    ("polls close at [8 p.m. tonight].", "2013-03-14", "TIME", "2013-03-14T20:00"),
    ("the party ended at [11 p.m. Friday night].", "2013-03-14", "TIME", "2013-03-08T23:00"),
    ("the fire started at about [3am] on Sunday morning.", "2013-03-14", "TIME",
     "2013-03-10T03:00"),
    ("the vote is at [10 p.m.] on Saturday night.", "2013-03-14", "TIME", "2013-03-16T22:00"),
    # recurrences every so many units, and a decade and a half
    ("the bus runs [every 15 minutes].", "2013-03-14", "SET", "PT15M"),
    ("the board meets [every two weeks].", "2013-03-14", "SET", "P2W"),
    ("he worked there for [a decade and a half].", "2013-03-14", "DURATION", "P15Y"),
    ("the festival, held [every summer] since 1990", "2013-03-14", "SET", "XXXX-SU"),
    # a hundred years written as "the 1800s" is a century; "the 2000s" is the decade
    ("the mill was built in [the 1800s].", "2013-03-14", "DATE", "18"),
    ("the mill was built in [the early 1900s].", "2013-03-14", "DATE", "19"),
    ("prices rose in [the 2000s].", "2013-03-14", "DATE", "200"),
    # a range of years gives both years; a number before a hyphen is no year's start
    ("he was mayor from 2010-[2012].", "2013-03-14", "DATE", "2012"),
    ("he was mayor 2010\u2013[2012].", "2013-03-14", "DATE", "2012"),
    # the nth weekday of a month, in the year the tense picks or the one named
    ("the meeting is on [the first Monday of April].", "2013-03-14", "DATE", "2013-04-01"),
    ("the meeting was on [the first Monday of March].", "2013-03-14", "DATE", "2013-03-04"),
    ("the deadline was [the last Friday in May 2019]", "2013-03-14", "DATE", "2019-05-31"),
    ("they meet on [the second Tuesday of March]", None, "DATE", "XXXX-03"),
    # the end of the year
    ("should be in place by [year's end].", WSJ, "DATE", "1989"),
    ("should be in place by [year end].", WSJ, "DATE", "1989"),
    ("to complete the transaction by [year-end].", WSJ, "DATE", "1989-12-31"),
    # a fraction of a unit ago, counted in the smaller unit
    ("The plant closed [two and a half years ago].", "2026-12-03", "DATE", "2024-06"),
    ("The plant closed [a year and a half ago].", "2026-12-03", "DATE", "2025-06"),
    ("The plant closed [half a century ago].", "2026-12-03", "DATE", "1976"),
    ("The plant closed [a quarter-century ago].", "2026-12-03", "DATE", "2001"),
    ("The plant closed [a decade and a half ago].", "2026-12-03", "DATE", "2011"),
    # a holiday's clock, and a weekday's noon or midnight
    ("The parade stepped off at [9 a.m. Thanksgiving Day].", "2026-12-03", "TIME",
     "2026-11-26T09:00"),
    ("Mass begins at [11 p.m.] on Christmas Eve.", "2026-12-03", "TIME", "2026-12-24T23:00"),
    ("The deadline is [Friday midnight].", "2026-12-03", "TIME", "2026-12-04T24:00"),
    ("The deadline is [Friday noon].", "2026-12-03", "TIME", "2026-12-04T12:00"),
    ("Tours leave [every Friday noon].", "2026-12-03", "SET", "XXXX-WXX-5T12:00"),
    # "since" an event on its date looks back
    ("He has been in custody since his arrest on [3 March].", "2026-12-03", "DATE", "2026-03-03"),
    ("Prices have doubled since the election in [May].", "2026-12-03", "DATE", "2026-05"),
    # a range's first weekday and day, in the month of its last day
    ("The festival runs from [Thursday 10] to Sunday 13 December.", "2026-12-03", "DATE",
     "2026-12-10"),
    ("The fair runs [Fri 4]-Sun 6 September 2027.", "2026-12-03", "DATE", "2027-09-04"),
    # a reporting clause after a comma does not place the event; a lone "will" does
    ("The maker will unveil its lineup at an event on [Sept. 9], the company said Tuesday.",
     "2026-12-03", "DATE", "2027-09-09"),
    # a range's first month takes the year of its last
    ("The breach occurred between [March] and May of last year.", "2026-12-03", "DATE", "2025-03"),
    ("They met in [March] and May 2019.", "2026-12-03", "DATE", "2019-03"),
    # four-digit clocks with "hrs" or "hours"
    ("The train departs at [0600 hrs] daily.", "2026-12-03", "TIME", "2026-12-03T06:00"),
    ("The vigil runs from [2100 hours] to 0500 hours.", "2026-12-03", "TIME", "2026-12-03T21:00"),
    ("The pilot logged [1800 hours] of flight time.", "2026-12-03", "DURATION", "PT1800H"),
    # a fortnight, and a day of a month counted from now
    ("Cases doubled in [the past fortnight].", "2026-12-03", "DURATION", "P2W"),
    ("The fair opens on [the 20th of next month].", "2026-12-03", "DATE", "2027-01-20"),
    # a bare day of the month: of the month named before it, else the tense's month
    ("Sales fell in March. On [the 12th], the firm warned.", "2026-12-03", "DATE", "2026-03-12"),
    ("The vote was held on [the 20th].", "2026-12-03", "DATE", "2026-11-20"),
    ("The vote was held on [the 2nd].", "2026-12-03", "DATE", "2026-12-02"),
    ("The vote will be held on [the 2nd].", "2026-12-03", "DATE", "2027-01-02"),
    ("The vote will be held on [the 20th].", "2026-12-03", "DATE", "2026-12-20"),
    ("The fair ran from the 10th to [the 14th].", "2026-12-03", "DATE", "2026-11-14"),
    # a weekday says which month: the nearest whose day it is
    ("They met on [Thursday the 19th].", "2026-12-03", "DATE", "2026-11-19"),
    ("They meet on [Saturday the 19th].", "2026-12-03", "DATE", "2026-12-19"),
    ("Rent is due on [the 1st of each month].", "2026-12-03", "SET", "XXXX-XX-01"),
    # "that summer", "the next January": of the year the story tells of
    ("The war began in February 2022. By that [summer], the lines held.", "2026-12-03", "DATE",
     "2022-SU"),
    ("The law passed in 2019 and took effect [the next January].", "2026-12-03", "DATE",
     "2020-01"),
    # a past form and "in" before a month: the past one, for certain
    ("The new rules took effect in [January].", "2026-12-03", "DATE", "2026-01"),
    # a count noun after a year that opens its sentence after "In": still a year
    ("In [1998] children were hurt in the blast.", "2026-12-03", "DATE", "1998"),
    # a date that opens its clause takes the tense of the verb after the comma
    ("On [Thursday], another glimmer of hope was heralded.", "2020-04-10", "DATE", "2020-04-09"),
    ("On [Jan. 3], the board met.", "2026-12-03", "DATE", "2026-01-03"),
    ("On [Tuesday], officials are expected to release it.", "2026-12-03", "DATE", "2026-12-08"),
    # "the week to" a day: the seven days that end on it
    ("Cases rose a day by November 7th, and 6% in [the week] to 28th September.", "2020-10-06",
     "DATE", "2020-W39"),
    ("Cases rose 50% in [the week] to 4th October.", "2020-10-06", "DATE", "2020-W40"),
    # "ahead of" a possessive day looks ahead, unless a past form says otherwise
    ("The stakes are high ahead of [Tuesday]'s debate.", "2020-02-24", "DATE", "2020-02-25"),
    ("Shares rose ahead of [Tuesday]'s report.", "2020-02-24", "DATE", "2020-02-18"),
    # a holiday that names its season's trade is the nearest one, whatever the tense
    ("Sky has kickstarted its [Black Friday] deals.", "2023-11-08", "DATE", "2023-11-24"),
    ("We spent [Christmas] in Rome.", "2023-11-08", "DATE", "2022-12-25"),
    # "two years later" goes on from the year just named, not from the story's recent topic
    ("The show ended last month. They met in 2013 and were engaged [two years later].",
     "2023-11-02", "DATE", "2015"),
    # "later than planned" is a difference: its length alone
    ("The date is about [three months] later than executives planned.", "2020-10-13",
     "DURATION", "P3M"),
    ("bids are due by 05/10/2020, [a month] later than first planned.", "2020-09-02",
     "DURATION", "P1M"),
    ("The library reopened on Thursday, [a year] after a fire.", "2018-03-09", "DURATION",
     "P1Y"),
    # a range's last day is in the year from its first
    ("The fiscal year runs from July 1 to [June 30].", "2026-12-03", "DATE", "2027-06-30"),
    ("The exhibition ran Dec. 10 through [Jan. 15].", "2026-12-03", "DATE", "2026-01-15"),
    # "the past century" is a stretch of time ending now, as "the past decade"; "last
    # century" the one before this
    ("For much of [the past century], the town depended on coal.", "2026-12-03", "DURATION",
     "P100Y"),
    ("[Last century] the town shrank.", "2026-12-03", "DATE", "19"),
    # clocks said in words, and the night's small hours
    ("He called at [10 at night].", "2026-12-03", "TIME", "2026-12-03T22:00"),
    ("He called at [2 at night].", "2026-12-03", "TIME", "2026-12-03T02:00"),
    ("The vote takes place at [half past two].", "2026-12-03", "TIME", "2026-12-03T02:30"),
    ("The train leaves at [a quarter to six].", "2026-12-03", "TIME", "2026-12-03T05:45"),
    # a range's first time, written bare, in the afternoon its last one states
    ("The eclipse is visible from [2:05] to 4:40 p.m.", "2026-12-03", "TIME", "2026-12-03T14:05"),
    # "the new year" is the year to come
    ("The inquiry will report back in [the new year].", "2026-12-03", "DATE", "2027"),
    # an adjective or a noun that looks like a past form tells no tense: "the affected area",
    # "a fully franked dividend", "a rate cut", "the peace plan"
    ("Takaichi will visit the affected area on [Sunday].", "2025-03-12", "DATE", "2025-03-16"),
    ("The minister will tour the flooded districts in [June].", "2025-03-12", "DATE", "2025-06"),
    ("CBA will pay a fully franked dividend on [March 30].", "2025-12-09", "DATE", "2026-03-30"),
    ("Economists expect a rate cut in [April].", "2025-02-07", "DATE", "2025-04"),
    ("Shareholders will vote on the share split in [April].", "2025-02-07", "DATE", "2025-04"),
    ("The company cut 500 jobs in [May].", "2025-02-07", "DATE", "2024-05"),
    ("Hamas responded to Trump's peace plan on [Friday].", "2025-03-12", "DATE", "2025-03-07"),
    ("The government unveiled its plans on [Monday].", "2025-03-12", "DATE", "2025-03-10"),
    ("They plan a rally on [Friday].", "2025-03-12", "DATE", "2025-03-14"),
    ("A funeral will be held on Saturday, followed by a memorial in [November].", "2024-07-22",
     "DATE", "2024-11"),
    # a relative clause after the date is another clause's, and one around it ends at its comma
    ("The Commission proposed rules on [Tuesday] that would take effect in 2027.", "2025-03-12",
     "DATE", "2025-03-11"),
    ("Spurs, who won the Europa League in [May], are 10th.", "2025-12-09", "DATE", "2025-05"),
    ("Curbs, which were put in place through [April 30], will be extended.", "2020-04-29",
     "DATE", "2020-04-30"),
    # present forms of scheduled events, and forecasts
    ("Brighton welcome Fulham on [Saturday].", "2025-03-11", "DATE", "2025-03-15"),
    ("The treaty enters into force on [Monday].", "2026-03-05", "DATE", "2026-03-09"),
    ("The law comes into force in [June].", "2026-03-05", "DATE", "2026-06"),
    ("Growth is forecast to slow to 1% [this quarter].", "2025-03-12", "DATE", "2025-Q1"),
    # a day something is set "for"; a possessive day in a future clause or after "for"
    ("The union called a nationwide strike for [Thursday].", "2025-03-12", "DATE", "2025-03-13"),
    ("A service planned at the university for [Saturday] was canceled.", "1999-10-24", "DATE",
     "1999-10-23"),
    ("Saka will miss [Sunday]'s game.", "2025-03-11", "DATE", "2025-03-16"),
    ("He is the favourite for [Friday]'s Gold Cup.", "2025-03-11", "DATE", "2025-03-14"),
    ("Investors are awaiting [Thursday]'s ECB decision.", "2026-01-27", "DATE", "2026-01-29"),
    ("Shares rose before [Friday]'s purchases.", "1989-11-01", "DATE", "1989-10-27"),
    ("Lawmakers face [Friday]'s midnight deadline.", "2026-12-07", "DATE", "2026-12-11"),
    ("Lawmakers have until [Friday]'s deadline.", "2026-12-07", "DATE", "2026-12-11"),
    ("The team faced [Sunday]'s final without its captain.", "2026-12-07", "DATE",
     "2026-12-06"),
    # "until", "by", "before" end a past state, not a term to come
    ("He was a regular at the pub until [March].", "2026-06-18", "DATE", "2026-03"),
    ("By [March] he was too ill to work.", "2026-06-18", "DATE", "2026-03"),
    ("Before [Christmas] he was still taking visitors.", "2026-06-18", "DATE", "2025-12-25"),
    ("The office is closed until [March].", "2026-06-18", "DATE", "2027-03"),
    # a date that opens its clause without a comma takes the verb after the subject
    ("In [February] he died at home.", "2025-01-16", "DATE", "2024-02"),
    ("In [February] he will retire.", "2025-01-16", "DATE", "2025-02"),
    # an amount between a past form and its date
    ("Exports fell 3% in [September].", "2025-08-20", "DATE", "2024-09"),
    ("Shares rose 2.5 per cent on [December 20].", "2025-11-12", "DATE", "2024-12-20"),
    # a story told of a year goes on in it: a month or day named after it in the past tense
    ("He moved to Rome in 1955. In [March] he met Fellini.", "2025-01-16", "DATE", "1955-03"),
    ("He retired in 2004. He died on [Oct. 9] at his home.", "2025-10-16", "DATE",
     "2025-10-09"),
    ("He retired in 2004. In [September] he fell ill.", "2025-10-16", "DATE", "2025-09"),
    ("Kopp had been arrested since 1990. His car was found in [December].", "1999-05-06",
     "DATE", "1998-12"),
    ("A program approved in 1987 that set no amount ran through [Sept. 29].", "1989-11-02",
     "DATE", "1989-09-29"),
    # years before 1900 after "born", "built", "c." or in brackets; "'45" is 1945
    ("The sculptor Henry Moore ([1898]-1986) was her mentor.", "2025-05-06", "DATE", "1898"),
    ("Her father (born [1899]) was a miner.", "2025-05-06", "DATE", "1899"),
    ("The abbey was built c. [1280].", "2025-05-06", "DATE", "1280"),
    ("He came home in ['45] and never spoke of the war.", "2025-05-06", "DATE", "1945"),
    ("Tickets go on sale in ['27].", "2025-05-06", "DATE", "2027"),
    # a possessive day after "Following" is named alone
    ("Following [Saturday]'s defeat, Ten Hag was sacked.", "2024-10-03", "DATE", "2024-09-28"),
    ("Workers staged a [one-day] strike.", "2025-11-26", "DURATION", "P1D"),
    # fiscal shorthand of Indian and Australian copy; a split fiscal year is the year it ends
    ("Net profit for [Q2FY26] rose 12%.", "2026-02-10", "DATE", "2026-Q2"),
    ("Net profit in [H1FY26] rose 18%.", "2026-02-10", "DATE", "2026-H1"),
    ("Revenue grew 8% in [FY 2025-26].", "2026-02-10", "DATE", "2026"),
    ("Revenue grew 8% in [FY'26].", "2026-02-10", "DATE", "2026"),
    ("Revenue grew 8% [last fiscal].", "2026-02-10", "DATE", "2025"),
    ("Revenue will grow 12% [this fiscal].", "2026-02-10", "DATE", "2026"),
    ("Revenue will grow 8% in [the next financial year].", "2026-02-10", "DATE", "2027"),
    ("Sales rose 8% [last fiscal year].", "2026-02-10", "DATE", "2025"),
    # a quarter or half reported on is the latest, whichever way it is written
    ("Alphabet will report [Q2] earnings on July 23.", "2025-07-14", "DATE", "2025-Q2"),
    ("The bank will announce results for [the June quarter] on July 19.", "2025-07-14", "DATE",
     "2025-Q2"),
    ("HDFC Bank will declare its [June quarter] results on Saturday.", "2025-07-14", "DATE",
     "2025-Q2"),
    ("Net profit for [the December half] rose 11 per cent.", "2026-03-09", "DATE", "2025-H2"),
    ("Sales will rise in [Q3].", "2025-07-14", "DATE", "2025-Q3"),
    # a month's figures are of a month already begun
    ("Inflation data for [January] will be released on February 14.", "2025-02-07", "DATE",
     "2025-01"),
    ("Monthly CPI for [July] will be released on Wednesday.", "2025-08-26", "DATE", "2025-07"),
    # a clock and its gloss in another zone, with the place's time between, are on the day after
    ("Polls will open at [7 a.m.] local time (0500 GMT) on Sunday.", "2025-10-27", "TIME",
     "2025-11-02T07:00"),
    ("The launch is set for [6:45 p.m. EST] (2345 GMT) Thursday.", "2025-10-27", "TIME",
     "2025-10-30T18:45"),
    ("The board will meet at [11:00 hrs] IST on Monday.", "2025-10-01", "TIME",
     "2025-10-06T11:00"),
    ("Kick-off is at [5.45pm] UK time on Thursday.", "2025-10-01", "TIME", "2025-10-02T17:45"),
    # an event named by its day has happened
    ("The [Jan. 6] riot shocked the nation.", "2026-03-10", "DATE", "2026-01-06"),
    ("The [March 20] strike will go ahead.", "2026-03-10", "DATE", "2026-03-20"),
    # scheduled events with a longer object, "take place from", "brought forward to"
    ("The Chiefs host the Los Angeles Chargers on [Sunday] at 1 p.m. ET.", "2025-12-09", "DATE",
     "2025-12-14"),
    ("The 2026 World Cup kicks off in Mexico City on [11 June].", "2025-12-01", "DATE",
     "2026-06-11"),
    ("The ATP Finals take place from 9-[16 November].", "2025-06-30", "DATE", "2025-11-16"),
    ("The game has been brought forward to [Friday night].", "2026-03-07", "TIME",
     "2026-03-13TNI"),
    # "the weekend" in the present tense: the nearer one
    ("Jack Grealish is a doubt for [the weekend].", "2024-10-03", "DATE", "2024-W40-WE"),
    ("Jack Grealish is a doubt after [the weekend].", "2024-09-30", "DATE", "2024-W39-WE"),
    # "a year back" is "a year ago"; every range of a list of ranges
    ("Revenue was Rs 5,200 crore [a year back].", "2025-04-24", "DATE", "2024"),
    ("The ties will be played on [17]-18 and 24-25 February.", "2026-01-31", "DATE",
     "2026-02-17"),
    ("The ties will be played on 17-[18] and 24-25 February.", "2026-01-31", "DATE",
     "2026-02-18"),
    # years and centuries of an era: TimeML writes those before Christ with "BC"
    ("The ruins date to [the 5th century BC].", "2025-09-27", "DATE", "BC04"),
    ("The city was founded in [1200 BC].", "2025-09-27", "DATE", "BC1200"),
    ("Pompeii was buried in [AD 79].", "2025-09-27", "DATE", "0079"),
    ("Rome fell in [410 AD].", "2025-09-27", "DATE", "0410"),
    ("They met in [the summer of '69] at Woodstock.", "2025-09-27", "DATE", "1969-SU"),
    # "reported" is a past form, and its adjective's after an article
    ("The company reported its results on [January 16].", "2025-11-12", "DATE", "2025-01-16"),
    ("The reported deal on [January 16] will close.", "2025-11-12", "DATE", "2026-01-16"),
    # notices: a change "from" a day, a line that opens "Closed", "reopening"
    ("The new charges come into effect from [1 April].", "2025-11-18", "DATE", "2026-04-01"),
    ("Charges increase from [Monday].", "2025-11-18", "DATE", "2025-11-24"),
    ("The festival runs from [12 June] to 14 June.", "2025-11-18", "DATE", "2026-06-12"),
    ("Closed Christmas Day and [Boxing Day].", "2025-11-19", "DATE", "2025-12-26"),
    ("Reopening on [Saturday].", "2025-11-19", "DATE", "2025-11-22"),
    ("The launch event starts at 10am PT (1pm ET) on [Tuesday].", "2025-11-19", "DATE",
     "2025-11-25"),
    # a range of days with a clock before its last day, or parts of days
    ("The line will be closed from 22:00 on Friday until [05:00] on Monday.", "2026-03-09",
     "TIME", "2026-03-16T05:00"),
    ("The line will be closed from 22:00 on Friday until 05:00 on [Monday].", "2026-03-09",
     "DATE", "2026-03-16"),
    ("The burglary took place between 8pm on Friday and 9am on [Saturday].", "2024-11-22",
     "DATE", "2024-11-23"),
    ("The station will be closed from Friday evening until [Tuesday morning].", "2026-03-07",
     "TIME", "2026-03-17TMO"),
    ("The warning runs from [6am] to 9pm on Thursday.", "2024-01-15", "TIME",
     "2024-01-18T06:00"),
    # a season "of last year"; a half of the month is no half-year; MLK Day
    ("The officer was cleared in [the summer of last year].", "2026-09-16", "DATE", "2025-SU"),
    ("Schools close for [Martin Luther King Jr. Day].", "2026-01-08", "DATE", "2026-01-19"),
    # "this fiscal" of Indian copy is named by the year it ends in, as FY26 is
    ("Revenue will grow 12% [this fiscal], or FY26.", "2025-10-16", "DATE", "2026"),
    ("Revenue grew 8% [last fiscal].", "2026-04-09", "DATE", "2026"),
    ("Sales rose [last fiscal year].", "2025-10-16", "DATE", "2024"),
    # a past result: a tournament's name, and a past form before a long object
    ("Djokovic won the French Open in [June].", "2025-12-30", "DATE", "2025-06"),
    ("Pogacar won the elite men's road race in Zurich on [Sunday].", "2024-09-30", "DATE",
     "2024-09-29"),
    # a scheduled event's clock and its gloss, with "local" alone
    ("The final kicks off at 3 p.m. ET (1900 GMT) on [Sunday].", "2026-06-13", "DATE",
     "2026-06-14"),
    ("Voting closes at [7 p.m.] local (1600 GMT) on Sunday.", "2025-08-12", "TIME",
     "2025-08-17T19:00"),
    # days listed with "and" after a day to come; not after one gone
    ("The Fed meets on Tuesday and [Wednesday].", "2026-01-27", "DATE", "2026-01-28"),
    ("Amber warnings were issued for Saturday and [Sunday].", "2024-11-21", "DATE",
     "2024-11-24"),
    ("These are statements made Friday and [Thursday].", "1998-02-06", "DATE", "1998-02-05"),
    # an event "ahead of" which something happened is still to come
    ("Stocks edged lower ahead of the jobs report on [Friday].", "2026-09-02", "DATE",
     "2026-09-04"),
    # a past form before a longer object, an adverb or a passive's phrase
    ("The minister visited the flooded villages in [November].", "2025-10-16", "DATE",
     "2024-11"),
    ("Officers were called to the property on [November 20].", "2025-10-08", "DATE",
     "2024-11-20"),
    ("He was taken to hospital in [November].", "2025-10-08", "DATE", "2024-11"),
    ("He will visit the flooded villages in [November].", "2025-10-08", "DATE", "2025-11"),
    ("It will redeem Series H preferred shares on [Oct. 31].", "1989-10-25", "DATE",
     "1989-10-31"),
    # a past form after a count is an adjective, no verb: "9.5 million preferred shares"
    ("It redeems 9.5 million preferred shares on [Oct. 31].", "1989-10-25", "DATE",
     "1989-10-31"),
    # the week, weekend or quarter that holds the day named after it
    ("Collections will resume [the week] commencing 5 January.", "2025-11-18", "DATE",
     "2026-W02"),
    ("Mock exams take place during [the week] of 1 December.", "2025-11-18", "DATE", "2025-W49"),
    ("Net profit for [the quarter] ended June 30, 2025 rose 9%.", "2026-02-24", "DATE",
     "2025-Q2"),
    # "this Friday" in a future clause is the coming one, even said on a Sunday
    ("The council will vote [this Friday].", "2024-11-03", "DATE", "2024-11-08"),
    ("The council voted [this Friday].", "2024-11-03", "DATE", "2024-11-01"),
    # a half alone after "in"; a quarter "next year"; a month's data, the month begun
    ("The company said the product would launch in [H2].", "2025-09-05", "DATE", "2025-H2"),
    ("The product ships in [Q1 next year].", "2025-09-05", "DATE", "2026-Q1"),
    # a lead before a clock governs the day after it
    ("Voting ran until 8 p.m. on [Tuesday].", "2026-12-03", "DATE", "2026-12-01"),
    ("Voting runs until 8 p.m. on [Tuesday].", "2026-12-03", "DATE", "2026-12-08"),
    # a possessive day whose event is still to come; an outcome already out
    ("[Thursday]'s vote is expected to be close.", "2026-12-01", "DATE", "2026-12-03"),
    ("[Thursday]'s ruling will be appealed.", "2026-12-01", "DATE", "2026-11-26"),
    # a decision "to" do something: the day after the infinitive lies ahead; the decision's
    # own day, and a day named between the decision and its "to", do not
    ("The two sides agreed Tuesday to meet again [Friday].", "2026-12-03", "DATE",
     "2026-12-04"),
    ("The council voted to raise fares in [January].", "2026-12-03", "DATE", "2027-01"),
    ("The council voted in [January] to raise fares.", "2026-12-03", "DATE", "2026-01"),
    ("The bank on [Thursday] agreed to pay $13 billion to settle claims.", "2025-06-09",
     "DATE", "2025-06-05"),
    ("The company in [March] agreed to pay $200 million.", "2025-06-09", "DATE", "2025-03"),
    ("On [Friday], the board unanimously voted to sell the unit.", "2025-06-09", "DATE",
     "2025-06-06"),
    ("The company agreed to pay the fine on [Friday].", "2025-06-09", "DATE", "2025-06-13"),
    # "a year earlier" after a month of its own sentence is that month a year before
    ("Sales rose 4% in October from [a year earlier].", "2026-12-03", "DATE", "2025-10"),
    # an amount compared by "more than", "less than" leaves them out of the date
    ("Sales were 57% more than [a year earlier].", "2026-12-03", "DATE", "2025"),
    ("Revenue was $3 million less than [a year ago].", "2026-12-03", "DATE", "2025"),
    ("Costs were far more than [two years earlier].", "2026-12-03", "DATE", "2024"),
    # (set beside a year, the count names it: the hiring was the time more than a year before)
    ("He was hired in 2019, [more than a year earlier].", "2026-12-03", "DATE", "2019"),
    # an adverb before a participle stands between the verbs, not apart from them
    ("Haneda will remain partially closed on [Wednesday].", "2024-01-02", "DATE", "2024-01-03"),
    ("Services are expected to be fully restored on [Thursday].", "2024-01-02", "DATE",
     "2024-01-04"),
    ("The cuts are gradually phased in from [October].", "2025-04-22", "DATE", "2025-10"),
    ("The bridge was partially reopened on [Friday].", "2024-01-02", "DATE", "2023-12-29"),
    # a plan word in a comparison, or as an adjective, plans nothing
    ("Exports grew more than expected in [December].", "2026-03-10", "DATE", "2025-12"),
    ("The plant was shut in [May] for scheduled maintenance.", "2025-08-14", "DATE", "2025-05"),
    # the date of a plan called off is the nearer one
    ("The university had postponed the exams scheduled for [May 10].", "2025-05-28", "DATE",
     "2025-05-10"),
    # what comes into force is to come; a date put off is ahead
    ("The regulator approved rules that take effect in [November].", "2025-04-22", "DATE",
     "2025-11"),
    ("The EU approved countermeasures, with duties to kick in in [December].", "2025-04-09",
     "DATE", "2025-12"),
    ("A ceasefire that was to take effect on [April 12] collapsed.", "2025-06-01", "DATE",
     "2025-04-12"),
    ("The IRS pushed back the filing deadline to [May 17].", "2024-01-03", "DATE", "2024-05-17"),
    # a year before a holiday is the holiday's; a superlative names a month or a season
    ("It was the [1935 Labor Day] hurricane.", "2025-09-01", "DATE", "1935-09-02"),
    ("Between 2019 and [2024] Labor Day traffic deaths fell.", "2025-09-02", "DATE", "2024"),
    ("Britain saw the sunniest [spring] on record in 2020.", "2024-06-10", "DATE", "2020-SP"),
    ("It was the wettest [March] since 1910.", "2026-04-06", "DATE", "2026-03"),
    ("It was the sunniest [May] on record.", "2026-06-02", "DATE", "2026-05"),
    ("England had its wettest [winter] on record.", "2026-03-02", "DATE", "2025-WI"),
    # "the new year" in January is the year begun; "the same month last year"; a fiscal label
    ("Forecasters say the first full week of [the new year] will bring a cold snap.",
     "2026-01-02", "DATE", "2026"),
    ("Into [the new year], prices will rise.", "2024-12-27", "DATE", "2025"),
    ("Inflation stood at 4.8pc in April, against 0.3pc in [the same month last year].",
     "2026-05-27", "DATE", "2025-04"),
    ("The deficit for [the first quarter of FY26] stood at 17.9 per cent.", "2025-08-14", "DATE",
     "2026-Q1"),
    ("The plan must be approved by [month-end].", "2026-05-10", "DATE", "2026-05"),
    ("The budget will not arrive until at least [March].", "2026-02-10", "DATE", "2026-03"),
    # the year that opens a sentence is that of its days
    ("In 2019, the elections were held between April 11 and May 19, and the results were "
     "declared on [May 23].", "2024-03-16", "DATE", "2019-05-23"),
    ("This year, Tax Day falls on [April 18].", "2023-11-21", "DATE", "2023-04-18"),
    ("Back in 2021, the Fed started raising rates in [March] of the following year.",
     "2026-12-03", "DATE", "2022-03"),
    ("In 2019, he was jailed; he will be released on [May 23].", "2023-11-21", "DATE",
     "2024-05-23"),
    # ... until another year is named
    ("This year, the deadline is April 15; last year it was [May 17].", "2025-04-01", "DATE",
     "2024-05-17"),
    ("In 2016, Trump won, and in 2024 he won again on [November 5].", "2024-11-18", "DATE",
     "2024-11-05"),
    # a story's month goes on in its year
    ("The pandemic began in March 2020. Schools closed on [March 16].", "2025-03-20", "DATE",
     "2020-03-16"),
    # a year that measures goes on in no story; a list's next item is told as the first
    ("Tourism Ireland expects numbers to recover to 2019 levels by [the end of the year].",
     "2025-04-22", "DATE", "2025"),
    ("India face England on October 29 and South Africa on [November 5].", "2023-06-28", "DATE",
     "2023-11-05"),
    ("The tour visits Chicago in April, Denver in May and Seattle in [June].", "2026-12-03",
     "DATE", "2027-06"),
    # a part of the day in a past clause is of no day named as still to come
    ("Vijayan will visit the areas on Thursday. Modi spoke to him in [the morning].",
     "2024-07-30", "TIME", "2024-07-30TMO"),
    # the start of a year or month to come, said late in the one under way, is the next one's
    ("The new rate takes effect at [the beginning of the year].", "2025-12-29", "DATE", "2026"),
    ("Prices rose at [the start of the year].", "2025-12-29", "DATE", "2025"),
    ("Payments will resume at [the start of the month].", "2025-03-20", "DATE", "2025-04"),
    # a headline's infinitive after a longer subject looks ahead
    ("Rail staff at Southern to strike on [Friday]", "2026-01-12", "DATE", "2026-01-16"),
    # a year a record is measured from is no year the text goes on in (but "since 1994, when")
    ("Box office receipts were the best since 2019. [The year]'s top film was a sequel.",
     "2025-12-29", "DATE", "2025"),
    ("It was the deadliest outbreak since 1994, when a storm on [Palm Sunday] killed 22.",
     "2026-12-03", "DATE", "1994-03-27"),
    # a part of the day in a clause sure to come is of no day gone
    ("The warning was issued at 4pm yesterday. Winds will ease from [early afternoon].",
     "2026-02-14", "TIME", "2026-02-14TAF"),
    # commodities: a contract month is the next one; a clock in a zone is no year
    ("Brent crude futures for [January] delivery rose 21 cents.", "2024-11-13", "DATE",
     "2025-01"),
    ("[December] corn rose 4 cents to $4.32 a bushel.", "2025-10-14", "DATE", "2025-12"),
    ("[March] wheat fell 6 cents.", "2025-10-14", "DATE", "2026-03"),
    ("Gold was flat at $2,330 by [1245 ET].", "2024-05-22", "TIME", "2024-05-22T12:45"),
    ("Oil rose 1% by [1930 GMT].", "2024-05-22", "TIME", "2024-05-22T19:30"),
    # (a year before a company's "PT": a clock's four digits need "by", "at" or a small hour)
    ("In [2023] PT Bank Mandiri grew its profit.", "2024-05-22", "DATE", "2023"),
    # calendars: Lent is no verb; a weekday names a date's year when the tense agrees; a year
    # that opens a sentence without a comma; a weekday as the subject of a present verb
    ("Lent ends on [Easter Sunday].", "2026-02-16", "DATE", "2026-04-05"),
    ("The autumn equinox is on [Monday, Sept. 22].", "2025-03-06", "DATE", "2025-09-22"),
    ("Local elections will be held on [Thursday 7 May].", "2026-12-03", "DATE", "2027-05-07"),
    ("Last year Hanukkah began on [Dec. 7].", "2024-12-21", "DATE", "2023-12-07"),
    ("2025 was the third-hottest year, and on [Jan. 10] the figures were confirmed.",
     "2026-12-03", "DATE", "2026-01-10"),
    ("The fiscal year ends in [September].", "2026-12-03", "DATE", "2027-09"),
    ("[Thursday] marks the 80th anniversary of D-Day.", "2024-06-03", "DATE", "2024-06-06"),
    # a state's span that holds now is the one under way, not next year's; an event's is ahead
    ("Schools will remain closed from [May 11] to June 30.", "2025-05-28", "DATE", "2025-05-11"),
    ("Schools will remain closed from May 11 to [June 30].", "2025-05-28", "DATE", "2025-06-30"),
    ("The Masters will be played from [April 9]-12.", "2025-04-10", "DATE", "2026-04-09"),
    # the end of a state that holds now is to come; "ran until" is gone
    ("The rebate runs until [December 31].", "2025-04-14", "DATE", "2025-12-31"),
    ("The government has extended the rebate until [December 31].", "2025-04-14", "DATE",
     "2025-12-31"),
    ("The rebate ran until [December 31].", "2025-04-14", "DATE", "2024-12-31"),
    ("Congress passed a stopgap in January that runs until [March 1].", "2025-04-10", "DATE",
     "2025-03-01"),
    ("This year, the festival was held in January; next year it moves to [March].", "2026-12-03",
     "DATE", "2027-03"),
    ("Filing the form pushes the deadline to [Oct. 16].", "2025-06-10", "DATE", "2025-10-16"),
    # consumer and box-office copy
    ("The state pension rises to £241.30 a week from [April].", "2026-02-10", "DATE", "2026-04"),
    ("Economists expect another cut in [December].", "2024-08-19", "DATE", "2024-12"),
    ("The film grossed $28 million from Friday through [Sunday].", "2025-12-01", "DATE",
     "2025-11-30"),
    ("Sales rose 5% in the third quarter, compared with [the same period in 2024].", "2025-12-22",
     "DATE", "2024-Q3"),
    ("Pay rose 4.2 per cent over [the year] to the December quarter.", "2026-02-10", "DURATION",
     "P1Y"),
    ("Ofgem has been consulting since last year and said a decision would be made by [the end of "
     "the year].", "2025-08-27", "DATE", "2025"),
    ("The show premieres on Paramount+ [Friday].", "2025-06-26", "DATE", "2025-06-27"),
    ("Paid parental leave will increase to [22 weeks] from today.", "2024-07-01", "DURATION",
     "P22W"),
    ("The notice period extends to [90 days] from Monday.", "2026-02-19", "DURATION", "P90D"),
    ("The minimum wage increases to £12.71 an hour from [April].", "2025-03-10", "DATE",
     "2025-04"),
    ("Sales rose in the first half, against [the same period of 2024].", "2025-12-22", "DATE",
     "2024-H1"),
    ("At [the start of the year], few expected the rally to last.", "2024-12-30", "DATE", "2024"),
    ("The deadline is set for [later this week].", "2025-07-06", "DATE", "2025-W28"),
    # the day a court set to hear a case
    ("The court posted the matter for hearing on [July 12].", "2024-05-14", "DATE",
     "2024-07-12"),
    ("The Bench fixed [February 23] as the next date of hearing.", "2023-02-06", "DATE",
     "2023-02-23"),
    # a plan or a hope reported is of the nearer day
    ("The regulator said it hoped to complete the review in [October].", "2025-04-22", "DATE",
     "2025-10"),
    ("Factory owners said they planned to reopen on [Saturday].", "2026-12-03", "DATE",
     "2026-12-05"),
    ("The company planned to launch the product in [January] but delayed it.", "2025-04-10",
     "DATE", "2025-01"),
    # a few words quoted within a clause end no clause (a title's quotes do)
    ('Reeves said she would "act decisively" in [the autumn] budget.', "2025-04-22", "DATE",
     "2025-FA"),
    ('The company said the update will arrive "in [the summer]."', "2025-04-10", "DATE",
     "2025-SU"),
    ('"Assassin\'s Creed Shadows" launches [March 20] on PS5.', "2026-12-03", "DATE",
     "2027-03-20"),
    # a window between two clocks of weekdays runs forward, within a week
    ("Storm Eowyn will bring travel disruption from 8pm Friday until [6am Monday].",
     "2025-01-13", "TIME", "2025-01-20T06:00"),
    ("A yellow warning has been issued from [3pm Monday] until 9am Tuesday.", "2026-03-15",
     "TIME", "2026-03-16T15:00"),
    ("The line was closed from 10pm Friday to [5am Monday].", "2025-01-13", "TIME",
     "2025-01-13T05:00"),
    ("Voting runs from [7am Thursday] until 10pm Friday.", "2026-05-08", "TIME",
     "2026-05-07T07:00"),
    # said on a Sunday, the week to come is the one beginning tomorrow
    ("The Senate will vote on the bill [this week].", "2025-01-05", "DATE", "2025-W02"),
    ("Rain will ease by [the weekend].", "2025-01-05", "DATE", "2025-W02-WE"),
    ("Markets fell sharply [this week].", "2025-01-05", "DATE", "2025-W01"),
    ("Officials were expected to announce a deal [this week] but did not.", "2025-07-20", "DATE",
     "2025-W29"),
    ("He said on Thursday that he would decide [later this week].", "2025-07-20", "DATE",
     "2025-W29"),
    ("Crowds flocked to the beach over [the weekend].", "2025-01-05", "DATE", "2025-W01-WE"),
    ("Sales in October were 3% higher than [a year ago].", "2026-12-03", "DATE", "2025-10"),
    ("Exports fell in October. They were 3% below [a year earlier].", "2026-12-03", "DATE",
     "2025"),
    # "early" before a month and its day: the day
    ("The storm hit early [Sept. 22], officials said.", "2026-12-03", "DATE", "2026-09-22"),
    # science, politics and markets copy: launch windows, deadlines moved, schedules
    ("Artemis II is now scheduled to launch no earlier than [Feb. 6].", "2026-01-14", "DATE",
     "2026-02-06"),
    ("The hearing was rescheduled for [Jan. 20].", "2026-09-18", "DATE", "2027-01-20"),
    ("The governor moved the special election to [Jan. 13].", "2026-09-18", "DATE",
     "2027-01-13"),
    ("The new rule takes effect [Monday].", "2026-12-03", "DATE", "2026-12-07"),
    ("The court hears arguments on [Monday].", "2025-04-10", "DATE", "2025-04-14"),
    ("Walmart reports results on [Thursday] before the bell.", "2026-05-11", "DATE",
     "2026-05-14"),
    ("Investors now look to [Friday]'s payrolls data.", "2024-07-23", "DATE", "2024-07-26"),
    ("Drownings rose over the [Memorial Day weekend].", "2026-04-23", "DATE", "2025-W21-WE"),
    ("Trading volume was the heaviest since the [Jan. 27] selloff.", "2025-12-12", "DATE",
     "2025-01-27"),
    ("The stock fell 30% over the next two weeks, hitting a low on [March 3].", "2026-10-19",
     "DATE", "2026-03-03"),
    ("Apollo 11 landed in July 1969. That [summer], the country was gripped by the war.",
     "2026-10-19", "DATE", "1969-SU"),
    # the second day after "next Wednesday and"; a year that opens the sentence holds its dates
    ("The advisers will meet next Wednesday and [Thursday].", "2026-12-03", "DATE",
     "2026-12-10"),
    ("In 2020, Georgia's presidential race wasn't called until [Nov. 19].", "2026-10-16", "DATE",
     "2020-11-19"),
    ("In 2019, he won. He will run again on [Nov. 19].", "2026-10-16", "DATE", "2026-11-19"),
    ("Last year, cases peaked in [March].", "2025-10-08", "DATE", "2024-03"),
    ("In 2025, the index bottomed on [April 8].", "2026-06-24", "DATE", "2025-04-08"),
    ("Last year, the company said it will open a store in [March].", "2025-10-08", "DATE",
     "2026-03"),
    # guards: a number before a past form is a name's or an age ("The S&P 500 peaked", "88,
    # died"); a present "runs until" keeps its lead's future; "four years later" after a month
    # is a year; a holiday's weekend ahead of a past clause is the coming one
    ("The S&P 500 peaked on [Feb. 19] and is now down 17%.", "2026-12-03", "DATE",
     "2026-02-19"),
    ("Margaret O'Brien, 88, died [Dec. 20] at Mercy Hospital.", "2026-12-03", "DATE",
     "2025-12-20"),
    ("The consultation runs until 5pm on [Friday 12 December].", "2025-04-10", "DATE",
     "2025-12-12"),
    ("He covered the fall of Saigon in April 1975 and the revolution [four years later].",
     "2026-12-03", "DATE", "1979"),
    ("Trading volume was light ahead of the [Memorial Day weekend].", "2026-05-22", "DATE",
     "2026-W21-WE"),
    # a rate after what its amount is "of"; no rate "ahead of schedule"
    ("Adults need seven to nine hours of sleep [a night].", "2025-03-12", "SET", "P1D"),
    ("Patients drank three cups of coffee [a day].", "2025-03-12", "SET", "P1D"),
    ("The house was adjourned on Thursday, [a day] ahead of schedule.", "2025-09-18",
     "DURATION", "P1D"),
    ("The three of them spent [a week] in Paris.", "2025-09-18", "DURATION", "P1W"),
    # "the year before", "the day before" alone: counted from the period told of
    ("Deaths fell to 80,000 in 2024 from 110,000 [the year before].", "2025-10-08", "DATE",
     "2023"),
    ("He was arrested on Monday. He had arrived [the day before].", "2025-10-08", "DATE",
     "2025-10-05"),
    # a month before its figures is the month begun, with or without "the"
    ("The [March] CPI rose 0.2%.", "2025-04-07", "DATE", "2025-03"),
    ("Investors will be watching for [March] CPI data on Thursday.", "2025-04-07", "DATE",
     "2025-03"),
    # a holiday a lead puts ahead, said in the week after it, with no verb to confirm it
    ("Millions voted early or by mail before [Election Day].", "2026-11-04", "DATE",
     "2026-11-03"),
    ("The store will close before [Christmas].", "2026-12-27", "DATE", "2027-12-25"),
    # an event that "is" on its date is to come; reported with "was", the nearer one
    ("The general election is [Nov. 3].", "2026-03-04", "DATE", "2026-11-03"),
    ("The state's primary is on [March 3].", "2025-07-16", "DATE", "2026-03-03"),
    ("Officials said the deadline was [Nov. 5].", "2024-10-24", "DATE", "2024-11-05"),
    ("Officials said the vote was on [Monday].", "2026-03-04", "DATE", "2026-03-02"),
    # "with the winner declared on": a participle, no past verb
    ("The race will last eight weeks, with the winner declared on [2 November].",
     "2025-07-10", "DATE", "2025-11-02"),
    # more holidays by name
    ("Flu cases peaked around [New Year's].", "2026-01-14", "DATE", "2026-01-01"),
    ("Rallies are planned for [Earth Day].", "2026-04-10", "DATE", "2026-04-22"),
    # release schedules: a present verb and what stands between it and its day
    ('"Mickey 17" hits theaters [Friday].', "2025-03-05", "DATE", "2025-03-07"),
    ("Tickets go on sale [Friday] at 10 a.m. local time.", "2025-03-05", "DATE", "2025-03-07"),
    ("The author's new book comes out [Tuesday].", "2024-06-16", "DATE", "2024-06-18"),
    ("The actress, who turns 40 on [Saturday], stars in the film.", "2024-06-16", "DATE",
     "2024-06-22"),
    # a past form, an amount and its thing counted, then the date
    ("The film grossed $300 million in [April].", "2025-03-05", "DATE", "2024-04"),
    ("The band played 40 shows in [November].", "2025-10-01", "DATE", "2024-11"),
    ('"Avengers: Doomsday" was pushed to [Dec. 18].', "2025-10-14", "DATE", "2025-12-18"),
    # a holiday days ahead that no verb puts in the past for sure
    ("Forecasters warned of flooding over the [Labor Day weekend].", "2026-09-04", "DATE",
     "2026-W36-WE"),
    # a quotation that holds only a dated day keeps it
    ('"Timestamp": "[2030-08-14]"', "2019-01-11", "DATE", "2030-08-14"),
    # "four years before" at a clause's end counts back as "earlier" does
    ("Turnout in 2024 was 64 percent, down from 66 percent [four years before].", "2024-11-18",
     "DATE", "2020"),
    # long spans, old ranges, a range's last day before a verb
    ("Humans have farmed the region for [9,000 years].", "2026-04-23", "DURATION", "P9000Y"),
    ("Temperatures were above the [1850]-1900 average.", "2025-10-08", "DATE", "1850"),
    ("NOAA's 1880-[2024] temperature record shows the trend.", "2025-10-08", "DATE", "2024"),
    ("A poll taken Sept. 3-[5] showed the race tied.", "2024-10-15", "DATE", "2024-09-05"),
    ("The EU aims to become climate neutral by [mid-century].", "2025-10-08", "DATE", "20"),
    # an ISO date's digits are no game's score beside "the first half"
    ("Work will finish in [the first half], says a notice dated 2015-03-02.", "2015-03-02",
     "DATE", "2015-H1"),
    ("Inflation data for [July] will be published on Thursday.", "2025-07-27", "DATE",
     "2025-07"),
    ("Talks on [3] & 4 June went well.", "2025-11-19", "DATE", "2025-06-03"),
    # a deadline: "due by" is certain; "were due by" is past
    ("Elections are due by [Dec. 31].", "2025-03-19", "DATE", "2025-12-31"),
    ("Filings were due by [Dec. 31].", "2025-03-19", "DATE", "2024-12-31"),
    ("The city celebrates its 800th anniversary in [June].", "2025-03-19", "DATE", "2025-06"),
    ("He will return on [Good Friday].", "2026-03-10", "DATE", "2026-04-03"),
    # a plan "to" do something is certain of its future
    ("The company plans to list in [September].", "2025-10-16", "DATE", "2026-09"),
    ("The company had planned to list in [September].", "2025-10-16", "DATE", "2025-09"),
    # years "on", "half a century later"; and "later" with no year before it in a past clause
    ("He left prison in 1990. [Ten years on], he was a millionaire.", "2025-01-16", "DATE",
     "2000"),
    ("[Nearly two decades later], she told the story.", "2025-01-16", "DATE", "XXXX"),
    ("[Two years later], the firm will list.", "2025-01-16", "DATE", "2027"),
    # an event named by its month is the nearer one; "since before" looks back
    ("Registration closes on 16 April for the [May] elections.", "2024-02-26", "DATE", "2024-05"),
    ("The [June] sale starts on Saturday.", "2024-02-26", "DATE", "2024-06"),
    ("He has been in hospital since before [Christmas].", "2026-01-08", "DATE", "2025-12-25"),
    # "plans" is a verb before its object; a noun after an article or before a preposition
    ("The union plans a strike on [Thursday].", "2025-10-21", "DATE", "2025-10-23"),
    ("A consultation on the plans closes on [Friday].", "2026-02-04", "DATE", "2026-02-06"),
    # a verb whose object is still to come; "after" an event in a scheduled verb's phrase
    ("The Fed signaled a pause in [January].", "2024-12-20", "DATE", "2025-01"),
    ("The clean-up continues after storms on [Saturday].", "2026-02-04", "DATE", "2026-01-31"),
    # an active past form before "until" ends a past state; the verb "last" looks ahead
    ("He remained in hospital until [Friday], when he was discharged.", "2025-12-03", "DATE",
     "2025-11-28"),
    ("She served as chief executive until [March].", "2025-12-03", "DATE", "2025-03"),
    ("Our blend returns today, roasted on Tuesday and shipped by [Monday].", "2021-11-26",
     "DATE", "2021-11-29"),
    ("The strike could last through [December].", "1989-11-02", "DATE", "1989-12"),
    ("Pope Francis laid to rest in Rome on [Saturday]", "2025-04-27", "DATE", "2025-04-26"),
    # a month's figures after "the"; a quarter's GNP; a hyphenated month-named quarter
    ("Investors will get the [June] consumer price index on Tuesday.", "2025-07-11", "DATE",
     "2025-06"),
    ("The [January] jobs report will be released on Friday.", "2026-02-04", "DATE", "2026-01"),
    ("Apple reports [December-quarter] earnings on Feb. 10.", "2026-02-04", "DATE", "2025-Q4"),
    ("The department will report [third-quarter] GNP on Friday.", "1989-10-26", "DATE",
     "1989-Q3"),
    # a possessive day five words after "will"; a year in an aside carries no story
    ("Officials will discuss the plan at [Wednesday]'s meeting.", "1989-11-06", "DATE",
     "1989-11-08"),
    ("Chavez, who came to power in 1999, was re-elected in [October].", "2013-03-06", "DATE",
     "2012-10"),
    # any present verb in "-s" after its subject tells of what is set for the day; a plural
    # noun before a verb, a past form, a thought or report, a headline do not
    ("The governor signs the bill on [Friday].", "2026-12-02", "DATE", "2026-12-04"),
    ("Netflix reports earnings [Thursday].", "2026-12-02", "DATE", "2026-12-03"),
    ("The storm makes landfall on [Thursday].", "2026-12-02", "DATE", "2026-12-03"),
    ("Officials said the prime minister addresses parliament on [Monday].", "2026-12-02",
     "DATE", "2026-12-07"),
    ("The Senate recesses in [August].", "2026-12-03", "DATE", "2027-08"),
    ("The eclipse crosses Spain on [Aug. 12].", "2025-04-10", "DATE", "2025-08-12"),
    ("The company cut prices on [March 3].", "2026-12-03", "DATE", "2026-03-03"),
    ("The Supreme Court heard arguments [Monday] in a case.", "2026-12-03", "DATE",
     "2026-11-30"),
    ("Apple shares on [Monday] rose 3%.", "2026-12-03", "DATE", "2026-11-30"),
    ("He says the talks in [March] went well.", "2026-12-03", "DATE", "2026-03"),
    ("She remembers the storm in [March].", "2026-12-03", "DATE", "2026-03"),
    ("Storm makes landfall on [Thursday]\n", "2026-12-04", "DATE", "2026-12-03"),
    ("The hurricane season runs from [June 1] to Nov. 30.", "2026-12-03", "DATE", "2026-06-01"),
    # a month in a clause of habit is any year's: "typically", "usually", "normally"
    ("The flu season typically peaks between [December] and February.", "2025-04-10", "DATE",
     "XXXX-12"),
    ("The company typically unveils new phones in [September] or October.", "2012-06-11",
     "DATE", "XXXX-09"),
    ("Sales, which usually peak in December, fell in [March].", "2012-06-11", "DATE",
     "2012-03"),
    ("It was unusually cold in [March].", "2012-06-11", "DATE", "2012-03"),
    # ... with a longer object (a number, a hyphen, a name, a place), an attribution after it,
    # a name with its article after "and"; not when a verb follows the expression, a noun
    # of content follows a plural subject, a number opens the subject, a date names a thing
    ("Nvidia reports third-quarter earnings on [Wednesday].", "2024-11-08", "DATE",
     "2024-11-13"),
    ("Trump meets with Biden at the White House on [Wednesday].", "2024-11-08", "DATE",
     "2024-11-13"),
    ("Taylor Swift's new album drops [Friday].", "2024-07-01", "DATE", "2024-07-05"),
    ("The band performs at the Rose Bowl on [Saturday].", "2024-07-01", "DATE", "2024-07-06"),
    ("Netflix reports earnings [Thursday], the company said in a statement.", "2024-07-01",
     "DATE", "2024-07-04"),
    ("The House voted Tuesday, and the Senate votes [Thursday].", "2026-01-24", "DATE",
     "2026-01-29"),
    ("The jobs report on [Friday] showed hiring slowed.", "2026-12-03", "DATE", "2026-11-27"),
    ("Gas prices on [Monday] average $3.10 a gallon.", "2026-12-03", "DATE", "2026-11-30"),
    ("The second Test resumes on [Monday morning] after two days were lost to rain.",
     "2026-12-03", "TIME", "2026-12-07TMO"),
    ("The two films combined for the biggest [Thanksgiving] frame ever.", "2025-04-10", "DATE",
     "2024-11-28"),
    # a participle after a linking verb is no past form; a term set "until" runs on; "since
    # at least" looks back; a deadline "for" something "is" to come; a season that names the
    # subject of a present verb of a start is the coming one (of an end, the one under way)
    ("The station will remain closed until [March 3].", "2024-11-26", "DATE", "2025-03-03"),
    ("Schools will remain closed [Friday].", "2024-01-10", "DATE", "2024-01-12"),
    ("He was remanded in custody until [2 May].", "2024-04-18", "DATE", "2024-05-02"),
    ("He was released on bail until [9 May].", "2026-04-28", "DATE", "2026-05-09"),
    # a subject that names an event and its day, set for a start, looks ahead; "former" is no
    # past verb; "the last" of a row is no "last week"
    ("The race on [Sunday] starts at 2 p.m.", "2026-12-03", "DATE", "2026-12-06"),
    ("The race on [Sunday] started at 2 p.m.", "2026-12-03", "DATE", "2026-11-29"),
    ("A grand jury is scheduled to hear from her former boss on [Tuesday].", "1998-01-26",
     "DATE", "1998-01-27"),
    ("The firm will run trains on [Wednesday], with the first at 07:30 and the last at 19:00.",
     "2024-11-18", "DATE", "2024-11-20"),
    # a weekday before a verb that begins like a paper's name ("Post", "Express") is a day
    ("Compaq on [Tuesday] posted a third-quarter loss.", "1999-09-21", "DATE", "1999-09-21"),
    ("China on [Tuesday] expressed grave concern.", "1999-09-21", "DATE", "1999-09-21"),
    # "a year ago" after a past verb is when it happened, not a results comparison
    ("Sales fell in the second quarter of 1997. The crisis began [a year ago].", "2000-03-07",
     "DATE", "1999"),
    ("Sales fell in the second quarter. Profit rose from [a year ago].", "2000-03-07", "DATE",
     "1998-Q2"),
    ("The firm, founded in 2011, has gained 50% since [the start of the year].", "2024-07-20",
     "DATE", "2024"),
    ("The strike is on [7], 8 and 11 March.", "2026-03-05", "DATE", "2026-03-07"),
    # clocks without a.m. or p.m.: in a part of the day the sentence named, "at about"
    ("Tonight is the final, tip-off at [8:50 Eastern].", "2026-04-06", "TIME",
     "2026-04-06T20:50"),
    ("Delegates voted this afternoon, a little after [5 o'clock Central time].", "2024-07-15",
     "TIME", "2024-07-15T17:00"),
    # (in the small hours after it: the anchor's own day)
    ("Last night, at about [2:30], the storm hit.", "2026-04-06", "TIME", "2026-04-06T02:30"),
    ("The President speaks at [3 o'clock Eastern this afternoon].", "2025-10-14", "TIME",
     "2025-10-14T15:00"),
    ("The shutdown took effect at [12:01 this morning].", "2013-10-01", "TIME",
     "2013-10-01T00:01"),
    ("Police were called at about [22:15].", "2025-06-10", "TIME", "2025-06-10T22:15"),
    # a clock told in the past takes no day to come named before, nor one in the future a day
    # of years gone
    ("He'll be sworn in on January 20. Trump declared victory at [around 2:30 a.m.]",
     "2024-11-06", "TIME", "2024-11-06T02:30"),
    ("The last eclipse was on 21 August 2017. In Dallas, it will begin at [12:23pm].",
     "2024-04-07", "TIME", "2024-04-07T12:23"),
    ("The storm hit on June 5, 1968. At [9 p.m.] the river rose.", "2025-05-20", "TIME",
     "1968-06-05T21:00"),
    # a present perfect ties its past to now, not to the story's year
    ("The crew were named in April 2023. They have been in quarantine since [23 January].",
     "2026-02-05", "DATE", "2026-01-23"),
    ("He married in June 1950. In [September], his son was born.", "2025-05-20", "DATE",
     "1950-09"),
    # the future in the past of wire advances; a stay "for the weekend"
    ("The president was to deliver his address on [Thursday].", "2000-03-07", "DATE",
     "2000-03-09"),
    ("The bridge was to have opened in [May].", "2000-03-07", "DATE", "1999-05"),
    ("Clinton flew Friday evening to Camp David for [the weekend].", "1999-02-12", "DATE",
     "1999-W06-WE"),
    ("Clinton flew to Camp David for [the weekend].", "1999-02-15", "DATE", "1999-W06-WE"),
    ("The buzz is all about [the weekend] ahead.", "2023-11-06", "DATE", "2023-W45-WE"),
    ("The trust in July was to discuss questions it sent in [June].", "2023-11-07", "DATE",
     "2023-06"),
    # "shortly before", "in the weeks before" after a past form are of the past
    ("The driver fled the scene shortly before [midnight Saturday].", "2026-12-03", "TIME",
     "2026-11-28T24:00"),
    ("Sales slumped in the weeks before [Christmas].", "2026-12-03", "DATE", "2025-12-25"),
    # an aside built on a past participle tells of what was done; a plural subject and its
    # start verb look ahead
    ("The change, approved by the cabinet on [Thursday], will come into force in July.",
     "2026-03-30", "DATE", "2026-03-26"),
    ("The suspect, arrested by deputies in [November], will stand trial in March.",
     "2025-04-10", "DATE", "2024-11"),
    ("The match, postponed to [Thursday], will be played behind closed doors.", "2026-03-30",
     "DATE", "2026-04-02"),
    ("The vote, expected on [Thursday], will decide the matter.", "2026-03-30", "DATE",
     "2026-04-02"),
    ("[The summer] holidays start on 22 July.", "2026-04-22", "DATE", "2026-SU"),
    # re-probe: a present perfect in the same sentence keeps the story's month; "had ... since
    # the start of the year" is of the year named; "for the weekend" follows the tense (but on
    # a Friday, a past stay is in the one beginning); plans that fell through
    ("The journalist was arrested in March 2023 and has been held since [29 March].",
     "2025-06-02", "DATE", "2023-03-29"),
    ("By December 2019, the firm had lost $2 billion since [the start of the year].",
     "2025-06-02", "DATE", "2019"),
    ("Heavy snow is forecast for [the weekend].", "2024-01-09", "DATE", "2024-W02-WE"),
    ("The senator went home for [the weekend], aides said.", "2024-11-06", "DATE",
     "2024-W44-WE"),
    ("The match was to be played on [Saturday] but was postponed.", "2024-05-20", "DATE",
     "2024-05-18"),
    ("Voting on [Sunday] starts at 7 a.m.", "2024-05-20", "DATE", "2024-05-26"),
    ("Since 2020, the firm has tripled its staff, and in [March] it opened a plant.",
     "2025-06-02", "DATE", "2025-03"),
    # a day of the weeks just gone, far after a story's date, is of now; the story's next step
    # is of its year
    ("Ferguson arrived in November 1986. United won the league on [May 16].", "1999-05-27",
     "DATE", "1999-05-16"),
    ("The protests began in October 1989. On [November 9], the Wall fell.", "2026-12-03",
     "DATE", "1989-11-09"),
    # politics: a report's day before a two-word object; data months of a pair and of a
    # possessive; "was on track to"
    ("Trump told Republican lawmakers on [Tuesday] he would sign the bill.", "2026-04-24",
     "DATE", "2026-04-21"),
    ("The agency will publish the [September] and October jobs reports.", "2025-11-13", "DATE",
     "2025-09"),
    ("The government will release [October]'s inflation figures.", "2025-11-13", "DATE",
     "2025-10"),
    ("The government was on track to shut down at [12:01 a.m. Wednesday].", "2025-09-30",
     "TIME", "2025-10-01T00:01"),
    # 2013 wire: a possessive day after "expected to", "the favourite to"; "for a week on
    # Friday" is a length and a day
    ("Foreign leaders are expected to attend [Friday]'s funeral.", "2013-03-06", "DATE",
     "2013-03-08"),
    ("Poroshenko is the favourite to win [Sunday]'s election.", "2014-05-22", "DATE",
     "2014-05-25"),
    ("Leaders attended [Friday]'s funeral.", "2013-03-06", "DATE", "2013-03-01"),
    ("The trial was adjourned for a week on [Friday].", "2013-09-21", "DATE", "2013-09-20"),
    # a clock's gloss in another zone across midnight is of the next (or the last) day
    ("Sandy came ashore at about 8 p.m. EDT ([0000 GMT]) on Monday.", "2012-10-30", "TIME",
     "2012-10-30T00:00"),
    ("Sandy came ashore at about [8 p.m. EDT] (0000 GMT) on Monday.", "2012-10-30", "TIME",
     "2012-10-29T20:00"),
    ("Trading opens at 2 p.m. ([1800 GMT]) on Wednesday.", "2013-03-14", "TIME",
     "2013-03-20T18:00"),
    ("Polls closed tonight ([2200 GMT]).", "2025-12-03", "TIME", "2025-12-03T22:00"),
    # sport: a purpose after a past result; a game's halves and quarters; a clock told in the
    # past is of the story's day across the years of its background
    ("Liverpool beat Leicester on [Thursday] to open up a seven-point lead.", "2024-12-27",
     "DATE", "2024-12-26"),
    ("The shop is due to open on [Thursday].", "2024-12-27", "DATE", "2025-01-02"),
    ("Germany won the final on Sunday. It was their title after 1954 and 1990. The final kicked"
     " off at [4pm].", "2014-07-14", "TIME", "2014-07-13T16:00"),
    # explainers: a timeline's head holds its entry's months; "earlier in the day" after a month
    # is today's; what was urged is to come; months a date is moved to; results of a quarter
    # and the year
    ("Timeline\n2008: Russia fights a war with Georgia in [August].", "2022-02-24", "DATE",
     "2008-08"),
    ("How we got here\nMarch 18, 2014 \u2014 Putin signs the treaty. Separatists seize buildings"
     " in [April].", "2022-02-24", "DATE", "2014-04"),
    ("His term ends in May 2026. Stocks fell after a record high [earlier in the day].",
     "2024-09-18", "DATE", "2024-09-18"),
    ("Biden urged voters to turn out in the midterm elections on [Nov. 8].", "2022-06-24",
     "DATE", "2022-11-08"),
    ("The EU called on Russia to honour the deal signed in [July].", "2025-10-16", "DATE",
     "2025-07"),
    ("In June 1944, troops landed in Normandy. [Later in the day], they pushed inland.",
     "2025-03-17", "DATE", "1944-06-XX"),
    ("The council agreed on Monday to open the new library on [Saturday].", "2025-10-16",
     "DATE", "2025-10-18"),
    ("The summit, pencilled in for [Tuesday], will be held in Budapest.", "2025-10-16", "DATE",
     "2025-10-21"),
    ("The company booked a charge in [the fourth quarter].", "2025-03-17", "DATE", "2024-Q4"),
    ("Growth in April and [May] has been weak.", "2025-07-02", "DATE", "2025-05"),
    ("On [Sunday] trading resumed after the holiday.", "2025-07-02", "DATE", "2025-06-29"),
    ("Georgia has delayed its primary to May and [June].", "2020-03-17", "DATE", "2020-06"),
    ("The company will report [fourth-quarter] and full-year results on Jan. 31.", "2024-01-11",
     "DATE", "2023-Q4"),
    ("Islam will [one day] be the second largest religion.", "1998-03-03", "DATE",
     "FUTURE_REF"),
    # warnings and preparations look ahead
    ("Forecasters warn of heavy rain on [Saturday].", "2025-06-04", "DATE", "2025-06-07"),
    ("Millions prepare for [Monday]'s total eclipse", "2024-04-07", "DATE", "2024-04-08"),
    # a holiday in a "when" clause after a year; a day "of last year"; "Back in 2016,"
    ("The worst since 1994, when a storm on [Palm Sunday] killed 22.", "1998-03-15", "DATE",
     "1994-03-27"),
    ("The tariffs were announced on [April 2nd of last year].", "2026-04-06", "DATE",
     "2025-04-02"),
    ("Back in 2016, the count dragged on until [mid-December].", "2024-11-06", "DATE",
     "2016-12"),
    ("A curfew was imposed until [Monday].", "2026-04-28", "DATE", "2026-05-04"),
    ("The album was released in [May].", "2026-04-28", "DATE", "2025-05"),
    ("He remained jailed until [March 3].", "2024-11-26", "DATE", "2024-03-03"),
    ("Hackers have had access since at least [Nov. 2].", "2025-10-20", "DATE", "2024-11-02"),
    ("The deadline for applications is [Jan. 15].", "2025-06-01", "DATE", "2026-01-15"),
    ("[The autumn] term starts next month.", "2025-08-12", "DATE", "2025-FA"),
    ("[The autumn] term ends on Friday 19 December.", "2026-12-03", "DATE", "2026-FA"),
    ("Doors open at [10:30]-ish, organizers said.", "2026-12-03", "TIME", "2026-12-03T10:30"),
    # a day of the month before "for a" hearing, after a court's "continued to"
    ("He will be back in court on [the 19th] for a bond hearing.", "2026-02-03", "DATE",
     "2026-02-19"),
    ("The case was continued to [the 24th] at 9 a.m.", "2026-02-03", "DATE", "2026-02-24"),
    # "midnight" and "noon" with a zone's name take the day after "on"
    ("The sale ends at [midnight Eastern time] on Sept. 1.", "2024-07-05", "TIME",
     "2024-09-01T24:00"),
    # a weekday a holiday fixes, of the year the tense picks
    ("The busiest day at airports is [the Wednesday before Thanksgiving].", "2025-09-29",
     "DATE", "2025-11-26"),
    ("TSA screened 3.1 million passengers on [the Sunday after Thanksgiving].", "2025-12-20",
     "DATE", "2025-11-30"),
    ("Shoppers crowded malls on [the Saturday before Christmas].", "2026-12-03", "DATE",
     "2025-12-20"),
    # a listed verb, its object, then a bare weekday ("visit the Celtics Friday")
    ("The Warriors visit the Celtics [Friday].", "2026-12-03", "DATE", "2026-12-04"),
    ("Microsoft, Meta and Tesla report earnings [Wednesday].", "2026-12-03", "DATE",
     "2026-12-09"),
    ("The Warriors beat the Celtics [Friday].", "2026-12-03", "DATE", "2026-11-27"),
    # no scheduled present: a weekday naming what a present verb tells of, a photo's caption;
    # a term "until" a day that a past "when" tells of
    ("The [Tuesday] ruling clears the way for the merger.", "2025-06-06", "DATE", "2025-06-03"),
    ("Michelle Obama speaks at a campaign event on [Saturday]. (AP Photo/Paul Sancya)",
     "2024-11-06", "DATE", "2024-11-02"),
    ("The striker was suspended until [Saturday], when he came back against Everton.",
     "2025-06-06", "DATE", "2025-05-31"),
    ("The company raised prices in January, April and [August].", "2026-01-05", "DATE",
     "2025-08"),
    # the months of a list, in order, are of the year of its first
    ("In 2025, the Fed cut rates in September, October and [December].", "2026-12-03", "DATE",
     "2025-12"),
    ("The court's term ends in late June or [early July].", "2025-04-10", "DATE", "2025-07"),
    ("The company will report results in February, [August] and November.", "2026-04-15",
     "DATE", "2026-08"),
    ("The central bank raised rates in March, [May] and June.", "2026-07-15", "DATE", "2026-05"),
    # a year that dates the subject opening the sentence dates its day; not an object's year
    ("The 1987 crash came on [Oct. 19].", "2026-12-02", "DATE", "1987-10-19"),
    ("The 2024 election was held on [Nov. 5].", "2026-12-03", "DATE", "2024-11-05"),
    ("Sales matched the 2019 level in [March].", "2026-12-02", "DATE", "2026-03"),
    ("The 1944 landings began on [June 6].", "2026-10-20", "DATE", "1944-06-06"),
    ("The 2011 tornado struck Joplin on [May 22].", "2024-03-14", "DATE", "2011-05-22"),
    ("The 2018 midterm election was held on [Nov. 6].", "2025-06-06", "DATE", "2018-11-06"),
    ("The 1977 album was reissued on vinyl in [April].", "2025-06-06", "DATE", "2025-04"),
    ("The 2023 attack was commemorated on [Oct. 7] with a vigil.", "2025-06-06", "DATE",
     "2024-10-07"),
    # a year that opens the sentence before ("In 1962 she moved") holds the story's months;
    # not a month of the last few, which news tells of
    ("In 1962 she moved to Paris. In [October] she toured Japan.", "2025-03-12", "DATE",
     "1962-10"),
    ("In 1975 the band signed with Capitol. On [October 3] they played Tokyo.", "2025-03-12",
     "DATE", "1975-10-03"),
    ("In 2020 the firm moved to Texas. Sales fell in [February].", "2025-03-12", "DATE",
     "2025-02"),
    # a span's start is no story's time: the month after it is the story's own
    ("Prices have risen since November 2011. The board approved the plan in [September].",
     "2013-11-20", "DATE", "2013-09"),
    # the end of a year, month or week still to come is the story's own, not that of a
    # background period named sentences before; one named in its own sentence holds
    ("Inflation peaked in 2011. The bank expects it to fall by [the end of the year].",
     "2013-05-13", "DATE", "2013"),
    ("The rebels seized the town in March. Talks are to resume at [the end of the month].",
     "2013-05-13", "DATE", "2013-05"),
    ("Saturday's vote was calm. Results are expected by [the end of the week].", "2013-05-13",
     "DATE", "2013-W20"),
    ("He demanded in early February that troops withdraw by [the end of the month].",
     "2020-03-02", "DATE", "2020-02"),
    ("In 2005, the bank said it would finish by [the end of the year].", "2013-05-13", "DATE",
     "2005"),
    # "N years earlier" right after a year (or month) counts from it, not from a day the story
    # is about; a report's day is no topic
    ("The vote was held on Thursday. Mandela became president in 1994. He had been freed "
     "[four years earlier].", "2014-09-19", "DATE", "1990"),
    ("The bank said on Tuesday that profit fell in 2012 from [a year earlier].", "2013-03-14",
     "DATE", "2011"),
    ("The summit began on Thursday. The budget was agreed in July 2020. [A year earlier], "
     "leaders had failed.", "2026-03-20", "DATE", "2019"),
    # a clock alone after a report's day is of the day the report tells of
    ("Gunmen stormed the consulate on Tuesday night, officials said on Wednesday. The attack "
     "began at [around 9:40 p.m.]", "2012-09-12", "TIME", "2012-09-11T21:40"),
    ("A gunman killed 26 people on Friday, police said on Saturday. The doors had been locked "
     "at [9:30 a.m.]", "2012-12-15", "TIME", "2012-12-14T09:30"),
    ("Police said on Saturday that the doors were locked at [9:30 a.m.]", "2012-12-15", "TIME",
     "2012-12-15T09:30"),
    # a period after an attribution ("..., the department said last week") is no reference
    ("Consumer prices rose 0.3% in October, the Labor Department said last week. Wholesale "
     "prices fell 0.5% in [the same month].", "1994-11-15", "DATE", "1994-10"),
    ("The paper reported on June 5 that the agency collected records. [The next day], it "
     "published a second story.", "2013-06-10", "DATE", "2013-06-06"),
    # mended after the session-16 re-probe: an event over before the report ("the ruling on
    # Monday will be appealed"), a past "by the end of", "hit" before a count, "later" after a
    # past form, a thousands comma in a "when" clause, figures named by an abbreviation
    ("Officials said the ruling on [Monday] will be appealed.", "2026-04-08", "DATE",
     "2026-04-06"),
    ("The company was founded in 2010. It hired 50 workers by [the end of the year].",
     "2025-02-04", "DATE", "2010"),
    ("The storm hit two days before [Christmas], knocking out power.", "2026-01-16", "DATE",
     "2025-12-25"),
    ("She died in hospital later on [Monday].", "2024-02-15", "DATE", "2024-02-12"),
    ("He will be sentenced later on [Monday].", "2024-02-15", "DATE", "2024-02-19"),
    ("Bitcoin peaked in 2021, when it hit $69,000 in [November].", "2025-06-09", "DATE",
     "2021-11"),
    ("[Friday]'s GDP report is expected to show growth.", "2026-01-08", "DATE", "2026-01-09"),
    ("The government will release [December] jobs figures on Friday.", "2026-01-08", "DATE",
     "2025-12"),
    # a date "set for" with a day is the one to come
    ("The judge set sentencing for [Feb. 10].", "2025-11-20", "DATE", "2026-02-10"),
    ("The judge scheduled a competency hearing for [Feb. 17].", "2025-04-10", "DATE",
     "2026-02-17"),
    ("The company paid $5 million for [Jan. 5] deliveries.", "2025-11-20", "DATE",
     "2026-01-05"),
    # the September 11 attacks are of 2001, whenever the story is told
    ("The [Sept. 11] attacks changed aviation security.", "2026-12-03", "DATE", "2001-09-11"),
    ("The vote is on [September 11].", "2026-09-13", "DATE", "2027-09-11"),
    # one length in parts is one expression
    ("He was jailed for [four years and eight months].", "2024-02-15", "DURATION", "P4Y8M"),
    ("She served [28 years, two months and 27 days].", "2024-02-15", "DURATION", "P28Y2M27D"),
    ("It lasted [two weeks and three days].", "2024-02-15", "DURATION", "P17D"),
    ("The flight took [three hours and 12 minutes].", "2024-02-15", "DURATION", "PT3H12M"),
    ("He spent [three days] and two weeks there.", "2024-02-15", "DURATION", "P3D"),
    # a clock after a day and its time is of that day
    ("He picked up a bus at 1 a.m. Tuesday and arrived at [8 p.m.], a month late.",
     "2020-04-24", "TIME", "2020-04-21T20:00"),
    # the level a change is measured from was on the day named
    ("The yield is 4.12%, down from 4.21% on [Monday].", "2026-05-13", "DATE", "2026-05-11"),
    ("Trump's approval is 39 percent, down from 42 percent in [March].", "2026-12-03", "DATE",
     "2026-03"),
    ("The walkout runs from 0001 on [Friday] until 2359 on Sunday.", "2026-12-03", "DATE",
     "2026-12-04"),
    # a clause "if", "after" or "because" opens after the expression has a verb of its own
    ("The ministry said it would resume flights on [Monday] if conditions improved.",
     "2014-09-19", "DATE", "2014-09-22"),
    ("Obama said he would visit Asia in [November] after Congress returned.", "2014-09-19",
     "DATE", "2014-11"),
    ("He resigned on [Monday] after the scandal broke.", "2014-09-19", "DATE", "2014-09-15"),
    # "as of" tells of a state then, unless the clause looks ahead for certain
    ("The company had 500 employees as of [Dec. 31].", "2026-01-29", "DATE", "2025-12-31"),
    ("The rules will apply as of [March 1].", "2026-01-29", "DATE", "2026-03-01"),
    ("The new rate takes effect as of [March 1].", "2026-01-29", "DATE", "2026-03-01"),
    ("The agency is yet to respond as of [Monday afternoon].", "2026-12-03", "TIME",
     "2026-11-30TAF"),
    # a company's quarter, named as it counts them, is of the year it ended in
    ("Net income in its [fiscal fourth quarter], ended Aug. 31, fell 18%.", "1989-09-18",
     "DATE", "1989-Q4"),
    ("In the comparable year-ago quarter, [the second quarter] ended Oct. 31, net rose.",
     "1989-10-27", "DATE", "1988-Q2"),
    ("Revenue for [the quarter], which ended Dec. 31, rose.", "2026-01-29", "DATE", "2025-Q4"),
    # a date in the clause "when" opens after a year is of that year
    ("The stock peaked in 2021, when it hit $90 in [November].", "2025-06-09", "DATE",
     "2021-11"),
    ("Plants shut in 2020, when the pandemic hit in [the spring].", "2025-06-09", "DATE",
     "2020-SP"),
    ("The firm was founded in 1998, when the boom began, and listed in [March].", "2025-06-09",
     "DATE", "2025-03"),
    # a reported clause whose subject the expression ends: its own verb, not the report's
    ("Officials said the vote on [Sunday] will be the first since 2011.", "2013-02-15", "DATE",
     "2013-02-17"),
    ("Officials said the vote on [Sunday] was rigged.", "2013-02-15", "DATE", "2013-02-10"),
    ("Police said the attack on [Sunday] would not stop them.", "2013-02-15", "DATE",
     "2013-02-10"),
    # a day's figures still to show something are ahead; shown, behind
    ("[Friday]'s jobs report is expected to show solid hiring.", "2024-01-08", "DATE",
     "2024-01-12"),
    ("Economists expect [Friday]'s report to show 180,000 new jobs.", "2024-01-08", "DATE",
     "2024-01-12"),
    ("[Friday]'s report showed strong hiring.", "2024-01-08", "DATE", "2024-01-05"),
    # a month's or quarter's figures to be released are of the latest one begun
    ("The Labor Department will release [December] consumer prices on Thursday.", "2024-01-08",
     "DATE", "2023-12"),
    ("The government will report [fourth-quarter] economic growth on Jan. 25.", "2024-01-08",
     "DATE", "2023-Q4"),
    # "today's" before an event of the day (but "today's youth" is the present in general)
    ("Analysts linked last week's filing and [today]'s announcement.", "2024-01-08", "DATE",
     "2024-01-08"),
    # a count of time before "before" stands between the verb and its holiday
    ("Police arrested him two days before [Christmas].", "2013-03-14", "DATE", "2012-12-25"),
    ("It came less than three weeks before [Christmas].", "2012-12-15", "DATE", "2012-12-25"),
    ("The store will close two days before [Christmas].", "2013-03-14", "DATE", "2013-12-25"),
    # a month or day "of that year", "of the following year": of the year just named
    ("He was arrested in 2010. He was charged in [July] of that year.", "2013-08-22", "DATE",
     "2010-07"),
    ("He was arrested in 2010. He was charged in July of [that year].", "2013-08-22", "DATE",
     "2010"),
    ("The ship was built in 1994. It sank in [June] of the following year.", "2013-08-22",
     "DATE", "1995-06"),
    ("The ship was built in 1994. It sank in June of [the following year].", "2013-08-22",
     "DATE", "1995"),
    ("The 1999 massacre at Columbine, where two students killed 13 people on [April 20] of "
     "that year, shocked the nation.", "2012-07-23", "DATE", "1999-04-20"),
    # a year to come that opens the sentence (or dates its subject) holds its months and days;
    # not a year that straddles two ("The 2027 budget" of a fiscal year begun the autumn before)
    ("The 2026 World Cup kicks off [June 11].", "2025-04-10", "DATE", "2026-06-11"),
    ("The 2028 Olympics will open on [July 14].", "2025-04-10", "DATE", "2028-07-14"),
    ("In 2027, the tournament moves to [June].", "2025-04-10", "DATE", "2027-06"),
    ("The 2027 budget takes effect [Oct. 1].", "2025-04-10", "DATE", "2025-10-01"),
    ("The 2027 World Cup kicks off in September, FIFA said on [Tuesday].", "2025-04-10",
     "DATE", "2025-04-08"),
    # "later", "the next day" in a past clause with no date before count from a past the text
    # does not date, not from the anchor; with one, from it
    ("He was found dead [two days later].", "2026-12-03", "DATE", "XXXX-XX-XX"),
    ("Police arrested him [the next day].", "2026-12-03", "DATE", "XXXX-XX-XX"),
    ("[A fortnight later], the case was transferred.", "2026-12-03", "DATE", "XXXX-WXX"),
    ("The vote was on Monday. He resigned [the day after].", "2026-12-02", "DATE", "2026-12-01"),
    ("The results will be announced [two days later].", "2026-12-02", "DATE", "2026-12-04"),
    # a clock after a set of days is a clock of each of them, not of the anchor's day
    ("The show airs Sundays at [9 p.m.]", "2026-12-02", "TIME", "XXXX-WXX-7T21:00"),
    ("The museum is open daily from 10am to [5pm].", "2026-12-02", "TIME", "XXXX-XX-XXT17:00"),
    ("Officers patrol every night between 10 p.m. and [6 a.m.]", "2026-12-02", "TIME",
     "XXXX-XX-XXT06:00"),
    ("Trains run every 15 minutes from [6am].", "2026-12-02", "TIME", "2026-12-02T06:00"),
    # without an anchor: underspecified, never a crash
    ("the talks ended [yesterday]", None, "DATE", "XXXX-XX-XX"),
    ("crossed into Pakistan in [May]", None, "DATE", "XXXX-05"),
    ("bombs exploded [Friday]", None, "DATE", "XXXX-WXX-5"),
    ("the bombings [last week]", None, "DATE", "XXXX-WXX"),
    ("prices fell [last year]", None, "DATE", "XXXX"),
    ("KABUL, [Sept. 14, 2011] (Reuters)", None, "DATE", "2011-09-14"),
    ("a [20-hour] assault", None, "DURATION", "PT20H"),
    ("the blast at [10:35 a.m. Friday]", None, "TIME", "XXXX-WXX-5T10:35"),
    ("they met at [5 p.m. EST]", None, "TIME", "XXXX-XX-XXT17:00"),
    ("the index was down by [0800 GMT]", None, "TIME", "XXXX-XX-XXT08:00"),
    ("it rained [last night]", None, "TIME", "XXXX-XX-XXTNI"),
    ("the fair opens on [the 20th of next month]", None, "DATE", "XXXX-XX-20"),
    ("the vote is on [the 20th]", None, "DATE", "XXXX-XX-20"),
    ("they met on [Nov. 12 last year]", None, "DATE", "XXXX-11-12"),
    ("sales fell in [the third quarter of last year]", None, "DATE", "XXXX-Q3"),
    # "the past half century" is a length, as "the past decade" is
    ("She has written every day for [the past half century].", "2024-04-17", "DURATION", "P50Y"),
    ("For [the past quarter-century] she has run the charity.", "2024-04-17", "DURATION",
     "P25Y"),
    # years gone on, with nothing dated before: now ("but the years of a past story are vague")
    ("[Fifty years on], the biggest problem is the phones.", "2025-06-19", "DATE", "2025"),
    ("[Two years later], the front line has barely moved.", "2025-06-19", "DATE", "2025"),
    ("[Ten years on], she was editing it.", "2025-06-19", "DATE", "XXXX"),
    # a superlative's period is a date, an award's not ("player of the year", traps)
    ("Bad Bunny is the most-streamed artist of [the year].", "2025-04-10", "DATE", "2025"),
    # an event on a holiday, after "a"
    ("He was arrested after a [New Year's Eve] party.", "2025-04-10", "DATE", "2024-12-31"),
    # "may have", "could have" look back
    ("Anyone in the area between 1am and 3am on [Sunday] and may have seen it should call.",
     "2024-01-22", "DATE", "2024-01-21"),
    # "after midnight" on a day named is its first minute
    ("The shooting happened shortly after [midnight] on Jan. 1, 2025.", "2026-01-07", "TIME",
     "2025-01-01T00:00"),
    ("The burglary happened between [midnight] and 1:30 a.m. Thursday.", "2025-08-08", "TIME",
     "2025-08-07T00:00"),
    ("Talks dragged on past [midnight].", "2026-01-07", "TIME", "2026-01-07T00:00"),
    # a clock without a.m. or p.m. before a late part of its day; a dotted one before its day
    ("The shooting happened at about [10:30] on Friday night.", "2026-06-12", "TIME",
     "2026-06-12T22:30"),
    ("He returned at about [11.15] that night.", "2026-06-12", "TIME", "2026-06-12T23:15"),
    ("The cortege will leave the house at [10.30] on Friday.", "2026-06-10", "TIME",
     "2026-06-12T10:30"),
    ("He was seen at [6.15] on Tuesday morning.", "2026-06-12", "TIME", "2026-06-09T06:15"),
    # "and a half" written with hyphens
    ("He received a [two-and-a-half-year] sentence.", "2024-01-22", "DURATION", "P2Y6M"),
    ("He was jailed for [seven-and-a-half years].", "2024-01-22", "DURATION", "P7Y6M"),
    # "the coming weekend" is the one ahead
    ("Police will patrol over [the coming weekend].", "2024-01-22", "DATE", "2024-W04-WE"),
    # what a court orders someone to do is to come
    ("He was remanded in custody to appear at Leeds Crown Court on [9 May].", "2025-03-12",
     "DATE", "2025-05-09"),
    ("Judge Scott told jurors to return [Monday] at 9:30 a.m.", "2024-05-31", "DATE",
     "2024-06-03"),
    # a clause after "and" is another's, names not counted in the reach of the verb before
    ("He met Foreign Minister Sergei Lavrov in Moscow on [February 28] and is expected to "
     "travel to Washington.", "2013-03-12", "DATE", "2013-02-28"),
    # two weekdays joined by "and" are in order, both gone in a past clause
    ("Ministers will meet on Monday and [Tuesday].", "2012-06-18", "DATE", "2012-06-19"),
    ("Talks took place on Thursday and [Friday] in Riyadh.", "2026-12-03", "DATE", "2026-11-27"),
    ("The union has called a strike for Thursday and [Friday].", "2026-12-03", "DATE",
     "2026-12-04"),
    # the quarter ending in a month holds it; "of calendar 2025"
    ("It expects revenue of $74 billion for [the quarter] ending in September.", "2025-07-30",
     "DATE", "2025-Q3"),
    ("The deal closed ahead of [the fourth quarter of calendar 2025].", "2025-09-15", "DATE",
     "2025-Q4"),
    # what is planned or being organised is to come
    ("A memorial service is planned in [March].", "2025-05-14", "DATE", "2026-03"),
    ("A tribute concert is being organised for [the autumn].", "2025-05-14", "DATE", "2025-FA"),
    # a past clause tells of no day after the story's
    ("Police said the victim was stabbed at 10pm. He died in hospital [two days later].",
     "2025-03-12", "DATE", "XXXX-XX-XX"),
    ("The vote is on Friday. Results will come [two days later].", "2025-03-12", "DATE",
     "2025-03-16"),
    # a plan reported now, after a year of the background, is of now
    ("Ms Marsden was killed in 2021. The commissioner said the reforms would be in place by "
     "[the end of the year].", "2025-11-20", "DATE", "2025"),
    # "that night", "the same day" after a year gone: a day of that year
    ("In 2003, the Marlins rallied to win [that night].", "2025-10-14", "TIME", "2003-XX-XXTNI"),
    ("This year, he was arrested. He was released [that night].", "2025-10-14", "TIME",
     "2025-10-14TNI"),
    # a date glossing a day counted before it is of that day's year
    ("She vanished on Feb. 2, 1988. Her body was found five days later, on [Feb. 7].",
     "2024-12-16", "DATE", "1988-02-07"),
    # a year after "since" began a state that goes on, not a story of that year
    ("Mugabe has ruled since independence in 1980. Voters approved a new constitution in "
     "[March].", "2013-08-04", "DATE", "2013-03"),
    # an order carried out is of the day gone
    ("He was bailed to appear in court on [Monday], where he pleaded guilty.", "2025-10-16",
     "DATE", "2025-10-13"),
    # said on a Sunday, "the coming weekend" is the next one
    ("Heavy rain is forecast for [the coming weekend].", "2024-11-03", "DATE", "2024-W45-WE"),
    # "By December, ... may have": what will have been done
    ("By [December], the company may have run out of cash.", "2025-10-16", "DATE", "2025-12"),
    # a holiday's day is the date, a kind of thing named for it is not
    ("The city hosted a [Christmas Day] swim in the harbour.", "2025-12-21", "DATE",
     "2025-12-25"),
    # casualty bulletins' past day and night
    ("At least 42 people were killed in Gaza in [the past day].", "2025-05-16", "DURATION",
     "P1D"),
    ("Russia launched 90 drones over [the past night].", "2025-05-16", "TIME", "2025-05-15TNI"),
    # a plan called off: the nearer date
    ("Talks, scheduled for [June 15] in Muscat, were cancelled.", "2025-06-24", "DATE",
     "2025-06-15"),
    # a weekday inside a clock's gloss is the gloss's; the clock before is across midnight
    ("Explosions were heard from [around 2:15 a.m.] (2245 GMT on Friday).", "2024-10-26", "TIME",
     "2024-10-26T02:15"),
    ("Explosions were heard from around 2:15 a.m. ([2245 GMT] on Friday).", "2024-10-26", "TIME",
     "2024-10-25T22:45"),
    ("The ceasefire took effect at [midnight] (2200 GMT on Saturday).", "2026-12-03", "TIME",
     "2026-11-28T24:00"),
    # a gloss with a weekday of its own puts the clock before on it, or across midnight on the
    # day after; a weekday after the gloss is the clock's; the story's day stays the clock's
    ("The quake struck at [3:47 a.m.] local time (1947 GMT Sunday).", "2023-11-22", "TIME",
     "2023-11-20T03:47"),
    ("Sandy came ashore at [8 p.m. EDT] (0000 GMT Tuesday) near Atlantic City.", "2012-10-31",
     "TIME", "2012-10-29T20:00"),
    ("The jet took off at [5:35 a.m.] local time (2235 GMT Saturday) on Sunday.", "2015-01-02",
     "TIME", "2014-12-28T05:35"),
    ("The jet took off at 5:35 a.m. local time ([2235 GMT Saturday]) on Sunday.", "2015-01-02",
     "TIME", "2014-12-27T22:35"),
    ("The first miner was lifted out at 4:12 a.m. local time (2012 GMT Saturday). The last one "
     "reached the surface shortly after [9 a.m.]", "2026-04-07", "TIME", "2026-04-05T09:00"),
    # "between" and "and" make a range, whose first clock shares the last one's "p.m."
    ("Between [2:42] and 2:47 p.m., the Dow fell 600 points.", "2010-05-07", "TIME",
     "2010-05-07T14:42"),
    # "Today" opening a sentence after a place name
    ("The chancellor spoke in Leeds. [Today] she is in London.", "2025-03-12", "DATE",
     "2025-03-12"),
    # "over the next decade" is ten years' length, as "over the past decade"
    ("The bill would add $3 trillion to deficits over [the next decade].", "2025-06-30",
     "DURATION", "P10Y"),
    # the day before or after a holiday
    ("Congress could return [the day after Christmas].", "2012-12-21", "DATE", "2012-12-26"),
    # the small hours after a night named are of the next day
    ("On Thursday night I watched the results come in until about [3am].", "2024-02-18",
     "TIME", "2024-02-16T03:00"),
    # "by" a day after a past form: the day gone
    ("Power was restored by [midday Wednesday].", "2026-12-03", "TIME", "2026-12-02T12:00"),
    ("Sales collapsed by [August].", "2025-10-24", "DATE", "2025-08"),
    ("Trump wants the tax bill passed by [July 4].", "2025-04-10", "DATE", "2025-07-04"),
    # a present form in "-s" after a fronted day, and no other verb: set for the day
    ("On [Tuesday], the eurozone publishes June inflation.", "2025-06-30", "DATE", "2025-07-01"),
    ("On [Sunday], Swiss voters rejected a proposal.", "2025-06-30", "DATE", "2025-06-29"),
    ("On [Friday], the US releases its jobs report.", "2025-06-30", "DATE", "2025-07-04"),
    ("On [Sunday], the leaders of both parties signed the deal.", "2025-06-30", "DATE",
     "2025-06-29"),
    ("[Three decades on], the scandal still haunts the party.", "2025-06-30", "DATE", "2025"),
    # a rate before "from now" is no day counted from now
    ("I'll send this newsletter [twice a week] from now until the election.", "2025-03-12",
     "SET", "P1W"),
    # a holiday in a sentence a year opens is of that year
    ("In 2016, [Easter] fell on March 27.", "2024-03-27", "DATE", "2016-03-27"),
    # a year a record was set in starts no story
    ("June beat the previous high set in 1846. [The spring] was the sunniest on record.",
     "2025-08-14", "DATE", "2025-SP"),
    # "that night" after a background year is of the day the story tells of
    ("Police were called on Friday. The suspect, who had been jailed in 2015, was arrested "
     "[that night].", "2025-10-16", "TIME", "2025-10-10TNI"),
    # an order still to be carried out is to come
    ("He was remanded to appear at Leeds Crown Court on [Monday], where he will be sentenced.",
     "2025-10-16", "DATE", "2025-10-20"),
    # a deadline demanded: to come
    ("The EU demanded an answer by [Friday].", "2025-10-16", "DATE", "2025-10-17"),
    # a plan to meet again is no past day after the story's
    ("The talks ended on Saturday, and negotiators planned to meet again [three days later].",
     "2026-05-31", "DATE", "2026-06-02"),
    # a year that opens its sentence is the story's, even for what was said would be done
    ("In 2019, the firm was hit by a breach. It said it would compensate all customers by "
     "[the end of the year].", "2025-10-16", "DATE", "2019"),
    # "may have already", "scientists now believe": a guess about the past
    ("By [August], the outbreak may have already infected thousands, scientists now believe.",
     "2025-10-16", "DATE", "2025-08"),
    # "the weekend ahead of" an event, said on a Sunday, is the one ending
    ("Campaigns spent heavily over [the weekend] ahead of the election.", "2024-11-03", "DATE",
     "2024-W44-WE"),
    # "Tomorrow" after a sentence ending in an acronym
    ("He was speaking to the BBC. [Tomorrow], he flies to Washington.", "2026-03-04", "DATE",
     "2026-03-05"),
    # a week earlier than the story's, not than a year a record is measured from
    ("Cases are at their highest since 2019. The count rose by 36 from [a week earlier].",
     "2025-03-12", "DATE", "2025-W10"),
    # years of the next centuries after a word that leads to them
    ("Sea levels could rise by 1 metre by [2100].", "2024-09-26", "DATE", "2100"),
    ("Warming could reach 2.7C by [the year 2100].", "2024-09-26", "DATE", "2100"),
    ("[Today]'s flyby went exactly as planned.", "2026-05-15", "DATE", "2026-05-15"),
    # session 20: an amount or a span between a past form and "before" leaves it the verb
    ("Clearance rates fell to 57 per cent in [the week before Christmas].", "2024-01-07",
     "DATE", "2023-W51"),
    ("Shares rose 3% before [Christmas].", "2024-01-07", "DATE", "2023-12-25"),
    # "now" before a form the past shares with the present: a present
    ("Futures markets now put the odds of a first cut in [June] at about 65%.", "2024-03-12",
     "DATE", "2024-06"),
    # "being told" is no past form, and a season a month off is the one a present means
    ('"They are tired of being told to wait for [the autumn]."', "2024-08-30", "DATE",
     "2024-FA"),
    ("Skiers are waiting for [the winter].", "2024-11-20", "DATE", "2024-WI"),
    ("Skiers are tired of [the winter].", "2024-01-10", "DATE", "2023-WI"),
    # what was due, a plan told in the past: the nearer day
    ('"We have waited five months for a pay rise we were due in [April]," he said.',
     "2024-08-30", "DATE", "2024-04"),
    ("Blinken was in Jordan on Friday, and was due in Qatar on [Saturday].", "2023-10-13",
     "DATE", "2023-10-14"),
    # a year set off by commas after its subject is the story's
    ("The last strike, in 1997, lasted two weeks and ended in [early December].",
     "2024-11-24", "DATE", "1997-12"),
    # the month a statistic covers is begun, whatever the tense of its publication
    ("[December]'s figure will be published on Friday next week.", "1994-01-10", "DATE",
     "1993-12"),
    ("The ONS will publish the [December] consumer prices index at 9.30am tomorrow.",
     "2013-01-14", "DATE", "2012-12"),
    ("Unemployment is expected to have risen in the three months to [January].", "2026-03-16",
     "DATE", "2026-01"),
    ("Wage growth slowed in the three months to [September].", "2025-04-10", "DATE",
     "2024-09"),
    ("The early estimate for [February] is expected to show a rise.", "2026-03-16", "DATE",
     "2026-02"),
    ("Inflation held at 6.3% in [September], Eurostat will confirm tomorrow.", "2024-10-30",
     "DATE", "2024-09"),
    # a day counted from a story's day goes on in the story's year
    ("On Feb. 4, 1976, a subcommittee released documents. Two days later, he testified. The "
     "hearings began on [Feb. 16].", "2026-02-14", "DATE", "1976-02-16"),
    ("Greenspan became Fed chair in August 1987. Two months later, the market crashed. On "
     "[Oct. 20], he issued a statement.", "2025-04-10", "DATE", "1987-10-20"),
    # "since ... in March 2020" measures; it starts no story
    ("Stocks had their worst stretch since the pandemic began in March 2020. The tariffs were "
     "unveiled on [April 2].", "2025-04-09", "DATE", "2025-04-02"),
    # a part of a day is of no year: the day the story tells of
    ("Kim arrived in Pyongyang on Tuesday morning. It was the first summit since the peninsula "
     "was divided in 1945.\n\nThe two leaders held talks [that afternoon].", "2000-06-15",
     "TIME", "2000-06-13TAF"),
    # a half "of the year" in a sentence that names the year as when
    ("China grew fast in 1993 despite inflation in [the first half of the year].",
     "1994-01-03", "DATE", "1993-H1"),
    ("Stocks rose 20 percent over the past year and should keep rising in [the second half of "
     "the year].", "2026-12-03", "DATE", "2026-H2"),
    # "the previous quarter" is before the quarter the story reports
    ("GDP grew 4.95% in the third quarter of 2024, down from 5.05% in [the previous quarter].",
     "2025-01-20", "DATE", "2024-Q2"),
    ("Profit rose from [last quarter].", "2025-01-20", "DATE", "2024-Q4"),
    # a meeting called for a clock on a day is set for the day ahead
    ("The administration has called another meeting for 3 pm on [Sunday].", "2026-03-07",
     "DATE", "2026-03-08"),
    # "from" a weekday with no verb to say otherwise: a start to come
    ("Rolling blackouts from [Monday]", "2011-03-13", "DATE", "2011-03-14"),
    ("A yellow warning covers northern Scotland from [Wednesday evening] into Thursday.",
     "2026-12-03", "TIME", "2026-12-02TEV"),
    # a year that opens the sentence holds its quarters too
    ("A year ago, GDP shrank in [the first quarter] before rebounding in the spring.",
     "2015-04-29", "DATE", "2014-Q1"),
    # days counted in a sentence that named a day, not from a month it named after it
    ("StatCan will release May CPI data on June 25, followed by April GDP figures [three days "
     "later].", "2024-06-07", "DATE", "2024-06-28"),
    # the past verb after a date that opens the clause is its own
    ("[April 2] sent stock markets into their sharpest fall since 2020.", "2026-12-03", "DATE",
     "2026-04-02"),
    # a day's possessive after "said" or "If" opens a clause whose verb comes after it
    ("Several analysts said [Tuesday]'s meeting would be live.", "1991-11-01", "DATE",
     "1991-11-05"),
    ('"If [Friday]\'s number comes in below 50,000, a cut is back on the table," he said.',
     "2026-01-05", "DATE", "2026-01-09"),
    ("If [Friday]'s attack was meant to intimidate, it failed.", "2026-01-05", "DATE",
     "2026-01-02"),
    # "that year" names the year just mentioned, with "of" or without
    ("It was the worst week since the crash in October 1987. On [Oct. 19] that year, the Dow "
     "fell 22%.", "2025-07-08", "DATE", "1987-10-19"),
    # a week counted from an old story's day carries its year on too
    ("The dam broke on March 2, 1992. A week later, the river crested. Repairs began on "
     "[April 6].", "1998-05-05", "DATE", "1992-04-06"),
    # a day set for that has come and gone
    ("The board set a deadline for 5 pm on [Friday], which passed without a deal.",
     "2025-06-02", "DATE", "2025-05-30"),
    # a record of a day is no start to come
    ("Highlights from [Saturday] at Wimbledon.", "2025-05-11", "DATE", "2025-05-10"),
    # a day counted in weeks from a day is a day; "the following week" names a week
    ("The outbreak was first detected on Jan. 23. [Two weeks later] it had reached Lima.",
     "1991-02-14", "DATE", "1991-02-06"),
    ("Tesla reports on Oct. 21, and Microsoft [the following week].", "2025-04-10", "DATE",
     "2025-W44"),
    # a past form after a modal's verb is an adjective: "would publish updated figures"
    ("The WHO said it would publish updated figures on [Tuesday].", "2014-08-10", "DATE",
     "2014-08-12"),
    ("Schools would remain closed at least through [Friday], he said.", "1989-09-05", "DATE",
     "1989-09-08"),
    # clocks before a set of days are of every such day
    ("The curfew runs from [10 p.m.] to 5 a.m. each night.", "2025-04-10", "TIME",
     "XXXX-XX-XXT22:00"),
    ("Cooling centers will be open from 10 a.m. to [8 p.m.] daily.", "2025-04-10", "TIME",
     "XXXX-XX-XXT20:00"),
    ("Working hours are from 9am to [12pm] on Fridays.", "2025-03-01", "TIME",
     "XXXX-WXX-5T12:00"),
    # a clause joined by "and" with a modal is no new sentence: what was feared then
    ("Prices spiked in July, the agency said, and traders feared at the time that they could "
     "double before [the end of the month].", "2025-09-09", "DATE", "2025-07"),
    # a target "is" on its date: one to come; a headline's plan "set for" a day looks ahead
    ("The new target is [Nov. 20].", "1998-01-05", "DATE", "1998-11-20"),
    ("Japan's SLIM probe set for pinpoint moon landing [early Saturday]", "2024-01-19", "DATE",
     "2024-01-20"),
    ("Teen set for trial after [Monday] crash", "2019-09-27", "DATE", "2019-09-23"),
    ("The agency plans to issue updated guidance [Monday].", "2019-03-06", "DATE", "2019-03-11"),
    ("Organizers said [Saturday]'s march would be peaceful.", "2024-02-27", "DATE",
     "2024-03-02"),
    # a clock after a set of parts of the day, or after "daily except" a day
    ("There are performances every evening at [6 p.m.]", "2025-06-10", "TIME",
     "XXXX-XX-XXT18:00"),
    ("The gallery is open daily except Sundays from [10am] to 8pm.", "2025-06-10", "TIME",
     "XXXX-XX-XXT10:00"),
    # results of a quarter named with its full year; a half's interim results come later
    ("It will report [fourth-quarter] and full-year 2024 results on Thursday, Feb. 20.",
     "2025-02-03", "DATE", "2024-Q4"),
    ("Bramley will on Thursday publish its [first-half] results.", "2014-09-21", "DATE",
     "2014-H1"),
    # a holiday's part of the day, as a weekday's
    ("Fourteen were arrested following incidents on [Halloween night].", "2025-11-03", "TIME",
     "2025-10-31TNI"),
    # a present set for a day after "and" and a past verb is its clause's own
    ("Nominations opened May 1 and close at 2 p.m. on [Aug. 21].", "2026-05-17", "DATE",
     "2026-08-21"),
    ("The congress opened on March 5 and closes on [Sunday].", "2013-03-14", "DATE",
     "2013-03-17"),
    ("The IPO will open on October 21 and close on [October 23].", "2026-12-03", "DATE",
     "2027-10-23"),
    # "a.m." before a day's possessive ends a sentence; a day's forecast looks ahead
    ("NASA could try again Sunday at [10:38 a.m.] Saturday's forecast is better.", "2011-07-08",
     "TIME", "2011-07-10T10:38"),
    ("NASA could try again Sunday at 10:38 a.m. [Saturday]'s forecast is better.", "2011-07-08",
     "DATE", "2011-07-09"),
    # the re-probe's traps: a past verb after "to" a noun, a consequence after a past event's
    # possessive, an "If" that looks back, a count from the month an event is in
    ("Admissions to hospitals dropped on [Monday], the ministry said.", "2025-06-12", "DATE",
     "2025-06-09"),
    ("Residents who could flee fled on [Sunday].", "2025-06-12", "DATE", "2025-06-08"),
    ("The CEO said [Monday]'s outage would cost the airline millions.", "2025-06-11", "DATE",
     "2025-06-09"),
    ("If [Tuesday]'s sell-off is any guide, the summer will be rough.", "2025-06-11", "DATE",
     "2025-06-10"),
    ("Lawmakers scheduled a vote for [Thursday] on the measure, which passed the Senate in May.",
     "2025-06-11", "DATE", "2025-06-12"),
    ("The suspect was seen at [11 p.m.], daily logs show.", "2025-06-12", "TIME",
     "2025-06-12T23:00"),
    # "used" is a past verb after its subject; contractions carry their verb's tense
    ("Dispatchers used paper logs on [Sunday] until a backup system was brought online.",
     "2025-01-06", "DATE", "2025-01-05"),
    ("Police used drones on [Monday].", "2025-01-08", "DATE", "2025-01-06"),
    ("The drug, widely used in Europe, will be sold from [Monday].", "2025-01-08", "DATE",
     "2025-01-13"),
    ("They lost merchants, and that's going to show up in [the third quarter].", "2026-04-09",
     "DATE", "2026-Q3"),
    ("The plant didn't open on [Monday], officials said.", "2025-01-08", "DATE", "2025-01-06"),
    ("The plant did not open on [Monday], officials said.", "2025-01-08", "DATE", "2025-01-06"),
    ("Officials said they did not plan to remove him on [Thursday].", "2000-03-29", "DATE",
     "2000-03-30"),
    ("The bank doesn\u2019t expect a cut in [March].", "2026-12-04", "DATE", "2027-03"),
    # a concession after a comma is a clause of its own
    ("Police ask anyone who was on the track between Thursday and [Saturday] to come forward, "
     "even if they don't think it's important.", "2025-03-17", "DATE", "2025-03-15"),
    ("So enjoy [Sunday], if you are that way inclined.", "2026-12-03", "DATE", "2026-12-06"),
    # a duty before "by" or "until" sets a deadline to come; an amount before "by" is no plan's
    ("Residents have until [Oct. 15] to file and pay.", "2025-01-26", "DATE", "2025-10-15"),
    ("Congress has until March 1 to pass four bills and until [March 8] for the rest.",
     "2025-04-10", "DATE", "2026-03-08"),
    ("Taxpayers must send the form back by [30 September].", "1997-01-27", "DATE",
     "1997-09-30"),
    ("Residents had until [Oct. 15] to file.", "2025-01-26", "DATE", "2024-10-15"),
    ("Prices fell to $3.00 by [Thursday].", "2025-03-14", "DATE", "2025-03-13"),
    ("He wants prices cut to $3 by [Thursday].", "2025-03-14", "DATE", "2025-03-20"),
    # a subject of the clause reported, with its modal after it, looks ahead
    ("Forecasters said [the weekend] would be blustery.", "1990-01-26", "DATE", "1990-W04-WE"),
    ("The IMD said [July] rainfall would also be above normal.", "2025-06-22", "DATE",
     "2025-07"),
    ("The company said [Tuesday] sales would rise.", "2025-06-22", "DATE", "2025-06-17"),
    ("The company said [Tuesday] it would cut jobs.", "2025-06-22", "DATE", "2025-06-17"),
    # "could be" and a participle looks ahead; "could be reached" is a report's
    ("Officials said schools could be closed from [Wednesday].", "2025-03-03", "DATE",
     "2025-03-05"),
    ("Superintendents said snow days could be made up in [June].", "2026-01-05", "DATE",
     "2026-06"),
    ("The spokesman could be reached on [Sunday].", "2026-01-05", "DATE", "2026-01-04"),
    # a holiday's weekend
    ("The hospital diverted ambulances over the [Presidents' Day weekend].", "2026-02-16",
     "DATE", "2026-W07-WE"),
    ("Bookings are strong for the [Labor Day weekend].", "2026-08-23", "DATE", "2026-W36-WE"),
    ("The snow that fell over [Thanksgiving weekend] was long gone.", "2024-12-31", "DATE",
     "2024-W48-WE"),
    ("Hotels are full for [Easter weekend].", "2026-03-30", "DATE", "2026-W14-WE"),
    ("Snowstorm Threatens [New Year's Weekend] Plans", "2000-12-29", "DATE", "2000-W52-WE"),
    # "following" with no "the" is a preposition
    ("It was the third month in a row to set a record, following [May] and June.",
     "2026-08-06", "DATE", "2026-05"),
    ("The law took effect [the following May].", "2026-08-06", "DATE", "2027-05"),
    # the second weekday of a pair is told as the first; "minutes earlier" compares
    ("Milton was on track to make landfall late Wednesday or [early Thursday].", "2024-10-08",
     "DATE", "2024-10-10"),
    ("The plant closed Wednesday and reopens [Thursday].", "2024-10-08", "DATE", "2024-10-10"),
    ("She advised people to go to bed 20 minutes earlier on [Friday] to prepare.", "2025-03-27",
     "DATE", "2025-03-28"),
    # a year in a relative clause, or a record's "since", tells no story's time
    ("Payments restarted in October after a pause of three years that began in March 2020. "
     "Interest began accruing again on [Sept. 1].", "2024-01-02", "DATE", "2023-09-01"),
    ("Lenders approved 65,000 loans in August, the highest since March 2008, up from 60,000 "
     "[a month earlier].", "2013-09-29", "DATE", "2013-07"),
    ("It began raising rates in March 2022.\n\nInflation has since eased. Prices rose 2.5% in "
     "[August].", "2024-09-18", "DATE", "2024-08"),
    ("He married in June 1950. In [September], his son was born.", "2026-12-03", "DATE",
     "1950-09"),
    # a participle after "stay" or "remain" is no past; an event a present state follows is
    ("Disney said its parks would close by 1 p.m. Wednesday and stay closed through "
     "[Thursday].", "2024-10-08", "DATE", "2024-10-10"),
    ("The runway remains partially closed until [Sunday].", "2026-12-03", "DATE", "2026-12-06"),
    ("Roads remain closed following a landslide on [Sunday].", "2026-12-03", "DATE",
     "2026-11-29"),
    ("Police are appealing for witnesses after a crash on [Monday].", "2026-12-03", "DATE",
     "2026-11-30"),
    ("Results are out on Thursday 20 August, a week after A-level results on [13 August].",
     "2026-06-15", "DATE", "2026-08-13"),
    # a report named with its frequency is no present verb; "brace for" looks ahead
    ("The department said in its weekly report [Tuesday].", "2026-03-09", "DATE",
     "2026-03-03"),
    ("Netflix reports earnings [Tuesday].", "2026-03-09", "DATE", "2026-03-10"),
    ("After [Monday]'s crash, the airline will ground its fleet.", "2022-06-22", "DATE",
     "2022-06-20"),
    ("Before [Friday]'s deadline, lawmakers will meet again.", "2023-04-23", "DATE",
     "2023-04-28"),
    ("Leeds will hold a minute's applause before [Saturday]'s game.", "2025-10-17", "DATE",
     "2025-10-18"),
    ("Nestle's share of 7% before [Friday]'s purchases is far below its rivals'.", "1989-10-30",
     "DATE", "1989-10-27"),
    ("Traders brace for [Thursday]'s USDA reports.", "2012-01-09", "DATE", "2012-01-12"),
    ("Thiago has scored eight goals, including a brace on [Saturday].", "2026-12-03", "DATE",
     "2026-11-28"),
    # "was on track to" looks ahead however far its day; "the year" after a year to come, in a
    # past clause, is now's
    ("Milton regained strength early Tuesday and was on track to make landfall near Tampa Bay "
     "[late Wednesday].", "2024-10-08", "DATE", "2024-10-09"),
    ("The committee will review the scheme each September, starting next year. Mortgage "
     "approvals have climbed for most of [the year].", "2013-09-29", "DATE", "2013"),
    ("Unemployment is expected to peak in the middle of next year. Output shrank in the first "
     "three months of [the year].", "2026-12-03", "DATE", "2026"),
    ("The index remains below its peak reached in March 2022. The cereal index was little "
     "changed from [January].", "2026-03-09", "DATE", "2026-01"),
    # the re-probe's traps: a concession between commas, "must have", "could have", a
    # quarter's data, a sighting, a clause after "and", a day's plan after an event
    ("The concert on [Saturday], though sold out, will be broadcast live.", "2012-06-06",
     "DATE", "2012-06-09"),
    ("Sales must have peaked by [February], analysts said.", "2025-03-20", "DATE", "2025-02"),
    ("Coaches said [Saturday] could have gone better.", "2020-04-08", "DATE", "2020-04-04"),
    ("The ministry said [first-quarter] output would be revised lower.", "2020-04-08", "DATE",
     "2020-Q1"),
    ("The company said [first-quarter] sales will be lower than in the fourth quarter.",
     "2026-12-03", "DATE", "2027-Q1"),
    ("Shouting could be heard from the building on [Tuesday].", "2017-02-02", "DATE",
     "2017-01-31"),
    ("The eclipse could be observed across Europe on [Friday], weather permitting.",
     "2013-12-11", "DATE", "2013-12-13"),
    ("The team were on track to qualify before they lost to Leeds on [Sunday].", "2022-03-16",
     "DATE", "2022-03-13"),
    ("The rocket was on track to lift off just after dawn on [Saturday], SpaceX said.",
     "2026-05-18", "DATE", "2026-05-23"),
    ("Analysts said [third-quarter] earnings would beat forecasts.", "2018-04-25", "DATE",
     "2018-Q3"),
    ("The ministry said [Friday] would not be a holiday.", "2024-06-18", "DATE", "2024-06-21"),
    ("The square is decorated after a parade on [Sunday].", "2013-09-25", "DATE", "2013-09-22"),
    ("Before [Monday]'s vote, the senator met with donors.", "2024-06-18", "DATE",
     "2024-06-17"),
    ("He was arrested Monday and [Friday] he will appear in court.", "2022-04-27", "DATE",
     "2022-04-29"),
    ("The shop is open after the parade on [Saturday].", "2016-02-15", "DATE", "2016-02-20"),
    ("Prices fell to $3.05 a gallon by [Monday].", "2024-02-18", "DATE", "2024-02-12"),
    ("The fund didn't say on [Monday] how much it lost.", "2017-04-13", "DATE", "2017-04-10"),
    ("Traffic will be heavy over the [Thanksgiving holiday weekend].", "2024-11-25", "DATE",
     "2024-W48-WE"),
    ("The Home Office [2019] figures showed a rise in knife crime.", "2020-05-08", "DATE",
     "2019"),
    # a comparison's year tells no story's time; shipments are a quarter's results; a
    # holiday's week; the small hours after an evening are the next day's
    ("NATO now has 23 members meeting the target, up from just three in 2014. Sweden, which "
     "joined in [March], is attending its first summit.", "2024-07-09", "DATE", "2024-03"),
    ("Stellantis reports [first-quarter] shipments on Thursday.", "2026-05-03", "DATE",
     "2026-Q1"),
    ("Traffic was heavy during [Easter week].", "2000-04-25", "DATE", "2000-W16"),
    ("The plant will close during [Thanksgiving week].", "1989-11-03", "DATE", "1989-W47"),
    ("Best Buy, whose stores opened at 6 p.m. on Thanksgiving, closed at [1 a.m.]",
     "2013-11-29", "TIME", "2013-11-29T01:00"),
    ("Polls closed at 7:30 p.m. Tuesday, and the last precincts reported shortly before "
     "[1 a.m.]", "2024-11-06", "TIME", "2024-11-06T01:00"),
    ("Polls closed at 8 p.m. and the race was called at [1:30 a.m.]", "2024-11-06", "TIME",
     "2024-11-06T01:30"),
    # a count "later" after a past verb, and "a day earlier" that compares
    ("In 2016 the council held six straw polls between July 21 and Oct. 5. He was appointed by "
     "the assembly a week later and sworn in on [Dec. 12].", "2026-03-05", "DATE", "2016-12-12"),
    ("Woodstock opened less than a month later, on [Aug. 15].", "2025-04-10", "DATE",
     "2024-08-15"),
    ("Arcade will launch on [Sept. 19], a day earlier than planned.", "2026-12-03", "DATE",
     "2027-09-19"),
    ("Prices were 4.2% more than a year earlier in [January].", "2026-12-03", "DATE", "2026-01"),
    ("The drug goes before an F.D.A. advisory panel on [Thursday].", "1996-03-03", "DATE",
     "1996-03-07"),
    ("Harrowgate will pay a [fourth-quarter] dividend of 16 pence on April 10.", "2025-02-06",
     "DATE", "2024-Q4"),
    ("Ahead of [Sunday]'s final, both coaches praised the referee.", "2026-12-03", "DATE",
     "2026-12-06"),
    # a month the tense put in the year next to the anchor's names no year for "the year"
    ("Shipments will not restart until mid-January. Others will not reach hospitals before "
     "[the end of the year].", "2025-11-24", "DATE", "2025"),
    ("Biden leaves office on January 20. Russian troops have captured 2,000 square kilometres "
     "since [the start of the year].", "2024-11-19", "DATE", "2024"),
    ("In 1995 the company grew. On Dec. 12 they met. By [the end of the year], it had paid out "
     "$2 million.", "2026-12-03", "DATE", "1995"),
    ("Tuition will rise starting next year. The board expects enrollment to fall for most of "
     "[the year].", "2022-07-11", "DATE", "2023"),
    # a clock told in the past after a day of the week just gone is that day's, though a season
    # or a month was named between
    ("A regional airline halted all departures for nearly five hours on Saturday after a "
     "failure during one of the busiest travel weekends of the summer.\n\nThe airline said the "
     "system went down at about [6:10 a.m. Central time].", "2026-08-23", "TIME",
     "2026-08-22T06:10"),
    ("Pre-orders opened Thursday, after the console was unveiled earlier this month. They sold "
     "out by [10 a.m.]", "2024-09-29", "TIME", "2024-09-26T10:00"),
    # a record day is in the past for sure
    ("The country had its hottest day on record on [7 January].", "2013-12-30", "DATE",
     "2013-01-07"),
    # a comparison counts from the month its own sentence names, in a story of a quarter
    ("GDP grew 7.8 percent in the third quarter. Retail sales rose 13.3 percent in September "
     "from [a year earlier].", "2026-12-03", "DATE", "2025-09"),
    # a "that" clause after a report's day is what was told, not that day's verb
    ("Lund told analysts in New York on [Friday afternoon] that the company would spend $40 "
     "million.", "1989-11-06", "TIME", "1989-11-03TAF"),
    # "last" and "next" before a holiday said on that day: a year off
    ("The crowd was the same as [last New Year's Eve].", "2000-12-31", "DATE", "1999-12-31"),
    ("Shops are busy at [Christmas].", "2000-12-25", "DATE", "2000-12-25"),
    # the month a statistic covers, in a clause that publishes it
    ("The Commerce Department will report Thursday on [November] factory orders.",
     "1989-01-03", "DATE", "1988-11"),
    # a year in another clause of the sentence is not that of "the first half of the year"
    ("Sales rose 3% in 2024, and the company expects growth to pick up in [the second half of "
     "the year].", "2025-02-20", "DATE", "2025-H2"),
    # a title in quotes is a name in the clause, not a clause of its own
    ('The band releases "Crown Street" on [Friday].', "2024-05-01", "DATE", "2024-05-03"),
    ('The Season 3 finale of "The White Lotus" airs [April 6] on HBO.', "2026-12-03", "DATE",
     "2027-04-06"),
    ('The band played "Crown Street" on [Friday].', "2024-05-01", "DATE", "2024-04-26"),
    # a past form before a verb in "-s" is a noun
    ("Her [Saturday] set starts at 9 p.m.", "2024-05-01", "DATE", "2024-05-04"),
    # a base form after a modal or "to" tells no tense; "would have" + participle looks back
    ("The minister said the government would set out plans for a review in [the autumn].",
     "2024-08-15", "DATE", "2024-FA"),
    ("Any days lost this week would have to be made up in [June].", "1989-09-05", "DATE",
     "1990-06"),
    ("The team may have its captain back on [Saturday].", "2026-12-03", "DATE", "2026-12-05"),
    ("Officials said the leak could have begun in [August].", "2025-04-10", "DATE", "2024-08"),
    ("By [February], inflation may have already peaked, the central bank said.", "2025-04-10",
     "DATE", "2025-02"),
    # "did not ... until", "had to ... until": how long a past state lasted
    ("Some did not get home until after [7 p.m. Tuesday], officials acknowledged.",
     "2025-09-03", "TIME", "2025-09-02T19:00"),
    ("Talks were suspended until [Monday].", "2025-09-03", "DATE", "2025-09-08"),
    # a second relative clause tells of its own time
    ("Police want to trace anyone who was near the park on [Saturday] and who may have "
     "information.", "2026-12-03", "DATE", "2026-11-28"),
    # a weekday set beside the day just named is that day
    ("He will be sworn in on Jan. 20, a [Sunday], in a small ceremony.", "2012-11-07", "DATE",
     "2013-01-20"),
    ("The third debate on Dec. 19, a [Saturday night] that drew few viewers.", "2015-12-31",
     "TIME", "2015-12-19TNI"),
    ("The debate on Dec. 18, a [Saturday night], drew few viewers.", "2015-12-31", "TIME",
     "XXXX-WXX-6TNI"),
    # the small hours after an evening told before, in the next sentences of the paragraph
    ("Polls closed at 10pm on Thursday and the first result came at 10.48pm. The moment that "
     "defined the night came shortly after [3am].", "1997-05-02", "TIME", "1997-05-02T03:00"),
    ("He left the pub on Friday night. His body was found at [5am] by a dog walker.",
     "2025-04-10", "TIME", "2025-04-05T05:00"),
    ("The rally ended at 9 p.m. on Tuesday.\n\nAt [2 a.m.] the last of them left.", "2024-11-07",
     "TIME", "2024-11-05T02:00"),
    # a season names the time of a term, a break or works set in it
    ("[Summer] school starts in June.", "2025-03-20", "DATE", "2025-SU"),
    ("Students return from [winter] break on Monday.", "2025-12-30", "DATE", "2025-WI"),
    ("Refiners said [fall] maintenance would be light.", "2025-01-15", "DATE", "2025-FA"),
    # Super Tuesday: the first Tuesday of March
    ("Haley won only Vermont on [Super Tuesday].", "2024-03-06", "DATE", "2024-03-05"),
    # ... held in presidential election years only, on other days in a few of them
    ("The 2028 race may be settled on [Super Tuesday].", "2026-04-10", "DATE", "2028-03-07"),
    ("Obama won 13 states on [Super Tuesday].", "2008-02-10", "DATE", "2008-02-05"),
    ("Enrollment for [the fall] semester 2026 opens in March.", "2025-06-10", "DATE", "2026-FA"),
    ("runoff on Nov. 24, [three weeks from yesterday].", "1992-11-04", "DATE", "1992-11-24"),
    # the weekdays of "next week" in its sentence are its days
    ("Several utilities report next week, including Duke Energy on [Tuesday].", "2026-07-23",
     "DATE", "2026-07-28"),
    ("Shares fell last week, the exchange said on [Tuesday].", "2026-07-23", "DATE",
     "2026-07-21"),
    ("The storm will strike early next week, probably [Sunday night].", "2013-11-08", "TIME",
     "2013-11-10TNI"),
    # an infinitive of what one is ready to do looks ahead past a lead
    ("Aides said they were prepared to fight through [mid-December].", "2000-11-27", "DATE",
     "2000-12"),
    ("Shoppers flocked to stores ahead of [Mother's Day].", "2026-06-03", "DATE", "2026-05-10"),
    # a date chosen as the object of "proposed"
    ("The commission has proposed [Sept. 16] for the first debate.", "2024-03-06", "DATE",
     "2024-09-16"),
    ("The commission proposed on [Sept. 16] that debates be held.", "2024-03-06", "DATE",
     "2023-09-16"),
    # "ago" counts back from now, not from a period to come
    ("It should open in the second half of 2027, rather than late 2026 as planned [a year ago].",
     "2026-03-09", "DATE", "2025"),
    # a count before a plural noun is no subject of a verb
    ("Harris certified Bush the winner of the state's 25 electoral votes [Sunday night].",
     "2000-11-27", "TIME", "2000-11-26TNI"),
    ('"The Diplomat" Season 2 premieres [Oct. 31].', "2024-05-14", "DATE", "2024-10-31"),
    # a phrase with no verb before a date that opens the clause: the verb after is its own
    ("In the East's first free election, on [March 18], Mr. Kohl's allies won.", "1990-12-03",
     "DATE", "1990-03-18"),
    # a line's end ends a phrase, as a mark does
    ("Tunnel opens, but passengers must wait until [autumn]\nLONDON (AP) -- The tunnel opened.",
     "1994-05-06", "DATE", "1994-FA"),
    ("He left [later that evening]\nand never came back.", "1994-05-06", "TIME",
     "1994-05-06TEV"),
    # a month that opens a quotation
    ('"By [March], the work will be done," he said.', "2024-11-05", "DATE", "2025-03"),
    # a headline's subject may hold a word that is a verb elsewhere ("air")
    ("French air traffic controllers' strike to hit flights on [Thursday]", "2024-11-05", "DATE",
     "2024-11-07"),
    # an aside on the speaker, of the report's time
    ("Bush, speaking in Austin shortly before [10 p.m. Sunday], said he would name a team.",
     "2000-11-27", "TIME", "2000-11-26T22:00"),
    # "until" after a past verb ends that verb's time, and tells nothing of a day after it
    ("Negotiators met until late Saturday night and again on [Sunday], but the talks broke down.",
     "1998-05-18", "DATE", "1998-05-17"),
    ("This afternoon, the Senate adjourned until 10:00 on [Monday].", "2026-12-03", "DATE",
     "2026-12-07"),
    # the weekdays after "this week" in its sentence are its days, unless the clause looks
    # ahead from one already gone
    ("Earnings season continues this week, with Alphabet reporting on [Wednesday] and Amazon on "
     "Thursday.", "2026-02-02", "DATE", "2026-02-04"),
    ("This week, the market will focus on the Fed's decision on [Wednesday].", "2026-12-03",
     "DATE", "2026-12-09"),
    # a present verb of a schedule, in a relative clause of its own too
    ("Qualcomm follows on [Wednesday].", "2026-02-02", "DATE", "2026-02-04"),
    ("Some had called for a boycott of a pilgrimage that leaves Florida on [Tuesday], organizers "
     "said.", "1998-01-19", "DATE", "1998-01-20"),
    ("Many expect sales to remain strong into [the fall].", "1995-08-24", "DATE", "1995-FA"),
    # a dividend's record day is placed by its clause, as without "as of"
    ("It will pay a dividend on Nov. 22 to shareholders of record as of [Nov. 8].", "2024-10-31",
     "DATE", "2024-11-08"),
    ("As of [Sept. 30], the company had 500 employees.", "2024-10-31", "DATE", "2024-09-30"),
    # "than expected" compares with a plan; "expected back" is one
    ("This is stronger than anyone expected back in [September], said a broker.", "2025-11-20",
     "DATE", "2025-09"),
    ("He is expected back in [September].", "2025-11-20", "DATE", "2026-09"),
    # a comparison with another time after a comma tells nothing of the clause's own
    ("It will stream its first NFL game on [Christmas Day], as it did last year.", "2025-06-30",
     "DATE", "2025-12-25"),
    ("Congress failed to pass the bill by [Memorial Day], as Johnson had promised.",
     "2025-04-10", "DATE", "2024-05-27"),
    # the small hours after "before midnight" are the next day's, through a range
    ("The ship drifted onto the rocks at 21:05 on Sunday and struck shortly before midnight. "
     "Helicopters lifted the crew off between 01:30 and [04:10].", "2024-10-14", "TIME",
     "2024-10-14T04:10"),
    ("The probe is to start its descent at around midnight and touch down at [12:20 a.m.], JAXA "
     "said Friday.", "2024-01-19", "TIME", "2024-01-19T00:20"),
    # a count set beside a date names that date, in the count's grain
    ("The blast struck on March 15, 2001. The last victims were not recovered until March 24, "
     "[nine days later].", "2026-03-16", "DATE", "2001-03-24"),
    ("He was freed in April 1945, about [three months later], in the Black Forest.",
     "2025-01-27", "DATE", "1945-04"),
    ("The money was not repaid until 1997, [almost 30 years later].", "2026-10-21", "DATE",
     "1997"),
    # "that" before a weekday points back to the day told, or the weekday after it
    ("The attacks came on Sept. 11, 2001. Some were not yet born that [Tuesday morning].",
     "2025-09-11", "TIME", "2001-09-11TMO"),
    ("The storm hit on March 3, 2019. By that [Friday], power was back.", "2025-09-11", "DATE",
     "2019-03-08"),
    ("The storm hit on March 3, 2019. He said that [Tuesday] was a good day.", "2025-09-11",
     "DATE", "2025-09-09"),
    # a comparison follows a year written in its own sentence over the story's quarter
    ("The fourth quarter was strong.\n\nSingapore handled 9.0 million TEUs in 1993, up from 7.6 "
     "million [a year earlier].", "1994-12-30", "DATE", "1992"),
    # the feasts of the Eastern churches, by the Julian calendar; Epiphany
    ("Orthodox [Christmas] is on Tuesday.", "2025-01-03", "DATE", "2025-01-07"),
    ("Coptic [Christmas Eve] services began on Monday night.", "2025-01-08", "DATE",
     "2025-01-06"),
    ("Orthodox [Easter] falls next Sunday.", "1995-04-16", "DATE", "1995-04-23"),
    ("Orthodox [Easter] fell on May 5 that year.", "2013-06-01", "DATE", "2013-05-05"),
    ("Orthodox [Easter] will be celebrated in April.", "2026-01-10", "DATE", "2026-04-12"),
    ("Many will attend [Epiphany] services on Monday.", "2025-01-03", "DATE", "2025-01-06"),
    ("Mass will be held at the Church of the Epiphany on [Sunday].", "2025-01-03", "DATE",
     "2025-01-05"),
    ("Western Easter falls on April 5 and Orthodox Easter [a week later].", "2026-01-04", "DATE",
     "2026-04-12"),
    # a holiday set beside the day it falls on is that day
    ("The pope will close the Holy Door on Jan. 6, the feast of [Epiphany].", "2025-04-10",
     "DATE", "2026-01-06"),
    # the Jewish holidays, by the Hebrew calendar (the day after the sundown they begin at)
    ("[Hanukkah] begins at sundown Wednesday.", "2024-12-20", "DATE", "2024-12-26"),
    ("The store was closed for [Yom Kippur].", "2024-12-20", "DATE", "2024-10-12"),
    ("Families will gather for [Rosh Hashanah] next month.", "2025-08-30", "DATE", "2025-09-23"),
    ("[Passover] starts April 12 next year.", "2024-12-20", "DATE", "2025-04-13"),
    ("Many Jews fasted on [Yom Kippur] in 1999.", "2000-01-10", "DATE", "1999-09-20"),
    ("[Purim] celebrations filled the streets last week.", "2023-03-12", "DATE", "2023-03-07"),
    ("The Jewish festival of [Shavuot] begins on Tuesday.", "2024-06-07", "DATE", "2024-06-12"),
    ("[Sukkot] ended last week.", "2022-10-20", "DATE", "2022-10-10"),
    # the Chinese lunar year's first day, by the new moon
    ("Millions traveled home for the [Lunar New Year] holiday.", "2024-02-05", "DATE",
     "2024-02-10"),
    ("[Chinese New Year] falls on Jan. 28.", "1998-01-10", "DATE", "1998-01-28"),
    ("Markets were shut on [Lunar New Year's Eve].", "2025-02-03", "DATE", "2025-01-28"),
    ("The Chinese [Lunar New Year] begins on Tuesday.", "2026-02-12", "DATE", "2026-02-17"),
    # a part of the day before its date does not hide the verb before it
    ("The blast came on Dec. 9, 2025. A fire burned for two days before it was extinguished "
     "on the morning of [Dec. 11].", "2026-11-27", "DATE", "2025-12-11"),
    ("The unit was restarted on the evening of [Dec. 8] after repairs.", "2026-11-27", "DATE",
     "2025-12-08"),
    # a past perfect and its object before "on"
    ("Operators had restarted the unit on [Dec. 8] after repairs.", "2026-11-27", "DATE",
     "2025-12-08"),
    ("Officials had agreed to hold talks on [Dec. 8].", "2026-11-27", "DATE", "2026-12-08"),
    # days called off may be still to come
    ("Florida State University canceled classes on Thursday and [Friday].", "2024-09-26", "DATE",
     "2024-09-27"),
    ("Japan Airlines cancelled 420 flights on [Sunday] and Monday.", "2026-08-30", "DATE",
     "2026-08-30"),
    ("Talks took place on [Thursday] and Friday.", "2024-09-26", "DATE", "2024-09-19"),
    # "last" before "into", "until" is the verb
    ("The winds would peak late Tuesday and last into [Wednesday].", "2025-01-13", "DATE",
     "2025-01-15"),
    # "that evening" opens its clause without a comma
    ("On Thursday, Feb. 23, he left the office early. [That evening] he flew to Kuala Lumpur.",
     "1995-03-01", "TIME", "1995-02-23TEV"),
    ("He refused on Sunday. By [that evening] his telephone lines had been cut.", "1991-08-25",
     "TIME", "1991-08-25TEV"),
    ("On Monday, Yeltsin climbed onto a tank. [That night] Gorbachev was isolated.", "1991-08-25",
     "TIME", "1991-08-19TNI"),
    # a month of figures, whatever the verb that publishes them
    ("The Commerce Department will report [February] new-home sales on Monday.", "2024-03-21",
     "DATE", "2024-02"),
    ("The Realtors will publish [July] pending sales on Sept. 1.", "2010-08-24", "DATE",
     "2010-07"),
    ("The department will report [November] construction spending today.", "2012-01-03", "DATE",
     "2011-11"),
    ("Sales of new homes for [May] will be released next Tuesday.", "2013-06-20", "DATE",
     "2013-05"),
    # a noun that is also a word of the future
    ("Many listings had open houses [Saturday].", "2025-02-16", "DATE", "2025-02-15"),
    ("Agents will hold open houses [Saturday].", "2025-02-16", "DATE", "2025-02-22"),
    ("Sales fell to 3.83 million from 5.26 million in [June], far below economists' forecasts.",
     "2010-08-24", "DATE", "2010-06"),
    # a comparison with the year its own sentence writes, not a target year before it
    ("Canada kept its target of cutting emissions by 2030. Emissions totaled 689 million "
     "tonnes in 2024, down 1.1 percent from [a year earlier].", "2026-04-12", "DATE", "2023"),
    ("Phone waits averaged 4 minutes during the 2023 filing season, compared with 28 minutes "
     "[a year earlier].", "2023-11-21", "DATE", "2022"),
    # "N days later," opening a clause counts from a day before; it does not look ahead
    ("Three days later, on [Feb. 6], crews blew holes in the cars.", "2024-06-25", "DATE",
     "2024-02-06"),
    ("The company reports April sales on May 12 and its [March quarter] results four days "
     "later.", "2026-12-03", "DATE", "2027-Q1"),
    # a headline capitalizes its units: a length there, not a show's title
    ("[Three Days] in August: How the Moscow Coup Unfolded\n\nIt began on Monday.",
     "1991-08-25", "DURATION", "P3D"),
    ("How the Coalition Fell Apart in [Ten Days]", "2026-04-06", "DURATION", "P10D"),
    # a phrase with no verb after a year says when in it, and so do the items listed after
    ("We will start a program sometime next year, probably in [the summer].", "2025-03-10",
     "DATE", "2026-SU"),
    ("We're launching 14 new products in fiscal 2026, most of them in [the first half].",
     "2025-12-29", "DATE", "2026-H1"),
    ("The Fed has cut rates twice this year, in September and [October].", "2025-04-10", "DATE",
     "2025-10"),
    ("The law, passed in 2019, takes effect in [March].", "2026-12-03", "DATE", "2027-03"),
    # the weekdays of a list without verbs of their own are told as the first
    ("The Rangers play at Minnesota on Tuesday, at Winnipeg on [Thursday] and at Chicago on "
     "Saturday.", "2024-11-18", "DATE", "2024-11-21"),
    # "he'd" before a bare verb is "would", before a participle "had"
    ("\"If this were a playoff game, he'd probably play [Wednesday],\" the coach said.",
     "2026-04-13", "DATE", "2026-04-15"),
    ("He said he'd already signed the deal on [Wednesday].", "2026-04-13", "DATE", "2026-04-08"),
    ("You'd better go on [Wednesday], he said.", "2026-04-13", "DATE", "2026-04-15"),
    # a bare plural unit before "after", "before" or "of", where timing comes before it
    ("The strike came [hours] after Hamas fired rockets.", "2024-01-01", "DURATION", "PTXH"),
    ("After [months] of speculation, Apple unveiled the iPad.", "2010-01-27", "DURATION", "PXM"),
    # a past verb before a span ending at a holiday ("in the last 10 days before") tells of it
    ("Shoppers returned in force in the last 10 days before [Christmas].", "2015-01-08",
     "DATE", "2014-12-25"),
    # a clock of a set of days no tag names ("weekdays", "every weekday"), before or after it,
    # is of any such day; and so are clocks after "weekends", after a set a month bounds, and
    # before a set said as an aside
    ("The store is open weekdays from [8 a.m.] to 4 p.m.", "2025-09-10", "TIME",
     "XXXX-XX-XXT08:00"),
    ("The store is open weekdays from 8 a.m. to [4 p.m.]", "2025-09-10", "TIME",
     "XXXX-XX-XXT16:00"),
    ("Buses run every weekday at [7 a.m.]", "2025-09-10", "TIME", "XXXX-XX-XXT07:00"),
    ("The hotline is staffed from 7 a.m. to [11 p.m.] on weekdays.", "2026-12-03", "TIME",
     "XXXX-XX-XXT23:00"),
    ("The curfew runs from [11 p.m.] to 6 a.m. on weeknights.", "2026-12-03", "TIME",
     "XXXX-XX-XXT23:00"),
    ("The park is open on weekends from [10 a.m.] to 6 p.m.", "2025-09-10", "TIME",
     "XXXX-XX-XXT10:00"),
    ("The shop is open until 8pm on weekdays and [6pm] at weekends.", "2025-09-10", "TIME",
     "XXXX-XX-XXT18:00"),
    ("The library will offer tours on Saturdays in March, from [10 a.m.] to noon.",
     "2026-02-16", "TIME", "XXXX-WXX-6T10:00"),
    ("\"I wrote from [10 p.m.] to midnight, every night, for years,\" she said.", "2024-11-17",
     "TIME", "XXXX-XX-XXT22:00"),
    ("The road will be closed from 8 p.m. to [6 a.m.], nightly, until July.", "2026-12-03",
     "TIME", "XXXX-XX-XXT06:00"),
    ("Question time begins at [2pm] every sitting day.", "2000-01-10", "TIME",
     "XXXX-XX-XXT14:00"),
    ("Question time, which begins at [2pm] on sitting days, was cut short.", "2025-10-19",
     "TIME", "XXXX-XX-XXT14:00"),
    # ... but not a clock before a set that opens a phrase after a comma
    ("The suspect was seen at [11 p.m.], daily logs show.", "2026-12-03", "TIME",
     "2026-12-03T23:00"),
    ("Trading ended at [4 p.m.], daily volume reaching a record.", "2026-12-03", "TIME",
     "2026-12-03T16:00"),
    # a year that runs into the next is one expression, named by the year it begins in, or by
    # the year it ends in when its clause says it is a fiscal year (as "FY25" is)
    ("He scored 30 goals in the [2023-24] season.", "2024-07-23", "DATE", "2023"),
    ("The [2020-21] season was cancelled.", "2024-07-23", "DATE", "2020"),
    ("He was the league's top scorer in the [2009/10] season.", "2024-07-23", "DATE", "2009"),
    ("She presented the Union Budget for [2024-25], her seventh.", "2024-07-23", "DATE",
     "2025"),
    ("The fiscal deficit is estimated at 4.8% for [2024-25].", "2024-07-23", "DATE", "2025"),
    ("Returns for the [2024-25] tax year must be filed by January 31.", "2025-11-03", "DATE",
     "2025"),
    # an -ed word after a preposition, before its noun, is an adjective, no verb of the clause
    ("The DGAC will publish its final list of required cuts on [Wednesday] at noon.",
     "2026-05-04", "DATE", "2026-05-06"),
    ("He would be eligible for unrestricted free agency on [July 1].", "1998-02-08", "DATE",
     "1998-07-01"),
    # "the week of Thanksgiving" is the week that holds it, as "Thanksgiving week" is
    ("The shutdown may run into [the week of Thanksgiving], which falls on Nov. 27.",
     "2025-11-09", "DATE", "2025-W48"),
    # "today's" before what happens on the day, even after "of" ("the end of today's sitting")
    ("At the end of [today]'s sitting, MPs left.", "1991-07-24", "DATE", "1991-07-24"),
    ("The full effect of [today]'s measures will be felt next year.", "1991-07-24", "DATE",
     "1991-07-24"),
    # British "in future", alone
    ("In [future], all bills will be published online.", "2014-12-31", "DATE", "FUTURE_REF"),
    ("He said he would be more careful in [future].", "2014-12-31", "DATE", "FUTURE_REF"),
    # an event a present perfect has arranged, and what someone was asked to do, are to come
    ("Gopal Rai has called a meeting of 30 departments on [Tuesday morning].", "2024-11-03",
     "TIME", "2024-11-05TMO"),
    ("The singer has added a make-up show on [Thursday] for ticket holders.", "2026-05-10",
     "DATE", "2026-05-14"),
    ("Staff have been asked to report as usual on [Friday].", "2015-01-01", "DATE",
     "2015-01-02"),
    # ... but not a day told of after a past form in the object
    ("The board has called a meeting that was held on [Thursday].", "2026-05-10", "DATE",
     "2026-05-07"),
    # a part of day without "the" after "by" or "until", qualifying no noun
    ("By [afternoon], it was clear that the bloc had made gains.", "2024-06-04", "TIME",
     "2024-06-04TAF"),
    ("By [late evening], the commission had declared results for 500 seats.", "2014-05-16",
     "TIME", "2014-05-16TEV"),
    # ... and so is any "2025-26" in a text that names its years as fiscal, but its seasons
    ("Growth was 9.2 per cent in FY24. The government aims for 4.5% by [2025-26].",
     "2025-05-30", "DATE", "2026"),
    ("Growth was 9.2 per cent in FY24. The [2024-25] season ended.", "2025-05-30", "DATE",
     "2024"),
    # a past verb before "until" ends what it tells of; it puts nothing off
    ("Crews worked until late on [Tuesday].", "2014-05-16", "DATE", "2014-05-13"),
    ("The court adjourned the case until [Tuesday].", "2014-05-16", "DATE", "2014-05-20"),
    ("Parliament prorogued until [March 24]", "2025-01-06", "DATE", "2025-03-24"),
    # a clock before "this Friday, January 12" is of that day, not of the day named before
    ("The tour ends on August 24. Tickets go on sale at [10am GMT] this Friday, January 12.",
     "2024-01-08", "TIME", "2024-01-12T10:00"),
    # a clock after the end of a span a figure covers is of the story's day, not of the end
    ("The firm reported results late on Friday. Revenue for the three months to December 31 "
     "rose 8%. The chief executive told analysts on a call at [5 p.m. ET] that demand held.",
     "2026-02-23", "TIME", "2026-02-20T17:00"),
    ("The firm reported results on Friday for the quarter ended Dec. 31. Executives discussed "
     "them at [10 a.m.]", "2026-02-23", "TIME", "2026-02-20T10:00"),
    # the items of a list of days in brackets go on in order from the first
    ("The tour opens in Glasgow on October 3. Dates include Glasgow Barrowland (October 3), "
     "Edinburgh Playhouse ([October 4]), and Manchester Apollo from October 22 to 24.",
     "1991-03-11", "DATE", "1991-10-04"),
    ("The tour opens in Glasgow on October 3. Dates include Glasgow Barrowland (October 3), "
     "Edinburgh Playhouse (October 4), and Manchester Apollo from [October 22] to 24.",
     "1991-03-11", "DATE", "1991-10-22"),
    ("The dates are Perth (December 14), Sydney ([January 20]).", "2024-07-01", "DATE",
     "2025-01-20"),
    ("The band played Perth (March 14), Sydney ([January 20]) and Hobart.",
     "2024-10-02", "DATE", "2024-01-20"),
    # a day named again with no verb to place it is the one a verb placed before
    ("The tour opens in Glasgow on October 3. Dates include Glasgow Barrowland ([October 3]).",
     "1991-03-11", "DATE", "1991-10-03"),
    # "the Saturday" names a day of the week told of, the nearest to its day
    ("The festival runs Friday, Aug. 2 through Sunday, Aug. 4. Vix will play on the "
     "[Saturday night].", "2024-03-21", "TIME", "2024-08-03TNI"),
    ("On December 4, 1963, a fire broke out at the colliery. The last bodies were brought up "
     "on the [Friday afternoon].", "2025-04-10", "TIME", "1963-12-06TAF"),
    ("The board meets on Monday 17 February and Tuesday 18 February, with the decision due on "
     "the [Tuesday].", "2025-02-05", "DATE", "2025-02-18"),
    ("Debates are set for the week of April 11, with the English debate on the [Tuesday].",
     "2011-03-26", "DATE", "2011-04-12"),
    # a day's event that starts, in the present, is to come (but not what a past form tells)
    ("[Saturday]'s 57-lap race starts at 6 p.m. (1500 GMT).", "2024-02-29", "DATE",
     "2024-03-02"),
    ("Public comment at [Tuesday]'s meeting, which begins at 6:30 p.m., will be limited.",
     "2024-01-08", "DATE", "2024-01-09"),
    ("[Wednesday]'s data showed housing starts jumped.", "2025-04-10", "DATE", "2025-04-09"),
    # the Islamic holidays by the moon, Ramadan by its first day (the one under way, during it),
    # "Eid" alone by the one named last; Nowruz at the equinox
    ("[Ramadan] began this year with talks still stalled.", "2024-03-20", "DATE", "2024-03-11"),
    ("Talks will resume after the end of [Ramadan].", "2024-04-01", "DATE", "2024-03-11"),
    ("Millions of Muslims celebrated [Eid al Fitr] on Sunday.", "2025-04-02", "DATE",
     "2025-03-30"),
    ("Muslims in Cairo celebrated [Eid al-Fitr] this week.", "2000-12-30", "DATE", "2000-12-27"),
    ("Pilgrims gathered for Eid al-Adha prayers. Markets were shut for [Eid] on Friday.",
     "2025-06-08", "DATE", "2025-06-06"),
    ("Iranians celebrated [Nowruz] last week.", "2025-03-25", "DATE", "2025-03-21"),
    # "the same weekend" some years back keeps its weekend
    ("Sales ran 12 percent ahead of [the same weekend a year ago].", "1989-12-10", "DATE",
     "1988-W49-WE"),
    ("The top films took in more than over [the same weekend three years ago].", "2015-07-05",
     "DATE", "2012-W27-WE"),
    # the day figures were released is a report's: a clock after it is of the night told of
    ("The Globes drew 9.3 million viewers on Sunday night, according to Nielsen data released "
     "Monday. The ceremony, which aired live from [8 p.m.] to 11 p.m. ET, was up 50 percent.",
     "2024-01-08", "TIME", "2024-01-07T20:00"),
    # ... but not a day two months before the report
    ("The country reunified on Oct. 3. Official results released early today gave Mr. Kohl 44 "
     "percent. Polls closed at [6 p.m.], and the first projections appeared minutes later.",
     "1990-12-03", "TIME", "1990-12-03T18:00"),
    # a participle after a comma is no verb: the day is told as the clause before it
    ("On Thursday, the new comedy premieres in competition, followed on [Friday] by a thriller.",
     "2025-05-21", "DATE", "2025-05-23"),
    # years "later" with nothing dated before lead up to now
    ("[50 Years Later], 'All the President's Men' Still Sets the Standard", "2026-04-05", "DATE",
     "2026"),
    # the period of an initialism ends no sentence
    ("Tariq Aziz told the U.N. Security Council in a letter [late Wednesday] that Baghdad would "
     "comply.", "1991-02-28", "DATE", "1991-02-27"),
    # a midnight told in the past, after the day it is of, is the one that began it
    ("BRUSSELS, 1 January 1995 - The European Union expanded to 15 members at [midnight].",
     "1995-01-01", "TIME", "1994-12-31T24:00"),
    # a holiday takes the day its sentence gives it (a moon sighted a day late)
    ("Religious authorities said [Eid al-Fitr], the festival marking the end of Ramadan, would "
     "probably fall on Saturday, Jan. 8.", "1999-12-31", "DATE", "2000-01-08"),
    ("[Ramazan] this year began on March 12 after the moon was sighted.", "2024-04-10", "DATE",
     "2024-03-12"),
    ("[Good Friday] falls on 18 April, and Easter Sunday is on 20 April.", "2025-03-27", "DATE",
     "2025-04-18"),
    ("The fast, which usually falls on [the day before Passover], will be observed on Thursday, "
     "April 10.", "2025-04-08", "DATE", "2025-04-12"),
    # names joined in a past verb's object; a preparation, as a plan, looks ahead; what was
    # reported as likely is still to come
    ("The United States froze Kuwaiti and Iraqi assets on [Thursday].", "1990-08-04", "DATE",
     "1990-08-02"),
    ("Foreign ministers prepared to meet in Oslo on [Thursday] to decide what to do.",
     "1992-06-03", "DATE", "1992-06-04"),
    ("Officials said a start in [December] was more realistic.", "2024-07-18", "DATE", "2024-12"),
    ("He said the meeting in [December] was a success.", "2024-07-18", "DATE", "2023-12"),
    # a day of the story's background (a count since it, a relative clause, "since") gives no
    # day to a clock alone in a sentence after it; the story's day does
    ("Survivors gathered on Monday to mark 80 years since Soviet soldiers liberated the camp on "
     "January 27, 1945. The ceremony, beginning at [4 p.m.], was attended by King Charles.",
     "2025-01-27", "TIME", "2025-01-27T16:00"),
    ("The new treaty replaces the 1991 treaty that expired on Dec. 5. The signing ceremony began "
     "shortly after [11 a.m.] local time.", "2010-04-08", "TIME", "2010-04-08T11:00"),
    ("Muslims have been fasting since Ramadan began on Dec. 9. The fireworks display will begin "
     "at [8 p.m.] rather than at midnight.", "1999-12-31", "TIME", "1999-12-31T20:00"),
    # but one the sentence names as its own is: "The disaster on Friday, October 21, 1966"
    ("The disaster on Friday, October 21, 1966, killed 144 people. The tip began to slide at "
     "[9:15 a.m.]", "2026-10-21", "TIME", "1966-10-21T09:15"),
    # a day counts from the story's day, over a year told in passing
    ("The central bank sold $8 billion on Dec. 19 alone, its largest sale since the currency "
     "was floated in 1999. The real hit a record low [the day before].", "2024-12-26", "DATE",
     "2024-12-18"),
    ("On Saturday Gorbachev quit as head of the party he had led since 1985. Boris Pugo had shot "
     "himself [two days earlier].", "1991-08-25", "DATE", "1991-08-22"),
    ("When Soviet troops arrived on that Saturday afternoon in 1945, they found 7,000 prisoners. "
     "The SS had forced others out on death marches [ten days earlier].", "2025-01-27", "DATE",
     "1945-XX-XX"),
    # the participle of a phrase after "with" is no verb: the clause it hangs on tells the time
    ("Trading is expected to remain thin through the end of the year, with local markets closed "
     "on [Tuesday] and Wednesday.", "2024-12-26", "DATE", "2024-12-31"),
    ("The category winners will be named on Tuesday, January 4, with the overall prize announced "
     "on [January 25].", "1999-12-31", "DATE", "2000-01-25"),
    ("Russia will enter the year 2000 with the State Duma elected on [December 19].", "1999-12-31",
     "DATE", "1999-12-19"),
    # "Later on Sunday", "a day later than planned": a sequence, no tense; names and places
    # that spell verbs ("Gombe states")
    ("Later on [Sunday], four-time champions Ghana lost 2-1 to Cape Verde.", "2024-01-15", "DATE",
     "2024-01-14"),
    ("Stations in those areas closed at 7 p.m. on [Thursday], a day later than planned.",
     "1994-04-29", "DATE", "1994-04-28"),
    ("Gunmen killed 41 people in attacks on polling stations in Bauchi and Gombe states on "
     "[Saturday], officials said.", "2015-03-30", "DATE", "2015-03-28"),
    ("The court upheld the ruling in [July].", "2024-06-13", "DATE", "2023-07"),
    # "New Year" alone is Jan. 1
    ("Dealers said trading was thin ahead of the [New Year] holiday.", "2014-12-31", "DATE",
     "2015-01-01"),
    # a gloss in another zone is the same instant: its day is its clock's, or the next or the
    # one before, as the zones say
    ("Capcom will hold a presentation on Nov. 12 at 3 p.m. JST ([2 a.m. ET]).", "2026-10-30",
     "TIME", "2026-11-12T02:00"),
    ("The first school entered the avenue at 10 p.m. on Sunday and the last left shortly after "
     "5 a.m. ([0800 GMT]).", "2026-02-16", "TIME", "2026-02-16T08:00"),
    # what was called for, or declared a day off, is to come
    ("Protest groups called on Sunday for fresh demonstrations on [Tuesday] and Thursday.",
     "2024-06-30", "DATE", "2024-07-02"),
    ("President Alberto Fernandez declared [Tuesday] a national holiday.", "2022-12-19", "DATE",
     "2022-12-20"),
    ("Church leaders called for calm on [Sunday].", "2024-07-02", "DATE", "2024-06-30"),
    ("The government declared [Christmas] a holiday.", "1998-01-19", "DATE", "1997-12-25"),
    # "Next" inside a name; a date moved "to the fall", and from another to it
    ("A free demo, released during Steam Next Fest in [October], was played by 600,000 people.",
     "2026-01-19", "DATE", "2025-10"),
    ("The company has pushed back the first expansion from the second quarter to [the fall].",
     "2026-03-27", "DATE", "2026-FA"),
    ("Miramax has moved its romance from Dec. 15 to [Christmas Day].", "2000-11-26", "DATE",
     "2000-12-25"),
    # a day set for an event in the present tense is ahead, unless a few weeks gone
    ("Carlos Salinas de Gortari, whose six-year term ends on [Nov. 30], said he would stay.",
     "1994-01-03", "DATE", "1994-11-30"),
    ("The offer expires on [Dec. 15], the company said.", "2026-01-20", "DATE", "2026-12-15"),
    ("The company's fiscal year runs to [December 31].", "2026-02-23", "DATE", "2026-12-31"),
    ("The comment period closes [Feb. 28].", "2026-03-10", "DATE", "2026-02-28"),
    ("Nominations opened May 1 and close on [Aug. 21].", "2026-10-02", "DATE", "2027-08-21"),
    # a timeline's entry opens its line: no verb of the line before is its own
    ("Timeline\nDec. 31 - Strike begins\n[Jan. 10] - Talks break off", "2025-02-16", "DATE",
     "2025-01-10"),
    # a season is no frame for "the month"; a day that follows counts from the day named before
    # a year; a clock takes the day after it past "next" and ", on"
    ("The pool opened last summer. [Later in the month], the council will vote on its hours.",
     "2025-06-13", "DATE", "2025-06"),
    ("The deadline is normally March 1, but because that date falls on a Saturday this year, "
     "it moves to [the following Monday].", "2025-02-05", "DATE", "2025-03-03"),
    ("The festival ends Sunday, May 24. Tickets go on sale at [9am AEST] next Tuesday, April 28.",
     "2026-04-23", "TIME", "2026-04-28T09:00"),
    ("Jimmy Carter died Sunday at 100. Bond markets close early, at [2 p.m. ET], on Tuesday.",
     "2024-12-30", "TIME", "2024-12-31T14:00"),
    # a clock without a.m. or p.m. soon after an evening's is of that evening
    ("The Belk Bowl is tonight at 6:30 p.m. ET, followed by the Holiday Bowl at [9:45].",
     "2012-12-27", "TIME", "2012-12-27T21:45"),
    ("The show is Sunday at 4:30 p.m. Doors open at [3:45].", "1991-11-29", "TIME",
     "1991-12-01T15:45"),
    ("The concert ends at 11 p.m. and the bars close at [1:30].", "2026-06-08", "TIME",
     "2026-06-08T01:30"),
    # "stays", "keeps" tell a present; a participle after what keeps its object so is none
    ("Snow keeps county schools closed [Tuesday].", "1991-01-07", "DATE", "1991-01-08"),
    ("Schools stay closed [Tuesday].", "1991-01-07", "DATE", "1991-01-08"),
    ("[Sunday] stays cloudy with a few showers.", "2025-04-10", "DATE", "2025-04-13"),
    ("Schools had to remain closed [Tuesday].", "1991-01-07", "DATE", "1991-01-01"),
    ("Lawmakers who voted to keep the ban lost [Tuesday].", "2025-04-10", "DATE", "2025-04-08"),
    ("Executives warned that supplies could remain tight into [the summer].", "2011-03-20",
     "DATE", "2011-SU"),
    # a calendar's day headings on lines of their own are ahead, and so are their clocks
    ("Community calendar\n\nListings for the week ahead.\n\n[MONDAY]\n\nStory time, 10:30 a.m.",
     "2014-06-01", "DATE", "2014-06-02"),
    ("Community calendar\n\nMonday\n\nStory time, [10:30 a.m.], Main Library.", "2014-06-01",
     "TIME", "2014-06-02T10:30"),
    ("What happened last week\n\n[Monday]\n\nPolice arrested 12.", "2014-06-01", "DATE",
     "2014-05-26"),
    # a weekday with no verb of its own after another in its sentence is told as it
    ("The U.S. team plays South Korea on Saturday at 5 p.m. in Chicago and Japan on [Tuesday] "
     "at 7 p.m. in Columbus.", "2025-09-05", "DATE", "2025-09-09"),
    ("The quarter-finals are on Tuesday, the semi-finals on Wednesday and the final on "
     "[Thursday] at 10:30pm.", "2016-08-15", "DATE", "2016-08-18"),
    ("He was arrested on Monday and charged on [Wednesday].", "2025-09-05", "DATE", "2025-09-03"),
    # a holiday's things date nothing, so a clock after them takes the day before
    ("Saturday 29 November: Christmas lights switch-on, [5pm].", "2025-11-20", "TIME",
     "2025-11-29T17:00"),
    # a day's programme told in the present is to come
    ("[Saturday]'s slate runs from the Armed Forces Bowl at 11:45 a.m. to the Alamo Bowl.",
     "2012-12-27", "DATE", "2012-12-29"),
    ("[Wednesday]'s late Prom is devoted to film music and begins at 10.15pm.", "2024-08-12",
     "DATE", "2024-08-14"),
    ("[Saturday]'s schedule included a meeting with the prime minister.", "2024-08-12", "DATE",
     "2024-08-10"),
    # a long sayer's day is the report's, not the day the story goes on from
    ("The deadline moves to the next business day, Oct. 7, Secretary of State Frank LaRose's "
     "office said Wednesday. Early voting begins [the following day].", "2024-10-03", "DATE",
     "2024-10-08"),
    # a day of every year
    ("The office stays open late, as it has [each April 15] since 1987.", "1999-04-09", "SET",
     "XXXX-04-15"),
    ("[Every Jan. 1] we get another year of our culture back.", "2026-01-02", "SET",
     "XXXX-01-01"),
    # a heading in capitals names its time (a network's programme does not)
    ("[THIS WEEKEND]: Jazz in the park.", "2025-09-05", "DATE", "2025-W36-WE"),
    ("WHAT ELSE IS CHANGING [THIS YEAR]?", "2026-02-09", "DATE", "2026"),
    # a plan after a determiner is a noun, no plan of the clause
    ("The commission delayed a vote in July, and the company revised the site plan over "
     "[the summer].", "2013-09-28", "DATE", "2013-SU"),
    ("The U.S. said it would take refugees but dropped that plan over [the weekend].",
     "1999-04-12", "DATE", "1999-W14-WE"),
    ("The company plans a sale on [Tuesday].", "2013-09-28", "DATE", "2013-10-01"),
    # the day a figure is compared with gives no day to a clock after it
    ("PECO said 41,000 customers remained without power as of 6 a.m. today, down from a peak "
     "of 78,000 on Sunday afternoon.\n\nPSE&G reported 19,000 outages at [midday].",
     "1996-01-08", "TIME", "1996-01-08T12:00"),
    # a holiday of a story told of an earlier year is of that year
    ("He came home in December 1944. That [Christmas], his mother cooked a goose.", "2025-04-10",
     "DATE", "1944-12-25"),
    ("I learned to ride a bike in the summer of 1985, and broke my wrist before [Labor Day].",
     "2025-03-11", "DATE", "1985-09-02"),
    ("In 2020, the race wasn't called until Nov. 19, more than two weeks after [Election Day].",
     "2025-04-10", "DATE", "2020-11-03"),
    ("She was diagnosed in the summer of 2023. \"Over [Easter] she was still doing the voices.\"",
     "2026-04-22", "DATE", "2026-04-05"),
    ("He saw his first Test in January 1955 and was in the stand on [Boxing Day] last year.",
     "2026-12-03", "DATE", "2025-12-26"),
    # the night before, the morning after the day told of
    ("I first came to this hollow on Thursday, Nov. 17, 1966. The water had broken into the "
     "mine [the night before], a little after 11 p.m.", "1991-11-24", "TIME", "1966-11-16TNI"),
    ("I first came to this hollow on Thursday, Nov. 17, 1966. The water had broken into the "
     "mine the night before, a little after [11 p.m.]", "1991-11-24", "TIME", "1966-11-16T23:00"),
    ("The storm hit on June 5, 1968. [The morning after], the town was gone.", "2025-04-10",
     "TIME", "1968-06-06TMO"),
    # the weekend of a month's nth Saturday
    ("The Eelpout Festival is set for [the second weekend of February].", "1995-12-29", "DATE",
     "1996-W06-WE"),
    ("The eagle watch is on [the last weekend of March].", "2000-01-10", "DATE", "2000-W12-WE"),
    # a participle between a count and what it counts is an adjective, no past
    ("Kentucky's state parks will offer more than 40 guided First Day Hikes on [Wednesday].",
     "2024-12-30", "DATE", "2025-01-01"),
    ("Exchange Server 2016 and 2019 reached end of support on [Oct. 14].", "2025-04-10", "DATE",
     "2024-10-14"),
    # a holiday's year after a comma
    ("The ship steamed into New York Harbor. It was [New Year's Eve, 1927].", "2015-12-31",
     "DATE", "1927-12-31"),
    ("It was New Year's Eve, 1927. She had left Cobh [10 days earlier].", "2015-12-31", "DATE",
     "1927-12-21"),
    # what a report says is still on schedule is to come
    ("Sun Valley Resort said its events, including the Wagon Days parade on [Aug. 31], were "
     "still on schedule.", "2013-08-19", "DATE", "2013-08-31"),
    ("The train on [Aug. 10] was on schedule.", "2013-08-19", "DATE", "2013-08-10"),
    # a range of weekdays with hours of its days is of every week, and its hours of any day
    ("The hotline is staffed from 10 a.m. to 6 p.m. Eastern time [Monday] through Friday.",
     "2026-03-19", "SET", "XXXX-WXX-1"),
    ("The hotline is staffed from [10 a.m.] to 6 p.m. Eastern time Monday through Friday.",
     "2026-03-19", "TIME", "XXXX-XX-XXT10:00"),
    ("The box office is open Monday through [Saturday] from noon to 6 p.m.", "2011-03-14",
     "SET", "XXXX-WXX-6"),
    ("The box office is open Monday through Saturday from noon to [6 p.m.]", "2011-03-14",
     "TIME", "XXXX-XX-XXT18:00"),
    ("Sessions run from 8:30 a.m. to [noon], Monday through Thursday.", "2026-06-19", "TIME",
     "XXXX-XX-XXT12:00"),
    ("The survey is conducted Monday through [Wednesday] each week.", "2013-06-20", "SET",
     "XXXX-WXX-3"),
    ("Help is offered on Tuesdays and Thursdays from [10 a.m.] to 2 p.m.", "1999-04-09", "TIME",
     "XXXX-XX-XXT10:00"),
    ("The show airs at [8 p.m.] on Tuesdays and Thursdays.", "2026-03-05", "TIME",
     "XXXX-XX-XXT20:00"),
    ("The show airs at [8 p.m.] on Tuesdays.", "2026-03-05", "TIME", "XXXX-WXX-2T20:00"),
    ("The road will be closed from [8 p.m. Friday] through Sunday.", "2026-03-05", "TIME",
     "2026-03-06T20:00"),
    ("Polls are open 7 a.m. to 7 p.m. [Monday] through Saturday, Oct. 21-26.", "2024-10-20",
     "DATE", "2024-10-21"),
    # hours between two dates, or after a span of them, are of each day of it
    ("Fireworks may be used only between [11 a.m.] and 11 p.m. from June 23 through July 6.",
     "2025-06-30", "TIME", "XXXX-XX-XXT11:00"),
    ("From Dec. 1 through March 31, parking is banned between 1 a.m. and [6 a.m.]",
     "2025-11-30", "TIME", "XXXX-XX-XXT06:00"),
    ("The fair runs from Dec. 1 to Dec. 5, with a parade from [2 p.m.] to 4 p.m. on the first "
     "day.", "2025-11-30", "TIME", "2025-12-05T14:00"),
    ("Dubai Metro will run from 5am to midnight from [Monday] to Friday.", "2025-03-01", "SET",
     "XXXX-WXX-1"),
    # a clock after a set of days by "until", "by", "before", and its list or alternative
    ("The hotline is updated daily by [11 a.m.]", "1998-09-07", "TIME", "XXXX-XX-XXT11:00"),
    ("The line is open weekdays until [6 p.m. Eastern time].", "2024-04-15", "TIME",
     "XXXX-XX-XXT18:00"),
    ("A helpline will operate from [8am] to 8pm seven days a week.", "1997-01-27", "TIME",
     "XXXX-XX-XXT08:00"),
    ("Programs are held at [11 a.m.], 1 p.m. and 3 p.m. both days.", "2000-01-10", "TIME",
     "XXXX-XX-XXT11:00"),
    ("Limit watering to two days a week, before 10 a.m. or after [6 p.m.]", "2025-07-21", "TIME",
     "XXXX-XX-XXT18:00"),
    ("The gallery is open daily from 10am to [5.50pm], and from 2pm on Sundays.", "1991-11-17",
     "TIME", "XXXX-XX-XXT17:50"),
    # the months of a list after figures for the first are in order from it
    ("Housing starts data for September and [October] are now scheduled for release on Jan. 9.",
     "2025-12-19", "DATE", "2025-10"),
    # a participle clause after a comma has verbs of its own; a past verb makes an "-s" noun
    ("Samsung introduced its phones at an event here [Wednesday], betting that new features "
     "will persuade buyers.", "2026-02-26", "DATE", "2026-02-25"),
    ("The team placed him on injured reserve [Saturday], meaning he will miss four games.",
     "2025-09-14", "DATE", "2025-09-13"),
    ("Voters narrowly rejected a sales tax increase for public transit and road repairs on "
     "[Tuesday].", "2024-11-06", "DATE", "2024-11-05"),
    ("The House passed the bill last month and the Senate takes it up on [Monday].",
     "2026-12-03", "DATE", "2026-12-07"),
    ("The prime minister is Mark Carney, who won the Liberal leadership race on [Sunday].",
     "2025-03-14", "DATE", "2025-03-09"),
    # the holiday that ends a span of a season is the first after its start
    ("Studios have packed the five weeks between Thanksgiving and [New Year's Day] with their "
     "biggest pictures.", "1989-12-10", "DATE", "1990-01-01"),
    ("Beaches are tested weekly from Memorial Day through [Labor Day].", "2026-06-08", "DATE",
     "2026-09-07"),
    # a weekday that labels its line looks ahead when its entry does, or in a list of days
    # ahead; "The week ahead" said on a Sunday is the next week
    ("[TUESDAY]: Kenneth Clarke will deliver his Budget.", "1994-11-27", "DATE", "1994-11-29"),
    ("THE WEEK AHEAD\n\nMONDAY: Norway goes to the polls.\n\nTUESDAY: The Chancellor "
     "delivers his Budget.\n\n[WEDNESDAY]: The Senate votes, having put off the ballot.",
     "1994-11-27", "DATE", "1994-11-30"),
    ("Last week\n\n[Monday]: Police arrested 12 people.", "1994-11-27", "DATE", "1994-11-21"),
    ("[The week] ahead in Parliament", "2025-03-02", "DATE", "2025-W10"),
    ("Campaigns spent heavily over [the weekend] ahead of the election.", "2025-03-02", "DATE",
     "2025-W09-WE"),
    # the month a figure is for gives no day to a clock after it
    ("Coming up this week\n\nTuesday: Trading resumes. The manufacturing index for August is "
     "out at [10 a.m. ET].", "2024-09-01", "TIME", "2024-09-03T10:00"),
    # hours right after a set of days, with a comma or nothing between, are of its days
    ("The pop-up will continue on Sundays, [9 a.m.] to 1 p.m., until the shop opens.",
     "2026-01-04", "TIME", "XXXX-WXX-7T09:00"),
    ("The market runs Fridays 4 to 11 p.m., Saturdays noon to [11 p.m.]", "2025-09-21", "TIME",
     "XXXX-WXX-6T23:00"),
    ("He works Sundays, [9 a.m.] is when he starts.", "2026-01-04", "TIME", "2026-01-04T09:00"),
    # an end extended is ahead; "into" joins the days of a range
    ("Heat warning extended through [Saturday] as the death toll climbs", "1995-07-13", "DATE",
     "1995-07-15"),
    ("A freeze warning has been issued for Tuesday night into [Wednesday morning].",
     "2026-01-05", "TIME", "2026-01-07TMO"),
    # a weekday in brackets after a day is that day's, when it is its weekday
    ("Christmas Eve ([Wednesday]): Most bars will trade until midnight.", "2025-12-22", "DATE",
     "2025-12-24"),
    ("The vote is on Dec. 30 ([Tuesday] is the backup).", "2025-12-22", "DATE", "2025-12-23"),
    # a holiday that names the menus, bookings or hours of its season is the nearest one, but
    # in the year that opens its sentence
    ("[Christmas] menus launched across the estate on 1 October.", "2026-10-27", "DATE",
     "2026-12-25"),
    ("Several restaurants have already posted [Christmas] hours.", "2024-11-25", "DATE",
     "2024-12-25"),
    ("In 2020, [Black Friday] sales fell.", "2026-10-27", "DATE", "2020-11-27"),
    # a participle after its noun, before a deadline the clause after it counts on
    ("Checks postmarked by [Dec. 31] will count toward this year's total.", "2015-12-28", "DATE",
     "2015-12-31"),
    ("Absentee ballots postmarked by [Election Day] will be counted.", "2024-11-06", "DATE",
     "2024-11-05"),
    ("Families who registered by [Nov. 1] will get a box.", "2026-11-16", "DATE", "2026-11-01"),
    # a bullet's day, in a list introduced as ahead, with its clock
    ("Several drives are scheduled over the next two weeks:\n\n\u2014 Tuesday, 1 to 7 p.m., at "
     "the hall.\n\n\u2014 [Saturday, 9 a.m.] to 3 p.m., at the Elks Lodge.", "2011-01-10",
     "TIME", "2011-01-15T09:00"),
    ("Last week's drives:\n\n\u2014 [Saturday], donors gave 80 pints.", "2011-01-10", "DATE",
     "2011-01-08"),
    # a live blog's first stamp is of today, not of a day to come named in a paragraph before
    ("The House will not return until Oct. 14 at the earliest.\n\n[4:12 p.m. ET]: Senate vote "
     "fails again", "2025-10-03", "TIME", "2025-10-03T16:12"),
    # a range's last weekday after the first day and its clock, whichever way it reads alone
    ("Police said the road was closed at 8 p.m. Friday through [Sunday].", "2026-03-10", "DATE",
     "2026-03-08"),
    ("The road will be closed at 8 p.m. Friday through [Sunday].", "2026-03-10", "DATE",
     "2026-03-15"),
    # hours with a bare first clock before a range of weekdays are of every week
    ("Happy hour is 4 to [7 p.m.] Monday through Friday.", "2026-03-10", "TIME",
     "XXXX-XX-XXT19:00"),
    ("Happy hour is 4 to 7 p.m. Monday through [Friday].", "2026-03-10", "SET", "XXXX-WXX-5"),
    ("Dinner [5:30] to 10 p.m. Tuesday through Saturday.", "2026-03-10", "TIME",
     "XXXX-XX-XXT17:30"),
    ("Dinner 5:30 to 10 p.m. [Tuesday] through Saturday.", "2026-03-10", "SET", "XXXX-WXX-2"),
    # a first clock with minutes before a range's last one, of its day
    ("The show runs [7:30]-10 p.m. Friday.", "2026-03-10", "TIME", "2026-03-13T19:30"),
    ("The show ran [7:30]-10 p.m. Friday.", "2026-03-10", "TIME", "2026-03-06T19:30"),
    # the next items of a weekly schedule are of every week too
    ("Open 9 a.m. to 5 p.m. Monday through Friday and [10 a.m.] to 8 p.m. Saturday.",
     "2026-03-10", "TIME", "XXXX-WXX-6T10:00"),
    ("Open 9 a.m. to 5 p.m. Monday through Friday and 10 a.m. to [8 p.m. Saturday].",
     "2026-03-10", "TIME", "XXXX-WXX-6T20:00"),
    ("The library is open Monday through Thursday from 9 a.m. to 8 p.m., and [Friday] and "
     "Saturday from 9 a.m. to 5 p.m.", "2026-03-10", "SET", "XXXX-WXX-5"),
    ("The museum is open daily from 10am to 5pm, and on Thursday evenings until [9pm].",
     "2026-03-10", "TIME", "XXXX-XX-XXT21:00"),
    # (but a day with its own verb after the schedule is a day, and so is a set's one clock)
    ("The office is open 9 a.m. to 5 p.m. Monday through Friday, and will close at [noon "
     "Friday] for the holiday.", "2026-03-10", "TIME", "2026-03-13T12:00"),
    ("The group met Thursdays at 7 p.m. and [Saturday] at 10 a.m. for a special session.",
     "2026-03-10", "DATE", "2026-03-07"),
    # weekdays cut short, and hours that end at noon or midnight
    ("Open [Wed.]-Thurs. 4-9 p.m.", "2023-11-09", "SET", "XXXX-WXX-3"),
    ("Open Wed.-Thurs. 4-9 p.m.; Fri.-Sat. [4]-midnight", "2023-11-09", "TIME",
     "XXXX-XX-XXT16:00"),
    ("Visiting hours are [9] to noon.", "2023-11-09", "TIME", "2023-11-09T09:00"),
    # a frequency is an adverb before a preposition or a conjunction
    ("The federation has conducted its survey [quarterly] since 1973.", "2011-06-14", "SET",
     "P3M"),
    ("The center conducts the survey [monthly] and will field its next poll in January.",
     "2025-12-22", "SET", "P1M"),
    # the day of a stage, a round or a match that "today's" names
    ("[Today]'s 16th stage takes the riders over the Alps.", "1998-07-21", "DATE",
     "1998-07-21"),
    # an election the clause sets ahead, after a day's possessive
    ("Voters go to the polls in [Saturday]'s election.", "2000-11-05", "DATE", "2000-11-11"),
    # time "left" before a day is no past verb
    ("With barely two weeks left before [Election Day], the candidates clashed over pensions.",
     "2012-10-21", "DATE", "2012-11-06"),
    # a clock of an event set in the present is of no day named more than a week gone
    ("In the previous Iowa Poll, taken Dec. 2-7, DeSantis held second. Caucuses begin at [7 "
     "p.m.] at more than 1,600 sites.", "2024-01-15", "TIME", "2024-01-15T19:00"),
    ("The Hope Run was held on Sunday morning. The 5K run started at [8 a.m.]", "2012-09-17",
     "TIME", "2012-09-16T08:00"),
    # the first of two seasons, and of two weekdays, shares the year or week the second names
    ("They toured in [the spring] and summer of 2022.", "2024-05-01", "DATE", "2022-SP"),
    ("He was back in the studio [Tuesday] and Wednesday of last week.", "2024-05-01", "DATE",
     "2024-04-23"),
    # a clock's day after the place it is of, in its clause
    ("Polls open at [6 a.m.] in most Eastern states tomorrow.", "2000-11-06", "TIME",
     "2000-11-07T06:00"),
    ("Stores will close early, at [6 p.m.] local time, on New Year's Eve.", "2024-12-30", "TIME",
     "2024-12-31T18:00"),
    ("He arrived at [6 a.m.] and left on Friday.", "2000-11-06", "TIME", "2000-11-06T06:00"),
    # figures "for" a day measure it, they are not set for it
    ("NASA published figures for [Sunday].", "2024-07-22", "DATE", "2024-07-21"),
    # a noun that may be a verb is a subject's after its determiner ("the race crosses")
    ("On [Monday] the race crosses into France.", "2026-07-04", "DATE", "2026-07-06"),
    ("The tour stops in Chicago on [Friday] and Denver on Saturday.", "2026-12-03", "DATE",
     "2026-12-04"),
    # a month "in" a year is of that year
    ("The Players moved back to [March] in 2019 after 12 years in May.", "2025-03-14", "DATE",
     "2019-03"),
    # a subject after a short title and a dateline's dash
    ("ATLANTA \u2014 Sen. Jon Ossoff heads into [the second half of the year] with a lead.",
     "2026-06-28", "DATE", "2026-H2"),
    ("Sept. 10 \u2014 The eye reaches Cudjoe Key at [9:10 a.m. Sunday].", "2017-09-11", "TIME",
     "2017-09-10T09:10"),
    # a participle's deadline with a second participle joined, and after "that"
    ("Officials said that absentee ballots postmarked by [Election Day] and received within "
     "10 days will be counted.", "2000-11-06", "DATE", "2000-11-07"),
    # a fashion season of two, and past forms that are no plans
    ("[The fall/winter 2024] collection sold out.", "2025-03-14", "DATE", "2024-FA"),
    ("The club agreed to terms on [July 3].", "2025-08-12", "DATE", "2025-07-03"),
    ("He began preparing for the move in [February].", "2025-08-12", "DATE", "2025-02"),
    ("He underwent a medical on [Sunday afternoon] and will sign a four-year deal.",
     "2025-08-12", "TIME", "2025-08-10TAF"),
    # a drawing or a game a jackpot, a listing or tickets are "for" is to come
    ("The jackpot for [Saturday]'s drawing resets to $40 million.", "2013-09-19", "DATE",
     "2013-09-21"),
    ("No ticket matched all six numbers, lifting the jackpot for [Friday]'s drawing to $412 "
     "million.", "2026-02-25", "DATE", "2026-02-27"),
    ("He was fined for [Saturday]'s game against Leeds.", "2025-03-12", "DATE", "2025-03-08"),
    # "last" after "one" or "a" is the last of a row
    ("It will make one last appeal [Tuesday morning].", "1999-01-04", "TIME", "1999-01-05TMO"),
    # "next Friday" said on a Thursday is the Friday of the week after, not tomorrow
    ("The winners will be named [next Friday].", "2025-01-23", "DATE", "2025-01-31"),
    ("The winners will be named [next Friday].", "2025-01-20", "DATE", "2025-01-24"),
    ("The final is on [the final Saturday in May].", "2013-09-02", "DATE", "2014-05-31"),
    # tickets bought for a drawing leave it to the clause
    ("Players bought an estimated $1.5 billion in tickets for [Friday]'s drawing alone.",
     "2012-03-31", "DATE", "2012-03-30"),
    # a day in a relative clause after a week named is no day of that week
    ("Villa hope to finish their business next week so that any signing is available for the "
     "third round, which starts on [Friday].", "2024-01-01", "DATE", "2024-01-05"),
    # a run of weekday labels goes forward, each after the one before
    ("The week opens Thursday.\n\nThursday: Ten shows.\n\nFriday: Burberry shows at 6 p.m."
     "\n\nSaturday: Ten shows.\n\n[Sunday]: Quieter, with two shows.\n\nMonday: The graduate "
     "show.", "2025-09-14", "DATE", "2025-09-21"),
    ("[The fall-winter 1991] collections ended here Sunday night.", "1991-03-18", "DATE",
     "1991-FA"),
    # a phrase after ", with" and no verb of its own is told as the present before it
    ("Awards season shifts into high gear this week, with the Golden Globes on [Sunday].",
     "2026-01-05", "DATE", "2026-01-11"),
    ("Bolt now turns to the 200m, with the heats on [Tuesday].", "2016-08-15", "DATE",
     "2016-08-16"),
    ("Stocks fell, with the Dow down 2 percent on [Tuesday].", "2026-01-05", "DATE",
     "2025-12-30"),
    # a plan in the past perfect with an adverb between ("had originally been scheduled")
    ("The vote had originally been scheduled for [Wednesday] but was postponed by 24 hours.",
     "2012-07-19", "DATE", "2012-07-18"),
    ("The announcement had originally been scheduled for [Jan. 17].", "2025-01-23", "DATE",
     "2025-01-17"),
    # a quoted title before a weekday ends no clause
    ("Several winners are scheduled to appear on \"Good Morning America\" [Monday morning].",
     "2000-09-10", "TIME", "2000-09-11TMO"),
    # a past sentence's days in order: the weekday after a day it dates with its weekday
    ("The House approved two articles of impeachment on Saturday, Dec. 19, and ended [Sunday "
     "night].", "1998-12-28", "TIME", "1998-12-20TNI"),
    ("The trial opened on Tuesday, Dec. 8, and will end [Friday].", "1998-12-28", "DATE",
     "1999-01-01"),
    # one clock of a habit's verb before a working week's range of days
    ("The diner opens at 5 a.m. [Monday] through Saturday and closes at 2 p.m.", "2026-03-10",
     "SET", "XXXX-WXX-1"),
    ("The diner opens at [5 a.m.] Monday through Saturday and closes at 2 p.m.", "2026-03-10",
     "TIME", "XXXX-XX-XXT05:00"),
    ("The diner opens at 5 a.m. Monday through Saturday and closes at [2 p.m.]", "2026-03-10",
     "TIME", "XXXX-XX-XXT14:00"),
    # a clock right before "the following day" is of that day
    ("Labour won on July 4, and Starmer was appointed at about [12.40pm] the following day.",
     "2024-07-07", "TIME", "2024-07-05T12:40"),
    ("The flight leaves on May 27. It will depart at 5:40 p.m. and land in Dublin at [7:35 "
     "a.m.] the following morning.", "2024-05-26", "TIME", "2024-05-28T07:35"),
    ("The first big debut comes [a week from tonight].", "2011-01-02", "TIME", "2011-01-09TNI"),
    # a date in a relative clause that has closed is no period of the clause around it
    ("The company, which went public in 2021, said it would cut 500 jobs by [the end of the "
     "year].", "2025-04-10", "DATE", "2025"),
    ("The Knicks, who began preparing for this period in February, plan to meet with three "
     "free agents by [the end of the week].", "1996-07-01", "DATE", "1996-W27"),
    # a date after an adverb and its preposition opens its clause as one after the preposition
    ("Also on [Thursday], Cyprus takes over the rotating presidency of the Council of the EU.",
     "2025-12-28", "DATE", "2026-01-01"),
    ("Also on [Thursday], the company said it would cut jobs.", "2025-12-28", "DATE",
     "2025-12-25"),
    # a weekday as the subject of "is" after "where"
    ("The strike coincides with a long weekend in France, where [Friday] is a holiday.",
     "2026-05-04", "DATE", "2026-05-08"),
    # a participle a verb of keeping holds its object in is no past verb
    ("Toyota said Sunday that it would keep all 12 of its Japanese assembly plants closed "
     "through [Tuesday].", "2011-03-20", "DATE", "2011-03-22"),
    ("Toyota kept all 12 of its Japanese assembly plants closed through [Tuesday].",
     "2011-03-20", "DATE", "2011-03-15"),
    # the second season of a pair is told as the first
    ("Empire Wind's turbines will be installed through the spring and [summer].", "2026-03-09",
     "DATE", "2026-SU"),
    ("Sales slumped last spring and [summer].", "1998-05-25", "DATE", "1997-SU"),
    ("The release slipped several times over the summer and [fall].", "1993-12-13", "DATE",
     "1993-FA"),
    # how late a thing came is a length, no rate
    ("The talks finished [a day] late, on Saturday.", "2025-12-31", "DURATION", "P1D"),
    ("Blackouts of up to 14 hours [a day] late last year hit industry.", "2025-04-13", "SET",
     "P1D"),
    # a plan in an aside of a subject whose verb tells the past was for the nearer day
    ("The talks, scheduled to end [Nov. 21], finished a day late, on Saturday, Nov. 22.",
     "2026-12-03", "DATE", "2026-11-21"),
    ("The vote, originally set for [Tuesday], was held on Thursday.", "2026-12-03", "DATE",
     "2026-12-01"),
    # the week or the weekend before or after a holiday
    ("The trial is expected to last until [the week before Thanksgiving].", "2013-11-04", "DATE",
     "2013-W47"),
    ("Retailers expect sales to rise 4% in [the week before Christmas].", "2026-12-03", "DATE",
     "2026-W51"),
    ("Stocks rallied [the week before Easter].", "2025-03-01", "DATE", "2024-W13"),
    ("The bridge should reopen in [the week after Easter].", "2025-11-30", "DATE", "2026-W15"),
    ("Officials held three days of talks in Miami [the weekend before Christmas].", "2025-12-29",
     "DATE", "2025-W51-WE"),
    ("In late 2008, the automaker cut its orders. It was a Friday afternoon, [the week before "
     "Thanksgiving], he said.", "2011-09-29", "DATE", "2008-W47"),
    # "continued" before "through" is the verb
    ("The jury began deliberating Thursday afternoon and continued through [Friday].",
     "2024-01-15", "DATE", "2024-01-12"),
    # "overnight": the night just gone in a past clause, the night to come otherwise; before a
    # weekday, that weekday's night ("overnight into Sunday": Saturday's)
    ("The United States carried out airstrikes in Syria [overnight], the Pentagon said Tuesday.",
     "2014-09-23", "TIME", "2014-09-22TNI"),
    ("Snow is expected on higher ground [overnight].", "2024-12-30", "TIME", "2024-12-30TNI"),
    ("After an [overnight] storm dropped 4 inches of snow, schools closed.", "2026-01-05", "TIME",
     "2026-01-04TNI"),
    ("The bombers flew from Missouri [overnight Saturday].", "2011-03-21", "TIME",
     "2011-03-19TNI"),
    ("Russia launched 150 drones at Ukraine [overnight into Sunday].", "2026-02-22", "TIME",
     "2026-02-21TNI"),
    # dawn and dusk before a weekday leave the weekday its own ("before dawn on Sunday" is of
    # the day, as annotators give it)
    ("Sirens sounded again at dusk on [Sunday].", "1999-03-29", "DATE", "1999-03-28"),
    # a clock of a habit is of no one day, unless a comma opens another clause before it
    ("She ran the diner for 40 years, typically arriving at [6 a.m.] and leaving after midnight.",
     "2026-11-02", "TIME", "XXXX-XX-XXT06:00"),
    ("For five decades, he worked the grill most nights from [10 p.m.] to 6 a.m.", "2024-02-26",
     "TIME", "XXXX-XX-XXT22:00"),
    ("The ceremony, usually held at 7:25, will take place at [9:45].", "2024-04-11", "TIME",
     "2024-04-11T09:45"),
    ("Flights were running normally again by [10am].", "2024-11-20", "TIME", "2024-11-20T10:00"),
    # "The new year" opening a sentence is the year to come, as "the new year" is
    ("[The new year] will bring a change at the top.", "2025-12-30", "DATE", "2026"),
    # "a week or so later" counts on from the day named, roughly
    ("Wilmore and Williams launched on June 5 last year. They were supposed to come home [a week "
     "or so later].", "2025-03-18", "DATE", "2024-06-12"),
    # a compound adjective in "-ed" is no past verb
    ("The department will publish its first survey-based forecast of wheat production on "
     "[Aug. 12].", "2024-06-12", "DATE", "2024-08-12"),
    # a date "due" after a present "be" is a deadline to come; after "was", one gone
    ("Returns are due [Oct. 15].", "2024-01-29", "DATE", "2024-10-15"),
    ("For people who owe estimated taxes, the third-quarter payment was due [Monday].",
     "2025-09-18", "DATE", "2025-09-15"),
    # the year ending on a day to come is the year under way, no fiscal year's length
    ("With [the year] ending Saturday, taxpayers have little time left.", "1994-12-30", "DATE",
     "1994"),
    ("Unlike the April deadline, [today]'s cutoff carries no further reprieve.", "1999-10-15",
     "DATE", "1999-10-15"),
    # a form in "-ed" after a determiner is an adjective, no past verb
    ("Beneficiaries will receive their first increased checks on their usual schedule in "
     "[January].", "2024-10-11", "DATE", "2025-01"),
    # a date after "On the evening of" opens its clause, as one after "On" does
    ("In 1996, when she was 17, she swam at the Atlanta Olympics. On the evening of [July 24] "
     "she finished fifth.", "2024-07-14", "DATE", "1996-07-24"),
    # a weekday set beside a day with an adjective between: that day
    ("On Feb. 7, a rainy [Saturday], Carol Jessup sat in a booth.", "2026-03-29", "DATE",
     "2026-02-07"),
    # years counted back past the era's first year are years before Christ (year 0 is 1 BC)
    ("The tomb was built [2,100 years ago].", "2025-05-01", "DATE", "BC0076"),
    ("The iceman died about [5,300 years ago].", "1993-03-07", "DATE", "BC3308"),
    ("The tomb was sealed [2,000 years ago].", "2025-05-01", "DATE", "0025"),
    # the first of two years shares the second's era
    ("The settlement was abandoned between [3350] and 3100 B.C.", "1993-03-07", "DATE",
     "BC3350"),
    ("Pottery resembles types made in Cyprus between [1300] and 1200 B.C.", "1999-08-12", "DATE",
     "BC1300"),
    # a clock of a story told in a year gone is of a day the text does not name
    ("In 1993, Renee was a freshman, working the overnight shift, [11 p.m.] to 7 a.m.",
     "1994-11-27", "TIME", "XXXX-XX-XXT23:00"),
    ("Sherri remembers a night in the spring of 1969 when the phone rang at [3 a.m.]",
     "1991-01-13", "TIME", "XXXX-XX-XXT03:00"),
    ("The audience was the most since 2020. ABC aired the show live at [7 p.m. ET].",
     "2025-03-03", "TIME", "2025-03-03T19:00"),
    # a present event with a numbered name in its object; a singular subject in "-s"
    ("The series shifts to Ottawa for Game 3 on [Thursday].", "2024-05-20", "DATE",
     "2024-05-23"),
    ("He will throw another simulated game [Sunday].", "2024-05-20", "DATE", "2024-05-26"),
    # "can" before "until" leaves a deadline to come
    ("Those who need more time can request an extension until [Oct. 15].", "2024-01-29",
     "DATE", "2024-10-15"),
    # a participle's deadline before a present verb of standing: the nearer day
    ("Players waived by [March 1] remain eligible for the postseason.", "2026-02-06", "DATE",
     "2026-03-01"),
    ("A check mailed by [Saturday] counts as paid in 1994.", "1994-12-30", "DATE", "1994-12-31"),
    # a day's event that ends is to come, as one that starts; "retroactive to" a day gone
    ("[Sunday]'s tripleheader ends with the Los Angeles Rams at Detroit.", "2024-01-08", "DATE",
     "2024-01-14"),
    ("Some provisions would be retroactive to [Jan. 1], which could change what people owe.",
     "2025-06-13", "DATE", "2025-01-01"),
    # the day of a source "according to" which a clause tells is gone
    ("The government has until the end of the month to identify assets, according to a court "
     "filing on [Wednesday].", "2011-06-24", "DATE", "2011-06-22"),
    # an end moved "into" a period is to come; "into" leads to a month
    ("Its deployment has been extended into [the spring], according to two officials.",
     "2024-01-08", "DATE", "2024-SP"),
    ("The deployment was extended into [March].", "2024-01-08", "DATE", "2024-03"),
    # what is "to be" done is to come (but not a plan told of then)
    ("The findings come from a study to be published [Thursday] in the journal Cell.",
     "2024-03-05", "DATE", "2024-03-07"),
    ("The Galaxy S26 is expected to be unveiled at an Unpacked event in [late February].",
     "2025-04-10", "DATE", "2026-02"),
    ("Players signed over the summer became eligible to be traded on [Dec. 15].", "2024-12-31",
     "DATE", "2024-12-15"),
    # a clock with a zone's name before a set of days is of every such day
    ("The line is open from [8 a.m.] to 9 p.m. Eastern, seven days a week.", "2024-03-05",
     "TIME", "XXXX-XX-XXT08:00"),
    # a month before "recall" names the recall's month; "winter meetings" are an event
    ("The company expanded the [May] recall on Friday.", "2024-08-05", "DATE", "2024-05"),
    # a title-case headline's infinitive and its relative units
    ("Deliberations to Resume [Tuesday] in Fraud Trial of Clinic Owner", "2024-01-15", "DATE",
     "2024-01-16"),
    ("Israel's Cabinet to Weigh Lebanon Cease-Fire on [Tuesday]", "2024-11-25", "DATE",
     "2024-11-26"),
    ("Flights to Paris Canceled on [Tuesday]", "2024-11-25", "DATE", "2024-11-19"),
    ("Tax Day Arrives Three Days Late [This Year]", "2011-04-18", "DATE", "2011"),
    ("NATO to Stage Largest Arctic Drills in Decades [Next Month]", "2026-01-12", "DATE",
     "2026-02"),
    ("Bin collections will be a day late [next week] because of the bank holidays.", "2025-04-10",
     "DATE", "2025-W16"),
    ("Kellogg [soon] will begin selling boxes for as little as $1.", "1989-10-20", "DATE",
     "FUTURE_REF"),
    ("Not everything on display will reach shelves [soon].", "2026-01-05", "DATE", "FUTURE_REF"),
    ("She finished fourth at the Olympics on Aug. 11 and has not raced since. First Avenue will "
     "close to traffic from [9 a.m.]", "2024-11-03", "TIME", "2024-11-03T09:00"),
    ("The first truce collapsed on March 18. Israeli strikes continued until about [11:30 a.m.], "
     "medics said.", "2025-04-10", "TIME", "2025-03-18T11:30"),
    ("The board will meet again in [two weeks].", "2025-04-10", "DATE", "2025-04-24"),
    ("The ordinance takes effect in [30 days].", "2025-04-10", "DATE", "2025-05-10"),
    ("The stock would be redeemed in [five years].", "1989-10-26", "DATE", "1994"),
    ("It won the title in [two weeks].", "2025-04-10", "DURATION", "P2W"),
    ("It will be his first game in [10 months].", "2026-01-12", "DURATION", "P10M"),
    ("It would be the first strike at the automaker in [five years].", "2025-10-09", "DURATION",
     "P5Y"),
    ("The regular season ends with four games in [six days].", "2024-04-08", "DURATION", "P6D"),
    ("He said Friday that he expected to be back at work in a couple of weeks. [Two days later] "
     "he was.", "2011-03-07", "DATE", "2011-03-06"),
    ("Shops were busy over the [Easter Weekend].", "2025-04-24", "DATE", "2025-W16-WE"),
    ("The offer expires at [11:59 p.m. New York City time] on Friday, July 29.", "2011-07-18",
     "TIME", "2011-07-29T23:59"),
    ("From 2026 both races return to Kona in [October].", "2025-09-11", "DATE", "2026-10"),
    ("Starting in 2027, the show moves to ABC under a deal announced in [June].", "2026-02-01",
     "DATE", "2025-06"),
    ("In 2027, the rule will apply to all vehicles sold after [March 1].", "2026-12-03", "DATE",
     "2027-03-01"),
    ("After 30 hours of talks that ran through Tuesday night, the chairman told reporters at "
     "[1:30 a.m.]", "1991-12-11", "TIME", "1991-12-11T01:30"),
    ("Residents have been calling since Tuesday night. People sat on their porches at [3 a.m.]",
     "1994-07-20", "TIME", "1994-07-20T03:00"),
    ("Flights were cancelled in London and Paris airports on [Thursday].", "2024-03-15", "DATE",
     "2024-03-14"),
    ("Milton made landfall at about 8:30 p.m. on Wednesday and cut across the state [overnight].",
     "2024-10-13", "TIME", "2024-10-09TNI"),
    ("Officials said on Sunday that troops had begun moving north [overnight].", "2024-10-14",
     "TIME", "2024-10-13TNI"),
    ("Jack Reacher was fifth [this weekend] with $16 million.", "2012-12-31", "DATE",
     "2012-W52-WE"),
    ("The film opens [this weekend].", "2012-12-31", "DATE", "2013-W01-WE"),
    ("Two years ago [this weekend], the club won the league.", "2025-04-10", "DATE",
     "2025-W15-WE"),
    ("The state has carried out three executions since last fall and had planned two more "
     "before [the end of the year].", "2024-04-15", "DATE", "2024"),
    ("He has been waiting since 1995. That was [the year] the plant closed.", "2015-04-19", "DATE",
     "1995"),
    ("Beijing set a growth target for this year. Consumer prices rose 0.7% in November from [a "
     "year earlier].", "2025-12-29", "DATE", "2024-11"),
    ("The bridge was supposed to open in [September].", "2024-12-30", "DATE", "2024-09"),
    ("The moratorium had been scheduled to end [March 31].", "1991-01-14", "DATE", "1991-03-31"),
    ("He had been scheduled to die by lethal injection at [10 a.m. Thursday].", "2024-04-15",
     "TIME", "2024-04-11T10:00"),
    ("The memorial took place last Saturday. Road closures will be in place from [9 a.m.]",
     "2026-06-10", "TIME", "2026-06-10T09:00"),
    ("The colt runs in [Saturday]'s Diamond Jubilee.", "2024-06-05", "DATE", "2024-06-08"),
    ("He won [Saturday]'s race by a length.", "2024-06-05", "DATE", "2024-06-01"),
    ("The index is 3% below its [Feb. 19] peak.", "2026-02-10", "DATE", "2025-02-19"),
    ("She has checked her phone [every few minutes] for a call.", "2025-06-22", "SET", "PTXM"),
    # "by" after what was done: the time it was done by; after what was asked, one to come
    ("Crews restored power to 90 percent of customers by [Friday night].", "2026-11-25", "TIME",
     "2026-11-20TNI"),
    ("Crews helped restore power to most homes by [Thursday afternoon].", "2026-11-25", "TIME",
     "2026-11-19TAF"),
    ("Power was restored to most homes by [Saturday afternoon].", "2026-12-03", "TIME",
     "2026-11-28TAF"),
    ("The storm weakened to a tropical depression by [Monday].", "2025-04-10", "DATE",
     "2025-04-07"),
    ("Lawmakers asked the company to respond by [Monday].", "2025-04-10", "DATE", "2025-04-14"),
    ("The EU demanded an answer by [Friday].", "2026-12-03", "DATE", "2026-12-04"),
    ("Toyota said it would fix all recalled cars by [the end of March].", "2026-12-03", "DATE",
     "2027-03"),
    ("\"We've penciled in a modest rebound by [the spring],\" he said.", "2012-12-31", "DATE",
     "2013-SP"),
    ("Orders roasted on Tuesday and shipped by [Monday] arrive fresh.", "2026-11-25", "DATE",
     "2026-11-30"),
    # a present of what falls on a day is of the one to come
    ("In Australia, where the eclipse falls on [Wednesday evening], viewers will see totality.",
     "2021-05-21", "TIME", "2021-05-26TEV"),
    ("On the West Coast the show starts earlier, on [Thursday evening].", "2025-03-10", "TIME",
     "2025-03-13TEV"),
    ("Ryan Lochte will get another shot at gold on [Tuesday night].", "2012-07-30", "TIME",
     "2012-07-31TNI"),
    # the year of an event told as happening in the present holds its days
    ("The 2024 election falls on [Nov. 5].", "2025-04-10", "DATE", "2024-11-05"),
    ("The 2012 London Olympics open [July 27].", "2025-04-10", "DATE", "2012-07-27"),
    ("The 2010 law expires on [Dec. 31].", "2025-04-10", "DATE", "2025-12-31"),
    # an event named by its month: the next one when the clause surely looks ahead
    ("Investors are cautious ahead of the [November] election.", "2024-04-03", "DATE", "2024-11"),
    ("The [November] election will decide control of the council.", "2025-04-10", "DATE",
     "2025-11"),
    ("Registration closes for the [May] elections.", "2024-04-03", "DATE", "2024-05"),
    ("Members could review comments submitted by the [Nov. 30] deadline.", "2012-11-18", "DATE",
     "2012-11-30"),
    ("President Obama signed a bill [late Monday] guaranteeing that troops will be paid.",
     "2013-10-01", "DATE", "2013-09-30"),
    ("The pace follows a contentious session on [Tuesday night], when DeVos struggled to cope.",
     "2017-02-09", "TIME", "2017-02-07TNI"),
    ("Music runs until 11 p.m., except on [Sunday], when the final set ends at 9:30.",
     "2017-02-09", "DATE", "2017-02-12"),
    # a headline's weekday is the day to come that its story tells of
    ("'Ring of Fire' Eclipse [Saturday]: Path and Times\n\nCrowds will gather on Saturday "
     "morning.", "2023-10-12", "DATE", "2023-10-14"),
    ("Classes start [Monday]\n\nStudents return to class Monday, Aug. 17, and Monday, Aug. 24.",
     "2026-08-12", "DATE", "2026-08-17"),
    ("Storms leave the championship with a long [Sunday]\n\nPlay resumed on Sunday.",
     "2014-08-10", "DATE", "2014-08-10"),
    # a clock told in the future after a day of the coming week, past a year of background
    ("Crowds will gather on Saturday morning to see the first eclipse in the United States "
     "since 2012.\n\nThe ring will first appear at [9:16 a.m.]", "2023-10-12", "TIME",
     "2023-10-14T09:16"),
    ("Crowds will gather on Saturday to see the first eclipse in the United States since 2012. "
     "The hub will be open from [10am] until late every day.", "2023-10-12", "TIME",
     "2023-10-12T10:00"),
    ("Checkpoints will run from 8 p.m. tonight through New Year's Day. Last year, troopers made "
     "46 arrests. The MBTA will offer free rides after [8 p.m.]", "2013-12-31", "TIME",
     "2013-12-31T20:00"),
    ("Brent North Sea crude for delivery in [March] rose 40 cents.", "2012-01-17", "DATE",
     "2012-03"),
    # the weather forecast for a day is of a day to come; a company's forecast, of its day
    ("The Bureau of Meteorology forecast highs of 41C on [Tuesday].", "2014-01-09", "DATE",
     "2014-01-14"),
    ("Forecasters on Saturday predicted overcast skies for the Northeast on [Monday].",
     "2020-12-19", "DATE", "2020-12-21"),
    ("Corestack forecast annual revenue above estimates on [Wednesday].", "2025-04-10", "DATE",
     "2025-04-09"),
    ("SEATTLE, Dec. 4 - Trade talks broke down [late Friday] without agreement to launch a new "
     "round.", "1999-12-04", "DATE", "1999-12-03"),
    ("He had no plans to travel abroad before [Christmas].", "1992-11-04", "DATE", "1992-12-25"),
    ("Chavez withdrew on Jan. 9 after it was disclosed that a maid had lived in her home in the "
     "early 1990s. Bush named Chao [two days later].", "2001-01-18", "DATE", "2001-01-11"),
    # with no verb to say otherwise, weekdays after "this week" or "next week" are its days
    ("Among other companies reporting this week: Hollister on Wednesday morning, Redwood on "
     "[Thursday], and Granite before the opening bell Friday.", "2023-10-23", "DATE",
     "2023-10-26"),
    ("Next week is busy: the Fed on Wednesday, jobs data on [Friday].", "2025-04-10", "DATE",
     "2025-04-18"),
    ("Nielsen will release figures for the week of Feb. 3 on [Wednesday afternoon].",
     "2025-02-11", "TIME", "2025-02-12TAF"),
    ("Democrats picked up four seats, leaving the chamber split 50-50 when the new Congress "
     "convenes in [January].", "2000-11-08", "DATE", "2001-01"),
    ("Stocks rose after the jobs report on [Friday].", "2025-04-10", "DATE", "2025-04-04"),
    ("China will celebrate the anniversary on October 1 and the return of Macao on "
     "[December 20].", "1999-03-15", "DATE", "1999-12-20"),
    ("Three weeks after [Election Day], many voters said they were simply tired.", "2000-11-28",
     "DATE", "2000-11-07"),
    ("Maternity pay rises to 39 weeks from [April].", "2026-12-03", "DATE", "2027-04"),
    ("The first trial, of Andrew Johnson, ended in acquittal in May 1868.\nThe vote on the first "
     "article, perjury before the grand jury on [Aug. 17], was 228 to 206.", "1998-12-20", "DATE",
     "1998-08-17"),
    ("He married in June 1950. In [September], his son was born.", "2024-05-01", "DATE",
     "1950-09"),
    ("Federer, who turns 32 in [August], won only four games.", "2013-05-20", "DATE", "2013-08"),
    ("House Republicans brought competing plans to the floor [Thursday].", "2013-03-01", "DATE",
     "2013-02-28"),
    # a midnight that opens what follows is the first minute of the next day
    ("The House voted Wednesday evening, and Obama signed the bill shortly after [midnight].",
     "2013-10-17", "TIME", "2013-10-17T00:00"),
    ("Polls close at 10pm and the first results are expected shortly after [midnight].",
     "2024-05-02", "TIME", "2024-05-03T00:00"),
    ("Online traffic was up sharply from [midnight] on Christmas Day.", "2024-12-27", "TIME",
     "2024-12-25T00:00"),
    ("Night buses ran every 20 minutes between [midnight] and 5am.", "2025-04-10", "TIME",
     "2025-04-10T00:00"),
    # "the month" is the month the story is about
    ("Retail sales rose 4% in April. During [the month], the chain opened 12 stores.",
     "1989-06-01", "DATE", "1989-04"),
    ("Bush left Philadelphia on Friday morning and plans to stay at his ranch for most of "
     "[the month].", "2000-08-04", "DATE", "2000-08"),
    ("Rain fell in the first 16 days of [the month].", "2025-11-17", "DATE", "2025-11"),
    # all or most of "the day" is the day the story tells of
    ("Police searched Watertown on Friday. For most of [the day], a million people were told "
     "to stay indoors.", "2013-04-20", "DATE", "2013-04-19"),
    ("The surplus widened in March. Stocks swung throughout [the day].", "2019-05-10", "DATE",
     "2019-05-10"),
    # "the same day" after the year the day is in is that day
    ("Tax rates will rise on January 1. A family would pay $2,000 more in 2013. On [the same "
     "day], spending cuts would take effect.", "2012-12-28", "DATE", "2013-01-01"),
    ("Stocks rallied on Monday, the last session of 2012. The S&P 500 rose 1.7 percent [that "
     "day].", "2013-01-02", "DATE", "2012-12-31"),
    # a clock after a weekday's possessive that names another event is of the story's day
    ("Police on Friday night captured the second suspect in Monday's bombings. He was taken "
     "into custody at about [8:45 p.m.]", "2013-04-19", "TIME", "2013-04-19T20:45"),
    ("Fox said Monday that Sunday night's Super Bowl drew 111.5 million viewers. The halftime "
     "show began at roughly [8 p.m. Eastern].", "2014-02-03", "TIME", "2014-02-02T20:00"),
    # a plan told in the past perfect is of the nearer day
    ("He postponed a long-awaited speech that had been scheduled for [Friday] in Amsterdam.",
     "2013-01-17", "DATE", "2013-01-18"),
    ("It had been due to expire Nov. 6. The offer had been scheduled for [Monday].",
     "1989-11-01", "DATE", "1989-10-30"),
    ("He called off the All-Star Game, which had been scheduled for [Feb. 14].", "1999-01-06",
     "DATE", "1999-02-14"),
    # a rate's amount may have a word before its plural noun
    ("The WHO warned that there could be up to 10,000 new cases [a week] by December.",
     "2014-10-15", "SET", "P1W"),
    # a forecast "for" a day is of the day to come; "each night" is the night of every day
    ("Organisers said the weather forecast for [Wednesday night] was cold but dry.",
     "2014-12-30", "TIME", "2014-12-31TNI"),
    ("Several thousand still gather [each night] at the main site.", "2014-10-20", "SET",
     "XXXX-XX-XXTNI"),
    # British copy's dotted 24-hour clock after a word that leads to a time
    ("Downing Street said the flag had been lowered to half mast at [13.30].", "2013-04-08",
     "TIME", "2013-04-08T13:30"),
    ("Night shifts ran from 20.00 to [08.00].", "2014-07-08", "TIME", "XXXX-XX-XXT08:00"),
    ("She was last seen leaving a nightclub at about [02.40] on 23 September.", "2012-09-25",
     "TIME", "2012-09-23T02:40"),
    # "the December quarter of 2010" is that year's
    ("It shipped 15.4 million iPads, up from 7.3 million in [the December quarter of 2010].",
     "2012-01-25", "DATE", "2010-Q4"),
    # the day of an event called for is the nearer one
    ("Brown's family has called for calm and for a peaceful march on [Sunday afternoon].",
     "2014-08-16", "TIME", "2014-08-17TAF"),
    ("The Brotherhood called for a million-man march in Tahrir Square on [Tuesday].",
     "2012-07-09", "DATE", "2012-07-10"),
    # a midnight told in the past after a clock of the anchor's small hours has passed
    ("The shutdown began at 12:01 a.m. Tuesday. The House voted shortly after [midnight].",
     "2013-10-01", "TIME", "2013-10-01T00:00"),
    ("The protest lasted from about 6 p.m. until [midnight].", "2026-12-03", "TIME",
     "2026-12-03T24:00"),
    # "May" before "and" and another month is the month
    ("\"We had a terrible [May] and June,\" the harbor master said.", "1999-08-15", "DATE",
     "1999-05"),
    # a past participle after "if" or "unless" is a condition still to be met
    ("Romney said he would repeal the law on his first day in office if elected in "
     "[November].", "2012-06-28", "DATE", "2012-11"),
    ("If approved [Tuesday], the plan would take effect in January.", "2026-12-03", "DATE",
     "2026-12-08"),
    # set ... for a day, with up to four words between: the day it is set for
    ("Parliament voted on Saturday to remove him and set an early presidential election for "
     "[May 25].", "2014-02-23", "DATE", "2014-05-25"),
    # a quarter's trading, a quarter's national product: the results of the latest one
    ("Sainsbury's will publish its [second-quarter] trading statement in early September.",
     "2014-07-31", "DATE", "2014-Q2"),
    ("Burberry will update the market on [third-quarter] trading in mid-January.",
     "2012-11-08", "DATE", "2012-Q3"),
    ("The department would issue its first revision of [first-quarter] gross national product "
     "figures on June 22.", "1989-05-31", "DATE", "1989-Q1"),
    # a price at a clock of a market's city is of the story's day, not of a day named before
    ("The rate on the bill due Oct. 24 fell 28 basis points to 0.04 percent at [11:30 a.m.] in "
     "New York.", "2013-10-17", "TIME", "2013-10-17T11:30"),
    ("Pfizer contacted AstraZeneca again on April 26. AstraZeneca shares jumped 14 percent to "
     "45.69 pounds at [4:30 p.m.] in London.", "2014-04-28", "TIME", "2014-04-28T16:30"),
    ("Stocks fell 2 percent on Friday. The Dow lost 300 points to 10,000 at [4 p.m.] in New "
     "York.", "2014-02-10", "TIME", "2014-02-07T16:00"),
    # a reporting clause after a comma with "warned", "predicted", "noted" tells of the report
    ("Heavy snow is expected to fall across much of southern England on [Friday], forecasters "
     "warned today.", "2013-01-15", "DATE", "2013-01-18"),
    # the span a warning told in the past is for: the nearer days
    ("The Met Office has issued a yellow warning for snow and ice from 6pm on [Wednesday] until "
     "10am on Thursday.", "2026-02-17", "DATE", "2026-02-18"),
    ("Strong winds were blamed, with the Met Office issuing yellow warnings from 06:00 on "
     "[Thursday] until midnight.", "2024-12-27", "DATE", "2024-12-26"),
    ("The warning runs from 6pm on [Tuesday] until 10am on Wednesday.", "2026-12-03", "DATE",
     "2026-12-08"),
    # the verb after a pair of days is the pair's
    ("Downing Street said the extra bank holidays on [Monday] and Tuesday had been a chance to "
     "celebrate.", "2012-06-07", "DATE", "2012-06-04"),
    ("NATO defence ministers meeting in Brussels on [Wednesday] and Thursday agreed to the plan.",
     "2026-12-03", "DATE", "2026-12-02"),
    # "today's" before an action or the news is of this day
    ("Bernanke had laid the groundwork for [today]'s action in an Aug. 31 speech.",
     "2012-09-13", "DATE", "2012-09-13"),
    # "later" right before a day is later on it, and tells no tense
    ("Romney picked up Hawaii's caucuses later [Tuesday].", "2012-03-14", "DATE", "2012-03-13"),
    ("The vote will be held later [Tuesday].", "2012-03-14", "DATE", "2012-03-20"),
    # the day of a place or an event invited to: the nearer one
    ("Obama called McConnell on Wednesday and invited congressional leaders to the White House "
     "on [Friday].", "2014-11-05", "DATE", "2014-11-07"),
    # the verb before a gerund's phrase tells the tense before "before"
    ("The gunman shot him before fleeing the scene shortly before [midnight Friday].",
     "2012-12-17", "TIME", "2012-12-14T24:00"),
    ("He will meet him before leaving for Paris shortly before [midnight Friday].",
     "2012-12-17", "TIME", "2012-12-21T24:00"),
    # "agreed to by": a passive, done
    ("The House adjourned under a motion agreed to by all parties [Wednesday night].",
     "2012-06-21", "TIME", "2012-06-20TNI"),
    # "the rest of the week" in a clause not told in the past: what is left of the anchor's
    ("Storms hit on Sunday. The weather would be drier for the rest of [the week].",
     "2023-05-08", "DATE", "2023-W19"),
    ("He arrived on May 1. He stayed for the rest of [the week].", "2023-05-08", "DATE",
     "2023-W18"),
    # a count told in the past after a report's day counts from the day the report tells of
    ("Pfizer made a proposal on Jan. 5, the drugmaker said in a statement today. AstraZeneca "
     "rejected the offer [two days later].", "2014-04-28", "DATE", "2014-01-07"),
    # "this winter" until May is the winter begun in December before (a winter is the year's
    # it starts in), and it names no year for "the year"
    ("Schools were closed for the third time [this winter].", "2014-02-13", "DATE", "2013-WI"),
    ("[This winter] will be cold.", "2013-10-13", "DATE", "2013-WI"),
    ("Reports earlier this winter suggested he could leave at [the end of the year].",
     "2026-03-06", "DATE", "2026"),
    # a break a possessive's month names: the nearer one
    ("Leaders want Kagan confirmed before the Senate leaves for its [August] recess.",
     "2010-05-10", "DATE", "2010-08"),
    # "left to" do: what remains to be done
    ("The court has roughly 40 cases left to decide before [the summer].", "2010-05-10",
     "DATE", "2010-SU"),
    # two clocks joined by "or" before a day are both of it
    ("Stores opened at [6 p.m.] or 8 p.m. on Thursday.", "2013-11-29", "TIME",
     "2013-11-28T18:00"),
    # a forecast in the past perfect of what would be: the nearer days; and the last day of a
    # span "between" two weekdays is not before its first
    ("AAA had projected that 54.6 million people would travel between [Tuesday] and Monday.",
     "2022-11-25", "DATE", "2022-11-22"),
    ("AAA had projected that 54.6 million people would travel between Tuesday and [Monday].",
     "2026-12-03", "DATE", "2026-12-07"),
    ("Airlines advised passengers booked to fly between Thursday morning and [Saturday "
     "afternoon] to check their flights.", "2026-12-03", "TIME", "2026-12-05TAF"),
    # "or so" after the unit of "ago"
    ("Then, [a week or so ago], the general picked Saturday night.", "1991-02-25", "DATE",
     "1991-W08"),
    # the small hours after "late" on a day gone, or after "the night of" a day, are of the
    # day after it (not with "the next morning" after the clock, nor after "late today");
    # "earlier in the evening" after such a clock is of the evening before it
    ("Marois gave her victory speech late Tuesday. A man was arrested at about [12:20 a.m. ET].",
     "2012-09-05", "TIME", "2012-09-05T00:20"),
    ("He had been drinking on the night of Aug. 11, 2012. He was tested at [2:40 a.m.]",
     "2014-02-27", "TIME", "2012-08-12T02:40"),
    ("Boehner countered late today. The House voted just after [1 a.m.]", "2013-10-01", "TIME",
     "2013-10-01T01:00"),
    ("Obama signed the measure at about 12:30 a.m. The Senate had passed the deal [earlier in "
     "the evening].", "2013-10-17", "TIME", "2013-10-16TEV"),
    # a report made at a briefing named by its clock is of the story's day
    ("The storm hit on Sunday. \"This is one of the worst ice storms,\" Ford told reporters at a "
     "[10 a.m.] news conference.", "2013-12-23", "TIME", "2013-12-23T10:00"),
    # an Indian paper's dateline, with a colon, is the story's today
    ("NEW DELHI, May 11: India [today] conducted three underground nuclear tests.",
     "1998-05-12", "DATE", "1998-05-11"),
    # "-ed" after "the final" before a possessive plural is an adjective; an event "after" a
    # past form is gone (not one with its own verb: "after the holiday ends on Saturday")
    ("The party will publish a costed plan on [Friday], and the final televised leaders' debate "
     "will be broadcast on 26 June.", "2024-06-13", "DATE", "2024-06-14"),
    ("The resignation came less than 24 hours after a chaotic Commons vote on fracking on "
     "[Wednesday night].", "2022-10-20", "TIME", "2022-10-19TNI"),
    ("Officials said police were ready to act within days after the holiday ends on "
     "[Saturday].", "2013-08-08", "DATE", "2013-08-10"),
    # a zone in brackets between a clock and its day ("10:45pm (AEST) on Saturday") joins them
    ("Scott Morrison conceded defeat at about [10:45pm] (AEST) on Saturday.", "2022-05-22",
     "TIME", "2022-05-21T22:45"),
    ("Polls close at [6pm] (AEDT) on Saturday.", "2022-05-16", "TIME", "2022-05-21T18:00"),
    # "within the next week" is a week from now, as "within the next two weeks" are
    ("A leadership election will be completed within [the next week].", "2022-10-20",
     "DURATION", "P1W"),
    ("Lawyers are expected to lodge an appeal within [the next month].", "2013-06-19",
     "DURATION", "P1M"),
    # a month in the noun a year's possessive names is of that year (not a verb's object)
    ("Last year's average [July] temperature was 14.9C.", "2013-07-17", "DATE", "2012-07"),
    ("Last year's champion returns in [July].", "2013-05-17", "DATE", "2013-07"),
    ("Business has been running ahead of 1990's pace since [early May].", "1991-06-24", "DATE",
     "1991-05"),
    # a present verb before a span of clocks on a day tells a time to come
    ("The warning runs from [03:00] to 21:00 on Wednesday.", "2026-01-19", "TIME",
     "2026-01-21T03:00"),
    # the days of a closing told on the first of them are that day and the next
    ("Walt Disney World closed its theme parks Wednesday and [Thursday].", "2022-09-28", "DATE",
     "2022-09-29"),
    # an amount between two days is no clock of a window from one to the other
    ("The temperature hit 112 on Sunday and 108 on [Saturday].", "2021-06-28", "DATE",
     "2021-06-26"),
    # a guess told in the past is of the nearer time it names
    ("The Met Office warned that another spell of hot weather was possible in [August].",
     "2022-07-19", "DATE", "2022-08"),
    # a phrase of "with" after what was urged is none of it
    ("Water companies have urged customers to use water wisely, with reservoir levels falling "
     "after the driest [first half of the year] since 1976.", "2022-07-19", "DATE", "2022-H1"),
    # "as of" announces a clock
    ("SEPA had 44 flood warnings in force as of [14:30] on Friday.", "2023-10-20", "TIME",
     "2023-10-20T14:30"),
    # one weekend in two; "every single day"
    ("His mother visited him [every other weekend].", "2025-10-09", "SET", "XXXX-WXX-WE"),
    ("He has thought about the crash [every single day].", "2021-07-01", "SET", "P1D"),
    # what has gone on "since midnight" began no later than the story's day
    ("Forecasters said heavy rain would continue through Monday night. The Weather Service "
     "said 10 inches of rain had already fallen since [midnight].", "2024-07-08", "TIME",
     "2024-07-08T00:00"),
    # an amount "in" what it counts is a rate too; Waitangi Day is Feb. 6
    ("It would have more than $30 billion in revenue [a year].", "2000-01-10", "SET", "P1Y"),
    ("Protesters jostled guests as [Waitangi Day] commemorations got under way.", "1996-02-06",
     "DATE", "1996-02-06"),
    # a clock told in the past after a day just gone, not of a week told in passing with it
    ("The Bulls traded Tolliver to the Grizzlies on Wednesday, clearing salary room before next "
     "week's NBA draft. The deal was completed shortly after [4 p.m.] Chicago time.",
     "1999-06-24", "TIME", "1999-06-23T16:00"),
    # a scheduled event's time after "throughout", "over" or "until" is to come too
    ("Events continue throughout [the weekend].", "2022-06-24", "DATE", "2022-W25-WE"),
    ("Investors will watch the finance ministers, who meet in Brussels over [the weekend].",
     "2010-05-07", "DATE", "2010-W18-WE"),
    # a verb that is its own past form is a condition's present after "if they"
    ("City will complete the treble if they beat Watford on [Saturday].", "2019-05-12", "DATE",
     "2019-05-18"),
    # "today", "tonight", "tomorrow" in a quotation count from the day its speaker is said to
    # have spoken (not after a quotation that ends its sentence)
    ("\"[Today], Maryland has taken a big step forward,\" O'Malley said at a news conference "
     "Thursday evening.", "2013-04-05", "DATE", "2013-04-04"),
    ("\"Some things don't change after [tonight],\" McConnell said late Tuesday.", "2014-11-05",
     "TIME", "2014-11-04TNI"),
    ("\"If you know someone like that, knock on their door [today].\" The city said Wednesday "
     "it would open cooling centers.", "1995-07-13", "DATE", "1995-07-13"),
    # Kenya's and South Africa's national days; Canada's Labour Day
    ("Kenyans will mark [Madaraka Day] on Thursday.", "2023-05-30", "DATE", "2023-06-01"),
    ("Monday is [Workers' Day], and there will be no load shedding.", "2023-04-28", "DATE",
     "2023-05-01"),
    ("Parliament returns after [Labour Day].", "2024-08-20", "DATE", "2024-09-02"),
    # the turns of the light after a word that places them, of the day named right after
    # them if one is; the long and holiday weekends
    ("Crowds began gathering in the square before [dawn].", "2012-01-25", "TIME",
     "2012-01-25TMO"),
    ("The last convoy left Iraq on Sunday, crossing into Kuwait at [dawn].", "2011-12-18",
     "TIME", "2011-12-18TMO"),
    ("Flags will fly at half-staff until [sunset] on Monday.", "2013-12-06", "TIME",
     "2013-12-09TEV"),
    ("Air tankers dropped retardant through [the afternoon] Sunday.", "2013-08-19", "TIME",
     "2013-08-18TAF"),
    ("They searched the bay but found nothing by [nightfall].", "2014-03-20", "TIME",
     "2014-03-20TEV"),
    ("Gardai caught 189 drivers speeding over [the bank holiday weekend].", "2026-05-05", "DATE",
     "2026-W18-WE"),
    ("Traffic will be heavy over [the long weekend].", "2022-06-24", "DATE", "2022-W25-WE"),
    # "last Monday" told on a Tuesday is not yesterday but the Monday a week before it
    ("Cyclone Oswald crossed the Gulf of Carpentaria coast [last Monday].", "2013-01-29",
     "DATE", "2013-01-21"),
    ("The Fed held its benchmark rate steady [last Wednesday].", "2024-03-28", "DATE",
     "2024-03-20"),
    # a quotation's "today" or "tonight", with no day in its attribution, is of the day before
    # the anchor's when the story's lead is of that day (but not its "yesterday", nor when
    # the lead tells of "today")
    ("The board voted 6-1 Monday night to close two schools.\n\n\"Nobody on this board wanted "
     "to be here [tonight],\" the chair said before the vote.", "2026-03-03", "TIME",
     "2026-03-02TNI"),
    ("Nadal won the Rome title on Sunday.\n\n\"[Today] I played maybe my best match,\" he "
     "said.", "2013-05-20", "DATE", "2013-05-19"),
    ("Nadal won the Rome title on Sunday.\n\n\"It feels like [yesterday],\" he said.",
     "2013-05-20", "DATE", "2013-05-19"),
    ("The lander made history Wednesday, scientists said today.\n\n\"[Today] is the payoff,\" "
     "said Taylor.", "2014-11-13", "DATE", "2014-11-13"),
    # a market's change over one period is a length, not a recurrence; the year to date; a
    # wrap's "For the week", of the trading week ended on the anchor's day or before it
    ("The Dow shed 2.1%, its biggest [weekly] percentage decline since March.", "2023-10-27",
     "DURATION", "P1W"),
    ("Gilts recorded their largest [daily] drop since 2009.", "2016-06-24", "DURATION", "P1D"),
    ("The S&P 500 has gained 1.8% [year to date].", "2026-03-13", "DATE", "2026"),
    ("Stocks slipped ahead of next week's Fed meeting. For [the week], Brent gained 9%.",
     "2026-03-13", "DATE", "2026-W11"),
    ("The Nasdaq tumbled on Friday. For [the week], the index dropped 3.8%.", "1989-10-30",
     "DATE", "1989-W43"),
    # a verb group's auxiliaries do not put its marker out of the clause's reach; an event
    # ahead of which markets moved is to come
    ("Albanese will be sworn in as Australia's 31st prime minister on [Monday] after Labor won "
     "Saturday's election.", "2022-05-22", "DATE", "2022-05-23"),
    ("The yen weakened ahead of the Bank of Japan's policy decision on [Thursday].",
     "2024-12-18", "DATE", "2024-12-19"),
    # the early morning after an evening told before it is the next day's
    ("She worked a shift on Sunday night and left the hospital at [7am].", "2025-04-10", "TIME",
     "2025-04-07T07:00"),
    ("The overnight sleeper leaves Euston at 23:50 and arrives in Glasgow at [07:20].",
     "2025-04-10", "TIME", "2025-04-11T07:20"),
    # a relative clause opened by a preposition ("in which") tells another clause's tense
    ("Jurors listened to a 911 call made in the early hours of [Jan. 4] in which a woman can "
     "be heard screaming.", "2020-09-18", "DATE", "2020-01-04"),
    # a day in a relative clause that has closed is no day of the clocks after it (unless the
    # clause tells a clock of that day)
    ("Mr. Carney, who became prime minister on March 14, spoke to supporters at about "
     "[12:45 a.m. ET].", "2025-04-29", "TIME", "2025-04-29T00:45"),
    ("The Dali, which had left the terminal at about 12:45 a.m. on Tuesday, issued a mayday "
     "call at [1:27 a.m.]", "2024-03-27", "TIME", "2024-03-26T01:27"),
    # years in thousands, millions and billions, and their "ago" (a time too far gone to
    # write, but as the past)
    ("The Moon formed about [4.5 billion years ago].", "2024-01-08", "DATE", "PAST_REF"),
    ("It took [4.4 billion years].", "2024-01-08", "DURATION", "P4400000000Y"),
    ("The oceans may have taken [thousands of years] to recover.", "2024-01-08", "DURATION",
     "PXY"),
    # a league's season, in a sports story, written as the year it began in; so many seasons,
    # so many years
    ("The Capitals captain scored 32 goals in the NHL [last season].", "2025-04-10", "DATE",
     "2023"),
    ("The Capitals captain has 40 goals [this season], the most in the NHL.", "2024-12-18",
     "DATE", "2024"),
    ("The pitcher won 15 games [last season] for the MLB club.", "2026-04-14", "DATE", "2025"),
    ("He has missed the playoffs in [the past four seasons], the coach said.", "2024-12-18",
     "DURATION", "P4Y"),
    ("Last season, the Oilers reached the Stanley Cup Final before losing in six games in "
     "[June].", "2025-04-10", "DATE", "2024-06"),
    # a comma and a conjunction open a clause of its own, whose future is not the past one's
    # before it, however far back that one's verb stands
    ("Japan, the United States and South Korea held a missile defense drill on [Monday], and "
     "the three countries plan to hold such exercises regularly.", "2023-04-13", "DATE",
     "2023-04-10"),
    ("The Federal Reserve ended its own bond-buying programme on [Wednesday], while the European "
     "Central Bank is expected to come under pressure.", "2014-10-31", "DATE", "2014-10-29"),
    ("Andy Murray stretched his winning run at the All England Club to 17 matches on [Monday] "
     "with a victory over Kevin Anderson, and will face Grigor Dimitrov on Wednesday.",
     "2014-07-01", "DATE", "2014-06-30"),
    # a relative aside that has closed before an expression is read apart; a deadline given
    # is ahead, unless the text says it passed
    ("He is expected to travel to Varanasi, where he also won, on [Saturday].", "2014-05-16",
     "DATE", "2014-05-17"),
    ("Parliament gave him until [Tuesday] to form a new government.", "2014-02-23", "DATE",
     "2014-02-25"),
    ("Lenders gave the company until [Friday], which passed with no payment.", "2026-12-03",
     "DATE", "2026-11-27"),
    # a plan reported is still to come, and so is one in an aside before a report
    ("Organizers of the London Marathon, scheduled for [Sunday], said they were reviewing their "
     "plans.", "2013-04-16", "DATE", "2013-04-21"),
    ("Paniagua said in an interview that he planned to meet regional leaders in Mexico City on "
     "[Friday].", "2000-11-27", "DATE", "2000-12-01"),
    # an adverb of habit opening a month's clause makes it any year's month
    ("Typically, the seasonal flu does not peak until [January].", "2009-10-27", "DATE",
     "XXXX-01"),
    # a possessive of tomorrow's weekday, or the day after's, names the event to come ...
    ("Balloon Fiesta organizers moved [Saturday]'s mass ascension earlier, to 6:45 a.m.",
     "2023-10-12", "DATE", "2023-10-14"),
    ("The other teams in [Friday]'s draw are Real Madrid and Juventus.", "2013-03-14", "DATE",
     "2013-03-15"),
    ("Prime Minister Fumio Kishida said [Sunday]'s upper house election would go ahead as "
     "planned.", "2022-07-09", "DATE", "2022-07-10"),
    # ... but not in a clause told in the past, after what follows from it, nor an outcome
    ("Police captured the second suspect in [Monday]'s Boston Marathon bombings.",
     "2013-04-20", "DATE", "2013-04-15"),
    ("Villa, third after [Saturday]'s win over Burnley, have held talks with Lyon.",
     "2026-12-03", "DATE", "2026-11-28"),
    ("A funeral is planned for the victims of [Saturday]'s crash.", "2026-12-03", "DATE",
     "2026-11-28"),
    # a possessive with its game's score was played
    ("Harlan will miss four to six weeks after breaking his left hand in [Sunday]'s 27-20 win "
     "over the Raiders, coach Jim Harbaugh said Monday.", "2025-09-15", "DATE", "2025-09-14"),
    # a day named again in apposition leaves the first naming the story's day
    ("Odom was arrested on April 12, 1963 -- Good Friday -- as they marched toward City Hall. "
     "He was released on [April 20].", "2025-11-03", "DATE", "1963-04-20"),
    # two bare units side by side are lengths
    ("U.S. officials said the operation could last days or even [weeks].", "2026-12-03",
     "DURATION", "PXW"),
    ("\"We have [hours], not days, to find a solution,\" the spokesman said.", "2013-03-20",
     "DURATION", "PTXH"),
    # a season named alone after "over" or "all", or coming near
    ("Arsenal, who have signed only one player all [summer], are trying to buy Ozil.",
     "2013-09-02", "DATE", "2013-SU"),
    ("The pool would close for six weeks of maintenance over [winter].", "2023-04-28", "DATE",
     "2023-WI"),
    ("Award availability tends to shrink as [summer] approaches.", "2026-03-12", "DATE",
     "2026-SU"),
    ("[Spring] is almost here, and the streamers are crowding the calendar.", "2024-03-14",
     "DATE", "2024-SP"),
    # a past form ending in "-ed" after a preposition, before its noun, is an adjective
    ("The U.N. Security Council will meet behind closed doors on [Monday] to discuss Syria, "
     "diplomats said.", "2024-12-08", "DATE", "2024-12-09"),
    # a yearly recurrence in a month's clause makes it any year's month
    ("Garden waste collections will run from [March] to November each year.", "2009-06-18",
     "DATE", "XXXX-03"),
    ("Auditions are held in [January], February and March each year.", "2026-12-03", "DATE",
     "XXXX-01"),
    ("Every year in [July], the town holds a festival.", "2026-12-03", "DATE", "XXXX-07"),
    ("In [January], Smith left, and sales fell each year after.", "2026-12-03", "DATE",
     "2026-01"),
    # an evening clock told alone in the past is of the day the lead first names, the day
    # before the anchor's (not when the lead first names today, nor a clock to come)
    ("President Obama won re-election Tuesday night, defeating Mitt Romney. CBS News projected "
     "Obama the winner at [11:18 p.m. ET], shortly after he was declared the winner in Ohio.",
     "2012-11-07", "TIME", "2012-11-06T23:18"),
    ("The council voted 6-1 today to close the pool. The vote came at [9 p.m.] after a long "
     "debate.", "2012-11-07", "TIME", "2012-11-07T21:00"),
    ("Obama won re-election Tuesday night. He will speak at [8 p.m.] in Chicago.", "2012-11-07",
     "TIME", "2012-11-07T20:00"),
    # a day set for a plan or a deadline right after its words, a few weeks on, is that one,
    # not the one almost a year gone the past tense would pick ...
    ("The tribunal said it had postponed the ruling until [Aug. 18].", "2020-08-05", "DATE",
     "2020-08-18"),
    ("Train services had already been suspended until [March 31].", "2020-03-25", "DATE",
     "2020-03-31"),
    ("Most selective colleges set [Nov. 1] as the deadline for early applications.",
     "2022-10-04", "DATE", "2022-11-01"),
    # ... but not what did not happen, or lasted, until a day, nor one a past clause follows
    ("It was not won until [Feb. 6].", "2024-01-01", "DATE", "2023-02-06"),
    ("He remained jailed until [Feb. 7].", "2026-12-03", "DATE", "2026-02-07"),
    ("The suspect was detained until [Feb. 12], when he was released without charge.",
     "2026-12-03", "DATE", "2026-02-12"),
    # the Indian press's dateline with a full stop, a day before the paper's, is the story's today
    ("NEW DELHI, March 13. Proceedings in the Lok Sabha were disrupted [today] as members "
     "trooped into the well of the House.", "1996-03-14", "DATE", "1996-03-13"),
    # "twice a year, in January and July": any year's months (not "once a year, most recently
    # in February")
    ("Couture shows take place twice a year, in [January] and July.", "2022-03-01", "DATE",
     "XXXX-01"),
    ("He travels to Nigeria once a year, most recently in [February].", "2024-04-17", "DATE",
     "2024-02"),
    # the hours of a curfew, a shift or a timetable are of every day (not a curfew's first
    # night, set by a verb before it, nor hours of a day named with them)
    ("A night curfew from [9 p.m.] to 5 a.m. is in force in Kolkata.", "2021-05-07", "TIME",
     "XXXX-XX-XXT21:00"),
    ("The curfew, which runs from midnight to [5 a.m.], will remain in effect.", "2014-08-17",
     "TIME", "XXXX-XX-XXT05:00"),
    ("Staff joked about the residents during night shifts, which ran from 20.00 to [08.00].",
     "2014-07-08", "TIME", "XXXX-XX-XXT08:00"),
    ("Fasting hours in London will run from about 4:50 a.m. to [7:45 p.m.] at the start of "
     "the month.", "2022-03-30", "TIME", "XXXX-XX-XXT19:45"),
    ("Mayor Paul Schell imposed a curfew from [7 p.m.] to 7:30 a.m.", "1999-11-30", "TIME",
     "1999-11-30T19:00"),
    ("A curfew was in force on Saturday from 10 p.m. to [5 a.m.]", "2024-06-10", "TIME",
     "2024-06-09T05:00"),
    # "shortly before", "just before": the event's time, near the one named, which its verb
    # places (no deadline ahead)
    ("Investigators are examining whether it made a sharp turn shortly before [9 a.m. "
     "Wednesday].", "2014-04-17", "TIME", "2014-04-16T09:00"),
    ("The networks first called Florida for Gore shortly before [8 p.m. EST Tuesday], then "
     "withdrew the projection.", "2000-11-08", "TIME", "2000-11-07T20:00"),
    ("A second one just before [Christmas] extended funding until Friday.", "2025-03-14",
     "DATE", "2024-12-25"),
    ("The launch will take place shortly before [noon Friday].", "2014-04-17", "TIME",
     "2014-04-18T12:00"),
    # what is kept on a day of every week, after the day a determiner, a possessive or the
    # sentence's start leads, is a set ("Sunday hours", "its Saturday distributions"; not one
    # event, "a Sunday night memorial service", nor a verb after the day)
    ("[Sunday] hours, 1 p.m. to 5 p.m., will resume Sept. 12.", "1999-06-14", "SET",
     "XXXX-WXX-7"),
    ("The pantry needs volunteers to staff its [Saturday] distributions.", "2022-02-15", "SET",
     "XXXX-WXX-6"),
    ("The market will add a [Tuesday evening] market starting next week.", "2025-07-31", "SET",
     "XXXX-WXX-2TEV"),
    ("About 500 people attended a [Sunday night] memorial service.", "1999-10-25", "TIME",
     "1999-10-24TNI"),
    ("A poll released [Wednesday] shows Trump leading.", "2024-07-03", "DATE", "2024-07-03"),
    ("The [Friday] report shows the economy added 50,000 jobs.", "2024-07-03", "DATE",
     "2024-06-28"),
    # a report that closes the sentence after the phrase of a day tells of the report, not of
    # the day ("will hold an emergency meeting on Thursday to discuss sanctions, diplomats said")
    ("EU foreign ministers will hold an emergency meeting in Brussels on [Thursday] to discuss "
     "sanctions, diplomats said.", "2014-02-19", "DATE", "2014-02-20"),
    ("The weather would be settled, with temperatures reaching 23C on [Thursday] and Friday, "
     "the Met Office said.", "2023-05-30", "DATE", "2023-06-01"),
    ("Ministers met in Brussels on [Thursday] to discuss sanctions, diplomats said.",
     "2014-02-19", "DATE", "2014-02-13"),
    # a day "this year" is this year's whatever the tense around it
    ("From [1 July this year], all rental homes must have smoke alarms, under rules announced "
     "in 2025.", "2026-01-20", "DATE", "2026-07-01"),
    # a clock of what a court heard is of the day the story told of, not of today
    ("Pike was given a life sentence this morning for the murder of Kwame Asante on the evening "
     "of 9 August 2002. The jury took three days to convict him last month. The court heard "
     "that Mr Asante had finished a shift at about [9.45pm].", "2003-03-14", "TIME",
     "2002-08-09T21:45"),
    # a day counted after one told as to come in its sentence is to come, whatever the report
    # around it (not a past count after a day to come in another sentence)
    ("A memorial service will be held on February 3, the company said, with a private "
     "cremation [the following day].", "2026-01-16", "DATE", "2026-02-04"),
    ("The boy is due back in court on 12 December. He was arrested at his home [the following "
     "morning].", "2025-11-20", "TIME", "XXXX-XX-XXTMO"),
    # the year a subject began, in an aside after it, is no year the text goes on in
    ("The carrier, formed in 1997, said it would cut 2,000 jobs by [the end of the year].",
     "2025-04-10", "DATE", "2025"),
    ("The company was founded in 1996. By [the end of the year] it had 10 staff.", "1998-03-17",
     "DATE", "1996"),
    # a year that opens a quoted sentence holds for the months after it
    ('"Every year I try to learn something," she said. "Last year I played too much in '
     '[February] and March."', "2025-02-10", "DATE", "2024-02"),
    ("BRICS, founded in 2009 by Brazil, Russia, India and China, added South Africa [a year "
     "later].", "2024-10-22", "DATE", "2010"),
    # the bare first hour of two listed after "at" shares the mark of the second
    ("Big chains opened at midnight rather than at [4] or 5 a.m. Friday.", "2011-11-28", "TIME",
     "2011-11-25T04:00"),
    ("Performances include Wednesdays at [3] and 8 p.m.", "2023-11-26", "TIME",
     "XXXX-WXX-3T15:00"),
    # "midyear", "midweek": the middle of the year or week the text is in
    ("The tariff effects should mostly fade by [midyear], he said.", "2024-03-10", "DATE",
     "2024"),
    ("The Fed will wind down the program by around [midyear 2014].", "2013-06-20", "DATE",
     "2014"),
    # Giving Tuesday is the Tuesday after Thanksgiving
    ("The food bank hopes to raise $50,000 on [Giving Tuesday].", "2020-11-20", "DATE",
     "2020-12-01"),
    # a day counted in an event takes the date its sentence gives it, in apposition before it
    # or after the event it counts in
    ("Negotiations on a second phase are to begin no later than Feb. 3, the [16th day] of the "
     "truce.", "2025-01-19", "DATE", "2025-02-03"),
    ("Rain meant that not a ball was bowled on the [first day] of the Lord's Test on "
     "Wednesday.", "2019-08-19", "DATE", "2019-08-14"),
    ("He was sworn in on his [first day] in office, which fell on Monday.", "2020-03-02",
     "DATE", "XXXX-XX-XX"),
    # a count from a day the text does not date takes the day named right after it
    ("[Three days later], on Sunday, a U.S. drone strike in Kabul targeted a vehicle.",
     "2021-08-31", "DATE", "2021-08-29"),
    ("In India, where the moon was sighted [a day later], Eid al-Adha will be marked on "
     "Saturday.", "2025-06-06", "DATE", "XXXX-XX-XX"),
    # any year's month ends the story's time told before it
    ("Fires have burned since Jan. 7. The academy canceled its luncheon, normally held in "
     "February, and released the nominations at [5:30 a.m. PT].", "2025-01-23", "TIME",
     "2025-01-23T05:30"),
]


def moment(anchor: str | None) -> Moment | None:
    """Read a table anchor: a day alone is day precision in UTC, zone not stated."""
    if anchor is None:
        return None
    if len(anchor) == 10:
        return Moment(datetime.fromisoformat(anchor).replace(tzinfo=timezone.utc),
                      Precision.DAY, False)
    return Moment(datetime.fromisoformat(anchor), Precision.MINUTE, True)


def split_case(marked: str) -> tuple[str, int, int]:
    """Return the text without brackets and the bracketed span's offsets in it."""
    start = marked.index("[")
    end = marked.index("]") - 1
    return marked.replace("[", "", 1).replace("]", "", 1), start, end


def find_span(found: tuple[TimeExpression, ...], start: int, end: int) -> TimeExpression:
    """Return the expression with exactly this span, failing with what was found instead."""
    for expression in found:
        if (expression.start, expression.end) == (start, end):
            return expression
    shown = [(e.text, e.type.value, e.value) for e in found]
    raise AssertionError(f"no expression at [{start}:{end}]; found {shown}")


@pytest.mark.parametrize(("marked", "anchor", "type_", "value"), VALUE_CASES,
                         ids=[case[0][:60] for case in VALUE_CASES])
def test_value(marked: str, anchor: str | None, type_: str, value: str) -> None:
    text, start, end = split_case(marked)
    expression = find_span(find_expressions(text, anchor=moment(anchor)), start, end)
    assert (expression.type.value, expression.value) == (type_, value)


def test_zone_abbreviation_gives_an_interval_in_that_zone() -> None:
    text = "Last Updated 04 May 2018, 03:18 IST"
    (expression,) = find_expressions(text, anchor=moment(SEED))
    assert expression.interval is not None
    assert expression.interval.start.isoformat() == "2018-05-04T03:18:00+05:30"
    assert expression.interval.end.isoformat() == "2018-05-04T03:19:00+05:30"


@pytest.mark.parametrize(("text", "start"), [
    ("The polls close at 8 p.m. Eastern on Nov. 3, 2020.", "2020-11-03T20:00:00-05:00"),
    ("The polls close at 8 p.m. Eastern on June 1, 2021.", "2021-06-01T20:00:00-04:00"),
    ("It aired at 9:30 a.m. Pacific Daylight Time on June 1, 2021.", "2021-06-01T09:30:00-07:00"),
    ("It aired at 6 p.m. central time on June 1, 2021.", "2021-06-01T18:00:00-05:00"),
])
def test_a_us_zone_by_name_gives_its_offset(text: str, start: str) -> None:
    clock = [e for e in find_expressions(text, anchor=moment(SEED)) if e.type.value == "TIME"]
    assert clock and clock[0].interval is not None
    assert clock[0].interval.start.isoformat() == start


def test_zones_table_can_remap_an_abbreviation() -> None:
    text = "The vote closed at 3 p.m. IST"
    (expression,) = find_expressions(text, anchor=moment(SEED), zones={"IST": "+01:00"})
    assert expression.interval is not None
    # the anchor, 04:12 at +05:30, is 23:42 the day before at +01:00: the day the clock is on
    assert expression.interval.start.isoformat() == "2011-09-14T15:00:00+01:00"


def test_a_clock_in_a_zone_is_on_the_anchor_day_in_that_zone() -> None:
    anchor = moment("2020-11-05T02:00:00+00:00")  # 21:00 on 4 November in New York
    (expression,) = find_expressions("The count resumes at 9 p.m. ET.", anchor=anchor)
    assert expression.value == "2020-11-04T21:00"
    # in a past clause, a time well after the anchor's (in that zone) is the day before
    later = moment("2020-11-05T14:00:00+00:00")
    (expression,) = find_expressions("The race was called at 11:20 p.m. ET.", anchor=later)
    assert expression.value == "2020-11-04T23:20"


def test_relative_day_interval_is_the_anchor_day_in_the_anchor_zone() -> None:
    (expression,) = find_expressions("It ended yesterday.", anchor=moment(SEED))
    assert expression.interval is not None
    assert expression.interval.start.isoformat() == "2011-09-14T00:00:00+05:30"
    assert expression.interval.end.isoformat() == "2011-09-15T00:00:00+05:30"
    assert expression.anchor == moment(SEED).value  # type: ignore[union-attr]


def test_no_anchor_means_no_interval_for_relative_expressions() -> None:
    (expression,) = find_expressions("It ended yesterday.", anchor=None)
    assert expression.interval is None and expression.anchor is None


def test_last_weekday_keeps_the_other_reading() -> None:
    # 1998-08-07 is a Friday: "last Tuesday" is Aug. 4 or, for some writers, Jul. 28
    (expression,) = find_expressions("He arrived last Tuesday.", anchor=moment(AP))
    assert expression.value == "1998-08-04"
    assert expression.alternatives == ("1998-07-28",)
    # 2013-01-29 is a Tuesday: "last Monday" is Jan. 21, or, for some writers, yesterday
    (expression,) = find_expressions("It landed last Monday.", anchor=moment("2013-01-29"))
    assert (expression.value, expression.alternatives) == ("2013-01-21", ("2013-01-28",))


def test_seed_article_end_to_end() -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    found = {(e.text, e.type.value, e.value) for e in find_expressions(text, anchor=moment(SEED))}
    assert {
        ("yesterday", "DATE", "2011-09-14"), ("May", "DATE", "2011-05"),
        ("20-hour", "DURATION", "PT20H"), ("years", "DURATION", "PXY"),
        ("dawn yesterday", "TIME", "2011-09-14TMO"),
        ("04 May 2018, 03:18 IST", "TIME", "2018-05-04T03:18"),
        ("15 September 2011, 04:12 IST", "TIME", "2011-09-15T04:12"),
        ("nearly daylong", "DURATION", "P1D"),
    } <= found


@pytest.mark.parametrize(("text", "value", "freq"), [
    ("He calls twice a week.", "P1W", "2X"),
    ("She works four nights a week.", "P1W", "4D"),
    ("The store is open seven days a week.", "P1W", "7D"),
    ("The paper is published twice weekly.", "P1W", "2X"),
    ("Take the pill three times daily.", "P1D", "3X"),
    ("Payments are made bi-weekly.", "P2W", ""),
    ("She runs every morning before work.", "XXXX-XX-XXTMO", ""),
])
def test_frequency_rate_carries_freq(text: str, value: str, freq: str) -> None:
    (expression,) = find_expressions(text, anchor=moment(SEED))
    assert (expression.type.value, expression.value, expression.freq) == ("SET", value, freq)


def test_every_carries_quant() -> None:
    (expression,) = find_expressions("He calls every day.", anchor=moment(SEED))
    assert (expression.value, expression.quant) == ("P1D", "EVERY")


def test_iana_zone_abbreviation_follows_daylight_saving() -> None:
    # ET maps to America/New_York: -04:00 in July, -05:00 in January
    july = Moment(datetime(2011, 7, 15, tzinfo=timezone.utc), Precision.DAY, False)
    (summer,) = find_expressions("The polls close at 8 p.m. ET.", anchor=july)
    january = Moment(datetime(2011, 1, 15, tzinfo=timezone.utc), Precision.DAY, False)
    (winter,) = find_expressions("The polls close at 8 p.m. ET.", anchor=january)
    assert summer.interval is not None and winter.interval is not None
    assert summer.interval.start.isoformat() == "2011-07-15T20:00:00-04:00"
    assert winter.interval.start.isoformat() == "2011-01-15T20:00:00-05:00"


def test_day_first_reads_an_ambiguous_numeric_date_day_first() -> None:
    text = "signed on 05/12/2018, ratified on 25/12/2018 and filed on 12/25/2018"
    anchor = Moment(datetime(2019, 1, 1, tzinfo=timezone.utc), Precision.DAY, False)
    values = {None: ("2018-05-12", "2018-12-25", "2018-12-25"),
              False: ("2018-05-12", "2018-12-25", "2018-12-25"),
              True: ("2018-12-05", "2018-12-25", "2018-12-25")}
    for dayfirst, expected in values.items():
        found = find_expressions(text, anchor=anchor, dayfirst=dayfirst)
        assert tuple(expression.value for expression in found) == expected, dayfirst


def test_a_comparison_after_the_nine_months_is_with_the_year_before() -> None:
    text = ("Net income rose in the third quarter from $5 million a year earlier. For the nine "
            "months, net was $30 million, compared with $20 million a year earlier.")
    found = find_expressions(text, anchor=moment(WSJ))
    assert [(expression.text, expression.value) for expression in found] == [
        ("the third quarter", "1989-Q3"), ("a year earlier", "1988-Q3"),
        ("the nine months", "P9M"), ("a year earlier", "1988")]


def test_a_comparison_is_with_the_quarter_named_in_its_sentence() -> None:
    # the story is about Delta's fiscal first quarter; America West's sentence names its third
    text = ("Delta earnings soared in the fiscal first quarter. For the quarter, Delta posted net "
            "income of $133 million, up from $100 million a year earlier. Separately, America "
            "West reported third-quarter profit of $5.8 million, from $4 million a year earlier.")
    found = find_expressions(text, anchor=moment(WSJ))
    assert [(expression.text, expression.value) for expression in found
            if expression.text == "a year earlier"] == [("a year earlier", "1988-Q1"),
                                                        ("a year earlier", "1988-Q3")]


@pytest.mark.parametrize(("marked", "mod"), [
    ("Prices peaked in [mid-March].", "MID"),
    ("Sea levels could rise a foot by [century's end].", "END"),
    ("Prices fell back by [end-June].", "END"),
    ("Revenue doubled by [late 2023].", "END"),
    ("Just [over an hour] later, he was declared dead.", "MORE_THAN"),
    ("It lasted [nearly two weeks].", "LESS_THAN"),
    ("It started at about [10 p.m.] local time.", "APPROX"),
])
def test_mod(marked: str, mod: str) -> None:
    text, start, end = split_case(marked)
    assert find_span(find_expressions(text, anchor=moment("2024-10-16")), start, end).mod == mod


def test_a_clock_of_a_set_of_days_has_no_interval_and_no_anchor() -> None:
    found = find_expressions("Services are held each Sunday at 10am.", anchor=moment("2026-12-02"))
    clock = [expression for expression in found if expression.text == "10am"]
    assert clock and clock[0].value == "XXXX-WXX-7T10:00"
    assert clock[0].interval is None and clock[0].anchor is None


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a stamp alone on its line is of the anchor's day, whatever day its entry named ...
    ("Storm live\n\n11:52\nPower cuts spread on Friday.\n\n10:15 \nRoads closed.\n00:00\n",
     "2026-02-14", [("11:52", "2026-02-14T11:52"), ("Friday", "2026-02-13"),
                    ("10:15", "2026-02-14T10:15")]),
    # ... or of the day heading the blog (a blank line keeps the two apart), or of the stamp
    # above it
    ("Storm live\n\nSunday 29 December 2024\n\n17:45 GMT\nTrains are off until Tuesday.\n\n"
     "16:58 GMT\nFlights are cancelled.\n\nSaturday, 6.10pm\nThe warning was issued.\n\n4.20pm\n"
     "A gust of 93mph was recorded.\n", "2024-12-29",
     [("Sunday 29 December 2024", "2024-12-29"), ("17:45 GMT", "2024-12-29T17:45"),
      ("Tuesday", "2024-12-31"), ("16:58 GMT", "2024-12-29T16:58"),
      ("Saturday, 6.10pm", "2024-12-28T18:10"), ("4.20pm", "2024-12-28T16:20")]),
    # a key event's stamp in a bulleted list goes on from the one above it
    ("Floods live\n\nKey events\n- 2.15pm AEST: Highway to stay closed until Wednesday\n"
     "- 11.30am AEST: Premier speaks\n", "2026-02-02",
     [("2.15pm AEST", "2026-02-02T14:15"), ("Wednesday", "2026-02-04"),
      ("11.30am AEST", "2026-02-02T11:30")]),
])
def test_a_live_blog_stamp_is_of_the_day_above_it(text: str, anchor: str,
                                                  expected: list[tuple[str, str]]) -> None:
    found = find_expressions(text, anchor=moment(anchor))
    assert [(expression.text, expression.value) for expression in found] == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a forecast's lines are the days ahead ...
    ("Forecast\nTuesday: Dry and bright, with a frost to start.\nWednesday: Cloudy, rain later.\n",
     "2025-01-13", [("Tuesday", "2025-01-14"), ("Wednesday", "2025-01-15")]),
    # ... a results list, or a recap under a past lead, the days gone
    ("Last week's results\n\nMonday: Leeds 2 Burnley 1.\nTuesday: Hull 0 Sunderland 0.\n",
     "2024-11-24", [("Last week", "2024-W46"), ("Monday", "2024-11-18"),
                    ("Tuesday", "2024-11-19")]),
    # ... the days after a line of the publication day itself, ahead
    ("Strike: what comes next\n\nTuesday: The union announced fresh strikes.\n"
     "Wednesday: No trains on the Northern line.\n", "2025-11-11",
     [("Tuesday", "2025-11-11"), ("Wednesday", "2025-11-12")]),
    # ... a recap's, and a timeline's after its dates, the days gone
    ("Recap\nMonday: Police arrested 12 people.\nTuesday: Talks collapsed.\n", "2025-01-15",
     [("Monday", "2025-01-13"), ("Tuesday", "2025-01-14")]),
    ("Timeline\n- March 6: Trump exempts goods.\n- Tuesday: Ontario adds a surcharge.\n",
     "2025-03-14", [("March 6", "2025-03-06"), ("Tuesday", "2025-03-11")]),
])
def test_a_weekday_heading_a_line_is_read_by_its_list(text: str, anchor: str,
                                                      expected: list[tuple[str, str]]) -> None:
    found = find_expressions(text, anchor=moment(anchor))
    assert [(expression.text, expression.value) for expression in found] == expected


def test_a_bulleted_timeline_names_its_years() -> None:
    text = "Timeline\n\n- 2014: Russia annexes Crimea in March.\n- 2015: Talks fail in June.\n"
    found = find_expressions(text, anchor=moment("2022-02-24"))
    assert [(expression.text, expression.value) for expression in found] == [
        ("2014", "2014"), ("March", "2014-03"), ("2015", "2015"), ("June", "2015-06")]


@pytest.mark.parametrize(("text", "anchor", "values"), [
    # the span ends in the last month as the clause places it, and begins before it
    ("Sales rose between September and December.", "2026-10-15", ["2025-09", "2025-12"]),
    ("Pupils will be vaccinated between September and December.", "2025-10-01",
     ["2025-09", "2025-12"]),
    ("Prices rose between January and March.", "2026-12-03", ["2026-01", "2026-03"]),
    # a span across the new year stays as it is
    ("The museum was closed between November and March.", "2026-10-15", ["2025-11", "2026-03"]),
])
def test_a_span_between_two_months_begins_before_it_ends(text: str, anchor: str,
                                                          values: list[str]) -> None:
    found = find_expressions(text, anchor=moment(anchor))
    assert [expression.value for expression in found] == values
    assert found[0].interval is not None and found[1].interval is not None
    assert found[0].interval.end <= found[1].interval.start


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a timeline's clocks are of the day the text tells of ...
    ("The outage began on Tuesday, Oct. 31.\n\nTimeline (UTC):\n14:02 - Automated alerts fire."
     "\n16:40 - Service restored.\n", "2023-11-02",
     [("Tuesday, Oct. 31", "2023-10-31"), ("14:02", "2023-10-31T14:02"),
      ("16:40", "2023-10-31T16:40")]),
    # ... and go on in order past midnight
    ("How Tuesday night unfolded\n\n20:00 - Polls close.\n23:30 - Pennsylvania is called."
     "\n01:15 - Georgia is called.\n", "2024-11-06",
     [("Tuesday night", "2024-11-05TNI"), ("20:00", "2024-11-05T20:00"),
      ("23:30", "2024-11-05T23:30"), ("01:15", "2024-11-06T01:15")]),
])
def test_an_incident_timeline_dates_its_clocks(text: str, anchor: str,
                                              expected: list[tuple[str, str]]) -> None:
    found = find_expressions(text, anchor=moment(anchor))
    assert [(expression.text, expression.value) for expression in found] == expected


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    # a story datelined the day before its paper tells of the dateline's day ...
    ("NASHVILLE, Aug. 9 -- The company said today that it would recall the tires. It will "
     "announce the details tomorrow.", "2000-08-10",
     [("Aug. 9", "2000-08-09"), ("today", "2000-08-09"), ("tomorrow", "2000-08-10")]),
    ("WASHINGTON, August 12 (Xinhua) -- The Senate voted this afternoon.", "1998-08-14",
     [("August 12", "1998-08-12"), ("this afternoon", "1998-08-12TAF")]),
    # ... across a year's end
    ("Headline\n\nBOSTON, Dec. 31 -- Revelers gathered tonight.", "2001-01-01",
     [("Dec. 31", "2000-12-31"), ("tonight", "2000-12-31TNI")]),
    # ... with a state after the place
    ("BOISE, Idaho, March 4 -- The governor said today that he would sign it.", "2026-03-05",
     [("March 4", "2026-03-04"), ("today", "2026-03-04")]),
    # ... while what it tells in the past may be of the paper's day
    ("PASADENA, Calif., Aug. 24 -- Voyager skimmed Neptune tonight. Confirmation did not arrive "
     "until shortly after 1 A.M. Friday.", "1989-08-25",
     [("Aug. 24", "1989-08-24"), ("tonight", "1989-08-24TNI"),
      ("1 A.M. Friday", "1989-08-25T01:00")]),
    # a dateline of the paper's own day, or days before it, leaves the paper's day
    ("BOSTON, Aug. 10 -- Revelers gathered tonight.", "2000-08-10",
     [("Aug. 10", "2000-08-10"), ("tonight", "2000-08-10TNI")]),
    ("BOSTON, Aug. 5 -- Revelers gathered tonight.", "2000-08-10",
     [("Aug. 5", "2000-08-05"), ("tonight", "2000-08-10TNI")]),
    # a place in lower case is prose, not a dateline
    ("Boston, Aug. 9 - the day the rally was held - said today it was a success.", "2000-08-10",
     [("Aug. 9", "2000-08-09"), ("today", "2000-08-10")]),
])
def test_a_dateline_a_day_before_the_paper_is_the_story_today(
        text: str, anchor: str, expected: list[tuple[str, str]]) -> None:
    found = find_expressions(text, anchor=moment(anchor))
    assert [(expression.text, expression.value) for expression in found] == expected
