"""FOI answers, written answers, force statistics and council KPI tables, third reading (session
9): short excerpts of published pages written into the test (Hansard written answers, Scottish
Parliament answers, police FOI pages, council performance tables); expected values are read from
the pages, and each rule has a case it must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str):
    return [[[c.text for c in r] for r in b.rows] for b in load_text("page.txt", text).blocks
            if b.kind == "table"]


def _measures(text: str):
    return measures.extract(load_text("page.txt", text))


def _periods(text: str):
    """{(row label, value): (period type, start, end)} of every measure with a value."""
    return {(m.row_label, m.value): (m.period_type, m.period_start, m.period_end)
            for m in _measures(text) if m.value is not None}


# ---------------------------------------------------------------------------------------------
# 1. Two header rows: group heads (periods) over repeated column labels, read as text
# ---------------------------------------------------------------------------------------------

# a council's KPI table saved as text: each year's cell spanned two columns in the page
KPI_GROUPS = """Corporate performance indicators

| 2022/23 | 2023/24 |
Indicator | Target | Actual | Target | Actual |
Average days to process new benefit claims | 18 | 17.2 | 18 | 19.1 |
Planning applications decided in time | 90 | 93 | 90 | 88 |
"""


def test_pipe_group_row_over_repeated_labels_dates_each_pair():
    (table,) = _tables(KPI_GROUPS)
    assert table[0] == ["", "2022/23", "", "2023/24", ""]
    got = _periods(KPI_GROUPS)
    fy23, fy24 = ("financial_year", "2022-04-01", "2023-03-31"), ("financial_year", "2023-04-01", "2024-03-31")
    assert got[("Average days to process new benefit claims", 17.2)] == fy23
    assert got[("Average days to process new benefit claims", 19.1)] == fy24   # was dated 2022/23
    assert got[("Planning applications decided in time", 88)] == fy24
    cols = {(m.row_label, m.value): m.column_label for m in _measures(KPI_GROUPS)}
    assert cols[("Planning applications decided in time", 93)] == "Actual"


# the same group row over labels that do not repeat: which columns a year spans cannot be told
KPI_NOT_REPEATED = """Corporate performance indicators

| 2022/23 | 2023/24 |
Indicator | Target | Actual | Variance | Status |
Average days to process new benefit claims | 18 | 17.2 | -0.8 | 3 |
Planning applications decided in time | 90 | 93 | 3 | 1 |
"""


def test_group_row_over_labels_that_do_not_repeat_is_no_header_and_dates_nothing():
    for table in _tables(KPI_NOT_REPEATED):
        assert table[0][:2] != ["", "2022/23"]
    # the lone line of two years is no caption either: it names no one period for the table
    assert not [p for p in _periods(KPI_NOT_REPEATED).values() if p[1] is not None]


# the group row set apart by a blank line: not joined, and still no caption period
KPI_APART = """Corporate performance indicators

| 2022/23 | 2023/24 |

Indicator | Target | Actual | Target | Actual |
Average days to process new benefit claims | 18 | 17.2 | 18 | 19.1 |
Planning applications decided in time | 90 | 93 | 90 | 88 |
"""


def test_group_row_set_apart_gives_the_table_no_period():
    got = _periods(KPI_APART)
    assert got[("Average days to process new benefit claims", 19.1)][1] is None   # was 2022-04-01


# Hansard written answer, 23 July 2007 (Table B, arrests after searches): pipe header rows over
# cells one per line, each closed by a "|" line, a "|" alone an empty cell
HANSARD_GROUPS = """| 1998-99 | 1999-2000 | 2000-01 |
Police force area | Total | under s44 Terrorism Act | Total | under s44 Terrorism Act | Total | under s44 Terrorism Act |
Avon and Somerset
|
2,919
|
|
3,199
|
|
2,268
|
|
Bedfordshire
|
573
|
|
542
|
2
|
425
|
|
Cheshire
|
1,356
|
|
1,244
|
2
|
1,087
|
1
|
"""


def test_one_cell_per_line_table_under_two_header_rows():
    (table,) = _tables(HANSARD_GROUPS)
    assert table[0] == ["", "1998-99", "", "1999-2000", "", "2000-01", ""]
    assert table[3] == ["Bedfordshire", "573", "", "542", "2", "425", ""]
    got = {(m.row_label, m.column_label, m.period_start): m.value for m in _measures(HANSARD_GROUPS)}
    assert got[("Bedfordshire", "Total", "1999-04-01")] == 542
    assert got[("Bedfordshire", "under s44 Terrorism Act", "1999-04-01")] == 2
    assert got[("Cheshire", "under s44 Terrorism Act", "2000-04-01")] == 1
    assert got[("Avon and Somerset", "Total", "2000-04-01")] == 2268


def test_one_cell_per_line_rows_under_a_group_row_of_other_labels_give_no_table():
    text = HANSARD_GROUPS.replace("| Total | under s44 Terrorism Act | Total | under s44 Terrorism Act | Total |",
                                  "| Total | under s44 Terrorism Act | Total | Arrests | Total |")
    assert not _tables(text)


# ---------------------------------------------------------------------------------------------
# 2. A whole table flattened into one line (written answers and FOI pages saved as text)
# ---------------------------------------------------------------------------------------------

# Hansard written answer, 4 July 2001 (Avon and Somerset), up to 1996, before the footnoted years
FLAT_YEARS = """Mr. Denham The information requested is given in the table.

