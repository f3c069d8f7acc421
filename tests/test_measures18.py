"""Measure tables of session 18's audit (publishers not read before): short excerpts quoted
from the published pages (publisher named on each); expected values are read from the
documents."""
from extract.extractors import measures
from extract.loaders import load_text


def _measures(text: str, name: str = "page.md"):
    return measures.extract(load_text(name, text))


def _by_label(ms):
    return {(m.row_label, m.column_label): (m.value, m.unit) for m in ms}


# Herefordshire Council, "How your Council Tax bill is calculated" (2024/25): the header says
# £000 over every column, but an amount per band D property is pounds (£1,875.76 a year)
HEREFORDSHIRE = """Council Tax precepts from all authorities 2024/25

Authority making a charge | 2023/24 Total £000 | 2023/24 Amount per band D equivalent properties £000 | % Change | 2024/25 Total £000 | 2024/25 Amount per band D equivalent properties £000 |
---|---|---|---|---|---|
Herefordshire Council | 126,980 | 1,786.61 | 4.99 | 135,055 | 1,875.76 |
West Mercia Police | 18,799 | 264.50 | 4.91 | 19,980 | 277.50 |

Internal drainage boards (IDB) and Environment Agency charges

Levy body | Net requirements (special levy) 2023/24 £000 | Net requirements (special levy) 2024/25 £000 |
---|---|---|
River Lugg IDB | 140 | 140 |
Total | 241 | 244 |
Total per band D equivalent | 3.39 | 3.39 |
"""


def test_amount_per_band_d_is_pounds_under_a_thousands_header():
    got = _by_label(_measures(HEREFORDSHIRE))
    per_d = "2024/25 Amount per band D equivalent properties £000"
    assert got[("Herefordshire Council", per_d)] == (1875.76, "gbp")
    assert got[("West Mercia Police", "2023/24 Amount per band D equivalent properties £000")] == (264.50, "gbp")
    # the totals beside them keep the table's scale
    assert got[("Herefordshire Council", "2024/25 Total £000")] == (135_055_000, "gbp")
    # a row "per band D" under £000 columns is pounds too; the rows above it are thousands
    col = "Net requirements (special levy) 2024/25 £000"
    assert got[("Total per band D equivalent", col)] == (3.39, "gbp")
    assert got[("River Lugg IDB", col)] == (140_000, "gbp")


# a hand-written £m table with a "per head" row (the form of Cumbria PCC's "Council Tax
# requirement £ per head" beside its £m column): the row is pounds, the others millions
PER_HEAD = """Council tax requirement | 2016-2017 £m | 2017-2018 £m |
---|---|---|
Council Tax requirement | 35.675 | 36.868 |
Council Tax requirement per head of population | 71.66 | 74.03 |
"""


def test_amount_per_head_is_pounds_under_a_millions_header():
    got = _by_label(_measures(PER_HEAD))
    assert got[("Council Tax requirement", "2017-2018 £m")] == (36_868_000, "gbp")
    assert got[("Council Tax requirement per head of population", "2017-2018 £m")] == (74.03, "gbp")


# Herefordshire Council, "Parish council precepts" (2017/18), saved as text: each value column
# is a period and "£", the parish's name heads the label column; "Band D equivalent properties"
# counts properties under the "£" header
HEREFORDSHIRE_PARISH = """The tables below show those parishes that have spent over  £140,000.

Bromyard and Winslow Town Council 2016/17 £ 2017/18 £
Administration 106,074 97,700
Park and open spaces 7,678 8,885
Cemetery 679 -640
Net requirement 203,347 221,643
Government grant -17,312 -7,625
Precept 186,035 214,018
Band D equivalent properties 1,365 1,365
Council Tax charge £136.33 £156.80
"""


def test_period_and_pound_columns_of_a_text_table():
    ms = _measures(HEREFORDSHIRE_PARISH, "page.txt")
    got = _by_label(ms)
    assert got[("Administration", "2016/17 £")] == (106_074, "gbp")
    assert got[("Cemetery", "2017/18 £")] == (-640, "gbp")
    assert got[("Precept", "2017/18 £")] == (214_018, "gbp")
    assert got[("Council Tax charge", "2017/18 £")] == (156.80, "gbp")
    # a count of band D equivalent properties, not £1,365
    assert got[("Band D equivalent properties", "2017/18 £")] == (1_365, "count")
    p = {m.column_label: (m.period_start, m.period_end) for m in ms if m.row_label == "Administration"}
    assert p["2017/18 £"] == ("2017-04-01", "2018-03-31")
    # the parish named before the periods is whose accounts the rows are
    assert {m.subject for m in ms} == {"Bromyard and Winslow Town Council"}


def test_two_parishes_tables_are_no_same_measure():
    """Two parishes' tables of the same lines are two bodies' accounts: no cross-table check
    (the document's second table, Hereford City Council, quoted too)."""
    from extract.reconcile.across import _same_measure_checks
    text = HEREFORDSHIRE_PARISH + """Hereford City Council 2016/17 £ 2017/18 £
Administration 219,076 204,149
Allotments 22,245 21,670
Net requirement 785,085 796,917
Precept 785,085 796,917
"""
    ms = _measures(text, "page.txt")
    assert {m.subject for m in ms if m.row_label == "Precept"} == {"Bromyard and Winslow Town Council",
                                                                  "Hereford City Council"}
    assert not _same_measure_checks(ms, "table", {})


# Eden District Council's page on the Police and Crime Commissioner for Cumbria's budget
# (2017/18), saved as text: the header's cells one per line ("Expenditure 2016-2017" / "£m" / ...)
CUMBRIA_PCC = """  1. Police and Crime Commissioner Analysis of Council Tax Requirement

    Expenditure 2016-2017
    £m
    2017-2018
    £m
    Police Pay and Allowances 75.326 77.868
    Support Staff Pay and Allowances 22.414 23.705
    Gross Expenditure 129.507 131.447
    Less: Fees and Charges -4.739 -4.757
    Net Expenditure/Budget Requirement 95.675 96.178
"""


def test_period_and_marker_header_one_cell_per_line():
    got = _by_label(_measures(CUMBRIA_PCC, "page.txt"))
    assert got[("Police Pay and Allowances", "2017-2018 £m")] == (77_868_000, "gbp")
    assert got[("Less: Fees and Charges", "2016-2017 £m")] == (-4_739_000, "gbp")
    assert got[("Net Expenditure/Budget Requirement", "2017-2018 £m")] == (96_178_000, "gbp")


# words between two period columns ("Budget 2016/17 £ Forecast 2017/18 £") are not this form:
# which words head which column cannot be known, and nothing is read
MIXED_HEADER = """Budget 2016/17 £ Forecast 2017/18 £
Administration 106,074 97,700
Grants 8,000 6,000
Elections 1,500 1,000
"""


def test_words_between_period_columns_read_nothing():
    assert not _measures(MIXED_HEADER, "page.txt")
