"""User pandera schemas (YAML, or a Python file exposing `schema`) bound to tables in the config."""

from __future__ import annotations

import difflib
import hashlib
import importlib.util
from pathlib import Path
from typing import Any

import pandas as pd

from figcheck.checks import _inputs as inp
from figcheck.checks import _tables as tb
from figcheck.checks.base import Check, CheckContext
from figcheck.model import Finding, Table

NAME = "pandera_schema"
OPTIONS = {"severity": inp.SEVERITY}
# keys of pandera's YAML format (pandera.io): pandera itself ignores unknown ones silently
SCHEMA_KEYS = (
    "add_missing_columns",
    "api",
    "checks",
    "coerce",
    "columns",
    "dataframe_library",
    "description",
    "drop_invalid_rows",
    "dtype",
    "index",
    "metadata",
    "multiindex",
    "name",
    "ordered",
    "report_duplicates",
    "schema_type",
    "strict",
    "title",
    "unique",
    "unique_column_names",
    "version",
)
COLUMN_KEYS = (
    "checks",
    "coerce",
    "default",
    "description",
    "drop_invalid_rows",
    "dtype",
    "name",
    "nullable",
    "regex",
    "report_duplicates",
    "required",
    "title",
    "unique",
)

COMMON_CHECKS = (
    "equal_to", "greater_than", "greater_than_or_equal_to", "in_range", "isin", "less_than",
    "less_than_or_equal_to", "not_equal_to", "notin", "str_length", "str_matches",
)  # fmt: skip


class SchemaError(ValueError):
    """A schema file cannot be used; the message names the file, the problem and the fix."""


def load_schema(path: Path, name: str) -> Any:
    """A pandera DataFrameSchema from a YAML file or from a Python file's `schema` variable."""
    if not path.is_file():
        raise SchemaError(f"{name}: no such schema file; fix the path")
    if path.suffix.lower() == ".py":
        return _from_python(path, name)
    import pandera.pandas as pa
    import yaml

    text = path.read_text(encoding="utf-8-sig")
    try:
        spec = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark, problem = getattr(exc, "problem_mark", None), getattr(exc, "problem", None) or exc
        where = f"line {mark.line + 1}, column {mark.column + 1}: " if mark else ""
        raise SchemaError(f"{name}: not valid YAML ({where}{problem}); fix the file") from None
    _check_keys(name, spec)
    try:
        return pa.DataFrameSchema.from_yaml(text)
    except Exception as exc:  # pandera raises TypeError, SchemaDefinitionError, ...
        raise SchemaError(f"{name}: pandera cannot build it: {exc}") from None


def _check_keys(name: str, spec: Any) -> None:
    """Unknown keys are errors here: pandera would drop a misspelt check without a word."""
    from pandera.api.checks import Check as PaCheck

    if not isinstance(spec, dict) or not isinstance(spec.get("columns", {}), dict):
        raise SchemaError(f"{name}: a schema is a mapping with 'columns: {{name: {{dtype: ...}}}}'")
    for key in spec:
        if key not in SCHEMA_KEYS:
            raise SchemaError(f"{name}: unknown key {key!r}; valid keys: {', '.join(SCHEMA_KEYS)}")
    for column, props in (spec.get("columns") or {}).items():
        for key in props or {}:
            if key not in COLUMN_KEYS and not PaCheck.is_builtin_check(key):
                near = difflib.get_close_matches(key, [*COLUMN_KEYS, *COMMON_CHECKS], n=1)
                hint = f" (did you mean {near[0]!r}?)" if near else ""
                raise SchemaError(
                    f"{name}: columns.{column}: unknown key {key!r}{hint}; valid: "
                    f"{', '.join(COLUMN_KEYS)}, or a check such as {', '.join(COMMON_CHECKS)}"
                )


