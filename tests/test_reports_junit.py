"""JUnit report: parses, one test case per check, failures for error findings, counts match."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from figcheck.reports import WRITERS, render_junit, write_junit
from tests.test_reports_fixtures import SCRIPT, make_ingest_only_result, make_result


@pytest.fixture(scope="module")
def root() -> ET.Element:
    return ET.fromstring(render_junit(make_result()))


def test_one_testcase_per_check_including_those_seen_only_in_findings(root: ET.Element) -> None:
    suite = root.find("testsuite")
    assert root.tag == "testsuites" and suite is not None and suite.get("name") == "figcheck"
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "cross_source_conflict",
        "part_exceeds_whole",
        "integer_percent_peaks",
        "benford",
        "growth_vs_levels",
        "ingest_error",
    ]
    assert {c.get("classname") for c in cases} == {"figcheck.checks"}


def test_counts_match_testcases_and_failures(root: ET.Element) -> None:
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    failed = [c for c in cases if c.find("failure") is not None]
    for element in (root, suite):
        assert element.get("tests") == str(len(cases)) == "6"
        assert element.get("failures") == str(len(failed)) == "2"
        assert element.get("errors") == "0"
    assert len(root.findall(".//failure")) == 2  # one per error finding


def test_failure_names_check_message_finding_and_sources(root: ET.Element) -> None:
    findings = make_result().findings.set_index("check")
    conflict = root.find(".//testcase[@name='cross_source_conflict']/failure")
    assert conflict is not None
    assert conflict.get("type") == "cross_source_conflict"
    assert conflict.get("message") == findings.loc["cross_source_conflict", "message"]
    assert SCRIPT in (conflict.get("message") or "")  # escaped in XML, intact after parsing
    body = conflict.text or ""
    assert findings.loc["cross_source_conflict", "finding_id"] in body
    assert "sources: news/a.txt, news/b.txt" in body
    ingest = root.find(".//testcase[@name='ingest_error']/failure")
    assert ingest is not None and "news/broken.pdf" in (ingest.text or "")


def test_warnings_and_info_go_to_system_out(root: ET.Element) -> None:
    out = root.find(".//testcase[@name='part_exceeds_whole']/system-out")
    assert out is not None and (out.text or "").startswith("WARNING part_exceeds_whole-")
    assert root.find(".//testcase[@name='part_exceeds_whole']/failure") is None
    info = root.find(".//testcase[@name='integer_percent_peaks']/system-out")
    assert info is not None and "\x1b" not in (info.text or "") and "[2J" not in (info.text or "")
    clean = root.find(".//testcase[@name='growth_vs_levels']")
    assert clean is not None and len(clean) == 0


def test_write_and_registry(tmp_path: Path) -> None:
    write_junit(make_ingest_only_result(), tmp_path / "a.xml")
    WRITERS["junit"](make_ingest_only_result(), tmp_path / "b.xml")
    a = ET.parse(tmp_path / "a.xml").getroot()
    assert a.get("tests") == "1" and a.get("failures") == "1"
    assert (tmp_path / "a.xml").read_bytes() == (tmp_path / "b.xml").read_bytes()
