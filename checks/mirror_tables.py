"""Mirror tables: two tables reporting one series, joined on a key, compared as GE expectations."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from figcheck.checks import _inputs as inp
from figcheck.checks import _tables as tb
from figcheck.checks._format import num
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "mirror_tables"
GAP_RULE = "|other_value - value| / mean(|value|, |other_value|); 0 when both are 0"


def _is_key(value: Any) -> bool:
    return isinstance(value, str) or tb.is_columns(value)


KEY_HELP = "a column name or a list of column names"
SECTION = {  # the keys of a [tables."<file>".mirror."<name>"] section in figcheck.toml
    "other": Option((str,), None, "the other table's path, relative to the folder"),
    "key": Option((str, list), None, KEY_HELP, _is_key),
    "column": Option((str,), None, "the value column of this table"),
    "other_key": Option((str, list), None, f"{KEY_HELP} (default: key)", _is_key),
    "other_column": Option((str,), None, "the value column of the other table (default: column)"),
    "tolerance": Option((int, float), 0.01, "a relative gap >= 0 (0.05 = 5 %)", lambda x: x >= 0),
    "aggregate": Option(
        (str,),
        "none",
        "'none' or 'sum' (add up each table's rows per key)",
        lambda x: x in ("none", "sum"),
    ),
}
REQUIRED = ("other", "key", "column")
OPTIONS = {"severity": inp.SEVERITY}


def _keys(spec: dict[str, Any], which: str) -> list[str]:
    key = spec[which]
    return [key] if isinstance(key, str) else list(key)


def _side(table: Table, keys: list[str], column: str, names: list[str], aggregate: str):
    frame = pd.DataFrame({n: table.frame[k] for n, k in zip(names, keys, strict=True)})
    frame["v"] = tb.numeric(table, column)
    if aggregate == "sum":
        return frame.groupby(names, dropna=False, sort=False)["v"].sum(min_count=1).reset_index()
    dup = frame[names].duplicated(keep=False)
    if dup.any():
        first = _label(frame.loc[dup, names].astype(object).iloc[0], names)
        raise ValueError(
            f"{table.id}: key {', '.join(keys)} repeats ({first}); "
            f'set aggregate = "sum" to add up rows that share a key'
        )
    return frame


def joined_frame(table: Table, other: Table, spec: dict[str, Any]) -> pd.DataFrame:
    """Both tables' values side by side per key (outer join), with `gap` and `relative_gap`.

    Key columns keep this table's names; key values are compared as text when their types differ.
    """
    names = _keys(spec, "key")
    left = _side(table, names, spec["column"], names, spec["aggregate"])
    right = _side(other, _keys(spec, "other_key"), spec["other_column"], names, spec["aggregate"])
    for n in names:
        if left[n].dtype != right[n].dtype:
            left[n], right[n] = left[n].astype(str), right[n].astype(str)
    joined = left.merge(right, on=names, how="outer", suffixes=("", "_other"), sort=True)
    value, other_value = joined.pop("v").to_numpy(float), joined.pop("v_other").to_numpy(float)
    scale = (np.abs(value) + np.abs(other_value)) / 2
    with np.errstate(divide="ignore", invalid="ignore"):
        relative = np.where(scale == 0, 0.0, np.abs(other_value - value) / scale)
    return joined.assign(
        value=value, other_value=other_value, gap=other_value - value, relative_gap=relative
    )


def _label(row: Any, names: list[str]) -> str:
    return ", ".join(f"{n} {row[n]}" for n in names)


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def suite_meta(table: str, mirror: str, spec: dict[str, Any], frame_file: str) -> dict:
    """What the exported suite checks and how its frame was built, for whoever reruns it."""
    return {
        "figcheck": {
            "check": NAME,
            "table": table,
            "mirror": mirror,
            **spec,
            "frame": frame_file,
            "relative_gap": GAP_RULE,
        }
    }


def _gap_finding(
    table: Table,
    other: Table,
    name: str,
    spec: dict,
    joined: pd.DataFrame,
    bad: list[int],
    severity: str,
) -> Finding:
    names = _keys(spec, "key")
    gaps = [
        {
            "key": {n: _plain(r[n]) for n in names},
            "value": float(r["value"]),
            "other_value": float(r["other_value"]),
            "gap": float(r["gap"]),
            "relative_gap": round(float(r["relative_gap"]), 6),
        }
        for r in joined.loc[bad].to_dict("records")
    ]
    said = [
        f"{_label(g['key'], names)}: {num(g['value'])} vs {num(g['other_value'])} "
        f"(gap {num(g['gap'])}, {100 * g['relative_gap']:.1f}%)"
        for g in gaps
    ]
    compared = int(joined[["value", "other_value"]].notna().all(axis=1).sum())
    mask = table.frame[names].astype(str).agg("|".join, axis=1)
    wanted = {"|".join(map(str, g["key"].values())) for g in gaps}
    worst = max(g["relative_gap"] for g in gaps)
    return Finding(
        check=NAME,
        severity=severity,
        message=(
            f"{table.id} {spec['column']} and {other.id} {spec['other_column']} (mirror "
            f"'{name}') differ by more than {100 * spec['tolerance']:.1f}% for {len(gaps)} of "
            f"{compared} keys: {inp.listed(said)}."
        ),
        table=table.id,
        column=spec["column"],
        source_ids=[table.id, other.id],
        rows=[int(i) for i in np.flatnonzero(mask.isin(wanted).to_numpy())],
        expected=f"relative gap <= {spec['tolerance']}",
        observed=f"{worst:.4f}",
        statistic=worst,
        details={
            "key": f"mirror:{name}",
            "other_table": other.id,
            "mirror": spec,
            "gaps": gaps,
            "expectation": "expect_column_values_to_be_between(column='relative_gap', "
            f"min_value=0, max_value={spec['tolerance']})",
            "relative_gap": GAP_RULE,
        },
    )


def _unmatched(table: Table, other: Table, name: str, spec: dict, joined: pd.DataFrame) -> Finding:
    names = _keys(spec, "key")
    only = joined[joined[["value", "other_value"]].isna().any(axis=1)]
    labels = [_label(r, names) for _, r in only.iterrows()]
    return Finding(
        check=NAME,
        severity="info",
        message=(
            f"{table.id} and {other.id} (mirror '{name}'): {len(labels)} key(s) lack a value on "
            f"one side and were not compared: {inp.listed(labels)}."
        ),
        table=table.id,
        source_ids=[table.id, other.id],
        details={"key": f"mirror:{name}:unmatched", "unmatched": labels},
    )


def compare(table: Table, other: Table, name: str, spec: dict, severity: str) -> list[Finding]:
    """One mirror section: join, run the mirror suite in GE, turn its failures into findings."""
    from figcheck import ge

    joined = joined_frame(table, other, spec)
    results = ge.run_suite(joined, ge.mirror_suite(spec["tolerance"], name))
    out = []
    within = results.iloc[0]
    if within["exception"]:
        raise RuntimeError(f"mirror '{name}': GE could not evaluate it: {within['exception']}")
    if not within["success"]:
        out.append(_gap_finding(table, other, name, spec, joined, within["rows"], severity))
    if not results["success"].iloc[1:].all():
        out.append(_unmatched(table, other, name, spec, joined))
    return out


def _problem(table: Table, other: Table | None, spec: dict) -> str | None:
    if other is None:
        return f"other = {spec['other']!r} is not a table of the folder; fix the path"
    if len(_keys(spec, "key")) != len(_keys(spec, "other_key")):
        return "key and other_key name different numbers of columns"
    for t, keys, col in ((table, "key", "column"), (other, "other_key", "other_column")):
        lacking = [c for c in [*_keys(spec, keys), spec[col]] if c not in t.frame.columns]
        if lacking:
            have = ", ".join(map(repr, t.frame.columns))
            return f"{t.id} has no column {', '.join(map(repr, lacking))} (it has {have})"
    return None


def run(ctx: CheckContext) -> list[Finding]:
    """Every [mirror."<name>"] section of every bound table."""
    by_id = {t.id: t for t in ctx.tables}
    out = []
    for table in tb.bound_tables(ctx, CHECK):
        severity = tb.table_options(ctx, CHECK, table)["severity"]
        for name, spec in table.meta["binding"]["mirror"].items():
            other = by_id.get(spec["other"])
            why = _problem(table, other, spec)
            try:
                out += compare(table, other, name, spec, severity) if why is None else []
            except ValueError as exc:
                why = str(exc)
            if why:
                out.append(
                    inp.unusable(CHECK, table, f"mirror '{name}'", f"mirror '{name}': {why}")
                )
    return out


CHECK = Check(
    NAME,
    "tables",
    "two tables reporting one series (mirror trade, regions vs total), compared as GE expectations",
    run,
    options=OPTIONS,
)
