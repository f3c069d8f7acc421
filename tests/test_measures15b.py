"""Session 15, round b: a pipe table's header row wrapped over two lines above its separator row.
Short excerpts quoted from the published page (publisher named); expected values are read from
the document, and each rule has cases it must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str, name: str = "page.md"):
    return [[[c.text for c in r] for r in b.rows] for b in load_text(name, text).blocks if b.kind == "table"]


def _measures(text: str, name: str = "page.md"):
    return measures.extract(load_text(name, text))


# Ashfield District Council, "How has the Council Tax changed?" (2024/25): the header row's third
# cell is on a line of its own, right over the separator row
ASHFIELD = """How the level of the Council Tax has changed between 2023/2024 and 2024/2025.
Changes in the Budget | 2023/2024 Net Expenditure (£ thousands) |
Effect on Council Tax |
---|---|---|
Band 'D' Council Tax 2023/2024 | 6,927 | £201.21 |
Increase in revenue support grant | (26) | -£0.75 |
Decrease in services grant | 130 | £3.77 |
Increase in Council Tax base | -£0.56 | |
Band 'D' Council Tax 2024/2025 | 7,151 | £207.13 |
"""


def test_wrapped_header_row_is_joined():
    (table,) = _tables(ASHFIELD)
    assert table[0] == ["Changes in the Budget", "2023/2024 Net Expenditure (£ thousands)", "Effect on Council Tax"]
    assert table[1] == ["Band 'D' Council Tax 2023/2024", "6,927", "£201.21"]
    got = {(m.row_label, m.column_label): m.value for m in _measures(ASHFIELD)}
    net, effect = "2023/2024 Net Expenditure (£ thousands)", "Effect on Council Tax"
    assert got[("Band 'D' Council Tax 2023/2024", net)] == 6_927_000
    assert got[("Band 'D' Council Tax 2023/2024", effect)] == 201.21
    assert got[("Increase in revenue support grant", net)] == -26_000
    assert got[("Increase in revenue support grant", effect)] == -0.75
    assert got[("Band 'D' Council Tax 2024/2025", net)] == 7_151_000
    # the row whose pounds sit in the thousands column: no value read there
    assert got.get(("Increase in Council Tax base", net)) is None


def test_wrapped_header_row_in_a_text_file_too():
    (table,) = _tables(ASHFIELD, "page.txt")
    assert table[0][2] == "Effect on Council Tax"


# left alone: the second line is a value row, or the cells do not add up to the separator's count
NOT_A_HEADER = """Crime type | Year |
Burglary | 2023 |
---|---|
Robbery | 41 |
"""

TOO_FEW = """Changes in the Budget | Net Expenditure |
Effect on Council Tax |
---|---|---|---|
Band D | 6,927 | £201.21 | 3% |
"""


def test_two_lines_are_joined_only_when_both_are_words_and_fill_the_separator():
    for text in (NOT_A_HEADER, TOO_FEW):
        for table in _tables(text):
            assert ["Crime type", "Year", "Burglary", "2023"] not in table
            assert ["Changes in the Budget", "Net Expenditure", "Effect on Council Tax"] not in table
