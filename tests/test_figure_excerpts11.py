"""Figures of short excerpts, session 11 (the lead's reading of the new agenda and FOI texts).
Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

import pytest

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str) -> list:
    return figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))


@pytest.mark.parametrize("text", [
    # a venue's address: a building, floor, block or suite number (meeting front sheets)
    "Tuesday 31st July 2018 at 2 p.m. Filby Room, Building 1, Norfolk Constabulary, Jubilee House.",
    "Venue: Meeting Room 3, Floor 2, Civic Centre.",
    "Held at Suite 5, Block 4, Riverside Business Park.",
])
def test_a_venue_address_number_is_no_figure(text):
    assert [f.value_raw for f in _figs(text)] == []


def test_building_as_a_verb_keeps_its_count():
    assert [f.value_raw for f in _figs("We are building 3 new police stations this year.")] == ["3"]


def test_a_count_after_a_month_range_is_no_day_and_no_year():
    """"April to June 37" (an FOI answer's quarter row): 37 is no day of June (a day is 1-31) and no
    year 2037."""
    figs = _figs("In the quarter April to June 37 people were arrested for drink driving.")
    assert [(f.value_raw, f.period_end) for f in figs] == [("37", None)]
    # a real day after a month is still a date, not a count
    assert [f.value_raw for f in _figs("On June 30 the force had 1,200 officers.")] == ["1,200"]
