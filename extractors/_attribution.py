"""Who says so: the source a sentence gives for its figures, read per clause."""

from __future__ import annotations

import re
from functools import lru_cache

from figcheck.extractors._bodies import body_named
from figcheck.extractors._mention import words_of
from figcheck.extractors._source_patterns import (
    A_BODY,
    A_VERB,
    ACTING,
    BEFORE,
    COLON,
    EXPLICIT,
    GATES,
    MEASURING,
    NAMED_ASIDE,
    PATTERNS,
    RANK,
    REPORTING,
    VALUED,
    WORD_KEYS,
    Pattern,
    says,
)
from figcheck.text import DATELINE

# Words that show the "source" is a clause, not a name ("The virus was found", "Seven out of ten
# voters said"), or a frame ("In its monthly report")
_NOT_SOURCE = re.compile(
    r"""\b(?:was|were|is|are|be|been|being|has|have|had|would|will|could|can|may|might|should
    |not|who|which|that|this|there|with|against|(?<!close\s)to(?!\s[A-Z])|into|than|as|if|when|where
    |while|face|faces
    |one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|percent
    |per|cent|out|more|less|fewer|about|nearly|almost|some|said|says|told)\b|\d
    | (?<=\s)(?<!\bin\s)(?<!\bof\s)(?<!\blast\s)(?<!\blatest\s)
      (?:(?<!ly\s)[a-z]+ed\b|[a-z]+ed\b(?!\s+[\w'’-]+$))  # a verb: "The pandemic killed an",
      # "broadly welcomed the bill but"; not "The last published report", "A widely shared
      # graphic" (after an adverb, an adjective before the final noun); a first
      # word is an adjective ("unnamed officials", "exiled opposition groups") ...
    | ^[a-z]+ed\s+(?:its|their|the|a|an|his|her|our)\b  # ... unless a determiner follows it
    | \b(?:in|on|at|by|from)\s+(?!(?:the\s+)?(?:[A-Z]|(?:(?:north|south)(?:-?(?:east|west))?|east
      |west)(?:ern)?\s+[A-Z]|central\s+[A-Z]
      |(?!(?:his|her|its|their|our|my)\s)(?:[a-z-]+\s+){0,2}(?:ministry|regulator|agency|bank|council|office|department|commission
        |authority|fund|institute|embassy|treasury|broker|brokerage|firm|consultancy|university
        |company)\b))
      # a preposition before a common noun (not "in eastern Chad", "at the finance ministry")
    | ^(?:no|none)\b|\bnumber\s+of\b  # "and no other large trust reported more than 88%",
      # "an unusually large number of polling stations reported": figures, not sources
    | ^[a-z]+ing\s+(?:its|their|the|a|an|his|her|our)\b  # "cutting its estimate": a clause
    | ^(?:highest|lowest|biggest|largest|smallest|best|worst)\b  # "the highest
      # pump price recorded": a figure, not a source
    | ^(?:in|on|at|by|from|for|of|under|with|after|before|during|amid|newly|recently
        |previously|currently|officially|initially|reportedly)\b  # a frame: "In its monthly
        # report", "Under a framework", or an adverb: "Newly registered capital"
    """,
    re.VERBOSE,
)
_PRONOUN = {"it", "they", "he", "she", "we", "i"}
# a source given as one of these is kept as the word: the caller looks for whom it stands for
PRONOUNS = frozenset({"he", "she", "it", "they"})
_DIGIT = re.compile(r"\d")
_CLAUSE = re.compile(r";|,\s+(?:while|but|whereas|although|though|yet)\b|\s+while\s+")
_NOT_LEAD = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|another|most|some|many|all|no"
    r"|none|few|each|every|said|says|say|told)\b|^[A-Za-z]+ing\b",  # "Counting only the cells"
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,8}?(?<!\salso)(?<!\snow)(?<!\sstill)"
    r"(?=(?:\s+(?:also|now|still))?(?:\s+\w+ed\b|\s+(?:is|are|was|were|has)\b))"
)  # "The board also noted": the board


@lru_cache(maxsize=64)  # the sentences before a "he said" are read again
def attributions(sentence: str) -> tuple[tuple[int, int, str], ...]:
    """(position, rank of the pattern, source) of every source named in the sentence."""
    found: dict[int, tuple[int, str]] = {}
    present = keys_present(sentence)
    if not present:
        return ()  # no pattern's words: most sentences stop here
    for rank, pattern in enumerate(PATTERNS):
        if present.isdisjoint(GATES[rank]):
            continue  # the pattern's words are not in the sentence: skip its slow scan
        for m in _matches(pattern, sentence):
            aside = m.groupdict().get("aside")
            named = NAMED_ASIDE.fullmatch(aside) if aside else None
            words = named.group("name") if named else m.groupdict().get("name") or m.group("who")
            # "..., retired teacher Elaine Frost, told", "said its director, Brian Keogh,"
            who = _clean(words, sentence, rank in EXPLICIT, rank in REPORTING)
            if who and not any(abs(p - m.start("who")) < 3 for p in found):
                found[m.start("who")] = (RANK.get(rank, rank), who)
    return tuple(sorted((p, rank, who) for p, (rank, who) in found.items()))


