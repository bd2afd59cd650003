"""Review cases on the context of a figure: its source, event and subject."""

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
