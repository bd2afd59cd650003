"""Review cases on units and money: exchange rates, pesos, cents, poll points, scales."""

from __future__ import annotations

import pytest

from figcheck.extractors import news
from tests.extract_support import claims_of, discards_of


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("In the same survey, the SPD has gained two points.", "two points", "percentage_point"),
        ("The swing to Labour was 20.8 points.", "20.8 points", "percentage_point"),
        ("Pollsters are accurate to within one or two points.", "one or two points",
         "percentage_point"),
        ("Kingsmoor have taken just 2 points from five games.", "2", "count"),  # a match's points
    ],
)  # fmt: skip
def test_points_in_a_poll_are_percentage_points(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


def test_a_scale_after_a_hyphen_scales() -> None:
    got = claims_of("The council approved a $118-million budget.")["$118-million"]
    assert (got["value"], got["unit"]) == (118e6, "USD")


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The rouble weakened to 88.6 against the dollar.", "88.6", "RUB"),
        ("The real firmed 1.2% to 4.98 per dollar.", "4.98", "BRL"),
        ("The Mexican peso was flat at 19.71 per dollar.", "19.71", "MXN"),
        ("The zloty strengthened to 4.24 per euro.", "4.24", "PLN"),
        ("The Canadian dollar firmed to 1.3705 to the US dollar.", "1.3705", "CAD"),
        ("The peso was at 56 per dollar.", "56", "MXN"),  # as "pesos": Mexico's if no country
        ("The firm sold 5 per dollar of revenue.", "5", "count"),  # no currency named
    ],
)
def test_an_exchange_rate_is_in_the_currency_named(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("MANILA – Damage to crops was put at 2.1 billion pesos, or about $37 million.", "PHP"),
        ("SANTIAGO – The drought in Chile will cost about 90 billion pesos a year.", "CLP"),
        ("The firm lost 3 billion pesos.", "MXN"),  # no country named: Mexico's
        ("In Chile and in Argentina, it lost 3 billion pesos.", "MXN"),  # a tie: no choice
    ],
)
def test_pesos_are_the_pesos_of_the_country_the_text_names(text: str, unit: str) -> None:
    rows, _ = news.extract_rows(text)
    assert [r["unit"] for r in rows if "pesos" in r["surface"]] == [unit]


def test_cents_in_a_sentence_of_euros_are_euro_cents() -> None:
    text = "It made a profit of 412 million euros and cut its dividend to 15 cents a share."
    assert claims_of(text)["15 cents"]["unit"] == "EUR"
    both = "The firm made $5 million and €3 million and paid 15 cents a share."
    assert claims_of(both)["15 cents"]["unit"] == "USD"  # dollars too: left as they were


def test_roads_named_r_stay_labels() -> None:
    assert set(discards_of("He drove on the R2 and the R101 road.")) == {"R2", "R101"}


def test_a_currency_code_on_the_next_line_is_no_unit() -> None:
    rows, _ = news.extract_rows("GBP/USD          1.1311      -0.0004\nGBP/EUR          1.1495")
    assert [r["unit"] for r in rows if r["surface"] == "-0.0004"] == ["count"]


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("Petrol rose to N1,150 a litre.", "N1,150", "NGN", 1150),
        ("Debt service took N4tn last year.", "N4tn", "NGN", 4e12),
        ("The province lost P2.3 billion in crops.", "P2.3 billion", "PHP", 2.3e9),
        ("The average wage is RM4,812 a month.", "RM4,812", "MYR", 4812),
        ("The ministry set aside Rp 37 trillion.", "Rp 37 trillion", "IDR", 3.7e13),
        ("Exports reached 450 billion VND.", "450 billion VND", "VND", 4.5e11),
        ("Damage was put at TT$450 million.", "TT$450 million", "TTD", 4.5e8),
        ("Barbados lost BDS$12 million.", "BDS$12 million", "BBD", 1.2e7),
        ("Jamaica spent J$3.2 billion.", "J$3.2 billion", "JMD", 3.2e9),
        ("Farmers were paid GH₵2.5 billion.", "GH₵2.5 billion", "GHS", 2.5e9),
        ("The budget is Sh4.1 trillion.", "Sh4.1 trillion", "KES", 4.1e12),
        ("A bag of maize costs Sh500.", "Sh500", "KES", 500),
        ("Sales rose 24pc in the year.", "24pc", "percent", 24),
    ],
)  # fmt: skip
def test_local_currency_marks(text: str, surface: str, unit: str, value: float) -> None:
    got = claims_of(text)[surface]
    assert (got["unit"], got["value"]) == (unit, pytest.approx(value))


