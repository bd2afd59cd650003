"""The two tables between stages (claims, findings) as pandera schemas, checked at each boundary."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import pandas as pd
import pandera.pandas as pa
from pandera.engines import pandas_engine

from figcheck.model import SEVERITIES, Finding

_S = {"nullable": True}


@dataclass(frozen=True)
class _Text(pandas_engine.STRING):
    """pandera's string dtype, with its check answered for the whole column at once.

    pandera 0.35's string check answers element by element; for such answers the column check
    formats a table of failure cases even when there is none, about 0.6 ms per string column on
    every validation (10 ms of the 17 ms a claims table took, whatever its size). Reduced to one
    bool, a failing column still gets its failure cases from pandera's own fallback."""

    def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
        result = super().check(pandera_dtype, data_container)
        return result if isinstance(result, bool) else bool(np.all(result))


TEXT = _Text()  # the dtype of every string column

CLAIMS_SCHEMA = pa.DataFrameSchema(
    {
        "claim_id": pa.Column(TEXT, unique=True),
        "source_id": pa.Column(TEXT),
        "outlet": pa.Column(TEXT, **_S),
        "published": pa.Column(TEXT, **_S),
        "url": pa.Column(TEXT, **_S),
        "start": pa.Column(int, pa.Check.ge(0)),
        "end": pa.Column(int, pa.Check.ge(0)),
        "surface": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
        "sentence": pa.Column(TEXT),
        "sentence_start": pa.Column(int, pa.Check.ge(0)),
        "value": pa.Column(float),
        "unit": pa.Column(TEXT),
        "low": pa.Column(float),
        "high": pa.Column(float),
        "qualifier": pa.Column(TEXT, **_S),
        "subject": pa.Column(TEXT, **_S),
        "subject_key": pa.Column(TEXT, **_S),
        "whole": pa.Column(float, **_S),
        "part_of": pa.Column(TEXT, **_S),
        "equivalent_of": pa.Column(TEXT, **_S),
        "period": pa.Column(TEXT, **_S),
        "attributed_to": pa.Column(TEXT, **_S),
        "extractor": pa.Column(TEXT),
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
        "finding_id": pa.Column(TEXT, unique=True),
        "check": pa.Column(TEXT),
        "severity": pa.Column(TEXT, pa.Check.isin(list(SEVERITIES))),
        "message": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
        "claim_ids": pa.Column(object),
        "source_ids": pa.Column(object),
        "table": pa.Column(TEXT, **_S),
        "column": pa.Column(TEXT, **_S),
        "rows": pa.Column(object),
        "expected": pa.Column(TEXT, **_S),
        "observed": pa.Column(TEXT, **_S),
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
    # column by column: pandas reads a list of dicts key by key, row by row, several times slower
    frame = pd.DataFrame({name: [row.get(name) for row in rows] for name in CLAIM_COLUMNS})
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
