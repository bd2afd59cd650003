"""Chart primitives: shapes with allow-listed tags and attributes, scales, axes.

A chart is computed here in Python as a list of `Shape`s; the template writes each one as an SVG
element. Tag and attribute *names* come only from the allow-lists below (checked on creation);
attribute *values* and text go through Jinja2 autoescaping like everything else in the page.
Presentation uses classes (styled by the page's one stylesheet), never `style=` attributes,
which the Content-Security-Policy would block.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..numberline import compact, nice_step

TAGS = frozenset({"g", "rect", "line", "polyline", "polygon", "path", "circle", "text"})
ATTRS = frozenset(
    {
        "x",
        "y",
        "x1",
        "y1",
        "x2",
        "y2",
        "width",
        "height",
        "cx",
        "cy",
        "r",
        "points",
        "d",
        "class",
        "text-anchor",
        "transform",
    }
)
WIDTH = 720
MAX_LABEL = 28  # characters of a data label (table labels are untrusted and may be long)


class MissingData(ValueError):
    """The finding's details lack what the chart needs; the message says what."""


def num(value: float) -> str:
    """A coordinate: one decimal, no "-0.0", no trailing ".0"."""
    text = f"{value + 0.0:.1f}"
    text = text[:-2] if text.endswith(".0") else text
    return "0" if text == "-0" else text