def test_a_letter_before_a_small_number_stays_a_label() -> None:
    assert discards_of("Wear an N95 mask on the A4 road under the P4 plan.") == {
        "N95": "identifier",
        "A4": "identifier",
        "P4": "identifier",
    }


def test_a_letter_that_marks_money_elsewhere_in_the_text_marks_small_amounts() -> None:
    text = (
        "Petrol hit N1,150 a litre, against N1,045 in Lagos. Before the subsidy went, a litre "
        "sold for about N185. A bus ride that cost N500 in January now costs N1,000. Wear an "
        "R95 mask on the A4 road."
    )
    claims = claims_of(text)
    assert (claims["N185"]["unit"], claims["N185"]["value"]) == ("NGN", 185)
    assert claims["N500"]["unit"] == "NGN"
    assert discards_of(text) == {"R95": "identifier", "A4": "identifier"}  # no rand in use


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("PERTH — The miner paid $38 million for the site, the company said.", "AUD"),
        ("WELLINGTON — The Government will borrow $8.7 billion.", "NZD"),
        ("TORONTO — Ottawa's plan costs $5 billion over three years.", "CAD"),
        ("SINGAPORE — A certificate of entitlement closed at $121,009.", "SGD"),
        # no dateline: the country named most, three times at least
        ("Australia's budget holds $40 million for pools; Australians and Sydney welcome it.",
         "AUD"),
        # a dateline elsewhere, or a country named only in passing: American
        ("BRUSSELS — Canada spent $41 billion on defence, Canada's ministry said.", "USD"),
        ("Asarco sold its stake in Canada for $11.7 million to a Quebec group.", "USD"),
        ("HONG KONG — Bitcoin fell to $78,215.", "USD"),
    ],
)  # fmt: skip
def test_a_bare_dollar_is_the_dollar_of_the_story(text: str, unit: str) -> None:
    assert [r["unit"] for r in claims_of(text).values() if "$" in r["surface"]] == [unit]


def test_dollars_given_as_an_equivalent_stay_american() -> None:
    got = claims_of("SYDNEY — BHP paid A$1.2 billion ($800 million) for the mine.")
    assert (got["A$1.2 billion"]["unit"], got["$800 million"]["unit"]) == ("AUD", "USD")


def test_us_cents_after_the_amount_stay_american() -> None:
    got = claims_of(
        "OTTAWA — The loonie slipped a third of a cent, trading at 72.1 cents US, the"
        " Bank of Canada said."
    )
    assert (got["72.1 cents"]["unit"], got["a third of a cent"]["unit"]) == ("USD", "USD")


def test_a_wire_dateline_keeps_dollars_american() -> None:
    text = "SINGAPORE, Feb 10 (Reuters) - Spot LNG prices rose to $14.20 per mmBtu."
    assert claims_of(text)["$14.20"]["unit"] == "USD"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("PM2.5 averaged 38 µg/m³ in the city.", "38 µg/m³", "µg/m³"),
        ("The cells store 300 Wh/kg.", "300 Wh/kg", "Wh/kg"),
        ("Levels below 25 nmol/L count as deficient.", "25 nmol/L", "nmol/L"),
        ("The year was 1.55 C above the average.", "1.55 C", "degC"),
        ("It was 1.55 C warmer (2.79 F).", "2.79 F", "degF"),
        ("The lunar night falls to -170C.", "-170C", "degC"),
    ],
)  # fmt: skip
def test_science_units(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Clinics gave 612,350 second doses.", "612,350", "count"),  # the ordinal
        ("She got a grade 3 C in maths.", "3", None),  # a grade: no temperature
        ("Pick 5 and/or 6 options.", "5", "count"),  # a slash between words, no unit
    ],
)  # fmt: skip
def test_look_alikes_of_science_units(text: str, surface: str, unit: str | None) -> None:
    got = claims_of(text)
    assert (got[surface]["unit"] if surface in got else None) == unit


