"""Helpers for the extractor's review tests: one text's claims and discards by surface."""

from __future__ import annotations

from typing import Any

from figcheck.extractors import news


def claims_of(text: str) -> dict[str, dict[str, Any]]:
    """The claims figcheck reads from `text`, by surface (the last of a repeated surface)."""
    rows, _ = news.extract_rows(text)
    return {r["surface"]: r for r in rows}


def discards_of(text: str) -> dict[str, str]:
    """The candidates figcheck discards from `text`: surface -> reason."""
    _, dropped = news.extract_rows(text)
    return {d.surface: d.reason for d in dropped}


def period_read(text: str, surface: str, published: str) -> str | None:
    """The period figcheck reads for `surface` in `text`, published on `published`."""
    rows, _ = news.extract_rows(text, published=published)
    return {r["surface"]: r["period"] for r in rows}[surface]
