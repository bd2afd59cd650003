"""Terminal summary: counts, findings by check, top findings, verdict line, fail_on validation."""

from __future__ import annotations

import pytest

from figcheck.reports import render_summary
from tests.test_reports_fixtures import make_ingest_only_result, make_result


def test_counts_and_verdict() -> None:
    lines = render_summary(make_result()).splitlines()
    assert "Sources: 2 documents, 1 table" in lines
    assert "Claims: 3 (extractor: test-extractor)" in lines
    assert "Findings: 2 error, 2 warning, 1 info" in lines
    assert "Checks: 5 run, 1 more seen in findings" in lines
    assert "  ingest_error: 1 error" in lines and "  benford: 1 warning" in lines
    assert lines[-1] == "FAIL: 2 findings at or above 'error'"


def test_top_findings_put_conflicts_first_and_respect_top() -> None:
    lines = render_summary(make_result(), top=2).splitlines()
    start = lines.index("Top findings:")
    shown = lines[start + 1 : -1]
    assert len(shown) == 2
    assert shown[0].startswith("  [error] cross_source_conflict: news/a.txt says more than 40")
    assert shown[1].startswith("  [error] ingest_error:")
    assert "Top findings:" not in render_summary(make_result(), top=0)


@pytest.mark.parametrize(
    ("fail_on", "verdict"),
    [
        ("error", "FAIL: 2 findings at or above 'error'"),
        ("warning", "FAIL: 4 findings at or above 'warning'"),
        ("never", "OK: 5 findings, none fail the run (fail_on='never')"),
    ],
)
def test_verdict_agrees_with_exit_code(fail_on: str, verdict: str) -> None:
    result = make_result()
    last = render_summary(result, fail_on=fail_on).splitlines()[-1]
    assert last == verdict
    assert last.startswith("FAIL") == (result.exit_code(fail_on) == 1)


def test_ok_when_nothing_reaches_the_threshold() -> None:
    result = make_result()
    result.findings = result.findings[result.findings["severity"] == "info"]
    assert render_summary(result).splitlines()[-1] == "OK: no findings at or above 'error'"


def test_bad_fail_on_names_valid_options() -> None:
    with pytest.raises(ValueError, match="'info'.*valid options: error, warning, never"):
        render_summary(make_result(), fail_on="info")


def test_no_control_characters_reach_the_terminal() -> None:
    out = render_summary(make_result(), top=10)
    assert not [c for c in out if ord(c) < 32 and c != "\n"]
    assert "cannot run: fewer than 30 percentages found" in out


def test_ingest_only() -> None:
    out = render_summary(make_ingest_only_result())
    assert "Sources: 0 documents, 0 tables" in out and "Claims: 0" in out
    assert out.splitlines()[-1] == "FAIL: 1 finding at or above 'error'"
