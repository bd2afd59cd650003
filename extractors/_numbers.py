"""Find number mentions in a sentence: value, scale, unit or currency, hedge; discard non-claims."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from figcheck.extractors._lexicon import (
    CURRENCY_PREFIX,
    CURRENCY_WORDS,
    HEDGES,
    MONTHS,
    SCALE_ABBREV,
    SCALES,
    SMALL,
    UNITS,
)


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
    notes: list[str] = field(default_factory=list)


@dataclass
class Discard:
    """A candidate that is not a claim, and why (kept for debugging, never dropped silently)."""

    start: int
    end: int
    surface: str
    reason: str


LOOK = 80  # characters of context read before and after a number


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_WORD = _alt(SMALL)
_SCALE = _alt(SCALES)
_CORE = re.compile(
    rf"""
    (?P<digits>(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\d]))  # 1,739 / 3.3 / 42
    | (?P<words>\b(?:(?:half\s+a|a(?=\s+(?:dozen|{_SCALE})\b)|{_WORD})  # "a dozen", a number word
        (?:(?:\s+and)?[\s-]+(?:{_WORD}|{_SCALE}))*)\b)   # more words: "three hundred and two"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ABBR = re.compile(rf"(?:{_alt(SCALE_ABBREV)})\b", re.IGNORECASE)
_SCALE_AFTER = re.compile(rf"\s*(?P<s>{_SCALE})\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(
    rf"(?:\s*|-)(?P<u>{_alt(UNITS)}|{_alt(CURRENCY_WORDS)})(?![\w])", re.IGNORECASE
)
_CUR_BEFORE = re.compile(rf"(?:{_alt(CURRENCY_PREFIX)})\s?$", re.IGNORECASE)
_HEDGE_BEFORE = re.compile(rf"\b(?P<h>{_alt(HEDGES)})\s+$", re.IGNORECASE)
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_AGE = re.compile(r"-year-old\b|\s+years?\s+old\b")
_AGE_BEFORE = re.compile(
    r"""
    \b(?:aged|ages?\s+(?:of|to|at|is|was))\s+      # "aged", "retirement age to"
    (?:\d{1,3},?\s+(?:and\s+)?)*$                 # earlier ages of a list: "aged 17, 19 and"
    """,
    re.VERBOSE | re.IGNORECASE,
)
_DURATIONS = {"hour", "day", "week", "month", "year"}
_MONTH = _alt(MONTHS)
_DATE_AFTER = re.compile(rf"^(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?\s+(?:of\s+)?(?:{_MONTH})\b", re.I)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s+$", re.IGNORECASE)
_REFERENCE = re.compile(
    r"\b(?:no|nos|article|art|law|unit|section|page|p|pp|decree|resolution|item|chapter|"
    r"flight|route|room|tel|phone|fax|ext|brigade|regiment|division)\.?\s*#?\s*$",
    re.IGNORECASE,
)
_IDENT = re.compile(r"\b[A-Za-z]+-?\d+[A-Za-z\d]*\b|\b\d+[A-Za-z]+-\w+")
_TIME = re.compile(
    r"\b\d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?|\b\d{1,2}(?:\.\d{2})?\s*(?:am|pm)\b", re.I
)
_PHONE = re.compile(
    r"""
    \+\d{1,3}(?:[\s-]?\(?\d{2,4}\)?){2,}[\s-]?\d{2,4}   # international: +44 20 7946 0018
    | \b0\d{2,4}(?:[\s-]\d{2,4}){2,3}\b               # national, leading zero: 0800 123 456
    """,
    re.VERBOSE,
)
_ADDRESS = re.compile(
    r"""
    \b\d{1,4}[A-Za-z]?\s+                           # house number: 12, 221B
    (?:[A-Z][a-z]+\s+){1,3}                         # street name: High, Old Kent
    (?:Street|St|Road|Rd|Avenue|Ave|Lane|Square|Boulevard|Way)\b
    """,
    re.VERBOSE,
)
_RANK_CONTEXT = re.compile(r"\b(?:ranked|ranks|ranking|placed|came|comes|finished)\s+$", re.I)
_RANK_AFTER = re.compile(r"^\s+(?:out\s+of|of)\s+\d|^\s+(?:place|position)\b", re.I)


