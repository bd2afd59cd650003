"""A Markdown summary of an audit, e.g. for a CI job's step summary ($GITHUB_STEP_SUMMARY)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from figcheck.model import AuditResult

from ._common import is_missing, one_line, ordered_findings, plural, severity_counts
from .ledger_text import memory_lines
from .summary import verdict

TOP = 20


def _cell(value: Any) -> str:
    text = "" if is_missing(value) else one_line(str(value))
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def _marks(finding: dict[str, Any]) -> str:
    marks = [finding.get("status")] if isinstance(finding.get("status"), str) else []
    if finding.get("accepted") is True:
        marks.append("accepted")
    return ", ".join(marks)


def render_markdown(result: AuditResult, fail_on: str = "error", top: int = TOP) -> str:
    """A heading with the verdict, the counts, ledger and baseline lines, and the top findings."""
    counts = severity_counts(result.findings)
    lines = [
        f"## figcheck: {_cell(verdict(result, fail_on))}",
        "",
        f"- Folder: `{_cell(Path(result.folder).as_posix())}`",
        f"- Sources: {plural(len(result.documents), 'document')}, "
        f"{plural(len(result.tables), 'table')}; claims: {len(result.claims)}",
        "- Findings: " + ", ".join(f"{n} {s}" for s, n in counts.items()),
        *(f"- {_cell(line)}" for line in memory_lines(result)),
    ]
    shown = ordered_findings(result)[:top]
    if shown:
        lines += ["", "| severity | check | id | status | finding |", "|---|---|---|---|---|"]
        for f in shown:
            cells = [f["severity"], f["check"], f["finding_id"], _marks(f), f["message"]]
            lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
        if len(result.findings) > top:
            lines += ["", f"{len(result.findings) - top} more in the reports."]
    return "\n".join(lines) + "\n"


def append_markdown(result: AuditResult, path: Path, fail_on: str = "error") -> None:
    """Append the Markdown summary to `path` (step-summary files are appended to)."""
    with Path(path).open("a", encoding="utf-8") as fh:
        fh.write(render_markdown(result, fail_on) + "\n")
