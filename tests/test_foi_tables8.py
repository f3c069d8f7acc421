"""Tables of FOI answers, eighth reading (session 12): an empty cell saved as a no-break space, marks
for no value ("*", "n/a", "-"), quarters dated by the caption's year, a headerless table of periods
under what it counts. Expected values are read from the texts written here; each rule has a case it
must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text

NBSP = "\u00a0"


def _tables(text: str, name: str = "page.txt"):
    return [[[c.text for c in r] for r in b.rows] for b in load_text(name, text).blocks if b.kind == "table"]


def _measures(text: str, name: str = "page.txt"):
    return measures.extract(load_text(name, text))


# ---------------------------------------------------------------------------------------------
# 1. A web table's cell that is only a no-break space, saved on a line of its own, is an empty cell
#    (Northumbria and British Transport Police FOI pages: blank lines between the cells)
# ---------------------------------------------------------------------------------------------

GRID = f"""Stop and search

Ethnicity

2021

2022

2023

White

161

134

120

Mixed

{NBSP}

12

9

Black

45

{NBSP}{NBSP}

38

Please note the figures above.
"""


def test_a_no_break_space_line_is_an_empty_cell_of_a_one_cell_per_line_table():
    assert _tables(GRID) == [[["Ethnicity", "2021", "2022", "2023"], ["White", "161", "134", "120"],
                              ["Mixed", "", "12", "9"], ["Black", "45", "", "38"]]]
    got = {(m.row_label, int(m.period_start[:4])): m.value for m in _measures(GRID)}
    assert got[("Mixed", 2022)] == 12 and got[("Black", 2023)] == 38
    assert got[("Mixed", 2021)] is None and got[("Black", 2022)] is None


def test_a_no_break_space_line_outside_a_table_is_a_blank_line():
    text = f"Response\n\nThe force holds no such record.\n{NBSP}\nPlease contact us again.\n"
    blocks = load_text("page.txt", text).blocks
    assert [b.text for b in blocks if b.kind == "paragraph"] == \
        ["The force holds no such record.", "Please contact us again."]
    # a cell missing without a no-break space line still ends the table (nothing is guessed)
    lost = GRID.replace(f"\n{NBSP}\n\n12\n", "\n12\n")
    assert all(len(r) == 1 for t in _tables(lost) for r in t)  # (one cell per line: no grid read)


# ---------------------------------------------------------------------------------------------
# 2. "*", "n/a", "N/A", "-", "–" standing for no value: an empty value, never a value or a metric
# ---------------------------------------------------------------------------------------------

KEY_VALUE = """Number of claims received

| 2013 – 2014 | * |
| --- | --- |
| 2014 – 2015 | 7 |
| 2015 – 2016 | 9 |
| 2016 – 2017 | N/A |
| 2017 – 2018 | 4 |
"""


def test_key_value_rows_keep_their_values_beside_marks_for_none():
    ms = _measures(KEY_VALUE, "page.md")
    assert {m.row_label: m.value for m in ms} == {"2014 – 2015": 7, "2015 – 2016": 9, "2017 – 2018": 4}
    assert all(m.period_type == "financial_year" for m in ms)
    assert not any(m.column_label == "*" or m.metric == "*" for m in ms)  # the "*" named no column


def test_key_value_rows_of_marks_only_are_no_table():
    text = "| Male | * |\n| --- | --- |\n| Female | n/a |\n| Unknown | 3 |\n"
    assert _measures(text, "page.md") == []


CELLS = """Recorded crime

