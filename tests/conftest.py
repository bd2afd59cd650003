"""Shared fixtures: the demo folder, one audit of it, and its planted-case table."""

from __future__ import annotations

from pathlib import Path

import pytest

import figcheck

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "data" / "demo"


def planted_cases() -> list[dict[str, str]]:
    """The rows of the `## Planted cases` table in data/demo/README.md (the ground truth)."""
    lines = (DEMO / "README.md").read_text(encoding="utf-8").splitlines()
    start = lines.index("## Planted cases")
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("|"))
    rows = []
    for line in lines[first:]:
        if not line.startswith("|"):
            break
        rows.append(line)
    header = [c.strip() for c in rows[0].strip("|").split("|")]
    cases = []
    for row in rows[2:]:
        cells = [c.strip() for c in row.strip("|").split("|")]
        cases.append(dict(zip(header, cells, strict=True)))
    return cases


@pytest.fixture(scope="session")
def demo_result() -> figcheck.AuditResult:
    return figcheck.audit(DEMO)
