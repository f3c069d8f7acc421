"""Tables of FOI answers and written answers saved as text whose rows are each one line
without a column layout (text loader rules 13-14), and the measures read from them. The
excerpts are short parts of published pages (West Midlands Police FOI 936A/20, a Scottish
Parliament written answer, a Surrey PCC decision notice, Northumbria Police FOI 441/13, a
Warwickshire fire performance page), written into the test; expected values are read from
the pages."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str):
    return [[[c.text for c in r] for r in b.rows] for b in load_text("page.txt", text).blocks
            if b.kind == "table"]


def _measures(text: str):
    return measures.extract(load_text("page.txt", text))


# West Midlands Police FOI 936A/20 (one space between cells; the year 2020 "to date")
SPACED = """Question 1:

Month 2017 2018 2019 2020
January 1331 1752 1336 1398
February 1141 1462 1171 1195
March 1074 1354 1388 1003
November 1739 1850 1220
December 1474 1622 1392
Total 15899 17382 14401 9286
"""


def test_spaced_rows_are_a_table_ending_at_a_short_row():
    assert _tables(SPACED) == [[["Month", "2017", "2018", "2019", "2020"],
                                ["January", "1331", "1752", "1336", "1398"],
                                ["February", "1141", "1462", "1171", "1195"],
                                ["March", "1074", "1354", "1388", "1003"]]]


def test_month_rows_under_year_columns_are_months_of_those_years():
    got = {(m.row_label, m.column_label): (m.period_type, m.period_start, m.period_end, m.value)
           for m in _measures(SPACED)}
    assert got[("January", "2017")] == ("month", '2017-01-01', '2017-01-31', 1331)
    assert got[("February", "2020")] == ("month", '2020-02-01', '2020-02-29', 1195)
    assert got[("March", "2019")] == ("month", '2019-03-01', '2019-03-31', 1388)
    assert len(got) == 12  # November's row lacks a year: no cell of it or below it is placed
    assert not [m for m in _measures(SPACED) if m.metric in ("January", "February", "March")]


def test_month_rows_under_financial_year_columns():
    text = ("Month | 2019/20 | 2020/21 |\n"
            "April | 120 | 98 |\n"
            "January | 131 | 140 |\n")
    got = {(m.row_label, m.column_label): (m.period_start, m.period_end) for m in _measures(text)}
    assert got[("April", "2019/20")] == ('2019-04-01', '2019-04-30')
    assert got[("January", "2019/20")] == ('2020-01-01', '2020-01-31')
    assert got[("January", "2020/21")] == ('2021-01-01', '2021-01-31')


def test_a_year_row_under_year_columns_keeps_the_year():
    # not a month row: "Total" under "2018" is the year's total
    text = ("Offence 2017 2018\n"
            "Burglary 1331 1752\n"
            "Total 15899 17382\n")
    got = {(m.row_label, m.column_label): (m.period_type, m.period_start, m.period_end)
           for m in _measures(text)}
    assert got[("Total", "2018")] == ("calendar_year", '2018-01-01', '2018-12-31')
    assert got[("Burglary", "2017")] == ("calendar_year", '2017-01-01', '2017-12-31')


def test_spaced_rows_need_one_number_per_period():
    # Warwickshire fire: seven periods over rows of five numbers and words ("New measure"):
    # nothing lines up, no table
    text = ("2013/14 2014/15 2015/16 2016/17 2017/18 2019/20 2019/20\n"
            "Wholetime appliance availability New measure 98 97 98 100 98.11\n"
            "On-call appliance availability New measure 60 70 71 75 72.5\n")
    assert _tables(text) == []
    # prose lines ending in numbers under a line of years stay prose
    text = ("The years 2019 2020\n"
            "We recorded the following figures in those years, as requested. 12 14\n"
            "and then these. 15 16\n")
    assert _tables(text) == []


# Scottish Parliament written answer: pipes before the first cell and after the last, no
# Markdown separator row, an empty corner cell
PIPES = """Total Number of Crimes Recorded by the Police, 1997-98 to 2006-07, by Local Authority Area
           |             |          1997-98      |          1998-99      |          2006-07      |    
       |     Aberdeen City     |        28,793     |        30,937     |        23,322     |   
     |     Aberdeenshire     |        10,515     |        10,332     |        10,527     |   
     |     Angus     |        6,829     |        6,440     |        6,099     |   
