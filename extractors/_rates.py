"""Exchange rates and local currencies: "4.98 per dollar" after "the real" is in reais."""

from __future__ import annotations

import re
from typing import Any

from figcheck.extractors._mention import Mention, found_whole
from figcheck.text import DATELINE

# the currency a rate is quoted in, by its name; a name that several currencies share ("peso",
# "franc", "krona") counts only with the country's adjective
_NAMES = {
    "rouble": "RUB", "ruble": "RUB", "real": "BRL", "rand": "ZAR", "zloty": "PLN",
    "złoty": "PLN", "rupee": "INR", "lira": "TRY", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "won": "KRW", "naira": "NGN", "ringgit": "MYR", "rupiah": "IDR",
    "baht": "THB", "forint": "HUF", "koruna": "CZK", "hryvnia": "UAH", "tenge": "KZT",
    "shekel": "ILS", "cedi": "GHS", "taka": "BDT", "dong": "VND", "lari": "GEL",
}  # fmt: skip
_BY_COUNTRY = {
    ("mexican", "peso"): "MXN", ("chilean", "peso"): "CLP", ("colombian", "peso"): "COP",
    ("argentine", "peso"): "ARS", ("argentinian", "peso"): "ARS", ("philippine", "peso"): "PHP",
    ("swiss", "franc"): "CHF", ("swedish", "krona"): "SEK", ("norwegian", "krone"): "NOK",
    ("danish", "krone"): "DKK", ("kenyan", "shilling"): "KES", ("egyptian", "pound"): "EGP",
    ("pakistani", "rupee"): "PKR", ("indian", "rupee"): "INR", ("turkish", "lira"): "TRY",
    ("canadian", "dollar"): "CAD", ("australian", "dollar"): "AUD", ("singapore", "dollar"): "SGD",
    ("taiwan", "dollar"): "TWD", ("hong kong", "dollar"): "HKD",
}  # fmt: skip
_ADJECTIVES = sorted({a for a, _ in _BY_COUNTRY}, key=len, reverse=True)
_SHARED = sorted({n for _, n in _BY_COUNTRY} - set(_NAMES), key=len, reverse=True)
_CURRENCY = re.compile(
    rf"""\b(?:(?P<adj>{"|".join(_ADJECTIVES)})\s+)?
    (?P<name>{"|".join(sorted(_NAMES, key=len, reverse=True))}|{"|".join(_SHARED)})s?\b""",
    re.VERBOSE | re.IGNORECASE,
)
# the other side of the rate: "per dollar", "to the dollar", "against the euro"
_PER = re.compile(
    r"\s+(?:per|a|to\s+the|against\s+the)\s+(?:US\s+)?(?:dollar|euro|pound|greenback)\b",
    re.IGNORECASE,
)


def read_rates(sentence: str, mentions: list[Mention]) -> None:
    """Give a bare number quoted "per dollar" (or euro, pound) the currency the sentence names
    before it: "Brazil's real firmed to 4.98 per dollar" is 4.98 BRL; so "the ringgit weakened
    against the US dollar to 4.41"."""
    against = "against" in sentence
    for m in mentions:
        if m.unit != "count" or m.scale != 1:
            continue
        stop = m.start
        if not (sentence[m.end : m.end + 1] == " " and _PER.match(sentence, m.end)):
            found = _AGAINST_TO.search(sentence, max(0, m.start - 60), m.start) if against else None
            if found is None:
                continue
            stop = found.start()  # the currency named before "against the dollar"
        names = list(_CURRENCY.finditer(sentence, 0, stop))
        code = _code(names[-1]) if names else None
        if code:
            m.unit = code


# "weakened 0.4 per cent against the US dollar to 4.41": the rate after "to"
_AGAINST_TO = re.compile(
    r"\bagainst\s+the\s+(?:US\s+)?(?:dollar|euro|greenback)\s+(?:to|at)\s+$", re.IGNORECASE
)


def _code(found: re.Match[str]) -> str | None:
    name = found.group("name").lower()
    adjective = (found.group("adj") or "").lower()
    if name == "peso" and not adjective:
        return "MXN"  # "the peso": Mexico's, unless the text names another peso country
    return _BY_COUNTRY.get((adjective, name)) or _NAMES.get(name)


