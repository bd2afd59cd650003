"""Review cases on the period of a figure: years, months, financial years, relative times."""

from __future__ import annotations

import pytest

from figcheck.extractors import news
from tests.extract_support import claims_of, period_read


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Inflation fell to 2.3% in April, the lowest since late 2021.", "2.3%", None),
        ("Exports fell 12% from the same period in 2024.", "12%", None),
        ("Some 4.5 million people voted early, a third more than in 2020.", "4.5 million", None),
        ("Prices have risen 20% since March 2022.", "20%", "since 2022-03"),
        ("The rate is 4%, down from 5% in 2022.", "5%", "2022"),
    ],
)
def test_a_year_compared_with_is_not_theperiod_read(text: str, surface: str, period: str) -> None:
    assert claims_of(text)[surface]["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("The minister presented a Rs 2,10,450-crore budget for 2025-26.", "Rs 2,10,450-crore",
         "2025-26"),
        ("A small surplus of $0.4b is forecast for 2029/30.", "$0.4b", "2029-30"),
        ("Revenue rose 46 per cent to Rs 1,240 crore in FY25.", "46 per cent", "FY2025"),
        ("The survey covered 707 districts between 2021 and 2023.", "707", "2021 to 2023"),
        ("Verma sanctioned 23 loans from 2013 to 2016.", "23", "2013 to 2016"),
        # a year the figure is compared with is not its period
        ("The JVM's share rose to 44.6 per cent from 38.2 per cent in 2018.", "44.6 per cent",
         None),
        ("The JVM's share rose to 44.6 per cent from 38.2 per cent in 2018.", "38.2 per cent",
         "2018"),
        ("Arrivals reached 19,000 in 2024, up 10% from 2023.", "10%", "2024"),
        ("Output reached about 2.7 million tonnes, roughly flat on 2024.", "2.7 million tonnes",
         None),
        ("The crowd of 47,882 was the biggest for a match between the clubs since 2017.",
         "47,882", None),
        ("Inflation slowed to 46.8%, the lowest annual reading since 2021.", "46.8%", None),
        # "since" with no superlative is the period; "at least" is no superlative
        ("Russia has launched 4,000 drones since 2022.", "4,000", "since 2022"),
        ("About 1.9 million were displaced at least once since October 2023.", "1.9 million",
         "since 2023-10"),
        ("The plan runs from 2023, with 12 sites.", "12", "2023"),  # a start, not a comparison
    ],
)  # fmt: skip
def test_periods_of_financial_years_spans_and_comparisons(
    text: str, surface: str, period: str | None
) -> None:
    assert claims_of(text)[surface]["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Core prices rose 2.8 per cent in January, the ministry said.", "2.8 per cent",
         "2026-01"),
        ("The bank raised its rate to 0.75 per cent in December.", "0.75 per cent", "2025-12"),
        ("Inflation was 71.6% in June 2024.", "71.6%", "2024-06"),
        ("The Fed has held its rate at 5.5% since last July.", "5.5%", "since 2025-07"),
        # the month of another figure: "in May" is the 6%'s
        ("Unemployment rose to 6% in May from 5.2% at the start of the year.", "5.2%", None),
    ],
)  # fmt: skip
def test_a_month_is_resolved_against_the_publication_date(
    text: str, surface: str, period: str | None
) -> None:
    rows, _ = news.extract_rows(text, published="2026-02-10")
    assert {r["surface"]: r["period"] for r in rows}[surface] == period


def test_a_figure_a_year_earlier_takes_the_year_before() -> None:
    got = claims_of(
        "Revenue rose 46 per cent to Rs 1,240 crore in FY25 from Rs 849 crore a year earlier."
    )
    assert (got["Rs 1,240 crore"]["period"], got["Rs 849 crore"]["period"]) == (
        "FY2025",
        "FY2024",
    )


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Unemployment rose to 5.2% in 2024 from 4.8% a year earlier.", "4.8%", "2023"),
        ("Exports fell 3% in March 2025, against 2.9% a year earlier.", "2.9%", "2024-03"),
        ("Growth was 0.4% in the third quarter of 2023, down from 0.6% a year earlier.", "0.6%",
         "2022-Q3"),
        ("The budget for 2025-26 is $5bn, up from $4.6bn the year before.", "$4.6bn", "2024-25"),
        ("Police recorded 262,400 crimes in the 12 months to September 2024, down from 288,300 "
         "a year earlier.", "288,300", "year to 2023-09"),
        # no period to shift: none
        ("Sales rose to $5bn from $4bn a year earlier.", "$4bn", None),
    ],
)  # fmt: skip
def test_a_year_earlier_shifts_the_period_compared_with(
    text: str, surface: str, period: str | None
) -> None:
    assert claims_of(text)[surface]["period"] == period


