"""Reported deaths against excess deaths over a monthly baseline (Karlinsky & Kobak 2021)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats

from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "excess_vs_reported"
SHORT_REF = "Karlinsky & Kobak 2021"
REFERENCE = (
    "Karlinsky & Kobak (2021), Tracking excess mortality across countries during the COVID-19 "
    "pandemic with the World Mortality Dataset, eLife 10:e69336"
)
COLUMNS = ("year", "month", "deaths")
PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:/(\d{4})(?:-(\d{2}))?)?$")
YEARS = re.compile(r"^(\d{4})-(\d{4})$")
PERIOD_HELP = "a year 'YYYY', a month 'YYYY-MM' or a range 'YYYY-MM/YYYY-MM' (e.g. '2020')"


def parse_period(text: str) -> tuple[int, int]:
    """'2020' -> months (2020*12, 2020*12+11) as year*12 + month-1; also 'YYYY-MM', 'A/B'."""
    match = PERIOD.match(text)
    if not match:
        raise ValueError(f"period {text!r} is not {PERIOD_HELP}")
    y1, m1, y2, m2 = match.groups()
    start = int(y1) * 12 + (int(m1) - 1 if m1 else 0)
    if y2 is None:
        end = int(y1) * 12 + (int(m1) - 1 if m1 else 11)
    else:
        end = int(y2) * 12 + (int(m2) - 1 if m2 else 11)
    if (m1 and not 1 <= int(m1) <= 12) or (m2 and not 1 <= int(m2) <= 12) or end < start:
        raise ValueError(f"period {text!r} is not {PERIOD_HELP}")
    return start, end


def _is_period(text: str) -> bool:
    try:
        parse_period(text)
    except ValueError:
        return False
    return True


def _is_years(text: str) -> bool:
    match = YEARS.match(text)
    return bool(match) and int(match[2]) - int(match[1]) >= 1


OPTIONS = {
    "period": Option((str,), "2020", PERIOD_HELP, _is_period),
    "reported": Option((int, float), None, "a number of reported deaths > 0", lambda x: x > 0),
    "reported_label": Option((str,), "reported deaths", "a short text, e.g. 'COVID-19 deaths'"),
    "baseline": Option((str,), "2015-2019", "baseline years 'YYYY-YYYY' (2+ years)", _is_years),
}


@dataclass
class Excess:
    """Excess deaths over a period, its SD, and the monthly series for a chart."""

    period: str
    excess: float
    sd: float
    months: int
    labels: list[str]  # every month of the table, "YYYY-MM"
    observed: np.ndarray
    expected: np.ndarray  # the baseline, fitted and extrapolated
    df: int = 0  # residual degrees of freedom of the baseline fit (0: use the normal tail)


def _design(index: np.ndarray, first_year: int) -> np.ndarray:
    """12 month intercepts and one linear year slope; `index` = year*12 + month-1."""
    x = np.zeros((len(index), 13))
    x[np.arange(len(index)), index % 12] = 1.0
    x[:, 12] = index // 12 - first_year
    return x


def excess_deaths(
    table: Table, columns: dict[str, str], period: str = "2020", baseline: str = "2015-2019"
) -> Excess:
    """OLS baseline on the baseline years, excess summed over `period`, and its SD:
    Var = 1'X Cov(beta) X'1 + n_months * sigma^2 with sigma^2 = RSS / (n - 13); `df` = n - 13."""
    year, month = tb.numeric(table, columns["year"]), tb.numeric(table, columns["month"])
    deaths = tb.numeric(table, columns["deaths"])
    ok = ~(np.isnan(year) | np.isnan(month) | np.isnan(deaths))
    index = (year[ok] * 12 + month[ok] - 1).astype(np.int64)
    deaths = deaths[ok]
    if len(np.unique(index)) != len(index):
        raise ValueError(f"{table.id}: more than one row for the same year and month")
    first, last = (int(y) for y in baseline.split("-"))
    train = (index >= first * 12) & (index <= last * 12 + 11)
    if train.sum() < 2 * 13:
        raise ValueError(f"{table.id}: the baseline {baseline} has {train.sum()} months, needs 26")
    start, end = parse_period(period)
    chosen = (index >= start) & (index <= end)
    if chosen.sum() != end - start + 1:
        raise ValueError(
            f"{table.id}: the period {period} needs {end - start + 1} months, the table has "
            f"{int(chosen.sum())} of them"
        )
    x_train = _design(index[train], first)
    beta, rss, *_ = np.linalg.lstsq(x_train, deaths[train], rcond=None)
    sigma2 = float(rss[0]) / (train.sum() - x_train.shape[1])
    cov = sigma2 * np.linalg.inv(x_train.T @ x_train)
    expected = _design(index, first) @ beta
    ones_x = _design(index[chosen], first).sum(axis=0)
    variance = ones_x @ cov @ ones_x + chosen.sum() * sigma2
    labels = [f"{i // 12}-{i % 12 + 1:02d}" for i in index]
    excess = float((deaths[chosen] - expected[chosen]).sum())
    df = int(train.sum()) - x_train.shape[1]
    return Excess(
        period, excess, float(np.sqrt(variance)), int(chosen.sum()), labels, deaths, expected, df
    )


def _finding(table: Table, ex: Excess, opts: dict) -> Finding:
    reported, label = opts["reported"], opts["reported_label"]
    where = f"{table.id}: excess deaths over {ex.period}: {ex.excess:,.0f} (SD {ex.sd:,.0f})"
    details = {
        "period": ex.period,
        "baseline": opts["baseline"],
        "excess": round(ex.excess, 1),
        "excess_sd": round(ex.sd, 1),
        "months": ex.months,
        "method": REFERENCE,
        "chart": {
            "months": ex.labels,
            "observed": ex.observed.round(1).tolist(),
            "baseline": ex.expected.round(1).tolist(),
        },
    }
    if reported is None:
        return Finding(
            NAME,
            "info",
            f"{where}; no reported count configured to compare "
            f"(set options.{NAME}.reported) ({SHORT_REF}).",
            table=table.id,
            source_ids=[table.id],
            statistic=ex.excess,
            details=details,
        )
    z = (ex.excess - reported) / ex.sd
    # sigma is estimated on df residual degrees of freedom: (excess - true) / SD is Student t
    p_value = float(stats.t.sf(z, ex.df)) if ex.df > 0 else tb.upper_p(z)
    ratio = ex.excess / reported
    details.update(
        reported=reported,
        ratio=round(ratio, 3),
        null_mean=reported,
        null_sd=round(ex.sd, 1),
        z=round(z, 2),
        df=ex.df,
    )
    return Finding(
        check=NAME,
        severity=tb.severity(p_value),
        message=(
            f"{where}, {ratio:.2f} times the {reported:,.0f} {label} (z = {z:.1f}); baseline "
            f"{opts['baseline']}, month effects + linear trend ({SHORT_REF})."
        ),
        table=table.id,
        source_ids=[table.id],
        expected=f"{reported:,.0f}",
        observed=f"{ex.excess:,.0f} (SD {ex.sd:,.0f})",
        statistic=ex.excess,
        p_value=p_value,
        details=details,
    )


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per table bound to this check in figcheck.toml; an info finding where the
    table cannot give the excess (the message says why)."""

    def measure(table: Table, columns: dict[str, str], opts: dict[str, Any]) -> Finding:
        ex = excess_deaths(table, columns, opts["period"], opts["baseline"])
        return _finding(table, ex, opts)

    return tb.per_table(ctx, CHECK, measure)


CHECK = Check(
    NAME,
    "tables",
    "reported deaths far below the excess over a 2015-2019 monthly baseline",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
