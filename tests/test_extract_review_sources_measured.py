"""Review cases on who measures a figure (puts, counts, values, claims it) and on odd names."""

from __future__ import annotations

import pytest

from tests.extract_support import claims_of


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # the body that measures a figure is its source: put, set or estimated "at", counted
        ("The labour force survey, which interviews about 65,000 households every quarter, put "
         "the number of unemployed at 2.71 million.", "2.71 million", "The labour force survey"),
        ("Her team, which adjusts for the normal seasonal pattern and for a late flu wave, puts "
         "the number of deaths at between 1,150 and 1,600.", "1,150 and 1,600", "Her team"),
        ("The last published report, for the first quarter, put the unemployment rate at 5.4%.",
         "5.4%", "The last published report"),
        ("The authority set the poverty line at ₱13,900 a month.", "₱13,900", "The authority"),
        ("The tracker estimated annual inflation at 31% in January.", "31%", "The tracker"),
        ("The labour ministry's register, by contrast, counted 2.38 million jobseekers.",
         "2.38 million", "The labour ministry's register"),
        # "last" that dates the saying is still cut
        ("The ministry last week put the toll at 45.", "45", "The ministry"),
    ],
)  # fmt: skip
def test_who_measures_a_figure_is_its_source(text: str, surface: str, source: str) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


def test_estimates_that_put_a_figure_are_the_source_not_the_word_before() -> None:
    text = "Early estimates put the damage to crops at $120 million."
    assert claims_of(text)["$120 million"]["attributed_to"] == "Early estimates"


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a role, then the name set off by commas: the name
        ('"We need 15,000 a year," said its director, Brian Keogh, who added that 14,500 people '
         "were in emergency accommodation.", "14,500", "Brian Keogh"),
        # a long aside, with a figure of its own, between the source and its verb
        ("Verity, who is chief economist at the consultancy Meridian Analytics and previously "
         "spent 12 years at the Treasury, said in an interview that she expected inflation to "
         "average 3.4 per cent this year.", "3.4 per cent", "Verity"),
        # who surveyed or interviewed people counted them
        ("The institute interviewed 1,204 eligible voters by telephone.", "1,204",
         "The institute"),
        # "polled" votes are won, not counted by a pollster
        ("The opposition alliance polled 31% of the vote.", "31%", None),
    ],
)  # fmt: skip
def test_names_asides_and_pollsters(text: str, surface: str, source: str | None) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Independent journalists counted at least 98,000 Russian soldiers killed.", "98,000",
         "Independent journalists"),
        ("Oryx has documented the loss of 3,742 Russian tanks, whereas Ukraine's defence "
         "ministry lists more than 10,000 destroyed.", "3,742", "Oryx"),
        ("Oryx has documented the loss of 3,742 Russian tanks, whereas Ukraine's defence "
         "ministry lists more than 10,000 destroyed.", "10,000", "Ukraine's defence ministry"),
        ("State television put the ruling party on 62 seats.", "62", "State television"),
        ("The agency stopped publishing data in May 2025, months after demographer Alexei "
         "Raksha put excess deaths since 2020 at about 1.3 million.", "1.3 million",
         "demographer Alexei Raksha"),
        # who measures a figure of its own after the figure gives that figure only
        ("Lukashenko was credited with 86.82% of the vote, while exiled opposition groups put "
         "his real support at no more than 30%.", "86.82%", None),
        ("Lukashenko was credited with 86.82% of the vote, while exiled opposition groups put "
         "his real support at no more than 30%.", "30%", "exiled opposition groups"),
        # a clause of time is no source, and a comma in a figure starts none
        ("Magistrates fined the landlord £28,000 after inspectors found 11 people living in "
         "the house.", "£28,000", None),
    ],
)  # fmt: skip
def test_who_counts_documents_or_puts_a_figure(text: str, surface: str, source: str | None) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


