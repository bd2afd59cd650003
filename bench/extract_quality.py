"""Precision, recall and F1 of figcheck's extractor and quantulum3 on the gold sets, side by side.

Run: python bench/extract_quality.py   (it re-runs itself with PYTHONHASHSEED=0, see _gold.py)

Metrics, per gold set and extractor (a match is a prediction whose span overlaps the gold span,
one prediction per gold item):
- value: same value (relative tolerance 1e-6; a range's value is its midpoint);
- value+unit: and the same canonical unit;
- qualifier: over hedged items only (gold and predictions with a qualifier), same class;
- whole: over part-of-whole items only (gold and predictions with a whole), same whole.
A second table gives, on the news sets, the share of gold quantities with a context annotation
(`subject_has`, `period`, `attributed_to_has`) whose overlapping prediction meets it (subject and
attribution: the word is in the column; period: equal). quantulum3 has no such columns ("-").
The held-out news test set (data/gold/news_test.jsonl) is scored here only, never in the tests.
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
    keys = ("start", "end", "value", "unit", "qualifier", "whole", "subject", "period")
    return [{**{k: r[k] for k in keys}, "attributed_to": r["attributed_to"]} for r in rows]


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


def context_share(
    cases: list[_gold.Case], preds: list[list[Pred]], gold_field: str, column: str
) -> tuple[float, int]:
    """Share of gold items annotated with `gold_field` whose first overlapping prediction has
    a matching `column` (a missed item counts as a mismatch), and the number of such items."""
    ok = n = 0
    for case, ps in zip(cases, preds, strict=True):
        for g in case.gold:
            if gold_field not in g:
                continue
            n += 1
            hit = next((p for p in ps if p["start"] < g["end"] and g["start"] < p["end"]), None)
            ok += hit is not None and _gold.context_matches(gold_field, g[gold_field], hit[column])
    return (ok / n if n else math.nan), n


def main() -> None:
    _gold.pin_hash_seed()
    sets = {
        "news dev": _gold.news_cases("news_dev"),
        "news eval": _gold.news_cases("news_eval"),
        "news test (held out)": _gold.news_cases("news_test"),
        "RT quantities": _gold.rt_cases(),
        "RT ranges": _gold.rt_range_cases(),
    }
    extractors: dict[str, Callable[[str], list[Pred]]] = {
        "figcheck": figcheck_preds,
        "quantulum3": quantulum_preds,
    }
    all_preds = {
        s: {e: [fn(c.text) for c in cases] for e, fn in extractors.items()}
        for s, cases in sets.items()
    }
    print(f"| set | metric | n | {' | '.join(f'{e} P / R / F1' for e in extractors)} |")
    print("|---|---|---:|" + "---|" * len(extractors))
    for set_name, cases in sets.items():
        preds = all_preds[set_name]
        for metric in METRICS:
            cells, n = [], 0
            for e in extractors:
                p, r, f, n = score(cases, preds[e], metric)
                cells.append(f"{p:.3f} / {r:.3f} / {f:.3f}")
            print(f"| {set_name} | {metric} | {n} | {' | '.join(cells)} |")
    print()
    print(f"| set | context matches | n | {' | '.join(extractors)} |")
    print("|---|---|---:|" + "---:|" * len(extractors))
    for set_name in ("news dev", "news eval", "news test (held out)"):
        cases, preds = sets[set_name], all_preds[set_name]
        for label, gold_field, column in _gold.CONTEXT:
            share, n = context_share(cases, preds["figcheck"], gold_field, column)
            cells = [f"{share:.3f}" if e == "figcheck" else "-" for e in extractors]
            print(f"| {set_name} | {label} | {n} | {' | '.join(cells)} |")


if __name__ == "__main__":
    main()
