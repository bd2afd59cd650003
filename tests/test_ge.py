"""figcheck.ge, the Great Expectations adapter, and the expectation_suite check on real tables."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import figcheck
from figcheck import ge
from figcheck.ingest import InputError
from tests.conftest import DEMO

TRADE = DEMO / "tables" / "trade_official.csv"
SUITE = {
    "name": "trade",
    "expectations": [
        {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "year"}},
        {
            "type": "expect_column_values_to_be_between",
            "kwargs": {"column": "total_usd_m", "min_value": 20000, "max_value": 27000},
            "severity": "warning",
        },
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "nope"}},
        {"type": "expect_table_row_count_to_equal", "kwargs": {"value": 4}},
        {
            "type": "expect_column_pair_values_a_to_be_greater_than_b",
            "kwargs": {"column_A": "imports_usd_m", "column_B": "exports_usd_m"},
        },
    ],
}


@pytest.fixture(scope="module")
def trade() -> pd.DataFrame:
    frame = pd.read_csv(TRADE, dtype_backend="pyarrow")  # as ingest reads it
    frame.loc[2, "exports_usd_m"] = None  # a pyarrow NA trips GE unless the adapter converts
    return frame


def test_run_suite_gives_one_tidy_row_per_expectation_in_suite_order(trade):
    res = ge.run_suite(trade, SUITE)
    assert tuple(res.columns) == ge.RESULT_COLUMNS
    assert list(res["type"]) == [e["type"] for e in SUITE["expectations"]]
    assert list(res["success"]) == [True, False, False, False, False]
    between = res.iloc[1]
    assert between["rows"] == [1, 4] and between["values"] == [19570, 27200]
    assert between["unexpected_count"] == 2 and between["element_count"] == 5
    assert between["severity"] == "warning"
    assert between["kwargs"] == {
        "column": "total_usd_m",
        "min_value": 20000.0,
        "max_value": 27000.0,
    }
    assert res.iloc[2]["exception"] == 'Error: The column "nope" in BatchData does not exist.'
    assert res.iloc[3]["observed"] == 5
    assert res.iloc[4]["rows"] == [2] and res.iloc[4]["values"] == [[16200, None]]  # NA counts
    json.dumps(res.drop(columns=["element_count", "unexpected_count"]).to_dict("records"))


def test_ge_is_quiet_and_offline(trade, capfd, monkeypatch):
    def no_network(*args, **kwargs):
        raise AssertionError(f"GE tried to reach the network: {args}")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.delitem(ge._STATE, "batches", raising=False)  # build a fresh context offline
    res = ge.run_suite(trade, SUITE)
    assert not res["success"].all()
    out, err = capfd.readouterr()
    assert "Calculating Metrics" not in out + err and out + err == ""
    assert os.environ["GX_ANALYTICS_ENABLED"] == "False"


def test_importing_figcheck_and_its_checks_does_not_import_ge():
    code = (
        "import sys, figcheck, figcheck.checks, figcheck.config\n"
        "assert 'great_expectations' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_export_and_load_round_trip(tmp_path: Path):
    path = tmp_path / "suite.json"
    data = ge.export_suite(SUITE, path)
    assert [e["type"] for e in data["expectations"]] == [e["type"] for e in SUITE["expectations"]]
    assert json.loads(path.read_text(encoding="utf-8")) == data
    assert ge.load_suite(path).to_json_dict() == data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{", "s.json: not valid JSON (Expecting property name enclosed in double quotes: "
              "line 1 column 2 (char 1)); fix the file"),
        ("[]", "s.json: a suite is a JSON object with keys expectations, id, meta, name, notes, "
               "suite_parameters"),
        ('{"expectation_suite_name": "x"}', "s.json: unknown key 'expectation_suite_name'; "
         "valid keys: expectations, id, meta, name, notes, suite_parameters"),
        ('{"expectations": [{"expectation_type": "expect_column_values_to_be_unique"}]}',
         "s.json: expectation 1: unknown key 'expectation_type'; GE 1.x writes 'type'; valid "
         "keys: description, id, kwargs, meta, notes, rendered_content, severity, type"),
        ('{"expectations": [{"type": "expect_colum_values_to_be_unique", "kwargs": {}}]}',
         "s.json: expectation 1: unknown expectation type 'expect_colum_values_to_be_unique'; "
         "valid types include expect_column_values_to_be_unique"),
        ('{"expectations": [{"type": "expect_column_values_to_be_unique", '
         '"kwargs": {"colum": "year"}}]}',
         "s.json: expectation 1: expect_column_values_to_be_unique: column: field required; "
         "colum: extra fields not permitted"),
        ('{"expectations": [{"type": "expect_column_values_to_be_unique", '
         '"kwargs": {"column": "year"}, "severity": "high"}]}',
         "s.json: expectation 1: expect_column_values_to_be_unique: Invalid severity 'high'. "
         "Must be one of: critical, warning, info"),
    ],
)  # fmt: skip
def test_bad_suite_files_name_the_file_and_the_problem(tmp_path: Path, text: str, expected: str):
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ge.SuiteError) as info:
        ge.load_suite(path, name="s.json")
    assert str(info.value).startswith(expected)


def test_missing_suite_file(tmp_path: Path):
    with pytest.raises(ge.SuiteError, match=r"^nope\.json: no such suite file; fix the path$"):
        ge.load_suite(tmp_path / "nope.json", name="nope.json")


def _folder(tmp_path: Path, suite: str, extra: str = "") -> Path:
    (tmp_path / "t.csv").write_text(TRADE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "suites").mkdir()
    (tmp_path / "suites" / "t.json").write_text(suite, encoding="utf-8")
    (tmp_path / "figcheck.toml").write_text(
        '[tables."t.csv"]\nchecks = ["expectation_suite"]\nsuites = ["suites/t.json"]\n' + extra,
        encoding="utf-8",
    )
    return tmp_path


def test_check_turns_each_failed_expectation_into_a_finding(tmp_path: Path):
    folder = _folder(tmp_path, json.dumps(SUITE))
    result = figcheck.audit(folder, checks=["expectation_suite"])
    f = result.findings
    assert list(f["check"].unique()) == ["expectation_suite"]
    assert "ingest" not in set(f["check"])  # the suite file is the check's input, not a source
    by_type = {
        d["expectation"]["type"]: row
        for d, (_, row) in zip(f["details"], f.iterrows(), strict=True)
    }
    between = by_type["expect_column_values_to_be_between"]
    assert between["severity"] == "warning"  # the suite marks it warning: the milder one wins
    assert between["rows"] == [1, 4] and between["table"] == "t.csv"
    assert between["message"] == (
        "t.csv: expectation expect_column_values_to_be_between(column='total_usd_m', "
        "min_value=20000.0, max_value=27000.0) of suite suites/t.json fails on 2 of 5 rows "
        "(row 1: 19570; row 4: 27200)."
    )
    assert by_type["expect_column_values_to_not_be_null"]["severity"] == "error"
    assert "could not be evaluated" in by_type["expect_column_values_to_not_be_null"]["message"]
    assert by_type["expect_table_row_count_to_equal"]["message"].endswith("fails: observed 5.")
    assert len(f) == 3


def test_severity_option_and_bad_suite_finding(tmp_path: Path):
    opts = '[tables."t.csv".options.expectation_suite]\nseverity = "info"\n'
    folder = _folder(tmp_path, json.dumps(SUITE), opts)
    assert set(figcheck.audit(folder, checks=["expectation_suite"]).findings["severity"]) == {
        "info"
    }
    (folder / "suites" / "t.json").write_text('{"expectations": 1}', encoding="utf-8")
    f = figcheck.audit(folder, checks=["expectation_suite"]).findings
    assert list(f["message"]) == [
        "t.csv: expectation_suite cannot run: suites/t.json: 'expectations' must be a list of "
        "{type, kwargs} objects"
    ]
    assert list(f["severity"]) == ["error"]


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ('[tables."t.csv"]\nchecks = ["expectation_suite"]\n',
         "tables.\"t.csv\".checks: 'expectation_suite' needs suites = [\"suite.json\"]"),
        ('[tables."t.csv"]\nsuites = ["s.json"]\n',
         'tables."t.csv".suites: add "expectation_suite" to checks to use it'),
        ('[tables."t.csv"]\nchecks = ["expectation_suite"]\nsuites = "s.json"\n',
         'tables."t.csv".suites must be a list of suite JSON paths, e.g. ["suite.json"]'),
    ],
)  # fmt: skip
def test_config_errors_for_suites(tmp_path: Path, toml: str, expected: str):
    (tmp_path / "t.csv").write_text("a\n1\n", encoding="utf-8")
    (tmp_path / "figcheck.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(InputError) as info:
        figcheck.audit(tmp_path)
    assert str(info.value) == f"{tmp_path / 'figcheck.toml'}: {expected}"
