"""Review cases on number words and hedged spans: "more than a year", "one in every eight"."""

from __future__ import annotations

import pytest

from tests.extract_support import claims_of, discards_of


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        ("Some families were out of their homes for more than a year.", "a year", 1, "year",
         "more_than"),
        ("The covers stayed on for well over an hour.", "an hour", 1, "hour", "more_than"),
        ("It was the worst fire season in more than a decade.", "a decade", 10, "year",
         "more_than"),
        ("The floods are the second to hit Sylhet in less than a month.", "a month", 1, "month",
         "less_than"),
        ("Systems were unable to operate for up to a week.", "a week", 1, "week", "up_to"),
        ("The site has stood empty for almost a decade.", "a decade", 10, "year", "below"),
        ("The journey takes about an hour and a half.", "an hour and a half", 1.5, "hour",
         "approx"),
        ("It took over two hours.", "two hours", 2, "hour", "more_than"),
    ],
)  # fmt: skip
def test_a_unit_of_time_after_a_hedge_is_one(
    text: str, surface: str, value: float, unit: str, qualifier: str
) -> None:
    got = claims_of(text)
    assert list(got) == [surface]
    assert (got[surface]["value"], got[surface]["unit"], got[surface]["qualifier"]) == (
        value,
        unit,
        qualifier,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell at Capel Curig, more than a month's average.",  # a possessive: an amount
        "Sales were 9% more than a year earlier.",  # a point in time
        "It happened more than a year ago.",
        "The talks ended an hour later.",  # no hedge
        "Payments are spread over a year.",  # a span with no bound: discarded with its reason
    ],
)
def test_a_unit_of_time_without_a_bound_is_no_claim(text: str) -> None:
    assert not [s for s in claims_of(text) if s.split()[0].lower() in ("a", "an")]


@pytest.mark.parametrize(
    ("text", "surface", "whole"),
    [
        ("About one in every eight adults is obese.", "one in every eight", 8),
        ("Smugglers take one in every 10 bags.", "one in every 10", 10),
        ("One household in every ten has no car.", "One household in every ten", 10),
    ],
)
def test_one_in_every_n_is_a_ratio(text: str, surface: str, whole: float) -> None:
    got = claims_of(text)
    assert list(got) == [surface]
    assert (got[surface]["value"], got[surface]["whole"]) == (1, whole)


def test_the_richter_scale_gives_a_magnitude() -> None:
    got = claims_of("The tremor measured 2.4 on the Richter scale.")
    assert got["2.4 on the Richter scale"]["unit"] == "magnitude"


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("It was a $9 billion-plus quarter.", "$9 billion", "at_least"),
        ("Growth is picking up to 2.8 per cent.", "2.8 per cent", None),  # "pick up", no bound
    ],
)
def test_plus_after_an_amount_and_picking_up_to(
    text: str, surface: str, qualifier: str | None
) -> None:
    assert claims_of(text)[surface]["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The Canadiens are one point behind Tampa Bay.", True),
        ("They lead with one round to play.", True),
        ("The index was the only one to close higher.", False),  # a pronoun
        ("At one point he said no.", False),
    ],
)
def test_one_that_counts(text: str, read: bool) -> None:
    assert ("one" in claims_of(text)) is read


def test_a_three_way_race_is_a_kind_of_race() -> None:
    assert discards_of("It is now a three-way race.")["three"].startswith("part of a name")


def test_a_rate_with_two_words_before_per() -> None:
    got = claims_of("Arizona had 17.8 excess deaths per 100,000 residents.")
    assert (got["17.8"]["whole"], list(got)) == (100000, ["17.8"])


@pytest.mark.parametrize(
    ("text", "surface", "qualifier", "subject"),
    [
        ("Some 40 or so people came.", "40", "approx", "people"),
        ("Some 50 or more people came.", "50", "at_least", "people"),
        ("They sold 50 and so on.", "50", None, None),
    ],
)
def test_or_so_and_or_more_before_the_noun(
    text: str, surface: str, qualifier: str | None, subject: str | None
) -> None:
    got = claims_of(text)[surface]
    assert got["qualifier"] == qualifier
    assert subject is None or got["subject"] == subject
