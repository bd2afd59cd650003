"""Word lists for the news extractor: number words, scales, units, currencies, hedges, events."""

from __future__ import annotations

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12,
}  # fmt: skip

# Scale words and abbreviations; abbreviations count only when attached ("3.3m", "$2.5bn").
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
SCALE_ABBREV = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}

# Currency marks before the number, and currency words after it -> ISO 4217 code.
CURRENCY_PREFIX = {
    "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH", "₸": "KZT",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "uah": "UAH", "kzt": "KZT",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "tenge": "KZT",
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "rub": "RUB", "uah": "UAH", "kzt": "KZT",
}  # fmt: skip

# Physical and other units after the number: surface -> (canonical unit, dimension, factor to
# the dimension's base unit). Conversions between units of one dimension go through the factor.
UNITS = {
    "percentage points": ("percentage_point", "percentage_point", 1.0),
    "percentage point": ("percentage_point", "percentage_point", 1.0),
    "per cent": ("percent", "percent", 1.0), "percent": ("percent", "percent", 1.0),
    "%": ("percent", "percent", 1.0),
    "km": ("km", "length", 1000.0), "kilometres": ("km", "length", 1000.0),
    "kilometers": ("km", "length", 1000.0), "kilometre": ("km", "length", 1000.0),
    "kilometer": ("km", "length", 1000.0), "miles": ("mi", "length", 1609.344),
    "mile": ("mi", "length", 1609.344), "metres": ("m", "length", 1.0),
    "meters": ("m", "length", 1.0), "tonnes": ("t", "mass", 1000.0), "tonne": ("t", "mass", 1000.0),
    "tons": ("t", "mass", 1000.0), "kg": ("kg", "mass", 1.0), "kilograms": ("kg", "mass", 1.0),
    "mw": ("MW", "power", 1e6), "megawatts": ("MW", "power", 1e6), "gw": ("GW", "power", 1e9),
    "gigawatts": ("GW", "power", 1e9), "hectares": ("ha", "area", 1e4), "ha": ("ha", "area", 1e4),
    "square kilometres": ("km2", "area", 1e6), "sq km": ("km2", "area", 1e6),
    "hours": ("hour", "duration", 3600.0), "hour": ("hour", "duration", 3600.0),
    "days": ("day", "duration", 86400.0), "day": ("day", "duration", 86400.0),
    "weeks": ("week", "duration", 604800.0), "week": ("week", "duration", 604800.0),
    "months": ("month", "duration", 2629746.0), "month": ("month", "duration", 2629746.0),
    "years": ("year", "duration", 31556952.0), "year": ("year", "duration", 31556952.0),
}  # fmt: skip

# Hedge phrases before a number -> qualifier class. The class fixes the interval (news.py).
HEDGES = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "close to": "below",
    "nearly": "below", "almost": "below", "just under": "below", "at least": "at_least",
    "no fewer than": "at_least", "no less than": "at_least", "more than": "more_than",
    "over": "more_than", "above": "more_than", "upwards of": "more_than",
    "in excess of": "more_than", "up to": "up_to", "as many as": "up_to", "at most": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than",
}  # fmt: skip

# Event verbs near a count -> canonical event, so that "drones launched" and "drones shot down"
# are told apart while "downed" and "destroyed" are not.
EVENTS = {
    "shot down": ("shot down", "downed", "destroyed", "intercepted", "neutralised", "neutralized",
                  "brought down", "repelled"),
    "launched": ("launched", "fired", "sent"),
    "killed": ("killed", "died", "dead"),
    "injured": ("injured", "wounded", "hurt"),
    "detained": ("detained", "arrested", "jailed", "imprisoned"),
    "left": ("left", "fled", "emigrated"),
    "registered": ("registered",),
}  # fmt: skip

MONTHS = (
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec"
).split()

# Words that end a noun phrase after a number ("116 drones | were shot down").
NP_STOP = set(
    """
    a an and are as at be been being but by can could did do does during for from had has have
    in into is it its may might must of off on onto or over per remain remained remains said says
    should since so than that the their there these they this those through to told under until
    up was were when where which while who whom will with within would according after before
    across against among between including per cent percent out
    """.split()
)
# Verbs that end a subject phrase before a number ("Bilateral trade | reached $26 billion").
PRE_VERBS = set(
    """
    is are was were be been being will would has have had reached reach reaches totalled totaled
    totalling totals total stood stands stand rose rise rises risen fell fall falls fallen grew
    grow grows grown hit hits amounted amounts came comes come climbed dropped declined increased
    decreased jumped surged run runs ran expected said says put puts valued ranked ranks placed
    numbered numbers exceeded topped doubled worth
    """.split()
)
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