def test_a_dateline_in_the_text_resolves_months_and_last_year() -> None:
    text = (
        "# Wages fall again\n\n*Kanto Business Journal, Saturday 14 March 2026*\n\n"
        "TOKYO — Real wages fell 0.9 per cent in January, and prices rose 3.1% last year.\n"
    )
    rows, _ = news.extract_rows(text)
    got = {r["surface"]: (r["period"], r["published"]) for r in rows}
    assert got["0.9 per cent"] == ("2026-01", "2026-03-14")
    assert got["3.1%"] == ("2025", "2026-03-14")
    rows, _ = news.extract_rows(text, published="2026-03-20")  # the caller's date wins
    assert {r["published"] for r in rows} == {"2026-03-20"}


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Founded in 2018 by two graduates, ShipKaro runs a network of 38 warehouses.", "38",
         None),
        ("The year was 1.55 C above the 1850-1900 average.", "1.55 C", None),
        ("The extent was 1.9 million km² below the 1981 to 2010 average.", "1.9 million km²",
         None),
        ("About 1.23 million children were born in 2023.", "1.23 million", "2023"),
    ],
)  # fmt: skip
def test_a_year_that_dates_an_event_or_a_baseline_is_noperiod_read(
    text: str, surface: str, period: str | None
) -> None:
    assert claims_of(text)[surface]["period"] == period


@pytest.mark.parametrize(
    ("text", "published", "surface", "period"),
    [
        ("Economists expect a cut in August to 3.35 per cent.", "2025-07-08", "3.35 per cent",
         "2025-08"),  # ahead: the next August
        ("The rate rose to 3.6 per cent in May.", "2025-07-08", "3.6 per cent", "2025-05"),
        ("The bank held its overnight lending rate at 24%.", "2025-05-22", "24%", None),
        ("Sales were 12.4 per cent lower than last month.", "2024-12-02", "12.4 per cent", None),
        ("Visitors reached 35.3 million last year, up 26 per cent from 2023.", "2025-01-10",
         "26 per cent", None),  # "last year" is the other clause's
    ],
)  # fmt: skip
def test_relative_times_in_their_clause_only(
    text: str, published: str, surface: str, period: str | None
) -> None:
    rows, _ = news.extract_rows(text, published=published)
    assert {r["surface"]: r["period"] for r in rows}[surface] == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("The peso was at about 18.30 in June of last year.", "18.30", "2024-06"),
        ("Crossings hit 36,000 in January last year.", "36,000", "2024-01"),
    ],
)
def test_a_month_of_last_year(text: str, surface: str, period: str) -> None:
    rows, _ = news.extract_rows(text, published="2025-03-10")
    assert {r["surface"]: r["period"] for r in rows}[surface] == period


def test_a_time_that_opens_the_sentence_dates_all_its_figures() -> None:
    rows, _ = news.extract_rows(
        "Overnight, 51 of the 116 drones were shot down, officials said.", published="2025-03-15"
    )
    assert {r["period"] for r in rows} == {"night to 2025-03-15"}


def test_a_month_before_a_look_ahead_is_past() -> None:
    rows, _ = news.extract_rows(
        "The bank cut its rate to 8 per cent in June and is expected to cut again in September.",
        published="2025-08-01",
    )
    assert {r["surface"]: r["period"] for r in rows}["8 per cent"] == "2025-06"


