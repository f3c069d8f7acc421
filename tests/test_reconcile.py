"""Reconciliation verdicts and reasons on hand-made records that mirror real corpus rows."""
from __future__ import annotations

import pytest

from extract.reconcile import agrees, precision_of, reconcile
from reconcile_fixtures import (DOC, DOC2, DASH_COLS_SEP, crib_table, da_table, dashboard, fig,
                                immediate_table, priority_table, vwi_table)


def one(checks, check_type="narrative_vs_table"):
    got = [c for c in checks if c.check_type == check_type]
    assert len(got) == 1, [(c.check_type, c.verdict, c.reason, c.explanation) for c in checks]
    return got[0]


VWI_SENT = ("The year-on-year decrease in Violence with Injury crime is being driven by County -11.7% "
            "with Swindon seeing a smaller decrease of -3.8%.")


# --------------------------------------------------------------------------- precision


@pytest.mark.parametrize("raw,unit,p", [
    ("62%", "percent", 1), ("1.6%", "percent", 0.1), ("8.%", "percent", 1), ("1.6% points", "percentage_points", 0.1),
    ("16 minutes", "seconds", 60), ("1 hr 33 min", "seconds", 60), ("11 min 15 sec", "seconds", 1),
    ("00:12:21", "seconds", 1), ("44:38 mins", "seconds", 1), ("2 hours", "seconds", 3600),
    ("£1.2m", "gbp", 100000), ("2,751", "count", 1), ("33 per cent", "percent", 1),
])
def test_precision_of_stated_figures(raw, unit, p):
    assert precision_of(raw, unit) == pytest.approx(p)


def test_agreement_accepts_rounding_and_truncation_but_not_more():
    assert agrees(62, 1, 62.1, 0.1)
    assert agrees(62, 1, 61.5, 0.1)          # rounds to 62
    assert agrees(62, 1, 62.9, 0.1)          # truncates to 62
    assert not agrees(62, 1, 63.0, 0.1)
    assert not agrees(62, 1, 61.4, 0.1)
    assert agrees(960, 60, 972, 1)           # "16 minutes" vs 00:16:12
    assert agrees(-11, 1, -11.4, 0.1) and agrees(-11, 1, -11.9, 0.1)
    assert not agrees(-11.7, 0.1, -11.4, 0.1)
    assert agrees(1.6, 0.1, 1.6, 0.1)
    assert agrees(62.1, 0.1, 62, 1)          # the table printed less precisely


# --------------------------------------------------------------------------- SPEC examples


def test_county_minus_11_7_against_table_minus_11_4_is_a_value_mismatch():
    f = fig(DOC, VWI_SENT, "-11.7%", -11.7, "percent", role="change", period_type="change_12_months",
            period_end="2023-09-30", subject="County", metric_text="crime", section="Violence with Injury", line=745)
    c = one(reconcile([], vwi_table(), [f]))
    assert (c.verdict, c.reason, c.severity) == ("mismatch", "value", "major")
    assert c.table_row_label == "Crime Volume: Violence With Injury - County"
    assert c.table_value == pytest.approx(-11.4) and c.narrative_value == pytest.approx(-11.7)
    assert c.difference == pytest.approx(-0.3)
    assert "-11.4%" in c.explanation and "-11.7%" in c.explanation
    assert c.figure_id == f.figure_id and c.measure_id


def test_swindon_minus_3_8_against_minus_3_4_and_no_subject_means_no_guess():
    f = fig(DOC, VWI_SENT, "-3.8%", -3.8, "percent", role="change", period_type="change_12_months",
            subject="Swindon", metric_text="crime", section="Violence with Injury", line=745)
    c = one(reconcile([], vwi_table(), [f]))
    assert c.verdict == "mismatch" and c.table_row_label.endswith("Swindon")
    # the same figure without any subject: County and Swindon rows tie with the force row excluded -> no check
    g = fig(DOC, "Crime is down -3.8% year-on-year across County and Swindon.", "-3.8%", -3.8, "percent",
            role="change", period_type="change_12_months", metric_text="crime", section="Violence with Injury")
    assert [c for c in reconcile([], vwi_table(), [g]) if c.check_type == "narrative_vs_table"] == []


def test_fat_outcome_rate_14_4_against_15_8_is_a_mismatch_and_3_1_percent_agrees_with_points():
    s = "The rolling 12-month FAT outcome rate reached 14.4%, year-on-year up 3.1%."
    f1 = fig(DOC, s, "14.4%", 14.4, "percent", period_type="rolling_12_months", period_end="2023-09-30",
             subject="Violence with Injury", metric_text="FAT outcome rate", section="Violence with Injury", line=746)
    f2 = fig(DOC, s, "3.1%", 3.1, "percent", role="change", period_type="change_12_months", period_end="2023-09-30",
             subject="Violence with Injury", metric_text="FAT outcome rate", section="Violence with Injury", line=746)
    checks = [c for c in reconcile([], vwi_table(), [f1, f2]) if c.check_type == "narrative_vs_table"]
    by = {c.narrative_raw: c for c in checks}
    assert (by["14.4%"].verdict, by["14.4%"].reason) == ("mismatch", "value")
    assert by["14.4%"].table_value == pytest.approx(15.8)
    assert by["14.4%"].table_column_label == "12 Months to Sep-2023"
    assert by["3.1%"].verdict == "consistent"
    assert "percentage points" in by["3.1%"].explanation


