"""Who says so: the source a sentence gives for its figures, read per clause."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from figcheck.extractors._mention import alt, words_of

# (present forms that are also plural nouns, "reports", "estimates", "claims", are left out);
# built as a trie (`alt`) so that the engine follows one branch per letter
_VERB_WORDS = """said says say told tells reported estimated estimate forecast predicted predicts
    projected warned warns announced announces added noted wrote writes confirmed confirms
    found showed show calculated believes believe claimed stated suggested indicated
    revealed disclosed admitted insisted acknowledged complain complained complains argued argue
    argues verified""".split()
_VERBS = alt(_VERB_WORDS)
_VERB_RX = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:an|a|the)\s$", re.IGNORECASE)
_REPORT_AFTER = re.compile(r"\s*(?:[,.;]|that\b|$)", re.IGNORECASE)
# Present forms that are also plural nouns report only when what follows makes them verbs: a
# clause ("claims that", "estimates it has") or, but for "claims" ("claims the lives of"), an
# object ("shows an increase of", "finds 40%"); not after a determiner ("his claims that")
_S_VERB_WORDS = ("claims", "estimates", "shows", "reports", "finds", "suggests")
_S_VERB_RX = re.compile(
    r"""(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bour\s)
    (?<!\btheir\s)(?<!\bthese\s)(?<!\bsuch\s)
    \b(?:claims(?=\s+(?:that|it|its|their|there|to)\b)
    |(?:estimates|shows|reports|finds|suggests)(?=\s+(?:(?:that|it|its|their|there|an?|the
      |about|around|some|nearly|almost|more|over|only|just)\b|\d|(?-i:[A-Z]))))""",
    re.IGNORECASE | re.VERBOSE,
)


def _reporting_verbs(sentence: str) -> list[int]:
    """Where the sentence's reporting verbs start (the words of _VERB_RX and _S_VERB_RX), less
    the hedge "an estimated" and the acts "added", "noted": they report only before a comma,
    "that" or the end ("employers added 272,000 jobs" is an act, "he added" a report)."""
    cuts = []
    for m in _VERB_RX.finditer(sentence):
        p = m.start()
        if _ARTICLE_BEFORE.search(sentence, max(0, p - 5), p):
            continue
        if m.group(0).lower() in ("added", "noted") and not _REPORT_AFTER.match(sentence, m.end()):
            continue
        cuts.append(p)
    if not _S_VERB_SET.isdisjoint(words_of(sentence)) or not sentence.isascii():
        cuts = sorted(cuts + [m.start() for m in _S_VERB_RX.finditer(sentence)])
    return cuts


_VERB_SET = frozenset(_VERB_WORDS)
_S_VERB_SET = frozenset(_S_VERB_WORDS)
_ALL_VERBS = _VERB_SET | _S_VERB_SET
# A source named before its verb: a noun phrase of up to eight words, capitalised names with
# "of", "for", "and" inside ("the Office for Budget Responsibility"), no verbs or figures
_NP = r"""(?!(?:while|and|but|that|which|who|as|so)\b)  # not a conjunction
    (?:(?:the|a|an|its|their)\s+)?[\w'’&.-]+(?:\s+[\w'’&.-]+){0,7}?"""
# Each entry finds sources in one of two ways: a pattern with a `who` group; or a pair (trigger,
# source) where the trigger finds the verb or noun ("said", "data showed") and the source
# pattern, anchored at the trigger's `cut`, reads the words before it. Anchoring at the trigger
# keeps the search to the few places where a source can be, which is several times faster than
# trying a noun phrase at every comma.
_Trigger = re.Pattern[str] | Callable[[str], list[int]]
_Pattern = re.Pattern[str] | tuple[_Trigger, re.Pattern[str]]
# the source right before a reporting verb: "..., police said", "The mayor, 47, said", "The
# ministry has confirmed"
_SAID_SOURCE = re.compile(
    rf"""(?:^|[,:;]['\"’”]?\s*|\bthat\s+|\bwhile\s+|\band\s+|\bbut\s+|\s[-–—]\s+)
    (?P<who>{_NP})(?:,\s*\d{{1,3}})?,?
    (?:\s+(?:has|have|had|will|would|also|now))?\s+$""",
    re.VERBOSE | re.I,
)
_BEFORE = 100  # characters read before a trigger
# Sources named outright, read first and taken as written (`_clean(explicit=True)`)
_EXPLICIT_PATTERNS: list[_Pattern] = [
    # "according to RSF", "according to figures from the UN"
    _ACCORDING := re.compile(
        r"\baccording\s+to\s+(?P<who>(?:[^,.;:()]|(?<=\d)[,.](?=\d)){2,60})", re.I
    ),
    # "a survey of 2,000 firms by the CIPD found", "A poll of 2,043 adults by Ipsos put",
    # "analysts polled by Reuters expected"
    _SURVEY_BY := re.compile(
        r"""\b(?:(?:poll|survey|study|comparison|analysis|review|audit|tally|census)
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
    re.compile(r"(?P<cut>)\b(?:expects?|expected|recorded)\b(?!\s+by\b)", re.I),
    _SAID_SOURCE,
)
# "Kyiv city council allocated", "Ukrainian prosecutors have registered", "UNHCR counts": an
# official body that opens its clause and acts on the figure
_BODY_WORDS = """ministry council committee commission agency office prosecutors guards police
    authorities court government military army navy service department bureau regulator
    watchdog inspectorate ombudsman mission secretariat""".split()
_BODY_ACTING = (
    re.compile(  # the body's word, then its verb: the source ends at `cut`
        rf"""\b(?:(?i:{alt(_BODY_WORDS)})|(?!AI\b|TV\b)[A-Z]{{2,6}})\b(?P<cut>)
        (?=\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ed|counts|lists|logs|holds|registers|puts|shows
          |estimates|reports|tallies|allocates|approves|fines|checks|disburses|appeals|seeks
          |pledges|requests)\b)""",
        re.VERBOSE,
    ),
    re.compile(  # ... opening its clause: at most four words before it
        r"(?:^|;\s*|,\s+(?:while|but|and)\s+)(?P<who>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)$"
    ),
)
# "Rosstat counted", "Golos logged", "Shpilkin counted": a name that counts or revises
_COUNTING_WORDS = """counted counts logged logs recorded records registered registers tallied
    tallies revises revised estimates estimated""".split()
_NAME_COUNTS = (
    re.compile(rf"[A-Z][a-z]+(?P<cut>)\s+(?:{alt(_COUNTING_WORDS)})\b"),
    _BODY_ACTING[1],
)
_PATTERNS: list[_Pattern] = [
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
    # "The ministry put the cost of the damage at", "organisers put the figure at"
    _PUT_AT := (
        re.compile(
            r"""(?P<cut>)\b(?:(?:gave|gives|give)\s+(?:a|the)\s+(?:figure|toll|number|count|total)
            \s+(?=of\b)|(?:puts?|putting)\s+(?:it\s+|them\s+|(?:the|its|their)\s+
            (?:[\w'’-]+\s+){0,8}?)(?=at\b)
            |(?:puts?|putting)\s+(?-i:(?:[A-Za-z-]+\s+){1,3})  # "Rosstat put wages at 89,100"
            (?=at\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|least\s+|over\s+)?
            [\d$€£¥₹₽])|(?:revised|raised|lowered|cut|revises|raises|lowers
            |cuts)\s+(?:it\s+|(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:estimate|forecast
            |figure|count|toll|tally|target|projection|outlook|guidance)(?:\s+of(?:\s+\w+){1,5}?
            |\s+for(?:\s+[\w&-]+){1,4}?)?\s+))
            (?:to|at|of)\b""",
            re.I | re.VERBOSE,
        ),
        re.compile(
            rf"(?:^|[,:;]\s*|\bwhile\s+|\band\s+|\bbut\s+)(?P<who>{_NP})(?:\s+(?:later|now|\w+ly))?\s+$",
            re.VERBOSE | re.I,
        ),
    ),
    # "..., police said", "The OBR forecast that", "Tomasz Nowak told reporters"
    _SAID := (_reporting_verbs, _SAID_SOURCE),
    _ACTING_PATTERN,
    _BODY_ACTING,
    _NAME_COUNTS,
    # "..., the UNHCR estimates.": a present form that may be a noun, at the end of the sentence
    _ENDS_ESTIMATES := re.compile(
        rf""",\s*(?P<who>{_NP})\s+(?:estimates|reports|notes|claims|projects|forecasts|states
        |calculates|finds|suggests|indicates)\b(?=[^,;]*$|\s*,)""",
        re.VERBOSE | re.I,
    ),
    # "..., said the ministry", "said Jane Doe"
    _SAID_THE := re.compile(
        r"""\b(?:said|says|reported|wrote|told|according)\s+
        (?P<who>(?:the|a|an)\s+[\w'’ -]{1,50}|[A-Z][\w'’ -]{1,50})""",
        re.VERBOSE,
    ),
]
# Words that show the "source" is a clause, not a name ("The virus was found", "Seven out of ten
# voters said"), or a frame ("In its monthly report")
_NOT_SOURCE = re.compile(
    r"""\b(?:was|were|is|are|be|been|being|has|have|had|would|will|could|can|may|might|should
    |not|who|which|that|this|there|with|to|into|than|as|if|when|where|while|face|faces
    |one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent
    |per|cent|out|more|less|fewer|about|nearly|almost|some|said|says|told)\b|\d
    | (?<=\s)(?<!\bin\s)(?<!\bof\s)[a-z]+ed\b  # a verb: "The pandemic killed an"; a first
      # word is an adjective ("unnamed officials", "exiled opposition groups") ...
    | ^[a-z]+ed\s+(?:its|their|the|a|an|his|her|our)\b  # ... unless a determiner follows it
    | \b(?:in|on|at|by|from)\s+(?!(?:the\s+)?[A-Z])  # a preposition before a common noun
    | ^(?:in|on|at|by|from|for|of)\b       # a frame: "In its monthly report"
    """,
    re.VERBOSE,
)
_PRONOUN = {"it", "they", "he", "she", "we", "i"}
_DIGIT = re.compile(r"\d")
_CLAUSE = re.compile(r";|,\s+(?:while|but|whereas|although|though|yet)\b|\s+while\s+")
_LEAD = re.compile(r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?(?=\s+\w+ed\b|\s+(?:is|are|was|were|has)\b)")


@lru_cache(maxsize=16)
def attributions(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(position, rank of the pattern, source) of every source named in the sentence."""
    found: dict[int, tuple[int, str]] = {}
    low = sentence.lower()
    if sentence.isascii():  # whole words: the patterns need their words whole
        present = set(_WORD_KEYS.intersection(words_of(sentence)))
    else:  # substrings: a superset of the whole words, whatever the letters
        present = {k for k in _WORD_KEYS if k in low}
    present.update(k for k in (_BY, _COLON) if k in low)
    # in ASCII text a reporting verb is one of the sentence's words: the regex needs it there
    maybe_verb = not sentence.isascii() or not _ALL_VERBS.isdisjoint(words_of(sentence))
    if maybe_verb and (_VERB_RX.search(sentence) or _S_VERB_RX.search(sentence)):
        present.add(_A_VERB)
    if _body_named(sentence):
        present.add(_A_BODY)
    if not present:
        return ()  # no pattern's words: most sentences stop here
    for rank, pattern in enumerate(_PATTERNS):
        if present.isdisjoint(_GATES[rank]):
            continue  # the pattern's words are not in the sentence: skip its slow scan
        for m in _matches(pattern, sentence):
            who = _clean(m.group("who"), sentence, explicit=rank in _EXPLICIT)
            if who and not any(abs(p - m.start("who")) < 3 for p in found):
                found[m.start("who")] = (_RANK.get(rank, rank), who)
    return tuple(sorted((p, rank, who) for p, (rank, who) in found.items()))


def _matches(pattern: _Pattern, sentence: str) -> list[re.Match[str]]:
    if isinstance(pattern, re.Pattern):
        return list(pattern.finditer(sentence))
    trigger, source = pattern
    out = []
    if callable(trigger):
        cuts = trigger(sentence)
    else:
        cuts = [t.start("cut") for t in trigger.finditer(sentence)]
    for cut in cuts:
        m = source.search(sentence, max(0, cut - _BEFORE), cut)
        if m:
            out.append(m)
    return out


_EXPLICIT = range(len(_EXPLICIT_PATTERNS))  # their ranks in _PATTERNS
_ACTING = {_PATTERNS.index(p) for p in (_ACTING_PATTERN, _BODY_ACTING, _NAME_COUNTS)}
# "analysts polled by Reuters expected" ranks with the reporting verbs: the nearer one counts
# ("X forecast $4.1 billion, below the $4.45 billion analysts polled by LSEG had expected")
_RANK = {_PATTERNS.index(_POLLED): _PATTERNS.index(_SAID)}
_A_VERB = "<a reporting verb>"
_A_BODY = "<an official body>"
_CAPS = re.compile(r"[A-Z]{2}")
_BODY_SET = frozenset(_BODY_WORDS)


def _body_named(sentence: str) -> bool:
    """An acronym or a word for an official body among the sentence's words (_BODY_ACTING)."""
    if _CAPS.search(sentence) or not sentence.isascii():
        return True
    return not _BODY_SET.isdisjoint(words_of(sentence))


_BY, _COLON = " by ", ":"  # keys found as substrings of the lower-cased sentence
# The words one of which each pattern needs: every word form the pattern can match, as a whole
# word, so that a pattern runs only where its words are. Keyed by the pattern, not by its place
# in _PATTERNS, so that the two cannot fall out of step (a test checks both name the same).
_KEYS: dict[_Pattern, tuple[str, ...]] = {
    _ACCORDING: ("according",),
    _SURVEY_BY: (_BY,),
    _POLLED: ("polled", "surveyed"),
    _HEADLINE: (_COLON,),
    _RANKING_BY: ("index", "ranking", "rankings", "table"),
    _DATA_BY: ("data", "figures", "statistics", "numbers", "estimates", "report", "survey",
               "study"),
    _DATA_SHOWED: ("data", "figures", "statistics", "report", "survey", "study", "analysis",
                   "census", "estimate", "estimates", "poll"),
    _DONE_BY: (_BY,),
    _SPOKESPERSON: ("spokesperson", "spokespersons", "spokesman", "spokesmans", "spokeswoman",
                    "spokeswomans", "representative", "representatives", "official",
                    "officials"),
    _CITING: ("citing",),
    _PUT_AT: ("put", "puts", "putting", "revised", "raised", "lowered", "cut", "gave", "gives",
              "give", "revises", "raises", "lowers", "cuts"),
    _SAID: (_A_VERB,),  # a reporting verb ("said", "told"), found by _VERB_RX
    _ACTING_PATTERN: ("expect", "expects", "expected", "recorded"),
    _BODY_ACTING: (_A_BODY,),  # an official body's word or an acronym, found by _body_named
    _NAME_COUNTS: tuple(_COUNTING_WORDS),
    _ENDS_ESTIMATES: ("estimates", "reports", "notes", "claims", "projects", "forecasts",
                      "states", "calculates", "finds", "suggests", "indicates"),
    _SAID_THE: ("said", "says", "reported", "wrote", "told", "according"),
}  # fmt: skip
_GATES = [_KEYS[pattern] for pattern in _PATTERNS]  # in the order the loop reads them
_SPECIAL = {_A_VERB, _A_BODY, _BY, _COLON}
_WORD_KEYS = frozenset(k for keys in _KEYS.values() for k in keys) - _SPECIAL
_CONJUNCTION = re.compile(r"^(?:but|and|while|though|although|yet|whereas)\s+", re.I)
_OF_NUMBER = re.compile(r"\s+of\s+\d.*$")
_RELATIVE = re.compile(r"\s+(?:who|which|whose)\b.*$")
_PUBLISHER = re.compile(r"^.*?\b(?:published|released|compiled|issued|produced)\s+by\s+")
_WHEN = re.compile(r"\s+(?:on|in|last|this)(?:\s+\w+)?$")


def _clean(who: str, sentence: str, explicit: bool = False) -> str | None:
    """The source's words, or None when they are no source (a clause, a figure, a frame)."""
    who = _WHEN.sub("", _PUBLISHER.sub("", who.strip(" ,'\"‘’“”")))
    who = _CONJUNCTION.sub("", who)  # "but the state's own figures (show)": the figures
    who = _RELATIVE.sub("", who)  # "a farmer near Mombasa who tends 4 hectares": a farmer ...
    if explicit:
        who = _OF_NUMBER.sub("", who)  # "a YouGov poll of 1,712 adults ...": a YouGov poll
    words = who.split()
    if not words or len(words) > (10 if explicit else 8):
        return None
    if explicit:  # "according to a leaked memo seen by the Financial Times"
        return None if re.search(r"\d", who) else who
    if len(words) > 1 and words[-1].lower() in _PRONOUN:
        return None  # "the largest such attack it (has reported)": a clause, not a source
    if words[0].lower() in _PRONOUN and len(words) == 1:
        lead = _LEAD.match(sentence)  # "The airline carried ..., it said": the airline
        return lead.group(0) if lead else None
    core = " ".join(w for w in words if w.lower() not in ("the", "a", "an"))
    core = core[:1].lower() + core[1:]  # "In its monthly report": a frame, even capitalised
    if not core or _NOT_SOURCE.search(core):
        return None
    return who


def attribution_at(sentence: str, pos: int) -> str | None:
    """The source of the figure at `pos`: one named in its clause, else the nearest one.

    In order: a source that says so in the figure's clause; one named after the sentence's last
    figure, which speaks for the whole sentence ("..., but fraud rose by 19%, the ONS said"); a
    source that only acts in the figure's clause ("..., while the IOM registered 809,000");
    any other source that says so; any other."""
    found = attributions(sentence)
    if not found:
        return None
    if len(found) > 1:
        bounds = [0, *(m.start() for m in _CLAUSE.finditer(sentence)), len(sentence)]
        lo, hi = next((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a <= pos < b)
        local = [f for f in found if lo <= f[0] < hi]  # named in the figure's clause
        says = [f for f in found if f[1] not in _ACTING]
        trailing = [f for f in says if not _DIGIT.search(sentence, f[0])]  # "..., the ONS said."
        found = tuple(
            [f for f in local if f[1] not in _ACTING] or trailing or local or says or found
        )
    return min(found, key=lambda f: (f[1], abs(f[0] - pos)))[2]
