"""A tiny tense detector: is the clause around an expression about the past or the future?

No part-of-speech tagger, no model download: the verb group nearest to the expression decides,
read from word lists (auxiliaries, modals, irregular past forms) and the ``-ed`` ending. News
copy is mostly past tense, so the default is the past; clear future markers ("will", "'ll",
"is to", "as early as", "next") turn it to the future, and so does the present form of a
scheduled event's verb right before the date ("Arafat and Albright meet Monday"), or before its
time of day or its object and "on" ("kicks off at 8pm on Saturday", "faces a vote on Monday").
A reading is *certain* when an auxiliary or modal sits right next to the expression ("will meet
in May", "was held on Dec. 15"), when "since" leads it, when a simple past form comes right
before it ("the year ended Jan. 31", "reopened in June"), when "will" is the only marker within
ten words, or when the expression opens its clause and the verb after its comma is read ("On
Jan. 3, the board met"; asides between commas are passed over: "In May, he said, the company
will open"); the resolver then follows it strictly, otherwise it weighs it against distance
from the anchor. A clause with no marker at all says so (``marked``): a
holiday named there is the nearer one.
A date after "to" is a destination ("was extended to Nov. 16") and is never certain; after a
verb that puts a date off ("extended to", "pushed back to") it lies ahead. "By", "until",
"before" and "through" lead to the future, unless the past perfect or (for "before" and
"through") a past form just before rules the clause ("lasted through Sunday"), or "through"
ends a span ("this year through August"); "since" and "as of" lead to the past (but "will
apply as of", "takes effect as of" look ahead), and so does "since" an event on its date
("since his arrest on 3 March"). With no marker at all, an infinitive after the clause's first
words is a headline's future ("Storm to hit coast on Wednesday"). A reading also says whether
its marker stood after the expression (``after``), where it may belong to another clause.
A relative clause after a comma (", which will receive") tells of another event and is not
read, nor is a report after a comma (", the company said Tuesday"), nor a clause after a
conjunction when the expression has a verb before it ("was found
guilty on Oct. 3 and will be sentenced in January"). A few neighbours change what a word says:
the month "May" is no modal, "last" and "next" before a time word belong to that other
expression, a plan in the past perfect is behind us ("had been due to expire Friday"), a
participle after "be", "is" or "are" is no past form ("will be held", "is closed"), and a plan
that "is set for" a day lies ahead. The words are read outwards from the expression, and only
as far as a nearer marker could still be outweighed, so the cost per expression stays small on
any text.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from timecheck.grammar import lexicon


class Tense(str, Enum):
    """The tense of a clause, as far as resolving dates needs it."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


@dataclass(frozen=True, slots=True)
class TenseReading:
    """A clause's tense, whether an unambiguous marker close by says so, whether any marker
    does (a clause without one reads as the past of news copy), and whether the marker that
    decided stands after the expression (where it may be another clause's: "had the best night
    on Wednesday as he is likely to win"), whether it is the present of an event set for
    the day ("The offer expires on Dec. 15"), and whether it is a plan that may have been for
    a day gone as well as one to come ("a speech that had been scheduled for Friday"), whose
    nearer occurrence it names."""

    tense: Tense
    certain: bool = False
    marked: bool = True
    after: bool = False
    scheduled: bool = False
    nearer: bool = False


# Markers that settle the tense on their own: modals and auxiliaries.
_STRONG_FUTURE = frozenset({"will", "'ll", "shall", "wo", "won't", "gonna", "tomorrow", "next",
                            "scheduled", "slated", "upcoming", "until"})
_STRONG_PAST = frozenset({"was", "were", "had", "did", "ago", "yesterday", "last", "earlier"})
_FUTURE_WORDS = frozenset({
    "expected", "expects", "expect", "plans", "plan", "planning", "intends", "intend",
    "hopes", "hope", "aims", "due", "coming", "later", "would", "should", "might", "could",
    "must", "can", "starting", "begins", "begin", "opens", "open", "likely", "may", "proposed",
    "awaits", "await", "pending", "expire", "expires", "expiring", "effective", "payable",
    "predict", "predicts", "forecasts", "reopening", "warn", "warns", "prepare", "prepares",
    "preparing", "bracing", "brace", "braces",
})
_PRESENT_WORDS = frozenset({"is", "are", "am", "'s", "'re", "has", "have", "does", "do",
                            "says", "say", "remains", "remain", "stays", "stay", "keeps", "keep"})
# Units of a count before "earlier" that compares: "20 minutes earlier", "a week earlier".
_COMPARED_UNITS = frozenset({"minute", "minutes", "mins", "hour", "hours", "hrs", "day", "days",
                             "week", "weeks", "month", "months"})
# Words before "used" that make it a participle or an adjective, not a past verb.
_BEFORE_USED_ADJECTIVE = frozenset({
    "is", "are", "am", "be", "been", "being", "was", "were", "get", "gets", "got", "getting",
    "a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "widely", "commonly",
    "often", "rarely", "seldom", "frequently", "still", "not", "never", "most", "least", "less",
    "more", "and", "or", "now", "already", "also", "typically", "usually", "mostly", "heavily",
    "little", "lightly", "newly", "previously", "once", "sometimes", "generally"})
# A pronoun and "is", "are" or "have" written as one word: "that's going to show up in the
# third quarter" reads as "that is going to".
_PRESENT_CONTRACTIONS = frozenset(
    pronoun + apostrophe + verb for apostrophe in "'\u2019"
    for pronoun, verb in (("it", "s"), ("that", "s"), ("he", "s"), ("she", "s"), ("there", "s"),
                          ("here", "s"), ("what", "s"), ("we", "re"),
                          ("they", "re"), ("you", "re"), ("we", "ve"), ("they", "ve"),
                          ("i", "ve"), ("you", "ve"), ("i", "m")))
# The verbs whose "n't" form is not the verb and "n't": "can't", "won't", "shan't".
_NEGATED_STEMS = {"ca": "can", "wo": "will", "sha": "shall"}
# What may_hold_marker looks for beside the tokens: the contractions above, and "n't" forms.
_CONTRACTION = re.compile(
    r"(?<![\w'\u2019])(?:" + "|".join(map(re.escape, _PRESENT_CONTRACTIONS)) + r")(?![\w'\u2019])"
    r"|n['\u2019]t\b")
_PAST_WORDS = frozenset({
    "said", "been", "went", "came", "took", "gave", "made", "met", "told", "began",
    "left", "fell", "rose", "won", "lost", "saw", "found", "got", "held", "led", "sent", "spent",
    "paid", "brought", "bought", "sold", "thought", "felt", "kept", "built", "became", "ran",
    "put", "set", "cut", "hit", "let", "quit", "spoke", "broke", "chose", "drove", "flew",
    "grew", "knew", "threw", "wrote", "fought", "caught", "taught", "sought", "struck",
    "stood", "understood", "heard", "meant", "read", "shot", "slid", "split", "spread", "swept",
    "wept", "hung", "sank", "sang", "swam", "rang", "forgot", "forgave", "froze", "stole",
    "woke", "arose", "bore", "wore", "tore", "swore", "shook", "overtook", "undertook",
    "withdrew", "drew", "blew", "slew", "fled", "bled", "fed", "dealt", "lit", "sat", "beat",
    "bid", "died", "tied", "lied", "sued", "owed", "axed", "vied", "eyed", "hid", "dug", "spun",
    "stuck", "rode", "swung", "clung", "flung", "sprang", "shrank", "slept", "crept", "leapt",
    "lent", "bent", "knelt", "laid", "upheld", "withheld", "overrode", "forbade", "foresaw",
    "overran", "outran", "oversaw", "mistook", "misled", "overthrew", "underwent", "overcame",
    "rebuilt", "strode", "strove", "withstood", "overheard", "previously", "recently",
})
_IRREGULAR_PAST = _PAST_WORDS - {"been", "previously", "recently"}
_NOT_PAST_ED = frozenset({
    "need", "needed", "speed", "red", "bed", "feed", "seed", "shed", "hundred", "united",
    "proceed", "exceed", "succeed", "indeed", "breed", "weed", "bred", "sled", "wed", "fled",
    "led", "shred", "ted", "ed", "ned", "fred", "alfred", "med", "naked", "wicked", "sacred",
    "kindred", "scheduled", "expected", "planned", "proposed", "supposed", "based", "related",
    "concerned", "interested", "armed", "detailed", "limited", "advanced", "continued",
    "allied", "used", "skilled", "qualified", "combined", "unexpected", "unprecedented",
    "untouched", "unnamed", "unidentified", "unspecified", "undisclosed",
})
# What "Later" opens a sentence with, before the day it tells of: "Later on Sunday,", "Later
# that day".
_LATER_OPENING = frozenset({"on", "in", "that", "this"})
# Nouns of places named after their names ("Bauchi and Gombe states"), which some verbs spell.
_PLACE_NOUNS = frozenset({"states", "regions", "counties", "provinces", "districts", "islands",
                          "territories", "parishes", "prefectures", "oblasts"})
# Phrases right before an expression that point to the future: "as early as Tuesday", and
# "before the", "ahead of the" before a month that names an event ("ahead of the November
# election").
_FUTURE_LEAD = re.compile(
    r"\b(?:as\s(?:early|soon|late)\sas|no\s(?:later|earlier|sooner)\sthan|by|until|till|before"
    r"|through|thru|ahead\sof)\s+$|\b(?:before|ahead\sof)\s+the\s+$",
    re.IGNORECASE)
# A time word or number right before "through": the lead ends a span ("sales this year
# through August", "from 2019 through 2021", "in the 52 weeks through September"). Not a
# weekday: "runs Friday through Sunday", "every Saturday through October" look ahead (and a
# past form before them looks back).
_SPAN_BEFORE = re.compile(
    r"(?:\b(?:(?:year|month|week|quarter|season|day)s?|half|today|now|" + "|".join(lexicon.MONTHS)
    + r")|\d)\.?,?\s+$", re.IGNORECASE)
# Of those, the ones a past form just before overrides: "left just before midnight Monday",
# "lasted through Sunday", "rose ahead of Tuesday's report" (but "had filed by Wednesday" is
# the past perfect's).
_WEAK_LEADS = ("before", "through", "thru", "ahead")
# A duty or a leave before "by" or "until" sets a deadline to come (not "must have", an
# inference about the past: "Sales must have peaked by February"): "must send the form back by
# 30 September", "have to apply by March 1", "can request an extension until Oct. 15",
# "Residents have until Oct. 15 to file" (and "until March 8 for the rest" after it).
_DEADLINE = re.compile(r"\b(?:must(?!\shave\b)|can(?!\shave\b)|should(?!\shave\b)"
                       r"|(?:have|has|need|needs)\sto)\s(?:[\w'-]+\s){0,6}$"
                       r"|\b(?:have|has)\s(?:until\s[^.;!?]{1,60}\sand\s)?$", re.IGNORECASE)
_DEADLINE_CHARS = 60
# A form joined to another right before "by": "roasted on Tuesday and shipped by Monday", a
# participle of a plan as likely as a past.
_JOINED_FORM = re.compile(r"(?:\band|\bor|,)\s+[a-z]+\s+$")
# What makes a past form before "by" a participle of what is wanted, planned or demanded, not
# the verb of what was done by then: "wants the bill passed by July 4", "demanded an answer by
# Friday" (but "Sales collapsed by August").
_WANTED = re.compile(r"\b(?:wants?|wanted|will|would|plans?|expects?|hopes?|aims?|needs?|needed"
                     r"|must|should|to|get|gets|have|demanded|ordered|asked|requested|told"
                     r"|called|urged|gave|set)\b", re.IGNORECASE)
# A clock and "on" before a day: "until 8 p.m. on", "by 5pm ET on".
_CLOCK_ON = re.compile(r"(?<=\s)(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?|noon|midnight)"
                       r"(?:\s[A-Z]{2,4})?\s+on\s$", re.IGNORECASE)
# "since March", "ever since Tuesday", "since before Christmas", "since the Jan. 27 selloff":
# the span began before the time of writing; "as of Thursday, 65,565 had been brought back":
# a count made then (but a dividend's "to holders of record as of Nov. 8" is a day the clause
# places, as it does without "as of").
_PAST_LEAD = re.compile(
    r"\b(?:since(?:\sbefore|\sat\sleast|\sas\searly\sas|\s(?:the|its|his|her|their|our|my))?"
    r"|(?<!\brecord\s)as\sof)\s+$", re.IGNORECASE)
# How far back from an expression such a lead may begin ("since as early as").
_PAST_LEAD_CHARS = 24
# A clause after a lead's date that tells what happened then: "until Monday, when a truce was
# agreed".
_WHEN_AFTER = re.compile(r",\s+when\s+((?:\S+\s+){1,5})")
# "since" an event on its date: "has been in custody since his arrest on 3 March", "since the
# election in May".
_SINCE_EVENT = re.compile(
    r"\bsince\s+(?:(?:the|his|her|their|its|our|my|your|a|an)\s+)?(?:[a-z][a-z'-]*\s+){1,3}"
    r"(?:on|in)\s+$",
    re.IGNORECASE)
# A reporting clause right after an expression: ", the company said", ", officials told",
# ", Eurostat will confirm tomorrow".
_REPORT_TAIL = (r"(,)\s+(?:[\w.'\u2019-]+\s+){0,4}?"
                r"(?:said|says|told|added|announced|reported|confirm(?:s|ed)?|warn(?:s|ed)"
                r"|predicted|insisted|noted|wrote|stated)\b")
_REPORTED = re.compile(r"[^,]{0,3}" + _REPORT_TAIL, re.IGNORECASE)
# The same at the end of the phrase after an expression: "will hold an emergency meeting on
# Thursday to discuss sanctions, diplomats said".
_REPORTED_LATER = re.compile(r"[^,;:()\"\u201c\u201d]{4,60}?" + _REPORT_TAIL + r"[^,]*$",
                             re.IGNORECASE)
# An amount a change is measured from, right before an expression: "down from 4.21% on", "up
# from $52 a barrel on", "from 5,050 points on"; and a future auxiliary in the clause (a forecast
# is no sign: "traders see a 40% chance, up from 25% on Tuesday" compares with a day gone).
_FROM_AMOUNT = re.compile(
    r"\bfrom\s(?:about\s|around\s|roughly\s|nearly\s)?"
    # an amount of money, a number with a unit, or one written with a comma or decimals (not
    # a clock: "from 0001 on Friday")
    r"(?:[$\u20ac\u00a3]\d[\d,.]*(?:\s(?:million|billion|trillion))?"
    r"|\d[\d,.]*\s?(?:%|percent|per\scent|cents?|points?|bps|basis\spoints|yen|euros?|dollars?"
    r"|pounds)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)"
    r"(?:\s(?:a\sbarrel|an\sounce|a\sshare))?\s(?:on\s|in\s|at\s)?$", re.IGNORECASE)
_WILL_IN = re.compile(r"\b(?:will|shall|would)\b|'ll\b|\u2019ll\b", re.IGNORECASE)
_IS_TO = re.compile(r"\b(?:is|are)\sto\s[a-z]+\b", re.IGNORECASE)
# What was urged, after an active past form: "urged voters to turn out", "called on Russia to
# honour" (not "was urged to").
_URGED_TO = re.compile(r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bhad\s)"
                       r"(?<!\bwas\s)(?<!\bwere\s)"
                       r"\b(?:urged|called\son|encouraged)\s"
                       r"(?:[\w'-]+\s){0,3}?to\s(?!have\b)[a-z]+\b")
# A call for an event, before its day: "called on Sunday for fresh demonstrations on", "urged
# supporters to join" is _URGED_TO's; "called for calm on Sunday" tells of the call's day.
_CALLED_FOR = re.compile(
    r"\b(?:called|calls|call|calling|appealed|appeals|pressed|presses)\s(?:[\w'-]+\s){0,3}?for\s"
    r"(?:[\w'-]+\s){0,3}?(?:demonstrations?|protests?|(?:general\s)?strikes?|rall(?:y|ies)"
    r"|marches|boycotts?|shutdowns?|sit-ins?|stay-aways?|vigils?|walkouts?|elections?|polls"
    r"|referendums?|referenda|votes?|talks|day\sof\s[a-z]+)\s(?:on|in|from|by)\s$")
_CALLED_FOR_CHARS = 120
# A day declared a day off, before and after it: "has declared [Monday] a public holiday".
_DECLARED_DAY = re.compile(r"\b(?:declared|declares|declare|declaring)\s$")
_DAY_OFF_AFTER = re.compile(r"\s(?:a|an)\s(?:(?:public|national|bank|special|official)\s)?"
                            r"(?:holiday|day\s(?:of|off)\b)")
# A plan, a hope or a preparation in the past, with what it was for: "planned to consult on",
# "hoped to complete the review in", "prepared to meet in Oslo on" (not "had hoped to", a hope
# given up).
_HOPED_TO = re.compile(r"(?<!\bhad\s)\b(?:planned|hoped|intended|aimed|prepared)\sto\s(?!have\b)"
                       r"[a-z]+\b")
# What a court or the police ordered someone to do, passive or not: "was remanded in custody to
# appear at Leeds Crown Court on", "told jurors to return", "was bailed to appear before
# magistrates on", a day to come from the story's.
_ORDERED_TO = re.compile(r"\b(?:remanded|bailed|ordered|told|instructed|directed|asked"
                         r"|released\son\sbail)\s(?:[\w'-]+\s){0,3}?to\s"
                         r"(?:appear|reappear|return|attend|surrender|report)\b", re.IGNORECASE)
# An event the present perfect has arranged, before its day: "has called a meeting of 30
# departments on", "has added a make-up show on" (a present perfect takes no day of its own).
_HAS_ARRANGED_ON = re.compile(
    r"\b(?:has|have)\s(?:(?:now|also|already|just)\s)?(?:called|convened|scheduled|set|fixed"
    r"|added|arranged|organi[sz]ed|planned|slated)\s(?P<object>(?:an?|the|another|its|their"
    r"|his|her|two|three)\s(?:[\w'-]+\s){0,5}?(?:meeting|session|show|concert|vote|hearing"
    r"|summit|strike|walkout|rally|protest|match|game|briefing|conference|debate|sitting"
    r"|review|referendum|poll)s?\s(?:[\w'-]+\s){0,4}?)on\s$", re.IGNORECASE)
# The future in the past of wire advances, close before the expression ("The president was to
# deliver his address on Thursday", "was on track to shut down at 12:01 a.m. Wednesday"), but
# not a plan that fell through ("was to have opened"), and how far back (characters) it is
# looked for.
_WAS_TO = re.compile(r"\b[Ww](?:as|ere)\s(?:on\strack\s)?to\s(?!(?:have|the|a|an|his|her|its"
                     r"|their|our|this|that|these|those|blame)\b)[a-z]+\s(?:[\w'-]+\s){0,3}$")
_WAS_TO_CHARS = 50
# A plan told in the past, its verb and up to four words after it: "was supposed to open in",
# "had been scheduled to end".
_PLAN_TOLD_PAST = re.compile(
    r"\b(?:was|were|had\sbeen)\s(?:originally\s|initially\s)?(?:supposed|scheduled|slated|due"
    r"|meant)\sto\s[a-z]+\s(?:[\w'-]+\s){0,4}$", re.IGNORECASE)
_PLAN_TOLD_PAST_CHARS = 70
# A plan reported: "said he planned to meet ... on", "said in an interview that it intended to
# file by".
_SAID_PLANNED = re.compile(
    r"\b(?:said|says|told|announced)\b[^.;!?\"]{0,60}?\s(?:that\s)?(?:he|she|it|they|we"
    r"|the\s[\w-]+)\s(?:planned|intended)\sto\s[a-z]+\s(?:[\w'-]+\s){0,10}$", re.IGNORECASE)
_SAID_PLANNED_CHARS = 190
# ... and on track to it, however far the day is named after the verb: "was on track to make
# landfall near Tampa Bay late Wednesday" (but not in a clause after it: "was on track to qualify
# before they lost to Leeds on Sunday").
_ON_TRACK = re.compile(r"\b(?:was|were)\son\strack\sto\s"
                       r"(?:(?!\b(?:before|until|when|but|then)\b)[^.;,])*$", re.IGNORECASE)
_ON_TRACK_CHARS = 90
# A plan "but" undid: "was to be played on Saturday but was postponed".
_BUT = re.compile(r"\bbut\b")
# A plan called off, after its date: "talks, scheduled for June 15, were cancelled".
_CALLED_OFF = re.compile(r"\b(?:was|were|been|is|are)\s(?:cancell?ed|called\soff|scrapped"
                         r"|postponed|delayed|suspended|abandoned|put\soff)\b")
# What says a day set has come and gone: "set a deadline for 5 pm on Friday, which passed
# without a deal", "set the hearing for Monday, but it was adjourned after an hour".
_DAY_GONE = re.compile(r",?\s{1,2}(?:which|that)\s(?:has\s)?(?:passed|expired|lapsed)"
                       r"(?!\s(?:the|a|an|its|[A-Z]))"
                       r"|,?\s{1,2}but\s(?:it|they|the\s[a-z]+)\s(?:was|were)\sadjourned\b")
# The same after a deadline, a few words on: "gave squatters until noon Sunday to leave, a
# deadline which passed without incident".
_DEADLINE_GONE = re.compile(r"\b(?:which|that)\s(?:has\s)?(?:passed|expired|lapsed)\b")
_DEADLINE_GONE_CHARS = 60
# The same before the plan, in the active: "had postponed the exams scheduled for May 10".
_CALLED_OFF_BEFORE = re.compile(r"\b(?:cancell?ed|called\soff|scrapped|postponed|abandoned"
                                r"|put\soff)\s(?:the|a|an|its|their|his|her)\s(?:\w+\s){1,3}"
                                r"(?:planned|scheduled|slated|set|due)\sfor\s$", re.IGNORECASE)
# A call for an event, up to the "on" of its day: "called for a million-man march in Tahrir
# Square on", "urged supporters to join a general strike on".
_CALLED_FOR_EVENT = re.compile(
    r"\b(?:call(?:ed|s|ing)?\sfor|urg(?:ed|es|ing)\s[\w'-]+\sto\sjoin)\s[^.;:!?\"]{0,60}?"
    r"\b(?:march|strike|rally|protest|demonstration|boycott|walkout|sit-in|vigil|day\sof\s\w+)"
    r"(?:\s(?:in|at|outside|across)\s[^.;:!?,\"]{1,30})?\son\s$", re.IGNORECASE)
# A warning or forecast before the span of days it is for: "has issued a yellow warning for
# snow and ice from 6pm on [Wednesday]", "with up to 15cm of snow forecast in some areas between
# 3am on [Friday]".
_WARNED_FOR = re.compile(
    r"\b(?:warnings?|alerts?|advisor(?:y|ies)|forecast)\s[^.;:!?\"]{0,80}?"
    r"\b(?:from|until|till|between|through)\s"
    r"(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?\s+on\s)?$", re.IGNORECASE)
_WARNED_FOR_CHARS = 120
# A forecast in the past perfect of what would be: "AAA had projected that ... would travel".
_HAD_FORECAST = re.compile(r"\bhad\s(?:projected|forecast|predicted|estimated|expected)\s"
                           r"(?:that\s)?(?:[^.;:!?\"]|\.\d){0,100}?\bwould\b(?:[^.;:!?\"]|\.\d)*$",
                           re.IGNORECASE)
# A guess told in the past, right before its time: "was possible in [August]", "were likely on".
_LIKELY_THEN = re.compile(r"\b(?:was|were)\s(?:(?:still|also|now|quite|very|more|less)\s)?"
                          r"(?:possible|likely|unlikely|probable)\s(?:in|on|by)\s$", re.IGNORECASE)
# An invitation to a place or an event on a day: "invited congressional leaders to the White
# House on [Friday]".
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing)\s[^.;:!?\"]{0,60}?\bto\s[^.;:!?,\"]{1,40}?\son\s$",
                         re.IGNORECASE)
