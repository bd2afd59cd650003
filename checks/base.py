"""What a check is: a name, what it needs, and a function from the run's data to findings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from figcheck.model import Document, Finding, Table
from figcheck.rates import Rates, default_rates


@dataclass
class CheckContext:
    """Everything a check may read: the claims table, the sources, and its options."""

    claims: pd.DataFrame
    documents: list[Document]
    tables: list[Table]
    options: dict[str, Any] = field(default_factory=dict)
    rates: Rates = field(default_factory=default_rates)
    linked: pd.DataFrame | None = None  # claims with fact keys (figcheck.linking.link)
    earlier: dict[str, dict[str, Any]] = field(default_factory=dict)  # recalled sources' meta

    def linked_claims(self) -> pd.DataFrame:
        """Claims linked into facts, computed once per run by the pipeline (or here if absent)."""
        if self.linked is None:
            from figcheck.linking import link

            self.linked = link(self.claims, self.rates)
        return self.linked

    def meta(self, source_id: str) -> dict[str, Any]:
        """The manifest metadata of a source (outlet, published, url, standing); for a source
        recalled from the ledger, its metadata as of its last run."""
        for doc in self.documents:
            if doc.id == source_id:
                return doc.meta
        return self.earlier.get(source_id, {})  # a source recalled from the ledger, or none


@dataclass(frozen=True)
class Option:
    """One option a check accepts in figcheck.toml: its type, default and what a valid value is."""

    types: tuple[type, ...]
    default: Any
    help: str
    valid: Callable[[Any], bool] | None = None  # extra rule beyond the type; `help` says it

    def accepts(self, value: Any) -> bool:
        """True when `value` has one of the types (bool is not a number) and passes `valid`."""
        if isinstance(value, bool) and bool not in self.types:
            return False
        return isinstance(value, self.types) and (self.valid is None or self.valid(value))


@dataclass(frozen=True)
class Check:
    """A registered check: `run(ctx)` returns findings; `needs` says what input it reads.

    Table checks also declare the column roles they read (`columns`, mapped to a table's actual
    columns in figcheck.toml) and the options they accept per table (`options`).
    """

    name: str
    needs: str  # "claims" or "tables"
    description: str
    run: Callable[[CheckContext], list[Finding]]
    columns: tuple[str, ...] = ()
    options: dict[str, Option] = field(default_factory=dict)
