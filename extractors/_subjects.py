"""What each number of a sentence counts or measures: its subject text and linking key."""

from __future__ import annotations

import re
from itertools import takewhile

from figcheck.extractors import _context as ctx
from figcheck.extractors._lexicon import SUPERLATIVES
from figcheck.extractors._mention import Mention, ending, endings, may_end, tail
from figcheck.extractors._purpose import owner, purpose
from figcheck.extractors._shares import APPOSED, of_noun
from figcheck.extractors._subject_words import clean
from figcheck.units import DURATIONS, is_money

_IN_NOUN = re.compile(
    r"""(?:\s*\([^)]{0,40}\))?\s+in\s+                   # "800 million euros ($905 million) in"
    ((?:new\s+|fresh\s+|additional\s+|extra\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\b""",
    re.VERBOSE,
)
_NOT_IN_NOUN = {
    "total", "all", "terms", "full", "part", "return", "addition", "response", "cash", "the",
    "its", "their", "a", "an", "his", "her", "our", "this", "that", "each", "every", "one",
    "early", "late", "trading", "morning", "afternoon", "evening", "midday", "london", "some",
    "most", "many", "several", "various", "other",
}  # fmt: skip
# "jumped 32% year on year to | 11,620", "dropped by a fifth to | 2.6 million": the level after
# a change measures the same thing as the change
_CHANGE_TO = re.compile(
    r"""(?:\d\s*(?:%|percent|per\s+cent|percentage\s+points?|(?:basis\s+)?points?)|\dp
    |\bby\s+(?:a|one)\s+[\w-]+(?:\s+of\s+a\s+(?:percentage\s+)?point)?|\w+fold
    |\bby\s+half\s+a\s+(?:percentage\s+)?point
    |\bby\s+[$€£¥₹₽]\s?[\d.,]+(?:\s?(?:bn|m|k|billion|million))?)  # "cut the price by $100 to"
    \s+(?:year[\s-]on[\s-]year\s+|a\s+year\s+earlier\s+
    |(?:in|over|on)\s+(?:a|the)\s+(?:month|year|week|quarter)(?:\s+to\s+[A-Z]\w+)?\s+
    |in\s+the\s+(?:first|second|third|fourth|last)\s+(?:half|quarter|(?:\w+\s+)?months)\s+
    |in\s+[a-z]+\s+terms(?:\s+(?:last|this)\s+(?:year|month|quarter))?\s+)?
    (?:to|from)\s+$""",  # "rose 85% in naira terms last year to N14.6bn"
    re.I | re.VERBOSE,
)  # "fallen 38 basis points in a month to", "rose 10.4% in the year to March to"
_NO_NOUN_AFTER = {"count", "percent", "percentage_point", "rank", *DURATIONS}
# units whose figure names the noun right after it even without "a" or "the" before: "80mph
# winds", "500 MWh storage", "3 million bbl crude", "a 200 nmi zone", "3 tablespoons butter";
# most lengths are followed by other words ("300 kilometres away", "18 kilometres long")
_NOUN_AFTER_UNITS = {
    "mph", "kWh", "MWh", "GWh", "TWh", "bbl", "gal", "km2", "mi2", "ft2", "ft3", "nmi", "tsp",
    "tbsp",
}  # fmt: skip
_VERBISH = {
    "made", "make", "makes", "gave", "took", "won", "lost", "paid", "cost", "costs", "set", "put",
    "bought", "sold", "brought", "is", "was", "are", "were", "will", "would", "has", "had",
}  # fmt: skip
_DET_BEFORE = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|further|new|extra|additional|record|special)\s+$",
    re.I,
)
# a share or a span used as a modifier: "a 26% stake", "the 12-week consultation", "warn of 20%
# price rises"
_ADJECTIVAL = re.compile(
    r"\b(?:a|an|the|its|their|his|her|this|that|record|of|with|for)\s+$", re.I
)
_MODIFIES = {"percent", "percentage_point", *DURATIONS}
# "a 6.2% rise in the prison population": the change's noun names what changed
_CHANGE_NOUNS = {
    "rise", "increase", "fall", "drop", "cut", "decline", "jump", "gain", "reduction", "hike",
    "growth", "slump", "surge", "rises", "increases", "falls", "cuts",
}  # fmt: skip
# "adding £268 to the average household's annual bill": the bill
_ADDING = re.compile(r"\b(?:adding|adds|added|add)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_ADDED_TO = re.compile(
    r"(?:\s+(?:a|per)\s+(?:year|month|week))?\s+to\s+(?:the\s+|an?\s+|their\s+|its\s+)?"
    r"(?:average\s+|typical\s+)?(?:[\w'’-]+['’]s?\s+)?", re.I
)
_IN_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+|a\s+)?")
# "taking its total there to | more than 7,000", "bringing the total to | €28 billion": what
# reaches the level; "taking it to | 13.25%": the figure before; "has cut its GDP growth target
# for FY23 to | 6.5 per cent": the target, not the government
_TAKING = re.compile(
    r"""\b(?:taking|bringing|lifting|pushing|putting|raising|lowering|cutting|sending
    |(?:cut|cuts|raised|raises|lowered|lowers|lifted|lifts|trimmed|trims|revised|revises|reduced
    |reduces|slashed|slashes|increased|increases)(?=\s+(?:its|their|the)\s))\s+
    (?:(?P<it>it|them)|(?:(?:the|its|their|a|an)\s+)?(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0,4}?))
    (?:\s+(?:there|so\s+far|since\s+\w+|this\s+year
    |for\s+(?:FY\s?\d\d(?:\d\d)?|(?:19|20)\d\d(?:[-/]\d\d(?:\d\d)?)?|(?:this|next)\s+year)))?
    \s+to\s+$""",
    re.I | re.VERBOSE,
)
# the last words the end-anchored patterns above need (see `may_end`): most figures have none
_DET_ENDS = endings(
    "a an the its their his her this further new extra additional record special".split(),
    stops=False,
)
_ADJECTIVAL_ENDS = endings(
    "a an the its their his her this that record of with for".split(), stops=False
)
_ADDING_ENDS = endings("adding adds added add about around some".split(), stops=False)
_TO_ENDS = endings(["to"], stops=False)


