"""Derived claims: figures the text implies ("$904m, 16.2% of exports" implies the total)."""

from __future__ import annotations

import re
from typing import Any

import pandas as pd

from figcheck.extractors._context import lemma
from figcheck.ids import short_hash

DERIVED = "derived"
# "16.2 percent | of all exports": the whole a share is taken of
_SHARE_OF = re.compile(
    r"""^\s+of\s+
    (?:the\s+|all\s+|total\s+|overall\s+|the\s+country's\s+|[A-Z][\w-]*'s\s+)*  # determiners
    (?P<noun>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)                                  # the whole
    """,
    re.VERBOSE,
)
_GLUE = re.compile(r"^[\s,(]*(?:or|and|which\s+is|accounting\s+for|making\s+up|some)?[\s,(]*$")


def implied_totals(claims: pd.DataFrame) -> list[dict[str, Any]]:
    """A derived claim for every amount that the text also gives as a share of a whole:
    the whole it implies (amount / share), with the interval both figures allow."""
    rows = []
    shares = claims[(claims["unit"] == "percent") & (claims["extractor"] != DERIVED)]
    for share in shares.to_dict("records"):
        sentence, s0 = share["sentence"], share["sentence_start"]
        m = _SHARE_OF.match(sentence[share["end"] - s0 :])
        if not m or share["low"] <= 0:
            continue
        amount = _amount_beside(claims, share)
        if amount is None:
            continue
        whole = m.group("noun").split()[-1]
        start, end = min(share["start"], amount["start"]), max(share["end"], amount["end"])
        rows.append(
            {
                **{k: amount[k] for k in ("source_id", "outlet", "published", "url", "unit")},
                "claim_id": "d" + short_hash(f"{share['source_id']}:{start}:{end}:share"),
                "start": start,
                "end": end,
                "surface": sentence[start - s0 : end - s0],
                "sentence": sentence,
                "sentence_start": s0,
                "value": amount["value"] * 100 / share["value"],
                "low": amount["low"] * 100 / share["high"],
                "high": amount["high"] * 100 / share["low"],
                "qualifier": DERIVED,
                "subject": f"total {m.group('noun')} (implied: {amount['surface']} is "
                f"{share['surface']} of it)",
                "subject_key": lemma(whole),
                "period": amount["period"],
                "attributed_to": amount["attributed_to"],
                "part_of": None,
                "whole": None,
                "equivalent_of": None,
                "extractor": DERIVED,
            }
        )
    return rows


def _amount_beside(claims: pd.DataFrame, share: dict[str, Any]) -> dict[str, Any] | None:
    """The amount a share restates: next to it in the same sentence, joined by a comma,
    a bracket or "or", and not itself a percentage."""
    same = claims[
        (claims["source_id"] == share["source_id"])
        & (claims["sentence_start"] == share["sentence_start"])
        & (claims["unit"] != "percent")
        & (claims["extractor"] != DERIVED)
    ]
    s0, sentence = share["sentence_start"], share["sentence"]
    for row in same.to_dict("records"):
        if row["end"] <= share["start"]:
            gap = sentence[row["end"] - s0 : share["start"] - s0]
        elif row["start"] >= share["end"]:
            gap = sentence[share["end"] - s0 : row["start"] - s0]
        else:
            continue
        if _GLUE.match(_strip_of(gap)):
            return row
    return None


_WHEN = re.compile(r"\b(?:in|during|for)\s+(?:the\s+)?(?:(?:19|20)\d\d|last\s+year|this\s+year)\b")


def _strip_of(gap: str) -> str:
    """The words between an amount and its share, less a "in 2023" and the "of exports"."""
    m = _SHARE_OF.match(gap)
    return _WHEN.sub(" ", gap[m.end() :] if m else gap)


def with_derived(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims table with the derived claims appended (validated by the claims schema)."""
    from figcheck.schemas import claims_frame

    rows = implied_totals(claims)
    if not rows:
        return claims
    return claims_frame(claims.to_dict("records") + rows)