# A word that may be a present form in "-s" ("publishes"), for a clause with no marker word.
_WORD_IN_S = re.compile(r"\b[a-z]{3,}s\b")
# What makes "may have" a guess about the past: "By August, the outbreak may have already
# infected thousands, scientists now believe".
_BELIEVED = re.compile(r"\b(?:already|believes?|believed|estimates?|estimated|according|now"
                       r"|think|thinks|say|says|said)\b", re.IGNORECASE)
# A modal with "have": "may have run out", "will have risen".
_MODAL_HAVE = re.compile(r"\b(?:may|might|could|will|would|should|must)\s+have\b",
                         re.IGNORECASE)
# What tells that an order was carried out, after its day: "bailed to appear on Monday, where
# he pleaded guilty", "told to appear on Tuesday, and did so" (not "where he will be sentenced").
_CARRIED_OUT = re.compile(r"[^.;]*?(?:,\s(?:where|when)\s(?![^.;]*\b(?:will|would|is|are|to)\b)"
                          r"[^.;]*?\b(?:was|were|had|did|pleaded|appeared|admitted|denied"
                          r"|\w+ed)\b|\band\sdid\sso\b)")
# An event that "is" on its date ("The general election is Nov. 3", "the primary is on March
# 3", "The new target is Nov. 20"): one to come; told in reported speech with "was" ("said the
# deadline was Nov. 5"), the nearer one.
_EVENTS = (r"(?:elections?|primary|primaries|caucus(?:es)?|runoff|deadline|vote|referendum"
           r"|conference|convention|summit|meeting|hearing|trial|debate|inauguration|launch"
           r"|premiere|opening|final|race|festival|ceremony|auction|recess|parade|concert"
           r"|rally|strike|walkout|target|target\sdate|launch\sdate|start\sdate|due\sdate"
           r"|release\sdate|opening\sdate|window)")
_EVENT_IS = re.compile(r"\b" + _EVENTS + r"\s(?:(?:for|of)\s(?:[\w'-]+\s){1,3})?(?:is|are)\s"
                       r"(?:now\s)?(?:(?:on|in|set\sfor)\s)?$",
                       re.IGNORECASE)
_EVENT_WAS_REPORTED = re.compile(
    r"\b(?:said|says|told\s[\w-]+)\s(?:that\s)?(?:the|its|their|a)\s(?:[\w-]+\s)?" + _EVENTS
    + r"\s(?:was|were)\s(?:(?:on|in|set\sfor)\s)?$", re.IGNORECASE)

# A reported subject that holds the expression, and what its "was" said of it after: "said a
# start in [December] was more realistic", "told reporters a vote in [May] was likely".
_REPORTED_SUBJECT_BEFORE = re.compile(
    r"\b(?:said|says|told\s[\w-]+|believed|thought|predicted|suggested)\s(?:that\s)?(?:a|an|the"
    r"|its|their)\s(?:[\w-]+\s){0,2}(?:in|on|by|before|after)\s$", re.IGNORECASE)
_LIKELY_AFTER = re.compile(
    r"\s(?:was|were)\s(?:(?:more|less|now|still|all\sbut|increasingly|very|highly|quite)\s)?"
    r"(?:likely|unlikely|possible|probable|certain|realistic|expected|planned|scheduled|due"
    r"|on\strack|feasible|doable|achievable|in\sdoubt)\b")

_PUNCTUATION = ",.;:!?\"'`()[]{}_-"
# Clause boundaries: sentence ends, semicolons, quotation starts, paragraph breaks.
# Written to begin with one character class, so the engine skips to candidates at C speed.
# The period of an abbreviation ends no sentence: "at 5 p.m. on Friday", "Sept. 30", "Mr.",
# "told the U.N. Security Council"; nor does one with a lower-case word after it.
_BOUNDARY = re.compile(
    r"[.!?;:\n`'\"](?:(?<=[!?;:])\s|(?<=\.)(?<![ap]\.m\.)(?<![AP]\.M\.)(?<!\bSept\.)"
    r"(?<!\b(?:Jan|Feb|Aug|Oct|Nov|Dec|Mrs|Gov|Sen|Rep|Gen)\.)(?<!\b(?:Mr|Ms|Dr|St|Lt|Jr|Sr)\.)"
    r"(?<!\b[A-Z]\.[A-Z]\.)"
    r"\s(?!\s*[a-z])|(?<=\n)\s*\n|(?<=`)`|(?<=')'|(?<=\"))")
# A few words quoted within a clause, which end no clause: 'would "act decisively" in the
# autumn', 'said the update will arrive "in the summer."'; or a title in the clause's object,
# before its next word or a weekday: 'releases "Crown Street" on Friday', 'to appear on "Good
# Morning America" Monday morning' (a title that opens its clause,
# '"Assassin's Creed Shadows" launches', and a quotation's capitals keep their quotes).
_PARTIAL_QUOTE = re.compile(r'(?<=[a-z,] )"(?:(?=[a-z])[^"\n]{1,80}"'
                            r'|(?=[A-Z\d])[^"\n.,;:!?]{1,60}"(?= [a-z]| [A-Z][a-z]{2,5}day\b))')
# The words a title may hold in lower case: "Pride and Prejudice", "A Man for All Seasons".
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to",
                                "for", "with", "by", "from", "&"})
# How many words a quoted title may have.
_TITLE_WORDS = 8


def _unquoted(quoted: re.Match[str], expression: tuple[int, int]) -> str:
    """The words of a partial quotation, its quotes written as spaces (offsets stay); a title
    written as one made-up name (its words are a name, not the clause's: "Gone Girl"), unless
    it holds the ``expression`` (its start and end in the text matched)."""
    words = quoted.group()[1:-1]
    if words[0].islower():
        return " " + words + " "
    parts = words.split()
    if (quoted.end() <= expression[0] or quoted.start() >= expression[1]) \
            and len(parts) <= _TITLE_WORDS \
            and all(part[0].isupper() or part[0].isdigit() or part in _TITLE_SMALL_WORDS
                    for part in parts):
        # a name of the same length in its place: "finale of [Nxxxxxxxxxxxxxxxx] airs"
        return " N" + "x" * (len(quoted.group()) - 3) + " "
    return quoted.group()


# A relative clause after a comma tells of another event ("shares issued July 1, which will
# receive only partial dividends").
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where)\b", re.IGNORECASE)
# What may follow the comma that closes a relative aside before an expression: its preposition.
_CLOSED_ASIDE_TAIL = re.compile(r",\s+(?:(?:on|in|at|by|from|until|till|before|after)\s+)?")
# An aside on a subject who spoke, before the report's verb: "Bush, speaking in Austin shortly
# before".
_SPEAKING_ASIDE = re.compile(r",\s+(?:speaking|talking|writing|appearing|testifying|briefing)"
                             r"\b[^,]*$", re.IGNORECASE)
# Verbs whose object a date may be, the day chosen for what is to come: "has proposed Sept. 16
# for the first debate", "picked Nov. 3 as the date".
_DATE_CHOSEN = frozenset({"proposed", "suggested", "picked", "chose", "chosen", "pencilled",
                          "penciled", "earmarked", "targeted", "targeting", "proposes",
                          "suggests", "picks", "targets"})
# A second relative clause joined to the first: "who was there on Saturday and who may".
_AND_RELATIVE = re.compile(r"\sand\s+(?:who|which|whose)\b")
# A concession after a comma is a clause of its own: "asking anyone who was walking there
# between Thursday and Saturday to come forward, even if they don't think it's important" (its
# verbs tell nothing of those days). A bare "if" may still tell the tense: "So enjoy Sunday, if
# you are that way inclined". Nor does a comparison with another time: "will stream a game on
# Christmas Day, as it did last year".
_CONDITION_AFTER = re.compile(r",\s+(?:even\s+(?:if|though)|although|though|unless|whereas"
                              r"|as\s[a-z]+\s(?:did|does|do|has|have)\b)", re.IGNORECASE)
# Conjunctions that join clauses: a verb right after one is that clause's ("was found guilty on
# Oct. 3 and will be sentenced"), when the expression's own verb may stand before it (looked for
# this many words back).
_CONJUNCTIONS = frozenset({"and", "but", "or", "while", "whereas", "then"})
# Words that open a subordinate clause after an expression, whose verb is not the main one:
# "would resume flights on Monday [if conditions improved]", "would visit Asia in November [after
# Congress returned]".
_SUBORDINATE_OPENERS = frozenset({"if", "unless", "after", "before", "once", "because", "when"})
# Those that are never prepositions ("after the jobs report on Friday" has no verb).
_CLAUSE_OPENERS = _SUBORDINATE_OPENERS - {"after", "before"}
# Words in "-ing" after a comma that open no participle clause: "Tuesday, morning and evening",
# "Friday, including the holiday".
_NOT_PARTICIPLES = frozenset({"morning", "evening", "during", "including", "according",
                              "spring", "nothing", "something", "anything", "everything",
                              "bring", "sing", "thing", "king", "wing", "ring", "string"})
_OWN_VERB_WORDS = 8
_AUXILIARIES = frozenset({"be", "been", "being", "have", "has", "had"})
_WINDOW = 160
# What opens the end of a span after an expression, when a date follows it ("until Friday",
# "until mid-February"): the words after it tell of that end. "until further notice" is left.
_UNTIL = re.compile(r"\b(?:[Uu]ntil|[Tt]ill)\s+(?=[A-Z0-9]|(?:early|mid|late|the\s+end)\b)")
# How many words away a marker may be and still be certain.
_CERTAIN_DISTANCE = 4
# How far (its weight: words, less the bonus) a strong future marker with no other marker near
# the expression still makes the reading certain: ten words.
_LONE_FUTURE_WEIGHT = 7.5
# How many words nearer a strong future marker counts ("will" beats a past form two words
# closer).
_FUTURE_BONUS = 2.5
# The past perfect: a lead like "by Friday" in its clause looks back ("had filed by Wednesday").
_PAST_PERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
# A plan told in the past perfect, before the day it was for: "had been scheduled for".
_HAD_BEEN_FOR = re.compile(r"\bhad\s(?:(?:originally|initially|previously|already|first|once)"
                           r"\s)?been\s[\w-]+\sfor\s$", re.IGNORECASE)

# Words that announce a plan ("due to expire", "set to resume", "agreed to buy"). The plan
# is ahead unless it was made in the past perfect ("had been due to expire Friday", "had been
# scheduled to expire at midnight Friday": the deadline has passed).
_PLANS = frozenset({"due", "scheduled", "slated", "set", "plans", "plan", "planning",
                    "expected", "expects", "expect", "poised", "intends", "agreed", "agrees",
                    "agreement", "pledged", "promised", "vowed", "forecast", "projected",
                    "tipped", "voted", "decided"})
# Words of the future that are also nouns or their modifiers ("open houses", "economists'
# forecasts"), and the verbs they follow as objects.
_NOUN_OR_VERB = frozenset({"open", "forecasts"})
_HAVE_OR_HOLD = frozenset({"had", "has", "have", "held", "hold", "holds", "holding"})
# Participles of what is being arranged, after "is", "are" or "being": an event to come.
_ARRANGED = frozenset({"planned", "organised", "organized", "arranged", "prepared"})
# Words before "to" that make the verb after it what is to be done: "prepared to fight".
_READY_TO = _PLANS | _ARRANGED | frozenset({"ready", "able", "willing", "likely", "going", "want",
                                            "wants", "wanted", "hope", "hopes", "hoped", "vowed",
                                            "intend", "intends", "intended", "aims", "aim"})
# Plan words that are past forms of a decision unless "to" follows: "voted in January to raise
# fares" tells of January's vote, "voted to raise fares in January" of January's fares.
_DECISIONS = frozenset({"agreed", "pledged", "promised", "vowed", "voted", "decided"})
_MARKERS_BUT_MAY: frozenset[str] = (
    _STRONG_FUTURE | _STRONG_PAST | _FUTURE_WORDS | _PRESENT_WORDS | _PAST_WORDS | _PLANS) - {"may"}
_PUNCTUATION_TO_SPACE = str.maketrans(_PUNCTUATION, " " * len(_PUNCTUATION))
_ED_END = re.compile(r"ed(?![a-z0-9])")


# "last" and "next" before one of these belong to another expression ("due to expire last
# Thursday, to Nov. 6"): that expression carries its own direction, not the clause's tense.
_TIME_NOUNS = frozenset({*lexicon.MONTHS, *lexicon.WEEKDAYS, *lexicon.UNIT_WORDS, *lexicon.SEASONS,
                         *lexicon.RELATIVE_DAYS, "weekend", "night", "time"})
_MODIFIERS = frozenset({"last", "next"})
_POSSESSIVE = re.compile(r"['\u2019]s$")
# Words that start a noun phrase: after "agreed to" they make it an agreement, not a plan.
_NOUN_PHRASE_STARTS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "his",
                                 "her", "their", "our", "my", "your", "such", "some", "any", "all"})
_DESTINATION_LEADS = frozenset({"to"})
# Words that count a noun, before a form that may be a verb: "another [cut]", "further cuts".
_COUNTED_NOUN_STARTS = frozenset({"another", "further", "one", "no", "first", "second", "third",
                                  "next", "rate", "interest-rate", "more"})
# Words that start a singular noun phrase: its verb would end in "s" ("a committee meets").
_SINGULAR_STARTS = frozenset({"a", "an", "another", "each", "every"})
# Present forms of verbs that name a scheduled event: right before a date, the present tense
# of news copy tells of what is to come ("He and Arafat meet separately [Monday]", "the
# committee votes [Tuesday]"), as a past form tells of what was.
_SCHEDULED_PRESENT = frozenset({
    "meet", "meets", "vote", "votes", "resume", "resumes", "return", "returns", "arrive",
    "arrives", "leave", "leaves", "visit", "visits", "face", "faces", "play", "plays", "host",
    "hosts", "travel", "travels", "convene", "convenes", "start", "starts", "testify",
    "testifies", "rule", "rules", "decide", "decides", "reopen", "reopens", "close", "closes",
    "end", "ends", "launch", "launches", "premiere", "premieres", "kick", "kicks",
    "air", "airs", "debut", "debuts", "screen", "screens", "release", "releases", "hold",
    "holds", "head", "heads", "go", "goes", "run", "runs", "take", "takes", "opens", "begin",
    "begins", "welcome", "welcomes", "entertain", "entertains", "tour", "tours", "race", "races",
    "fight", "fights", "defend", "defends", "contest", "contests", "conclude", "concludes",
    "finish", "finishes", "continue", "continues", "enter", "enters", "come", "comes",
    "become", "becomes", "land", "lands", "wrap", "wraps", "sit", "sits", "reconvene",
    "reconvenes", "increase", "increases", "rise", "rises", "change", "changes", "apply",
    "applies", "celebrate", "celebrates", "peak", "peaks", "hear", "hears", "retire", "retires",
    "step", "steps", "adjourn", "adjourns", "deliver", "delivers", "hand", "hands", "report",
    "reports", "announce", "announces", "speak", "speaks", "expire", "expires", "publish",
    "publishes", "hits", "headline", "headlines", "turn", "turns", "bow", "bows", "perform",
    "performs", "follow", "follows", "falls", "happens", "occurs",
})
_RELATIVE_WORDS = frozenset({"that", "who", "which"})
# Prepositions that open a relative clause before "which" or "whom": "in which", "during which".
_RELATIVE_PREPOSITIONS = frozenset({"in", "during", "at", "after", "by", "on", "from", "under",
                                    "through", "with", "for", "to", "of"})
# Past verbs that report a clause, after which a scheduled event's verb is still one.
_REPORTING_VERBS = frozenset({"said", "told", "announced", "reported", "added", "stated",
                              "confirmed", "warned", "noted", "insisted", "predicted", "revealed"})
# The same, and their present: an aside that reports ("he said,", "officials say,").
_REPORTS = _REPORTING_VERBS | {"says", "say"}
# Words that may stand between such a verb and its date ("meet separately Monday").
_BETWEEN_VERB_AND_DATE = frozenset({"on", "again", "separately", "jointly", "privately", "here",
                                    "there", "later", "earlier", "early", "late", "after", "off",
                                    "through", "effect", "down", "out", "place", "theaters",
                                    "theatres", "cinemas", "shelves", "stores", "sale", "live"})
# Words before such a form that make it no present tense ("did not meet", "never faces", "to
# close": an infinitive), or the form a noun ("after the votes Tuesday", "in visits Monday").
# A marker before it ("will meet", "did meet") is left to read the tense itself.
_NOT_PRESENT = frozenset({"not", "never", "after", "before", "in", "of", "for", "with", "from",
                          "during", "at", "by", "on", "and", "or", "to"})
# Words that mark a plan as an adjective ("the proposed sale in May") and tell of the past as
# a verb ("Ford proposed it in August").
_ADJECTIVE_OR_PAST = frozenset({"proposed"})
# Future words that are nouns after an article or "of": "a glimmer of hope", "its aims".
_HOPE_NOUNS = frozenset({"hope", "hopes", "aims"})
# Verbs after which "open" is a state ("the office was open"), not an opening to come.
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "stays", "stayed",
                       "remains", "remained"})
# Past forms that are also the verb's base form, and the words after which they are the base
# form: "to cut", "will hit", "could set" tell of no past.
_SAME_AS_BASE = frozenset({"cut", "hit", "put", "set", "let", "quit", "read", "spread", "split",
                           "bid", "beat", "shut", "cost", "hurt", "cast", "burst"})
_BEFORE_BASE_FORM = frozenset({"to", "will", "would", "can", "could", "should", "may", "might",
                               "must", "shall", "not", "n't", "does", "do", "did", "cannot",
                               "wo", "ca"})
# Subjects whose present has no "-s", after which such a form may be that present: "if they
# beat", "unless we cut".
_PLURAL_SUBJECTS = frozenset({"they", "we", "you", "i"})
# Modals that with "have" look back: "would have done", "might have met", "may have seen".
_CONDITIONAL = frozenset({"would", "should", "might", "must", "may", "could"})
# How many words of an object may stand between a scheduled event's verb and "on" its day.
_OBJECT_WORDS = 7
# A word of a clock time: "8pm", "7:30", "p.m.", "noon", a zone gloss's "(1900", or a range of
# them ("11pm-7am"); or the first day of a range before its month ("runs 3-[5 March]").
_CLOCK_WORD = re.compile(r"\d{4}|(?:\d{1,2}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?[-\u2013])?"
                         r"(?:\d{1,2}(?:[:.]\d\d)?(?:[ap]\.?m\.?)?|[ap]\.?m\.?|noon|midnight)"
                         r"|\d{1,2}(?:[:.]\d\d|st|nd|rd|th)?[-\u2013]")
# How many words before a date the scheduled-event reading looks at: the verb, an object of up
# to five words, and what comes before the verb ("won the elite men's road race in Zurich on").
_SCHEDULE_WORDS = 10
# Participles that put a date "for" later: "planned for March", "scheduled for Tuesday",
# "rescheduled for Jan. 20".
# A verb that sets a date "for" which an event is, a few words before it: "set sentencing for",
# "scheduled a vote for", "called an election for".
_SET_FOR = re.compile(r"\b(?:set|sets|scheduled|schedules|called|calls|fixed|fixes|slated"
                      r"|booked|books)\s(?:[\w'-]+\s){0,4}for\s+"
                      # "called another meeting for 3 pm on [Sunday]"
                      r"(?:(?:\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?|noon|midnight)\s+on\s+)?$",
                      re.IGNORECASE)
_PLANNED_FOR = frozenset({"planned", "scheduled", "slated", "set", "due", "expected", "targeted",
                          "rescheduled", "postponed", "moved", "delayed", "deferred",
                          "adjourned", "forecast"})


def tense_at(text: str, start: int, end: int) -> Tense:
    """Return the tense of the clause around ``text[start:end]``."""
    return read_tense(text, start, end).tense


def read_tense(text: str, start: int, end: int) -> TenseReading:
    """Read the tense of the clause around ``text[start:end]``, and how sure the reading is.

    The clause is cut at sentence and quotation boundaries; a lead like "by" or "as early as"
    settles it; otherwise the nearest marker does (:func:`nearest_marker`). An aside of a past
    participle is read apart: "The change, approved by the cabinet on Thursday, will come into
    force in July" tells of what was done, whatever the clause around the aside says.
    """
    if _LEVEL_AFTER_DAY.match(text, end) and any(char.isdigit() for char in text[start:end]):
        # "below its Feb. 19 peak": a level reached on a day gone (not "Overnight lows", "brace
        # for the summer peak")
        return TenseReading(Tense.PAST, certain=True)
    reading = _read_clause(text, start, end)
    if not reading.marked and (comma := text.rfind(", with ", max(0, start - _WITH_CHARS),
                                                   start)) >= 0 \
            and not _BOUNDARY.search(text, comma, start) \
            and _present_before_with(text, comma):
        # "The nominations come this week, with the Golden Globes on Sunday": a phrase with
        # no verb of its own is told as the clause before it, a plural's present set ahead
        return TenseReading(Tense.FUTURE, scheduled=True)
    if reading.tense is not Tense.PAST and text.startswith(",", end) \
            and (comma := text.rfind(",", max(0, start - _ASIDE_CHARS), start)) >= 0 \
            and not _BOUNDARY.search(text, comma, start) \
            and not _RELATIVE.match(text, comma) \
            and _past_participle_aside(text[comma + 1:start]):
        return TenseReading(Tense.PAST)
    return reading


