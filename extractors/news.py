"""figcheck's own news extractor: regex speed, hedges as intervals, parts of wholes, context."""

from __future__ import annotations

import math
import re
from datetime import date
from typing import Any

import pandas as pd

from figcheck.extractors import _context as ctx
from figcheck.extractors._attribution import attribution_at
from figcheck.extractors._links import join_bounds, link_relatives
from figcheck.extractors._numbers import Discard, Mention, find_mentions, is_rank, tail
from figcheck.ids import claim_id
from figcheck.schemas import claims_frame
from figcheck.text import sentence_spans

NAME = "figcheck-news"
VERSION = "0.1"
MAX_SENTENCE = 1000  # characters; longer spans are read in pieces (see _pieces)
NOT_PROSE_PIECE = 250  # the piece size when a long span is a run of figures, not prose
APPROX = 0.10  # "about 3.3 million" allows +-10 %, or the rounding precision if wider

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
    |reduced|lowered|lifted|boosted|hiked|trimmed|slashed|revised|went|changed|moved|up|down
    |edged|increase|decrease|rise|drop|fall|change|growth|jump)\b   # a verb or noun of change
    (?:[^,;]{0,60}?\bfrom\s+|\s+(?:by\s+)?)$                       # ... from; "fell (by)"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_IN_NOUN = re.compile(
    r"""(?:\s*\([^)]{0,40}\))?\s+in\s+                   # "800 million euros ($905 million) in"
    ((?:new\s+|fresh\s+|additional\s+|extra\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\b""",
    re.VERBOSE,
)
_NOT_IN_NOUN = {
    "total", "all", "terms", "full", "part", "return", "addition", "response", "cash", "the",
    "its", "their", "a", "an", "his", "her", "our", "this", "that", "each", "every", "one",
}  # fmt: skip
# "jumped 32% year on year to | 11,620", "dropped by a fifth to | 2.6 million": the level after
# a change measures the same thing as the change
_CHANGE_TO = re.compile(
    r"""(?:\d\s*(?:%|percent|per\s+cent|percentage\s+points?|points?)|\bby\s+(?:a|one)\s+\w+
    |\w+fold)
    \s+(?:year[\s-]on[\s-]year\s+|a\s+year\s+earlier\s+)?(?:to|from)\s+$""",
    re.I | re.VERBOSE,
)
_NO_NOUN_AFTER = {"count", "percent", "percentage_point", "rank", "second", "minute", "hour", "day",
                  "week", "month", "year"}  # fmt: skip
