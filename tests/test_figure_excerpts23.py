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
