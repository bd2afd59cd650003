"""Size and speed of the HTML report on a synthetic audit with 10,000 findings.

python bench/report_size.py                  # 10,000 findings, their claims, open in chromium
python bench/report_size.py --findings 2000  # smaller
python bench/report_size.py --keep out.html  # keep the page
python bench/report_size.py --full-cards 1000 --max-claims 5000  # other limits (0: none)

Builds an AuditResult by hand (no extraction, no checks): documents with two claims per conflict,
mostly `cross_source_conflict` findings (two claims, a number line), some single-claim findings
and some table findings with chart data shaped like the checks' `details.chart` (series,
histograms, digits, gaps, fingerprints). Renders it, prints the file size and render time, then
opens it via file:// in headless Debian chromium (Playwright, `executable_path`, no download)
and reads the Navigation Timing entry: DOMContentLoaded and load, in ms from the start of the
navigation, plus the first frame after load (layout and paint of what is on screen). Then it
times two interactions, each up to the next frame: the severity filter set to "warning" and a
search for "drones" with that filter still set (not part of the budget, but the filters
must stay usable at this size).
Budgets (issue 6): the file under 15 MB, open in under 2 s.
"""

from __future__ import annotations

import argparse
import math
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from figcheck.ids import claim_id
from figcheck.model import AuditResult, Document, Finding, Table
from figcheck.reports import render_html
from figcheck.reports.browser import launch
from figcheck.reports.html import FULL_CARDS, MAX_CLAIMS
from figcheck.schemas import claims_frame, findings_frame

SIZE_BUDGET = 15 * 1024 * 1024  # bytes
TIME_BUDGET = 2000.0  # ms
CLAIMS_PER_DOC = 20
OUTLETS = ["Daily Bugle", "Evening Post", "Wire Service", "Morning Star", "Regional Herald"]
SUBJECTS = ["drones shot down", "migrants detained", "exports to Kazakhstan", "wells drilled"]
TABLE_KINDS = (
    "change_points",
    "excess_vs_reported",
    "sum_of_parts",
    "digit_tests",
    "round_number_bunching",
    "mirror_tables",
    "regional_outliers",
    "integer_percent_peaks",
)


def _sentence(i: int, value: int, subject: str) -> tuple[str, str]:
    surface = f"{value:,}"
    return (
        f"Officials said on day {i % 28 + 1} that about {surface} {subject} were counted in the "
        f"region, according to a statement seen by reporters.",
        surface,
    )


def _documents(n_docs: int, folder: Path) -> list[Document]:
    return [
        Document(
            f"news/{d:05d}.txt",
            folder / f"news/{d:05d}.txt",
            "",
            {
                "outlet": OUTLETS[d % len(OUTLETS)],
                "published": f"2025-{d % 12 + 1:02d}-{d % 28 + 1:02d}",
                "url": f"https://news.example/{d:05d}",
                "standing": ("high", "medium", "low")[d % 3],
            },
        )
        for d in range(n_docs)
    ]


def _claims(
    docs: list[Document], n_claims: int, rng: np.random.Generator
) -> tuple[list[dict], dict[str, str]]:
    """Claim rows over `docs` (round robin) and each document's text (its sentences)."""
    texts: dict[str, list[str]] = {d.id: [] for d in docs}
    rows = []
    for i in range(n_claims):
        doc = docs[i % len(docs)]
        subject = SUBJECTS[i % len(SUBJECTS)]
        value = int(rng.integers(10, 50_000))
        sentence, surface = _sentence(i, value, subject)
        offset = sum(len(s) + 1 for s in texts[doc.id])
        texts[doc.id].append(sentence)
        start = offset + sentence.index(surface)
        rows.append(
            {
                "claim_id": claim_id(doc.id, start, start + len(surface)),
                "source_id": doc.id,
                "outlet": doc.meta["outlet"],
                "published": doc.meta["published"],
                "url": doc.meta["url"],
                "start": start,
                "end": start + len(surface),
                "surface": surface,
                "sentence": sentence,
                "sentence_start": offset,
                "value": float(value),
                "unit": ("count", "USD", "km")[i % 3],
                "low": value * 0.9,
                "high": value * 1.1,
                "qualifier": "approx",
                "subject": subject,
                "subject_key": subject.split()[0],
                "period": f"2025-{i % 12 + 1:02d}",
                "attributed_to": "the ministry",
                "extractor": "bench",
            }
        )
    return rows, {doc_id: " ".join(parts) for doc_id, parts in texts.items()}


