"""Questions put to the ledger: the list of runs, one run's findings, what changed between two."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck.baseline import evidence
from figcheck.ledger import LedgerError, opened

RUN_COLUMNS = ["run_id", "started", "finished", "figcheck_version", "folder", "config_hash",
               "extractor", "checks", "n_sources", "n_claims", "n_findings",
               "n_failing"]  # fmt: skip
DIFF_KINDS = ("new", "fixed", "open")


def runs(path: Path, *, timeout: float = 30.0) -> pd.DataFrame:
    """Every run in the ledger, oldest first (`checks` decoded from its JSON text)."""
    with opened(path, timeout=timeout, create=False) as con:
        frame = con.execute(f"SELECT {', '.join(RUN_COLUMNS)} FROM runs ORDER BY run_id").df()
    frame["checks"] = [json.loads(v) if isinstance(v, str) else [] for v in frame["checks"]]
    return frame


def findings_of(path: Path, run_id: int, *, timeout: float = 30.0) -> pd.DataFrame:
    """The findings of one run, lists and details decoded from their JSON text."""
    with opened(path, timeout=timeout, create=False) as con:
        _require(con, path, [run_id])
        frame = con.execute(
            "SELECT * EXCLUDE (run_id) FROM findings WHERE run_id = ? ORDER BY finding_id",
            [run_id],
        ).df()
    for col in ("claim_ids", "source_ids", "rows", "details"):
        frame[col] = [json.loads(v) if isinstance(v, str) else v for v in frame[col]]
    return frame


def _require(con: Any, path: Path, run_ids: list[int]) -> None:
    known = [row[0] for row in con.execute("SELECT run_id FROM runs ORDER BY run_id").fetchall()]
    for run_id in run_ids:
        if run_id not in known:
            listed = ", ".join(map(str, known)) or "none yet"
            raise LedgerError(f"{path}: no run {run_id}; runs: {listed} (see `figcheck history`)")


def last_two(path: Path, *, timeout: float = 30.0) -> tuple[int, int]:
    """The ids of the two latest runs."""
    ids = list(runs(path, timeout=timeout)["run_id"])
    if len(ids) < 2:
        raise LedgerError(
            f"{path}: diff needs two runs and the ledger has {len(ids)}; run `figcheck check` again"
        )
    return int(ids[-2]), int(ids[-1])


def diff(path: Path, old: int, new: int, *, timeout: float = 30.0) -> dict[str, pd.DataFrame]:
    """Findings `new` (only in run `new`), `fixed` (only in run `old`) and `open` (in both).

    `open` rows are those of run `new` plus `before_severity` and `before_message` (run `old`)
    and `changed`: True when the severity or the evidence (message, expected, observed) differs.
    """
    before = findings_of(path, old, timeout=timeout)
    after = findings_of(path, new, timeout=timeout)
    was, now = set(before["finding_id"]), set(after["finding_id"])
    still = after[after["finding_id"].isin(was)].reset_index(drop=True)
    earlier = {row["finding_id"]: row for row in before.to_dict("records")}
    pairs = [(earlier[row["finding_id"]], row) for row in still.to_dict("records")]
    still["before_severity"] = pd.Series([b["severity"] for b, _ in pairs], dtype=object)
    still["before_message"] = pd.Series([b["message"] for b, _ in pairs], dtype=object)
    still["changed"] = pd.Series(
        [b["severity"] != a["severity"] or evidence(b) != evidence(a) for b, a in pairs],
        dtype=bool,
    )
    return {
        "new": after[~after["finding_id"].isin(was)].reset_index(drop=True),
        "fixed": before[~before["finding_id"].isin(now)].reset_index(drop=True),
        "open": still,
    }


def finding(path: Path, finding_id: str, *, timeout: float = 30.0) -> dict[str, Any]:
    """One finding of the latest run, as a dict; an unknown id names a few of the valid ones."""
    with opened(path, timeout=timeout, create=False) as con:
        last = con.execute("SELECT max(run_id) FROM runs").fetchone()[0]
    if last is None:
        raise LedgerError(f"{path}: the ledger has no runs yet; run `figcheck check` first")
    frame = findings_of(path, int(last), timeout=timeout)
    match = frame[frame["finding_id"] == finding_id]
    if match.empty:
        some = ", ".join(list(frame["finding_id"])[:5]) or "none"
        raise LedgerError(
            f"no finding {finding_id!r} in the latest run ({last}) of {path}; "
            f"ids there include: {some}"
        )
    return match.iloc[0].to_dict()
