"""Figures and checks of short excerpts, session 14 (audit14-fig14: PCC, panel, council finance and KPI
texts, force pages and local news of publishers not read before).  Each quoted excerpt names its publisher;
expected values come from reading it, and every rule has a negative test."""
from __future__ import annotations

from extract import normalise as N
from extract.extractors import figures, measures
from extract.loaders import load_text
from extract.reconcile import reconcile


def _figs(text: str) -> list:
    return figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n"))


def _by_raw(text: str) -> dict:
    return {f.value_raw: f for f in _figs(text)}


# --------------------------------------------------------------------------
# a target keeps the direction its verb gives, as a change does
# --------------------------------------------------------------------------

def test_a_fall_aimed_at_is_a_negative_target():
    """Leicestershire CC (panel), 2014: "The strategic priority to reduce violence against a person with
    injury by 2% was not being achieved"; Metropolitan Police Authority, 12 July 2001: "2000/2001 target to
    achieve a 2 per cent decrease in offences"."""
    got = _by_raw("The strategic priority to reduce violence against a person with injury by 2% was not being "
                  "achieved – crime had increased by 15.7% (4365 offences to 5052).")
    assert (got["2%"].role, got["2%"].value) == ("target", -2)
    assert (got["15.7%"].role, got["15.7%"].value) == ("change", 15.7)
    got = _by_raw("The 2000/2001 target is to achieve a 2 per cent decrease in offences compared to the level "
                  "in 1999/2000.")
    assert (got["2 per cent"].role, got["2 per cent"].value) == ("target", -2)


def test_a_rise_aimed_at_is_a_positive_target():
    """Leicestershire CC (panel), 2014: "priority to achieve a reduction in domestic burglary offences by
    13%" is -13; a priority to increase keeps +: the two are no longer the same record."""
    fall = _by_raw("The strategic priority to achieve a reduction in domestic burglary offences by 13% was not "
                   "being achieved.")["13%"]
    rise = _by_raw("The strategic priority to increase the number of special constables by 13% was not "
                   "being achieved.")["13%"]
    assert (fall.role, fall.value, rise.role, rise.value) == ("target", -13, "target", 13)


def test_a_level_aimed_at_stays_unsigned():
    """Negative: a target with no word of change is a level aimed at ("the force have answered 84% of all
    999 calls in less than ten seconds": Staffordshire, Lichfield Live; "target of 90%")."""
    got = _by_raw("Over the last three months the force have answered 84% of all 999 calls in less than ten "
                  "seconds.")
    assert (got["ten seconds"].role, got["ten seconds"].value) == ("target", 10)
    got = _by_raw("The target of 90% of calls answered was missed.")
    assert (got["90%"].role, got["90%"].value) == ("target", 90)


# --------------------------------------------------------------------------
# a variance in brackets is a negative
# --------------------------------------------------------------------------

def test_a_bracketed_variance_is_negative():
    """Shropshire Council performance portal, gross budget Q3 2017/18: "an end of year revenue budget
    underspend of £59,000 a variance of (0.9%) on the gross budget of £563.3m"; "variance (£0.3m)" (the
    session's brief): brackets are a negative in finance text, as in a finance table's cell."""
    got = _by_raw("The quarter 3 forecast is for an end of year revenue budget underspend of £59,000 a variance "
                  "of (0.9%) on the gross budget of £563.3m (net £206.1m) for the full year.")
    v = got["(0.9%)"]
    assert (v.value, v.unit, v.role) == (-0.9, "percent", "change")
    assert v.sentence[v.char_start:v.char_end] == "(0.9%)"
    assert (got["£59,000"].value, got["£563.3m"].value, got["£206.1m"].value) == (59000, 563_300_000, 206_100_000)
    got = _by_raw("The forecast shows a variance (£0.3m) against budget.")
    assert got["(£0.3m)"].value == -300_000


def test_a_bracketed_aside_after_another_word_stays_positive():
    """Negative: a bracket after a figure or another noun is an aside ("£4.213 (79%)": Flintshire cabinet,
    2014; "(£2.2m)" after a service: Kent CC; "a variance of £0.4m (2%)")."""
    got = _by_raw("The analysis showed that it was projected that £4.213 (79%) would be achieved resulting in "
                  "a net underachievement of £1.118m.")
    assert got["79%"].value == 79
    got = _by_raw("There is an overall pressure on both residential care (£2.2m) and semi-independent (£2.3m).")
    assert (got["£2.2m"].value, got["£2.3m"].value) == (2_200_000, 2_300_000)
    got = _by_raw("A forecast variance of £0.4m (2%) was reported.")
    assert (got["£0.4m"].value, got["2%"].value) == (400_000, 2)


# --------------------------------------------------------------------------
# scaled money without float noise
# --------------------------------------------------------------------------

def test_scaled_money_has_no_float_noise():
    """Bournemouth Echo, 2018: "Savings of £32.2m have been made" (it was 32200000.000000004); Kent CC
    treasury report: "£65.73m" (65730000.00000001)."""
    got = _by_raw("\"Savings of £32.2m have been made over the last spending review period.\"")
    assert repr(got["£32.2m"].value) == "32200000.0"
    assert repr(N.parse_money("£65.73m")) == "65730000.0"
    assert repr(N.parse_money("£1.5k")) == "1500.0"   # (negative: an exact product is unchanged)


# --------------------------------------------------------------------------
# a base year after "on the ... year of"
# --------------------------------------------------------------------------

