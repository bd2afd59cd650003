"""Links between the mentions of a sentence: ranges, ratios, compound amounts, parts of wholes."""

from __future__ import annotations

import math
import re

from figcheck.extractors._context import lemma, noun_after
from figcheck.extractors._mention import Mention, tail
from figcheck.units import DURATIONS, is_money

_LOWER = {"more_than", "at_least"}
_UPPER = {"less_than", "up_to"}
_BOUND_GAP = re.compile(r"^\s*(?:,|and|but|,\s*(?:and|but))\s*$", re.I)
_REL_BEFORE = re.compile(
    r"\b(?:of\s+(?:which|whom|them|these|those)|including|among\s+(?:them|whom))\s+$", re.I
)
_CLAUSE_BREAK = re.compile(r"[,;]")
_REL_AFTER = re.compile(
    r"\s+of\s+(?:whom|which|them|those|these|that\s+(?:amount|sum|total|figure))\b",
    re.I,
)
_EITHER_GAP = re.compile(r"^\s+or\s+$", re.I)
_RANGE_GAP = re.compile(r"^\s*(?:-|–|—|~|to|through|thru)\s*$|^\s+and\s+$", re.I)
_OF_GAP = re.compile(
    r"""^\s+(?:[a-z]+\s+(?:were|was|are|is)\s+among|among|out\s+of|of)\s+  # of, among
    (?:the\s+(?:[\w-]+['’]s\s+)?|its\s+|their\s+|our\s+|[A-Z][\w-]*['’]s\s+|all\s+(?:the\s+)?
    |a\s+total\s+of\s+)?$
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
    |edged|increase|decrease|rise|drop|fall|change|growth|jump)\b   # a verb or noun of change
    (?:[^,;]{0,60}?\bfrom\s+|\s+(?:by\s+)?)$                       # ... from; "fell (by)"
    """,
    re.VERBOSE | re.IGNORECASE,
)
# a whole that opens its clause: "Of the 62 patients ...,", "Out of 1,350 schools ...,", "Among
# the 2,700 detainees ... were"
_WHOLE_FIRST = re.compile(
    r"""(?:^|[;:]\s*|\b(?:But|And|Yet)\s+)
    (?:of\s+(?:the|all)|out\s+of(?:\s+the|\s+all)?|among(?:\s+the|\s+all)?)\s+$""",
    re.I | re.VERBOSE,
)
_WHOLE_FIRST_NEAR = re.compile(r"\b(?:of|among)\s+(?:the|all)\s+$|\b(?:out\s+of|among)\s+$", re.I)
_PART_GAP = re.compile(r",|\b(?:were|was|are|is|remain|remained)\b")
_INCLUDES_GAP = re.compile(
    r"\b(?:includes?|included|including|comprises?|comprised|comprising)\s+$", re.I
)
_CONTRAST_GAP = re.compile(r"\b(?:from|than|against|compared|versus|vs)\b", re.I)
_LIST_GAP = re.compile(r"^[^\d;]*(?:,|\band\b)[^\d;]*$")
_MEMBER_AFTER = re.compile(r"-(?:member|seat|strong|nation|country|state)\b", re.I)
_IN_THE_GAP = re.compile(r"^\s+(?:[a-z]+\s+){0,3}in\s+(?:the|a|an)\s+$", re.I)
_OUT_OF_GAP = re.compile(r"^\s+(?:[a-z]+\s+){1,3}out\s+of\s+(?:the\s+|all\s+)?$", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_COMPARED_FROM = re.compile(r",\s+(?:up|down)\s+from\s+$", re.I)
_SUBDIVISIONS = (("hour", "minute", 60), ("minute", "second", 60), ("year", "month", 12))
_PER_GAP = re.compile(r"^\s+per\s+$", re.I)
_PER_BASES = {100.0, 1000.0, 10000.0, 100000.0, 1e6}
_IN_GAP = re.compile(r"^\s+in\s+$", re.I)
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


def link_relatives(sentence: str, ms: list[Mention]) -> None:
    """ "15 members, 9 of whom", "120 drones and 7 missiles, of which 95 drones": the part's
    whole is the earlier figure of the same thing (else the nearest one before); "1,200 km, of
    which some 250 km" in the same unit; "with men accounting for 71% of them", "17% of that
    amount": a share of the nearest earlier figure."""
    for i, m in enumerate(ms):
        if i == 0 or m.bare or m.part_of is not None or m.whole is not None:
            continue  # not "one in four of them": a ratio has its whole
        if m.unit != "count" or m.value < 1:  # a share, or a fraction: "half of it"
            _link_share(sentence, ms, i)
            continue
        before = tail(sentence, m.lead)[1]
        if not (_REL_BEFORE.search(before) or _REL_AFTER.match(sentence, m.end)):
            continue
        if not _CLAUSE_BREAK.search(sentence, ms[i - 1].end, m.start):
            continue
        noun = [lemma(w) for w in noun_after(sentence, m.end)[:1]]
        cands = [j for j in range(i) if ms[j].unit == "count" and ms[j].value > m.value]
        cands = [j for j in cands if ms[j].whole is None]  # not "one in five adults"
        same = [j for j in cands if [lemma(w) for w in noun_after(sentence, ms[j].end)[:1]] == noun]
        pick = (same or cands)[-1:] if noun else cands[-1:]
        if pick:
            m.whole, m.part_of = ms[pick[0]].value, pick[0]


_NO_WHOLE = ("percent", "percentage_point", "rank", "age_year", "age_month", "age_week",
             "age_day")
# "71% of them", "17% of that amount"; not "70% of those eligible" (another group)
_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:whom|which|them|it|that\s+(?:amount|sum|total|figure)"
    r"|(?:those|these)(?!\s+[a-z]))\b",
    re.I,
)


