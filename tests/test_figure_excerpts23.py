"""Figures of short excerpts, session 19 (audit19-fig19: island forces, Northern Ireland's districts, fire services,
council performance minutes).  Each quoted excerpt names its publisher; expected values come from reading it, and
every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract.normalise import find_quantities


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _by_raw(text: str) -> dict:
    return {f.value_raw: f for f in _figs(text)}


def _dates(f) -> tuple:
    return (f.period_type, f.period_start, f.period_end)


# --------------------------------------------------------------------------
# a figure of "the year before" / "the following year"
# --------------------------------------------------------------------------

def test_a_figure_of_the_year_before_is_of_the_year_before_the_one_stated():
    # Guernsey Press on the 2017 Law Enforcement annual report: 103 drug cases were 2016's (was 2017)
    got = _by_raw("One of the big rises was in drug cases, with 162 recorded crimes in 2017, compared with 103 the "
                  "year before.")
    assert _dates(got["162"]) == ("calendar_year", "2017-01-01", "2017-12-31")
    assert _dates(got["103"]) == ("calendar_year", "2016-01-01", "2016-12-31")
    # the PSNI's figures for Armagh, Banbridge and Craigavon (Dromore Leader, 2017): 572 were 2015/16's
    got = _by_raw("The report stated that there were 483 incidents in 2016/17 compared to 572 the year before which "
                  "is 89 fewer.")
    assert _dates(got["483"]) == ("financial_year", "2016-04-01", "2017-03-31")
    assert _dates(got["572"]) == ("financial_year", "2015-04-01", "2016-03-31")
    # "the year before last": two years before
    got = _by_raw("There were 483 incidents in 2016/17 compared to 572 the year before last.")
    assert _dates(got["572"]) == ("financial_year", "2014-04-01", "2015-03-31")


def test_a_figure_of_the_following_year_is_of_the_year_after():
    # Dorset Echo, 2014 (session 14's leftover): the 472 were 2013/14's, the 420 stay 2012/13's
    got = _by_raw("There were 420 incidents in 2012/13 and this increased to 472 the following year.")
    assert _dates(got["420"]) == ("financial_year", "2012-04-01", "2013-03-31")
    assert _dates(got["472"]) == ("financial_year", "2013-04-01", "2014-03-31")


def test_the_previous_year_with_no_year_stated_gives_none():
    # Guernsey Press, 2004: "the previous year" of an undated "last year" is no period of its own
    got = _by_raw("Disorderly-type offences rose slightly last year, with 675 arrests compared with 661 the previous "
                  "year.")
    assert got["661"].period_type in (None, "")


def test_a_change_against_the_previous_year_keeps_its_own_year():
    """Negative: "compared with the previous year" after a change names its base, not the change's year."""
    got = _by_raw("Crime rose by 5% in 2017 compared with the previous year.")
    assert got["5%"].period_start == "2017-01-01"


# --------------------------------------------------------------------------
# "halved"
# --------------------------------------------------------------------------

def test_halved_at_or_by_a_percent_is_the_falls_size():
    # the task's leftover "almost halved at 46.4 per cent" (was a share of +46.4); "halved by 48%" was +48
    f = _by_raw("The number of knife crimes has almost halved at 46.4 per cent.")["46.4 per cent"]
    assert (f.value, f.role) == (-46.4, "change")
    f = _by_raw("Knife crime has nearly halved by 48%.")["48%"]
    assert (f.value, f.role) == (-48, "change")


def test_halved_to_a_percent_or_at_a_time_is_a_level():
    """Negative: "halved to 46.4%" states where it is now; "halved at 12 minutes" a level, unsigned."""
    f = _by_raw("The backlog has halved to 46.4 per cent of cases.")["46.4 per cent"]
    assert f.value == 46.4 and f.role != "change"
    f = _by_raw("Response times halved at 12 minutes in the town.")["12 minutes"]
    assert f.value == 720 and f.role != "change"


# --------------------------------------------------------------------------
# a mistyped thousands group is no figure
# --------------------------------------------------------------------------

def test_money_with_a_two_digit_thousands_group_is_no_figure():
    # the task's "£750,00"; Cumberland's treasury report in ../shared/real prints "£265,77m" (for £265.77m):
    # neither is £750 or £265
    assert [q.raw for q in find_quantities("The grant of £750,00 was awarded.")] == []
    assert [q.raw for q in find_quantities("Maturity over 20 years £265,77m (35.59%)")] == ["35.59%"]
    assert [q.raw for q in find_quantities("£1,50m")] == []


