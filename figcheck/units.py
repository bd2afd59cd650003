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
    "hp": ("power", 745.7),
    "GW": ("power", 1e9),
    "second": ("duration", 1.0),
    "minute": ("duration", 60.0),
    "hour": ("duration", 3600.0),
    "day": ("duration", 86400.0),
    "week": ("duration", 604800.0),
    "month": ("duration", 2629746.0),
    "year": ("duration", 31556952.0),
    "age_month": ("age", 1 / 12),
    "age_week": ("age", 7 / 365.2425),
    "age_day": ("age", 1 / 365.2425),
    "cm": ("length", 0.01),
    "mm": ("length", 0.001),
    "ft": ("length", 0.3048),
    "in": ("length", 0.0254),
    "g": ("mass", 0.001),
    "mg": ("mass", 1e-6),
    "lb": ("mass", 0.45359237),
    "oz": ("mass", 0.028349523125),
    "m2": ("area", 1.0),
    "acre": ("area", 4046.8564224),
    "mi2": ("area", 2589988.110336),
    "m3": ("volume", 1.0),
    "cm3": ("volume", 1e-6),
    "l": ("volume", 0.001),
    "ml": ("volume", 1e-6),
    "gal": ("volume", 0.003785411784),
    "bbl": ("volume", 0.158987294928),
    "ft3": ("volume", 0.028316846592),
    "ft2": ("area", 0.09290304),
    "nmi": ("length", 1852.0),
    "ly": ("length", 9460730472580800.0),
    "mph": ("speed", 0.44704),
    "km/h": ("speed", 1 / 3.6),
    "kW": ("power", 1e3),
    "Wh": ("energy", 3600.0),
    "kWh": ("energy", 3.6e6),
    "kcal": ("energy", 4184.0),
    "magnitude": ("magnitude", 1.0),
    "MWh": ("energy", 3.6e9),
    "GWh": ("energy", 3.6e12),
    "TWh": ("energy", 3.6e15),
    "ppm": ("concentration", 1e-6),
    "ppb": ("concentration", 1e-9),
}
# Temperatures sit on offset scales, so no factor takes them to a base unit: for linking each
# scale is a dimension of its own ("temperature:degC"), and `convert` handles them explicitly.
# "deg" (a bare "degrees": temperature or angle) is not converted at all.
TEMPERATURE_UNITS = ("degC", "degF")
CURRENCIES = ("USD", "EUR", "GBP", "RUB", "UAH", "KZT", "CNY", "JPY", "CHF", "TRY", "INR")
DURATIONS = frozenset(u for u, (dim, _) in UNIT_TABLE.items() if dim == "duration")


def is_money(unit: str) -> bool:
    """A currency: an ISO 4217 code, three capitals ("USD", "KES")."""
    return unit.isupper() and len(unit) == 3


def dimension(unit: str) -> tuple[str, float]:
    """(dimension, factor to base) of a canonical unit; a currency is a dimension of its own
    until exchange rates are applied ("money:USD")."""
    if unit in UNIT_TABLE:
        return UNIT_TABLE[unit]
    if unit in TEMPERATURE_UNITS:
        return f"temperature:{unit}", 1.0
    if is_money(unit):
        return f"money:{unit}", 1.0
    return f"other:{unit}", 1.0


def convert(value: float, unit: str, to_unit: str) -> float:
    """`value` in `unit` expressed in `to_unit`; ValueError naming both when they cannot convert."""
    if unit in TEMPERATURE_UNITS and to_unit in TEMPERATURE_UNITS:
        celsius = value if unit == "degC" else (value - 32) / 1.8
        return celsius if to_unit == "degC" else celsius * 1.8 + 32
    (dim_a, fa), (dim_b, fb) = dimension(unit), dimension(to_unit)
    if dim_a != dim_b:
        raise ValueError(f"cannot convert {unit} ({dim_a}) to {to_unit} ({dim_b})")
    return value * fa / fb
