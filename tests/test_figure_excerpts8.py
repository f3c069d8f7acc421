"""Figures and periods of short excerpts, round 8 (PCC and panel performance texts of publishers not
read before).  Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

import pytest

from extract import normalise as N
from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str) -> list[tuple]:
    """(value as printed, value, role, period type, start, end, subject) of every figure of one paragraph."""
    out = []
    for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")):
        out.append((f.value_raw, f.value, f.role, f.period_type or "", str(f.period_start or ""),
                    str(f.period_end or ""), f.subject or ""))
    return out


def _one(text: str, raw: str) -> tuple:
    got = [f for f in _figs(text) if f[0] == raw]
    assert len(got) == 1, _figs(text)
    return got[0]


# --- a day after a month name: "today (June 28)", "April 01 2012" -------------------------------------

@pytest.mark.parametrize("text,raw", [
    ("The Commissioner said today (June 28) that 92% of people feel safe.", "92%"),
    ("Total recorded crime fell in 2013 (April 01 2012 to March 31 2013) with 8,000 fewer offences.", "8,000"),
    ("Crime fell by 4 per cent between July 01 2012 to June 30 2013 with 2,678 fewer offences.", "2,678"),
])
def test_a_day_after_today_or_before_a_year_is_no_month_of_a_two_digit_year(text, raw):
    f = _one(text, raw)
    assert not f[4].startswith(("2001", "2028")), f


def test_a_range_of_days_with_years_still_dates_the_figure():
    f = _one("Total recorded crime fell by 11 per cent in 2012/13 (April 01 2012 to March 31 2013) "
             "with 8,000 fewer offences.", "8,000")
    assert (f[1], f[2], f[3], f[4], f[5]) == (-8000, "change", "financial_year", "2012-04-01", "2013-03-31")


@pytest.mark.parametrize("text,raw,start", [
    ("Crime fell 4% (June 19).", "4%", "2019-06-01"),         # no "today" before: a chart's month and year
    ("Crime in Jun 19 was 4,000.", "4,000", "2019-06-01"),
    ("Crime in June 2019 was 4,000.", "4,000", "2019-06-01"),
])
def test_a_month_and_two_digit_year_without_a_day_cue_stays_a_month(text, raw, start):
    assert _one(text, raw)[4] == start


def test_the_day_test_reads_the_whole_text():
    t = "has today (June 28) published"
    assert N.day_after_month_at(t, t.index("June"))
    t = "fell (April 01 2012 to March 31 2013)"
    assert N.day_after_month_at(t, t.index("April"))
    t = "in Jun 19 was"
    assert not N.day_after_month_at(t, t.index("Jun"))
    t = "today was June 2019"   # four digits: a year, whatever is before
    assert not N.day_after_month_at(t, t.index("June"))


# --- "solved crime rate" is a solved rate, never a crime rate --------------------------------------------

def _metric(text: str, raw: str) -> str:
    got = [f for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")) if f.value_raw == raw]
    assert len(got) == 1
    return got[0].metric or ""


@pytest.mark.parametrize("text,raw", [
    ("Solved crime rate ending Q2 20.6%, lower than the previous quarter and this time last year.", "20.6%"),
    ("The solved crime rate up 50% compared to the end of last year.", "50%"),
    ("Solved crime rates up 12.4% on the previous year.", "12.4%"),
])
def test_a_solved_crime_rate_is_a_solved_rate(text, raw):
    assert _metric(text, raw) == "solved_rate"


@pytest.mark.parametrize("text,raw", [
    ("The crime rate was 62.1 crimes per 1,000 population.", "62.1"),
    ("The crime rate rose by 5% on the year.", "5%"),
])
def test_a_crime_rate_stays_a_crime_rate(text, raw):
    assert _metric(text, raw) == "crime_rate"


# --- signs: a spaced dash after "falling ... at", a colon after the fall word, a word of praise ---------------

@pytest.mark.parametrize("text,raw,value", [
    ("Burglary was falling in the year at – 5.2 per cent compared with last year.", "5.2 per cent", -5.2),
    ("Overall crime was falling at - 3.1% on the previous year.", "3.1%", -3.1),
    ("The number of crimes solved also fell: by 7.5% (1,790 fewer solved outcomes to 22,040).", "7.5%", -7.5),
    ("During 2013-14 crime fell, anti-social behaviour reduced by an impressive 29.4% and the "
     "detection rate stood at 37%.", "29.4%", -29.4),
    ("Vehicle crime saw a dramatic reduction: down by a remarkable 12% on the year.", "12%", -12),
])
def test_a_fall_is_signed_through_a_dash_a_colon_or_praise(text, raw, value):
    f = _one(text, raw)
    assert (f[1], f[2]) == (value, "change")


@pytest.mark.parametrize("text,raw,value,role", [
    ("The rate stood at – 5.2 per cent.", "5.2 per cent", 5.2, "level"),      # no fall or rise: no sign
    ("Crime was falling. Burglary stood at – 5.2 per cent.", "5.2 per cent", 5.2, "level"),  # another sentence
    ("Crime was falling at 5.2 per cent of all incidents.", "5.2 per cent", 5.2, "share"),   # no dash
    ("During 2013-14 the detection rate stood at 37%.", "37%", 37, "level"),
])
def test_no_sign_without_the_fall_word_in_the_clause(text, raw, value, role):
    f = _one(text, raw)
    assert (f[1], f[2]) == (value, role)


# --- "Serious Acquisitive Crime" is a subject of its own ------------------------------------------------------

@pytest.mark.parametrize("text,raw,subject", [
    ("Serious acquisitive crime fell by 10.3% (795 offences) in the first nine months of the year.", "10.3%",
     "Serious Acquisitive Crime"),
    ("Burglary, robbery and vehicle crime, known as serious acquisitive crime, fell by 8%.", "8%",
     "Serious Acquisitive Crime"),
    ("Serious Acquisitive Crime is down 12%, with burglary down 20%.", "12%", "Serious Acquisitive Crime"),
    ("Serious Acquisitive Crime is down 12%, with burglary down 20%.", "20%", "Residential Burglary"),
    ("Burglary fell 5%. Serious Acquisitive Crime fell 8%.", "5%", "Residential Burglary"),
])
def test_serious_acquisitive_crime_is_a_subject(text, raw, subject):
    assert _one(text, raw)[6] == subject


def test_acquisitive_crime_without_serious_names_no_subject():
    assert _one("Violent crime fell 4% and acquisitive crime fell 3%.", "3%")[6] == ""


# --- a bracket after a change and its noun restates the change ------------------------------------------------

@pytest.mark.parametrize("text,raw,value", [
    ("SAC recorded a -10.3% drop (795 offences) in the first nine months.", "795", -795),
    ("Burglary recorded a 5% increase (120 more offences) this year.", "120", 120),
])
def test_a_count_in_brackets_after_a_change_and_its_noun_is_the_change(text, raw, value):
    f = _one(text, raw)
    assert (f[1], f[2]) == (value, "change")


@pytest.mark.parametrize("text,raw", [
    ("Burglary recorded a 5% increase (to 1,200 offences) this year.", "1,200"),   # "to": the level reached
    ("Burglary recorded a 5% drop (2023: 1,200).", "1,200"),                      # the year before's level
])
def test_a_level_in_brackets_after_a_change_stays_a_level(text, raw):
    assert _one(text, raw)[2] == "level"


# --- a rate in brackets after a percentage-point change is the base's rate, not the change -------------------

_CONFIDENCE = ("Confidence was at 75.0% for the 12 months to December 2022. This is down by 5.1 percentage "
               "points compared to the 12 months to December 2021 (80.1%), but up by 10.3 percentage points "
               "compared to the 12 months to December 2019 (64.7%).")


@pytest.mark.parametrize("raw,want", [
    ("80.1%", (80.1, "level", "rolling_12_months", "2021-01-01", "2021-12-31")),
    ("64.7%", (64.7, "level", "rolling_12_months", "2019-01-01", "2019-12-31")),
    ("5.1 percentage points", (-5.1, "change", "change_12_months", "2022-01-01", "2022-12-31")),
    # (against 2019, stated for the 12 months to December 2022: not the year after its base)
    ("10.3 percentage points", (10.3, "change", "change_12_months", "2022-01-01", "2022-12-31")),
])
def test_a_rate_in_brackets_after_a_points_change_is_its_base(raw, want):
    assert _one(_CONFIDENCE, raw)[1:6] == want


@pytest.mark.parametrize("text,raw,want", [
    # a count in brackets after a base period: the current count or the base's, it does not say
    ("Burglary rose by 5% compared to the 12 months to March 2022 (1,200 offences).", "1,200",
     (1200, "level", "", "", "")),
    # a percent change restated in brackets stays the change
    ("Crime fell by 3 percentage points (3 pp) this year.", "3 pp", (-3, "change")),
    # a base period with no points change before
    ("Crime rose 4% compared to the 12 months to March 2022 (5.0%).", "5.0%", None),
])
def test_no_base_rate_without_a_points_change(text, raw, want):
    f = _one(text, raw)
    if want is None:
        assert f[4] != "2021-04-01", f
    else:
        assert f[1:1 + len(want)] == want


# --- "the Crime Survey for England and Wales" names a survey, not the national comparison ---------------------

@pytest.mark.parametrize("text,raw", [
    ("According to the Crime Survey for England and Wales, Hertfordshire Constabulary is first in the "
     "country, at 83.9 per cent, for police doing a good or excellent job.", "83.9 per cent"),
    ("Findings from the Crime Survey for England and Wales show 23 per cent of respondents in the area "
     "have experienced or witnessed ASB.", "23 per cent"),
])
def test_a_survey_named_for_england_and_wales_is_no_national_subject(text, raw):
    assert _one(text, raw)[6] != "National"


@pytest.mark.parametrize("text,raw", [
    ("Crime in England and Wales rose by 5%.", "5%"),
    ("The rate in England and Wales was 29 per cent.", "29 per cent"),
])
def test_england_and_wales_itself_stays_national(text, raw):
    assert _one(text, raw)[6] == "National"


# --- the items of a list in one sentence: "(c) ..." takes no earlier item's subject or period ----------------

_LIST = ("The Panel noted:\n(a) burglary fell by 5% in 2023;\n(b) robbery rose by 3% in 2023;\n"
         "(c) 45 arrests were made;\n(d) 12 knives were seized.")


@pytest.mark.parametrize("raw,want", [
    ("5%", ("calendar_year", "2023-01-01", "2023-12-31", "Residential Burglary")),
    ("3%", ("calendar_year", "2023-01-01", "2023-12-31", "Robbery")),
    ("45", ("", "", "", "")),
    ("12", ("", "", "", "")),
])
def test_a_list_item_states_its_own_subject_and_period(raw, want):
    assert _one(_LIST, raw)[3:] == want


def test_a_list_takes_its_lead_in():
    text = "In 2023 the Panel noted that (a) burglary fell by 5%; (b) robbery rose by 3% in 2022; (c) 45 arrests were made."
    assert _one(text, "45")[3:] == ("calendar_year", "2023-01-01", "2023-12-31", "")
    assert _one(text, "3%")[3:] == ("calendar_year", "2022-01-01", "2022-12-31", "Robbery")


@pytest.mark.parametrize("text", [
    "Burglary (see note (a) below) fell by 5% in 2023 and 45 arrests were made.",   # one bracketed letter: no list
    "Burglary fell by 5% in 2023; 45 arrests were made.",
])
def test_no_list_no_cut(text):
    assert _one(text, "45")[3:] == ("calendar_year", "2023-01-01", "2023-12-31", "Residential Burglary")


# --- "the 2010 figure of 1,264"; "from A in P to B": P is A's only -------------------------------------------------

def test_a_year_naming_the_figure_after_it_dates_it():
    text = ("As of March 2024, the force had 1,472 police officers, the highest ever on record, surpassing "
            "the 2010 figure of 1,264.")
    assert _one(text, "1,264")[3:6] == ("calendar_year", "2010-01-01", "2010-12-31")
    assert _one(text, "1,472")[3:6] == ("month", "2024-03-01", "2024-03-31")
    assert _one("The 2019 total was 412 crimes.", "412")[3:6] == ("calendar_year", "2019-01-01", "2019-12-31")


def test_a_year_before_other_words_is_no_period():
    assert _one("The 2010 figures show crime fell 5%.", "5%")[3] == ""


@pytest.mark.parametrize("text,raw,want", [
    ("Two fewer burglary offences took place per day between April and December 2011 (from 10.7 per day in "
     "2010 to 8.4 in the first nine months of this year).", "10.7", ("calendar_year", "2010-01-01", "2010-12-31")),
    ("Two fewer burglary offences took place per day between April and December 2011 (from 10.7 per day in "
     "2010 to 8.4 in the first nine months of this year).", "8.4", ("", "", "")),
    ("Police detected burglaries, from 16 percent between April and December 2010 to 20% in the same "
     "period last year.", "20%", ("", "", "")),
    ("Crime rose from 1,200 in 2022 to 1,300 in 2023.", "1,300", ("calendar_year", "2023-01-01", "2023-12-31")),
    ("In 2023 crime was 1,300 to 1,400 a month.", "1,400", ("calendar_year", "2023-01-01", "2023-12-31")),
])
def test_the_period_of_the_figure_a_change_went_from_is_not_the_one_it_went_to(text, raw, want):
    assert _one(text, raw)[3:6] == want


def test_a_range_of_us_style_days_with_years_dates_the_figure():
    f = _one("Total recorded crime fell by 4 per cent between July 01 2012 to June 30 2013) with 2,678 fewer "
             "offences in comparison with 2011/12.", "2,678")
    assert f[1:6] == (-2678, "change", "change_12_months", "2012-07-01", "2013-06-30")


# --- a number compared with another number is a level; an uplift and extra 999 calls are rises ------------------

@pytest.mark.parametrize("text,raw,want", [
    ("A 12% increase in the number of Police officers – currently 1,869 compared to 1,673 in 2019/20.",
     "1,869", (1869, "level")),
    ("The force has 1,869 compared to 1,673 in 2019/20.", "1,869", (1869, "level")),
    ("A 12% uplift in officer numbers, with 1,860 officers.", "12%", (12, "change")),
    ("Staff are handling around 89 extra 999 calls a day.", "89", (89, "change")),
    ("The force is also receiving 138 additional 101 calls each day.", "138", (138, "change")),
])
def test_levels_compared_and_rises_named_after_the_figure(text, raw, want):
    assert _one(text, raw)[1:3] == want


@pytest.mark.parametrize("text,raw,want", [
    ("Crime fell 5% compared to 2022.", "5%", (-5, "change")),                  # compared with a year: a change
    ("Burglary rose by 45 compared with last year.", "45", (45, "change")),
    ("The rate is 12% higher than the target.", "12%", (12, "level")),           # against a target: no change
])
def test_a_change_compared_with_a_period_stays_a_change(text, raw, want):
    assert _one(text, raw)[1:3] == want


def test_a_survey_of_england_and_wales_stops_a_carried_subject_too():
    # the survey's finding may be the country's (here) or the force's (above): no subject, never the place before
    text = ("Erewash saw 45 burglaries. Additionally, the latest Crime Survey for England and Wales report shows "
            "that overall levels of all crime have decreased by 15 per cent during the same time period.")
    assert _one(text, "15 per cent")[1:3] == (-15, "change")
    assert _one(text, "15 per cent")[6] == ""


# --- a heading run into the text ("Robbery of Personal Property Offences. 240 additional offences ...") -----------

_RUN_IN = ("Domestic Abuse (DA) has risen by 46.3%. In February 2019 two crime types experienced statistically "
           "significant increases: Robbery of Personal Property Offences. 240 additional offences (18.2% increase) "
           "for the 12 months to February 2019. Arson Offences. 64 additional offences (11.7% increase) for the "
           "12 months to February 2019.")


@pytest.mark.parametrize("raw,subject", [("46.3%", "DA"), ("240", "Robbery"), ("18.2%", "Robbery"),
                                         ("64", ""), ("11.7%", "")])
def test_a_heading_run_into_the_text_names_what_follows(raw, subject):
    assert _one(_RUN_IN, raw)[6] == subject


@pytest.mark.parametrize("text", [
    "Burglary rose 5% in 2023. This was driven by town centres. It accounts for 300 offences.",
    "Burglary rose 5% in 2023. In the last year the force worked with partners on it. It accounts for 300 offences.",
])
def test_a_sentence_naming_no_subject_first_keeps_the_carried_one(text):
    assert _one(text, "300")[6] == "Residential Burglary"


# --- another kind of burglary is no residential burglary ------------------------------------------------------

@pytest.mark.parametrize("text,raw", [
    ("Burglary Other Offences. 146 fewer offences (2.5% decrease) for the 12 months.", "146"),
    ("Non-residential burglary rose by 12%.", "12%"),
    ("Business burglary fell 4%, while residential burglary fell 9%.", "4%"),
    ("Robbery fell 3%. Non-domestic burglary rose 5%.", "5%"),
    ("Other burglary fell 4%.", "4%"),
])
def test_another_kind_of_burglary_takes_no_subject(text, raw):
    assert _one(text, raw)[6] == ""


@pytest.mark.parametrize("text,raw", [
    ("Business burglary fell 4%, while residential burglary fell 9%.", "9%"),
    ("Burglary fell 9%.", "9%"),
    ("There were 45 residential burglaries.", "45"),
])
def test_residential_burglary_and_burglary_stay_residential_burglary(text, raw):
    assert _one(text, raw)[6] == "Residential Burglary"


# --- "answered in ten seconds" after a share is the time limit, not an answer time ------------------------------

@pytest.mark.parametrize("text,raw", [
    ("The latest week saw 73% of 999 calls answered in ten seconds and an average time to answer of 33.6 "
     "seconds.", "ten seconds"),
    ("Over the last three months the force have answered 84% of all 999 calls in less than ten seconds.",
     "ten seconds"),
])
def test_the_limit_a_share_of_calls_is_answered_in_is_no_level(text, raw):
    assert _one(text, raw)[2] == "target"


@pytest.mark.parametrize("text,raw", [
    ("The latest week saw 73% of 999 calls answered in ten seconds and an average time to answer of 33.6 "
     "seconds.", "33.6 seconds"),
    ("999 calls were answered in 8 seconds on average.", "8 seconds"),                 # no share before
    ("Calls were answered in 12 seconds, with 90% of calls answered.", "12 seconds"),
])
def test_an_answer_time_stays_a_level(text, raw):
    assert _one(text, raw)[2] == "level"
