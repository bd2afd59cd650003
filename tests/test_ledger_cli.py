"""`figcheck history`, `diff`, `accept` and the baseline; JSON status; progress; exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from figcheck import baseline, progress
from figcheck.cli import app

JAN = "Air defences shot down 42 of the 116 drones launched overnight on 15 March 2025.\n"
FEB = "Overnight on 15 March 2025, air defences shot down 60 of the 116 drones launched.\n"
runner = CliRunner()


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one conflict, and the default ledger (FOLDER/.figcheck) turned back on."""
    monkeypatch.delenv("FIGCHECK_LEDGER")
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "jan.md").write_text(JAN, encoding="utf-8")
    (folder / "feb.md").write_text(FEB, encoding="utf-8")
    return folder


def check(folder: Path, *args: str):
    return runner.invoke(app, ["check", str(folder), *args])


def conflict_id(folder: Path, out: Path) -> str:
    res = check(folder, "--json", str(out))
    assert res.exit_code == 1, res.output
    (finding,) = json.loads(out.read_text(encoding="utf-8"))["findings"]
    return finding["finding_id"]


def test_json_marks_new_then_persisting_and_history_lists_runs(data: Path, tmp_path: Path):
    out = tmp_path / "f.json"
    conflict_id(data, out)
    assert json.loads(out.read_text())["findings"][0]["status"] == "new"
    conflict_id(data, out)
    assert json.loads(out.read_text())["findings"][0]["status"] == "persisting"
    assert (data / ".figcheck" / "ledger.duckdb").is_file()
    res = runner.invoke(app, ["history", "--folder", str(data)])
    lines = res.output.splitlines()
    assert res.exit_code == 0 and lines[0].split()[:3] == ["run", "started", "(UTC)"]
    assert [line.split()[0] for line in lines[1:]] == ["1", "2"]


def test_diff_defaults_to_the_last_two_runs(data: Path, tmp_path: Path):
    fid = conflict_id(data, tmp_path / "f.json")
    (data / "feb.md").write_text(FEB.replace("60", "42"), encoding="utf-8")
    assert check(data).exit_code == 0
    res = runner.invoke(app, ["diff", "--folder", str(data)])
    assert res.exit_code == 0
    assert res.output.splitlines()[:3] == [
        "findings from run 1 to run 2: 0 new, 1 fixed, 0 open",
        "fixed (gone):",
        f"  [error] {fid}: drones shot down (2025-03): jan.md says 42; feb.md says 60; these "
        "cannot both hold (gap 18, 30%).",
    ]
    assert runner.invoke(app, ["diff", "2", "1", "-f", str(data)]).output.startswith(
        "findings from run 2 to run 1: 1 new, 0 fixed, 0 open"
    )


def test_history_and_diff_errors_are_exit_2_with_the_fix(data: Path):
    res = runner.invoke(app, ["history", "-f", str(data)])
    assert res.exit_code == 2
    ledger = data / ".figcheck" / "ledger.duckdb"
    assert (
        res.stderr == f"figcheck: error: {ledger}: no ledger here yet; run `figcheck check` first\n"
    )
    check(data)
    res = runner.invoke(app, ["diff", "-f", str(data)])
    assert res.stderr == (
        f"figcheck: error: {ledger}: diff needs two runs and the ledger has 1; "
        "run `figcheck check` again\n"
    )
    res = runner.invoke(app, ["diff", "1", "7", "-f", str(data)])
    assert res.exit_code == 2
    assert res.stderr == (
        f"figcheck: error: {ledger}: no run 7; runs: 1 (see `figcheck history`)\n"
    )


def test_no_ledger_writes_nothing(data: Path):
    assert check(data, "--no-ledger").exit_code == 1
    assert not (data / ".figcheck").exists()


def test_accept_then_reraise_when_the_evidence_changes(data: Path, tmp_path: Path):
    out = tmp_path / "f.json"
    fid = conflict_id(data, out)
    res = runner.invoke(
        app, ["accept", fid, "--reason", "two counts, both official", "-f", str(data), "--by", "qa"]
    )
    assert res.exit_code == 0, res.output
    text = (data / "figcheck-baseline.toml").read_text(encoding="utf-8")
    assert f'finding_id = "{fid}"' in text and 'by = "qa"' in text
    assert 'reason = "two counts, both official"' in text
    res = check(data, "--json", str(out))
    assert res.exit_code == 0, res.output  # reported, accepted, not failing
    assert "Baseline: 1 accepted (reported, not failing)" in res.output
    assert "[error, accepted] cross_source_conflict" in res.output
    (finding,) = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert finding["accepted"] is True and finding["details"]["baseline"]["by"] == "qa"
    (data / "feb.md").write_text(FEB.replace("60", "70"), encoding="utf-8")  # same span
    res = check(data, "--json", str(out))
    assert res.exit_code == 1 and "1 raised again (evidence changed)" in res.output
    (finding,) = json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert finding["finding_id"] == fid and finding["accepted"] is False
    assert finding["details"]["baseline"]["note"].endswith(
        "review it and run `figcheck accept` again"
    )


