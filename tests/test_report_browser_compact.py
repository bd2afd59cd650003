"""A report past its card and claim caps, in headless Chromium: one-line findings behave."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import figcheck
from figcheck.reports import write_html
from tests.browser_support import (
    MISSING,
    Browser,
    BrowserContext,
    Opened,
    Page,
    assert_rendered_text,
    in_viewport,
    new_context,
    open_page,
)
from tests.conftest import DEMO

pytestmark = pytest.mark.browser
if MISSING:
    pytest.skip(MISSING, allow_module_level=True)


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
