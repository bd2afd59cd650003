"""Digit tests: Benford first and second digits (Nigrini's MAD) and last-digit uniformity."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import stats

from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext, Option
from figcheck.model import Finding, Table

NAME = "digit_tests"
SHORT_REF = "Nigrini 2012; Beber & Scacco 2012"
REFERENCE = (
    "Nigrini (2012), Benford's Law, Wiley, ch. 5 (MAD conformity thresholds); Beber & Scacco "
    "(2012), What the numbers say: a digit-based test for election fraud, Political Analysis "
    "20(2):211-234 (last digits); limits: Deckert, Myagkov & Ordeshook (2011), Political "
    "Analysis 19(3):245-268"
)
LIMITS = (
    "digit tests discriminate poorly on vote counts: counts bounded by station size need not "
    "follow Benford, and clean and falsified elections both pass and fail them (Deckert, "
    "Myagkov & Ordeshook 2011); a nonconforming result is a prompt to look, not evidence"
)
COLUMNS = ("value",)
# Nigrini's MAD bounds: close, acceptable, marginal conformity; above the last, nonconformity
FIRST_MAD = (0.006, 0.012, 0.015)
SECOND_MAD = (0.008, 0.010, 0.012)
CLASSES = ("close conformity", "acceptable conformity", "marginal conformity", "nonconformity")
OPTIONS = {
    "min_value": Option(
        (int,),
        10,
        "a whole number >= 10: smaller values skip second/last digits",
        lambda x: x >= 10,
    ),
    "tests": Option(
        (list,),
        ["first", "second", "last"],
        "a list of tests that set the severity: 'first', 'second', 'last'",
        lambda x: bool(x) and set(x) <= {"first", "second", "last"},
    ),
}

_D1, _D2 = np.arange(1, 10), np.arange(10)
BENFORD_1 = np.log10(1 + 1 / _D1)
BENFORD_2 = np.array([np.log10(1 + 1 / (10 * _D1 + d)).sum() for d in _D2])


@dataclass
class Digits:
    """Observed digit shares against their expected shares, for one test."""

    observed: np.ndarray  # counts
    expected: np.ndarray  # shares

    @property
    def n(self) -> int:
        return int(self.observed.sum())

    @property
    def mad(self) -> float:
        return float(np.abs(self.observed / max(self.n, 1) - self.expected).mean())

    @property
    def chi2(self) -> float:
        exp = self.expected * self.n
        return float(((self.observed - exp) ** 2 / exp).sum()) if self.n else 0.0

    @property
    def p_value(self) -> float:
        return float(stats.chi2.sf(self.chi2, len(self.expected) - 1)) if self.n else 1.0


def conformity(mad: float, bounds: tuple[float, float, float]) -> str:
    """Nigrini's class of a MAD under the given (close, acceptable, marginal) bounds."""
    return CLASSES[int(np.searchsorted(bounds, mad, side="right"))]


def exponent(x: np.ndarray) -> np.ndarray:
    """floor(log10(x)) for x > 0, corrected where float rounding lands on the wrong side."""
    e = np.floor(np.log10(x))
    e += x >= 10 ** (e + 1)
    e -= x < 10**e
    return e


def digit_tests(values: np.ndarray, min_value: int = 10) -> dict[str, Digits]:
    """First digit (values >= 1), second and last digit (integers >= min_value)."""
    v = values[~np.isnan(values)]
    ints = np.rint(v[v >= min_value]).astype(np.int64)
    pos = v[v >= 1]
    first = np.floor(pos / 10 ** exponent(pos)).astype(np.int64)
    second = (ints // 10 ** (exponent(ints).astype(np.int64) - 1)) % 10
    return {
        "first": Digits(np.bincount(first, minlength=10)[1:10], BENFORD_1),
        "second": Digits(np.bincount(second, minlength=10), BENFORD_2),
        "last": Digits(np.bincount(ints % 10, minlength=10), np.full(10, 0.1)),
    }


def _finding(table: Table, column: str, tests: dict[str, Digits], used: list[str]) -> Finding:
    first, second, last = tests["first"], tests["second"], tests["last"]
    classes = (conformity(first.mad, FIRST_MAD), conformity(second.mad, SECOND_MAD))
    odd = {
        "first": classes[0] == CLASSES[3],
        "second": classes[1] == CLASSES[3],
        "last": last.p_value < 0.001,
    }
    flagged = [name for name in used if odd[name]]
    df = len(last.expected) - 1
    z = (last.chi2 - df) / np.sqrt(2 * df)
    message = (
        f"{table.id}: digits of {column}: first-digit MAD {first.mad:.4f} ({classes[0]}), "
        f"second-digit MAD {second.mad:.4f} ({classes[1]}), last-digit chi-square "
        f"{last.chi2:.1f} on {df} df (p = {last.p_value:.2g}, {last.n:,} values); severity "
        f"from {', '.join(used)}: {', '.join(flagged) or 'none'} off; {LIMITS} ({SHORT_REF})."
    )
    return Finding(
        check=NAME,
        severity="warning" if flagged else "info",  # never an error: see LIMITS
        message=message,
        table=table.id,
        column=column,
        source_ids=[table.id],
        expected="Benford first/second digits; uniform last digit",
        observed=f"MAD {first.mad:.4f} / {second.mad:.4f}; chi2 {last.chi2:.1f}",
        statistic=last.chi2,
        p_value=last.p_value,
        details={
            "values": first.n,
            "first_mad": round(first.mad, 5),
            "first_class": classes[0],
            "second_mad": round(second.mad, 5),
            "second_class": classes[1],
            "last_chi2": round(last.chi2, 3),
            "null_mean": float(df),
            "null_sd": round(float(np.sqrt(2 * df)), 4),
            "z": round(float(z), 3),
            "tests": used,
            "flagged": flagged,
            "limits": LIMITS,
            "method": REFERENCE,
            "chart": {
                name: {
                    "digits": (_D1 if name == "first" else _D2).tolist(),
                    "observed": (d.observed / max(d.n, 1)).round(5).tolist(),
                    "expected": d.expected.round(5).tolist(),
                }
                for name, d in tests.items()
            },
        },
    )


def run(ctx: CheckContext) -> list[Finding]:
    """One finding per table bound to this check in figcheck.toml."""

    def measure(table: Table, columns: dict[str, str], opts: dict[str, Any]) -> Finding:
        tests = digit_tests(tb.numeric(table, columns["value"]), opts["min_value"])
        return _finding(table, columns["value"], tests, opts["tests"])

    return tb.per_table(ctx, CHECK, measure)


CHECK = Check(
    NAME,
    "tables",
    "Benford first/second digits (Nigrini MAD) and last-digit uniformity, at most a warning",
    run,
    columns=COLUMNS,
    options=OPTIONS,
)
