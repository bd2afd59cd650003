"""Number-line layout: coordinates inside the plot, arrows for unbounded ends, sensible ticks."""

from __future__ import annotations

import math

import pytest

from figcheck.reports.numberline import WIDTH, compact, nice_step, number_line


def test_bounded_and_unbounded_intervals() -> None:
    line = number_line(
        [
            {"label": "A", "low": 40.0, "high": math.inf, "value": 40.0},
            {"label": "B", "low": 12.0, "high": 12.0, "value": 12.0},
            {"label": "C", "low": -math.inf, "high": 30.0, "value": 30.0},
        ]
    )
    assert line is not None
    a, b, c = line.bars
    assert a.arrow_right and not a.arrow_left and a.x2 > a.x1
    assert b.point and not b.arrow_left and not b.arrow_right
    assert c.arrow_left and not c.arrow_right
    assert c.x1 < b.x1 < c.x2 < a.x1  # order on the line follows the numbers
    for bar in line.bars:
        assert 0 <= bar.x1 <= bar.x2 <= WIDTH and 0 <= bar.y <= line.height
    xs = [t.x for t in line.ticks]
    assert xs == sorted(xs) and all(line.axis_x1 <= x <= line.axis_x2 for x in xs)
    assert len(line.ticks) >= 2


def test_single_point_and_nothing_finite() -> None:
    line = number_line([{"label": "A", "low": 5.0, "high": 5.0}])
    assert line is not None and line.bars[0].point
    assert line.bars[0].value_x is None
    assert number_line([{"label": "A", "low": -math.inf, "high": math.inf}]) is None
    assert number_line([]) is None


@pytest.mark.parametrize(
    ("span", "step"), [(28.0, 5.0), (1.0, 0.2), (3_000_000.0, 500_000.0), (0.07, 0.01)]
)
def test_nice_step(span: float, step: float) -> None:
    assert nice_step(span) == pytest.approx(step)


@pytest.mark.parametrize("span", [0.003, 0.7, 1.0, 9.9, 13.0, 28.0, 71.0, 450.0, 3.3e6, 7.7e9])
def test_nice_step_gives_a_handful_of_ticks(span: float) -> None:
    assert 3 <= span / nice_step(span) <= 8


@pytest.mark.parametrize(
    ("x", "label"), [(1_500_000.0, "1.5M"), (2500.0, "2.5k"), (0.25, "0.25"), (-0.0, "0")]
)
def test_compact(x: float, label: str) -> None:
    assert compact(x) == label
