"""Measure tables of session 16's audit (publishers not read before): short excerpts quoted
from the published pages (publisher named on each); expected values are read from the
documents."""
from extract.extractors import measures
from extract.loaders import load_text


def _measures(text: str, name: str = "page.md"):
    return measures.extract(load_text(name, text))


def _by_label(ms):
    return {(m.row_label, m.column_label): (m.value, m.unit) for m in ms}


# Warwickshire Police and Crime Commissioner, decision notice WPCC3-0122 (budget 2024/25)
WARWICKSHIRE_PCC = """A council tax for a band D property calculated as follows:
Item | £m |
Budget requirement | 132.515 |
Less: Police Grant | 41.451 |
Less: Revenue Support Grant | 21.383 |
Less: Collection Fund surplus/(deficit) subject to final confirmation | (0.054) |
Amount to be raised by Council Tax | 64.581 |
"""

# Devon and Somerset Fire and Rescue Authority, "What we spend" (2024/25)
DEVON_SOMERSET_FRA = """At the budget setting meeting on 16 February 2024, the Authority approved a total net revenue budget of £92,622,000 for 2024/25, funded as shown in the table below.
Item | Value |
---|---|
Formula funding grant | £11,680,000 |
Share of non-domestic business rates | £16,593,000 |
District councils collection funds | £64,349,000 |
Total | £92,622,000 |
"""

# an agenda keeps its "Item" header's meaning: nothing is read (rows of a number, a title, a page)
AGENDA = """Item | Title | Page |
1 | Apologies for absence | 3 |
2 | Minutes of the last meeting | 5 |
3 | Police and Crime Plan update | 11 |
"""


def test_item_header_over_labels_and_figures_is_a_finance_table():
    got = _by_label(_measures(WARWICKSHIRE_PCC))
    assert got[("Budget requirement", "£m")] == (132515000, "gbp")
    assert got[("Less: Police Grant", "£m")] == (41451000, "gbp")
    assert got[("Less: Collection Fund surplus/(deficit) subject to final confirmation", "£m")] == (-54000, "gbp")
    assert got[("Amount to be raised by Council Tax", "£m")] == (64581000, "gbp")
    got = _by_label(_measures(DEVON_SOMERSET_FRA))
    assert got[("Formula funding grant", "Value")] == (11680000, "gbp")
    assert got[("District councils collection funds", "Value")] == (64349000, "gbp")
    assert got[("Total", "Value")] == (92622000, "gbp")
    assert _measures(AGENDA) == []


# Borough Council of King's Lynn and West Norfolk, "How we work out your Council Tax" (2024/25):
# income and net lines printed as bracketed sums of money, under headers without a money marker
WEST_NORFOLK = """The council's budget requirement for is shown below:
2024/2025 | |||
---|---|---|---|
Services | Gross Expenditure | Gross Income | 2024/2025 Estimate |
Central Services | £3,760,600 | (£47,160) | £3,713,440 |
Chief Executive | £172,060 | £0 | £172,060 |
Programme and Project Delivery | £316,280 | (£511,650) | (£195,370) |
Business Rates Retention | £14,252,800 | (£28,319,380) | (£14,066,580) |
"""


def test_a_bracketed_sum_of_money_is_a_negative():
    got = _by_label(_measures(WEST_NORFOLK))
    assert got[("Central Services", "Gross Income")] == (-47160, "gbp")
    assert got[("Chief Executive", "Gross Income")] == (0, "gbp")
    assert got[("Programme and Project Delivery", "Gross Income")] == (-511650, "gbp")
    assert got[("Programme and Project Delivery", "2024/2025 Estimate")] == (-195370, "gbp")
    assert got[("Business Rates Retention", "2024/2025 Estimate")] == (-14066580, "gbp")
    assert got[("Central Services", "Gross Expenditure")] == (3760600, "gbp")
    # a bracket without a pound sign under no money marker stays what it was (a note, or nothing)
    assert measures.extract(load_text("p.md", "Area | Count |\n---|---|\nNorth | 12 |\nSouth | (3) |\nEast | 7 |\n")) \
        and ("South", "Count") not in _by_label(_measures("Area | Count |\n---|---|\nNorth | 12 |\nSouth | (3) |\nEast | 7 |\n"))


