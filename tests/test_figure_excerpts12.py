"""Figures of short excerpts, session 12 (auditf11: narrative figures of texts of other publishers --
PCC and panel pages, FOI answers).  Each quoted sentence names its source; expected values come from
reading it, and every rule has a negative test."""
from __future__ import annotations

from pathlib import Path

from extract.extractors import figures
from extract.loaders import load, load_text
from extract import normalise as N

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"


def _figs(text: str) -> list:
    return figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))


def _fy(f) -> str:
    return f"{f.period_start}..{f.period_end}"


# --------------------------------------------------------------------------
# a flattened run of years, each stating the values after it
# --------------------------------------------------------------------------

def test_values_after_a_year_belong_to_that_year():
    """An FOI answer's rows run into one sentence, the year before its values (the lead's known
    case): £33,390 is 2021/22's, not dated by the 2022/23 after it."""
    figs = _figs("The total paid each financial year 2021/22 £38,618 property damage, £33,390 personal "
                 "injury 2022/23 £41,000 property damage, £12,500 personal injury.")
    fy21, fy22 = "2021-04-01..2022-03-31", "2022-04-01..2023-03-31"
    assert [(f.value_raw, _fy(f)) for f in figs] == [
        ("£38,618", fy21), ("£33,390", fy21), ("£41,000", fy22), ("£12,500", fy22)]


def test_a_table_of_years_run_into_one_line_dates_each_count_by_its_row():
    """Cleveland Police FOI 905-24, a table flattened into pipes: "25 Claims" is 2019-2020's, not the
    next row's year."""
    figs = _figs("Year | Total Number of Public Liability Claims Settled | 2019 - 2020 | Total Paid: "
                 "£333,813.55 25 Claims | 2020 – 2021 | Total Paid: £159,703.09 18 Claims |")
    got = {f.value_raw: f.period_start for f in figs}
    assert str(got["£333,813.55"]) == "2019-04-01" and str(got["25"]) == "2019-04-01"
    assert str(got["£159,703.09"]) == "2020-04-01" and str(got["18"]) == "2020-04-01"


def test_values_before_their_years_keep_the_year_after_them():
    """Not a year-led run: the first figure comes before the first year ("38 incidents in 2021/22,
    41 in 2022/23"), or a year is led by a preposition."""
    figs = _figs("There were 38 incidents in 2021/22, 41 in 2022/23 and 50 in 2023/24.")
    assert [(f.value_raw, str(f.period_start)) for f in figs] == [
        ("38", "2021-04-01"), ("41", "2022-04-01"), ("50", "2023-04-01")]
    figs = _figs("In 2022/23, 120 arrests were made, against 100 in 2021/22.")
    assert [(f.value_raw, str(f.period_start)) for f in figs] == [("120", "2022-04-01"), ("100", "2021-04-01")]


# --------------------------------------------------------------------------
# page ranges of an agenda in capitals
# --------------------------------------------------------------------------

def test_a_page_range_before_a_heading_in_capitals_is_no_figure():
    """The lead's known case: "7 - 10 MEETING HELD ON" (an agenda's page range run into the next
    heading in capitals) gave a figure 10."""
    assert [f.value_raw for f in _figs("Minutes of the previous meeting 7 - 10 MEETING HELD ON 12 JANUARY 2024")] == []
    assert [f.value_raw for f in _figs(
        "CONFIRMATION OF MINUTES OF THE 7 - 10 MEETING HELD ON 12 JANUARY 2024 To confirm the minutes.")] == []


def test_a_range_before_two_words_in_capitals_is_still_a_figure():
    # two words of capitals are an acronym's or a name's, not a heading; a range counting down is no page range
    assert [f.value_raw for f in _figs("The force deployed 7 - 10 ARMED RESPONSE vehicles.")] == ["7", "10"]
    assert [f.value_raw for f in _figs("In 2023 there were 7 - 10 arrests a week.")] == ["7", "10"]


# --------------------------------------------------------------------------
# a change named as its clause's subject
# --------------------------------------------------------------------------

