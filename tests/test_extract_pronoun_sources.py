"""A figure's source given as "he said", "she said", "it said" or "they said" is the one named in
the sentences before, when one of the right kind is there."""

from __future__ import annotations

import pytest

from figcheck import extract


def _source(text: str, surface: str) -> str | None:
    claims = extract(text)
    row = claims[claims["surface"] == surface]
    assert len(row) == 1, list(claims["surface"])
    value = row.iloc[0]["attributed_to"]
    return None if value is None or value != value else value


CASES = [
    # a person named as a source, then "she said"
    (
        "Finance Minister Nirmala Sitharaman said on Monday that the deficit would narrow. "
        "The gap will fall to 4.4% of GDP, she said.",
        "4.4%",
        "Finance Minister Nirmala Sitharaman",
    ),
    # a body named as a source, then "it said"
    (
        "Copper output rose 3% in January, according to the ministry. Exports fell 12%, it said.",
        "12%",
        "the ministry",
    ),
    # a person named with a title, not as a source
    (
        "Mr Falkenberg linked the rise in shoplifting to inflation. "
        '"The weekly shop costs 30 euros more," he said.',
        "30 euros",
        "Mr Falkenberg",
    ),
    # several people for "they"
    (
        "Economists at Valour Bank said prices would fall in the spring. They said more than "
        "100,000 newcomers arrive each year.",
        "100,000",
        "Economists at Valour Bank",
    ),
    # a surname alone, after the full name; a paragraph and a heading between
    (
        '"Customers came out in force," said Helen Marr, the chief executive.\n\n## Costs\n\n'
        "Marr warned that the tax rise would add about £18m to costs. Together with the "
        "minimum wage, she said, the bill would go up by close to £30m.",
        "£30m",
        "Marr",
    ),
    # a first name with an age
    (
        '"You hear nothing," said Natalia, 47, a nurse at the clinic. "Then the street is gone."'
        " In August, she said, the clinic treated 63 people injured in strikes.",
        "63",
        "Natalia",
    ),
    # a role without a name
    (
        "At a pharmacy in Surulere, the owner said imported drugs had become dearer. "
        '"People now buy one week\'s supply instead of one month," he said.',
        "one week",
        "the owner",
    ),
    # the nearest source of the right kind: the ministry cannot be "he"
    (
        "Jonas Becker said the squeeze was worst for middle incomes. Approvals fell by a fifth, "
        'the ministry said. "A couple earning €4,000 a month can still find a flat," he said.',
        "€4,000",
        "Jonas Becker",
    ),
    # whom the sentence before is about comes first: the operator, not the union that spoke
    (
        "The union said 1,840 of its 2,100 drivers had walked out. Pennine Metro disputed the "
        "figure. It said 940 drivers had reported for work.",
        "940",
        "Pennine Metro",
    ),
    (
        "Union official Carol Haddon said members had had enough. Managing director Martin Feld "
        "said the offer was fair. Haddon rejected that. She said the offer was worth only £1.20 "
        "an hour.",
        "£1.20",
        "Haddon",
    ),
    # a pronoun in the figure's clause, a name in another
    (
        "Shares in Northway rose. Northway employs about 28,000 people. It said last year it "
        "would cut 1,500 jobs; Bendix "
        "said on Wednesday that about 1,100 of those cuts had been made.",
        "1,500",
        "Northway",
    ),
    # a source named earlier in the figure's own sentence
    (
        "The company said it had fixed the flaw. No card numbers were taken, the regulator said, "
        "but it found that some data had been offered for sale for about $25,000.",
        "$25,000",
        "the regulator",
    ),
    # an MP is a person, though written in capitals
    (
        'Opposition MP Bishnu Thapa said the money was not reaching villages. "People have had '
        'nothing but rice in four days," he said.',
        "four days",
        "Opposition MP Bishnu Thapa",
    ),
    # "she said" in the sentence before passes the question on
    (
        'Hannah Verity said inflation would stay high. "The Bank keeps assuming wages will '
        'slow," she said. Pay rose 4.7 per cent, according to official figures. "You do not '
        'get 2 per cent inflation with wage growth like that."',
        "2 per cent",
        "Hannah Verity",
    ),
    # whom the sentence before opens with, past an aside; a name in the aside first
    (
        "Riverside Trust told the regulator that 95% of patients were seen in time. The "
        "auditors, from the accountancy firm Pellow & Marsh, re-examined the records. They "
        "estimate that the true share was between 76% and 81%.",
        "76% and 81%",
        "The auditors",
    ),
    (
        "The defendant's lawyer, Maître Sandrine Olivieri, appealed on Monday. She said the "
        "appeal must be lodged within ten days.",
        "ten days",
        "Maître Sandrine Olivieri",
    ),
    # "it said" where the sentence opens with the body: the body, as before
    (
        "The airline carried 5.2 million passengers in March, it said.",
        "5.2 million",
        "The airline",
    ),
]


