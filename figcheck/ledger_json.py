"""The ledger's run history and run diff as JSON with stable keys, for `history/diff --json`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck.ledger_query import RUN_COLUMNS
from figcheck.reports._common import is_missing, records
from figcheck.reports.json_report import jsonable

DIFF_KEYS = ("new", "fixed", "changed", "unchanged")  # the finding lists of `diff --json`
FINDING_KEYS = ("finding_id", "check", "severity", "message", "accepted")


def history(ledger: Path, runs: pd.DataFrame) -> dict[str, Any]:
    """{"ledger": path, "runs": [one dict per run with the keys of RUN_COLUMNS]}, oldest first."""
    rows = [{key: jsonable(row.get(key)) for key in RUN_COLUMNS} for row in records(runs)]
    return {"ledger": Path(ledger).as_posix(), "runs": rows}


def _finding(row: dict[str, Any]) -> dict[str, Any]:
    out = {key: jsonable(row.get(key)) for key in FINDING_KEYS}
    out["accepted"] = not is_missing(row.get("accepted")) and bool(row.get("accepted"))
    return out


def _changed(row: dict[str, Any]) -> dict[str, Any]:
    before = {"severity": row["before_severity"], "message": row["before_message"]}
    return {**_finding(row), "before": {k: jsonable(v) for k, v in before.items()}}


def diff(ledger: Path, parts: dict[str, pd.DataFrame], old: int, new: int) -> dict[str, Any]:
    """The findings of `ledger_query.diff` as lists `new`, `fixed`, `changed` (in both runs, with
    the severity and message of run `old` under `before`) and `unchanged`, with their counts."""
    still = records(parts["open"])
    lists = {
        "new": [_finding(r) for r in records(parts["new"])],
        "fixed": [_finding(r) for r in records(parts["fixed"])],
        "changed": [_changed(r) for r in still if r["changed"]],
        "unchanged": [_finding(r) for r in still if not r["changed"]],
    }
    return {
        "ledger": Path(ledger).as_posix(),
        "old_run": int(old),
        "new_run": int(new),
        "counts": {key: len(lists[key]) for key in DIFF_KEYS},
        **lists,
    }


def dumps(data: dict[str, Any]) -> str:
    """Strict JSON text (indent 2, UTF-8 not escaped), ending in a newline."""
    return json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
