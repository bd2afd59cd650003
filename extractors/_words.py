"""Spelled-out numbers: cardinals with scales, fractions and mixed numbers, ordinal words, "one"."""

from __future__ import annotations

import re

from figcheck.extractors._lexicon import SCALES, SMALL
from figcheck.extractors._mention import alt, tail

# Denominators of spelled-out fractions ("three quarters", "two fifths"), singular and plural
_DENOM = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "twelfth": 12, "sixteenth": 16,
    "twentieth": 20, "thirtieth": 30, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip
FRACTIONS = _DENOM | {f"{w}s": d for w, d in _DENOM.items() if not w.endswith("f")}
# Ordinal words read as ranks ("finished third out of 26"); "second" is too often time
ORDINALS = {
    "first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20,
}  # fmt: skip
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}


_CARD = alt(SMALL)
_SCALE = alt(SCALES)
_FRAC = alt(FRACTIONS)
# "and" joins number words after a scale ("three hundred and two") or before a fraction ("two
# and a half", "one and three quarters", "two and fifty-four hundredths"); "between three and
# seven" is two numbers
_AND = (
    "(?:" + "|".join(f"(?<={s})" for s in sorted(SCALES)) + r")\s+and"
    rf"|\s+and(?=\s+(?:a\s|(?:{_CARD})(?:[\s-]+(?:{_CARD}))?[\s-]+(?:{_FRAC})\b))"
)
# "a" or "an" is one unit of time after a hedge ("for more than a year", "in under an hour"):
# the units and hedges, for the words pattern and for hedged_units below
_A_UNITS = ("minute", "hour", "day", "week", "month", "year", "decade", "century")
_A_HEDGES = ("than", "over", "under", "up to", "nearly", "almost", "about", "around", "roughly")
_AFTER_A_HEDGE = "|".join(r"(?<=\b" + h.replace(" ", r"\s") + r"\s)" for h in _A_HEDGES)
# The words branch of the number pattern (extractors/_numbers.py), as a verbose fragment
WORDS_PATTERN = rf"""
    (?P<words>\b(?:
        half\s+a                                     # "half a million"
      | (?:a|half|quarter)(?=\s+(?:dozen|{_SCALE})\b)  # "a dozen", "half million"
      | (?:half|quarter)(?=-point\b)                  # "another quarter-point cut"
      | quarter(?=\s+of\s+an?\s+(?:{_SCALE})\b)       # "an estimated quarter of a million"
      | (?<!first\s)(?<!second\s)(?<!last\s)(?<!other\s)(?<!top\s)(?<!bottom\s)
        half(?=\s+(?:an?\s+)?(?:hour|day|week|month|year|minute|century|decade)\b)
                                                       # "half an hour", "every half hour"
      | a(?=\s+(?:half\b|(?:{_FRAC})(?:\s+of\b|\s*[,.;)]|\s*$  # "a third of"
        | \s+(?:more|less|fewer|higher|lower|larger|bigger|smaller|cheaper|dearer|up|down
          |since|in|over|from|on|than|compared|last|this|below|above
          |according|had|have|has|were|was|are|is|said|say)\b)))  # "a third more than", "up a
                                                          # tenth in", "a third had put in"
      | (?<=\bby\s)a(?=\s+(?:{_FRAC})\b)                # "fell by a fifth"
      | (?:(?<=about\s)|(?<=around\s)|(?<=roughly\s)|(?<=nearly\s)|(?<=almost\s)|(?<=than\s)
        |(?<=least\s)|(?<=over\s)|(?<=under\s)|(?<=some\s))
        a(?=\s+(?:{_FRAC})\b)                           # "about a quarter spend"
      | (?<=\bby\s)half\b                              # "cut by half"
      | (?:{_AFTER_A_HEDGE})                           # a hedge before
        an?(?=\s+(?:{"|".join(_A_UNITS)})\b(?!['’]s\b|\s+and\s+a\s+half))
                                                       # "a year": "for more than a year",
                                                       # "in under an hour"
      | (?:(?<=\bof\s)|(?<=about\s)|(?<=around\s)|(?<=nearly\s)|(?<=almost\s)|(?<=roughly\s)
        |(?<=than\s)|(?<=over\s)|(?<=just\s)|(?<=some\s))
        half(?=\s*[,.;)]|\s*$|\s+(?:before|since|last|this|in|a\s+year|as|that|from|compared
        |on|what)\b)                                    # "a decline of nearly half."
      | (?:(?<=\bthan\s)|(?<=\bover\s)|(?<=\bunder\s)|(?<=\bup\sto\s)|(?<=\bleast\s)
        |(?<=\bnearly\s)|(?<=\balmost\s)|(?<=\broughly\s))  # a hedge makes it a share:
        half(?=\s+(?!(?:an?|past|time|term|way|hour|day|century|decade|dozen)\b)[a-z]+\b)
                                                       # "less than half funded", "up to half her"
      | (?<!first\s)(?<!second\s)(?<!last\s)(?<!other\s)(?<![a-z]\s)  # "Half were women"
        half(?=\s+(?:were|was|are|is|had|have|said|say|says|did|do|does|will|would|could|can
        |expect|expected|want|wanted|think|thought|believe|believed|reported|report|support
        |supported|oppose|opposed|backed|back|plan|planned)\b)
      | half(?=\s+what\b|\s+as\s+(?:many|much)\b)        # "half what it held", "half as many"
      | (?<!first\s)(?<!second\s)(?<!last\s)(?<!other\s)  # not "the first half of the year",
        (?<!top\s)(?<!bottom\s)(?<!upper\s)(?<!lower\s)     # "the bottom half of the draw"
        half(?=\s+(?:of|the)\b)                       # "half of the country's GDP", "half the dose"
      | {_CARD}                                      # a number word
      | (?:{alt(ORDINALS)})(?=\s+(?:out\s+of|of)\s+\d)  # "third out of 26": a rank
      | (?:(?<=ranked\s)|(?<=finished\s)|(?<=finishing\s)|(?<=placed\s)|(?<=came\s)
        |(?<=come\s)(?!first\b))                         # not "safety must come first"
        (?:{alt([*ORDINALS, "second"])})                # "finished second": a rank
      | (?:second|{alt(ORDINALS)})(?=\s+most\s|\s+(?:largest|biggest|highest|lowest|busiest|richest
        |poorest|largest|smallest|best|worst)\b)         # "the third most expensive"
      | second(?=\s+in\s+the\s+(?:table|standings|league|rankings?|world|polls?)\b)
      | (?:second|{alt(ORDINALS)})(?=-placed\b           # "Second-placed Leverkusen"
        | \s+(?:in|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}(?:rankings?|standings|table|index
          |league|chart)\b)                              # "third in Deloitte's Money League"
      | (?<=[A-Za-z]\s)(?<!\bin\sthe\s)(?:second|{alt(ORDINALS)})  # "with Germany second",
        (?=\s*(?:[,.;:)]|$)|\s+(?:in|with|on|behind|ahead|place|position|overall|spot|at|seed)\b
                                # "in fifth place", not "in the first place": kept only in a
                                # ranking (news.py)
        | \s+and\s+(?!(?:{_CARD}|{_FRAC}|a)\b))              # not "second and three ..."
      | (?:second|{alt(ORDINALS)})(?=-(?:largest|biggest|highest|lowest|busiest|richest|poorest
        |smallest|best|worst|most)\b)                    # "the second-largest"
    )
    (?:(?:{_AND})?(?:[\s-]+|\s+-\s+)                 # joined by space, hyphen or "and"
       (?:a\s+(?=(?:{_FRAC}|{_SCALE})\b))?           # "and a half", "a quarter million"
       (?:{_CARD}|{_SCALE}|{_FRAC}))*                # more words: "three hundred and two"
    )\b
"""


