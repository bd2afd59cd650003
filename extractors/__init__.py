"""The extractor registry: text -> claims (a DataFrame, or unvalidated rows for the pipeline)."""

from collections.abc import Callable
from typing import Any

import pandas as pd

from figcheck.extractors import news, quantulum

Extractor = Callable[..., pd.DataFrame]
RowExtractor = Callable[..., list[dict[str, Any]]]

REGISTRY: dict[str, Extractor] = {
    "figcheck": news.extract,
    "quantulum3": quantulum.extract,
}
# The same extractors returning row dicts: the pipeline validates all documents' rows once.
ROWS: dict[str, RowExtractor] = {
    "figcheck": lambda text, **context: news.extract_rows(text, **context)[0],
    "quantulum3": quantulum.extract_rows,
}
DEFAULT = "figcheck"


def get(name: str) -> Extractor:
    """The extractor called `name`; ValueError naming the valid ones otherwise."""
    if name not in REGISTRY:
        raise ValueError(f"unknown extractor {name!r}; valid: {', '.join(REGISTRY)}")
    return REGISTRY[name]


def get_rows(name: str) -> RowExtractor:
    """The row-returning form of the extractor called `name` (same errors as `get`)."""
    get(name)
    return ROWS[name]


__all__ = ["REGISTRY", "ROWS", "DEFAULT", "get", "get_rows"]
