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
    # "one" that counts: a range, a ratio, one of a list of ones, a person hurt
    ("Most expect one or two per cent, she said.", "one or two per cent", 1.5, "percent", "range",
     1, 2),
    ("That room had one microphone, one laptop and a leaking roof.", "one", 1, "count", None, 1,
     1),
    ("One firefighter was treated at the scene.", "One", 1, "count", None, 1, 1),
]

# (text, surface, value, whole): "one" with a word or two before "in" or "for every" is a ratio
RATIOS = [
    ("Roughly one household in ten relies on the food bank.", "one household in ten", 1, 10),
    ("It offers one new share for every four held.", "one new share for every four", 1, 4),
    ("There is one councillor for every two units.", "one councillor for every two", 1, 2),
    ("They scored 3 for every 10 shots.", "3 for every 10", 3, 10),
]


@pytest.mark.parametrize(("text", "surface", "value", "whole"), RATIOS)
def test_one_in_ten_is_a_ratio(text: str, surface: str, value: float, whole: float) -> None:
    claims = _claims(text)
    assert surface in claims, (surface, list(claims))
    assert (claims[surface]["value"], claims[surface]["whole"]) == (value, whole)


def test_a_day_in_ten_years_is_no_ratio() -> None:
    claims = _claims("It happened one day in 10 years.")
    assert claims["10 years"]["unit"] == "year" and claims["one day"]["whole"] is None


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
    ("One official said the talks had stalled.", "One"),  # a pronoun
]


@pytest.mark.parametrize(("text", "surface"), NOT_READ)
def test_not_read_as_a_claim(text: str, surface: str) -> None:
    assert surface not in _claims(text)
