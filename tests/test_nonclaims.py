"""Numbers that are not claims are discarded with a reason; look-alike claims are kept."""

from __future__ import annotations

import pytest

from figcheck.extractors import news

# (sentence, the not-claim, a word of the discard reason)
NOT_CLAIMS = [
    # calibres name a weapon or its ammunition
    ("Each 120mm mortar round was sold for $800.", "120mm", "calibre"),
    ("Crews fired 2,000 152mm artillery shells overnight.", "152mm", "calibre"),
    ("Gunners fired 50-calibre rounds at 3 drones.", "50", "calibre"),
    # race distances that name an event
    ("She took gold in the 400m hurdles at the trials.", "400m", "event"),
    ("He won the 800 metres comfortably.", "800", "event"),
    ("The women's 1500m was held on Friday.", "1500m", "event"),
    ("The 4x400m relay team was disqualified.", "4", "event"),
    ("He set a 10,000 metres world record.", "10,000", "event"),
    # relative time: a point in time, not an amount of time
    ("Unemployment was 7 percent two years ago.", "two years", "relative time"),
    ("The plant had closed three weeks earlier.", "three weeks", "relative time"),
    ("Turnout fell from a high of 70% 12 years previously.", "12 years", "relative time"),
    # model designations
    ("An Airbus 320 landed safely in the storm.", "320", "model"),
    ("The new Pixel 9 went on sale on Thursday.", "9", "model"),
    ("The airline grounded its Boeing 767-300 fleet.", "300", "model"),
    ("The iPad 10 was discounted for the holidays.", "10", "model"),
    ("Regulators cleared the 737 Max to fly again.", "737", "model"),
    ("A Type 45 destroyer escorted the convoy.", "45", "model"),
    ("The fleet flies the A350-1000 on long routes.", "A350-1000", "identifier"),
    # addresses, times, phone numbers
    ("The ambassador lives at 8 Belgrave Place.", "8 Belgrave Place", "street address"),
    ("The shop is at 31 rue Cambon in Paris.", "31 rue Cambon", "street address"),
    ("The market opens at 7 a.m. on weekdays.", "7 a.m.", "time of day"),
    ("Fireworks start at 9 P.M. sharp.", "9 P.M.", "time of day"),
    ("Prayers begin at 6 o'clock every evening.", "6 o'clock", "time of day"),
    ("Readers can call 1-888-555-0199 for details.", "1-888-555-0199", "phone number"),
    ("Anyone with information should call police on 101.", "101", "emergency phone number"),
    ("For advice call NHS 111; in an emergency dial 999.", "111", "emergency phone number"),
    ("The trial will begin in Court 2 on Monday.", "2", "reference number"),
    ("Rule 39 allows interim measures.", "39", "reference number"),
    ("The recount in Precinct 1457 added 312 votes.", "1457", "reference number"),
    ("Observers at polling station 45 counted 612 voters.", "45", "reference number"),
    ("The helpline (617) 555-0142 is open daily.", "617", "phone number"),
    # seasons, spans of years, reference numbers
    ("Tickets for the 2025-26 season go on sale soon.", "2025-26", "season"),
    ("Output fell sharply during the 1939-45 war.", "1939-45", "span of years"),
    ("The court listed the appeal as No. 3-552/2022.", "3-552/2022", "reference"),
    ("The ruling in case No. 41-7 was overturned.", "7", "reference"),
    ("Traffic stopped between junctions 4 and 5 overnight.", "5", "reference"),
    ("Clause 9 of Annex 2 sets the deadline.", "9", "reference"),
    ("Page 2 of 9", "9", "page furniture"),
    ("The judgment in T-112/21 was annulled.", "T-112/21", "identifier"),
    # a decade of life or a decade
    ("A woman in her 60s was rescued from the river.", "60", "age"),
    ("Two men in their late 20s and early 30s were held.", "30", "age"),
    ("Disco was everywhere in the '70s.", "70", "decade"),
    ("Temperatures will climb into the low 40s this week.", "40", "vague band"),
    ("Highs in the upper 90s are expected.", "90", "vague band"),
    ("The plant makes 5-nanometre chips for phones.", "5", "process node"),
]


# (sentence, a claim, value, unit): look-alikes of the not-claims above
CLAIMS = [
    ("A 155mm shell costs $3,000 to make.", "$3,000", 3000, "USD"),
    ("Police received 101 calls overnight.", "101", 101, "count"),  # not the number to call
    ("The station answered 96.2% of calls, placing it 2nd in the country.", "2nd", 2, "rank"),
    ("Rainfall reached 155mm in a single day.", "155mm", 155, "mm"),
    ("Soldiers dug 1,500 metres of trenches.", "1,500 metres", 1500, "m"),
    ("He ran 200 metres to safety.", "200 metres", 200, "m"),
    ("The 10km race drew 5,000 runners.", "10km", 10, "km"),
    ("The plane flew at 300 metres above the ground.", "300 metres", 300, "m"),
    ("The company raised £5m in a final round of funding.", "£5m", 5e6, "GBP"),
    ("He was sentenced to four years in prison.", "four years", 4, "year"),
    ("She received a four-year sentence.", "four-year", 4, "year"),
    ("The line opened two years later than planned.", "two years", 2, "year"),
    ("He spent 10 years in prison before his release.", "10 years", 10, "year"),
    ("Boeing delivered 528 jets last year.", "528", 528, "count"),
    ("Boeing cut 2,000 jobs in the spring.", "2,000", 2000, "count"),
    ("Apple sold 50 million iPhones.", "50 million", 5e7, "count"),
    ("The 3 Botanic Gardens welcomed 200,000 visitors.", "3", 3, "count"),
    ("In Room 101, 20 people waited.", "20", 20, "count"),
    ("They invoked Article 5 and 300 troops were sent.", "300", 300, "count"),
    ("Prices rose 8% in 2021-22.", "8%", 8, "percent"),
    ("Some 20-25 people were injured.", "20-25", 22.5, "count"),
    ("Gunners fired 50-calibre rounds at 3 drones.", "3", 3, "count"),
    ("A film 40 nm thick covers the lens of 12 cameras.", "12", 12, "count"),
    ("Only 5 amid 300 protesters were arrested.", "5", 5, "count"),
]


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


@pytest.mark.parametrize(("text", "surface", "reason"), NOT_CLAIMS)
def test_not_a_claim_is_discarded_with_its_reason(text: str, surface: str, reason: str) -> None:
    start = text.index(surface)
    end = start + len(surface)
    rows, discards = news.extract_rows(text)
    assert not [r["surface"] for r in rows if _overlaps(r["start"], r["end"], start, end)]
    reasons = [d.reason for d in discards if _overlaps(d.start, d.end, start, end)]
    assert any(reason in r for r in reasons), reasons


@pytest.mark.parametrize(("text", "surface", "value", "unit"), CLAIMS)
def test_look_alike_claim_is_kept(text: str, surface: str, value: float, unit: str) -> None:
    rows, _ = news.extract_rows(text)
    hits = [r for r in rows if r["surface"] == surface]
    assert hits, [r["surface"] for r in rows]
    assert hits[0]["value"] == pytest.approx(value)
    assert hits[0]["unit"] == unit


def test_calibre_does_not_hide_the_count_of_shells() -> None:
    rows, _ = news.extract_rows("Crews fired 2,000 152mm artillery shells overnight.")
    assert [(r["surface"], r["unit"]) for r in rows] == [("2,000", "count")]