# "pesos" with no country: the country the text names most (a story from Manila is in
# Philippine pesos); Mexico's when it names none of them. Counted as lower-case substrings,
# which is quick on a long text ("chile" counts "Chilean" too).
_PESO_PLACES = {
    "PHP": ("philippine", "filipino", "manila", "cebu", "davao"),
    "CLP": ("chile", "santiago", "valparaíso", "valparaiso"),
    "COP": ("colombia", "bogotá", "bogota", "medellín", "medellin"),
    "ARS": ("argentin", "buenos aires", "rosario"),
    "UYU": ("uruguay", "montevideo"),
    "DOP": ("dominican republic", "santo domingo"),
    "MXN": ("mexic", "guadalajara", "monterrey"),
}


_PESO_WINDOW = 10_000  # characters read on either side of the first amount in pesos
# Currencies named alike in several countries: "kwacha" and "K250" (Zambia's, Malawi's; "K" is
# also Papua New Guinea's kina), "rupees" and "Rs" (India's, Pakistan's, Nepal's, Sri Lanka's):
# the one of the country the text names most. Counted as lower-case substrings.
_SHARED_PLACES = {
    "ZMW": {
        "ZMW": ("zambia", "lusaka", "copperbelt", "ndola", "kitwe"),
        "MWK": ("malawi", "lilongwe", "blantyre", "zomba"),
        "PGK": ("papua new guinea", "port moresby", "kina"),
    },
    "INR": {
        "INR": ("india", "delhi", "mumbai", "bengaluru", "kolkata", "chennai", "crore", "lakh"),
        "PKR": ("pakistan", "karachi", "lahore", "islamabad", "rawalpindi", "peshawar"),
        "NPR": ("nepal", "kathmandu", "pokhara"),
        "LKR": ("sri lanka", "colombo", "kandy"),
    },
}


def local_shared(text: str, rows: list[dict[str, Any]]) -> None:
    """ "2,500 kwacha" and "K250" in a story from Malawi are Malawian kwacha (`MWK`), "K250" in
    one from Papua New Guinea kina (`PGK`); "500 million rupees" and "Rs 200" in a story from
    Nepal are Nepalese rupees (`NPR`; not "₹" or "Indian rupees"); the currency read stays
    where the text names no other country more."""
    for base, places in _SHARED_PLACES.items():
        first = next((r["start"] for r in rows if r["unit"] == base), None)
        if first is None:
            continue  # read around the first amount: a long text may hold many stories
        lower = text[max(0, first - _PESO_WINDOW) : first + _PESO_WINDOW].lower()
        top = _named_most(
            {code: sum(lower.count(k) for k in keys) for code, keys in places.items()}
        )
        if top is None or top[0] == base:
            continue
        for r in rows:
            surface = r["surface"].lower()
            if r["unit"] != base or any(k in surface for k in places[base][:1]) or "₹" in surface:
                continue  # "Zambian kwacha", "Indian rupees", "₹"
            if top[0] == "PGK" and not surface.startswith("k"):
                continue  # kina are written "K", not "kwacha"
            r["unit"] = top[0]


def local_pesos(text: str, rows: list[dict[str, Any]]) -> None:
    """ "2.1 billion pesos" in a story from Manila is in Philippine pesos (see _peso_of), read
    from the text around the first amount in pesos (a long text may hold many stories)."""
    first = next((r["start"] for r in rows if r["unit"] == "MXN"), None)
    if first is None:
        return
    code = _peso_of(text[max(0, first - _PESO_WINDOW) : first + _PESO_WINDOW])
    if code is None or code == "MXN":
        return
    for r in rows:
        surface = r["surface"].lower()
        if r["unit"] != "MXN" or "mex" in surface:
            continue
        before = r["sentence"][: r["start"] - r["sentence_start"]].lower()
        if "peso" in surface or ("peso" in before and "mexic" not in before):
            r["unit"] = code  # "2.1 billion pesos", "the peso ... at 4,100 per dollar"


def _peso_of(text: str) -> str | None:
    """The peso of the country `text` names most often, or None when it names none."""
    lower = text.lower()
    counts = {code: sum(lower.count(k) for k in keys) for code, keys in _PESO_PLACES.items()}
    top = _named_most(counts)
    return top[0] if top else None


