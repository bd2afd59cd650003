"""The time a figure refers to: a year, a financial year, "since", "overnight", a month."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from figcheck.extractors._lexicon import MONTHS, SUPERLATIVES
from figcheck.extractors._mention import comma_before
from figcheck.extractors._months import AHEAD, MONTH_NUM, Month, month_of
from figcheck.extractors._months import months as months_of
from figcheck.extractors._quarters import quarter_of, quarters

# a year, digit first so the engine skips to digits: not "$2020", "1,2020", "2020.5"
_YEAR = re.compile(r"((?:19|20)\d\d)(?<![\w.$€£]\d{4})(?<!\d,\d{4})\b(?!,\d|\.\d)")
_SINCE = re.compile(
    r"\bsince\s+(?:(?P<month>" + "|".join(MONTHS) + r")\s+)?(?P<year>(?:18|19|20)\d\d)\b", re.I
)
_RELATIVE = re.compile(
    r"\b(overnight|last night|last year|this year|next year|last month)\b", re.I
)
_YEARS_OFF = {"last year": -1, "this year": 0, "next year": 1}  # from the publication year
_AGO = {w: -n for n, w in enumerate("one two three four five six seven eight nine ten".split(), 1)}
_AGO["a"] = -1
_YEARS_AGO = rf"((?:{'|'.join(_AGO)}|\d{{1,2}})\s+years?\s+ago)\b"  # "four years ago"
_AGO_REL = re.compile(rf"\b{_YEARS_AGO}", re.I)  # read only where " ago" is: "Four years ago,"
_AGO_AFTER = re.compile(rf"(?:\s+of\s+the\s+[a-z]+)?\s+{_YEARS_AGO}", re.I)  # "35 per cent (of
# the vote) | four years ago"


def _years_off(word: str) -> int | None:
    """How many years from the publication year a relative time is: "last year" -1, "four
    years ago" -4; None for a time that is no year ("overnight", "last month")."""
    if word in _YEARS_OFF:
        return _YEARS_OFF[word]
    if not word.endswith(" ago"):
        return None
    count = word.split()[0]
    return -int(count) if count.isdigit() else _AGO.get(count)


_COMPARED_BEFORE = re.compile(
    r"\b(?:since|than|compared\s+with|the\s+same\s+(?:period|month|quarter|time)\s+(?:of|in|last))"
    r"\s+(?:(?:late|early|mid-?|the\s+end\s+of|the\s+start\s+of)\s+)?(?:[A-Z][a-z]+\s+)?$",
    re.IGNORECASE,
)
_Match = re.Match[str] | None


