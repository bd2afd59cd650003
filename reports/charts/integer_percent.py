"""`integer_percent_peaks`: the 0.1-pp histograms, and the integer count against its null."""

from __future__ import annotations

from ..numberline import compact
from .svg import WIDTH, Chart, Plot, legend, numbers, scalar, shape, ticks


def _fmt_pct(v: float) -> str:
    return f"{v:g}%"


def histograms(details: dict) -> Chart:
    """Stations by turnout and by leader share in 0.1-pp bins: integer percentages are spikes."""
    chart = details.get("chart") or {}
    width = float(chart.get("bin_width_pp") or 0.1)
    turnout = numbers(details, "chart", "turnout_hist")
    share = numbers(details, "chart", "leader_share_hist", length=len(turnout))
    edges = [i * width for i in range(len(turnout) + 1)]
    top = max(max(turnout), max(share), 1.0)
    plot = Plot(58, 26, WIDTH - 78, 190, (0.0, edges[-1]), (0.0, top * 1.05))
    shapes = plot.y_axis([(v, compact(v)) for v in _y_ticks(top)], "stations per bin")
    for v in range(0, int(edges[-1]) + 1, 10):
        x = plot.x(v)
        shapes.append(shape("line", cls="grid", x1=x, y1=plot.top, x2=x, y2=plot.bottom))
    shapes.append(shape("path", cls="series s1", d=plot.step_path(edges, turnout)))
    shapes.append(shape("path", cls="series s2", d=plot.step_path(edges, share)))
    shapes += plot.frame()
    shapes += plot.x_axis([(v, _fmt_pct(v)) for v in range(0, int(edges[-1]) + 1, 10)], "percent")
    shapes += legend(plot.left + 170, plot.top - 8, [("s1", "turnout"), ("s2", "leader share")])
    return Chart(
        "integer-histogram",
        f"Polling stations by turnout and leader share ({width:g}-pp bins)",
        "Spikes at whole percentages (and the taller ones at multiples of 5 and 10) are "
        "stations whose reported figures land on a round percentage.",
        WIDTH,
        int(plot.bottom + 40),
        shapes,
    )


def _y_ticks(top: float) -> list[float]:
    return [t for t in ticks(0.0, top, 4) if t >= 0]


def null_band(details: dict) -> Chart:
    """The null distribution of the integer count (histogram, mean +-2 SD) and the observed."""
    counts = numbers(details, "chart", "null_hist")
    edges = numbers(details, "chart", "null_hist_edges", length=len(counts) + 1)
    observed, mean, sd = (scalar(details, k) for k in ("observed", "null_mean", "null_sd"))
    lo, hi = min(edges[0], observed, mean - 2 * sd), max(edges[-1], observed, mean + 2 * sd)
    pad = (hi - lo) * 0.06 or 1.0
    plot = Plot(58, 26, WIDTH - 90, 130, (lo - pad, hi + pad), (0.0, max(counts) * 1.1 or 1.0))
    band_x1, band_x2 = plot.x(mean - 2 * sd), plot.x(mean + 2 * sd)
    shapes = [
        shape(
            "rect",
            cls="band",
            x=band_x1,
            y=plot.top,
            width=max(band_x2 - band_x1, 1.0),
            height=plot.height,
            title=f"null mean ± 2 SD: {mean - 2 * sd:,.0f} – {mean + 2 * sd:,.0f}",
        ),
    ]
    shapes += plot.y_axis([(v, compact(v)) for v in _y_ticks(max(counts))], "null draws")
    for i, c in enumerate(counts):
        x1, x2 = plot.x(edges[i]), plot.x(edges[i + 1])
        shapes.append(
            shape(
                "rect",
                cls="bar",
                x=x1,
                y=plot.y(c),
                width=max(x2 - x1 - 0.5, 0.5),
                height=plot.bottom - plot.y(c),
                title=f"{edges[i]:,.0f}–{edges[i + 1]:,.0f}: {c:,.0f} draws",
            )
        )
    shapes.append(
        shape("line", cls="ref", x1=plot.x(mean), y1=plot.top, x2=plot.x(mean), y2=plot.bottom)
    )
    x_obs = plot.x(observed)
    shapes.append(
        shape(
            "line",
            cls="alert",
            x1=x_obs,
            y1=plot.top - 6,
            x2=x_obs,
            y2=plot.bottom,
            title=f"observed: {observed:,.0f}",
        )
    )
    anchor = "end" if x_obs > plot.left + plot.width * 0.6 else "start"
    shapes.append(
        shape(
            "text",
            f"observed {observed:,.0f}",
            cls="alert-text",
            x=x_obs + (-4 if anchor == "end" else 4),
            y=plot.top + 8,
            text_anchor=anchor,
        )
    )
    shapes += plot.frame()
    xs = [(v, compact(v)) for v in ticks(*plot.x_domain)]
    shapes += plot.x_axis(xs, "stations at an integer percentage")
    draws = details.get("draws")
    return Chart(
        "null-band",
        "Stations at an integer percentage: observed against the binomial null",
        f"Grey bars: the count in each of {draws or 'the'} redraws of every station; shaded: "
        f"null mean ± 2 SD ({mean:,.0f} ± {2 * sd:,.0f}); red: the observed count "
        f"({observed - mean:+,.0f}).",
        WIDTH,
        int(plot.bottom + 40),
        shapes,
    )


CHARTS = (null_band, histograms)
