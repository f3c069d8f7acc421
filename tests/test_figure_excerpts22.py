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


# --------------------------------------------------------------------------
# later changes of a list sharing the first one's verb
# --------------------------------------------------------------------------

def test_changes_of_a_list_of_places_share_the_first_ones_verb():
    # Cleveland Police Authority's chairman (The Northern Echo): 16.6 and 11 are falls too (read as levels before)
    f = _by_raw("Crime was also down by 13.6 per cent in Langbaurgh, 16.6 per cent in Middlesbrough and 11 per cent "
                "in Stockton.")
    assert [(f[r].value, f[r].role) for r in ("13.6 per cent", "16.6 per cent", "11 per cent")] == \
        [(-13.6, "change"), (-16.6, "change"), (-11.0, "change")]
    # a figure of its own after the comma: its own verb, another preposition, or none
    f = _by_raw("Crime fell by 5% in Swindon, 62% in Wiltshire were satisfied.")
    assert (f["62%"].value, f["62%"].role) == (62, "level")
    f = _by_raw("Crime fell by 5% in Swindon, 62% of victims in Wiltshire.")
    assert f["62%"].value == 62 and f["62%"].role != "change"


def test_a_listed_change_before_and_a_clause_of_its_own_shares_the_verb():
    # West Yorkshire Police's Bradford district (Telegraph & Argus): house burglaries fell by 43.5 per cent too
    # (read +43.5 before: the verb of the clause after "and" was taken for the item's own)
    f = _by_raw("Robberies are down by 50 per cent, house burglaries by 43.5 per cent and thefts from vehicles have "
                "been cut by just under 40 per cent.")
    assert (f["50 per cent"].value, f["43.5 per cent"].value, f["43.5 per cent"].role) == (-50, -43.5, "change")
    # the item with a verb of its own keeps it
    f = _by_raw("Burglary fell by 12%, robbery by 8% and vehicle crime rose by 3%.")
    assert (f["8%"].value, f["3%"].value) == (-8, 3)
    # a verb of the item itself, before "and": not shared
    f = _by_raw("Burglary fell by 12%, robbery by 8% was recorded and vehicle crime by 3%.")
    assert f["8%"].value == 8


# --------------------------------------------------------------------------
# a change's size said to be small, and a fall verb
# --------------------------------------------------------------------------

def test_a_change_of_only_n_is_a_change():
    # Luton Today on Bedfordshire's PCC, 2012: "a drop of only 17 per cent" (read as a level of 17 before)
    f = _by_raw("The crime survey estimates a drop of only 17 per cent over the same period.")
    assert (f["17 per cent"].value, f["17 per cent"].role) == (-17, "change")
    f = _by_raw("Anti-social behaviour fell by only 3 per cent and burglary rose by just 2 per cent.")
    assert (f["3 per cent"].value, f["2 per cent"].value) == (-3, 2)
    # "only" before a count with no change word: a level, as before
    f = _by_raw("There were only 17 burglaries in the quarter.")
    assert (f["17"].value, f["17"].role) == (17, "level")


def test_diminished_by_is_a_fall():
    # the News & Star on Cumbria's PFCC, 2024
    f = _by_raw("Anti-social behaviour reports diminished by 6.6 per cent and are expected to decrease further with "
                "an extra £1m funding in place to tackle ASB hotspots.")
    assert (f["6.6 per cent"].value, f["6.6 per cent"].role) == (-6.6, "change")
    f = _by_raw("Staff numbers diminished to 120 by March.")
    assert (f["120"].value, f["120"].role) == (120, "level")


# --------------------------------------------------------------------------
# a financial year with a one-digit second year
# --------------------------------------------------------------------------

def test_a_year_with_a_one_digit_second_year_is_no_count():
    # Luton Today on Bedfordshire's PCC, 2012: "since 2006-7" (its 7 was a count of 7 before)
    f = _by_raw("In the past five years, police figures show a 33 per cent drop in recorded crime since 2006-7, while "
                "the crime survey estimates a drop of only 17 per cent over the same period.")
    assert set(f) == {"33 per cent", "17 per cent"}
    from extract.normalise import find_quantities
    assert [q.raw for q in find_quantities("Crime fell in 2008-9 by 5%.")] == ["5%"]
    # a number that does not follow the year is kept
    assert [q.raw for q in find_quantities("In 2019-5 incidents were recorded.")] == ["5"]


# --------------------------------------------------------------------------
# a reduction in the number of ..., and two sizes of one change noun
# --------------------------------------------------------------------------

def test_a_reduction_in_the_number_of_a_long_object_by_is_a_fall():
    # Cumbria's PFCC, end of year performance 2024/25 (read +7.8 before: nine words between "reduction" and "by")
    f = _by_raw("Cumbria roads have seen a reduction in the number of killed or seriously injured collisions by 7.8% "
                "from 268 collisions to 247.")
    assert (f["7.8%"].value, f["7.8%"].role) == (-7.8, "change")
    # a clause break in the stretch: the rise after it is its own
    f = _by_raw("There was a reduction in the number of incidents, which rose by 7.8% in the year.")
    assert f["7.8%"].value == 7.8