def period_of(sentence: str, start: int, end: int, published: date | None) -> str | None:
    """The time a figure refers to: "since 2022-02", "2023", "2025-26" (a financial year),
    "FY2025", "2021 to 2023", "night to 2025-03-15", or None."""
    if published is not None and " ago" in sentence:
        ago = _AGO_AFTER.match(sentence, end)  # "won 35 per cent four years ago", "up from 48
        off = _years_off(ago.group(1).lower()) if ago else None  # percent four years ago"
        if off is not None:
            return str(published.year + off)
    if sentence.startswith(_EARLIER_STARTS, end) and _EARLIER_AFTER.match(sentence, end):
        return None  # "from Rs 849 crore a year earlier": not the time of the sentence (the
        # caller dates it a year before the figure it is compared with: `year_before`)
    since, years_all, rel, months, asides, fourths = _sentence_times(sentence)
    if not (years_all or since or rel or months or fourths):
        return None  # most sentences name no time at all
    left, right = _clause(sentence, start, end)
    if fourths:  # "0.1% in the third quarter of 2023": a quarter in the figure's clause
        ahead = AHEAD.search(sentence, left, right) is not None  # "a forecast for the fourth"
        quarter = quarter_of(sentence, fourths, (left, right, start, end), years_all, published,
                             ahead)  # fmt: skip
        if quarter:
            return quarter
    if rel is not None and published is not None and rel.start() - end in (1, 2):
        off = _years_off(rel.group(1).lower())  # "3.4 per cent this year and 2.8 per cent in
        if off is not None:  # 2027", "won 35 per cent four years ago"
            return str(published.year + off)
    right_after = _YEAR_AFTER.match(sentence, end) if years_all else None
    if right_after:  # "$26bn in 2022": the year that follows the figure
        for a, _b, text, _owned in years_all:
            if a == right_after.start(1):
                return text  # "in 2025-26", "in FY25"
        if not _FISCAL_AFTER.match(sentence, right_after.end(1)):
            return right_after.group(1)
    if (
        since
        and since.end() <= start
        and _AND_VERB.search(sentence, since.end(), start)  # not "grown 30% since 2018 and
        # imports 12%": a new verb after "and" ("and plans to treat another 40,000")
        and sentence[: since.start()].strip()  # "Since 1979, mines have killed ... and injured"
        and not _THAT_PERIOD.search(sentence, end, end + 40)  # "by 20% to 30% over that period"
    ):
        since = None  # "has rehabilitated 150,000 hectares since 2018 and plans to treat
        # another 40,000 hectares": the time of the first clause only
    month = month_of(sentence, months, rel, (left, right, end), published) if months else None
    if since and any(s0 <= since.start() < s1 and not s0 <= start < s1 for s0, s1 in asides):
        since = None  # "said Renate Kowalski, 71, who has lived on the estate since 1979."
    if since and month and not left <= since.start() < right:
        return month  # "which has recorded prices every week since 2022, estimated inflation
        # at 31% in January": the month in the figure's own clause
    if since:
        month = since.group("month")
        year = since.group("year")
        return f"since {year}-{MONTH_NUM[month.lower()]:02d}" if month else f"since {year}"
    if month:
        return month
    # the nearest year, in the figure's clause first; not the year of a figure it is compared
    # with ("rose to 44.6% from 38.2% in 2018": 2018 is the 38.2%'s)
    to_other = (  # "from 66 | to 68 by 2030"; not a range, "rise 10 to 12 inches by 2050"
        " by " in sentence
        and sentence[max(0, start - 6) : start].rstrip().endswith("from")
        and _TARGET_OF_OTHER.match(sentence, end) is not None
    )
    years = [
        (abs(a + b - start - end), y)
        for a, b, y, base in years_all
        if left <= a
        and b <= right
        and not base
        and not _other_figures(sentence, a, end)
        and not (a > end and to_other and _BY.search(sentence, 0, a))
    ]  # "raise the age from 66 to 68 by 2030": 2030 is the 68's
    own = rel if rel is not None and left <= rel.start() < right else None
    if rel is not None and own is None and rel.start() < left:  # "announced last month, ...,
        own = _relative(sentence, left, right)  # down from a target of 485,000 this year"
    own_rel = own is not None
    if not years and not own_rel:  # a year of another clause; not where the figure's own
        # clause names its time ("to peak at 5.4 per cent later this year, ..., in 2028")
        years = [
            (abs(a + b - start - end), y)
            for a, b, y, base in years_all
            if not base
            and not _other_figures(sentence, a, end)
            and not any(s0 <= a < s1 for s0, s1 in asides)
            and not any(q0 <= a < q1 for q0, q1, _, _ in fourths)
            and not (
                a > end
                and sentence.find(" by ", max(0, a - 20), a) >= 0
                and _BY.search(sentence, max(0, a - 20), a)
                and (to_other or (a > right and _owns(sentence, a)))
            )
        ]  # not a deadline in a later clause ("stood at 3.4 times, and the firm aims to cut that
        # to 3 times by the end of 2026"); not the year of an aside ("The CAQ, which won 90
        # seats in 2022, is projected to"), nor of another figure's quarter ("the 61,000
        # recorded in the first quarter of 2025")
    if years:
        return min(years)[1]
    if rel and published is not None and (own_rel or _opens(sentence, rel)):
        word = (own or rel).group(1).lower()  # its clause only, or one that opens the sentence
        if word in {"overnight", "last night"}:
            return f"night to {published.isoformat()}"
        off = _years_off(word)
        if off is not None:
            return str(published.year + off)
        year, month = divmod(published.year * 12 + published.month - 2, 12)  # last month
        return f"{year}-{month + 1:02d}"
    return None


def _owns(sentence: str, a: int) -> bool:
    """Whether the clause of the year at `a` has a figure of its own ("and aims to cut that to
    3 times by 2026"; not ", about 6% of its workforce, by 2026")."""
    left, right = _clause(sentence, a, a)
    return _DIGIT.search(sentence, left, a) is not None


_DIGIT = re.compile(r"\d")


