"""Charts for table findings, on the details the checks really write (demo, mortality, 2024)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

import figcheck
from figcheck.reports import render_html
from figcheck.reports.charts import CHARTS, Chart, charts_for
from figcheck.reports.charts.fingerprint import level
from figcheck.reports.charts.series import _month_range, label_ticks
from figcheck.reports.charts.svg import Shape, shape
from tests.conftest import ROOT

ELECTIONS = ROOT / "data" / "elections"
MORTALITY = ROOT / "data" / "mortality"
SCRIPT = "<script>alert('chart')</script>"


@pytest.fixture(scope="module")
def election(tmp_path_factory: pytest.TempPathFactory) -> figcheck.AuditResult:
    """The 2024 election with its own checks, the integer-percent null cut to 50 draws."""
    folder = tmp_path_factory.mktemp("elections")
    shutil.copy(ELECTIONS / "2024.csv.gz", folder)
    config = (ELECTIONS / "figcheck.toml").read_text(encoding="utf-8")
    section = config[config.index('[tables."2024.csv.gz"]') :]
    (folder / "figcheck.toml").write_text(section.replace("draws = 1000", "draws = 50"), "utf-8")
    return figcheck.audit(folder)


@pytest.fixture(scope="module")
def mortality() -> figcheck.AuditResult:
    return figcheck.audit(MORTALITY)


def finding(result: figcheck.AuditResult, check: str, severity: str | None = None) -> dict:
    rows = [
        r
        for r in result.findings.to_dict("records")
        if r["check"] == check and (severity is None or r["severity"] == severity)
    ]
    assert rows, check
    return rows[0]


def drawn(f: dict[str, Any]) -> list[Chart]:
    charts, missing = charts_for(f)
    assert missing == []
    assert charts
    for chart in charts:
        for s in chart.shapes:
            assert not any(v in {"nan", "inf", "-inf"} for _, v in s.attrs), (chart.kind, s)
    return charts


def of(chart: Chart, tag: str, cls: str | None = None) -> list[Shape]:
    return [
        s
        for s in chart.shapes
        if s.tag == tag and (cls is None or cls in dict(s.attrs).get("class", "").split())
    ]


def attr(s: Shape, name: str) -> float:
    return float(dict(s.attrs)[name])


def test_integer_percent_null_band_and_histograms(election: figcheck.AuditResult) -> None:
    f = finding(election, "integer_percent_peaks")
    band, hist = drawn(f)
    assert (band.kind, hist.kind) == ("null-band", "integer-histogram")
    d = f["details"]
    (shade,) = of(band, "rect", "band")
    (observed,) = of(band, "line", "alert")
    # 2024: z ~ 26, so the observed count is far to the right of the null mean +- 2 SD
    assert attr(observed, "x1") > attr(shade, "x") + attr(shade, "width")
    assert len(of(band, "rect", "bar")) == len(d["chart"]["null_hist"])
    assert f"observed {d['observed']:,}" in [s.text for s in of(band, "text")]
    turnout, share = of(hist, "path", "series")
    for path in (turnout, share):  # one horizontal step per 0.1-pp bin
        assert dict(path.attrs)["d"].count("H") == len(d["chart"]["turnout_hist"]) == 1000


def test_fingerprint_heat_map(election: figcheck.AuditResult) -> None:
    f = finding(election, "regional_outliers")
    (chart,) = drawn(f)
    grid = f["details"]["chart"]["fingerprint"]
    cells = [s for s in of(chart, "rect") if re.fullmatch(r"h\d", dict(s.attrs)["class"])]
    legend_keys = 8
    assert len(cells) == sum(1 for row in grid for c in row if c > 0) + legend_keys
    assert len(of(chart, "circle", "ring")) == len(f["details"]["worst"])
    # the densest cell is the darkest class
    top = max(max(r) for r in grid)
    assert level(top, top) == 8 and level(1, top) == 1 and level(0, top) == 0
    assert "turnout × leader share" in chart.title


def test_digits_against_benford(election: figcheck.AuditResult) -> None:
    f = finding(election, "digit_tests")
    (chart,) = drawn(f)
    assert len(of(chart, "rect", "bar")) == 9 + 10 + 10
    titles = [s.text for s in of(chart, "text", "panel-title")]
    assert titles[0] == f"first digit ({f['details']['first_class']})"
    assert [t.split()[0] for t in titles] == ["first", "second", "last"]


def test_bunching_marks_the_round_bins(election: figcheck.AuditResult) -> None:
    f = finding(election, "round_number_bunching")
    (chart,) = drawn(f)
    bars = of(chart, "rect", "bar")
    rounds = [s for s in bars if "round" in dict(s.attrs)["class"]]
    assert len(rounds) == len(f["details"]["round_bins"])
    assert len(of(chart, "rect", "bar")) == len(f["details"]["chart"]["counts"])


def test_change_points_are_marked(mortality: figcheck.AuditResult) -> None:
    f = finding(mortality, "change_points")
    (chart,) = drawn(f)
    found = f["details"]["change_points"]
    assert len(found) >= 2
    assert len(of(chart, "line", "alert")) == len(found)
    for cp in found:
        assert cp["label"] in chart.caption
    assert [s.text for s in of(chart, "text", "alert-text")] == [
        str(i) for i in range(1, len(found) + 1)
    ]


def test_excess_against_baseline(mortality: figcheck.AuditResult) -> None:
    f = finding(mortality, "excess_vs_reported")
    (chart,) = drawn(f)
    (period,) = of(chart, "rect", "period")
    (baseline_years,) = of(chart, "rect", "baseline-years")
    assert attr(baseline_years, "width") == pytest.approx(5 * attr(period, "width"), rel=1e-3)
    (area,) = of(chart, "polygon", "excess")
    assert len(dict(area.attrs)["points"].split()) == 2 * 12
    assert f"excess {f['details']['excess']:,.0f}" in chart.caption


def test_sum_of_parts_and_mirror_gaps(demo_result: figcheck.AuditResult) -> None:
    f = finding(demo_result, "sum_of_parts", "error")
    (chart,) = drawn(f)
    flagged = [s.text for s in of(chart, "text", "alert-text")]
    assert flagged == ["+3.0%"]  # 2020: 19,570 against 6,400 + 12,600
    assert len(of(chart, "circle", "dot-a")) == len(f["details"]["chart"]["labels"])
    m = finding(demo_result, "mirror_tables", "error")
    (chart,) = drawn(m)
    assert [s.text for s in of(chart, "text", "alert-text")] == ["7.7%"]


def test_every_charted_check_is_covered() -> None:
    assert set(CHARTS) == {
        "integer_percent_peaks",
        "change_points",
        "excess_vs_reported",
        "digit_tests",
        "round_number_bunching",
        "regional_outliers",
        "sum_of_parts",
        "mirror_tables",
    }


def test_missing_details_are_reported_not_drawn() -> None:
    charts, missing = charts_for({"check": "change_points", "details": {"points": 3}})
    assert charts == [] and missing == ["change_points: details.chart.values"]
    charts, missing = charts_for(
        {"check": "regional_outliers", "details": {"chart": {"scores": [1.0]}}}
    )
    assert charts == [] and "fingerprint" in missing[0]
    broken = {"check": "digit_tests", "details": {"chart": {"first": {"digits": "x"}}}}
    assert charts_for(broken)[0] == [] and charts_for(broken)[1]
    assert charts_for({"check": "cross_source_conflict", "details": {}}) == ([], [])


def test_only_allowed_svg_tags_and_attributes() -> None:
    with pytest.raises(ValueError):
        shape("script", "x")
    with pytest.raises(ValueError):
        shape("rect", onload="alert(1)")
    with pytest.raises(ValueError):
        Shape("rect", (("style", "fill:red"),))
    assert shape("rect", cls="bar", x=1.25, text_anchor="end").attrs == (
        ("class", "bar"),
        ("x", "1.2"),
        ("text-anchor", "end"),
    )


def test_labels_from_tables_are_escaped_in_the_page(demo_result: figcheck.AuditResult) -> None:
    result = figcheck.AuditResult(**{**vars(demo_result)})
    rows = result.findings.to_dict("records")
    for row in rows:
        if row["check"] == "sum_of_parts" and row["severity"] == "error":
            row["details"] = {**row["details"], "chart": {**row["details"]["chart"]}}
            row["details"]["chart"]["labels"] = [SCRIPT, *row["details"]["chart"]["labels"][1:]]
    result.findings = type(result.findings)(rows)
    html = render_html(result)
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(&#39;chart&#39;)&lt;/script&gt;" in html  # the tooltip
    assert html.count("<script>") == 1


def test_the_report_draws_the_charts_and_not_their_data(
    election: figcheck.AuditResult, tmp_path: Path
) -> None:
    html = render_html(election)
    assert html.count('<figure class="chart ') == 5
    assert "turnout_hist" not in html  # chart data is drawn, not dumped into the evidence
    assert len(html) < 400_000


def test_helpers() -> None:
    assert _month_range("2020") == ("2020-01", "2020-12")
    assert _month_range("2020-03") == ("2020-03", "2020-03")
    assert _month_range("2020-03/2021") == ("2020-03", "2021-12")
    assert _month_range("2015-2019") == ("2015-01", "2019-12")
    assert _month_range("last year") is None
    months = [f"{y}-{m:02d}" for y in range(2015, 2025) for m in range(1, 13)]
    assert [months[i] for i in label_ticks(months)] == [f"{y}-01" for y in range(2015, 2025, 2)]
    assert label_ticks([str(i) for i in range(20)]) == list(range(0, 20, 3))