def _read_clause(text: str, start: int, end: int) -> TenseReading:
    """The tense of the clause around ``text[start:end]``, as :func:`read_tense` reads it
    before it looks for an aside of a past participle."""
    window_start = max(0, start - _WINDOW)
    window = text[window_start:end + _WINDOW]
    if '"' in window:
        expression = (start - window_start, end - window_start)
        window = _PARTIAL_QUOTE.sub(lambda quoted: _unquoted(quoted, expression), window)
    left = window[:start - window_start]
    right = window[end - window_start:]
    if "with " in left and (absolute := _WITH_PARTICIPLE.search(left)) is not None \
            and absolute.group(1).lower() not in _PLAN_PARTICIPLES:
        # "thin through the end of the year, with local markets closed on [Tuesday]": the
        # participle of a phrase after "with" is no verb; the clause it hangs on tells a time
        # to come, or nothing
        main = nearest_marker(left[:absolute.start()].split(), [])
        return TenseReading(Tense.FUTURE) if main.marked and main.tense is Tense.FUTURE \
            else TenseReading(Tense.PAST, marked=False)
    weekday = _WEEKDAY_FIRST.match(text, start) is not None  # the expression opens with one
    cuts = list(_BOUNDARY.finditer(left))
    if cuts:
        left = left[cuts[-1].end():]
    whole_clause = bool(cuts) or start <= _WINDOW  # left begins where the clause does
    if "\n" in left and not left[left.rindex("\n"):].strip() and _ENTRY_AFTER.match(text, end):
        # "Key dates / Jan. 17 - Earthquake hits Kobe": the entry of a timeline opens its line,
        # whose words are no part of the line before it
        left, whole_clause = "", True
    cut = _BOUNDARY.search(right)
    if cut:
        right = right[:cut.start()]
    if "ed " in right and (aside := _PARTICIPLE_ASIDE.search(right)) is not None:
        right = right[:aside.start()]  # "premieres on Thursday, followed on Friday by ..."
    if left.endswith("ed on ") and (aside := _PARTICIPLE_ASIDE.search(left)) is not None \
            and aside.end() == len(left):
        # "a comedy premieres in competition, followed on [Friday] by a thriller": the
        # participle is no verb, and the day is told as the clause before it
        left = left[:aside.start()] + " on "
    clause_right = right  # before the asides are cut: a date that opens the clause reads them
    in_relative = False
    if "," in left:
        starts = list(_RELATIVE.finditer(left))
        if starts:
            close = left.find(",", starts[-1].end())
            if close >= 0 and _CLOSED_ASIDE_TAIL.fullmatch(left, close):
                # "is expected to travel to Varanasi, where he also won, on [Saturday]": an
                # aside that has closed is another clause's, read apart
                left = left[:starts[-1].start()] + left[close + 1:]
            else:
                left = left[starts[-1].start() + 1:]
                in_relative = True
    if "," in right:
        if in_relative and not _FUTURE_LEAD.search(left, max(0, len(left) - 24)):
            # "Spurs, who won the Europa League in May, are 10th": the comma ends the aside (a
            # term in it, "which were put in place through April 30, will be extended", may
            # still run on)
            right = right[:right.index(",")]
        relative = _RELATIVE.search(right)
        if relative is None and ("ough" in right or "nless" in right or "even" in right
                                 or "whereas" in right or ", as " in right):
            relative = _CONDITION_AFTER.search(right)
            if relative is not None and "," in right[relative.end():]:
                relative = None  # "The concert on Saturday, though sold out, will be broadcast"
        if relative:
            right = right[:relative.start()]
    if " and wh" in right and (joined := _AND_RELATIVE.search(right)) is not None:
        # "anyone who was near the park on Saturday and who may have information": the
        # second relative clause tells of another time
        right = right[:joined.start()]
    if "," in right and (reported := (_REPORTED if "," in right[:4] else _REPORTED_LATER)
                         .match(right)) is not None and may_hold_marker(left):
        # "will unveil it at an event on Sept. 9, the company said Tuesday": the clause that
        # reports it tells of the report, not of the event
        right = right[:reported.start(1)]
    if "til" in right:
        until = _UNTIL.search(right)
        if until:
            # "ran from late January [until mid-February]": what follows tells of the end
            right = right[:until.start()]
    # "by Friday", "until Thursday" look ahead, unless the clause is in the past perfect ("had
    # filed reports by Wednesday", "Until Thursday, they had not called him a suspect")
    lead = _FUTURE_LEAD.search(left, max(0, len(left) - 24))
    if lead is not None and lead.group()[:1] in "bB" \
            and len(near := left[:lead.start()].split()) > 1 and near[-1].lower() in _NEAR_BEFORE:
        # "made a sharp turn shortly before 9 a.m. Wednesday", "will land just before noon
        # Friday": the time of the event told, near the one named, which its verb places (one
        # that opens the clause is read below)
        lead = None
    if lead is None and left[-3:] == "on " and (clock := _CLOCK_ON.search(left)) is not None \
            and (clock_lead := _FUTURE_LEAD.search(left, max(0, clock.start() - 24),
                                                   clock.start())) is not None \
            and not clock_lead.group().lower().startswith(_WEAK_LEADS) \
            and _past_state(left[:clock_lead.start()], right,
                            clock_lead.group().split()[0].lower()):
        # "ran until 8 p.m. on [Tuesday]": a past state's end, which the verb places ("runs
        # until 5pm on Friday" is left to the lead's own future)
        left = left[:clock_lead.start()]
    # the clause after a lead that opens it, past a day's possessive and its noun ("Before
    # Monday's vote, the senator met")
    opened = clause_right
    if lead is not None and not lead.group().lower().startswith("ahead") \
            and (phrase := _FRONTED_PHRASE.match(clause_right)) is not None:
        opened = clause_right[phrase.end():]  # ("Ahead of Sunday's final, ..." looks ahead)
    if lead is not None and whole_clause and len(left[:lead.start()].split()) <= 1 \
            and opened[:1] == "," and may_hold_marker(opened):
        # "Shortly before midnight on Tuesday, the ship sank", "By March, prices will rise":
        # a lead that opens the clause says no more than the verb after it
        fronted = _fronted_verb(opened.split())
        if fronted is not None and fronted.tense is Tense.PAST \
                and lead.group()[:2].lower() == "by" and _MODAL_HAVE.search(opened) \
                and not _BELIEVED.search(opened):
            # "By December, the company may have run out of cash": what will have been done
            return TenseReading(Tense.FUTURE, certain=True, after=True)
        if fronted is not None:
            return fronted
    if lead is not None and _PAST_LEAD.search(left, max(0, len(left) - _PAST_LEAD_CHARS)):
        return TenseReading(Tense.PAST, certain=True)  # "since before Christmas"
    if lead is not None and lead.group().lower().startswith(("until", "till")) \
            and (when := _WHEN_AFTER.match(clause_right)) is not None \
            and may_hold_marker(when.group(1)) \
            and nearest_marker(when.group(1).split(), []).tense is Tense.PAST:
        # "suspended until Saturday, when he came back": the clause after tells of that day
        return TenseReading(Tense.PAST)
    if lead is not None and _weak_lead(lead, left) \
            and _SPEAKING_ASIDE.search(left, 0, lead.start()) is not None \
            and (reported := _REPORTED.match(clause_right)) is not None \
            and not reported.group().lower().endswith(("says", "confirms")):
        # "Bush, speaking in Austin shortly before 10 p.m. Sunday, said": an aside on the
        # report's subject, of the report's time
        return TenseReading(Tense.PAST)
    if lead is not None and lead.group()[:1] in "tT" and _SPAN_BEFORE.search(left, 0, lead.start()):
        lead = None  # "this year through August": the end of a span, which the clause places
    if lead is not None and lead.group()[:2].lower() == "th" \
            and left[:lead.start()].split()[-1:] != [] \
            and left[:lead.start()].split()[-1].lower() in _EXTENDED:
        # "Heat warning extended through Saturday": a new end, later than the one it had
        return TenseReading(Tense.FUTURE)
    if lead is not None:
        if not _PAST_PERFECT.search(left) and not _PAST_PERFECT.search(right[:40]) \
                and not (_weak_lead(lead, left) and _told_as_past(left[:lead.start()])) \
                and not _past_state(left[:lead.start()], right, lead.group().split()[0].lower()) \
                and _DEADLINE_GONE.search(clause_right, 0, _DEADLINE_GONE_CHARS) is None:
            before_lead = left[:lead.start()].split()[-_WILL_BEFORE_LEAD:]
            # "as early as Tuesday", "due by Dec. 31", "will close before Christmas", "ahead of
            # the November election", and the end of a state that holds now, "The rebate runs
            # until Dec. 31", "has extended the rebate until Dec. 31": for certain
            return TenseReading(Tense.FUTURE, certain=left.rstrip()[-2:].lower() == "as"
                or lead.group()[:5].lower() == "ahead"
                or bool(before_lead) and before_lead[-1].lower() in ("due", "expected", "scheduled")
                or nearest_marker(before_lead, []) == TenseReading(Tense.FUTURE, certain=True)
                or lead.group().lower().startswith(("until", "till"))
                and _STATE_NOW.search(left, 0, lead.start()) is not None
                or lead.group().lower().startswith(("by", "until", "till"))
                and _DEADLINE.search(left, max(0, lead.start() - _DEADLINE_CHARS),
                                     lead.start()) is not None)
        left = left[:lead.start()]  # the lead word says nothing about the tense then
    if (past_lead := _PAST_LEAD.search(left, max(0, len(left) - _PAST_LEAD_CHARS))) is not None \
            or "since" in left[-40:].lower() and _SINCE_EVENT.search(left, max(0, len(left) - 40)):
        if past_lead is not None and past_lead.group().lower().startswith("as"):
            # "As of Sept. 30, the company had", "had 500 employees as of Dec. 31": a state
            # then; but "The rules will apply as of March 1", "takes effect as of": a date the
            # clause puts ahead
            ahead = _as_of_ahead(left[:past_lead.start()], right)
            if ahead is not None:
                return ahead
        return TenseReading(Tense.PAST, certain=True)
    if "from" in left[-40:] and _FROM_AMOUNT.search(left, max(0, len(left) - 40)) \
            and not _WILL_IN.search(left):
        # "The yield is 4.12%, down from 4.21% on Monday": the level a change is measured from
        return TenseReading(Tense.PAST, certain=True)
    if _PLAN_TOLD_PAST.search(left, max(0, len(left) - _PLAN_TOLD_PAST_CHARS)) \
            and not _BUT.search(clause_right) and not _WEEKDAY_IN.search(text, start, end):
        # "The bridge was supposed to open in September", "The moratorium had been scheduled
        # to end March 31": a plan told in the past, which may have come and gone or still be
        # ahead; the nearer one (a weekday's is as often the day it fell through: "had been
        # scheduled to die at 10 a.m. Thursday")
        return TenseReading(Tense.PRESENT)
    if _SAID_PLANNED.search(left, max(0, len(left) - _SAID_PLANNED_CHARS)) \
            and not _BUT.search(clause_right):
        # "said he planned to meet regional leaders at a summit in Mexico City on Friday": a
        # plan reported, still to come
        return TenseReading(Tense.FUTURE)
    if _IS_TO.search(left) or ((_WAS_TO.search(left, max(0, len(left) - _WAS_TO_CHARS))
                                or "track" in left
                                and _ON_TRACK.search(left, max(0, len(left) - _ON_TRACK_CHARS))
                                or not weekday and _urged(left)
                                or _urged(left, _ORDERED_TO)
                                and not _CARRIED_OUT.match(clause_right))
                               and not _BUT.search(clause_right)):
        # (but "The match was to be played on Saturday but was postponed": it fell through).
        # "Biden urged voters to turn out in the midterms on Nov. 8": what was urged is to come
        # (a weekday is as often the day of the urging: "asked the public to help on Monday")
        return TenseReading(Tense.FUTURE)
    if "for " in left and _CALLED_FOR.search(left, max(0, len(left) - _CALLED_FOR_CHARS)) \
            or weekday and "declare" in left[-24:] \
            and _DECLARED_DAY.search(left, max(0, len(left) - 24)) \
            and _DAY_OFF_AFTER.match(right):
        # "called on Sunday for fresh demonstrations on Tuesday", "has declared Monday a public
        # holiday": what was called for, or declared, is to come (but "the government declared
        # Christmas a holiday" may tell of one gone)
        return TenseReading(Tense.FUTURE)
    if (" was " in right[:40] or " were " in right[:40]) and _LIKELY_AFTER.match(right) \
            and _REPORTED_SUBJECT_BEFORE.search(left, max(0, len(left) - 60)):
        # "officials said a start in December was more realistic", "said a cut in September
        # was all but certain": what was reported likely is still to come
        return TenseReading(Tense.FUTURE)
    if " is " in left[-24:] or " are " in left[-24:]:
        if _EVENT_IS.search(left, max(0, len(left) - 40)):
            return TenseReading(Tense.FUTURE, certain=True)  # "The general election is Nov. 3"
    elif " w" in left[-20:] and not weekday \
            and _EVENT_WAS_REPORTED.search(left, max(0, len(left) - 80)):
        # "officials said the deadline was Nov. 5" (but "said the vote was on Monday" tells of
        # the Monday gone)
        return TenseReading(Tense.PRESENT)
    if " of " in left and _AHEAD_OF_EVENT.search(left, max(0, len(left) - 60)) \
            and not _PAST_PERFECT.search(left):
        # "edged lower ahead of the jobs report on Friday": the event is still to come
        return TenseReading(Tense.FUTURE)
    if whole_clause and "Closed" in left[:10] and _NOTICE_START.match(left):
        # "Closed Christmas Day and Boxing Day.": a notice, of the nearer ones
        return TenseReading(Tense.PRESENT)
    # A side without any marker word is not walked at all (the check is a superset of markers).
    before = left.split() if may_hold_marker(left) else []
    if "ly " in left:
        before = _without_adverbs(before)
    if before and before[-1] == "later":
        # "picked up Hawaii's caucuses later Tuesday": later on the day, which tells no tense
        before = before[:-1]
    if len(before) >= 3 and before[-1] == "of" and before[-3].lower() == "the" \
            and before[-2].lower() in _PARTS_OF_A_DATE:
        before = before[:-3]  # "extinguished on the morning of Dec. 11": as "on Dec. 11"
    after = right.split() if may_hold_marker(right) else []
    if before and after:
        after = _own_clause(before, after)
        if after and (after[0].lower() in _RELATIVE_WORDS
                      or len(after) > 1 and after[1].lower() in ("which", "whom")
                      and after[0].lower() in _RELATIVE_PREPOSITIONS) and any(
                word_reading(before, verb)[0] is not None
                for verb in range(max(0, len(before) - _OWN_VERB_WORDS), len(before))):
            # "proposed new rules on Tuesday [that would take effect in 2027]", "a call made in
            # the early hours of Jan. 4 [in which a woman can be heard]": another clause's
            after = []
    if before and before[-1].lower() in _DATE_CHOSEN and any(char.isdigit() for char in
                                                             text[start:end]) \
            and before[-2:-1] != [] and before[-2].lower() not in _BE_FORMS:
        # "The commission has proposed Sept. 16 for the first debate": the date is what was
        # chosen, a plan (but "proposed on Sept. 16" is the day of the proposal, and "was
        # picked Nov. 10" the day of the choice)
        return TenseReading(Tense.FUTURE)
    if left[-1:] == " " and _PLAN_ASIDE.search(left, max(0, len(left) - 40)) is not None \
            and (verb := _VERB_AFTER_ASIDE.match(text, end)) is not None \
            and word_reading([verb.group(1)], 0)[0] is Tense.PAST:
        # "The talks, scheduled to end Nov. 21, finished a day late", "The vote, originally set
        # for Tuesday, was held on Thursday": the plan, in an aside, of a subject whose verb
        # tells the past was for a day gone (of one called off, "The summit, scheduled for
        # Friday, was cancelled", the nearer day); a report says nothing of it: "organizers of
        # the London Marathon, scheduled for Sunday, said they were reviewing" (still to come)
        if verb.group(1) in _REPORTS:
            return TenseReading(Tense.FUTURE)
        return TenseReading(Tense.PRESENT if _CALLED_OFF.search(clause_right) else Tense.PAST)
    if "ccording to " in left and (source := _ACCORDING_TO.search(left)) is not None \
            and not may_hold_marker(source.group(1)):
        # "Prices will rise, according to a report on Wednesday": the source's day, gone
        return TenseReading(Tense.PAST)
    if not weekday and "into " in left[-10:] \
            and _EXTENDED_INTO.search(left, max(0, len(left) - 60)):
        # "has been extended into the spring", "another extension into the summer": a new end,
        # later than the one it had
        return TenseReading(Tense.FUTURE)
    if left.endswith(("retroactive to ", "retroactively to ", "backdated to ")):
        return TenseReading(Tense.PAST)  # "would be retroactive to Jan. 1": a day gone
    if len(before) > 1 and before[-1].lower() == "due" \
            and (be := before[-2].lower().strip(_PUNCTUATION)) in _DUE_BE:
        # "Returns are due Oct. 15": a deadline to come; "the payment was due Monday": one gone
        return TenseReading(Tense.PAST) if be in ("was", "were") \
            else TenseReading(Tense.FUTURE, scheduled=True)
    set_for_match = _SET_FOR.search(left) is not None
    set_for = set_for_match and any(char.isdigit() for char in text[start:end])
    if len(before) > 1 and (before[-1].lower() == "for"
                            and before[-2].lower().strip(_PUNCTUATION) not in _FIGURES_FOR
                            or before[-1].lower() == "on" and set_for_match) \
            and (weekday or set_for) \
            and not POSSESSIVE_AFTER.match(text, end) and not _PAST_PERFECT.search(left) \
            and not any(word_reading(after, verb)[0] is Tense.PAST
                        for verb in range(len(after[:2]))):
        # "called a strike for Thursday", "set a hearing for Monday", "The judge set sentencing
        # for Feb. 10", "called a meeting for 3 pm on Sunday": the day it is set for (but "the
        # service planned for Saturday was canceled" tells of it after, and of talks "scheduled
        # for June 15 in Muscat, was cancelled" the nearer June 15)
        if _DAY_GONE.match(clause_right):
            return TenseReading(Tense.PAST)
        if _CALLED_OFF.search(clause_right):
            return TenseReading(Tense.PRESENT)
        return TenseReading(Tense.FUTURE, certain=set_for)
    if weekday and left[-3:] == "on " \
            and (arranged := _HAS_ARRANGED_ON.search(left, max(0, len(left) - 120))) is not None \
            and not _past_form_in(arranged.group("object").split()):
        # "has called a meeting of 30 departments on Tuesday morning", "has added a make-up
        # show on Thursday": the day of the event arranged, which is to come
        return TenseReading(Tense.FUTURE)
    if weekday and "had " in left and _HAD_FORECAST.search(left, max(0, len(left) - 160)):
        # "AAA had projected that 54.6 million people would travel between Tuesday and Monday":
        # a forecast told in the past perfect, of days that may be gone or to come
        return TenseReading(Tense.PRESENT, nearer=True)
    if left[-3:] in ("in ", "on ", "by ") and _LIKELY_THEN.search(left, max(0, len(left) - 40)):
        # "warned that another spell of hot weather was possible in August": a guess told in
        # the past, of a time that may be gone or to come
        return TenseReading(Tense.PRESENT, nearer=True)
    if weekday and _WARNED_FOR.search(left, max(0, len(left) - _WARNED_FOR_CHARS)) \
            and not _PAST_PERFECT.search(left) \
            and (told := nearest_marker(left.split(), [])).marked and told.tense is Tense.PAST:
        # "The Met Office has issued a yellow warning for snow from 6pm on Wednesday": the days a
        # warning told in the past is for, the nearer ones (issued lately, for days to come or
        # just gone: "were blamed, with the Met Office issuing warnings from 06:00 on Thursday")
        return TenseReading(Tense.PRESENT, nearer=True)
    if left[-3:] == "on " and (_CALLED_FOR_EVENT.search(left, max(0, len(left) - 90))
                               or _INVITED_TO.search(left, max(0, len(left) - 110))):
        # "has called for calm and for a peaceful march on Sunday afternoon", "invited leaders to
        # the White House on Friday": the day of the event called for or invited to, ahead of
        # the call; the nearer one (the call may be days old)
        return TenseReading(Tense.PRESENT, nearer=True)
    if len(before) > 1 and before[-1].lower() == "for" \
            and before[-2].lower().strip(_PUNCTUATION) in _PLANNED_FOR:
        if _HAD_BEEN_FOR.search(left, max(0, len(left) - 60)):
            # "a speech that had been scheduled for Friday": a plan that may have been for a
            # day gone as well as one to come, the nearer one (a weekday's too)
            return TenseReading(Tense.PRESENT, nearer=True)
        if not _PAST_PERFECT.search(left) or _CALLED_OFF_BEFORE.search(left):
            # "the accession was planned for early March": the plan's date is ahead (but of
            # one called off, "talks scheduled for June 15 were cancelled", "had postponed the
            # exams scheduled for May 10", the nearer date)
            return TenseReading(Tense.PRESENT if _CALLED_OFF.search(clause_right)
                                or _CALLED_OFF_BEFORE.search(left) else Tense.FUTURE)
    if "from " in left[-6:] \
            and (change := _CHANGE_FROM.search(left, max(0, len(left) - 60))) is not None \
            and not _MODAL_BEFORE.search(left, max(0, change.start() - 12), change.start()):
        # "The state pension rises to £241.30 a week from April", "The cap falls by 7% from
        # July": a change that runs from a date, which the present puts ahead
        return TenseReading(Tense.FUTURE)
    if left[-3:] in ("on ", "to ") and _HEARING_SET.search(left, max(0, len(left) - 80)) \
            or right[:4] in (" as ", ", as") and _NEXT_HEARING_AFTER.match(right):
        # "The court posted the matter for hearing on July 12", "fixed February 23 as the next
        # date of hearing": the day a court set to hear it
        return TenseReading(Tense.FUTURE)
    if " to " in left and (hope := _HOPED_TO.search(left, max(0, len(left) - 60))) is not None \
            and not _past_form_in(left[hope.end():].split()):
        # "said it planned to consult on the changes in July", "hoped to complete the review in
        # October": a plan reported, whose day is ahead unless far nearer gone (of a plan that
        # fell through, "planned to launch it in January but delayed it", the nearer day)
        return TenseReading(Tense.PRESENT if _BUT.search(clause_right) else Tense.FUTURE)
    if weekday and text.startswith(("'s ", "\u2019s "), end) \
            and DAYS_EVENT_STARTS.match(text, end):
        # "Saturday's 57-lap race starts at 6 p.m.", "at Tuesday's meeting, which begins at
        # 6:30 p.m.": the day of an event set to start, which is to come
        return TenseReading(Tense.FUTURE)
    if after and POSSESSIVE_AFTER.match(text, end) and (opener := left.split()[-1:]) \
            and (opening := opener[0].lower().strip(_PUNCTUATION)) in _SUBJECT_DAY_OPENERS:
        # "analysts said Tuesday's meeting would be live", "If Friday's number comes in below
        # 50,000": the day's possessive opens a clause of its own, whose verb comes after it
        clause = after
        for index, word in enumerate(after):
            if word.endswith(","):
                clause = after[:index + 1]  # "If Friday's number comes in low, ..., he said"
                break
        own = nearest_marker([], clause)
        if _ANY_GUIDE.search(" ".join(clause)):
            return TenseReading(Tense.PAST)  # "If Tuesday's sell-off is any guide": gone
        if opening == "if" and not (own.marked and own.tense is Tense.PAST):
            return TenseReading(Tense.FUTURE, after=True)
        if own.marked:
            return own
    if after and (modal := _SUBJECT_MODAL_AFTER.match(text, end)) is not None \
            and (modal.group(1) is None or not weekday and not (
                ("quarter" in text[start:end] or "half" in text[start:end])
                and _REVISED_AFTER.match(text, modal.end()))) \
            and (opener := left.split()[-1:]) \
            and opener[0].lower().strip(_PUNCTUATION) in _REPORTS:
        # "Forecasters said the weekend would be blustery", "said July rainfall would be above
        # normal": the expression is the subject of the clause reported, whose modal looks
        # ahead (but in "said Tuesday sales would rise" Tuesday is the report's day, a
        # quarter's "output would be revised" was reported, and "would have", "would never"
        # look back)
        return TenseReading(Tense.FUTURE, after=True)
    if " and " in left and (joined := _AND_SCHEDULED.search(left)) is not None \
            and not may_hold_marker(joined.group(1)) \
            and nearest_marker(left[:joined.start()].split(), []).tense is not Tense.FUTURE:
        # "Nominations opened May 1 and close at 2 p.m. on Aug. 21": the verb after "and" is
        # this clause's own, a present set for the day (but in "will open on October 21 and
        # close on October 23" the "will" governs both)
        return TenseReading(Tense.FUTURE, scheduled=True)
    if lead is not None and lead.group().split()[0].lower() in ("by", "before", "until", "till") \
            and 2 <= len(noun := _after_clause_opening(before)) <= 3 \
            and any(word.lower().endswith("ed") for word in noun[1:]) \
            and not any(word.lower() in _BE_FORMS or word.lower() in _HAVE_OR_HOLD
                        or word.lower() in _RELATIVE_WORDS for word in noun) \
            and (after and (own := nearest_marker([], after)).marked
                 and own.tense is Tense.FUTURE
                 or _JOINED_PARTICIPLE_THEN_FUTURE.match(text, end) is not None
                 or _STANDING_AFTER.match(text, end) is not None):
        # "Checks postmarked by Dec. 31 will count", "Donations received by Dec. 20 will be
        # matched": a participle after its noun, and the clause's verb after the date; the
        # deadline is the nearer one ("ballots postmarked by Election Day will be counted",
        # said the day after it, and "... by Election Day and received within 10 days will
        # be counted")
        return TenseReading(Tense.PRESENT)
    if before and (_is_past_form(before) or _past_form_and_preposition(before)) \
            and not (lead is not None and _DEADLINE_NOUN_AFTER.match(text, end)) \
            and not _reported_subject(before, after):
        # a past form right before the date is its verb, whatever follows: "the fiscal year
        # ended Jan. 31", "met Tuesday and will meet again", "reopened in June", "took
        # effect in January"
        return TenseReading(Tense.PAST, certain=True)
    if weekday and (when := _WHEN_AFTER.match(clause_right)) is not None \
            and _past_verb_opens(when.group(1).split()):
        # "follows a contentious session on Tuesday night, when the nominee struggled": the
        # clause after tells what happened that day
        return TenseReading(Tense.PAST)
    # the words after the expression, up to a comma: a verb there is the clause's ("The jobs
    # report on Friday showed"), and the present before it part of its subject
    following = _words_after(right)
    if not any(word_reading(following, index)[0] is not None
               for index in range(len(following))) and not _caption(text, start, end):
        words = left.split()
        scheduled = words[-_SCHEDULE_WORDS:]
        if (_scheduled_event(scheduled, day=scheduled[-1:] == ["from"] and (
                weekday or any(char.isdigit() for char in text[start:end])), weekday=weekday)
                and not _past_form_before(words, len(words)) and not _came_after(words)
                or _present_event(words, following) and not _headline(text, end)):
            return TenseReading(Tense.FUTURE, scheduled=True)
    if ("ect " in left[-12:] or "rce " in left[-12:] or " in " in left[-8:]) \
            and (effect := _TAKES_EFFECT.search(left, max(0, len(left) - 40))) is not None \
            and not _MODAL_BEFORE.search(left, max(0, effect.start() - 12), effect.start()) \
            and not (effect.group(1) and _WAS_BEFORE_TO.search(left, max(0, effect.start() - 40),
                                                              effect.start())):
        # "approved rules that take effect in November", "with duties to kick in in December":
        # what comes into force is to come (but "a ceasefire that was to take effect on April
        # 12" tells of a plan then, and "took effect" of a past)
        return TenseReading(Tense.FUTURE)
    if _put_off_to(before or left.split()[-_PUT_OFF_WORDS:]):
        # "was extended to Oct. 31", "pushed back to Tuesday": a new date, later than the one
        # it replaces and, in news, than the story
        return TenseReading(Tense.FUTURE)
    if whole_clause and _opens_clause(left) and (
            clause_right[:1] == "," or _SUBJECT_AFTER.match(clause_right)) \
            and (may_hold_marker(clause_right) or _WORD_IN_S.search(clause_right)):
        fronted = _fronted_verb(clause_right.split())
        if fronted is not None:
            return fronted
    if whole_clause and weekday and _MARKS_AFTER.match(clause_right) \
            and (not left.strip() or left.strip().lower() in _WHERE_OR_WHEN):
        # "Thursday marks the 80th anniversary of D-Day", "Friday is the deadline", "France,
        # where Friday is a holiday": the day, as the subject of a present verb, is the one
        # to come
        return TenseReading(Tense.FUTURE)
    if whole_clause and len(left.split()) <= 1 and _noun_and_present_after(clause_right):
        # "The [autumn] term starts next month", "The [winter] timetable takes effect on 14
        # December": the expression names the subject of a present verb set for a day
        return TenseReading(Tense.FUTURE)
    if whole_clause and (first := clause_right.split(None, 1)[:1]) \
            and first[0] in _START_VERBS and _EVENT_ON.fullmatch(left):
        # "The race on Sunday starts at 2 p.m.", "The game on Saturday kicks off at noon": the
        # subject's day, set for a start
        return TenseReading(Tense.FUTURE)
    if weekday and before and _forecast_object(before):
        # "The Bureau of Meteorology forecast highs of 41C on Tuesday", "Forecasters on Saturday
        # predicted overcast skies for much of the Northeast on Monday": what is forecast is to
        # come
        return TenseReading(Tense.FUTURE)
    reading = nearest_marker(before, after)
    if reading.certain and before and before[-1].lower() in _DESTINATION_LEADS:
        # "was extended to Nov. 16", "postponed until": the new date is a destination, which
        # the verb's tense does not place
        return TenseReading(reading.tense)
    if not reading.marked and whole_clause and _headline_infinitive(left):
        # no other marker, and an infinitive right after the clause's subject: a headline's
        # future ("Storm to hit coast on Wednesday", "Apple to unveil new iPhone on Tuesday")
        return TenseReading(Tense.FUTURE, marked=True)
    if not reading.marked and weekday and left[-5:].lower() == "from " \
            and not _RANGE_END_AFTER.match(clause_right) \
            and left[:-5].split()[-1:] != [] \
            and left[:-5].split()[-1].lower() not in _RECORD_NOUNS:
        # "Rolling blackouts from Monday", "Travellers need an ETA from Wednesday": with no
        # verb to say otherwise, a start to come (not "from Monday to Wednesday", "from
        # Wednesday evening into Thursday", nor a record of the day: "Highlights from Saturday")
        return TenseReading(Tense.FUTURE)
    if reading.after and reading.marked and reading.tense is Tense.PAST and whole_clause \
            and (left.strip().lower() in ("", "on")
                 or left.rstrip().lower().endswith(", on") and left.count(",") == 1
                 and not any(word_reading(before, index)[0] for index in range(len(before)))):
        # "On January 20 a returning president signed ...", "In the first free election, on
        # March 18, the allies won": the verb after a date that opens its clause, or a phrase
        # with no verb before it, is that clause's own, not a report's
        return TenseReading(reading.tense, certain=reading.certain)
    if reading.tense is Tense.PAST and not reading.certain and left[-3:] in ("on ", "in ") \
            and _RECORD_DAY_BEFORE.search(left, max(0, len(left) - 50)) is not None:
        # "had its hottest day on record on 7 January": a record set, in the past for sure
        return TenseReading(Tense.PAST, certain=True)
    if reading.tense is Tense.PRESENT and left[-3:] == "on " \
            and (event := _AFTER_EVENT_ON.search(left, max(0, len(left) - 50))) is not None \
            and not ((event.group(1) or "").lower() == "the"
                     and event.group(2).lower() in _SCHEDULED_NOUNS):
        # "Roads remain closed after a landslide on Sunday": a state now, after what happened
        # (but "The shop is open after the parade on Saturday", an event the reader knows of,
        # tells of a day's plan; "is a mess after a game on Sunday" does not)
        return TenseReading(Tense.PAST)
    if reading.tense is Tense.PAST and reading.after and _STILL_AHEAD_AFTER.search(clause_right):
        # "its events, including the parade on Aug. 31, were still on schedule": what is still
        # on schedule has not taken place
        return TenseReading(Tense.FUTURE)
    return reading


