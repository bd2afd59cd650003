"""Ordinals that are ranks: "ranked 171st", "finished third out of 26", "with Germany second"."""

from __future__ import annotations

import re

from figcheck.extractors._lexicon import MONTHS
from figcheck.extractors._mention import LOOK, Mention, tail

_RANK_CONTEXT = re.compile(
    r"""\b(?:(?:ranked|ranks|ranking|placed|came|comes|finished|finishing|finish|finishes|sit|sits
      |sat|sitting|lie|lies|lying|stay|stays|remain|remains|seeded)
      (?:\s+(?:it|them|him|her|us))?(?:\s+a\s+(?:close|distant|creditable|respectable))?
      (?:\s+in)?                                            # "finished in third"
    |(?:placing|places|putting|puts|leaving|leaves)\s+(?:it|them|him|her|us)  # "placing it 2nd"
    |world\s+(?:number|no\.?)
    |(?:at|to|from|reached|hit|hits)\s+no\.?                # a chart's place: "held at No 2"
    |(?:climbed|climb|climbs|rose|rise|rises|fell|fall|falls|dropped|drop|drops|slipped|slip
      |moved|move|moves|jumped|jump|slid)(?:\s+(?:it|them|him|her|us))?(?:\s+\w+\s+(?:places?|spots?))?
      \s+(?:up\s+|down\s+)?to)
    \s+$""",  # "climbed four places to third"
    re.I | re.VERBOSE,
)
# a place in a table or a race, not first ("was first approved", "come first" are no ranks)
_PLACE_BEFORE = re.compile(
    r"\b(?:come|are|is|was|were|lie|lies|tie\s+for|lifts\s+\w+\s+to|lifted\s+\w+\s+to)\s+$"
    r"|(?:^|,\s+|\b(?:off|back|down|up)\s+)in\s+$",  # "Lakeside United, in 16th, have"
    re.IGNORECASE,
)
_RANK_AFTER = re.compile(
    r"""^\s+(?:out\s+of|of)\s+\d|^\s+(?:place|position|overall|spot)\b
    | ^\s+to\s+\d+(?:st|nd|rd|th)\b                       # "climbs from 58th to 31st"
    | ^\s+(?:in|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}
      (?:rankings?|standings|table|index|league|chart)\b
    | ^-placed\b | ^\s+seed\b                           # "second-placed", "No 1 seed"
    | ^(?:\s+|-)(?:most\s+\w+|largest|biggest|highest|lowest|busiest|richest|poorest|smallest
      |best|worst)\b                                     # "the third most expensive"
    """,
    re.I | re.VERBOSE,
)


def is_rank(sentence: str, mention: Mention) -> bool:
    """An ordinal that is a rank ("ranked 171st", "171st out of 180"), not "the 3rd time"."""
    before = tail(sentence, mention.start)[1]
    if mention.value != 1 and _PLACE_BEFORE.search(before):
        return True  # "had come second", "are second on 69", "in 16th,"; not "come first"
    after = sentence[mention.end : mention.end + LOOK]
    return bool(_RANK_CONTEXT.search(before) or _RANK_AFTER.match(after))


def is_listed_rank(sentence: str, mention: Mention, ranked: bool) -> bool:
    """An ordinal after a name in a ranking: "Norway ranked first and Denmark second", "with
    Germany second", "Uzbekistan sits at 148th". `ranked`: the sentence holds another rank."""
    if not (ranked or _RANKING_WORDS.search(sentence)):
        return False
    before = tail(sentence, mention.start)[1]
    name = _NAME_BEFORE.search(before)
    if name is None or (name.group("w") or "").lower() in _MONTH_NAMES:
        return False  # "on March 3rd" is a date
    return bool(_LISTED_AFTER.match(sentence, mention.end))


# a sentence about a ranking: a table, an index, a league, a podium
_RANKING_WORDS = re.compile(
    r"\b(?:ranked|ranking|rankings|topped|tops|table|index|standings|league|medal|podium"
    r"|leaderboard|chart|poll)\b",
    re.IGNORECASE,
)
# a name (not opening the sentence) or "at" right before the ordinal
_NAME_BEFORE = re.compile(r"(?:(?<=\S\s)(?P<w>[A-Z][\w'’.&-]*)|\bat|\bfrom)\s+$")
_LISTED_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:and|in|with|on|behind|ahead|among|out\s+of|of|place)\b"
)
_MONTH_NAMES = frozenset(MONTHS)
