"""Memory across runs: link this run's claims with claims recalled from the ledger."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from figcheck.model import Finding

if TYPE_CHECKING:
    from figcheck.ledger import Recalled

NOTE = " (earlier source: "  # appended to messages; not part of a finding's evidence


def with_recalled(claims: pd.DataFrame, recalled: Recalled | None) -> pd.DataFrame:
    """This run's claims followed by the recalled ones (the table that facts are linked from)."""
    if recalled is None or recalled.claims.empty:
        return claims
    if claims.empty:
        return recalled.claims
    return pd.concat([claims, recalled.claims], ignore_index=True)


def mark(findings: list[Finding], recalled: Recalled | None) -> list[Finding]:
    """Drop findings about recalled sources only (an earlier run reported them); mark the others
    that involve a recalled source with `details["from_ledger"]`: [{source_id, run_id}]."""
    if recalled is None or not recalled.runs:
        return findings
    kept = []
    for f in findings:
        earlier = [s for s in f.source_ids if s in recalled.runs]
        if earlier and len(earlier) == len(f.source_ids):
            continue
        if earlier:
            f.details["from_ledger"] = [
                {"source_id": s, "run_id": recalled.runs[s]} for s in earlier
            ]
            runs = "; ".join(f"{s} as read in ledger run {recalled.runs[s]}" for s in earlier)
            f.message = f"{f.message}{NOTE}{runs})"
        kept.append(f)
    return kept
