"""Measures read from tables of other publishers' web pages and FOI answers (session 14): short
excerpts quoted from the published pages (publisher named on each); expected values are read
from the pages, and each rule has a case it must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text
from extract.normalise import find_quantities, parse_money, parse_value


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


def _by_cell(text: str, name: str = "page.txt"):
    return {(m.row_label, m.column_label): (m.value, m.unit, m.period_type, str(m.period_start))
            for m in _measures(text, name)}


# North Yorkshire Police, Fire and Crime Commissioner, "Annual police budget" (web page saved as
# text: the HTML table's rows with " | " between cells and no separator row)
NORTH_YORKSHIRE = """Funding for the police
Police – Funding | 2023/24 | 2024/25 |
Funding from Government | £83.8m | £88.8m |
Council tax precept – your contribution | £92.4m | £97.4m |
Total funding | £201.4m | £221.0m |
"""

# Cleveland Police and Crime Commissioner, "Annual police budget" 2020/21 (the same form, a sum
# in thousands among the millions)
CLEVELAND_PCC = """Police budget breakdown
Police budget breakdown | 2019/20 | 2020/21 |
Police officers | £69.1m | £77.4m |
Other pay and training | £744,000 | £870,000 |
Total spending plan | £128.2m | £137.8m |
"""


def test_pipe_rows_of_sums_with_their_scale_are_a_table():
    got = _by_cell(NORTH_YORKSHIRE)
    assert got[("Funding from Government", "2023/24")] == (83_800_000, "gbp", "financial_year", "2023-04-01")
    assert got[("Council tax precept – your contribution", "2024/25")][0] == 97_400_000
    assert got[("Total funding", "2024/25")][0] == 221_000_000
    got = _by_cell(CLEVELAND_PCC)
    assert got[("Police officers", "2020/21")][0] == 77_400_000
    assert got[("Other pay and training", "2019/20")][0] == 744_000
    assert got[("Total spending plan", "2019/20")][0] == 128_200_000   # (not 128199999.99999999)


def test_the_same_rows_in_a_markdown_file_without_a_separator_row():
    got = _by_cell(NORTH_YORKSHIRE, "page.md")
    assert got[("Funding from Government", "2024/25")][0] == 88_800_000
    assert len(got) == 6


def test_spaced_rows_of_sums_with_their_scale():
    # North Yorkshire PFCC, the 2023/24 page: the same table saved with single spaces
    text = """Funding for the police

Police – Funding 2022/23 2023/24
Funding from Government £83.5m £83.8m
Council tax grants £7.9m £7.9m
Total funding £191.5m £201.4m
"""
    got = _by_cell(text)
    assert got[("Funding from Government", "2022/23")][0] == 83_500_000
    assert got[("Total funding", "2023/24")][0] == 201_400_000


def test_a_scale_without_a_pound_sign_is_no_value_cell():
    # "99.9m" alone could be metres: a row mixing it with "£92.3m" is not read as a table row
    text = """Police budget breakdown

Police – Budget 2022/23 2023/2024
Police officers £92.3m 99.9m
Police staff £40.6m 45.0m
Buildings and transport £7.6m 9.1m
"""
    assert not [m for m in _measures(text) if m.row_label == "Police officers"]


def test_scaled_sums_are_rounded_off_the_floats_last_bits():
    # Kent County Council, treasury management indicators: "£65.73m"
    assert parse_money("£65.73m") == 65_730_000
    assert parse_value("£128.2m").value == 128_200_000        # (a table cell)
    assert find_quantities("an underspend of £0.025m")[0].value == 25_000   # (a sentence)


def test_a_label_opening_with_the_percent_of_keeps_it():
    # Wandsworth Council, "Waste and recycling: how are we performing?" (the table's cells as
    # published, tab-separated as a browser copies a web table)
    text = ("Performance indicator\t2017/18 value\t2018/19 target\n"
            "% of Household waste sent for reuse, recycling and composting\t22.2%\t22.3%\n"
            "Reports about non-collection of waste (Minimise)\t4,287\t2,114\n"
            "% of public streets cleansed to an acceptable standard\t96.9%\t97.9%\n")
    got = {(m.row_label, m.column_label): (m.value, m.unit) for m in _measures(text)}
    assert got[("% of Household waste sent for reuse, recycling and composting", "2017/18 value")] == (22.2, "percent")
    assert got[("% of public streets cleansed to an acceptable standard", "2018/19 target")] == (97.9, "percent")
    assert not any(label.startswith("of ") for label, _ in got)
    # a stray symbol before a label is still residue
    from extract.extractors.measures.cells import clean_label
    assert clean_label("% ~ Burglary") == "Burglary"
