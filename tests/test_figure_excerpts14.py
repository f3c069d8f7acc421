"""Figures of short excerpts, session 13b (audit13-fig13b: figures and checks of council and PCC scorecards,
finance monitoring reports and panel minutes of other publishers).  Each quoted excerpt names its
publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract import normalise as N


def _figs(text: str) -> list:
    return figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))


def _vals(text: str) -> list:
    return [(f.value_raw, f.value, f.role) for f in _figs(text)]


# --------------------------------------------------------------------------
# the number of a note, report, paper or decision used as a label is no count
# --------------------------------------------------------------------------

def test_a_notes_label_number_is_no_count():
    """Bath and North East Somerset cabinet budget monitors (2003, 2005): "Note 1:" / "NOTE 1:" open the
    notes under the table; the 1 is the note's number."""
    assert _vals("Note 1: Year to date variable variances caused by concessionary travel payments being out "
                 "of line with budget profile.") == []
    assert [v for v, _, _ in _vals("NOTE 1: Corporate savings target of £80,000 (£40,000 carried forward "
                                   "from 2001/02) for transport not yet identified.")] == ["£80,000", "£40,000"]


def test_a_decisions_reference_number_is_no_count():
    """Cleveland PCC decision notice: "Decision 14-2013: Budget Monitoring Report to 31 January 2013"."""
    assert _vals("Decision 14-2013: Budget Monitoring Report to 31 January 2013 (application, 2MB)") == []


def test_a_cover_sheets_report_number_is_no_count():
    """Metropolitan Police Authority committee report cover sheet: "Report: 7 Date: 12 July 2001"."""
    assert N.find_quantities("Report: 7 Date: 12 July 2001 By: Commissioner") == []


def test_a_count_after_a_report_word_stays_a_count():
    """Negative: a number not labelling the word stays ("Notes: 12 of the 20", "the report noted 14")."""
    assert [q.raw for q in N.find_quantities("Notes: 12 of the 20 reports were late")] == ["12", "20"]
    assert [q.raw for q in N.find_quantities("The report noted 14 burglaries: a fall")] == ["14"]
    assert [q.raw for q in N.find_quantities("Report: 7 burglaries were recorded")] == ["7"]


# --------------------------------------------------------------------------
# a time limit that names what is counted is a target, not a time measured
# --------------------------------------------------------------------------

def test_calls_waiting_longer_than_a_time_is_a_limit():
    """Plymouth CC (Devon and Cornwall panel) minutes, 2019: an amber indicator "101: non- emergency calls
    waiting longer than 10 minutes" -- ten minutes is the indicator's limit, no wait measured."""
    assert _vals("·        101: non- emergency calls waiting longer than 10 minutes.") == [
        ("10 minutes", 600.0, "target")]


def test_a_wait_someone_had_stays_a_level():
    """Negative (Peterborough Telegraph on the Cambridgeshire panel): "one councillor had to wait more
    than 15 minutes" -- a finite verb, a wait measured."""
    assert _vals("One councillor had to wait more than 15 minutes for a response.") == [
        ("15 minutes", 900.0, "level")]


# --------------------------------------------------------------------------
# a RAG key's tolerance around a target is no figure
# --------------------------------------------------------------------------

def test_a_tolerance_around_a_target_is_no_figure():
    """London Borough of Havering cabinet, Q4 2013/14: the RAG key "Green = on or within 10% of the Quarter 4
    Target" (10% is a tolerance, no share of anything)."""
    assert _vals("·  Green = on or within 10% of the Quarter 4 Target") == []
    assert _vals("Amber = within 5% of target.") == []


def test_within_a_share_of_something_else_stays():
    """Negative: "within 10% of the national average" names no target: left as it was."""
    assert [v for v, _, _ in _vals("Crime fell to within 10% of the national average.")] == ["10%"]


# --------------------------------------------------------------------------
# a rate set against the same months of another year is a change
# --------------------------------------------------------------------------

