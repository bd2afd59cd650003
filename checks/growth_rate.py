"""Growth rate: "rose 40% from $24bn to $26bn" must match the two levels it links (8.3%)."""

from __future__ import annotations

import re

import pandas as pd

from figcheck.checks._format import num
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding

NAME = "growth_rate"
_RISE = re.compile(
    r"\b(?:rose|risen|rising|rise|grew|grown|growth|increased|increase|jumped|climbed|up|gained|"
    r"surged|expanded|higher)\b(?:\s+by)?\s+$",
    re.I,
)
_FALL = re.compile(
    r"\b(?:fell|fallen|falling|fall|dropped|declined|decline|decreased|decrease|down|shrank|"
    r"contracted|slumped|lower)\b(?:\s+by)?\s+$",
    re.I,
)
_FROM = re.compile(r"\bfrom\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_TO = re.compile(r"\bto\s+(?:about\s+|around\s+|some\s+|a\s+record\s+)?$", re.I)


def run(ctx: CheckContext) -> list[Finding]:
    """An error where a stated change in percent cannot be the change between the stated
    levels ("from A to B"), allowing for the rounding of all three figures."""
    claims = ctx.claims[ctx.claims["extractor"] != "derived"]
    findings = []
    for _, sent in claims.groupby(["source_id", "sentence_start"], sort=True):
        found = _triple(sent)
        if found is None:
            continue
        pct, sign, a, b = found
        if a["low"] <= 0:
            continue
        lo = (b["low"] / a["high"] - 1) * 100
        hi = (b["high"] / a["low"] - 1) * 100
        stated = sorted((sign * pct["low"], sign * pct["high"]))
        if stated[1] >= lo and stated[0] <= hi:
            continue
        implied = (b["value"] / a["value"] - 1) * 100
        findings.append(_finding(pct, a, b, sign, implied, lo, hi))
    return findings


def _triple(sent: pd.DataFrame) -> tuple[dict, int, dict, dict] | None:
    """(percent claim, +1 or -1, level from, level to) of a sentence, or None."""
    rows = sent.sort_values("start").to_dict("records")
    sentence, s0 = rows[0]["sentence"], rows[0]["sentence_start"]
    for pct in (r for r in rows if r["unit"] == "percent"):
        before = sentence[max(0, pct["start"] - s0 - 40) : pct["start"] - s0]
        sign = 1 if _RISE.search(before) else -1 if _FALL.search(before) else 0
        if not sign:
            continue
        levels = [r for r in rows if r["unit"] not in ("percent", "percentage_point")]
        froms = [r for r in levels if _FROM.search(sentence[: r["start"] - s0])]
        tos = [r for r in levels if _TO.search(sentence[: r["start"] - s0])]
        for a in froms:
            for b in tos:
                if a["unit"] == b["unit"] and a["claim_id"] != b["claim_id"]:
                    return pct, sign, a, b
    return None


def _finding(pct: dict, a: dict, b: dict, sign: int, implied: float, lo: float, hi: float):
    word = "rise" if sign > 0 else "fall"
    message = (
        f"{pct['source_id']}: the text gives a {word} of {pct['surface']} from {a['surface']} to "
        f"{b['surface']}, but {a['surface']} to {b['surface']} is a change of {implied:+.1f}% "
        f"({lo:+.1f}% to {hi:+.1f}% allowing for rounding)."
    )
    return Finding(
        check=NAME,
        severity="error",
        message=message,
        claim_ids=[pct["claim_id"], a["claim_id"], b["claim_id"]],
        source_ids=[pct["source_id"]],
        expected=f"{implied:+.1f}%",
        observed=f"{sign * pct['value']:+g}%",
        statistic=float(sign * pct["value"] - implied),
        details={
            "from": float(a["value"]),
            "to": float(b["value"]),
            "implied_low": lo,
            "implied_high": hi,
            "stated": float(sign * pct["value"]),
            "arithmetic": f"({num(b['value'])} / {num(a['value'])} - 1) x 100 = {implied:.1f}%",
        },  # fmt: skip
    )


CHECK = Check(NAME, "claims", "a percent change that does not match the levels it links", run)
