"""Review cases on units and money: exchange rates, pesos, cents, poll points, scales."""

from __future__ import annotations

import pytest

from figcheck.extractors import news
from tests.extract_support import claims_of, discards_of


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("In the same survey, the SPD has gained two points.", "two points", "percentage_point"),
        ("The swing to Labour was 20.8 points.", "20.8 points", "percentage_point"),
        ("Pollsters are accurate to within one or two points.", "one or two points",
         "percentage_point"),
        ("Kingsmoor have taken just 2 points from five games.", "2", "count"),  # a match's points
    ],
)  # fmt: skip
def test_points_in_a_poll_are_percentage_points(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


def test_a_scale_after_a_hyphen_scales() -> None:
    got = claims_of("The council approved a $118-million budget.")["$118-million"]
    assert (got["value"], got["unit"]) == (118e6, "USD")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The rouble weakened to 88.6 against the dollar.", "88.6", "RUB"),
        ("The real firmed 1.2% to 4.98 per dollar.", "4.98", "BRL"),
        ("The Mexican peso was flat at 19.71 per dollar.", "19.71", "MXN"),
        ("The zloty strengthened to 4.24 per euro.", "4.24", "PLN"),
        ("The Canadian dollar firmed to 1.3705 to the US dollar.", "1.3705", "CAD"),
        ("The peso was at 56 per dollar.", "56", "count"),  # which peso: not said
        ("The firm sold 5 per dollar of revenue.", "5", "count"),  # no currency named
    ],
)
def test_an_exchange_rate_is_in_the_currency_named(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("MANILA – Damage to crops was put at 2.1 billion pesos, or about $37 million.", "PHP"),
        ("SANTIAGO – The drought in Chile will cost about 90 billion pesos a year.", "CLP"),
        ("The firm lost 3 billion pesos.", "MXN"),  # no country named: Mexico's
        ("In Chile and in Argentina, it lost 3 billion pesos.", "MXN"),  # a tie: no choice
    ],
)
def test_pesos_are_the_pesos_of_the_country_the_text_names(text: str, unit: str) -> None:
    rows, _ = news.extract_rows(text)
    assert [r["unit"] for r in rows if "pesos" in r["surface"]] == [unit]


def test_cents_in_a_sentence_of_euros_are_euro_cents() -> None:
    text = "It made a profit of 412 million euros and cut its dividend to 15 cents a share."
    assert claims_of(text)["15 cents"]["unit"] == "EUR"
    both = "The firm made $5 million and €3 million and paid 15 cents a share."
    assert claims_of(both)["15 cents"]["unit"] == "USD"  # dollars too: left as they were


def test_roads_named_r_stay_labels() -> None:
    assert set(discards_of("He drove on the R2 and the R101 road.")) == {"R2", "R101"}


def test_a_currency_code_on_the_next_line_is_no_unit() -> None:
    rows, _ = news.extract_rows("GBP/USD          1.1311      -0.0004\nGBP/EUR          1.1495")
    assert [r["unit"] for r in rows if r["surface"] == "-0.0004"] == ["count"]
