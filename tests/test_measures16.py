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
