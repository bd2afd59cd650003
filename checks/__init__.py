"""The check registry: every check figcheck runs, by its stable name, in run order."""

from figcheck.checks import (
    cross_source_conflict,
    excess_deaths,
    integer_percent,
    parenthetical_conversion,
    part_exceeds_whole,
)
from figcheck.checks.base import Check, CheckContext

REGISTRY: dict[str, Check] = {
    c.name: c
    for c in (
        cross_source_conflict.CHECK,
        part_exceeds_whole.CHECK,
        parenthetical_conversion.CHECK,
        integer_percent.CHECK,
        excess_deaths.CHECK,
    )
}

__all__ = ["REGISTRY", "Check", "CheckContext"]
