"""The ledger: a DuckDB file that remembers every run's sources, claims, facts and findings."""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from figcheck import ledger_schema
from figcheck.model import AuditResult, Document, Table
from figcheck.schemas import CLAIM_COLUMNS, claims_frame, empty_claims

DEFAULT = ".figcheck/ledger.duckdb"  # relative to the audited folder
PAUSE_ENV = "FIGCHECK_TEST_PAUSE_IN_WRITE"  # tests: seconds to sleep inside the write transaction
_LIST_COLUMNS = ("claim_ids", "source_ids", "rows", "details")


class LedgerError(Exception):
    """The ledger cannot be used (damaged, newer, locked); the message names the file and fix."""


@dataclass(frozen=True)
class RunRecord:
    """What `record` wrote: the new run's id and the id of the run before it (None if first)."""

    run_id: int
    previous: int | None


@dataclass(frozen=True)
class Recalled:
    """Claims recalled from earlier runs, the run each source was last read in, and its meta."""

    claims: pd.DataFrame
    runs: dict[str, int] = field(default_factory=dict)
    meta: dict[str, dict[str, Any]] = field(default_factory=dict)


def now() -> str:
    """The current UTC time as ISO 8601 with seconds, as stored in the ledger."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _lock_message(path: Path, exc: Exception, timeout: float) -> str:
    pid = re.search(r"PID (\d+)", str(exc))
    holder = f" (process {pid.group(1)})" if pid else ""
    return (
        f"{path}: the ledger is in use by another figcheck run{holder}; waited {timeout:g} s. "
        f"Let that run finish, raise the wait with --lock-timeout or FIGCHECK_LOCK_TIMEOUT, "
        f"or give this run its own --ledger"
    )


def _damaged(path: Path, exc: Exception) -> LedgerError:
    why = str(exc).splitlines()[0]
    return LedgerError(
        f"{path}: not a readable figcheck ledger ({why}); move the file aside to start a new "
        f"ledger (its history is then lost) or restore it from a backup"
    )


def _connect(path: Path, timeout: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + timeout
    while True:
        try:
            return duckdb.connect(str(path))
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise _damaged(path, exc) from None
            if time.monotonic() >= deadline:
                raise LedgerError(_lock_message(path, exc, timeout)) from None
            time.sleep(0.1)
        except duckdb.Error as exc:
            raise _damaged(path, exc) from None


@contextmanager
def opened(path: Path, *, timeout: float = 30.0, create: bool = True) -> Iterator[Any]:
    """A connection to an up-to-date ledger (created and migrated as needed), closed on exit."""
    path = Path(path)
    if not path.exists():
        if not create:
            raise LedgerError(f"{path}: no ledger here yet; run `figcheck check` first")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LedgerError(f"{path}: cannot create its folder ({exc.strerror})") from None
    con = _connect(path, timeout)
    try:
        _upgrade(con, path)
        yield con
    finally:
        con.close()


def _upgrade(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    try:
        version = ledger_schema.version_of(con)
    except (duckdb.Error, ValueError) as exc:
        raise _damaged(path, exc) from None
    if version is None:
        raise LedgerError(
            f"{path}: not a figcheck ledger (it holds other tables); give another --ledger path"
        )
    if version > ledger_schema.SCHEMA_VERSION:
        raise LedgerError(
            f"{path}: written by a newer figcheck (ledger schema {version}, this figcheck reads "
            f"up to {ledger_schema.SCHEMA_VERSION}); upgrade figcheck or give another --ledger path"
        )
    if version < ledger_schema.SCHEMA_VERSION:
        con.begin()
        ledger_schema.migrate(con, version)
        con.commit()


def content_hash(path: Path, fallback: str = "") -> str:
    """SHA-256 of a file's bytes (of `fallback` text when the file is gone)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        data = fallback.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def source_hashes(documents: list[Document], tables: list[Table]) -> dict[str, str]:
    """{source id: content hash} of every document and table a run read."""
    out = {d.id: content_hash(d.path, d.text) for d in documents}
    out.update({t.id: content_hash(t.path) for t in tables})
    return out


