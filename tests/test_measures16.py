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
