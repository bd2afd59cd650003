"""Forensic table checks: published calibrations on real data and planted synthetic cases."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from typer.testing import CliRunner

import figcheck
from figcheck.checks import excess_deaths as ed
from figcheck.checks import integer_percent as ip
from figcheck.cli import app
from figcheck.ingest import read_table
from tests.conftest import ROOT

ELECTIONS, MORTALITY = ROOT / "data" / "elections", ROOT / "data" / "mortality"
MONTHS = {"year": "year", "month": "time", "deaths": "deaths"}


def bind(folder: Path, table: str, check: str, options: str = "", columns: str = "") -> Path:
    """Write a figcheck.toml binding one table to one check."""
    text = f'[tables."{table}"]\nchecks = ["{check}"]\n'
    if columns:
        text += f'[tables."{table}".columns]\n{columns}\n'
    if options:
        text += f'[tables."{table}".options.{check}]\n{options}\n'
    (folder / "figcheck.toml").write_text(text, encoding="utf-8")
    return folder


# --- integer_percent_peaks ---------------------------------------------------------------


@pytest.fixture(scope="module")
def duma_2011(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """`figcheck check` on a folder holding only 2011.csv.gz (1,000 draws, seed 0), as JSON."""
    folder = tmp_path_factory.mktemp("elections")
    shutil.copy(ELECTIONS / "2011.csv.gz", folder)
    bind(folder, "2011.csv.gz", ip.NAME, "draws = 1000\nseed = 0")
    out = folder / "out.json"
    result = CliRunner().invoke(app, ["check", str(folder), "--json", str(out), "--quiet"])
    assert result.exit_code == 1, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_2011_reproduces_the_published_excess_within_2_null_sd(duma_2011: dict):
    (finding,) = [f for f in duma_2011["findings"] if f["check"] == ip.NAME]
    d = finding["details"]
    assert finding["table"] == "2011.csv.gz" and finding["severity"] == "error"
    assert abs(d["excess"] - 1003.5) < 2 * d["null_sd"]
    assert 100 < d["null_sd"] < 130  # published: about 113
    assert d["z"] > 7 and finding["p_value"] < 1e-6
    assert "Kobak, Shpilkin & Pshenichnikov" in finding["message"]
    assert len(d["chart"]["turnout_hist"]) == 1000 and sum(d["chart"]["null_hist"]) == 1000


def synthetic_election(stations: int, planted: float, seed: int) -> pd.DataFrame:
    """Binomial polling stations; a `planted` share get turnout pushed to a round percent."""
    rng = np.random.default_rng(seed)
    registered = rng.integers(300, 3000, stations)
    given = rng.binomial(registered, rng.beta(12, 8, stations))
    push = rng.random(stations) < planted
    given[push] = np.round(np.round(100 * given[push] / registered[push]) * registered[push] / 100)
    invalid = rng.binomial(given, 0.01)
    leader = rng.binomial(given, rng.beta(10, 10, stations))
    return pd.DataFrame(
        {
            "reg": registered,
            "ballots_issued_early": 0,
            "ballots_issued_on_site": given,
            "ballots_issued_off_site": 0,
            "valid": given - invalid,
            "invalid": invalid,
            "leader": np.minimum(leader, given - invalid),
        }
    )


@pytest.mark.parametrize(("planted", "severity"), [(0.1, "error"), (0.0, "info")])
def test_planted_integer_turnout_fires_and_clean_data_stays_silent(
    tmp_path: Path, planted: float, severity: str
):
    synthetic_election(4000, planted, seed=7).to_csv(tmp_path / "e.csv", index=False)
    bind(tmp_path, "e.csv", ip.NAME, "draws = 200\nseed = 1", 'registered = "reg"')
    (row,) = figcheck.audit(tmp_path, checks=[ip.NAME]).findings.to_dict("records")
    assert row["severity"] == severity
    if planted:
        assert row["details"]["z"] > 5
    else:
        assert abs(row["details"]["z"]) < 2


def test_null_draws_are_seeded_and_independent_of_threads():
    n = (np.full(500, 1000), np.full(500, 600))
    p = (np.full(500, 0.55), np.full(500, 0.48))
    first = ip.null_counts(n, p, 0.05, 60, seed=3)
    assert np.array_equal(first, ip.null_counts(n, p, 0.05, 60, seed=3))
    assert not np.array_equal(first, ip.null_counts(n, p, 0.05, 60, seed=4))


def test_integer_window_is_inclusive_and_exact():
    counts = np.array([1, 2, 21, 19, 50])
    scale = 100.0 / np.array([2000, 2000, 2000, 2000, 100])
    # 0.05, 0.1, 1.05, 0.95, 50.0 percent
    assert ip.is_integer(counts, scale, 0.05).tolist() == [True, False, True, True, True]


# --- excess_vs_reported ------------------------------------------------------------------


def test_2020_on_the_frozen_vintage_reproduces_the_published_excess_within_1_percent():
    table = read_table(MORTALITY / "russia_monthly_wmd_elife2021_frozen.csv", "frozen", {})
    result = ed.excess_deaths(table, MONTHS, "2020")
    assert result.excess == pytest.approx(359_963, rel=0.01)
    assert result.months == 12


@pytest.mark.parametrize(
    ("period", "excess"),
    [("2020", 372_778), ("2021", 704_043), ("2022", 189_351), ("2020-01/2021-12", 1_076_822)],
)
def test_current_vintage_periods(period: str, excess: int):
    table = read_table(MORTALITY / "russia_monthly_wmd.csv", "current", {})
    assert ed.excess_deaths(table, MONTHS, period).excess == pytest.approx(excess, abs=1)


def test_bundled_mortality_folder_flags_the_reported_covid_count():
    (row,) = figcheck.audit(MORTALITY, checks=[ed.NAME]).findings.to_dict("records")
    assert row["severity"] == "error" and row["details"]["reported"] == 57555
    assert row["details"]["ratio"] == pytest.approx(6.48, abs=0.01)


def synthetic_deaths(extra_per_month: float, seed: int) -> pd.DataFrame:
    """2015-2021 monthly deaths: month effects, a trend, noise, and `extra` per month in 2020."""
    rng = np.random.default_rng(seed)
    years, months = np.repeat(np.arange(2015, 2022), 12), np.tile(np.arange(1, 13), 7)
    deaths = 150_000 + 15_000 * np.cos(2 * np.pi * months / 12) - 500 * (years - 2015)
    deaths = deaths + rng.normal(0, 2_000, len(years)) + extra_per_month * (years == 2020)
    return pd.DataFrame({"year": years, "month": months, "deaths": deaths.round()})


@pytest.mark.parametrize(("reported", "severity"), [(30_000, "error"), (240_000, "info")])
def test_planted_excess_fires_only_when_reported_is_far_below(
    tmp_path: Path, reported: int, severity: str
):
    synthetic_deaths(20_000, seed=5).to_csv(tmp_path / "d.csv", index=False)
    bind(tmp_path, "d.csv", ed.NAME, f'period = "2020"\nreported = {reported}')
    (row,) = figcheck.audit(tmp_path, checks=[ed.NAME]).findings.to_dict("records")
    assert row["details"]["excess"] == pytest.approx(240_000, rel=0.1)
    assert row["severity"] == severity


def test_period_outside_the_table_is_an_info_finding(tmp_path: Path):
    synthetic_deaths(0, seed=5).to_csv(tmp_path / "d.csv", index=False)
    bind(tmp_path, "d.csv", ed.NAME, 'period = "2022"')
    (row,) = figcheck.audit(tmp_path, checks=[ed.NAME]).findings.to_dict("records")
    assert row["severity"] == "info"
    assert "needs 12 months, the table has 0 of them" in row["message"]
