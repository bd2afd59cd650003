"""Number forms beyond the gold sentences: notation, ratios, compounds, metres, rare units."""

from __future__ import annotations

import math

import pytest

from figcheck.extractors import news


def _one(text: str, surface: str) -> dict:  # type: ignore[type-arg]
    rows, _ = news.extract_rows(text)
    hits = [r for r in rows if r["surface"] == surface]
    assert hits, (surface, [r["surface"] for r in rows])
    return hits[0]


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "low", "high"),
    [
        ("The probe is 1.3e6 km from Earth.", "1.3e6 km", 1.3e6, "km", 1.25e6, 1.35e6),
        ("It caught 6.23x10^-4 grams.", "6.23x10^-4 grams", 6.23e-4, "g", 6.225e-4, 6.235e-4),
        ("Some 2×10⁹ cells were counted.", "2×10⁹", 2e9, "count", 1.5e9, 2.5e9),
        ("It shows 12,34,567 rupees.", "12,34,567 rupees", 1234567, "INR", 1234567, 1234567),
        ("A ticket cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD", 3.5, 3.5),
        ("The wall is 5 ft 2 in high.", "5 ft 2 in", 5 + 2 / 12, "ft", 5 + 2 / 12, 5 + 2 / 12),
        (
            "They got terms of up to 3 years and 8 months.",
            "3 years and 8 months",
            11 / 3,
            "year",
            0,
            11 / 3,
        ),
        ("Calls are answered within the 10-second target.", "10-second", 10, "second", 10, 10),
        (
            "It was downloaded 25 million times in the 72 hours after its launch.",
            "72 hours",
            72,
            "hour",
            72,
            72,
        ),  # a span, then its start: not a relative time
        ("Google cut the price by $100 to $599.", "$599", 599, "USD", 599, 599),  # not a range
        ("The maker raised prices by 8 to 10 percent.", "8 to 10 percent", 9, "percent", 8, 10),
        # a bare number takes the unit of the figure before it, left out
        ("The court cut the sentence from 11 years to eight.", "eight", 8, "year", 8, 8),
        (
            "Methane rose to 1,931 parts per billion.",
            "1,931 parts per billion",
            1931,
            "ppb",
            1931,
            1931,
        ),
        # points next to percentages are percentage points; an index's points are not
        (
            "It rose to 17.5% from 11.2%, a gain of 6.3 points.",
            "6.3 points",
            6.3,
            "percentage_point",
            6.25,
            6.35,
        ),
        ("The poll gave her 52%, plus or minus 2 points.", "2 points", 2, "percentage_point", 2, 2),
        ("The Dow fell 300 points, or 0.8%.", "300", 300, "count", 285, 315),
        (
            "Parliament approved NOK 85 billion for Ukraine.",
            "NOK 85 billion",
            85e9,
            "NOK",
            84.5e9,
            85.5e9,
        ),
        ("Flour costs 60,000 Sudanese pounds.", "60,000 Sudanese pounds", 6e4, "SDG", 5.7e4, 6.3e4),
        (
            "Staff work 1.5 days a week from home, up from 0.9 in 2019.",
            "0.9",
            0.9,
            "day",
            0.85,
            0.95,
        ),
        (
            "Sales reached $2.4 billion, up from 1.9 billion.",
            "1.9 billion",
            1.9e9,
            "USD",
            1.85e9,
            1.95e9,
        ),
        ("The team grew from 11 players to 15 staff.", "15", 15, "count", 15, 15),
        (
            "Some 1,000 were freed over the past 12 months, up from 582.",
            "582",
            582,
            "count",
            582,
            582,
        ),  # the period before is no figure to compare
        ("The tower is 48m tall.", "48m", 48, "m", 47.5, 48.5),
        ("The club raised £48m last year.", "£48m", 48e6, "GBP", 47.5e6, 48.5e6),
        ("The firm sold 48m phones.", "48m", 48e6, "count", 47.5e6, 48.5e6),
        ("The crane has an outreach of 62m.", "62m", 62, "m", 61.5, 62.5),
        ("The budget is ₹6.2 lakh crore.", "₹6.2 lakh crore", 6.2e12, "INR", 6.15e12, 6.25e12),
        ("Infants need 150 micrograms a day.", "150 micrograms", 150, "µg", 145, 155),
        ("Noise peaked at 85 dB overnight.", "85 dB", 85, "dB", 85, 85),
        ("The new line carries 400 kV.", "400 kV", 400, "kV", 380, 420),
        ("The chip runs at 3.2 GHz.", "3.2 GHz", 3.2, "GHz", 3.15, 3.25),
        ("The thermometer read 31C at noon.", "31C", 31, "degC", 31, 31),
        ("He walked a third of a mile.", "a third of a mile", 1 / 3, "mi", 1 / 3, 1 / 3),
        (
            "Rates rose by half a percentage point.",
            "half a percentage point",
            0.5,
            "percentage_point",
            0.5,
            0.5,
        ),
        ("She served 4 and a half years.", "4 and a half years", 4.5, "year", 4.5, 4.5),
        ("Babies aged 6 to 11 months were enrolled.", "6 to 11 months", 8.5, "age_month", 6, 11),
        ("Sales were up a fifth on last year.", "a fifth", 0.2, "count", 0.2, 0.2),
        ("The miner lost R1.7 billion.", "R1.7 billion", 1.7e9, "ZAR", 1.65e9, 1.75e9),
        ("The oldest was 97 and the youngest 19.", "19", 19, "age_year", 19, 19),
        ("He was named although he was 17 at the time.", "17", 17, "age_year", 17, 17),
        ("The runner, just 19, lowered the record.", "19", 19, "age_year", 19, 19),
        ("The rand fell to R19.20.", "R19.20", 19.2, "ZAR", 19.195, 19.205),
        ("The bill passed by 344 votes to 190.", "190", 190, "count", 190, 190),
        (
            "It sees $3.85 to $4.05, down from $4.20 to $4.40.",
            "$4.20 to $4.40",
            4.3,
            "USD",
            4.2,
            4.4,
        ),
        # a list's bullet is no minus sign; a dash right before the digits is
        (
            "Pledges:\n- $200m from the EU\n- 1,200 tonnes of grain",
            "$200m",
            2e8,
            "USD",
            1.995e8,
            2.005e8,
        ),
        (
            "Pledges:\n- $200m from the EU\n- 1,200 tonnes of grain",
            "1,200 tonnes",
            1200,
            "t",
            1150,
            1250,
        ),
        ("The low was -5C overnight.", "-5C", -5, "degC", -5, -5),
        # "and" joins number words after a scale or before a fraction, not two numbers
        ("Repairs take between three and seven days.", "three and seven days", 5, "day", 3, 7),
        (
            "About three hundred and two people came.",
            "three hundred and two",
            302,
            "count",
            302 * 0.9,
            302 * 1.1,
        ),
        ("It took two and a half years.", "two and a half years", 2.5, "year", 2.5, 2.5),
        (
            "It grew one and three quarters times.",
            "one and three quarters",
            1.75,
            "count",
            1.75,
            1.75,
        ),
        # currencies: Kenyan shillings, zloty, taka, dong, US cents
        ("She was fined Sh60,000.", "Sh60,000", 60000, "KES", 57000, 63000),
        ("The county spent Sh1.3 million.", "Sh1.3 million", 1.3e6, "KES", 1.25e6, 1.35e6),
        ("Rent rose to zł 4,200 a month.", "zł 4,200", 4200, "PLN", 4150, 4250),
        ("Rent rose to 4,200 zł a month.", "4,200 zł", 4200, "PLN", 4150, 4250),
        ("Losses reached 1.2 crore taka.", "1.2 crore taka", 1.2e7, "BDT", 1.15e7, 1.25e7),
        ("A bowl of pho costs 45,000 dong.", "45,000 dong", 45000, "VND", 44500, 45500),
        ("The price rose 11 US cents.", "11 US cents", 0.11, "USD", 0.11, 0.11),
        # a bare number before "or" takes the unit and scale of the figure after it
        ("Tickets cost 30 or 40 euros.", "30", 30, "EUR", 30, 30),
        ("Some 40 or 50 per cent agreed.", "40", 40, "percent", 36, 44),
        ("Bread rose 20 or 30 cents.", "20", 0.2, "USD", 0.2, 0.2),
        ("Fines of 30 or 40 million dong apply.", "30", 3e7, "VND", 2.95e7, 3.05e7),
        ("They scored 2 or 12 goals.", "2", 2, "count", 2, 2),  # a factor of ten apart
        ("Growth of 7 or 2½% is forecast.", "7", 7, "count", 7, 7),  # "2½" is no "2" in cents
        ("Damage is in the region of £2m.", "£2m", 2e6, "GBP", 1.5e6, 2.5e6),  # its precision
        ("Something like 40 people came.", "40", 40, "count", 36, 44),
        # a negated strict bound turns round, but only with a verb of level between
        ("Temperatures did not fall below 26°C.", "26°C", 26, "degC", 26, math.inf),
        ("Deficits must not exceed 3% of GDP.", "3%", 3, "percent", 0, 3),
        (
            "The data do not include more than 4 million migrants.",
            "4 million",
            4e6,
            "count",
            4e6,
            math.inf,
        ),
        # a range of a sub-unit: both ends are cents
        ("The rand traded at 69 to 70 US cents.", "69 to 70 US cents", 0.695, "USD", 0.69, 0.70),
        ("It cost between 68 and 72 pence.", "68 and 72 pence", 0.70, "GBP", 0.68, 0.72),
    ],
)
def test_value_unit_and_interval(
    text: str, surface: str, value: float, unit: str, low: float, high: float
) -> None:
    row = _one(text, surface)
    assert row["unit"] == unit
    assert math.isclose(row["value"], value, rel_tol=1e-9)
    assert math.isclose(row["low"], low, rel_tol=1e-9)
    assert math.isclose(row["high"], high, rel_tol=1e-9)


