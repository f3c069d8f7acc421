"""Figures of short excerpts, session 17 (audit17-fig17: publishers not seen before).  Each quoted excerpt names
its publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract.normalise import find_quantities, parse_period


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _by_raw(text: str) -> dict:
    return {f.value_raw: f for f in _figs(text)}


def _row(f) -> tuple:
    return (f.value, f.unit, f.role)


def _dates(f) -> tuple:
    return (f.period_type, f.period_start, f.period_end)


# --------------------------------------------------------------------------
# a window ending "until" / "up to" a month, or on a day written US-style
# --------------------------------------------------------------------------

def test_a_window_up_to_a_month_is_the_rolling_window():
    """North Wales PCC's Police and Crime Plan 2025-28, in the press: the window, not its last month."""
    got = _by_raw("In the 12 months up to September 2024, North Wales Police figures show the force received 2,500 "
                  "reports of rape or sexual offences.")
    assert _dates(got["2,500"]) == ("rolling_12_months", "2023-10-01", "2024-09-30")


def test_a_window_until_a_us_style_day_is_the_rolling_window():
    """The Falmouth Packet on Devon and Cornwall's Police and Crime Panel (2019): "for the 12 months until June 30,
    2018, revealed that total crime increased by 17 per cent" -- the 12 months July 2017 to June 2018."""
    got = _by_raw("The latest figures from the Office of National Statistics, for the 12 months until June 30, 2018, "
                  "revealed that total crime increased by 17 per cent, but that the force area has the sixth lowest "
                  "rate of crime in England and Wales.")
    f = got["17 per cent"]
    assert (f.value, f.role) == (17, "change")
    assert (f.period_start, f.period_end) == ("2017-07-01", "2018-06-30")
    p = parse_period("the 12 months to November 30 2015")
    assert (p.period_type, str(p.start), str(p.end)) == ("rolling_12_months", "2014-12-01", "2015-11-30")


def test_a_month_and_its_day_without_a_year_stay_undated():
    """Negative: "year ending September 30" names no year; a month with its year keeps its month."""
    assert parse_period("the year ending September 30") is None
    got = _by_raw("The action taken rate peaked in March 2023 (12% action taken rate).")
    assert _dates(got["12%"]) == ("month", "2023-03-01", "2023-03-31")


# --------------------------------------------------------------------------
# levels and changes aimed at
# --------------------------------------------------------------------------

def test_a_level_aimed_for_is_a_target():
    """Avon and Somerset PCC's quarterly overview of the Police and Crime Plan (Quarter 3, 2013/14): both levels are
    aims; the first is to be reached by the end of the year (not in 2017), the second in 2017."""
    got = _by_raw("Aiming for 87% by the end of this year and 87.4% in 2017.")
    assert _row(got["87%"]) == (87, "percent", "target") and got["87%"].period_start is None
    assert _row(got["87.4%"]) == (87.4, "percent", "target")
    assert (got["87.4%"].period_start, got["87.4%"].period_end) == ("2017-01-01", "2017-12-31")


def test_a_change_an_aim_is_to_see_is_a_target():
    """Nottinghamshire Police Authority's policing plan (2012), on a parish council's page."""
    got = _by_raw("These targets aim to see overall crime reduced by 8%; savings of £10.3m achieved.")
    assert _row(got["8%"]) == (-8, "percent", "target")


def test_a_level_or_change_with_no_aim_stays_as_it_was():
    """Negative: "saw ... reduced by" is a change made; "levelled off at around 80%" a level; a level achieved after
    an aim keeps its role."""
    assert _row(_by_raw("We saw overall crime reduced by 8% this year.")["8%"]) == (-8, "percent", "change")
    got = _by_raw("Satisfaction rates amongst victims of ASB has levelled off at around 80% and improvements are "
                  "required in order to meet the 2013/14 milestone.")
    assert got["80%"].role == "level"
    got = _by_raw("We are aiming for 90% by March and 85% was achieved in 2017.")
    assert got["90%"].role == "target" and got["85%"].role == "level"


def test_the_next_change_aimed_at_shares_the_aim():
    """Lancashire Telegraph on Lancashire Constabulary's annual report (1999): both falls are aimed at."""
    got = _by_raw("She says that the year ahead will be just as demanding, with the force setting itself a "
                  "challenging target to reduce crime by six per cent and anti-social behaviour and road casualties "
                  "by five per cent.")
    assert _row(got["six per cent"]) == (-6, "percent", "target")
    assert _row(got["five per cent"]) == (-5, "percent", "target")


def test_a_change_made_after_an_aim_is_no_aim():
    """Negative: a verb between ("was missed and burglary rose by") makes the next figure a change made."""
    got = _by_raw("The target to reduce crime by 6% was missed and burglary rose by 5%.")
    assert _row(got["6%"]) == (-6, "percent", "target") and _row(got["5%"]) == (5, "percent", "change")


# --------------------------------------------------------------------------
# percents written with a number word, or hyphened to their number
# --------------------------------------------------------------------------

