"""Components exceed their total: "Of the 62 journalists, 35 ..., 21 ... and 14 ..." (70 > 62)."""

from __future__ import annotations

import re

from figcheck.checks._format import num
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding

NAME = "components_sum"
# The whole comes first: "Of the 62 journalists jailed, ..." or "116 drones, of which ..."
_OF_THE = re.compile(r"\b(?:of|out\s+of)\s+(?:the|all|its|their|some)\s+$", re.I)
_OF_WHICH = re.compile(r"^[^.;]*?,\s*(?:of\s+which|of\s+whom|including)\b", re.I)


def run(ctx: CheckContext) -> list[Finding]:
    """An error where two or more parts stated after their whole add up to more than it,
    taking the smallest value each part allows and the largest the whole allows."""
    claims = ctx.claims[ctx.claims["extractor"] != "derived"]
    findings = []
    for _, sent in claims.groupby(["source_id", "sentence_start"], sort=True):
        rows = sent.sort_values("start").to_dict("records")
        for i, whole in enumerate(rows):
            parts = _parts(whole, rows[i + 1 :])
            if len(parts) < 2:
                continue
            total = sum(p["low"] for p in parts)
            if total > whole["high"]:
                findings.append(_finding(whole, parts, total))
    return findings


def _parts(whole: dict, after: list[dict]) -> list[dict]:
    """The claims a whole is broken into: later figures of the same unit in its sentence."""
    sentence, s0 = whole["sentence"], whole["sentence_start"]
    opens = _OF_THE.search(sentence[: whole["start"] - s0]) or _OF_WHICH.match(
        sentence[whole["end"] - s0 :]
    )
    if not opens or whole["unit"] in ("percent", "rank"):
        return []
    return [p for p in after if p["unit"] == whole["unit"] and p["qualifier"] != "range"]


def _finding(whole: dict, parts: list[dict], total: float) -> Finding:
    listed = " + ".join(p["surface"] for p in parts)
    message = (
        f"{whole['source_id']}: the parts {listed} add up to {num(total)}, more than the "
        f"{whole['surface']} they are parts of."
    )
    return Finding(
        check=NAME,
        severity="error",
        message=message,
        claim_ids=[whole["claim_id"], *(p["claim_id"] for p in parts)],
        source_ids=[whole["source_id"]],
        expected=f"at most {num(whole['high'])}",
        observed=num(total),
        statistic=float(total - whole["high"]),
        details={
            "whole": float(whole["value"]),
            "parts": [float(p["value"]) for p in parts],
            "arithmetic": f"{listed} = {num(total)} > {whole['surface']}",
        },  # fmt: skip
    )


CHECK = Check(NAME, "claims", "parts listed after a total that add up to more than it", run)
