"""Round-number bunching: excess mass at round values or a target, vs a smooth counterfactual."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.polynomial import chebyshev
from scipy import stats

from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "round_number_bunching"
SHORT_REF = "Chetty et al. 2011; Kleven 2016"
REFERENCE = (
    "bunching estimator: polynomial counterfactual fitted to the histogram without the round "
    "bins (Chetty, Friedman, Olsen & Pistaferri 2011, QJE 126(2):749-804; Kleven 2016, Annu. "
    "Rev. Econ. 8:435-464); null SD: quasi-Poisson SD of the round bins (Poisson scaled by the "
    "overdispersion of the other bins' residuals) plus the least-squares prediction variance "
    "of the counterfactual in the round bins"
)
COLUMNS = ("value",)
TRIM = 0.005  # share of values left out at each end of the fitted range
OPTIONS = {
    "numerator": Option(
        (list,), None, "a list of columns summed into the numerator", tb.is_columns
    ),
    "denominator": Option((list,), None, "a list of columns summed as denominator", tb.is_columns),
    "label": Option((str,), None, "a short name of the values (e.g. 'turnout, %')"),
    "min_denominator": Option((int, float), 100, "a number >= 0 (rows below it are left out)"),
    "step": Option(
        (int, float), 5.0, "the spacing of round values > 0 (5 = 5, 10, 15 ...)", lambda x: x > 0
    ),  # fmt: skip
    "targets": Option(
        (list,),
        [],
        "a list of target values (numbers), e.g. [70]",
        lambda x: all(isinstance(v, int | float) for v in x),
    ),  # fmt: skip
    "bin_width": Option(
        (int, float), 1.0, "a bin width > 0, centred on multiples of it", lambda x: x > 0
    ),  # fmt: skip
    "degree": Option((int,), 7, "a polynomial degree from 1 to 12", lambda x: 1 <= x <= 12),
    "low": Option((int, float), 0.0, "the lowest bin centre"),
    "high": Option((int, float), 99.0, "the highest bin centre"),
}


@dataclass
class Bunching:
    """Histogram, counterfactual and the excess at the round bins."""

    centers: np.ndarray
    counts: np.ndarray
    counterfactual: np.ndarray
    round_bins: np.ndarray  # bool per bin
    dispersion: float
    fit_variance: float = 0.0  # variance of the counterfactual's sum over the round bins
    df: int = 1_000_000  # residual degrees of freedom of the fit (the dispersion's)

    @property
    def excess(self) -> float:
        r = self.round_bins
        return float((self.counts[r] - self.counterfactual[r]).sum())

    @property
    def count_variance(self) -> float:
        """Quasi-Poisson variance of the round bins' counts around the counterfactual."""
        return self.dispersion * float(self.counterfactual[self.round_bins].sum())

    @property
    def null_sd(self) -> float:
        return float(np.sqrt(self.count_variance + self.fit_variance))

    @property
    def z(self) -> float:
        return self.excess / self.null_sd if self.null_sd > 0 else 0.0

    @property
    def p_value(self) -> float:
        """One-sided p of z against Student's t on the fit's residual df (phi is estimated)."""
        return float(stats.t.sf(self.z, self.df))


def bunching(
    values: np.ndarray,
    *,
    step: float = 5.0,
    targets: tuple[float, ...] = (),
    bin_width: float = 1.0,
    degree: int = 7,
    low: float = 0.0,
    high: float = 99.0,
) -> Bunching:
    """Excess counts in the bins holding a multiple of `step` or a target, against a degree-
    `degree` polynomial fitted to the other bins' counts, between the 0.5 % and 99.5 %
    quantiles of the values (within low..high)."""
    inside = values[(values >= low - bin_width / 2) & (values < high + bin_width / 2)]
    if len(inside):  # trim empty tails, where a polynomial swings: 0.5 % and 99.5 % quantiles
        low, high = np.clip(np.quantile(inside, [TRIM, 1 - TRIM]), low, high)
    centers = np.arange(round(low / bin_width), round(high / bin_width) + 1) * bin_width
    edges = np.append(centers - bin_width / 2, centers[-1] + bin_width / 2)
    counts = np.histogram(values, bins=edges)[0].astype(float)
    on_step = np.abs(centers / step - np.rint(centers / step)) < 1e-9
    near = [np.abs(centers - t) <= bin_width / 2 for t in targets]
    round_bins = on_step | np.any(near, axis=0) if near else on_step
    fit = ~round_bins
    x = (centers - centers[fit].mean()) / max(np.ptp(centers[fit]) / 2, 1e-12)
    design = chebyshev.chebvander(x, degree)  # the same fit as Polynomial.fit, better scaled
    beta, *_ = np.linalg.lstsq(design[fit], counts[fit], rcond=None)
    counterfactual = np.clip(design @ beta, 1.0, None)  # at least one count: no 0 divisor
    resid = (counts[fit] - counterfactual[fit]) ** 2 / counterfactual[fit]
    df = max(int(fit.sum()) - degree - 1, 1)
    dispersion = max(1.0, float(resid.sum() / df))
    # Var(a'beta) for a = the round bins' rows summed: sandwich with Var(counts) = phi x mu
    bread = np.linalg.pinv(design[fit])  # (X'X)^-1 X'
    weights = bread.T @ design[round_bins].sum(axis=0)
    fit_variance = float(dispersion * (weights**2 * counterfactual[fit]).sum())
    return Bunching(centers, counts, counterfactual, round_bins, dispersion, fit_variance, df)


