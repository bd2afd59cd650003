"""Reconciliation across sources: facts, currency conversion, implied totals, growth rates."""

from __future__ import annotations

from pathlib import Path

import pytest

import figcheck
from figcheck.checks import REGISTRY
from figcheck.checks.base import CheckContext
from figcheck.checks.cross_source_conflict import severity
from figcheck.derive import with_derived
from figcheck.rates import default_rates, load_rates
from figcheck.schemas import claims_frame


def _ctx(*texts: tuple[str, str]) -> CheckContext:
    rows = []
    for source_id, text in texts:
        rows += figcheck.extract(text, source_id=source_id).to_dict("records")
    return CheckContext(with_derived(claims_frame(rows)), [], [])


def _messages(name: str, ctx: CheckContext) -> list[str]:
    return [f.message for f in REGISTRY[name].run(ctx)]


def test_share_implies_a_total_that_a_stated_figure_contradicts():
    ctx = _ctx(
        ("a.md", "Grain exports reached $904 million in 2023, 16.2 percent of all exports."),
        ("b.md", "Total exports reached $7.2 billion in 2023."),
    )
    derived = ctx.claims[ctx.claims["extractor"] == "derived"].iloc[0]
    assert derived["value"] == pytest.approx(904e6 / 0.162)
    assert (derived["low"], derived["high"]) == (
        pytest.approx(903.5e6 / 0.1625),
        pytest.approx(904.5e6 / 0.1615),
    )
    assert derived["subject_key"] == "export" and derived["period"] == "2023"
    (msg,) = _messages("share_implied_total", ctx)
    assert msg.startswith('a.md\'s "$904 million in 2023, 16.2 percent" implies total exports of')
    assert "b.md states $7.2 billion" in msg
    assert _messages("cross_source_conflict", ctx) == []  # derived claims are not compared twice


def test_share_consistent_with_stated_total_is_silent():
    ctx = _ctx(("a.md", "China took 16.2% of all exports, or $904 million, in 2023. "
                        "Total exports came to about $5.6 billion in 2023."))  # fmt: skip
    assert len(ctx.claims[ctx.claims["extractor"] == "derived"]) == 1
    assert _messages("share_implied_total", ctx) == []


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Exports rose 40% from $24bn in 2021 to $26bn in 2022.", True),
        ("Exports rose 8% from $24bn in 2021 to $26bn in 2022.", False),
        ("Trade grew by 8.3 percent to $26 billion in 2022, up from $24 billion.", False),
        ("Imports fell by 10% to $9 billion in 2022, down from $10 billion.", False),
        ("Imports fell by 10% to $11 billion in 2022, down from $10 billion.", True),
        ("Exports rose 40% in 2022 and reached $26bn.", False),  # no levels to check against
    ],
)
def test_growth_rate_against_its_levels(text: str, fires: bool):
    assert bool(_messages("growth_rate", _ctx(("a.md", text)))) is fires


def test_growth_rate_message_shows_the_arithmetic():
    (f,) = REGISTRY["growth_rate"].run(_ctx(("a.md", "Exports rose 40% from $24bn to $26bn.")))
    assert f.message == (
        "a.md: the text gives a rise of 40% from $24bn to $26bn, but $24bn to $26bn is a change "
        "of +8.3% (+4.1% to +12.8% allowing for rounding)."
    )
    assert f.details["arithmetic"] == "(26 billion / 24 billion - 1) x 100 = 8.3%"


def test_currencies_are_compared_through_the_years_rate():
    agree = _ctx(
        ("a.md", "Grain exports rose to 800 million euros in 2022."),
        ("b.md", "Grain exports rose to $840 million in 2022."),
    )
    assert _messages("cross_source_conflict", agree) == []
    clash = _ctx(
        ("a.md", "Grain exports rose to 800 million euros in 2022."),
        ("b.md", "Grain exports rose to $1.1 billion in 2022."),
    )
    (msg,) = _messages("cross_source_conflict", clash)
    assert (
        "800 million euros (read as 799.5 million to 800.5 million EUR) = "
        "799.8 million to 885.1 million USD" in msg.replace("\n", "")
    )


def test_no_rate_for_the_year_means_no_comparison_and_an_info_finding():
    ctx = _ctx(("a.md", "Exports rose to 800 million euros ($905 million) in 1999."))
    (f,) = REGISTRY["parenthetical_conversion"].run(ctx)
    assert f.severity == "info"
    assert "no EUR/USD rate for 1999 in the rates table (fx_annual.csv)" in f.message


def test_severity_grows_with_gap_and_standing():
    assert severity(0.18, ("high", "medium"))[0] == "error"
    assert severity(0.05, ("high", "low"))[0] == "warning"
    assert severity(0.01, ("low", "low"))[0] == "info"
    assert severity(0.2, ("high", "high"))[1] > severity(0.2, ("low", "high"))[1]
    assert severity(0.3, ("low", "low"))[1] > severity(0.1, ("low", "low"))[1]


