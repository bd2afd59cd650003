"""Share implies total: "$904m, 16.2% of all exports" means exports of about $5.6bn; check it."""

from __future__ import annotations

from figcheck.checks._format import interval, num
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding

NAME = "share_implied_total"


def run(ctx: CheckContext) -> list[Finding]:
    """An error for every stated figure that cannot be the total a share implies (same fact:
    subject, dimension, period; from any source, the same one included)."""
    linked = ctx.linked_claims()
    findings = []
    for key, group in linked.groupby("fact_key", sort=True):
        derived = group[group["extractor"] == "derived"]
        stated = group[group["extractor"] != "derived"]
        for d in derived.to_dict("records"):
            for s in stated.to_dict("records"):
                if s["base_high"] >= d["base_low"] and s["base_low"] <= d["base_high"]:
                    continue
                findings.append(_finding(str(key), d, s, ctx))
    return findings


def _finding(key: str, d: dict, s: dict, ctx: CheckContext) -> Finding:
    unit = d["base_unit"]
    gap = max(s["base_low"] - d["base_high"], d["base_low"] - s["base_high"])
    rel = gap / max(abs(d["base_value"]), abs(s["base_value"]), 1e-12)
    who_d = ctx.meta(d["source_id"]).get("outlet") or d["source_id"]
    who_s = ctx.meta(s["source_id"]).get("outlet") or s["source_id"]
    message = (
        f'{who_d}\'s "{d["surface"]}" implies {d["subject"].split(" (")[0]} of '
        f"{interval(d['base_low'], d['base_high'])} {unit} ({d['period'] or 'undated'}); "
        f"{who_s} states {s['surface']}: these cannot both hold (gap {num(gap)}, {rel:.0%})."
    )
    return Finding(
        check=NAME,
        severity="error",
        message=message,
        claim_ids=[d["claim_id"], s["claim_id"]],
        source_ids=sorted({d["source_id"], s["source_id"]}),
        expected=f"{interval(d['base_low'], d['base_high'])} {unit}",
        observed=f"{interval(s['base_low'], s['base_high'])} {unit}",
        statistic=float(rel),
        details={
            "key": key,
            "implied": float(d["base_value"]),
            "stated": float(s["base_value"]),
            "why_linked": f"{d['why_linked']}: {key}",
        },  # fmt: skip
    )


CHECK = Check(NAME, "claims", "a stated total that contradicts the total a share implies", run)
