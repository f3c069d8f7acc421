"""Figures of short excerpts, session 13 (audit13-fig13: narrative figures of texts of other publishers --
panel minutes, council finance and KPI reports, police FOI answers).  Each quoted excerpt names its
publisher; expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text
from extract import normalise as N


def _figs(text: str) -> list:
    return figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))


def _paragraphs(text: str) -> list[str]:
    return [b.text for b in load_text("page.txt", text).blocks if b.kind == "paragraph"]


# --------------------------------------------------------------------------
# a minutes' lettered or numbered points, one a line, are points of their own
# --------------------------------------------------------------------------

def test_lettered_points_on_lines_of_their_own_stay_apart():
    """Bromsgrove DC cabinet, 5 March 2008: each "(a)" ... "(d)" point is a paragraph of its own (they
    were one sentence, so a point's period could be read into the next)."""
    text = ("The Cabinet considered a report setting out the Council's performance.\n\n"
            "(a)       that it be noted that 55% of Performance Indicators (PIs) were Improving or Stable, "
            "compared to 83% at Quarter 2;\n\n"
            "(b)       that it be noted that 73% of PI's were achieving their Year To Date target, compared to "
            "72% at Quarter 2;\n\n"
            "(c)        that it be noted that 75% of PI's were predicted to meet their target at year end, "
            "compared to 79% at Quarter 1; and\n")
    paras = _paragraphs(text)
    assert [p[:3] for p in paras] == ["The", "(a)", "(b)", "(c)"]
    figs = _figs(text)
    assert [(f.value_raw, f.line) for f in figs] == [
        ("55%", 5), ("83%", 5), ("73%", 7), ("72%", 7), ("75%", 9), ("79%", 9)]


def test_roman_and_lettered_points_after_a_lead_in_stay_apart():
    """Plymouth CC (Devon and Cornwall panel) minutes, 2025: "i." ... "iii." under "c)", then "d)"."""
    text = ("c) Operation Resolve was launched in August 2025. Key elements included:\n"
            "i. Returning 121 officers to uniformed roles by 01 April 2026, with 71 redeployed by Christmas 2025;\n"
            "ii. Additional ring-fenced funding of £4.7m for neighbourhood policing;\n"
            "iii. A rank review to reduce senior officer numbers;\n"
            "d) Recruitment remained challenging.\n")
    paras = _paragraphs(text)
    assert [p.split()[0] for p in paras] == ["c)", "i.", "ii.", "iii.", "d)"]


def test_a_numbered_question_not_ending_a_sentence_is_no_figure_of_the_one_before():
    """West Midlands Police FOI 15704/19: item 4 ends without a stop; "5." opens the next item, it is no
    count 5 of item 4 (nor of its own text)."""
    text = ("  4. What time the incidents occurred i.e. how many occurred in the morning, afternoon, evening, "
            "night-time\n"
            "  5. type of damage and estimated cost of damage incurred by incidents\n")
    assert [p[:2] for p in _paragraphs(text)] == ["4.", "5."]
    assert _figs(text) == []


def test_numbered_items_after_lettered_points_open_items_of_their_own():
    """Hertingfordbury parish council agenda, 13 February 2019 (its text): "10. NEXT MEETING" follows a
    lettered point that ends no sentence; Kent CC cabinet minutes, 9 January 2025: "6. Following the
    debate" follows a numbered point ending "May 2025"."""
    text = ("11. CORRESPONDENCE & OTHER MATTERS\n"
            "c) Resolution to approve Reserves Policy\n"
            "d) To agree a response to correspondence received and consider e-circulation matters\n"
            "10. NEXT MEETING - to suggest Agenda items for the Parish Council Meeting on 13th March\n")
    paras = _paragraphs(text)
    assert paras[-2:] == ["d) To agree a response to correspondence received and consider e-circulation matters",
                          "10. NEXT MEETING - to suggest Agenda items for the Parish Council Meeting on 13th March"]
    assert [f.value_raw for f in _figs(text)] == []
    text = ("3. Agree to request that the Minister for Local Government and English\n"
            "Devolution consider postponing County elections scheduled for May 2025\n\n"
            "6. Following the debate, the Leader proposed and Mr Oakford seconded the above motion.\n")
    assert [p[:2] for p in _paragraphs(text)] == ["3.", "6."]


def test_a_numbered_question_with_a_lettered_part_gives_no_figure():
    """A request's "1. a) ..." (the last audit's leftover; West Midlands Police FOI 532A/22 writes "a. The
    number of 999 calls ..."): neither label is a figure."""
    assert _figs("1. a) How many officers were dismissed in 2022?") == []
    assert [(f.value_raw, f.role) for f in _figs("2) b) 45 arrests were made.")] == [("45", "level")]


def test_a_wrapped_line_starting_with_a_number_still_joins():
    """Negative: a line that opens with a number but is no next item of a list goes on the sentence above
    ("... rose to" / "12.5% in March"), and a letter in brackets after an unfinished line is a reference."""
    assert _paragraphs("Satisfaction with the service rose to\n12.5% in March 2024.\n") == [
        "Satisfaction with the service rose to 12.5% in March 2024."]
    assert len(_paragraphs("The exemption at section 12\n(a) applies to the whole request.\n")) == 1


# --------------------------------------------------------------------------
# an over/underspend is not the budget it is against
# --------------------------------------------------------------------------

def test_an_underspend_against_a_budget_is_no_budget():
    """Maidstone BC Q1 2019/20 ("an under spend against the revenue budget of £0.234m"), Rotherham MBC
    ("General Fund Revenue Budget forecast overspend of £6.1m"), Watford BC ("a £3 million underspend on
    the Strategic Finance Budget")."""
    got = {f.value_raw: (f.metric or "", f.metric_text) for f in _figs(
        "At the Quarter 1 stage, there is an under spend against the revenue budget of £0.234m. "
        "Note the current General Fund Revenue Budget forecast overspend of £6.1m. "
        "The Head of Finance gave a £3 million underspend on the Strategic Finance Budget as one example.")}
    assert got["£0.234m"] == ("", "under spend")
    assert got["£6.1m"] == ("", "forecast overspend")
    assert got["£3 million"] == ("", "underspend")


def test_a_budget_stated_beside_an_underspend_stays_a_budget():
    """Negative: Maidstone BC Q3 2019/20 -- "£12.211 million" is the profiled budget, "£111,000" the under
    spend."""
    got = {f.value_raw: (f.metric, f.metric_text) for f in _figs(
        "The Council has incurred net expenditure of £12.10 million against a profiled budget of £12.211 "
        "million, representing an under spend of £111,000.")}
    assert got["£12.211 million"] == ("budget", "budget")
    assert got["£111,000"][0] != "budget"


# --------------------------------------------------------------------------
# number grammar: a money band, "1 in 6.5", a statutory instrument's number
# --------------------------------------------------------------------------

def test_a_money_band_with_the_pound_sign_once_is_money_at_both_ends():
    """Northumbria and West Midlands Police FOI answers: "£51 – 100 worth of stolen items", "£51 -100"."""
    got = [(q.raw, q.value, q.unit) for q in N.find_quantities(
        "how many incidents results in £0 – £50 worth of stolen items, £51 -100 worth of stolen items, "
        "£101 – 200 worth of stolen items etc.")]
    assert got == [("£0", 0, "gbp"), ("£50", 50, "gbp"), ("£51", 51, "gbp"), ("-100", 100, "gbp"),
                   ("£101", 101, "gbp"), ("200", 200, "gbp")]
    figs = _figs("Cost of stolen items i.e. how many incidents results in £51 – 100 worth of stolen items.")
    assert [(f.value, f.unit, f.role) for f in figs] == [(51, "gbp", "level"), (100, "gbp", "level")]


def test_a_count_after_money_is_no_band():
    """Negative: a falling second number, or words between, leave a count."""
    got = [(q.raw, q.unit) for q in N.find_quantities("The fine was £50 - 3 people paid it.")]
    assert got == [("£50", "gbp"), ("3", "count")]
    got = [(q.raw, q.unit) for q in N.find_quantities("from £50 to 100 officers")]
    assert got == [("£50", "gbp"), ("100", "count")]


def test_one_in_a_decimal_is_a_proportion():
    """Leicester City (Leicestershire panel), 2021: "around 1 in 6.5 from BAME backgrounds" (not 1 and 6.5)."""
    got = [(q.raw, q.value, q.unit) for q in N.find_quantities(
        "current new recruits intake was around 1 in 6.5 from BAME backgrounds.")]
    assert got == [("1 in 6.5", round(1 / 6.5, 6), "ratio")]
    assert [(q.raw, q.value) for q in N.find_quantities("committed towards 1 in 4 new recruits")] == [("1 in 4", 0.25)]


def test_one_in_a_scaled_number_is_no_proportion():
    """Negative: "1 in 2 million" is no half."""
    assert all(q.unit != "ratio" for q in N.find_quantities("a risk of 1 in 2 million people"))


def test_a_statutory_instruments_number_is_no_figure():
    """West Midlands Police FOI answers: "... (Appropriate Limit and Fees) Regulations 2004, S.I. 3244."."""
    assert N.find_quantities("the Freedom of Information and Data Protection (Appropriate Limit and Fees) "
                             "Regulations 2004, S.I. 3244.") == []
    # negative: a count after a sentence's "S." initial-like word stays ("Mr S. I. 3244" is no instrument
    # without its capitals glued to a word start)
    assert [q.raw for q in N.find_quantities("The analysis. I counted 3244 cases.")] == ["3244"]


# --------------------------------------------------------------------------
# roles: a bracketed pair of levels, a change aimed at, a target's own words
# --------------------------------------------------------------------------

def test_a_bracketed_pair_after_a_change_is_two_levels():
    """Leicestershire CC (panel), 2014: "crimes had increased by 6.7% (3935 offences to 4199)": 3935 is
    the level before, not the change."""
    figs = _figs("The strategic priority was not being achieved – crimes had increased by 6.7% "
                 "(3935 offences to 4199).")
    assert [(f.value_raw, f.role, f.value) for f in figs] == [
        ("6.7%", "change", 6.7), ("3935", "level", 3935), ("4199", "level", 4199)]


def test_a_bracketed_count_restating_a_change_stays_a_change():
    """Negative: "(45 arrests to date)" and "(795 offences)" restate the change."""
    figs = _figs("Arrests increased by 12% (45 arrests to date).")
    assert [(f.value_raw, f.role) for f in figs] == [("12%", "change"), ("45", "change")]


def test_a_change_a_priority_aims_at_is_a_target():
    """Leicestershire CC (panel), 2014: "The strategic priority to reduce violence against a person with
    injury by 2% was not being achieved", "priority to achieve a reduction in domestic burglary offences by
    13%"."""
    figs = _figs("The strategic priority to reduce violence against a person with injury by 2% was not being "
                 "achieved – crime had increased by 15.7% (4365 offences to 5052).")
    assert [(f.value_raw, f.role) for f in figs] == [
        ("2%", "target"), ("15.7%", "change"), ("4365", "level"), ("5052", "level")]
    figs = _figs("The strategic priority to achieve a reduction in domestic burglary offences by 13% was not "
                 "being achieved.")
    assert [(f.value_raw, f.role) for f in figs] == [("13%", "target")]


def test_a_change_made_after_an_aim_with_a_number_is_a_change():
    """Negative: the aim's own figure stands between it and the change made."""
    figs = _figs("The target to reduce burglary by 5% was exceeded as burglary fell by 8% in the year.")
    assert [(f.value_raw, f.role) for f in figs] == [("5%", "target"), ("8%", "change")]


def test_a_change_that_happened_after_an_aim_stays_what_it_was():
    """Negative (review): a verb of what happened between the aim and "by" makes it no aim."""
    figs = _figs("The strategic priority to reduce burglary saw offences fall by 7% in the year.")
    assert [(f.value_raw, f.role, f.value) for f in figs] == [("7%", "change", -7)]
    figs = _figs("The aim to improve response times was met by 95% of calls.")
    assert all(f.role != "target" for f in figs)


def test_a_restated_change_in_a_bracket_stays_a_change():
    """Negative (review): "(50 fewer offences to 450)" restates the change; only "to 450" is a level."""
    figs = _figs("Offences fell by 10% (50 fewer offences to 450) in the year.")
    assert [(f.value_raw, f.role) for f in figs][:2] == [("10%", "change"), ("50", "change")]


def test_a_money_band_needs_a_band_s_end():
    """Negative (review): "£50 - 300 people" is money and a count; "£51 – 100 worth" a band."""
    from extract import normalise as N

    assert [(q.value, q.unit) for q in N.find_quantities("The fine was £50 - 300 people paid it.")] == [
        (50, "gbp"), (300, "count")]
    assert [(q.value, q.unit) for q in N.find_quantities("£51 – 100 worth of stolen items")] == [
        (51, "gbp"), (100, "gbp")]


def test_money_after_an_underspend_in_another_clause_is_not_the_underspend():
    """Negative (review): "The underspend was offset by additional budget of £2m": the £2m is no underspend."""
    figs = _figs("The underspend was offset by additional budget of £2m.")
    assert [f.metric_text for f in figs if f.value_raw == "£2m"] != ["underspend"]


def test_a_targets_own_words_before_its_value():
    """Reigate and Banstead BC, Q3 2018/19 and 2020/21: "against a target of achieving 75 affordable home
    completions", "the overarching target for the year (100)", "target is for 1,500 affordable units"."""
    got = {f.value_raw: f.role for f in _figs(
        "It was noted that against a target of achieving 75 affordable home completions by the end of the "
        "quarter, 60 had been achieved. Councillor Schofield indicated that the overarching target for the "
        "year (100) would be achieved. The borough's affordable housing target is for 1,500 affordable units "
        "to be built between 2012 and 2027.")}
    assert got == {"75": "target", "60": "level", "100": "target", "1,500": "target"}


def test_a_level_after_target_words_of_another_kind_stays_a_level():
    """Negative: "on target for the year at 95%" is the value reached."""
    got = {f.value_raw: f.role for f in _figs("Collection was on target for the year at 95%.")}
    assert got == {"95%": "level"}


def test_a_change_a_target_aims_at_before_its_noun_is_a_target():
    """Metropolitan Police Authority, burglary report of 12 July 2001: "2000/2001 target to achieve a 2 per
    cent decrease in offences compared to the level in 1999/2000"."""
    figs = _figs("The 2000/2001 target is to achieve a 2 per cent decrease in offences compared to the level in "
                 "1999/2000.")
    # (a decrease aimed at: -2, as a decrease made is; session 14)
    assert [(f.value_raw, f.role, f.value) for f in figs] == [("2 per cent", "target", -2)]


def test_a_change_achieved_after_an_aim_word_stays_a_change():
    """Negative: "was achieving a 2.4% decrease" (MPA, 14 February 2002) has no aim's words."""
    figs = _figs("From April – June 2001 the MPS was achieving a 2.4% decrease in total burglary offences.")
    assert [(f.value_raw, f.role, f.value) for f in figs] == [("2.4%", "change", -2.4)]


# --------------------------------------------------------------------------
# periods: a month without its year before the figure
# --------------------------------------------------------------------------

def test_a_figure_after_an_undated_month_takes_no_period_from_an_aside_after_it():
    """MPA, 14 February 2002: "The JD rate in October was however 11.3% - the highest monthly rate in the
    last year" (not the last year's); Bromsgrove, 2008: "as at the end of January 74% were Improving or
    Stable, with 85% achieving their Year to Date target" (74% is not year to date)."""
    figs = _figs("The JD rate in October was however 11.3% - the highest monthly rate in the last year.")
    assert [(f.value_raw, f.period_type) for f in figs] == [("11.3%", None)]
    figs = _figs("It was noted that as at the end of January 74% were Improving or Stable, with 85% achieving "
                 "their Year to Date target.")
    assert [(f.value_raw, f.period_type) for f in figs][0] == ("74%", None)


def test_a_period_right_after_the_figure_still_holds_after_an_undated_month():
    """Negative: "in 2023" written right after the figure is its period; a dated month is no undated one."""
    figs = _figs("The rate in March was 5% in 2023.")
    assert [(f.value_raw, f.period_type, str(f.period_start)) for f in figs] == [("5%", "calendar_year", "2023-01-01")]
    figs = _figs("The rate in March 2024 was 5%, up from 4% in the last year.")
    assert [(f.value_raw, f.period_type) for f in figs][0] == ("5%", "month")


# --------------------------------------------------------------------------
# a label alone on its line; an item's number before a title opening with a number
# --------------------------------------------------------------------------

def test_a_letter_alone_on_its_line_opens_its_point():
    """Plymouth CC (Devon and Cornwall panel), 101 update of 3 February 2017: "(b)" on a line of its own,
    the point's text on the next."""
    text = ("The Panel were advised that –\n\n(a)\n\nthe performance for the 101 service continued to be strong, "
            "with average waiting times of three minutes;\n\n(b)\n\nthe 101 service would be part of a discussion "
            "between the PCC and the Chief Constable;\n")
    paras = _paragraphs(text)
    assert paras[-1] == ("(b) the 101 service would be part of a discussion between the PCC and the Chief "
                         "Constable;")


def test_an_items_number_before_a_title_opening_with_a_number_is_no_figure():
    """Plymouth CC, 2017: "46 101 Update pdf icon PDF 204 KB" (item 46, its paper "101 Update")."""
    assert _figs("46 101 Update pdf icon PDF 204 KB\n\nThe Panel will receive an update on the 101 service.") == []
    # negative: a count before a title-like run with no link stays
    assert [f.value_raw for f in _figs("There were 46 101 calls answered late in the month.")] == ["46"]


def test_money_carried_forward_is_not_of_the_year_it_goes_into():
    """Maidstone BC Q1 2019/20: "slippage totalling £4.3m ..., which will be carried forward into 2020/21";
    Bromsgrove DC, 2008: "the carrying forward of the estimated under spent budgets totalling £2.250m from
    2007/08 to 2008/09" (no two-year span of its own)."""
    figs = _figs("At this stage, it is anticipated that there will be slippage totalling £4.3m (across a range of "
                 "projects), which will be carried forward into 2020/21.")
    assert [(f.value_raw, f.period_type) for f in figs] == [("£4.3m", None)]
    figs = _figs("RECOMMENDED that approval be given for the carrying forward of the estimated under spent budgets "
                 "totalling £2.250m from 2007/08 to 2008/09, as detailed at Appendix 5 to the report.")
    assert [(f.value_raw, f.period_type) for f in figs] == [("£2.250m", None)]


def test_money_carried_forward_in_its_own_year_keeps_it():
    """Negative: the year written with the money, not after "into" / "to", is its own."""
    figs = _figs("An underspend of £1m in 2019/20 will be carried forward to 2020/21.")
    assert [(f.value_raw, f.period_type, str(f.period_start)) for f in figs] == [
        ("£1m", "financial_year", "2019-04-01")]