def _series(rng: np.random.Generator, n: int = 120) -> list[float]:
    return (150_000 + np.cumsum(rng.normal(0, 2_000, n))).round(1).tolist()


def _table_details(kind: str, rng: np.random.Generator) -> dict:
    """Details shaped like the checks' (see checks/*.py), filled with random numbers."""
    if kind == "change_points":
        values = _series(rng)
        cps = [
            {"index": i, "label": f"{2015 + i // 12}-{i % 12 + 1:02d}", "shift": 5e3, "z": 4.0}
            for i in (30, 70)
        ]
        labels = [f"{2015 + i // 12}-{i % 12 + 1:02d}" for i in range(120)]
        return {"change_points": cps, "chart": {"labels": labels, "values": values,
                                                "fitted": values}}  # fmt: skip
    if kind == "excess_vs_reported":
        obs, base = _series(rng), _series(rng)
        labels = [f"{2015 + i // 12}-{i % 12 + 1:02d}" for i in range(120)]
        return {"period": "2020", "baseline": "2015-2019", "excess": 3e5, "excess_sd": 2e4,
                "chart": {"months": labels, "observed": obs, "baseline": base}}  # fmt: skip
    if kind == "sum_of_parts":
        totals = rng.integers(1_000, 30_000, 8).astype(float).tolist()
        return {"tolerance": 0.005, "chart": {"labels": [str(2015 + i) for i in range(8)],
                "total": totals, "sum_of_parts": [t * 0.99 for t in totals],
                "gap": [t * 0.01 for t in totals]}}  # fmt: skip
    if kind == "digit_tests":
        first = [math.log10(1 + 1 / d) for d in range(1, 10)]
        return {"first_class": "close", "second_class": "close", "last_chi2": 9.1, "chart": {
            "first": {"digits": list(range(1, 10)), "observed": first, "expected": first},
            "second": {"digits": list(range(10)), "observed": [0.1] * 10, "expected": [0.1] * 10},
            "last": {"digits": list(range(10)), "observed": [0.1] * 10, "expected": [0.1] * 10},
        }}  # fmt: skip
    if kind == "round_number_bunching":
        centers = list(range(30, 100))
        counts = rng.integers(100, 3_000, len(centers)).tolist()
        return {"round_bins": [{"value": float(c)} for c in centers if c % 5 == 0],
                "chart": {"bin_width": 1.0, "centers": centers, "counts": counts,
                          "counterfactual": counts}}  # fmt: skip
    if kind == "mirror_tables":
        return {"mirror": {"column": "exports", "other_column": "imports", "tolerance": 0.05},
                "other_table": "tables/partner.csv",
                "gaps": [{"key": {"year": 2015 + i}, "value": 8700.0 + i, "other_value": 9400.0,
                          "relative_gap": 0.077} for i in range(3)]}  # fmt: skip
    if kind == "regional_outliers":
        x, y = rng.beta(8, 4, 90_000), rng.beta(9, 3, 90_000)
        edges = np.linspace(0, 1, 51)
        grid = np.histogram2d(x, y, bins=(edges, edges))[0].astype(int).tolist()
        axes = ["turnout", "share"]
        return {"metrics": ["turnout", "leader share"], "worst": [],
                "chart": {"fingerprint": grid, "fingerprint_axes": axes}}  # fmt: skip
    hist = rng.integers(0, 400, 1000).tolist()
    return {"observed": 19_000, "null_mean": 16_400.0, "null_sd": 111.0, "draws": 1000,
            "chart": {"bin_width_pp": 0.1, "turnout_hist": hist, "leader_share_hist": hist,
                      "null_hist": rng.integers(0, 100, 20).tolist(),
                      "null_hist_edges": np.linspace(16_000, 16_800, 21).tolist()}}  # fmt: skip