def _values(table: Table, columns: dict[str, str], opts: dict) -> np.ndarray:
    if opts["numerator"] and opts["denominator"]:
        num, den = tb.summed(table, opts["numerator"]), tb.summed(table, opts["denominator"])
        keep = den >= max(opts["min_denominator"], 1e-12)
        return 100 * num[keep] / den[keep]
    values = tb.numeric(table, columns["value"])
    return values[~np.isnan(values)]


def _finding(table: Table, b: Bunching, what: str, opts: dict) -> Finding:
    p_value = b.p_value
    level = tb.severity(p_value)
    r = b.round_bins
    per_bin = [
        {"value": float(c), "observed": int(o), "counterfactual": round(float(e), 1)}
        for c, o, e in zip(b.centers[r], b.counts[r], b.counterfactual[r], strict=True)
    ]
    top = sorted(per_bin, key=lambda x: x["counterfactual"] - x["observed"])[:3]
    listed = ", ".join(
        f"{x['value']:g} ({x['observed']:,} vs {x['counterfactual']:,.0f})" for x in top
    )
    verdict = "more than a smooth density allows" if level != "info" else "within chance"
    message = (
        f"{table.id}: {int(b.counts[r].sum()):,} of {int(b.counts.sum()):,} values of {what} "
        f"fall in the round bins, {b.excess:+,.1f} against the smooth counterfactual "
        f"(SD {b.null_sd:,.1f}; z = {b.z:.1f}): {verdict}; largest at {listed} ({SHORT_REF})."
    )
    return Finding(
        check=NAME,
        severity=level,
        message=message,
        table=table.id,
        source_ids=[table.id],
        expected=f"{b.counterfactual[r].sum():,.1f} (SD {b.null_sd:,.1f})",
        observed=f"{int(b.counts[r].sum()):,}",
        statistic=b.excess,
        p_value=p_value,
        details={
            "values": int(b.counts.sum()),
            "observed": int(b.counts[r].sum()),
            "excess": round(b.excess, 2),
            "null_mean": round(float(b.counterfactual[r].sum()), 2),
            "null_sd": round(b.null_sd, 2),
            "z": round(b.z, 3),
            "dispersion": round(b.dispersion, 3),
            "count_sd": round(float(np.sqrt(b.count_variance)), 2),
            "counterfactual_sd": round(float(np.sqrt(b.fit_variance)), 2),
            "df": b.df,
            "round_bins": per_bin,
            "targets": opts["targets"],
            "method": REFERENCE,
            "chart": {
                "bin_width": opts["bin_width"],
                "centers": b.centers.round(6).tolist(),
                "counts": b.counts.astype(int).tolist(),
                "counterfactual": b.counterfactual.round(2).tolist(),
            },
        },
    )


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per table bound to this check in figcheck.toml."""
    findings = []
    for table in tb.bound_tables(ctx, CHECK):
        opts = tb.table_options(ctx, CHECK, table)
        columns, missing = tb.column_map(CHECK, table)
        ratio = bool(opts["numerator"] and opts["denominator"])
        lacking = tb.absent(table, (opts["numerator"] or []) + (opts["denominator"] or []))
        if lacking:
            findings.append(tb.cannot_use(CHECK, table, "numerator/denominator", lacking))
        elif missing and not ratio:
            findings.append(tb.cannot_run(CHECK, table, columns, missing))
        else:
            what = opts["label"] or (
                f"100 x {' + '.join(opts['numerator'])} / {' + '.join(opts['denominator'])}"
                if ratio
                else columns["value"]
            )
            keys = ("step", "bin_width", "degree", "low", "high")
            b = bunching(
                _values(table, columns, opts),
                targets=tuple(opts["targets"]),
                **{k: opts[k] for k in keys},
            )
            findings.append(_finding(table, b, what, opts))
    return findings


CHECK = Check(
    NAME,
    "tables",
    "excess mass at round values or a target against a smooth counterfactual density",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
