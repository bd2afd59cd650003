"""Review cases on units of trade and of rates: gas volumes, a dozen, points of a rate, lei."""

from __future__ import annotations

import pytest

from figcheck.extractors import news
from tests.extract_support import claims_of


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        ("Gas exports via TurkStream rose 21% in the first half to 8.4 bcm.", "8.4 bcm", 8.4e9,
         "m3"),
        ("Qatar holds about 900 tcf of gas.", "900 tcf", 9e14, "ft3"),
    ],
)
def test_the_gas_trade_s_volumes(text: str, surface: str, value: float, unit: str) -> None:
    got = claims_of(text)[surface]
    assert (got["value"], got["unit"]) == (value, unit)


def test_a_dozen_after_a_price_is_the_unit_of_sale() -> None:
    rows, discarded = news.extract_rows("Egg prices in the US averaged $6.23 a dozen in March.")
    assert [r["surface"] for r in rows] == ["$6.23"]
    assert rows[0]["attributed_to"] is None  # "in the US averaged": no body that acts
    assert any(d.surface == "a dozen" and "dozen" in d.reason for d in discarded)
    assert "a dozen" in claims_of("Police arrested a dozen protesters.")


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit"),
    [
        # points of growth, of a difference between rates, of a debt ratio
        ("Analysts warned that growth could also be cut by up to 0.3 points.", "0.3 points", 0.3,
         "percentage_point"),
        ("The old rate was 8.1% and the new one 5.3%, a difference of nearly 3 points.",
         "3 points", 3, "percentage_point"),
        ("Our debt ratio is more than 30 points below Italy's.", "30 points", 30,
         "percentage_point"),
        # an index's points stay a count
        ("The Sensex fell 781.6 points.", "781.6", 781.6, "count"),
        # Romanian lei
        ("The ministry had spent 4.5 million lei on a campaign.", "4.5 million lei", 4.5e6, "RON"),
    ],
)  # fmt: skip
def test_points_of_rates_and_lei(text: str, surface: str, value: float, unit: str) -> None:
    got = claims_of(text)[surface]
    assert (got["value"], got["unit"]) == (value, unit)
