"""Points that are percentage points: "up 10 points" next to a percentage, a poll's margin."""

from __future__ import annotations

import re

POINTS = re.compile(r"\s+points?\b", re.IGNORECASE)  # what follows a number of points
_POINTS_CHANGE = re.compile(
    r"\b(?:up|down|rose|fell|rise|fall|gained|lost|dropped|climbed|jumped|slipped|by|drops|falls"
    r"|rises|gains|loses|slides|slid|jumps|climbs|widened|narrowed|widens|narrows|add|adds"
    r"|added)\s+(?:up\s+to\s+|between\s+|about\s+|around\s+|nearly\s+|almost\s+|roughly\s+"
    r"|more\s+than\s+|less\s+than\s+)?$"  # "cut by up to 0.3 points", "add between 0.3 and"
    r"|%,?\s+$",
    re.IGNORECASE,
)
# "a gain of 6.3 points", "a lead of about 4 points" (with a percentage in the sentence);
# "plus or minus 3 points" (a poll's margin of error, with or without one)
_POINTS_GAP = re.compile(
    r"\b(?:gain|loss|drop|fall|rise|swing|lead|margin|gap|difference)\s+of\s+"
    r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|more\s+than\s+|over\s+)?$",
    re.IGNORECASE,
)
_PLUS_MINUS = re.compile(r"\bplus\s+or\s+minus\s+(?:about\s+)?$", re.IGNORECASE)
_POINTS_COMPARED = re.compile(r"\s+(?:below|above|ahead|behind|higher|lower)\b", re.IGNORECASE)
_INDEX_POINTS = re.compile(r",?\s+or\s+[\d.]+\s*(?:%|per\s*cent)|\s*\(\s*[+-]?[\d.]+\s*%")
_HEDGED = re.compile(r"\b(?:nearly|almost|about|around|some|just|more\s+than|over)\s+$", re.I)
# a sentence about a rate: its points after a change or a gap are percentage points
_RATE_CONTEXT = re.compile(
    r"\b(?:inflation|unemployment|jobless|turnout|poverty|pass\s+rate|vacancy\s+rate"
    r"|participation\s+rate|vote\s+share|interest\s+rates?|growth|debt\s+ratio|ratio\s+of\s+debt"
    r"|GDP)\b",
    re.I,
)
# a sentence about polls or a swing of votes: its points are percentage points even with no "%"
_POLL_CONTEXT = re.compile(
    r"\b(?:polls?|polling|pollsters?|surveys?|swing|voters|approval|electorate)\b", re.I
)


def percentage_points(s: str, start: int, after: int) -> bool:
    """ "N points" that are percentage points: after a change or a gap next to a percentage
    ("up 10 points", "a gain of 6.3 points", "nearly 20 points below the average of 57.9%"), or
    a poll's margin ("plus or minus 3 points"); an index's points stay a count. The patterns
    read the 24 characters before the number in place, as the rule before them did."""
    lo = max(0, start - 24)
    if _PLUS_MINUS.search(s, lo, start):
        return True
    if _INDEX_POINTS.match(s, after):
        return False  # "the Dow fell 300 points, or 0.8%": an index's points
    changed = bool(_POINTS_CHANGE.search(s, lo, start) or _POINTS_GAP.search(s, lo, start))
    if "%" not in s and "per cent" not in s and "percent" not in s:  # "the SPD has gained two
        # points" in a survey; not a match's points
        if _POLL_CONTEXT.search(s):
            return True
        # "the inflation rate drops ten points", "a gap of more than 30 points" (poverty rates),
        # "Our debt ratio is more than 30 points below Italy's"
        compared = _POINTS_COMPARED.match(s, after) is not None
        return (changed or compared) and _RATE_CONTEXT.search(s) is not None
    return changed or bool(_POINTS_COMPARED.match(s, after) and _HEDGED.search(s, lo, start))
