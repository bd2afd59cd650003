"""Shared plumbing of table checks: bound tables, their columns and options, cannot-run findings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from scipy import stats

from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding, Table


def bound_tables(ctx: CheckContext, check: Check) -> list[Table]:
    """The tables whose figcheck.toml binding lists `check`."""
    return [t for t in ctx.tables if check.name in (t.meta.get("binding") or {}).get("checks", [])]


def table_options(ctx: CheckContext, check: Check, table: Table) -> dict[str, Any]:
    """Defaults, then the run's options for the check, then the table's own (last wins)."""
    per_table = (table.meta.get("binding") or {}).get("options", {}).get(check.name, {})
    defaults = {key: opt.default for key, opt in check.options.items()}
    run_wide = {k: v for k, v in ctx.options.items() if k in check.options}
    return {**defaults, **run_wide, **per_table}


def column_map(check: Check, table: Table) -> tuple[dict[str, str], list[str]]:
    """{role: actual column} (a role not mapped in the binding is its own column) and the roles
    whose column the table lacks."""
    mapped = (table.meta.get("binding") or {}).get("columns", {})
    columns = {role: mapped.get(role, role) for role in check.columns}
    missing = [role for role, actual in columns.items() if actual not in table.frame.columns]
    return columns, missing


def cannot_run(check: Check, table: Table, columns: dict[str, str], missing: list[str]) -> Finding:
    """The info finding for a table the check cannot read: which columns lack and which exist."""
    lacking = ", ".join(
        f"'{columns[r]}'" + ("" if columns[r] == r else f" (role {r})") for r in missing
    )
    present = ", ".join(f"'{c}'" for c in table.frame.columns)
    return Finding(
        check=check.name,
        severity="info",
        message=(
            f"{table.id}: {check.name} cannot run: missing column(s) {lacking}; the table has "
            f'{present}. Map the roles under [tables."{table.id}".columns] in figcheck.toml.'
        ),
        table=table.id,
        source_ids=[table.id],
        details={"missing": [columns[r] for r in missing], "present": list(table.frame.columns)},
    )


Measure = Callable[[Table, dict[str, str], dict[str, Any]], Finding]


def per_table(ctx: CheckContext, check: Check, measure: Measure) -> list[Finding]:
    """One finding per table bound to `check`: `measure(table, columns, options)`, or an info
    finding when the table lacks the check's columns, or when `measure` raises ValueError (its
    message says why the data cannot be used)."""
    findings = []
    for table in bound_tables(ctx, check):
        columns, missing = column_map(check, table)
        if missing:
            findings.append(cannot_run(check, table, columns, missing))
            continue
        try:
            findings.append(measure(table, columns, table_options(ctx, check, table)))
        except ValueError as exc:
            findings.append(
                Finding(
                    check.name,
                    "info",
                    f"{exc}; {check.name} cannot run on it.",
                    table=table.id,
                    source_ids=[table.id],
                )  # fmt: skip
            )
    return findings


def numeric(table: Table, column: str) -> np.ndarray:
    """A column as float64 with NaN for missing cells (pyarrow-backed or not)."""
    return table.frame[column].to_numpy(dtype="float64", na_value=np.nan)


def severity(p_value: float) -> str:
    """error below p = 0.001, warning below 0.05, info otherwise (one-sided tests)."""
    if p_value < 0.001:
        return "error"
    return "warning" if p_value < 0.05 else "info"


def upper_p(z: float) -> float:
    """One-sided p-value of a z-score under a normal null (the upper tail)."""
    return float(stats.norm.sf(z))


def absent(table: Table, columns: list[str]) -> list[str]:
    """The names in `columns` that are not columns of the table."""
    return [c for c in columns if c not in table.frame.columns]


def summed(table: Table, columns: list[str]) -> np.ndarray:
    """The row-wise sum of some columns as float64 (NaN where any cell is missing)."""
    return np.sum([numeric(table, c) for c in columns], axis=0)


def cannot_use(check: Check, table: Table, option: str, lacking: list[str]) -> Finding:
    """The info finding for an option that names columns the table lacks (or names none)."""
    present = ", ".join(f"'{c}'" for c in table.frame.columns)
    what = ", ".join(f"'{c}'" for c in lacking) if lacking else "no column"
    return Finding(
        check=check.name,
        severity="info",
        message=(
            f"{table.id}: {check.name} cannot run: option {option} names {what} not in the "
            f'table; the table has {present}. Set [tables."{table.id}".options.{check.name}] '
            f"{option} in figcheck.toml."
        ),
        table=table.id,
        source_ids=[table.id],
        details={"option": option, "missing": lacking, "present": list(table.frame.columns)},
    )


def is_columns(value: Any) -> bool:
    """True for a non-empty list of column names (strings)."""
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)