# Mansfield District Council, housing performance (key performance indicators, 2023-24)
MANSFIELD = """Lettings
| Performance Indicator | 2023 - 24 | 2022 - 23 |
|---|---|---|
| Total number of homes that were re-let | 343 | 443 |
| Average number of days taken to re-let a property that required no major works | 34 days | 28 days |
| Percentage of rent lost through properties being empty and / or waiting to be re-let | 1.44% | 1.42% |
"""


def test_a_number_of_days_is_a_count():
    got = {(m.row_label, m.period_start): (m.value, m.unit, m.value_raw) for m in _measures(MANSFIELD)}
    label = "Average number of days taken to re-let a property that required no major works"
    assert got[(label, "2023-04-01")] == (34, "count", "34 days")
    assert got[(label, "2022-04-01")] == (28, "count", "28 days")
    assert got[("Total number of homes that were re-let", "2023-04-01")][:2] == (343, "count")
    assert len(got) == 6


# Woking Borough Council, "How we spend your Council Tax" (2024 to 2025): cells one space apart,
# the header's columns told apart by their money markers only
WOKING = """Our services spend, income and budget for 2024 to 2025 
Service areas Spend (£million) Income (£million) Budget (£million)
Environmental quality, including: environmental health, street cleansing and maintenance, waste and recycling, building control and emergency planning £8.2m £2m £6.2m
Place-making, including: planning development, planning policy and green infrastructure £2.8m £1.2m £1.6m
Parking, including: car park management and maintenance £4.3m £7.6m -£3.3m
Totals £44.6m £32.1m £12.5m
"""

# Newcastle-under-Lyme Borough Council, "How Council Tax is calculated and spent" (2024 to 2025)
NEWCASTLE = """Council Tax increase for each property band
Property band Borough council tax (£) Annual increase (£) Weekly increase (£)
A 145.79 2.84 0.05
B 170.09 3.32 0.06
H 437.38 8.53 0.16
"""

# Lincolnshire County Council's spending in 2023/24 (West Lindsey DC's council tax guide): the
# last column's header wrapped onto a line of its own
LINCOLNSHIRE = """Spending in 2023/24
Services Gross £m Income £m Net £m Cost per
Resident £
Children's Services 878.9 781.5 97.4 126.6
Place 183.0 39.7 143.3 186.2
Total planned spending 1,647.6 1,035.7 612.0 795.2
Contributions to/-from reserves -7.5 0.0 -7.5 N/A
"""


def test_spaced_rows_under_a_header_of_money_marked_columns():
    got = _by_label(_measures(WOKING, "page.txt"))
    assert got[("Parking, including: car park management and maintenance", "Budget (£million)")] == (-3300000, "gbp")
    assert got[("Place-making, including: planning development, planning policy and green infrastructure",
                "Income (£million)")] == (1200000, "gbp")
    assert got[("Totals", "Spend (£million)")] == (44600000, "gbp")
    assert len(got) == 12
    got = _by_label(_measures(NEWCASTLE, "page.txt"))
    assert got[("A", "Borough council tax (£)")] == (145.79, "gbp")
    assert got[("H", "Weekly increase (£)")] == (0.16, "gbp")
    assert len(got) == 9
    got = _by_label(_measures(LINCOLNSHIRE, "page.txt"))
    assert got[("Children's Services", "Gross £m")] == (878900000, "gbp")
    assert got[("Place", "Cost per Resident £")] == (186.2, "gbp")
    assert got[("Contributions to/-from reserves", "Net £m")] == (-7500000, "gbp")
    assert got[("Total planned spending", "Income £m")] == (1035700000, "gbp")


def test_money_marked_header_needs_a_label_column_header_and_three_rows():
    # which words head the label column cannot be told: nothing is read
    assert _measures("Our figures Spend (£million) Income (£million)\nParking £4.3m £7.6m\n"
                     "Housing £5.7m £2.7m\nLeisure £3.5m £1.4m\n", "page.txt") == []
    # two rows only
    assert _measures("Services Spend (£million) Income (£million)\nParking £4.3m £7.6m\n"
                     "Housing £5.7m £2.7m\n", "page.txt") == []
    # a row one value short ends the table before it
    got = _measures("Services Spend (£million) Income (£million)\nParking £4.3m £7.6m\nHousing £5.7m £2.7m\n"
                    "Leisure £3.5m £1.4m\nOther £1.1m\n", "page.txt")
    assert {m.row_label for m in got} == {"Parking", "Housing", "Leisure"}


