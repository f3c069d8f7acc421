"""Figures of short excerpts, session 14b (audit14-fig14 leftovers: a list of changes sharing one verb, a
webcast's timestamp).  Each quoted excerpt names its publisher; expected values come from reading it, and
every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract import normalise as N


def _vals(text: str) -> list:
    figs = figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))
    return [(f.value_raw, f.value, f.role) for f in figs]


# --------------------------------------------------------------------------
# a later item of a list of falls, "X by N%", shares the first item's verb
# --------------------------------------------------------------------------

def test_list_items_share_the_fall_of_the_first():
    """North Wales Police news, 2017: every item is a fall ("fallen by", "decreases in")."""
    text = ('"I am pleased to see that drug offences have fallen by 19.4%, burglaries of non-domestic properties, '
            'such as sheds and garages by 16.5%, while there have also been decreases in theft offences of 2.4%, '
            'household burglaries  by 1.3%.')
    assert _vals(text) == [("19.4%", -19.4, "change"), ("16.5%", -16.5, "change"),
                           ("2.4%", -2.4, "change"), ("1.3%", -1.3, "change")]


def test_a_list_item_after_a_fall_keeps_its_own_rise():
    """Negative: an item with a change word of its own keeps it; a rise listed stays a rise."""
    assert _vals("Burglary fell by 12%, while robbery increased by 8%.") == [
        ("12%", -12.0, "change"), ("8%", 8.0, "change")]
    assert _vals("Burglary rose by 12%, robbery by 8%.") == [("12%", 12.0, "change"), ("8%", 8.0, "change")]
    assert _vals("Burglary fell by 12%, with the detection rate improving by 3%.")[1] == ("3%", 3.0, "change")


# --------------------------------------------------------------------------
# a webcast's timestamp is no time measured
# --------------------------------------------------------------------------

def test_a_webcast_timestamp_is_no_figure():
    """Dorset Council (Dorset Police and Crime Panel) minutes, 2024: each item names where it starts in
    the recording."""
    assert [q.raw for q in N.find_quantities(
        "Priority Two - Make Policing More Visible and Connected (01:41:18 on recording) The number of full "
        "time equivalent police offers had increased to 1432")] == ["1432"]
    assert N.find_quantities("(at 1:02:30 of the webcast)") == []


def test_a_duration_in_clock_form_stays():
    """Negative: a time measured in clock form stays a figure."""
    assert [q.raw for q in N.find_quantities("answered in 01:41:18 on average")] == ["01:41:18"]
    assert [q.raw for q in N.find_quantities("average call time 00:05:32 on 101 calls")] == ["00:05:32"]


# --------------------------------------------------------------------------
# "respectively": each figure takes the name in the same place of the list before it
# --------------------------------------------------------------------------

def _subj(text: str) -> list:
    figs = figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))
    return [(f.value_raw, f.value, f.unit, f.subject or "") for f in figs]


def test_respectively_pairs_figures_with_names():
    """Bournemouth Echo, 2009 and 2018 (Dorset crime figures)."""
    assert _subj("Burglary and vehicle crime have risen by 4.8 per cent and 3.5 per cent respectively.") == [
        ("4.8 per cent", 4.8, "percent", "Residential Burglary"), ("3.5 per cent", 3.5, "percent", "Vehicle Crime")]
    # "violence against the person" is a crime type no subject tells apart: its 15 per cent takes none
    assert _subj("Reported robberies were up 29 per cent, while violence against the person and sexual offences "
                 "increased by 15 and 19 per cent respectively.") == [
        ("29 per cent", 29.0, "percent", "Robbery"), ("15", 15.0, "percent", ""),
        ("19 per cent", 19.0, "percent", "Sexual Offences")]


def test_respectively_with_lists_of_other_lengths_gives_no_subject():
    """Negative: three names and two figures cannot be paired: neither figure takes a name; one name before
    the list is the whole list's; "15 and 19" without "respectively" shares no unit."""
    got = _subj("Burglary, robbery and vehicle crime have risen by 4.8 per cent and 3.5 per cent respectively.")
    assert [s for *_, s in got] == ["", ""]
    got = _subj("Burglary has risen by 4.8 per cent and 3.5 per cent respectively in the two districts.")
    assert [s for *_, s in got] == ["Residential Burglary", "Residential Burglary"]
    assert [(q.raw, q.unit) for q in N.find_quantities("rose by 15 and 19 per cent")] == [
        ("15", "count"), ("19 per cent", "percent")]


# --------------------------------------------------------------------------
# a value labelled by an earlier year takes no later year's period
# --------------------------------------------------------------------------

def test_a_value_labelled_by_an_earlier_year_is_undated():
    """David Hanson MP, North Wales crime figures (2018): "(2016: 1,694 – 2017: 2,326)" -- the 1,694 is
    the earlier year's (which twelve months the text does not say), the 2,326 the stated period's."""
    figs = figures.extract(load_text("page.txt", "Performance\n\n• Sexual offences increased 37.3% in the 12 "
                                     "months ending September 2017 (2016: 1,694 – 2017: 2,326);\n"))
    got = {f.value_raw: (f.period_start, f.period_end) for f in figs}
    assert got["1,694"] == (None, None)
    assert got["2,326"] == ("2016-10-01", "2017-09-30")
    assert got["37.3%"] == ("2016-10-01", "2017-09-30")


def test_a_value_labelled_by_its_own_year_keeps_it():
    """Negative: a year label matching the figure's period keeps it; a financial year's label is a period."""
    figs = figures.extract(load_text("page.txt", "Performance\n\nBurglaries rose by 12% (2016/17: 1,694; "
                                     "2017/18: 2,326).\n"))
    assert [(f.value_raw, f.period_start) for f in figs][1:] == [("1,694", "2016-04-01"), ("2,326", "2017-04-01")]


# --------------------------------------------------------------------------
# a burglary of other buildings named after the word is no residential burglary
# --------------------------------------------------------------------------

def test_a_burglary_of_other_buildings_named_after_the_word_is_not_residential():
    """North Wales Police news, 2017 ("burglaries of non-domestic properties, such as sheds and garages");
    Leigh Observer, 2012 ("burglary in a building other than a dwelling", the Home Office's category)."""
    assert [s for *_, s in _subj('"I am pleased to see that drug offences have fallen by 19.4%, burglaries of '
                                 'non-domestic properties, such as sheds and garages by 16.5%.')] == ["", ""]
    assert [s for *_, s in _subj("Burglary in a building other than a dwelling fell from 129 to 96.")] == ["", ""]
    # and takes none carried from the sentence before
    assert [s for *_, s in _subj("Robbery rose by 4%. Burglaries of business premises fell by 12%.")] == [
        "Robbery", ""]


def test_a_burglary_of_homes_stays_residential():
    """Negative: "household burglaries by 1.3%" (North Wales Police), "burglaries of homes", "burglaries in the
    town centre" stay residential burglary."""
    assert [s for *_, s in _subj("Burglaries of homes fell by 12%.")] == ["Residential Burglary"]
    assert [s for *_, s in _subj("There were 45 burglaries in the town centre.")] == ["Residential Burglary"]
    assert [s for *_, s in _subj("Theft fell by 2.4%, household burglaries  by 1.3%.")][1] == "Residential Burglary"
