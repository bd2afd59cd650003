"""Change points: abrupt level shifts in a series (PELT), flagged as possible method changes."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import ruptures as rpt
from scipy import stats

from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "change_points"
SHORT_REF = "Killick, Fearnhead & Eckley 2012 (PELT)"
REFERENCE = (
    "Killick, Fearnhead & Eckley (2012), Optimal detection of changepoints with a linear "
    "computational cost, JASA 107(500):1590-1598; implementation: ruptures (Truong, Oudre & "
    "Vayatis 2020, Signal Processing 167:107299), cost l2, penalty k x sigma^2 x log(n)"
)
COLUMNS = ("value",)
OPTIONS = {
    "label_columns": Option(
        (list,), [], "a list of columns that label each row (e.g. ['year', 'month'])", tb.is_columns
    ),
    "season": Option((int,), 1, "a whole period >= 1 (12 for monthly data)", lambda x: x >= 1),
    "penalty_factor": Option(
        (int, float), 2.0, "a number k > 0 in k sigma^2 log n", lambda x: x > 0
    ),
    "min_size": Option((int,), 3, "a whole segment length >= 2", lambda x: x >= 2),
}


@dataclass
class Shift:
    """One detected change: the first index of the new segment and its level shift."""

    index: int
    label: str
    before: float
    after: float
    se: float

    @property
    def shift(self) -> float:
        return self.after - self.before

    @property
    def z(self) -> float:
        return self.shift / self.se if self.se > 0 else 0.0


def robust_sigma(y: np.ndarray) -> float:
    """Noise SD from the MAD of first differences (a level shift moves one difference only)."""
    d = np.diff(y)
    return float(stats.median_abs_deviation(d, scale="normal") / np.sqrt(2)) if len(d) else 0.0


def deseasonalise(y: np.ndarray, season: int) -> tuple[np.ndarray, np.ndarray]:
    """The series less its per-position median (positions t mod season), and that pattern."""
    if season <= 1:
        return y.copy(), np.zeros_like(y)
    pattern = np.array([np.median(y[i::season]) for i in range(season)])
    cycle = pattern[np.arange(len(y)) % season] - np.median(pattern)
    return y - cycle, cycle


def detect(
    y: np.ndarray, labels: list[str], season: int, penalty_factor: float, min_size: int
) -> tuple[list[Shift], np.ndarray, float, float]:
    """PELT on the deseasonalised series: shifts, fitted levels (with season), sigma, penalty."""
    resid, cycle = deseasonalise(y, season)
    sigma = robust_sigma(resid)
    penalty = penalty_factor * sigma**2 * np.log(len(y))
    if sigma == 0:
        return [], y.copy(), sigma, penalty
    ends = rpt.Pelt(model="l2", min_size=min_size, jump=1).fit(resid).predict(pen=penalty)
    bounds = [0, *ends]
    means = [resid[a:b].mean() for a, b in zip(bounds[:-1], bounds[1:], strict=True)]
    fitted = np.concatenate(
        [np.full(b - a, m) for a, b, m in zip(bounds[:-1], bounds[1:], means, strict=True)]
    )
    shifts = []
    for i, cut in enumerate(bounds[1:-1], start=1):
        n1, n2 = cut - bounds[i - 1], bounds[i + 1] - cut
        se = sigma * np.sqrt(1 / n1 + 1 / n2)
        shifts.append(Shift(cut, labels[cut], means[i - 1], means[i], se))
    return shifts, fitted + cycle, sigma, penalty


def _labels(table: Table, columns: list[str], n: int) -> list[str]:
    if not columns:
        return [str(i) for i in range(n)]
    parts = [table.frame[c].astype(str).tolist() for c in columns]
    return ["-".join([p[0], *(x.zfill(2) for x in p[1:])]) for p in zip(*parts, strict=True)]


def _finding(table: Table, y: np.ndarray, labels: list[str], opts: dict) -> Finding:
    shifts, fitted, sigma, penalty = detect(
        y, labels, opts["season"], opts["penalty_factor"], opts["min_size"]
    )
    worst = max(shifts, key=lambda s: abs(s.z), default=None)
    z = abs(worst.z) if worst else 0.0
    p_value = min(1.0, len(y) * 2 * float(stats.norm.sf(z))) if worst else 1.0  # Bonferroni
    level = "warning" if shifts and p_value < 0.05 else "info"  # a shift is not an error
    listed = "; ".join(f"{s.label} ({s.shift:+,.0f}, z = {s.z:.1f})" for s in shifts[:8])
    if shifts:
        said = (
            f"{len(shifts)} abrupt level shift(s) at {listed}: possible changes of method or "
            f"definition, or real events; check the source's notes for those dates"
        )
    else:
        said = "no abrupt level shift"
    message = (
        f"{table.id}: {said} ({len(y)} points, noise SD {sigma:,.4g} from the MAD of "
        f"differences, penalty {opts['penalty_factor']:g} sigma^2 log n; {SHORT_REF})."
    )
    return Finding(
        check=NAME,
        severity=level,
        message=message,
        table=table.id,
        source_ids=[table.id],
        rows=[s.index for s in shifts],
        expected="no shift" if shifts else None,
        observed=", ".join(s.label for s in shifts) or None,
        statistic=float(worst.shift) if worst else 0.0,
        p_value=p_value,
        details={
            "points": len(y),
            "change_points": [
                {
                    "index": s.index,
                    "label": s.label,
                    "before": round(s.before, 3),
                    "after": round(s.after, 3),
                    "shift": round(s.shift, 3),
                    "z": round(s.z, 2),
                }
                for s in shifts
            ],  # fmt: skip
            "null_mean": 0.0,
            "null_sd": round(worst.se, 4) if worst else round(sigma, 4),
            "z": round(z, 3),
            "sigma": round(sigma, 4),
            "penalty": round(float(penalty), 4),
            "season": opts["season"],
            "method": REFERENCE,
            "chart": {"labels": labels, "values": y.tolist(), "fitted": fitted.round(3).tolist()},
        },
    )


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per table bound to this check in figcheck.toml."""
    findings = []
    for table in tb.bound_tables(ctx, CHECK):
        columns, missing = tb.column_map(CHECK, table)
        opts = tb.table_options(ctx, CHECK, table)
        if missing:
            findings.append(tb.cannot_run(CHECK, table, columns, missing))
        elif lacking := tb.absent(table, opts["label_columns"]):
            findings.append(tb.cannot_use(CHECK, table, "label_columns", lacking))
        else:
            y = tb.numeric(table, columns["value"])
            labels = _labels(table, opts["label_columns"], len(y))
            keep = ~np.isnan(y)
            y, labels = y[keep], [lab for lab, k in zip(labels, keep, strict=True) if k]
            findings.append(_finding(table, y, labels, opts))
    return findings


CHECK = Check(
    NAME,
    "tables",
    "abrupt level shifts in a series (PELT), flagged as possible changes of method",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