def test_money_written_whole_is_read():
    """Negative: thousands of three digits, pence, scales and a list glued by a comma are read."""
    got = [(q.raw, q.value) for q in find_quantities("£750,000 and £1,000.50 and £3.5bn, £5,000,£6,000")]
    assert got == [("£750,000", 750000), ("£1,000.50", 1000.5), ("£3.5bn", 3.5e9), ("£5,000", 5000),
                   ("£6,000", 6000)]


# --------------------------------------------------------------------------
# a kind named past the next figure
# --------------------------------------------------------------------------

def test_a_kind_past_the_next_figure_is_not_one_named_with_its_own_object():
    # Manx Radio on the Isle of Man Chief Constable's report 2024/25: the 16% is of domestic incidents (was Rape)
    got = _by_raw("However, there's also been a 16 percent rise in domestic incidents and a 25 percent increase in "
                  "the number of rapes reported.")
    assert got["16 percent"].subject in (None, "")
    assert got["25 percent"].subject == "Rape"


def test_two_figures_of_one_kind_share_it():
    """Negative: "a 5% and 7% rise in burglary" -- nothing names the 5%'s own object, the kind is both's."""
    got = _by_raw("There was a 5% and 7% rise in burglary.")
    assert got["5%"].subject == got["7%"].subject == "Residential Burglary"


def test_a_figure_naming_a_place_the_vocabulary_does_not_know_takes_no_other_place():
    # the Northern Echo on Cleveland Police Authority (session 17's leftover): 13.6 was Middlesbrough's, 11 too
    got = _by_raw("Crime was also down by 13.6 per cent in Langbaurgh, 16.6 per cent in Middlesbrough and 11 per cent "
                  "in Stockton.")
    assert [got[r].subject or "" for r in ("13.6 per cent", "16.6 per cent", "11 per cent")] == \
        ["", "Middlesbrough", ""]
    # KCC's health priorities (../shared/real): "from 28.1% in Kent and 20.1% in Medway in 2021" -- 28.1% is Kent's
    got = _by_raw("Smoking prevalence will have decreased by 9 percentage points from 28.1% in Kent and 20.1% in "
                  "Medway in 2021.")
    assert not got["28.1%"].subject and got["20.1%"].subject == "Medway"


def test_a_month_after_a_figure_is_no_place():
    """Negative: "5% in September" names a month: the figure keeps a place named before it."""
    got = _by_raw("Burglary in Middlesbrough fell by 5% in September.")
    assert got["5%"].subject in ("Middlesbrough", "Residential Burglary")


# --------------------------------------------------------------------------
# the levels of a change's bracket
# --------------------------------------------------------------------------

def test_the_years_levels_in_a_changes_bracket_are_levels():
    # Guernsey Police's summary of its 2015 Law Enforcement report: 1,728 was read as a fall of 1,728
    got = _by_raw("Total number of reported crimes fell by 201 (1,728 in 2014 down to 1,527 last year).")
    assert (got["201"].value, got["201"].role) == (-201, "change")
    assert (got["1,728"].value, got["1,728"].role) == (1728, "level")
    assert _dates(got["1,728"]) == ("calendar_year", "2014-01-01", "2014-12-31")


def test_a_restated_change_in_a_bracket_stays_a_change():
    """Negative: "(50 fewer offences to 450)": the first number is the change restated."""
    got = _by_raw("Crime fell by 201 (50 fewer offences to 450).")
    assert got["50"].role == "change"


# --------------------------------------------------------------------------
# a quarter compared with the year before; a day's ordinal set apart
# --------------------------------------------------------------------------

def test_a_quarter_compared_with_the_previous_year_is_the_quarter():
    # East Ayrshire Council's Police & Fire and Rescue Committee, 27 August 2019 (the Scottish Fire and Rescue
    # Service's Q1 report; "1 st", "30 th" as its PDF's converter left the superscripts): was the 12 months to June
    got = _by_raw("A review operational data from incidents across East Ayrshire during the period from 1 st April "
                  "2019 - 30 th June 2019 identified a 11% decrease in operational activity levels across the local "
                  "authority area compared to the previous year.")
    assert (got["11%"].value, got["11%"].role) == (-11, "change")
    assert _dates(got["11%"]) == ("quarter", "2019-04-01", "2019-06-30")


def test_a_twelve_month_window_compared_with_the_previous_year_stays_a_12_month_change():
    """Negative: the year to a month against the year before is the 12-month change."""
    got = _by_raw("In the 12 months to June 2019 crime fell by 4% compared to the previous year.")
    assert _dates(got["4%"]) == ("change_12_months", "2018-07-01", "2019-06-30")


