"""Figures and measures of short excerpts of publishers outside the shared set (council
finance and performance papers, PCC decisions, police FOI answers and statistics pages),
written here as strings.  Each rule was seen at two publishers or more, or the value it
stopped was plainly wrong; expected values come from reading the excerpt.  Every rule has a
negative test where it could over-fire."""
from __future__ import annotations

from types import SimpleNamespace

from extract import normalise as N
from extract.extractors import figures
from extract.extractors.figures.rows import sign_spaced_rows
from extract.extractors.measures import extract as measures_of
from extract.loaders import load_text
from extract.normalise.periods import parse_period


def _figs(text: str, name: str = "page.txt"):
    return list(figures.extract(load_text(name, text)))


def _raws(text: str) -> list[str]:
    return [q.raw for q in N.find_quantities(text)]


# --- a month name with a letter that re's IGNORECASE folds onto ASCII -----------------------

def test_long_s_month_is_a_month_not_a_crash():
    # OCR of old print: "ſeptember" (long s); re's IGNORECASE lets MONTH match it
    p = parse_period("in ſeptember 2023")
    assert (p.period_type, p.start.isoformat(), p.end.isoformat()) == ("month", "2023-09-01", "2023-09-30")
    p = parse_period("aprıl 2024")   # dotless i
    assert (p.start.isoformat(), p.end.isoformat()) == ("2024-04-01", "2024-04-30")


def test_a_document_with_a_long_s_month_is_read():
    figs = _figs("Performance\n\nIn ſeptember 2023 there were 120 burglaries.\n")
    got = [(f.value, f.period_type, f.period_start) for f in figs]
    assert (120.0, "month", "2023-09-01") in got


def test_a_word_that_is_no_month_stays_no_period():
    assert parse_period("the ſecond meeting") is None


# --- a year-like count under a year column (Cleveland FOI 398-24 form) -----------------------

YEAR_COLUMNS = """# Response times

The table shows attendance times by year.

| Time | 2019 | 2020 | 2021 |
|---|---|---|---|
| Under 10 mins | 1993 | 2236 | 2125 |
| 10-30 mins | 1155 | 1401 | 2010 |
| Over 4 hrs | 1106 | 566 | 577 |
"""


def test_year_like_count_under_a_year_column_is_a_count():
    recs = measures_of(load_text("foi.md", YEAR_COLUMNS))
    got = {(r.row_label, r.column_label): (r.value, r.unit) for r in recs}
    assert got[("Under 10 mins", "2019")] == (1993.0, "count")
    assert got[("10-30 mins", "2021")] == (2010.0, "count")
    assert got[("Over 4 hrs", "2020")] == (566.0, "count")


def test_a_row_of_years_is_not_read_as_counts():
    text = ("# Crime\n\nRecorded crime by year.\n\n| Crime type | 2022 | 2023 |\n|---|---|---|\n"
            "| Burglary | 120 | 135 |\n| Robbery | 40 | 38 |\n| Vehicle crime | 310 | 295 |\n"
            "| Year of review | 2025 | 2026 |\n")
    recs = measures_of(load_text("plan.md", text))
    got = {(r.row_label, r.column_label): r.value for r in recs}
    assert got.get(("Burglary", "2022")) == 120.0
    assert not [r for r in recs if r.value in (2025.0, 2026.0)]


def test_a_year_under_a_column_that_names_no_period_stays_none():
    text = ("# Projects\n\nThe projects.\n\n| Project | Cost | Year due |\n|---|---|---|\n"
            "| Custody suite | 120 | 2025 |\n| Fleet | 135 | 2026 |\n")
    recs = measures_of(load_text("p.md", text))
    assert not [r for r in recs if r.value in (2025.0, 2026.0)]


# --- codes, labels and timings that are no figures -------------------------------------------

def test_phone_number_cut_at_its_area_code_is_no_figure():
    # Crawley performance report: "By: Lise Sorensen, Project Support Officer 01293"
    assert _raws("Performance Monitoring Scrutiny Panel 12th July 2011 By: L Smith, Project Support Officer 01293") == []


def test_leading_zero_rule_keeps_decimals_and_zero():
    assert _raws("a rise of 0.5% and 0 escapes") == ["0.5%", "0"]


def test_reference_codes_are_no_figures():
    # MOPAC decision "Reference code: PCD 279"; an FOI table's "[Ref: IOS 321-09]"
    assert _raws("Reference code: PCD 279") == []
    assert _raws("Source: Evidence & Analysis Unit [Ref: IOS 321-09]") == []
    # (a reference to something is no code)
    assert _raws("a reference to 5 officers") == ["5"]


