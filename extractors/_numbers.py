"""Find number mentions in a sentence: value, scale, unit or currency, hedge; discard non-claims."""

from __future__ import annotations

import re

from figcheck.extractors._bare import MANY, bare, marks_of, read_bare
from figcheck.extractors._hedges import read_hedge
from figcheck.extractors._lexicon import (
    CODES,
    CURRENCY_PREFIX,
    SCALE_ABBREV,
    SCALES,
    SMALL,
)
from figcheck.extractors._mention import (
    LOOK,
    Around,
    Discard,
    Mention,
    alt,
    ending,
    endings,
    letters_of,
    may_end,
    tail,
    word_starts,
    words_of,
)
from figcheck.extractors._nonclaims import blocked, reject
from figcheck.extractors._notation import EXPONENT, PLAIN, plain, round_half, scientific
from figcheck.extractors._rates import letter_amount, letter_currency
from figcheck.extractors._unitwords import (
    AFTER,
    SCALE_AFTER,
    SCALE_WORDS,
    UNIT_AFTER,
    age_bound,
    is_ordinal_word,
    read_after,
)
from figcheck.extractors._words import (
    FRACTIONS,
    ORDINALS,
    VULGAR,
    WORDS_PATTERN,
    hedged_units,
    one_counts,
    parse_words,
)

__all__ = ["Discard", "Mention", "find_mentions", "tail", "LOOK"]

_VULGAR = "".join(VULGAR)
_CODES = "|".join(c for c in CODES if c != "btc")


