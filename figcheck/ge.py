"""The one adapter to Great Expectations 1.x: in-memory context, suites as JSON, tidy results."""

from __future__ import annotations

import difflib
import json
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # GE costs ~2-3 s to import: only functions that run a suite import it
    from great_expectations import ExpectationSuite

RESULT_COLUMNS = (
    "expectation",  # position in the suite, from 0
    "type",
    "kwargs",
    "severity",  # the suite's: critical, warning or info
    "success",
    "element_count",
    "unexpected_count",
    "rows",  # failing row labels of the frame's index (all of them)
    "values",  # the first MAX_VALUES failing values
    "observed",  # observed_value of aggregate expectations (mean, row count, ...)
    "exception",  # why GE could not evaluate it (missing column, ...), else None
)
MAX_VALUES = 20
SUITE_KEYS = ("expectations", "id", "meta", "name", "notes", "suite_parameters")
EXPECTATION_KEYS = ("description", "id", "kwargs", "meta", "notes", "rendered_content", "severity")
EXPECTATION_KEYS += ("type",)
MIRROR_COLUMNS = ("value", "other_value", "gap", "relative_gap")
_STATE: dict[str, Any] = {}


class SuiteError(ValueError):
    """A suite file or dict cannot be used; the message names the file, the problem and the fix."""


def _gx() -> Any:
    """great_expectations, imported once, with analytics and its log chatter off."""
    if "gx" not in _STATE:
        os.environ["GX_ANALYTICS_ENABLED"] = "False"  # GE must reach nothing over the network
        import great_expectations as gx

        logging.getLogger("great_expectations").setLevel(logging.CRITICAL)
        _STATE["gx"] = gx
    return _STATE["gx"]


def _batch_definition() -> Any:
    """The whole-dataframe batch definition of one ephemeral (in-memory) context, made once:
    no analytics, no progress bars, no data-docs site."""
    if "batches" not in _STATE:
        gx = _gx()
        from great_expectations.data_context.types.base import (
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            analytics_enabled=False,
            progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
        )
        context = gx.get_context(project_config=config, mode="ephemeral")
        asset = context.data_sources.add_pandas(name="figcheck").add_dataframe_asset(name="table")
        _STATE["batches"] = asset.add_batch_definition_whole_dataframe("whole")
    return _STATE["batches"]


def expectation_types() -> list[str]:
    """The snake_case names of every expectation GE knows (expect_column_values_to_be_unique...)."""
    _gx()
    from great_expectations.expectations.registry import list_registered_expectation_implementations

    return sorted(list_registered_expectation_implementations())


def suite_from_dict(spec: Any, source: str = "suite") -> ExpectationSuite:
    """A GE 1.x ExpectationSuite from its JSON dict; every problem is a SuiteError naming `source`.

    GE itself logs and drops an expectation it cannot build; here that is an error instead.
    """
    gx = _gx()
    if not isinstance(spec, dict):
        raise SuiteError(f"{source}: a suite is a JSON object with keys {', '.join(SUITE_KEYS)}")
    _known_keys(source, "", spec, SUITE_KEYS)
    items = spec.get("expectations", [])
    if not isinstance(items, list):
        raise SuiteError(f"{source}: 'expectations' must be a list of {{type, kwargs}} objects")
    built = [_expectation(source, i, item) for i, item in enumerate(items)]
    fields = {k: v for k, v in spec.items() if k != "expectations"}
    fields.setdefault("name", Path(source).stem)
    return gx.ExpectationSuite(**fields, expectations=built)


def _known_keys(source: str, where: str, spec: dict, valid: tuple[str, ...]) -> None:
    for key in spec:
        if key not in valid:
            hint = "; GE 1.x writes 'type'" if key == "expectation_type" else ""
            raise SuiteError(
                f"{source}: {where}unknown key {key!r}{hint}; valid keys: {', '.join(valid)}"
            )


def _expectation(source: str, i: int, item: Any) -> Any:
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

    where = f"expectation {i + 1}: "
    if isinstance(item, dict):
        _known_keys(source, where, item, EXPECTATION_KEYS)
    if not isinstance(item, dict) or not isinstance(item.get("type"), str):
        raise SuiteError(f'{source}: {where}needs "type" (a string) and "kwargs" (an object)')
    known = expectation_types()
    if item["type"] not in known:
        near = difflib.get_close_matches(item["type"], known, n=3, cutoff=0.6)
        some = ", ".join(near or [t for t in known if t.startswith("expect_column_values")][:4])
        raise SuiteError(
            f"{source}: {where}unknown expectation type {item['type']!r}; valid types include "
            f"{some} ({len(known)} in all: figcheck.ge.expectation_types())"
        )
    where += f"{item['type']}: "
    try:
        return ExpectationConfiguration(**item).to_domain_obj()
    except Exception as exc:  # pydantic's ValidationError or GE's configuration errors
        raise SuiteError(f"{source}: {where}{_why(exc)}") from None