def test_median_reported_as_the_response_time_is_a_label_mismatch():
    f = fig(DOC, "October 2023 = 11 min 15 sec.", "11 min 15 sec", 675, "seconds", period_type="month",
            period_end="2023-10-31", subject="Immediate", metric_text="immediate response times",
            section="Response Times – Immediate", line=617)
    c = one(reconcile([], immediate_table(), [f]))
    assert (c.verdict, c.reason, c.severity) == ("mismatch", "label", "major")
    assert c.table_row_label == "Average Response Time: Immediate" and c.table_value == 814
    assert "Median Response Time: Immediate" in c.explanation and "00:13:34" in c.explanation
    assert c.difference == pytest.approx(675 - 814)


def test_explicit_median_compared_with_the_median_row():
    f = fig(DOC, "The median response time in October 2023 was 11 min 15 sec.", "11 min 15 sec", 675, "seconds",
            period_type="month", period_end="2023-10-31", subject="Immediate", metric_text="median response time",
            section="Response Times – Immediate")
    c = one(reconcile([], immediate_table(), [f]))
    assert c.verdict == "consistent" and c.table_row_label == "Median Response Time: Immediate"


def test_priority_durations_agree_at_minute_precision():
    s1 = "County = 1 hr 33 min in October 2023 down from 1 hr 45 min in September 2023"
    s2 = "Swindon = 2 hr 15 min in October 2023 down from 2 hr 23 min September 2023"
    figs = [
        fig(DOC, s1, "1 hr 33 min", 5580, "seconds", period_type="month", period_end="2023-10-31", subject="County",
            metric_text="priority response times", section="Response Times - Priority", line=584),
        fig(DOC, s1, "1 hr 45 min", 6300, "seconds", period_type="month", period_end="2023-09-30", subject="County",
            metric_text="priority response times", section="Response Times - Priority", line=584),
        fig(DOC, s2, "2 hr 15 min", 8100, "seconds", period_type="month", period_end="2023-10-31", subject="Swindon",
            metric_text="priority response times", section="Response Times - Priority", line=585),
    ]
    checks = [c for c in reconcile([], priority_table(), figs) if c.check_type == "narrative_vs_table"]
    assert len(checks) == 2  # September is not in the table: no check
    assert all(c.verdict == "consistent" for c in checks)
    assert {c.table_row_label for c in checks} == {"Average Response Time: Priority - County",
                                                   "Average Response Time: Priority - Swindon"}


def test_62_percent_agrees_with_62_1_and_16_minutes_with_00_16_12():
    t = dashboard(DOC, "Response Times - Priority", [
        ("Response Rate: Priority", ["62.1%", "61.0%", "60.2%", "-1.0% points"]),
        ("Average Response Time: Priority", ["00:16:12", "00:17:01", "00:18:00", "00:00:10"]),
    ])
    f1 = fig(DOC, "Response rate: October 2023 = 62%.", "62%", 62, "percent", period_type="month",
             period_end="2023-10-31", subject="Priority", metric_text="response rate", section="Response Times - Priority")
    f2 = fig(DOC, "The average response time in October 2023 was 16 minutes.", "16 minutes", 960, "seconds",
             period_type="month", period_end="2023-10-31", subject="Priority", metric_text="average response time",
             section="Response Times - Priority", line=201)
    checks = [c for c in reconcile([], t, [f1, f2]) if c.check_type == "narrative_vs_table"]
    assert sorted(c.verdict for c in checks) == ["consistent", "consistent"]
    assert all(c.severity == "info" for c in checks)


def test_one_digit_off_is_rounding_minor_not_a_value_alarm():
    t = dashboard(DOC, "Response Times - Priority", [("Response Rate: Priority", ["61.4%", "61.0%", "60.2%", "-1.0% points"])])
    f = fig(DOC, "Response rate: October 2023 = 62%.", "62%", 62, "percent", period_type="month",
            period_end="2023-10-31", subject="Priority", metric_text="response rate", section="Response Times - Priority")
    c = one(reconcile([], t, [f]))
    assert (c.verdict, c.reason, c.severity) == ("mismatch", "rounding", "minor")


def test_empty_cell_is_unverifiable_never_a_mismatch():
    f = fig(DOC, "Outstanding suspects (perps) in the 12 months to September 2023 were 400.", "400", 400, "count",
            period_type="rolling_12_months", period_end="2023-09-30", subject="DA", metric_text="outstanding suspects",
            section="Domestic Abuse (VAWG)")
    c = one(reconcile([], da_table(), [f]))
    assert (c.verdict, c.reason, c.severity) == ("unverifiable", "missing", "info")
    assert c.table_row_label == "Outstanding Suspects: DA" and c.table_value is None
    assert "empty" in c.explanation


def test_perps_synonym_links_to_suspects_row():
    f = fig(DOC, "Outstanding perps for September 2023 stood at 415.", "415", 415, "count", period_type="month",
            period_end="2023-09-30", subject="DA", metric_text="outstanding perps", section="Domestic Abuse (VAWG)")
    assert one(reconcile([], da_table(), [f])).verdict == "consistent"


