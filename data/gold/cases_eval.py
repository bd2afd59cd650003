"""Evaluation gold sentences from eval-042 on, annotated by hand (see build.py and README.md).

Score on these; do not tune the extractor by reading them. Every sentence is written for this
project; the facts in it may be invented. Notation as in cases_dev.py.
"""

from build import (
    ADDR,
    DATE,
    DECADE,
    DEF,
    LAW,
    MODEL,
    ONE,
    ORD,
    PHONE,
    REF,
    TIME,
    VAGUE,
    YEAR,
    N,
    Q,
    R,
    S,
)

B, M, T = 1e9, 1e6, 1e12

CASES = [
    # --- war reporting
    S(
        "Air defences shot down 61 of the 75 Shahed drones launched from Kursk overnight, the air "
        "force said.",
        Q("61", 61, whole=75, subj="drone", by="air force"),
        Q("75", 75, subj="drone"),
    ),
    S(
        "Russia launched a record 728 drones and 13 missiles in a single night, Ukraine's air force "
        "reported.",
        Q("728", 728, subj="drone", by="air force"),
        Q("13", 13, subj="missile"),
    ),
    S(
        "A missile strike on the hospital killed at least 23 people, among them 4 children, "
        "officials said.",
        Q("23", 23, q="at_least", subj="people", by="officials"),
        Q("4", 4, whole=23),
    ),
    S(
        "The Ka-52 helicopter was shot down at around 18:00, the brigade said.",
        N("Ka-52", MODEL),
        N("18:00", TIME),
    ),
    S(
        "Roughly 40,000 troops are stationed at the base, according to satellite imagery analysts.",
        Q("40,000", 40000, h=2000, q="approx", subj="troop", by="analysts"),
    ),
    S(
        "The shelling damaged 134 homes, 3 schools and a hospital in the region.",
        Q("134", 134, subj="home"),
        Q("3", 3, subj="school"),
    ),
    S(
        "Ukraine has lost 14 of the 18 Leopard 2 tanks it received from Germany.",
        Q("14", 14, whole=18),
        Q("18", 18),
        N("2", MODEL),
    ),
    S(
        "Drone debris fell on 5 districts of the capital at about 2:40 a.m.",
        Q("5", 5, subj="district"),
        N("2:40 a.m.", TIME),
    ),
    S(
        "Russia's defence spending will rise to 13.5 trillion roubles, or 6.3% of GDP, in 2025.",
        Q("13.5 trillion roubles", 13.5 * T, "RUB", h=0.05 * T, subj="spending"),
        Q("6.3%", 6.3, "percent", h=0.05, period="2025"),
        N("2025", YEAR),
    ),
    S(
        "More than 500 children have been killed in the war, the prosecutor general's office said.",
        Q("500", 500, q="more_than", subj="child", by="prosecutor"),
    ),
    S(
        "The front line stretches for some 1,000 km from Kharkiv to Kherson.",
        Q("1,000 km", 1000, "km", h=50, q="approx"),
    ),
    S(
        "Up to 300 North Korean soldiers were killed or wounded in the battle, officials in Seoul "
        "estimated.",
        Q("300", 300, q="up_to", subj="soldier", by="officials"),
    ),
    S("The army received 2,900 FPV drones in August alone.", Q("2,900", 2900, h=50, subj="drone")),
    S("An Iskander-M missile struck the city centre at 10:15 on Saturday.", N("10:15", TIME)),
    S(
        "Air-raid sirens sounded in all 24 regions for more than three hours.",
        Q("24", 24, subj="region"),
        Q("three hours", 3, "hour", q="more_than"),
    ),
    # --- migration
    S(
        "About 1.1 million people applied for asylum in the EU last year, the agency said.",
        Q("1.1 million", 1.1 * M, h=0.05 * M, q="approx", subj="people", by="agency"),
    ),
    S(
        "Over 3,000 migrants reached the Italian island in 48 hours.",
        Q("3,000", 3000, q="more_than", subj="migrant"),
        Q("48 hours", 48, "hour"),
    ),
    S(
        "Two-thirds of the refugees are women and children, the agency said.",
        Q("Two-thirds", 2 / 3, by="agency"),
    ),
    S(
        "The number of people displaced inside Sudan has risen to 10.7 million.",
        Q("10.7 million", 10.7 * M, h=0.05 * M, subj="people"),
    ),
    S(
        "The Greek coastguard picked up 112 people from 3 dinghies off Lesbos.",
        Q("112", 112, subj="people"),
        Q("3", 3, subj="dinghies"),
    ),
    S(
        "Net migration to the UK was 685,000 in the year to December 2023, down from a peak of "
        "906,000.",
        Q("685,000", 685000, h=500, subj="migration"),
        N("2023", DATE),
        Q("906,000", 906000, h=500),
    ),
    S(
        "Some 70,000 Rohingya fled to Bangladesh in the first weeks of the crackdown.",
        Q("70,000", 70000, h=3500, q="approx", subj="Rohingya"),
        N("first", ORD),
    ),
    S(
        "Around 6.5 million Ukrainians are living abroad as refugees, the UNHCR estimates.",
        Q("6.5 million", 6.5 * M, h=0.05 * M, q="approx", subj="Ukrainian", by="UNHCR"),
    ),
    # --- economy, trade, money
    S(
        "Trade between the EU and China was worth €739 billion in 2023, according to Eurostat.",
        Q("€739 billion", 739 * B, "EUR", h=0.5 * B, subj="trade", period="2023", by="Eurostat"),
        N("2023", YEAR),
    ),
    S(
        "The bank will invest 500 million euros ($545 million) in the port.",
        Q("500 million euros", 500 * M, "EUR", h=0.5 * M),
        Q("$545 million", 545 * M, "USD", h=0.5 * M),
    ),
    S(
        "The company's revenue jumped 34 percent to ¥2.1 trillion.",
        Q("34 percent", 34, "percent"),
        Q("¥2.1 trillion", 2.1 * T, "JPY", h=0.05 * T, subj="revenue"),
    ),
    S(
        "Annual inflation accelerated to 7.4% in March from 6.9% in February, the statistics "
        "agency said.",
        Q("7.4%", 7.4, "percent", h=0.05, subj="inflation", by="statistics agency"),
        Q("6.9%", 6.9, "percent", h=0.05),
    ),
    S(
        "The Bank of England cut interest rates by a quarter of a percentage point to 5%.",
        Q("a quarter of a percentage point", 0.25, "percentage_point"),
        Q("5%", 5, "percent"),
    ),
    S(
        "Rents in the capital rose 11.2% over the past 12 months.",
        Q("11.2%", 11.2, "percent", h=0.05, subj="rent"),
        Q("12 months", 12, "month"),
    ),
    S(
        "Grain exports through the corridor came to more than 30 million tonnes.",
        Q("30 million tonnes", 30 * M, "t", q="more_than"),
    ),
    S(
        "The state approved a ₹2,500 crore relief package for farmers.",
        Q("₹2,500 crore", 2.5e10, "INR", h=0.5e7),
    ),
    S(
        "Investors pulled $4.3bn from emerging-market bond funds in the week to Wednesday.",
        Q("$4.3bn", 4.3 * B, "USD", h=0.05 * B),
    ),
    S(
        "Between 2,000 and 2,500 jobs will go at the plant, the union said.",
        R("2,000 and 2,500", 2000, 2500, subj="job", by="union"),
    ),
    S(
        "The central bank's reserves fell to $27.9 billion, enough to cover just under 4 months "
        "of imports.",
        Q("$27.9 billion", 27.9 * B, "USD", h=0.05 * B, subj="reserve"),
        Q("4 months", 4, "month", q="below"),
    ),
    S(
        "Wages rose 5.6 percent, outpacing inflation of 4 percent.",
        Q("5.6 percent", 5.6, "percent", h=0.05, subj="wage"),
        Q("4 percent", 4, "percent"),
    ),
    S(
        "House prices dropped 1.8% month on month, the biggest fall since 2008.",
        Q("1.8%", 1.8, "percent", h=0.05),
        N("2008", YEAR),
    ),
    S(
        "The government expects a budget deficit of 1.9 percent of GDP in 2024.",
        Q("1.9 percent", 1.9, "percent", h=0.05, subj="deficit", period="2024"),
        N("2024", YEAR),
    ),
    S(
        "Chinese imports of Russian crude averaged 2.2 million barrels a day.",
        Q("2.2 million barrels", 2.2 * M, "bbl", h=0.05 * M),
    ),
    S(
        "The lender set aside 850 million Swiss francs for legal costs.",
        Q("850 million Swiss francs", 850 * M, "CHF", h=0.5 * M),
    ),
    S(
        "The share price has fallen from 120 pence to 74 pence since January.",
        Q("120 pence", 1.2, "GBP", h=0.05),
        Q("74 pence", 0.74, "GBP"),
    ),
    S(
        "The minimum wage rose 9.8% to £11.44 an hour in April.",
        Q("9.8%", 9.8, "percent", h=0.05),
        Q("£11.44", 11.44, "GBP", h=0.005),
    ),
    S(
        "Global military spending hit $2.44 trillion, up 6.8% on the year.",
        Q("$2.44 trillion", 2.44 * T, "USD", h=0.005 * T, subj="spending"),
        Q("6.8%", 6.8, "percent", h=0.05),
    ),
    S("Unemployment among young people is close to 40%.", Q("40%", 40, "percent", q="below")),
    S(
        "The regulator fined the bank £29m over failures in its anti-money laundering controls.",
        Q("£29m", 29 * M, "GBP", h=0.5 * M),
    ),
    S(
        "Sales of second-hand cars fell by a third in the first quarter.",
        N("second", "part of a compound word ('second-hand')"),
        Q("a third", 1 / 3),
        N("first", ORD),
    ),
    S(
        "Turkey's annual inflation hit 61.5 percent in August.",
        Q("61.5 percent", 61.5, "percent", h=0.05, subj="inflation"),
    ),
    S(
        "Steel production slumped 41% to 6.2 million tonnes.",
        Q("41%", 41, "percent"),
        Q("6.2 million tonnes", 6.2 * M, "t", h=0.05 * M),
    ),
    S(
        "The fraudsters stole 3.6 million Swiss francs from pensioners.",
        Q("3.6 million Swiss francs", 3.6 * M, "CHF", h=0.05 * M),
    ),
    # --- elections
    S(
        "Turnout reached 58.4 percent, up from 49 percent at the last election, the commission "
        "said.",
        Q("58.4 percent", 58.4, "percent", h=0.05, subj="turnout", by="commission"),
        Q("49 percent", 49, "percent"),
    ),
    S(
        "The party took 293 of the 543 seats, short of the 272 needed for a majority.",
        Q("293", 293, whole=543, subj="seat"),
        Q("543", 543, subj="seat"),
        Q("272", 272),
    ),
    S(
        "Almost 970 million people were registered to vote in the election.",
        Q("970 million", 970 * M, h=0.5 * M, q="below", subj="people"),
    ),
    S(
        "The incumbent won 50.2% of the vote, avoiding a run-off by a margin of fewer than "
        "200,000 ballots.",
        Q("50.2%", 50.2, "percent", h=0.05),
        Q("200,000", 200000, q="less_than", subj="ballot"),
    ),
    S("Polls close at 10pm, with exit polls expected minutes later.", N("10pm", TIME)),
    S(
        "Some 4.5 million people voted early, a third more than in 2020.",
        Q("4.5 million", 4.5 * M, h=0.05 * M, q="approx", subj="people"),
        Q("a third", 1 / 3),
        N("2020", YEAR),
    ),
    S(
        "The ruling bloc lost 13 seats and now holds 154 in the 300-member chamber.",
        Q("13", 13, subj="seat"),
        Q("154", 154, whole=300),
        Q("300", 300, h=15),
    ),
    S(
        "Postal votes made up 21.7 per cent of all ballots cast.",
        Q("21.7 per cent", 21.7, "percent", h=0.05),
    ),
    # --- health
    S("Dengue cases in the country reached 5 million this year.", Q("5 million", 5 * M, h=0.5 * M)),
    S(
        "The virus has killed 34 people and infected 1,900 in the past month, the ministry said.",
        Q("34", 34, subj="people", by="ministry"),
        Q("1,900", 1900, h=50),
    ),
    S(
        "Roughly 40% of adults in the region smoke, twice the EU average.",
        Q("40%", 40, "percent", q="approx"),
    ),
    S("Patients waited an average of 9 hours in A&E.", Q("9 hours", 9, "hour")),
    S(
        "A 6-year-old boy died of diphtheria, the first case in the town since 1997.",
        Q("6-year-old", 6, "age_year"),
        N("first", ORD),
        N("1997", YEAR),
    ),
    S(
        "The trial enrolled 4,400 participants across 11 countries.",
        Q("4,400", 4400, h=50, subj="participant"),
        Q("11", 11, subj="countr"),
    ),
    S(
        "Hospital admissions rose by 18 per cent in the week to Sunday.",
        Q("18 per cent", 18, "percent"),
    ),
    S(
        "Drug overdose deaths fell to about 81,000 in 2024, down nearly 27% from the previous "
        "year.",
        Q("81,000", 81000, h=500, q="approx", period="2024"),
        N("2024", YEAR),
        Q("27%", 27, "percent", q="below"),
    ),
    S(
        "Hospitals in the region have just 14 ventilators for 2.3 million inhabitants.",
        Q("14", 14, subj="ventilator"),
        Q("2.3 million", 2.3 * M, h=0.05 * M, subj="inhabitant"),
    ),
    # --- crime and courts
    S(
        "The former official was jailed for 7 and a half years for taking bribes.",
        Q("7 and a half years", 7.5, "year"),
    ),
    S(
        "Police recovered 2.5 kg of gold and €180,000 in cash.",
        Q("2.5 kg", 2.5, "kg", h=0.05),
        Q("€180,000", 180000, "EUR", h=5000),
    ),
    S("The 52-year-old was arrested at his home in Leeds.", Q("52-year-old", 52, "age_year")),
    S(
        "Murders in the city fell to 386 last year, the lowest since 1963.",
        Q("386", 386),
        N("1963", YEAR),
    ),
    S(
        "The hackers demanded a ransom of 50 bitcoin, worth about $3.4m.",
        Q("50 bitcoin", 50, "BTC"),
        Q("$3.4m", 3.4 * M, "USD", h=0.05 * M, q="approx"),
    ),
    S(
        "He was sentenced to 18 months, suspended for two years.",
        Q("18 months", 18, "month"),
        Q("two years", 2, "year"),
    ),
    # --- weather, climate, energy
    S(
        "Temperatures are expected to reach 40 degrees Celsius in Madrid on Tuesday.",
        Q("40 degrees Celsius", 40, "degC"),
    ),
    S(
        "The wind farm will have 100 turbines with a total capacity of 1.4 GW.",
        Q("100", 100, h=5, subj="turbine"),
        Q("1.4 GW", 1.4, "GW", h=0.05),
    ),
    S("The river rose 4.5 metres above its normal level.", Q("4.5 metres", 4.5, "m", h=0.05)),
    S(
        "Russia supplied about 40% of the EU's pipeline gas before the war.",
        Q("40%", 40, "percent", q="approx"),
    ),
    S("The flood covered 120 sq km of farmland.", Q("120 sq km", 120, "km2", h=5)),
    S(
        "Global temperatures were 1.45°C above pre-industrial levels last year.",
        Q("1.45°C", 1.45, "degC", h=0.005),
    ),
    S("The drought cut hydropower output by 25 TWh.", Q("25 TWh", 25, "TWh")),
    S("Storm Ciarán brought gusts of 120 mph to parts of Cornwall.", Q("120 mph", 120, "mph", h=5)),
    S(
        "The heatwave pushed temperatures to 43°C in Athens, forcing the Acropolis to close.",
        Q("43°C", 43, "degC"),
    ),
    S("Europe's gas storage was 90% full by mid-August.", Q("90%", 90, "percent")),
    S("Snow depths reached 2.3 metres in parts of the Alps.", Q("2.3 metres", 2.3, "m", h=0.05)),
    # --- sport and rankings
    S(
        "The country fell to 171st out of 180 in this year's press freedom index.",
        Q("171st", 171, "rank", whole=180),
        Q("180", 180, h=5),
    ),
    S(
        "The team is ranked 9th in the world and has won 11 of its last 12 matches.",
        Q("9th", 9, "rank"),
        Q("11", 11, whole=12, subj="match"),
        Q("12", 12),
    ),
    S(
        "The transfer fee of €100 million is a club record.",
        Q("€100 million", 100 * M, "EUR", h=0.5 * M, subj="fee"),
    ),
    S(
        "The 35-year-old is playing in his fifth World Cup.",
        Q("35-year-old", 35, "age_year"),
        N("fifth", ORD),
    ),
    S("The university fell to 11th place in the league table.", Q("11th", 11, "rank")),
    # --- ages
    S("Her grandfather, aged 93, still runs the family shop.", Q("93", 93, "age_year")),
    S(
        "The baby, ten months old, was pulled alive from the rubble.",
        Q("ten months old", 10, "age_month"),
    ),
    # --- no quantity, or only numbers that are not claims
    S("The Su-24 bomber took off from Saky at 23:10.", N("Su-24", MODEL), N("23:10", TIME)),
    S(
        "The accord was signed on 5 December 1994 in Budapest.",
        N("5 December", DATE),
        N("1994", DATE),
    ),
    S(
        "The US approved new F-35 sales on Feb. 24, 2023.",
        N("F-35", MODEL),
        N("Feb. 24", DATE),
        N("2023", DATE),
    ),
    S("Under Article 15 of the constitution, the president may dissolve parliament.", N("15", LAW)),
    S(
        "The two presidents spoke by phone for the first time since 2022.",
        N("two", DEF),
        N("first", ORD),
        N("2022", YEAR),
    ),
    S("It was one of the deadliest attacks on the city.", N("one", ONE)),
    S(
        "The office is at 42 Whitehall Road; call +33 1 45 67 89 00 for appointments.",
        N("42 Whitehall Road", ADDR),
        N("+33 1 45 67 89 00", PHONE),
    ),
    S("The G20 finance ministers meet again in October.", N("G20", MODEL)),
    S("The 1970s oil shock reshaped energy policy.", N("1970s", DECADE)),
    S("The AK-47 remains the most widely used rifle in the world.", N("AK-47", MODEL)),
    S("The country's 2019 election was marred by fraud allegations.", N("2019", YEAR)),
    S("Scores of people were injured in the stampede.", N("Scores", VAGUE)),
    S("Millions of viewers watched the debate.", N("Millions", VAGUE)),
    S(
        "The court will rule on the case for the second time on 12 June.",
        N("second", ORD),
        N("12 June", DATE),
    ),
    S("The ministry's statement, issued at 6 p.m., gave no details.", N("6 p.m.", TIME)),
    S("Route 66 was closed between the two towns.", N("66", REF), N("two", DEF)),
    S(
        "The SS-20 missiles were withdrawn under the 1987 treaty.",
        N("SS-20", MODEL),
        N("1987", YEAR),
    ),
    S(
        "The government resigned on Tuesday amid protests.",
    ),
    S(
        "Neither side gave figures for its losses.",
    ),
    S("Section 3 of the bill caps rent rises.", N("3", LAW)),
    S("She served as prime minister from 2016 to 2019.", N("2016", YEAR), N("2019", YEAR)),
    S("The summit marked the 75th anniversary of the alliance.", N("75th", ORD)),
    S("She was born in 1961 in Donetsk.", N("1961", YEAR)),
    S("A Type 055 destroyer shadowed the convoy.", N("055", MODEL)),
]
