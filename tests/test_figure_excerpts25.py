"""Figures of short excerpts, session 20 second round (fig20b: the leftovers of audit20-fig20).  Each quoted excerpt
names its publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract.normalise import parse_period


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _by_raw(text: str, head: str = "Performance") -> dict:
    return {f.value_raw: f for f in _figs(text, head)}


def _dates(f) -> tuple:
    return (f.period_type, f.period_start, f.period_end)


def _p(text: str) -> tuple:
    p = parse_period(text)
    return (p.period_type, p.start and p.start.isoformat(), p.end and p.end.isoformat()) if p else None


# --------------------------------------------------------------------------
# "the second half of 2024": July to December, never the whole year
# --------------------------------------------------------------------------

def test_the_second_half_of_a_calendar_year():
    # Devon and Cornwall Police's 101 wait times, in the press (audit20-fig20; was: calendar year 2024)
    got = _by_raw("The force also said the average wait time for 101 calls in the second half of 2024 was three "
                  "minutes and 43 seconds, nearly 27 minutes faster than the same period in 2023.")
    assert _dates(got["three minutes and 43 seconds"]) == ("other", "2024-07-01", "2024-12-31")
    assert got["three minutes and 43 seconds"].value == 223
    assert _dates(got["27 minutes"]) == ("other", "2024-07-01", "2024-12-31")
    assert _p("the first half of 2024") == ("other", "2024-01-01", "2024-06-30")


def test_a_half_of_a_financial_year():
    # Kent County Council's treasury management mid-year report 2024-25: "Looking at gilt movements in the first
    # half of 2024/25"; Isle of Man Constabulary's annual report: "the first half of the 2015-16 policing year"
    assert _p("Looking at gilt movements in the first half of 2024/25") == ("other", "2024-04-01", "2024-09-30")
    assert _p("over the first half of the 2015-16 policing year") == ("other", "2015-04-01", "2015-09-30")
    assert _p("in the second half of 2023-24") == ("other", "2023-10-01", "2024-03-31")


def test_a_half_of_the_financial_year_of_the_report():
    """Kent County Council's mid-year report on 2024-25: "over the first half of the financial year" is April to
    September 2024 (was: the whole financial year, inherited from the report)."""
    doc = load_text("kcc.txt", "Treasury Management Mid-Year Report 2024-25\n\nBorrowing\n\n5.3 Interest rates very "
                    "slightly increased over the first half of the financial year in both the long and short term, with "
                    "rates at the end of September around 0.07% - 0.09% higher than those at the beginning of April.\n")
    got = {f.value_raw: f for f in figures.extract(doc)}
    assert _dates(got["0.07%"]) == ("other", "2024-04-01", "2024-09-30")
    assert _dates(got["0.09%"]) == ("other", "2024-04-01", "2024-09-30")


def test_a_half_of_an_unnamed_year_is_undated():
    """Negative: "the first half of the year" names no year: no dates, never the year named after it."""
    assert _p("the first half of the year") == ("other", None, None)
    got = _by_raw("There were 450 burglaries in the first half of the year and 2,000 in 2024.")
    assert _dates(got["450"]) == ("other", None, None)
    assert _dates(got["2,000"]) == ("calendar_year", "2024-01-01", "2024-12-31")


def test_half_without_first_or_second_is_no_period():
    """Negative: "half of the 2024/25 budget", "the first half of the meeting" are no half-years."""
    assert _p("half of the 2024/25 budget") == ("financial_year", "2024-04-01", "2025-03-31")
    assert parse_period("the first half of the meeting") is None
    assert _p("a first half of 2022-25") == ("other", None, None)   # (not one year: no half of it)


# --------------------------------------------------------------------------
# number words listed before "per cent respectively"
# --------------------------------------------------------------------------

def test_number_words_in_a_respectively_list():
    # Logistics Manager on the DfT's road casualty figures, 2009 (was: one "eight per cent" level, the others missed)
    figs = _figs("Pedestrians, motorcycle and car user casualties reported to the police showed overall reductions of "
                 "eight, six and eight per cent respectively, compared with the year ending June 2008.")
    assert [(f.value_raw, f.value, f.unit, f.role) for f in figs] == [
        ("eight", -8.0, "percent", "change"), ("six", -6.0, "percent", "change"),
        ("eight per cent", -8.0, "percent", "change")]
    assert {_dates(f) for f in figs} == {("change_12_months", "2008-07-01", "2009-06-30")}
    figs = _figs("The number of pedestrians killed or seriously injured fell by nine per cent while motorcycle and car "
                 "user KSI casualties fell by seven and nine per cent respectively.")
    assert [(f.value_raw, f.value, f.role) for f in figs] == [
        ("nine per cent", -9.0, "change"), ("seven", -7.0, "change"), ("nine per cent", -9.0, "change")]


def test_number_words_without_respectively_are_no_percents():
    """Negative: "seven and nine per cent" with no "respectively" may be no list of percents: only the last is read;
    "Two and three officers" before a percent are not listed sizes."""
    assert [f.value_raw for f in _figs("Motorcycle casualties fell by seven and nine per cent.")] == ["nine per cent"]
    assert [f.value_raw for f in _figs("Two and three officers were present and nine per cent were absent "
                                       "respectively.")] == ["nine per cent"]


# --------------------------------------------------------------------------
# "an improvement in sickness of approximately 25%": a change
# --------------------------------------------------------------------------

def test_an_improvement_in_something_of_a_size_is_a_change():
    # South Holland District Council's performance minutes, Q3 2020/21 (was: a level)
    got = _by_raw("There had been an improvement in Council-wide sickness of approximately 25%, in terms of days lost "
                  "per full-time equivalent.")
    assert (got["25%"].role, got["25%"].value) == ("change", 25.0)


def test_an_improvement_in_a_rate_of_a_percent_stays_a_level():
    """Negative: "an improvement in the detection rate of 25%" may state the rate reached."""
    got = _by_raw("There was an improvement in the detection rate of 25%.")
    assert got["25%"].role == "level"


# --------------------------------------------------------------------------
# "a decrease in KSI casualties for pedal cyclists (3%)": a change
# --------------------------------------------------------------------------

def test_a_change_noun_then_its_size_in_brackets():
    # Transport Network on the DfT's road casualty figures, 2016 (was: 3% and 1% levels)
    figs = _figs("There was a decrease in KSI casualties for pedal cyclists (3%) and motorcyclists (1%) over the year "
                 "but pedestrian KSIs increased by 3% and car occupant KSIs rose by 9%.")
    assert [(f.value_raw, f.value, f.role) for f in figs] == [
        ("3%", -3.0, "change"), ("1%", -1.0, "change"), ("3%", 3.0, "change"), ("9%", 9.0, "change")]
    # Hereford and Worcester Fire Authority: "a rise in the number of Secondary Fires (24.00%)"
    got = _by_raw("The increase was mainly accounted for by a rise in the number of Secondary Fires (24.00%).")
    assert (got["24.00%"].role, got["24.00%"].value) == ("change", 24.0)


def test_a_rate_or_a_count_in_brackets_after_a_change_noun_stays_a_level():
    """Negative: the percent of a rate or satisfaction in brackets may be the level reached; a count in brackets
    may be the new count."""
    assert _by_raw("There was an increase in satisfaction (85%) this year.")["85%"].role == "level"
    assert _by_raw("There was an increase in the detection rate (31%) this year.")["31%"].role == "level"
    assert _by_raw("There was an increase in burglaries in Swindon (450) this year.")["450"].role == "level"


# --------------------------------------------------------------------------
# "targets for burglary to be reduced by more than 11 per cent": a target
# --------------------------------------------------------------------------

def test_targets_for_something_to_be_reduced_by():
    # the Evening Standard on the Home Office's targets for Thames Valley Police (was: a level)
    got = _by_raw("The Home Office has set targets for burglary to be reduced by more than 11 per cent and robbery by "
                  "a quarter by next year.")
    assert (got["11 per cent"].role, got["11 per cent"].value) == ("target", -11.0)
    got = _by_raw("The targets for vehicle crime to be cut by 20% were set in 2003.")
    assert (got["20%"].role, got["20%"].value) == ("target", -20.0)


def test_a_change_made_by_more_than_is_a_bound():
    """Negative: outside an aim's clause a bound is no figure; a target that was cut is a change of it."""
    assert _figs("Burglary fell by more than 11 per cent.") == []
    got = _by_raw("The budget for burglary was reduced by 11 per cent last year.")
    assert got["11 per cent"].role == "change"


