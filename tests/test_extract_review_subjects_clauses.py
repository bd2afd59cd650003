"""Review cases on a subject read across clauses: openings, asides, particles, "it", groups."""

from __future__ import annotations

import pytest

from tests.extract_support import claims_of


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("In ten of the twelve months the total was exactly 31; in the other two it was 30.",
         "31", "total"),
        ("In the Attica region the excess death rate was 48 per 100,000.", "48 per 100,000",
         "excess death rate"),
        ("On the statistics institute's count the state's homicide rate was 17.1 per 100,000.",
         "17.1 per 100,000", "state's homicide rate"),
        ("In the rest of the country the party won 61%.", "61%", "party"),
        # a modal ends the phrase as a verb does
        ("In our clinics a patient might see a nurse 4 times a year.", "4", "patient"),
        ("Grain silos at the port can hold 1.1 million cubic metres.", "1.1 million cubic metres",
         "Grain silos at the port"),
    ],
)  # fmt: skip
def test_the_phrase_after_an_opening_of_place_or_time(
    text: str, surface: str, subject: str
) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # no new phrase after a verb, or after "this"
        ("Among the poorest families this winter, 40% cut back on heating.", "40%",
         "poorest families"),
        ("Three million people visited the fair, roughly 10% more than last year.", "10%",
         "people"),
    ],
)  # fmt: skip
def test_no_new_phrase_without_an_opening(text: str, surface: str, subject: str) -> None:
    assert subject in claims_of(text)[surface]["subject"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Patients had been admitted, transferred or discharged within four hours.", "four hours"),
        ("Tickets for the stadium sold out in under an hour.", "an hour"),
        ("Half a million small businesses could close within two years.", "two years"),
    ],
)
def test_a_limit_of_time_counts_nothing(text: str, surface: str) -> None:
    assert claims_of(text)[surface]["subject"] is None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a clause that opens with an auxiliary or a participle describes the noun before it
        ("The government's target, set out in its recovery plan, is to bring it below 10% by "
         "2026.", "10%", "government's target"),
        # a clause with a figure of its own lends its subject through that figure
        ("Doctors carried out 1.2m outpatient consultations in January, 9% more than a year "
         "earlier.", "9%", "outpatient consultations"),
        ("The carmaker will cut 1,800 jobs, about 6% of its workforce, by 2026.", "6%", "jobs"),
        ("The reservoir held 412 million cubic metres of water, 38 percent of its capacity.",
         "38 percent", "water"),
        ("Paris Saint-Germain's revenue reached €806m, third in Deloitte's Football Money "
         "League.", "third", "revenue rank"),
        # not a number in a name: the package is still named
        ("Sweden unveiled its 18th military aid package, worth 13.5 billion Swedish crowns.",
         "13.5 billion Swedish crowns", "package"),
    ],
)  # fmt: skip
def test_the_subject_is_not_read_from_a_clause_that_describes_it(
    text: str, surface: str, subject: str
) -> None:
    assert subject in claims_of(text)[surface]["subject"]