def _link_share(sentence: str, ms: list[Mention], i: int) -> None:
    """A percentage or an amount in a unit after "of them", "of which", "of that amount"."""
    m = ms[i]
    before = tail(sentence, m.lead)[1]
    if not (_REL_BEFORE.search(before) or _SHARE_AFTER.match(sentence, m.end)):
        return
    if not _CLAUSE_BREAK.search(sentence, ms[i - 1].end, m.start):
        return
    if m.unit == "percent" or m.value < 1:
        cands = [j for j in range(i) if ms[j].unit not in _NO_WHOLE and ms[j].whole is None]
        cands = [j for j in cands if ms[j].unit not in DURATIONS]  # "12 weeks" counts no one
        after = _SHARE_AFTER.match(sentence, m.end)
        said = after.group(0).split()[-1].lower() if after else ""
        money = said in ("amount", "sum", "total", "figure", "it")  # "of that amount", "of it"
        kind = [j for j in cands if is_money(ms[j].unit) == money]
        cands = kind or cands
    else:
        cands = [j for j in range(i) if ms[j].unit == m.unit and ms[j].value > m.value]
    if cands:
        m.whole, m.part_of = ms[cands[-1]].value, cands[-1]


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
        if (_IN_GAP.match(gap) or per) and _ratio(a, b):  # "1 in 21", "48 per 100,000"
            a.whole, a.end = b.value, b.end
            del ms[i + 1]
            i += 1
            continue
        either = _EITHER_GAP.match(gap) and _consecutive(a, b)  # "two or three attacks"
        if _TALLY_GAP.match(gap) and _tally(sentence, a, b):
            a.half = b.half = 0.0  # "won the vote by 344 to 190": votes are counted exactly
        joined = (either or _RANGE_GAP.match(gap)) and _compatible(sentence, a, b)
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
        if a.value < 1 and a.unit == "count" and a.whole is None and gap.lower() == " the ":
            a.whole, a.part_of = b.value, i + 1  # "less than half the 364,000 recorded"
        if a.unit == "magnitude" and b.unit == "count" and gap.strip().lower() == "to":
            b.unit = "magnitude"  # "upgraded from magnitude 7.1 to 7.5": the word leads once
        # "cut admissions by 89% among the 2,246 adults": a change, not a share of the 2,246
        share = "among" not in gap.lower() or a.unit in (b.unit, "rank")
        if _OF_GAP.match(gap) and b.unit in ("count", a.unit) and share:
            a.whole, a.part_of = b.value, i + 1
        elif _PAREN_GAP.match(gap) and sentence[b.end : b.end + 2].lstrip().startswith(")"):
            b.equivalent_of = i
        i += 1
    _link_wholes(sentence, ms)
    link_relatives(sentence, ms)
    _link_other_parts(sentence, ms)
    _link_budget_lines(sentence, ms)
    _local_cents(sentence, ms)


def _link_wholes(sentence: str, ms: list[Mention]) -> None:
    """Wholes named apart from their parts: "Of the 62 patients, 35 improved, 21 ... and 6 ...";
    "a list of 25 firms includes 4 banks and 6 ..."; "154 seats in the 300-member parliament";
    "14 farms out of the 96 inspected"."""
    for i, m in enumerate(ms):
        if m.bare or i + 1 == len(ms):
            continue
        nxt = ms[i + 1]
        gap = sentence[m.end : nxt.lead]  # "212 votes out of | more than 96,000"
        if _WHOLE_FIRST_NEAR.search(tail(sentence, m.start)[1]) and _WHOLE_FIRST.search(
            sentence, 0, m.start
        ):
            if _PART_GAP.search(gap):
                _parts_of(sentence, ms, i, i + 1)
        elif _INCLUDES_GAP.search(gap) and nxt.value < m.value:  # "9 regions, including 41"
            _parts_of(sentence, ms, i, i + 1)  # is no part of the 9: an earlier whole is
        elif nxt.part_of is None and m.part_of is None and m.unit == "count" and m.whole is None:
            member = _MEMBER_AFTER.match(sentence, nxt.end) and _IN_THE_GAP.match(gap)
            if (member or _OUT_OF_GAP.match(gap)) and m.value < nxt.value:
                m.whole, m.part_of = nxt.value, i + 1


_DOLLARS = {"CAD", "AUD", "NZD", "HKD", "SGD", "TWD", "MXN"}


