"""Read what a number is about from its sentence: its subject and event (periods: _periods.py)."""

from __future__ import annotations

import re

from figcheck.extractors._lexicon import DETERMINERS, EVENTS, NP_STOP, PRE_VERBS
from figcheck.extractors._mention import alt, comma_before, words_of

_WORD = re.compile(r"(?<![\w])[A-Za-z][A-Za-z'’-]*")  # a word, not the "nd" of "22nd"
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")  # a word, or a model name with digits ("Kh-101")
_DIGIT = re.compile(r"\d")
_NOT_SPACE = re.compile(r"\S")
_PUNCT = re.compile(r"[,.;:()]")
_EVENT = {
    phrase: canon for canon, phrases in EVENTS.items() for phrase in phrases
}  # "downed" -> "shot down"
_EVENT_RE = re.compile(r"\b(" + alt(_EVENT) + r")\b", re.I)  # a trie: one branch per letter
_EVENT_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in _EVENT)
_IRREGULAR = {"children": "child", "men": "man", "women": "woman", "mice": "mouse"}


def is_event_word(word: str) -> bool:
    """Whether `word` is an event's verb ("killed", "downed"), read apart from the subject."""
    return word.lower() in _EVENT


def lemma(word: str) -> str:
    """A crude singular: "countries" -> "country", "drones" -> "drone", "trade" stays."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return w[:-1]
    return w


def noun_after(sentence: str, pos: int) -> list[str]:
    """The noun phrase right after a number ("116 | drones launched overnight" -> [drones]).

    Passed over on the way to the noun: "of the", "of its", "of whom were" ("four of the G7
    countries"); model names with their digits and capitalised maker names ("66 F-16 Block 70
    fighter jets" -> [fighter, jets], "14 ageing Airbus A330-200 aircraft" -> [aircraft]); a
    participle before the noun ("310 registered banks" -> [banks]; the event is read apart)."""
    lead = _LEAD_IN.match(sentence, pos)
    if lead:
        pos = lead.end()
    words: list[str] = []
    for m in _PHRASE_TOKEN.finditer(sentence, pos):
        gap = sentence[pos : m.start()]
        if (_NOT_SPACE.search(gap) and (words or gap.strip() != "-")) or len(words) >= 8:
            break  # a hyphen may join the number to its noun: "the 300-member parliament"
        w = m.group(0)
        if w[0].isdigit() and words and not words[-1][:1].isupper():
            break  # a new figure ("25 firms includes 4 banks"), not a model ("Block 70")
        if not words and _participle_before_noun(w, sentence, m.end()):
            pos = m.end()
            continue
        if w.lower() in NP_STOP or w.lower() in _EVENT or w.lower() in _TIME_WORDS:
            break
        if w.lower() in ("each", "apiece", "times") or w.lower().endswith("fold"):
            break  # "$4 million each", "200 times the price", "a tenfold rise"
        if words and w.lower() in PRE_VERBS:  # "a 2.4 mg weekly dose | lost"
            break
        if words and (w.lower() == "now" or _verb_after_noun(w, sentence, m.end())):
            break  # "58% of voters | wanted", "95% of homes | now have"
        words.append(w)
        pos = m.end()
    if _DIGIT.search("".join(words)):  # a model name among the words (most phrases have none)
        model = max(i for i, w in enumerate(words) if _DIGIT.search(w))
        rest = words[model + 1 :]  # keep the words after it, less capitalised maker names
        while rest and (rest[0].isupper() or rest[0][:1].isupper() and len(rest) > 1):
            rest = rest[1:]
        words = [w for w in rest if not _DIGIT.search(w)]
    origin = _ORIGIN.match(sentence, pos)
    if words and origin:  # "migrants | from Central Asia": who exactly is counted
        words += origin.group(0).split()
    return words


# what may stand between a number and its noun: "of the", "of its", "of the airline's",
# "of whom were", "of which are"
_LEAD_IN = re.compile(
    r"""\s+of\s+(?:(?:the|its|their|our|his|her|those|these|all)\s+(?:[\w-]+['’]s\s+)?
    | (?:whom|which)\s+(?:were|are|was|is)\s+
    | (?=[a-z])(?!(?:whom|which|them|those|these)\b))""",
    re.VERBOSE | re.IGNORECASE,
)
# words and figures of a noun phrase ("F-16", "Block", "70", "787-9", "fighter", "jets")
_PHRASE_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\w.,-]*")
PRONOUNS = {"we", "they", "it", "he", "she", "i", "you", "this", "that", "these", "those"}
_TIME_WORDS = {"last", "next", "ago", "earlier", "later", "yesterday", "today", "tomorrow"}


def _plain_word_after(sentence: str, end: int) -> bool:
    """The word after the one ending at `end` is a plain word: no stop word, no event word."""
    nxt = _TOKEN.match(sentence, end + 1) if sentence[end : end + 1] == " " else None
    return bool(nxt) and nxt.group(0).lower() not in NP_STOP and nxt.group(0).lower() not in _EVENT


def _participle_before_noun(word: str, sentence: str, end: int) -> bool:
    """ "registered" in "310 registered banks": an event word followed by a plain word."""
    return word.lower() in _EVENT and _plain_word_after(sentence, end)


def _verb_after_noun(word: str, sentence: str, end: int) -> bool:
    """ "voters | wanted a vote": a past form after the noun is the clause's verb, unless a
    plain word follows it, which it modifies ("armoured | personnel carriers")."""
    past = word.islower() and word.endswith("ed") and len(word) > 4
    return past and not _plain_word_after(sentence, end)


# "to China", "from Central Asia": a direction with a proper name narrows what is counted
_ORIGIN = re.compile(r"\s+(?:to|from)(?:\s+(?:the\s+)?[A-Z][\w'’-]*){1,3}")


def noun_before(sentence: str, pos: int) -> list[str]:
    """The subject phrase before a number ("Bilateral trade ... | reached $26 billion").

    Read in the number's clause, after any reporting verb ("The Pentagon said the new package
    was worth" -> [new, package]); a clause that starts with its verb takes the subject of the
    one before, past an aside ("Exports, according to customs, fell" -> [Exports])."""
    window = sentence[max(0, pos - 300) : pos]
    if " and " in window:  # "... 1.7 million barrels a day and | refinery runs rose"
        last = max(window.rfind(d) for d in "0123456789")
        if last >= 0 and " and " in window[last:]:
            window = window[last:].rsplit(" and ", 1)[1]
    parts = _CLAUSE_CUT.split(window)
    clause = parts[-1]
    wanted = "put" in clause or "set" in clause or "estimated" in clause  # _PUT_AT's verbs
    put = _PUT_AT.search(clause) if wanted else None
    if put:  # "The ministry put the cost of the damage at": the cost
        return put.group(1).split()
    # _REPORTED needs one of its words, whole unless the window cut a word at its start
    reporting = pos > 300 or not _REPORTED_WORDS.isdisjoint(words_of(sentence))
    for k, part in enumerate(reversed(parts)):
        if _ASIDE.match(part):
            continue
        reported = _after_reporting_verb(part) if reporting else part
        if k == 0:  # "net income of | $312 million", "raise council tax by | 4.99%"
            tied = _noun_tied(reported)
            if tied:
                return tied
        words = _WORD.findall(reported) or _WORD.findall(part)
        if not words:
            continue
        if part is not parts[0] and (
            words[0].lower() in PRE_VERBS
            or words[0].lower() in ("which", "who")
            or (len(words) <= 2 and _participle(words[0]))  # "..., frozen at", "slipped to"
            or words[0] in _AUX_OPEN  # "a category that | does not count towards"
            or (_participle(words[0]) and words[1].lower() in _PARTICLES)  # ", set out in"
        ):
            continue  # "..., which tripled to": the subject is in the clause before
        if k and _FIGURE.search(part):
            return []  # "the survey cost KSh 42 million a year, compared with | KSh 118
            # million": what the figure before measures, read by the caller
        if len(words) > 2 and words[0].endswith("ed") and words[1].lower() == "by":
            words = words[2:]  # "helped by sales of its drug": sales
        opened = words[0].lower() in _OPENING_PREPOSITIONS  # "In the Attica region the rate"
        cut = next(  # "In ten of the twelve months the total | was": not "total"
            (
                i
                for i, w in enumerate(words)
                if i
                and (w in _MODALS or w.lower() in PRE_VERBS)
                and not (opened and words[i - 1] == "the")
                and not (  # "Russia's total fertility rate"; not "St Anne's will close"
                    words[i - 1].endswith(("'s", "’s"))
                    and w not in _MODALS
                    and w.lower() not in _AUX_OPEN
                )
            ),
            len(words),
        )
        words = words[:cut]
        while words and (
            words[0].lower() in NP_STOP
            or words[0].lower() in DETERMINERS
            or words[0].lower() in _HEDGE_WORDS
            or words[0].lower() == "record"
        ):
            words = words[1:]  # "Only | 40 ...", "barely above | 50%", "A record | 40.5%"
        while words and (words[-1].lower() in NP_STOP or words[-1].lower() in _HEDGE_WORDS):
            words = words[:-1]  # "Free cash flow more than | doubled"
        return (_last_phrase(words) if opened else words)[:8]
    return []


_MODALS = frozenset("might may could would should will can must".split())  # "a patient might"
_OPENING_PREPOSITIONS = frozenset("in on at across among during for over under within".split())
_ARTICLES = frozenset("the a an its their his her".split())


def _last_phrase(words: list[str]) -> list[str]:
    """ "In ten of the twelve months the total | was exactly 31": after an opening phrase of
    place or time, a determiner that follows a noun with no word to join them starts the phrase
    that names what is counted."""
    for i in range(1, len(words) - 1):  # the first: "the total | of the year"
        prev = words[i - 1]
        if (
            words[i].lower() in _ARTICLES
            and prev.lower() not in NP_STOP
            and prev.lower() not in _ARTICLES
            and prev.isalpha()
            and prev.islower()
        ):
            return words[i + 1 :]
    return words


def subject_past_particle(sentence: str, pos: int) -> list[str]:
    """ "Rural poverty rose most on the new measure, | to 26.4%", "Immigration was revised,
    down by | 17,000": the subject of the clause before, when the figure's own part is only a
    particle."""
    comma = comma_before(sentence, pos)
    if comma <= 0 or not _PARTICLE_ONLY.fullmatch(sentence, comma + 1, pos):
        return []
    words = noun_before(sentence, comma)
    objects = any(  # "Colombia hosts the largest group": a verb and its object, not a noun
        w.lower() in _ARTICLES and words[j - 1].islower() and words[j - 1] not in NP_STOP
        for j, w in enumerate(words)
        if j
    )
    return [] if objects or len(words) > 6 else words


_PARTICLE_ONLY = re.compile(r"\s*(?:(?:up|down|rising|falling)\s+)?(?:to|by|at)\s+")


def _noun_tied(clause: str) -> list[str]:
    """The noun phrase right before "of", "by" or "to" at the end of `clause` ("a television
    audience of", "council tax by", "a Band D bill to"), unless that word is a verb's."""
    tail_ = clause.rstrip()
    if not tail_.endswith((" of", " by", " to")):
        return []
    m = _TIED.search(tail_, max(0, len(tail_) - 60))
    if not m:
        return []
    words = m.group(1).split()
    if any(_DIGIT.search(w) for w in words):
        return []
    for i in range(len(words) - 1, -1, -1):  # "raised its dividend by": dividend
        low = words[i].lower()
        if low in DETERMINERS or low in NP_STOP or low in PRE_VERBS or low.endswith("ed"):
            if low in _AUXILIARIES and words[i + 1 : i + 2] and words[i + 1].endswith("ing"):
                return []  # "Sea levels are rising by": a verb, not the measured noun
            words = words[i + 1 :]
            break
    if not words:
        return []
    last = words[-1].lower()
    if last.endswith(("ed", "fold")) or last in _NOT_TIED or last in PRE_VERBS:
        return []  # "jumped almost fourfold to": a multiplier, not the noun measured
    return words


_HEDGE_WORDS = {
    "more", "less", "nearly", "almost", "about", "around", "some", "over", "under", "only", "just",
    "barely", "above", "below", "roughly", "approximately", "fewer",
}  # fmt: skip
_TIED = re.compile(r"((?:[\w'’-]+\s+){0,2}[A-Za-z][\w'’-]*)\s+(?:of|by|to)\s*$")
# words before "by" or "to" that are verbs or adverbs, not the measured noun
_NOT_TIED = {
    "up", "down", "rise", "fall", "cut", "raise", "increase", "reduce", "grow", "more",
    "equivalent", "equal", "close", "similar", "average", "total", "maximum", "minimum", "sum",
    "range", "low", "high", "level", "figure",
}  # fmt: skip
_AUXILIARIES = {"is", "are", "was", "were", "be", "been"}


def _participle(word: str) -> bool:
    """ "slipped", "frozen", "compared": a clause that opens with one has its subject before."""
    return word.islower() and (word.endswith("ed") or word in _PARTICIPLES)


# a figure of its own in a clause, not a number in a name ("its 18th package", "the 31-year-old")
_FIGURE = re.compile(r"\d(?:[\d,.]*\d)?(?:bn|m|k|%)?(?![\w'’-])")
# a clause that opens with an auxiliary has its subject before ("that | does not count")
_AUX_OPEN = frozenset("does do did has have had is are was were will would can could".split())
_PARTICLES = frozenset("out in up for to as at on from with into under".split())  # not "by"
_PARTICIPLES = {"frozen", "taken", "given", "seen", "made", "held", "set", "kept", "cut"}
# a comma, semicolon, colon or bracket, or the word "that" or "while"; written to start with one
# character class, so that the regex engine skips to those characters
_CLAUSE_CUT = re.compile(r"[,;:()tw](?:(?<=[,;:()])|(?<=\bt)hat\b|(?<=\bw)hile\b)")
_REPORTED = re.compile(  # "X said | the new package ...", not "is forecast to rise"
    r"\b(?:said|says|say|told\s+\w+|reported|show|shows|showed|found|estimated|forecast|warned)\b"
    r"(?!\s+(?:to|at)\b)"  # not "is forecast to rise", "is now estimated at"
)
_REPORTED_WORDS = frozenset(
    "said says say told reported show shows showed found estimated forecast warned".split()
)
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be)\s+$")


def _after_reporting_verb(part: str) -> str:
    """The words after the last reporting verb of `part` that is not passive ("is forecast")."""
    cut = None
    for m in _REPORTED.finditer(part):
        if not _PASSIVE.search(part, max(0, m.start() - 6), m.start()):
            cut = m.end()
    return part if cut is None else part[cut:]


_ASIDE = re.compile(
    r"\s*(?:according\s+to|citing|as\s+reported\s+by|excluding|adjusted\s+for|however"
    r"|meanwhile|too|also|in\s+turn|in\s+particular|for\s+example|for\s+instance"
    r"|by\s+contrast|in\s+contrast|for\s+those|among\s+those)\b",
    re.IGNORECASE,
)  # "Regular pay, excluding bonuses, grew 4.9%", "Wages, however, climbed", "Youth
# unemployment, for those under 25, rose": the pay, the wages, the unemployment
# "The ministry put the cost of the damage at", "Rosstat puts average monthly wages at": the
# noun, up to three words in lower case (not "put Kyiv at", nor "put it at")
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|set|sets|estimated)\s+(?:(?:the|its|their)\s+)?"
    r"(?!(?:it|them|the|its|their)\b)"
    r"((?:[A-Za-z][\w'’-]*\s+){0,3}?[a-z][\w-]*(?:\s+of\s+[\w\s'’-]+?)?)"  # "Japan's births",
    r"(?:\s+(?:since|in|for|over|during)\s+[\w\s]+?)?\s+at\s*$"  # "the number of Tajik migrants in
    # Russia at", "GDP growth at", "excess deaths since 2020 at"
)


def head_of(words: list[str]) -> str | None:
    """The head noun of a phrase: the last word before a preposition ("trade" in "trade of X")."""
    out: list[str] = []
    for i, w in enumerate(words):
        if w.lower() in NP_STOP:
            rest = words[i + 1 :]
            if out and w.lower() in ("to", "from") and rest and rest[0][:1].isupper():
                names = [x for x in rest[:3] if x[:1].isupper() or x == "the"]
                return " ".join([_compound(out), w.lower(), *(x.lower() for x in names)])
            if out and w.lower() == "of" and rest and rest[0].islower() and rest[0] not in NP_STOP:
                return f"{lemma(rest[0])} {lemma(out[-1])}"  # "exports of grain" -> grain export
            break
        out.append(w)
    return _compound(out) if out else None


# Modifiers that do not change what is counted ("total exports" are the exports)
GENERIC = set(
    """total overall bilateral annual yearly monthly record new official estimated planned all
    combined cumulative some about roughly nearly around""".split()
)


def _compound(words: list[str]) -> str:
    """The head noun with one modifier noun before it: "grain export", "labour migrant"."""
    head = lemma(words[-1])
    if len(words) >= 2 and words[-2].isalpha() and words[-2].lower() not in GENERIC:
        return f"{words[-2].lower()} {head}"
    return head


def _no_event(sentence: str) -> bool:
    """No word of the sentence starts an event phrase: _EVENT_RE finds nothing in it."""
    return _EVENT_FIRST_WORDS.isdisjoint(words_of(sentence))


def event_before(sentence: str, start: int) -> str | None:
    """The canonical event verb in the number's clause before it ("shot down 38 of ...")."""
    if _no_event(sentence):
        return None
    m = _EVENT_RE.search(sentence, sentence.rfind(",", 0, start) + 1, start)
    return _EVENT[m.group(1).lower()] if m else None


def event_near(sentence: str, start: int, end: int) -> str | None:
    """The canonical event verb of the number's clause ("were shot down" -> "shot down")."""
    if _no_event(sentence):
        return None
    left = sentence.rfind(",", 0, start) + 1
    for m in _EVENT_RE.finditer(sentence, max(left, start - 32), start):
        if _RIGHT_BEFORE.fullmatch(sentence, m.end(), start):  # "killed 11 civilians and
            return _EVENT[m.group(1).lower()]  # wounded 27": the verb right before the 11
    right = sentence.find(",", end)
    clause_after = sentence[end : right if right != -1 else len(sentence)]
    m = _EVENT_RE.search(clause_after) or _EVENT_RE.search(sentence[left:start])
    return _EVENT[m.group(1).lower()] if m else None


# what may stand between an event verb and its number: a hedge
_RIGHT_BEFORE = re.compile(
    r"\s+(?:(?:at\s+least|about|around|some|more\s+than|nearly|almost|an\s+estimated|up\s+to"
    r"|over|roughly|as\s+many\s+as)\s+)?",
    re.IGNORECASE,
)
