"""Numbers that are not claims: dates, years, references, times, phone numbers, identifiers."""

from __future__ import annotations

import re

from figcheck.extractors._lexicon import CODES, MONTHS
from figcheck.extractors._mention import Around, alt, endings, may_end
from figcheck.extractors._nonclaims_more import reject_nearby

_MONTH = alt(MONTHS)
_DATE_AFTER = re.compile(rf"^(?:\s*(?:-|–|to|and)\s*\d{{1,2}})?\s+(?:of\s+)?(?:{_MONTH})\b", re.I)
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?\s+$", re.IGNORECASE)
_DATE_ENDS = endings(MONTHS)  # what may end the text before the number (see `may_end`)
# words before a number that make it a reference, not a figure ("Article 5", "Unit 3"); the
# labels with a capital only when written so ("Line 4", "Season 2", "FTSE 100"). Both lists are
# tries (`alt`): the engine follows one branch per letter instead of trying every word.
_REFERENCE_WORDS = """no nos article articles art law unit section sections page pages p pp decree
    resolution item chapter chapters flight route room tel phone fax ext brigade regiment
    division paragraph paragraphs para clause clauses annex appendix junction junctions category
    categories tier phase stage grade graded level regulation directive band zone zones
    option ward platform postcode barangay precinct precincts lap routes""".split() + [
    "polling station", "on day", "from day"]
_LABELS = """Line Season Series Episode Flat Apartment Platform Gate Terminal FTSE Nasdaq DAX CAC
    Nikkei Stoxx Russell S&P IBEX Kospi Sensex Nifty Fortune Year HB SB Ward Interstate Highway
    Class Week Barangay Region Channel Court Rule Turn Game Branch Day Round Lap""".split() + [
    "Hang Seng", "Key Stage"]
