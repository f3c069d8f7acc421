"""Measure tables of session 17's audit (publishers not read before): short excerpts quoted
from the published pages (publisher named on each); expected values are read from the
documents, never from the tool's output."""
from extract.extractors import measures
from extract.loaders import load_text
from extract.loaders.text import cell_grid
from extract.loaders.text.parse import _read_lines


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


def _got(ms):
    return {(m.row_label, m.column_label): (m.value, m.unit) for m in ms}


def _cells(text: str) -> str:
    """A web page's table saved one cell per paragraph: each line of ``text`` a cell."""
    return "\n\n".join(text.strip().split("\n")) + "\n"


# ---------------------------------------------------------------------------
# a web table saved one cell per paragraph, under a header of words
# ---------------------------------------------------------------------------

# Devon and Cornwall Police and Crime Panel (democracy.plymouth.gov.uk, minutes of September 2019):
# the grades of the Police and Crime Plan's indicators at two panels; no corner cell
PLYMOUTH = ("(c) The OPCC's assessment of performance to-date against the headline strategic indicators "
            "for the performance year ended 31st July 2018 show most indicators at Green.\n\n \n\n \n\n"
            + _cells("""September 2019 Panel
June 2019 Panel
Green
7
9
Amber
4
2
Red
0
0
Ungraded
0
0""") + "\n \n\n11\n\n11\n\n \n\n(d) Four indicators had been graded as amber.\n")

# Maidstone Borough Council, "Appendix 2 - Third quarter performance monitoring" (2023/24): the
# directions of travel of the committee's KPIs; a corner cell; a column named "N/A"
MAIDSTONE = _cells("""Total
KPIs
6
2
2
14
24
Direction
Up
No Change
Down
N/A
Total
Last Quarter
9
1
9
5
24
Last Year
11
0
8
5
24""") + "\n· 75.0% (6 of 8) the targetable quarterly key performance indicators achieved their target.\n"


def test_a_word_header_over_cells_one_per_paragraph_is_read():
    got = _got(_measures(PLYMOUTH))
    assert {k: v for k, v in got.items() if k[0] in ("Green", "Amber")} == {
        ("Green", "September 2019 Panel"): (7, "count"), ("Green", "June 2019 Panel"): (9, "count"),
        ("Amber", "September 2019 Panel"): (4, "count"), ("Amber", "June 2019 Panel"): (2, "count")}
    assert got[("Ungraded", "June 2019 Panel")] == (0, "count")
    assert len(got) == 8   # (the unlabelled totals "11" / "11" after two blank lines are no row)


def test_a_corner_cell_and_a_column_named_na():
    got = _got(_measures(MAIDSTONE))
    assert got == {
        ("Last Quarter", "Up"): (9, "count"), ("Last Quarter", "No Change"): (1, "count"),
        ("Last Quarter", "Down"): (9, "count"), ("Last Quarter", "N/A"): (5, "count"),
        ("Last Quarter", "Total"): (24, "count"),
        ("Last Year", "Up"): (11, "count"), ("Last Year", "No Change"): (0, "count"),
        ("Last Year", "Down"): (8, "count"), ("Last Year", "N/A"): (5, "count"),
        ("Last Year", "Total"): (24, "count")}


# West Lancashire Borough Council, tenant satisfaction measures (2023 results, the page saved one
# cell per paragraph): two header cells wrapped ("Satisfied" / "(%)"), so the columns cannot be
# told: 65 is the satisfied share of TP01, never "Neither"; no table, no value
WEST_LANCS_2023 = "Our 2023 Results \n\n" + _cells("""Tenant Perception Measures
Satisfied
(%)
Neither /Don't Know (%)
Dissatisfied
(%)
TP01: Overall satisfaction with service provided
65
15
20
TP02: Satisfaction with overall repairs service
60
10
30
TP03: Satisfaction with the time taken to complete the most recent repair
59
11
30""")


def test_a_wrapped_header_gives_no_table():
    assert _measures(WEST_LANCS_2023) == []


def test_a_heading_right_above_the_header_gives_no_table():
    # the header's width is read from the whole run of word cells: a heading one blank line above
    # the header makes it one cell too wide for its rows (which cell is the corner cannot be known)
    text = _cells("Performance Summary\nDirection\nUp\nDown\nLast Quarter\n9\n9\nLast Year\n11\n8")
    assert _measures(text) == []


def test_a_row_longer_than_the_header_gives_no_table():
    # (a grid saves no empty cell: which columns a longer row's values belong to is unknown)
    text = _cells("Direction\nUp\nDown\nLast Quarter\n9\n9\nLast Year\n11\n8\n3")
    assert _measures(text) == []


def test_a_row_shorter_than_the_header_ends_the_table_before_it():
    text = _cells("Direction\nUp\nDown\nLast Quarter\n9\n9\nLast Year\n11\n8\nLast Month\n4")
    assert _got(_measures(text)) == {
        ("Last Quarter", "Up"): (9, "count"), ("Last Quarter", "Down"): (9, "count"),
        ("Last Year", "Up"): (11, "count"), ("Last Year", "Down"): (8, "count")}


def test_lines_without_blank_lines_between_are_no_such_grid():
    # (pdftotext's one cell per line, columns possibly out of order: measure tables are not rebuilt)
    lines = _read_lines("Direction\nUp\nDown\nLast Quarter\n9\n9\nLast Year\n11\n8\n")[0]
    assert all(cell_grid._blank_grid_at(lines, i, lambda ln: 1) is None for i in range(len(lines)))


