"""Figures of short excerpts, round 9 (meeting minutes, agenda front sheets, council KPI items and
FOI answers of publishers not read before).  Expected values come from reading the excerpt; every
rule has a negative test."""
from __future__ import annotations

import pytest

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str) -> list[tuple]:
    """(value as printed, value, role, period type, start, subject, metric) of every figure of one paragraph."""
    out = []
    for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")):
        out.append((f.value_raw, f.value, f.role, f.period_type or "", str(f.period_start or ""),
                    f.subject or "", f.metric or ""))
    return out


def _raws(text: str) -> list[str]:
    return [f[0] for f in _figs(text)]


# --- no figures: phone numbers, days of a list of dates, codes, year pieces, minute numbers ---------

@pytest.mark.parametrize("text,kept", [
    # an agenda front sheet's contact line (two publishers' forms: a space or none before the bracket)
    ("If you have any queries please contact Lynsey Barr on telephone number Preston (01772) 866908 "
     "and she will be pleased to assist.", []),
    ("Contact: Sara Turnbull (01296) 382876 Clare Gray(01296) 383610 Items", []),
    # a day after a weekday, in a list of dates
    ("The Chair reminded members that two visits had been arranged on Tuesday 21 and Thursday 23 "
     "January 2025 and asked members to consider attending.", []),
    ("Sessions will run on Monday 3rd, Wednesday 5th and Friday 7th March.", []),
    # a plan reference: capitals, a point and digits
    ("Out of 17 targets, 1 target had not been achieved; ENV.03 – to achieve a combined recycling "
     "and composting rate of 43% by March 2024.", ["17", "1", "43%"]),
    # a financial year with a backslash
    ("The target had been set to increase the combined recycling rate from 36% (2022\\23) to 43% "
     "(2023\\24), requiring an increase of 2,300 tonnes.", ["36%", "43%", "2,300"]),
    # a minute's number and the minute it refers to
    ("136.1 122.5 There was discussion of the newsletter, all calls should go through the Clerk.", []),
])
def test_labels_phone_numbers_and_date_pieces_are_no_figures(text, kept):
    assert _raws(text) == kept


@pytest.mark.parametrize("text,kept", [
    ("On Saturday 12 people were arrested in the town centre.", ["12"]),          # a count after a weekday
    ("Calls fell to 01772 on Friday.", []),                                        # (a leading zero: a code, as before)
    ("The rate rose from (2022) 36.5% to 43%.", ["36.5%", "43%"]),
    ("The force answered 866908 calls (01 April to 31 March).", ["866908"]),      # no bracketed area code
    ("Recycling rose by 4.5% and KPI.2 stands at 43% (CS.4 is 2.5%).", ["4.5%", "43%", "2.5%"]),
    ("Crime fell by 12.5% and 125.2 offences a day were recorded.", ["12.5%", "125.2"]),
    ("136.1 There were 122.5 hours of patrol.", ["122.5 hours"]),
])
def test_counts_near_those_forms_stay(text, kept):
    assert _raws(text) == kept


# --- a count's own noun words, not the measure named right after the figure before ------------------