def test_what_is_put_at_a_level_past_a_time_is_the_subject() -> None:
    text = "Demographers put excess deaths over the same period at roughly 260,000."
    assert claims_of(text)["260,000"]["subject"].startswith("excess deaths")


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # "to" and "on" inside a name, and a name of eight words after its article
        ("At least 38 journalists are in Russian prisons, the Committee to Protect Journalists "
         "said.", "38", "the Committee to Protect Journalists"),
        ("Russia has earned over €800 billion from fossil fuel exports, the Centre for Research "
         "on Energy and Clean Air estimates.", "€800 billion",
         "the Centre for Research on Energy and Clean Air"),
        # a past verb of counting at the end
        ("Russian authorities have blocked more than 400 media websites, a watchdog counted.",
         "400", "a watchdog"),
        # a role, then a one-word name that ends the sentence
        ("The novel has sold 1.4 million copies, said its publisher, Faber.", "1.4 million",
         "Faber"),
    ],
)  # fmt: skip
def test_long_names_and_counting_at_the_end(text: str, surface: str, source: str) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # who values or fines "by" gives that figure, and only that one
        ("The winger is now valued at around €90m by the CIES Football Observatory.", "€90m",
         "the CIES Football Observatory"),
        ("Thames Water was fined £104.5m by Ofwat, which said the company had missed targets.",
         "£104.5m", "Ofwat"),
        ("Fires have destroyed some 12,300 structures, officials said, with damage estimated at "
         "$250bn to $275bn by AccuWeather.", "12,300", "officials"),
        ("Fires have destroyed some 12,300 structures, officials said, with damage estimated at "
         "$250bn to $275bn by AccuWeather.", "$250bn to $275bn", "AccuWeather"),
        # an administration or a board acts as a body
        ("More than 2.3 lakh devotees took a holy dip, and the district administration deployed "
         "12,000 police personnel.", "12,000", "the district administration"),
    ],
)  # fmt: skip
def test_valuers_and_bodies_that_act(text: str, surface: str, source: str) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


def test_agreed_that_reports_but_agreed_to_acts() -> None:
    text = (
        "Priya Mehta, a forensic accountant, told the court she had traced 187 payments. "
        "Under cross-examination, she agreed that 23 of them might have been legitimate."
    )
    assert claims_of(text)["23"]["attributed_to"] == "Priya Mehta"
    paid = claims_of("The miner agreed to pay A$3.2bn for the project.")["A$3.2bn"]
    assert paid["attributed_to"] is None
    replied = 'Asked about the cost, the witness replied: "It was about R310m."'
    assert claims_of(replied)["R310m"]["attributed_to"] == "the witness"


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        ("Journalists counted at least 98,000 soldiers killed, far above the 6,000 or so "
         "admitted by Moscow.", "6,000", "Moscow"),
        ("Journalists counted at least 98,000 soldiers killed, far above the 6,000 or so "
         "admitted by Moscow.", "98,000", "Journalists"),
        ("A group put Russian losses at 400-500 thousand, against the 1.1 million claimed by "
         "Kyiv.", "1.1 million", "Kyiv"),
    ],
)  # fmt: skip
def test_a_figure_claimed_by_someone(text: str, surface: str, source: str) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # an adjective after an adverb is no verb
        ("A widely shared graphic put Japan's births in 2024 at 500,000; the health ministry's "
         "preliminary count was 720,988.", "500,000", "A widely shared graphic"),
        # who measures one figure gives no other across a semicolon
        ("A widely shared graphic put Japan's births in 2024 at 500,000; the health ministry's "
         "preliminary count was 720,988.", "720,988", None),
        # a relative clause after the source
        ("The study, which tracked 88,000 nurses for more than 30 years, linked short sleep to "
         "stroke.", "88,000", "The study"),
        # but a verb after an adverb still is one
        ("Environmental groups broadly welcomed the bill but said fines of 500 pesos were too "
         "low.", "500 pesos", None),
    ],
)  # fmt: skip
def test_adverbs_relatives_and_cuts(text: str, surface: str, source: str | None) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # the date of a report is cut, its publisher kept
        ("House prices fell 2.4%, according to Lightstone data released on 2025-02-18.", "2.4%",
         "Lightstone data"),
        ("The utility loses 46% of its water, a report tabled in council on 14 May found.", "46%",
         "a report"),
        ("Glaciers lost 273 billion tonnes of ice a year, a study of 19 regions published in "
         "Nature found.", "273 billion tonnes", "a study"),
        ("Home values rose 0.7%, according to figures released on Monday by the research firm "
         "Harbourline.", "0.7%", "figures released on Monday by the research firm Harbourline"),
    ],
)  # fmt: skip
def test_the_date_of_a_report_is_no_part_of_its_source(
    text: str, surface: str, source: str
) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # "against a first estimate" compares; it names no source
        ("A guitar fetched $2.9m, against a high estimate of $1.2m, the auction house said.",
         "$2.9m", "the auction house"),
        ("Output is now put at 0.2% higher, against a first estimate of 0.5%.", "0.5%", None),
        # "Until now" dates the body; it is no part of it
        ("Until now the ministry counted anyone working fewer than 15 hours a week.", "15 hours",
         "the ministry"),
    ],
)  # fmt: skip
def test_comparisons_and_times_are_no_sources(text: str, surface: str, source: str | None) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


def test_a_name_that_starts_with_a_word_of_the_language() -> None:
    text = '"The true figure is between 1.2% and 1.5%," said Per Askeland, an economist.'
    assert claims_of(text)["1.2% and 1.5%"]["attributed_to"] == "Per Askeland"
    framed = "In October the government raised the producer price by 58%."
    assert claims_of(framed)["58%"]["attributed_to"] != "In October the government"
