"""Quarters as periods: "2023-Q3" for "in the third quarter of 2023", "Q3 2023", "the three
months to September", with the year from the sentence or the publication date."""

from __future__ import annotations

import pytest

from figcheck.extractors import news

REVISION = (
    "Growth in the third quarter of 2023 was revised to 0.1% from 0.4%, and the institute now "
    "says output shrank by 0.2% in the fourth quarter, rather than expanding by 0.3% as it had "
    "previously estimated."
)


def _periods(text: str, published: str | None = "2026-05-01") -> dict[str, str | None]:
    rows, _ = news.extract_rows(text, published=published)
    return {r["surface"]: r["period"] for r in rows}


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the quarter and its year, and the year carried to a later quarter of the sentence
        (REVISION, "0.1%", "2023-Q3"),
        (REVISION, "0.4%", "2023-Q3"),
        (REVISION, "0.2%", "2023-Q4"),
        (REVISION, "0.3%", "2023-Q4"),  # its clause names no time: the quarter before it
        # the quarter right after a figure is its own, not the nearest
        ("Spain's unemployment rate rose to 10.9% in the first quarter of 2026 from 10.6% in the "
         "last three months of 2025.", "10.6%", "2025-Q4"),
        ("Spain's unemployment rate rose to 10.9% in the first quarter of 2026 from 10.6% in the "
         "last three months of 2025.", "10.9%", "2026-Q1"),
        # "the same quarter" of another year
        ("The response rate fell to 38% in the second quarter of 2023, from 71% in the same "
         "quarter of 2021.", "71%", "2021-Q2"),
        ("Sales rose 4% in Q3 2024 and 2% in Q4.", "2%", "2024-Q4"),
        # with no year: the last such quarter up to the publication date, or the next one ahead
        ("Pay rose 4.7 per cent in the three months to March.", "4.7 per cent", "2026-Q1"),
        ("Sales rose 4% in the third quarter.", "4%", "2025-Q3"),
        ("The bank lowered its inflation forecast for the fourth quarter to 4.4%.", "4.4%",
         "2026-Q4"),
        # another figure's quarter does not date this one
        ("Employment fell by 104,000, more than the 61,000 recorded in the first quarter of "
         "2025.", "104,000", None),
        # "the last quarter" is the latest one, not the fourth; a fiscal quarter stays fiscal
        ("The firm sold 3,000 cars in the last quarter.", "3,000", None),
        ("Revenue of £412.6m (Q1 FY25: £380.6m).", "£380.6m", "FY2025"),
    ],
)  # fmt: skip
def test_the_quarter_of_a_figure(text: str, surface: str, period: str | None) -> None:
    assert _periods(text)[surface] == period


def test_a_quarter_without_a_year_or_a_date_has_no_period() -> None:
    assert _periods("Sales rose 4% in the third quarter.", published=None)["4%"] is None
