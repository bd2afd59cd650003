"""Development gold sentences from dev-083 on, annotated by hand (see build.py and README.md).

Every sentence is written for this project; the facts in it may be invented.
Q(surface, value, unit, h=precision, q=qualifier, whole=..., subj/period/by=context),
R(surface, low, high, unit) for ranges, N(surface, reason) for numbers that are not claims.
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
    PAGE,
    PHONE,
    REF,
    REL,
    TIME,
    VAGUE,
    YEAR,
    N,
    Q,
    R,
    S,
)

B, M, K, T = 1e9, 1e6, 1e3, 1e12

CASES = [
    # --- war reporting
    S(
        "Air defence units destroyed 42 of the 116 drones launched overnight, the air force said.",
        Q("42", 42, whole=116, subj="drone", by="air force"),
        Q("116", 116, subj="drone"),
    ),
    S(
        "Russia fired 7 cruise missiles and 54 attack drones at energy facilities, the military "
        "said.",
        Q("7", 7, subj="missile", by="military"),
        Q("54", 54, subj="drone"),
    ),
    S(
        "Two civilians were killed and nine wounded when a shell hit a bus stop in Kherson.",
        Q("Two", 2, subj="civilian"),
        Q("nine", 9),
    ),
    S(
        "One Su-25 and two Mi-8 helicopters were lost near Bakhmut, a regional official said.",
        Q("One", 1),
        N("Su-25", MODEL),
        Q("two", 2, subj="helicopter"),
        N("Mi-8", MODEL),
    ),
    S(
        "Ukrainian troops have retaken more than 1,000 square kilometres since the offensive began.",
        Q("1,000 square kilometres", 1000, "km2", q="more_than"),
    ),
    S(
        "About 300 soldiers from the 128th brigade were rotated out after 14 months at the front.",
        Q("300", 300, h=15, q="approx", subj="soldier"),
        N("128th", ORD),
        Q("14 months", 14, "month"),
    ),
    S(
        "Russian artillery was firing roughly 20,000 shells a day at the height of the battle, "
        "analysts estimated.",
        Q("20,000", 20000, h=1000, q="approx", subj="shell", by="analysts"),
    ),
    S(
        "The strike on the F-16 base at 03:40 destroyed no aircraft, the spokesman insisted.",
        N("F-16", MODEL),
        N("03:40", TIME),
    ),
    S(
        "Kyiv says it has received 12 of the 31 Abrams tanks promised by Washington.",
        Q("12", 12, whole=31, subj="tank"),
        Q("31", 31, subj="tank"),
    ),
    S(
        "The military said 83 of the 96 missiles fired on 29 December were intercepted.",
        Q("83", 83, whole=96, subj="missile", by="military"),
        Q("96", 96, subj="missile"),
        N("29 December", DATE),
    ),
    S(
        "Between 50,000 and 70,000 Russian troops are massed near the border, according to "
        "Western intelligence.",
        R("50,000 and 70,000", 50000, 70000, subj="troop", by="intelligence"),
    ),
    S(
        "At least 1,700 shells hit the town in a single week, the governor said.",
        Q("1,700", 1700, h=50, q="at_least", subj="shell", by="governor"),
    ),
    S("The L-39 trainer crashed during a night flight, killing both pilots.", N("L-39", MODEL)),
    S(
        "Up to 40 Kh-101 missiles were fired from Tu-95 bombers over the Caspian Sea.",
        Q("40", 40, q="up_to", subj="missile"),
        N("Kh-101", MODEL),
        N("Tu-95", MODEL),
    ),
    S(
        "The brigade lost nearly a third of its armoured vehicles in the first week of the assault.",
        Q("a third", 1 / 3, q="below"),
        N("first", ORD),
    ),
    S(
        "Ukraine said it had downed a Russian Su-34 fighter-bomber, its third in a week.",
        N("Su-34", MODEL),
        N("third", ORD),
    ),
    S(
        "Some 3,500 prisoners of war have been returned since 2022, the ombudsman's office said.",
        Q("3,500", 3500, h=50, q="approx", subj="prisoner", period="since 2022", by="ombudsman"),
        N("2022", YEAR),
    ),
    S(
        "Moscow claims its forces now hold 18% of Ukrainian territory, a figure Kyiv disputes.",
        Q("18%", 18, "percent"),
    ),
    S(
        "Each 155mm shell cost about $3,000 before the war; the price has since quadrupled.",
        N("155mm", "calibre, part of a model name"),
        Q("$3,000", 3000, "USD", h=150, q="approx"),
    ),
    S(
        "A drone strike on the refinery started a fire covering 2,000 square metres, emergency "
        "services said.",
        Q("2,000 square metres", 2000, "m2", h=100, by="emergency services"),
    ),
    S(
        "Officials said 42 people, including 6 children, died when a missile hit the shopping "
        "centre on 8 July.",
        Q("42", 42, subj="people"),
        Q("6", 6, whole=42, subj="child"),
        N("8 July", DATE),
    ),
    S(
        "Parliament extended martial law for another 90 days, the 15th extension since the "
        "invasion.",
        Q("90 days", 90, "day"),
        N("15th", ORD),
    ),
    S(
        "The S-300 battery was positioned roughly 40 km from the front line.",
        N("S-300", MODEL),
        Q("40 km", 40, "km", q="approx"),
    ),
    S(
        "Two MiG-29 jets and one Su-27 were damaged in the raid, satellite images show.",
        Q("Two", 2, subj="jet"),
        N("MiG-29", MODEL),
        Q("one", 1),
        N("Su-27", MODEL),
    ),
    S(
        "The HIMARS strike at 5:15 a.m. killed 63 servicemen, the defence ministry in Moscow "
        "acknowledged.",
        N("5:15 a.m.", TIME),
        Q("63", 63, subj="servicemen"),
    ),
    S(
        "Kyiv put Russian losses at 1,500 troops in a single day, a figure that could not be "
        "verified.",
        Q("1,500", 1500, h=50, subj="troop"),
    ),
    S(
        "More than 9,000 civilians have been killed since February 2022, the UN monitoring "
        "mission said.",
        Q("9,000", 9000, q="more_than", subj="civilian", period="since 2022-02", by="UN"),
        N("2022", DATE),
    ),
    S(
        "Russian forces advanced about 4 miles over the past month, the think tank estimated.",
        Q("4 miles", 4, "mi", q="approx", by="think tank"),
    ),
    S(
        "The town, home to 30,000 people before the war, now has fewer than 2,000 residents.",
        Q("30,000", 30000, h=1500),
        Q("2,000", 2000, q="less_than", subj="resident"),
    ),
    S(
        "Only 6 of the country's 31 Leopard tanks remain operational.",
        Q("6", 6, whole=31),
        Q("31", 31, subj="tank"),
    ),
    S(
        "A Shahed-136 drone costs an estimated $20,000 to $50,000 to build.",
        N("Shahed-136", MODEL),
        R("$20,000 to $50,000", 20000, 50000, "USD"),
    ),
    S(
        "The exchange freed 95 Ukrainian soldiers and 95 Russian ones, the 49th swap of the war.",
        Q("95", 95, subj="soldier"),
        Q("95", 95, occ=2),
        N("49th", ORD),
    ),
    S(
        "A 2S19 Msta howitzer and 3 tanks were destroyed near Avdiivka, the general staff said.",
        N("2S19", MODEL),
        Q("3", 3, subj="tank", by="general staff"),
    ),
    S(
        "Since the full-scale invasion, border guards have detained 19,400 men trying to leave "
        "illegally.",
        Q("19,400", 19400, h=50),
    ),
    # --- migration
    S(
        "Nearly 4.2 million people from Ukraine hold temporary protection in the EU, Eurostat "
        "said.",
        Q("4.2 million", 4.2 * M, h=0.05 * M, q="below", subj="people", by="Eurostat"),
    ),
    S(
        "Germany registered 329,000 first-time asylum applications in 2023, up 51% on the "
        "previous year.",
        Q("329,000", 329000, h=500, subj="application", period="2023"),
        N("first", ORD),
        N("2023", YEAR),
        Q("51%", 51, "percent"),
    ),
    S(
        "Some 2,400 migrants crossed the Channel in small boats in a single week, the Home "
        "Office said.",
        Q("2,400", 2400, h=50, q="approx", subj="migrant", by="Home Office"),
    ),
    S(
        "The coastguard rescued 47 people off Lampedusa; 3 others are still missing.",
        Q("47", 47, subj="people"),
        Q("3", 3),
    ),
    S(
        "Arrivals by sea fell to 31,000 in the first half of the year from 65,000 a year earlier.",
        Q("31,000", 31000, h=500, subj="arrival"),
        N("first half", REL),
        Q("65,000", 65000, h=500),
        N("a year", REL),
    ),
    S(
        "The camp, built for 10,000 people, now shelters more than 45,000.",
        Q("10,000", 10000, h=500),
        Q("45,000", 45000, q="more_than"),
    ),
    S(
        "Canada plans to admit 485,000 permanent residents this year and 500,000 in each of the "
        "next two years.",
        Q("485,000", 485000, h=500, subj="resident"),
        Q("500,000", 500000, h=25000),
        Q("two years", 2, "year"),
    ),
    S(
        "Roughly 700 people are believed to have been aboard the fishing boat that sank off Pylos.",
        Q("700", 700, h=35, q="approx", subj="people"),
    ),
    S(
        "The Canary Islands recorded 39,910 irregular arrivals last year, a record.",
        Q("39,910", 39910, h=5, subj="arrival"),
    ),
    S(
        "Over 600 of the 1,200 people surveyed said they planned to return home.",
        Q("600", 600, q="more_than", whole=1200),
        Q("1,200", 1200, h=50, subj="people"),
    ),
    S(
        "The number of labour migrants from Central Asia dropped by a fifth to about 2.6 million.",
        Q("a fifth", 0.2),
        Q("2.6 million", 2.6 * M, h=0.05 * M, q="approx", subj="migrant"),
    ),
    S(
        "Poland has issued 1.9 million residence permits to Ukrainians since 2022.",
        Q("1.9 million", 1.9 * M, h=0.05 * M, subj="permit", period="since 2022"),
        N("2022", YEAR),
    ),
    S(
        "Almost 70 children were among the 412 people rescued in the Aegean on Sunday.",
        Q("70", 70, q="below", whole=412, subj="child"),
        Q("412", 412),
    ),
    S(
        "A boat carrying about 50 migrants capsized off Libya; only 9 survived.",
        Q("50", 50, q="approx", subj="migrant"),
        Q("9", 9),
    ),
    S(
        "Asylum claims in the UK rose 18% to 84,425 in the year to June, the highest since 2002.",
        Q("18%", 18, "percent"),
        Q("84,425", 84425),
        N("2002", YEAR),
    ),
    S("Greece will build a 35-km fence along its border with Turkey.", Q("35-km", 35, "km")),
    # --- economy, trade, money
    S(
        "Bilateral trade reached $26 billion in 2022, officials in Beijing said.",
        Q("$26 billion", 26 * B, "USD", h=0.5 * B, subj="trade", period="2022", by="officials"),
        N("2022", YEAR),
    ),
    S(
        "The EU will lend Kyiv 18 billion euros next year, the Commission said.",
        Q("18 billion euros", 18 * B, "EUR", h=0.5 * B, by="Commission"),
    ),
    S(
        "Wheat exports to Egypt totalled 640 million euros ($702 million) last year.",
        Q("640 million euros", 640 * M, "EUR", h=0.5 * M, subj="export"),
        Q("$702 million", 702 * M, "USD", h=0.5 * M, subj="export"),
    ),
    S(
        "The chain reported sales of £5m in its first week of trading.",
        Q("£5m", 5 * M, "GBP", h=0.5 * M, subj="sale"),
        N("first", ORD),
    ),
    S(
        "The state government set aside 450 crore rupees for flood relief, the finance minister "
        "said.",
        Q("450 crore rupees", 4.5e9, "INR", h=0.5e7, by="finance minister"),
    ),
    S(
        "India's defence budget rose to ₹6.2 lakh crore for the coming year.",
        Q("₹6.2 lakh crore", 6.2 * T, "INR", h=0.05 * T, subj="budget"),
    ),
    S(
        "The company is valued at about HK$120 billion.",
        Q("HK$120 billion", 120 * B, "HKD", h=0.5 * B, q="approx"),
    ),
    S(
        "The miner agreed to pay A$3.2bn for the lithium project.",
        Q("A$3.2bn", 3.2 * B, "AUD", h=0.05 * B),
    ),
    S(
        "Remittances from Russia to Tajikistan reached $5.6 billion in 2023, nearly half of the "
        "country's GDP.",
        Q("$5.6 billion", 5.6 * B, "USD", h=0.05 * B, subj="remittance", period="2023"),
        N("2023", YEAR),
        Q("half", 0.5, q="below"),
    ),
    S(
        "Foreign direct investment has dropped to $3-4bn a year, analysts estimate.",
        R("$3-4bn", 3 * B, 4 * B, "USD", subj="investment", by="analysts"),
    ),
    S(
        "The airline ordered 150 A320neo jets worth an estimated $17 billion at list prices.",
        Q("150", 150, h=5, subj="jet"),
        N("A320neo", MODEL),
        Q("$17 billion", 17 * B, "USD", h=0.5 * B, q="approx"),
    ),
    S(
        "Brent crude rose 2.3% to $84.15 a barrel.",
        Q("2.3%", 2.3, "percent", h=0.05),
        Q("$84.15", 84.15, "USD", h=0.005),
    ),
    S(
        "Shares in the chipmaker jumped as much as 14% in early trading.",
        Q("14%", 14, "percent", q="up_to"),
    ),
    S(
        "The carmaker will cut 1,800 jobs, about 6% of its workforce, by 2026.",
        Q("1,800", 1800, h=50, subj="job"),
        Q("6%", 6, "percent", q="approx"),
        N("2026", YEAR),
    ),
    S(
        "The deal is worth €1.2bn ($1.3bn), the largest in the sector since 2015.",
        Q("€1.2bn", 1.2 * B, "EUR", h=0.05 * B),
        Q("$1.3bn", 1.3 * B, "USD", h=0.05 * B),
        N("2015", YEAR),
    ),
    S(
        "Tax revenue fell 4.1 trillion roubles short of the plan.",
        Q("4.1 trillion roubles", 4.1 * T, "RUB", h=0.05 * T),
    ),
    S(
        "Western countries froze about 300 billion dollars of the central bank's reserves.",
        Q("300 billion dollars", 300 * B, "USD", h=0.5 * B, q="approx"),
    ),
    S(
        "Kazakhstan's budget deficit widened to 2.1 trillion tenge.",
        Q("2.1 trillion tenge", 2.1 * T, "KZT", h=0.05 * T, subj="deficit"),
    ),
    S(
        "The state pension will rise by 95 pence a week to £221.20.",
        Q("95 pence", 0.95, "GBP"),
        Q("£221.20", 221.2, "GBP", h=0.005),
    ),
    S(
        "A litre of petrol now costs 1.89 euros, against 1.59 euros a year ago.",
        Q("1.89 euros", 1.89, "EUR", h=0.005),
        Q("1.59 euros", 1.59, "EUR", h=0.005),
        N("a year", REL),
    ),
    S(
        "The central bank raised its key rate by 0.25 percentage points to 4.5%.",
        Q("0.25 percentage points", 0.25, "percentage_point", h=0.005),
        Q("4.5%", 4.5, "percent", h=0.05, subj="rate"),
    ),
    S(
        "Annual inflation slowed to 2.9 per cent in December from 3.4 per cent in November.",
        Q("2.9 per cent", 2.9, "percent", h=0.05, subj="inflation"),
        Q("3.4 per cent", 3.4, "percent", h=0.05),
    ),
    S(
        "Consumer prices climbed 9.1% in June from a year earlier, the fastest pace in more than "
        "40 years.",
        Q("9.1%", 9.1, "percent", h=0.05),
        N("a year", REL),
        Q("40 years", 40, "year", q="more_than"),
    ),
    S(
        "Mortgage rates hit 7.08%, the highest level since 2001.",
        Q("7.08%", 7.08, "percent", h=0.005),
        N("2001", YEAR),
    ),
    S(
        "Core inflation eased 0.1 percentage point to 3.8%.",
        Q("0.1 percentage point", 0.1, "percentage_point", h=0.05),
        Q("3.8%", 3.8, "percent", h=0.05),
    ),
    S(
        "The European Central Bank left rates at 4% for a fifth straight meeting.",
        Q("4%", 4, "percent"),
        N("fifth", ORD),
    ),
    S(
        "Economists expect growth of between 1.5% and 2% next year.",
        R("1.5% and 2%", 1.5, 2, "percent"),
    ),
    S(
        "Quarterly growth came in at -0.3%, after 0.2% in the previous quarter.",
        Q("-0.3%", -0.3, "percent", h=0.05),
        Q("0.2%", 0.2, "percent", h=0.05),
    ),
    S("Real wages fell for the 17th month in a row.", N("17th", ORD)),
    S(
        "Public debt is forecast to rise to 110% of GDP by 2028.",
        Q("110%", 110, "percent", h=5, subj="debt"),
        N("2028", YEAR),
    ),
    S("The euro traded at $1.0842 in London.", Q("$1.0842", 1.0842, "USD", h=0.00005)),
    S("Gold hit a record $2,450 an ounce.", Q("$2,450", 2450, "USD", h=5)),
    S("Bitcoin fell below $60,000 on Friday.", Q("$60,000", 60000, "USD", q="less_than")),
    S(
        "The startup raised 30 MUSD in its latest funding round.",
        Q("30 MUSD", 30 * M, "USD", h=0.5 * M),
    ),
    S(
        "Household debt reached 1.74 trillion yuan, up 8.3% from a year earlier.",
        Q("1.74 trillion yuan", 1.74 * T, "CNY", h=0.005 * T, subj="debt"),
        Q("8.3%", 8.3, "percent", h=0.05),
        N("a year", REL),
    ),
    S(
        "The economy grew 5.3 percent in 2023 after shrinking by almost 30 percent in 2022.",
        Q("5.3 percent", 5.3, "percent", h=0.05, period="2023"),
        N("2023", YEAR),
        Q("30 percent", 30, "percent", q="below", period="2022"),
        N("2022", YEAR),
    ),
    S(
        "The IMF approved a $15.6 billion loan programme over four years.",
        Q("$15.6 billion", 15.6 * B, "USD", h=0.05 * B),
        Q("four years", 4, "year"),
    ),
    S(
        "Sanctions have immobilised roughly 260 billion euros of Russian central bank assets.",
        Q("260 billion euros", 260 * B, "EUR", h=0.5 * B, q="approx"),
    ),
    S(
        "The chocolate maker raised prices by 8 to 10 percent.",
        R("8 to 10 percent", 8, 10, "percent"),
    ),
    S(
        "Small firms paid staff an average of 34,500 roubles a month.",
        Q("34,500 roubles", 34500, "RUB", h=50),
    ),
    S(
        "The minimum wage will go up to 12.41 euros an hour.",
        Q("12.41 euros", 12.41, "EUR", h=0.005),
    ),
    S(
        "Container rates from Shanghai to Rotterdam more than doubled to $4,400 per box.",
        Q("$4,400", 4400, "USD", h=50),
    ),
    S(
        "Chinese exports to Russia rose 47% to about $111 billion in 2023.",
        Q("47%", 47, "percent"),
        Q("$111 billion", 111 * B, "USD", h=0.5 * B, q="approx", subj="export", period="2023"),
        N("2023", YEAR),
    ),
    S(
        "The budget allocates 10.8 trillion roubles to defence, nearly 30% of all spending.",
        Q("10.8 trillion roubles", 10.8 * T, "RUB", h=0.05 * T),
        Q("30%", 30, "percent", q="below"),
    ),
    S(
        "Japan's economy is worth about ¥600 trillion.",
        Q("¥600 trillion", 600 * T, "JPY", h=0.5 * T, q="approx"),
    ),
    S(
        "The levy raised C$1.4 billion in its first year, the budget office said.",
        Q("C$1.4 billion", 1.4 * B, "CAD", h=0.05 * B, by="budget office"),
        N("first", ORD),
    ),
    S(
        "The fund manages in excess of $40 billion in assets.",
        Q("$40 billion", 40 * B, "USD", q="more_than"),
    ),
    S("The bonus is worth 5k euros per employee.", Q("5k euros", 5000, "EUR", h=500)),
    S(
        "Annual rent for the office is £1.2 million, or roughly £100,000 a month.",
        Q("£1.2 million", 1.2 * M, "GBP", h=0.05 * M),
        Q("£100,000", 100000, "GBP", h=5000, q="approx"),
    ),
    S(
        "The company said it would buy back up to $5bn of its shares.",
        Q("$5bn", 5 * B, "USD", q="up_to"),
    ),
    S(
        "Nominal GDP per head is $12,300, according to the World Bank.",
        Q("$12,300", 12300, "USD", h=50, by="World Bank"),
    ),
    S(
        "Fewer than 40 of the 310 registered banks are profitable, the regulator said.",
        Q("40", 40, q="less_than", whole=310, subj="bank", by="regulator"),
        Q("310", 310, h=5, subj="bank"),
    ),
    # --- elections
    S(
        "Turnout was 67.3%, the highest since 1998, the election commission said.",
        Q("67.3%", 67.3, "percent", h=0.05, subj="turnout", by="election commission"),
        N("1998", YEAR),
    ),
    S(
        "The ruling party won 233 of the 450 seats in the lower house.",
        Q("233", 233, whole=450, subj="seat"),
        Q("450", 450, h=5, subj="seat"),
    ),
    S(
        "With 98% of precincts reporting, the incumbent led with 52.4% of the vote.",
        Q("98%", 98, "percent"),
        Q("52.4%", 52.4, "percent", h=0.05),
    ),
    S(
        "Some 64 million people were eligible to vote, according to the electoral authority.",
        Q("64 million", 64 * M, h=0.5 * M, q="approx", subj="people", by="electoral authority"),
    ),
    S(
        "The opposition candidate trailed by about 1.5 percentage points.",
        Q("1.5 percentage points", 1.5, "percentage_point", h=0.05, q="approx"),
    ),
    S(
        "The referendum passed with 61 percent in favour and 39 percent against.",
        Q("61 percent", 61, "percent"),
        Q("39 percent", 39, "percent"),
    ),
    S("The bill cleared the Senate 68-32 on Thursday.", Q("68", 68), Q("32", 32)),
    S(
        "Voters will choose 720 members of the European Parliament in June.",
        Q("720", 720, h=5, subj="member"),
    ),
    S(
        "Only 41 percent of registered voters cast a ballot, down from 48 percent four years ago.",
        Q("41 percent", 41, "percent"),
        Q("48 percent", 48, "percent"),
        N("four years", REL),
    ),
    S(
        "The president secured a fifth term with 87.3% of the vote.",
        N("fifth", ORD),
        Q("87.3%", 87.3, "percent", h=0.05),
    ),
    S("Polls opened at 8am and close at 8pm local time.", N("8am", TIME), N("8pm", TIME)),
    S(
        "The coalition holds 316 of the 630 seats, a majority of just one.",
        Q("316", 316, whole=630, subj="seat"),
        Q("630", 630, h=5, subj="seat"),
        Q("one", 1),
    ),
    S(
        "More than 2,500 candidates are standing in 650 constituencies.",
        Q("2,500", 2500, q="more_than", subj="candidate"),
        Q("650", 650, h=5, subj="constituenc"),
    ),
    S(
        "The challenger won in 19 of the 27 districts, the results show.",
        Q("19", 19, whole=27, subj="district"),
        Q("27", 27, subj="district"),
    ),
    S(
        "The party's vote share rose 3.2 percentage points to 28.9%, its best result since 2005.",
        Q("3.2 percentage points", 3.2, "percentage_point", h=0.05),
        Q("28.9%", 28.9, "percent", h=0.05),
        N("2005", YEAR),
    ),
    # --- health
    S(
        "The outbreak has killed 1,160 people and infected 26,000 since March, the WHO said.",
        Q("1,160", 1160, h=5, subj="people", by="WHO"),
        Q("26,000", 26000, h=500),
    ),
    S(
        "Hospitals are treating 312 patients with the virus, 41 of them in intensive care.",
        Q("312", 312, subj="patient"),
        Q("41", 41, whole=312),
    ),
    S(
        "The vaccine was 94.1 percent effective in trials involving 30,420 volunteers.",
        Q("94.1 percent", 94.1, "percent", h=0.05),
        Q("30,420", 30420, h=5, subj="volunteer"),
    ),
    S("Cholera cases in the province rose to more than 8,300.", Q("8,300", 8300, q="more_than")),
    S(
        "The clinic carries out around 40 operations a week.",
        Q("40", 40, q="approx", subj="operation"),
    ),
    S(
        "Nearly 700,000 people have been vaccinated since the campaign began on 3 October.",
        Q("700,000", 700000, h=35000, q="below", subj="people"),
        N("3 October", DATE),
    ),
    S(
        "Heat-related deaths in Europe reached 61,672 last summer, a study found.",
        Q("61,672", 61672, by="study"),
    ),
    S(
        "The drug cut the risk of death by 25% among patients over 65.",
        Q("25%", 25, "percent"),
        Q("65", 65, "age_year", q="more_than"),
    ),
    S(
        "One person died and four were taken to hospital after eating wild mushrooms.",
        Q("One", 1, subj="person"),
        Q("four", 4),
    ),
    S(
        "Doctors carried out 1.2m outpatient consultations in January, 9% more than a year "
        "earlier.",
        Q("1.2m", 1.2 * M, h=0.05 * M, subj="consultation"),
        Q("9%", 9, "percent"),
        N("a year", REL),
    ),
    S(
        "A 10-year-old girl and her 72-year-old grandmother were among the dead.",
        Q("10-year-old", 10, "age_year"),
        Q("72-year-old", 72, "age_year"),
    ),
    S(
        "The pandemic killed an estimated 7 million people worldwide, according to official "
        "figures.",
        Q("7 million", 7 * M, h=0.5 * M, q="approx", subj="people", by="official figures"),
    ),
    S(
        "Some 12.5 percent of young children in the region are stunted.",
        Q("12.5 percent", 12.5, "percent", h=0.05, q="approx"),
    ),
    S(
        "The health ministry reported 2,341 new infections and 17 deaths in the past 24 hours.",
        Q("2,341", 2341, subj="infection", by="health ministry"),
        Q("17", 17, subj="death"),
        Q("24 hours", 24, "hour"),
    ),
    S(
        "Obesity among adults has doubled since 1990 to 16%.",
        N("1990", YEAR),
        Q("16%", 16, "percent"),
    ),
    S(
        "The hospital has 1,050 beds but only 820 nurses.",
        Q("1,050", 1050, h=5, subj="bed"),
        Q("820", 820, h=5, subj="nurse"),
    ),
    S(
        "Life expectancy at birth fell by 1.7 years in 2021.",
        Q("1.7 years", 1.7, "year", h=0.05, period="2021"),
        N("2021", YEAR),
    ),
    # --- crime and courts
    S(
        "The 63-year-old was sentenced to 12 years in a maximum-security penal colony.",
        Q("63-year-old", 63, "age_year"),
        Q("12 years", 12, "year"),
    ),
    S(
        "Police seized 1.4 tonnes of cocaine worth an estimated £100m at Southampton docks.",
        Q("1.4 tonnes", 1.4, "t", h=0.05),
        Q("£100m", 100 * M, "GBP", h=0.5 * M, q="approx"),
    ),
    S(
        "A Moscow court fined the platform 3 million roubles for failing to delete banned content.",
        Q("3 million roubles", 3 * M, "RUB", h=0.5 * M),
    ),
    S(
        "Detectives have questioned 27 suspects aged between 16 and 19.",
        Q("27", 27, subj="suspect"),
        R("16 and 19", 16, 19, "age_year"),
    ),
    S(
        "The gang laundered in excess of $40m through shell companies.",
        Q("$40m", 40 * M, "USD", q="more_than"),
    ),
    S(
        "Knife offences rose 7% to 50,489 in the year to March.",
        Q("7%", 7, "percent"),
        Q("50,489", 50489),
    ),
    S(
        "Officers arrested 204 people at the weekend protests; 28 of those detained were minors.",
        Q("204", 204, subj="people"),
        Q("28", 28, whole=204),
    ),
    S(
        "The suspect, 34, appeared at Westminster Magistrates' Court on Friday.",
        Q("34", 34, "age_year"),
    ),
    S(
        "He faces up to 20 years in prison if convicted under Section 18 of the act.",
        Q("20 years", 20, "year", q="up_to"),
        N("18", LAW),
    ),
    S(
        "Prosecutors are seeking a 15-year sentence for the former governor.",
        Q("15-year", 15, "year"),
    ),
    S(
        "Interpol said 2,100 people had been arrested in 24 countries.",
        Q("2,100", 2100, h=50, subj="people", by="Interpol"),
        Q("24", 24, subj="countr"),
    ),
    S("Car thefts in the city fell by a quarter last year.", Q("a quarter", 0.25)),
    S(
        "The victim, a 47-year-old father of three, was stabbed outside a bar on Oxford Street.",
        Q("47-year-old", 47, "age_year"),
        Q("three", 3),
    ),
    # --- weather, climate, energy
    S(
        "Temperatures hit 46.2°C in Seville, a national record for June.",
        Q("46.2°C", 46.2, "degC", h=0.05),
    ),
    S("Overnight lows of -18°C are forecast for the weekend.", Q("-18°C", -18, "degC")),
    S("The thermometer read 35C at noon in central London.", Q("35C", 35, "degC")),
    S(
        "Phoenix stayed above 110 degrees Fahrenheit for 31 days in a row.",
        Q("110 degrees Fahrenheit", 110, "degF", h=5, q="more_than"),
        Q("31 days", 31, "day"),
    ),
    S(
        "Up to 150mm of rain could fall within 24 hours, the Met Office said.",
        Q("150mm", 150, "mm", q="up_to", by="Met Office"),
        Q("24 hours", 24, "hour"),
    ),
    S(
        "The hurricane made landfall with sustained winds of 150 mph.",
        Q("150 mph", 150, "mph", h=5),
    ),
    S(
        "Wildfires have burned more than 2.4 million hectares this season.",
        Q("2.4 million hectares", 2.4 * M, "ha", q="more_than"),
    ),
    S(
        "The glacier has retreated 1.2 km since 1990.",
        Q("1.2 km", 1.2, "km", h=0.05, period="since 1990"),
        N("1990", YEAR),
    ),
    S(
        "The solar park has a capacity of 1.1 GW, enough to power 300,000 homes.",
        Q("1.1 GW", 1.1, "GW", h=0.05),
        Q("300,000", 300000, h=15000, subj="home"),
    ),
    S("The offshore wind farm generated 3,400 GWh last year.", Q("3,400 GWh", 3400, "GWh", h=50)),
    S(
        "The grid faced a shortfall of up to 2,500 MW during the evening peak.",
        Q("2,500 MW", 2500, "MW", q="up_to"),
    ),
    S(
        "The plant has six reactors with a combined capacity of 5,700 megawatts.",
        Q("six", 6, subj="reactor"),
        Q("5,700 megawatts", 5700, "MW", h=50),
    ),
    S(
        "Electricity consumption dropped 8% to 121.5 TWh in 2023.",
        Q("8%", 8, "percent"),
        Q("121.5 TWh", 121.5, "TWh", h=0.05, period="2023"),
        N("2023", YEAR),
    ),
    S("The storm dumped 60 cm of snow on the Alps.", Q("60 cm", 60, "cm")),
    S(
        "Engineers inspected the 1,200-kilometre pipeline after the leak.",
        Q("1,200-kilometre", 1200, "km", h=50),
    ),
    S(
        "Sea levels have risen about 21 cm since 1900.",
        Q("21 cm", 21, "cm", q="approx", period="since 1900"),
        N("1900", YEAR),
    ),
    S(
        "The reservoir is at 38% of capacity, its lowest in 30 years.",
        Q("38%", 38, "percent"),
        Q("30 years", 30, "year"),
    ),
    S(
        "An average household uses about 2,700 kWh of electricity a year.",
        Q("2,700 kWh", 2700, "kWh", h=50, q="approx"),
    ),
    S("Waves of up to 9 metres battered the coast overnight.", Q("9 metres", 9, "m", q="up_to")),
    S(
        "Coal made up 61 percent of the power mix, down 2 percentage points.",
        Q("61 percent", 61, "percent"),
        Q("2 percentage points", 2, "percentage_point"),
    ),
    S(
        "The tanker, carrying 1 million barrels of crude, ran aground off Sumatra.",
        Q("1 million barrels", 1 * M, "bbl", h=0.5 * M),
    ),
    S(
        "Diesel averaged $3.89 a gallon nationwide, the motoring group said.",
        Q("$3.89", 3.89, "USD", h=0.005, by="motoring group"),
    ),
    S(
        "Lake Mead has dropped 170 feet since 2000.",
        Q("170 feet", 170, "ft", h=5, period="since 2000"),
        N("2000", YEAR),
    ),
    S(
        "The blaze has scorched 14,000 acres and destroyed 87 homes.",
        Q("14,000 acres", 14000, "acre", h=500),
        Q("87", 87, subj="home"),
    ),
    S(
        "The cold snap sent temperatures down to minus 30 degrees in Yakutsk.",
        Q("minus 30 degrees", -30, "deg"),
    ),
    S(
        "The heat pump market grew by 38% to 3 million units.",
        Q("38%", 38, "percent"),
        Q("3 million", 3 * M, h=0.5 * M),
    ),
    S(
        "A 600-megawatt gas plant will replace the coal-fired station.",
        Q("600-megawatt", 600, "MW", h=30),
    ),
    S(
        "The typhoon left 2.1 million households without power in 12 provinces.",
        Q("2.1 million", 2.1 * M, h=0.05 * M, subj="household"),
        Q("12", 12, subj="province"),
    ),
    # --- sport and rankings
    S(
        "The country ranked 162nd of 180 in the corruption perceptions index.",
        Q("162nd", 162, "rank", whole=180),
        Q("180", 180, h=5),
    ),
    S(
        "She finished fourth in the 200 metres final in Paris.",
        Q("fourth", 4, "rank"),
        N("200 metres", "name of an event"),
    ),
    S(
        "The striker, 31, has scored 27 goals in 40 appearances this season.",
        Q("31", 31, "age_year"),
        Q("27", 27, subj="goal"),
        Q("40", 40, subj="appearance"),
    ),
    S(
        "Norway topped the medal table with 16 golds, with Germany second.",
        Q("16", 16),
        Q("second", 2, "rank"),
    ),
    S(
        "The 19-year-old climbed to 23rd in the world rankings.",
        Q("19-year-old", 19, "age_year"),
        Q("23rd", 23, "rank"),
    ),
    S("The club paid a record £115m for the midfielder.", Q("£115m", 115 * M, "GBP", h=0.5 * M)),
    S(
        "Kenyan runners took 9 of the 12 medals on offer.",
        Q("9", 9, whole=12, subj="medal"),
        Q("12", 12, subj="medal"),
    ),
    S("The stadium holds 60,000 spectators.", Q("60,000", 60000, h=3000, subj="spectator")),
    S("The team ended the season 14th out of 20.", Q("14th", 14, "rank", whole=20), Q("20", 20)),
    S(
        "The country placed 43rd among 132 economies in the innovation index.",
        Q("43rd", 43, "rank", whole=132),
        Q("132", 132, subj="econom"),
    ),
    # --- ages
    S(
        "A man aged 71 died after being hit by a lorry on the A1.",
        Q("71", 71, "age_year"),
        N("A1", MODEL),
    ),
    S("The victim was a 3-month-old baby.", Q("3-month-old", 3, "age_month")),
    S(
        "Pensioners over 80 make up 6% of the population.",
        Q("80", 80, "age_year", q="more_than"),
        Q("6%", 6, "percent"),
    ),
    S(
        "The 27-year-old forward signed a four-year contract.",
        Q("27-year-old", 27, "age_year"),
        Q("four-year", 4, "year"),
    ),
    # --- no quantity, or only numbers that are not claims
    S(
        "The F-16 and Gripen jets were on show at the 2023 Paris Air Show.",
        N("F-16", MODEL),
        N("2023", YEAR),
    ),
    S(
        "Talks resumed on 24 February, exactly a year after the invasion.",
        N("24 February", DATE),
        N("a year", REL),
    ),
    S(
        "The agreement was signed on March 3, 2022, in Istanbul.",
        N("March 3", DATE),
        N("2022", DATE),
    ),
    S(
        "Flight MH17 was shot down over eastern Ukraine in July 2014.",
        N("MH17", MODEL),
        N("2014", DATE),
    ),
    S("The decision invokes Article 5 of the NATO treaty.", N("5", LAW)),
    S("Resolution 2231 expired in October.", N("2231", LAW)),
    S(
        "A Boeing 737 MAX 9 was grounded after a panel blew out in mid-air.",
        N("737", MODEL),
        N("9", MODEL),
    ),
    S("Call the newsroom on 020 7946 0958 with any information.", N("020 7946 0958", PHONE)),
    S("The embassy is at 24 Kensington Palace Gardens.", N("24 Kensington Palace Gardens", ADDR)),
    S(
        "The two leaders met at 10 Downing Street on Monday.",
        N("two", DEF),
        N("10 Downing Street", ADDR),
    ),
    S("Unit 29155 of the GRU was blamed for the explosions.", N("29155", REF)),
    S("Story continues on page 6 | Updated 14:32 GMT", N("6", PAGE), N("14:32", TIME)),
    S("© 2024 Daily Courier. All rights reserved.", N("2024", PAGE)),
    S("It is one of the largest humanitarian crises in the world.", N("one", ONE)),
    S("G7 leaders will meet in Apulia in June.", N("G7", MODEL)),
    S("Covid-19 restrictions were lifted in the spring.", N("Covid-19", MODEL)),
    S(
        "The 2024-25 season kicks off on 16 August.",
        N("2024-25", "season (years)"),
        N("16 August", DATE),
    ),
    S("Parliament will vote on the bill for the third time next week.", N("third", ORD)),
    S("The EU adopted its 14th package of sanctions against Moscow.", N("14th", ORD)),
    S(
        "Both sides accused each other of breaking the truce.",
    ),
    S(
        "The minister declined to comment on the report.",
    ),
    S("The meeting is scheduled for 9:30 a.m. on Thursday.", N("9:30 a.m.", TIME)),
    S(
        "The armistice took effect at 11am on 11 November 1918.",
        N("11am", TIME),
        N("11 November", DATE),
        N("1918", DATE),
    ),
    S("Soldiers of the 3rd Assault Brigade took part in the operation.", N("3rd", ORD)),
    S("The Tu-22M3 bombers took off from a base near Murmansk.", N("Tu-22M3", MODEL)),
    S("The law, modelled on FARA, was first passed in 1938.", N("first", ORD), N("1938", YEAR)),
    S("The case was registered as No. 2-1457/2023 at the district court.", N("2-1457/2023", REF)),
    S("Road E40 was closed in both directions.", N("E40", MODEL)),
    S("The second round of voting will be held on 7 July.", N("second", ORD), N("7 July", DATE)),
    S("Dozens of people gathered outside the embassy.", N("Dozens", VAGUE)),
    S("Hundreds of thousands of people have fled their homes.", N("Hundreds of thousands", VAGUE)),
    S("Tens of thousands marched through the capital.", N("Tens of thousands", VAGUE)),
    S("The summit is the first of its kind since the 1990s.", N("first", ORD), N("1990s", DECADE)),
    S(
        "In the early hours of 29 December, explosions were heard across Kyiv.",
        N("29 December", DATE),
    ),
    S("Prices were revised in Q3 2023.", N("Q3", "quarter label"), N("2023", YEAR)),
    S("The iPhone 15 went on sale in September.", N("15", MODEL)),
    S("The 1 a.m. curfew was lifted on Monday.", N("1 a.m.", TIME)),
    S("The shelling began shortly before 11 p.m. and lasted until dawn.", N("11 p.m.", TIME)),
    S("The man, in his 40s, was taken to hospital.", N("40s", "vague age (decade of life)")),
    S(
        "The consulate is at 55 Rue du Faubourg Saint-Honoré.",
        N("55 Rue du Faubourg Saint-Honoré", ADDR),
    ),
    S("The talks in Jeddah were the second since the summer.", N("second", ORD)),
    S("For more information, call 1-800-273-8255.", N("1-800-273-8255", PHONE)),
    # --- batch 2: attribution (start, middle, end; verbs, "according to", reports, notes)
    S(
        "The interior ministry said 1,240 people had been evacuated from villages along the river.",
        Q("1,240", 1240, h=5, subj="people", by="ministry"),
    ),
    S(
        "Police detained 318 protesters in the capital on Saturday, according to the rights group "
        "OVD-Info.",
        Q("318", 318, subj="protester", by="OVD"),
    ),
    S(
        "According to the UN refugee agency, 6.4 million Ukrainians are now registered as refugees "
        "abroad.",
        Q("6.4 million", 6.4 * M, h=0.05 * M, subj="Ukrainian", by="UN"),
    ),
    S(
        "Grain exports through the Black Sea corridor have reached 44 million tonnes, Ukraine's "
        "infrastructure minister told reporters.",
        Q("44 million tonnes", 44 * M, "t", h=0.5 * M, by="minister"),
    ),
    S(
        "Inflation will average 6.8% this year, the central bank estimated in its quarterly report.",
        Q("6.8%", 6.8, "percent", h=0.05, subj="inflation", by="central bank"),
    ),
    S(
        "Figures from the Office for National Statistics show that 987,000 young people were not in "
        "education, employment or training.",
        Q("987,000", 987000, h=500, subj="people", by="Statistics"),
    ),
    S(
        "Data published by Eurostat on Tuesday showed that 14.2 million households in the bloc "
        "could not afford to heat their homes.",
        Q("14.2 million", 14.2 * M, h=0.05 * M, subj="household", by="Eurostat"),
    ),
    S(
        "In a statement, the Norwegian Refugee Council said 2,300 families had lost their shelters "
        "in the floods.",
        Q("2,300", 2300, h=50, subj="famil", by="Refugee Council"),
    ),
    S(
        "Nordvik Shipping's annual report showed revenue of $8.42 billion, up 11% from a year "
        "earlier.",
        Q("$8.42 billion", 8.42 * B, "USD", h=0.005 * B, subj="revenue", by="Nordvik"),
        Q("11%", 11, "percent", by="Nordvik"),
        N("a year", REL),
    ),
    S(
        "A spokesperson for Maersk said 38 of its vessels had been diverted around the Cape of "
        "Good Hope.",
        Q("38", 38, subj="vessel", by="Maersk"),
    ),
    S(
        "Goldman Sachs analysts wrote in a note that Brent could climb to $95 a barrel by the end "
        "of the year.",
        Q("$95", 95, "USD", by="Goldman"),
    ),
    S(
        "Unemployment stood at 5.9 percent in March, said Lina Haddad, the statistics agency's "
        "director.",
        Q("5.9 percent", 5.9, "percent", h=0.05, subj="unemployment", by="Haddad"),
    ),
    S(
        "More than 1,100 aftershocks have been recorded since the quake, the national "
        "seismological service reported.",
        Q("1,100", 1100, q="more_than", subj="aftershock", by="seismolog"),
    ),
    S(
        "Aid agencies estimate that 2.3 million people in the region face acute hunger.",
        Q("2.3 million", 2.3 * M, h=0.05 * M, subj="people", by="agenc"),
    ),
    S(
        "The fire destroyed 47 homes and damaged 112 others, according to the county sheriff's "
        "office.",
        Q("47", 47, subj="home", by="sheriff"),
        Q("112", 112, by="sheriff"),
    ),
    S(
        "Reuters reported that at least 27 people were killed when the building collapsed.",
        Q("27", 27, q="at_least", subj="people", by="Reuters"),
    ),
    S(
        "Shipments to China rose 23% in the first quarter, customs data showed.",
        Q("23%", 23, "percent", subj="shipment", by="customs"),
        N("first quarter", "quarter label"),
    ),
    S(
        "'We have lost 70 per cent of our customers,' the bakery's owner told the newspaper.",
        Q("70 per cent", 70, "percent", subj="customer", by="owner"),
    ),
    S(
        "The World Health Organization said 1 in 8 people worldwide now live with obesity.",
        Q("1 in 8", 1, whole=8, subj="people", by="World Health"),
    ),
    S(
        "A survey by the polling firm YouGov found that 58% of Britons support the ban.",
        Q("58%", 58, "percent", by="YouGov"),
    ),
    S(
        "According to preliminary results published by the electoral commission on Monday, the "
        "Social Democrats won 24.1% of the vote.",
        Q("24.1%", 24.1, "percent", h=0.05, by="electoral commission"),
    ),
    S(
        "The bank's chief economist, Tomasz Nowak, told reporters that real wages rose 12.8% last "
        "year.",
        Q("12.8%", 12.8, "percent", h=0.05, subj="wage", by="Nowak"),
    ),
    S(
        "Some 800 flights were cancelled at Frankfurt airport because of the strike, an airport "
        "spokesman said.",
        Q("800", 800, h=40, q="approx", subj="flight", by="spokesman"),
    ),
    S(
        "Around 15,000 tonnes of fish died in the lagoon this summer, regional authorities "
        "estimated.",
        Q("15,000 tonnes", 15000, "t", h=500, q="approx", by="authorities"),
    ),
    S(
        "The defence ministry in London said Russia had probably lost more than 2,600 tanks since "
        "February 2022.",
        Q("2,600", 2600, q="more_than", subj="tank", period="since 2022-02", by="defence ministry"),
        N("2022", DATE),
    ),
    S(
        "The company said in a filing that it would cut 3,000 jobs, or roughly 7 percent of its "
        "staff.",
        Q("3,000", 3000, h=150, subj="job", by="company"),
        Q("7 percent", 7, "percent", q="approx", by="company"),
    ),
    S(
        "Mayor Ana Ribeiro said the city would plant 20,000 trees by 2030.",
        Q("20,000", 20000, h=1000, subj="tree", by="Ribeiro"),
        N("2030", YEAR),
    ),
    S(
        "An estimated 40,000 people attended the rally, police said, while organisers put the "
        "figure at 100,000.",
        Q("40,000", 40000, h=2000, q="approx", subj="people", by="police"),
        Q("100,000", 100000, h=5000, by="organisers"),
    ),
    S(
        "The ministry put the cost of the damage at 1.8 billion hryvnias.",
        Q("1.8 billion hryvnias", 1.8 * B, "UAH", h=0.05 * B, subj="cost", by="ministry"),
    ),
    S(
        "Writing in the journal Nature, the researchers said Arctic sea ice had shrunk by 13% per "
        "decade since 1979.",
        Q("13%", 13, "percent", by="researchers"),
        N("1979", YEAR),
    ),
    S(
        "Official data show the population fell by 187,000 to 17.6 million last year.",
        Q("187,000", 187000, h=500, subj="population", by="data"),
        Q("17.6 million", 17.6 * M, h=0.05 * M, subj="population", by="data"),
    ),
    S(
        "Some 2,000 workers at the plant walked out, said Jan Novak of the metalworkers' union.",
        Q("2,000", 2000, h=100, q="approx", subj="worker", by="Novak"),
    ),
    S(
        "The think tank estimated that Russia spends about 7.1% of its GDP on defence.",
        Q("7.1%", 7.1, "percent", h=0.05, q="approx", by="think tank"),
    ),
    S(
        "The Office for Budget Responsibility forecast that debt would peak at 97.3% of GDP in "
        "2028-29.",
        Q("97.3%", 97.3, "percent", h=0.05, subj="debt", by="Budget Responsibility"),
        N("2028-29", "fiscal year"),
    ),
    S(
        "In its monthly report, the International Energy Agency said global oil demand would grow "
        "by 1.2 million barrels a day in 2025.",
        Q(
            "1.2 million barrels",
            1.2 * M,
            "bbl",
            h=0.05 * M,
            subj="demand",
            period="2025",
            by="Energy Agency",
        ),
        N("2025", YEAR),
    ),
    S(
        "The Pentagon said the new package was worth $425 million and included 12 armoured "
        "vehicles.",
        Q("$425 million", 425 * M, "USD", h=0.5 * M, subj="package", by="Pentagon"),
        Q("12", 12, subj="vehicle", by="Pentagon"),
    ),
    S(
        "Production, the carmaker said, will rise to 4,500 vehicles a week by June.",
        Q("4,500", 4500, h=50, subj="vehicle", by="carmaker"),
    ),
    S(
        "Exports, according to the customs service, fell 9% in May.",
        Q("9%", 9, "percent", subj="export", by="customs"),
    ),
    S(
        "The storm killed 14 people, local officials told AFP, and left thousands without power.",
        Q("14", 14, subj="people", by="officials"),
        N("thousands", VAGUE),
    ),
    S(
        "'There are more than 200 bodies still under the rubble,' said a rescue worker in Antakya.",
        Q("200", 200, q="more_than", subj="bod", by="rescue worker"),
    ),
    S(
        "Moody's estimated the insured losses at $3.5 billion.",
        Q("$3.5 billion", 3.5 * B, "USD", h=0.05 * B, subj="loss", by="Moody"),
    ),
    S(
        "Insurers face claims of up to €2bn, the rating agency Fitch said in a report.",
        Q("€2bn", 2 * B, "EUR", q="up_to", subj="claim", by="Fitch"),
    ),
    S(
        "Turnout reached 71.2 percent, state television reported.",
        Q("71.2 percent", 71.2, "percent", h=0.05, subj="turnout", by="television"),
    ),
    S(
        "The agency's chief, Rafael Grossi, told the board that 3 of the plant's 6 reactors were in "
        "cold shutdown.",
        Q("3", 3, whole=6, by="Grossi"),
        Q("6", 6, subj="reactor", by="Grossi"),
    ),
    S(
        "According to a leaked memo seen by the Financial Times, the bank plans to cut 8,000 jobs.",
        Q("8,000", 8000, h=400, subj="job", by="memo"),
    ),
    S(
        "Sales of new cars in Germany fell 4.9% in October, figures from the KBA motor authority "
        "showed.",
        Q("4.9%", 4.9, "percent", h=0.05, subj="sale", by="KBA"),
    ),
    S(
        "Kenya's treasury expects revenue of 2.9 trillion shillings in the fiscal year, budget "
        "documents show.",
        Q("2.9 trillion shillings", 2.9 * T, "KES", h=0.05 * T, subj="revenue", by="budget"),
    ),
    S(
        "The coastguard said it had intercepted 1,730 migrants at sea, 16 percent more than in the "
        "same period last year.",
        Q("1,730", 1730, h=5, subj="migrant", by="coastguard"),
        Q("16 percent", 16, "percent", by="coastguard"),
    ),
    S(
        "Bloomberg, citing people familiar with the matter, reported that the deal was worth about "
        "$2 billion.",
        Q("$2 billion", 2 * B, "USD", h=0.5 * B, q="approx", subj="deal", by="Bloomberg"),
    ),
    S(
        "The company told investors it expects to ship between 1.5 million and 1.7 million "
        "headsets this year.",
        R("1.5 million and 1.7 million", 1.5 * M, 1.7 * M, subj="headset", by="company"),
    ),
    S(
        "Eleven people died, the ministry said, after heavy rain triggered landslides.",
        Q("Eleven", 11, subj="people", by="ministry"),
    ),
    S(
        "The airline carried 7.3 million passengers in the quarter, it said on Monday.",
        Q("7.3 million", 7.3 * M, h=0.05 * M, subj="passenger", by="airline"),
        N("quarter", REL),
    ),
    S(
        "The country imported 4,800 GWh of electricity from France last year, the grid operator "
        "said.",
        Q("4,800 GWh", 4800, "GWh", h=50, by="grid operator"),
    ),
    # --- batch 2: part of a whole, and look-alikes that are not
    S(
        "Rescue teams brought 42 of the 116 trapped miners to the surface alive.",
        Q("42", 42, whole=116, subj="miner"),
        Q("116", 116, subj="miner"),
    ),
    S(
        "Out of 1,350 schools in the province, 412 have no running water, the education department "
        "said.",
        Q("1,350", 1350, h=5, subj="school", by="education department"),
        Q("412", 412, whole=1350, by="education department"),
    ),
    S(
        "The airliner was carrying 189 passengers, 23 of whom were children.",
        Q("189", 189, subj="passenger"),
        Q("23", 23, whole=189, subj="child"),
    ),
    S(
        "The fund holds shares in 64 companies, of which 11 are based in Asia.",
        Q("64", 64, subj="compan"),
        Q("11", 11, whole=64),
    ),
    S(
        "One in five adults in the country smokes every day, the health ministry said.",
        Q("One in five", 1, whole=5, subj="adult", by="health ministry"),
    ),
    S(
        "Only 3 of its 31 pumping stations were still working after the storm.",
        Q("3", 3, whole=31),
        Q("31", 31, subj="station"),
    ),
    S(
        "The ruling bloc holds 154 seats in the 300-member parliament.",
        Q("154", 154, whole=300, subj="seat"),
        Q("300", 300, h=15),
    ),
    S(
        "Women accounted for 12 of the 40 people killed in the attack, officials said.",
        Q("12", 12, whole=40, by="officials"),
        Q("40", 40, subj="people", by="officials"),
    ),
    S(
        "A third of the 90 deputies did not turn up for the vote.",
        Q("A third", 1 / 3, whole=90),
        Q("90", 90, subj="deput"),
    ),
    S(
        "Among the 2,700 detainees released on Thursday were 38 journalists.",
        Q("2,700", 2700, h=50, subj="detainee"),
        Q("38", 38, whole=2700, subj="journalist"),
    ),
    S(
        "The list of 25 sanctioned firms includes 4 banks and 6 shipping companies.",
        Q("25", 25, subj="firm"),
        Q("4", 4, whole=25, subj="bank"),
        Q("6", 6, whole=25, subj="compan"),
    ),
    S(
        "Of the 62 patients in the trial, 35 improved, 21 saw no change and 6 got worse.",
        Q("62", 62, subj="patient"),
        Q("35", 35, whole=62),
        Q("21", 21, whole=62),
        Q("6", 6, whole=62),
    ),
    S(
        "Seven out of ten voters said the economy was their main concern, the poll found.",
        Q("Seven", 7, whole=10, subj="voter", by="poll"),
        Q("ten", 10, by="poll"),
    ),
    S(
        "All 27 member states backed the measure, although 2 of them attached conditions.",
        Q("27", 27, subj="state"),
        Q("2", 2, whole=27),
    ),
    S(
        "Four of the G7 countries have pledged to send more air-defence systems.",
        Q("Four", 4, subj="countr"),
        N("G7", MODEL),
    ),
    S(
        "Only 40 of the 2023 graduates have found jobs in their field.",
        Q("40", 40, subj="graduate"),
        N("2023", YEAR),
    ),
    S(
        "The carmaker delivered 46,000 of its Model 3 cars in China in the quarter.",
        Q("46,000", 46000, h=500, subj="car"),
        N("3", MODEL),
        N("quarter", REL),
    ),
    S(
        "Health spending rose by 0.4% of GDP to 10.9% of GDP, the OECD said.",
        Q("0.4%", 0.4, "percent", h=0.05, by="OECD"),
        Q("10.9%", 10.9, "percent", h=0.05, by="OECD"),
    ),
    S(
        "The hospital said 19 of the wounded, including 5 children, were in a critical condition.",
        Q("19", 19, by="hospital"),
        Q("5", 5, whole=19, subj="child", by="hospital"),
    ),
    S(
        "Dutch voters gave the party 37 seats in the 150-seat lower house.",
        Q("37", 37, whole=150, subj="seat"),
        Q("150", 150, h=5, subj="seat"),
    ),
    S(
        "The virus was found on 14 farms out of the 96 inspected, the agriculture ministry said.",
        Q("14", 14, whole=96, subj="farm", by="agriculture ministry"),
        Q("96", 96, by="agriculture ministry"),
    ),
    S(
        "Half of the 18 judges on the court were appointed by the current president.",
        Q("Half", 0.5, whole=18),
        Q("18", 18, subj="judge"),
    ),
    S(
        "A fifth of the 4,000 staff will move to the new headquarters in Leeds.",
        Q("A fifth", 0.2, whole=4000),
        Q("4,000", 4000, h=200, subj="staff"),
    ),
    S(
        "The survey covered 2,400 households, among them 310 headed by single mothers.",
        Q("2,400", 2400, h=50, subj="household"),
        Q("310", 310, h=5, whole=2400),
    ),
    S(
        "The firm employs 1,900 people, of whom roughly 300 work in research.",
        Q("1,900", 1900, h=50, subj="people"),
        Q("300", 300, h=15, q="approx", whole=1900),
    ),
    S(
        "Almost half of the 5,600 delegates at the summit came from the fossil-fuel industry.",
        Q("half", 0.5, q="below", whole=5600),
        Q("5,600", 5600, h=50, subj="delegate"),
    ),
    S(
        "Of the £2.4bn raised, £900m came from foreign investors.",
        Q("£2.4bn", 2.4 * B, "GBP", h=0.05 * B),
        Q("£900m", 900 * M, "GBP", h=0.5 * M, whole=2.4 * B),
    ),
    S(
        "The $61 billion aid package includes $13.8 billion for weapons purchases.",
        Q("$61 billion", 61 * B, "USD", h=0.5 * B, subj="package"),
        Q("$13.8 billion", 13.8 * B, "USD", h=0.05 * B, whole=61 * B),
    ),
    S(
        "Two of the airline's 737 MAX jets were grounded for inspections.",
        Q("Two", 2, subj="jet"),
        N("737", MODEL),
    ),
    S(
        "In the city, 1 in 4 children lives below the poverty line, a charity said.",
        Q("1 in 4", 1, whole=4, subj="child", by="charity"),
    ),
    S(
        "Hackers stole 1.5 TB of data, including the records of 9.7 million customers, the insurer "
        "said.",
        Q("1.5 TB", 1.5, "TB", h=0.05, by="insurer"),
        Q("9.7 million", 9.7 * M, h=0.05 * M, subj="customer", by="insurer"),
    ),
    S(
        "The dam supplies water to 1.2 million people, a tenth of the country's population.",
        Q("1.2 million", 1.2 * M, h=0.05 * M, subj="people"),
        Q("a tenth", 0.1),
    ),
    # --- batch 2: subjects with words between the number and the noun
    S(
        "Engineers installed 240 newly built charging points along the motorway.",
        Q("240", 240, h=5, subj="charging"),
    ),
    S(
        "The navy has commissioned 6 Type 26 frigates so far.",
        Q("6", 6, subj="frigate"),
        N("26", MODEL),
    ),
    S(
        "Russia launched 18 Iskander-M ballistic missiles and 63 Shahed drones overnight, the air "
        "force said.",
        Q("18", 18, subj="missile", by="air force"),
        Q("63", 63, subj="drone", by="air force"),
    ),
    S(
        "The government bought 1,500 refurbished Soviet-era armoured personnel carriers.",
        Q("1,500", 1500, h=50, subj="carrier"),
    ),
    S(
        "Farmers culled 850,000 egg-laying hens after an outbreak of bird flu.",
        Q("850,000", 850000, h=5000, subj="hen"),
    ),
    S(
        "Police recovered 27 stolen paintings, including two works by Goya.",
        Q("27", 27, subj="painting"),
        Q("two", 2, whole=27, subj="work"),
    ),
    S(
        "The ministry has ordered 12 newly designed Bayraktar TB2 drones.",
        Q("12", 12, subj="drone"),
        N("TB2", MODEL),
    ),
    S(
        "Customs officers seized 3.2 million counterfeit cigarettes hidden in a lorry.",
        Q("3.2 million", 3.2 * M, h=0.05 * M, subj="cigarette"),
    ),
    S(
        "The city opened 12 newly built schools this autumn, the mayor's office said.",
        Q("12", 12, subj="school", by="mayor"),
    ),
    S(
        "The fleet includes 14 ageing Airbus A330-200 aircraft and 9 new Boeing 787-9 Dreamliners.",
        Q("14", 14, subj="aircraft"),
        N("A330-200", MODEL),
        Q("9", 9, subj="Dreamliner"),
        N("787-9", MODEL),
    ),
    S(
        "About 4,500 ethnic Armenian refugees crossed into Armenia on Tuesday.",
        Q("4,500", 4500, h=50, q="approx", subj="refugee"),
    ),
    S(
        "Some 600 heavily armed riot police were deployed around the stadium.",
        Q("600", 600, h=30, q="approx", subj="police"),
    ),
    S(
        "The factory will produce 220,000 fully electric vehicles a year.",
        Q("220,000", 220000, h=5000, subj="vehicle"),
    ),
    S(
        "Surgeons have performed 57 robot-assisted operations since the unit opened in March.",
        Q("57", 57, subj="operation"),
    ),
    S(
        "The court heard that the gang smuggled 1,300 undocumented Vietnamese migrants into "
        "Britain.",
        Q("1,300", 1300, h=50, subj="migrant"),
    ),
    S(
        "Five Russian-made Mi-17 transport helicopters were handed over to the air force.",
        Q("Five", 5, subj="helicopter"),
        N("Mi-17", MODEL),
    ),
    S(
        "Washington approved the sale of 66 F-16 Block 70 fighter jets to Taiwan.",
        Q("66", 66, subj="jet"),
        N("F-16", MODEL),
        N("Block 70", MODEL),
    ),
    S(
        "The retailer will close 48 loss-making stores and open 15 smaller ones.",
        Q("48", 48, subj="store"),
        Q("15", 15),
    ),
    S(
        "Archaeologists unearthed 230 silver coins thought to be 2,000 years old.",
        Q("230", 230, h=5, subj="coin"),
        Q("2,000 years", 2000, "age_year", h=100),
    ),
    S(
        "Kyiv received 3 more Patriot air-defence batteries last month.",
        Q("3", 3, subj="batter"),
    ),
    # --- batch 2: units (rare physical units, percent and points, currencies)
    S(
        "Noise near the new runway regularly exceeds 85 dB, a residents' association said.",
        Q("85 dB", 85, "dB", q="more_than", by="association"),
    ),
    S(
        "The new processor runs at up to 5.8 GHz and is made with 3-nanometre technology.",
        Q("5.8 GHz", 5.8, "GHz", q="up_to"),
        N("3-nanometre", "process node (a name, not a length)"),
    ),
    S(
        "The telecoms regulator auctioned 120 MHz of spectrum for 2.8 billion euros.",
        Q("120 MHz", 120, "MHz", h=5),
        Q("2.8 billion euros", 2.8 * B, "EUR", h=0.05 * B),
    ),
    S(
        "The storm knocked out a 400 kV transmission line, leaving 1.3 million homes without "
        "power, the grid operator said.",
        Q("400 kV", 400, "kV", h=20, by="grid operator"),
        Q("1.3 million", 1.3 * M, h=0.05 * M, subj="home", by="grid operator"),
    ),
    S(
        "Each tablet contains 400 µg of folic acid, half the dose sold in pharmacies.",
        Q("400 µg", 400, "µg", h=20),
        Q("half", 0.5),
    ),
    S(
        "Winds gusting to 65 knots forced the ferry to turn back, the coastguard said.",
        Q("65 knots", 65, "knot", by="coastguard"),
    ),
    S(
        "A large takeaway meal can contain more than 1,500 calories, the charity warned.",
        Q("1,500 calories", 1500, "kcal", q="more_than", by="charity"),
    ),
    S(
        "The manual recommends a tyre pressure of 220 kPa for the front wheels.",
        Q("220 kPa", 220, "kPa", h=5),
    ),
    S(
        "The entry-level phone comes with 128GB of storage and costs €499.",
        Q("128GB", 128, "GB"),
        Q("€499", 499, "EUR"),
    ),
    S(
        "Residents used an average of 142 litres of water a day last summer, the utility said.",
        Q("142 litres", 142, "l", by="utility"),
    ),
    S(
        "OPEC+ agreed to cut output by 2.2 million barrels per day from January.",
        Q("2.2 million barrels", 2.2 * M, "bbl", h=0.05 * M),
    ),
    S(
        "The fire has destroyed 3,200 hectares of pine forest, the regional government said.",
        Q("3,200 hectares", 3200, "ha", h=50, by="regional government"),
    ),
    S(
        "Unemployment fell 0.3 percentage points to 6.1%, while youth unemployment rose 2 per "
        "cent.",
        Q("0.3 percentage points", 0.3, "percentage_point", h=0.05),
        Q("6.1%", 6.1, "percent", h=0.05, subj="unemployment"),
        Q("2 per cent", 2, "percent"),
    ),
    S(
        "Each turbine produces 14 MW, enough for 18,000 homes, and the wind farm will generate 3.1 "
        "TWh a year.",
        Q("14 MW", 14, "MW"),
        Q("18,000", 18000, h=500, subj="home"),
        Q("3.1 TWh", 3.1, "TWh", h=0.05),
    ),
    S(
        "The battery storage site can deliver 300 MWh, the developer said.",
        Q("300 MWh", 300, "MWh", h=15, by="developer"),
    ),
    S(
        "The data centre will draw 90 MW of power and use 2 million litres of water a day.",
        Q("90 MW", 90, "MW"),
        Q("2 million litres", 2 * M, "l", h=0.5 * M),
    ),
    S(
        "The Bank of Japan bought ¥3 trillion of government bonds in the month.",
        Q("¥3 trillion", 3 * T, "JPY", h=0.5 * T),
    ),
    S(
        "The state will spend Rs 1,250 crore on new metro lines, the chief minister announced.",
        Q("Rs 1,250 crore", 1.25e10, "INR", h=0.5e7, by="chief minister"),
    ),
    S(
        "Brazil's development bank approved R$12 billion in loans for wind projects.",
        Q("R$12 billion", 12 * B, "BRL", h=0.5 * B, subj="loan"),
    ),
    S(
        "The Swiss government guaranteed CHF 100 billion in emergency liquidity for the bank.",
        Q("CHF 100 billion", 100 * B, "CHF", h=0.5 * B),
    ),
    S(
        "The chipmaker plans to invest ₩1.3 trillion in a new packaging plant.",
        Q("₩1.3 trillion", 1.3 * T, "KRW", h=0.05 * T),
    ),
    S(
        "Petrol prices rose 12 cents a gallon in a week, the motoring association AAA said.",
        Q("12 cents", 0.12, "USD", by="AAA"),
    ),
    S(
        "The fine of 45 million lira was the largest ever imposed by Turkey's competition "
        "authority.",
        Q("45 million lira", 45 * M, "TRY", h=0.5 * M, subj="fine"),
    ),
    S(
        "The merger values the group at US$45 billion, or about €41.5 billion.",
        Q("US$45 billion", 45 * B, "USD", h=0.5 * B),
        Q("€41.5 billion", 41.5 * B, "EUR", h=0.05 * B, q="approx"),
    ),
    S(
        "The sovereign fund earned USD 2.4 billion last year, against 1.9 billion USD in 2022.",
        Q("USD 2.4 billion", 2.4 * B, "USD", h=0.05 * B),
        Q("1.9 billion USD", 1.9 * B, "USD", h=0.05 * B, period="2022"),
        N("2022", YEAR),
    ),
    S(
        "The lender set aside 1.5 billion yuan to cover bad loans, according to a stock exchange "
        "filing.",
        Q("1.5 billion yuan", 1.5 * B, "CNY", h=0.05 * B, by="filing"),
    ),
    S(
        "Sweden's central bank lost SEK 81 billion on its bond holdings last year.",
        Q("SEK 81 billion", 81 * B, "SEK", h=0.5 * B),
    ),
    S(
        "The reservoir held 412 million cubic metres of water, 38 percent of its capacity.",
        Q("412 million cubic metres", 412 * M, "m3", h=0.5 * M),
        Q("38 percent", 38, "percent"),
    ),
    S(
        "The implant releases 0.5 mg of the drug a day for up to three years.",
        Q("0.5 mg", 0.5, "mg", h=0.05),
        Q("three years", 3, "year", q="up_to"),
    ),
    S(
        "The new line cuts the journey between the two cities by 45 minutes.",
        N("two", DEF),
        Q("45 minutes", 45, "minute"),
    ),
    # --- batch 2: no quantity, or only numbers that are not claims
    S("No one was hurt, the fire service said.", N("one", "pronoun 'no one', not a count")),
    S("The ministry did not say how many people had been detained."),
    S(
        "The Kh-47M2 Kinzhal missile was shot down by a Patriot PAC-3 interceptor.",
        N("Kh-47M2", MODEL),
        N("PAC-3", MODEL),
    ),
    S("The A400M transport plane landed at 06:45 local time.", N("A400M", MODEL), N("06:45", TIME)),
    S(
        "Paragraph 4 of Article 12 gives the commission the power to impose fines.",
        N("4", LAW),
        N("12", LAW),
    ),
    S("Page 4 of 12 | Printed from the archive", N("4", PAGE), N("12", PAGE)),
    S(
        "The hearing was adjourned until 14 March 2025.",
        N("14 March", DATE),
        N("2025", DATE),
    ),
    S(
        "The Covid-19 inquiry will publish its second report in the spring.",
        N("Covid-19", MODEL),
        N("second", ORD),
    ),
    S("The charity's office is at 17 Harbour Road, Leith.", N("17 Harbour Road", ADDR)),
    S("For bookings, call +44 20 7946 0321.", N("+44 20 7946 0321", PHONE)),
    S("The president signed Decree No. 647 on partial mobilisation.", N("647", LAW)),
    S(
        "Euro 2024 kicks off in Munich on 14 June.",
        N("2024", "event name"),
        N("14 June", DATE),
    ),
    S("Ukraine's 47th Mechanised Brigade took part in the counter-offensive.", N("47th", ORD)),
    S(
        "Talks will continue in the second half of the year, a diplomat said.",
        N("second half", REL),
    ),
    S("The strike began at 5 o'clock on Monday morning.", N("5 o'clock", TIME)),
    S("The 9/11 attacks reshaped American foreign policy.", N("9/11", DATE)),
    S("Resolution 242 remains the basis for any settlement.", N("242", LAW)),
    S("The defendant invoked the Fifth Amendment.", N("Fifth", LAW)),
    S("Thousands of people lined the streets for the funeral.", N("Thousands", VAGUE)),
    S("Several dozen protesters gathered outside the court.", N("Several dozen", VAGUE)),
    S("Hundreds were left homeless by the floods, the agency said.", N("Hundreds", VAGUE)),
    S("The talks took place on the sidelines of the G20 summit in New Delhi.", N("G20", MODEL)),
    S("The minister said he would not resign, whatever the inquiry found."),
    S(
        "The Boeing 777X is now expected to enter service in 2026.",
        N("777X", MODEL),
        N("2026", YEAR),
    ),
    S(
        "He joined the cabinet in the 2019 reshuffle and left it in 2022.",
        N("2019", YEAR),
        N("2022", YEAR),
    ),
    S("Flight SU1492 caught fire after landing at Sheremetyevo.", N("SU1492", MODEL)),
    S(
        "The M25 was closed between junctions 10 and 11 after a crash.",
        N("M25", MODEL),
        N("10", REF),
        N("11", REF),
    ),
    S(
        "Article 50 was triggered on 29 March 2017.",
        N("50", LAW),
        N("29 March", DATE),
        N("2017", DATE),
    ),
    S("The case is listed as C-311/18 at the European Court of Justice.", N("C-311/18", REF)),
    S(
        "Results for the third quarter are due on the 15th.",
        N("third quarter", "quarter label"),
        N("15th", DATE),
    ),
    # --- batch 3: regional and local news (council tax, schools, fares, waiting lists, crime)
    S(
        "Hartfield County Council will raise council tax by 4.99%, taking a Band D bill to "
        "£2,171.60 a year.",
        Q("4.99%", 4.99, "percent", h=0.005, subj="tax"),
        Q("£2,171.60", 2171.6, "GBP", h=0.005, subj="bill"),
    ),
    S(
        "The school board approved a $412.6 million budget for 2025-26, $18 million more than "
        "this year.",
        Q("$412.6 million", 412.6 * M, "USD", h=0.05 * M, subj="budget"),
        N("2025-26", "school year (years)"),
        Q("$18 million", 18 * M, "USD", h=0.5 * M),
    ),
    S(
        "Single bus fares in the county will rise from £2 to £2.50 on 1 April, the transport "
        "authority said.",
        Q("£2", 2, "GBP", subj="fare", by="transport authority"),
        Q("£2.50", 2.5, "GBP", h=0.005, subj="fare", by="transport authority"),
        N("1 April", DATE),
    ),
    S(
        "Some 7.54 million treatment pathways were open in England at the end of March, of which "
        "302,589 had waited more than 52 weeks.",
        Q("7.54 million", 7.54 * M, h=0.005 * M, q="approx", subj="pathway"),
        Q("302,589", 302589, whole=7.54 * M, subj="pathway"),
        Q("52 weeks", 52, "week", q="more_than"),
    ),
    S(
        "Patients at Riverside General waited an average of 14 hours in A&E last month, up from "
        "11 hours in May.",
        Q("14 hours", 14, "hour"),
        Q("11 hours", 11, "hour"),
    ),
    S(
        "Burglaries in the borough fell 11% to 3,412 in the year to September, police figures "
        "show.",
        Q("11%", 11, "percent", subj="burglar", by="police"),
        Q("3,412", 3412, subj="burglar", by="police"),
    ),
    S(
        "Recorded knife crime in the city rose by 214 offences, or 9.3 per cent, to 2,518.",
        Q("214", 214, subj="offence"),
        Q("9.3 per cent", 9.3, "percent", h=0.05),
        Q("2,518", 2518),
    ),
    S(
        "The council plans to close 6 of its 23 libraries to save £1.4m a year.",
        Q("6", 6, whole=23, subj="librar"),
        Q("23", 23, subj="librar"),
        Q("£1.4m", 1.4 * M, "GBP", h=0.05 * M),
    ),
    S(
        "Average class sizes in the district's primary schools have grown to 31.4 pupils, against "
        "a national average of 26.7.",
        Q("31.4", 31.4, h=0.05, subj="pupil"),
        Q("26.7", 26.7, h=0.05),
    ),
    S(
        "The ambulance trust said 1 in 6 of its vehicles was more than 10 years old.",
        Q("1 in 6", 1, whole=6, subj="vehicle", by="trust"),
        Q("10 years", 10, "age_year", q="more_than"),
    ),
    S(
        "Parking charges at the hospital will go up to £3.80 an hour from next month.",
        Q("£3.80", 3.8, "GBP", h=0.005, subj="charge"),
    ),
    S(
        "Violent crime in Westmoor fell to 4,870 offences in 2024, the lowest since 2013, the "
        "police and crime commissioner said.",
        Q("4,870", 4870, h=5, subj="offence", period="2024", by="commissioner"),
        N("2024", YEAR),
        N("2013", YEAR),
    ),
    S(
        "The county's 84 secondary schools face a combined deficit of £23.7 million this year.",
        Q("84", 84, subj="school"),
        Q("£23.7 million", 23.7 * M, "GBP", h=0.05 * M, subj="deficit"),
    ),
    S(
        "Under the new plan, 312 of the 1,046 bus stops in the city will get real-time displays.",
        Q("312", 312, whole=1046, subj="stop"),
        Q("1,046", 1046, subj="stop"),
    ),
    S(
        "Fewer than half of the 9,800 rented homes inspected met the decent homes standard.",
        Q("half", 0.5, q="less_than", whole=9800),
        Q("9,800", 9800, h=50, subj="home"),
    ),
    S(
        "Residents will pay £1,988 on average for a Band D property, up £94 on last year.",
        Q("£1,988", 1988, "GBP"),
        Q("£94", 94, "GBP"),
    ),
    S(
        "The town hall has 412 staff on its payroll, down from 590 in 2019.",
        Q("412", 412, subj="staff"),
        Q("590", 590, h=5, subj="staff", period="2019"),
        N("2019", YEAR),
    ),
    S(
        "The 57-bed ward at St Anne's will close for 18 months while engineers replace crumbling "
        "concrete.",
        Q("57", 57, subj="bed"),
        Q("18 months", 18, "month"),
    ),
    S(
        "Council tax arrears in the borough reached £9.2m, owed by about 14,000 households.",
        Q("£9.2m", 9.2 * M, "GBP", h=0.05 * M, subj="arrears"),
        Q("14,000", 14000, h=500, q="approx", subj="household"),
    ),
    S(
        "Ambulances took an average of 47 minutes to reach category 2 calls, against a target of "
        "18 minutes.",
        Q("47 minutes", 47, "minute"),
        N("category 2", "category label"),
        Q("18 minutes", 18, "minute"),
    ),
    S(
        "The night bus on route 66 will run every 20 minutes from Friday.",
        N("route 66", REF),
        Q("20 minutes", 20, "minute"),
    ),
    S(
        "A flat fare of £1.50 for under-18s was introduced in 2023 and used 2.3 million times in "
        "its first year.",
        Q("£1.50", 1.5, "GBP", h=0.005, subj="fare"),
        N("under-18s", "age group label"),
        N("2023", YEAR),
        Q("2.3 million", 2.3 * M, h=0.05 * M),
        N("first", ORD),
    ),
    S(
        "Shoplifting offences recorded by the force jumped 32% year on year to 11,620.",
        Q("32%", 32, "percent", subj="offence"),
        Q("11,620", 11620, h=5, subj="offence"),
    ),
    S(
        "The waiting list for social housing in the district stands at 6,310 households, 1,200 of "
        "them in temporary accommodation.",
        Q("6,310", 6310, h=5, subj="household"),
        Q("1,200", 1200, h=50, whole=6310, subj="household"),
    ),
    S(
        "The authority expects to spend £38m on home-to-school transport in 2025, nearly double "
        "the 2019 figure.",
        Q("£38m", 38 * M, "GBP", h=0.5 * M, period="2025"),
        N("2025", YEAR),
        N("2019", YEAR),
    ),
    S(
        "Under 40% of patients with suspected cancer were seen within 62 days at the trust, far "
        "below the 85% standard.",
        Q("40%", 40, "percent", q="less_than"),
        Q("62 days", 62, "day"),
        Q("85%", 85, "percent"),
    ),
    S(
        "The council's cabinet voted 7-2 to approve the 3.9% rise in rents for its 15,400 homes.",
        Q("7", 7),
        Q("2", 2),
        Q("3.9%", 3.9, "percent", h=0.05),
        Q("15,400", 15400, h=50, subj="home"),
    ),
    S(
        "Control room staff answered 999 calls in an average of 11 seconds last quarter.",
        N("999", PHONE),
        Q("11 seconds", 11, "second"),
        N("quarter", REL),
    ),
    S(
        "Police in the county made 1,932 arrests for drink-driving over the festive period, 8% "
        "fewer than a year earlier.",
        Q("1,932", 1932, subj="arrest"),
        Q("8%", 8, "percent"),
        N("a year", REL),
    ),
    S(
        "Park-and-ride tickets will be free for the 6 weeks before Christmas, costing the council "
        "around £250,000.",
        Q("6 weeks", 6, "week"),
        Q("£250,000", 250000, "GBP", h=5000, q="approx"),
    ),
    # --- batch 3: business wires (several figures a sentence, guidance, buybacks, margins)
    S(
        "Kestrel Foods reported third-quarter revenue of $2.87 billion, up 6% year on year, and "
        "net income of $312 million.",
        N("third-quarter", "quarter label"),
        Q("$2.87 billion", 2.87 * B, "USD", h=0.005 * B, subj="revenue"),
        Q("6%", 6, "percent", subj="revenue"),
        Q("$312 million", 312 * M, "USD", h=0.5 * M, subj="income"),
    ),
    S(
        "The group now expects full-year sales of €11.2bn to €11.6bn, up from a previous range of "
        "€10.9bn to €11.3bn.",
        R("€11.2bn to €11.6bn", 11.2 * B, 11.6 * B, "EUR", subj="sale"),
        R("€10.9bn to €11.3bn", 10.9 * B, 11.3 * B, "EUR"),
    ),
    S(
        "Its operating margin widened 1.8 percentage points to 14.6%, beating analysts' forecasts "
        "of 13.9%.",
        Q("1.8 percentage points", 1.8, "percentage_point", h=0.05),
        Q("14.6%", 14.6, "percent", h=0.05, subj="margin"),
        Q("13.9%", 13.9, "percent", h=0.05),
    ),
    S(
        "The bank announced a £1.5bn share buyback and raised its dividend by 12% to 8.4 pence a "
        "share.",
        Q("£1.5bn", 1.5 * B, "GBP", h=0.05 * B, subj="buyback"),
        Q("12%", 12, "percent", subj="dividend"),
        Q("8.4 pence", 0.084, "GBP", h=0.0005, subj="dividend"),
    ),
    S(
        "Pre-tax profit fell 23% to £418m in the six months to June, while revenue edged up 2% to "
        "£3.1bn.",
        Q("23%", 23, "percent", subj="profit"),
        Q("£418m", 418 * M, "GBP", h=0.5 * M, subj="profit"),
        Q("six months", 6, "month"),
        Q("2%", 2, "percent", subj="revenue"),
        Q("£3.1bn", 3.1 * B, "GBP", h=0.05 * B, subj="revenue"),
    ),
    S(
        "The airline carried 41.2 million passengers in 2024, 9% more than in 2023, and filled "
        "88.4% of its seats.",
        Q("41.2 million", 41.2 * M, h=0.05 * M, subj="passenger", period="2024"),
        N("2024", YEAR),
        Q("9%", 9, "percent"),
        N("2023", YEAR),
        Q("88.4%", 88.4, "percent", h=0.05),
    ),
    S(
        "Same-store sales rose 4.3% in the first quarter, compared with 1.1% a year earlier.",
        Q("4.3%", 4.3, "percent", h=0.05, subj="sale"),
        N("first quarter", "quarter label"),
        Q("1.1%", 1.1, "percent", h=0.05),
        N("a year", REL),
    ),
    S(
        "The miner will return up to $3bn to shareholders through buybacks over the next 18 "
        "months.",
        Q("$3bn", 3 * B, "USD", q="up_to"),
        Q("18 months", 18, "month"),
    ),
    S(
        "The chipmaker guided second-quarter revenue to between $7.4 billion and $7.8 billion, "
        "below the $8.1 billion analysts had expected.",
        N("second-quarter", "quarter label"),
        R("$7.4 billion and $7.8 billion", 7.4 * B, 7.8 * B, "USD", subj="revenue"),
        Q("$8.1 billion", 8.1 * B, "USD", h=0.05 * B),
    ),
    S(
        "Shares closed down 8.7% at 1,214 pence, wiping about £2.3bn off the company's market "
        "value.",
        Q("8.7%", 8.7, "percent", h=0.05),
        Q("1,214 pence", 12.14, "GBP"),
        Q("£2.3bn", 2.3 * B, "GBP", h=0.05 * B, q="approx"),
    ),
    S(
        "The retailer employs 28,500 people in 1,140 stores and plans to open 60 more this year.",
        Q("28,500", 28500, h=50, subj="people"),
        Q("1,140", 1140, h=5, subj="store"),
        Q("60", 60),
    ),
    S(
        "Ebitda rose 15% to ¥412 billion, and the company lifted its full-year forecast to ¥1.65 "
        "trillion.",
        Q("15%", 15, "percent", subj="ebitda"),
        Q("¥412 billion", 412 * B, "JPY", h=0.5 * B, subj="ebitda"),
        Q("¥1.65 trillion", 1.65 * T, "JPY", h=0.005 * T, subj="forecast"),
    ),
    S(
        "The brewer said volumes dropped 3.5% while prices rose 7%, leaving organic revenue up "
        "3.2%.",
        Q("3.5%", 3.5, "percent", h=0.05, subj="volume", by="brewer"),
        Q("7%", 7, "percent", subj="price"),
        Q("3.2%", 3.2, "percent", h=0.05, subj="revenue"),
    ),
    S(
        "Orders at the engineering group climbed 19% to a record 6.8 billion Swiss francs.",
        Q("19%", 19, "percent", subj="order"),
        Q("6.8 billion Swiss francs", 6.8 * B, "CHF", h=0.05 * B, subj="order"),
    ),
    S(
        "The telecoms group cut 2,400 jobs last year, roughly a tenth of its workforce, and plans "
        "another 900 cuts by 2026.",
        Q("2,400", 2400, h=50, subj="job"),
        Q("a tenth", 0.1, q="approx"),
        Q("900", 900, h=45, subj="cut"),
        N("2026", YEAR),
    ),
    S(
        "Rental income at the property group rose 5.4% to £611m, with occupancy at 96.8%.",
        Q("5.4%", 5.4, "percent", h=0.05, subj="income"),
        Q("£611m", 611 * M, "GBP", h=0.5 * M, subj="income"),
        Q("96.8%", 96.8, "percent", h=0.05, subj="occupancy"),
    ),
    S(
        "Revenue at the cloud unit jumped 31% year-on-year to $10.3 billion, making up 17% of "
        "group sales.",
        Q("31%", 31, "percent", subj="revenue"),
        Q("$10.3 billion", 10.3 * B, "USD", h=0.05 * B, subj="revenue"),
        Q("17%", 17, "percent"),
    ),
    S(
        "The insurer's combined ratio improved to 93.2% from 97.5%, and it will pay a special "
        "dividend of 25 cents a share.",
        Q("93.2%", 93.2, "percent", h=0.05, subj="ratio"),
        Q("97.5%", 97.5, "percent", h=0.05),
        Q("25 cents", 0.25, "USD", subj="dividend"),
    ),
    S(
        "The carmaker delivered 1.81 million vehicles in 2024, short of its target of 2 million.",
        Q("1.81 million", 1.81 * M, h=0.005 * M, subj="vehicle", period="2024"),
        N("2024", YEAR),
        Q("2 million", 2 * M, h=0.5 * M),
    ),
    S(
        "Like-for-like sales fell 1.2% in the 12 weeks to 5 January, the supermarket said.",
        Q("1.2%", 1.2, "percent", h=0.05, subj="sale", by="supermarket"),
        Q("12 weeks", 12, "week"),
        N("5 January", DATE),
    ),
    S(
        "The utility's capital spending will rise to between £4bn and £4.5bn a year from 2026, up "
        "from £3.2bn.",
        R("£4bn and £4.5bn", 4 * B, 4.5 * B, "GBP", subj="spending"),
        N("2026", YEAR),
        Q("£3.2bn", 3.2 * B, "GBP", h=0.05 * B),
    ),
    S(
        "Free cash flow more than doubled to $1.46 billion, and the board approved a further $500 "
        "million buyback.",
        Q("$1.46 billion", 1.46 * B, "USD", h=0.005 * B, subj="cash flow"),
        Q("$500 million", 500 * M, "USD", h=0.5 * M, subj="buyback"),
    ),
    S(
        "The lender's net interest margin narrowed by 0.15 percentage points to 2.98%.",
        Q("0.15 percentage points", 0.15, "percentage_point", h=0.005),
        Q("2.98%", 2.98, "percent", h=0.005, subj="margin"),
    ),
    S(
        "The drugmaker's revenue grew 14% to $14.9 billion in the quarter, helped by sales of its "
        "obesity drug, which tripled to $3.6 billion.",
        Q("14%", 14, "percent", subj="revenue"),
        Q("$14.9 billion", 14.9 * B, "USD", h=0.05 * B, subj="revenue"),
        N("quarter", REL),
        Q("$3.6 billion", 3.6 * B, "USD", h=0.05 * B, subj="sale"),
    ),
    S(
        "The company employs 640 people at the plant, which it said would close in the second "
        "half of 2026.",
        Q("640", 640, h=5, subj="people"),
        N("second half", REL),
        N("2026", YEAR),
    ),
    S(
        "The tribunal's ruling, case 2024/0187, orders the firm to repay £4.3m to 1,150 former "
        "staff.",
        N("2024/0187", REF),
        Q("£4.3m", 4.3 * M, "GBP", h=0.05 * M),
        Q("1,150", 1150, h=5, subj="staff"),
    ),
    # --- batch 3: sport (fees, attendances, race times as durations in their leading unit,
    # match scores as not-claims)
    S(
        "Ethiopian runner Tadesse Worku won the Berlin marathon in 2:01:09, 41 seconds outside "
        "the course record.",
        Q("2:01:09", 2 + 1 / 60 + 9 / 3600, "hour"),
        Q("41 seconds", 41, "second"),
    ),
    S(
        "She clocked 12.41 seconds in the 100 metres hurdles, the fastest time in the world this "
        "year.",
        Q("12.41 seconds", 12.41, "second", h=0.005),
        N("100 metres", "name of an event"),
    ),
    S(
        "United beat City 3-1 in front of 73,402 fans at Old Trafford on Sunday.",
        N("3-1", "match score"),
        Q("73,402", 73402, subj="fan"),
    ),
    S(
        "The club paid an initial £62m for the winger, with a further £8m in add-ons, on a "
        "five-year contract.",
        Q("£62m", 62 * M, "GBP", h=0.5 * M),
        Q("£8m", 8 * M, "GBP", h=0.5 * M),
        Q("five-year", 5, "year"),
    ),
    S(
        "Average league attendance rose to 38,700 this season, the highest since the 1970s.",
        Q("38,700", 38700, h=50, subj="attendance"),
        N("1970s", DECADE),
    ),
    S(
        "The half-time score was 1-1 before the visitors struck twice in the second half.",
        N("half-time", "match period, not a figure"),
        N("1-1", "match score"),
        N("second half", "match period, not a figure"),
    ),
    S(
        "The 21-year-old has scored 14 goals in 22 league games since his €45 million move in "
        "August.",
        Q("21-year-old", 21, "age_year"),
        Q("14", 14, subj="goal"),
        Q("22", 22, subj="game"),
        Q("€45 million", 45 * M, "EUR", h=0.5 * M),
    ),
    S(
        "The Welsh side finished fifth out of 12 teams, their best placing in a decade.",
        Q("fifth", 5, "rank", whole=12),
        Q("12", 12, subj="team"),
    ),
    S(
        "The final, which kicks off at 19:45, is expected to draw a television audience of more "
        "than 20 million.",
        N("19:45", TIME),
        Q("20 million", 20 * M, q="more_than", subj="audience"),
    ),
    S(
        "The crowd of 8,112 at the women's match was a record for the ground.",
        Q("8,112", 8112, subj="crowd"),
    ),
    S(
        "The Lions won 27-24 to level the series at 1-1, with the decider in Sydney on 19 July.",
        N("27-24", "match score"),
        N("1-1", "match score (series)"),
        N("19 July", DATE),
    ),
    S(
        "Pole-sitter Marco Lind's lap of 1:27.097 put him 0.215 seconds clear of his team-mate.",
        Q("1:27.097", 1 + 27.097 / 60, "minute", h=0.0005 / 60),
        Q("0.215 seconds", 0.215, "second", h=0.0005),
    ),
    S(
        "Tickets for the final sold out in 11 minutes, with 340,000 fans in the online queue.",
        Q("11 minutes", 11, "minute"),
        Q("340,000", 340000, h=5000, subj="fan"),
    ),
    S(
        "The 36-year-old goalkeeper kept his 150th clean sheet for the club.",
        Q("36-year-old", 36, "age_year"),
        N("150th", ORD),
    ),
    S(
        "The transfer fee of €100m made him the third most expensive player in history.",
        Q("€100m", 100 * M, "EUR", h=0.5 * M, subj="fee"),
        Q("third", 3, "rank"),
    ),
    S(
        "The stadium's capacity will rise from 52,000 to 61,500 after a £300m redevelopment.",
        Q("52,000", 52000, h=500, subj="capacity"),
        Q("61,500", 61500, h=50),
        Q("£300m", 300 * M, "GBP", h=0.5 * M),
    ),
    S(
        "The world number 4 lost 6-4, 3-6, 7-6 in two hours and 48 minutes.",
        Q("4", 4, "rank"),
        N("6-4", "match score"),
        N("3-6", "match score"),
        N("7-6", "match score"),
        Q("two hours and 48 minutes", 2.8, "hour"),
    ),
    S(
        "Hamilton Athletic were relegated after finishing 19th, 7 points from safety.",
        Q("19th", 19, "rank"),
        Q("7", 7, subj="point"),
    ),
    S(
        "More than 1.2 million spectators lined the route of the three-week race.",
        Q("1.2 million", 1.2 * M, q="more_than", subj="spectator"),
        Q("three-week", 3, "week"),
    ),
    S(
        "The Olympic champion swam the 200m freestyle in 1:44.52, a European record.",
        N("200m", "name of an event"),
        Q("1:44.52", 1 + 44.52 / 60, "minute", h=0.005 / 60),
    ),
    S(
        "The 1-0 win lifted the side to second in the table, a point behind the leaders.",
        N("1-0", "match score"),
        Q("second", 2, "rank"),
    ),
    # --- batch 3: elections (turnout, shares, seats, margins)
    S(
        "Turnout in the by-election was 38.2%, down from 67.5% at the general election.",
        Q("38.2%", 38.2, "percent", h=0.05, subj="turnout"),
        Q("67.5%", 67.5, "percent", h=0.05, subj="turnout"),
    ),
    S(
        "Labour held the seat with a majority of 3,917, down from 14,211, as its vote share fell "
        "19 percentage points.",
        Q("3,917", 3917, subj="majority"),
        Q("14,211", 14211, subj="majority"),
        Q("19 percentage points", 19, "percentage_point"),
    ),
    S(
        "The Greens won 11 of the 47 seats on the council, up from 4, while the Conservatives "
        "lost 9.",
        Q("11", 11, whole=47, subj="seat"),
        Q("47", 47, subj="seat"),
        Q("4", 4),
        Q("9", 9),
    ),
    S(
        "With all 650 constituencies declared, the party had 411 MPs on 33.7% of the vote.",
        Q("650", 650, h=5, subj="constituenc"),
        Q("411", 411, subj="MP"),
        Q("33.7%", 33.7, "percent", h=0.05),
    ),
    S(
        "The mayor was re-elected by just 212 votes out of more than 96,000 cast.",
        Q("212", 212, whole=96000, subj="vote"),
        Q("96,000", 96000, q="more_than"),
    ),
    S(
        "Exit polls gave the centre-right bloc between 38% and 41%, with the far right on 17-19%.",
        R("38% and 41%", 38, 41, "percent"),
        R("17-19%", 17, 19, "percent"),
    ),
    S(
        "Of the 2.4 million ballots cast, 31,500 were spoiled, the electoral commission said.",
        Q("2.4 million", 2.4 * M, h=0.05 * M, subj="ballot", by="commission"),
        Q("31,500", 31500, h=50, whole=2.4 * M, by="commission"),
    ),
    S(
        "The referendum passed by 54.3% to 45.7% on a turnout of 72%.",
        Q("54.3%", 54.3, "percent", h=0.05),
        Q("45.7%", 45.7, "percent", h=0.05),
        Q("72%", 72, "percent", subj="turnout"),
    ),
    S(
        "Women now hold 263 of the 650 seats in the Commons, or 40%.",
        Q("263", 263, whole=650, subj="seat"),
        Q("650", 650, h=5, subj="seat"),
        Q("40%", 40, "percent", whole=650),  # as dev-1314 (changed November 2026)
    ),
    S(
        "The incumbent led her challenger by 4.6 percentage points with 87% of the votes counted.",
        Q("4.6 percentage points", 4.6, "percentage_point", h=0.05),
        Q("87%", 87, "percent"),
    ),
    S(
        "Postal votes made up 21% of the 1.1 million ballots, a record for a local election.",
        Q("21%", 21, "percent", whole=1.1 * M, subj="postal"),
        Q("1.1 million", 1.1 * M, h=0.05 * M, subj="ballot"),
    ),
    S(
        "In the 2022 election the party won 2,341,115 votes; this time it got fewer than 1.9 "
        "million.",
        N("2022", YEAR),
        Q("2,341,115", 2341115, subj="vote"),
        Q("1.9 million", 1.9 * M, q="less_than"),
    ),
    S(
        "The candidate, 44, won the primary with 61% after finishing second in 2020.",
        Q("44", 44, "age_year"),
        Q("61%", 61, "percent"),
        Q("second", 2, "rank"),
        N("2020", YEAR),
    ),
    S(
        "Voters in 14 of the state's 67 counties will use paper ballots only.",
        Q("14", 14, whole=67, subj="count"),
        Q("67", 67, subj="count"),
    ),
    S(
        "Polling stations open at 7am and close at 10pm, and the count begins on 5 May.",
        N("7am", TIME),
        N("10pm", TIME),
        N("5 May", DATE),
    ),
    S(
        "Only 9 of the 120 members of the new assembly are under 30.",
        Q("9", 9, whole=120, subj="member"),
        Q("120", 120, h=5, subj="member"),
        Q("30", 30, "age_year", q="less_than"),
    ),
    S(
        "The ruling party won 289 seats in the 575-seat chamber, down from 326.",
        Q("289", 289, whole=575, subj="seat"),
        Q("575", 575),
        Q("326", 326),
    ),
    S(
        "Some 62% of eligible voters cast a ballot, compared with 59.4% in 2019.",
        Q("62%", 62, "percent", q="approx"),
        Q("59.4%", 59.4, "percent", h=0.05, period="2019"),
        N("2019", YEAR),
    ),
    S(
        "He served two terms in the 1990s and returned to politics in 2019 at the age of 71.",
        Q("two", 2, subj="term"),
        N("1990s", DECADE),
        N("2019", YEAR),
        Q("71", 71, "age_year"),
    ),
    # --- batch 3: weather and disasters (rain, wind, magnitudes, revised tolls)
    S(
        "A magnitude 6.8 earthquake struck off the coast at a depth of 10 km, the geological "
        "survey said.",
        Q("magnitude 6.8", 6.8, "magnitude", h=0.05, by="survey"),
        Q("10 km", 10, "km"),
    ),
    S(
        "The death toll from the quake was revised from 120 to 153, with at least 1,400 people "
        "injured.",
        Q("120", 120, h=5),
        Q("153", 153, subj="death"),
        Q("1,400", 1400, h=50, q="at_least", subj="people"),
    ),
    S(
        "Up to 112mm of rain fell in 24 hours at Capel Curig, more than a month's average.",
        Q("112mm", 112, "mm", q="up_to", subj="rain"),
        Q("24 hours", 24, "hour"),
    ),
    S(
        "Storm Elin brought gusts of 98 mph to the Isle of Wight and left 41,000 homes without "
        "power.",
        Q("98 mph", 98, "mph", subj="gust"),
        Q("41,000", 41000, h=500, subj="home"),
    ),
    S(
        "The typhoon, with sustained winds of 185 km/h, forced the evacuation of 1.3 million "
        "people.",
        Q("185 km/h", 185, "km/h", subj="wind"),
        Q("1.3 million", 1.3 * M, h=0.05 * M, subj="people"),
    ),
    S(
        "Floods have killed 47 people, including 12 children, and displaced roughly 210,000 in "
        "the province.",
        Q("47", 47, subj="people"),
        Q("12", 12, whole=47, subj="child"),
        Q("210,000", 210000, h=5000, q="approx"),
    ),
    S(
        "Rainfall in June was 31% above the long-term average, at 94.6 mm, the Met Office said.",
        Q("31%", 31, "percent", by="Met Office"),
        Q("94.6 mm", 94.6, "mm", h=0.05, subj="rainfall", by="Met Office"),
    ),
    S(
        "The wildfire has burned 18,400 hectares and is 35% contained, fire officials said on "
        "Tuesday.",
        Q("18,400 hectares", 18400, "ha", h=50, by="officials"),
        Q("35%", 35, "percent", by="officials"),
    ),
    S(
        "The aftershock, of magnitude 5.1, was felt 300 kilometres away in the capital.",
        Q("magnitude 5.1", 5.1, "magnitude", h=0.05),
        Q("300 kilometres", 300, "km", h=15),
    ),
    S(
        "Temperatures fell to minus 14.2 degrees Celsius overnight, the coldest night since 2010.",
        Q("minus 14.2 degrees Celsius", -14.2, "degC", h=0.05),
        N("2010", YEAR),
    ),
    S(
        "The river peaked at 5.8 metres on Saturday, 1.2 metres above flood level.",
        Q("5.8 metres", 5.8, "m", h=0.05, subj="river"),
        Q("1.2 metres", 1.2, "m", h=0.05),
    ),
    S(
        "Officials now say between 2,000 and 3,000 homes were destroyed by the mudslide, up from "
        "an earlier estimate of 800.",
        R("2,000 and 3,000", 2000, 3000, subj="home", by="officials"),
        Q("800", 800, h=40),
    ),
    S(
        "Snowfall of up to 40cm is forecast on high ground, with 10-15cm at lower levels.",
        Q("40cm", 40, "cm", q="up_to", subj="snow"),
        R("10-15cm", 10, 15, "cm"),
    ),
    S(
        "The heatwave contributed to an estimated 2,985 excess deaths in England, a 7% rise on the "
        "previous summer.",
        Q("2,985", 2985, q="approx", subj="death"),
        Q("7%", 7, "percent"),
    ),
    S(
        "The cyclone's death toll rose to 76 on Thursday, and 9 fishermen are still missing.",
        Q("76", 76, subj="death"),
        Q("9", 9, subj="fisherm"),
    ),
    S(
        "More than 400 mm of rain fell on the town in two days, the most since records began in "
        "1910.",
        Q("400 mm", 400, "mm", q="more_than", subj="rain"),
        Q("two days", 2, "day"),
        N("1910", YEAR),
    ),
    S(
        "Insured losses from the storms are put at $4.2bn to $5bn, the broker Aon estimated.",
        R("$4.2bn to $5bn", 4.2 * B, 5 * B, "USD", subj="loss", by="Aon"),
    ),
    S(
        "Sea surface temperatures reached 31.5C in the gulf, 2.5C above normal for August.",
        Q("31.5C", 31.5, "degC", h=0.05, subj="temperature"),
        Q("2.5C", 2.5, "degC", h=0.05),
    ),
    S(
        "The eruption sent an ash plume 14 km into the sky and forced 4,000 villagers to leave.",
        Q("14 km", 14, "km", subj="plume"),
        Q("4,000", 4000, h=200, subj="villager"),
    ),
    S(
        "Drought has cut the reservoir to 22% of capacity, against 61% a year ago.",
        Q("22%", 22, "percent"),
        Q("61%", 61, "percent"),
        N("a year", REL),
    ),
    # --- batch 3: science and health (trial sizes, efficacy, doses)
    S(
        "In a trial of 4,812 adults, the vaccine was 71% effective against severe illness over 6 "
        "months.",
        Q("4,812", 4812, subj="adult"),
        Q("71%", 71, "percent"),
        Q("6 months", 6, "month"),
    ),
    S(
        "Participants given the 2.4 mg weekly dose lost 14.9% of their body weight, against 2.4% "
        "on placebo.",
        Q("2.4 mg", 2.4, "mg", h=0.05, subj="dose"),
        Q("14.9%", 14.9, "percent", h=0.05),
        Q("2.4%", 2.4, "percent", h=0.05),
    ),
    S(
        "The study followed 502,000 people aged 40 to 69 for an average of 12 years.",
        Q("502,000", 502000, h=500, subj="people"),
        R("40 to 69", 40, 69, "age_year"),
        Q("12 years", 12, "year"),
    ),
    S(
        "One in three patients reported side effects, most of them mild, the researchers said.",
        Q("One in three", 1, whole=3, subj="patient", by="researchers"),
    ),
    S(
        "Of the 1,204 volunteers, 602 received the drug and 602 a placebo.",
        Q("1,204", 1204, subj="volunteer"),
        Q("602", 602, whole=1204),
        Q("602", 602, whole=1204, occ=2),
    ),
    S(
        "Measles cases in the region rose to 1,873 in 2024, up from 368 the year before, health "
        "officials said.",
        Q("1,873", 1873, subj="case", period="2024", by="officials"),
        N("2024", YEAR),
        Q("368", 368, by="officials"),
    ),
    S(
        "The new test detected 92.3% of cancers, compared with 87.1% for the standard test, in "
        "20,000 women.",
        Q("92.3%", 92.3, "percent", h=0.05),
        Q("87.1%", 87.1, "percent", h=0.05),
        Q("20,000", 20000, h=1000, subj="women"),
    ),
    S(
        "Children under 5 account for nearly 40% of the 1,300 malaria deaths recorded this year.",
        Q("5", 5, "age_year", q="less_than"),
        Q("40%", 40, "percent", q="below", whole=1300),
        Q("1,300", 1300, h=50, subj="death"),
    ),
    S(
        "Each patient received two doses of 50 micrograms, 28 days apart.",
        Q("two", 2, subj="dose"),
        Q("50 micrograms", 50, "µg"),
        Q("28 days", 28, "day"),
    ),
    S(
        "The hospital carried out 3,120 hip replacements last year, with an average stay of 3.4 "
        "days.",
        Q("3,120", 3120, h=5, subj="replacement"),
        Q("3.4 days", 3.4, "day", h=0.05),
    ),
    S(
        "The antiviral cut hospital admissions by 89% among the 2,246 high-risk adults in the "
        "trial.",
        Q("89%", 89, "percent"),
        Q("2,246", 2246, subj="adult"),
    ),
    S(
        "Smoking rates among adults fell to 11.9% in 2023 from 20.2% in 2011.",
        Q("11.9%", 11.9, "percent", h=0.05, subj="smok", period="2023"),
        N("2023", YEAR),
        Q("20.2%", 20.2, "percent", h=0.05, period="2011"),
        N("2011", YEAR),
    ),
    S(
        "The researchers sequenced the genomes of 8,400 patients, finding 27 new risk variants.",
        Q("8,400", 8400, h=50, subj="patient"),
        Q("27", 27, subj="variant"),
    ),
    S(
        "The mpox outbreak has caused 14,957 confirmed cases and 524 deaths in 16 countries, the "
        "WHO said.",
        Q("14,957", 14957, subj="case", by="WHO"),
        Q("524", 524, subj="death", by="WHO"),
        Q("16", 16, subj="countr", by="WHO"),
    ),
    S(
        "Mice given the compound lived 9.7% longer on average, or about 11 weeks.",
        Q("9.7%", 9.7, "percent", h=0.05),
        Q("11 weeks", 11, "week", q="approx"),
    ),
    S(
        "Waits for an autism assessment now exceed two years for 1 in 5 children referred.",
        Q("two years", 2, "year", q="more_than"),
        Q("1 in 5", 1, whole=5, subj="child"),
    ),
    S(
        "About 6.1% of adults in the survey of 9,000 reported long COVID symptoms lasting 12 weeks "
        "or more.",
        Q("6.1%", 6.1, "percent", h=0.05, q="approx", whole=9000),
        Q("9,000", 9000, h=450),
        Q("12 weeks", 12, "week", q="at_least"),
    ),
    # --- batch 3: conflict reporting (casualty ranges, hedges, competing sources)
    S(
        "Between 30 and 45 civilians were killed in the air strike, according to local medics.",
        R("30 and 45", 30, 45, subj="civilian", by="medics"),
    ),
    S(
        "At least 17 people died and dozens were wounded when a car bomb exploded in the market.",
        Q("17", 17, q="at_least", subj="people"),
        N("dozens", VAGUE),
    ),
    S(
        "The monitoring group said it had documented 1,083 civilian deaths since January, a third "
        "of them women and children.",
        Q("1,083", 1083, subj="death", by="monitoring group"),
        Q("a third", 1 / 3, whole=1083),
    ),
    S(
        "Rebels claim to have killed up to 200 government soldiers; the army admits to losing 34.",
        Q("200", 200, q="up_to", subj="soldier"),
        Q("34", 34),
    ),
    S(
        "An estimated 2,000 to 3,500 fighters remain in the besieged district, a senior official "
        "told Reuters.",
        R("2,000 to 3,500", 2000, 3500, subj="fighter", by="official"),
    ),
    S(
        "The UN said 4.6 million people had been displaced since April 2023, including 1.2 million "
        "who crossed into neighbouring countries.",
        Q("4.6 million", 4.6 * M, h=0.05 * M, subj="people", period="since 2023-04", by="UN"),
        N("2023", DATE),
        Q("1.2 million", 1.2 * M, h=0.05 * M, whole=4.6 * M, by="UN"),
    ),
    S(
        "Shelling damaged 37 of the city's 52 schools, while 6 hospitals were hit in the past week.",
        Q("37", 37, whole=52, subj="school"),
        Q("52", 52, subj="school"),
        Q("6", 6, subj="hospital"),
    ),
    S(
        "Casualty figures ranged from 60, according to the army, to more than 150, according to "
        "residents.",
        Q("60", 60, by="army"),
        Q("150", 150, q="more_than", by="residents"),
    ),
    S(
        "The ceasefire, agreed on 3 March, lasted less than 48 hours.",
        N("3 March", DATE),
        Q("48 hours", 48, "hour", q="less_than"),
    ),
    S(
        "Some 140 trucks of aid entered the territory on Monday, far short of the 500 a day "
        "needed, aid agencies said.",
        Q("140", 140, h=5, q="approx", subj="truck", by="agencies"),
        Q("500", 500, h=25, by="agencies"),
    ),
    S(
        "Mine-clearing teams have removed 9,300 explosive devices from 1,700 square kilometres "
        "since 2022.",
        Q("9,300", 9300, h=50, subj="device", period="since 2022"),
        Q("1,700 square kilometres", 1700, "km2", h=50),
        N("2022", YEAR),
    ),
    S(
        "Officials said 11 soldiers and 4 police officers died in the ambush on Route 7.",
        Q("11", 11, subj="soldier", by="officials"),
        Q("4", 4, subj="officer", by="officials"),
        N("Route 7", REF),
    ),
    S(
        "Nearly 1,000 people have been detained since the protests began, 83 of them minors, a "
        "rights group said.",
        Q("1,000", 1000, h=50, q="below", subj="people", by="rights group"),
        Q("83", 83, whole=1000, by="rights group"),
    ),
    S(
        "The drone attack killed 5 and wounded 23, the governor said, a day after 2 people died in "
        "a similar strike.",
        Q("5", 5, by="governor"),
        Q("23", 23, by="governor"),
        Q("2", 2, subj="people"),
    ),
    S(
        "Ukraine says its forces have hit 17 Russian oil depots and refineries this year, knocking "
        "out about 10% of refining capacity.",
        Q("17", 17, subj="depot"),
        Q("10%", 10, "percent", q="approx"),
    ),
    # --- batch 3: look-alikes that are not claims (dates in several formats, names, labels)
    S(
        "The COVID-19 inquiry will hear evidence from 14 October 2025 until the spring.",
        N("COVID-19", MODEL),
        N("14 October", DATE),
        N("2025", DATE),
    ),
    S(
        "G7 finance ministers agreed on 21/05/2025 to keep the $50 billion loan on track.",
        N("G7", MODEL),
        N("21/05/2025", DATE),
        Q("$50 billion", 50 * B, "USD", h=0.5 * B, subj="loan"),
    ),
    S(
        "Windows 11 now runs on 43% of the office's computers, the IT department said.",
        N("Windows 11", MODEL),
        Q("43%", 43, "percent", by="IT department"),
    ),
    S(
        "The helpline, open 24/7, received 12,800 calls in its first month.",
        N("24/7", "'around the clock', not a figure"),
        Q("12,800", 12800, h=50, subj="call"),
        N("first", ORD),
    ),
    S(
        "Relatives of those killed on Flight MH17 gathered in Amsterdam on 17.07.2024 to mark the "
        "10th anniversary.",
        N("MH17", MODEL),
        N("17.07.2024", DATE),
        N("10th", ORD),
    ),
    S(
        "NATO leaders reaffirmed Article 5 at the summit and pledged to spend 2% of GDP on defence "
        "well into the 2030s.",
        N("5", LAW),
        Q("2%", 2, "percent"),
        N("2030s", DECADE),
    ),
    S(
        "House prices in the town have tripled since the 1990s, to an average of £312,000, Land "
        "Registry data published on 2025-03-31 show.",
        N("1990s", DECADE),
        Q("£312,000", 312000, "GBP", h=500, by="Registry"),
        N("2025-03-31", DATE),
    ),
    S(
        "Inflation in the 2020s has averaged 4.1%, against 1.9% in the 2010s.",
        N("2020s", DECADE),
        Q("4.1%", 4.1, "percent", h=0.05, subj="inflation"),
        Q("1.9%", 1.9, "percent", h=0.05),
        N("2010s", DECADE),
    ),
    S(
        "The council meets for the 2nd time this month on Tuesday, March 4th, at 6.30pm.",
        N("2nd", ORD),
        N("March 4th", DATE),
        N("6.30pm", TIME),
    ),
    S(
        "The first-ever night race will start at 20:00 on the 14th of September.",
        N("first-ever", ORD),
        N("20:00", TIME),
        N("14th of September", DATE),
    ),
    S(
        "The Boeing 787 diverted to Shannon after the crew reported smoke, and all 214 passengers "
        "were evacuated.",
        N("787", MODEL),
        Q("214", 214, subj="passenger"),
    ),
    S(
        "The 9.15am train from Leeds was cancelled for the third day running.",
        N("9.15am", TIME),
        N("third", ORD),
    ),
    S(
        "Voters return to the polls on Sunday 12/10 for the second round, the third in four years.",
        N("12/10", DATE),
        N("second", ORD),
        N("third", ORD),
        Q("four years", 4, "year"),
    ),
    S(
        "The station's 1960s tower block is due to be demolished in the 2030s.",
        N("1960s", DECADE),
        N("2030s", DECADE),
    ),
    # --- batch 4: headlines and subheads (no final full stop)
    S(
        "Inflation slows to 2.3% in May as fuel prices ease",
        Q("2.3%", 2.3, "percent", h=0.05, subj="inflation"),
    ),
    S(
        "Jobless rate climbs to 4.4%, highest since 2021",
        Q("4.4%", 4.4, "percent", h=0.05, subj="rate"),
        N("2021", YEAR),
    ),
    S(
        "Wheat harvest tops 14 million tonnes for first time",
        Q("14 million tonnes", 14 * M, "t", h=0.5 * M, q="more_than", subj="harvest"),
        N("first", ORD),
    ),
    S(
        "Rents up 9.2% year on year as listings shrink by a third",
        Q("9.2%", 9.2, "percent", h=0.05, subj="rent"),
        Q("a third", 1 / 3, subj="listing"),
    ),
    S(
        "Seville hits 45.6C (114F) as Spain swelters",
        Q("45.6C", 45.6, "degC", h=0.05),
        Q("114F", 114, "degF"),
    ),
    S(
        "Bank holds rates at 5.25% for sixth meeting in a row",
        Q("5.25%", 5.25, "percent", h=0.005, subj="rate"),
        N("sixth", ORD),
    ),
    S(
        "Three dead, 40 hurt in motorway pile-up on M6",
        Q("Three", 3),
        Q("40", 40),
        N("M6", REF),
    ),
    S(
        "EU agrees €50bn Ukraine facility; first €4.5bn tranche due in March",
        Q("€50bn", 50 * B, "EUR", h=0.5 * B, subj="facility"),
        N("first", ORD),
        Q("€4.5bn", 4.5 * B, "EUR", h=0.05 * B, subj="tranche"),
    ),
    S(
        "Exports fall for third straight month, down 4.1% from a year earlier",
        N("third", ORD),
        Q("4.1%", 4.1, "percent", h=0.05, subj="export"),
        N("a year", REL),
    ),
    S(
        "Record 2.1 million visitors pack summer festival",
        Q("2.1 million", 2.1 * M, h=0.05 * M, subj="visitor"),
    ),
    S(
        "Oil jumps 4% after drone strike on Saudi terminal; Brent at $91.20",
        Q("4%", 4, "percent", subj="oil"),
        Q("$91.20", 91.2, "USD", h=0.005, subj="brent"),
    ),
    S(
        "Live: Death toll rises to 63 as rescuers search rubble",
        Q("63", 63, subj="death"),
    ),
    S(
        "Gold hits $2,500 an ounce for the first time",
        Q("$2,500", 2500, "USD", h=50, subj="gold"),
        N("first", ORD),
    ),
    S(
        "Rail fares to rise by up to 5.9% in March",
        Q("5.9%", 5.9, "percent", h=0.05, q="up_to", subj="fare"),
    ),
    S(
        "Chipmaker to cut 4,000 jobs, or one in eight roles",
        Q("4,000", 4000, h=200, subj="job"),
        Q("one in eight", 1, whole=8, subj="role"),
    ),
    S(
        "Q2 GDP: economy shrinks 0.2%, first fall since 2020",
        N("Q2", "quarter label"),
        Q("0.2%", 0.2, "percent", h=0.05, subj="economy"),
        N("first", ORD),
        N("2020", YEAR),
    ),
    S(
        "Prices up a tenth in two years",
        Q("a tenth", 0.1, subj="price"),
        Q("two years", 2, "year"),
    ),
    # --- batch 4: wire-service copy (datelines, three to five figures a sentence)
    S(
        "KYIV, March 4 (Reuters) - Russia launched 83 drones and 4 ballistic missiles at Ukraine "
        "overnight, the air force said on Tuesday, adding that 61 drones had been shot down and 19 "
        "had been 'lost' to electronic jamming.",
        N("March 4", DATE),
        Q("83", 83, subj="drone", by="air force"),
        Q("4", 4, occ=2, subj="missile", by="air force"),
        Q("61", 61, subj="drone", by="air force"),
        Q("19", 19, by="air force"),
    ),
    S(
        "LONDON (AP) — British police arrested 14 people on Saturday after about 3,000 "
        "demonstrators marched through central London, and 6 officers were treated for minor "
        "injuries, the Metropolitan Police said.",
        Q("14", 14, subj="people", by="Metropolitan"),
        Q("3,000", 3000, h=150, q="approx", subj="demonstrator", by="Metropolitan"),
        Q("6", 6, subj="officer", by="Metropolitan"),
    ),
    S(
        "NAIROBI, Oct 12 (AFP) - Floods have killed at least 38 people and forced more than 42,000 "
        "from their homes across 17 of Kenya's 47 counties, the interior ministry said on Sunday.",
        N("Oct 12", DATE),
        Q("38", 38, q="at_least", subj="people", by="ministry"),
        Q("42,000", 42000, q="more_than", by="ministry"),
        Q("17", 17, whole=47, subj="count", by="ministry"),
        Q("47", 47, subj="count", by="ministry"),
    ),
    S(
        "The state oil company said output averaged 2.94 million barrels per day in the quarter, "
        "down 3.1% from the previous three months, while exports fell to 1.7 million barrels a day "
        "and refinery runs rose 6%.",
        Q("2.94 million barrels", 2.94 * M, "bbl", h=0.005 * M, subj="output", by="oil company"),
        N("quarter", REL),
        Q("3.1%", 3.1, "percent", h=0.05, by="oil company"),
        Q("three months", 3, "month"),
        Q("1.7 million barrels", 1.7 * M, "bbl", h=0.05 * M, subj="export"),
        Q("6%", 6, "percent", subj="run"),
    ),
    S(
        "WASHINGTON, June 6 (Reuters) - U.S. employers added 272,000 jobs last month, well above "
        "the 190,000 economists had forecast, while the unemployment rate edged up to 4.0% and "
        "average hourly earnings rose 4.1% from a year earlier, the Labor Department said.",
        N("June 6", DATE),
        Q("272,000", 272000, h=500, subj="job", by="Labor"),
        Q("190,000", 190000, h=5000),
        Q("4.0%", 4.0, "percent", h=0.05, subj="unemployment", by="Labor"),
        Q("4.1%", 4.1, "percent", h=0.05, subj="earning", by="Labor"),
        N("a year", REL),
    ),
    S(
        "TOKYO, Jan 30 (Kyodo) - Japan's industrial output fell 1.4% in December, the second "
        "monthly decline in a row, while retail sales grew 2.3% and the jobless rate held at 2.5%, "
        "government data showed on Friday.",
        N("Jan 30", DATE),
        Q("1.4%", 1.4, "percent", h=0.05, subj="output", by="data"),
        N("second", ORD),
        Q("2.3%", 2.3, "percent", h=0.05, subj="sale", by="data"),
        Q("2.5%", 2.5, "percent", h=0.05, subj="rate", by="data"),
    ),
    S(
        "The consortium will invest €7.8 billion over 10 years in 3 offshore wind farms with a "
        "combined capacity of 2.4 GW, enough to supply about 2.6 million homes, the companies said "
        "in a joint statement.",
        Q("€7.8 billion", 7.8 * B, "EUR", h=0.05 * B, by="companies"),
        Q("10 years", 10, "year"),
        Q("3", 3, subj="farm"),
        Q("2.4 GW", 2.4, "GW", h=0.05),
        Q("2.6 million", 2.6 * M, h=0.05 * M, q="approx", subj="home", by="companies"),
    ),
    S(
        "BEIJING, Sept 9 (Reuters) - China's consumer prices rose 0.6% year on year in August, the "
        "fastest pace in six months, while producer prices fell 1.8%, marking a 23rd straight month "
        "of deflation at the factory gate, the statistics bureau said.",
        N("Sept 9", DATE),
        Q("0.6%", 0.6, "percent", h=0.05, subj="price", by="statistics bureau"),
        Q("six months", 6, "month"),
        Q("1.8%", 1.8, "percent", h=0.05, subj="price", by="statistics bureau"),
        N("23rd", ORD),
    ),
    S(
        "MEXICO CITY (Reuters) - Mexico's central bank cut its benchmark interest rate by a quarter "
        "of a percentage point to 10.75% on Thursday, its third cut this year, and lowered its "
        "inflation forecast for the fourth quarter to 4.4% from 4.7%.",
        Q("a quarter of a percentage point", 0.25, "percentage_point"),
        Q("10.75%", 10.75, "percent", h=0.005, subj="rate"),
        N("third", ORD),
        N("fourth quarter", "quarter label"),
        Q("4.4%", 4.4, "percent", h=0.05, subj="forecast"),
        Q("4.7%", 4.7, "percent", h=0.05),
    ),
    S(
        "SYDNEY, Feb 2 (AAP) - Bushfires have burned through more than 310,000 hectares in Victoria "
        "since Christmas, destroying 46 homes and killing an estimated 1.5 million animals, fire "
        "authorities said.",
        N("Feb 2", DATE),
        Q("310,000 hectares", 310000, "ha", q="more_than", by="authorities"),
        Q("46", 46, subj="home", by="authorities"),
        Q("1.5 million", 1.5 * M, h=0.05 * M, q="approx", subj="animal", by="authorities"),
    ),
    S(
        "The merged airline will operate 1,240 aircraft on about 6,000 daily flights to 160 "
        "countries and employ 118,000 people, making it the world's second-largest carrier by "
        "revenue, the companies said.",
        Q("1,240", 1240, h=5, subj="aircraft", by="companies"),
        Q("6,000", 6000, h=300, q="approx", subj="flight"),
        Q("160", 160, h=5, subj="countr"),
        Q("118,000", 118000, h=500, subj="people"),
        Q("second", 2, "rank"),
    ),
    S(
        "GENEVA (Reuters) - The World Health Organization said on Wednesday that 2,412 cholera "
        "cases and 31 deaths had been reported in the past 7 days across 5 provinces, bringing the "
        "total since January to 19,884 cases.",
        Q("2,412", 2412, subj="case", by="World Health"),
        Q("31", 31, subj="death", by="World Health"),
        Q("7 days", 7, "day"),
        Q("5", 5, subj="province"),
        Q("19,884", 19884, subj="case", by="World Health"),
    ),
    S(
        "FRANKFURT, Nov 7 (Reuters) - Siemsen AG posted a net profit of €1.96 billion for its "
        "fiscal fourth quarter, up 17%, on revenue that rose 5% to €20.8 billion, and said it "
        "expected sales growth of 3% to 7% next year.",
        N("Nov 7", DATE),
        Q("€1.96 billion", 1.96 * B, "EUR", h=0.005 * B, subj="profit"),
        N("fourth quarter", "quarter label"),
        Q("17%", 17, "percent"),
        Q("5%", 5, "percent", subj="revenue"),
        Q("€20.8 billion", 20.8 * B, "EUR", h=0.05 * B, subj="revenue"),
        R("3% to 7%", 3, 7, "percent", subj="growth"),
    ),
    S(
        "Turkey's annual inflation eased to 61.8% in July from 71.6% in June, the statistics "
        "institute said, while the central bank kept its policy rate at 50% for a fourth month.",
        Q("61.8%", 61.8, "percent", h=0.05, subj="inflation", by="statistics institute"),
        Q("71.6%", 71.6, "percent", h=0.05, by="statistics institute"),
        Q("50%", 50, "percent", subj="rate"),
        N("fourth", ORD),
    ),
    S(
        "DHAKA, April 18 (AFP) - Temperatures topped 42 degrees Celsius in 11 districts on "
        "Thursday, prompting authorities to shut 33,000 primary schools for a week and advise 17 "
        "million pupils to stay at home.",
        N("April 18", DATE),
        Q("42 degrees Celsius", 42, "degC", q="more_than", subj="temperature"),
        Q("11", 11, subj="district"),
        Q("33,000", 33000, h=500, subj="school"),
        Q("17 million", 17 * M, h=0.5 * M, subj="pupil"),
    ),
    # --- batch 4: quotes with numbers inside them
    S(
        "'We are losing 40 hectares of forest every hour,' the environment minister told "
        "parliament.",
        Q("40 hectares", 40, "ha", by="minister"),
    ),
    S(
        '"Nine out of ten of our members say energy bills are their biggest worry," said Hannah '
        "Reeve, head of the Federation of Small Businesses.",
        Q("Nine", 9, whole=10, subj="member", by="Reeve"),
        Q("ten", 10, by="Reeve"),
    ),
    S(
        "'I was paying £850 a month for a room; now it's £1,100,' said Priya, 26, a nurse in "
        "Bristol.",
        Q("£850", 850, "GBP", h=5, by="Priya"),
        Q("£1,100", 1100, "GBP", h=50, by="Priya"),
        Q("26", 26, "age_year"),
    ),
    S(
        "“The first 72 hours are critical,” the rescue coordinator said, adding that 230 people "
        "were still unaccounted for.",
        N("first", ORD),
        Q("72 hours", 72, "hour"),
        Q("230", 230, h=5, subj="people", by="coordinator"),
    ),
    S(
        '"Our costs have gone up by a third, and we have had to let 12 of our 30 staff go," the '
        "owner said.",
        Q("a third", 1 / 3, subj="cost", by="owner"),
        Q("12", 12, whole=30, by="owner"),
        Q("30", 30, subj="staff", by="owner"),
    ),
    S(
        "'Half a million people rely on this bridge every day,' the mayor said after engineers "
        "closed it.",
        Q("Half a million", 0.5 * M, h=0.05 * M, subj="people", by="mayor"),
    ),
    S(
        '"We expect to hire 1,500 people over the next 18 months, most of them engineers," chief '
        "executive Dana Okafor told Reuters in an interview.",
        Q("1,500", 1500, h=50, subj="people", by="Okafor"),
        Q("18 months", 18, "month"),
    ),
    S(
        "'Ninety per cent of what we grow goes for export,' said a farmer near Mombasa who tends 4 "
        "hectares of tea.",
        Q("Ninety per cent", 90, "percent", by="farmer"),
        Q("4 hectares", 4, "ha"),
    ),
    S(
        "“Twenty-five years ago this street had 14 shops; today there are three,” said the "
        "councillor, 67.",
        N("Twenty-five years ago", REL),
        Q("14", 14, subj="shop"),
        Q("three", 3),
        Q("67", 67, "age_year"),
    ),
    S(
        "'At 7.5% we simply cannot borrow to invest,' the builders' federation chairman said of the "
        "mortgage rate.",
        Q("7.5%", 7.5, "percent", h=0.05, by="chairman"),
    ),
    S(
        'A spokeswoman said: "Around 600 of our 2,000 drivers have signed up for the strike."',
        Q("600", 600, h=30, q="approx", whole=2000, by="spokeswoman"),
        Q("2,000", 2000, h=100, subj="driver", by="spokeswoman"),
    ),
    S(
        '"Rebuilding will take a decade and cost at least $30bn," the World Bank\'s country '
        "director said.",
        Q("$30bn", 30 * B, "USD", h=0.5 * B, q="at_least", by="World Bank"),
    ),
    # --- batch 4: question-and-answer explainers
    S(
        "Q: How much will the average household save? A: About £150 a year, according to the "
        "regulator's estimate.",
        Q("£150", 150, "GBP", h=5, q="approx", by="regulator"),
    ),
    S(
        "How many people are affected? The health ministry says 3,870 cases have been confirmed, "
        "212 of them in children under 5.",
        Q("3,870", 3870, h=5, subj="case", by="health ministry"),
        Q("212", 212, whole=3870, subj="case", by="ministry"),
        Q("5", 5, "age_year", q="less_than"),
    ),
    S(
        "What is the price cap now? From 1 October it is £1,717 a year for a typical dual-fuel "
        "household, down from £1,928.",
        N("1 October", DATE),
        Q("£1,717", 1717, "GBP"),
        Q("£1,928", 1928, "GBP"),
    ),
    S(
        "When will the line open? The operator now says late 2029, four years behind schedule and "
        "£6.2bn over budget.",
        N("2029", YEAR),
        Q("four years", 4, "year"),
        Q("£6.2bn", 6.2 * B, "GBP", h=0.05 * B),
    ),
    S(
        "Who qualifies? Anyone aged 75 or over, or about 5.6 million people in England, the "
        "department estimates.",
        Q("75", 75, "age_year", q="at_least"),
        Q("5.6 million", 5.6 * M, h=0.05 * M, q="approx", subj="people", by="department"),
    ),
    S(
        "Why does it matter? Shipping through the strait carries about 12% of world trade, worth "
        "roughly $1 trillion a year.",
        Q("12%", 12, "percent", q="approx", subj="shipping"),
        Q("$1 trillion", 1 * T, "USD", h=0.5 * T, q="approx"),
    ),
    S(
        "Q. How big is the deficit? A. The fiscal watchdog puts it at 4.8% of GDP this year, or "
        "£131bn.",
        Q("4.8%", 4.8, "percent", h=0.05, by="watchdog"),
        Q("£131bn", 131 * B, "GBP", h=0.5 * B, by="watchdog"),
    ),
    S(
        "Is the drug safe? In trials of 1,100 patients, 3 in 100 had serious side effects, against "
        "2 in 100 on placebo.",
        Q("1,100", 1100, h=50, subj="patient"),
        Q("3 in 100", 3, whole=100),
        Q("2 in 100", 2, whole=100),
    ),
    S(
        "How long are the waits? The median wait for a hip operation is now 41 weeks, up from 18 "
        "weeks before the pandemic.",
        Q("41 weeks", 41, "week", subj="wait"),
        Q("18 weeks", 18, "week"),
    ),
    S(
        "What does the fine mean for the bank? At $1.3 billion it equals about 9 days of profit, "
        "analysts at Jefferies said.",
        Q("$1.3 billion", 1.3 * B, "USD", h=0.05 * B, by="Jefferies"),
        Q("9 days", 9, "day", q="approx", by="Jefferies"),
    ),
    # --- batch 4: corrections and clarifications (the retracted figure is still a figure)
    S(
        "Correction: An earlier version of this article said 120 homes had been destroyed; the "
        "correct figure is 112.",
        Q("120", 120, h=5, subj="home"),
        Q("112", 112),
    ),
    S(
        "This story has been corrected to show that the fine was €4.3m, not €43m.",
        Q("€4.3m", 4.3 * M, "EUR", h=0.05 * M, subj="fine"),
        Q("€43m", 43 * M, "EUR", h=0.5 * M),
    ),
    S(
        "Clarification: the 18% rise refers to the 12 months to March, not the calendar year.",
        Q("18%", 18, "percent"),
        Q("12 months", 12, "month"),
    ),
    S(
        "An earlier version of this story misstated the number of jobs at risk. It is 2,300, not "
        "3,200.",
        Q("2,300", 2300, h=50),
        Q("3,200", 3200, h=50),
    ),
    S(
        "Corrects paragraph 3 to say the company had 41 stores, not 14.",
        N("3", "paragraph number"),
        Q("41", 41, subj="store"),
        Q("14", 14),
    ),
    S(
        "(Corrects to show minimum wage rises to R$1,518, not R$1,580, in paragraph 2)",
        Q("R$1,518", 1518, "BRL", subj="wage"),
        Q("R$1,580", 1580, "BRL", h=5),
        N("2", "paragraph number"),
    ),
    S(
        "Editor's note: the original headline gave the death toll as 54; police later revised it "
        "to 45 after 9 people were found alive.",
        Q("54", 54, subj="toll"),
        Q("45", 45, by="police"),
        Q("9", 9, subj="people"),
    ),
    S(
        "Update, 3.40pm: the coastguard now says 26 of the 31 crew have been rescued.",
        N("3.40pm", TIME),
        Q("26", 26, whole=31, by="coastguard"),
        Q("31", 31, subj="crew", by="coastguard"),
    ),
    # --- batch 4: agriculture and commodities (tonnes, bushels, hectares, yields)
    S(
        "Farmers planted 36.8 million hectares of soybeans this year, up 4% on last season, and "
        "yields are forecast at 3.4 tonnes per hectare, the agriculture ministry said.",
        Q("36.8 million hectares", 36.8 * M, "ha", h=0.05 * M, by="ministry"),
        Q("4%", 4, "percent"),
        Q("3.4 tonnes", 3.4, "t", h=0.05, subj="yield", by="ministry"),
    ),
    S(
        "The USDA raised its estimate of the US corn crop to 15.1 billion bushels, with an average "
        "yield of 183.1 bushels per acre.",
        Q("15.1 billion bushels", 15.1 * B, "bsh", h=0.05 * B, subj="crop", by="USDA"),
        Q("183.1 bushels", 183.1, "bsh", h=0.05, subj="yield"),
    ),
    S(
        "Arabica coffee futures jumped 7% to $3.42 a pound, the highest since 1977, after frost hit "
        "15% of Brazil's growing area.",
        Q("7%", 7, "percent", subj="future"),
        Q("$3.42", 3.42, "USD", h=0.005),
        N("1977", YEAR),
        Q("15%", 15, "percent"),
    ),
    S(
        "India's wheat procurement reached 26.2 million tonnes by May 31, short of the government's "
        "target of 30-32 million tonnes.",
        Q("26.2 million tonnes", 26.2 * M, "t", h=0.05 * M, subj="procurement"),
        N("May 31", DATE),
        R("30-32 million tonnes", 30 * M, 32 * M, "t"),
    ),
    S(
        "Cocoa prices have more than tripled in 18 months, to about £7,900 a tonne in London.",
        Q("18 months", 18, "month"),
        Q("£7,900", 7900, "GBP", h=50, q="approx"),
    ),
    S(
        "Drought cut the olive harvest by half, to 620,000 tonnes, sending the price of extra "
        "virgin oil above €9 a litre.",
        Q("half", 0.5),
        Q("620,000 tonnes", 620000, "t", h=5000),
        Q("€9", 9, "EUR", q="more_than"),
    ),
    S(
        "Some 1.2 million head of cattle were lost in the floods, along with 4,500 hectares of "
        "maize.",
        Q("1.2 million", 1.2 * M, h=0.05 * M, q="approx", subj="cattle"),
        Q("4,500 hectares", 4500, "ha", h=50),
    ),
    S(
        "Palm oil stocks in Malaysia rose 9.6% in October to 2.46 million tonnes, the palm oil "
        "board said, the highest in 5 months.",
        Q("9.6%", 9.6, "percent", h=0.05, subj="stock", by="board"),
        Q("2.46 million tonnes", 2.46 * M, "t", h=0.005 * M, subj="stock", by="board"),
        Q("5 months", 5, "month"),
    ),
    S(
        "A hectare of irrigated rice now yields 6.8 tonnes on average, against 4.1 tonnes on "
        "rain-fed plots.",
        Q("6.8 tonnes", 6.8, "t", h=0.05),
        Q("4.1 tonnes", 4.1, "t", h=0.05),
    ),
    S(
        "The cooperative's 3,400 members delivered 58,000 litres of milk a day in June, 12% less "
        "than a year earlier, as feed costs rose to 41 cents a litre.",
        Q("3,400", 3400, h=50, subj="member"),
        Q("58,000 litres", 58000, "l", h=500),
        Q("12%", 12, "percent"),
        N("a year", REL),
        Q("41 cents", 0.41, "USD", subj="cost"),
    ),
    S(
        "Global sugar output is forecast at 179.3 million tonnes in 2024-25, a surplus of 1.3 "
        "million tonnes, the International Sugar Organization said.",
        Q("179.3 million tonnes", 179.3 * M, "t", h=0.05 * M, subj="output", by="Sugar"),
        N("2024-25", "season (years)"),
        Q("1.3 million tonnes", 1.3 * M, "t", h=0.05 * M, subj="surplus", by="Sugar"),
    ),
    S(
        "Locusts have stripped crops on about 70,000 hectares in the three provinces, the FAO "
        "estimates, threatening the food supply of 2.5 million people.",
        Q("70,000 hectares", 70000, "ha", h=3500, q="approx", by="FAO"),
        N("three", DEF),
        Q("2.5 million", 2.5 * M, h=0.05 * M, subj="people", by="FAO"),
    ),
    S(
        "Copper rose 1.8% to $9,615 a tonne on the London Metal Exchange, while aluminium slipped "
        "0.4% to $2,380.",
        Q("1.8%", 1.8, "percent", h=0.05, subj="copper"),
        Q("$9,615", 9615, "USD", subj="copper"),
        Q("0.4%", 0.4, "percent", h=0.05, subj="aluminium"),
        Q("$2,380", 2380, "USD", h=5, subj="aluminium"),
    ),
    S(
        "Egypt bought 420,000 tonnes of wheat at an average of $268.50 a tonne including freight, "
        "traders said.",
        Q("420,000 tonnes", 420000, "t", h=5000, by="traders"),
        Q("$268.50", 268.5, "USD", h=0.005, by="traders"),
    ),
    S(
        "Farm incomes fell by a fifth in 2023, to an average of €31,200 per worker, Eurostat data "
        "show.",
        Q("a fifth", 0.2, subj="income", period="2023", by="Eurostat"),
        N("2023", YEAR),
        Q("€31,200", 31200, "EUR", h=50, by="Eurostat"),
    ),
    S(
        "The vineyard produced just 1,900 litres of wine per hectare this year, a third of its "
        "usual yield.",
        Q("1,900 litres", 1900, "l", h=50),
        Q("a third", 1 / 3),
    ),
    S(
        "Bangladesh expects to import up to 1 million tonnes of rice in the fiscal year to June, a "
        "trade ministry official said.",
        Q("1 million tonnes", 1 * M, "t", h=0.5 * M, q="up_to", by="official"),
    ),
    S(
        "Prices paid to cocoa farmers in Ivory Coast will rise to 1,800 CFA francs per kilogram, up "
        "from 1,500 CFA francs, the government said.",
        Q("1,800 CFA francs", 1800, "XOF", h=50, subj="price", by="government"),
        Q("1,500 CFA francs", 1500, "XOF", h=50, by="government"),
    ),
    # --- batch 4: public health (rates per 100,000, coverage, life expectancy)
    S(
        "The measles rate in the district reached 48 per 100,000 children last year, against a "
        "national rate of 3.1 per 100,000.",
        Q("48 per 100,000", 48, whole=100000, subj="rate"),
        Q("3.1 per 100,000", 3.1, h=0.05, whole=100000),
    ),
    S(
        "Vaccination coverage for the first MMR dose fell to 89.2% in England, below the 95% the "
        "WHO says is needed to stop outbreaks.",
        N("first", ORD),
        Q("89.2%", 89.2, "percent", h=0.05, subj="coverage"),
        Q("95%", 95, "percent", by="WHO"),
    ),
    S(
        "Life expectancy at birth rose to 81.4 years for women and 77.9 years for men, the "
        "statistics office said, still below 2019 levels.",
        Q("81.4 years", 81.4, "year", h=0.05, subj="expectancy", by="statistics office"),
        Q("77.9 years", 77.9, "year", h=0.05, by="statistics office"),
        N("2019", YEAR),
    ),
    S(
        "Nearly one in four adults in the region has high blood pressure, but only 38% of them are "
        "being treated, the survey of 12,500 people found.",
        Q("one in four", 1, whole=4, q="below", subj="adult", by="survey"),
        Q("38%", 38, "percent", by="survey"),
        Q("12,500", 12500, h=50, subj="people"),
    ),
    S(
        "Deaths from drug poisoning reached 5,448 in 2023, the highest since records began in "
        "1993, with men accounting for 71% of them.",
        Q("5,448", 5448, subj="death", period="2023"),
        N("2023", YEAR),
        N("1993", YEAR),
        Q("71%", 71, "percent", whole=5448),
    ),
    S(
        "The hospital's A&E saw 412 patients on Monday, 97 of whom waited more than 12 hours for a "
        "bed.",
        Q("412", 412, subj="patient"),
        Q("97", 97, whole=412),
        Q("12 hours", 12, "hour", q="more_than"),
    ),
    S(
        "Childhood vaccination rates in the province have fallen from 91% to 79% in five years, "
        "leaving about 60,000 children unprotected, UNICEF said.",
        Q("91%", 91, "percent", subj="rate"),
        Q("79%", 79, "percent", subj="rate"),
        Q("five years", 5, "year"),
        Q("60,000", 60000, h=3000, q="approx", subj="child", by="UNICEF"),
    ),
    S(
        "Cancer survival at five years now stands at 55%, against 24% in the early 1970s.",
        Q("five years", 5, "year"),
        Q("55%", 55, "percent", subj="survival"),
        Q("24%", 24, "percent"),
        N("1970s", DECADE),
    ),
    S(
        "Obesity affects 29.5% of adults aged 18 and over, up 1.1 percentage points on the previous "
        "survey.",
        Q("29.5%", 29.5, "percent", h=0.05, subj="obesity"),
        Q("18", 18, "age_year", q="at_least"),
        Q("1.1 percentage points", 1.1, "percentage_point", h=0.05),
    ),
    S(
        "About 1 in 10 people over 65 have dementia, and the figure rises to one in three among "
        "those over 90.",
        Q("1 in 10", 1, whole=10, q="approx", subj="people"),
        Q("65", 65, "age_year", q="more_than"),
        Q("one in three", 1, whole=3),
        Q("90", 90, "age_year", q="more_than"),
    ),
    S(
        "The flu season has so far led to 14,200 hospital admissions and 1,370 deaths, the CDC "
        "estimates, with children under 5 making up a sixth of admissions.",
        Q("14,200", 14200, h=50, subj="admission", by="CDC"),
        Q("1,370", 1370, h=5, subj="death", by="CDC"),
        Q("5", 5, "age_year", q="less_than"),
        Q("a sixth", 1 / 6, whole=14200),
    ),
    S(
        "Maternal deaths fell to 223 per 100,000 live births globally in 2020, a drop of a third "
        "since 2000, the UN said.",
        Q("223 per 100,000", 223, whole=100000, subj="death", period="2020", by="UN"),
        N("2020", YEAR),
        Q("a third", 1 / 3, period="since 2000", by="UN"),
        N("2000", YEAR),
    ),
    S(
        "Tuberculosis killed 1.25 million people in 2023, including 161,000 with HIV, according to "
        "the WHO's annual report.",
        Q("1.25 million", 1.25 * M, h=0.005 * M, subj="people", period="2023", by="WHO"),
        N("2023", YEAR),
        Q("161,000", 161000, h=500, whole=1.25 * M, by="WHO"),
    ),
    S(
        "Nine in ten of the 3,200 care homes inspected reported staff shortages.",
        Q("Nine in ten", 9, whole=10),
        Q("3,200", 3200, h=50, subj="home"),
    ),
    S(
        "The new malaria vaccine cut clinical cases by 75% in children aged 5 to 17 months, a trial "
        "in 4 African countries found.",
        Q("75%", 75, "percent", by="trial"),
        R("5 to 17 months", 5, 17, "age_month"),
        Q("4", 4, subj="countr", by="trial"),
    ),
    S(
        "GP practices in the area have an average of 2,600 patients per doctor, against 1,700 "
        "nationally.",
        Q("2,600", 2600, h=50, subj="patient"),
        Q("1,700", 1700, h=50),
    ),
    S(
        "Suicide rates among men aged 45 to 64 rose to 25.1 per 100,000 in 2023, the highest for "
        "that group since 1999.",
        R("45 to 64", 45, 64, "age_year"),
        Q("25.1 per 100,000", 25.1, h=0.05, whole=100000, subj="rate", period="2023"),
        N("2023", YEAR),
        N("1999", YEAR),
    ),
    S(
        "The WHO said 14.5 million children missed out on any vaccine in 2023, up from 13.9 million "
        "in 2022.",
        Q("14.5 million", 14.5 * M, h=0.05 * M, subj="child", period="2023", by="WHO"),
        N("2023", YEAR),
        Q("13.9 million", 13.9 * M, h=0.05 * M, period="2022"),
        N("2022", YEAR),
    ),
    # --- batch 4: courts and crime (sentences in years and months, fines, bail)
    S(
        "The former finance director was jailed for six years and eight months and ordered to "
        "repay £2.7m within three months.",
        Q("six years and eight months", 6 + 8 / 12, "year"),
        Q("£2.7m", 2.7 * M, "GBP", h=0.05 * M),
        Q("three months", 3, "month"),
    ),
    S(
        "A judge set bail at $250,000 for the 34-year-old, who faces up to 15 years in prison on 3 "
        "counts of wire fraud.",
        Q("$250,000", 250000, "USD", h=5000, subj="bail"),
        Q("34-year-old", 34, "age_year"),
        Q("15 years", 15, "year", q="up_to"),
        Q("3", 3, subj="count"),
    ),
    S(
        "The regulator fined the bank €48.5 million (about $52 million) for failing to monitor 1.3 "
        "million suspicious transactions.",
        Q("€48.5 million", 48.5 * M, "EUR", h=0.05 * M),
        Q("$52 million", 52 * M, "USD", h=0.5 * M, q="approx"),
        Q("1.3 million", 1.3 * M, h=0.05 * M, subj="transaction"),
    ),
    S(
        "The court sentenced 12 of the 16 defendants to between 4 and 9 years, and acquitted the "
        "other 4.",
        Q("12", 12, whole=16),
        Q("16", 16, subj="defendant"),
        R("4 and 9 years", 4, 9, "year"),
        Q("4", 4, whole=16, occ=2),
    ),
    S(
        "Police recorded 6.7 million crimes in the year to June, down 3%, but fraud offences rose by "
        "19% to 3.2 million, the ONS said.",
        Q("6.7 million", 6.7 * M, h=0.05 * M, subj="crime", by="ONS"),
        Q("3%", 3, "percent", by="ONS"),
        Q("19%", 19, "percent", subj="offence", by="ONS"),
        Q("3.2 million", 3.2 * M, h=0.05 * M, subj="offence", by="ONS"),
    ),
    S(
        "The jury deliberated for 11 hours before convicting the 52-year-old on 7 of the 9 charges.",
        Q("11 hours", 11, "hour"),
        Q("52-year-old", 52, "age_year"),
        Q("7", 7, whole=9, subj="charge"),
        Q("9", 9, subj="charge"),
    ),
    S(
        "He was ordered to serve at least 28 years before being considered for parole.",
        Q("28 years", 28, "year", q="at_least"),
    ),
    S(
        "Customs officers seized 2.3 tonnes of cocaine with a street value of up to £180m, the "
        "National Crime Agency said.",
        Q("2.3 tonnes", 2.3, "t", h=0.05, by="Crime Agency"),
        Q("£180m", 180 * M, "GBP", h=0.5 * M, q="up_to", by="Crime Agency"),
    ),
    S(
        "The tech giant was ordered to pay 2.4 billion euros, a record for an antitrust case in the "
        "EU, and must change its practices within 90 days.",
        Q("2.4 billion euros", 2.4 * B, "EUR", h=0.05 * B),
        Q("90 days", 90, "day"),
    ),
    S(
        "Murders in the city fell 18% to 327 last year, while shootings dropped by a quarter, "
        "police data show.",
        Q("18%", 18, "percent", subj="murder", by="police"),
        Q("327", 327, subj="murder", by="police"),
        Q("a quarter", 0.25, subj="shooting", by="police"),
    ),
    S(
        "Of the 1,850 asylum appeals heard, 47% were allowed, up from 29% two years earlier.",
        Q("1,850", 1850, h=5, subj="appeal"),
        Q("47%", 47, "percent", whole=1850),
        Q("29%", 29, "percent"),
        N("two years earlier", REL),
    ),
    S(
        "The 19-year-old was given a suspended sentence of 18 months and 200 hours of unpaid work.",
        Q("19-year-old", 19, "age_year"),
        Q("18 months", 18, "month"),
        Q("200 hours", 200, "hour", h=10),
    ),
    S(
        "Courts in England had a backlog of 73,105 crown court cases at the end of June, 17,818 of "
        "which had been open for more than 12 months.",
        Q("73,105", 73105, subj="case"),
        Q("17,818", 17818, whole=73105),
        Q("12 months", 12, "month", q="more_than"),
    ),
    S(
        "The former mayor, 61, was fined 150,000 rupees and banned from public office for 5 years.",
        Q("61", 61, "age_year"),
        Q("150,000 rupees", 150000, "INR", h=5000),
        Q("5 years", 5, "year"),
    ),
    S(
        "Prosecutors said the gang stole at least 340 cars worth more than $19 million over three "
        "years.",
        Q("340", 340, h=5, q="at_least", subj="car", by="Prosecutors"),
        Q("$19 million", 19 * M, "USD", q="more_than", by="Prosecutors"),
        Q("three years", 3, "year"),
    ),
    S(
        "Bail was set at 5 million Hong Kong dollars, or about US$640,000, and the activist must "
        "report to police 3 times a week.",
        Q("5 million Hong Kong dollars", 5 * M, "HKD", h=0.5 * M, subj="bail"),
        Q("US$640,000", 640000, "USD", h=5000, q="approx"),
        Q("3", 3),
    ),
    S(
        "Knife crime offences involving under-18s rose 11% to 4,120, with 1 in 5 committed within "
        "500 metres of a school.",
        N("under-18s", "age group label"),
        Q("11%", 11, "percent", subj="offence"),
        Q("4,120", 4120, h=5, subj="offence"),
        Q("1 in 5", 1, whole=5),
        Q("500 metres", 500, "m", h=25),
    ),
    S(
        "The appeal court cut his sentence from life to 25 years, noting he had already served 14 "
        "years and 3 months.",
        Q("25 years", 25, "year", subj="sentence"),
        Q("14 years and 3 months", 14.25, "year"),
    ),
    S(
        "The five defendants received sentences ranging from 2 to 6 years.",
        N("five", DEF),
        R("2 to 6 years", 2, 6, "year", subj="sentence"),
    ),
    # --- batch 4: transport (passengers, delays, track, fares)
    S(
        "The airport handled 79.2 million passengers in 2024, 6.1% more than in 2023 but still 1.8 "
        "million short of its 2019 record.",
        Q("79.2 million", 79.2 * M, h=0.05 * M, subj="passenger", period="2024"),
        N("2024", YEAR),
        Q("6.1%", 6.1, "percent", h=0.05),
        N("2023", YEAR),
        Q("1.8 million", 1.8 * M, h=0.05 * M),
        N("2019", YEAR),
    ),
    S(
        "Only 61.3% of trains arrived within a minute of schedule, and 4.2% were cancelled, the "
        "rail regulator said.",
        Q("61.3%", 61.3, "percent", h=0.05, by="regulator"),
        Q("4.2%", 4.2, "percent", h=0.05, by="regulator"),
    ),
    S(
        "The 112 km high-speed line will cut the journey from 2 hours 10 minutes to 58 minutes and "
        "carry 40,000 passengers a day.",
        Q("112 km", 112, "km", subj="line"),
        Q("2 hours 10 minutes", 2 + 10 / 60, "hour"),
        Q("58 minutes", 58, "minute"),
        Q("40,000", 40000, h=2000, subj="passenger"),
    ),
    S(
        "Average delays on the ring road reached 23 minutes at peak times, up from 14 minutes in "
        "2019, the traffic survey found.",
        Q("23 minutes", 23, "minute", subj="delay", by="survey"),
        Q("14 minutes", 14, "minute", period="2019", by="survey"),
        N("2019", YEAR),
    ),
    S(
        "Network Rail will electrify 370 km of track by 2030 at a cost of £4.6bn, roughly £12.4m "
        "per kilometre.",
        Q("370 km", 370, "km", h=5, subj="track"),
        N("2030", YEAR),
        Q("£4.6bn", 4.6 * B, "GBP", h=0.05 * B, subj="cost"),
        Q("£12.4m", 12.4 * M, "GBP", h=0.05 * M, q="approx"),
    ),
    S(
        "Bus ridership has recovered to 87% of pre-pandemic levels, with 3.4 billion journeys made "
        "in the year to March.",
        Q("87%", 87, "percent", subj="ridership"),
        Q("3.4 billion", 3.4 * B, h=0.05 * B, subj="journey"),
    ),
    S(
        "The ferry, carrying 1,236 passengers and 318 vehicles, was delayed by almost 5 hours after "
        "a fire in the engine room.",
        Q("1,236", 1236, subj="passenger"),
        Q("318", 318, subj="vehicle"),
        Q("5 hours", 5, "hour", q="below"),
    ),
    S(
        "Electric cars made up 22.4% of new registrations in the first half, up from 16.8%, while "
        "petrol cars fell to 51%.",
        Q("22.4%", 22.4, "percent", h=0.05, subj="car"),
        N("first half", REL),
        Q("16.8%", 16.8, "percent", h=0.05),
        Q("51%", 51, "percent", subj="car"),
    ),
    S(
        "The metro's new Line 4 will run every 90 seconds at peak and add 19 stations to the "
        "network.",
        N("Line 4", REF),
        Q("90 seconds", 90, "second"),
        Q("19", 19, subj="station"),
    ),
    S(
        "A day ticket rises to $7.50 from $6, still about half the price of a single taxi ride.",
        Q("$7.50", 7.5, "USD", h=0.005, subj="ticket"),
        Q("$6", 6, "USD"),
        Q("half", 0.5, q="approx"),
    ),
    S(
        "Flights at the airport are capped at 480,000 a year, and a night ban runs from 23:30 to "
        "06:00.",
        Q("480,000", 480000, h=5000, subj="flight"),
        N("23:30", TIME),
        N("06:00", TIME),
    ),
    S(
        "Road deaths fell to 1,624 in 2023, the lowest since 2013, but cyclist deaths rose 9% to "
        "87.",
        Q("1,624", 1624, subj="death", period="2023"),
        N("2023", YEAR),
        N("2013", YEAR),
        Q("9%", 9, "percent", subj="death"),
        Q("87", 87, subj="death"),
    ),
    S(
        "The carmaker recalled 1.2 million vehicles in the US and 84,000 in Canada over a faulty "
        "rear-view camera.",
        Q("1.2 million", 1.2 * M, h=0.05 * M, subj="vehicle"),
        Q("84,000", 84000, h=500),
    ),
    S(
        "Container ships are now spending an extra 10 to 14 days at sea, adding roughly $1m in fuel "
        "to each Asia-Europe round trip.",
        R("10 to 14 days", 10, 14, "day"),
        Q("$1m", 1 * M, "USD", h=0.5 * M, q="approx"),
    ),
    S(
        "Cancellations on the line hit 8.9% in the four weeks to 15 March, with 1 in 3 services "
        "running late.",
        Q("8.9%", 8.9, "percent", h=0.05, subj="cancellation"),
        Q("four weeks", 4, "week"),
        N("15 March", DATE),
        Q("1 in 3", 1, whole=3, subj="service"),
    ),
    S(
        "The bridge carries 145,000 vehicles a day, over 3 times its design capacity, and needs "
        "£230m of repairs.",
        Q("145,000", 145000, h=500, subj="vehicle"),
        Q("3", 3, q="more_than"),
        Q("£230m", 230 * M, "GBP", h=0.5 * M),
    ),
    # --- batch 4: housing (rents, mortgage rates, price-to-income)
    S(
        "Average rents in the capital hit £2,252 a month in June, up 9.1% on a year earlier, "
        "swallowing 44% of a typical tenant's pay, Zoopla said.",
        Q("£2,252", 2252, "GBP", subj="rent", by="Zoopla"),
        Q("9.1%", 9.1, "percent", h=0.05, by="Zoopla"),
        N("a year", REL),
        Q("44%", 44, "percent", by="Zoopla"),
    ),
    S(
        "The average two-year fixed mortgage rate fell to 5.42% from 5.61%, according to "
        "Moneyfacts.",
        Q("two-year", 2, "year"),
        Q("5.42%", 5.42, "percent", h=0.005, subj="rate", by="Moneyfacts"),
        Q("5.61%", 5.61, "percent", h=0.005, by="Moneyfacts"),
    ),
    S(
        "House prices are now 8.3 times average earnings in England, against 3.6 times in 1997, "
        "the statistics office said.",
        Q("8.3", 8.3, h=0.05, subj="price", by="statistics office"),
        Q("3.6", 3.6, h=0.05, period="1997", by="statistics office"),
        N("1997", YEAR),
    ),
    S(
        "Builders completed 212,570 homes last year, well short of the government's target of "
        "300,000 a year.",
        Q("212,570", 212570, h=5, subj="home"),
        Q("300,000", 300000, h=15000),
    ),
    S(
        "A first-time buyer now needs a deposit of about £61,000, or 21% of the average price of "
        "£290,000.",
        N("first", ORD),
        Q("£61,000", 61000, "GBP", h=500, q="approx", subj="deposit"),
        Q("21%", 21, "percent", whole=290000),
        Q("£290,000", 290000, "GBP", h=5000, subj="price"),
    ),
    S(
        "The city's price-to-income ratio reached 12.6, the highest of 38 cities surveyed, and 1 in "
        "6 households spends more than 40% of income on rent.",
        Q("12.6", 12.6, h=0.05, subj="ratio"),
        Q("38", 38, subj="cit"),
        Q("1 in 6", 1, whole=6, subj="household"),
        Q("40%", 40, "percent", q="more_than"),
    ),
    S(
        "Homelessness applications rose 14% to 9,640 in the quarter, and 4,310 families with 8,900 "
        "children were in temporary accommodation.",
        Q("14%", 14, "percent", subj="application"),
        Q("9,640", 9640, h=5, subj="application"),
        N("quarter", REL),
        Q("4,310", 4310, h=5, subj="famil"),
        Q("8,900", 8900, h=50, subj="child"),
    ),
    S(
        "Mortgage approvals fell to 61,300 in October, from 65,600 in September, the Bank of "
        "England said.",
        Q("61,300", 61300, h=50, subj="approval", by="Bank of England"),
        Q("65,600", 65600, h=50, by="Bank of England"),
    ),
    S(
        "The development of 1,450 flats will include 35% affordable housing, or about 500 homes, "
        "with rents capped at 80% of market levels.",
        Q("1,450", 1450, h=5, subj="flat"),
        Q("35%", 35, "percent", whole=1450),
        Q("500", 500, h=25, q="approx", whole=1450, subj="home"),
        Q("80%", 80, "percent"),
    ),
    S(
        "Landlords sold 9,200 buy-to-let properties in the first quarter, 11% of all sales, while "
        "the number of rental listings dropped by almost a fifth.",
        Q("9,200", 9200, h=50, subj="propert"),
        N("first quarter", "quarter label"),
        Q("11%", 11, "percent"),
        Q("a fifth", 0.2, q="below", subj="listing"),
    ),
    S(
        "Tenants in the scheme pay between €480 and €720 a month for flats of 45 to 70 square "
        "metres.",
        R("€480 and €720", 480, 720, "EUR"),
        R("45 to 70 square metres", 45, 70, "m2"),
    ),
    S(
        "Prices in the suburb have risen by two-thirds since 2015, to a median of A$1.32 million, "
        "CoreLogic data show.",
        Q("two-thirds", 2 / 3, subj="price", period="since 2015", by="CoreLogic"),
        N("2015", YEAR),
        Q("A$1.32 million", 1.32 * M, "AUD", h=0.005 * M, by="CoreLogic"),
    ),
    S(
        "Nearly 40% of renters aged 25 to 34 say they will never own a home, a survey of 2,000 "
        "adults found.",
        Q("40%", 40, "percent", q="below", by="survey"),
        R("25 to 34", 25, 34, "age_year"),
        Q("2,000", 2000, h=100, subj="adult"),
    ),
    S(
        "The 30-year fixed rate averaged 6.85% this week, up from 6.72% a week earlier, Freddie "
        "Mac said.",
        Q("30-year", 30, "year"),
        Q("6.85%", 6.85, "percent", h=0.005, subj="rate", by="Freddie Mac"),
        Q("6.72%", 6.72, "percent", h=0.005, by="Freddie Mac"),
        N("a week", REL),
    ),
    S(
        "Council housing waiting lists hold 1.33 million households, up 3.8%, and 117,450 "
        "households are in temporary accommodation, with 151,630 children between them.",
        Q("1.33 million", 1.33 * M, h=0.005 * M, subj="household"),
        Q("3.8%", 3.8, "percent", h=0.05),
        Q("117,450", 117450, h=5, subj="household"),
        Q("151,630", 151630, h=5, subj="child"),
    ),
    S(
        "Economists expect house prices to rise 2–3% next year and rents by 4–5%.",
        R("2–3%", 2, 3, "percent", subj="price"),
        R("4–5%", 4, 5, "percent"),
    ),
    # --- batch 4: international aid and sanctions (several currencies, bracketed conversions)
    S(
        "Japan pledged ¥150 billion (about $1.1 billion) in grants and loans for reconstruction, on "
        "top of the $4.5 billion it has already provided.",
        Q("¥150 billion", 150 * B, "JPY", h=0.5 * B),
        Q("$1.1 billion", 1.1 * B, "USD", h=0.05 * B, q="approx"),
        Q("$4.5 billion", 4.5 * B, "USD", h=0.05 * B),
    ),
    S(
        "The EU's 15th sanctions package adds 54 individuals and 30 entities to its list, bringing "
        "the total to more than 2,200.",
        N("15th", ORD),
        Q("54", 54, subj="individual"),
        Q("30", 30, subj="entit"),
        Q("2,200", 2200, q="more_than", subj="total"),
    ),
    S(
        "Germany will provide a further €1.4 billion ($1.52 billion) in military aid, including 3 "
        "IRIS-T systems and 120,000 artillery shells.",
        Q("€1.4 billion", 1.4 * B, "EUR", h=0.05 * B),
        Q("$1.52 billion", 1.52 * B, "USD", h=0.005 * B),
        Q("3", 3, subj="system"),
        Q("120,000", 120000, h=5000, subj="shell"),
    ),
    S(
        "The UN appealed for $4.2 billion to help 9.3 million people this year, but by June donors "
        "had given only 17% of that amount.",
        Q("$4.2 billion", 4.2 * B, "USD", h=0.05 * B, by="UN"),
        Q("9.3 million", 9.3 * M, h=0.05 * M, subj="people", by="UN"),
        Q("17%", 17, "percent", whole=4.2 * B),
    ),
    S(
        "Frozen Russian assets of around €210 billion are held at Euroclear, which earned €4.4 "
        "billion in interest on them last year.",
        Q("€210 billion", 210 * B, "EUR", h=0.5 * B, q="approx", subj="asset"),
        Q("€4.4 billion", 4.4 * B, "EUR", h=0.05 * B),
    ),
    S(
        "The World Bank approved a $750 million loan to Pakistan, its third this year, taking its "
        "lending to the country to $2.1 billion since July 2023.",
        Q("$750 million", 750 * M, "USD", h=0.5 * M, subj="loan"),
        N("third", ORD),
        Q("$2.1 billion", 2.1 * B, "USD", h=0.05 * B, subj="lending", period="since 2023-07"),
        N("2023", DATE),
    ),
    S(
        "Britain will give £2.26 billion (roughly $2.9 billion) from the windfall profits on frozen "
        "Russian assets, the Treasury said.",
        Q("£2.26 billion", 2.26 * B, "GBP", h=0.005 * B, by="Treasury"),
        Q("$2.9 billion", 2.9 * B, "USD", h=0.05 * B, q="approx", by="Treasury"),
    ),
    S(
        "Sanctions have cut Iran's oil exports from 2.5 million barrels a day to about 400,000, "
        "according to tanker trackers.",
        Q("2.5 million barrels", 2.5 * M, "bbl", h=0.05 * M, subj="export", by="tracker"),
        Q("400,000", 400000, h=20000, q="approx", by="tracker"),
    ),
    S(
        "Canada announced C$500 million in new aid and sanctions on 76 people and 10 ships of "
        "Russia's 'shadow fleet'.",
        Q("C$500 million", 500 * M, "CAD", h=0.5 * M, subj="aid"),
        Q("76", 76, subj="people"),
        Q("10", 10, subj="ship"),
    ),
    S(
        "Aid deliveries fell to an average of 69 trucks a day in October, against 500 before the "
        "war, while fuel allowed in covered a fifth of needs.",
        Q("69", 69, subj="truck"),
        Q("500", 500, h=25),
        Q("a fifth", 0.2),
    ),
    S(
        "The US has committed about $66 billion in military assistance since February 2022, "
        "including more than 3,000 Javelin missiles.",
        Q(
            "$66 billion",
            66 * B,
            "USD",
            h=0.5 * B,
            q="approx",
            subj="assistance",
            period="since 2022-02",
        ),
        N("2022", DATE),
        Q("3,000", 3000, q="more_than", subj="missile"),
    ),
    S(
        "Norway will give 50 billion kroner (about $4.7 billion) over five years, with 7.5 billion "
        "kroner set aside for energy repairs.",
        Q("50 billion kroner", 50 * B, "NOK", h=0.5 * B),
        Q("$4.7 billion", 4.7 * B, "USD", h=0.05 * B, q="approx"),
        Q("five years", 5, "year"),
        Q("7.5 billion kroner", 7.5 * B, "NOK", h=0.05 * B, whole=50 * B),
    ),
    S(
        "The IMF disbursed $1.6 billion after its second review of the 48-month programme, "
        "bringing the total to $5.2 billion.",
        Q("$1.6 billion", 1.6 * B, "USD", h=0.05 * B),
        N("second", ORD),
        Q("48-month", 48, "month"),
        Q("$5.2 billion", 5.2 * B, "USD", h=0.05 * B, subj="total"),
    ),
    S(
        "Exports of dual-use goods from the EU to Kyrgyzstan rose 25-fold between 2021 and 2023, to "
        "€610 million, the Kiel Institute estimates.",
        Q("25", 25),
        N("2021", YEAR),
        N("2023", YEAR),
        Q("€610 million", 610 * M, "EUR", h=0.5 * M, subj="export", by="Kiel"),
    ),
    S(
        "Of the $12.4 billion pledged at the conference, $3.1 billion came from Gulf states and €2.2 "
        "billion from the EU.",
        Q("$12.4 billion", 12.4 * B, "USD", h=0.05 * B),
        Q("$3.1 billion", 3.1 * B, "USD", h=0.05 * B, whole=12.4 * B),
        Q("€2.2 billion", 2.2 * B, "EUR", h=0.05 * B, whole=12.4 * B),
    ),
    # --- batch 4: technology (users, downloads, storage, prices in several currencies)
    S(
        "The messaging app now has 2.1 billion monthly users, 410 million of them in India, and "
        "handles about 100 billion messages a day.",
        Q("2.1 billion", 2.1 * B, h=0.05 * B, subj="user"),
        Q("410 million", 410 * M, h=0.5 * M, whole=2.1 * B),
        Q("100 billion", 100 * B, h=0.5 * B, q="approx", subj="message"),
    ),
    S(
        "The phone starts at $799 in the US, £799 in Britain and €949 in the euro zone, with 256GB "
        "of storage.",
        Q("$799", 799, "USD"),
        Q("£799", 799, "GBP"),
        Q("€949", 949, "EUR"),
        Q("256GB", 256, "GB"),
    ),
    S(
        "The game was downloaded 12 million times in its first 48 hours, generating roughly ¥4.8 "
        "billion in sales.",
        Q("12 million", 12 * M, h=0.5 * M),
        N("first", ORD),
        Q("48 hours", 48, "hour"),
        Q("¥4.8 billion", 4.8 * B, "JPY", h=0.05 * B, q="approx"),
    ),
    S(
        "The outage lasted 3 hours and 47 minutes and affected about 8.5 million Windows machines, "
        "less than 1% of the total, the company said.",
        Q("3 hours and 47 minutes", 3 + 47 / 60, "hour"),
        Q("8.5 million", 8.5 * M, h=0.05 * M, q="approx", subj="machine", by="company"),
        Q("1%", 1, "percent", q="less_than", by="company"),
    ),
    S(
        "Prices for a 2TB solid-state drive have dropped to about $110, a third of what they were "
        "in 2021.",
        Q("2TB", 2, "TB"),
        Q("$110", 110, "USD", h=5, q="approx", subj="price"),
        Q("a third", 1 / 3),
        N("2021", YEAR),
    ),
    S(
        "The startup raised $640m at a valuation of $8.2bn, and says its chatbot has 45 million "
        "weekly users in 120 countries.",
        Q("$640m", 640 * M, "USD", h=0.5 * M),
        Q("$8.2bn", 8.2 * B, "USD", h=0.05 * B, subj="valuation"),
        Q("45 million", 45 * M, h=0.5 * M, subj="user"),
        Q("120", 120, h=5, subj="countr"),
    ),
    S(
        "Netflix added 5.1 million subscribers in the quarter, taking the total to 282.7 million, "
        "ahead of the 4.5 million analysts expected.",
        Q("5.1 million", 5.1 * M, h=0.05 * M, subj="subscriber"),
        N("quarter", REL),
        Q("282.7 million", 282.7 * M, h=0.05 * M),
        Q("4.5 million", 4.5 * M, h=0.05 * M),
    ),
    S(
        "The chip packs 208 billion transistors and draws up to 1.2 kilowatts of power.",
        Q("208 billion", 208 * B, h=0.5 * B, subj="transistor"),
        Q("1.2 kilowatts", 1.2, "kW", h=0.05, q="up_to"),
    ),
    S(
        "The ransomware gang demanded $3.4 million in bitcoin and leaked 1.7 TB of records "
        "belonging to 390,000 patients.",
        Q("$3.4 million", 3.4 * M, "USD", h=0.05 * M),
        Q("1.7 TB", 1.7, "TB", h=0.05),
        Q("390,000", 390000, h=5000, subj="patient"),
    ),
    S(
        "Broadband speeds in rural areas average 38 Mbps, a quarter of the 152 Mbps recorded in "
        "cities, Ofcom said.",
        Q("38 Mbps", 38, "Mbps", subj="speed", by="Ofcom"),
        Q("a quarter", 0.25, whole=152, by="Ofcom"),
        Q("152 Mbps", 152, "Mbps", by="Ofcom"),
    ),
    S(
        "The subscription will cost ₹499 a month in India, where the service has 31 million users, "
        "against $15.99 in the US.",
        Q("₹499", 499, "INR", subj="subscription"),
        Q("31 million", 31 * M, h=0.5 * M, subj="user"),
        Q("$15.99", 15.99, "USD", h=0.005),
    ),
    S(
        "Smartphone shipments grew 6.4% to 1.22 billion units in 2024, with the top five brands "
        "taking 79% of the market, IDC said.",
        Q("6.4%", 6.4, "percent", h=0.05, subj="shipment", by="IDC"),
        Q("1.22 billion", 1.22 * B, h=0.005 * B, subj="unit", period="2024", by="IDC"),
        N("2024", YEAR),
        N("five", DEF),
        Q("79%", 79, "percent", by="IDC"),
    ),
    S(
        "The satellite network has 6,700 satellites in orbit serving 4 million customers in 100 "
        "markets, and plans to launch as many as 12,000 more.",
        Q("6,700", 6700, h=50, subj="satellite"),
        Q("4 million", 4 * M, h=0.5 * M, subj="customer"),
        Q("100", 100, h=5, subj="market"),
        Q("12,000", 12000, q="up_to"),
    ),
    S(
        "The breach exposed the personal data of 9.4 million customers, about one in three "
        "Australians, the telecom operator said.",
        Q("9.4 million", 9.4 * M, h=0.05 * M, subj="customer", by="operator"),
        Q("one in three", 1, whole=3, q="approx", by="operator"),
    ),
    S(
        "The console sold 4.2 million units in four weeks and costs ¥49,980 in Japan and $449.99 "
        "elsewhere.",
        Q("4.2 million", 4.2 * M, h=0.05 * M, subj="unit"),
        Q("four weeks", 4, "week"),
        Q("¥49,980", 49980, "JPY", h=5),
        Q("$449.99", 449.99, "USD", h=0.005),
    ),
    S(
        "Users aged 13 to 17 spend an average of 4.8 hours a day on social media, and 46% say they "
        "are online 'almost constantly', a Pew survey found.",
        R("13 to 17", 13, 17, "age_year"),
        Q("4.8 hours", 4.8, "hour", h=0.05, by="Pew"),
        Q("46%", 46, "percent", by="Pew"),
    ),
    # --- batch 4: climate (CO2 in tonnes, °C and °F, sea level in mm)
    S(
        "Global CO2 emissions from fossil fuels rose 0.8% to a record 37.4 billion tonnes in 2024, "
        "the Global Carbon Project estimated.",
        N("CO2", "chemical formula"),
        Q("0.8%", 0.8, "percent", h=0.05, subj="emission", by="Carbon Project"),
        Q(
            "37.4 billion tonnes",
            37.4 * B,
            "t",
            h=0.05 * B,
            subj="emission",
            period="2024",
            by="Carbon Project",
        ),
        N("2024", YEAR),
    ),
    S(
        "Last year was 1.55C warmer than the pre-industrial average, the first calendar year above "
        "the 1.5C limit, the WMO said.",
        Q("1.55C", 1.55, "degC", h=0.005, by="WMO"),
        N("first", ORD),
        Q("1.5C", 1.5, "degC", h=0.05, by="WMO"),
    ),
    S(
        "Phoenix reached 118°F (47.8°C) on Tuesday, its 19th straight day above 110°F.",
        Q("118°F", 118, "degF"),
        Q("47.8°C", 47.8, "degC", h=0.05),
        N("19th", ORD),
        Q("110°F", 110, "degF", h=5, q="more_than"),
    ),
    S(
        "Global sea level has risen by 21 to 24 centimetres since 1880, and the rate has more than "
        "doubled to 4.5 mm a year.",
        R("21 to 24 centimetres", 21, 24, "cm", period="since 1880"),
        N("1880", YEAR),
        Q("4.5 mm", 4.5, "mm", h=0.05, subj="rate"),
    ),
    S(
        "The coal plant emits 11.6 million tonnes of CO2 a year, as much as 2.5 million cars, "
        "according to the environmental group.",
        Q("11.6 million tonnes", 11.6 * M, "t", h=0.05 * M, by="group"),
        N("CO2", "chemical formula"),
        Q("2.5 million", 2.5 * M, h=0.05 * M, subj="car", by="group"),
    ),
    S(
        "Arctic sea ice shrank to 4.28 million square kilometres in September, the 6th lowest on "
        "record, and 1.5 million sq km below the 1981-2010 average.",
        Q("4.28 million square kilometres", 4.28 * M, "km2", h=0.005 * M, subj="ice"),
        Q("6th", 6, "rank"),
        Q("1.5 million sq km", 1.5 * M, "km2", h=0.05 * M),
        N("1981-2010", "reference period (years)"),
    ),
    S(
        "The EU aims to cut net greenhouse gas emissions by 90% by 2040 compared with 1990 levels, "
        "up from a 55% target for 2030.",
        Q("90%", 90, "percent"),
        N("2040", YEAR),
        N("1990", YEAR),
        Q("55%", 55, "percent", subj="target"),
        N("2030", YEAR),
    ),
    S(
        "Temperatures in the city dropped to -27°C (-17°F) overnight, and 140,000 homes lost "
        "heating.",
        Q("-27°C", -27, "degC", subj="temperature"),
        Q("-17°F", -17, "degF"),
        Q("140,000", 140000, h=5000, subj="home"),
    ),
    S(
        "Glaciers in the Alps lost 4% of their remaining volume in 2023, after a record 6% loss in "
        "2022, Swiss monitors said.",
        Q("4%", 4, "percent", subj="glacier", period="2023", by="monitors"),
        N("2023", YEAR),
        Q("6%", 6, "percent", period="2022", by="monitors"),
        N("2022", YEAR),
    ),
    S(
        "The country's emissions fell 5.4% to 383 million tonnes of CO2 equivalent, half the 1990 "
        "level, the environment agency said.",
        Q("5.4%", 5.4, "percent", h=0.05, subj="emission", by="agency"),
        Q("383 million tonnes", 383 * M, "t", h=0.5 * M, subj="emission", by="agency"),
        N("CO2", "chemical formula"),
        Q("half", 0.5, by="agency"),
        N("1990", YEAR),
    ),
    S(
        "Rising seas could displace up to 190 million people by 2100 if warming reaches 2 to 3 "
        "degrees Celsius, the study estimated.",
        Q("190 million", 190 * M, h=0.5 * M, q="up_to", subj="people", by="study"),
        N("2100", YEAR),
        R("2 to 3 degrees Celsius", 2, 3, "degC", by="study"),
    ),
    S(
        "Solar and wind generated 30.3% of the world's electricity in 2024, against 8.2% a decade "
        "earlier, the think tank Ember said.",
        Q("30.3%", 30.3, "percent", h=0.05, period="2024", by="Ember"),
        N("2024", YEAR),
        Q("8.2%", 8.2, "percent", h=0.05, by="Ember"),
        N("a decade", REL),
    ),
    S(
        "Heat killed an estimated 47,690 people in Europe in 2023, with a rate of 393 per million "
        "in Greece, the highest.",
        Q("47,690", 47690, h=5, q="approx", subj="people", period="2023"),
        N("2023", YEAR),
        Q("393 per million", 393, whole=1 * M, subj="rate"),
    ),
    S(
        "The 2.3 GW nuclear plant will avoid about 9 million tonnes of CO2 a year, the equivalent "
        "of taking 4 million cars off the road.",
        Q("2.3 GW", 2.3, "GW", h=0.05),
        Q("9 million tonnes", 9 * M, "t", h=0.5 * M, q="approx"),
        N("CO2", "chemical formula"),
        Q("4 million", 4 * M, h=0.5 * M, subj="car"),
    ),
    S(
        "Antarctic ice loss is adding 0.4 mm a year to sea levels, and the melting of the West "
        "Antarctic sheet alone could raise them by 3.3 metres.",
        Q("0.4 mm", 0.4, "mm", h=0.05),
        Q("3.3 metres", 3.3, "m", h=0.05),
    ),
    S(
        "July's average global temperature was 16.95°C (62.51°F), 0.72°C above the 1991-2020 "
        "average for the month.",
        Q("16.95°C", 16.95, "degC", h=0.005, subj="temperature"),
        Q("62.51°F", 62.51, "degF", h=0.005),
        Q("0.72°C", 0.72, "degC", h=0.005),
        N("1991-2020", "reference period (years)"),
    ),
    S(
        "Humanity has emitted roughly 2,500 gigatonnes of CO2 since 1850, leaving a budget of about "
        "200 gigatonnes for 1.5C.",
        Q("2,500 gigatonnes", 2500, "Gt", h=50, q="approx", period="since 1850"),
        N("CO2", "chemical formula"),
        N("1850", YEAR),
        Q("200 gigatonnes", 200, "Gt", h=10, q="approx", subj="budget"),
        Q("1.5C", 1.5, "degC", h=0.05),
    ),
    # --- batch 4: hedges in less common wording, number words, points against percent
    S(
        "Just under 4,000 of the festival's 52,000 tickets went to local residents, organisers "
        "said.",
        Q("4,000", 4000, h=200, q="below", whole=52000, by="organisers"),
        Q("52,000", 52000, h=500, subj="ticket", by="organisers"),
    ),
    S(
        "No fewer than 14 ministers have resigned since July, the most in a single year since 1979.",
        Q("14", 14, q="at_least", subj="minister"),
        N("1979", YEAR),
    ),
    S(
        "Upwards of 250,000 fans are expected in the city for the final.",
        Q("250,000", 250000, q="more_than", subj="fan"),
    ),
    S(
        "Each household can claim at most £400, and families with 3 or more children get an extra "
        "£150.",
        Q("£400", 400, "GBP", q="up_to"),
        Q("3", 3, q="at_least", subj="child"),
        Q("£150", 150, "GBP", h=5),
    ),
    S(
        "Close to 70% of the 8,400 nurses surveyed said they had worked unpaid overtime, the union "
        "said.",
        Q("70%", 70, "percent", q="below", whole=8400, by="union"),
        Q("8,400", 8400, h=50, subj="nurse", by="union"),
    ),
    S(
        "Flights of 1,500 miles or fewer will be hit hardest by the tax, which adds €12 to each "
        "ticket.",
        Q("1,500 miles", 1500, "mi", h=50, q="up_to"),
        Q("€12", 12, "EUR"),
    ),
    S(
        "A dozen ambulances and twenty-three fire engines were sent to the scene.",
        Q("A dozen", 12, subj="ambulance"),
        Q("twenty-three", 23, subj="engine"),
    ),
    S(
        "Three hundred and forty workers will lose their jobs when the plant closes in two and a "
        "half years.",
        Q("Three hundred and forty", 340, subj="worker"),
        Q("two and a half years", 2.5, "year"),
    ),
    S(
        "Support for the party fell 8.6 percentage points to 23.7%, a drop of more than a quarter.",
        Q("8.6 percentage points", 8.6, "percentage_point", h=0.05),
        Q("23.7%", 23.7, "percent", h=0.05, subj="support"),
        Q("a quarter", 0.25, q="more_than"),
    ),
    S(
        "Unemployment rose from 5% to 6%, an increase of 1 percentage point but of 20 per cent in "
        "the number of jobless.",
        Q("5%", 5, "percent", subj="unemployment"),
        Q("6%", 6, "percent", subj="unemployment"),
        Q("1 percentage point", 1, "percentage_point"),
        Q("20 per cent", 20, "percent"),
    ),
    # --- batch 4: ranks and ages
    S(
        "The university rose to 34th in the global rankings, out of 1,500 institutions, its best "
        "placing since 2016.",
        Q("34th", 34, "rank", whole=1500),
        Q("1,500", 1500, h=50, subj="institution"),
        N("2016", YEAR),
    ),
    S(
        "Norway ranked first and Denmark second in the index, with the UK 17th of 167 countries.",
        Q("first", 1, "rank"),
        Q("second", 2, "rank"),
        Q("17th", 17, "rank", whole=167),
        Q("167", 167, subj="countr"),
    ),
    S(
        "The chancellor, 58, and her deputy, aged 41, are the youngest team to run the ministry.",
        Q("58", 58, "age_year"),
        Q("41", 41, "age_year"),
    ),
    # --- batch 4: look-alikes that are not claims (index names, product names, phone lines,
    # chemical formulas, reference periods)
    S(
        "The Airbus A321XLR made its first commercial flight on 13 November, from Madrid to Boston.",
        N("A321XLR", MODEL),
        N("first", ORD),
        N("13 November", DATE),
    ),
    S(
        "Under Section 230, platforms are not liable for what users post, the 1996 law says.",
        N("230", LAW),
        N("1996", YEAR),
    ),
    S(
        "The S&P 500 closed at a record 5,667.56, and the FTSE 100 slipped 0.2%.",
        N("S&P 500", "index name"),
        Q("5,667.56", 5667.56, h=0.005),
        N("FTSE 100", "index name"),
        Q("0.2%", 0.2, "percent", h=0.05),
    ),
    S(
        "Tickets for the 7.45pm show on Friday 14 February cost £25.",
        N("7.45pm", TIME),
        N("14 February", DATE),
        Q("£25", 25, "GBP", subj="ticket"),
    ),
    S(
        "The PlayStation 5 Pro and the iPhone 16 both went on sale in the autumn of 2024.",
        N("5", MODEL),
        N("16", MODEL),
        N("2024", YEAR),
    ),
    S(
        "A 4.5 magnitude tremor was felt in Tbilisi at 03:17 local time; no one was injured.",
        Q("4.5 magnitude", 4.5, "magnitude", h=0.05),
        N("03:17", TIME),
        N("one", "pronoun 'no one', not a count"),
    ),
    S(
        "The 1st Battalion, Royal Welsh, returned from Estonia on 2 December after six months.",
        N("1st", ORD),
        N("2 December", DATE),
        Q("six months", 6, "month"),
    ),
    S(
        "Please call 0800 555 0199 or text 85258 if you need support.",
        N("0800 555 0199", PHONE),
        N("85258", PHONE),
    ),
    S(
        "The summit in Baku, COP29, ended two days late, at 2.40am on 24 November.",
        N("COP29", MODEL),
        Q("two days", 2, "day"),
        N("2.40am", TIME),
        N("24 November", DATE),
    ),
    S(
        "Chapter 11 protection allows the airline to keep flying while it restructures.",
        N("11", LAW),
    ),
    S(
        "The 747-8F freighter rolled out of the Everett plant in the 1990s-style livery of its first "
        "customer.",
        N("747-8F", MODEL),
        N("1990s", DECADE),
        N("first", ORD),
    ),
    S(
        "Flat 3, 27 Marsh Lane, was searched by officers on Tuesday.",
        N("Flat 3, 27 Marsh Lane", ADDR),
    ),
    S(
        "He first ran for office in 2012, the year of the London Olympics, and won a second term in "
        "2020.",
        N("first", ORD),
        N("2012", YEAR),
        N("second", ORD),
        N("2020", YEAR),
    ),
    S(
        "Hundreds of flights were delayed and dozens cancelled as fog settled over the airport.",
        N("Hundreds", VAGUE),
        N("dozens", VAGUE),
    ),
    S(
        "The regulation, EU 2023/1115, bans imports linked to deforestation after 31 December 2020.",
        N("2023/1115", LAW),
        N("31 December", DATE),
        N("2020", DATE),
    ),
    S(
        "Season 2 of the series drew viewers from 90 countries in its opening week.",
        N("Season 2", REF),
        Q("90", 90, subj="countr"),
    ),
    S(
        "The one-off payment will go to pensioners in the spring, the minister confirmed.",
        N("one-off", "'one-off', not a count"),
    ),
    S(
        "Veterans gathered for the 80th anniversary of D-Day on 6 June.",
        N("80th", ORD),
        N("6 June", DATE),
    ),
    # --- batch 5: war in Ukraine, drones and missiles (air force and ministry reporting)
    S(
        "The Air Force reported that 87 of the 124 drones launched overnight were shot down and "
        "another 29 were lost to electronic jamming.",
        Q("87", 87, whole=124, subj="drone", by="Air Force"),
        Q("124", 124, subj="drone", by="Air Force"),
        Q("29", 29, by="Air Force"),
    ),
    S(
        "Russia launched 6 Kh-101 cruise missiles and 73 Shahed-136 drones, of which 58 were "
        "downed, according to the air force.",
        Q("6", 6, subj="missile", by="air force"),
        N("Kh-101", MODEL),
        Q("73", 73, subj="drone", by="air force"),
        N("Shahed-136", MODEL),
        Q("58", 58, whole=73, by="air force"),
    ),
    S(
        "Air defences intercepted 31 of 40 missiles, including all 4 Kinzhal hypersonic missiles, "
        "the military said in a statement.",
        Q("31", 31, whole=40, subj="missile", by="military"),
        Q("40", 40, subj="missile", by="military"),
        Q("4", 4, subj="missile", by="military"),
    ),
    S(
        "A Patriot PAC-3 battery shot down 2 Iskander-M ballistic missiles over Kyiv, officials said.",
        N("PAC-3", MODEL),
        Q("2", 2, subj="missile", by="officials"),
    ),
    S(
        "Moscow said its air defences destroyed 112 Ukrainian drones over 9 regions, including 41 "
        "over the Belgorod region.",
        Q("112", 112, subj="drone", by="Moscow"),
        Q("9", 9, subj="region"),
        Q("41", 41, whole=112, by="Moscow"),
    ),
    S(
        "Nearly 1,500 Shahed drones were fired at Ukraine in a single month, the highest total since "
        "the full-scale invasion began.",
        Q("1,500", 1500, h=50, q="below", subj="drone"),
    ),
    S(
        "At least 3 Tu-95 bombers took part in the attack, which lasted about seven hours.",
        Q("3", 3, q="at_least", subj="bomber"),
        N("Tu-95", MODEL),
        Q("seven hours", 7, "hour", q="approx"),
    ),
    S(
        "The ministry said in a statement that 14 of the 19 cruise missiles had been intercepted "
        "before reaching the capital.",
        Q("14", 14, whole=19, subj="missile", by="ministry"),
        Q("19", 19, subj="missile", by="ministry"),
    ),
    S(
        "Ukraine struck an oil depot about 1,200 km from the border with a long-range drone, a "
        "security source said.",
        Q("1,200 km", 1200, "km", h=50, q="approx", by="security source"),
    ),
    S(
        "Russian forces launched more than 4,000 guided aerial bombs in March, the commander said.",
        Q("4,000", 4000, q="more_than", subj="bomb", by="commander"),
    ),
    S(
        "Since February 2022, Russia has fired over 9,600 missiles at Ukrainian cities, Kyiv "
        "estimates.",
        N("2022", YEAR),
        Q("9,600", 9600, q="more_than", subj="missile", period="since 2022-02", by="Kyiv"),
    ),
    S(
        "Two Su-34 jets were shot down over the Donetsk region in 48 hours, the Ukrainian military "
        "claimed.",
        Q("Two", 2, subj="jet", by="military"),
        N("Su-34", MODEL),
        Q("48 hours", 48, "hour"),
    ),
    S(
        "Of the 65 drones launched, 40 were shot down, 18 lost their way and 7 hit targets, the "
        "Air Force said.",
        Q("65", 65, subj="drone", by="Air Force"),
        Q("40", 40, whole=65, by="Air Force"),
        Q("18", 18, whole=65, by="Air Force"),
        Q("7", 7, whole=65, by="Air Force"),
    ),
    S(
        "Ukraine has so far received 6 F-16 fighters from the Netherlands and Denmark, out of some "
        "85 pledged.",
        Q("6", 6, whole=85, subj="fighter"),
        N("F-16", MODEL),
        Q("85", 85, q="approx"),
    ),
    S(
        "The barrage of 267 drones on Sunday was the largest of the war, the air force spokesman "
        "said.",
        Q("267", 267, subj="drone", by="spokesman"),
    ),
    S(
        "A Kh-22 missile fired from a Tu-22M3 bomber hit a shopping centre, killing at least 21 "
        "people.",
        N("Kh-22", MODEL),
        N("Tu-22M3", MODEL),
        Q("21", 21, q="at_least", subj="people"),
    ),
    S(
        "Russia's defence ministry claimed its forces had destroyed 3 HIMARS launchers and "
        "around 50 drones in a day.",
        Q("3", 3, subj="launcher", by="defence ministry"),
        Q("50", 50, q="approx", subj="drone", by="defence ministry"),
    ),
    S(
        "Interceptors for the Patriot system cost about $4 million each, roughly 200 times the price "
        "of the drones they bring down.",
        Q("$4 million", 4 * M, "USD", h=0.5 * M, q="approx", subj="interceptor"),
        Q("200", 200, h=10, q="approx"),
    ),
    S(
        "Mobile fire groups armed with machine guns account for about a third of the drones "
        "destroyed, the air force estimates.",
        Q("a third", 1 / 3, q="approx", by="air force"),
    ),
    S(
        "Between 10 and 15 drones a night are still getting through to the city of Kharkiv, the "
        "mayor said.",
        R("10 and 15", 10, 15, subj="drone", by="mayor"),
    ),
    S(
        "The strike by a single Iskander missile on the 47th Brigade's training ground killed 19 "
        "soldiers.",
        N("47th", ORD),
        Q("19", 19, subj="soldier"),
    ),
    S(
        "Ukraine's navy said it had sunk or damaged a third of Russia's Black Sea Fleet, some 27 "
        "vessels.",
        Q("a third", 1 / 3, by="navy"),
        Q("27", 27, q="approx", subj="vessel", by="navy"),
    ),
    S(
        "The ATACMS missiles, with a range of up to 300 km, were used for the first time against "
        "airfields in Berdiansk and Luhansk.",
        Q("300 km", 300, "km", q="up_to", subj="range"),
        N("first", ORD),
    ),
    S(
        "Air raid alerts lasted a total of 9 hours and 40 minutes in Kyiv on Tuesday, the city "
        "administration said.",
        Q("9 hours and 40 minutes", 9 + 40 / 60, "hour", by="administration"),
    ),
    S(
        "The Russian military said it had shot down 337 Ukrainian drones, 126 of them over the "
        "Kursk region, the largest such attack it has reported.",
        Q("337", 337, subj="drone", by="military"),
        Q("126", 126, whole=337, by="military"),
    ),
    # --- batch 5: shelling and casualties, official counts against independent ones
    S(
        "Regional officials put the death toll at 34; local media reported at least 51 dead.",
        Q("34", 34, subj="toll", by="officials"),
        Q("51", 51, q="at_least", by="media"),
    ),
    S(
        "The UN human rights mission has verified 12,456 civilian deaths since February 2022, but "
        "says the real figure is likely considerably higher.",
        Q("12,456", 12456, subj="death", period="since 2022-02", by="UN"),
        N("2022", YEAR),
    ),
    S(
        "Shelling of Kherson killed 4 people and wounded 17, including 3 children, the regional "
        "governor said.",
        Q("4", 4, subj="people", by="governor"),
        Q("17", 17, by="governor"),
        Q("3", 3, whole=17, subj="child", by="governor"),
    ),
    S(
        "The city council said 23 residents died in the strike, while the emergency service gave "
        "a figure of 19.",
        Q("23", 23, subj="resident", by="council"),
        Q("19", 19, by="emergency service"),
    ),
    S(
        "Kyiv puts Russian losses at about 650,000 killed and wounded; Western estimates put them "
        "at close to 400,000.",
        Q("650,000", 650000, h=5000, q="approx", by="Kyiv"),
        Q("400,000", 400000, h=20000, q="below"),
    ),
    S(
        "More than 600 children have been killed since the invasion, according to the "
        "prosecutor general's office.",
        Q("600", 600, q="more_than", subj="child", by="prosecutor"),
    ),
    S(
        "The Russian-installed authorities said 11 people were killed in Donetsk; the figure could "
        "not be independently verified.",
        Q("11", 11, subj="people", by="authorities"),
    ),
    S(
        "About 2,000 buildings in the town were damaged by shelling, of which roughly 300 were "
        "completely destroyed, the mayor said.",
        Q("2,000", 2000, h=100, q="approx", subj="building", by="mayor"),
        Q("300", 300, h=15, q="approx", whole=2000, by="mayor"),
    ),
    S(
        "Russia shelled 28 settlements in the Zaporizhzhia region over the past day, firing 412 "
        "times, the governor reported.",
        Q("28", 28, subj="settlement", by="governor"),
        Q("412", 412, by="governor"),
    ),
    S(
        "The hospital is treating 46 of the wounded, 9 of them in intensive care, a doctor told "
        "reporters.",
        Q("46", 46, by="doctor"),
        Q("9", 9, whole=46, by="doctor"),
    ),
    S(
        "The death toll from the strike on the apartment block rose to 41 on Thursday, with 7 "
        "people still missing.",
        Q("41", 41, subj="toll"),
        Q("7", 7, subj="people"),
    ),
    S(
        "Independent journalists counted at least 98,000 Russian soldiers killed by name, far above "
        "the 6,000 or so admitted by Moscow.",
        Q("98,000", 98000, h=500, q="at_least", subj="soldier", by="journalists"),
        Q("6,000", 6000, h=300, q="approx", by="Moscow"),
    ),
    S(
        "Police said 3 people were killed and a further 25 injured, but the mayor later raised the "
        "number of injured to 32.",
        Q("3", 3, subj="people", by="Police"),
        Q("25", 25, by="Police"),
        Q("32", 32, by="mayor"),
    ),
    S(
        "Almost a quarter of the 1,100 patients at the regional hospital are soldiers, staff said.",
        Q("a quarter", 0.25, q="below", whole=1100, by="staff"),
        Q("1,100", 1100, h=50, subj="patient", by="staff"),
    ),
    S(
        "Ukraine and Russia exchanged 95 prisoners each on Saturday, the 58th swap of the war.",
        Q("95", 95, subj="prisoner"),
        N("58th", ORD),
    ),
    S(
        "Some 1,358 Ukrainian prisoners of war have been returned home since the full-scale "
        "invasion, the coordination headquarters said.",
        Q("1,358", 1358, q="approx", subj="prisoner", by="headquarters"),
    ),
    S(
        "Ukraine's ombudsman says nearly 20,000 children were taken to Russia; Moscow says it has "
        "evacuated over 700,000 minors.",
        Q("20,000", 20000, h=1000, q="below", subj="child", by="ombudsman"),
        Q("700,000", 700000, q="more_than", subj="minor", by="Moscow"),
    ),
    S(
        "The strike at 10:45 on a crowded market in Kostiantynivka killed 17 people, the interior "
        "ministry said.",
        N("10:45", TIME),
        Q("17", 17, subj="people", by="interior ministry"),
    ),
    S(
        "Mines and unexploded ordnance cover an estimated 139,000 square kilometres, roughly a "
        "quarter of the country's territory, according to the government.",
        Q("139,000 square kilometres", 139000, "km2", h=500, q="approx", by="government"),
        Q("a quarter", 0.25, q="approx", by="government"),
    ),
    S(
        "Demining teams cleared 2,700 hectares of farmland in the first half of 2024, the economy "
        "ministry said.",
        Q("2,700 hectares", 2700, "ha", h=50, subj="farmland", period="2024", by="economy ministry"),
        N("first half", REL),
        N("2024", YEAR),
    ),
    # --- batch 5: refugees and displacement
    S(
        "According to the UN refugee agency, 6.9 million refugees from Ukraine are recorded "
        "globally, 6.4 million of them in Europe.",
        Q("6.9 million", 6.9 * M, h=0.05 * M, subj="refugee", by="UN"),
        Q("6.4 million", 6.4 * M, h=0.05 * M, whole=6.9 * M, by="UN"),
    ),
    S(
        "Poland hosts about 950,000 Ukrainians under temporary protection, down from a peak of "
        "1.6 million in 2022.",
        Q("950,000", 950000, h=5000, q="approx", subj="Ukrainian"),
        Q("1.6 million", 1.6 * M, h=0.05 * M, period="2022"),
        N("2022", YEAR),
    ),
    S(
        "Some 3.7 million people remain internally displaced inside Ukraine, the International "
        "Organization for Migration said.",
        Q("3.7 million", 3.7 * M, h=0.05 * M, q="approx", subj="people", by="Organization for Migration"),
    ),
    S(
        "Germany has registered 1.18 million refugees from Ukraine, of whom roughly 350,000 are "
        "children, the interior ministry said.",
        Q("1.18 million", 1.18 * M, h=0.005 * M, subj="refugee", by="interior ministry"),
        Q("350,000", 350000, h=5000, q="approx", whole=1.18 * M, subj="child", by="interior ministry"),
    ),
    S(
        "In the first nine months of 2022, more than 7.8 million border crossings from Ukraine into "
        "the EU were recorded, according to Frontex.",
        N("first nine months", REL),
        N("2022", YEAR),
        Q("7.8 million", 7.8 * M, q="more_than", subj="crossing", period="2022", by="Frontex"),
    ),
    S(
        "Moldova, a country of 2.5 million people, took in nearly 100,000 Ukrainian refugees, one of "
        "the highest shares per head in Europe.",
        Q("2.5 million", 2.5 * M, h=0.05 * M, subj="people"),
        Q("100,000", 100000, h=5000, q="below", subj="refugee"),
        N("one", ONE),
    ),
    S(
        "Around one in four Ukrainian refugees in the Czech Republic has found a job matching their "
        "qualifications, a survey found.",
        Q("one in four", 1, q="approx", whole=4, subj="refugee", by="survey"),
    ),
    S(
        "The number of refugees returning to Ukraine fell by 12% in the second quarter, the UN "
        "refugee agency UNHCR reported.",
        Q("12%", 12, "percent", by="UNHCR"),
        N("second quarter", "quarter label"),
    ),
    S(
        "Up to 40,000 residents of the frontline town were evacuated over three weeks, regional "
        "authorities said.",
        Q("40,000", 40000, q="up_to", subj="resident", by="authorities"),
        Q("three weeks", 3, "week"),
    ),
    S(
        "About 60% of the refugees surveyed by UNHCR said they hoped to go home one day, down from "
        "77% a year earlier.",
        Q("60%", 60, "percent", q="approx", subj="refugee", by="UNHCR"),
        N("one day", "'one day', not a count"),
        Q("77%", 77, "percent", by="UNHCR"),
        N("a year", REL),
    ),
    S(
        "Between 820,000 and 920,000 people fled the Kharkiv region in the first weeks of the war, "
        "local officials estimate.",
        R("820,000 and 920,000", 820000, 920000, subj="people", by="officials"),
        N("first", ORD),
    ),
    S(
        "The EU extended temporary protection for some 4.3 million Ukrainians until March 2027.",
        Q("4.3 million", 4.3 * M, h=0.05 * M, q="approx", subj="Ukrainian"),
        N("2027", YEAR),
    ),
    # --- batch 5: aid packages in euros and dollars
    S(
        "The EU approved 800 million euros ($905 million) in new military aid for Kyiv, the "
        "Commission said.",
        Q("800 million euros", 800 * M, "EUR", h=0.5 * M, subj="aid", by="Commission"),
        Q("$905 million", 905 * M, "USD", h=0.5 * M, subj="aid", by="Commission"),
    ),
    S(
        "Washington announced a $2.5 billion package, including 59 Bradley fighting vehicles and 90 "
        "Stryker armoured carriers.",
        Q("$2.5 billion", 2.5 * B, "USD", h=0.05 * B, subj="package"),
        Q("59", 59, subj="vehicle"),
        Q("90", 90, subj="carrier"),
    ),
    S(
        "Since 2022 the United States has committed more than $66 billion in military assistance to "
        "Ukraine, the State Department said.",
        N("2022", YEAR),
        Q("$66 billion", 66 * B, "USD", q="more_than", subj="assistance", period="since 2022", by="State Department"),
    ),
    S(
        "Germany pledged a further €1.7 billion ($1.84 billion) for air defence, bringing its total "
        "to about €28 billion.",
        Q("€1.7 billion", 1.7 * B, "EUR", h=0.05 * B),
        Q("$1.84 billion", 1.84 * B, "USD", h=0.005 * B),
        Q("€28 billion", 28 * B, "EUR", h=0.5 * B, q="approx", subj="total"),
    ),
    S(
        "The Kiel Institute estimates that Europe's aid to Ukraine reached 132 billion euros by the "
        "end of 2024, against 114 billion euros from the US.",
        Q("132 billion euros", 132 * B, "EUR", h=0.5 * B, subj="aid", by="Kiel Institute"),
        N("2024", YEAR),
        Q("114 billion euros", 114 * B, "EUR", h=0.5 * B, by="Kiel Institute"),
    ),
    S(
        "Britain will send £1.6bn worth of air defence missiles, more than 5,000 of them, the "
        "defence secretary announced.",
        Q("£1.6bn", 1.6 * B, "GBP", h=0.05 * B, by="defence secretary"),
        Q("5,000", 5000, q="more_than", by="defence secretary"),
    ),
    S(
        "The IMF disbursed $880 million (€812 million) to Ukraine after its fourth review of the "
        "$15.6 billion programme.",
        Q("$880 million", 880 * M, "USD", h=0.5 * M),
        Q("€812 million", 812 * M, "EUR", h=0.5 * M),
        N("fourth", ORD),
        Q("$15.6 billion", 15.6 * B, "USD", h=0.05 * B, subj="programme"),
    ),
    S(
        "Japan will provide 4.5 billion dollars in budget support, roughly 680 billion yen, the "
        "finance ministry said.",
        Q("4.5 billion dollars", 4.5 * B, "USD", h=0.05 * B, subj="support", by="finance ministry"),
        Q("680 billion yen", 680 * B, "JPY", h=0.5 * B, q="approx", by="finance ministry"),
    ),
    S(
        "The Netherlands pledged 24 more F-16 jets, of which 18 have already been delivered, and "
        "€400 million for drones.",
        Q("24", 24, subj="jet"),
        N("F-16", MODEL),
        Q("18", 18, whole=24),
        Q("€400 million", 400 * M, "EUR", h=0.5 * M),
    ),
    S(
        "Denmark's latest aid package, its 22nd, is worth 6.5 billion Danish kroner, or about "
        "$940 million.",
        N("22nd", ORD),
        Q("6.5 billion Danish kroner", 6.5 * B, "DKK", h=0.05 * B, subj="package"),
        Q("$940 million", 940 * M, "USD", h=0.5 * M, q="approx"),
    ),
    S(
        "The G7 loan of $50 billion will be repaid from the profits on roughly €210 billion of "
        "frozen Russian central bank assets.",
        Q("$50 billion", 50 * B, "USD", h=0.5 * B, subj="loan"),
        N("G7", "group name"),
        Q("€210 billion", 210 * B, "EUR", h=0.5 * B, q="approx", subj="asset"),
    ),
    S(
        "Euroclear said it held 191 billion euros of blocked Russian assets and paid out 1.55 "
        "billion euros in windfall profits in July.",
        Q("191 billion euros", 191 * B, "EUR", h=0.5 * B, subj="asset", by="Euroclear"),
        Q("1.55 billion euros", 1.55 * B, "EUR", h=0.005 * B, subj="profit", by="Euroclear"),
    ),
    S(
        "Reconstruction will cost $524 billion over the next decade, almost 2.8 times Ukraine's "
        "GDP in 2024, the World Bank estimated.",
        Q("$524 billion", 524 * B, "USD", h=0.5 * B, subj="reconstruction", by="World Bank"),
        Q("2.8", 2.8, h=0.05, q="below", by="World Bank"),
        N("2024", YEAR),
    ),
    # --- batch 5: Russian and Central Asian migration, remittances
    S(
        "Nearly 3.3 million migrants from Central Asia were registered in Russia last year, the "
        "interior ministry said.",
        Q("3.3 million", 3.3 * M, h=0.05 * M, q="below", subj="migrant", by="interior ministry"),
    ),
    S(
        "Remittances made up 48% of Tajikistan's GDP in 2023, the highest share in the world, "
        "according to the World Bank.",
        Q("48%", 48, "percent", subj="remittance", period="2023", by="World Bank"),
        N("2023", YEAR),
    ),
    S(
        "Kyrgyz migrants sent home $2.9 billion in 2023, down 20.5% from a year earlier, the "
        "central bank reported.",
        Q("$2.9 billion", 2.9 * B, "USD", h=0.05 * B, subj="migrant", period="2023", by="central bank"),
        N("2023", YEAR),
        Q("20.5%", 20.5, "percent", h=0.05, by="central bank"),
        N("a year", REL),
    ),
    S(
        "Uzbekistan's remittance inflows reached a record $14.8 billion in 2024, about 77% of it "
        "from Russia.",
        Q("$14.8 billion", 14.8 * B, "USD", h=0.05 * B, subj="inflow", period="2024"),
        N("2024", YEAR),
        Q("77%", 77, "percent", q="approx", whole=14.8 * B),  # "of it": the $14.8 billion
    ),
    S(
        "Some 1.1 million Uzbeks entered Russia for work in the first half of the year, against "
        "roughly 1.4 million a year before, official data show.",
        Q("1.1 million", 1.1 * M, h=0.05 * M, q="approx", subj="Uzbek", by="data"),
        N("first half", REL),
        Q("1.4 million", 1.4 * M, h=0.05 * M, q="approx", by="data"),
        N("a year", REL),
    ),
    S(
        "Russia's labour shortage reached 4.8 million workers in 2023, the Institute of Economics "
        "estimated, while the statistics service put unemployment at a record low of 2.9%.",
        Q("4.8 million", 4.8 * M, h=0.05 * M, subj="worker", period="2023", by="Institute"),
        N("2023", YEAR),
        Q("2.9%", 2.9, "percent", h=0.05, subj="unemployment", by="statistics service"),
    ),
    S(
        "Between 500,000 and 1 million Russians left the country after the mobilisation of "
        "September 2022, independent demographers estimate.",
        R("500,000 and 1 million", 500000, 1 * M, subj="Russian", by="demographers"),
        N("2022", YEAR),
    ),
    S(
        "Kazakhstan issued 12,000 residence permits to Russian citizens in 2022, nearly six times "
        "as many as the year before.",
        Q("12,000", 12000, h=500, subj="permit", period="2022"),
        N("2022", YEAR),
        Q("six", 6, q="below"),
    ),
    S(
        "After the concert hall attack, Russian police detained more than 1,200 migrants in "
        "raids across 23 regions in one week, rights groups said.",
        Q("1,200", 1200, q="more_than", subj="migrant", by="rights groups"),
        Q("23", 23, subj="region", by="rights groups"),
        Q("one week", 1, "week"),
    ),
    S(
        "The new law requires migrants to pass a Russian exam of 1,500 words, and fewer than half "
        "of applicants passed in the first month.",
        Q("1,500", 1500, h=50, subj="word"),
        Q("half", 0.5, q="less_than", subj="applicant"),
        N("first month", REL),
    ),
    S(
        "Georgia's statistics office recorded 112,000 Russian arrivals who stayed, while the "
        "interior ministry gave a figure of about 70,000.",
        Q("112,000", 112000, h=500, subj="arrival", by="statistics office"),
        Q("70,000", 70000, h=3500, q="approx", by="interior ministry"),
    ),
    S(
        "Remittances from Russia to Armenia jumped almost fourfold to $3.6 billion in 2022, the "
        "central bank said.",
        Q("$3.6 billion", 3.6 * B, "USD", h=0.05 * B, subj="remittance", period="2022", by="central bank"),
        N("2022", YEAR),
    ),
    S(
        "An estimated 2.4 million Tajik citizens, about a quarter of the population, work abroad "
        "at any one time.",
        Q("2.4 million", 2.4 * M, h=0.05 * M, q="approx", subj="citizen"),
        Q("a quarter", 0.25, q="approx"),
        N("one time", "'at any one time', not a count"),
    ),
    S(
        "The average migrant worker in Moscow earns 85,000 roubles ($930) a month, a survey by "
        "the Higher School of Economics found.",
        Q("85,000 roubles", 85000, "RUB", h=500, subj="worker", by="Higher School"),
        Q("$930", 930, "USD", h=5, by="Higher School"),
    ),
    # --- batch 5: trade between Russia, China, Kazakhstan and the EU
    S(
        "Trade between Kazakhstan and China reached $26 billion in 2022, up 16.2% on the year, "
        "Chinese customs data showed.",
        Q("$26 billion", 26 * B, "USD", h=0.5 * B, subj="trade", period="2022", by="customs"),
        N("2022", YEAR),
        Q("16.2%", 16.2, "percent", h=0.05, by="customs"),
    ),
    S(
        "Russia-China trade hit a record $240.1 billion in 2023, Beijing said, although Russian "
        "figures put it at $227.8 billion.",
        Q("$240.1 billion", 240.1 * B, "USD", h=0.05 * B, subj="trade", period="2023", by="Beijing"),
        N("2023", YEAR),
        Q("$227.8 billion", 227.8 * B, "USD", h=0.05 * B, by="figures"),
    ),
    S(
        "EU imports from Russia fell by 58% in 2023 to €49 billion, while exports dropped 37%, "
        "according to Eurostat.",
        Q("58%", 58, "percent", subj="import", period="2023", by="Eurostat"),
        N("2023", YEAR),
        Q("€49 billion", 49 * B, "EUR", h=0.5 * B, by="Eurostat"),
        Q("37%", 37, "percent", subj="export", by="Eurostat"),
    ),
    S(
        "Kazakhstan's exports of machinery to Russia grew fivefold to $1.2 billion in the first "
        "nine months of 2023.",
        Q("$1.2 billion", 1.2 * B, "USD", h=0.05 * B, subj="export", period="2023"),
        N("first nine months", REL),
        N("2023", YEAR),
    ),
    S(
        "China's car exports to Russia rose to 906,000 vehicles last year, roughly 60% of all new "
        "cars sold in the country.",
        Q("906,000", 906000, h=500, subj="vehicle"),
        Q("60%", 60, "percent", q="approx"),
    ),
    S(
        "About 90% of Russia's trade with China is now settled in roubles or yuan, the Kremlin said.",
        Q("90%", 90, "percent", q="approx", subj="trade", by="Kremlin"),
    ),
    S(
        "Freight on the China-Europe rail route through Kazakhstan reached 19,000 trains in 2024, up "
        "10% from 2023.",
        Q("19,000", 19000, h=500, subj="train", period="2024"),
        N("2024", YEAR),
        Q("10%", 10, "percent"),
        N("2023", YEAR),
    ),
    S(
        "Armenia's exports to Russia more than doubled to $3.4 billion in 2023, with gold and "
        "electronics making up 41% of the total.",
        Q("$3.4 billion", 3.4 * B, "USD", h=0.05 * B, subj="export", period="2023"),
        N("2023", YEAR),
        Q("41%", 41, "percent"),
    ),
    S(
        "Kyrgyzstan's imports from the EU rose 29% in 2022 to 1.1 billion euros, fuelling suspicion "
        "of re-exports to Russia.",
        Q("29%", 29, "percent", subj="import", period="2022"),
        N("2022", YEAR),
        Q("1.1 billion euros", 1.1 * B, "EUR", h=0.05 * B),
    ),
    S(
        "Bilateral trade between Russia and Kazakhstan stood at $27.8 billion in 2023, the "
        "Kazakh Bureau of National Statistics reported.",
        Q("$27.8 billion", 27.8 * B, "USD", h=0.05 * B, subj="trade", period="2023", by="Bureau"),
        N("2023", YEAR),
    ),
    # --- batch 5: sanctions, oil exports and the price cap
    S(
        "Russia exported 3.3 million barrels per day of crude in May, the International Energy "
        "Agency said, while Moscow's own figures showed 3.5 million.",
        Q("3.3 million barrels", 3.3 * M, "bbl", h=0.05 * M, subj="crude", by="Energy Agency"),
        Q("3.5 million", 3.5 * M, h=0.05 * M, by="Moscow"),
    ),
    S(
        "The G7 price cap of $60 a barrel on Russian crude took effect on 5 December 2022.",
        N("G7", "group name"),
        Q("$60", 60, "USD", subj="cap"),
        N("5 December", DATE),
        N("2022", YEAR),
    ),
    S(
        "Urals crude traded at $67.30 a barrel on Friday, about $12 below Brent, according to "
        "Argus.",
        Q("$67.30", 67.3, "USD", h=0.005, subj="crude", by="Argus"),
        Q("$12", 12, "USD", q="approx", by="Argus"),
    ),
    S(
        "Oil and gas revenues fell 24% in 2023 to 8.8 trillion roubles, the finance ministry said.",
        Q("24%", 24, "percent", subj="revenue", period="2023", by="finance ministry"),
        N("2023", YEAR),
        Q("8.8 trillion roubles", 8.8 * T, "RUB", h=0.05 * T, by="finance ministry"),
    ),
    S(
        "The shadow fleet now numbers some 600 tankers, of which 183 were added to the EU sanctions "
        "list in the 16th package.",
        Q("600", 600, h=30, q="approx", subj="tanker"),
        Q("183", 183, whole=600),
        N("16th", ORD),
    ),
    S(
        "India bought 1.9 million barrels a day of Russian oil in July, about 40% of its crude "
        "imports, tanker-tracking data show.",
        Q("1.9 million barrels", 1.9 * M, "bbl", h=0.05 * M, subj="oil", by="data"),
        Q("40%", 40, "percent", q="approx", by="data"),
    ),
    S(
        "Seaborne exports of Russian diesel dropped to 720,000 barrels a day, the lowest since "
        "2020.",
        Q("720,000 barrels", 720000, "bbl", h=5000, subj="export"),
        N("2020", YEAR),
    ),
    S(
        "The EU has now frozen about €28 billion of Russian private assets and sanctioned more than "
        "2,400 people and entities.",
        Q("€28 billion", 28 * B, "EUR", h=0.5 * B, q="approx", subj="asset"),
        Q("2,400", 2400, q="more_than", subj="people"),
    ),
    S(
        "Washington sanctioned 183 vessels and 2 oil majors, Surgutneftegas and Gazprom Neft, in "
        "its largest single action.",
        Q("183", 183, subj="vessel"),
        Q("2", 2, subj="major"),
    ),
    S(
        "Russian gas deliveries to Europe via pipeline fell to about 15 billion cubic metres in "
        "2023, from 150 billion in 2021.",
        Q("15 billion cubic metres", 15 * B, "m3", h=0.5 * B, q="approx", subj="deliver", period="2023"),
        N("2023", YEAR),
        Q("150 billion", 150 * B, h=0.5 * B, period="2021"),
        N("2021", YEAR),
    ),
    S(
        "Since the invasion, Russia has earned over €800 billion from fossil fuel exports, the "
        "Centre for Research on Energy and Clean Air estimates.",
        Q("€800 billion", 800 * B, "EUR", q="more_than", by="Centre"),
    ),
    S(
        "The rouble weakened to 101.5 roubles per dollar in August, and the central bank raised its "
        "key rate to 12%.",
        Q("101.5 roubles", 101.5, "RUB", h=0.05),
        Q("12%", 12, "percent", subj="rate"),
    ),
    S(
        "Russia's central bank lifted its key rate by 2 percentage points to 21%, the highest level "
        "since 2003.",
        Q("2 percentage points", 2, "percentage_point", subj="rate"),
        Q("21%", 21, "percent"),
        N("2003", YEAR),
    ),
    S(
        "Kazakhstan ships about 80% of its oil exports through the CPC pipeline, roughly 1.5 "
        "million barrels a day.",
        Q("80%", 80, "percent", q="approx", subj="export"),
        Q("1.5 million barrels", 1.5 * M, "bbl", h=0.05 * M, q="approx"),
    ),
    S(
        "Officials in Kyiv say drone strikes have knocked out up to 17% of Russia's refining "
        "capacity; Russian analysts put the figure at 10%.",
        Q("17%", 17, "percent", q="up_to", subj="capacity", by="Officials"),
        Q("10%", 10, "percent", by="analysts"),
    ),
    S(
        "The budget deficit reached 3.1 trillion roubles ($34 billion) in the first five months, "
        "well above the 1.6 trillion planned for the whole year.",
        Q("3.1 trillion roubles", 3.1 * T, "RUB", h=0.05 * T, subj="deficit"),
        Q("$34 billion", 34 * B, "USD", h=0.5 * B, subj="deficit"),
        N("first five months", REL),
        Q("1.6 trillion", 1.6 * T, h=0.05 * T),
    ),
    S(
        "Russia's National Wealth Fund had $55 billion in liquid assets on 1 July, half what it "
        "held before the war.",
        Q("$55 billion", 55 * B, "USD", h=0.5 * B, subj="asset"),
        N("1 July", DATE),
        Q("half", 0.5),
    ),
    # --- batch 5: press freedom and rankings
    S(
        "Russia ranked 171st out of 180 countries in this year's World Press Freedom Index, "
        "according to RSF.",
        Q("171st", 171, "rank", whole=180, by="RSF"),
        Q("180", 180, h=5, subj="countr", by="RSF"),
    ),
    S(
        "Belarus fell to 167th of 180, while Kazakhstan climbed to 142nd, Reporters Without Borders "
        "said.",
        Q("167th", 167, "rank", whole=180, by="Reporters"),
        Q("180", 180, h=5, by="Reporters"),
        Q("142nd", 142, "rank", by="Reporters"),
    ),
    S(
        "At least 38 journalists are in Russian prisons, 26 of them Ukrainian, the Committee to "
        "Protect Journalists said.",
        Q("38", 38, q="at_least", subj="journalist", by="Committee"),
        Q("26", 26, whole=38, by="Committee"),
    ),
    S(
        "Since February 2022, Russian authorities have blocked more than 400 media websites and "
        "labelled 1,090 people foreign agents, a watchdog counted.",
        N("2022", YEAR),
        Q("400", 400, q="more_than", subj="website", period="since 2022-02", by="watchdog"),
        Q("1,090", 1090, h=5, subj="people", period="since 2022-02", by="watchdog"),
    ),
    S(
        "Tajikistan is now ranked 153rd, down 5 places, while Uzbekistan sits at 148th.",
        Q("153rd", 153, "rank"),
        Q("5", 5, subj="place"),
        Q("148th", 148, "rank"),
    ),
    S(
        "Azerbaijan holds 13 journalists behind bars, the most in its history, according to RSF.",
        Q("13", 13, subj="journalist", by="RSF"),
    ),
    S(
        "Turkmenistan came 176th out of 180, ahead only of Iran, China, North Korea and Eritrea.",
        Q("176th", 176, "rank", whole=180),
        Q("180", 180, h=5),
    ),
    S(
        "In the Freedom House index, Kyrgyzstan scored 27 out of 100, 12 points lower than in 2020.",
        Q("27", 27, whole=100),
        Q("100", 100, h=5),
        Q("12", 12, subj="point"),
        N("2020", YEAR),
    ),
    S(
        "Some 1,500 journalists have left Russia since the war began, the independent union "
        "estimates.",
        Q("1,500", 1500, h=50, q="approx", subj="journalist", by="union"),
    ),
    S(
        "A Moscow court sentenced the reporter to 8 years and 6 months in a penal colony under "
        "Article 207.3 of the criminal code.",
        Q("8 years and 6 months", 8.5, "year"),
        N("207.3", LAW),
    ),
    # --- batch 5: elections and turnout in the region
    S(
        "Turnout in the presidential election was 77.5%, the Central Election Commission said, and "
        "the incumbent won 87.3% of the vote.",
        Q("77.5%", 77.5, "percent", h=0.05, subj="turnout", by="Commission"),
        Q("87.3%", 87.3, "percent", h=0.05, by="Commission"),
    ),
    S(
        "Independent observers from Golos estimated that at least 22 million votes were "
        "falsified.",
        Q("22 million", 22 * M, h=0.5 * M, q="at_least", subj="vote", by="observers"),
    ),
    S(
        "Kazakhstan's ruling party took 53.9% and 62 of the 98 seats filled by party list in the "
        "snap parliamentary vote.",
        Q("53.9%", 53.9, "percent", h=0.05),
        Q("62", 62, whole=98, subj="seat"),
        Q("98", 98, subj="seat"),
    ),
    S(
        "Only 38.2% of registered voters cast a ballot in Kazakhstan's 2023 election, the lowest "
        "turnout since independence.",
        Q("38.2%", 38.2, "percent", h=0.05, subj="voter", period="2023"),
        N("2023", YEAR),
    ),
    S(
        "In Kyrgyzstan, turnout in the referendum was just 30.5%, barely above the 30% threshold "
        "needed for it to be valid.",
        Q("30.5%", 30.5, "percent", h=0.05, subj="turnout"),
        Q("30%", 30, "percent", subj="threshold"),
    ),
    S(
        "Georgian Dream won 53.9% of the vote and 89 of the 150 seats, but 4 opposition parties "
        "refused to take up their mandates.",
        Q("53.9%", 53.9, "percent", h=0.05),
        Q("89", 89, whole=150, subj="seat"),
        Q("150", 150, h=5, subj="seat"),
        Q("4", 4, subj="part"),
    ),
    S(
        "Moldova's EU referendum passed with 50.35% of the vote, a margin of about 11,000 ballots "
        "out of more than 1.5 million cast.",
        Q("50.35%", 50.35, "percent", h=0.005),
        Q("11,000", 11000, h=500, q="approx", whole=1.5 * M, subj="ballot"),
        Q("1.5 million", 1.5 * M, q="more_than"),
    ),
    S(
        "Uzbekistan's president was re-elected with 87.1% on a turnout of 79.8%, election "
        "officials said, though OSCE monitors reported serious irregularities.",
        Q("87.1%", 87.1, "percent", h=0.05, by="officials"),
        Q("79.8%", 79.8, "percent", h=0.05, subj="turnout", by="officials"),
    ),
    S(
        "Almost 4.5 million Russians voted online in the three-day election, according to the "
        "election commission, some 5% of all voters.",
        Q("4.5 million", 4.5 * M, h=0.05 * M, q="below", subj="Russian", by="commission"),
        Q("three-day", 3, "day"),
        Q("5%", 5, "percent", q="approx", by="commission"),
    ),
    S(
        "Belarusian officials put turnout at 85.7%; exiled opposition groups said fewer than half "
        "of voters had taken part.",
        Q("85.7%", 85.7, "percent", h=0.05, subj="turnout", by="officials"),
        Q("half", 0.5, q="less_than", by="opposition"),
    ),
    S(
        "Armenia's parliament has 107 seats, of which the ruling Civil Contract party holds 71.",
        Q("107", 107, subj="seat"),
        Q("71", 71, whole=107),
    ),
    S(
        "Voters in Tajikistan returned the ruling party with 75.2% of the vote; it now holds 49 of "
        "the 63 seats in the lower house.",
        Q("75.2%", 75.2, "percent", h=0.05),
        Q("49", 49, whole=63, subj="seat"),
        Q("63", 63, subj="seat"),
    ),
    # --- batch 5: number words, hedges and ranges in war reporting
    S(
        "Two-thirds of Ukraine's thermal generation capacity has been destroyed, the energy "
        "minister said.",
        Q("Two-thirds", 2 / 3, subj="capacity", by="energy minister"),
    ),
    S(
        "Roughly half of Ukraine's power generating capacity, about 9 GW, was knocked out by the "
        "spring strikes.",
        Q("half", 0.5, q="approx", subj="capacity"),
        Q("9 GW", 9, "GW", q="approx"),
    ),
    S(
        "Twelve people, among them three rescuers, were killed in a so-called double-tap strike on "
        "Kharkiv.",
        Q("Twelve", 12, subj="people"),
        Q("three", 3, whole=12, subj="rescuer"),
    ),
    S(
        "As many as 1,000 Russian soldiers a day were killed or wounded during the autumn, British "
        "intelligence said.",
        Q("1,000", 1000, q="up_to", subj="soldier", by="intelligence"),
    ),
    S(
        "Ukraine lost between 5 and 7 square kilometres a day in the Pokrovsk direction in "
        "November, analysts at DeepState estimated.",
        R("5 and 7 square kilometres", 5, 7, "km2", by="DeepState"),
    ),
    S(
        "Russia is producing an estimated 2,700 Shahed-type drones a month at its Alabuga plant, "
        "up from 300 a year ago.",
        Q("2,700", 2700, h=50, q="approx", subj="drone"),
        Q("300", 300, h=15),
        N("a year ago", REL),
    ),
    S(
        "North Korea has sent around 11,000 troops to Russia's Kursk region, of whom some 4,000 "
        "have been killed or wounded, Seoul said.",
        Q("11,000", 11000, h=500, q="approx", subj="troop", by="Seoul"),
        Q("4,000", 4000, h=200, q="approx", whole=11000, by="Seoul"),
    ),
    S(
        "The counteroffensive recaptured roughly 370 square kilometres in three months, a fraction "
        "of the area planners had hoped for.",
        Q("370 square kilometres", 370, "km2", h=5, q="approx"),
        Q("three months", 3, "month"),
    ),
    S(
        "Ukraine's energy grid has been hit by more than a dozen massive attacks since March, each "
        "involving over 100 missiles and drones.",
        Q("a dozen", 12, q="more_than", subj="attack"),
        Q("100", 100, q="more_than", subj="missile"),
    ),
    S(
        "Some 15 to 20 Russian glide bombs hit Kharkiv each day in May, the regional governor said.",
        R("15 to 20", 15, 20, subj="bomb", by="governor"),
    ),
    S(
        "The Zaporizhzhia nuclear plant lost external power for the eighth time, and its six "
        "reactors remain in cold shutdown, the IAEA said.",
        N("eighth", ORD),
        N("six", DEF),
    ),
    S(
        "Some two thousand Ukrainian troops crossed the border in the first hours of the Kursk incursion, "
        "a Ukrainian officer said.",
        Q("two thousand", 2000, h=500, q="approx", subj="troop", by="officer"),
        N("first", ORD),
    ),
    S(
        "Nine out of ten drones were destroyed, said the air force, which does not count those "
        "downed by electronic warfare.",
        Q("Nine", 9, whole=10, subj="drone", by="air force"),
        Q("ten", 10, subj="drone", by="air force"),
    ),
    S(
        "Russia has lost more than 3,600 tanks since February 2022, according to visually confirmed "
        "losses tallied by Oryx.",
        Q("3,600", 3600, q="more_than", subj="tank", period="since 2022-02", by="Oryx"),
        N("2022", YEAR),
    ),
    # --- batch 5: look-alikes in war and regional reporting that are not claims
    S(
        "The Su-34 was shot down near Marinka at 04:15 on 22 December, the 3rd such loss that "
        "week.",
        N("Su-34", MODEL),
        N("04:15", TIME),
        N("22 December", DATE),
        N("3rd", ORD),
    ),
    S(
        "Ukraine's 93rd Mechanised Brigade and the 3rd Assault Brigade hold the line near Chasiv "
        "Yar.",
        N("93rd", ORD),
        N("3rd", ORD),
    ),
    S(
        "The MiG-31K carrying Kinzhal missiles took off from Savasleyka at 06:02, triggering a "
        "nationwide alert.",
        N("MiG-31K", MODEL),
        N("06:02", TIME),
    ),
    S(
        "On 24 February 2022, Russian troops crossed into Ukraine from Belarus, Crimea and Russia "
        "itself.",
        N("24 February", DATE),
        N("2022", YEAR),
    ),
    S(
        "Zelensky signed Law 3633-IX on mobilisation, which lowers the draft age, on 16 April.",
        N("3633-IX", LAW),
        N("16 April", DATE),
    ),
    S(
        "The S-400 system in Crimea was hit by an ATACMS missile fired from an M142 launcher.",
        N("S-400", MODEL),
        N("M142", MODEL),
    ),
    S(
        "Resolution 2758 and Article 51 of the UN Charter were both cited in the debate.",
        N("2758", LAW),
        N("51", LAW),
    ),
    S(
        "The Leopard 2A6 tanks arrived in the spring, followed by the first CV90 infantry vehicles "
        "in the summer.",
        N("2A6", MODEL),
        N("first", ORD),
        N("CV90", MODEL),
    ),
    S(
        "Sirens sounded in Lviv from 01:30 to 03:10, and the first explosions were heard at 02:47.",
        N("01:30", TIME),
        N("03:10", TIME),
        N("first", ORD),
        N("02:47", TIME),
    ),
    S(
        "The hotline 1548 takes reports of suspected collaborators, the SBU said.",
        N("1548", PHONE),
    ),
    S(
        "The attack came on the eve of the 2024 NATO summit in Washington, the alliance's 75th "
        "anniversary.",
        N("2024", YEAR),
        N("75th", ORD),
    ),
    S(
        "The T-90M and BMP-3 seized near Robotyne were shown in Kyiv's Mykhailivska Square.",
        N("T-90M", MODEL),
        N("BMP-3", MODEL),
    ),
    S(
        "Flight PS752 was shot down in January 2020, and the Boeing 737-800 was carrying 176 people.",
        N("PS752", MODEL),
        N("2020", YEAR),
        N("737-800", MODEL),
        Q("176", 176, subj="people"),
    ),
    S(
        "Under Article 280.3 of the criminal code, discrediting the army carries up to 7 years in "
        "prison.",
        N("280.3", LAW),
        Q("7 years", 7, "year", q="up_to"),
    ),
    S(
        "The M777 howitzers of the 45th Artillery Brigade fire 155mm rounds at targets up to 24 km "
        "away.",
        N("M777", MODEL),
        N("45th", ORD),
        N("155mm", "calibre, part of a model name"),
        Q("24 km", 24, "km", q="up_to"),
    ),
    S(
        "The Kerch bridge, opened in May 2018, was struck for the second time on 17 July 2023.",
        N("2018", YEAR),
        N("second", ORD),
        N("17 July", DATE),
        N("2023", YEAR),
    ),
    S(
        "Units of the Wagner group withdrew from Bakhmut on 1 June, a year after the first assaults "
        "on the town.",
        N("1 June", DATE),
        N("a year", REL),
        N("first", ORD),
    ),
    S(
        "Hundreds of drones and dozens of missiles were launched in the New Year's Eve attack, "
        "officials said.",
        N("Hundreds", VAGUE),
        N("dozens", VAGUE),
    ),
    S(
        "The Kh-47M2 Kinzhal and the 3M22 Zircon are both described by Moscow as hypersonic.",
        N("Kh-47M2", MODEL),
        N("3M22", MODEL),
    ),
    S(
        "The EU's 14th sanctions package, adopted on 24 June, targets LNG transshipment for the "
        "first time.",
        N("14th", ORD),
        N("24 June", DATE),
        N("first", ORD),
    ),
    S(
        "The Shahed-238 is a jet-powered version of the Shahed-136 and is harder to shoot down.",
        N("Shahed-238", MODEL),
        N("Shahed-136", MODEL),
    ),
    S(
        "Nearly four years after the invasion, one of the key questions is how long Russia can "
        "sustain its losses.",
        N("four years", REL),
        N("one", ONE),
    ),
    S(
        "The Council adopted Regulation 833/2014, first agreed after the annexation of Crimea in "
        "2014.",
        N("833/2014", LAW),
        N("first", ORD),
        N("2014", YEAR, occ=2),
    ),
    S(
        "Gripen C/D fighters and two Saab 340 surveillance aircraft are part of the Swedish package.",
        Q("two", 2, subj="aircraft"),
        N("340", MODEL),
    ),
    S(
        "Kazakhstan's Constitutional Court struck down Article 174 in a ruling of 12 March 2024.",
        N("174", LAW),
        N("12 March", DATE),
        N("2024", YEAR),
    ),
    # --- batch 5: mixed sentences with claims, sources and periods
    S(
        "Ukrainian grain exports through the Black Sea corridor reached 44 million tonnes in 2024, "
        "the infrastructure ministry said.",
        Q("44 million tonnes", 44 * M, "t", h=0.5 * M, subj="export", period="2024", by="infrastructure ministry"),
        N("2024", YEAR),
    ),
    S(
        "Ukraine's economy shrank by 28.8% in 2022 and grew by 5.3% in 2023, the statistics "
        "service said.",
        Q("28.8%", 28.8, "percent", h=0.05, subj="economy", period="2022", by="statistics service"),
        N("2022", YEAR),
        Q("5.3%", 5.3, "percent", h=0.05, period="2023", by="statistics service"),
        N("2023", YEAR),
    ),
    S(
        "Inflation in Russia reached 9.5% in December, the central bank said, while independent "
        "economists estimate it at 15% or more.",
        Q("9.5%", 9.5, "percent", h=0.05, subj="inflation", by="central bank"),
        Q("15%", 15, "percent", q="at_least", by="economists"),
    ),
    S(
        "Russia spent 13.1 trillion roubles on defence in 2024, about 6.3% of GDP, according to "
        "SIPRI.",
        Q("13.1 trillion roubles", 13.1 * T, "RUB", h=0.05 * T, subj="defence", period="2024", by="SIPRI"),
        N("2024", YEAR),
        Q("6.3%", 6.3, "percent", h=0.05, q="approx", by="SIPRI"),
    ),
    S(
        "Ukraine's hryvnia has lost about a third of its value since February 2022, trading at "
        "₴41.5 to the dollar.",
        Q("a third", 1 / 3, q="approx", period="since 2022-02"),
        N("2022", YEAR),
        Q("₴41.5", 41.5, "UAH", h=0.05),
    ),
    S(
        "The average monthly salary in Kazakhstan rose to 396,000 tenge ($850) in the third quarter, "
        "the statistics bureau said.",
        Q("396,000 tenge", 396000, "KZT", h=500, subj="salary", by="statistics bureau"),
        Q("$850", 850, "USD", h=5, by="statistics bureau"),
        N("third quarter", "quarter label"),
    ),
    S(
        "About 1.7 million hectares of Ukrainian farmland remain mined, around 5% of all arable "
        "land, the agriculture ministry estimates.",
        Q("1.7 million hectares", 1.7 * M, "ha", h=0.05 * M, q="approx", subj="farmland", by="agriculture ministry"),
        Q("5%", 5, "percent", q="approx", by="agriculture ministry"),
    ),
    S(
        "Kyiv's metro sheltered up to 120,000 people a night during the heaviest raids of the winter, "
        "the city said.",
        Q("120,000", 120000, q="up_to", subj="people", by="city"),
    ),
    S(
        "Ukraine received 1.3 billion cubic metres of gas from Europe in January, twice the usual "
        "volume, the operator said.",
        Q("1.3 billion cubic metres", 1.3 * B, "m3", h=0.05 * B, subj="gas", by="operator"),
    ),
    S(
        "Of the 36 Ukrainian regions and cities surveyed by the UN, 14 had no hospital fully "
        "working.",
        Q("36", 36, subj="region", by="UN"),
        Q("14", 14, whole=36, by="UN"),
    ),
    S(
        "Russia's population fell by 596,000 in 2023, the state statistics service Rosstat said, "
        "the steepest fall in 5 years.",
        Q("596,000", 596000, h=500, subj="population", period="2023", by="Rosstat"),
        N("2023", YEAR),
        Q("5 years", 5, "year"),
    ),
    S(
        "The cost of insuring a tanker in the Black Sea rose to 1% of the hull value, from 0.3% "
        "before the war, brokers said.",
        Q("1%", 1, "percent", by="brokers"),
        Q("0.3%", 0.3, "percent", h=0.05, by="brokers"),
    ),
    S(
        "Ukraine's central bank holds $43.8 billion in reserves, boosted by $4.9 billion of "
        "foreign aid in October alone.",
        Q("$43.8 billion", 43.8 * B, "USD", h=0.05 * B, subj="reserve"),
        Q("$4.9 billion", 4.9 * B, "USD", h=0.05 * B, subj="aid"),
    ),
    # --- batch 6: everyday general news (politics, economy, health, crime, weather, sport, business)
    S(
        "The city council approved a budget of $412 million for next year, an increase of 3.8% "
        "on this year's, the mayor's office said.",
        Q("$412 million", 412 * M, "USD", h=0.5 * M, subj="budget", by="mayor"),
        Q("3.8%", 3.8, "percent", h=0.05, by="mayor"),
    ),
    S(
        "Unemployment in Spain fell to 11.2% in the second quarter, its lowest level since 2008, "
        "the national statistics institute said.",
        Q("11.2%", 11.2, "percent", h=0.05, subj="unemployment", by="statistics institute"),
        N("second quarter", "quarter label"),
        N("2008", YEAR),
    ),
    S(
        "Police arrested 27 people after clashes outside the stadium on Saturday, and 6 officers "
        "were treated for minor injuries.",
        Q("27", 27, subj="people"),
        Q("6", 6, subj="officer"),
    ),
    S(
        "Nearly 40% of adults in the region are overweight, according to a survey published by "
        "the health ministry on Tuesday.",
        Q("40%", 40, "percent", q="below", subj="adult", by="health ministry"),
    ),
    S(
        "The storm dumped up to 30 centimetres of snow on the hills and left about 12,000 homes "
        "without power, the utility said.",
        Q("30 centimetres", 30, "cm", q="up_to", subj="snow", by="utility"),
        Q("12,000", 12000, h=500, q="approx", subj="home", by="utility"),
    ),
    S(
        "Shares in the carmaker rose 7.4% on Thursday after it reported a quarterly profit of "
        "€1.9 billion, above analysts' forecasts.",
        Q("7.4%", 7.4, "percent", h=0.05, subj="share"),
        Q("€1.9 billion", 1.9 * B, "EUR", h=0.05 * B, subj="profit"),
    ),
    S(
        "The hospital trust has cut its waiting list by 8,300 patients since January 2024 but "
        "still has 61,000 people waiting for treatment.",
        Q("8,300", 8300, h=50, subj="patient", period="since 2024-01"),
        N("2024", YEAR),
        Q("61,000", 61000, h=500, subj="people"),
    ),
    S(
        "Turnout in the regional election reached 58.3%, up 4.1 percentage points from 2019, the "
        "electoral commission said.",
        Q("58.3%", 58.3, "percent", h=0.05, subj="turnout", by="electoral commission"),
        Q("4.1 percentage points", 4.1, "percentage_point", h=0.05, by="electoral commission"),
        N("2019", YEAR),
    ),
    S(
        "A 34-year-old man has been charged with burglary after police recovered jewellery worth "
        "£15,000 from a flat in Leeds.",
        Q("34-year-old", 34, "age_year"),
        Q("£15,000", 15000, "GBP", h=500, subj="jewel"),
    ),
    S(
        "Temperatures reached 38.6°C in Seville on Monday, the highest reading in Spain so far "
        "this year, the weather agency said.",
        Q("38.6°C", 38.6, "degC", h=0.05, subj="temperature", by="weather agency"),
    ),
    S(
        "The home side won 3-1 in front of 41,268 fans, their fifth league victory in a row.",
        N("3-1", "match score"),
        Q("41,268", 41268, subj="fan"),
        N("fifth", ORD),
    ),
    S(
        "The government will spend €2.4 billion over four years on new rail lines, the transport "
        "minister told parliament on Wednesday.",
        Q("€2.4 billion", 2.4 * B, "EUR", h=0.05 * B, subj="rail", by="minister"),
        Q("four years", 4, "year"),
    ),
    S(
        "More than 1,500 people attended the vigil in the town square, organisers said.",
        Q("1,500", 1500, q="more_than", subj="people", by="organisers"),
    ),
    S(
        "Inflation in the eurozone eased to 2.2% in August from 2.6% in July, according to "
        "Eurostat.",
        Q("2.2%", 2.2, "percent", h=0.05, subj="inflation", by="Eurostat"),
        Q("2.6%", 2.6, "percent", h=0.05, by="Eurostat"),
    ),
    S(
        "The new vaccine cut hospital admissions by about 70% among people over 65 in the trial, "
        "researchers reported.",
        Q("70%", 70, "percent", q="approx", subj="admission", by="researchers"),
        Q("65", 65, "age_year", q="more_than"),
    ),
    S(
        "Wildfires have burned 48,000 hectares in the province since June, roughly twice the "
        "area lost in all of 2023, officials said.",
        Q("48,000 hectares", 48000, "ha", h=500, subj="wildfire", by="officials"),
        N("2023", YEAR),
    ),
    S(
        "The airline carried 14.6 million passengers in 2024, up 9% on the year before, and plans "
        "to add 12 new routes.",
        Q("14.6 million", 14.6 * M, h=0.05 * M, subj="passenger", period="2024"),
        N("2024", YEAR),
        Q("9%", 9, "percent"),
        Q("12", 12, subj="route"),
    ),
    S(
        "Of the 240 schools inspected last year, 31 were rated inadequate, the inspectorate's "
        "annual report found.",
        Q("240", 240, h=5, subj="school", by="inspectorate"),
        Q("31", 31, whole=240, by="inspectorate"),
    ),
    S(
        "A magnitude 5.7 earthquake struck off the coast early on Friday, damaging at least 80 "
        "buildings, the civil protection agency said.",
        Q("magnitude 5.7", 5.7, "magnitude", h=0.05),
        Q("80", 80, q="at_least", subj="building", by="civil protection"),
    ),
    S(
        "House prices in the capital rose by 5.6% in the year to March, to an average of "
        "£538,000, the Land Registry said.",
        Q("5.6%", 5.6, "percent", h=0.05, subj="price", by="Land Registry"),
        Q("£538,000", 538000, "GBP", h=500, by="Land Registry"),
    ),
    S(
        "The museum welcomed 2.1 million visitors last year, its best attendance since it "
        "reopened in 2016.",
        Q("2.1 million", 2.1 * M, h=0.05 * M, subj="visitor"),
        N("2016", YEAR),
    ),
    S(
        "The ruling party won 146 of the 300 seats, falling short of a majority, according to "
        "final results.",
        Q("146", 146, whole=300, subj="seat"),
        Q("300", 300, h=15, subj="seat"),
    ),
    S(
        "Between 3,000 and 4,000 workers could lose their jobs if the steel plant closes, the "
        "union warned.",
        R("3,000 and 4,000", 3000, 4000, subj="worker", by="union"),
    ),
    S(
        "The central bank raised its key rate by 0.5 percentage points to 4.75%, the highest level "
        "in 15 years.",
        Q("0.5 percentage points", 0.5, "percentage_point", h=0.05, subj="rate"),
        Q("4.75%", 4.75, "percent", h=0.005),
        Q("15 years", 15, "year"),
    ),
    S(
        "Drivers caught speeding near schools will face fines of up to $1,000 under the new law, "
        "which takes effect on 1 September.",
        Q("$1,000", 1000, "USD", q="up_to", subj="fine"),
        N("1 September", DATE),
    ),
    S(
        "The company said it would cut 1,200 jobs, about 8% of its workforce, as demand for its "
        "laptops slumps.",
        Q("1,200", 1200, h=50, subj="job", by="company"),
        Q("8%", 8, "percent", q="approx", by="company"),
    ),
    S(
        "Rainfall in October was 172 millimetres, more than double the monthly average, the Met "
        "Office said.",
        Q("172 millimetres", 172, "mm", subj="rain", by="Met Office"),
    ),
    S(
        "Measles cases in the country rose to 2,317 in 2024 from 581 a year earlier, health "
        "officials said.",
        Q("2,317", 2317, subj="case", period="2024", by="health officials"),
        N("2024", YEAR),
        Q("581", 581, by="health officials"),
    ),
    S(
        "The 72-year-old senator announced on Monday that she would not seek a fifth term in "
        "2026.",
        Q("72-year-old", 72, "age_year"),
        N("fifth", ORD),
        N("2026", YEAR),
    ),
    S(
        "Retail sales grew 1.3% in November, helped by Black Friday discounts, the statistics "
        "office said.",
        Q("1.3%", 1.3, "percent", h=0.05, subj="sale", by="statistics office"),
    ),
    S(
        "Some 250 firefighters and 40 fire engines were sent to tackle the blaze at the recycling "
        "plant.",
        Q("250", 250, h=5, q="approx", subj="firefighter"),
        Q("40", 40, subj="engine"),
    ),
    S(
        "The trial heard that the couple defrauded investors of $3.2 million over six years.",
        Q("$3.2 million", 3.2 * M, "USD", h=0.05 * M, subj="investor"),
        Q("six years", 6, "year"),
    ),
    S(
        "Almost half of the 18,000 nurses surveyed by the union said they were considering leaving "
        "the profession.",
        Q("half", 0.5, q="below", whole=18000, subj="nurse", by="union"),
        Q("18,000", 18000, h=500, subj="nurse", by="union"),
    ),
    S(
        "The bridge, which cost €185 million, will carry an estimated 35,000 vehicles a day when it "
        "opens in 2027.",
        Q("€185 million", 185 * M, "EUR", h=0.5 * M, subj="bridge"),
        Q("35,000", 35000, h=500, q="approx", subj="vehicle"),
        N("2027", YEAR),
    ),
    S(
        "Oil prices fell more than 3% on Tuesday, with Brent crude settling at $74.20 a barrel.",
        Q("3%", 3, "percent", q="more_than", subj="price"),
        Q("$74.20", 74.2, "USD", h=0.005, subj="crude"),
    ),
    S(
        "The marathon winner finished in 2:06:31, while 17,400 runners completed the course, "
        "organisers said.",
        Q("2:06:31", 2 + 6 / 60 + 31 / 3600, "hour"),
        Q("17,400", 17400, h=50, subj="runner", by="organisers"),
    ),
    S(
        "Knife crime offences in the city fell by 14% in 2024 to 1,863, police figures show.",
        Q("14%", 14, "percent", subj="crime", period="2024", by="police"),
        N("2024", YEAR),
        Q("1,863", 1863, by="police"),
    ),
    S(
        "The drought has left 2.3 million people in need of food aid, the World Food Programme "
        "said on Thursday.",
        Q("2.3 million", 2.3 * M, h=0.05 * M, subj="people", by="World Food Programme"),
    ),
    S(
        "About 60% of voters back the plan to ban smartphones in primary schools, a poll for the "
        "newspaper found.",
        Q("60%", 60, "percent", q="approx", subj="voter", by="poll"),
    ),
    S(
        "The supermarket chain reported annual sales of £21.7 billion and said it would open 45 "
        "new stores.",
        Q("£21.7 billion", 21.7 * B, "GBP", h=0.05 * B, subj="sale"),
        Q("45", 45, subj="store"),
    ),
    S(
        "Floodwaters rose to 4.2 metres in the town centre, and 900 residents spent the night in "
        "emergency shelters.",
        Q("4.2 metres", 4.2, "m", h=0.05, subj="flood"),
        Q("900", 900, h=45, subj="resident"),
    ),
    S(
        "The minimum wage will rise to €13.50 an hour from 1 January, an increase of 6.3%, the "
        "labour ministry announced.",
        Q("€13.50", 13.5, "EUR", h=0.005, subj="wage", by="labour ministry"),
        N("1 January", DATE),
        Q("6.3%", 6.3, "percent", h=0.05, by="labour ministry"),
    ),
    S(
        "Scientists counted 1,146 breeding pairs of puffins on the island this summer, down from "
        "1,470 in 2019.",
        Q("1,146", 1146, subj="pair"),
        Q("1,470", 1470, h=5, period="2019"),
        N("2019", YEAR),
    ),
    S(
        "The festival sold 85,000 tickets in under two hours, and prices started at £95.",
        Q("85,000", 85000, h=500, subj="ticket"),
        Q("two hours", 2, "hour", q="less_than"),
        Q("£95", 95, "GBP", subj="price"),
    ),
    S(
        "Life expectancy for women reached 84.1 years in 2023, while men could expect to live "
        "to 80.3, the report said.",
        Q("84.1 years", 84.1, "year", h=0.05, subj="expectancy", period="2023", by="report"),
        N("2023", YEAR),
        Q("80.3", 80.3, "year", h=0.05, by="report"),
    ),
    S(
        "Two men, aged 19 and 23, were arrested after a cash machine was ripped from a wall in "
        "the early hours of Sunday.",
        Q("Two", 2, subj="men"),
        Q("19", 19, "age_year"),
        Q("23", 23, "age_year"),
    ),
    S(
        "The council says 420 homes will be built on the site, a third of them classed as "
        "affordable.",
        Q("420", 420, h=5, subj="home", by="council"),
        Q("a third", 1 / 3, whole=420, by="council"),
    ),
    S(
        "Coffee prices have climbed by roughly 70% since 2023 because of poor harvests in Brazil "
        "and Vietnam, traders said.",
        Q("70%", 70, "percent", q="approx", subj="price", period="since 2023", by="traders"),
        N("2023", YEAR),
    ),
    S(
        "Exports to China dropped to $8.9 billion in the first half of the year, down 12% from "
        "the same period in 2024.",
        Q("$8.9 billion", 8.9 * B, "USD", h=0.05 * B, subj="export"),
        N("first half", "period label"),
        Q("12%", 12, "percent"),
        N("2024", YEAR),
    ),
    S(
        "The heatwave is expected to last at least five days, with highs of 35 degrees Celsius in "
        "the south, forecasters said.",
        Q("five days", 5, "day", q="at_least", by="forecasters"),
        Q("35 degrees Celsius", 35, "degC", subj="high", by="forecasters"),
    ),
    S(
        "Ambulances took an average of 42 minutes to reach heart attack and stroke patients in "
        "December, against a target of 18 minutes.",
        Q("42 minutes", 42, "minute", subj="ambulance"),
        Q("18 minutes", 18, "minute", subj="target"),
    ),
    S(
        "The opposition leader received 43.7% of the vote in the first round and will face the "
        "incumbent in a run-off on 9 June.",
        Q("43.7%", 43.7, "percent", h=0.05, subj="vote"),
        N("first round", "round label"),
        N("9 June", DATE),
    ),
    S(
        "A cyberattack on the hospital network exposed the records of up to 300,000 patients, the "
        "data protection regulator said.",
        Q("300,000", 300000, q="up_to", subj="patient", by="regulator"),
    ),
    S(
        "The bakery chain, founded in 1952, now employs 3,400 staff across 210 shops.",
        N("1952", YEAR),
        Q("3,400", 3400, h=50, subj="staff"),
        Q("210", 210, h=5, subj="shop"),
    ),
    S(
        "Nine of the 14 regions reported below-average rainfall over the winter, the national "
        "weather service said.",
        Q("Nine", 9, whole=14, subj="region", by="weather service"),
        Q("14", 14, subj="region", by="weather service"),
    ),
    S(
        "The tech group spent $6.8 billion on research last year, about 17% of its revenue.",
        Q("$6.8 billion", 6.8 * B, "USD", h=0.05 * B, subj="research"),
        Q("17%", 17, "percent", q="approx"),
    ),
    S(
        "Prosecutors say the gang smuggled more than 2 tonnes of cocaine through the port between "
        "2021 and 2023.",
        Q("2 tonnes", 2, "t", q="more_than", subj="cocaine", by="prosecutors"),
        N("2021", YEAR),
        N("2023", YEAR),
    ),
    S(
        "The region's population grew by 0.8% last year to 5.47 million, driven by migration, the "
        "census bureau said.",
        Q("0.8%", 0.8, "percent", h=0.05, subj="population", by="census bureau"),
        Q("5.47 million", 5.47 * M, h=0.005 * M, by="census bureau"),
    ),
    S(
        "The cyclist, 26, won the mountain stage by 48 seconds and now leads the race by 1 minute "
        "12 seconds.",
        Q("26", 26, "age_year"),
        Q("48 seconds", 48, "second"),
        Q("1 minute 12 seconds", 1.2, "minute"),
    ),
    S(
        "Energy bills for a typical household will fall by £129 a year from April, the regulator "
        "Ofgem said.",
        Q("£129", 129, "GBP", subj="bill", by="Ofgem"),
    ),
    S(
        "The film took $162 million worldwide in its opening weekend, the biggest debut of the "
        "year so far.",
        Q("$162 million", 162 * M, "USD", h=0.5 * M, subj="film"),
    ),
    S(
        "Around 1 in 10 children in the city lives in overcrowded housing, according to a charity "
        "report released on Monday.",
        Q("1 in 10", 1, whole=10, q="approx", subj="child", by="charity"),
    ),
    S(
        "The factory will create 650 jobs when it opens in 2026, the company said, with a further "
        "200 at suppliers.",
        Q("650", 650, h=5, subj="job", by="company"),
        N("2026", YEAR),
        Q("200", 200, h=10, by="company"),
    ),
    S(
        "Tourist arrivals reached 9.2 million in 2024, still 6% short of the record set in 2019, "
        "the tourism board said.",
        Q("9.2 million", 9.2 * M, h=0.05 * M, subj="arrival", period="2024", by="tourism board"),
        N("2024", YEAR),
        Q("6%", 6, "percent", by="tourism board"),
        N("2019", YEAR, occ=1),
    ),
    S(
        "The defendant, a 51-year-old accountant, was jailed for seven years for stealing "
        "£2.4m from a charity.",
        Q("51-year-old", 51, "age_year"),
        Q("seven years", 7, "year"),
        Q("£2.4m", 2.4 * M, "GBP", h=0.05 * M),
    ),
    S(
        "Farmers harvested 31.5 million tonnes of wheat this season, up from 27.8 million tonnes, "
        "the agriculture ministry estimates.",
        Q("31.5 million tonnes", 31.5 * M, "t", h=0.05 * M, subj="wheat", by="agriculture ministry"),
        Q("27.8 million tonnes", 27.8 * M, "t", h=0.05 * M, by="agriculture ministry"),
    ),
    S(
        "Wind gusts of up to 110 km/h brought down trees and closed 23 roads across the county "
        "overnight.",
        Q("110 km/h", 110, "km/h", q="up_to", subj="gust"),
        Q("23", 23, subj="road"),
    ),
    S(
        "The proportion of students passing the maths exam fell to 71% from 76%, the exam board "
        "said.",
        Q("71%", 71, "percent", subj="student", by="exam board"),
        Q("76%", 76, "percent", by="exam board"),
    ),
    S(
        "The bank was fined $45 million by regulators for failing to monitor 2,600 suspicious "
        "transactions.",
        Q("$45 million", 45 * M, "USD", h=0.5 * M, subj="fine"),
        Q("2,600", 2600, h=50, subj="transaction"),
    ),
    S(
        "Public debt rose to 112.4% of GDP at the end of March, the finance ministry said on "
        "Friday.",
        Q("112.4%", 112.4, "percent", h=0.05, subj="debt", by="finance ministry"),
    ),
    S(
        "The new metro line is 18 kilometres long, has 14 stations and will cut journey times by "
        "up to 25 minutes.",
        Q("18 kilometres", 18, "km", subj="line"),
        Q("14", 14, subj="station"),
        Q("25 minutes", 25, "minute", q="up_to"),
    ),
    S(
        "Fewer than 500 Iberian lynx lived in the wild in 2002; today there are more than 2,000, "
        "conservationists say.",
        Q("500", 500, q="less_than", subj="lynx", by="conservationists"),
        N("2002", YEAR),
        Q("2,000", 2000, q="more_than", by="conservationists"),
    ),
    S(
        "The streaming service added 5.1 million subscribers in the third quarter, taking its "
        "total to 282 million.",
        Q("5.1 million", 5.1 * M, h=0.05 * M, subj="subscriber"),
        N("third quarter", "quarter label"),
        Q("282 million", 282 * M, h=0.5 * M, subj="total"),
    ),
    S(
        "The mayor, 47, said the city would plant 10,000 trees by 2030 to cool its hottest "
        "streets.",
        Q("47", 47, "age_year"),
        Q("10,000", 10000, h=500, subj="tree", by="mayor"),
        N("2030", YEAR),
    ),
    S(
        "Two-thirds of the 1,200 companies surveyed expect to raise prices in the coming months, "
        "the chamber of commerce said.",
        Q("Two-thirds", 2 / 3, whole=1200, subj="compan", by="chamber of commerce"),
        Q("1,200", 1200, h=50, subj="compan", by="chamber of commerce"),
    ),
    S(
        "Hospital waiting times in the emergency department averaged 5 hours 20 minutes in "
        "January, the longest on record.",
        Q("5 hours 20 minutes", 5 + 1 / 3, "hour", subj="waiting"),
    ),
    S(
        "Prices for fresh vegetables jumped 18.5% in a year, while bread rose 7%, the consumer "
        "group said.",
        Q("18.5%", 18.5, "percent", h=0.05, subj="vegetable", by="consumer group"),
        Q("7%", 7, "percent", subj="bread", by="consumer group"),
    ),
    S(
        "Police seized 37 firearms and £410,000 in cash in raids on 12 addresses on Wednesday.",
        Q("37", 37, subj="firearm"),
        Q("£410,000", 410000, "GBP", h=5000, subj="cash"),
        Q("12", 12, subj="address"),
    ),
    S(
        "The ferry, carrying 312 passengers and 48 crew, ran aground off the island but nobody "
        "was hurt, the coastguard said.",
        Q("312", 312, subj="passenger", by="coastguard"),
        Q("48", 48, subj="crew", by="coastguard"),
    ),
    S(
        "The national team climbed to 11th in the FIFA rankings after winning 4 of its last 5 "
        "matches.",
        Q("11th", 11, "rank"),
        Q("4", 4, whole=5, subj="match"),
        Q("5", 5, subj="match"),
    ),
    S(
        "The airport handled 41.3 million passengers in 2024, about 4% more than its previous "
        "record in 2019.",
        Q("41.3 million", 41.3 * M, h=0.05 * M, subj="passenger", period="2024"),
        N("2024", YEAR),
        Q("4%", 4, "percent", q="approx"),
        N("2019", YEAR),
    ),
    S(
        "Lawmakers voted 218 to 207 to pass the spending bill late on Thursday.",
        Q("218", 218, subj="vote"),
        Q("207", 207, subj="vote"),
    ),
    S(
        "The charity says it handed out 3.1 million emergency food parcels in the year to March, "
        "a rise of 11%.",
        Q("3.1 million", 3.1 * M, h=0.05 * M, subj="parcel", by="charity"),
        Q("11%", 11, "percent", by="charity"),
    ),
    S(
        "A landslide after 36 hours of heavy rain buried 15 houses in the mountain village, local "
        "authorities said.",
        Q("36 hours", 36, "hour", subj="rain"),
        Q("15", 15, subj="house", by="local authorities"),
    ),
    S(
        "The start-up raised $75 million in a funding round that values it at about $1.2 billion.",
        Q("$75 million", 75 * M, "USD", h=0.5 * M),
        Q("$1.2 billion", 1.2 * B, "USD", h=0.05 * B, q="approx"),
    ),
    S(
        "Average rents for new tenancies rose to €1,480 a month in Dublin, 8.2% higher than a year "
        "earlier, the property website said.",
        Q("€1,480", 1480, "EUR", h=5, subj="rent", by="property website"),
        Q("8.2%", 8.2, "percent", h=0.05, by="property website"),
    ),
    S(
        "The prison, built for 600 inmates, currently holds 1,050, according to the justice "
        "ministry.",
        Q("600", 600, h=30, subj="inmate", by="justice ministry"),
        Q("1,050", 1050, h=5, by="justice ministry"),
    ),
    S(
        "Sea ice in the Arctic shrank to 4.28 million square kilometres in September, the "
        "seventh-lowest extent on record.",
        Q("4.28 million square kilometres", 4.28 * M, "km2", h=0.005 * M, subj="ice"),
        Q("seventh-lowest", 7, "rank"),
    ),
    S(
        "Growth slowed to 0.3% in the three months to June, the Office for National Statistics "
        "said.",
        Q("0.3%", 0.3, "percent", h=0.05, subj="growth", by="Office for National Statistics"),
        Q("three months", 3, "month"),
    ),
    S(
        "About 2,500 doctors walked out on Tuesday in a dispute over pay, and 14,000 appointments "
        "were cancelled, the health service said.",
        Q("2,500", 2500, h=50, q="approx", subj="doctor", by="health service"),
        Q("14,000", 14000, h=500, subj="appointment", by="health service"),
    ),
    S(
        "The club's revenue hit a record £715 million in the 2023-24 season, driven by a 15% rise "
        "in commercial income.",
        Q("£715 million", 715 * M, "GBP", h=0.5 * M, subj="revenue"),
        N("2023-24", "season label"),
        Q("15%", 15, "percent", subj="income"),
    ),
    S(
        "The volcano has erupted 9 times since December 2023, forcing the evacuation of about "
        "3,700 residents.",
        Q("9", 9, period="since 2023-12"),
        N("2023", YEAR),
        Q("3,700", 3700, h=50, q="approx", subj="resident"),
    ),
    S(
        "The pension age will rise to 67 by 2028, affecting around 1.4 million workers, the "
        "government confirmed.",
        Q("67", 67, "age_year", subj="pension"),
        N("2028", YEAR),
        Q("1.4 million", 1.4 * M, h=0.05 * M, q="approx", subj="worker", by="government"),
    ),
    S(
        "The orchestra's new concert hall has 1,900 seats and cost 240 million Swiss francs to "
        "build.",
        Q("1,900", 1900, h=50, subj="seat"),
        Q("240 million Swiss francs", 240 * M, "CHF", h=0.5 * M, subj="hall"),
    ),
    S(
        "Car thefts in the county rose by a quarter last year, with 4,870 vehicles stolen, the "
        "police commissioner said.",
        Q("a quarter", 0.25, subj="theft", by="police commissioner"),
        Q("4,870", 4870, h=5, subj="vehicle", by="police commissioner"),
    ),
    S(
        "The company's net profit fell 23% to 3.4 billion yen in the six months to September.",
        Q("23%", 23, "percent", subj="profit"),
        Q("3.4 billion yen", 3.4 * B, "JPY", h=0.05 * B, subj="profit"),
        Q("six months", 6, "month"),
    ),
    S(
        "Nearly 9,000 homes in the valley were flooded in 2024, and insurers paid out £380 million "
        "in claims.",
        Q("9,000", 9000, h=450, q="below", subj="home", period="2024"),
        N("2024", YEAR),
        Q("£380 million", 380 * M, "GBP", h=0.5 * M, subj="claim"),
    ),
    S(
        "The tennis player, ranked 37th in the world, beat the top seed in straight sets in just "
        "under 90 minutes.",
        Q("37th", 37, "rank"),
        Q("90 minutes", 90, "minute", q="below"),
    ),
    S(
        "Childcare costs for a toddler now average $1,340 a month, about 19% of a typical family's "
        "income, the study found.",
        Q("$1,340", 1340, "USD", h=5, subj="cost", by="study"),
        Q("19%", 19, "percent", q="approx", by="study"),
    ),
    S(
        "Electric cars made up 22.5% of new registrations in June, compared with 17.9% a year "
        "earlier, industry data show.",
        Q("22.5%", 22.5, "percent", h=0.05, subj="registration", by="industry"),
        Q("17.9%", 17.9, "percent", h=0.05, by="industry"),
    ),
    S(
        "The governor declared a state of emergency in 11 counties after the river rose 2.8 metres "
        "above flood level.",
        Q("11", 11, subj="counties"),
        Q("2.8 metres", 2.8, "m", h=0.05, subj="river"),
    ),
    S(
        "At least 19 people died and 43 were injured when a bus overturned on a mountain road on "
        "Saturday, police said.",
        Q("19", 19, q="at_least", subj="people", by="police"),
        Q("43", 43, by="police"),
    ),
    S(
        "The library lends about 640,000 books a year and has 28,000 active members, the council "
        "said.",
        Q("640,000", 640000, h=5000, q="approx", subj="book", by="council"),
        Q("28,000", 28000, h=500, subj="member", by="council"),
    ),
    S(
        "Annual consumer price inflation in Turkey slowed to 38.1% in May, still far above the "
        "central bank's 5% target.",
        Q("38.1%", 38.1, "percent", h=0.05, subj="inflation"),
        Q("5%", 5, "percent", subj="target"),
    ),
    S(
        "The parliament passed the climate bill by 361 votes to 112, with 44 abstentions.",
        Q("361", 361, subj="vote"),
        Q("112", 112, subj="vote"),
        Q("44", 44, subj="abstention"),
    ),
    S(
        "The ski resort received 1.8 metres of fresh snow in a week, and 95% of its slopes are now "
        "open, its operator said.",
        Q("1.8 metres", 1.8, "m", h=0.05, subj="snow"),
        Q("95%", 95, "percent", subj="slope", by="operator"),
    ),
    S(
        "The merger, worth $14.5 billion, would create the country's largest grocer with about "
        "4,000 stores.",
        Q("$14.5 billion", 14.5 * B, "USD", h=0.05 * B, subj="merger"),
        Q("4,000", 4000, h=200, q="approx", subj="store"),
    ),
    S(
        "More than 70% of the town's residents voted against the wind farm in a non-binding "
        "referendum on Sunday.",
        Q("70%", 70, "percent", q="more_than", subj="resident"),
    ),
    S(
        "The bus fare cap of £2 will stay in place until December 2025, saving regular passengers "
        "up to £600 a year.",
        Q("£2", 2, "GBP", subj="fare"),
        N("2025", YEAR),
        Q("£600", 600, "GBP", q="up_to", subj="passenger"),
    ),
    S(
        "A 16-year-old boy was stabbed in a park on Friday evening and is in a stable condition in "
        "hospital, police said.",
        Q("16-year-old", 16, "age_year"),
    ),
    S(
        "The telescope spotted a galaxy 13.2 billion light years away, one of the most distant "
        "ever observed, astronomers said.",
        Q("13.2 billion light years", 13.2 * B, "ly", h=0.05 * B, subj="galaxy", by="astronomers"),
        N("one", ONE),
    ),
    S(
        "Home sales dropped 9.6% in the first quarter to 212,000, the lowest since 2012, the "
        "realtors' association said.",
        Q("9.6%", 9.6, "percent", h=0.05, subj="sale", by="association"),
        N("first quarter", "quarter label"),
        Q("212,000", 212000, h=500, by="association"),
        N("2012", YEAR),
    ),
    S(
        "The city recorded 132 homicides last year, 20 fewer than in 2023, according to police "
        "data.",
        Q("132", 132, subj="homicide", by="police"),
        Q("20", 20, by="police"),
        N("2023", YEAR),
    ),
    S(
        "The hurricane, packing winds of 185 mph, is expected to make landfall late on Wednesday, "
        "the National Hurricane Center said.",
        Q("185 mph", 185, "mph", subj="wind", by="National Hurricane Center"),
    ),
    S(
        "Sales of vinyl records rose for the 17th year in a row, to 6.7 million copies, the music "
        "industry body said.",
        N("17th", ORD),
        Q("6.7 million", 6.7 * M, h=0.05 * M, subj="cop", by="industry body"),
    ),
    S(
        "The government plans to hire 5,000 extra teachers by 2027 at a cost of about €310 million "
        "a year.",
        Q("5,000", 5000, h=250, subj="teacher"),
        N("2027", YEAR),
        Q("€310 million", 310 * M, "EUR", h=0.5 * M, q="approx", subj="cost"),
    ),
    S(
        "The share of renewables in electricity generation reached 47% in 2024, up 6 percentage "
        "points from 2022, the grid operator said.",
        Q("47%", 47, "percent", subj="renewable", period="2024", by="grid operator"),
        N("2024", YEAR),
        Q("6 percentage points", 6, "percentage_point", by="grid operator"),
        N("2022", YEAR),
    ),
    S(
        "Doctors performed 3,218 kidney transplants in 2024, but about 5,600 patients remain on "
        "the waiting list, the transplant agency said.",
        Q("3,218", 3218, subj="transplant", period="2024", by="transplant agency"),
        N("2024", YEAR),
        Q("5,600", 5600, h=50, q="approx", subj="patient", by="transplant agency"),
    ),
    S(
        "The Olympic champion, 29, set a world record of 6.26 metres in the pole vault on Sunday.",
        Q("29", 29, "age_year"),
        Q("6.26 metres", 6.26, "m", h=0.005, subj="record"),
    ),
    S(
        "The price of a bag of rice has risen from 90 cents to $1.45 in two years, shoppers "
        "complain.",
        Q("90 cents", 0.9, "USD", subj="price", by="shoppers"),
        Q("$1.45", 1.45, "USD", h=0.005, by="shoppers"),
        Q("two years", 2, "year"),
    ),
    S(
        "Snowfall of 15 to 25 centimetres is forecast for the north on Friday, the weather service "
        "warned.",
        R("15 to 25 centimetres", 15, 25, "cm", subj="snow", by="weather service"),
    ),
    S(
        "The retailer's online sales jumped 31% over Christmas, and it hired 9,500 temporary "
        "workers to meet demand.",
        Q("31%", 31, "percent", subj="sale"),
        Q("9,500", 9500, h=50, subj="worker"),
    ),
    S(
        "Researchers followed 48,000 adults for 12 years and found that those who walked daily "
        "had a 21% lower risk of heart disease.",
        Q("48,000", 48000, h=500, subj="adult", by="researchers"),
        Q("12 years", 12, "year"),
        Q("21%", 21, "percent", subj="risk"),
    ),
    S(
        "The border crossing was closed for 14 hours, leaving a queue of about 1,800 lorries, "
        "hauliers said.",
        Q("14 hours", 14, "hour"),
        Q("1,800", 1800, h=50, q="approx", subj="lorr", by="hauliers"),
    ),
    S(
        "The minister resigned on 4 November, 18 months after taking office, amid a row over "
        "expenses.",
        N("4 November", DATE),
        Q("18 months", 18, "month"),
    ),

    # --- batch 7: business, markets and personal finance
    # earnings and guidance
    S(
        "Halvorsen Logistics forecast full-year revenue of $4.1 billion to $4.3 billion, below "
        "the $4.45 billion analysts polled by LSEG had expected.",
        R("$4.1 billion to $4.3 billion", 4.1 * B, 4.3 * B, "USD", subj="revenue", by="Halvorsen"),
        Q("$4.45 billion", 4.45 * B, "USD", h=0.005 * B, by="analysts"),
    ),
    S(
        "Brightwater Energy reported adjusted earnings of 87 cents a share for the third quarter, "
        "beating the consensus estimate of 79 cents, on revenue of $6.02 billion.",
        Q("87 cents", 0.87, "USD", subj="earning"),
        N("third quarter", "quarter label"),
        Q("79 cents", 0.79, "USD"),
        Q("$6.02 billion", 6.02 * B, "USD", h=0.005 * B, subj="revenue"),
    ),
    S(
        "Baker Crumbwell lifts dividend 8% to 17.3p after record year",
        Q("8%", 8, "percent", subj="dividend"),
        Q("17.3p", 0.173, "GBP", h=0.0005, subj="dividend"),
    ),
    S(
        "Revenue in the Chinese market slumped 18% to 21.4 billion yuan ($2.95 billion), while "
        "sales in India jumped 34% to 96 billion rupees.",
        Q("18%", 18, "percent", subj="revenue"),
        Q("21.4 billion yuan", 21.4 * B, "CNY", h=0.05 * B, subj="revenue"),
        Q("$2.95 billion", 2.95 * B, "USD", h=0.005 * B),
        Q("34%", 34, "percent", subj="sale"),
        Q("96 billion rupees", 96 * B, "INR", h=0.5 * B, subj="sale"),
    ),
    S(
        "Group operating profit came in at CHF 2.14 billion, up 9.6%, and the board proposed a "
        "dividend of 3.20 francs per share, up from 3.05 francs.",
        Q("CHF 2.14 billion", 2.14 * B, "CHF", h=0.005 * B, subj="profit"),
        Q("9.6%", 9.6, "percent", h=0.05),
        Q("3.20 francs", 3.2, "CHF", h=0.005, subj="dividend"),
        Q("3.05 francs", 3.05, "CHF", h=0.005),
    ),
    S(
        "Samjin Electronics posted an operating profit of 10.4 trillion won in the second "
        "quarter, nearly triple the 3.6 trillion won it made a year earlier.",
        Q("10.4 trillion won", 10.4 * T, "KRW", h=0.05 * T, subj="profit"),
        N("second quarter", "quarter label"),
        Q("3.6 trillion won", 3.6 * T, "KRW", h=0.05 * T),
        N("a year", REL),
    ),
    S(
        "South African miner Kopano Resources swung to a headline loss of R1.7 billion in the six "
        "months to December, against a profit of R3.2 billion a year before.",
        Q("R1.7 billion", 1.7 * B, "ZAR", h=0.05 * B, subj="loss"),
        Q("six months", 6, "month"),
        Q("R3.2 billion", 3.2 * B, "ZAR", h=0.05 * B, subj="profit"),
        N("a year", REL),
    ),
    S(
        "Gross margin slipped 140 basis points to 38.9%, the company said, as freight costs and "
        "discounting ate into profits.",
        Q("140 basis points", 1.4, "percentage_point", subj="margin", by="company"),
        Q("38.9%", 38.9, "percent", h=0.05, subj="margin", by="company"),
    ),
    S(
        "Analysts polled by Reuters expected the lender to report net income of about €2.6 "
        "billion for Q3, up from €2.31 billion in the same quarter of 2024.",
        Q("€2.6 billion", 2.6 * B, "EUR", h=0.05 * B, q="approx", subj="income", by="Reuters"),
        N("Q3", "quarter label"),
        Q("€2.31 billion", 2.31 * B, "EUR", h=0.005 * B),
        N("quarter", REL),
        N("2024", YEAR),
    ),
    S(
        "Lindqvist cut its 2025 earnings guidance for the second time this year and now sees "
        "earnings per share of $3.85 to $4.05, down from $4.20 to $4.40.",
        N("2025", YEAR),
        N("second", ORD),
        R("$3.85 to $4.05", 3.85, 4.05, "USD", subj="earning"),
        R("$4.20 to $4.40", 4.2, 4.4, "USD"),
    ),
    S(
        "Quarterly revenue rose 11.3% to Rs 38,420 crore, beating the Rs 37,900 crore consensus "
        "estimate compiled by Bloomberg.",
        Q("11.3%", 11.3, "percent", h=0.05, subj="revenue"),
        Q("Rs 38,420 crore", 3.842e11, "INR", h=0.5e7, subj="revenue"),
        Q("Rs 37,900 crore", 3.79e11, "INR", h=0.5e7, subj="estimate", by="Bloomberg"),
    ),
    S(
        "Chipmaker's shares soar 14% as AI orders double to $9.2bn",
        Q("14%", 14, "percent", subj="share"),
        Q("$9.2bn", 9.2 * B, "USD", h=0.05 * B, subj="order"),
    ),
    S(
        "Revenue for fiscal 2026 is expected to reach NT$1.2 trillion, with about two-thirds "
        "coming from chips made on its most advanced processes, the chief financial officer said.",
        N("fiscal 2026", "fiscal year"),
        Q("NT$1.2 trillion", 1.2 * T, "TWD", h=0.05 * T, subj="revenue", by="officer"),
        Q("two-thirds", 2 / 3, q="approx", whole=1.2 * T, by="officer"),
    ),
    S(
        "Toyama Motors expects an operating profit of ¥3.8 trillion for the year ending March "
        "2026, assuming an exchange rate of ¥145 to the dollar.",
        Q("¥3.8 trillion", 3.8 * T, "JPY", h=0.05 * T, subj="profit"),
        N("March 2026", DATE),
        Q("¥145", 145, "JPY"),
    ),
    S(
        "Grupo Altamira reported a quarterly net profit of 4.87 billion Mexican pesos, up 13% from "
        "a year earlier, on sales of 61.2 billion pesos.",
        Q("4.87 billion Mexican pesos", 4.87 * B, "MXN", h=0.005 * B, subj="profit"),
        Q("13%", 13, "percent"),
        N("a year", REL),
        Q("61.2 billion pesos", 61.2 * B, "MXN", h=0.05 * B, subj="sale"),
    ),
    S(
        "Net income at the Istanbul-based bank rose 24% to 21.6 billion lira in the first quarter, "
        "while its loan book grew by more than a third.",
        Q("24%", 24, "percent", subj="income"),
        Q("21.6 billion lira", 21.6 * B, "TRY", h=0.05 * B, subj="income"),
        N("first quarter", "quarter label"),
        Q("a third", 1 / 3, q="more_than", subj="loan"),
    ),
    S(
        "The insurer said claims from the January wildfires would cost it between $1.3bn and "
        "$1.6bn before tax, about 40% of its annual catastrophe budget.",
        R("$1.3bn and $1.6bn", 1.3 * B, 1.6 * B, "USD", subj="claim", by="insurer"),
        Q("40%", 40, "percent", q="approx", by="insurer"),
    ),
    S(
        "Earnings per share for the 52 weeks to 1 March came in at 31.4p, against 28.9p in the "
        "prior-year period.",
        Q("52 weeks", 52, "week"),
        N("1 March", DATE),
        Q("31.4p", 0.314, "GBP", h=0.0005, subj="earning"),
        Q("28.9p", 0.289, "GBP", h=0.0005),
    ),
    S(
        "The fintech counted 5.3m users at the end of March, almost double the 2.8m it had a year "
        "earlier, but made a loss of €84m.",
        Q("5.3m", 5.3 * M, h=0.05 * M, subj="user"),
        Q("2.8m", 2.8 * M, h=0.05 * M),
        N("a year", REL),
        Q("€84m", 84 * M, "EUR", h=0.5 * M, subj="loss"),
    ),
    S(
        "The bank's CET1 ratio stood at 14.2%, comfortably above the 10.5% regulatory minimum, "
        "and it reiterated its 2026 target of a return on tangible equity above 12%.",
        N("CET1", "ratio name"),
        Q("14.2%", 14.2, "percent", h=0.05, subj="ratio"),
        Q("10.5%", 10.5, "percent", h=0.05, subj="minimum"),
        N("2026", YEAR),
        Q("12%", 12, "percent", q="more_than", subj="return"),
    ),
    # share prices, indices and market value
    S(
        "Shares in Harcourt Pharma fell 31p, or 6.4%, to 452p in early trading in London, valuing "
        "the company at about £3.9bn.",
        Q("31p", 0.31, "GBP", subj="share"),
        Q("6.4%", 6.4, "percent", h=0.05, subj="share"),
        Q("452p", 4.52, "GBP", subj="share"),
        Q("£3.9bn", 3.9 * B, "GBP", h=0.05 * B, q="approx"),
    ),
    S(
        "Its stock has more than doubled this year, lifting its market capitalisation above $3.4 "
        "trillion and making it the world's second most valuable listed company.",
        Q("$3.4 trillion", 3.4 * T, "USD", h=0.05 * T, q="more_than", subj="capitalisation"),
        Q("second", 2, "rank"),
    ),
    S(
        "The stock closed at HK$38.65 on Friday, giving the e-commerce group a market value of "
        "HK$412 billion.",
        Q("HK$38.65", 38.65, "HKD", h=0.005, subj="stock"),
        Q("HK$412 billion", 412 * B, "HKD", h=0.5 * B, subj="value"),
    ),
    S(
        "Shares of the airline sank as much as 9% in Tokyo to ¥2,118, their lowest since March "
        "2020.",
        Q("9%", 9, "percent", q="up_to", subj="share"),
        Q("¥2,118", 2118, "JPY", subj="share"),
        N("March 2020", DATE),
    ),
    S(
        "Biotech minnow's shares jump 240% in a day, then give back half the gain",
        Q("240%", 240, "percent", h=5, subj="share"),
        Q("half", 0.5, subj="gain"),
    ),
    S(
        "The index provider said the stock would join the FTSE 100 on 23 June, replacing a miner "
        "whose shares have fallen 38% this year.",
        N("FTSE 100", "index name"),
        N("23 June", DATE),
        Q("38%", 38, "percent", subj="share"),
    ),
    S(
        "The S&P 500 rose 0.8% to 6,012.45 and the Nasdaq Composite added 1.3%, while the yield on "
        "the 10-year Treasury note fell 6 basis points to 4.31%.",
        N("S&P 500", "index name"),
        Q("0.8%", 0.8, "percent", h=0.05),
        Q("6,012.45", 6012.45, h=0.005),
        Q("1.3%", 1.3, "percent", h=0.05),
        Q("10-year", 10, "year"),
        Q("6 basis points", 0.06, "percentage_point", subj="yield"),
        Q("4.31%", 4.31, "percent", h=0.005, subj="yield"),
    ),
    S(
        "Japan's Nikkei 225 tumbled 4.2% to 36,837, its steepest daily drop since August 2024.",
        N("Nikkei 225", "index name"),
        Q("4.2%", 4.2, "percent", h=0.05, subj="Nikkei"),
        Q("36,837", 36837),
        N("August 2024", DATE),
    ),
    S(
        "By 11:45 the FTSE 100 was up 0.6% at 8,912.3, with miners leading and 78 of the index's "
        "100 stocks in positive territory.",
        N("11:45", TIME),
        N("FTSE 100", "index name"),
        Q("0.6%", 0.6, "percent", h=0.05),
        Q("8,912.3", 8912.3, h=0.05),
        Q("78", 78, whole=100, subj="stock"),
        Q("100", 100, h=5, occ=2, subj="stock"),
    ),
    S(
        "Shares in the FTSE 250 housebuilder fell 3% after it said completions in the year to 30 "
        "June were 10,950, at the bottom of its 10,900 to 11,400 range.",
        N("FTSE 250", "index name"),
        Q("3%", 3, "percent", subj="share"),
        N("30 June", DATE),
        Q("10,950", 10950, h=5, subj="completion"),
        R("10,900 to 11,400", 10900, 11400),
    ),
    S(
        "The Stoxx 600 banks index has gained 31% this year, its best run since 1997, and European "
        "lenders trade at 1.1 times book value.",
        N("Stoxx 600", "index name"),
        Q("31%", 31, "percent", subj="index"),
        N("1997", YEAR),
        Q("1.1", 1.1, h=0.05),
    ),
    S(
        "Ranked 12th out of 50 global banks by assets, the lender has roughly 160 million "
        "customers and a market value of about 900 billion yuan.",
        Q("12th", 12, "rank", whole=50),
        Q("50", 50, subj="bank"),
        Q("160 million", 160 * M, h=0.5 * M, q="approx", subj="customer"),
        Q("900 billion yuan", 900 * B, "CNY", h=0.5 * B, q="approx", subj="value"),
    ),
    S(
        "A dozen hedge funds hold short positions in the stock, betting against almost 9% of its "
        "shares, data from the regulator showed.",
        Q("A dozen", 12, subj="fund", by="regulator"),
        Q("9%", 9, "percent", q="below", by="regulator"),
    ),
    S(
        "Of the 38 analysts covering the stock, 29 rate it a buy and two a sell, with a median "
        "price target of 1,850p, according to LSEG data.",
        Q("38", 38, subj="analyst", by="LSEG"),
        Q("29", 29, whole=38, by="LSEG"),
        Q("two", 2, whole=38, by="LSEG"),
        Q("1,850p", 18.5, "GBP", h=0.05, subj="target", by="LSEG"),
    ),
    # dividends and buybacks
    S(
        "The oil major will pay a quarterly dividend of $0.915 a share and buy back up to $3.5 "
        "billion of stock over the next three months.",
        Q("$0.915", 0.915, "USD", h=0.0005, subj="dividend"),
        Q("$3.5 billion", 3.5 * B, "USD", h=0.05 * B, q="up_to"),
        Q("three months", 3, "month"),
    ),
    S(
        "Shareholders will receive a final dividend of 46.2p, taking the total for the year to "
        "68.5p, an increase of 5%.",
        Q("46.2p", 0.462, "GBP", h=0.0005, subj="dividend"),
        Q("68.5p", 0.685, "GBP", h=0.0005, subj="total"),
        Q("5%", 5, "percent"),
    ),
    S(
        "Dividend payouts by UK-listed companies reached £94.3bn in 2024, with ten companies "
        "accounting for more than half of the total, according to Computershare.",
        Q(
            "£94.3bn", 94.3 * B, "GBP", h=0.05 * B, subj="dividend", period="2024",
            by="Computershare",
        ),
        N("2024", YEAR),
        Q("ten", 10, subj="compan", by="Computershare"),
        Q("half", 0.5, q="more_than", whole=94.3 * B, by="Computershare"),
    ),
    S(
        "The group will pay ¥1,200 per share in cash for the remaining 49% stake it does not "
        "already own, valuing that holding at ¥236 billion.",
        Q("¥1,200", 1200, "JPY", h=50),
        Q("49%", 49, "percent", subj="stake"),
        Q("¥236 billion", 236 * B, "JPY", h=0.5 * B),
    ),
    # central banks and bond markets
    S(
        "The Bank of England cut Bank Rate by 25 basis points to 4%, its fifth reduction since "
        "August 2024, with five of the nine policymakers voting for the move.",
        Q("25 basis points", 0.25, "percentage_point", subj="rate"),
        Q("4%", 4, "percent", subj="rate"),
        N("fifth", ORD),
        N("August 2024", DATE),
        Q("five", 5, whole=9, subj="policymaker"),
        Q("nine", 9, subj="policymaker"),
    ),
    S(
        "The Federal Reserve held its benchmark rate in a range of 4.25% to 4.50% and signalled "
        "two cuts before the end of 2025.",
        R("4.25% to 4.50%", 4.25, 4.5, "percent", subj="rate"),
        Q("two", 2, subj="cut"),
        N("2025", YEAR),
    ),
    S(
        "The Reserve Bank of India lowered its repo rate by a quarter-point to 5.75%, and cut its "
        "inflation forecast for the year to April 2026 to 3.7%.",
        Q("a quarter-point", 0.25, "percentage_point", subj="rate"),
        Q("5.75%", 5.75, "percent", h=0.005, subj="rate"),
        N("April 2026", DATE),
        Q("3.7%", 3.7, "percent", h=0.05, subj="forecast"),
    ),
    S(
        "The Bank of Japan raised rates to 0.5%, the highest in 17 years, and the currency firmed "
        "to 151.2 yen per dollar.",
        Q("0.5%", 0.5, "percent", h=0.05, subj="rate"),
        Q("17 years", 17, "year"),
        Q("151.2 yen", 151.2, "JPY", h=0.05),
    ),
    S(
        "ECB trims deposit rate to 2.25%, sees inflation back at 2% in 2026",
        Q("2.25%", 2.25, "percent", h=0.005, subj="rate"),
        Q("2%", 2, "percent", subj="inflation", period="2026"),
        N("2026", YEAR),
    ),
    S(
        "Policymakers in Brazil raised the Selic rate by 100 basis points for a third straight "
        "meeting, taking it to 13.25%.",
        Q("100 basis points", 1.0, "percentage_point", subj="rate"),
        N("third", ORD),
        Q("13.25%", 13.25, "percent", h=0.005, subj="rate"),
    ),
    S(
        "Markets are pricing in roughly 60 bps of easing by December, according to LSEG data, up "
        "from 45 bps a week ago.",
        Q("60 bps", 0.6, "percentage_point", q="approx", subj="easing", by="LSEG"),
        Q("45 bps", 0.45, "percentage_point", by="LSEG"),
        N("a week ago", REL),
    ),
    S(
        "Rate-setters hold at 5.25%; two of nine back a cut",
        Q("5.25%", 5.25, "percent", h=0.005, subj="rate"),
        Q("two", 2, whole=9),
        Q("nine", 9),
    ),
    # inflation, jobs and the wider economy
    S(
        "UK consumer price inflation rose to 3.8% in July from 3.6% in June, the Office for "
        "National Statistics said, with food prices up 4.9%.",
        Q("3.8%", 3.8, "percent", h=0.05, subj="inflation", by="National Statistics"),
        Q("3.6%", 3.6, "percent", h=0.05, by="National Statistics"),
        Q("4.9%", 4.9, "percent", h=0.05, subj="price", by="National Statistics"),
    ),
    S(
        "Argentina's monthly inflation slowed to 2.4% in February, bringing the annual rate down "
        "to 66.9% from a peak of more than 289% last April, the INDEC statistics agency said.",
        Q("2.4%", 2.4, "percent", h=0.05, subj="inflation", by="INDEC"),
        Q("66.9%", 66.9, "percent", h=0.05, subj="rate", by="INDEC"),
        Q("289%", 289, "percent", q="more_than", by="INDEC"),
    ),
    S(
        "Food prices in Japan up 7.4% as rice costs nearly double",
        Q("7.4%", 7.4, "percent", h=0.05, subj="price"),
    ),
    S(
        "Economists expect GDP to grow 1.1% this year and 1.4% in 2026, according to the median "
        "forecast of 24 economists in a Reuters poll.",
        Q("1.1%", 1.1, "percent", h=0.05, subj="GDP", by="Reuters"),
        Q("1.4%", 1.4, "percent", h=0.05, period="2026", by="Reuters"),
        N("2026", YEAR),
        Q("24", 24, subj="economist"),
    ),
    S(
        "Two in five UK employers plan to cut staff in the next three months, a survey of 2,000 "
        "firms by the Chartered Institute of Personnel and Development found.",
        Q("Two in five", 2, whole=5, subj="employer", by="Chartered"),
        Q("three months", 3, "month"),
        Q("2,000", 2000, h=100, subj="firm"),
    ),
    S(
        "At least 40 of the 60 companies in the survey raised prices in the past three months, and "
        "one in three plans further increases.",
        Q("40", 40, q="at_least", whole=60, subj="compan"),
        Q("60", 60, subj="compan"),
        Q("three months", 3, "month"),
        Q("one in three", 1, whole=3),
    ),
    S(
        "Half a million small businesses could close within two years if energy support ends, the "
        "Federation of Small Businesses warned.",
        Q("Half a million", 0.5 * M, h=0.05 * M, subj="business", by="Federation"),
        Q("two years", 2, "year"),
    ),
    # exchange rates
    S(
        "The euro rose 0.4% to $1.1685, its strongest since September 2021, while sterling "
        "slipped to $1.3412.",
        Q("0.4%", 0.4, "percent", h=0.05, subj="euro"),
        Q("$1.1685", 1.1685, "USD", h=0.00005, subj="euro"),
        N("September 2021", DATE),
        Q("$1.3412", 1.3412, "USD", h=0.00005, subj="sterling"),
    ),
    S(
        "The rupee hit a record low of 87.95 rupees to the dollar, having lost nearly 3% so far "
        "this year, traders said.",
        Q("87.95 rupees", 87.95, "INR", h=0.005, subj="rupee"),
        Q("3%", 3, "percent", q="below", by="traders"),
    ),
    S(
        "The central bank set the yuan's midpoint at 7.1835 yuan per dollar, its strongest since "
        "November.",
        Q("7.1835 yuan", 7.1835, "CNY", h=0.00005, subj="midpoint"),
    ),
    S(
        "The rand fell as much as 2.1% to R19.20 against the dollar after the budget was delayed.",
        Q("2.1%", 2.1, "percent", h=0.05, q="up_to", subj="rand"),
        Q("R19.20", 19.2, "ZAR", h=0.005),
    ),
    S(
        "Travellers changing £500 at the airport got just €541, against €578 at the best online "
        "rates, a comparison by Which? found.",
        Q("£500", 500, "GBP", h=25),
        Q("€541", 541, "EUR", by="Which"),
        Q("€578", 578, "EUR", by="Which"),
    ),
    S(
        "Pound hits $1.37, highest since 2021",
        Q("$1.37", 1.37, "USD", h=0.005, subj="pound"),
        N("2021", YEAR),
    ),
    S(
        "Bitcoin slides below $100k after record run",
        Q("$100k", 100 * K, "USD", h=500, q="less_than", subj="bitcoin"),
    ),
    # mortgages, savings and household finance
    S(
        "The average five-year fixed mortgage rate dipped to 4.97%, below 5% for the first time "
        "since June, Moneyfacts said.",
        Q("five-year", 5, "year"),
        Q("4.97%", 4.97, "percent", h=0.005, subj="rate", by="Moneyfacts"),
        Q("5%", 5, "percent", q="less_than", by="Moneyfacts"),
        N("first", ORD),
    ),
    S(
        "Easy-access savings accounts now pay an average of 2.79%, while the best one-year fixed "
        "bonds offer up to 4.6%.",
        Q("2.79%", 2.79, "percent", h=0.005, subj="account"),
        Q("one-year", 1, "year"),
        Q("4.6%", 4.6, "percent", h=0.05, q="up_to", subj="bond"),
    ),
    S(
        "A borrower with a £250,000 repayment mortgage over 25 years would pay about £1,470 a "
        "month at that rate, or £86 less than in January.",
        Q("£250,000", 250000, "GBP", h=5000, subj="mortgage"),
        Q("25 years", 25, "year"),
        Q("£1,470", 1470, "GBP", h=5, q="approx"),
        Q("£86", 86, "GBP"),
    ),
    S(
        "About 1.6 million fixed-rate deals are due to expire over the next 12 months, UK Finance "
        "estimates, and roughly 900,000 of those borrowers face higher payments.",
        Q("1.6 million", 1.6 * M, h=0.05 * M, q="approx", subj="deal", by="UK Finance"),
        Q("12 months", 12, "month"),
        Q("900,000", 900000, h=45000, q="approx", whole=1.6 * M, subj="borrower", by="UK Finance"),
    ),
    S(
        "The energy price cap will fall 7% to £1,720 a year for a typical household from 1 July, "
        "Ofgem said.",
        Q("7%", 7, "percent", subj="cap", by="Ofgem"),
        Q("£1,720", 1720, "GBP", h=5, subj="cap", by="Ofgem"),
        N("1 July", DATE),
    ),
    S(
        "Savers can put up to £20,000 a year into an ISA, but only about a third of adults used "
        "their allowance in 2024/25, HMRC figures show.",
        Q("£20,000", 20000, "GBP", h=1000, q="up_to"),
        Q("a third", 1 / 3, q="approx", subj="adult", by="HMRC"),
        N("2024/25", "fiscal year"),
    ),
    S(
        "Households with at least £10,000 in cash savings lost an estimated £2,300 of spending "
        "power to inflation over three years, the analysis found.",
        Q("£10,000", 10000, "GBP", h=500, q="at_least", subj="saving"),
        Q("£2,300", 2300, "GBP", h=50, q="approx", by="analysis"),
        Q("three years", 3, "year"),
    ),
    S(
        "The tax-free personal allowance stays frozen at £12,570 until April 2028, pulling some "
        "4.2 million more people into paying income tax.",
        Q("£12,570", 12570, "GBP", h=5, subj="allowance"),
        N("April 2028", DATE),
        Q("4.2 million", 4.2 * M, h=0.05 * M, q="approx", subj="people"),
    ),
    S(
        "First-time buyers in Sydney now need a deposit of about A$190,000, roughly nine years of "
        "saving on a median income.",
        N("First", ORD),
        Q("A$190,000", 190000, "AUD", h=5000, q="approx", subj="deposit"),
        Q("nine years", 9, "year", q="approx"),
    ),
    S(
        "Customers who deposit £1,000 or more will earn 5.1% on the first £25,000 for 12 months.",
        Q("£1,000", 1000, "GBP", h=50, q="at_least"),
        Q("5.1%", 5.1, "percent", h=0.05),
        N("first", ORD),
        Q("£25,000", 25000, "GBP", h=500),
        Q("12 months", 12, "month"),
    ),
    S(
        "Diesel averaged 152.4p a litre at UK forecourts last week, up 2.1p, while petrol cost "
        "135.9p, according to the RAC.",
        Q("152.4p", 1.524, "GBP", h=0.0005, subj="diesel", by="RAC"),
        Q("2.1p", 0.021, "GBP", h=0.0005, by="RAC"),
        Q("135.9p", 1.359, "GBP", h=0.0005, subj="petrol", by="RAC"),
    ),
    S(
        "According to Kantar, grocery price inflation rose to 4.7% in the four weeks to 13 July, "
        "adding £268 to the average household's annual bill, while the biggest discounter's market "
        "share reached 10.9%.",
        Q("4.7%", 4.7, "percent", h=0.05, subj="inflation", by="Kantar"),
        Q("four weeks", 4, "week"),
        N("13 July", DATE),
        Q("£268", 268, "GBP", subj="bill", by="Kantar"),
        Q("10.9%", 10.9, "percent", h=0.05, subj="share", by="Kantar"),
    ),
    S(
        "Retail investors poured a net ₹29,000 crore into equity mutual funds in July, up 22% from "
        "June, industry data showed.",
        Q("₹29,000 crore", 2.9e11, "INR", h=0.5e7, by="data"),
        Q("22%", 22, "percent", by="data"),
    ),
    # mergers and acquisitions
    S(
        "The German chemicals group agreed to buy its Dutch rival for €800 million ($905 million) "
        "in cash, including debt.",
        Q("€800 million", 800 * M, "EUR", h=0.5 * M),
        Q("$905 million", 905 * M, "USD", h=0.5 * M),
    ),
    S(
        "The all-share deal values the combined company at about £21bn, with Keswick shareholders "
        "owning 54% and Darrow investors the remaining 46%.",
        Q("£21bn", 21 * B, "GBP", h=0.5 * B, q="approx"),
        Q("54%", 54, "percent", subj="shareholder"),
        Q("46%", 46, "percent", subj="investor"),
    ),
    S(
        "The private equity firm offered 412 pence a share, a premium of 38% to Friday's closing "
        "price, valuing the housebuilder at £1.24 billion.",
        Q("412 pence", 4.12, "GBP"),
        Q("38%", 38, "percent", subj="premium"),
        Q("£1.24 billion", 1.24 * B, "GBP", h=0.005 * B),
    ),
    S(
        "Tokai Holdings will acquire the US convenience-store chain for $47.2 billion, or $80 per "
        "share, the largest foreign takeover by a Japanese company.",
        Q("$47.2 billion", 47.2 * B, "USD", h=0.05 * B),
        Q("$80", 80, "USD"),
    ),
    S(
        "Regulators in Brussels have until 14 November to rule on the 6.2 billion Swiss franc "
        "merger, which would create Europe's third-largest insurer with about 31,000 employees.",
        N("14 November", DATE),
        Q("6.2 billion Swiss franc", 6.2 * B, "CHF", h=0.05 * B, subj="merger"),
        Q("third", 3, "rank"),
        Q("31,000", 31000, h=500, q="approx", subj="employee"),
    ),
    S(
        "Indian conglomerate Vardhan Group said it would buy a 26% stake in the port operator for "
        "4,200 crore rupees ($490 million).",
        Q("26%", 26, "percent", subj="stake", by="Vardhan"),
        Q("4,200 crore rupees", 4.2e10, "INR", h=0.5e7, by="Vardhan"),
        Q("$490 million", 490 * M, "USD", h=0.5 * M),
    ),
    S(
        "Brewer bids A$3.6bn for craft rival, offers 45% premium",
        Q("A$3.6bn", 3.6 * B, "AUD", h=0.05 * B, subj="bid"),
        Q("45%", 45, "percent", subj="premium"),
    ),
    S(
        "Merger activity worldwide rose 12% to $2.6 trillion in the first half, though the number "
        "of deals fell 9% to about 17,800, Dealogic data showed.",
        Q("12%", 12, "percent", subj="activity", by="Dealogic"),
        Q("$2.6 trillion", 2.6 * T, "USD", h=0.05 * T, subj="activity", by="Dealogic"),
        N("first half", "period label"),
        Q("9%", 9, "percent", by="Dealogic"),
        Q("17,800", 17800, h=50, q="approx", subj="deal", by="Dealogic"),
    ),
    S(
        "The start-up raised $250m at a valuation of upwards of $4bn in a round led by two Silicon "
        "Valley investors.",
        Q("$250m", 250 * M, "USD", h=0.5 * M),
        Q("$4bn", 4 * B, "USD", h=0.5 * B, q="more_than", subj="valuation"),
        Q("two", 2, subj="investor"),
    ),
    S(
        "The two companies first discussed a tie-up in 2019, when the smaller of them was worth "
        "less than $900 million.",
        N("two", DEF),
        N("first", ORD),
        N("2019", YEAR),
        Q("$900 million", 900 * M, "USD", h=0.5 * M, q="less_than"),
    ),
    S(
        "The Polish bank set aside 1.2 billion zlotys to cover Swiss-franc mortgage lawsuits, "
        "bringing its total provisions to 9.8 billion zlotys.",
        Q("1.2 billion zlotys", 1.2 * B, "PLN", h=0.05 * B),
        Q("9.8 billion zlotys", 9.8 * B, "PLN", h=0.05 * B, subj="provision"),
    ),
    S(
        "The Brazilian oil producer plans capital spending of $111 billion over five years and "
        "expects to pay R$45 billion to R$55 billion in dividends.",
        Q("$111 billion", 111 * B, "USD", h=0.5 * B, subj="spending"),
        Q("five years", 5, "year"),
        R("R$45 billion to R$55 billion", 45 * B, 55 * B, "BRL", subj="dividend"),
    ),
    S(
        "The world's biggest sovereign wealth fund made a return of 8.6%, or 1.1 trillion kroner "
        "($106 billion), in the first half of 2025.",
        Q("8.6%", 8.6, "percent", h=0.05, subj="return"),
        Q("1.1 trillion kroner", 1.1 * T, "NOK", h=0.05 * T, subj="return"),
        Q("$106 billion", 106 * B, "USD", h=0.5 * B),
        N("first half", "period label"),
        N("2025", YEAR),
    ),
    # job cuts and workforces
    S(
        "The carmaker will cut 1,200 of its 9,000 staff in Sweden by the end of 2026, the company "
        "said.",
        Q("1,200", 1200, h=50, whole=9000, subj="staff", by="company"),
        Q("9,000", 9000, h=450, subj="staff", by="company"),
        N("2026", YEAR),
    ),
    S(
        "The bank plans to shed as many as 3,500 jobs, roughly 7% of its global workforce, as it "
        "shuts 115 branches.",
        Q("3,500", 3500, h=50, q="up_to", subj="job"),
        Q("7%", 7, "percent", q="approx"),
        Q("115", 115, subj="branch"),
    ),
    S(
        "Nearly a quarter of the 4,800 workers at the steelworks will lose their jobs under the "
        "restructuring plan, unions said.",
        Q("a quarter", 0.25, q="below", whole=4800, by="union"),
        Q("4,800", 4800, h=50, subj="worker", by="union"),
    ),
    S(
        "The retailer said 2,300 jobs were at risk as it closes 43 of its 196 stores, leaving it "
        "with 153 shops and about 11,000 staff.",
        Q("2,300", 2300, h=50, subj="job", by="retailer"),
        Q("43", 43, whole=196, subj="store", by="retailer"),
        Q("196", 196, subj="store", by="retailer"),
        Q("153", 153, subj="shop"),
        Q("11,000", 11000, h=500, q="approx", subj="staff"),
    ),
    S(
        "Fewer than 500 of the 1,850 contractors affected will be offered permanent roles, a "
        "spokeswoman said.",
        Q("500", 500, h=25, q="less_than", whole=1850, by="spokeswoman"),
        Q("1,850", 1850, h=5, subj="contractor", by="spokeswoman"),
    ),
    S(
        "About 40,000 of the carmaker's 680,000 employees worldwide are in Germany, where it plans "
        "to trim headcount by a tenth.",
        Q("40,000", 40000, h=2000, q="approx", whole=680000),
        Q("680,000", 680000, h=5000, subj="employee"),
        Q("a tenth", 0.1, subj="headcount"),
    ),
    S(
        "Staff at the supermarket will get a £5k bonus if sales beat £3.3bn, the chief executive "
        "told the 12,400-strong workforce.",
        Q("£5k", 5 * K, "GBP", h=500, subj="bonus"),
        Q("£3.3bn", 3.3 * B, "GBP", h=0.05 * B, subj="sale"),
        Q("12,400", 12400, h=50, subj="workforce"),
    ),
    S(
        "Women hold 43% of board seats at FTSE 100 companies but only nine of the chief executive "
        "roles, the review found.",
        Q("43%", 43, "percent", subj="seat", by="review"),
        N("FTSE 100", "index name"),
        Q("nine", 9, subj="role", by="review"),
    ),
    # commodities
    S(
        "Brent crude rose $1.84, or 2.6%, to $72.61 a barrel, while US West Texas Intermediate "
        "gained $1.71 to $69.05.",
        Q("$1.84", 1.84, "USD", h=0.005),
        Q("2.6%", 2.6, "percent", h=0.05),
        Q("$72.61", 72.61, "USD", h=0.005, subj="Brent"),
        Q("$1.71", 1.71, "USD", h=0.005),
        Q("$69.05", 69.05, "USD", h=0.005, subj="Intermediate"),
    ),
    S(
        "OPEC+ agreed to raise output by 411,000 barrels per day in August, the third such "
        "increase, taking the total restored since April to 1.37 million bpd.",
        Q("411,000 barrels", 411000, "bbl", h=500, subj="output"),
        N("third", ORD),
        Q("1.37 million bpd", 1.37 * M, "bbl", h=0.005 * M, subj="total"),
    ),
    S(
        "Gold climbed above $3,400 an ounce for the first time, having gained more than 28% since "
        "January, while silver traded at $38.70.",
        Q("$3,400", 3400, "USD", h=50, q="more_than", subj="gold"),
        N("first", ORD),
        Q("28%", 28, "percent", q="more_than"),
        Q("$38.70", 38.7, "USD", h=0.005, subj="silver"),
    ),
    S(
        "Copper for three-month delivery on the London Metal Exchange hit $10,850 a tonne, up from "
        "about $8,900 a year ago.",
        Q("three-month", 3, "month"),
        Q("$10,850", 10850, "USD", h=5, subj="copper"),
        Q("$8,900", 8900, "USD", h=50, q="approx"),
        N("a year ago", REL),
    ),
    S(
        "Arabica coffee futures jumped 6% to $4.12 per pound, the highest since 1977, after frost "
        "hit about a tenth of Brazil's crop.",
        Q("6%", 6, "percent", subj="futures"),
        Q("$4.12", 4.12, "USD", h=0.005),
        N("1977", YEAR),
        Q("a tenth", 0.1, q="approx", subj="crop"),
    ),
    S(
        "Chocolate makers warn of 20% price rises as cocoa tops $11,000 a tonne",
        Q("20%", 20, "percent", subj="price"),
        Q("$11,000", 11000, "USD", h=500, q="more_than", subj="cocoa"),
    ),
    # sales volumes, deliveries and store counts
    S(
        "The carmaker sold 2.47 million vehicles worldwide in 2024, including 820,000 "
        "battery-electric models, about a third of them in China.",
        Q("2.47 million", 2.47 * M, h=0.005 * M, subj="vehicle", period="2024"),
        N("2024", YEAR),
        Q("820,000", 820000, h=5000, whole=2.47 * M, subj="model", period="2024"),
        Q("a third", 1 / 3, q="approx", whole=820000),
    ),
    S(
        "The contract manufacturer shipped 58 million units in Q2, and the iPhone 17 line is "
        "expected to account for up to 70% of second-half orders.",
        Q("58 million", 58 * M, h=0.5 * M, subj="unit"),
        N("Q2", "quarter label"),
        N("iPhone 17", MODEL),
        Q("70%", 70, "percent", q="up_to"),
        N("second-half", "period label"),
    ),
    S(
        "The planemaker delivered 48 aircraft in June, 42 of them 737-8 jets, and its order "
        "backlog stood at more than 5,900 planes.",
        Q("48", 48, subj="aircraft"),
        Q("42", 42, whole=48, subj="jet"),
        N("737-8", MODEL),
        Q("5,900", 5900, h=50, q="more_than", subj="plane"),
    ),
    S(
        "Airbus said it had delivered 306 A320neo-family jets by the end of June, and reaffirmed "
        "its 2025 target of about 820 deliveries.",
        Q("306", 306, subj="jet", by="Airbus"),
        N("A320neo", MODEL),
        N("2025", YEAR),
        Q("820", 820, h=5, q="approx", subj="deliver", by="Airbus"),
    ),
    S(
        "The discount chain opened 89 stores in the first half and now operates 2,614 across the "
        "country, with a goal of 3,000 by 2030.",
        Q("89", 89, subj="store"),
        N("first half", "period label"),
        Q("2,614", 2614),
        Q("3,000", 3000, h=150, subj="goal"),
        N("2030", YEAR),
    ),
    S(
        "Smartphone shipments in India grew 8% to 39 million in the April-June quarter, with "
        "Chinese brands taking almost three-quarters of the market, Counterpoint said.",
        Q("8%", 8, "percent", subj="shipment", by="Counterpoint"),
        Q("39 million", 39 * M, h=0.5 * M, subj="shipment", by="Counterpoint"),
        N("quarter", REL),
        Q("three-quarters", 0.75, q="below", by="Counterpoint"),
    ),
    S(
        "The fast-food chain plans to open 1,000 restaurants in China this year, taking its total "
        "there to more than 7,000.",
        Q("1,000", 1000, h=50, subj="restaurant"),
        Q("7,000", 7000, h=350, q="more_than", subj="total"),
    ),
    S(
        "The company's Model Y and Model 3 accounted for 96% of its 384,000 deliveries in the "
        "quarter.",
        N("Model 3", MODEL),
        Q("96%", 96, "percent", whole=384000),
        Q("384,000", 384000, h=500, subj="deliver"),
        N("quarter", REL),
    ),
    S(
        "The chain's 1,100 UK pubs sold 1.9 million pints over the four-day weekend, its busiest "
        "since the 2018 World Cup.",
        Q("1,100", 1100, h=50, subj="pub"),
        Q("1.9 million", 1.9 * M, h=0.05 * M, subj="pint"),
        Q("four-day", 4, "day"),
        N("2018", YEAR),
    ),
    S(
        "Sales of the new Galaxy S25 topped 1.3 million units in South Korea in its first 21 days, "
        "a record for the series.",
        N("Galaxy S25", MODEL),
        Q("1.3 million", 1.3 * M, h=0.05 * M, q="more_than", subj="unit"),
        N("first", ORD),
        Q("21 days", 21, "day"),
    ),
    S(
        "The budget airline added 3.3m passengers last year and now flies 21.5m, or roughly one in "
        "five of all travellers at the airport.",
        Q("3.3m", 3.3 * M, h=0.05 * M, subj="passenger"),
        Q("21.5m", 21.5 * M, h=0.05 * M),
        Q("one in five", 1, q="approx", whole=5, subj="traveller"),
    ),
    # analyst forecasts
    S(
        "Goldman Sachs raised its 12-month target for the S&P 500 to 6,900 from 6,500, implying a "
        "gain of about 11% from current levels.",
        Q("12-month", 12, "month"),
        N("S&P 500", "index name"),
        Q("6,900", 6900, h=50, subj="target", by="Goldman"),
        Q("6,500", 6500, h=50, by="Goldman"),
        Q("11%", 11, "percent", q="approx", subj="gain", by="Goldman"),
    ),
    # numbers that are not claims
    S(
        "The company will hold its Q3 earnings call at 8.30am ET on 29 October; analysts can dial "
        "in on +1 212 555 0148.",
        N("Q3", "quarter label"),
        N("8.30am", TIME),
        N("29 October", DATE),
        N("+1 212 555 0148", PHONE),
    ),
    S(
        "The lender's new headquarters at 25 Canada Square will house its 4,100 London staff from "
        "2027.",
        N("25 Canada Square", ADDR),
        Q("4,100", 4100, h=50, subj="staff"),
        N("2027", YEAR),
    ),
    S(
        "Under Section 172 of the Companies Act 2006, directors must weigh the interests of "
        "employees as well as shareholders.",
        N("Section 172", LAW),
        N("2006", LAW),
    ),
    S(
        "The telecoms operator will switch off its 3G network on 31 March, affecting about 1.4 "
        "million customers still using older handsets.",
        N("3G", MODEL),
        N("31 March", DATE),
        Q("1.4 million", 1.4 * M, h=0.05 * M, q="approx", subj="customer"),
    ),
    S(
        "Full-year results are due at 7am on 3 March 2026, and the annual meeting will be held at "
        "1 Cabot Square on 14 May.",
        N("7am", TIME),
        N("3 March 2026", DATE),
        N("1 Cabot Square", ADDR),
        N("14 May", DATE),
    ),
    S(
        "The Fortune 500 company, one of the largest employers in Ohio, moved its listing to the "
        "Nasdaq in the 1990s.",
        N("Fortune 500", "index name"),
        N("one", ONE),
        N("1990s", DECADE),
    ),

    # --- batch 7 (science): clinical trials (sizes, efficacy, intervals, arms, doses)
    S(
        "In a phase 3 trial involving 30,420 volunteers, the vaccine was 94.1% effective at "
        "preventing symptomatic illness, the company said.",
        N("phase 3", "trial phase label"),
        Q("30,420", 30420, h=5, subj="volunteer"),
        Q("94.1%", 94.1, "percent", h=0.05, by="company"),
    ),
    S(
        "Efficacy against hospitalisation was 73%, with the true figure likely between 62% and "
        "81%, according to a study published in The Lancet.",
        Q("73%", 73, "percent", subj="efficacy", by="Lancet"),
        R("62% and 81%", 62, 81, "percent", by="Lancet"),
    ),
    S(
        "Of the 212 patients who received the higher dose, 23 developed serious side effects, "
        "compared with 9 of the 208 given a placebo.",
        Q("212", 212, subj="patient"),
        Q("23", 23, whole=212),
        Q("9", 9, whole=208),
        Q("208", 208),
    ),
    S(
        "Taken as a 20mg tablet each morning, the drug lowered LDL cholesterol by 58% after 12 "
        "weeks.",
        Q("20mg", 20, "mg", subj="tablet"),
        Q("58%", 58, "percent"),
        Q("12 weeks", 12, "week"),
    ),
    S(
        "Researchers at Oxford found that 23 of the 40 patients given the gene therapy no longer "
        "needed regular transfusions two years later.",
        Q("23", 23, whole=40, subj="patient", by="Oxford"),
        Q("40", 40, subj="patient"),
        N("two years later", REL),
    ),
    S(
        "The trial recruited 1,100 adults aged 18 to 30 at 14 sites in three countries.",
        Q("1,100", 1100, h=50, subj="adult"),
        R("18 to 30", 18, 30, "age_year"),
        Q("14", 14, subj="site"),
        Q("three", 3, subj="countr"),
    ),
    S(
        "A single 150-microgram dose produced antibody levels about three times those seen with "
        "the licensed vaccine.",
        Q("150-microgram", 150, "µg", h=5, subj="dose"),
        Q("three", 3, q="approx"),
    ),
    S(
        "Nearly two-thirds of participants on the higher dose reported headaches, against one in "
        "eight on placebo.",
        Q("two-thirds", 2 / 3, q="below", subj="participant"),
        Q("one in eight", 1, whole=8),
    ),
    S(
        "The antibody infusion cut the risk of death by 36%, from 12.4% in the control group to "
        "7.9%, in a study of 2,941 patients over 60.",
        Q("36%", 36, "percent", subj="risk"),
        Q("12.4%", 12.4, "percent", h=0.05),
        Q("7.9%", 7.9, "percent", h=0.05),
        Q("2,941", 2941, subj="patient"),
        Q("60", 60, "age_year", q="more_than"),
    ),
    S(
        "Patients were randomly assigned to receive either 5 mg or 10 mg of the drug, or a dummy "
        "pill, for 52 weeks.",
        Q("5 mg", 5, "mg"),
        Q("10 mg", 10, "mg"),
        Q("52 weeks", 52, "week"),
    ),
    S(
        "Weight-loss jab trial: patients shed an average of 20.2% of body weight over 72 weeks",
        Q("20.2%", 20.2, "percent", h=0.05),
        Q("72 weeks", 72, "week"),
    ),
    S(
        "The study, which tracked 88,000 nurses for more than 30 years, linked sleeping fewer than "
        "six hours a night to a 14% higher risk of stroke.",
        Q("88,000", 88000, h=500, subj="nurse", by="study"),
        Q("30 years", 30, "year", q="more_than"),
        Q("six hours", 6, "hour", q="less_than"),
        Q("14%", 14, "percent", subj="risk"),
    ),
    S(
        "Only 4 of the 1,487 participants who received the booster were infected, against 31 in "
        "the placebo group of 1,502.",
        Q("4", 4, whole=1487),
        Q("1,487", 1487, subj="participant"),
        Q("31", 31, whole=1502),
        Q("1,502", 1502),
    ),
    S(
        "The malaria vaccine, given in three doses to children aged 5 to 36 months, reduced cases "
        "by up to 77%, the WHO said.",
        Q("three", 3, subj="dose"),
        R("5 to 36 months", 5, 36, "age_month"),
        Q("77%", 77, "percent", q="up_to", by="WHO"),
    ),
    S(
        "Dementia drug slows decline by 27% over 18 months, trial of 1,795 people finds",
        Q("27%", 27, "percent", subj="decline"),
        Q("18 months", 18, "month"),
        Q("1,795", 1795, subj="people"),
    ),
    S(
        "A 54-year-old man in Texas is the first person in the state to test positive for H5N1 "
        "this year, health officials said on 3 April.",
        Q("54-year-old", 54, "age_year"),
        N("first", ORD),
        N("H5N1", MODEL),
        N("3 April", DATE),
    ),
    S(
        "People who walked 7,000 steps a day or more had a 47% lower risk of early death than "
        "those who managed 3,000 or fewer, a study of 57,000 adults found.",
        Q("7,000", 7000, h=350, q="at_least", subj="step"),
        Q("47%", 47, "percent", subj="risk", by="study"),
        Q("3,000", 3000, h=150, q="up_to"),
        Q("57,000", 57000, h=500, subj="adult", by="study"),
    ),
    S(
        "The smartwatch detected atrial fibrillation in 2,161 of the 419,297 people in the study, "
        "or 0.52%.",
        Q("2,161", 2161, whole=419297),
        Q("419,297", 419297, subj="people"),
        Q("0.52%", 0.52, "percent", h=0.005, whole=419297),
    ),
    S(
        "A dozen patients at the clinic were infected with a rare fungus, and 3 of them died, the "
        "CDC confirmed.",
        Q("A dozen", 12, subj="patient", by="CDC"),
        Q("3", 3, whole=12, by="CDC"),
    ),
    # --- batch 7 (science): cases and deaths (official against independent counts, rates per 100,000)
    S(
        "The health ministry has confirmed 1,214 cholera deaths since January, but aid agencies "
        "put the real toll at more than 3,000.",
        Q("1,214", 1214, subj="death", by="ministry"),
        Q("3,000", 3000, h=150, q="more_than", by="agencies"),
    ),
    S(
        "Official figures show 312 people have died of dengue this year, while an independent "
        "tally by researchers puts the number at between 900 and 1,300.",
        Q("312", 312, subj="people"),
        R("900 and 1,300", 900, 1300, by="researchers"),
    ),
    S(
        "Mpox cases in the region climbed to 4,380 in the week to Sunday, a 17% rise, with 61 "
        "deaths, the Africa CDC said.",
        Q("4,380", 4380, h=5, subj="case", by="Africa CDC"),
        Q("17%", 17, "percent"),
        Q("61", 61, subj="death", by="Africa CDC"),
    ),
    S(
        "Tuberculosis incidence stood at 133 per 100,000 people in 2023, down from 140 per "
        "100,000 in 2015, the WHO said.",
        Q("133 per 100,000", 133, whole=100000, subj="incidence", period="2023", by="WHO"),
        N("2023", YEAR),
        Q("140 per 100,000", 140, h=5, whole=100000, period="2015", by="WHO"),
        N("2015", YEAR),
    ),
    S(
        "Whooping cough cases in England reached 2,793 in March alone, and five infants have died "
        "since January.",
        Q("2,793", 2793, subj="case"),
        Q("five", 5, subj="infant"),
    ),
    S(
        "The outbreak has now infected an estimated 3.3m people and killed roughly 17,500, though "
        "officials have confirmed only 6,000 deaths.",
        Q("3.3m", 3.3 * M, h=0.05 * M, q="approx", subj="people"),
        Q("17,500", 17500, h=50, q="approx"),
        Q("6,000", 6000, h=300, subj="death", by="officials"),
    ),
    S(
        "The lung cancer death rate fell to 28.4 per 100,000 in 2022 from 54.9 per 100,000 in "
        "1990, a decline of nearly half.",
        Q("28.4 per 100,000", 28.4, h=0.05, whole=100000, subj="rate", period="2022"),
        N("2022", YEAR),
        Q("54.9 per 100,000", 54.9, h=0.05, whole=100000, period="1990"),
        N("1990", YEAR),
        Q("half", 0.5, q="below"),
    ),
    S(
        "Cholera has killed more than 4,000 people across 31 countries so far this year, and "
        "almost 40% of the dead were children under 5.",
        Q("4,000", 4000, h=200, q="more_than", subj="people"),
        Q("31", 31, subj="countr"),
        Q("40%", 40, "percent", q="below"),
        Q("5", 5, "age_year", q="less_than"),
    ),
    S(
        "Measles: 1,126 cases in 2025 so far, the most since 1992",
        Q("1,126", 1126, subj="case", period="2025"),
        N("2025", YEAR),
        N("1992", YEAR),
    ),
    S(
        "The third wave of infections peaked on 9 January with 41,900 new cases in a single day.",
        N("third", ORD),
        N("9 January", DATE),
        Q("41,900", 41900, h=50, subj="case"),
    ),
    S(
        "About one in five adults in the country has type 2 diabetes, and half of them do not know "
        "it, a national survey found.",
        Q("one in five", 1, whole=5, q="approx", subj="adult", by="survey"),
        N("type 2", "disease name"),
        Q("half", 0.5, by="survey"),
    ),
    S(
        "Covid deaths, official: 7,316. Excess deaths, independent estimate: nearly 19,000",
        Q("7,316", 7316, subj="death"),
        Q("19,000", 19000, h=500, q="below", subj="death"),
    ),
    S(
        "Norovirus cases in hospitals were 58% higher than the five-year average, with 1,160 beds "
        "closed on a single day last week.",
        Q("58%", 58, "percent", subj="case"),
        N("five-year", "reference period"),
        Q("1,160", 1160, h=5, subj="bed"),
    ),
    S(
        "In total, 3,412 children were admitted with respiratory syncytial virus in the 12 weeks "
        "to 15 December, a third of them under six months old.",
        Q("3,412", 3412, subj="child"),
        Q("12 weeks", 12, "week"),
        N("15 December", DATE),
        Q("a third", 1 / 3, whole=3412),
        Q("six months old", 6, "age_month", q="less_than"),
    ),
    S(
        "The number of people living with HIV reached 39.9 million in 2023, and 630,000 died of "
        "related illnesses, UNAIDS said.",
        Q("39.9 million", 39.9 * M, h=0.05 * M, subj="people", period="2023", by="UNAIDS"),
        N("2023", YEAR),
        Q("630,000", 630000, h=5000, by="UNAIDS"),
    ),
    S(
        "Antibiotic-resistant infections could kill 39 million people between 2025 and 2050, or "
        "roughly three deaths every minute, a study in The Lancet warned.",
        Q("39 million", 39 * M, h=0.5 * M, subj="people", by="Lancet"),
        N("2025", YEAR),
        N("2050", YEAR),
        Q("three", 3, q="approx", subj="death"),
    ),
    S(
        "Air pollution from PM2.5 caused an estimated 253,000 premature deaths in the EU in 2021, "
        "4% fewer than a year earlier, the European Environment Agency said.",
        N("PM2.5", "pollutant name"),
        Q("253,000", 253000, h=500, q="approx", subj="death", period="2021", by="Agency"),
        N("2021", YEAR),
        Q("4%", 4, "percent", by="Agency"),
        N("a year earlier", REL),
    ),
    S(
        "Hospital admissions for heatstroke rose to 1,842 in the week of the heatwave, almost six "
        "times the usual number, with patients aged 75 or more making up 43%.",
        Q("1,842", 1842, subj="admission"),
        Q("six", 6, q="below"),
        Q("75", 75, "age_year", q="at_least"),
        Q("43%", 43, "percent", whole=1842),
    ),
    # --- batch 7 (science): vaccination coverage
    S(
        "Coverage of the second MMR dose among five-year-olds fell to 83.9% in 2023-24, the lowest "
        "since 2010-11, UKHSA data showed.",
        N("second", ORD),
        Q("five-year-olds", 5, "age_year"),
        Q("83.9%", 83.9, "percent", h=0.05, subj="coverage", by="UKHSA"),
        N("2023-24", "financial year label"),
        N("2010-11", "financial year label"),
    ),
    S(
        "Only 61% of girls aged 12 to 13 had received the HPV vaccine by the end of the school "
        "year, against a target of 90%.",
        Q("61%", 61, "percent", subj="girl"),
        R("12 to 13", 12, 13, "age_year"),
        Q("90%", 90, "percent", subj="target"),
    ),
    S(
        "Some 2.7 million people over 75 had their autumn booster, roughly 70% of those eligible.",
        Q("2.7 million", 2.7 * M, h=0.05 * M, q="approx", subj="people"),
        Q("75", 75, "age_year", q="more_than"),
        Q("70%", 70, "percent", q="approx"),
    ),
    S(
        "Polio vaccination campaign reaches 640,000 children in four days despite fighting",
        Q("640,000", 640000, h=5000, subj="child"),
        Q("four days", 4, "day"),
    ),
    S(
        "Just under 58% of health workers took the flu jab this winter, down from 61.2% last year "
        "and well short of the 75% goal set in the 2000s.",
        Q("58%", 58, "percent", q="below", subj="worker"),
        Q("61.2%", 61.2, "percent", h=0.05),
        Q("75%", 75, "percent", subj="goal"),
        N("2000s", DECADE),
    ),
    S(
        "Patients over 65 and those aged 18 to 64 with underlying conditions will be offered the "
        "jab from 1 October.",
        Q("65", 65, "age_year", q="more_than", subj="patient"),
        R("18 to 64", 18, 64, "age_year"),
        N("1 October", DATE),
    ),
    # --- batch 7 (science): hospitals, waiting times, life expectancy, ages
    S(
        "Over 300,000 patients in England have waited more than 52 weeks for hospital treatment, "
        "and the median wait is now 14.6 weeks.",
        Q("300,000", 300000, h=15000, q="more_than", subj="patient"),
        Q("52 weeks", 52, "week", q="more_than"),
        Q("14.6 weeks", 14.6, "week", h=0.05, subj="wait"),
    ),
    S(
        "A&E patients waited an average of 11 hours and 20 minutes for a bed, and 1 in 8 waited "
        "longer than 12 hours.",
        Q("11 hours and 20 minutes", 11 + 20 / 60, "hour"),
        Q("1 in 8", 1, whole=8),
        Q("12 hours", 12, "hour", q="more_than"),
    ),
    S(
        "Life expectancy in the poorest areas is 74.1 years, almost 10 years less than in the "
        "richest, the ONS said.",
        Q("74.1 years", 74.1, "year", h=0.05, subj="expectancy", by="ONS"),
        Q("10 years", 10, "year", q="below", by="ONS"),
    ),
    S(
        "Healthy life expectancy for women fell to 61.9 years, meaning they spend about a quarter "
        "of their lives in poor health.",
        Q("61.9 years", 61.9, "year", h=0.05, subj="expectancy"),
        Q("a quarter", 0.25, q="approx"),
    ),
    S(
        "Cancer patients are meant to wait no more than 62 days from an urgent referral to their "
        "first treatment, but only 67.3% did so in June.",
        Q("62 days", 62, "day", q="up_to"),
        N("first", ORD),
        Q("67.3%", 67.3, "percent", h=0.05),
    ),
    S(
        "The ward has 28 beds but was treating 41 patients on Tuesday, with 6 more on trolleys in "
        "the corridor.",
        Q("28", 28, subj="bed"),
        Q("41", 41, subj="patient"),
        Q("6", 6),
    ),
    S(
        "Ambulance response times for heart attacks and strokes averaged 42 minutes in December, "
        "more than double the 18-minute target.",
        Q("42 minutes", 42, "minute", subj="time"),
        Q("18-minute", 18, "minute", subj="target"),
    ),
    S(
        "The oldest participant was 97 and the youngest 19, with a median age of 61.",
        Q("97", 97, "age_year"),
        Q("19", 19, "age_year"),
        Q("61", 61, "age_year", subj="age"),
    ),
    S(
        "A 7-year-old girl died of rabies after being bitten by a stray dog, the first such death "
        "in the province since the 1990s.",
        Q("7-year-old", 7, "age_year"),
        N("first", ORD),
        N("1990s", DECADE),
    ),
    S(
        "Women aged 50 to 71 are invited for breast screening every three years, but uptake has "
        "fallen to 69.9%.",
        R("50 to 71", 50, 71, "age_year"),
        Q("three years", 3, "year"),
        Q("69.9%", 69.9, "percent", h=0.05, subj="uptake"),
    ),
    S(
        "The survey of 32,000 adults found that 41% slept less than seven hours a night, and one in "
        "ten took sleeping pills at least once a week.",
        Q("32,000", 32000, h=500, subj="adult", by="survey"),
        Q("41%", 41, "percent", whole=32000, by="survey"),
        Q("seven hours", 7, "hour", q="less_than"),
        Q("one in ten", 1, whole=10, by="survey"),
    ),
    S(
        "The country ranked 31st of 38 OECD members for five-year cancer survival, behind "
        "Slovenia and Poland.",
        Q("31st", 31, "rank", whole=38),
        Q("38", 38, subj="member"),
        N("five-year", "reference period"),
    ),
    # --- batch 7 (science): doses
    S(
        "The recommended daily intake of vitamin D is 10 micrograms, but the study gave volunteers "
        "100 micrograms a day for three years.",
        Q("10 micrograms", 10, "µg", subj="intake"),
        Q("100 micrograms", 100, "µg", h=5, by="study"),
        Q("three years", 3, "year"),
    ),
    S(
        "Children weighing less than 40kg should get no more than 15 mg of paracetamol per "
        "kilogram, up to four times in 24 hours.",
        Q("40kg", 40, "kg", q="less_than"),
        Q("15 mg", 15, "mg", q="up_to"),
        Q("four", 4, q="up_to"),
        Q("24 hours", 24, "hour"),
    ),
    S(
        "Each injection contains 2.5 mg of the active ingredient, rising to 15 mg after 20 weeks.",
        Q("2.5 mg", 2.5, "mg", h=0.05, subj="injection"),
        Q("15 mg", 15, "mg"),
        Q("20 weeks", 20, "week"),
    ),
    S(
        "Regulators cut the maximum dose from 3,000 mg to 2,000 mg a day after 14 cases of liver "
        "damage.",
        Q("3,000 mg", 3000, "mg", h=150),
        Q("2,000 mg", 2000, "mg", h=100, subj="dose"),
        Q("14", 14, subj="case"),
    ),
    # --- batch 7 (science): temperatures
    S(
        "Temperatures hit 46.2°C in Seville on Sunday, the highest ever recorded in Spain in June, "
        "the weather agency Aemet said.",
        Q("46.2°C", 46.2, "degC", h=0.05, subj="temperature", by="Aemet"),
    ),
    S(
        "Heat warning as thermometers reach 104°F (40°C) across the Midwest",
        Q("104°F", 104, "degF"),
        Q("40°C", 40, "degC"),
    ),
    S(
        "The overnight low in Delhi was 35.2 degrees Celsius, the warmest night in at least 55 "
        "years.",
        Q("35.2 degrees Celsius", 35.2, "degC", h=0.05, subj="low"),
        Q("55 years", 55, "year", q="at_least"),
    ),
    S(
        "Global average temperatures in the 12 months to June were 1.64C above pre-industrial "
        "levels, data from Copernicus showed.",
        Q("12 months", 12, "month"),
        Q("1.64C", 1.64, "degC", h=0.005, subj="temperature", by="Copernicus"),
    ),
    S(
        "Minus 38 degrees: Yakutsk shivers through coldest week in a decade",
        Q("Minus 38 degrees", -38, "deg"),
    ),
    S(
        "The sea off Florida reached 38.4°C (101.1°F), possibly a world record for ocean water, "
        "scientists said.",
        Q("38.4°C", 38.4, "degC", h=0.05, subj="sea", by="scientists"),
        Q("101.1°F", 101.1, "degF", h=0.05),
    ),
    S(
        "The Met Office said there is an 80% chance that one of the next five years will exceed "
        "1.5C of warming.",
        Q("80%", 80, "percent", subj="chance", by="Met Office"),
        N("one", ONE),
        Q("five years", 5, "year"),
        Q("1.5C", 1.5, "degC", h=0.05),
    ),
    S(
        "Europe's Copernicus service said 2024 was the warmest year on record at 15.1°C, or 59.2°F, "
        "about 0.12°C warmer than 2023.",
        N("2024", YEAR),
        Q("15.1°C", 15.1, "degC", h=0.05, by="Copernicus"),
        Q("59.2°F", 59.2, "degF", h=0.05, by="Copernicus"),
        Q("0.12°C", 0.12, "degC", h=0.005, q="approx"),
        N("2023", YEAR),
    ),
    S(
        "The fusion reactor held a plasma at 100 million degrees Celsius for 48 seconds, a record "
        "for the facility.",
        Q("100 million degrees Celsius", 100 * M, "degC", h=0.5 * M, subj="plasma"),
        Q("48 seconds", 48, "second"),
    ),
    # --- batch 7 (science): rainfall
    S(
        "Up to 250mm of rain could fall on parts of the coast in 48 hours, nearly three times the "
        "monthly average, forecasters warned.",
        Q("250mm", 250, "mm", h=5, q="up_to", subj="rain", by="forecasters"),
        Q("48 hours", 48, "hour"),
        Q("three", 3, q="below"),
    ),
    S(
        "Data from the Met Office showed 1,695.9 mm of rain fell across England in the 18 months to "
        "March, the wettest such period since records began in 1836.",
        Q("1,695.9 mm", 1695.9, "mm", h=0.05, subj="rain", by="Met Office"),
        Q("18 months", 18, "month"),
        N("1836", YEAR),
    ),
    S(
        "Rainfall at the station totalled just 3.2 mm in July, 6% of the average for the month.",
        Q("3.2 mm", 3.2, "mm", h=0.05, subj="rain"),
        Q("6%", 6, "percent"),
    ),
    # --- batch 7 (science): emissions, ice, sea level
    S(
        "The steelworks emitted 6.4 million tonnes of CO2 in 2023, about 2% of the country's total, "
        "according to the environment agency.",
        Q("6.4 million tonnes", 6.4 * M, "t", h=0.05 * M, period="2023", by="agency"),
        N("CO2", "chemical formula"),
        N("2023", YEAR),
        Q("2%", 2, "percent", q="approx", by="agency"),
    ),
    S(
        "China's emissions fell 1% in the first quarter, the first such drop since the COVID-19 "
        "lockdowns, an analysis for Carbon Brief found.",
        Q("1%", 1, "percent", subj="emission", by="Carbon Brief"),
        N("first quarter", "quarter label"),
        N("first", ORD, occ=2),
        N("COVID-19", MODEL),
    ),
    S(
        "Aviation accounts for roughly 2.5% of global CO2 emissions, or about 950m tonnes a year.",
        Q("2.5%", 2.5, "percent", h=0.05, q="approx", subj="aviation"),
        N("CO2", "chemical formula"),
        Q("950m tonnes", 950 * M, "t", h=0.5 * M, q="approx"),
    ),
    S(
        "The new rules would cut methane emissions by 40bn cubic metres a year by 2030, the "
        "commission estimates.",
        Q("40bn cubic metres", 40 * B, "m3", h=0.5 * B, by="commission"),
        N("2030", YEAR),
    ),
    S(
        "Deforestation in the Amazon released an estimated 0.2 gigatonnes of carbon in 2024, down by "
        "a third on 2022.",
        Q("0.2 gigatonnes", 0.2, "Gt", h=0.05, q="approx", period="2024"),
        N("2024", YEAR),
        Q("a third", 1 / 3),
        N("2022", YEAR),
    ),
    S(
        "Earth lost 1.2 trillion tonnes of ice a year in the 2010s, a 57% increase on the 1990s, "
        "satellite data showed.",
        Q("1.2 trillion tonnes", 1.2 * T, "t", h=0.05 * T, subj="ice", by="data"),
        N("2010s", DECADE),
        Q("57%", 57, "percent", by="data"),
        N("1990s", DECADE),
    ),
    S(
        "Sea levels along the coast are rising by 3.7 mm a year, and could rise a further 28 to 55 "
        "centimetres by 2100, the IPCC projects.",
        Q("3.7 mm", 3.7, "mm", h=0.05, subj="sea"),
        R("28 to 55 centimetres", 28, 55, "cm", by="IPCC"),
        N("2100", YEAR),
    ),
    S(
        "Tide gauges show the sea has risen 230 mm at the port since the 1920s.",
        Q("230 mm", 230, "mm", h=5, subj="sea"),
        N("1920s", DECADE),
    ),
    S(
        "A kilogram of cultivated chicken costs about $63 to produce, down from more than $2,000 in "
        "2019, a report by the Good Food Institute estimated.",
        Q("$63", 63, "USD", q="approx", by="Institute"),
        Q("$2,000", 2000, "USD", h=100, q="more_than", period="2019"),
        N("2019", YEAR),
    ),
    # --- batch 7 (science): wildfires
    S(
        "The Park Fire has burned more than 429,000 acres, about 174,000 hectares, and is 34% "
        "contained, Cal Fire said.",
        Q("429,000 acres", 429000, "acre", h=500, q="more_than", by="Cal Fire"),
        Q("174,000 hectares", 174000, "ha", h=500, q="approx"),
        Q("34%", 34, "percent", by="Cal Fire"),
    ),
    S(
        "Wildfires in Canada have scorched 5.3 million hectares this season, with 212 fires still "
        "out of control.",
        Q("5.3 million hectares", 5.3 * M, "ha", h=0.05 * M, subj="wildfire"),
        Q("212", 212, subj="fire"),
    ),
    S(
        "Firefighters evacuate 2,400 homes as blaze doubles to 1,850 hectares overnight",
        Q("2,400", 2400, h=50, subj="home"),
        Q("1,850 hectares", 1850, "ha", h=5, subj="blaze"),
    ),
    S(
        "Fires burned 383,000 hectares across the EU in 2024, nearly a fifth less than the year "
        "before, according to the EFFIS system.",
        Q("383,000 hectares", 383000, "ha", h=500, subj="fire", period="2024", by="EFFIS"),
        N("2024", YEAR),
        Q("a fifth", 0.2, q="below", by="EFFIS"),
    ),
    # --- batch 7 (science): wind and storms
    S(
        "Hurricane Milton's sustained winds reached 180 mph (290 km/h) before it weakened to a "
        "Category 3 storm.",
        Q("180 mph", 180, "mph", h=5, subj="wind"),
        Q("290 km/h", 290, "km/h", h=5),
        N("Category 3", "category label"),
    ),
    S(
        "Gusts of 124 km/h were recorded at the coast, and as many as 95,000 customers lost power, "
        "the utility said.",
        Q("124 km/h", 124, "km/h", subj="gust"),
        Q("95,000", 95000, h=500, q="up_to", subj="customer", by="utility"),
    ),
    S(
        "Storm Darragh: 80mph winds and a red warning for 3 million people",
        Q("80mph", 80, "mph", subj="wind"),
        Q("3 million", 3 * M, h=0.5 * M, subj="people"),
    ),
    # --- batch 7 (science): earthquakes
    S(
        "A 6.2-magnitude earthquake struck at 4.17am local time at a depth of 12 km, the US "
        "Geological Survey said.",
        Q("6.2-magnitude", 6.2, "magnitude", h=0.05, by="Geological Survey"),
        N("4.17am", TIME),
        Q("12 km", 12, "km"),
    ),
    S(
        "The quake was followed by more than 150 aftershocks, the strongest of magnitude 5.4, and "
        "killed at least 37 people.",
        Q("150", 150, h=5, q="more_than", subj="aftershock"),
        Q("magnitude 5.4", 5.4, "magnitude", h=0.05),
        Q("37", 37, q="at_least", subj="people"),
    ),
    S(
        "Japan's weather agency upgraded the tremor from magnitude 7.1 to 7.5 and warned of waves "
        "of up to 5 metres.",
        Q("magnitude 7.1", 7.1, "magnitude", h=0.05, by="agency"),
        Q("7.5", 7.5, "magnitude", h=0.05, by="agency"),
        Q("5 metres", 5, "m", q="up_to", subj="wave"),
    ),
    # --- batch 7 (science): space and distances, speeds
    S(
        "The planet orbits a red dwarf 124 light years from Earth and is about 2.6 times the size "
        "of our own.",
        Q("124 light years", 124, "ly"),
        Q("2.6", 2.6, h=0.05, q="approx"),
    ),
    S(
        "A Falcon 9 rocket lifted off at 6.02pm carrying 23 Starlink satellites into an orbit about "
        "550 km above the Earth.",
        N("Falcon 9", MODEL),
        N("6.02pm", TIME),
        Q("23", 23, subj="satellite"),
        Q("550 km", 550, "km", h=5, q="approx", subj="orbit"),
    ),
    S(
        "The probe will travel 6.3 billion km over seven years before reaching Jupiter's moon "
        "Europa in 2030.",
        Q("6.3 billion km", 6.3 * B, "km", h=0.05 * B, subj="probe"),
        Q("seven years", 7, "year"),
        N("2030", YEAR),
    ),
    S(
        "The asteroid, about 60 metres wide, will pass 31,000 km from Earth on 13 April 2029, closer "
        "than many satellites.",
        Q("60 metres", 60, "m", q="approx", subj="asteroid"),
        Q("31,000 km", 31000, "km", h=500),
        N("13 April", DATE),
        N("2029", DATE),
    ),
    S(
        "The Sentinel-2 satellites photograph every land surface on the planet every five days at a "
        "resolution of 10 metres.",
        N("Sentinel-2", MODEL),
        Q("five days", 5, "day"),
        Q("10 metres", 10, "m", subj="resolution"),
    ),
    S(
        "Voyager 1 is now more than 15 billion miles from Earth, and its signals take nearly 23 "
        "hours to arrive.",
        N("Voyager 1", MODEL),
        Q("15 billion miles", 15 * B, "mi", h=0.5 * B, q="more_than"),
        Q("23 hours", 23, "hour", q="below"),
    ),
    S(
        "The 3.2-tonne satellite will map ice thickness to an accuracy of 2 cm from an altitude of "
        "717 km.",
        Q("3.2-tonne", 3.2, "t", h=0.05, subj="satellite"),
        Q("2 cm", 2, "cm", subj="accuracy"),
        Q("717 km", 717, "km", subj="altitude"),
    ),
    S(
        "The maglev train reached 603 km/h on a test track, faster than a commercial jet at "
        "cruising speed.",
        Q("603 km/h", 603, "km/h", subj="train"),
    ),
    S(
        "The drone can fly at up to 120 mph for 40 minutes on a single charge.",
        Q("120 mph", 120, "mph", h=5, q="up_to"),
        Q("40 minutes", 40, "minute"),
    ),
    # --- batch 7 (science): technology: chips, storage, power, energy
    S(
        "The new chip, built on a 3nm process, packs 92 billion transistors and is 25% faster than "
        "the H100, the company claims.",
        N("3nm", "process node name, not a length"),
        Q("92 billion", 92 * B, h=0.5 * B, subj="transistor"),
        Q("25%", 25, "percent", by="company"),
        N("H100", MODEL),
    ),
    S(
        "The phone comes with 12GB of memory and up to 1TB of storage, and will cost $1,199.",
        Q("12GB", 12, "GB", subj="memory"),
        Q("1TB", 1, "TB", q="up_to"),
        Q("$1,199", 1199, "USD"),
    ),
    S(
        "Hackers stole 2.3 TB of data, including the medical records of almost 400,000 patients, "
        "the hospital group said.",
        Q("2.3 TB", 2.3, "TB", h=0.05, by="hospital"),
        Q("400,000", 400000, h=20000, q="below", subj="patient", by="hospital"),
    ),
    S(
        "Training GPT-4 is estimated to have used about 50 GWh of electricity, enough to power "
        "4,600 US homes for a year.",
        N("GPT-4", MODEL),
        Q("50 GWh", 50, "GWh", q="approx"),
        Q("4,600", 4600, h=50, subj="home"),
    ),
    S(
        "Data centres used 460 TWh of electricity worldwide in 2022, and that could more than "
        "double by 2026, the IEA said.",
        Q("460 TWh", 460, "TWh", h=5, subj="centre", period="2022", by="IEA"),
        N("2022", YEAR),
        N("2026", YEAR),
    ),
    S(
        "The 1.4 GW offshore wind farm will have 100 turbines, each rated at 14 MW, and power 1.2 "
        "million homes.",
        Q("1.4 GW", 1.4, "GW", h=0.05),
        Q("100", 100, h=5, subj="turbine"),
        Q("14 MW", 14, "MW"),
        Q("1.2 million", 1.2 * M, h=0.05 * M, subj="home"),
    ),
    S(
        "Solar panels generated 14.9 TWh in the first half of the year, up 22% on the same period of "
        "2024.",
        Q("14.9 TWh", 14.9, "TWh", h=0.05, subj="solar"),
        N("first half", "period label"),
        Q("22%", 22, "percent"),
        N("2024", YEAR),
    ),
    S(
        "The battery plant, with a capacity of 600 MW, can supply power for up to four hours.",
        Q("600 MW", 600, "MW", h=30, subj="capacity"),
        Q("four hours", 4, "hour", q="up_to"),
    ),
    S(
        "Nvidia sold an estimated 3.76m data-centre GPUs last year, about 98% of the market, "
        "TechInsights said.",
        Q("3.76m", 3.76 * M, h=0.005 * M, q="approx", subj="GPU", by="TechInsights"),
        Q("98%", 98, "percent", q="approx", by="TechInsights"),
    ),
    S(
        "The quantum computer has 1,121 qubits, three times as many as its predecessor released two "
        "years ago.",
        Q("1,121", 1121, subj="qubit"),
        Q("three", 3),
        N("two years ago", REL),
    ),
    S(
        "The supercomputer has 9,408 processors and 37,632 graphics chips and draws about 21 MW of "
        "power when running at full load.",
        Q("9,408", 9408, subj="processor"),
        Q("37,632", 37632, subj="chip"),
        Q("21 MW", 21, "MW", q="approx"),
    ),
    S(
        "Storage prices: 1 TB of cloud space now costs about €9.99 a month, half what it did five "
        "years ago.",
        Q("1 TB", 1, "TB"),
        Q("€9.99", 9.99, "EUR", h=0.005, q="approx"),
        Q("half", 0.5),
        N("five years ago", REL),
    ),
    # --- batch 7 (science): species and biodiversity
    S(
        "Scientists described 234 new species in 2024, including 6 geckos, 44 plants and a "
        "1.2-metre eel, the museum said.",
        Q("234", 234, subj="species", period="2024", by="museum"),
        N("2024", YEAR),
        Q("6", 6, whole=234, subj="gecko"),
        Q("44", 44, whole=234, subj="plant"),
        Q("1.2-metre", 1.2, "m", h=0.05),
    ),
    S(
        "More than a quarter of the 166,061 species assessed are threatened with extinction, "
        "according to the IUCN Red List.",
        Q("a quarter", 0.25, q="more_than", whole=166061, by="IUCN"),
        Q("166,061", 166061, subj="species", by="IUCN"),
    ),
    S(
        "Wildlife populations have shrunk by an average of 73% since 1970, a WWF report found, with "
        "the steepest falls of 95% in Latin America.",
        Q("73%", 73, "percent", subj="population", period="since 1970", by="WWF"),
        N("1970", YEAR),
        Q("95%", 95, "percent", by="WWF"),
    ),
    S(
        "Volunteers counted 1,483 hedgehogs in the survey, fewer than half the number recorded in "
        "the 2000s.",
        Q("1,483", 1483, subj="hedgehog"),
        Q("half", 0.5, q="less_than"),
        N("2000s", DECADE),
    ),
    S(
        "The reef lost about 14% of its coral cover in a year, and bleaching affected as many as "
        "1,080 of its 3,000 reefs.",
        Q("14%", 14, "percent", q="approx"),
        Q("1,080", 1080, h=5, q="up_to", whole=3000),
        Q("3,000", 3000, h=150, subj="reef"),
    ),
    S(
        "Researchers estimate that one in four of the 8.7 million species on Earth could vanish by "
        "2100 if warming passes 3C.",
        Q("one in four", 1, whole=4, by="Researchers"),
        Q("8.7 million", 8.7 * M, h=0.05 * M, subj="species"),
        N("2100", YEAR),
        Q("3C", 3, "degC", q="more_than"),  # a mark passed, as "crossed 45 degrees"
    ),
    S(
        "Fewer than 10 vaquitas remain in the Gulf of California, down from about 600 in 1997.",
        Q("10", 10, q="less_than", subj="vaquita"),
        Q("600", 600, h=30, q="approx", period="1997"),
        N("1997", YEAR),
    ),
    # --- batch 7 (science): numbers that are not claims
    S(
        "The COVID-19 inquiry will publish its next report at 10am on May 12, 2026, officials said.",
        N("COVID-19", MODEL),
        N("10am", TIME),
        N("May 12", DATE),
        N("2026", DATE),
    ),
    S(
        "Under Article 14 of the 2005 regulations, any suspected H5N1 case must be reported on "
        "0300 303 2713.",
        N("Article 14", LAW),
        N("2005", YEAR),
        N("H5N1", MODEL),
        N("0300 303 2713", PHONE),
    ),
    S(
        "The two vaccines were approved for the first time in the 1990s, and both are still in use "
        "three decades later.",
        N("two", DEF),
        N("first", ORD),
        N("1990s", DECADE),
        N("three decades later", REL),
    ),
    S(
        "Sentinel-1 and Landsat 9 images taken on 4 August show the glacier has retreated past its "
        "1850 position.",
        N("Sentinel-1", MODEL),
        N("Landsat 9", MODEL),
        N("4 August", DATE),
        N("1850", YEAR),
    ),
    S(
        "The WHO declared the outbreak over on 3 March, 42 days after the last patient tested "
        "negative for the second time.",
        N("3 March", DATE),
        N("42 days", REL),
        N("second", ORD),
    ),

    # --- batch 7 (society): budgets, taxes and thresholds
    S(
        "The chancellor announced a £2.3bn package to cut hospital waiting lists, with £640m "
        "earmarked for mental health services, the Treasury said.",
        Q("£2.3bn", 2.3 * B, "GBP", h=0.05 * B, subj="package", by="Treasury"),
        Q("£640m", 640 * M, "GBP", h=0.5 * M, whole=2.3 * B, by="Treasury"),
    ),
    S(
        "The basic rate of income tax will stay at 20%, but the threshold for the 40% band will be "
        "frozen at £50,270 until 2028.",
        Q("20%", 20, "percent", subj="rate"),
        Q("40%", 40, "percent"),
        Q("£50,270", 50270, "GBP", h=5, subj="threshold"),
        N("2028", YEAR),
    ),
    S(
        "Hartley District Council will raise council tax by 4.99% in April, adding £98 a year to "
        "the average Band D bill of £2,065.",
        Q("4.99%", 4.99, "percent", h=0.005, subj="tax"),
        Q("£98", 98, "GBP"),
        Q("£2,065", 2065, "GBP", subj="bill"),
    ),
    S(
        "Westbridge Borough Council faces a funding gap of £17.4m next year and has proposed "
        "closing 5 of its 14 children's centres, a spokesperson for the council said.",
        Q("£17.4m", 17.4 * M, "GBP", h=0.05 * M, subj="gap", by="council"),
        Q("5", 5, whole=14, subj="centre", by="council"),
        Q("14", 14, subj="centre"),
    ),
    S(
        "The personal allowance, frozen at £12,570 since 2021, means about 4 million more people "
        "now pay income tax, the Institute for Fiscal Studies said.",
        Q("£12,570", 12570, "GBP", h=5, subj="allowance", period="since 2021"),
        N("2021", YEAR),
        Q("4 million", 4 * M, h=0.5 * M, q="approx", subj="people", by="Institute for Fiscal"),
    ),
    S(
        "Stamp duty is charged at 5% on the portion of a home's price between £250,001 and "
        "£925,000.",
        Q("5%", 5, "percent", subj="duty"),
        R("£250,001 and £925,000", 250001, 925000, "GBP"),
    ),
    S(
        "Corporation tax rose from 19% to 25% in 2023 for companies with profits over £250,000.",
        Q("19%", 19, "percent", subj="tax"),
        Q("25%", 25, "percent", subj="tax", period="2023"),
        N("2023", YEAR),
        Q("£250,000", 250000, "GBP", q="more_than", subj="profit"),
    ),
    S(
        "The city's budget for 2025-26 totals $8.4bn, with $2.1bn for schools and $1.3bn for the "
        "police department, the mayor's office said.",
        N("2025-26", "fiscal year label"),
        Q("$8.4bn", 8.4 * B, "USD", h=0.05 * B, subj="budget", by="mayor"),
        Q("$2.1bn", 2.1 * B, "USD", h=0.05 * B, whole=8.4 * B, by="mayor"),
        Q("$1.3bn", 1.3 * B, "USD", h=0.05 * B, whole=8.4 * B, by="mayor"),
    ),
    S(
        "Income tax on earnings above £125,140 is charged at 45%, a rate paid by about 629,000 "
        "people.",
        Q("£125,140", 125140, "GBP", h=5, q="more_than", subj="earning"),
        Q("45%", 45, "percent", subj="tax"),
        Q("629,000", 629000, h=500, q="approx", subj="people"),
    ),
    S(
        "The 1.5 percentage point cut in national insurance will save an average worker about "
        "£450 a year, the Treasury estimated.",
        Q("1.5 percentage point", 1.5, "percentage_point", h=0.05, subj="insurance"),
        Q("£450", 450, "GBP", h=5, q="approx", by="Treasury"),
    ),
    S(
        "The budget sets aside £4.2bn for schools, £1.8bn for roads and £650m for social housing, "
        "and lifts the regional tax rate by 2.99%, the finance committee said.",
        Q("£4.2bn", 4.2 * B, "GBP", h=0.05 * B, subj="school", by="finance committee"),
        Q("£1.8bn", 1.8 * B, "GBP", h=0.05 * B, subj="road", by="finance committee"),
        Q("£650m", 650 * M, "GBP", h=0.5 * M, subj="housing", by="finance committee"),
        Q("2.99%", 2.99, "percent", h=0.005, subj="rate", by="finance committee"),
    ),
    S(
        "Around three million households on low incomes will receive a £150 rebate on their "
        "energy bills this winter.",
        Q("three million", 3 * M, h=0.5 * M, q="approx", subj="household"),
        Q("£150", 150, "GBP", h=5, subj="rebate"),
    ),
    # --- batch 7 (society): welfare, pensions and pay
    S(
        "Child benefit for the eldest child will go up by 35p to £26.05 a week, while each "
        "additional child will get £17.25.",
        Q("35p", 0.35, "GBP"),
        Q("£26.05", 26.05, "GBP", h=0.005, subj="benefit"),
        Q("£17.25", 17.25, "GBP", h=0.005),
    ),
    S(
        "Universal credit claimants under 25 receive a standard allowance of £311.68 a month, "
        "against £393.45 for those aged 25 or over.",
        Q("25", 25, "age_year", q="less_than"),
        Q("£311.68", 311.68, "GBP", h=0.005, subj="allowance"),
        Q("£393.45", 393.45, "GBP", h=0.005),
        Q("25", 25, "age_year", q="at_least", occ=2),
    ),
    S(
        "Pensioners will get a 4.1% increase, taking the full new state pension to £230.25 a week, "
        "or nearly £12,000 a year.",
        Q("4.1%", 4.1, "percent", h=0.05),
        Q("£230.25", 230.25, "GBP", h=0.005, subj="pension"),
        Q("£12,000", 12000, "GBP", h=500, q="below"),
    ),
    S(
        "The state pension age is due to rise from 66 to 67 between 2026 and 2028.",
        Q("66", 66, "age_year", subj="pension"),
        Q("67", 67, "age_year", subj="pension"),
        N("2026", YEAR),
        N("2028", YEAR),
    ),
    S(
        "Nurses will receive a 4.5% pay rise, worth about £1,500 a year for a typical band 5 "
        "nurse, the health secretary announced.",
        Q("4.5%", 4.5, "percent", h=0.05, subj="pay", by="health secretary"),
        Q("£1,500", 1500, "GBP", h=50, q="approx", by="health secretary"),
        N("band 5", "pay band label"),
    ),
    S(
        "Hospital consultants will get a 6% rise backdated to April, while resident doctors receive "
        "8.8% on average plus a one-off payment of £1,000.",
        Q("6%", 6, "percent"),
        Q("8.8%", 8.8, "percent", h=0.05),
        N("one-off", "'one-off', not a count"),
        Q("£1,000", 1000, "GBP", h=50, subj="payment"),
    ),
    S(
        "Firefighters have accepted a two-year deal worth 7% in the first year and 5% in the "
        "second.",
        Q("two-year", 2, "year", subj="deal"),
        Q("7%", 7, "percent"),
        N("first", ORD),
        Q("5%", 5, "percent"),
        N("second", ORD),
    ),
    S(
        "The minimum wage for workers aged 21 and over rises to £12.21 an hour, an increase of "
        "77p, or 6.7%.",
        Q("21", 21, "age_year", q="at_least"),
        Q("£12.21", 12.21, "GBP", h=0.005, subj="wage"),
        Q("77p", 0.77, "GBP"),
        Q("6.7%", 6.7, "percent", h=0.05),
    ),
    S(
        "Refuse collectors in the borough will strike for 10 days from 3 November after rejecting "
        "a £1,200 flat-rate offer, the union Unite said.",
        Q("10 days", 10, "day", by="Unite"),
        N("3 November", DATE),
        Q("£1,200", 1200, "GBP", h=50, subj="offer", by="Unite"),
    ),
    # --- batch 7 (society): polls
    S(
        "A poll of 2,043 adults by Ipsos put Labour on 29%, the Conservatives on 24% and Reform UK "
        "on 21%, with a margin of error of plus or minus 3 percentage points.",
        Q("2,043", 2043, subj="adult", by="Ipsos"),
        Q("29%", 29, "percent", by="Ipsos"),
        Q("24%", 24, "percent", by="Ipsos"),
        Q("21%", 21, "percent", by="Ipsos"),
        Q("3 percentage points", 3, "percentage_point", subj="margin"),
    ),
    S(
        "One in five voters aged 18 to 24 said they had not decided how to vote, according to the "
        "survey of 1,500 people.",
        Q("One in five", 1, whole=5, subj="voter", by="survey"),
        R("18 to 24", 18, 24, "age_year"),
        Q("1,500", 1500, h=50, subj="people"),
    ),
    S(
        "Nearly two-thirds of voters think the country is heading in the wrong direction, "
        "according to a YouGov poll of 1,712 adults carried out on 3 and 4 June.",
        Q("two-thirds", 2 / 3, q="below", subj="voter", by="YouGov"),
        Q("1,712", 1712, subj="adult", by="YouGov"),
        N("3 and 4 June", DATE),
    ),
    S(
        "Almost 9 in 10 headteachers said their school's budget would not cover next year's pay "
        "award, according to the National Association of Head Teachers.",
        Q("9 in 10", 9, whole=10, q="below", subj="headteacher", by="Head Teachers"),
    ),
    S(
        "Four out of five councils expect to overspend on children's social care this year, the "
        "Local Government Association said.",
        Q("Four", 4, whole=5, subj="council", by="Local Government Association"),
        Q("five", 5, subj="council"),
    ),
    S(
        "Poll: 62% back lowering the voting age to 16",
        Q("62%", 62, "percent", by="Poll"),
        Q("16", 16, "age_year", subj="age"),
    ),
    # --- batch 7 (society): elections and parliament votes
    S(
        "With all votes counted, the Social Democrats won 154 of the 300 seats, giving them a "
        "majority of eight, the electoral commission said.",
        Q("154", 154, whole=300, subj="seat", by="commission"),
        Q("300", 300, h=15, subj="seat"),
        Q("eight", 8, subj="majority", by="commission"),
    ),
    S(
        "Turnout fell to 52.7%, the lowest since 1918, with 3.3m fewer people voting than in 2019.",
        Q("52.7%", 52.7, "percent", h=0.05, subj="turnout"),
        N("1918", YEAR),
        Q("3.3m", 3.3 * M, h=0.05 * M, subj="people"),
        N("2019", YEAR),
    ),
    S(
        "MPs passed the bill by 312 votes to 207 at its second reading on Tuesday night.",
        Q("312", 312, subj="vote"),
        Q("207", 207, subj="vote"),
        N("second", ORD),
    ),
    S(
        "The Senate confirmed the nominee 68-32, with 17 Republicans joining every Democrat in "
        "support.",
        Q("68", 68),
        Q("32", 32),
        Q("17", 17, subj="Republican"),
    ),
    S(
        "The Greens' candidate, 33, came third with 6,412 votes, ahead of the Liberal Democrats on "
        "4,870.",
        Q("33", 33, "age_year"),
        Q("third", 3, "rank"),
        Q("6,412", 6412, subj="vote"),
        Q("4,870", 4870, h=5),
    ),
    S(
        "A record 40.5% of the 650 MPs elected in July are women, up from 34% in 2019.",
        Q("40.5%", 40.5, "percent", h=0.05, whole=650, subj="MP"),
        Q("650", 650, h=5, subj="MP"),
        Q("34%", 34, "percent", period="2019"),
        N("2019", YEAR),
    ),
    S(
        "The coalition holds 81 seats in the 150-seat chamber, a majority of 12, after losing "
        "three by-elections since 2022.",
        Q("81", 81, whole=150, subj="seat"),
        Q("150", 150, h=5),
        Q("12", 12, subj="majority"),
        Q("three", 3, subj="election", period="since 2022"),
        N("2022", YEAR),
    ),
    S(
        "Turnout among voters aged 18 to 24 was just 37%, compared with 71% for those over 65.",
        R("18 to 24", 18, 24, "age_year"),
        Q("37%", 37, "percent", subj="turnout"),
        Q("71%", 71, "percent"),
        Q("65", 65, "age_year", q="more_than"),
    ),
    S(
        "The new constitution was approved by 2,184,306 votes to 1,902,117, a margin of 6.9 "
        "percentage points.",
        Q("2,184,306", 2184306, subj="vote"),
        Q("1,902,117", 1902117, subj="vote"),
        Q("6.9 percentage points", 6.9, "percentage_point", h=0.05, subj="margin"),
    ),
    S(
        "The incumbent won the second round with 54.2% of the vote, after finishing a distant "
        "second in the first round two weeks earlier.",
        N("second", ORD),
        Q("54.2%", 54.2, "percent", h=0.05, subj="vote"),
        Q("second", 2, "rank", occ=2),
        N("first", ORD),
        N("two weeks earlier", REL),
    ),
    S(
        "The party's vote share rose from 11.8% to 14.3%, but it won only 5 seats, down from 8.",
        Q("11.8%", 11.8, "percent", h=0.05, subj="share"),
        Q("14.3%", 14.3, "percent", h=0.05, subj="share"),
        Q("5", 5, subj="seat"),
        Q("8", 8, occ=2),
    ),
    S(
        "Mr Okafor, 52, beat his nearest rival by 18,445 votes, the biggest majority in the city "
        "since the 1960s.",
        Q("52", 52, "age_year"),
        Q("18,445", 18445, subj="vote"),
        N("1960s", DECADE),
    ),
    S(
        "The Diet approved the defence budget of 8.7 trillion yen by 301 votes to 145 on 19 "
        "December.",
        Q("8.7 trillion yen", 8.7e12, "JPY", h=0.05e12, subj="budget"),
        Q("301", 301, subj="vote"),
        Q("145", 145),
        N("19 December", DATE),
    ),
    S(
        "Voters aged 65 or more made up 31% of the electorate in the district, according to figures "
        "from the electoral commission.",
        Q("65", 65, "age_year", q="at_least"),
        Q("31%", 31, "percent", by="electoral commission"),
    ),
    S(
        "A dozen Conservative MPs rebelled, but the government still won the vote by 344 to 190.",
        Q("A dozen", 12, subj="MP"),
        Q("344", 344),
        Q("190", 190),
    ),
    S(
        "Half of the 120 councillors are up for election on 1 May, and three-quarters of the wards "
        "will have at least four candidates.",
        Q("Half", 0.5, whole=120, subj="councillor"),
        Q("120", 120, h=5, subj="councillor"),
        N("1 May", DATE),
        Q("three-quarters", 0.75, subj="ward"),
        Q("four", 4, q="at_least", subj="candidate"),
    ),
    S(
        "Labour takes 412 seats as Tories slump to 121",
        Q("412", 412, subj="seat"),
        Q("121", 121),
    ),
    S(
        "Election 2024: turnout 59.8%, lowest in two decades",
        N("2024", YEAR),
        Q("59.8%", 59.8, "percent", h=0.05, subj="turnout"),
        Q("two decades", 20, "year"),
    ),
    # --- batch 7 (society): protests and competing estimates
    S(
        "Some 35,000 people marched through the capital, police said, while organisers claimed as "
        "many as 120,000 took part.",
        Q("35,000", 35000, h=500, q="approx", subj="people", by="police"),
        Q("120,000", 120000, h=5000, q="up_to", by="organisers"),
    ),
    S(
        "Pension protest in Paris: 42,000 according to the interior ministry, 250,000 according to "
        "unions",
        Q("42,000", 42000, h=500, by="ministry"),
        Q("250,000", 250000, h=5000, by="unions"),
    ),
    S(
        "Tens of thousands rallied outside parliament, and 17 people were arrested, the "
        "Metropolitan Police said.",
        N("Tens", VAGUE),
        N("thousands", VAGUE),
        Q("17", 17, subj="people", by="Metropolitan Police"),
    ),
    S(
        "Police estimated the crowd at between 8,000 and 10,000, but the organisers claimed that "
        "upwards of 25,000 had turned out.",
        R("8,000 and 10,000", 8000, 10000, subj="crowd", by="Police"),
        Q("25,000", 25000, q="more_than", by="organisers"),
    ),
    # --- batch 7 (society): schools and universities
    S(
        "The education minister, 46, told MPs that 2,300 more teachers had been recruited this "
        "year.",
        Q("46", 46, "age_year"),
        Q("2,300", 2300, h=50, subj="teacher"),
    ),
    S(
        "The GCSE pass rate, the share of entries graded 4 or above, slipped to 67.4% from 67.8% "
        "last year, the exams regulator said.",
        N("4", "grade label"),
        Q("67.4%", 67.4, "percent", h=0.05, subj="rate", by="regulator"),
        Q("67.8%", 67.8, "percent", h=0.05, by="regulator"),
    ),
    S(
        "Some 27.8% of A-level entries were awarded an A or A*, compared with 27.2% in 2023.",
        Q("27.8%", 27.8, "percent", h=0.05, q="approx", subj="entr"),
        Q("27.2%", 27.2, "percent", h=0.05, period="2023"),
        N("2023", YEAR),
    ),
    S(
        "Universities took on a record 554,465 students this autumn, of whom 41,000 were from "
        "overseas, according to UCAS.",
        Q("554,465", 554465, subj="student", by="UCAS"),
        Q("41,000", 41000, h=500, whole=554465, by="UCAS"),
    ),
    S(
        "Almost a quarter of secondary schools reported at least one unfilled maths post, a survey "
        "by the teachers' union found.",
        Q("a quarter", 0.25, q="below", subj="school", by="union"),
        Q("one", 1, q="at_least", subj="post"),
    ),
    S(
        "England ranked 15th out of 38 OECD countries for reading, while Finland finished third.",
        Q("15th", 15, "rank", whole=38),
        Q("38", 38, subj="countr"),
        Q("third", 3, "rank"),
    ),
    S(
        "About 1 in 8 physics teaching posts went unfilled last year, and schools hired 650 fewer "
        "trainees than they needed.",
        Q("1 in 8", 1, whole=8, q="approx", subj="post"),
        Q("650", 650, h=5, subj="trainee"),
    ),
    S(
        "More than 1,000 school buildings contain crumbling concrete, and 174 had to close "
        "classrooms at the start of term.",
        Q("1,000", 1000, q="more_than", subj="building"),
        Q("174", 174, whole=1000),
    ),
    S(
        "Pupil absence in secondary schools hit 8.9%, and one in four pupils missed at least 10% "
        "of lessons.",
        Q("8.9%", 8.9, "percent", h=0.05, subj="absence"),
        Q("one in four", 1, whole=4, subj="pupil"),
        Q("10%", 10, "percent", q="at_least"),
    ),
    S(
        "The university will cut 400 jobs to close a £45m deficit, its vice-chancellor said, while "
        "applications from international students fell by 16 per cent.",
        Q("400", 400, h=20, subj="job", by="vice-chancellor"),
        Q("£45m", 45 * M, "GBP", h=0.5 * M, subj="deficit"),
        Q("16 per cent", 16, "percent", subj="application"),
    ),
    S(
        "The state will spend $14,300 per pupil next year, ranking it 31st among the 50 states, the "
        "education department said.",
        Q("$14,300", 14300, "USD", h=50, subj="pupil", by="education department"),
        Q("31st", 31, "rank", whole=50),
        Q("50", 50, subj="state"),
    ),
    S(
        "Teacher vacancies double to 2,800 in two years",
        Q("2,800", 2800, h=50, subj="vacanc"),
        Q("two years", 2, "year"),
    ),
    # --- batch 7 (society): police, crime, courts and prisons
    S(
        "Police officer numbers hit record 149,769 in England and Wales",
        Q("149,769", 149769, subj="officer"),
    ),
    S(
        "The Home Office said 6,400 officers had left forces in the year to March, nearly a third "
        "of them with less than five years' service.",
        Q("6,400", 6400, h=50, subj="officer", by="Home Office"),
        Q("a third", 1 / 3, q="below", whole=6400, by="Home Office"),
        Q("five years", 5, "year", q="less_than"),
    ),
    S(
        "Recorded shoplifting rose 23% to 469,788 offences in the year to September, the highest "
        "since current records began in 2003, according to the Office for National Statistics.",
        Q("23%", 23, "percent", by="National Statistics"),
        Q("469,788", 469788, subj="offence", by="National Statistics"),
        N("2003", YEAR),
    ),
    S(
        "The prison population in England and Wales reached 88,350 on Friday, just 1,200 short of "
        "full capacity, Ministry of Justice figures show.",
        Q("88,350", 88350, h=5, subj="population", by="Justice"),
        Q("1,200", 1200, h=50, by="Justice"),
    ),
    S(
        "A 29-year-old man was jailed for six years and four months at Leeds Crown Court for his "
        "part in a county lines drugs operation.",
        Q("29-year-old", 29, "age_year"),
        Q("six years and four months", 6 + 4 / 12, "year"),
    ),
    S(
        "The former councillor, 58, was fined £12,500 and ordered to pay £3,400 in costs after "
        "admitting fraud.",
        Q("58", 58, "age_year"),
        Q("£12,500", 12500, "GBP", h=50),
        Q("£3,400", 3400, "GBP", h=50, subj="cost"),
    ),
    S(
        "He was given a life sentence and must serve a minimum of 24 years before he can apply for "
        "parole.",
        Q("24 years", 24, "year", q="at_least"),
    ),
    S(
        "Three of the five defendants were convicted of conspiracy; the other two were cleared.",
        Q("Three", 3, whole=5, subj="defendant"),
        Q("five", 5, subj="defendant"),
        Q("two", 2, whole=5),
    ),
    S(
        "The justice secretary said 5,500 prisoners would be released early, up to 18 days before "
        "their automatic release date, to free up space.",
        Q("5,500", 5500, h=50, subj="prisoner", by="justice secretary"),
        Q("18 days", 18, "day", q="up_to"),
    ),
    S(
        "Violent crime recorded by the force fell 4% to 31,207 offences in 2024, while sexual "
        "offences rose by almost a fifth.",
        Q("4%", 4, "percent", subj="crime", period="2024"),
        Q("31,207", 31207, subj="offence", period="2024"),
        N("2024", YEAR),
        Q("a fifth", 0.2, q="below", subj="offence"),
    ),
    S(
        "Officers made 1,147 arrests during the two-week operation and seized drugs worth an "
        "estimated £2.6m.",
        Q("1,147", 1147, subj="arrest"),
        Q("two-week", 2, "week"),
        Q("£2.6m", 2.6 * M, "GBP", h=0.05 * M, q="approx", subj="drug"),
    ),
    S(
        "The 19-year-old, who cannot be named because he was 17 at the time, was given a detention "
        "order of 30 months.",
        Q("19-year-old", 19, "age_year"),
        Q("17", 17, "age_year"),
        Q("30 months", 30, "month"),
    ),
    S(
        "Magistrates fined the landlord £28,000 after inspectors found 11 people living in a "
        "three-bedroom house on Elm Road.",
        Q("£28,000", 28000, "GBP", h=500),
        Q("11", 11, subj="people"),
        Q("three", 3),
    ),
    S(
        "The force lost 312 detectives in three years and now has a shortfall of roughly one in "
        "six posts, the Police Federation said.",
        Q("312", 312, subj="detective", by="Police Federation"),
        Q("three years", 3, "year"),
        Q("one in six", 1, whole=6, q="approx", subj="post", by="Police Federation"),
    ),
    S(
        "Police said 212 people were arrested at the weekend, 48 of them for assaulting officers, "
        "and 3 officers needed hospital treatment.",
        Q("212", 212, subj="people", by="Police"),
        Q("48", 48, whole=212, by="Police"),
        Q("3", 3, subj="officer", by="Police"),
    ),
    S(
        "The 6.2% rise in the prison population since 2023 has left 84 of the 121 jails in England "
        "and Wales overcrowded, the inspectorate warned.",
        Q("6.2%", 6.2, "percent", h=0.05, subj="population", period="since 2023"),
        N("2023", YEAR),
        Q("84", 84, whole=121, subj="jail", by="inspectorate"),
        Q("121", 121, subj="jail"),
    ),
    S(
        "Of the 2,140 officers recruited in 2024, 38% were women, 11% came from ethnic minority "
        "backgrounds and 212 had left within a year, the force said.",
        Q("2,140", 2140, h=5, subj="officer", period="2024", by="force"),
        N("2024", YEAR),
        Q("38%", 38, "percent", whole=2140, by="force"),
        Q("11%", 11, "percent", whole=2140, by="force"),
        Q("212", 212, whole=2140, by="force"),
    ),
    S(
        "Violent crime fell for the third year in a row, although robberies rose by 1,300 to 74,900, "
        "the crime survey found.",
        N("third", ORD),
        Q("1,300", 1300, h=50, subj="robber", by="survey"),
        Q("74,900", 74900, h=50, subj="robber", by="survey"),
    ),
    S(
        "Fewer than 200 of the country's 3,400 police stations are now open to the public around "
        "the clock.",
        Q("200", 200, q="less_than", whole=3400, subj="station"),
        Q("3,400", 3400, h=50, subj="station"),
    ),
    S(
        "Minister, 39, quits over expenses row",
        Q("39", 39, "age_year"),
    ),
    S(
        "Jailed for 12 years: gang leader who ran £40m fraud",
        Q("12 years", 12, "year"),
        Q("£40m", 40 * M, "GBP", h=0.5 * M, subj="fraud"),
    ),
    S(
        "Prison sentence for ex-MP, 67, cut to four years on appeal",
        Q("67", 67, "age_year"),
        Q("four years", 4, "year", subj="sentence"),
    ),
    # --- batch 7 (society): housing
    S(
        "Builders started work on 118,300 homes in the year to March, leaving the government well "
        "behind its pledge of 1.5 million new homes by 2029.",
        Q("118,300", 118300, h=50, subj="home"),
        Q("1.5 million", 1.5 * M, h=0.05 * M, subj="home"),
        N("2029", YEAR),
    ),
    S(
        "Average private rents in the city climbed to £1,340 a month, up £115 in a year, and a "
        "one-bedroom flat now takes 41% of median pay.",
        Q("£1,340", 1340, "GBP", h=5, subj="rent"),
        Q("£115", 115, "GBP"),
        Q("one", 1),
        Q("41%", 41, "percent"),
    ),
    S(
        "Some 1.2 million households are on social housing waiting lists in England, and 112,660 "
        "are living in temporary accommodation with 145,800 children.",
        Q("1.2 million", 1.2 * M, h=0.05 * M, q="approx", subj="household"),
        Q("112,660", 112660, h=5),
        Q("145,800", 145800, h=50, subj="child"),
    ),
    S(
        "Forty-two councils have declared a housing emergency, and the number of families kept in "
        "bed and breakfasts for more than six weeks has tripled since 2021.",
        Q("Forty-two", 42, subj="council"),
        Q("six weeks", 6, "week", q="more_than"),
        N("2021", YEAR),
    ),
    S(
        "Councillors voted 31 to 19 to approve plans for 2,750 homes on green belt land north of "
        "the town.",
        Q("31", 31),
        Q("19", 19),
        Q("2,750", 2750, h=5, subj="home"),
    ),
    S(
        "About 14% of renters spend more than half of their income on rent, up from 9% in the "
        "2010s.",
        Q("14%", 14, "percent", q="approx", subj="renter"),
        Q("half", 0.5, q="more_than"),
        Q("9%", 9, "percent"),
        N("2010s", DECADE),
    ),
    S(
        "More than 300 people queued outside the town hall at 8am on Monday to register for 50 "
        "affordable flats.",
        Q("300", 300, q="more_than", subj="people"),
        N("8am", TIME),
        Q("50", 50, subj="flat"),
    ),
    S(
        "Housebuilding falls to lowest level since 2015",
        N("2015", YEAR),
    ),
    # --- batch 7 (society): transport
    S(
        "Trains on the route were on average 11 minutes late in the four weeks to 12 October, and "
        "one in seven services was cancelled.",
        Q("11 minutes", 11, "minute"),
        Q("four weeks", 4, "week"),
        N("12 October", DATE),
        Q("one in seven", 1, whole=7, subj="service"),
    ),
    S(
        "The bus on route 73 now runs every 12 minutes instead of every 8, the transport authority "
        "confirmed.",
        N("route 73", REF),
        Q("12 minutes", 12, "minute", by="transport authority"),
        Q("8", 8, "minute"),
    ),
    S(
        "Roadworks on the A40 will close a 3.5-mile stretch for up to 18 weeks from 7 July.",
        N("A40", REF),
        Q("3.5-mile", 3.5, "mi", h=0.05, subj="stretch"),
        Q("18 weeks", 18, "week", q="up_to"),
        N("7 July", DATE),
    ),
    S(
        "The county is responsible for 3,200 miles of roads and puts its pothole repair backlog at "
        "£96m.",
        Q("3,200 miles", 3200, "mi", h=50, subj="road"),
        Q("£96m", 96 * M, "GBP", h=0.5 * M, subj="backlog"),
    ),
    S(
        "Bus journeys outside London fell to 1.6 billion in the year to March 2024, roughly a "
        "quarter below pre-pandemic levels.",
        Q("1.6 billion", 1.6 * B, h=0.05 * B, subj="journey"),
        N("2024", YEAR),
        Q("a quarter", 0.25, q="approx"),
    ),
    S(
        "Fares on the Night Tube will be frozen until 2026, while the daily cap for zones 1 to 4 "
        "rises to £15.60.",
        N("2026", YEAR),
        N("zones 1 to 4", "fare zone label"),
        Q("£15.60", 15.6, "GBP", h=0.005, subj="cap"),
    ),
    S(
        "The M25 closure between junctions 10 and 11 caused delays of up to 90 minutes on "
        "Saturday.",
        N("M25", REF),
        N("junctions 10 and 11", REF),
        Q("90 minutes", 90, "minute", q="up_to", subj="delay"),
    ),
    S(
        "The new bypass, 4.3 miles long and costing £187m, is due to open in spring 2027, eight "
        "months later than planned.",
        Q("4.3 miles", 4.3, "mi", h=0.05, subj="bypass"),
        Q("£187m", 187 * M, "GBP", h=0.5 * M),
        N("2027", YEAR),
        Q("eight months", 8, "month"),
    ),
    S(
        "Rail strike: 48-hour walkout to hit 14 operators",
        Q("48-hour", 48, "hour"),
        Q("14", 14, subj="operator"),
    ),
    S(
        "Council axes route 12 and route 47 in £3m bus cuts",
        N("route 12", REF),
        N("route 47", REF),
        Q("£3m", 3 * M, "GBP", h=0.5 * M, subj="cut"),
    ),
    # --- batch 7 (society): public services
    S(
        "Patients waited more than 12 hours in A&E in 1 in 10 cases last month, and 4,116 people "
        "waited longer than 24 hours.",
        Q("12 hours", 12, "hour", q="more_than"),
        Q("1 in 10", 1, whole=10, subj="case"),
        Q("4,116", 4116, subj="people"),
        Q("24 hours", 24, "hour", q="more_than"),
    ),
    S(
        "Some 3,800 GP practices now serve an average of 9,900 patients each, up from 7,100 in "
        "2015, the Royal College of GPs said.",
        Q("3,800", 3800, h=50, q="approx", subj="practice", by="Royal College"),
        Q("9,900", 9900, h=50, subj="patient", by="Royal College"),
        Q("7,100", 7100, h=50, period="2015", by="Royal College"),
        N("2015", YEAR),
    ),
    S(
        "The council employs 412 social workers but needs at least 60 more, and a quarter of posts "
        "are filled by agency staff paid up to £55 an hour.",
        Q("412", 412, subj="worker"),
        Q("60", 60, q="at_least"),
        Q("a quarter", 0.25, subj="post"),
        Q("£55", 55, "GBP", q="up_to"),
    ),
    S(
        "The 12-week consultation on the library closures ends at midnight on 30 September.",
        Q("12-week", 12, "week", subj="consultation"),
        N("30 September", DATE),
    ),
    S(
        "A third of GP surgeries closed to new patients, survey finds",
        Q("A third", 1 / 3, subj="surger", by="survey"),
    ),
    S(
        "Council tax to rise by up to 9.99% in six English councils",
        Q("9.99%", 9.99, "percent", h=0.005, q="up_to", subj="tax"),
        Q("six", 6, subj="council"),
    ),
    S(
        "Nurses reject 5.5% pay offer, with 61% voting against on a 54% turnout",
        Q("5.5%", 5.5, "percent", h=0.05, subj="offer"),
        Q("61%", 61, "percent"),
        Q("54%", 54, "percent", subj="turnout"),
    ),
    # --- batch 7 (society): numbers that are not claims
    S(
        "The two parties have governed in coalition since 2021, and the three candidates for the "
        "leadership will debate on 14 May at 7pm.",
        N("two", DEF),
        N("2021", YEAR),
        N("three", DEF),
        N("14 May", DATE),
        N("7pm", TIME),
    ),
    S(
        "The Prime Minister left 10 Downing Street at 9.30am to tell the King he would call an "
        "election for 4 July.",
        N("10 Downing Street", ADDR),
        N("9.30am", TIME),
        N("4 July", DATE),
    ),
    S(
        "Article 50 was triggered in March 2017, almost nine months after the referendum.",
        N("Article 50", LAW),
        N("2017", YEAR),
        N("nine months", REL),
    ),
    S(
        "Section 28 was repealed in Scotland in 2000 and in the rest of Britain in 2003.",
        N("Section 28", LAW),
        N("2000", YEAR),
        N("2003", YEAR),
    ),
    S(
        "Florida's HB 1557, signed in 2022, was extended to all grades the following year.",
        N("HB 1557", LAW),
        N("2022", YEAR),
    ),
    S(
        "Residents can report missed bin collections on 0300 123 4567, or call 101 to report a "
        "crime that is not an emergency.",
        N("0300 123 4567", PHONE),
        N("101", PHONE),
    ),
    S(
        "The planning department moved to 34 Market Street two weeks ago, the council said.",
        N("34 Market Street", ADDR),
        N("two weeks ago", REL),
    ),
    S(
        "Voter registration among the young peaked in the 1990s, when more than 80% of school "
        "leavers were on the roll.",
        N("1990s", DECADE),
        Q("80%", 80, "percent", q="more_than", subj="leaver"),
    ),
    S(
        "The mayor is one of the longest-serving council leaders in the country, having first been "
        "elected in 2008.",
        N("one", ONE),
        N("first", ORD),
        N("2008", YEAR),
    ),
    S(
        "The parish church, built in the 19th century, now houses a food bank serving some 300 "
        "families a week.",
        N("19th", ORD),
        Q("300", 300, h=15, q="approx", subj="famil"),
    ),
    S(
        "The 2024-25 financial year ended with the council £6.1m overspent, largely on temporary "
        "accommodation.",
        N("2024-25", "fiscal year label"),
        Q("£6.1m", 6.1 * M, "GBP", h=0.05 * M),
    ),
    S(
        "Year 6 pupils sat their Key Stage 2 tests this week, and results will be published on 8 "
        "July.",
        N("Year 6", "school year label"),
        N("Key Stage 2", REF),
        N("8 July", DATE),
    ),

    # --- batch 7: air attacks (parts of a launched total, "all but", "out of", waves, times)
    S(
        "Of the 93 attack drones Russia sent in overnight, 78 were brought down over eight regions, "
        "Ukraine's air force said on Telegram.",
        Q("93", 93, subj="drone", by="air force"),
        Q("78", 78, whole=93, by="air force"),
        Q("eight", 8, subj="region", by="air force"),
    ),
    S(
        "Air defence units destroyed 64 out of 80 incoming drones, mostly over the Sumy and Poltava "
        "regions, the military said.",
        Q("64", 64, whole=80, by="military"),
        Q("80", 80, subj="drone", by="military"),
    ),
    S(
        "All but six of the 40 missiles fired at the capital were intercepted, according to the "
        "city's military administration.",
        Q("six", 6, whole=40, subj="missile", by="administration"),
        Q("40", 40, subj="missile", by="administration"),
    ),
    S(
        "Russia fired 11 Kh-101 cruise missiles from Tu-95MS bombers over the Caspian Sea at 04:30 "
        "local time, and nine of them were shot down.",
        Q("11", 11, subj="missile"),
        N("Kh-101", MODEL),
        N("Tu-95MS", MODEL),
        N("04:30", TIME),
        Q("nine", 9, whole=11),
    ),
    S(
        "Air defences shot down two Iskander-M ballistic missiles but failed to stop a third, which "
        "slammed into a warehouse in Dnipro.",
        Q("two", 2, subj="missile"),
        N("Iskander-M", MODEL),
        N("a third", ORD),
    ),
    S(
        "The overnight barrage involved 477 drones and decoys and 60 missiles of various types, the "
        "air force said, adding that 433 targets had been neutralised.",
        Q("477", 477, subj="drone", by="air force"),
        Q("60", 60, subj="missile", by="air force"),
        Q("433", 433, subj="target", by="air force"),
    ),
    S(
        "Russian forces launched up to 50 Shahed-136 and Gerbera drones from three directions, of "
        "which at least 32 were downed, the air force said.",
        Q("50", 50, q="up_to", subj="drone", by="air force"),
        N("Shahed-136", MODEL),
        Q("three", 3, subj="direction"),
        Q("32", 32, q="at_least", whole=50, by="air force"),
    ),
    S(
        "Poland scrambled F-16 jets after 19 drones crossed into its airspace, and at least four "
        "were shot down, the operational command said.",
        N("F-16", MODEL),
        Q("19", 19, subj="drone", by="command"),
        Q("four", 4, q="at_least", whole=19, by="command"),
    ),
    S(
        "Moscow's defence ministry claimed its air defences had destroyed 105 Ukrainian fixed-wing "
        "drones in a three-hour period, 45 of them over Bryansk.",
        Q("105", 105, subj="drone", by="defence ministry"),
        Q("three-hour", 3, "hour"),
        Q("45", 45, whole=105, by="defence ministry"),
    ),
    S(
        "Kyiv says 71% of Russian drones downed in record attack",
        Q("71%", 71, "percent", subj="drone", by="Kyiv"),
    ),
    S(
        "Just over half of the 728 drones launched on Wednesday night were shot down, while 296 "
        "were suppressed by electronic warfare, the air force said.",
        Q("half", 0.5, q="more_than", whole=728, by="air force"),
        Q("728", 728, subj="drone", by="air force"),
        Q("296", 296, whole=728, by="air force"),
    ),
    S(
        "The interceptor drones, which cost around $2,500 apiece, brought down roughly one in five "
        "of the Shaheds that reached Kharkiv last month.",
        Q("$2,500", 2500, "USD", h=50, q="approx", subj="interceptor"),
        Q("one in five", 1, q="approx", whole=5),
    ),
    S(
        "A missile strike at 02:40 on Sunday killed nine people in Sumy, two days after a drone hit a "
        "bus on the outskirts of the city.",
        N("02:40", TIME),
        Q("nine", 9, subj="people"),
        N("two days", REL),
    ),
    S(
        "KYIV (Reuters) - Russia attacked Ukraine with 143 drones and five missiles overnight, "
        "wounding at least 14 people in the southern city of Odesa, where a high-rise caught fire, "
        "officials said.",
        Q("143", 143, subj="drone", by="officials"),
        Q("five", 5, subj="missile", by="officials"),
        Q("14", 14, q="at_least", subj="people", by="officials"),
    ),
    S(
        "As Ukraine heads into the third winter of the war, Russia has struck its gas production "
        "sites at least 10 times since October, Naftogaz said.",
        N("third", ORD),
        Q("10", 10, q="at_least", by="Naftogaz"),
    ),
    S(
        "The attack began at 23:15 and lasted almost six hours, with 37 ballistic and cruise "
        "missiles and 352 drones fired in several waves.",
        N("23:15", TIME),
        Q("six hours", 6, "hour", q="below"),
        Q("37", 37, subj="missile"),
        Q("352", 352, subj="drone"),
    ),
    S(
        "'We shot down 38 of the 40 drones, but two got through and hit the substation,' the "
        "battalion commander said.",
        Q("38", 38, whole=40, by="commander"),
        Q("40", 40, subj="drone", by="commander"),
        Q("two", 2, whole=40, by="commander"),
    ),
    S(
        "On 24 February, three years to the day after the invasion began, Russia launched 185 "
        "drones and three ballistic missiles, the air force said.",
        N("24 February", DATE),
        N("three years", REL),
        Q("185", 185, subj="drone", by="air force"),
        Q("three", 3, occ=2, subj="missile", by="air force"),
    ),
    S(
        "Air force: 46 of 58 Russian drones downed, 9 hit targets",
        Q("46", 46, whole=58, by="Air force"),
        Q("58", 58, subj="drone", by="Air force"),
        Q("9", 9, whole=58, by="Air force"),
    ),
    S(
        "A dozen Shahed drones struck grain silos in the Danube port of Izmail, destroying some "
        "40,000 tonnes of grain bound for Africa, the regional governor said.",
        Q("A dozen", 12, subj="drone", by="governor"),
        Q("40,000 tonnes", 40000, "t", h=2000, q="approx", subj="grain", by="governor"),
    ),
    S(
        "Dozens of houses were damaged and three people were hurt when debris from a downed drone "
        "fell on a village near Lviv.",
        N("Dozens", VAGUE),
        Q("three", 3, subj="people"),
    ),
    S(
        "Analysts expect Russia to field 500 drones or more in a single night before the year is "
        "out.",
        Q("500", 500, h=25, q="at_least", subj="drone", by="Analysts"),
    ),
    S(
        "As many as 40 Russian aircraft were damaged in the drone operation against four airbases, "
        "Ukraine's SBU security service claimed.",
        Q("40", 40, q="up_to", subj="aircraft", by="SBU"),
        Q("four", 4, subj="airbase"),
    ),
    # --- batch 7: equipment, stocks and costs (model names beside counts)
    S(
        "Ukraine's S-300 batteries, inherited from Soviet stocks, are running short of missiles, and "
        "only the Patriot PAC-3 and SAMP/T can reliably stop an Iskander-M.",
        N("S-300", MODEL),
        N("PAC-3", MODEL),
        N("Iskander-M", MODEL),
    ),
    S(
        "Russia has built about 2,000 Geran-2 drones so far this year, far more than the 1,350 it "
        "made in all of 2023, according to intelligence estimates cited by the newspaper.",
        Q("2,000", 2000, h=100, q="approx", subj="drone", by="intelligence"),
        N("Geran-2", MODEL),
        Q("1,350", 1350, h=5, period="2023", by="intelligence"),
        N("2023", YEAR),
    ),
    S(
        "Ukraine has received only 3 of the 6 Patriot systems it requested, Zelensky said, adding "
        "that each battery needs at least 30 interceptors a month.",
        Q("3", 3, whole=6, subj="system", by="Zelensky"),
        Q("6", 6, subj="system", by="Zelensky"),
        Q("30", 30, q="at_least", subj="interceptor", by="Zelensky"),
    ),
    S(
        "Norway and the Netherlands have delivered 24 F-16s, while Belgium's first batch of the 30 "
        "it has pledged is not due until 2026.",
        Q("24", 24),
        N("F-16s", MODEL),
        N("first", ORD),
        Q("30", 30),
        N("2026", YEAR),
    ),
    S(
        "Russia has lost an estimated 3,700 tanks, including some 1,150 T-72 variants, and more "
        "than 130 aircraft, according to open-source counts.",
        Q("3,700", 3700, h=50, q="approx", subj="tank", by="counts"),
        Q("1,150", 1150, h=5, q="approx", whole=3700, by="counts"),
        N("T-72", MODEL),
        Q("130", 130, q="more_than", subj="aircraft", by="counts"),
    ),
    S(
        "Each Shahed-136 costs Russia an estimated $35,000-50,000 to build, while a Patriot PAC-3 "
        "MSE interceptor runs to about $4m.",
        N("Shahed-136", MODEL),
        R("$35,000-50,000", 35000, 50000, "USD"),
        N("PAC-3", MODEL),
        Q("$4m", 4 * M, "USD", h=0.5 * M, q="approx", subj="interceptor"),
    ),
    S(
        "Ukraine's defence intelligence said Russia had about 250 Iskander-M and Kh-101 missiles in "
        "stock, enough for two or three large attacks.",
        Q("250", 250, h=5, q="approx", subj="missile", by="intelligence"),
        N("Iskander-M", MODEL),
        N("Kh-101", MODEL),
        R("two or three", 2, 3, subj="attack"),
    ),
    S(
        "A T-72B3 tank and two BMP-2 fighting vehicles were destroyed near Pokrovsk, one of the "
        "most contested sectors of the front, the brigade said in a video.",
        N("T-72B3", MODEL),
        Q("two", 2, subj="vehicle", by="brigade"),
        N("BMP-2", MODEL),
        N("one", ONE),
    ),
    S(
        "The HIMARS strike at dawn on 12 June destroyed an S-300 battery and at least three "
        "launchers, a Ukrainian military source told AFP.",
        N("12 June", DATE),
        N("S-300", MODEL),
        Q("three", 3, q="at_least", subj="launcher", by="source"),
    ),
    S(
        "Ukraine aims to produce 4.5 million FPV drones this year, up from about 2.2m in 2024, the "
        "strategic industries minister said.",
        Q("4.5 million", 4.5 * M, h=0.05 * M, subj="drone", by="minister"),
        Q("2.2m", 2.2 * M, h=0.05 * M, q="approx", period="2024", by="minister"),
        N("2024", YEAR),
    ),
    S(
        "Russia moved Su-34 and Su-35 jets and Mi-8 helicopters to the Khalino airbase, satellite "
        "images dated 3 March showed.",
        N("Su-34", MODEL),
        N("Su-35", MODEL),
        N("Mi-8", MODEL),
        N("3 March", DATE),
    ),
    S(
        "A Ukrainian F-16 was lost on its fourth sortie of the day while repelling the attack, the "
        "pilot's 13th mission in a week, the air force said.",
        N("F-16", MODEL),
        N("fourth", ORD),
        N("13th", ORD),
    ),
    # --- batch 7: casualties, revised tolls and competing sources
    S(
        "Rescuers raised the toll to 23 from 17 after pulling more bodies from the rubble "
        "overnight, the State Emergency Service said.",
        Q("23", 23, subj="toll", by="Emergency Service"),
        Q("17", 17, by="Emergency Service"),
    ),
    S(
        "The governor initially reported three dead; by evening the figure had risen to eight, "
        "including a 12-year-old girl.",
        Q("three", 3, by="governor"),
        Q("eight", 8),
        Q("12-year-old", 12, "age_year"),
    ),
    S(
        "Russian-installed officials in occupied Horlivka said 5 civilians were killed by Ukrainian "
        "shelling, a claim that could not be independently verified.",
        Q("5", 5, subj="civilian", by="officials"),
    ),
    S(
        "Sudan's health ministry put the death toll from the RSF attack on the camp at 114, while a "
        "local resistance committee said more than 200 had been killed.",
        Q("114", 114, subj="toll", by="health ministry"),
        Q("200", 200, q="more_than", by="committee"),
    ),
    S(
        "At least 1,200 fighters and an unknown number of civilians died in the three-week battle "
        "for the town, according to a tally by the monitoring group ACLED.",
        Q("1,200", 1200, h=50, q="at_least", subj="fighter", by="ACLED"),
        Q("three-week", 3, "week"),
    ),
    S(
        "The UN verified 164 civilian deaths in Ukraine in June, the highest monthly toll in three "
        "years, and 1,017 injuries.",
        Q("164", 164, subj="death", by="UN"),
        Q("three years", 3, "year"),
        Q("1,017", 1017, subj="injur", by="UN"),
    ),
    S(
        "Casualty estimates vary widely: Ukrainian officials speak of 1,000 to 1,200 Russian losses "
        "a day, while Western intelligence puts the figure at roughly 900.",
        R("1,000 to 1,200", 1000, 1200, subj="loss", by="officials"),
        Q("900", 900, h=45, q="approx", by="intelligence"),
    ),
    S(
        "Two of the wounded died in hospital on Saturday, bringing the death toll from Thursday's "
        "missile strike on Kryvyi Rih to 20, among them nine children.",
        Q("Two", 2),
        Q("20", 20, subj="toll"),
        Q("nine", 9, whole=20, subj="child"),
    ),
    S(
        "Medecins Sans Frontieres said its teams had treated 58 wounded in 24 hours, twice the "
        "number they would see in a normal week.",
        Q("58", 58, subj="wounded", by="Frontieres"),
        Q("24 hours", 24, "hour"),
    ),
    S(
        "Israel's military said it had killed about 20 militants in the raid; Palestinian health "
        "officials reported 27 dead, at least half of them civilians.",
        Q("20", 20, q="approx", subj="militant", by="military"),
        Q("27", 27, by="officials"),
        Q("half", 0.5, q="at_least", whole=27, by="officials"),
    ),
    S(
        "Russia's defence ministry claimed its forces had taken 190 settlements in 2024 and killed "
        "or wounded more than 400,000 Ukrainian troops, figures that could not be independently "
        "verified.",
        Q("190", 190, h=5, subj="settlement", period="2024", by="defence ministry"),
        N("2024", YEAR),
        Q("400,000", 400000, q="more_than", subj="troop", by="defence ministry"),
    ),
    S(
        "Gaza's health ministry says more than 61,000 Palestinians have been killed; a Lancet study "
        "suggested the true toll by mid-2024 could be about 40% higher.",
        Q("61,000", 61000, q="more_than", subj="Palestinian", by="health ministry"),
        N("2024", YEAR),
        Q("40%", 40, "percent", q="approx", by="Lancet"),
    ),
    S(
        "The 19-year-old conscript was one of 12 men captured near Sudzha, Ukraine's military said.",
        Q("19-year-old", 19, "age_year"),
        N("one", ONE),
        Q("12", 12, subj="men", by="military"),
    ),
    S(
        "Ukrainian prosecutors have registered more than 150,000 suspected war crimes since "
        "February 2022, 749 of which have reached court.",
        Q("150,000", 150000, q="more_than", subj="crime", period="since 2022-02", by="prosecutors"),
        N("2022", YEAR),
        Q("749", 749, whole=150000, by="prosecutors"),
    ),
    # --- batch 7: prisoner exchanges and detainees
    S(
        "In the largest swap of the war, each side handed over 390 prisoners on Friday, with a "
        "further 307 to follow over the weekend, Ukraine's coordination headquarters said.",
        Q("390", 390, h=5, subj="prisoner", by="headquarters"),
        Q("307", 307, by="headquarters"),
    ),
    S(
        "Russia returned the bodies of 909 fallen soldiers and received 34 in exchange, the two "
        "sides confirmed.",
        Q("909", 909, subj="bod"),
        Q("34", 34),
        N("two", DEF),
    ),
    S(
        "Among the 84 Ukrainians freed in the exchange were 22 civilians, some of whom had been held "
        "since 2014.",
        Q("84", 84, subj="Ukrainian"),
        Q("22", 22, whole=84, subj="civilian"),
        N("2014", YEAR),
    ),
    S(
        "Ukraine, Russia swap 150 POWs each in UAE-brokered deal",
        Q("150", 150, h=5, subj="POW"),
    ),
    S(
        "Belarus freed 14 political prisoners, including a US citizen, leaving more than 1,100 "
        "still behind bars, the Viasna rights centre said.",
        Q("14", 14, subj="prisoner", by="Viasna"),
        Q("1,100", 1100, q="more_than", by="Viasna"),
    ),
    # --- batch 7: territory and front lines (square kilometres, miles, advances)
    S(
        "Russian forces captured about 4,168 square kilometres of Ukrainian territory in 2024, "
        "according to the DeepState monitoring project.",
        Q("4,168 square kilometres", 4168, "km2", q="approx", period="2024", by="DeepState"),
        N("2024", YEAR),
    ),
    S(
        "The front line now stretches for more than 1,200 kilometres, of which some 250 km are "
        "actively contested, according to Ukraine's commander-in-chief.",
        Q("1,200 kilometres", 1200, "km", q="more_than", subj="line", by="commander"),
        Q("250 km", 250, "km", h=5, q="approx", whole=1200, by="commander"),
    ),
    S(
        "Ukraine said it controlled roughly 1,000 square kilometres (386 square miles) of Russia's "
        "Kursk region, a figure Moscow disputes.",
        Q("1,000 square kilometres", 1000, "km2", h=50, q="approx", by="Ukraine"),
        Q("386 square miles", 386, "mi2", by="Ukraine"),
    ),
    S(
        "Russia occupies about 113,000 sq km, or just under a fifth of Ukraine's internationally "
        "recognised territory.",
        Q("113,000 sq km", 113000, "km2", h=500, q="approx"),
        Q("a fifth", 0.2, q="below"),
    ),
    S(
        "Russian troops advanced between 7 and 9 kilometres along the M14 highway in two weeks, the "
        "Institute for the Study of War said.",
        R("7 and 9 kilometres", 7, 9, "km", by="Institute"),
        N("M14", REF),
        Q("two weeks", 2, "week"),
    ),
    S(
        "The 300-mile stretch of border between Kharkiv and Sumy is guarded by fewer than 20 "
        "battalions, a senior officer told the BBC.",
        Q("300-mile", 300, "mi", h=15, subj="border"),
        Q("20", 20, q="less_than", subj="battalion", by="officer"),
    ),
    S(
        "Nearly 70% of the Donetsk region is now under Russian control, compared with about 55% at "
        "the start of 2024.",
        Q("70%", 70, "percent", q="below"),
        Q("55%", 55, "percent", q="approx"),
        N("2024", YEAR),
    ),
    S(
        "Ukraine's second-largest city, Kharkiv, lies just 30 km from the border, within range of "
        "Russian artillery.",
        Q("second", 2, "rank"),
        Q("30 km", 30, "km"),
    ),
    S(
        "Poland to build 400 km of fortifications along Belarus, Russia borders at cost of 10 bln "
        "zlotys",
        Q("400 km", 400, "km", h=20, subj="fortification"),
        Q("10 bln zlotys", 10 * B, "PLN", h=0.5 * B, subj="cost"),
    ),
    S(
        "Thousands of migrants remain stranded on the Belarus-Poland border, where a 186-km steel "
        "fence was completed in 2022.",
        N("Thousands", VAGUE),
        Q("186-km", 186, "km", subj="fence"),
        N("2022", YEAR),
    ),
    # --- batch 7: aid and loans (bracketed conversions, parts of pledges)
    S(
        "Sweden unveiled its 18th military aid package, worth 13.5 billion Swedish crowns ($1.2bn), "
        "including air-defence radars and 8 CB90 assault boats.",
        N("18th", ORD),
        Q("13.5 billion Swedish crowns", 13.5 * B, "SEK", h=0.05 * B, subj="package"),
        Q("$1.2bn", 1.2 * B, "USD", h=0.05 * B, subj="package"),
        Q("8", 8, subj="boat"),
        N("CB90", MODEL),
    ),
    S(
        "The European Commission disbursed €4.1bn (£3.5bn) under the Ukraine Facility, taking "
        "payments so far to €19.6bn out of the €50bn promised for 2024-27.",
        Q("€4.1bn", 4.1 * B, "EUR", h=0.05 * B, by="Commission"),
        Q("£3.5bn", 3.5 * B, "GBP", h=0.05 * B, by="Commission"),
        Q("€19.6bn", 19.6 * B, "EUR", h=0.05 * B, whole=50 * B, subj="payment"),
        Q("€50bn", 50 * B, "EUR", h=0.5 * B),
        N("2024-27", YEAR),
    ),
    S(
        "Canada's C$5bn (US$3.6bn) contribution to the G7 loan will be disbursed in three tranches, "
        "the finance minister said.",
        Q("C$5bn", 5 * B, "CAD", h=0.5 * B, subj="contribution", by="minister"),
        Q("US$3.6bn", 3.6 * B, "USD", h=0.05 * B, by="minister"),
        N("G7", "group name"),
        Q("three", 3, subj="tranche", by="minister"),
    ),
    S(
        "Japan will contribute about ¥471bn, or roughly $3bn, to the $50bn ERA loans scheme, the "
        "finance ministry said on Tuesday.",
        Q("¥471bn", 471 * B, "JPY", h=0.5 * B, q="approx", by="finance ministry"),
        Q("$3bn", 3 * B, "USD", h=0.5 * B, q="approx", by="finance ministry"),
        Q("$50bn", 50 * B, "USD", h=0.5 * B, subj="scheme"),
    ),
    S(
        "The IMF board approved a new four-year, $15.5 billion programme and released an immediate "
        "tranche of $2.2 billion (about €2 billion).",
        Q("four-year", 4, "year"),
        Q("$15.5 billion", 15.5 * B, "USD", h=0.05 * B, subj="programme"),
        Q("$2.2 billion", 2.2 * B, "USD", h=0.05 * B, whole=15.5 * B, subj="tranche"),
        Q("€2 billion", 2 * B, "EUR", h=0.5 * B, q="approx"),
    ),
    S(
        "Germany's budget committee cleared an extra €3bn ($3.25bn) for Ukraine next year, raising "
        "Berlin's planned support to €11bn.",
        Q("€3bn", 3 * B, "EUR", h=0.5 * B, by="committee"),
        Q("$3.25bn", 3.25 * B, "USD", h=0.005 * B, by="committee"),
        Q("€11bn", 11 * B, "EUR", h=0.5 * B, subj="support"),
    ),
    S(
        "Of the $61bn approved by Congress in April, about $13.8bn went to replenishing US weapons "
        "stocks rather than to Kyiv directly.",
        Q("$61bn", 61 * B, "USD", h=0.5 * B),
        Q("$13.8bn", 13.8 * B, "USD", h=0.05 * B, q="approx", whole=61 * B),
    ),
    S(
        "Damage to Ukraine's housing stock alone is put at $57bn (£45bn), with some 13% of homes "
        "damaged or destroyed, the World Bank's latest assessment found.",
        Q("$57bn", 57 * B, "USD", h=0.5 * B, subj="damage", by="World Bank"),
        Q("£45bn", 45 * B, "GBP", h=0.5 * B, by="World Bank"),
        Q("13%", 13, "percent", q="approx", subj="home", by="World Bank"),
    ),
    S(
        "Kyiv city council allocated ₴1.2bn ($29m) to build shelters in 84 schools before the "
        "start of the academic year.",
        Q("₴1.2bn", 1.2 * B, "UAH", h=0.05 * B, by="council"),
        Q("$29m", 29 * M, "USD", h=0.5 * M, by="council"),
        Q("84", 84, subj="school"),
    ),
    S(
        "Russia is recruiting about 30,000 contract soldiers a month, paying sign-up bonuses that "
        "reach 2 million roubles ($25,000) in some regions.",
        Q("30,000", 30000, h=1500, q="approx", subj="soldier"),
        Q("2 million roubles", 2 * M, "RUB", h=0.5 * M, subj="bonus"),
        Q("$25,000", 25000, "USD", h=500),
    ),
    # --- batch 7: sanctions (price cap, frozen assets, shadow fleet, enforcement)
    S(
        "The EU and G7 lowered the price cap on Russian crude to $47.60 a barrel from $60, saying it "
        "would now be reviewed every six months.",
        N("G7", "group name"),
        Q("$47.60", 47.6, "USD", h=0.005, subj="cap"),
        Q("$60", 60, "USD"),
        Q("six months", 6, "month"),
    ),
    S(
        "Of the roughly €210bn in Russian central bank reserves immobilised in the EU, about "
        "two-thirds sit at Euroclear in Brussels.",
        Q("€210bn", 210 * B, "EUR", h=0.5 * B, q="approx", subj="reserve"),
        Q("two-thirds", 2 / 3, q="approx", whole=210 * B),
    ),
    S(
        "Washington blacklisted 12 Chinese and Hong Kong firms and 3 Turkish ones accused of "
        "supplying Russia with microelectronics, the Treasury Department said.",
        Q("12", 12, subj="firm", by="Treasury"),
        Q("3", 3, by="Treasury"),
    ),
    S(
        "Tankers of the so-called shadow fleet now carry an estimated 70% of Russia's seaborne "
        "crude, up from 50% a year earlier, a Kyiv School of Economics study found.",
        Q("70%", 70, "percent", q="approx", by="Kyiv School"),
        Q("50%", 50, "percent", by="Kyiv School"),
        N("a year", REL),
    ),
    S(
        "Russia's oil and gas revenue dropped 35% year-on-year to 520.9 billion roubles ($6.6bn) in "
        "June, finance ministry data showed.",
        Q("35%", 35, "percent", subj="revenue", by="finance ministry"),
        Q("520.9 billion roubles", 520.9 * B, "RUB", h=0.05 * B, by="finance ministry"),
        Q("$6.6bn", 6.6 * B, "USD", h=0.05 * B, by="finance ministry"),
    ),
    S(
        "The 17th package lists 189 more tankers, taking the number of shadow-fleet vessels under EU "
        "sanctions to 342.",
        N("17th", ORD),
        Q("189", 189, subj="tanker"),
        Q("342", 342, subj="vessel"),
    ),
    S(
        "Switzerland has frozen 7.4 billion Swiss francs (about $8.4bn) in Russian financial assets, "
        "the State Secretariat for Economic Affairs said.",
        Q("7.4 billion Swiss francs", 7.4 * B, "CHF", h=0.05 * B, subj="asset", by="Secretariat"),
        Q("$8.4bn", 8.4 * B, "USD", h=0.05 * B, q="approx", by="Secretariat"),
    ),
    S(
        "Under Resolution 2231, UN sanctions on Iran's missile programme were meant to lapse in "
        "October 2023; the E3 triggered the snapback on 28 August.",
        N("2231", LAW),
        N("2023", YEAR),
        N("E3", "group name"),
        N("28 August", DATE),
    ),
    S(
        "Discounts on Urals widened to $13-15 a barrel after the new sanctions, traders said, "
        "against $11-12 a month earlier.",
        R("$13-15", 13, 15, "USD", subj="discount", by="traders"),
        R("$11-12", 11, 12, "USD"),
        N("a month", REL),
    ),
    S(
        "Exports of 'common high priority' goods from Turkey to Russia fell by almost a third last "
        "year, to $1.9bn, the study estimated.",
        Q("a third", 1 / 3, q="below", by="study"),
        Q("$1.9bn", 1.9 * B, "USD", h=0.05 * B, subj="export", by="study"),
    ),
    S(
        "Fewer than one in ten tankers loading Russian crude in June used G7 insurance, down from "
        "about half before the cap of $60 a barrel was introduced, CREA said.",
        Q("one in ten", 1, q="less_than", whole=10, subj="tanker", by="CREA"),
        N("G7", "group name"),
        Q("half", 0.5, q="approx", by="CREA"),
        Q("$60", 60, "USD", subj="cap"),
    ),
    S(
        "Customs officers in Kazakhstan seized 47 shipments of dual-use goods bound for Russia in "
        "the first quarter, worth an estimated 2.3 billion tenge ($4.5m).",
        Q("47", 47, subj="shipment"),
        N("first quarter", "quarter label"),
        Q("2.3 billion tenge", 2.3 * B, "KZT", h=0.05 * B, q="approx"),
        Q("$4.5m", 4.5 * M, "USD", h=0.05 * M),
    ),
    S(
        "Putin's Decree No. 442 lets foreign investors sell Russian assets only at a 60% discount "
        "and with a 35% 'voluntary contribution' to the budget.",
        N("442", LAW),
        Q("60%", 60, "percent", subj="discount"),
        Q("35%", 35, "percent", subj="contribution"),
    ),
    S(
        "Turkey's trade ministry fined 112 exporters a total of 310 million lira (£7.2m) for "
        "breaching transit rules on goods bound for Russia.",
        Q("112", 112, subj="exporter", by="trade ministry"),
        Q("310 million lira", 310 * M, "TRY", h=0.5 * M, by="trade ministry"),
        Q("£7.2m", 7.2 * M, "GBP", h=0.05 * M),
    ),
    # --- batch 7: trade between Russia, China, India, Turkey and Central Asia
    S(
        "China's exports to Russia fell 5.2% year-on-year in the first half to $52.4bn, while "
        "imports from Russia slid 8.1%, customs data showed.",
        Q("5.2%", 5.2, "percent", h=0.05, subj="export", by="customs"),
        N("first half", REL),
        Q("$52.4bn", 52.4 * B, "USD", h=0.05 * B, by="customs"),
        Q("8.1%", 8.1, "percent", h=0.05, subj="import", by="customs"),
    ),
    S(
        "India imported an average of 1.75 million barrels per day of Russian crude in March, "
        "making Russia its top supplier with a 35% share, according to Kpler.",
        Q("1.75 million barrels", 1.75 * M, "bbl", h=0.005 * M, subj="crude", by="Kpler"),
        Q("35%", 35, "percent", subj="share", by="Kpler"),
    ),
    S(
        "Turkey's imports of Russian diesel rose to 325,000 tonnes in May from 210,000 tonnes in "
        "April, ship-tracking data showed.",
        Q("325,000 tonnes", 325000, "t", h=500, subj="import", by="data"),
        Q("210,000 tonnes", 210000, "t", h=5000, by="data"),
    ),
    S(
        "Kazakhstan shipped 8.6 million tonnes of grain to its Central Asian neighbours in the "
        "2023/24 marketing year, about 70% of its exports.",
        Q("8.6 million tonnes", 8.6 * M, "t", h=0.05 * M, subj="grain"),
        N("2023/24", YEAR),
        Q("70%", 70, "percent", q="approx"),
    ),
    S(
        "Trade turnover between Uzbekistan and Russia reached $11.3bn last year, up 13% year on "
        "year, with Moscow now Tashkent's second-largest partner after Beijing.",
        Q("$11.3bn", 11.3 * B, "USD", h=0.05 * B, subj="trade"),
        Q("13%", 13, "percent"),
        Q("second", 2, "rank"),
    ),
    S(
        "Russia's coal exports to China slumped 12% in the first quarter to 21.6 million tonnes "
        "after Beijing reintroduced import duties of 3-6%.",
        Q("12%", 12, "percent", subj="export"),
        N("first quarter", "quarter label"),
        Q("21.6 million tonnes", 21.6 * M, "t", h=0.05 * M),
        R("3-6%", 3, 6, "percent", subj="dut"),
    ),
    S(
        "India's trade deficit with Russia widened to about $57bn in the year to March, as exports "
        "of $4.9bn were dwarfed by oil imports worth some $62bn.",
        Q("$57bn", 57 * B, "USD", h=0.5 * B, q="approx", subj="deficit"),
        Q("$4.9bn", 4.9 * B, "USD", h=0.05 * B, subj="export"),
        Q("$62bn", 62 * B, "USD", h=0.5 * B, q="approx", subj="import"),
    ),
    S(
        "Tajikistan's aluminium exports rose by a quarter to 160,000 tonnes, most of it sold to "
        "Turkey and China.",
        Q("a quarter", 0.25, subj="export"),
        Q("160,000 tonnes", 160000, "t", h=5000),
    ),
    S(
        "Turkish exports to Russia dropped 20-25% in the months after US secondary sanctions "
        "targeted banks, the Istanbul Chamber of Commerce estimated.",
        R("20-25%", 20, 25, "percent", subj="export", by="Chamber"),
    ),
    S(
        "Kazakhstan's trade with the EU climbed to $48.9bn in 2023, making the bloc its biggest "
        "partner for the first time, ahead of China with $41bn.",
        Q("$48.9bn", 48.9 * B, "USD", h=0.05 * B, subj="trade", period="2023"),
        N("2023", YEAR),
        N("first", ORD),
        Q("$41bn", 41 * B, "USD", h=0.5 * B),
    ),
    S(
        "Russian companies paid for about 95% of imports from China in roubles and yuan, yet "
        "Chinese banks now reject up to 80% of payments, according to Kommersant.",
        Q("95%", 95, "percent", q="approx", subj="import", by="Kommersant"),
        Q("80%", 80, "percent", q="up_to", subj="payment", by="Kommersant"),
    ),
    S(
        "The Power of Siberia pipeline delivered 31 billion cubic metres of gas to China in 2024, "
        "about 0.8 billion more than contracted.",
        Q("31 billion cubic metres", 31 * B, "m3", h=0.5 * B, subj="gas", period="2024"),
        N("2024", YEAR),
        Q("0.8 billion", 0.8 * B, h=0.05 * B, q="approx"),
    ),
    S(
        "Kazakh wheat exports to Afghanistan jump 40% y/y to 2.2 mln tonnes",
        Q("40%", 40, "percent", subj="export"),
        Q("2.2 mln tonnes", 2.2 * M, "t", h=0.05 * M),
    ),
    S(
        "EXCLUSIVE-Russia's seaborne oil product exports fall to 2.1 mln bpd, lowest since 2022",
        Q("2.1 mln bpd", 2.1 * M, "bbl", h=0.05 * M, subj="export"),
        N("2022", YEAR),
    ),
    S(
        "ALMATY, Jan 14 (Reuters) - Kazakhstan's oil output rose 8.6% to 1.97 million barrels per "
        "day in December, exceeding its OPEC+ quota of 1.468 million bpd by about 500,000 bpd, while "
        "exports via the CPC pipeline averaged 1.5 million.",
        N("Jan 14", DATE),
        Q("8.6%", 8.6, "percent", h=0.05, subj="output"),
        Q("1.97 million barrels", 1.97 * M, "bbl", h=0.005 * M, subj="output"),
        Q("1.468 million bpd", 1.468 * M, "bbl", h=0.0005 * M, subj="quota"),
        Q("500,000 bpd", 500000, "bbl", h=25000, q="approx"),
        Q("1.5 million", 1.5 * M, h=0.05 * M, subj="export"),
    ),
    S(
        "Turkey's exports to Russia rose 4.1% in 2024 to $10.9bn, but imports fell 17.6%, leaving "
        "a deficit of $33.3bn, according to TurkStat.",
        Q("4.1%", 4.1, "percent", h=0.05, subj="export", period="2024", by="TurkStat"),
        N("2024", YEAR),
        Q("$10.9bn", 10.9 * B, "USD", h=0.05 * B, by="TurkStat"),
        Q("17.6%", 17.6, "percent", h=0.05, subj="import", by="TurkStat"),
        Q("$33.3bn", 33.3 * B, "USD", h=0.05 * B, subj="deficit", by="TurkStat"),
    ),
    S(
        "China bought 108.5 million tonnes of Russian crude last year, 2% more than in 2023 and "
        "almost a fifth of its total imports.",
        Q("108.5 million tonnes", 108.5 * M, "t", h=0.05 * M, subj="crude"),
        Q("2%", 2, "percent"),
        N("2023", YEAR),
        Q("a fifth", 0.2, q="below"),
    ),
    S(
        "Indian refiners settled some cargoes in yuan: roughly 2.5 billion yuan ($345m) in June "
        "alone, according to port records.",
        Q("2.5 billion yuan", 2.5 * B, "CNY", h=0.05 * B, q="approx", by="records"),
        Q("$345m", 345 * M, "USD", h=0.5 * M, by="records"),
    ),
    S(
        "India's imports from Russia rose to ₹5.4 trillion ($65bn) in the fiscal year, the commerce "
        "ministry said, almost all of it oil and fertiliser.",
        Q("₹5.4 trillion", 5.4 * T, "INR", h=0.05 * T, subj="import", by="commerce ministry"),
        Q("$65bn", 65 * B, "USD", h=0.5 * B, by="commerce ministry"),
    ),
    S(
        "Russia-India trade hits record $66bn as oil flows surge",
        Q("$66bn", 66 * B, "USD", h=0.5 * B, subj="trade"),
    ),
    # --- batch 7: migration, refugees, remittances, deportations and asylum
    S(
        "In some districts of the Moscow region, about one in six residents is a labour migrant, a "
        "local official estimated.",
        Q("one in six", 1, q="approx", whole=6, subj="resident", by="official"),
    ),
    S(
        "The number of work patents issued to migrants in Russia fell by 17% to 2.1m in 2024, and "
        "Uzbeks accounted for roughly 60% of them.",
        Q("17%", 17, "percent", subj="patent"),
        Q("2.1m", 2.1 * M, h=0.05 * M, period="2024"),
        N("2024", YEAR),
        Q("60%", 60, "percent", q="approx", whole=2.1 * M, subj="Uzbek"),  # "of them": the 2.1m
    ),
    S(
        "Remittances to Kyrgyzstan were equivalent to 24% of GDP in 2024, against about 31% at "
        "their 2013 peak, World Bank data show.",
        Q("24%", 24, "percent", subj="remittance", period="2024", by="World Bank"),
        N("2024", YEAR),
        Q("31%", 31, "percent", q="approx", by="World Bank"),
        N("2013", YEAR),
    ),
    S(
        "Russia deported more than 80,000 foreigners last year, up from 56,000 in 2023, and barred "
        "a further 190,000 from entering, the interior ministry said.",
        Q("80,000", 80000, q="more_than", subj="foreigner", by="interior ministry"),
        Q("56,000", 56000, h=500, period="2023", by="interior ministry"),
        N("2023", YEAR),
        Q("190,000", 190000, h=5000, by="interior ministry"),
    ),
    S(
        "According to the EU Agency for Asylum, applications fell to 912,000 in 2024, down 11% on "
        "the year before, with Syrians, Venezuelans and Afghans filing nearly a third of them.",
        Q("912,000", 912000, h=500, subj="application", period="2024", by="Agency"),
        N("2024", YEAR),
        Q("11%", 11, "percent", by="Agency"),
        Q("a third", 1 / 3, q="below", whole=912000, by="Agency"),
    ),
    S(
        "Up to 5,000 people a day crossed from Lebanon into Syria at the height of the strikes, the "
        "UN refugee agency said, most of them through the Masnaa crossing.",
        Q("5,000", 5000, q="up_to", subj="people", by="refugee agency"),
    ),
    S(
        "Turkey hosts just under 2.9 million Syrians under temporary protection, down from a peak of "
        "3.7 million, migration authority figures show.",
        Q("2.9 million", 2.9 * M, h=0.05 * M, q="below", subj="Syrian", by="migration authority"),
        Q("3.7 million", 3.7 * M, h=0.05 * M, by="migration authority"),
    ),
    S(
        "An estimated half a million Kazakhs work abroad, the labour ministry says, a figure "
        "economists consider an undercount.",
        Q("half a million", 0.5 * M, h=0.05 * M, q="approx", subj="Kazakh", by="labour ministry"),
    ),
    S(
        "Border guards logged 46,500 crossings a day at the Kazakh-Russian frontier in the week "
        "after mobilisation was announced, three times the usual rate.",
        Q("46,500", 46500, h=50, subj="crossing", by="Border guards"),
        Q("three", 3),
    ),
    S(
        "Between 2022 and 2024, Georgia granted residence to 41,000 Russians, Armenia to some "
        "30,000, and Israel to roughly 70,000 under its law of return.",
        N("2022", YEAR),
        N("2024", YEAR),
        Q("41,000", 41000, h=500, subj="Russian"),
        Q("30,000", 30000, h=1500, q="approx"),
        Q("70,000", 70000, h=3500, q="approx"),
    ),
    S(
        "Some 36,800 migrants crossed the Channel in small boats in 2024, about a quarter more than "
        "in 2023, Home Office figures show.",
        Q("36,800", 36800, h=50, q="approx", subj="migrant", period="2024", by="Home Office"),
        N("2024", YEAR),
        Q("a quarter", 0.25, q="approx", by="Home Office"),
        N("2023", YEAR),
    ),
    S(
        "Frontex recorded 239,000 irregular border crossings into the EU last year, the fewest since "
        "2021 and 38% below 2023.",
        Q("239,000", 239000, h=500, subj="crossing", by="Frontex"),
        N("2021", YEAR),
        Q("38%", 38, "percent", by="Frontex"),
        N("2023", YEAR),
    ),
    S(
        "Migrants from Tajikistan working in Russia number 800,000 to 1.2 million, depending on the "
        "season, according to the International Organization for Migration.",
        R("800,000 to 1.2 million", 800000, 1.2 * M, subj="migrant", by="Organization for Migration"),
    ),
    S(
        "Of the roughly 1.2 million Ukrainians registered in Germany, about 266,000 were in jobs "
        "subject to social insurance by June, the labour agency said.",
        Q("1.2 million", 1.2 * M, h=0.05 * M, q="approx", subj="Ukrainian", by="labour agency"),
        Q("266,000", 266000, h=500, q="approx", whole=1.2 * M, by="labour agency"),
    ),
    S(
        "UNHCR counts nearly 12 million people displaced by the war in Sudan, including 3.2 million "
        "who have fled abroad.",
        Q("12 million", 12 * M, h=0.5 * M, q="below", subj="people", by="UNHCR"),
        Q("3.2 million", 3.2 * M, h=0.05 * M, whole=12 * M, by="UNHCR"),
    ),
    S(
        "UN: 3.7m Sudanese now refugees, one in four of them in Chad",
        Q("3.7m", 3.7 * M, h=0.05 * M, subj="Sudanese", by="UN"),
        Q("one in four", 1, whole=4, by="UN"),
    ),
    S(
        "Some 14,000 Russians applied for asylum in the EU in 2023, five times as many as in 2021, "
        "but fewer than 2,000 were granted protection.",
        Q("14,000", 14000, h=500, q="approx", subj="Russian", period="2023"),
        N("2023", YEAR),
        Q("five", 5),
        N("2021", YEAR),
        Q("2,000", 2000, q="less_than"),
    ),
    S(
        "The US deported 271,000 people in the fiscal year to September, the most in a decade, "
        "Immigration and Customs Enforcement said.",
        Q("271,000", 271000, h=500, subj="people", by="Immigration"),
    ),
    S(
        "Money transfers from Russia to the three Central Asian states rose 25% to $16.9bn, "
        "according to the Central Bank of Russia.",
        N("three", DEF),
        Q("25%", 25, "percent", subj="transfer", by="Central Bank"),
        Q("$16.9bn", 16.9 * B, "USD", h=0.05 * B, by="Central Bank"),
    ),
    S(
        "Personal transfers to Armenia fell 39% in the first nine months of the year to $2.8bn, as "
        "the flood of money from Russians who relocated in 2022 subsided.",
        Q("39%", 39, "percent", subj="transfer"),
        N("first nine months", REL),
        Q("$2.8bn", 2.8 * B, "USD", h=0.05 * B),
        N("2022", YEAR),
    ),
    S(
        "At under 1% of GDP, remittances matter far less to Kazakhstan than to its southern "
        "neighbours, where they range from 17% to 45%.",
        Q("1%", 1, "percent", q="less_than", subj="remittance"),
        R("17% to 45%", 17, 45, "percent"),
    ),
    S(
        "Russia set a quota of 234,000 work permits for foreign workers for next year, 12,000 fewer "
        "than this year, the labour ministry said.",
        Q("234,000", 234000, h=500, subj="permit", by="labour ministry"),
        Q("12,000", 12000, h=500, by="labour ministry"),
    ),
    S(
        "Net migration to the UK fell by 50 per cent to 431,000 in the year to December, the ONS "
        "said, with work visas for care staff down almost three-quarters.",
        Q("50 per cent", 50, "percent", subj="migration", by="ONS"),
        Q("431,000", 431000, h=500, by="ONS"),
        Q("three-quarters", 0.75, q="below", subj="visa"),
    ),
    S(
        "Polish border guards checked about 26,000 people a day at crossings with Ukraine in July, "
        "roughly half the pre-war level.",
        Q("26,000", 26000, h=500, q="approx", subj="people", by="border guards"),
        Q("half", 0.5, q="approx"),
    ),
    S(
        "GENEVA (AP) — Nearly 600,000 people have returned to Syria from neighbouring countries "
        "since December, the UN refugee agency said, while 1.2 million displaced inside the country "
        "went back to their home areas and about 16.7 million still need aid.",
        Q("600,000", 600000, h=30000, q="below", subj="people", by="refugee agency"),
        Q("1.2 million", 1.2 * M, h=0.05 * M, by="refugee agency"),
        Q("16.7 million", 16.7 * M, h=0.05 * M, q="approx", by="refugee agency"),
    ),
    S(
        "Lebanon, with about 5.8 million people, hosts an estimated 1.5 million Syrians, the "
        "highest ratio of refugees per head in the world.",
        Q("5.8 million", 5.8 * M, h=0.05 * M, q="approx", subj="people"),
        Q("1.5 million", 1.5 * M, h=0.05 * M, q="approx", subj="Syrian"),
    ),
    # --- batch 7: rankings
    S(
        "Azerbaijan ranked 164th out of 180 in this year's press freedom index, eight places lower "
        "than a year ago, and Kyrgyzstan slid to 144th.",
        Q("164th", 164, "rank", whole=180),
        Q("180", 180, h=5),
        Q("eight", 8, subj="place"),
        N("a year ago", REL),
        Q("144th", 144, "rank"),
    ),
    S(
        "In Transparency International's corruption index, Russia came 154th of 180 countries with "
        "a score of 22 out of 100.",
        Q("154th", 154, "rank", whole=180, by="Transparency"),
        Q("180", 180, h=5, subj="countr"),
        Q("22", 22, whole=100, subj="score"),
        Q("100", 100, h=5),
    ),
    S(
        "Ukraine climbed to 62nd place in the RSF ranking, its best showing since the invasion",
        Q("62nd", 62, "rank"),
    ),
    # --- batch 7: look-alikes (units, decrees, roads, times, definite references)
    S(
        "Officers from the GRU's Unit 29155 and Unit 74455 were charged in absentia on 5 September "
        "over the 2014 depot blasts.",
        N("Unit 29155", REF),
        N("Unit 74455", REF),
        N("5 September", DATE),
        N("2014", YEAR),
    ),
    S(
        "Zelensky's decree No. 312/2025 extended martial law for another 90 days from 7 August, the "
        "15th such extension since February 2022.",
        N("312/2025", LAW),
        Q("90 days", 90, "day"),
        N("7 August", DATE),
        N("15th", ORD),
        N("2022", YEAR),
    ),
    S(
        "Soldiers of the 47th Mechanised Brigade, which fields US-made Bradley M2A2 vehicles and "
        "Leopard 2A4 tanks, were pulled back from Avdiivka on 17 February.",
        N("47th", ORD),
        N("M2A2", MODEL),
        N("2A4", MODEL),
        N("17 February", DATE),
    ),
    S(
        "The two sides met for the first time in three years in Istanbul on 16 May, but the talks "
        "lasted less than two hours.",
        N("two", DEF),
        N("first", ORD),
        Q("three years", 3, "year"),
        N("16 May", DATE),
        Q("two hours", 2, "hour", q="less_than"),
    ),
    S(
        "Traffic on the M-04 and the E40 was halted after the strike, and the Chop-Zahony crossing "
        "closed from 18:00.",
        N("M-04", REF),
        N("E40", REF),
        N("18:00", TIME),
    ),
    S(
        "Sanctions first imposed in 2014 were widened sharply after 2022 and now cover sectors that "
        "in the 1990s made up most of Russia's exports.",
        N("first", ORD),
        N("2014", YEAR),
        N("2022", YEAR),
        N("1990s", DECADE),
    ),

    # --- batch 8: sport, culture and entertainment
    # transfers, wages and club finances
    S(
        "Rovers paid Benfica £62m plus a further £8m in add-ons for the 22-year-old, who has "
        "signed a six-year deal worth £240,000 a week.",
        Q("£62m", 62 * M, "GBP", h=0.5 * M),
        Q("£8m", 8 * M, "GBP", h=0.5 * M),
        Q("22-year-old", 22, "age_year"),
        Q("six-year", 6, "year"),
        Q("£240,000", 240000, "GBP", h=5000),
    ),
    S(
        "The Portuguese forward will wear the No 10 shirt after his €75m move from Lyon",
        N("10", "shirt number"),
        Q("€75m", 75 * M, "EUR", h=0.5 * M, subj="move"),
    ),
    S(
        "The club's wage bill rose 12% to £211m in the 2023-24 season, its annual accounts show.",
        Q("12%", 12, "percent", subj="wage", by="accounts"),
        Q("£211m", 211 * M, "GBP", h=0.5 * M, subj="wage", by="accounts"),
        N("2023-24", "season (years)"),
    ),
    S(
        "The 31-year-old's contract, worth £325,000 a week plus bonuses, runs until June 2028.",
        Q("31-year-old", 31, "age_year"),
        Q("£325,000", 325000, "GBP", h=500, subj="contract"),
        N("June 2028", DATE),
    ),
    S(
        "A dozen clubs have enquired about the 18-year-old, whose release clause is set at €60m.",
        Q("A dozen", 12, subj="club"),
        Q("18-year-old", 18, "age_year"),
        Q("€60m", 60 * M, "EUR", h=0.5 * M, subj="clause"),
    ),
    S(
        "Chelsea have spent more than £1bn on transfers in the past three years, according to "
        "figures from Transfermarkt.",
        Q("£1bn", 1 * B, "GBP", h=0.5 * B, q="more_than", subj="Chelsea", by="Transfermarkt"),
        Q("three years", 3, "year"),
    ),
    S(
        "The winger, who joined from Ajax three years ago for €35m, is now valued at around €90m "
        "by the CIES Football Observatory.",
        N("three years ago", REL),
        Q("€35m", 35 * M, "EUR", h=0.5 * M),
        Q("€90m", 90 * M, "EUR", h=0.5 * M, q="approx", by="CIES"),
    ),
    S(
        "The quarterback has agreed a four-year, $240m extension, with $180m of it guaranteed.",
        Q("four-year", 4, "year"),
        Q("$240m", 240 * M, "USD", h=0.5 * M, subj="extension"),
        Q("$180m", 180 * M, "USD", h=0.5 * M, whole=240 * M),
    ),
    S(
        "Top-flight clubs generated revenue of £6.3bn in the 2023-24 season, Deloitte estimates, "
        "with average attendance at 40,200.",
        Q("£6.3bn", 6.3 * B, "GBP", h=0.05 * B, subj="club", by="Deloitte"),
        N("2023-24", "season (years)"),
        Q("40,200", 40200, h=50, subj="attendance"),
    ),
    S(
        "Paris Saint-Germain's revenue reached €806m, third in Deloitte's Football Money League "
        "behind Real Madrid and Manchester City.",
        Q("€806m", 806 * M, "EUR", h=0.5 * M, subj="revenue"),
        Q("third", 3, "rank"),
    ),
    S(
        "The Lakers' payroll of $187m is the league's fifth highest, according to Spotrac.",
        Q("$187m", 187 * M, "USD", h=0.5 * M, subj="payroll", by="Spotrac"),
        Q("fifth", 5, "rank", by="Spotrac"),
    ),
    S(
        "Ticket prices at the club will rise by 5% next season, taking the cheapest adult season "
        "ticket to £735.",
        Q("5%", 5, "percent", subj="price"),
        Q("£735", 735, "GBP", subj="ticket"),
    ),
    S(
        "Almost 70% of season-ticket holders renewed before the deadline, the club said.",
        Q("70%", 70, "percent", q="below", subj="holder", by="club"),
    ),
    S(
        "Fans who have attended 40 or more away games this season get priority for final tickets.",
        Q("40", 40, q="at_least", subj="game"),
    ),
    # attendances and crowds
    S(
        "A record 90,185 fans watched the women's final at Wembley, the Football Association said.",
        Q("90,185", 90185, subj="fan", by="Football Association"),
    ),
    S(
        "The teams drew 2-2 in front of 41,228, the biggest crowd of the season at the ground.",
        N("2-2", "match score"),
        Q("41,228", 41228),
    ),
    S(
        "Just 3,100 fans turned up for the midweek cup tie, fewer than a tenth of the stadium's "
        "32,500 capacity.",
        Q("3,100", 3100, h=50, subj="fan"),
        Q("a tenth", 0.1, q="less_than", whole=32500),
        Q("32,500", 32500, h=50, subj="capacity"),
    ),
    S(
        "Arsenal's women's team drew a league record crowd of 60,160 at the Emirates on Sunday.",
        Q("60,160", 60160, h=5, subj="crowd"),
    ),
    S(
        "Fewer than 5,000 fans are expected at the rearranged game, which kicks off at 12.30pm on "
        "3 January.",
        Q("5,000", 5000, h=250, q="less_than", subj="fan"),
        N("12.30pm", TIME),
        N("3 January", DATE),
    ),
    S(
        "Centre Court holds 14,979, and the grounds admit up to 42,000 visitors a day.",
        Q("14,979", 14979),
        Q("42,000", 42000, h=500, q="up_to", subj="visitor"),
    ),
    S(
        "About a quarter of the 8,000 tickets for the women's semi-final went unsold.",
        Q("a quarter", 0.25, q="approx", whole=8000),
        Q("8,000", 8000, h=400, subj="ticket"),
    ),
    S(
        "Ticket holders at the 90,000-seat venue queued for up to three hours, and 14 people were "
        "treated for heat exhaustion, the ambulance service said.",
        Q("90,000-seat", 90000, h=4500),
        Q("three hours", 3, "hour", q="up_to"),
        Q("14", 14, subj="people", by="ambulance"),
    ),
    S(
        "Tickets for the 86,000-capacity stadium sold out in under an hour, with resale prices "
        "reaching £1,200.",
        Q("86,000-capacity", 86000, h=500),
        Q("an hour", 1, "hour", q="less_than"),
        Q("£1,200", 1200, "GBP", h=50, subj="price"),
    ),
    S(
        "Some 12,000 runners are expected to take part in the half marathon, which starts at 9am "
        "on Sunday.",
        Q("12,000", 12000, h=500, q="approx", subj="runner"),
        N("half", "name of an event"),
        N("9am", TIME),
    ),
    S(
        "The Paris Olympics sold 9.5 million tickets, the organising committee said, against a "
        "target of 8.8 million.",
        Q("9.5 million", 9.5 * M, h=0.05 * M, by="committee"),
        Q("8.8 million", 8.8 * M, h=0.05 * M, subj="target"),
    ),
    # league tables and results
    S(
        "City sit fourth, five points behind leaders Arsenal, with 11 games left to play",
        Q("fourth", 4, "rank"),
        Q("five", 5, subj="point"),
        Q("11", 11, subj="game"),
    ),
    S(
        "Wolves have won 9 of their 12 home games this season and conceded just seven goals.",
        Q("9", 9, whole=12, subj="game"),
        Q("12", 12, subj="game"),
        Q("seven", 7, subj="goal"),
    ),
    S(
        "Forest won 3-1 at Brentford to climb to seventh, two points off the European places.",
        N("3-1", "match score"),
        Q("seventh", 7, "rank"),
        Q("two", 2, subj="point"),
    ),
    S(
        "Saracens clinched a 27-24 victory with a penalty in the 79th minute, their fifth win in a "
        "row.",
        N("27-24", "match score"),
        N("79th", ORD),
        N("fifth", ORD),
    ),
    S(
        "Rangers won 4-0 to go 13 points clear, with the winger scoring twice before the break.",
        N("4-0", "match score"),
        Q("13", 13, subj="point"),
    ),
    S(
        "Second-placed Leverkusen trail by six points with eight games remaining",
        Q("Second", 2, "rank"),
        Q("six", 6, subj="point"),
        Q("eight", 8, subj="game"),
    ),
    S(
        "Three seasons ago the side were in the fourth tier; now they sit second in the "
        "Championship, a point behind the leaders.",
        N("Three seasons ago", REL),
        N("fourth", ORD),
        Q("second", 2, "rank"),
    ),
    S(
        "The 1-0 defeat at Burnley left Luton 18th in the table, level on points with the two "
        "sides above them.",
        N("1-0", "match score"),
        Q("18th", 18, "rank"),
        N("two", DEF),
    ),
    S(
        "The two clubs have met 14 times in the FA Cup, with United winning eight of those ties.",
        N("two", DEF),
        Q("14", 14),
        Q("eight", 8, whole=14),
    ),
    S(
        "Only 4 of the 20 managers in charge on the opening day are still in their jobs.",
        Q("4", 4, whole=20, subj="manager"),
        Q("20", 20, subj="manager"),
    ),
    S(
        "Ireland's 13-match winning run ends with 22-17 defeat in Paris",
        Q("13-match", 13, subj="run"),
        N("22-17", "match score"),
    ),
    S(
        "Half of the 16 teams in the league now have a female head coach.",
        Q("Half", 0.5, whole=16),
        Q("16", 16, subj="team"),
    ),
    S(
        "The striker has scored 22 goals in 31 appearances this season, including his third "
        "hat-trick in the win over Celtic.",
        Q("22", 22, subj="goal"),
        Q("31", 31, subj="appearance"),
        N("third", ORD),
    ),
    S(
        "The England captain won his 100th cap in the 2-0 win over Serbia, becoming only the 10th "
        "man to reach the mark.",
        N("100th", ORD),
        N("2-0", "match score"),
        N("10th", ORD),
    ),
    S(
        "Scotland's No 8 was sent off in the 52nd minute and the visitors held on to win 19-16.",
        N("8", "position number"),
        N("52nd", ORD),
        N("19-16", "match score"),
    ),
    S(
        "The club's No 1 goalkeeper has kept 15 clean sheets, the most in the division.",
        N("1", "role label, not a rank"),
        Q("15", 15, subj="sheet"),
    ),
    S(
        "Kick-off is at 20:00 local time, with the winners guaranteed a place in the last 16.",
        N("20:00", TIME),
        N("16", "round label"),
    ),
    S(
        "The 2026 World Cup will be played in 16 host cities across three countries, with 48 teams "
        "and 104 matches.",
        N("2026", YEAR),
        Q("16", 16, subj="cit"),
        Q("three", 3, subj="countr"),
        Q("48", 48, subj="team"),
        Q("104", 104, subj="match"),
    ),
    S(
        "The stadium was chosen to host the 2027 final by 14 votes to 6, the governing body said.",
        N("2027", YEAR),
        Q("14", 14, subj="vote", by="governing body"),
        Q("6", 6, by="governing body"),
    ),
    # tennis, golf, rankings and ages
    S(
        "The 19-year-old, seeded No 3, beat the world No 1 6-3, 6-4 in 78 minutes.",
        Q("19-year-old", 19, "age_year"),
        Q("3", 3, "rank"),
        Q("1", 1, "rank"),
        N("6-3", "match score"),
        N("6-4", "match score"),
        Q("78 minutes", 78, "minute"),
    ),
    S(
        "The No 1 seed needed five sets and four hours 12 minutes to get past the world No 87.",
        Q("1", 1, "rank"),
        Q("five", 5, subj="set"),
        Q("four hours 12 minutes", 4.2, "hour"),
        Q("87", 87, "rank"),
    ),
    S(
        "The Spaniard, 21, rose two places to world No 2 after reaching the final in Paris.",
        Q("21", 21, "age_year"),
        Q("two", 2, subj="place"),
        Q("2", 2, "rank"),
    ),
    S(
        "The world No 3 has earned $4.8m in prize money this season, more than half of it from "
        "her two Grand Slam titles.",
        Q("3", 3, "rank"),
        Q("$4.8m", 4.8 * M, "USD", h=0.05 * M),
        Q("half", 0.5, q="more_than", whole=4.8 * M),
        Q("two", 2, subj="title"),
    ),
    S(
        "Prize money at Wimbledon rises 7% to £53.5m, with singles champions each receiving £3m",
        Q("7%", 7, "percent", subj="prize"),
        Q("£53.5m", 53.5 * M, "GBP", h=0.05 * M, subj="prize"),
        Q("£3m", 3 * M, "GBP", h=0.5 * M),
    ),
    S(
        "The American shot a final-round 64 to win by three shots and collect the $4.2m "
        "winner's cheque.",
        Q("64", 64),
        Q("three", 3, subj="shot"),
        Q("$4.2m", 4.2 * M, "USD", h=0.05 * M, subj="cheque"),
    ),
    S(
        "Aged 37, the striker became the oldest player to score in a European final.",
        Q("37", 37, "age_year"),
    ),
    S(
        "The Scot, aged 40, became the oldest player to win the title, at the 17th attempt.",
        Q("40", 40, "age_year"),
        N("17th", ORD),
    ),
    S(
        "The goalkeeper, 41, made his 700th league appearance and saved two penalties in the "
        "shootout.",
        Q("41", 41, "age_year"),
        N("700th", ORD),
        Q("two", 2, subj="penalt"),
    ),
    S(
        "48-year-old jockey lands Gold Cup on his 20th ride in the race",
        Q("48-year-old", 48, "age_year"),
        N("20th", ORD),
    ),
    S(
        "Star Harbour, a 4-year-old ridden by 17-year-old apprentice Mia Doyle, won the 1.5-mile "
        "race by a neck, with the favourite third.",
        Q("4-year-old", 4, "age_year"),
        Q("17-year-old", 17, "age_year"),
        Q("1.5-mile", 1.5, "mi", h=0.05),
        Q("third", 3, "rank"),
    ),
    S(
        "The boxer, 6ft 5in and weighing 117kg, has won all 23 of his professional fights, 19 by "
        "knockout.",
        Q("6ft 5in", 6 + 5 / 12, "ft"),
        Q("117kg", 117, "kg"),
        Q("23", 23, subj="fight"),
        Q("19", 19, whole=23),
    ),
    S(
        "The 33-year-old is averaging 27.4 points, 8.1 rebounds and 6.9 assists a game.",
        Q("33-year-old", 33, "age_year"),
        Q("27.4", 27.4, h=0.05),
        Q("8.1", 8.1, h=0.05),
        Q("6.9", 6.9, h=0.05),
    ),
    S(
        "Midfielder wins Ballon d'Or with 1,127 points, 208 more than the runner-up",
        Q("1,127", 1127),
        Q("208", 208),
    ),
    # athletics, racing, swimming: times, margins, distances
    S(
        "Kenya's Ruth Chebet won the London Marathon in 2:16:38, beating her compatriot by just 11 "
        "seconds.",
        Q("2:16:38", 2 + 16 / 60 + 38 / 3600, "hour"),
        Q("11 seconds", 11, "second"),
    ),
    S(
        "The Jamaican won the 100m final in 9.84 seconds, edging the reigning world champion by "
        "0.03 seconds.",
        N("100m", "name of an event"),
        Q("9.84 seconds", 9.84, "second", h=0.005),
        Q("0.03 seconds", 0.03, "second", h=0.005),
    ),
    S(
        "Her winning time of 2:18:47 was the fastest ever run on the course, and 2 minutes 40 "
        "seconds inside the previous best.",
        Q("2:18:47", 2 + 18 / 60 + 47 / 3600, "hour", subj="time"),
        Q("2 minutes 40 seconds", 2 + 40 / 60, "minute"),
    ),
    S(
        "The shot putter threw 22.91 metres with her final attempt to win by 14cm.",
        Q("22.91 metres", 22.91, "m", h=0.005),
        Q("14cm", 14, "cm"),
    ),
    S(
        "The Tour de France covers 3,338km over 21 stages, with riders climbing a total of 52,500 "
        "metres.",
        Q("3,338km", 3338, "km"),
        Q("21", 21, subj="stage"),
        Q("52,500 metres", 52500, "m", h=50),
    ),
    S(
        "Oscar Lindqvist won the Formula 1 race at Suzuka by 12.4 seconds after starting from "
        "pole, his 63rd career victory.",
        N("Formula 1", "event name"),
        Q("12.4 seconds", 12.4, "second", h=0.05),
        N("63rd", ORD),
    ),
    S(
        "The 200m world champion, 24, clocked 19.62 seconds despite a headwind, the fastest time "
        "this season by 0.11 seconds.",
        N("200m", "name of an event"),
        Q("24", 24, "age_year"),
        Q("19.62 seconds", 19.62, "second", h=0.005),
        Q("0.11 seconds", 0.11, "second", h=0.005),
    ),
    S(
        "The 800m runner, just 19, lowered the national record to 1:43.21, taking 0.6 seconds off "
        "a mark that had stood for 26 years.",
        N("800m", "name of an event"),
        Q("19", 19, "age_year"),
        Q("1:43.21", 1 + 43.21 / 60, "minute", h=0.005 / 60),
        Q("0.6 seconds", 0.6, "second", h=0.05),
        Q("26 years", 26, "year"),
    ),
    S(
        "The Ethiopian, who won the 5,000m final in 12:57.34, had been 0.8sec behind at the bell.",
        N("5,000m", "name of an event"),
        Q("12:57.34", 12 + 57.34 / 60, "minute", h=0.005 / 60),
        Q("0.8sec", 0.8, "second", h=0.05),
    ),
    S(
        "The race, held over 42.195km, started at 8:30am in temperatures of 27C, and 312 of the "
        "9,450 starters failed to finish.",
        Q("42.195km", 42.195, "km", h=0.0005),
        N("8:30am", TIME),
        Q("27C", 27, "degC", subj="temperature"),
        Q("312", 312, whole=9450, subj="starter"),
        Q("9,450", 9450, h=5, subj="starter"),
    ),
    S(
        "The gymnast, 16, scored 14.833 on the beam, 0.2 more than the silver medallist.",
        Q("16", 16, "age_year"),
        Q("14.833", 14.833, h=0.0005),
        Q("0.2", 0.2, h=0.05),
    ),
    S(
        "The heptathlete finished fifth out of 24 despite a personal best of 6,512 points.",
        Q("fifth", 5, "rank", whole=24),
        Q("24", 24),
        Q("6,512", 6512),
    ),
    S(
        "The Grand National field has been cut to 34 runners from 40 over concerns about safety.",
        Q("34", 34, subj="field"),
        Q("40", 40),
    ),
    S(
        "The relay team was disqualified for a changeover outside the zone, costing them a silver "
        "medal and $40,000 in prize money.",
        Q("$40,000", 40000, "USD", h=2000),
    ),
    S(
        "Each of the 11 players on the winning side will receive a bonus of €250,000, the "
        "federation said.",
        Q("11", 11, subj="player"),
        Q("€250,000", 250000, "EUR", h=5000, subj="bonus", by="federation"),
    ),
    # medal tables
    S(
        "Spain finished top of the medal table on 14 golds, 9 silvers and 11 bronzes, one gold "
        "ahead of France.",
        Q("14", 14, subj="gold"),
        Q("9", 9),
        Q("11", 11),
        Q("one", 1),
    ),
    S(
        "Norway ended the Games with 37 medals, 16 of them gold, their best haul since 1994.",
        Q("37", 37, subj="medal"),
        Q("16", 16, whole=37),
        N("1994", YEAR),
    ),
    # cricket
    S(
        "England were bowled out for 143, losing their last seven wickets for 31 runs.",
        Q("143", 143),
        Q("seven", 7, subj="wicket"),
        Q("31", 31),
    ),
    S(
        "The batter reached his century off 71 balls, the fastest by an Englishman in Tests.",
        Q("71", 71),
    ),
    # box office and film
    S(
        "The superhero sequel took $412m worldwide in its opening weekend, including 610 million "
        "yuan in China and £21.4m in the UK, according to Comscore.",
        Q("$412m", 412 * M, "USD", h=0.5 * M, subj="sequel", by="Comscore"),
        Q("610 million yuan", 610 * M, "CNY", h=0.5 * M, by="Comscore"),
        Q("£21.4m", 21.4 * M, "GBP", h=0.05 * M, by="Comscore"),
    ),
    S(
        "The film, which cost about $200m to make, has grossed $1.03bn globally, the studio said.",
        Q("$200m", 200 * M, "USD", h=0.5 * M, q="approx"),
        Q("$1.03bn", 1.03 * B, "USD", h=0.005 * B, by="studio"),
    ),
    S(
        "The Japanese animated film has earned ¥15.8bn at home, making it the country's fourth "
        "highest-grossing release of all time.",
        Q("¥15.8bn", 15.8 * B, "JPY", h=0.05 * B, subj="film"),
        Q("fourth", 4, "rank"),
    ),
    S(
        "The action drama collected ₹312 crore in India in its first 10 days, the producers said.",
        Q("₹312 crore", 312e7, "INR", h=0.5e7, subj="drama", by="producer"),
        N("first", ORD),
        Q("10 days", 10, "day"),
    ),
    S(
        "The director's new film was made on a budget of just $18m and has taken more than ten "
        "times that.",
        Q("$18m", 18 * M, "USD", h=0.5 * M, subj="budget"),
        Q("ten", 10, q="more_than"),
    ),
    S(
        "The studio spent as much as $300m on the production, with marketing costs adding roughly "
        "$150m more.",
        Q("$300m", 300 * M, "USD", h=0.5 * M, q="up_to"),
        Q("$150m", 150 * M, "USD", h=0.5 * M, q="approx", subj="cost"),
    ),
    S(
        "Animated sequel crosses $1bn mark in 19 days",
        Q("$1bn", 1 * B, "USD", h=0.5 * B, q="more_than"),
        Q("19 days", 19, "day"),
    ),
    S(
        "The musical has grossed £250m in the West End since it opened in 2009 and been seen by "
        "more than 11 million people.",
        Q("£250m", 250 * M, "GBP", h=0.5 * M, subj="musical"),
        N("2009", YEAR),
        Q("11 million", 11 * M, h=0.5 * M, q="more_than"),
    ),
    # TV audiences and streaming
    S(
        "The BBC's coverage drew a peak audience of 11.3 million, a 58% share of those watching "
        "television at the time, overnight figures showed.",
        Q("11.3 million", 11.3 * M, h=0.05 * M, subj="audience"),
        Q("58%", 58, "percent", subj="share"),
    ),
    S(
        "Audiences for the final averaged 6.4 million on ITV, peaking at 9.1 million as the match "
        "went to penalties, BARB data show.",
        Q("6.4 million", 6.4 * M, h=0.05 * M, subj="audience", by="BARB"),
        Q("9.1 million", 9.1 * M, h=0.05 * M, by="BARB"),
    ),
    S(
        "Shares in the broadcaster rose 4% after it said its Six Nations coverage reached 8.9 "
        "million viewers, up from 7.2 million last year.",
        Q("4%", 4, "percent", subj="share"),
        N("Six", "event name"),
        Q("8.9 million", 8.9 * M, h=0.05 * M, subj="coverage"),
        Q("7.2 million", 7.2 * M, h=0.05 * M),
    ),
    S(
        "Between 8pm and 10pm, an average of 5.3 million people watched the ceremony on BBC One.",
        N("8pm", TIME),
        N("10pm", TIME),
        Q("5.3 million", 5.3 * M, h=0.05 * M, subj="people"),
        N("One", "channel name"),
    ),
    S(
        "The team's 2-1 win over Japan was watched by a peak of 4.1 million on Channel 4, the most "
        "for a women's rugby match.",
        N("2-1", "match score"),
        Q("4.1 million", 4.1 * M, h=0.05 * M),
        N("Channel 4", "channel name"),
    ),
    S(
        "The Oscars ceremony drew 19.5 million US viewers, up 4% and the largest audience since "
        "2020, according to Nielsen.",
        Q("19.5 million", 19.5 * M, h=0.05 * M, subj="ceremony", by="Nielsen"),
        Q("4%", 4, "percent", by="Nielsen"),
        N("2020", YEAR),
    ),
    S(
        "The series was watched for 1.7 billion hours in its first 91 days, Netflix said, making "
        "it the platform's second most popular English-language show.",
        Q("1.7 billion hours", 1.7 * B, "hour", h=0.05 * B, subj="series", by="Netflix"),
        N("first", ORD),
        Q("91 days", 91, "day"),
        Q("second", 2, "rank"),
    ),
    S(
        "The final, which kicks off at 8pm, is expected to draw an audience of as many as 15 "
        "million across the BBC and ITV.",
        N("8pm", TIME),
        Q("15 million", 15 * M, h=0.5 * M, q="up_to", subj="audience"),
    ),
    # music: streams, sales, tours
    S(
        "The album has been streamed more than 1.2 billion times and has sold 430,000 physical "
        "copies, the label said.",
        Q("1.2 billion", 1.2 * B, h=0.05 * B, q="more_than", by="label"),
        Q("430,000", 430000, h=5000, subj="cop", by="label"),
    ),
    S(
        "Spotify said the singer was streamed 26.6 billion times in 2024, more than any other "
        "artist.",
        Q("26.6 billion", 26.6 * B, h=0.05 * B, subj="singer", period="2024", by="Spotify"),
        N("2024", YEAR),
    ),
    S(
        "Vinyl sales rose for the 17th year running to 6.7 million units, the BPI said, while CD "
        "sales fell 12%.",
        N("17th", ORD),
        Q("6.7 million", 6.7 * M, h=0.05 * M, subj="sale", by="BPI"),
        Q("12%", 12, "percent", subj="sale"),
    ),
    S(
        "Global music streaming revenue grew 10.2% to $20.4bn in 2024, the IFPI said, with 752 "
        "million paid subscribers.",
        Q("10.2%", 10.2, "percent", h=0.05, subj="revenue", by="IFPI"),
        Q("$20.4bn", 20.4 * B, "USD", h=0.05 * B, subj="revenue", period="2024", by="IFPI"),
        N("2024", YEAR),
        Q("752 million", 752 * M, h=0.5 * M, subj="subscriber"),
    ),
    S(
        "Ticket sales for the tour topped $1bn, with an average price of $205 across 149 shows, "
        "according to Pollstar.",
        Q("$1bn", 1 * B, "USD", h=0.5 * B, q="more_than", subj="sale", by="Pollstar"),
        Q("$205", 205, "USD", subj="price", by="Pollstar"),
        Q("149", 149, subj="show"),
    ),
    S(
        "The band's 40-date stadium tour grossed an estimated $426m from 3.1 million tickets, "
        "Billboard Boxscore reported.",
        Q("40-date", 40),
        Q("$426m", 426 * M, "USD", h=0.5 * M, q="approx", subj="tour", by="Billboard"),
        Q("3.1 million", 3.1 * M, h=0.05 * M, by="Billboard"),
    ),
    S(
        "The orchestra will play 48 concerts in 19 countries on a tour lasting 11 weeks.",
        Q("48", 48, subj="concert"),
        Q("19", 19, subj="countr"),
        Q("11 weeks", 11, "week"),
    ),
    S(
        "Gate receipts of $18.6m set a record for a boxing event at the arena, promoters Top Rank "
        "said.",
        Q("$18.6m", 18.6 * M, "USD", h=0.05 * M, subj="receipt", by="Top Rank"),
    ),
    # tickets and festivals
    S(
        "Standing tickets cost £20-30, while VIP packages run to £495, the promoters said.",
        R("£20-30", 20, 30, "GBP", subj="ticket", by="promoter"),
        Q("£495", 495, "GBP", subj="package", by="promoter"),
    ),
    S(
        "Organisers expect between 40,000 and 45,000 people a day at the three-day festival, which "
        "has 14 stages.",
        R("40,000 and 45,000", 40000, 45000, by="Organisers"),
        Q("three-day", 3, "day"),
        Q("14", 14, subj="stage"),
    ),
    S(
        "Tickets for the event cost £340 plus a £10 booking fee, and all 210,000 were gone in 35 "
        "minutes.",
        Q("£340", 340, "GBP", h=5, subj="ticket"),
        Q("£10", 10, "GBP", subj="fee"),
        Q("210,000", 210000, h=5000),
        Q("35 minutes", 35, "minute"),
    ),
    S(
        "Ticket prices for the final range from €70 to €950, UEFA said, with 8,000 seats set aside "
        "for each of the two finalists.",
        R("€70 to €950", 70, 950, "EUR", subj="price", by="UEFA"),
        Q("8,000", 8000, h=400, subj="seat"),
        N("two", DEF),
    ),
    S(
        "The festival, now in its 25th year, sold 150,000 weekend passes at €289 each.",
        N("25th", ORD),
        Q("150,000", 150000, h=5000, subj="pass"),
        Q("€289", 289, "EUR"),
    ),
    S(
        "Some 40% of the festival's 300 performers are women, up from 22% in 2019.",
        Q("40%", 40, "percent", q="approx", whole=300),
        Q("300", 300, h=15, subj="performer"),
        Q("22%", 22, "percent"),
        N("2019", YEAR),
    ),
    S(
        "Organisers said at least 300,000 people attended the four-day carnival, though police put "
        "the figure at 220,000.",
        Q("300,000", 300000, h=15000, q="at_least", subj="people", by="Organisers"),
        Q("four-day", 4, "day"),
        Q("220,000", 220000, h=5000, by="police"),
    ),
    S(
        "More than 1,000 dancers and musicians took part in the parade, which was watched by an "
        "estimated 2 million people along a 5km route.",
        Q("1,000", 1000, h=50, q="more_than"),
        Q("2 million", 2 * M, h=0.5 * M, q="approx", subj="people"),
        Q("5km", 5, "km", subj="route"),
    ),
    S(
        "The Edinburgh fringe issued nearly 2.6 million tickets for 3,746 shows this year, "
        "organisers said.",
        Q("2.6 million", 2.6 * M, h=0.05 * M, q="below", by="organisers"),
        Q("3,746", 3746, subj="show", by="organisers"),
    ),
    S(
        "Each weekend of the desert festival admits up to 125,000 people, and general admission "
        "passes cost $549.",
        Q("125,000", 125000, h=500, q="up_to", subj="weekend"),
        Q("$549", 549, "USD", subj="pass"),
    ),
    S(
        "Tickets on the resale site were listed for as much as $9,800, roughly 40 times their face "
        "value of $245.",
        Q("$9,800", 9800, "USD", h=50, q="up_to"),
        Q("40", 40, q="approx"),
        Q("$245", 245, "USD", subj="value"),
    ),
    S(
        "A ringside seat for the heavyweight rematch cost up to $25,000.",
        Q("$25,000", 25000, "USD", h=500, q="up_to", subj="seat"),
    ),
    S(
        "World Series tickets at Yankee Stadium averaged $1,450 on resale sites, StubHub said.",
        Q("$1,450", 1450, "USD", h=5, subj="ticket", by="StubHub"),
    ),
    S(
        "The broadcaster paid £6.7bn for live rights over the next four years, or roughly £1.7bn "
        "a year.",
        Q("£6.7bn", 6.7 * B, "GBP", h=0.05 * B, subj="broadcaster"),
        Q("four years", 4, "year"),
        Q("£1.7bn", 1.7 * B, "GBP", h=0.05 * B, q="approx"),
    ),
    # museums, books, auctions, games
    S(
        "Some 2.3 million people visited the museum in 2024, up 14% on the year before, figures "
        "from ALVA showed.",
        Q("2.3 million", 2.3 * M, h=0.05 * M, q="approx", subj="people", period="2024", by="ALVA"),
        N("2024", YEAR),
        Q("14%", 14, "percent", by="ALVA"),
    ),
    S(
        "The Louvre welcomed 8.7 million visitors in 2024, about 80% of them from abroad.",
        Q("8.7 million", 8.7 * M, h=0.05 * M, period="2024"),
        N("2024", YEAR),
        Q("80%", 80, "percent", q="approx", whole=8.7 * M),
    ),
    S(
        "The London Eye attracted 3.75 million visitors, making it the UK's most-visited paid "
        "attraction for the seventh year in a row.",
        Q("3.75 million", 3.75 * M, h=0.005 * M, subj="Eye"),
        N("seventh", ORD),
    ),
    S(
        "Around 11,500 people a year climb the tower, paying £18 for adults and £9 for children.",
        Q("11,500", 11500, h=50, q="approx", subj="people"),
        Q("£18", 18, "GBP"),
        Q("£9", 9, "GBP"),
    ),
    S(
        "Fewer than 1 in 10 of the 3,200 paintings in the collection is on display at any one "
        "time.",
        Q("1 in 10", 1, q="less_than", whole=10),
        Q("3,200", 3200, h=50, subj="painting"),
        N("one time", "'at any one time', not a count"),
    ),
    S(
        "As many as 30,000 visitors a day are expected over the exhibition's closing weekend.",
        Q("30,000", 30000, h=1500, q="up_to", subj="visitor"),
    ),
    S(
        "The collection, which includes 14 Turners, is insured for upwards of £200m.",
        Q("14", 14, subj="Turner"),
        Q("£200m", 200 * M, "GBP", h=0.5 * M, q="more_than", subj="collection"),
    ),
    S(
        "Nearly two-thirds of the 2,200 seats at the opera house were sold within an hour of "
        "booking opening.",
        Q("two-thirds", 2 / 3, q="below", whole=2200),
        Q("2,200", 2200, h=50, subj="seat"),
    ),
    S(
        "Her debut novel had a first print run of 250,000 copies and has since sold nearly 900,000 "
        "in hardback, her publisher said.",
        N("first", ORD),
        Q("250,000", 250000, h=5000, subj="run"),
        Q("900,000", 900000, h=45000, q="below", by="publisher"),
    ),
    S(
        "The Booker-winning novel has sold 1.4 million copies in 38 languages, said its publisher, "
        "Faber.",
        Q("1.4 million", 1.4 * M, h=0.05 * M, subj="novel", by="Faber"),
        Q("38", 38, subj="language"),
    ),
    S(
        "The author received an advance of between $1m and $2m for the memoir, publishing sources "
        "said.",
        R("$1m and $2m", 1 * M, 2 * M, "USD", subj="author", by="sources"),
    ),
    S(
        "A copy of the first Harry Potter book sold for £36,000 at auction, more than three times "
        "its £10,000 estimate.",
        N("first", ORD),
        Q("£36,000", 36000, "GBP", h=500, subj="copy"),
        Q("three", 3, q="more_than"),
        Q("£10,000", 10000, "GBP", h=500, subj="estimate"),
    ),
    S(
        "A first edition of the novel, one of only 500 printed, sold for £48,000.",
        N("first", ORD),
        N("one", ONE),
        Q("500", 500, h=25),
        Q("£48,000", 48000, "GBP", h=500, subj="edition"),
    ),
    S(
        "A Hockney landscape sold for $12.1m at Christie's in New York on Tuesday, well above its "
        "$8m high estimate.",
        Q("$12.1m", 12.1 * M, "USD", h=0.05 * M, subj="landscape"),
        Q("$8m", 8 * M, "USD", h=0.5 * M, subj="estimate"),
    ),
    S(
        "A guitar played on the band's 1969 tour fetched $2.9m, against a high estimate of $1.2m, "
        "the auction house said.",
        N("1969", YEAR),
        Q("$2.9m", 2.9 * M, "USD", h=0.05 * M, subj="guitar", by="auction house"),
        Q("$1.2m", 1.2 * M, "USD", h=0.05 * M, subj="estimate"),
    ),
    S(
        "At the art fair, a print was offered for $5,000 and a Basquiat drawing for $4.5m, dealers "
        "said.",
        Q("$5,000", 5000, "USD", h=250, by="dealer"),
        Q("$4.5m", 4.5 * M, "USD", h=0.05 * M, by="dealer"),
    ),
    S(
        "Sales of FIFA 25 reached an estimated 6.5 million copies in its first month, Circana said.",
        N("25", MODEL),
        Q("6.5 million", 6.5 * M, h=0.05 * M, q="approx", subj="Sales", by="Circana"),
        N("first month", REL),
    ),
    S(
        "A PlayStation 5 bundle with the game costs $499.99 in the US and £479.99 in Britain.",
        N("5", MODEL),
        Q("$499.99", 499.99, "USD", h=0.005, subj="bundle"),
        Q("£479.99", 479.99, "GBP", h=0.005),
    ),
    S(
        "Madrid's new stadium roof cost €1.76bn, far above the original estimate of €575m.",
        Q("€1.76bn", 1.76 * B, "EUR", h=0.005 * B, subj="roof"),
        Q("€575m", 575 * M, "EUR", h=0.5 * M, subj="estimate"),
    ),

    # --- batch 8: local and regional news from many countries
    # United Kingdom
    S(
        "Hollinsworth Borough Council will raise council tax by 4.8% from April, adding £97 a "
        "year to a typical Band D bill of £2,118.",
        Q("4.8%", 4.8, "percent", h=0.05, subj="tax"),
        Q("£97", 97, "GBP"),
        Q("£2,118", 2118, "GBP", subj="bill"),
    ),
    S(
        "A burst main on the A303 near Amesbury left about 9,500 homes without water for up to "
        "14 hours on Sunday, Wessex Water said.",
        N("A303", REF),
        Q("9,500", 9500, h=50, q="approx", subj="home", by="Wessex"),
        Q("14 hours", 14, "hour", q="up_to", by="Wessex"),
    ),
    S(
        "Storm Moira brings 83mph gusts and 70mm of rain to west Wales",
        Q("83mph", 83, "mph", subj="gust"),
        Q("70mm", 70, "mm", subj="rain"),
    ),
    S(
        "Police seized 14kg of cannabis and £23,400 in cash during raids on 11 addresses in Ward 7 "
        "on Tuesday, and 5 men aged between 19 and 34 were charged.",
        Q("14kg", 14, "kg", subj="cannabis"),
        Q("£23,400", 23400, "GBP", h=50),
        Q("11", 11, subj="address"),
        N("Ward 7", REF),
        Q("5", 5, subj="men"),
        R("19 and 34", 19, 34, "age_year"),
    ),
    S(
        "Nearly 6,200 patients at the county's two hospitals have waited more than a year for "
        "surgery, 1,150 of them for knee or hip operations.",
        Q("6,200", 6200, h=50, q="below", subj="patient"),
        N("two", DEF),
        Q("a year", 1, "year", q="more_than"),
        Q("1,150", 1150, h=5, whole=6200),
    ),
    S(
        "The 7.42am service from Reading to Paddington was cancelled on 41 of the 60 weekdays "
        "between January and March.",
        N("7.42am", TIME),
        Q("41", 41, whole=60),
        Q("60", 60, subj="weekday"),
    ),
    S(
        "Average rents in Bristol have reached £1,640 a month, 38% higher than in 2019, the ONS "
        "said on 12/03/2025.",
        Q("£1,640", 1640, "GBP", h=5, subj="rent", by="ONS"),
        Q("38%", 38, "percent", by="ONS"),
        N("2019", YEAR),
        N("12/03/2025", DATE),
    ),
    S(
        "Some 212 pupils at Oakfield Academy sat GCSEs this summer and 71.4% achieved a grade 4 or "
        "above in English and maths.",
        Q("212", 212, q="approx", subj="pupil"),
        Q("71.4%", 71.4, "percent", h=0.05),
        N("grade 4", "exam grade label"),
    ),
    S(
        "Around 40 firefighters spent six hours tackling a gorse fire that burned through 12 "
        "hectares of moorland above Hebden Bridge, the fire service said.",
        Q("40", 40, q="approx", subj="firefighter", by="fire service"),
        Q("six hours", 6, "hour"),
        Q("12 hectares", 12, "ha", by="fire service"),
    ),
    S(
        "A 27-year-old man was jailed for eight years and four months at Leeds Crown Court for "
        "causing the crash on the M62 that killed two teenagers.",
        Q("27-year-old", 27, "age_year"),
        Q("eight years and four months", 8 + 4 / 12, "year"),
        N("M62", REF),
        Q("two", 2, subj="teenager"),
    ),
    S(
        "Thames Water said 3,800 properties in the RG4 postcode area had low pressure or no water "
        "on 18 June after a pump failed at 4.30am.",
        Q("3,800", 3800, h=50, subj="propert", by="Thames Water"),
        N("RG4", ADDR),
        N("18 June", DATE),
        N("4.30am", TIME),
    ),
    S(
        "Northgate General's A&E recorded 14 trolley waits of 12 hours or more on Monday, and the "
        "hospital's 640 beds were 97% full.",
        Q("14", 14, subj="wait"),
        Q("12 hours", 12, "hour", q="at_least"),
        Q("640", 640, h=5, subj="bed"),
        Q("97%", 97, "percent"),
    ),
    S(
        "Wokingham's housing register lists 8,460 households, but fewer than 300 were offered a "
        "council home last year, a freedom of information request revealed.",
        Q("8,460", 8460, h=5, subj="household"),
        Q("300", 300, h=15, q="less_than", whole=8460),
    ),
    S(
        "Norfolk's 43 recycling centres will cut their opening hours from 2 December to save "
        "£840,000 a year, after 3 of them were found to serve fewer than 200 visitors a week.",
        Q("43", 43, subj="centre"),
        N("2 December", DATE),
        Q("£840,000", 840000, "GBP", h=5000),
        Q("3", 3, whole=43),
        Q("200", 200, h=10, q="less_than", subj="visitor"),
    ),
    S(
        "At Kingsmead Grammar, 94 of the 181 A-level students got at least 3 A grades, the school "
        "said.",
        Q("94", 94, whole=181, subj="student", by="school"),
        Q("181", 181, subj="student"),
        Q("3", 3, q="at_least", subj="grade"),
    ),
    S(
        "Just under 2,000 homes in Carlisle were flooded in 2005; the Environment Agency says "
        "4,300 or more properties remain at risk.",
        Q("2,000", 2000, h=100, q="below", subj="home", period="2005"),
        N("2005", YEAR),
        Q("4,300", 4300, h=50, q="at_least", subj="propert", by="Environment Agency"),
    ),
    # United States
    S(
        "The storm dumped between 4 and 6 inches of rain on parts of Harris County overnight, and "
        "CenterPoint Energy said 312,000 customers were still without power at 6 a.m. Tuesday.",
        R("4 and 6 inches", 4, 6, "in", subj="rain"),
        Q("312,000", 312000, h=500, subj="customer", by="CenterPoint"),
        N("6 a.m.", TIME),
    ),
    S(
        "Property tax bills in Cuyahoga County will rise by an average of $284 a year for a home "
        "valued at $200,000, the county auditor said.",
        Q("$284", 284, "USD", subj="bill", by="auditor"),
        Q("$200,000", 200000, "USD", h=10000, subj="home"),
    ),
    S(
        "Route 66 reopened near Barstow after a crash involving three tractor-trailers closed it "
        "for almost 9 hours, the California Highway Patrol said.",
        N("Route 66", REF),
        Q("three", 3, subj="trailer"),
        Q("9 hours", 9, "hour", q="below", by="Highway Patrol"),
    ),
    S(
        "Las Vegas recorded a low of 93°F on the night of July 11, the warmest overnight reading "
        "in the city's history, the National Weather Service said.",
        Q("93°F", 93, "degF", subj="low", by="Weather Service"),
        N("July 11", DATE),
    ),
    S(
        "The school district will lay off 146 teachers to close a $38.5 million shortfall in its "
        "2025-26 budget, Superintendent Dana Reyes told the board at its 7 p.m. meeting.",
        Q("146", 146, subj="teacher", by="Reyes"),
        Q("$38.5 million", 38.5 * M, "USD", h=0.05 * M, subj="shortfall", by="Reyes"),
        N("2025-26", "school year (years)"),
        N("7 p.m.", TIME),
    ),
    S(
        "The median rent for an apartment in Boise is now about $1,425 a month, up from $910 five "
        "years ago.",
        Q("$1,425", 1425, "USD", q="approx", subj="rent"),
        Q("$910", 910, "USD", h=5),
        N("five years ago", REL),
    ),
    S(
        "Deputies arrested 23 people and seized 41 pounds of methamphetamine, 11 firearms and "
        "$68,000 in cash in a two-day sweep, the Polk County Sheriff's Office said.",
        Q("23", 23, subj="people", by="Sheriff"),
        Q("41 pounds", 41, "lb", subj="methamphetamine", by="Sheriff"),
        Q("11", 11, subj="firearm"),
        Q("$68,000", 68000, "USD", h=500),
        Q("two-day", 2, "day"),
    ),
    S(
        "Ridership on Chicago's Blue Line averaged 61,300 trips a weekday in 2024, still about 30% "
        "below 2019 levels, the CTA said",
        Q("61,300", 61300, h=50, subj="ridership", period="2024", by="CTA"),
        N("2024", YEAR),
        Q("30%", 30, "percent", q="approx", by="CTA"),
        N("2019", YEAR),
    ),
    S(
        "A wildfire in Maui's upcountry has burned roughly 1,080 acres and forced the evacuation "
        "of 600 homes, county officials said at a 4:30 p.m. briefing.",
        Q("1,080 acres", 1080, "acre", h=5, q="approx", by="officials"),
        Q("600", 600, h=30, subj="home", by="officials"),
        N("4:30 p.m.", TIME),
    ),
    S(
        "Flight AA1847 from Dallas skidded off the runway in Tulsa on March 12; 4 of the 162 "
        "passengers were taken to hospital with minor injuries.",
        N("AA1847", MODEL),
        N("March 12", DATE),
        Q("4", 4, whole=162, subj="passenger"),
        Q("162", 162, subj="passenger"),
    ),
    S(
        "Hurricane Milton made landfall near Siesta Key at 8:30 p.m. as a Category 3 storm with "
        "120 mph winds, and 3.2 million Florida customers lost power.",
        N("8:30 p.m.", TIME),
        N("Category 3", "storm category label"),
        Q("120 mph", 120, "mph", h=5, subj="wind"),
        Q("3.2 million", 3.2 * M, h=0.05 * M, subj="customer"),
    ),
    S(
        "Buffalo got 81.2 inches of snow in 72 hours, and the National Weather Service said wind "
        "chills could fall to minus 25 degrees Fahrenheit.",
        Q("81.2 inches", 81.2, "in", h=0.05, subj="snow"),
        Q("72 hours", 72, "hour"),
        Q("minus 25 degrees Fahrenheit", -25, "degF", subj="chill", by="Weather Service"),
    ),
    S(
        "Gas prices in Los Angeles County averaged $4.87 a gallon on Monday, 31 cents higher than "
        "a month ago, AAA said.",
        Q("$4.87", 4.87, "USD", h=0.005, subj="price", by="AAA"),
        Q("31 cents", 0.31, "USD", by="AAA"),
    ),
    S(
        "The county jail held 1,942 inmates on Friday, 38% above its rated capacity of 1,408, the "
        "sheriff told commissioners.",
        Q("1,942", 1942, subj="inmate", by="sheriff"),
        Q("38%", 38, "percent", by="sheriff"),
        Q("1,408", 1408, subj="capacity", by="sheriff"),
    ),
    S(
        "Tornado with 165 mph winds levels 40 homes in Oklahoma town",
        Q("165 mph", 165, "mph", subj="wind"),
        Q("40", 40, subj="home"),
    ),
    S(
        "A Greyhound bus carrying 38 passengers overturned on Interstate 40 near Amarillo at "
        "2.10am, injuring 19, the Texas Department of Public Safety said.",
        Q("38", 38, subj="passenger"),
        N("Interstate 40", REF),
        N("2.10am", TIME),
        Q("19", 19, by="Public Safety"),
    ),
    S(
        "Snow totals ranged from 8 to 14 inches across the Denver metro, and the city's 72 plows "
        "ran on 12-hour shifts.",
        R("8 to 14 inches", 8, 14, "in", subj="snow"),
        Q("72", 72, subj="plow"),
        Q("12-hour", 12, "hour", subj="shift"),
    ),
    S(
        "The city council voted 9-4 on Tuesday to raise the minimum wage for hotel workers to "
        "$22.50 an hour by 2028.",
        Q("9", 9),
        Q("4", 4),
        Q("$22.50", 22.5, "USD", h=0.005, subj="wage"),
        N("2028", YEAR),
    ),
    # India
    S(
        "The Brihanmumbai Municipal Corporation has set aside ₹1,200 crore for road repairs in "
        "2025-26, up from ₹850 crore last year.",
        Q("₹1,200 crore", 1.2e10, "INR", h=0.5e7, by="Municipal"),
        N("2025-26", "fiscal year label"),
        Q("₹850 crore", 8.5e9, "INR", h=0.5e7),
    ),
    S(
        "Heavy rain of 204 mm in 24 hours flooded 38 of the city's 227 wards, and the IMD has "
        "issued a red alert for the next two days.",
        Q("204 mm", 204, "mm", subj="rain"),
        Q("24 hours", 24, "hour"),
        Q("38", 38, whole=227, subj="ward"),
        Q("227", 227, subj="ward"),
        Q("two days", 2, "day"),
    ),
    S(
        "Families of the 9 victims will receive an ex gratia payment of Rs 4.5 lakh each, the "
        "district collector told reporters.",
        Q("9", 9, subj="victim"),
        Q("Rs 4.5 lakh", 4.5e5, "INR", h=5000, by="collector"),
    ),
    S(
        "A private bus carrying around 45 pilgrims plunged into a gorge off NH-44 near Ramban at "
        "5.45am, killing 12 and injuring at least 28, police said.",
        Q("45", 45, q="approx", subj="pilgrim"),
        N("NH-44", REF),
        N("5.45am", TIME),
        Q("12", 12, by="police"),
        Q("28", 28, q="at_least", by="police"),
    ),
    S(
        "Flats in Whitefield now sell for ₹85 lakh to ₹1.2 crore, brokers say, while monthly rents "
        "range between Rs 32,000 and Rs 40,000.",
        R("₹85 lakh to ₹1.2 crore", 8.5e6, 1.2e7, "INR", by="broker"),
        R("Rs 32,000 and Rs 40,000", 32000, 40000, "INR", subj="rent"),
    ),
    S(
        "The state board declared Class 12 results on Monday: 8,42,316 of the 9,71,540 students "
        "who appeared passed, a pass rate of 86.7%.",
        N("Class 12", "school year label"),
        Q("8,42,316", 842316, whole=971540, subj="student"),
        Q("9,71,540", 971540, h=5, subj="student"),
        Q("86.7%", 86.7, "percent", h=0.05, subj="rate"),
    ),
    S(
        "Tomato prices in Delhi's Azadpur mandi jumped to ₹80-100 a kg this week from ₹30 a "
        "fortnight ago, traders said.",
        R("₹80-100", 80, 100, "INR", subj="price", by="trader"),
        Q("₹30", 30, "INR", by="trader"),
    ),
    S(
        "Power cuts of up to eight hours a day have hit 1,400 villages in the district since a "
        "transformer at the Bhadla substation failed on 3 June, the discom said.",
        Q("eight hours", 8, "hour", q="up_to", subj="cut", by="discom"),
        Q("1,400", 1400, h=50, subj="village", by="discom"),
        N("3 June", DATE),
    ),
    S(
        "Police in Hyderabad seized 36 kg of ganja worth about Rs 9 lakh from a car on the Outer "
        "Ring Road and arrested three men, registering case No. 214/2025.",
        Q("36 kg", 36, "kg", subj="ganja"),
        Q("Rs 9 lakh", 9e5, "INR", h=0.5e5, q="approx"),
        Q("three", 3, subj="men"),
        N("214/2025", REF),
    ),
    S(
        "Chennai recorded 43.1°C on Friday, its hottest April day since 2017, and the corporation "
        "has opened 260 water kiosks.",
        Q("43.1°C", 43.1, "degC", h=0.05),
        N("2017", YEAR),
        Q("260", 260, h=5, subj="kiosk", by="corporation"),
    ),
    S(
        "AIIMS waiting list for knee surgery stretches beyond 14 months despite 450 new beds",
        Q("14 months", 14, "month", q="more_than"),
        Q("450", 450, h=5, subj="bed"),
    ),
    S(
        "Chennai Metrowater's helpline, 1916, received 3,400 complaints in the two days after a "
        "pipeline burst on 04/07/2025.",
        N("1916", PHONE),
        Q("3,400", 3400, h=50, subj="complaint"),
        Q("two days", 2, "day"),
        N("04/07/2025", DATE),
    ),
    S(
        "Bengaluru tanker water now Rs 1,500 a load, up from Rs 700 two months ago",
        Q("Rs 1,500", 1500, "INR", h=50),
        Q("Rs 700", 700, "INR", h=35),
        N("two months ago", REL),
    ),
    S(
        "More than 2.3 lakh devotees took a holy dip at Haridwar on Sunday, and the district "
        "administration deployed 12,000 police personnel.",
        Q("2.3 lakh", 2.3e5, h=5000, q="more_than", subj="devotee"),
        Q("12,000", 12000, h=500, subj="personnel", by="administration"),
    ),
    S(
        "The Uttarakhand government announced compensation of ₹20-25 lakh for each household that "
        "lost its home in the cloudburst, which killed 14 people in Chamoli district.",
        R("₹20-25 lakh", 2e6, 2.5e6, "INR", subj="compensation", by="government"),
        Q("14", 14, subj="people"),
    ),
    S(
        "Mumbai's suburban network carries about 75 lakh passengers a day on 2,342 services, and "
        "2,590 people died on the tracks in 2023, the Government Railway Police said.",
        Q("75 lakh", 7.5e6, h=0.5e5, q="approx", subj="passenger"),
        Q("2,342", 2342, subj="service"),
        Q("2,590", 2590, h=5, subj="people", period="2023", by="Railway Police"),
        N("2023", YEAR),
    ),
    S(
        "At least 11 people were killed and 34 injured when a stampede broke out on platform 14 of "
        "the railway station at 9.55pm on Saturday.",
        Q("11", 11, q="at_least", subj="people"),
        Q("34", 34),
        N("platform 14", REF),
        N("9.55pm", TIME),
    ),
    S(
        "The Kerala State Electricity Board will raise tariffs by 16 paise per unit from December "
        "5, adding around Rs 40 to a typical monthly bill.",
        Q("16 paise", 0.16, "INR", subj="tariff", by="Board"),
        N("December 5", DATE),
        Q("Rs 40", 40, "INR", q="approx", subj="bill"),
    ),
    # Nigeria
    S(
        "Lagos State will spend ₦3.37 trillion in 2025, with ₦1.2 trillion going to capital "
        "projects, the commissioner for budget said.",
        Q("₦3.37 trillion", 3.37 * T, "NGN", h=0.005 * T, period="2025", by="commissioner"),
        N("2025", YEAR),
        Q("₦1.2 trillion", 1.2 * T, "NGN", h=0.05 * T, whole=3.37 * T, by="commissioner"),
    ),
    S(
        "A tanker explosion on the Lagos-Ibadan expressway at about 0600 GMT killed at least 18 "
        "people and burned 23 vehicles, the Federal Road Safety Corps said.",
        N("0600 GMT", TIME),
        Q("18", 18, q="at_least", subj="people", by="Road Safety"),
        Q("23", 23, subj="vehicle", by="Road Safety"),
    ),
    S(
        "Floods in Maiduguri have displaced as many as 400,000 people and submerged 15 of the 27 "
        "wards in the metropolis, according to the state emergency management agency.",
        Q("400,000", 400000, h=20000, q="up_to", subj="people", by="agency"),
        Q("15", 15, whole=27, subj="ward", by="agency"),
        Q("27", 27, subj="ward"),
    ),
    S(
        "Transport fares in Abuja have doubled since May, with a bus ride from Nyanya to the city "
        "centre now costing ₦1,500 instead of ₦700.",
        Q("₦1,500", 1500, "NGN", h=50, subj="ride"),
        Q("₦700", 700, "NGN", h=35),
    ),
    S(
        "Petrol now sells for ₦1,030 a litre at filling stations in Kano, against ₦617 in January, "
        "a survey by the state chapter of IPMAN showed.",
        Q("₦1,030", 1030, "NGN", h=5, subj="petrol", by="IPMAN"),
        Q("₦617", 617, "NGN", by="IPMAN"),
    ),
    S(
        "NDLEA operatives intercepted 2,300 kg of cannabis sativa in a warehouse in Ondo and "
        "arrested 4 suspects on 12 March 2025.",
        Q("2,300 kg", 2300, "kg", h=50, subj="cannabis"),
        Q("4", 4, subj="suspect"),
        N("12 March", DATE),
        N("2025", DATE),
    ),
    S(
        "Kaduna says 1.1 million pupils out of school, nearly a third of primary-age children",
        Q("1.1 million", 1.1 * M, h=0.05 * M, subj="pupil", by="Kaduna"),
        Q("a third", 1 / 3, q="below"),
    ),
    S(
        "Residents of Ikorodu have been without power for 11 days after a transformer serving "
        "about 3,000 homes broke down, and Ikeja Electric says a replacement will cost ₦45 "
        "million.",
        Q("11 days", 11, "day"),
        Q("3,000", 3000, h=150, q="approx", subj="home"),
        Q("₦45 million", 45 * M, "NGN", h=0.5 * M, subj="replacement", by="Ikeja"),
    ),
    S(
        "In Ward 12 of Lagos Island, Ade Bello won the council seat with 4,118 votes, 52% of the "
        "7,920 cast.",
        N("Ward 12", REF),
        Q("4,118", 4118, whole=7920, subj="vote"),
        Q("52%", 52, "percent", whole=7920),
        Q("7,920", 7920, h=5),
    ),
    S(
        "Kano State's 2025 budget allocates ₦268 billion, or 31% of the total, to education, the "
        "largest share of any state.",
        N("2025", YEAR),
        Q("₦268 billion", 268 * B, "NGN", h=0.5 * B, period="2025"),
        Q("31%", 31, "percent"),
    ),
    S(
        "Lassa fever has killed 112 people in Ondo and Edo states since January, 19 of them health "
        "workers, the NCDC said in its week 14 situation report.",
        Q("112", 112, subj="people", by="NCDC"),
        Q("19", 19, whole=112, subj="worker", by="NCDC"),
        N("week 14", REF),
    ),
    S(
        "Abuja landlords hike rents by 50% as mini flats hit ₦4m a year",
        Q("50%", 50, "percent", subj="rent"),
        Q("₦4m", 4 * M, "NGN", h=0.5 * M),
    ),
    # Kenya
    S(
        "Nairobi County's KSh 44.6 billion budget for 2025/26 sets aside KSh 2.1 billion for "
        "garbage collection, the county executive for finance said.",
        Q("KSh 44.6 billion", 44.6 * B, "KES", h=0.05 * B, subj="budget", by="executive"),
        N("2025/26", "fiscal year label"),
        Q("KSh 2.1 billion", 2.1 * B, "KES", h=0.05 * B, whole=44.6 * B, by="executive"),
    ),
    S(
        "Matatu operators on Thika Road raised fares from KSh 100 to KSh 150 after diesel hit "
        "KSh 171.47 a litre.",
        Q("KSh 100", 100, "KES", h=5, subj="fare"),
        Q("KSh 150", 150, "KES", h=5, subj="fare"),
        Q("KSh 171.47", 171.47, "KES", h=0.005, subj="diesel"),
    ),
    S(
        "At least 32 people died and more than 5,000 were displaced after the Nzoia River burst "
        "its banks in Budalang'i, the Kenya Red Cross said.",
        Q("32", 32, q="at_least", subj="people", by="Red Cross"),
        Q("5,000", 5000, h=250, q="more_than", by="Red Cross"),
    ),
    S(
        "A matatu collided with a lorry on the A104 near Naivasha at 11pm on Saturday, killing 9 "
        "of its 14 passengers, police commander Stephen Kirui told reporters.",
        N("A104", REF),
        N("11pm", TIME),
        Q("9", 9, whole=14, subj="passenger", by="Kirui"),
        Q("14", 14, subj="passenger"),
    ),
    S(
        "KCSE candidates in Kisumu County rose to 41,872 this year, and 6,210 of them scored a "
        "mean grade of C+ or above.",
        Q("41,872", 41872, subj="candidate"),
        Q("6,210", 6210, h=5, whole=41872),
    ),
    S(
        "Kenya Power said a fault at the Kiambere plant left parts of 14 counties in darkness for "
        "almost five hours on Friday night.",
        Q("14", 14, subj="count", by="Kenya Power"),
        Q("five hours", 5, "hour", q="below", by="Kenya Power"),
    ),
    S(
        "Rents for a bedsitter in Kahawa West have climbed to between KSh 7,000 and KSh 9,500 a "
        "month, tenants say.",
        R("KSh 7,000 and KSh 9,500", 7000, 9500, "KES", subj="rent", by="tenant"),
    ),
    S(
        "A 3-year-old girl was among 7 people swept away when a matatu tried to cross the flooded "
        "Enziu drift in Mwingi at about 7pm on Sunday.",
        Q("3-year-old", 3, "age_year"),
        Q("7", 7, subj="people"),
        N("7pm", TIME),
    ),
    S(
        "The two schools closed after the dormitory fire in Kakamega will reopen on Monday, the "
        "county education director said, and 86 girls treated in hospital have been discharged.",
        N("two", DEF),
        Q("86", 86, subj="girl"),
    ),
    S(
        "Kenya's Meteorological Department forecasts rainfall of between 50 and 80 mm in parts of "
        "Nyeri and Murang'a over the next 3 days.",
        R("50 and 80 mm", 50, 80, "mm", subj="rain", by="Meteorological"),
        Q("3 days", 3, "day"),
    ),
    S(
        "Kisumu water outage: 60,000 residents dry for third day",
        Q("60,000", 60000, h=3000, subj="resident"),
        N("third", ORD),
    ),
    S(
        "Detectives in Mombasa recovered 1,050 kg of heroin hidden in a shipment of salt, the DCI "
        "said, and three suspects were charged under case number MCCR/E414/2025.",
        Q("1,050 kg", 1050, "kg", h=5, subj="heroin", by="DCI"),
        Q("three", 3, subj="suspect"),
        N("MCCR/E414/2025", REF),
    ),
    # South Africa
    S(
        "Eskom implemented stage 4 load shedding from 16:00 on Tuesday, cutting up to 4,000 MW "
        "from the grid, the utility's spokesperson said.",
        N("stage 4", "load-shedding stage label"),
        N("16:00", TIME),
        Q("4,000 MW", 4000, "MW", h=200, q="up_to", by="spokesperson"),
    ),
    S(
        "Cape Town residents will pay R31.85 per kilolitre for water use above 6,000 litres a "
        "month from 1 July, an increase of 8.5%.",
        Q("R31.85", 31.85, "ZAR", h=0.005),
        Q("6,000 litres", 6000, "l", h=300, q="more_than"),
        N("1 July", DATE),
        Q("8.5%", 8.5, "percent", h=0.05),
    ),
    S(
        "Police arrested 17 suspects and recovered 9 unlicensed firearms in Ward 23 of Nyanga "
        "during a weekend operation, Brigadier Novela said, and the 17 will appear in court on "
        "Monday.",
        Q("17", 17, subj="suspect", by="Novela"),
        Q("9", 9, subj="firearm", by="Novela"),
        N("Ward 23", REF),
        N("17", DEF, occ=2),
    ),
    S(
        "A taxi crash on the N1 near Polokwane left 11 people dead and 16 injured, the Limpopo "
        "transport department said in a statement at 9am.",
        N("N1", REF),
        Q("11", 11, subj="people", by="department"),
        Q("16", 16, by="department"),
        N("9am", TIME),
    ),
    S(
        "Durban's eThekwini municipality says 60% of its 3.2 million residents were without water "
        "for at least 48 hours after the floods damaged 3 reservoirs.",
        Q("60%", 60, "percent", whole=3.2 * M, by="eThekwini"),
        Q("3.2 million", 3.2 * M, h=0.05 * M, subj="resident"),
        Q("48 hours", 48, "hour", q="at_least"),
        Q("3", 3, subj="reservoir", occ=2),
    ),
    S(
        "Matric pass rate in Gauteng rises to 85.2% as 143,000 candidates sit exams",
        Q("85.2%", 85.2, "percent", h=0.05, subj="rate"),
        Q("143,000", 143000, h=500, subj="candidate"),
    ),
    S(
        "A fire in Imizamo Yethu destroyed about 300 shacks and left nearly 1,200 people homeless, "
        "Cape Town's disaster risk management centre said.",
        Q("300", 300, h=15, q="approx", subj="shack", by="disaster"),
        Q("1,200", 1200, h=50, q="below", subj="people", by="disaster"),
    ),
    S(
        "The average house price in Sandton fell 2.4% to R3.1 million, according to Lightstone "
        "data released on 2025-02-18.",
        Q("2.4%", 2.4, "percent", h=0.05, subj="price", by="Lightstone"),
        Q("R3.1 million", 3.1 * M, "ZAR", h=0.05 * M, subj="price", by="Lightstone"),
        N("2025-02-18", DATE),
    ),
    S(
        "Johannesburg Water loses 46% of its water to leaks and theft, costing the city about "
        "R2.2 billion a year, a report tabled in council on 14 May found.",
        Q("46%", 46, "percent", by="report"),
        Q("R2.2 billion", 2.2 * B, "ZAR", h=0.05 * B, q="approx", by="report"),
        N("14 May", DATE),
    ),
    S(
        "The Department of Basic Education says 1,247 schools in the Eastern Cape still rely on "
        "pit toilets, down from 1,598 in 2021.",
        Q("1,247", 1247, subj="school", by="Department"),
        Q("1,598", 1598, period="2021", by="Department"),
        N("2021", YEAR),
    ),
    S(
        "A 24-hour water outage is planned for 14 suburbs in Tshwane from 8am on 05.03.2025 while "
        "Rand Water repairs a pipeline.",
        Q("24-hour", 24, "hour", subj="outage"),
        Q("14", 14, subj="suburb"),
        N("8am", TIME),
        N("05.03.2025", DATE),
    ),
    S(
        "Taxi fares on the Khayelitsha to Bellville route go up by R2 to R16 from Monday",
        Q("R2", 2, "ZAR"),
        Q("R16", 16, "ZAR", subj="fare"),
    ),
    S(
        "Upwards of 2,500 commuters were stranded at the Bree Street taxi rank on Thursday when "
        "drivers downed tools over a R50 permit fee.",
        Q("2,500", 2500, h=50, q="more_than", subj="commuter"),
        Q("R50", 50, "ZAR", subj="fee"),
    ),
    # Australia
    S(
        "Ex-Tropical Cyclone Alfred dumped more than 300 mm of rain on the Gold Coast in 48 hours, "
        "and Energex said 236,000 homes and businesses lost power.",
        Q("300 mm", 300, "mm", h=15, q="more_than", subj="rain"),
        Q("48 hours", 48, "hour"),
        Q("236,000", 236000, h=500, by="Energex"),
    ),
    S(
        "The Queensland government said the A$1.2 billion upgrade of the Bruce Highway would be "
        "finished by 2027, two years late.",
        Q("A$1.2 billion", 1.2 * B, "AUD", h=0.05 * B, subj="upgrade", by="government"),
        N("2027", YEAR),
        Q("two years", 2, "year"),
    ),
    S(
        "Median weekly rents in Perth hit A$650, up A$70 on a year earlier, while the vacancy rate "
        "sits at 0.7%, according to REIWA.",
        Q("A$650", 650, "AUD", h=5, subj="rent", by="REIWA"),
        Q("A$70", 70, "AUD", by="REIWA"),
        Q("0.7%", 0.7, "percent", h=0.05, subj="rate", by="REIWA"),
    ),
    S(
        "Bushfire near Lithgow burns 4,500 hectares as temperatures reach 41C",
        Q("4,500 hectares", 4500, "ha", h=50),
        Q("41C", 41, "degC", subj="temperature"),
    ),
    S(
        "NSW Police charged a 42-year-old man after 2.5 kg of methylamphetamine was found in his "
        "car on the M1 at Wyong at 3.20am on Sunday.",
        Q("42-year-old", 42, "age_year"),
        Q("2.5 kg", 2.5, "kg", h=0.05, subj="methylamphetamine"),
        N("M1", REF),
        N("3.20am", TIME),
    ),
    S(
        "More than 1,900 patients in the Hunter region are waiting longer than clinically "
        "recommended for elective surgery, 436 of them in the most urgent category, Bureau of "
        "Health Information figures show.",
        Q("1,900", 1900, h=50, q="more_than", subj="patient", by="Bureau"),
        Q("436", 436, whole=1900, by="Bureau"),
    ),
    S(
        "A signal failure at Strathfield delayed about 140 Sydney Trains services by up to 45 "
        "minutes during the evening peak.",
        Q("140", 140, h=5, q="approx", subj="service"),
        Q("45 minutes", 45, "minute", q="up_to"),
    ),
    S(
        "The mercury hit 44.8°C at Mildura, and Powercor said 38,500 customers lost power as "
        "winds reached 90 km/h.",
        Q("44.8°C", 44.8, "degC", h=0.05),
        Q("38,500", 38500, h=50, subj="customer", by="Powercor"),
        Q("90 km/h", 90, "km/h", subj="wind"),
    ),
    S(
        "Homeowners in postcode 2770 around Mount Druitt pay average council rates of A$1,932 a "
        "year, the highest in the area.",
        N("postcode 2770", ADDR),
        Q("A$1,932", 1932, "AUD", subj="rate"),
    ),
    S(
        "Brisbane City Council's A$4.1 billion budget includes a 3.87% rise in general rates, "
        "about A$1.40 a week for the typical homeowner.",
        Q("A$4.1 billion", 4.1 * B, "AUD", h=0.05 * B, subj="budget"),
        Q("3.87%", 3.87, "percent", h=0.005, subj="rate"),
        Q("A$1.40", 1.4, "AUD", h=0.005, q="approx"),
    ),
    S(
        "The Warrego Highway is closed at Dalby after 127 mm of rain fell in 6 hours, and the "
        "Condamine River is forecast to peak at 9.6 metres on 15/02.",
        Q("127 mm", 127, "mm", subj="rain"),
        Q("6 hours", 6, "hour"),
        Q("9.6 metres", 9.6, "m", h=0.05, subj="river"),
        N("15/02", DATE),
    ),
    S(
        "Queensland Health says 64 of the state's 117 emergency departments missed the four-hour "
        "target last quarter",
        Q("64", 64, whole=117, subj="department", by="Queensland Health"),
        Q("117", 117, subj="department"),
        Q("four-hour", 4, "hour", subj="target"),
        N("quarter", REL),
    ),
    # Canada
    S(
        "Toronto council approved a 6.9% property tax increase, adding about C$249 a year to the "
        "bill for an average home assessed at C$692,000.",
        Q("6.9%", 6.9, "percent", h=0.05, subj="tax", by="council"),
        Q("C$249", 249, "CAD", q="approx"),
        Q("C$692,000", 692000, "CAD", h=500, subj="home"),
    ),
    S(
        "Hydro-Québec said 287,000 customers were still without power at 7 a.m., down from a peak "
        "of 510,000, after freezing rain of up to 25 mm coated the Montreal area.",
        Q("287,000", 287000, h=500, subj="customer", by="Hydro"),
        N("7 a.m.", TIME),
        Q("510,000", 510000, h=5000, by="Hydro"),
        Q("25 mm", 25, "mm", q="up_to", subj="rain"),
    ),
    S(
        "The wildfire near Jasper has grown to 32,000 hectares and destroyed 358 of the town's "
        "1,113 structures, Parks Canada said.",
        Q("32,000 hectares", 32000, "ha", h=500, by="Parks Canada"),
        Q("358", 358, whole=1113, subj="structure", by="Parks Canada"),
        Q("1,113", 1113, subj="structure"),
    ),
    S(
        "Calgary recorded minus 38.2 degrees Celsius, or minus 36.8°F, early on Monday, "
        "Environment Canada said.",
        Q("minus 38.2 degrees Celsius", -38.2, "degC", h=0.05, by="Environment Canada"),
        Q("minus 36.8°F", -36.8, "degF", h=0.05, by="Environment Canada"),
    ),
    S(
        "Adult fares in Vancouver will rise by 10 cents to C$3.35 for a one-zone trip on July 1, "
        "TransLink said.",
        Q("10 cents", 0.1, "CAD", by="TransLink"),
        Q("C$3.35", 3.35, "CAD", h=0.005, subj="fare", by="TransLink"),
        N("one-zone", "fare zone label"),
        N("July 1", DATE),
    ),
    S(
        "Ontario's emergency rooms closed temporarily 203 times last summer, and 1 in 4 of the "
        "province's 151 hospitals was affected, the Ontario Health Coalition said.",
        Q("203", 203, by="Coalition"),
        Q("1 in 4", 1, whole=4, subj="hospital", by="Coalition"),
        Q("151", 151, subj="hospital"),
    ),
    S(
        "RCMP seized 57 kilograms of cocaine and C$1.3 million in cash at a storage unit in "
        "Surrey, B.C., and charged a 63-year-old woman and her 35-year-old son.",
        Q("57 kilograms", 57, "kg", subj="cocaine", by="RCMP"),
        Q("C$1.3 million", 1.3 * M, "CAD", h=0.05 * M),
        Q("63-year-old", 63, "age_year"),
        Q("35-year-old", 35, "age_year"),
    ),
    S(
        "The average rent for a studio in Montreal reached C$1,480 a month in 2024, 71% more than "
        "in 2019, Rentals.ca data show.",
        Q("C$1,480", 1480, "CAD", h=5, subj="rent", period="2024", by="Rentals"),
        N("2024", YEAR),
        Q("71%", 71, "percent", by="Rentals"),
        N("2019", YEAR),
    ),
    S(
        "A head-on collision on Highway 1 near Revelstoke killed 3 people on December 22, the "
        "second fatal crash on the stretch in a month.",
        N("Highway 1", REF),
        Q("3", 3, subj="people"),
        N("December 22", DATE),
        N("second", ORD),
    ),
    S(
        "Fewer than 60 of the 264 family doctors who left practice in Nova Scotia since 2022 have "
        "been replaced, the province's health authority said.",
        Q("60", 60, q="less_than", whole=264, by="authority"),
        Q("264", 264, subj="doctor", period="since 2022", by="authority"),
        N("2022", YEAR),
    ),
    S(
        "The emergency room at Winnipeg's Health Sciences Centre had a median wait of 6 hours and "
        "50 minutes in March, and 1,312 people left without being seen.",
        Q("6 hours and 50 minutes", 6 + 50 / 60, "hour", subj="wait"),
        Q("1,312", 1312, subj="people"),
    ),
    # Philippines
    S(
        "Typhoon Kristine dumped up to 480 mm of rain on Naga City in 24 hours, displacing roughly "
        "1.2 million people across the Bicol region, the NDRRMC said.",
        Q("480 mm", 480, "mm", h=5, q="up_to", subj="rain"),
        Q("24 hours", 24, "hour"),
        Q("1.2 million", 1.2 * M, h=0.05 * M, q="approx", subj="people", by="NDRRMC"),
    ),
    S(
        "Meralco will raise rates by ₱0.22 per kWh this month, adding about ₱44 to the bill of a "
        "household consuming 200 kWh.",
        Q("₱0.22", 0.22, "PHP", h=0.005, subj="rate", by="Meralco"),
        Q("₱44", 44, "PHP", q="approx", subj="bill"),
        Q("200 kWh", 200, "kWh", h=10),
    ),
    S(
        "The LTFRB approved a ₱1 increase in the minimum jeepney fare to ₱14 in Metro Manila, "
        "effective October 8.",
        Q("₱1", 1, "PHP", by="LTFRB"),
        Q("₱14", 14, "PHP", subj="fare", by="LTFRB"),
        N("October 8", DATE),
    ),
    S(
        "PDEA agents seized 5 kilos of shabu worth ₱34 million from 2 suspects in Barangay 176 in "
        "Caloocan, officials said.",
        Q("5 kilos", 5, "kg", subj="shabu", by="officials"),
        Q("₱34 million", 34 * M, "PHP", h=0.5 * M, by="officials"),
        Q("2", 2, subj="suspect"),
        N("Barangay 176", REF),
    ),
    S(
        "Flight PR2819 to Tacloban was cancelled along with 46 other domestic flights as Signal No. "
        "3 was raised over 14 provinces.",
        N("PR2819", MODEL),
        Q("46", 46, subj="flight"),
        N("Signal No. 3", "storm signal label"),
        Q("14", 14, subj="province"),
    ),
    S(
        "Around 2,700 classrooms were damaged by the earthquake in Abra, and 317,000 pupils will "
        "attend classes in tents for at least two months, DepEd said.",
        Q("2,700", 2700, h=50, q="approx", subj="classroom", by="DepEd"),
        Q("317,000", 317000, h=500, subj="pupil", by="DepEd"),
        Q("two months", 2, "month", q="at_least"),
    ),
    S(
        "A fire in Tondo razed about 1,000 houses and left 3,500 families homeless on Sunday; the "
        "blaze reached the fifth alarm at 4.30pm.",
        Q("1,000", 1000, h=50, q="approx", subj="house"),
        Q("3,500", 3500, h=50, subj="famil"),
        N("fifth", ORD),
        N("4.30pm", TIME),
    ),
    S(
        "The Marikina River rose to 20.7 metres at 0300 local time, prompting the forced "
        "evacuation of 38,000 residents, city officials said.",
        Q("20.7 metres", 20.7, "m", h=0.05, subj="river"),
        N("0300", TIME),
        Q("38,000", 38000, h=500, subj="resident", by="officials"),
    ),
    S(
        "Commuters on MRT-3 waited up to 40 minutes at North Avenue station on Monday after a "
        "train stalled at 7.15am, affecting some 300,000 passengers.",
        N("MRT-3", REF),
        Q("40 minutes", 40, "minute", q="up_to"),
        N("7.15am", TIME),
        Q("300,000", 300000, h=15000, q="approx", subj="passenger"),
    ),
    S(
        "The Quezon City government will give ₱5,000 in cash aid to each of the 12,400 families "
        "whose homes were flooded, Mayor Belmonte said.",
        Q("₱5,000", 5000, "PHP", h=250, subj="aid", by="Belmonte"),
        Q("12,400", 12400, h=50, subj="famil", by="Belmonte"),
    ),
    # Brazil
    S(
        "Rains of up to 260 mm in Rio Grande do Sul have left 147 people dead and about 580,000 "
        "displaced, the state civil defence said on Tuesday.",
        Q("260 mm", 260, "mm", h=5, q="up_to", subj="rain"),
        Q("147", 147, subj="people", by="civil defence"),
        Q("580,000", 580000, h=5000, q="approx", by="civil defence"),
    ),
    S(
        "São Paulo's city hall will raise the bus fare from R$4.40 to R$5 on January 6, the first "
        "increase since 2019.",
        Q("R$4.40", 4.4, "BRL", h=0.005, subj="fare"),
        Q("R$5", 5, "BRL", subj="fare"),
        N("January 6", DATE),
        N("first", ORD),
        N("2019", YEAR),
    ),
    S(
        "Fires in the Pantanal consumed 1.5 million hectares between January and August, almost "
        "40% more than in the whole of 2020, according to satellite monitoring by UFRJ.",
        Q("1.5 million hectares", 1.5 * M, "ha", h=0.05 * M, by="UFRJ"),
        Q("40%", 40, "percent", q="below", by="UFRJ"),
        N("2020", YEAR),
    ),
    S(
        "Military police seized 1.2 tonnes of marijuana on the BR-163 highway near Sinop and "
        "arrested the two drivers of the truck.",
        Q("1.2 tonnes", 1.2, "t", h=0.05, subj="marijuana"),
        N("BR-163", REF),
        N("two", DEF),
    ),
    S(
        "In Belo Horizonte, average asking rents rose 13.4% in 12 months to R$48.20 per square "
        "metre, FipeZap data show.",
        Q("13.4%", 13.4, "percent", h=0.05, subj="rent", by="FipeZap"),
        Q("12 months", 12, "month"),
        Q("R$48.20", 48.2, "BRL", h=0.005, by="FipeZap"),
    ),
    S(
        "Recife's public hospitals have 1,870 beds, but the state health department says at least "
        "320 patients are waiting for an ICU place.",
        Q("1,870", 1870, h=5, subj="bed"),
        Q("320", 320, h=5, q="at_least", subj="patient", by="health department"),
    ),
    S(
        "Cuiabá reached 44.1C on Saturday, and Inmet expects highs of between 40 and 43 degrees "
        "Celsius over the next five days.",
        Q("44.1C", 44.1, "degC", h=0.05),
        R("40 and 43 degrees Celsius", 40, 43, "degC", subj="high", by="Inmet"),
        Q("five days", 5, "day"),
    ),
    S(
        "Firefighters pulled 7 survivors from the rubble after a landslide buried 18 houses near "
        "Rua Teresa 1100 in Petrópolis; 4 people are still missing.",
        Q("7", 7, subj="survivor"),
        Q("18", 18, subj="house"),
        N("Rua Teresa 1100", ADDR),
        Q("4", 4, subj="people"),
    ),
    S(
        "Sabesp will cut supply for 12 hours a night in 14 of the 39 municipalities it serves in "
        "greater São Paulo, affecting up to 1.8 million people.",
        Q("12 hours", 12, "hour", by="Sabesp"),
        Q("14", 14, whole=39, subj="municipalit"),
        Q("39", 39, subj="municipalit"),
        Q("1.8 million", 1.8 * M, h=0.05 * M, q="up_to", subj="people"),
    ),
    S(
        "A collision between a bus and a truck on the BR-116 in Teófilo Otoni killed 41 people at "
        "3.30am on December 21, 2024, the worst road accident in Minas Gerais in decades.",
        N("BR-116", REF),
        Q("41", 41, subj="people"),
        N("3.30am", TIME),
        N("December 21", DATE),
        N("2024", DATE),
    ),

    # --- batch 8: official statistics and their credibility
    # elections: regional results, turnout and anomalies
    S(
        "The regional election commission put turnout in Chechnya at 97.3% and said the ruling "
        "party had collected 96.1% of the votes cast there.",
        Q("97.3%", 97.3, "percent", h=0.05, subj="turnout", by="commission"),
        Q("96.1%", 96.1, "percent", h=0.05, by="commission"),
    ),
    S(
        "Analyst Sergei Shpilkin calculated an excess of 2.1 million votes in the governor races, "
        "based on how turnout was distributed across polling stations.",
        Q("2.1 million", 2.1 * M, h=0.05 * M, subj="vote", by="Shpilkin"),
    ),
    S(
        "In 1,214 polling stations turnout came to exactly 90%, a pile-up at a round number that "
        "statisticians say is almost never seen in clean elections.",
        Q("1,214", 1214, subj="station"),
        Q("90%", 90, "percent", subj="turnout"),
    ),
    S(
        "Shpilkin's model put the ruling party's real share of the list vote at about 31%, against "
        "the official 49.8%, even though it won 72 of 87 single-member districts it contested.",
        Q("31%", 31, "percent", q="approx", by="Shpilkin"),
        Q("49.8%", 49.8, "percent", h=0.05),
        Q("72", 72, whole=87, subj="district"),
        Q("87", 87, subj="district"),
    ),
    S(
        "Golos said 4.5m votes had been cast electronically in Moscow, where the online tally "
        "overturned opposition leads in 9 of the city's 15 districts.",
        Q("4.5m", 4.5 * M, h=0.05 * M, subj="vote", by="Golos"),
        Q("9", 9, whole=15, subj="district"),
        Q("15", 15, subj="district"),
    ),
    S(
        "Turnout in Tuva hits 94.1%, up 10 points on 2021",
        Q("94.1%", 94.1, "percent", h=0.05, subj="turnout"),
        Q("10 points", 10, "percentage_point"),
        N("2021", YEAR),
    ),
    S(
        "Commission chair Ella Pamfilova announced a final tally of 76.3 million votes for the "
        "incumbent, 11.2 million more than he received in 2018.",
        Q("76.3 million", 76.3 * M, h=0.05 * M, subj="vote", by="Pamfilova"),
        Q("11.2 million", 11.2 * M, h=0.05 * M),
        N("2018", YEAR),
    ),
    S(
        "In Kemerovo region, 1,873 polling stations reported turnout above 95%, and at polling "
        "station No. 2163 every one of the 2,031 registered voters was said to have cast a ballot.",
        Q("1,873", 1873, subj="station"),
        Q("95%", 95, "percent", q="more_than", subj="turnout"),
        N("2163", REF),
        N("one", ONE),
        Q("2,031", 2031, subj="voter"),
    ),
    S(
        "For every 1 percentage point rise in turnout, the ruling party's share climbed by roughly "
        "0.6 percentage points, a slope Shpilkin describes as the fingerprint of ballot stuffing.",
        Q("1 percentage point", 1, "percentage_point", subj="turnout"),
        Q("0.6 percentage points", 0.6, "percentage_point", h=0.05, q="approx", subj="share"),
    ),
    S(
        "Lukashenko was credited with 86.82% of the vote and a seventh term, while exiled opposition "
        "groups put his real support at no more than 30%.",
        Q("86.82%", 86.82, "percent", h=0.005),
        N("seventh", ORD),
        Q("30%", 30, "percent", q="up_to", by="opposition"),
    ),
    S(
        "Kyrgyzstan's parliament has 90 seats, and 54 of them are now filled in single-member "
        "districts under the 2023 election law.",
        Q("90", 90, subj="seat"),
        Q("54", 54, whole=90),
        N("2023", YEAR),
    ),
    S(
        "Turkmenistan's election commission said 91.1% of voters took part and that 56 of the 125 "
        "seats in the Mejlis went to the Democratic Party.",
        Q("91.1%", 91.1, "percent", h=0.05, subj="voter", by="commission"),
        Q("56", 56, whole=125, subj="seat", by="commission"),
        Q("125", 125, subj="seat"),
    ),
    S(
        "Turnout at the Moscow city council election was officially 31.8%, and 1.9 million of the "
        "2.3 million votes were cast online.",
        Q("31.8%", 31.8, "percent", h=0.05, subj="turnout"),
        Q("1.9 million", 1.9 * M, h=0.05 * M, whole=2.3 * M),
        Q("2.3 million", 2.3 * M, h=0.05 * M, subj="vote"),
    ),
    S(
        "The commission in Bashkortostan reported a turnout of 81.03%, but observers counted fewer "
        "than 600 voters at a station with 2,400 people on its register.",
        Q("81.03%", 81.03, "percent", h=0.005, subj="turnout", by="commission"),
        Q("600", 600, h=30, q="less_than", subj="voter", by="observers"),
        Q("2,400", 2400, h=50),
    ),
    S(
        "Polling station No. 207 in Makhachkala recorded 2,998 ballots for the incumbent and two "
        "against, according to a copy of the protocol obtained by observers.",
        N("207", REF),
        Q("2,998", 2998, subj="ballot"),
        Q("two", 2),
    ),
    S(
        "Shpilkin found 22.3 million anomalous votes in the 2024 presidential race, more than 1 in 4 "
        "of all the ballots counted for the winner.",
        Q("22.3 million", 22.3 * M, h=0.05 * M, subj="vote", period="2024", by="Shpilkin"),
        N("2024", YEAR),
        Q("1 in 4", 1, whole=4, q="more_than"),
    ),
    S(
        "The ruling party won 54.2% in Tatarstan's list vote, but in 14 of the republic's 43 "
        "districts its share was above 90%.",
        Q("54.2%", 54.2, "percent", h=0.05),
        Q("14", 14, whole=43, subj="district"),
        Q("43", 43, subj="district"),
        Q("90%", 90, "percent", q="more_than", subj="share"),
    ),
    S(
        "Moscow's election commission said 3,476,000 voters had signed up for online voting, nearly "
        "two-thirds of everyone who took part.",
        Q("3,476,000", 3476000, h=500, subj="voter", by="commission"),
        Q("two-thirds", 2 / 3, q="below", by="commission"),
    ),
    S(
        "In the 2024 presidential vote, 14 regions reported turnout of more than 90%, compared with "
        "only 4 in 2018.",
        N("2024", YEAR),
        Q("14", 14, subj="region"),
        Q("90%", 90, "percent", q="more_than", subj="turnout"),
        Q("4", 4, period="2018"),
        N("2018", YEAR),
    ),
    S(
        "Some 57.7 million people voted over the three days of the Duma election, or 51.7% of the "
        "electorate, the Central Election Commission said.",
        Q("57.7 million", 57.7 * M, h=0.05 * M, q="approx", subj="people", by="Commission"),
        Q("three days", 3, "day"),
        Q("51.7%", 51.7, "percent", h=0.05, by="Commission"),
    ),
    S(
        "Kazakhstan's 2022 constitutional referendum was backed by 77.18% of voters on a turnout of "
        "68.05%, according to the Central Referendum Commission.",
        N("2022", YEAR),
        Q("77.18%", 77.18, "percent", h=0.005, by="Commission"),
        Q("68.05%", 68.05, "percent", h=0.005, subj="turnout", by="Commission"),
    ),
    S(
        "Georgia's election administration reported turnout of 58.9%, 2.6 points higher than in "
        "2020, while observers flagged 'carousel' voting at dozens of precincts.",
        Q("58.9%", 58.9, "percent", h=0.05, subj="turnout"),
        Q("2.6 points", 2.6, "percentage_point", h=0.05),
        N("2020", YEAR),
        N("dozens", VAGUE),
    ),
    S(
        "Shpilkin counted 6,314 polling stations where turnout was a whole number of percent, "
        "roughly nine times what chance alone would produce.",
        Q("6,314", 6314, subj="station", by="Shpilkin"),
        Q("nine", 9, q="approx"),
    ),
    S(
        "The head of Chechnya said the ruling party had won 98.99% of the republic's votes; turnout "
        "was declared at 96.59%.",
        Q("98.99%", 98.99, "percent", h=0.005),
        Q("96.59%", 96.59, "percent", h=0.005, subj="turnout"),
    ),
    S(
        "In the Saratov region, 2 polling stations returned identical results down to the last "
        "vote: 1,542 for the ruling party and 118 for the Communists.",
        Q("2", 2, subj="station"),
        Q("1,542", 1542),
        Q("118", 118),
    ),
    S(
        "Golos logged 3,100 reports of violations, 40% more than at the previous Duma election in "
        "2021.",
        Q("3,100", 3100, h=50, subj="report", by="Golos"),
        Q("40%", 40, "percent"),
        N("2021", YEAR),
    ),
    S(
        "Only 4 of 11 would-be candidates cleared the threshold of 100,000 signatures, the "
        "election commission said.",
        Q("4", 4, whole=11, subj="candidate", by="commission"),
        Q("11", 11, subj="candidate"),
        Q("100,000", 100000, h=5000, subj="threshold"),
    ),
    S(
        "The Kremlin's internal target, reported by Meduza, was a turnout of 70% and a result of 80% "
        "for the president, the so-called '70/80' formula.",
        Q("70%", 70, "percent", subj="turnout"),
        Q("80%", 80, "percent"),
        N("70/80", MODEL),
    ),
    S(
        "Azerbaijan reported turnout of 76.7% in the snap presidential election, in which the "
        "incumbent took 92.12% and secured a fifth term.",
        Q("76.7%", 76.7, "percent", h=0.05, subj="turnout"),
        Q("92.12%", 92.12, "percent", h=0.005),
        N("fifth", ORD),
    ),
    S(
        "About 5% of polling stations produced roughly a quarter of all votes for the incumbent, a "
        "concentration analysts link to falsification.",
        Q("5%", 5, "percent", q="approx", subj="station"),
        Q("a quarter", 0.25, q="approx"),
    ),
    S(
        "Of the 97,000 polling stations, some 30,000 had video cameras, but footage from only a few "
        "hundred was ever made public.",
        Q("97,000", 97000, h=500, subj="station"),
        Q("30,000", 30000, h=1500, q="approx", whole=97000),
        N("hundred", VAGUE),
    ),
    S(
        "Turnout in Sevastopol's regional vote was 67.8%, up from 45.3% five years ago, the city's "
        "commission said.",
        Q("67.8%", 67.8, "percent", h=0.05, subj="turnout", by="commission"),
        Q("45.3%", 45.3, "percent", h=0.05, by="commission"),
        N("five years ago", REL),
    ),
    S(
        "Between 12% and 18% of the online ballots in Moscow arrived in the final 2 hours of "
        "voting, according to data published by the city's IT department.",
        R("12% and 18%", 12, 18, "percent", subj="ballot", by="department"),
        Q("2 hours", 2, "hour"),
    ),
    S(
        "In St Petersburg the ruling party's candidate won 62.9% in the governor's race, but at "
        "precincts with independent observers his share averaged 47%.",
        Q("62.9%", 62.9, "percent", h=0.05),
        Q("47%", 47, "percent", subj="share"),
    ),
    S(
        "Roughly 1,500 observers were accredited this time, half as many as in 2018, when 3,000 "
        "monitored polling stations in the capital alone.",
        Q("1,500", 1500, h=50, q="approx", subj="observer"),
        Q("half", 0.5),
        N("2018", YEAR),
        Q("3,000", 3000, h=150),
    ),
    # demography: births, deaths, life expectancy, population
    S(
        "Rosstat recorded 1.22 million births in 2024, the fewest since 1999, while deaths "
        "reached 1.82 million.",
        Q("1.22 million", 1.22 * M, h=0.005 * M, subj="birth", period="2024", by="Rosstat"),
        N("2024", YEAR),
        N("1999", YEAR),
        Q("1.82 million", 1.82 * M, h=0.005 * M, subj="death", by="Rosstat"),
    ),
    S(
        "The agency stopped publishing monthly mortality data in May 2025, months after "
        "demographer Alexei Raksha put excess deaths since 2020 at about 1.3 million.",
        N("2025", YEAR),
        N("2020", YEAR),
        Q("1.3 million", 1.3 * M, h=0.05 * M, q="approx", subj="death", period="since 2020", by="Raksha"),
    ),
    S(
        "Russia's total fertility rate slipped to 1.41 children per woman last year, well short of "
        "the 1.6 targeted by the 'Family' national project.",
        Q("1.41", 1.41, h=0.005, subj="fertility"),
        Q("1.6", 1.6, h=0.05),
    ),
    S(
        "Uzbekistan's statistics agency puts the population at 37.5 million, up from 36.8 million a "
        "year earlier, and says the fertility rate has risen to 3.4.",
        Q("37.5 million", 37.5 * M, h=0.05 * M, subj="population", by="agency"),
        Q("36.8 million", 36.8 * M, h=0.05 * M),
        N("a year earlier", REL),
        Q("3.4", 3.4, h=0.05, subj="fertility"),
    ),
    S(
        "Kazakhstan's population reached 20.1 million in 2024, the Bureau of National Statistics "
        "said, after a revision that added some 130,000 people missed by the census.",
        Q("20.1 million", 20.1 * M, h=0.05 * M, subj="population", period="2024", by="Bureau"),
        N("2024", YEAR),
        Q("130,000", 130000, h=5000, q="approx", subj="people"),
    ),
    S(
        "Life expectancy in Russia fell to 70.1 years in 2021 before recovering to 73.4 years in "
        "2023, according to Rosstat.",
        Q("70.1 years", 70.1, "year", h=0.05, subj="expectancy", period="2021", by="Rosstat"),
        N("2021", YEAR),
        Q("73.4 years", 73.4, "year", h=0.05, period="2023", by="Rosstat"),
        N("2023", YEAR),
    ),
    S(
        "Decree No. 309 on national goals sets a target of raising life expectancy to 78 years by "
        "2030 and to 81 years by 2036.",
        N("309", LAW),
        Q("78 years", 78, "year", subj="target"),
        N("2030", YEAR),
        Q("81 years", 81, "year"),
        N("2036", YEAR),
    ),
    S(
        "In 57 of the 89 regions Rosstat tracks, deaths exceeded births by more than 20% last year.",
        Q("57", 57, whole=89, subj="region", by="Rosstat"),
        Q("89", 89, subj="region"),
        Q("20%", 20, "percent", q="more_than"),
    ),
    S(
        "Tuva had the lowest life expectancy of any region, at 64.2 years, placing it 85th out of "
        "85 regions.",
        Q("64.2 years", 64.2, "year", h=0.05, subj="expectancy"),
        Q("85th", 85, "rank", whole=85),
        Q("85", 85, subj="region"),
    ),
    S(
        "According to the UN Population Division, Ukraine's fertility rate dropped to about 1.0 in "
        "2023, one of the lowest in the world.",
        Q("1.0", 1.0, h=0.05, q="approx", subj="fertility", period="2023", by="UN"),
        N("2023", YEAR),
        N("one", ONE),
    ),
    S(
        "Births in Ukraine fell to 187,400 in 2023, less than half the 364,000 recorded in 2019, "
        "the justice ministry's registry data show.",
        Q("187,400", 187400, h=50, subj="birth", period="2023", by="ministry"),
        N("2023", YEAR),
        Q("half", 0.5, q="less_than", whole=364000),
        Q("364,000", 364000, h=500, period="2019"),
        N("2019", YEAR),
    ),
    S(
        "Ukraine's State Statistics Service has published no population data since 2022, leaving "
        "researchers to rely on mobile-phone records.",
        N("2022", YEAR),
    ),
    S(
        "The government-held territory of Ukraine is home to between 31.5 million and 33 million "
        "people, the Institute of Demography estimates, down from 41 million before the invasion.",
        R("31.5 million and 33 million", 31.5 * M, 33 * M, by="Institute"),
        Q("41 million", 41 * M, h=0.5 * M),
    ),
    S(
        "Rosstat counted 146.1 million people in Russia at the start of 2024, a figure that "
        "includes about 2.4 million residents of annexed Crimea.",
        Q("146.1 million", 146.1 * M, h=0.05 * M, subj="people", by="Rosstat"),
        N("2024", YEAR),
        Q("2.4 million", 2.4 * M, h=0.05 * M, q="approx", whole=146.1 * M, subj="resident"),
    ),
    S(
        "Demographer Alexei Raksha believes the 2021 census overstated Russia's population by 3-5 "
        "million, mostly in the big cities.",
        N("2021", YEAR),
        R("3-5 million", 3 * M, 5 * M, by="Raksha"),
    ),
    S(
        "Just 2 of Russia's 89 regions, Moscow and St Petersburg, grew through natural increase and "
        "migration combined.",
        Q("2", 2, whole=89, subj="region"),
        Q("89", 89, subj="region"),
    ),
    S(
        "Russia's rural population shrank by almost 2.5 million people between the 2010 and 2021 "
        "censuses.",
        Q("2.5 million", 2.5 * M, h=0.05 * M, q="below", subj="population"),
        N("2010", YEAR),
        N("2021", YEAR),
    ),
    S(
        "The 2021 census found 147.2 million people, but its results came out with a 14-month delay "
        "and lacked ethnicity data for 16.6 million respondents.",
        N("2021", YEAR),
        Q("147.2 million", 147.2 * M, h=0.05 * M, subj="people"),
        Q("14-month", 14, "month", subj="delay"),
        Q("16.6 million", 16.6 * M, h=0.05 * M, subj="respondent"),
    ),
    S(
        "The official mortality figures for 2020 showed 144,691 Covid deaths, roughly half the "
        "324,000 excess deaths calculated by independent analysts.",
        N("2020", YEAR),
        Q("144,691", 144691, subj="death"),
        Q("half", 0.5, q="approx", whole=324000),
        Q("324,000", 324000, h=500, subj="death", by="analysts"),
    ),
    S(
        "Moldova's census found 2.42 million residents on the territory it controls, some 500,000 "
        "fewer than the previous official estimate.",
        Q("2.42 million", 2.42 * M, h=0.005 * M, subj="resident"),
        Q("500,000", 500000, h=25000, q="approx"),
    ),
    S(
        "Almost 70% of Russia's 2,300 municipal districts lost population between 2010 and 2021, a "
        "study by the Higher School of Economics found.",
        Q("70%", 70, "percent", q="below", whole=2300, by="Higher School"),
        Q("2,300", 2300, h=50, subj="district"),
        N("2010", YEAR),
        N("2021", YEAR),
    ),
    S(
        "Demographer Alexei Raksha estimates that about 1.23 million children were born in 2023, "
        "some 50,000 fewer than the official count.",
        Q("1.23 million", 1.23 * M, h=0.005 * M, q="approx", subj="child", period="2023", by="Raksha"),
        N("2023", YEAR),
        Q("50,000", 50000, h=2500, q="approx"),
    ),
    S(
        "The 'Demography' national project aimed to lift fertility to 1.7 births per woman by 2030; "
        "it stood at 1.5 when the programme began in 2019.",
        Q("1.7", 1.7, h=0.05, subj="fertility"),
        N("2030", YEAR),
        Q("1.5", 1.5, h=0.05),
        N("2019", YEAR),
    ),
    S(
        "Deaths from alcohol poisoning, which Rosstat moved into a separate category in 2018, fell "
        "by a third over 5 years.",
        N("2018", YEAR),
        Q("a third", 1 / 3, subj="death"),
        Q("5 years", 5, "year"),
    ),
    S(
        "Men in Russia live on average 11.5 years less than women, one of the widest gaps in the "
        "world, Rosstat figures show.",
        Q("11.5 years", 11.5, "year", h=0.05, by="Rosstat"),
        N("one", ONE),
    ),
    S(
        "Belarus's population fell below 9.2 million for the first time since 1960, Belstat said in "
        "its annual yearbook.",
        Q("9.2 million", 9.2 * M, h=0.05 * M, q="less_than", subj="population", by="Belstat"),
        N("first", ORD),
        N("1960", YEAR),
    ),
    S(
        "Tajikistan's population reaches 10.5 million, growing 2% a year",
        Q("10.5 million", 10.5 * M, h=0.05 * M, subj="population"),
        Q("2%", 2, "percent"),
    ),
    S(
        "There were 2.98 million ethnic Russians in Kazakhstan in 2024, 15% of the population, "
        "compared with 6.1 million, or 37.4%, in 1989.",
        Q("2.98 million", 2.98 * M, h=0.005 * M, subj="Russian", period="2024"),
        N("2024", YEAR),
        Q("15%", 15, "percent"),
        Q("6.1 million", 6.1 * M, h=0.05 * M, period="1989"),
        Q("37.4%", 37.4, "percent", h=0.05),
        N("1989", YEAR),
    ),
    S(
        "The number of Russians aged 65 or over rose to 23.6 million, or 16.1% of the population, "
        "the census showed.",
        Q("65", 65, "age_year", q="at_least"),
        Q("23.6 million", 23.6 * M, h=0.05 * M, by="census"),
        Q("16.1%", 16.1, "percent", h=0.05, by="census"),
    ),
    S(
        "The share of births to mothers over 35 rose to 21.3%, the health ministry said, while "
        "births to teenagers dropped to fewer than 12,000.",
        Q("35", 35, "age_year", q="more_than"),
        Q("21.3%", 21.3, "percent", h=0.05, subj="share", by="ministry"),
        Q("12,000", 12000, h=500, q="less_than", subj="birth"),
    ),
    S(
        "Russia's birth rate sank to 8.4 per 1,000 people in the first half of 2024, the lowest "
        "since modern records began in 1999.",
        Q("8.4 per 1,000", 8.4, h=0.05, whole=1000, subj="rate"),
        N("first half", REL),
        N("2024", YEAR),
        N("1999", YEAR),
    ),
    S(
        "Mortality data for the 3 months to March showed 498,000 deaths, about 6% below the same "
        "period a year earlier.",
        Q("3 months", 3, "month"),
        Q("498,000", 498000, h=500, subj="death"),
        Q("6%", 6, "percent", q="approx"),
        N("a year earlier", REL),
    ),
    S(
        "Across the 1990s the Far East lost 14% of its people, and it has shed another 8.9% since "
        "2002.",
        N("1990s", DECADE),
        Q("14%", 14, "percent"),
        Q("8.9%", 8.9, "percent", h=0.05, period="since 2002"),
        N("2002", YEAR),
    ),
    S(
        "Data from the UN Population Division show Russia's population could fall to between 112 "
        "million and 136 million by 2100, depending on fertility and migration.",
        R("112 million and 136 million", 112 * M, 136 * M, subj="population", by="UN"),
        N("2100", YEAR),
    ),
    S(
        "Russia has slipped to ninth in the UN's ranking of countries by population, from sixth in "
        "1990.",
        Q("ninth", 9, "rank"),
        Q("sixth", 6, "rank", period="1990"),
        N("1990", YEAR),
    ),
    S(
        "Excess deaths in Russia since 2020 put at over 1 million by demographers",
        N("2020", YEAR),
        Q("1 million", 1 * M, h=0.5 * M, q="more_than", subj="death", by="demographers"),
    ),
    # economy: GDP, inflation, jobs, budgets and revisions
    S(
        "Rosstat revises 2023 GDP growth up to 4.1% from 3.6%",
        N("2023", YEAR),
        Q("4.1%", 4.1, "percent", h=0.05, subj="growth", by="Rosstat"),
        Q("3.6%", 3.6, "percent", h=0.05),
    ),
    S(
        "Third-quarter growth was revised down to 1.8% from 2.2%, the statistics agency said on "
        "Friday.",
        N("Third-quarter", "quarter label"),
        Q("1.8%", 1.8, "percent", h=0.05, subj="growth", by="agency"),
        Q("2.2%", 2.2, "percent", h=0.05, by="agency"),
    ),
    S(
        "Unemployment held at a record low of 2.4% in October, Rosstat said, with just 1.7 million "
        "people out of work.",
        Q("2.4%", 2.4, "percent", h=0.05, subj="unemployment", by="Rosstat"),
        Q("1.7 million", 1.7 * M, h=0.05 * M, subj="people", by="Rosstat"),
    ),
    S(
        "Annual inflation reached 9.5% in December against the central bank's 4% target, while "
        "household surveys put perceived inflation at 15.7%.",
        Q("9.5%", 9.5, "percent", h=0.05, subj="inflation"),
        Q("4%", 4, "percent", subj="target"),
        Q("15.7%", 15.7, "percent", h=0.05, by="survey"),
    ),
    S(
        "Spending on defence and security will take up 41% of federal outlays in 2025, the finance "
        "ministry's draft shows, against 24% in 2021.",
        Q("41%", 41, "percent", subj="spending", period="2025", by="ministry"),
        N("2025", YEAR),
        Q("24%", 24, "percent", period="2021"),
        N("2021", YEAR),
    ),
    S(
        "Ukraine's parliament passed a 2025 budget with a deficit of 1.65 trillion hryvnias, equal "
        "to 19.4% of GDP, most of it to be covered by foreign aid.",
        N("2025", YEAR),
        Q("1.65 trillion hryvnias", 1.65 * T, "UAH", h=0.005 * T, subj="deficit"),
        Q("19.4%", 19.4, "percent", h=0.05),
    ),
    S(
        "Belstat reported GDP growth of 4.1% for 2024 and average monthly pay of 2,200 Belarusian "
        "roubles, figures that exiled economists treat with caution.",
        Q("4.1%", 4.1, "percent", h=0.05, subj="growth", period="2024", by="Belstat"),
        N("2024", YEAR),
        Q("2,200 Belarusian roubles", 2200, "BYN", h=50, subj="pay", by="Belstat"),
    ),
    S(
        "Rosstat's estimate of real disposable income growth, 7.3% for 2024, was questioned by the "
        "Higher School of Economics, which put it between 4% and 5%.",
        Q("7.3%", 7.3, "percent", h=0.05, period="2024", by="Rosstat"),
        N("2024", YEAR),
        R("4% and 5%", 4, 5, "percent", by="Higher School"),
    ),
    S(
        "After a methodology change in 2023, Rosstat began counting people on unpaid leave as "
        "employed, which trimmed the jobless total by an estimated 300,000.",
        N("2023", YEAR),
        Q("300,000", 300000, h=15000, q="approx"),
    ),
    S(
        "Belstat stopped releasing deaths by cause in 2021, the year mortality rose by at least a "
        "fifth according to UN estimates.",
        N("2021", YEAR),
        Q("a fifth", 0.2, q="at_least", subj="mortality", by="UN"),
    ),
    S(
        "Armenia's statistics committee put GDP growth at 8.3% in 2023, the third year in a row "
        "above 5%, driven by re-exports to Russia.",
        Q("8.3%", 8.3, "percent", h=0.05, subj="growth", period="2023", by="committee"),
        N("2023", YEAR),
        N("third", ORD),
        Q("5%", 5, "percent", q="more_than"),
    ),
    S(
        "At 31% of GDP, Ukraine's defence budget for 2024 was the largest share in Europe, the "
        "finance ministry said, totalling about 2.6 trillion hryvnias.",
        Q("31%", 31, "percent", by="ministry"),
        N("2024", YEAR),
        Q("2.6 trillion hryvnias", 2.6 * T, "UAH", h=0.05 * T, q="approx", by="ministry"),
    ),
    S(
        "The Kremlin plans to cut defence spending to 12.9 trillion roubles in 2026, a nominal "
        "decline of 3.4%, budget documents show.",
        Q("12.9 trillion roubles", 12.9 * T, "RUB", h=0.05 * T, subj="spending", period="2026"),
        N("2026", YEAR),
        Q("3.4%", 3.4, "percent", h=0.05),
    ),
    S(
        "Classified budget lines now make up about a quarter of federal spending, up from 12% in "
        "2013, the Gaidar Institute calculated.",
        Q("a quarter", 0.25, q="approx", by="Gaidar"),
        Q("12%", 12, "percent", period="2013", by="Gaidar"),
        N("2013", YEAR),
    ),
    S(
        "Kazakhstan says unemployment has held at 4.7% for 3 years, but the rate leaves out some 2.6 "
        "million self-employed people who mostly work informally.",
        Q("4.7%", 4.7, "percent", h=0.05, subj="unemployment"),
        Q("3 years", 3, "year"),
        Q("2.6 million", 2.6 * M, h=0.05 * M, q="approx", subj="employed"),
    ),
    S(
        "Uzbekistan's statistics agency nearly halved its poverty estimate after a change of method, "
        "reporting a rate of 11% against 17% under the previous approach.",
        Q("11%", 11, "percent", subj="rate", by="agency"),
        Q("17%", 17, "percent"),
    ),
    S(
        "Rosstat put average monthly wages at 89,100 roubles in December, 17.9% more than a year "
        "earlier, though the median was only 56,300 roubles.",
        Q("89,100 roubles", 89100, "RUB", h=50, subj="wage", by="Rosstat"),
        Q("17.9%", 17.9, "percent", h=0.05),
        N("a year earlier", REL),
        Q("56,300 roubles", 56300, "RUB", h=50, subj="median"),
    ),
    S(
        "The Bank of Russia raised its 2025 inflation forecast to 7-8%, from 6.5-7% earlier, citing "
        "faster wage growth.",
        N("2025", YEAR),
        R("7-8%", 7, 8, "percent", subj="forecast", by="Bank"),
        R("6.5-7%", 6.5, 7, "percent"),
    ),
    S(
        "The economy ministry's forecast of 2.5% growth for 2025 was cut to 1% in September, and the "
        "central bank sees 0.5-1.5%.",
        Q("2.5%", 2.5, "percent", h=0.05, subj="forecast", period="2025", by="ministry"),
        N("2025", YEAR),
        Q("1%", 1, "percent"),
        R("0.5-1.5%", 0.5, 1.5, "percent", by="bank"),
    ),
    S(
        "Health spending falls to 3.2% of GDP in the 2025 budget, from 3.7% two years earlier.",
        Q("3.2%", 3.2, "percent", h=0.05, subj="spending", period="2025"),
        N("2025", YEAR),
        Q("3.7%", 3.7, "percent", h=0.05),
        N("two years earlier", REL),
    ),
    S(
        "Kazakhstan has revised its 2023 GDP figure upwards three times, most recently to 5.1%.",
        N("2023", YEAR),
        Q("three", 3),
        Q("5.1%", 5.1, "percent", h=0.05),
    ),
    S(
        "Ukraine's economy grew 2.9% in 2024, the State Statistics Service said in its second "
        "estimate, below the 3.4% in its flash release.",
        Q("2.9%", 2.9, "percent", h=0.05, period="2024", by="Service"),
        N("2024", YEAR),
        N("second", ORD),
        Q("3.4%", 3.4, "percent", h=0.05, by="Service"),
    ),
    S(
        "The share of Russians living below the poverty line fell to a record low of 7.2% in 2024, "
        "Rosstat said, three years after it changed how the subsistence minimum is calculated.",
        Q("7.2%", 7.2, "percent", h=0.05, subj="share", period="2024", by="Rosstat"),
        N("2024", YEAR),
        N("three years after", REL),
    ),
    S(
        "Kyrgyzstan's GDP grows 9% for a third year, statistics committee says",
        Q("9%", 9, "percent", by="committee"),
        N("third", ORD),
    ),
    S(
        "Between 2014 and 2021 the statistics service changed the way it measures industrial "
        "output 3 times, breaking long series.",
        N("2014", YEAR),
        N("2021", YEAR),
        Q("3", 3),
    ),
    S(
        "Forty per cent of respondents in a Levada poll said they did not trust official inflation "
        "figures, up from 31% in 2019.",
        Q("Forty per cent", 40, "percent", subj="respondent"),
        Q("31%", 31, "percent", period="2019"),
        N("2019", YEAR),
    ),
    S(
        "The Accounts Chamber found that 11 of the 12 national projects missed at least one target "
        "in 2023.",
        Q("11", 11, whole=12, subj="project", by="Chamber"),
        Q("12", 12, subj="project"),
        Q("one", 1, q="at_least", subj="target"),
        N("2023", YEAR),
    ),
    # casualties, migration, deportations: official and independent estimates
    S(
        "Independent estimates of Russian military deaths range between 150,000 and 250,000, far "
        "above anything acknowledged in Moscow.",
        R("150,000 and 250,000", 150000, 250000, subj="death"),
    ),
    S(
        "Mediazona and BBC Russian have confirmed the names of 111,387 soldiers killed, which they "
        "say is 45-65% of the true toll.",
        Q("111,387", 111387, subj="soldier", by="Mediazona"),
        R("45-65%", 45, 65, "percent", by="Mediazona"),
    ),
    S(
        "An analysis of probate records suggests that 106,000 to 140,000 Russian men had died in the "
        "war by the end of 2024, most of them volunteers.",
        R("106,000 to 140,000", 106000, 140000, subj="men"),
        N("2024", YEAR),
    ),
    S(
        "The UN human rights mission has verified 13,883 civilian deaths in Ukraine since February "
        "2022, and says the real number is likely considerably higher.",
        Q("13,883", 13883, subj="death", period="since 2022-02", by="UN"),
        N("2022", YEAR),
    ),
    S(
        "The UN refugee agency counts 6.9 million Ukrainian refugees abroad, some 6.3 million of "
        "them in Europe.",
        Q("6.9 million", 6.9 * M, h=0.05 * M, subj="refugee", by="UN"),
        Q("6.3 million", 6.3 * M, h=0.05 * M, q="approx", whole=6.9 * M, by="UN"),
    ),
    S(
        "The IOM put the number of Ukrainians who had returned home at 4.5 million, a figure the "
        "government says is inflated by 1 million or more.",
        Q("4.5 million", 4.5 * M, h=0.05 * M, subj="number", by="IOM"),
        Q("1 million", 1 * M, h=0.5 * M, q="at_least", by="government"),
    ),
    S(
        "Net migration into Russia fell by 40% last year, the interior ministry said, to about "
        "110,000, the lowest level since the 1990s.",
        Q("40%", 40, "percent", subj="migration", by="ministry"),
        Q("110,000", 110000, h=5000, q="approx", by="ministry"),
        N("1990s", DECADE),
    ),
    S(
        "As many as 800,000 people left Russia in 2022, according to the Re:Russia project, though "
        "official data recorded a net outflow of fewer than 100,000.",
        Q("800,000", 800000, h=40000, q="up_to", subj="people", period="2022", by="project"),
        N("2022", YEAR),
        Q("100,000", 100000, h=5000, q="less_than", subj="outflow"),
    ),
    S(
        "Official data put the number of Tajik labour migrants in Russia at 1.1 million in the "
        "first half of the year, down 18% year on year.",
        Q("1.1 million", 1.1 * M, h=0.05 * M, subj="migrant"),
        N("first half", REL),
        Q("18%", 18, "percent"),
    ),
    S(
        "Ukraine says Russia has deported at least 19,546 children, a figure Moscow disputes; only "
        "about 1,200 have been brought back.",
        Q("19,546", 19546, q="at_least", subj="child", by="Ukraine"),
        Q("1,200", 1200, h=50, q="approx", whole=19546),  # a part (changed November 2026)
    ),
    S(
        "The army says 300,000 reservists were called up in the autumn 2022 mobilisation, although a "
        "leaked document cited a ceiling of up to 1 million.",
        Q("300,000", 300000, h=15000, subj="reservist", by="army"),
        N("2022", YEAR),
        Q("1 million", 1 * M, h=0.5 * M, q="up_to", subj="ceiling"),
    ),
    S(
        "An independent monitoring group put Russian losses at 400-500 thousand killed and wounded, "
        "against the 1.1 million claimed by Kyiv.",
        R("400-500 thousand", 400 * K, 500 * K, subj="loss", by="group"),
        Q("1.1 million", 1.1 * M, h=0.05 * M, by="Kyiv"),
    ),
    S(
        "Ukraine's National Bank puts unemployment at 14.1%, down from a peak of 24.5% in 2022, "
        "after the statistics service suspended its own labour survey.",
        Q("14.1%", 14.1, "percent", h=0.05, subj="unemployment", by="Bank"),
        Q("24.5%", 24.5, "percent", h=0.05, period="2022"),
        N("2022", YEAR),
    ),
    # numbers that are not claims
    S(
        "Rosstat's monthly report, due on the 25th, will include wage data for the third quarter.",
        N("25th", DATE),
        N("third quarter", "quarter label"),
    ),
    S(
        "Federal Law 112-FZ, signed on 21 April 2023, moved responsibility for the census from "
        "Rosstat to the economy ministry.",
        N("112-FZ", LAW),
        N("21 April 2023", DATE),
    ),
    S(
        "The head of Rosstat was replaced in January 2019 after the agency reported that real "
        "incomes had fallen for a fifth straight year.",
        N("2019", YEAR),
        N("fifth", ORD),
    ),
    S(
        "The two surveys, by the Levada Center and FOM, disagree sharply: the first puts support for "
        "the war at 74%, the second at 58%.",
        N("two", DEF),
        N("first", DEF),
        Q("74%", 74, "percent", subj="support"),
        N("second", DEF),
        Q("58%", 58, "percent"),
    ),
    S(
        "Region 77, the city of Moscow, and region 50, the province around it, together hold "
        "about 16% of Russia's population.",
        N("77", REF),
        N("50", REF),
        Q("16%", 16, "percent", q="approx"),
    ),
    S(
        "The agency said on 12 March at 10:00 Moscow time that data for the 1,117 settlements in "
        "annexed territories would be published separately.",
        N("12 March", DATE),
        N("10:00", TIME),
        Q("1,117", 1117, subj="settlement"),
    ),
    S(
        "Statistics on emigration have been patchy since the 2000s, and one of the two border "
        "services stopped publishing exit data in 2022.",
        N("2000s", DECADE),
        N("one", ONE),
        N("two", DEF),
        N("2022", YEAR),
    ),
    # --- batch 9 (unseen round, scored before its fixes): energy, climate and agriculture
    # --- batch 9: energy, climate, environment, agriculture and commodities
    # oil and gas
    S(
        "Brent crude futures fell 3.2% to $78.40 a barrel on Tuesday, their lowest close in seven "
        "weeks, after OPEC+ signalled it would add supply.",
        Q("3.2%", 3.2, "percent", h=0.05, subj="Brent"),
        Q("$78.40", 78.4, "USD", h=0.005),
        Q("seven weeks", 7, "week"),
    ),
    S(
        "OPEC+ agreed to raise output by 411,000 barrels per day in July, the group said in a "
        "statement after an online meeting.",
        Q("411,000 barrels", 411000, "bbl", h=500, subj="output", by="group"),
    ),
    S(
        "U.S. crude inventories rose by 4.2 million barrels in the week ended March 14 to 437.0 "
        "million barrels, the Energy Information Administration said.",
        Q("4.2 million barrels", 4.2 * M, "bbl", h=0.05 * M, by="Energy Information"),
        N("March 14", DATE),
        Q("437.0 million barrels", 437 * M, "bbl", h=0.05 * M),
    ),
    S(
        "Saudi Arabia will cut its official selling price for Arab Light to Asia by 40 cents to a "
        "premium of $1.20 a barrel over the Oman/Dubai average for April.",
        Q("40 cents", 0.4, "USD"),
        Q("$1.20", 1.2, "USD", h=0.005),
    ),
    S(
        "Russia's seaborne crude exports slipped to about 3.1 million bpd in the four weeks to "
        "Sunday, according to tanker-tracking data compiled by Bloomberg.",
        Q("3.1 million bpd", 3.1 * M, "bbl", h=0.05 * M, q="approx", subj="export", by="Bloomberg"),
        Q("four weeks", 4, "week"),
    ),
    S(
        "Kazakhstan pumped 1.88 million barrels a day of crude and condensate in May, about "
        "180,000 bpd above its OPEC+ quota, industry sources said.",
        Q("1.88 million barrels", 1.88 * M, "bbl", h=0.005 * M, by="sources"),
        Q("180,000 bpd", 180000, "bbl", h=5000, q="approx"),
    ),
    S(
        "Diesel prices in Germany averaged €1.63 per litre last week, 9 cents less than a month "
        "earlier, the ADAC motoring club said.",
        Q("€1.63", 1.63, "EUR", h=0.005, subj="price", by="ADAC"),
        Q("9 cents", 0.09, "EUR"),
        N("a month", REL),
    ),
    S(
        "Oil tops $90 for first time since October as Middle East tensions flare",
        Q("$90", 90, "USD", q="more_than", subj="Oil"),
        N("first", ORD),
    ),
    S(
        "Norway's Equinor said gas output from the Troll field reached 41.2 billion cubic metres "
        "last year, about 35% of the country's total.",
        Q("41.2 billion cubic metres", 41.2 * B, "m3", h=0.05 * B, subj="output", by="Equinor"),
        Q("35%", 35, "percent", q="approx"),
    ),
    S(
        "European gas prices jumped as much as 12% to €48.50 per megawatt hour on the Dutch TTF "
        "hub before paring gains.",
        Q("12%", 12, "percent", q="up_to"),
        Q("€48.50", 48.5, "EUR", h=0.005),
    ),
    S(
        "EU gas storage sites are 94.6% full, against a target of 90% by November 1, data from Gas "
        "Infrastructure Europe show.",
        Q("94.6%", 94.6, "percent", h=0.05, subj="storage", by="Gas Infrastructure"),
        Q("90%", 90, "percent"),
        N("November 1", DATE),
    ),
    S(
        "Qatar's North Field expansion will lift LNG capacity from 77 million tonnes a year to 142 "
        "million tonnes by 2030.",
        Q("77 million tonnes", 77 * M, "t", h=0.5 * M),
        Q("142 million tonnes", 142 * M, "t", h=0.5 * M),
        N("2030", YEAR),
    ),
    S(
        "Gazprom's gas exports to Europe via TurkStream rose 21% in the first half to 8.4 bcm, "
        "according to calculations based on ENTSOG data.",
        Q("21%", 21, "percent", subj="export", by="ENTSOG"),
        N("first half", REL),
        Q("8.4 bcm", 8.4 * B, "m3", h=0.05 * B),
    ),
    S(
        "India's Reliance paid around $2.5bn for Russian crude in March, with Urals delivered to "
        "the west coast at about $7 below Brent, traders estimated.",
        Q("$2.5bn", 2.5 * B, "USD", h=0.05 * B, q="approx", by="traders"),
        Q("$7", 7, "USD", q="approx"),
    ),
    S(
        "Indian state retailers cut diesel prices by ₹2 a litre to ₹87.62 in Delhi, the oil "
        "ministry said in a statement late on Thursday.",
        Q("₹2", 2, "INR", by="ministry"),
        Q("₹87.62", 87.62, "INR", h=0.005),
    ),
    S(
        "Shell's upstream unit produced 1.86 million barrels of oil equivalent per day in the "
        "quarter, down 2% from the previous three months.",
        Q("1.86 million barrels", 1.86 * M, "bbl", h=0.005 * M),
        N("quarter", REL),
        Q("2%", 2, "percent"),
        Q("three months", 3, "month"),
    ),
    S(
        "The pipeline, which runs 1,740 km (1,081 miles) from the Caspian to the Black Sea, carries "
        "about 1.5 million barrels a day, or roughly 80% of Kazakhstan's oil exports.",
        Q("1,740 km", 1740, "km", h=5),
        Q("1,081 miles", 1081, "mi"),
        Q("1.5 million barrels", 1.5 * M, "bbl", h=0.05 * M, q="approx"),
        Q("80%", 80, "percent", q="approx"),
    ),
    S(
        "Petrobras will invest $111 billion over the 2025-2029 period, with 73% of it going to "
        "exploration and production, the Brazilian state firm said.",
        Q("$111 billion", 111 * B, "USD", h=0.5 * B, by="firm"),
        N("2025-2029", "reference period (years)"),
        Q("73%", 73, "percent", whole=111 * B),
    ),
    S(
        "Brazil's fuel regulator ANP raised the biodiesel blend to 15%, a move it said would save "
        "R$2.1 billion a year in diesel imports.",
        Q("15%", 15, "percent"),
        Q("R$2.1 billion", 2.1 * B, "BRL", h=0.05 * B),
    ),
    S(
        "Russia's oil and gas budget revenues fell 35% year on year in April to 889 billion "
        "roubles, finance ministry data showed.",
        Q("35%", 35, "percent", subj="revenue", by="ministry"),
        Q("889 billion roubles", 889 * B, "RUB", h=0.5 * B),
    ),
    S(
        "China's crude imports averaged 11.1 million barrels per day in 2024, down 1.9% from a "
        "record the year before, customs data show.",
        Q("11.1 million barrels", 11.1 * M, "bbl", h=0.05 * M, subj="import", period="2024",
          by="customs"),
        N("2024", YEAR),
        Q("1.9%", 1.9, "percent", h=0.05),
    ),
    S(
        "Gasoline at U.S. pumps averaged $3.18 a gallon on Monday, roughly 27 cents lower than a "
        "year ago, motoring club AAA said.",
        Q("$3.18", 3.18, "USD", h=0.005, subj="Gasoline", by="AAA"),
        Q("27 cents", 0.27, "USD", q="approx"),
        N("a year ago", REL),
    ),
    S(
        "Iraq and Turkey have yet to agree on restarting the Kirkuk-Ceyhan pipeline, and the two "
        "countries remain at odds over a $1.5bn arbitration award.",
        N("two", DEF),
        Q("$1.5bn", 1.5 * B, "USD", h=0.05 * B),
    ),
    S(
        "SINGAPORE, Feb 10 (Reuters) - Asian spot LNG prices rose to $14.20 per million British "
        "thermal units this week, the highest in 14 months, industry sources said.",
        N("Feb 10", DATE),
        Q("$14.20", 14.2, "USD", h=0.005, subj="price", by="sources"),
        N("million British thermal units", "part of a unit name"),
        Q("14 months", 14, "month"),
    ),
    S(
        "A 12-hour strike at the Hammerfest LNG plant halted output of about 18 million cubic "
        "metres of gas a day, operator Equinor said.",
        Q("12-hour", 12, "hour"),
        Q("18 million cubic metres", 18 * M, "m3", h=0.5 * M, q="approx", by="Equinor"),
    ),
    S(
        "NEW DELHI, Oct 14 (PTI) - Coal India's output rose 3.6% to 62.4 million tonnes in "
        "September, while dispatches to power plants reached 51.2 million tonnes, the company "
        "said.",
        N("Oct 14", DATE),
        Q("3.6%", 3.6, "percent", h=0.05, subj="output", by="company"),
        Q("62.4 million tonnes", 62.4 * M, "t", h=0.05 * M),
        Q("51.2 million tonnes", 51.2 * M, "t", h=0.05 * M),
    ),
    # power prices and electricity
    S(
        "German day-ahead power for Thursday rose to €142.30 per MWh on the EPEX Spot exchange as "
        "wind output was forecast to drop below 5 GW.",
        Q("€142.30", 142.3, "EUR", h=0.005),
        Q("5 GW", 5, "GW", q="less_than"),
    ),
    S(
        "Britain's energy price cap will fall 7% to £1,568 a year for a typical dual-fuel household "
        "from 1 July, regulator Ofgem said.",
        Q("7%", 7, "percent", subj="cap", by="Ofgem"),
        Q("£1,568", 1568, "GBP"),
        N("1 July", DATE),
    ),
    S(
        "Spain's grid operator said demand peaked at 39,800 MW at 2pm on Wednesday, just short of "
        "the all-time record set in 2007.",
        Q("39,800 MW", 39800, "MW", h=50, subj="demand", by="grid operator"),
        N("2pm", TIME),
        N("2007", YEAR),
    ),
    S(
        "Wholesale prices in South Australia were negative for 31% of the time in the quarter, "
        "the market operator AEMO said, averaging minus A$12 per MWh during daylight hours.",
        Q("31%", 31, "percent", by="AEMO"),
        N("quarter", REL),
        Q("minus A$12", -12, "AUD"),
    ),
    S(
        "Japan's utilities will raise household tariffs by about ¥400 a month from June, taking "
        "the average bill for a 260 kWh user to ¥9,100.",
        Q("¥400", 400, "JPY", h=20, q="approx"),
        Q("260 kWh", 260, "kWh", h=5),
        Q("¥9,100", 9100, "JPY", h=50, subj="bill"),
    ),
    S(
        "Indian power demand hit a record 250 GW on May 30, the power ministry said, as "
        "temperatures in Delhi crossed 45 degrees Celsius.",
        Q("250 GW", 250, "GW", h=5, subj="demand", by="ministry"),
        N("May 30", DATE),
        Q("45 degrees Celsius", 45, "degC", q="more_than"),
    ),
    S(
        "The state-run utility shed up to 4,000 MW of load at peak hours, leaving parts of "
        "Johannesburg without power for up to 10 hours a day.",
        Q("4,000 MW", 4000, "MW", h=200, q="up_to"),
        Q("10 hours", 10, "hour", q="up_to"),
    ),
    S(
        "Household electricity in Denmark cost 2.95 Danish crowns per kWh in the second half of "
        "2024, Eurostat said, the highest of the 27 EU countries.",
        Q("2.95 Danish crowns", 2.95, "DKK", h=0.005, subj="electricity", by="Eurostat"),
        N("second half", REL),
        N("2024", YEAR),
        Q("27", 27),
    ),
    S(
        "A 1.4 GW interconnector between Britain and Norway sent 11.2 TWh south in its first full "
        "year, enough to cover about 4% of UK demand.",
        Q("1.4 GW", 1.4, "GW", h=0.05),
        Q("11.2 TWh", 11.2, "TWh", h=0.05),
        N("first", ORD),
        Q("4%", 4, "percent", q="approx"),
    ),
    S(
        "Nordic system prices averaged just 21 euros per megawatt hour in September, down from 37 "
        "euros a year earlier, Nord Pool data showed.",
        Q("21 euros", 21, "EUR", subj="price", by="Nord Pool"),
        Q("37 euros", 37, "EUR"),
        N("a year", REL),
    ),
    S(
        "The substation fire cut power to some 1.1 million customers in Texas at its height, "
        "utility CenterPoint said, and 230,000 were still in the dark by 6 a.m.",
        Q("1.1 million", 1.1 * M, h=0.05 * M, q="approx", subj="customer", by="CenterPoint"),
        Q("230,000", 230000, h=5000, whole=1.1 * M),
        N("6 a.m.", TIME),
    ),
    S(
        "Coal's share of Polish power generation dropped below 60% for the first time last year, "
        "to 57.1%, think tank Forum Energii said.",
        Q("60%", 60, "percent", q="less_than"),
        N("first", ORD),
        Q("57.1%", 57.1, "percent", h=0.05, subj="share", by="Forum Energii"),
    ),
    S(
        "Dutch wholesale power fell to -€200 per MWh between 1pm and 2pm on Sunday as solar output "
        "peaked at 19.6 GW.",
        Q("-€200", -200, "EUR", h=10),
        N("1pm", TIME),
        N("2pm", TIME),
        Q("19.6 GW", 19.6, "GW", h=0.05),
    ),
    S(
        "Gas demand in France jumped 18% as temperatures dropped to minus 12 degrees Celsius in "
        "Strasbourg overnight, grid operator GRTgaz said.",
        Q("18%", 18, "percent", subj="demand", by="GRTgaz"),
        Q("minus 12 degrees Celsius", -12, "degC"),
    ),
    S(
        "UK wind farms set record with 22.5 GW on blustery Tuesday",
        Q("22.5 GW", 22.5, "GW", h=0.05, subj="wind"),
    ),
    S(
        "Power rationing hits 20 Chinese provinces as coal stocks fall to 8 days of use",
        Q("20", 20, subj="province"),
        Q("8 days", 8, "day"),
    ),
    # renewables capacity
    S(
        "China added 277 GW of solar capacity in 2024, more than the rest of the world combined, "
        "according to the National Energy Administration.",
        Q("277 GW", 277, "GW", subj="China", period="2024", by="Energy Administration"),
        N("2024", YEAR),
    ),
    S(
        "Global renewable capacity grew by a record 585 GW last year, the International Renewable "
        "Energy Agency said, short of the 16.6% annual growth needed to triple capacity by 2030.",
        Q("585 GW", 585, "GW", subj="capacity", by="Renewable Energy Agency"),
        Q("16.6%", 16.6, "percent", h=0.05),
        N("2030", YEAR),
    ),
    S(
        "The 3.6 GW Dogger Bank project will have 231 turbines, each 260 metres tall, located more "
        "than 130 km off the Yorkshire coast.",
        Q("3.6 GW", 3.6, "GW", h=0.05),
        Q("231", 231),
        Q("260 metres", 260, "m", h=5),
        Q("130 km", 130, "km", h=5, q="more_than"),
    ),
    S(
        "India's installed renewable capacity topped 200 GW in October, of which solar accounted "
        "for 92.1 GW and wind 47.7 GW, the ministry said.",
        Q("200 GW", 200, "GW", h=10, q="more_than", subj="capacity", by="ministry"),
        Q("92.1 GW", 92.1, "GW", h=0.05, whole=200),
        Q("47.7 GW", 47.7, "GW", h=0.05, whole=200),
    ),
    S(
        "Developers connected just 1.2 GW of onshore wind in England last year, a fraction of the "
        "6 GW a year the government says it needs until 2030.",
        Q("1.2 GW", 1.2, "GW", h=0.05),
        Q("6 GW", 6, "GW", by="government"),
        N("2030", YEAR),
    ),
    S(
        "Rooftop solar now sits on one in three Australian homes, with more than 4 million systems "
        "installed, the Clean Energy Regulator said.",
        Q("one in three", 1, whole=3, by="Regulator"),
        Q("4 million", 4 * M, h=0.5 * M, q="more_than"),
    ),
    S(
        "The auction awarded contracts for 9.6 GW of offshore wind at a strike price of £58.87 per "
        "MWh in 2012 prices, up 11% on the previous round.",
        Q("9.6 GW", 9.6, "GW", h=0.05),
        Q("£58.87", 58.87, "GBP", h=0.005),
        N("2012", YEAR),
        Q("11%", 11, "percent"),
    ),
    S(
        "Battery storage capacity in California has grown from less than 500 MW in 2020 to 13,400 "
        "MW, enough to meet 20% of the state's evening peak, the governor's office said.",
        Q("500 MW", 500, "MW", h=25, q="less_than"),
        N("2020", YEAR),
        Q("13,400 MW", 13400, "MW", h=50, subj="capacity", by="governor"),
        Q("20%", 20, "percent"),
    ),
    S(
        "Vestas booked orders for 4,512 MW in the fourth quarter, up 38% from a year earlier, and "
        "raised its 2025 revenue guidance to €18-20 billion.",
        Q("4,512 MW", 4512, "MW"),
        N("fourth quarter", "quarter label"),
        Q("38%", 38, "percent"),
        N("a year", REL),
        N("2025", YEAR),
        R("€18-20 billion", 18 * B, 20 * B, "EUR"),
    ),
    S(
        "Germany installed 16.2 GW of photovoltaics in 2024, beating its 13 GW target, the Federal "
        "Network Agency said; around 3.4 million systems are now connected.",
        Q("16.2 GW", 16.2, "GW", h=0.05, period="2024", by="Network Agency"),
        N("2024", YEAR),
        Q("13 GW", 13, "GW"),
        Q("3.4 million", 3.4 * M, h=0.05 * M, q="approx"),
    ),
    S(
        "Brazil's wind and solar farms produced 24% of the country's electricity in 2024, up 3.5 "
        "percentage points, grid operator ONS said.",
        Q("24%", 24, "percent", period="2024", by="ONS"),
        N("2024", YEAR),
        Q("3.5 percentage points", 3.5, "percentage_point", h=0.05),
    ),
    S(
        "The 560 MW floating solar plant on the reservoir cost ₹3,000 crore, and its 1.26 million "
        "panels cover about 1,200 hectares.",
        Q("560 MW", 560, "MW", h=5),
        Q("₹3,000 crore", 3e10, "INR", h=0.5e7),
        Q("1.26 million", 1.26 * M, h=0.005 * M),
        Q("1,200 hectares", 1200, "ha", h=50, q="approx"),
    ),
    S(
        "Chinese panel makers cut module prices to 0.68 yuan per watt, a drop of almost 40% in 12 "
        "months that has pushed 7 of the 10 biggest producers into losses.",
        Q("0.68 yuan", 0.68, "CNY", h=0.005, subj="price"),
        Q("40%", 40, "percent", q="below"),
        Q("12 months", 12, "month"),
        Q("7", 7, whole=10),
        Q("10", 10),
    ),
    S(
        "Turbine maker Siemens Gamesa said it would cut 4,100 jobs, or about 15% of its workforce, "
        "by 2026.",
        Q("4,100", 4100, h=50, subj="job", by="Siemens"),
        Q("15%", 15, "percent", q="approx"),
        N("2026", YEAR),
    ),
    S(
        "Solar overtook coal in the EU for the first time in 2024, generating 11% of electricity "
        "against coal's 10%, Ember said.",
        N("first", ORD),
        N("2024", YEAR),
        Q("11%", 11, "percent", period="2024", by="Ember"),
        Q("10%", 10, "percent"),
    ),
    S(
        "Ørsted wrote down 12.1 billion Danish crowns ($1.75 billion) on its US offshore wind "
        "portfolio, and said it would axe 600 to 800 jobs by the end of 2026.",
        Q("12.1 billion Danish crowns", 12.1 * B, "DKK", h=0.05 * B, by="Ørsted"),
        Q("$1.75 billion", 1.75 * B, "USD", h=0.005 * B),
        R("600 to 800", 600, 800),
        N("2026", YEAR),
    ),
    S(
        "Solar pumps have been installed on 2.7 lakh farms in Rajasthan under the PM-KUSUM scheme, "
        "the state energy department said.",
        Q("2.7 lakh", 2.7e5, h=0.05e5, subj="farm", by="department"),
    ),
    S(
        "Siemens Gamesa's SG 14-222 DD turbine has a rotor diameter of 222 metres and a rating of "
        "up to 15 MW.",
        N("SG 14-222 DD", MODEL),
        Q("222 metres", 222, "m"),
        Q("15 MW", 15, "MW", q="up_to"),
    ),
    S(
        "Tesla's Megapack 2 XL units at the site can store 3.9 MWh each, giving the 256-unit "
        "project a total of about 1 GWh.",
        N("Megapack 2 XL", MODEL),
        Q("3.9 MWh", 3.9, "MWh", h=0.05),
        Q("256-unit", 256),
        Q("1 GWh", 1, "GWh", q="approx"),
    ),
    S(
        "EDF's EPR2 reactors will cost an estimated €67.4bn for six units, the French utility "
        "said, up from €51.7bn in its 2022 estimate.",
        N("EPR2", MODEL),
        Q("€67.4bn", 67.4 * B, "EUR", h=0.05 * B, q="approx", by="utility"),
        Q("six", 6),
        Q("€51.7bn", 51.7 * B, "EUR", h=0.05 * B),
        N("2022", YEAR),
    ),
    S(
        "Hydropower output in Zambia fell to around 35% of capacity as Lake Kariba dropped to "
        "475.9 metres above sea level, just 0.4 metres above the minimum for generation.",
        Q("35%", 35, "percent", q="approx"),
        Q("475.9 metres", 475.9, "m", h=0.05),
        Q("0.4 metres", 0.4, "m", h=0.05),
    ),
    S(
        "Two years ago the utility promised to close all 8 of its coal units by 2030; it has so far "
        "shut 3 of them.",
        N("Two years ago", REL),
        Q("8", 8),
        N("2030", YEAR),
        Q("3", 3, whole=8),
    ),
    # grids
    S(
        "National Grid plans to spend £35bn over the five years to March 2031 upgrading its "
        "transmission network, including 1,000 km of new overhead lines and cables.",
        Q("£35bn", 35 * B, "GBP", h=0.5 * B, subj="National Grid"),
        Q("five years", 5, "year"),
        N("March 2031", DATE),
        Q("1,000 km", 1000, "km", h=50),
    ),
    S(
        "More than 1,500 GW of solar, wind and storage projects are waiting in U.S. interconnection "
        "queues, about twice the country's installed capacity, a Berkeley Lab report found.",
        Q("1,500 GW", 1500, "GW", h=50, q="more_than", subj="project", by="Berkeley"),
    ),
    S(
        "The blackout on April 28 left about 55 million people in Spain and Portugal without "
        "electricity for up to 18 hours.",
        N("April 28", DATE),
        Q("55 million", 55 * M, h=0.5 * M, q="approx", subj="people"),
        Q("18 hours", 18, "hour", q="up_to"),
    ),
    S(
        "Grid losses in the state run at 21.7%, against a national average of 16.4%, according to "
        "the Central Electricity Authority.",
        Q("21.7%", 21.7, "percent", h=0.05, subj="loss", by="Central Electricity"),
        Q("16.4%", 16.4, "percent", h=0.05),
    ),
    S(
        "The 400 kV line will run 184 km from the coast to the substation, and 37 of its 512 "
        "pylons will be replaced by underground cable, the developer said.",
        Q("400 kV", 400, "kV", h=20),
        Q("184 km", 184, "km"),
        Q("37", 37, whole=512),
        Q("512", 512),
    ),
    S(
        "Ukrenergo imported a record 1,700 MW from the EU at 7pm, after Russian strikes had "
        "knocked out nearly 10 GW of generation.",
        Q("1,700 MW", 1700, "MW", h=50, by="Ukrenergo"),
        N("7pm", TIME),
        Q("10 GW", 10, "GW", q="below"),
    ),
    S(
        "Smart meters have been installed in 36.4 million of Britain's 57 million homes and "
        "businesses, or 64%, government figures show.",
        Q("36.4 million", 36.4 * M, h=0.05 * M, whole=57 * M, by="government"),
        Q("57 million", 57 * M, h=0.5 * M),
        Q("64%", 64, "percent", whole=57 * M),  # as dev-1314 (changed November 2026)
    ),
    S(
        "A storm brought down 1,200 poles and left 260,000 homes in Brittany without power; 18,000 "
        "were still cut off two days later, Enedis said.",
        Q("1,200", 1200, h=50),
        Q("260,000", 260000, h=5000),
        Q("18,000", 18000, h=500, whole=260000),
        N("two days later", REL),
    ),
    S(
        "Under Article 122 of the EU treaty, member states agreed to cut gas demand by 15% between "
        "August 2022 and March 2023.",
        N("Article 122", LAW),
        Q("15%", 15, "percent"),
        N("August 2022", DATE),
        N("March 2023", DATE),
    ),
    # climate and weather
    S(
        "The Copernicus Climate Change Service said 2024 was 1.60C above pre-industrial levels, "
        "making it the warmest year since records began in 1850.",
        N("2024", YEAR),
        Q("1.60C", 1.6, "degC", h=0.005, period="2024", by="Copernicus"),
        N("1850", YEAR),
    ),
    S(
        "Temperatures in Death Valley hit 128 degrees Fahrenheit (53.3 degrees Celsius) on "
        "Saturday, 2 degrees short of the world record.",
        Q("128 degrees Fahrenheit", 128, "degF", subj="temperature"),
        Q("53.3 degrees Celsius", 53.3, "degC", h=0.05),
        Q("2 degrees", 2, "deg"),
    ),
    S(
        "Yakutsk recorded minus 52.4 degrees Celsius at 5am on Tuesday, and schools were closed for "
        "children up to the ninth grade.",
        Q("minus 52.4 degrees Celsius", -52.4, "degC", h=0.05),
        N("5am", TIME),
        N("ninth", "grade label"),
    ),
    S(
        "The Met Office issued an amber warning as up to 80mm of rain was forecast over 24 hours in "
        "parts of south Wales.",
        Q("80mm", 80, "mm", q="up_to", subj="rain", by="Met Office"),
        Q("24 hours", 24, "hour"),
    ),
    S(
        "The Chiva station recorded 491 litres of rain per square metre in eight hours, close to a "
        "year's worth, the state weather agency AEMET said.",
        Q("491 litres", 491, "l", subj="rain", by="AEMET"),
        Q("eight hours", 8, "hour"),
    ),
    S(
        "Arctic sea ice reached its winter maximum of 14.33 million sq km on March 22, the lowest "
        "in the 47-year satellite record, the NSIDC said.",
        Q("14.33 million sq km", 14.33 * M, "km2", h=0.005 * M, subj="ice", by="NSIDC"),
        N("March 22", DATE),
        Q("47-year", 47, "year"),
    ),
    S(
        "Antarctic sea ice shrank to 1.98 million square kilometres in late February, roughly 30% "
        "below the 1981-2010 average for the time of year.",
        Q("1.98 million square kilometres", 1.98 * M, "km2", h=0.005 * M, subj="ice"),
        Q("30%", 30, "percent", q="approx"),
        N("1981-2010", "reference period (years)"),
    ),
    S(
        "Carbon dioxide at Mauna Loa averaged 426.9 ppm in May, up 3.6 ppm from a year earlier, "
        "NOAA and the Scripps Institution said.",
        Q("426.9 ppm", 426.9, "ppm", h=0.05, subj="carbon", by="NOAA"),
        Q("3.6 ppm", 3.6, "ppm", h=0.05),
        N("a year", REL),
    ),
    S(
        "Methane concentrations rose to 1,931 parts per billion last year, 2.6 times pre-industrial "
        "levels, the World Meteorological Organization said.",
        Q("1,931 parts per billion", 1931, "ppb", subj="concentration", by="Meteorological"),
        Q("2.6", 2.6, h=0.05),
    ),
    S(
        "China's CO2 emissions fell 1.6% year on year in the January-March period, extending a "
        "decline that began in March 2024, an analysis for Carbon Brief found.",
        N("CO2", "chemical formula"),
        Q("1.6%", 1.6, "percent", h=0.05, subj="emission", by="Carbon Brief"),
        N("March 2024", DATE),
    ),
    S(
        "The EU's emissions trading system covers about 10,000 installations, and its carbon price "
        "closed at €68.35 a tonne on Friday, down 0.9%.",
        Q("10,000", 10000, h=500, q="approx"),
        Q("€68.35", 68.35, "EUR", h=0.005),
        Q("0.9%", 0.9, "percent", h=0.05),
    ),
    S(
        "Heat-related deaths among people over 65 have risen 167% since the 1990s, the Lancet "
        "Countdown report said.",
        Q("65", 65, "age_year", q="more_than"),
        Q("167%", 167, "percent", subj="death", by="Lancet"),
        N("1990s", DECADE),
    ),
    S(
        "Wildfires in Canada burned 17.3 million hectares in 2023, more than double the previous "
        "record, and forced over 230,000 people from their homes.",
        Q("17.3 million hectares", 17.3 * M, "ha", h=0.05 * M, subj="wildfire", period="2023"),
        N("2023", YEAR),
        Q("230,000", 230000, h=5000, q="more_than"),
    ),
    S(
        "The Park fire has scorched 429,603 acres in four counties and is 45% contained, Cal Fire "
        "said in its 7 a.m. update.",
        Q("429,603 acres", 429603, "acre", subj="fire", by="Cal Fire"),
        Q("four", 4),
        Q("45%", 45, "percent"),
        N("7 a.m.", TIME),
    ),
    S(
        "Fires have destroyed some 12,300 structures in Los Angeles County since January 7, "
        "officials said, with damage estimated at $250bn to $275bn by AccuWeather.",
        Q("12,300", 12300, h=50, q="approx", subj="structure", by="officials"),
        N("January 7", DATE),
        R("$250bn to $275bn", 250 * B, 275 * B, "USD"),
    ),
    S(
        "Rainfall in Rio Grande do Sul reached 420 mm in seven days, three times the May average, "
        "and 2.3 million people were affected by the floods, the state civil defence said.",
        Q("420 mm", 420, "mm", h=5, subj="Rainfall"),
        Q("seven days", 7, "day"),
        Q("three", 3),
        Q("2.3 million", 2.3 * M, h=0.05 * M),
    ),
    S(
        "Monsoon floods have killed at least 1,739 people since mid-June and submerged a third of "
        "the country, according to the disaster management authority.",
        Q("1,739", 1739, q="at_least", subj="people", by="authority"),
        Q("a third", 1 / 3),
    ),
    S(
        "Ida strengthened into a Category 4 hurricane with sustained winds of 150 mph (240 km/h), "
        "the National Hurricane Center said at 11 a.m.",
        N("Category 4", "storm category label"),
        Q("150 mph", 150, "mph", h=5, subj="wind", by="Hurricane Center"),
        Q("240 km/h", 240, "km/h", h=5),
        N("11 a.m.", TIME),
    ),
    S(
        "Snow depths reached 2.1 metres in parts of the Alps over the weekend, and the avalanche "
        "warning was raised to level 4.",
        Q("2.1 metres", 2.1, "m", h=0.05),
        N("level 4", "category label"),
    ),
    S(
        "The UK recorded its sunniest spring since 1919, with 630 hours of sunshine, 41% more than "
        "average, the Met Office said.",
        N("1919", YEAR),
        Q("630 hours", 630, "hour", h=5, subj="sunshine", by="Met Office"),
        Q("41%", 41, "percent"),
    ),
    S(
        "India's monsoon rains were 8% above the long-period average in the June-September "
        "season, the India Meteorological Department said, the most since 2020.",
        Q("8%", 8, "percent", subj="rain", by="Meteorological"),
        N("2020", YEAR),
    ),
    S(
        "Heatwave: Athens hits 43C as Acropolis closes between noon and 5pm",
        Q("43C", 43, "degC", subj="Athens"),
        N("5pm", TIME),
    ),
    S(
        "The Mediterranean reached a record surface temperature of 28.9 degrees in late July, about "
        "2C above normal, Spanish oceanographers said.",
        Q("28.9 degrees", 28.9, "deg", h=0.05, subj="Mediterranean", by="oceanographers"),
        Q("2C", 2, "degC", q="approx"),
    ),
    S(
        "Less than 1% of the Great Barrier Reef escaped bleaching during the summer, and surveys of "
        "1,080 reefs found 73% had been affected, the marine park authority said.",
        Q("1%", 1, "percent", q="less_than"),
        Q("1,080", 1080, h=5),
        Q("73%", 73, "percent", whole=1080),
    ),
    S(
        "Drought has cut the Panama Canal's daily transits to 24 from an average of 36, and ships "
        "are waiting up to 21 days to cross.",
        Q("24", 24),
        Q("36", 36),
        Q("21 days", 21, "day", q="up_to"),
    ),
    S(
        "The Rhine at Kaub fell to 78 centimetres on Friday, below the 80 cm level at which many "
        "barges can load only a third of their capacity.",
        Q("78 centimetres", 78, "cm", subj="Rhine"),
        Q("80 cm", 80, "cm"),
        Q("a third", 1 / 3),
    ),
    S(
        "Lake Mead's water level stood at 1,055 feet, about 174 feet below full pool, the Bureau "
        "of Reclamation said.",
        Q("1,055 feet", 1055, "ft", subj="level", by="Bureau"),
        Q("174 feet", 174, "ft", q="approx"),
    ),
    S(
        "Glaciers worldwide lost 273 billion tonnes of ice a year between 2000 and 2023, a study of "
        "19 regions published in Nature found.",
        Q("273 billion tonnes", 273 * B, "t", h=0.5 * B, subj="Glacier", by="study"),
        N("2000", YEAR),
        N("2023", YEAR),
        Q("19", 19),
    ),
    S(
        "Sea levels along the U.S. coast are expected to rise 10 to 12 inches by 2050, according to "
        "a NOAA-led report.",
        R("10 to 12 inches", 10, 12, "in", subj="Sea", by="NOAA"),
        N("2050", YEAR),
    ),
    S(
        "Delhi's AQI hits 494 as PM2.5 levels reach 65 times the WHO guideline",
        Q("494", 494, subj="AQI"),
        N("PM2.5", "pollutant name"),
        Q("65", 65),
    ),
    S(
        "The country's greenhouse gas emissions fell to 674 million tonnes of CO2 equivalent in "
        "2023, 46% below 1990 levels, the environment agency estimated.",
        Q("674 million tonnes", 674 * M, "t", h=0.5 * M, subj="emission", period="2023",
          by="agency"),
        N("CO2", "chemical formula"),
        N("2023", YEAR),
        Q("46%", 46, "percent"),
        N("1990", YEAR),
    ),
    S(
        "Shipping accounts for nearly 3% of global emissions, and the IMO's net-zero framework "
        "would charge $380 per tonne on emissions above a base threshold from 2028.",
        Q("3%", 3, "percent", q="below"),
        Q("$380", 380, "USD", h=5),
        N("2028", YEAR),
    ),
    S(
        "Norway's sovereign wealth fund excluded 5 companies over climate concerns, including a "
        "coal miner that emits 14 million tonnes a year.",
        Q("5", 5),
        Q("14 million tonnes", 14 * M, "t", h=0.5 * M),
    ),
    S(
        "COP29 in Baku ended with a pledge of $300 billion a year in climate finance by 2035, far "
        "short of the $1.3 trillion developing nations had sought.",
        N("COP29", "event name"),
        Q("$300 billion", 300 * B, "USD", h=0.5 * B, subj="pledge"),
        N("2035", YEAR),
        Q("$1.3 trillion", 1.3 * T, "USD", h=0.05 * T),
    ),
    S(
        "Sweden's carbon tax, at 1,330 kronor per tonne, is the highest in the world, almost 10 "
        "times the EU average.",
        Q("1,330 kronor", 1330, "SEK", h=5, subj="tax"),
        Q("10", 10, q="below"),
    ),
    S(
        "The 67-year-old farmer said his 40 hectares of barley had received only 14 mm of rain in "
        "the past three months.",
        Q("67-year-old", 67, "age_year"),
        Q("40 hectares", 40, "ha", by="farmer"),
        Q("14 mm", 14, "mm"),
        Q("three months", 3, "month"),
    ),
    # environment
    S(
        "Amazon deforestation: 6,288 square kilometres of forest were cleared in the 12 months to "
        "July, down 31% on the year before, Brazil's space research agency INPE said.",
        Q("6,288 square kilometres", 6288, "km2", subj="forest", by="INPE"),
        Q("12 months", 12, "month"),
        Q("31%", 31, "percent"),
    ),
    S(
        "Palm oil growers cleared about 30,000 hectares of Indonesian forest last year, an area 3 "
        "times the size of Paris, according to Nusantara Atlas.",
        Q("30,000 hectares", 30000, "ha", h=1500, q="approx", by="Nusantara"),
        Q("3", 3),
    ),
    S(
        "Plastic waste leaking into oceans could triple to 29 million tonnes a year by 2040 without "
        "action, the Pew report estimated.",
        Q("29 million tonnes", 29 * M, "t", h=0.5 * M, subj="waste", by="Pew"),
        N("2040", YEAR),
    ),
    S(
        "Only 9% of the 353 million tonnes of plastic waste produced in 2019 was recycled, the "
        "OECD said.",
        Q("9%", 9, "percent", whole=353 * M, by="OECD"),
        Q("353 million tonnes", 353 * M, "t", h=0.5 * M),
        N("2019", YEAR),
    ),
    S(
        "Water companies in England discharged raw sewage into rivers and seas for 3.6 million "
        "hours in 2023, more than double the year before, Environment Agency data show.",
        Q("3.6 million hours", 3.6 * M, "hour", h=0.05 * M, period="2023", by="Environment Agency"),
        N("2023", YEAR),
    ),
    S(
        "Thames Water was fined £104.5m by Ofwat, which said the company had missed targets at 9 of "
        "its 11 largest treatment works.",
        Q("£104.5m", 104.5 * M, "GBP", h=0.05 * M, by="Ofwat"),
        Q("9", 9, whole=11),
        Q("11", 11),
    ),
    S(
        "About 1 million of the estimated 8 million species on Earth face extinction, many within "
        "decades, according to the IPBES assessment.",
        Q("1 million", 1 * M, h=0.5 * M, q="approx", whole=8 * M, by="IPBES"),
        Q("8 million", 8 * M, h=0.5 * M, q="approx"),
    ),
    S(
        "Beavers have been released at 6 sites in southern England this year, and the wild "
        "population is thought to number about 1,500 animals.",
        Q("6", 6),
        Q("1,500", 1500, h=50, q="approx"),
    ),
    S(
        "The EU's nature restoration law requires member states to restore at least 20% of "
        "degraded land and sea areas by 2030, and 25,000 km of rivers to a free-flowing state.",
        Q("20%", 20, "percent", q="at_least"),
        N("2030", YEAR),
        Q("25,000 km", 25000, "km", h=500),
    ),
    S(
        "Twelve of the 27 member states have yet to submit their updated national energy and "
        "climate plans, the European Commission said.",
        Q("Twelve", 12, whole=27, by="Commission"),
        Q("27", 27),
    ),
    S(
        "Chile ranked 5th out of 40 countries on Germanwatch's climate change performance index, "
        "while the United States came 57th of 63.",
        Q("5th", 5, "rank", whole=40, subj="Chile", by="Germanwatch"),
        Q("40", 40),
        Q("57th", 57, "rank", whole=63),
        Q("63", 63),
    ),
    # agriculture and commodities
    S(
        "Ukraine exported 40.9 million tonnes of grain in the 2024/25 marketing year, down from "
        "50.5 million tonnes a season earlier, agriculture ministry data showed.",
        Q("40.9 million tonnes", 40.9 * M, "t", h=0.05 * M, subj="Ukraine", by="ministry"),
        N("2024/25", "season (years)"),
        Q("50.5 million tonnes", 50.5 * M, "t", h=0.05 * M),
    ),
    S(
        "Russia's wheat harvest is forecast at 83.8 million tonnes, SovEcon said, 1.2 million "
        "tonnes below its previous estimate, as frost and drought hit the south.",
        Q("83.8 million tonnes", 83.8 * M, "t", h=0.05 * M, subj="harvest", by="SovEcon"),
        Q("1.2 million tonnes", 1.2 * M, "t", h=0.05 * M),
    ),
    S(
        "The USDA pegged U.S. soybean yields at 52.5 bushels per acre, below the 53.1 bushels "
        "analysts had expected, sending futures down 1.4% to $10.31 a bushel.",
        Q("52.5 bushels", 52.5, "bsh", h=0.05, subj="yield", by="USDA"),
        Q("53.1 bushels", 53.1, "bsh", h=0.05),
        Q("1.4%", 1.4, "percent", h=0.05),
        Q("$10.31", 10.31, "USD", h=0.005),
    ),
    S(
        "The FAO food price index averaged 127.5 in May, 0.8% lower than in April but 7.2% higher "
        "than a year earlier.",
        Q("127.5", 127.5, h=0.05, subj="index", by="FAO"),
        Q("0.8%", 0.8, "percent", h=0.05),
        Q("7.2%", 7.2, "percent", h=0.05),
        N("a year", REL),
    ),
    S(
        "Cocoa futures in New York hit a record $12,931 a tonne, having more than quadrupled in 15 "
        "months as output in Ivory Coast and Ghana slumped.",
        Q("$12,931", 12931, "USD", subj="future"),
        Q("15 months", 15, "month"),
    ),
    S(
        "Egypt's state grain buyer purchased 470,000 tonnes of wheat from Russia and Romania at "
        "$238 to $242 a tonne, cost and freight, traders said.",
        Q("470,000 tonnes", 470000, "t", h=5000, subj="buyer", by="traders"),
        R("$238 to $242", 238, 242, "USD"),
    ),
    S(
        "India banned exports of non-basmati white rice in July 2023, cutting global rice trade by "
        "about a fifth, as the country supplies 40% of world shipments.",
        N("July 2023", DATE),
        Q("a fifth", 0.2, q="approx", subj="trade"),
        Q("40%", 40, "percent"),
    ),
    S(
        "Urea prices in Brazil rose to $430 per tonne CFR, up 18% in a month, as China curbed "
        "fertiliser exports.",
        Q("$430", 430, "USD", h=5, subj="price"),
        Q("18%", 18, "percent"),
    ),
    S(
        "Farmers in Punjab received ₹2,425 per quintal for wheat this season, ₹150 more than last "
        "year, under the minimum support price scheme.",
        Q("₹2,425", 2425, "INR"),
        Q("₹150", 150, "INR", h=5),
    ),
    S(
        "China bought 105 million tonnes of soybeans in 2024, of which 74.6 million tonnes came "
        "from Brazil, customs data showed.",
        Q("105 million tonnes", 105 * M, "t", h=0.5 * M, subj="China", period="2024",
          by="customs"),
        N("2024", YEAR),
        Q("74.6 million tonnes", 74.6 * M, "t", h=0.05 * M, whole=105 * M),
    ),
    S(
        "Fertiliser maker Yara cut ammonia output at its Sluiskil plant by 40%, citing gas costs of "
        "more than €100 per MWh.",
        Q("40%", 40, "percent"),
        Q("€100", 100, "EUR", h=5, q="more_than"),
    ),
    S(
        "Global coffee production is forecast to rise 4.1% to 178.7 million 60-kg bags in "
        "2025/26, the USDA said.",
        Q("4.1%", 4.1, "percent", h=0.05, subj="production", by="USDA"),
        Q("178.7 million", 178.7 * M, h=0.05 * M),
        Q("60-kg", 60, "kg"),
        N("2025/26", "season (years)"),
    ),
    S(
        "Argentina's wheat harvest rebounded to 18.5 million tonnes after drought halved the "
        "previous crop, the Rosario grains exchange said.",
        Q("18.5 million tonnes", 18.5 * M, "t", h=0.05 * M, subj="harvest", by="Rosario"),
    ),
    S(
        "Wheat prices slump 4% as Russian harvest beats forecasts",
        Q("4%", 4, "percent", subj="price"),
    ),
    S(
        "Orange juice futures have fallen 47% since January, to $2.63 a pound, as Brazilian "
        "production recovered.",
        Q("47%", 47, "percent", subj="future"),
        Q("$2.63", 2.63, "USD", h=0.005),
    ),
    S(
        "Nigeria's food inflation eased to 21.26% in May from 23.71% in April, the National Bureau "
        "of Statistics said.",
        Q("21.26%", 21.26, "percent", h=0.005, subj="inflation", by="Bureau"),
        Q("23.71%", 23.71, "percent", h=0.005),
    ),
    S(
        "The price of a 50 kg bag of maize meal rose to 4,200 Kenyan shillings in Nairobi, up from "
        "3,650 shillings in January.",
        Q("50 kg", 50, "kg"),
        Q("4,200 Kenyan shillings", 4200, "KES", h=50, subj="price"),
        Q("3,650 shillings", 3650, "KES", h=5),
    ),
    S(
        "Egg prices in the US averaged $6.23 a dozen in March, the Bureau of Labor Statistics said, "
        "after bird flu killed more than 30 million laying hens in the first quarter.",
        Q("$6.23", 6.23, "USD", h=0.005, subj="price", by="Labor"),
        N("a dozen", "unit of sale (per dozen)"),
        Q("30 million", 30 * M, h=0.5 * M, q="more_than"),
        N("first quarter", "quarter label"),
    ),
    S(
        "Japan's rice prices have nearly doubled in a year, with a 5-kilogram bag selling for an "
        "average of ¥4,268 in supermarkets, the farm ministry said.",
        Q("5-kilogram", 5, "kg"),
        Q("¥4,268", 4268, "JPY", by="ministry"),
    ),
    S(
        "Belaruskali's potash exports are estimated at 9.5 million to 10 million tonnes this year, "
        "about a fifth of the world market.",
        R("9.5 million to 10 million tonnes", 9.5 * M, 10 * M, "t", subj="export"),
        Q("a fifth", 0.2, q="approx"),
    ),
    S(
        "Maize yields in Zimbabwe averaged just 0.6 tonnes per hectare, less than a quarter of the "
        "2.8 tonnes farmers in Zambia achieved on irrigated plots.",
        Q("0.6 tonnes", 0.6, "t", h=0.05, subj="yield"),
        Q("a quarter", 0.25, q="less_than"),
        Q("2.8 tonnes", 2.8, "t", h=0.05),
    ),
    S(
        "About 733 million people faced hunger in 2023, or one in 11 of the world's population, "
        "five UN agencies said in their annual report.",
        Q("733 million", 733 * M, h=0.5 * M, q="approx", subj="people", period="2023", by="UN"),
        N("2023", YEAR),
        Q("one in 11", 1, whole=11),
        Q("five", 5),
    ),
    S(
        "Sugar output in Maharashtra is expected to drop 12% to 9.2 million tonnes in the 2024-25 "
        "season, after a weak monsoon cut cane yields by 15 to 20 tonnes per hectare.",
        Q("12%", 12, "percent"),
        Q("9.2 million tonnes", 9.2 * M, "t", h=0.05 * M),
        N("2024-25", "season (years)"),
        R("15 to 20 tonnes", 15, 20, "t"),
    ),
    S(
        "The Netherlands ranked 2nd out of 180 exporters of agricultural goods, shipping €123.8 "
        "billion worth in 2024, Wageningen University said.",
        Q("2nd", 2, "rank", whole=180, subj="Netherlands"),
        Q("180", 180, h=5),
        Q("€123.8 billion", 123.8 * B, "EUR", h=0.05 * B),
        N("2024", YEAR),
    ),
    S(
        "Australia's wheat crop is the 3rd largest on record at 35.6 million tonnes, ABARES said, "
        "with Western Australia contributing 12.7 million tonnes.",
        Q("3rd", 3, "rank"),
        Q("35.6 million tonnes", 35.6 * M, "t", h=0.05 * M, subj="crop", by="ABARES"),
        Q("12.7 million tonnes", 12.7 * M, "t", h=0.05 * M, whole=35.6 * M),
    ),
    S(
        "Hailstorms damaged 1 in 4 olive trees in Jaén province, and the regional government "
        "estimates losses at between €250 million and €300 million.",
        Q("1 in 4", 1, whole=4),
        R("€250 million and €300 million", 250 * M, 300 * M, "EUR"),
    ),
    S(
        "Beef prices in Argentina jumped 9.8% in October, while the central bank cut its benchmark "
        "rate by 75 basis points to 40%.",
        Q("9.8%", 9.8, "percent", h=0.05, subj="price"),
        Q("75 basis points", 0.75, "percentage_point"),
        Q("40%", 40, "percent"),
    ),
    S(
        "Russia has raised its export duty on wheat to 3,212 roubles ($35) per tonne, the "
        "agriculture ministry said on Friday.",
        Q("3,212 roubles", 3212, "RUB", subj="duty", by="ministry"),
        Q("$35", 35, "USD"),
    ),
    S(
        "Farmers hit by the floods can call the helpline on 0800 123 4567, the agriculture "
        "department said, and claims of up to £25,000 per farm will be paid.",
        N("0800 123 4567", PHONE),
        Q("£25,000", 25000, "GBP", h=500, q="up_to"),
    ),
    # --- batch 9 (unseen round, scored before its fixes): courts, crime and public services
    # --- batch 9: courts, crime and justice, public services
    # sentencing
    S(
        "A 34-year-old man was jailed for 12 years at Bristol Crown Court on Friday for a string "
        "of armed robberies that netted £86,000.",
        Q("34-year-old", 34, "age_year"),
        Q("12 years", 12, "year"),
        Q("£86,000", 86000, "GBP", h=500),
    ),
    S(
        "The judge handed the former care worker a 9-year sentence and told her she would serve "
        "at least two-thirds of it in custody.",
        Q("9-year", 9, "year", subj="sentence"),
        Q("two-thirds", 2 / 3, q="at_least", whole=9),
    ),
    S(
        "Two brothers, aged 19 and 22, were jailed for life on Thursday and told they must serve "
        "at least 21 years for the murder of a delivery driver in Salford.",
        Q("Two", 2, subj="brother"),
        Q("19", 19, "age_year"),
        Q("22", 22, "age_year"),
        Q("21 years", 21, "year", q="at_least"),
    ),
    S(
        "Prosecutors had asked for between 7 and 9 years, but the judge imposed a sentence of "
        "five years and three months.",
        R("7 and 9 years", 7, 9, "year", by="Prosecutors"),
        Q("five years and three months", 5.25, "year", subj="sentence"),
    ),
    S(
        "Drug dealer, 27, jailed for 14 years after police find £1.2m of cocaine in van",
        Q("27", 27, "age_year"),
        Q("14 years", 14, "year"),
        Q("£1.2m", 1.2 * M, "GBP", h=0.05 * M, subj="cocaine"),
    ),
    S(
        "The 16-year-old, who cannot be named for legal reasons, was ordered to be detained for a "
        "minimum of 13 years.",
        Q("16-year-old", 16, "age_year"),
        Q("13 years", 13, "year", q="at_least"),
    ),
    S(
        "Four of the 12 jurors asked to be discharged after the trial heard graphic evidence for "
        "six days.",
        Q("Four", 4, whole=12, subj="juror"),
        Q("12", 12, subj="juror"),
        Q("six days", 6, "day"),
    ),
    S(
        "The jury convicted the 45-year-old of manslaughter by a majority of 10 to 2 after "
        "deliberating for 14 hours.",
        Q("45-year-old", 45, "age_year"),
        Q("10", 10),
        Q("2", 2),
        Q("14 hours", 14, "hour"),
    ),
    S(
        "Of the 38 defendants charged after the riots, 31 have now been sentenced, receiving terms "
        "of up to 3 years and 8 months.",
        Q("38", 38, subj="defendant"),
        Q("31", 31, whole=38),
        Q("3 years and 8 months", 3 + 8 / 12, "year", q="up_to"),
    ),
    S(
        "He was given an 18-month suspended sentence, ordered to carry out 150 hours of unpaid "
        "work and banned from driving for two years.",
        Q("18-month", 18, "month", subj="sentence"),
        Q("150 hours", 150, "hour", h=5),
        Q("two years", 2, "year"),
    ),
    S(
        "The Court of Appeal cut the sentence from 11 years to eight, ruling that the trial judge "
        "had given too little weight to the defendant's age.",
        Q("11 years", 11, "year", subj="sentence"),
        Q("eight", 8, "year"),
    ),
    S(
        "Sentences for knife possession averaged 8.4 months last year, up from 6.9 months a decade "
        "ago, according to Ministry of Justice data.",
        Q("8.4 months", 8.4, "month", h=0.05, subj="sentence", by="Ministry"),
        Q("6.9 months", 6.9, "month", h=0.05, by="Ministry"),
        N("a decade ago", REL),
    ),
    S(
        "Around 1 in 3 people convicted of burglary were sent to prison, the Sentencing Council "
        "found.",
        Q("1 in 3", 1, whole=3, q="approx", subj="people", by="Sentencing Council"),
    ),
    S(
        "The average custodial sentence for all offences rose to 22.3 months in the year to June "
        "2024, the longest on record.",
        Q("22.3 months", 22.3, "month", h=0.05, subj="sentence"),
        N("2024", YEAR),
    ),
    S(
        "The Johannesburg High Court sentenced the former municipal manager to 15 years for "
        "stealing R48m from a housing fund.",
        Q("15 years", 15, "year"),
        Q("R48m", 48 * M, "ZAR", h=0.5 * M),
    ),
    S(
        "A sessions court in Pune sentenced the 41-year-old to seven years of rigorous "
        "imprisonment and fined him ₹50,000.",
        Q("41-year-old", 41, "age_year"),
        Q("seven years", 7, "year"),
        Q("₹50,000", 50000, "INR", h=2500),
    ),
    S(
        "The NSW District Court jailed the 52-year-old for six years, with a non-parole period of "
        "four years.",
        Q("52-year-old", 52, "age_year"),
        Q("six years", 6, "year"),
        Q("four years", 4, "year", subj="period"),
    ),
    S(
        "A federal judge in Manhattan sentenced the crypto executive to 25 years in prison and "
        "ordered him to forfeit $11bn.",
        Q("25 years", 25, "year"),
        Q("$11bn", 11 * B, "USD", h=0.5 * B),
    ),
    S(
        "Three men have been jailed for a combined 47 years over a plot to smuggle firearms "
        "through Dover.",
        Q("Three", 3, subj="men"),
        Q("47 years", 47, "year"),
    ),
    S(
        "The two men, who were both 17 at the time of the attack, will be sentenced on 3 March.",
        N("two", DEF),
        Q("17", 17, "age_year"),
        N("3 March", DATE),
    ),
    S(
        "She faces up to 10 years in jail if convicted under Section 2 of the Fraud Act 2006.",
        Q("10 years", 10, "year", q="up_to"),
        N("Section 2", LAW),
        N("2006", LAW),
    ),
    S(
        "Mr Patel, 58, of 14 Oak Avenue, Leicester, admitted 23 counts of fraud by false "
        "representation.",
        Q("58", 58, "age_year"),
        N("14 Oak Avenue", ADDR),
        Q("23", 23, subj="count"),
    ),
    S(
        "Three years ago the court took 160 days on average to deal with a case; it now takes 289.",
        N("Three years ago", REL),
        Q("160 days", 160, "day", h=5),
        Q("289", 289, "day"),
    ),
    S(
        "The maximum penalty for assaulting an emergency worker doubled to two years in 2022, but "
        "the average sentence remains 13 weeks.",
        Q("two years", 2, "year", subj="penalty"),
        N("2022", YEAR),
        Q("13 weeks", 13, "week", subj="sentence"),
    ),
    # fines and confiscation
    S(
        "The water company was fined £3.3 million for pumping raw sewage into the river on 41 "
        "occasions between 2019 and 2022.",
        Q("£3.3 million", 3.3 * M, "GBP", h=0.05 * M, subj="company"),
        Q("41", 41, subj="occasion"),
        N("2019", YEAR),
        N("2022", YEAR),
    ),
    S(
        "Magistrates fined the restaurant owner £4,500 and ordered him to pay £1,820 in costs and "
        "a £190 victim surcharge.",
        Q("£4,500", 4500, "GBP", h=50),
        Q("£1,820", 1820, "GBP", h=5, subj="cost"),
        Q("£190", 190, "GBP", h=5, subj="surcharge"),
    ),
    S(
        "The Dutch data protection authority fined the ride-hailing firm €290m, the largest "
        "penalty it has ever imposed.",
        Q("€290m", 290 * M, "EUR", h=0.5 * M),
    ),
    S(
        "Fines issued for fare evasion on the network rose by 27% to 61,400 in 2024, Transport for "
        "London said.",
        Q("27%", 27, "percent", subj="fine", period="2024", by="Transport for London"),
        Q("61,400", 61400, h=50, subj="fine", period="2024", by="Transport for London"),
        N("2024", YEAR),
    ),
    S(
        "Drivers caught speeding in the new 20mph zones face a £100 fixed penalty and three points "
        "on their licence.",
        Q("20mph", 20, "mph"),
        Q("£100", 100, "GBP", h=5, subj="penalty"),
        Q("three", 3, subj="point"),
    ),
    S(
        "A court in Sydney ordered the builder to pay A$1.45m in penalties for underpaying 212 "
        "workers.",
        Q("A$1.45m", 1.45 * M, "AUD", h=0.005 * M),
        Q("212", 212, subj="worker"),
    ),
    S(
        "The Federal Trade Commission will return $72.5 million to about 1.1 million customers, or "
        "roughly $65 each.",
        Q("$72.5 million", 72.5 * M, "USD", h=0.05 * M, by="Commission"),
        Q("1.1 million", 1.1 * M, h=0.05 * M, q="approx", subj="customer"),
        Q("$65", 65, "USD", q="approx"),
    ),
    S(
        "Unpaid court fines in England and Wales total more than £1.1bn, nearly a quarter of it "
        "more than five years old.",
        Q("£1.1bn", 1.1 * B, "GBP", h=0.05 * B, q="more_than", subj="fine"),
        Q("a quarter", 0.25, q="below", whole=1.1 * B),
        Q("five years", 5, "age_year", q="more_than"),
    ),
    S(
        "The Delhi traffic police issued 1.2 crore challans last year, worth ₹2,310 crore in fines.",
        Q("1.2 crore", 1.2e7, h=0.05e7, subj="challan", by="police"),
        Q("₹2,310 crore", 2.31e10, "INR", h=0.5e7),
    ),
    # prisons
    S(
        "The prison population in England and Wales stood at 87,919 on Friday, against a usable "
        "operational capacity of 89,250, Ministry of Justice figures show.",
        Q("87,919", 87919, subj="population", by="Justice"),
        Q("89,250", 89250, h=5, subj="capacity", by="Justice"),
    ),
    S(
        "Some 17,600 people are held on remand, the highest number for at least 50 years.",
        Q("17,600", 17600, h=50, q="approx", subj="people"),
        Q("50 years", 50, "year", q="at_least"),
    ),
    S(
        "Women make up about 4% of the prison population, and more than half of the 3,600 women in "
        "custody are serving sentences of 12 months or less.",
        Q("4%", 4, "percent", q="approx", subj="women"),
        Q("half", 0.5, q="more_than", whole=3600),
        Q("3,600", 3600, h=50, subj="women"),
        Q("12 months", 12, "month", q="up_to"),
    ),
    S(
        "Scotland's jail population has risen to 8,348, with 9 of the country's 15 prisons holding "
        "more inmates than they were designed for.",
        Q("8,348", 8348, subj="population"),
        Q("9", 9, whole=15, subj="prison"),
        Q("15", 15, subj="prison"),
    ),
    S(
        "The justice secretary said the early release scheme would free between 1,700 and 2,000 "
        "prisoners in its first month.",
        R("1,700 and 2,000", 1700, 2000, subj="prisoner", by="justice secretary"),
        N("first", ORD),
    ),
    S(
        "It costs an average of £53,000 a year to keep someone in prison, nearly twice the fees "
        "for a place at a boarding school.",
        Q("£53,000", 53000, "GBP", h=500),
    ),
    S(
        "Assaults on staff in US federal prisons rose 14% to 2,130 last year, the Bureau of Prisons "
        "said.",
        Q("14%", 14, "percent", subj="assault", by="Bureau"),
        Q("2,130", 2130, h=5, subj="assault", by="Bureau"),
    ),
    S(
        "Almost 1,000 prisoners were released in error over the past 12 months, up from 582 a year "
        "earlier.",
        Q("1,000", 1000, h=50, q="below", subj="prisoner"),
        Q("12 months", 12, "month"),
        Q("582", 582),
        N("a year", REL),
    ),
    S(
        "One in eight prison officers quit within a year of joining, and the service needs 5,000 "
        "more officers by 2027.",
        Q("One in eight", 1, whole=8, subj="officer"),
        Q("5,000", 5000, h=250, subj="officer"),
        N("2027", YEAR),
    ),
    S(
        "Probation officers in England and Wales supervise about 240,000 offenders, with caseloads "
        "of 50 to 60 per officer in some areas.",
        Q("240,000", 240000, h=5000, q="approx", subj="offender"),
        R("50 to 60", 50, 60, subj="caseload"),
    ),
    # police-recorded crime
    S(
        "Police-recorded crime in England and Wales fell 2% to 6.6 million offences in the year to "
        "March, the Office for National Statistics said.",
        Q("2%", 2, "percent", subj="crime", by="National Statistics"),
        Q("6.6 million", 6.6 * M, h=0.05 * M, subj="offence", by="National Statistics"),
    ),
    S(
        "Knife crime rose by 4% to 54,587 offences, while homicides fell to 570, the lowest number "
        "since 2015.",
        Q("4%", 4, "percent", subj="crime"),
        Q("54,587", 54587, subj="offence"),
        Q("570", 570, h=5, subj="homicide"),
        N("2015", YEAR),
    ),
    S(
        "Phone thefts in the capital have doubled in two years, with more than 80,000 handsets "
        "reported stolen in 2024.",
        Q("two years", 2, "year"),
        Q("80,000", 80000, q="more_than", subj="handset", period="2024"),
        N("2024", YEAR),
    ),
    S(
        "Only 5.7% of reported crimes resulted in a charge or summons, down 1.3 percentage points "
        "on the previous year.",
        Q("5.7%", 5.7, "percent", h=0.05, subj="crime"),
        Q("1.3 percentage points", 1.3, "percentage_point", h=0.05),
    ),
    S(
        "The force was ranked 38th of 43 forces in England and Wales for answering 999 calls "
        "within 10 seconds.",
        Q("38th", 38, "rank", whole=43),
        Q("43", 43, subj="force"),
        N("999", PHONE),
        Q("10 seconds", 10, "second"),
    ),
    S(
        "Greater Manchester Police answered 96.2% of emergency calls within the 10-second target "
        "in March, placing it 2nd in the country.",
        Q("96.2%", 96.2, "percent", h=0.05, subj="call"),
        Q("10-second", 10, "second", subj="target"),
        Q("2nd", 2, "rank"),
    ),
    S(
        "Shoplifting offences rose 21% to 516,971 in the year to September, and one in five shops "
        "reported incidents every day, the retail consortium said.",
        Q("21%", 21, "percent", subj="offence"),
        Q("516,971", 516971, subj="offence"),
        Q("one in five", 1, whole=5, subj="shop", by="consortium"),
    ),
    S(
        "Burglaries in the province fell by 8.1%, but reported murders climbed to 6,945 in the "
        "three months to December, SAPS figures show.",
        Q("8.1%", 8.1, "percent", h=0.05, subj="burglar", by="SAPS"),
        Q("6,945", 6945, subj="murder", by="SAPS"),
        Q("three months", 3, "month"),
    ),
    S(
        "The National Crime Records Bureau registered 4.45 lakh cases of crimes against women in "
        "2022, an average of 51 every hour.",
        Q("4.45 lakh", 445000, h=500, subj="case", period="2022", by="Bureau"),
        N("2022", YEAR),
        Q("51", 51),
    ),
    S(
        "Fraud now accounts for about 41% of all crime against individuals, yet it receives less "
        "than 1% of police resources.",
        Q("41%", 41, "percent", q="approx", subj="fraud"),
        Q("1%", 1, "percent", q="less_than"),
    ),
    S(
        "Around 3,200 drivers were arrested for drink or drug driving during the month-long "
        "campaign, a third of them aged 17 to 24.",
        Q("3,200", 3200, h=50, q="approx", subj="driver"),
        Q("a third", 1 / 3, whole=3200),
        R("17 to 24", 17, 24, "age_year"),
    ),
    S(
        "Violent crime down 7% in city as police double foot patrols",
        Q("7%", 7, "percent", subj="crime"),
    ),
    S(
        "Reports of antisocial behaviour fell from 1,412 to 1,089 after the dispersal order was "
        "introduced, a drop of 23%.",
        Q("1,412", 1412, subj="report"),
        Q("1,089", 1089),
        Q("23%", 23, "percent"),
    ),
    S(
        "Detectives said 14 people, including 3 children, were hurt when the car was driven into "
        "the crowd at about 10.40pm.",
        Q("14", 14, subj="people", by="Detectives"),
        Q("3", 3, whole=14, subj="child"),
        N("10.40pm", TIME),
    ),
    S(
        "Anyone with information is asked to call police on 101, quoting log 1142 of 9 August, or "
        "Crimestoppers on 0800 555 111.",
        N("101", PHONE),
        N("1142", REF),
        N("9 August", DATE),
        N("0800 555 111", PHONE),
    ),
    S(
        "The 31-year-old was arrested at an address on Fenwick Road at 6am on Tuesday and remains "
        "in custody.",
        Q("31-year-old", 31, "age_year"),
        N("6am", TIME),
    ),
    S(
        "Police said the victim, a man aged 43, was found at a house in Clarence Street shortly "
        "after 2.30am.",
        Q("43", 43, "age_year"),
        N("2.30am", TIME),
    ),
    S(
        "A dozen officers searched the property for 9 hours and recovered 2.4kg of heroin and "
        "£31,500 in cash.",
        Q("A dozen", 12, subj="officer"),
        Q("9 hours", 9, "hour"),
        Q("2.4kg", 2.4, "kg", h=0.05, subj="heroin"),
        Q("£31,500", 31500, "GBP", h=50),
    ),
    S(
        "Black people were stopped and searched at 3.4 times the rate of white people, down from "
        "more than four times in 2021.",
        Q("3.4", 3.4, h=0.05),
        Q("four", 4, q="more_than", period="2021"),
        N("2021", YEAR),
    ),
    S(
        "The Los Angeles Police Department recorded 268 homicides in 2024, down 17% from the year "
        "before, and ranks 2nd among large US cities for solving them.",
        Q("268", 268, subj="homicide", period="2024", by="Police Department"),
        N("2024", YEAR),
        Q("17%", 17, "percent"),
        Q("2nd", 2, "rank"),
    ),
    S(
        "The force's 1,950 officers cover an area of 2,300 square miles, and it is ranked 4th in "
        "England by size.",
        Q("1,950", 1950, h=5, subj="officer"),
        Q("2,300 square miles", 2300, "mi2", h=50, subj="area"),
        Q("4th", 4, "rank"),
    ),
    S(
        "Eight out of 10 victims said they were satisfied with how police handled their report, "
        "the survey found.",
        Q("Eight", 8, whole=10, subj="victim", by="survey"),
        Q("10", 10, subj="victim"),
    ),
    S(
        "Hundreds of people gathered outside the court as the verdicts were read, and dozens of "
        "officers were deployed.",
        N("Hundreds", VAGUE),
        N("dozens", VAGUE),
    ),
    S(
        "He was one of the most prolific offenders the force had dealt with, having 112 previous "
        "convictions.",
        N("one", ONE),
        Q("112", 112, subj="conviction"),
    ),
    # courts: backlogs, cases, legal aid
    S(
        "The crown court backlog hit a record 76,957 cases at the end of September, up 11% on a "
        "year earlier, Ministry of Justice figures show.",
        Q("76,957", 76957, subj="backlog", by="Justice"),
        Q("11%", 11, "percent", by="Justice"),
        N("a year", REL),
    ),
    S(
        "More than 18,000 of those cases have been waiting more than 12 months, and some victims "
        "have been told their trials will not be heard until 2029.",
        Q("18,000", 18000, q="more_than", subj="case"),
        Q("12 months", 12, "month", q="more_than"),
        N("2029", YEAR),
    ),
    S(
        "Rape cases took an average of 1,048 days from offence to completion in 2024, almost three "
        "years, according to the Crown Prosecution Service.",
        Q("1,048 days", 1048, "day", subj="case", period="2024", by="Crown Prosecution"),
        N("2024", YEAR),
        Q("three years", 3, "year", q="below"),
    ),
    S(
        "Magistrates' courts dealt with 1.37 million cases in the year, while the number of cases "
        "outstanding rose to 352,000.",
        Q("1.37 million", 1.37 * M, h=0.005 * M, subj="case"),
        Q("352,000", 352000, h=500, subj="case"),
    ),
    S(
        "The employment tribunal has 41,500 open claims and applicants typically wait 49 weeks for "
        "a hearing.",
        Q("41,500", 41500, h=50, subj="claim"),
        Q("49 weeks", 49, "week"),
    ),
    S(
        "India's courts have more than 5 crore pending cases, of which about 1.8 lakh have been "
        "pending for over 30 years.",
        Q("5 crore", 5e7, h=0.5e7, q="more_than", subj="case"),
        Q("1.8 lakh", 1.8e5, h=5000, q="approx", whole=5e7),
        Q("30 years", 30, "year", q="more_than"),
    ),
    S(
        "The Supreme Court will hear the appeal, case number UKSC 2024/0117, over two days starting "
        "on 4 February.",
        N("UKSC 2024/0117", REF),
        Q("two days", 2, "day"),
        N("4 February", DATE),
    ),
    S(
        "Judges will sit for 110,000 days in the crown court this financial year, up from 105,000 "
        "in 2023-24, after the cap on sitting days was lifted.",
        Q("110,000 days", 110000, "day", h=5000, subj="day"),
        Q("105,000", 105000, "day", h=500),
        N("2023-24", "financial year label"),
    ),
    S(
        "About 6 in 10 victims of rape withdraw from the process before their case reaches court, "
        "the commissioner said.",
        Q("6 in 10", 6, whole=10, q="approx", subj="victim", by="commissioner"),
    ),
    S(
        "The Old Bailey trial, expected to last 12 weeks, will begin in Court 2 on Monday.",
        Q("12 weeks", 12, "week", subj="trial"),
        N("Court 2", REF),
    ),
    S(
        "Half of all defendants in the crown court waited more than 200 days for their case to be "
        "resolved, the National Audit Office found.",
        Q("Half", 0.5, subj="defendant", by="National Audit"),
        Q("200 days", 200, "day", q="more_than"),
    ),
    S(
        "Legal aid spending fell to £1.9bn, and the number of firms doing criminal legal aid work "
        "dropped by a quarter in five years.",
        Q("£1.9bn", 1.9 * B, "GBP", h=0.05 * B, subj="spending"),
        Q("a quarter", 0.25, subj="firm"),
        Q("five years", 5, "year"),
    ),
    S(
        "The three judges reserved their decision, which is expected within 28 days.",
        N("three", DEF),
        Q("28 days", 28, "day"),
    ),
    # law, article and case numbers, addresses, dates and times (not claims)
    S(
        "Under Article 8 of the European Convention on Human Rights, the 1998 act protects the "
        "right to a private and family life.",
        N("Article 8", LAW),
        N("1998", LAW),
    ),
    S(
        "The men were charged under Section 4 of the Public Order Act 1986 and bailed to appear at "
        "Westminster Magistrates' Court on 22 October.",
        N("Section 4", LAW),
        N("1986", LAW),
        N("22 October", DATE),
    ),
    S(
        "The ruling in R v Jogee [2016] UKSC 8 changed the law on joint enterprise.",
        N("[2016] UKSC 8", REF),
    ),
    S(
        "The defendant, of Flat 4, 19 Mill Lane, Harrogate, was remanded in custody until 12 June "
        "2025.",
        N("Flat 4, 19 Mill Lane", ADDR),
        N("12 June", DATE),
        N("2025", DATE),
    ),
    S(
        "The hearing in Court 14 started at 10.30am and ended shortly after 4pm, when the judge "
        "adjourned it for a second time.",
        N("Court 14", REF),
        N("10.30am", TIME),
        N("4pm", TIME),
        N("second", ORD),
    ),
    S(
        "Rule 39 of the court's procedures allows it to order interim measures, which it did three "
        "times in 2023.",
        N("Rule 39", LAW),
        Q("three", 3, period="2023"),
        N("2023", YEAR),
    ),
    # hospitals, A&E and health services
    S(
        "The waiting list for hospital treatment in England fell to 7.42 million in August, with "
        "190,068 patients waiting longer than 52 weeks.",
        Q("7.42 million", 7.42 * M, h=0.005 * M, subj="list"),
        Q("190,068", 190068, whole=7.42 * M, subj="patient"),
        Q("52 weeks", 52, "week", q="more_than"),
    ),
    S(
        "Just 58.9% of patients started treatment within 18 weeks, far below the 92% standard that "
        "has not been met since 2016.",
        Q("58.9%", 58.9, "percent", h=0.05, subj="patient"),
        Q("18 weeks", 18, "week"),
        Q("92%", 92, "percent", subj="standard"),
        N("2016", YEAR),
    ),
    S(
        "A&E departments saw 74.2% of patients within four hours last month, and 54,000 people "
        "waited more than 12 hours from arrival.",
        Q("74.2%", 74.2, "percent", h=0.05),
        Q("four hours", 4, "hour"),
        Q("54,000", 54000, h=500, subj="people"),
        Q("12 hours", 12, "hour", q="more_than"),
    ),
    S(
        "Ambulances took an average of 32 minutes 14 seconds to reach heart attack and stroke "
        "patients in December, against a target of 18 minutes.",
        Q("32 minutes 14 seconds", 32 + 14 / 60, "minute"),
        Q("18 minutes", 18, "minute", subj="target"),
    ),
    S(
        "Nearly 1 in 4 patients at the trust waited longer than 4 hours in A&E, the Care Quality "
        "Commission said.",
        Q("1 in 4", 1, whole=4, q="below", subj="patient", by="Care Quality"),
        Q("4 hours", 4, "hour", q="more_than"),
    ),
    S(
        "The NHS in Wales has 792,000 patient pathways open, roughly a fifth of the population, "
        "Welsh government figures show.",
        Q("792,000", 792000, h=500, subj="pathway", by="government"),
        Q("a fifth", 0.2, q="approx"),
    ),
    S(
        "Cancer waits: only 67% of patients began treatment within 62 days of an urgent referral, "
        "against a target of 85%",
        Q("67%", 67, "percent", subj="patient"),
        Q("62 days", 62, "day"),
        Q("85%", 85, "percent", subj="target"),
    ),
    S(
        "Some 1.6 million people in England are waiting for mental health support, and 23% of "
        "under-18s referred wait more than three months, the charity Mind said.",
        Q("1.6 million", 1.6 * M, h=0.05 * M, q="approx", subj="people", by="Mind"),
        Q("23%", 23, "percent", by="Mind"),
        N("under-18s", "age group label"),
        Q("three months", 3, "month", q="more_than"),
    ),
    S(
        "GP appointments rose to 30.4 million in October, with 44% of them on the same day as "
        "booking.",
        Q("30.4 million", 30.4 * M, h=0.05 * M, subj="appointment"),
        Q("44%", 44, "percent", whole=30.4 * M),
    ),
    S(
        "The hospital in Ontario said patients spent a median of 21.4 hours in emergency before "
        "being admitted, up from 16 hours in 2019.",
        Q("21.4 hours", 21.4, "hour", h=0.05, by="hospital"),
        Q("16 hours", 16, "hour", period="2019"),
        N("2019", YEAR),
    ),
    S(
        "Some 2,300 operations were cancelled during the five-day strike by resident doctors, NHS "
        "England said.",
        Q("2,300", 2300, h=50, q="approx", subj="operation", by="NHS England"),
        Q("five-day", 5, "day", subj="strike"),
    ),
    S(
        "Dental charges in England will rise to £27.40 for a check-up and £326.70 for the most "
        "complex treatment from 1 April.",
        Q("£27.40", 27.4, "GBP", h=0.005),
        Q("£326.70", 326.7, "GBP", h=0.005),
        N("1 April", DATE),
    ),
    S(
        "For non-urgent advice, call NHS 111; in an emergency, always dial 999.",
        N("111", PHONE),
        N("999", PHONE),
    ),
    S(
        "Median elective surgery waits in NSW hospitals reached 54 days, while 97.1% of patients "
        "were treated on time, the Bureau of Health Information said.",
        Q("54 days", 54, "day", by="Bureau"),
        Q("97.1%", 97.1, "percent", h=0.05, subj="patient", by="Bureau"),
    ),
    # schools
    S(
        "The proportion of GCSE entries awarded a 7 or above fell 0.5 percentage points to 21.8% "
        "this summer.",
        N("7", "exam grade label"),
        Q("0.5 percentage points", 0.5, "percentage_point", h=0.05),
        Q("21.8%", 21.8, "percent", h=0.05, subj="entr"),
    ),
    S(
        "Just 61% of Year 6 pupils met the expected standard in reading, writing and maths, "
        "unchanged from 2023.",
        Q("61%", 61, "percent", subj="pupil"),
        N("Year 6", "school year label"),
        N("2023", YEAR),
    ),
    S(
        "Average class sizes in secondary schools rose to 22.7 pupils, the largest since records "
        "began in 1978, and 1,180 classes had more than 35 pupils.",
        Q("22.7", 22.7, h=0.05, subj="class"),
        N("1978", YEAR),
        Q("1,180", 1180, h=5, subj="class"),
        Q("35", 35, q="more_than", subj="pupil"),
    ),
    S(
        "Persistent absence fell to 18.7% in the autumn term, but about 150,000 children missed at "
        "least half of their lessons.",
        Q("18.7%", 18.7, "percent", h=0.05, subj="absence"),
        Q("150,000", 150000, h=5000, q="approx", subj="child"),
        Q("half", 0.5, q="at_least"),
    ),
    S(
        "Four in 10 schools in the county are running a deficit, and 7 of its 52 secondary schools "
        "expect to cut teaching posts next year.",
        Q("Four in 10", 4, whole=10, subj="school"),
        Q("7", 7, whole=52, subj="school"),
        Q("52", 52, subj="school"),
    ),
    S(
        "Teachers in England will receive a 4% pay rise from September, with starting salaries "
        "outside London reaching £32,916.",
        Q("4%", 4, "percent", subj="pay"),
        Q("£32,916", 32916, "GBP", subj="salar"),
    ),
    S(
        "Applications for secondary school places in the borough rose to 3,412 for 2,960 places, "
        "meaning about 450 children missed out on all their preferences.",
        Q("3,412", 3412, subj="application"),
        Q("2,960", 2960, h=5, subj="place"),
        Q("450", 450, h=5, q="approx", subj="child"),
    ),
    S(
        "The number of pupils with an education, health and care plan rose by 11.6% to 434,354 in "
        "January, the Department for Education said.",
        Q("11.6%", 11.6, "percent", h=0.05, subj="pupil", by="Department for Education"),
        Q("434,354", 434354, by="Department for Education"),
    ),
    S(
        "Private school pupil numbers fall by 11,000, or 1.9%, after VAT added to fees",
        Q("11,000", 11000, h=500, subj="pupil"),
        Q("1.9%", 1.9, "percent", h=0.05),
    ),
    S(
        "In Kenya, 965,501 candidates sat the national secondary school exam, and 201,133 of them "
        "got a C+ or better, the minimum grade for university entry.",
        Q("965,501", 965501, subj="candidate"),
        Q("201,133", 201133, whole=965501),
    ),
    S(
        "Students in Scotland achieved a pass rate of 77.1% in Higher exams, up 2.2 percentage "
        "points on 2024.",
        Q("77.1%", 77.1, "percent", h=0.05, subj="rate"),
        Q("2.2 percentage points", 2.2, "percentage_point", h=0.05),
        N("2024", YEAR),
    ),
    S(
        "Free school meals are now claimed by 2.1 million pupils, or 25.7% of all pupils, up from "
        "15.4% in 2019.",
        Q("2.1 million", 2.1 * M, h=0.05 * M, subj="pupil"),
        Q("25.7%", 25.7, "percent", h=0.05),
        Q("15.4%", 15.4, "percent", h=0.05, period="2019"),
        N("2019", YEAR),
    ),
    S(
        "University tuition fees in England will rise to £9,535 a year, the first increase since "
        "2017.",
        Q("£9,535", 9535, "GBP", subj="fee"),
        N("first", ORD),
        N("2017", YEAR),
    ),
    S(
        "The head teacher said 28 of the school's 31 teachers had voted to strike, and the school "
        "would close to all pupils except those in Year 11.",
        Q("28", 28, whole=31, subj="teacher", by="head teacher"),
        Q("31", 31, subj="teacher"),
        N("Year 11", "school year label"),
    ),
    S(
        "Twice as many children were excluded from school in the autumn term as five years ago, "
        "with 4,480 permanent exclusions.",
        N("five years ago", REL),
        Q("4,480", 4480, h=5, subj="exclusion"),
    ),
    S(
        "The government has cut the maximum class size in Irish primary schools to 23 pupils, down "
        "from 24 last year, the education minister said.",
        Q("23", 23, subj="class", by="minister"),
        Q("24", 24, by="minister"),
    ),
    S(
        "The school was ranked 1st of 412 in the county's league table, with an average "
        "Attainment 8 score of 71.2.",
        Q("1st", 1, "rank", whole=412),
        Q("412", 412),
        N("Attainment 8", "measure name"),
        Q("71.2", 71.2, h=0.05, subj="score"),
    ),
    # transport
    S(
        "Only 62.3% of trains on the line arrived within a minute of schedule in the four weeks to "
        "15 November, Network Rail figures show.",
        Q("62.3%", 62.3, "percent", h=0.05, subj="train", by="Network Rail"),
        Q("four weeks", 4, "week"),
        N("15 November", DATE),
    ),
    S(
        "Regulated rail fares will rise by 4.6% in March, adding £230 to the cost of an annual "
        "season ticket from Brighton to London.",
        Q("4.6%", 4.6, "percent", h=0.05, subj="fare"),
        Q("£230", 230, "GBP", h=5),
    ),
    S(
        "Cancellations on the operator's services reached 7.1%, the highest of any of the 14 train "
        "companies, the Office of Rail and Road said.",
        Q("7.1%", 7.1, "percent", h=0.05, subj="cancellation", by="Office of Rail"),
        Q("14", 14, subj="compan"),
    ),
    S(
        "The £2 cap on single bus fares in England will rise to £3 from January, with the change "
        "affecting some 3,400 routes.",
        Q("£2", 2, "GBP", subj="cap"),
        Q("£3", 3, "GBP"),
        Q("3,400", 3400, h=50, q="approx", subj="route"),
    ),
    S(
        "Deutsche Bahn said just 62.5% of its long-distance trains ran on time in 2024, where a "
        "train up to 5 minutes 59 seconds late counts as punctual.",
        Q("62.5%", 62.5, "percent", h=0.05, subj="train", period="2024", by="Deutsche Bahn"),
        N("2024", YEAR),
        Q("5 minutes 59 seconds", 5 + 59 / 60, "minute", q="up_to"),
    ),
    S(
        "Delhi Metro carried a record 78.67 lakh passengers on Tuesday, and fares on the airport "
        "line range from ₹10 to ₹60.",
        Q("78.67 lakh", 7.867e6, h=500, subj="passenger"),
        R("₹10 to ₹60", 10, 60, "INR", subj="fare"),
    ),
    S(
        "An annual travel pass in Sydney would cost commuters between A$2,500 and A$3,000 under "
        "the proposed changes.",
        R("A$2,500 and A$3,000", 2500, 3000, "AUD", subj="pass"),
    ),
    S(
        "Bus punctuality in Johannesburg fell to 54% after the fleet shrank from 290 to 171 buses, "
        "the city's transport department said.",
        Q("54%", 54, "percent", subj="punctuality", by="transport department"),
        Q("290", 290, h=5, subj="fleet"),
        Q("171", 171, subj="bus"),
    ),
    S(
        "Fares on Auckland's buses and trains rise 6.5% on Monday, taking a single adult fare in "
        "zone 1 to NZ$2.40.",
        Q("6.5%", 6.5, "percent", h=0.05, subj="fare"),
        N("zone 1", "fare zone label"),
        Q("NZ$2.40", 2.4, "NZD", h=0.005, subj="fare"),
    ),
    S(
        "Train drivers to strike for 72 hours from 6 May over 3% pay offer",
        Q("72 hours", 72, "hour"),
        N("6 May", DATE),
        Q("3%", 3, "percent", subj="offer"),
    ),
    S(
        "The new tram line will run every 6 minutes at peak times and cut the journey from the "
        "airport to 22 minutes.",
        Q("6 minutes", 6, "minute"),
        Q("22 minutes", 22, "minute", subj="journey"),
    ),
    S(
        "Passengers were stuck on the 07:42 service for more than three hours after it broke down "
        "near Junction 7 of the M1.",
        N("07:42", TIME),
        Q("three hours", 3, "hour", q="more_than"),
        N("Junction 7", REF),
        N("M1", REF),
    ),
    S(
        "Compensation claims for delays of 15 minutes or more totalled £128m last year, up a third "
        "on the year before.",
        Q("15 minutes", 15, "minute", q="at_least"),
        Q("£128m", 128 * M, "GBP", h=0.5 * M, subj="claim"),
        Q("a third", 1 / 3),
    ),
    # housing
    S(
        "Housing starts in England fell 13% to 29,680 in the three months to June, the government "
        "said.",
        Q("13%", 13, "percent", subj="start", by="government"),
        Q("29,680", 29680, h=5, subj="start", by="government"),
        Q("three months", 3, "month"),
    ),
    S(
        "Average private rents in London rose 10.4% in the year to March to £2,226 a month, the "
        "Office for National Statistics said.",
        Q("10.4%", 10.4, "percent", h=0.05, subj="rent", by="National Statistics"),
        Q("£2,226", 2226, "GBP", subj="rent", by="National Statistics"),
    ),
    S(
        "A couple on median incomes would spend 38% of their pay on rent for a two-bedroom flat in "
        "Bristol, up from 29% five years ago.",
        Q("38%", 38, "percent"),
        Q("two", 2),
        Q("29%", 29, "percent"),
        N("five years ago", REL),
    ),
    S(
        "Some 164,040 children were living in temporary accommodation in England at the end of "
        "March, including 2,900 in bed and breakfasts for more than six weeks.",
        Q("164,040", 164040, h=5, q="approx", subj="child"),
        Q("2,900", 2900, h=50, whole=164040),
        Q("six weeks", 6, "week", q="more_than"),
    ),
    S(
        "The council aims to build 1,500 homes by 2030, at least 40% of them affordable, on the "
        "former gasworks site at 200 Canal Street.",
        Q("1,500", 1500, h=50, subj="home"),
        N("2030", YEAR),
        Q("40%", 40, "percent", q="at_least", whole=1500),
        N("200 Canal Street", ADDR),
    ),
    S(
        "In Dublin, average asking rents hit €2,519 a month, almost twice the level of a decade "
        "earlier, according to Daft.ie.",
        Q("€2,519", 2519, "EUR", subj="rent", by="Daft"),
    ),
    S(
        "Average house prices in Sydney reached A$1.59m, about 13 times the median household "
        "income.",
        Q("A$1.59m", 1.59 * M, "AUD", h=0.005 * M, subj="price"),
        Q("13", 13, q="approx"),
    ),
    S(
        "Typical two-year mortgage fix drops to 4.98%, lowest since June",
        Q("two-year", 2, "year"),
        Q("4.98%", 4.98, "percent", h=0.005, subj="fix"),
    ),
    S(
        "Social rents will be allowed to rise by up to CPI plus 1% each year for 10 years from "
        "April 2026, the housing minister said.",
        Q("1%", 1, "percent"),
        Q("10 years", 10, "year", by="housing minister"),
        N("2026", YEAR),
    ),
    S(
        "Nearly 1.3 million households are on council waiting lists in England, and 1 in 10 has "
        "been waiting for more than 10 years.",
        Q("1.3 million", 1.3 * M, h=0.05 * M, q="below", subj="household"),
        Q("1 in 10", 1, whole=10),
        Q("10 years", 10, "year", q="more_than"),
    ),
    S(
        "Planning permission was granted for 253,000 homes in the year, but only a third of them "
        "have been started, the Home Builders Federation said.",
        Q("253,000", 253000, h=500, subj="home", by="Home Builders"),
        Q("a third", 1 / 3, whole=253000, by="Home Builders"),
    ),
    # pensions and benefits
    S(
        "The full new state pension will rise by 4.7% to £241.30 a week from April, an increase of "
        "about £560 a year.",
        Q("4.7%", 4.7, "percent", h=0.05, subj="pension"),
        Q("£241.30", 241.3, "GBP", h=0.005, subj="pension"),
        Q("£560", 560, "GBP", h=5, q="approx"),
    ),
    S(
        "Around 880,000 pensioners are entitled to pension credit but do not claim it, missing out "
        "on an average of £3,900 a year each.",
        Q("880,000", 880000, h=5000, q="approx", subj="pensioner"),
        Q("£3,900", 3900, "GBP", h=50),
    ),
    S(
        "Universal credit is now claimed by 7.6 million people, 38% of whom are in work, "
        "Department for Work and Pensions figures show.",
        Q("7.6 million", 7.6 * M, h=0.05 * M, subj="credit", by="Work and Pensions"),
        Q("38%", 38, "percent", whole=7.6 * M, by="Work and Pensions"),
    ),
    S(
        "The two-child limit affects about 1.6 million children in 440,000 families, according to "
        "the Resolution Foundation.",
        N("two-child", "name of a policy"),
        Q("1.6 million", 1.6 * M, h=0.05 * M, q="approx", subj="child", by="Resolution"),
        Q("440,000", 440000, h=5000, subj="famil", by="Resolution"),
    ),
    S(
        "South Africa's social relief of distress grant of R370 a month reaches some 9 million "
        "people, at a cost of R35bn a year.",
        Q("R370", 370, "ZAR", h=5, subj="grant"),
        Q("9 million", 9 * M, h=0.5 * M, q="approx", subj="people"),
        Q("R35bn", 35 * B, "ZAR", h=0.5 * B, subj="cost"),
    ),
    S(
        "The winter fuel payment of £200 to £300 will now go only to pensioners with incomes of "
        "£35,000 or less.",
        R("£200 to £300", 200, 300, "GBP", subj="payment"),
        Q("£35,000", 35000, "GBP", h=500, q="up_to"),
    ),
    S(
        "In France, the legal retirement age is rising from 62 to 64, and pensions will go up 2.2% "
        "on 1 January.",
        Q("62", 62, "age_year", subj="age"),
        Q("64", 64, "age_year", subj="age"),
        Q("2.2%", 2.2, "percent", h=0.05, subj="pension"),
        N("1 January", DATE),
    ),
    S(
        "Personal independence payment claims from people aged 16 to 24 with anxiety or depression "
        "have more than doubled to 150,000 since 2019.",
        R("16 to 24", 16, 24, "age_year"),
        Q("150,000", 150000, h=5000, subj="claim", period="since 2019"),
        N("2019", YEAR),
    ),
    S(
        "Canada's Old Age Security benefit will rise 1.2% to C$727.67 a month for recipients aged "
        "65 to 74 from July.",
        Q("1.2%", 1.2, "percent", h=0.05),
        Q("C$727.67", 727.67, "CAD", h=0.005, subj="benefit"),
        R("65 to 74", 65, 74, "age_year"),
    ),
    S(
        "Benefit fraud and error cost the taxpayer £9.5bn in 2024-25, or 3.3% of all benefit "
        "spending, the DWP estimates.",
        Q("£9.5bn", 9.5 * B, "GBP", h=0.05 * B, subj="fraud", by="DWP"),
        N("2024-25", "financial year label"),
        Q("3.3%", 3.3, "percent", h=0.05, by="DWP"),
    ),
    S(
        "Social Security payments will rise 2.5% in January, adding about $49 a month to the "
        "average retirement benefit of $1,976.",
        Q("2.5%", 2.5, "percent", h=0.05, subj="payment"),
        Q("$49", 49, "USD", q="approx"),
        Q("$1,976", 1976, "USD", subj="benefit"),
    ),
    # --- batch 9 (unseen round, scored before its fixes): technology, prices, labour and fact-checks
    # --- batch 9: technology and media
    S(
        "The streaming service added 8.1 million subscribers in the third quarter, taking its "
        "total to 247.2 million, the company said.",
        Q("8.1 million", 8.1 * M, h=0.05 * M, subj="subscriber", by="company"),
        N("third quarter", "quarter label"),
        Q("247.2 million", 247.2 * M, h=0.05 * M, by="company"),
    ),
    S(
        "Apple shipped about 52.3 million iPhones in the three months to December, with the "
        "iPhone 15 its best-selling model, Counterpoint Research said.",
        Q("52.3 million", 52.3 * M, h=0.05 * M, q="approx", subj="iPhone", by="Counterpoint"),
        Q("three months", 3, "month"),
        N("iPhone 15", MODEL),
    ),
    S(
        "The A17 Pro chip packs 19 billion transistors, against 16 billion in the A16.",
        N("A17", MODEL),
        Q("19 billion", 19 * B, h=0.5 * B, subj="transistor"),
        Q("16 billion", 16 * B, h=0.5 * B),
        N("A16", MODEL),
    ),
    S(
        "A data breach at the telecoms group exposed the names and passport numbers of 9.8 million "
        "customers, about 40% of its user base.",
        Q("9.8 million", 9.8 * M, h=0.05 * M, subj="customer"),
        Q("40%", 40, "percent", q="approx"),
    ),
    S(
        "The hackers claimed to have stolen the records of up to 560 million users, a figure the "
        "ticketing company disputes.",
        Q("560 million", 560 * M, h=0.5 * M, q="up_to", subj="user", by="hacker"),
    ),
    S(
        "The messaging app was downloaded 25 million times in the 72 hours after its launch, "
        "according to Sensor Tower.",
        Q("25 million", 25 * M, h=0.5 * M, by="Sensor Tower"),
        Q("72 hours", 72, "hour"),
    ),
    S(
        "OpenAI says more than 200 million people now use ChatGPT every week, double the figure it "
        "gave last year.",
        Q("200 million", 200 * M, q="more_than", subj="people", by="OpenAI"),
    ),
    S(
        "GPT-4o answered 88.7% of the questions correctly, against 85.9% for Gemini 1.5 Pro, the "
        "researchers found.",
        N("GPT-4o", MODEL),
        Q("88.7%", 88.7, "percent", h=0.05, by="researchers"),
        Q("85.9%", 85.9, "percent", h=0.05, by="researchers"),
        N("Gemini 1.5 Pro", MODEL),
    ),
    S(
        "Nvidia's H100 chips sell for $25,000 to $40,000 each, analysts estimate.",
        N("H100", MODEL),
        R("$25,000 to $40,000", 25000, 40000, "USD", by="analysts"),
    ),
    S(
        "Nintendo has now sold 146.04 million Switch consoles, overtaking the Game Boy's 118.69 "
        "million.",
        Q("146.04 million", 146.04 * M, h=0.005 * M, subj="console"),
        Q("118.69 million", 118.69 * M, h=0.005 * M),
    ),
    S(
        "Netflix tops 300 million paid memberships as cheaper ad tier takes off",
        Q("300 million", 300 * M, h=0.5 * M, q="more_than", subj="membership"),
    ),
    S(
        "The broadcaster's main evening bulletin drew an average audience of 4.2m viewers, down "
        "from 5.1m a year earlier.",
        Q("4.2m", 4.2 * M, h=0.05 * M, subj="audience"),
        Q("5.1m", 5.1 * M, h=0.05 * M),
        N("a year", REL),
    ),
    S(
        "Almost 3 in 10 adults now get their news mainly from TikTok or Instagram, an Ofcom survey "
        "of 4,100 people found.",
        Q("3 in 10", 3, whole=10, q="below", subj="adult", by="Ofcom"),
        Q("4,100", 4100, h=50, subj="people"),
    ),
    S(
        "Spotify's monthly active users rose 11% year on year to 640 million, of whom 252 million "
        "pay for a subscription.",
        Q("11%", 11, "percent", subj="user"),
        Q("640 million", 640 * M, h=0.5 * M, subj="user"),
        Q("252 million", 252 * M, h=0.5 * M, whole=640 * M),
    ),
    S(
        "Support for Windows 10 ends on 14 October 2025, leaving some 240 million PCs without "
        "security updates, Canalys said.",
        N("Windows 10", MODEL),
        N("14 October 2025", DATE),
        Q("240 million", 240 * M, h=0.5 * M, q="approx", subj="PC", by="Canalys"),
    ),
    S(
        "PC shipments fell 2.4% to 62.7 million in the second quarter, the third consecutive "
        "decline, IDC said.",
        Q("2.4%", 2.4, "percent", h=0.05, subj="shipment", by="IDC"),
        Q("62.7 million", 62.7 * M, h=0.05 * M, subj="shipment", by="IDC"),
        N("second quarter", "quarter label"),
        N("third", ORD),
    ),
    S(
        "The Galaxy Z Fold6 starts at ₩2.22 million in South Korea, about ₩130,000 more than its "
        "predecessor.",
        N("Galaxy Z Fold6", MODEL),
        Q("₩2.22 million", 2.22 * M, "KRW", h=0.005 * M),
        Q("₩130,000", 130000, "KRW", h=5000, q="approx"),
    ),
    S(
        "The 5G network now covers 92% of the population but only 41% of the country's land area, "
        "the regulator said.",
        N("5G", MODEL),
        Q("92%", 92, "percent", by="regulator"),
        Q("41%", 41, "percent", by="regulator"),
    ),
    S(
        "Sales of 4K televisions in Europe rose to 14.8 million units last year.",
        N("4K", "video format, not a figure"),
        Q("14.8 million", 14.8 * M, h=0.05 * M, subj="television"),
    ),
    S(
        "The ransomware attack on the hospital group forced the cancellation of 1,134 operations "
        "and 2,194 outpatient appointments over 13 days.",
        Q("1,134", 1134, subj="operation"),
        Q("2,194", 2194, subj="appointment"),
        Q("13 days", 13, "day"),
    ),
    S(
        "The bank was fined £12.5m after a 2022 IT failure locked 2.5m customers out of their "
        "accounts for up to 36 hours.",
        Q("£12.5m", 12.5 * M, "GBP", h=0.05 * M),
        N("2022", YEAR),
        Q("2.5m", 2.5 * M, h=0.05 * M, subj="customer"),
        Q("36 hours", 36, "hour", q="up_to"),
    ),
    S(
        "Threads had 275 million monthly users in November, Meta said, less than a year after it "
        "launched.",
        Q("275 million", 275 * M, h=0.5 * M, subj="user", by="Meta"),
    ),
    S(
        "Video of the speech viewed 48m times in 24 hours",
        Q("48m", 48 * M, h=0.5 * M),
        Q("24 hours", 24, "hour"),
    ),
    S(
        "The 256GB model costs €1,199, while the 1TB version is priced at €1,849.",
        Q("256GB", 256, "GB"),
        Q("€1,199", 1199, "EUR"),
        Q("1TB", 1, "TB"),
        Q("€1,849", 1849, "EUR"),
    ),
    S(
        "The game sold 10 million copies in its first three days, the fastest launch in the "
        "publisher's history.",
        Q("10 million", 10 * M, h=0.5 * M, subj="cop"),
        N("first", ORD),
        Q("three days", 3, "day"),
    ),
    S(
        "Subscriptions at the newspaper rose to 11.1 million, including 10.5 million digital-only "
        "ones.",
        Q("11.1 million", 11.1 * M, h=0.05 * M, subj="subscription"),
        Q("10.5 million", 10.5 * M, h=0.05 * M, whole=11.1 * M),
    ),
    S(
        "One in five smartphones sold in India last year was made by Xiaomi, Counterpoint "
        "estimates.",
        Q("One in five", 1, whole=5, subj="smartphone", by="Counterpoint"),
    ),
    S(
        "Twelve of the 20 most downloaded apps in the US last month were owned by Chinese "
        "companies, the report found.",
        Q("Twelve", 12, whole=20, by="report"),
        Q("20", 20, subj="app"),
    ),
    S(
        "TSMC expects revenue to grow by nearly 30% this year as demand soars for AI chips made on "
        "its 3nm process.",
        Q("30%", 30, "percent", q="below", subj="revenue"),
        N("3nm", "process node name"),
    ),
    S(
        "The app's 170 million American users could lose access if the ban takes effect on 19 "
        "January.",
        Q("170 million", 170 * M, h=0.5 * M, subj="user"),
        N("19 January", DATE),
    ),
    S(
        "The outage lasted almost seven hours and hit about 8,500 businesses, the payments firm "
        "said.",
        Q("seven hours", 7, "hour", q="below"),
        Q("8,500", 8500, h=50, q="approx", subj="business", by="firm"),
    ),
    S(
        "US podcast advertising revenue is forecast to reach $2.6bn in 2025, up from $1.9bn in "
        "2023, according to the Interactive Advertising Bureau.",
        Q("$2.6bn", 2.6 * B, "USD", h=0.05 * B, subj="revenue", period="2025", by="Advertising"),
        N("2025", YEAR),
        Q("$1.9bn", 1.9 * B, "USD", h=0.05 * B, period="2023", by="Advertising"),
        N("2023", YEAR),
    ),
    S(
        "Shoppers bought more than 200 million items during the two-day Prime Day event, Amazon "
        "said.",
        Q("200 million", 200 * M, q="more_than", subj="item", by="Amazon"),
        Q("two-day", 2, "day"),
    ),
    S(
        "The social network removed 1.7 billion fake accounts in the first quarter.",
        Q("1.7 billion", 1.7 * B, h=0.05 * B, subj="account"),
        N("first quarter", "quarter label"),
    ),
    S(
        "The PlayStation 5 accounts for 58% of console sales in Europe this year, GfK data show.",
        N("5", MODEL),
        Q("58%", 58, "percent", subj="sale", by="GfK"),
    ),
    S(
        "Some 5.2 billion people, or 63.9% of the world's population, now use social media, a "
        "DataReportal study found.",
        Q("5.2 billion", 5.2 * B, h=0.05 * B, q="approx", subj="people", by="DataReportal"),
        Q("63.9%", 63.9, "percent", h=0.05, by="DataReportal"),
    ),
    S(
        "Cyber attacks cost the average medium-sized business £10,830 in the past 12 months, a "
        "government survey found.",
        Q("£10,830", 10830, "GBP", h=5, by="survey"),
        Q("12 months", 12, "month"),
    ),
    S(
        "Google cut the price of the Pixel 8 by $100 to $599 ahead of the holidays.",
        N("Pixel 8", MODEL),
        Q("$100", 100, "USD", h=5),
        Q("$599", 599, "USD", subj="price"),
    ),
    S(
        "The phone has a 6.1-inch screen and 8GB of memory, and goes on sale for $799 on 22 "
        "September.",
        Q("6.1-inch", 6.1, "in", h=0.05),
        Q("8GB", 8, "GB", subj="memory"),
        Q("$799", 799, "USD"),
        N("22 September", DATE),
    ),
    S(
        "Data breach: 1.2 million patient records exposed in 3am cyber attack, hospital trust says",
        Q("1.2 million", 1.2 * M, h=0.05 * M, subj="record", by="trust"),
        N("3am", TIME),
    ),
    S(
        "The company agreed to pay $2.5bn to settle claims that it misled 43 million users about "
        "their privacy settings.",
        Q("$2.5bn", 2.5 * B, "USD", h=0.05 * B),
        Q("43 million", 43 * M, h=0.5 * M, subj="user"),
    ),
    S(
        "The online bank now has 11 million customers in Britain, making it the country's sixth "
        "largest by accounts.",
        Q("11 million", 11 * M, h=0.5 * M, subj="customer"),
        Q("sixth", 6, "rank"),
    ),
    S(
        "Shares in the two companies jumped after the 7.30am announcement that the merged group "
        "would have 34 million mobile customers.",
        N("two", DEF),
        N("7.30am", TIME),
        Q("34 million", 34 * M, h=0.5 * M, subj="customer"),
    ),
    # --- consumer prices and personal finance
    S(
        "UK inflation fell to 2.3% in April from 3.2% in March, the lowest rate in almost three "
        "years, the ONS said.",
        Q("2.3%", 2.3, "percent", h=0.05, subj="inflation", by="ONS"),
        Q("3.2%", 3.2, "percent", h=0.05, by="ONS"),
        Q("three years", 3, "year", q="below"),
    ),
    S(
        "Eurozone consumer prices rose 2.4% in the year to November, Eurostat's flash estimate "
        "showed, with services inflation steady at 4%.",
        Q("2.4%", 2.4, "percent", h=0.05, subj="price", by="Eurostat"),
        Q("4%", 4, "percent", occ=2, subj="services"),
    ),
    S(
        "The Bank of England cut interest rates by a quarter-point to 4.75%, its second cut since "
        "2020.",
        Q("a quarter-point", 0.25, "percentage_point", subj="rate"),
        Q("4.75%", 4.75, "percent", h=0.005, subj="rate"),
        N("second", ORD),
        N("2020", YEAR),
    ),
    S(
        "The Fed lowered its benchmark rate by 50 basis points to a range of 4.75%-5%, its first "
        "cut in four years.",
        Q("50 basis points", 0.5, "percentage_point", subj="rate"),
        R("4.75%-5%", 4.75, 5, "percent"),
        N("first", ORD),
        Q("four years", 4, "year"),
    ),
    S(
        "The average five-year fixed mortgage rate has fallen 38 basis points in a month to "
        "4.96%, Moneyfacts said.",
        Q("five-year", 5, "year"),
        Q("38 basis points", 0.38, "percentage_point", by="Moneyfacts"),
        Q("4.96%", 4.96, "percent", h=0.005, subj="rate", by="Moneyfacts"),
    ),
    S(
        "About 1.6 million households will come off fixed-rate deals next year, typically facing "
        "increases of £200 to £300 a month.",
        Q("1.6 million", 1.6 * M, h=0.05 * M, q="approx", subj="household"),
        R("£200 to £300", 200, 300, "GBP"),
    ),
    S(
        "The energy price cap will rise 10% to £1,717 a year for a typical household from 1 "
        "October, Ofgem said.",
        Q("10%", 10, "percent", subj="cap", by="Ofgem"),
        Q("£1,717", 1717, "GBP", subj="cap", by="Ofgem"),
        N("1 October", DATE),
    ),
    S(
        "Unleaded petrol fell 4.2p to 137.5p a litre in October, the biggest monthly drop since "
        "2022, according to the RAC.",
        Q("4.2p", 0.042, "GBP", h=0.0005, by="RAC"),
        Q("137.5p", 1.375, "GBP", h=0.0005, subj="petrol", by="RAC"),
        N("2022", YEAR),
    ),
    S(
        "Diesel costs €1.64 a litre in Germany, against €1.49 in France and €1.79 in Denmark.",
        Q("€1.64", 1.64, "EUR", h=0.005, subj="diesel"),
        Q("€1.49", 1.49, "EUR", h=0.005),
        Q("€1.79", 1.79, "EUR", h=0.005),
    ),
    S(
        "In Nigeria, petrol has more than tripled in price to about ₦1,030 a litre since the "
        "subsidy was scrapped in May 2023.",
        Q("₦1,030", 1030, "NGN", h=5, q="approx", subj="petrol"),
        N("May 2023", DATE),
    ),
    S(
        "Nigeria's annual inflation rate climbed to 33.69% in April, the highest in nearly three "
        "decades, the National Bureau of Statistics said.",
        Q("33.69%", 33.69, "percent", h=0.005, subj="inflation", by="Bureau of Statistics"),
        Q("three decades", 30, "year", q="below"),
    ),
    S(
        "Mexico's headline inflation eased to 4.55% in the first half of September, while core "
        "prices rose 3.95%.",
        Q("4.55%", 4.55, "percent", h=0.005, subj="inflation"),
        N("first half", "period label"),
        Q("3.95%", 3.95, "percent", h=0.005),
    ),
    S(
        "Mexico's daily minimum wage to rise 12% to MXN 278.80 in January",
        Q("12%", 12, "percent", subj="wage"),
        Q("MXN 278.80", 278.8, "MXN", h=0.005, subj="wage"),
    ),
    S(
        "Japan's core consumer prices rose 2.8% from a year earlier, keeping inflation above the "
        "central bank's 2% target for a 30th straight month.",
        Q("2.8%", 2.8, "percent", h=0.05, subj="price"),
        N("a year", REL),
        Q("2%", 2, "percent", subj="target"),
        N("30th", ORD),
    ),
    S(
        "A 5kg bag of rice now sells for about ¥4,200 in Tokyo supermarkets, almost double the "
        "price of a year ago.",
        Q("5kg", 5, "kg"),
        Q("¥4,200", 4200, "JPY", h=50, q="approx", subj="rice"),
        N("a year", REL),
    ),
    S(
        "South Korea's consumer prices rose 1.6% in September, the slowest pace in three and a "
        "half years.",
        Q("1.6%", 1.6, "percent", h=0.05, subj="price"),
        Q("three and a half years", 3.5, "year"),
    ),
    S(
        "Average credit card debt reached $6,380 per borrower in the third quarter, up 4.9% from "
        "a year earlier, TransUnion said.",
        Q("$6,380", 6380, "USD", h=5, subj="debt", by="TransUnion"),
        N("third quarter", "quarter label"),
        Q("4.9%", 4.9, "percent", h=0.05, by="TransUnion"),
        N("a year", REL),
    ),
    S(
        "Americans owe a record $1.17 trillion on their credit cards, according to the New York "
        "Fed.",
        Q("$1.17 trillion", 1.17 * T, "USD", h=0.005 * T, by="New York Fed"),
    ),
    S(
        "The average interest rate on credit cards stands at 21.76%, compared with 14.65% in 2021.",
        Q("21.76%", 21.76, "percent", h=0.005, subj="rate"),
        Q("14.65%", 14.65, "percent", h=0.005, period="2021"),
        N("2021", YEAR),
    ),
    S(
        "Nearly half of UK adults have less than £1,000 in savings, according to a poll of 2,000 "
        "people for the Money and Pensions Service.",
        Q("half", 0.5, q="below", subj="adult", by="Money and Pensions"),
        Q("£1,000", 1000, "GBP", q="less_than"),
        Q("2,000", 2000, h=100, subj="people"),
    ),
    S(
        "Easy-access savings accounts pay an average of 3.12%, while the best one-year fixed bonds "
        "offer up to 5.1%.",
        Q("3.12%", 3.12, "percent", h=0.005),
        Q("one-year", 1, "year"),
        Q("5.1%", 5.1, "percent", h=0.05, q="up_to"),
    ),
    S(
        "Grocery price inflation slowed to 1.9% in the four weeks to 3 November, Kantar said, "
        "though chocolate prices were up 11.7%.",
        Q("1.9%", 1.9, "percent", h=0.05, subj="inflation", by="Kantar"),
        Q("four weeks", 4, "week"),
        N("3 November", DATE),
        Q("11.7%", 11.7, "percent", h=0.05, by="Kantar"),
    ),
    S(
        "Rents on new lets rose 8.6% in the year to July, with the average tenant in London now "
        "paying £2,121 a month.",
        Q("8.6%", 8.6, "percent", h=0.05, subj="rent"),
        Q("£2,121", 2121, "GBP"),
    ),
    S(
        "Household energy bills are still about 40% higher than in the winter of 2021",
        Q("40%", 40, "percent", q="approx", subj="bill"),
        N("2021", YEAR),
    ),
    S(
        "A litre of whole milk costs €1.19 in Spanish supermarkets, up from €0.87 in 2021.",
        Q("€1.19", 1.19, "EUR", h=0.005, subj="milk"),
        Q("€0.87", 0.87, "EUR", h=0.005, period="2021"),
        N("2021", YEAR),
    ),
    S(
        "US gasoline prices averaged $3.18 a gallon on Monday, down 24 cents from a month ago, "
        "according to AAA.",
        Q("$3.18", 3.18, "USD", h=0.005, subj="price", by="AAA"),
        Q("24 cents", 0.24, "USD", by="AAA"),
        N("a month", REL),
    ),
    S(
        "The typical household will pay £149 more a year for water from April, an average rise of "
        "26%, Water UK said.",
        Q("£149", 149, "GBP", by="Water UK"),
        Q("26%", 26, "percent", by="Water UK"),
    ),
    S(
        "India's retail inflation jumped to 6.21% in October, breaching the central bank's upper "
        "limit of 6% for the first time in 14 months.",
        Q("6.21%", 6.21, "percent", h=0.005, subj="inflation"),
        Q("6%", 6, "percent", subj="limit"),
        N("first", ORD),
        Q("14 months", 14, "month"),
    ),
    S(
        "Argentina's monthly inflation slowed to 2.7% in October, the lowest in almost four years, "
        "while the annual rate stood at 193%.",
        Q("2.7%", 2.7, "percent", h=0.05, subj="inflation"),
        Q("four years", 4, "year", q="below"),
        Q("193%", 193, "percent", subj="rate"),
    ),
    S(
        "The state pension will increase by 4.1% in April, worth up to £470 a year for those on "
        "the full new pension.",
        Q("4.1%", 4.1, "percent", h=0.05, subj="pension"),
        Q("£470", 470, "GBP", q="up_to"),
    ),
    S(
        "Average two-year fixed mortgage rate falls below 5% for first time since June",
        Q("two-year", 2, "year"),
        Q("5%", 5, "percent", q="less_than", subj="rate"),
        N("first", ORD),
    ),
    S(
        "A first-time buyer in the city now needs a deposit of about £61,000, or 9.3 times the "
        "median salary.",
        N("first", ORD),
        Q("£61,000", 61000, "GBP", h=500, q="approx", subj="deposit"),
        Q("9.3", 9.3, h=0.05),
    ),
    S(
        "The ECB lowered its deposit rate by 25 basis points to 3.25% on Thursday, its third cut "
        "this year.",
        Q("25 basis points", 0.25, "percentage_point", subj="rate"),
        Q("3.25%", 3.25, "percent", h=0.005, subj="rate"),
        N("third", ORD),
    ),
    S(
        "Brazil's central bank raised the Selic by 1 percentage point to 12.25% and signalled two "
        "more hikes of the same size",
        Q("1 percentage point", 1, "percentage_point", subj="Selic"),
        Q("12.25%", 12.25, "percent", h=0.005),
        Q("two", 2, subj="hike"),
    ),
    S(
        "The Bank of Korea cut its base rate by a quarter of a percentage point to 3%, the first "
        "reduction in more than three years.",
        Q("a quarter of a percentage point", 0.25, "percentage_point", subj="rate", by="Bank of Korea"),
        Q("3%", 3, "percent", subj="rate"),
        N("first", ORD),
        Q("three years", 3, "year", q="more_than"),
    ),
    S(
        "Savers have £296bn sitting in accounts that pay no interest at all, the consumer group "
        "said.",
        Q("£296bn", 296 * B, "GBP", h=0.5 * B, by="consumer group"),
    ),
    S(
        "House prices rose 0.7% in November, taking the annual rate to 3.7% and the average price "
        "to £268,144, Nationwide said.",
        Q("0.7%", 0.7, "percent", h=0.05, subj="price", by="Nationwide"),
        Q("3.7%", 3.7, "percent", h=0.05, by="Nationwide"),
        Q("£268,144", 268144, "GBP", subj="price", by="Nationwide"),
    ),
    S(
        "The 10-year Treasury yield rose 12 basis points to 4.41% after the jobs report.",
        Q("10-year", 10, "year"),
        Q("12 basis points", 0.12, "percentage_point", subj="yield"),
        Q("4.41%", 4.41, "percent", h=0.005, subj="yield"),
    ),
    S(
        "The yen weakened past ¥150 to the dollar for the first time since August",
        Q("¥150", 150, "JPY", h=5, q="more_than"),
        N("first", ORD),
    ),
    S(
        "Energy bills for a typical German household have nearly doubled since 2021 to about "
        "€2,400 a year.",
        N("2021", YEAR),
        Q("€2,400", 2400, "EUR", h=50, q="approx", subj="bill"),
    ),
    S(
        "Household debt in South Korea reached 1,913.8 trillion won at the end of September, up 18 "
        "trillion won in three months, the Bank of Korea said.",
        Q("1,913.8 trillion won", 1913.8 * T, "KRW", h=0.05 * T, subj="debt", by="Bank of Korea"),
        Q("18 trillion won", 18 * T, "KRW", h=0.5 * T, by="Bank of Korea"),
        Q("three months", 3, "month"),
    ),
    S(
        "Chinese consumers spent 1.2 trillion yuan during the week-long national day holiday, "
        "official data show.",
        Q("1.2 trillion yuan", 1.2 * T, "CNY", h=0.05 * T, by="data"),
    ),
    S(
        "Energy price cap to fall 7% from 1 July, saving typical household £122 a year",
        Q("7%", 7, "percent", subj="cap"),
        N("1 July", DATE),
        Q("£122", 122, "GBP"),
    ),
    S(
        "The personal tax allowance will stay frozen at £12,570 until 2028, the Treasury confirmed.",
        Q("£12,570", 12570, "GBP", h=5, subj="allowance", by="Treasury"),
        N("2028", YEAR),
    ),
    S(
        "Inflation in Turkey was 71.6% in June 2024; by December it had fallen to 44.4%.",
        Q("71.6%", 71.6, "percent", h=0.05, subj="inflation", period="2024-06"),
        N("June 2024", DATE),
        Q("44.4%", 44.4, "percent", h=0.05),
    ),
    S(
        "Credit card arrears among under-30s have doubled in two years, the debt charity said.",
        N("under-30s", "age group label"),
        Q("two years", 2, "year"),
    ),
    # --- labour market and demographics
    S(
        "The US economy added 254,000 jobs in September, far more than the 150,000 economists had "
        "expected, and the unemployment rate dipped to 4.1%.",
        Q("254,000", 254000, h=500, subj="job"),
        Q("150,000", 150000, h=5000),
        Q("4.1%", 4.1, "percent", h=0.05, subj="unemployment"),
    ),
    S(
        "Nonfarm payrolls rose by just 12,000 in October, the weakest gain since December 2020, as "
        "hurricanes and a strike at Boeing weighed on hiring, the Labor Department said.",
        Q("12,000", 12000, h=500, subj="payroll", by="Labor Department"),
        N("December 2020", DATE),
    ),
    S(
        "The UK unemployment rate rose 0.2 percentage points to 4.3% in the three months to August, "
        "the ONS said.",
        Q("0.2 percentage points", 0.2, "percentage_point", h=0.05, by="ONS"),
        Q("4.3%", 4.3, "percent", h=0.05, subj="unemployment", by="ONS"),
        Q("three months", 3, "month"),
    ),
    S(
        "Youth unemployment in Spain fell to 26.5%, still more than double the EU average of 14.8%.",
        Q("26.5%", 26.5, "percent", h=0.05, subj="unemployment"),
        Q("14.8%", 14.8, "percent", h=0.05),
    ),
    S(
        "Regular pay, excluding bonuses, grew 4.9% a year, while real wages rose 1.9% once "
        "inflation is taken into account.",
        Q("4.9%", 4.9, "percent", h=0.05, subj="pay"),
        Q("1.9%", 1.9, "percent", h=0.05, subj="wage"),
    ),
    S(
        "The national living wage will rise 6.7% to £12.21 an hour from April, worth £1,400 a year "
        "to a full-time worker, the Treasury said.",
        Q("6.7%", 6.7, "percent", h=0.05, subj="wage", by="Treasury"),
        Q("£12.21", 12.21, "GBP", h=0.005, subj="wage", by="Treasury"),
        Q("£1,400", 1400, "GBP", h=50, by="Treasury"),
    ),
    S(
        "About 2,300 workers at the port walked out for 48 hours over pay, halting 60% of "
        "container traffic, the union said.",
        Q("2,300", 2300, h=50, q="approx", subj="worker", by="union"),
        Q("48 hours", 48, "hour"),
        Q("60%", 60, "percent", by="union"),
    ),
    S(
        "Strikes cost the economy 2.7 million working days in 2023, the most since 1989, the ONS "
        "said.",
        Q("2.7 million", 2.7 * M, h=0.05 * M, subj="day", period="2023", by="ONS"),
        N("2023", YEAR),
        N("1989", YEAR),
    ),
    S(
        "Some 33,000 machinists at the planemaker voted to end a 53-day strike after accepting a "
        "38% pay rise over four years.",
        Q("33,000", 33000, h=500, q="approx", subj="machinist"),
        Q("53-day", 53, "day"),
        Q("38%", 38, "percent", subj="pay"),
        Q("four years", 4, "year"),
    ),
    S(
        "Resident doctors staged 11 strikes between December 2022 and July 2024, and more than "
        "1.5 million appointments had to be rescheduled.",
        Q("11", 11, subj="strike"),
        N("December 2022", DATE),
        N("July 2024", DATE),
        Q("1.5 million", 1.5 * M, q="more_than", subj="appointment"),
    ),
    S(
        "The carmaker will cut 3,500 jobs in Germany by 2030, about one in eight of its workforce "
        "there.",
        Q("3,500", 3500, h=50, subj="job"),
        N("2030", YEAR),
        Q("one in eight", 1, whole=8, q="approx"),
    ),
    S(
        "Job vacancies fell by 34,000 to 857,000 in the three months to October, the 26th "
        "consecutive fall, but remain above pre-pandemic levels.",
        Q("34,000", 34000, h=500),
        Q("857,000", 857000, h=500, subj="vacanc"),
        Q("three months", 3, "month"),
        N("26th", ORD),
    ),
    S(
        "Japan recorded 727,277 births in 2023, the eighth straight annual drop, while deaths hit a "
        "record 1.58 million.",
        Q("727,277", 727277, subj="birth", period="2023"),
        N("2023", YEAR),
        N("eighth", ORD),
        Q("1.58 million", 1.58 * M, h=0.005 * M, subj="death"),
    ),
    S(
        "South Korea's fertility rate fell to 0.72 children per woman in 2023, the lowest in the "
        "world.",
        Q("0.72", 0.72, h=0.005, subj="fertility", period="2023"),
        N("2023", YEAR),
    ),
    S(
        "The population of England and Wales grew by 610,000 in the year to mid-2023 to 60.9 "
        "million, driven almost entirely by net migration, the ONS said.",
        Q("610,000", 610000, h=5000, subj="population", by="ONS"),
        N("2023", YEAR),
        Q("60.9 million", 60.9 * M, h=0.05 * M, by="ONS"),
    ),
    S(
        "Net migration to the UK was 728,000 in the year to June 2024, down by a fifth from a "
        "revised record of 906,000 a year earlier.",
        Q("728,000", 728000, h=500, subj="migration"),
        N("June 2024", DATE),
        Q("a fifth", 0.2),
        Q("906,000", 906000, h=500),
        N("a year", REL),
    ),
    S(
        "Life expectancy at birth in the US rose to 77.5 years in 2022, still below the 78.8 years "
        "of 2019, the CDC said.",
        Q("77.5 years", 77.5, "year", h=0.05, subj="expectancy", period="2022", by="CDC"),
        N("2022", YEAR),
        Q("78.8 years", 78.8, "year", h=0.05, period="2019", by="CDC"),
        N("2019", YEAR),
    ),
    S(
        "Women in Hong Kong can expect to live to 88.1, the highest life expectancy anywhere, "
        "while men reach 83.2.",
        Q("88.1", 88.1, "year", h=0.05),
        Q("83.2", 83.2, "year", h=0.05),
    ),
    S(
        "The census counted 126.1 million people in Mexico in 2020, 1.2 million more than "
        "projected.",
        Q("126.1 million", 126.1 * M, h=0.05 * M, subj="people", period="2020", by="census"),
        N("2020", YEAR),
        Q("1.2 million", 1.2 * M, h=0.05 * M),
    ),
    S(
        "Nigeria has a population of 223.8 million, growing by about 2.4% a year, according to UN "
        "estimates.",
        Q("223.8 million", 223.8 * M, h=0.05 * M, subj="population", by="UN"),
        Q("2.4%", 2.4, "percent", h=0.05, q="approx", by="UN"),
    ),
    S(
        "More than 1 in 4 workers in Lagos earn less than ₦70,000 a month, the new minimum wage, a "
        "survey found.",
        Q("1 in 4", 1, whole=4, q="more_than", subj="worker", by="survey"),
        Q("₦70,000", 70000, "NGN", q="less_than"),
    ),
    S(
        "People aged 65 and over now make up 29.3% of Japan's population, a record 36.25 million.",
        Q("65", 65, "age_year", q="at_least"),
        Q("29.3%", 29.3, "percent", h=0.05),
        Q("36.25 million", 36.25 * M, h=0.005 * M),
    ),
    S(
        "The state pension age will rise from 66 to 67 between 2026 and 2028",
        Q("66", 66, "age_year"),
        Q("67", 67, "age_year"),
        N("2026", YEAR),
        N("2028", YEAR),
    ),
    S(
        "The 58-year-old, who had worked at the plant for 31 years, was one of 1,100 staff made "
        "redundant.",
        Q("58-year-old", 58, "age_year"),
        Q("31 years", 31, "year"),
        N("one", ONE),
        Q("1,100", 1100, h=50, subj="staff"),
    ),
    S(
        "Women earn 13.1% less per hour than men on average, down from 17.4% in 1997, although the "
        "gap is close to zero for employees under 40.",
        Q("13.1%", 13.1, "percent", h=0.05),
        Q("17.4%", 17.4, "percent", h=0.05, period="1997"),
        N("1997", YEAR),
        Q("40", 40, "age_year", q="less_than"),
    ),
    S(
        "Almost 2.8 million people are out of work because of long-term sickness, up from 2.1 "
        "million in 2019.",
        Q("2.8 million", 2.8 * M, h=0.05 * M, q="below", subj="people"),
        Q("2.1 million", 2.1 * M, h=0.05 * M, period="2019"),
        N("2019", YEAR),
    ),
    S(
        "Germany's jobless total rose by 17,000 to 2.86 million in October, the Federal Labour "
        "Office said, pushing the adjusted rate up to 6.1%.",
        Q("17,000", 17000, h=500, by="Labour Office"),
        Q("2.86 million", 2.86 * M, h=0.005 * M, subj="jobless", by="Labour Office"),
        Q("6.1%", 6.1, "percent", h=0.05, subj="rate"),
    ),
    S(
        "Between 7,000 and 9,000 overseas nurses a year could be lost under the new visa rules, the "
        "Royal College of Nursing warned.",
        R("7,000 and 9,000", 7000, 9000, subj="nurse", by="Royal College"),
    ),
    S(
        "Public sector workers will get a 5.5% pay rise, costing around £9.4bn, the chancellor "
        "confirmed.",
        Q("5.5%", 5.5, "percent", h=0.05, subj="pay", by="chancellor"),
        Q("£9.4bn", 9.4 * B, "GBP", h=0.05 * B, q="approx", by="chancellor"),
    ),
    S(
        "Canada's unemployment rate rose to 6.5%, its highest since January 2017 outside the "
        "pandemic years, Statistics Canada said.",
        Q("6.5%", 6.5, "percent", h=0.05, subj="unemployment", by="Statistics Canada"),
        N("January 2017", DATE),
    ),
    S(
        "Half of the 1,200 office workers surveyed said they would quit if made to come in five "
        "days a week.",
        Q("Half", 0.5, whole=1200),
        Q("1,200", 1200, h=50, subj="worker"),
        Q("five days", 5, "day"),
    ),
    S(
        "Average weekly earnings reached A$1,923 in May, up 4.6% on a year earlier, the Australian "
        "Bureau of Statistics said.",
        Q("A$1,923", 1923, "AUD", subj="earning", by="Bureau of Statistics"),
        Q("4.6%", 4.6, "percent", h=0.05, by="Bureau of Statistics"),
        N("a year", REL),
    ),
    S(
        "Deaths exceeded births by 281,000 in Italy last year, as the number of newborns dropped to "
        "a record low of 379,000.",
        Q("281,000", 281000, h=500),
        Q("379,000", 379000, h=500, subj="newborn"),
    ),
    S(
        "Roughly 3.5 million Ukrainians are working in EU countries, according to a study, a third "
        "of them in Poland.",
        Q("3.5 million", 3.5 * M, h=0.05 * M, q="approx", subj="Ukrainian", by="study"),
        Q("a third", 1 / 3, whole=3.5 * M),
    ),
    S(
        "The teachers' union said 87% of members who voted backed the strike, on a turnout of 51%, "
        "just above the 50% legal threshold.",
        Q("87%", 87, "percent", by="union"),
        Q("51%", 51, "percent", subj="turnout"),
        Q("50%", 50, "percent", subj="threshold"),
    ),
    S(
        "Over-65s now make up a fifth of the workforce in some rural counties, the report found.",
        N("Over-65s", "age group label"),
        Q("a fifth", 0.2, by="report"),
    ),
    S(
        "The typical worker took 4.4 days of sick leave in 2024, up from 3.9 days in 2023.",
        Q("4.4 days", 4.4, "day", h=0.05, period="2024"),
        N("2024", YEAR),
        Q("3.9 days", 3.9, "day", h=0.05, period="2023"),
        N("2023", YEAR),
    ),
    S(
        "Migrants sent home $656bn in 2023, with India alone receiving $120bn, the World Bank "
        "estimates.",
        Q("$656bn", 656 * B, "USD", h=0.5 * B, period="2023", by="World Bank"),
        N("2023", YEAR),
        Q("$120bn", 120 * B, "USD", h=0.5 * B, subj="India", by="World Bank"),
    ),
    S(
        "A record 44,000 teachers left the profession in England in the 12 months to March.",
        Q("44,000", 44000, h=500, subj="teacher"),
        Q("12 months", 12, "month"),
    ),
    S(
        "Trade union membership fell to 6.4 million, or 22.4% of employees, the lowest rate on "
        "record.",
        Q("6.4 million", 6.4 * M, h=0.05 * M, subj="membership"),
        Q("22.4%", 22.4, "percent", h=0.05),
    ),
    S(
        "France's fertility rate has fallen to 1.68 children per woman, the lowest since the end of "
        "the second world war, Insee said.",
        Q("1.68", 1.68, h=0.005, subj="fertility", by="Insee"),
        N("second", ORD),
    ),
    S(
        "South Korean employees worked 1,872 hours a year on average, about 130 hours more than the "
        "OECD average.",
        Q("1,872 hours", 1872, "hour"),
        Q("130 hours", 130, "hour", h=5, q="approx"),
    ),
    S(
        "Job cuts announced by US employers jumped 50% to 55,597 in October, Challenger, Gray & "
        "Christmas said.",
        Q("50%", 50, "percent", by="Challenger"),
        Q("55,597", 55597, subj="cut", by="Challenger"),
    ),
    S(
        "South Korea ranks 33rd out of 38 OECD countries on the gender pay gap, with women earning "
        "31.2% less than men.",
        Q("33rd", 33, "rank", whole=38),
        Q("38", 38, subj="countr"),
        Q("31.2%", 31.2, "percent", h=0.05),
    ),
    S(
        "Denmark ranked first and the UK 17th in this year's digital skills index",
        Q("first", 1, "rank"),
        Q("17th", 17, "rank"),
    ),
    S(
        "Initial jobless claims jumped to 227,000 in the week ending 2 November, the highest in "
        "three months.",
        Q("227,000", 227000, h=500, subj="claim"),
        N("2 November", DATE),
        Q("three months", 3, "month"),
    ),
    S(
        "The average Tokyo commuter travels 49 minutes each way, and one in four spends more than "
        "90 minutes.",
        Q("49 minutes", 49, "minute"),
        Q("one in four", 1, whole=4),
        Q("90 minutes", 90, "minute", q="more_than"),
    ),
    S(
        "The airline will hire 2,000 cabin crew and pilots this year, a quarter of them at its new "
        "Manchester base.",
        Q("2,000", 2000, h=100, subj="crew"),
        Q("a quarter", 0.25, whole=2000),
    ),
    S(
        "Pay settlements in Japan's spring wage talks averaged 5.1%, the biggest rise in 33 years, "
        "the Rengo union federation said.",
        Q("5.1%", 5.1, "percent", h=0.05, by="Rengo"),
        Q("33 years", 33, "year"),
    ),
    S(
        "About 250k people applied for the 3,000 places on the graduate scheme in 48 hours.",
        Q("250k", 250 * K, h=0.5 * K, q="approx", subj="people"),
        Q("3,000", 3000, h=150, subj="place"),
        Q("48 hours", 48, "hour"),
    ),
    S(
        "Office workers in London spend an average of 1.5 days a week working from home, up from "
        "0.9 in 2019.",
        Q("1.5 days", 1.5, "day", h=0.05),
        Q("0.9", 0.9, "day", h=0.05, period="2019"),
        N("2019", YEAR),
    ),
    S(
        "India added 4.7 crore jobs in 2023-24, according to central bank data, a figure some "
        "economists have questioned.",
        Q("4.7 crore", 47 * M, h=0.5 * M, subj="job", by="central bank"),
        N("2023-24", "fiscal year label"),
    ),
    S(
        "Tens of thousands of workers joined the general strike on Thursday, though the interior "
        "ministry put the number at 12,500.",
        N("Tens of thousands", VAGUE),
        Q("12,500", 12500, h=50, by="interior ministry"),
    ),
    # --- fact-check style: two figures in conflict
    S(
        "The minister said 40,000 new homes were built last year, but official data show 31,200 "
        "were completed.",
        Q("40,000", 40000, h=2000, subj="home", by="minister"),
        Q("31,200", 31200, h=50, by="data"),
    ),
    S(
        "The prime minister claimed unemployment had halved since 2010; in fact the rate fell from "
        "7.9% to 4.3%, a drop of 3.6 percentage points.",
        N("2010", YEAR),
        Q("7.9%", 7.9, "percent", h=0.05),
        Q("4.3%", 4.3, "percent", h=0.05),
        Q("3.6 percentage points", 3.6, "percentage_point", h=0.05),
    ),
    S(
        "The campaign leaflet says 1 in 3 children in the borough live in poverty; the latest "
        "government figures put it at 27%.",
        Q("1 in 3", 1, whole=3, subj="child", by="leaflet"),
        Q("27%", 27, "percent", by="government"),
    ),
    S(
        "The governor boasted of 'more than 200,000 new jobs', but the state's own figures show "
        "163,400 were added over the same period.",
        Q("200,000", 200000, q="more_than", subj="job", by="governor"),
        Q("163,400", 163400, h=50, by="figures"),
    ),
    S(
        "The company says its app has 50 million users; app analytics firm Sensor Tower estimates "
        "it has about 18 million.",
        Q("50 million", 50 * M, h=0.5 * M, subj="user", by="company"),
        Q("18 million", 18 * M, h=0.5 * M, q="approx", by="Sensor Tower"),
    ),
    S(
        "The opposition said energy bills had risen by £1,000 a year; Ofgem's cap shows an increase "
        "of £627 since 2021.",
        Q("£1,000", 1000, "GBP", h=50, subj="bill", by="opposition"),
        Q("£627", 627, "GBP", period="since 2021", by="Ofgem"),
        N("2021", YEAR),
    ),
    S(
        "A viral post claimed petrol costs ₦1,500 a litre in Abuja; our checks at 12 filling "
        "stations found prices of between ₦1,020 and ₦1,090.",
        Q("₦1,500", 1500, "NGN", h=50, subj="petrol", by="post"),
        Q("12", 12, subj="station"),
        R("₦1,020 and ₦1,090", 1020, 1090, "NGN"),
    ),
    S(
        "The senator said inflation had hit 10%, but the peak annual rate was 9.1%, in June 2022.",
        Q("10%", 10, "percent", subj="inflation", by="senator"),
        Q("9.1%", 9.1, "percent", h=0.05),
        N("June 2022", DATE),
    ),
    S(
        "Claims that the census found 2 million migrants in the city are wrong: it counted 1.37 "
        "million foreign-born residents.",
        Q("2 million", 2 * M, h=0.5 * M, subj="migrant"),
        Q("1.37 million", 1.37 * M, h=0.005 * M, subj="resident", by="census"),
    ),
    S(
        "The union says nurses' pay has fallen 20% in real terms since 2010; the Institute for "
        "Fiscal Studies puts the fall at about 5%.",
        Q("20%", 20, "percent", subj="pay", period="since 2010", by="union"),
        N("2010", YEAR),
        Q("5%", 5, "percent", q="approx", by="Fiscal Studies"),
    ),
    S(
        "The chancellor said wages were growing at 6%, but the ONS figure she cited was 5.7%, and "
        "regular pay rose 4.8%.",
        Q("6%", 6, "percent", subj="wage", by="chancellor"),
        Q("5.7%", 5.7, "percent", h=0.05, by="ONS"),
        Q("4.8%", 4.8, "percent", h=0.05, subj="pay"),
    ),
    S(
        "The mayor claimed 95% of homes now have full-fibre broadband; the regulator's data put "
        "coverage at 71%.",
        Q("95%", 95, "percent", subj="home", by="mayor"),
        Q("71%", 71, "percent", subj="coverage", by="regulator"),
    ),
    S(
        "The firm told investors it had 'over 3 million' paying subscribers, while a leaked internal "
        "document puts the number at 2.41 million.",
        Q("3 million", 3 * M, q="more_than", subj="subscriber", by="firm"),
        Q("2.41 million", 2.41 * M, h=0.005 * M, by="document"),
    ),
    S(
        "The advert says the average family saves £450 a year by switching; the regulator found "
        "median savings of £183.",
        Q("£450", 450, "GBP", h=5, by="advert"),
        Q("£183", 183, "GBP", subj="saving", by="regulator"),
    ),
    S(
        "The president said 3.5 million jobs were created during his term, but official payroll "
        "data show a net gain of 2.9 million.",
        Q("3.5 million", 3.5 * M, h=0.05 * M, subj="job", by="president"),
        Q("2.9 million", 2.9 * M, h=0.05 * M, by="data"),
    ),
    S(
        "A widely shared graphic put Japan's births in 2024 at 500,000; the health ministry's "
        "preliminary count was 720,988.",
        Q("500,000", 500000, h=25000, subj="birth", period="2024", by="graphic"),
        N("2024", YEAR),
        Q("720,988", 720988, by="health ministry"),
    ),
    S(
        "The minister's claim that one in ten workers is on a zero-hours contract is wrong: the "
        "real share is 3.3%.",
        Q("one in ten", 1, whole=10, subj="worker", by="minister"),
        Q("3.3%", 3.3, "percent", h=0.05),
    ),
    S(
        "The party's leaflet said net migration hit 1 million; the ONS estimate for the peak year "
        "was 906,000.",
        Q("1 million", 1 * M, h=0.5 * M, subj="migration", by="leaflet"),
        Q("906,000", 906000, h=500, by="ONS"),
    ),
    S(
        "The chief executive told staff the breach affected 'fewer than 10,000 customers', but "
        "regulators later put the figure at 1.3 million.",
        Q("10,000", 10000, q="less_than", subj="customer", by="chief executive"),
        Q("1.3 million", 1.3 * M, h=0.05 * M, by="regulator"),
    ),
    S(
        "Mortgage rates have not 'doubled', as the candidate said: the average 2-year fix rose "
        "from 2.34% to 3.98% over the period she cited.",
        Q("2-year", 2, "year"),
        Q("2.34%", 2.34, "percent", h=0.005),
        Q("3.98%", 3.98, "percent", h=0.005),
    ),
    S(
        "The company claims its app has been downloaded 100 million times; data from Appfigures "
        "show 61 million installs.",
        Q("100 million", 100 * M, h=0.5 * M, by="company"),
        Q("61 million", 61 * M, h=0.5 * M, subj="install", by="Appfigures"),
    ),
    S(
        "Wage growth was 'the fastest in the G7', the minister said; at 4.2% it was in fact third, "
        "behind Canada and Japan.",
        N("G7", "group name"),
        Q("4.2%", 4.2, "percent", h=0.05, subj="wage"),
        Q("third", 3, "rank"),
    ),
    S(
        "The council says it cut the housing waiting list by 3,000 families; its own register "
        "shows a fall of 1,140, from 9,860 to 8,720.",
        Q("3,000", 3000, h=150, subj="famil", by="council"),
        Q("1,140", 1140, h=5, by="register"),
        Q("9,860", 9860, h=5),
        Q("8,720", 8720, h=5),
    ),
    # --- batch 10 (unseen round, scored before its fixes): war and humanitarian news, with sources that disagree
    # --- batch 10: war and humanitarian reporting, conflicting figures from different sides
    # drones and missiles, interceptions
    S(
        "Air defences shot down 47 of the 63 drones Russia launched overnight, while 11 more were "
        "lost to electronic warfare, the air force said.",
        Q("47", 47, whole=63, subj="drone", by="air force"),
        Q("63", 63),
        Q("11", 11),
    ),
    S(
        "Russia fired 4 Iskander-M ballistic missiles, 9 Kh-101 cruise missiles and 88 Shahed-type "
        "drones in a raid lasting nearly six hours.",
        Q("4", 4),
        Q("9", 9),
        N("Kh-101", MODEL),
        Q("88", 88),
        Q("six hours", 6, "hour", q="below"),
    ),
    S(
        "Poland scrambled jets after 19 drones crossed into its airspace; 4 were shot down by Dutch "
        "F-35s, the Polish military said.",
        Q("19", 19, subj="drone", by="military"),
        Q("4", 4, whole=19),
        N("F-35s", MODEL),
    ),
    S(
        "Ukraine's air force said it intercepted 2 Kinzhal missiles and 14 of 17 Kalibr cruise "
        "missiles over the Kyiv region early on Thursday.",
        Q("2", 2),
        Q("14", 14, whole=17),
        Q("17", 17),
    ),
    S(
        "A Ukrainian drone struck a refinery in the Ryazan region, some 180 km south-east of "
        "Moscow, for the third time this year.",
        Q("180 km", 180, "km", h=5, q="approx"),
        N("third", ORD),
    ),
    S(
        "Each Shahed-136 carries a warhead of about 50 kg and has a range of up to 2,500 km, "
        "analysts say.",
        N("Shahed-136", MODEL),
        Q("50 kg", 50, "kg", q="approx"),
        Q("2,500 km", 2500, "km", h=50, q="up_to"),
    ),
    S(
        "Kyiv hit by 12-hour drone barrage as 5 killed in capital",
        Q("12-hour", 12, "hour"),
        Q("5", 5),
    ),
    S(
        "The attack on Odesa port damaged 3 grain silos holding some 40,000 tonnes of wheat, the "
        "regional governor said.",
        Q("3", 3),
        Q("40,000 tonnes", 40000, "t", h=2000, q="approx"),
    ),
    S(
        "In the past week Russia has launched more than 1,200 glide bombs, almost 900 attack drones "
        "and 50 missiles of various types, President Zelensky said.",
        Q("1,200", 1200, h=50, q="more_than", subj="bomb", by="Zelensky"),
        Q("900", 900, h=45, q="below"),
        Q("50", 50),
    ),
    S(
        "Germany will deliver 4 more IRIS-T SLM systems and 2 Patriot launchers by the end of "
        "2025, the defence minister announced.",
        Q("4", 4),
        Q("2", 2),
        N("2025", YEAR),
    ),
    S(
        "A Patriot interceptor costs roughly $4.1 million, while a Shahed can be built for about "
        "$35,000.",
        Q("$4.1 million", 4.1 * M, "USD", h=0.05 * M, q="approx", subj="interceptor"),
        Q("$35,000", 35000, "USD", h=500, q="approx"),
    ),
    S(
        "Russia has been producing more than 5,000 Geran-2 drones a month this year, according to "
        "Ukrainian military intelligence.",
        Q("5,000", 5000, h=250, q="more_than"),
        N("Geran-2", MODEL),
    ),
    S(
        "Israel said its Arrow and David's Sling systems intercepted most of the roughly 180 "
        "ballistic missiles fired by Iran on Tuesday night.",
        Q("180", 180, h=5, q="approx", subj="missile", by="Israel"),
    ),
    S(
        "Houthi forces have attacked more than 100 merchant ships in the Red Sea since November "
        "2023, sinking 4 and seizing one, according to a US Navy tally.",
        Q("100", 100, h=5, q="more_than", period="since 2023-11", by="Navy"),
        N("2023", YEAR),
        Q("4", 4),
        Q("one", 1),
    ),
    S(
        "Sea Baby naval drones carrying up to 850 kg of explosives have struck the Kerch bridge "
        "twice, the SBU security service said.",
        Q("850 kg", 850, "kg", h=5, q="up_to", subj="explosive", by="SBU"),
    ),
    S(
        "Air raid alerts lasted a total of 1,017 hours in Kyiv last year, the city administration "
        "calculated.",
        Q("1,017 hours", 1017, "hour"),
    ),
    S(
        "Sirens sounded across Kharkiv at 2:14 a.m., and the alert lasted 3 hours and 20 minutes.",
        N("2:14 a.m.", "time of day"),
        Q("3 hours and 20 minutes", 3 + 20 / 60, "hour", subj="alert"),
    ),
    S(
        "Russia's defence ministry said 26 Ukrainian drones were destroyed over the Bryansk region "
        "and 9 over Kursk between 8 p.m. and midnight.",
        Q("26", 26),
        Q("9", 9),
        N("8 p.m.", "time of day"),
    ),
    S(
        "Romania found fragments of a drone 4 kilometres inside its territory, the 12th such "
        "incident since the war began.",
        Q("4 kilometres", 4, "km"),
        N("12th", ORD),
    ),
    S(
        "North Korea has sent an estimated 20,000 containers of munitions to Russia, holding as "
        "many as 9 million artillery shells, South Korean intelligence says.",
        Q("20,000", 20000, h=1000, q="approx"),
        Q("9 million", 9 * M, h=0.5 * M, q="up_to"),
    ),
    S(
        "Production of 155mm shells in Europe is expected to reach 2 million a year by the end of "
        "2025, up from about 300,000 in 2022.",
        N("155mm", "calibre, part of a model name"),
        Q("2 million", 2 * M, h=0.5 * M, subj="shell"),
        N("2025", YEAR),
        Q("300,000", 300000, h=15000, q="approx", period="2022"),
        N("2022", YEAR),
    ),
    S(
        "Russia launched a record 810 drones and decoys on Sunday, of which 747 were shot down or "
        "jammed, the air force said; 54 hit 37 locations.",
        Q("810", 810, h=5),
        Q("747", 747, whole=810),
        Q("54", 54),
        Q("37", 37),
    ),
    S(
        "Air defences destroyed 23 of 25 drones over the Odesa region, but falling debris injured a "
        "15-year-old boy, the governor said.",
        Q("23", 23, whole=25, subj="drone", by="governor"),
        Q("25", 25),
        Q("15-year-old", 15, "age_year"),
    ),
    S(
        "About two thirds of the 1,050 drones launched in the first week of July were shot down, "
        "the defence ministry said.",
        Q("two thirds", 2 / 3, q="approx", whole=1050),
        Q("1,050", 1050, h=5),
        N("first week", REL),
    ),
    # conflicting figures from two sides in one sentence
    S(
        "Kyiv said 44 of the attacking drones were downed overnight; Moscow claimed its strikes had "
        "hit all 37 intended targets.",
        Q("44", 44, by="Kyiv"),
        Q("37", 37, by="Moscow"),
    ),
    S(
        "Ukraine's general staff put Russian losses at 1,230 troops in the past day, while Moscow "
        "said Ukraine had lost up to 1,450 servicemen along the whole front.",
        Q("1,230", 1230, h=5, by="general staff"),
        Q("1,450", 1450, h=5, q="up_to", by="Moscow"),
    ),
    S(
        "The BBC and Mediazona have confirmed the names of 106,745 Russian soldiers killed, but "
        "estimate the true toll at between 160,000 and 230,000.",
        Q("106,745", 106745, by="Mediazona"),
        R("160,000 and 230,000", 160000, 230000, by="Mediazona"),
    ),
    S(
        "US officials estimate that as many as 250,000 Russian troops have been killed, a figure "
        "the Kremlin rejects; its own published count has stood at 5,937 since September 2022.",
        Q("250,000", 250000, h=5000, q="up_to", by="US officials"),
        Q("5,937", 5937, by="Kremlin"),
        N("2022", YEAR),
    ),
    S(
        "The RSF said its fighters killed 350 army soldiers in the assault on El Fasher; the army "
        "said 43 of its men died and 112 attackers were killed.",
        Q("350", 350, h=5, by="RSF"),
        Q("43", 43, by="army"),
        Q("112", 112, by="army"),
    ),
    S(
        "Ukraine's military intelligence estimates Russia has about 580,000 troops in Ukraine, "
        "whereas Western officials put the number at nearly 600,000.",
        Q("580,000", 580000, h=5000, q="approx", by="intelligence"),
        Q("600,000", 600000, h=30000, q="below", by="officials"),
    ),
    S(
        "Oryx has documented the loss of 3,742 Russian tanks, whereas Ukraine's defence ministry "
        "lists more than 10,000 destroyed.",
        Q("3,742", 3742, by="Oryx"),
        Q("10,000", 10000, h=500, q="more_than", by="defence ministry"),
    ),
    S(
        "Moscow claimed its forces had destroyed 7 F-16s since the jets arrived in August 2024; "
        "Kyiv has confirmed the loss of 3.",
        Q("7", 7, by="Moscow"),
        N("F-16s", MODEL),
        N("2024", YEAR),
        Q("3", 3, by="Kyiv"),
    ),
    S(
        "Ethiopian officials said 4 people died in the drone strike on the market, but witnesses "
        "told reporters they had counted at least 19 bodies.",
        Q("4", 4, by="officials"),
        Q("19", 19, q="at_least", by="witnesses"),
    ),
    S(
        "A strike on a training ground in the Dnipropetrovsk region killed 12 soldiers and injured "
        "more than 60, the land forces command said, denying Russian claims of 150 dead.",
        Q("12", 12, by="command"),
        Q("60", 60, q="more_than", by="command"),
        Q("150", 150, h=5, by="Russia"),
    ),
    S(
        "Kyiv says some 8,000 Ukrainian soldiers remain in Russian captivity; Russian officials put "
        "the figure at 6,300.",
        Q("8,000", 8000, h=400, q="approx", by="Kyiv"),
        Q("6,300", 6300, h=50, by="Russian officials"),
    ),
    S(
        "The ombudsman said 17 children had been brought back this week; Kyiv says at least 19,546 "
        "were deported, while Russia's children's commissioner speaks of evacuating about 700,000 "
        "minors.",
        Q("17", 17, by="ombudsman"),
        Q("19,546", 19546, q="at_least", by="Kyiv"),
        Q("700,000", 700000, h=35000, q="approx", by="commissioner"),
    ),
    S(
        "Lebanese authorities said about 1.4 million people had fled the south, while the IOM "
        "registered 809,000 internally displaced.",
        Q("1.4 million", 1.4 * M, h=0.05 * M, q="approx", by="authorities"),
        Q("809,000", 809000, h=500, by="IOM"),
    ),
    S(
        "Ukraine's social policy ministry has registered 4.6 million internally displaced people, "
        "while the IOM's latest survey puts the number at 3.6 million.",
        Q("4.6 million", 4.6 * M, h=0.05 * M, by="ministry"),
        Q("3.6 million", 3.6 * M, h=0.05 * M, by="IOM"),
    ),
    S(
        "Aid agencies say 500 trucks a day are needed; COGAT reported an average of 146 entering in "
        "March, while the UN counted 92.",
        Q("500", 500, h=25, by="agencies"),
        Q("146", 146, by="COGAT"),
        Q("92", 92, by="UN"),
    ),
    S(
        "Rebuilding Syria will cost between $250 billion and $400 billion, the UN development "
        "agency estimates, while Damascus puts the bill at $500 billion.",
        R("$250 billion and $400 billion", 250 * B, 400 * B, "USD", by="UN"),
        Q("$500 billion", 500 * B, "USD", h=0.5 * B, by="Damascus"),
    ),
    S(
        "Russian forces captured 449 square kilometres in May, DeepState said, while Moscow claimed "
        "more than 1,000 square kilometres over the same month.",
        Q("449 square kilometres", 449, "km2", by="DeepState"),
        Q("1,000 square kilometres", 1000, "km2", h=50, q="more_than", by="Moscow"),
    ),
    S(
        "Ukraine said its troops had advanced 3.5 km near Kupiansk; Russia's defence ministry said "
        "the attack had been repelled and 210 Ukrainian soldiers killed.",
        Q("3.5 km", 3.5, "km", h=0.05, by="Ukraine"),
        Q("210", 210, h=5, by="defence ministry"),
    ),
    S(
        "Kursk: Kyiv says it still holds 800 square kilometres, Moscow says under 50",
        Q("800 square kilometres", 800, "km2", h=40, by="Kyiv"),
        Q("50", 50, "km2", q="less_than", by="Moscow"),
    ),
    S(
        "Israeli troops control roughly 40% of Gaza's 365 square kilometres, a military official "
        "said, while Palestinian officials put the share at over 60%.",
        Q("40%", 40, "percent", q="approx", whole=365, by="military official"),
        Q("365 square kilometres", 365, "km2"),
        Q("60%", 60, "percent", q="more_than", by="Palestinian"),
    ),
    S(
        "Moscow reported shooting down 286 drones over 11 regions; Ukrainian officials acknowledged "
        "launching about 100.",
        Q("286", 286, by="Moscow"),
        Q("11", 11, subj="region"),
        Q("100", 100, h=5, q="approx", by="Ukrainian officials"),
    ),
    S(
        "Russia's defence ministry claimed 3 Storm Shadow missiles were intercepted over Crimea, but "
        "satellite images show at least 2 hit the naval headquarters.",
        Q("3", 3, by="defence ministry"),
        Q("2", 2, q="at_least", by="images"),
    ),
    S(
        "Hezbollah said it fired 160 rockets and drones at northern Israel on Wednesday; the Israeli "
        "military counted about 115 launches, most of which were intercepted.",
        Q("160", 160, h=5, by="Hezbollah"),
        Q("115", 115, q="approx", by="military"),
    ),
    S(
        "According to Kyiv, Russia lost 74 armoured vehicles in the failed assault near Velyka "
        "Novosilka; Russian military bloggers put the number at 25 to 30.",
        Q("74", 74, by="Kyiv"),
        R("25 to 30", 25, 30, by="bloggers"),
    ),
    S(
        "The Sudanese army claimed 2,000 RSF fighters were killed in the battle for Omdurman, while "
        "the RSF admitted to losing a few dozen men.",
        Q("2,000", 2000, h=100, by="army"),
        N("a few dozen", VAGUE),
    ),
    S(
        "Ukrainian officials reported 9 dead after the strike on Kryvyi Rih, including 3 children; "
        "Russia said it had hit a meeting of commanders and killed up to 85 servicemen.",
        Q("9", 9, by="officials"),
        Q("3", 3, whole=9, subj="child"),
        Q("85", 85, q="up_to", by="Russia"),
    ),
    S(
        "Ukraine said it shot down 2 Su-34 bombers over the east in a single day; Moscow "
        "acknowledged losing none.",
        Q("2", 2, by="Ukraine"),
        N("Su-34", MODEL),
    ),
    S(
        "Gaza's health ministry put the death toll at more than 50,000; a study in The Lancet "
        "estimated that deaths from traumatic injury were about 40% higher than the ministry's "
        "count.",
        Q("50,000", 50000, h=2500, q="more_than", by="health ministry"),
        Q("40%", 40, "percent", q="approx", by="Lancet"),
    ),
    # casualties and losses
    S(
        "The UN verified 1,917 civilian casualties in Ukraine in May 2025 alone, including 232 "
        "deaths, the highest monthly figure in three years.",
        Q("1,917", 1917, subj="casualt", by="UN"),
        N("2025", YEAR),
        Q("232", 232, whole=1917),
        Q("three years", 3, "year"),
    ),
    S(
        "A 9-year-old girl and her 67-year-old grandmother were among the 14 people killed, the "
        "emergency service said on 19 April.",
        Q("9-year-old", 9, "age_year"),
        Q("67-year-old", 67, "age_year"),
        Q("14", 14),
        N("19 April", DATE),
    ),
    S(
        "The pilot, 31, was killed when his F-16 crashed during a combat mission on Sunday, two "
        "days after he had shot down 6 cruise missiles.",
        Q("31", 31, "age_year"),
        N("F-16", MODEL),
        N("two days after", REL),
        Q("6", 6, subj="missile"),
    ),
    S(
        "About 1,000 North Korean soldiers were killed or wounded in a single week in the Kursk "
        "region, a US official said, out of the roughly 11,000 deployed.",
        Q("1,000", 1000, h=50, q="approx", whole=11000),
        Q("11,000", 11000, h=500, q="approx"),
    ),
    S(
        "Zelensky: 31,000 Ukrainian troops killed in 2 years of war",
        Q("31,000", 31000, h=500, subj="troop", by="Zelensky"),
        Q("2 years", 2, "year"),
    ),
    S(
        "Shelling of the Kherson embankment killed a 72-year-old man and wounded 6 others, "
        "including a paramedic aged 29.",
        Q("72-year-old", 72, "age_year"),
        Q("6", 6),
        Q("29", 29, "age_year"),
    ),
    # prisoner exchanges
    S(
        "Ukraine and Russia swapped 390 prisoners each on Friday in the first stage of a "
        "1,000-for-1,000 exchange agreed in Istanbul.",
        Q("390", 390, h=5, subj="prisoner"),
        N("first", ORD),
        Q("1,000", 1000, h=50),
        Q("1,000", 1000, h=50, occ=2),
    ),
    S(
        "Of the 205 Ukrainians freed, 23 were civilians and 12 had been held since 2014, the "
        "coordination headquarters said.",
        Q("205", 205),
        Q("23", 23, whole=205),
        Q("12", 12, whole=205),
        N("2014", YEAR),
    ),
    S(
        "The exchange, brokered by the United Arab Emirates, was the 64th since February 2022 and "
        "brought the number of Ukrainians returned home to 5,757.",
        N("64th", ORD),
        N("2022", YEAR),
        Q("5,757", 5757, subj="Ukrainian"),
    ),
    S(
        "Ukraine receives 909 bodies of fallen soldiers, Russia gets 34",
        Q("909", 909),
        Q("34", 34),
    ),
    S(
        "Among the 150 prisoners released were 2 journalists and a 71-year-old priest, the Vatican "
        "said.",
        Q("150", 150, h=5, subj="prisoner", by="Vatican"),
        Q("2", 2, whole=150),
        Q("71-year-old", 71, "age_year"),
    ),
    S(
        "Hamas released 3 hostages on Saturday in exchange for 369 Palestinian prisoners, 36 of them "
        "serving life sentences.",
        Q("3", 3),
        Q("369", 369),
        Q("36", 36, whole=369),
    ),
    S(
        "The two sides also returned 12 wounded servicemen each, the fourth such medical exchange "
        "since the spring.",
        N("two", DEF),
        Q("12", 12, subj="servicemen"),
        N("fourth", ORD),
    ),
    # military aid packages
    S(
        "Washington announced a $425 million package including HIMARS ammunition, 155mm shells and "
        "Stryker vehicles, the 69th drawdown since August 2021.",
        Q("$425 million", 425 * M, "USD", h=0.5 * M),
        N("155mm", "calibre, part of a model name"),
        N("69th", ORD),
        N("2021", YEAR),
    ),
    S(
        "Germany pledged €1.4 billion in military aid for 2025, including 4 IRIS-T systems and 100 "
        "Leopard 1A5 tanks to be delivered jointly with Denmark.",
        Q("€1.4 billion", 1.4 * B, "EUR", h=0.05 * B, subj="aid"),
        N("2025", YEAR),
        Q("4", 4, occ=2),
        Q("100", 100, h=5),
        N("Leopard 1A5", MODEL),
    ),
    S(
        "Britain will provide £3bn a year for as long as it takes, the prime minister said, plus a "
        "further £1.6bn for 5,000 lightweight multirole missiles.",
        Q("£3bn", 3 * B, "GBP", h=0.5 * B),
        Q("£1.6bn", 1.6 * B, "GBP", h=0.05 * B),
        Q("5,000", 5000, h=250),
    ),
    S(
        "Japan will give ¥3.5 billion in non-lethal equipment, including drone detection systems, "
        "and has pledged $4.5 billion overall for reconstruction.",
        Q("¥3.5 billion", 3.5 * B, "JPY", h=0.05 * B, subj="equipment"),
        Q("$4.5 billion", 4.5 * B, "USD", h=0.05 * B),
    ),
    S(
        "Norway's parliament approved NOK 85 billion for Ukraine over 2025 and 2026, up from NOK 35 "
        "billion initially planned.",
        Q("NOK 85 billion", 85 * B, "NOK", h=0.5 * B),
        N("2025", YEAR),
        N("2026", YEAR),
        Q("NOK 35 billion", 35 * B, "NOK", h=0.5 * B),
    ),
    S(
        "Canada will send C$389 million worth of drones and 25 LAV 6 armoured vehicles, the defence "
        "minister said.",
        Q("C$389 million", 389 * M, "CAD", h=0.5 * M, by="defence minister"),
        Q("25", 25),
        N("LAV 6", MODEL),
    ),
    S(
        "Sweden's 18th support package is worth SEK 13.5 billion ($1.3 billion) and includes 2 ASC "
        "890 surveillance aircraft.",
        N("18th", ORD),
        Q("SEK 13.5 billion", 13.5 * B, "SEK", h=0.05 * B),
        Q("$1.3 billion", 1.3 * B, "USD", h=0.05 * B),
        Q("2", 2),
        N("ASC 890", MODEL),
    ),
    S(
        "The Kiel Institute tallied €267 billion in aid to Ukraine between January 2022 and June "
        "2025, of which €130 billion was military.",
        Q("€267 billion", 267 * B, "EUR", h=0.5 * B, subj="aid", by="Kiel"),
        N("2022", YEAR),
        N("2025", YEAR),
        Q("€130 billion", 130 * B, "EUR", h=0.5 * B, whole=267 * B),
    ),
    S(
        "Australia is sending 49 M1A1 Abrams tanks worth A$245 million, a package Canberra "
        "describes as its largest yet.",
        Q("49", 49),
        N("M1A1", MODEL),
        Q("A$245 million", 245 * M, "AUD", h=0.5 * M),
    ),
    S(
        "The EU agreed a €50 billion Ukraine Facility for 2024-27, of which €4.5 billion was paid "
        "out in the first tranche, Brussels said.",
        Q("€50 billion", 50 * B, "EUR", h=0.5 * B, subj="Facility"),
        N("2024-27", "reference period (years)"),
        Q("€4.5 billion", 4.5 * B, "EUR", h=0.05 * B, whole=50 * B),
        N("first", ORD),
    ),
    S(
        "Denmark said it had financed 18 Bohdana howitzers built in Ukraine at a cost of DKK 200 "
        "million.",
        Q("18", 18),
        Q("DKK 200 million", 200 * M, "DKK", h=0.5 * M),
    ),
    S(
        "The G7's $50 billion loan will be serviced from windfall profits on about €210 billion of "
        "Russian central bank assets frozen in Europe.",
        N("G7", MODEL),
        Q("$50 billion", 50 * B, "USD", h=0.5 * B, subj="loan"),
        Q("€210 billion", 210 * B, "EUR", h=0.5 * B, q="approx"),
    ),
    S(
        "Conscripts aged 18 to 24 can sign one-year contracts for a payment of ₴1 million, the "
        "defence ministry said.",
        R("18 to 24", 18, 24, "age_year"),
        Q("one-year", 1, "year"),
        Q("₴1 million", 1 * M, "UAH", h=0.5 * M),
    ),
    S(
        "Ukraine lowered the mobilisation age from 27 to 25 in April 2024, adding an estimated "
        "100,000 men to the pool of potential recruits.",
        Q("27", 27, "age_year"),
        Q("25", 25, "age_year"),
        N("2024", YEAR),
        Q("100,000", 100000, h=5000, q="approx", subj="men"),
    ),
    # refugees and displaced people
    S(
        "UNHCR counts 6.9 million refugees from Ukraine worldwide, while the IOM estimates that 3.7 "
        "million people remain displaced inside the country.",
        Q("6.9 million", 6.9 * M, h=0.05 * M),
        Q("3.7 million", 3.7 * M, h=0.05 * M),
    ),
    S(
        "Sudan now has more than 12 million people forced from their homes, 3.8 million of them "
        "across borders, the IOM said.",
        Q("12 million", 12 * M, h=0.5 * M, q="more_than", subj="people", by="IOM"),
        Q("3.8 million", 3.8 * M, h=0.05 * M, whole=12 * M),
    ),
    S(
        "Chad has received about 1.2 million Sudanese refugees since April 2023, and more than "
        "860,000 of them are women and children.",
        Q("1.2 million", 1.2 * M, h=0.05 * M, q="approx", period="since 2023-04"),
        N("2023", YEAR),
        Q("860,000", 860000, h=5000, q="more_than", whole=1.2 * M),
    ),
    S(
        "Germany hosts 1.2 million Ukrainian refugees and Poland nearly 1 million, according to "
        "Eurostat data for March.",
        Q("1.2 million", 1.2 * M, h=0.05 * M, subj="refugee", by="Eurostat"),
        Q("1 million", 1 * M, h=0.5 * M, q="below"),
    ),
    S(
        "Nearly 190,000 people have been evacuated from front-line towns in the Donetsk region "
        "since January, including 11,400 children, the regional administration said.",
        Q("190,000", 190000, h=5000, q="below"),
        Q("11,400", 11400, h=50, whole=190000),
    ),
    S(
        "In the first 10 days of the offensive, 110,000 Lebanese and Syrians crossed into Syria, "
        "UNHCR said.",
        N("first", ORD),
        Q("10 days", 10, "day"),
        Q("110,000", 110000, h=5000, by="UNHCR"),
    ),
    S(
        "UNHCR's 2025 regional plan for Sudanese refugees seeks $1.8 billion but was only 11% funded "
        "by June.",
        N("2025", YEAR),
        Q("$1.8 billion", 1.8 * B, "USD", h=0.05 * B),
        Q("11%", 11, "percent"),
    ),
    S(
        "About 1.9 million Gazans, or 90% of the population, have been displaced at least once since "
        "October 2023, UN agencies estimate.",
        Q("1.9 million", 1.9 * M, h=0.05 * M, q="approx", period="since 2023-10", by="UN"),
        Q("90%", 90, "percent"),
        N("2023", YEAR),
    ),
    S(
        "Half of the 1.4 million people displaced in Haiti are children, the IOM said, while 270,000 "
        "live in makeshift sites in Port-au-Prince.",
        Q("Half", 0.5, whole=1.4 * M),
        Q("1.4 million", 1.4 * M, h=0.05 * M),
        Q("270,000", 270000, h=5000),
    ),
    S(
        "Poland has registered 980,000 Ukrainians for temporary protection, down 4.5% from a year "
        "earlier.",
        Q("980,000", 980000, h=5000, subj="Ukrainian"),
        Q("4.5%", 4.5, "percent", h=0.05),
        N("a year earlier", REL),
    ),
    S(
        "More than 400,000 people have returned to Khartoum state since the army retook the "
        "capital, the IOM said, though a quarter of homes there are uninhabitable.",
        Q("400,000", 400000, h=20000, q="more_than"),
        Q("a quarter", 0.25),
    ),
    S(
        "Kharkiv's mayor says the city's population has recovered to 1.3 million, though "
        "statisticians put it at fewer than 1 million.",
        Q("1.3 million", 1.3 * M, h=0.05 * M, subj="population", by="mayor"),
        Q("1 million", 1 * M, h=0.5 * M, q="less_than", by="statisticians"),
    ),
    # aid appeals, funding gaps, food insecurity
    S(
        "The UN's humanitarian appeal for 2025 sought $47.4 billion to help 190 million people but "
        "had received only 13% by midyear.",
        N("2025", YEAR),
        Q("$47.4 billion", 47.4 * B, "USD", h=0.05 * B),
        Q("190 million", 190 * M, h=0.5 * M),
        Q("13%", 13, "percent"),
    ),
    S(
        "The World Food Programme said it faces a shortfall of $620 million over the next six "
        "months in Sudan and would cut rations to 1,200 calories a day.",
        Q("$620 million", 620 * M, "USD", h=0.5 * M, subj="shortfall", by="World Food Programme"),
        Q("six months", 6, "month"),
        Q("1,200 calories", 1200, "kcal", h=50),
    ),
    S(
        "About 24.6 million people in Sudan face acute food insecurity, and famine has been "
        "confirmed in at least 10 areas, the IPC said.",
        Q("24.6 million", 24.6 * M, h=0.05 * M, q="approx"),
        Q("10", 10, q="at_least"),
    ),
    S(
        "All 2.1 million people in Gaza face high levels of acute food insecurity, and 470,000 are "
        "in IPC Phase 5, the most severe, the analysis found.",
        Q("2.1 million", 2.1 * M, h=0.05 * M, subj="people"),
        Q("470,000", 470000, h=5000, whole=2.1 * M),
        N("Phase 5", "category label"),
    ),
    S(
        "WFP will cut food aid to 1.5 million refugees in Jordan and Lebanon by 40 per cent from "
        "July because of a $200 million funding gap.",
        Q("1.5 million", 1.5 * M, h=0.05 * M),
        Q("40 per cent", 40, "percent"),
        Q("$200 million", 200 * M, "USD", h=0.5 * M),
    ),
    S(
        "The 2025 Yemen response plan is 9.3% funded, with $231 million received out of $2.47 "
        "billion requested, OCHA data show.",
        N("2025", YEAR),
        Q("9.3%", 9.3, "percent", h=0.05, by="OCHA"),
        Q("$231 million", 231 * M, "USD", h=0.5 * M, whole=2.47 * B),
        Q("$2.47 billion", 2.47 * B, "USD", h=0.005 * B),
    ),
    S(
        "One in three children under five in the camp is acutely malnourished, the medical charity "
        "MSF said after screening 1,400 children.",
        Q("One in three", 1, whole=3),
        Q("five", 5, "age_year", q="less_than"),
        Q("1,400", 1400, h=50),
    ),
    S(
        "The WFP says 3.4 million people in Ukraine need food assistance, down from 11 million in "
        "2022.",
        Q("3.4 million", 3.4 * M, h=0.05 * M, subj="people", by="WFP"),
        Q("11 million", 11 * M, h=0.5 * M, period="2022"),
        N("2022", YEAR),
    ),
    S(
        "A bag of flour now costs 60,000 Sudanese pounds in El Fasher, up from 9,000 before the "
        "siege, residents said.",
        Q("60,000 Sudanese pounds", 60000, "SDG", h=3000),
        Q("9,000", 9000, "SDG", h=450),
    ),
    S(
        "UN appeals for $4.2bn as Sudan war enters its third year",
        Q("$4.2bn", 4.2 * B, "USD", h=0.05 * B, by="UN"),
        N("third", ORD),
    ),
    S(
        "OCHA says 12.7 million people in Ukraine will need aid this year, while the government "
        "estimates the figure at about 8 million.",
        Q("12.7 million", 12.7 * M, h=0.05 * M, by="OCHA"),
        Q("8 million", 8 * M, h=0.5 * M, q="approx", by="government"),
    ),
    # reconstruction costs
    S(
        "The latest joint assessment by the World Bank, the EU, the UN and Kyiv puts reconstruction "
        "needs at $588 billion over the next ten years, with housing alone accounting for $84 "
        "billion.",
        Q("$588 billion", 588 * B, "USD", h=0.5 * B, subj="need", by="World Bank"),
        Q("ten years", 10, "year"),
        Q("$84 billion", 84 * B, "USD", h=0.5 * B, whole=588 * B),
    ),
    S(
        "Direct damage in Gaza reached $18.5 billion by the end of January 2024, equal to 97% of the "
        "combined GDP of the West Bank and Gaza in 2022, the World Bank estimated.",
        Q("$18.5 billion", 18.5 * B, "USD", h=0.05 * B),
        N("2024", YEAR),
        Q("97%", 97, "percent"),
        N("2022", YEAR),
    ),
    S(
        "The Kakhovka dam collapse caused about $2.2 billion in damage and flooded 620 square "
        "kilometres, according to UN estimates.",
        Q("$2.2 billion", 2.2 * B, "USD", h=0.05 * B, q="approx", subj="damage", by="UN"),
        Q("620 square kilometres", 620, "km2", h=5),
    ),
    S(
        "Energy infrastructure worth $14.6 billion has been damaged, and Ukraine has lost about 9 GW "
        "of generating capacity, the energy ministry said.",
        Q("$14.6 billion", 14.6 * B, "USD", h=0.05 * B),
        Q("9 GW", 9, "GW", q="approx"),
    ),
    S(
        "Clearing the 42 million tonnes of rubble in Gaza could take up to 14 years and cost $1.2 "
        "billion, a UN assessment found.",
        Q("42 million tonnes", 42 * M, "t", h=0.5 * M, subj="rubble"),
        Q("14 years", 14, "year", q="up_to"),
        Q("$1.2 billion", 1.2 * B, "USD", h=0.05 * B),
    ),
    S(
        "Kharkiv's mayor estimates that 160 schools and 1,800 apartment blocks in the city need "
        "repairs, costing at least ₴30bn.",
        Q("160", 160, h=5),
        Q("1,800", 1800, h=50),
        Q("₴30bn", 30 * B, "UAH", h=0.5 * B, q="at_least"),
    ),
    S(
        "Since February 2022, 236,000 homes have been damaged or destroyed, the Kyiv School of "
        "Economics reported, putting the bill at $60 billion.",
        N("2022", YEAR),
        Q("236,000", 236000, h=500, period="since 2022-02", by="Kyiv School"),
        Q("$60 billion", 60 * B, "USD", h=0.5 * B),
    ),
    # territory and front-line distances
    S(
        "Russia now occupies about 19% of Ukraine, roughly 114,500 sq km, according to DeepState "
        "maps.",
        Q("19%", 19, "percent", q="approx"),
        Q("114,500 sq km", 114500, "km2", h=50, q="approx"),
    ),
    S(
        "Pokrovsk lies only 8 km from the front line, and Russian glide bombs can now reach targets "
        "70 km behind it, the garrison's spokesman said.",
        Q("8 km", 8, "km"),
        Q("70 km", 70, "km", by="spokesman"),
    ),
    S(
        "The active front line is now 1,250 km long, up from 980 km a year ago, Ukraine's "
        "commander-in-chief said.",
        Q("1,250 km", 1250, "km", h=5),
        Q("980 km", 980, "km", h=5),
        N("a year ago", REL),
    ),
    S(
        "A 15-kilometre buffer zone along the border would displace some 90,000 residents of the "
        "Sumy region, officials warned.",
        Q("15-kilometre", 15, "km", subj="zone"),
        Q("90,000", 90000, h=4500, q="approx"),
    ),
    S(
        "Ukraine's deminers have cleared 38,000 square kilometres since 2022, about a fifth of the "
        "land thought to be contaminated, the economy ministry says.",
        Q("38,000 square kilometres", 38000, "km2", h=500, period="since 2022", by="economy ministry"),
        N("2022", YEAR),
        Q("a fifth", 0.2, q="approx"),
    ),
    S(
        "Three years ago this week Russian tanks reached the outskirts of Kyiv; today the nearest "
        "front line is more than 400 km away.",
        N("Three years ago", REL),
        Q("400 km", 400, "km", h=20, q="more_than"),
    ),
    S(
        "Russia said it had taken full control of Chasiv Yar; Ukraine's 24th brigade said its "
        "soldiers still held positions 2 km from the city centre.",
        N("24th", ORD),
        Q("2 km", 2, "km"),
    ),
    S(
        "Ukrainian forces pushed as far as 30 km into Russia's Kursk region in the first days of the "
        "incursion, taking 74 settlements, according to Kyiv.",
        Q("30 km", 30, "km", q="up_to"),
        N("first", ORD),
        Q("74", 74, subj="settlement", by="Kyiv"),
    ),
    # --- batch 10 (unseen round, scored before its fixes): elections and the credibility of official statistics
    # --- batch 10: elections and the credibility of official statistics
    # turnout and vote shares
    S(
        "Turnout in the parliamentary election reached 63.8%, the central election commission "
        "said, up 4.1 percentage points on 2019.",
        Q("63.8%", 63.8, "percent", h=0.05, subj="turnout", by="commission"),
        Q("4.1 percentage points", 4.1, "percentage_point", h=0.05),
        N("2019", YEAR),
    ),
    S(
        "The governing party took 41.6% of the national vote, while its main rival won 29.3% and "
        "a new anti-corruption list 8.7%.",
        Q("41.6%", 41.6, "percent", h=0.05),
        Q("29.3%", 29.3, "percent", h=0.05),
        Q("8.7%", 8.7, "percent", h=0.05),
    ),
    S(
        "Turnout falls below 50% for first time in regional vote",
        Q("50%", 50, "percent", q="less_than"),
        N("first", ORD),
    ),
    S(
        "Only 27.4% of registered voters cast a ballot in the mayoral runoff, compared with 44% in "
        "the first round three weeks earlier.",
        Q("27.4%", 27.4, "percent", h=0.05),
        Q("44%", 44, "percent"),
        N("first", ORD),
        N("three weeks earlier", REL),
    ),
    S(
        "The president was re-elected with 58.3% of the vote on a turnout of 71.9%, official "
        "results showed on Monday.",
        Q("58.3%", 58.3, "percent", h=0.05),
        Q("71.9%", 71.9, "percent", h=0.05, subj="turnout"),
    ),
    S(
        "With 99.6% of ballots counted, the challenger led by 0.8 percentage points, or roughly "
        "46,000 votes.",
        Q("99.6%", 99.6, "percent", h=0.05),
        Q("0.8 percentage points", 0.8, "percentage_point", h=0.05),
        Q("46,000", 46000, h=500, q="approx"),
    ),
    S(
        "Support for the far-right party rose to 17.5% from 11.2% in 2020, a gain of 6.3 points.",
        Q("17.5%", 17.5, "percent", h=0.05),
        Q("11.2%", 11.2, "percent", h=0.05, period="2020"),
        N("2020", YEAR),
        Q("6.3 points", 6.3, "percentage_point", h=0.05),
    ),
    S(
        "Young voters turned out in record numbers: 54% of those aged 18 to 29 voted, up from 39% "
        "four years ago.",
        Q("54%", 54, "percent"),
        R("18 to 29", 18, 29, "age_year"),
        Q("39%", 39, "percent"),
        N("four years ago", REL),
    ),
    S(
        "Postal ballots accounted for nearly a third of the 4.6 million votes cast, the electoral "
        "authority said.",
        Q("a third", 1 / 3, q="below", whole=4.6 * M, by="authority"),
        Q("4.6 million", 4.6 * M, h=0.05 * M, subj="vote", by="authority"),
    ),
    S(
        "The Socialists' share slipped by half a percentage point to 19.9%, their lowest since "
        "1958.",
        Q("half a percentage point", 0.5, "percentage_point"),
        Q("19.9%", 19.9, "percent", h=0.05),
        N("1958", YEAR),
    ),
    S(
        "In the capital, turnout was 38.6%, nearly 20 points below the national average of 57.9%.",
        Q("38.6%", 38.6, "percent", h=0.05, subj="turnout"),
        Q("20 points", 20, "percentage_point", q="below"),
        Q("57.9%", 57.9, "percent", h=0.05),
    ),
    S(
        "Turnout at 8pm stood at 52.1%, against 49.7% at the same hour in 2022, the interior "
        "ministry said.",
        N("8pm", TIME),
        Q("52.1%", 52.1, "percent", h=0.05, subj="turnout", by="ministry"),
        Q("49.7%", 49.7, "percent", h=0.05, period="2022"),
        N("2022", YEAR),
    ),
    S(
        "Turnout in local elections has averaged 42% since 2015, against 66% in national votes over "
        "the same period.",
        Q("42%", 42, "percent", subj="turnout", period="since 2015"),
        N("2015", YEAR),
        Q("66%", 66, "percent"),
    ),
    S(
        "Liberals post best result in 40 years with 23.1% of vote",
        Q("40 years", 40, "year"),
        Q("23.1%", 23.1, "percent", h=0.05),
    ),
    # seats
    S(
        "The ruling coalition won 54 of the 90 seats in the regional assembly, keeping its majority "
        "by two.",
        Q("54", 54, whole=90, subj="seat"),
        Q("90", 90),
        Q("two", 2),
    ),
    S(
        "Opposition parties together secured 71 seats in the 151-member chamber, five short of a "
        "majority.",
        Q("71", 71, whole=151, subj="seat"),
        Q("151", 151),
        Q("five", 5),
    ),
    S(
        "Independents won 212 of the 1,340 municipal council seats, about 16%, the highest share in "
        "a local election since 2006.",
        Q("212", 212, whole=1340, subj="seat"),
        Q("1,340", 1340, h=5),
        Q("16%", 16, "percent", q="approx"),
        N("2006", YEAR),
    ),
    S(
        "Under the new electoral law, 225 of the 450 deputies are elected from party lists and the "
        "rest in single-member districts.",
        Q("225", 225, whole=450, subj="deput"),
        Q("450", 450, h=5),
    ),
    S(
        "The governing party lost its two-thirds majority, winning 131 seats out of 199, six fewer "
        "than it needed.",
        Q("two-thirds", 2 / 3),
        Q("131", 131, whole=199, subj="seat"),
        Q("199", 199),
        Q("six", 6),
    ),
    S(
        "Centre-right wins 12 of 18 constituencies in overseas territories",
        Q("12", 12, whole=18),
        Q("18", 18),
    ),
    S(
        "In 2021 the commission disqualified 18 candidates, 11 of them from opposition parties.",
        N("2021", YEAR),
        Q("18", 18, subj="candidate", period="2021", by="commission"),
        Q("11", 11, whole=18),
    ),
    # counting: stations, precincts, ballots
    S(
        "By 11pm, results from 8,412 of the 9,977 polling stations had been processed, the "
        "commission said on its website.",
        N("11pm", TIME),
        Q("8,412", 8412, whole=9977, by="commission"),
        Q("9,977", 9977),
    ),
    S(
        "With 2,861 of 3,010 precincts reporting, the measure was failing by 51.4% to 48.6%.",
        Q("2,861", 2861, whole=3010),
        Q("3,010", 3010, h=5),
        Q("51.4%", 51.4, "percent", h=0.05),
        Q("48.6%", 48.6, "percent", h=0.05),
    ),
    S(
        "Election officials declared 3.2% of the ballots invalid, more than double the share in the "
        "previous vote.",
        Q("3.2%", 3.2, "percent", h=0.05, subj="ballot", by="officials"),
    ),
    S(
        "Some 148,000 ballots were spoiled, many of them with slogans written across the "
        "candidates' names, observers said.",
        Q("148,000", 148000, h=500, q="approx", subj="ballot", by="observers"),
    ),
    S(
        "The recount in Precinct 1457 added 312 votes to the incumbent's total and took 63 from her "
        "rival.",
        N("1457", REF),
        Q("312", 312, subj="vote"),
        Q("63", 63),
    ),
    S(
        "Voters cast 6,218,440 ballots, of which 6,102,117 were valid, according to the final "
        "protocol.",
        Q("6,218,440", 6218440, h=5, subj="ballot", by="protocol"),
        Q("6,102,117", 6102117, whole=6218440, by="protocol"),
    ),
    S(
        "Counting was halted at 37 polling stations in district No 12 after the number of ballots "
        "exceeded the number of signatures on the register.",
        Q("37", 37, subj="station"),
        N("12", REF),
    ),
    S(
        "About 1 in 8 ballots from the diaspora arrived after the deadline and went uncounted.",
        Q("1 in 8", 1, whole=8, q="approx", subj="ballot"),
    ),
    S(
        "Mobile ballot boxes were used by 2.7 million voters, or 4.9% of all who took part, a "
        "record the commission attributed to an ageing electorate.",
        Q("2.7 million", 2.7 * M, h=0.05 * M),
        Q("4.9%", 4.9, "percent", h=0.05),
    ),
    S(
        "Electronic voting machines failed at 146 of the 2,300 polling places in the county, "
        "forcing officials to switch to paper for up to three hours.",
        Q("146", 146, whole=2300),
        Q("2,300", 2300, h=50),
        Q("three hours", 3, "hour", q="up_to"),
    ),
    S(
        "Elections chief resigns a week after 40,000 ballots found in warehouse",
        Q("40,000", 40000, h=2000),
    ),
    # statistical anomalies
    S(
        "Analysts found 2,184 polling stations reporting turnout above 90%, almost all of them in "
        "just 6 regions.",
        Q("2,184", 2184, subj="station", by="Analysts"),
        Q("90%", 90, "percent", q="more_than", subj="turnout"),
        Q("6", 6),
    ),
    S(
        "Turnout above 90% at hundreds of stations raises doubts over count",
        Q("90%", 90, "percent", q="more_than", subj="Turnout"),
        N("hundreds", VAGUE),
    ),
    S(
        "At 412 polling stations the incumbent received exactly 85% of the vote, a coincidence the "
        "statisticians put at less than one in a million.",
        Q("412", 412, subj="station"),
        Q("85%", 85, "percent"),
        Q("one in a million", 1, whole=1 * M, q="less_than", by="statisticians"),
    ),
    S(
        "In 17 of the region's 41 districts, turnout exceeded 95% and the ruling party's share "
        "topped 90%.",
        Q("17", 17, whole=41, subj="district"),
        Q("41", 41),
        Q("95%", 95, "percent", q="more_than", subj="turnout"),
        Q("90%", 90, "percent", q="more_than"),
    ),
    S(
        "The ruling party's vote rose by 0.7 percentage points for every additional point of "
        "turnout, a correlation that independent statisticians call implausible.",
        Q("0.7 percentage points", 0.7, "percentage_point", h=0.05),
    ),
    S(
        "Turnout at station No 3021 was recorded as 99.97%, with 3,109 of 3,110 registered voters "
        "said to have voted by 2pm.",
        N("3021", REF),
        Q("99.97%", 99.97, "percent", h=0.005, subj="Turnout"),
        Q("3,109", 3109, whole=3110),
        Q("3,110", 3110, h=5),
        N("2pm", TIME),
    ),
    S(
        "Independent analysts estimate that between 8 million and 12 million of the votes credited "
        "to the winner were added during the count.",
        R("8 million and 12 million", 8 * M, 12 * M, subj="vote", by="analysts"),
    ),
    S(
        "Statisticians counted 1,560 precincts where every candidate's result was a whole-number "
        "percentage, against about 40 expected by chance.",
        Q("1,560", 1560, h=5, subj="precinct", by="Statisticians"),
        Q("40", 40, q="approx"),
    ),
    S(
        "Observers at polling station 45 in the northern district recorded 612 voters, but the "
        "official protocol showed 1,489.",
        N("45", REF),
        Q("612", 612, subj="voter", by="Observers"),
        Q("1,489", 1489, by="protocol"),
    ),
    S(
        "Data published at 06:00 showed turnout in Precinct 218 at 104%, which the commission "
        "blamed on a typing error.",
        N("06:00", TIME),
        N("218", REF),
        Q("104%", 104, "percent", subj="turnout"),
    ),
    # commission against observers, officials against independents
    S(
        "The commission put turnout at 67.1%, while the observer mission's parallel vote tabulation "
        "suggested 52%, plus or minus 2 points.",
        Q("67.1%", 67.1, "percent", h=0.05, subj="turnout", by="commission"),
        Q("52%", 52, "percent", by="mission"),
        Q("2 points", 2, "percentage_point"),
    ),
    S(
        "Officials said 1.9 million people voted in the capital; the independent monitoring group "
        "Votewatch counted no more than 1.3 million.",
        Q("1.9 million", 1.9 * M, h=0.05 * M, subj="people", by="Officials"),
        Q("1.3 million", 1.3 * M, h=0.05 * M, q="up_to", by="Votewatch"),
    ),
    S(
        "The electoral commission recorded 214 complaints, but the domestic monitor Civic Eye said "
        "it had received 3,480 reports of irregularities.",
        Q("214", 214, subj="complaint", by="commission"),
        Q("3,480", 3480, h=5, subj="report", by="Civic Eye"),
    ),
    S(
        "Official results gave the incumbent 76.4%; exit polls by two independent institutes put "
        "him at 54% and 57%.",
        Q("76.4%", 76.4, "percent", h=0.05),
        Q("two", 2),
        Q("54%", 54, "percent"),
        Q("57%", 57, "percent"),
    ),
    S(
        "The commission said 0.4% of ballots were spoiled; observers from the OSCE reported a rate "
        "almost five times higher at the stations they visited.",
        Q("0.4%", 0.4, "percent", h=0.05, subj="ballot", by="commission"),
        Q("five", 5, q="below", by="observers"),
    ),
    S(
        "According to the government, 84% of eligible voters took part in the referendum; the "
        "opposition, which had called a boycott, says turnout was under 30%.",
        Q("84%", 84, "percent", subj="voter", by="government"),
        Q("30%", 30, "percent", q="less_than", subj="turnout", by="opposition"),
    ),
    S(
        "The foreign ministry reported 1,041 polling stations open abroad, while the diaspora "
        "association said only 620 were within reach of most voters.",
        Q("1,041", 1041, subj="station", by="ministry"),
        Q("620", 620, h=5, by="association"),
    ),
    S(
        "The central commission announced a winning margin of 2.3 million votes, but a count of "
        "protocols collected by volunteers showed the challenger ahead by about 400,000.",
        Q("2.3 million", 2.3 * M, h=0.05 * M, subj="margin", by="commission"),
        Q("400,000", 400000, h=20000, q="approx", by="volunteers"),
    ),
    S(
        "State television put the ruling party on 62 seats; the count by the opposition's own "
        "observers gave it 47 of the 120.",
        Q("62", 62, subj="seat", by="television"),
        Q("47", 47, whole=120, by="observers"),
        Q("120", 120, h=5),
    ),
    S(
        "The commission reported turnout of 48.2% in the southern province, yet video from 300 "
        "stations, reviewed by volunteers, showed an average of 31%.",
        Q("48.2%", 48.2, "percent", h=0.05, subj="turnout", by="commission"),
        Q("300", 300, h=15, subj="station"),
        Q("31%", 31, "percent"),
    ),
    S(
        "The election commission counts 34,500 registered observers, but the monitoring coalition "
        "says fewer than 9,000 were allowed inside polling stations.",
        Q("34,500", 34500, h=50, subj="observer", by="commission"),
        Q("9,000", 9000, h=450, q="less_than", by="coalition"),
    ),
    S(
        "The interior ministry said 2,300 protesters were detained after the vote, but the rights "
        "group Open Cells put the number at 3,912.",
        Q("2,300", 2300, h=50, subj="protester", by="ministry"),
        Q("3,912", 3912, by="Open Cells"),
    ),
    S(
        "Exit polls gave the opposition bloc 44.5%, but the first official returns showed it on "
        "38.9%, with 12.3% of precincts counted.",
        Q("44.5%", 44.5, "percent", h=0.05, by="Exit poll"),
        N("first", ORD),
        Q("38.9%", 38.9, "percent", h=0.05),
        Q("12.3%", 12.3, "percent", h=0.05),
    ),
    S(
        "Party's own tally shows 31 seats, six more than the commission's count",
        Q("31", 31),
        Q("six", 6),
    ),
    S(
        "The opposition says 1,200 of its observers were expelled from polling stations; the "
        "commission acknowledges 87 removals.",
        Q("1,200", 1200, h=50, subj="observer", by="opposition"),
        Q("87", 87, subj="removal", by="commission"),
    ),
    S(
        "Turnout in the diaspora was 19%, the foreign ministry said, though the commission's own "
        "figure was 23.5%.",
        Q("19%", 19, "percent", subj="Turnout", by="ministry"),
        Q("23.5%", 23.5, "percent", h=0.05),
    ),
    S(
        "The government says 97% of households have been counted in the census; the opposition "
        "says coverage in the eastern regions was only 60%.",
        Q("97%", 97, "percent", subj="household", by="government"),
        Q("60%", 60, "percent", subj="coverage", by="opposition"),
    ),
    S(
        "The audit office found that the ministry had counted 1,312 schools as renovated, though "
        "work at 287 of them had not started.",
        Q("1,312", 1312),
        Q("287", 287, whole=1312, by="audit office"),
    ),
    S(
        "Commission says 11.4 million voted; monitors put figure at 8 million",
        Q("11.4 million", 11.4 * M, h=0.05 * M, by="Commission"),
        Q("8 million", 8 * M, h=0.5 * M, by="monitors"),
    ),
    # opinion polls
    S(
        "A survey of 1,204 likely voters, conducted from 2 to 5 October, gave the incumbent 47% and "
        "her challenger 44%, within the margin of error of plus or minus 3 points.",
        Q("1,204", 1204, subj="voter"),
        N("2 to 5 October", DATE),
        Q("47%", 47, "percent"),
        Q("44%", 44, "percent"),
        Q("3 points", 3, "percentage_point", subj="margin"),
    ),
    S(
        "The latest poll of 2,500 adults has a margin of error of 2 percentage points, so the "
        "two-point gap between the leading candidates is not significant.",
        Q("2,500", 2500, h=50, subj="adult"),
        Q("2 percentage points", 2, "percentage_point"),
        Q("two-point", 2, "percentage_point"),
    ),
    S(
        "Pollsters underestimated the populist vote by an average of 4.6 percentage points across "
        "the 11 national surveys published in the final week.",
        Q("4.6 percentage points", 4.6, "percentage_point", h=0.05),
        Q("11", 11),
    ),
    S(
        "Only 36% of respondents said they trusted the official turnout figures, according to a "
        "telephone poll of 1,000 people by an independent institute.",
        Q("36%", 36, "percent", subj="respondent", by="institute"),
        Q("1,000", 1000, h=50),
    ),
    S(
        "Poll puts Greens on 21%, up 5 points in a month",
        Q("21%", 21, "percent", by="Poll"),
        Q("5 points", 5, "percentage_point"),
    ),
    S(
        "About two in three voters aged over 60 backed the governing party, compared with fewer "
        "than one in four of those under 30, the exit poll suggested.",
        Q("two in three", 2, whole=3, q="approx", subj="voter", by="exit poll"),
        Q("60", 60, "age_year", q="more_than"),
        Q("one in four", 1, whole=4, q="less_than"),
        Q("30", 30, "age_year", q="less_than"),
    ),
    S(
        "The online panel of 5,312 respondents was weighted by age, sex and region; its margin of "
        "error is 1.4 percentage points at the 95% confidence level.",
        Q("5,312", 5312, subj="respondent"),
        Q("1.4 percentage points", 1.4, "percentage_point", h=0.05),
        Q("95%", 95, "percent"),
    ),
    S(
        "Support for the president's party has fallen in each of the past seven months, to 26%, "
        "the lowest since the pollster began asking the question in 2011.",
        Q("seven months", 7, "month"),
        Q("26%", 26, "percent", subj="support"),
        N("2011", YEAR),
    ),
    S(
        "A poll for the broadcaster found that 58% of voters wanted a second referendum, with 9% "
        "undecided; it surveyed 1,850 people online.",
        Q("58%", 58, "percent", subj="voter", by="poll"),
        N("second", ORD),
        Q("9%", 9, "percent"),
        Q("1,850", 1850, h=5),
    ),
    S(
        "The two main pollsters differ by 7 points on the ruling party's support: one shows 33%, "
        "the other 40%.",
        N("two", DEF),
        Q("7 points", 7, "percentage_point"),
        N("one", DEF),
        Q("33%", 33, "percent"),
        Q("40%", 40, "percent"),
    ),
    S(
        "Final poll had mayor 12 points ahead; he won by 3.4 points",
        Q("12 points", 12, "percentage_point", by="poll"),
        Q("3.4 points", 3.4, "percentage_point", h=0.05),
    ),
    S(
        "Among 800 voters surveyed in the district, 52% backed the recall, a result with a margin "
        "of error of about 3.5 points.",
        Q("800", 800, h=40),
        Q("52%", 52, "percent"),
        Q("3.5 points", 3.5, "percentage_point", h=0.05, q="approx"),
    ),
    S(
        "The statistics agency stopped publishing monthly death figures in 2022, after a series "
        "that had appeared every month since 1994.",
        N("2022", YEAR),
        N("1994", YEAR),
    ),
    S(
        "After changing its methodology in 2019, the agency revised the poverty rate for the "
        "previous year down to 12.6% from 20.1%.",
        N("2019", YEAR),
        Q("12.6%", 12.6, "percent", h=0.05, subj="rate", by="agency"),
        Q("20.1%", 20.1, "percent", h=0.05),
    ),
    S(
        "The redefinition of 'rural settlement' moved about 1.1 million people into the urban "
        "column without anyone moving house.",
        Q("1.1 million", 1.1 * M, h=0.05 * M, q="approx"),
    ),
    S(
        "GDP growth for 2023 revised to 3.6% from 2.2% in third estimate",
        N("2023", YEAR),
        Q("3.6%", 3.6, "percent", h=0.05, subj="growth"),
        Q("2.2%", 2.2, "percent", h=0.05),
        N("third", ORD),
    ),
    S(
        "The bureau has revised its population estimate 4 times since 2018, most recently cutting "
        "it by 370,000.",
        Q("4", 4, period="since 2018"),
        N("2018", YEAR),
        Q("370,000", 370000, h=5000),
    ),
    S(
        "Unemployment data for the fourth quarter were delayed by 6 weeks as the office switched to "
        "a new sampling frame of 60,000 households.",
        N("fourth quarter", "quarter label"),
        Q("6 weeks", 6, "week"),
        Q("60,000", 60000, h=3000),
    ),
    S(
        "The change of definition cut the number of registered unemployed by 240,000, or about "
        "18%, overnight.",
        Q("240,000", 240000, h=5000),
        Q("18%", 18, "percent", q="approx"),
    ),
    S(
        "Since 2020 the statistics service has published mortality by cause only once a year, "
        "instead of monthly, and with a lag of up to 10 months.",
        N("2020", YEAR),
        Q("10 months", 10, "month", q="up_to"),
    ),
    S(
        "The revised series shows the economy shrinking in 3 of the 8 months that the first "
        "estimates had recorded as growth.",
        Q("3", 3, whole=8),
        Q("8", 8),
        N("first", ORD),
    ),
    S(
        "In 2021 the agency reclassified about 40,000 deaths with Covid as a secondary cause, "
        "lowering the pandemic toll in its headline table by 9.4%.",
        N("2021", YEAR),
        Q("40,000", 40000, h=2000, q="approx", subj="death", by="agency"),
        Q("9.4%", 9.4, "percent", h=0.05),
    ),
    S(
        "Statistics agency halts publication of crime figures for 2024",
        N("2024", YEAR),
    ),
    S(
        "The statistics office says 1.6 million people left the country in 2022, while the "
        "migration research centre's estimate is between 2.1 million and 2.5 million.",
        Q("1.6 million", 1.6 * M, h=0.05 * M, subj="people", period="2022", by="office"),
        N("2022", YEAR),
        R("2.1 million and 2.5 million", 2.1 * M, 2.5 * M, by="centre"),
    ),
    S(
        "The national statistics agency reports an unemployment rate of 3.1%, while a labour-force "
        "survey by the university's economics faculty found 7.8%.",
        Q("3.1%", 3.1, "percent", h=0.05, subj="unemployment", by="agency"),
        Q("7.8%", 7.8, "percent", h=0.05, by="faculty"),
    ),
    S(
        "Official inflation was 6.2% last year, but a basket of 500 goods tracked by an independent "
        "price monitor rose 14.5%.",
        Q("6.2%", 6.2, "percent", h=0.05, subj="inflation"),
        Q("500", 500, h=25),
        Q("14.5%", 14.5, "percent", h=0.05),
    ),
    S(
        "The country ranked 121st of 174 in the World Bank's statistical performance index, down "
        "from 96th in 2019.",
        Q("121st", 121, "rank", whole=174),
        Q("174", 174),
        Q("96th", 96, "rank", period="2019"),
        N("2019", YEAR),
    ),
    # demography: births, deaths, excess mortality
    S(
        "Deaths exceeded births by 412,700 last year, the largest natural decline since 2001, the "
        "statistics office said.",
        Q("412,700", 412700, h=50, by="office"),
        N("2001", YEAR),
    ),
    S(
        "Births fell 6.3% to 1.19 million in 2024, while deaths rose to 1.76 million.",
        Q("6.3%", 6.3, "percent", h=0.05, subj="Birth"),
        Q("1.19 million", 1.19 * M, h=0.005 * M, period="2024"),
        N("2024", YEAR),
        Q("1.76 million", 1.76 * M, h=0.005 * M),
    ),
    S(
        "Excess mortality reached 23% in the winter months, with about 58,000 more deaths than the "
        "five-year average.",
        Q("23%", 23, "percent"),
        Q("58,000", 58000, h=500, q="approx"),
        Q("five-year", 5, "year"),
    ),
    S(
        "Life expectancy for men rose to 67.6 years, still 10.2 years below that of women, the "
        "census bureau said.",
        Q("67.6 years", 67.6, "year", h=0.05, subj="expectancy", by="bureau"),
        Q("10.2 years", 10.2, "year", h=0.05),
    ),
    S(
        "The infant mortality rate fell to 4.1 per 1,000 live births, a figure doctors in three "
        "provinces say is undercounted.",
        Q("4.1 per 1,000", 4.1, h=0.05, whole=1000, subj="rate"),
        Q("three", 3),
    ),
    S(
        "Population shrinks by 0.6% to 17.3 million, fewest since 1962",
        Q("0.6%", 0.6, "percent", h=0.05),
        Q("17.3 million", 17.3 * M, h=0.05 * M),
        N("1962", YEAR),
    ),
    S(
        "More than 2,000 villages in the province had no births at all in 2023, and 640 had no "
        "residents under 18.",
        Q("2,000", 2000, q="more_than"),
        N("2023", YEAR),
        Q("640", 640, h=5),
        Q("18", 18, "age_year", q="less_than"),
    ),
    S(
        "The fertility rate slid to 1.29 children per woman in 2023 from 1.53 in 2016, the national "
        "statistics office said.",
        Q("1.29", 1.29, h=0.005, subj="fertility", period="2023", by="office"),
        N("2023", YEAR),
        Q("1.53", 1.53, h=0.005, period="2016"),
        N("2016", YEAR),
    ),
    S(
        "Net migration added 86,000 people in the first half of the year, offsetting roughly "
        "two-thirds of the natural decline.",
        Q("86,000", 86000, h=500),
        N("first half", REL),
        Q("two-thirds", 2 / 3, q="approx"),
    ),
    S(
        "Around 12% of deaths registered in 2022 were recorded with an 'unknown' or 'ill-defined' "
        "cause, double the rate in 2015.",
        Q("12%", 12, "percent", q="approx"),
        N("2022", YEAR),
        N("2015", YEAR),
    ),
    S(
        "The number of people aged 80 and over has tripled since 1990 to 1.4 million, or 7.2% of "
        "the population.",
        Q("80", 80, "age_year", q="at_least"),
        N("1990", YEAR),
        Q("1.4 million", 1.4 * M, h=0.05 * M, period="since 1990"),
        Q("7.2%", 7.2, "percent", h=0.05),
    ),
    S(
        "Suicides rose for a third straight year to 9,870, though the coroners' association says "
        "about 1,500 more were logged as accidents.",
        N("third", ORD),
        Q("9,870", 9870, h=5),
        Q("1,500", 1500, h=50, q="approx", by="association"),
    ),
    S(
        "Officially 91,400 people died of Covid in the first year of the pandemic; demographers put "
        "excess deaths over the same period at roughly 260,000.",
        Q("91,400", 91400, h=50),
        N("first", ORD),
        Q("260,000", 260000, h=5000, q="approx", subj="death", by="demographers"),
    ),
    S(
        "The health ministry recorded 2,870 heat-related deaths during the July heatwave, about a "
        "third of the 8,600 excess deaths estimated by researchers.",
        Q("2,870", 2870, h=5, subj="death", by="ministry"),
        Q("a third", 1 / 3, q="approx", whole=8600),
        Q("8,600", 8600, h=50, subj="death", by="researchers"),
    ),
    S(
        "Deaths among people aged 65 to 79 were 14.8% above the pre-pandemic baseline in 2021, "
        "compared with 9.1% for younger adults.",
        R("65 to 79", 65, 79, "age_year"),
        Q("14.8%", 14.8, "percent", h=0.05, period="2021"),
        N("2021", YEAR),
        Q("9.1%", 9.1, "percent", h=0.05),
    ),
    # performance targets
    S(
        "The region reported exactly the 70% turnout target set by the presidential administration, "
        "down to the first decimal: 70.0%.",
        Q("70%", 70, "percent"),
        N("first", ORD),
        Q("70.0%", 70.0, "percent", h=0.05),
    ),
    S(
        "Of the 85 regions, 31 reported hitting the vaccination target of 80% on the last day of "
        "the reporting period.",
        Q("85", 85),
        Q("31", 31, whole=85),
        Q("80%", 80, "percent"),
    ),
    S(
        "The hospital said waiting times met the four-hour target for 95.0% of patients, exactly "
        "the share required to avoid a fine.",
        Q("four-hour", 4, "hour"),
        Q("95.0%", 95.0, "percent", h=0.05, subj="patient", by="hospital"),
    ),
    S(
        "Police in the province solved 75% of reported crimes in every quarter of 2023, precisely "
        "the benchmark set by the ministry.",
        Q("75%", 75, "percent"),
        N("quarter", REL),
        N("2023", YEAR),
    ),
    S(
        "Regional governors are rated on 24 indicators; the region ranked 3rd of 85 in the latest "
        "list after reporting 100% of its targets met.",
        Q("24", 24),
        Q("3rd", 3, "rank", whole=85),
        Q("85", 85),
        Q("100%", 100, "percent"),
    ),
    S(
        "Schools must achieve a pass rate of at least 90%, and 212 of 240 reported rates between "
        "90% and 91%.",
        Q("90%", 90, "percent", q="at_least"),
        Q("212", 212, whole=240),
        Q("240", 240, h=5),
        R("90% and 91%", 90, 91, "percent"),
    ),
    S(
        "The province hit its 65% turnout target with 65.02%, ranking 1st among the 14 regions that "
        "voted.",
        Q("65%", 65, "percent"),
        Q("65.02%", 65.02, "percent", h=0.005),
        Q("1st", 1, "rank", whole=14),
        Q("14", 14),
    ),
    S(
        "Local officials were told to deliver a turnout of no less than 80% and a ruling party share "
        "of 75%, a leaked memo showed.",
        Q("80%", 80, "percent", q="at_least", subj="turnout", by="memo"),
        Q("75%", 75, "percent", subj="share", by="memo"),
    ),
    S(
        "Polls close at 20:00 on 28 September, and the first preliminary results are expected about "
        "three hours later.",
        N("20:00", TIME),
        N("28 September", DATE),
        N("first", ORD),
        N("three hours later", REL),
    ),
    S(
        "Voters in district No 7 and district No 23 will use the new scanners, which were certified "
        "under Article 64 of the electoral code.",
        N("7", REF),
        N("23", REF),
        N("Article 64", LAW),
    ),
    S(
        "The run-off is scheduled for 9 November, two weeks after the first round, under the 2017 "
        "constitution.",
        N("9 November", DATE),
        N("two weeks after", REL),
        N("first", ORD),
        N("2017", YEAR),
    ),
    S(
        "Form 12-B, the tally sheet used at each station, lists candidates in the order drawn by lot "
        "on 3 March.",
        N("12-B", MODEL),
        N("3 March", DATE),
    ),
    S(
        "The party list of the Union of the Centre, No 4 on the ballot, won 2.9%, short of the 3% "
        "threshold for entering parliament.",
        N("4", REF),
        Q("2.9%", 2.9, "percent", h=0.05),
        Q("3%", 3, "percent"),
    ),
    S(
        "The commission's resolution No 118/964, dated 14 June, moved one of the polling stations "
        "in the 2nd ward to a school gym.",
        N("118/964", REF),
        N("14 June", DATE),
        N("one", ONE),
        N("2nd", ORD),
    ),
    S(
        "The second round, set for 4 May, pits the incumbent against a candidate who polled single "
        "digits as recently as 2023.",
        N("second", ORD),
        N("4 May", DATE),
        N("2023", YEAR),
    ),
]