"""


def test_pipe_rows_without_a_separator_are_a_table():
    assert _tables(PIPES) == [[["", "1997-98", "1998-99", "2006-07"],
                               ["Aberdeen City", "28,793", "30,937", "23,322"],
                               ["Aberdeenshire", "10,515", "10,332", "10,527"],
                               ["Angus", "6,829", "6,440", "6,099"]]]
    got = {(m.row_label, m.column_label): (m.period_start, m.value) for m in _measures(PIPES)}
    assert got[("Aberdeen City", "1998-99")] == ('1998-04-01', 30937)
    assert got[("Angus", "2006-07")] == ('2006-04-01', 6099)


def test_pipe_header_that_lost_its_corner_cell():
    # Surrey PCC decision notice: the header's empty corner printed last ("| |")
    text = ("Revenue Forecast\n"
            "Total 2023/24 Budget £m | Total 2023/24 Outturn £m | Variance £m | |\n"
            "2023/24 Budget | 292.8 | 290.2 | 2.6 |\n"
            "Funding | (292.8) | (291.2) | (1.6) |\n"
            "Grand Total | (0.0) | (1.0) | (1.0) |\n")
    rows = _tables(text)[0]
    assert rows[0] == ["", "Total 2023/24 Budget £m", "Total 2023/24 Outturn £m", "Variance £m"]
    got = {(m.row_label, m.column_label): m.value for m in _measures(text)}
    assert got[("Funding", "Total 2023/24 Budget £m")] == -292.8e6
    assert got[("Funding", "Total 2023/24 Outturn £m")] == -291.2e6
    assert got[("2023/24 Budget", "Variance £m")] == 2.6e6


def test_lines_with_pipes_that_are_no_table():
    # a single pipe row, and rows of empty cells ("|||", a page's layout residue)
    assert _tables("Force area | 1998-99 | 1999-2000 |\nAvon and Somerset\n") == []
    assert _tables("Answer\n|||\n|||\nNone held.\n") == []
    # rows of differing widths
    assert _tables("a | b | c\nd | 1\n") == []


# Northumbria Police FOI 1120/19 (Clare's Law): one cell per line, each followed by " |"; an
# empty cell is a line holding "|" alone
CELL_PER_LINE_EMPTY = """1-3.
|
2017-2018 |
2016/2017 |
Right to know applications |
76 |
|
Right to know disclosures |
67 |
10 |
Right to Ask applications |
187 |
213 |
4-6. It should be noted that Northumbria Police make contact via phone.
"""


def test_one_cell_per_line_table_keeps_an_empty_cell_in_place():
    assert _tables(CELL_PER_LINE_EMPTY) == [[["", "2017-2018", "2016/2017"],
                                             ["Right to know applications", "76", ""],
                                             ["Right to know disclosures", "67", "10"],
                                             ["Right to Ask applications", "187", "213"]]]
    got = {(m.row_label, m.column_label): m.value for m in _measures(CELL_PER_LINE_EMPTY)}
    assert got[("Right to know disclosures", "2016/2017")] == 10
    assert got[("Right to Ask applications", "2016/2017")] == 213
    assert got.get(("Right to know applications", "2016/2017")) is None


def test_one_cell_per_line_without_pipes_has_no_empty_cells():
    # blank lines between cells (no " |"): a missing cell cannot be seen, so a row of the wrong
    # length ends the table ("Right to know applications" has one value for two periods)
    text = CELL_PER_LINE_EMPTY.replace(" |\n", "\n").replace("\n|\n", "\n\n")
    assert _tables(text) == []


def test_month_columns_beside_year_rows_are_months_of_those_years():
    # years down the side, months across (the transposed form of the West Midlands table)
    text = ("Burglaries by month\n\n"
            "Year | Jan | Feb | Mar |\n"
            "---|---|---|---|\n"
            "2019 | 10 | 12 | 14 |\n"
            "2020/21 | 11 | 13 | 15 |\n"
            "Total | 21 | 25 | 29 |\n")
    got = {(m.row_label, m.column_label): m for m in _measures(text)}
    jan = got[("2019", "Jan")]
    assert (jan.period_type, jan.period_start, jan.period_end, jan.value) == ("month", "2019-01-01", "2019-01-31", 10)
    assert (got[("2020/21", "Feb")].period_start, got[("2020/21", "Feb")].period_end) == ("2021-02-01", "2021-02-28")
    assert not [m for m in got.values() if m.metric in ("Jan", "Feb", "Mar")]
    # the Total row is no month: it keeps the span of the years, never January of one year
    tot = got[("Total", "Jan")]
    assert tot.period_type == "other" and tot.is_total


def test_a_dateline_heading_names_no_measure():
    # Northumbria Police FOI 531/20: the table's nearest heading is the page's dateline
    text = ("Stop and Searches - 531/20\n\n"
            "Date Responded 29 April 2020\n\n"
            "I am able to disclose the located information to you as follows.\n\n"
            "Ethnicity |\n2017 |\n2018 |\nAsian |\n147 |\n158 |\nBlack |\n77 |\n102 |\n")
    ms = _measures(text)
    assert {(m.subject, m.column_label, m.value) for m in ms} >= {("Asian", "2017", 147), ("Black", "2018", 102)}
    assert not [m for m in ms if "29 April" in (m.metric or "")]
    assert {m.metric for m in ms} == {None}
    # without the dateline the page's own heading names the table, as before
    ms = _measures(text.replace("Date Responded 29 April 2020\n\n", ""))
    assert {m.metric for m in ms} == {"Stop and Searches - 531/20"}


# Avon and Somerset Police FOI 152830: a two-column table one cell per line, rows of periods
PERIOD_ROWS = """Q1. Please fond the requested information below:

Year

Total 999 calls

2012

227,251

2013

211,396

2014

204,710

Q2. The average time is not held.
"""


def test_one_cell_per_line_rows_of_periods():
    assert _tables(PERIOD_ROWS) == [[["Year", "Total 999 calls"], ["2012", "227,251"],
                                     ["2013", "211,396"], ["2014", "204,710"]]]
    got = {m.row_label: (m.metric, m.period_type, m.period_start, m.value) for m in _measures(PERIOD_ROWS)}
    assert got["2013"] == ("Total 999 calls", "calendar_year", "2013-01-01", 211396)
    assert len(got) == 3


def test_period_rows_need_a_periods_header_and_aligned_values():
    # numbers may name the columns ("999 |", "101 |" over counts of calls)
    text = "2.\nYear |\n999 |\n101 |\n2020/21 |\n212,525 |\n284,506 |\n2021/22 |\n283,160 |\n179,842 |\n3.\n"
    assert _tables(text) == [[["Year", "999", "101"], ["2020/21", "212,525", "284,506"],
                              ["2021/22", "283,160", "179,842"]]]
    # a date among the values ("Wed 26/08"): the rows do not line up, no table
    text = "3.\nYear |\n999 |\nDate |\n2020/21 |\n0:05:13 |\nWed 26/08 |\n2021/22 |\n0:19:17 |\nFri 26/11 |\n"
    assert _tables(text) == []
    # no "Year" over the periods: a list of labels and years stays text
    # (the cells stay the one-column residue of rule 10, which gives no measures)
    noted = PERIOD_ROWS.replace("Year\n", "Note\n")
    assert all(len(r) == 1 for t in _tables(noted) for r in t)
    assert _measures(noted) == []


def test_cells_of_a_lost_web_table_are_no_label_and_value():
    # the rows of the last table above, joined by the loader into paragraphs: "Date |" over
    # "2020/21 | 0:05:13 |" is no box whose label is "Date"
    text = "3.\nYear |\n999 |\nDate |\n2020/21 |\n0:05:13 |\nWed 26/08 |\n2021/22 |\n0:19:17 |\nFri 26/11 |\n"
    assert [m for m in _measures(text) if m.metric == "Date" or m.row_label == "Date"] == []


def test_rows_of_police_force_areas_are_subjects():
    # a written answer's table of forces by year (empty corner, no "Total" row): a force is
    # where the count is, never what is counted
    text = ("Offences recorded\n\n"
            "| | 2002-03 | 2003-04 |\n"
            "| Avon and Somerset | 2 | 1 |\n"
            "| Essex(5) | 4 | 2 |\n"
            "| Dyfed Powys | 1 | 3 |\n")
    got = {(m.row_label, m.column_label): m for m in _measures(text)}
    essex = got[("Essex(5)", "2003-04")]
    assert (essex.subject, essex.metric, essex.value) == ("Essex(5)", "Offences recorded", 2)
    assert not [m for m in got.values() if m.metric in ("Avon and Somerset", "Essex(5)", "Dyfed Powys")]


def test_rows_naming_one_place_among_metrics_stay_metrics():
    text = ("Crime summary\n\n"
            "| | 2022 | 2023 |\n"
            "| Burglary | 120 | 135 |\n"
            "| Robbery | 40 | 38 |\n"
            "| Kent | 7 | 9 |\n")
    got = {(m.row_label, m.column_label): m for m in _measures(text)}
    assert got[("Burglary", "2022")].metric == "Burglary"


def test_an_foi_answer_part_heading_names_no_measure():
    # West Midlands Police: the table stands under the page's "Response" heading
    ms = _measures("Response\n\n" + SPACED)
    assert ms and not [m for m in ms if m.metric == "Response"]
    # a heading that names what is counted is still the metric
    ms = _measures("Residential Burglaries\n\n" + SPACED)
    assert {m.metric for m in ms} == {"Residential Burglaries"}


def test_call_times_under_numbered_columns_give_no_measures():
    # Northumbria Police FOI 869/23: "0:08:00" under "999" is most likely 8 seconds printed as
    # m:ss:00 (a 999 call answered in 8 minutes on average is not credible); hours:minutes:seconds
    # would make it 480 s. Clock times are no values of such a table: no table, no value
    text = "2.\nYear |\n999 |\n101 |\n2020/21 |\n0:08:00 |\n0:49:00 |\n2021/22 |\n0:29:00 |\n5:48:00 |\n3.\n"
    assert _tables(text) == []
    assert _measures(text) == []
