"""FOI answers, KPI and statistics tables, fifth reading (session 10, round 1): short excerpts of
published pages written into the test; expected values are read from the pages, and each rule
has a case it must leave alone."""
import importlib

import pytest

from extract import vocab
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str, name: str = "page.txt"):
    return [[[c.text for c in r] for r in b.rows] for b in load_text(name, text).blocks
            if b.kind == "table"]


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


# ---------------------------------------------------------------------------------------------
# 1. A "£s" header word is pounds (a parish council's payments: "Payee | Detail | Total £s | VAT")
# ---------------------------------------------------------------------------------------------

PAYMENTS = """Paid by standing order

| Payee | Detail | Total £s | VAT |
|---|---|---|---|
| Cathy Fleet | Clerk Salary | 140.24 | 0.0 |
| HMRC | (re above) | 28.56 | 0.0 |
"""


def test_pounds_header_word_makes_money():
    got = {(m.row_label, m.column_label): (m.value, m.unit) for m in _measures(PAYMENTS, "page.md")}
    assert got[("Cathy Fleet", "Total £s")] == (140.24, "gbp")
    assert got[("HMRC", "Total £s")] == (28.56, "gbp")
    assert got[("HMRC", "VAT")][1] == "count"   # no money word in its own header: left as it was


def test_a_word_starting_with_s_after_pound_is_no_money_word():
    # "£sterling" is no "£s": the header stays a count
    text = PAYMENTS.replace("Total £s", "Total £sterling")
    got = {(m.row_label, m.column_label): m.unit for m in _measures(text, "page.md")}
    assert got[("HMRC", "Total £sterling")] == "count"


# ---------------------------------------------------------------------------------------------
# 2. The periods-column header words of the text loader's one-line tables come from words.toml
#    (period_rows_header), not a hand copy: a vocabulary that adds a word is read by every rule
# ---------------------------------------------------------------------------------------------

WEEKS = """Week Number of arrests
2019 120
2020 135
2021 150
"""


@pytest.fixture
def grown_vocabulary(tmp_path):
    extra = tmp_path / "weeks.toml"
    extra.write_text("[patterns]\nperiod_rows_header = '''weeks?'''\n")
    from extract.loaders.text import cell_grid, inline_rows
    vocab.set_extra([str(extra)])
    importlib.reload(cell_grid)
    importlib.reload(inline_rows)
    try:
        yield
    finally:
        vocab.set_extra(None)
        importlib.reload(cell_grid)
        importlib.reload(inline_rows)


def test_period_rows_header_words_follow_the_vocabulary(grown_vocabulary):
    assert _tables(WEEKS) == [[["Week", "Number of arrests"], ["2019", "120"], ["2020", "135"],
                               ["2021", "150"]]]
    flat = "Arrests recorded Week Arrests 2019 120 2020 135 2021 150 2022 160"
    assert _tables(flat)[0][:2] == [["Week", "Arrests"], ["2019", "120"]]


def test_period_rows_header_words_without_the_added_word():
    # "Week" names no periods column in the shipped vocabulary: no table is headed by it
    assert not any(t[0][:1] == ["Week"] for t in _tables(WEEKS))
    assert not any(t[0][:1] == ["Week"] for t in _tables("Arrests recorded Week Arrests 2019 120 2020 135 2021 150 2022 160"))
    assert _tables("""Financial year Number of assaults
2019/20 120
2020/21 135
""") == [[["Financial year", "Number of assaults"], ["2019/20", "120"], ["2020/21", "135"]]]
    flat = "Assaults on officers Financial Year Assaults 2019 120 2020 135 2021 150 2022 160"
    assert _tables(flat)[0][:2] == [["Financial Year", "Assaults"], ["2019", "120"]]


# ---------------------------------------------------------------------------------------------
# 3. A web table without a header row, saved as Markdown with its first data row over the
#    separator (a police.uk FOI page: arrests by age band and by sex): every row is data
# ---------------------------------------------------------------------------------------------

AGE_SEX = """Custody searched between January 2022 & 18th March 2025.
|
U21 |
54 |
|---|---|
|
21-30 |
343 |
|
31-40 |
371 |
|
71+ |
11 |
|
Female |
148 |
|---|---|
|
Male |
967 |
|
Unknown |
7 |
The numerical data presented in this response is an un-audited snapshot.
"""


def test_table_whose_header_row_is_data_gives_every_row():
    got = {m.row_label: m.value for m in _measures(AGE_SEX, "page.md")}
    assert got == {"U21": 54, "21-30": 343, "31-40": 371, "71+": 11, "Female": 148, "Male": 967,
                   "Unknown": 7}


MONTH_LINE = """Calls received by the force.

| Month | 999 |
|---|---|
| January | 1200 |
| February | 1100 |
"""

ONE_YEAR = """Offences recorded.

| Offence | 2023 |
|---|---|
| Burglary | 45 |
| Robbery | 12 |
"""

