"""The words a subject keeps: no pronoun, adverb, dangling word or verb at its end."""

from __future__ import annotations

import re

from figcheck.extractors import _context as ctx
from figcheck.extractors._lexicon import SMALL, UNITS
from figcheck.text import DATELINE

# Words that are never what a figure counts: pronouns, adverbs, times, the words of another
# figure ("781.6 points, or 0.95 per cent": not the points), and verbs that the noun-phrase
# readers take for nouns ("sliding 3.8 per cent", "to close at 81,432.17")
_NOT_SUBJECT = frozenset(
    """he she it they him her them we us you i me what who which both this that these those another
    now well still however again slightly also just only even already then meanwhile
    instead though although year years month months week weeks day days today yesterday
    tonight morning evening afternoon night monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november december
    percentage per cent percent size expects expect means rely relies close settle
    ended advanced tripped breached forfeited edged dropping sliding averaging having clocking
    leaving paring narrowing picking wants takes travelling weighing carries marginally
    lower higher positive negative poorer richer plus minus more less drop rise set other near
    previously recently currently
    further ahead short equal not perhaps each took went sold fell rose won put paid made dies
    lies weighs compares aged below above s p make makes found fewer extra usual next give
    take or far
    men's women's""".split()
)
# a label before a colon, not what a figure counts ("Fact check: Has the list fallen by ...")
_LABELS = frozenset(
    "fact check,factcheck,explainer,analysis,verdict,factbox,fact box,q&a,editorial,opinion,"
    "live,update,breaking,exclusive,comment,briefing,correction".split(",")
)
# a word that opens a clause, not a noun phrase ("because customers", "though governors")
_OPENERS = frozenset("because though although while if when whereas unless but and".split())
_ADVERB_ENDS = ("ally", "ately", "arly", "ntly", "ibly", "ably", "ully", "ssly", "ously")
_CLAUSE_OPENERS = frozenset("i we you he she they it compared".split())
_DANGLING = frozenset(
    "the a an of in to on at by for from with and or last next first over within during".split()
)
# verbs of intent before "to" and the verb that acts on the figure
_INTENDS = frozenset(
    "plans plan aims aim wants want hopes hope intends intend seeks seek needs need expects "
    "expect proposes propose promises promise pledges pledge wishes".split()
)
_SPANS = frozenset("year years month months week weeks day days".split())
_TRAILING = frozenset("overnight today yesterday now still again also alone more".split())


def clean(sentence: str, words: list[str]) -> list[str]:
    """The subject's words less a dateline before them; none when every word is one of
    _NOT_SUBJECT or the phrase is one verb in -ing or -ed ("leaving", "tripped")."""
    if not words:
        return words
    if words[0].isupper() and len(words[0]) > 2:
        line = DATELINE.match(sentence)  # "QUEBEC CITY —" before the first words
        if line:
            names = set(line.group(0).split())
            while words and words[0] in names:
                words = words[1:]
        if words and words[0] in ("The", "A", "An"):
            words = words[1:]
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    if " ".join(words).lower() in _LABELS:
        return []  # "Fact check: Has the waiting list really fallen by 100,000?": a label
    if len(words) > 1 and words[0].lower() in _CLAUSE_OPENERS:
        return []  # "She thinks the Bank should keep its main | 4.25 per cent", "We see | three
        # times", "compared with an average | of 5,480": a clause, not what is counted
    if len(words) == 1 and words[0][:1].isupper() and words[0].endswith(_ADVERB_ENDS):
        return []  # "Nationally, | 45.3%": an adverb
    while len(words) > 1 and words[-1].lower() in _TRAILING:
        words = words[:-1]  # "52 of the 71 drones overnight": the drones
    if len(words) > 2 and words[-1].lower() in _SPANS and words[-2].lower() in SMALL:
        words = words[:-2]  # "35 per cent of the vote four years (ago)": the vote
    while len(words) > 1 and words[-1] in _DANGLING:
        words = words[:-1]  # "migrants crossing the | 2,000", "tonnes in the first | 10"
    if len(words) > 3 and words[-2] == "to" and words[-3].lower() in _INTENDS:
        words = words[:-3]  # "The state plans to spend | Rs 1,200 crore": the state
    if not words or _junk(words[0]) and all(_junk(w) for w in words):  # the first word alone
        # decides most phrases, without building the generator
        return []
    if len(words) == 1:
        word = words[0]
        if word.lower() in UNITS:
            return []  # "470,800 tonnes": the unit is no subject
        if word.islower() and _VERB_FORM.fullmatch(word) and word not in _ING_NOUNS:
            return []
    if len(words) > 1 and _verb_after(sentence, words):  # "The Canadian dollar slipped | 0.4%"
        words = words[:-1]  # (after the tests above: "sterling slipped" keeps "sterling")
        while len(words) > 1 and words[-1].lower() in _TRAILING:
            words = words[:-1]  # "Unlisted investments now make up | 6%": the investments
        if all(_junk(w) for w in words):
            return []  # "now account for | 9%"
    return words


