"""Who says so: reporting verbs and named sources (bodies that act are in _bodies.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from figcheck.extractors._bodies import BODY_ACTING, COUNTING_WORDS, NAME_COUNTS
from figcheck.extractors._mention import alt, word_starts, words_of

# (present forms that are also plural nouns, "reports", "estimates", "claims", are left out);
# built as a trie (`alt`) so that the engine follows one branch per letter
_VERB_WORDS = """said says say told tells reported estimated estimate forecast predicted predicts
    projected suggest warned warns announced announces added noted wrote writes confirmed confirms
    found showed show calculated believes believe claimed stated suggested indicated
    revealed disclosed admitted insisted acknowledged complain complained complains argued argue
    argues verified thinks accused accuses alleged alleges imply implies implied explained
    explains stressed cautioned countered replied""".split()
_VERBS = alt(_VERB_WORDS)
VERB_RX = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:an|a|the)\s$", re.IGNORECASE)
_REPORT_AFTER = re.compile(r"\s*(?:[,.;]|that\b|$)", re.IGNORECASE)
# Present forms that are also plural nouns report only when what follows makes them verbs: a
# clause ("claims that", "estimates it has") or, but for "claims" ("claims the lives of"), an
# object ("shows an increase of", "finds 40%"); not after a determiner ("his claims that").
# "agreed" and "conceded" report only a clause ("she agreed that"; not "agreed to pay")
_S_VERB_WORDS = ("claims", "estimates", "shows", "reports", "finds", "suggests", "forecasts",
                 "projects", "agreed", "agrees", "conceded", "concedes")
S_VERB_RX = re.compile(
    r"""(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bour\s)
    (?<!\btheir\s)(?<!\bthese\s)(?<!\bsuch\s)
    \b(?:claims(?=\s+(?:that|it|its|their|there|to)\b)
    |(?:agreed|agrees|conceded|concedes)(?=\s+that\b)  # "she agreed that 23", not "agreed to pay"
    |(?:forecasts|projects)(?=\s+(?:annual|growth|inflation|output|population|economic|gdp
      |unemployment|revenue|sales|demand|prices|a|an|the)\b)
    |(?:estimates|shows|reports|finds|suggests)(?=\s+(?:(?:that|it|its|their|there|an?|the
      |about|around|some|nearly|almost|more|over|only|just)\b|\d|(?-i:[A-Z]))))""",
    re.IGNORECASE | re.VERBOSE,
)


def _reporting_verbs(sentence: str) -> list[int]:
    """Where the sentence's reporting verbs start (the words of VERB_RX and S_VERB_RX), less
    the hedge "an estimated" and the acts "added", "noted": they report only before a comma,
    "that" or the end ("employers added 272,000 jobs" is an act, "he added" a report)."""
    cuts = []
    starts = _verb_starts(sentence)
    for p in starts:
        m = VERB_RX.match(sentence, p)
        if not m or _ARTICLE_BEFORE.search(sentence, max(0, p - 5), p):
            continue
        if m.group(0).lower() in ("added", "noted") and not _REPORT_AFTER.match(sentence, m.end()):
            continue
        cuts.append(p)
    if not _S_VERB_SET.isdisjoint(words_of(sentence)):
        cuts = sorted(cuts + [p for p in starts if S_VERB_RX.match(sentence, p)])
    return cuts


def says(sentence: str) -> bool:
    """Whether VERB_RX or S_VERB_RX matches in the sentence, tried where their words are."""
    starts = _verb_starts(sentence)
    return any(VERB_RX.match(sentence, p) or S_VERB_RX.match(sentence, p) for p in starts)


@lru_cache(maxsize=4)
def _verb_starts(sentence: str) -> list[int]:
    """Where the sentence's reporting verbs (ALL_VERBS) stand whole, read once for `says` and
    `_reporting_verbs` (a shared list: do not change it)."""
    return word_starts(sentence, ALL_VERBS.intersection(words_of(sentence)))


_VERB_SET = frozenset(_VERB_WORDS)
_S_VERB_SET = frozenset(_S_VERB_WORDS)
ALL_VERBS = _VERB_SET | _S_VERB_SET
# A source named before its verb: a noun phrase of up to eight words, capitalised names with
# "of", "for", "and" inside ("the Office for Budget Responsibility"), no verbs or figures
_NP = r"""(?!(?:while|and|but|that|which|who|as|so)\b)  # not a conjunction
    (?:(?:the|a|an|its|their)\s+)?[\w'’&.-]+(?:\s+(?!(?:which|whom|where)\b)[\w'’&.-]+){0,7}?"""
# (no "which" inside: "a week in which Ukraine said": Ukraine)
# Each entry finds sources in one of two ways: a pattern with a `who` group; or a pair (trigger,
# source) where the trigger finds the verb or noun ("said", "data showed") and the source
# pattern, anchored at the trigger's `cut`, reads the words before it. Anchoring at the trigger
# keeps the search to the few places where a source can be, which is several times faster than
# trying a noun phrase at every comma.
_Trigger = re.Pattern[str] | Callable[[str], list[int]]
Pattern = re.Pattern[str] | tuple[_Trigger, re.Pattern[str]]
# the source right before a reporting verb: "..., police said", "The mayor, 47, said", "The
# ministry has confirmed"
_SAID_SOURCE = re.compile(
    rf"""(?:^|[,:;]['\"’”]?\s*|\bthat\s+|\bwhile\s+|\band\s+|\bbut\s+|\s[-–—]\s+
      |\b(?:which|whom)\s+)
    (?!(?:by|in|on|at|for|from|with|of|(?:one|some|many|most|all|each|none)\s+of)\b)
    (?P<who>{_NP})(?:,\s*\d{{1,3}})?(?:,\s*(?:based|headquartered)\s+in\s+[^,;]{{1,40}}
      |,\s*(?P<aside>(?:(?:who|whose|which|considered|seen|known|described|regarded|led|run
        |owned)\b|(?:the|an?|one\s+of|his|her|its|their|from|at|with|of|in)\s|[\w-]+['’]s\s
        |(?-i:[a-z]+\s))  # "Dev Sandhu, of the brokerage X, said", "Akande, chief economist at
        (?:[^,;]|(?<=\d),(?=\d{{3}})){{1,120}}),)?,?
    # "Ahmed Fathy, who runs a bakery, said", "The observatory, considered the benchmark, recorded",
    # "FreshWay, which has about 1,480 stores, said", "Vistula Bank, Poland's largest lender, said",
    # "The authors, from universities in Denmark and the Netherlands, said"
    (?:\s+(?:has|have|had|will|would|also|now))?\s+$""",
    re.VERBOSE | re.I,
)
BEFORE = 130  # characters read before a trigger
# an aside that is a role and a name: "The Reform UK candidate, retired haulier Derek Thwaite,
# said": the name is the source
NAMED_ASIDE = re.compile(
    r"(?!(?:who|whose|which|the|an?|of|at|from|with|in|his|her|its|their)\b)"
    r"(?:(?!(?:of|at|for|with|in|from|on|by|to)\b)[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
)
# the hedge a figure may take after a verb that measures it ("counted at least 98,000")
_HEDGE = (
    r"(?:(?:about|some|nearly|almost|roughly|around|over|at\s+least|more\s+than|fewer\s+than"
    r"|less\s+than|up\s+to|as\s+many\s+as)\s+)?"
)
# Sources named outright, read first and taken as written (`_clean(explicit=True)`)
_EXPLICIT_PATTERNS: list[Pattern] = [
    # "according to RSF", "according to figures from the UN"
    _ACCORDING := re.compile(
        r"\baccording\s+to\s+(?P<who>(?:[^,.;:()]|(?<=\d)[,.](?=\d)){2,60})", re.I
    ),
    # "a survey of 2,000 firms by the CIPD found", "A poll of 2,043 adults by Ipsos put",
    # "analysts polled by Reuters expected"
    _SURVEY_BY := re.compile(
        r"""\b(?:(?:poll|survey|study|comparison|analysis|review|audit|tally|census|count)
          (?:\s+of\s+[\d,.]+\s+[\w-]+)?(?:\s+(?:carried\s+out|conducted|published))?\s+by\s+
          (?P<who>(?:the\s+)?[\w'’&?.-]+(?:\s+(?!found\b|finds\b|showed\b|shows\b|said\b)
            [\w'’&?.-]+){0,6}?)(?=\s+(?:found|finds|showed|shows|said|says|put|puts|suggests
            |suggested|estimated|estimates|concluded)\b|\s*[,;]|\s*$))""",
        re.I | re.VERBOSE,
    ),
    _POLLED := re.compile(
        r"""\b(?P<who>(?i:analysts|economists|traders|investors|experts|strategists)\s+
        (?:polled|surveyed)\s+by\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)""",
        re.VERBOSE,
    ),
    # a headline that names its source first: "Air force: 46 of 58 drones downed", "UN: 3.7m",
    # "Poll: 62% back ..." (no final full stop; an acronym or a word for a source)
    _HEADLINE := re.compile(
        r"""^(?P<who>(?:[A-Z][\w'’&.-]*\s+){0,2}(?:[A-Z]{2,6}|(?i:force|army|navy|military|police
        |ministry|government|officials?|poll|survey|study|report|census|agency|office|bank|fund
        |commission|council|court|service|authorities|regulator|watchdog|union|institute
        |kremlin|pentagon|spokesman|spokeswoman|spokesperson)))
        :\s(?=.*[^.\s]\s*$)""",
        re.VERBOSE,
    ),
    # the maker of a ranking: "in the RSF ranking", "on Germanwatch's climate change index"
    _RANKING_BY := re.compile(
        r"""\b(?:in|on|by)\s+(?:the\s+)?
        (?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?=['’]s\s)|[A-Z]{2,6}(?=\s))(?:['’]s)?
        \s+(?:[\w-]+\s+){0,4}?(?i:index|ranking|rankings|league\s+table)\b""",
        re.VERBOSE,
    ),
]
# "Economists expect", "Police recorded": a source that acts, read after the reporting verbs
_ACTING_PATTERN = (
    re.compile(
        r"(?<!\bof\s)(?<!\bthe\s)(?<!\ban\s)(?P<cut>)\b(?:expects?|expected|recorded)\b"
        r"(?!\s+by\b)",
        re.I,
    ),  # not an adjective: "a gauge of expected volatility", "the expected rise"
    _SAID_SOURCE,
)
PATTERNS: list[Pattern] = [
    *_EXPLICIT_PATTERNS,
    # "Data published by Eurostat on Tuesday showed", "figures from the KBA motor authority showed"
    _DATA_BY := re.compile(
        rf"""\b(?i:data|figures|statistics|numbers|estimates|a\s+report|a\s+survey|a\s+study)\s+
        (?:\w+\s+)?(?:by|from)\s+
        (?P<who>(?:the\s+)?(?:[a-z]+\s+){{0,3}}[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){{0,5}}?)
        (?:\s+(?:on|in|last|this)\s+\w+)?\s+(?:{_VERBS})\b""",
        re.VERBOSE,
    ),
    # "customs data showed", "the ministry's annual report showed": the owner of the data
    _DATA_SHOWED := (
        re.compile(
            r"""\b(?:data|figures|statistics|report|survey|study|analysis|census|estimates?|poll)
            (?P<cut>)(?:\s+(?:published|released|issued)\s+(?:on|in|last|this)\s+\S+
            | \s+of\s+[\d,.]+\s+\w+)?                        # "a survey of 2,000 adults found"
            \s+(?:showed|shows|show|found|finds|suggests?|suggested|indicated
            |indicates|said|says)\b""",
            re.VERBOSE | re.I,
        ),
        re.compile(
            r"""(?:^|,\s*|\bthat\s+)(?P<who>(?:the\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}?
            (?:['’]s?)?\s+(?:(?:annual|monthly|quarterly|weekly|latest|new|official|own)\s+)?
            (?:data|figures|statistics|report|survey|study|analysis|census|estimates?|poll))$""",
            re.VERBOSE | re.I,
        ),
    ),
    # "verified by the UN", "surveyed by UNHCR", "recorded by the monitoring mission"
    _DONE_BY := re.compile(
        r"""\b(?:surveyed|compiled|collected|gathered|verified|counted|recorded|documented
        |confirmed|tallied|published|released|calculated|estimated|put\s+at(?:\s+\S+){1,3}?)
        \s+by\s+
        (?P<who>(?:the\s+)?(?:[A-Z][\w'’&.-]*|[a-z]+(?=\s+(?:said|says|found|showed|reported)\b)
          |(?:independent\s+|other\s+|some\s+)?(?:analysts|demographers|economists|researchers
          |experts|scientists|statisticians|observers|monitors))
        (?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the)){0,5})""",
        re.VERBOSE,
    ),
    # "a spokesperson for Maersk said"
    _SPOKESPERSON := re.compile(
        rf"""\b(?:a\s+)?(?:spokesperson|spokesman|spokeswoman|representative|official)s?\s+
        (?:for|of|at)\s+(?P<who>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){{0,4}})
        \s+(?:{_VERBS})\b""",
        re.VERBOSE,
    ),
    # "Bloomberg, citing people familiar with the matter, reported"
    _CITING := re.compile(
        rf"^(?P<who>[A-Z][\w'’&. -]{{1,40}}?),\s+citing\b[^,]*,\s+(?:{_VERBS})\b", re.X
    ),
    # "The government wants to raise the age ..., saying the system will run a deficit of":
    # the subject that opens the sentence says it
    _SAYING := re.compile(
        r"""^(?P<who>(?:The\s+|A\s+|An\s+)?[A-Z][\w'’&.-]*
          (?:\s+(?!(?:said|says|also|now)\b)[\w'’&.-]+){0,4}?)(?:\s+(?:also|now))?
        \s+(?:[a-z]+ed|has|have|had|will|would|is|are|was|were|wants|plans|expects|argues
          |insists|blames|rejects|denies|defends|disputes|puts|gave|gives|took|sent|sets)\b
        (?=[^;]{0,240}?,\s+saying\b)""",
        re.VERBOSE,
    ),
    # "The ministry put the cost of the damage at", "organisers put the figure at"
    _PUT_AT := (
        re.compile(
            r"""(?P<cut>)\b(?:(?:gave|gives|give)\s+(?:a|the)\s+(?:figure|toll|number|count|total)
            \s+(?=of\b)|(?:puts?|putting|sets?|estimated|estimates)\s+(?:it\s+|them\s+
            |(?:the|its|their)\s+(?:[\w'’-]+\s+){0,8}?)(?=at\b)
            |(?:puts?|putting|estimated)\s+(?-i:(?:[\w'’-]+,?\s+){1,10})
            # "Rosstat put wages at 89,100", "put damage to roads, bridges and flood control
            # structures at"
            (?=(?:at|on)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|least\s+|over\s+
            |roughly\s+|no\s+more\s+than\s+|more\s+than\s+|less\s+than\s+|up\s+to\s+
            |close\s+to\s+|between\s+)?[\d$€£¥₹₽₱₦₩₴₸])|(?:revised|raised|lowered|cut|revises|raises|lowers
            |cuts)\s+(?:it\s+|(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:estimate|forecast
            |figure|count|toll|tally|target|projection|outlook|guidance)(?:\s+of(?:\s+\w+){1,5}?
            |\s+for(?:\s+[\w&-]+){1,4}?)?\s+))
            (?:to|at|of|on)\b""",
            re.I | re.VERBOSE,
        ),
        re.compile(
            rf"(?:^|[,:;]\s*|\bwhile\s+|\band\s+|\bbut\s+)(?P<who>{_NP})"
            r"(?:,\s*(?:[^,;]|(?<=\d),(?=\d{3})){1,90},)?"  # "..., which interviews 65,000 ...,"
            r"(?:,\s+(?:which|who))?(?:\s+(?:later|now|\w+ly|has|have|had))?\s+$",  # "Statistics
            # Canada, using another method, puts", "Oryx has documented", "The study, which tracked"
            re.VERBOSE | re.I,
        ),
    ),
    # "The labour ministry's register, by contrast, counted 2.38 million jobseekers", "It
    # surveyed 1,200 adults"
    _COUNTED := (
        re.compile(
            r"(?P<cut>)\b(?:counted|surveyed|interviewed|questioned|tracked|followed|documented"
            r"|lists|listed)\s+(?:the\s+(?:loss|deaths?|killing)\s+of\s+)?"  # "the loss of"
            rf"(?={_HEDGE}[\d$€£])"
        ),
        _PUT_AT[1],
    ),
    # "valued at around €90m by the CIES Football Observatory", "fined £104.5m by Ofwat"
    _VALUED_BY := re.compile(
        r"""\b(?:valued|estimated|priced|rated|fined|ordered|penalised|penalized)\s+(?:at\s+)?
        [^,;()]{1,40}?\s+by\s+(?P<who>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5})""",
        re.VERBOSE,
    ),
    # "the 6,000 or so admitted by Moscow", "the 1.1 million claimed by Kyiv"
    _CLAIMED_BY := re.compile(
        r"""\d[^,;()]{0,30}?\s(?:claimed|admitted|acknowledged|cited|quoted)\s+by\s+
        (?P<who>(?:the\s+)?[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,5})""",
        re.VERBOSE,
    ),
    # "Chadian officials gave a higher figure for the total, saying ...": a second source
    _GAVE_FIGURE := (
        re.compile(
            r"(?P<cut>)\b(?:gave|gives|give|offered)\s+(?:a|the)\s+(?:higher|lower|different"
            r"|smaller|larger|bigger)\s+(?:figure|toll|number|count|total|estimate)\b",
            re.I,
        ),
        _PUT_AT[1],
    ),
    # "..., police said", "The OBR forecast that", "Tomasz Nowak told reporters"
    _SAID := (_reporting_verbs, _SAID_SOURCE),
    _ACTING_PATTERN,
    BODY_ACTING,
    NAME_COUNTS,
    # "..., the UNHCR estimates.": a present form that may be a noun, at the end of the sentence
    _ENDS_ESTIMATES := re.compile(
        rf""",\s*(?P<who>{_NP})\s+(?:estimates|reports|notes|claims|projects|forecasts|states
        |calculates|finds|suggests|indicates|counted|calculated|tallied)\b(?=[^,;]*$|\s*,)""",
        re.VERBOSE | re.I,
    ),
    # "..., said the ministry", "said Jane Doe"
    _SAID_THE := re.compile(  # after a comma, quote, dash or bracket: not "but said the power
        # tariff was"
        r"""[,"”'’—–(]\s?(?:said|says|reported|wrote|told|according)\s+
        (?P<who>(?:the|a|an|one|its|his|her|their)\s+[\w'’ -]{1,50}
          (?:,\s(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){1,3}(?=[,.;])
            |[A-Z][\w'’-]+(?=[.;]|$)))?  # "its director,
          # Brian Keogh,", "its publisher, Faber.": the name
          |(?:(?:Dr|Prof|Mr|Mrs|Ms|Gen|Sen|Rep)\.\s)?[A-Z][\w'’ -]{1,50}  # "said Dr. Luis Ferrante"
          |(?:[a-z][\w'’-]*\s){1,3}?(?:[A-Z](?:\.|[\w'’-]*)\s?){1,4}(?=[,.;)]|$))""",
        # "said chief executive Helen Marr.": a role, then a name
        re.VERBOSE,
    ),
]
EXPLICIT = range(len(_EXPLICIT_PATTERNS))  # their ranks in PATTERNS
REPORTING = {PATTERNS.index(_SAID), PATTERNS.index(_SAID_THE)}  # "said", "told": by a verb
ACTING = {PATTERNS.index(p) for p in (_ACTING_PATTERN, BODY_ACTING, NAME_COUNTS)}
MEASURING = {PATTERNS.index(p) for p in (_PUT_AT, _COUNTED, _GAVE_FIGURE)}  # "put X at 30%"
VALUED = {PATTERNS.index(_VALUED_BY), PATTERNS.index(_CLAIMED_BY)}  # "valued at €90m by X",
# "the 6,000 admitted by Moscow": X gives that figure only
# "analysts polled by Reuters expected" ranks with the reporting verbs: the nearer one counts
# ("X forecast $4.1 billion, below the $4.45 billion analysts polled by LSEG had expected")
RANK = {PATTERNS.index(_POLLED): PATTERNS.index(_SAID)}
A_VERB = "<a reporting verb>"
A_BODY = "<an official body>"
COLON = ":"  # a key found as a substring of the sentence
# The words one of which each pattern needs: every word form the pattern can match, as a whole
# word, so that a pattern runs only where its words are. Keyed by the pattern, not by its place
# in PATTERNS, so that the two cannot fall out of step (a test checks both name the same).
KEYS: dict[Pattern, tuple[str, ...]] = {
    _ACCORDING: ("according",),
    _SURVEY_BY: ("poll", "survey", "study", "comparison", "analysis", "review", "audit", "tally",
                 "census", "count"),
    _POLLED: ("polled", "surveyed"),
    _HEADLINE: (COLON,),
    _RANKING_BY: ("index", "ranking", "rankings", "table"),
    _DATA_BY: ("data", "figures", "statistics", "numbers", "estimates", "report", "survey",
               "study"),
    _DATA_SHOWED: ("data", "figures", "statistics", "report", "survey", "study", "analysis",
                   "census", "estimate", "estimates", "poll"),
    _DONE_BY: ("surveyed", "compiled", "collected", "gathered", "verified", "counted", "recorded",
               "documented", "confirmed", "tallied", "published", "released", "calculated",
               "estimated", "put"),
    _SPOKESPERSON: ("spokesperson", "spokespersons", "spokesman", "spokesmans", "spokeswoman",
                    "spokeswomans", "representative", "representatives", "official",
                    "officials"),
    _CITING: ("citing",),
    _SAYING: ("saying",),
    _PUT_AT: ("put", "puts", "putting", "revised", "raised", "lowered", "cut", "gave", "gives",
              "give", "revises", "raises", "lowers", "cuts", "set", "sets", "estimated",
              "estimates"),
    _VALUED_BY: ("valued", "estimated", "priced", "rated", "fined", "ordered", "penalised",
                 "penalized"),
    _CLAIMED_BY: ("claimed", "admitted", "acknowledged", "cited", "quoted"),
    _COUNTED: ("counted", "surveyed", "interviewed", "questioned", "tracked", "followed",
               "documented", "lists", "listed"),
    _GAVE_FIGURE: ("gave", "gives", "give", "offered"),
    _SAID: (A_VERB,),  # a reporting verb ("said", "told"), found by VERB_RX
    _ACTING_PATTERN: ("expect", "expects", "expected", "recorded"),
    BODY_ACTING: (A_BODY,),  # an official body's word or an acronym, found by body_named
    NAME_COUNTS: tuple(COUNTING_WORDS),
    _ENDS_ESTIMATES: ("estimates", "reports", "notes", "claims", "projects", "forecasts",
                      "states", "calculates", "finds", "suggests", "indicates", "counted",
                      "calculated", "tallied"),
    _SAID_THE: ("said", "says", "reported", "wrote", "told", "according"),
}  # fmt: skip
GATES = [KEYS[pattern] for pattern in PATTERNS]  # in the order the loop reads them
_SPECIAL = {A_VERB, A_BODY, COLON}
WORD_KEYS = frozenset(k for keys in KEYS.values() for k in keys) - _SPECIAL
