"""Figures of short excerpts, round 6: a span "since" an event carried to the sentence that goes
on about it, a sentence ending on a unit letter after a figure, a table cell that is a sentence
of prose.  Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str) -> list[tuple]:
    """(value as printed, role, period type, start, end, inherited) of every figure of one paragraph."""
    out = []
    for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")):
        out.append((f.value_raw, f.role, f.period_type or "", str(f.period_start or ""),
                    str(f.period_end or ""), f.period_inherited))
    return out


# --- a span "since" a date, carried to the next sentence going on about it --------------------------

def test_a_sentence_pointing_back_takes_the_span_since():
    got = _figs("Officer numbers have risen by 1,200 since the Commissioner's election in May 2021. "
                "This is 12% higher than planned.")
    assert got == [("1,200", "change", "other", "2021-05-01", "", 0),
                   ("12%", "change", "other", "2021-05-01", "", 1)]
    got = _figs("Anti-social behaviour has fallen by 20% since March 2020. That is a reduction of 1,500 incidents.")
    assert got[1] == ("1,500", "change", "other", "2020-03-01", "", 1)


def test_the_span_since_is_not_carried_further_or_over_a_period_of_its_own():
    # the next sentence is about something else (no word pointing back)
    got = _figs("Officer numbers have risen by 1,200 since May 2021. Arrests rose by 12%.")
    assert got[1] == ("12%", "change", "", "", "", 0)
    # a sentence between them
    got = _figs("Officer numbers have risen by 1,200 since May 2021. There were no other changes. "
                "This is 12% higher.")
    assert got[1] == ("12%", "change", "", "", "", 0)
    # the sentence has a period of its own (a comparison base)
    got = _figs("Officer numbers have risen by 1,200 since May 2021. This is 3% higher than in 2019.")
    assert got[1][2:4] != ("other", "2021-05-01")
    # a level is a point, never a span
    got = _figs("Officer numbers have risen by 1,200 since May 2021. This brings the total to 3,400 officers.")
    assert got[1] == ("3,400", "level", "", "", "", 0)
    # "this year" is no word pointing back to the sentence before
    got = _figs("Officer numbers have risen by 1,200 since May 2021. This year they rose by 5%.")
    assert got[1][3] != "2021-05-01"


# --- a sentence ending on a figure's unit letter ------------------------------------------------

def test_a_sentence_ending_on_a_unit_letter_ends_there():
    from extract.nlp import sentences
    # a council cabinet's minutes (Enfield), resolutions as numbered paragraphs; a panel's budget
    # report writes "£1.2m." the same way
    assert sentences("That since 2010, the Council had saved £161m. Members noted the challenges for "
                     "2018/19 as detailed in paragraph 1.3 of the report.") \
        == ["That since 2010, the Council had saved £161m.",
            "Members noted the challenges for 2018/19 as detailed in paragraph 1.3 of the report."]
    assert sentences("The overspend is £1.2m. The Panel asked why.") == ["The overspend is £1.2m.", "The Panel asked why."]
    got = _figs("That since 2010, the Council had saved £161m. Members noted the challenges for 2018/19.")
    assert [g[0] for g in got] == ["£161m"]


def test_a_letter_and_a_stop_not_glued_to_a_figure_ends_no_sentence():
    from extract.nlp import sentences
    assert sentences("The overspend is £1.2m. members asked why.") == ["The overspend is £1.2m. members asked why."]
    assert sentences("See Appendix A. Members asked why.") == ["See Appendix A. Members asked why."]
    assert sentences("The meeting starts at 5 p.m. Members should arrive early.") \
        == ["The meeting starts at 5 p.m. Members should arrive early."]
