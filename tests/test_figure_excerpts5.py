"""Figures of short excerpts, round 5: forms seen at several publishers and left by round 4 -- an
amount added, a point a change is counted from, a span "since" an event.  Expected values come from
reading the excerpt; every rule has a negative test."""
from __future__ import annotations

from extract.extractors import figures
from extract.loaders import load_text


def _figs(text: str) -> list[tuple]:
    """(value as printed, value, role, period type, start, end) of every figure of one paragraph."""
    out = []
    for f in figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")):
        out.append((f.value_raw, f.value, f.role, f.period_type or "", str(f.period_start or ""),
                    str(f.period_end or "")))
    return out


def _roles(text: str) -> list[tuple[str, float, str]]:
    return [(raw, v, role) for raw, v, role, *_ in _figs(text)]


# --- an amount added is the size of a rise --------------------------------------------------------

def test_an_additional_count_is_a_rise_not_a_level():
    # a PFCC's end-of-year performance (Cumbria): the 1,522 crimes are the rise the 4.3% states
    assert _roles("Between April 2024 and March 2025, crime increased by 4.3% with an additional 1,522 crimes "
                  "recorded compared to the same time period last year.") \
        == [("4.3%", 4.3, "change"), ("1,522", 1522.0, "change")]
    # a PCC's scrutiny meeting (Derbyshire), a panel agenda pack (Wiltshire), a PCC's precept approval
    # (Cleveland), a council's questions (Kent: "and extra" as printed)
    assert _roles("An unprecedented recruitment drive has brought an extra 351 police officers to the streets.") \
        == [("351", 351.0, "change")]
    assert _roles("He reported that the force had recruited an additional 162 officers.") == [("162", 162.0, "change")]
    assert _roles("Police forces get funding for the recruitment of 6,000 additional officers.") \
        == [("6,000", 6000.0, "change")]
    assert _roles("Folkestone has delivered and extra 10,000 appointments.") == [("10,000", 10000.0, "change")]
    # money added (Cleveland's precept decision)
    assert _roles("The precept will provide an additional £1.8m for investment in Community Policing.") \
        == [("£1.8m", 1.8e6, "change")]


def test_an_amount_added_is_a_rise_whatever_fell_before_it():
    assert _roles("Crime fell by 4% with an additional 20 arrests made.") \
        == [("4%", -4.0, "change"), ("20", 20.0, "change")]


def test_a_more_count_stays_a_change_and_a_total_after_an_addition_stays_a_level():
    assert _roles("There were 1,200 more arrests this year.") == [("1,200", 1200.0, "change")]
    assert _roles("An additional 1,522 crimes were recorded, bringing the total to 20,000.") \
        == [("1,522", 1522.0, "change"), ("20,000", 20000.0, "level")]


def test_a_target_of_an_amount_added_stays_a_target():
    assert _roles("The target is an additional 50 officers by the end of the year.") == [("50", 50.0, "target")]
    assert _roles("We have recruited 20 officers against a target of 50 additional officers.") \
        == [("20", 20.0, "level"), ("50", 50.0, "target")]


def test_a_further_part_or_an_additional_share_is_no_rise():
    # a council's KPI report (Guildford), a PCC's 999 answer (Norfolk): one more group, not a rise
    assert _roles("A further 20% of indicators were data only measures.") == [("20%", 20.0, "share")]
    assert _roles("Affordable dwellings: a further 31 had commenced within the quarter.") == [("31", 31.0, "level")]
    assert [r for r in _roles("An additional 20% of calls were answered within 60 seconds.") if r[0] == "20%"] \
        == [("20%", 20.0, "share")]
    # "additional" naming the thing, not the figure
    assert _roles("The additional allocation for the force is 49 officers.") == [("49", 49.0, "level")]


# --- a point a change is counted from ---------------------------------------------------------------

def test_compared_to_the_end_of_a_month_is_a_base_and_the_change_spans_both_points():
    # a PCC's scrutiny meeting (Derbyshire): never the base month March 2020, never March 2023 alone
    got = _figs("At the end of March 2023, compared to the end of March 2020, residential burglary had fell by "
                "31 per cent.")
    assert got == [("31 per cent", -31.0, "change", "other", "2020-03-31", "2023-03-31")]
    # with no later point stated: the change since then
    assert _figs("Officer numbers rose by 120 compared with the end of March 2022.") \
        == [("120", 120.0, "change", "other", "2022-03-31", "")]


def test_a_level_at_the_end_of_a_month_keeps_its_month():
    assert _figs("There were 1,200 officers at the end of March 2023.") \
        == [("1,200", 1200.0, "level", "month", "2023-03-01", "2023-03-31")]
    # a level "at the end of" a month after "compared with" is that month's level, no base of a change
    assert _figs("Officer numbers at the end of March 2023 were 1,500, compared with 1,380 at the end of March 2022.") \
        == [("1,500", 1500.0, "level", "month", "2023-03-01", "2023-03-31"),
            ("1,380", 1380.0, "level", "month", "2022-03-01", "2022-03-31")]
    assert _figs("Crime fell by 5% in March 2023 compared with March 2022.") \
        == [("5%", -5.0, "change", "month", "2023-03-01", "2023-03-31")]


# --- "since" an event, "before the end" a date ---------------------------------------------------

def test_since_an_event_in_a_month_is_the_span_from_then():
    # a PCC's annual report (Derbyshire): not the month of May 2021
    assert _figs("Meanwhile, anti-social behaviour (ASB) has reduced by 47.5 per cent countywide since the "
                 "Commissioner's election in May 2021.") \
        == [("47.5 per cent", -47.5, "change", "other", "2021-05-01", "")]
    assert _figs("Crime has fallen by 12% since the start of 2021.") \
        == [("12%", -12.0, "change", "other", "2021-01-01", "")]


def test_since_the_end_of_a_month_starts_at_its_end():
    assert _figs("Officer numbers have risen by 12.5% since the end of March 2020.") \
        == [("12.5%", 12.5, "change", "other", "2020-03-31", "")]
    assert _figs("Officer numbers have risen by 12.5% since March 2020.") \
        == [("12.5%", 12.5, "change", "other", "2020-03-01", "")]


def test_a_month_in_its_own_clause_after_since_stays_its_month():
    got = _figs("Arrests have risen since 2019, and in May 2021 there were 300 arrests.")
    assert [g for g in got if g[0] == "300"] == [("300", 300.0, "level", "month", "2021-05-01", "2021-05-31")]


def test_before_the_end_of_a_month_is_no_period():
    # a PFCC's news (Cumbria), "the end" without "of": a deadline, not the figures' month
    got = _figs("The Constabulary will see an additional 26 named Community Beat Officers (CBO) being placed "
                "across the county before the end March 2026 - raising the number of CBOs from 58 to 84.")
    assert [(g[0], g[2], g[3]) for g in got] == [("26", "change", ""), ("58", "level", ""), ("84", "level", "")]
    assert _figs("There were 84 officers at the end March 2026.") \
        == [("84", 84.0, "level", "month", "2026-03-01", "2026-03-31")]
