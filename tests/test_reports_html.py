"""HTML report: escaping, no external resources, anchors, marks, CSP, the number line."""

from __future__ import annotations

import base64
import hashlib
import html as htmllib
import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from figcheck.reports import WRITERS, render_html, write_html
from figcheck.reports.html import _evidence, environment, safe_href, sentence_parts
from tests.test_reports_fixtures import (
    EVIL_URL,
    IMG,
    SAFE_URL,
    SCRIPT,
    make_ingest_only_result,
    make_result,
)


class Page(HTMLParser):
    """Collects tags, attributes, ids, <mark> texts and inline <script>/<style> bodies."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.marks: list[str] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._open.append(tag)
        if tag == "script":
            self.scripts.append("")
        elif tag == "style":
            self.styles.append("")
        elif tag == "mark":
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        where = self._open[-1] if self._open else ""
        target = {"script": self.scripts, "style": self.styles, "mark": self.marks}.get(where)
        if target is not None:
            target[-1] += data

    def attr_values(self, name: str) -> list[str]:
        return [a[name] or "" for _, a in self.tags if name in a]


@pytest.fixture(scope="module")
def page_html() -> str:
    return render_html(make_result())


@pytest.fixture(scope="module")
def page(page_html: str) -> Page:
    parser = Page()
    parser.feed(page_html)
    parser.close()
    return parser


def test_hostile_text_is_escaped_not_markup(page_html: str) -> None:
    assert "<script>alert" not in page_html
    assert "<img" not in page_html
    assert "<b>Bugle" not in page_html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in page_html
    assert "&lt;img src=x onerror=alert(1)&gt;" in page_html


def test_no_event_handler_attributes_and_only_our_script(page: Page) -> None:
    assert not [(t, k) for t, attrs in page.tags for k in attrs if k.lower().startswith("on")]
    assert [t for t, _ in page.tags].count("script") == 1
    assert "alert" not in page.scripts[0]
    assert not [t for t, _ in page.tags if t in {"img", "iframe", "object", "embed", "link"}]
    assert not page.attr_values("src")


def test_only_source_urls_are_http_and_no_javascript_href(page_html: str, page: Page) -> None:
    found = {htmllib.unescape(u) for u in re.findall(r"https?://[^\s\"'<>]+", page_html)}
    assert {u.split("#:~:text=")[0] for u in found} == {SAFE_URL}
    hrefs = page.attr_values("href")
    assert SAFE_URL in hrefs
    # links to a claim's sentence: the source URL plus a text fragment (percent-encoded)
    to_sentence = [h for h in hrefs if h.startswith(SAFE_URL + "#:~:text=")]
    assert to_sentence
    assert all(re.fullmatch(r"[A-Za-z0-9%._~,]+", h.split("#:~:text=")[1]) for h in to_sentence)
    assert all(h.startswith("#") or h == SAFE_URL or h in to_sentence for h in hrefs)
    assert not [h for h in hrefs if "javascript" in h.lower()]
    external = [a for t, a in page.tags if t == "a" and not (a.get("href") or "#").startswith("#")]
    assert all("noopener" in (a.get("rel") or "") for a in external)
    assert EVIL_URL in page_html  # shown as text, not as a link


def test_no_external_resources_in_css(page: Page) -> None:
    css = page.styles[0]
    assert "@import" not in css and "url(" not in css


def test_csp_pins_the_inline_script_and_style_by_hash(page: Page) -> None:
    metas = [a for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert len(metas) == 1 and metas[0]["http-equiv"] == "Content-Security-Policy"
    csp = metas[0]["content"] or ""
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp

    def digest(body: str) -> str:
        return base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()

    assert f"script-src 'sha256-{digest(page.scripts[0])}'" in csp
    assert f"style-src 'sha256-{digest(page.styles[0])}'" in csp
    # the CSP must come before anything it governs
    names = [t for t, _ in page.tags]
    assert names.index("meta") < names.index("style") < names.index("script")


def test_every_finding_has_its_anchor(page: Page) -> None:
    ids = page.attr_values("id")
    assert len(ids) == len(set(ids))
    for finding_id in make_result().findings["finding_id"]:
        assert f"finding-{finding_id}" in ids
        assert f"#finding-{finding_id}" in page.attr_values("href")


def test_number_is_marked_inside_escaped_sentence(page_html: str, page: Page) -> None:
    assert {"40", "12", "650"} <= set(page.marks)
    assert "&lt;/script&gt; that more than <mark>40</mark> drones were shot down" in page_html
    assert "Of 500 migrants, <mark>650</mark> were detained" in page_html


def test_conflict_card_shows_both_claims_and_an_open_ended_number_line(page_html: str) -> None:
    conflict_id = make_result().findings.query("check == 'cross_source_conflict'")["finding_id"]
    start = page_html.index(f'id="finding-{conflict_id.iloc[0]}"')
    card = page_html[start : page_html.index("</article>", start)]
    assert card.count('class="claim"') == 2
    assert "news/a.txt" in card and "news/b.txt" in card
    assert "2025-03-15" in card and "2025-03-16" in card
    assert "40 – ∞" in card
    assert "<svg" in card and 'class="arrow"' in card and 'class="dot"' in card


def test_readable_without_javascript(page: Page) -> None:
    hidden = [a.get("id") for _, a in page.tags if "hidden" in a]
    assert hidden == ["filters", "claim-filters"]  # only the JS controls start hidden


def test_ingest_only_result_renders(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    write_html(make_ingest_only_result(), path)
    out = path.read_text(encoding="utf-8")
    assert "No claims were extracted." in out
    assert "<script>alert" not in out
    assert "could not decode news/&lt;script&gt;" in out


def test_registry_writes_html(tmp_path: Path) -> None:
    WRITERS["html"](make_result(), tmp_path / "r.html")
    assert (tmp_path / "r.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_templates_autoescape() -> None:
    env = environment()
    assert env.autoescape is True
    assert env.from_string("{{ x }}").render(x=IMG) == "&lt;img src=x onerror=alert(1)&gt;"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://example.org", "HTTP://example.org"),
        (" https://example.org ", "https://example.org"),
        ("javascript:alert(1)", None),
        (" JavaScript:alert(1)", None),
        ("java\tscript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//evil.example/x", None),
        ("https://", None),
        ("https://exa mple.org", None),
        (None, None),
    ],
)
def test_safe_href(url: str | None, expected: str | None) -> None:
    assert safe_href(url) == expected


def test_sentence_parts_falls_back_when_offsets_do_not_match() -> None:
    claim = {"sentence": f"{SCRIPT} says 7 died", "surface": "7", "start": 0, "end": 1}
    claim["sentence_start"] = 0
    assert sentence_parts(claim) == (f"{SCRIPT} says ", "7", " died")
    claim["surface"] = "nine"
    assert sentence_parts(claim) == (claim["sentence"], "", "")


NODE_HARNESS = r"""
const handlers = {};
function control(id, value) {
  return { id, value, hidden: true, textContent: "", checked: false,
           addEventListener(type, fn) { handlers[id + ":" + type] = fn; } };
}
function item(attrs, text) {
  return { hidden: false, textContent: text, getAttribute: (k) => attrs[k] ?? null };
}
const els = {};
for (const id of ["filters", "filter-severity", "filter-check", "filter-source", "filter-search",
                  "filter-status", "claim-filters", "claim-source", "claim-unit", "claim-search",
                  "claim-flagged", "claim-status"]) {
  els[id] = control(id, "");
}
els["sort-findings"] = control("sort-findings", "severity");
const appended = [];
els["finding-list"] = { appendChild: (frag) => appended.push(...frag.children) };
const cards = [
  item({"data-severity": "error", "data-check": "b", "data-sources": "source-1 source-2",
        "data-gap": "0.1", id: "f0"}, "Drones 40"),
  item({"data-severity": "warning", "data-check": "a", "data-sources": "source-2",
        "data-gap": "0.5", id: "f1"}, "Migrants 650"),
  item({"data-severity": "info", "data-check": "a", "data-sources": "source-3",
        "data-gap": "", id: "f2"}, "Table"),
];
const rows = [
  item({"data-source": "source-1", "data-unit": "drone", "data-findings": "1"}, "drones 40"),
  item({"data-source": "source-2", "data-unit": "person", "data-findings": "0"}, "migrants"),
];
globalThis.document = { getElementById: (id) => els[id] ?? null,
  createDocumentFragment: () => ({ children: [], appendChild(c) { this.children.push(c); } }),
  querySelectorAll: (sel) => sel === ".finding" ? cards : sel === ".claim-row" ? rows : [] };
