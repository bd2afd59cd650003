"""Append the hand-annotated gold sentences of data/gold/cases_*.py to the gold files.

The sentences and their annotations are written by hand in `cases_dev.py` and `cases_eval.py`
from the rules in data/gold/README.md: for every quantity the annotator decides the value, the
unit, the hedge class, the whole and the rounding precision `h` of the digits ("3.3 million":
h = 0.05 million; "1,100": 50; "38": 0). This script does only the mechanical part:

- finds each surface in its sentence (the n-th occurrence at word boundaries, `occ`) and writes
  the character offsets;
- turns (value, h, qualifier) into low/high with the README's formulas: none v +- h; `approx`
  v +- max(h, 10 %); `below` v - max(h, 10 %) to v + h; `at_least` v - h, unbounded; `more_than`
  v, unbounded; `up_to`/`less_than` 0 to v; a range (R) is given by its two ends, value = midpoint;
- checks that every number in a sentence is annotated as a quantity or a not-claim (digits and
  number words), that spans do not overlap and that no sentence or id repeats.

Run: python data/gold/build.py   (idempotent: the original lines, dev-001..082 and
eval-001..041, are kept as they are and the generated ids after them are rewritten; the
held-out `news_test.jsonl` is written whole from `cases_test.py`)
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parent
ORIGINAL = {"dev": 82, "eval": 41, "test": 0}  # lines written before this script; kept

# Not-claim reasons (the wording of the original lines where one exists)
YEAR, DATE, TIME = "bare year", "date", "time of day"
MODEL, LAW, PHONE = "model name or identifier", "law or article number", "phone number"
ADDR, DEF, ORD = "street address", "definite reference, not a figure", "ordinal, not a rank"
REL, VAGUE, DECADE = "relative time expression", "vague quantity", "decade"
PAGE, ONE = "page furniture", "'one of the', not a count"
REF = "reference number (unit, case, road)"


@dataclass
class Q:
    """A quantity: surface, value, unit, precision h, qualifier, whole, optional context."""

    surface: str
    value: float
    unit: str = "count"
    h: float = 0.0
    q: str | None = None
    whole: float | None = None
    occ: int = 1
    subj: str | None = None
    period: str | None = None
    by: str | None = None
    lo: float | None = None  # ranges only (R)
    hi: float | None = None

    def interval(self) -> tuple[float | None, float | None]:
        v, h, q = self.value, self.h, self.q
        wide = max(h, 0.1 * abs(v))
        if q == "range":
            return self.lo, self.hi
        if q == "approx":
            return v - wide, v + wide
        if q == "below":
            return v - wide, v + h
        if q == "at_least":
            return v - h, None
        if q == "more_than":
            return v, None
        if q in ("up_to", "less_than"):
            return 0.0, v
        assert q is None, q
        return v - h, v + h


def R(surface: str, lo: float, hi: float, unit: str = "count", **kw: Any) -> Q:
    """A range from `lo` to `hi` ("820,000 to 920,000"); its value is the midpoint."""
    return Q(surface, (lo + hi) / 2, unit, q="range", lo=lo, hi=hi, **kw)


@dataclass
class N:
    surface: str
    reason: str
    occ: int = 1


@dataclass
class S:
    text: str
    items: list[Q | N] = field(default_factory=list)

    def __init__(self, text: str, *items: Q | N) -> None:
        self.text, self.items = text, list(items)


def find(text: str, surface: str, occ: int) -> tuple[int, int]:
    left = r"(?<![A-Za-z0-9])" if surface[0].isalnum() else ""
    right = r"(?![A-Za-z0-9])" if surface[-1].isalnum() else ""
    hits = [m.start() for m in re.finditer(left + re.escape(surface) + right, text)]
    if len(hits) < occ:
        raise ValueError(f"{surface!r} (occurrence {occ}) not in {text!r}")
    start = hits[occ - 1]
    return start, start + len(surface)


def _num(x: float | None) -> float | None:
    return None if x is None else float(x)


# Numbers the completeness check looks for: digit runs and number words
NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred hundreds thousand thousands million millions billion trillion dozen dozens half "
    "third thirds quarter quarters fifth first second fourth sixth seventh eighth ninth tenth "
    "scores tens lakh crore"
).split()
_NUMBER = re.compile(r"\d+|\b(?:" + "|".join(NUMBER_WORDS) + r")\b", re.I)


def case_dict(case_id: str, s: S) -> dict[str, Any]:
    quantities, not_claims, spans = [], [], []
    for item in s.items:
        start, end = find(s.text, item.surface, item.occ)
        spans.append((start, end, item.surface))
        if isinstance(item, N) or hasattr(item, "reason"):
            not_claims.append(
                {"surface": item.surface, "start": start, "end": end, "reason": item.reason}
            )
            continue
        low, high = item.interval()
        d: dict[str, Any] = {
            "surface": item.surface, "start": start, "end": end, "value": float(item.value),
            "unit": item.unit, "low": _num(low), "high": _num(high), "qualifier": item.q,
            "whole": _num(item.whole),
        }  # fmt: skip
        if low is not None:
            assert low <= item.value, (case_id, item)
        if high is not None:
            assert item.value <= high, (case_id, item)
        for key, value in (
            ("subject_has", item.subj), ("period", item.period), ("attributed_to_has", item.by)
        ):  # fmt: skip
            if value is not None:
                d[key] = value
        quantities.append(d)
    spans.sort()
    for (_, a1, a), (b0, _, b) in zip(spans, spans[1:], strict=False):
        assert a1 <= b0, f"{case_id}: {a!r} and {b!r} overlap"
    for m in _NUMBER.finditer(s.text):
        if not any(a0 <= m.start() and m.end() <= a1 for a0, a1, _ in spans):
            print(f"warning {case_id}: {m.group(0)!r} not annotated in {s.text!r}", file=sys.stderr)
    quantities.sort(key=lambda d: d["start"])
    not_claims.sort(key=lambda d: d["start"])
    return {"id": case_id, "text": s.text, "quantities": quantities, "not_claims": not_claims}


def write(name: str, cases: list[S]) -> tuple[int, int, int]:
    path = GOLD / f"news_{name}.jsonl"
    kept = []
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    for line in lines:
        case = json.loads(line)
        if int(case["id"].split("-")[1]) <= ORIGINAL[name]:
            kept.append(line)
    texts = {json.loads(line)["text"] for line in kept}
    out = list(kept)
    for i, s in enumerate(cases, start=ORIGINAL[name] + 1):
        assert s.text not in texts, f"repeated sentence {s.text!r}"
        texts.add(s.text)
        out.append(json.dumps(case_dict(f"{name}-{i:03d}", s), ensure_ascii=False))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    rows = [json.loads(line) for line in out]
    n_q = sum(len(r["quantities"]) for r in rows)
    n_n = sum(len(r["not_claims"]) for r in rows)
    return len(rows), n_q, n_n


def main() -> None:
    sys.path.insert(0, str(GOLD))
    import cases_dev
    import cases_eval
    import cases_test

    seen: set[str] = set()
    for name, module in (("dev", cases_dev), ("eval", cases_eval), ("test", cases_test)):
        for s in module.CASES:
            assert s.text not in seen, f"sentence in both files: {s.text!r}"
            seen.add(s.text)
        n, n_q, n_n = write(name, module.CASES)
        print(f"news_{name}.jsonl: {n} sentences, {n_q} quantities, {n_n} not-claims")


if __name__ == "__main__":
    main()