def test_a_pair_of_race_distances_names_events() -> None:
    text = "Kenya won the 800m and 3,000m steeplechase titles."
    assert discards_of(text)["800"].startswith("name of an event")
    assert not claims_of(text)


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("Farmers paid 3,600 birr a bag.", "3,600 birr", "ETB", 3600),
        ("Smugglers charge 1,500 Tunisian dinars a seat.", "1,500 Tunisian dinars", "TND", 1500),
        ("Each family got 1.3 million Colombian pesos.", "1.3 million Colombian pesos", "COP",
         1.3e6),
        ("The cells hold 450 watt-hours per kilogram.", "450 watt-hours", "Wh", 450),
        ("The plant pumps 614 megalitres a day.", "614 megalitres", "l", 6.14e8),
    ],
)  # fmt: skip
def test_more_currencies_and_units_after_the_amount(
    text: str, surface: str, unit: str, value: float
) -> None:
    got = claims_of(text)[surface]
    assert (got["unit"], got["value"]) == (unit, pytest.approx(value))


@pytest.mark.parametrize(
    ("text", "surface", "reason"),
    [
        ("The ship was built in 1680 BC.", "1680", "year (BC or AD)"),
        ("The rocket lifted off at 11.42 local time.", "11.42", "time of day"),
        ("Call 0757-2460015 for help.", "0757-2460015", "phone number"),
        ("Kiprono took the 400m in 44.1 seconds.", "400", "name of an event (200 metres final)"),
    ],
)
def test_not_claims_of_the_seventh_review(text: str, surface: str, reason: str) -> None:
    assert discards_of(text)[surface] == reason


def test_a_rate_per_a_round_base_may_pass_it() -> None:
    got = claims_of("The ratio was 1,018 women for every 1,000 men.")
    assert (got["1,018"]["whole"], got["1,018"]["subject"]) == (1000, "women")  # not the men


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("PM2.5 peaked at 187 micrograms per cubic meter.", "187 micrograms per cubic meter",
         "µg/m³"),
        ("Emissions fell to 124 grams of CO2 per kilowatt-hour.",
         "124 grams of CO2 per kilowatt-hour", "g/kWh"),
        ("Short sleepers ate 385 more calories a day.", "385 more calories", "kcal"),
        ("The bags weigh 64-kilogramme each.", "64-kilogramme", "kg"),
    ],
)  # fmt: skip
def test_concentrations_calories_and_kilogrammes(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The ringgit weakened 0.4 per cent against the US dollar to 4.41.", "4.41", "MYR"),
        ("BOGOTA — In Colombia the peso has strengthened to about 4,100 per dollar.", "4,100",
         "COP"),  # the peso of the country the text names
        ("Shares rose against the dollar to 12.", "12", "count"),  # no currency named
    ],
)  # fmt: skip
def test_rates_against_the_dollar_and_the_local_peso(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("The bank cut its rate by half a point to 8 per cent in June.", "half a point",
         "percentage_point"),
        ("The party gained 3 points to 31 per cent.", "3 points", "percentage_point"),
        ("The Sensex fell 781.6 points, or 0.95 per cent.", "781.6", "count"),  # index points
    ],
)  # fmt: skip
def test_points_beside_per_cent(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit", "value"),
    [
        ("The total dividend was 31c a share.", "31c", "USD", 0.31),
        ("Cars with engines above 1,600cc pay more.", "1,600cc", "cm3", 1600),
        ("It makes 130bhp.", "130bhp", "hp", 130),
        ("It was 45C in the shade.", "45C", "degC", 45),  # a capital C stays Celsius
    ],
)
def test_cents_engine_sizes_and_horsepower(
    text: str, surface: str, unit: str, value: float
) -> None:
    got = claims_of(text)[surface]
    assert (got["unit"], got["value"]) == (unit, pytest.approx(value))