def subjects(sentence: str, ms: list[Mention]) -> list[tuple[str | None, str | None]]:
    """Subject text and linking key ("drone|shot down") for every mention of a sentence."""
    out: list[tuple[str | None, str | None]] = []
    wholes = {m.part_of for m in ms if m.part_of is not None}
    listed = -1  # where the purpose of the amount before ends ("£4.2bn for schools, £1.8bn")
    windows: dict[int, int] = {}  # the spans of time that take no subject (see _WINDOW)
    for i, m in enumerate(ms):
        if m.equivalent_of is not None:
            out.append(out[m.equivalent_of])
            continue
        after = m.end  # "70 children were among the 412": the part's own noun first
        if m.part_of is not None and m.part_of > i and not ctx.noun_after(sentence, m.end):
            after = ms[m.part_of].end
        if m.unit in DURATIONS:  # a span of time that takes no subject
            off, near = tail(sentence, m.lead, 40)
            window = _WINDOW.search(near)
            if window:  # "rescued 1,850 people in the last 24 hours": the window of time of
                windows[i] = off + window.start()  # another figure; kept: where its words start
            if window or _BENCHMARK.search(tail(sentence, m.lead, 90)[1]) or _limit(m, near):
                out.append((None, None))  # "the first annual drop in more than a decade": how
                continue  # rare the event is, not a thing counted
        if m.unit == "rank":
            words = ctx.noun_before(sentence, m.lead)
            head = ctx.head_of(words) if words else None
            if (
                not words
                and i
                and out[i - 1][0]
                and ms[i - 1].unit != "rank"
                and APPOSED.search(sentence, max(0, m.lead - 80), m.lead)
            ):  # "revenue reached €806m, | third in the
                words, head = [out[i - 1][0]], (out[i - 1][1] or "").split("|")[0]  # league"
            out.append((" ".join(words + ["rank"]), f"{head}|rank" if head else "rank"))
            continue
        before = tail(sentence, m.lead)[1]
        last = ending(before)
        own_words = ctx.noun_after(sentence, after) if m.unit == "count" else []
        if not own_words and m.unit == "count" and sentence.startswith(" or ", m.end):
            past = _OR_HEDGE.match(sentence, m.end)  # "50 or more people", "40 or so people"
            own_words = ctx.noun_after(sentence, past.end()) if past else []
        group = None
        if m.unit == "count" and sentence.startswith(" of the ", m.end):
            group = _GROUP_OF.match(sentence, m.end)  # "37 of the dead", "12 of the missing"
            own_words = [group.group(1)] if group else own_words
        if own_words:  # "the fertility rate fell to 0.72 children per woman": the rate
            own_words = _rate_before(sentence, m, after, own_words) or own_words
        if own_words == ["points"]:  # "The Sensex fell 781.6 points": the index, not the points
            own_words = _index_before(sentence, m.lead) or own_words
        words = own_words
        if (
            not words
            and m.unit not in _NO_NOUN_AFTER
            and (
                (may_end(last, _DET_ENDS) and _DET_BEFORE.search(before))
                or is_money(m.unit)
                or m.unit in _NOUN_AFTER_UNITS
            )
        ):  # "a $412.6 million budget", "a 2.4 mg dose", "EU agrees €50bn Ukraine facility"
            words = ctx.noun_after(sentence, m.end)
            if _verb_first(words):
                words = []  # "€100m made him ...": a verb follows, not the amount's noun
        share_of = sentence.startswith(" of ", m.end)  # "1.9 percent of GDP": see _of_noun
        modifier = m.unit in _MODIFIES and not share_of
        if (
            not words
            and modifier
            and (
                may_end(last, _ADJECTIVAL_ENDS)
                and _ADJECTIVAL.search(before)
                or sentence.startswith("#")  # a headline drops its articles: "Council approves
                and sentence[m.end : m.end + 2].strip()[:1].islower()  # 4.99pc tax rise"
            )
        ):
            words = _modified_noun(sentence, m.end)
            if sentence.startswith("#"):  # "hits 12% high", "jumps 9% amid worries": no noun
                words = list(takewhile(lambda w: w.lower() not in _HEADLINE_CUT, words))
        if (
            not words
            and is_money(m.unit)
            and may_end(last, _ADDING_ENDS)
            and _ADDING.search(tail(sentence, m.lead, 24)[1])
        ):
            added_to = _ADDED_TO.match(sentence, m.end)
            words = ctx.noun_after(sentence, added_to.end()) if added_to else []
        taking = None
        if not words and may_end(last, _TO_ENDS):
            taking = _TAKING.search(tail(sentence, m.lead, 80)[1])
        if taking and taking.group("np"):
            words = taking.group("np").split()  # "bringing the total to": total
        elif not taking:
            words = words or ctx.noun_before(sentence, m.lead)
        words = of_noun(sentence, m, after, words)
        traded = (
            _TRADED.search(tail(sentence, m.lead, 60)[1])
            if is_money(m.unit) and sentence.endswith(("at ", "for ", "between "), 0, m.lead)
            else None
        )
        if traded is None and "xpect" in sentence:  # "expected consumer price inflation to
            traded = _EXPECTED.search(tail(sentence, m.lead, 90)[1])  # average | 3.4 per cent"
        obj = traded.group("obj").split() if traded else []
        if obj and not any(w in ctx.NP_STOP or w in ctx.PRONOUNS for w in obj):
            words = obj  # "The state is buying wheat at Rs 2,400": the wheat, not the state
        money_in = _IN_NOUN.match(sentence, m.end) if is_money(m.unit) else None
        if money_in and money_in.group(1).split()[0].lower() not in _NOT_IN_NOUN:
            words = money_in.group(1).split()  # "approved R$12 billion in loans": loans
            if len(words) > 1 and words[1].lower() in ctx.NP_STOP:
                words = words[:1]
        if is_money(m.unit):  # "released Sh2 billion for food and water trucking": the food
            for_words, listed, spent = purpose(sentence, m, listed)
            if for_words:  # "Chelsea have spent £1bn on transfers": Chelsea's transfers
                words = [*(owner(clean(sentence, words)) if spent else []), *for_words]
        words = clean(sentence, words)
        event = _event(sentence, i, ms, i in wholes)
        if group:  # "37 of the dead": people killed, as the toll elsewhere is counted
            named = _GROUP_EVENTS.get(group.group(1))
            words = ["people"] if named else words or [group.group(1)]
            event = "total" if event == "total" else named
        if event == "shot down" and words and not _airborne(words[-1]):
            event = None  # "312 homes were destroyed", "repelled 36 assaults": not shot down
        if (
            i > 0
            and not own_words  # "rose 23% to 469,788 offences": the level names its own noun
            and before.endswith(("to ", "from "))
            and _CHANGE_TO.search(before)
        ):
            words = []  # "raised its dividend by 12% to 8.4 pence": the dividend, as before
        if not words and i == 0 and not sentence.startswith(" of ", m.end):
            words = clean(sentence, ctx.subject_past_particle(sentence, m.lead))
        if not words and i > 0:  # "..., up from $24.5 billion": the previous figure's subject
            donor = m.part_of if m.part_of is not None and m.part_of < i else i - 1
            if m.unit in DURATIONS and ms[donor].unit != m.unit:
                out.append((None, None))  # "cut our trip from three months to six weeks": a
                continue  # span of time takes no other figure's subject
            text, key = out[donor]
            if text is None and donor in windows and donor > 0 and out[donor - 1][0]:
                text, key = out[donor - 1]  # "hired 300 workers over the past 12 months, and
                # 40 more": the workers, as the figure before the window
            elif text is None and donor in windows:  # "has fallen in each of the past seven
                words = clean(sentence, ctx.noun_before(sentence, windows[donor]))  # months,
                head = ctx.head_of(words) if words else None  # to 26%": the support
                text, key = " ".join(words) or None, head
            if event == "shot down" and key and not _airborne(key.split("|")[0]):
                event = None
            if key and key.endswith("|total"):
                text, key = (text or "").removesuffix(" total"), key.removesuffix("|total")
            if event and key and event not in key:
                text, key = f"{text} {event}", f"{key.split('|')[0]}|{event}"
            out.append((text, key))
            continue
        head = ctx.head_of(words) if words else None
        text = " ".join(words + ([event] if event else [])) or None
        key = "|".join(x for x in (head, event) if x) or None
        out.append((text, key))
    return out