_REFERENCE = re.compile(
    rf"\b(?:{alt(_REFERENCE_WORDS)}|(?-i:{alt(_LABELS)}))\.?\s?#?\s?$", re.IGNORECASE
)
_REFERENCE_ENDS = endings([*_REFERENCE_WORDS, *_LABELS, "#"])
# the later parts of a reference: "1457" and "2023" in "No. 2-1457/2023"
_REFERENCE_PART = re.compile(r"(?:[\dA-Z][\dA-Za-z]*[-/])+$")
# a list after a plural reference word: "junctions 10 and 11", "articles 5, 7 or 9"
_REFERENCE_LIST = re.compile(
    r"\b(?:nos|pp|articles|sections|pages|paragraphs|clauses|chapters|junctions|zones|routes"
    r"|platforms|flights|wards)\.?\s*"
    r"(?:\d+[A-Za-z]?(?:,\s*|\s+(?:and|or|to)\s+|\s*[-–]\s*))+$",
    re.IGNORECASE,
)
_LIST_GAP = (" and ", " or ", " to ", ", ", "-", "–")
_FAR_YEAR = re.compile(r"21\d\d")
_HHMM = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_ZONE_AFTER = re.compile(r"\s*(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|IST|hrs\b|local\s+time)")
_BY_BEFORE = re.compile(r"\b(?:by|until|before|in|from)\s+$", re.I)
# "the top five brands", "our November top 12", "the national top 20"
_TOP_BEFORE = re.compile(
    r"(?:\b(?:the|a|our|their|its|his|her|national|world|global)|(?<=\s)(?-i:[A-Z][a-z]+))"
    r"\s+top\s+$",  # a capital word, but not the first of the sentence ("Exports top 500")
    re.I,
)
# "two-wheelers", "three-pointers", "a four-seater": the number names a kind of thing
_NAMED_KIND = re.compile(  # "two-wheelers", "a three-way race"; "a two-bedroom flat" counts
    r"-(?:wheel|point|seat)ers?\b|-way\s+(?:races?|contests?|fights?|split)\b", re.I
)
# "seven in the morning", "six o'clock", "12 noon": an hour in words or digits
_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
_HOUR_AFTER = re.compile(
    r"\s+(?:o['’]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night|noon|midnight)\b",
    re.I,
)
# "call 101", "text 85258", "the hotline 1548": a short number to call
_CALL_BEFORE = re.compile(
    r"\b(?:call|calling|dial|dialling|text|ring|hotline|helpline|sms|whatsapp)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_CALL_ENDS = endings(
    "call calling dial dialling text ring hotline helpline sms whatsapp on".split(), stops=False
)
_TOP_ENDS = endings(["top"], stops=False)
_CALL_NEAR = re.compile(
    r"\b(?:call|calls|calling|dial|dialling|dialing|ring|phone)\b[^.;,]{0,20}$", re.I
)
_LINE_AFTER = re.compile(r"\s+(?:line|number|hotline|helpline|service)\b", re.I)
# "the number 72897", "shirt number 10" (not "migrants number 800,000": a verb)
_NUMBER_LABEL = re.compile(
    r"\b(?:the|a|shirt|jersey|lottery|ticket|catalogue|serial|house|bus|winning)\s+number\s+$", re.I
)
_EMERGENCY_AFTER = re.compile(r"\s+(?:calls?|number|line|operators?|services?)\b", re.I)
_PAGE_OF = re.compile(r"\bpage\s+\d+\s+of\s+$", re.IGNORECASE)  # "Page 4 of 12"
_IDENT = re.compile(
    rf"""
    \b(?=[A-Za-z]+-?\d)(?!(?i:{"|".join(CODES)})\d)  # "USD115" is money, not an identifier
    (?![RNP]\d[\d,]*(?:\.\d+)?\s?(?:billion|million|trillion|bn|m|tn)\b  # rand, naira, pesos
      |[RNP]\d[\d,]*\.\d\d\b|[RNP]\d{{1,3}}(?:,\d{{3}})+\b)
    (?!K?Sh\d)(?!RM\d|Rp\d)  # Kenyan shillings, ringgit, rupiah: "Sh500", "RM4,812"
    [A-Za-z]+-?\d+[A-Za-z\d]*(?:[-/]\d+[A-Za-z\d]*)*\b  # F-16, Su34, A320neo, A330-200
    | \b(?!\d+(?:\.\d+)?[eE][+-]?\d+\b)              # not 1.3e6 or 12e-1
      (?!\d+(?:m|km|cm|mm|ft|kg|t|mi|bn|mn|k)-[a-z])  # "30m-long", "$5bn-a-year": units
      (?!\d+(?:m|km|cm|mm|ft|mi)[23]\b)               # "40m2" is an area
      \d+
      (?:[A-Za-z]+-\w+ | (?![xX]\d)[A-Za-z]+\d[\w-]*)  # 2S-Msta, 2S19, 9K720; not 3x10^6
    | \b\d+-\d+[A-Za-z]\b                          # 747-8F
    """,
    re.VERBOSE,
)
# an identifier has a letter right before a digit, or letters and a hyphen after digits
_IDENT_HINT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d)|[A-Za-z]+-|(?<=\d-\d)[A-Za-z]\b)")
# The patterns below start with a character class where they can (a digit, "+" or "0"): the
# regex engine then skips to candidate characters instead of trying every position.
_PHONE = re.compile(
    r"""
    [+01](?:(?<=\+)\d{1,3}(?:[\s-]?\(?\d{2,4}\)?){2,}[\s-]?\d{2,4}  # +44 20 7946 0018
    | (?<!1)(?<!\w0)\d{2,4}(?:[\s-]\d{2,4}){2,3}\b      # national, leading zero: 0800 123 456
    | (?<![\w.,]0)(?<=0)\d{2,4}-\d{6,8}\b              # Indian, with the STD code: 0757-2460015
    | (?<![\w.,]1)(?<=1)[38]00[\s-]\d{3}[\s-]\d{3}(?![\d,])  # Australian 1800 160 421
    )
    """,
    re.VERBOSE,
)
_STREET = "Street|St|Road|Rd|Avenue|Ave|Lane|Square|Boulevard|Way"
# street words that also name other things ("the 3 Botanic Gardens"): only after "at", "on"...
_STREET_WEAK = "Gardens|Place|Crescent|Terrace|Drive"
_AT_BEFORE = re.compile(r"\b(?:at|on|to|from)\s+$", re.IGNORECASE)
# street words written before the name ("55 rue du Faubourg", "12 Via Veneto"), with particles
_STREET_FIRST = "[Rr]ue|Avenue|Boulevard|Bd|Place|Quai|All[ée]e|Chemin|Via|Viale|Corso|Calle"
_PARTICLE = r"(?:de\s+la|de|du|des|del|della|di|da|do|dos|das|la|le|les)\s+|[dl]['’]"
_NAME = r"[A-ZÀ-Þ][\w'’-]*"
# One scan for every span that starts at the first digit of a number (not inside a word); the
# branch that matched names the reason. Only the time branch ignores case ("11 P.M.").
_SPANS = re.compile(
    rf"""
    \d(?<!\w\d)
    (?:
      (?P<phone>                                    # North American: 1-800-273-8255,
        (?:(?<=1)[-.\s]\d{{3}}[-.] | \d\d[-.]       # 800-273-8255, (212) 555-0100
        | (?<=\(\d)\d\d\)\s?)
        \d{{3}}[-.]\d{{4}}(?![\d-]))
    | (?P<date>(?:\d{{0,3}}[./-]\d{{1,2}}[./-]\d{{2,4}}     # 17.07.2024, 21/05/2025, 2025-03-31
        | (?<=[12])\d{{3}}-\d\d-\d\d)(?![\d.,]?\d))
    | (?P<years>(?<=[12])\d{{3}}(?<=1[89]\d\d|20\d\d)[-–/]\d\d(?![\d,.]?\d))  # 2024-25, 1914-18
    | (?P<file>(?<=[12])\d{{3}}(?<=1[89]\d\d|20\d\d)/\d{{3,6}}(?!\d))      # case 2024/0187
    | (?P<score>\d{{0,2}}[-–]\d{{1,3}}(?![\d%.,]?\d|\s*(?:%|per))(?!-))  # 3-1, 112-104: see _SPORT
    | (?P<case>\d{{0,2}}-\d{{1,6}}/(?:1[89]|20)\d\d(?!\d))  # case number 2-1457/2023
    | (?P<time>(?i:\d?                              # the hour; not a race time "2:01:09"
        (?::\d{{2}}(?![:.]\d)(?:\s*(?:[ap]\.\s?m\b\.?|[ap]m\b))?   # 10:30, 10:30 pm
        | (?:\.\d{{2}})?\s*(?:[ap]\.\s?m\b\.?|[ap]m\b)   # 9am, 9.30 pm, 11 p.m.
        | \s*o['’]clock\b)))                         # 9 o'clock
    | (?P<address>\d{{0,3}}[A-Za-z]?\s+              # house number: 12, 221B
        (?:(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){{1,3}}  # "200 W. Main St."
        (?:{_STREET}|(?P<weak>{_STREET_WEAK}))\b  # High Street
        | (?:{_STREET_FIRST})\s+(?:{_PARTICLE})?{_NAME}  # rue du Faubourg Saint-Honoré
          (?:\s+(?:{_PARTICLE})?{_NAME}){{0,3}}))
    )
    """,
    re.VERBOSE,
)
_DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_ERA_AFTER = re.compile(r"\s?(?:BC|BCE|AD|CE)\b")
_ERA_STARTS = (" BC", " AD", " CE", "BC", "AD")
_REASONS = {
    "date": "date",
    "file": "reference number (case, file)",
    "score": "match score",
    "phone": "phone number",
    "years": "season or span of years",
    "case": "reference number (case, file)",
    "time": "time of day",
    "address": "street address",
}
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_DIGIT = re.compile(r"\d")
YEAR = re.compile(r"(1[89]|20)\d\d")
NUMBER_NEXT = re.compile(r"\s+(?:of\s+the\s+)?\d")


