"""The Python API: `audit` a folder, `extract` the claims of one text or of many."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck import extractors, pipeline
from figcheck.model import AuditResult, Document, Table
from figcheck.progress import Progress
from figcheck.schemas import claims_frame


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

    Context keys, all optional: source_id, outlet, published (YYYY-MM-DD), url. For many texts
    use `extract_many`: each call here checks its table against the schema (about 9 ms).
    """
    _check_keys(context, "extract()")
    return extractors.get(extractor)(text, **context)


def extract_many(
    texts: Iterable[str | Mapping[str, Any]] | pd.DataFrame,
    *,
    extractor: str = extractors.DEFAULT,
    **context: Any,
) -> pd.DataFrame:
    """The numeric claims of many texts as one table, checked against the schema once.

    Each item is a text, or a mapping with "text" and any context keys (source_id, outlet,
    published, url), which override `context` for that text. A DataFrame gives one text per
    row from its "text" column and the context columns it has; its other columns are left out.
    A text without a source_id is "text-N", N counting from 1 (or "<source_id>-N" when `context`
    names one), so that claim ids stay unique. ``frame.attrs["discarded"]`` lists the discarded
    candidates, each with its source_id.

    Faster than calling `extract` per text: the schema check costs about 9 ms a call, more than
    reading a 10 KB article takes.
    """
    _check_keys(context, "extract_many()")
    read = extractors.get_rows(extractor)
    rows: list[dict[str, Any]] = []
    discarded: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for n, item in enumerate(_items(texts), start=1):
        text, own = _item(item, n)
        ctx = {**context, **own}
        if own.get("source_id") is None:
            ctx["source_id"] = f"{context.get('source_id') or 'text'}-{n}"
        source = str(ctx["source_id"])
        if source in seen:
            raise ValueError(
                f"texts {seen[source]} and {n} have the same source_id {source!r}; "
                f"give each text its own (claim ids are made from it)"
            )
        seen[source] = n
        found, dropped = read(text, **ctx)
        rows += found
        discarded += [{"source_id": source, **vars(d)} for d in dropped]
    frame = claims_frame(rows)
    frame.attrs["discarded"] = discarded
    return frame


def _items(texts: Iterable[str | Mapping[str, Any]] | pd.DataFrame) -> Iterable[Any]:
    if isinstance(texts, str):
        raise TypeError("extract_many() takes many texts (a list, or a DataFrame with a 'text' "
                        "column); for one text use extract()")  # fmt: skip
    if isinstance(texts, pd.DataFrame):
        if "text" not in texts.columns:
            names = ", ".join(map(str, texts.columns))
            raise ValueError(f"the DataFrame has no 'text' column (its columns: {names})")
        keep = ["text", *(k for k in extractors.CONTEXT_KEYS if k in texts.columns)]
        return texts[keep].to_dict("records")
    return texts


def _item(item: Any, n: int) -> tuple[str, dict[str, Any]]:
    """The text of item `n` and its own context (missing values, such as NaN, left out)."""
    if isinstance(item, str):
        return item, {}
    if not isinstance(item, Mapping) or not isinstance(item.get("text"), str):
        raise TypeError(
            f"text {n}: expected a string or a mapping with a string under 'text' "
            f"(and optionally {', '.join(extractors.CONTEXT_KEYS)}); got {type(item).__name__}"
        )
    own = {k: v for k, v in item.items() if k != "text"}
    _check_keys(own, f"text {n}")
    return item["text"], {k: v for k, v in own.items() if not _missing(v)}


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _check_keys(context: Mapping[str, Any], where: str) -> None:
    valid = extractors.CONTEXT_KEYS
    unknown = [k for k in context if k not in valid]
    if unknown:
        raise TypeError(f"{where}: unknown context key {unknown[0]!r}; valid: {', '.join(valid)}")
