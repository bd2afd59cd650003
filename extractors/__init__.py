"""The extractor registry: text -> claims (a DataFrame, or unvalidated rows for many texts)."""

from collections.abc import Callable
from typing import Any

import pandas as pd

from figcheck.extractors import news, quantulum

Extractor = Callable[..., pd.DataFrame]
# (row dicts, discarded candidates): rows of many texts are validated once, as one table
RowExtractor = Callable[..., tuple[list[dict[str, Any]], list[Any]]]

REGISTRY: dict[str, Extractor] = {
    "figcheck": news.extract,
    "quantulum3": quantulum.extract,
}
# The same extractors returning row dicts and discards (`Discard`: start, end, surface, reason;
# quantulum3 records none): the pipeline and `extract_many` validate all texts' rows once.
ROWS: dict[str, RowExtractor] = {
    "figcheck": news.extract_rows,
    "quantulum3": lambda text, **context: (quantulum.extract_rows(text, **context), []),
}
DEFAULT = "figcheck"
# what an extractor takes besides the text: where the text comes from
CONTEXT_KEYS = ("source_id", "outlet", "published", "url")


def get(name: str) -> Extractor:
    """The extractor called `name`; ValueError naming the valid ones otherwise."""
    if name not in REGISTRY:
        raise ValueError(f"unknown extractor {name!r}; valid: {', '.join(REGISTRY)}")
    return REGISTRY[name]


def get_rows(name: str) -> RowExtractor:
    """The row-returning form of the extractor called `name` (same errors as `get`)."""
    get(name)
    return ROWS[name]


__all__ = ["REGISTRY", "ROWS", "DEFAULT", "CONTEXT_KEYS", "get", "get_rows"]
