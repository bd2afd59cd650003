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
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# Compound scales read after digits ("₹6.2 lakh crore"); words combine them in _words.py
SCALES_COMPOUND = {"lakh crore": 1e12, "lakh crores": 1e12}  # fmt: skip
SCALE_ABBREV = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
# Abbreviations that may also stand apart from the number ("10 bln", "$5 bn")
SCALE_SPACED = {"mln": 1e6, "bn": 1e9, "bln": 1e9, "tln": 1e12, "trn": 1e12}

# Currency marks before the number, and currency words after it -> ISO 4217 code.
# ISO codes read before or after a number ("USD 200", "200 usd"); "try" is a word, not a code.
# ISO codes read before an amount ("NOK 85 billion"); not those that are also English words
# ("TRY") or names of other things ("PHP")
CODES = """usd eur gbp rub uah kzt cny jpy chf inr cad aud hkd nzd sgd mxn sek pln btc nok dkk
    czk huf zar brl krw ils ngn kes egp vnd idr myr thb ghs bdt pkr lkr etb ugx tzs ttd jmd bbd
    clp""".split()
CURRENCY_PREFIX = {
    "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH", "₸": "KZT",
    "c$": "CAD", "ca$": "CAD", "cad$": "CAD", "a$": "AUD", "au$": "AUD", "aud$": "AUD",
    "hk$": "HKD", "nz$": "NZD", "nzd$": "NZD", "s$": "SGD", "mex$": "MXN", "mxn$": "MXN",
    "¥": "JPY", "₹": "INR", "₩": "KRW", "₺": "TRY", "₿": "BTC", "rmb": "CNY",
    "₡": "CRC", "₾": "GEL", "₭": "LAK", "₦": "NGN", "₱": "PHP", "₫": "VND", "₪": "ILS",
    "rs": "INR", "rs.": "INR", "r$": "BRL", "ksh": "KES", "sh": "KES", "nt$": "TWD",
    "zł": "PLN", "tk": "BDT", "tk.": "BDT", "tt$": "TTD", "bds$": "BBD", "j$": "JMD",
    "jm$": "JMD", "ec$": "XCD", "rm": "MYR", "rp": "IDR", "rp.": "IDR", "gh₵": "GHS", "₵": "GHS",
} | {c: c.upper() for c in CODES}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "us dollars": "USD", "us dollar": "USD",
    "u.s. dollars": "USD", "euros": "EUR", "euro": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "roubles": "RUB", "rubles": "RUB",
    "rouble": "RUB", "ruble": "RUB", "hryvnias": "UAH", "hryvnia": "UAH", "tenge": "KZT",
    "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY",
    "rmb": "CNY", "元": "CNY", "rupees": "INR", "rupee": "INR", "indian rupees": "INR",
    "francs": "CHF", "franc": "CHF", "swiss francs": "CHF", "french francs": "FRF",
    "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD",
    "new zealand dollars": "NZD", "singapore dollars": "SGD", "mexican pesos": "MXN",
    "turkish lira": "TRY", "lira": "TRY", "liras": "TRY", "zloty": "PLN", "zlotys": "PLN",
    "forint": "HUF", "kronor": "SEK", "swedish kronor": "SEK", "rand": "ZAR", "shekels": "ILS",
    "shillings": "KES", "cfa francs": "XOF", "kroner": "NOK", "norwegian kroner": "NOK",
    "danish kroner": "DKK", "danish krone": "DKK", "norwegian krone": "NOK",
    "kenyan shillings": "KES", "ugandan shillings": "UGX",
    "tanzanian shillings": "TZS", "reais": "BRL", "brazilian reais": "BRL", "naira": "NGN",
    "pesos": "MXN", "rupiah": "IDR", "ringgit": "MYR", "baht": "THB",
    "lari": "GEL", "korean won": "KRW", "south korean won": "KRW", "bitcoins": "BTC",
    "bitcoin": "BTC", "finnish markka": "FIM", "markka": "FIM", "pesetas": "ESP",
    "dutch guilders": "NLG", "guilders": "NLG", "deutsche marks": "DEM",
    "swiss franc": "CHF", "swedish crowns": "SEK", "swedish krona": "SEK", "danish crowns": "DKK",
    "norwegian crowns": "NOK", "czech crowns": "CZK", "koruna": "CZK", "korunas": "CZK",
    "icelandic kronur": "ISK", "krona": "SEK", "krone": "DKK", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD", "belarusian roubles": "BYN", "belarusian rubles": "BYN",
    "sudanese pounds": "SDG", "egyptian pounds": "EGP", "lebanese pounds": "LBP",
    "syrian pounds": "SYP", "zł": "PLN", "taka": "BDT", "dong": "VND", "birr": "ETB",
    "tunisian dinars": "TND", "algerian dinars": "DZD", "colombian pesos": "COP",
    "chilean pesos": "CLP", "argentine pesos": "ARS", "philippine pesos": "PHP", "kwacha": "ZMW",
    "zambian kwacha": "ZMW", "malawian kwacha": "MWK", "kina": "PGK",
    "cedis": "GHS", "soles": "PEN", "lei": "RON", "romanian lei": "RON", "leu": "RON",
} | {c: c.upper() for c in CODES}  # fmt: skip
# Currency symbols written after the number ("10 €", "100元"), unless a number follows them
CURRENCY_SUFFIX = {
    "€": "EUR", "$": "USD", "£": "GBP", "₽": "RUB", "₴": "UAH", "¥": "JPY", "₡": "CRC",
    "₾": "GEL", "₭": "LAK", "₦": "NGN", "₫": "VND", "₪": "ILS",
}  # fmt: skip
# Words after a number that carry a factor: sub-units ("34 cents" is 0.34 USD), the "MUSD"
# style of finance tables (millions of the currency), basis points (0.01 percentage point),
# decades (10 years) and the gas trade's volumes ("8.4 bcm": billion cubic metres).
CURRENCY_SCALED = {
    "cents": ("USD", 0.01), "cent": ("USD", 0.01), "euro cents": ("EUR", 0.01),
    "us cents": ("USD", 0.01),
    "pence": ("GBP", 0.01), "penny": ("GBP", 0.01), "pennies": ("GBP", 0.01),
    "kopecks": ("RUB", 0.01), "kopeks": ("RUB", 0.01), "kopiykas": ("UAH", 0.01),
    "paise": ("INR", 0.01), "paisa": ("INR", 0.01),
    "basis points": ("percentage_point", 0.01), "basis point": ("percentage_point", 0.01),
    "bps": ("percentage_point", 0.01),
    "decades": ("year", 10.0), "decade": ("year", 10.0), "centuries": ("year", 100.0),
    "century": ("year", 100.0),
    "megalitres": ("l", 1e6), "megalitre": ("l", 1e6), "megaliters": ("l", 1e6),
    "gigalitres": ("l", 1e9),
    "bcm": ("m3", 1e9), "tcm": ("m3", 1e12), "bcf": ("ft3", 1e9), "tcf": ("ft3", 1e12),
} | {f"m{c}": (c.upper(), 1e6) for c in CODES if c != "btc"}  # fmt: skip