def test_subject_without_a_row_is_unverifiable():
    f = fig(DOC, "Violence with injury crime in Salisbury fell by 6.0% year-on-year.", "6.0%", -6.0, "percent",
            role="change", period_type="change_12_months", subject="Salisbury", metric_text="violence with injury crime",
            section="Violence with Injury")
    c = one(reconcile([], vwi_table(), [f]))
    assert (c.verdict, c.reason, c.severity) == ("unverifiable", "missing", "info")
    assert "Salisbury" in c.explanation


def test_sign_reversed_is_a_sign_mismatch():
    t = dashboard(DOC, "Domestic Abuse (VAWG)", [("Crime Volume: DA", ["582", "1,810", "7,244", "+2.1%"])],
                  cols=DASH_COLS_SEP)
    f = fig(DOC, "DA crimes year-on-year show a decrease of 2.1%.", "2.1%", -2.1, "percent", role="change",
            period_type="change_12_months", subject="DA", metric_text="DA crimes", section="Domestic Abuse (VAWG)")
    c = one(reconcile([], t, [f]))
    assert (c.verdict, c.reason, c.severity) == ("mismatch", "sign", "major")
    assert "reversed" in c.explanation


def test_twelve_month_figure_that_is_the_month_cell_is_a_period_mismatch():
    f = fig(DOC, "The rolling 12-month arrest rate to September 2023 was 39.7%.", "39.7%", 39.7, "percent",
            period_type="rolling_12_months", period_end="2023-09-30", subject="DA", metric_text="arrest rate",
            section="Domestic Abuse (VAWG)")
    c = one(reconcile([], da_table(), [f]))
    assert (c.verdict, c.reason, c.severity) == ("mismatch", "period", "minor")
    assert c.table_value == pytest.approx(41.2) and "Sep-2023" in c.explanation


def test_percent_against_a_duration_is_a_unit_mismatch():
    t = dashboard(DOC, "Crime & Communication Centre – 999 Service", [
        ("Average Time to Answer: All 999", ["00:00:12", "00:00:14", "00:00:13", "-00:00:03"])])
    f = fig(DOC, "999 average wait times have improved year-on-year by -3%.", "-3%", -3, "percent", role="change",
            period_type="change_12_months", subject="999", metric_text="average wait times",
            section="Crime & Communication Centre – 999 Service")
    c = one(reconcile([], t, [f]))
    assert (c.verdict, c.reason, c.severity) == ("mismatch", "unit", "major")


def test_month_on_month_change_has_no_column_and_no_check():
    s = "CRIB abandonment rate for October 2023 at 27.7%. This is a decrease of 5% when compared with September 2023."
    f1 = fig(DOC, "CRIB abandonment rate for October 2023 at 27.7%.", "27.7%", 27.7, "percent", period_type="month",
             period_end="2023-10-31", subject="CRIB", metric_text="abandonment rate",
             section="Crime & Communication Centre – CRIB Service")
    f2 = fig(DOC, "This is a decrease of 5% when compared with September 2023.", "5%", -5, "percent", role="change",
             period_type="month", period_end="2023-10-31", inherited=1, subject="CRIB", metric_text="abandonment rate",
             section="Crime & Communication Centre – CRIB Service")
    checks = [c for c in reconcile([], crib_table(), [f1, f2]) if c.check_type == "narrative_vs_table"]
    assert [c.narrative_raw for c in checks] == ["27.7%"] and checks[0].verdict == "consistent"
    del s


def test_wait_time_synonym_and_words_duration():
    f = fig(DOC, "CRIB average wait times for the month of October 2023 were 15 minute 50 seconds, decreasing by "
            "4 minutes and 2 seconds on September 2023.", "15 minute 50 seconds", 950, "seconds", period_type="month",
            period_end="2023-10-31", subject="CRIB", metric_text="average wait times",
            section="Crime & Communication Centre – CRIB Service")
    g = fig(DOC, f.sentence, "4 minutes and 2 seconds", -242, "seconds", role="change", period_type="month",
            period_end="2023-10-31", subject="CRIB", metric_text="average wait times",
            section="Crime & Communication Centre – CRIB Service")
    checks = [c for c in reconcile([], crib_table(), [f, g]) if c.check_type == "narrative_vs_table"]
    assert len(checks) == 1 and checks[0].verdict == "consistent"
    assert checks[0].table_row_label == "Average Time to Answer: All CRIB"


def test_no_table_for_the_metric_means_no_check():
    f = fig(DOC, "Violent crime satisfaction 73.7%.", "73.7%", 73.7, "percent", subject="Violence with Injury",
            metric_text="violent crime satisfaction", section="Violence with Injury")
    g = fig(DOC, "The average response time was 10 minutes.", "10 minutes", 600, "seconds", metric_text="average response time",
            section="Violence with Injury")
    assert [c for c in reconcile([], vwi_table(), [f, g]) if c.check_type == "narrative_vs_table"] == []


def test_other_sections_table_is_never_used():
    # a 101/CCH sentence under its own heading (no table) must not be read against the 999 table
    t = dashboard(DOC, "Crime & Communication Centre – 999 Service", [
        ("Abandonment Rate: All 999", ["0.7%", "0.9%", "1.7%", "-1.2% points"])], line=441)
    f = fig(DOC, "CCH abandonment rate for the month of October 2023 decreased to 12.2%.", "12.2%", 12.2, "percent",
            period_type="month", period_end="2023-10-31", subject="CCH", metric_text="abandonment rate",
            section="Crime & Communication Centre – 101 Service/CCH", line=494)
    assert reconcile([], t, [f]) == []