def parse_words(text: str) -> tuple[float, float] | None:
    """Value and scale of a run of number words ("three hundred and two", "five and a half
    million", "two thirds"); None when the words are not a number ("a", a lone fraction)."""
    tokens = re.split(r"[\s-]+", text.lower())
    if tokens in (["a"], ["an"]):  # "a" alone is matched only as one unit of time ("over a year")
        return 1.0, 1.0
    if len(tokens) == 1 and tokens[0] in ORDINALS:
        return float(ORDINALS[tokens[0]]), 1.0
    if tokens == ["second"]:  # matched only in a ranking ("finished second")
        return 2.0, 1.0
    total, current, since_and, scale, seen = 0.0, 0.0, 0.0, 1.0, False
    after_and, frac_after_scale = False, False
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else ""
        if tok == "and":
            since_and, after_and = 0.0, True
            continue
        if tok == "a":  # "a dozen", "and a half"; not the "a" of "half a million"
            if not since_and:
                current, since_and = current + 1, 1.0
            continue
        if tok in SMALL:
            if tok == "dozen":
                current = current * 12 if current else 12.0
            else:
                current, since_and = current + SMALL[tok], since_and + SMALL[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            since_and, seen = current, True
        elif tok in SCALES and prev in SCALES and not current:  # "lakh crore": 10^5 x 10^7
            total *= SCALES[tok]
            scale *= SCALES[tok]
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            scale, current, since_and, seen = SCALES[tok], 0.0, 0.0, True
        elif tok in FRACTIONS:
            num = (since_and if after_and else current) or 1.0
            if tok in _DENOM and num != 1:
                return None  # "twenty-fifth" is an ordinal, not 20/5
            part = num / FRACTIONS[tok]
            current = current - (since_and if after_and else current) + part
            frac_after_scale = total > 0 and current < 1
            since_and, seen = part, True
        else:
            return None
    if frac_after_scale:  # "one million and a half": half of the scale
        current *= scale
    value = total + current
    return (value, scale) if seen and value else None


# "one" is a count, not a pronoun, when it is stressed ("just one"), paired with another
# number ("One Su-25 and two Mi-8", "two jets and one Su-27") or counts people who died or were
# hurt ("One person died"); not in "one of the", "one official said", "one day"
_ONE_BEFORE = re.compile(
    rf"""\b(?:just|(?<!\bthe\s)only|exactly|at\s+least|more\s+than|minus|negative)\s+$  # not
                                                    # "the only one to close higher": a pronoun
    | \b(?:led|lead|leads|leading|won|wins|lost|loses|beat|beats|trail|trails|trailed)\s+by\s+$
    | (?:\d|\b(?:{alt(SMALL)}))\b[^.;:]{{0,40}}\band\s+$
    | \bone\s+[a-z-]+,\s+(?:and\s+)?$                    # the second of one X, one Y
    | \baged\s+$                                      # people aged one and above""",
    re.VERBOSE | re.IGNORECASE,
)
_ONE_AFTER = re.compile(
    rf"""\s+(?:in|out\s+of)\s+(?:every\s+)?(?:\d|(?:{alt(SMALL)})\b)  # "one in (every) five"
    | (?:\s+[a-z-]+){{1,2}}\s+(?:in|for)\s+(?:every\s+)?(?:\d{{1,3}}(?![\d,.])|(?:{alt(SMALL)})\b)
                                                    # "one household in ten", "one for every two"
    | \s+for\s+every\s+(?:\d|(?:{alt(SMALL)})\b)
    | \s+(?:or|to)\s+(?:\d|(?:{alt(SMALL)})\b)                # "one or two points"
    | \s+(?:more|fewer|less)\s+than\b                         # "one more than they hold"
    | \s+(?:shot|goal|run|lap|stroke|win|seat|vote|dose|pill|bag|wicket|set)s?\b
    | \s+point\s+(?:behind|ahead|clear|adrift|off|from|short|below|above)\b  # "one point behind"
    | \s+round\s+(?:to\s+play|left|remaining)\b                             # "one round to play"
                                                # "one lap down", "one dose": a thing counted
    | (?:\s+[\w-]+){{1,4}}\s+and\s+(?:\d|(?:{alt(SMALL)})\b)   # "One Su-25 and two"
    | \s+[a-z-]+,\s+one\s                                     # "one microphone, one laptop"
    | \s+(?:person|man|woman|child|soldier|civilian|officer|passenger|patient|worker|resident
      |student|journalist|firefighter|police\s+officer|volunteer|pilot|driver|tourist|climber
      |miner|fisherman|guard|prisoner|teacher|nurse|doctor|rescuer|villager|pedestrian|cyclist
      |motorist|protester|migrant|refugee|employee|boy|girl|baby|teenager|pensioner)
      \s+(?:was\s+|has\s+)?(?:died|killed
      |injured|wounded|hurt|dead|missing|arrested|detained|hospitali[sz]ed|treated|rescued
      |evacuated)\b
    | [.;]?\s*$                                                 # "a majority of just one."
    """,
    re.VERBOSE | re.IGNORECASE,
)


def one_counts(s: str, start: int, end: int) -> bool:
    """Whether "one" at s[start:end] is a figure (see _ONE_BEFORE and _ONE_AFTER)."""
    if s[max(0, start - 4) : start] == "-in-":
        return False  # "a three-in-one pill": a name
    before = _ONE_BEFORE.search(tail(s, start)[1])
    after = _ONE_AFTER.match(s, end)
    if after and after.group(0).strip(" .;") == "":  # "one" ends the sentence: needs stress
        return bool(before)
    return bool(before or after)


_TIME_UNITS = frozenset(_A_UNITS)
_HEDGED_A = re.compile(
    r"\b(?:" + "|".join(h.replace(" ", r"\s+") for h in _A_HEDGES) + r")\s+an?\s+(?:"
    + "|".join(sorted(_TIME_UNITS)) + r")\b", re.IGNORECASE)
_HEDGE_WORDS = frozenset(h.split()[-1] for h in _A_HEDGES)  # in lower case, as `letters_only`
_NONE: frozenset[str] = frozenset()


def hedged_units(sentence: str, words: list[str] | set[str]) -> frozenset[str]:
    """The units of time that stand after a hedge and "a" ("more than a year"), for the words
    pattern to start before; most sentences name no unit of time, or none after a hedge."""
    if _TIME_UNITS.isdisjoint(words) or _HEDGE_WORDS.isdisjoint(words):
        return _NONE
    units = _TIME_UNITS.intersection(words)
    low = sentence.lower()
    if not any(f" a {u}" in low or f" an {u}" in low for u in units):
        return _NONE  # most sentences with "year" and "to" hold no "a year"
    if not _HEDGED_A.search(sentence):
        return _NONE
    return units
