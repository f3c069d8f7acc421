"""Figures of short excerpts, session 15 (audit15-fig15: publishers not seen before).  Each quoted excerpt names
its publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str, head: str = "Performance"):
    return figures.extract(load_text("page.txt", head + "\n\n" + text + "\n"))


def _raws(text: str) -> list[str]:
    return [f.value_raw for f in _figs(text)]


def _vals(text: str) -> list:
    return [(f.value_raw, f.value, f.role) for f in _figs(text)]


def _periods(text: str, head: str = "Performance") -> list:
    return [(f.value_raw, f.period_start, f.period_end) for f in _figs(text, head)]


# --------------------------------------------------------------------------
# a table row flattened into text: two bare numbers side by side are its cells
# --------------------------------------------------------------------------

def test_a_flattened_ranking_table_gives_no_figure():
    """Daventry District and South Northamptonshire Community Safety Partnership performance report, January
    2016: each row is a crime type, its position, its distance from the group average, its rank and its rate per
    1,000; the rank (13) and the rate (43.91) are no counts, and the rate is not the next row's."""
    text = ("Most Similar Group Crime Rate Crime Type Current Distance Trend Ranking (per 1,000) Position from "
            "average All Crime Above 18.3% 13 43.91 Serious Acquisitive Crime Above 41.3% 14 7.08 Domestic "
            "Burglary Above 34.8% 14 5.32 Distraction Burglary Inline 12.5% 11 0.04")
    assert _raws(text) == []


def test_a_finance_row_of_two_amounts_gives_no_figure():
    """Cumberland Council's page on the Cumbria PCC budget: rows under a "£m" header, the year columns lost."""
    assert _raws("Police pay and allowances 97.665 108.222") == []
    assert _raws("Capital financing charges 1.791 1.097") == []


def test_numbers_apart_in_prose_or_a_list_label_after_a_value_stay():
    """Negative: numbers with words between, a value before a list item's label ("2)": Cleveland Police FOI
    answer, 2025), a count before a service's name (The Star on South Yorkshire Police, 2022), a row of levels
    with their spaced-signed changes (read by rows.sign_spaced_rows)."""
    assert _raws("There were 45 burglaries, 12 robberies and 3 thefts.") == ["45", "12", "3"]
    assert "149" in _raws("2024 - 149 2) In relation to the non-crime hate incidents recorded in 2024 please "
                          "provide a breakdown by the hate motivation?")
    assert _raws("Within South Yorkshire Police our internal data shows that between November 2021 and April 2022, "
                 "we answered an average of 743 999 calls a day.") == ["743"]
    assert "449,931" in _raws("449,931 473,122 + 23,191 + 5.2%")


# --------------------------------------------------------------------------
# signs and roles
# --------------------------------------------------------------------------

def test_slashing_a_measure_by_a_share_is_a_fall():
    """Rotherham Advertiser on South Yorkshire Police's 101 calls, 2025."""
    text = ("The performance of South Yorkshire's call-handling centre has improved greatly in the space of two "
            "years, slashing average delays by 56 per cent.")
    assert _vals(text) == [("56 per cent", -56.0, "change")]
    assert _vals("Crime was slashed by 8%.") == [("8%", -8.0, "change")]


def test_a_count_after_slashing_with_no_by_keeps_its_sign():
    assert _vals("Slashing waiting times is the priority; 56 call handlers joined.") == [("56", 56.0, "level")]


def test_an_ambition_to_bring_crime_down_is_a_target():
    """Essex Police, Fire and Crime Commissioner's precept survey, 2024."""
    text = "My ambition is to bring crime down by 40% from its high and we need your support to do this."
    assert _vals(text) == [("40%", -40.0, "target")]


def test_crime_brought_down_is_a_change():
    assert _vals("Officers brought crime down by 12% this year.") == [("12%", -12.0, "change")]


def test_a_target_of_answering_a_share_of_calls_is_a_target():
    """wearebarnsley.com on South Yorkshire Police's 999 calls, 2022."""
    text = ("The government set a target of answering 90 per cent of calls within the ten-second limit but South "
            "Yorkshire Police were unable to hit this.")
    assert _vals(text)[0] == ("90 per cent", 90.0, "target")


def test_a_share_of_calls_answered_is_no_target():
    assert _vals("We answered 90 per cent of calls within ten seconds.")[0] == ("90 per cent", 90.0, "share")


# --------------------------------------------------------------------------
# periods: comparison bases, a month's year, a bracket's own period
# --------------------------------------------------------------------------

