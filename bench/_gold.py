"""Gold cases for the benchmarks: data/gold news sentences and the Recognizers-Text specs."""

from __future__ import annotations

import json
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GOLD, EVAL = ROOT / "data" / "gold", ROOT / "data" / "eval"

# Recognizers-Text unit labels -> figcheck's canonical units (None: no canonical unit).
RT_UNITS = {
    "Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Pound": "GBP",
    "British pound": "GBP", "Russian ruble": "RUB", "Kilometer": "km", "Mile": "mi",
    "Meter": "m", "Kilogram": "kg", "Metric ton": "t", "Ton": "t", "Megawatt": "MW",
    "Hectare": "ha", "percent": "percent", None: "count",
    "Japanese yen": "JPY", "Chinese yuan": "CNY", "Swiss franc": "CHF", "Franc": "CHF",
    "Australian dollar": "AUD", "Canadian dollar": "CAD", "Hong Kong dollar": "HKD",
    "New Zealand dollar": "NZD", "Mexican peso": "MXN", "Turkish lira": "TRY", "Rupee": "INR",
    "Bitcoin": "BTC", "Finnish markka": "FIM", "Peseta": "ESP", "Netherlands guilder": "NLG",
    "Foot": "ft", "Inch": "in", "Gallon": "gal", "Barrel": "bbl", "Acre": "acre",
    "Square meter": "m2", "Square kilometer": "km2", "Ounce": "oz", "Cubic foot": "ft3",
    "Mile per hour": "mph", "Kilometer per hour": "km/h", "Millimeter": "mm",
    "Centimeter": "cm", "Milliliter": "ml", "Liter": "l", "Gram": "g",
    "C": "degC", "F": "degF", "Degree": "deg",
}  # fmt: skip
# Sub-units: figcheck states them in the main unit ("50 cents" is 0.50 USD), so the gold does too
RT_SCALED = {"Cent": ("USD", 0.01), "Pence": ("GBP", 0.01), "Penny": ("GBP", 0.01)}
# Ages in other units than years (AgeModel labels)
RT_AGES = {"Year": "age_year", "Month": "age_month", "Week": "age_week", "Day": "age_day",
           "Age": "age_year"}  # fmt: skip
# quantulum3 temperature units, so that its temperatures meet figcheck's degC and degF
Q_TEMPERATURE = {
    "degree Celsius": "degC", "degree fahrenheit": "degF", "degree Fahrenheit": "degF",
    "degree angle degree Celsius": "degC", "degree angle": "deg",
}  # fmt: skip
PHYSICAL = {
    "km", "mi", "m", "kg", "t", "MW", "GW", "ha", "km2", "ft", "in", "cm", "mm", "lb", "oz", "g",
    "acre", "m2", "mi2", "gal", "l", "ml", "bbl", "ft3", "m3", "mph", "km/h", "kW", "kWh",
    "MWh", "GWh", "TWh", "deg",
}  # fmt: skip


@dataclass
class Case:
    """One text with its gold items; `kind` scopes precision (see data/eval/README.md)."""

    id: str
    text: str
    gold: list[dict[str, Any]]
    kind: str  # news | currency | dimension | temperature | age | percent | number | range


def pin_hash_seed() -> None:
    """Re-run this script with PYTHONHASHSEED=0: quantulum3's results depend on set order."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        os.execve(sys.executable, [sys.executable, *sys.argv], env)


def news_cases(name: str) -> list[Case]:
    out = []
    for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        out.append(Case(c["id"], c["text"], c["quantities"], "news"))
    return out


def _kind(source: str) -> str:
    name = source.rsplit("/", 1)[-1].removesuffix("Model.json").lower()
    return {"numberrange": "range"}.get(name, name)


def rt_cases() -> list[Case]:
    out = []
    path = EVAL / "recognizers_text_en.jsonl"
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        c = json.loads(line)
        kind = _kind(c["source"])
        gold = []
        for q in c["quantities"]:
            unit, value = RT_UNITS.get(q["unit"], q["unit"]), q["value"]
            if q["unit"] in RT_SCALED:
                unit, factor = RT_SCALED[q["unit"]]
                value = value * factor
            unit = RT_AGES.get(q["unit"], unit) if kind == "age" else unit
            unit = "lb" if kind == "dimension" and q["unit"] == "Pound" else unit
            gold.append({**q, "value": value, "unit": unit, "qualifier": None, "whole": None})
        out.append(Case(f"rt-{i}", c["text"], gold, kind))
    return out


def rt_range_cases() -> list[Case]:
    out = []
    path = EVAL / "recognizers_text_en_numberrange.jsonl"
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        c = json.loads(line)
        gold = []
        for r in c["ranges"]:
            lo, hi = r["lower"], r["upper"]
            if lo is not None and hi is not None:
                value, qual = (lo + hi) / 2, "range"
            elif lo is not None:
                value, qual = lo, "at_least" if r["lower_inclusive"] else "more_than"
            else:
                value, qual = hi, "up_to" if r["upper_inclusive"] else "less_than"
            span = {k: r[k] for k in ("start", "end", "surface")}
            gold.append({**span, "value": value, "unit": "count", "qualifier": qual, "whole": None})
        out.append(Case(f"rtr-{i}", c["text"], gold, "range"))
    return out


def in_scope(kind: str, unit: str) -> bool:
    """Whether a prediction of `unit` is of the type a case file annotates."""
    return {
        "news": True, "range": True, "number": unit == "count", "percent": unit == "percent",
        "age": unit.startswith("age"), "dimension": unit in PHYSICAL,
        "currency": len(unit) == 3 and unit.isupper(),
        "temperature": unit in ("degC", "degF", "deg"),
    }[kind]  # fmt: skip


# Optional context annotations of the news gold: (label, gold field, claims-table column)
CONTEXT = (
    ("subject", "subject_has", "subject"),
    ("period", "period", "period"),
    ("attribution", "attributed_to_has", "attributed_to"),
)


def context_matches(gold_field: str, expected: str, got: Any) -> bool:
    """`period` must be equal; `subject_has` and `attributed_to_has` are case-insensitive
    substrings of the column (the rule of tests/test_extract_gold.py)."""
    if not isinstance(got, str):
        return False
    if gold_field == "period":
        return got == expected
    return expected.lower() in got.lower()


def same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    if math.isnan(a) or math.isnan(b):
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)