def test_a_change_named_before_its_copula_is_a_change():
    """Essex Police monthly performance update ("The national increase~ was 10.3%") and the
    Metropolitan Police Authority's burglary report ("The year to date increase in total offences
    stands at 3.6%"): the size of a change, not a level."""
    f, = _figs("All Crime 12.5% increase compared to the 12 months to October. The national increase~ was 10.3%.")[1:]
    assert (f.value, f.role) == (10.3, "change")
    f, t = _figs("The year to date increase in total offences stands at 3.6%, against the reduction target of 2%.")
    assert (f.value, f.role) == (3.6, "change") and (t.value, t.role) == (2.0, "target")
    f, = _figs("The reduction in burglary was 12%.")
    assert (f.value, f.role) == (-12.0, "change")


def test_a_change_noun_not_before_its_copula_leaves_the_level():
    f, = _figs("The reduction target was 5%.")
    assert f.role == "target"
    f, = _figs("The increase was approved by 8 members.")
    assert (f.value, f.role) == (8.0, "level")
    assert N.apply_sign(N.find_quantities("was 12%")[0], "The increase was approved and the rate was ").value == 12.0


# --------------------------------------------------------------------------
# a range's two ends are one kind of figure
# --------------------------------------------------------------------------

def test_both_ends_of_a_dashed_range_share_the_change():
    """Cleveland PCC precept consultation ("prepared to pay an extra £16.00- £24.00 per year") and
    Kent CC ("require an additional £1m-£1.5m"; "around 0.07% - 0.09% higher than")."""
    figs = _figs("68.3% said that they would be prepared to pay an extra £16.00- £24.00 per year.")
    assert [(f.value_raw, f.role) for f in figs] == [("68.3%", "share"), ("£16.00", "change"), ("£24.00", "change")]
    figs = _figs("Rates at the end of September were around 0.07% - 0.09% higher than those a year before.")
    assert [(f.value, f.role) for f in figs] == [(0.07, "change"), (0.09, "change")]
    figs = _figs("Burglary fell by 5% - 7% across the districts.")
    assert [(f.value, f.role) for f in figs] == [(-5.0, "change"), (-7.0, "change")]


def test_a_real_range_of_an_amount_added_is_a_change_at_both_ends():
    """Kent CC budget risk register (real): "... require an additional £1m-£1.5m being required to reduce
    potential for flooding"; Kent CC mid-year treasury report: "rates at the end of September around
    0.07% - 0.09% higher than those at the beginning of April"."""
    doc = load(REAL / "kent_cc" / "kcc_cabinet_2025-01-30_budget_risk_register.pdf")
    got = [(f.value_raw, f.role) for f in figures.extract(doc) if "additional £1m-£1.5m" in f.sentence]
    assert ("£1m", "change") in got and ("£1.5m", "change") in got and ("£1.5m", "level") not in got
    doc = load(REAL / "kent_cc" / "kcc_council_2025-03-13_mid_year_report_24-25.pdf")
    figs = figures.extract(doc)
    got = [(f.value_raw, f.role) for f in figs if "0.07% - 0.09%" in f.sentence]
    assert got == [("0.07%", "change"), ("0.09%", "change")]
    # the same report, a second change by ellipsis: "dropped by around 0.25% for overnight/7-day maturities
    # and 0.37% for 6-12 month maturities"
    got = [(f.value, f.role) for f in figs if "0.37% for 6-12 month" in f.sentence and f.unit == "percent"
           and f.value_raw in ("0.25%", "0.37%")]
    assert got == [(-0.25, "change"), (-0.37, "change")]


def test_a_range_of_levels_and_from_to_stay_levels():
    figs = _figs("Payments ranged £5,000 - £10,000 in 2023.")
    assert [f.role for f in figs] == ["level", "level"]
    figs = _figs("The precept would rise from £183.67 to £187.33 for the year.")
    assert [f.role for f in figs] == ["level", "level"]