NAMED = """Arrests by sex.

| Gender | Number of arrests |
|---|---|
| Female | 148 |
| Male | 967 |
"""


def test_a_header_row_naming_its_columns_stays_a_header():
    assert not any(m.row_label == "Month" for m in _measures(MONTH_LINE, "page.md"))  # 999 calls: no month
    got = {(m.row_label, m.column_label): m.value for m in _measures(ONE_YEAR, "page.md")}
    assert got == {("Burglary", "2023"): 45, ("Robbery", "2023"): 12}
    got = {(m.row_label, m.column_label): m.value for m in _measures(NAMED, "page.md")}
    assert got == {("Female", "Number of arrests"): 148, ("Male", "Number of arrests"): 967}


# ---------------------------------------------------------------------------------------------
# 4. Lines of a label and one value (a council's FOI compliance statistics: a two-column web
#    table saved with a space between its cells)
# ---------------------------------------------------------------------------------------------

COMPLIANCE = """Information overview

2023/24 April to June
Number of FOI/EIR requests received 196
Number of FOI/EIR requests completed within 20 working days 192
Percentage of requests completed within 20 working days 96%
Number of requests granted in full 74
Number of requests refused in full 32
"""


def test_lines_of_a_label_and_one_value_are_a_table():
    got = {m.row_label: (m.value, m.unit) for m in _measures(COMPLIANCE)}
    assert got == {"Number of FOI/EIR requests received": (196, "count"),
                   "Number of FOI/EIR requests completed within 20 working days": (192, "count"),
                   "Percentage of requests completed within 20 working days": (96, "percent"),
                   "Number of requests granted in full": (74, "count"),
                   "Number of requests refused in full": (32, "count")}


CONTENTS = """Contents
Introduction 3
Background 5
Financial position 9
Recommendations 14
"""

DATES_AND_PAIRS = """Report history
Draft circulated 2023
Revised after consultation 2024
Approved by cabinet 2025

Officers on duty 12
Staff on duty 30
"""


def test_contents_dates_and_short_runs_stay_text():
    assert _tables(CONTENTS) == []            # values rising line by line: page numbers
    assert _tables(DATES_AND_PAIRS) == []     # a year at a line's end is a date; two lines are no table
    assert _measures(CONTENTS) == [] and _measures(DATES_AND_PAIRS) == []


ASSAULTS = """Numbers of police officers assaulted in the course of their duty England and Wales 1990
Police force area Number of officers assaulted
Avon and Somerset 437
Bedfordshire 241
Cambridgeshire 176
Cheshire 651
"""


def test_words_line_right_above_label_values_is_their_caption():
    got = {m.row_label: (m.value, m.metric) for m in _measures(ASSAULTS)}
    assert got["Avon and Somerset"] == (437, "Police force area Number of officers assaulted")
    assert got["Cheshire"] == (651, "Police force area Number of officers assaulted")


SIDE_BY_SIDE = """GENERAL ACCOUNT PLAYGROUND ACCOUNT
BALANCE B/F 7,515.87 BALANCE B/F 9,118.44
INCOME 8,984.85 INCOME 543.26
EXPENDITURE (10,109.85) EXPENDITURE 0.00
BALANCE C/F 6,390.87 BALANCE C/F 9,661.70
"""

SCALE = """Likelihood
Very Likely 5
Likely 4
Possible 3
Unlikely 2
Very Unlikely 1
"""


def test_two_tables_side_by_side_and_a_scale_key_are_no_label_value_table():
    assert _measures(SIDE_BY_SIDE) == []   # each label holds the other table's value
    assert _tables(SCALE) == [] and _measures(SCALE) == []   # a key stepping by one: no counts


SCALE_PIPES = """Likelihood

| Very Likely | 5 |
|---|---|
| Likely | 4 |
| Possible | 3 |
| Unlikely | 2 |
"""

YEARS_PIPES = """Arrests each year

| 2019 | 120 |
|---|---|
| 2020 | 135 |
| 2021 | 150 |
"""


def test_headerless_two_column_table_of_a_scale_gives_nothing_but_rising_years_are_read():
    assert _measures(SCALE_PIPES, "page.md") == []
    got = {(m.row_label, m.period_start): m.value for m in _measures(YEARS_PIPES, "page.md")}
    assert got == {("2019", "2019-01-01"): 120, ("2020", "2020-01-01"): 135, ("2021", "2021-01-01"): 150}


CALL_LINE_NAMES = """Crime & Communication Centre - 999 Service
Call Answered Volume: 999
Abandonment Rate: All 999
Average Time to Answer: All 999
Call Offer Demand: All 999
"""


def test_one_number_ending_every_line_is_part_of_the_labels():
    assert _tables(CALL_LINE_NAMES) == [] and _measures(CALL_LINE_NAMES) == []
