"""mirror_tables: two tables reporting one series, compared as GE expectations; the export."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import figcheck
from figcheck import ge
from figcheck.checks.mirror_tables import joined_frame
from figcheck.ingest import InputError, read_table
from tests.conftest import DEMO

OURS = "year,exports\n2020,100\n2021,200\n2022,300\n2023,400\n"
THEIRS = "yr,imports\n2020,101\n2021,260\n2022,300\n2024,1\n"
MIRROR = """\
[tables."a.csv"]
checks = ["mirror_tables"]
[tables."a.csv".mirror."flows"]
other = "b.csv"
key = "year"
other_key = "yr"
column = "exports"
other_column = "imports"
tolerance = 0.05
"""


def _folder(tmp_path: Path, toml: str = MIRROR, ours: str = OURS, theirs: str = THEIRS) -> Path:
    (tmp_path / "a.csv").write_text(ours, encoding="utf-8")
    (tmp_path / "b.csv").write_text(theirs, encoding="utf-8")
    (tmp_path / "figcheck.toml").write_text(toml, encoding="utf-8")
    return tmp_path


def _findings(folder: Path) -> pd.DataFrame:
    return figcheck.audit(folder, checks=["mirror_tables"]).findings


def test_joined_frame_has_gaps_relative_to_the_mean(tmp_path: Path):
    folder = _folder(tmp_path)
    a, b = (read_table(folder / n, n, {}) for n in ("a.csv", "b.csv"))
    spec = {"key": "year", "other_key": "yr", "column": "exports", "other_column": "imports"}
    joined = joined_frame(a, b, {**spec, "aggregate": "none"})
    assert list(joined.columns) == ["year", "value", "other_value", "gap", "relative_gap"]
    assert list(joined["year"]) == [2020, 2021, 2022, 2023, 2024]
    assert joined["relative_gap"].iloc[1] == pytest.approx(60 / 230)
    assert joined["gap"].iloc[1] == 60 and joined["relative_gap"].iloc[2] == 0
    assert joined[["value", "other_value"]].iloc[3:].isna().to_numpy().tolist() == [
        [False, True],
        [True, False],
    ]


def test_disagreeing_keys_are_one_finding_naming_both_tables(tmp_path: Path):
    f = _findings(_folder(tmp_path))
    gap, unmatched = f.iloc[0], f.iloc[1]
    assert gap["message"] == (
        "a.csv exports and b.csv imports (mirror 'flows') differ by more than 5.0% for 1 of 3 "
        "keys: year 2021: 200 vs 260 (gap 60, 26.1%)."
    )
    assert gap["severity"] == "error" and gap["table"] == "a.csv" and gap["rows"] == [1]
    assert gap["source_ids"] == ["a.csv", "b.csv"] and gap["column"] == "exports"
    assert gap["details"]["gaps"] == [
        {"key": {"year": 2021}, "value": 200.0, "other_value": 260.0, "gap": 60.0,
         "relative_gap": 0.26087}
    ]  # fmt: skip
    assert unmatched["severity"] == "info"
    assert unmatched["message"] == (
        "a.csv and b.csv (mirror 'flows'): 2 key(s) lack a value on one side and were not "
        "compared: year 2023, year 2024."
    )
    assert len(f) == 2


def test_regions_summed_against_a_national_total(tmp_path: Path):
    regions = "year,region,n\n2022,North,60\n2022,South,40\n2023,North,70\n2023,South,40\n"
    national = "year,n\n2022,100\n2023,100\n"
    toml = (
        '[tables."a.csv"]\nchecks = ["mirror_tables"]\n'
        '[tables."a.csv".mirror."total"]\nother = "b.csv"\nkey = "year"\ncolumn = "n"\n'
        'aggregate = "sum"\ntolerance = 0.02\n'
    )
    f = _findings(_folder(tmp_path, toml, regions, national))
    assert list(f["message"]) == [
        "a.csv n and b.csv n (mirror 'total') differ by more than 2.0% for 1 of 2 keys: "
        "year 2023: 110 vs 100 (gap -10, 9.5%)."
    ]
    assert f["rows"].iloc[0] == [2, 3]  # every regional row of 2023


def test_unusable_mirrors_say_why(tmp_path: Path):
    dup = "year,exports\n2020,1\n2020,2\n"
    assert list(_findings(_folder(tmp_path, ours=dup))["message"]) == [
        "a.csv: mirror_tables cannot run: mirror 'flows': a.csv: key year repeats (year 2020); "
        'set aggregate = "sum" to add up rows that share a key'
    ]
    toml = MIRROR.replace('other = "b.csv"', 'other = "c.csv"')
    assert list(_findings(_folder(tmp_path, toml))["message"]) == [
        "a.csv: mirror_tables cannot run: mirror 'flows': other = 'c.csv' is not a table of the "
        "folder; fix the path"
    ]
    toml = MIRROR.replace('column = "exports"', 'column = "export"')
    assert list(_findings(_folder(tmp_path, toml))["message"]) == [
        "a.csv: mirror_tables cannot run: mirror 'flows': a.csv has no column 'export' (it has "
        "'year', 'exports')"
    ]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('column = "exports"\n', "",
         "tables.\"a.csv\".mirror.\"flows\": missing 'column'; column = the value column of "
         "this table"),
        ("tolerance = 0.05", "tolerance = -1",
         'tables."a.csv".mirror."flows".tolerance: -1 is not valid; expected a relative gap >= 0 '
         "(0.05 = 5 %)"),
        ("tolerance = 0.05", "tolerence = 0.05",
         "tables.\"a.csv\".mirror.\"flows\": unknown key 'tolerence'; valid keys: aggregate, "
         "column, key, other, other_column, other_key, tolerance"),
        ('checks = ["mirror_tables"]\n', "",
         'tables."a.csv".mirror: add "mirror_tables" to checks to use it'),
    ],
)  # fmt: skip
def test_config_errors_for_mirror_sections(tmp_path: Path, old: str, new: str, expected: str):
    _folder(tmp_path, MIRROR.replace(old, new))
    with pytest.raises(InputError) as info:
        figcheck.audit(tmp_path)
    assert str(info.value) == f"{tmp_path / 'figcheck.toml'}: {expected}"


def test_demo_mirror_exports_a_suite_that_reruns_without_figcheck_tables(tmp_path: Path):
    suite_path, frame_path = ge.export_mirror_suite(
        DEMO, "tables/trade_official.csv", "kz_exports", tmp_path
    )
    suite = json.loads(suite_path.read_text(encoding="utf-8"))
    assert [e["type"] for e in suite["expectations"]] == [
        "expect_column_values_to_be_between",
        "expect_column_values_to_not_be_null",
        "expect_column_values_to_not_be_null",
    ]
    assert suite["expectations"][0]["kwargs"] == {
        "column": "relative_gap",
        "min_value": 0.0,
        "max_value": 0.05,
    }
    assert suite["meta"]["figcheck"]["other"] == "tables/partner_trade.csv"
    frame = pd.read_csv(frame_path)  # rerun from the two files alone
    res = ge.run_suite(frame, suite)
    assert list(res["success"]) == [False, True, True]
    assert frame.loc[res["rows"].iloc[0], "year"].tolist() == [2022]


def test_export_errors_name_the_valid_choices(tmp_path: Path):
    with pytest.raises(ge.SuiteError, match=r"^tables/trade_official.csv: no \[mirror.\"x\"\] "):
        ge.export_mirror_suite(DEMO, "tables/trade_official.csv", "x", tmp_path)
    with pytest.raises(ge.SuiteError, match=r"^nope.csv: not a table in "):
        ge.export_mirror_suite(DEMO, "nope.csv", "x", tmp_path)


def test_export_suite_command_writes_a_suite_and_names_valid_mirrors(tmp_path):
    from typer.testing import CliRunner

    from figcheck.cli import app
    from tests.conftest import DEMO

    runner = CliRunner()
    args = ["export-suite", str(DEMO), "--table", "tables/trade_official.csv", "--out"]
    res = runner.invoke(app, [*args, str(tmp_path), "--mirror", "kz_exports"])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "kz_exports.suite.json").is_file() and (
        tmp_path / "kz_exports.csv"
    ).is_file()
    res = runner.invoke(app, [*args, str(tmp_path), "--mirror", "nope"])
    assert res.exit_code == 2
    assert res.stderr == (
        "figcheck: error: tables/trade_official.csv: "
        'no [mirror."nope"] section; valid: kz_exports\n'
    )
