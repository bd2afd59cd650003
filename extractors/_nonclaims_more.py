"""Numbers that are not claims by the words around them: relative time, events, calibres, models."""

from __future__ import annotations

import re

from figcheck.extractors._mention import Around, alt, endings, may_end

# "four years ago", "two days later", "three to four years ago": a point in time, not an amount.
# A duration stays a claim: "a four-year sentence", "sentenced to four years", and "two years
# later than planned" (a delay: "than" follows).
_TIME_UNITS = alt(
    "second minute hour day night week fortnight month year decade century generation".split()
    + "seconds minutes hours days nights weeks fortnights months years decades centuries".split()
    + ["generations", "season", "seasons"]
)
_RELATIVE_TIME = rf"""
    (?:(?:to|or|[-–])\s*[\w.]+[\s-]+)?              # the far end of a range: "three to four"
    (?:and\s+a\s+half\s+)?
    (?:{_TIME_UNITS})
    \s+(?:ago|earlier|later|previously|hence|prior(?=\s+to\b|\s*[,.;)]|\s*$)
      |(?:after|into)(?=\s+(?:the|it|its|their|they|he|she|we|a|an)\b|\s+[A-Z])|to\s+the\s+day)\b
      # "four years after the invasion", "three years after it changed"
    (?!\s+than\b)
"""

