"""Links between the mentions of a sentence: ranges, ratios, compounds; wholes in _wholes.py."""

from __future__ import annotations

import math
import re

from figcheck.extractors._mention import Mention, tail
from figcheck.extractors._notation import plain
from figcheck.extractors._wholes import (
    link_budget_lines,
    link_other_parts,
    link_relatives,
    link_shares_of_parts,
    link_subsets,
    link_wholes,
)
from figcheck.units import DURATIONS, is_money

_LOWER = {"more_than", "at_least"}
_UPPER = {"less_than", "up_to"}
_BOUND_GAP = re.compile(r"^\s*(?:,|and|but|,\s*(?:and|but))\s*$", re.I)
_EITHER_GAP = re.compile(r"^\s+or\s+(?:even\s+|perhaps\s+|possibly\s+|maybe\s+)?$", re.I)
_RANGE_GAP = re.compile(r"^\s*(?:-\s+)?(?:-|–|—|~|to|through|thru)\s*$|^-?\s+and\s+$", re.I)
_OF_GAP = re.compile(
    r"""^\s+(?:[a-z]+\s+(?:(?:were|was|are|is)\s+)?among|among|out\s+of|of)\s+  # of, among
    (?:the\s+(?:[\w-]+['’]s\s+)?|its\s+|their\s+|our\s+|his\s+|her\s+|my\s+|your\s+
    |[A-Z][\w-]*['’]s\s+|all\s+(?:the\s+)?|a\s+total\s+of\s+)?
    (?:(?:last|first|past|next|previous|remaining|big)\s+)?$  # "six of their last seven"
    """,  # "the country's 31"
    re.I | re.VERBOSE,
)
_PAREN_GAP = re.compile(
    r"^\s*\(\s*(?:about|around|roughly|approximately|some|nearly|almost|or|over|more\ than)?\s*$",
    re.I,
)
# "rose from 24.5 to 26" and "fell 34 cents to $12.10" are changes, not ranges; "ranged from
# 820,000 to 920,000" is a range, and so is "from 200 to 300" with no verb of change before it
_FROM_BEFORE = re.compile(
    r"""
    \b(?:rose|rise|rising|risen|fell|fall|falling|fallen|grew|grow|growing|grown|increased?
    |increasing|decreased?|decreasing|climbed|climbing|dropped|dropping|declined?|declining
    |jumped|surged|soared|plunged|slipped|shrank|shrunk|expanded|doubled|tripled|raised|cut
    |raise|raises|raising|lift|lifts|lower|lowers|hike|hikes
    |gained|gains|gaining|added|adds|lost|loses|shed|sheds|advanced|retreated|sank|slid|tumbled
    |rallied|widened|narrowed|eased|firmed|weakened|strengthened|upgraded|downgraded
    |reduced|lowered|lifted|boosted|hiked|trimmed|slashed|revised|went|changed|moved|up|down
    |edged|increase|decrease|rise|drop|fall|change|growth|jump|gone|go|goes|going)\b  # change
    (?:[^,;]{0,60}?\bfrom\s+|\s+(?:by\s+)?)$                       # ... from; "fell (by)"
    | \b(?:takes|taking|took|taken|brings|bringing|brought|pushes|pushing|pushed|lifts|lifting)
      \s+(?!from\b)[^,;]{1,60}?\bfrom\s+$  # "taking it from 0.25% to 5%", not "takes from"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_COMPARED_FROM = re.compile(r",\s+(?:up|down)\s+from\s+$", re.I)
_SUBDIVISIONS = (
    ("hour", "minute", 60),
    ("minute", "second", 60),
    ("hour", "second", 3600),  # after the minutes: "4hr 38min 12sec"
    ("year", "month", 12),
)
_PER_GAP = re.compile(r"^\s+(?:[a-z]+\s+){0,2}(?:per|for\s+every)\s+$", re.I)  # "17.8 deaths per"
_PER_BASES = {100.0, 1000.0, 10000.0, 100000.0, 1e6}
_IN_GAP = re.compile(r"^\s+(?:in(?:\s+every)?|for\s+every)\s+$", re.I)  # "one in every eight"
# "one household in ten", "one new share for every four": a word or two after "one"
_ONE_IN_GAP = re.compile(r"^\s+(?:[a-z-]+\s+){1,2}(?:in(?:\s+every)?|for\s+every)\s+$")
_COMPOUND_GAP = re.compile(r"^\s+(?:and\s+)?$", re.I)
_SUBUNIT_END = re.compile(r"(?:cents?|pence|penny|pennies|kopecks|kopeks|kopiykas)$", re.I)
_INCH_AFTER = re.compile(r"\s*(?:in\b|\")")


def join_bounds(sentence: str, ms: list[Mention]) -> None:
    """ "more than 10 and less than 40", "at most 100 and at least 20": one range, bounds open."""
    i = 0
    while i < len(ms) - 1:
        a, b = ms[i], ms[i + 1]
        pair = {a.qualifier, b.qualifier}
        gap = sentence[a.end : b.hedge_start if b.hedge_start is not None else b.start]
        if (
            a.hedge_start is not None
            and b.hedge_start is not None
            and pair & _LOWER
            and pair & _UPPER
            and a.range_high is None
            and (a.unit == b.unit or "count" in (a.unit, b.unit))
            and _BOUND_GAP.match(gap)
        ):
            lo, hi = (a.value, b.value) if a.qualifier in _LOWER else (b.value, a.value)
            if lo < hi:
                a.unit = b.unit if a.unit == "count" else a.unit
                a.value, a.range_high, a.qualifier, a.end = (lo + hi) / 2, hi, "range", b.end
                del ms[i + 1]
        i += 1


def link(sentence: str, ms: list[Mention]) -> None:
    """Join ranges, parts of wholes ("42 of the 116"), ranks and bracketed equivalents."""
    join_bounds(sentence, ms)
    i = 0
    while i < len(ms) - 1:
        a, b = ms[i], ms[i + 1]
        if a.bare and b.bare:  # digits and separators between: no range, part or bracket
            i += 1
            continue
        gap = sentence[a.end : b.start]
        if _COMPOUND_GAP.match(gap) and _compound(sentence, a, b):
            del ms[i + 1]
            continue
        per = _PER_GAP.match(gap) and b.value in _PER_BASES and a.unit == b.unit == "count"
        one_in = _ONE_IN_GAP.match(gap) and (
            sentence[a.start : a.end].lower() == "one" or gap.endswith(" every ")
        )  # "one household in ten"; "1.2 nurses for every 1,000", any number
        if (_IN_GAP.match(gap) or per or one_in) and _ratio(a, b, rate=bool(per)):  # "1 in 21"
            a.whole = b.value
            if not (per and gap.split()[0] not in ("per", "for")):  # "931 girls per 1,000
                a.end = b.end  # boys": the girls are counted, so the claim stays "931"
            del ms[i + 1]
            i += 1
            continue
        range_gap, or_gap = _RANGE_GAP.match(gap), _EITHER_GAP.match(gap)
        if not range_gap and b.qualifier == "up_to" and _from_to_as_many(sentence, a, b):
            range_gap, gap = True, " to "  # "from about 800 to as many as 1,700"
        if range_gap:
            _share_unit_back(sentence, a, b, sub_unit=True)  # "69 to 70 cents": both cents
        either = or_gap and _consecutive(a, b)  # "two or three attacks"
        if _TALLY_GAP.match(gap) and _tally(sentence, a, b):
            a.half = b.half = 0.0  # "won the vote by 344 to 190": votes are counted exactly
        joined = (either or range_gap) and _compatible(sentence, a, b)
        if joined and _ranged(sentence, a, gap, b):
            a.unit = b.unit if a.unit in ("count", "age_year") else a.unit  # "aged 5 to 17 months"
            if a.unit != b.unit:  # "$3-4bn": the bare end takes the other's currency
                b.unit = a.unit
            if b.value > a.value and a.value * _scale_gap(a, b) < b.value:
                a.value *= _scale_gap(a, b)
            a.range_high, a.end, a.qualifier = b.value, b.end, "range"
            a.value = (a.value + b.value) / 2
            del ms[i + 1]
            continue
        if gap == " of " and _fraction_of_a_scale(sentence, a, b):
            del ms[i + 1]  # "a quarter of a million": one number, 250,000
            continue
        if a.value < 1 and a.unit == "count" and a.whole is None and gap.lower() == " the ":
            a.whole, a.part_of = b.value, i + 1  # "less than half the 364,000 recorded"
        if a.unit == "percent" and b.unit == "count" and _signed_change(sentence, b, gap):
            b.unit = "percentage_point"  # "Turnout: 66.8% (-1.9)", "3.99%  +0.11": the change
        elif b.unit == "count" and _carries_unit(sentence, a, b, gap):
            b.unit = a.unit  # "from 11 years to eight", "1.5 days a week, up from 0.9"
        elif or_gap:
            _share_unit_back(sentence, a, b)  # "30 or 40 euros", "20 or 30 cents"
        # "cut admissions by 89% among the 2,246 adults": a change, not a share of the 2,246
        share = "among" not in gap.lower() or a.unit in (b.unit, "rank")
        of_gap = _OF_GAP.match(gap)
        if of_gap is None and b.hedge_start is not None and a.end < b.hedge_start:
            if a.value < b.value:  # "312 of more than 38,000": the whole is hedged
                of_gap = _OF_GAP.match(sentence[a.end : b.hedge_start])
        if of_gap and _takes_whole_unit(a, b):
            a.unit = b.unit  # "3 of his 5 hectares": 3 hectares, a part of 5
        if of_gap and b.unit in ("count", a.unit) and share:
            a.whole, a.part_of = b.value, i + 1
        elif _PAREN_GAP.match(gap) and sentence[b.end : b.end + 2].lstrip().startswith(")"):
            b.equivalent_of = i
        i += 1
    link_wholes(sentence, ms)
    link_relatives(sentence, ms)
    link_other_parts(sentence, ms)
    link_subsets(sentence, ms)
    link_shares_of_parts(sentence, ms)
    link_budget_lines(sentence, ms)
    _local_cents(sentence, ms)


# what may follow a bare number that takes the unit of the figure before it
_BARE_END = re.compile(
    r"\s*(?:[,.;:)]|$|(?:in|on|at|a|per|last|this|that|and|but|when|after|before|since|by|over"
    r"|earlier|previously|ago)\b)",
    re.I,
)
_UP_FROM = re.compile(r",\s+(?:up|down)\s+from\s+$", re.I)


def _carries_unit(sentence: str, a: Mention, b: Mention, gap: str) -> bool:
    """A bare number with the unit of the figure before it left out: "upgraded from magnitude
    7.1 to 7.5", "cut the sentence from 11 years to eight", "1.5 days a week, up from 0.9".
    Only with the same scale word ("$2.4 billion, up from 1.9 billion"; in "up from 1.9" the
    scale is left out too), and only where no noun follows the bare number ("from 11 years to
    eight | months" has its own)."""
    if a.unit in ("count", "rank") or a.unit.startswith("age_") or a.scale != b.scale:
        return False
    if not _BARE_END.match(sentence, b.end):
        return False
    if gap.strip().lower() == "to":
        return tail(sentence, a.lead, 8)[1].lower().endswith("from ")
    if a.unit in DURATIONS and _PERIOD_BEFORE.search(tail(sentence, a.lead, 24)[1]):
        return False  # "released over the past 12 months, up from 582": the period, not the count
    return bool(_UP_FROM.search(tail(sentence, b.lead)[1]))


_LEADING = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _share_unit_back(sentence: str, a: Mention, b: Mention, sub_unit: bool = False) -> None:
    """ "30 or 40 euros", "40 or 50 per cent", "20 or 30 cents", "30 or 40 million dong": a bare
    number before "or" takes the unit and scale of the figure after it (not consecutive numbers,
    a range already). Both must be in digits and within a factor of ten of each other. With
    `sub_unit`, only a unit that scales its number ("69 to 70 cents", before the range join)."""
    if a.unit != "count" or a.scale != 1 or a.whole is not None:
        return
    if b.unit in ("count", "rank") or b.unit.startswith("age_") or not sentence[a.start].isdigit():
        return
    raw = _LEADING.search(sentence, b.start, b.end)
    number = float(plain(raw.group(0))) if raw else 0.0
    if not number or not 0.1 <= a.value / number <= 10:
        return
    factor = b.value / (number * b.scale)  # 0.01 for cents, 1 for euros
    if factor <= 0 or not math.isclose(factor, 10.0 ** round(math.log10(factor))):
        return  # not a unit's factor: the digits read are not all of b's number ("2½%")
    if sub_unit and (b.scale != 1 or math.isclose(factor, 1.0)):
        return
    a.unit, a.scale = b.unit, b.scale
    a.value *= b.scale * factor
    a.half = 0.5 * b.scale * factor if b.scale > 1 else a.half * factor


_PERIOD_BEFORE = re.compile(
    r"\b(?:past|last|next|previous|coming|first|over|within|for|(?:in|during)\s+the)\s+$", re.I
)  # "in the 12 months to September, down from 288,300": the window, not the count


_DOLLARS = {"CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"}


def _local_cents(sentence: str, ms: list[Mention]) -> None:
    """ "up 10 cents to C$3.35": cents are hundredths of the sentence's other dollar, or of
    its euro ("a profit of 412 million euros ... a dividend of 15 cents a share")."""
    units = {m.unit for m in ms}
    others = units & _DOLLARS
    if not others and "EUR" in units and "USD" in units:
        others = {"EUR"}  # cents in a sentence whose money is in euros: euro cents
        if any(m.unit == "USD" and not _SUBUNIT_END.search(sentence, m.start, m.end) for m in ms):
            return  # dollars as well as euros: whose cents, the sentence does not say
    if len(others) != 1:
        return
    for m in ms:
        if m.unit == "USD" and _SUBUNIT_END.search(sentence, m.start, m.end):
            m.unit = next(iter(others))


def _ratio(a: Mention, b: Mention, rate: bool = False) -> bool:
    """ "1 in 21": a part of a whole, in whole numbers of things counted; a rate per a round
    base may pass it ("1,018 women for every 1,000 men")."""
    plain = b.qualifier is None and a.range_high is None  # "about 1 in 21": a's hedge stays
    below = a.value < b.value or rate
    whole = b.value.is_integer() and 0 < a.value and below and b.value <= 1e6  # "48.2 per 100,000"
    return plain and whole and a.unit == b.unit == "count" and b.scale == 1


def _compound(sentence: str, a: Mention, b: Mention) -> bool:
    """ "3 dollars 50 cents", "5 feet 2 inches", "two hours and 48 minutes": one amount; fold
    `b` into `a`; a hedge before `a` bounds the whole amount ("up to 3 years and 8 months")."""
    minutes = a.value * 60  # "4hr 38min 12sec": hours and whole minutes, then the seconds
    chain = a.unit == "hour" and b.unit == "second" and abs(minutes - round(minutes)) < 1e-9
    whole = a.value.is_integer() or chain
    if a.range_high is not None or b.qualifier or not whole:
        return False
    if a.unit == b.unit and _SUBUNIT_END.search(sentence, b.start, b.end) and b.value < 1:
        if _SUBUNIT_END.search(sentence, a.start, a.end):
            return False
        a.value, a.half, a.end = a.value + b.value, b.half, b.end
        return True
    for big, small, per in _SUBDIVISIONS:
        if a.unit == big and b.unit == small and b.value < per:  # "two hours and 48 minutes"
            a.value, a.half, a.end = a.value + b.value / per, b.half / per, b.end
            return True
    if a.unit == "ft" and (b.unit == "in" or b.unit == "count" and b.value < 12):
        inch = _INCH_AFTER.match(sentence, b.end) if b.unit == "count" else None
        if b.unit == "count" and not inch:
            return False
        a.value, a.half = a.value + b.value / 12, b.half / 12
        a.end = inch.end() if inch else b.end
        return True
    return False


def _fraction_of_a_scale(sentence: str, a: Mention, b: Mention) -> bool:
    """ "a quarter of a million", "three quarters of a billion": fold `b` into `a`."""
    if not (0 < a.value < 1 and a.unit == "count" and b.scale > 1 and b.value == b.scale):
        return False
    if not sentence[b.start : b.end].lower().startswith(("a ", "an ")):
        return False
    a.value, a.scale, a.unit = a.value * b.scale, b.scale, b.unit
    a.half, a.end = 0.05 * b.scale, b.end  # as "half a million": a tenth of the scale, halved
    return True


_CHANGE_GAP = re.compile(r"^(?:\s*\(\s*|\s{2,}|\t\s*|\s)[+]?$")


def _signed_change(sentence: str, b: Mention, gap: str) -> bool:
    """A bare number with its sign, right after a percentage or in brackets after it: the
    change in points of a table's row ("66.8% (-1.9)", "3.99%   +0.11")."""
    signed = sentence[b.start : b.start + 1] in "-−" or gap.endswith("+")
    return signed and b.scale == 1 and _CHANGE_GAP.match(gap) is not None


def _takes_whole_unit(a: Mention, b: Mention) -> bool:
    """ "3 of his 5 hectares": a whole number of the measured whole's units; not a share ("a
    quarter of the 152 Mbps") nor money or percentages."""
    if a.unit != "count" or b.unit in ("count", "percent", "percentage_point", "rank"):
        return False
    if b.unit.startswith("age_"):
        return False
    return a.value.is_integer() and 1 <= a.value < b.value and not is_money(b.unit)


def _from_to_as_many(sentence: str, a: Mention, b: Mention) -> bool:
    """ "ranged from about 800 to as many as 1,700": "from", "to" and a hedged upper end."""
    if b.hedge_start is None or not _RANGE_GAP.match(sentence[a.end : b.hedge_start]):
        return False
    return sentence[: a.lead].rstrip().lower().endswith(" from")


def _ranged(sentence: str, a: Mention, gap: str, b: Mention | None = None) -> bool:
    """ "between 7 and 9", "from 200 to 300": a range; "rose from 24.5 to 26" is a change;
    "cleared the Senate 68-32" is a tally (a hyphen and a smaller second number)."""
    if b is not None and b.value < a.value * _scale_gap(a, b):
        return False  # "68-32", "54.3% to 45.7%": a tally or two shares, not a range
    before = tail(sentence, a.lead)[1]
    if _BETWEEN.search(before) or gap.strip() in ("-", "–", "—"):
        return True  # "between 7 and 9"; "rise 2–3%" (a dash joins the ends of a range)
    if _COMPARED_FROM.search(before) and b is not None and b.value > a.value:
        return True  # "sees $3.85 to $4.05, down from $4.20 to $4.40": the range before
    if before.endswith("by ") and a.unit != "count" and b is not None:
        own = not sentence[a.start : a.end].replace(".", "").replace(",", "").isdigit()
        if b.value > 2 * a.value or own:  # "cut the price by $100 to $599", "raised it by 11c
            return False  # to 17c" (each with its own unit): a change, then the new level
    if " and " in gap:
        return False
    change = _FROM_BEFORE.search(before)
    if change and b is not None and not change.group(0).rstrip().endswith("from"):
        plain = sentence[a.start : a.end].replace(".", "").isdigit()  # "rise 10 to 12 inches":
        return plain and b.unit != "count" and a.value < b.value <= 2 * a.value  # the ends of
    return not change  # a range, which share the unit; "fell 34 cents to $12.10": a change


_TALLY_GAP = re.compile(r"^\s*(?:votes?\s+)?(?:to|-|–)\s*$", re.I)
_TALLY_BEFORE = re.compile(
    r"\b(?:votes?|voted|voting|passed|approved|rejected|backed|won|lost|ballots?)\b[^.;]{0,40}$",
    re.I,
)


def _tally(sentence: str, a: Mention, b: Mention) -> bool:
    """ "passed 312 to 207": a vote tally, the larger count first, one of them not round."""
    counts = a.unit == b.unit == "count" and a.value.is_integer() and b.value.is_integer()
    exact = (a.half == 0) != (b.half == 0)
    return counts and exact and b.value < a.value and bool(
        _TALLY_BEFORE.search(sentence, max(0, a.lead - 60), a.lead)
    )


def _scale_gap(a: Mention, b: Mention) -> float:
    """ "between 7 and 9 million": the first number takes the second one's scale."""
    if a.scale == 1 and b.scale > 1 and a.value * b.scale <= b.value * 10:
        return b.scale
    if a.half == 0 and b.half > 0 and b.value >= 1000 and a.value * 10 <= b.value:
        return 10 ** math.floor(math.log10(b.half * 2))
    return 1.0


def _consecutive(a: Mention, b: Mention) -> bool:
    """ "two or three", "5 or 6": whole numbers one apart, read as a range."""
    return a.value.is_integer() and b.value == a.value + 1 and a.qualifier is None


def _currency_dash(sentence: str, a: Mention, b: Mention) -> bool:
    """ "$13-15", "£20-30": an amount with its currency mark before it, a dash, then digits."""
    money = is_money(a.unit) and a.scale == b.scale
    marked = not sentence[a.start].isdigit() and sentence[a.end - 1].isdigit()
    dash = b.start - a.end == 1 and sentence[a.end] in "-–" and sentence[b.start].isdigit()
    return money and marked and dash and b.unit == "count" and b.value > a.value


def _compatible(sentence: str, a: Mention, b: Mention) -> bool:
    """Units that may join in a range: the same, or one end bare ("$3-4bn", "3-5%", "$13-15")."""
    if _currency_dash(sentence, a, b):
        return True  # "$13-15 a barrel": the bare end right after the dash takes the currency
    if a.unit == "age_year" and b.unit.startswith("age_"):  # "aged 5 to 17 months"
        return True
    if a.unit == "magnitude" and b.unit == "count":  # "magnitude 5 to 6"
        return True
    return a.unit == b.unit or a.unit == "count" or (b.unit == "count" and b.scale > 1)
