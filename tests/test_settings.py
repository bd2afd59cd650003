"""Settings precedence (flag > FIGCHECK_* > figcheck.toml or pyproject > default) and errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from figcheck.cli import app
from figcheck.config import ConfigError
from figcheck.settings import resolve

JAN = "Air defences shot down 42 of the 116 drones launched overnight on 15 March 2025.\n"
FEB = "Overnight on 15 March 2025, air defences shot down 60 of the 116 drones launched.\n"


def toml(folder: Path, text: str, name: str = "figcheck.toml") -> Path:
    (folder / name).write_text(text, encoding="utf-8")
    return folder / name


def test_defaults_put_the_ledger_and_baseline_in_the_folder(tmp_path: Path):
    s = resolve(tmp_path, env={})
    assert (s.fail_on, s.extractor, s.checks, s.lock_timeout, s.options) == (
        "error", "figcheck", None, 30.0, {}
    )  # fmt: skip
    assert s.ledger_path == tmp_path / ".figcheck" / "ledger.duckdb"
    assert s.baseline_path == tmp_path / "figcheck-baseline.toml"
    assert set(s.origin.values()) == {"default"}


def test_flag_beats_environment_beats_file_beats_default(tmp_path: Path):
    path = toml(tmp_path, '[figcheck]\nfail_on = "warning"\nlock_timeout = 5\n')
    env = {"FIGCHECK_FAIL_ON": "never", "FIGCHECK_LOCK_TIMEOUT": "7.5"}
    assert resolve(tmp_path, env={}).fail_on == "warning"
    assert resolve(tmp_path, env=env).fail_on == "never"
    s = resolve(tmp_path, {"fail_on": "error", "lock_timeout": None}, env=env)
    assert (s.fail_on, s.lock_timeout) == ("error", 7.5)
    assert s.origin["fail_on"] == "command line"
    assert s.origin["lock_timeout"] == "FIGCHECK_LOCK_TIMEOUT"
    assert resolve(tmp_path, env={}).origin["fail_on"] == str(path)


def test_ledger_paths_from_a_file_are_the_folders_and_off_turns_it_off(tmp_path: Path):
    toml(tmp_path, '[figcheck]\nledger = "state/l.duckdb"\nbaseline = false\n')
    s = resolve(tmp_path, env={})
    assert s.ledger_path == tmp_path / "state" / "l.duckdb" and s.baseline_path is None
    assert resolve(tmp_path, env={"FIGCHECK_LEDGER": "off"}).ledger_path is None
    assert resolve(tmp_path, env={"FIGCHECK_LEDGER": "x.duckdb"}).ledger_path == Path("x.duckdb")
    assert resolve(tmp_path, {"ledger": False}, env={"FIGCHECK_LEDGER": "x"}).ledger is None


def test_pyproject_tool_table_is_read_when_there_is_no_figcheck_toml(tmp_path: Path):
    toml(tmp_path, '[tool.figcheck]\nfail_on = "warning"\nchecks = ["part_exceeds_whole"]\n',
         "pyproject.toml")  # fmt: skip
    s = resolve(tmp_path, env={})
    assert (s.fail_on, s.checks) == ("warning", ["part_exceeds_whole"])
    toml(tmp_path, '[figcheck]\nfail_on = "never"\n')  # figcheck.toml wins over pyproject
    assert resolve(tmp_path, env={}).fail_on == "never"


def test_check_options_are_validated_against_the_check(tmp_path: Path):
    toml(tmp_path, "[figcheck.options.cross_source_conflict]\ntolerance = 0.5\n")
    assert resolve(tmp_path, env={}).options == {"cross_source_conflict": {"tolerance": 0.5}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '[figcheck]\nfail_onn = "error"\n',
            "figcheck: unknown key 'fail_onn'; valid keys: baseline, checks, extractor, fail_on, "
            "ledger, lock_timeout, options",
        ),
        (
            '[figcheck]\nfail_on = "sometimes"\n',
            "figcheck.fail_on: 'sometimes' is not valid; expected one of error, warning, never",
        ),
        (
            "[figcheck]\nledger = 3\n",
            "figcheck.ledger: 3 is not valid; expected a file path (relative to the folder) or "
            "false",
        ),
        (
            "[figcheck]\nlock_timeout = -1\n",
            "figcheck.lock_timeout: -1 is not valid; expected a number of seconds >= 0",
        ),
        (
            '[figcheck]\nextractor = "magic"\n',
            "figcheck.extractor: 'magic' is not valid; expected one of figcheck, quantulum3",
        ),
        (
            "[figcheck.options.cross_source_conflict]\ntolerence = 0.1\n",
            "figcheck.options.cross_source_conflict: unknown key 'tolerence'; valid keys: "
            "links, tolerance, unlink",
        ),
        (
            "[figcheck.options.cross_source_conflict]\ntolerance = -0.1\n",
            "figcheck.options.cross_source_conflict.tolerance: -0.1 is not valid; expected a "
            "relative gap >= 0 ignored as rounding (0.02 = 2 %)",
        ),
    ],
)
def test_file_errors_name_the_file_the_key_and_the_valid_options(tmp_path, text, expected):
    path = toml(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        resolve(tmp_path, env={})
    assert str(info.value) == f"{path}: {expected}"


def test_unknown_check_in_the_file_lists_the_registry(tmp_path: Path):
    from figcheck.checks import REGISTRY

    path = toml(tmp_path, '[figcheck]\nchecks = ["nonsense"]\n')
    with pytest.raises(ConfigError) as info:
        resolve(tmp_path, env={})
    assert str(info.value) == (
        f"{path}: figcheck.checks: ['nonsense'] is not valid; expected a list of check names "
        f"from {', '.join(REGISTRY)}"
    )


def test_pyproject_errors_say_tool_figcheck(tmp_path: Path):
    path = toml(tmp_path, "[tool.figcheck]\nfailon = 1\n", "pyproject.toml")
    with pytest.raises(ConfigError) as info:
        resolve(tmp_path, env={})
    assert str(info.value) == (
        f"{path}: tool.figcheck: unknown key 'failon'; valid keys: baseline, checks, extractor, "
        "fail_on, ledger, lock_timeout, options, tables"
    )


@pytest.mark.parametrize(
    ("var", "value", "expected"),
    [
        ("FIGCHECK_FAIL_ON", "sometimes", "expected one of error, warning, never"),
        ("FIGCHECK_LOCK_TIMEOUT", "soon", "expected a number of seconds >= 0"),
    ],
)
def test_environment_errors_name_the_variable(tmp_path, var, value, expected):
    with pytest.raises(ConfigError) as info:
        resolve(tmp_path, env={var: value})
    assert str(info.value) == f"environment variable {var}: {value!r} is not valid; {expected}"


def test_cli_precedence_and_config_errors_end_to_end(tmp_path: Path, monkeypatch):
    (tmp_path / "jan.md").write_text(JAN, encoding="utf-8")
    (tmp_path / "feb.md").write_text(FEB, encoding="utf-8")
    toml(tmp_path, '[figcheck]\nfail_on = "never"\n')
    runner = CliRunner()
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 0  # the file says never
    monkeypatch.setenv("FIGCHECK_FAIL_ON", "error")
    assert runner.invoke(app, ["check", str(tmp_path)]).exit_code == 1  # the environment wins
    res = runner.invoke(app, ["check", str(tmp_path), "--fail-on", "never"])
    assert res.exit_code == 0  # and the flag wins over both
    monkeypatch.setenv("FIGCHECK_FAIL_ON", "loud")
    res = runner.invoke(app, ["check", str(tmp_path)])
    assert res.exit_code == 2
    assert res.stderr == (
        "figcheck: error: environment variable FIGCHECK_FAIL_ON: 'loud' is not valid; "
        "expected one of error, warning, never\n"
    )