# What says after a date that its event is still to come, told in the past of a report.
_STILL_AHEAD_AFTER = re.compile(r"\b(?:is|are|was|were)\sstill\s(?:on\s(?:schedule|track)\b"
                                r"|going\sahead\b|(?:planned|scheduled|set)\sto\s)",
                                re.IGNORECASE)
# What follows the date of a timeline's entry: "Jan. 17 - Earthquake hits Kobe".
_ENTRY_AFTER = re.compile(r"[ \t]*[-\u2013\u2014:][ \t]")
# A record day, week or month named before its date: "its hottest day on record on".
_RECORD_DAY_BEFORE = re.compile(r"\b[a-z]+est\s(?:day|night|week|month)\s(?:on\srecord\s|ever\s)?"
                                r"(?:on|in)\s$", re.IGNORECASE)
# An event after which a state holds, named before its day: "after a landslide on" (but "a week
# after A-level results on 13 August" counts to a date).
_AFTER_EVENT_ON = re.compile(r"(?<!days\s)(?<!weeks\s)(?<!week\s)(?<!months\s)(?<!day\s)"
                             r"\b(?:after|following)\s(?:(a|an|the|its|their|his|her)\s)?"
                             r"(?:[\w'-]+\s){0,2}([\w'-]+)\son\s$", re.IGNORECASE)
# Events set for a day, which a present state after them looks ahead to.
_SCHEDULED_NOUNS = frozenset({
    "parade", "ceremony", "draw", "game", "match", "wedding", "changes", "concert", "festival",
    "meeting", "vote", "service", "show", "race", "final", "event", "launch", "opening",
    "premiere", "conference", "summit", "hearing", "debate", "rally", "auction", "reception",
    "celebration", "performance", "screening", "dinner", "lunch", "session", "briefing"})


# What records a day, before "from" it: "Photos from Sunday", "Results from Saturday".
_RECORD_NOUNS = frozenset({"figures", "data", "photos", "pictures", "images", "video", "videos",
                           "footage", "highlights", "results", "scores", "scenes", "reports",
                           "updates", "numbers", "clips", "recap", "notes", "takeaways"})
# A present set for a day, after "and" and a verb of the past: "opened May 1 and [close] at
# 2 p.m. on", "began Monday and [ends] on".
_AND_SCHEDULED = re.compile(r"\sand\s(?:" + "|".join(sorted(_SCHEDULED_PRESENT))
                            + r")(\s[^;,]*)$")
# The end of a range after its start: "from Monday [to Wednesday]".
_RANGE_END_AFTER = re.compile(r",?\s*(?:to|until|till|through|thru|into|and|-|\u2013)(?:\s|$)",
                              re.IGNORECASE)
# "was", "were", "did" in the clause, not in the passive: a lead like "until" tells of a past
# state's end ("He was a regular at the pub until March", "By March he was too ill to work").
# A passive may set a term that has not run out ("restrictions, which were put in place through
# April 30"), as a verb may put a date off ("was extended until March").
_PAST_STATE = re.compile(r"\b(?:was|were|did|didn't)\s+(?:(?:not|still|also|never)\s+)?([\w']+)",
                         re.IGNORECASE)


def _came_after(words: list[str]) -> bool:
    """Say whether the words before an event's day put it after "after", behind a past form:
    "The resignation came less than 24 hours after a chaotic Commons vote on fracking on
    [Wednesday night]" tells of a vote gone."""
    lowered = [word.lower() for word in words[-_AFTER_EVENT_REACH:]]
    if "after" not in lowered:
        return False
    after = len(words) - 1 - lowered[::-1].index("after")  # the last "after"
    # (not "after the holiday ends on Saturday": a clause of its own, whose verb tells)
    return not any(_verb_in_s(word) for word in words[after + 1:]) \
        and _past_form_in(words[max(0, after - _AFTER_EVENT_REACH):after])


# How many words before an event's day "after" may stand, and a past form before it.
_AFTER_EVENT_REACH = 8


def _past_form_in(words: list[str]) -> bool:
    """Say whether any of ``words`` is a past form."""
    return any(word_reading(words, index)[0] is Tense.PAST for index in range(len(words)))


def _urged(left: str, urging: re.Pattern[str] = _URGED_TO) -> bool:
    """Say whether ``left`` ends in what was urged (or ordered: ``urging``), with no past form
    after its verb: "urged voters to turn out in the midterm elections on" (but "called on
    Russia to honour the deal signed in" tells of the signing, and a phrase of "with" after it
    is none of what was urged: "urged customers to use water wisely, with levels falling after
    the driest first half of the year")."""
    found = list(urging.finditer(left))
    if not found:
        return False
    urged = left[found[-1].end():]
    return ", with " not in urged and not _past_form_in(urged.split())


def _past_participle_aside(aside: str) -> bool:
    """Say whether the words between a comma and an expression are an aside built on a past
    participle: "approved by the cabinet on", "the new system unveiled at its conference in"
    (not "postponed to", "pencilled in for", "expected on", and no modal or lead in it)."""
    words = aside.split()
    if not words or len(words) > _ASIDE_WORDS \
            or words[-1].lower() in ("to", "until", "by", "for") \
            or _WILL_IN.search(aside) or _FUTURE_LEAD.search(aside):
        return False
    readings = [word_reading(words, index)[0] for index in range(len(words))]
    if Tense.FUTURE in readings or Tense.PRESENT in readings:
        return False
    return any(reading is Tense.PAST and words[index].lower().endswith("ed")
               or words[index].lower() in _IRREGULAR_PAST
               for index, reading in enumerate(readings)) \
        and _PUT_OFF.isdisjoint(word.lower() for word in words) \
        and _PLANS.isdisjoint(word.lower() for word in words)


# The most words an aside of a participle may have before its expression, and how far back
# (characters) its comma is looked for.
_ASIDE_WORDS = 12
_ASIDE_CHARS = 100


def _done_by(words: list[str]) -> bool:
    """Say whether the clause before "by" tells what was done by then: "Crews restored power to
    most homes by", "pressure was restored by", "helped restore some capacity by" (not "shipped
    by", which may be a participle, nor "asked the state to reply by", "said it would fix all
    cars by", "We've penciled in a rebound by": times to come)."""
    lowered = [word.lower().strip(_PUNCTUATION) for word in words]
    if not _BY_BARRIERS.isdisjoint(lowered):
        return False
    for index in range(len(words) - 1, max(-1, len(words) - _DONE_BY_WORDS), -1):
        tense, _ = word_reading(words, index)
        if tense is None:
            continue
        word = lowered[index]
        if tense is not Tense.PAST or word in _ASKED or word in _REPORTS or word in _PUT_OFF \
                or word in _PLANS or word in _SAME_AS_BASE or word in _TERM_SET \
                or index and lowered[index - 1].endswith(_CONTRACTED):
            return False
        if index and lowered[index - 1] in ("was", "were"):
            return word.endswith("ed") or word in _IRREGULAR_PAST  # "was restored by"
        return index < len(words) - 1 and _is_past_form(words[:index + 1])
    return False


# Verbs of the past that ask for, or look to, what a "by" after them sets: "demanded an answer
# by Friday", "hoped to have a cabinet by Tuesday".
_ASKED = frozenset({"asked", "demanded", "wanted", "hoped", "required", "urged", "called",
                    "ordered", "sought", "requested", "needed", "aimed", "targeted", "priced",
                    "gave", "told", "set", "expected", "planned", "pledged", "promised", "vowed",
                    "intended", "threatened", "offered", "proposed", "invited", "allowed"})
# Words in a clause before "by" that put the time it sets ahead, or its past form into another
# clause: a modal, a relative ("Firms that refuse to provide audited accounts by").
_BY_BARRIERS = frozenset({"will", "would", "shall", "should", "must", "could", "can", "may",
                          "might", "that", "which", "who", "how", "what", "for", "if", "unless",
                          "supposed"})
# A subject with "have" or "had" written onto it: "We've penciled in a rebound by the spring".
_CONTRACTED = ("'ve", "\u2019ve", "'d", "\u2019d")
# How many words before "by" its verb is looked for in.
_DONE_BY_WORDS = 9


def _past_state(left: str, right: str, lead: str) -> bool:
    """Say whether the clause around a lead ("until", "by") is a past state."""
    right = right[:60]
    if lead == "by" and _done_by(left.split()):
        return True
    # an active past form before "until": "He remained in hospital until Friday", "She served
    # as chief executive until March" ("before", "through" have their own test; "by" has
    # _done_by)
    words = left.split() if lead in ("until", "till") else []
    for index in range(len(words) - 1, max(-1, len(words) - 6), -1):
        tense, _ = word_reading(words, index)
        if tense is not None:
            word = words[index].lower().strip(_PUNCTUATION)
            if index and words[index - 1].lower() in _LINKING_VERBS:
                continue  # "remained jailed until", "will remain closed until": the linking verb's
            if tense is Tense.PAST and word not in _REPORTS and word not in _PUT_OFF \
                    and word not in _PLANS and word not in _SAME_AS_BASE \
                    and word not in _TERM_SET and _is_past_form(words[:index + 1]):
                return True
            break
    found = _PAST_STATE.search(left) or _PAST_STATE.search(right)
    if found is None:
        return False
    following = found.group(1).lower()
    if following == "due":
        return True  # "Filings were due by Dec. 31": a deadline of the past
    if following in _IRREGULAR_PAST or following.endswith("ed") or following == "put":
        return False
    words = (left + " " + right).lower().split()
    return _PUT_OFF.isdisjoint(words) and _PLANS.isdisjoint(words)


# A level a market reached on a day, named right after the day: "its Feb. 19 peak", "the Jan. 27
# record close".
_LEVEL_AFTER_DAY = re.compile(r"\s(?:record\s|all-time\s)?(?:peak|high|low|close|closing\s(?:high"
                              r"|low|level)|bottom|trough)s?\b(?!\s(?:to|of|in|on|at)\b)",
                              re.IGNORECASE)
# A weekday that opens an expression; a possessive after one.
_WEEKDAY_FIRST = re.compile(r"(?:" + "|".join(lexicon.WEEKDAYS) + r")\b", re.IGNORECASE)
_WEEKDAY_IN = re.compile(r"\b(?:" + "|".join(lexicon.WEEKDAYS) + r")\b", re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")
# A phrase of "with", a noun and a participle before a date: "with local markets closed on",
# "with the overall prize announced on", "with offices closing at"; and the participles of a
# plan, which look ahead as they do elsewhere ("with elections scheduled for").
_WITH_PARTICIPLE = re.compile(
    r"\bwith\s(?!effect\b)(?:[\w'\u2019-]+\s){1,4}?([a-z]+ed|shut|held|closing|shutting)\s"
    r"(?:on|in|at|until|through|from|for)\s$")
_PLAN_PARTICIPLES = frozenset({"scheduled", "planned", "expected", "slated", "proposed",
                               "timed", "pencilled", "penciled", "earmarked", "tipped"})
# A participle that opens an aside after a comma: ", followed on [Friday] by", ", preceded by".
_PARTICIPLE_ASIDE = re.compile(r",\s(?:followed|preceded)\s(?:on|by|in)\s")
# A day's event and the present of its start after the day: "'s 57-lap race starts", "'s final
# practice session begins", "'s meeting, which begins" (not "starts to", "opens the door", nor
# after a past form: "'s data showed housing starts").
DAYS_EVENT_STARTS = re.compile(
    r"['\u2019]s\s(?:(?![\w-]*ed\s)[\w'\u2019-]+\s){0,7}?(?![\w-]*ed\W)[\w-]+"
    r"(?:\s|,\s(?:which|that)\s)(?<!housing\s)"
    r"(?:starts|begins|kicks\soff|tips\soff|gets\sunder\sway|opens|resumes|commences|ends"
    r"|concludes|wraps\sup)\b"
    r"(?!\s(?:to|up|the\s(?:door|way))\b)")
# A modal right after an expression, or after one noun that the expression modifies.
_SUBJECT_MODAL_AFTER = re.compile(
    r"(\s(?!(?:it|he|she|they|we|i|you|that|this|there|the|a|an|its|his|her|their|our)\b)"
    r"[a-z]+)?\s(would|will|could|should|might)\s(?!(?:have|never)\b)")
# What is done to figures already out, after a modal: "first-quarter output would be revised".
_REVISED_AFTER = re.compile(r"be\s(?:revised|restated|adjusted|corrected|reported|released"
                            r"|published)\b")
# What says an "If" clause looks back at an example: "If Tuesday's sell-off is any guide".
_ANY_GUIDE = re.compile(r"\b(?:any\s(?:guide|indication)|anything\sto\sgo\sby)\b",
                        re.IGNORECASE)
# Words after which a day's possessive opens a clause: "said [Tuesday]'s meeting would",
# "If [Friday]'s number comes in".
_SUBJECT_DAY_OPENERS = _REPORTS | {"that", "if", "whether", "unless"}
# A day's possessive and the noun it names, up to the comma of a phrase that opens a clause.
_FRONTED_PHRASE = re.compile(r"['\u2019]s(?:\s[\w-]+){1,3}(?=,)")
# The subject of a clause that a date opens without a comma: "In February he died at home",
# "On Monday the Sensex fell".
_SUBJECT_AFTER = re.compile(r"\s+(?:he|she|it|they|we|i|the|his|her|their|its)\s", re.IGNORECASE)


# Periods that a present "runs from" may describe as they always run.
_PERIOD_NOUNS = frozenset({"year", "season", "term", "quarter", "semester", "period", "month"})
# An event "ahead of" which something happens, and its day: "ahead of the jobs report on".
_AHEAD_OF_EVENT = re.compile(r"\b(?:ahead|in\sadvance)\sof\s+(?:[\w'\u2019+-]+\s+){1,7}on\s+$",
                             re.IGNORECASE)
# A notice's first word: "Closed Christmas Day and Boxing Day", "Closed on Mondays".
_NOTICE_START = re.compile(r"\s*Closed\s")


# A headline's subject and "to" and a word that may be a verb (not an article, a pronoun or,
# in mixed case, a name), at the start of the clause: "Storm to hit", "Apple to unveil", "US
# Fed to raise"; in running text "to" comes after a verb ("returns to action").
_HEADLINE_TO = re.compile(r"\s*(?:\S+\s+){1,5}?(?:to|TO|To)\s+([A-Za-z]+)\b")
_NOT_VERB_AFTER_TO = _NOUN_PHRASE_STARTS | {"him", "them", "us", "me", "you", "it", "be", "date"}


def _headline_infinitive(left: str) -> bool:
    """Say whether the clause before an expression opens with a subject and an infinitive."""
    found = _HEADLINE_TO.match(left)
    if found is None:
        return False
    subject = left[:found.start(1)].split()[:-1]
    word = found.group(1)
    if word.lower() in _NOT_VERB_AFTER_TO or word[0].isupper() and not left.isupper() \
            and not (word.lower() in _HEADLINE_VERBS and _title_case(left)):
        # (a capital after "to" is a name, "Flights to Paris", unless a title-case headline
        # capitalizes its verb: "Deliberations to Resume Tuesday")
        return False
    # the subject is a noun phrase: no word of it marks a tense, and its last is no verb
    # ("returns to action"; but "French air traffic controllers' strike to hit")
    return all(_token_reading(part)[1] is None for part in subject) \
        and not (subject and subject[-1].lower() in _SCHEDULED_PRESENT)


# Verbs a title-case headline's infinitive may capitalize ("Cabinet to Weigh Cease-Fire on
# Tuesday"): those of scheduled events, and a few of decisions.
_HEADLINE_VERBS = _SCHEDULED_PRESENT | frozenset({
    "weigh", "stage", "unveil", "announce", "sign", "seek", "consider", "review", "hear", "cut",
    "raise", "join", "rise", "fall", "hit", "name", "pick", "choose", "elect", "sentence"})


def _title_case(left: str) -> bool:
    """Say whether the words of a clause, but its small ones, begin with a capital, as a
    headline's do, and two of them at least are not small."""
    words = title_case_words(left)
    return words is not None \
        and sum(word.lower() not in lexicon.TITLE_SMALL_WORDS for word in words) >= 2


def title_case_words(text: str) -> list[str] | None:
    """The words of ``text`` that begin with a letter, when each of them but the small words of
    title case begins with a capital ("Deliberations to Resume Tuesday"); None otherwise."""
    words = [word for word in text.split() if word[:1].isalpha()]
    if all(word[0].isupper() or word.lower() in lexicon.TITLE_SMALL_WORDS for word in words):
        return words
    return None


# Verbs that put a date off: "extended to", "postponed to", "pushed back to".
_PUT_OFF = frozenset({"extended", "postponed", "delayed", "deferred", "rescheduled", "adjourned",
                      "prorogued", "moved", "pushed", "bumped", "continued", "extends",
                      "postpones", "delays", "defers", "reschedules", "moves", "pushes"})
# Participles of a state that lasts until a day, before "until": "Pool closed until further
# notice", "flights grounded until Friday" (the state runs on, the day is ahead).
_STATES_UNTIL = frozenset({"closed", "shut", "suspended", "banned", "halted", "grounded",
                           "stopped", "cancelled", "canceled", "frozen", "paused"})
# Past forms before "until" that still look ahead: a date put off, planned, or a state's end.
_ENDS_FORWARD = _PUT_OFF | _PLANS | _STATES_UNTIL
_PUT_BACK = frozenset({"pushed", "put", "moved", "brought", "pushes", "puts", "moves", "brings"})


# A rule or a charge coming into force, in the present, just before the date: "takes effect
# on", "come into force in", "kicking in from"; group 1: "to" before it.
_TAKES_EFFECT = re.compile(
    r"(\bto\s)?\b(?:(?:takes?|taking|comes?|coming|goes|go|going)\s(?:effect|into\s(?:force"
    r"|effect))|kick(?:s|ing)?\sin)\s(?:on|in|from|at)?\s?$", re.IGNORECASE)
# A present verb after a weekday that opens its clause: "Thursday [marks] the anniversary".
_MARKS_AFTER = re.compile(r"\s(?:marks|is|sees|brings)\s")
# A state that holds now, before "until": "runs", "remains open", "has extended the rebate"
# (not in a relative clause, which may tell of the past: "a stopgap in January that runs").
_STATE_NOW = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:runs|remains|stays|lasts|continues"
                        r"|is|are|has\s\w+ed|have\s\w+ed|has\sbeen|have\sbeen)\s"
                        r"(?:[\w'-]+\s){0,4}$", re.IGNORECASE)
