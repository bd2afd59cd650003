"""Review cases on the context of a figure: its source, event, period and subject."""

from __future__ import annotations

import pytest

from figcheck.extractors import news
from tests.extract_support import claims_of


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Two people were slightly injured, he said.", "Two", None),  # "he": named before
        ("Another 14 drones were lost from radar, it said.", "14", None),
        ("The airline carried 3 million passengers, it said.", "3 million", "The airline"),
        ("A second firm, based in Poland, said it lost 40% of its records.", "40%",
         "A second firm"),
        ("The attack came after a week in which Ukraine said Russia fired 900 drones.", "900",
         "Ukraine"),
        ("Some 28,000 cars a day use it, which the council said was why work is at weekends.",
         "28,000", "the council"),
        ("40 people died, unnamed officials said.", "40", "unnamed officials"),
        ("At the Adré crossing, the main entry point, the refugee agency registered 14,200 people.",
         "14,200", "the refugee agency"),
        ("Compared with the same survey in February, the SPD has gained two points.",
         "two points", None),
        ("About 260 people will be freed, a diplomat close to the talks said.", "260",
         "a diplomat close to the talks"),
        ("Aid workers in eastern Chad say about 600 cross a day.", "600",
         "Aid workers in eastern Chad"),
        ("Chadian officials gave a higher figure for the total, saying 900,000 had entered.",
         "900,000", "Chadian officials"),
    ],
)  # fmt: skip
def test_sources_from_the_sixth_review(text: str, surface: str, source: str | None) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


def test_an_event_verb_right_before_its_number_is_its_event() -> None:
    claims = claims_of("Russian shelling killed 11 civilians and wounded 27 in the town.")
    assert claims["11"]["subject_key"].endswith("|killed")
    assert claims["27"]["subject_key"].endswith("|injured")
    mines = claims_of("Mines have killed nearly 20,000 people and injured more than 45,000.")
    assert mines["20,000"]["subject_key"] == "people|killed"


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
def test_a_year_compared_with_is_not_the_period(text: str, surface: str, period: str) -> None:
    assert claims_of(text)[surface]["period"] == period


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Bondar said 74% of the town's residential buildings had been damaged.", "74%",
         "residential buildings"),
        ("Officials said that 60% of homes had no power.", "60%", "homes"),
        ("Public debt rose to 110% of GDP.", "110%", "Public debt"),  # the base, not the part
    ],
)  # fmt: skip
def test_a_share_after_a_reporting_verb_is_of_its_noun(
    text: str, surface: str, subject: str
) -> None:
    assert claims_of(text)[surface]["subject"] == subject


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
    ("text", "surface", "subject"),
    [
        ("QUEBEC CITY — With nine days to go, the race is tight.", "nine days", None),
        ("TOKYO — The yen weakened 2% this week.", "2%", "yen"),  # no dateline, no verb
        ("Kaveri Infotech led the losers, sliding 3.8 per cent.", "3.8 per cent", None),
        ("He said 30% was too much.", "30%", None),  # a pronoun
        ("Russian strikes destroyed 312 homes and damaged 2,800.", "312", "homes"),
        ("Air defences shot down 52 of the 71 drones overnight.", "52", "drones shot down"),
        ("Hamilton were relegated after finishing 19th, 7 points from safety.", "7", "points"),
    ],
)  # fmt: skip
def test_subjects_are_no_verbs_pronouns_or_datelines(
    text: str, surface: str, subject: str | None
) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The government has promised to pay ₦25,000 a month to households.", "₦25,000", None),
        ("Sunita Patil, 49, said her son never came home.", "49", "Sunita Patil"),  # her age
    ],
)
def test_a_subject_that_repeats_the_source(text: str, surface: str, subject: str | None) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Sales fell, though governors want Sh450 billion.", "Sh450 billion", "governors want"),
        ("Palm oil inventories fell 2% to 470,800 tonnes.", "470,800 tonnes",
         "Palm oil inventories"),  # the unit is no subject: the previous figure's is taken
        ("The index rose marginally to 18.7 per cent.", "18.7 per cent", None),  # no adverb
    ],
)  # fmt: skip
def test_subjects_are_no_openers_units_or_adverbs(
    text: str, surface: str, subject: str | None
) -> None:
    assert claims_of(text)[surface]["subject"] == subject


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


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("An extra 385 calories a day add up, said Dr. Luis Ferrante, an obesity specialist.",
         "385 calories", "Dr. Luis Ferrante"),
        ("The India VIX, a gauge of expected volatility, rose 7 per cent to 14.8.",
         "7 per cent", None),
        ("The Safdarjung observatory, considered the benchmark for the city, recorded 45.6°C.",
         "45.6°C", "The Safdarjung observatory"),
        ("Under a framework agreed last week, goods face a levy reported at around 20 per cent.",
         "20 per cent", None),
        ("Newly registered capital reached $21.5 billion.", "$21.5 billion", None),
    ],
)  # fmt: skip
def test_sources_after_a_title_or_an_aside_and_frames_that_are_none(
    text: str, surface: str, source: str | None
) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


def test_the_maximum_of_a_day_is_no_bound() -> None:
    got = claims_of("The observatory recorded a maximum of 45.6°C.")["45.6°C"]
    assert (got["qualifier"], got["low"], got["high"]) == (None, pytest.approx(45.55), 45.65)


def test_a_subject_read_from_the_opening_words_stays() -> None:
    got = claims_of("Last year's appeal was only 22% funded, it said.")["22%"]
    assert got["subject"] == "Last year's appeal"


