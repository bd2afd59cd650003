"""Review cases on who says so: a source after its verb with its role, a source before an aside,
and what is no part of a source (the occasion, the dateline)."""

from __future__ import annotations

import pytest

from tests.extract_support import claims_of

CASES = [
    # a role in lower case, then the name, after the verb
    (
        '"Standing tickets sold out in 5 minutes," said chief executive Alan Whitfield.',
        "5 minutes",
        "chief executive Alan Whitfield",
    ),
    (
        '"I have never seen it like this in 38 years," says shop owner Dev Malik, 61.',
        "38 years",
        "shop owner Dev Malik",
    ),
    (
        '"Half of us have already booked a holiday, 12 of 24," said team leader Carol Oduya.',
        "12",
        "team leader Carol Oduya",
    ),
    # "one" as an article
    (
        '"By the time I got in, tickets were £310," said one fan, who asked not to be named.',
        "£310",
        "one fan",
    ),
    # the occasion is not the source
    (
        '"This will change 300,000 lives," said the chief minister at the opening ceremony on '
        "Tuesday evening.",
        "300,000",
        "the chief minister",
    ),
    # an aside with a thousands comma, or a noun phrase, between the source and its verb
    (
        "FreshWay, which has about 1,480 stores, said on Monday it would cut the price of more "
        "than 300 basic items.",
        "300",
        "FreshWay",
    ),
    (
        "Vistula Bank, Poland's third-largest listed lender, said on Tuesday it would cut about "
        "4,300 jobs.",
        "4,300",
        "Vistula Bank",
    ),
    (
        "Kessler AI, a German artificial intelligence company, said on Wednesday it had raised "
        "€400 million in new funding.",
        "€400 million",
        "Kessler AI",
    ),
    (
        "The authors, from universities in Denmark and the Netherlands, said Greenland had lost "
        "around 5,000 gigatonnes since 2002.",
        "5,000 gigatonnes",
        "The authors",
    ),
    (
        "Opponents, led by the main centre-right parties, said 16-year-olds were not mature "
        "enough and that 70% of voters agreed.",
        "70%",
        "Opponents",
    ),
    # not the first words of an aside that opens with a preposition or "one of"
    (
        "One of the companies affected, a Dutch freight forwarder, said the attack had cost it "
        "about 18 million euros.",
        "18 million euros",
        "a Dutch freight forwarder",
    ),
    (
        "The study, by the Baltic Institute, an independent research group, estimates that "
        "spending rose by about 17%.",
        "17%",
        "an independent research group",
    ),
    # a role and a name as the aside: the name
    (
        "The Reform candidate, retired haulier Derek Thwaite, said his share of 14% was a start.",
        "14%",
        "Derek Thwaite",
    ),
    (
        "Dev Sandhu, of the brokerage Harbourfront Securities, said revenue per user fell 2 per "
        "cent.",
        "2 per cent",
        "Dev Sandhu",
    ),
    # a count or a poll by someone; a participle is no part of the name
    (
        "An independent count by the data firm CrowdMetric, commissioned by three newspapers, "
        "found about 52,000 marchers.",
        "52,000",
        "the data firm CrowdMetric",
    ),
    (
        "A poll by the Institute for Social Opinion published on Friday found that 64 per cent of "
        "voters opposed the reform.",
        "64 per cent",
        "the Institute for Social Opinion",
    ),
    # who disputes a figure does not give it
    (
        "Northway Telecom said its 5G network now reached 91 per cent of Canadians, a claim the "
        "federal telecoms regulator said it could not verify.",
        "91 per cent",
        "Northway Telecom",
    ),
    (
        "Australia's population grew by 581,400 in the year to June, although quarterly figures "
        "suggested that migration had started to ease, the Australian Bureau of Statistics said.",
        "581,400",
        "the Australian Bureau of Statistics",
    ),
    # past an aside before "puts"; the clause that says it, not a participle after it
    (
        "Statistics Canada, using a different method, puts the figure at 3.05 million.",
        "3.05 million",
        "Statistics Canada",
    ),
    (
        "Growth was weaker than first reported, the national statistics institute said on Friday, "
        "cutting its estimate of growth in 2023 from 2.3% to 1.6%.",
        "1.6%",
        "the national statistics institute",
    ),
    # who saw the papers is not who gives the figure; "this week" is a time, "this newspaper"
    # is not
    (
        "Internal papers seen by this newspaper show that 38 per cent of theatres were idle.",
        "38 per cent",
        "Internal papers",
    ),
    ("Exports rose 5%, the ministry said this week.", "5%", "the ministry"),
    # ", saying ...": the subject that opens the sentence; "accused ... of"
    (
        "The government wants to raise the retirement age, saying the pension system will run a "
        "deficit of €3.2 billion a year.",
        "€3.2 billion",
        "The government",
    ),
    (
        "Opposition parties accused the government of hiding a shortfall of almost €2 billion.",
        "€2 billion",
        "Opposition parties",
    ),
    (
        "Chadian officials gave a higher figure, saying 900 people had crossed.",
        "900",
        "Chadian officials",
    ),
    # the period of accounts is no part of their name; prices that imply a rate
    (
        "The accounts for the year to June 30, published on Friday, show turnover rose 22 per "
        "cent.",
        "22 per cent",
        "The accounts",
    ),
    (
        "Futures prices imply a rate of 3.75 per cent by December.",
        "3.75 per cent",
        "Futures prices",
    ),
    # the dateline is where the story is filed from, not part of the source
    (
        "TOKYO - Kaisei Motor, Japan's third-largest carmaker, said its operating profit fell "
        "12% in the first quarter.",
        "12%",
        "Kaisei Motor",
    ),
]


@pytest.mark.parametrize(("text", "surface", "source"), CASES, ids=[c[2] for c in CASES])
def test_the_source_of_a_figure(text: str, surface: str, source: str) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source


KEPT = [
    # figures that act are no sources: "no other ...", "a large number of ..."
    (
        "Across England the figure averaged 72.4% over the same period, and no other large trust "
        "reported more than 88%.",
        "72.4%",
        None,
    ),
    # a body that acts in a clause of its own after ", and"
    (
        "The bank has raised its main rate by 8.75 percentage points since May, and most "
        "analysts expect another rise.",
        "8.75 percentage points",
        None,
    ),
    # the side that disputes a figure in a clause of its own does not give it
    (
        "He diverted more than £1.4 million of donations, a jury heard, though his lawyers said "
        "the true sum was less than a fifth of that.",
        "£1.4 million",
        None,
    ),
    # a lower-case word then a capital, with no name's end after it: no source
    ("Prices rose 5% on Monday, said higher Brent prices would follow.", "5%", None),
    # a source named outright keeps its occasion: it tells how the figure was given
    (
        "The bank lowered the deposit rate to 24%, according to a statement released after the "
        "meeting.",
        "24%",
        "a statement released after the meeting",
    ),
]


@pytest.mark.parametrize(
    ("text", "surface", "source"), KEPT, ids=["no other", "acts", "disputed", "no name", "explicit"]
)
def test_what_is_not_taken_or_cut(text: str, surface: str, source: str | None) -> None:
    assert claims_of(text)[surface]["attributed_to"] == source