def test_numbered_rule_with_no_is_no_figure():
    # Tonbridge and Malling: "Council Procedure Rule No 8.5"
    assert _raws("In accordance with Council Procedure Rule No 8.5 voting was recorded") == []
    assert _raws("there were no 12 arrests") == ["12"]


def test_budget_monitoring_month_and_period_labels_are_no_figures():
    # Somerset "Month 3 – End of June 2023 & Month 4 update", "(as at month 4)"; Haringey
    # "Quarter one (period 3)", "at the end of period 3"
    assert _raws("Budget Monitoring Report – Month 3 – End of June 2023 & Month 4 update") == []
    assert _raws("Noted the forecast overspend of £26.1m (as at month 4) for the year") == ["£26.1m"]
    assert _raws("the position at Quarter one (period 3) of the year") == []


def test_counts_after_month_or_period_words_stay():
    assert _raws("during the period 8 burglaries were reported") == ["8"]
    assert _raws("last month 12 arrests were made") == ["12"]
    assert _raws("a month 5 officers left") == ["5"]


def test_meeting_timing_is_no_figure():
    # Enfield Cabinet minutes: "(7.55 – 8.00 pm)"
    assert _raws("(7.55 – 8.00 pm)") == []
    assert _raws("response within 7.5 hours") == ["7.5 hours"]


def test_ellipsis_leader_page_number_is_no_figure():
    # a contents line: "1 Introduction………2"
    assert "2" not in _raws("Contents: Introduction………2")


def test_paper_code_with_bracketed_year_is_no_figure():
    # Melton parish: "(Papers MPC(23)127.03 and MPC(23)127.03a)"
    assert _raws("presented in December 2023 (Papers MPC(23)127.03 and MPC(23)127.03a)") == []
    # (a bracketed count after a figure is not a code)
    assert _raws("a precept of £123,687 (23) of which") == ["£123,687", "23"]


# --- a place inside a force area's name ------------------------------------------------------

def test_place_inside_a_force_area_name_is_not_the_subject():
    # a Police Federation page and the Home Office bulletin: "Greater Manchester" is not the city
    text = ("Assaults\n\nA total of 1,349 officers were assaulted at the PSNI, while 476 officers were "
            "assaulted at Greater Manchester and 356 officers were attacked at West Yorkshire Police.\n")
    subj = {f.value: f.subject for f in _figs(text)}
    assert subj[476.0] != "Manchester" and subj[356.0] != "Manchester"
    text = ("Stop and search\n\nThere were 366,912 searches (excluding Greater Manchester Police).\n")
    assert [f.subject for f in _figs(text) if f.value == 366912.0] != ["Manchester"]


def test_a_place_named_alone_is_still_the_subject():
    text = "Crime\n\nIn Manchester there were 476 offences.\n"
    assert [f.subject for f in _figs(text) if f.value == 476.0] == ["Manchester"]


def test_clock_durations_keep_their_leading_zeros():
    assert N.parse_duration("00:12:21") == 741
    assert N.parse_duration("60 min 06 sec") == 3606


# --- a spaced minus ---------------------------------------------------------------------------

# a police budget monitoring paper (Gloucestershire, 2015/16 outturn): the variance list
# flattened to one "label value" line each; the total is printed "- 25" (an underspend of £25k)
VARIANCES = """1. Outturn Forecast

The outturn for the year shows an underspend of £25k. This comprises the following key elements:

Police Officers -736

Supplies & Services -339

Income -475

New growth 1682

Other areas -162

TOTAL - 25

An explanation of these variances can be found in section 3 below.
"""


def test_spaced_minus_in_a_column_of_signed_rows_is_a_sign():
    figs = {f.sentence: f for f in _figs(VARIANCES)}
    tot = figs["TOTAL - 25"]
    assert (tot.value, tot.value_raw) == (-25.0, "- 25")
    assert tot.value_raw == tot.sentence[tot.char_start:tot.char_end]
    assert figs["Police Officers -736"].value == -736.0
    assert figs["New growth 1682"].value == 1682.0


def _row(sentence: str, value: float, raw: str):
    return SimpleNamespace(sentence=sentence, value=value, value_raw=raw, role="level",
                           char_start=sentence.rindex(raw), char_end=len(sentence))


