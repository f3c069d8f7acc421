"""Leftovers of session 14's table audit: short excerpts quoted from the published answers
(publisher named on each); expected values are read from the documents."""
from extract.extractors import figures, measures
from extract.loaders import load_text
from extract.loaders.text.lines import _split_cols


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


# Avon and Somerset Police, FOI answer "Abandoned 101 Non Emergency Calls": the converter left
# a wide gap inside each duration of the "Longest time to be answered" column
AVON_101 = """Longest time to be answered

No Data   Available

26 minutes   55 seconds

28 minutes   8 seconds

43 minutes   4 seconds

78 minutes   40 seconds

 You will notice that the time taken to answer non-emergency 101 calls has increased.
"""


def test_a_gap_inside_a_duration_is_no_column_boundary():
    assert _measures(AVON_101) == []   # was "26 minutes" (a label) = 55 seconds
    got = sorted(f.value for f in figures.extract(load_text("page.txt", AVON_101)) if f.unit == "seconds")
    assert got == [26 * 60 + 55, 28 * 60 + 8, 43 * 60 + 4, 78 * 60 + 40]


def test_duration_gaps_closed_up_only_inside_one_duration():
    assert _split_cols("26 minutes   55 seconds") == ["26 minutes 55 seconds"]
    assert _split_cols("1 minute 30   seconds") == ["1 minute 30 seconds"]
    assert _split_cols("2 hours   30 minutes") == ["2 hours 30 minutes"]
    # two columns of durations, a count before a duration: columns as before
    assert _split_cols("Target   5 minutes   10 minutes") == ["Target", "5 minutes", "10 minutes"]
    assert _split_cols("Q1   12   5 minutes") == ["Q1", "12", "5 minutes"]
    assert _split_cols("30 seconds   2 minutes") == ["30 seconds", "2 minutes"]


# Dorset Police, FOI answer 01/FIN/23/1029 (civil orders and complaints): a line answering one
# part of the question ("... = 0") stands between the question and the table of other orders
DORSET = """1. The total number of civil orders issued by your force broken by year from 2018 to the most recent data available.
Number of ASB Civil Injunctions obtained for Dorset between 2018 and 2022 = 0
Type |
2018 |
2019 |
2020 |
ASB - Community Protection Notice (CPN) |
|
61 |
93 |
Order - Criminal Behaviour Order (CBO) |
29 |
22 |
15 |
"""


def test_a_line_stating_its_own_value_is_no_caption():
    got = {(m.row_label, m.column_label): m for m in _measures(DORSET) if m.value is not None}
    cbo = got[("Order - Criminal Behaviour Order (CBO)", "2018")]
    assert cbo.value == 29
    assert cbo.metric == "Number of civil orders issued"   # the question's (was the "= 0" line)
    assert got[("ASB - Community Protection Notice (CPN)", "2019")].value == 61
