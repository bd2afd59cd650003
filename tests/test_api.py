"""The Python API an analyst uses in a notebook: audit() and extract()."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import figcheck
from figcheck.schemas import CLAIM_COLUMNS, CLAIMS_SCHEMA, FINDING_COLUMNS, FINDINGS_SCHEMA


def test_audit_returns_dataframes(demo_result):
    assert isinstance(demo_result.claims, pd.DataFrame)
    assert isinstance(demo_result.findings, pd.DataFrame)
    assert list(demo_result.claims.columns) == CLAIM_COLUMNS
    assert list(demo_result.findings.columns) == FINDING_COLUMNS
    CLAIMS_SCHEMA.validate(demo_result.claims)
    FINDINGS_SCHEMA.validate(demo_result.findings)
    assert demo_result.findings["finding_id"].is_unique


def test_every_claim_points_into_its_source(demo_result):
    texts = {d.id: d.text for d in demo_result.documents}
    for row in demo_result.claims.itertuples():
        assert texts[row.source_id][row.start : row.end] == row.surface
        sentence = texts[row.source_id][row.sentence_start : row.sentence_start + len(row.sentence)]
        assert sentence == row.sentence
        assert row.low <= row.value <= row.high


def test_manifest_metadata_reaches_the_claims(demo_result):
    c = demo_result.claims
    row = c[c["source_id"] == "articles/danube_wire_drones.md"].iloc[0]
    assert row["outlet"] == "Danube Wire" and row["published"] == "2025-03-15"
    assert row["url"].startswith("https://danubewire.example/")


def test_html_sources_are_read_as_text(demo_result):
    doc = next(d for d in demo_result.documents if d.id.endswith(".html"))
    assert "var tracking" not in doc.text  # scripts are not text
    assert "<script>alert('pwned')</script>" in doc.text  # entities decoded: text, not markup


def test_extract_one_text():
    text = "Air defences shot down 42 of the 116 drones launched overnight, the Air Force said."
    claims = figcheck.extract(text, published="2025-03-15")
    part = claims[claims["surface"] == "42"].iloc[0]
    whole = claims[claims["surface"] == "116"].iloc[0]
    assert (part["value"], part["whole"], part["part_of"]) == (42, 116, whole["claim_id"])
    assert part["subject"] == "drones shot down" and whole["subject"] == "drones launched"
    assert part["period"] == "night to 2025-03-15"
    assert part["attributed_to"] == "the Air Force"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "low", "high", "qualifier"),
    [
        ("Nearly 3.3 million migrants arrived.", "3.3 million", 3.3e6, "count", 2.97e6, 3.35e6,
         "below"),
        ("Trade reached $26 billion in 2022.", "$26 billion", 26e9, "USD", 25.5e9, 26.5e9, None),
        ("At least 1,500 journalists left.", "1,500", 1500, "count", 1450, math.inf, "at_least"),
        ("Between 820,000 and 920,000 people fled.", "820,000 and 920,000", 870000, "count",
         820000, 920000, "range"),
        ("It cost £5m.", "£5m", 5e6, "GBP", 4.5e6, 5.5e6, None),
        ("Unemployment was 4.2% last year.", "4.2%", 4.2, "percent", 4.15, 4.25, None),
    ],
)  # fmt: skip
def test_extract_values_units_intervals(text, surface, value, unit, low, high, qualifier):
    claims = figcheck.extract(text)
    row = claims[claims["surface"] == surface].iloc[0]
    assert (row["value"], row["unit"]) == (pytest.approx(value), unit)
    assert (row["low"], row["high"]) == (pytest.approx(low), pytest.approx(high))
    assert (row["qualifier"] if isinstance(row["qualifier"], str) else None) == qualifier


def test_parenthetical_is_positive_and_linked():
    claims = figcheck.extract("Exports rose to 800 million euros ($905 million) in 2022.")
    usd = claims[claims["unit"] == "USD"].iloc[0]
    eur = claims[claims["unit"] == "EUR"].iloc[0]
    assert usd["value"] == 905e6 and usd["equivalent_of"] == eur["claim_id"]


def test_extract_with_quantulum_baseline():
    claims = figcheck.extract("Trade reached $26 billion in 2022.", extractor="quantulum3")
    assert "USD" in set(claims["unit"]) and (claims["value"] == 26e9).any()


def test_unknown_names_are_errors_naming_valid_options():
    with pytest.raises(ValueError, match="unknown extractor 'x'; valid: figcheck, quantulum3"):
        figcheck.extract("1", extractor="x")
    with pytest.raises(ValueError, match="unknown check 'x'; valid: cross_source_conflict"):
        figcheck.audit("data/demo", checks=["x"])


def test_exit_code_follows_threshold(demo_result):
    assert demo_result.exit_code("error") == 1
    assert demo_result.exit_code("never") == 0
    with pytest.raises(ValueError, match="valid: error, warning, info"):
        demo_result.exit_code("fatal")


@pytest.mark.parametrize("name", ["figcheck", "quantulum3"])
def test_pipeline_claims_equal_the_extractor_output(tmp_path, name):
    """The pipeline validates all documents' rows once; the claims are the same as extract()'s."""
    text = "Trade reached $26 billion in 2022. About 3.3 million migrants worked there in 2023.\n"
    (tmp_path / "a.md").write_text(text)
    audited = figcheck.audit(tmp_path, extractor=name, checks=[]).claims
    alone = figcheck.extract(text, extractor=name, source_id="a.md")
    pd.testing.assert_frame_equal(audited.reset_index(drop=True), alone.reset_index(drop=True))
