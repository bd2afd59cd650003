"""False-positive rates of the forensic table checks on clean synthetic data (issue 5).

Each test runs one check over many seeded clean datasets, drawn from the null the check's docs
state, and asserts that the share of findings reaching `warning` (or worse) and `error` stays at
or below the nominal rate in docs/forensics.md. Measured rates are listed there too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
from scipy import stats

from figcheck.checks import change_points as cp
from figcheck.checks import digit_tests as dt
from figcheck.checks import excess_deaths as ed
from figcheck.checks import integer_percent as ip
from figcheck.checks import regional_outliers as ro
from figcheck.checks import round_number_bunching as rb
from figcheck.checks import sum_of_parts as sp
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding, Table
from tests.test_forensics import synthetic_deaths, synthetic_election
from tests.test_forensics_more import counts, regions, seasonal, turnout

TURNOUT = {"numerator": ["given"], "denominator": ["registered"]}
LEADER = {"second_numerator": ["leader"], "second_denominator": ["ballots"]}


def run_check(check: Check, frame: pd.DataFrame, columns: dict | None = None, **options) -> Finding:
    """Run one check on an in-memory table bound to it (no files: fast enough for 300 runs)."""
    binding = {"checks": [check.name], "columns": columns or {}, "options": {check.name: options}}
    table = Table("t.csv", Path("t.csv"), frame, {"binding": binding})
    (finding,) = check.run(CheckContext(claims=pd.DataFrame(), documents=[], tables=[table]))
    return finding


def rates(make: Callable[[int], Finding], n: int) -> tuple[float, float]:
    """Shares of `n` seeded clean datasets whose finding reaches warning (or error), and error."""
    levels = [make(seed).severity for seed in range(n)]
    return float(np.mean([s != "info" for s in levels])), float(
        np.mean([s == "error" for s in levels])
    )


def rare(share: float, nominal: float, n: int) -> bool:
    """For a rate too small for n datasets to resolve (0.1 % in 100-300): the count is not
    significantly above nominal, one-sided binomial p >= 0.05 (at most 1 error in 300)."""
    k = round(share * n)
    return share <= nominal or stats.binom.sf(k - 1, n, nominal) >= 0.05


def test_integer_percent_peaks_false_positive_rate():
    def election(seed: int) -> Finding:  # 2,000 binomial stations, 100 null draws
        frame = synthetic_election(2_000, 0.0, seed)
        return run_check(ip.CHECK, frame, {"registered": "reg"}, draws=100, seed=seed)

    warned, errors = rates(election, 100)
    assert warned <= 0.05 and rare(errors, 0.001, 100)


def test_round_number_bunching_false_positive_rate():
    warned, errors = rates(
        lambda seed: run_check(rb.CHECK, turnout(5_000, 0.0, seed), **TURNOUT), 300
    )
    assert warned <= 0.05 and rare(errors, 0.001, 300)


def test_digit_tests_false_positive_rate():
    def benford(seed: int) -> Finding:  # log-uniform values from 100 to 10^6: Benford digits
        values = np.rint(10 ** np.random.default_rng(seed).uniform(2, 6, 5_000))
        return run_check(dt.CHECK, pd.DataFrame({"value": values}))

    def votes(seed: int) -> Finding:  # binomial vote counts: uniform last digit
        return run_check(dt.CHECK, counts(5_000, 0.0, seed), {"value": "votes"}, tests=["last"])

    for make in (benford, votes):
        warned, errors = rates(make, 300)
        assert rare(warned, 0.001, 300) and errors == 0


def test_regional_outliers_false_positive_rate():
    def country(seed: int) -> Finding:  # 40 normal regions x 50 stations
        return run_check(ro.CHECK, regions(False, seed), {"group": "reg"}, **TURNOUT, **LEADER)

    warned, errors = rates(country, 300)
    assert warned <= 0.05 and errors == 0


def test_sum_of_parts_false_positive_rate():
    def table(seed: int) -> Finding:  # six parts and their total, each printed to whole units
        rng = np.random.default_rng(seed)
        parts = rng.uniform(0, 50, (20, 6))
        frame = pd.DataFrame(np.rint(parts), columns=[f"p{i}" for i in range(6)])
        frame["total"] = np.rint(parts.sum(axis=1))
        return run_check(sp.CHECK, frame, parts=[f"p{i}" for i in range(6)], tolerance=0.0)

    warned, errors = rates(table, 300)
    assert warned == 0 and errors == 0


def test_excess_vs_reported_false_positive_rate():
    def deaths(seed: int) -> Finding:  # 20,000 extra deaths a month in 2020, all reported
        frame = synthetic_deaths(20_000, seed)
        return run_check(ed.CHECK, frame, period="2020", reported=240_000)

    warned, errors = rates(deaths, 300)
    assert warned <= 0.05 and rare(errors, 0.001, 300)


def test_change_points_false_positive_rate():
    def series(seed: int) -> Finding:  # 120 months, seasonal, Gaussian noise (level + noise)
        frame = seasonal(120, 0, 0, seed)
        opts = {"label_columns": ["year", "month"], "season": 12, "penalty_factor": 3.0}
        return run_check(cp.CHECK, frame, {"value": "deaths"}, **opts)

    warned, errors = rates(series, 100)  # PELT takes ~70 ms a series
    assert warned <= 0.05 and errors == 0
