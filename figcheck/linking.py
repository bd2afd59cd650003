"""Link claims into facts: same subject, dimension and period, in one base unit per dimension."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from figcheck.ids import short_hash
from figcheck.rates import Rates
from figcheck.units import dimension

FACT_COLUMNS = [
    "fact_id", "key", "subject", "dimension", "period", "base_unit", "claim_ids", "source_ids",
    "n_sources", "consensus_low", "consensus_high", "spread", "consistent",
]  # fmt: skip
_YEAR = re.compile(r"(?:19|20)\d\d")


def year_of(period: object, published: object) -> int | None:
    """The calendar year a figure refers to: its period's year, else its publication year."""
    for text in (period, published):
        if isinstance(text, str):
            m = _YEAR.search(text)
            if m:
                return int(m.group(0))
    return None


def to_base(claims: pd.DataFrame, rates: Rates) -> pd.DataFrame:
    """Claims with `dimension`, `base_unit` and `base_low/value/high`; money goes to USD where the
    year's rate is known (widened by the rates' tolerance), else stays in its own currency."""
    out = claims.copy()
    dims, units, factors, lows, highs = [], [], [], [], []
    for row in out.itertuples():
        dim, factor = dimension(row.unit)
        base_unit, low, high = _base_unit(dim), row.low * factor, row.high * factor
        if dim.startswith("money:"):
            converted = rates.convert(
                row.low, row.high, row.unit, "USD", year_of(row.period, row.published)
            )
            if converted is not None:
                dim, base_unit, (low, high, factor) = "money", "USD", converted
        dims.append(dim)
        units.append(base_unit)
        factors.append(factor)
        lows.append(low)
        highs.append(high)
    out["dimension"], out["base_unit"] = dims, units
    out["base_low"], out["base_high"] = lows, highs
    out["base_value"] = out["value"] * np.asarray(factors, dtype=float)
    return out


def _base_unit(dim: str) -> str:
    bases = {"length": "m", "mass": "kg", "area": "m2", "power": "W", "duration": "s"}
    return bases.get(dim, dim.split(":")[-1])


def link(
    claims: pd.DataFrame,
    rates: Rates,
    links: list[list[str]] | None = None,
    unlink: list[str] | None = None,
) -> pd.DataFrame:
    """Linkable claims (a subject key, not a bracketed restatement) with their `fact_key` and
    `why_linked`. `links` (lists of claim ids) puts each list's claims into the fact of its first
    claim; `unlink` (claim ids) takes claims out of their facts: manual decisions from the config.
    """
    usable = claims[claims["subject_key"].notna() & claims["equivalent_of"].isna()]
    based = to_base(usable, rates)
    based["fact_key"] = (
        based["subject_key"].astype(str)
        + " | "
        + based["dimension"].astype(str)
        + " | "
        + based["period"].fillna("undated").astype(str)
    )
    based["why_linked"] = "same subject, dimension and period"
    return _manual(based, links or [], unlink or [])


def _manual(based: pd.DataFrame, links: list[list[str]], unlink: list[str]) -> pd.DataFrame:
    """Apply the config's manual links and splits to the computed fact keys."""
    index = dict(zip(based["claim_id"], based.index, strict=True))
    for cid in unlink:
        if cid in index:
            row = index[cid]
            based.loc[row, "fact_key"] = f"{based.loc[row, 'fact_key']} | unlinked {cid}"
            based.loc[row, "why_linked"] = "taken out of its fact by hand (unlink in figcheck.toml)"
    for group in links:
        rows = [index[c] for c in group if c in index]
        if len(rows) < 2:
            continue
        dims = set(based.loc[rows, "dimension"])
        if len(dims) > 1:
            continue  # claims of different dimensions cannot be one fact; left as they were
        based.loc[rows, "fact_key"] = based.loc[rows[0], "fact_key"]
        based.loc[rows, "why_linked"] = "linked by hand (links in figcheck.toml)"
    return based


def facts_table(linked: pd.DataFrame) -> pd.DataFrame:
    """One row per fact: members, consensus interval (where all members meet) and spread."""
    rows = []
    for key, g in linked.groupby("fact_key", sort=True):
        low, high = float(g["base_low"].max()), float(g["base_high"].min())
        values = g["base_value"].astype(float)
        scale = max(float(values.abs().max()), 1e-12)
        rows.append({
            "fact_id": "f" + short_hash(str(key)), "key": key,
            "subject": g["subject"].dropna().iloc[0] if g["subject"].notna().any() else None,
            "dimension": g["dimension"].iloc[0], "period": g["period"].iloc[0],
            "base_unit": g["base_unit"].iloc[0], "claim_ids": list(g["claim_id"]),
            "source_ids": sorted(set(g["source_id"])), "n_sources": g["source_id"].nunique(),
            "consensus_low": low if low <= high else np.nan,
            "consensus_high": high if low <= high else np.nan,
            "spread": float((values.max() - values.min()) / scale), "consistent": bool(low <= high),
        })  # fmt: skip
    return pd.DataFrame(rows, columns=FACT_COLUMNS)