_OR_HEDGE = re.compile(r" or (?:more|fewer|less|so)(?= )")
# a group named by an adjective: "37 of the dead were women", "12 of those injured"
_GROUP_OF = re.compile(  # (not "those": "28 of those detained" is a part of an earlier noun)
    r" of the (dead|injured|wounded|missing|displaced|detained|arrested|killed|evacuated"
    r"|rescued|infected|sick|elderly|unemployed|homeless)\b"
)
_GROUP_EVENTS = {"dead": "killed", "killed": "killed", "injured": "injured", "wounded": "injured"}

# words after a share in a headline that are no noun it modifies, and cut the phrase there
_HEADLINE_CUT = frozenset(
    "high low highs lows record amid overnight ahead after as despite since on in to from for "
    "with before".split()
)


# a window of time: "in the last | 24 hours", "over the next | 12 months", "in its first | year"
_WINDOW = re.compile(
    r"\b(?:in|over|during|within|for|of)\s+(?:the|its|their|his|her)\s+"
    r"(?:last|next|first|past|coming|previous|final|opening)\s+(?:about\s+|nearly\s+)?$",
    re.IGNORECASE,
)

# a limit of time: "discharged within | four hours", "sold out in under | an hour"
_LIMIT = re.compile(r"\b(?:within|in\s+under|in\s+less\s+than)\s+(?:about\s+|some\s+)?$", re.I)