| Crime type | 2021 | 2022 | 2023 |
| --- | --- | --- | --- |
| Burglary | 120 | N/A | 98 |
| Robbery | – | 45 | * |
| Theft | 310 | 290 | n/a |
"""


def test_marks_in_value_cells_are_empty_values_and_not_text():
    got = {(m.subject, int(m.period_start[:4])): (m.value, m.value_raw) for m in _measures(CELLS, "page.md")}
    assert got[("Burglary", 2021)] == (120, "120") and got[("Theft", 2022)] == (290, "290")
    assert got[("Burglary", 2022)] == (None, "N/A") and got[("Robbery", 2023)] == (None, "*")
    assert got[("Robbery", 2021)][0] is None and len(got) == 9


def test_words_in_value_cells_still_make_no_measure_table():
    text = ("| Crime type | 2021 | 2022 | 2023 |\n| --- | --- | --- | --- |\n"
            "| Burglary | 120 | Not recorded | See note |\n| Robbery | Not held | 45 | See note |\n")
    assert _measures(text, "page.md") == []


def test_a_row_of_marks_under_a_place_is_no_group_label():
    text = ("| Area | 2022 | 2023 |\n| --- | --- | --- |\n| Cumbria | * | * |\n| Burglary | 12 | 14 |\n"
            "| Robbery | 3 | 5 |\n")
    assert not any(m.subject == "Cumbria" for m in _measures(text, "page.md"))


# ---------------------------------------------------------------------------------------------
# 3. Quarter columns whose year is only in the caption
# ---------------------------------------------------------------------------------------------

QUARTERS = """Calls answered 2023/24

| Calls | Q1 | Q2 | Q3 | Q4 |
| --- | --- | --- | --- | --- |
| 999 calls | 1,200 | 1,300 | 1,250 | 1,400 |
| 101 calls | 2,200 | 2,300 | 2,250 | 2,400 |
"""


def test_quarter_columns_take_the_captions_financial_year():
    got = {(m.row_label, m.column_label): (m.value, m.period_type, str(m.period_start), str(m.period_end))
           for m in _measures(QUARTERS, "page.md")}
    assert got[("999 calls", "Q1")] == (1200, "quarter", "2023-04-01", "2023-06-30")
    assert got[("101 calls", "Q4")] == (2400, "quarter", "2024-01-01", "2024-03-31")
    assert got[("101 calls", "Q3")][2:] == ("2023-10-01", "2023-12-31")


def test_quarters_under_a_calendar_year_caption_are_undated_quarters_never_the_year():
    ms = _measures(QUARTERS.replace("2023/24", "2023"), "page.md")
    assert ms and all(m.period_type == "quarter" and m.period_start is None for m in ms)


def test_a_caption_year_still_dates_columns_that_are_no_quarters():
    text = QUARTERS.replace("| Calls | Q1 | Q2 | Q3 | Q4 |", "| Calls | Answered | Abandoned | Total | Share |")
    assert {m.period_type for m in _measures(text, "page.md")} == {"financial_year"}


# ---------------------------------------------------------------------------------------------
# 4. A headerless table of periods under what it counts
# ---------------------------------------------------------------------------------------------

COUNTED = """Number of hate crimes recorded

