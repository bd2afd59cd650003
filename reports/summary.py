"""A short plain-text summary of an audit for the terminal, ending in the verdict line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from figcheck.model import SEVERITIES, AuditResult

from ._common import (
    check_names,
    one_line,
    ordered_findings,
    plural,
    records,
    severity_counts,
)
from .ledger_text import memory_lines

FAIL_ON: tuple[str, ...] = ("error", "warning", "never")


def _validate(fail_on: str, top: int) -> None:
    if fail_on not in FAIL_ON:
        raise ValueError(f"unknown fail_on {fail_on!r}; valid options: {', '.join(FAIL_ON)}")
    if top < 0:
        raise ValueError(f"top must be 0 or more, got {top}")


def verdict(result: AuditResult, fail_on: str = "error") -> str:
    """ "FAIL: 3 findings at or above 'error'" or "OK: ..."; agrees with result.exit_code."""
    _validate(fail_on, 0)
    if fail_on == "never":
        total = len(result.findings)
        return f"OK: {plural(total, 'finding')}, none fail the run (fail_on='never')"
    n = result.count_at_or_above(fail_on)
    if n:
        return f"FAIL: {plural(n, 'finding')} at or above {fail_on!r}"
    return f"OK: no findings at or above {fail_on!r}"


def _by_check(result: AuditResult) -> list[str]:
    pairs = Counter((f["check"], f["severity"]) for f in records(result.findings))
    lines = []
    for name in check_names(result):
        parts = [f"{pairs[name, s]} {s}" for s in SEVERITIES if pairs[name, s]]
        if parts:
            lines.append(f"  {one_line(name)}: {', '.join(parts)}")
    return lines


def render_summary(result: AuditResult, fail_on: str = "error", top: int = 5) -> str:
    """Sources, claims, findings by severity and check, the `top` findings, then the verdict.

    Text from sources is cleaned of control characters; it may still contain square brackets,
    so print it without markup interpretation (e.g. rich's `markup=False`).
    """
    _validate(fail_on, top)
    counts = severity_counts(result.findings)
    extra = len(check_names(result)) - len(set(result.checks_run))
    lines = [
        f"figcheck audit of {one_line(Path(result.folder).as_posix())}",
        f"Sources: {plural(len(result.documents), 'document')}, "
        f"{plural(len(result.tables), 'table')}",
        f"Claims: {len(result.claims)} (extractor: {one_line(result.extractor)})",
        f"Checks: {len(result.checks_run)} run"
        + (f", {extra} more seen in findings" if extra else ""),
        "Findings: " + ", ".join(f"{n} {s}" for s, n in counts.items()),
    ]
    lines += memory_lines(result)  # ledger run and baseline, when used
    by_check = _by_check(result)
    if by_check:
        lines += ["By check:", *by_check]
    shown = ordered_findings(result)[:top]
    if shown:
        lines.append("Top findings:")
        for f in shown:
            mark = ", accepted" if f.get("accepted") is True else ""
            lines.append(
                f"  [{f['severity']}{mark}] {one_line(f['check'])}: {one_line(f['message'])}"
            )
    lines.append(verdict(result, fail_on))
    return "\n".join(lines) + "\n"
