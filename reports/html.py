"""A self-contained HTML report: escaped, no external resources, inline CSS and JS pinned by CSP."""

from __future__ import annotations

import base64
import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from figcheck.model import AuditResult

from ._common import (
    check_names,
    claims_by_id,
    finding_sources,
    fmt_interval,
    fmt_number,
    is_missing,
    ordered_findings,
    package_version,
    plural,
    records,
    severity_counts,
    text,
)
from .charts import charts_for
from .json_report import jsonable
from .links import anchor, safe_href, sentence_href, sentence_parts
from .numberline import number_line

TEMPLATES = Path(__file__).parent / "templates"
EVIDENCE = ("expected", "observed", "statistic", "p_value", "table", "column")
HIDDEN_DETAILS = ("intervals", "chart")  # drawn (number line, charts), not listed
GAP_STATISTIC = ("sum_of_parts", "mirror_tables")  # checks whose statistic is a relative gap
TOP_FINDINGS = 5  # the summary lists this many of the most severe findings
# Size budget (issue 6: 10,000 findings open in under 2 s, under 15 MB): the most severe findings
# get a full card, the others one line each; the claims table is capped (the JSON has them all).
FULL_CARDS = 300  # findings shown as full cards, most severe first; None: all of them
MAX_CLAIMS = 2000  # rows of the claims table (never fewer than the full cards' claims); None: all
CLAIM_CHUNK = 100  # claims table rows per block that the browser may skip while off screen


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment: autoescaping on for every template, undefined names are errors."""
    return Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def _source_link(source_id: str, metas: dict[str, dict]) -> dict[str, Any]:
    return {"id": source_id, "anchor": anchor("source", source_id) if source_id in metas else None}


def _claim_view(claim: dict, metas: dict[str, dict], interval: dict | None = None) -> dict:
    """One claim as shown in a card or table row; `interval` (from a finding) overrides low/high."""
    bounds = interval if interval and {"low", "high"} <= interval.keys() else claim
    low, high = bounds["low"], bounds["high"]
    before, mark, after = sentence_parts(claim)
    source_id = str(claim["source_id"])
    url = claim.get("url")
    url = url if not _blank(url) else metas.get(source_id, {}).get("url")
    return {
        "claim_id": claim["claim_id"],
        "anchor": f"claim-{claim['claim_id']}",
        "source": _source_link(source_id, metas),
        "source_key": anchor("source", source_id),
        "sentence_href": sentence_href(url, claim.get("sentence")),
        "outlet": text(claim.get("outlet"), "—"),
        "published": text(claim.get("published"), "—"),
        "before": before,
        "mark": mark,
        "after": after,
        "surface": text(claim.get("surface")),
        "value": fmt_number(claim.get("value")),
        "unit": text((interval or {}).get("unit", claim.get("unit"))),
        "standing": text(metas.get(str(claim["source_id"]), {}).get("standing")),
        "low": low,
        "high": high,
        "interval": fmt_interval(low, high),
        **{k: text(claim.get(k)) for k in ("qualifier", "subject", "period", "attributed_to")},
    }


def _display(value: Any) -> str:
    """Any cell or details value as display text (numbers formatted, containers as JSON)."""
    value = jsonable(value)
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return fmt_number(value)
    return json.dumps(value, ensure_ascii=False)


def _blank(value: Any) -> bool:
    """True for values with nothing to show: missing, or an empty or all-space string."""
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def _evidence(finding: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [(k, _display(finding.get(k))) for k in EVIDENCE if not is_missing(finding.get(k))]
    if finding.get("rows"):
        shown = list(finding["rows"])[:20]
        more = f" … ({len(finding['rows'])} rows)" if len(finding["rows"]) > 20 else ""
        rows.append(("rows", ", ".join(map(str, shown)) + more))
    details = finding.get("details") or {}
    keys = [
        k for k in sorted(details, key=str) if k not in HIDDEN_DETAILS and not _blank(details[k])
    ]
    rows += [(str(k), _display(details[k])) for k in keys]
    return rows


def _line_item(view: dict[str, Any], claim: dict[str, Any]) -> dict[str, Any]:
    label = view["outlet"] if view["outlet"] != "—" else view["source"]["id"]
    label = label if len(label) <= 24 else label[:23] + "…"
    return {"label": label, "low": view["low"], "high": view["high"], "value": claim["value"]}


def finding_gap(f: dict[str, Any]) -> float | None:
    """The relative gap a finding is about (for sorting): `details.relative_gap`, or the
    statistic of checks whose statistic is one; None for the others."""
    details = f.get("details") if isinstance(f.get("details"), dict) else {}
    candidates = [details.get("relative_gap")]
    if f.get("check") in GAP_STATISTIC:
        candidates.append(f.get("statistic"))
    for value in candidates:
        if isinstance(value, int | float) and not is_missing(value) and abs(value) != float("inf"):
            return abs(float(value))
    return None


def _finding_view(f: dict[str, Any], claims: dict[str, dict], metas: dict[str, dict]) -> dict:
    """A full card: the claims side by side, the number line, the charts, the evidence."""
    listed = (f.get("details") or {}).get("intervals") or []
    intervals = {str(iv.get("claim_id")): iv for iv in listed if isinstance(iv, dict)}
    views, missing = [], []
    for claim_id in f.get("claim_ids") or []:
        if claim_id in claims:
            views.append(_claim_view(claims[claim_id], metas, intervals.get(claim_id)))
        else:
            missing.append(str(claim_id))
    line = None
    same_unit = len({c["unit"] for c in views}) == 1
    if len(views) > 1 and (intervals or same_unit):  # never plot km against miles
        line = number_line([_line_item(c, claims[c["claim_id"]]) for c in views])
    charts, not_drawn = charts_for(f)
    return {
        **_row_view(f, claims, metas),
        "full": True,
        "claims": views,
        "missing_claims": missing,
        "numberline": line,
        "charts": charts,
        "charts_missing": not_drawn,
        "evidence": _evidence(f),
    }


def _row_view(f: dict[str, Any], claims: dict[str, dict], metas: dict[str, dict]) -> dict:
    """A compact row (and the head of a card): severity, check, message, what filters use."""
    sources = finding_sources(f, claims)
    gap = finding_gap(f)
    return {
        "full": False,
        "id": f["finding_id"],
        "anchor": f"finding-{f['finding_id']}",
        "severity": f["severity"],
        "check": f["check"],
        "message": f["message"],
        "sources": [_source_link(s, metas) for s in sources],
        "source_keys": " ".join(anchor("source", s) for s in sources),
        "gap": "" if gap is None else f"{gap:.6g}",
        "gap_text": "" if gap is None else f"{100 * gap:.1f}%",
    }


def _shown_claims(
    rows: list[dict[str, Any]],
    ordered: list[dict[str, Any]],
    n_full: int,
    max_claims: int | None,
) -> list[dict[str, Any]]:
    """The claims table's rows, in source order: all of them, or (past `max_claims`) the claims
    of the full cards, then those of the other findings (most severe first), then the rest."""
    if max_claims is None or len(rows) <= max_claims:
        return rows
    rank: dict[str, int] = {}  # claim id -> position of the first finding that uses it
    for i, f in enumerate(ordered):
        for claim_id in f.get("claim_ids") or []:
            rank.setdefault(claim_id, i)
    full = sum(1 for r in rows if rank.get(r["claim_id"], n_full) < n_full)
    keep = max(max_claims, full)  # a card's claim links must land on a row
    last = len(ordered)  # claims in no finding come last
    ranked = sorted(range(len(rows)), key=lambda i: (rank.get(rows[i]["claim_id"], last), i))
    return [rows[i] for i in sorted(ranked[:keep])]


def _source_views(result: AuditResult, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    per_source: dict[str, int] = {}
    for c in claims:
        per_source[str(c["source_id"])] = per_source.get(str(c["source_id"]), 0) + 1
    views = []
    for kind, items in (("document", result.documents), ("table", result.tables)):
        for s in items:
            meta = dict(s.meta)
            url = text(meta.pop("url", None))
            extra = [(str(k), _display(meta[k])) for k in sorted(meta, key=str)]
            shape = (
                f"{s.frame.shape[0]} rows × {s.frame.shape[1]} columns" if kind == "table" else ""
            )
            views.append(
                {
                    "id": s.id,
                    "anchor": anchor("source", s.id),
                    "kind": kind,
                    "url": url,
                    "href": safe_href(url),
                    "meta": [(k, v) for k, v in extra if v not in ("", "null")],
                    "claims": plural(per_source.get(s.id, 0), "claim"),
                    "shape": shape,
                }
            )
    return views


def report_view(
    result: AuditResult, full_cards: int | None = FULL_CARDS, max_claims: int | None = MAX_CLAIMS
) -> dict[str, Any]:
    """Everything the template shows, as plain strings, numbers and coordinates.

    The first `full_cards` findings (most severe first) get a full card, the others a compact
    row; the claims table has at most `max_claims` rows (see `_shown_claims`). None: no limit.
    """
    claims = claims_by_id(result)
    metas = {s.id: s.meta for s in [*result.documents, *result.tables]}  # source id -> meta
    ordered = ordered_findings(result)
    n_full = len(ordered) if full_cards is None else max(0, min(int(full_cards), len(ordered)))
    findings = [
        _finding_view(f, claims, metas) if i < n_full else _row_view(f, claims, metas)
        for i, f in enumerate(ordered)
    ]
    finding_ids: dict[str, list[str]] = {}
    for f in ordered:
        for claim_id in dict.fromkeys(f.get("claim_ids") or []):
            if claim_id in claims:
                finding_ids.setdefault(claim_id, []).append(f["finding_id"])
    rows = sorted(records(result.claims), key=lambda c: (str(c["source_id"]), int(c["start"])))
    shown = _shown_claims(rows, ordered, n_full, max_claims)
    claim_views = [
        {**_claim_view(c, metas), "findings": finding_ids.get(c["claim_id"], [])} for c in shown
    ]
    by_check: dict[str, int] = dict.fromkeys(check_names(result), 0)
    for f in findings:
        by_check[f["check"]] += 1
    sources = _source_views(result, rows)
    return {
        "folder": Path(result.folder).as_posix(),
        "extractor": result.extractor,
        "version": package_version(),
        "documents": len(result.documents),
        "tables": len(result.tables),
        "severities": severity_counts(result.findings),
        "by_check": by_check,
        "findings": findings,
        "full_cards": n_full,
        "compact_rows": len(findings) - n_full,
        "top": [f for f in findings if f["severity"] == "error"][:TOP_FINDINGS],
        "claims": claim_views,
        "claims_total": len(rows),
        "claim_chunk": CLAIM_CHUNK,
        "claims_in_findings": sum(1 for r in rows if r["claim_id"] in finding_ids),
        "sources": sources,
        "source_options": _source_options(findings, sources),
        "claim_source_options": _options(
            [(c["source_key"], c["source"]["id"]) for c in claim_views]
        ),
        "unit_options": sorted({c["unit"] for c in claim_views if c["unit"]}),
    }


def _options(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(value, label) pairs, the first occurrence of each value kept, in order."""
    seen: dict[str, str] = {}
    for value, label in pairs:
        seen.setdefault(value, label)
    return list(seen.items())