def test_an_increase_on_the_figures_for_a_year_is_not_of_that_year():
    """Warwickshire Police and Crime Panel minutes, 27 January 2022: the increase is of 2022/23 over 2021/22."""
    text = ("The Commissioner advised that gross expenditure for 2022/23 had been set at approximately £134m. This "
            "was an increase of almost £10m on the figures for 2021/22. He advised that income was projected to "
            "rise by approximately £2.46m.")
    assert _periods(text) == [("£134m", "2022-04-01", "2023-03-31"), ("£10m", "2022-04-01", "2023-03-31"),
                              ("£2.46m", "2022-04-01", "2023-03-31")]


def test_a_change_for_a_year_is_of_that_year():
    assert _periods("Burglary fell by 5% for 2021/22.") == [("5%", "2021-04-01", "2022-03-31")]


def test_a_baseline_compared_with_is_no_figure_period():
    """Staffordshire Commissioner's news, October 2022: the baseline a fall is measured against is not the
    period of the fall after it."""
    text = ("- A 3% reduction in overall crime across the force area for the period 1 September 2021-31 August "
            "2022, with neighbourhood crime* down 17% for the same period (both compared to the national baseline "
            "for crime 1 July 2018-30 June 2019) and anti-social behaviour down 30% (compared to the 2019/20 "
            "baseline)")
    assert _periods(text) == [("3%", "2021-09-01", "2022-08-31"), ("17%", "2021-09-01", "2022-08-31"),
                              ("30%", "2021-09-01", "2022-08-31")]


def test_a_baseline_stated_keeps_its_period():
    assert _periods("The 2019/20 baseline was 1,200 offences.") == [("1,200", "2019-04-01", "2020-03-31")]


def test_a_month_written_with_its_year_at_the_start_of_a_sentence_keeps_its_year():
    """Sussex PCC's performance page, 2018 (data to September 2018; a line "April - June 2018" above)."""
    text = "April - June 2018\n\nIn September 2017 the Home Office announced that £11m had been granted."
    assert _periods(text) == [("£11m", "2017-09-01", "2017-09-30")]


def test_a_previous_high_s_value_keeps_the_high_s_month():
    """Wiltshire OPCC highlight report, October-December 2023 (the previous high's month, now read with its
    year, is a comparison base: its own value after "of" is of that month)."""
    text = ("Median time at scene: September 2023 to 60 min 06 sec, decrease from previous high in July 2023 of "
            "63:39 mins.")
    assert _periods(text) == [("60 min 06 sec", "2023-09-01", "2023-09-30"), ("63:39 mins", "2023-07-01", "2023-07-31")]


def test_a_change_after_a_base_keeps_its_own_period():
    assert _periods("In September 2023 crime fell compared with July 2023 by 5%.")[0][1] != "2023-07-01"


def test_a_month_without_its_year_takes_the_report_year():
    assert _periods("April - June 2018\n\nIn June, 45 arrests were made.")[0][1:] == ("2018-06-01", "2018-06-30")


def test_a_period_in_brackets_with_another_figure_is_that_figure_s():
    """Central Bedfordshire Council executive decision, Quarter 2 2017/18 revenue monitoring: September 2016 is
    the bracketed overspend's month, not the forecast's."""
    text = ("That the forecast revenue outturn position which is currently to overspend budget by £3.3M (over "
            "budget by £0.6M in September 2016) be noted.")
    got = dict((r, (s, e)) for r, s, e in _periods(text))
    assert got["£0.6M"] == ("2016-09-01", "2016-09-30")
    assert got["£3.3M"] != ("2016-09-01", "2016-09-30")


def test_a_bracketed_period_of_the_figure_itself_stays():
    assert _periods("Crime fell by 5% (in September 2023).") == [("5%", "2023-09-01", "2023-09-30")]
    # (Kent County Council's finance monitoring, Q3 2024-25: the month's bracket holds no figure of its own)
    assert [p[1] for p in _periods("GET 0.0 (150.0) (150.0) shortfall (Nov 24).")] == ["2024-11-01"] * 3


# --------------------------------------------------------------------------
# batch 2: PSNI and Bedfordshire texts
# --------------------------------------------------------------------------

def test_a_change_over_some_months_against_the_year_before_is_of_those_months():
    """Heart (Bedford) on Bedfordshire Police Authority's performance committee, 2010."""
    text = ("Crime in Bedfordshire has dropped by 8% in the nine months ending 31st December 2009 compared to the "
            "previous year.")
    f = _figs(text)[0]
    assert (f.value, f.period_type, f.period_start, f.period_end) == (-8.0, "other", "2009-04-01", "2009-12-31")


def test_a_twelve_month_change_keeps_its_twelve_months():
    f = _figs("Crime fell 3% in the 12 months to March 2023 compared with the previous 12 months.")[0]
    assert (f.period_type, f.period_start, f.period_end) == ("change_12_months", "2022-04-01", "2023-03-31")


