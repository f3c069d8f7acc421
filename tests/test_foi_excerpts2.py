"""FOI answers, written answers and force statistics pages, second reading (session 8): short
excerpts of published pages written into the test (Scottish Parliament written answers, Hansard
written answers, Police Scotland and Welsh force tables); expected values are read from the
pages, and each rule has a case it must leave alone."""
from extract.extractors import measures
from extract.loaders import load_text


def _tables(text: str):
    return [[[c.text for c in r] for r in b.rows] for b in load_text("page.txt", text).blocks
            if b.kind == "table"]


def _measures(text: str):
    return measures.extract(load_text("page.txt", text))


def _by_cell(text: str):
    return {(m.row_label, m.column_label): m for m in _measures(text)}


# ---------------------------------------------------------------------------------------------
# 1. Scottish council areas, Scottish forces and divisions, Welsh counties are places (subjects)
# ---------------------------------------------------------------------------------------------

# Scottish Parliament written answer: serious and simple assault by police force area, 1997-2001
LEGACY_FORCES = """Police Force Area | 1997 | 1998 | 1999 |
Central | 2,437 | 2,483 | 2,609 |
Dumfries and Galloway | 1,589 | 1,469 | 1,519 |
Grampian | 5,610 | 5,871 | 6,106 |
Lothian and Borders | 11,738 | 11,521 | 12,490 |
Scotland | 55,384 | 56,794 | 60,312 |
"""


def test_scottish_police_force_areas_are_subjects():
    got = _by_cell(LEGACY_FORCES)
    grampian = got[("Grampian", "1998")]
    assert (grampian.subject, grampian.value, grampian.period_start) == ("Grampian", 5871, "1998-01-01")
    assert got[("Central", "1999")].subject == "Central"
    assert not [m for m in got.values() if m.metric in ("Central", "Grampian", "Lothian and Borders", "Scotland")]


# Scottish Parliament written answer: total crimes by local authority area (empty corner cell)
COUNCILS = """Total Number of Crimes Recorded by the Police, by Local Authority Area
|  | 1997-98 | 1998-99 |
| Aberdeen City | 28,793 | 30,937 |
| Aberdeenshire | 10,515 | 10,332 |
| Angus | 6,829 | 6,440 |
| Argyll and Bute | 4,149 | 4,341 |
"""


def test_scottish_council_areas_are_subjects():
    got = _by_cell(COUNCILS)
    angus = got[("Angus", "1998-99")]
    assert (angus.subject, angus.value, angus.period_type, angus.period_start) == \
        ("Angus", 6440, "financial_year", "1998-04-01")
    assert {m.subject for m in got.values()} == {"Aberdeen City", "Aberdeenshire", "Angus", "Argyll and Bute"}
    assert not [m for m in got.values() if m.metric in ("Angus", "Aberdeenshire")]


# Police Scotland divisions (the thirteen local policing divisions) and Welsh counties
DIVISIONS = """Recorded hate crimes

Division | 2021-22 | 2022-23 |
Greater Glasgow | 1,512 | 1,498 |
Forth Valley | 301 | 322 |
Highlands and Islands | 188 | 201 |
Renfrewshire and Inverclyde | 240 | 233 |
"""


def test_police_scotland_divisions_are_subjects():
    got = _by_cell(DIVISIONS)
    fv = got[("Forth Valley", "2022-23")]
    assert (fv.subject, fv.metric, fv.value) == ("Forth Valley", "Recorded hate crimes", 322)
    # without the "Division" header the names still read as places
    got = _by_cell(DIVISIONS.replace("Division |", "|  |"))
    assert got[("Highlands and Islands", "2021-22")].subject == "Highlands and Islands"


def test_rows_of_offences_with_one_scottish_place_stay_metrics():
    # "Fife" among offences is one place in a table of what is counted: rows stay metrics
    text = ("Crimes recorded\n\n"
            "| | 2022 | 2023 |\n"
            "| Housebreaking | 120 | 135 |\n"
            "| Vandalism | 40 | 38 |\n"
            "| Fife | 7 | 9 |\n")
    got = _by_cell(text)
    assert got[("Vandalism", "2022")].metric == "Vandalism"
    assert got[("Housebreaking", "2023")].subject is None


