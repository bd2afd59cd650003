"""Every planted case of the demo corpus (data/demo/README.md) is found; no look-alike is."""

from __future__ import annotations

import pytest

from tests.conftest import planted_cases

NOT_BUILT: dict[str, str] = {}  # case -> why it is not built yet (a strict xfail)


def _claim_ids(result, file: str, surface: str) -> set[str]:
    c = result.claims
    return set(c.loc[(c["source_id"] == file) & (c["surface"] == surface), "claim_id"])


def _params():
    for case in planted_cases():
        marks = []
        if case["case"] in NOT_BUILT:
            marks.append(pytest.mark.xfail(reason=NOT_BUILT[case["case"]], strict=True))
        yield pytest.param(case, id=f"{case['case']}-{case['check']}", marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_planted_case(demo_result, case):
    findings = demo_result.findings
    findings = findings[(findings["check"] == case["check"]) & (findings["severity"] == "error")]
    if case["file"].startswith("tables/"):
        hits = findings[findings["table"] == case["file"]]
        if case["expect"] == "none":
            assert hits.empty, f"{case['case']}: look-alike reported: {list(hits['message'])}"
            return
        assert len(hits) >= 1, f"{case['case']}: no {case['check']} finding on {case['file']}"
        return
    ours = _claim_ids(demo_result, case["file"], case["surface"])
    assert ours, f"{case['case']}: claim {case['surface']!r} not extracted from {case['file']}"
    theirs: set[str] = set()
    if case["other_surface"] != "-":
        other_file = case["file"] if case["other_file"] == "-" else case["other_file"]
        theirs = _claim_ids(demo_result, other_file, case["other_surface"])
        assert theirs, f"{case['case']}: claim {case['other_surface']!r} not extracted"
    involved = [set(ids) for ids in findings["claim_ids"]]
    both = [ids for ids in involved if ids & ours and (not theirs or ids & theirs)]
    if case["expect"] == "finding":
        assert both, f"{case['case']}: expected a {case['check']} finding, got none"
    else:
        assert not both, f"{case['case']}: look-alike reported as {case['check']}"


def test_no_unplanned_error_findings(demo_result):
    """Every error finding on the demo involves at least one claim of a planted case, or is on a
    table of a planted table case (table findings have no claims)."""
    planted, tables = set(), set()
    for case in planted_cases():
        if case["expect"] == "finding" and case["file"].startswith("tables/"):
            tables.add(case["file"])
        elif case["expect"] == "finding":
            planted |= _claim_ids(demo_result, case["file"], case["surface"])
            if case["other_surface"] != "-":
                other = case["file"] if case["other_file"] == "-" else case["other_file"]
                planted |= _claim_ids(demo_result, other, case["other_surface"])
    errors = demo_result.findings[demo_result.findings["severity"] == "error"]
    for _, f in errors.iterrows():
        ok = set(f["claim_ids"]) & planted or f["table"] in tables
        assert ok, f"unplanned finding: {f['message']}"


def test_conflict_message_names_both_outlets_and_numbers(demo_result):
    f = demo_result.findings
    msg = f.loc[f["message"].str.contains("drones shot down"), "message"].iloc[0]
    assert "Danube Wire says 42" in msg and "Baltic Ledger says 51" in msg
    assert "cannot both hold" in msg
