"""quantulum3, run sentence by sentence, as a baseline extractor for comparison."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from figcheck.ids import claim_id
from figcheck.schemas import claims_frame
from figcheck.text import sentence_spans

NAME = "quantulum3"

# quantulum3 unit names -> figcheck's canonical units (see docs/units.md)
_UNITS = {
    "dimensionless": "count", "dollar": "USD", "united states dollar": "USD", "euro": "EUR",
    "pound sterling": "GBP", "russian ruble": "RUB", "percentage": "percent",
    "kilometre": "km", "mile": "mi", "metre": "m", "tonne": "t", "kilogram": "kg",
    "megawatt": "MW", "gigawatt": "GW", "hectare": "ha", "hour": "hour", "day": "day",
    "week": "week", "month": "month", "year": "year", "japanese yen": "JPY",
    "chinese yuan": "CNY", "swiss franc": "CHF", "australian dollar": "AUD",
    "canadian dollar": "CAD", "indian rupee": "INR", "foot": "ft", "inch": "in",
    "acre": "acre", "gallon": "gal", "barrel": "bbl", "square metre": "m2",
    "square kilometre": "km2", "ounce": "oz", "millimetre": "mm", "centimetre": "cm",
    "kilometre per hour": "km/h", "pound-mass": "lb", "litre": "l", "gram": "g",
}  # fmt: skip
# sub-units, stated in the main unit as figcheck does ("50 cents" is 0.50 USD)
_SUBUNITS = {"cent": ("USD", 0.01), "penny": ("GBP", 0.01)}


def extract(text: str, **context: Any) -> pd.DataFrame:
    """Claims found by quantulum3 (no hedges, subjects or periods: it does not read them)."""
    return claims_frame(extract_rows(text, **context))


def extract_rows(text: str, **context: Any) -> list[dict[str, Any]]:
    """The rows of `extract`, unvalidated, one per distinct span."""
    from quantulum3 import parser  # imported here: it loads its unit tables on import

    source_id = context.get("source_id", "text")
    rows = []
    for s0, s1 in sentence_spans(text):
        sentence = text[s0:s1]
        for q in parser.parse(sentence):
            a, b = q.span
            if a < 0 or b <= a or not math.isfinite(q.value) or text[s0 + a : s0 + b] != q.surface:
                continue
            unit, value = _UNITS.get(q.unit.name, q.unit.name), float(q.value)
            if q.unit.name in _SUBUNITS:
                unit, factor = _SUBUNITS[q.unit.name]
                value *= factor
            rows.append({
                "claim_id": claim_id(source_id, s0 + a, s0 + b), "source_id": source_id,
                "outlet": context.get("outlet"), "published": context.get("published"),
                "url": context.get("url"), "start": s0 + a, "end": s0 + b, "surface": q.surface,
                "sentence": sentence, "sentence_start": s0, "value": value,
                "unit": unit, "low": value, "high": value,
                "extractor": f"{NAME}",
            })  # fmt: skip
    seen: set[str] = set()  # quantulum3 can report one span twice: keep the first
    return [r for r in rows if not (r["claim_id"] in seen or seen.add(r["claim_id"]))]
