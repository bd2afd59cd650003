"""`figcheck history --json`, `diff --json` (keys as in docs/ci.md) and `accept --from`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from figcheck import baseline
from figcheck.cli import app
from figcheck.reports import to_dict
from tests.conftest import ROOT

JAN = "Air defences shot down 42 of the 116 drones launched overnight on 15 March 2025.\n"
FEB = "Overnight on 15 March 2025, air defences shot down 60 of the 116 drones launched.\n"
MAR = "Officials said 1,200 people were evacuated from Kherson on 3 June 2023.\n"
APR = "On 3 June 2023, 1,500 people were evacuated from Kherson, officials said.\n"
runner = CliRunner()


def folder_with(tmp_path: Path, **texts: str) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def ledger_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """The default ledger (FOLDER/.figcheck/ledger.duckdb), which tests/conftest.py turns off."""
    monkeypatch.delenv("FIGCHECK_LEDGER")


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def findings_of(res, out: Path) -> dict[str, dict]:
    """{finding id: finding} of a `check --json` run."""
    assert res.exit_code in (0, 1), res.output
    return {f["finding_id"]: f for f in json.loads(out.read_text(encoding="utf-8"))["findings"]}


def documented(title: str) -> dict:
    """The JSON example that follows the first line mentioning `title` in docs/ci.md."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    after = text[text.index(title) :]
    return json.loads(after.split("```json\n")[1].split("```")[0])


