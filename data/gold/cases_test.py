"""Held-out test gold sentences (test-001 on), annotated by hand (see build.py and README.md).

Scored only by bench/extract_quality.py; not in the pytest suite. Do not read these case by
case while working on the extractor, do not tune to them, and do not add sentences here (new
cases go to cases_dev.py or to a new file). Every sentence is written for this project; the
facts in it may be invented. Notation as in cases_dev.py.
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
    REL,
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
    # --- local government budgets
    S(
        "The city council approved a £412.6m budget for 2025/26, raising council tax by 4.99%.",
        Q("£412.6m", 412.6 * M, "GBP", h=0.05 * M, subj="budget"),
        N("2025/26", "fiscal year label"),
        Q("4.99%", 4.99, "percent", h=0.005, subj="tax"),
    ),
    S(
        "Councillors voted 38 to 11 to close three branch libraries and shorten street-lighting hours.",
        Q("38", 38),
        Q("11", 11),
        Q("three", 3, subj="librar"),
    ),
    S(
        "The county faces a funding gap of roughly $57 million over the next three years, its finance director warned.",
        Q("$57 million", 57 * M, "USD", h=0.5 * M, q="approx", subj="gap", by="finance director"),
        Q("three years", 3, "year"),
    ),
    S(
        "Adult social care now swallows 43 pence of every pound the borough collects in council tax.",
        Q("43 pence", 0.43, "GBP"),
    ),
    S(
        "The mayor, 61, said the city would borrow no more than 200 million zlotys to finish the tram line.",
        Q("61", 61, "age_year"),
        Q("200 million zlotys", 200 * M, "PLN", h=0.5 * M, q="up_to"),
    ),
    S(
        "About a tenth of the city's 13,400 municipal staff face unpaid furloughs of up to 10 days.",
        Q("a tenth", 0.1, q="approx"),
        Q("13,400", 13400, h=50, subj="staff"),
        Q("10 days", 10, "day", q="up_to"),
    ),
    S(
        "The district will spend Rs 14.5 crore on new storm drains before the monsoon.",
        Q("Rs 14.5 crore", 1.45e8, "INR", h=5e5),
    ),
    # --- courts
    S(
        "A federal jury ordered the chemical maker to pay $857 million in damages to seven former students.",
        Q("$857 million", 857 * M, "USD", h=0.5 * M, subj="damage"),
        Q("seven", 7, subj="student"),
    ),
    S(
        "Judge Amira Lowe jailed the 44-year-old former treasurer for six and a half years.",
        Q("44-year-old", 44, "age_year"),
        Q("six and a half years", 6.5, "year"),
    ),
    S(
        "The appeal court cut the fine to €2.06bn from €2.42bn.",
        Q("€2.06bn", 2.06 * B, "EUR", h=0.005 * B, subj="fine"),
        Q("€2.42bn", 2.42 * B, "EUR", h=0.005 * B),
    ),
    S(
        "Prosecutors say the ring smuggled no fewer than 1,100 firearms across the border between 2019 and 2023.",
        Q("1,100", 1100, h=50, q="at_least", subj="firearm", by="prosecutor"),
        N("2019", YEAR),
        N("2023", YEAR),
    ),
    S(
        "The trial heard from 64 witnesses over 11 weeks.",
        Q("64", 64, subj="witness"),
        Q("11 weeks", 11, "week"),
    ),
    S(
        "Of the 1,912 claims filed last year, 1,104 were settled before reaching a courtroom.",
        Q("1,912", 1912, subj="claim"),
        Q("1,104", 1104, whole=1912),
    ),
    S(
        "A court in Lagos fined the airline ₦1.5 billion for breaching consumer protection rules.",
        Q("₦1.5 billion", 1.5 * B, "NGN", h=0.05 * B),
    ),
    S(
        "The jury took less than four hours to reach its verdict.",
        Q("four hours", 4, "hour", q="less_than"),
    ),
    # --- transport
    S(
        "The new line will cut the journey between Madrid and Lisbon from nine hours to about three hours.",
        Q("nine hours", 9, "hour"),
        Q("three hours", 3, "hour", q="approx"),
    ),
    S(
        "Heathrow handled 83.9 million passengers in 2024, 6% more than the year before.",
        Q("83.9 million", 83.9 * M, h=0.05 * M, subj="passenger", period="2024"),
        N("2024", YEAR),
        Q("6%", 6, "percent"),
    ),
    S(
        "Only 67.8 per cent of trains arrived at most five minutes late last month, the regulator said.",
        Q("67.8 per cent", 67.8, "percent", h=0.05, by="regulator"),
        Q("five minutes", 5, "minute", q="up_to"),
    ),
    S(
        "The Boeing 787 diverted to Anchorage after a cockpit window cracked at 35,000 feet.",
        N("787", MODEL),
        Q("35,000 feet", 35000, "ft", h=500),
    ),
    S(
        "Drivers on the M6 Toll now pay £9.70 for a car at peak times.",
        N("M6", MODEL),
        Q("£9.70", 9.7, "GBP", h=0.005),
    ),
    S(
        "The bridge, 1.6 miles long, carried about 30,000 vehicles a day before it collapsed.",
        Q("1.6 miles", 1.6, "mi", h=0.05),
        Q("30,000", 30000, h=1500, q="approx", subj="vehicle"),
    ),
    S(
        "Average speeds on the ring road fell to 11 mph during the morning rush hour.",
        Q("11 mph", 11, "mph", subj="speed"),
    ),
    S(
        "The tunnel is 57 km long and runs up to 2,300 metres beneath the mountain.",
        Q("57 km", 57, "km"),
        Q("2,300 metres", 2300, "m", q="up_to"),
    ),
    S(
        "Commuters who switch to the 20-minute express service will save 40 to 60 minutes a week.",
        Q("20-minute", 20, "minute"),
        R("40 to 60 minutes", 40, 60, "minute"),
    ),
    S(
        "The city ranked second among 40 European capitals for public transport in the survey.",
        Q("second", 2, "rank", whole=40),
        Q("40", 40, subj="capital"),
    ),
    # --- agriculture
    S(
        "Farmers expect a wheat harvest of 22.3 million tonnes, down from 25.6 million tonnes last season.",
        Q("22.3 million tonnes", 22.3 * M, "t", h=0.05 * M, subj="harvest"),
        Q("25.6 million tonnes", 25.6 * M, "t", h=0.05 * M),
    ),
    S(
        "Yields averaged 7.2 tonnes per hectare on the irrigated plots.",
        Q("7.2 tonnes", 7.2, "t", h=0.05, subj="yield"),
    ),
    S(
        "Soybean futures slipped 1.2% to $11.87 a bushel in Chicago.",
        Q("1.2%", 1.2, "percent", h=0.05),
        Q("$11.87", 11.87, "USD", h=0.005),
    ),
    S(
        "Drought has damaged crops on roughly two-fifths of the country's farmland.",
        Q("two-fifths", 0.4, q="approx"),
    ),
    S(
        "India's sugar output will fall 8-10% to about 32 million tonnes this season, the industry body forecast.",
        R("8-10%", 8, 10, "percent"),
        Q(
            "32 million tonnes",
            32 * M,
            "t",
            h=0.5 * M,
            q="approx",
            subj="output",
            by="industry body",
        ),
    ),
    S(
        "Cocoa has tripled in price since January 2023 and now trades above $10,000 a tonne.",
        N("2023", DATE),
        Q("$10,000", 10000, "USD", q="more_than"),
    ),
    S(
        "Grain silos at the port can hold 1.1 million cubic metres.",
        Q("1.1 million cubic metres", 1.1 * M, "m3", h=0.05 * M),
    ),
    # --- science and space
    S(
        "The probe will travel 6.3 billion kilometres in eight years before reaching Jupiter's icy moon.",
        Q("6.3 billion kilometres", 6.3 * B, "km", h=0.05 * B),
        Q("eight years", 8, "year"),
    ),
    S(
        "The asteroid, some 340 metres wide, will pass 32,000 km from Earth on 13 April 2029.",
        Q("340 metres", 340, "m", h=5, q="approx"),
        Q("32,000 km", 32000, "km", h=500),
        N("13 April", DATE),
        N("2029", DATE),
    ),
    S(
        "Surface temperatures on the night side plunge to minus 173 degrees Celsius.",
        Q("minus 173 degrees Celsius", -173, "degC", subj="temperature"),
    ),
    S(
        "Scientists drilled an ice core 2.8 km deep that holds air up to 1.2 million years old.",
        Q("2.8 km", 2.8, "km", h=0.05),
        Q("1.2 million years old", 1.2 * M, "age_year", h=0.05 * M, q="up_to"),
    ),
    S(
        "The spacecraft passed 6.1 million km from the Sun's surface at 692,000 km/h, NASA said.",
        Q("6.1 million km", 6.1 * M, "km", h=0.05 * M, by="NASA"),
        Q("692,000 km/h", 692000, "km/h", h=500, by="NASA"),
    ),
    S(
        "The capsule brought back 121.6 grams of rock, more than double the target of 60 grams.",
        Q("121.6 grams", 121.6, "g", h=0.05),
        Q("60 grams", 60, "g", subj="target"),
    ),
    S(
        "About one in four stars in the survey hosts a planet the size of Earth.",
        Q("one in four", 1, whole=4, q="approx"),
    ),
    # --- disasters
    S(
        "The earthquake killed at least 2,960 people and left 18,000 buildings uninhabitable, the disaster agency said.",
        Q("2,960", 2960, h=5, q="at_least", subj="people", by="disaster agency"),
        Q("18,000", 18000, h=500, subj="building"),
    ),
    S(
        "The wildfire has burned 218 square kilometres and is 12% contained.",
        Q("218 square kilometres", 218, "km2"),
        Q("12%", 12, "percent"),
    ),
    S(
        "The cyclone packed winds of up to 260 km/h when it made landfall.",
        Q("260 km/h", 260, "km/h", q="up_to", subj="wind"),
    ),
    S(
        "Insured losses from the storms will be between $4.5bn and $6bn, the modelling firm said.",
        R("$4.5bn and $6bn", 4.5 * B, 6 * B, "USD", subj="loss", by="modelling firm"),
    ),
    S(
        "Nearly 800 millimetres of rain fell on the city in 48 hours, more than it usually gets in a year.",
        Q("800 millimetres", 800, "mm", h=40, q="below"),
        Q("48 hours", 48, "hour"),
    ),
    S(
        "The heat dome pushed Lytton to 49.6C, beating the national record by 4.6 degrees.",
        Q("49.6C", 49.6, "degC", h=0.05),
        Q("4.6 degrees", 4.6, "deg", h=0.05),
    ),
    S(
        "Twenty-five miners were trapped underground after the collapse.",
        Q("Twenty-five", 25, subj="miner"),
    ),
    S(
        "The leak spilled 9,000 litres of diesel into the river.",
        Q("9,000 litres", 9000, "l", h=450),
    ),
    S(
        "Ottawa has spent C$1.2 billion fighting this season's fires, which burned 1,400 square miles in Alberta alone.",
        Q("C$1.2 billion", 1.2 * B, "CAD", h=0.05 * B),
        Q("1,400 square miles", 1400, "mi2", h=50),
    ),
    S(
        "The oldest survivor, aged 101, was carried out on a stretcher.",
        Q("101", 101, "age_year"),
    ),
    # --- sport results and transfers
    S(
        "Arsenal beat Lens 6-0, with four different players scoring.",
        Q("6", 6),
        Q("0", 0),
        Q("four", 4, subj="player"),
    ),
    S(
        "The 21-year-old winger joined from Benfica for an initial €64m, which could rise to €80m with add-ons.",
        Q("21-year-old", 21, "age_year"),
        Q("€64m", 64 * M, "EUR", h=0.5 * M),
        Q("€80m", 80 * M, "EUR", h=0.5 * M),
    ),
    S(
        "The sprinter won the 100m final in 9.81 seconds.",
        N("100m", "name of an event"),
        Q("9.81 seconds", 9.81, "second", h=0.005),
    ),
    S(
        "The Dane finished 7th of 22 riders in the time trial.",
        Q("7th", 7, "rank", whole=22),
        Q("22", 22, subj="rider"),
    ),
    S(
        "The club has lost 9 of its last 11 home games and sits 18th in the table.",
        Q("9", 9, whole=11, subj="game"),
        Q("11", 11),
        Q("18th", 18, "rank"),
    ),
    S(
        "Tickets for the final range from 95 euros to 2,000 euros.",
        R("95 euros to 2,000 euros", 95, 2000, "EUR", subj="ticket"),
    ),
    S(
        "Upwards of 1.3 billion people watched at least part of the tournament, the governing body claimed.",
        Q("1.3 billion", 1.3 * B, q="more_than", subj="people", by="governing body"),
    ),
    S(
        "The Irish rower came fifth in the single sculls final.",
        Q("fifth", 5, "rank"),
    ),
    S(
        "Spain's men have won 22 of their 25 Davis Cup ties on clay since 2010.",
        Q("22", 22, whole=25, subj="tie", period="since 2010"),
        Q("25", 25),
        N("2010", YEAR),
    ),
    # --- labour market
    S(
        "Employers added 143,000 jobs in January, fewer than the 170,000 economists had expected.",
        Q("143,000", 143000, h=500, subj="job"),
        Q("170,000", 170000, h=5000),
    ),
    S(
        "The unemployment rate edged up to 4.1%, its highest in three years.",
        Q("4.1%", 4.1, "percent", h=0.05, subj="unemployment"),
        Q("three years", 3, "year"),
    ),
    S(
        "Job vacancies fell by 56,000 to 819,000 in the three months to October.",
        Q("56,000", 56000, h=500),
        Q("819,000", 819000, h=500, subj="vacanc"),
        Q("three months", 3, "month"),
    ),
    S(
        "Average weekly earnings rose 5.9% to £683, the Office for National Statistics said.",
        Q("5.9%", 5.9, "percent", h=0.05, subj="earning", by="Statistics"),
        Q("£683", 683, "GBP", by="Statistics"),
    ),
    S(
        "The minimum wage will rise to R$1,518 a month from January.",
        Q("R$1,518", 1518, "BRL", subj="wage"),
    ),
    S(
        "One in eight workers in the sector is on a zero-hours contract.",
        Q("One in eight", 1, whole=8),
    ),
    S(
        "The state will recruit 1.2 lakh teachers over the next two years.",
        Q("1.2 lakh", 120000, h=5000, subj="teacher"),
        Q("two years", 2, "year"),
    ),
    S(
        "Applicants must be 18 or over and have lived in the borough for at least two years.",
        Q("18", 18, "age_year", q="at_least"),
        Q("two years", 2, "year", q="at_least"),
    ),
    S(
        "Strikes cost the economy an estimated 2.7 million working days last year.",
        Q("2.7 million working days", 2.7 * M, "day", h=0.05 * M, q="approx"),
    ),
    # --- housing
    S(
        "The government has pledged to build 1.5 million homes in England by 2029.",
        Q("1.5 million", 1.5 * M, h=0.05 * M, subj="home"),
        N("2029", YEAR),
    ),
    S(
        "The developer plans 2,400 flats on the 14-hectare former gasworks site, 35% of them affordable.",
        Q("2,400", 2400, h=50, subj="flat"),
        Q("14-hectare", 14, "ha"),
        Q("35%", 35, "percent"),
    ),
    S(
        "A one-bedroom flat in the city centre now rents for €1,450 a month.",
        N("one", "part of a compound word ('one-bedroom')"),
        Q("€1,450", 1450, "EUR", h=5),
    ),
    S(
        "Home prices in Shenzhen have fallen by nearly a third from their 2021 peak.",
        Q("a third", 1 / 3, q="below"),
        N("2021", YEAR),
    ),
    S(
        "The average new-build home measures 76 square metres, down from 83 in 2000.",
        Q("76 square metres", 76, "m2"),
        Q("83", 83, "m2", period="2000"),
        N("2000", YEAR),
    ),
    # --- energy prices
    S(
        "Petrol hit 174.6p a litre, the highest price in 18 months.",
        Q("174.6p", 1.746, "GBP", h=0.0005, subj="petrol"),
        Q("18 months", 18, "month"),
    ),
    S(
        "Households on the regulated tariff will pay 24.86 pence per kilowatt hour for electricity.",
        Q("24.86 pence", 0.2486, "GBP", h=0.00005),
    ),
    S(
        "Brent fell 3% to $71.20 a barrel after OPEC+ agreed to lift output by 411,000 barrels a day.",
        Q("3%", 3, "percent"),
        Q("$71.20", 71.2, "USD", h=0.005),
        Q("411,000 barrels", 411000, "bbl", h=500),
    ),
    S(
        "Japan's LNG imports fell 8% to 65.9 million tonnes in 2023.",
        Q("8%", 8, "percent"),
        Q("65.9 million tonnes", 65.9 * M, "t", h=0.05 * M, subj="import", period="2023"),
        N("2023", YEAR),
    ),
    S(
        "Heating oil costs about 1.10 euros a litre, compared with 0.87 euros before the invasion.",
        Q("1.10 euros", 1.1, "EUR", h=0.005, q="approx"),
        Q("0.87 euros", 0.87, "EUR", h=0.005),
    ),
    S(
        "Solar panels now supply 14% of the country's electricity, up from under 2% a decade ago.",
        Q("14%", 14, "percent"),
        Q("2%", 2, "percent", q="less_than"),
    ),
    S(
        "The bank priced a EUR 750 million green bond maturing in 2034.",
        Q("EUR 750 million", 750 * M, "EUR", h=0.5 * M, subj="bond"),
        N("2034", YEAR),
    ),
    S(
        "A new 1,200 MW interconnector will carry electricity 720 km under the North Sea.",
        Q("1,200 MW", 1200, "MW", h=50),
        Q("720 km", 720, "km", h=5),
    ),
    S(
        "A typical air-source heat pump draws about 3 kW when running flat out.",
        Q("3 kW", 3, "kW", q="approx"),
    ),
    # --- public health
    S(
        "Waiting lists stood at 7.46 million, of which 2.9 million had waited over 18 weeks.",
        Q("7.46 million", 7.46 * M, h=0.005 * M, subj="list"),
        Q("2.9 million", 2.9 * M, h=0.05 * M, whole=7.46 * M),
        Q("18 weeks", 18, "week", q="more_than"),
    ),
    S(
        "The shorter tuberculosis regimen cuts treatment from 9 months to 6.",
        Q("9 months", 9, "month"),
        Q("6", 6, "month"),
    ),
    S(
        "Around 1 in 10 adults in the county has diabetes, according to the survey.",
        Q("1 in 10", 1, whole=10, q="approx", by="survey"),
    ),
    S(
        "A 15-year study of 52,000 women found that walking 30 minutes a day cut the risk by 21%.",
        Q("15-year", 15, "year"),
        Q("52,000", 52000, h=500, subj="women"),
        Q("30 minutes", 30, "minute"),
        Q("21%", 21, "percent"),
    ),
    S(
        "The outbreak, first reported on 3 August, has sickened at least 46 people in four states.",
        N("first", ORD),
        N("3 August", DATE),
        Q("46", 46, q="at_least", subj="people"),
        Q("four", 4, subj="state"),
    ),
    S(
        "Doctors warn that a heat index above 105F is dangerous for outdoor workers.",
        Q("105F", 105, "degF", q="more_than"),
    ),
    S(
        "A six-week-old baby was among 14 people treated for whooping cough at the clinic.",
        Q("six-week-old", 6, "age_week"),
        Q("14", 14, subj="people"),
    ),
    # --- polls
    S(
        "The governing party is on 27 per cent, 4 percentage points behind the opposition, according to a YouGov poll of 2,153 adults.",
        Q("27 per cent", 27, "percent", by="YouGov"),
        Q("4 percentage points", 4, "percentage_point"),
        Q("2,153", 2153, subj="adult"),
    ),
    S(
        "The poll has a margin of error of plus or minus 3.1 percentage points.",
        Q("3.1 percentage points", 3.1, "percentage_point", h=0.05, subj="margin"),
    ),
    S(
        "Almost two in three voters said the country was heading in the wrong direction.",
        Q("two in three", 2, whole=3, q="below"),
    ),
    S(
        "Just 18% of respondents aged 18 to 24 said they trusted newspapers.",
        Q("18%", 18, "percent"),
        R("18 to 24", 18, 24, "age_year"),
    ),
    S(
        "The survey, conducted between 4 and 9 June, questioned 1,009 registered voters by phone.",
        N("4", DATE),
        N("9 June", DATE),
        Q("1,009", 1009, subj="voter"),
    ),
    S(
        "The challenger's lead has shrunk from 11 to 3 percentage points in a month.",
        Q("11", 11, "percentage_point"),
        Q("3 percentage points", 3, "percentage_point"),
    ),
    S(
        "Six in ten Germans back a ban on private fireworks, an Infratest poll found.",
        Q("Six in ten", 6, whole=10, by="Infratest"),
    ),
    # --- military aid packages
    S(
        "The Pentagon announced a $425 million package including Stinger missiles and 155mm artillery rounds.",
        Q("$425 million", 425 * M, "USD", h=0.5 * M, subj="package", by="Pentagon"),
        N("155mm", "calibre, part of a model name"),
    ),
    S(
        "Denmark's military support since 2022 has reached 62.8 billion kroner with the latest package.",
        Q("62.8 billion kroner", 62.8 * B, "DKK", h=0.05 * B, subj="support", period="since 2022"),
        N("2022", YEAR),
    ),
    S(
        "Allies have delivered fewer than half of the 1 million shells they promised by March 2024.",
        Q("half", 0.5, q="less_than"),
        Q("1 million", 1 * M, h=0.5 * M, subj="shell"),
        N("2024", DATE),
    ),
    S(
        "Norway will fund 20 air-defence launchers and 10,000 drones for roughly 7 billion Norwegian crowns.",
        Q("20", 20, subj="launcher"),
        Q("10,000", 10000, h=500, subj="drone"),
        Q("7 billion Norwegian crowns", 7 * B, "NOK", h=0.5 * B, q="approx"),
    ),
    S(
        "Of the 120 Leopard 1A5 tanks pledged, 46 have reached the front, officials in Kyiv said.",
        Q("120", 120, h=5, subj="tank"),
        N("1A5", MODEL),
        Q("46", 46, whole=120, by="officials"),
    ),
    S(
        "Britain has trained more than 45,000 Ukrainian recruits since June 2022, the defence ministry said.",
        Q(
            "45,000",
            45000,
            q="more_than",
            subj="recruit",
            period="since 2022-06",
            by="defence ministry",
        ),
        N("2022", DATE),
    ),
    S(
        "The shipment includes 1,800 MK-84 bombs weighing 2,000 lb each.",
        Q("1,800", 1800, h=50, subj="bomb"),
        N("MK-84", MODEL),
        Q("2,000 lb", 2000, "lb", h=100),
    ),
    # --- refugees
    S(
        "The camps in Cox's Bazar shelter close to a million Rohingya.",
        Q("a million", 1 * M, h=0.5 * M, q="below", subj="Rohingya"),
    ),
    S(
        "Chad has taken in 600,000 Sudanese refugees since April 2023, the UNHCR said.",
        Q("600,000", 600000, h=30000, subj="refugee", period="since 2023-04", by="UNHCR"),
        N("2023", DATE),
    ),
    S(
        "One in every 69 people on Earth has been forced to flee their home.",
        Q("One in every 69", 1, whole=69),
    ),
    S(
        "Just under 5,000 unaccompanied children claimed asylum in Germany in the first six months of the year.",
        Q("5,000", 5000, h=250, q="below", subj="child"),
        N("first", ORD),
        Q("six months", 6, "month"),
    ),
    S(
        "About 120,000 ethnic Armenians left Nagorno-Karabakh in less than a week.",
        Q("120,000", 120000, h=5000, q="approx", subj="Armenian"),
        Q("a week", 1, "week", q="less_than"),
    ),
    S(
        "As many as 300 people may have been on board, survivors told aid workers.",
        Q("300", 300, h=15, q="up_to", subj="people", by="survivors"),
    ),
    # --- tech company results
    S(
        "The chipmaker's quarterly revenue jumped 94% to $35.1bn, beating forecasts of $33.2bn.",
        Q("94%", 94, "percent"),
        Q("$35.1bn", 35.1 * B, "USD", h=0.05 * B, subj="revenue"),
        Q("$33.2bn", 33.2 * B, "USD", h=0.05 * B),
    ),
    S(
        "Net profit at the Seoul-based group fell 17% to 6.6 trillion won.",
        Q("17%", 17, "percent"),
        Q("6.6 trillion won", 6.6 * T, "KRW", h=0.05 * T, subj="profit"),
    ),
    S(
        "The firm will cut 6% of its 190,000-strong workforce, or roughly 11,400 jobs.",
        Q("6%", 6, "percent"),
        Q("190,000", 190000, h=5000),
        Q("11,400", 11400, h=50, q="approx", subj="job"),
    ),
    S(
        "Shares in the retailer sank 11.4% after it forecast sales of ¥2.35 trillion to ¥2.45 trillion.",
        Q("11.4%", 11.4, "percent", h=0.05),
        R("¥2.35 trillion to ¥2.45 trillion", 2.35 * T, 2.45 * T, "JPY", subj="sale"),
    ),
    S(
        "Alphabet's capital spending will reach about $75 billion in 2025.",
        Q("$75 billion", 75 * B, "USD", h=0.5 * B, q="approx", subj="spending", period="2025"),
        N("2025", YEAR),
    ),
    S(
        "Sales of the console topped 60 million units, the company said, and it expects to sell a further 15 million to 17 million by March.",
        Q("60 million", 60 * M, h=0.5 * M, by="company"),
        R("15 million to 17 million", 15 * M, 17 * M),
    ),
    # --- exchange rates
    S(
        "The dollar rose to 157.8 yen, its strongest level since 1986.",
        Q("157.8 yen", 157.8, "JPY", h=0.05),
        N("1986", YEAR),
    ),
    S(
        "The rouble firmed to 88.6 against the dollar, from 92.3 a week earlier.",
        Q("88.6", 88.6, "RUB", h=0.05),
        Q("92.3", 92.3, "RUB", h=0.05),
    ),
    S(
        "Sterling fell below $1.22 for the first time in seven months.",
        Q("$1.22", 1.22, "USD", q="less_than"),
        N("first", ORD),
        Q("seven months", 7, "month"),
    ),
    S(
        "The central bank sold US$3.5 billion of reserves to prop up the lira, which trades at 34.2 to the dollar.",
        Q("US$3.5 billion", 3.5 * B, "USD", h=0.05 * B, subj="reserve"),
        Q("34.2", 34.2, "TRY", h=0.05),
    ),
    S(
        "The Argentine peso was devalued by 54% to 800 per dollar.",
        Q("54%", 54, "percent"),
        Q("800", 800, "ARS", h=40),
    ),
    S(
        "Travellers may exchange up to 200 USD a day at border posts.",
        Q("200 USD", 200, "USD", q="up_to"),
    ),
    # --- commodity prices
    S(
        "Gold climbed 0.8% to $2,387.40 an ounce.",
        Q("0.8%", 0.8, "percent", h=0.05),
        Q("$2,387.40", 2387.4, "USD", h=0.005, subj="gold"),
    ),
    S(
        "Three-month copper on the LME rose to $9,870 a tonne.",
        Q("Three-month", 3, "month"),
        Q("$9,870", 9870, "USD", h=5),
    ),
    S(
        "Arabica coffee futures have gained more than 70% this year, to $3.20 a pound.",
        Q("70%", 70, "percent", q="more_than"),
        Q("$3.20", 3.2, "USD", h=0.005),
    ),
    S(
        "Iron ore fell to $98.50 a ton in Singapore, below $100 for the first time since November.",
        Q("$98.50", 98.5, "USD", h=0.005, subj="ore"),
        Q("$100", 100, "USD", q="less_than"),
        N("first", ORD),
    ),
    S(
        "Lithium carbonate in China has slumped about 80% from its peak to around 75,000 yuan a tonne.",
        Q("80%", 80, "percent", q="approx"),
        Q("75,000 yuan", 75000, "CNY", h=500, q="approx"),
    ),
    S(
        "Vietnamese 5% broken rice was quoted at $620 to $625 per tonne.",
        N("5%", "grade, part of a product name"),
        R("$620 to $625", 620, 625, "USD", subj="rice"),
    ),
    S(
        "US natural gas futures rose 12 cents to $3.41.",
        Q("12 cents", 0.12, "USD"),
        Q("$3.41", 3.41, "USD", h=0.005),
    ),
    S(
        "Silver traded at 29.45 dollars per troy ounce in London.",
        Q("29.45 dollars", 29.45, "USD", h=0.005, subj="silver"),
    ),
    # --- no quantity, or only numbers that are not claims
    S(
        "Under Section 114 of the Local Government Finance Act 1988, the council must stop all new spending.",
        N("114", LAW),
        N("1988", LAW),
    ),
    S("The council meets at 7.30pm on Tuesdays in the Guildhall.", N("7.30pm", TIME)),
    S(
        "The A380 flew the route for the last time on 27 October.",
        N("A380", MODEL),
        N("27 October", DATE),
    ),
    S("Judgment in case No. 4-17/2024 is expected next month.", N("4-17/2024", REF)),
    S("Bus route 73 will be diverted via Oxford Circus from Monday.", N("73", REF)),
    S("He inherited the number 9 shirt from the club's record scorer.", N("9", "shirt number")),
    S(
        "The M25 was closed between junctions 10 and 11 after a lorry caught fire.",
        N("M25", MODEL),
        N("10", REF),
        N("11", REF),
    ),
    S("The Artemis II crew will fly around the Moon no earlier than 2026.", N("2026", YEAR)),
    S(
        "The Falcon 9 lifted off from Cape Canaveral at 6:17 p.m. Eastern time.",
        N("9", MODEL),
        N("6:17 p.m.", TIME),
    ),
    S(
        "The court upheld the platforms' protection under Section 230 of the Communications Decency Act.",
        N("230", LAW),
    ),
    S(
        "Written evidence should be sent to the tribunal at 140 Fleet Street, London.",
        N("140 Fleet Street", ADDR),
    ),
    S("Customers can report power cuts free of charge on 0800 111 999.", N("0800 111 999", PHONE)),
    S("The two sides will resume talks after the summer recess.", N("two", DEF)),
    S("It was one of the wettest winters on record in Scotland.", N("one", ONE)),
    S(
        "The 1990s housing crash left thousands of owners in negative equity.",
        N("1990s", DECADE),
        N("thousands", VAGUE),
    ),
    S("Dozens of flights were cancelled at Schiphol after the storm.", N("Dozens", VAGUE)),
    S("The Chancellor will deliver the budget on 26 November.", N("26 November", DATE)),
    S(
        "The regulator has opened an inquiry into the outage.",
    ),
    S(
        "Trading in the shares was suspended pending an announcement.",
    ),
    S(
        "The government's second attempt at planning reform collapsed in committee.",
        N("second", ORD),
    ),
    S(
        "The mission would be the first crewed lunar landing since 1972.",
        N("first", ORD),
        N("1972", YEAR),
    ),
    S("Apple unveiled the M4 chip alongside a redesigned iPad Pro.", N("M4", MODEL)),
    S(
        "The two ministers first met in 2019 at a conference in Geneva.",
        N("two", DEF),
        N("first", ORD),
        N("2019", YEAR),
    ),
    S("The rate decision is due at 12:00 GMT on Thursday.", N("12:00", TIME)),
    S(
        "The Atlantic hurricane season runs from 1 June to 30 November.",
        N("1 June", DATE),
        N("30 November", DATE),
    ),
    S("H5N1 bird flu was confirmed on a poultry farm in Norfolk.", N("H5N1", MODEL)),
    S("Section 21 no-fault evictions will be abolished under the renters' bill.", N("21", LAW)),
    S(
        "Fourth-quarter earnings will be published on 29 January.",
        N("Fourth-quarter", "quarter label"),
        N("29 January", DATE),
    ),
    S("Millions of households face higher water bills from April.", N("Millions", VAGUE)),
    S("The treaty was ratified four years ago but never enforced.", N("four years", REL)),
]
