"""Review cases on a period set against others: asides, deadlines, "years ago", publication."""

from __future__ import annotations

import pytest

from tests.extract_support import claims_of, period_read


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the month in the figure's own clause beats a "since" in an aside
        ("A price tracker, which has recorded the cost of 60 goods every week since 2022, "
         "estimated annual inflation at 31% in January.", "31%", "2025-01"),
        # a time in an aside about a person or a thing dates nothing outside it
        ('"For a pensioner on €1,100 a month, that is the difference," said Renate Kowalski, '
         "71, who has lived on the estate since 1979.", "€1,100", None),
        ("Owner Richard Vance, a property developer who bought the club in 2021, said he had "
         "converted £45 million of loans into shares.", "£45 million", None),
        ("The company employs 640 people at the plant, which it said would close in the second "
         "half of 2026.", "640", None),
        # but the aside's own figure keeps it
        ("The CAQ, which won 90 seats in 2022, is projected to win 40.", "90", "2022"),
    ],
)  # fmt: skip
def test_a_time_in_an_aside_stays_there(text: str, surface: str, period: str | None) -> None:
    assert period_read(text, surface, "2025-02-18") == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the year of a figure compared with, written with thousands, is that figure's
        ("The line rose to $13,900 in 2024, up from $12,030 in 2021, an increase of about 16%.",
         "16%", "2024"),
        # "double the number in July 2024": the number's month, not the figure's
        ("Hospitals treated 2,240 patients during the heatwave, nearly double the number in "
         "July 2024.", "2,240", None),
    ],
)  # fmt: skip
def test_the_time_of_a_figure_compared_with(text: str, surface: str, period: str | None) -> None:
    assert period_read(text, surface, "2025-08-19") == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # a deadline dates the figure it is set for
        ("The government wants to raise the retirement age from 66 to 68 by 2030.", "66", None),
        ("The government wants to raise the retirement age from 66 to 68 by 2030.", "68", "2030"),
        ("He said debt stood at 3.4 times earnings, and the firm aimed to cut that to 3 times by "
         "the end of 2026.", "3.4", None),
        # a deadline in a clause with no figure of its own, or after a range, dates the figure
        ("The carmaker will cut 1,800 jobs, about 6% of its workforce, by 2026.", "1,800",
         "2026"),
        ("Sea levels are expected to rise 10 to 12 inches by 2050.", "10 to 12 inches", "2050"),
    ],
)  # fmt: skip
def test_a_deadline_dates_the_figure_it_is_set_for(
    text: str, surface: str, period: str | None
) -> None:
    assert period_read(text, surface, "2025-02-18") == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # "years ago" dates the figure right before it, or a sentence it opens
        ("The party won 35 per cent of the vote four years ago.", "35 per cent", "2020"),
        ("Four years ago, the party won 35 per cent.", "35 per cent", "2020"),
        ("Only 41 percent of voters cast a ballot, down from 48 percent four years ago.",
         "48 percent", "2020"),
        # not the figure it is compared with
        ("Only 41 percent of voters cast a ballot, down from 48 percent four years ago.",
         "41 percent", None),
        ("A loaf now costs 95 pence, up from 80 pence a year ago.", "95 pence", None),
    ],
)  # fmt: skip
def test_years_ago(text: str, surface: str, period: str | None) -> None:
    assert period_read(text, surface, "2024-09-15") == period


def test_a_span_before_ago_is_no_part_of_the_subject() -> None:
    text = "The party won 35 per cent of the vote four years ago."
    assert claims_of(text)["35 per cent"]["subject"] == "vote"


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the month a figure was published is not its period
        ("Growth in 2024 is now estimated at 1.3%, down from the 1.9% published in February.",
         "1.9%", "2024"),
        ("Exports rose 5% in March.", "5%", "2025-03"),
        ("Bus ridership recovered, with 3.4 billion journeys made in the year to March.",
         "3.4 billion", "year to 2025-03"),
    ],
)  # fmt: skip
def test_a_month_of_publication_is_noperiod_read(text: str, surface: str, period: str) -> None:
    assert period_read(text, surface, "2025-05-01") == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # "on last year" is the base compared with, not the figure's time
        ("The 2025 budget for roads is €420m, up 3.8% on last year.", "3.8%", "2025"),
        ("Residents will pay £1,988 for a Band D property, up £94 on last year.", "£94", None),
    ],
)  # fmt: skip
def test_on_last_year_is_a_base(text: str, surface: str, period: str | None) -> None:
    assert period_read(text, surface, "2025-05-01") == period
