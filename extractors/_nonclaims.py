"""Numbers that are not claims: dates, years, references, times, phone numbers, identifiers."""

from __future__ import annotations

import re

from figcheck.extractors._lexicon import CODES, MONTHS
from figcheck.extractors._mention import alt

_MONTH = alt(MONTHS)
_DATE_AFTER = re.compile(rf"^(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?\s+(?:of\s+)?(?:{_MONTH})\b", re.I)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s+$", re.IGNORECASE)
_REFERENCE = re.compile(
    r"\b(?:no|nos|article|art|law|unit|section|page|p|pp|decree|resolution|item|chapter|"
    r"flight|route|room|tel|phone|fax|ext|brigade|regiment|division)\.?\s*#?\s*$",
    re.IGNORECASE,
)
_IDENT = re.compile(
    rf"""
    \b(?=[A-Za-z]+-?\d)(?!(?i:{"|".join(CODES)})\d)  # "USD115" is money, not an identifier
    [A-Za-z]+-?\d+[A-Za-z\d]*\b                     # F-16, Su34, A320neo
    | \b(?!\d+(?:\.\d+)?[eE][+-]?\d+\b)              # not 1.3e6 or 12e-1
      (?!\d+(?:m|km|cm|mm|ft|kg|t|mi|bn|mn|k)-[a-z])  # "30m-long", "$5bn-a-year": units
      (?!\d+(?:m|km|cm|mm|ft|mi)[23]\b)               # "40m2" is an area
      \d+
      (?:[A-Za-z]+-\w+ | (?![xX]\d)[A-Za-z]+\d[\w-]*)  # 2S-Msta, 2S19, 9K720; not 3x10^6
    """,
    re.VERBOSE,
)
# an identifier has a letter right before a digit, or letters and a hyphen after digits
_IDENT_HINT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d)|[A-Za-z]+-)")
# The patterns below start with a character class where they can (a digit, "+" or "0"): the
# regex engine then skips to candidate characters instead of trying every position.
_TIME = re.compile(
    r"""
    \d(?<![\w]\d)\d?                                # the hour, not inside a longer word
    (?::\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?          # 10:30, 10:30 pm
    | (?:\.\d{2})?\s*(?:am|pm)\b)                    # 9am, 9.30 pm
    """,
    re.VERBOSE | re.IGNORECASE,
)
_PHONE = re.compile(
    r"""
    [+0](?:(?<=\+)\d{1,3}(?:[\s-]?\(?\d{2,4}\)?){2,}[\s-]?\d{2,4}  # international: +44 20 7946 0018
    | (?<!\w0)\d{2,4}(?:[\s-]\d{2,4}){2,3}\b           # national, leading zero: 0800 123 456
    )
    """,
    re.VERBOSE,
)
_ADDRESS = re.compile(
    r"""
    \d(?<!\w\d)\d{0,3}[A-Za-z]?\s+                   # house number: 12, 221B
    (?:[A-Z][a-z]+\s+){1,3}                         # street name: High, Old Kent
    (?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Boulevard|Way)\b
    """,
    re.VERBOSE,
)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_DIGIT = re.compile(r"\d")
YEAR = re.compile(r"(1[89]|20)\d\d")
NUMBER_NEXT = re.compile(r"\s+(?:of\s+the\s+)?\d")


def blocked(sentence: str) -> list[tuple[int, int, str]]:
    """Spans that hold numbers which are not claims: times, phone numbers, identifiers."""
    spans: list[tuple[int, int, str]] = []
    if not _DIGIT.search(sentence):
        return spans
    for rx, reason in (
        (_PHONE, "phone number"),
        (_ADDRESS, "street address"),
        (_TIME, "time of day"),
    ):
        spans += [(m.start(), m.end(), reason) for m in rx.finditer(sentence)]
    if _IDENT_HINT.search(sentence):
        spans += [(m.start(), m.end(), "identifier") for m in _IDENT.finditer(sentence)]
    return spans


def reject(
    s: str, before: str, end: int, core: str, has_unit: bool, unit_after: re.Pattern[str]
) -> str | None:
    """The reason a bare number is not a claim (a year, a date, a reference), or None."""
    after = s[end : end + 80]
    plain = core.replace(",", "")
    if not has_unit and _DATE_AFTER.match(after) and plain.isdigit() and int(plain) <= 31:
        return "date (day of month)"
    if not has_unit and _DATE_BEFORE.search(before[-16:]) and plain.isdigit():
        return "date"
    if not has_unit and _REFERENCE.search(before[-20:]):
        return "reference number (article, law, page, unit)"
    if before.rstrip().endswith("©"):
        return "page furniture"
    if (
        not has_unit
        and YEAR.fullmatch(core)
        and not unit_after.match(after)
        and not _ORDINAL.match(after)
        and not NUMBER_NEXT.match(after)
    ):
        return "year"
    return None