def _why(exc: Exception) -> str:
    """pydantic's errors as "column: field required; colum: extra fields not permitted"."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    first: dict[str, str] = {}
    for err in errors():
        first.setdefault(".".join(map(str, err["loc"])), err["msg"])
    return "; ".join(f"{loc}: {msg}" for loc, msg in first.items())


def load_suite(path: str | Path, name: str | None = None) -> ExpectationSuite:
    """A suite JSON file (as written by `export_suite` or GE's `to_json_dict`); errors call the
    file `name` (default: the path)."""
    path, name = Path(path), name or str(path)
    try:
        spec = json.loads(path.read_text(encoding="utf-8-sig"))
    except (FileNotFoundError, IsADirectoryError):
        raise SuiteError(f"{name}: no such suite file; fix the path") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SuiteError(f"{name}: not valid JSON ({exc}); fix the file") from None
    return suite_from_dict(spec, name)


def export_suite(suite: ExpectationSuite | dict, path: str | Path | None = None) -> dict:
    """The suite as a JSON dict (checked by building it); also written to `path` if given."""
    if isinstance(suite, dict):
        suite = suite_from_dict(suite)
    data = suite.to_json_dict()
    if path is not None:
        Path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


def run_suite(frame: pd.DataFrame, suite: ExpectationSuite | dict) -> pd.DataFrame:
    """Validate `frame` against `suite`: one row per expectation, columns RESULT_COLUMNS."""
    if isinstance(suite, dict):
        suite = suite_from_dict(suite)
    batch = _batch_definition().get_batch(batch_parameters={"dataframe": _plain_frame(frame)})
    rows = []
    for i, expectation in enumerate(suite.expectations):
        # one at a time: results keep the suite's order, and no suite is stored in the context
        result = batch.validate(expectation, result_format="COMPLETE")
        rows.append(_tidy(i, expectation, result))
    out = pd.DataFrame(rows, columns=list(RESULT_COLUMNS), dtype=object)
    counts = {"element_count": "Int64", "unexpected_count": "Int64"}
    return out.astype({"expectation": "int64", "success": "bool", **counts})


def _tidy(i: int, expectation: Any, result: Any) -> dict[str, Any]:
    config = expectation.configuration
    res = result.result or {}
    kwargs = {k: v for k, v in config.kwargs.items() if k != "batch_id"}
    return {
        "expectation": i,
        "type": config.type,
        "kwargs": _json(kwargs),
        "severity": str(getattr(expectation.severity, "value", expectation.severity)),
        "success": bool(result.success),
        "element_count": res.get("element_count"),
        "unexpected_count": res.get("unexpected_count"),
        "rows": _json(res.get("unexpected_index_list") or []),
        "values": _json((res.get("unexpected_list") or [])[:MAX_VALUES]),
        "observed": _json(res.get("observed_value")),
        "exception": _exception(result.exception_info or {}),
    }


def _exception(info: dict) -> str | None:
    if "raised_exception" in info:
        return info.get("exception_message") if info["raised_exception"] else None
    for value in info.values():  # keyed by metric when a metric failed
        if isinstance(value, dict) and value.get("raised_exception"):
            return value.get("exception_message")
    return None


def _plain_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """NumPy-backed copy: GE's pandas metrics trip over pyarrow's NA ("boolean value of NA")."""
    out = {}
    for name in frame.columns:
        col = frame[name]
        if pd.api.types.is_numeric_dtype(col.dtype) and not pd.api.types.is_bool_dtype(col.dtype):
            if col.isna().any() or pd.api.types.is_float_dtype(col.dtype):
                out[name] = col.to_numpy(dtype="float64", na_value=np.nan)
            else:
                out[name] = col.to_numpy(dtype="int64")
        else:
            out[name] = col.to_numpy(dtype=object, na_value=None)
    return pd.DataFrame(out, index=frame.index, columns=frame.columns)


def _json(value: Any) -> Any:
    """Plain Python (JSON-ready) values: NumPy and pyarrow scalars, tuples, NaN -> None."""
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, float) and np.isnan(value):
        return None
    return value


def mirror_suite(tolerance: float, name: str = "mirror", meta: dict | None = None) -> Any:
    """The suite a mirror comparison runs on its joined frame (`mirror_tables.joined_frame`):
    the relative gap is at most `tolerance`; a key missing on one side is an info-level failure."""
    gx = _gx()
    import great_expectations.expectations as gxe

    within = gxe.ExpectColumnValuesToBeBetween(
        column="relative_gap", min_value=0, max_value=tolerance
    )
    both = [
        gxe.ExpectColumnValuesToNotBeNull(column=c, severity="info") for c in MIRROR_COLUMNS[:2]
    ]
    return gx.ExpectationSuite(name=name, expectations=[within, *both], meta=meta or {})


def export_mirror_suite(
    folder: str | Path, table: str, mirror: str, out: str | Path
) -> tuple[Path, Path]:
    """Write one mirror comparison of `folder/figcheck.toml` so that GE can rerun it anywhere:
    `<out>/<mirror>.suite.json` and the joined frame it validates, `<out>/<mirror>.csv`."""
    from figcheck.checks import mirror_tables
    from figcheck.ingest import load_folder

    _, tables, _ = load_folder(Path(folder))
    by_id = {t.id: t for t in tables}
    if table not in by_id:
        raise SuiteError(f"{table}: not a table in {folder}; valid: {', '.join(sorted(by_id))}")
    sections = (by_id[table].meta.get("binding") or {}).get("mirror", {})
    if mirror not in sections:
        valid = ", ".join(sections) or "none"
        raise SuiteError(f'{table}: no [mirror."{mirror}"] section; valid: {valid}')
    spec = sections[mirror]
    if spec["other"] not in by_id:
        raise SuiteError(f'{table}: mirror "{mirror}": other = {spec["other"]!r} is not a table')
    joined = mirror_tables.joined_frame(by_id[table], by_id[spec["other"]], spec)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    suite_path, frame_path = out / f"{mirror}.suite.json", out / f"{mirror}.csv"
    meta = mirror_tables.suite_meta(table, mirror, spec, frame_path.name)
    export_suite(mirror_suite(spec["tolerance"], mirror, meta), suite_path)
    joined.to_csv(frame_path, index=False)
    return suite_path, frame_path
