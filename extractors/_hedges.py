"""Hedges around a number: "about", "more than", "up to" before it, "or more" after it."""

from __future__ import annotations

import re

from figcheck.extractors._lexicon import HEDGES, HEDGES_AFTER
from figcheck.extractors._mention import Mention, alt, endings, may_end
from figcheck.extractors._unitwords import AGE_BOUND_BEFORE
from figcheck.units import DURATIONS

_SIGNS = {h for h in HEDGES if not h[0].isalpha()}
# hedges that an article may follow ("at least another 10 days", "roughly a 1 in 20 chance");
# after a one-word preposition or verb the article starts a noun phrase ("at odds over a $1.5bn
# award", "leased under a ₹312 crore contract")
_WITH_ARTICLE = {h for h in HEDGES if " " in h} | {"about", "around", "roughly", "approximately",
                                                   "nearly", "almost"}  # fmt: skip
_HEDGE_BEFORE = re.compile(
    rf"""
    (?:(?<![\w<>=])(?P<h>{alt(set(HEDGES) - _SIGNS)})\s+  # "about ", "more than "
      | (?<![<>=])(?P<s>{alt(_SIGNS)})\s*)$               # ">", "<= "
    """,
    re.VERBOSE | re.IGNORECASE,
)
# the same, with an article after the hedge; tried only where the text before the number ends
# with one ("at least another 10 days")
_ARTICLE_BEFORE = re.compile(r"\s(?:another|a\s+further|an?)\s+$", re.IGNORECASE)
_HEDGE_ARTICLE = re.compile(
    rf"(?<![\w<>=])(?P<a>{alt(_WITH_ARTICLE - _SIGNS)})\s+(?:another|a\s+further|an?)\s+$",
    re.IGNORECASE,
)
_HEDGE_WIDTH = max(map(len, HEDGES)) + 4  # the end-anchored search reads no further back
# the last words _HEDGE_BEFORE needs (see `may_end`): most numbers have none of them
_HEDGE_ENDS = endings(h.split()[-1] for h in HEDGES)
_ARTICLE_ENDS = endings(["another", "further", "a", "an"], stops=False)
_HEDGE_AFTER = re.compile(
    rf"""
    (?:\s+[a-z]+(?=\s+or\s+(?:more|fewer)(?:\s*[,.;)]|\s*$|\s+(?:in|on|a|per|each|over
        |during|for|by|at|before|within)\b)           # "500 drones or more in a night"
      | \s+(?:a|per|each)\s+(?:day|week|month|year|night)\s+or\b)  # "steps | a day or more"
      | \s+years?(?=\s+(?:and|or)\s+(?:older|younger|over|under)\b))?  # "aged 1 year and older"
    (?:\s+(?:a|per|each)\s+(?:day|week|month|year|night))?  # "7,000 steps a day or more"
    \s+(?:or|and)\s+(?P<h>{alt(HEDGES_AFTER)})\b      # "50 or more", "200 or greater"
    (?!\s+(?:than|or\s+equal|to)\b|\s+\S*\d)          # not "10 and below 15", "and less than"
    | \s+or\s+equal\b(?:\s+to\b)?                     # "more than 5000 or equal (to)"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# a negation right before a strict bound turns it round: "did not fall below 26°C" is at least
# 26, "must not exceed 5%" at most 5; not "do not include more than 4 million" (another verb)
_LEVEL_VERBS = alt(
    """fall falls fell fallen drop drops dropped dip dips dipped go goes went gone rise rises
    rose risen climb climbs climbed sink sinks sank sunk slip slips slipped be been is are was
    were get gets got stay stays stayed""".split()
)
_NOT_BEFORE = re.compile(rf"(?:\b(?:not|never)|n['’]t)\s+(?:(?:{_LEVEL_VERBS})\s+)?$", re.I)
_NEGATED = {"less_than": "at_least", "more_than": "up_to"}
# before "over" and a span of time, a word that makes it a bound: "in over 20 years", "took well
# over an hour" (else "over 10 years" is the span: "£2bn over 10 years")
_BOUND_BEFORE_OVER = re.compile(
    r"\b(?:in|for|well|just|little|took|take|takes|taken|lasted|lasts|last|waited|wait|spent)\s+$",
    re.IGNORECASE)
# "112 Ukrainian drones over 9 regions": a counted noun (no verb) right before "over"
_NOUN_BEFORE_OVER = re.compile(
    r"""\d(?:[\d,.]*\d)?\s+(?:(?![a-z]+ed\b|ha[sd]\b|have\b|was\b|were\b|at\b|to\b|in\b|on\b|of\b
      |by\b|for\b|from\b|put\b|is\b|are\b|be\b|been\b|with\b|than\b)[A-Za-z][\w-]*\s+){1,3}$
    | \d[a-zA-Z]+\s+$""",  # "covers 3,338km over 21 stages": a unit, then "over"
    re.VERBOSE,
)
_PHRASAL_OVER = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|sign|signs|signed|signing"
    r"|charged|arrested|sued|questioned|detained|investigated|probed|indicted|row|dispute"
    r"|protests?|clash|clashes)\s+$",  # "charged over Sh2.3 billion": in connection with
    re.IGNORECASE,
)
# "up to 4.1% from 3.6%": a level and the one before it (not "up to 18 weeks from 7 July")
_FROM_AFTER = re.compile(
    r"\s+from\s+(?:[$€£¥₹]\d|\d[\d,.]*\s*(?:%|percent|per\s+cent|bn\b|billion|million|m\b))",
    re.IGNORECASE,
)
_SPAN_BEFORE = re.compile(r"\b(?:start|starts|started|starting|range|ranges|from)\b", re.I)
_GO_BEFORE = re.compile(
    r"\b(?:go|goes|went|gone|going|edged|edges|crept|inched|ticked|moved|climbed|move|moves"
    r"|moving|climb|climbs|jump|jumps|jumped|pick|picks|picked|picking)\s+$",
    re.IGNORECASE,
)

# "deaths have passed 1,000", "the index crossed 20,000", "inflation rose past 4%": a mark
# passed is a lower bound; not a number of things passed ("passed 12 bills"), nor a tally
# ("passed 312 to 207"), nor "the past 12 months"; "past" only after a verb of rising (a
# currency that "weakened past" a rate may have gone either way)
_PASSING = frozenset("pass passes passed passing cross crosses crossed crossing past".split())
_THINGS_AFTER = re.compile(
    r"""\s+(?!(?:for|this|last|in|on|by|at|mark|milestone|threshold|barrier|level|a|an|the|per
    |and|or|as|after|since|during|when|while|with|from|of|before|earlier|again|once|so|yet|if
    |unless|until|because|despite|although|though|within|without|amid|next|that)\b)
    [a-z]
    | \s+(?:votes?\s+)?(?:to|-|–)\s*\d""",
    re.VERBOSE,
)
_PASS_BY_AFTER = re.compile(
    r"\s+(?:from|of|away|above|below|behind|within|off|north|south|east|west)\b", re.I
)
_RISE_BEFORE = re.compile(
    r"\b(?:rose|risen|rising|rises|climbed|climbing|climbs|jumped|surged|soared|pushed|crept"
    r"|edged\s+up)\s+$",
    re.IGNORECASE,
)


def _passes_a_mark(s: str, mention: Mention, hedge_start: int) -> bool:
    """Whether "passed", "crossed" or "past" before the mention bounds it (see _PASSING)."""
    if s[hedge_start : hedge_start + 4].lower() == "past":
        return _RISE_BEFORE.search(s, max(0, hedge_start - 16), hedge_start) is not None
    if _PASS_BY_AFTER.match(s, mention.end):
        return False  # "will pass 31,000 km from Earth": passing by, at a distance
    return mention.unit != "count" or not _THINGS_AFTER.match(s, mention.end)


def read_hedge(s: str, mention: Mention, last: str) -> None:
    """The hedge before the number ("about", "more than") and after it ("or more").

    `last` is the `ending` of the text before the mention's start."""
    lo = max(0, mention.start - _HEDGE_WIDTH)
    hedge = None
    if may_end(last, _HEDGE_ENDS):
        hedge = _HEDGE_BEFORE.search(s, lo, mention.start)
    if hedge is None and may_end(last, _ARTICLE_ENDS):
        if _ARTICLE_BEFORE.search(s, max(0, mention.start - 12), mention.start):
            hedge = _HEDGE_ARTICLE.search(s, max(0, lo - 10), mention.start)
    word = None
    if hedge is not None:
        article = hedge.re is _HEDGE_ARTICLE
        word = (hedge.group("a") if article else hedge.group("h") or hedge.group("s")).lower()
    if word in ("a maximum of", "a minimum of") and mention.unit in ("degC", "degF"):
        hedge = None  # "recorded a maximum of 45.6°C": the day's highest, not a bound
    elif word == "up to" and mention.unit == "rank":
        hedge = None  # "would move them up to second": a place, not a bound
    elif word == "up to" and _FROM_AFTER.match(s, mention.end):
        hedge = None  # "revises growth up to 4.1% from 3.6%": the new level, not a bound
    elif word == "up to" and _GO_BEFORE.search(s, max(0, hedge.start() - 14), hedge.start()):
        # "will go up to 12.41 euros" is the new level; "start at €35 and go up to €120" a bound
        if not _SPAN_BEFORE.search(s, max(0, hedge.start() - 60), hedge.start()):
            hedge = None
    if word == "over" and _PHRASAL_OVER.search(s, max(0, hedge.start() - 12), hedge.start()):
        hedge = None  # "each side handed over 390 prisoners": the verb's particle
    if (
        hedge is not None
        and word == "over"
        and _NOUN_BEFORE_OVER.search(s, max(0, hedge.start() - 30), hedge.start())
        and not AGE_BOUND_BEFORE.search(s, max(0, mention.start - 60), mention.start)
    ):
        hedge = None  # "112 drones over 9 regions": a preposition; "10 people over 65" an age
    if word in _PASSING and not _passes_a_mark(s, mention, hedge.start()):
        hedge = None  # "the Senate passed 12 bills", "over the past 12 months"
    elif word == "near" and mention.unit == "count" and _THINGS_AFTER.match(s, mention.end):
        hedge = None  # "a camp near 30 farms": a place, not a hedge ("near one per cent" is)
    span = word == "over" and mention.unit in DURATIONS and hedge is not None
    if span and _BOUND_BEFORE_OVER.search(s, max(0, hedge.start() - 12), hedge.start()):
        span = False  # "the lowest in over 20 years", "held for over 550 days", "took well
        # over an hour": more than
    if hedge and not span:
        # "over 10 years" is a span of time, not a lower bound
        mention.qualifier = HEDGES[word]
        mention.hedge_start = hedge.start()
        negated = _NOT_BEFORE.search(s, max(0, hedge.start() - 24), hedge.start())
        if negated and mention.qualifier in _NEGATED:  # "did not fall below 26°C": at least 26
            mention.qualifier = _NEGATED[mention.qualifier]
    if s.startswith("-plus", mention.end) and mention.qualifier is None:
        mention.qualifier = "at_least"  # "a $9 billion-plus quarter"
    after = _HEDGE_AFTER.match(s, mention.end)
    if after and after.group("h") and after.group("h").lower() == "so" and " or " not in after[0]:
        after = None  # "50 and so on": no hedge; "6,000 or so" is one
    if after and after.group("h"):
        mention.qualifier = HEDGES_AFTER[after.group("h").lower()]
    elif after and mention.qualifier in ("more_than", "less_than"):
        mention.qualifier = "at_least" if mention.qualifier == "more_than" else "up_to"