def _limit(m: Mention, near: str) -> bool:
    """A span of time that limits another figure ("within | four hours"; "in | under an hour",
    the hedge read into the mention)."""
    return bool(_LIMIT.search(near)) or (m.qualifier == "less_than" and near.endswith(" in "))


# what can be shot down (the last word of the subject, singular)
_AIRBORNE = frozenset(
    """drone missile rocket aircraft plane jet helicopter balloon uav shahed projectile bomb
    target munition warplane fighter bomber glider copter""".split()
)


def _airborne(words: str) -> bool:
    """Whether the last of `words` names a thing that can be shot down."""
    return ctx.lemma(words.split()[-1]) in _AIRBORNE


# what is bought or sold at a price: "buying wheat at", "selling dollars at", "sold its stake for"
_TRADED = re.compile(
    r"\b(?:buying|selling|bought|sold|buys|sells|paying|pays|paid|trading|traded|priced|offering"
    r"|offered)\s+(?:(?:its|their|the|a|an)\s+)?(?P<obj>(?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"(?:\s+(?:to|from)\s+(?:the\s+)?[a-z][\w'’-]*)?"  # "selling dollars to importers at"
    r"\s+(?:at|for)\s+(?:about\s+|around\s+|roughly\s+|some\s+|between\s+)?$"
)
# what is expected to reach a level: "expected consumer price inflation to average", "expects
# inflation to fall to"
_EXPECTED = re.compile(
    r"\bexpect(?:s|ed|ing)?\s+(?:(?:its|their|the|a|an)\s+)?"
    r"(?P<obj>(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+to\s+(?:average|reach|hit|fall|rise|drop"
    r"|climb|peak|be|stay|remain|grow|slow|ease|top|exceed)(?:\s+(?:to|at|by|of))?"
    r"\s+(?:about\s+|around\s+|roughly\s+|some\s+)?$"
)
_BENCHMARK = re.compile(
    r"\b(?:" + "|".join(SUPERLATIVES) + r"|least)\b[^,;]{0,60}\bin\s+"
    r"(?:more\s+than\s+|over\s+|almost\s+|nearly\s+|about\s+)?$",
    re.IGNORECASE,
)
_PER = re.compile(r"\s+per\s+")
_RATE_WORDS = {"rate", "rates", "ratio", "incidence", "prevalence"}


# an index moving by points: "the Nifty shed 233 points", "the BSE Sensex tumbling 781.6 points"
_MOVES = re.compile(
    r"\b(?:fell|rose|lost|gained|shed|added|tumbled|tumbling|jumped|jumping|climbed|climbing"
    r"|slipped|slipping|dropped|dropping|advanced|declined|declining|surged|surging|plunged"
    r"|plunging|slumped|sank|sinking|falling|rising|losing|gaining|shedding|adding|eased"
    r"|easing|falls|rises|loses|gains|sheds|adds|tumbles|jumps|climbs|slips|drops|advances"
    r"|declines|surges|plunges|slumps|sinks|dipped|dips|slid|slides)\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?$"
)


def _index_before(sentence: str, pos: int) -> list[str]:
    """ "The BSE Sensex tumbling | 781.6 points", "the FTSE 100 index lost": the index before a
    move in points (a name in capitals, or the word "index"), else [] ("scored 30 points")."""
    move = _MOVES.search(sentence, max(0, pos - 40), pos)
    if move is None:
        return []
    words = ctx.noun_before(sentence, move.start())
    named = any(w[:1].isupper() for w in words)  # "Sensex", "FTSE 100"; not "The team lost"
    return words if words and (named or words[-1].lower() == "index") else []


def _rate_before(sentence: str, m: Mention, after: int, words: list[str]) -> list[str]:
    """ "The fertility rate fell to 0.72 children per woman", "infant mortality fell to 4.1 per
    1,000 live births": the noun after the figure is the rate's unit; the rate, named before
    it, is what is measured. The words before the figure when they name a rate, else []."""
    per = " per " in sentence[m.start : m.end]
    if not per:
        stop = sentence.find(words[-1], after)
        per = stop >= 0 and bool(_PER.match(sentence, stop + len(words[-1])))
    if not per:
        return []
    before = ctx.noun_before(sentence, m.lead)
    return before if any(w.lower() in _RATE_WORDS for w in before) else []


def _verb_first(words: list[str]) -> bool:
    """The words after a number start with a verb ("made him", "rose"), not its noun."""
    return bool(words) and (words[0].lower() in _VERBISH or words[0].lower().endswith("ed"))


def _modified_noun(sentence: str, end: int) -> list[str]:
    """The noun a share or span modifies ("26% | stake", "12-week | consultation"); for a
    change, what changed ("6.2% rise | in the prison population")."""
    words = ctx.noun_after(sentence, end)
    if not words or _verb_first(words):
        return []
    if words[-1].lower() in _CHANGE_NOUNS:
        stop = sentence.find(words[-1], end) + len(words[-1])
        link = _IN_OF.match(sentence, stop)
        changed = ctx.noun_after(sentence, link.end()) if link else []
        if changed:
            return changed
    return words


def _event(sentence: str, i: int, ms: list[Mention], is_whole: bool) -> str | None:
    """The event of mention `i` ("shot down"), "total" for a whole, or None."""
    m = ms[i]
    if m.unit not in ("count",):
        return None
    if is_whole:
        found = ctx.event_near(sentence, m.start, m.end)
        return found if found == "launched" else "total"
    end = ms[m.part_of].end if m.part_of is not None and m.part_of < len(ms) else m.end
    if m.part_of is not None:  # a part: the event named before it first ("downed 38 of the 52")
        before = ctx.event_before(sentence, m.start)
        if before:
            return before
    found = ctx.event_near(sentence, m.start, end)
    if found is None and m.part_of is not None and m.part_of < i:  # ", of which 95 were downed"
        found = ctx.event_near(sentence, m.start, m.end)
    return found