# --------------------------------------------------------------------------
# periods and spans
# --------------------------------------------------------------------------

def test_a_month_range_with_its_dash_glued_to_the_year():
    """West Midlands Police FOI 1215A/22: "April 2019- March 2020 there were 155 payments" is the
    financial year 2019/20, not March 2020 alone (the next row's "April 2020 – March 2021" was read)."""
    figs = _figs("April 2019- March 2020 there were 155 payments for damages totalling £382,226.05")
    assert [(f.value_raw, f.period_type, str(f.period_start), str(f.period_end)) for f in figs] == [
        ("155", "financial_year", "2019-04-01", "2020-03-31"),
        ("£382,226.05", "financial_year", "2019-04-01", "2020-03-31")]


def test_the_last_n_financial_years_is_a_span_not_a_figure():
    """Cleveland Police FOI 432-25: "For each of the last 3 financial years and this year to date"."""
    assert _figs("For each of the last 3 financial years and this year to date, how many offences were recorded?") == []
    assert N.find_quantities("over the last 3 financial years") == []
    # a count of years that is no span of the question stays
    assert [f.value_raw for f in _figs("Over the last 3 years, 45 officers left.")] == ["45"]


# --------------------------------------------------------------------------
# the bounds of a band of answer times
# --------------------------------------------------------------------------

def test_the_bounds_of_answer_time_bands_are_limits():
    """Norfolk PCC on the 999 data ("a further 15.5% of 999 calls are answered between 10 and 60
    seconds") and a written answer in Parliament, HL1958 ("the number and percentage of calls answered
    under 10 seconds, between 10 and (under) 60 seconds, and at 60 seconds or longer"): each time is
    the limit of a band a share is counted in, like "within 10 seconds", never a time measured."""
    figs = _figs("The data also shows that 84% of 999 calls are answered within 10 seconds and a further "
                 "15.5% of 999 calls are answered between 10 and 60 seconds.")
    assert [(f.value_raw, f.role) for f in figs] == [
        ("84%", "share"), ("10 seconds", "target"), ("15.5%", "share"), ("10", "target"), ("60 seconds", "target")]
    figs = _figs("Members of the public can order the data to show the number and percentage of calls answered "
                 "under 10 seconds, between 10 and (under) 60 seconds, and at 60 seconds or longer.")
    assert [f.role for f in figs] == ["target"] * 4
    figs = _figs("The published data shows the percentage answered between 10 and 60 seconds and the percentage "
                 "of calls which take more than 60 seconds to answer.")
    assert [f.role for f in figs] == ["target"] * 3


def test_times_with_no_share_counted_in_them_stay_levels():
    figs = _figs("Calls were answered in an average of 45 seconds, with waits of between 30 and 90 seconds.")
    assert [f.role for f in figs] == ["level"] * 3
    figs = _figs("85% of calls were answered, and the average wait was 62 seconds.")
    assert [(f.value_raw, f.role) for f in figs] == [("85%", "share"), ("62 seconds", "level")]
    # "at" a time is a bound only with "or longer" after it
    figs = _figs("The percentage of calls answered was 80%, with the average answered at 62 seconds.")
    assert figs[-1].role == "level"


# --------------------------------------------------------------------------
# legislation
# --------------------------------------------------------------------------

def test_an_acts_bracketed_subsections_are_no_counts():
    """Cleveland Police FOI 905-24 ("the first duty at Section 1 (1) (a) is to confirm or deny") and a
    Scottish Information Commissioner decision, 059/2025 ("FOISA sections 1(1), (2) and (6) ...;
    38(1)(a) and (5) ...", "the DPA 2018 sections 3(2), (3), (5) and (14)")."""
    assert _figs("Unless exemptions apply, the first duty at Section 1 (1) (a) is to confirm or deny whether "
                 "the information specified in a request is held.") == []
    assert _figs("Freedom of Information (Scotland) Act 2002 (FOISA) sections 1(1), (2) and (6) (General "
                 "entitlement); 2(1)(a) and (2)(e)(i) (Effect of exemptions); 38(1)(a) and (5) (definitions); "
                 "47(1) and (2) (Application for decision by Commissioner).") == []
    assert _figs("Data Protection Act 2018 (the DPA 2018) sections 3(2), (3), (5) and (14) (Terms relating to "
                 "the processing of personal data).") == []


