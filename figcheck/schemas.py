"""The two tables between stages (claims, findings) as pandera schemas, checked at each boundary."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa

from figcheck.model import SEVERITIES, Finding

_S = {"nullable": True}

CLAIMS_SCHEMA = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(str, unique=True),
        "source_id": pa.Column(str),
        "outlet": pa.Column(str, **_S),
        "published": pa.Column(str, **_S),
        "url": pa.Column(str, **_S),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.ge(0)),
        "surface": pa.Column(str, pa.Check.str_length(min_value=1)),
        "sentence": pa.Column(str),
        "sentence_start": pa.Column(int, pa.Check.ge(0)),
        "value": pa.Column(float),
        "unit": pa.Column(str),
        "low": pa.Column(float),
        "high": pa.Column(float),
        "qualifier": pa.Column(str, **_S),
        "subject": pa.Column(str, **_S),
        "subject_key": pa.Column(str, **_S),
        "whole": pa.Column(float, **_S),
        "part_of": pa.Column(str, **_S),
        "equivalent_of": pa.Column(str, **_S),
        "period": pa.Column(str, **_S),
        "attributed_to": pa.Column(str, **_S),
        "extractor": pa.Column(str),
    },
    checks=[
        pa.Check(lambda d: d["end"] > d["start"], error="end must be greater than start"),
        pa.Check(lambda d: d["low"] <= d["value"], error="low must not exceed value"),
        pa.Check(lambda d: d["value"] <= d["high"], error="value must not exceed high"),
    ],
    strict=True,
    coerce=True,
    name="claims",
)

FINDINGS_SCHEMA = pa.DataFrameSchema(
    {
        "finding_id": pa.Column(str, unique=True),
        "check": pa.Column(str),
        "severity": pa.Column(str, pa.Check.isin(list(SEVERITIES))),
        "message": pa.Column(str, pa.Check.str_length(min_value=1)),
        "claim_ids": pa.Column(object),
        "source_ids": pa.Column(object),
        "table": pa.Column(str, **_S),
        "column": pa.Column(str, **_S),
        "rows": pa.Column(object),
        "expected": pa.Column(str, **_S),
        "observed": pa.Column(str, **_S),
        "statistic": pa.Column(float, **_S),
        "p_value": pa.Column(float, pa.Check.in_range(0.0, 1.0), **_S),
        "details": pa.Column(object),
    },
    strict=True,
    coerce=True,
    name="findings",
)

CLAIM_COLUMNS: list[str] = list(CLAIMS_SCHEMA.columns)
FINDING_COLUMNS: list[str] = list(FINDINGS_SCHEMA.columns)


def _empty(schema: pa.DataFrameSchema) -> pd.DataFrame:
    frame = pd.DataFrame({name: pd.Series([], dtype=object) for name in schema.columns})
    return schema.validate(frame)


def empty_claims() -> pd.DataFrame:
    """A claims table with no rows and the right columns and dtypes."""
    return _empty(CLAIMS_SCHEMA)


def claims_frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Build and validate a claims table from row dicts (missing optional fields become null)."""
    if not rows:
        return empty_claims()
    frame = pd.DataFrame(rows).reindex(columns=CLAIM_COLUMNS)
    return CLAIMS_SCHEMA.validate(frame, lazy=True)


def findings_frame(findings: list[Finding]) -> pd.DataFrame:
    """Build and validate the findings table, giving each finding a stable id."""
    if not findings:
        return _empty(FINDINGS_SCHEMA)
    rows = []
    seen: dict[str, int] = {}
    for f in findings:
        row = asdict(f)
        fid = finding_id(f)
        seen[fid] = seen.get(fid, 0) + 1
        row["finding_id"] = fid if seen[fid] == 1 else f"{fid}-{seen[fid]}"
        for key in ("statistic", "p_value"):
            if row[key] is None:
                row[key] = np.nan
        rows.append(row)
    frame = pd.DataFrame(rows).reindex(columns=FINDING_COLUMNS)
    return FINDINGS_SCHEMA.validate(frame, lazy=True)


def finding_id(f: Finding) -> str:
    """Stable id from what the finding is about (check, claims, table, column), not its wording."""
    from figcheck.ids import short_hash

    about = [f.check, *sorted(f.claim_ids), *sorted(f.source_ids), f.table or "", f.column or ""]
    about += [*map(str, f.rows), str(f.details.get("key", ""))]
    return f"{f.check}-{short_hash('|'.join(map(str, about)))}"
