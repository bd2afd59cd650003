"""`regional_outliers`: the Klimek et al. (2012) 2-D fingerprint as a heat map of rects."""

from __future__ import annotations

import math

from .svg import Chart, MissingData, Plot, Shape, finite, shape, short

SIZE = 400  # the square plot, pixels
LEVELS = 8  # colour classes h1..h8, log scale


def _matrix(details: dict) -> list[list[float]]:
    grid = (details.get("chart") or {}).get("fingerprint")
    if not isinstance(grid, list) or not grid or not all(isinstance(r, list) for r in grid):
        raise MissingData("details.chart.fingerprint (a 2-D histogram; needs two metrics)")
    width = len(grid[0])
    if width == 0 or any(len(r) != width for r in grid):
        raise MissingData("details.chart.fingerprint with rows of equal length")
    return [[(finite([c]) or [0.0])[0] for c in row] for row in grid]


def level(count: float, top: float) -> int:
    """Colour class 1..LEVELS of a positive count on a log scale up to `top` (0: empty)."""
    if count <= 0:
        return 0
    if top <= 1:
        return LEVELS
    return 1 + min(LEVELS - 1, int(math.log(count) / math.log(top) * LEVELS))


def fingerprint(details: dict) -> Chart:
    """Cells: rows are the first metric's bins (x), columns the second's (y); on [0, 1]^2.

    Outlier units from `details.worst` (with both metrics) are drawn as rings on top."""
    grid = _matrix(details)
    rows, cols = len(grid), len(grid[0])
    axes = (details.get("chart") or {}).get("fingerprint_axes") or []
    metrics = details.get("metrics") if isinstance(details.get("metrics"), list) else []
    names = [str(m) for m in metrics[:2]]
    x_name = names[0] if len(names) == 2 else short(axes[0] if axes else "first metric", 40)
    y_name = names[1] if len(names) == 2 else short(axes[1] if len(axes) > 1 else "second", 40)
    plot = Plot(64, 30, SIZE, SIZE, (0.0, 1.0), (0.0, 1.0))
    top = max(max(r) for r in grid)
    cw, ch = plot.width / rows, plot.height / cols
    shapes: list[Shape] = [
        shape("rect", cls="heat-bg", x=plot.left, y=plot.top, width=plot.width, height=plot.height)
    ]
    for i, row in enumerate(grid):
        for j, count in enumerate(row):
            k = level(count, top)
            if k:
                shapes.append(
                    shape(
                        "rect",
                        cls=f"h{k}",
                        x=plot.left + i * cw,
                        y=plot.bottom - (j + 1) * ch,
                        width=cw + 0.05,
                        height=ch + 0.05,
                    )
                )
    pct = [(v / 10, f"{v * 10}%") for v in range(0, 11, 2)]
    shapes += plot.frame()
    shapes += plot.x_axis(pct, short(x_name, 40))
    for v, text in pct:
        y = plot.y(v)
        shapes.append(shape("line", cls="tick", x1=plot.left - 4, y1=y, x2=plot.left, y2=y))
        shapes.append(shape("text", text, x=plot.left - 6, y=y + 4, text_anchor="end"))
    shapes.append(shape("text", short(y_name, 40), cls="axis-label", x=plot.left, y=plot.top - 10))
    ringed = 0
    for unit in details.get("worst") or []:
        if not isinstance(unit, dict) or len(names) != 2:
            continue
        xy = finite([unit.get(names[0]), unit.get(names[1])])
        if len(xy) != 2:
            continue
        ringed += 1
        shapes.append(
            shape(
                "circle",
                cls="ring",
                cx=plot.x(xy[0]),
                cy=plot.y(xy[1]),
                r=5,
                title=f"{short(unit.get('unit', '?'), 60)}: {names[0]} {xy[0]:.3f}, "
                f"{names[1]} {xy[1]:.3f}",
            )
        )
    # the colour key
    kx = plot.right + 24
    shapes.append(shape("text", "rows per cell", cls="axis-label", x=kx, y=plot.top + 4))
    for k in range(1, LEVELS + 1):
        low = math.ceil(top ** ((k - 1) / LEVELS)) if top > 1 else 1
        y = plot.top + 14 + (k - 1) * 18
        shapes.append(shape("rect", cls=f"h{k}", x=kx, y=y, width=16, height=14))
        shapes.append(shape("text", f"≥ {low:,}", cls="legend", x=kx + 22, y=y + 11))
    total = sum(sum(r) for r in grid)
    return Chart(
        "fingerprint",
        f"Fingerprint: {x_name} × {y_name} ({total:,.0f} rows, {rows} × {cols} cells)",
        "Each cell counts the rows (e.g. polling stations) with that pair of shares; darker is "
        "more (log scale). A clean election is one compact cloud; a smear towards the top right "
        "corner (100 % / 100 %) is the Klimek et al. (2012) fingerprint of ballot stuffing."
        + (f" Rings: the {ringed} outlier unit(s) (hover for names)." if ringed else ""),
        int(kx + 90),
        int(plot.bottom + 42),
        shapes,
    )


CHARTS = (fingerprint,)