# --------------------------------------------------------------------------
# a web address alone on the first line: no word of the sentence after it
# --------------------------------------------------------------------------

def test_a_web_address_line_ends_its_block():
    # East Herts' ModernGov item page and Devon County Council's FOI answer, saved with their address on the
    # first line (audit19-deliv19, audit20-meas20; was: "https" the metric of an item number)
    doc = load_text("p.txt", "https://democracy.eastherts.gov.uk/ieIssueDetails.aspx?IId=9858&J=1&Opt=3\n"
                             "415 2012 – 13 Service Plans: Summary of Progress and Exceptions Report PDF 29 KB\n"
                             "Additional documents:\n")
    assert doc.blocks[0].text == "https://democracy.eastherts.gov.uk/ieIssueDetails.aspx?IId=9858&J=1&Opt=3"
    assert all(f.metric_text != "https" for f in figures.extract(doc))
    doc = load_text("p.txt", "https://www.devon.gov.uk/accesstoinformation/?p=4077\n1) The total number of Freedom of "
                             "Information Act (FOIA) requests the council has received for each of the last ten years.\n")
    assert [b.text[:2] for b in doc.blocks[:2]] == ["ht", "1)"]
    assert all(f.metric_text != "https" for f in figures.extract(doc))


def test_a_web_address_in_a_sentence_is_no_metric():
    got = _figs("https://www.devon.gov.uk/accesstoinformation/?p=4077 1) The total number of requests the council has "
                "received in each of the last ten years.")
    assert all(f.metric_text != "https" for f in got)


def test_a_web_address_line_in_a_wrapped_sentence_goes_on():
    """Negative: a line going on in lower case after the address is its sentence's."""
    doc = load_text("p.txt", "Performance\n\nThe figures are published at\nhttps://www.devon.gov.uk/performance\n"
                             "and show 1,389 requests in 2018.\n")
    assert any("https://www.devon.gov.uk/performance and show" in b.text for b in doc.blocks)
