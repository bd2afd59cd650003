"""Quarters as periods: "in the third quarter of 2023", "Q3 2023", "the three months to March"."""

from __future__ import annotations

import re
from datetime import date

from figcheck.extractors._months import FIGURE_BEFORE

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_QUARTER_ENDS = {"march": 1, "june": 2, "september": 3, "december": 4}
_QUARTER = re.compile(
    r"""\b(?:the\s+(?P<ord>first|second|third|fourth|final|last|same)\s+quarter
      (?:\s+(?:of\s+)?(?P<y1>(?:19|20)\d\d)\b)?
    | (?-i:Q(?P<q>[1-4]))(?!\s*(?-i:FY))(?:\s+|[-/])?(?P<y2>(?:19|20)\d\d)?\b  # not "Q1 FY25"
    | the\s+(?P<part>first|last|final)\s+three\s+months\s+of\s+(?P<y3>(?:19|20)\d\d)\b
    | three\s+months\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?(?P<end>March|June|September
      |December)(?:\s+(?P<y4>(?:19|20)\d\d))?\b)""",
    re.VERBOSE | re.IGNORECASE,
)
# a quarter named with no year, as "last" ("in the last quarter") or alone, needs one: from the
# sentence's quarter before it ("the third quarter of 2023 ..., and 0.2% in the fourth quarter"),
# else from the publication date
_Quarter = tuple[int, int, int, str]  # start, end, quarter (0: "the same quarter"), year or ""


def quarters(sentence: str) -> list[_Quarter]:
    """The quarters a sentence names, in order; "the same quarter of 2021" takes the number of
    the quarter before it."""
    out: list[_Quarter] = []
    for m in _QUARTER.finditer(sentence):
        year = m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4") or ""
        if m.group("ord"):
            word = m.group("ord").lower()
            if word in ("last", "final") and not year:
                continue  # "in the last quarter": the latest one, not the fourth
            number = out[-1][2] if word == "same" and out else _ORDINALS.get(word, 0)
            if not number:
                continue  # "the same quarter" with none before it
        elif m.group("q"):
            number = int(m.group("q"))
        elif m.group("part"):
            number = 1 if m.group("part").lower() == "first" else 4
        else:
            number = _QUARTER_ENDS[m.group("end").lower()]
        out.append((m.start(), m.end(), number, year))
    return out


def quarter_of(
    sentence: str,
    found: list[_Quarter],
    bounds: tuple[int, int, int, int],
    years: list[tuple[int, int, str, bool]],
    published: date | None,
    ahead: bool = False,
) -> str | None:
    """ "2023-Q3" for the quarter of a figure (`bounds`: its clause's left and right, its start
    and end), or None: one right after it ("10.6% in the last three months of 2025"), else the
    nearest in its clause that no other figure stands right before ("rose to 10.9% in the
    first quarter of 2026 from 10.6% ..."), else, where its clause names no year, the last one
    before it in the sentence ("..., rather than expanding by 0.3% as it had estimated"). A
    quarter without a year takes that of a quarter or a year named before it in the sentence,
    else the last such quarter up to the publication date (the next, if `ahead`: the clause
    looks ahead to it)."""
    left, right, start, end = bounds
    after = [q for q in found if 0 <= q[0] - end <= 9 and _JOINS.fullmatch(sentence, end, q[0])]
    near = [
        q for q in found
        if left <= q[0] < right and not FIGURE_BEFORE.search(sentence, max(0, q[0] - 16), q[0])
    ]  # fmt: skip
    if after:
        chosen = after[0]
    elif near:
        chosen = min(near, key=lambda q: abs(q[0] + q[1] - start - end))
    else:
        before = [q for q in found if q[1] <= start]
        if not before or any(left <= a < right for a, _, _, _ in years):
            return None
        chosen = before[-1]
    at, _, number, year = chosen
    if not year:
        earlier = [(a, y) for a, _, y, _ in years if a < at and y.isdigit()]
        earlier += [(q[0], q[3]) for q in found if q[0] < at and q[3]]
        if earlier:
            year = max(earlier)[1]  # the nearest before it
        elif published is not None:  # the last such quarter, or the next if looked ahead to
            current = (published.month - 1) // 3 + 1
            if ahead:  # "its inflation forecast for the fourth quarter"
                year = str(published.year if number >= current else published.year + 1)
            else:
                year = str(published.year if number <= current else published.year - 1)
        else:
            return None
    return f"{year}-Q{number}"


_JOINS = re.compile(r"\s+(?:in|for|during|over|of)?\s*")  # "10.6% in the last three months"
