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
