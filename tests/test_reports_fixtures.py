"""A hand-built AuditResult with hostile text, shared by the report tests (and checked here)."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from figcheck.ids import claim_id
from figcheck.model import AuditResult, Document, Finding, Table
from figcheck.schemas import claims_frame, findings_frame

SCRIPT = "<script>alert('x')</script>"
IMG = "<img src=x onerror=alert(1)>"
SAFE_URL = "https://bugle.example/story?id=1&x=2"
EVIL_URL = "javascript:alert(1)"

TEXT_A = (
    f"Kyiv, 15 March. Officials said {SCRIPT} that more than 40 drones were shot down overnight. "
    "Of 500 migrants, 650 were detained, officials said."
)
TEXT_B = f"{IMG} The air force said 12 drones were shot down overnight. Nothing else happened."


def _claim(doc: Document, sentence: str, surface: str, **fields: Any) -> dict[str, Any]:
    """A claims row whose offsets are computed from the document text, as an extractor would."""
    sentence_start = doc.text.index(sentence)
    start = sentence_start + sentence.index(surface)
    end = start + len(surface)
    row = {
        "claim_id": claim_id(doc.id, start, end),
        "source_id": doc.id,
        "outlet": doc.meta.get("outlet"),
        "published": doc.meta.get("published"),
        "url": doc.meta.get("url"),
        "start": start,
        "end": end,
        "surface": surface,
        "sentence": sentence,
        "sentence_start": sentence_start,
        "unit": "count",
        "extractor": "test",
    }
    row.update(fields)
    return row


def documents(folder: Path) -> list[Document]:
    meta_a = {
        "outlet": "Daily <b>Bugle</b> — Économie",
        "published": "2025-03-15",
        "url": SAFE_URL,
        "standing": "wire",
        "format": "txt",
    }
    meta_b = {
        "outlet": f"Evening {IMG} Post",
        "published": "2025-03-16",
        "url": EVIL_URL,
        "standing": "blog",
        "format": "txt",
        "words": np.int64(17),
    }
    return [
        Document("news/a.txt", folder / "news/a.txt", TEXT_A, meta_a),
        Document("news/b.txt", folder / "news/b.txt", TEXT_B, meta_b),
    ]


def make_result(folder: Path = Path("/audit/folder")) -> AuditResult:
    """Two documents, one table, three claims (one unbounded), five findings of four checks."""
    doc_a, doc_b = documents(folder)
    sentence_a = f"Officials said {SCRIPT} that more than 40 drones were shot down overnight."
    c1 = _claim(
        doc_a,
        sentence_a,
        "40",
        value=40.0,
        low=40.0,
        high=math.inf,
        qualifier="more than",
        subject="drones shot down",
        period="2025-03-15",
    )
    c2 = _claim(
        doc_b,
        "The air force said 12 drones were shot down overnight.",
        "12",
        value=12.0,
        low=12.0,
        high=12.0,
        subject="drones shot down",
        period="2025-03-15",
        attributed_to="Ukrainian Air Force",
    )
    c3 = _claim(
        doc_a,
        "Of 500 migrants, 650 were detained, officials said.",
        "650",
        value=650.0,
        low=650.0,
        high=650.0,
        whole=500.0,
        subject="migrants detained",
    )
    claims = claims_frame([c1, c2, c3])
    findings = findings_frame(
        [
            Finding(
                check="cross_source_conflict",
                severity="error",
                message=f"news/a.txt says more than 40 drones, news/b.txt says 12 {SCRIPT}",
                claim_ids=[c1["claim_id"], c2["claim_id"]],
                details={
                    "key": "drones shot down | count | 2025-03-15",
                    "intervals": [
                        {"claim_id": c1["claim_id"], "low": 40.0, "high": math.inf},
                        {"claim_id": c2["claim_id"], "low": np.float64(12), "high": 12.0},
                    ],
                },
            ),
            Finding(
                check="part_exceeds_whole",
                severity="warning",
                message="650 detained is more than the whole of 500 migrants",
                claim_ids=[c3["claim_id"]],
                details={"part": np.float64(650.0), "whole": np.int64(500)},
            ),
            Finding(
                check="ingest_error",
                severity="error",
                message="could not read news/broken.pdf: unsupported format 'pdf'",
                source_ids=["news/broken.pdf"],
            ),
            Finding(
                check="benford",
                severity="warning",
                message="first digits of deaths deviate from Benford's law",
                source_ids=["data/deaths.csv"],
                table="data/deaths.csv",
                column="deaths",
                rows=[0, 1, 2],
                statistic=12.5,
                p_value=0.01,
            ),
            Finding(
                check="integer_percent_peaks",
                severity="info",
                message="cannot run: fewer than 30 percentages\x1b[2J found\x0b",
            ),
        ]
    )
    table = Table(
        "data/deaths.csv",
        folder / "data/deaths.csv",
        pd.DataFrame({"region": ["North", SCRIPT, "East"], "deaths": [120, 340, 560]}),
        {"format": "csv"},
    )
    return AuditResult(
        folder=folder,
        documents=[doc_a, doc_b],
        tables=[table],
        claims=claims,
        findings=findings,
        checks_run=[
            "cross_source_conflict",
            "part_exceeds_whole",
            "integer_percent_peaks",
            "benford",
            "growth_vs_levels",
        ],
        extractor="test-extractor",
    )


def make_ingest_only_result(folder: Path = Path("/audit/empty")) -> AuditResult:
    """Nothing could be read: no sources, no claims, one ingest_error finding, no checks run."""
    return AuditResult(
        folder=folder,
        documents=[],
        tables=[],
        claims=claims_frame([]),
        findings=findings_frame(
            [
                Finding(
                    check="ingest_error",
                    severity="error",
                    message=f"could not decode news/{SCRIPT}.txt as UTF-8",
                    source_ids=[f"news/{SCRIPT}.txt"],
                )
            ]
        ),
    )


def test_fixture_spans_point_into_document_text() -> None:
    result = make_result()
    texts = {d.id: d.text for d in result.documents}
    for row in result.claims.to_dict("records"):
        assert texts[row["source_id"]][row["start"] : row["end"]] == row["surface"]
        local = slice(row["start"] - row["sentence_start"], row["end"] - row["sentence_start"])
        assert row["sentence"][local] == row["surface"]


def test_fixture_has_the_cases_the_report_tests_rely_on() -> None:
    result = make_result()
    assert math.isinf(result.claims["high"].max())
    assert "ingest_error" in set(result.findings["check"]) - set(result.checks_run)
    assert result.findings["finding_id"].is_unique
