"""The one pipeline behind the CLI and the API: ingest, extract, check, and collect a result."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from figcheck import extractors
from figcheck.checks import REGISTRY, CheckContext
from figcheck.derive import with_derived
from figcheck.ingest import load_folder
from figcheck.linking import facts_table, link
from figcheck.memory import mark, with_recalled
from figcheck.model import AuditResult, Document, Finding, Table
from figcheck.progress import Progress
from figcheck.rates import default_rates
from figcheck.schemas import claims_frame, empty_claims, findings_frame

if TYPE_CHECKING:
    from figcheck.ledger import Recalled


def run(
    folder: str | Path,
    *,
    extractor: str = extractors.DEFAULT,
    checks: list[str] | None = None,
    options: dict[str, dict[str, Any]] | None = None,
    recall: Callable[[list[Document], list[Table]], Recalled] | None = None,
    progress: Progress | None = None,
) -> AuditResult:
    """Audit every source in `folder`; problems with single files become findings.

    `recall(documents, tables)` returns claims of earlier runs' sources (figcheck.ledger) that
    are linked with this run's claims; `progress` shows the long stages.
    """
    progress = progress or Progress()
    folder = Path(folder)
    extract = extractors.get_rows(extractor)
    names = list(REGISTRY) if checks is None else checks
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown check {unknown[0]!r}; valid: {', '.join(REGISTRY)}")
    documents, tables, findings = load_folder(folder)
    claims, problems = extract_documents(documents, extract, progress)
    claims = with_derived(claims)
    findings += problems
    rates = default_rates()
    recalled = recall(documents, tables) if recall else None
    manual = (options or {}).get("cross_source_conflict", {})
    linked = link(with_recalled(claims, recalled), rates, manual.get("links"), manual.get("unlink"))
    earlier = recalled.meta if recalled else {}
    checked: list[Finding] = []
    with progress.task("running checks", len(names)) as advance:
        for name in names:
            opts = (options or {}).get(name, {})
            ctx = CheckContext(
                claims, documents, tables, opts, rates=rates, linked=linked, earlier=earlier
            )
            try:
                checked += REGISTRY[name].run(ctx)
            except Exception as exc:  # a broken check must not lose the other checks' results
                checked.append(_crash(name, exc))
            advance()
    findings += mark(checked, recalled)
    return AuditResult(
        folder=folder,
        documents=documents,
        tables=tables,
        claims=claims,
        findings=findings_frame(findings),
        checks_run=names,
        extractor=extractor,
        facts=facts_table(linked),
        recalled=dict(recalled.runs) if recalled else {},
    )


def extract_documents(
    documents: list[Document], extract: Any, progress: Progress | None = None
) -> tuple[pd.DataFrame, list[Finding]]:
    """All documents' claims as one table, validated once; a document that breaks the extractor
    is a finding. `extract(text, **context)` returns row dicts and discards
    (figcheck.extractors.ROWS)."""
    rows: list[dict[str, Any]] = []
    problems = []
    with (progress or Progress()).task("extracting claims", len(documents)) as advance:
        for doc in documents:
            context = {k: doc.meta.get(k) for k in extractors.CONTEXT_KEYS if k != "source_id"}
            try:
                rows += extract(doc.text, source_id=doc.id, **context)[0]
            except Exception as exc:
                problems.append(_crash("extract", exc, doc.id))
            advance()
    return (claims_frame(rows) if rows else empty_claims()), problems


def _crash(stage: str, exc: Exception, source_id: str | None = None) -> Finding:
    where = f" on {source_id}" if source_id else ""
    return Finding(
        check="internal_error",
        severity="error",
        message=(
            f"{stage} failed{where}: {type(exc).__name__}: {exc}. This is a bug in figcheck; "
            f"please report it with this message."
        ),  # fmt: skip
        source_ids=[source_id] if source_id else [],
        details={"stage": stage, "traceback": traceback.format_exc(limit=5)},
    )