@pytest.mark.parametrize(
    ("text", "surface", "whole"),
    [
        ("One in five adults now works from home.", "One in five", 5),
        ("About 1 in 21 births was premature.", "1 in 21", 21),
        ("Officials said 42 people, including 6 children, died.", "6", 42),
        ("Only 6 of the country's 31 tanks are working.", "6", 31),
        ("Almost 70 children were among the 412 people rescued.", "70", 412),
        ("We shot down 38 of the 40 drones, but two got through.", "two", 40),
        ("Three of the five men were convicted; the other two were cleared.", "two", 5),
        ("Of the 1,850 appeals heard, 47% were allowed.", "47%", 1850),
        ("Of the roughly 1.2 million refugees, about 266,000 were in work.", "266,000", 1.2e6),
        (
            "Capacity topped 200 GW, of which solar accounted for 92.1 GW and wind 47.7 GW.",
            "47.7 GW",
            200,
        ),
        ("Deaths reached 5,448, with men accounting for 71% of them.", "71%", 5448),
    ],
)
def test_part_of_a_whole(text: str, surface: str, whole: float) -> None:
    assert _one(text, surface)["whole"] == whole


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("One person died and four were hurt.", ["One", "four"]),
        ("The coalition holds a majority of just one.", ["one"]),
        ("One official said the talks had failed.", []),
        ("It is one of the largest ports.", []),
        ("The 5 Teslas were sold at auction.", ["5"]),
        ("The Senate passed the bill 68-32.", ["68", "32"]),
        ("The 2S19 howitzers were moved.", []),
        ("The league met on March 3rd, the clubs said.", []),
        ("She scored in the second, the club said.", []),
    ],
)
def test_claims_kept_and_dropped(text: str, kept: list[str]) -> None:
    rows, _ = news.extract_rows(text)
    assert [r["surface"] for r in rows] == kept
    assert all(r["unit"] == "count" for r in rows)


