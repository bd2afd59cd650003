"""`round_number_bunching`: the histogram, its smooth counterfactual and the round bins."""

from __future__ import annotations

from ..numberline import compact
from .svg import WIDTH, Chart, Plot, Shape, legend, numbers, shape, ticks


def bunching(details: dict) -> Chart:
    centers = numbers(details, "chart", "centers")
    counts = numbers(details, "chart", "counts", length=len(centers))
    counterfactual = numbers(details, "chart", "counterfactual", length=len(centers))
    width = float((details.get("chart") or {}).get("bin_width") or 1.0)
    rounds = {
        float(b["value"])
        for b in details.get("round_bins") or []
        if isinstance(b, dict) and isinstance(b.get("value"), int | float)
    }
    lo, hi = centers[0] - width / 2, centers[-1] + width / 2
    top = max([*counts, *counterfactual, 1.0]) * 1.08
    plot = Plot(58, 30, WIDTH - 78, 190, (lo, hi), (0.0, top))
    shapes: list[Shape] = plot.y_axis([(v, compact(v)) for v in ticks(0.0, top, 4)], "count")
    for c, n, e in zip(centers, counts, counterfactual, strict=True):
        x1, x2 = plot.x(c - width / 2), plot.x(c + width / 2)
        cls = "bar round" if c in rounds else "bar"
        shapes.append(
            shape(
                "rect",
                cls=cls,
                x=x1 + 0.3,
                y=plot.y(n),
                width=max(x2 - x1 - 0.6, 0.5),
                height=plot.bottom - plot.y(n),
                title=f"{c:g}: {n:,.0f} (smooth {e:,.0f})",
            )
        )
    shapes.append(shape("path", cls="series fit", d=plot.line_path(centers, counterfactual)))
    shapes += plot.frame()
    shapes += plot.x_axis([(v, f"{v:g}") for v in ticks(lo, hi, 8)], str(details.get("label", "")))
    shapes += legend(
        plot.left + 140,
        plot.top - 10,
        [("bar-key", "count"), ("round", "round bin"), ("fit", "counterfactual")],
    )
    return Chart(
        "bunching",
        f"Values in {width:g}-wide bins against a smooth counterfactual",
        "Bars: the count in each bin, round bins in red; line: a polynomial fitted to the other "
        "bins (what the density would be without bunching). Red bars above the line are excess.",
        WIDTH,
        int(plot.bottom + 42),
        shapes,
    )


CHARTS = (bunching,)
