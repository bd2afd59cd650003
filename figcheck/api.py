"""The Python API: `audit` a folder, `extract` the claims of one text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from figcheck import extractors, pipeline
from figcheck.model import AuditResult, Document, Table
from figcheck.progress import Progress


def audit(
    folder: str | Path,
    *,
    extractor: str = extractors.DEFAULT,
    checks: list[str] | None = None,
    options: dict[str, dict[str, Any]] | None = None,
    ledger: str | Path | None = None,
    baseline: str | Path | None = None,
    lock_timeout: float = 30.0,
    progress: Progress | None = None,
) -> AuditResult:
    """Audit the sources in `folder`: `.claims` and `.findings` are pandas DataFrames.

    `checks` limits the run to these registry names; `options` maps a check name to its options
    (e.g. ``{"cross_source_conflict": {"tolerance": 0.02}}``). Without `ledger` and `baseline`
    the audit reads only `folder` and writes nothing.

    `ledger` (a DuckDB file, created if missing): claims of earlier runs' sources that are not in
    `folder` are linked with this run's, and the run is recorded; findings get a `status` column
    (new or persisting since the previous run). `baseline` (a figcheck-baseline.toml): findings
    get an `accepted` column, and accepted ones do not count for `exit_code`.
    """
    from figcheck.settings import Settings, folder_settings

    if options is None:  # the folder's own [figcheck.options], as the CLI would read them
        options = folder_settings(Path(folder)).get("options", {}) if Path(folder).is_dir() else {}
    started, recall = None, None
    if ledger is not None:
        from figcheck import ledger as memory

        started = memory.now()

        def recall(documents: list[Document], tables: list[Table]) -> memory.Recalled:
            hashes = memory.source_hashes(documents, tables)
            return memory.recall(Path(ledger), hashes, timeout=lock_timeout)

    result = pipeline.run(
        folder, extractor=extractor, checks=checks, options=options, recall=recall,
        progress=progress,
    )  # fmt: skip
    if baseline is not None:
        from figcheck import baseline as reviewed

        entries = reviewed.load(Path(baseline))
        result.findings = reviewed.apply(result.findings, entries)
        result.baseline_unmatched = reviewed.unmatched(result.findings, entries)
    if ledger is not None:
        digest = Settings(extractor=extractor, checks=checks, options=options or {}).digest()
        run = memory.record(
            Path(ledger), result, config_hash=digest, started=started,
            failing=result.count_at_or_above("error"), timeout=lock_timeout,
        )  # fmt: skip
        result.run_id, result.previous_run = run.run_id, run.previous
    return result


def extract(text: str, *, extractor: str = extractors.DEFAULT, **context: Any) -> pd.DataFrame:
    """The numeric claims of one text, one row each (columns as in DESIGN.md).

    Context keys, all optional: source_id, outlet, published (YYYY-MM-DD), url.
    """
    return extractors.get(extractor)(text, **context)
