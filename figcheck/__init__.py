"""figcheck: audit numbers in text and tables; `audit`, `extract` and `extract_many` are the API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = [
    "audit", "extract", "extract_many", "AuditResult", "Document", "Finding", "Table", "__version__"
]  # fmt: skip

if TYPE_CHECKING:
    from figcheck.api import audit, extract, extract_many
    from figcheck.model import AuditResult, Document, Finding, Table

_LAZY = {
    "audit": "figcheck.api",
    "extract": "figcheck.api",
    "extract_many": "figcheck.api",
    "AuditResult": "figcheck.model",
    "Document": "figcheck.model",
    "Finding": "figcheck.model",
    "Table": "figcheck.model",
}


def __getattr__(name: str) -> Any:
    # Imported on first use so that `figcheck --help` stays fast.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'figcheck' has no attribute {name!r}")