def test_a_telephone_extension_is_no_figure():
    """PSNI police recorded crime bulletin, update to 31 July 2018 (its cover's contact block run into the text)."""
    text = ("Lisnasharragh 42 Montgomery Road the majority of policing districts experienced a Belfast higher level "
            "of crime. BT6 9LD statistics@psni.police.uk increased crime levels were seen in violence against the "
            "person offences, sexual offences and 028 9065 0222 Ext. 24135 drug offences while criminal damage fell.")
    assert "24135" not in _raws(text)
    assert _raws("The extension of 45 days was agreed.") == ["45"]


def test_the_second_figure_of_a_from_to_pair_takes_its_own_period():
    """agendaNi on PSNI recorded crime, 2015."""
    text = ("Across Northern Ireland, crime has shown a downwards trend over the last 10 years, from a peak of "
            "138,132 in 2002/03 to 98,558 crimes recorded in 2012/13.")
    assert _periods(text) == [("138,132", "2002-04-01", "2003-03-31"), ("98,558", "2012-04-01", "2013-03-31")]
    # (with no period of its own the second has none: the first's is not its)
    assert _periods("Robberies fell from 10.7 per day in 2010 to 8.4 in the first nine months.")[1] == ("8.4", None, None)


def test_a_level_reached_by_a_date_takes_no_earlier_figure_s_month():
    """agendaNi on PSNI recorded crime, 2015: November 2015 is read as no period ("by" a date), and August is
    the 3,315's."""
    text = ("The level of crime recorded in Belfast City has increased over the past two years with 3,315 offences "
            "recorded in August 2015 but that level had fallen to 2,814 by November 2015.")
    assert _periods(text) == [("3,315", "2015-08-01", "2015-08-31"), ("2,814", None, None)]
    assert _periods("In 2023/24 we recruited 50 officers.") == [("50", "2023-04-01", "2024-03-31")]


def test_a_size_in_words_names_no_measure():
    """Bedfordshire Police Federation on the ONS figures, 2016."""
    text = ("The overall decrease of seven per cent was largely driven by falls in theft offences (down seven per "
            "cent) and criminal damage (down 14 per cent).")
    # (the percents in words are figures too since session 17: the overall fall, and the theft offences' fall)
    assert [(f.value, f.metric_text) for f in _figs(text)] == [(-7.0, None), (-7.0, None), (-14.0, None)]
    assert [f.metric_text for f in _figs("The detection rate was 27%.")] == ["detection rate"]


def test_a_window_the_matchers_cannot_read_blocks_an_earlier_sentence_s_period():
    """agendaNi on PSNI recorded crime, 2015: the period of the sentence before (2012/13) is not this one's; the
    base's own figure keeps the base's year.  ("the 12 months to November 30 2015", month before day, was not read
    before session 17; now it is that window: December 2014 to November 2015.)"""
    text = ("Across Northern Ireland, crime has shown a downwards trend over the last 10 years, from a peak of "
            "138,132 in 2002/03 to 98,558 crimes recorded in 2012/13. However, the level of 104,473 crimes recorded "
            "during the 12 months to November 30 2015 show an increase of 1,279 crimes on the previous 2014/15 "
            "figure of 103,176.")
    got = {r: (s, e) for r, s, e in _periods(text)}
    assert got["104,473"] == ("2014-12-01", "2015-11-30") and got["1,279"] == ("2014-12-01", "2015-11-30")
    assert got["103,176"] == ("2014-04-01", "2015-03-31")


def test_a_sentence_with_no_window_of_its_own_inherits_the_one_before():
    text = "Crime was 5,000 in the 12 months to March 2023. This is a 26.4 per cent increase on the previous year."
    assert _periods(text)[1] == ("26.4 per cent", "2022-04-01", "2023-03-31")
    # (a window read as a comparison base is read: Wiltshire OPCC's highlight report quoting the ONS)
    text = ("Crime was 1.2 million in the year ending March 2023. This was a 25% decrease compared with the year "
            "ending March 2020 (1.4 million incidents).")
    assert _periods(text)[1] == ("25%", "2022-04-01", "2023-03-31")


def test_a_telephone_extension_of_a_force_foi_letter_is_no_figure():
    """Cumbria Constabulary FOI answer, 2025: "Telephone: 101 Ext 60025"."""
    assert "60025" not in _raws("Telephone: 101 Ext 60025 Your reference: FOI-24576-25-0300-000")


def test_a_range_of_months_with_two_digit_years_is_the_span():
    """Merseyside PCC's national priorities page, April 2024 ("April 23 – December 24" as printed)."""
    text = "Financial year to date (April 23 – December 24) shows that 6 homicides have taken place in this period."
    assert _periods(text) == [("6", "2023-04-01", "2024-12-31")]
    assert _periods("In Apr 23 - Mar 24 there were 6 homicides.") == [("6", "2023-04-01", "2024-03-31")]
    assert _periods("In March 24 there were 6 homicides.") == [("6", "2024-03-01", "2024-03-31")]
