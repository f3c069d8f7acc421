"""Figures of short excerpts, session 16 (audit16-fig16: publishers not seen before).  Each quoted excerpt names
its publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _raws(text: str) -> list[str]:
    return [f.value_raw for f in _figs(text)]


def _periods(text: str) -> dict:
    return {f.value_raw: (f.period_start, f.period_end) for f in _figs(text)}


_NONE = (None, None)


# --------------------------------------------------------------------------
# numbers that name a group of crimes are no figures
# --------------------------------------------------------------------------

def test_a_crime_group_number_is_no_figure():
    """Police Scotland, Quarter 3 management information 2018-19: "Group 1 to 5" and "Group 1 Crimes" name
    Scotland's crime groups; Bromley's police update (2016): "the MOPAC 7" names the Met's seven crimes."""
    assert _raws("There were over 3,000 fewer (Group 1 to 5) crimes recorded in Scotland by the end of the third "
                 "quarter of 2018-19, down 0.4 per cent year on year and 2.5 per cent down on the five year "
                 "average.") == ["0.4 per cent", "2.5 per cent"]
    assert _raws("Overall violent crime is down 1.6 per cent however Group 1 Crimes (non-sexual violent crimes) "
                 "have increased.") == ["1.6 per cent"]
    assert _raws("The performance of Bromley Police against the MOPAC 7 targets was generally considered to be "
                 "good.") == []


def test_a_group_with_a_count_after_it_stays():
    """Negative: a count after "group" that is no label (a thousands comma), a percent."""
    assert "1,200" in _raws("The working group 1,200 members strong met twice.")
    assert "5%" in _raws("Crime in group 5% higher than last year.")


# --------------------------------------------------------------------------
# periods
# --------------------------------------------------------------------------

_KENT = ("Robbery In 2022/23, there were 1,261 offences; an increase of 5.8% (or 69) on the previous year. Compared "
         "to year ending June 2019 baseline, a decrease of 36.4% (or 721).")


def test_a_change_against_a_baseline_year_is_of_the_year_stated_before():
    """Kent PCC's annual report 2022/23 on the national crime measures: the change against the year ending June
    2019 baseline is the change of 2022/23, stated just before -- not of the year after the baseline."""
    p = _periods(_KENT)
    assert p["36.4%"] == ("2022-04-01", "2023-03-31")
    assert p["721"] == ("2022-04-01", "2023-03-31")


def test_a_change_against_a_baseline_alone_is_not_dated_a_year_after_it():
    """Negative: with no year stated before, a baseline gives no year after it; an ordinary comparison year still
    gives the year-on-year change."""
    assert _periods("Compared to year ending June 2019 baseline, a decrease of 36.4% (or 721).")["36.4%"] == _NONE
    assert _periods("Crime fell by 10% compared to the year ending June 2019.")["10%"] == ("2019-07-01", "2020-06-30")


def test_the_level_a_change_ran_from_is_of_its_base():
    """Derbyshire Times on Derbyshire Constabulary's end-of-year figures (2017): 53,007 is the 2015/16 total, 53,786
    the 2016/17 one."""
    p = _periods("The latest statistics, which reveal the end-of-year figures for the force, show that crime "
                 "increased by 1.7 per cent in 2016/17 compared to 2015/16, rising from 53,007 to 53,786.")
    assert p["53,007"] == ("2015-04-01", "2016-03-31")
    assert p["53,786"] == ("2016-04-01", "2017-03-31")
    # no base stated: the first level's period is not said
    p = _periods("In 2016/17 crime rose from 53,007 to 53,786.")
    assert p["53,007"] == _NONE and p["53,786"] == ("2016-04-01", "2017-03-31")


def test_a_from_level_without_a_to_level_keeps_its_period():
    """Negative: "from" with no second level after "to" is no pair."""
    assert _periods("In 2016/17 we received 400 calls from 3,000 residents.")["3,000"] == ("2016-04-01", "2017-03-31")