_VERBISH = {
    "made", "make", "makes", "gave", "took", "won", "lost", "paid", "cost", "costs", "set", "put",
    "bought", "sold", "brought", "is", "was", "are", "were", "will", "would", "has", "had",
}  # fmt: skip
_DET_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|further|new|extra|additional|record|special)\s+$",
    re.I,
)
_SUBDIVISIONS = (("hour", "minute", 60), ("minute", "second", 60), ("year", "month", 12))
_PER_GAP = re.compile(r"^\s+per\s+$", re.I)
_PER_BASES = {100.0, 1000.0, 10000.0, 100000.0, 1e6}
_IN_GAP = re.compile(r"^\s+in\s+$", re.I)
_COMPOUND_GAP = re.compile(r"^\s+(?:and\s+)?$", re.I)
_SUBUNIT_END = re.compile(r"(?:cents?|pence|penny|pennies|kopecks|kopeks|kopiykas)$", re.I)
_INCH_AFTER = re.compile(r"\s*(?:in\b|\")")
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
_LIST_GAP = re.compile(r"^[^\d;]*(?:,|\band\b)[^\d;]*$")
_MEMBER_AFTER = re.compile(r"-(?:member|seat|strong|nation|country|state)\b", re.I)
_IN_THE_GAP = re.compile(r"^\s+(?:[a-z]+\s+){0,3}in\s+(?:the|a|an)\s+$", re.I)
_OUT_OF_GAP = re.compile(r"^\s+(?:[a-z]+\s+){1,3}out\s+of\s+(?:the\s+|all\s+)?$", re.I)
_OF_THE_BEFORE = re.compile(r"\bof\s+(?:the|all)\s+$", re.I)
# not a letter: \W, digits, and the numeric characters \w also takes (½, ², Roman numerals)
_NOT_LETTER = re.compile(r"[\W\d_\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2150-\u218f]+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_DEFINITE = re.compile(r"\b(?:the|these|those|both|all|its|their)\s+$", re.I)


def extract(text: str, **context: Any) -> pd.DataFrame:
    """Claims of one text as a DataFrame (see DESIGN.md).

    Candidates that are not claims (years, dates, model names...) are listed with the reason in
    ``frame.attrs["discarded"]`` (a list of dicts: start, end, surface, reason).

    Context keys: source_id, outlet, published (ISO date), url.
    """
    rows, discards = extract_rows(text, **context)
    frame = claims_frame(rows)
    frame.attrs["discarded"] = [dict(d.__dict__) for d in discards]
    return frame


def extract_rows(text: str, **context: Any) -> tuple[list[dict[str, Any]], list[Discard]]:
    """Row dicts of the claims table, and the discarded candidates (offsets into `text`)."""
    published = _date(context.get("published"))
    source = context.get("source_id", "text")
    rows: list[dict[str, Any]] = []
    discards: list[Discard] = []
    for s0, s1 in _pieces(text):
        sentence = text[s0:s1]
        mentions, dropped = find_mentions(sentence)
        if not mentions and not dropped:  # most sentences hold no number at all
            continue
        mentions = _keep_claims(sentence, mentions, dropped)
        _link(sentence, mentions)
        ids = [claim_id(source, s0 + m.start, s0 + m.end) for m in mentions]
        prose = bool(mentions) and _is_prose(sentence)  # a run of digits has no subject
        subjects = _subjects(sentence, mentions) if prose else [(None, None)] * len(mentions)
        for m, cid, (subject, key) in zip(mentions, ids, subjects, strict=True):
            low, high = _interval(m)
            rows.append(
                {
                    "claim_id": cid,
                    "source_id": source,
                    "outlet": context.get("outlet"),
                    "published": context.get("published"),
                    "url": context.get("url"),
                    "start": s0 + m.start,
                    "end": s0 + m.end,
                    "surface": sentence[m.start : m.end],
                    "sentence": sentence,
                    "sentence_start": s0,
                    "value": m.value,
                    "unit": m.unit,
                    "low": low,
                    "high": high,
                    "qualifier": m.qualifier,
                    "subject": subject,
                    "subject_key": key,
                    "whole": m.whole,
                    "part_of": ids[m.part_of] if m.part_of is not None else None,
                    "equivalent_of": ids[m.equivalent_of] if m.equivalent_of is not None else None,
                    "period": ctx.period_of(sentence, m.start, m.end, published) if prose else None,
                    "attributed_to": attribution_at(sentence, m.start) if prose else None,
                    "extractor": f"{NAME} {VERSION}",
                }
            )
        discards += [Discard(s0 + d.start, s0 + d.end, d.surface, d.reason) for d in dropped]
    return rows, discards


def _pieces(text: str) -> list[tuple[int, int]]:
    """Sentence spans, with any span longer than MAX_SENTENCE cut at white space.

    A "sentence" of thousands of characters is not prose (a table dump, a line of digits); the
    context readers look across a whole sentence, so cutting keeps the time linear in the text.
    Such a span that is not prose is cut finer, as every claim row quotes its piece.
    """
    out = []
    for s0, s1 in sentence_spans(text):
        size = MAX_SENTENCE
        if s1 - s0 > MAX_SENTENCE and not _is_prose(text[s0 : s0 + 400]):
            size = NOT_PROSE_PIECE
        while s1 - s0 > size:
            cut = text.rfind(" ", s0 + size // 2, s0 + size)
            cut = cut if cut > s0 else s0 + size
            out.append((s0, cut))
            s0 = cut
            while s0 < s1 and text[s0].isspace():
                s0 += 1
        if s1 > s0:
            out.append((s0, s1))
    return out


def _is_prose(sentence: str) -> bool:
    """Words make up a fair share of the text (a table dump or a line of digits is not prose)."""
    head = sentence[:400]
    return len(_NOT_LETTER.sub("", head)) >= 0.25 * len(head)


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _keep_claims(sentence: str, mentions: list[Mention], dropped: list[Discard]) -> list[Mention]:
    """Drop ordinals that are not ranks and definite references ("the two countries")."""
    kept = []
    for m in mentions:
        surface = sentence[m.start : m.end]
        if m.kind == "ordinal" and not is_rank(sentence, m):
            dropped.append(Discard(m.start, m.end, surface, "ordinal, not a rank"))
        elif (
            surface[0].isalpha()
            and m.unit == "count"
            and m.value < 100
            and _DEFINITE.search(tail(sentence, m.start)[1])
            and not _OF_THE_BEFORE.search(tail(sentence, m.start)[1])
        ):
            dropped.append(Discard(m.start, m.end, surface, "definite reference, not a figure"))
        else:
            kept.append(m)
    return kept


def _link(sentence: str, ms: list[Mention]) -> None:
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
        if _RANGE_GAP.match(gap) and _compatible(a, b) and _ranged(sentence, a, gap, b):
            a.unit = b.unit if a.unit == "count" else a.unit
            if a.unit != b.unit:  # "$3-4bn": the bare end takes the other's currency
                b.unit = a.unit
            if b.value > a.value and a.value * _scale_gap(a, b) < b.value:
                a.value *= _scale_gap(a, b)
            a.range_high, a.end, a.qualifier = b.value, b.end, "range"
            a.value = (a.value + b.value) / 2
            del ms[i + 1]
            continue
        # "cut admissions by 89% among the 2,246 adults": a change, not a share of the 2,246
        share = "among" not in gap.lower() or a.unit in (b.unit, "rank")
        if _OF_GAP.match(gap) and b.unit in ("count", a.unit) and share:
            a.whole, a.part_of = b.value, i + 1
        elif _PAREN_GAP.match(gap) and sentence[b.end : b.end + 2].lstrip().startswith(")"):
            b.equivalent_of = i
        i += 1
    _link_wholes(sentence, ms)
    link_relatives(sentence, ms)


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


def _parts_of(sentence: str, ms: list[Mention], whole: int, first: int) -> None:
    """Make ms[first] and the figures listed after it ("..., 21 ... and 6 ...") parts of
    ms[whole], while they are in the same unit. The first part is linked even when it is the
    larger ("Of the 38 detained, 41 remain": a contradiction for part_exceeds_whole to report);
    the further ones only while smaller."""
    w = ms[whole]
    for j in range(first, len(ms)):
        p = ms[j]
        if j > first and not _LIST_GAP.match(sentence[ms[j - 1].end : p.start]):
            break
        if p.part_of is not None or p.unit != w.unit or (j > first and p.value >= w.value):
            break
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
    return not (_FROM_BEFORE.search(before) or " and " in gap)


def _scale_gap(a: Mention, b: Mention) -> float:
    """ "between 7 and 9 million": the first number takes the second one's scale."""
    if a.scale == 1 and b.scale > 1 and a.value * b.scale <= b.value * 10:
        return b.scale
    if a.half == 0 and b.half > 0 and b.value >= 1000:
        return 10 ** math.floor(math.log10(b.half * 2))
    return 1.0


def _compatible(a: Mention, b: Mention) -> bool:
    """Units that may join in a range: the same, or one end bare ("$3-4bn", "3-5%")."""
    return a.unit == b.unit or a.unit == "count" or (b.unit == "count" and b.scale > 1)


def _interval(m: Mention) -> tuple[float, float]:
    """The interval the words allow: hedge class, range, and rounding precision."""
    v, h = m.value, m.half
    if m.range_high is not None:
        low = 2 * v - m.range_high
        return min(low, m.range_high), max(low, m.range_high)
    q = m.qualifier
    wide = max(h, APPROX * abs(v))
    if q == "approx":
        return v - wide, v + wide
    if q == "below":
        return v - wide, v + h
    if q in ("at_least", "more_than"):
        return v - h if q == "at_least" else v, math.inf
    if q in ("up_to", "less_than"):
        return 0.0 if v >= 0 else -math.inf, v
    return v - h, v + h


def _subjects(sentence: str, ms: list[Mention]) -> list[tuple[str | None, str | None]]:
    """Subject text and linking key ("drone|shot down") for every mention of a sentence."""
    out: list[tuple[str | None, str | None]] = []
    wholes = {m.part_of for m in ms if m.part_of is not None}
    for i, m in enumerate(ms):
        if m.equivalent_of is not None:
            out.append(out[m.equivalent_of])
            continue
        after = m.end  # "70 children were among the 412": the part's own noun first
        if m.part_of is not None and m.part_of > i and not ctx.noun_after(sentence, m.end):
            after = ms[m.part_of].end
        if m.unit == "rank":
            words = ctx.noun_before(sentence, m.lead)
            head = ctx.head_of(words) if words else None
            out.append((" ".join(words + ["rank"]), f"{head}|rank" if head else "rank"))
            continue
        words = ctx.noun_after(sentence, after) if m.unit == "count" else []
        if not words and m.unit not in _NO_NOUN_AFTER and (
            _DET_BEFORE.search(tail(sentence, m.lead)[1]) or len(m.unit) == 3
        ):  # "a $412.6 million budget", "a 2.4 mg dose", "EU agrees €50bn Ukraine facility"
            words = ctx.noun_after(sentence, m.end)
            if words and (words[0].lower() in _VERBISH or words[0].lower().endswith("ed")):
                words = []  # "€100m made him ...": a verb follows, not the amount's noun
        words = words or ctx.noun_before(sentence, m.lead)
        words = _of_noun(sentence, m, after, words)
        money_in = _IN_NOUN.match(sentence, m.end) if len(m.unit) == 3 else None
        if money_in and money_in.group(1).split()[0].lower() not in _NOT_IN_NOUN:
            words = money_in.group(1).split()  # "approved R$12 billion in loans": loans
            if len(words) > 1 and words[1].lower() in ctx.NP_STOP:
                words = words[:1]
        event = _event(sentence, i, ms, i in wholes)
        before = tail(sentence, m.lead)[1]
        if i > 0 and before.endswith(("to ", "from ")) and _CHANGE_TO.search(before):
            words = []  # "raised its dividend by 12% to 8.4 pence": the dividend, as before
        if not words and i > 0:  # "..., up from $24.5 billion": the previous figure's subject
            donor = m.part_of if m.part_of is not None and m.part_of < i else i - 1
            text, key = out[donor]
            if key and key.endswith("|total"):
                text, key = (text or "").removesuffix(" total"), key.removesuffix("|total")
            if event and key and event not in key:
                text, key = f"{text} {event}", f"{key.split('|')[0]}|{event}"
            out.append((text, key))
            continue
        head = ctx.head_of(words) if words else None
        text = " ".join(words + ([event] if event else [])) or None
        key = "|".join(x for x in (head, event) if x) or None
        out.append((text, key))
    return out


def _of_noun(sentence: str, m: Mention, after: int, words: list[str]) -> list[str]:
    """ "3.3 million barrels per day of crude", "191 billion euros of blocked assets", "80% of its
    oil exports" (no: a share keeps the subject before it, "110% of GDP"), "We lost 70% of our
    customers" (a share after a pronoun): what an amount is of."""
    if m.unit == "count":
        return words
    pos = m.end
    per_day = _PER_DAY.match(sentence, pos)
    if per_day:
        pos = per_day.end()
    if not sentence.startswith(" of ", pos):
        return words
    of = ctx.noun_after(sentence, pos)
    if not of:
        return words
    if m.unit in ("percent", "percentage_point"):  # a share's "of" names its base, mostly
        return of if not words or words[0].lower() in ctx.PRONOUNS else words
    return of


_PER_DAY = re.compile(r"\s+(?:per|a)\s+(?:day|year|month|week)\b")


def _event(sentence: str, i: int, ms: list[Mention], is_whole: bool) -> str | None:
    """The event of mention `i` ("shot down"), "total" for a whole, or None."""
    m = ms[i]
    if m.unit not in ("count",):
        return None
    if is_whole:
        found = ctx.event_near(sentence, m.start, m.end)
        return found if found == "launched" else "total"
    end = ms[m.part_of].end if m.part_of is not None and m.part_of < len(ms) else m.end
    if m.part_of is not None:  # a part: the event named before it first ("downed 38 of the 52")
        before = ctx.event_before(sentence, m.start)
        if before:
            return before
    found = ctx.event_near(sentence, m.start, end)
    if found is None and m.part_of is not None and m.part_of < i:  # ", of which 95 were downed"
        found = ctx.event_near(sentence, m.start, m.end)
    return found