def tail(s: str, pos: int, width: int = 0) -> tuple[int, str]:
    """The `width` (default LOOK) characters before `pos`, and where they start.

    Patterns anchored at the end ("about $") are searched in this window, not in the whole
    prefix, so the work per number stays constant however long the sentence is.
    """
    off = max(0, pos - (width or LOOK))
    return off, s[off:pos]


def parse_words(text: str) -> tuple[float, float] | None:
    """Value and scale of a run of number words ("three hundred and two", "half a million")."""
    tokens = re.split(r"[\s-]+", text.lower().replace(" and ", " "))
    total, current, scale, seen = 0.0, 0.0, 1.0, False
    if tokens[:2] == ["half", "a"]:
        tokens, current = tokens[2:], 0.5
    elif tokens[0] == "a":
        tokens, current = tokens[1:], 1.0
    for tok in tokens:
        if tok in SMALL:
            current += SMALL[tok] if not (tok == "dozen" and current) else 0
            current = current * 12 if tok == "dozen" and current else current
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            scale, current, seen = SCALES[tok], 0.0, True
        else:
            return None
    value = total + current
    return (value, scale) if seen and value else None


# A sentence with neither a digit nor a number word holds no claim: skip it at once.
_NUMBER_WORDS = frozenset(SMALL) | frozenset(SCALES)
_LETTERS = re.compile(r"[a-z]+")
_DIGIT = re.compile(r"\d")


def _may_hold_numbers(sentence: str) -> bool:
    if _DIGIT.search(sentence):
        return True
    return not _NUMBER_WORDS.isdisjoint(_LETTERS.findall(sentence.lower()))


def _blocked(sentence: str) -> list[tuple[int, int, str]]:
    """Spans that hold numbers which are not claims: times, phone numbers, identifiers."""
    spans: list[tuple[int, int, str]] = []
    if not _DIGIT.search(sentence):
        return spans
    for rx, reason in (
        (_PHONE, "phone number"),
        (_ADDRESS, "street address"),
        (_TIME, "time of day"),
        (_IDENT, "identifier"),
    ):
        spans += [(m.start(), m.end(), reason) for m in rx.finditer(sentence)]
    return spans


def find_mentions(sentence: str) -> tuple[list[Mention], list[Discard]]:
    """All number mentions of one sentence, and the candidates discarded with their reasons."""
    mentions: list[Mention] = []
    discards: list[Discard] = []
    if not _may_hold_numbers(sentence):
        return mentions, discards
    blocked = _blocked(sentence)
    for b0, b1, reason in blocked:
        if re.search(r"\d", sentence[b0:b1]):
            discards.append(Discard(b0, b1, sentence[b0:b1], reason))
    for m in _CORE.finditer(sentence):
        if any(b0 <= m.start() < b1 for b0, b1, _ in blocked):
            continue
        mention, why = _read(sentence, m)
        if mention is not None:
            mentions.append(mention)
        elif why:
            discards.append(Discard(m.start(), m.end(), m.group(0), why))
    return mentions, discards