def test_generic_sections_fall_back_to_the_table_just_above():
    t = dashboard(DOC, "WHAT? (What is the situation?)", [
        ("Abandonment Rate: All 999", ["0.7%", "0.9%", "1.7%", "-1.2% points"])], line=441)
    f = fig(DOC, "999 abandonment rates continue to decrease with October 2023 levels at 0.7% a year-on-year "
            "decrease of -1.2%.", "-1.2%", -1.2, "percent", role="change", period_type="change_12_months",
            period_end="2023-10-31", subject="999", metric_text="abandonment rates", section="Data Summary", line=468)
    c = one(reconcile([], t, [f]))
    assert c.verdict == "consistent" and "percentage points" in c.explanation
    # far below (another part of the pack) -> no link
    far = fig(DOC, f.sentence, "-1.2%", -1.2, "percent", role="change", period_type="change_12_months",
              subject="999", metric_text="abandonment rates", section="Data Summary", line=2000)
    # far below (another part of the pack): not by position, but its own words name the document's one
    # "Abandonment Rate: All 999" row (issue 13: linking without headings)
    c = one(reconcile([], t, [far]))
    assert (c.verdict, c.table_row_label) == ("consistent", "Abandonment Rate: All 999")
    # two tables each with such a row: two candidates, no check
    t2 = dashboard(DOC, "Contact", [("Abandonment Rate: All 999", ["0.8%", "0.9%", "1.6%", "-1.1% points"])],
                   line=900)
    assert [c for c in reconcile([], t + t2, [far]) if c.figure_id] == []


def test_unstated_period_agreeing_with_no_column_is_unverifiable():
    f = fig(DOC, "The median response time is currently 44:38 mind.", "44:38", 2678, "seconds", inherited=1,
            period_type="month", period_end="2023-10-31", subject="Priority", metric_text="median response time",
            section="Response Times - Priority")
    c = one(reconcile([], priority_table(), [f]))
    assert (c.verdict, c.reason, c.severity) == ("unverifiable", "period", "info")
    assert "00:44:45" in c.explanation


def test_unstated_period_agreeing_with_a_column_is_consistent():
    f = fig(DOC, "Priority log volumes are recording 28,982.", "28,982", 28982, "count", inherited=1,
            subject="Priority", metric_text="log volumes", section="Response Times - Priority")
    c = one(reconcile([], priority_table(), [f]))
    assert c.verdict == "consistent" and c.table_column_label == "12 Months to Oct-2023"


def test_approximate_figure_is_never_a_mismatch():
    f = fig(DOC, "Priority log volumes in October 2023 were around 2,000.", "2,000", 2000, "count", period_type="month",
            period_end="2023-10-31", subject="Priority", metric_text="log volumes", section="Response Times - Priority")
    c = one(reconcile([], priority_table(), [f]))
    assert c.verdict != "mismatch"


def test_target_and_rank_figures_are_not_compared():
    f = fig(DOC, "Urban SLA = 15 min. For September 2023 the response time was 11 min 59 sec.", "15 min", 900, "seconds",
            role="target", subject="Immediate", metric_text="response time", section="Response Times – Immediate")
    assert reconcile([], immediate_table(), [f]) == []


def test_check_ids_are_stable_and_unique():
    f = fig(DOC, VWI_SENT, "-11.7%", -11.7, "percent", role="change", period_type="change_12_months",
            subject="County", metric_text="crime", section="Violence with Injury")
    a = reconcile([], vwi_table(), [f])
    b = reconcile([], list(reversed(vwi_table())), [f])
    assert [c.check_id for c in a] == [c.check_id for c in b]
    assert len({c.check_id for c in a}) == len(a)


# --------------------------------------------------------------------------- arithmetic


def arith(checks):
    return [c for c in checks if c.check_type == "arithmetic"]


def test_appeals_33_per_cent_of_6_and_3_is_an_arithmetic_mismatch_in_a_sentence():
    s = "Q1: 33 per cent (6 appeals completed and 3 upheld) Q2: 20 per cent (10 appeals completed and 2 upheld)"
    figs = [fig(DOC, s, "33 per cent", 33, "percent", role="share"), fig(DOC, s, "20 per cent", 20, "percent", role="share")]
    by = {c.narrative_raw: c for c in arith(reconcile([], [], figs))}
    assert (by["33 per cent"].verdict, by["33 per cent"].reason, by["33 per cent"].severity) == ("mismatch", "value", "major")
    assert by["33 per cent"].table_value == pytest.approx(50)
    assert "3 / 6" in by["33 per cent"].table_value_raw and "50" in by["33 per cent"].explanation
    assert by["20 per cent"].verdict == "consistent"


