"""Every unit the extractor can write is in the documented canonical vocabulary."""

from __future__ import annotations

import re
from pathlib import Path

from figcheck.extractors import _lexicon as lex
from figcheck.units import TEMPERATURE_UNITS, UNIT_TABLE, dimension

DOC = Path(__file__).resolve().parent.parent / "docs" / "units.md"


def _emitted() -> set[str]:
    units = set(lex.UNITS.values())
    units |= set(lex.TEMPERATURES.values()) | {"count", "rank", "age_year", "age_month"}
    units |= {"age_week", "age_day"}
    money = set(lex.CURRENCY_PREFIX.values()) | set(lex.CURRENCY_WORDS.values())
    money |= set(lex.CURRENCY_SUFFIX.values()) | {c for c, _f in lex.CURRENCY_SCALED.values()}
    return units | money


def test_every_emitted_unit_has_a_known_dimension() -> None:
    # "deg" (a bare "degrees": temperature or angle) is never converted, by design
    unknown = sorted(u for u in _emitted() - {"deg"} if dimension(u)[0].startswith("other:"))
    assert unknown == [], f"add these to figcheck/units.py UNIT_TABLE: {unknown}"


def test_every_physical_unit_is_documented() -> None:
    documented = set(re.findall(r"`([^`]+)`", DOC.read_text(encoding="utf-8")))
    physical = {u for u in _emitted() if u in UNIT_TABLE or u in TEMPERATURE_UNITS}
    missing = sorted(physical - documented)
    assert missing == [], f"document these units in docs/units.md: {missing}"