def test_a_change_on_a_named_earlier_year_is_not_of_that_year():
    """Security Journal UK on the ONS figures, 2022: "There were 909,504 domestic abuse-related offences
    recorded in 2021/22, up eight per cent on 2020/21 and up 12 per cent on the pre-pandemic year of
    2019/20": the 12 per cent is of 2021/22, 2019/20 its base (it had 2019/20)."""
    got = _by_raw("There were 909,504 domestic abuse-related offences recorded in 2021/22, up eight per cent on "
                  "2020/21 and up 12 per cent on the pre-pandemic year of 2019/20.")
    assert (got["12 per cent"].role, got["12 per cent"].value) == ("change", 12)
    assert (got["12 per cent"].period_start, got["12 per cent"].period_end) == ("2021-04-01", "2022-03-31")
    assert got["909,504"].period_start == "2021-04-01"


def test_a_level_in_a_named_year_keeps_it():
    """Negative: "There were 420 incidents in 2012/13" (Dorset Echo, 2014) is of 2012/13."""
    f = _by_raw("There were 420 incidents in 2012/13 and this increased to 472 the following year.")["420"]
    assert (f.period_type, f.period_start) == ("financial_year", "2012-04-01")


# --------------------------------------------------------------------------
# an average named after a later figure is that figure's
# --------------------------------------------------------------------------

def test_an_average_after_another_figure_is_not_the_first_ones():
    """North Wales Police, 2017: "Despite an overall increase in crime of 7.8% to September 2016, the rise
    in our area is below the 8.8 % England and Wales average": the average is the 8.8%'s (the 7.8% was
    National)."""
    got = _by_raw("\"Despite an overall increase in crime of 7.8% to September 2016, the rise in our area is "
                  "below the 8.8 % England and Wales average.")
    assert (got["7.8%"].subject, got["8.8 %"].subject) == (None, "National")


def test_an_average_after_its_own_figure_stays_its():
    """Negative: no other figure between ("Crime rose 4.5%, the national average"), and an average's two
    years ("The national average was 12.1% in 2022 and 11.5% in 2023")."""
    assert _by_raw("Crime rose 4.5%, the national average.")["4.5%"].subject == "National"
    got = _by_raw("The national average was 12.1% in 2022 and 11.5% in 2023.")
    assert (got["12.1%"].subject, got["11.5%"].subject) == ("National", "National")


# --------------------------------------------------------------------------
# a share of respondents backing or preferring something
# --------------------------------------------------------------------------

def test_respondents_backing_an_increase_are_a_share():
    """Lincolnshire Online (Lincs Online), 2024, the PCC's precept survey: "3,434 complete responses, with
    just 3% preferring a reduction to the precept, and 81% backing an increase in some capacity" (81% was a
    change of +81)."""
    got = _by_raw("An online survey conducted by Mr Jones saw 3,434 complete responses, with just 3% preferring "
                  "a reduction to the precept, and 81% backing an increase in some capacity.")
    assert [(k, f.role, f.value) for k, f in got.items()] == [
        ("3,434", "level", 3434), ("3%", "share", 3), ("81%", "share", 81)]


def test_a_change_with_no_view_after_it_stays_a_change():
    """Negative: no verb of a view after the figure (Lichfield Live, 2023, Staffordshire Police's report:
    "Call volume has increased by 8% (16,529) in the last 12 months")."""
    got = _by_raw("Call volume has increased by 8% (16,529) in the last 12 months compared to the previous year.")
    assert (got["8%"].role, got["8%"].value) == ("change", 8)


# --------------------------------------------------------------------------
# a total check's explanation names no column a table has not
# --------------------------------------------------------------------------

def test_a_total_of_a_one_column_table_names_no_column():
    """Cumberland Council, Cumbria PCC budget page: "Authority £m / Cumberland Council 27.894 / Westmorland
    and Furness Council 27.763 / Total 55.657" (the explanation said 'for "None"')."""
    text = ("Council Tax precept by billing authority 2024 to 2025\n\nAuthority £m\nCumberland Council 27.894\n"
            "Westmorland and Furness Council 27.763\nTotal 55.657\n")
    doc = load_text("page.txt", text)
    checks = [c for c in reconcile([doc], measures.extract(doc), figures.extract(doc))
              if c.check_type == "arithmetic" and c.table_row_label == "Total"]
    assert [c.verdict for c in checks] == ["consistent"]
    assert "None" not in checks[0].explanation and '"Total" (55.657)' in checks[0].explanation


# --------------------------------------------------------------------------
# a number alone in brackets after a change's base is the base's level
# --------------------------------------------------------------------------

def test_a_bracket_after_the_base_of_a_change_is_the_base_level():
    """David Hanson MP on North Wales Police, 2018: "Total recorded crime has increased by 13.74% since
    September 2016 (40,021)": 40,021 is the level of the base, not a restated change (it was a change of
    +40,021 since September 2016); its span is not stated, so it has no period."""
    got = _by_raw("Total recorded crime has increased by 13.74% since September 2016 (40,021);")
    assert (got["13.74%"].role, got["13.74%"].value, got["13.74%"].period_start) == ("change", 13.74, "2016-09-01")
    assert (got["40,021"].role, got["40,021"].value, got["40,021"].period_type) == ("level", 40021, None)


def test_a_bracket_restating_the_change_stays_a_change():
    """Negative: a bracket with the change's own words ("(45 fewer offences)") or right after the change
    ("1,258 more recorded crimes (2.9 per cent) compared to the previous year": Wiltshire) restates it."""
    got = _by_raw("This represents 1,258 more recorded crimes (2.9 per cent) compared to the previous year.")
    assert got["2.9 per cent"].role == "change"
    got = _by_raw("Burglary fell by 12% compared with 2019 (45 fewer offences).")
    assert (got["45"].role, got["45"].value) == ("change", -45)