def synthetic(n_findings: int, *, table_share: float = 0.02, seed: int = 0) -> AuditResult:
    """An AuditResult with `n_findings` findings (mostly two-claim conflicts) and their claims."""
    rng = np.random.default_rng(seed)
    folder = Path("/bench/synthetic")
    n_table = int(n_findings * table_share)
    n_single = n_findings // 20
    n_conflict = n_findings - n_table - n_single
    n_claims = 2 * n_conflict + n_single
    docs = _documents(max(2, math.ceil(n_claims / CLAIMS_PER_DOC)), folder)
    claims, texts = _claims(docs, n_claims, rng)
    docs = [Document(d.id, d.path, texts[d.id], d.meta) for d in docs]
    findings = []
    for i in range(n_conflict):
        a, b = claims[2 * i], claims[2 * i + 1]
        gap = abs(a["value"] - b["value"]) / max(a["value"], b["value"])
        findings.append(
            Finding(
                check="cross_source_conflict",
                severity=("error", "warning", "info")[i % 3],
                message=f"{a['outlet']} says {a['surface']} {a['subject']}, {b['outlet']} says "
                f"{b['surface']} (relative gap {gap:.1%}).",
                claim_ids=[a["claim_id"], b["claim_id"]],
                statistic=gap,
                details={
                    "key": f"{a['subject']} | count | {a['period']}",
                    "why_linked": "same subject, unit and period",
                    "gap": abs(a["value"] - b["value"]),
                    "relative_gap": gap,
                    "intervals": [
                        {
                            "claim_id": c["claim_id"],
                            "low": c["low"],
                            "high": c["high"],
                            "unit": "count",
                            "standing": "high",
                        }
                        for c in (a, b)
                    ],  # fmt: skip
                },
            )
        )
    for i in range(n_single):
        c = claims[2 * n_conflict + i]
        findings.append(
            Finding(
                check="part_exceeds_whole",
                severity="error",
                message=f"{c['outlet']}: the part {c['surface']} is larger than its whole.",
                claim_ids=[c["claim_id"]],
                details={"part": c["value"], "whole": c["value"] / 2},
            )
        )
    tables = []
    for i in range(n_table):
        kind = TABLE_KINDS[i % len(TABLE_KINDS)]
        table_id = f"tables/{kind}_{i:04d}.csv"
        tables.append(Table(table_id, folder / table_id, _frame(), {"format": "csv"}))
        findings.append(
            Finding(
                check=kind,
                severity="warning",
                message=f"{table_id}: synthetic {kind} finding for the report bench.",
                table=table_id,
                source_ids=[table_id],
                statistic=0.03,
                details=_table_details(kind, rng),
            )
        )
    return AuditResult(
        folder=folder,
        documents=docs,
        tables=tables,
        claims=claims_frame(claims),
        findings=findings_frame(findings),
        checks_run=["cross_source_conflict", "part_exceeds_whole", *TABLE_KINDS],
    )


def _frame():
    import pandas as pd

    return pd.DataFrame({"year": [2020, 2021], "value": [1.0, 2.0]})


# An interaction, timed from the event to the first frame after it (`setTimeout` in a frame
# callback runs after that frame's style, layout and paint).
INTERACTION = """([id, value, type]) => new Promise(resolve => {
  const el = document.getElementById(id), start = performance.now();
  el.value = value;
  el.dispatchEvent(new Event(type));
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
})"""
INTERACTIONS = {
    "filter": ("filter-severity", "warning", "change"),
    "search": ("filter-search", "drones", "input"),
}