def _named_most(counts: dict[str, int]) -> tuple[str, int] | None:
    """The code counted most, and its count, when one alone is counted most (and at all)."""
    best = max(counts.values(), default=0)
    leaders = [code for code, n in counts.items() if n == best]
    return (leaders[0], best) if best and len(leaders) == 1 else None


# "$" with no mark in a story from Sydney is in Australian dollars, as local papers write it
# (they write "US$" for American ones). The places that name each dollar's country (lower-case
# substrings: "australia" counts "Australians" too) and marks (as written), against those that
# name the United States. Counted with str.count, which is quick on a long text.
_DOLLAR_PLACES = {
    "AUD": ("australia", "sydney", "melbourne", "canberra", "brisbane", "perth", "adelaide",
            "hobart", "queensland", "tasmania", "victoria"),
    "NZD": ("new zealand", "wellington", "auckland", "christchurch"),
    "CAD": ("canad", "ottawa", "toronto", "montreal", "vancouver", "calgary", "edmonton",
            "winnipeg", "quebec", "ontario", "alberta"),
    "SGD": ("singapore",),
    "USD": ("united states", "america", "washington", "new york", "u.s.", "wall street",
            "federal reserve"),
}  # fmt: skip
_DOLLAR_MARKS = {
    "AUD": ("A$", "AU$", "AUD"), "NZD": ("NZ$", "NZD"), "CAD": ("C$", "CAD"), "SGD": ("S$", "SGD"),
    "USD": ("US$", "USD"),
}  # fmt: skip
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$|\b(?:dollars?|cents?)\b", re.IGNORECASE)
_US_CENTS = re.compile(r"\bcents\s+US\b|\bU\.?S\.?\s+cents\b")  # the sentence prices in US cents
_US_AFTER = re.compile(r"\s*(?:US|U\.S\.)(?![\w$])")
_US_MARK = re.compile(r"\b(?:US|U\.S\.|American)\b|US\$", re.IGNORECASE)


def local_dollars(text: str, rows: list[dict[str, Any]]) -> None:
    """ "$4.2b" in a story from Australia (its dateline, or the country it names most) is in
    Australian dollars; likewise New Zealand, Canada and Singapore. Read from the text around
    the first such amount. Not where an amount is given as the equivalent of another ("A$1.2
    billion ($800 million)"): that style writes its local dollars with their mark."""
    bare = [r for r in rows if r["unit"] == "USD" and _is_bare(r["surface"])
            and not _US_AFTER.match(text, r["end"])  # "72.1 cents US"
            and not ("cent" in r["surface"] and _US_CENTS.search(r["sentence"]))]
    if not bare:
        return
    first = bare[0]["start"]
    code = _dollar_of(text[max(0, first - _PESO_WINDOW) : first + _PESO_WINDOW])
    if code is None or code == "USD":
        return
    if any(r["equivalent_of"] is not None for r in bare):
        return  # "A$1.2 billion ($800 million)": the bare ones are American
    for r in bare:
        r["unit"] = code


def _is_bare(surface: str) -> bool:
    """Whether an amount read as USD names no country: "$4.2b", "300 dollars", "18 cents"."""
    return _BARE_DOLLAR.search(surface) is not None and _US_MARK.search(surface) is None


def _dollar_of(text: str) -> str | None:
    """The local dollar of a story: that of the place of its dateline ("PERTH —") if it names
    that country more often than the United States; else that of the country it names most
    often, three times at least and more than twice as often as the United States."""
    low = text.lower()
    counts = {
        code: sum(low.count(k) for k in keys) + sum(text.count(k) for k in _DOLLAR_MARKS[code])
        for code, keys in _DOLLAR_PLACES.items()
    }
    counts["SGD"] -= text.count("US$")  # "S$" is in "US$"
    us = counts.pop("USD")
    counts = {code: n for code, n in counts.items() if n}
    dateline = DATELINE.search(text)
    if dateline:  # a story from Brussels that names Canada: its "$" stays American
        if "(" in dateline.group(0):  # "SINGAPORE, Feb 10 (Reuters) -": a wire writes "S$"
            return None
        place = dateline.group("place").lower().strip()
        code = next((c for c, keys in _DOLLAR_PLACES.items() if place.startswith(keys)), None)
        if code is not None:
            return code if code != "USD" and counts.get(code, 0) + 2 > us else None
    top = _named_most(counts)  # no dateline, or a place not listed ("HORSHAM —", "BRUSSELS —")
    return top[0] if top and top[1] >= 3 and top[1] > 2 * us else None


