"""Months as periods: "in January", "on July 1", "year to 2024-09" (to a month), dated."""

from __future__ import annotations

import re
from datetime import date

from figcheck.extractors._lexicon import MONTHS
from figcheck.extractors._mention import words_of

MONTH_NUM = {m: i % 12 + 1 for i, m in enumerate(MONTHS[:12])} | {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_NAMES = "|".join(m.capitalize() for m in MONTHS[:12])  # "January|February|...|December"
_NAMES_LOWER = frozenset(MONTHS[:12])  # as `words_of` gives them
Month = tuple[int, int, str, str]  # start, number, year or "", "year to " or ""
_Match = re.Match[str] | None

# a month as the time of a figure: "in January", "for December 2025", "last October"
_MONTH_IN = re.compile(
    rf"\b(?:[Ii]n|[Dd]uring|[Ff]or|[Ll]ast)\s+(?P<month>{_NAMES})"
    r"(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+\d|[-–]\s?[A-Z])"
    r"(?P<last>\s+(?:of\s+)?last\s+year\b)?"  # "in June of last year", "in January last year"
)
# a year to a month: "in the 12 months to September", "the year to the end of September 2023"
_YEAR_TO = re.compile(
    r"\b(?:(?:12|twelve)\s+months|year)\s+(?:to|ending|ended)\s+(?:the\s+end\s+of\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<month>{_NAMES})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)"
)
_OPENING_TIME = re.compile(r"[\"“‘']?(?:overnight\s+)?(?:on|in|at|as\s+of|during|by)\b", re.I)
_SINCE_BEGAN = re.compile(
    r"\bsince\s+(?:the|its|their)\s+[\w'’ -]{1,40}?\s+(?:began|started|opened|launched)\s+$"
)
# a day as the time of a stock: "on July 1", "as of 30 June 2024", "at the end of March" (its
# month is the period)
_MONTH_ON = re.compile(
    r"\b(?:[Oo]n|[Aa]s\s+of|[Aa]t\s+the\s+end\s+of)\s+"
    r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?P<month>{_NAMES})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b(?!\s*\d)"
)


def months(sentence: str, low: str) -> list[Month]:
    """The months of a sentence (`low`: in lower case): (start, number, year or "", "year to "
    for a year to that month); the patterns run only where a month's name stands, and those
    for days and spans only where their words do too."""
    if _NAMES_LOWER.isdisjoint(words_of(sentence)):
        return []
    found = list(_MONTH_IN.finditer(sentence))
    if "on " in low or "as of" in low or "end of" in low:  # "on July 1", "at the end of March"
        found += _MONTH_ON.finditer(sentence)
    if "months " in low or "year " in low:  # "in the 12 months to September"
        found += _YEAR_TO.finditer(sentence)
    if len(found) > 1:
        found.sort(key=lambda m: m.start())
    return [
        (m.start(), MONTH_NUM[m.group("month").lower()], m.group("year")
         or m.groupdict().get("last") or "", "year to " if m.re is _YEAR_TO else "")
        for m in found
    ]  # fmt: skip


_PUBLISHED_IN = re.compile(
    r"\b(?:published|released|issued|announced|reported)\s+(?:(?:in|on)\s+)?(?:the\s+)?$"
)


def month_of(
    sentence: str,
    months: list[Month],
    rel: _Match,
    bounds: tuple[int, int, int],
    published: date | None,
) -> str | None:
    """ "2026-01" for "in January" in the figure's clause (`bounds`: the clause's left and
    right, the figure's end): its year as written ("in January 2024"); "of last year" or after
    "last year" in the sentence, last year's; looked ahead to ("expects a cut in August"), the
    next; else the last such month up to the publication date. Not the month of another figure
    ("rose to 6% in May from 5.2%": May is the 6%'s). None when no year can be given. A span
    of a year to a month ("in the 12 months to September") is "year to 2024-09"."""
    left, right, end = bounds
    opening = sentence.find(",")  # "Overnight on 15 March 2025, air defences shot down 60":
    for a, number, year, span in months:  # the time that opens the sentence dates all of it
        if not left <= a < right and not (0 <= a < opening < end and _OPENING_TIME.match(sentence)):
            continue
        if not 0 <= a - end <= 16 and FIGURE_BEFORE.search(sentence, max(0, a - 16), a):
            continue
        if _PUBLISHED_IN.search(sentence, max(0, a - 24), a):
            continue  # "down from the 1.9% published in February": when it was published
        if not year.isdigit():
            if published is None:
                return None
            year = str(_year_of_month(sentence, number, year, rel, (left, a), published))
        since = "since " if sentence.endswith("since ", 0, a) else ""  # "since last July"
        if not since and "since" in sentence[max(0, a - 60) : a]:
            since = "since " if _SINCE_BEGAN.search(sentence, max(0, a - 60), a) else ""  # "since
            # the campaign began on 3 October"
        return f"{span or since}{year}-{number:02d}"
    return None


def _year_of_month(
    sentence: str, number: int, last: str, rel: _Match, before: tuple[int, int], published: date
) -> int:
    """The year of a month written without one (see month_of); `last` is its "of last year",
    `before` the span of its clause before it."""
    last_year = rel is not None and rel.group(1).lower() == "last year" and rel.start() < before[1]
    if last or last_year:  # "in June of last year", "54 days last year, including 31 in July"
        return published.year - 1
    if AHEAD.search(sentence, *before):
        return published.year if number >= published.month else published.year + 1
    return published.year if number <= published.month else published.year - 1


FIGURE_BEFORE = re.compile(r"\d[^,;\d]{0,12}$")  # "61,000 recorded in": another figure's time
AHEAD = re.compile(
    r"\b(?:will|would|could|may|might|expects?|expected|forecasts?|plans?|planned|due|next|outlook"
    r"|scheduled|likely|chance|odds|another|upcoming|takes?\s+effect)\b"
)