def test_a_level_in_brackets_after_a_base_year_is_the_base_years():
    """Northumbria PCC's scrutiny and performance page (2014/15): "(788)" is the 2013/14 count of complaints."""
    p = _periods("The number of new complaints recorded in 2014/15 was 1,016; an increase compared to 2013/14 (788).")
    assert p["1,016"] == ("2014-04-01", "2015-03-31")
    assert p["788"] == ("2013-04-01", "2014-03-31")


def test_a_bracket_after_a_change_and_its_base_is_not_the_bases():
    """Negative: after a change, a number in brackets may be the current level or the base's: it does not say."""
    assert _periods("Crime rose 4% compared to the 12 months to March 2022 (5.0%).")["5.0%"] != ("2021-04-01", "2022-03-31")


def test_a_figure_said_to_be_current_is_not_of_the_year_before():
    """London Borough of Bromley, police update (2016): 305 is the 2011/12 count, 350 the current one, and the
    change between them is not of 2011/12."""
    p = _periods("In 2011/12, the number of Theft from the Person offences was 305, and it was currently 350, which "
                 "was an increase of 14.8%.")
    assert p["305"] == ("2011-04-01", "2012-03-31")
    assert p["350"] == _NONE and p["14.8%"] == _NONE
    p = _periods("The number of VWI offences in 2011/12 was 1889, compared with the current figure of 2132.")
    assert p["1889"] == ("2011-04-01", "2012-03-31") and p["2132"] == _NONE


def test_current_before_the_first_figure_changes_nothing():
    """Negative: "current" with no other figure between the period and the figure."""
    p = _periods("In 2022/23 the current rate is 45% and 50 officers were recruited.")
    assert p["45%"] == ("2022-04-01", "2023-03-31")


def test_a_year_naming_a_later_figure_is_not_an_earlier_ones():
    """Hull news (hu17.net) on Humberside's crime statistics 2012/13: 2011/12 names the 28 per cent only."""
    p = _periods("The Crime Survey for England and Wales shows 23 per cent of respondents to the survey in the "
                 "Humberside area have experienced or witnessed ASB, in comparison to the national rate of 29 per "
                 "cent and Humberside’s 2011/12 rate of 28 per cent.")
    assert p["28 per cent"] == ("2011-04-01", "2012-03-31")
    assert p["23 per cent"] == _NONE and p["29 per cent"] == _NONE


def test_a_year_after_a_figure_without_a_later_label_stays_its():
    """Negative: a year after the figure that names no other figure is still its own."""
    assert _periods("The national rate was 29 per cent in 2011/12 and Humberside's rate was 28 per cent."
                    )["29 per cent"] == ("2011-04-01", "2012-03-31")


def test_a_figure_of_a_month_without_its_year_is_not_of_the_period_before():
    """Yorkshire Post on Humberside Police Authority (2010): 45.7 per cent is March's, 48.3 September's; only 50.8
    is December 2009's."""
    p = _periods("According to figures for December 2009, the level of confidence was 50.8 per cent – up from 45.7 "
                 "per cent in March, and from a rating of 48.3 per cent in September.")
    assert p["50.8 per cent"] == ("2009-12-01", "2009-12-31")
    assert p["45.7 per cent"] == _NONE and p["48.3 per cent"] == _NONE


def test_a_dated_month_after_a_figure_stays_its():
    """Negative: a month with its year after the figure is its period."""
    assert _periods("In 2023 there were 45 crimes in March 2023.")["45"] == ("2023-03-01", "2023-03-31")


def test_the_year_a_series_began_is_no_period_of_its_highest_value():
    """Yorkshire Post on Humberside Police Authority (2010): 83 per cent is the highest since the figures began in
    2006, not the figure of 2006."""
    assert _periods("Overall satisfaction in the service provided by Humberside Police was rated at 83 per cent, "
                    "the highest since these figures were first collected in 2006.")["83 per cent"] == _NONE