# Numbers in digits and in words are found by two patterns: their first characters never overlap,
# and a sentence without any number word (most of them) skips the slower words pattern.
_DIGITS = re.compile(
    rf"""
    (?=[\d{_VULGAR}])(?:                             # a digit first: cheap to rule out
      (?P<frac>(?<![\w.,/])(?:\d{{1,3}}\s{{1,2}})?\d{{1,2}}/\d{{1,2}}(?![\d/]))  # 3/4, 10 1/2
    | (?P<vulgar>(?<![\w.,])(?:\d{{1,3}}\s?)?[{_VULGAR}])  # ½, 2¼
    | (?P<clock>(?<![\w.,:])\d{{1,2}}:\d\d(?::\d\d(?:\.\d+)?|\.\d+)(?![\d:]))  # 2:01:09, 1:44.52
    | (?P<digits>(?:(?<![\w.,])|(?<=[A-Za-z])(?:(?<={_CODES})|(?<=\b[RNPK])|(?<=\bSh)|(?<=\bKSh)
                  |(?<=\bRM)|(?<=\bRp)))(?:  # 42; "USD115", "R1.7bn", "N4tn", "Sh60,000" too
                                     # (a letter first: after a digit no branch is tried)
        \d{{1,3}}(?:,\d{{3}})+                       # 1,739
      | \d{{1,2}}(?:,\d{{2}})+,\d{{3}}                # 12,34,567: lakh grouping
      | \d{{1,3}}(?:[\u202f\u00a0]\d{{3}})+          # 40 000 with a (narrow) no-break space
      | \d{{1,3}}(?:\ \d{{3}}){{2,}}|\d{{1,3}}\ 000  # 1 234 567, 40 000
      | \d+)(?:\.\d+)?                               # 42, 3.3
      (?:{EXPONENT})?(?![\d])))                     # 1.3e6, 6.2 x 10^-4, 2×10⁹
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORDS = re.compile(rf"(?=[adefhnoqstz]){WORDS_PATTERN}", re.VERBOSE | re.IGNORECASE)
_ABBR = re.compile(rf"(?:{alt(SCALE_ABBREV)})\b", re.IGNORECASE)
# "c $ 16.4 million": tokenised text puts a space inside the mark; not after one letter that
# may be a word ("a $5 fee"), nor after "'s"
_SPACED = "|".join(f"{p}\\s\\$" for p in ("c", "hk", "us", "cad", "aud", "nzd", "mxn", "mex"))
# "R$12 billion", "C$5": a letter before the dollar sign names the currency
_CUR_BEFORE = re.compile(
    rf"(?<![\w'’])(?:{_SPACED}|{alt(CURRENCY_PREFIX)})\s?$|(?:[$€£₽₴₸¥₹₩₺₿₡₾₭₦₱₫₪₵])\s?$",
    re.IGNORECASE,
)
# the last words the end-anchored patterns need (see `may_end`): most numbers have none of them
_CUR_ENDS = endings([*CURRENCY_PREFIX, "$"])
_NEG_ENDS = endings(["-", "minus", "negative", "−"], stops=False)
_NEG_BEFORE = re.compile(
    r"""
    (?:^|(?<=[\s(\[:=<>~]))(?:[-−]|(?:minus|negative)\s+)$  # "-5", "minus five"
    | (?<=[(\[=<>])\s*[-−]\s$           # "<= - 30"; elsewhere " - " is a dash or a list's bullet
    """,
    re.VERBOSE | re.IGNORECASE,
)
# denominators of fractions written in digits in news ("3/4", "2/3"); "9/11", "7/12" are dates
_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 16, 32, 100}
_AND_A_HALF = re.compile(r" and a half\b")
_VAGUE_BEFORE = re.compile(r"\b(?:several|a\s+few|few|many|some)\s+$", re.IGNORECASE)
_SEED_AFTER = re.compile(r"\s+seed\b", re.IGNORECASE)
_CHART_AT = re.compile(r"\b(?:at|to|from|reached|hit|hits|peaked\s+at)\s+no\.?\s+$")
_NAME_NEXT = re.compile(r"\s+[A-Z]")  # "at No 10 Downing Street" is an address
_LABEL_BEFORE = re.compile(
    r"(?P<mag>\bmagnitude[\s-]+)$|\b(?:world|seeded)\s+(?:number|no\.?)\s+$", re.IGNORECASE
)

# A sentence with neither a digit nor a number word holds no claim: skip it at once. "first" and
# "second" are looked at too, but the words pattern reads them only in a ranking.
_NUMBER_WORDS = frozenset([*SMALL, *SCALES, *FRACTIONS, *ORDINALS]) - {"first", "second"}
_RANK_WORDS = frozenset({"first", "second"})  # read only in a ranking ("finished second")
_ANY_NUMBER_WORD = _NUMBER_WORDS | _RANK_WORDS
_DIGIT = re.compile(rf"[\d{_VULGAR}]")
def _core_matches(sentence: str) -> list[re.Match[str]]:
    """The number candidates of a sentence in order: digits, and words where there are any.

    The digits pattern scans from the first digit; the words pattern is tried only where a
    number word, or an "a" before one, starts."""
    first = _DIGIT.search(sentence)
    words = words_of(sentence)
    present = _ANY_NUMBER_WORD.intersection(words)
    hedged = hedged_units(sentence, words)
    if hedged:
        present |= hedged
    if not present:
        return list(_DIGITS.finditer(sentence, first.start())) if first else []
    found = _word_matches(sentence, present)
    if first:
        found += _DIGITS.finditer(sentence, first.start())
        found.sort(key=lambda m: m.start())
    return found


def _word_matches(sentence: str, present: frozenset[str]) -> list[re.Match[str]]:
    """What _WORDS.finditer finds, tried only where a match can start: at one of the `present`
    number words, or at an "a" before one ("a dozen", "by a fifth"). Most sentences hold a
    number word or two ("one of", "the first") in a long stretch of other words."""
    letters = letters_of(sentence)  # lower case, a space for every other character
    starts = set(word_starts(sentence, present))
    for p in list(starts):
        q = p
        while q > 0 and letters[q - 1] == " ":
            q -= 1
        if letters[q - 2 : q] == " a" or (q == 1 and letters[0] == "a"):
            starts.add(q - 1)
        elif letters[q - 3 : q] == " an" or (q == 2 and letters[:2] == "an"):  # "over an hour"
            starts.add(q - 2)
    found, covered = [], 0
    for p in sorted(starts):
        m = _WORDS.match(sentence, p) if p >= covered else None
        if m:
            m = split_run(sentence, m)
            found.append(m)
            covered = m.end()
    return found


_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
_UNITS = frozenset(w for w, v in SMALL.items() if 0 < v < 20)  # "one" to "nineteen"


def split_run(sentence: str, m: re.Match[str]) -> re.Match[str]:
    """The first number of a words match that runs two together, else the match: an ordinal
    before another number word ("ninth two seasons ago"), or two numbers below twenty in a row
    ("three three-pointers", "one seven-day strike"). "twenty three", "two fifths" and "three
    hundred" are one number each. The second number starts a match of its own."""
    core = m.group(0)
    if " " not in core and "-" not in core:
        return m
    words = list(_WORD_TOKEN.finditer(core))
    for w, nxt in zip(words, words[1:], strict=False):
        a, b = w.group(0).lower(), nxt.group(0).lower()
        if a in ORDINALS or a == "second" or a in _UNITS and b in _UNITS:
            first = _WORDS.match(sentence, m.start(), m.start() + w.end())
            return first or m
    return m


def may_hold_numbers(text: str, start: int, end: int, letters: str) -> bool:
    """Whether text[start:end] holds a digit or a number word, the candidates find_mentions
    starts from; `letters` is `letters_only(text)`. Most sentences of news hold neither."""
    if _DIGIT.search(text, start, end):
        return True
    words = letters[start:end].split()
    return not _ANY_NUMBER_WORD.isdisjoint(words) or bool(
        hedged_units(text[start:end], words))


def find_mentions(
    sentence: str, letters: frozenset[str] = frozenset()
) -> tuple[list[Mention], list[Discard]]:
    """All number mentions of one sentence, and the candidates discarded with their reasons.

    `letters`: the currency letters the whole text uses ("N" for naira: see
    `letters_in_use`), which then mark small amounts too ("N185")."""
    mentions: list[Mention] = []
    discards: list[Discard] = []
    found = _core_matches(sentence)
    if not found:
        return mentions, discards
    marks = marks_of(sentence) if len(found) >= MANY else None
    spans = blocked(sentence)
    if letters:  # "N185" in a story of naira: money, not an identifier
        spans = [b for b in spans if not letter_amount(sentence, b, letters)]
    for b0, b1, reason in spans:
        if re.search(r"\d", sentence[b0:b1]):
            discards.append(Discard(b0, b1, sentence[b0:b1], reason))
    covered = 0  # where the last mention ends: "7 and a half years" holds no second number
    for m in found:
        if m.start() < covered or any(b0 <= m.start() < b1 for b0, b1, _ in spans):
            continue
        if marks is not None and m.lastgroup == "digits" and bare(sentence, m, marks):
            mention, why = read_bare(sentence, m)
        else:
            mention, why = _read(sentence, m, letters)
        if mention is not None:
            mentions.append(mention)
            covered = mention.end
        elif why:
            discards.append(Discard(m.start(), m.end(), m.group(0), why))
    return mentions, discards


def _number(s: str, m: re.Match[str]) -> tuple[float, int, float, str, int] | str | None:
    """(value, decimals, scale, core text, end) of a core match, or why it is no number."""
    end, kind = m.end(), m.lastgroup
    if kind == "clock":  # a race time: in hours (h:mm:ss) or minutes (m:ss.ff)
        parts = m.group(0).split(":")
        seconds = float(parts[-1])
        decimals = len(parts[-1].split(".")[1]) if "." in parts[-1] else 0
        if len(parts) == 3:
            return int(parts[0]) + int(parts[1]) / 60 + seconds / 3600, decimals, 1 / 3600, "", end
        return int(parts[0]) + seconds / 60, decimals, 1 / 60, "", end
    if kind in ("frac", "vulgar"):
        core = m.group(0)
        whole, _, rest = core.rpartition(" ") if " " in core.strip() else ("", "", core)
        if kind == "vulgar":
            whole, rest = core[:-1].strip(), core[-1]
            part = VULGAR[rest]
        else:
            num, den = (int(x) for x in rest.split("/"))
            if not 0 < num < den or den not in _DENOMINATORS:  # "9/11" is a date
                return "ratio, score or date, not a fraction"
            part = num / den
        return (float(whole) if whole.strip() else 0.0) + part, 2, 1.0, core, end
    if kind == "digits":
        core = m.group(0)
        if not PLAIN.fullmatch(core):  # an exponent follows the digits
            return scientific(core, end)
        value = float(plain(core))
        decimals = len(core.split(".")[1]) if "." in core else 0
        # every abbreviation starts with a letter ("bn", "m", "k")
        attached = _ABBR.match(s, end) if s[end : end + 1].isalpha() else None
        scale = 1.0
        if attached:
            scale, end = SCALE_ABBREV[attached.group(0).lower()], attached.end()
        elif not decimals and s.startswith(" and a half", end) and _AND_A_HALF.match(s, end):
            value, end = value + 0.5, end + len(" and a half")  # "7 and a half years": exact
        return value, decimals, scale, core, end
    core = m.group(0)
    parsed = parse_words(core)
    if parsed is None:
        return None  # a lone "a" or "half": not a number at all
    value, scale = parsed
    if core.lower() == "dozen" and _VAGUE_BEFORE.search(tail(s, m.start(), 16)[1]):
        return "vague quantity"  # "several dozen protesters"
    if core.lower() in {"one", "a"}:
        after = s[end : end + LOOK]
        counted = core.lower() == "one" and one_counts(s, m.start(), end)
        if not (SCALE_AFTER.match(after) or UNIT_AFTER.match(after) or counted):
            return "pronoun or article, not a quantity" if core.lower() == "one" else None
    decimals = 0 if scale == 1 or float(value / scale).is_integer() else 1  # "half a million"
    return value / scale, decimals, scale, core, end


def _read(
    s: str, m: re.Match[str], letters: frozenset[str] = frozenset()
) -> tuple[Mention | None, str | None]:
    """Turn one core match into a mention, or say why it is not one."""
    start = m.start()
    got = _number(s, m)
    if not isinstance(got, tuple):
        return None, got
    value, decimals, scale, core, end = got
    more = SCALE_AFTER.match(s, end)
    if more:
        scale, end = scale * SCALE_WORDS[more.group("s").lower()], more.end()
    kind = m.lastgroup
    if kind == "clock":  # the half-width of the last digit of the seconds, in hours or minutes
        unit = "hour" if scale == 1 / 3600 else "minute"
        half = 0.5 * 10**-decimals * scale if decimals else 0.0  # whole seconds: exact, as "38"
        return Mention(start, end, value, half, unit=unit, scale=1.0), None
    mention = Mention(start, end, value * scale, 0.0, scale=scale)
    if kind in ("frac", "vulgar"):
        mention.half = 0.0 if scale == 1 else 0.5 * 10 ** (-decimals) * scale
    elif scale != 1 or decimals:
        mention.half = 0.5 * 10 ** (-decimals) * scale
    elif value >= 100 and core.rstrip("0") != core and "." not in core:
        mention.half = round_half(core, value)
    if kind == "words" and is_ordinal_word(core):
        mention.kind, mention.unit = "ordinal", "rank"
    before = tail(s, start)[1]
    last = ending(before)  # the end-anchored patterns below run only where it allows them
    cur = _CUR_BEFORE.search(s, max(0, start - 10), start) if may_end(last, _CUR_ENDS) else None
    if cur:
        code = CURRENCY_PREFIX[re.sub(r"\s", "", cur.group(0)).lower()]
        mention.unit, mention.start = code, cur.start()
    elif letter := letter_currency(s, start, scale, decimals, core, letters):  # "R1.7 billion"
        mention.unit, mention.start = letter, start - 1
    if scale == 1e6 and mention.unit == "count" and s[end - 1] in "mM" and _metres(s, start, end):
        scale = mention.scale = 1.0  # "1.8m tall": metres, not million
        mention.value, mention.half, mention.unit = value, 0.5 * 10**-decimals, "m"
    near = s[max(0, start - 16) : start].lower()
    label = None
    if "magnitude" in near or "world" in near or "seeded" in near:
        label = _LABEL_BEFORE.search(near)
    seed = label is None and near.endswith(("no ", "no. ")) and _SEED_AFTER.match(s, end)
    if label is None and not seed and near.endswith(("no ", "no. ")):  # "held at No 2" on a chart
        seed = _CHART_AT.search(near) is not None and not _NAME_NEXT.match(s, end)
    if (label or seed) and mention.unit == "count":  # "magnitude 6.8", "world number 4"
        if label and label.group("mag"):
            mention.unit, mention.start = "magnitude", start - len(near) + label.start()
        else:  # "world number 4", "seeded No 3", "the No 1 seed": a rank
            mention.kind, mention.unit = "ordinal", "rank"
    if mention.start != start:  # a currency mark or "magnitude" before: read from there
        before = tail(s, mention.start)[1]
        last = ending(before)
    neg = None
    if may_end(last, _NEG_ENDS):
        neg = _NEG_BEFORE.search(s, max(0, mention.start - 10), mention.start)
    if neg and s[max(0, neg.start() - 8) : neg.start()].lower() == "plus or ":
        neg = None  # "plus or minus 3 points": a margin, not a negative number
    column = neg is not None and s[max(0, neg.start() - 2) : neg.start()] in ("  ", "\t", " \t")
    if neg and (column or (s[: neg.start()].rstrip()[-1:] or "x") not in "0123456789-–—"):
        # not "10 -20" (a dash); in a table's columns ("30,423.81   -99.99") a sign
        mention.value, mention.start = -mention.value, neg.start()
        before = tail(s, mention.start)[1]
        last = ending(before)
    has_unit = mention.unit != "count" or scale > 1
    why = reject(Around(s, before, end, core, has_unit, last), UNIT_AFTER)
    if why:
        return None, why
    odd = s.startswith("-odd", end)  # "40-odd years": about 40
    if odd:
        end += 4
    if mention.kind != "ordinal":
        end = read_after(s, mention, end, not decimals and scale == 1 and kind == "digits")
    mention.end = end
    if kind == "words" and mention.unit == "count" and core.lower() == "a half":
        last = _unit_and_a_half(s, mention) or last  # "a year and a half"
        if mention.unit != "count" and _AGO.match(s, end):
            return None, "relative time (ago, earlier, later)"  # "a year and a half ago"
    read_hedge(s, mention, last)
    if mention.qualifier is None and m.group(0).lower() in ("a", "an"):
        return None, "one unit of time with no bound (\"spread over a year\")"
    if odd and mention.qualifier is None:
        mention.qualifier = "approx"
    age_bound(s, mention)
    return mention, None


_AGO = re.compile(r"\s+(?:ago|earlier|later|previously)\b", re.IGNORECASE)
_NOT_COUNTED = frozenset("and or but half other extra more".split())
_UNIT_AND = re.compile(r"\b(?:an?|one)\s+(?P<u>[a-z]+)\s+and\s+$", re.IGNORECASE)


def _unit_and_a_half(s: str, mention: Mention) -> str | None:
    """ "a year and a half", "an hour and a half": one and a half of the unit before; the
    mention starts at "a year". Returns the new ending before the mention, or None."""
    found = _UNIT_AND.search(s, max(0, mention.start - 24), mention.start)
    if found is None or found.group("u").lower() in _NOT_COUNTED:
        return None
    unit = AFTER.get(found.group("u").lower(), ("count", 1.0))  # "a game and a half": 1.5
    mention.unit, mention.value, mention.half = unit[0], 1.5 * unit[1], 0.0
    mention.start = found.start()
    return ending(tail(s, mention.start)[1])


_METRE_AFTER = re.compile(
    r"""\s*(?:-?(?:tall|long|high|wide|deep|thick)\b
    | (?:away|above|below|underground|under\s+water|in\s+(?:length|height|diameter|depth|width))\b
    | [x×]\s*\d)""",
    re.VERBOSE | re.IGNORECASE,
)
_METRE_BEFORE = re.compile(
    r"""\b(?:height|length|depth|width|outreach|altitude|elevation|radius|diameter|wingspan
    |span)\b[^,;.\d]{0,24}$
    | \dm\s*[x×]\s*$                                   # the second side of "1m x 1m"
    """,
    re.VERBOSE | re.IGNORECASE,
)


def _metres(s: str, start: int, end: int) -> bool:
    """ "1.8m tall", "outreach is 48m", "1m x 1m": an attached "m" that measures length."""
    return bool(_METRE_AFTER.match(s, end) or _METRE_BEFORE.search(tail(s, start)[1]))
