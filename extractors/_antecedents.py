"""Who "he said", "she said" or "it said" means: the source named in the sentences before."""

from __future__ import annotations

import re

from figcheck.extractors._attribution import PRONOUNS, attributions

LOOK_BACK = 5  # sentences with letters, nearest first; a quote split over pieces counts once
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
    daughter son wife husband sister brother grandmother grandfather widow""".split()
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
    review report study poll census""".split()
)
_PREPOSITION = re.compile(r"\s+(?:of|at|for|with|in|from|on)\s+.*$")
# a first name before a surname ("Helen Marr"), not a word that opens a sentence ("The Marr")
_FIRST_NAME = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|For|But|And|Its|His|Her|Our|Their|This|That)\b)"
    r"[A-Z][\w'’-]+\s+$"
)
_AGE = re.compile(r",\s+\d{1,3},")  # "Natalia, 47,"
_TITLED = re.compile(
    r"\b(?:Mr|Ms|Mrs|Dr|Prof|Professor|Sir|Dame)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)


def antecedent(sentences: list[str], pronoun: str, earlier: str = "") -> str | None:
    """The source that `pronoun` ("he", "she", "it", "they") stands for, from `sentences`, the
    text's sentences before the figure's, nearest last: the nearest source of the right kind
    (a person for "he" and "she", a body for "it", a body or several people for "they") named
    in the last LOOK_BACK sentences, or a person named with a title ("Mr Falkenberg linked");
    None when there is none. `earlier`, the text before the figure's sentence, tells whether one
    word is a person's surname ("Marr", after "Helen Marr") or a body's name ("Kestrel")."""
    seen = 0
    for sentence in reversed(sentences):
        if not any(c.isalpha() for c in sentence):
            continue  # a closing quote left on its own
        names = [who for _, _, who in attributions(sentence) if who not in PRONOUNS]
        if pronoun in ("he", "she"):
            names += [m.group(0) for m in _TITLED.finditer(sentence)]
        for who in sorted(names, key=sentence.find, reverse=True):  # the nearest first
            one = len(who.split()) == 1
            if fits(who, pronoun) and (not one or _one_word_fits(who, pronoun, earlier)):
                return who
        seen += 1
        if seen == LOOK_BACK:
            break
    return None


def _one_word_fits(word: str, pronoun: str, earlier: str) -> bool:
    """Whether one word can be what `pronoun` stands for: a person's name for "he" and "she"
    ("Marr" after "Helen Marr", "Natalia, 47,"), any other for "it" and "they"."""
    person = False
    for hit in re.finditer(rf"\b{re.escape(word)}\b", earlier):  # a literal: found fast
        first = _FIRST_NAME.search(earlier, max(0, hit.start() - 30), hit.start())
        if first or _AGE.match(earlier, hit.end()):
            person = True
            break
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
    body = not _BODIES.isdisjoint(lower) or any(w.isupper() and len(w) > 1 for w in core)
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