def test_a_real_minutes_reference_to_an_act_gives_no_count():
    """Northwold parish council AGM minutes (2016): "Accepted Apologies for absence - LGA 1972, Section
    85(1) & (2): Cllr. Alan Collins, ..." -- the "(2)" is the Act's subsection."""
    doc = load(REAL / "parish_minutes_norfolk" / "2016_08_northwold-pc-agm-2016.md")
    assert [f.value_raw for f in figures.extract(doc) if "Section 85" in f.sentence] == []


def test_counts_in_brackets_after_a_section_stay_figures():
    figs = _figs("Section 5 (45 cases) and section 6 (12%) were reviewed.")
    assert [f.value_raw for f in figs] == ["45", "12%"]


# --------------------------------------------------------------------------
# a second change sharing the first one's verb
# --------------------------------------------------------------------------

def test_a_second_change_by_ellipsis_shares_the_first_ones_verb_and_sign():
    """Wiltshire PCP minutes ("Police recorded crime had increased nationally by 8 per cent in the 12
    months to March 2019 and 2 per cent regionally") and Kent CC's treasury report ("dropped by around
    0.25% for overnight/7-day maturities and 0.37% for 6-12 month maturities")."""
    figs = _figs("Police recorded crime had increased nationally by 8 per cent in the 12 months to March 2019 "
                 "and 2 per cent regionally.")
    assert [(f.value, f.role) for f in figs] == [(8.0, "change"), (2.0, "change")]
    figs = _figs("Rates dropped by around 0.25% for overnight/7-day maturities and 0.37% for 6-12 month maturities.")
    assert [(f.value, f.role) for f in figs if f.unit == "percent"] == [(-0.25, "change"), (-0.37, "change")]
    figs = _figs("Crime fell by 4% in England and Wales, and by 2% in the region.")
    assert [(f.value, f.role) for f in figs] == [(-4.0, "change"), (-2.0, "change")]


def test_a_figure_with_a_verb_of_its_own_after_a_change_keeps_its_reading():
    figs = _figs("Satisfaction fell by 4% in 2023 and 85% were satisfied.")
    assert [(f.value, f.role) for f in figs] == [(-4.0, "change"), (85.0, "level")]
    figs = _figs("Crime fell by 4% in Swindon and Wiltshire and rose by 2% elsewhere.")
    assert [(f.value, f.role) for f in figs] == [(-4.0, "change"), (2.0, "change")]
    figs = _figs("Burglary fell by 12% in 2023 and 45% of victims were repeat victims.")
    assert [(f.value, f.role) for f in figs] == [(-12.0, "change"), (45.0, "share")]


def test_an_items_number_before_its_title_and_paper_link_is_no_figure():
    """ModernGov issue pages: "Meeting: 23/04/2012 - Overview and Scrutiny Board (Item 119) 119 Burglary
    and Vehicle Crime in Bromsgrove Update Report pdf icon PDF 209 KB" (Bromsgrove DC) and "37 POLICE &
    CRIME COMMISSIONER'S ANNUAL REPORT pdf icon PDF 44 KB" (Surrey CC)."""
    assert _figs("Meeting: 23/04/2012 - Overview and Scrutiny Board (Item 119) 119 Burglary and Vehicle Crime "
                 "in Bromsgrove Update Report pdf icon PDF 209 KB Minutes:") == []
    assert _figs("37 POLICE & CRIME COMMISSIONER'S ANNUAL REPORT pdf icon PDF 44 KB") == []
    # a count in a sentence of its own before a paper's link stays
    figs = _figs("There were 12 Burglaries in the report. Supporting documents pdf icon PDF 4 KB")
    assert [f.value_raw for f in figs] == ["12"]
