"""Run settings: command-line flag > FIGCHECK_* environment > figcheck.toml > defaults."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from figcheck import config
from figcheck.config import ConfigError
from figcheck.ids import short_hash

FAIL_ON = ("error", "warning", "never")
OFF = ("off", "false", "no", "none")  # environment values that turn the ledger or baseline off
DEFAULTS: dict[str, Any] = {
    "fail_on": "error",
    "ledger": ".figcheck/ledger.duckdb",  # relative to the folder; figcheck.ledger.DEFAULT
    "baseline": "figcheck-baseline.toml",  # relative to the folder; figcheck.baseline.BASELINE
    "extractor": "figcheck",
    "checks": None,  # all registered checks
    "lock_timeout": 30.0,
    "options": {},
}
ENV = {key: f"FIGCHECK_{key.upper()}" for key in DEFAULTS if key != "options"}


@dataclass(frozen=True)
class Settings:
    """The settings of one run; `origin` says where each came from (for --verbose)."""

    fail_on: str = "error"
    ledger: str | None = None  # a path (relative ones: to the current directory); None: off
    baseline: str | None = None  # likewise
    extractor: str = "figcheck"
    checks: list[str] | None = None
    lock_timeout: float = 30.0
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    origin: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def ledger_path(self) -> Path | None:
        """The ledger file, or None when the ledger is off."""
        return None if self.ledger is None else Path(self.ledger).expanduser()

    @property
    def baseline_path(self) -> Path | None:
        """The baseline file, or None when the baseline is off."""
        return None if self.baseline is None else Path(self.baseline).expanduser()

    def digest(self) -> str:
        """A hash of the settings that shape results (stored with each run in the ledger)."""
        shaping = {k: v for k, v in asdict(self).items() if k in ("extractor", "checks", "options")}
        return short_hash(json.dumps(shaping, sort_keys=True, default=str), 12)


def _names(key: str) -> tuple[str, ...]:
    if key == "extractor":
        from figcheck.extractors import REGISTRY
    else:
        from figcheck.checks import REGISTRY
    return tuple(REGISTRY)


def expected(key: str) -> str:
    """What a valid value of setting `key` is, for error messages."""
    if key in ("extractor", "checks"):
        what = "one of" if key == "extractor" else "a list of check names from"
        return f"{what} {', '.join(_names(key))}"
    return {
        "fail_on": f"one of {', '.join(FAIL_ON)}",
        "ledger": "a file path (relative to the folder) or false",
        "baseline": "a file path (relative to the folder) or false",
        "lock_timeout": "a number of seconds >= 0",
    }[key]


def valid(key: str, value: Any) -> bool:
    """True when `value` is acceptable for setting `key`."""
    if key == "fail_on":
        return value in FAIL_ON
    if key in ("ledger", "baseline"):
        return value is False or (isinstance(value, str) and bool(value.strip()))
    if key == "extractor":
        return value in _names(key)
    if key == "checks":
        return isinstance(value, list) and all(v in _names(key) for v in value)
    number = isinstance(value, int | float) and not isinstance(value, bool)
    return number and value >= 0


def _from_env(key: str, text: str) -> Any:
    if key in ("ledger", "baseline") and text.strip().lower() in OFF:
        return False
    if key == "checks":
        return [name.strip() for name in text.split(",") if name.strip()]
    if key == "lock_timeout":
        try:
            return float(text)
        except ValueError:
            return text
    return text


def resolve(
    folder: Path, cli: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> Settings:
    """Settings for auditing `folder`: `cli` holds the flags given (None: not given); `env` is
    os.environ by default. A bad key or value raises ConfigError naming it, the valid options and
    where it was set."""
    env = os.environ if env is None else env
    values, origin = dict(DEFAULTS), dict.fromkeys(DEFAULTS, "default")
    found = config.read(Path(folder))
    if found is not None:
        path, prefix, raw = found
        for key, value in _section(path, prefix, raw.get("figcheck", {})).items():
            values[key], origin[key] = value, str(path)
    for key, var in ENV.items():
        text = env.get(var)
        if text:
            value = _from_env(key, text)
            if not valid(key, value):
                raise ConfigError(
                    f"environment variable {var}: {text!r} is not valid; expected {expected(key)}"
                )
            values[key], origin[key] = value, var
    for key, value in (cli or {}).items():
        if value is not None:
            values[key], origin[key] = value, "command line"
    for key in ("ledger", "baseline"):  # False turns it off; a default or file path is the folder's
        if not values[key]:
            values[key] = None
        elif origin[key] not in ("command line", ENV[key]):
            values[key] = str(Path(folder) / Path(values[key]).expanduser())
    return Settings(**values, origin=origin)


def folder_settings(folder: Path) -> dict[str, Any]:
    """The validated [figcheck] section of the folder's configuration ({} when there is none)."""
    found = config.read(Path(folder))
    if found is None:
        return {}
    path, prefix, raw = found
    return _section(path, prefix, raw.get("figcheck", {}))


def _section(path: Path, prefix: str, section: Any) -> dict[str, Any]:
    where = "tool.figcheck" if prefix else "figcheck"
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: {where} must be a table: [{where}]")
    config._keys(path, where, section, tuple(DEFAULTS) + (("tables",) if prefix else ()))
    out = {}
    for key, value in section.items():
        if key == "options":
            out[key] = _options(path, f"{where}.options", value)
        elif not valid(key, value):
            raise ConfigError(
                f"{path}: {where}.{key}: {value!r} is not valid; expected {expected(key)}"
            )
        else:
            out[key] = value
    return out


def _options(path: Path, where: str, options: Any) -> dict[str, dict[str, Any]]:
    from figcheck.checks import REGISTRY

    return config.check_options(path, where, options, REGISTRY)