def test_a_percent_in_words_is_a_figure():
    """Pontefract and Castleford Express on West Yorkshire (2013), Halesowen News on West Mercia's PCC (2019), the
    Yorkshire Post on the region's forces (2011), City A.M. on the ONS figures (2013)."""
    got = _by_raw("Crime across the county has dropped by nine per cent according to new figures released last week "
                  "by the Home Office.")
    assert _row(got["nine per cent"]) == (-9, "percent", "change")
    got = _by_raw("Burglaries of dwellings have fallen six per cent, and of non-dwellings by seven per cent, putting "
                  "the region ahead of the three per cent national trend for the year ending March 2019, according to "
                  "ONS data.")
    assert _row(got["six per cent"]) == (-6, "percent", "change")
    assert _row(got["seven per cent"]) == (-7, "percent", "change")
    assert (got["six per cent"].period_start, got["six per cent"].period_end) == ("2018-04-01", "2019-03-31")
    got = _by_raw("Violent crime fell by 11 per cent, robberies were down eight per cent and burglaries declined by "
                  "seven per cent, while reports of criminal damage dropped by a fifth.")
    assert [(f.value_raw, f.value) for f in got.values()] == [("11 per cent", -11), ("eight per cent", -8),
                                                             ("seven per cent", -7)]
    got = _by_raw("Within victim-based crime, there was a fall in all main categories apart from theft from the "
                  "person (up nine per cent) and sexual offences (up one per cent).")
    assert _row(got["nine per cent"]) == (9, "percent", "change") and _row(got["one per cent"]) == (1, "percent", "change")
    got = _by_raw("The reduction of six-per-cent was welcome, with twenty-five per cent fewer thefts.")
    assert got["six-per-cent"].value == -6 and got["twenty-five per cent"].value == -25


def test_words_that_are_no_percent_stay_no_figure():
    """Negative: a bound in words ("below ten per cent") is no figure, as "below 10%" is not; "nine per 1,000",
    "two percentage points" and "ten percentage" are no percents in words."""
    assert [f.value_raw for f in _figs("The rate has been consistently below ten per cent since November 2017.")] == []
    assert "nine" not in " ".join(f.value_raw for f in _figs("There are 13 burglaries per 1,000 population compared "
                                                              "to the national average of nine per 1,000."))
    assert [f.value_raw for f in _figs("Satisfaction rose by two percentage points in 2023.")] == []
    assert [f.value_raw for f in _figs("Inflation stood at nought point five per cent in 2023.")] == []


def test_a_percent_hyphened_to_its_number():
    """The Argus on the Home Secretary's targets for Sussex Police: "a 37-per-cent cut in burglaries and a
    20-per-cent reduction in car offences" -- percents (not counts 37 and 20), and falls."""
    qs = find_quantities("Jack Straw has ordered a 37-per-cent cut in burglaries and a 20-per-cent reduction.")
    assert [(q.raw, q.value, q.unit) for q in qs] == [("37-per-cent", 37, "percent"), ("20-per-cent", 20, "percent")]
    got = _by_raw("Jack Straw has ordered a 37-per-cent cut in burglaries and a 20-per-cent reduction in car "
                  "offences within five years.")
    assert got["37-per-cent"].value == -37 and got["20-per-cent"].value == -20


def test_a_cut_off_is_no_fall():
    """Negative: "a 10% cut-off" names a threshold, not a fall; a range's dash is no hyphened percent."""
    got = _by_raw("Cases over the 10% cut-off were reviewed.")
    assert all(f.value >= 0 for f in got.values())
    qs = find_quantities("between 5-10 per cent")
    assert [(q.raw, q.unit) for q in qs] == [("5", "percent"), ("10 per cent", "percent")]


# --------------------------------------------------------------------------
# the kind named after "and" belongs to the next figure
# --------------------------------------------------------------------------

def test_a_kind_after_and_is_the_next_figures():
    """Lancashire Telegraph on Lancashire Constabulary (1999): crime's six per cent is not anti-social behaviour's;
    the five per cent is."""
    got = _by_raw("The force set itself a challenging target to reduce crime by six per cent and anti-social "
                  "behaviour and road casualties by five per cent.")
    assert not got["six per cent"].subject and got["five per cent"].subject == "ASB"
    got = _by_raw("Crime fell by 6% and burglary by 5%.")
    assert not got["6%"].subject and got["5%"].subject == "Residential Burglary"


def test_a_kind_before_its_figure_stays_its_own():
    """Negative: the kind named before the figure keeps it ("Burglary fell by 6% and ..."); one named as the
    figure's own noun ("a 6% fall in burglary") is not "and" the next item's."""
    got = _by_raw("Burglary fell by 6% and anti-social behaviour rose.")
    assert got["6%"].subject == "Residential Burglary"
    got = _by_raw("There was a 6% fall in burglary and robbery rose by 5%.")
    assert got["6%"].subject == "Residential Burglary" and got["5%"].subject == "Robbery"
