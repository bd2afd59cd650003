"""What a check is: a name, what it needs, and a function from the run's data to findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from figcheck.model import Document, Finding, Table


@dataclass
class CheckContext:
    """Everything a check may read: the claims table, the sources, and its options."""

    claims: pd.DataFrame
    documents: list[Document]
    tables: list[Table]
    options: dict[str, Any] = field(default_factory=dict)

    def meta(self, source_id: str) -> dict[str, Any]:
        """The manifest metadata of a source (outlet, published, url, standing)."""
        for doc in self.documents:
            if doc.id == source_id:
                return doc.meta
        return {}


@dataclass(frozen=True)
class Check:
    """A registered check: `run(ctx)` returns findings; `needs` says what input it reads."""

    name: str
    needs: str  # "claims" or "tables"
    description: str
    run: Callable[[CheckContext], list[Finding]]
