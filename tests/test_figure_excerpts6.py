"""Figures of short excerpts, round 6: a span "since" an event carried to the sentence that goes
on about it, a sentence ending on a unit letter after a figure, a table cell that is a sentence
of prose.  Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

import sys
from pathlib import Path

from extract.extractors import figures
from extract.loaders import load_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from handmade import make_doc  # noqa: E402  (hand-built documents)


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


# --- a table cell that is a sentence of prose --------------------------------------------------

_SAVINGS = """Savings

| Saving | Amount | Commentary |
|---|---|---|
| Agency staff | 1.2 | Year to date spend shows a reduction of 12% on agency staff compared to the same period last year. |
| Productivity | 0.8 | Currently at 25% improvement |
| Homecare | 2.0 | 2.0 |
| Rephasing | -6.0 | -£6.0m rephasing reflects budget rephased to future years to fund the programme. |
"""


def test_a_prose_cell_of_a_table_is_read_as_narrative():
    # a council's finance monitoring (Kent: savings commentary, a capital table's reasons), read as
    # its loaders keep them: one cell of a row
    got = [(f.value_raw, f.value, f.role) for f in figures.extract(load_text("page.md", _SAVINGS))]
    assert got == [("12%", -12.0, "change"), ("-£6.0m", -6.0e6, "change")]


def test_no_numeric_cell_label_or_fragment_is_read():
    got = {f.sentence for f in figures.extract(load_text("page.md", _SAVINGS))}
    # the value columns, and a note of four words without a full stop, stay the table's
    assert not any(s in got for s in ("1.2", "0.8", "2.0", "-6.0", "Currently at 25% improvement"))
    from extract.extractors.figures.cells import is_prose
    assert is_prose("Productivity has continued to improve when compared to last year's baseline "
                    "(currently at 25% improvement).")
    assert not is_prose("Highways & Transportation divisional management costs 2024-25 Libraries.")   # few small words
    assert not is_prose("appeals, which are possibly due to the use of 12 virtual")   # a piece cut by a row
    assert not is_prose("24-25 24-25 24-25 24-25 24-25 24-25 24-25 24-25 24-25.")
    # a bracket closed that the cell never opened: a piece of the column beside it ("(>£10m)" a risk band)
    assert not is_prose("£10m) The Council must ensure that the Medium Term Financial Plan includes robust "
                        "estimates for spending pressures.")


# --- a KPI's number is its label; "p.p." is percentage points ---------------------------------------

def test_a_kpi_number_is_a_label_and_pp_with_stops_is_points():
    from extract.normalise import find_quantities
    # a council's KPI table (Kent), a PCC's performance framework ("KPI 3", "Indicator 12")
    got = [(q.raw, q.value, q.unit) for q in find_quantities(
        "KPI 7: % of employees who are satisfied with the total employment offer 56% (+0.1p.p.)")]
    assert got == [("56%", 56.0, "percent"), ("+0.1p.p.", 0.1, "percentage_points")]
    assert [q.raw for q in find_quantities("Indicator 12 rose by 1.2 p.p. to 40%.")] == ["1.2 p.p.", "40%"]


def test_a_kpi_word_before_a_percent_and_pence_stay_figures():
    from extract.normalise import find_quantities
    assert [(q.raw, q.unit) for q in find_quantities("The KPI 85% was met.")] == [("85%", "percent")]
    assert [(q.raw, q.value, q.unit) for q in find_quantities("Each ticket costs 50p. Pupils pay 20p.")] \
        == [("50p", 0.5, "gbp"), ("20p", 0.2, "gbp")]


# --- "50+" is a bound -----------------------------------------------------------------------------

def test_a_plus_after_a_number_is_a_lower_bound():
    # a PCC's highlight report and a panel's agenda pack (Wiltshire), a council's KPI notes: 50 or more
    assert _figs("Increased CCC recruiting. 50+ additional personnel by January 2024 to fill staff gaps.") == []
    assert _figs("Recruitment to the CCC continues, with 50+ extra staff expected by January 2024.") == []


def test_a_plus_in_a_target_a_time_limit_or_a_sum_stays():
    assert [g[:2] for g in _figs("The target is 50+ officers.")] == [("50", "target")]
    assert [g[:2] for g in _figs("It takes 28+ days.")] == [("28", "level")]
    assert [g[0] for g in _figs("There were 45 robberies and 5+5 arrests.")][:1] == ["45"]


# --- a line cut off is no period statement ------------------------------------------------------

def _periods_after(line: str) -> list[tuple]:
    doc = make_doc("The forecast overspend is £5.2m.", kind="paragraph", period_line=line)
    return [(f.value_raw, f.period_type or "", str(f.period_start or "")) for f in figures.extract(doc)]


def test_a_cut_off_line_starting_with_a_year_sets_no_period():
    # a council's finance monitoring (Kent): a savings table's label wrapped into a line of its own set
    # 2022-23 as the period of every figure after it, in a 2024-25 report
    assert _periods_after("2022-23 Slipped Savings - review of all") == [("£5.2m", "", "")]


def test_a_whole_period_line_still_sets_the_period():
    assert _periods_after("October – December 2023") == [("£5.2m", "quarter", "2023-10-01")]
    assert _periods_after("Kent Pay Scheme 2025-26") == [("£5.2m", "financial_year", "2025-04-01")]


# --- the value a measure rose from is of that measure; a range "ranged from" ------------------------

def _metrics(text: str) -> list[tuple[str, str]]:
    return [(f.value_raw, f.metric_text or "") for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))]


def test_the_value_a_measure_rose_from_is_of_that_measure():
    # a force's figures in a local paper (Essex), a PCC's performance report ("7.1% compared with 6.5%")
    got = _metrics("The sanctioned detection rate rose to 32.8 per cent, up from 27.7 per cent and the number "
                   "of arrests rose to 24,038.")
    assert got[:2] == [("32.8 per cent", "sanctioned detection rate"), ("27.7 per cent", "sanctioned detection rate")]
    assert _metrics("The arrest rate was 7.1% compared with 6.5% and the positive outcome rate was 12%.") \
        == [("7.1%", "arrest rate"), ("6.5%", "arrest rate"), ("12%", "positive outcome rate")]


def test_a_value_with_its_own_noun_or_another_unit_keeps_its_own_measure():
    assert _metrics("Arrests rose to 300, up from 250 burglaries.")[1] == ("250", "burglaries")
    assert _metrics("The arrest rate rose to 7.1%, up from 250 arrests.")[1][1] != "arrest rate"


def test_a_range_after_ranged_from_states_its_unit_once():
    from extract.normalise import find_quantities
    # panel minutes (Kent: "accuracy ranged from 60 – 80%"), as "between 60 - 80%" was
    assert [(q.raw, q.unit) for q in find_quantities("accuracy ranged from 60 – 80%.")] \
        == [("60", "percent"), ("80%", "percent")]
    # a spaced dash without them stays two figures ("2,770 - 2.9%": two cells)
    assert [(q.raw, q.unit) for q in find_quantities("rose from 2,770 - 2.9%")] == [("2,770", "count"), ("2.9%", "percent")]