def keys_present(sentence: str) -> set[str]:
    """The KEYS of the patterns that the sentence holds: a pattern runs only if one of its keys
    is there (a test checks none that would match is skipped)."""
    present = set(WORD_KEYS.intersection(words_of(sentence)))  # the patterns need them whole
    if COLON in sentence:
        present.add(COLON)
    if says(sentence):  # a reporting verb, tried where its word is
        present.add(A_VERB)
    if body_named(sentence):
        present.add(A_BODY)
    return present


def _matches(pattern: Pattern, sentence: str) -> list[re.Match[str]]:
    if isinstance(pattern, re.Pattern):
        return list(pattern.finditer(sentence))
    trigger, source = pattern
    out = []
    if callable(trigger):
        cuts = trigger(sentence)
    else:
        cuts = [t.start("cut") for t in trigger.finditer(sentence)]
    for cut in cuts:
        m = source.search(sentence, max(0, cut - BEFORE), cut)
        if m:
            out.append(m)
    return out


_PARTICIPLE = re.compile(r"\s+(?:published|released|issued|conducted)$")  # "A poll ... published
# on Friday found"; and, but for a source named outright ("according to a leaked memo seen by
# the Financial Times"), "Internal papers seen by this newspaper show"
_FOR_PERIOD = re.compile(
    r"\s+for\s+the\s+(?:year|quarter|half|month|period|twelve|first|second|third|fourth"
    r"|financial|fiscal)\b.*$"
)
_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed)\s+by\b.*$")
_DISPUTED = frozenset("claim figure number estimate sum total count".split())
_NOT_ONE = frozenset({"of", "in", "out", "and", "or", "to"})  # "one in five adults"
_CONJUNCTION = re.compile(r"^(?:but|and|while|though|although|yet|whereas)\s+", re.I)
_TIME_CLAUSE = re.compile(  # "months after demographer Alexei Raksha (put)": the demographer
    r"^(?:(?:[A-Za-z]+\s+){1,2}(?:after|before|since|until|when)\s+|(?:until|till)\s+(?:now|then)\s+"
    r"|so\s+far\s+)",
    re.I,
)
_TIME_WORDS = (" after ", " before ", " since ", " until ", " when ", "ntil ", "ill ", "o far ")
_FRAMES = frozenset("in on at by from for with during after before under over since".split())
_OF_NUMBER = re.compile(r"\s+of\s+\d.*$")
_OF_SOME = re.compile(  # "a study of 19 regions (published in Nature)", "a poll of 2,000 adults"
    r"\s+of\s+\d[\d,.]*\s+[a-z]+(?=\s+(?:published|released|conducted|carried|by)\b|$)"
)
_RELEASED = re.compile(  # the date of a report, with no publisher after it ("by the firm X")
    r"\s+(?:released|published|issued|tabled|presented)\s+(?:(?:in|to)\s+(?:the\s+)?[a-z]+\s+)?"
    r"(?:on|in)\s+(?:\d[\d-]*(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]+day)(?!.*\bby\b).*$"
)
_RELATIVE = re.compile(r"\s+(?:who|which|whose)\b.*$")
_PUBLISHER = re.compile(r"^.*?\b(?:published|released|compiled|issued|produced)\s+by\s+")
_WHEN = re.compile(
    r"(?<![Tt]he)(?<!its)\s+(?:(?:on|in|last)(?:\s+\w+)?|this(?:\s+(?:week|month|year|morning"
    r"|afternoon|evening|summer|spring|autumn|winter|quarter|time))?)$"
)  # "said on Tuesday", "this week"; not "seen by this newspaper", "The last report"
# "the chief minister at the opening ceremony on Tuesday": where it was said, not who
_OCCASION = re.compile(
    r"\s+(?:at|during|after|in|on)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ceremony|conference|briefing|statement|meeting|event|hearing|interview|launch|rally"
    r"|summit|session|forum|speech|gathering)\b.*$"
)