def test_a_year_after_in_stays_a_period():
    """Negative: without "since", "in 2006" is the figure's year."""
    assert _periods("Overall satisfaction was rated at 83 per cent in 2006.")["83 per cent"] == ("2006-01-01", "2006-12-31")


def test_a_period_stated_with_a_figure_of_its_own_time_still_goes_on():
    """Kent County Council's mid-year treasury report 2024/25: "4.32% in May" is May's, yet the period stated in the
    sentence is still what the next sentence inherits: "the first half of 2024/25", April to September 2024 (session
    20b: was the whole year 2024/25; the September meeting the 25% was priced for is in it)."""
    fs = _figs("Looking at gilt movements in the first half of 2024/25, the 10-year gilt yield declined from 4.32% in "
               "May to 4.02% in August. The market had priced in a 25% chance of a rate cut.")
    p = {f.value_raw: (f.period_start, f.period_end) for f in fs}
    assert p["4.32%"] == _NONE and p["4.02%"] == _NONE
    assert p["25%"] == ("2024-04-01", "2024-09-30")


# --------------------------------------------------------------------------
# subjects
# --------------------------------------------------------------------------

def _subjects(text: str) -> dict:
    return {f.value_raw: f.subject for f in _figs(text)}


def test_each_change_of_a_list_takes_the_subject_after_its_noun():
    """The Lincolnite on Lincolnshire PCC's annual report (2014): 18% is anti-social behaviour's, and the 6% is of
    violence the vocabulary does not name -- never burglary's nor ASB's."""
    s = _subjects("PCC Alan Hardwick highlighted a 16.5% decrease in burglaries (from a dwelling), an 18% decrease in "
                  "anti-social behaviour and a 6% decrease in violence against a person with injury in the period "
                  "April 2013 – March 2014.")
    assert s["16.5%"] == "Residential Burglary" and s["18%"] == "ASB" and s["6%"] != "ASB"


def test_a_place_before_a_change_in_a_crime_type_stays_its_subject():
    """Negative: a place right before the change, no figure between, is its subject."""
    assert _subjects("Swindon saw a 5.2% rise in burglary reports.")["5.2%"] == "Swindon"


def test_a_comparison_named_before_its_own_figure_is_not_an_earlier_ones():
    """Greatest Hits Radio on Humberside Police (2022): the national average is the 6.5%'s, not Humberside's 2.2%;
    Wiltshire's performance report (2019 Q2): the most similar group average is the 14.4 per cent's."""
    s = _subjects("Humberside Police crime has decreased by 2.2% against a national average of a 6.5% increase.")
    assert s["2.2%"] != "National" and s["6.5%"] == "National"
    s = _subjects("This represents a positive outcome ratio of 16.5 per cent and is above the most similar group "
                  "average of 14.4 per cent and in line with peers.")
    assert s["16.5 per cent"] != "MSG" and s["14.4 per cent"] == "MSG"


def test_a_comparison_with_no_figure_of_its_own_after_it_stays():
    """Negative: a comparison named after the figure with no figure of its own after it is left as it was read;
    one named right before its figure keeps it."""
    assert _subjects("Crime fell by 3% against the national average.")["3%"] == "National"
    assert _subjects("Crime fell by 3%; the national average was 5%.")["5%"] == "National"


def test_a_kind_an_aside_lists_is_not_the_subject_of_the_total():
    """Yorkshire Post on Humberside Police Authority (2010): the fall is serious acquisitive crime's, not
    robbery's (the last kind the aside lists)."""
    s = _subjects("According to the authority, serious acquisitive crime – which includes burglary, vehicle crime and "
                  "robbery – showed a fall of 22.4 per cent across the force area.")
    assert s["22.4 per cent"] == "Serious Acquisitive Crime"


def test_a_subject_before_its_inclusion_aside_stays():
    """Negative: the kind named before the aside is the figure's own."""
    assert _subjects("Robbery (including street robbery) rose by 4%.")["4%"] == "Robbery"


# --------------------------------------------------------------------------
# roles and units
# --------------------------------------------------------------------------

