"""Who "he said", "she said" or "it said" means: the source named in the sentences before."""

from __future__ import annotations

import re

from figcheck.extractors import _context as ctx
from figcheck.extractors._attribution import PRONOUNS, attributions
from figcheck.extractors._mention import found_whole
from figcheck.extractors._source_patterns import NAMED_ASIDE
from figcheck.extractors._subject_words import clean

LOOK_BACK = 5  # sentences with letters, nearest first; a quote split over pieces counts once
QUOTE = "quote"  # the speaker of a quotation that names none: one named just before
QUOTE_BACK = 3
# A role names a person ("the bank's governor", "a field coordinator with an aid agency")
_ROLES = frozenset(
    """spokesperson spokesman spokeswoman minister secretary governor economist analyst official
    director chief executive president chairman chairwoman chair mayor commissioner professor
    lawyer attorney doctor researcher scientist coordinator manager owner founder co-founder
    leader commander officer inspector judge prosecutor author councillor senator congressman
    congresswoman lawmaker legislator deputy ambassador envoy adviser advisor strategist
    chancellor premier treasurer auditor auctioneer farmer trader resident teacher nurse
    worker engineer planner principal head boss surgeon physician epidemiologist curator
    historian expert agent captain coach midwife pilot driver student mother father
    daughter son wife husband sister brother grandmother grandfather widow mp mep mla msp ceo
    cfo kc qc barrister solicitor witness accountant victim survivor tenant patient passenger
    commuter shopper voter candidate""".split()
)
_TITLES = frozenset(
    "mr mr. ms ms. mrs mrs. miss dr dr. prof prof. professor sir dame lord lady maître atty. "
    "justice judge sen. rep. gov.".split()
)
_HE = frozenset(
    "mr mr. sir lord spokesman chairman congressman father son husband brother grandfather".split()
)
_SHE = frozenset(
    "ms ms. mrs mrs. miss dame lady spokeswoman chairwoman congresswoman mother "
    "daughter wife sister grandmother widow midwife".split()
)
# Words that make a name a body, not a person ("Redbrook Economics", "the Bank of England")
_BODIES = frozenset(
    """ministry bank agency office department institute fund group council court association
    union organization organisation service bureau commission authority authorities police
    university party company corporation inc ltd plc board committee government treasury
    regulator statistics survey centre center network foundation trust club federation
    league exchange parliament assembly army navy force forces command administration
    economics partners consultancy firm airline operator utility hospital school college
    review report study poll census metro telecom telecoms motor motors holdings airways
    airlines energy capital securities media systems foods pharma logistics technologies labs
    insurance mining steel power rail railways transport ventures properties retail bankers
    charity""".split()
)
_PREPOSITION = re.compile(r"\s+(?:of|at|for|with|in|from|on)\s+.*$")
# a first name before a surname ("Helen Marr"), not a word that opens a sentence ("The Marr")
_FIRST_NAME = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|For|But|And|Its|His|Her|Our|Their|This|That)\b)"
    r"[A-Z][\w'’-]+\s+$"
)
_AGE = re.compile(r",\s+\d{1,3},")  # "Natalia, 47,"
_NOT_NAMES = frozenset(
    """he she it they we i you this that these those there here some many most all one two
    another other such its their his her our my your what which who each every both no none
    asked after before when while as in on at for but and or so if yet still much more less
    nobody everyone everybody someone anyone nothing
    few""".split()
)
# the subject a sentence opens with, before its verb ("Pennine Metro disputed the figure."), past
# an aside ("The auditors, from the accountancy firm Pellow & Marsh, re-examined")
_SUBJECT = re.compile(
    r"""^["“‘']?(?P<who>[A-Z][\w'’.&-]*
      (?:\s+(?!(?:said|says|told|also|now|still|[a-z]+ed)\b)(?:of\s+|for\s+)?[\w'’.&-]+){0,5}?)
    (?<!['’]s)(?=(?P<aside>,\s[^,;]{1,60},)?(?:\s+(?:also|now|still))?\s+(?:[a-z-]+ed|said|says
      |[a-z]{2,}[^s\W]s(?=\s+(?:the|a|an|its|their|about|some|more|\d))  # "Northway employs
      |was|is|were|are|has|have|had|told|will|would|could|can|put|took|gave)\b)""",  # about"
    re.VERBOSE,
)
_NAME_ONLY = re.compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")
_TITLED = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)


