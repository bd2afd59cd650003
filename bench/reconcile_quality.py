"""Precision and recall of cross-source conflicts on seeded synthetic corpora, against a baseline.

Run: python bench/reconcile_quality.py [--seeds 5] [--facts 60]
The baseline links claims the same way but compares point values with a 5 % tolerance, as a
validator without hedges, rounding precision or conversions would.
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from pathlib import Path

import figcheck
from figcheck.linking import link
from figcheck.rates import default_rates
from figcheck.synthetic import fact_of_sentences, generate


def predicted(result, facts) -> set[tuple[str, str, str]]:
    """(fact, source, source) for every cross_source_conflict finding."""
    claims = result.claims.set_index("claim_id")
    out = set()
    for f in result.findings[result.findings["check"] == "cross_source_conflict"].itertuples():
        rows = [claims.loc[c] for c in f.claim_ids]
        fact = facts.get((rows[0]["source_id"], rows[0]["sentence"]), "?")
        a, b = sorted(r["source_id"] for r in rows)
        out.add((fact, a, b))
    return out


def baseline(result, facts) -> set[tuple[str, str, str]]:
    """Point values, 5 % relative tolerance, same linking: what a naive comparison reports."""
    linked = link(result.claims, default_rates())
    out = set()
    for _, g in linked.groupby("fact_key"):
        for a, b in itertools.combinations(g.to_dict("records"), 2):
            va, vb = a["base_value"], b["base_value"]
            if a["source_id"] != b["source_id"] and abs(va - vb) > 0.05 * max(va, vb):
                fact = facts.get((a["source_id"], a["sentence"]), "?")
                out.add((fact, *sorted((a["source_id"], b["source_id"]))))
    return out


def score(pred: set, truth: set) -> tuple[float, float]:
    hit = len(pred & truth)
    return (hit / len(pred) if pred else 1.0), (hit / len(truth) if truth else 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=5)
    parser.add_argument("--facts", type=int, default=60)
    args = parser.parse_args()
    print(f"{'seed':>4} {'truth':>5} {'P figcheck':>10} {'R figcheck':>10} "
          f"{'P baseline':>10} {'R baseline':>10}")  # fmt: skip
    totals = {"ours": [set(), set()], "base": [set(), set()]}
    for seed in range(args.seeds):
        corpus = generate(seed, args.facts)
        with tempfile.TemporaryDirectory() as tmp:
            corpus.write(Path(tmp))
            result = figcheck.audit(tmp, checks=["cross_source_conflict"])
        facts = fact_of_sentences(corpus)
        ours, base = predicted(result, facts), baseline(result, facts)
        truth = {(f, a, b) for f, a, b in corpus.conflicts}
        (po, ro), (pb, rb) = score(ours, truth), score(base, truth)
        print(f"{seed:>4} {len(truth):>5} {po:>10.3f} {ro:>10.3f} {pb:>10.3f} {rb:>10.3f}")
        for key, pred in (("ours", ours), ("base", base)):
            totals[key][0] |= {(seed, *p) for p in pred}
            totals[key][1] |= {(seed, *t) for t in truth}
    (po, ro), (pb, rb) = (score(*totals[k]) for k in ("ours", "base"))
    print(f"{'all':>4} {len(totals['ours'][1]):>5} {po:>10.3f} {ro:>10.3f} {pb:>10.3f} {rb:>10.3f}")
    print(
        f"ratio figcheck/baseline: precision {po / pb if pb else float('inf'):.2f}x, "
        f"recall {ro / rb if rb else float('inf'):.2f}x (targets: P >= 0.95, R >= 0.90)"
    )


if __name__ == "__main__":
    main()
