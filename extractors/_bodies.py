"""Sources that only act: an official body ("UNHCR counts") or a name ("Rosstat counted")."""

from __future__ import annotations

import re

from figcheck.extractors._mention import alt, word_starts, words_of

# "Kyiv city council allocated", "Ukrainian prosecutors have registered", "UNHCR counts": an
# official body that opens its clause and acts on the figure
_BODY_WORDS = """ministry council committee commission agency office prosecutors guards police
    authorities court government military army navy service department bureau regulator
    watchdog inspectorate ombudsman mission secretariat corporation administration
    board""".split()
BODY_VERB = re.compile(  # the body's word, then its verb: the source ends at `cut`
    rf"""\b(?:(?i:{alt(_BODY_WORDS)})|(?<!\bin\s)(?<!\bin\sthe\s)(?!AI\b|TV\b)[A-Z]{{2,6}})\b(?P<cut>)
    (?=\s+(?:(?:has|have|had)\s+)?(?:[a-z]+ed|counts|lists|logs|holds|registers|puts|shows
      |estimates|reports|tallies|allocates|approves|fines|checks|disburses|appeals|seeks
      |pledges|requests)\b)""",
    re.VERBOSE,
)


# where an acronym of BODY_VERB may start: a capital after no word character, then another
_ACRONYM_START = re.compile(r"[A-Z](?<![\w][A-Z])[A-Z]")


def bodies_acting(sentence: str) -> list[int]:
    """Where BODY_VERB's bodies end, tried only where one can start: at the sentence's body
    words and at its acronyms."""
    starts = word_starts(sentence, _BODY_SET.intersection(words_of(sentence)))
    starts = sorted({*starts, *(m.start() for m in _ACRONYM_START.finditer(sentence))})
    found = (BODY_VERB.match(sentence, p) for p in starts)
    return [m.start("cut") for m in found if m]


BODY_ACTING = (
    bodies_acting,
    re.compile(  # ... opening its clause: at most four words before it
        r"(?:^|;\s*|,\s+(?:while|but|and)\s+"
        r"|,\s+(?=the\s+(?:[\w'’.-]+\s+){0,3}?[a-z][\w'’.-]*$))"  # "At the crossing, the agency"
        # (a body's word, not an acronym: "Compared with May, the SPD has gained" is no source)
        r"(?P<who>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)$"
    ),
)
# "Rosstat counted", "Golos logged", "Shpilkin counted": a name that counts or revises
COUNTING_WORDS = """counted counts logged logs recorded records registered registers tallied
    tallies revises revised estimates estimated""".split()
NAME_COUNTS = (
    re.compile(rf"[A-Z][a-z]+(?P<cut>)\s+(?:{alt(COUNTING_WORDS)})\b"),
    BODY_ACTING[1],
)


_CAPS = re.compile(r"[A-Z]{2}")
_BODY_SET = frozenset(_BODY_WORDS)


def body_named(sentence: str) -> bool:
    """An acronym or a word for an official body among the sentence's words (BODY_ACTING)."""
    if not _BODY_SET.isdisjoint(words_of(sentence)):
        return True
    return _CAPS.search(sentence) is not None