def test_a_clause_opened_by_an_auxiliary_is_no_subject() -> None:
    text = ("Deaths recorded as other crimes, a category that does not count towards the "
            "homicide figures, rose to 244 from 96.")  # fmt: skip
    assert "count" not in (claims_of(text)["244"]["subject"] or "")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a multiplier before "to" is no noun measured
        ("Remittances from Russia to Armenia jumped almost fourfold to $3.6 billion in 2022.",
         "$3.6 billion", "Remittances"),
        ("Kazakhstan's exports of machinery grew fivefold to $1.2 billion.", "$1.2 billion",
         "exports"),
        # "shrank" and "shrunk" end a subject as "fell" does
        ("Sea ice in the Arctic shrank to 4.28 million square kilometres in September.",
         "4.28 million square kilometres", "Sea ice"),
        ("Ukraine's economy shrank by 28.8% in 2022.", "28.8%", "economy"),
    ],
)  # fmt: skip
def test_multipliers_and_shrank(text: str, surface: str, subject: str) -> None:
    got = claims_of(text)[surface]["subject"]
    assert subject in got and "fold" not in got and "shrank" not in got


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # what is put at a level: with its capitals, possessives and "of" phrase
        ("Armenia's statistics committee put GDP growth at 8.3% in 2023.", "8.3%", "GDP growth"),
        ("Official data put the number of Tajik labour migrants in Russia at 1.1 million.",
         "1.1 million", "number of Tajik labour migrants"),
        ("A widely shared graphic put Japan's births in 2024 at 500,000.", "500,000",
         "Japan's births"),
        ("The central bank set the yuan's midpoint at 7.1835 yuan per dollar.", "7.1835 yuan",
         "yuan's midpoint"),
    ],
)  # fmt: skip
def test_what_is_put_at_a_level(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a rate per a base names the rate
        ("Tuberculosis incidence stood at 133 per 100,000 people in 2023.", "133 per 100,000",
         "Tuberculosis incidence"),
        # "total" after a possessive is no verb
        ("Russia's total fertility rate slipped to 1.41 children per woman last year.", "1.41",
         "Russia's total fertility rate"),
        # but a modal after a possessive still ends the phrase
        ("The 57-bed ward at St Anne's will close for 18 months.", "18 months", None),
    ],
)  # fmt: skip
def test_rates_and_possessives(text: str, surface: str, subject: str | None) -> None:
    got = claims_of(text)[surface]["subject"]
    assert got == subject if subject else "will" not in (got or "")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a group named by an adjective: the people of the toll, not who reports it
        ("Officials said 37 of the dead were women and children.", "37", "people killed"),
        ("Two of the wounded died in hospital on Saturday.", "Two", "people injured"),
        ("Police said 12 of the missing had been found.", "12", "missing"),
        # "those" points back to a noun named before
        ("Officers arrested 204 people; 28 of those detained were minors.", "28",
         "people detained"),
    ],
)  # fmt: skip
def test_a_group_named_by_an_adjective(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a figure whose own part is only a particle takes the subject of the clause before
        ("Rural poverty rose most on the new measure, to 26.4% from 17.9%.", "26.4%",
         "Rural poverty"),
        ("Immigration was also revised, down by 17,000 to 583,000.", "17,000", "Immigration"),
        ("Spending on restaurants and hotels rose fastest, by 12%.", "12%",
         "Spending on restaurants and hotels"),
        ("Sweden's carbon tax, at 1,330 kronor per tonne, is the highest in the world.",
         "1,330 kronor", "Sweden's carbon tax"),
        # "estimated at" is no reporting verb
        ("Growth in 2024 is now estimated at 1.3%.", "1.3%", "Growth"),
        # not a verb and its object
        ("Colombia hosts the largest group, at 2.8 million.", "2.8 million", None),
    ],
)  # fmt: skip
def test_a_subject_before_a_particle(text: str, surface: str, subject: str | None) -> None:
    assert claims_of(text)[surface]["subject"] == subject


def test_a_label_before_a_colon_is_no_subject() -> None:
    text = "# Fact check: Has the hospital waiting list really fallen by 100,000?"
    assert claims_of(text)["100,000"]["subject"] is None
    lived = "Life expectancy for women reached 84.1 years, while men could expect to live to 80.3."
    assert claims_of(lived)["80.3"]["subject"] != "live"


def test_it_stands_for_the_noun_that_opens_the_sentence_before() -> None:
    text = (
        "The total waiting list, which counts everyone waiting, was not affected by the change. "
        "It stood at 412,300 at the end of January."
    )
    assert claims_of(text)["412,300"]["subject"] == "total waiting list"
    said = "The company said it would cut costs. It said 500 jobs would go."
    assert claims_of(said)["500"]["subject"] == "jobs"
    opened = "In March, prices rose. It was 5% higher than expected."  # no noun opens it
    assert claims_of(opened)["5%"]["subject"] is None