def test_blank_grid_starts_cover_every_table_the_reader_finds():
    """The shortcut (_blank_grid_starts) against the plain form (the reader asked at every line)."""
    texts = [PLYMOUTH, MAIDSTONE, WEST_LANCS_2023,
             _cells("A heading\nB\nC\nRow one\n1\n2\nRow two\n3\n4\nRow three\n5\n6\n7"),
             _cells("Direction\nUp\nDown\nLast Quarter\n9\n9\nLast Year\n11\n8")]
    found = 0
    for text in texts:
        lines = _read_lines(text)[0]
        starts = set(cell_grid._blank_grid_starts(lines))
        for i in range(len(lines)):
            got = cell_grid._blank_grid_at(lines, i, lambda ln: 1)
            if got is not None:
                assert i in starts
                found += 1
    assert found >= 3


# ---------------------------------------------------------------------------
# indicator codes: a code column, a code before the measure's words
# ---------------------------------------------------------------------------

# Dover District Council, "Tenant satisfaction measures" (surveys of 2023 and 2024), the page saved
# with each cell closed by " |": a code, the measure's definition (a sentence, over 60 characters),
# then one value per year
DOVER = """These are the results from the surveys in 2023 and 2024.
Code |
Tenant satisfaction measure |
2023 |
2024 |
TP01 |
Proportion of respondents who report that they are satisfied with the overall service from their landlord. |
68.1% |
77.3% |
TP02 |
Proportion of respondents who have received a repair in the last 12 months who report that they are satisfied with the overall repairs service. |
72.8% |
78.7% |
TP05 |
Proportion of respondents who report that they are satisfied that their home is safe. |
69.0% |
80.8% |
"""


def test_coded_rows_with_long_wording_in_piped_cells():
    ms = _measures(DOVER)
    assert [(m.row_label[-24:], m.column_label, m.value) for m in ms] == [
        ("ice from their landlord.", "2023", 68.1), ("ice from their landlord.", "2024", 77.3),
        ("overall repairs service.", "2023", 72.8), ("overall repairs service.", "2024", 78.7),
        ("that their home is safe.", "2023", 69.0), ("that their home is safe.", "2024", 80.8)]
    assert all(m.row_label.startswith("Proportion of respondents") for m in ms)
    assert all(m.unit == "percent" and not m.subject for m in ms)
    assert [m.period_start for m in ms] == ["2023-01-01", "2024-01-01"] * 3


# Kirklees Council's form with a header that is no "Measure": the code column's wording is the label
CODED_PIPE = """Code | Tenant satisfaction measure | 2023 | 2024 |
---|---|---|---|
TP01 | Proportion of respondents who report that they are satisfied with the overall service from their landlord. | 68.1% | 77.3% |
TP04 | Proportion of respondents who report that they are satisfied that their home is well maintained. | 64.4% | 74.5% |
"""


def test_the_words_after_a_code_column_are_the_row_label():
    ms = _measures(CODED_PIPE, "page.md")
    assert [(m.row_label.rsplit(" ", 2)[-2:], m.column_label, m.value) for m in ms] == [
        (["their", "landlord."], "2023", 68.1), (["their", "landlord."], "2024", 77.3),
        (["well", "maintained."], "2023", 64.4), (["well", "maintained."], "2024", 74.5)]


# West Lancashire Borough Council, tenant satisfaction measures (2024 results, cells closed by " |"):
# the first row's last cell is empty ("|"), and later labels run past 60 characters after their code
WEST_LANCS_2024 = """Our 2024 Results
Tenant Perception Measures |
Satisfied (%) |
Neither (%) |
Dissatisfied (%) |
Not Applicable / Don't Know (%) |
TP01: Overall satisfaction with service provided |
62 |
15 |
23 |
|
TP05: Satisfaction that the home is safe |
65 |
11 |
23 |
1 |
TP07: Satisfaction that the landlord keeps tenants informed about things that matter to them |
50 |
27 |
23 |
4 |
"""


def test_a_first_row_closing_with_an_empty_cell_and_long_coded_labels():
    ms = _measures(WEST_LANCS_2024)
    got = {(m.row_label[:4], m.column_label): m.value for m in ms}
    assert got == {
        ("TP01", "Satisfied (%)"): 62, ("TP01", "Neither (%)"): 15, ("TP01", "Dissatisfied (%)"): 23,
        ("TP01", "Not Applicable / Don't Know (%)"): None,
        ("TP05", "Satisfied (%)"): 65, ("TP05", "Neither (%)"): 11, ("TP05", "Dissatisfied (%)"): 23,
        ("TP05", "Not Applicable / Don't Know (%)"): 1,
        ("TP07", "Satisfied (%)"): 50, ("TP07", "Neither (%)"): 27, ("TP07", "Dissatisfied (%)"): 23,
        ("TP07", "Not Applicable / Don't Know (%)"): 4}
    # a code before a colon names no metric of its own: the whole label is the measure
    tp01 = next(m for m in ms if m.row_label.startswith("TP01"))
    assert tp01.metric == "TP01: Overall satisfaction with service provided" and not tp01.subject
    assert all(m.unit == "percent" for m in ms if m.value is not None)


def test_indicator_codes_are_never_periods():
    from extract.vocab import vocabulary
    code = vocabulary().pattern("indicator_code")
    assert all(code.fullmatch(t) for t in ("TP01", "BS01", "OC02a", "LPI0535", "CH01", "NM01"))
    assert not any(code.fullmatch(t) for t in ("Q1", "H2", "P10", "M3", "FY24", "tp01", "Band D", "2023"))