Avon and Somerset Year Recorded crimes per police officer 1980 20 1981 21 1982 23 1983 23 1984 25 1985 27 1986 31

Recorded crime figures for the year ending 31 March 2001 are not currently available.
"""


def test_flat_line_of_years_and_values_is_a_table():
    (table,) = _tables(FLAT_YEARS)
    assert table[0] == ["Year", "Recorded crimes per police officer"]
    assert table[-1] == ["1986", "31"]
    got = {m.row_label: m for m in _measures(FLAT_YEARS)}
    assert (got["1983"].value, got["1983"].period_type, got["1983"].period_start) == (23, "calendar_year", "1983-01-01")
    assert got["1986"].metric == "Recorded crimes per police officer"
    blocks = load_text("page.txt", FLAT_YEARS).blocks
    assert any(b.kind != "table" and b.text == "Avon and Somerset" for b in blocks)   # the caption stays text


# the same page to its end: "1997–981" is 1997-98 with footnote 1 run into it, "1998–991,2" the
# same with footnotes 1 and 2 -- the word groups no longer fit "year value", so nothing is read
FLAT_FOOTNOTED = ("Avon and Somerset Year Recorded crimes per police officer 1994 56 1995 51 1996 53 1997 48 "
                  "1997–981 49 1998–991,2 50 1999–20001,2 50 1 Recorded crime data expressed on a financial "
                  "year basis.\n")


def test_flat_line_with_a_group_that_does_not_fit_is_not_read():
    assert not _tables(FLAT_FOOTNOTED)
    assert not _measures(FLAT_FOOTNOTED)


# Scottish Office answer, 18 February 1998 (police houses by force), the table on one line
FLAT_FORCES = ("Number of police houses\n\n"
               "Force 1992 1993 1994 Central 52 50 50 Dumfries and Galloway 113 108 103 Fife 192 133 66\n")


def test_flat_line_of_labels_under_a_header_of_periods_is_a_table():
    (table,) = _tables(FLAT_FORCES)
    assert table == [["Force", "1992", "1993", "1994"], ["Central", "52", "50", "50"],
                     ["Dumfries and Galloway", "113", "108", "103"], ["Fife", "192", "133", "66"]]
    got = {(m.row_label, m.column_label): m for m in _measures(FLAT_FORCES)}
    dg = got[("Dumfries and Galloway", "1993")]
    assert (dg.subject, dg.value, dg.period_start) == ("Dumfries and Galloway", 108, "1993-01-01")


def test_flat_line_whose_header_cannot_name_the_columns_is_not_read():
    # Hansard 1992: "Police force area <two column names> Avon and Somerset 49 10 ...": which words
    # name which column cannot be told, and the header holds no periods
    text = ("Police force area Notifiable offences per officer in 12 months to March 1992 Percentage change "
            "from previous 12 months Avon and Somerset 49 10 Bedfordshire 53 -5 Cambridgeshire 49 25\n")
    assert not _tables(text)
    # a row one value short ("Fife 192 133") leaves the whole line as text
    assert not _tables(FLAT_FORCES.replace("Fife 192 133 66", "Fife 192 133"))


def test_flat_line_whose_periods_repeat_under_lost_group_heads_is_not_read():
    # Police Scotland FOI IM-FOI-2021-1755: "Recorded" and "Detected" each over 2020 and 2021, the
    # table flattened into one line: two values per row and year, which is which cannot be told
    text = ("Recorded Detected Crime Classification 2020 2021 2020 2021 Bail offences (other than absconding) "
            "3 4 3 4 Bladed/pointed instrument (used in other criminal activity) 4 2 3 2 Breach of the Peace "
            "0 1 0 1\n")
    assert not _tables(text)
    assert not _measures(text)


# ---------------------------------------------------------------------------------------------
# 3. Units and periods the pages state around the table
# ---------------------------------------------------------------------------------------------

# Hansard written answer, 22 October 2007: a units cell "£ |" under the caption, above the header
CASH_ORDERS = """Value of Cash Forfeiture Orders and Confiscation Orders obtained by Police Force Area, 2003-04 to 2006-07 |
£ |
| 2006-07 | 2005-06 | 2004-05 | 2003-04 |
Bedfordshire Police
|
401,264
|
272,110
|
154,828
|
3,392,094
|
Essex Police
|
1,069,979
|
652,297
|
192,804
|
0.00
|
Suffolk Constabulary
|
468,491
|
666,872
|
430,715
|
137,649
|
"""


def test_units_cell_ending_the_caption_makes_the_values_money():
    got = {(m.row_label, m.column_label): m for m in _measures(CASH_ORDERS)}
    essex = got[("Essex Police", "2005-06")]
    assert (essex.value, essex.unit, essex.period_start) == (652297, "gbp", "2005-04-01")   # was a count
    assert got[("Bedfordshire Police", "2003-04")].value == 3392094


def test_caption_ending_in_a_word_cell_gives_no_money_unit():
    text = CASH_ORDERS.replace("£ |", "Number |")
    assert {m.unit for m in _measures(text) if m.value is not None} == {"count"}


# ---------------------------------------------------------------------------------------------
# 4. A header of places without its corner cell, over rows of years (Scottish Parliament answer)
# ---------------------------------------------------------------------------------------------

# Scottish Parliament written answer, 17 October 2007: assaults on police officers by force
FORCES_AS_COLUMNS = """Assaults on police officers
| Central | Dumfries and Galloway | Fife | Grampian | Scotland |
1999-2000 | 267 | 14 | 164 | 68 | 10,021 |
2000-01 | 262 | 11 | 221 | 279 | 8,235 |
2002-03 | 407 | 176 | 381 | 238 | 9,343 |
"""


def test_header_of_places_without_its_corner_over_rows_of_years():
    (table,) = _tables(FORCES_AS_COLUMNS)
    assert table[0] == ["", "Central", "Dumfries and Galloway", "Fife", "Grampian", "Scotland"]
    got = {(m.row_label, m.column_label): m for m in _measures(FORCES_AS_COLUMNS)}
    fife = got[("2000-01", "Fife")]
    assert (fife.value, fife.period_type, fife.period_start) == (221, "financial_year", "2000-04-01")
    assert (fife.subject, fife.metric) == ("Fife", "Assaults on police officers")   # the force was the metric
    assert got[("2002-03", "Scotland")].value == 9343


def test_header_without_corner_over_rows_not_led_by_periods_is_no_table():
    # which column lost its header cannot be told: the header row is not taken into a table
    text = FORCES_AS_COLUMNS.replace("2000-01 |", "Serious |").replace("2002-03 |", "Minor |")
    assert not [t for t in _tables(text) if "Central" in t[0]]


def test_row_label_ending_in_percent_sign_gives_its_plain_numbers_percent():
    got = {(m.row_label, m.value): m.unit for m in _measures(KPI_GROUPS.replace(
        "Planning applications decided in time |", "Planning applications decided in time (%) |"))}
    assert got[("Planning applications decided in time", 93)] == "percent"   # the cleaned label lost "(%)"
    assert got[("Average days to process new benefit claims", 17.2)] == "count"


# ---------------------------------------------------------------------------------------------
# 5. Spaced rows: years with en dashes, a force's name alone over its rows (historic Hansard)
# ---------------------------------------------------------------------------------------------

# Scottish Office answer, 18 February 1998: special constables by force and sex
SPECIALS = """The information requested is set out in the table.