def test_facts_table_on_the_demo(demo_result):
    facts = demo_result.facts
    drones = facts[facts["key"] == "drone|shot down | count | night to 2025-03-15"].iloc[0]
    assert drones["n_sources"] == 3 and not drones["consistent"]
    trade = facts[facts["key"] == "trade | money | 2022"].iloc[0]
    assert trade["consistent"] and trade["n_sources"] == 2
    assert trade["consensus_low"] == 25.5e9 and trade["consensus_high"] == 26.5e9
    assert facts["fact_id"].is_unique


def test_rates_file_errors_name_the_file_and_line(tmp_path: Path):
    bad = tmp_path / "r.csv"
    bad.write_text("currency,year\nEUR,2020\n")
    with pytest.raises(ValueError, match=r"r.csv: missing column\(s\) usd_per_unit; the columns"):
        load_rates(bad)
    bad.write_text("currency,year,usd_per_unit\nEUR,twenty,1.1\n")
    with pytest.raises(ValueError, match="r.csv line 2: year must be a whole number"):
        load_rates(bad)
    assert default_rates().usd_per("EUR", 2022) == pytest.approx(1.053)


def test_manual_links_and_unlinks_from_the_config(tmp_path: Path):
    (tmp_path / "a.md").write_text("Grain exports reached $904 million in 2023.\n")
    (tmp_path / "b.md").write_text("Wheat sales abroad came to $1.5 billion in 2023.\n")
    (tmp_path / "c.md").write_text("Grain exports reached $1.4 billion in 2023.\n")
    plain = figcheck.audit(tmp_path, checks=["cross_source_conflict"])
    ids = {r.source_id: r.claim_id for r in plain.claims.itertuples()}
    (conflict,) = plain.findings.itertuples()
    assert set(conflict.source_ids) == {"a.md", "c.md"}
    assert conflict.details["why_linked"].startswith("same subject, dimension and period")
    options = {"cross_source_conflict": {"links": [[ids["a.md"], ids["b.md"]]]}}
    linked = figcheck.audit(tmp_path, checks=["cross_source_conflict"], options=options)
    pairs = {tuple(f.source_ids) for f in linked.findings.itertuples()}
    assert ("a.md", "b.md") in pairs
    why = {tuple(f.source_ids): f.details["why_linked"] for f in linked.findings.itertuples()}
    assert why[("a.md", "b.md")].startswith("linked by hand (links in figcheck.toml)")
    options = {"cross_source_conflict": {"unlink": [ids["c.md"]]}}
    split = figcheck.audit(tmp_path, checks=["cross_source_conflict"], options=options)
    assert split.findings.empty


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Of the 62 journalists jailed in 2023, 35 were released, 21 were still on trial and "
            "14 were serving sentences.",
            "a.md: the parts 35 + 21 + 14 add up to 70, more than the 62 they are parts of.",
        ),
        (
            "Russia launched 116 drones, of which 42 were shot down and 80 were jammed.",
            "a.md: the parts 42 + 80 add up to 122, more than the 116 they are parts of.",
        ),
        ("Of the 116 drones, 42 were shot down and 60 were jammed.", None),
        ("Of the 116 drones, about 60 were shot down and some 60 were jammed.", None),
        ("In 2023, 35 were released and 40 were jailed out of 62 cases.", None),
    ],
)
def test_components_that_exceed_their_total(text: str, message: str | None):
    found = _messages("components_sum", _ctx(("a.md", text)))
    assert found == ([message] if message else [])


def test_a_rate_stated_in_the_article_wins_over_the_annual_average(tmp_path: Path):
    text = (
        "Exports rose to 800 million euros ($905 million) in 2022. "
        "Figures were converted at a rate of 1.13 dollars per euro.\n"
    )
    (tmp_path / "a.md").write_text(text)
    result = figcheck.audit(tmp_path, checks=["parenthetical_conversion"])
    assert result.findings.empty  # 800 x 1.13 = 904: the article is consistent with itself
    (tmp_path / "a.md").write_text(text.replace("1.13 dollars per euro", "1.05 dollars per euro"))
    (msg,) = figcheck.audit(tmp_path, checks=["parenthetical_conversion"]).findings["message"]
    assert "at the rate the text states (1.05 USD per EUR) is 840 million USD" in msg


def test_a_share_is_not_paired_with_an_unrelated_later_amount():
    ctx = _ctx(
        ("a.md", "China took 16.2% of all exports while imports from Turkey reached $5 billion.")
    )
    assert ctx.claims[ctx.claims["extractor"] == "derived"].empty
