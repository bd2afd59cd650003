"""Plain-text views of the ledger and baseline: run history, run diff, and summary lines."""

from __future__ import annotations

from typing import Any

import pandas as pd

from figcheck.model import AuditResult

from ._common import is_missing, one_line, plural, records

_HISTORY = [("run", "run_id"), ("started (UTC)", "started"), ("version", "figcheck_version"),
            ("sources", "n_sources"), ("claims", "n_claims"), ("findings", "n_findings"),
            ("failing", "n_failing"), ("config", "config_hash"), ("folder", "folder")]  # fmt: skip


def render_history(runs: pd.DataFrame) -> str:
    """One aligned line per run, oldest first, under a header."""
    if runs.empty:
        return "no runs recorded yet\n"
    rows = [[h for h, _ in _HISTORY]]
    rows += [[one_line(str(r[c])) for _, c in _HISTORY] for r in records(runs)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(_HISTORY) - 1)]
    lines = ["  ".join([*(v.ljust(w) for v, w in zip(row, widths, strict=False)), row[-1]])
             for row in rows]  # fmt: skip
    return "\n".join(line.rstrip() for line in lines) + "\n"


def _line(finding: dict[str, Any]) -> str:
    return f"  [{finding['severity']}] {finding['finding_id']}: {one_line(str(finding['message']))}"


def render_diff(parts: dict[str, pd.DataFrame], old: int, new: int) -> str:
    """The findings new in run `new`, fixed since run `old`, and still open (marked when their
    severity or evidence changed), each listed."""
    lines = [f"findings from run {old} to run {new}: " + ", ".join(
        f"{len(parts[k])} {k}" for k in ("new", "fixed", "open"))]  # fmt: skip
    titles = {"new": "new", "fixed": "fixed (gone)", "open": "still open"}
    for kind, title in titles.items():
        if len(parts[kind]):
            lines.append(f"{title}:")
            lines += [
                _line(f) + (f" (changed since run {old})" if bool(f.get("changed")) else "")
                for f in records(parts[kind])
            ]
    return "\n".join(lines) + "\n"


def memory_lines(result: AuditResult) -> list[str]:
    """Summary lines for the ledger (run, new/persisting, recalled sources) and the baseline."""
    lines = []
    findings = result.findings
    if result.run_id is not None:
        status = list(findings["status"]) if "status" in findings else []
        since = f" since run {result.previous_run}" if result.previous_run else ""
        text = f"Ledger: run {result.run_id}; {status.count('new')} new, "
        text += f"{status.count('persisting')} persisting{since}"
        if result.recalled:
            text += f"; {plural(len(result.recalled), 'earlier source')} linked"
        lines.append(text)
    if "accepted" in findings:  # a baseline was applied; say something when it matters
        accepted = int(findings["accepted"].sum())
        raised = sum(
            1
            for d in findings["details"]
            if isinstance(d, dict) and not is_missing(d.get("baseline", {}).get("note"))
        )
        if not (accepted or raised or result.baseline_unmatched):
            return lines
        text = f"Baseline: {accepted} accepted (reported, not failing)"
        if raised:
            text += f"; {raised} raised again (evidence changed)"
        if result.baseline_unmatched:
            text += f"; {len(result.baseline_unmatched)} entries match no finding"
        lines.append(text)
    return lines