# A change in the present, perhaps by or to an amount, from a date: "rises to £241.30 a week
# from", "falls by 7% from", "goes up from" (not "rose", "fell").
_CHANGE_FROM = re.compile(r"\b(?:rises|rise|falls|fall|increases|decreases|drops|climbs"
                          r"|goes\s(?:up|down)|go\s(?:up|down))(?:\s(?:to|by)\s\S+"
                          r"(?:\s(?:a|an|per)\s(?:hour|day|week|month|year))?)?\sfrom\s$",
                          re.IGNORECASE)
# A court's setting of its next hearing: "posted the matter for hearing on", "listed the case
# for final arguments on"; "[February 23] as the next date of hearing".
_HEARING_SET = re.compile(r"\b(?:posted|listed|fixed|slated|set)\s(?:[\w'-]+\s){0,4}?for\s"
                          r"(?:further\s|final\s|next\s)?(?:hearing|arguments|trial|sentencing"
                          r"|judgment|judgement|verdict|orders)\s(?:on|to)\s$", re.IGNORECASE)
_NEXT_HEARING_AFTER = re.compile(r",?\s+as\s+the\s+next\s+(?:date|day|hearing)\b",
                                 re.IGNORECASE)
# A modal before it, which reads as it does anyway ("will take effect on").
_MODAL_BEFORE = re.compile(r"(?:\b(?:will|would|shall|could|may|might|should|must)|'ll)\s$",
                           re.IGNORECASE)
# A plan in the past before "to": "was to", "was due to", "had been expected to".
_WAS_BEFORE_TO = re.compile(r"\b(?:was|were|had)\b", re.IGNORECASE)


# How many words before a date the verb that puts it off is looked for in (the verb, a
# determiner, up to three words of its object and "to").
_PUT_OFF_WORDS = 7
# How many words before "to" a "from" and the date put off may take: "from the second quarter".
_FROM_DATE_WORDS = 6


# Verbs that move an end later, before "through" (not "continued through Saturday", a
# past state's end).
_EXTENDED = frozenset({"extended", "extends", "extend", "prolonged"})


def _put_off_to(before: list[str]) -> bool:
    """Say whether the words end with a verb that puts a date off, perhaps its object (a
    determiner and up to three words: "moved the special election to", "pushed back the filing
    deadline to", "delayed the start date until"), and "to" or "until"."""
    if len(before) < 2 or before[-1].lower() not in ("to", "until", "till"):
        return False
    if _put_off(before, len(before) - 2):
        return True
    lowered = [word.lower() for word in before[-_FROM_DATE_WORDS:-1]]
    if "from" in lowered:
        # "pushed back the first expansion from the second quarter to": the date it had
        return _put_off_to([*before[:len(before) - 1 - len(lowered) + lowered.index("from")],
                            "to"])
    for index in range(len(before) - 3, max(0, len(before) - 6), -1):
        if before[index].lower() in _OBJECT_DETERMINERS:
            return _put_off(before, index - 1)
        if not before[index].isalpha():
            return False
    return False


def _put_off(words: list[str], index: int) -> bool:
    """Say whether ``words[index]`` ends a verb that puts a date off ("postponed", "pushed
    back")."""
    verb = words[index].lower() if index >= 0 else ""
    if verb in ("back", "forward"):
        return index >= 1 and words[index - 1].lower() in _PUT_BACK
    return verb in _PUT_OFF


# How many words before a lead a future auxiliary makes it certain ("will close before").
_WILL_BEFORE_LEAD = 4
# How near "before" a past form must be to be its clause's verb ("left Afghanistan just
# before"), not that of a clause that reports it ("said the deal must close before").
_VERB_BEFORE_BEFORE = 3
# An amount a past form may have reached before "before": "fell to 57 per cent", "rose 3%",
# "closed at $45.10", "jumped by 120 points".
_AMOUNT_BEFORE = re.compile(
    r"\s(?:(?:to|by|at)\s)?(?:(?:about|around|nearly|almost|some|roughly)\s)?"
    r"[$\u20ac\u00a3]?\d[\d,.]*\s?(?:%|percent|per\scent|pc|cents?|points?|bps|basis\spoints"
    r"|million|billion|bn|m)?(?:\s(?:a|an|per)\s[a-z]+|\s(?:feet|foot|metres|meters|inches|miles"
    r"|kilometres|kilometers|km|degrees|tonnes|tons|barrels))?\s*$", re.IGNORECASE)
# A span before "before", which a verb stands before: "in the week", "over the days", "in the
# last 10 days".
_SPAN_BEFORE_BEFORE = re.compile(r"\s(?:in|during|over)\sthe\s(?:(?:last|final|first|closing"
                                 r"|busiest|few|two|three|four|five|six|seven|ten|\d{1,3})\s){0,2}"
                                 r"(?:weeks?|days|months?|hours|run-up|weekend|period)\s*$",
                                 re.IGNORECASE)
# A count of time before "before": "two days", "a week", "hours", "48 hours".
_COUNT_OF_TIME = re.compile(r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|\d{1,3}"
                            r"|several|just|only|shortly|hours|days|weeks|months|minutes)"
                            r"\s(?:minutes?|hours?|days?|weeks?|months?|years?|nights?)")


# An end moved later "into" a period: "has been extended into [the spring]".
_EXTENDED_INTO = re.compile(r"\b(?:extended|extends|extend|prolonged|extensions?)\s"
                            r"(?:[\w'-]+\s){0,3}?into\s(?:the\s)?$", re.IGNORECASE)
# A source of what the clause says, and its day: "according to [a court filing on]".
_ACCORDING_TO = re.compile(r"(?:^|[,(]\s?)[Aa]ccording\sto\s((?:[\w'.-]+\s){0,6})(?:on|in)\s$")
# Forms of "be" before "due" and its date: "are due Oct. 15", "was due Monday".
_DUE_BE = frozenset({"is", "are", "was", "were", "'s", "\u2019s"})
# An aside of a plan after its subject, up to the date: "The talks, [scheduled to end] Nov. 21,
# finished", "The vote, [originally set for] Tuesday, was held".
_PLAN_ASIDE = re.compile(r"\w,\s(?:originally\s)?(?:scheduled|set|due|slated|planned)\s(?:to\s"
                         r"[a-z]+(?:\s(?:on|in))?|for)\s$")
# The verb right after such an aside.
_VERB_AFTER_ASIDE = re.compile(r",\s(?:[a-z]+ly\s)?([a-z]+)\b")


def _as_of_ahead(left: str, right: str) -> TenseReading | None:
    """The reading of a clause around "as of" when it looks ahead: a future marker for certain
    ("will apply as of") or a scheduled verb ("takes effect as of") before it."""
    if _scheduled_event(left.split()[-_SCHEDULE_WORDS:]):
        return TenseReading(Tense.FUTURE)
    before = left.split() if may_hold_marker(left) else []
    after = right.split() if may_hold_marker(right) else []
    reading = nearest_marker(before, after)
    return reading if reading.certain and reading.tense is Tense.FUTURE else None


def _reported_subject(before: list[str], after: list[str]) -> bool:
    """Say whether the expression ends the subject of a reported clause whose verb follows it:
    "Officials said the vote on [Sunday] will be the first" (the report's verb is not the
    vote's)."""
    return len(before) >= 3 and bool(after) and after[0].lower() in _MODALS_AFTER_SUBJECT \
        and before[-1].lower() in _DATE_PREPOSITIONS \
        and before[-2].lower() in _EVENTS_TO_COME \
        and before[-3].lower() not in _REPORTS and any(
            word.lower() in _REPORTING_VERBS for word in before[-5:-2])


# Events set for a day, whose "will" after them looks ahead ("the vote on Sunday will be the
# first"); the "will" after a thing that happened tells of its aftermath ("the ruling on Monday
# will be appealed", "the attack on Sunday will not derail the talks").
_EVENTS_TO_COME = frozenset({
    "vote", "election", "elections", "referendum", "poll", "meeting", "summit", "hearing",
    "trial", "sentencing", "debate", "ceremony", "inauguration", "launch", "game", "match",
    "final", "race", "concert", "deadline", "auction", "conference", "session", "rally",
    "visit", "parade", "festival", "premiere", "kickoff", "runoff", "primary", "caucus",
    "caucuses", "funeral", "memorial", "service", "celebration", "opening", "event"})
# Modals of the future that open the verb of a clause right after its subject: "the vote on
# Sunday will be" ("would" is as often a past event's: "the attack on Sunday would not stop").
_MODALS_AFTER_SUBJECT = frozenset({"will", "shall"})


# Past forms of a report whose day a "that" clause after it does not tell of.
_TOLD_THAT = _REPORTING_VERBS | {"forecast", "informed", "wrote", "testified", "argued"}


def _forecast_object(before: list[str]) -> bool:
    """Say whether the verb nearest before an expression is one of forecasting the weather, with
    its object between them ("forecast highs of 41C on", not "predicted on", the day of the
    forecast, nor "had forecast")."""
    for index in range(len(before) - 1, max(-1, len(before) - _FORECAST_WORDS), -1):
        if word_reading(before, index)[0] is None \
                and before[index].lower().strip(_PUNCTUATION) not in _FORECASTS:
            continue
        return before[index].lower().strip(_PUNCTUATION) in _FORECASTS \
            and index < len(before) - 2 and before[-1].lower() in ("on", "for") \
            and (not index or before[index - 1].lower() not in ("had", "has", "have")) \
            and not _WEATHER.isdisjoint(word.lower().strip(_PUNCTUATION)
                                        for word in before[index + 1:])
    return False


# Verbs of forecasting, and how far back from an expression one is looked for; what a weather
# forecast is of (a company "forecast annual revenue above estimates on Wednesday": the day of
# the forecast).
_FORECASTS = frozenset({"forecast", "forecasts", "predicted", "predicts", "predict", "projected",
                        "projects", "forecasted"})
_FORECAST_WORDS = 10
_WEATHER = frozenset({"rain", "snow", "sleet", "hail", "showers", "storms", "thunderstorms",
                      "highs", "lows", "temperatures", "skies", "clouds", "cloud", "winds",
                      "gales", "sunshine", "frost", "fog", "heat", "flurries", "drizzle",
                      "snowfall", "rainfall", "degrees"})


def _past_verb_opens(words: list[str]) -> bool:
    """Say whether a clause opens with a subject of one or two words and a simple past form:
    "DeVos struggled", "the ship sank" (not "the final set ends", "new supply rates approved
    by regulators": a noun, a participle)."""
    for index in (1, 2):
        if index < len(words) and _is_past_form(words[:index + 1]) \
                and words[index].lower().strip(_PUNCTUATION) not in _SAME_AS_BASE \
                and words[index + 1:index + 2] != ["by"]:
            return True
    return False


def _own_clause(before: list[str], after: list[str]) -> list[str]:
    """The words after an expression up to a conjunction that opens another clause, one with a
    verb in its first three words (six after a comma): "was found guilty on Oct. 3 [and will be
    sentenced in January]", "arrested him on Saturday, [and he will appear]". Only when a verb
    before the expression can be its own (after a comma, any verb of its clause): "gets its
    first airing on Monday but you can watch it now" has none, and the verb after tells the
    most then.
    """
    if after and after[0].lower() == "that" and len(after) > 2 and any(
            word.lower().strip(_PUNCTUATION) in _TOLD_THAT for word in before) and any(
            word_reading(after, verb)[0] is not None for verb in range(1, min(5, len(after)))):
        # "told analysts on Friday afternoon [that the company would spend]": what was told,
        # a clause of its own
        return []
    for index, word in enumerate(after):
        # after a comma, a conjunction opens a clause of its own whose subject may take a few
        # words ("on Wednesday, while the European Central Bank is expected to"), and the
        # clause before it is the expression's, however far back its verb ("stretched his
        # winning run at the All England Club to 17 matches on Monday with a victory over
        # Kevin Anderson, and will face Dimitrov")
        comma = index > 0 and after[index - 1].endswith(",") \
            and word.lower() in _CONJUNCTIONS
        if (word.lower() in _CONJUNCTIONS or word.lower() in _SUBORDINATE_OPENERS) and any(
                word_reading(after, verb)[0] is not None
                for verb in range(index + 1,
                                  min(index + (_OPENED_SUBJECT_WORDS if comma else 4),
                                      len(after)))) \
                or _participle_clause(after, index):
            if any(word_reading(before, verb)[0] is not None
                   for verb in range(0 if comma else _own_verb_reach(before), len(before))):
                return after[:index]
            return after
    return after


# The bound on where, after a comma and a conjunction, the verb of the clause it opens may
# stand: within its first six words.
_OPENED_SUBJECT_WORDS = 7


def _participle_clause(words: list[str], index: int) -> bool:
    """Say whether ``words[index]`` opens a participle clause after a comma: "introduced its
    phones at an event Wednesday, [betting] that new features will persuade buyers", "placed
    him on injured reserve Saturday, [meaning] he will miss four games", "signed a bill late
    Monday [guaranteeing] that troops will be paid" (its verbs are not the clause's before
    it)."""
    word = words[index]
    return word.endswith("ing") and word.isalpha() and word.islower() \
        and word not in _NOT_PARTICIPLES and index + 1 < len(words) \
        and (index > 0 and words[index - 1].endswith(",")
             or index == 0 and words[1].lower() == "that")


def _own_verb_reach(before: list[str]) -> int:
    """Where the words before an expression that may hold its clause's verb begin: the last
    :data:`_OWN_VERB_WORDS` of them, names and the auxiliaries of a verb group not counted
    ("met Russian Foreign Minister Sergei Lavrov in Moscow on", "will be sworn in as
    Australia's 31st prime minister on")."""
    counted = 0
    for index in range(len(before) - 1, -1, -1):
        if (not before[index][:1].isupper() or not index) \
                and before[index].lower() not in _AUXILIARIES:
            counted += 1
            if counted > _OWN_VERB_WORDS:
                return index + 1
    return 0


# How many words after a date that opens its clause ("On Jan. 3, the board met") its verb may
# stand, not counting asides between commas ("In May, he said, the company will open"); the
# words that open another clause ("In March, when the plant reopens") or such an aside.
_FRONTED_REACH = 5
# Words that may come before a date's preposition at the head of its clause: "Also on
# Thursday, Cyprus takes over", "Then in March, prices will rise".
_BEFORE_FRONTED = frozenset({"also", "and", "but", "then", "again", "meanwhile", "later",
                             "earlier", "separately", "elsewhere"})
# A part of the day before its date at the head of a clause: "On the evening of [July 24] she
# finished fifth".
_PART_OF_DATE_OPENING = re.compile(r"\s*(?:[Oo]n|[Ii]n|[Bb]y)\sthe\s(?:early\s|late\s)?(?:morning"
                                   r"|afternoon|evening|night)\sof\s")
# Relative words before a day that is the subject of its clause: "where Friday is a holiday".
_WHERE_OR_WHEN = frozenset({"where", "when"})


def _opens_clause(left: str) -> bool:
    """Say whether the words of a clause before a date are none, its preposition ("On"), or an
    adverb or conjunction before the preposition ("Also on", "Meanwhile, on")."""
    words = left.split()
    return len(words) <= 1 or len(words) == 2 \
        and words[0].lower().strip(_PUNCTUATION) in _BEFORE_FRONTED \
        and words[1].lower() in _DATE_PREPOSITIONS \
        or _PART_OF_DATE_OPENING.fullmatch(left) is not None
_SUBORDINATORS = frozenset({"when", "if", "as", "after", "before", "while", "which", "who",
                            "that", "because", "although", "though", "once", "unless",
                            "according"})


def _fronted_verb(after: list[str]) -> TenseReading | None:
    """The tense of the verb right after a date that opens its clause and a comma: "On Jan. 3,
    the board met", "In March, prices will rise": the clause's own verb, so a certain one.

    An aside between two commas is passed over: a subordinate clause ("as expected", "which
    passed the House") or a report ("he said", "officials said"). A subordinate clause that
    runs on to the end of the words tells nothing for certain.
    """
    if after[0] == ",":
        after = after[1:]
    read = 0
    index = 0
    present_verb = -1  # a present form in "-s" after its subject: "the eurozone publishes"
    while index < len(after) and read < _FRONTED_REACH:
        end = index
        while end < len(after) - 1 and not after[end].endswith(","):
            end += 1  # the aside, or the rest of the words, from here
        first = after[index].lower().strip(_PUNCTUATION)
        aside = after[end].endswith(",")
        if first in _SUBORDINATORS:
            if not aside:
                return None
            index = end + 1
            continue
        if aside and end - index <= 2 and any(
                word.lower().strip(_PUNCTUATION) in _REPORTS
                for word in after[index:end + 1]):
            index = end + 1  # "he said,"
            continue
        tense, _ = word_reading(after, index)
        if tense is Tense.PRESENT:
            # "are expected to release": a present form says little; what follows it may
            following = [word_reading(after, next_index)[0]
                         for next_index in range(index + 1, min(index + 3, len(after)))]
            return TenseReading(Tense.FUTURE, certain=True, after=True) \
                if Tense.FUTURE in following else None
        if tense is Tense.FUTURE and first in _DECISIONS:
            tense = Tense.PAST  # "On Friday, the board voted to sell": the day of the vote
        if tense is not None:
            return TenseReading(tense, certain=True, after=True)
        if present_verb < 0 and index and _verb_in_s(after[index]) \
                and _subject_before(after, index):
            present_verb = index
        index += 1
        read += 1
    if present_verb >= 0 and not any(word_reading(after, later)[0] is not None
                                     for later in range(index, len(after))):
        # "On Tuesday, the eurozone publishes June inflation", "On Friday, the US releases its
        # jobs report": with no other verb in the clause, a present set for the day
        return TenseReading(Tense.FUTURE, after=True)
    return None


# Adverbs that put an event close before a time ("shortly before"): no deadline.
_NEAR_BEFORE = frozenset({"shortly", "just", "right", "moments", "soon"})
# Adverbs that narrow "before" ("shortly before", "just before").
_BEFORE_ADVERBS = _NEAR_BEFORE | {"well", "long", "minutes", "hours", "days", "weeks"}


def _weak_lead(lead: re.Match[str], left: str) -> bool:
    """Say whether a lead ("before", "through", "by") that a past form before it may undo is
    no sure sign of what is to come: "the troops left just before midnight", "Power was
    restored by midday Wednesday" (but not "wants the bill passed by July 4", where the form
    is a plan's participle, nor "roasted on Tuesday and shipped by Monday")."""
    word = lead.group().lower()
    if word.startswith(_WEAK_LEADS):
        return True
    head = left[:lead.start()]
    amount = _AMOUNT_BEFORE.search(head)
    if amount is not None:
        head = head[:amount.start()]  # "Prices fell to $3.00 by Thursday": no "to" of a plan
    return word.startswith("by ") and not _WANTED.search(head) and not _JOINED_FORM.search(head)


# A phrase of a gerund after a preposition, at the end of the words before a lead: "before
# driving to the school (shortly before)".
_GERUND_PHRASE_BEFORE = re.compile(r"\s(?:before|after|while|without)\s[a-z]+ing\s[^,.;:!?]*$")


def _told_as_past(left: str) -> bool:
    """Say whether the words before "before" tell of the past for sure: "the troops left just
    [before] midnight Monday" is no deadline ahead."""
    span = _SPAN_BEFORE_BEFORE.search(left)
    if span is not None:
        left = left[:span.start()]  # "fell in the week before Christmas": the verb before it
    amount = _AMOUNT_BEFORE.search(left)
    if amount is not None:
        left = left[:amount.start()]  # "fell to 57 per cent before Christmas": the verb before it
    gerund = _GERUND_PHRASE_BEFORE.search(left)
    if gerund is not None:
        # "shot his mother at their home before driving to the school shortly before 9:30 a.m.
        # Friday": the verb before the phrase of a gerund
        left = left[:gerund.start()]
    words = left.split()
    if len(words) > 2 and _COUNT_OF_TIME.fullmatch(" ".join(words[-2:]).lower()):
        words = words[:-2]  # "arrested him two days before Christmas": the verb before the count
        if len(words) >= 2 and words[-1].lower() in _SAME_AS_BASE \
                and words[-2].lower() not in _BEFORE_BASE_FORM:
            return True  # "The storm hit two days before Christmas": a past form, not a base
    if words and words[-1].lower() in _BEFORE_ADVERBS:
        words = words[:-1]  # "called Florida for Gore shortly before": the verb before the adverb
    if words and words[-1] == "continued":
        return True  # "deliberated Thursday and continued through Friday": the verb, no adjective
    if len(words) >= 3 and words[-2].lower() == "to" and words[-3].lower() in _READY_TO:
        return False  # "were prepared to fight through": an infinitive, of what is to be done
    words = words[-_VERB_BEFORE_BEFORE:] if may_hold_marker(left) else []
    if any(word.lower() in _PRESENT_WORDS for word in words):
        return False  # "are already filled through May": a state that lasts
    reading = nearest_marker(words, [])
    return reading.marked and reading.tense is Tense.PAST


def nearest_marker(before: list[str], after: list[str]) -> TenseReading:
    """Read the tense from the words before and after an expression (nearest marker wins).

    A word at distance d (1 = adjacent) weighs d, a strong future marker d - 2.5; the lightest
    wins, and on a tie the word before the expression. The words are read outwards and the
    reading stops once no farther word can weigh less, so text dense with dates costs a few
    words per expression, not the whole clause.
    """
    best_weight = float("inf")
    best: Tense | None = None
    best_after = best_strong = False
    strong_near: set[Tense] = set()
    seen: set[Tense] = set()
    reach = max(len(before), len(after))
    for distance in range(1, reach + 1):
        if distance > _CERTAIN_DISTANCE and distance - _FUTURE_BONUS >= best_weight:
            break
        for words, index, on_right in ((before, len(before) - distance, False),
                                       (after, distance - 1, True)):
            if not 0 <= index < len(words):
                continue
            tense, strong = word_reading(words, index)
            if on_right and index and words[index].lower() in _PURPOSE_VERBS \
                    and words[index - 1].lower() == "to":
                continue  # "beat Leicester on Thursday to open up a lead": what it was for
            if tense is Tense.FUTURE and on_right and _decided(words, index):
                # "The bank on Thursday agreed to pay": the day of the decision, told after it
                # (but "agreed to pay on Thursday" names the day of what was agreed)
                tense = Tense.PAST
            if tense is None:
                continue
            if strong and distance <= _CERTAIN_DISTANCE:
                strong_near.add(tense)
            seen.add(tense)
            weight = distance - (_FUTURE_BONUS if strong and tense is Tense.FUTURE else 0.0)
            if weight < best_weight:
                best_weight, best, best_after = weight, tense, on_right
                best_strong = strong
    if best is None:
        return TenseReading(Tense.PAST, marked=False)
    # "will unveil its new lineup at an event on [Sept. 9]": a future marker a few words
    # before speaks for the clause when no other tense stands as near as it, nor within four
    # words on either side (the reading has seen exactly those words); a past farther out
    # ("was told it will ...") belongs to another clause
    lone_will = best is Tense.FUTURE and best_strong and not best_after and seen == {best} \
        and best_weight <= _LONE_FUTURE_WEIGHT
    return TenseReading(best, certain=strong_near == {best} or lone_will, after=best_after)


def _decided(after: list[str], index: int) -> bool:
    """Say whether ``after[index]``, among the first words after an expression, is a decision
    in the past ("agreed", "voted") of the clause the expression opens or sits in before its
    verb: "The bank on Thursday agreed to pay", "On Friday, the board unanimously voted to"."""
    return index <= _DECIDED_WORDS and after[index].lower() in _DECISIONS \
        and _NOT_BEFORE_DECISION.isdisjoint(word.lower() for word in after[:index])


