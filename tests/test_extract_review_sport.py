"""Review cases from sport copy: match scores, result lines, names that hold numbers."""

from __future__ import annotations

import pytest

from figcheck.extractors import news
from tests.extract_support import claims_of


def test_three_three_pointers_is_three_of_a_named_kind() -> None:
    text = "He made three three-pointers."
    rows, dropped = news.extract_rows(text)
    assert [(r["start"], r["value"]) for r in rows] == [(8, 3)]
    assert [(d.start, d.reason) for d in dropped] == [
        (14, "part of a name (two-wheeler, three-pointer)")
    ]


def test_a_model_between_names_is_no_score() -> None:
    _, dropped = news.extract_rows("The airline flies the Boeing 787-9 Dreamliner to Lima.")
    assert all(d.reason != "match score" for d in dropped)


@pytest.mark.parametrize(
    ("text", "scores"),
    [
        ("Ferrer beat the unseeded Canadian Noah Gauthier 6-2, 6-1, 6-3 on Monday.",
         ["6-2", "6-1", "6-3"]),
        ("He beat the seventh seed, Lachlan Reid of Australia, 4-6, 7-6 (7-5), 3-6, 6-3.",
         ["4-6", "7-6", "7-5", "3-6", "6-3"]),
        ("- Harbour City 3 Westgate Rovers 1", ["3", "1"]),
    ],
)  # fmt: skip
def test_runs_of_scores_and_result_lines(text: str, scores: list[str]) -> None:
    _, dropped = news.extract_rows(text)
    assert [d.surface for d in dropped if d.reason == "match score"] == scores
    assert not [r for r in news.extract_rows(text)[0] if r["surface"] in scores]


def test_a_run_of_age_groups_is_no_score() -> None:
    claims = claims_of("Support was highest among 18-24, 25-34 and 35-44 year olds.")
    assert claims["18-24"]["qualifier"] == "range" and claims["25-34"]["high"] == 34


def test_result_lines_run_together_are_scores_line_by_line() -> None:
    text = "Results:\nAshford Town 2 Harbour City 1\nDunmore 0 Westgate Rovers 3"
    _, dropped = news.extract_rows(text)
    assert [d.surface for d in dropped if d.reason == "match score"] == ["2", "1", "0", "3"]
