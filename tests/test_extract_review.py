"""Cases from the review of the news corpus (data/news/REVIEW-2026-11.md), fixed one by one."""

from __future__ import annotations

import math

import pytest

from figcheck.extractors import news


def _claims(text: str) -> dict[str, dict]:  # type: ignore[type-arg]
    rows, _ = news.extract_rows(text)
    return {r["surface"]: r for r in rows}


def _discards(text: str) -> dict[str, str]:
    _, dropped = news.extract_rows(text)
    return {d.surface: d.reason for d in dropped}


# (text, surface, value, unit, qualifier, low, high)
READ = [
    # "half" after a hedge is a share, whatever word follows
    ("Aid agencies say their winter programmes are less than half funded.", "half", 0.5, "count",
     "less_than", 0, 0.5),
    ("Carrow will serve up to half her sentence in custody.", "half", 0.5, "count", "up_to", 0,
     0.5),
    ("At least half think the plan will fail.", "half", 0.5, "count", "at_least", 0.5, math.inf),
    # "Half" that does something is a share too
    ("Half were women, and the average age was 54.", "Half", 0.5, "count", None, 0.5, 0.5),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "qualifier", "low", "high"), READ)
def test_read_as_the_review_asks(
    text: str, surface: str, value: float, unit: str, qualifier: str | None, low: float,
    high: float,
) -> None:
    claims = _claims(text)
    assert surface in claims, (surface, list(claims))
    got = claims[surface]
    assert (got["value"], got["unit"], got["qualifier"]) == pytest.approx((value, unit, qualifier))
    assert (got["low"], got["high"]) == pytest.approx((low, high))


# (text, a surface that must not be read as a claim)
NOT_READ = [
    ("The first half was dull.", "half"),  # a period of the match
    ("They left the bottom half of the draw.", "half"),
    ("We met at about half past seven.", "half"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_READ)
def test_not_read_as_a_claim(text: str, surface: str) -> None:
    assert surface not in _claims(text)
