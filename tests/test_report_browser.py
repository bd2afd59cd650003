"""The demo HTML report opened in headless Chromium: no errors, no requests, filters, anchors."""

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

pytestmark = pytest.mark.browser

VIEWPORT = {"width": 1280, "height": 720}
INJECTED = ("<script>alert('pwned')</script>", "<img src=x onerror=alert(1)>")
NOT_FILE = re.compile(r"^(?!file:)")
NON_BLANK = re.compile(r"\S")

if sync_playwright is None:
    pytest.skip(
        "browser tests need the Python package playwright (pip install -e '.[dev]')",
        allow_module_level=True,
    )
if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium)",
        allow_module_level=True,
    )


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


def test_loads_without_console_errors_or_requests(opened: Opened) -> None:
    page = opened.page
    assert page.title().startswith("figcheck report")
    assert page.locator("article.finding").count() > 0
    assert page.locator("#filters").is_visible(), "the script ran and showed the filters"
    opened.assert_clean()


def test_injected_script_from_a_document_did_not_run(opened: Opened) -> None:
    page = opened.page
    assert opened.dialogs == []
    assert page.evaluate("typeof window.tracking") == "undefined"  # the Baltic page's own script
    assert injected_markup(page) == {"scripts": 1, "images": 0, "handlers": 0, "jsLinks": 0}
    for snippet in INJECTED:
        shown = page.get_by_text(snippet, exact=False)
        assert shown.count() >= 1, snippet
        assert shown.first.is_visible(), snippet
    # textContent, not innerText: innerText leaves out what content-visibility skips off screen
    assert all(s in page.locator("body").text_content() for s in INJECTED)
    opened.assert_clean()


def test_the_injection_checks_would_catch_unescaped_markup(
    context: BrowserContext, report: Path, tmp_path: Path
) -> None:
    """Negative control: the same page with the comment unescaped trips the checks above."""
    html = report.read_text(encoding="utf-8")
    escaped = "&lt;img src=x onerror=alert(<mark>1</mark>)&gt;"
    assert escaped in html
    broken = tmp_path / "broken.html"
    broken.write_text(html.replace(escaped, "<img src=x onerror=alert(1)>"), encoding="utf-8")
    opened = open_page(context, broken.as_uri())
    found = injected_markup(opened.page)
    assert found["images"] >= 1 and found["handlers"] >= 1
    assert opened.dialogs == []  # the CSP still blocks the handler (and reports it)
    assert any("Content Security Policy" in e for e in opened.console_errors())


def test_filters_change_what_is_visible(opened: Opened) -> None:
    page = opened.page
    cards = page.locator("article.finding")
    total = cards.count()
    assert len(visible_cards(page)) == total
    status = page.locator("#filter-status")
    assert status.inner_text() == f"{total} of {total} findings shown"

    for select, attribute in (
        ("#filter-severity", "data-severity"),
        ("#filter-check", "data-check"),
    ):
        values = [cards.nth(i).get_attribute(attribute) for i in range(total)]
        options = page.locator(f"{select} option").evaluate_all("os => os.map(o => o.value)")
        assert options[0] == "" and len(options) > 2, options
        counts = []
        for option in options[1:]:
            page.select_option(select, option)
            shown = visible_cards(page)
            assert len(shown) == values.count(option), (select, option)
            assert all(page.locator(f"#{i}").get_attribute(attribute) == option for i in shown)
            assert status.inner_text() == f"{len(shown)} of {total} findings shown"
            counts.append(len(shown))
        assert min(counts) < total, f"no {select} option hides anything"
        page.select_option(select, "")
        assert len(visible_cards(page)) == total

    target = cards.last.get_attribute("id") or ""
    page.fill("#filter-search", target.removeprefix("finding-"))
    assert visible_cards(page) == [target]
    page.fill("#filter-search", "no finding says this zqxj")
    assert visible_cards(page) == []
    claim_rows = page.locator("tr.claim-row")
    assert page.locator("tr.claim-row:visible").count() == claim_rows.count(), "claims have theirs"
    assert status.inner_text() == f"0 of {total} findings shown"
    page.fill("#filter-search", "")
    assert len(visible_cards(page)) == total
    assert page.locator("tr.claim-row:visible").count() == page.locator("tr.claim-row").count()
    opened.assert_clean()


