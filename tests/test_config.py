"""figcheck.toml: table bindings, and the exact errors for unknown keys, checks and bad values."""

from __future__ import annotations

from pathlib import Path

import pytest

import figcheck
from figcheck import config
from figcheck.ingest import InputError, load_folder

CSV = "year,time,deaths\n2015,1,10\n"


def write(folder: Path, toml: str) -> Path:
    (folder / "t.csv").write_text(CSV, encoding="utf-8")
    (folder / "figcheck.toml").write_text(toml, encoding="utf-8")
    return folder


def test_no_config_means_no_bindings(tmp_path: Path):
    assert config.load(tmp_path) == {}


def test_binding_lands_in_table_meta(tmp_path: Path):
    write(
        tmp_path,
        '[tables."t.csv"]\nrole = "deaths"\nchecks = ["excess_vs_reported"]\n'
        '[tables."t.csv".columns]\nmonth = "time"\n'
        '[tables."t.csv".options.excess_vs_reported]\nreported = 57555\nperiod = "2020"\n',
    )
    _, tables, problems = load_folder(tmp_path)
    assert problems == []
    assert tables[0].meta["binding"] == {
        "role": "deaths",
        "checks": ["excess_vs_reported"],
        "columns": {"month": "time"},
        "options": {"excess_vs_reported": {"reported": 57555, "period": "2020"}},
    }


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        (
            '[tables."t.csv"]\ncolums = {}\n',
            "tables.\"t.csv\": unknown key 'colums'; valid keys: checks, columns, mirror, options, "
            "role, schema, suites",
        ),
        ("[table]\n", "unknown key 'table'; valid keys: figcheck, tables"),
        (
            '[tables."t.csv"]\nchecks = ["integer_percent"]\n',
            "tables.\"t.csv\".checks: unknown check 'integer_percent'; valid: "
            "integer_percent_peaks, excess_vs_reported",
        ),
        (
            '[tables."t.csv"]\nchecks = ["part_exceeds_whole"]\n',
            "tables.\"t.csv\".checks: not a table check 'part_exceeds_whole'; valid: "
            "integer_percent_peaks, excess_vs_reported",
        ),
        (
            '[tables."t.csv"]\nchecks = ["excess_vs_reported"]\ncolumns = {monht = "time"}\n',
            "tables.\"t.csv\".columns: unknown key 'monht'; valid keys: deaths, month, year",
        ),
        (
            '[tables."t.csv"]\nchecks = ["excess_vs_reported"]\n'
            '[tables."t.csv".options.excess_vs_reported]\nperiod = "2020-13"\n',
            "tables.\"t.csv\".options.excess_vs_reported.period: '2020-13' is not valid; expected "
            "a year 'YYYY', a month 'YYYY-MM' or a range 'YYYY-MM/YYYY-MM' (e.g. '2020')",
        ),
        (
            '[tables."t.csv"]\nchecks = ["integer_percent_peaks"]\n'
            '[tables."t.csv".options.integer_percent_peaks]\ndraws = "many"\n',
            "options.integer_percent_peaks.draws: 'many' is not valid; expected a whole number",
        ),
        (
            '[tables."t.csv"]\nchecks = []\n[tables."t.csv".options.excess_vs_reported]\n',
            "tables.\"t.csv\".options: unknown key 'excess_vs_reported'; valid keys: none",
        ),
        ('[tables."t.csv"\n', "not valid TOML"),
    ],
)
def test_config_errors_name_file_key_and_valid_options(tmp_path: Path, toml: str, expected: str):
    write(tmp_path, toml)
    with pytest.raises(InputError) as info:
        load_folder(tmp_path)
    message = str(info.value)
    assert message.startswith(f"{tmp_path / 'figcheck.toml'}: ")
    assert expected in message


def test_config_error_is_exit_code_2(tmp_path: Path):
    from typer.testing import CliRunner

    from figcheck.cli import app

    write(tmp_path, '[tables."t.csv"]\ncolums = {}\n')
    out = CliRunner().invoke(app, ["check", str(tmp_path)])
    assert out.exit_code == 2
    assert "unknown key 'colums'" in out.output


def test_bound_file_that_is_not_there_is_an_ingest_finding(tmp_path: Path):
    write(tmp_path, '[tables."gone.csv"]\nchecks = ["excess_vs_reported"]\n')
    result = figcheck.audit(tmp_path)
    messages = list(result.findings.loc[result.findings["check"] == "ingest", "message"])
    assert any('tables."gone.csv" is not a table' in m for m in messages)


def test_missing_columns_give_an_info_finding_naming_both_sides(tmp_path: Path):
    write(tmp_path, '[tables."t.csv"]\nchecks = ["excess_vs_reported"]\n')
    result = figcheck.audit(tmp_path, checks=["excess_vs_reported"])
    (row,) = result.findings.to_dict("records")
    assert row["severity"] == "info" and row["table"] == "t.csv"
    assert "missing column(s) 'month'" in row["message"]
    assert "the table has 'year', 'time', 'deaths'" in row["message"]


def test_gzipped_csv_is_read_with_pyarrow_dtypes_and_a_broken_one_is_a_finding(tmp_path: Path):
    import gzip

    (tmp_path / "t.csv.gz").write_bytes(gzip.compress(CSV.encode()))
    (tmp_path / "bad.csv.gz").write_bytes(b"not gzip at all")
    _, tables, problems = load_folder(tmp_path)
    assert [t.id for t in tables] == ["t.csv.gz"] and tables[0].meta["format"] == "csv.gz"
    assert str(tables[0].frame["deaths"].dtype) == "int64[pyarrow]"
    (problem,) = problems
    assert problem.severity == "error" and problem.message.startswith("bad.csv.gz: cannot")