# Scottish Parliament written answer: charges proved for fireworks offences, grouped by force
FIREWORKS = """Persons with a Charge Proved for Fireworks Offences, by Police Force Area
Police Force Area | 2003-04 | 2004-05 |
Dumfries and Galloway | | |
Sale of fireworks to under 18s | 1 | - |
Throwing fireworks in thoroughfare | - | 1 |
Grampian | | |
Illegal use of fireworks | - | 1 |
Throwing fireworks in thoroughfare | 2 | - |
Strathclyde | | |
Throwing fireworks in thoroughfare | 14 | 4 |
"""


def test_a_place_heading_rows_is_their_subject():
    ms = _measures(FIREWORKS)
    got = {(m.subject, m.metric, m.column_label): m.value for m in ms}
    assert got[("Grampian", "Throwing fireworks in thoroughfare", "2003-04")] == 2
    assert got[("Strathclyde", "Throwing fireworks in thoroughfare", "2003-04")] == 14
    assert got[("Dumfries and Galloway", "Sale of fireworks to under 18s", "2003-04")] == 1
    # the same offence in two forces is never one observation without a place
    assert not [m for m in ms if m.subject in (None, "Throwing fireworks in thoroughfare")]


def test_a_group_row_that_is_no_place_names_no_subject():
    text = ("Offences\n\n"
            "Offence | 2003-04 | 2004-05 |\n"
            "Violence | | |\n"
            "Common assault | 10 | 12 |\n"
            "Property | | |\n"
            "Burglary | 4 | 5 |\n")
    got = _by_cell(text)
    assert got[("Burglary", "2004-05")].subject in (None, "Burglary")
    assert not [m for m in got.values() if m.subject in ("Violence", "Property")]


# ---------------------------------------------------------------------------------------------
# 3. Tables flattened one cell per line under a header line (Hansard written answers)
# ---------------------------------------------------------------------------------------------

# Hansard 14 June 2007, col. 1244W, table 3: the header on one line, each cell on its own line
FLAT_SPACED = """Table 3: Sexual offences recorded by the police

Police force area 2002-03 2003-04 2004-05 2005-06

Avon and Somerset

1,570

1,516

1,914

1,533

Dyfed-Powys

274

434

503

440

London, City of

34

30

50

55

Total

48,627

52,070

60,942

61,111

(1 )The Sexual Offences Act 2003 introduced in May 2004 altered the definition and coverage of sexual offences.
"""


def test_flattened_table_under_a_spaced_header_line_is_rebuilt():
    assert _tables(FLAT_SPACED) == [[["Police force area", "2002-03", "2003-04", "2004-05", "2005-06"],
                                     ["Avon and Somerset", "1,570", "1,516", "1,914", "1,533"],
                                     ["Dyfed-Powys", "274", "434", "503", "440"],
                                     ["London, City of", "34", "30", "50", "55"],
                                     ["Total", "48,627", "52,070", "60,942", "61,111"]]]
    got = _by_cell(FLAT_SPACED)
    dp = got[("Dyfed-Powys", "2004-05")]
    assert (dp.subject, dp.value, dp.period_type, dp.period_start) == ("Dyfed-Powys", 503, "financial_year", "2004-04-01")
    assert got[("London, City of", "2003-04")].subject == "London, City of"
    assert got[("Total", "2005-06")].value == 61111


# Hansard 14 June 2006, col. 1314W: a pipe header, each cell closed by a "|" line, "|" alone empty
FLAT_PIPED = """Force area | 1998-99 | 1999-2000 | 2000-01 | Grand total |
Avon and Somerset
|
|
3
|
1
|
30
|
Cambridgeshire
|
2
|
1
|
|
16
|
Cheshire
|
5
|
|
|
27
|
"""


