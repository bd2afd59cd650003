"""figcheck.toml: binds a folder's tables to a role, their columns, the checks and check options."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from figcheck.checks.base import Check

CONFIG = "figcheck.toml"
PYPROJECT = "pyproject.toml"  # its [tool.figcheck] is read when there is no figcheck.toml
TOP_KEYS = ("figcheck", "tables")  # [figcheck]: the run's settings (figcheck.settings)
TABLE_KEYS = ("checks", "columns", "mirror", "options", "role", "schema", "suites")
# keys naming what a check reads besides its table, and the check that reads them
INPUT_KEYS = {"suites": "expectation_suite", "schema": "pandera_schema", "mirror": "mirror_tables"}
SCHEMA_SUFFIXES = (".yaml", ".yml", ".py")


class ConfigError(ValueError):
    """figcheck.toml cannot be used as written; the message names the file, the key and the fix."""


def load(folder: Path, registry: Mapping[str, Check] | None = None) -> dict[str, dict[str, Any]]:
    """The bindings of `folder/figcheck.toml` as {table path: binding}; {} when there is no file.

    A binding is a plain dict: role (str or None), checks (list of names), columns
    ({role column: actual column}) and options ({check: {option: value}}).
    """
    found = read(folder)
    if found is None:
        return {}
    path, prefix, raw = found
    if registry is None:
        from figcheck.checks import REGISTRY as registry
    tables = raw.get("tables", {})
    if not isinstance(tables, dict):
        raise ConfigError(
            f'{path}: {prefix}tables must be a table of [{prefix}tables."<file>"] sections'
        )
    return {rel: _binding(path, rel, spec, registry, prefix) for rel, spec in tables.items()}


def _toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file") from None


def read(folder: Path) -> tuple[Path, str, dict[str, Any]] | None:
    """The folder's configuration as (file, key prefix for messages, {"figcheck": settings,
    "tables": bindings}): figcheck.toml, else the [tool.figcheck] table of pyproject.toml
    (settings at its top, bindings under its `tables`); None when there is neither."""
    path = folder / CONFIG
    if path.is_file():
        raw = _toml(path)
        _keys(path, "", raw, TOP_KEYS)
        return path, "", raw
    path = folder / PYPROJECT
    if not path.is_file():
        return None
    tool = _toml(path).get("tool", {}).get("figcheck")
    if tool is None:
        return None
    if not isinstance(tool, dict):
        raise ConfigError(f"{path}: tool.figcheck must be a table: [tool.figcheck]")
    settings = {k: v for k, v in tool.items() if k != "tables"}
    return path, "tool.figcheck.", {"figcheck": settings, "tables": tool.get("tables", {})}


def _keys(path: Path, where: str, spec: Mapping[str, Any], valid: tuple[str, ...]) -> None:
    for key in spec:
        if key not in valid:
            prefix = f"{where}: " if where else ""
            listed = ", ".join(sorted(valid)) or "none"
            raise ConfigError(f"{path}: {prefix}unknown key {key!r}; valid keys: {listed}")


def _binding(
    path: Path, rel: str, spec: Any, registry: Mapping[str, Check], prefix: str = ""
) -> dict[str, Any]:
    where = f'{prefix}tables."{rel}"'
    if not isinstance(spec, dict):
        raise ConfigError(f"{path}: {where} must be a table with keys {', '.join(TABLE_KEYS)}")
    _keys(path, where, spec, TABLE_KEYS)
    role = spec.get("role")
    if role is not None and not isinstance(role, str):
        raise ConfigError(f'{path}: {where}.role: {role!r} is not a string; write role = "..."')
    checks = spec.get("checks", [])
    if not isinstance(checks, list) or not all(isinstance(c, str) for c in checks):
        raise ConfigError(f'{path}: {where}.checks must be a list of check names, e.g. ["x"]')
    table_checks = [name for name, check in registry.items() if check.needs == "tables"]
    for name in checks:
        if name not in table_checks:
            what = "not a table check" if name in registry else "unknown check"
            raise ConfigError(
                f"{path}: {where}.checks: {what} {name!r}; valid: {', '.join(table_checks)}"
            )
    bound = [registry[name] for name in checks]
    return {
        "role": role,
        "checks": list(checks),
        "columns": _columns(path, where, spec.get("columns", {}), bound),
        "options": check_options(
            path, f"{where}.options", spec.get("options", {}), {c.name: c for c in bound}
        ),
        **_inputs(path, where, spec, checks),
    }


def _inputs(path: Path, where: str, spec: dict[str, Any], checks: list[str]) -> dict[str, Any]:
    """suites, schema and [mirror."<name>"]: present only when given, each with its check."""
    for key, check in INPUT_KEYS.items():
        if key in spec and check not in checks:
            raise ConfigError(f'{path}: {where}.{key}: add "{check}" to checks to use it')
        if key not in spec and check in checks:
            example = {"suites": '= ["suite.json"]', "schema": '= "schema.yaml"'}.get(key)
            fix = f"{key} {example}" if example else f'a [{where}.mirror."<name>"] section'
            raise ConfigError(f"{path}: {where}.checks: {check!r} needs {fix}")
    out: dict[str, Any] = {}
    if "suites" in spec:
        suites = spec["suites"]
        if not isinstance(suites, list) or not suites or not all(_text(s) for s in suites):
            raise ConfigError(
                f'{path}: {where}.suites must be a list of suite JSON paths, e.g. ["suite.json"]'
            )
        out["suites"] = list(suites)
    if "schema" in spec:
        schema = spec["schema"]
        if not _text(schema) or not schema.lower().endswith(SCHEMA_SUFFIXES):
            raise ConfigError(
                f"{path}: {where}.schema: {schema!r} is not a schema path; "
                f"expected a file ending {', '.join(SCHEMA_SUFFIXES)}"
            )
        out["schema"] = schema
    if "mirror" in spec:
        out["mirror"] = _mirror(path, where, spec["mirror"])
    return out


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _mirror(path: Path, where: str, sections: Any) -> dict[str, dict[str, Any]]:
    from figcheck.checks.mirror_tables import REQUIRED, SECTION

    if not isinstance(sections, dict) or not sections:
        raise ConfigError(f'{path}: {where}.mirror must hold [mirror."<name>"] tables')
    out = {}
    for name, values in sections.items():
        here = f'{where}.mirror."{name}"'
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: {here} must be a table of key = value pairs")
        _keys(path, here, values, tuple(SECTION))
        for key in REQUIRED:
            if key not in values:
                raise ConfigError(f"{path}: {here}: missing {key!r}; {key} = {SECTION[key].help}")
        for key, value in values.items():
            if not SECTION[key].accepts(value):
                raise ConfigError(
                    f"{path}: {here}.{key}: {value!r} is not valid; expected {SECTION[key].help}"
                )
        full = {key: opt.default for key, opt in SECTION.items()} | values
        full["other_key"] = full["other_key"] or full["key"]
        full["other_column"] = full["other_column"] or full["column"]
        out[name] = full
    return out


def _columns(path: Path, where: str, columns: Any, bound: list[Check]) -> dict[str, str]:
    roles = tuple(dict.fromkeys(role for check in bound for role in check.columns))
    if not isinstance(columns, dict):
        raise ConfigError(f'{path}: {where}.columns must be a table of role = "column" pairs')
    _keys(path, f"{where}.columns", columns, roles)
    for role, actual in columns.items():
        if not isinstance(actual, str):
            raise ConfigError(
                f"{path}: {where}.columns.{role}: {actual!r} is not a column name (a string)"
            )
    return dict(columns)


def check_options(
    path: Path, where: str, options: Any, checks: Mapping[str, Check]
) -> dict[str, dict[str, Any]]:
    """Validated `[<where>.<check>]` option tables: each key must be an option the check
    declares, each value one that option accepts; errors name the file, the key and the fix."""
    if not isinstance(options, dict):
        raise ConfigError(f"{path}: {where} must hold [{where}.<check>] tables")
    _keys(path, where, options, tuple(checks))
    out: dict[str, dict[str, Any]] = {}
    for name, values in options.items():
        spec, here = checks[name].options, f"{where}.{name}"
        if not isinstance(values, dict):
            raise ConfigError(f"{path}: {here} must be a table of option = value pairs")
        _keys(path, here, values, tuple(spec))
        for key, value in values.items():
            if not spec[key].accepts(value):
                raise ConfigError(
                    f"{path}: {here}.{key}: {value!r} is not valid; expected {spec[key].help}"
                )
        out[name] = dict(values)
    return out


def referenced_files(bindings: Mapping[str, dict[str, Any]]) -> set[str]:
    """The suite and schema files the bindings name (relative to the folder): ingest skips them."""
    named = [f for b in bindings.values() for f in [*b.get("suites", []), b.get("schema")] if f]
    return {Path(f).as_posix().removeprefix("./") for f in named}