# Physical and other units after the number: canonical unit -> the words written for it. The
# unit's dimension and conversion factor are in figcheck/units.py (UNIT_TABLE), in one place.
_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "percentage_point": ("percentage points", "percentage point"),
    "percent": ("per cent", "percent", "%", "percents", "percentage", "pc"),
    "km": ("km", "kilometres", "kilometers", "kilometre", "kilometer"),
    "mi": ("miles", "mile"),
    "m": ("metres", "meters", "metre", "meter", "m"),
    "t": ("tonnes", "tonne", "tons", "t", "metric tons", "metric tonnes", "ton"),
    "kg": ("kg", "kilograms", "kilogram", "kilos", "kilo", "kilogrammes", "kilogramme"),
    "MW": ("mw", "megawatts", "megawatt"),
    "GW": ("gw", "gigawatts", "gigawatt"),
    "ha": ("hectares", "ha", "hectare"),
    "km2": ("square kilometres", "sq km", "square kilometers", "km2", "km²", "square kilometre",
        "square kilometer"),
    "second": ("seconds", "second", "secs", "sec"),
    "minute": ("minutes", "minute", "mins", "min"),
    "hour": ("hours", "hour", "hrs", "hr"),
    "day": ("days", "day"),
    "week": ("weeks", "week"),
    "month": ("months", "month"),
    "year": ("years", "year"),
    "ft": ("feet", "foot", "ft"),
    "in": ("inches", "inch"),
    "cm": ("cm", "centimetres", "centimeters"),
    "mm": ("mm", "millimetres", "millimeters"),
    "lb": ("lbs", "lb"),
    "oz": ("ounces", "ounce"),
    "g": ("grams", "grammes", "gram"),
    "acre": ("acres", "acre"),
    "m2": ("square metres", "square meters", "sq m", "m2", "m²", "square metre", "square meter"),
    "mi2": ("square miles", "square mile"),
    "gal": ("gallons", "gallon"),
    "l": ("litres", "liters", "litre", "liter"),
    "ml": ("ml",),
    "bbl": ("barrels", "barrel", "bpd", "b/d"),
    "ft3": ("cubic feet",),
    "ft2": ("square feet", "square foot", "sq ft"),
    "nmi": ("nautical miles", "nautical mile"),
    "ly": ("light years", "light-years", "light year", "light-year"),
    "m3": ("cubic metres", "cubic meters", "cubic metre", "cubic meter"),
    "cm3": ("cc", "cm3", "cubic centimetres", "cubic centimeters"),
    "hp": ("bhp", "hp", "horsepower"),
    "mph": ("mph", "miles per hour", "miles an hour"),
    "km/h": ("km/h", "kph", "kmph", "km/hr", "kilometres per hour", "kilometers per hour"),
    "kW": ("kw", "kilowatts", "kilowatt"),
    "Wh": ("watt-hours", "watt-hour", "watt hours"),
    "kWh": ("kwh", "kilowatt-hours", "kilowatt hours"),
    "MWh": ("mwh", "megawatt-hours", "megawatt hours"),
    "GWh": ("gwh", "gigawatt-hours", "gigawatt hours"),
    "TWh": ("twh", "terawatt-hours", "terawatt hours"),
    "mg": ("mg", "milligrams", "milligram"),
    "kcal": ("calories", "kcal", "kilocalories"),
    "magnitude": ("magnitude",),
    "ppm": ("ppm", "parts per million"),
    "ppb": ("ppb", "parts per billion"),
}  # fmt: skip
UNITS: dict[str, str] = {w: unit for unit, words in _UNIT_WORDS.items() for w in words}
# Temperatures: an offset scale, so no factor (figcheck/units.py converts them explicitly).
# A bare "degrees" or "°" may be a temperature or an angle: unit "deg", never converted.
TEMPERATURES = {
    f"{deg}{sep}{scale}": unit
    for deg in ("degrees", "degree", "deg", "deg.", "°")
    for sep in (" ", "")
    for scale, unit in (("celsius", "degC"), ("centigrade", "degC"), ("c", "degC"),
                        ("fahrenheit", "degF"), ("f", "degF"), ("celcius", "degC"),
                        ("farenheit", "degF"))
    if sep or deg == "°"
} | {
    "celsius": "degC", "celcius": "degC", "centigrade": "degC", "fahrenheit": "degF",
    "farenheit": "degF", "℃": "degC", "℉": "degF", "degrees": "deg", "degree": "deg",
    "deg": "deg", "°": "deg",
}  # fmt: skip

