"""Figures of short excerpts, session 20 (audit20-fig20: fire authorities, council performance minutes, the press on
police authorities' targets and on the DfT's road casualty figures).  Each quoted excerpt names its publisher;
expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract.normalise import parse_period


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _by_raw(text: str, head: str = "Performance") -> dict:
    return {f.value_raw: f for f in _figs(text, head)}


def _dates(f) -> tuple:
    return (f.period_type, f.period_start, f.period_end)


# --------------------------------------------------------------------------
# "Quarter 3 of 2024/25": the quarter, not the whole financial year
# --------------------------------------------------------------------------

def test_a_quarter_of_a_financial_year_is_that_quarter():
    # Hereford and Worcester Fire Authority, Q3 2024/25 performance (was: the financial year 2024/25)
    got = _by_raw("Members noted that the total number of incidents attended in Quarter 3 of 2024/25 had decreased by "
                  "2% to 2,046 compared to the same quarter of 2023/24.")
    assert _dates(got["2%"]) == ("quarter", "2024-10-01", "2024-12-31")
    assert _dates(got["2,046"]) == ("quarter", "2024-10-01", "2024-12-31")
    got = _by_raw("Members also noted that 1,793 Home Fire Safety Visits were completed in Q3 of 2024/25, 366 (20%) "
                  "were delivered by Prevention Technicians.")
    assert _dates(got["1,793"]) == ("quarter", "2024-10-01", "2024-12-31")
    # Gloucester City Council's cabinet: "performance against key measures in Quarter 3 of 2021/22"
    p = parse_period("the Council's performance against key measures in Quarter 3 of 2021/22")
    assert (p.period_type, p.start.isoformat(), p.end.isoformat()) == ("quarter", "2021-10-01", "2021-12-31")


def test_a_quarter_of_a_financial_year_written_with_a_dash():
    got = _by_raw("There were 45 fires in the third quarter of 2019-20.")
    assert _dates(got["45"]) == ("quarter", "2019-10-01", "2019-12-31")


def test_a_quarter_with_no_year_stays_undated():
    """Negative: "in Quarter 3" with no year names no dates of its own."""
    got = _by_raw("There were 45 fires in Quarter 3, and the year as a whole was 2024/25.")
    assert got["45"].period_start in (None, "")


# --------------------------------------------------------------------------
# "the first three quarters of 2020/21": April to December, not the year
# --------------------------------------------------------------------------

def test_the_first_three_quarters_of_a_financial_year():
    # North Wales Fire and Rescue Service, performance monitoring April - December 2020 (was: 2020/21, the whole year)
    got = _by_raw("The Service attended 3,600 emergency incidents during the first three quarters of 2020/21.")
    assert _dates(got["3,600"]) == ("other", "2020-04-01", "2020-12-31")
    got = _by_raw("During the first three quarters of 2020/21 the Service attended 3,600 emergency incidents and false "
                  "alarms – 3.7% fewer than in the same period in 2019/20.")
    assert _dates(got["3.7%"]) == ("other", "2020-04-01", "2020-12-31")


def test_the_first_quarters_parsed():
    p = parse_period("the first two quarters of 2019-20")
    assert (p.period_type, p.start.isoformat(), p.end.isoformat()) == ("other", "2019-04-01", "2019-09-30")
    p = parse_period("the first three quarters of the 2020/21 reporting year")
    assert (p.period_type, p.start.isoformat(), p.end.isoformat()) == ("other", "2020-04-01", "2020-12-31")


def test_three_quarters_of_people_is_no_period():
    """Negative: "three quarters of" a group is a share, not a span of a year."""
    p = parse_period("three quarters of 2019/20 respondents")
    assert p is None or p.period_type == "financial_year"
    got = _by_raw("Pedestrians accounted for three quarters of the increase in fatalities, 446 in 2014.")
    assert _dates(got["446"]) == ("calendar_year", "2014-01-01", "2014-12-31")


# --------------------------------------------------------------------------
# a change aimed at after a verb of aiming or of being asked: a target, not a change made
# --------------------------------------------------------------------------

def test_a_change_someone_strives_or_is_asked_to_make_is_a_target():
    # Evening Standard on Thames Valley Police (was: two changes)
    got = _by_raw("He said his force would only strive to reduce burglary by five per cent and robbery by 10 per cent.")
    assert got["five per cent"].role == "target"
    assert got["10 per cent"].role == "target"
    got = _by_raw("The force was challenged to cut burglary by 20%.")
    assert got["20%"].role == "target"
    got = _by_raw("The Commissioner has pledged to cut violent crime by 10 per cent by 2025.")
    assert got["10 per cent"].role == "target"


def test_a_change_someone_managed_or_helped_to_make_stays_a_change():
    """Negative: "managed to reduce", "helped to cut" tell what was done."""
    assert _by_raw("The force managed to reduce burglary by 12% last year.")["12%"].role == "change"
    assert _by_raw("The scheme helped to reduce burglary by 15%.")["15%"].role == "change"
    got = _by_raw("We were asked to reduce costs by £2m and we reduced them by £2.5m.")
    assert got["£2m"].role == "target"
    assert got["£2.5m"].role == "change"
    # (a verb of what happened between the aim and "by": no aim of that size)
    got = _by_raw("The plan to reduce burglary was backed by 120 new officers.")
    assert got["120"].role != "target"


# --------------------------------------------------------------------------
# "the same quarter of 2015" with no dated period before it: not the whole year 2015
# --------------------------------------------------------------------------

def test_the_same_quarter_of_a_year_is_not_the_whole_year():
    # Transport Network on the DfT's provisional figures, 2016 (was: 420 of the calendar year 2015)
    got = _by_raw("Between April and June of this year, 450 people were killed in reported road accidents, "
                  "representing a 7% increase from 420 in the same quarter of 2015.")
    assert got["420"].period_type != "calendar_year"
    assert got["420"].period_start in (None, "")


def test_the_same_quarters_of_a_year_are_a_base_not_the_change_s_own():
    # Hereford and Worcester Fire Authority, Q1-Q3 2018-19 (was: 499 incidents of the financial year 2017-18)
    got = _by_raw("A total of 5,780 incidents were attended in Q1-Q3, an increase of 9.45% (499 incidents) over the "
                  "same Quarters of 2017-18.")
    assert got["499"].period_start != "2017-04-01"
    assert got["9.45%"].period_start != "2017-04-01"


def test_the_same_period_after_a_dated_period_is_still_shifted():
    """Negative: a dated period before "the same period in 2024" is still shifted to that year (Cumbria's PFCC)."""
    got = _by_raw("Overall crime reduced by 2.2% between 1 April 2025 and 31 August 2025 compared to the same period "
                  "in 2024, with reports falling from 16,075 reports to 15,720.")
    assert got["2.2%"].period_start == "2025-04-01"
    got = _by_raw("Crime fell by 3% in 2020 compared with the same period in 2019.")
    assert _dates(got["3%"]) == ("calendar_year", "2020-01-01", "2020-12-31")


# --------------------------------------------------------------------------
# a sentence of a kind no subject tells apart carries no subject on
# --------------------------------------------------------------------------

def test_a_restatement_after_total_crime_takes_no_headline_subject():
    # Buxton Advertiser on Derbyshire Police Authority, 2011, headed "Police cutting burglaries" (was: burglary)
    got = _by_raw("Total recorded crime is falling at a faster rate than last year at – 5.2 per cent from April to "
                  "August 2011 compared to the same period the previous year. This represents 1,529 fewer offences.",
                  head="Buxton Advertiser\n\nPolice cutting burglaries")
    assert got["1,529"].subject in (None, "")


def test_a_restatement_after_a_named_kind_keeps_it():
    """Negative: after a sentence naming a subject, "This represents ..." keeps that subject."""
    got = _by_raw("Robbery fell 32.5 per cent during the same period. This represents 126 fewer offences.",
                  head="Buxton Advertiser\n\nPolice cutting burglaries")
    assert got["126"].subject == "Robbery"
    # and the headline's subject still reaches a sentence of a block where none was stated before it
    got = _by_raw("This represents 666 fewer offences.", head="Buxton Advertiser\n\nPolice cutting burglaries")
    assert got["666"].subject == "Residential Burglary"


# --------------------------------------------------------------------------
# a level compared with, then "during the same period in <year>": of that year
# --------------------------------------------------------------------------

def test_a_level_compared_with_is_of_its_own_same_period():
    # the Dromore Leader on the PSNI's figures for Armagh, Banbridge and Craigavon (was: 2,915 of 2015/16)
    got = _by_raw("There was also a drop in the amount of reported domestic incidents with 3,001 in 2015/16 compared "
                  "to 2,915 during the same period in 2016/17, a decrease of 86.")
    assert _dates(got["3,001"]) == ("financial_year", "2015-04-01", "2016-03-31")
    assert _dates(got["2,915"]) == ("financial_year", "2016-04-01", "2017-03-31")
    # Transport Network on the DfT's figures: the 420 are of a quarter of 2015, its dates not given
    got = _by_raw("Between April and June of this year, 450 people were killed in reported road accidents, "
                  "representing a 7% increase from 420 in the same quarter of 2015.")
    assert got["420"].period_type == "quarter"


def test_a_level_not_compared_with_keeps_the_period_before():
    """Negative: a level that is not the one compared with ("3,001 in 2015/16") keeps its own period, and a level
    after "from ... to" keeps the shifted span (Cumbria's PFCC)."""
    got = _by_raw("Crime rose to 300 in 2020 compared with 250 in the same period in 2019.")
    assert _dates(got["300"]) == ("calendar_year", "2020-01-01", "2020-12-31")
    assert _dates(got["250"]) == ("calendar_year", "2019-01-01", "2019-12-31")



# --------------------------------------------------------------------------
# a count in the years' range: "2047 arrests"
# --------------------------------------------------------------------------

def test_a_count_in_the_years_range_is_a_count():
    # (the forms named in the session's brief: "2047 arrests", "1998 offences")
    got = _by_raw("Officers made 2047 arrests during the year.")
    assert got["2047"].value == 2047 and got["2047"].unit == "count"
    got = _by_raw("There were 1998 offences in 2019.")
    assert got["1998"].value == 1998
    assert _dates(got["1998"]) == ("calendar_year", "2019-01-01", "2019-12-31")
    assert _by_raw("A total of 2012 incidents were attended.")["2012"].value == 2012


def test_a_year_before_a_noun_stays_a_year():
    """Negative: a year with no verb of counting before it, or no counted noun after it, is no count."""
    assert "2019" not in _by_raw("In 2019 offences rose by 5%.")
    assert not _figs("The 2019 crimes were fewer than 2018 crimes.")
    assert "2018" not in _by_raw("There were 45 burglaries recorded in 2018, and 52 in 2019.")
    assert "2020" not in _by_raw("Officers made arrests in 2020 and incidents of fraud rose by 4%.")


# --------------------------------------------------------------------------
# a change's two levels written with number words: "fell from eight to seven"
# --------------------------------------------------------------------------

def test_the_levels_of_a_change_in_number_words():
    # (the forms named in the session's brief)
    got = _by_raw("The number of burglaries fell from eight to seven.")
    assert (got["eight"].value, got["eight"].unit, got["eight"].role) == (8, "count", "level")
    assert (got["seven"].value, got["seven"].role) == (7, "level")
    got = _by_raw("Violent offences rose from twelve to fifteen this year.")
    assert (got["twelve"].value, got["fifteen"].value) == (12, 15)
    got = _by_raw("Arrests rose from twenty-five to thirty-one in 2019.")
    assert got["thirty-one"].value == 31
    assert _dates(got["thirty-one"]) == ("calendar_year", "2019-01-01", "2019-12-31")


def test_number_words_that_are_no_counted_levels():
    """Negative: a time, a rate, a percent's first end or words with no change's verb are read as no count."""
    assert not _figs("The wait rose from two to three days.")
    assert not _figs("The rate fell from one in five to one in six.")
    assert "eight" not in _by_raw("Satisfaction fell from eight to seven per cent.")
    assert not _figs("Officers moved from one to another team, from three to four shifts.")
