"""Regional outliers: units far from their peers (median/MAD z), and Klimek fingerprints."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "regional_outliers"
SHORT_REF = "Iglewicz & Hoaglin 1993; Klimek et al. 2012"
REFERENCE = (
    "modified z-score 0.6745 (x - median) / MAD, outlier above 3.5 (Iglewicz & Hoaglin 1993, "
    "How to Detect and Handle Outliers, ASQC); fingerprint: Klimek, Yegorov, Hanel & Thurner "
    "(2012), Statistical detection of systematic election irregularities, PNAS 109(41):16469"
)
COLUMNS = ("group",)
OPTIONS = {
    "numerator": Option(
        (list,), None, "a list of columns summed into the metric's numerator", tb.is_columns
    ),  # fmt: skip
    "denominator": Option(
        (list,), None, "a list of columns summed as its denominator", tb.is_columns
    ),  # fmt: skip
    "second_numerator": Option(
        (list,), None, "columns of a second metric (e.g. leader share)", tb.is_columns
    ),  # fmt: skip
    "second_denominator": Option((list,), None, "its denominator columns", tb.is_columns),
    "label": Option((str,), "metric", "a short name of the metric (e.g. 'turnout')"),
    "second_label": Option((str,), "second metric", "a short name (e.g. 'leader share')"),
    "min_denominator": Option((int, float), 1, "a number >= 0 (rows below it are left out)"),
    "threshold": Option((int, float), 3.5, "a modified z-score > 0", lambda x: x > 0),
    "top": Option((int,), 10, "a whole number of units listed >= 1", lambda x: x >= 1),
    "draws": Option(
        (int,), 1000, "a whole number of null draws >= 100 (normal peers)", lambda x: x >= 100
    ),  # fmt: skip
    "seed": Option((int,), 0, "a whole number (the seed of the null draws)"),
    "bins": Option(
        (int,), 50, "a whole number of fingerprint bins from 10 to 200", lambda x: 10 <= x <= 200
    ),  # fmt: skip
}


def robust_z(x: np.ndarray) -> np.ndarray:
    """Modified z-scores 0.6745 (x - median) / MAD (zeros when the MAD is 0)."""
    mad = np.median(np.abs(x - np.median(x)))
    return 0.6745 * (x - np.median(x)) / mad if mad > 0 else np.zeros_like(x)


NULL_BUDGET = 20_000_000  # normal draws at most per table: fewer null draws for many units


def null_outliers(
    units: int, metrics: int, threshold: float, draws: int, seed: int
) -> tuple[np.ndarray, np.ndarray]:
    """Outlier counts and largest scores among `units` normal peers with `metrics` independent
    metrics, each z from the draw's own median and MAD (as on the data): with few units the MAD
    is noisy and a |z| > 3.5 far likelier than the normal tail says. Draws are cut to
    NULL_BUDGET / units."""
    draws = int(max(100, min(draws, NULL_BUDGET // max(units * metrics, 1))))
    rng = np.random.default_rng(seed)
    counts, largest = np.empty(draws, dtype=np.int64), np.empty(draws)
    chunk = max(1, 2_000_000 // max(units * metrics, 1))
    for start in range(0, draws, chunk):
        x = rng.standard_normal((min(chunk, draws - start), metrics, units))
        centred = x - np.median(x, axis=2, keepdims=True)
        mad = np.median(np.abs(centred), axis=2, keepdims=True)
        z = 0.6745 * np.abs(centred) / mad
        score = z.max(axis=1)
        counts[start : start + len(x)] = (score > threshold).sum(axis=1)
        largest[start : start + len(x)] = score.max(axis=1)
    return counts, largest


@dataclass
class Units:
    """Each unit's metrics (one or two) and their robust z-scores."""

    names: list[str]
    rows: list[int]  # the unit's row when units are rows, else -1
    metrics: np.ndarray  # units x metrics
    z: np.ndarray  # units x metrics

    @property
    def score(self) -> np.ndarray:
        return np.abs(self.z).max(axis=1)


def units(table: Table, group: str | None, ratios: list[tuple[np.ndarray, np.ndarray]]) -> Units:
    """Sum numerators and denominators per group (or take rows), then ratio and robust z."""
    if group is None:
        names = [str(i) for i in range(len(ratios[0][0]))]
        metrics = np.column_stack([n / d for n, d in ratios])
        rows = list(range(len(names)))
    else:
        codes, labels = table.frame[group].astype(str).factorize()
        sums = [
            (np.bincount(codes, weights=n, minlength=len(labels)),
             np.bincount(codes, weights=d, minlength=len(labels)))
            for n, d in ratios
        ]  # fmt: skip
        metrics = np.column_stack([n / d for n, d in sums])
        names, rows = [str(x) for x in labels], [-1] * len(labels)
    ok = np.all(np.isfinite(metrics), axis=1)
    names = [n for n, k in zip(names, ok, strict=True) if k]
    rows = [r for r, k in zip(rows, ok, strict=True) if k]
    metrics = metrics[ok]
    return Units(names, rows, metrics, np.column_stack([robust_z(m) for m in metrics.T]))


def fingerprint(x: np.ndarray, y: np.ndarray, bins: int) -> list[list[int]]:
    """Klimek et al. (2012): the 2-D histogram of two shares (rows: x bins, columns: y bins)."""
    edges = np.linspace(0, 1, bins + 1)
    return np.histogram2d(x, y, bins=(edges, edges))[0].astype(int).tolist()