Force 1992 1993 1994 1995–96 1996–97
Central
Male 82 84 88 65 58
Female 20 17 22 23 23
Fife
Male 122 129 125 105 96
Female 29 31 33 35 36

Notes:
"""


def test_spaced_rows_with_en_dash_years_and_group_labels():
    (table,) = _tables(SPECIALS)
    assert table[0] == ["Force", "1992", "1993", "1994", "1995–96", "1996–97"]
    assert table[1] == ["Central", "", "", "", "", ""]
    got = {(m.subject, m.row_label, m.column_label): m for m in _measures(SPECIALS)}
    fife = got[("Fife", "Female", "1995–96")]
    assert (fife.value, fife.period_type, fife.period_start) == (35, "financial_year", "1995-04-01")
    assert got[("Central", "Male", "1992")].value == 82


def test_label_alone_not_followed_by_a_row_ends_the_spaced_table():
    text = SPECIALS.replace("Fife\nMale 122 129 125 105 96\n", "Fife\n\nMale 122 129 125 105 96\n")
    (table,) = _tables(text)
    assert [r[0] for r in table] == ["Force", "Central", "Male", "Female"]


# ---------------------------------------------------------------------------------------------
# 6. A header cell's note on a line of its own (Senedd written answer, 3 February 2009)
# ---------------------------------------------------------------------------------------------

SPECIAL_ADVISERS = """The table below shows the number and total salary costs of Special Advisers:

