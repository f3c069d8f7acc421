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


# --------------------------------------------------------------------------
# an aside listing what the object holds, between the verb and "by"
# --------------------------------------------------------------------------

def test_a_change_with_an_aside_in_its_object_keeps_its_verb_sign():
    # Gloucestershire Police and Crime Panel minutes, 25 March 2022
    f = _by_raw("This was helping to reduce neighbourhood crime (street robbery, house burglaries and vehicle crime) "
                "by 44% with overall anti-social behaviour down by 38%.")
    assert (f["44%"].value, f["44%"].role) == (-44, "change")
    assert f["44%"].subject != "Vehicle Crime"      # a kind the bracket lists is part of what fell
    assert (f["38%"].value, f["38%"].subject) == (-38, "ASB")
    # the Northamptonshire Telegraph on Northamptonshire Police Authority's targets
    f = _by_raw("It is also set to miss a target to reduce serious acquisitive crime, including robbery, burglary "
                "and car crime by 10 per cent this year.")
    assert (f["10 per cent"].value, f["10 per cent"].role) == (-10, "target")
    assert f["10 per cent"].subject != "Residential Burglary"


def test_an_aside_with_a_figure_or_no_verb_signs_nothing():
    q = find_quantities("44%")[0]
    # a figure in the bracket: no aside of the object
    assert apply_sign(q, "helping to reduce neighbourhood crime (12 offences last year) by ").value == 44
    # no change verb before the aside
    assert apply_sign(q, "neighbourhood crime (street robbery, house burglaries and vehicle crime) by ").value == 44
    assert apply_sign(q, "helping to increase detections (street robbery and burglary) by ").value == 44
    assert apply_sign(q, "helping to cut detections (street robbery and burglary) by ").value == -44


# --------------------------------------------------------------------------
# a target's gerund after "of", and what a target calls for
# --------------------------------------------------------------------------

def test_a_target_of_reducing_is_a_target():
    # South Wales Argus on Gwent Police's targets
    f = _by_raw("GWENT Police has set itself a new target of reducing crime by 23 per cent by the end of March "
                "2005.")
    assert (f["23 per cent"].value, f["23 per cent"].role) == (-23, "target")
    f = _by_raw("In 1999, Gwent Police set itself a target of cutting crime by 40 per cent over the next four years.")
    assert (f["40 per cent"].value, f["40 per cent"].role) == (-40, "target")
    # a Home Office minister's written answer (Hansard, 19 September 2003)
    f = _by_raw("We have already made significant progress towards meeting our target of reducing domestic "
                "burglary by 25 per cent. between 1999 and 2005.")
    assert (f["25 per cent"].value, f["25 per cent"].role) == (-25, "target")


def test_a_change_made_after_a_target_of_reducing_stays_a_change():
    f = _by_raw("The target of reducing burglary was met, with burglary reduced by 12 per cent.")
    assert (f["12 per cent"].value, f["12 per cent"].role) == (-12, "change")
    f = _by_raw("Having reduced crime by almost 22 per cent, the force met its target.")
    assert f["22 per cent"].role == "change"


def test_what_a_target_calls_for_is_a_target():
    # The Argus on Sussex Police's targets
    f = _by_raw("The new target calls for a five-per-cent cut next year. Last year there was a one-per-cent rise "
                "throughout the county.")
    assert (f["five-per-cent"].value, f["five-per-cent"].role) == (-5, "target")
    assert (f["one-per-cent"].value, f["one-per-cent"].role) == (1, "change")
    f = _by_raw("The new target means an eight-per-cent reduction next year, a tall order when the force has already "
                "reduced break-ins by eight per cent during the last 12 months.")
    assert (f["eight-per-cent"].value, f["eight-per-cent"].role) == (-8, "target")
    assert (f["eight per cent"].value, f["eight per cent"].role) == (-8, "change")
    # the Home Office's memorandum to the Home Affairs Committee, 2005
    f = _by_raw("Instead of a range of crime-specific targets, we have set a single all-embracing goal which seeks to "
                "secure a 15% reduction in overall crime by 2007-08 and more in high crime areas.")
    assert (f["15%"].value, f["15%"].role) == (-15, "target")


def test_a_change_after_other_words_of_a_target_stays_a_change():
    f = _by_raw("The target means a lot of work: a 5% reduction was made.")
    assert (f["5%"].value, f["5%"].role) == (-5, "change")


# --------------------------------------------------------------------------
# an approximation after an aim's "by"; the next fall aimed at by ellipsis
# --------------------------------------------------------------------------

def test_an_aim_with_an_approximation_and_its_next_fall():
    # South Wales Argus on Gwent Police's targets
    f = _by_raw("Mr Turner said the aim was to reduce crime by just over 13 per cent by March 2004, and by almost 11 "
                "per cent in the next financial year.")
    assert (f["13 per cent"].value, f["13 per cent"].role) == (-13, "target")
    assert (f["11 per cent"].value, f["11 per cent"].role) == (-11, "target")


def test_a_change_made_after_an_aim_keeps_its_own_sign():
    f = _by_raw("The target was to reduce crime by 5 per cent by March, and it rose by 2 per cent.")
    assert (f["5 per cent"].value, f["5 per cent"].role) == (-5, "target")
    assert (f["2 per cent"].value, f["2 per cent"].role) == (2, "change")
    f = _by_raw("The target is to reduce burglary by 10% this year and 12% was achieved.")
    assert f["12%"].role != "target"
    f = _by_raw("Crime fell by 6% by March, and by almost 5% in the next year.")
    assert (f["5%"].value, f["5%"].role) == (-5, "change")