def test_dash_separated_rows_without_signed_siblings_stay_positive():
    rows = [_row("Burglary - 25", 25.0, "25"), _row("Robbery - 30", 30.0, "30"),
            _row("Vehicle crime -12", -12.0, "-12"), _row("Theft - 40", 40.0, "40")]
    sign_spaced_rows(rows)   # one glued minus is no signed column
    assert [r.value for r in rows] == [25.0, 30.0, -12.0, 40.0]
    rows = [_row("Burglary -25", -25.0, "-25"), _row("Robbery -30", -30.0, "-30"),
            _row("In the year there were - 40", 40.0, "40")]
    sign_spaced_rows(rows)   # two signed rows, then a sentence: a run of three row lines only
    assert rows[2].value == 40.0


def test_spaced_sign_cell_is_signed():
    # a converter splits the minus glyph from its number: the cell "- 5"
    for cell, want in (("- 5", (-5.0, "count")), ("- 2.1%", (-2.1, "percent")), ("+ 3", (3.0, "count")),
                       ("- £1.2m", (-1200000.0, "gbp"))):
        q = N.parse_value(cell)
        assert (q.value, q.unit, q.sign_explicit) == (*want, True), cell


def test_dash_cells_that_are_no_numbers_stay_none():
    for cell in ("-", "- n/a", "- 2019", "- five"):
        assert N.parse_value(cell) is None, cell


# --- a finance table flattened to text -----------------------------------------------------

# a PCC decision's revenue table pasted as text (Surrey, month 9 2024/25): brackets are
# negatives of a "£m" column; read as narrative they would be positive counts
FLAT_FINANCE = """Revenue Forecast

This is set out for the group in the table below:

 Total 2023/24 Budget £mTotal 2023/24 Outturn £mVariance £m
2023/24 Budget310.3310.50.2
Funding(310.3)(311.3)(1.0)
Grand Total(0.0)(0.8)(0.8)

The group is made up of the PCC and the Force and is collectively £0.2m overspent.
"""


def test_run_together_bracketed_numbers_are_no_figures():
    got = [(f.value_raw, f.value) for f in _figs(FLAT_FINANCE)]
    assert ("£0.2m", 200000.0) in got
    assert not [g for g in got if g[0] in ("310.3", "311.3", "1.0", "0.0", "0.8")]


def test_a_bracketed_aside_stays_a_figure():
    got = [(f.value_raw, f.value) for f in _figs("Income\n\nIncome rose to 45 (12%) and arrests to 30 (25).\n")]
    assert ("12%", 12.0) in got and ("25", 25.0) in got


# --- role: a value "on target at" is the value reached, not the target --------------------------

def test_on_target_at_is_the_value_reached():
    # Central Bedfordshire's benefits processing page
    text = ("Benefits\n\nOverall speed of benefits processing is on target at 16.6 days. Over these months "
            "the average was 18.4 days against a target of 15.0 days.\n")
    roles = {f.value: f.role for f in _figs(text)}
    assert roles[16.6] != "target" and roles[15.0] == "target"
    roles = {f.value: f.role for f in _figs("Calls\n\nThe target at 90% was missed; answered calls were above target at 92%.\n")}
    assert roles[90.0] == "target" and roles[92.0] != "target"


# --- a bound is not the value -----------------------------------------------------------------

def test_strict_bounds_are_not_emitted_as_plain_values():
    # Bracknell Forest's council plan summary "1 has not started (less than 1%)"; a Police
    # Federation page "More than 1,000 assaults a month": the figure has no field for a bound
    got = [(f.value_raw, f.value) for f in _figs("Actions\n\n1 has not started (less than 1%).\n")]
    assert got == [("1", 1.0)]
    got = [f.value_raw for f in _figs("Assaults\n\nMore than 1,000 assaults a month; 476 officers were assaulted.\n")]
    assert got == ["476"]


def test_time_limits_and_other_wordings_stay():
    # (a bound written "over" is a bound like "more than": see test_every_bound_is_not_a_plain_value)
    got = [f.value_raw for f in _figs("Calls\n\nWe answered 85% of calls in less than 10 seconds; cases "
                                      "older than 28 days fell to 12; about 500 arrests were made.\n")]
    assert got == ["85%", "10 seconds", "28", "12", "500"]
    got = [f.value_raw for f in _figs("Cases\n\nCases open more than 28 days fell to 12.\n")]
    assert "28" in got and "12" in got


def test_spreadsheet_dates_are_no_figures():
    # a document-sharing page "Post on 31-Mar-2018"; FOI tables "01-Apr-23"
    assert _raws("Post on 31-Mar-2018") == []
    assert _raws("on 01-Apr-23 there were 5 arrests") == ["5"]
    assert _raws("from 1-Jan to 31-Mar") == []
    assert _raws("a 4-week wait for 12 people") == ["12"]