@pytest.mark.parametrize(
    ("text", "ranks"),
    [
        ("Spain topped the table, with Italy second and France third.", ["second", "third"]),
        ("The index ranked Chile 12th, with Peru at 40th.", ["12th", "40th"]),
    ],
)
def test_ranks_listed_after_names(text: str, ranks: list[str]) -> None:
    rows, _ = news.extract_rows(text)
    assert [(r["surface"], r["unit"]) for r in rows] == [(s, "rank") for s in ranks]


def test_a_rare_unit_name_counts_only_in_lower_case() -> None:
    assert _one("Five Joules and 3 joules of energy.", "3 joules")["unit"] == "joule"
    assert [r["unit"] for r in news.extract_rows("The 4 Joules family members.")[0]] == ["count"]
    assert _one("It weighs 40 milligrams.", "40 milligrams")["unit"] == "mg"


def test_every_attribution_pattern_has_its_keywords() -> None:
    from figcheck.extractors import _source_patterns as sp

    patterns = sp.PATTERNS
    assert len(set(patterns)) == len(patterns)
    assert set(sp.KEYS) == set(patterns)
    assert all(sp.KEYS.values())


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "An estimated 40,000 people marched, police said, while organisers put it at 90,000.",
            ["police", "organisers"],
        ),
        ("Exports fell 9% in May, according to the customs service.", ["the customs service"]),
        ("The airline carried 7.3 million passengers, it said on Monday.", ["The airline"]),
        ("The virus was found on 14 farms, the ministry said.", ["the ministry"]),
        ("A poll of 2,043 adults by Ipsos put Labour on 29%.", ["Ipsos", "Ipsos"]),
        (
            "Analysts polled by Reuters expected a loss of €2.6 billion.",
            ["Analysts polled by Reuters"],
        ),
        ("Air force: 46 of 58 drones downed", ["Air force", "Air force"]),
        ("Correction: an earlier story gave 120 homes.", [None]),
        (
            "The ministry has confirmed 1,214 deaths, but aid agencies put the toll at 3,000.",
            ["The ministry", "aid agencies"],
        ),
        ("Police recorded 6.7 million crimes, the ONS said.", ["the ONS"]),
        ("Economists expect growth of 1.5% next year.", ["Economists"]),
        ("Nvidia sold an estimated 3.76m chips, TechInsights said.", ["TechInsights"]),
        (
            "Two-thirds agree, according to a YouGov poll of 1,712 adults.",
            ["a YouGov poll", "a YouGov poll"],
        ),
        ("Kyiv city council allocated ₴1.2bn to build shelters.", ["Kyiv city council"]),
        ("UN appeals for $4.2bn as the war enters its third year", ["UN"]),  # two capitals
        ("UNHCR counts nearly 12 million displaced people.", ["UNHCR"]),
        ("The council approved 300 homes, the mayor said.", ["the mayor"]),
        ("Police said 150,000 marched; organisers claimed 400,000.", ["Police", "organisers"]),
        ("Rosstat counted 146.1 million people.", ["Rosstat"]),
        ("The Bank of Russia raised its 2025 inflation forecast to 7.5%.", ["The Bank of Russia"]),
        ("Excess deaths were put at over 1 million by demographers.", ["demographers"]),
        ("Rosstat put average monthly wages at 89,100 roubles.", ["Rosstat"]),
        ("Floods put 200 homes at risk.", [None]),  # "at risk": no figure after "at"
        (
            "The firm says its app has 50 million users; Sensor Tower estimates it has about 18 "
            "million.",
            ["The firm", "Sensor Tower"],
        ),
        ("Moscow claims its forces hold 18% of the territory.", ["Moscow"]),
        ("Cholera claims the lives of 40 people a week.", [None]),  # "claims" as "kills"
        ("He rejected his claims that 40 people died.", [None]),  # a noun after "his"
        ("Chile ranked 5th on Germanwatch's climate change performance index.", ["Germanwatch"]),
        # in clauses that disagree, each figure keeps the source of its own clause ...
        (
            "Officials said 1.4 million people fled, while the IOM registered 809,000.",
            ["Officials", "the IOM"],
        ),
        (
            "Kyiv put Russian losses at 1,230 troops, while Moscow said Kyiv lost up to 1,450.",
            ["Kyiv", "Moscow"],
        ),
        # ... but a source named after the last figure speaks for the whole sentence
        (
            "Police recorded 6.7 million crimes, but fraud rose by 19%, the ONS said.",
            ["the ONS", "the ONS"],
        ),
        ("Ukraine climbed to 62nd place in the RSF ranking.", ["RSF"]),
        ("The club sits 3rd in the Premier League table.", [None]),  # a name, not its maker
        (
            "Police said 40,000 marched, though police sources later put it at 50,000.",
            ["Police", "police sources"],
        ),
        (
            "The firm claimed 200,000 users, but the state's own figures show 163,400.",
            ["The firm", "the state's own figures"],
        ),
        ("40 people died, unnamed officials said.", ["unnamed officials"]),  # an adjective
        (
            "Belarusian officials put turnout at 85.7%; exiled opposition groups said fewer than "
            "half of voters had taken part.",
            ["Belarusian officials", "exiled opposition groups"],
        ),
        ("The bank cut its rate to 10.75% and lowered its forecast to 4.4%.", [None, None]),
    ],
)
def test_attribution_per_clause(text: str, who: list[str]) -> None:
    rows, _ = news.extract_rows(text)
    assert [r["attributed_to"] for r in rows][: len(who)] == who


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("The group will buy a 26% stake in the operator.", "26%", "stake"),
        ("The 6.2% rise in the prison population worried officials.", "6.2%", "prison population"),
        ("The 12-week consultation ends on Friday.", "12-week", "consultation"),
        ("The bank raised its rate by 50 basis points, taking it to 13.25%.", "13.25%", "rate"),
        ("Donors pledged €5 billion, bringing the total to €28 billion.", "€28 billion", "total"),
        ("The incumbent won 52.4% of the vote.", "52.4%", "vote"),
        ("It expects a budget deficit of 1.9 percent of GDP.", "1.9 percent", "budget deficit"),
    ],
)
def test_subject_of_shares_spans_and_levels(text: str, surface: str, subject: str) -> None:
    assert subject in (_one(text, surface)["subject"] or "")


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        ("Storm Darragh brought 80mph winds to the coast.", "80mph", "winds"),
        ("The central bank puts unemployment at 14.1%.", "14.1%", "unemployment"),
        # the level after a change measures what changed, past a span of time
        ("The mortgage rate has fallen 38 basis points in a month to 4.96%.", "4.96%",
         "mortgage rate"),
        ("Rents rose 10.4% in the year to March to £2,226 a month.", "£2,226", "Rents"),
        ("The bank cut its base rate by a quarter of a percentage point to 3%.", "3%",
         "base rate"),
        ("Officials put the death toll at 34.", "34", "death toll"),
        # the base of a share after its clause's verb; a rate named before its unit
        ("The mayor claimed 95% of homes have broadband.", "95%", "homes"),
        ("The fertility rate fell to 0.72 children per woman.", "0.72", "fertility rate"),
        ("Regular pay, excluding bonuses, grew 4.9%.", "4.9%", "Regular pay"),  # an aside
        ("The council raised the fee by £20 to £120.", "£120", "fee"),  # the level after a change
        # the noun stops before the clause's verb, not before an adjective
        ("About 1,200 migrants crossed the Channel.", "1,200", "migrants"),
        ("Kyiv got 40 refurbished armoured personnel carriers.", "40",
         "refurbished armoured personnel carriers"),
        ("Mix 3 tablespoons butter into the flour.", "3 tablespoons", "butter"),
        ("The bank approved R$12 billion in loans.", "R$12 billion", "loans"),  # money in ...
        # ... but a measure's "in" starts a time, not what it measures
        ("The army recaptured roughly 370 square kilometres in three months.",
         "370 square kilometres", "army"),
    ],
)  # fmt: skip
def test_the_noun_after_an_amount_or_a_measure(text: str, surface: str, subject: str) -> None:
    assert _one(text, surface)["subject"] == subject


def test_an_exponent_out_of_range_is_discarded_with_its_reason() -> None:
    rows, discards = news.extract_rows("The code 69796e612 is not a number.")
    assert rows == []
    assert [d.reason for d in discards] == ["exponent out of range, not a figure"]