def _metric_text(text: str, raw: str) -> str:
    got = [f for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")) if f.value_raw == raw]
    assert len(got) == 1
    return got[0].metric_text or ""


def test_a_count_with_its_own_nouns_takes_no_arrest_measure_of_the_figure_before():
    text = ("Last year, police officers made 30,903 arrests in relation to a range of crimes, attended over "
            "8,000 road traffic collisions, found 5,735 missing people, and sadly attended 1,700 sudden deaths.")
    got = {f[0]: f[6] for f in _figs(text)}
    assert got["30,903"] == "arrest_volume"
    assert got["5,735"] == ""
    assert _metric_text(text, "5,735") == "missing people"
    assert _metric_text("Officers made 45 arrests and 30 charges were brought.", "30") == "charges"


@pytest.mark.parametrize("text,raw", [
    ("Officers made 45 arrests last month and 30 more this month.", "30"),      # no nouns of its own
    ("Officers made 1,234 arrests, 56 of which were for drug offences.", "56"),
])
def test_a_count_without_nouns_of_its_own_keeps_the_measure_before(text, raw):
    assert {f[0]: f[6] for f in _figs(text)}[raw] == "arrest_volume"


# --- a kind left out in brackets is no subject -------------------------------------------------------

@pytest.mark.parametrize("text,raw,subject", [
    ("Burglary rose 5% (excluding robbery) and fell 3% elsewhere.", "3%", "Residential Burglary"),
    ("Total crime (excl. fraud) rose by 4%.", "4%", ""),
    ("Total crime (not including robbery) rose by 4%.", "4%", ""),
])
def test_a_kind_left_out_in_brackets_is_no_subject(text, raw, subject):
    assert {f[0]: f[5] for f in _figs(text)}[raw] == subject


@pytest.mark.parametrize("text,raw,subject", [
    ("All CPTs have seen a decline of residential burglaries except for Chippenham 5.1% (n.6).", "5.1%", "Chippenham"),
    ("Robbery (including street robbery) rose by 4%.", "4%", "Robbery"),
])
def test_an_exception_or_an_inclusion_keeps_its_subject(text, raw, subject):
    assert {f[0]: f[5] for f in _figs(text)}[raw] == subject


# --- a rate's base, a scale explained, one target counted ----------------------------------------------

@pytest.mark.parametrize("text,kept", [
    ("This is equivalent to 7.2 violence with injury offences being recorded for every 1,000 people in "
     "the force area.", ["7.2"]),
    ("That is 45 offences for each 100,000 residents.", ["45"]),
    ("'Percentage on time' is the proportion of closed requests that were on time – 100% means all were "
     "on time, 0% means none were on time", []),
])
def test_a_rate_base_and_a_scale_explained_are_no_figures(text, kept):
    assert _raws(text) == kept


@pytest.mark.parametrize("text,kept", [
    ("For every 1,500 calls, 12 were abandoned.", ["1,500", "12"]),       # not a power of ten: a count
    ("A 5% rise means 300 more victims.", ["5%", "300"]),
    ("Performance was 100%, meaning all were on time.", ["100%"]),
])
def test_counts_and_rates_near_those_words_stay(text, kept):
    assert _raws(text) == kept


@pytest.mark.parametrize("text", [
    "Out of 17 targets, 1 Council target for Quarter 4 of 2024 had not been achieved.",
    "Out of 12 targets, 1 target was missed.",
])
def test_one_target_counted_is_a_level(text):
    assert [f[2] for f in _figs(text) if f[0] == "1"] == ["level"]


@pytest.mark.parametrize("text", [
    "The 1 day target was met in 90% of cases.",
    "A 1 target was met.",
])
def test_a_target_of_one_stays_a_target(text):
    assert [f[2] for f in _figs(text) if f[0] == "1"] == ["target"]


# --- a crime type no subject tells apart, after "an increase in" -----------------------------------------

@pytest.mark.parametrize("text,raw", [
    ("The force has seen a 52% increase in charges for sexual offences (not including rape) and a 36% "
     "increase in stalking and harassment charges.", "36%"),
    ("Burglary fell by 5% and there was a 12% rise in shoplifting.", "12%"),
    ("There has also been a 20% reduction in sexual offences and 8% reduction in violence against the "
     "person.", "8%"),
])
def test_a_change_in_a_crime_type_no_subject_tells_apart_takes_no_other_subject(text, raw):
    assert {f[0]: f[5] for f in _figs(text)}[raw] == ""


@pytest.mark.parametrize("text,raw,subject", [
    ("The force has seen a 52% increase in charges for sexual offences.", "52%", "Sexual Offences"),
    ("Burglary rose by 12%, while shoplifting was stable.", "12%", "Residential Burglary"),
])
def test_a_change_before_its_own_subject_keeps_it(text, raw, subject):
    assert {f[0]: f[5] for f in _figs(text)}[raw] == subject