def _other_figures(sentence: str, a: int, end: int) -> bool:
    """Whether the year at `a`, after the figure that ends at `end`, dates another figure that
    this one is compared with ("down 11% from 65,400 in 2024": 2024 is the 65,400's)."""
    return a >= end and _OTHER_FIGURE_YEAR.search(sentence, max(end, a - 80), a) is not None


_AND_VERB = re.compile(
    r"\band\s+(?:(?:has|have|had|will|would|is|are|was|were|plans|plan|aims|expects|wants|hopes"
    r"|intends|said|says)\b|[a-z]+ed\b|in\s+(?:19|20)\d\d\b)"  # "and in 2011 exceeds"
)
# a deadline: "by 2030", "by the end of 2026" (the end-anchored search reads up to its year)
_BY = re.compile(r"\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+)?$")
_TARGET_OF_OTHER = re.compile(r"\s+to\s+\D{0,3}\d")  # "from 66 | to 68"
_THAT_PERIOD = re.compile(r"\b(?:over|in|during)\s+(?:that|this|the\s+same)\s+(?:period|time)\b")
_ASIDE = re.compile(  # ", which won 90 seats in 2022,", ", a developer who bought it in 2021,",
    r",\s+(?:(?:a|an|the)\s+[^,;]{0,40}?\s)?(?:which|who|whose)\b[^,;]*(?:,|\.?$)"  # ", who has
)  # lived there since 1979."
_YEAR_AFTER = re.compile(
    r"[^,;\d]{0,12}?\b(?:in|during|for|of)\s+(?:the\s+)?(?:FY\s?)?((?:19|20)\d\d)\b(?!,\d)"
)
# a year that dates an event, not the figure: "Founded in 2018", "since records began in 1979"
_EVENT_YEAR_BEFORE = re.compile(
    r"\b(?:founded|established|set\s+up|formed|began|begun|started|built|opened|signed|adopted"
    r"|agreed|introduced|launched|created|enacted|set)\s+(?:in\s+)?$"
)  # "a format introduced in 2020", "the target its education department set in 2022"
# a year after another figure compared with: "58,200 wrote, down 11% from 65,400 in 2024",
# "1,480 reports, up from 940 at the previous regional elections in 2023"
_OTHER_FIGURE_YEAR = re.compile(
    r"\b(?:from|than|with|against|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
    r"\D{0,4}\d(?:[^,;]|(?<=\d),(?=\d)){0,60}$"
    r"|\b(?:double|twice|triple|half|treble|a\s+third\s+of|a\s+quarter\s+of)\s+the\s+(?:number"
    r"|figure|total|level|rate|amount|count|share)\s+(?:in|of|for|during)\s+(?:[A-Z][a-z]+\s+)?$"
)  # "2,240 patients, nearly double the number in July 2024": July 2024 is the number's
# a year or span that names a baseline: "the 1981-2010 average", "1850-1900 levels"
_BASELINE_AFTER = re.compile(
    r"(?:\s*(?:to|-|–)\s*(?:19|20)\d\d)?\s*(?:baseline|average|levels?|norm|mean)\b"
)


def year_before(sentence: str, end: int, other: str | None) -> str | None:
    """The period of a figure "a year earlier" than `other`, the period of the figure before it
    in the sentence ("rose to 5.2% in 2024 from 4.8% a year earlier": 2023; "2024-03" gives
    "2023-03", "2024-Q3" "2023-Q3", "2025-26" "2024-25"), or None."""
    if other is None or not sentence.startswith(_EARLIER_STARTS, end):
        return None
    if not _EARLIER_AFTER.match(sentence, end):
        return None
    shifted = _SHIFTABLE.fullmatch(other)
    if shifted is None:
        return None
    head, year, rest = shifted.groups()
    if rest[1:].isdigit() and int(rest[1:]) == (int(year) + 1) % 100:
        rest = f"-{int(year) % 100:02d}"  # a financial year, "2025-26": "2024-25"
    return f"{head}{int(year) - 1}{rest}"  # a month or a quarter keeps its number


