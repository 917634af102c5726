"""The words timecheck reads dates with, as plain tables (like dateutil's ``parserinfo``).

Everything a pattern matches by name comes from here: month and weekday aliases, number words,
units, parts of day, relative day words and zone abbreviations. Keys are lower case.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

# ISO weekday numbers: Monday is 1 (TIMEX3 ``XXXX-WXX-1``).
WEEKDAYS: dict[str, int] = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5,
    "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
}

WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
)

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1, "a couple of": 2,
    "several": -1, "a few": -1, "few": -1, "many": -1,
}

ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}

# Duration units and their ISO 8601 designators (T marks time units).
UNITS: dict[str, str] = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M",
    "year": "Y", "decade": "DE", "century": "CE", "quarter": "Q",
}

# Parts of day, TIMEX3 value suffixes (TimeML guidelines, section 2.2.1).
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "dawn": "MO", "daybreak": "MO", "sunrise": "MO",
    "afternoon": "AF", "midday": "MI", "noon": "MI",
    "evening": "EV", "dusk": "EV", "sunset": "EV", "night": "NI", "overnight": "NI",
    "midnight": "NI",
}

# Relative day words: offset in days from the anchor.
RELATIVE_DAYS: dict[str, int] = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}

# Zone abbreviations: IANA names where the zone observes daylight saving, fixed offsets where the
# abbreviation itself names the season (EST is always -05:00). IST is India by default; config
# may remap it (Irish or Israel Standard Time).
ZONES: dict[str, str] = {
    "UTC": "+00:00", "GMT": "+00:00", "Z": "+00:00", "UT": "+00:00",
    "IST": "+05:30", "PKT": "+05:00", "AFT": "+04:30", "NPT": "+05:45",
    "EST": "-05:00", "EDT": "-04:00", "CST": "-06:00", "CDT": "-05:00",
    "MST": "-07:00", "MDT": "-06:00", "PST": "-08:00", "PDT": "-07:00",
    "AKST": "-09:00", "AKDT": "-08:00", "HST": "-10:00",
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
    "BST": "+01:00", "WET": "+00:00", "WEST": "+01:00", "CET": "+01:00", "CEST": "+02:00",
    "MEZ": "+01:00", "MESZ": "+02:00", "EET": "+02:00", "EEST": "+03:00", "MSK": "+03:00",
    "GST": "+04:00", "SGT": "+08:00", "HKT": "+08:00", "JST": "+09:00", "KST": "+09:00",
    "AWST": "+08:00", "ACST": "+09:30", "AEST": "+10:00", "AEDT": "+11:00",
    "NZST": "+12:00", "NZDT": "+13:00", "WIB": "+07:00", "PHT": "+08:00",
}

# US zones by name, as clocks in US copy name them ("4 p.m. Eastern", "Pacific Daylight Time").
ZONE_NAMES: tuple[str, ...] = ("eastern", "central", "mountain", "pacific")

# Places whose clock wire copy gives by name ("2pm UK time", "8 a.m. Beijing time"), with their
# zone.
PLACE_ZONES: dict[str, str] = {
    "uk": "Europe/London", "british": "Europe/London", "london": "Europe/London",
    "paris": "Europe/Paris", "brussels": "Europe/Brussels", "berlin": "Europe/Berlin",
    "rome": "Europe/Rome", "madrid": "Europe/Madrid", "kyiv": "Europe/Kyiv",
    "moscow": "Europe/Moscow", "istanbul": "Europe/Istanbul", "cairo": "Africa/Cairo",
    "israel": "Asia/Jerusalem", "jerusalem": "Asia/Jerusalem", "tehran": "Asia/Tehran",
    "riyadh": "Asia/Riyadh", "gulf": "Asia/Dubai", "dubai": "Asia/Dubai",
    "pakistan": "Asia/Karachi", "india": "Asia/Kolkata", "delhi": "Asia/Kolkata",
    "bangkok": "Asia/Bangkok", "jakarta": "Asia/Jakarta", "singapore": "Asia/Singapore",
    "hong kong": "Asia/Hong_Kong", "beijing": "Asia/Shanghai", "taipei": "Asia/Taipei",
    "manila": "Asia/Manila", "seoul": "Asia/Seoul", "tokyo": "Asia/Tokyo",
    "sydney": "Australia/Sydney", "new york": "America/New_York",
    "new york city": "America/New_York", "washington": "America/New_York",
    "nairobi": "Africa/Nairobi", "johannesburg": "Africa/Johannesburg", "lagos": "Africa/Lagos",
}


def zone_abbreviation(name: str) -> str:
    """The abbreviation of a named US zone: "Eastern" is ET, "Eastern Standard Time" EST."""
    words = name.split()
    season = words[1][0].upper() if len(words) > 1 and words[1].lower() != "time" else ""
    return words[0][0].upper() + season + "T"


# ---------------------------------------------------------------------------------------------
# Additions for the full tagger (issue 4). Existing names above are kept unchanged.
# ---------------------------------------------------------------------------------------------

# Tens and units for compound number words ("twenty-five", "ninety nine").
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
UNIT_NUMBERS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}
# Plain cardinal words a duration or an offset can start with (vague ones are -1: value X).
CARDINALS: dict[str, int] = {
    **{key: value for key, value in NUMBER_WORDS.items() if key not in ("a couple of",)},
    "a couple": 2, "a couple of": 2, "couple of": 2, "a dozen": 12, "dozen": 12,
    "a half": -2, "half a": -2, "half an": -2,
    "some": -1, "numerous": -1, "countless": -1, "a number of": -1, "multiple": -1,
}

ORDINALS: dict[str, int] = {
    **ORDINAL_WORDS,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31, "last": -1, "final": -1,
}



def ordinal_numeral(number: int) -> str:
    """ "1st", "2nd", "3rd", "11th", "21st": a number written as an ordinal numeral."""
    suffix = "th" if 10 <= number % 100 <= 20 \
        else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


# The days of a month written as ordinal numerals ("the 15th"), with their numbers.
DAY_ORDINALS: dict[str, int] = {ordinal_numeral(day): day for day in range(1, 32)}

# Unit words and their plurals / adjectival forms, mapped to the canonical unit of ``UNITS``.
UNIT_WORDS: dict[str, str] = {
    "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
    "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
    "day": "day", "days": "day", "week": "week", "weeks": "week",
    "fortnight": "fortnight", "fortnights": "fortnight",
    "month": "month", "months": "month", "quarter": "quarter", "quarters": "quarter",
    "year": "year", "years": "year", "yr": "year", "yrs": "year",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium",
    "weekend": "weekend", "weekends": "weekend", "night": "night", "nights": "night",
    "semester": "half", "semesters": "half",
}

# ISO 8601 duration designators per canonical unit, and the factor that turns one of the unit
# into that designator (a fortnight is written P2W, TimeML guidelines 2.2.1.3).
DURATION_UNITS: dict[str, tuple[str, int]] = {
    "second": ("S", 1), "minute": ("M", 1), "hour": ("H", 1), "day": ("D", 1),
    "night": ("D", 1), "week": ("W", 1), "fortnight": ("W", 2), "weekend": ("WE", 1),
    "month": ("M", 1), "quarter": ("Q", 1), "half": ("M", 6), "year": ("Y", 1),
    "decade": ("DE", 1), "century": ("CE", 1), "millennium": ("ML", 1),
}
TIME_UNITS: frozenset[str] = frozenset({"second", "minute", "hour"})

# Seasons: TIMEX3 season codes (TimeML guidelines 2.2.1.2).
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}
# The month each season starts in (northern hemisphere), for intervals and past/future choice.
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

# More parts of day, with hyphenated and two-word spellings the gold data uses.
PARTS_OF_DAY_EXTRA: dict[str, str] = {
    "mid-morning": "MO", "midmorning": "MO", "mid morning": "MO", "early morning": "MO",
    "mid-afternoon": "AF", "midafternoon": "AF", "mid afternoon": "AF",
    "late afternoon": "AF", "early afternoon": "AF", "late night": "NI", "late-night": "NI",
    "late morning": "MO", "early evening": "EV", "late evening": "EV", "mid-evening": "EV",
    "daytime": "DT", "nighttime": "NI", "lunchtime": "MI", "nightfall": "EV",
}
ALL_PARTS_OF_DAY: dict[str, str] = {**PARTS_OF_DAY, **PARTS_OF_DAY_EXTRA}

# Clock hours some part-of-day words denote exactly (TimeML writes noon as T12:00).
PART_CLOCK: dict[str, tuple[int, int]] = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}

# Hours (start, end) a part of day spans, for intervals only (TimeML gives no bounds; these are
# the common-sense spans HeidelTime and SUTime also assume).
PART_HOURS: dict[str, tuple[int, int]] = {
    "MO": (6, 12), "MI": (11, 13), "AF": (12, 18), "EV": (18, 22), "NI": (21, 30), "DT": (6, 18),
}

# Modifiers that open or close an expression, and the TIMEX3 ``mod`` they give (TimeML 2.2.2).
START_MODIFIERS: dict[str, str] = {"early": "START", "earlier": "START", "the beginning of": "START",
                                   "the start of": "START", "the dawn of": "START"}
MID_MODIFIERS: dict[str, str] = {"mid": "MID", "middle": "MID", "the middle of": "MID"}
END_MODIFIERS: dict[str, str] = {"late": "END", "later": "END", "the end of": "END",
                                 "the close of": "END"}
# TimeBank leaves "about", "some" and "just" outside the span ("about [10:35 a.m.]", "just [over
# an hour]") but keeps "around", "nearly", "more than" inside; OUTER_MODIFIERS still give their
# mod to the expression.
APPROX_MODIFIERS: dict[str, str] = {
    "around": "APPROX", "approximately": "APPROX",
    "nearly": "LESS_THAN", "almost": "LESS_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "fewer than": "LESS_THAN",
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE",
    "no more than": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS", "up to": "EQUAL_OR_LESS",
    "well over": "MORE_THAN",
}
OUTER_MODIFIERS: dict[str, str] = {"about": "APPROX", "some": "APPROX", "just": "",
                                   "only": "", "roughly": "APPROX"}

# Single words that are whole expressions with a fixed value (TimeML 2.2.1.1, TimeBank usage).
# TimeBank annotates these; it leaves out adverbs that only order events ("once", "previously",
# "eventually", "formerly"), so they are not listed. "soon" alone is a time to come ("will soon
# begin", "closing soon"), but not in "as soon as" or "soon after" (patterns._build_reference).
REFERENCE_WORDS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "the present": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present time": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the distant future": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "soon": "FUTURE_REF",
    "future": "FUTURE_REF",  # British "in future", alone (patterns._build_reference)
}

# Frequency adverbs and adjectives: TIMEX3 SET values.
FREQUENCY_WORDS: dict[str, str] = {
    "hourly": "PT1H", "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "bi-weekly": "P2W", "fortnightly": "P2W", "bimonthly": "P2M", "bi-monthly": "P2M",
    "monthly": "P1M", "quarterly": "P3M", "annual": "P1Y", "yearly": "P1Y", "annually": "P1Y",
    "semiannually": "P6M", "semiannual": "P6M", "biannual": "P6M", "half-yearly": "P6M",
    "semi-annually": "P6M", "semi-annual": "P6M", "bi-annually": "P6M", "biannually": "P6M",
}

# Holidays with a fixed month and day.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
    "christmas day": (12, 25), "christmas eve": (12, 24), "independence day": (7, 4),
    "valentine's day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "boxing day": (12, 26), "may day": (5, 1), "bastille day": (7, 14),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "juneteenth": (6, 19),
    "remembrance day": (11, 11), "armistice day": (11, 11), "canada day": (7, 1),
    "australia day": (1, 26), "anzac day": (4, 25), "groundhog day": (2, 2),
    "fourth of july": (7, 4), "july fourth": (7, 4), "st patrick's day": (3, 17),
    "bonfire night": (11, 5), "guy fawkes night": (11, 5), "hogmanay": (12, 31),
    "burns night": (1, 25), "earth day": (4, 22), "new year's": (1, 1), "epiphany": (1, 6),
    "new year": (1, 1), "waitangi day": (2, 6),
    # Kenya's national days, South Africa's Freedom Day, and May Day as Workers' Day
    "madaraka day": (6, 1), "mashujaa day": (10, 20), "jamhuri day": (12, 12),
    "freedom day": (4, 27), "workers' day": (5, 1), "workers day": (5, 1),
}

# Holidays defined by the nth weekday of a month: (month, ISO weekday, n; -1 is the last; days
# after that weekday: Black Friday is the day after Thanksgiving).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 4, 4, 0), "thanksgiving day": (11, 4, 4, 0), "labor day": (9, 1, 1, 0),
    "labour day": (9, 1, 1, 0),  # Canada's, as the United States' Labor Day
    "memorial day": (5, 1, -1, 0), "martin luther king day": (1, 1, 3, 0),
    "martin luther king jr. day": (1, 1, 3, 0), "martin luther king jr day": (1, 1, 3, 0),
    "mlk day": (1, 1, 3, 0),
    "presidents day": (2, 1, 3, 0), "presidents' day": (2, 1, 3, 0), "columbus day": (10, 1, 2, 0),
    "mother's day": (5, 7, 2, 0), "father's day": (6, 7, 3, 0),
    "black friday": (11, 4, 4, 1), "cyber monday": (11, 4, 4, 4),
    "giving tuesday": (11, 4, 4, 5),  # the Tuesday after Thanksgiving
    "election day": (11, 1, 1, 1),  # the United States': the Tuesday after the first Monday
    "remembrance sunday": (11, 7, 2, 0),  # the United Kingdom's: the second Sunday of November
    # the United States' biggest day of presidential primaries (see SUPER_TUESDAYS)
    "super tuesday": (3, 2, 1, 0),
}

# Super Tuesday (its name in WEEKDAY_HOLIDAYS) is held in presidential election years only, on
# the first Tuesday of March but in these years.
SUPER_TUESDAY = "super tuesday"
SUPER_TUESDAYS: dict[int, tuple[int, int]] = {
    1984: (3, 13), 1988: (3, 8), 1992: (3, 10), 1996: (3, 12), 2008: (2, 5),
}

# "The first Monday of April", "the last Friday in May" are named as holidays are, so that the
# resolver picks their year the same way: "nth-weekday <month> <ISO weekday> <nth, -1 the last>".
NTH_WEEKDAY = "nth-weekday "


def nth_weekday_holiday(month: int, weekday: int, nth: int) -> str:
    """The holiday name of the ``nth`` ``weekday`` of ``month`` (see :data:`NTH_WEEKDAY`)."""
    return f"{NTH_WEEKDAY}{month} {weekday} {nth}"


# "The Wednesday before Thanksgiving", "the Sunday after Easter" are named as holidays are too:
# "weekday-of <ISO weekday> <-1 before, 1 after> <holiday>".
WEEKDAY_OF_HOLIDAY = "weekday-of "


# "The day after Christmas", "the day before Thanksgiving" as well: "day-of <-1 before, 1
# after> <holiday>".
DAY_OF_HOLIDAY = "day-of "


def day_of_holiday(side: int, holiday: str) -> str:
    """The holiday name of the day just before (``side`` -1) or after (1) ``holiday``."""
    return f"{DAY_OF_HOLIDAY}{side} {holiday}"


def weekday_of_holiday(weekday: int, side: int, holiday: str) -> str:
    """The holiday name of the ``weekday`` just before (``side`` -1) or after (1) ``holiday``."""
    return f"{WEEKDAY_OF_HOLIDAY}{weekday} {side} {holiday}"


# Holidays computed from Easter: offset in days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "good friday": -2, "easter monday": 1,
    "palm sunday": -7, "ash wednesday": -46, "pentecost": 49, "maundy thursday": -3,
    "holy thursday": -3, "holy saturday": -1, "whit monday": 50, "ascension day": 39,
    "shrove tuesday": -47, "pancake day": -47, "mothering sunday": -21,
}

# The Eastern churches' feasts, named after "Orthodox", "Coptic", "Ethiopian" or "Julian": these
# holidays kept by the Julian calendar (Christmas on Dec. 25 Julian is Jan. 7 Gregorian this
# century, Easter by the Julian computus). Their names, as holidays, get this prefix.
JULIAN = "julian "
JULIAN_HOLIDAYS: frozenset[str] = frozenset({
    "christmas", "christmas day", "christmas eve", "easter", "easter sunday", "good friday",
    "easter monday", "palm sunday", "epiphany"})

# The Jewish holidays, by the Hebrew calendar: days after the first of Tishri or Kislev (in
# the autumn of the Gregorian year) or of Nisan (in its spring; Purim, 14 Adar, is 16 days
# before it). A holiday begins at sundown the evening before the day given here.
HEBREW_HOLIDAYS: dict[str, tuple[str, int]] = {
    "rosh hashanah": ("tishri", 0), "rosh hashana": ("tishri", 0), "yom kippur": ("tishri", 9),
    "sukkot": ("tishri", 14), "shemini atzeret": ("tishri", 21), "simchat torah": ("tishri", 22),
    "simhat torah": ("tishri", 22), "hanukkah": ("kislev", 24), "chanukah": ("kislev", 24),
    "hanukah": ("kislev", 24), "chanukkah": ("kislev", 24), "purim": ("nisan", -16),
    "passover": ("nisan", 14), "pesach": ("nisan", 14), "shavuot": ("nisan", 64),
}

# The first day of the Chinese lunar year (days after it: its eve is the day before).
LUNAR_HOLIDAYS: dict[str, int] = {
    "lunar new year": 0, "chinese new year": 0, "lunar new year's day": 0,
    "chinese new year's day": 0, "lunar new year's eve": -1, "chinese new year's eve": -1,
}

# The Islamic holidays, by the Islamic calendar: (month, day). "Ramadan" is its first day, as
# Hanukkah is; "Eid" alone is the one the text named last (patterns._build_holiday). Inner
# hyphens also match a space or nothing (trie.trie_regex): "eid-ul-fitr" is "Eidul Fitr" too.
ISLAMIC_HOLIDAYS: dict[str, tuple[int, int]] = {
    "ramadan": (9, 1), "ramadhan": (9, 1), "ramazan": (9, 1), "ramzan": (9, 1),
    "eid al-fitr": (10, 1), "eid-al-fitr": (10, 1), "eid ul-fitr": (10, 1),
    "eid-ul-fitr": (10, 1), "eid el-fitr": (10, 1), "eid": (10, 1),
    "eid al-adha": (12, 10), "eid-al-adha": (12, 10), "eid ul-adha": (12, 10),
    "eid-ul-adha": (12, 10), "eid el-adha": (12, 10), "eid ul-azha": (12, 10),
    "eid-ul-azha": (12, 10), "eid ul-zuha": (12, 10), "eid-ul-zuha": (12, 10), "bakrid": (12, 10),
    "islamic new year": (1, 1), "hijri new year": (1, 1), "ashura": (1, 10),
    "mawlid": (3, 12), "mawlid al-nabi": (3, 12), "laylat al-qadr": (9, 27), "arafat day": (12, 9),
}

# The holidays of a month, which the story may be in: its days after the first.
MONTH_LONG_HOLIDAYS: frozenset[str] = frozenset({"ramadan", "ramadhan", "ramazan", "ramzan"})
MONTH_LONG_DAYS = 29
# Holidays that name a season of days off more than a day, which no clock after them is of:
# "shortly before the traditional New Year. He signed his first decree at 13:00".
SEASON_HOLIDAYS: frozenset[str] = frozenset({"new year"})

# Nowruz, the Persian new year, at the March equinox (calendars.nowruz).
EQUINOX_HOLIDAYS: frozenset[str] = frozenset({
    "nowruz", "norouz", "nowrouz", "navroz", "nauroz", "newroz", "novruz", "persian new year"})

# Words that name "the one before" or "the one after" a deictic unit.
PREVIOUS_WORDS: tuple[str, ...] = ("last", "past", "previous", "preceding", "prior")
NEXT_WORDS: tuple[str, ...] = ("next", "coming", "following", "upcoming", "ensuing")
THIS_WORDS: tuple[str, ...] = ("this", "current", "present", "same")

# Words before a capitalized name that make "Times" or a weekday a newspaper title, not a date.
PUBLICATION_WORDS: tuple[str, ...] = ("times", "post", "telegraph", "herald", "mail", "tribune",
                                      "express", "journal", "gazette", "observer", "star")

# Words that occur inside expressions ("the end of the year", "4 in the morning") but never
# begin one: the tagger does not try to start a match at them.
# Words a headline in title case leaves in lower case ("Deliberations to Resume Tuesday in
# Fraud Trial of Clinic Owner").
TITLE_SMALL_WORDS: frozenset[str] = frozenset({
    "a", "an", "the", "to", "of", "in", "on", "at", "for", "by", "and", "or", "as", "with", "vs."})

NEVER_FIRST: frozenset[str] = frozenset({
    "in", "for", "of", "to", "and", "or", "than", "within", "after", "before", "ended", "ending",
    "on", "by", "from", "took", "takes", "take", "as",
})


def fold_case(word: str) -> str:
    """Return the lower-case table key of a word (or text) matched without regard to case.

    ``re.IGNORECASE`` takes four letters for ASCII ones whose lower() is not that ASCII letter:
    the Turkish dotted capital and dotless small i, the long s and the Kelvin sign (checked
    against every code point). So "FRİDAY", "ſunday" and "\u212aq1" match "friday", "sunday" and
    "kq1", while their lower() are "fri̇day" (longer by one), "ſunday" and "kq1". Every table
    look-up of such a match goes through here, so hostile spelling finds the entry instead of
    raising KeyError; and the result is as long as ``word``, so a whole text folded here keeps
    its offsets. Each letter is replaced only where present: text in any script folds at the
    speed of lower().
    """
    if "\u0130" in word:
        word = word.replace("\u0130", "i")  # before lower(), which would make two of it
    folded = word.lower()  # the Kelvin sign becomes "k" here
    if "\u0131" in folded:
        folded = folded.replace("\u0131", "i")
    if "\u017f" in folded:
        folded = folded.replace("\u017f", "s")
    return folded