def test_flattened_table_under_a_pipe_header_keeps_empty_cells_in_place():
    assert _tables(FLAT_PIPED) == [[["Force area", "1998-99", "1999-2000", "2000-01", "Grand total"],
                                    ["Avon and Somerset", "", "3", "1", "30"],
                                    ["Cambridgeshire", "2", "1", "", "16"],
                                    ["Cheshire", "5", "", "", "27"]]]
    got = _by_cell(FLAT_PIPED)
    assert (got[("Avon and Somerset", "1999-2000")].value, got[("Avon and Somerset", "1999-2000")].subject) == \
        (3, "Avon and Somerset")
    total = got[("Cheshire", "Grand total")]
    assert (total.value, total.period_start, total.period_end) == (27, "1998-04-01", "2001-03-31")
    assert got[("Cambridgeshire", "2000-01")].value is None


def test_flattened_table_header_without_a_label_cell():
    # Hansard 22 October 2007, col. 157W: "| 2006-07 | 2005-06 |" names only the value columns
    text = ("| 2006-07 | 2005-06 |\nBedfordshire Police\n|\n401,264\n|\n272,110\n|\n"
            "Essex Police\n|\n1,069,979\n|\n652,297\n|\nProstitution\nLynne Jones:\n")
    assert _tables(text) == [[["", "2006-07", "2005-06"], ["Bedfordshire Police", "401,264", "272,110"],
                              ["Essex Police", "1,069,979", "652,297"]]]
    got = _by_cell(text)
    assert (got[("Essex Police", "2005-06")].value, got[("Essex Police", "2005-06")].subject) == (652297, "Essex Police")


def test_a_row_that_does_not_fit_gives_no_table():
    # Hansard 26 February 2010, table A, with its header on one line: the converter dropped the
    # empty cells ("1998-99" has two of three values): which are missing cannot be known
    text = ("Year 2019 2020 2021\n\nTotal\n\n6\n\n3\n\n3\n\nFatal\n\n1\n\n2\n\n3\n\n"
            "Serious\n\n11\n\n11\n\nSlight\n\n1\n\n2\n\n4\n")
    assert _tables(text) == [] or all(len(r) == 1 for t in _tables(text) for r in t)
    assert _measures(text) == []
    # a one-row "table" and a header with one period only are no tables either
    assert not [t for t in _tables("Area 2019 2020\n\nKent\n\n5\n\n6\n\nThe figures are provisional.\n")
                if len(t[0]) > 1]
    assert not [t for t in _tables("Area 2019 Total\n\nKent\n\n5\n\n6\n\nEssex\n\n7\n\n8\n") if len(t[0]) > 1]


def test_spaced_rows_under_a_period_header_are_still_rule_14():
    text = ("Month 2017 2018 2019\n"
            "January 1331 1752 1336\n"
            "February 1141 1462 1171\n")
    assert _tables(text) == [[["Month", "2017", "2018", "2019"], ["January", "1331", "1752", "1336"],
                              ["February", "1141", "1462", "1171"]]]


# ---------------------------------------------------------------------------------------------
# 2. Written-answer "Year | Number" tables: "Number" names no measure, the caption does
# ---------------------------------------------------------------------------------------------

def test_a_number_column_takes_the_caption_as_its_metric():
    # a written answer's table under its caption: "Number" is what every count column says
    text = "Police officers assaulted\n\n| Year | Number |\n|---|---|\n| 2019 | 120 |\n| 2020 | 135 |\n"
    got = {m.row_label: m for m in _measures(text)}
    assert (got["2020"].metric, got["2020"].value, got["2020"].period_start) == \
        ("Police officers assaulted", 135, "2020-01-01")
    assert got["2019"].column_label == "Number"


def test_a_number_column_under_a_sentence_counts_what_the_sentence_names():
    # no caption: the answer's sentence right above says what is counted
    text = ("The number of assaults on police officers is given in the table.\n\n"
            "| Year | Number |\n|---|---|\n| 2019-20 | 120 |\n| 2020-21 | 135 |\n")
    got = {m.row_label: m for m in _measures(text)}
    assert (got["2019-20"].metric, got["2019-20"].period_type) == ("Number of assaults", "financial_year")


