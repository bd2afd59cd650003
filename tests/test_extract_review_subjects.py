"""Review cases on what a figure counts or measures: purposes of money, actors and payers."""

from __future__ import annotations

import pytest

from tests.extract_support import claims_of


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The government has released Sh2 billion for food and water trucking, officials said.",
         "Sh2 billion", "food"),
        ("The federation has set aside Sh25 million for the team's travel and kit.",
         "Sh25 million", "team's travel"),
        ("Dispur had sought ₹1,200 crore from the Centre for immediate relief.", "₹1,200 crore",
         "immediate relief"),
        ("The lender set aside 850 million Swiss francs for legal costs.",
         "850 million Swiss francs", "legal costs"),
        ("The $61 billion aid package includes $13.8 billion for weapons purchases.",
         "$13.8 billion", "weapons purchases"),
        # a list needs the verb only once
        ("The budget sets aside £4.2bn for schools, £1.8bn for roads and £650m for social "
         "housing.", "£650m", "social housing"),
        ("The budget for 2026 totals $8.4bn, with $2.1bn for schools and $1.3bn for the police "
         "department.", "$1.3bn", "police department"),
    ],
)  # fmt: skip
def test_money_set_aside_for_a_purpose_measures_the_purpose(
    text: str, surface: str, subject: str
) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "not_subject"),
    [
        ("The club paid a record £115m for the midfielder.", "£115m", "midfielder"),
        ("The firm posted a net profit of €1.96 billion for its third quarter.",
         "€1.96 billion", "quarter"),
        ("Donors pledged about $700m for drought-hit Somalia.", "$700m", "Somalia"),
        ("It compared with an asking rent of roughly $2,150 for a new flat.", "$2,150", "flat"),
        ("The council approved $40 million for the first time.", "$40 million", "time"),
    ],
)  # fmt: skip
def test_a_price_a_period_or_a_recipient_after_for_is_no_purpose(
    text: str, surface: str, not_subject: str
) -> None:
    assert not_subject not in (claims_of(text)[surface]["subject"] or "")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The government has cut its GDP growth target for FY23 to 6.5 per cent from 7.5 per "
         "cent.", "6.5 per cent", "GDP growth target"),
        ("The government has cut its GDP growth target for FY23 to 6.5 per cent from 7.5 per "
         "cent.", "7.5 per cent", "GDP growth target"),
        ("The bank trimmed its growth forecast to 1.2%.", "1.2%", "growth forecast"),
        ("The IMF lowered its forecast for 2026 to 2.9 per cent.", "2.9 per cent", "forecast"),
    ],
)  # fmt: skip
def test_a_figure_revised_to_a_level_measures_what_was_revised(
    text: str, surface: str, subject: str
) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Banks were selling dollars to importers at Tk 106.50 on Thursday.", "Tk 106.50"),
        ("The state is buying dollars from exporters at Rs 84.2.", "Rs 84.2"),
    ],
)
def test_what_is_sold_to_someone_at_a_price(text: str, surface: str) -> None:
    assert claims_of(text)[surface]["subject"] == "dollars"


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The Sensex fell 781.6 points, or 0.95 per cent, to close at 81,432.17.", "781.6",
         "Sensex"),
        ("The Sensex fell 781.6 points, or 0.95 per cent, to close at 81,432.17.",
         "0.95 per cent", "Sensex"),
        ("Stocks slumped, with the BSE Sensex tumbling 781.6 points.", "781.6", "BSE Sensex"),
        ("Sensex sinks 781 points as FPIs sell", "781", "Sensex"),
        ("The broader index lost 12 points.", "12", "broader index"),
        ("LeBron James scored 30 points in the win.", "30", "points"),  # not an index
    ],
)  # fmt: skip
def test_an_index_moving_by_points_is_the_index(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The Canadian dollar slipped 0.4% against its US counterpart.", "0.4%",
         "Canadian dollar"),
        ("Short sleepers ate 385 more calories a day.", "385 more calories", "Short sleepers"),
        ("Annual inflation slowed to 2.3% in April.", "2.3%", "Annual inflation"),
        ("Coffee exports earned $3.1 billion last year.", "$3.1 billion", "Coffee exports"),
        ("Sterling slipped to $1.3412.", "$1.3412", "Sterling"),  # a currency named alone
        ("Lawmakers voted 218 to 207 to pass the bill.", "218", "Lawmakers voted"),  # the vote
    ],
)  # fmt: skip
def test_a_verb_in_the_past_ends_no_subject(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "junk"),
    [
        ("More than 200 firefighters responded, and it took about three hours to bring the blaze "
         "under control.", "three hours", "took"),
        ("That compares with 11.2% a year earlier.", "11.2%", "compares"),
        ("Tom Whitaker, the captain, went for 7, lbw to a full delivery.", "7", "went"),
        ("Britain's offshore wind capacity reached about 17GW by the end of the year, and a "
         "further 11GW is under construction.", "11GW", "further"),
        ("The vehicle stands 44 metres tall and weighs about 320 tonnes at lift-off.",
         "320 tonnes", "weighs"),
    ],
)  # fmt: skip
def test_adverbs_and_lone_verbs_are_no_subject(text: str, surface: str, junk: str) -> None:
    assert junk not in (claims_of(text)[surface]["subject"] or "").split()