def recall(path: Path, current: dict[str, str], *, timeout: float = 30.0) -> Recalled:
    """Claims of earlier sources that are not in this run, as of the last run that read each.

    `current` is {source id: content hash} of this run; an earlier source whose content is in
    this run under another name is left out. A ledger file that does not exist recalls nothing.
    """
    if not Path(path).exists():
        return Recalled(empty_claims())
    with opened(path, timeout=timeout) as con:
        latest = con.execute(
            "SELECT source_id, max(run_id), arg_max(content_hash, run_id), arg_max(meta, run_id) "
            "FROM sources GROUP BY source_id"
        ).fetchall()
        keep = {s: r for s, r, h, _ in latest if s not in current and h not in current.values()}
        if not keep:
            return Recalled(empty_claims())
        con.register(
            "wanted", pd.DataFrame({"source_id": list(keep), "run_id": list(keep.values())})
        )
        cols = ", ".join(f'c."{c}"' for c in CLAIM_COLUMNS)
        frame = con.execute(
            f"SELECT {cols} FROM claims c JOIN wanted w USING (source_id, run_id) "
            f"ORDER BY c.source_id, c.start"
        ).df()
    if frame.empty:
        return Recalled(empty_claims())
    found = sorted(set(frame["source_id"]))
    meta = {s: json.loads(m or "{}") for s, _, _, m in latest if s in found}
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    return Recalled(claims_frame(rows), {s: keep[s] for s in found}, meta)


def _plain(value: Any) -> Any:
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray | set | tuple):
        return list(value)
    return str(value)


def to_json(value: Any) -> str:
    """A list or dict cell as JSON text (numpy values made plain)."""
    return json.dumps(value, default=_plain, sort_keys=True, ensure_ascii=False)


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, run_id: int) -> None:
    if frame is None or frame.empty:
        return
    frame = frame.copy()
    for col in _LIST_COLUMNS:
        if col in frame.columns:
            frame[col] = [to_json(v) for v in frame[col]]
    frame.insert(0, "run_id", run_id)
    known = {
        row[0]
        for row in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table]
        ).fetchall()
    }
    frame = frame[[c for c in frame.columns if c in known]]
    con.register("incoming", frame)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
    con.unregister("incoming")


def record(
    path: Path,
    result: AuditResult,
    *,
    config_hash: str,
    started: str,
    failing: int,
    timeout: float = 30.0,
) -> RunRecord:
    """Store the run in one transaction and mark each finding `status` new or persisting
    (against the previous run); a run killed before the commit leaves the ledger as it was."""
    from figcheck import __version__
    from figcheck.baseline import evidence

    hashes = source_hashes(result.documents, result.tables)
    findings = result.findings.copy()
    findings["evidence"] = [evidence(row) for row in findings.to_dict("records")]
    with opened(path, timeout=timeout) as con:
        con.begin()
        try:
            previous = con.execute("SELECT max(run_id) FROM runs").fetchone()[0]
            run_id = (previous or 0) + 1
            before = con.execute("SELECT finding_id FROM findings WHERE run_id = ?", [previous])
            seen = {row[0] for row in before.fetchall()}
            findings["status"] = [
                "persisting" if f in seen else "new" for f in findings["finding_id"]
            ]
            con.execute(
                "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    run_id, started, now(), __version__, Path(result.folder).as_posix(),
                    config_hash, result.extractor, to_json(list(result.checks_run)),
                    len(hashes), len(result.claims), len(findings), failing,
                ],
            )  # fmt: skip
            _insert(con, "sources", _sources(result, hashes), run_id)
            _insert(con, "claims", result.claims, run_id)
            _insert(con, "facts", result.facts, run_id)
            _insert(con, "findings", findings, run_id)
            _pause_for_tests(path)
            con.commit()
        except BaseException:
            con.rollback()
            raise
    result.findings["status"] = findings["status"].to_numpy()
    return RunRecord(run_id, previous)


def _sources(result: AuditResult, hashes: dict[str, str]) -> pd.DataFrame:
    kinds = {d.id: ("document", d.meta) for d in result.documents}
    kinds.update({t.id: ("table", t.meta) for t in result.tables})
    rows = []
    for source_id, digest in hashes.items():
        kind, meta = kinds[source_id]
        meta = {k: v for k, v in meta.items() if k != "binding"}
        rows.append({"source_id": source_id, "kind": kind, "content_hash": digest,
                     "meta": to_json(meta)})  # fmt: skip
    return pd.DataFrame(rows)


def _pause_for_tests(path: Path) -> None:
    seconds = os.environ.get(PAUSE_ENV)
    if seconds:
        Path(f"{path}.paused").write_text(str(os.getpid()), encoding="utf-8")
        time.sleep(float(seconds))
