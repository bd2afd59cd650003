"""The check registry: every check figcheck runs, by its stable name, in run order."""

from figcheck.checks import (
    change_points,
    components_sum,
    cross_source_conflict,
    digit_tests,
    excess_deaths,
    expectations,
    growth_rate,
    integer_percent,
    mirror_tables,
    pandera_schema,
    parenthetical_conversion,
    part_exceeds_whole,
    reference_table,
    regional_outliers,
    round_number_bunching,
    share_implied_total,
    sum_of_parts,
)
from figcheck.checks.base import Check, CheckContext

REGISTRY: dict[str, Check] = {
    c.name: c
    for c in (
        cross_source_conflict.CHECK,
        part_exceeds_whole.CHECK,
        components_sum.CHECK,
        parenthetical_conversion.CHECK,
        share_implied_total.CHECK,
        growth_rate.CHECK,
        reference_table.CHECK,
        integer_percent.CHECK,
        excess_deaths.CHECK,
        sum_of_parts.CHECK,
        change_points.CHECK,
        digit_tests.CHECK,
        round_number_bunching.CHECK,
        regional_outliers.CHECK,
        expectations.CHECK,
        pandera_schema.CHECK,
        mirror_tables.CHECK,
    )
}

__all__ = ["REGISTRY", "Check", "CheckContext"]
