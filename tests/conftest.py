"""Shared fixtures: the demo folder, one audit of it, and its planted-case table."""

from __future__ import annotations

from pathlib import Path

import pytest

import figcheck

pytest_plugins = ["tests.browser_support"]  # fixtures of the browser tests

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


@pytest.fixture(autouse=True)
def _no_ledger_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """`figcheck check` keeps a ledger in the audited folder; tests that do not ask for one
    (tests/test_ledger*.py set their own) must not write into data/."""
    monkeypatch.setenv("FIGCHECK_LEDGER", "off")
    for name in ("FIGCHECK_FAIL_ON", "FIGCHECK_BASELINE", "FIGCHECK_EXTRACTOR", "FIGCHECK_CHECKS",
                 "FIGCHECK_LOCK_TIMEOUT"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def demo_result() -> figcheck.AuditResult:
    return figcheck.audit(DEMO)
