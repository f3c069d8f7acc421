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
