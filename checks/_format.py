"""Shared wording for check messages: numbers and intervals as a reviewer reads them."""

from __future__ import annotations

import math


def num(x: float) -> str:
    """3300000.0 -> "3,300,000"; 24.5 -> "24.5"; inf -> "unbounded"."""
    if math.isinf(x):
        return "unbounded" if x > 0 else "-unbounded"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= size:
            return f"{x / size:,.4g} {word}"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    return f"{x:,.4g}" if abs(x) < 1000 else f"{x:,.1f}"


def interval(low: float, high: float) -> str:
    """[low, high] as text, "42" when the interval is a point."""
    if low == high:
        return num(low)
    if math.isinf(high):
        return f"{num(low)} or more"
    return f"{num(low)} to {num(high)}"


def reading(surface: str, low: float, high: float, unit: str) -> str:
    """ "about 3.3 million (read as 2.97 million to 3.63 million)"; bare surface for points."""
    if low == high:
        return surface
    label = "" if unit == "count" else f" {unit}"
    return f"{surface} (read as {interval(low, high)}{label})"
