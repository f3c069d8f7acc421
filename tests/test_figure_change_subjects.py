"""The subject of a change is the crime type its own phrase names ("a 26% (285) fall in fraud", "gun crime has
risen by 11"), never the one of the clause before; a crime type the vocabulary does not tell apart gives no
subject rather than a carried one.  Expected values come from reading the excerpts."""
from __future__ import annotations

import pytest

from extract.extractors import figures
from extract.loaders import load_text


def _subjects(text: str) -> dict:
    return {f.value_raw: f.subject or "" for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))}


# Heart (Bedford), "Crime Falls In Bedfordshire"
_HEART = ("The performance report also showed a 7% reduction in criminal damage (477 fewer incidents); a drop in "
          "sexual offences of 14% (59 fewer crimes) and a 26% (285) fall in fraud and forgery offences.")
# Police Life (South Yorkshire Police performance report)
_POLICE_LIFE = ("Knife crime rates have also fallen by 15 per cent on the previous year, though gun crime has risen "
                "by 11 offences.")


def test_a_change_past_a_bracket_takes_the_crime_type_it_is_in():
    s = _subjects(_HEART)
    assert s["14%"] == "Sexual Offences" and s["59"] == "Sexual Offences"   # the clause's own
    assert s["26%"] == "" and s["285"] == ""   # fraud and forgery: no subject, never Sexual Offences


def test_gun_crime_is_a_crime_type_of_its_own():
    s = _subjects(_POLICE_LIFE)
    assert s["15 per cent"] == "Knife Crime"
    assert s["11"] == ""


@pytest.mark.parametrize("text,raw,subject", [
    # a crime type no subject tells apart after "a ... fall in", past a bracket, is the change's own
    ("Sexual offences fell, with a 26% (285) fall in theft.", "285", ""),
    ("Sexual offences fell, with a 26% (285) fall in theft.", "26%", ""),
    ("There were 120 firearms offences, after knife crime fell by 10%.", "120", ""),
    # negatives: a bracket that is an aside keeps its own reading; the subject before stays when none follows
    ("Sexual offences fell by 14% (59 fewer crimes).", "59", "Sexual Offences"),
    ("Knife crime has risen by 11 offences.", "11", "Knife Crime"),
])
def test_the_change_phrase_names_the_subject(text, raw, subject):
    assert _subjects(text)[raw] == subject