# Hedge phrases before a number -> qualifier class. The class fixes the interval (news.py).
HEDGES = {
    "about": "approx", "around": "approx", "roughly": "approx", "approximately": "approx",
    "some": "approx", "an estimated": "approx", "estimated": "approx", "close to": "below",
    "in the region of": "approx", "something like": "approx", "on the order of": "approx",
    "nearly": "below", "almost": "below", "just under": "below", "at least": "at_least",
    "no fewer than": "at_least", "no less than": "at_least", "not less than": "at_least",
    "more than": "more_than", "over": "more_than", "above": "more_than",
    "upwards of": "more_than", "in excess of": "more_than", "exceeding": "more_than",
    "exceeds": "more_than", "exceed": "more_than", "surpass": "more_than",
    "surpassing": "more_than", "tops": "more_than", "topped": "more_than",
    "topping": "more_than", "up to": "up_to", "as many as": "up_to", "as much as": "up_to",
    "as long as": "up_to", "as high as": "up_to", "over the age of": "more_than",
    "under the age of": "less_than", "above the age of": "more_than", "near": "approx",
    "closer to": "approx", "the best part of": "below",
    "at most": "up_to", "a minimum of": "at_least", "a maximum of": "up_to",
    "longer than": "more_than", "shorter than": "less_than", "beyond": "more_than",
    "no more than": "up_to", "not more than": "up_to", "not exceeding": "up_to",
    "less than": "less_than", "fewer than": "less_than", "under": "less_than",
    "below": "less_than", ">": "more_than", "<": "less_than", ">=": "at_least",
    "≥": "at_least", "=>": "at_least", "<=": "up_to", "≤": "up_to", "=<": "up_to",
    "< =": "up_to", "> =": "at_least", "at least or equal to": "at_least",
    # verbs of passing a mark, read as hedges only where the words allow it (_hedges.py)
    "passed": "more_than", "pass": "more_than", "passes": "more_than", "passing": "more_than",
    "crossed": "more_than", "cross": "more_than", "crosses": "more_than",
    "crossing": "more_than", "past": "more_than",
}  # fmt: skip