@pytest.mark.parametrize(
    ("text", "surface", "subject", "source"),
    [
        ("PayNest's revenue rose 85% in naira terms last year to N14.6bn, the company said.",
         "N14.6bn", "PayNest's revenue", "the company"),  # the level a change reached
        ("Motorists paid N1,150, the highest pump price recorded in the capital.", "N1,150",
         "Motorists paid", None),  # a superlative is no source
    ],
)  # fmt: skip
def test_levels_after_a_change_and_superlatives(
    text: str, surface: str, subject: str | None, source: str | None
) -> None:
    got = claims_of(text)[surface]
    assert (got["subject"], got["attributed_to"]) == (subject, source)


def test_a_figure_a_year_earlier_takes_no_period_of_the_sentence() -> None:
    got = claims_of("Revenue rose 46 per cent to Rs 1,240 crore in FY25 from Rs 849 crore a year"
                    " earlier.")
    assert (got["Rs 1,240 crore"]["period"], got["Rs 849 crore"]["period"]) == ("FY2025", None)


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
    ("text", "surface", "subject"),
    [
        ("The state is buying wheat at Rs 2,400 a quintal.", "Rs 2,400", "wheat"),
        ("Banks were selling dollars at Tk 106.50 on Monday.", "Tk 106.50", "dollars"),
        ("The group sold its stake for $1.2 billion.", "$1.2 billion", "stake"),
        ("The bank cut its rate by half a point to 10.25%.", "10.25%", "rate"),
    ],
)
def test_what_is_bought_at_a_price_and_the_level_after_a_cut(
    text: str, surface: str, subject: str
) -> None:
    assert claims_of(text)[surface]["subject"] == subject


def test_a_share_of_gdp_in_an_aside_measures_the_noun_before_it() -> None:
    got = claims_of("Kenya's debt, at 66 per cent of GDP, is high.")["66 per cent"]
    assert got["subject"] == "Kenya's debt"


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("The public works department put damage to roads, bridges and flood control structures"
         " at ₱1.8 billion.", "₱1.8 billion", "The public works department"),
        ("Analysts at the broker Hallam & Reid estimated that supply could cost £2,000.",
         "£2,000", "Analysts at the broker Hallam & Reid"),
    ],
)  # fmt: skip
def test_sources_that_put_a_long_object_at_a_figure_or_work_at_a_firm(
    text: str, surface: str, source: str
) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


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
def test_a_year_that_dates_an_event_or_a_baseline_is_no_period(
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
    rows, _ = news.extract_rows("Overnight, 51 of the 116 drones were shot down, officials said.",
                                published="2025-03-15")
    assert {r["period"] for r in rows} == {"night to 2025-03-15"}


@pytest.mark.parametrize(
    ("text", "surface", "field", "expected"),
    [
        ("Rescuers recovered 11 bodies, while 26 others were still missing.", "26", "subject",
         "others"),  # not the bodies
        ("He is paying 30% on a loan he took out last year.", "30%", "period", None),
    ],
)  # fmt: skip
def test_others_and_a_loan_taken_out_last_year(
    text: str, surface: str, field: str, expected: str | None
) -> None:
    rows, _ = news.extract_rows(text, published="2025-05-01")
    assert {r["surface"]: r[field] for r in rows}[surface] == expected


def test_a_month_before_a_look_ahead_is_past() -> None:
    rows, _ = news.extract_rows("The bank cut its rate to 8 per cent in June and is expected to"
                                " cut again in September.", published="2025-08-01")
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


def test_a_span_that_measures_how_rare_an_event_is_has_no_subject() -> None:
    got = claims_of("We expect the first annual drop in more than a decade.")["a decade"]
    assert (got["subject"], got["qualifier"]) == (None, "more_than")


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Industry bodies welcomed the cut, but said the power tariff for factories, at Rs 7.50 "
         "per unit, was still too high.", "Rs 7.50", None),
        ('"We lost 40 homes," said the mayor.', "40", "the mayor"),
        ("Output fell 3%, said the ministry.", "3%", "the ministry"),
    ],
)  # fmt: skip
def test_said_before_its_source_only_after_a_comma_or_quote(
    text: str, surface: str, source: str | None
) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("The office released an additional P1 billion on Wednesday, and a palace spokesperson "
         "said the President would visit on Friday.", "P1 billion", None),
        ("Six people were killed and 38 injured in the fire, and investigators said a battery "
         "was the likely cause.", "38", None),
        ("Exports fell 5%, and imports dropped 3%, the ministry said.", "5%", "the ministry"),
        ("Adults should get at least seven hours of sleep a night, yet surveys suggest that "
         "about a third get less.", "seven hours", None),
        ('"Monthly gains of around 150,000 to 200,000 are enough, and the wage figures show '
         'employers still have to compete."', "150,000 to 200,000", None),
        ("Wind speeds fell, and the weather office said temperatures would drop to about 11°C.",
         "11°C", "the weather office"),
    ],
)  # fmt: skip
def test_a_source_that_says_a_clause_of_its_own_later_is_not_the_figures(
    text: str, surface: str, source: str | None
) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


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
        ("The governing CAQ, which won 90 seats in 2022, is projected to keep fewer than 15.",
         "15"),
        ("The previous record for Okonjo, who died in 2011 at the age of 74, was $19.6m.",
         "$19.6m"),
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
    ("text", "surface"),
    [
        ("Water service has resumed in parts of the south-west, but an estimated 18,000 residents "
         "are relying on trucked supplies.", "18,000"),
        ("Sydney values climbed 2.7% and Melbourne's 2.2%, while Brisbane, Adelaide and Hobart "
         "recorded smaller increases.", "2.7%"),
        ("The UN appealed for $4.2 billion this year, but by June donors had given only 17% of "
         "that amount.", "17%"),
    ],
)  # fmt: skip
def test_a_body_that_only_acts_is_no_source_in_another_clause(text: str, surface: str) -> None:
    assert claims_of(text)[surface]["attributed_to"] is None