def _ratios(table: Table, opts: dict) -> tuple[list[tuple[np.ndarray, np.ndarray]], np.ndarray]:
    pairs = [("numerator", "denominator"), ("second_numerator", "second_denominator")]
    ratios = [(tb.summed(table, opts[n]), tb.summed(table, opts[d])) for n, d in pairs if opts[n]]
    keep = np.all(
        [(d >= max(opts["min_denominator"], 1e-12)) & ~np.isnan(n) for n, d in ratios], axis=0
    )
    return [(n * keep, np.where(keep, d, 0.0)) for n, d in ratios], keep


def _finding(table: Table, u: Units, labels: list[str], opts: dict, extra: dict) -> Finding:
    n, threshold = len(u.names), opts["threshold"]
    p0 = 1 - (1 - 2 * stats.norm.sf(threshold)) ** u.z.shape[1]  # normal tail, known scale
    out = np.flatnonzero(u.score > threshold)
    null, largest = null_outliers(n, u.z.shape[1], threshold, opts["draws"], opts["seed"])
    null_mean, null_sd = float(null.mean()), float(null.std(ddof=1))
    z = (len(out) - null_mean) / null_sd if null_sd > 0 else 0.0
    # Monte Carlo p's (the +1 rule) of the outlier count and of the largest score, the smaller
    # doubled (Bonferroni over the two); the binomial tail with a known scale is for reference
    p_count = float((1 + (null >= len(out)).sum()) / (len(null) + 1))
    p_largest = float((1 + (largest >= u.score.max(initial=0.0)).sum()) / (len(null) + 1))
    p_value = min(1.0, 2 * min(p_count, p_largest)) if len(out) else 1.0
    binomial_p = float(stats.binom.sf(len(out) - 1, n, p0)) if len(out) else 1.0
    order = out[np.argsort(-u.score[out])][: opts["top"]]
    worst = [
        {"unit": u.names[i], "row": u.rows[i]}
        | {lab: round(float(m), 4) for lab, m in zip(labels, u.metrics[i], strict=True)}
        | {f"z_{lab}": round(float(v), 2) for lab, v in zip(labels, u.z[i], strict=True)}
        for i in order
    ]
    listed = "; ".join(
        f"{w['unit']} ("
        + ", ".join(f"{lab} {w[lab]:.3f}, z {w['z_' + lab]:+.1f}" for lab in labels)
        + ")"
        for w in worst[:5]
    )
    median = ", ".join(
        f"{lab} {np.median(m):.3f}" for lab, m in zip(labels, u.metrics.T, strict=True)
    )
    message = (
        f"{table.id}: {len(out)} of {n} units lie beyond a robust z of {threshold:g} from their "
        f"peers (median {median}; {null_mean:.2f} expected among normal peers)"
        + (f": {listed}" if worst else "")
        + f". Peers may differ for real reasons; an outlier is a place to look ({SHORT_REF})."
    )
    return Finding(
        check=NAME,
        severity="warning" if len(out) and p_value < 0.05 else "info",  # difference != fraud
        message=message,
        table=table.id,
        source_ids=[table.id],
        rows=[w["row"] for w in worst if w["row"] >= 0],
        expected=f"{null_mean:.2f} (SD {null_sd:.2f})",
        observed=str(len(out)),
        statistic=float(len(out)),
        p_value=p_value,
        details={
            "units": n,
            "outliers": len(out),
            "metrics": labels,
            "medians": [round(float(np.median(m)), 5) for m in u.metrics.T],
            "null_mean": round(null_mean, 4),
            "null_sd": round(null_sd, 4),
            "z": round(float(z), 3),
            "threshold": threshold,
            "binomial_p": binomial_p,
            "count_p": p_count,
            "largest_score": round(float(u.score.max(initial=0.0)), 3),
            "largest_p": p_largest,
            "null_draws": len(null),
            "worst": worst,
            "method": REFERENCE,
            "chart": extra,
        },
    )


def _check_table(table: Table, opts: dict) -> Finding:
    if not (opts["numerator"] and opts["denominator"]):
        return tb.cannot_use(CHECK, table, "numerator and denominator", [])
    keys = ("numerator", "denominator", "second_numerator", "second_denominator")
    names = [c for key in keys for c in opts[key] or []]
    if lacking := tb.absent(table, names):
        return tb.cannot_use(CHECK, table, "numerator/denominator", lacking)
    mapped = "group" in (table.meta.get("binding") or {}).get("columns", {})
    columns, missing = tb.column_map(CHECK, table)
    if missing and mapped:
        return tb.cannot_run(CHECK, table, columns, missing)
    ratios, keep = _ratios(table, opts)
    u = units(table, None if missing else columns["group"], ratios)
    labels = [opts["label"], opts["second_label"]][: len(ratios)]
    extra: dict = {"scores": [round(float(s), 3) for s in u.score]}
    if len(ratios) == 2:
        (n1, d1), (n2, d2) = ratios
        extra["fingerprint"] = fingerprint(n1[keep] / d1[keep], n2[keep] / d2[keep], opts["bins"])
        extra["fingerprint_axes"] = [f"{labels[0]} (rows)", f"{labels[1]} (columns)"]
    return _finding(table, u, labels, opts, extra)


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per table bound to this check in figcheck.toml."""
    return [
        _check_table(table, tb.table_options(ctx, CHECK, table))
        for table in tb.bound_tables(ctx, CHECK)
    ]


CHECK = Check(
    NAME,
    "tables",
    "units far from their peers on a robust scale, with Klimek turnout/share fingerprints",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
