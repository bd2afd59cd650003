"""Regenerate docs/img/report-demo.png: the demo report, full page, 1280 px wide, in chromium."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import figcheck
from figcheck.reports import write_html

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def main(out: Path = ROOT / "docs" / "img" / "report-demo.png") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        os.chdir(ROOT)  # so the report names the folder as `data/demo`
        write_html(figcheck.audit("data/demo"), report)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.goto(report.as_uri())
            page.screenshot(path=str(out), full_page=True)
            browser.close()
    print(out)


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:2]))