def short(label: Any, limit: int = MAX_LABEL) -> str:
    """A data label cut to `limit` characters (with an ellipsis)."""
    label = " ".join(str(label).split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


@dataclass(frozen=True)
class Shape:
    """One SVG element: `tag`, (name, value) attributes, text content and a tooltip."""

    tag: str
    attrs: tuple[tuple[str, str], ...] = ()
    text: str = ""
    title: str = ""

    def __post_init__(self) -> None:
        if self.tag not in TAGS:
            raise ValueError(f"SVG tag {self.tag!r} is not allowed in a chart")
        bad = [name for name, _ in self.attrs if name not in ATTRS]
        if bad:
            raise ValueError(f"SVG attribute(s) {bad} are not allowed in a chart")


def shape(tag: str, text: str = "", title: str = "", **attrs: Any) -> Shape:
    """`shape("rect", x=1, cls="bar")`: `cls` is `class`, underscores become dashes."""
    pairs = []
    for name, value in attrs.items():
        if value is None:
            continue
        name = "class" if name == "cls" else name.replace("_", "-")
        pairs.append((name, num(value) if isinstance(value, float | int) else str(value)))
    return Shape(tag, tuple(pairs), text, title)


def points(xy: Iterable[tuple[float, float]]) -> str:
    """SVG `points` for a polyline or polygon."""
    return " ".join(f"{num(x)},{num(y)}" for x, y in xy)


@dataclass
class Chart:
    """One SVG figure: `kind` names it (CSS class and tests), `title` heads it, `caption` says
    how to read it; `label` is the accessible name."""

    kind: str
    title: str
    caption: str
    width: int
    height: int
    shapes: list[Shape] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"Chart: {self.title}"


def finite(values: Iterable[Any]) -> list[float]:
    """The finite floats among `values` (None, NaN and infinities dropped)."""
    out = []
    for v in values:
        try:
            x = float(v)
        except (TypeError, ValueError):
            continue
        if math.isfinite(x):
            out.append(x)
    return out


def numbers(details: dict, *path: str, length: int | None = None) -> list[float]:
    """`details[path...]` as a list of floats (NaN for missing cells); MissingData otherwise."""
    value: Any = details
    for key in path:
        if not isinstance(value, dict) or key not in value:
            raise MissingData(f"details.{'.'.join(path)}")
        value = value[key]
    if not isinstance(value, list | tuple) or not value:
        raise MissingData(f"details.{'.'.join(path)} (a non-empty list)")
    out = []
    for v in value:
        try:
            out.append(float(v))
        except (TypeError, ValueError):
            out.append(math.nan)
    if length is not None and len(out) != length:
        raise MissingData(f"details.{'.'.join(path)} of length {length} (has {len(out)})")
    return out


def scalar(details: dict, key: str) -> float:
    """`details[key]` as a finite float; MissingData otherwise."""
    got = finite([details.get(key)])
    if not got:
        raise MissingData(f"details.{key} (a number)")
    return got[0]


def domain(
    values: Sequence[float], *, zero: bool = False, pad: float = 0.05
) -> tuple[float, float]:
    """A padded (lo, hi) covering the finite `values` (and 0 when `zero`)."""
    got = finite(values) + ([0.0] if zero else [])
    if not got:
        raise MissingData("finite values to plot")
    lo, hi = min(got), max(got)
    if lo == hi:
        step = abs(lo) * 0.1 or 1.0
        return lo - step, hi + step
    span = hi - lo
    return (lo if zero and lo == 0 else lo - span * pad), (
        hi if zero and hi == 0 else hi + span * pad
    )


def ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values inside [lo, hi]."""
    step = nice_step(hi - lo, target)
    first = math.ceil(lo / step - 1e-9)
    return [k * step for k in range(first, int(math.floor(hi / step + 1e-9)) + 1)]


@dataclass
class Plot:
    """A plotting box (pixels) with linear scales from a data domain."""

    left: float
    top: float
    width: float
    height: float
    x_domain: tuple[float, float]
    y_domain: tuple[float, float]

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    def x(self, v: float) -> float:
        lo, hi = self.x_domain
        return self.left + (v - lo) / (hi - lo) * self.width

    def y(self, v: float) -> float:
        lo, hi = self.y_domain
        return self.bottom - (v - lo) / (hi - lo) * self.height

    def clamp_y(self, v: float) -> float:
        return min(max(self.y(v), self.top), self.bottom)

    def frame(self) -> list[Shape]:
        return [
            shape("line", cls="axis", x1=self.left, y1=self.bottom, x2=self.right, y2=self.bottom),
            shape("line", cls="axis", x1=self.left, y1=self.top, x2=self.left, y2=self.bottom),
        ]

    def x_axis(self, where: Iterable[tuple[float, str]], label: str = "") -> list[Shape]:
        out = []
        for v, text in where:
            x = self.x(v)
            out.append(shape("line", cls="tick", x1=x, y1=self.bottom, x2=x, y2=self.bottom + 4))
            out.append(shape("text", text, x=x, y=self.bottom + 16, text_anchor="middle"))
        if label:
            out.append(
                shape(
                    "text",
                    label,
                    cls="axis-label",
                    x=self.left + self.width / 2,
                    y=self.bottom + 31,
                    text_anchor="middle",
                )
            )
        return out

    def y_axis(self, where: Iterable[tuple[float, str]], label: str = "") -> list[Shape]:
        out = []
        for v, text in where:
            y = self.y(v)
            out.append(shape("line", cls="grid", x1=self.left, y1=y, x2=self.right, y2=y))
            out.append(shape("text", text, x=self.left - 6, y=y + 4, text_anchor="end"))
        if label:
            out.append(
                shape(
                    "text",
                    label,
                    cls="axis-label",
                    x=self.left,
                    y=self.top - 8,
                    text_anchor="start",
                )
            )
        return out

    def numeric_axes(
        self, x_label: str = "", y_label: str = "", x_fmt: Any = compact, y_fmt: Any = compact
    ) -> list[Shape]:
        xs = [(v, x_fmt(v)) for v in ticks(*self.x_domain)]
        ys = [(v, y_fmt(v)) for v in ticks(*self.y_domain, target=4)]
        return self.y_axis(ys, y_label) + self.frame() + self.x_axis(xs, x_label)

    def step_path(self, edges: Sequence[float], counts: Sequence[float]) -> str:
        """A histogram outline: `counts[i]` between `edges[i]` and `edges[i + 1]`."""
        parts = [f"M{num(self.x(edges[0]))},{num(self.y(0))}"]
        for i, c in enumerate(counts):
            c = c if math.isfinite(c) else 0.0
            parts.append(f"V{num(self.clamp_y(c))}H{num(self.x(edges[i + 1]))}")
        parts.append(f"V{num(self.y(0))}")
        return "".join(parts)

    def line_path(self, xs: Sequence[float], ys: Sequence[float]) -> str:
        """A polyline path through the finite points; gaps where a value is missing."""
        parts, pen = [], "M"
        for x, y in zip(xs, ys, strict=True):
            if not (math.isfinite(x) and math.isfinite(y)):
                pen = "M"
                continue
            parts.append(f"{pen}{num(self.x(x))},{num(self.y(y))}")
            pen = "L"
        return "".join(parts)


def legend(x: float, y: float, items: Sequence[tuple[str, str]]) -> list[Shape]:
    """A one-line legend: (css class of the swatch, text) pairs from (x, y) rightwards."""
    out = []
    for cls, text in items:
        out.append(shape("rect", cls=f"swatch {cls}", x=x, y=y - 8, width=14, height=8))
        out.append(shape("text", text, cls="legend", x=x + 18, y=y))
        x += 18 + 6.5 * len(text) + 16
    return out