def _vals(text: str) -> dict:
    return {f.value_raw: (f.value, f.unit, f.role) for f in _figs(text)}


def test_a_percent_with_a_hyphen_is_a_percent():
    """Express & Star on West Midlands Police (2024): "92 per-cent of these calls"."""
    v = _vals("Since April, our force contact staff have answered nearly 674,000 emergency calls (999s), and 92 "
              "per-cent of these calls have been answered in under ten seconds.")
    assert v["92 per-cent"][:2] == (92, "percent")


def test_a_count_in_brackets_after_a_change_in_words_restates_it():
    """Derbyshire PCC's annual crime statistics (2014), Express & Star on West Midlands Police (2024): the percent is
    written in words (read as no figure); the count in brackets after it is the change."""
    v = _vals("Vehicle crime (which includes theft of and from vehicles) rose by nine per cent (470) and domestic "
              "burglary rose by two per cent (51).")
    assert v["470"] == (470, "count", "change") and v["51"] == (51, "count", "change")
    v = _vals("The reduction of six-per-cent (22,573) covers the period from September 2022 to the end of September "
              "last year.")
    assert v["22,573"] == (-22573, "count", "change")


def test_a_count_in_brackets_after_a_share_in_words_stays_a_level():
    """Negative: no change's words before the percent."""
    assert _vals("About nine per cent (470) of calls were abandoned.")["470"][2] == "level"


def test_a_second_change_past_the_firsts_bracket_shares_its_verb():
    """Derbyshire PCC's annual crime statistics (2014): 19 per cent and its 787 are rises, as the 17 per cent."""
    v = _vals("Shoplifting and non-domestic burglaries rose by 17 per cent (848) and 19 per cent (787) respectively.")
    assert v["19 per cent"] == (19, "percent", "change") and v["787"] == (787, "count", "change")


def test_a_level_after_a_bracketed_change_count_stays_a_level():
    """Negative: a count with a verb of its own after the change's bracket."""
    assert _vals("Burglary fell by 5% (120) and 30 were charged.")["30"][2] == "level"


def test_a_change_restated_after_or_in_the_other_unit_is_the_change():
    """Yorkshire Post on Humberside Police Authority (2010): "fallen by 829 offences, or 11.2 per cent"."""
    v = _vals("Shoplifting had fallen by 829 offences, or 11.2 per cent, with the number of commercial burglaries "
              "also down by 310, a 16.5 per cent reduction.")
    assert v["829"] == (-829, "count", "change") and v["11.2 per cent"] == (-11.2, "percent", "change")


def test_a_share_after_or_is_no_restated_change():
    """Negative: a part of a total after "or" stays a share."""
    assert _vals("Burglary fell by 100 offences, or 45% of the total, last year.")["45%"][2] == "share"


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

def test_a_stated_fall_is_worked_from_the_earlier_and_larger_level():
    """Highland Council, Caithness & Sutherland Area Committee, police area performance summary (2015): a 9%
    reduction from 1561 (last year to date) to 1420 (this year to date) is (1420 - 1561) / 1561 = 9.03%, not
    (1561 - 1420) / 1420 = 9.93%, a rise."""
    from extract.reconcile.sentences import _sentence_arithmetic
    out = _sentence_arithmetic("doc", "In the North Area Command there has been a 9% reduction in Class 1-4 crimes as "
                               "at 26th January 2015 (1561 crimes last year to date compared to 1420 crimes this year "
                               "to date).", 1, None, {})
    assert [(c.verdict, c.table_value_raw) for c in out] == [("consistent", "(1420 - 1561) / 1561 = 9.03%")]


def test_a_stated_rise_keeps_its_working():
    """Negative: a rise from the smaller level (Bromley's police update, 2016)."""
    from extract.reconcile.sentences import _sentence_arithmetic
    out = _sentence_arithmetic("doc", "In 2011/12, the number of Theft from the Person offences was 305, and it was "
                               "currently 350, which was an increase of 14.8%.", 1, None, {})
    assert [(c.verdict, c.table_value_raw) for c in out] == [("consistent", "(350 - 305) / 305 = 14.75%")]