def test_per_cent_below_the_same_months_is_a_fall():
    """Metropolitan Police Authority, burglary performance (12 July 2001): "the rate for April-May 2001 2.8 per
    cent below the same months in 2000/2001"."""
    text = ("Achievement of the target has been sustained in 2001/2002, with the rate for April-May 2001 "
            "2.8 per cent below the same months in 2000/2001.")
    assert _vals(text) == [("2.8 per cent", -2.8, "change")]
    assert _vals("Burglary was 5% above the same period last year.") == [("5%", 5.0, "change")]


def test_per_cent_below_an_average_or_target_stays_a_level():
    """Negative: "below the national average", "above target" compare with no earlier period."""
    assert _vals("Satisfaction was 3% below the national average.") == [("3%", 3.0, "level")]
    assert _vals("Performance was 4% above target.") == [("4%", 4.0, "level")]


# --------------------------------------------------------------------------
# what a force "has lost" or is "losing" is a fall
# --------------------------------------------------------------------------

def test_money_a_force_had_lost_is_a_fall():
    """Carmarthenshire CC (Dyfed-Powys panel) minutes, 2019 precept: "the Force had lost £14m (22%) in core
    funding since the 2010 Comprehensive Spending Review" -- a fall of £14m, 22%."""
    text = ("He emphasized that the Force had lost £14m (22%) in core funding since the 2010 Comprehensive "
            "Spending Review and currently had the lowest precept level.")
    assert _vals(text) == [("£14m", -14000000.0, "change"), ("22%", -22.0, "change")]


def test_officers_a_service_has_lost_or_is_losing_are_a_fall():
    """ACPO's president (Police Oracle): "The Police Service has lost 34,000 police and staff since 2010";
    Lancashire PCC (Westmorland Gazette): "losing 800 officer posts and 350 members of policing support staff"."""
    assert _vals("The Police Service has lost 34,000 police and staff since 2010.") == [
        ("34,000", -34000.0, "change")]
    text = ("Since 2010 Lancashire had to make savings as a result of the government cutting central funding, "
            "losing 800 officer posts and 350 members of policing support staff.")
    assert [(v, x) for v, x, _ in _vals(text)] == [("800", -800.0), ("350", -350.0)]


def test_a_vote_lost_and_money_lost_out_on_are_no_falls():
    """Negative: "the motion was lost 5 votes to 7" (no "has"/"losing"); "has lost out on a total of £30m
    of funding" (Derbyshire PCC, Derbyshire Times: money forgone, no level that fell)."""
    assert all(x > 0 for _, x, _ in _vals("The motion was lost 5 votes to 7."))
    assert _vals("Derbyshire Police has lost out on a total of £30m of funding.") == [
        ("£30m", 30000000.0, "level")]


# --------------------------------------------------------------------------
# a plain number after "ranked", with "out of N" after it, is a rank
# --------------------------------------------------------------------------

def test_ranked_n_out_of_m_is_a_rank_and_m_no_figure():
    """Worcestershire CC (West Mercia panel) minutes, April-June 2017: "confidence in the police was ranked 8
    out of 8 (against the Most Similar Group (MSG))" -- one figure, a rank of 8; the second 8 is its base."""
    text = ("A concern was raised about the worsening performance trends eg confidence in the police was ranked "
            "8 out of 8 (against the Most Similar Group (MSG)), and an increase in the number of crimes.")
    assert _vals(text) == [("8", 8.0, "rank")]


def test_a_number_placed_of_another_stays_counts():
    """Negative: "placed 5 out of 43 forces" without "ranked" (a verb of putting too) and "ranked 12 in the
    country" without a base are left as they were."""
    assert [q.kind for q in N.find_quantities("placed 5 out of 43 forces")] == ["", ""]
    assert [q.kind for q in N.find_quantities("ranked 12 in the country")] == [""]
