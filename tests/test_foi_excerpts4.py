"""FOI answers and statistics tables, fourth reading (session 9, round 2): short excerpts of
published pages written into the test; expected values are read from the pages, and each rule
has a case it must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str):
    return [[[c.text for c in r] for r in b.rows] for b in load_text("page.txt", text).blocks
            if b.kind == "table"]


def _measures(text: str):
    return measures.extract(load_text("page.txt", text))


# ---------------------------------------------------------------------------------------------
# 1. A pipe table broken one cell a line in a Markdown file (a police.uk FOI page): each row its
#    leading "|" line, then one "cell |" line per column; the separator row counts the columns
# ---------------------------------------------------------------------------------------------

BROKEN_PIPE = """Custody records searched for arrests for drink or drug driving offences.
|
|
Arrests |
Charged |
|---|---|---|
|
2022 |
997 |
104 |
|
2023 |
979 |
194 |
|
Female |
148 |
|---|---|
|
Male |
967 |
The numerical data presented in this response is an un-audited snapshot.
"""


def test_pipe_table_broken_one_cell_a_line_is_rebuilt():
    first, second = _tables(BROKEN_PIPE)
    assert first == [["", "Arrests", "Charged"], ["2022", "997", "104"], ["2023", "979", "194"]]
    assert second == [["Female", "148"], ["Male", "967"]]   # a row over its own separator: the next table
    got = {(m.row_label, m.column_label): m.value for m in _measures(BROKEN_PIPE)}
    assert got[("2022", "Arrests")] == 997 and got[("2023", "Charged")] == 194
    paras = [b.text for b in load_text("page.txt", BROKEN_PIPE).blocks if b.kind == "paragraph"]
    assert not any("997" in p for p in paras)   # was a paragraph "997 |"


# a row with one cell more than the separator counts: which cell is which cannot be told
BROKEN_PIPE_MISFIT = """Custody records searched.
|
|
Arrests |
Charged |
|---|---|---|
|
2022 |
997 |
104 |
12 |
|
2023 |
979 |
194 |
"""


def test_broken_pipe_rows_that_do_not_fit_stay_as_lines():
    assert _tables(BROKEN_PIPE_MISFIT) == []


# ---------------------------------------------------------------------------------------------
# 2. A "Total" column with one sibling in its group is no sum
# ---------------------------------------------------------------------------------------------

# a written answer's table: in each year the arrests under s44 are a part of all the arrests
TOTAL_AND_PART = """Resultant arrests following searches

| 2000-01 | 2001-02 |
Police force area | Total | under s44 | Total | under s44 |
Bedfordshire | 425 | | 486 | 2 |
Cheshire | 1,087 | 1 | 1,012 | |
"""


def test_empty_cells_keep_an_empty_record_in_their_own_year():
    # (reconcile reads an empty cell as "missing": a figure for it is unverifiable, never compared)
    got = {(m.row_label, m.column_label, m.period_start): (m.value, m.value_raw) for m in _measures(TOTAL_AND_PART)}
    assert len(got) == 8
    assert got[("Bedfordshire", "under s44", "2001-04-01")] == (2, "2")
    assert got[("Bedfordshire", "under s44", "2000-04-01")] == (None, "")


def test_total_column_with_one_part_beside_it_is_no_sum():
    assert not any(m.is_total for m in _measures(TOTAL_AND_PART))


# a "Total" beside two parts is their sum; a dash is a printed cell and keeps its record
TOTAL_OF_PARTS = """Arrests by sex

Year | Male | Female | Total |
2022 | 820 | 177 | 997 |
2023 | 801 | - | 979 |
"""


def test_total_column_beside_two_parts_is_a_total_and_a_dash_keeps_its_record():
    got = {(m.row_label, m.column_label): (m.value, m.value_raw, m.is_total) for m in _measures(TOTAL_OF_PARTS)}
    assert got[("2022", "Total")] == (997, "997", 1)
    assert got[("2022", "Male")][2] == 0
    assert got[("2023", "Female")] == (None, "-", 0)


# ---------------------------------------------------------------------------------------------
# 3. Metrics: a long one-cell caption over a rebuilt table; a header's own closing bracket kept
# ---------------------------------------------------------------------------------------------

# Hansard written answer: the caption cell is longer than a row label
LONG_CAPTION = """Table B: Resultant arrests by police force area, from 2000-01 to 2001-02 |
| Resultant arrests following searches of persons and vehicles under the Terrorism Act |
| 2000-01 | 2001-02 |
Police force area | Total | under s44(1) and s44(2) | Total | under s44(1) and s44(2) |
Bedfordshire
|
425
|
|
486
|
2
|
Cheshire
|
1,087
|
1
|
1,012
|
|
"""


def test_long_one_cell_caption_names_the_total_columns_and_brackets_stay_balanced():
    got = {(m.subject, m.column_label, m.period_start): m.metric for m in _measures(LONG_CAPTION)}
    caption = "Resultant arrests following searches of persons and vehicles under the Terrorism Act"
    assert got[("Bedfordshire", "Total", "2000-04-01")] == caption          # was no metric
    assert got[("Bedfordshire", "under s44(1) and s44(2)", "2001-04-01")] == "under s44(1) and s44(2)"  # lost its ")"


# a one-cell line that ends a sentence is no caption, at any length
SENTENCE_CELL = LONG_CAPTION.replace("under the Terrorism Act |", "under the Terrorism Act. |")


def test_one_cell_sentence_is_no_caption():
    got = {(m.subject, m.column_label, m.period_start): m.metric for m in _measures(SENTENCE_CELL)}
    assert not any("Resultant arrests following searches" in (v or "") for v in got.values())


# a police FOI page: the request right above the table says what its year columns count
REQUEST_ABOVE = """Please provide the number of arrests made by your police department, categorized by ethnic group, for each year.
Ethnicity |
2022 |
2023 |
Asian |
145 |
162 |
Black |
592 |
606 |
"""


def test_request_above_a_table_of_year_columns_names_the_metric():
    got = {(m.subject, m.period_start): (m.metric, m.value) for m in _measures(REQUEST_ABOVE)}
    assert got[("Asian", "2023-01-01")] == ("Number of arrests made", 162)   # was no metric


# a sentence above that counts nothing leaves the metric as it was (none)
NO_COUNT_ABOVE = REQUEST_ABOVE.replace("the number of arrests made by your police department",
                                       "arrests data from your police department")


def test_sentence_above_without_number_of_names_no_metric():
    assert {m.metric for m in _measures(NO_COUNT_ABOVE)} == {None}
