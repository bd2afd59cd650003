"""Review cases on parts in later clauses, shares restating parts, ranges after a change."""

from __future__ import annotations

import pytest

from tests.extract_support import claims_of


@pytest.mark.parametrize(
    ("text", "surface", "low", "high"),
    [
        ("Prices could rise 10 to 12 per cent next year.", "10 to 12 per cent", 10, 12),
        ("The river is expected to rise 2 to 3 metres.", "2 to 3 metres", 2, 3),
        ("Global sea level has risen by 21 to 24 centimetres since 1880.",
         "21 to 24 centimetres", 21, 24),
    ],
)  # fmt: skip
def test_a_bare_number_to_one_with_a_unit_after_a_change_is_a_range(
    text: str, surface: str, low: float, high: float
) -> None:
    got = claims_of(text)[surface]
    assert (got["qualifier"], got["low"], got["high"]) == ("range", low, high)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("The index fell 34 to 1,200.", "34"),  # a change, then the level
        ("Shares fell 34 cents to $12.10.", "34 cents"),
        ("The rate rose from 5 to 6 per cent.", "5"),
    ],
)
def test_a_change_then_a_level_stays_two_claims(text: str, first: str) -> None:
    assert first in claims_of(text)


@pytest.mark.parametrize(
    ("text", "surface", "whole"),
    [
        ("More than 1,000 school buildings contain crumbling concrete, and 174 had to close "
         "classrooms.", "174", 1000),
        ("Poland scrambled jets after 19 drones crossed into its airspace; 4 were shot down.",
         "4", 19),
        ("A storm brought down 1,200 poles and left 260,000 homes without power; 18,000 were "
         "still cut off two days later.", "18,000", 260000),
        ("Russia has deported at least 19,546 children; only about 1,200 have been brought back.",
         "1,200", 19546),
        # another group, an act of its own, a list of parts, a contrast: no whole
        ("More than 4 million people have fled their homes, and nearly 1 million have crossed "
         "into neighbouring states.", "1 million", None),
        ("Some 1.2 million households are on waiting lists, and 112,660 are living in temporary "
         "accommodation.", "112,660", None),
        ("The UN said 6.4 million refugees had fled abroad, while 5.1 million were displaced "
         "inside the country.", "5.1 million", None),
        ("The company sold 500 cars in 2023, and 700 were sold in 2024.", "700", None),
    ],
)  # fmt: skip
def test_a_count_that_opens_a_later_clause_is_a_part(
    text: str, surface: str, whole: float | None
) -> None:
    assert claims_of(text)[surface]["whole"] == whole


@pytest.mark.parametrize(
    ("text", "surface", "whole"),
    [
        # a share that restates a part
        ("Women now hold 263 of the 650 seats in the Commons, or 40%.", "40%", 650),
        ("Reyes landed 187 of 512 punches, or 37%, against 139 of 498 for Whitmore.", "37%", 512),
        # a share of those a survey asked
        ("A survey of 1,200 companies by a business association found that 38% planned to raise "
         "prices.", "38%", 1200),
        # a whole after "out of", past a clause or in money
        ("About 1,000 soldiers were killed or wounded in a single week, a US official said, out "
         "of the roughly 11,000 deployed.", "1,000", 11000),
        ("The plan is 9.3% funded, with $231 million received out of $2.47 billion requested.",
         "$231 million", 2.47e9),
        # a list after "Of the", past "came from"
        ("Of the 2,140 officers recruited in 2024, 38% were women, 11% came from ethnic minority "
         "backgrounds and 212 had left within a year.", "212", 2140),
        # but a share of something else keeps its own
        ("A poll of 2,000 voters found 45% of the budget was wasted.", "45%", None),
    ],
)  # fmt: skip
def test_shares_restating_parts_and_shares_of_those_asked(
    text: str, surface: str, whole: float | None
) -> None:
    assert claims_of(text)[surface]["whole"] == whole
