"""Figures of short excerpts, session 17 second round (fig17b): wrong records of audit17-fig17.  Each quoted
excerpt names its publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract.normalise import apply_sign, find_quantities


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _by_raw(text: str) -> dict:
    return {f.value_raw: f for f in _figs(text)}


# --------------------------------------------------------------------------
# "plummeted by": a fall
# --------------------------------------------------------------------------

def test_plummeted_by_is_a_fall():
    # Durham PCC's annual report in the Newton News, 2023
    f = _by_raw("It shows in the 12 months to 31 March 2023 ASB incidents plummeted by 30 per cent – the "
                "equivalent of 6,000 fewer offences – while residential burglary rates reduced by 3.3 per cent.")
    assert (f["30 per cent"].value, f["30 per cent"].role, f["30 per cent"].subject) == (-30, "change", "ASB")
    assert f["3.3 per cent"].value == -3.3
    # the EADT on Suffolk Constabulary (Ipswich)
    f = _by_raw("A STRONG bond forged between the community, police and local authorities has led to "
                "anti-social behaviour plummeting by nearly 40 per cent in four years.")
    assert (f["40 per cent"].value, f["40 per cent"].role) == (-40, "change")


def test_plummet_words_sign_alone():
    q = find_quantities("30 per cent")[0]
    assert apply_sign(q, "ASB incidents plummeted by ").value == -30
    assert apply_sign(q, "ASB incidents plummets ").value == -30
    # no fall word: unsigned, as before
    assert apply_sign(q, "ASB incidents were ").value == 30
    assert apply_sign(q, "ASB incidents rose by ").value == 30


# --------------------------------------------------------------------------
# a burglary of other buildings named alone takes no residential burglary
# --------------------------------------------------------------------------

def test_non_dwellings_named_alone_take_no_burglary_subject():
    # the Halesowen News on West Mercia, 2019 (ONS figures)
    f = _by_raw("Burglaries of dwellings have fallen six per cent, and of non-dwellings by seven per cent, putting "
                "the region ahead of the three per cent national trend for the year ending March 2019, according "
                "to ONS data.")
    assert (f["six per cent"].value, f["six per cent"].subject) == (-6, "Residential Burglary")
    assert f["seven per cent"].value == -7
    assert f["seven per cent"].subject != "Residential Burglary"
    # the Falmouth Packet on Devon and Cornwall Police, 2016
    f = _by_raw("Victim based reported crimes fell 5.2 per cent with further reductions in burglary dwelling, by "
                "14.9 per cent, and burglary non-dwelling, by 11.5 per cent; plus vehicle offences dropped 10.1 per "
                "cent.")
    assert f["11.5 per cent"].subject != "Residential Burglary"
    assert f["14.9 per cent"].subject == "Residential Burglary"


def test_dwelling_burglary_keeps_its_subject():
    f = _by_raw("Burglaries of dwellings have fallen by six per cent this year.")
    assert f["six per cent"].subject == "Residential Burglary"
