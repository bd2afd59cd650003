"""Parenthetical conversion: "2,800 km (about 2,100 miles)" must be the same amount twice."""

from __future__ import annotations

from figcheck.checks._format import interval, num
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding
from figcheck.units import convert, dimension

NAME = "parenthetical_conversion"


def run(ctx: CheckContext) -> list[Finding]:
    """An error where a bracketed restatement does not match its figure after unit conversion;
    an info finding where the pair is in two currencies and no exchange-rate table is loaded."""
    claims = ctx.claims.set_index("claim_id", drop=False)
    findings = []
    for row in claims[claims["equivalent_of"].notna()].to_dict("records"):
        src = claims.loc[row["equivalent_of"]]
        if dimension(src["unit"])[0] != dimension(row["unit"])[0]:
            findings.append(_no_rate(src, row))
            continue
        low = convert(src["low"], src["unit"], row["unit"])
        high = convert(src["high"], src["unit"], row["unit"])
        if high >= row["low"] and low <= row["high"]:
            continue
        exact = convert(src["value"], src["unit"], row["unit"])
        message = (
            f"{row['source_id']}: {src['surface']} is {num(round(exact))} {row['unit']} "
            f"({interval(round(low), round(high))}), but the text restates it as {row['surface']} "
            f"({interval(row['low'], row['high'])} {row['unit']})."
        )
        findings.append(
            Finding(
                check=NAME,
                severity="error",
                message=message,
                claim_ids=[src["claim_id"], row["claim_id"]],
                source_ids=[row["source_id"]],
                expected=f"{num(round(exact))} {row['unit']}",
                observed=f"{num(row['value'])} {row['unit']}",
                statistic=float(row["value"] / exact - 1) if exact else None,
                details={
                    "converted": float(exact),
                    "from_unit": src["unit"],
                    "to_unit": row["unit"],
                },
            )
        )
    return findings


def _no_rate(src: dict, row: dict) -> Finding:
    return Finding(
        check=NAME,
        severity="info",
        message=(
            f"{row['source_id']}: {src['surface']} is restated as {row['surface']}; not checked: "
            f"converting {src['unit']} to {row['unit']} needs an exchange-rate table, and none is "
            f"loaded."
        ),
        claim_ids=[src["claim_id"], row["claim_id"]],
        source_ids=[row["source_id"]],
        details={"from_unit": src["unit"], "to_unit": row["unit"], "reason": "no_rate"},
    )


CHECK = Check(NAME, "claims", "a bracketed conversion that does not match its figure", run)