def _clean(who: str, sentence: str, explicit: bool = False, said: bool = False) -> str | None:
    """The source's words, or None when they are no source (a clause, a figure, a frame).
    `said`: the source of a reporting verb, whose occasion is cut ("said the chief minister
    at the opening ceremony")."""
    who = who.strip(" ,'\"‘’“”")
    if " -" in who or "—" in who or "–" in who:
        line = DATELINE.match(who)  # "TOKYO - Kaisei Motor": the place the story is filed from
        who = who[line.end() :] if line else who
    if "by" in who:  # each pattern below needs the word it is tested for
        who = _PUBLISHER.sub("", who)
    who = _WHEN.sub("", who)
    if "ed" in who:
        who = _PARTICIPLE.sub("", who)
    if " for the " in who:  # "The accounts for the year to June 30 (show)": the accounts
        who = _FOR_PERIOD.sub("", who)
    if not explicit and " by " in who:
        who = _SEEN_BY.sub("", who)
    if said and (" a" in who or " d" in who or " i" in who or " o" in who):  # _OCCASION's words
        who = _OCCASION.sub("", who)
    who = _CONJUNCTION.sub("", who)  # "but the state's own figures (show)": the figures
    if any(w in who for w in _TIME_WORDS):
        who = _TIME_CLAUSE.sub("", who)  # "Until now the ministry", "months after X"
    if "wh" in who:
        who = _RELATIVE.sub("", who)  # "a farmer near Mombasa who tends 4 hectares": a farmer
    if explicit and "of" in who:
        who = _OF_NUMBER.sub("", who)  # "a YouGov poll of 1,712 adults ...": a YouGov poll
    elif " of " in who:
        who = _OF_SOME.sub("", who)  # "a study of 19 regions published in Nature": a study
    if "ed " in who:  # "Lightstone data released on 2025-02-18", "a report tabled in council
        who = _RELEASED.sub("", who)  # on 14 May": the data, the report
    words = who.split()
    named = words[1:] if words and words[0].lower() in ("the", "a", "an") else words
    if not words or (len(words) > 10 if explicit else len(named) > 8):  # "the Centre for
        return None  # Research on Energy and Clean Air": eight words of a name after "the"
    if explicit:  # "according to a leaked memo seen by the Financial Times"
        return None if re.search(r"\d", who) else who
    if len(words) > 1 and words[-1].lower() in _PRONOUN:
        return None  # "the largest such attack it (has reported)": a clause, not a source
    if words[0].lower() in _PRONOUN and len(words) == 1:
        pronoun = words[0].lower()
        if pronoun not in ("it", "they"):  # "he said": a person named before
            return pronoun if pronoun in PRONOUNS else None
        lead = _LEAD.match(sentence)  # "The airline carried ..., it said": the airline
        if (
            lead is None
            or _NOT_LEAD.search(lead.group(0))
            or lead.group(0).split()[0].lower() in PRONOUNS
        ):
            return pronoun  # "Another 14 drones were lost, it said": a body named before
        return lead.group(0)
    if (
        words[0].islower()
        and words[0].endswith("ed")
        and (len(words) == 1 or words[1].lower() in ("in", "at", "on", "near", "outside"))
    ):
        return None  # ", based in Poland, said": an aside, not the source
    if words[0].lower() == "one" and len(words) > 1 and words[1].lower() not in _NOT_ONE:
        words = words[1:]  # "said one fan": an article, not a figure
    if words[0].lower() in ("a", "an", "the") and words[1:2] and words[1].lower() in _DISPUTED:
        return None  # "91 per cent, a claim the regulator said it could not verify": the
        # regulator disputes the figure; it does not give it
    core = " ".join(w for w in words if w.lower() not in ("the", "a", "an"))
    first, *rest = core.split() or [""]
    if first.lower() in _FRAMES or not (rest and rest[0][:1].isupper()):
        core = core[:1].lower() + core[1:]  # "In its monthly report": a frame, even
        # capitalised; not a name of two capitals ("said Per Askeland")
    if not core or _NOT_SOURCE.search(core):
        return None
    return who


def attribution_at(sentence: str, pos: int) -> str | None:
    """The source of the figure at `pos`: one named in its clause, else the nearest one.

    In order: a source that says so in the figure's clause; one named after the sentence's last
    figure, which speaks for the whole sentence ("..., but fraud rose by 19%, the ONS said"); a
    source that only acts in the figure's clause ("..., while the IOM registered 809,000");
    any other source that says so; any other. A pronoun ("he said", "it said") is returned
    as the word, lower case, only where no source is named."""
    found = attributions(sentence)
    if not found:
        return None
    if any(f[1] in VALUED for f in found):  # "damage estimated at $250bn by AccuWeather": the
        scoped = [f for f in found if f[1] in VALUED and _scopes(sentence, pos, f[0])]
        if scoped:  # valuer gives the figure between its verb and "by", and no other
            return scoped[0][2]
        found = tuple(f for f in found if f[1] not in VALUED)
        if not found:
            return None
    named = tuple(f for f in found if f[2] not in PRONOUNS)
    if named and len(named) < len(found):  # "It said it would cut 1,500 jobs; Bendix said":
        lo, hi = _clause(sentence, pos)  # a pronoun in the figure's clause, no name there
        if not any(lo <= f[0] < hi for f in named) and any(lo <= f[0] < hi for f in found):
            named = ()
    # "he said" counts only where no source is named: the caller finds whom it stands for
    return _source_at(sentence, pos, named or found)


