"""The claims and findings schemas: string columns coerced and checked, bad rows named."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from figcheck.extractors import news
from figcheck.schemas import CLAIMS_SCHEMA, claims_frame


def _rows() -> list[dict]:
    rows, _ = news.extract_rows("Air defences shot down 38 of the 52 drones, the air force said.")
    return rows


def test_string_columns_have_the_string_dtype_and_keep_missing_values_missing():
    frame = claims_frame(_rows())
    assert pd.api.types.is_string_dtype(frame["surface"])
    assert list(frame["surface"]) == ["38", "52"]
    assert frame["outlet"].isna().all()  # optional and not given: missing, not "None"
    assert list(frame["attributed_to"]) == ["the air force", "the air force"]


def test_non_strings_in_a_string_column_are_coerced():
    rows = _rows()
    rows[0]["source_id"] = 17
    assert list(claims_frame(rows)["source_id"]) == ["17", "text"]


def test_a_missing_required_string_is_reported_with_its_column():
    rows = _rows()
    rows[1]["unit"] = None
    with pytest.raises(pandera.errors.SchemaErrors) as err:
        claims_frame(rows)
    cases = err.value.failure_cases
    assert list(cases["column"]) == ["unit"] and list(cases["check"]) == ["not_nullable"]


def test_an_empty_string_surface_fails_its_length_check():
    frame = claims_frame(_rows())
    frame.loc[0, "surface"] = ""
    with pytest.raises(pandera.errors.SchemaError, match="str_length"):
        CLAIMS_SCHEMA.validate(frame)
