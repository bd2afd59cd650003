"""Shared plumbing of the checks that read user files (suites, schemas) and other tables."""

from __future__ import annotations

from pathlib import Path

from figcheck.checks.base import Check, Option
from figcheck.model import SEVERITIES, SEVERITY_RANK, Finding, Table

SEVERITY = Option(
    (str,), "error", f"a severity: {', '.join(SEVERITIES)}", lambda s: s in SEVERITIES
)
MAX_LISTED = 5  # failing rows or keys quoted in a message; the finding's rows hold them all


def folder_of(table: Table) -> Path:
    """The audited folder: the table's path without its id (the path relative to the folder)."""
    return table.path.parents[len(Path(table.id).parts) - 1]


def input_path(table: Table, rel: str) -> Path:
    """A file named in figcheck.toml, relative to the audited folder."""
    return folder_of(table) / rel


def milder(configured: str, other: str) -> str:
    """The lower of two severities (error > warning > info)."""
    return min(configured, other, key=SEVERITY_RANK.__getitem__)


def unusable(check: Check, table: Table, rel: str, why: str) -> Finding:
    """The error finding for a suite, schema or table that a binding names but cannot be used;
    `why` names the file, the problem and the fix."""
    return Finding(
        check=check.name,
        severity="error",
        message=f"{table.id}: {check.name} cannot run: {why}",
        table=table.id,
        source_ids=[table.id],
        details={"input": rel, "problem": why},
    )


def listed(items: list, limit: int = MAX_LISTED) -> str:
    """ "1, 4, 7" or "1, 4, 7, 9, 12 and 3 more"."""
    shown = ", ".join(map(str, items[:limit]))
    return shown + (f" and {len(items) - limit} more" if len(items) > limit else "")