def _source_options(findings: list[dict], sources: list[dict]) -> list[tuple[str, str]]:
    """The sources findings are about, as (source key, id), in the order of the sources list."""
    used = _options(
        [
            (key, s["id"])
            for f in findings
            for key, s in zip(f["source_keys"].split(), f["sources"], strict=True)
        ]
    )
    order = {s["anchor"]: i for i, s in enumerate(sources)}
    return sorted(used, key=lambda kv: order.get(kv[0], len(order)))


def csp_hash(source: str) -> str:
    """CSP hash source ('sha256-...') for the exact text of an inline <script> or <style>."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


def _asset(name: str) -> str:
    source = environment().get_template(name).render()
    if "</" in source:
        raise ValueError(f"{name} must not contain '</' (it is inlined into the page)")
    return source


def render_html(
    result: AuditResult, full_cards: int | None = FULL_CARDS, max_claims: int | None = MAX_CLAIMS
) -> str:
    """The HTML report as one string; all text from sources is escaped by the template engine.

    `full_cards`: how many findings (most severe first) get a full card (quotes side by side,
    number line, charts); the others get one line each. `max_claims`: rows of the claims table
    (at least the full cards' claims). None lifts either limit.
    """
    css, js = _asset("report.css.j2"), _asset("report.js.j2")
    csp = (
        f"default-src 'none'; style-src {csp_hash(css)}; script-src {csp_hash(js)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    page = environment().get_template("report.html.j2")
    view = report_view(result, full_cards=full_cards, max_claims=max_claims)
    return page.render(report=view, css=Markup(css), js=Markup(js), csp=csp)


def write_html(
    result: AuditResult,
    path: Path,
    full_cards: int | None = FULL_CARDS,
    max_claims: int | None = MAX_CLAIMS,
) -> None:
    """Write the HTML report to `path` (UTF-8); see `render_html` for the limits."""
    html = render_html(result, full_cards=full_cards, max_claims=max_claims)
    Path(path).write_text(html, encoding="utf-8")
