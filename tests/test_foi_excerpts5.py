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
