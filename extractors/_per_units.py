"""Units per another unit: "38 µg/m³", "300 Wh/kg", "187 micrograms per cubic metre"."""

from __future__ import annotations

import re

from figcheck.extractors._mention import Mention
from figcheck.extractors._rare_units import rare_unit

# a unit per another, written with a slash ("38 µg/m³", "300 Wh/kg", "25 nmol/L", "5.6 mg/dL"):
# units of what is measured, and units it is measured per
_PER_HEADS = frozenset(
    "µg μg ug mg g kg t Wh kWh MWh W kW MW GW nmol µmol μmol mmol mol IU cal kcal Bq mSv µSv "
    "km m cm mm L l mL ml".split())
_PER_UNITS = frozenset(
    "m³ m3 m² m2 km² km2 kg g t L l dL dl mL ml kWh MWh km m h hr s yr year day person capita "
    "head ha".split())


_PER_VOLUME = re.compile(
    r"\s+(?:of\s+[A-Za-z0-9₂]+\s+)?per\s+(?P<per>cubic\s+met(?:re|er)|litre|liter|kilowatt-hour"
    r"|kWh)\b"
)
_PER_SYMBOL = {"cubic metre": "m³", "cubic meter": "m³", "litre": "L", "liter": "L",
               "kilowatt-hour": "kWh", "kwh": "kWh"}  # fmt: skip


def per_volume(s: str, mention: Mention, end: int) -> int:
    """ "187 micrograms per cubic metre": a concentration, µg/m³; "124 grams of CO2 per
    kilowatt-hour": g/kWh. Else the unit as read, ending at `end`."""
    per = _PER_VOLUME.match(s, end) if s.startswith(" ", end) else None
    if per is None:
        return end
    mention.unit = f"{mention.unit}/{_PER_SYMBOL[' '.join(per.group('per').lower().split())]}"
    return per.end()


def per_unit(word: str) -> str | None:
    """The unit of "µg/m³" (its own text), when both sides are units; else None."""
    head, _, per = word.partition("/")
    if (head in _PER_HEADS or rare_unit(head)) and per in _PER_UNITS:
        return word
    return None
