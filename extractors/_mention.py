"""The records the number finder returns: a mention of a number, or a discarded candidate."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

LOOK = 48  # characters of context read before and after a number


@dataclass
class Mention:
    """A number with its unit, as found in one sentence (offsets relative to the sentence)."""

    start: int
    end: int
    value: float
    half: float  # half-width of the rounding interval the digits carry
    unit: str = "count"
    kind: str = "number"  # number | ordinal | age
    qualifier: str | None = None
    hedge_start: int | None = None
    whole: float | None = None
    part_of: int | None = None  # index of the whole's mention
    equivalent_of: int | None = None  # index of the mention this one restates in brackets
    range_high: float | None = None
    scale: float = 1.0  # the scale word or abbreviation applied ("million": 1e6)
    bare: bool = False  # read with only digits and separators around it (no words to link)
    notes: list[str] = field(default_factory=list)

    @property
    def lead(self) -> int:
        """Where the mention's words begin: its hedge ("about"), else the number."""
        return self.start if self.hedge_start is None else self.hedge_start


class Around(NamedTuple):
    """What the not-claim tests read around one number: the sentence `s`, the text `before`
    the number and its `ending` (`last`), where the number and any attached scale `end`, its
    digits (`core`), and whether a currency, unit or scale came with it (`has_unit`)."""

    s: str
    before: str
    end: int
    core: str
    has_unit: bool
    last: str


@dataclass
class Discard:
    """A candidate that is not a claim, and why (kept for debugging, never dropped silently)."""

    start: int
    end: int
    surface: str
    reason: str


def alt(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, built as a trie: the engine follows one
    branch per character instead of trying every word in turn (hundreds of unit words)."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(root)


def _branch(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    kids = [re.escape(ch) + _branch(sub) for ch, sub in sorted(node.items()) if ch]
    if not kids:
        return ""
    body = kids[0] if len(kids) == 1 and "" not in node else "(?:" + "|".join(kids) + ")"
    return body + "?" if "" in node else body


def tail(s: str, pos: int, width: int = 0) -> tuple[int, str]:
    """The `width` (default LOOK) characters before `pos`, and where they start.

    Patterns anchored at the end ("about $") are searched in this window, not in the whole
    prefix, so the work per number stays constant however long the sentence is.
    """
    off = max(0, pos - (width or LOOK))
    return off, s[off:pos]


Endings = dict[str, tuple[str, ...]]  # last character -> the endings that end with it


def endings(words: Iterable[str], stops: bool = True) -> Endings:
    """The lower-case endings `may_end` tests for: each word, and each word with a full stop
    (unless `stops` is False), grouped by their last character so that a test looks at a few."""
    low = {w.lower() for w in words}
    if stops:
        low |= {w + "." for w in low if w[-1:].isalpha()}
    table: dict[str, list[str]] = {}
    for w in sorted(low):
        table.setdefault(w[-1], []).append(w)
    return {last: tuple(ws) for last, ws in table.items()}


# The four letters outside ASCII that `re` matches to ASCII ones when it ignores case (a test
# checks there are no others): the dotted and dotless i, the long s and the Kelvin sign
FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_FOLDED = "".join(map(chr, FOLD))


def ending(before: str) -> str:
    """`before` less trailing white space, in lower case, for `may_end`; the letters that `re`
    matches to ASCII ones (FOLD: "K", the Kelvin sign, to "k") are folded to them first.

    The words of the endings tables are ASCII, and their symbols ("€", "−", "≥") are kept."""
    if not before.isascii() and any(c in before for c in _FOLDED):
        before = before.translate(FOLD)
    return before.rstrip().lower()


def may_end(last: str, ends: Endings) -> bool:
    """Whether the text before a number, read once by `ending`, may end with one of `ends`.

    The cheap test that runs before an end-anchored pattern ("about $", "March $") which needs
    one of those words last: it passes everything such a pattern can match in any window that
    ends where `before` ends, so skipping the pattern when it fails changes nothing.
    """
    group = ends.get(last[-1:])
    return group is not None and last.endswith(group)


# ASCII bytes: A-Z to a-z, a-z kept, everything else a space (see letters_only)
_LETTERS_ONLY = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)


def letters_only(text: str) -> str:
    """`text` with A-Z lowered, the letters of FOLD folded, and every other character a space.

    The same length as `text`, so a slice of it splits into the words of that slice of `text`,
    and `find` gives places in `text`. A word a pattern matches whole and ignoring case (`\b`
    on both sides) is one of its runs of letters, in any text: the patterns' words are ASCII."""
    if text.isascii():
        data = text.encode("ascii")
    else:  # every other character outside ASCII becomes one "?", then a space
        if any(c in text for c in _FOLDED):  # rare: translate reads character by character
            text = text.translate(FOLD)
        data = text.encode("ascii", "replace")
    return data.translate(_LETTERS_ONLY).decode("ascii")


@lru_cache(maxsize=4)
def letters_of(sentence: str) -> str:
    """`letters_only(sentence)`, read once for all the readers of a sentence."""
    return letters_only(sentence)


def word_starts(sentence: str, words: Iterable[str]) -> list[int]:
    """Where the given words (in lower case) stand whole in the sentence's letters, in order: a
    pattern that needs one of them whole can match only there (try it with `match`)."""
    letters = letters_of(sentence)
    starts = []
    for word in words:
        p = letters.find(word)
        while p >= 0:
            end = p + len(word)
            if (p == 0 or letters[p - 1] == " ") and letters[end : end + 1] in ("", " "):
                starts.append(p)
            p = letters.find(word, end)
    return sorted(starts)


@lru_cache(maxsize=4)
def words_of(sentence: str) -> list[str]:
    """The runs of letters of the sentence (`letters_only`), read once for all the readers
    (a shared list: do not change it)."""
    return letters_of(sentence).split()


def found_whole(words: str, text: str, end_whole: bool = True) -> list[int]:
    """Where `words` stand in `text` with no letter or digit before them (nor after them, with
    `end_whole`: "Zambia" in "Zambian" counts only without it), found with str.find: a pattern
    compiled for each name and run over a story costs far more."""
    out, at = [], text.find(words)
    while at >= 0:
        end = at + len(words)
        if (at == 0 or not text[at - 1].isalnum()) and (
            not end_whole or end == len(text) or not text[end].isalnum()
        ):
            out.append(at)
        at = text.find(words, end)
    return out


def comma_before(sentence: str, pos: int) -> int:
    """The last comma before `pos` that is not the comma of thousands ("12,030"), or -1."""
    comma = sentence.rfind(",", 0, pos)
    while comma > 0 and sentence[comma - 1].isdigit() and sentence[comma + 1 : comma + 2].isdigit():
        comma = sentence.rfind(",", 0, comma)
    return comma