# --------------------------------------------------------------------------
# council finance reports: a month's number, a paragraph pointed to
# --------------------------------------------------------------------------

def test_a_budget_months_number_and_a_paragraph_pointed_to_are_no_figures():
    """Cardiff's cabinet (2023) "the month 6 budget monitoring report"; Devon's cabinet (2023) "from the month 4
    position" and "(see 2.2)"."""
    assert _raws("Cabinet considered the month 6 budget monitoring report for 2023/24.") == []
    assert _raws("Whilst this was an increase of £4.3 million from the month 4 position, £2.9 million of this "
                 "increase related to the new in year budget saving target (see 2.2).") == ["£4.3 million", "£2.9 million"]


def test_a_count_after_month_or_see_without_a_label_stays():
    """Negative: a count with a thousands comma after "month", a percent, "see" with no bracket."""
    assert _raws("Over the month 1,200 calls were answered.") == ["1,200"]
    assert _raws("In the rolling 12 month 6.5% of calls were abandoned.") == ["6.5%"]
    assert _raws("We will see 200 more officers.") == ["200"]


def test_minutes_and_seconds_glued_with_secs():
    """On the Wight on Hampshire and Isle of Wight Constabulary: "7m 25secs" is 445 seconds, never 25."""
    v = _vals("However, November saw the average wait time was 7m 25secs, when compared to 23mins in June.")
    assert v["7m 25secs"][:2] == (445, "seconds") and v["23mins"][:2] == (1380, "seconds")
    assert _vals("The average was 10m 55s.")["10m 55s"][:2] == (655, "seconds")


def test_the_whole_of_crime_takes_no_crime_type_from_before():
    """On the Wight on Hampshire and Isle of Wight Constabulary: overall crime is no burglary; hu17.net on
    Humberside: total recorded crime neither."""
    s = _subjects("Burglary has reduced by 13.8%. Overall crime has reduced 6.6%, which amounts to 7,891 less crimes "
                  "than last year.")
    assert s["13.8%"] == "Residential Burglary" and not s["6.6%"] and not s["7,891"]
    assert _subjects("Burglary has reduced by 13.8%. Total recorded crime fell by 4 per cent.")["4 per cent"] is None


def test_a_crime_type_after_the_whole_still_carries():
    """Negative: a sentence naming no whole of crime still goes on about the crime type before."""
    assert _subjects("Burglary has reduced by 13.8%. This is 120 fewer offences.")["120"] == "Residential Burglary"


def test_a_figure_run_into_its_preposition_is_read():
    """Derbyshire Times on Derbyshire's crime figures (2017): "theft rose from 24,855 crimes to26,240"; the form
    "decreased by19.3%" left from Kent's reports."""
    assert _raws("During the last year, theft rose from 24,855 crimes to26,240.") == ["24,855", "26,240"]
    assert _vals("Violence decreased by19.3% last year.")["19.3%"][:3] == (-19.3, "percent", "change")


def test_a_code_after_a_preposition_stays_no_figure():
    """Negative: a short code glued to "to", a place name ending in "by" glued to a number."""
    assert _raws("The A303 and to2 and B1 codes.") == []
    assert _raws("Derby19% of cases.") == []


def test_a_time_takes_no_volume_measure():
    """Dee 106.3 on Cheshire's scrutiny meeting (2024): the 60 minutes are the limit the incidents were attended
    within, no incident volume; a time named as one keeps its measure."""
    fs = _figs("Meanwhile, 87% of Grade 2 non-emergency incidents were attended within 60 minutes, a 9% increase on "
               "2020/21. The average time to answer 101 calls was 5 minutes.")
    m = {f.value_raw: f.metric for f in fs}
    assert m["60 minutes"] is None
    assert m["5 minutes"] == "average_time_to_answer"


