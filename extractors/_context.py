"""Read what a number is about from its sentence: subject, event and period."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from figcheck.extractors._lexicon import DETERMINERS, EVENTS, MONTHS, NP_STOP, PRE_VERBS
from figcheck.extractors._mention import alt, words_of

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
# a year, digit first so the engine skips to digits: not "$2020", "1,2020", "2020.5"
_YEAR = re.compile(r"((?:19|20)\d\d)(?<![\w.$€£]\d{4})(?<!\d,\d{4})\b(?!,\d|\.\d)")
_MONTH_NUM = {m: i % 12 + 1 for i, m in enumerate(MONTHS[:12])} | {
    m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())
}
_SINCE = re.compile(
    r"\bsince\s+(?:(?P<month>" + "|".join(MONTHS) + r")\s+)?(?P<year>(?:19|20)\d\d)\b", re.I
)
_RELATIVE = re.compile(r"\b(overnight|last night|last year|this year|last month)\b", re.I)
_COMPARED_BEFORE = re.compile(
    r"\b(?:since|than|compared\s+with|the\s+same\s+(?:period|month|quarter|time)\s+(?:of|in|last))"
    r"\s+(?:(?:late|early|mid-?|the\s+end\s+of|the\s+start\s+of)\s+)?(?:[A-Z][a-z]+\s+)?$",
    re.IGNORECASE,
)
_Match = re.Match[str] | None


_IRREGULAR = {"children": "child", "men": "man", "women": "woman", "mice": "mouse"}


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
    put = _PUT_AT.search(parts[-1]) if "put" in parts[-1] else None
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
        ):
            continue  # "..., which tripled to": the subject is in the clause before
        if len(words) > 2 and words[0].endswith("ed") and words[1].lower() == "by":
            words = words[2:]  # "helped by sales of its drug": sales
        cut = next((i for i, w in enumerate(words) if i and w.lower() in PRE_VERBS), len(words))
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
        return words[:8]
    return []


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
    if words[-1].lower().endswith("ed") or words[-1].lower() in _NOT_TIED:
        return []
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


_PARTICIPLES = {"frozen", "taken", "given", "seen", "made", "held", "set", "kept", "cut"}
# a comma, semicolon, colon or bracket, or the word "that" or "while"; written to start with one
# character class, so that the regex engine skips to those characters
_CLAUSE_CUT = re.compile(r"[,;:()tw](?:(?<=[,;:()])|(?<=\bt)hat\b|(?<=\bw)hile\b)")
_REPORTED = re.compile(  # "X said | the new package ...", not "is forecast to rise"
    r"\b(?:said|says|say|told\s+\w+|reported|show|shows|showed|found|estimated|forecast|warned)\b"
    r"(?!\s+to\b)"
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
    r"\s*(?:according\s+to|citing|as\s+reported\s+by|excluding|adjusted\s+for)\b", re.IGNORECASE
)  # "Regular pay, excluding bonuses, grew 4.9%": the pay
# "The ministry put the cost of the damage at", "Rosstat puts average monthly wages at": the
# noun, up to three words in lower case (not "put Kyiv at", nor "put it at")
_PUT_AT = re.compile(
    r"\b(?:put|puts|putting)\s+(?:(?:the|its|their)\s+)?(?!(?:it|them|the|its|their)\b)"
    r"((?:[a-z-]+\s+){0,2}[a-z-]+)(?:\s+of\s+[\w\s]+?)?\s+at\s*$"
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


def period_of(sentence: str, start: int, end: int, published: date | None) -> str | None:
    """The time a figure refers to: "since 2022-02", "2023", "2025-26" (a financial year),
    "FY2025", "2021 to 2023", "night to 2025-03-15", or None."""
    since, years_all, _, _ = _sentence_times(sentence)
    right_after = _YEAR_AFTER.match(sentence, end)
    if right_after:  # "$26bn in 2022": the year that follows the figure
        for a, _b, text, _owned in years_all:
            if a == right_after.start(1):
                return text  # "in 2025-26", "in FY25"
        if not _FISCAL_AFTER.match(sentence, right_after.end(1)):
            return right_after.group(1)
    if since:
        month = since.group("month")
        year = since.group("year")
        return f"since {year}-{_MONTH_NUM[month.lower()]:02d}" if month else f"since {year}"
    left, right = _clause(sentence, start, end)
    month = _month_of(sentence, left, right, end, published)
    if month:
        return month
    # the nearest year, in the figure's clause first; not the year of a figure it is compared
    # with ("rose to 44.6% from 38.2% in 2018": 2018 is the 38.2%'s)
    years = [
        (abs(a + b - start - end), y)
        for a, b, y, base in years_all
        if left <= a and b <= right and not base
    ]
    if not years:
        years = [(abs(a + b - start - end), y) for a, b, y, base in years_all if not base]
    if years:
        return min(years)[1]
    rel = _sentence_times(sentence)[2]
    if rel and published is not None:
        word = rel.group(1).lower()
        if word in {"overnight", "last night"}:
            return f"night to {published.isoformat()}"
        if word == "last year":
            return str(published.year - 1)
        if word == "this year":
            return str(published.year)
        return f"{published.year}-{published.month:02d} (previous month)"
    return None


_YEAR_AFTER = re.compile(
    r"[^,;\d]{0,12}?\b(?:in|during|for|of)\s+(?:the\s+)?(?:FY\s?)?((?:19|20)\d\d)\b(?!,\d)"
)
_FISCAL_AFTER = re.compile(r"[-/–]\d\d\b")
# the year of a figure compared with: "up from 38.2 per cent in 2018"
_BASE_ENDS = (" in", " during", " for", " of", " the")
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|with|against|versus)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
    r"[^\s,;]*\d[^,;\d]{0,12}?\b(?:in|during|for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# spans of years and financial years: "between 2021 and 2023", "from 2013 to 2016", "2025-26",
# "2027/28", "FY25", "FY2024-25"
_YEAR_SPAN = re.compile(
    r"""\b(?:between\s+(?P<a>(?:19|20)\d\d)\s+and|from\s+(?P<b>(?:19|20)\d\d)\s+(?:to|until|through))
        \s+(?P<c>(?:19|20)\d\d)\b
    | \b(?:FY\s?)?(?P<f>(?:19|20)\d\d)[-/–](?P<g>\d\d(?:\d\d)?)\b(?![-/–]\d)
    | \bFY\s?(?P<h>\d\d(?:\d\d)?)\b(?![-/–]\d)""",
    re.VERBOSE,
)
# a year a figure is compared with, after it: "up 26% from 2023" (not "from 2023 to 2025"),
# "roughly flat on 2024"
_COMPARED_AFTER_FROM = re.compile(
    r"\b(?:up|down|higher|lower|more|less|fewer|flat|unchanged|rose|rise|risen|fell|fall|fallen"
    r"|dropped|drop|increased?|decreased?|gained|jumped|slipped|climbed)\b[^,;]{0,30}?"
    r"\b(?:from|on)\s+$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|through|-|–|and)\b", re.IGNORECASE)
# "the largest fire in the district since 2014": "since" after a superlative is the benchmark
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|deadliest|worst|best|fastest|slowest"
    r"|strongest|weakest|warmest|hottest|coldest|wettest|driest|busiest|heaviest|sharpest"
    r"|steepest|longest|shortest|greatest|most|fewest|first|only|record)\b[^,;]*$",
    re.IGNORECASE,
)


def _spans(sentence: str) -> list[tuple[int, int, str]]:
    """The spans of years and financial years in a sentence, as their period text."""
    found = []
    for m in _YEAR_SPAN.finditer(sentence):
        if m.group("c"):
            found.append((m.start(), m.end(), f"{m.group('a') or m.group('b')} to {m.group('c')}"))
        elif m.group("f"):
            first, second = int(m.group("f")), int(m.group("g"))
            if second % 100 == (first + 1) % 100 and (second < 100 or second == first + 1):
                found.append((m.start(), m.end(), f"{first}-{(first + 1) % 100:02d}"))
        else:
            year = int(m.group("h"))
            found.append((m.start(), m.end(), f"FY{year + 2000 if year < 100 else year}"))
    return found


# a month as the time of a figure: "in January", "for December 2025", "last October"
_MONTH_IN = re.compile(
    r"\b(?:in|during|for|last)\s+(?P<month>January|February|March|April|May|June|July|August"
    r"|September|October|November|December)(?:\s+(?P<year>(?:19|20)\d\d))?\b(?!\s+\d)"
)


def _month_of(
    sentence: str, left: int, right: int, end: int, published: date | None
) -> str | None:
    """ "2026-01" for "in January" in the figure's clause: its year as written ("in January
    2024") or, with none, the last such month up to the publication date; else None. Not the
    month of another figure ("rose to 6% in May from 5.2%": May is the 6%'s)."""
    for a, number, year in _sentence_times(sentence)[3]:
        if not left <= a < right:
            continue
        if not 0 <= a - end <= 16 and _FIGURE_BEFORE.search(sentence, max(0, a - 16), a):
            continue
        if not year and published is not None:
            year = str(published.year if number <= published.month else published.year - 1)
        if not year:
            return None
        since = "since " if sentence.endswith("since ", 0, a) else ""  # "since last July"
        return f"{since}{year}-{number:02d}"
    return None


_FIGURE_BEFORE = re.compile(r"\d[^,;\d]{0,12}$")


_MONTH_WORDS = frozenset(MONTHS[:12])  # lower case, as `words_of` gives them


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of sentence[start:end] starts and ends: at commas, not those of
    thousands ("Rs 1,240 crore in FY25")."""
    left = sentence.rfind(",", 0, start)
    while left > 0 and sentence[left - 1].isdigit() and sentence[left + 1 : left + 2].isdigit():
        left = sentence.rfind(",", 0, left)
    right = sentence.find(",", end)
    while right > 0 and sentence[right - 1].isdigit() and sentence[right + 1 : right + 2].isdigit():
        right = sentence.find(",", right + 1)
    return left + 1, right if right != -1 else len(sentence)


def _of_base(sentence: str, a: int) -> bool:
    """Whether the year at `a` is that of a figure compared with ("from 38.2% in 2018")."""
    if not sentence[max(0, a - 8) : a].rstrip().lower().endswith(_BASE_ENDS):
        return False
    return _BASE_BEFORE.search(sentence, max(0, a - 48), a) is not None


@lru_cache(maxsize=16)
def _sentence_times(
    sentence: str,
) -> tuple[_Match, list[tuple[int, int, str, bool]], _Match, list[tuple[int, int, str]]]:
    """Read once per sentence (not once per number): "since ...", its years (start, end, text,
    whether it is the year of a figure compared with), "last year", its months ("in
    January": start, number, year or "")."""
    found = list(_YEAR.finditer(sentence))
    low = sentence.lower()
    spans = (
        _spans(sentence)
        if "FY" in sentence
        or (found and ("between" in low or "from" in low or _MAY_SPAN.search(sentence)))
        else []
    )
    years: list[tuple[int, int, str, bool]] = []
    for m in found:
        a = m.start()
        if spans and any(s0 <= a < s1 for s0, s1, _ in spans):
            continue
        if _COMPARED_BEFORE.search(sentence, max(0, a - 32), a):
            continue  # not a year the figure is compared with: "the lowest since late 2021"
        word = low[max(0, a - 6) : a].rstrip()
        if (
            word.endswith((" from", " on"))
            and _COMPARED_AFTER_FROM.search(sentence, max(0, a - 56), a)
            and not _RANGE_AFTER.match(sentence, m.end())
        ):
            continue  # "up 26 per cent from 2023"
        years.append((a, m.end(), m.group(1), _of_base(sentence, a)))
    for s0, s1, text in spans:
        years.append((s0, s1, text, _of_base(sentence, s0)))
    since = _SINCE.search(sentence) if "since" in low else None
    if since and _SUPERLATIVE_BEFORE.search(sentence, max(0, since.start() - 80), since.start()):
        since = None
    rel = (
        _RELATIVE.search(sentence)
        if "overnight" in low or "last " in low or "this year" in low
        else None
    )
    months = (
        [
            (m.start(), _MONTH_NUM[m.group("month").lower()], m.group("year") or "")
            for m in _MONTH_IN.finditer(sentence)
        ]
        if not _MONTH_WORDS.isdisjoint(words_of(sentence))
        else []
    )  # "in January", "for December 2025"
    return since, years, rel, months


_MAY_SPAN = re.compile(r"\d\d[-/–]\d\d")