@pytest.mark.parametrize("text,surface,source", CASES, ids=[c[2] for c in CASES])
def test_a_pronoun_source_stands_for_the_one_named_before(
    text: str, surface: str, source: str
) -> None:
    assert _source(text, surface) == source


NONE = [
    # nobody named before
    ("The gap will fall to 4.4% of GDP, she said.", "4.4%"),
    # "it" is no person
    ("Jane Okafor said exports were weak. Exports fell 12%, it said.", "12%"),
    # "she" is no man named with a title, and no company
    ('Mr Lamprecht said demand had collapsed. "We lost 30% in a year," she said.', "30%"),
    (
        "Kestrel now expects a profit of about £212m. "
        "She said the last Saturday saw 1.1 million transactions.",
        "1.1 million",
    ),
    # named too far back: six sentences between
    (
        "Jane Okafor said the plan would work. The plan starts in May. It covers the north. "
        "It costs little. Schools back it. Parents agree. Teachers too. "
        "About 40% of pupils will benefit, she said.",
        "40%",
    ),
    # a place or a participle opening the sentence before is no antecedent
    (
        "Cape Town approved the tower on Monday. He said the project would create about 600 jobs.",
        "600",
    ),
    (
        "Founded in 2019 by former bankers, PayNest lets merchants take cards. "
        "It says it serves more than 140,000 merchants.",
        "140,000",
    ),
    # "Many" opening a sentence is no name
    (
        "Many said the fares were too high. The new line opened on Tuesday. "
        'Its unit has 64 officers. "We need three times that," he said.',
        "three",
    ),
]


@pytest.mark.parametrize("text,surface", NONE, ids=[str(i) for i in range(len(NONE))])
def test_a_pronoun_source_with_nobody_fitting_before_has_no_source(text: str, surface: str) -> None:
    assert _source(text, surface) is None


def test_a_source_named_in_the_sentence_beats_a_pronoun() -> None:
    text = (
        "Jane Okafor said the plan would work. Exports fell 12% in May, the ministry said, "
        "and she added that imports were steady."
    )
    assert _source(text, "12%") == "the ministry"


@pytest.mark.parametrize(
    ("text", "surface", "source"),
    [
        # a quotation that runs on to the sentence that names its speaker
        ('"We need 15,000 homes a year. That is the minimum," said Brian Keogh, the director.',
         "15,000", "Brian Keogh"),
        # a quotation after the sentence that names its speaker
        ("Helen Ashworth KC said the sums were large. \"The total, members of the jury, is "
         "£1,426,000.\"", "£1,426,000", "Helen Ashworth KC"),
        # a quotation with nobody named before it
        ('"We lost 30% of our trade."', "30%", None),
    ],
)  # fmt: skip
def test_a_quotation_that_names_no_speaker(text: str, surface: str, source: str | None) -> None:
    assert _source(text, surface) == source