def blocked(sentence: str) -> list[tuple[int, int, str]]:
    """Spans that hold numbers which are not claims: times, phones, addresses, seasons, ids."""
    spans: list[tuple[int, int, str]] = []
    digit = _DIGIT.search(sentence)
    if not digit:
        return spans
    first = digit.start()  # the scans below start there, or at the "+" of "+44" before it
    phones = _PHONE.finditer(sentence, max(0, first - 1))
    spans += [(m.start(), m.end(), "phone number") for m in phones]
    runs: list[list[re.Match[str]]] = []  # scores next to each other: "6-2, 6-1, 6-3"
    for m in _SPANS.finditer(sentence, first):
        if m.lastgroup == "years" and not _span_of_years(m.group(0)):
            continue
        if m.lastgroup == "score":
            if runs and _SCORE_GAP.fullmatch(sentence, runs[-1][-1].end(), m.start()):
                runs[-1].append(m)
            else:
                runs.append([m])
            continue
        if (
            m.lastgroup == "address"
            and m.group("weak")
            and not _AT_BEFORE.search(sentence, max(0, m.start() - 8), m.start())
        ):
            continue
        spans.append((m.start(), m.end(), _REASONS[m.lastgroup]))  # type: ignore[index]
    for run in runs:  # a run is scores if one of them is ("cleared the Senate 68-32" is not)
        if any(_is_score(sentence, m.start(), m.end()) for m in run) or (
            len(run) > 1 and any(_descending(m.group(0)) for m in run)
        ):
            spans += [(m.start(), m.end(), "match score") for m in run]
    if _IDENT_HINT.search(sentence, first):
        spans += [(m.start(), m.end(), "identifier") for m in _IDENT.finditer(sentence)]
    line_start = 0
    for line in sentence.split("\n"):  # "- Harbour City 3 Westgate Rovers 1", a line each
        if (
            len(line) < 90
            and line.rstrip(" .;")[-1:].isdigit()  # a result line ends with its score
            and line.lstrip(" -*•")[:1].isupper()
        ):
            result = _RESULT_LINE.fullmatch(line)
            if result:
                spans += [
                    (line_start + result.start(g), line_start + result.end(g), "match score")
                    for g in ("a", "b")
                ]
        line_start += len(line) + 1
    return spans