def _read(s: str, m: re.Match[str]) -> tuple[Mention | None, str | None]:
    """Turn one core match into a mention, or say why it is not one."""
    start, end = m.start(), m.end()
    if m.group("digits"):
        core = m.group("digits")
        value = float(core.replace(",", ""))
        decimals = len(core.split(".")[1]) if "." in core else 0
        scale, attached = 1.0, _ABBR.match(s, end)
        if attached:
            scale, end = SCALE_ABBREV[attached.group(0).lower()], attached.end()
    else:
        parsed = parse_words(m.group("words"))
        if parsed is None:
            return None, None  # a lone "a" or "half": not a number at all
        value, scale = parsed
        value, decimals, core = value / scale, 0, m.group("words")
        if core.lower() in {"one", "a"}:
            after = s[end : end + LOOK]
            if not (_SCALE_AFTER.match(after) or _UNIT_AFTER.match(after)):
                return None, "pronoun or article, not a quantity" if core.lower() == "one" else None
    more = _SCALE_AFTER.match(s, end)
    if more:
        scale, end = scale * SCALES[more.group("s").lower()], more.end()
    mention = Mention(start, end, value * scale, 0.0)
    if m.group("words") and not float(value).is_integer():
        decimals = 1  # "half a million": 0.5 million, precise to a tenth of the scale
    if scale > 1 or decimals:
        mention.half = 0.5 * 10 ** (-decimals) * scale
    elif value >= 100 and core.rstrip("0") != core and "." not in core:
        zeros = len(core.replace(",", "")) - len(core.replace(",", "").rstrip("0"))
        mention.half = min(0.5 * 10**zeros, 0.05 * value)
    off, before = tail(s, start)
    cur = _CUR_BEFORE.search(before)
    if cur:
        code = CURRENCY_PREFIX[cur.group(0).strip().lower()]
        mention.unit, mention.start = code, off + cur.start()
        off, before = tail(s, mention.start)
    why = _reject(s, before, start, end, core, mention.unit != "count" or scale > 1)
    if why:
        return None, why
    end = _unit_and_kind(s, mention, end)
    mention.end = end
    off, before = tail(s, mention.start)
    hedge = _HEDGE_BEFORE.search(before)
    if hedge and not (hedge.group("h").lower() == "over" and mention.unit in _DURATIONS):
        # "over 10 years" is a span of time, not a lower bound
        mention.qualifier = HEDGES[hedge.group("h").lower()]
        mention.hedge_start = off + hedge.start()
    return mention, None


def _reject(s: str, before: str, start: int, end: int, core: str, has_unit: bool) -> str | None:
    """The reason a bare number is not a claim (a year, a date, a reference), or None."""
    after = s[end : end + LOOK]
    plain = core.replace(",", "")
    if not has_unit and _DATE_AFTER.match(after) and plain.isdigit() and int(plain) <= 31:
        return "date (day of month)"
    if not has_unit and _DATE_BEFORE.search(before) and plain.isdigit():
        return "date"
    if _REFERENCE.search(before) and not has_unit:
        return "reference number (article, law, page, unit)"
    if before.rstrip().endswith("©"):
        return "page furniture"
    if (
        not has_unit
        and re.fullmatch(r"(1[89]|20)\d\d", core)
        and not _UNIT_AFTER.match(after)
        and not _ORDINAL.match(after)
        and not re.match(r"\s+(?:of\s+the\s+)?\d", after)
    ):
        return "year"
    return None


def _unit_and_kind(s: str, mention: Mention, end: int) -> int:
    """Read what follows the number (ordinal suffix, age, unit, currency word); return new end."""
    if _ORDINAL.match(s, end) and mention.unit == "count":
        mention.kind, mention.unit = "ordinal", "rank"
        end = _ORDINAL.match(s, end).end()  # type: ignore[union-attr]
        return end
    age = _AGE.match(s, end)
    if age and mention.unit == "count":
        mention.kind, mention.unit = "age", "age_year"
        return age.end()
    if (
        mention.unit == "count"
        and mention.value < 130
        and _AGE_BEFORE.search(tail(s, mention.start)[1])
    ):
        mention.kind, mention.unit = "age", "age_year"
        return end
    unit = _UNIT_AFTER.match(s, end)
    if unit:
        word = unit.group("u").lower()
        if word in CURRENCY_WORDS and mention.unit == "count":
            mention.unit = CURRENCY_WORDS[word]
            return unit.end()
        if word in UNITS and mention.unit == "count":
            mention.unit = UNITS[word][0]
            return unit.end()
    return end


def is_rank(sentence: str, mention: Mention) -> bool:
    """An ordinal that is a rank ("ranked 171st", "171st out of 180"), not "the 3rd time"."""
    return bool(
        _RANK_CONTEXT.search(tail(sentence, mention.start)[1])
        or _RANK_AFTER.match(sentence[mention.end : mention.end + LOOK])
    )
