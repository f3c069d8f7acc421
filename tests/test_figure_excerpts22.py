"""Figures and checks of short excerpts, session 18 (fig18): PCC, police authority and panel texts of publishers
not read before (Cleveland, Cumbria, Dorset, Bedfordshire, Lincolnshire, Staffordshire, West Yorkshire's Bradford
district).  Each quoted excerpt names its publisher; expected values come from reading it, and every rule has a
negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract.reconcile import reconcile


def _figs(text: str, head: str = "Performance") -> list:
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _by_raw(text: str, head: str = "Performance") -> dict:
    return {f.value_raw: f for f in _figs(text, head)}


def _arith(text: str) -> list:
    return [c for c in reconcile([], [], _figs(text)) if c.check_type == "arithmetic"]


# --------------------------------------------------------------------------
# a list of changes is no difference and its two levels
# --------------------------------------------------------------------------

def test_three_changes_in_a_list_are_not_a_difference_of_two_levels():
    # Cleveland Police Authority's chairman (The Northern Echo): three counts of change, each of its own crime;
    # 125 is no 342 - 237 (two false mismatches before)
    s = ("Mr Cox said: \"It is these kinds of results which really do make a difference to people's lives, for "
         "example it means that in August this year 342 less homes were burgled than in August last year, 125 "
         "fewer vehicles were stolen and 237 less were broken into.\"")
    assert _arith(s) == []
    # a change and its two levels is still checked, whichever way it is written
    s2 = "There were 658 hate crimes compared to 619 the year before, 30 more crimes."
    assert [(c.verdict, c.table_value) for c in _arith(s2)] == [("mismatch", 39)]
    s3 = ("The drop in overall crime saw 37,212 recorded offences in Dorset between April 2013 and March 2014 "
          "compared to 39,525 the previous year, a reduction of 2,313 crimes.")   # Dorset Police, 2014
    assert [(c.verdict, c.narrative_raw) for c in _arith(s3)] == [("consistent", "2,313")]


# --------------------------------------------------------------------------
# a range whose end is written as the end of its month
# --------------------------------------------------------------------------

def test_a_range_to_the_end_of_a_month_is_the_whole_range():
    # Cumbria's PCC, crime figures for 2012/13 (reposted): the year April 2012 - March 2013, not March 2013 alone
    f = _by_raw("The figures from April 2012 to the end of March 2013 detail that there have been 290 less "
                "incidents of anti-social behaviour, a 3% reduction in burglaries to 641 dwelling offences and 443 "
                "less assaults with injury.")
    for raw in ("290", "3%", "641", "443"):
        assert (f[raw].period_type, str(f[raw].period_start), str(f[raw].period_end)) == \
            ("financial_year", "2012-04-01", "2013-03-31"), raw
    f = _by_raw("Crime fell by 5% between April and the end of June 2012.")
    assert (str(f["5%"].period_start), str(f["5%"].period_end)) == ("2012-04-01", "2012-06-30")
    # the end of a month alone, no range: that month, as before
    f = _by_raw("Crime had fallen by 5% by the end of March 2013 and by 4% in June 2013.")
    assert (str(f["4%"].period_start), str(f["4%"].period_end)) == ("2013-06-01", "2013-06-30")


def test_parse_period_of_a_range_to_the_end_of_a_month():
    from extract.normalise.periods import parse_period
    p = parse_period("from April 2012 to the end of March 2013")
    assert (p.period_type, str(p.start), str(p.end)) == ("financial_year", "2012-04-01", "2013-03-31")
    p = parse_period("to the end of December 2021")
    assert (p.period_type, str(p.start), str(p.end)) == ("month", "2021-12-01", "2021-12-31")