# verbs in the past that end a subject phrase: "Alberta added", "Gold mines accounted"; not an
# event ("people killed": read apart) nor a participle after its noun ("seats filled")
_PAST = re.compile(r"[a-z]{2,}(?<!e)ed")  # "aged", "slipped", "carried"; not "speed", "seed"
_NOT_PAST = frozenset("hundred sacred naked wicked rugged ragged kindred beloved learned".split())
# and other verbs that end one: irregular pasts ("Short sleepers ate"), and verbs of need or
# measure in the present ("The planet lies | 48 light years", "The plot covers | 45 acres")
_OTHER_VERBS = frozenset(
    "ate rose fell grew took gave won lost sold bought spent stood sank drew ran held saw sat "
    "found slept shrank shrunk "
    "sits need needs lies stands weighs measures spans employs covers drops rises falls jumps "
    "climbs slides slips".split()
)
# the verbs of a share, before "up" or "for": "Women make up | 35%", "Imports account for"
_SHARE_VERBS = frozenset("make makes account accounts represent represents".split())
_PARTICIPLES_AFTER = frozenset(
    """voted filled affected priced polled needed surveyed questioned tested vaccinated infected
    insured employed unemployed registered detained displaced involved treated used required
    planned proposed expected estimated allowed owed issued listed recorded reported confirmed
    related based""".split()
)


def _verb_after(sentence: str, words: list[str]) -> bool:
    """Whether the last of `words` is a verb that ends the phrase (_PAST, _OTHER_VERBS), or the
    verb of a share ("make up", "account for"; not "paid into his account")."""
    last = words[-1]
    if last in _SHARE_VERBS:  # "Mobile money accounts for": its own "for", not another's
        if last[0] == "r":
            return True  # "The payout represents"
        near = rf"\b{re.escape(words[-2])}\b[^.;]{{0,12}}?\b{last}\s+(?:up|for)\b"
        return re.search(near, sentence) is not None  # "Pensioners over 80 make up"
    if not last.islower() or last in _PARTICIPLES_AFTER or ctx.is_event_word(last):
        return False
    if last in _NOT_PAST:
        return False
    return last in _OTHER_VERBS or _PAST.fullmatch(last) is not None


def _junk(word: str) -> bool:
    """A word that is never what a figure counts, alone (_NOT_SUBJECT, a number word)."""
    low = word.lower()
    return (low in _NOT_SUBJECT and word not in ("US", "S", "P")) or low in SMALL


_VERB_FORM = re.compile(r"[a-z]{3,}(?:ing|(?<!e)ed)")
_ING_NOUNS = frozenset(
    """ceiling building spending funding housing meeting landing listing opening trading saving
    reading crossing racing living offering pricing rating ranking polling heating shipping
    lending borrowing training clothing mining farming fishing banking parking booking filing
    hearing warning staffing manufacturing recycling gathering holding setting wedding
    outstanding""".split()
)
