"""The extractor registry: text -> claims DataFrame, by name."""

from collections.abc import Callable
from typing import Any

import pandas as pd

from figcheck.extractors import news, quantulum

Extractor = Callable[..., pd.DataFrame]

REGISTRY: dict[str, Extractor] = {
    "figcheck": news.extract,
    "quantulum3": quantulum.extract,
}
DEFAULT = "figcheck"


def get(name: str) -> Extractor:
    """The extractor called `name`; ValueError naming the valid ones otherwise."""
    if name not in REGISTRY:
        raise ValueError(f"unknown extractor {name!r}; valid: {', '.join(REGISTRY)}")
    return REGISTRY[name]


__all__ = ["REGISTRY", "DEFAULT", "get", "Any"]
