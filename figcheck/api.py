"""The Python API: `audit` a folder, `extract` the claims of one text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from figcheck import extractors, pipeline
from figcheck.model import AuditResult


def audit(
    folder: str | Path,
    *,
    extractor: str = extractors.DEFAULT,
    checks: list[str] | None = None,
    options: dict[str, dict[str, Any]] | None = None,
) -> AuditResult:
    """Audit the sources in `folder`: `.claims` and `.findings` are pandas DataFrames.

    `checks` limits the run to these registry names; `options` maps a check name to its options
    (e.g. ``{"cross_source_conflict": {"tolerance": 0.02}}``).
    """
    return pipeline.run(folder, extractor=extractor, checks=checks, options=options)


def extract(text: str, *, extractor: str = extractors.DEFAULT, **context: Any) -> pd.DataFrame:
    """The numeric claims of one text, one row each (columns as in DESIGN.md).

    Context keys, all optional: source_id, outlet, published (YYYY-MM-DD), url.
    """
    return extractors.get(extractor)(text, **context)
