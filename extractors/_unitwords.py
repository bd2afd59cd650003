"""Read what follows a number: ordinal suffix, age, unit, currency word or symbol, temperature."""

from __future__ import annotations

import re

from figcheck.extractors._lexicon import (
    CURRENCY_SCALED,
    CURRENCY_SUFFIX,
    CURRENCY_WORDS,
    NP_STOP,
    SCALE_SPACED,
    SCALES,
    SCALES_COMPOUND,
    SMALL,
    TEMPERATURES,
    UNITS,
)
from figcheck.extractors._mention import Mention, alt, ending, endings, may_end, tail
from figcheck.extractors._per_units import per_unit, per_volume
from figcheck.extractors._points import POINTS, percentage_points
from figcheck.extractors._rare_units import rare_unit
from figcheck.units import DURATIONS

# surface word after a number -> canonical unit and the factor its value takes ("cents": 0.01)
AFTER: dict[str, tuple[str, float]] = {
    **{w: (u, 1.0) for w, u in UNITS.items()},
    **{w.replace(" ", "-"): (u, 1.0) for w, u in UNITS.items() if w.startswith("square ")},
    **{w: (u, 1.0) for w, u in TEMPERATURES.items()},
    **{w: (c, 1.0) for w, c in CURRENCY_WORDS.items()},
    **{w: u for w, u in CURRENCY_SCALED.items()},
}
UNIT_AFTER = re.compile(
    rf"""
    (?:[^\S\n]*|-)                                  # "5 km", "5km", "a 776-foot airship"
    (?:(?P<u>{alt(AFTER)})(?![\w]|(?<=[A-Za-z])-\d)  # a unit; not the T of "1,150 T-72"
      | (?P<sym>[{"".join(CURRENCY_SUFFIX)}])(?!\s?\d))  # "10 €", but not "10 $ 30"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# scale words after a number -> factor ("3.3 million", "10 bln", "6.2 lakh crore")
SCALE_WORDS: dict[str, float] = {**SCALES, **SCALE_SPACED, **SCALES_COMPOUND}
SCALE_AFTER = re.compile(rf"(?:\s*|-)(?P<s>{alt(SCALE_WORDS)})\b", re.IGNORECASE)  # "$118-million"
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_AGE = re.compile(
    r"""
    (?:-|\s+)(?P<u>year|month|week|day)s?(?:-|\s+)olds?\b  # "63-year-old", "five-year-olds"
    | \s+(?P<v>year|month|week)s?\s+of\s+age\b          # "3 years of age"
    | \s*(?:yo|y\.o\.)(?!\w)                            # "87 yo"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_AGE_WORDS = [w for w, v in SMALL.items() if 0 < v < 100]  # "aged two to | four"
_AGE_BEFORE = re.compile(
    rf"""
    \b(?:aged|ages?\s+(?:of|to|at|is|was|from)|of\s+age|ages  # "aged", "retirement age to",
    |(?:at|from|until|before)\s+age  # "of age", "the retirement age from 66 to 68", "at age 12"
    |ages?\s+(?:(?:is|was|will)\s+)?(?:(?:due|set|expected|scheduled)\s+to\s+)?
      (?:rise|rises|rose|risen|rising|increases?|increased|go(?:es)?\s+up)\s+(?:to|from))\s+
    (?:between\s+|from\s+|(?:about|around|roughly|nearly|almost|just|over|under)\s+)?
                                                  # "aged between 16 and 19", "aged about 15"
    (?:(?:\d{{1,3}},?\s+(?:and\s+|to\s+)?)*|(?:{alt(_AGE_WORDS)})\s+to\s+)$  # earlier ages:
                                 # "aged 17, 19 and"; in words only before "to": "aged two to"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_AGE_UNIT = re.compile(r"\s+(month|week|day)s?\b(?:\s+old\b)?", re.IGNORECASE)
# "The mayor, 58, announced": an age in apposition, between commas after a noun
_APPOS_BEFORE = re.compile(
    r"(?<![\d,]\s)\b(?:[A-Za-z](?:[A-Za-z'’.-]|[à-ÿ])*(?:[a-z.]|[à-ÿ])|(?:ex-)?[A-Z]{2,3}),\s"
    r"(?:just\s|only\s|now\s)?$"
)
_APPOS_ENDS = endings([",", "just", "only", "now"], stops=False)
# "said Priya, 26,", "the councillor, 67.", "The chancellor, 58, and her deputy": after a name
# or a person's role, a number between commas (or ending the sentence) is an age
_APPOS_PERSON = re.compile(
    r"""(?:\b[A-ZÀ-Þ](?:[A-Za-z'’-]|[à-ÿ])*(?:[a-z]|[à-ÿ])|\b(?:ex-)?[A-Z]{2,3}|\b(?:councillor|chancellor|mayor|minister|president|director|chief
    |officer|actor|actress|singer|player|coach|teacher|doctor|nurse|driver|worker|farmer|student
    |candidate|senator|governor|judge|lawyer|spokesman|spokeswoman|owner|founder|executive|man
    |woman|boy|girl|mother|father|son|daughter|husband|wife|victim|suspect|defendant|champion|star
    |athlete|author|artist|leader|boss|manager|veteran|winner|captain|striker|chairman|chairwoman))
    ,\s(?:now\s|just\s|only\s)?$""",
    re.VERBOSE,
)
# "The oldest participant was 97 and the youngest 19"; "because he was 17 at the time"
_OLDEST = re.compile(
    r"\b(?:oldest|youngest)\b(?:[^,.;\d]{0,30}\b(?:was|is|were|are))?\s+$", re.IGNORECASE
)
_PERSON_WAS = re.compile(r"\b(?:he|she|who)\s+(?:was|is)\s+$", re.IGNORECASE)
_AGE_TIME_AFTER = re.compile(r"\s+(?:at\s+the\s+time|when)\b", re.IGNORECASE)
_WHO_IS = re.compile(r"\bwho\s+(?:was|is)\s+$", re.IGNORECASE)  # "his granddaughter, who is 12,"


# "He was 79." at the end of a sentence, "died at 84", "At 17 he joined": an age
_SENTENCE_END = re.compile(r"\s*(?:[.;]|$)")
_DIED_AT = re.compile(r"\b(?:died|dies|dying|death)\s+at\s+(?:the\s+age\s+of\s+)?$", re.I)
_AT_BEFORE = re.compile(r"(?:^|[.;:]\s+|\n)At\s+$")
_PERSON_AFTER = re.compile(r",?\s+(?:he|she|I|they|we)\s")
_HE_SHE_WAS = re.compile(r"\b(?:he|she)\s+(?:was|is)\s+$", re.IGNORECASE)
_AND_AFTER = re.compile(r"\s+and\s+(?:was|is|has|had|will|won|plays|played)\b")
# "since they were 18", "when she turned 40", "retiring at 60"
_WHEN_THEY_WERE = re.compile(
    r"\b(?:since|when|until|before|after|once)\s+(?:he|she|they|I|we|you)\s+"
    r"(?:was|were|is|are|turned|turns|turn|reached|reach|reaches)\s+$",
    re.IGNORECASE,
)
_RETIRE_AT = re.compile(r"\bretir(?:e|es|ed|ing)\s+(?:at|aged)\s+$", re.IGNORECASE)
# "16- and 17-year-olds", "18- to 24-year-olds": an age whose unit comes with the next number
_SUSPENDED_AGE = re.compile(
    r"-\s+(?:and|or|to)\s+\d{1,3}-(?:year|month|week|day)s?-olds?\b", re.IGNORECASE
)


def _bare_age(s: str, start: int, end: int) -> bool:
    """A bare number that is an age by the words around it (see _OLDEST, _PERSON_WAS)."""
    lo = max(0, start - 48)
    if ("oldest" in s or "youngest" in s) and _OLDEST.search(s, lo, start):
        return True
    if "at" in s[max(0, start - 4) : start].lower():
        if _DIED_AT.search(s, lo, start) or _RETIRE_AT.search(s, lo, start):
            return True
        if _AT_BEFORE.search(s, max(0, start - 5), start) and _PERSON_AFTER.match(s, end):
            return True
    if _WHEN_THEY_WERE.search(s, lo, start):
        return True
    if not _PERSON_WAS.search(s, lo, start):
        return False
    if _AGE_TIME_AFTER.match(s, end):
        return True
    if (_SENTENCE_END.match(s, end) or _AND_AFTER.match(s, end)) and _HE_SHE_WAS.search(
        s, lo, start
    ):
        return True  # "He was 79." (the last words of an obituary), "He is 23 and was"
    return s[end : end + 1] == "," and _WHO_IS.search(s, lo, start) is not None


_APPOS_END = re.compile(
    r",\s+(?:and|but)\b|\.(?:\s|$)|,\s+[a-z]+(?:ed|s)?\b|\s[–—]\s|\s+and\s+(?!\d)"
)  # "Varga, 24 and ranked 31st"
_APPOS_AFTER = re.compile(
    r",\s+(?:who|was|is|has|had|said|says|of|from|[a-z]+ed|[a-z]+s|won|lost|led|ran|took|made"
    r"|became|came|left|told|wrote|spent|gave|got|went|faces|will|would)\b"
    r"(?!\s+(?:of|percent)\b)"
)


# "patients over 65", "children under 5": a bound on age after a noun for people, when no
# noun follows the number ("over 80 people" counts people)
_PEOPLE = r"""patients|people|adults|pensioners|those|children|kids|men|women|anyone|voters
    |suspects|offenders|victims|artists|visitors|viewers|audiences?|crowd|fans|respondents
    |participants|athletes|graduates|renters|buyers|shoppers|readers|listeners|subscribers
    |residents|drivers|workers|everyone|persons|individuals|smokers|citizens|teenagers|girls|boys
    |claimants|recipients|tenants|borrowers|motorists|passengers|customers|users|consumers
    |mothers|fathers|parents|babies|infants
    |members|candidates|employees|staff|applicants|students|pupils|players|MPs|councillors"""
AGE_BOUND_BEFORE = re.compile(
    rf"""\b(?:{_PEOPLE})\s+(?:aged\s+)?(?:over|under|above|below)\s+$
    | \b(?:{_PEOPLE})\b[^,;.]{{0,40}}\b(?:are|were|is|was)\s+(?:over|under|above|below)\s+$""",
    re.VERBOSE | re.IGNORECASE,
)
AGE_BOUND_AFTER = re.compile(
    r"""\s*(?:$|[.,;:)]|(?:make|made|makes|making|accounting|representing|are|were|is|was|have|had|who|with|and|or|account
    |accounted|in|at|on|living|receive|received|get|got|can|could|will|would|should|must|may
    |need|needed|die|died|face|faced|years?|rose|fell|rise|fall|grew|increased|dropped|take|took
    |takes|won|win|wins|earn|earned|earns)\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# pence written "31p" (no space), and the video line counts that are not pence ("1080p")
_PENCE = re.compile(r"p(?![\w'’&])")
_CENTS_C = re.compile(r"c(?![\w'’&°]|\.\w)")  # "31c": cents (a capital C is Celsius)
_VIDEO_LINES = {240.0, 360.0, 480.0, 720.0, 1080.0, 1440.0, 2160.0, 4320.0}
_POUNDS_OF = re.compile(r"\s+of\s+(?!(?:the|his|her|their|its|public|taxpayers)\b)[a-z]")
_BASIS_POINTS = {"basis points", "basis point", "bps"}
_WON_BARE = re.compile(r"\s+won\b")
_WON = re.compile(r"\s+won\b(?!\s+(?:the|a|an|by|in|at|on|of|over|their|his|her|its)\b)")
# "a quarter | of a percentage point": a fraction of one unit
_OF_A = re.compile(r"\s+(?:of\s+)?an?(?=\s)", re.IGNORECASE)  # "a quarter of a", "half an"
# the word right after a number, for the rare-unit lookup ("85 dB", "a 2-terabyte drive")
_NEXT_WORD = re.compile(r"(?:\s|-)?([^\W\d_][\w/°²³·µ-]*)(?![\w])")
# "35C": an attached capital C is Celsius for a plausible air or water temperature
_BARE_C = re.compile(r"C(?![\w°'’])")
_SECOND_OF = re.compile(
    r"\s+(?:doses?|jabs?|shots?|vaccinations?|rounds?|homes?|properties|half|quarter|terms?"
    r"|place|wave|leg|times?|largest|highest|biggest|straight|consecutive|successive)\b",
    re.IGNORECASE)
# "1.55 C above", "(2.79 F)": a capital C or F after a space, then no word or "&" ("5 C&D")
_SPACED_CF = re.compile(r" ([CF])(?![\w°'’&-]|\.\w)")
_GRADE_BEFORE = re.compile(
    r"\b(?:grade|grades|class|type|section|category|level|part|article|band|tier|step|row|stage"
    r"|phase|block|vitamin)\s+$", re.IGNORECASE)


def age_bound(s: str, mention: Mention) -> None:
    """ "patients over 65": make a hedged count an age in years (see AGE_BOUND_BEFORE)."""
    v = mention.value
    if mention.unit != "count" or mention.qualifier not in ("more_than", "less_than"):
        return
    if not (v.is_integer() and 1 <= v <= 110) or mention.hedge_start is None:
        return
    if AGE_BOUND_BEFORE.search(tail(s, mention.lead)[1] + s[mention.lead : mention.start]):
        if AGE_BOUND_AFTER.match(s, mention.end):
            mention.kind, mention.unit = "age", "age_year"


def read_after(s: str, mention: Mention, end: int, integer: bool) -> int:
    """Set the mention's unit and kind from what follows it; return the new end."""
    if mention.unit != "count":  # a currency mark before the number: nothing more to read
        return end
    if _ORDINAL.match(s, end):
        mention.kind, mention.unit = "ordinal", "rank"
        return _ORDINAL.match(s, end).end()  # type: ignore[union-attr]
    age = _AGE.match(s, end)
    if age:
        unit = (age.group("u") or age.group("v") or "year").lower()
        mention.kind, mention.unit = "age", f"age_{unit}"
        return age.end()
    if s[end : end + 1] == "-" and _SUSPENDED_AGE.match(s, end):
        mention.kind, mention.unit = "age", "age_year"  # "16- and 17-year-olds"
        return end
    before = tail(s, mention.start)[1]
    # _AGE_BEFORE needs "age" ("aged", "ages", "of age"): most text before a number has none
    if (
        mention.value < 130
        and "age" in before.lower()
        and not (s[end : end + 1] == "%" or s.startswith((" per cent", " percent"), end))
        and _AGE_BEFORE.search(before)
    ):
        mention.kind, mention.unit = "age", "age_year"
        young = _AGE_UNIT.match(s, end)  # "aged 5 to 17 months": an age in months
        if young:
            mention.unit = f"age_{young.group(1).lower()}"
            return young.end()
        return end
    if mention.value < 10 and s.startswith(" on the Richter scale", end):
        mention.unit = "magnitude"  # "measured 2.4 on the Richter scale"
        return end + len(" on the Richter scale")
    if -273 <= mention.value <= 60 and _BARE_C.match(s, end):  # "45C", "-170C" on the Moon
        mention.unit = "degC"
        return end + 1
    spaced = _SPACED_CF.match(s, end) if -273 <= mention.value <= 140 else None
    if spaced and not _GRADE_BEFORE.search(s, max(0, mention.start - 16), mention.start):
        mention.unit = "degC" if spaced.group(1) == "C" else "degF"  # "1.55 C", "(2.79 F)"
        return spaced.end()
    if mention.value < 1000 and _CENTS_C.match(s, end):  # "a dividend of 31c a share"
        mention.unit, mention.value, mention.half = "USD", mention.value / 100, mention.half / 100
        return end + 1
    pence = _PENCE.match(s, end) if mention.value < 10_000 else None
    if pence and mention.value not in _VIDEO_LINES:  # "31p", "17.3p"; not "1080p" video
        mention.unit, mention.value, mention.half = "GBP", mention.value / 100, mention.half / 100
        return pence.end()
    if 0 < mention.value < 1 and s.startswith("-point", end):  # "a quarter-point cut"
        mention.unit = "percentage_point"
        return end + len("-point")
    won = None
    if mention.scale >= 1e9:  # "10.4 trillion won in the second quarter": money, whatever follows
        won = _WON_BARE.match(s, end)
    elif mention.scale >= 1e6 or mention.value >= 1000:
        won = _WON.match(s, end)
    if won:  # "10.4 trillion won": the Korean currency after a large amount, not the verb
        mention.unit = "KRW"
        return won.end()
    points = POINTS.match(s, end)
    if points and percentage_points(s, mention.start, points.end()):
        mention.unit = "percentage_point"  # "turnout 94.1%, up 10 points on 2021"
        return points.end()
    unit = UNIT_AFTER.match(s, end)
    if unit is None and s[end : end + 1] == " ":  # "9 extra days", "three straight months"
        unit = _duration_after_adjective(s, end)
    part_of = _OF_A.match(s, end) if unit is None and 0 < mention.value < 1 else None
    if part_of:  # "a quarter of a percentage point", "half of a mile": a part of one unit
        unit = UNIT_AFTER.match(s, part_of.end())
    if unit:
        if unit.group("sym"):
            mention.unit = CURRENCY_SUFFIX[unit.group("sym")]
            return unit.end()
        word = unit.group("u").lower()
        if unit.group("u") == "M":  # "1,674.5 M" is a million in finance tables, not metres
            return end
        if word == "second" and _SECOND_OF.match(s, unit.end()):
            return end  # "612,350 second doses": the ordinal, not seconds
        if word == "pounds" and _POUNDS_OF.match(s, unit.end()):
            mention.unit = "lb"  # "41 pounds of methamphetamine": a weight, not money
            return unit.end()
        mention.unit, factor = AFTER[word]
        mention.value, mention.half = mention.value * factor, mention.half * factor
        if mention.unit in ("g", "mg"):
            return per_volume(s, mention, unit.end())  # "35 milligrams per litre"
        if word in _BASIS_POINTS and mention.value * 100 == int(mention.value * 100):
            mention.half = 0.0  # "140 basis points": quoted exactly, not rounded to tens
        if factor >= 1e3 and mention.half == 0:  # "30 MUSD": +-0.5 million, as "30 million"
            mention.half = 0.5 * factor
        return _currency_scale(s, mention, unit.end()) if word in CURRENCY_WORDS else unit.end()
    rare = _NEXT_WORD.match(s, end)
    found = rare_unit(rare.group(1)) if rare and rare.group(1) not in NP_STOP else None
    if found is None and rare and "/" in rare.group(1):
        found = per_unit(rare.group(1))  # "38 µg/m³", "300 Wh/kg"
    if found and rare:  # "150 micrograms", "85 dB": from quantulum3's list of units
        mention.unit = found
        return per_volume(s, mention, rare.end())
    if (
        integer
        and 0 < mention.value < 120
        and mention.qualifier is None
        and may_end(ending(tail(s, mention.start, 40)[1]), _APPOS_ENDS)
        and _APPOS_BEFORE.search(s, max(0, mention.start - 40), mention.start)
        and (
            _APPOS_AFTER.match(s, end)
            or _APPOS_PERSON.search(s, max(0, mention.start - 40), mention.start)
            and _APPOS_END.match(s, end)
        )
    ):
        mention.kind, mention.unit = "age", "age_year"
    elif (
        (integer or s[mention.start : mention.start + 1].isalpha() and mention.value.is_integer())
        and 0 < mention.value < 120
        and _bare_age(s, mention.start, end)
    ):  # "his granddaughter, who is 12," and "who is six,"
        mention.kind, mention.unit = "age", "age_year"
    return end


_DURATION_ADJECTIVE = re.compile(
    r" (?:extra|more|additional|further|full|whole|straight|consecutive|successive)(?= )", re.I
)


def _duration_after_adjective(s: str, end: int) -> re.Match[str] | None:
    """The unit of time after an adjective ("9 extra days", "four straight months"), or of
    food energy ("385 more calories"), or None."""
    gap = _DURATION_ADJECTIVE.match(s, end)
    unit = UNIT_AFTER.match(s, gap.end()) if gap else None
    if unit is None or unit.group("sym"):
        return None
    measured = AFTER[unit.group("u").lower()][0]
    if measured in DURATIONS or measured == "kcal" and gap and gap.group(0).strip() != "full":
        return unit  # "9 extra days", "385 more calories"
    return None


def _currency_scale(s: str, mention: Mention, end: int) -> int:
    """ "75 USD million": a scale word after the currency code still scales the number."""
    more = SCALE_AFTER.match(s, end) if mention.half == 0 or mention.value < 1000 else None
    if more is None:
        return end
    scale = SCALE_WORDS[more.group("s").lower()]
    mention.value, mention.half = mention.value * scale, max(mention.half * scale, 0.5 * scale)
    return more.end()


def is_ordinal_word(text: str) -> bool:
    """Whether a words match is a lone ordinal word ("third"), read as a rank."""
    return text.isalpha() and text.lower().endswith(("st", "nd", "rd", "th"))