# a score in a run of scores: "6-2, 6-1, 6-3", "7-6 (7-5)"; a run of ranges ("18-24, 25-34")
# only climbs, a run of scores has one that does not
_SCORE_GAP = re.compile(r"\)?\s*[,(]\s*")


def _score_ends(text: str) -> tuple[str, str]:
    """The two sides of a score: "6-4" -> ("6", "4")."""
    first, _, second = text.replace("–", "-").partition("-")
    return first, second


def _descending(text: str) -> bool:
    first, second = _score_ends(text)
    return first.isdigit() and second.isdigit() and int(first) >= int(second)


# a line of results: a team, its score, another team and its score
_TEAM = r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
_RESULT_LINE = re.compile(
    rf"\s*(?:[-*•]\s*)?{_TEAM}\s+(?P<a>\d{{1,3}})\s+{_TEAM}\s+(?P<b>\d{{1,3}})\s*[.;]?\s*"
)


# words that make "3-1" a match score, not a tally or a range: a sports verb or noun before it in
# its clause, or "win", "draw", "defeat" right after it
_SPORT_BEFORE = re.compile(
    r"""\b(?:won|win|wins|beat|beats|beating|beaten|lost|lose|loses|drew|draw|defeated|thrashed
    |edged|trailed|trailing|led|leading|victory|score|scored|scoreline|final|match|game|sets?|tie
    |clash|derby|semi-final|quarter-final|outscored|stretched|levelled|leveled|half-time|halftime
    |full-time)\b[^;.]{0,40}$""",
    re.VERBOSE | re.IGNORECASE,
)
_SPORT_AFTER = re.compile(
    r"\s*(?:win|victory|defeat|draw|loss|lead|home|away|thrashing|scoreline)\b", re.I
)


# "Harlow Vale 2-0 Ashford Town": a score between two names
_NAME_END = re.compile(r"[A-Z][\w'’.-]*\s$")
_NAME_AFTER = re.compile(r"\s[A-Z]")


def _is_score(sentence: str, start: int, end: int) -> bool:
    first, second = _score_ends(sentence[start:end])
    if first == second or _SPORT_AFTER.match(sentence, end):  # "2-2": no range has equal ends
        return True
    if (  # small numbers only: "Boeing 787-9 Dreamliner" is a model
        len(first) <= 2
        and len(second) <= 2
        and _NAME_AFTER.match(sentence, end)
        and _NAME_END.search(sentence, max(0, start - 30), start)
    ):
        return True
    return bool(_SPORT_BEFORE.search(sentence, max(0, start - 60), start))


def _is_reference_part(before: str) -> bool:
    """ "No. 2-" or "No. 2-1457/" before the number: it continues a reference number."""
    part = _REFERENCE_PART.search(before[-24:])
    return part is not None and bool(_REFERENCE.search(before[: len(before) - len(part[0])][-20:]))


