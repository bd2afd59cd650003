"""Charts for table findings, drawn as inline SVG from each finding's `details`.

`charts_for(finding)` returns the charts a finding can show and, for each chart it could not
draw, what the details lacked. Nothing here computes a check: the charts only lay out numbers
the checks put into `details` (mostly `details.chart`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import bunching, digits, fingerprint, gaps, integer_percent, series
from .svg import Chart, MissingData, Shape

__all__ = ["CHARTS", "Chart", "MissingData", "Shape", "charts_for"]

CHARTS: dict[str, tuple[Callable[[dict], Chart], ...]] = {
    "integer_percent_peaks": integer_percent.CHARTS,
    "change_points": series.CHANGE_POINTS,
    "excess_vs_reported": series.EXCESS,
    "digit_tests": digits.CHARTS,
    "round_number_bunching": bunching.CHARTS,
    "regional_outliers": fingerprint.CHARTS,
    "sum_of_parts": gaps.SUM_OF_PARTS,
    "mirror_tables": gaps.MIRROR,
}


def charts_for(finding: dict[str, Any]) -> tuple[list[Chart], list[str]]:
    """(charts drawn, what was missing for the others) for one finding row."""
    makers = CHARTS.get(str(finding.get("check")), ())
    details = finding.get("details")
    if not makers or not isinstance(details, dict):
        return [], []
    if "unmatched" in details or "missing" in details:  # "cannot run" / unmatched-keys findings
        return [], []
    drawn, missing = [], []
    for make in makers:
        try:
            drawn.append(make(details))
        except MissingData as exc:
            missing.append(f"{make.__name__}: {exc}")
        except (TypeError, ValueError, KeyError, IndexError, ZeroDivisionError) as exc:
            missing.append(f"{make.__name__}: unusable details ({type(exc).__name__})")
    return drawn, missing
