"""FOI answers and council statistics, sixth reading (session 11): short excerpts of published pages
written into the test (Hastings, Devon, Moray, Cleveland Police and Southampton FOI answers);
expected values are read from the pages, and each rule has a case it must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str, name: str = "page.txt"):
    return [[[c.text for c in r] for r in b.rows] for b in load_text(name, text).blocks
            if b.kind == "table"]


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


# ---------------------------------------------------------------------------------------------
# 1. Lines of a year and one figure are a table of periods ("2020/2021 - 40", "2021/22 1,012")
# ---------------------------------------------------------------------------------------------

FPNS = """Response
Q1. No external contractor is employed to do this.
Q2.
2020/2021 - 40
2021/2022 - 21
2022/2023 - 17
2023/2024 - 8
2024/2025 - 31
Q3.
2020/2021 - £2100
2021/2022 - £1300
2022/2023 - £1360
"""


def test_year_dash_figure_lines_are_a_table_of_financial_years():
    got = {(m.row_label, m.unit): (m.value, m.period_type, str(m.period_start)) for m in _measures(FPNS)}
    assert got[("2021/2022", "count")] == (21, "financial_year", "2021-04-01")
    assert got[("2024/2025", "count")] == (31, "financial_year", "2024-04-01")
    assert got[("2022/2023", "gbp")] == (1360, "financial_year", "2022-04-01")
    assert len([m for m in _measures(FPNS) if m.unit == "count"]) == 5


CLAIMS = """1.The total number of pothole compensation claims received for each of the financial years
2021/22 1,012
2022/23 966
2023/24 1,838
2024/25 1,351
2025/26 (to date) 179
2.The total number of pothole compensation claims resolved for each of the financial years.
"""


def test_year_space_figure_lines_read_and_the_annotated_year_left_out():
    got = {m.row_label: m.value for m in _measures(CLAIMS)}
    assert got == {"2021/22": 1012, "2022/23": 966, "2023/24": 1838, "2024/25": 1351}


def test_figures_rising_year_by_year_are_read_but_rising_page_numbers_are_not():
    rising = "Households placed\n2019/2020 - 5\n2020/2021 - 10\n2021/2022 - 29\n2022/2023 - 39\n"
    assert [m.value for m in _measures(rising)] == [5, 10, 29, 39]
    contents = "Contents\nIntroduction 3\nPerformance 5\nFinance 9\n"
    assert _measures(contents) == []


def test_a_line_that_is_a_period_or_whose_figure_is_a_year_is_no_row():
    text = "Periods\n2019 - 20\n2020 - 21\n2021 - 22\n"        # financial years alone, no figures
    assert all(len(r) == 1 for t in _tables(text) for r in t) and _measures(text) == []
    text = "Terms\n2017 – 2018\n2018 – 2019\n2019 – 2020\n"   # a year span each: no figure
    assert _measures(text) == []


def test_month_led_lines_are_not_read_as_year_rows():
    # a deliverable's "Jan 2024 90%" is a due date and progress, not a figure a year
    text = "Milestones\nJan 2024 90%\nFeb 2024 95%\nMar 2024 100%\n"
    assert not any(m.period_type == "financial_year" for m in _measures(text))


# ---------------------------------------------------------------------------------------------
# 2. A one-cell-per-line table whose header is words, cells closed by " |" (Cleveland Police)
# ---------------------------------------------------------------------------------------------

INJURED = """Please provide a breakdown by role.
|
Year |
Total Officers injured |
Total PCSOs injured |
Hospitalised Officers |
|
2022/23 |
51 |
7 |
19 |
|
2023/24 |
70 |
4 |
23 |
|
2024/25 * |
161 |
4 |
32 |
* to 8th January
"""


def test_word_header_cell_grid_with_period_rows():
    assert _tables(INJURED)[0][:2] == [["Year", "Total Officers injured", "Total PCSOs injured",
                                        "Hospitalised Officers"], ["2022/23", "51", "7", "19"]]
    got = {(m.row_label, m.column_label): m.value for m in _measures(INJURED)}
    assert got[("2023/24", "Total PCSOs injured")] == 4
    assert got[("2022/23", "Hospitalised Officers")] == 19
    assert got[("2024/25", "Total Officers injured")] == 161   # (the footnote mark "*" left out)


STATS = """Quarterly statistics 2023/24
Quarter (Q) |
Requests: Number received |
Requests: Number completed on time |
Internal reviews |
Q1 |
297 |
251 |
5 |
Q2 |
320 |
261 |
4 |
"""


def test_rows_of_quarters_take_the_year_of_the_caption_line_above():
    # "Q1" names a period whose year only the caption gives (session 12: read from it; before, no table)
    got = {(m.row_label, m.column_label): (m.value, m.period_type, str(m.period_start)) for m in _measures(STATS)}
    assert got[("Q1", "Requests: Number received")] == (297, "quarter", "2023-04-01")
    assert got[("Q2", "Internal reviews")] == (4, "quarter", "2023-07-01")
    assert not any(m.metric == "Q1" or m.metric == "Q2" for m in _measures(STATS))
    # without a year above, nothing is guessed: no table
    assert _tables(STATS.replace("Quarterly statistics 2023/24\n", "Quarterly statistics\n")) == []


CALLS = """Year |
999 |
Disparity |
101 |
Disparity |
||
Call Volume |
Answered |
Call Volume |
Answered |
|||
2020/21 |
213,083 |
212,525 |
558 |
301,828 |
284,506 |
17,322 |
2021/22 |
290,917 |
283,160 |
7,757 |
260,245 |
179,842 |
80,403 |
"""


def test_cells_under_a_two_row_header_are_not_read_from_its_middle():
    # a header of two rows ("999 | Disparity | 101 | Disparity" over "Call Volume | Answered ...")
    # read from a cell inside it gave columns named "|": no table is better
    assert not any(m.column_label in ("|", "||") for m in _measures(CALLS))
    assert not any(m.metric in ("Call Volume", "Answered") and m.value == 212525 for m in _measures(CALLS))


# ---------------------------------------------------------------------------------------------
# 3. "Response 02-12-2025" (a council FOI page's dateline) names no measure
# ---------------------------------------------------------------------------------------------

MORAY = """FOI Request - Fixed Penalty Notices
Response 02-12-2025
1. No
2.
| 2020/21 | 2021/22 | 2022/23 | Total | |
| FPN Type | Number | Number | Number | Number |
| FPN - Dog Fouling | 1 | 1 | 5 | 7 |
| FPN - Fixed Penalty Notice | 0 | 0 | 0 | 0 |
| FPN - Fly Tipping | 16 | 10 | 4 | 30 |
| TS - Tobacco Fixed Penalty Notice | 0 | 0 | 0 | 0 |
| Total | 17 | 11 | 9 | 37 |
"""


def test_response_dateline_is_no_metric():
    got = list(_measures(MORAY))
    assert got and not any((m.metric or "").startswith("Response") for m in got)
    fly = {str(m.period_start): m.value for m in got if m.row_label == "FPN - Fly Tipping" and m.period_start}
    assert fly == {"2020-04-01": 16, "2021-04-01": 10, "2022-04-01": 4}


def test_a_response_heading_without_a_date_still_titles_its_table():
    text = MORAY.replace("Response 02-12-2025", "Response times")
    assert any(m.metric == "Response times" for m in _measures(text))