# one capital letter that stands for a currency before an amount: rand, naira, Philippine pesos
_LETTER_CURRENCY = {"R": "ZAR", "N": "NGN", "P": "PHP", "K": "ZMW"}  # "K": only in use


def letter_currency(
    s: str, start: int, scale: float, decimals: int, core: str, letters: frozenset[str]
) -> str | None:
    """The currency of an "R", "N" or "P" right before an amount with a scale, cents or a
    thousands comma: "R1.7 billion" (rand), "N4tn", "N1,150" (naira), "P2.3 billion" (Philippine
    pesos); not "R2" (a road), "N95" (a mask) or "P4" (a label), unless the text uses that
    letter for money elsewhere (`letters`: "sold for about N185" in a story of naira)."""
    if start < 1 or s[start - 1] not in _LETTER_CURRENCY:
        return None
    if start >= 2 and (s[start - 2].isalnum() or s[start - 2] in "$'’"):
        return None
    if (
        s[start - 1] in letters
        or s[start - 1] != "K"
        and (scale >= 1e6 or decimals == 2 or "," in core)
    ):  # "K1.2 billion" is money only where the text names the kwacha or the kina
        return _LETTER_CURRENCY[s[start - 1]]
    return None


# an amount the letter surely marks: "N1,150", "N4tn", "R1.7 billion", "P2.3 billion" (the
# letter first, the lookbehind after it: the regex engine then skips to the three letters)
_SURE_LETTER = re.compile(
    r"([RNP])(?<![\w$'’][RNP])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?\s?(?:bn|tn|m|billion|trillion"
    r"|million)\b)"
)


def letters_in_use(text: str) -> frozenset[str]:
    """The currency letters ("R", "N", "P") that mark two sure amounts in `text` or more, and
    "K" where the text names the kwacha or the kina, or Zambia, Malawi or Papua New Guinea."""
    found = [m.group(1) for m in _SURE_LETTER.finditer(text)]
    kwacha = ["K"] if _K_AMOUNT.search(text) and _names_kwacha(text) else []  # "K250" in a
    # story of the kwacha or the kina
    return frozenset([*(c for c in set(found) if found.count(c) >= 2), *kwacha])


_PLAIN_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?")


_K_AMOUNT = re.compile(r"K\d")


def _names_kwacha(text: str) -> bool:
    """Whether `text` names the kwacha or the kina, or Zambia, Malawi or Papua New Guinea (as
    words, found as plain substrings: a regex over a long text is slow)."""
    low = text.lower()
    return any(
        found_whole(word, low, whole)
        for word, whole in (("kwacha", True), ("kina", True), ("zambia", False),
                            ("malawi", False), ("papua new guinea", True))
    )  # fmt: skip


_SCALE_NEXT = re.compile(r"\s?(?:billion|million|trillion|bn|tn|m)\b")


def letter_amount(s: str, span: tuple[int, int, str], letters: frozenset[str]) -> bool:
    """Whether an "identifier" span is a currency letter in use and a plain amount after a word
    of money or a hedge ("sold for about N185", "cost N500", "N25 to N30"); not "on the R21"
    or "40,000 N95 masks"."""
    b0, b1, reason = span
    if reason != "identifier" or s[b0] not in letters or not _PLAIN_AMOUNT.fullmatch(s, b0 + 1, b1):
        return False
    if _SCALE_NEXT.match(s, b1):  # "K1.2 billion"
        return True
    before = s[max(0, b0 - 16) : b0].split()
    return bool(before) and before[-1].lower() in _MONEY_CUES


# the word before a small amount after a currency letter that makes it money
_MONEY_CUES = frozenset(
    """for about around cost costs paid pay pays paying at from to than worth spend spends
    spent earn earns earned charge charges between and only just under over nearly almost
    roughly some up down by fell rose another extra additional with""".split()
)
