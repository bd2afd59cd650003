"""Precision, recall and F1 of figcheck's extractor and quantulum3 on the gold sets, side by side.

Run: python bench/extract_quality.py   (it re-runs itself with PYTHONHASHSEED=0, see _gold.py)

Metrics, per gold set and extractor (a match is a prediction whose span overlaps the gold span,
one prediction per gold item):
- value: same value (relative tolerance 1e-6; a range's value is its midpoint);
- value+unit: and the same canonical unit;
- qualifier: over hedged items only (gold and predictions with a qualifier), same class;
- whole: over part-of-whole items only (gold and predictions with a whole), same whole.
Precision on the Recognizers-Text files is scoped (data/eval/README.md): a prediction counts
when it overlaps a gold span or is of the type the case's spec file annotates.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _gold  # noqa: E402

Pred = dict[str, Any]
METRICS = ("value", "value+unit", "qualifier", "whole")


def figcheck_preds(text: str) -> list[Pred]:
    from figcheck.extractors import news

    rows, _ = news.extract_rows(text)
    return [
        {k: r[k] for k in ("start", "end", "value", "unit", "qualifier", "whole")} for r in rows
    ]


def quantulum_preds(text: str) -> list[Pred]:
    from figcheck.extractors import quantulum

    frame = quantulum.extract(text)
    preds = []
    for r in frame.to_dict("records"):
        unit = _gold.Q_TEMPERATURE.get(r["unit"], r["unit"])
        preds.append({"start": r["start"], "end": r["end"], "value": r["value"], "unit": unit,
                      "qualifier": None, "whole": None})  # fmt: skip
    return preds


def _ok(metric: str, g: dict[str, Any], p: Pred) -> bool:
    if not (p["start"] < g["end"] and g["start"] < p["end"]):
        return False
    if metric == "qualifier":
        return p["qualifier"] == g["qualifier"]
    if metric == "whole":
        return _gold.same(p["whole"], g["whole"])
    return _gold.same(p["value"], g["value"]) and (metric == "value" or p["unit"] == g["unit"])


def _relevant(metric: str, item: dict[str, Any]) -> bool:
    if metric == "qualifier":
        return item.get("qualifier") is not None
    if metric == "whole":
        w = item.get("whole")
        return w is not None and not (isinstance(w, float) and math.isnan(w))
    return True


def score(cases: list[_gold.Case], preds: list[list[Pred]], metric: str) -> tuple[float, ...]:
    tp_g = n_g = tp_p = n_p = 0
    for case, ps in zip(cases, preds, strict=True):
        gold = [g for g in case.gold if _relevant(metric, g)]
        ps = [p for p in ps if _relevant(metric, p)]
        scoped = [
            p for p in ps
            if _gold.in_scope(case.kind, str(p["unit"]))
            or any(p["start"] < g["end"] and g["start"] < p["end"] for g in case.gold)
        ]  # fmt: skip
        used: set[int] = set()
        for g in gold:
            hit = next(
                (i for i, p in enumerate(scoped) if i not in used and _ok(metric, g, p)), None
            )
            if hit is not None:
                used.add(hit)
        tp_g += len(used)
        n_g += len(gold)
        tp_p += len(used)
        n_p += len(scoped)
    p = tp_p / n_p if n_p else math.nan
    r = tp_g / n_g if n_g else math.nan
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, n_g


def main() -> None:
    _gold.pin_hash_seed()
    sets = {
        "news dev": _gold.news_cases("news_dev"),
        "news eval": _gold.news_cases("news_eval"),
        "RT quantities": _gold.rt_cases(),
        "RT ranges": _gold.rt_range_cases(),
    }
    extractors: dict[str, Callable[[str], list[Pred]]] = {
        "figcheck": figcheck_preds,
        "quantulum3": quantulum_preds,
    }
    print(f"| set | metric | n | {' | '.join(f'{e} P / R / F1' for e in extractors)} |")
    print("|---|---|---:|" + "---|" * len(extractors))
    for set_name, cases in sets.items():
        preds = {e: [fn(c.text) for c in cases] for e, fn in extractors.items()}
        for metric in METRICS:
            cells, n = [], 0
            for e in extractors:
                p, r, f, n = score(cases, preds[e], metric)
                cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}")
            print(f"| {set_name} | {metric} | {n} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