def _local_cents(sentence: str, ms: list[Mention]) -> None:
    """ "up 10 cents to C$3.35": cents are hundredths of the sentence's other dollar."""
    others = {m.unit for m in ms} & _DOLLARS
    if len(others) != 1:
        return
    for m in ms:
        if m.unit == "USD" and _SUBUNIT_END.search(sentence, m.start, m.end):
            m.unit = next(iter(others))


def _link_budget_lines(sentence: str, ms: list[Mention]) -> None:
    """ "a £2.3bn package ..., with £640m for mental health", "$8.4bn, with $2.1bn for schools
    and $1.3bn for the police": amounts after ", with" that share out an earlier, larger one."""
    for i, m in enumerate(ms):
        if i == 0 or m.part_of is not None or not is_money(m.unit):
            continue
        before = tail(sentence, m.lead)[1]
        listed = i > 1 and ms[i - 1].part_of is not None and _LIST_GAP.match(
            sentence[ms[i - 1].end : m.lead]
        )
        if not (_WITH_BEFORE.search(before) or listed):
            continue
        cands = [j for j in range(i) if ms[j].unit == m.unit and ms[j].value > m.value]
        cands = [j for j in cands if ms[j].part_of is None]
        if cands:
            m.whole, m.part_of = ms[cands[-1]].value, cands[-1]


_WITH_BEFORE = re.compile(r",\s+with\s+(?:just\s+|only\s+|some\s+|about\s+)?$", re.I)


def _link_other_parts(sentence: str, ms: list[Mention]) -> None:
    """ "38 of the 40 drones, but two got through", "Three of the five ...; the other two were
    cleared", "46 of 58 drones downed, 9 hit targets": a later bare count, in a clause of its
    own, that fits in what the earlier part leaves of its whole, is another part of it."""
    for i, m in enumerate(ms):
        if i == 0 or m.bare or m.unit != "count" or m.part_of is not None or m.whole is not None:
            continue
        parts = [j for j in range(i) if ms[j].part_of is not None and ms[j].part_of < i]
        if not parts:
            continue
        p = ms[parts[-1]]
        w = ms[p.part_of]  # type: ignore[index]
        if w.unit != "count" or p.value + m.value > w.value:
            continue
        gap = sentence[p.end : m.start]
        if not _CLAUSE_BREAK.search(gap) and " but " not in gap:
            continue
        other = _OTHER_BEFORE.search(tail(sentence, m.lead)[1])
        nxt = _NEXT_TOKEN.match(sentence, m.end)
        word = nxt.group(1).lower() if nxt else ""
        verb = word in _PART_VERBS or word.endswith("ed")
        if other or verb:
            m.whole, m.part_of = w.value, p.part_of


_OTHER_BEFORE = re.compile(r"\b(?:the\s+)?(?:other|remaining|rest\s+of\s+the)\s+$", re.I)
_NEXT_TOKEN = re.compile(r"\s+([A-Za-z]+)")
_PART_VERBS = {
    "was", "were", "are", "is", "got", "hit", "had", "have", "has", "remain", "went",
    "made", "came", "fell", "escaped", "survived", "died", "reached", "struck", "landed",
}  # fmt: skip


def _parts_of(sentence: str, ms: list[Mention], whole: int, first: int) -> None:
    """Make ms[first] and the figures listed after it ("..., 21 ... and 6 ...") parts of
    ms[whole], while they are in the same unit. The first part is linked even when it is the
    larger ("Of the 38 detained, 41 remain": a contradiction for part_exceeds_whole to report);
    the further ones only while smaller."""
    w = ms[whole]
    for j in range(first, len(ms)):
        p = ms[j]
        gap = sentence[ms[j - 1].end : p.start]
        if j > first and (not _LIST_GAP.match(gap) or _CONTRAST_GAP.search(gap)):
            break  # "47% were allowed, up from 29%": a figure to compare, not another part
        share = p.unit == "percent" and w.unit != "percent"  # "Of the 2,140 ..., 38% were"
        if p.part_of is not None or not (share or p.unit == w.unit):
            break
        if j > first and not share and p.value >= w.value:
            break
        if j > first and share and sentence.startswith(" of ", p.end):
            break  # "..., with rents capped at 80% of market levels": a share of another whole
        p.whole, p.part_of = w.value, whole


def _ratio(a: Mention, b: Mention) -> bool:
    """ "1 in 21": a part of a whole, in whole numbers of things counted."""
    plain = b.qualifier is None and a.range_high is None  # "about 1 in 21": a's hedge stays
    whole = b.value.is_integer() and 0 < a.value < b.value <= 1e6  # "48.2 per 100,000" too
    return plain and whole and a.unit == b.unit == "count" and b.scale == 1


def _compound(sentence: str, a: Mention, b: Mention) -> bool:
    """ "3 dollars 50 cents", "5 feet 2 inches", "two hours and 48 minutes": one amount; fold
    `b` into `a`."""
    if a.range_high is not None or a.qualifier or b.qualifier or not a.value.is_integer():
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
    return not (_FROM_BEFORE.search(before) or " and " in gap)


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
    return a.unit == b.unit or a.unit == "count" or (b.unit == "count" and b.scale > 1)