def test_a_force_by_number_table_takes_the_caption():
    text = ("Officers assaulted in 1990\n\n| Police force area | Number |\n|---|---|\n"
            "| Avon and Somerset | 437 |\n| Bedfordshire | 241 |\n")
    got = {m.row_label: m for m in _measures(text)}
    assert (got["Bedfordshire"].metric, got["Bedfordshire"].subject, got["Bedfordshire"].value) == \
        ("Officers assaulted in 1990", "Bedfordshire", 241)


def test_a_named_column_keeps_its_name():
    # "Number of assaults" says what it counts; "Number" with nothing above stays as printed
    text = "| Year | Number of assaults |\n|---|---|\n| 2019 | 120 |\n| 2020 | 135 |\n"
    assert {m.metric for m in _measures(text)} == {"Number of assaults"}
    text = "| Year | Number |\n|---|---|\n| 2019 | 120 |\n| 2020 | 135 |\n"
    assert {m.metric for m in _measures(text)} == {"Number"}


# ---------------------------------------------------------------------------------------------
# Two answers' tables of places whose caption was lost are no restatement of one another
# ---------------------------------------------------------------------------------------------

def test_rows_naming_only_a_place_are_no_observation_across_documents():
    from extract.dataset.observations import statements
    from extract.reconcile.across import _same_measure_checks
    a = _measures(FLAT_SPACED.replace("Table 3: Sexual offences recorded by the police\n\n", ""))  # no caption
    b = _measures("Force area | 2002-03 | 2003-04 |\nAvon and Somerset\n|\n2\n|\n1\n|\n"
                  "Dyfed-Powys\n|\n4\n|\n3\n|\n")     # another count by force, no caption either
    for m in b:
        m.doc_id = "other"
    both = a + b
    assert [m for m in both if m.row_label == "Avon and Somerset" and m.column_label == "2002-03"
            and m.metric is None and m.subject == "Avon and Somerset"]
    assert not [c for c in _same_measure_checks(both, "document", {}) if c.verdict == "mismatch"]
    rows = {"measures": [m.__dict__ for m in both], "documents": [], "figures": []}
    assert statements(rows) == []
    # a named measure still meets its twin in another document (under the same heading words: a label
    # the vocabulary does not know is compared across documents only there, test_figure_excerpts4)
    for m in a + b:
        m.metric = "Sexual offences"
        m.section = "Sexual offences recorded by the police"
    assert [c for c in _same_measure_checks(both, "document", {}) if c.verdict == "mismatch"]


# ---------------------------------------------------------------------------------------------
# Rows with " / " between cells (FOI answers converted by document sites: North Wales Police
# 2011/673, Lothian and Borders Police July 2011)
# ---------------------------------------------------------------------------------------------

SLASHED = """Arrests
2005/06 / 2006/07 / 2007/08
Isle of Anglesey / 37 / 55 / 61
Gwynedd / 54 / 107 / 85
Wrexham / 79 / 80 / 109
Total / 400 / 469 / 566

Please be advised that the data refer to the number of arrests, and not the number of people arrested.
"""


def test_slash_rows_under_a_header_of_periods_are_a_table():
    assert _tables(SLASHED) == [[["", "2005/06", "2006/07", "2007/08"],
                                 ["Isle of Anglesey", "37", "55", "61"], ["Gwynedd", "54", "107", "85"],
                                 ["Wrexham", "79", "80", "109"], ["Total", "400", "469", "566"]]]
    got = _by_cell(SLASHED)
    g = got[("Gwynedd", "2006/07")]
    assert (g.subject, g.metric, g.value, g.period_start) == ("Gwynedd", "Arrests", 107, "2006-04-01")
    assert got[("Total", "2007/08")].value == 566