# How far after an expression its clause's decision may come ("On Friday, the board voted"),
# and words that put a decision after them in a clause of its own ("the hearing on Friday
# that the judge agreed to").
_DECIDED_WORDS = 3
_NOT_BEFORE_DECISION = frozenset({"that", "which", "who", "and", "or", "to", "will", "would",
                                  "has", "have", "had", "is", "are", "was", "were"})


def _is_past_form(words: list[str]) -> bool:
    """Say whether the last word is a simple past form ("met", "ended"), not a participle
    ("had met", "will be held") nor an adverb ("previously")."""
    word = words[-1].strip(_PUNCTUATION).lower()
    if word not in _IRREGULAR_PAST and not (word.endswith("ed") and (word not in _PLANS
                                                                     or word in _DECISIONS)):
        return False
    if len(words) >= 2 and (words[-2].lower() in ("has", "have", "had")
                            or words[-2].lower() in _LINKING_VERBS):
        return False  # "had met", "will be held", "will remain closed [Friday]"
    return word_reading(words, len(words) - 1)[0] is Tense.PAST


def _after_clause_opening(words: list[str]) -> list[str]:
    """The words after the last comma or "that" ("In Washington, [absentee ballots
    postmarked]", "said that [absentee ballots postmarked]")."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].endswith(",") or words[index].lower() == "that":
            return words[index + 1:]
    return words


# A present verb of what a thing counts as, right after the date: "Players waived by March 1
# [remain eligible]", "A check mailed by Saturday [counts as paid]".
_STANDING_AFTER = re.compile(r",?\s(?:remains?|counts?|qualif(?:y|ies)|is|are)\s"
                             r"(?:still\s)?(?:eligible|as|valid|on\stime|timely|accepted)\b")
# A second participle joined to the first after the date, then the clause's future: "[ and
# received within 10 days will] be counted".
_JOINED_PARTICIPLE_THEN_FUTURE = re.compile(
    r"\s(?:and|or)\s[a-z]+ed\b[^,.;:]{0,40}?\s(?:will|shall)\b")


def _present_before_with(text: str, comma: int) -> bool:
    """Say whether the clause before ", with" at ``comma`` tells of the present with no other
    marker: a plural subject and an event's verb ("The nominations come this week"), or a
    subject and a verb in "-s" ("Awards season shifts into high gear this week")."""
    boundary = None
    for boundary in _BOUNDARY.finditer(text, max(0, comma - _WITH_CHARS), comma):
        pass
    opening = boundary.end() if boundary is not None else max(0, comma - _WITH_CHARS)
    words = text[opening:comma].split()
    if not words or nearest_marker(words, []).marked:
        return False
    if _PLURAL_EVENT_PRESENT.search(text, opening, comma) is not None:
        return True
    return any(_verb_in_s(word) and _subject_before(words, index)
               for index, word in enumerate(words[:_SUBJECT_WORDS + 2]))


# A plural subject and the present of an event's verb: "The nominations come", "the finals
# begin"; and how far before ", with" it is looked for.
_PLURAL_EVENT_PRESENT = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Bb]oth|[Aa]ll)\s(?:[\w-]+\s){0,2}[a-z]+s\s(?:come|begin|start"
    r"|open|close|end|arrive|return|resume|run|air|premiere|debut|meet|play|wrap|continue"
    r"|kick\soff|get\sunder\sway|go)\b")
_WITH_CHARS = 80
# Figures a day is what they measure, not the day they are set for: "published figures for
# Sunday", "the data for Monday".
_FIGURES_FOR = frozenset({"figures", "data", "numbers", "readings", "statistics", "totals",
                          "results", "counts", "temperatures", "records"})
# Past forms of a beginning or a going on, before a plan's "-ing": "began preparing".
_BEGAN = frozenset({"began", "started", "kept", "continued", "stopped", "resumed"})
# Lengths of time that may be "left" before a day: "with two days left before".
_UNITS_LEFT = frozenset({"seconds", "minutes", "hours", "days", "weeks", "months", "years",
                         "time", "day", "week", "month", "year"})
# Words in "-ly" that are no adverbs of manner or degree.
_NOT_ADVERBS = frozenset({"only", "early", "likely", "unlikely", "daily", "weekly", "monthly",
                          "yearly", "nightly", "hourly", "quarterly", "family", "rally", "supply",
                          "apply", "reply", "holy", "elderly", "friendly", "july", "italy"})


# The parts of a day named before the date they are of ("on the morning of Dec. 11").
_PARTS_OF_A_DATE = frozenset({"morning", "afternoon", "evening", "night"})


def _without_adverbs(words: list[str]) -> list[str]:
    """``words`` without the adverbs of manner or degree before a participle, which mark no
    tense: they stand between verbs, not apart from them ("will remain [partially] closed on
    Wednesday", "are expected to be [fully] restored on Thursday" read as without them; but
    "had [originally] been scheduled for" keeps its adverb)."""
    return [word for index, word in enumerate(words)
            if not (word.endswith("ly") and len(word) > 4 and word.islower()
                    and word not in _NOT_ADVERBS and index + 1 < len(words)
                    and _past_shaped(words[index + 1].lower())
                    and _token_reading(word)[1] is None)]


def _past_shaped(word: str) -> bool:
    """Say whether ``word`` looks like a past form or a participle ("closed", "held")."""
    return word.endswith("ed") or word in _IRREGULAR_PAST


# The base forms among the present markers, which after "to" or a modal tell no tense.
_BASE_STATES = frozenset({"stay", "keep", "remain"})
# Verbs that keep their object in the state a participle after it names: "keeps schools closed".
_KEPT_STATE = frozenset({"keep", "keeps", "keeping"})
# Verbs before a participle that make it a state, not a past form: "will stay closed".
# Words of a plan before "to be" and a participle: "is expected to be unveiled".
_PLANNED_TO_BE = frozenset({"expected", "likely", "due", "set", "scheduled", "slated", "poised",
                            "going", "unlikely"})
# Determiners after which a form in "-ed" is an adjective ("the revised forecast", "any
# estimated balance"), perhaps after an ordinal ("their first increased checks").
_ADJECTIVE_DETERMINERS = frozenset({"the", "a", "an", "their", "its", "his", "our", "my", "your",
                                    "any", "some", "no", "each", "every", "these", "those",
                                    "another"})
# Words after which a past form is a noun or an adjective, never the verb ("another shot").
_ARTICLES_AND_POSSESSIVES = frozenset({"the", "a", "an", "another", "its", "their", "his", "our",
                                       "my", "your"})
# Prepositions after which a past form ending in "-ed" before a noun is an adjective
# ("behind closed doors"; not conjunctions: "as expected", "after closing").
_PREPOSITIONS_BEFORE_ADJECTIVE = frozenset({"behind", "with", "under", "in", "into", "of", "at",
                                            "about", "without", "within", "among", "amid",
                                            "despite", "against", "toward", "towards", "onto",
                                            "from", "for"})
_ORDINAL_ADJECTIVES = frozenset({"first", "second", "third", "new", "final", "latest", "last"})
_PARTICLES = frozenset({"off", "up", "out", "on", "in", "at", "to", "for", "by", "with", "from",
                        "into", "over", "back", "down", "away", "after", "before", "and", "or"})
# States a verb of keeping holds its object in: "keep all 12 plants closed through Tuesday".
_KEPT_STATES = frozenset({"closed", "shut", "suspended", "halted", "idled", "locked", "frozen",
                          "sealed", "grounded", "detained", "confined"})
_KEEP_FORMS = frozenset({"keep", "keeps", "keeping", "kept", "leave", "leaves", "leaving",
                         "hold", "holds", "holding"})
_KEPT_OBJECT_WORDS = 9


def _kept_state(before: list[str]) -> bool:
    """Say whether a verb of keeping and its object, with no comma, come before a participle
    ("keep all 12 of its plants [closed]"): the participle is the state kept, no past verb."""
    return any(word.lower() in _KEEP_FORMS for word in before) \
        and not any(word.endswith(",") for word in before)
_LINKING_VERBS = frozenset({"stay", "stays", "remain", "remains", "be", "is", "are", "get",
                            "gets", "become", "becomes", "been", "being", "stayed",
                            "remained", "am"})
# Past forms that set a term running to the date after "until": "was remanded in custody until
# 2 May", "was granted bail until", "released on bail until 9 May", "suspended until March",
# "gave him until Tuesday to form a government" (the term is still to run).
_TERM_SET = frozenset({"remanded", "bailed", "granted", "suspended", "banned", "barred",
                       "detained", "adjourned", "continued", "ordered", "sentenced", "released",
                       "freed", "imposed", "gave", "allowed"})
# Prepositions between a past form (and perhaps one word of its object) and its date.
_DATE_PREPOSITIONS = frozenset({"in", "on", "during"})
# How far back "had" may stand from the preposition before a date, its participle and object
# between: "had restarted the cooling unit on".
_PERFECT_OBJECT_WORDS = 6


# A deadline named by its date: "comments submitted by the Nov. 30 deadline" (after a lead,
# a participle's term, which may not have run out).
_DEADLINE_NOUN_AFTER = re.compile(r"\s(?:filing\s)?deadline\b", re.IGNORECASE)


def _past_form_and_preposition(words: list[str]) -> bool:
    """Say whether the words end with a simple past form, perhaps one word of its object, and
    "in", "on" or "during": "reopened in [June]", "took effect in [January]"."""
    if len(words) < 2 or words[-1].lower() not in _DATE_PREPOSITIONS:
        return False
    if len(words) >= 3 and words[-3].lower() in _LINKING_VERBS:
        return False  # "will stay closed on Monday": a participle, a state
    if _is_past_form(words[:-1]):
        return True
    for index in range(max(0, len(words) - _PERFECT_OBJECT_WORDS), len(words) - 2):
        # "had restarted the unit on [Dec. 8]": a past perfect and its object (not a plan's:
        # "had agreed to meet on", "had scheduled talks on")
        participle = words[index + 1].lower()
        if words[index].lower() == "had" and _past_shaped(participle) \
                and participle not in _PLANS and participle not in _PUT_OFF \
                and not any(word.lower() == "to" or word.endswith(",")
                            for word in words[index:-1]):
            return True
    amount = _amount_start(words, len(words) - 1)
    if amount is not None and amount and _is_past_form(words[:amount]) \
            and (amount < 2 or words[amount - 2].lower() not in _LINKING_VERBS):
        return True  # "Exports fell 3% in September", "rose 2.5 per cent on Friday"
    # with a word of the object between (and perhaps its determiner: "won the cup in"), only
    # an irregular form that is no base form too: "banks cut rates in" may be a present. The
    # longer walk above has taken most such cases already; this one still takes a report's
    # verb ("told him on"), which the walk leaves
    if len(words) < 3 or word_reading(words, len(words) - 2)[0] is not None \
            or not words[-2].isalpha():
        return False
    if _past_form_before_object(words):
        return True
    verb = len(words) - 3
    # a pronoun, a name, or a noun after its determiner is an object: the "-ed" word before it
    # is a verb ("arrested him in", "visited Delhi in", "signed the deal in"), as a noun's
    # adjective is not
    certain_object = words[-2].lower() in _OBJECT_PRONOUNS or words[-2][:1].isupper()
    if verb >= 1 and words[verb].lower() in _OBJECT_DETERMINERS:
        verb -= 1
        certain_object = True
    elif verb >= 1 and words[verb][:1].isupper() and words[verb].isalpha() \
            and words[verb - 1].lower() in _REPORTS:
        # a name's word before the object: "told Republican lawmakers on", "told Fox News on"
        verb -= 1
        certain_object = True
    word = words[verb].lower()
    return (word in _IRREGULAR_PAST or certain_object and word.endswith("ed")) \
        and word not in _SAME_AS_BASE and word not in _FORWARD_VERBS \
        and _is_past_form(words[:verb + 1])


# Past forms whose object is still to come: "signaled a pause in January", "predicted a
# recovery in February".
_FORWARD_VERBS = frozenset({"signaled", "signalled", "predicted", "flagged", "forecast",
                            "forecasted", "promised", "pledged", "vowed", "warned", "projected",
                            "targeted", "eyed", "mooted", "floated", "hinted", "foreshadowed",
                            "penciled", "pencilled"})
# How many words may stand between a past form and the "in" or "on" of its date.
_OBJECT_REACH = 4


def _past_form_before_object(words: list[str]) -> bool:
    """Say whether a past form of a verb (not a report's) stands a few words before the last,
    with only its object or an adverb between: "visited the flooded villages in", "were called
    to the property on", "voted on the bill on", "scored twice on". An adjective on the way
    ("the flooded villages") is passed; any other marker, a mark or a clause word stops it,
    and a future auxiliary before the form makes it an adjective ("will redeem 9.5 million
    Series H preferred shares on")."""
    for verb in range(len(words) - 2, max(-1, len(words) - 3 - _OBJECT_REACH), -1):
        token = words[verb]
        word = token.lower()
        if word in ("and", "or") and verb and words[verb - 1][:1].isupper() \
                and words[verb + 1][:1].isupper():
            continue  # names joined in the object: "froze Kuwaiti and Iraqi assets on"
        if not word.replace("'", "").replace("\u2019", "").isalpha() \
                or word in _RELATIVE_WORDS or word in _CONJUNCTIONS:
            return False
        tense, _ = word_reading(words, verb)
        if tense is None:
            if word in _IRREGULAR_PAST or word.endswith("ed"):
                continue  # an adjective: "the flooded villages"
            if word in _SAME_AS_BASE or word in _PLANS or word in _SCHEDULED_PRESENT:
                return False  # "the team that won the cup faces Arsenal on": another verb
            continue
        if word in ("was", "were"):
            # the passive: "was taken to hospital in", "were called to the property on"
            following = words[verb + 1].lower()
            return following in _IRREGULAR_PAST or following.endswith(("ed", "en", "wn"))
        return tense is Tense.PAST and word not in _REPORTS and word not in _SAME_AS_BASE \
            and word not in _FORWARD_VERBS \
            and word not in ("had", "did") and _is_past_form(words[:verb + 1]) \
            and not any(word_reading(words, back) == (Tense.FUTURE, True)
                        for back in range(verb))
    return False


# An amount between a past form and its date: "fell 3%", "rose 2.5 per cent", "gained 40 points".
_AMOUNT = re.compile(r"[$\u00a3\u20ac]?\d[\d.,]*(?:%|pc|bp|bps)?")
_AMOUNT_UNITS = frozenset({"percent", "cent", "pc", "points", "point", "bps", "%"})


def _amount_start(words: list[str], end: int) -> int | None:
    """Where an amount that ends right before ``words[end]`` starts, if one does: "3%", "2.5
    per cent", "$300 million", "2 million copies", "40 shows"."""
    index = end - 1
    if index >= 1 and words[index].lower() in _AMOUNT_UNITS:
        index -= 1
        if index >= 1 and words[index].lower() == "per":
            index -= 1
    elif index >= 1 and words[index].isalpha() and words[index].islower() \
            and (words[index - 1].lower() in _COUNT_WORDS or _AMOUNT.fullmatch(words[index - 1])):
        index -= 1  # the thing counted: "40 shows", "2 million copies"
    if index >= 1 and words[index].lower() in _COUNT_WORDS:
        index -= 1  # "$300 million"
    if index >= 0 and _AMOUNT.fullmatch(words[index]):
        return index
    return None


# After "could", what makes it a report of what could not be done: "could not", "could be
# reached" (a participle of finding out). Other passives look ahead as often as not: "schools
# could be closed from Wednesday", "snow days could be made up in June".
_COULD_NOT = re.compile(r"not\b|n't\b|be\s(?:reached|located|contacted|identified|confirmed"
                        r"|verified|determined|established|traced|ascertained|found|seen|done"
                        r"|shown|known|told|heard)\b")
# The dots of an abbreviation in an object: "goes before an F.D.A. advisory panel on Thursday".
_ABBREVIATION_DOTS = re.compile(r"(?<=[A-Z])\.(?=[A-Z]|$)")


def _plain_word(word: str) -> str:
    """A word of an object without its hyphens, an abbreviation's dots and a trailing "+"."""
    word = word.replace("-", "")
    return (_ABBREVIATION_DOTS.sub("", word) if "." in word else word).rstrip("+")

# What may open the object between a past form and its date: "won the cup in [May]".
_OBJECT_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "my"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me"})


def _scheduled_event(words: list[str], day: bool = False, weekday: bool = False) -> bool:
    """Say whether the words end with the present form of a scheduled event's verb, perhaps
    followed by one adverb ("meet separately"), that nothing before makes past or conditional.
    ``day``: the expression is a day, from which a change may run ("rise from Monday");
    ``weekday``: it is a weekday, which may follow an object with no "on" ("The Warriors visit
    the Celtics Friday")."""
    index = len(words) - 1
    if index < 0:
        return False
    # the time of day the event is at: "kicks off at 8pm on [Saturday]", "starts at 7:30 p.m.
    # [Friday]", "starts at 19:00 local time on [Thursday]", "resumes at 9 a.m. Tokyo time"
    while index > 0 and (words[index].lower() in ("on", "at", "local", "time")
                         or _CLOCK_WORD.fullmatch(words[index].lower().strip("()"))
                         # a zone, perhaps in brackets: "closes at 6pm (AEDT) on"
                         or 2 <= len(words[index].strip("()")) <= 4 and words[index].isupper()
                         or words[index][:1].isupper() and words[index + 1:index + 2] == ["time"]
                         # hours from one clock to another: "runs from 03:00 to 21:00 on"
                         or words[index].lower() in ("from", "to", "and")
                         and index + 1 < len(words)
                         and _CLOCK_WORD.fullmatch(words[index + 1].lower().strip("()"))):
        index -= 1
    at_clock = index < len(words) - 1 and words[index + 1].lower() == "at"
    if index == len(words) - 1 and index > 0 and words[index].lower() == "in":
        index -= 1
    for _ in range(2):  # "meet separately", "go on sale", "comes out"
        if index > 0 and words[index].lower().strip(_PUNCTUATION) in _BETWEEN_VERB_AND_DATE:
            index -= 1
    if words[-1].lower() in _SCHEDULED_LEADS or at_clock \
            or weekday and words[-1].rstrip("+").isalpha() \
            and words[-1].lower() not in _NOT_PRESENT \
            or words[-1].lower() == "from" and (day or words[-2:-1] == ["place"]) \
            and _PERIOD_NOUNS.isdisjoint(word.lower() for word in words):
        # "take place from [9-16 November]", "rise from [Monday]" (but "runs from October to
        # March", "the fiscal year runs from July 1" tell of a period under way as often as
        # of one to come)
        # the event's object between the verb and "on" its day, or the time it is at: "faces
        # a vote on [Monday]", "City host Arsenal on [Saturday]", "head to the polls in
        # [November]", "go on sale at 10 a.m. [Friday]"
        verb = index
        while verb > 0 and index - verb < _OBJECT_WORDS \
                and _plain_word(words[verb]).isalnum() \
                and (not words[verb].isdigit() or words[verb - 1].lower() in ("turns", "turn")) \
                and (words[verb].lower() not in _SCHEDULED_PRESENT
                     or words[verb - 1].lower() in _NOUN_PHRASE_STARTS
                     and not (words[verb - 1].lower() == "that" and words[verb][-1:] == "s")) \
                and _token_reading(words[verb])[1] is None:
            if words[verb].lower() in ("after", "following", "since", "during"):
                # "continues after storms on Saturday": the storms were before; "speaks during
                # a rally in Detroit on Sunday" is a photo's caption, of the day it was taken
                return False
            verb -= 1  # "a vote", "the hosts": nouns of the object
        if words[verb].lower() in _SCHEDULED_PRESENT:
            index = verb
    if words[index] != words[index].strip(_PUNCTUATION) \
            or words[index].lower() not in _SCHEDULED_PRESENT or not words[index].islower():
        # punctuation ends the verb's phrase: "the hosts, Monday"; a capital makes it a
        # noun ("Head coach John Smith on Monday said")
        return False
    count = index - 1 if index and _numeral(words[index - 1]) else \
        index - 2 if index >= 2 and words[index - 1].endswith("al") \
        and _numeral(words[index - 2]) else -1
    if count >= 1 and words[index].endswith("s") and words[count - 1].islower() \
            and words[count - 1] != "of" \
            and not 1800 <= int(words[count].replace(",", "")) <= 2100:
        # "trailed by about 30,000 votes Wednesday", "the state's 25 electoral votes Sunday
        # night": a count of a noun (but "Season 2 premieres", "Chrome 140 lands", "fiscal
        # year 2026 ends", "the round of 32 starts": a name's number, and a verb)
        return False
    if index == 0 or words[index - 1][-1:] in ",;:":
        return True  # "the minister, who took office in 2022, faces a vote on Monday"
    if words[index - 1].lower() in _RELATIVE_WORDS and words[index].endswith("s"):
        # "had called for a boycott of a pilgrimage that leaves Florida on Tuesday": the verb
        # of a relative clause of its own, whatever the verbs before it
        return True
    opener = max((back for back in range(index) if words[back].lower() in _CLAUSE_OPENERS),
                 default=-1)
    if any(word_reading(words, back)[0] is Tense.PAST
           and words[back].lower().strip(_PUNCTUATION) not in _REPORTING_VERBS
           and not _RELATIVE_WORDS.intersection(
               word.lower() for word in words[max(0, back - 2):back])
           for back in range(opener + 1, index - 1)):
        # "issued nine press releases blasting Republicans on Wednesday": the form is a noun
        # in the object of a past verb (but "said the committee votes Tuesday" reports a plan,
        # "the team that won the cup faces Arsenal on Saturday" has a clause of its own, and so
        # has "leaving the chamber split when the new Congress convenes in January")
        return False
    previous = _token_reading(words[index - 1])[0]
    tense = word_reading(words, index - 1)[0]  # "on the plans closes": a noun, no marker
    if index >= 2 and words[index - 2].lower() in _SINGULAR_STARTS \
            and not words[index].lower().endswith("s"):
        return False  # "survived a confidence vote on Monday": after "a" a verb ends in "s"
    return tense is None and previous not in _NOT_PRESENT and previous not in _NOUN_PHRASE_STARTS \
        and previous not in _NOUN_ADJECTIVES


# What leads the time of a scheduled event after its verb and object: "meet on [Friday]", "head to
# the polls in [November]", "Events continue throughout [the weekend]", "Talks go on until
# [Friday]".
_SCHEDULED_LEADS = frozenset({"on", "in", "throughout", "through", "over", "during", "until"})


def _numeral(word: str) -> bool:
    """Say whether a word is a number written in digits, with no mark after it ("25",
    "30,000"; not "27," which ends a clause)."""
    return word[-1:].isdigit() and word.replace(",", "").isdigit()


# Adjectives that make the present form after them a noun: "said in its weekly report Tuesday".
_NOUN_ADJECTIVES = frozenset({"weekly", "monthly", "daily", "annual", "quarterly", "yearly",
                              "latest", "biweekly", "semiannual"})


# Present forms in "-s" that tell of a state, a thought or a report, not of an event set for
# a day: "She remembers the storm in March", "He says the talks in March went well".
_NOT_EVENT_VERBS = frozenset({
    "says", "tells", "adds", "notes", "writes", "argues", "claims", "insists", "believes",
    "thinks", "knows", "means", "seems", "remains", "wants", "needs", "expects", "hopes",
    "fears", "looks", "sounds", "feels", "recalls", "remembers", "describes", "explains",
    "blames", "denies", "admits", "acknowledges", "suggests", "shows", "estimates", "predicts",
    "warns", "likes", "loves", "hates", "owns", "includes", "contains", "involves", "requires",
    "represents", "depends", "lives", "misses", "regrets", "mourns", "credits", "cites",
    "lists", "counts", "compares", "recounts", "reflects", "traces", "calls", "questions",
    "doubts", "deserves", "matters", "equals", "costs", "lacks", "follows", "precedes", "marks",
    "recognizes", "recognises", "honors", "honours", "commemorates", "tracks", "covers",
    "details", "chronicles", "revisits"})
# Words in "-s" that are no verb: "this", "its", "news", "perhaps".
_NOT_VERBS_IN_S = frozenset({"this", "its", "his", "hers", "ours", "yours", "theirs", "was",
                             "has", "does", "is", "as", "us", "yes", "news", "series", "species",
                             "always", "perhaps", "sometimes", "whereas", "besides", "towards",
                             "afterwards", "nevertheless", "unless", "across", "plus", "thus",
                             "politics", "economics", "ethics", "mathematics", "physics",
                             "athletics", "analysis", "crisis", "basis", "thesis", "chaos"})
# What may stand right before a clause's subject: the start of the clause, a comma, or a word
# that opens a reported or joined clause ("said the group signs", "and the team travels").
_BEFORE_SUBJECT = frozenset({"that", "and", "but", "while", "as", "when", "so", "said",
                             "says", "say"})
# Titles written short before a name.
_TITLES = frozenset({"Sen.", "Rep.", "Gov.", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "Lt.", "Col.",
                     "Sgt.", "Prof.", "Rev.", "Pres.", "Capt.", "Adm.", "Sens.", "Reps."})
# Capitalized words that open a noun phrase, not a name: "No collections on Friday".
_NOT_NAMES = _NOUN_PHRASE_STARTS | {"no", "many", "most", "more", "few", "several", "both",
                                    "other", "opening", "new"}
# Determiners that open a subject ("The storm makes landfall", "the central bank announces").
_SUBJECT_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "his", "her", "their",
                                  "our", "each", "every"})
