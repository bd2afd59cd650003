"""Links between the mentions of a sentence beyond neighbours: paired bounds, "of whom" parts."""

from __future__ import annotations

import re

from figcheck.extractors._context import lemma, noun_after
from figcheck.extractors._mention import Mention, tail

_LOWER = {"more_than", "at_least"}
_UPPER = {"less_than", "up_to"}
_BOUND_GAP = re.compile(r"^\s*(?:,|and|but|,\s*(?:and|but))\s*$", re.I)
_REL_BEFORE = re.compile(
    r"\b(?:of\s+(?:which|whom|them|these|those)|including|among\s+(?:them|whom))\s+$", re.I
)
_CLAUSE_BREAK = re.compile(r"[,;]")
_REL_AFTER = re.compile(r"\s+of\s+(?:whom|which|them|those|these)\b", re.I)


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
    whole is the earlier figure of the same thing (else the nearest one before)."""
    for i, m in enumerate(ms):
        if i == 0 or m.bare or m.part_of is not None or m.unit != "count":
            continue
        before = tail(sentence, m.lead)[1]
        if not (_REL_BEFORE.search(before) or _REL_AFTER.match(sentence, m.end)):
            continue
        if not _CLAUSE_BREAK.search(sentence, ms[i - 1].end, m.start):
            continue
        noun = [lemma(w) for w in noun_after(sentence, m.end)[:1]]
        cands = [j for j in range(i) if ms[j].unit == "count" and ms[j].value > m.value]
        same = [j for j in cands if [lemma(w) for w in noun_after(sentence, ms[j].end)[:1]] == noun]
        pick = (same or cands)[-1:] if noun else cands[-1:]
        if pick:
            m.whole, m.part_of = ms[pick[0]].value, pick[0]
