"""The baseline: reviewed findings accepted in a plain TOML file that is committed with the data."""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck.ids import short_hash
from figcheck.memory import NOTE

BASELINE = "figcheck-baseline.toml"
FIELDS = ("finding_id", "check", "reason", "by", "at", "evidence", "message")
HEADER = (
    "# figcheck baseline: reviewed findings that are still reported but do not fail the run.\n"
    "# Written by `figcheck accept FINDING_ID --reason ...`; commit it with the data.\n"
    "# An entry whose evidence hash no longer matches the finding is raised again.\n"
)


class BaselineError(ValueError):
    """The baseline file cannot be used as written; the message names the file and the fix."""


@dataclass(frozen=True)
class Accepted:
    """One reviewed finding: who accepted it, when, why, and a hash of the evidence they saw."""

    finding_id: str
    check: str
    reason: str
    by: str
    at: str
    evidence: str
    message: str = ""


def _text(value: Any) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def evidence(finding: Mapping[str, Any]) -> str:
    """Hash of what a reviewer saw: the finding's check, message, expected and observed values
    (without the note on which ledger run an earlier source was read in)."""
    parts = [_text(finding.get(k)) for k in ("check", "message", "expected", "observed")]
    parts[1] = parts[1].split(NOTE)[0]  # where an earlier source was read is not evidence
    return short_hash("\x1f".join(parts), 12)


def load(path: Path) -> dict[str, Accepted]:
    """The entries of a baseline file by finding id; {} when there is no file."""
    path = Path(path)
    if not path.is_file():
        return {}
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not valid TOML ({exc}); fix the file") from None
    extra = [k for k in raw if k != "accepted"]
    if extra:
        raise BaselineError(f"{path}: unknown key {extra[0]!r}; valid keys: accepted")
    entries: dict[str, Accepted] = {}
    for i, item in enumerate(raw.get("accepted", []), start=1):
        where = f"{path}: accepted entry {i}"
        if not isinstance(item, dict):
            raise BaselineError(f"{where}: must be an [[accepted]] table")
        unknown = [k for k in item if k not in FIELDS]
        if unknown:
            raise BaselineError(
                f"{where}: unknown key {unknown[0]!r}; valid keys: {', '.join(sorted(FIELDS))}"
            )
        missing = [k for k in FIELDS[:-1] if not isinstance(item.get(k), str) or not item[k]]
        if missing:
            raise BaselineError(f"{where}: {missing[0]!r} is missing or not a string")
        entries[item["finding_id"]] = Accepted(**item)
    return entries


def _toml_string(value: str) -> str:
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


def dumps(entries: Mapping[str, Accepted]) -> str:
    """The baseline as TOML text: a header, then one [[accepted]] table per id, sorted by id."""
    blocks = [HEADER]
    for fid in sorted(entries):
        values = asdict(entries[fid])
        lines = [f"{k} = {_toml_string(values[k])}" for k in FIELDS]
        blocks.append("\n[[accepted]]\n" + "\n".join(lines) + "\n")
    return "".join(blocks)


def accept(path: Path, finding: Mapping[str, Any], *, reason: str, by: str, at: str) -> Accepted:
    """Add (or replace) the entry for `finding` and rewrite the file atomically."""
    if not reason.strip():
        raise BaselineError("--reason is empty; say why this finding is accepted")
    path = Path(path)
    entries = load(path)
    entry = Accepted(
        finding_id=str(finding["finding_id"]),
        check=str(finding["check"]),
        reason=reason.strip(),
        by=by,
        at=at,
        evidence=evidence(finding),
        message=_text(finding.get("message")),
    )
    entries[entry.finding_id] = entry
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dumps(entries), encoding="utf-8")
    os.replace(tmp, path)
    return entry


def apply(findings: pd.DataFrame, entries: Mapping[str, Accepted]) -> pd.DataFrame:
    """Findings with `accepted` (bool) and, for baseline entries, `details["baseline"]`: an entry
    whose evidence changed is not accepted and says so."""
    out = findings.copy()
    accepted, details = [], []
    for row in out.to_dict("records"):
        entry = entries.get(row["finding_id"])
        info = dict(row["details"] or {})
        ok = entry is not None and entry.evidence == evidence(row)
        if entry is not None:
            info["baseline"] = {"reason": entry.reason, "by": entry.by, "at": entry.at}
            if not ok:
                info["baseline"]["note"] = (
                    f"accepted on {entry.at} by {entry.by}, but the evidence changed since "
                    f"(was: {entry.message}); review it and run `figcheck accept` again"
                )
        accepted.append(ok)
        details.append(info)
    out["accepted"] = pd.Series(accepted, index=out.index, dtype=bool)
    out["details"] = pd.Series(details, index=out.index, dtype=object)
    return out


def unmatched(findings: pd.DataFrame, entries: Mapping[str, Accepted]) -> list[str]:
    """Baseline ids that match no finding of this run (fixed, or the data moved on)."""
    return sorted(set(entries) - set(findings["finding_id"]))
