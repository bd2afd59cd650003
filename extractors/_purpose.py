"""What money is set aside for, spent on or buys ("sets aside £4.2bn for schools"), and by whom."""

from __future__ import annotations

import re
from itertools import takewhile

from figcheck.extractors import _context as ctx
from figcheck.extractors._mention import Mention, tail

# a verb that gives money a purpose, close before the amount (in the same clause): "sets aside",
# "has released", "had sought", "earmarked" (not "approved" or "granted": "granted bail of
# $50,000 for the businessman"); "with" right before ("totals $8.4bn, with $2.1bn for
# schools", not "compared with an asking rent of $2,150 for a flat");
# not "paid £115m for the midfielder" (a price) nor "a profit of €2bn for its third quarter"
_ALLOCATES = re.compile(
    r"""\b(?:set(?:s|ting)?\s+aside|earmark(?:s|ed|ing)?|allocat(?:es?|ed|ing)
    |budget(?:s|ed|ing)|releas(?:es?|ed|ing)|sought|seek(?:s|ing)?
    |request(?:s|ed|ing)?|pledg(?:es?|ed|ing)|commit(?:s|ted|ting)?|provid(?:es?|ed|ing)
    |includ(?:es?|ed|ing)|borrow(?:s|ed|ing)?)\b[^,;.]{0,40}$
    |(?<!compared\s)\bwith\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
# "for" after the amount, past a giver ("₹1,200 crore from the Centre for immediate relief")
_FOR = re.compile(
    r"(?:\s+from\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?"
    r"(?:\s+over\s+(?:the\s+next\s+)?\w+\s+(?:years?|months?))?"  # "over three years"
    r"\s+for\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?=[a-z])"
)
# money spent or invested, and what on: "spent $3 billion on new aircraft", "will invest €400
# million in a new plant"
_SPENDS = re.compile(
    r"\b(?:spen(?:d|ds|t|ding)|invest(?:s|ed|ing)?|used)\b(?:[^,;.]{0,30}"
    r"|(?:[^,;.]|(?<=\d)[,.](?=\d)){0,90}\b(?:a\s+further|another))\s*$",  # "used £380,000
    # to buy a holiday home and a further"
    re.I,
)
# money used to buy or build something: "had used £380,000 to buy a holiday home"
_TO_BUY = re.compile(
    r"\s+to\s+(?:buy|build|fund|finance|repair|renovate|upgrade|pay\s+for)\s+"
    r"(?:the\s+|its\s+|their\s+|a\s+|an\s+|new\s+)?(?=[a-z])"
)
_ON = re.compile(r"\s+(?:on|in|into)\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?=[a-z])")
# a purpose is a thing, not a time ("for the first time", "for next year", "for its quarter")
_NOT_PURPOSE = frozenset(
    """first second third fourth last next this each every now years year months month quarter
    quarters period week weeks days day decade financial fiscal current coming same rest whole
    time more total all cash terms average""".split()
)
# people a price or a sum is for, not a purpose: "$25 for adults and $15 for children"
_PEOPLE = frozenset(
    """adults adult children child kids seniors pensioners students pupils members families
    family households household residents visitors people person each everyone executive
    businessman businesswoman player players worker workers himself herself themselves
    itself myself ourselves""".split()
)
# what runs on to the next amount of a list: "£4.2bn for schools, £1.8bn for roads"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)$")


def purpose(sentence: str, m: Mention, listed: int) -> tuple[list[str], int, bool]:
    """The words of what the money `m` is for or spent on, where they end, and whether it is
    spent or invested (not set aside); ([], -1, False) when none.

    `listed` is where the purpose of the amount before ends (-1 if it had none): a list
    ("£4.2bn for schools, £1.8bn for roads") needs the verb only before its first amount."""
    found = _FOR.match(sentence, m.end)
    bought = found is None and (found := _TO_BUY.match(sentence, m.end)) is not None
    spent = found is None and (found := _ON.match(sentence, m.end)) is not None
    if found is None or spent and not _SPENDS.search(tail(sentence, m.lead, 110)[1]):
        return [], -1, False
    spent = spent or bought  # "to buy a holiday home": what the money bought
    opened = 0 <= listed <= m.lead and _LIST_GAP.fullmatch(sentence, listed, m.lead) is not None
    if (
        not opened
        and not spent
        and (
            sentence[: m.lead].rstrip().endswith(" of")  # "a salary of $450,000 for the chief": the
            or not _ALLOCATES.search(tail(sentence, m.lead, 60)[1])  # salary, read before
        )
    ):
        return [], -1, False
    words = ctx.noun_after(sentence, found.end())
    if (
        not words
        or not words[-1].islower()
        or any(w.lower() in _NOT_PURPOSE for w in words)
        or words[-1].lower() in _PEOPLE
    ):  # not a recipient ("pledged $700m for drought-hit Horn of Africa", "$25 for adults")
        return [], -1, False  # nor a time
    last = sentence.find(words[-1], found.end())
    return words, last + len(words[-1]), spent


def owner(actor: list[str]) -> list[str]:
    """The name that spends or invests money, as an owner ("Russia" -> "Russia's"), or none:
    a name of up to three capitalised words, before at most three lower-case ones ("Chelsea
    have"); not a common noun ("The company", "Households" opening the sentence)."""
    lead = list(takewhile(lambda w: w[:1].isupper(), actor))
    rest = actor[len(lead) :]
    if not 1 <= len(lead) <= 3 or len(rest) > 3 or lead[0] in _NOT_OWNERS:
        return []
    if not all(w.islower() for w in rest):  # "Tourism Authority of Thailand"
        return []
    if len(lead) == 1 and lead[0].endswith("s"):
        return []  # "Households", "Councils": a plural noun at the start of the sentence
    return [*lead[:-1], lead[-1] + "'s"]


_NOT_OWNERS = frozenset("The A An It He She They We I This That These Those Its Their".split())