def browser_timings(path: Path, runs: int) -> dict[str, float]:
    """Median DOMContentLoaded, load, first-frame and interaction times (ms) over `runs` pages."""
    from playwright.sync_api import sync_playwright

    got: dict[str, list[float]] = {
        "dcl": [],
        "load": [],
        "frame": [],
        **{k: [] for k in INTERACTIONS},
    }
    with sync_playwright() as playwright:
        browser = launch(playwright)
        for _ in range(runs):
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            requests: list[str] = []
            context.route(lambda url: not url.startswith("file:"), lambda r: r.abort())
            page = context.new_page()
            page.on("request", lambda r, seen=requests: seen.append(r.url))
            page.goto(path.as_uri(), wait_until="load", timeout=120_000)
            nav = page.evaluate(
                """() => new Promise(resolve => requestAnimationFrame(() => {
                     const n = performance.getEntriesByType('navigation')[0];
                     resolve({dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,
                              frame: performance.now()});
                   }))"""
            )
            for key, args in INTERACTIONS.items():
                nav[key] = page.evaluate(INTERACTION, list(args))
            if requests != [path.as_uri()]:
                raise SystemExit(f"the report made requests: {requests[1:]}")
            for key in got:
                got[key].append(float(nav[key]))
            context.close()
        browser.close()
    return {key: statistics.median(values) for key, values in got.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--findings", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="page loads (median is reported)")
    parser.add_argument("--keep", type=Path, help="write the page here and keep it")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--full-cards", type=int, default=FULL_CARDS, help="0: all")
    parser.add_argument("--max-claims", type=int, default=MAX_CLAIMS, help="0: all")
    args = parser.parse_args(argv)
    limits = {"full_cards": args.full_cards or None, "max_claims": args.max_claims or None}

    start = time.perf_counter()
    result = synthetic(args.findings)
    built = time.perf_counter() - start
    start = time.perf_counter()
    html = render_html(result, **limits)
    render_s = time.perf_counter() - start
    data = html.encode("utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "report.html"
        path.write_bytes(data)
        timings = {} if args.no_browser else browser_timings(path, args.runs)

    n_claims = len(result.claims)
    print(
        f"# HTML report bench: {len(result.findings):,} findings, {n_claims:,} claims, "
        f"{len(result.documents):,} documents, {len(result.tables):,} tables"
    )
    cards, rows = html.count('<article class="finding'), html.count('<p class="finding row')
    claim_rows = html.count('<tr class="claim-row')
    print(
        f"# shown: {cards:,} full cards, {rows:,} compact rows, {claim_rows:,} claim rows "
        f"(full_cards={limits['full_cards']}, max_claims={limits['max_claims']})"
    )
    print(
        f"# {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}; synthetic result built in "
        f"{built:.1f} s; median of {args.runs} page loads"
    )
    print()
    print("| measure | value | budget | ratio |")
    print("|---|---:|---:|---:|")
    mb = len(data) / 1024 / 1024
    print(f"| file size | {mb:,.2f} MB | 15 MB | {len(data) / SIZE_BUDGET:.2f} |")
    print(f"| render (Python) | {render_s * 1000:,.0f} ms | | |")
    names = {"dcl": "DOMContentLoaded", "load": "load", "frame": "first frame after load"}
    for key, name in names.items():
        if key in timings:
            ms = timings[key]
            print(f"| {name} | {ms:,.0f} ms | 2,000 ms | {ms / TIME_BUDGET:.2f} |")
    labels = {"filter": "filter: severity = warning", "search": 'search "drones"'}
    for key, name in labels.items():
        if key in timings:
            print(f"| {name} | {timings[key]:,.0f} ms | | |")
    over = len(data) > SIZE_BUDGET or any(timings.get(k, 0) > TIME_BUDGET for k in names)
    print()
    print("over budget" if over else "within budget")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