@pytest.mark.parametrize(
    ("text", "published", "surface", "period"),
    [
        ("Markets price in a 70 per cent chance of another cut in August.", "2025-07-08",
         "70 per cent", "2025-08"),
        ("A new 1 per cent tax takes effect in January.", "2025-03-10", "1 per cent", "2026-01"),
    ],
)  # fmt: skip
def test_months_looked_ahead_to(text: str, published: str, surface: str, period: str) -> None:
    rows, _ = news.extract_rows(text, published=published)
    assert {r["surface"]: r["period"] for r in rows}[surface] == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("Unemployment is forecast to peak at 5.4 per cent later this year, up from 5.1 per cent "
         "now, and to fall below 5 per cent only in 2028.", "5.4 per cent", "2024"),
        ("The telecoms group cut 2,400 jobs last year, roughly a tenth of its workforce, and plans "
         "another 900 cuts by 2026.", "2,400", "2023"),
        ("The museum welcomed 2.1 million visitors last year, its best attendance since it "
         "reopened in 2016.", "2.1 million", "2023"),
        ("The telecoms group cut 2,400 jobs last year, and plans another 900 cuts by 2026.",
         "900", "2026"),
        ("Under the plan announced last month, Canada will admit 400,000 residents in 2025, down "
         "from a target of 485,000 this year, followed by 385,000 in 2026.", "485,000", "2024"),
        ("The pass rate rose to 88.6% this year, up from 87.9% last year, the board said.",
         "87.9%", "2023"),
    ],
)  # fmt: skip
def test_a_relative_time_in_the_figures_clause_beats_a_year_of_another(
    text: str, surface: str, period: str
) -> None:
    rows, _ = news.extract_rows(text, published="2024-11-15")
    assert next(r["period"] for r in rows if r["surface"] == surface) == period


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The governing CAQ, which won 90 seats in 2022, is projected to keep fewer than 15.",
            "15",
        ),
        (
            "The previous record for Okonjo, who died in 2011 at the age of 74, was $19.6m.",
            "$19.6m",
        ),
    ],
)
def test_the_year_of_an_aside_dates_no_figure_outside_it(text: str, surface: str) -> None:
    assert claims_of(text)[surface]["period"] is None


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        ("The regulator has rehabilitated 150,000 hectares since 2018 and plans to treat another "
         "40,000 hectares by the end of next year.", "40,000 hectares", None),
        ("The regulator has rehabilitated 150,000 hectares since 2018 and plans to treat another "
         "40,000 hectares by the end of next year.", "150,000 hectares", "since 2018"),
        ("Since 1979, mines have killed nearly 20,000 people and injured more than 45,000.",
         "45,000", "since 1979"),
        ("The climate has grown drier since 2010, and scientists estimate that rainfall has "
         "fallen by 20% to 30% over that period.", "20%", "since 2010"),
    ],
)  # fmt: skip
def test_since_dates_its_own_clause(text: str, surface: str, period: str | None) -> None:
    assert claims_of(text)[surface]["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # the year of another figure compared with dates that figure only
        ("In the province, 58,200 full-time candidates wrote, down 11% from 65,400 in 2024.",
         "58,200", None),
        ("In the province, 58,200 full-time candidates wrote, down 11% from 65,400 in 2024.",
         "65,400", "2024"),
        ("Volunteers recorded 1,480 reports, up from 940 at the previous regional elections in "
         "2023.", "1,480", None),
        # "this year" right after a figure beats another figure's year
        ("She expects inflation to average 3.4 per cent this year and 2.8 per cent in 2027.",
         "3.4 per cent", "2025"),
        # a relative time in another clause, past a semicolon, dates none of this one's
        ("It said last year it would cut 1,500 jobs; Bendix said that about 1,100 had gone.",
         "1,100", None),
        # a year that dates an event is no period
        ("Voting took place over three days, a format introduced in 2020.", "three days", None),
    ],
)  # fmt: skip
def test_periods_from_the_eighth_review(text: str, surface: str, period: str | None) -> None:
    assert period_read(text, surface, "2025-06-01") == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # a day as the time of a stock: its month
        ("The department counted 2.8 million temporary residents on July 1.", "2.8 million",
         "2024-07"),
        ("Unemployment stood at 7.4% at the end of March, the ministry said.", "7.4%", "2024-03"),
        ("The fund held $4.2 billion as of 30 June 2023.", "$4.2 billion", "2023-06"),
        ("Nearly 700,000 people have been vaccinated since the campaign began on 3 October.",
         "700,000", "since 2024-10"),
        # a year to a month
        ("Police recorded 262,400 crimes in the 12 months to September, down from 288,300 a year "
         "earlier.", "262,400", "year to 2024-09"),
        ("Growth was 2.1% in the year to the end of September 2023.", "2.1%", "year to 2023-09"),
        # not a day of another kind
        ("On Monday, 40 people died.", "40", None),
    ],
)  # fmt: skip
def test_days_and_years_to_a_month(text: str, surface: str, period: str | None) -> None:
    assert period_read(text, surface, "2024-10-16") == period


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        # a time that opens the sentence dates all of it, capitalised or not
        ("Overnight on 15 March 2025, air defences shot down 60 of the 116 drones launched.",
         "60", "2025-03"),
        ("In March, exports rose 5% and imports fell 3%.", "3%", "2025-03"),
    ],
)  # fmt: skip
def test_a_time_that_opens_the_sentence(text: str, surface: str, period: str) -> None:
    assert period_read(text, surface, "2025-06-01") == period


@pytest.mark.parametrize(
    ("text", "surface", "published", "period"),
    [
        ("Inflation will fall to 2% next year, the bank said.", "2%", "2025-06-01", "2026"),
        # "last month" is the month before the publication date
        ("Prices rose 3% last month.", "3%", "2025-06-01", "2025-05"),
        ("Prices rose 3% last month.", "3%", "2025-01-10", "2024-12"),
    ],
)
def test_next_year_and_last_month(text: str, surface: str, published: str, period: str) -> None:
    assert period_read(text, surface, published) == period
