"""User Great Expectations suites bound to tables: each failed expectation becomes a finding."""

from __future__ import annotations

from typing import Any

import pandas as pd

from figcheck.checks import _inputs as inp
from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding, Table

NAME = "expectation_suite"
OPTIONS = {"severity": inp.SEVERITY}
SUITE_SEVERITY = {"critical": "error", "warning": "warning", "info": "info"}


def describe(kwargs: dict[str, Any]) -> str:
    """{'column': 'year', 'min_value': 0} -> "column='year', min_value=0"."""
    return ", ".join(f"{k}={v!r}" for k, v in kwargs.items())


def what_failed(result: Any) -> str:
    """The failure in words: the failing rows and values, the observed value, or GE's error."""
    if result.exception:
        return f"could not be evaluated ({result.exception})"
    count, total = _int(result.unexpected_count), _int(result.element_count)
    if count is not None and total is not None:
        pairs = [
            f"row {r}: {v!r}"
            for r, v in zip(
                result.rows[: inp.MAX_LISTED], result.values[: inp.MAX_LISTED], strict=False
            )
        ]
        more = f" and {count - len(pairs)} more" if count > len(pairs) else ""
        return f"fails on {count} of {total} rows" + (f" ({'; '.join(pairs)}{more})" * bool(pairs))
    if result.observed is not None:
        return f"fails: observed {result.observed!r}"
    return "fails"


def finding(table: Table, rel: str, suite: str, result: Any, severity: str) -> Finding:
    """One failed expectation of a suite on a table."""
    level = inp.milder(severity, SUITE_SEVERITY.get(result.severity, "error"))
    column = result.kwargs.get("column") if isinstance(result.kwargs, dict) else None
    return Finding(
        check=NAME,
        severity=level,
        message=(
            f"{table.id}: expectation {result.type}({describe(result.kwargs)}) of suite "
            f"{rel} {what_failed(result)}."
        ),
        table=table.id,
        column=column,
        source_ids=[table.id],
        rows=[int(r) for r in result.rows if isinstance(r, int)],
        observed=None if result.observed is None else str(result.observed),
        details={
            "key": f"{rel}#{result.expectation}",
            "suite": suite,
            "suite_file": rel,
            "expectation": {"type": result.type, "kwargs": result.kwargs},
            "suite_severity": result.severity,
            "unexpected_count": _int(result.unexpected_count),
            "element_count": _int(result.element_count),
            "values": result.values,
            "exception": result.exception,
        },
    )


def _int(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def run(ctx: CheckContext) -> list[Finding]:
    """Every suite bound to every table; a suite file that cannot be read is an error finding."""
    tables = tb.bound_tables(ctx, CHECK)
    if not tables:
        return []
    from figcheck import ge  # imported here: `figcheck --help` must not pay for GE

    findings = []
    for table in tables:
        severity = tb.table_options(ctx, CHECK, table)["severity"]
        for rel in table.meta["binding"]["suites"]:
            try:
                suite = ge.load_suite(inp.input_path(table, rel), name=rel)
            except ge.SuiteError as exc:
                findings.append(inp.unusable(CHECK, table, rel, str(exc)))
                continue
            results = ge.run_suite(table.frame, suite)
            for result in results.itertuples(index=False):
                if not result.success:
                    findings.append(finding(table, rel, suite.name, result, severity))
    return findings


CHECK = Check(
    NAME,
    "tables",
    "Great Expectations suites (JSON files) bound to tables in figcheck.toml",
    run,
    options=OPTIONS,
)
