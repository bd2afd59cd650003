"""What a share or an amount is of: "80% of its oil exports", "191 billion euros of assets"."""

from __future__ import annotations

import re

from figcheck.extractors import _context as ctx
from figcheck.extractors._mention import Mention

_PER_DAY = re.compile(r"\s+(?:per|a)\s+(?:day|year|month|week)\b")
# "won 52.4% of the vote": a vote share measures the vote, whoever won it
_VOTE_BASES = {"vote", "votes", "ballots", "ballot"}


def of_noun(sentence: str, m: Mention, after: int, words: list[str]) -> list[str]:
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
        comma = sentence.rfind(",", 0, m.lead) if not words and of[-1] in _ECONOMY else -1
        if 0 < comma and m.lead - comma <= 14:  # "Kenya's debt, at 66 per cent of GDP": debt
            return ctx.noun_before(sentence, comma) or of
        if not words and APPOSED.search(sentence, max(0, m.lead - 80), m.lead):
            return []  # "cut 1,800 jobs, about 6% of its workforce": the jobs, as before
        if not words or words[0].lower() in ctx.PRONOUNS or of[0].lower() in _VOTE_BASES:
            return of
        if _verb_last(words):  # "The mayor claimed | 95% of homes": the homes, not the mayor
            return of
        said = sentence[max(0, m.lead - 16) : m.lead].split()  # "Bondar said | 74% of the ...",
        if said and said[-1].lower() in (*_CLAUSE_VERBS, "that"):  # "said that | 60% of homes"
            return of
        return words
    return of


APPOSED = re.compile(r"\d[^,;:()]*,\s$")  # a share set after a figure and a comma
_ECONOMY = {"GDP", "GSDP", "GNI", "GNP", "product", "economy", "output"}  # a share of it
_CLAUSE_VERBS = {
    "said", "says", "claimed", "claims", "found", "finds", "showed", "shows", "estimated",
    "estimates", "reported", "reports", "answered", "suggested", "suggests", "believes",
    "think", "thinks",
}  # fmt: skip  # not "accounts": in "Aviation accounts for 2.5% of emissions" the part is aviation


def _verb_last(words: list[str]) -> bool:
    """The words before a share end with its clause's verb ("The mayor claimed | 95% of")."""
    return len(words) > 1 and words[-1].lower() in _CLAUSE_VERBS