def test_a_name_of_capitals_is_kept() -> None:
    assert claims_of("The S&P 500 rose 1.2% on Friday.")["1.2%"]["subject"] is not None


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Women and children make up 88% of its residents.", "88%", "Women and children"),
        ("Mining accounts for roughly 12% of Chile's gross domestic product.", "12%",
         "Mining"),
        ("Unlisted investments now make up about 6% of its portfolio.", "6%",
         "Unlisted investments"),
        ("The payout represents about 70 per cent of underlying net profit.", "70 per cent",
         "payout"),
        ("Streamly said the series was watched by about 11 million accounts.", "11 million",
         "accounts"),  # a noun: not "account for"
    ],
)  # fmt: skip
def test_the_verb_of_a_share_ends_no_subject(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Teams rescued 1,850 people in the last 24 hours.", "24 hours"),
        ("The company plans to hire around 1,500 people over the next 12 months.", "12 months"),
        ("The game was downloaded 12 million times in its first 48 hours.", "48 hours"),
    ],
)
def test_a_window_of_time_takes_no_subject(text: str, surface: str) -> None:
    assert claims_of(text)[surface]["subject"] is None


def test_a_figure_after_a_window_takes_the_subject_before_it() -> None:
    text = (
        "Support for the president's party has fallen in each of the past seven months, to "
        "26%, the pollster said."
    )
    assert "Support" in claims_of(text)["26%"]["subject"]


def test_a_subject_ends_on_no_dangling_word() -> None:
    text = (
        "An annual season ticket from Harlowmere to London, one of the busiest commuter routes "
        "in the region, has gone up by £252 to £5,396."
    )
    assert claims_of(text)["£252"]["subject"].split()[-1] not in ("the", "of", "in")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The planet lies about 48 light years from Earth.", "48 light years", "planet"),
        ("The main departure hall alone covers 18,500 sq m.", "18,500 sq m",
         "main departure hall"),
        ("The vehicle weighs about 320 tonnes at lift-off.", "320 tonnes", "vehicle"),
    ],
)  # fmt: skip
def test_a_verb_of_measure_ends_no_subject(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # spent or invested on something: what it is spent on, and a name that spends it
        ("The state plans to spend Rs 1,200 crore on roads this year.", "Rs 1,200 crore",
         "roads"),
        ("The tech group spent $6.8 billion on research last year.", "$6.8 billion", "research"),
        ("Toyota will invest €400 million in a new plant in Poland.", "€400 million",
         "Toyota's new plant"),
        ("Chelsea have spent more than £1bn on transfers in the past three years.", "£1bn",
         "Chelsea's transfers"),
        # a plural noun opening the sentence is no name; "on average" is no purpose
        ("Households spent $120 on average on fuel.", "$120", "Households"),
        ("Councils spent £2.1bn on temporary accommodation.", "£2.1bn",
         "temporary accommodation"),
        # a verb of intent and its verb are no part of the subject
        ("The government aims to raise 5% more in taxes.", "5%", "government"),
        ("He spent £2m in total.", "£2m", None),
    ],
)  # fmt: skip
def test_money_spent_on_something_measures_it(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # a clause opened by a pronoun or "compared with" is no subject
        ('"We see about three times as many stations at 85% as at 84%," he said.', "85%", None),
        ("She thinks the Bank should keep its main rate at 4.25 per cent.", "4.25 per cent",
         None),
        ("Greece had 5,480 deaths in July, compared with an average of 4,100.", "4,100",
         "deaths"),  # the figure compared with counts what the first does
        # verbs, adverbs and idioms are no subject; the noun they hide is
        ("The city recorded 132 homicides last year, 20 fewer than in 2023.", "20", "homicides"),
        ("Nationally, 45.3% of pupils passed.", "45.3%", None),
        ("Our estimate is 10 per cent, give or take.", "10 per cent", "Our estimate"),
        # "more" ends no subject, and then the verb before it goes too
        ("BIRMINGHAM — A former charity chief executive diverted more than £1.4 million of "
         "donations into his own accounts over six years, a jury heard on Wednesday.",
         "six years", "former charity chief executive"),
        # a verb of change in the present ends a headline's subject
        ("# Jobless rate climbs to 4.4% as hiring slows", "4.4%", "Jobless rate"),
        # past an aside to the noun that opens the sentence
        ("Youth unemployment, for those under 25, rose 1.7 percentage points to 26.4%.",
         "26.4%", "Youth unemployment"),
        ("Wages, however, climbed to £31.8 million.", "£31.8 million", "Wages"),
        # a headline drops its articles: the share still modifies the noun after it
        ("# Council approves 4.99pc tax rise amid row over library closures", "4.99pc", "tax"),
        ("# Inflation hits 3.2% high as fuel costs climb", "3.2%", "Inflation"),
        # a name ending in "ly" is no adverb
        ("Italy grew 0.4% in the quarter.", "0.4%", "Italy"),
    ],
)  # fmt: skip
def test_no_clause_or_verb_as_subject(text: str, surface: str, subject: str | None) -> None:
    assert claims_of(text)[surface]["subject"] == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        # what money bought or was spent on, and borrowing for a purpose past a window of time
        ("She told the court that he had used £380,000 to buy a holiday home in Cornwall and a "
         "further £95,000 on a boat.", "£380,000", "holiday home"),
        ("She told the court that he had used £380,000 to buy a holiday home in Cornwall and a "
         "further £95,000 on a boat.", "£95,000", "boat"),
        ("He said the authority was borrowing £120 million over three years for road repairs.",
         "£120 million", "road repairs"),
        # what is expected to reach a level, not who expects it
        ("Verity said she expected consumer price inflation to average 3.4 per cent this year.",
         "3.4 per cent", "consumer price inflation"),
        ("The Bank expects inflation to fall to 2% by 2027.", "2%", "inflation"),
    ],
)  # fmt: skip
def test_money_bought_and_levels_expected(text: str, surface: str, subject: str) -> None:
    assert claims_of(text)[surface]["subject"] == subject