# Devon and Somerset Fire and Rescue Authority, "What we spend": each band's share of Band D
# printed as a decimal under "Percentage" (0.667 is two thirds, not 0.667%)
DEVON_BANDS = """Valuation band | Ratio | Percentage | Council tax |
---|---|---|---|
A | 6/9 | 0.667 | £66.45 |
B | 7/9 | 0.778 | £77.53 |
C | 8/9 | 0.889 | £88.60 |
D | 1 | 1.000 | £99.68 |
E | 11/9 | 1.222 | £121.83 |
H | 18/9 | 2.000 | £199.36 |
"""


def test_a_band_tables_ratio_to_band_d_is_no_measure():
    got = _by_label(_measures(DEVON_BANDS))
    assert got == {("A", "Council tax"): (66.45, "gbp"), ("B", "Council tax"): (77.53, "gbp"),
                   ("C", "Council tax"): (88.6, "gbp"), ("D", "Council tax"): (99.68, "gbp"),
                   ("E", "Council tax"): (121.83, "gbp"), ("H", "Council tax"): (199.36, "gbp")}


def test_a_lead_in_sentence_names_no_metric():
    # West Norfolk: the period column's own words name it; Warwickshire PCC: each line names itself
    got = {(m.row_label, m.column_label): (m.metric, m.subject) for m in _measures(WEST_NORFOLK)}
    assert got[("Central Services", "2024/2025 Estimate")] == ("Estimate", "Central Services")
    assert got[("Central Services", "Gross Income")] == ("Gross Income", "Central Services")
    got = {m.row_label: (m.metric, m.subject) for m in _measures(WARWICKSHIRE_PCC)}
    assert got["Budget requirement"] == ("Budget requirement", None) or got["Budget requirement"][0] == "Budget requirement"
    assert got["Less: Police Grant"][0] == "Less: Police Grant"


# Kirklees Council, council housing performance (tenant satisfaction measures): a code column,
# then the measure's words, then one column of values
KIRKLEES = """Code | Measure | Percentage |
---|---|---|
TP01 | Proportion of respondents who report that they are satisfied with the overall service from their landlord. | 63.2% |
TP02 | Proportion of respondents who have received a repair in the last 12 months who report that they are satisfied with the overall repairs service. | 68.8% |
TP03 | Proportion of respondents who have received a repair in the last 12 months who report that they are satisfied with the time taken to complete their most recent repair. | 66.3% |
"""


def test_a_measure_column_after_a_code_column_is_the_label_column():
    got = [(m.row_label[:60], m.column_label, m.value, m.unit, m.line) for m in _measures(KIRKLEES)]
    assert got == [
        ("Proportion of respondents who report that they are satisfied", "Percentage", 63.2, "percent", 3),
        ("Proportion of respondents who have received a repair in the ", "Percentage", 68.8, "percent", 4),
        ("Proportion of respondents who have received a repair in the ", "Percentage", 66.3, "percent", 5)]


# London Borough of Tower Hamlets, "How much extra will it cost me?" (parish precepts, 2018/19):
# a band's charge rises band by band, as page numbers would, but sums of money are no pages
TOWER_HAMLETS = """For illustrative purposes only, the table below shows the national average precept for all council tax bands.

Council tax band National average parish precept 2018/19 
 Band A  £42.70 
 Band B  £49.81
 Band C £56.93 
 Band D £64.05 
 Band H £128.10 

 The precept is set by the principal council in the first year.
"""


def test_rising_sums_of_money_are_no_page_numbers():
    got = {m.row_label: (m.value, m.unit) for m in _measures(TOWER_HAMLETS, "page.txt")}
    assert got == {"Band A": (42.7, "gbp"), "Band B": (49.81, "gbp"), "Band C": (56.93, "gbp"),
                   "Band D": (64.05, "gbp"), "Band H": (128.1, "gbp")}
    # whole numbers rising line by line stay a contents list's page numbers
    assert _measures("Contents\n\nIntroduction 3\nBackground 4\nGuidance 5\nSummary of Results 6\n", "page.txt") == []