| 2019 | 120 |
| --- | --- |
| 2020 | 135 |
| 2021 | 150 |
"""


def test_a_headerless_table_of_periods_takes_its_caption_for_metric():
    got = {m.row_label: (m.metric, m.value, m.period_type) for m in _measures(COUNTED, "page.md")}
    assert got == {"2019": ("Number of hate crimes recorded", 120, "calendar_year"),
                   "2020": ("Number of hate crimes recorded", 135, "calendar_year"),
                   "2021": ("Number of hate crimes recorded", 150, "calendar_year")}


def test_a_headed_table_of_periods_keeps_its_column_for_metric():
    text = COUNTED.replace("| 2019 | 120 |\n| --- | --- |\n", "| Year | Offences |\n| --- | --- |\n| 2019 | 120 |\n")
    assert {m.metric for m in _measures(text, "page.md")} == {"Offences"}


# ---------------------------------------------------------------------------------------------
# 5. Read against FOI answers of Cleveland, Northumbria, Avon and Somerset, North Wales, West
#    Midlands, British Transport Police (session 12 audit)
# ---------------------------------------------------------------------------------------------

def test_a_year_a_dash_and_two_digits_is_a_figure_unless_the_next_year():
    text = ("How many officers at the start of each year?\n2012 – 80\n2013 – 78\n2014 – 75\n"
            "2015 – 46\n")
    got = {m.row_label: (m.value, m.period_type) for m in _measures(text)}
    assert got == {"2012": (80, "calendar_year"), "2013": (78, "calendar_year"),
                   "2014": (75, "calendar_year"), "2015": (46, "calendar_year")}
    alone = "Periods\n2019 - 20\n2020 - 21\n2021 - 22\n"    # financial years alone: no figures
    assert _measures(alone) == []


def test_the_caption_of_a_headerless_table_of_periods_must_name_what_is_counted():
    # a partial year's row above the table is no caption, and a page's title names nothing counted
    text = "Below is all we hold.\n\n2020 up to 31st January – 59\n2019 – 768\n2018 – 567\n2017 – 332\n"
    assert {m.metric for m in _measures(text)} == {None}
    text = "# Freedom of Information Disclosure Log\n\nWe cannot give data before 2012.\n\n| 2012 | 80 |\n" \
           "| --- | --- |\n| 2013 | 78 |\n| 2014 | 75 |\n"
    assert {m.metric for m in _measures(text, "page.md")} == {None}
    text = "# Number of traffic officers\n\n| 2012 | 80 |\n| --- | --- |\n| 2013 | 78 |\n| 2014 | 75 |\n"
    assert {m.metric for m in _measures(text, "page.md")} == {"Number of traffic officers"}


CORNER_LAST = """Dear Sir/Madam
Enquiry Reference: 699 - 24
How many missing children incidents were recorded as high, medium and low risk?
2021/22 |
2022/23 |
2023/24 |
|
High |
796 |
984 |
847 |
Low |
99 |
85 |
93 |
Of the high-risk cases, what number were reported from:
Of those high risk: |
2022/23 |
2023/24 |
Care |
4 |
25 |
Home |
38 |
310 |
Work |
0 |
1 |
"""


def test_a_one_cell_per_line_header_whose_corner_cell_was_printed_last():
    tables = _tables(CORNER_LAST)
    assert tables[0] == [["", "2021/22", "2022/23", "2023/24"], ["High", "796", "984", "847"],
                         ["Low", "99", "85", "93"]]
    # a label cell closed by " |" may end with a colon; "Home |" is a cell, not a breadcrumb
    assert tables[1] == [["Of those high risk:", "2022/23", "2023/24"], ["Care", "4", "25"],
                         ["Home", "38", "310"], ["Work", "0", "1"]]


def test_a_cell_closed_by_a_pipe_is_no_heading_and_a_salutation_names_no_measure():
    blocks = load_text("page.txt", CORNER_LAST.replace("Of those high risk: |", "Of those high risk |")
                       .replace("2022/23 |\n2023/24 |\nCare", "Care")).blocks
    assert not any(b.kind == "heading" and b.text.endswith("|") for b in blocks)
    assert not any(m.metric and m.metric.startswith("Dear") for m in _measures(CORNER_LAST))
    got = {(m.row_label, m.column_label): m.value for m in _measures(CORNER_LAST)}
    assert got[("High", "2023/24")] == 847 and got[("Home", "2023/24")] == 310


def test_rows_of_quarters_take_the_year_of_the_caption_above_not_of_a_note_below():
    text = ("Quarterly statistics 2023/24\n\n| Quarter | Requests received | Internal reviews |\n"
            "| --- | --- | --- |\n| Q1 | 297 | 5 |\n| Q2 | 320 | 4 |\n| Q3 | 299 | 8 |\n\n"
            "Please note, from 2022/23 onwards outcomes are counted differently.\n")
    got = {(m.row_label, m.column_label): (m.value, m.period_type, str(m.period_start), m.metric)
           for m in _measures(text, "page.md")}
    assert got[("Q1", "Requests received")] == (297, "quarter", "2023-04-01", "Requests received")
    assert got[("Q3", "Internal reviews")] == (8, "quarter", "2023-10-01", "Internal reviews")


def test_home_closed_by_a_pipe_is_a_cell_but_a_breadcrumb_stays_furniture():
    from extract.loaders.common import is_web_furniture
    assert not is_web_furniture("Home |")
    assert is_web_furniture("Home >") and is_web_furniture("Home | News | FOI") and is_web_furniture("Home > About us")
