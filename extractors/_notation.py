"""Digits without their separators, exponents ("1.3e6", "6.2x10^-4") and rounding precision."""

from __future__ import annotations

import re

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"

EXPONENT = rf"""
    [eE][+-]?\d{{1,3}}(?![\w.])                        # 1.3e6, 12.32e+14
    | \ ?[x×*]\ ?10(?:\^[+-]?\d{{1,3}}|[⁺⁻]?[{_SUPERSCRIPT}]{{1,3}})(?![\w.])  # 1.3x10^6, ×10⁶
"""

_POWER = re.compile(rf"(?:e|\^|10)([+\-⁺⁻]?[\d{_SUPERSCRIPT}]+)$", re.IGNORECASE)

_MANTISSA = re.compile(r"[\d,.\s\u202f\u00a0]*\d")

PLAIN = re.compile(r"[\d,.\s\u202f\u00a0]+")

# group separators, dropped with str.translate: a comma, the no-break spaces and white space (as
# `re`'s \s, which is str.isspace: every such character is below U+3001)
_DROP_SEPARATORS = dict.fromkeys(
    map(ord, ",\u202f\u00a0" + "".join(c for c in map(chr, range(0x3001)) if c.isspace()))
)

_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPT + "⁺⁻", "0123456789+-")


def plain(core: str) -> str:
    """The digits of a number without its group separators ("1,739" -> "1739")."""
    return core.translate(_DROP_SEPARATORS)


def scientific(core: str, end: int) -> tuple[float, int, float, str, int] | str:
    """ "1.3e6", "6.23 x 10^-4", "2×10⁹": the mantissa, its decimals, and 10 to the power."""
    mantissa = _MANTISSA.match(core).group(0)  # type: ignore[union-attr]
    power = _POWER.search(core[len(mantissa) :])
    exponent = int(power.group(1).translate(_FROM_SUPERSCRIPT)) if power else 0
    if abs(exponent) > 300:
        return "exponent out of range, not a figure"
    decimals = len(mantissa.split(".")[1]) if "." in mantissa else 0
    return float(plain(mantissa)), decimals, 10.0**exponent, core, end


def round_half(core: str, value: float) -> float:
    """The half-width a round integer carries: "1,100" +-50, capped at 5 % of the value."""
    digits = plain(core)
    zeros = len(digits) - len(digits.rstrip("0"))
    return min(0.5 * 10**zeros, 0.05 * value)