def _scopes(sentence: str, pos: int, at: int) -> bool:
    """Whether the source "by" X at `at` closes the phrase of the figure at `pos` ("valued at
    around €90m by the CIES Football Observatory")."""
    return 0 < at - pos < 60 and _CLAUSE_COMMA.search(sentence, pos, at) is None


_CLAUSE_COMMA = re.compile(r",(?!\d{3})")  # not the comma of "6,000"


def _clause(sentence: str, pos: int) -> tuple[int, int]:
    """The bounds of the clause that holds `pos` (cut at ";", ", while", ", but" ...)."""
    bounds = [0, *(m.start() for m in _CLAUSE.finditer(sentence)), len(sentence)]
    return next((a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a <= pos < b)


def _source_at(sentence: str, pos: int, found: tuple[tuple[int, int, str], ...]) -> str | None:
    if not found:
        return None
    if len(found) > 1:
        lo, hi = _clause(sentence, pos)
        local = [f for f in found if lo <= f[0] < hi]  # named in the figure's clause
        says = [f for f in found if f[1] not in ACTING]
        trailing = [f for f in says if not _DIGIT.search(sentence, f[0])]  # "..., the ONS said."
        found = tuple(
            [f for f in local if f[1] not in ACTING] or trailing or local or says or found
        )
    for best in sorted(found, key=lambda f: (f[1], abs(f[0] - pos))):
        if best[0] > pos and _speaks_for_own_clause(
            sentence, pos, best[0], best[1] in MEASURING
        ):
            continue  # "P1 billion was released, and a spokesperson said the President would"
        if best[1] in MEASURING and best[0] < pos and _CLAUSE.search(sentence, best[0], pos):
            continue  # "A graphic put births at 500,000; the ministry's count was 720,988":
            # who measures one figure gives no other across a cut
        if best[1] in ACTING and _acts_elsewhere(sentence, pos, best[0]):
            continue  # "Water service has resumed in parts, but an estimated 18,000
            # residents": a body that only acts speaks for its own clause
        return best[2]  # "..., although quarterly figures suggested ..., the ABS said": the ABS
    return None


def _acts_elsewhere(sentence: str, pos: int, at: int) -> bool:
    """Whether a source that only acts, at `at`, stands in another clause than the figure at
    `pos`: after it ("rose 2.7%, while Hobart recorded"), or before it across a "but" ("has
    resumed, but 18,000"); not "Rosstat recorded 1.22 million births, while deaths reached
    1.82 million" (a parallel clause: the same count)."""
    cut = _CLAUSE.search(sentence, *sorted((pos, at)))
    if cut is None:  # "rose by 8.75 percentage points, and most analysts expect": a clause
        return at > pos and _JOINED.search(sentence, pos, at + 12) is not None  # of their own
    return at > pos or cut.group(0).lstrip(",; ").startswith(("but", "yet"))


_JOINED = re.compile(r",\s+(?:and|but|yet|though|although|whereas|while)\s+|;\s*")
_SAYS = re.compile(
    r"\b(?:said|says|told\s+\w+|added|announced|suggest|suggests|suggested|show|shows|showed"
    r"|found)\s+(?:that\s+)?(?=\w)"
)
_CLAUSE_WORDS = re.compile(r"[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){2}")


def _speaks_for_own_clause(sentence: str, pos: int, at: int, measures: bool = False) -> bool:
    """Whether a source at `at`, after the figure at `pos` and joined to it by ", and", ", but",
    ", yet" or ";", says a clause of its own ("..., and a palace spokesperson said the President
    would visit") or, when it `measures` ("put ... at"), gives a figure of its own; not "...,
    and imports fell 3%, the ministry said."."""
    if not _JOINED.search(sentence, pos, at + 12):  # `at` may be at "and" ("and officials")
        return False
    if measures and _DIGIT.search(sentence, at):  # "86.82% of the vote, while opposition
        return True  # groups put his real support at 30%": who measures a figure gives that one
    says = _SAYS.search(sentence, at, at + 90)
    if says is None or _CLAUSE_WORDS.match(sentence, says.end()) is None:
        return False
    # "said the President would visit" says a clause; "said in a statement" only tells how
    return says.group(0).rstrip().endswith("that") or not _HOW.match(sentence, says.end())


_HOW = re.compile(
    r"(?:in|on|at|during|after|before|last|this|yesterday|today|earlier|late|by|from|to|with"
    r"|for|of|via|through|when|as|while|citing|according)\b",
    re.IGNORECASE,
)
