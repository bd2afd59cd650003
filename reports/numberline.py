"""Coordinates for an inline-SVG number line of claim intervals (the template only draws them)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from ._common import fmt_interval, is_missing

WIDTH = 640
LABEL_WIDTH = 170  # left column for the claim labels
RIGHT_PAD = 24
TOP = 12
ROW = 26
AXIS_ROOM = 34
ARROW = 8  # arrow head length for unbounded ends


@dataclass(frozen=True)
class Bar:
    """One claim's interval: x1..x2 at height y; open ends carry arrow head points."""

    y: float
    x1: float
    x2: float
    point: bool  # low == high: drawn as a dot
    value_x: float | None
    arrow_left: str | None  # SVG polygon points
    arrow_right: str | None
    label: str
    title: str


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass(frozen=True)
class NumberLine:
    width: int
    height: int
    label_x: float
    axis_y: float
    axis_x1: float
    axis_x2: float
    ticks: list[Tick]
    bars: list[Bar]


def _finite(values: list[Any]) -> list[float]:
    return [float(v) for v in values if not is_missing(v) and math.isfinite(float(v))]


def nice_step(span: float, target: int = 5) -> float:
    """A step of 1, 2 or 5 times a power of ten giving about `target` ticks over `span`."""
    raw = span / target
    power = 10 ** math.floor(math.log10(raw))
    for mult, limit in ((1, 1.5), (2, 3.0), (5, 7.0)):
        if raw / power < limit:
            return mult * power
    return 10 * power


def compact(x: float) -> str:
    """Short tick label: 1500000 -> "1.5M", 2500 -> "2.5k", 0.25 -> "0.25"."""
    x = x + 0.0  # no "-0"
    for size, suffix in ((1e12, "T"), (1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(x) >= size:
            return f"{x / size:.3g}{suffix}"
    return f"{x:.3g}"


def _domain(points: list[float]) -> tuple[float, float]:
    lo, hi = min(points), max(points)
    if lo == hi:
        pad = abs(lo) * 0.1 or 1.0
        return lo - pad, hi + pad
    pad = (hi - lo) * 0.08
    return lo - pad, hi + pad


def _arrow(x: float, y: float, direction: int) -> str:
    """Triangle pointing left (-1) or right (+1) with its tip at x."""
    back = x - direction * ARROW
    return f"{x:.1f},{y:.1f} {back:.1f},{y - 5:.1f} {back:.1f},{y + 5:.1f}"


def number_line(items: list[dict[str, Any]]) -> NumberLine | None:
    """Layout for items with `label`, `low`, `high` and optional `value`; None if none is finite.

    Infinite or missing ends are drawn to the edge of the plot with an arrow head.
    """
    points = _finite([v for it in items for v in (it["low"], it["high"], it.get("value"))])
    if not items or not points:
        return None
    lo, hi = _domain(points)
    x1, x2 = LABEL_WIDTH + ARROW, WIDTH - RIGHT_PAD

    def x(v: float) -> float:
        return x1 + (v - lo) / (hi - lo) * (x2 - x1)

    bars = []
    for i, it in enumerate(items):
        y = TOP + ROW * i + ROW / 2
        low, high = (_finite([it[k]]) for k in ("low", "high"))
        left = x(low[0]) if low else x1 - ARROW
        right = x(high[0]) if high else x2 + ARROW / 2
        value = _finite([it.get("value")])
        bars.append(
            Bar(
                y=y,
                x1=left,
                x2=right,
                point=bool(low and high and low[0] == high[0]),
                value_x=x(value[0]) if value else None,
                arrow_left=None if low else _arrow(left, y, -1),
                arrow_right=None if high else _arrow(right, y, 1),
                label=it["label"],
                title=f"{it['label']}: {fmt_interval(it['low'], it['high'])}",
            )
        )
    axis_y = TOP + ROW * len(items) + 8
    step = nice_step(hi - lo)
    first = math.ceil(lo / step)
    ticks = [Tick(x(k * step), compact(k * step)) for k in range(first, int(hi // step) + 1)]
    return NumberLine(
        width=WIDTH,
        height=int(axis_y + AXIS_ROOM),
        label_x=LABEL_WIDTH - 8,
        axis_y=axis_y,
        axis_x1=x1,
        axis_x2=x2,
        ticks=ticks,
        bars=bars,
    )
