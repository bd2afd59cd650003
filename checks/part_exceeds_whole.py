"""Part exceeds whole: "41 of the 38 reporters" cannot be true."""

from __future__ import annotations

from figcheck.checks._format import num
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding

NAME = "part_exceeds_whole"


def run(ctx: CheckContext) -> list[Finding]:
    """An error for every claim whose lowest possible value is above the whole it is part of."""
    claims = ctx.claims
    bad = claims[claims["whole"].notna() & (claims["low"] > claims["whole"])]
    findings = []
    for row in bad.to_dict("records"):
        whole_ids = [row["part_of"]] if isinstance(row["part_of"], str) else []
        message = (
            f"{row['source_id']}: {row['surface']} ({row['subject'] or 'part'}) is more than the "
            f"whole it is part of ({num(row['whole'])}): a part cannot exceed its whole."
        )
        findings.append(
            Finding(
                check=NAME,
                severity="error",
                message=message,
                claim_ids=[row["claim_id"], *whole_ids],
                source_ids=[row["source_id"]],
                expected=f"at most {num(row['whole'])}",
                observed=num(row["value"]),
                statistic=float(row["value"] - row["whole"]),
                details={"part": float(row["value"]), "whole": float(row["whole"])},
            )
        )
    return findings


CHECK = Check(NAME, "claims", "a part larger than the whole it is part of", run)
