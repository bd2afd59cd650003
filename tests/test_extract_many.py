"""extract_many: many texts into one claims table, checked once, with ids and errors per text."""

from __future__ import annotations

import pandas as pd
import pytest

import figcheck
from figcheck.schemas import CLAIM_COLUMNS

DRONES = "Air defences shot down 38 of the 52 drones launched overnight, the air force said."
TRADE = "Exports rose 12% in 2023 to $4.1 billion, according to Rosstat."


def test_each_text_gets_its_claims_and_the_same_rows_as_extract():
    many = figcheck.extract_many([DRONES, TRADE])
    assert list(many.columns) == CLAIM_COLUMNS
    assert list(many["source_id"]) == ["text-1", "text-1", "text-2", "text-2"]
    one = figcheck.extract(TRADE, source_id="text-2")
    cols = ["claim_id", "start", "end", "surface", "value", "unit", "low", "high", "subject"]
    pd.testing.assert_frame_equal(
        many[many["source_id"] == "text-2"][cols].reset_index(drop=True), one[cols]
    )
    assert many["claim_id"].is_unique


def test_mappings_carry_their_own_context_over_the_shared_one():
    many = figcheck.extract_many(
        [{"text": DRONES, "source_id": "kyiv-1", "published": "2024-05-01"}, {"text": TRADE}],
        outlet="Wire",
    )
    first, second = many.iloc[0], many.iloc[-1]
    assert (first["source_id"], first["outlet"], first["published"]) == (
        "kyiv-1", "Wire", "2024-05-01"
    )  # fmt: skip
    assert (second["source_id"], second["outlet"]) == ("text-2", "Wire")


def test_a_dataframe_of_articles_reads_its_text_and_context_columns():
    articles = pd.DataFrame(
        {
            "text": [DRONES, TRADE],
            "source_id": ["a", "b"],
            "outlet": ["Wire", None],
            "title": ["Drones", "Trade"],  # not a context column: left out
        }
    )
    many = figcheck.extract_many(articles)
    assert sorted(set(many["source_id"])) == ["a", "b"]
    assert many.loc[many["source_id"] == "b", "outlet"].isna().all()


def test_discards_name_their_text():
    many = figcheck.extract_many([DRONES, TRADE])
    at = TRADE.index("2023")
    assert {"source_id": "text-2", "start": at, "end": at + 4, "surface": "2023",
            "reason": "year"} in many.attrs["discarded"]  # fmt: skip


def test_no_texts_give_an_empty_table_with_the_columns():
    assert list(figcheck.extract_many([]).columns) == CLAIM_COLUMNS


@pytest.mark.parametrize(
    ("texts", "kwargs", "error", "message"),
    [
        ("one text", {}, TypeError, "for one text use extract"),
        ([DRONES, {"body": TRADE}], {}, TypeError, "text 2: expected a string or a mapping"),
        ([{"text": DRONES, "date": "2024"}], {}, TypeError, "text 1: unknown context key 'date'"),
        ([DRONES], {"publised": "2024-01-01"}, TypeError, "valid: source_id, outlet"),
        ([{"text": DRONES, "source_id": "x"}, {"text": TRADE, "source_id": "x"}], {},
         ValueError, "texts 1 and 2 have the same source_id 'x'"),
        (pd.DataFrame({"body": [DRONES]}), {}, ValueError, "no 'text' column \\(its columns: body"),
    ],
)  # fmt: skip
def test_bad_input_is_named(texts, kwargs, error, message):
    with pytest.raises(error, match=message):
        figcheck.extract_many(texts, **kwargs)


def test_extract_names_an_unknown_context_key():
    with pytest.raises(TypeError, match="extract\\(\\): unknown context key 'source'"):
        figcheck.extract(DRONES, source="x")


def test_unknown_extractor_is_named_with_the_valid_ones():
    with pytest.raises(ValueError, match="unknown extractor 'spacy'; valid: figcheck, quantulum3"):
        figcheck.extract_many([DRONES], extractor="spacy")


def test_quantulum3_rows_come_through_too():
    many = figcheck.extract_many([DRONES], extractor="quantulum3")
    assert 38.0 in set(many["value"]) and many.attrs["discarded"] == []
