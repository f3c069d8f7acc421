"""Text loader rule 14, a single-spaced header of named columns over rows of a period and as many
values (meas20b): "Year Number of requests Percentage answered on time" over "2017/18 3201 91.6%".
Expected values are read from the published pages (audit20-meas20: Transport for London's FOI
performance page and Islington council's FOI compliance statistics); each rule has a case it must
leave alone, since a header whose words could split more than one way is left unread."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str):
    return [[[c.text for c in r] for r in b.rows] for b in load_text("page.txt", text).blocks
            if b.kind == "table"]


def _measures(text: str):
    return {(m.row_label, m.metric): (m.value, m.unit)
            for m in measures.extract(load_text("page.txt", text))}


# tfl.gov.uk/corporate/transparency/freedom-of-information/foi-performance (excerpt)
TFL = """FOI requests since 2010/11

This spreadsheet provides a breakdown of the volume of information requests.

Year Number of requests Percentage answered on time
2017/18 3201 91.6%
2016/17 2616 80.7%
2015/16 2582 85.4%
2013/14    2648 87.3%
"""

# Islington council, FOI compliance statistics, "Previous years" (excerpt)
ISLINGTON = """Previous years

Calendar year Total requests due (FOI/EIR) Responses issued within statutory timeframe Compliance Number of requests referred for internal review
2025 2,308 2,187 95%  99 (4%)
2024 2,136 2,025 95% 86 (4%)
2023 2,089 1,805 86% 76 (4%)
"""


def test_tfl_header_splits_into_its_two_named_columns():
    tables = _tables(TFL)
    assert tables[0][0] == ["Year", "Number of requests", "Percentage answered on time"]
    assert tables[0][4] == ["2013/14", "2648", "87.3%"]
    got = _measures(TFL)
    assert got[("2017/18", "Number of requests")] == (3201, "count")
    assert got[("2017/18", "Percentage answered on time")] == (91.6, "percent")
    assert got[("2013/14", "Percentage answered on time")] == (87.3, "percent")
    assert len(got) == 8


def test_islington_header_splits_and_a_count_with_its_share_is_one_cell():
    tables = _tables(ISLINGTON)
    assert tables[0][0] == ["Calendar year", "Total requests due (FOI/EIR)",
                            "Responses issued within statutory timeframe", "Compliance",
                            "Number of requests referred for internal review"]
    assert tables[0][1] == ["2025", "2,308", "2,187", "95%", "99 (4%)"]
    got = _measures(ISLINGTON)
    assert got[("2025", "Total requests due (FOI/EIR)")] == (2308, "count")
    assert got[("2024", "Responses issued within statutory timeframe")] == (2025, "count")
    assert got[("2023", "Compliance")] == (86, "percent")
    # "99 (4%)": a count and its share in one cell is left unread, never read as -4 or 4
    assert not any(k[1].startswith("Number of requests referred") and v[0] in (4, -4) for k, v in got.items())


# written for the test: headers whose words split more than one way, or whose columns' kinds
# do not match their names
TITLE_CASE = """Year Recorded Crime
2019 1200 -5%
2020 1100 -8%
"""

NAME_CUT_AFTER_JOINING_WORD = """Year Crimes recorded in Wiltshire per thousand people
2019 1200 52
2020 1100 48
"""

PERCENT_UNDER_A_COUNT = """Year Number of requests Number answered on time
2019 1200 91%
2020 1100 88%
"""

TOO_MANY_NAMES = """Year Number of Police Officers Number of PCSOs
2019 1200 300
2020 1100 280
"""

ONE_ROW = """Year Number of requests Percentage answered on time
2019 1200 91%
"""

UNEVEN_ROWS = """Year Number of requests Percentage answered on time
2019 1200 91%
2020 1100
2021 1000 90%
"""


# thurrock.gov.uk/freedom-of-information-requests/performance (excerpt): rows led by words, not a
# period cell; measures would take "April to June" for the metric, so the table stays unread
THURROCK = """Freedom of information requests 2023/24

Period Requests closed Closed on time Percentage on time
April to June 241 236 98%
July to September 242 238 98%
"""


def test_rows_led_by_words_under_a_period_header_are_left_unread():
    assert _tables(THURROCK) == []
    assert _measures(THURROCK) == {}


def test_headers_that_split_more_than_one_way_are_left_unread():
    for text in (TITLE_CASE, NAME_CUT_AFTER_JOINING_WORD, PERCENT_UNDER_A_COUNT, TOO_MANY_NAMES, ONE_ROW):
        assert _measures(text) == {}, text
    # the rows read stop at the first row of another width: none after it is guessed
    got = _measures(UNEVEN_ROWS)
    assert ("2021", "Number of requests") not in got and ("2020", "Number of requests") not in got
