"""Change points: abrupt level (PELT) and noise shifts in a series, as possible method changes."""

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
    "Vayatis 2020, Signal Processing 167:107299), cost l2, penalty k x sigma^2 x log(n); "
    "variance shifts: exact optimal partitioning (Jackson et al. 2005, IEEE SPL 12(2):105) of "
    "the first differences of the series less its season and levels, zero-mean Gaussian cost "
    "n log(s^2), penalty k_v x log(n); F-test of the SD ratio"
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
    "variance_penalty": Option(
        (int, float), 4.0, "a number k_v > 0 in k_v log n (variance shifts)", lambda x: x > 0
    ),  # fmt: skip
    "variance_min_size": Option(
        (int,), 6, "a whole segment length >= 3 for variance shifts", lambda x: x >= 3
    ),  # fmt: skip
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


@dataclass
class VarianceShift:
    """One change of noise: the first index of the new segment, the noise SD before and after
    (from the differences, / sqrt 2) and the segments' lengths in differences."""

    index: int
    label: str
    sd_before: float
    sd_after: float
    n_before: int
    n_after: int

    @property
    def ratio(self) -> float:
        return self.sd_after / self.sd_before if self.sd_before > 0 else float("inf")

    @property
    def p_value(self) -> float:
        """Two-sided F-test of the variance ratio (before selection: see the finding's p)."""
        f = self.ratio**2
        tail = (
            stats.f.sf(f, self.n_after, self.n_before)
            if f >= 1
            else stats.f.cdf(f, self.n_after, self.n_before)
        )
        return float(min(1.0, 2 * tail))


def variance_partition(x: np.ndarray, penalty: float, min_size: int) -> list[int]:
    """Exact optimal partitioning of zero-mean `x` into segments of constant variance: minimise
    sum of n_i log(mean of x^2 in segment i) + penalty per segment. O(n^2), vectorised."""
    n = len(x)
    if n < 2 * min_size:
        return []
    c2 = np.concatenate([[0.0], np.cumsum(x * x)])
    floor = max(float(np.mean(x * x)), 1e-300) * 1e-8  # a constant stretch: no log(0)
    best = np.full(n + 1, np.inf)
    best[0], last = -penalty, np.zeros(n + 1, dtype=np.int64)
    for t in range(min_size, n + 1):
        s = np.arange(0, t - min_size + 1)
        s = s[(s == 0) | (s >= min_size)]
        m = t - s
        total = best[s] + m * np.log(np.maximum((c2[t] - c2[s]) / m, floor)) + penalty
        j = int(np.argmin(total))
        best[t], last[t] = total[j], s[j]
    cuts, t = [], n
    while (t := int(last[t])) > 0:
        cuts.append(t)
    return sorted(cuts)


def variance_shifts(
    noise: np.ndarray, labels: list[str], penalty_factor: float, min_size: int
) -> list[VarianceShift]:
    """Changes of noise SD in a series already freed of season and level shifts: partition its
    first differences (a residual level step moves one difference only) by variance."""
    d = np.diff(noise)
    if not len(d) or not np.any(d):
        return []
    cuts = variance_partition(d, penalty_factor * np.log(len(d)), min_size)
    bounds = [0, *cuts, len(d)]
    sd = [
        float(np.sqrt(np.mean(d[a:b] ** 2) / 2))
        for a, b in zip(bounds[:-1], bounds[1:], strict=True)
    ]
    return [
        VarianceShift(cut + 1, labels[cut + 1], sd[i - 1], sd[i], cut - bounds[i - 1],
                      bounds[i + 1] - cut)
        for i, cut in enumerate(cuts, start=1)
    ]  # fmt: skip


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
    noisy = variance_shifts(
        y - fitted, labels, opts["variance_penalty"], opts["variance_min_size"]
    ) if sigma > 0 else []  # fmt: skip
    worst = max(shifts, key=lambda s: abs(s.z), default=None)
    z = abs(worst.z) if worst else 0.0
    p_level = min(1.0, len(y) * 2 * float(stats.norm.sf(z))) if worst else 1.0  # Bonferroni
    p_noise = min(1.0, len(y) * min((v.p_value for v in noisy), default=1.0))  # Bonferroni
    p_value = min(p_level, p_noise)
    found = (shifts and p_level < 0.05) or (noisy and p_noise < 0.05)
    level = "warning" if found else "info"  # a shift is not an error
    listed = "; ".join(f"{s.label} ({s.shift:+,.0f}, z = {s.z:.1f})" for s in shifts[:8])
    if shifts:
        said = f"{len(shifts)} abrupt level shift(s) at {listed}"
    else:
        said = "no abrupt level shift"
    if noisy:
        said += f"; {len(noisy)} change(s) of noise at " + "; ".join(
            f"{v.label} (SD {v.sd_before:,.4g} to {v.sd_after:,.4g}, x{v.ratio:.1f})"
            for v in noisy[:8]
        )
    else:
        said += "; no change of noise"
    if shifts or noisy:
        said += (
            ": possible changes of method or definition (a change of noise alone often is "
            "one: a new way of counting), or real events; check the source's notes for those "
            "dates"
        )
    message = (
        f"{table.id}: {said} ({len(y)} points, noise SD {sigma:,.4g} from the MAD of "
        f"differences, penalty {opts['penalty_factor']:g} sigma^2 log n, noise changes "
        f"{opts['variance_penalty']:g} log n; {SHORT_REF})."
    )
    return Finding(
        check=NAME,
        severity=level,
        message=message,
        table=table.id,
        source_ids=[table.id],
        rows=sorted({s.index for s in shifts} | {v.index for v in noisy}),
        expected="no shift" if shifts or noisy else None,
        observed=", ".join([s.label for s in shifts] + [f"{v.label} (noise)" for v in noisy])
        or None,
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
            "variance_changes": [
                {
                    "index": v.index,
                    "label": v.label,
                    "sd_before": round(v.sd_before, 3),
                    "sd_after": round(v.sd_after, 3),
                    "ratio": round(v.ratio, 3),
                    "p_value": v.p_value,
                }
                for v in noisy
            ],  # fmt: skip
            "level_p_value": p_level,
            "variance_p_value": p_noise,
            "noise_penalty": round(float(opts["variance_penalty"] * np.log(max(len(y) - 1, 1))), 4),
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
    "abrupt level or noise shifts in a series, flagged as possible changes of method",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
