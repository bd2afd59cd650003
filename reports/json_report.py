"""The audit result as strict JSON (no NaN or Infinity), for machines and later runs."""

from __future__ import annotations

import json
import math
from datetime import date, datetime, time
from pathlib import Path, PurePath
from typing import Any

import numpy as np

from figcheck.model import AuditResult
from figcheck.schemas import CLAIM_COLUMNS, FINDING_COLUMNS

from ._common import (
    check_names,
    is_missing,
    package_version,
    records,
    severity_counts,
)

NOTES: dict[str, str] = {
    "high": "null means unbounded above (e.g. 'more than 40'): JSON has no Infinity",
    "low": "null means unbounded below",
    "null": "elsewhere null means missing or not applicable",
    "start_end": "claims[].start/end are character offsets into the text of source_id",
}


def jsonable(value: Any) -> Any:
    """Convert a value to plain JSON types: NaN and +/-inf become None, numpy scalars Python."""
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, bool) or value is None or isinstance(value, str | int):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    if isinstance(value, dict):
        return {str(k): jsonable(value[k]) for k in sorted(value, key=str)}
    if isinstance(value, list | tuple | np.ndarray):
        return [jsonable(v) for v in value]
    if isinstance(value, set | frozenset):
        return sorted((jsonable(v) for v in value), key=str)
    if is_missing(value):
        return None  # pd.NA, pd.NaT (a datetime subclass), None-likes
    if isinstance(value, PurePath):
        return value.as_posix()
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value)


def _rows(frame: Any, columns: list[str]) -> list[dict[str, Any]]:
    """Rows with every contract column, in contract order (extra columns follow)."""
    rows = []
    for row in records(frame):
        ordered = {c: row.get(c) for c in columns}
        ordered.update({k: v for k, v in row.items() if k not in ordered})
        rows.append({k: jsonable(v) for k, v in ordered.items()})
    return rows


def _sources(result: AuditResult) -> list[dict[str, Any]]:
    docs = [{"id": d.id, "kind": "document", "meta": jsonable(d.meta)} for d in result.documents]
    tables = [{"id": t.id, "kind": "table", "meta": jsonable(t.meta)} for t in result.tables]
    return docs + tables


def to_dict(result: AuditResult) -> dict[str, Any]:
    """The whole result as a JSON-ready dict with a fixed key order."""
    by_severity = severity_counts(result.findings)
    return {
        "figcheck_version": package_version(),
        "folder": Path(result.folder).as_posix(),
        "extractor": result.extractor,
        "checks_run": list(result.checks_run),
        "notes": dict(NOTES),
        "counts": {
            "sources": {"documents": len(result.documents), "tables": len(result.tables)},
            "claims": len(result.claims),
            "facts": len(result.facts),
            "findings": {**by_severity, "total": sum(by_severity.values())},
            "checks": len(check_names(result)),
        },
        "sources": _sources(result),
        "claims": _rows(result.claims, CLAIM_COLUMNS),
        "facts": _rows(result.facts, list(result.facts.columns)),
        "findings": _rows(result.findings, FINDING_COLUMNS),
    }


def dumps(result: AuditResult) -> str:
    """The result as a JSON string (UTF-8 text, not ASCII-escaped, indent 2)."""
    return json.dumps(to_dict(result), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


def write_json(result: AuditResult, path: Path) -> None:
    """Write the result as strict JSON to `path` (UTF-8)."""
    Path(path).write_text(dumps(result), encoding="utf-8")