eval(require("fs").readFileSync(0, "utf8"));
const hidden = () => cards.map((c) => c.hidden);
const out = [els.filters.hidden, els["filter-status"].textContent, els["claim-filters"].hidden,
             els["claim-status"].textContent];
els["filter-severity"].value = "warning"; handlers["filter-severity:change"]();
out.push(hidden());
els["filter-severity"].value = ""; handlers["filter-severity:change"]();
els["filter-search"].value = " DRONES "; handlers["filter-search:input"]();
out.push(hidden(), rows.map((r) => r.hidden), els["filter-status"].textContent);
els["filter-search"].value = "F2"; handlers["filter-search:input"]();
out.push(hidden());
els["filter-search"].value = ""; handlers["filter-search:input"]();
els["filter-source"].value = "source-2"; handlers["filter-source:change"]();
out.push(hidden());
els["filter-source"].value = ""; handlers["filter-source:change"]();
for (const key of ["gap", "check", "severity"]) {
  els["sort-findings"].value = key; appended.length = 0; handlers["sort-findings:change"]();
  out.push(appended.map((c) => c.getAttribute("id")));
}
els["claim-unit"].value = "person"; handlers["claim-unit:change"]();
out.push(rows.map((r) => r.hidden), els["claim-status"].textContent);
els["claim-unit"].value = ""; els["claim-flagged"].checked = true;
handlers["claim-flagged:change"]();
out.push(rows.map((r) => r.hidden));
els["claim-flagged"].checked = false; els["claim-search"].value = "MIGR";
handlers["claim-search:input"]();
out.push(rows.map((r) => r.hidden));
els["claim-search"].value = ""; els["claim-source"].value = "source-1";
handlers["claim-source:change"]();
out.push(rows.map((r) => r.hidden));
console.log(JSON.stringify(out));
"""


@pytest.mark.skipif(shutil.which("node") is None, reason="needs node to run the inline script")
def test_inline_script_filters_sorts_and_explores_claims(page: Page) -> None:
    run = subprocess.run(
        ["node", "-e", NODE_HARNESS],
        input=page.scripts[0],
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    assert json.loads(run.stdout) == [
        False,
        "3 of 3 findings shown",
        False,
        "2 of 2 claims shown",
        [True, False, True],  # severity = warning
        [False, True, True],  # search "drones" (findings only) ...
        [False, False],  # ... leaves the claims table alone
        "1 of 3 findings shown",
        [True, True, False],  # search by finding id (compact rows carry no id text)
        [False, False, True],  # source-2
        ["f1", "f0", "f2"],  # sorted by gap, largest first, no gap last
        ["f1", "f2", "f0"],  # by check, then severity order
        ["f0", "f1", "f2"],  # back to severity
        [True, False],  # claims: unit = person
        "1 of 2 claims shown",
        [False, True],  # only claims in findings
        [True, False],  # claims: text
        [False, True],  # claims: source
    ]


def test_evidence_leaves_out_blank_details() -> None:
    """An empty detail (e.g. a conversion's `how` when no rate was used) is not a bare label."""
    finding = {"statistic": 0.2, "details": {"how": "", "pad": "  ", "gone": None, "to_unit": "mi"}}
    assert _evidence(finding) == [("statistic", "0.2"), ("to_unit", "mi")]


def parsed(html: str) -> Page:
    parser = Page()
    parser.feed(html)
    parser.close()
    return parser


def test_findings_past_full_cards_are_compact_rows_with_their_anchors() -> None:
    result = make_result()
    html = render_html(result, full_cards=1)
    parsed_page = parsed(html)
    cards = [
        a for t, a in parsed_page.tags if t == "article" and "finding" in (a.get("class") or "")
    ]
    rows = [a for t, a in parsed_page.tags if t == "p" and "finding row" in (a.get("class") or "")]
    assert len(cards) == 1 and len(rows) == len(result.findings) - 1
    ids = parsed_page.attr_values("id")
    assert len(ids) == len(set(ids))
    for finding_id in result.findings["finding_id"]:
        assert ids.count(f"finding-{finding_id}") == 1
        assert f"#finding-{finding_id}" in parsed_page.attr_values("href")  # badge or card link
    for row in rows:  # what the filters and sort read, on rows as on cards
        assert {"data-severity", "data-check", "data-sources", "data-gap"} <= row.keys()
        assert f"sev-{row['data-severity']}" in (row["class"] or "")
    assert "The 1 most severe finding is shown in full" in html
    assert "the other 4 as one line each" in html


def test_compact_rows_escape_their_message() -> None:
    html = render_html(make_result(), full_cards=0)
    assert "<article" not in html and "<script>alert" not in html
    assert "news/b.txt says 12 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>" in html
    assert "<svg" not in html.split('id="claims"')[0], "no number line without a card"


def test_all_full_cards_and_claims_without_limits() -> None:
    result = make_result()
    html = render_html(result, full_cards=None, max_claims=None)
    assert html.count('<article class="finding') == len(result.findings)
    assert 'class="finding row' not in html and 'class="note"' not in html
    assert html.count('<tr class="claim-row"') == len(result.claims)


def test_claims_table_cap_keeps_the_claims_of_full_cards_and_says_so() -> None:
    result = make_result()
    html = render_html(result, full_cards=1, max_claims=1)
    parsed_page = parsed(html)
    rows = [a["id"] for t, a in parsed_page.tags if t == "tr" and a.get("class") == "claim-row"]
    conflict = result.findings.iloc[0]
    assert conflict["check"] == "cross_source_conflict"
    assert sorted(rows) == sorted(f"claim-{c}" for c in conflict["claim_ids"])  # 2 > max 1
    claim_links = {h[1:] for h in parsed_page.attr_values("href") if h.startswith("#claim-")}
    assert claim_links <= set(rows), "every claim link in a card lands on a row"
    assert "This table shows 2 of the 3 claims" in html
    assert "1 claim is left out here; the JSON report" in html
    assert "<li><strong>3</strong> claims</li>" in html and "Claims (3)" in html


def test_no_inline_styles(page: Page) -> None:
    """The CSP allows the one hashed <style>; a style attribute would be blocked (and bloat)."""
    big = parsed(render_html(make_result(), full_cards=1, max_claims=1))
    for parsed_page in (page, big):
        assert not parsed_page.attr_values("style")
