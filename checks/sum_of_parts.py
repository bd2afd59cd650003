"""Sum of parts: totals that differ from the sum of their components beyond rounding."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "sum_of_parts"
REFERENCE = (
    "accounting identity total = sum of parts; rounding null: each printed figure carries a "
    "uniform error of +-rounding/2, so the gap of k parts has SD rounding x sqrt((k+1)/12)"
)
COLUMNS = ("total",)
OPTIONS = {
    "parts": Option((list,), None, "a list of component column names", tb.is_columns),
    "label_column": Option((str,), None, "the column holding row labels (e.g. 'region')"),
    "total_label": Option((str,), "Total", "the label of the total row (e.g. 'Total')"),
    "value_column": Option((str,), None, "the column holding the values to add up"),
    "group_by": Option((list,), [], "a list of columns whose values form groups", tb.is_columns),
    "tolerance": Option(
        (int, float), 0.005, "a relative gap >= 0 (0.005 = 0.5 %)", lambda x: x >= 0
    ),
    "rounding": Option(
        (int, float), 1.0, "the unit of the last printed digit > 0", lambda x: x > 0
    ),
}


@dataclass
class Gap:
    """One total against the sum of its parts."""

    row: int  # position of the total in the table
    label: str
    total: float
    parts: float
    k: int  # number of parts

    @property
    def gap(self) -> float:
        return self.total - self.parts

    @property
    def relative(self) -> float:
        if self.parts == 0:
            return 0.0 if self.gap == 0 else float("inf")
        return self.gap / self.parts


def row_totals(table: Table, total: str, parts: list[str]) -> list[Gap]:
    """Shape 1: a total column against the row's component columns."""
    t, p = tb.numeric(table, total), tb.summed(table, parts)
    labels = table.frame.iloc[:, 0].astype(str).tolist()
    return [
        Gap(i, labels[i], float(t[i]), float(p[i]), len(parts))
        for i in range(len(t))
        if not (np.isnan(t[i]) or np.isnan(p[i]))
    ]


def total_rows(table: Table, label: str, total_label: str, value: str, by: list[str]) -> list[Gap]:
    """Shape 2: the row labelled `total_label` against the other rows of its group."""
    frame = table.frame.reset_index(drop=True)
    values = tb.numeric(table, value)
    is_total = (frame[label].astype(str).str.strip() == total_label).to_numpy(dtype=bool)
    groups = frame.groupby(by, sort=False).indices if by else {(): np.arange(len(frame))}
    gaps = []
    for key, rows in groups.items():
        totals, parts = rows[is_total[rows]], rows[~is_total[rows]]
        if len(totals) != 1 or not len(parts):
            continue
        name = " ".join(str(k) for k in np.atleast_1d(key)) or total_label
        gaps.append(
            Gap(int(totals[0]), name, values[totals[0]], np.nansum(values[parts]), len(parts))
        )
    return gaps


def _finding(table: Table, gaps: list[Gap], what: str, opts: dict) -> Finding:
    null_sd = opts["rounding"] * np.sqrt((max(g.k for g in gaps) + 1) / 12)
    allowance = opts["rounding"] * (max(g.k for g in gaps) + 1) / 2  # the largest rounding gap
    bad = [g for g in gaps if abs(g.gap) > allowance and abs(g.relative) > opts["tolerance"]]
    worst = max(gaps, key=lambda g: abs(g.gap))
    z = abs(worst.gap) / null_sd
    p_value = min(1.0, len(gaps) * 2 * float(stats.norm.sf(z)))  # Bonferroni over the totals
    listed = "; ".join(
        f"{g.label}: {g.total:,.10g} vs {g.parts:,.10g} ({100 * g.relative:+.1f}%)" for g in bad[:5]
    )
    if bad:
        message = (
            f"{table.id}: {len(bad)} of {len(gaps)} totals differ from {what} by more than "
            f"{100 * opts['tolerance']:.1f}% and the rounding allowance: {listed}."
        )
    else:
        message = (
            f"{table.id}: all {len(gaps)} totals equal {what} within "
            f"{100 * opts['tolerance']:.1f}% or rounding (largest gap {worst.gap:,.10g})."
        )
    return Finding(
        check=NAME,
        severity="error" if bad else "info",
        message=message,
        table=table.id,
        source_ids=[table.id],
        rows=[g.row for g in bad],
        expected=f"{worst.parts:,.10g}",
        observed=f"{worst.total:,.10g}",
        statistic=float(max(abs(g.relative) for g in gaps)),
        p_value=p_value,
        details={
            "totals": len(gaps),
            "flagged": len(bad),
            "null_mean": 0.0,
            "null_sd": round(float(null_sd), 4),
            "z": round(float(z), 3),
            "tolerance": opts["tolerance"],
            "rounding": opts["rounding"],
            "method": REFERENCE,
            "chart": {
                "labels": [g.label for g in gaps],
                "total": [g.total for g in gaps],
                "sum_of_parts": [g.parts for g in gaps],
                "gap": [g.gap for g in gaps],
            },
        },
    )


def _check_table(table: Table, opts: dict) -> Finding:
    if opts["parts"]:
        columns, missing = tb.column_map(CHECK, table)
        if missing:
            return tb.cannot_run(CHECK, table, columns, missing)
        if lacking := tb.absent(table, opts["parts"]):
            return tb.cannot_use(CHECK, table, "parts", lacking)
        gaps = row_totals(table, columns["total"], opts["parts"])
        what = " + ".join(opts["parts"])
    else:
        names = [opts["label_column"], opts["value_column"]]
        if None in names:
            return tb.cannot_use(CHECK, table, "parts, or label_column and value_column", [])
        if lacking := tb.absent(table, names + opts["group_by"]):
            return tb.cannot_use(CHECK, table, "label_column/value_column/group_by", lacking)
        gaps = total_rows(table, names[0], opts["total_label"], names[1], opts["group_by"])
        what = f"the sum of the other rows of {opts['value_column']}"
    if not gaps:
        return Finding(
            NAME,
            "info",
            f"{table.id}: no total with parts to compare; {NAME} has nothing to check.",
            table=table.id,
            source_ids=[table.id],
        )
    return _finding(table, gaps, what, opts)


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per table bound to this check in figcheck.toml."""
    return [
        _check_table(table, tb.table_options(ctx, CHECK, table))
        for table in tb.bound_tables(ctx, CHECK)
    ]


CHECK = Check(
    NAME,
    "tables",
    "totals that differ from the sum of their parts beyond a tolerance and rounding",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
