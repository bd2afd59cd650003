"""figcheck.toml: binds a folder's tables to a role, their columns, the checks and check options."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from figcheck.checks.base import Check

CONFIG = "figcheck.toml"
TOP_KEYS = ("tables",)
TABLE_KEYS = ("checks", "columns", "options", "role")


class ConfigError(ValueError):
    """figcheck.toml cannot be used as written; the message names the file, the key and the fix."""


def load(folder: Path, registry: Mapping[str, Check] | None = None) -> dict[str, dict[str, Any]]:
    """The bindings of `folder/figcheck.toml` as {table path: binding}; {} when there is no file.

    A binding is a plain dict: role (str or None), checks (list of names), columns
    ({role column: actual column}) and options ({check: {option: value}}).
    """
    path = folder / CONFIG
    if not path.is_file():
        return {}
    if registry is None:
        from figcheck.checks import REGISTRY as registry
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc}); fix the file") from None
    _keys(path, "", raw, TOP_KEYS)
    tables = raw.get("tables", {})
    if not isinstance(tables, dict):
        raise ConfigError(f'{path}: tables must be a table of [tables."<file>"] sections')
    return {rel: _binding(path, rel, spec, registry) for rel, spec in tables.items()}


def _keys(path: Path, where: str, spec: Mapping[str, Any], valid: tuple[str, ...]) -> None:
    for key in spec:
        if key not in valid:
            prefix = f"{where}: " if where else ""
            listed = ", ".join(sorted(valid)) or "none"
            raise ConfigError(f"{path}: {prefix}unknown key {key!r}; valid keys: {listed}")


def _binding(path: Path, rel: str, spec: Any, registry: Mapping[str, Check]) -> dict[str, Any]:
    where = f'tables."{rel}"'
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
        "options": _options(path, where, spec.get("options", {}), bound),
    }


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


def _options(path: Path, where: str, options: Any, bound: list[Check]) -> dict[str, dict]:
    if not isinstance(options, dict):
        raise ConfigError(f"{path}: {where}.options must hold [options.<check>] tables")
    by_name = {check.name: check for check in bound}
    _keys(path, f"{where}.options", options, tuple(by_name))
    out: dict[str, dict[str, Any]] = {}
    for name, values in options.items():
        spec, here = by_name[name].options, f"{where}.options.{name}"
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