# A race distance is the name of an event, not a length, when (1) an event word follows it
# ("the 200 metres final", "400m hurdles", "4x100m relay", "100m world record"), (2) it follows
# "men's" / "women's" ("the women's 800m"), or (3) it is the object of a racing verb with "the"
# ("won the 200 metres", "ran the 400m in 44 seconds"), unless "of" follows. Any other distance
# is a length claim: "1,500 metres of trench", "ran 200 metres to safety", "a 10km race".
_DISTANCE = alt(
    "m metre metres meter meters km kilometre kilometres kilometer kilometers mile miles".split()
    + ["yard", "yards"]
)
_EVENT_WORD = re.compile(
    r"""
    [\s-]+(?:(?:individual|mixed)\s+)?
    (?:finals?|semi-?finals?|quarter-?finals?|heats?|hurdles|steeplechase|freestyle|backstroke
    |breaststroke|butterfly|medley|relay|sprint|dash|title|crown|champion(?:ship)?s?|record
    |medal(?:list)?s?|gold|silver|bronze|event|runners?|sprinters?|swimmers?|hurdlers?
    |(?:world|olympic|national|european|continental)\s+(?:record|title|final|champion|gold))\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
_RACE_BEFORE = re.compile(
    r"""
    (?:\b(?:won|wins?|winning|took|takes|claimed|clinched|ran|runs?|running|swam|swims?
        |swimming|raced?|races|racing
        |contest(?:ed|s|ing)?|entered|enters|qualif(?:ied|ies|y)\s+for
        |switched\s+from|moved\s+up\s+to|stepped\s+up\s+to
        |(?:gold|silver|bronze|medal|title|victory)\s+in)\s+the\s+
        (?:(?:fastest|quickest|slowest|second-fastest|third-fastest)\s+)?
    | \b(?:women|men|girls|boys)['’]s\s+)
    (?:(?:olympic|world|european|national|indoor|outdoor)\s+)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_AND_DISTANCE = re.compile(rf"\s+(?:and|or)\s+(?:the\s+)?\d[\d,]*\s?(?:{_DISTANCE})\b",
                           re.IGNORECASE)

# A calibre names a weapon or its ammunition: "155mm shell", "120mm tank rounds", "a
# .50-calibre gun". "Rainfall of 155mm" is a length, and "a 155mm shell costs $3,000" keeps
# the price.
_WEAPONS = alt(
    "calibre caliber shell shells round rounds artillery howitzer howitzers gun guns cannon".split()
    + "cannons mortar mortars ammunition ammo munition munitions projectile projectiles".split()
    + "cartridge cartridges bullet bullets rifle rifles barrel barrels weapon weapons".split()
    + "rocket rockets missile missiles pistol pistols".split()
)
_CALIBRE = rf"""
    (?:calibre|caliber)\b
    | (?:mm|millimetres?|millimeters?)\b
      (?:\s*(?:and|or|,|/)\s*\d+(?:\.\d+)?\s?-?mm\b)*  # "152mm and 155mm shells"
      [\s-]+(?:[A-Za-z]+(?:-[A-Za-z]+)?\s+)?           # "artillery", "self-propelled", "tank"
      (?:{_WEAPONS})\b
"""

# A chip's process node is a name: "3-nanometre technology", "a 5nm chip"; "a 40nm film" is a
# length
_NODE_WORDS = r"(?:process|technology|node|chips?|processors?|manufacturing|generation)\b"

# A model designation: a number right after a maker, a product line or a variant word
# ("Boeing 737", "737-800", "MAX 9", "Falcon 9", "Windows 11"), or after a product name in
# camel case ("iPhone 15", "iOS 17"), or before a variant word ("the 737 Max", "15 Pro").
_MODEL_WORDS = [
    *"Airbus Boeing Embraer Bombardier Cessna Antonov Tupolev Ilyushin Sukhoi Mikoyan Saab"
    .split(),
    *"Yakovlev Fokker Gulfstream Learjet Beechcraft Comac ATR Falcon Soyuz Apollo".split(),
    *"Artemis PlayStation Xbox Windows Android Pixel Formula Model Version Mk Block MAX".split(),
    *"Voyager Landsat Sentinel Leopard Patriot Abrams Challenger Starship Galaxy FIFA".split(),
    "Type", "type",  # "Type 26 frigates", "type 2 diabetes"
]
_MODEL_SET = frozenset(_MODEL_WORDS)
_CAMEL = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z]+")  # iPhone, iOS, macOS; not pH

# "temperatures in the low 30s", "into the mid-40s": a band of ten, not a figure
_BAND = re.compile(r"\bthe\s+(low|mid|high|upper|lower)[-\s]?$", re.IGNORECASE)
# "in his 40s", "in their early 20s and late 30s": a decade of life, not a number of things
_DECADE_OF_LIFE = re.compile(
    r"""
    \b(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[-\s]?)?
    (?:\d0['’]?s\s*(?:and|or|to|-|–)\s*(?:(?:early|mid|late)[-\s]?)?)?$
    """,
    re.VERBOSE | re.IGNORECASE,
)


# One match right after the number says which of the rules above may apply (most numbers
# fail it at the first characters); the branch that matched names the rule.
_NEAR = re.compile(
    rf"""
    (?P<decade>['’]?s\b)
    | (?:[x×]\d+)?\s?-?                                 # "4x100m", " ", "-"
      (?:(?P<distance>(?:{_DISTANCE})\b)
      | (?P<calibre>{_CALIBRE})
      | (?P<relative>{_RELATIVE_TIME})
      | (?P<node>(?:nm|nanomet(?:re|er)s?)[\s-]+(?:[a-z]+\s+)?{_NODE_WORDS})
      | (?P<model>(?:MAX|Max|neo|Dreamliner|Pro|Ultra)(?![\w-])|(?<=\b[2-6])G\b))  # "3G network"
    """,
    re.VERBOSE,  # the words in lower case, as in running text: matching any case is slower
)


_EVENT = "name of an event (200 metres final)"
# "for (at least) 48 hours after", "delayed by almost 5 hours after", "in the 72 hours after
# its launch": a span, then its start
_SPAN_BEFORE = re.compile(
    r"\b(?:for|by|lasted|lasting|within|(?:in|during|over)\s+the)\s+"
    r"(?:(?:at\s+least|about|around|nearly|almost|more\s+than"
    r"|up\s+to|some|just|only|over)\s+)?$",
    re.IGNORECASE,
)
_FIRST_ENDS = endings(["first", "last"], stops=False)
_FIRST_PERIOD = re.compile(r"\b(?:first|last)\s+$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s+(?:months|weeks|days|quarters|years)\s+(?:of|in)\b")


_PRICE_BEFORE = re.compile(  # "$6.23 | a dozen", "90 pence per | dozen"
    r"(?:[$€£¥₹₦₱]\s?\d[\d.,]*|\d[\d.,]*\s?(?:cents|pence|p))\s+(?:per\s+)?$"
)


def reject_nearby(around: Around, unit_after: re.Pattern[str]) -> str | None:
    """The reason a number is not a claim, read from the words right around it, or None."""
    s, before, end, core, has_unit, last = around
    if has_unit:  # money or a scale word; "100m" is read as a scale first
        attached = end >= 2 and s[end - 1] in "mM" and s[end - 2].isdigit()
        return _EVENT if attached and _attached_event(s, before, end, core) else None
    if core.lower().endswith("dozen") and _PRICE_BEFORE.search(before[-24:]):
        return "unit of sale (per dozen)"  # "averaged $6.23 a dozen"
    first = may_end(last, _FIRST_ENDS) and _FIRST_PERIOD.search(before[-8:])
    if first and _PERIOD_AFTER.match(s, end):
        return "period of time, not a figure"  # "in the first nine months of 2022"
    near = _NEAR.match(s, end)
    rule = near.lastgroup if near else None
    if rule == "relative" and not _SPAN_BEFORE.search(before[-24:]):
        return "relative time (ago, earlier, later)"  # not "for at least 48 hours after the"
    if rule == "distance":
        return _EVENT if _event(before, s, near.end() if near else end) else None
    if rule == "calibre":
        return "calibre (weapon designation)"
    if rule == "node":
        return "process node (a name, not a length)"
    if rule == "decade" and len(core) == 2 and core[1] == "0" and core[0] != "0":
        if _DECADE_OF_LIFE.search(before[-40:]):
            return "vague age (decade of life)"
        if before.endswith(("'", "’")):
            return "decade ('80s)"
        band = _BAND.search(before[-24:])
        if band:
            return f"vague band (the {band.group(1).lower()} {core}s)"
    if (
        len(core.partition(".")[0]) < 5  # "737", "3.1"; not "2,000"
        and core.replace(".", "", 1).isdigit()
        and (rule == "model" or _model_before(before))
        and not unit_after.match(s, end)
    ):
        return "model name or designation"
    return None


def _attached_event(s: str, before: str, end: int, core: str) -> bool:
    """ "the 100m final": an attached "m" read as a scale, then the event rule; not "$5m"."""
    start = end - 1 - len(core)
    if start > 0 and (s[start - 1] != " " or not before.rstrip()[-1:].isalpha()):
        return False  # "$5m", "£5m": money
    return _event(before, s, end)


def _event(before: str, s: str, stop: int) -> bool:
    """A race distance ending at `stop` names an event (see the rule above `_DISTANCE`)."""
    if _EVENT_WORD.match(s, stop):
        return True
    pair = _AND_DISTANCE.match(s, stop)  # "the 800m and 3,000m steeplechase"
    if pair and _EVENT_WORD.match(s, pair.end()):
        return True
    return bool(_RACE_BEFORE.search(before[-40:])) and not _OF_AFTER.match(s, stop)


def _model_before(before: str) -> bool:
    """The number follows a maker, product line or variant word: "Boeing ", "Boeing 737-"."""
    head = before[-24:]
    if head[-1:] == "-":  # the second part of "737-800"
        head = head[:-1].rstrip("0123456789")
    if head[-1:] != " ":
        return False
    word = head[head.rfind(" ", 0, len(head) - 1) + 1 : -1].lstrip("(\"'“‘")
    if word in _MODEL_SET:
        return True
    return word[:1].islower() and not word.islower() and bool(_CAMEL.fullmatch(word))