def test_nothing_overflows_sideways_at_1280_px(opened: Opened) -> None:
    """The claims table fits its box: no column is cut off behind a horizontal scrollbar."""
    page = opened.page
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORT["width"]
    for wrap in page.locator(".table-wrap").all():
        assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth"), "table wider than its box"
    spilled = page.evaluate(
        """() => [...document.querySelectorAll('.claims-table th, .claims-table td')]
            .filter(cell => cell.scrollWidth > cell.clientWidth + 1)
            .map(cell => cell.textContent.trim())"""
    )
    assert spilled == [], "text spills out of its table cell (overlaps the next column)"
    assert page.locator("tr.claim-row td.findings a").first.is_visible()
    opened.assert_clean()


def in_viewport(page: Page, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    assert box is not None, selector
    return -1 <= box["y"] < VIEWPORT["height"] and box["height"] > 0  # -1: sub-pixel scroll


def test_anchor_scrolls_its_finding_into_view(context: BrowserContext, report: Path) -> None:
    first = open_page(context, report.as_uri())
    # the last card that a claim row links to (table findings have no claims to link from)
    linked_ids = first.page.locator('tr.claim-row a[href^="#finding-"]').evaluate_all(
        "els => els.map(e => e.getAttribute('href').slice(1))"
    )
    cards = first.page.locator("article.finding").evaluate_all("els => els.map(e => e.id)")
    target = [card for card in cards if card in linked_ids][-1]
    assert target.startswith("finding-")
    assert not in_viewport(first.page, f"#{target}"), "pick a card below the fold"

    linked = open_page(context, report.as_uri(), f"#{target}")
    assert linked.page.evaluate("location.hash") == f"#{target}"
    assert in_viewport(linked.page, f"#{target}")
    assert linked.page.evaluate("window.scrollY") > 0
    linked.assert_clean()

    # In-page links (the claims table points back at findings) scroll there as well.
    first.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    link = first.page.locator(f'tr.claim-row a[href="#{target}"]').first
    link.click()
    assert in_viewport(first.page, f"#{target}")
    first.assert_clean()


def assert_rendered_text(locator: Locator, pattern: re.Pattern[str] = NON_BLANK) -> None:
    """Scrolled to, `locator` renders text matching `pattern`: innerText (what is laid out), not
    textContent. Off screen, content-visibility skips the element until the next frame."""
    locator.scroll_into_view_if_needed()
    expect(locator).to_have_text(pattern, use_inner_text=True)


def test_readable_with_javascript_disabled(browser: Browser, report: Path) -> None:
    context = new_context(browser, java_script_enabled=False)
    try:
        opened = open_page(context, report.as_uri())
        page = opened.page
        messages = page.locator("article.finding p.message")
        assert messages.count() == page.locator("article.finding").count() > 0
        for i in range(messages.count()):
            assert messages.nth(i).is_visible()
            assert_rendered_text(messages.nth(i))
        assert page.locator("tr.claim-row:visible").count() == page.locator("tr.claim-row").count()
        assert not page.locator("#filters").is_visible(), "no dead filter controls without JS"
        assert not page.locator("#claim-filters").is_visible()
        assert page.locator("figure.chart svg").first.is_visible()
        assert INJECTED[0] in page.locator("body").text_content()
        opened.assert_clean()
    finally:
        context.close()


def card_attr(page: Page, attribute: str) -> list[str]:
    """`attribute` of every card, in document order (sorting moves the cards)."""
    return page.locator("article.finding").evaluate_all(
        f"els => els.map(e => e.getAttribute('{attribute}') || '')"
    )


def test_source_filter_and_sort(opened: Opened) -> None:
    page = opened.page
    total = page.locator("article.finding").count()
    ids, sources = card_attr(page, "id"), card_attr(page, "data-sources")
    options = page.locator("#filter-source option").evaluate_all("os => os.map(o => o.value)")
    assert options[0] == "" and len(options) > 2
    counts = []
    for key in options[1:]:
        page.select_option("#filter-source", key)
        expected = [i for i, s in zip(ids, sources, strict=True) if key in s.split()]
        assert visible_cards(page) == expected, key
        counts.append(len(expected))
    assert 0 < min(counts) < total
    page.select_option("#filter-source", "")

    page.select_option("#sort-findings", "gap")
    gaps = card_attr(page, "data-gap")
    numeric = [float(g) for g in gaps if g]
    assert numeric and numeric == sorted(numeric, reverse=True)
    assert gaps == [g for g in gaps if g] + [g for g in gaps if not g], "no gap sorts last"
    page.select_option("#sort-findings", "check")
    checks = card_attr(page, "data-check")
    assert checks == sorted(checks)
    page.select_option("#sort-findings", "severity")
    assert card_attr(page, "id") == ids
    assert len(visible_cards(page)) == total
    opened.assert_clean()


def test_claims_explorer_filters_by_source_unit_and_text(opened: Opened) -> None:
    page = opened.page
    rows = page.locator("tr.claim-row")
    total = rows.count()
    status = page.locator("#claim-status")
    assert page.locator("#claim-filters").is_visible()
    assert status.inner_text() == f"{total} of {total} claims shown"
    for select, attribute in (("#claim-source", "data-source"), ("#claim-unit", "data-unit")):
        values = rows.evaluate_all(f"rs => rs.map(r => r.getAttribute('{attribute}'))")
        options = page.locator(f"{select} option").evaluate_all("os => os.map(o => o.value)")
        assert options[0] == "" and len(options) > 2, select
        for option in options[1:]:
            page.select_option(select, option)
            assert page.locator("tr.claim-row:visible").count() == values.count(option), option
            assert status.inner_text() == f"{values.count(option)} of {total} claims shown"
        page.select_option(select, "")
    flagged = rows.evaluate_all("rs => rs.filter(r => r.dataset.findings !== '0').length")
    page.check("#claim-flagged")
    assert 0 < page.locator("tr.claim-row:visible").count() == flagged < total
    page.uncheck("#claim-flagged")
    page.fill("#claim-search", "no claim says this zqxj")
    assert page.locator("tr.claim-row:visible").count() == 0
    assert len(visible_cards(page)) == page.locator("article.finding").count(), "cards untouched"
    page.fill("#claim-search", "")
    assert page.locator("tr.claim-row:visible").count() == total
    # each claim with an http(s) source links to its sentence there (a text fragment)
    links = page.locator("tr.claim-row a.to-sentence").evaluate_all("as => as.map(a => a.href)")
    assert links and all(re.match(r"^https?://[^#]+#:~:text=", h) for h in links)
    opened.assert_clean()


def test_table_findings_show_their_charts(opened: Opened) -> None:
    page = opened.page
    charts = page.locator("article.finding figure.chart svg")
    assert charts.count() >= 3  # sum_of_parts (2) and mirror_tables on the demo
    for i in range(charts.count()):
        box = charts.nth(i).bounding_box()
        assert box is not None and box["width"] > 300 and box["height"] > 50
    opened.assert_clean()


# A report past its full-card budget: the demo with 3 full cards, the other findings as compact
# rows, and the claims table capped (what a 10,000-finding audit looks like, at demo size).
COMPACT = {"full_cards": 3, "max_claims": 12}


@pytest.fixture(scope="module")
def compact_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser-compact") / "report.html"
    write_html(figcheck.audit(DEMO), path, **COMPACT)
    return path


@pytest.fixture()
def compact(context: BrowserContext, compact_report: Path) -> Opened:
    return open_page(context, compact_report.as_uri())


def visible_findings(page: Page) -> list[str]:
    """Ids of the visible findings, cards and compact rows alike, in document order."""
    return [a.get_attribute("id") or "" for a in page.locator(".finding:visible").all()]


def finding_attr(page: Page, attribute: str) -> list[str]:
    return page.locator(".finding").evaluate_all(
        f"els => els.map(e => e.getAttribute('{attribute}') || '')"
    )


def test_compact_rows_are_filtered_searched_and_sorted_with_the_cards(compact: Opened) -> None:
    page = compact.page
    total = page.locator(".finding").count()
    assert page.locator("article.finding").count() == COMPACT["full_cards"]
    assert page.locator("p.finding.row").count() == total - COMPACT["full_cards"] > 5
    status = page.locator("#filter-status")
    assert status.inner_text() == f"{total} of {total} findings shown"
    ids = finding_attr(page, "id")
    for select, attribute in (
        ("#filter-severity", "data-severity"),
        ("#filter-check", "data-check"),
        ("#filter-source", "data-sources"),
    ):
        values = finding_attr(page, attribute)
        options = page.locator(f"{select} option").evaluate_all("os => os.map(o => o.value)")
        rows_shown = 0
        for option in options[1:]:
            page.select_option(select, option)
            expected = [i for i, v in zip(ids, values, strict=True) if option in v.split()]
            assert visible_findings(page) == expected, (select, option)
            assert status.inner_text() == f"{len(expected)} of {total} findings shown"
            rows_shown += page.locator("p.finding.row:visible").count()
        assert rows_shown > 0, f"{select} never shows a compact row"
        page.select_option(select, "")
    row = page.locator("p.finding.row").last
    row_id = row.get_attribute("id") or ""
    page.fill("#filter-search", row_id.removeprefix("finding-"))  # the id is searchable
    assert visible_findings(page) == [row_id]
    message = row.text_content() or ""
    page.fill("#filter-search", message.split("·")[-1].strip()[-30:].upper())
    assert row_id in visible_findings(page)
    page.fill("#filter-search", "")
    page.select_option("#sort-findings", "gap")
    gaps = finding_attr(page, "data-gap")
    numeric = [float(g) for g in gaps if g]
    assert numeric == sorted(numeric, reverse=True) and len(numeric) > COMPACT["full_cards"]
    assert gaps == [g for g in gaps if g] + [g for g in gaps if not g]
    page.select_option("#sort-findings", "severity")
    assert finding_attr(page, "id") == ids
    assert len(visible_findings(page)) == total
    compact.assert_clean()


def test_anchor_scrolls_a_compact_row_into_view(
    context: BrowserContext, compact_report: Path
) -> None:
    first = open_page(context, compact_report.as_uri())
    rows = first.page.locator("p.finding.row").evaluate_all("els => els.map(e => e.id)")
    linked_ids = first.page.locator('tr.claim-row a[href^="#finding-"]').evaluate_all(
        "els => els.map(e => e.getAttribute('href').slice(1))"
    )
    target = rows[-1]
    assert not in_viewport(first.page, f"#{target}"), "pick a row below the fold"
    linked = open_page(context, compact_report.as_uri(), f"#{target}")
    assert in_viewport(linked.page, f"#{target}")
    assert linked.page.evaluate("window.scrollY") > 0
    linked.assert_clean()

    # a claims-table link to a compact row, and the row's own badge (its permalink)
    row = [r for r in rows if r in linked_ids][-1]
    first.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    first.page.locator(f'tr.claim-row a[href="#{row}"]').first.click()
    assert in_viewport(first.page, f"#{row}")
    assert first.page.evaluate("location.hash") == f"#{row}"
    assert first.page.locator(f"#{row} a.badge").get_attribute("href") == f"#{row}"
    first.assert_clean()


def test_claims_cap_is_said_on_the_page(compact: Opened) -> None:
    page = compact.page
    total = len(figcheck.audit(DEMO).claims)
    rows = page.locator("tr.claim-row")
    assert rows.count() == COMPACT["max_claims"] < total
    note = page.locator("#claims-left-out")
    assert note.is_visible()
    assert f"shows {COMPACT['max_claims']} of the {total} claims" in note.inner_text()
    assert "JSON report" in note.inner_text()
    assert (
        page.locator("#claim-status").inner_text()
        == f"{rows.count()} of {rows.count()} claims shown"
    )
    # every claim a full card links to is in the table
    links = page.locator('article.finding a[href^="#claim-"]').evaluate_all(
        "els => els.map(e => e.getAttribute('href').slice(1))"
    )
    assert links and all(page.locator(f"#{c}").count() == 1 for c in links)
    compact.assert_clean()


def test_compact_report_readable_with_javascript_disabled(
    browser: Browser, compact_report: Path
) -> None:
    context = new_context(browser, java_script_enabled=False)
    try:
        opened = open_page(context, compact_report.as_uri())
        page = opened.page
        rows = page.locator("p.finding.row")
        assert rows.count() > 5
        for i in range(rows.count()):
            assert rows.nth(i).is_visible()
            check = rows.nth(i).get_attribute("data-check") or ""
            assert_rendered_text(rows.nth(i), re.compile(rf"^\w+ {check} .{{20}}", re.S))
        assert page.locator("#claims-left-out").is_visible()
        assert not page.locator("#filters").is_visible()
        opened.assert_clean()
    finally:
        context.close()
