"""Time series: `change_points` (levels and shifts) and `excess_vs_reported` (vs. baseline)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from ..numberline import compact
from .svg import (
    WIDTH,
    Chart,
    MissingData,
    Plot,
    Shape,
    domain,
    legend,
    numbers,
    points,
    scalar,
    shape,
    short,
    ticks,
)

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
PERIOD = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:/(\d{4})(?:-(\d{2}))?)?$")
YEARS = re.compile(r"^(\d{4})-(\d{4})$")


def labels_of(details: dict, key: str, n: int) -> list[str]:
    """`details.chart[key]` as n strings (positions when it is missing or of another length)."""
    got = (details.get("chart") or {}).get(key)
    if isinstance(got, list) and len(got) == n:
        return [str(x) for x in got]
    return [str(i) for i in range(n)]


def label_ticks(labels: Sequence[str], target: int = 8) -> list[int]:
    """Positions to label on a category axis: January of each year (thinned) for YYYY-MM
    labels, otherwise about `target` evenly spaced positions."""
    n = len(labels)
    januaries = [i for i, s in enumerate(labels) if MONTH.match(s) and s.endswith("-01")]
    if len(januaries) >= 2:
        every = max(1, math.ceil(len(januaries) / target))
        return januaries[::every]
    step = max(1, math.ceil(n / target))
    return list(range(0, n, step))


def _tick_text(label: str) -> str:
    m = MONTH.match(label)
    return m.group(1) if m and label.endswith("-01") else short(label, 10)


def _series_plot(values: Sequence[float], *extra: Sequence[float], height: int = 200) -> Plot:
    lo, hi = domain([*values, *(v for series in extra for v in series)])
    return Plot(64, 30, WIDTH - 84, height, (-0.5, len(values) - 0.5), (lo, hi))


def _axes(plot: Plot, labels: Sequence[str], y_label: str) -> list[Shape]:
    ys = [(v, compact(v)) for v in ticks(*plot.y_domain, target=4)]
    xs = [(i, _tick_text(labels[i])) for i in label_ticks(labels)]
    return plot.y_axis(ys, y_label) + plot.frame() + plot.x_axis(xs)


def change_points(details: dict) -> Chart:
    """The series, the fitted segment levels, and a marker at each change point."""
    values = numbers(details, "chart", "values")
    fitted = numbers(details, "chart", "fitted", length=len(values))
    labels = labels_of(details, "labels", len(values))
    found = details.get("change_points")
    if not isinstance(found, list):
        raise MissingData("details.change_points (a list)")
    plot = _series_plot(values, fitted)
    xs = list(range(len(values)))
    shapes = _axes(plot, labels, "value")
    shapes.append(shape("path", cls="series s1", d=plot.line_path(xs, values)))
    shapes.append(shape("path", cls="series fit", d=plot.line_path(xs, fitted)))
    listed, last_x, row = [], -100.0, 0
    for cp in (c for c in found if isinstance(c, dict)):
        try:
            i = int(cp["index"])
        except (KeyError, TypeError, ValueError):
            continue
        x = plot.x(i - 0.5)  # the shift happens between i - 1 and i
        label = short(cp.get("label", labels[i] if 0 <= i < len(labels) else i), 16)
        shift, z = finite_or_none(cp.get("shift")), finite_or_none(cp.get("z"))
        said = label + (f" ({shift:+,.0f}" if shift is not None else " (")
        said += (f", z = {z:.1f})" if z is not None else ")") if shift is not None else ""
        said = said if said.endswith(")") else label
        listed.append(said)
        row = row + 1 if x - last_x < 14 else 0
        last_x = x
        number = str(len(listed))
        shapes.append(
            shape("line", cls="alert dashed", x1=x, y1=plot.top, x2=x, y2=plot.bottom, title=said)
        )
        shapes.append(
            shape(
                "text",
                number,
                cls="alert-text",
                x=x,
                y=plot.top + 10 + 11 * (row % 3),
                text_anchor="middle",
                title=said,
            )
        )
    shapes += legend(
        plot.left + 150,
        plot.top - 10,
        [("s1", "value"), ("fit", "fitted level (with season)"), ("alert", "change point")],
    )
    n = len(listed)
    where = "; ".join(f"{k} {text}" for k, text in enumerate(listed, start=1))
    return Chart(
        "change-points",
        f"Series with {n} change point{'s' if n != 1 else ''} marked",
        "Blue: the series in table order; black: the level PELT fitted to each segment, seasonal "
        "pattern added back; red dashes: where the level shifts"
        + (f": {where}." if where else "."),
        WIDTH,
        int(plot.bottom + 28),
        shapes,
    )


def finite_or_none(value: object) -> float | None:
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return x if math.isfinite(x) else None


def _month_range(period: str) -> tuple[str, str] | None:
    """'2020' -> ('2020-01', '2020-12'); 'YYYY-MM'; 'A/B'; 'YYYY-YYYY' (years); else None."""
    if m := YEARS.match(period):
        return f"{m.group(1)}-01", f"{m.group(2)}-12"
    if not (m := PERIOD.match(period)):
        return None
    y1, m1, y2, m2 = m.groups()
    start = f"{y1}-{m1 or '01'}"
    end = f"{y2 or y1}-{m2 or ('12' if y2 or not m1 else m1)}"
    return start, end


def _span(labels: Sequence[str], period: object) -> tuple[int, int] | None:
    """First and last position whose YYYY-MM label is inside `period`."""
    bounds = _month_range(str(period)) if isinstance(period, str) else None
    if bounds is None:
        return None
    inside = [i for i, s in enumerate(labels) if MONTH.match(s) and bounds[0] <= s <= bounds[1]]
    return (inside[0], inside[-1]) if inside else None


def excess(details: dict) -> Chart:
    """Observed deaths and the baseline, the baseline years and the period shaded, and the
    excess over the period filled."""
    observed = numbers(details, "chart", "observed")
    baseline = numbers(details, "chart", "baseline", length=len(observed))
    if not isinstance((details.get("chart") or {}).get("months"), list):
        raise MissingData("details.chart.months")
    labels = labels_of(details, "months", len(observed))
    plot = _series_plot(observed, baseline, height=210)
    shapes: list[Shape] = []
    spans = {
        "baseline-years": _span(labels, details.get("baseline")),
        "period": _span(labels, details.get("period")),
    }
    for cls, span in spans.items():
        if span:
            x1, x2 = plot.x(span[0] - 0.5), plot.x(span[1] + 0.5)
            shapes.append(
                shape("rect", cls=cls, x=x1, y=plot.top, width=x2 - x1, height=plot.height)
            )
    shapes += _axes(plot, labels, "deaths per month")
    period = spans["period"]
    if period:
        i0, i1 = period
        upper = [
            (plot.x(i), plot.y(observed[i]))
            for i in range(i0, i1 + 1)
            if math.isfinite(observed[i]) and math.isfinite(baseline[i])
        ]
        lower = [
            (plot.x(i), plot.y(baseline[i]))
            for i in range(i1, i0 - 1, -1)
            if math.isfinite(observed[i]) and math.isfinite(baseline[i])
        ]
        if upper:
            total = scalar(details, "excess") if details.get("excess") is not None else None
            tip = f"excess over {details.get('period')}" + (
                f": {total:,.0f}" if total is not None else ""
            )
            shapes.append(shape("polygon", cls="excess", points=points(upper + lower), title=tip))
    xs = list(range(len(observed)))
    shapes.append(shape("path", cls="series fit dashed", d=plot.line_path(xs, baseline)))
    shapes.append(shape("path", cls="series s1", d=plot.line_path(xs, observed)))
    items = [("s1", "observed"), ("fit", "baseline"), ("excess", "excess in period")]
    shapes += legend(plot.left + 150, plot.top - 10, items)
    said = []
    for key, text in (("excess", "excess"), ("excess_sd", "SD"), ("reported", "reported")):
        v = finite_or_none(details.get(key))
        if v is not None:
            said.append(f"{text} {v:,.0f}")
    return Chart(
        "excess",
        f"Deaths against the {details.get('baseline', '')} baseline, excess over "
        f"{details.get('period', 'the period')}",
        "Blue: deaths per month; dashed: the baseline (month effects + linear trend fitted on "
        "the lightly shaded years, extrapolated); red area: the excess over the period"
        + (f" ({'; '.join(said)})" if said else "")
        + ".",
        WIDTH,
        int(plot.bottom + 28),
        shapes,
    )


CHANGE_POINTS = (change_points,)
EXCESS = (excess,)
