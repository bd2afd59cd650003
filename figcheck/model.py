"""Plain data objects passed between the four stages: documents, tables, findings, results."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
SEVERITY_RANK: dict[str, int] = {"error": 3, "warning": 2, "info": 1}


@dataclass(frozen=True)
class Document:
    """A text source: `text` is what offsets in the claims table point into."""

    id: str  # path relative to the audited folder, with forward slashes
    path: Path
    text: str
    meta: dict[str, Any] = field(default_factory=dict)  # outlet, published, url, standing, format


@dataclass(frozen=True)
class Table:
    """A tabular source (CSV), read with pyarrow-backed dtypes."""

    id: str
    path: Path
    frame: pd.DataFrame
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Finding:
    """One problem found; becomes a row of the findings table."""

    check: str
    severity: str
    message: str
    claim_ids: list[str] = field(default_factory=list)
    source_ids: list[str] = field(default_factory=list)
    table: str | None = None
    column: str | None = None
    rows: list[int] = field(default_factory=list)
    expected: str | None = None
    observed: str | None = None
    statistic: float | None = None
    p_value: float | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass
class AuditResult:
    """What one run produced: the claims and findings tables plus the sources they came from."""

    folder: Path
    documents: list[Document]
    tables: list[Table]
    claims: pd.DataFrame
    findings: pd.DataFrame
    checks_run: list[str] = field(default_factory=list)  # registry names, in run order
    facts: pd.DataFrame = field(default_factory=pd.DataFrame)  # figcheck.linking.FACT_COLUMNS
    extractor: str = "figcheck"
    run_id: int | None = None  # the run's id in the ledger, when one was used
    previous_run: int | None = None  # the ledger's run before this one
    recalled: dict[str, int] = field(default_factory=dict)  # earlier source -> its ledger run
    baseline_unmatched: list[str] = field(default_factory=list)  # baseline ids not found

    def count_at_or_above(self, threshold: str) -> int:
        """Number of findings at or above `threshold` (error|warning|info), not counting those
        accepted in the baseline (an `accepted` column, when a baseline was applied)."""
        if threshold not in SEVERITY_RANK:
            raise ValueError(f"unknown severity {threshold!r}; valid: {', '.join(SEVERITIES)}")
        ranks = self.findings["severity"].map(SEVERITY_RANK)
        counted = ranks >= SEVERITY_RANK[threshold]
        if "accepted" in self.findings.columns:
            counted &= ~self.findings["accepted"].astype(bool)
        return int(counted.sum())

    def exit_code(self, fail_on: str = "error") -> int:
        """0 when nothing is at or above `fail_on` (error|warning|never), else 1."""
        if fail_on == "never":
            return 0
        return 1 if self.count_at_or_above(fail_on) else 0
