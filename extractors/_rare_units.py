"""Rare units ("150 µg", "85 dB", "2.4 GHz") read from quantulum3's unit list, loaded once."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

# Kinds of quantulum3 unit that figcheck reads itself (money, durations, temperatures) or that
# are mostly ordinary words ("instance", "turn"): never taken from the list.
_SKIP_ENTITIES = {
    "dimensionless", "currency", "time", "temperature", "typographical element",
    "instance frequency",
}  # fmt: skip
# Unit names that are far more often plain words in news ("two bars of soap")
_STOP = {
    "bar", "cup", "mole", "henry", "gauss", "mill", "cal", "tesla", "barn", "are", "league",
    "chain", "link", "rod", "pole", "perch", "span", "mark", "gross", "score", "point", "bolt",
    "qubit", "pint",
}  # fmt: skip


def _table() -> tuple[dict[str, str], dict[str, str]]:
    """(lower-case name -> unit, case-sensitive symbol -> unit) from quantulum3's data files.

    The unit written to the claims table is the unit's symbol where it has a distinctive one
    ("µg", "dB", "kPa"), else its name. Names that quantulum3 itself lists as common words, and
    symbols of one letter or of two lower-case letters ("b", "mb"), are left out: in news text
    they are words or ambiguous.
    """
    spec = importlib.util.find_spec("quantulum3")  # where its data lie, without importing it
    if spec is None or spec.origin is None:
        return {}, {}
    root = Path(spec.origin).parent
    units = json.loads((root / "units.json").read_text(encoding="utf-8"))
    common_path = root / "_lang" / "en_US" / "common-words.json"
    common = json.loads(common_path.read_text(encoding="utf-8"))
    words = {w.lower() for group in common.values() for w in group} | _STOP
    names: dict[str, str] = {}
    symbols: dict[str, str] = {}
    for name, unit in sorted(units.items()):
        if unit.get("entity") in _SKIP_ENTITIES or not unit.get("entity"):
            continue
        marks = [s for s in unit.get("symbols", []) if _distinctive(s)]
        canonical = marks[0] if marks else name
        for surface in unit.get("surfaces", []):
            s = " ".join(surface.lower().split())
            if s not in words and " " not in s and len(s) > 2:
                names.setdefault(s, canonical)
        for mark in marks:
            symbols.setdefault(mark, canonical)
        _prefixed(name, unit, names, symbols)
    return names, symbols


# SI prefixes that news puts on electrical and frequency units ("400 kV", "2.4 GHz", "5 MJ")
_PREFIXES = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera"}
_PREFIXABLE = {"volt", "ampere", "hertz", "joule", "pascal", "watt-hour", "gray", "sievert"}


def _prefixed(name: str, unit: dict, names: dict[str, str], symbols: dict[str, str]) -> None:  # type: ignore[type-arg]
    """Add "kV"/"kilovolt", "GHz"/"gigahertz", ... for the base units of _PREFIXABLE."""
    if name not in _PREFIXABLE:
        return
    base = [s for s in unit.get("symbols", []) if s.isascii() and s[:1].isupper()][:1]
    for short, long in _PREFIXES.items():
        symbol = f"{short}{base[0]}" if base else f"{long}{name}"
        symbols.setdefault(symbol, symbol)
        names.setdefault(f"{long}{name}", symbol)


_TABLE: list[dict[str, str]] = []  # (names, symbols), read on first use


def _load() -> list[dict[str, str]]:
    _TABLE.extend(_table())
    return _TABLE


def _distinctive(symbol: str) -> bool:
    if len(symbol) < 2 or (len(symbol) == 2 and symbol.isascii() and symbol.islower()):
        return False
    return not symbol.isdigit() and " " not in symbol


def rare_unit(word: str) -> str | None:
    """The unit `word` names after a number ("micrograms" -> "µg", "GHz" -> "GHz"), or None.

    Names count only in lower case ("5 Teslas" are cars); symbols are matched as written.
    """
    names, symbols = _TABLE or _load()
    if word in symbols:
        return symbols[word]
    if not word.islower():
        return None
    singular = (word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else "")
    for form in (word, *singular):
        if form and form in names:
            return names[form]
    return None
