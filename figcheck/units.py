"""The canonical unit vocabulary: each unit's dimension and factor to that dimension's base unit."""

from __future__ import annotations

# canonical unit -> (dimension, factor to the base unit of the dimension)
UNIT_TABLE: dict[str, tuple[str, float]] = {
    "count": ("count", 1.0),
    "percent": ("percent", 1.0),
    "percentage_point": ("percentage_point", 1.0),
    "rank": ("rank", 1.0),
    "age_year": ("age", 1.0),
    "m": ("length", 1.0),
    "km": ("length", 1000.0),
    "mi": ("length", 1609.344),
    "kg": ("mass", 1.0),
    "t": ("mass", 1000.0),
    "ha": ("area", 1e4),
    "km2": ("area", 1e6),
    "MW": ("power", 1e6),
    "GW": ("power", 1e9),
    "hour": ("duration", 3600.0),
    "day": ("duration", 86400.0),
    "week": ("duration", 604800.0),
    "month": ("duration", 2629746.0),
    "year": ("duration", 31556952.0),
}
CURRENCIES = ("USD", "EUR", "GBP", "RUB", "UAH", "KZT", "CNY", "JPY", "CHF", "TRY", "INR")


def dimension(unit: str) -> tuple[str, float]:
    """(dimension, factor to base) of a canonical unit; a currency is a dimension of its own
    until exchange rates are applied ("money:USD")."""
    if unit in UNIT_TABLE:
        return UNIT_TABLE[unit]
    if unit.isupper() and len(unit) == 3:
        return f"money:{unit}", 1.0
    return f"other:{unit}", 1.0


def convert(value: float, unit: str, to_unit: str) -> float:
    """`value` in `unit` expressed in `to_unit`; ValueError naming both when they cannot convert."""
    (dim_a, fa), (dim_b, fb) = dimension(unit), dimension(to_unit)
    if dim_a != dim_b:
        raise ValueError(f"cannot convert {unit} ({dim_a}) to {to_unit} ({dim_b})")
    return value * fa / fb
