"""Shared set-up of the browser tests: the demo report, headless Chromium, page recorders."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import figcheck
from figcheck.reports import write_html
from figcheck.reports.browser import CHROMIUM, launch
from tests.conftest import DEMO

try:
    from playwright.sync_api import (
        Browser,
        BrowserContext,
        Locator,
        Page,
        expect,
        sync_playwright,
    )
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None
    Browser = BrowserContext = Locator = Page = expect = Any  # type: ignore[misc,assignment]

VIEWPORT = {"width": 1280, "height": 720}
INJECTED = ("<script>alert('pwned')</script>", "<img src=x onerror=alert(1)>")
NOT_FILE = re.compile(r"^(?!file:)")
NON_BLANK = re.compile(r"\S")

MISSING = (
    "browser tests need the Python package playwright (pip install -e '.[dev]')"
    if sync_playwright is None
    else f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)"
    if not CHROMIUM.exists()
    else None
)  # why the browser tests cannot run here, or None


@dataclass
class Opened:
    """A page plus everything it reported: console messages, page errors, requests, dialogs."""

    page: Page
    url: str
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def console_errors(self) -> list[str]:
        return [text for kind, text in self.console if kind == "error"] + self.errors

    def assert_clean(self) -> None:
        assert self.console_errors() == []
        assert self.requests == [self.url], "the report must request nothing but itself"
        assert self.dialogs == []


def open_page(context: BrowserContext, url: str, fragment: str = "") -> Opened:
    """Open `url` in a new page of `context`, recording what it does before it loads."""
    page = context.new_page()
    opened = Opened(page=page, url=url)
    page.on("console", lambda m: opened.console.append((m.type, m.text)))
    page.on("pageerror", lambda e: opened.errors.append(str(e)))
    page.on("dialog", lambda d: (opened.dialogs.append(d.message), d.dismiss()))
    page.on("request", lambda r: opened.requests.append(r.url))
    page.goto(url + fragment, wait_until="load")
    return opened


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "report.html"
    write_html(figcheck.audit(DEMO), path)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()


def new_context(browser: Browser, **options: Any) -> BrowserContext:
    context = browser.new_context(viewport=VIEWPORT, **options)
    context.route(NOT_FILE, lambda route: route.abort())  # belt and braces: never reach a network
    return context


@pytest.fixture()
def context(browser: Browser) -> Iterator[BrowserContext]:
    context = new_context(browser)
    yield context
    context.close()


@pytest.fixture()
def opened(context: BrowserContext, report: Path) -> Opened:
    return open_page(context, report.as_uri())


def visible_cards(page: Page) -> list[str]:
    return [a.get_attribute("id") or "" for a in page.locator("article.finding:visible").all()]


def injected_markup(page: Page) -> dict[str, int]:
    """Elements the hostile document text would create if it were parsed as markup."""
    return page.evaluate(
        """() => ({
          scripts: document.scripts.length,
          images: document.images.length,
          handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
          jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
        })"""
    )


def in_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    assert box is not None, selector
    return -1 <= box["y"] < VIEWPORT["height"] and box["height"] > 0  # -1: sub-pixel scroll


def assert_rendered_text(locator: Locator, pattern: re.Pattern[str] = NON_BLANK) -> None:
    """Scrolled to, `locator` renders text matching `pattern`: innerText (what is laid out), not
    textContent. Off screen, content-visibility skips the element until the next frame."""
    locator.scroll_into_view_if_needed()
    expect(locator).to_have_text(pattern, use_inner_text=True)


def card_attr(page: Page, attribute: str) -> list[str]:
    """`attribute` of every card, in document order (sorting moves the cards)."""
    return page.locator("article.finding").evaluate_all(
        f"els => els.map(e => e.getAttribute('{attribute}') || '')"
    )