def test_appeals_measure_box_is_read_the_same_way():
    m = dashboard(DOC, "4. Secure a quality police service", [
        ("Percentage of complaint appeals upheld", ["33 per cent (6 appeals completed and 3 upheld)"])],
        cols=[("Q1", "quarter", "2019-04-01", "2019-06-30")])
    m[0].value, m[0].unit = 33.0, "percent"
    got = arith(reconcile([], m, []))
    assert len(got) == 1 and got[0].verdict == "mismatch" and got[0].measure_id == m[0].measure_id
    assert got[0].table_value == pytest.approx(50)
    # figure and measure box stating the same thing count once
    s = "Q1: 33 per cent (6 appeals completed and 3 upheld)"
    both = arith(reconcile([], m, [fig(DOC, s, "33 per cent", 33, "percent")]))
    assert len(both) == 1


def test_change_with_count_and_total():
    s = "Crime increased by 2.3% (n. 2,751), totalling 121,109 crimes."
    c = arith(reconcile([], [], [fig(DOC, s, "2.3%", 2.3, "percent", role="change")]))
    assert len(c) == 1 and c[0].verdict == "consistent"
    assert c[0].table_value == pytest.approx(100 * 2751 / (121109 - 2751), abs=1e-3)
    bad = "Crime increased by 3.3% (n. 2,751), totalling 121,109 crimes."
    c = arith(reconcile([], [], [fig(DOC, bad, "3.3%", 3.3, "percent", role="change")]))
    assert len(c) == 1 and (c[0].verdict, c[0].reason) == ("mismatch", "value")


def test_parts_against_total():
    ok = "There were 1,884 casualties in total: Fatal 23, Serious 232, Slight 1,629."
    bad = "There were 1,894 casualties in total: Fatal 23, Serious 232, Slight 1,629."
    c_ok = arith(reconcile([], [], [fig(DOC, ok, "1,884", 1884, "count")]))
    c_bad = arith(reconcile([], [], [fig(DOC, bad, "1,894", 1894, "count")]))
    assert [c.verdict for c in c_ok] == ["consistent"]
    assert [(c.verdict, c.reason) for c in c_bad] == [("mismatch", "value")]
    assert c_bad[0].table_value == 1884
    s = ("In the year to September 2019, 7,296 crimes have been detected (positive outcome) of which 5,611 were court "
         "disposals and 1,685 were out of court.")
    assert [c.verdict for c in arith(reconcile([], [], [fig(DOC, s, "7,296", 7296, "count")]))] == ["consistent"]


def test_nested_counts_are_not_parts():
    s = ("There were 255 trials listed during quarter two, of which 133 were cracked or ineffective and 43 of these "
         "were due to prosecution reasons.")
    assert arith(reconcile([], [], [fig(DOC, s, "255", 255, "count")])) == []
    s2 = "In the 12 months to June 2019, there were on average of 23 KSI collisions a month and 273 in total."
    assert arith(reconcile([], [], [fig(DOC, s2, "273", 273, "count")])) == []


def test_two_levels_and_a_change_joined_across_this_compares():
    s1 = "There were 619 hate crimes reported in the year to September 2019."
    s2 = "This compares to 658 hate crimes in the year to June 2018 (a decrease of 39 crimes; 5.9 per cent)."
    figs = [fig(DOC, s1, "619", 619, "count", section="1."), fig(DOC, s2, "658", 658, "count", section="1."),
            fig(DOC, s2, "39", -39, "count", role="change", section="1."),
            fig(DOC, s2, "5.9 per cent", -5.9, "percent", role="change", section="1.")]
    got = arith(reconcile([], [], figs))
    assert got and all(c.verdict == "consistent" for c in got)
    assert {c.narrative_raw for c in got} >= {"5.9 per cent", "39"}


def test_levels_across_a_semicolon_from_a_change_give_no_difference_check():
    """Plymouth's panel minutes, lettered points run into one sentence: "showing 53 crimes per 1000
    population compared to 76 nationally; ... had increased by three per cent (an increase of 547
    crimes) compared to the same period last year" -- 547 is no 53 - 76 (a false alarm before)."""
    s = ("Devon and Cornwall was the third safest force area, showing 53 crimes per 1000 population compared to 76 "
         "nationally; between 1 April 2011 and 20 February 2012 levels of overall crime in Plymouth had increased "
         "by three per cent (an increase of 547 crimes) compared to the same period last year.")
    figs = [fig(DOC, s, "53", 53, "count"), fig(DOC, s, "76", 76, "count"),
            fig(DOC, s, "547", 547, "count", role="change")]
    assert arith(reconcile([], [], figs)) == []
    # in one clause the difference is still checked
    s2 = "There were 658 hate crimes compared to 619 the year before (an increase of 30 crimes)."
    figs = [fig(DOC, s2, "658", 658, "count"), fig(DOC, s2, "619", 619, "count"),
            fig(DOC, s2, "30", 30, "count", role="change")]
    assert [(c.verdict, c.table_value) for c in arith(reconcile([], [], figs))] == [("mismatch", 39)]


def test_of_which_share_and_x_of_y():
    s = "There were 4,993 defendants prosecuted in the year to August 2019 of which 89 per cent of people (4,437) were convicted."
    got = arith(reconcile([], [], [fig(DOC, s, "89 per cent", 89, "percent", role="share")]))
    assert [c.verdict for c in got] == ["consistent"]
    s2 = "Of the 26 appeals completed in the 12 months to September 2019, 6 were upheld. This represents 23 per cent of appeals."
    got = arith(reconcile([], [], [fig(DOC, s2, "23 per cent", 23, "percent", role="share")]))
    assert [c.verdict for c in got] == ["consistent"]
    s3 = "Wiltshire answered 30 of 40 calls (70%) within target."
    got = arith(reconcile([], [], [fig(DOC, s3, "70%", 70, "percent", role="share")]))
    assert [(c.verdict, c.table_value) for c in got] == [("mismatch", 75)]