_SHIFTABLE = re.compile(r"(FY|year to |)((?:19|20)\d\d)((?:-Q[1-4]|-\d\d)?)")
_EARLIER_STARTS = (" a year", " the year", " in the")
_EARLIER_AFTER = re.compile(
    r"\s+(?:(?:a|the)\s+year\s+(?:earlier|before|ago)|in\s+the\s+(?:previous|prior)\s+year)\b"
)
_FISCAL_AFTER = re.compile(r"[-/–]\d\d\b")
# the year of a figure compared with: "up from 38.2 per cent in 2018"
_BASE_ENDS = (" in", " during", " for", " of", " the")
_BASE_BEFORE = re.compile(
    r"\b(?:from|than|with|against|versus)\s+(?:about\s+|around\s+|some\s+|nearly\s+)?"
    r"(?:[^\s,;]|(?<=\d),(?=\d))*\d[^,;\d]{0,12}?\b(?:in|during|for|of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# spans of years and financial years: "between 2021 and 2023", "from 2013 to 2016", "2025-26",
# "2027/28", "FY25", "FY2024-25"
_YEAR_SPAN = re.compile(
    r"""\b(?:between\s+(?P<a>(?:19|20)\d\d)\s+and|from\s+(?P<b>(?:19|20)\d\d)\s+(?:to|until|through))
        \s+(?P<c>(?:19|20)\d\d)\b
    | \b(?:FY\s?)?(?P<f>(?:19|20)\d\d)[-/–](?P<g>\d\d(?:\d\d)?)\b(?![-/–]\d)
    | \bFY\s?(?P<h>\d\d(?:\d\d)?)\b(?![-/–]\d)""",
    re.VERBOSE,
)
# a year a figure is compared with, after it: "up 26% from 2023" (not "from 2023 to 2025"),
# "roughly flat on 2024"
_COMPARED_AFTER_FROM = re.compile(
    r"\b(?:up|down|higher|lower|more|less|fewer|flat|unchanged|rose|rise|risen|fell|fall|fallen"
    r"|dropped|drop|increased?|decreased?|gained|jumped|slipped|climbed)\b[^,;]{0,30}?"
    r"\b(?:from|on)\s+$",
    re.IGNORECASE,
)
_RANGE_AFTER = re.compile(r"\s*(?:to|until|through|-|–|and)\b", re.IGNORECASE)
# "the largest fire in the district since 2014": "since" after a superlative is the benchmark
_SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:"
    + "|".join(SUPERLATIVES)
    + r"|busiest|heaviest|sharpest|steepest|longest|shortest|greatest|fewest|only|record)\b[^,;]*$",
    re.IGNORECASE,
)


def _spans(sentence: str) -> list[tuple[int, int, str]]:
    """The spans of years and financial years in a sentence, as their period text."""
    found = []
    for m in _YEAR_SPAN.finditer(sentence):
        if m.group("c"):
            found.append((m.start(), m.end(), f"{m.group('a') or m.group('b')} to {m.group('c')}"))
        elif m.group("f"):
            first, second = int(m.group("f")), int(m.group("g"))
            if second % 100 == (first + 1) % 100 and (second < 100 or second == first + 1):
                found.append((m.start(), m.end(), f"{first}-{(first + 1) % 100:02d}"))
        else:
            year = int(m.group("h"))
            found.append((m.start(), m.end(), f"FY{year + 2000 if year < 100 else year}"))
    return found


def _relative(sentence: str, left: int, right: int) -> _Match:
    """The first relative time in sentence[left:right] that dates a figure ("last year")."""
    found = list(_RELATIVE.finditer(sentence, left, right))
    if " ago" in sentence:
        found = sorted([*found, *_AGO_REL.finditer(sentence, left, right)], key=lambda m: m.start())
    for rel in found:
        if rel.group(1).lower() == "overnight" and _RATE_AFTER.match(sentence, rel.end()):
            continue  # "the overnight lending rate": a name, not a time
        if rel.group(1).endswith("ago") and not _opens(sentence, rel):
            continue  # "up from 48 percent four years ago": the time of a figure compared
            # with; only "Four years ago, ..." dates a sentence (and one right after its figure)
        if _DATED_BEFORE.search(sentence, max(0, rel.start() - 24), rel.start()):
            continue  # "a study published last year estimated": the study's date; "the same
            # day last year", "up from last year": a time compared with
        return rel
    return None


def _opens(sentence: str, rel: re.Match[str]) -> bool:
    """Whether a time opens the sentence for all its figures: "Overnight, 51 of the 116 drones
    were shot down", "Last year, exports rose 5% and imports 3%"."""
    return not sentence[: rel.start()].strip(" \"'“‘(") and sentence.startswith(",", rel.end())


