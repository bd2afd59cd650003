"""JSON report: strict JSON, infinities as null, spans present, stable order, numpy values."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

from figcheck.reports import WRITERS, to_dict, write_json
from figcheck.reports.json_report import jsonable
from figcheck.schemas import CLAIM_COLUMNS, FINDING_COLUMNS
from tests.test_reports_fixtures import IMG, make_ingest_only_result, make_result


def _reject(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"), parse_constant=_reject)


@pytest.fixture(scope="module")
def doc(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    path = tmp_path_factory.mktemp("json") / "findings.json"
    write_json(make_result(), path)
    return _load(path)


def test_top_level_keys_in_fixed_order(doc: dict[str, Any]) -> None:
    assert list(doc) == [
        "figcheck_version",
        "folder",
        "extractor",
        "checks_run",
        "notes",
        "counts",
        "sources",
        "claims",
        "facts",
        "findings",
    ]
    assert doc["folder"] == "/audit/folder" and doc["extractor"] == "test-extractor"
    assert isinstance(doc["figcheck_version"], str) and doc["figcheck_version"]


def test_counts(doc: dict[str, Any]) -> None:
    assert doc["counts"] == {
        "sources": {"documents": 2, "tables": 1},
        "claims": 3,
        "facts": 0,
        "findings": {"error": 2, "warning": 2, "info": 1, "total": 5},
        "checks": 6,
    }
    assert [(s["id"], s["kind"]) for s in doc["sources"]] == [
        ("news/a.txt", "document"),
        ("news/b.txt", "document"),
        ("data/deaths.csv", "table"),
    ]


def test_infinity_becomes_null_and_is_documented(doc: dict[str, Any]) -> None:
    unbounded = next(c for c in doc["claims"] if c["surface"] == "40")
    assert unbounded["high"] is None and unbounded["low"] == 40.0
    assert "unbounded" in doc["notes"]["high"]
    conflict = next(f for f in doc["findings"] if f["check"] == "cross_source_conflict")
    assert [iv["high"] for iv in conflict["details"]["intervals"]] == [None, 12.0]
    info = next(f for f in doc["findings"] if f["severity"] == "info")
    assert info["statistic"] is None and info["p_value"] is None


def test_claims_carry_all_columns_and_their_span(doc: dict[str, Any]) -> None:
    texts = {d.id: d.text for d in make_result().documents}
    for claim in doc["claims"]:
        assert list(claim)[: len(CLAIM_COLUMNS)] == CLAIM_COLUMNS
        assert texts[claim["source_id"]][claim["start"] : claim["end"]] == claim["surface"]


def test_findings_carry_all_columns_with_lists_and_dicts(doc: dict[str, Any]) -> None:
    for finding in doc["findings"]:
        assert list(finding) == FINDING_COLUMNS
    part = next(f for f in doc["findings"] if f["check"] == "part_exceeds_whole")
    assert part["details"] == {"part": 650.0, "whole": 500}
    assert len(part["claim_ids"]) == 1
    benford = next(f for f in doc["findings"] if f["check"] == "benford")
    assert benford["rows"] == [0, 1, 2] and benford["p_value"] == 0.01
    ingest = next(f for f in doc["findings"] if f["check"] == "ingest_error")
    assert ingest["source_ids"] == ["news/broken.pdf"]


def test_utf8_not_ascii_escaped_and_stable(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    WRITERS["json"](make_result(), path)
    raw = path.read_text(encoding="utf-8")
    assert "Économie" in raw and "\\u00c9" not in raw.lower()
    assert IMG in raw  # JSON is data, not markup: kept verbatim
    assert raw.startswith('{\n  "figcheck_version"')
    write_json(make_result(), tmp_path / "b.json")
    assert (tmp_path / "b.json").read_text(encoding="utf-8") == raw


def test_meta_numpy_values_become_python(doc: dict[str, Any]) -> None:
    meta = doc["sources"][1]["meta"]
    assert meta["words"] == 17 and list(meta) == sorted(meta)


def test_ingest_only_result(tmp_path: Path) -> None:
    write_json(make_ingest_only_result(), tmp_path / "e.json")
    out = _load(tmp_path / "e.json")
    assert out["claims"] == [] and out["sources"] == []
    assert out["counts"]["findings"]["error"] == 1
    assert to_dict(make_ingest_only_result())["checks_run"] == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (np.float64("nan"), None),
        (-math.inf, None),
        (np.int64(3), 3),
        (np.bool_(True), True),
        (pd.NA, None),
        (pd.NaT, None),
        (pd.Timestamp("2025-03-15"), "2025-03-15T00:00:00"),
        (Path("a/b.txt"), "a/b.txt"),
        ({"b": np.float32(0.5), "a": [np.inf, 1]}, {"a": [None, 1], "b": 0.5}),
        (np.array([1.0, np.nan]), [1.0, None]),
    ],
)
def test_jsonable(value: Any, expected: Any) -> None:
    converted = jsonable(value)
    assert converted == expected
    json.dumps(converted, allow_nan=False)