def test_unrelated_numbers_in_a_sentence_give_no_arithmetic_check():
    s = ("The volume of crimes remain above pre-covid baselines, with 2022 8% (n=482) more than 2019, "
         "an average addition 40 crimes per month.")
    assert arith(reconcile([], [], [fig(DOC, s, "8%", 8, "percent", role="change")])) == []
    s2 = "44.5% of callers in September 2023 waited 10 mins before abandoning."
    assert arith(reconcile([], [], [fig(DOC, s2, "44.5%", 44.5, "percent", role="share")])) == []


def test_satisfaction_change_pp_row_against_the_period_rows():
    cols = ["Overall satisfaction", "Ease of contact", "Investigation"]
    rows = {"Sep-17": ["77.2%", "91.2%", "69.6%"], "Sep-18": ["73.8%", "90.1%", "61.8%"],
            "Sep-19": ["76.9%", "94.4%", "64.3%"], "Change (PP)": ["-0.3", "3.2", "-5.0"]}
    from reconcile_fixtures import _unit_value
    from extract.records import MeasureRecord
    ms = []
    for r, vals in rows.items():
        for col, raw in zip(cols, vals):
            v, u = _unit_value(raw)
            ms.append(MeasureRecord(measure_id=f"m-{r}-{col}", doc_id=DOC, table_id="sat", row_label=r,
                                    column_label=col, value=v, unit=u, value_raw=raw, section="99. Indicator change"))
    got = {c.table_column_label: c for c in arith(reconcile([], ms, []))}
    assert got["Overall satisfaction"].verdict == "consistent"
    assert got["Ease of contact"].verdict == "consistent"
    assert (got["Investigation"].verdict, got["Investigation"].reason) == ("mismatch", "value")
    assert got["Investigation"].table_value == pytest.approx(-5.3)


def test_share_column_against_counts_and_total_row():
    from extract.records import MeasureRecord
    data = [("Personal", "600", "60.0%"), ("Nuisance", "300", "30.0%"), ("Environmental", "100", "12.0%"),
            ("Total", "1,000", "100.0%")]
    ms = []
    for label, n, share in data:
        for col, raw, unit, v in (("Jul-24", n, "count", float(n.replace(",", ""))),
                                  ("Proportion of monthly total", share, "percent", float(share[:-1]))):
            ms.append(MeasureRecord(measure_id=f"{label}-{col}", doc_id=DOC, table_id="asb", row_label=label,
                                    column_label=col, value=v, unit=unit, value_raw=raw, section="ASB"))
    got = {c.table_row_label: c for c in arith(reconcile([], ms, [])) if c.unit == "percent"}
    assert got["Personal"].verdict == "consistent"
    assert got["Environmental"].verdict == "mismatch" and got["Environmental"].table_value == pytest.approx(10)


# --------------------------------------------------------------------------- across documents


def test_same_measure_in_two_documents_consistent_or_revised():
    a = vwi_table(DOC)
    b = vwi_table(DOC2)
    for m in b:
        if m.row_label.endswith("County") and m.period_type == "rolling_12_months":
            m.value, m.value_raw = 3580.0, "3,580"
    got = [c for c in reconcile([], a + b, []) if c.check_type == "cross_document"]
    assert len(got) == 16
    rev = [c for c in got if c.verdict == "mismatch"]
    assert len(rev) == 1 and rev[0].reason == "revised" and rev[0].severity == "minor"
    assert rev[0].difference == pytest.approx(9)


def test_differently_worded_measures_in_two_documents_are_not_compared():
    a = vwi_table(DOC)
    b = vwi_table(DOC2)
    for m in b:  # another report's row with other words, but the same metric keyword and period
        if m.row_label.startswith("Crime Volume"):
            m.row_label = m.row_label.replace("Crime Volume", "Crime Volume Recorded Excluding Fraud")
            m.value = (m.value or 0) + 100
    got = [c for c in reconcile([], a + b, []) if c.check_type == "cross_document"]
    assert got and all(not c.table_row_label.startswith("Crime Volume") for c in got)
    assert all(c.verdict == "consistent" for c in got)  # the unchanged FAT rows still agree


def test_narrative_of_a_document_without_tables_against_the_other_rendering():
    f = fig(DOC2, VWI_SENT, "-11.7%", -11.7, "percent", role="change", period_type="change_12_months",
            subject="County", metric_text="crime", section="Violence with Injury", page=7)
    got = reconcile([], vwi_table(DOC), [f])
    c = one(got, "cross_document")
    assert c.doc_id == DOC2 and (c.verdict, c.reason) == ("mismatch", "value")