# a PCC scrutiny meeting's recorded crime table flattened to rows of numbers (Lancashire,
# 2015): earlier period, later period, numeric change, percentage change
NUMBER_ROWS = """All Recorded Crime

3,455,173 3,561,443 + 106,270 + 3.1%

449,931 473,122 + 23,191 + 5.2%

54,721 53,036 - 1,685 - 3.1%

95,509 92,739 - 2,770 - 2.9%
"""


def test_spaced_signs_in_rows_of_numbers_are_signs():
    got = {(f.sentence[:6], f.value_raw): (f.value, f.role) for f in _figs(NUMBER_ROWS)}
    assert got[("54,721", "- 1,685")] == (-1685.0, "change")
    assert got[("54,721", "- 3.1%")] == (-3.1, "change")
    assert got[("95,509", "- 2,770")] == (-2770.0, "change")
    assert got[("3,455,", "106,270")] == (106270.0, "change")
    assert got[("54,721", "53,036")] == (53036.0, "level")


def test_number_rows_without_a_spaced_plus_keep_their_dashes():
    # "10 - 20" rows with no sign column: ranges or separators, left alone
    rows = [_row(t, v, r) for t, v, r in (("10 - 20", 20.0, "20"), ("30 - 40", 40.0, "40"), ("50 - 60", 60.0, "60"))]
    sign_spaced_rows(rows)
    assert [r.value for r in rows] == [20.0, 40.0, 60.0]


# --- a numbered list joined to the line before it ---------------------------------------------

# a MOPAC decision: the list's lines were joined to the paragraph before them, so a sentence
# ends with the item number ("The DMPC is asked to 1.")
JOINED_LIST = """Executive summary

The DMPC is asked to

1. Note the 2017/18 revenue and capital financial position and forecast.

2. Approve the budget movements set out in paragraph 2.4-2.5

3. Approve the transfer to reserves set out in paragraph 2.6
"""


def test_item_numbers_of_a_joined_list_are_no_figures():
    assert [(f.value_raw, f.sentence) for f in _figs(JOINED_LIST) if f.unit == "count"] == []


def test_a_count_ending_a_sentence_stays():
    text = ("Complaints\n\nThe number of complaints received in the quarter rose to 3. The panel "
            "asked for the reasons.\n")
    assert [f.value for f in _figs(text)] == [3.0]
    text = ("Complaints\n\nComplaints rose to 3. Members noted 4 were upheld.\n")
    assert [f.value for f in _figs(text)] == [3.0, 4.0]


def test_note_labels_are_no_figures():
    # an FOI spreadsheet's notes saved as HTML; a bulletin copy's "(1)" page marker
    assert _raws("2006 2007 1,544 1,356 (1) Under section 89(1) of the Police Act 1996.") == ["1,544", "1,356"]
    assert _raws("(1)") == []
    assert _raws("arrests rose (12) and charges fell") == ["12"]


# --- a month column without its year ------------------------------------------------------------

MONTH_COLUMNS = """Stop and search

Type of search | Jan | Feb | Mar |
---|---|---|---|
Number of stop searches | 228 | 204 | 233 |
Person search | 172 | 157 | 181 |
Vehicle searches | 8 | 7 | 11 |
"""


def test_a_month_column_is_not_a_subject():
    # Cambridgeshire Constabulary's stop and search page: the year is only in the page's address
    recs = measures_of(load_text("page.txt", MONTH_COLUMNS))
    got = {(r.row_label, r.column_label): (r.value, r.subject) for r in recs}
    assert got[("Number of stop searches", "Jan")] == (228.0, None)
    assert got[("Vehicle searches", "Mar")] == (11.0, None)


def test_area_columns_are_still_subjects():
    text = MONTH_COLUMNS.replace("Jan | Feb | Mar", "North | South | West")
    recs = measures_of(load_text("page.txt", text))
    got = {(r.row_label, r.column_label): r.subject for r in recs}
    assert got[("Number of stop searches", "North")] == "North"


def test_vote_counts_in_brackets_stay():
    # KCC minutes: "For (14)", "Against (45) Mr Baker, ..."
    assert _raws("For (14)") == ["14"]
    assert _raws("Against (45) Mr Baker, Mr Bond") == ["45"]
    assert _raws("(3) The Panel noted the report") == []


def test_a_row_number_in_its_own_cell_is_no_figure():
    # Newark and Sherwood's council tax resolution pasted as cells: "1. | £51,696,080 | being ..."
    assert _raws("(the gross expenditure for 2022/23); | 2.") == []
    assert _raws("| 2. | £32,709,480 |") == ["£32,709,480"]
    assert _raws("| Burglary | 2 | 3 |") == ["2", "3"]
    assert _raws("| Total | 2.5 |") == ["2.5"]
