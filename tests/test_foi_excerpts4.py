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