def _from_python(path: Path, name: str) -> Any:
    """Run the user's own schema file (they bound it in their config) and take its `schema`."""
    import pandera.pandas as pa

    tag = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:10]
    spec = importlib.util.spec_from_file_location(f"figcheck_user_schema_{tag}", path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as exc:
        raise SchemaError(f"{name}: importing it failed: {type(exc).__name__}: {exc}") from None
    schema = getattr(module, "schema", None)
    if isinstance(schema, type) and issubclass(schema, pa.DataFrameModel):
        schema = schema.to_schema()
    if not isinstance(schema, pa.DataFrameSchema):
        found = ", ".join(n for n in vars(module) if not n.startswith("_")) or "nothing"
        raise SchemaError(
            f"{name}: defines no `schema` (a pandera DataFrameSchema or DataFrameModel); "
            f"it defines {found}"
        )
    return schema


def failure_cases(schema: Any, frame: pd.DataFrame) -> pd.DataFrame:
    """pandera's failure-case table (column, check, failure_case, index, ...); empty if valid."""
    import pandera.pandas as pa

    try:
        schema.validate(_pandas_strings(frame), lazy=True)
    except pa.errors.SchemaErrors as exc:
        return exc.failure_cases
    return pd.DataFrame(columns=["column", "check", "failure_case", "index"])


def _pandas_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """pyarrow string columns as pandas' `str` dtype, which pandera's `dtype: str` matches."""
    out = frame.copy()
    for name in out.columns:
        if isinstance(out[name].dtype, pd.ArrowDtype) and pd.api.types.is_string_dtype(
            out[name].dtype
        ):
            out[name] = out[name].astype("str")
    return out


def findings(table: Table, rel: str, cases: pd.DataFrame, severity: str) -> list[Finding]:
    """One finding per (column, check) with the failing rows and values."""
    out = []
    cases = cases.assign(column=cases["column"].astype(object).where(cases["column"].notna()))
    for (column, check), group in cases.groupby(["column", "check"], dropna=False, sort=False):
        values = [None if pd.isna(v) else _plain(v) for v in group["failure_case"]]
        if pd.isna(column) and check == "column_in_dataframe":
            column = values[0]  # the missing column is the failure case
        column = None if pd.isna(column) else str(column)
        pairs = [(int(i), v) for i, v in zip(group["index"], values, strict=True) if not pd.isna(i)]
        rows = [i for i, _ in pairs]
        where = f"column '{column}'" if column else "the table"
        shown = "rows " + inp.listed([f"{i} ({v!r})" for i, v in pairs]) if pairs else ""
        shown = shown or f"found {inp.listed(values)}"
        out.append(
            Finding(
                check=NAME,
                severity=severity,
                message=(
                    f"{table.id}: {where} fails pandera check {check} of schema {rel} "
                    f"({len(group)} case{'s' * (len(group) != 1)}: {shown})."
                ),
                table=table.id,
                column=column,
                source_ids=[table.id],
                rows=rows,
                details={
                    "key": f"{rel}#{column}#{check}",
                    "schema_file": rel,
                    "check": check,
                    "values": values[:20],
                },
            )
        )
    return out


def _plain(value: Any) -> Any:
    return value.item() if hasattr(value, "item") else value


def run(ctx: CheckContext) -> list[Finding]:
    """Every schema bound to every table; a schema file that cannot be used is an error finding."""
    out = []
    for table in tb.bound_tables(ctx, CHECK):
        severity = tb.table_options(ctx, CHECK, table)["severity"]
        rel = table.meta["binding"]["schema"]
        try:
            schema = load_schema(inp.input_path(table, rel), rel)
        except SchemaError as exc:
            out.append(inp.unusable(CHECK, table, rel, str(exc)))
            continue
        out += findings(table, rel, failure_cases(schema, table.frame), severity)
    return out


CHECK = Check(
    NAME,
    "tables",
    "pandera schemas (YAML, or Python exposing `schema`) bound to tables in figcheck.toml",
    run,
    options=OPTIONS,
)
