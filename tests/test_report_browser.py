"""The demo HTML report opened in headless Chromium: no errors, no requests, filters, anchors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.browser_support import (
    INJECTED,
    MISSING,
    VIEWPORT,
    Browser,
    BrowserContext,
    Opened,
    assert_rendered_text,
    card_attr,
    in_viewport,
    injected_markup,
    new_context,
    open_page,
    visible_cards,
)

pytestmark = pytest.mark.browser
if MISSING:
    pytest.skip(MISSING, allow_module_level=True)


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