def test_same_sentence_with_a_different_number_in_two_documents_is_revised():
    s1 = "Online crime reporting recorded in October 2023 reached 1,402."
    s2 = "Online crime reporting recorded in October 2023 reached 1,420."
    oct23 = {"period_type": "month", "period_end": "2023-10-31"}
    figs = [fig(DOC, s1, "1,402", 1402, "count", section="Online", **oct23),
            fig(DOC2, s2, "1,420", 1420, "count", section="Online", **oct23)]
    got = [c for c in reconcile([], [], figs) if c.check_type == "cross_document"]
    assert len(got) == 1 and got[0].reason == "revised"
    same = [fig(DOC, s1, "1,402", 1402, "count", **oct23), fig(DOC2, s1, "1,402", 1402, "count", **oct23)]
    assert [c for c in reconcile([], [], same) if c.check_type == "cross_document"] == []


def test_a_template_sentence_filled_in_for_another_period_is_no_revision():
    """Bedfordshire's quarterly statements: "Q2 recorded 144 Trafficking of Drugs offences,
    averaging 44 crimes per month 23/24." and "Q3 recorded 117 ..., averaging 41 ..." are two
    quarters (the quarter's number is no figure of the sentence, so it is not masked); Essex's
    monthly updates: "Domestic Abuse (DA) has risen by 46.3%." in February and "... by 43.8%."
    in April are two months (each figure dated by its own report, or not dated at all)."""
    q2 = "Q2 recorded 144 Trafficking of Drugs offences, averaging 44 crimes per month 23/24."
    q3 = "Q3 recorded 117 Trafficking of Drugs offences, averaging 41 crimes per month 23/24."
    figs = [fig(DOC, q2, "144", 144, "count"), fig(DOC, q2, "44", 44, "count", occurrence=1),
            fig(DOC2, q3, "117", 117, "count"), fig(DOC2, q3, "41", 41, "count")]
    assert [c for c in reconcile([], [], figs) if c.check_type == "cross_document"] == []
    feb, apr = "Domestic Abuse (DA) has risen by 46.3%.", "Domestic Abuse (DA) has risen by 43.8%."
    for ends in [("2019-02-28", "2019-04-30"), (None, None)]:
        figs = [fig(DOC, feb, "46.3%", 46.3, "percent", role="change", period_end=ends[0]),
                fig(DOC2, apr, "43.8%", 43.8, "percent", role="change", period_end=ends[1])]
        assert [c for c in reconcile([], [], figs) if c.check_type == "cross_document"] == []
    # the same month in both: a revision
    figs = [fig(DOC, feb, "46.3%", 46.3, "percent", role="change", period_end="2019-02-28"),
            fig(DOC2, apr, "43.8%", 43.8, "percent", role="change", period_end="2019-02-28")]
    assert [c.reason for c in reconcile([], [], figs) if c.check_type == "cross_document"] == ["revised"]


# --------------------------------------------------------------------------- lead-in context comes from the figures


NOV_COLS = [
    ("Nov-2024", "month", "2024-11-01", "2024-11-30"),
    ("3 Months to Nov-2024", "rolling_3_months", "2024-09-01", "2024-11-30"),
    ("12 Months to Nov-2024", "rolling_12_months", "2023-12-01", "2024-11-30"),
    ("12 Months to Nov-2023 vs. 12 Months to Nov-2024", "change_12_months", "2023-12-01", "2024-11-30"),
]


def _other_force():
    """Another force's words: an 'Emergency' grade, 'improved', November 2024 - figures read by the extractor."""
    from extract.extractors.figures import extract
    from extract.model import Block, Document, Page
    blocks = [Block("heading", "Response Times – Emergency", page=None, line=1, level=1),
              Block("heading", "Data Summary", page=None, line=20, level=1),
              Block("bullet", "Emergency response times have improved", page=None, line=21),
              Block("bullet", "November 2024 = 9 min 40 sec", page=None, line=22)]
    d = Document("otherforce.txt", "5e" * 32, "text", pages=[Page(1, blocks=blocks)]).finish()
    table = dashboard(d.doc_id, "Response Times – Emergency", [
        ("Median Response Time: Emergency", ["00:09:40", "00:09:52", "00:10:01", "-00:00:12"]),
        ("Average Response Time: Emergency", ["00:12:05", "00:12:11", "00:12:30", "-00:00:20"]),
    ], cols=NOV_COLS, line=5)
    return d, table, extract(d)


def test_lead_in_measure_from_the_figures_gives_the_label_mismatch_for_another_force(monkeypatch):
    import builtins
    import pathlib
    d, table, figs = _other_force()

    touched = []

    def no_fs(*a, **k):
        touched.append(a)
        raise OSError("reconcile must not touch the filesystem")
    monkeypatch.setattr(builtins, "open", no_fs)
    monkeypatch.setattr(pathlib.Path, "read_bytes", no_fs)
    monkeypatch.setattr(pathlib.Path, "open", no_fs)
    from extract.records import DocumentRecord
    rec = DocumentRecord(doc_id=d.doc_id, source="corpus/otherforce.txt", sha256=d.sha256, format="text")
    checks = reconcile([rec], table, figs)
    monkeypatch.undo()
    assert touched == []
    c = one(checks)
    assert (c.verdict, c.reason) == ("mismatch", "label")
    assert c.table_row_label == "Average Response Time: Emergency" and c.table_value == 725
    assert "Median Response Time: Emergency" in c.explanation and "00:09:40" in c.explanation


