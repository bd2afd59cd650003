"""The seeded synthetic corpus: conflicts planted in it are found, consistent reports are not."""

from __future__ import annotations

from pathlib import Path

import figcheck
from figcheck.synthetic import fact_of_sentences, generate


def test_generator_is_deterministic():
    a, b = generate(3, 20), generate(3, 20)
    assert a.conflicts == b.conflicts
    assert {k: [s.text for s in v] for k, v in a.articles.items()} == {
        k: [s.text for s in v] for k, v in b.articles.items()
    }
    assert generate(4, 20).conflicts != a.conflicts


def test_planted_conflicts_are_found_without_false_alarms(tmp_path: Path):
    corpus = generate(seed=11, n_facts=30)
    corpus.write(tmp_path)
    result = figcheck.audit(tmp_path, checks=["cross_source_conflict"])
    facts = fact_of_sentences(corpus)
    claims = result.claims.set_index("claim_id")
    found = set()
    for ids in result.findings["claim_ids"]:
        rows = [claims.loc[i] for i in ids]
        fact = facts[(rows[0]["source_id"], rows[0]["sentence"])]
        assert fact == facts[(rows[1]["source_id"], rows[1]["sentence"])], "linked two facts"
        found.add((fact, *sorted(r["source_id"] for r in rows)))
    truth = corpus.conflicts
    assert len(truth) >= 5
    hits = len(found & truth)
    assert hits / len(found) >= 0.95, sorted(found - truth)
    assert hits / len(truth) >= 0.90, sorted(truth - found)
