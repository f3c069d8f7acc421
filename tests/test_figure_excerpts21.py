"""Figures of short excerpts, session 17 third round (fig17c): wrong signs left by fig17 and fig17b.  Each quoted
excerpt names its publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract.normalise import apply_sign, find_quantities


def _by_raw(text: str, head: str = "Performance") -> dict:
    return {f.value_raw: f for f in figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))}


# --------------------------------------------------------------------------
# a fall or rise verb, the place it happened in, then "by"
# --------------------------------------------------------------------------

def test_a_fall_verb_then_a_place_then_by_is_a_fall():
    # the Yorkshire Post on Humberside Police Authority, 2011
    f = _by_raw("Performance figures show that overall crime fell across the force area by 6.1 per cent between "
                "April, 2010, and February this year compared to the same period in 2009/10.")
    assert (f["6.1 per cent"].value, f["6.1 per cent"].role) == (-6.1, "change")
    # KCC (Kent County Council): a rise verb, a place, then "by" (read so before)
    f = _by_raw("Fly tipping in Kent was reported to have increased in Kent and Medway by 10% with 27,000 "
                "incidents.")
    assert f["10%"].value == 10


def test_verb_place_by_sign_alone():
    q = find_quantities("6.1 per cent")[0]
    assert apply_sign(q, "overall crime fell across the force area by ").value == -6.1
    assert apply_sign(q, "burglary dropped in the north of the county by ").value == -6.1
    assert apply_sign(q, "crime rose within the city by ").value == 6.1
    # no place phrase, or a clause break before "by": unsigned, as before
    assert apply_sign(q, "crime fell to its lowest level by ").value == 6.1
    assert apply_sign(q, "crime fell in Swindon and burglary by ").value == 6.1
    assert apply_sign(q, "crime fell in Swindon while violence rose by ").value == 6.1
