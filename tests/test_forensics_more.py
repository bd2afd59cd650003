"""The other forensic table checks of issue 5: planted cases fire, clean ones stay quiet."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import figcheck
from figcheck.checks import change_points as cp
from figcheck.checks import digit_tests as dt
from figcheck.checks import regional_outliers as ro
from figcheck.checks import round_number_bunching as rb
from figcheck.checks import sum_of_parts as sp
from tests.conftest import DEMO, ROOT
from tests.test_forensics import bind

MORTALITY = ROOT / "data" / "mortality"
TURNOUT = 'numerator = ["given"]\ndenominator = ["registered"]'


def audit_one(folder: Path, frame: pd.DataFrame, check: str, options: str, columns: str = ""):
    """Write `frame` as t.csv bound to `check`, audit the folder, return the one finding."""
    frame.to_csv(folder / "t.csv", index=False)
    bind(folder, "t.csv", check, options, columns)
    (row,) = figcheck.audit(folder, checks=[check]).findings.to_dict("records")
    return row


# --- sum_of_parts ------------------------------------------------------------------------


def test_demo_trade_total_is_flagged_and_migrant_total_is_not():
    findings = figcheck.audit(DEMO, checks=[sp.NAME]).findings.set_index("table")
    trade = findings.loc["tables/trade_official.csv"]
    assert trade["severity"] == "error" and trade["rows"] == [1]
    assert "2020: 19,570 vs 19,000 (+3.0%)" in trade["message"]
    assert findings.loc["tables/migrants_by_region.csv", "severity"] == "info"


@pytest.mark.parametrize(("planted", "severity"), [(1.02, "error"), (1.0, "info")])
def test_total_rows_by_group(tmp_path: Path, planted: float, severity: str):
    rng = np.random.default_rng(3)
    rows = []
    for year in (2021, 2022, 2023):
        parts = rng.integers(1_000, 9_000, 6)
        total = round(parts.sum() * (planted if year == 2022 else 1.0))
        rows += [(year, f"r{i}", v) for i, v in enumerate(parts)] + [(year, "Total", total)]
    frame = pd.DataFrame(rows, columns=["year", "region", "n"])
    opts = 'label_column = "region"\nvalue_column = "n"\ngroup_by = ["year"]'
    row = audit_one(tmp_path, frame, sp.NAME, opts)
    assert row["severity"] == severity
    assert row["rows"] == ([13] if planted != 1.0 else [])


def test_rounding_gaps_stay_silent(tmp_path: Path):
    frame = pd.DataFrame({"a": [10.4, 20.3], "b": [5.4, 7.3], "t": [15.0, 28.0]}).round(0)
    frame["t"] = [16, 27]  # 10 + 5 = 15 printed as 16, 20 + 7 = 27: within rounding
    row = audit_one(tmp_path, frame, sp.NAME, 'parts = ["a", "b"]', 'total = "t"')
    assert row["severity"] == "info"


def test_missing_part_column_is_an_info_finding_that_names_it(tmp_path: Path):
    frame = pd.DataFrame({"a": [1], "t": [1]})
    row = audit_one(tmp_path, frame, sp.NAME, 'parts = ["a", "zz"]', 'total = "t"')
    assert row["severity"] == "info" and "'zz'" in row["message"]


# --- change_points -----------------------------------------------------------------------


def seasonal(n: int, shift: float, at: int, seed: int) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    y = 150_000 + 15_000 * np.cos(2 * np.pi * t / 12) + rng.normal(0, 2_000, n)
    y[at:] += shift
    return pd.DataFrame({"year": 2015 + t // 12, "month": t % 12 + 1, "deaths": y.round()})


@pytest.mark.parametrize(("shift", "severity"), [(8_000, "warning"), (0, "info")])
def test_planted_level_shift_is_dated(tmp_path: Path, shift: float, severity: str):
    opts = 'label_columns = ["year", "month"]\nseason = 12'
    row = audit_one(tmp_path, seasonal(120, shift, 96, 4), cp.NAME, opts, 'value = "deaths"')
    assert row["severity"] == severity
    if shift:
        (point,) = row["details"]["change_points"]
        assert point["label"] == "2023-01" and point["shift"] == pytest.approx(8_000, rel=0.2)
    else:
        assert row["details"]["change_points"] == []


def test_clean_seasonal_series_false_positive_rate_is_below_5_percent():
    fired = 0
    for seed in range(60):
        y = seasonal(120, 0, 0, seed)["deaths"].to_numpy(dtype=float)
        fired += bool(cp.detect(y, [str(i) for i in range(120)], 12, 3.0, 3)[0])
    assert fired / 60 < 0.05 + 0.05  # 3 % over 300 seeds (docs/forensics.md); slack for 60


def test_mortality_series_shows_the_covid_waves():
    (row,) = [
        r
        for r in figcheck.audit(MORTALITY, checks=[cp.NAME]).findings.to_dict("records")
        if r["check"] == cp.NAME
    ]
    labels = [p["label"] for p in row["details"]["change_points"]]
    assert row["severity"] == "warning" and "2020-10" in labels and "2021-12" in labels


# --- digit_tests -------------------------------------------------------------------------


def counts(stations: int, planted: float, seed: int) -> pd.DataFrame:
    """Binomial vote counts; a `planted` share get a made-up count ending in 0 or 5."""
    rng = np.random.default_rng(seed)
    votes = rng.binomial(rng.integers(200, 3000, stations), 0.6)
    fake = rng.random(stations) < planted
    votes[fake] = 5 * np.rint(votes[fake] / 5)
    return pd.DataFrame({"votes": votes})


@pytest.mark.parametrize(("planted", "severity"), [(0.2, "warning"), (0.0, "info")])
def test_last_digit_fires_on_invented_counts_never_as_error(
    tmp_path: Path, planted: float, severity: str
):
    row = audit_one(
        tmp_path, counts(5_000, planted, 2), dt.NAME, 'tests = ["last"]', 'value = "votes"'
    )
    assert row["severity"] == severity
    assert "discriminate poorly" in row["message"] and row["details"]["limits"]


def test_benford_digits_of_a_log_uniform_sample_conform():
    values = 10 ** np.random.default_rng(0).uniform(1, 6, 50_000)
    tests = dt.digit_tests(values)
    assert dt.conformity(tests["first"].mad, dt.FIRST_MAD) == "close conformity"
    assert dt.conformity(tests["second"].mad, dt.SECOND_MAD) == "close conformity"
    assert dt.conformity(0.0125, dt.FIRST_MAD) == "marginal conformity"
    assert dt.conformity(0.02, dt.SECOND_MAD) == "nonconformity"


def test_digits_are_exact_at_powers_of_ten():
    tests = dt.digit_tests(np.array([1000.0, 10.0, 99.0, 1e6]))
    assert tests["first"].observed.tolist() == [3, 0, 0, 0, 0, 0, 0, 0, 1]
    assert tests["second"].observed.tolist() == [3, 0, 0, 0, 0, 0, 0, 0, 0, 1]


# --- round_number_bunching ---------------------------------------------------------------


def turnout(stations: int, planted: float, seed: int, target: float | None = None) -> pd.DataFrame:
    """Binomial turnout; a `planted` share moved to the nearest multiple of 5 % (or a target)."""
    rng = np.random.default_rng(seed)
    registered = rng.integers(300, 3000, stations)
    given = rng.binomial(registered, rng.beta(12, 8, stations)).astype(float)
    push = rng.random(stations) < planted
    goal = np.full(stations, target) if target else 5 * np.rint(100 * given / registered / 5)
    given[push] = np.rint(goal[push] * registered[push] / 100)
    return pd.DataFrame({"registered": registered, "given": given})


@pytest.mark.parametrize(("planted", "fires"), [(0.03, True), (0.0, False)])
def test_bunching_at_multiples_of_five(tmp_path: Path, planted: float, fires: bool):
    row = audit_one(tmp_path, turnout(10_000, planted, 5), rb.NAME, TURNOUT)
    assert (row["severity"] == "error") is fires
    assert (row["details"]["z"] > 4) is fires and len(row["details"]["chart"]["counts"]) > 30


def test_bunching_at_a_target_kpi(tmp_path: Path):
    opts = TURNOUT + "\nstep = 1000.0\ntargets = [67]"
    row = audit_one(tmp_path, turnout(10_000, 0.02, 6, target=67.0), rb.NAME, opts)
    assert row["severity"] == "error" and [b["value"] for b in row["details"]["round_bins"]] == [67]


# --- regional_outliers -------------------------------------------------------------------


def regions(planted: bool, seed: int) -> pd.DataFrame:
    """40 regions x 50 stations; region r0 gets turnout and leader share pushed up if planted."""
    rng = np.random.default_rng(seed)
    region = np.repeat([f"r{i}" for i in range(40)], 50)
    registered = rng.integers(500, 2000, len(region))
    t = np.repeat(rng.normal(0.6, 0.03, 40), 50) + (region == "r0") * 0.3 * planted
    s = np.repeat(rng.normal(0.5, 0.03, 40), 50) + (region == "r0") * 0.4 * planted
    given = rng.binomial(registered, np.clip(t, 0, 1))
    return pd.DataFrame(
        {"reg": region, "registered": registered, "given": given,
         "leader": rng.binomial(given, np.clip(s, 0, 1)), "ballots": given}
    )  # fmt: skip


@pytest.mark.parametrize(("planted", "severity"), [(True, "warning"), (False, "info")])
def test_regional_outlier_is_named(tmp_path: Path, planted: bool, severity: str):
    opts = TURNOUT + '\nsecond_numerator = ["leader"]\nsecond_denominator = ["ballots"]'
    row = audit_one(tmp_path, regions(planted, 8), ro.NAME, opts, 'group = "reg"')
    assert row["severity"] == severity and row["details"]["units"] == 40
    if planted:
        assert row["details"]["worst"][0]["unit"] == "r0"
    fingerprint = np.array(row["details"]["chart"]["fingerprint"])
    assert fingerprint.shape == (50, 50) and fingerprint.sum() == 2000


def test_rows_are_the_units_when_no_group_is_bound(tmp_path: Path):
    frame = regions(False, 9).drop(columns="reg")
    frame.loc[7, "given"] = frame.loc[7, "registered"]  # one station at 100 % turnout
    row = audit_one(tmp_path, frame, ro.NAME, TURNOUT)
    assert row["details"]["units"] == 2000 and 7 in row["rows"]


def test_planted_noise_shift_is_dated_as_a_change_of_noise(tmp_path: Path):
    frame = seasonal(120, 0, 96, 4)
    rng = np.random.default_rng(11)
    frame.loc[96:, "deaths"] += rng.normal(0, 2_000 * np.sqrt(8), 24).round()  # SD x 3
    opts = 'label_columns = ["year", "month"]\nseason = 12'
    row = audit_one(tmp_path, frame, cp.NAME, opts, 'value = "deaths"')
    assert row["severity"] == "warning"  # (the level pass may also split the noisy stretch)
    (change,) = row["details"]["variance_changes"]
    assert change["label"] in {"2022-12", "2023-01", "2023-02"} and change["ratio"] > 2
    assert f"change(s) of noise at {change['label']}" in row["message"]
