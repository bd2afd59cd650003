"""Numbers among digits only: read without the context readers, as there are no words to read."""

from __future__ import annotations

import re
from bisect import bisect_left

from figcheck.extractors._mention import LOOK, Mention
from figcheck.extractors._nonclaims import NUMBER_NEXT as _NUMBER_NEXT
from figcheck.extractors._nonclaims import YEAR as _YEAR
from figcheck.extractors._notation import plain, round_half

# A sentence with many numbers and few words (a table dump, a line of digits) is read faster:
# a number with nothing but digits and separators around it has no unit, currency, hedge or
# date words to read, so only its value is taken. The result is the same as the full reading.
MANY = 8

_MARK = re.compile(r"[^\d\s.,]")

_AHEAD = 80  # characters read after a number (reject, units); white space may run further


def marks_of(sentence: str) -> list[int] | None:
    """Positions of everything but digits and separators, if they are few; else None."""
    head = sentence[:400]
    if len(_MARK.findall(head)) * 4 > len(head):
        return None  # prose: every number has words around it
    return [m.start() for m in _MARK.finditer(sentence)]


def bare(s: str, m: re.Match[str], marks: list[int]) -> bool:
    """No mark in the context any reader of `_numbers._read` looks at."""
    right = m.end() + _AHEAD
    while right < len(s) and s[right].isspace():
        right += 1
    i = bisect_left(marks, m.start() - LOOK)
    return i == len(marks) or marks[i] > right


def read_bare(s: str, m: re.Match[str]) -> tuple[Mention | None, str | None]:
    """`_numbers._read` of a digits match with only digits and separators around it."""
    core = m.group(0)
    value = float(plain(core))
    if _YEAR.fullmatch(core) and not _NUMBER_NEXT.match(s, m.end()):
        return None, "year"
    mention = Mention(m.start(), m.end(), value, 0.0)
    if "." in core:
        mention.half = 0.5 * 10 ** -len(core.split(".")[1])
    elif value >= 100 and core[-1] == "0":
        mention.half = round_half(core, value)
    mention.bare = True
    return mention, None