def test_a_change_by_an_amount_with_its_own_unit_then_a_level_is_no_range() -> None:
    got = claims_of("It raised its dividend by 11c to 17c a share.")
    assert set(got) == {"11c", "17c"}


@pytest.mark.parametrize(
    ("text", "surface", "unit", "low", "high"),
    [
        ("It would target people aged one and above.", "one", "age_year", 1, float("inf")),
        ("Children aged two to four were vaccinated.", "two to four", "age_year", 2, 4),
        ("Among children aged six to 59 months, anaemia rose.", "six to 59 months", "age_month",
         6, 59),
    ],
)  # fmt: skip
def test_ages_in_words(text: str, surface: str, unit: str, low: float, high: float) -> None:
    got = claims_of(text)[surface]
    assert (got["unit"], got["low"], got["high"]) == (unit, low, high)


def test_a_count_after_an_age_is_no_age() -> None:
    assert claims_of("A man aged 40 was arrested with 3 others.")["3"]["unit"] == "count"


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # "K" before an amount in a story of the kwacha or the kina, by the country named most
        ("KABWE — Mealie meal has risen to about K250 for a 25kg bag in Zambia, compared with "
         "K180 in January.", "K180", "ZMW"),
        ("Zambia will spend K1.2 billion on fertiliser, the kwacha having fallen.",
         "K1.2 billion", "ZMW"),
        ("Malawi raised the price to 2,500 kwacha. A bag costs about K30,000 in Lilongwe.",
         "K30,000", "MWK"),
        ("Malawi raised the price to 2,500 kwacha.", "2,500 kwacha", "MWK"),
        ("PORT MORESBY — The kina fell. The budget is K27 billion.", "K27 billion", "PGK"),
    ],
)  # fmt: skip
def test_kwacha_and_kina_written_k(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


def test_k_before_digits_elsewhere_is_a_label() -> None:
    found = discards_of("The K2 expedition cost $50,000, and K9 units cost about K30,000.")
    assert found["K2"] == "identifier" and found["K9"] == "identifier"
    assert found["K30"] == "identifier"  # no kwacha, no kina, no country of theirs


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # rupees by the country the text names most; "₹" stays Indian
        ("KATHMANDU — Nepal released 500 million rupees for relief; families get Rs 200,000 "
         "each.", "Rs 200,000", "NPR"),
        ("LAHORE — Pakistan raised fuel prices to Rs 290 a litre.", "Rs 290", "PKR"),
        ("India's aid to Nepal was ₹500 crore, Nepal's finance ministry said.", "₹500 crore",
         "INR"),
        # ages after "age from", "at age"
        ("The government wants to raise the retirement age from 66 to 68 by 2030.", "68",
         "age_year"),
        ("At age 12, she moved to Lagos.", "12", "age_year"),
        # a window of time lends no unit to the count compared with
        ("Police recorded 262,400 crimes in the 12 months to September, down from 288,300 a "
         "year earlier.", "288,300", "count"),
    ],
)  # fmt: skip
def test_units_from_the_eighth_review(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        # points of a rate after a change or a gap, with no "%" in the sentence
        ("# Nigeria's inflation rate drops ten points as statisticians rebase the index",
         "ten points", "percentage_point"),
        ("Self-rated poverty measures something different, but a gap of more than 30 points "
         "should make us ask questions.", "30 points", "percentage_point"),
        # a match's points and an index's stay counts
        ("The Lakers won by 12 points as the shooting rate improved.", "12", "count"),
        ("The Sensex fell 300 points.", "300", "count"),
    ],
)  # fmt: skip
def test_points_of_a_rate(text: str, surface: str, unit: str) -> None:
    assert claims_of(text)[surface]["unit"] == unit


def test_a_hedged_whole() -> None:
    found = claims_of("Observers found irregularities at 312 of more than 38,000 polling stations.")
    assert found["312"]["whole"] == 38000
    assert claims_of("Only 7 of about 2 were late.")["7"]["whole"] is None  # no part above it
