"""Regenerate docs/img/report-demo.png: the top 3,000 px of the demo report, 1280 px wide.

python docs/screenshot.py [out.png]   # chromium (Debian's, via Playwright), no download
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import figcheck
from figcheck.reports import write_html
from figcheck.reports.browser import launch

ROOT = Path(__file__).resolve().parent.parent
WIDTH, HEIGHT = 1280, 3000  # the PNG: the first 3,000 px at 1280 px (under 500 kB)


def main(out: Path = ROOT / "docs" / "img" / "report-demo.png") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.html"
        os.chdir(ROOT)  # so the report names the folder as `data/demo`
        write_html(figcheck.audit("data/demo"), report)
        with sync_playwright() as playwright:
            browser = launch(playwright)
            # A viewport as tall as the clip: the report skips rendering what is off screen
            # (content-visibility), so everything in the picture must be on screen.
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            page.goto(report.as_uri(), wait_until="load")
            page.evaluate("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))")
            clip = {"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
            page.screenshot(path=str(out), clip=clip)
            browser.close()
    print(out, f"{out.stat().st_size / 1000:.0f} kB")


if __name__ == "__main__":
    main(*(Path(a).resolve() for a in sys.argv[1:2]))
