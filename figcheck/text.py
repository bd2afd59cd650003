"""Sentence boundaries with character offsets, so every quote maps back into its source text."""

from __future__ import annotations

import re

# A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before white
# space and an upper-case letter, digit, quote or bracket; or at a blank line / markdown heading.
_END = re.compile(
    r"""
    [.!?]                 # the end mark itself (the sentence ends after it)
    ["'”’)\]]?            # an optional closing quote or bracket
    \s+                   # the gap between sentences
    (?=["'“‘(\[]?[A-Z0-9$€£₹₦₱À-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŹŻŽ])  # a capital ("Élections"),
                          # a digit or a currency mark starts the next sentence
    """,
    re.VERBOSE,
)
# a blank line, a line that opens a markdown heading, or a list item after a line of text; every
# branch starts with the newline, so the engine skips straight to newlines
_HARD = re.compile(r"\n(?:\s*\n|(?=#)|(?<=\S\n)(?=[-*] ))")
# a place's dateline at the start of a line: "PERTH —", "WELKOM, South Africa —", "SINGAPORE,
# Feb 10 (Reuters) -"
DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z .'’-]+?)(?:,[^\n—–]{1,40})?\s+[—–-]\s", re.MULTILINE
)
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Gen|Col|Lt|Sgt|Jr|Sr|No|Nos|vs|etc|approx|est|Jan|Feb|Mar"
    r"|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.K|e\.g|i\.e)|(?<!\d\s)\b[A-Z]|\b[NSEW])\.$"
)  # an initial ("J. Smith", "200 W. Main St"), not a unit after a number ("up 0.1 C. The")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences of `text`, white space trimmed; never empty spans."""
    cuts = [0, len(text)]
    for m in _HARD.finditer(text):
        cuts += (m.start(), m.end())
    for m in _END.finditer(text):
        end = m.start() + 1
        if text[end - 1] != "." or not _ABBREV.search(text[max(0, end - 12) : end]):
            cuts.append(end)
    bounds = sorted(set(cuts))
    spans = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        part = text[a:b]
        core = part.strip()
        if core:
            a += len(part) - len(part.lstrip())
            spans.append((a, a + len(core)))
    return spans
