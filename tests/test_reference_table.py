"""Claims against official table cells, bound in figcheck.toml by fact key."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import figcheck
from figcheck.cli import app

TOML = (
    "[figcheck.options.reference_table]\n"
    'references = [{{ fact = "trade | money | 2021", table = "t.csv", where = {{ year = 2021 }}, '
    'column = "{col}", scale = 1e6 }}]\n'
)


def _folder(tmp_path: Path, col: str = "total", rows: str = "2020,20000\n2021,24500\n") -> Path:
    (tmp_path / "a.md").write_text(
        "In 2021 trade between the two countries stood at $31 billion.\n"
    )
    (tmp_path / "b.md").write_text("Trade reached $24.5 billion in 2021.\n")
    (tmp_path / "t.csv").write_text("year,total\n" + rows)
    (tmp_path / "figcheck.toml").write_text(TOML.format(col=col))
    return tmp_path


def _messages(result) -> list[str]:
    f = result.findings
    return list(f.loc[f["check"] == "reference_table", "message"])


def test_claim_outside_the_cell_is_reported_and_one_inside_is_not(tmp_path: Path):
    result = figcheck.audit(_folder(tmp_path), checks=["reference_table"])
    assert _messages(result) == [
        "a.md says $31 billion (30.5 billion to 31.5 billion USD) for trade | money | 2021; the "
        "reference table t.csv (year = 2021, total) gives 24.5 billion USD "
        "(gap 5.878 billion, 24%)."
    ]


@pytest.mark.parametrize(
    ("col", "rows", "why"),
    [
        ("totl", "2021,24500\n", "t.csv has no column 'totl'; columns: year, total"),
        ("total", "2021,24500\n2021,1\n", "t.csv: 2 rows match year = 2021; it must be one"),
    ],
)
def test_a_reference_that_points_nowhere_says_why(tmp_path: Path, col, rows, why):
    result = figcheck.audit(_folder(tmp_path, col, rows), checks=["reference_table"])
    assert _messages(result) == [
        f"reference for 'trade | money | 2021' cannot be used: {why}; fix it in figcheck.toml"
    ]


def test_a_malformed_reference_is_a_config_error(tmp_path: Path):
    folder = _folder(tmp_path)
    (folder / "figcheck.toml").write_text(
        '[figcheck.options.reference_table]\nreferences = [{ fact = "x", table = "t.csv" }]\n'
    )
    res = CliRunner().invoke(app, ["check", str(folder), "--no-ledger"])
    assert res.exit_code == 2
    assert "figcheck.options.reference_table.references" in res.stderr
    assert "a list of tables with keys fact" in " ".join(res.stderr.split())