# --------------------------------------------------------------------------
# the first level of a pair "from X to Y <period>"
# --------------------------------------------------------------------------

def test_the_period_after_a_pair_is_its_second_levels():
    # the Guernsey Press on the 2017 Law Enforcement report: 2,572 was 2010's (was read as 2017's)
    got = _by_raw("If we look at 2010, the crime figures have come down from 2,572 to 1,580 in 2017.")
    assert got["2,572"].period_type in (None, "")
    assert _dates(got["1,580"]) == ("calendar_year", "2017-01-01", "2017-12-31")
    # Devon and Cornwall Police and Crime Panel's minutes (the 101 review): "from over 4 minutes" is the level
    # of 12 months before, not of the last 12 months
    got = _by_raw("The waiting time had now doubled from over 4 minutes to over 8 minutes in the last 12 months.")
    assert got["4 minutes"].period_type in (None, "")
    assert got["8 minutes"].period_type == "rolling_12_months"


def test_each_level_of_a_pair_keeps_its_own_period():
    """Negative: "from 300 in 2019 to 250 in 2020": each level its own year."""
    got = _by_raw("Crime fell from 300 in 2019 to 250 in 2020.")
    assert got["300"].period_start == "2019-01-01" and got["250"].period_start == "2020-01-01"


# --------------------------------------------------------------------------
# the approximations before a change's size: one word list
# --------------------------------------------------------------------------

def test_the_approximations_are_one_word_list():
    from extract.vocab import vocabulary
    V = vocabulary()
    assert {"around", "nearly", "some"} <= set(V.words("change_approximations"))
    assert V.words("change_approximation_bounds") == ["over", "under"]
    assert V.words("change_approximation_small") == ["only", "just"]
    got = _by_raw("Burglary fell by approximately 5% and robbery by just over 3%. A drop of only 17 per cent in "
                  "thefts was seen.")
    assert (got["5%"].value, got["5%"].role) == (-5, "change")
    assert (got["17 per cent"].value, got["17 per cent"].role) == (-17, "change")


# --------------------------------------------------------------------------
# last year's figure set against this year's change
# --------------------------------------------------------------------------

def test_last_years_figure_against_this_years_change_is_last_years_change():
    # Lincolnshire PCC's statistics page (session 17's leftover): the 12.5% was read as a level
    got = _by_raw("In 2022 total crime across Lincolnshire increased by 7% to 58,904 – less pronounced than last "
                  "year's 12.5%.")
    f = got["12.5%"]
    assert (f.value, f.role) == (12.5, "change")
    assert (f.period_start, f.period_end) == ("2021-01-01", "2021-12-31")
    # a fall's: negative
    f = _by_raw("Burglary fell by 4%, a smaller fall than last year's 9%.")["9%"]
    assert (f.value, f.role) == (-9, "change")


def test_last_years_level_stays_a_level():
    """Negative: set against a level, or a change of another unit, last year's figure is a level."""
    assert _by_raw("The detection rate was 25% this year, higher than last year's 20%.")["20%"].role == "level"
    assert _by_raw("Satisfaction rose by 2 points to 80%, higher than last year's 78%.")["78%"].role == "level"
    # (nor after another level of its unit, nor past a clause break)
    got = _by_raw("Burglary fell by 5%; satisfaction was 80%, higher than last year's 78%.")
    assert (got["78%"].value, got["78%"].role) == (78, "level")
    # (nor after a level read as a change by its comparison)
    assert _by_raw("The detection rate of 25% is higher than last year's 20%.")["20%"].role == "level"


# --------------------------------------------------------------------------
# a participle between a count and its own kind
# --------------------------------------------------------------------------

def test_a_count_with_a_participle_before_its_own_kind_takes_no_other():
    # the Isle of Man Chief Constable's report 2014-15 (Tynwald press release): the 40 are criminal damage offences
    # (it took the burglaries named before them)
    got = _by_raw("The main contributing factors were a spate of domestic burglaries, a series of 40 linked criminal "
                  "damage offences and a more rigorous interpretation of crime counting rules.")
    assert not got["40"].subject
    got = _by_raw("Robbery rose, with 45 reported thefts.")
    assert not got["45"].subject


def test_a_participle_before_a_named_kind_keeps_it():
    """Negative: "45 recorded burglaries" are burglaries."""
    assert _by_raw("In Swindon there were 45 recorded burglaries.")["45"].subject == "Residential Burglary"
