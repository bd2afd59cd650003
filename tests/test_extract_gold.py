"""The news extractor against the gold sentences of data/gold (one test id per sentence)."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from figcheck.extractors import news

GOLD = Path(__file__).resolve().parent.parent / "data" / "gold"

# Known misses: a fix turns the xfail into an unexpected pass (strict), so remove the line then.
KNOWN_MISSES: dict[str, str] = {}


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
    for nc in case["not_claims"]:
        wrong = [r["surface"] for r in rows if _overlaps(r, nc)]
        assert not wrong, f"{nc['surface']!r} ({nc['reason']}) extracted as {wrong}"
    assert len(rows) == len(case["quantities"]), [r["surface"] for r in rows]
