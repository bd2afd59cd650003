"""`digit_tests`: observed digit shares against Benford (first, second) and uniform (last)."""

from __future__ import annotations

from .svg import WIDTH, Chart, MissingData, Plot, Shape, legend, numbers, shape, ticks

TESTS = ("first", "second", "last")
PANEL = (WIDTH - 40) / 3


def _panel(details: dict, name: str, index: int) -> list[Shape]:
    digits = numbers(details, "chart", name, "digits")
    observed = numbers(details, "chart", name, "observed", length=len(digits))
    expected = numbers(details, "chart", name, "expected", length=len(digits))
    top = max([*observed, *expected, 0.01]) * 1.12
    left = 48 + index * PANEL
    plot = Plot(left, 40, PANEL - 60, 150, (-0.5, len(digits) - 0.5), (0.0, top))
    shapes: list[Shape] = []
    ys = [(v, f"{100 * v:g}%") for v in ticks(0.0, top, 4)]
    shapes += plot.y_axis(ys)
    bar = plot.width / len(digits) * 0.7
    for i, (d, o, e) in enumerate(zip(digits, observed, expected, strict=True)):
        x = plot.x(i)
        tip = f"digit {d:g}: observed {100 * o:.2f}%, expected {100 * e:.2f}%"
        shapes.append(
            shape(
                "rect",
                cls="bar s1",
                x=x - bar / 2,
                y=plot.y(o),
                width=bar,
                height=plot.bottom - plot.y(o),
                title=tip,
            )
        )
    expected_xy = [(plot.x(i), plot.y(e)) for i, e in enumerate(expected)]
    d_path = "".join(
        ("M" if i == 0 else "L") + f"{x:.1f},{y:.1f}" for i, (x, y) in enumerate(expected_xy)
    )
    shapes.append(shape("path", cls="series fit", d=d_path))
    for x, y in expected_xy:
        shapes.append(shape("circle", cls="dot-fit", cx=x, cy=y, r=2.5))
    shapes += plot.frame()
    shapes += plot.x_axis([(i, f"{d:g}") for i, d in enumerate(digits)])
    verdict = {
        "first": details.get("first_class"),
        "second": details.get("second_class"),
        "last": f"χ² {details['last_chi2']:.1f}"
        if isinstance(details.get("last_chi2"), int | float)
        else None,
    }[name]
    title = f"{name} digit" + (f" ({verdict})" if verdict else "")
    shapes.append(shape("text", title, cls="panel-title", x=plot.left, y=plot.top - 10))
    return shapes


def digits(details: dict) -> Chart:
    chart = details.get("chart") or {}
    present = [name for name in TESTS if isinstance(chart.get(name), dict)]
    if not present:
        raise MissingData("details.chart.first/second/last (digit shares)")
    shapes: list[Shape] = []
    for i, name in enumerate(present):
        shapes += _panel(details, name, i)
    shapes += legend(
        48, 14, [("obs-key", "observed share"), ("fit", "expected (Benford; last: uniform)")]
    )
    return Chart(
        "digits",
        "Digit distributions against Benford's law (first, second digit) and uniform (last)",
        "Bars: the share of each digit in the data; line: the share the law expects. Counts "
        "bounded by station size need not follow Benford's first-digit law.",
        WIDTH,
        232,
        shapes,
    )


CHARTS = (digits,)