def test_two_sizes_of_one_change_noun_are_both_changes():
    # Cumbria's PFCC, 2025: "which saw an 11.5% and 10.9% increase respectively" (11.5% was a level before)
    f = _by_raw("Violence against the person offences increased to 8% - most of this increase came from stalking and "
                "harassment reports and violence without injury reports, which saw an 11.5% and 10.9% increase "
                "respectively.")
    assert [(f[r].value, f[r].role) for r in ("11.5%", "10.9%")] == [(11.5, "change"), (10.9, "change")]
    f = _by_raw("Burglary and robbery saw a 5% and 3% fall respectively.")
    assert (f["5%"].value, f["3%"].value) == (-5, -3)
    # a level, then a change of its own (its own article, or none before the first)
    f = _by_raw("Satisfaction was 80% and a 3% increase on last year.")
    assert (f["80%"].value, f["80%"].role) == (80, "level")
    f = _by_raw("The rate was 80% and 3% increase in calls.")
    assert f["80%"].role == "level"


# --------------------------------------------------------------------------
# "the same period in <year>"
# --------------------------------------------------------------------------

def test_the_same_period_in_a_year_is_the_stated_period_of_that_year():
    # Cumbria's PFCC, November 2025: 16,075 is of 1 April - 31 August 2024 (read as the whole of 2024 before)
    f = _by_raw("Overall crime reduced by 2.2% between 1 April 2025 and 31 August 2025 compared to the same period in "
                "2024, with 355 fewer crime reports, falling from 16,075 reports to 15,720.")
    assert (str(f["16,075"].period_start), str(f["16,075"].period_end)) == ("2024-04-01", "2024-08-31")
    assert (str(f["15,720"].period_start), str(f["15,720"].period_end)) == ("2025-04-01", "2025-08-31")
    # after a whole year, the year as read
    f = _by_raw("Crime fell by 5% in 2025 compared to the same period in 2024.")
    assert (str(f["5%"].period_start), str(f["5%"].period_end)) == ("2025-01-01", "2025-12-31")
    # a year not after "the same period": the whole year, as before
    f = _by_raw("There were 1,200 crimes between April and June 2025, compared with 1,100 in 2024.")
    assert (str(f["1,100"].period_start), str(f["1,100"].period_end)) == ("2024-01-01", "2024-12-31")


# --------------------------------------------------------------------------
# subjects: an earlier count's own, a listing aside, a "with" clause
# --------------------------------------------------------------------------

def test_a_subject_of_an_earlier_count_is_not_the_next_changes():
    # Cumbria's PCC, 2012/13 figures: the 3% is of burglaries, not of the anti-social behaviour the 290 is of
    f = _by_raw("The figures from April 2012 to the end of March 2013 detail that there have been 290 less incidents "
                "of anti-social behaviour, a 3% reduction in burglaries to 641 dwelling offences and 443 less assaults "
                "with injury.")
    assert (f["290"].subject, f["3%"].subject) == ("ASB", "Residential Burglary")
    # a place before the change, no count of its own: still the change's
    f = _by_raw("Swindon saw a 5.2% rise in burglary reports.")
    assert f["5.2%"].subject == "Swindon"


def test_kinds_listed_between_dashes_are_not_the_subject():
    # Cumbria's PFCC, 2025: neighbourhood crime is what fell (no subject of the vocabulary), never robbery
    f = _by_raw("Neighbourhood crime - vehicle offences, theft, burglary and robbery – decreased by 14%, a drop from "
                "2,306 recorded crimes to 1,972.")
    assert [f[r].subject for r in ("14%", "2,306", "1,972")] == [None, None, None]
    # the News & Star on the same: "neighbourhood crimes, including ..." (Cybercrime, the earlier figure's, before)
    f = _by_raw("Cybercrime fell by 14.5 per cent, and neighbourhood crimes, including vehicle offences, theft, "
                "burglary, and robbery, decreased by 3.2 per cent.")
    assert (f["14.5 per cent"].subject, f["3.2 per cent"].subject) == ("Cybercrime", None)
    # dashes around one label's figure: each keeps its own
    f = _by_raw("Burglary – down 5%, robbery – up 3%.")
    assert (f["5%"].subject, f["3%"].subject) == ("Residential Burglary", "Robbery")


def test_a_kind_past_with_is_not_the_figures():
    # the BBC on the Home Office's recorded crime figures, year to June 2010
    f = _by_raw("Crimes recorded by the police fell by 8% to 4.3m incidents over the year to June 2010, with large "
                "falls in car crime, criminal damage and burglary.")
    assert (f["8%"].value, f["8%"].subject) == (-8, None)
    f = _by_raw("Burglary fell by 8%, with 45 fewer burglaries.")
    assert (f["8%"].subject, f["45"].subject) == ("Residential Burglary", "Residential Burglary")