def _span_of_years(text: str) -> bool:
    """ "2024-25", "1914-18": the two-digit end is later than the year (a season, a span)."""
    year, end = int(text[:4]), int(text[-2:])
    return end > year % 100 or end == (year + 1) % 100


def reject(around: Around, unit_after: re.Pattern[str]) -> str | None:
    """The reason a bare number is not a claim (a year, a date, a reference), or None."""
    s, before, end, core, has_unit, last = around
    after = s[end : end + 80]
    plain = core.replace(",", "")
    if not has_unit and plain.isdecimal() and int(plain) <= 31 and _DATE_AFTER.match(after):
        return "date (day of month)"
    # the end-anchored patterns run only where the words they need end `before` (`may_end`)
    if (
        not has_unit
        and may_end(last, _DATE_ENDS)
        and _DATE_BEFORE.search(before[-16:])
        and plain.isdigit()
    ):
        return "date"
    if not has_unit and may_end(last, _REFERENCE_ENDS) and _REFERENCE.search(before[-20:]):
        return "reference number (article, law, page, unit)"
    if not has_unit and before[-1:] in ("-", "/") and _is_reference_part(before):
        return "reference number (article, law, page, unit)"
    if not has_unit and before.endswith(_LIST_GAP) and _REFERENCE_LIST.search(before[-40:]):
        return "reference number (article, law, page, unit)"
    if not has_unit and before.endswith("of ") and _PAGE_OF.search(before[-20:]):
        return "page furniture"
    if (
        not has_unit
        and after[:1] == " "
        and (core.lower() in _HOURS or core.isdigit() and 1 <= int(core) <= 12)
        and _HOUR_AFTER.match(after)
    ):
        return "time of day"
    if (
        not has_unit
        and after[:1] == "."
        and after[1:2] in ("", " ", "\n")
        and len(core) <= 2
        and core.isdigit()
        and before.rsplit("\n", 1)[-1].strip(" -*•\t") == ""
    ):
        return "list number"  # "- 1. Erik Lindgren", "2. Liverpool 44 pts"
    if after[:1] == "-" and _NAMED_KIND.match(after):
        return "part of a name (two-wheeler, three-pointer)"
    if len(core) == 4 and _HHMM.fullmatch(core) and _ZONE_AFTER.match(after):
        return "time of day"  # "at 0600 GMT", "0300 local time"
    if "." in core and _DOTTED_TIME.fullmatch(core) and _ZONE_AFTER.match(after):
        return "time of day"  # "at 11.42 local time"
    if not has_unit and after.startswith(_ERA_STARTS) and _ERA_AFTER.match(after):
        return "year (BC or AD)"  # "in 1680 BC"
    if not has_unit and core in ("8", "16", "32", "64") and before.endswith("the last "):
        return "round of a knockout (the last 16)"
    if before.rstrip().endswith("©"):
        return "page furniture"
    if core in ("999", "911", "112", "000") and _EMERGENCY_AFTER.match(after):
        return "emergency phone number"
    if core in ("311", "211", "411") and _LINE_AFTER.match(after):
        return "phone number"  # "the city's 311 line" (not "311 calls")
    if not has_unit and before.endswith("number ") and _NUMBER_LABEL.search(before[-24:]):
        return "reference number (article, law, page, unit)"  # "the number 72897"
    if core in ("101", "111", "999", "911", "112") and _CALL_NEAR.search(before[-30:]):
        return "emergency phone number"  # "call police on 101", "call NHS 111", "dial 999"
    if (
        not has_unit
        and 3 <= len(core) <= 6
        and core.isdigit()
        and may_end(last, _CALL_ENDS)
        and _CALL_BEFORE.search(before[-16:])
    ):
        return "phone number"
    if not has_unit and _FAR_YEAR.fullmatch(core) and _BY_BEFORE.search(before[-10:]):
        return "year"  # "by 2100"
    if may_end(last, _TOP_ENDS) and _TOP_BEFORE.search(before[-24:]):
        return "top-N list, not a count"  # "the top five brands"
    if (
        not has_unit
        and YEAR.fullmatch(core)
        and not unit_after.match(after)
        and not _ORDINAL.match(after)
        and not NUMBER_NEXT.match(after)
    ):
        return "year"
    return reject_nearby(around, unit_after)
