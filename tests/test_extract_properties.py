"""Properties of the news extractor over arbitrary text: no exceptions, valid offsets, order."""

from __future__ import annotations

import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from figcheck.extractors import news

# Text that looks like news numbers, mixed with arbitrary Unicode, finds more paths than either.
_PIECES = st.sampled_from(
    [" ", ", ", ". ", "about ", "nearly ", "between ", " and ", " to ", " of the ", "$", "£",
     "€", "%", " per cent", "m ", "bn ", " million", " km", " (", ")", "-year-old", "st ",
     "ranked ", "out of ", "half a ", "three ", "dozen ", "F-", "No. ", ":", "+44 ", "May "]
)  # fmt: skip
_NUMBERS = st.from_regex(r"\d{1,4}(,\d{3}){0,2}(\.\d{1,2})?", fullmatch=True)
_TEXT = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_PIECES, _NUMBERS, st.text(max_size=5)), max_size=40).map("".join),
)
_FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_FAST
@given(_TEXT)
def test_never_raises_and_offsets_and_intervals_hold(text: str) -> None:
    rows, discards = news.extract_rows(text)
    for r in rows:
        assert text[r["start"] : r["end"]] == r["surface"]
        assert r["surface"]
        assert not math.isnan(r["value"])
        assert r["low"] <= r["value"] <= r["high"]
    for d in discards:
        assert text[d.start : d.end] == d.surface


@_FAST
@given(_TEXT)
def test_deterministic(text: str) -> None:
    first, _ = news.extract_rows(text)
    second, _ = news.extract_rows(text)
    assert first == second


def test_long_line_of_digits_commas_and_spaces() -> None:
    """200 KB of number-like noise is read without pathological backtracking (timed in bench/)."""
    unit = "1,234 5,6,7 890,000,1 22 , 3.4 ,, 56789 "
    text = (unit * (200_000 // len(unit) + 1))[:200_000]
    rows, _ = news.extract_rows(text)
    assert rows
    assert all(text[r["start"] : r["end"]] == r["surface"] for r in rows)
