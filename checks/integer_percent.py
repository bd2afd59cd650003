"""Integer-percentage peaks: stations at a round turnout or leader percent, vs a binomial null."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "integer_percent_peaks"
SHORT_REF = "Kobak, Shpilkin & Pshenichnikov 2016"
REFERENCE = (
    "Kobak, Shpilkin & Pshenichnikov (2016), Integer percentages as electoral falsification "
    "fingerprints, Ann. Appl. Stat. 10(1):54-73"
)
COLUMNS = (
    "registered",
    "ballots_issued_early",
    "ballots_issued_on_site",
    "ballots_issued_off_site",
    "valid",
    "invalid",
    "leader",
)
CHUNK = 25  # null draws per task: each task has its own child seed, so results do not
# depend on the number of threads; memory is ~CHUNK x stations x 16 bytes per thread
EXACT = 1e-9  # |100 x / n - k| is a multiple of 1/n: this slack only absorbs float rounding


def _positive(x: float) -> bool:
    return x > 0


OPTIONS = {
    "draws": Option((int,), 1000, "a whole number of null draws >= 10", lambda x: x >= 10),
    "seed": Option((int,), 0, "a whole number (the seed of the null draws)"),
    "window": Option((int, float), 0.05, "a width in percentage points > 0", _positive),
    "min_registered": Option((int,), 100, "a whole number of registered voters"),
    "max_percent": Option((int, float), 99.0, "a percentage in (0, 100]", lambda x: 0 < x <= 100),
}


@dataclass
class Peaks:
    """The result on one table: observed count of integer stations against the null draws."""

    stations: int
    observed: int
    null: np.ndarray = field(repr=False)
    turnout: np.ndarray = field(repr=False)  # percent, included stations
    share: np.ndarray = field(repr=False)

    @property
    def null_mean(self) -> float:
        return float(self.null.mean())

    @property
    def null_sd(self) -> float:
        return float(self.null.std(ddof=1))

    @property
    def excess(self) -> float:
        return self.observed - self.null_mean

    @property
    def z(self) -> float:
        return self.excess / self.null_sd if self.null_sd > 0 else 0.0

    @property
    def mc_p_value(self) -> float:
        """Monte Carlo p: share of draws at or above the observed count (with the +1 rule)."""
        return float((1 + (self.null >= self.observed).sum()) / (len(self.null) + 1))


def is_integer(counts: np.ndarray, scale: np.ndarray, window: float) -> np.ndarray:
    """True where 100 * counts / n (scale = 100 / n) is within `window` pp of an integer."""
    y = np.multiply(counts, scale)
    frac = np.subtract(y, np.rint(y))
    np.abs(frac, out=frac)
    return frac <= window + EXACT


def null_counts(
    n: tuple[np.ndarray, np.ndarray],
    p: tuple[np.ndarray, np.ndarray],
    window: float,
    draws: int,
    seed: int,
) -> np.ndarray:
    """Integer-station counts of `draws` redraws of every station: turnout ~ Bin(registered, t),
    leader ~ Bin(ballots, s); chunks of draws run on threads, seeds spawned from `seed`."""
    scale = (100.0 / n[0], 100.0 / n[1])
    sizes = [min(CHUNK, draws - start) for start in range(0, draws, CHUNK)]
    seeds = np.random.SeedSequence(seed).spawn(len(sizes))

    def task(size: int, child: np.random.SeedSequence) -> np.ndarray:
        rng = np.random.default_rng(child)
        hit = is_integer(rng.binomial(n[0], p[0], (size, len(p[0]))), scale[0], window)
        hit |= is_integer(rng.binomial(n[1], p[1], (size, len(p[1]))), scale[1], window)
        return hit.sum(axis=1)

    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        return np.concatenate(list(pool.map(task, sizes, seeds)))


def integer_peaks(
    table: Table,
    columns: dict[str, str],
    *,
    draws: int = 1000,
    seed: int = 0,
    window: float = 0.05,
    min_registered: int = 100,
    max_percent: float = 99.0,
) -> Peaks:
    """Kobak et al. (2016) on one table of polling stations (`columns` maps role -> column)."""
    c = {role: tb.numeric(table, actual) for role, actual in columns.items()}
    given = c["ballots_issued_early"] + c["ballots_issued_on_site"] + c["ballots_issued_off_site"]
    registered, ballots, leader = c["registered"], c["valid"] + c["invalid"], c["leader"]
    with np.errstate(divide="ignore", invalid="ignore"):
        t, s = given / registered, leader / ballots
    limit = max_percent / 100
    keep = (ballots > 0) & (registered >= min_registered) & (t <= limit) & (s <= limit)
    n = (registered[keep], ballots[keep])
    k = (given[keep], leader[keep])
    p = (t[keep], s[keep])
    scale = (100.0 / n[0], 100.0 / n[1])
    observed = is_integer(k[0], scale[0], window) | is_integer(k[1], scale[1], window)
    n_int = (n[0].astype(np.int64), n[1].astype(np.int64))
    null = null_counts(n_int, p, window, draws, seed)
    return Peaks(int(keep.sum()), int(observed.sum()), null, 100 * p[0], 100 * p[1])


def _chart(peaks: Peaks) -> dict:
    bins = np.linspace(0, 100, 1001)
    null_hist, null_edges = np.histogram(peaks.null, bins=20)
    return {
        "bin_width_pp": 0.1,
        "turnout_hist": np.histogram(peaks.turnout, bins=bins)[0].tolist(),
        "leader_share_hist": np.histogram(peaks.share, bins=bins)[0].tolist(),
        "null_hist": null_hist.tolist(),
        "null_hist_edges": null_edges.round(2).tolist(),
    }


def _finding(table: Table, peaks: Peaks, draws: int, seed: int) -> Finding:
    p_value = tb.upper_p(peaks.z)
    level = tb.severity(p_value)
    verdict = "more than chance allows" if level != "info" else "within chance"
    message = (
        f"{table.id}: {peaks.observed:,} of {peaks.stations:,} polling stations report an integer "
        f"turnout or leader percentage, {peaks.excess:,.1f} more than the binomial null "
        f"({peaks.null_mean:,.1f}, SD {peaks.null_sd:,.1f}; z = {peaks.z:.1f}, {draws:,} draws): "
        f"{verdict} ({SHORT_REF})."
    )
    return Finding(
        check=NAME,
        severity=level,
        message=message,
        table=table.id,
        source_ids=[table.id],
        expected=f"{peaks.null_mean:,.1f} (SD {peaks.null_sd:,.1f})",
        observed=f"{peaks.observed:,}",
        statistic=float(peaks.excess),
        p_value=p_value,
        details={
            "stations": peaks.stations,
            "observed": peaks.observed,
            "excess": round(peaks.excess, 2),
            "null_mean": round(peaks.null_mean, 2),
            "null_sd": round(peaks.null_sd, 2),
            "z": round(peaks.z, 3),
            "mc_p_value": peaks.mc_p_value,
            "draws": draws,
            "seed": seed,
            "method": REFERENCE,
            "chart": _chart(peaks),
        },
    )


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per table bound to this check in figcheck.toml."""

    def measure(table: Table, columns: dict[str, str], opts: dict[str, Any]) -> Finding:
        peaks = integer_peaks(table, columns, **opts)
        return _finding(table, peaks, opts["draws"], opts["seed"])

    return tb.per_table(ctx, CHECK, measure)


CHECK = Check(
    NAME,
    "tables",
    "excess of polling stations at integer turnout or leader percentages (binomial null)",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