# Adverbs that make a present a habit, not an event set for a day.
_HABITUAL = frozenset({"typically", "usually", "often", "generally", "normally", "always",
                       "sometimes", "rarely", "seldom", "traditionally", "regularly", "routinely",
                       "customarily", "frequently", "never"})
# How many words after the expression may show that the "-s" word before it was a plural noun
# in its subject ("Apple shares on Monday [rose]"), and how many words a subject may have.
_AFTER_EVENT_WORDS = 4
_SUBJECT_WORDS = 4
# How many words of an object (and its places) an "-s" verb may have before the expression:
# "meets with Biden at the White House on Wednesday".
_PRESENT_OBJECT_WORDS = 7


def _present_event(before: list[str], after: list[str]) -> bool:
    """Say whether the clause before an expression is a subject and a present verb in "-s" with
    perhaps a short object: "The group signs the deal on [Friday]", "Netflix reports earnings
    [Thursday]", "The eclipse crosses Spain on [Aug. 12]". News copy tells what is set for a
    day in the present tense, as :func:`_scheduled_event` does for the verbs it lists; this
    finds any verb by its form and its subject. The words after the expression must hold no
    verb of their own ("Apple shares on Monday rose": a plural noun in the subject)."""
    end = len(before)
    if end and before[-1].lower() in ("on", "in"):
        end -= 1
    elif end and before[-1].lower() == "from" \
            and not _PERIOD_NOUNS.isdisjoint(word.lower() for word in before):
        return False  # "The tax year runs from April 6": a period as it always runs
    if not _HABITUAL.isdisjoint(word.lower() for word in before):
        return False  # "The flu season typically peaks between December and February"
    for verb in range(end - 1, max(-1, end - 2 - _PRESENT_OBJECT_WORDS), -1):
        word = before[verb]
        if word[:1].isupper() and verb and _OBJECT_WORD.fullmatch(word):
            continue  # a name in the object ("performs at the Rose Bowl"), whatever it spells
        if word.isdigit() and verb and before[verb - 1][:1].isupper():
            continue  # a numbered name: "shifts to Ottawa for Game 3 on"
        if not _OBJECT_WORD.fullmatch(word) or _token_reading(word)[1] is not None:
            return False  # punctuation ends the phrase, a marker has its own reading
        if word.lower() in _PLACE_NOUNS and verb and before[verb - 1][:1].isupper():
            return False  # "in Bauchi and Gombe states on Saturday": places, no verb
        if word.lower() in lexicon.UNIT_WORDS and verb and _COUNT_WORD.fullmatch(before[verb - 1]):
            continue  # "Three weeks after Election Day": a count of days, no verb
        if _verb_in_s(word) and _subject_before(before, verb):
            if _past_form_before(before, verb):
                return False  # "rejected a tax increase for transit and road repairs on"
            # right before the expression, the "-s" word may end its subject ("Gas prices on
            # Monday average $3.10"): then a word of content follows it
            return verb < end - 1 or not after or not after[0].isalpha() \
                or not after[0].islower() or after[0].endswith("ly")
        if word.lower() in _NOT_IN_OBJECT and verb < end - 1:
            return False  # "returns after storms on Saturday": the storms' day
    return False


# Words that open the subject of a clause after "and": a determiner or a pronoun.
_CLAUSE_SUBJECT_STARTS = _NOUN_PHRASE_STARTS | frozenset({"he", "she", "it", "they", "we", "i",
                                                         "you"})


def _past_form_before(words: list[str], index: int) -> bool:
    """Say whether a past form that reports nothing comes before ``words[index]`` in its clause
    (after the last comma, relative word or conjunction of clauses): "voters rejected a sales
    tax increase for transit and road [repairs]" has its verb, and its "-s" word is a noun (but
    "said the committee [votes]" reports a plan)."""
    for verb in range(min(index, len(words)) - 1, -1, -1):
        if words[verb].endswith(",") or words[verb].lower() in _RELATIVE_WORDS \
                or words[verb].lower() in _SUBORDINATE_OPENERS \
                or words[verb].lower() in _CONJUNCTIONS and verb + 1 < len(words) \
                and (words[verb + 1].lower() in _CLAUSE_SUBJECT_STARTS
                     or words[verb + 1][:1].isupper()
                     and not (verb and words[verb - 1][:1].isupper())):
            # ("a pilgrimage that leaves Florida on Tuesday", "passed the bill last month and
            # the Senate takes it up", "vowed to act after the holiday ends on Saturday": a
            # clause's own; but "and road repairs" joins nouns, "West and Central African
            # countries" names)
            return False
        if word_reading(words, verb)[0] is Tense.PAST and not any(
                words[relative].lower() in _RELATIVE_WORDS and relative
                and not words[relative - 1].endswith(",")
                for relative in range(max(0, verb - 2), verb)):
            # (not a restrictive relative clause's: "The team that won the cup faces Arsenal
            # on"; but in "Carney, who won the Liberal leadership race on" the clause, which
            # may open the words, runs on)
            return words[verb].lower() not in _REPORTING_VERBS
    return False


# A word of a verb's object: letters, perhaps a hyphen or a possessive, or a number
# ("third-quarter earnings", "24 Starlink satellites", "Swift's").
_OBJECT_WORD = re.compile(r"[\w][\w'\u2019-]*")
# Words of an object that tie the expression to something before it, not to the verb.
_NOT_IN_OBJECT = frozenset({"after", "since", "following", "before", "than", "during", "of",
                            "and", "or", "but"})
# Words of a subject that make it no singular one: "The two films combined".
_NOT_SINGULAR = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "both", "several", "many", "few", "all", "some", "dozens",
                           "hundreds", "thousands", "millions"})
# Words that may follow a scheduled event's expression (and show it is no subject's).
_FUNCTION_AFTER = frozenset({
    "to", "at", "in", "on", "for", "with", "against", "amid", "as", "when", "while", "where",
    "after", "before", "ahead", "and", "or", "but", "from", "until", "through", "by", "near",
    "alongside", "following", "local", "time", "morning", "afternoon", "evening", "night",
    "nationwide", "worldwide", "statewide", "here", "there", "again", "too", "also", "only",
    "live", "instead", "the", "a", "an", "his", "her", "their", "its", "this", "that", "into",
    "over", "under", "between", "among", "without", "despite", "if", "unless", "so", "every",
    "each", "next", "last", "these", "those"})


def _words_after(right: str) -> list[str]:
    """The words right after an expression that may hold its subject's verb: up to a comma or
    a word that opens a phrase of its own ("resumes on Monday [after] two days were lost")."""
    words = []
    if (paired := _PAIRED_DAY_AFTER.match(right)) is not None:
        right = right[paired.end():]  # "the bank holidays on Monday and Tuesday had been"
    for word in right.split(",", 1)[0].split()[:_AFTER_EVENT_WORDS]:
        if word.lower() in _FUNCTION_AFTER:
            break
        words.append(word)
    return words


# The second day of a pair, right after the first: the verb after it is the pair's.
_PAIRED_DAY_AFTER = re.compile(r"\s+(?:and|or)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")


# Present verbs of a start, which tell of a period or event to come after a subject the
# expression names ("The autumn term starts", "The winter timetable takes effect").
_START_VERBS = frozenset({"starts", "begins", "opens", "reopens", "returns", "resumes", "kicks",
                          "takes", "comes", "launches", "gets", "commences", "arrives"})


# A subject that names an event and its day: "The race on [Sunday]", "Voting on [Sunday]", "The
# Grand Prix on [Sunday]", "The sale [Wednesday]".
_EVENT_ON = re.compile(r"\s*(?:(?:[Tt]he|[Tt]his|[Nn]ext)\s)?(?:[A-Za-z][\w'-]*\s){1,3}"
                       r"(?:on\s|this\s)?")


# The same verbs after a plural subject: "The summer holidays start on 22 July".
_START_VERBS_PLURAL = frozenset({"start", "begin", "open", "reopen", "resume", "kick",
                                 "commence"})


def _noun_and_present_after(right: str) -> bool:
    """Say whether the words after an expression are a singular noun and a present verb in
    "-s" ("term starts", "timetable takes effect"), with no past form after them."""
    words = right.split(",", 1)[0].split()[:_AFTER_EVENT_WORDS + 2]
    if len(words) < 2 or not words[0].isalpha() or not words[0].islower() \
            or words[0] in _FUNCTION_AFTER:
        return False
    if _token_reading(words[0])[1] is not None \
            and (words[0].endswith("s") or words[1] not in _START_VERBS):
        return False  # (but "Her Saturday [set] starts at 9 p.m.": before "starts", a noun)
    if words[0].endswith("s") and not words[0].endswith("ss"):
        # a plural and its verb: "The summer [holidays] start on 22 July"
        starts = words[1] in _START_VERBS_PLURAL
    else:
        starts = words[1] in _START_VERBS
    if not starts:
        # (but "The autumn term ends on Friday" is the term under way, and "The Tuesday ruling
        # clears the way" tells of a ruling made)
        return False
    return not any(word_reading(words, index)[0] is Tense.PAST for index in range(2, len(words)))


# A number, in figures or words, before a unit: "three weeks", "10 days".
_COUNT_WORD = re.compile(r"(?i)\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                         r"|twelve|several|few|many|some")


def _verb_in_s(word: str) -> bool:
    """Say whether a word may be a verb's present third person ("signs", "crosses")."""
    return len(word) >= 4 and word.islower() and word.endswith("s") \
        and not word.endswith(("ss", "us", "is")) and word not in _NOT_VERBS_IN_S \
        and word not in _NOT_EVENT_VERBS


# Singular nouns in "-s" that may head a subject: "The series shifts to Ottawa".
_SINGULAR_IN_S = frozenset({"series", "news", "species"})


def _subject_before(words: list[str], verb: int) -> bool:
    """Say whether ``words[:verb]`` end with a singular subject that opens its clause: a name
    ("Netflix", "Prime Minister Mark Carney"), a pronoun ("she"), or a determiner and up to
    three more words ("the central bank")."""
    if verb == 0:
        return False
    head = words[verb - 1]
    if not head.isalpha():
        return False
    start = verb - 1
    if head.lower() in ("he", "she", "it"):
        pass
    elif head[0].isupper():
        if head.lower() in _NOT_NAMES:
            return False  # "No collections on Friday": a noun phrase with no verb
        start = _name_start(words, start, verb)
    elif (not head.endswith("s") or head.endswith(("ss", "us", "is"))
          or head.lower() in _SINGULAR_IN_S) and _subject_word(words, start):
        while start > 0 and verb - start <= _SUBJECT_WORDS \
                and words[start].lower() not in _SUBJECT_DETERMINERS:
            if _POSSESSIVE.search(words[start - 1]):
                start -= 1  # "Taylor Swift's new album": a name's, then the name
                if start > 0 and words[start - 1][:1].isupper():
                    start = _name_start(words, start - 1, verb)
                break
            if not _subject_word(words, start - 1):
                return False
            start -= 1
        if words[start].lower() not in _SUBJECT_DETERMINERS \
                and not _POSSESSIVE.search(words[start]) and not words[start][:1].isupper():
            return False
    else:
        return False
    if start == 0:
        return True
    previous = words[start - 1]
    # (a dateline's dash opens its story: "ATLANTA \u2014 Sen. Jon Ossoff heads"; not a
    # timeline's: "Sept. 10 \u2014 The eye reaches Cudjoe Key")
    return previous[-1:] in ",;:" or previous.lower() in _BEFORE_SUBJECT \
        or previous in ("\u2014", "--") and start > 1 and words[start - 2].isupper()


def _name_start(words: list[str], start: int, verb: int) -> int:
    """Where the name that ends at ``words[start]`` begins, with its article: "the Senate",
    "Prime Minister Mark Carney", "Taylor Swift's"."""
    while start > 0 and verb - start < _SUBJECT_WORDS and words[start - 1].isalpha() \
            and words[start - 1][0].isupper():
        start -= 1
    if start > 0 and words[start - 1] in _TITLES:
        start -= 1  # "Sen. Jon Ossoff heads into"
    if start > 0 and words[start - 1] == "the":
        start -= 1  # "and the Senate votes Thursday"
    return start


def _subject_word(words: list[str], index: int) -> bool:
    """Say whether ``words[index]`` may be a word of a subject: no verb ("The company [cut]
    prices"), no preposition ("A chance [of] showers"), no punctuation."""
    word = words[index]
    lowered = word.lower()
    return word.isalpha() and lowered not in _NOT_PRESENT and lowered not in _SAME_AS_BASE \
        and lowered not in _NOT_SINGULAR \
        and (lowered not in _SCHEDULED_PRESENT
             or index > 0 and words[index - 1].lower() in _SUBJECT_DETERMINERS) \
        and word_reading(words, index)[0] is None \
        and not (lowered.endswith("ed") and len(lowered) > 4) and lowered not in _SHORT_PAST


# Past forms of four letters, which the "-ed" rule above leaves to the nouns ("bed", "shed"):
# "Police used drones on Monday" has its verb in "used", not in "drones".
_SHORT_PAST = frozenset({"used", "owed", "eyed", "axed", "aced"})


# A photo's credit or label, which marks its line as a caption, whose present tense tells of
# the moment shown: "Michelle Obama speaks at a campaign event on Saturday. (AP Photo/...)".
_PHOTO_CREDIT = re.compile(r"(?:[Pp]hoto|PHOTO)(?:graph)?s?\s?[:/]|\(AP Photo|[Pp]hoto by\b"
                           r"|REUTERS/|Getty Images|AFP/|AFP via|/AP\)|[Ff]ile [Pp]hoto\b")
# How far from an expression a caption's credit is looked for: a caption's length.
_CAPTION_REACH = 300


def _caption(text: str, start: int, end: int) -> bool:
    """Say whether the line the expression is on carries a photo's credit near it: a
    caption."""
    if not _has_credit(text):
        return False
    line_start = max(text.rfind("\n", 0, start) + 1, start - _CAPTION_REACH)
    line_end = text.find("\n", end, end + _CAPTION_REACH)
    if line_end < 0:
        line_end = min(len(text), end + _CAPTION_REACH)
    return _PHOTO_CREDIT.search(text, line_start, line_end) is not None


def _has_credit(text: str) -> bool:
    """Say whether ``text`` may hold a photo's credit: plain substring tests, at C speed, that
    spare most texts (which have none) the search; made once per text, for the text the
    expressions before came from is most often this one."""
    global _last_credit_test
    last = _last_credit_test  # one read of one tuple: threads may share this module
    if last[0] is text:
        return last[1]
    found = any(piece in text for piece in _CREDIT_PIECES)
    _last_credit_test = (text, found)
    return found


# The text last tested for a credit, and the answer.
_last_credit_test: tuple[str | None, bool] = (None, False)


# A piece of every credit _PHOTO_CREDIT finds.
_CREDIT_PIECES = ("hoto", "HOTO", "REUTERS/", "Getty", "AFP", "/AP)")


# What ends a line of running text (before any spaces): a stop, or a quotation's close.
_LINE_STOPS = ".!?\"'\u201d)"


def _headline(text: str, end: int) -> bool:
    """Say whether the line the expression is on ends with no stop: a headline, whose present
    tells of what has just happened ("Storm makes landfall on Thursday")."""
    line_end = text.find("\n", end)
    line = text[end:len(text) if line_end < 0 else line_end].rstrip()
    return not line or line[-1] not in _LINE_STOPS


# Days a plan word may name before its "to": "agreed Tuesday to meet again Friday".
_DAY_BETWEEN = frozenset({*(day for day in lexicon.WEEKDAYS if len(day) > 4), "yesterday",
                          "today"})


# A count between "next" or "last" and its unit: "the next two weeks", "the last 12 months".
_COUNT_BEFORE_NOUN = re.compile(r"\d{1,3}|few|several|two|three|four|five|six|seven|eight|nine"
                                r"|ten|eleven|twelve|couple")


# Words before "set" that make it a verb done ("had set for itself"), or tell of it done.
_TOLD_DONE = frozenset({"was", "were", "had", "has", "have", "been", "he", "she", "they", "it",
                        "we", "i", "who", "record", "records"})


def _plan_tense(words: list[str], index: int, tense: Tense | None,
                strong: bool) -> tuple[Tense | None, bool]:
    """Read the plan word ``words[index]`` by what governs it ("had been due": past)."""
    step = 2 if index + 2 < len(words) and words[index + 1][:1].isupper() \
        and words[index + 1].lower() in _DAY_BETWEEN else 1  # "agreed Tuesday to meet"
    following = words[index + step].lower() if index + step < len(words) else ""
    after_to = words[index + step + 1].lower() if index + step + 1 < len(words) else ""
    if following == "for" and index and words[index - 1].lower() in ("is", "are"):
        return Tense.FUTURE, False  # "the launch is set for 10 a.m. on Thursday"
    if following == "for" and index and words[index].lower() in ("set", "slated") \
            and words[index - 1].lower() not in _TOLD_DONE \
            and not {"after", "since", "following"}.intersection(
                word.lower() for word in words[index + 1:]):
        # a headline's "SLIM probe set for moon landing early Saturday", "Talks slated for
        # Monday": the participle of a plan, with no auxiliary (not "Record set for longest
        # flight Sunday", "Teen set for trial after Monday crash")
        return Tense.FUTURE, False
    if following != "to" and words[index].lower() in _PLAN_NOUNS and (
            index >= 1 and words[index - 1].lower() in _NOUN_PHRASE_STARTS
            or words[index].lower() != "plans" and index >= 2
            and words[index - 2].lower() in _NOUN_PHRASE_STARTS):
        return None, False  # "revised its plans over the summer", "the site plan": a noun
    if tense is not Tense.FUTURE and (following != "to" or after_to in _NOUN_PHRASE_STARTS
                                      or after_to in _NOUNS_AGREED_TO
                                      or after_to[:1].isdigit()):
        # "set a record", "agreed to the terms": a past form, not a plan
        return tense, strong
    governing = [word for word in (words[back].lower().strip(_PUNCTUATION)
                                   for back in range(index - 1, max(-1, index - 4), -1))
                 if not (word.endswith("ly") and len(word) > 4)][:2]  # ("had originally been")
    if governing and governing[0] == "been":
        governing = governing[1:]
    if governing and governing[0] == "had":
        return Tense.PAST, False
    if governing and governing[0] in ("was", "were") and following in ("in", "on", "at", "by") \
            and words[index].lower() == "due":
        # "a pay rise they were due in April", "left on Monday and was due in Chennai on
        # Wednesday", "was in Jordan on Friday and was due in Qatar on Saturday": a plan told
        # in the past, of a day on either side
        return Tense.PRESENT, False
    # "plans to list", "is set to launch" are sure of the plan's future (but "was expected to
    # launch" tells of a plan that may have failed, "due to Storm Babet" of a cause)
    verb = words[index + step + 1] if index + step + 1 < len(words) else ""
    planned = following == "to" and verb.isalpha() and verb.islower() \
        and verb not in _NOUN_PHRASE_STARTS and not {"was", "were"}.intersection(governing)
    return Tense.FUTURE, strong or planned


def _noun_after(words: list[str], index: int) -> bool:
    """Say whether the word after ``words[index]`` may be a noun it qualifies: lower-case,
    no article, no preposition ("scheduled maintenance", not "scheduled for")."""
    if index + 1 >= len(words):
        return False
    word = words[index + 1].strip(_PUNCTUATION)
    return word.isalpha() and word.islower() and word not in _NOUN_PHRASE_STARTS \
        and word not in ("to", "for", "on", "in", "at", "by")


# Nouns a plan word takes after "to", which is then no infinitive's: "agreed to terms".
_NOUNS_AGREED_TO = frozenset({"terms", "demands", "conditions", "concessions", "changes",
                              "talks", "arbitration", "mediation"})
# Words after a counted participle that make it a verb: "40 killed in", "12 arrested and".
_NOT_COUNTED_NOUN = frozenset({"to", "for", "on", "in", "at", "by", "and", "or", "as", "since",
                               "after", "before", "during", "when", "while", "the", "a", "an"})
# Prepositions before a plan word used as an adjective: "for scheduled maintenance".
_BEFORE_PLAN_ADJECTIVE = frozenset({"for", "during", "with", "of"})
# Start words that after "to", after an expression, say what a deed on its day was for, not
# when a start is set ("agreed on Monday to open the library on Saturday" looks ahead).
_PURPOSE_VERBS = frozenset({"open", "begin"})
# Words before "last" that make it the last of a row, not the week or year gone.
_ORDINAL_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your",
                                  "one", "a"})


# The words a count that opens its clause may take before "later": "About two weeks later,".
_OPENING_COUNT_WORDS = 3


