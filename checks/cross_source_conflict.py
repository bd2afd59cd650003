"""Cross-source conflict: claims of one fact from different sources whose intervals cannot meet."""

from __future__ import annotations

import itertools

from figcheck.checks._format import interval, num, reading
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding

NAME = "cross_source_conflict"
# How much a source's word weighs, by its manifest `standing`; unknown standing sits between.
STANDING_WEIGHT = {"high": 1.0, "medium": 0.8, "low": 0.5, None: 0.7}
# Severity from weight x relative gap: at or above ERROR is an error, at or above WARNING a
# warning, below it an info finding (a gap too small, or sources too weak, to fail a run).
ERROR, WARNING = 0.04, 0.01


def severity(rel_gap: float, standings: tuple[str | None, str | None]) -> tuple[str, float]:
    """(severity, score): the score grows with the gap and with both sources' standing."""
    score = (
        rel_gap * STANDING_WEIGHT.get(standings[0], 0.7) * STANDING_WEIGHT.get(standings[1], 0.7)
    )
    return ("error" if score >= ERROR else "warning" if score >= WARNING else "info"), score


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per pair of sources whose claims of the same fact cannot both hold."""
    linked = ctx.linked_claims()
    linked = linked[linked["extractor"] != "derived"]  # implied figures: share_implied_total
    tolerance = float(ctx.options.get("tolerance", 0.0))
    findings = []
    for key, group in linked.groupby("fact_key", sort=True):
        rows = group.sort_values(["base_value", "source_id"]).to_dict("records")
        seen: set[tuple[str, str]] = set()
        for a, b in itertools.combinations(rows, 2):
            pair = (a["source_id"], b["source_id"])
            if a["source_id"] == b["source_id"] or pair in seen:
                continue
            lo, hi = (a, b) if a["base_high"] < b["base_low"] else (b, a)
            gap = hi["base_low"] - lo["base_high"]
            scale = max(abs(a["base_value"]), abs(b["base_value"]), 1e-12)
            if gap <= tolerance * scale:
                continue
            seen.add(pair)
            findings.append(_finding(str(key), lo, hi, gap, gap / scale, ctx))
    return findings


def _who(row: dict, ctx: CheckContext) -> str:
    return str(ctx.meta(row["source_id"]).get("outlet") or row["source_id"])


def _in_base(row: dict, text: str) -> str:
    if row["unit"] == row["base_unit"]:
        return text
    return f"{text} = {interval(row['base_low'], row['base_high'])} {row['base_unit']}"


def _finding(key: str, lo: dict, hi: dict, gap: float, rel: float, ctx: CheckContext) -> Finding:
    subject = lo["subject"] or key.split(" | ")[0]
    a = reading(lo["surface"], lo["low"], lo["high"], lo["unit"])
    b = reading(hi["surface"], hi["low"], hi["high"], hi["unit"])
    if lo["unit"] != hi["unit"]:
        a, b = (_in_base(r, text) for r, text in ((lo, a), (hi, b)))
    message = (
        f"{subject} ({lo['period'] or 'undated'}): {_who(lo, ctx)} says {a}; {_who(hi, ctx)} says "
        f"{b}; these cannot both hold (gap {num(gap)}, {rel:.0%})."
    )
    standings = (
        ctx.meta(lo["source_id"]).get("standing"),
        ctx.meta(hi["source_id"]).get("standing"),
    )
    level, score = severity(rel, standings)
    return Finding(
        check=NAME,
        severity=level,
        message=message,
        claim_ids=[lo["claim_id"], hi["claim_id"]],
        source_ids=[lo["source_id"], hi["source_id"]],
        expected=interval(lo["low"], lo["high"]),
        observed=interval(hi["low"], hi["high"]),
        statistic=float(rel),
        details={
            "key": key,
            "gap": float(gap),
            "relative_gap": float(rel),
            "severity_score": float(score),
            "why_linked": f"{lo['why_linked']}: {key}",
            "intervals": [
                {
                    "claim_id": r["claim_id"],
                    "low": float(r["low"]),
                    "high": float(r["high"]),
                    "unit": r["unit"],
                    "standing": ctx.meta(r["source_id"]).get("standing"),
                }
                for r in (lo, hi)
            ],  # fmt: skip
        },
    )


OPTIONS = {
    "tolerance": Option(
        (int, float), 0.0, "a relative gap >= 0 ignored as rounding (0.02 = 2 %)", lambda x: x >= 0
    ),
    "links": Option(
        (list,),
        [],
        "a list of lists of claim ids, each list one fact (applies to all linking)",
        lambda v: all(isinstance(g, list) and all(isinstance(c, str) for c in g) for g in v),
    ),
    "unlink": Option(
        (list,),
        [],
        "a list of claim ids to take out of their facts (applies to all linking)",
        lambda v: all(isinstance(c, str) for c in v),
    ),
}
CHECK = Check(
    NAME, "claims", "same fact, different sources, intervals that cannot overlap", run,
    options=OPTIONS,
)  # fmt: skip
