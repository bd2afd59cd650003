"""Reference table: a claim against the cell of an official table that states the same fact."""

from __future__ import annotations

from typing import Any

import pandas as pd

from figcheck.checks._format import interval, num
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding

NAME = "reference_table"
KEYS = ("fact", "table", "column", "where", "scale", "unit", "tolerance")
REQUIRED = ("fact", "table", "column", "where")


def _valid(refs: Any) -> bool:
    return all(
        isinstance(r, dict)
        and set(r) <= set(KEYS)
        and all(k in r for k in REQUIRED)
        and isinstance(r["where"], dict)
        for r in refs
    )


OPTIONS = {
    "references": Option(
        (list,),
        [],
        "a list of tables with keys fact (a fact key as in the facts table, e.g. "
        '"trade | money | 2021"), table, column, where (e.g. {year = 2021}), and optional '
        "scale, unit, tolerance",
        _valid,
    )
}


def run(ctx: CheckContext) -> list[Finding]:
    """An error for every claim of a referenced fact that falls outside the table cell's
    interval (the cell x scale, +- tolerance); an error naming the problem for a reference that
    points to no table, column or row."""
    linked = ctx.linked_claims()
    findings = []
    for ref in ctx.options.get("references", []):
        cell = _cell(ref, ctx)
        if isinstance(cell, Finding):
            findings.append(cell)
            continue
        tol = float(ref.get("tolerance", 0.005))
        low, high = cell * (1 - tol), cell * (1 + tol)
        for row in linked[linked["fact_key"] == ref["fact"]].to_dict("records"):
            if row["base_high"] >= low and row["base_low"] <= high:
                continue
            findings.append(_finding(ref, row, cell, low, high, ctx))
    return findings


def _cell(ref: dict[str, Any], ctx: CheckContext) -> float | Finding:
    """The referenced cell in the fact's base unit, or a finding that says why there is none."""
    table = next((t for t in ctx.tables if t.id == ref["table"]), None)
    where = ", ".join(f"{k} = {v!r}" for k, v in ref["where"].items())
    if table is None:
        known = ", ".join(t.id for t in ctx.tables) or "none"
        return _broken(ref, f"table {ref['table']!r} is not among the tables read ({known})")
    frame = table.frame
    missing = [c for c in [ref["column"], *ref["where"]] if c not in frame.columns]
    if missing:
        return _broken(ref, f"{ref['table']} has no column {missing[0]!r}; columns: "
                            f"{', '.join(map(str, frame.columns))}")  # fmt: skip
    mask = pd.Series(True, index=frame.index)
    for col, value in ref["where"].items():
        mask &= frame[col].astype(str) == str(value)
    rows = frame.loc[mask, ref["column"]]
    if len(rows) != 1:
        return _broken(ref, f"{ref['table']}: {len(rows)} rows match {where}; it must be one")
    return float(rows.iloc[0]) * float(ref.get("scale", 1.0))


def _broken(ref: dict[str, Any], why: str) -> Finding:
    return Finding(
        check=NAME,
        severity="error",
        message=f"reference for {ref['fact']!r} cannot be used: {why}; fix it in figcheck.toml",
        table=ref["table"],
        details={"key": ref["fact"], "reference": ref},
    )


def _finding(ref: dict, row: dict, cell: float, low: float, high: float, ctx: CheckContext):
    who = ctx.meta(row["source_id"]).get("outlet") or row["source_id"]
    unit = row["base_unit"]
    where = ", ".join(f"{k} = {v}" for k, v in ref["where"].items())
    gap = max(row["base_low"] - high, low - row["base_high"])
    message = (
        f"{who} says {row['surface']} ({interval(row['base_low'], row['base_high'])} {unit}) for "
        f"{ref['fact']}; the reference table {ref['table']} ({where}, {ref['column']}) gives "
        f"{num(cell)} {unit} (gap {num(gap)}, {gap / max(abs(cell), 1e-12):.0%})."
    )
    return Finding(
        check=NAME,
        severity="error",
        message=message,
        claim_ids=[row["claim_id"]],
        source_ids=[row["source_id"]],
        table=ref["table"],
        column=ref["column"],
        expected=f"{interval(low, high)} {unit}",
        observed=f"{interval(row['base_low'], row['base_high'])} {unit}",
        statistic=float(gap / max(abs(cell), 1e-12)),
        details={"key": ref["fact"], "reference": ref, "cell": cell},
    )


CHECK = Check(NAME, "claims", "a claim outside the official table cell of its fact", run,
              options=OPTIONS)  # fmt: skip