def word_reading(words: list[str], index: int) -> tuple[Tense | None, bool]:
    """Return the tense ``words[index]`` marks in its clause (None: none) and if it is strong.

    The word alone decides (:func:`_word_tense`), except where its neighbours change what it
    says: the month "May", plan words ("had been due to expire"), passive participles ("will
    be held").
    """
    lowered, tense, strong = _token_reading(words[index])
    if lowered.endswith(("'d", "\u2019d")) and len(lowered) > 2:
        # "he'd probably play Wednesday": "would" before a bare verb ("he'd played": "had")
        return word_reading([*words[:index], "would", *words[index + 1:]], index) \
            if not _participle_after(words, index) else (Tense.PAST, False)
    if lowered in _ARRANGED and index >= 1 and words[index - 1].lower() in ("is", "are", "being"):
        return Tense.FUTURE, False  # "a memorial service is planned", "is being organised"
    if lowered == "used":
        # "Dispatchers used paper logs", "used to run": the verb's past; "is used", "a used
        # car", "widely used": a participle or an adjective
        if index and words[index - 1].lower() in _BEFORE_USED_ADJECTIVE:
            return None, False
        return (Tense.PAST, False) if index else (None, False)
    if tense is None and lowered not in _PLANS:
        return None, False  # most words: no neighbour can make them a marker
    previous = words[index - 1].lower().strip(_PUNCTUATION) if index else ""
    if tense is Tense.PAST and previous in ("if", "unless") and lowered.endswith(("ed", "en")):
        return Tense.FUTURE, False  # "would repeal it if elected in November": a condition
    if tense is Tense.PAST and lowered.endswith("ed") and index \
            and (previous in _ADJECTIVE_DETERMINERS
                 or previous in _ORDINAL_ADJECTIVES and index > 1
                 and words[index - 2].lower() in _ADJECTIVE_DETERMINERS
                 and index + 1 < len(words) and words[index + 1].rstrip("'\u2019").isalpha()
                 and words[index + 1].islower() and words[index + 1] not in _PARTICLES):
        # "their first increased checks", "any estimated balance": adjectives (but "The final
        # kicked off": a noun and its verb)
        return None, False
    if tense is Tense.PAST and previous in _PREPOSITIONS_BEFORE_ADJECTIVE \
            and lowered.endswith("ed") and index + 1 < len(words) \
            and words[index + 1].isalpha() and words[index + 1].islower() \
            and words[index + 1] not in _PARTICLES:
        # "will meet behind closed doors on Monday", "under revised rules": an adjective
        return None, False
    if tense is Tense.PAST and previous in _ARTICLES_AND_POSSESSIVES and lowered in _IRREGULAR_PAST:
        return None, False  # "will get another shot at gold", "a hit", "its spent fuel"
    if tense is Tense.PAST and index > 1 and words[index - 1].lower() == "be" \
            and words[index - 2].lower() == "to" and lowered.endswith(("ed", "en")) \
            and not any(word.lower() in ("was", "were", "had")
                        or _token_reading(word)[1] is Tense.PAST
                        for word in words[max(0, index - 5):index - 2]):
        # "a study to be published Thursday": what is to be done (but "The match was to be
        # played on Saturday", "was meant to be signed", "became eligible to be traded" tell
        # of a plan or a state then); for sure after a plan's word ("is expected to be
        # unveiled in late February")
        return Tense.FUTURE, index > 2 and words[index - 3].lower() in _PLANNED_TO_BE
    if lowered in _KEPT_STATES and _kept_state(words[max(0, index - _KEPT_OBJECT_WORDS):index]):
        return None, False  # "would keep its plants closed through [Tuesday]": a state kept
    if lowered == "left" and (previous in _UNITS_LEFT or words[index + 1:index + 2] == ["to"]):
        # "with two days left before Tuesday's election", "has 40 cases left to decide": what
        # remains
        return None, False
    if tense is Tense.FUTURE and lowered.endswith("ing") and previous in _BEGAN:
        return Tense.PAST, False  # "began preparing for the move in February": begun then
    if lowered in _BASE_STATES and previous in _BEFORE_BASE_FORM:
        return None, False  # "had to stay closed", "did not keep": a base form, of no tense
    if lowered in _NOUN_OR_VERB and previous not in _BE_FORMS \
            and (previous in _NOUN_PHRASE_STARTS or previous in _HAVE_OR_HOLD
                 or index and words[index - 1].endswith(("'", "'s", "\u2019", "\u2019s"))):
        # "had open houses Saturday", "economists' forecasts": a noun or its modifier, no verb
        # of the clause
        return None, False
    if lowered in ("until", "till") and not _PAST_DO_OR_HAD.isdisjoint(
            word.lower() for word in words[max(0, index - _UNTIL_PAST_WORDS):index]):
        # "did not get home until after 7 p.m. Tuesday", "had to wait until": how long a past
        # state lasted, not an end to come
        return None, False
    if lowered in ("until", "till") and index and _is_past_form(words[:index]) \
            and (words[index - 1].lower().strip(_PUNCTUATION) not in _ENDS_FORWARD
                 or any(word.endswith(",") or word.lower() in _CONJUNCTIONS
                        for word in words[index + 2:])):
        # "met until late Saturday night and again on Sunday", "Crews worked until late on
        # Tuesday": a past verb's end, which says nothing of a day named after it (but "delayed
        # the vote until Friday" puts it off)
        return None, False
    if lowered == "expected" and index and ("than" in words[max(0, index - 2):index]
                                          or words[index - 1] == "as"):
        # "stronger than anyone expected in September", "as expected": a comparison with what
        # was expected, not a plan
        return None, False
    if lowered in ("brace", "braces") and words[index + 1:index + 2] != ["for"]:
        return None, False  # "scored a brace on Saturday": two goals, not a bracing
    if tense in (Tense.FUTURE, Tense.PRESENT) and not strong and index \
            and _after_do(words, index) \
            and words[index + 1:index + 2] != ["to"]:
        # "The plant didn't open on Monday", "didn't say on Monday": "did" tells the tense
        # (but "did not plan to remove him on Thursday" still looks ahead)
        return None, False
    if lowered == "earlier" and index and (words[index - 1].lower() in _COMPARED_UNITS
                                          or words[index - 1].lower() in _SCHEDULED_PRESENT):
        # "go to bed 15 to 20 minutes earlier on Friday", "will launch a day earlier than
        # planned": a comparison, which tells no tense (but "a year earlier" looks back)
        return None, False
    if lowered == "last" and index and words[index - 1].lower() in _BEFORE_BASE_FORM:
        return None, False  # "could last through December", "to last": the verb
    if lowered == "last" and words[index + 1:index + 2] \
            and words[index + 1].lower() in ("into", "until", "till", "through", "beyond"):
        return None, False  # "would peak late Tuesday and last into Wednesday": the verb
    if lowered == "last" and index and words[index - 1].lower() in _ORDINAL_DETERMINERS:
        return None, False  # "the first at 07:30 and the last at 19:00": an ordinal
    if lowered in _MODIFIERS and index + 1 < len(words):
        noun = index + 2 if index + 2 < len(words) and _COUNT_BEFORE_NOUN.fullmatch(
            words[index + 1].lower()) else index + 1
        if _POSSESSIVE.sub("", words[noun].strip(_PUNCTUATION).lower()) in _TIME_NOUNS:
            # "next year", "next year's budget", "over the next two weeks": that
            # expression's word
            return None, False
    if lowered == "next" and index + 1 < len(words) and words[index + 1].lower() == "to":
        return None, False  # "next to the embassy": a place
    if lowered == "next" and words[index][:1] == "N" and index \
            and words[index - 1][:1].isupper() and words[index + 1:index + 2] \
            and words[index + 1][:1].isupper():
        return None, False  # "released during Steam Next Fest in October": a name
    if lowered == "later" and any(_is_past_form(words[:verb + 1]) for verb in range(
            index - 1, max(-1, index - (8 if index and words[index - 1].lower()
                                        in lexicon.UNIT_WORDS else 4)), -1)):
        # "was arrested later on Sunday", "died in hospital later on Monday": later that day,
        # in the past; "was appointed by the assembly a week later and sworn in on Dec. 12"
        return Tense.PAST, False
    if lowered == "later" and (not index and words[1:2] and words[1].lower() in _LATER_OPENING
                               or words[index + 1:index + 2] == ["than"]):
        # "Later on Sunday, Ghana lost 2-1", "closed on Thursday, a day later than planned":
        # what came after, or a delay, which tells no tense
        return None, False
    if index >= 2 and words[index][:1].isupper() and words[index - 1] == "of" \
            and words[index - 2][:1].isupper() \
            or lowered in _PLACE_NOUNS and index and words[index - 1][:1].isupper():
        # "upheld by the Court of Appeal in July", "in Bauchi and Gombe states on Saturday":
        # a name, or places named, not a verb
        return None, False
    if lowered == "later" and 0 < index <= _OPENING_COUNT_WORDS and words[index].endswith(",") \
            and words[index - 1].lower() in lexicon.UNIT_WORDS:
        # "Three days later, on Feb. 6, crews blew holes": a count from a day before, opening
        # the clause, says nothing of when it is told (but "and its results four days later"
        # looks ahead)
        return None, False
    if lowered in _PLAN_NOUNS and _plan_noun(words, index):
        return None, False  # "responded to the peace plan on Friday", "unveiled its plans"
    if lowered in _PLANS and index and (
            words[index - 1].lower() in ("than", "as")
            or words[index - 1].lower() in _BEFORE_PLAN_ADJECTIVE
            and _noun_after(words, index)):
        # "grew more than expected in December", "as planned": a comparison; "shut in May for
        # scheduled maintenance": an adjective. No plan of the clause
        return None, False
    if index >= 2 and lowered in _SAME_AS_BASE and words[index - 1].lower() in _PLURAL_SUBJECTS \
            and words[index - 2].lower() in ("if", "unless"):
        # "will complete the treble if they beat Watford in Saturday's final": a condition's
        # present, not a past form
        return None, False
    if index and (lowered in _SAME_AS_BASE or lowered == "have") \
            and words[index - 1].lower().strip(_PUNCTUATION) in _BEFORE_BASE_FORM:
        # "would set out plans in the autumn", "would have to be made up in June": a base form
        # after a modal or "to", which tells no tense ("would have done" is the modal's)
        return None, False
    if lowered in _PLANS and previous == "without":
        return None, False  # "talks broke down without agreement to launch a new round"
    if lowered.endswith("ed") and words[index + 1:index + 3] == ["to", "by"]:
        return Tense.PAST, False  # "a motion agreed to by all parties": a passive, done
    if lowered in _PLANS:
        return _plan_tense(words, index, tense, strong)
    if tense is Tense.PAST and not strong and index and _participle(words, index, lowered):
        return None, False
    if tense is Tense.PAST and not strong and index and lowered.endswith("ed") \
            and _numeral(words[index - 1]) \
            and not 1800 <= int(words[index - 1].replace(",", "")) <= 2100 \
            and (index < 2 or words[index - 2].islower()) and index + 1 < len(words) \
            and words[index + 1].isalpha() and words[index + 1].lower() not in _NOT_COUNTED_NOUN \
            and (words[index + 1][:1].isupper() or words[index + 1].endswith("s")):
        # "will offer 40 guided First Day Hikes", "12 reported cases": an adjective of what is
        # counted (not "Unit 1 completed its outage", "2019 reached end of support")
        return None, False
    if tense is Tense.PAST and not strong and index and lowered.endswith("ed") \
            and words[index - 1].lower() in _BEFORE_PLAN_ADJECTIVE and _noun_after(words, index):
        # "will publish its list of required cuts on Wednesday", "with increased capacity":
        # an adjective after a preposition, no verb of the clause
        return None, False
    if lowered in _ADJECTIVE_OR_PAST:
        previous = words[index - 1].lower().strip(_PUNCTUATION) if index else ""
        if previous not in _NOUN_PHRASE_STARTS:
            return Tense.PAST, False  # "Ford proposed it in August", not "the proposed sale"
    if lowered in _HOPE_NOUNS and index and (
            words[index - 1].lower().strip(_PUNCTUATION) in _NOUN_PHRASE_STARTS
            or words[index - 1].lower() in ("of", "no", "new", "high")):
        return None, False  # "a glimmer of hope", "their hopes": a noun
    if lowered == "am" and index and words[index - 1][-1:].isdigit():
        return None, False  # "at 5 am on Tuesday": the clock's "a.m.", not the verb
    if lowered == "open" and index and (words[index - 1].lower() in _BE_FORMS
                                        or words[index].strip(_PUNCTUATION) == "Open"):
        # "the office was open": a state, not an opening to come; "won the French Open in
        # June": a tournament's name (but a notice's "Open Monday to Friday" opens its line)
        return None, False
    if lowered in _CONDITIONAL and _have_participle(words, index + 1):
        # "no one would have done enough on Wednesday" (but "would have to be made up in
        # June" is a duty to come, "may have its captain back on Saturday" a chance)
        return Tense.PAST, False
    if lowered == "could" and _COULD_NOT.match(" ".join(words[index + 1:index + 3]).lower()):
        # "could not be reached Wednesday", "could be located Wednesday": what a report could
        # not do, in the past as often as not ("could bring snow on Saturday" looks ahead)
        return None, False
    if tense is Tense.PAST and not strong and index >= 1 \
            and (words[index - 1].lower() in ("be", "is", "are", "being", "stay", "stays",
                                              "remain", "remains", "keep", "keeps")
                 or lowered.endswith("ed") and any(
                     word.lower() in _KEPT_STATE for word in words[max(0, index - 3):index - 1])):
        # "would be paid", "will be held", "is closed", "stay closed", "tired of being told",
        # "Snow keeps county schools closed": a participle, not a past form
        return None, False
    if tense is Tense.FUTURE and not strong and index >= 2 and words[index - 1].lower() == "to" \
            and words[index - 2].lower().strip(_PUNCTUATION) in _PLANS:
        # "due to expire": the verb of a plan takes the plan's reading
        return _plan_tense(words, index - 2, Tense.FUTURE, False)
    if lowered in _SAME_AS_BASE and index >= 1 \
            and (words[index - 1].lower().strip(_PUNCTUATION) in _BEFORE_BASE_FORM
                 or words[index - 1].lower() in _NOUN_PHRASE_STARTS
                 or words[index - 1].lower() in _COUNTED_NOUN_STARTS):
        # "expected to cut rates", "will cut": the verb's base form, which tells no tense;
        # "a cut in June", "its bid", "another cut in December": a noun
        return None, False
    if lowered in _SAME_AS_BASE and index >= 1 and words[index - 1].lower() == "now":
        # "Markets now put the odds of a cut in June at 65%": a present
        return Tense.PRESENT, False
    return tense, strong


# "plan" and "plans" are verbs after a subject pronoun or before "to" ("plans to sell"); else
# nouns ("Trump's peace plan", "its plans").
_PLAN_NOUNS = frozenset({"plan", "plans"})
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they", "he", "she", "it", "who", "also"})
# Words after a past form that end a noun phrase it qualifies: "a rate cut in April", "the
# share split on Monday" (but "the company cut 500 jobs" has an object).
_AFTER_NOUN = frozenset({"in", "on", "at", "of", "for", "to", "during", "from", "by"})
# Nouns that make "cut", "hit", "split" after them a noun too: "another 25 bps cut in December".
_NOUNS_BEFORE_CUT = frozenset({"bps", "bp", "rate", "rates", "tax", "price", "duty", "pay",
                               "job", "jobs", "interest", "budget", "spending", "point", "stock",
                               "share", "power", "supply"})
# Adverbs between an article and its adjective: "a fully franked dividend".
_PARTICIPLE_ADVERBS = frozenset({"fully", "partly", "partially", "newly", "recently", "heavily",
                                 "badly", "largely", "widely", "hotly", "closely", "eagerly",
                                 "highly", "poorly", "much", "long", "well", "previously"})


def _plan_noun(words: list[str], index: int) -> bool:
    """Say whether "plan" or "plans" is a noun here: after an article or a possessive ("its
    plans", "the plans closes"), or before a preposition or nothing ("the peace plan on");
    the verb has an object or "to" after it ("plans a strike", "plans to sell")."""
    previous = words[index - 1].lower() if index else ""
    following = words[index + 1].lower() if index + 1 < len(words) else ""
    if previous in _SUBJECT_PRONOUNS:
        return False
    return previous in _OBJECT_DETERMINERS or previous.endswith(("'s", "\u2019s")) \
        or following in _AFTER_NOUN and following != "to" or not following \
        or following == "to" and words[index + 2:index + 3] != [] \
        and words[index + 2].lower() in _OBJECT_DETERMINERS  # "brought plans to the floor"


# Words that end a count before an adjective: "9.5 million preferred shares"; and a number
# after a determiner does ("the 12 injured miners").
_COUNT_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "dozen"})
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})*(?:\.\d+)?")


# The modals whose verb a past form after it qualifies as an adjective ("would publish
# updated figures").
_MODALS = _CONDITIONAL | {"will", "can", "shall"}
# Words before "to" that make it an infinitive's ("expected to remain closed", "fails to
# submit"), not a preposition ("admissions to hospitals") or a noun's ("plans to expand").
# (in lower case: "Plans to expand stalled" opens with a noun).
_BEFORE_INFINITIVE = frozenset({"expected", "likely", "due", "set", "going", "able", "unable",
                                "fail", "fails", "failed", "refused", "agreed", "continue",
                                "continues", "seems", "appears", "need", "needs", "has", "have",
                                "had", "want", "wants", "wanted", "ought", "used", "plans",
                                "plan", "planning", "intends", "intend", "aims", "aim", "hopes",
                                "hope", "hoping", "scheduled", "slated", "tries", "try"})
# Words after a modal that a past participle may follow as a verb ("would have paid", "will
# be held", "will get married", "would not attend").
_NO_BASE_VERB = frozenset({"have", "has", "had", "be", "been", "being", "get", "got", "not",
                           "never", "also", "just", "then", "still", "all", "both"})


def _participle(words: list[str], index: int, lowered: str) -> bool:
    """Say whether the past form ``words[index]`` is a participle or a noun, no verb of the
    clause: an adjective after a verb's base or "-ing" form ("would publish updated figures",
    "recommend getting vaccinated") or after an article or a possessive ("will visit the
    affected area", "a fully franked dividend", "its audited results"), a noun after one and a
    noun ("a rate cut in April"), a participle opening an aside ("on Saturday, followed by a
    service") or after "with" and its noun ("with the winner declared on 2 November").
    """
    previous = words[index - 1].lower()
    if previous.endswith(",") and words[index + 1:index + 2] == ["by"]:
        return True  # ", followed by", ", led by"
    if lowered not in _IRREGULAR_PAST and not lowered.endswith("ed"):
        return False
    if previous == "getting" or index >= 2 and (
                words[index - 2].lower() in _MODALS
                or words[index - 2].lower() == "to" and index >= 3
                and words[index - 3] in _BEFORE_INFINITIVE) \
            and words[index - 1].isalpha() and words[index - 1].islower() \
            and previous not in _NO_BASE_VERB \
            and (index < 3 or words[index - 3].lower() not in _RELATIVE_WORDS):
        # "recommend getting vaccinated in October", "would publish updated figures on
        # Tuesday", "expected to remain subdued", "fails to submit required documents": an
        # adjective (a modal's verb is a base form, not a past; but "Plans to expand stalled",
        # "Admissions to hospitals dropped", "Residents who could flee fled" have their past
        # verb there)
        return True
    if index >= 2 and words[index - 2].lower() == "with" or index >= 3 \
            and words[index - 3].lower() == "with" \
            and words[index - 2].lower() in _OBJECT_DETERMINERS:
        return True  # "with the winner declared on 2 November", "with results announced in"
    if previous in _PARTICIPLE_ADVERBS and index >= 2:
        previous = words[index - 2].lower()  # "a fully franked dividend"
    if previous in _OBJECT_DETERMINERS or previous in _COUNT_WORDS \
            or _COUNT.fullmatch(previous) and index >= 2 \
            and words[index - 2].lower() in _OBJECT_DETERMINERS:
        # "9.5 million preferred shares", "the 12 injured miners" (not "the S&P 500 peaked",
        # "O'Brien, 88, died")
        return True
    return lowered in _SAME_AS_BASE and (index + 1 == len(words)
                                         or words[index + 1].lower() in _AFTER_NOUN) \
        and (index >= 2 and words[index - 2].lower() in _OBJECT_DETERMINERS
             or previous in _NOUNS_BEFORE_CUT)


@functools.lru_cache(maxsize=16384)
def _token_reading(token: str) -> tuple[str, Tense | None, bool]:
    """Read one token on its own: its bare lower-case word, the tense it marks, if strongly.

    Kept per token: news copy repeats its words, and most of them mark nothing.
    """
    word = token.strip(_PUNCTUATION)
    if word == "May":
        return "may", None, False  # the month ("said in May"), not the modal
    if word == "Fed":
        return "fed", None, False  # the Federal Reserve, not a past form of "feed"
    if word == "Lent":
        return "lent", None, False  # the season before Easter, not a past form of "lend"
    lowered = word.lower()
    if "-" in word and (word[:1].isupper() or lowered.rpartition("-")[2] in _COMPOUND_PARTICIPLES):
        return lowered, None, False  # "a Polish-led exercise", "state-owned banks": adjectives
    tense, strong = _word_tense(lowered)
    return lowered, tense, strong


# Participles that end compound adjectives: "U.S.-led", "state-owned", "long-awaited".
_COMPOUND_PARTICIPLES = frozenset({
    "led", "backed", "owned", "based", "funded", "run", "sponsored", "brokered", "controlled",
    "linked", "related", "fueled", "fuelled", "awaited", "anticipated", "called", "sized",
    "aged", "minded", "supported", "financed", "dominated", "held", "operated", "affiliated"})


def _after_do(words: list[str], index: int) -> bool:
    """Say whether ``words[index]`` follows "do", "does" or "did", perhaps with "not" between:
    then it is a bare verb ("did not open", "doesn't expect"), and "do" marks the tense."""
    previous = words[index - 1].lower()
    if previous in ("not", "never") and index > 1:
        previous = words[index - 2].lower()
    return previous.replace("\u2019", "'") in _DO_FORMS


def _have_participle(words: list[str], index: int) -> bool:
    """Say whether ``words[index]`` is "have" before a past participle, perhaps with an adverb
    between: "would have done", "may have already peaked" (not "would have to", "may have
    its captain back")."""
    return index < len(words) and words[index].lower() == "have" \
        and _participle_after(words, index)


def _participle_after(words: list[str], index: int) -> bool:
    """Say whether a past participle follows ``words[index]``, perhaps with an adverb between:
    after "have" ("may have already peaked"), or after a pronoun with "'d", which is then "had"
    ("she'd already left", "they'd been told"; but "he'd probably play", "you'd better go"
    look ahead, as "would" does)."""
    after = index + 2 if index + 2 < len(words) \
        and words[index + 1].lower() in _HAVE_ADVERBS else index + 1
    if after >= len(words):
        return False
    word = words[after].lower().strip(_PUNCTUATION)
    return word.endswith("ed") and word not in _NOT_PAST_ED or word in _IRREGULAR_PAST \
        or word in _PARTICIPLES_ONLY


# Adverbs between "have" and its participle: "may have already peaked".
_HAVE_ADVERBS = frozenset({"already", "also", "never", "not", "just", "probably", "likely",
                           "since", "even", "still", "now", "long", "all"})
# Participles that are no past form of their own: "could have begun", "may have been".
_PARTICIPLES_ONLY = frozenset({"been", "begun", "done", "gone", "seen", "taken", "given",
                               "known", "shown", "grown", "driven", "written", "spoken",
                               "broken", "chosen", "fallen", "risen", "eaten", "gotten", "had"})
# Past forms of "do" and "have" before "until" that make it a past state's end, and how many
# words before it they may be.
_PAST_DO_OR_HAD = frozenset({"did", "didn't", "didn\u2019t", "had"})
_UNTIL_PAST_WORDS = 5
# The forms of "do" a bare verb follows ("did not open", "doesn't expect").
_DO_FORMS = frozenset({"do", "does", "did", "don't", "doesn't", "didn't"})


def may_hold_marker(words: str) -> bool:
    """Say whether a stretch of text may hold a word :func:`word_reading` reads as a marker.

    Never wrong when it says no: punctuation becomes space (so "said," and "won't" still show
    their word), the "he'll" and "-ed" forms are looked for as endings, and "may" counts
    unless every one of them is the month "May".
    """
    lowered = words.lower()
    if "'ll" in lowered or _ED_END.search(lowered):
        return True
    if ("'" in lowered or "\u2019" in lowered) and _CONTRACTION.search(lowered):
        return True
    tokens = lowered.translate(_PUNCTUATION_TO_SPACE).split()
    if not _MARKERS_BUT_MAY.isdisjoint(tokens):
        return True
    return "may" in tokens and lowered.count("may") > words.count("May")


def _word_tense(word: str) -> tuple[Tense | None, bool]:
    """Return the tense a word marks (None for most words) and whether it is a strong marker."""
    if word.endswith("'ll"):
        return Tense.FUTURE, True  # "he'll"
    if word in _STRONG_FUTURE:
        return Tense.FUTURE, True
    if word in _STRONG_PAST:
        return Tense.PAST, True
    if word in _FUTURE_WORDS:
        return Tense.FUTURE, False
    if word in _PAST_WORDS:
        return Tense.PAST, False
    if word in _PRESENT_WORDS or word in _PRESENT_CONTRACTIONS:
        return Tense.PRESENT, False
    if word.endswith(("n't", "n\u2019t")) and len(word) > 4:
        # "didn't", "wasn't", "isn't", "couldn't": the verb's own tense ("can't" is "can")
        verb = word[:-3]
        return _word_tense(_NEGATED_STEMS.get(verb, verb))
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED:
        return Tense.PAST, False
    return None, False
