"""The `figcheck` command: exit codes, written files, and exact error messages."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from figcheck.cli import app
from tests.conftest import DEMO

runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args))


def test_demo_writes_three_files_and_exits_1(tmp_path: Path):
    html, js, junit = tmp_path / "r.html", tmp_path / "f.json", tmp_path / "r.xml"
    res = _run("check", str(DEMO), "--html", str(html), "--json", str(js), "--junit", str(junit))
    assert res.exit_code == 1, res.output
    assert "FAIL:" in res.output and "cross_source_conflict" in res.output
    assert "Danube Wire says 42" in res.output  # the top conflicts are listed
    data = json.loads(js.read_text(encoding="utf-8"))
    assert len(data["claims"]) > 20 and len(data["findings"]) >= 6
    assert ET.parse(junit).getroot().iter("testcase")
    assert "<mark" in html.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fail_on", "code"), [("error", 1), ("warning", 1), ("never", 0)])
def test_fail_on_moves_the_threshold(fail_on: str, code: int):
    assert _run("check", str(DEMO), "--fail-on", fail_on).exit_code == code


def test_clean_folder_exits_0(tmp_path: Path):
    (tmp_path / "a.md").write_text("Officials said 116 drones were launched overnight.\n")
    (tmp_path / "b.txt").write_text("Overnight, 116 drones were launched, the Air Force said.\n")
    res = _run("check", str(tmp_path))
    assert res.exit_code == 0, res.output
    assert "OK: no findings at or above 'error'" in res.output


def test_missing_folder_is_a_usage_error(tmp_path: Path):
    missing = tmp_path / "nope"
    res = _run("check", str(missing))
    assert res.exit_code == 2
    assert res.stderr == (
        f"figcheck: error: {missing}: no such folder; give the folder that holds your sources\n"
    )


def test_bad_fail_on_names_the_valid_options():
    res = _run("check", str(DEMO), "--fail-on", "sometimes")
    assert res.exit_code == 2
    flat = " ".join(res.stderr.replace("│", " ").split())
    assert "Invalid value for '--fail-on'" in flat
    assert "'sometimes' is not one of 'error', 'warning', 'never'" in flat


def test_unknown_check_names_the_valid_ones():
    res = _run("check", str(DEMO), "--check", "nonsense")
    assert res.exit_code == 2
    assert res.stderr.startswith("figcheck: error: unknown check 'nonsense'; valid: ")
    assert "cross_source_conflict" in res.stderr


def test_unknown_extractor_names_the_valid_ones():
    res = _run("check", str(DEMO), "--extractor", "magic")
    assert res.exit_code == 2
    assert res.stderr == "figcheck: error: unknown extractor 'magic'; valid: figcheck, quantulum3\n"


def test_unwritable_report_path_is_a_usage_error(tmp_path: Path):
    target = tmp_path / "no" / "such" / "dir" / "r.json"
    res = _run("check", str(DEMO), "--json", str(target))
    assert res.exit_code == 2
    assert f"cannot write the json report to {target}" in res.stderr


def test_one_bad_file_does_not_lose_the_others(tmp_path: Path):
    (tmp_path / "good.md").write_text("Some 4.5 million migrants worked there in 2023.\n")
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9 42 drones\n")
    (tmp_path / "broken.csv").write_text('a,b\n1,2\n3,"4\n')
    out = tmp_path / "f.json"
    res = _run("check", str(tmp_path), "--json", str(out))
    assert res.exit_code == 1
    data = json.loads(out.read_text(encoding="utf-8"))
    messages = [f["message"] for f in data["findings"] if f["check"] == "ingest"]
    assert "bad.txt: not UTF-8 text (byte 0xe9 at offset 3); re-save the file as UTF-8" in messages
    assert any(m.startswith("broken.csv: cannot parse CSV") for m in messages)
    assert [c["surface"] for c in data["claims"]] == ["4.5 million"]


def test_quiet_prints_only_the_verdict():
    res = _run("check", str(DEMO), "--quiet")
    assert res.output.strip().splitlines() == [res.output.strip()]
    assert res.output.startswith("FAIL:")


def test_help_does_not_import_great_expectations():
    code = (
        "import sys\nfrom figcheck.cli import app\n"
        "from typer.testing import CliRunner\n"
        "r = CliRunner().invoke(app, ['--help'])\nassert r.exit_code == 0, r.output\n"
        "assert 'great_expectations' not in sys.modules\n"
        "assert 'pandas' not in sys.modules, 'pandas imported for --help'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_console_script_runs(tmp_path: Path):
    exe = Path(sys.executable).with_name("figcheck")
    if not exe.exists():
        pytest.skip("console script not installed next to this interpreter")
    proc = subprocess.run([str(exe), "check", str(DEMO), "-q"], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stdout.startswith("FAIL:")


def test_extract_command_lists_claims_and_discards(tmp_path: Path):
    doc = tmp_path / "a.md"
    doc.write_text("An F-16 escorted 42 of the 116 drones on 15 March 2025.\n")
    res = _run("extract", str(doc), "--debug")
    assert res.exit_code == 0
    assert "116" in res.output and "discarded 'F-16'" in res.output
    assert "identifier" in res.output and "'2025'" in res.output


def test_extract_formats_give_every_column(tmp_path: Path):
    import json

    doc = tmp_path / "a.md"
    doc.write_text("Air defences shot down 42 of the 116 drones, the Air Force said.\n")
    res = _run("extract", str(doc), "--format", "json")
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert [r["surface"] for r in rows] == ["42", "116"]
    assert rows[0]["whole"] == 116 and rows[0]["attributed_to"] == "the Air Force"
    res = _run("extract", str(doc), "--format", "csv")
    assert res.output.splitlines()[0].startswith("claim_id,source_id,")
    res = _run("extract", str(doc), "--format", "xml")
    assert res.exit_code == 2 and "valid: table, csv, json" in res.output


def test_html_caps_are_options(tmp_path: Path):
    html = tmp_path / "r.html"
    res = _run("check", str(DEMO), "--no-ledger", "--html", str(html), "--html-cards", "2",
               "--html-claims", "5")  # fmt: skip
    assert res.exit_code == 1, res.output
    page = html.read_text(encoding="utf-8")
    assert page.count('<article class="finding') == 2
    assert page.count('class="claim-row') == 5


def test_html_cap_defaults_match_the_report_module():
    import inspect

    from figcheck.cli import check
    from figcheck.reports.html import FULL_CARDS, MAX_CLAIMS

    params = inspect.signature(check).parameters
    assert (params["html_cards"].default, params["html_claims"].default) == (FULL_CARDS, MAX_CLAIMS)


def test_extract_reads_several_files_and_names_the_one_it_cannot_read(tmp_path: Path):
    (tmp_path / "a.md").write_text("Air defences shot down 42 of the 116 drones.\n")
    (tmp_path / "b.md").write_text("Exports rose 12% in 2023, Rosstat said.\n")
    (tmp_path / "bad.md").write_bytes(b"caf\xe9 prices rose 5%\n")
    files = [str(tmp_path / n) for n in ("a.md", "bad.md", "b.md")]
    res = _run("extract", *files, "--debug")
    assert res.exit_code == 2
    assert "bad.md: not UTF-8 text (byte 0xe9 at offset 3)" in res.output
    lines = res.output.splitlines()
    assert any(line.split()[:3] == ["a.md", "23", "42"] for line in lines), res.output
    assert any(line.split()[:3] == ["b.md", "13", "12%"] for line in lines), res.output
    assert "discarded '2023' at b.md 20: year" in res.output


def test_extract_names_files_of_the_same_name_by_their_paths(tmp_path: Path):
    import json

    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.md").write_text(f"The {folder} fund holds $5 billion.\n")
    res = _run("extract", str(tmp_path / "x" / "a.md"), str(tmp_path / "y" / "a.md"),
               "--format", "json")  # fmt: skip
    assert res.exit_code == 0, res.output
    ids = [r["source_id"] for r in json.loads(res.output)]
    assert ids == [str(tmp_path / "x" / "a.md"), str(tmp_path / "y" / "a.md")]


def test_extract_table_writes_amounts_in_full(tmp_path: Path):
    (tmp_path / "a.md").write_text("The fund holds $5 billion.\n")
    res = _run("extract", str(tmp_path / "a.md"))
    assert "5,000,000,000" in res.output and "e+09" not in res.output