def test_a_change_in_the_number_of_a_kind_of_n_is_that_change():
    """London Borough of Bromley, police update (2016): "an increase in the actual number of offences of 243, or
    12.9%" -- both are the rise."""
    v = _vals("The number of VWI offences in 2011/12 was 1889, compared with the current figure of 2132—this was an "
              "increase in the actual number of offences of 243, or 12.9%.")
    assert v["243"] == (243, "count", "change") and v["12.9%"] == (12.9, "percent", "change")
    assert v["1889"][2] == "level" and v["2132"][2] == "level"


def test_a_figure_of_last_year_is_not_of_the_date_before_it():
    """Highland Council's police area performance summary (2015): 1561 is last year's count to date, not the
    count at 26 January 2015."""
    p = _periods("In the North Area Command there has been a 9% reduction in Class 1-4 crimes as at 26th January 2015 "
                 "(1561 crimes last year to date compared to 1420 crimes this year to date).")
    assert p["1561"] == _NONE and p["9%"] == ("2015-01-26", "2015-01-26")


def test_a_figure_followed_by_a_comparison_with_last_year_keeps_its_period():
    """Negative: "up from last year" after a comma compares; the figure is the year's own."""
    assert _periods("In 2023 there were 400 crimes, up from last year.")["400"] == ("2023-01-01", "2023-12-31")


def test_a_burglary_other_than_a_dwelling_is_no_residential_burglary():
    """Northumbria PCC's scrutiny and performance page (2014/15): "Burglary OTD" is burglary other than a dwelling."""
    s = _subjects("There were reductions in a number of offences, most notably: Burglary dwelling (-5.9%), Burglary "
                  "OTD (-10.6%) and Vehicle crime (-6.7%).")
    assert s["-5.9%"] == "Residential Burglary" and s["-10.6%"] is None and s["-6.7%"] == "Vehicle Crime"
    assert _subjects("Burglary other than a dwelling fell by 4%.")["4%"] is None


def test_otd_in_lower_case_or_alone_is_no_stop():
    """Negative: "burglary" followed by other words stays residential burglary."""
    assert _subjects("Burglary fell by 4% in Otley.")["4%"] == "Residential Burglary"


def test_a_figure_compared_with_the_previous_year_keeps_its_year():
    """Negative (Chelmsford Weekly News on Essex Police, 2014): "the 2014 figures were 6.4 per cent worse than the
    previous year" -- the previous year is what 2014 is compared with."""
    assert _periods("The target is 90 per cent and the 2014 figures were 6.4 per cent worse than the previous year."
                    )["6.4 per cent"] == ("2014-01-01", "2014-12-31")


def test_an_opening_contrast_clause_names_no_measure_of_the_main_clause():
    """On the Wight on Hampshire and Isle of Wight Constabulary: the 77.6% is of those charged or summonsed, not of
    shoplifting named in the opening "Whilst" clause."""
    fs = _figs("Whilst shoplifting has increased, those being charged or summonsed to court has increased by 77.6%, "
               "reflecting the force’s re-focus on crimes affecting communities.")
    assert [(f.value_raw, f.metric_text) for f in fs] == [("77.6%", "charged or summonsed to court")]


def test_a_contrast_clause_with_a_figure_of_its_own_is_left():
    """Negative: an opening clause holding a figure is read as before."""
    assert _raws("While 2,000 crimes were recorded, burglary rose by 5%.") == ["2,000", "5%"]


def test_a_numbered_grade_outranks_the_word_emergency():
    """London Borough of Bromley, police update (2016): "Grade 2 emergency calls" are the second grade; "grade 1
    emergency calls" the first."""
    assert _subjects("Grade 2 emergency calls were responded to within 60 minutes in 84.5% of instances.")["84.5%"] == "Priority"
    assert _subjects("Ninety per cent of grade 1 emergency calls were responded to within 15 minutes."
                     )["15 minutes"] == "Immediate"
    assert _subjects("Emergency calls were attended in 12 minutes.")["12 minutes"] == "Immediate"
