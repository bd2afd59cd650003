"""The baseline: reviewed findings accepted in a plain TOML file that is committed with the data."""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, NamedTuple

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
    try:
        tmp.write_text(dumps(entries), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        raise BaselineError(
            f"{path}: cannot write the baseline ({exc.strerror}); give a writable --baseline PATH"
        ) from None
    return entry


class FromReport(NamedTuple):
    """A finding read from a findings JSON, and the folder whose baseline it belongs in."""

    finding: dict[str, Any]
    folder: Path


def _report(path: Path) -> dict[str, Any]:
    rerun = f"`figcheck check FOLDER --json {path}`"
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise BaselineError(
            f"{path}: cannot read it ({exc.strerror}); write it with {rerun} first"
        ) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(
            f"{path}: not valid JSON ({exc}); give the file written by {rerun}"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise BaselineError(
            f'{path}: not a findings file (no "findings" list); give the file written by {rerun}'
        )
    return data


def from_report(path: Path, finding_id: str, folder: Path | None = None) -> FromReport:
    """The finding `finding_id` of a findings JSON written by `figcheck check --json`, and the
    audited folder: `folder` when given (it must be the one the file names, when that one is
    here), else the file's own `folder` (relative to the current directory, as `check` wrote it).
    """
    path = Path(path)
    data = _report(path)
    rerun = f"`figcheck check FOLDER --json {path}`"
    rows = [r for r in data["findings"] if isinstance(r, dict)]
    match = [r for r in rows if r.get("finding_id") == finding_id]
    if not match:
        ids = [str(r.get("finding_id")) for r in rows]
        some = ", ".join(ids[:5]) + (f" ({len(ids)} in all)" if len(ids) > 5 else "")
        raise BaselineError(
            f"{path}: no finding {finding_id!r}; ids there: {some or 'none'}. If the data "
            f"changed since, run {rerun} again"
        )
    finding = match[0]
    if not isinstance(finding.get("check"), str) or not finding["check"]:
        raise BaselineError(f"{path}: finding {finding_id!r} has no check; write it with {rerun}")
    named = data.get("folder")
    audited = Path(named) if isinstance(named, str) and named else None
    if folder is None:
        if audited is None:
            raise BaselineError(
                f"{path}: it does not name the audited folder; give that folder with --folder"
            )
        if not audited.is_dir():
            raise BaselineError(
                f"{path}: it names the audited folder {named!r}, which is not here "
                f"({Path.cwd()}); give the audited folder with --folder"
            )
        return FromReport(finding, audited)
    if not Path(folder).is_dir():
        raise BaselineError(f"{folder}: no such folder; give the audited folder with --folder")
    if audited is not None and audited.is_dir() and audited.resolve() != Path(folder).resolve():
        raise BaselineError(
            f"{path} holds the findings of folder {named!r}, not of {folder}; give --folder "
            f"{named} (or leave --folder out)"
        )
    return FromReport(finding, Path(folder))


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