Year

No. of Special Advisors

(Full time equivalent)

Costs of Special Advisors

(Pay, Pension & Social Sec)

1999-2000

4

£110,067

2000-2001

5

£206,825

2001-2002

6

£237,388
"""


def test_parenthesised_header_line_is_the_note_of_the_cell_above():
    (table,) = _tables(SPECIAL_ADVISERS)
    assert table[0] == ["Year", "No. of Special Advisors (Full time equivalent)",
                        "Costs of Special Advisors (Pay, Pension & Social Sec)"]
    got = {(m.row_label, m.value): m for m in _measures(SPECIAL_ADVISERS)}
    cost = got[("2000-2001", 206825)]
    assert (cost.unit, cost.period_start) == ("gbp", "2000-04-01")
    assert got[("2001-2002", 6)].column_label.startswith("No. of Special Advisors")


def test_parenthesised_cell_right_after_year_is_a_column_of_its_own():
    text = SPECIAL_ADVISERS.replace("No. of Special Advisors\n\n(Full time equivalent)\n\nCosts of Special "
                                    "Advisors\n\n(Pay, Pension & Social Sec)", "(Headcount)\n\nCosts")
    (table,) = _tables(text)
    assert table[0] == ["Year", "(Headcount)", "Costs"]


def test_caption_span_is_no_part_of_the_metric_when_the_columns_date_the_values():
    text = FORCES_AS_COLUMNS.replace("Assaults on police officers\n", "Assaults on police officers, 1999-2000 to 2006-07\n")
    assert {m.metric for m in _measures(text)} == {"Assaults on police officers"}


def test_caption_span_stays_when_nothing_else_dates_the_values():
    text = ("The figures are below.\n"
            "Arrests by force, 2019 to 2023\n"
            "Force | Number |\n"
            "Central | 1,204 |\n"
            "Fife | 988 |\n")
    assert {m.metric for m in _measures(text)} == {"Arrests by force, 2019 to 2023"}


# Hansard written answer, 1 May 2008: a caption cell "| Kerb crawling |" over the year header,
# the line before it page furniture
KERB_CRAWLING = """1 May 2008 : Column 650W continued
| Kerb crawling |
| 1997 | 1998 | 1999 |
Avon and Somerset
|
5
|
1
|
1
|
Cleveland
|
1
|
15
|
22
|
"""


def test_one_pipe_cell_right_above_a_rebuilt_table_is_its_caption():
    got = {(m.row_label, m.column_label): m for m in _measures(KERB_CRAWLING)}
    cleveland = got[("Cleveland", "1999")]
    assert (cleveland.metric, cleveland.subject, cleveland.value) == ("Kerb crawling", "Cleveland", 22)
    blocks = load_text("page.txt", KERB_CRAWLING).blocks
    assert not [b for b in blocks if b.kind != "table" and "Column 650W" in b.text and "Kerb" in b.text]


def test_one_pipe_cell_away_from_a_table_stays_in_its_paragraph():
    text = "The answer follows\n| Kerb crawling |\nand more text after it.\n"
    assert not _tables(text)
    assert any("Kerb crawling" in b.text for b in load_text("page.txt", text).blocks)


# the same council table as Markdown, its year heads packed to the left (the spans were lost)
KPI_PACKED_MD = """# Corporate performance indicators

| 2022/23 | 2023/24 |
|---|---|
| Indicator | Target | Actual | Target | Actual |
| Average days to process new benefit claims | 18 | 17.2 | 18 | 19.1 |
| Planning applications decided in time | 90 | 93 | 90 | 88 |
"""


def test_packed_group_heads_are_spread_over_their_runs():
    ms = measures.extract(load_text("page.md", KPI_PACKED_MD))
    got = {(m.row_label, m.value): m.period_start for m in ms}
    assert got[("Average days to process new benefit claims", 17.2)] == "2022-04-01"   # was 2023-04-01
    assert got[("Average days to process new benefit claims", 19.1)] == "2023-04-01"
    assert got[("Planning applications decided in time", 93)] == "2022-04-01"


def test_packed_heads_over_labels_that_do_not_repeat_are_left_as_they_are():
    from extract.extractors.measures.matrix_grid import _spread_packed
    header = ["Indicator", "Target", "Actual", "Variance", "Status"]
    assert _spread_packed(["2022/23", "2023/24", "", "", ""], header) == ["2022/23", "2023/24", "", "", ""]
    assert _spread_packed(["2022/23", "2023/24", "", "", ""], header[:3] + header[1:3]) == \
        ["", "2022/23", "", "2023/24", ""]
    assert _spread_packed(["North", "South", "", "", ""], header[:3] + header[1:3]) == ["North", "South", "", "", ""]
