"""Measure tables of session 20's audit (publishers not read before): short excerpts quoted
from the published pages (publisher named on each); expected values are read from the
documents."""
from extract.extractors import measures
from extract.loaders import load_text


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


# Lancashire Combined Fire Authority, Performance Committee 6 March 2024, "Measuring Progress"
# report (a ModernGov HTML paper saved as text: one cell a line, each closed by " |"): its contents
# list is a table of sections and the pages they start on, not a table of counts
LANCASHIRE_CFA = """The document illustrates our performance across all our KPI's and where appropriate, by an analysis \
of the KPI's which are classified as being in exception, along with an analysis of the cause and actions being \
taken to improve performance.
Contents |
Page (s) |
Introduction |
2 |
Table of Contents |
3 |
Explanation of Performance Measures |
4 |
Performance Framework and Indicator Trends |
5 – 7 |
Key Performance Indicators |
8 – 47 |
"""


def test_contents_list_with_a_page_s_column_gives_no_measures():
    ms = _measures(LANCASHIRE_CFA)
    assert not [m for m in ms if m.column_label.lower().startswith("page")]
    assert not [m for m in ms if m.row_label in ("Introduction", "Table of Contents")]


# the same list with its pages column headed "Pages" was already no table of counts: the
# spelling with "(s)" is the same column
def test_contents_list_headed_pages_still_gives_none():
    assert not _measures(LANCASHIRE_CFA.replace("Page (s) |", "Pages |"))


# Canterbury City Council, "Cost of council services 2020 to 2021" (a web page's table saved as
# Markdown): the net cost columns name their financial years with two-digit years
CANTERBURY = """See how much services cost to run for 2020 to 2021.
Service | Gross expenditure | Total income | Net cost 20/21 | Net cost 19/20 |
---|---|---|---|---|
Corporate management, legal, strategy and democracy services | £6,038,000 | (£1,354,000) | £4,683,000 | £4,563,000 |
Direct services including housing, community and engineering | £10,427,000 | (£14,035,000) | (£3,609,000) | (£4,528,000) |
Total | £101,538,000 | (£84,074,000) | £17,464,000 | £17,051,000 |
"""


def _cell(ms, subject, column):
    (m,) = [m for m in ms if m.subject == subject and m.column_label == column]
    return m


def test_two_digit_financial_year_in_a_column_header():
    ms = _measures(CANTERBURY, "canterbury.md")
    m = _cell(ms, "Direct services including housing, community and engineering", "Net cost 20/21")
    assert (m.metric, m.value, m.unit) == ("Net cost", -3609000, "gbp")
    assert (m.period_type, str(m.period_start), str(m.period_end)) == ("financial_year", "2020-04-01", "2021-03-31")
    m = _cell(ms, "Total", "Net cost 19/20")
    assert (m.metric, m.value, m.period_type, str(m.period_start)) == ("Net cost", 17051000, "financial_year",
                                                                       "2019-04-01")
    # a column without a period stays undated
    m = _cell(ms, "Total", "Gross expenditure")
    assert (m.metric, m.value, m.period_type, m.period_start) == ("Gross expenditure", 101538000, "other", None)


def test_two_digits_that_are_not_consecutive_years_name_no_period():
    ms = _measures(CANTERBURY.replace("Net cost 20/21", "Net cost 20/22"), "canterbury.md")
    m = _cell(ms, "Total", "Net cost 20/22")
    assert (m.period_type, m.period_start) == ("other", None)
    assert m.value == 17464000


# Surrey PCC decision 30/2023 "Month six 2023/24 financial performance" (a web page's table saved as
# text: a header whose corner cell the converter printed last): the budget and outturn columns name
# their year and, around it, what they hold; the heading above ("Revenue Forecast") alone named both
SURREY = """Revenue Forecast
The total budget for Surrey is £288.5m for 2023/24, against this the forecast outturn position is £287.2m resulting in an estimated underspend of £1.3m:
Total 2023/24 Budget £m | Total 2023/24 Outturn £m | Variance £m | |
2023/24 Budget | 288.5 | 289.9 | 1.4 |
Funding | (288.5) | (291.2) | (2.7) |
Grand Total | (0.0) | (1.3) | (1.3) |
"""


def test_words_around_a_column_period_name_the_metric():
    ms = _measures(SURREY)
    m = _cell(ms, "Funding", "Total 2023/24 Outturn £m")
    assert (m.metric, m.value, m.unit, m.period_type, str(m.period_start)) == (
        "Revenue Forecast: Total Outturn", -291200000, "gbp", "financial_year", "2023-04-01")
    m = _cell(ms, "2023/24 Budget", "Total 2023/24 Budget £m")
    assert (m.metric, m.value) == ("Revenue Forecast: Total Budget", 288500000)
    m = _cell(ms, "Funding", "Variance £m")
    assert (m.metric, m.value) == ("Variance", -2700000)