def test_accept_unknown_id_names_some_valid_ones(data: Path, tmp_path: Path):
    fid = conflict_id(data, tmp_path / "f.json")
    res = runner.invoke(app, ["accept", "nope", "--reason", "x", "-f", str(data)])
    assert res.exit_code == 2
    ledger = data / ".figcheck" / "ledger.duckdb"
    assert res.stderr == (
        f"figcheck: error: no finding 'nope' in the latest run (1) of {ledger}; "
        f"ids there include: {fid}\n"
    )


def test_baseline_file_is_sorted_plain_toml_and_errors_name_it(tmp_path: Path):
    path = tmp_path / "figcheck-baseline.toml"
    for fid in ("b-2", "a-1"):
        row = {"finding_id": fid, "check": "x", "message": 'say "hi"\n|', "observed": "1"}
        baseline.accept(path, row, reason="ok", by="me", at="2025-01-01T00:00:00Z")
    entries = baseline.load(path)
    assert list(entries) == ["a-1", "b-2"] and entries["a-1"].message == 'say "hi"\n|'
    assert path.read_text().index('"a-1"') < path.read_text().index('"b-2"')
    path.write_text('[[accepted]]\nfinding_id = "x"\nwhy = "?"\n', encoding="utf-8")
    with pytest.raises(baseline.BaselineError) as info:
        baseline.load(path)
    assert str(info.value) == (
        f"{path}: accepted entry 1: unknown key 'why'; valid keys: at, by, check, evidence, "
        "finding_id, message, reason"
    )


def test_summary_md_is_appended(data: Path, tmp_path: Path):
    md = tmp_path / "summary.md"
    md.write_text("earlier step\n", encoding="utf-8")
    check(data, "--summary-md", str(md), "--no-ledger")
    text = md.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## figcheck: FAIL: 1 finding at or above 'error'\n")
    assert "| error | cross_source_conflict |" in text


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_is_a_bar_on_a_terminal_and_plain_in_ci_or_a_pipe():
    assert isinstance(progress.choose(stream=Tty(), env={}), progress.RichProgress)
    assert type(progress.choose(stream=Tty(), env={"CI": "true"})) is progress.Progress
    assert type(progress.choose(stream=io.StringIO(), env={})) is progress.Progress
    assert type(progress.choose(quiet=True, stream=Tty(), env={})) is progress.Progress
    stream = io.StringIO()
    plain = progress.choose(verbose=True, stream=stream, env={"CI": "1"})
    with plain.task("extracting claims", 3) as advance:
        advance()
    assert stream.getvalue().startswith("figcheck: extracting claims: 3 done in ")


def test_verbose_says_where_settings_came_from(data: Path):
    (data / "figcheck.toml").write_text('[figcheck]\nfail_on = "warning"\n', encoding="utf-8")
    res = check(data, "--verbose", "--no-ledger")
    assert f"figcheck: fail_on = 'warning' ({data / 'figcheck.toml'})" in res.stderr
    assert "figcheck: ledger = None (command line)" in res.stderr
    assert "figcheck: extracting claims: 2 done in " in res.stderr
    assert check(data, "--quiet", "--no-ledger").stderr == ""


def test_a_crashing_check_is_exit_3(data: Path, monkeypatch: pytest.MonkeyPatch):
    from figcheck.checks import REGISTRY

    def boom(ctx):
        raise RuntimeError("boom")

    monkeypatch.setitem(
        REGISTRY, "part_exceeds_whole", replace(REGISTRY["part_exceeds_whole"], run=boom)
    )
    res = check(data, "--no-ledger", "--fail-on", "never")
    assert res.exit_code == 3
    assert "part_exceeds_whole failed: RuntimeError: boom. This is a bug in figcheck" in res.output


def test_an_unexpected_exception_is_exit_3_asking_for_a_bug_report(tmp_path: Path):
    code = (
        "import figcheck.api, figcheck.cli\n"
        "def boom(*a, **k): raise KeyError('x')\n"
        "figcheck.api.audit = boom\n"
        "figcheck.cli.main()\n"
    )
    (tmp_path / "a.md").write_text("text\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", code, "check", str(tmp_path), "--no-ledger"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 3
    assert proc.stderr == (
        "figcheck: internal error: KeyError: 'x'\n"
        "This is a bug in figcheck; please report it with this message.\n"
    )


def test_the_ci_doc_workflow_parses_and_its_audit_command_runs(data: Path, tmp_path, monkeypatch):
    import shlex

    import yaml

    from tests.conftest import ROOT

    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    workflow = yaml.safe_load(text.split("```yaml\n")[1].split("```")[0])
    steps = {s.get("name"): s for s in workflow["jobs"]["audit"]["steps"]}
    assert steps["Upload the reports"]["if"] == "always()"
    command = steps["Audit the data"]["run"].replace("data/incoming", str(data))
    summary = tmp_path / "step-summary.md"
    command = command.replace('"$GITHUB_STEP_SUMMARY"', str(summary))
    monkeypatch.chdir(tmp_path)
    args = shlex.split(command)
    assert args[:2] == ["figcheck", "check"]
    res = runner.invoke(app, args[1:])
    assert res.exit_code == 1, res.output
    assert all((tmp_path / f).is_file() for f in ("report.html", "findings.json", "results.xml"))
    assert summary.read_text(encoding="utf-8").startswith("## figcheck: FAIL")
