"""Findings as JUnit XML for CI: one test case per check, one failure per error finding."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from figcheck.model import AuditResult

from ._common import (
    check_names,
    claims_by_id,
    clean,
    finding_sources,
    package_version,
    records,
)

CLASSNAME = "figcheck.checks"


def _failure_body(finding: dict[str, Any], sources: list[str]) -> str:
    lines = [finding["message"], f"finding: {finding['finding_id']}"]
    if sources:
        lines.append(f"sources: {', '.join(sources)}")
    if finding.get("claim_ids"):
        lines.append(f"claims: {', '.join(map(str, finding['claim_ids']))}")
    return clean("\n".join(lines))


def _out_line(finding: dict[str, Any], sources: list[str]) -> str:
    where = f" [{', '.join(sources)}]" if sources else ""
    line = f"{finding['severity'].upper()} {finding['finding_id']}: {finding['message']}{where}"
    return clean(line)


def _testcase(name: str, findings: list[dict[str, Any]], claims: dict) -> tuple[ET.Element, bool]:
    """One <testcase> for a check; returns it and whether it failed."""
    case = ET.Element("testcase", classname=CLASSNAME, name=clean(name), time="0")
    out: list[str] = []
    failed = False
    for f in findings:
        sources = finding_sources(f, claims)
        if f["severity"] == "error":
            failed = True
            failure = ET.SubElement(case, "failure", message=clean(f["message"]), type=clean(name))
            failure.text = _failure_body(f, sources)
        else:
            out.append(_out_line(f, sources))
    if out:
        ET.SubElement(case, "system-out").text = "\n".join(out)
    return case, failed


def render_junit(result: AuditResult) -> str:
    """JUnit XML: warnings and info findings go to <system-out> of their check's test case."""
    claims = claims_by_id(result)
    findings = records(result.findings)
    cases = []
    for name in check_names(result):
        cases.append(_testcase(name, [f for f in findings if f["check"] == name], claims))
    counts = {"tests": str(len(cases)), "failures": str(sum(failed for _, failed in cases))}
    counts.update(errors="0", skipped="0", time="0")
    root = ET.Element("testsuites", name="figcheck", **counts)
    suite = ET.SubElement(root, "testsuite", name="figcheck", **counts)
    props = ET.SubElement(suite, "properties")
    for key, value in (
        ("figcheck_version", package_version()),
        ("folder", Path(result.folder).as_posix()),
        ("extractor", result.extractor),
    ):
        ET.SubElement(props, "property", name=key, value=clean(str(value)))
    suite.extend(case for case, _ in cases)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def write_junit(result: AuditResult, path: Path) -> None:
    """Write the JUnit XML report to `path` (UTF-8)."""
    Path(path).write_text(render_junit(result), encoding="utf-8")
