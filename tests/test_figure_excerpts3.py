"""Figures of short excerpts, round 3: numbers that label an item rather than count anything.
Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _raws(text: str) -> list[str]:
    return [f.value_raw for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))]


def test_a_dotted_plan_item_number_is_a_label():
    # a police annual report's performance measures ("Output 2.2 – Youth Services"); action plans
    assert _raws("Output 2.2 – Youth Services delivered 40 sessions.") == ["40"]
    assert _raws("Action 4.1 - Deliver 20 workshops.") == ["20"]
    assert _raws("Actions 1.1, 1.2 and 1.4 are complete; 3 remain.") == ["3"]
    assert _raws("KPI 3.2: 85% of calls answered.") == ["85%"]


def test_a_value_after_a_plan_word_stays_a_figure():
    # not dotted, or a unit after the number: a value, not a label
    assert _raws("Output rose to 2.5 million tonnes.") == ["2.5 million"]
    assert _raws("Output 2.5% higher than last year.") == ["2.5%"]
    assert _raws("12 arrests were made in the operation.") == ["12"]


def _subjects(text: str) -> list[tuple[str, str]]:
    return [(f.value_raw, f.subject or "")
            for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))]


def test_a_place_labelling_one_value_is_no_subject_of_the_next_labelled_value():
    # a force's sanction-detection page: the force-wide rate is no rate of the last area named
    assert _subjects("Year to date: Apr 08 to May 08 Cornwall & IOS BCU: 26.4% Plymouth BCU: 30.2% "
                     "Devon BCU: 26.4% FORCE: 27.3%") \
        == [("26.4%", "Cornwall"), ("30.2%", "Plymouth"), ("26.4%", "Devon"), ("27.3%", "")]


def test_a_place_keeps_a_second_value_without_a_label_of_its_own():
    assert _subjects("Plymouth BCU: 30.2%, up from 28.1% last year.") \
        == [("30.2%", "Plymouth"), ("28.1%", "Plymouth")]


def test_a_table_row_flattened_into_text_gives_no_figure():
    # a council's benefits service standards (years across, actual/target) and a county council's
    # budget monitoring (budget, forecast, variance): the columns are lost, the values would be wrong
    assert _raws("Fraud investigations LPI0536 54.02 35 39.56 29.9 Prosecutions and sanctions "
                 "LPI0537 3.63 3.75 5.78 4.96") == []
    assert _raws("Council tax collected LPI0541 98.78% 98.80% 98.76% 98.76% 98.57%") == []
    assert _raws("Highways & Transportation 72.9 78.1 +5.2") == []


def test_two_numbers_side_by_side_or_a_list_in_prose_stay_figures():
    assert _raws("There were 45 burglaries, 12 robberies and 3 thefts.") == ["45", "12", "3"]
    assert _raws("Telephone service 81.6 Staff in the office 85.3") == ["81.6", "85.3"]
    assert _raws("The rate fell from 12.5% to 11.9%, 0.6 points lower.") == ["12.5%", "11.9%", "0.6"]
