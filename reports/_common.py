"""Helpers shared by the report writers: counts, row access, number formatting, text cleaning."""

from __future__ import annotations

import math
import re
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import numpy as np
import pandas as pd

from figcheck.model import SEVERITIES, SEVERITY_RANK, AuditResult

CONFLICT_CHECK = "cross_source_conflict"

# C0/C1 control characters except tab and newline: they can drive a terminal (ANSI escapes) and
# most of them are not allowed in XML 1.0 at all.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")


def package_version() -> str:
    """Installed figcheck version, or "0.0.0" when the package metadata is not available."""
    try:
        return version("figcheck")
    except PackageNotFoundError:
        return "0.0.0"


def is_missing(value: Any) -> bool:
    """True for None, NaN, NA and NaT (but not for lists, dicts or strings)."""
    if value is None:
        return True
    if isinstance(value, float | np.floating):
        return math.isnan(value)
    if isinstance(value, list | tuple | dict | set | np.ndarray | str):
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def text(value: Any, missing: str = "") -> str:
    """A cell as display text: missing values become `missing`."""
    return missing if is_missing(value) else str(value)


def clean(value: str) -> str:
    """Remove control characters (keeps tab and newline) from untrusted text."""
    return _CONTROLS.sub("", _ANSI.sub("", value))


def one_line(value: str) -> str:
    """Untrusted text collapsed to one line without control characters."""
    return " ".join(clean(value).split())


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a frame as plain dicts (an empty list for an empty or column-less frame)."""
    if frame is None or frame.empty:
        return []
    return frame.to_dict("records")


def severity_counts(findings: pd.DataFrame) -> dict[str, int]:
    """Findings per severity, every severity present, in SEVERITIES order."""
    counts = dict.fromkeys(SEVERITIES, 0)
    for severity in findings["severity"] if "severity" in findings else []:
        counts[severity] = counts.get(severity, 0) + 1
    return counts


def check_names(result: AuditResult) -> list[str]:
    """Checks that ran, in run order, then checks seen only in findings (e.g. ingest_error)."""
    names = list(dict.fromkeys(result.checks_run))
    for name in result.findings["check"] if "check" in result.findings else []:
        if name not in names:
            names.append(name)
    return names


def ordered_findings(result: AuditResult) -> list[dict[str, Any]]:
    """Findings as dicts, most severe first, then conflicts first, otherwise in table order."""
    rows = records(result.findings)
    return sorted(
        rows,
        key=lambda r: (-SEVERITY_RANK.get(r["severity"], 0), r["check"] != CONFLICT_CHECK),
    )


def claims_by_id(result: AuditResult) -> dict[str, dict[str, Any]]:
    """Claim rows keyed by claim_id."""
    return {row["claim_id"]: row for row in records(result.claims)}


def finding_sources(finding: dict[str, Any], claims: dict[str, dict[str, Any]]) -> list[str]:
    """Source ids a finding is about: its own `source_ids`, then the sources of its claims."""
    ids = [str(s) for s in finding.get("source_ids") or []]
    for claim_id in finding.get("claim_ids") or []:
        claim = claims.get(claim_id)
        if claim is not None:
            ids.append(str(claim["source_id"]))
    if not is_missing(finding.get("table")) and not ids:
        ids.append(str(finding["table"]))
    return list(dict.fromkeys(ids))


def fmt_number(value: Any) -> str:
    """A number for people: thousands separators, no trailing zeros, infinities as symbols."""
    if is_missing(value):
        return "—"
    x = float(value)
    if math.isinf(x):
        return "∞" if x > 0 else "−∞"
    if x.is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) < 1e-3 or abs(x) >= 1e15:
        return f"{x:.4g}"
    return f"{x:,.4f}".rstrip("0").rstrip(".")


def fmt_interval(low: Any, high: Any) -> str:
    """An interval as "low – high" (a point when both ends are equal)."""
    if not is_missing(low) and not is_missing(high) and float(low) == float(high):
        return fmt_number(low)
    return f"{fmt_number(low)} – {fmt_number(high)}"


def plural(n: int, word: str) -> str:
    """ "1 claim", "2 claims"."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"