def _comparatives() -> dict[str, str]:
    """ "greater than" (strict), "greater than or equal to" (closed), "no greater than" (the
    other side, closed), for every comparative of either side."""
    out: dict[str, str] = {}
    for side, words in (("above", "greater larger bigger higher more"),
                        ("below", "smaller lower less fewer")):  # fmt: skip
        strict, closed, negated = (
            ("more_than", "at_least", "up_to")
            if side == "above"
            else ("less_than", "up_to", "at_least")
        )
        for w in words.split():
            out[f"{w} than"], out[f"no {w} than"] = strict, negated
            for form in ("{} than or equal to", "{} or equal than", "{} or equal to",
                         "equal to or {} than", "equal or {} than"):  # fmt: skip
                out[form.format(w)] = closed
    return out


HEDGES = _comparatives() | HEDGES

# Hedges after a number: "50 or more", "200 or greater", "30 or fewer", "6,000 or so"
HEDGES_AFTER = {
    "more": "at_least", "greater": "at_least", "above": "at_least", "higher": "at_least",
    "over": "at_least", "less": "up_to", "fewer": "up_to", "below": "up_to", "lower": "up_to",
    "under": "up_to", "older": "at_least", "younger": "up_to", "so": "approx",
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

# superlatives that mark a benchmark: "the highest since 2001", "the first drop in a decade"
SUPERLATIVES = """highest lowest biggest largest smallest worst best first fastest slowest strongest
    weakest deadliest warmest hottest coldest wettest driest most""".split()

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
    across against among between including per cent percent out worth costing valued includes
    include comprises down
    """.split()
)
# Verbs that end a subject phrase before a number ("Bilateral trade | reached $26 billion").
PRE_VERBS = set(
    """
    is are was were be been being will would has have had reached reach reaches totalled totaled
    totalling totals total stood stands stand rose rise rises risen fell fall falls fallen grew
    grow grows grown hit hits amounted amounts came comes come climbed dropped declined increased
    decreased jumped surged run runs ran expected said says put puts valued ranked ranks placed
    numbered numbers exceeded topped doubled worth tripled quadrupled halved lost improved
    worsened averaged averages shrank shrunk
    """.split()
)
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her"}