def test_history_json_has_the_documented_keys_and_every_run(ledger_on, tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    assert invoke("check", data).exit_code == 1
    (data / "feb.md").write_text(FEB.replace("60", "42"), encoding="utf-8")
    assert invoke("check", data, "--check", "cross_source_conflict").exit_code == 0
    res = invoke("history", "--folder", data, "--json")
    assert res.exit_code == 0 and res.stderr == ""
    out = json.loads(res.stdout)  # stdout holds the JSON and nothing else
    doc = documented("`figcheck history --json` prints")
    assert list(out) == list(doc) == ["ledger", "runs"]
    assert [list(run) for run in out["runs"]] == [list(doc["runs"][0])] * 2
    assert out["ledger"] == (data / ".figcheck" / "ledger.duckdb").as_posix()
    assert [r["run_id"] for r in out["runs"]] == [1, 2]
    assert [(r["n_sources"], r["n_findings"], r["n_failing"]) for r in out["runs"]] == [
        (2, 1, 1),
        (2, 0, 0),
    ]
    assert out["runs"][1]["checks"] == ["cross_source_conflict"]
    assert "cross_source_conflict" in out["runs"][0]["checks"] and len(out["runs"][0]["checks"]) > 1
    assert out["runs"][0]["folder"] == data.as_posix()
    assert out["runs"][0]["started"] <= out["runs"][0]["finished"] <= out["runs"][1]["started"]


def test_diff_json_lists_new_fixed_changed_and_unchanged(ledger_on, tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    out = tmp_path / "f.json"
    (drones,) = findings_of(invoke("check", data, "--json", out), out)
    folder_with(tmp_path, feb=FEB.replace("60", "70"), mar=MAR, apr=APR)  # run 2
    second = findings_of(invoke("check", data, "--json", out), out)
    (people,) = set(second) - {drones}
    res = invoke("diff", "-f", data, "--json")  # the last two runs
    assert res.exit_code == 0 and res.stderr == ""
    got = json.loads(res.stdout)
    doc = documented("`figcheck diff --json` prints")
    assert list(got) == list(doc) == [
        "ledger", "old_run", "new_run", "counts", "new", "fixed", "changed", "unchanged",
    ]  # fmt: skip
    assert (got["old_run"], got["new_run"]) == (1, 2)
    assert got["counts"] == {"new": 1, "fixed": 0, "changed": 1, "unchanged": 0}
    assert list(got["counts"]) == list(doc["counts"])
    (new,) = got["new"]
    assert list(new) == list(doc["new"][0])
    assert new == {
        "finding_id": people,
        "check": "cross_source_conflict",
        "severity": "error",
        "message": second[people]["message"],
        "accepted": False,
    }
    (changed,) = got["changed"]
    assert list(changed) == list(doc["changed"][0])
    assert changed["finding_id"] == drones and "feb.md says 70" in changed["message"]
    assert changed["before"] == {
        "severity": "error",
        "message": changed["message"].replace("70", "60").replace("28, 40%", "18, 30%"),
    }
    text = invoke("diff", "-f", data).stdout.splitlines()
    assert text[0] == "findings from run 1 to run 2: 1 new, 0 fixed, 1 open"
    assert text[-1].startswith(f"  [error] {drones}: ") and text[-1].endswith(
        "(changed since run 1)"
    )
    folder_with(tmp_path, mar=MAR.replace("1,200", "1,500"))  # run 3: the people agree
    assert invoke("check", data, "--json", out).exit_code == 1
    got = json.loads(invoke("diff", "2", "3", "-f", data, "--json").stdout)
    assert got["counts"] == {"new": 0, "fixed": 1, "changed": 0, "unchanged": 1}
    assert [f["finding_id"] for f in got["fixed"]] == [people]
    assert got["fixed"][0]["message"] == second[people]["message"]  # as it was in run 2
    assert [f["finding_id"] for f in got["unchanged"]] == [drones]


def test_json_errors_go_to_stderr_with_the_same_exit_code(ledger_on, tmp_path: Path):
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    ledger = data / ".figcheck" / "ledger.duckdb"
    res = invoke("history", "-f", data, "--json")
    assert (res.exit_code, res.stdout) == (2, "")
    assert res.stderr == (
        f"figcheck: error: {ledger}: no ledger here yet; run `figcheck check` first\n"
    )
    invoke("check", data)
    res = invoke("diff", "-f", data, "--json")
    assert (res.exit_code, res.stdout) == (2, "")
    assert "diff needs two runs and the ledger has 1" in res.stderr
    res = invoke("diff", "1", "5", "-f", data, "--json")
    assert (res.exit_code, res.stdout) == (2, "")
    assert res.stderr.endswith("no run 5; runs: 1 (see `figcheck history`)\n")


def test_accept_from_findings_json_needs_no_ledger(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # tests/conftest.py keeps FIGCHECK_LEDGER=off
    data = folder_with(tmp_path, jan=JAN, feb=FEB)
    (fid,) = findings_of(invoke("check", "data", "--json", "findings.json"), Path("findings.json"))
    res = invoke("accept", fid, "--reason", "two counts, both official", "--from", "findings.json",
                 "--by", "qa")  # fmt: skip
    assert res.exit_code == 0, res.output  # the folder is the one findings.json names
    target = Path("data") / "figcheck-baseline.toml"
    assert res.stdout.startswith(f"accepted {fid} in {target} (evidence ")
    (entry,) = baseline.load(data / "figcheck-baseline.toml").values()
    assert (entry.finding_id, entry.by, entry.reason) == (fid, "qa", "two counts, both official")
    assert not (data / ".figcheck").exists()
    res = invoke("check", "data", "--json", "findings.json")
    assert res.exit_code == 0, res.output  # reported, accepted, not failing
    assert "Baseline: 1 accepted (reported, not failing)" in res.output
    finding = findings_of(res, Path("findings.json"))[fid]
    assert finding["accepted"] is True and finding["details"]["baseline"]["by"] == "qa"
    res = invoke("accept", fid, "--reason", "still fine", "--from", "findings.json", "-f", data)
    assert res.exit_code == 0, res.output  # the same folder, given as an absolute path
    assert baseline.load(data / "figcheck-baseline.toml")[fid].reason == "still fine"


def test_accept_from_errors_name_the_file_and_the_fix(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder_with(tmp_path, jan=JAN, feb=FEB)
    (fid,) = findings_of(invoke("check", "data", "--json", "f.json"), Path("f.json"))
    rerun = "run `figcheck check FOLDER --json f.json` again"

    def error(*args: str) -> str:
        res = invoke("accept", *args, "--reason", "ok")
        assert (res.exit_code, res.stdout) == (2, ""), res.output
        return res.stderr.removeprefix("figcheck: error: ").rstrip("\n")

    assert error("nope", "--from", "f.json") == (
        f"f.json: no finding 'nope'; ids there: {fid}. If the data changed since, {rerun}"
    )
    assert error(fid, "--from", "gone.json") == (
        "gone.json: cannot read it (No such file or directory); write it with "
        "`figcheck check FOLDER --json gone.json` first"
    )
    Path("bad.json").write_text("{", encoding="utf-8")
    assert error(fid, "--from", "bad.json").startswith("bad.json: not valid JSON (")
    Path("bad.json").write_text('{"claims": []}', encoding="utf-8")
    assert error(fid, "--from", "bad.json") == (
        'bad.json: not a findings file (no "findings" list); give the file written by '
        "`figcheck check FOLDER --json bad.json`"
    )
    Path("other").mkdir()
    assert error(fid, "--from", "f.json", "-f", "other") == (
        "f.json holds the findings of folder 'data', not of other; give --folder data "
        "(or leave --folder out)"
    )
    assert error(fid, "--from", "f.json", "--ledger", "x.duckdb") == (
        "--from and --ledger both say where the finding is; give one of them"
    )
    monkeypatch.chdir(tmp_path / "other")
    assert error(fid, "--from", "../f.json") == (
        f"../f.json: it names the audited folder 'data', which is not here "
        f"({tmp_path / 'other'}); give the audited folder with --folder"
    )
    assert error(fid, "-f", "../data") == (
        "the ledger is turned off (FIGCHECK_LEDGER); give --ledger PATH, or --from findings.json "
        "(from `figcheck check FOLDER --json findings.json`)"
    )
    assert not (tmp_path / "data" / "figcheck-baseline.toml").exists()


def test_evidence_read_from_findings_json_matches_the_audit(demo_result):
    """A finding read back from `check --json` hashes to the evidence that `check` compares."""
    written = json.loads(json.dumps(to_dict(demo_result)))["findings"]
    assert len(written) == len(demo_result.findings) >= 6
    for row, back in zip(demo_result.findings.to_dict("records"), written, strict=True):
        assert back["finding_id"] == row["finding_id"]
        assert baseline.evidence(back) == baseline.evidence(row), row["finding_id"]