def test_without_its_lead_in_a_bare_period_value_is_not_linked():
    d, table, figs = _other_force()
    import dataclasses
    bare = [dataclasses.replace(f, metric_text=None, subject=None, metric=None) for f in figs]
    assert [c for c in reconcile([], table, bare) if c.check_type == "narrative_vs_table"] == []


# --------------------------------------------------------------------------- changes: only the same period type


def test_monthly_year_on_year_change_is_not_compared_with_the_12_month_change():
    s = ("Violence with injury crime volumes for the month of September 2023 increased to 481, "
         "year-on-year down by -8.4%.")
    f = fig(DOC, s, "-8.4%", -8.4, "percent", role="change", period_type="month", period_end="2023-09-30",
            subject="Violence with Injury", metric_text="crime volume", section="Violence with Injury", line=743)
    c = one(reconcile([], vwi_table(), [f]))
    assert (c.verdict, c.reason, c.severity) == ("unverifiable", "period", "info")
    assert c.table_row_label == "Crime Volume: Violence With Injury" and c.table_value == pytest.approx(-8.2)
    assert "September 2023" in c.explanation and "only the change over 12 months" in c.explanation
    # the same change with no month stated is the 12-month change: compared, and a mismatch
    g = fig(DOC, "Violence with injury crime is down by -8.4% year-on-year.", "-8.4%", -8.4, "percent",
            role="change", period_type="change_12_months", period_end="2023-09-30", subject="Violence with Injury",
            metric_text="crime volume", section="Violence with Injury", line=744)
    c = one(reconcile([], vwi_table(), [g]))
    assert (c.verdict, c.reason) == ("mismatch", "value")
    # a monthly change whose measure has no row: no check at all
    h = fig(DOC, "Robbery for the month of September 2023 was down by -8.4% year-on-year.", "-8.4%", -8.4,
            "percent", role="change", period_type="month", period_end="2023-09-30", subject="Robbery",
            metric_text="robbery volume", section="Violence with Injury", line=745)
    assert [c for c in reconcile([], vwi_table(), [h]) if c.check_type == "narrative_vs_table"] == []


def test_arithmetic_ignores_coefficients_ranks_and_margins():
    from extract.reconcile.sentences import _quantities
    qs = _quantities("A correlation (r= 0.86) was found; 41st of 44 forces; 67.6% (+/- 10.52) of 1,200 people.")
    assert [q.raw for q in qs] == ["67.6%", "1,200"]


# --------------------------------------------------------------------------- the same measure in two tables


def _box_and_table(box_raw="33.0%", table_raw="33.0%", box_label="Victim satisfaction", extra_row=False):
    q2 = [("Q2", "quarter", "2019-07-01", "2019-09-30")]
    box = dashboard(DOC, "Measure boxes", [(box_label, [box_raw])], cols=q2, line=10)
    rows = [("Victim satisfaction", [table_raw])]
    if extra_row:
        rows.append(("Victim satisfaction", ["12.0%"]))
    table = dashboard(DOC, "Satisfaction table", rows, cols=q2, line=40)
    return box + table


def test_cross_table_same_measure_in_two_tables_consistent_or_value_mismatch():
    got = [c for c in reconcile([], _box_and_table(), []) if c.check_type == "cross_table"]
    assert len(got) == 1 and got[0].verdict == "consistent" and got[0].severity == "info"
    got = [c for c in reconcile([], _box_and_table(table_raw="35.2%"), []) if c.check_type == "cross_table"]
    assert len(got) == 1 and (got[0].verdict, got[0].reason, got[0].severity) == ("mismatch", "value", "major")
    assert got[0].narrative_value == pytest.approx(35.2) and got[0].table_value == pytest.approx(33.0)
    assert got[0].difference == pytest.approx(2.2)
    # "33%" in one table agrees with 33.0% in the other at the precision printed
    got = [c for c in reconcile([], _box_and_table(box_raw="33%"), []) if c.check_type == "cross_table"]
    assert [c.verdict for c in got] == ["consistent"]


def test_cross_table_only_when_unambiguous():
    # two cells for the same measure and quarter in one table: no check
    assert [c for c in reconcile([], _box_and_table(table_raw="35.2%", extra_row=True), [])
            if c.check_type == "cross_table"] == []
    # different measures that share a metric word are not the same measure
    assert [c for c in reconcile([], _box_and_table(box_label="Satisfaction with being kept informed",
                                                     table_raw="90.4%"), [])
            if c.check_type == "cross_table"] == []
    # the same table twice in two documents is cross_document, not cross_table
    a = dashboard(DOC, "Satisfaction table", [("Victim satisfaction", ["33.0%"])],
                  cols=[("Q2", "quarter", "2019-07-01", "2019-09-30")])
    b = dashboard(DOC2, "Satisfaction table", [("Victim satisfaction", ["35.0%"])],
                  cols=[("Q2", "quarter", "2019-07-01", "2019-09-30")])
    assert [c.check_type for c in reconcile([], a + b, [])] == ["cross_document"]


def test_rate_measures_compare_with_plain_numbers():
    from extract.reconcile.common import _unit_family
    assert _unit_family("rate") == _unit_family("count")
    assert _unit_family("percentage_points") == _unit_family("percent")
    assert _unit_family("seconds") != _unit_family("count")