def antecedent(sentences: list[str], pronoun: str, earlier: str = "") -> str | None:
    """The source that `pronoun` ("he", "she", "it", "they", or QUOTE for a quotation that
    names no speaker: a person, in the last QUOTE_BACK sentences) stands for, from
    `sentences`, the text's sentences before the figure's, nearest last.

    The nearest source of the right kind (a person for "he" and "she", a body for "it", a body
    or several people for "they") named in the last LOOK_BACK sentences: in each, first whom
    it opens with ("Haddon rejected that. She said"), then its sources and the people it names
    with a title ("Mr Falkenberg linked"), nearest first; a sentence whose source is the same
    pronoun ("she said") passes the question on to the sentences before it. None when there is
    none. `earlier`, the text before the figure's sentence, tells whether one word is a
    person's surname ("Marr", after "Helen Marr") or a body's name ("Kestrel")."""
    seen, kinds = 0, ("he", "she") if pronoun == QUOTE else (pronoun,)  # people speak quotes
    for at in range(len(sentences) - 1, -1, -1):
        sentence = sentences[at]
        if not any(c.isalpha() for c in sentence):
            continue  # a closing quote left on its own
        found = [who for _, _, who in attributions(sentence)]
        names = [who for who in found if who not in PRONOUNS]
        if pronoun in ("he", "she"):
            names += [m.group(0) for m in _TITLED.finditer(sentence)]
        names.sort(key=sentence.find, reverse=True)  # the nearest first
        opener = _opener(sentence, earlier)  # but first whom the sentence is about
        if opener:
            names.insert(0, opener)
        for who in names:
            one = len(who.split()) == 1
            if any(fits(who, p) and (not one or _one_word_fits(who, p, earlier)) for p in kinds):
                return who
        same = next((p for p in found if p in kinds), None)
        if same is not None:  # "... ,' she said. 'You do not get 2 per cent ...'": hers
            return antecedent(sentences[:at], same, earlier)
        seen += 1
        if seen == (QUOTE_BACK if pronoun == QUOTE else LOOK_BACK):
            break
    return None


def _opener(sentence: str, earlier: str) -> str | None:
    """Whom a sentence opens with, before its verb ("Haddon rejected that"), or the name in
    the aside after it ("The defendant's lawyer, Maître Sandrine Olivieri, appealed"); None
    when its first words name no one (see _lead_names)."""
    lead = _SUBJECT.match(sentence)
    if lead is None:
        return None
    who = lead.group("who")
    if lead.group("aside"):
        aside = lead.group("aside").strip(", ")
        named = NAMED_ASIDE.fullmatch(aside)  # "retired teacher Elaine Frost"
        who = aside if _NAME_ONLY.fullmatch(aside) else named.group("name") if named else who
    return who if _lead_names(who, earlier) else None


def _lead_names(who: str, earlier: str) -> bool:
    """Whether the words a sentence opens with name someone: not a word of _NOT_NAMES, a
    participle ("Founded in 2019 by"), a figure or a month; one word only if the text also
    writes it with a capital inside a sentence ("Northway", not "Figures"); a name of a person
    only with a title or a role, or if the text also calls them by their surname alone ("Carol
    Haddon rejected that", after "Haddon said"; not "Cape Town")."""
    words = who.split()
    first = re.split(r"['’]", words[0].lower())[0]  # "We're at oversold levels"
    if len(words) == 1 and first in ("the", "a", "an"):
        return False
    if first in _NOT_NAMES or first.endswith(("ed", "ing")) or _NOT_LEAD.search(who):
        return False
    if len(words) == 1:
        return any(_INSIDE.search(earlier, max(0, at - 3), at) for at in found_whole(who, earlier))
    if fits(who, "it") or fits(who, "they"):
        return True  # a body or several people
    # "Haddon" written alone, not only in "Carol Haddon"
    alone = len(found_whole(words[-1], earlier)) > len(found_whole(who, earlier))
    return (
        alone
        or not _TITLES.isdisjoint(w.lower() for w in words)
        or any(w.lower() in _ROLES for w in words)
    )


