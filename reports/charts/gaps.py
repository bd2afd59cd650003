"""Gap charts: `sum_of_parts` (total vs. sum of parts) and `mirror_tables` (the two sides)."""

from __future__ import annotations

from .._common import plural
from ..numberline import compact
from .svg import WIDTH, Chart, MissingData, Plot, Shape, domain, finite, legend, shape, short, ticks

ROW = 22
LEFT = 150


def _dumbbells(
    rows: list[tuple[str, float, float, float]],
    names: tuple[str, str],
    tolerance: float | None,
    x_label: str,
    signed: bool = True,
) -> tuple[list[Shape], int]:
    """One row per item: a dot for each side joined by a line, the relative gap on the right.

    `rows` holds (label, first, second, relative gap)."""
    lo, hi = domain([v for _, a, b, _ in rows for v in (a, b)], pad=0.08)
    plot = Plot(LEFT, 30, WIDTH - LEFT - 110, ROW * len(rows), (lo, hi), (0.0, 1.0))
    shapes: list[Shape] = []
    for v in ticks(lo, hi, 5):
        x = plot.x(v)
        shapes.append(shape("line", cls="grid", x1=x, y1=plot.top, x2=x, y2=plot.bottom))
    for i, (label, a, b, rel) in enumerate(rows):
        y = plot.top + ROW * i + ROW / 2
        bad = tolerance is not None and abs(rel) > tolerance
        tip = f"{label}: {names[0]} {a:,.10g}, {names[1]} {b:,.10g} (gap {100 * rel:+.2f}%)"
        shapes.append(shape("text", short(label, 22), x=LEFT - 8, y=y + 4, text_anchor="end"))
        shapes.append(
            shape(
                "line",
                cls="link alert" if bad else "link",
                x1=plot.x(a),
                y1=y,
                x2=plot.x(b),
                y2=y,
                title=tip,
            )
        )
        shapes.append(shape("circle", cls="dot-b", cx=plot.x(b), cy=y, r=5.5, title=tip))
        shapes.append(shape("circle", cls="dot-a", cx=plot.x(a), cy=y, r=3.5, title=tip))
        shapes.append(
            shape(
                "text",
                f"{100 * rel:+.1f}%" if signed else f"{100 * rel:.1f}%",
                cls="alert-text" if bad else "legend",
                x=plot.right + 12,
                y=y + 4,
            )
        )
    shapes.append(
        shape("line", cls="axis", x1=plot.left, y1=plot.bottom, x2=plot.right, y2=plot.bottom)
    )
    shapes += plot.x_axis([(v, compact(v)) for v in ticks(lo, hi, 5)], x_label)
    shapes.append(shape("text", "gap", cls="axis-label", x=plot.right + 12, y=plot.top - 8))
    shapes += legend(LEFT, 16, [("dot-a", names[0]), ("dot-b", names[1])])
    return shapes, int(plot.bottom + 42)


def sum_of_parts(details: dict) -> Chart:
    chart = details.get("chart") or {}
    labels = chart.get("labels")
    totals, parts = (finite(chart.get(k) or []) for k in ("total", "sum_of_parts"))
    if not isinstance(labels, list) or not labels or not len(labels) == len(totals) == len(parts):
        raise MissingData("details.chart.labels, total and sum_of_parts of equal length")
    tolerance = (finite([details.get("tolerance")]) or [None])[0]
    rows = [
        (str(label), t, p, (t - p) / p if p else 0.0)
        for label, t, p in zip(labels, totals, parts, strict=True)
    ]
    shapes, height = _dumbbells(rows, ("total", "sum of parts"), tolerance, "value")
    said = f" (tolerance {100 * tolerance:g}% and rounding)" if tolerance is not None else ""
    return Chart(
        "gaps",
        f"Each total against the sum of its parts ({plural(len(rows), 'total')})",
        "Dark dot: the printed total; light dot: the sum of the parts; right: the gap as a share "
        f"of the parts, red where it exceeds the allowance{said}.",
        WIDTH,
        height,
        shapes,
    )


def _key_label(key: object) -> str:
    if isinstance(key, dict):
        return ", ".join(str(v) for v in key.values())
    return str(key)


def mirror(details: dict) -> Chart:
    gaps = details.get("gaps")
    if not isinstance(gaps, list) or not gaps:
        raise MissingData("details.gaps (the keys over tolerance)")
    rows = []
    for g in gaps:
        got = finite([g.get("value"), g.get("other_value")]) if isinstance(g, dict) else []
        if len(got) != 2:
            raise MissingData("details.gaps[].value and other_value")
        rel = (finite([g.get("relative_gap")]) or [0.0])[0]
        rows.append((_key_label(g.get("key")), got[0], got[1], rel))
    spec = details.get("mirror") if isinstance(details.get("mirror"), dict) else {}
    tolerance = (finite([spec.get("tolerance")]) or [None])[0]
    names = (
        short(spec.get("column", "this table"), 24),
        short(f"{details.get('other_table', 'other')}: {spec.get('other_column', '')}", 56),
    )
    shapes, height = _dumbbells(rows, names, tolerance, "value", signed=False)
    return Chart(
        "gaps",
        f"Mirror statistics: the keys over tolerance ({len(rows)})",
        "Each row is a key reported by both sides: dark dot this table, light dot the partner's; "
        "right: the relative gap |a − b| / mean(|a|, |b|). Keys within tolerance are not in the "
        "finding's details, so they are not drawn.",
        WIDTH,
        height,
        shapes,
    )


SUM_OF_PARTS = (sum_of_parts,)
MIRROR = (mirror,)