def test_slash_rows_that_are_no_table():
    # a header of names without its corner cell over rows of quarters: which column is which
    # cannot be told from the header line alone, so no table (and no measure) is made
    text = ("Central Service / Secondment / Career Break\n"
            "2007 - Quarter 1 / 55 / 31 / Not recorded\n"
            "2007 - Quarter 2 / 13 / 40 / Not recorded\n"
            "2008 - Quarter 1 / 33 / 18 / 32\n")
    assert _tables(text) == [] and _measures(text) == []
    # prose with spaced slashes, and one slash row alone
    assert _tables("Staff may work days / nights / weekends as rostered.\nThey are paid monthly.\n") == []
    assert _tables("Year / 2019 / 2020\nNo data was held.\n") == []


def test_slash_rows_of_targets_and_notes_are_no_table():
    # West Yorkshire PCC indicators: cells that carry their own dates and notes are no grid
    text = ("Reduce rate of re-offending of adults / 9.12% (December 2012) / 9.12% (December 2012)\n"
            "Reduce domestic burglary / 854 / Apr-Sep 13 - 445\n"
            "Reduce DV repeat victimisation / 33.6% / Sep – 37.5%\n")
    assert _tables(text) == []
    assert not [m for m in _measures(text) if m.value == 854]


def test_a_caption_by_the_rows_dimension_names_the_measure_without_it():
    # Scottish Parliament: "..., by Local Authority Area" says how the rows run, not what is counted
    got = {m.metric for m in _measures(COUNCILS)}
    assert got == {"Total Number of Crimes Recorded by the Police"}
    # "by the police" is who recorded it, no dimension: kept
    text = "Offences recorded by the police\n\n|  | 2019 | 2020 |\n| Kent | 5 | 6 |\n| Essex | 7 | 8 |\n"
    assert {m.metric for m in _measures(text)} == {"Offences recorded by the police"}


def test_year_number_rows_saved_as_text():
    # a written answer's two-column table saved as text: "Year Number" over "2019 120" lines
    text = "Police officers assaulted\n\nYear Number\n2019 120\n2020 135\n2021 150\n\nThe figures are provisional.\n"
    assert _tables(text) == [[["Year", "Number"], ["2019", "120"], ["2020", "135"], ["2021", "150"]]]
    got = {m.row_label: m for m in _measures(text)}
    assert (got["2021"].metric, got["2021"].value, got["2021"].period_start) == ("Police officers assaulted", 150, "2021-01-01")
    text = "Year Number of assaults\n2019/20 120\n2020/21 135\n"
    got = {m.row_label: m for m in _measures(text)}
    assert (got["2020/21"].metric, got["2020/21"].period_type) == ("Number of assaults", "financial_year")


def test_year_lines_that_are_no_table():
    assert _tables("Year ended March\n2019 was a good year.\n2020 was not.\n") == []
    assert _tables("Year Number\n2019 120\n") == []                  # one row
    assert _tables("Year Number\n2019 120 135\n2020 140 150\n") == []  # two values for one column


def test_year_number_rows_end_at_their_total():
    # Hertfordshire Constabulary FOI (the PDF saved as text): the total row closes the table
    text = ("Total No. of Crimes at Hospitals\nFinancial Year Total\n2019/2020 883\n2020/2021 996\n"
            "2021/2022 888\nGrand Total 2767\nCrime Nature, Outcome & Hospital Name Breakdown\n")
    assert _tables(text) == [[["Financial Year", "Total"], ["2019/2020", "883"], ["2020/2021", "996"],
                              ["2021/2022", "888"], ["Grand Total", "2767"]]]
    got = {m.row_label: m for m in _measures(text)}
    assert (got["2020/2021"].metric, got["2020/2021"].value, got["2020/2021"].period_start) == \
        ("Total No. of Crimes at Hospitals", 996, "2020-04-01")
    tot = got["Grand Total"]
    assert (tot.value, tot.is_total, tot.period_start, tot.period_end) == (2767, 1, "2019-04-01", "2022-03-31")