_INSIDE = re.compile(r"[\w,;:]\s+$")  # before a word inside a sentence
_NOT_LEAD = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)


def _one_word_fits(word: str, pronoun: str, earlier: str) -> bool:
    """Whether one word can be what `pronoun` stands for: a person's name for "he" and "she"
    ("Marr" after "Helen Marr", "Natalia, 47,"), any other for "it" and "they"."""
    person = any(
        _FIRST_NAME.search(earlier, max(0, at - 30), at) or _AGE.match(earlier, at + len(word))
        for at in found_whole(word, earlier)
    )
    return person == (pronoun in ("he", "she"))


def fits(who: str, pronoun: str) -> bool:
    """Whether the source `who` can be what `pronoun` stands for."""
    words = who.replace(",", " ").split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    core = _PREPOSITION.sub("", " ".join(words)).split()  # "head of the board": the head
    if not core:
        return False
    lower = [w.lower() for w in core]
    head = lower[-1]
    body = not _BODIES.isdisjoint(lower) or any(  # an acronym, not a title ("MP", "KC")
        w.isupper() and len(w) > 1 and w.lower() not in _ROLES for w in core
    )
    # a title, or a role followed only by a name ("police commander Joseph Kiprotich")
    role = not _TITLES.isdisjoint(w.lower() for w in words) or any(
        w in _ROLES and all(x[:1].isupper() for x in core[k + 1 :]) for k, w in enumerate(lower)
    )
    named = not body and all(w[:1].isupper() for w in core) and len(core) <= 4
    plural = head in ("police", "people") or (
        head.endswith("s")
        and not head.endswith("ss")
        and head not in _ROLES
        and (head[:-1] in _ROLES or not core[-1][:1].isupper())  # "Economists", not "Davis"
    )
    named = named and not plural
    if pronoun in ("he", "she"):
        other = _SHE if pronoun == "he" else _HE
        return (role or named) and not plural and other.isdisjoint(lower)
    if pronoun == "it":  # a body, or one word that may name one ("Rosstat", "Streamly")
        return (body or named and len(core) == 1) and not role and not plural
    return plural or body  # "they": officials, analysts, police, or a body


# a figure whose clause has "it" for its subject: "It stood at | 412,300", "In March it was |"
IT_WAS = re.compile(
    r"^(?:(?:In|By|At|On|Since)\s+[^,]{1,30}?,?\s+)?(?:[Ii]t|[Tt]his)\s+(?:has\s+|had\s+)?"
    r"(?:was|is|stood|rose|fell|reached|grew|dropped|climbed|came|totalled|hit|been)\s+"
    r"(?:at\s+|to\s+|by\s+|in\s+at\s+|about\s+|around\s+|nearly\s+|almost\s+|just\s+)*$"
)
# the subject that opens the sentence before, up to its verb
_OPENING = re.compile(
    r"\s+(?:which|who|is|was|were|are|has|had|have|will|would|rose|fell|stood|reached|grew"
    r"|dropped|climbed|remained)\b"
)


def it_stands_for(previous: str) -> tuple[str | None, str | None]:
    """What "it" stands for in "It stood at 412,300": the noun phrase that opens the sentence
    before ("The total waiting list, which counts everyone, was not affected."), with its key;
    nothing when that sentence opens with no noun phrase of its own."""
    verb = _OPENING.search(previous)
    if verb is None or not previous[:1].isupper() or "," in previous[: verb.start()].strip(" ,"):
        return None, None
    words = previous[: verb.start()].strip(" ,").split()
    if words and words[0].lower() in ("the", "a", "an", "its", "their"):
        words = words[1:]
    words = clean(previous, words)
    if not words or len(words) > 6 or words[0].lower() in ctx.PRONOUNS:
        return None, None
    return " ".join(words), ctx.head_of(words)