_RATE_AFTER = re.compile(r"\s+(?:lending|deposit|repo|interbank|index|rate|rates|market)\b")
_DATED_BEFORE = re.compile(
    r"\b(?:published|released|issued|announced|same\s+(?:day|period|month|week|quarter|time)"
    r"|than|from|with|against|on|took\s+out|taken\s+out|bought|signed|founded)\s+$"
)


def _clause(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of sentence[start:end] starts and ends: at commas, not those of
    thousands ("Rs 1,240 crore in FY25"), and at semicolons."""
    left = comma_before(sentence, start)
    right = sentence.find(",", end)
    while right > 0 and sentence[right - 1].isdigit() and sentence[right + 1 : right + 2].isdigit():
        right = sentence.find(",", right + 1)
    right = right if right != -1 else len(sentence)
    if ";" in sentence:  # "It said last year it would cut 1,500 jobs; Bendix said that 1,100"
        left = max(left, sentence.rfind(";", 0, start))
        semi = sentence.find(";", end, right)
        right = semi if semi != -1 else right
    return left + 1, right


def _of_base(sentence: str, a: int) -> bool:
    """Whether the year at `a` is that of a figure compared with ("from 38.2% in 2018")."""
    if not sentence[max(0, a - 8) : a].rstrip().lower().endswith(_BASE_ENDS):
        return False
    return _BASE_BEFORE.search(sentence, max(0, a - 48), a) is not None


@lru_cache(maxsize=16)
def _sentence_times(
    sentence: str,
) -> tuple[
    _Match,
    list[tuple[int, int, str, bool]],
    _Match,
    list[Month],
    list[tuple[int, int]],
    list[tuple[int, int, int, str]],
]:
    """Read once per sentence (not once per number): "since ...", its years (start, end, text,
    whether it is the year of a figure compared with), "last year", its months ("in
    January": start, number, year or ""), its asides (", which won 90 seats in 2022,"), its
    quarters (`_quarters.quarters`)."""
    found = list(_YEAR.finditer(sentence))
    low = sentence.lower()
    spans = (
        _spans(sentence)
        if "FY" in sentence
        or (found and ("between" in low or "from" in low or _MAY_SPAN.search(sentence)))
        else []
    )
    years: list[tuple[int, int, str, bool]] = []
    for m in found:
        a = m.start()
        if spans and any(s0 <= a < s1 for s0, s1, _ in spans):
            continue
        if _COMPARED_BEFORE.search(sentence, max(0, a - 32), a):
            continue  # not a year the figure is compared with: "the lowest since late 2021"
        if _EVENT_YEAR_BEFORE.search(low, max(0, a - 24), a) or _BASELINE_AFTER.match(low, m.end()):
            continue  # "Founded in 2018, ShipKaro runs 38 warehouses", "the 1981-2010 average"
        word = low[max(0, a - 6) : a].rstrip()
        if (
            word.endswith((" from", " on"))
            and _COMPARED_AFTER_FROM.search(sentence, max(0, a - 56), a)
            and not _RANGE_AFTER.match(sentence, m.end())
        ):
            continue  # "up 26 per cent from 2023"
        years.append((a, m.end(), m.group(1), _of_base(sentence, a)))
    for s0, s1, text in spans:
        if not _BASELINE_AFTER.match(low, s1):  # "above the 1850-1900 average"
            years.append((s0, s1, text, _of_base(sentence, s0)))
    since = _SINCE.search(sentence) if "since" in low else None
    if since and _SUPERLATIVE_BEFORE.search(sentence, max(0, since.start() - 80), since.start()):
        since = None
    rel = (
        _relative(sentence, 0, len(sentence))
        if "overnight" in low or "last " in low or "this year" in low or "next year" in low
        or " ago" in low
        else None
    )
    months = months_of(sentence, low)  # "in January", "for December 2025"
    asides = [m.span() for m in _ASIDE.finditer(sentence)] if "wh" in sentence else []
    fourths = (
        quarters(sentence) if "quarter" in low or "three months" in low or "Q" in sentence else []
    )
    return since, years, rel, months, asides, fourths


_MAY_SPAN = re.compile(r"\d\d[-/–]\d\d")
