"""Parenthetical conversion: "2,800 km (about 2,100 miles)" must be the same amount twice."""

from __future__ import annotations

import re

from figcheck.checks._format import interval, num
from figcheck.checks.base import Check, CheckContext
from figcheck.linking import year_of
from figcheck.model import Finding
from figcheck.units import convert, dimension

NAME = "parenthetical_conversion"
_CODES = {"dollar": "USD", "euro": "EUR", "pound": "GBP", "rouble": "RUB", "ruble": "RUB",
          "hryvnia": "UAH", "tenge": "KZT", "usd": "USD", "eur": "EUR", "gbp": "GBP",
          "rub": "RUB", "uah": "UAH", "kzt": "KZT"}  # fmt: skip
_CUR = r"(dollars?|euros?|pounds?|roubles?|rubles?|hryvnias?|tenge|USD|EUR|GBP|RUB|UAH|KZT)"
# A rate the article states: "at a rate of 1.13 dollars per euro", "1.13 USD/EUR"
_STATED_RATE = re.compile(
    rf"""(?:rate\s+of\s+|at\s+)?(?P<rate>\d+(?:\.\d+)?)\s*{_CUR}\s*(?:per|/|to\s+the|a)\s*{_CUR}\b""",
    re.IGNORECASE,
)


def run(ctx: CheckContext) -> list[Finding]:
    """An error where a bracketed restatement does not match its figure after conversion (units
    by their factors, currencies at the year's average rate widened by the rate tolerance); an
    info finding where no rate is known for the pair."""
    claims = ctx.claims.set_index("claim_id", drop=False)
    findings = []
    for row in claims[claims["equivalent_of"].notna()].to_dict("records"):
        src = claims.loc[row["equivalent_of"]].to_dict()
        converted = _convert(src, row["unit"], ctx)
        if converted is None:
            findings.append(_not_checked(src, row, ctx))
            continue
        low, high, exact, how = converted
        if high >= row["low"] and low <= row["high"]:
            continue
        unit = row["unit"]
        note = (
            ""
            if "average" not in how
            else f" allowing {ctx.rates.tolerance:.0%} for the rate's movement"
        )
        message = (
            f"{row['source_id']}: {src['surface']}{how} is {num(exact)} {unit} "
            f"({interval(low, high)}{note}), but the text restates it as {row['surface']} "
            f"({interval(row['low'], row['high'])} {unit})."
        )
        findings.append(
            Finding(
                check=NAME,
                severity="error",
                message=message,
                claim_ids=[src["claim_id"], row["claim_id"]],
                source_ids=[row["source_id"]],
                expected=f"{interval(low, high)} {unit}",
                observed=f"{num(row['value'])} {unit}",
                statistic=float(row["value"] / exact - 1) if exact else None,
                details={
                    "converted": exact,
                    "low": low,
                    "high": high,
                    "from_unit": src["unit"],
                    "to_unit": unit,
                    "how": how.removeprefix(" at the "),
                },  # fmt: skip
            )
        )
    return findings


def _convert(src: dict, unit: str, ctx: CheckContext) -> tuple[float, float, float, str] | None:
    """(low, high, central value, how) of `src` in `unit`, or None when it cannot convert."""
    if dimension(src["unit"])[0] == dimension(unit)[0]:
        return (round(convert(src["low"], src["unit"], unit)),
                round(convert(src["high"], src["unit"], unit)),
                round(convert(src["value"], src["unit"], unit)), "")  # fmt: skip
    if not (
        dimension(src["unit"])[0].startswith("money") and dimension(unit)[0].startswith("money")
    ):
        return None
    stated = _stated_rate(ctx, src["source_id"], src["unit"], unit)
    if stated is not None:  # the article's own rate wins over the annual average
        how = f" at the rate the text states ({stated:.4g} {unit} per {src['unit']})"
        return src["low"] * stated, src["high"] * stated, src["value"] * stated, how
    year = year_of(src["period"], src["published"])
    out = ctx.rates.convert(src["low"], src["high"], src["unit"], unit, year)
    if out is None:
        return None
    low, high, rate = out
    how = f" at the {year} average rate ({rate:.4g} {unit} per {src['unit']}, ECB)"
    return low, high, src["value"] * rate, how


def _stated_rate(ctx: CheckContext, source_id: str, a: str, b: str) -> float | None:
    """Units of `b` per unit of `a` as the document itself states it, or None."""
    doc = next((d for d in ctx.documents if d.id == source_id), None)
    for m in _STATED_RATE.finditer(doc.text if doc else ""):
        num_, per = (_CODES[g.lower().rstrip("s")] for g in (m.group(2), m.group(3)))
        rate = float(m.group("rate"))
        if (num_, per) == (b, a):
            return rate
        if (num_, per) == (a, b) and rate:
            return 1 / rate
    return None


def _not_checked(src: dict, row: dict, ctx: CheckContext) -> Finding:
    year = year_of(src["period"], src["published"])
    return Finding(
        check=NAME,
        severity="info",
        message=(
            f"{row['source_id']}: {src['surface']} is restated as {row['surface']}; not checked: "
            f"no {src['unit']}/{row['unit']} rate for {year or 'an unknown year'} in the rates "
            f"table ({ctx.rates.source})."
        ),
        claim_ids=[src["claim_id"], row["claim_id"]],
        source_ids=[row["source_id"]],
        details={"from_unit": src["unit"], "to_unit": row["unit"], "reason": "no_rate"},
    )


CHECK = Check(NAME, "claims", "a bracketed conversion that does not match its figure", run)
