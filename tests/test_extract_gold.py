"""The news extractor against the gold sentences of data/gold (one test id per sentence)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from figcheck.extractors import news
from tests.gold_known_misses import KNOWN_MISSES

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"


def _cases() -> list[Any]:
    params = []
    for name in ("news_dev.jsonl", "news_eval.jsonl"):
        for line in (GOLD / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            marks = []
            if case["id"] in KNOWN_MISSES:
                marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case["id"]])]
            params.append(pytest.param(case, id=case["id"], marks=marks))
    return params


def _same(got: float | None, expected: float | None) -> bool:
    if expected is None or got is None or (isinstance(got, float) and math.isnan(got)):
        return expected is None and (got is None or math.isnan(got))
    if math.isinf(expected) or math.isinf(got):
        return got == expected
    return math.isclose(got, expected, rel_tol=1e-6, abs_tol=1e-9)


def _overlaps(row: dict[str, Any], item: dict[str, Any]) -> bool:
    return row["start"] < item["end"] and item["start"] < row["end"]


def _has(got: Any, word: str) -> bool:
    return isinstance(got, str) and word.lower() in got.lower()


def _context_misses(row: dict[str, Any], q: dict[str, Any]) -> list[str]:
    """The optional context annotations of a gold quantity that the row does not meet."""
    misses = []
    if "subject_has" in q and not _has(row["subject"], q["subject_has"]):
        misses.append(f"subject {row['subject']!r} lacks {q['subject_has']!r}")
    if "period" in q and row["period"] != q["period"]:
        misses.append(f"period {row['period']!r} != {q['period']!r}")
    if "attributed_to_has" in q and not _has(row["attributed_to"], q["attributed_to_has"]):
        misses.append(f"attributed_to {row['attributed_to']!r} lacks {q['attributed_to_has']!r}")
    return misses


@pytest.mark.parametrize("case", _cases())
def test_gold_sentence(case: dict[str, Any]) -> None:
    text = case["text"]
    rows, _ = news.extract_rows(text)
    for row in rows:
        assert text[row["start"] : row["end"]] == row["surface"]
    for q in case["quantities"]:
        hits = [r for r in rows if _overlaps(r, q)]
        assert hits, f"{q['surface']!r} not extracted"
        r = hits[0]
        low = -math.inf if q["low"] is None else q["low"]
        high = math.inf if q["high"] is None else q["high"]
        got = (r["value"], r["unit"], r["low"], r["high"], r["qualifier"], r["whole"])
        assert _same(r["value"], q["value"]), (q["surface"], got)
        assert r["unit"] == q["unit"], (q["surface"], got)
        assert _same(r["low"], low) and _same(r["high"], high), (q["surface"], got)
        assert r["qualifier"] == q["qualifier"], (q["surface"], got)
        assert _same(r["whole"], q["whole"]), (q["surface"], got)
        assert not _context_misses(r, q), (q["surface"], _context_misses(r, q))
    for nc in case["not_claims"]:
        wrong = [r["surface"] for r in rows if _overlaps(r, nc)]
        assert not wrong, f"{nc['surface']!r} ({nc['reason']}) extracted as {wrong}"
    assert len(rows) == len(case["quantities"]), [r["surface"] for r in rows]


def test_readme_counts_match_the_gold_files() -> None:
    readme = (GOLD / "README.md").read_text(encoding="utf-8")
    for name in ("news_dev.jsonl", "news_eval.jsonl", "news_test.jsonl"):
        cases = [json.loads(x) for x in (GOLD / name).read_text(encoding="utf-8").splitlines()]
        quantities = sum(len(c["quantities"]) for c in cases)
        not_claims = sum(len(c["not_claims"]) for c in cases)
        row = f"| `{name}` | {len(cases)} | {quantities} | {not_claims} |"
        assert row in readme, f"update the counts of {name} in data/gold/README.md: {row}"


def test_gold_files_share_no_sentence() -> None:
    """A sentence in dev and in eval or the held-out file would leak what is measured."""
    texts = {}
    for name in ("news_dev.jsonl", "news_eval.jsonl", "news_test.jsonl"):
        lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
        texts[name] = {json.loads(x)["text"].strip().lower() for x in lines}
    names = list(texts)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not texts[a] & texts[b], f"{a} and {b} share {sorted(texts[a] & texts[b])[:3]}"
