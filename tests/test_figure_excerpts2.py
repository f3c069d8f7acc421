"""Figures and reconciliation of short excerpts of publishers outside the shared set (a third
reading: fire and rescue performance minutes, PCC precept minutes, council budget monitoring,
999 league-table news pages, police authority performance summaries), written here as strings.
Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

from types import SimpleNamespace

from extract.extractors import figures
from extract.loaders import load_text
from extract.reconcile.comparing import _agrees_c
from extract.reconcile.sentences import _sentence_arithmetic
from extract.reconcile.vocabulary import bound_of


def _figs(text: str):
    return list(figures.extract(load_text("page.txt", "Performance\n\n" + text + "\n")))


def _raws(text: str) -> list[str]:
    return [f.value_raw for f in _figs(text)]


# --- a bound is no plain value, whichever word writes it; an approximation is -----------------

def test_every_bound_is_not_a_plain_value():
    # a 999 league-table news page (Deeside) and the corpus highlight report ("More than £73,000" was
    # already dropped beside "over £90,000"); "at least", "up to", "a maximum of" (precept minutes)
    assert _raws("One such high performing force was Avon and Somerset, who consistently answer over 90% "
                 "of their 999 calls in under 10 seconds.") == ["10 seconds"]
    assert _raws("Between November 2021 and April 2022, North Wales Police received 46,310 emergency 999 "
                 "calls, just over 10,200 were not answered within the 10 second target time.") \
        == ["46,310", "10 second"]
    assert _raws("County Lines. 94 arrests. More than £73,000 in cash seized. Class A drugs valued at over "
                 "£90,000. Class B drugs valued at over £155,000.") == ["94"]
    assert _raws("The consultation assumed a maximum of £10 and a rise of up to £12 for a Band D property, "
                 "at least 2% below the national average.") == []
    assert _raws("Budgets below £500 and spending above £25,000 need approval.") == []


def test_approximations_time_limits_and_targets_stay():
    # Hereford & Worcester fire's performance page: approximations are the values stated
    got = [(f.value_raw, f.value) for f in _figs("On average the Service receives around 10,000 emergency "
                                                 "calls and approximately 6,600 incidents a year.")]
    assert got == [("10,000", 10000.0), ("6,600", 6600.0)]
    # a time limit names what is measured; a target is a threshold by nature (Devon & Cornwall)
    assert _raws("Cases open over 28 days fell to 12.") == ["28", "12"]
    got = _raws("One-year Target: To achieve a reduction of at least 2% in Serious Acquisitive Crime")
    assert got == ["2%"]


def test_words_before_a_number_that_are_not_a_bound():
    # a phrasal verb ("carried over") and a level reached ("went up to", "from ... up to")
    assert _raws("The council carried over £2.1m to next year.") == ["£2.1m"]
    assert _raws("Satisfaction went up to 45% from 40%.") == ["45%", "40%"]
    assert _raws("Calls rose from 1,200 up to 1,450.") == ["1,200", "1,450"]
    # a council treasury report: the level the portfolio was brought to
    assert _raws("A £29.6m net increase in covered bonds brings the total bond portfolio up to £117.9m.") \
        == ["£29.6m", "£117.9m"]


def test_bound_words_read_in_their_direction():
    assert bound_of("a rise of no more than ") == "upper"
    assert bound_of("not less than ") == "lower"
    assert bound_of("fewer than ") == "upper"
    assert bound_of("greater than ") == "lower"
    assert bound_of("a minimum of ") == "lower"
    assert bound_of("a maximum of ") == "upper"
    assert bound_of("approximately ") == "approx"
    assert bound_of("a total of ") == ""


def _fc(value: float, qualifier: str, sign_stated: bool = True):
    return SimpleNamespace(f=SimpleNamespace(value=value, unit="percent"), sign_stated=sign_stated,
                           qualifier=qualifier, precision=1.0)


def test_a_bound_holds_on_the_size_in_the_direction_stated():
    cell = lambda v: SimpleNamespace(value=v, unit="percent")   # noqa: E731
    # "fell by over 5%" holds for -7%, not for -3% nor for +7%
    assert _agrees_c(_fc(-5.0, "lower"), cell(-7.0))
    assert not _agrees_c(_fc(-5.0, "lower"), cell(-3.0))
    assert not _agrees_c(_fc(-5.0, "lower"), cell(7.0))
    # "under 10%" holds for 8%, not 12%
    assert _agrees_c(_fc(10.0, "upper"), cell(8.0))
    assert not _agrees_c(_fc(10.0, "upper"), cell(12.0))


# --- arithmetic: a number computed from a bound is never an alarm ------------------------------

def _arith(text: str):
    return _sentence_arithmetic("d", text, 1, None, {})


def test_a_share_computed_from_a_bound_is_not_a_mismatch():
    # Hereford & Worcester fire: "out of the 488 incidents examined this quarter, 388 (80%) met the APM"
    bounded = "Over 300 of the 488 incidents examined (65%) met the attendance measure."
    assert [c.verdict for c in _arith(bounded) if c.verdict == "mismatch"] == []
    # the same sentence with an exact count is checked both ways
    assert [c.verdict for c in _arith("320 of the 488 incidents examined (65%) met the attendance measure.")] \
        == ["consistent"]
    assert [c.verdict for c in _arith("300 of the 488 incidents examined (65%) met the attendance measure.")] \
        == ["mismatch"]


# --- a span of months across two years is the span, not one of its months -----------------------

def _periods(text: str):
    return [(f.value_raw, f.period_type, f.period_start, f.period_end) for f in _figs(text)]


def test_a_month_span_of_two_years_is_the_span():
    # 999 league-table pages (Deeside; the Home Office release): "between 1 November 2021 to 30 April 2022"
    span = ("other", "2021-11-01", "2022-04-30")
    assert _periods("Between November 2021 and April 2022, North Wales Police received 46,310 emergency "
                    "999 calls.") == [("46,310",) + span]
    assert _periods("The first data set covers calls made between 1 November 2021 to 30 April 2022; 71% "
                    "were answered.") == [("71%",) + span]
    assert _periods("From November 2021 to April 2022 the force received 46,310 calls.") == [("46,310",) + span]


def test_two_dated_figures_keep_their_own_months():
    assert _periods("Calls rose from 120 in November 2021 to 150 in April 2022.") == [
        ("120", "month", "2021-11-01", "2021-11-30"), ("150", "month", "2022-04-01", "2022-04-30")]


# --- emergency calls answered are 999's call handling, not the Immediate grade attended ------------

def _subjects(text: str):
    return {f.value_raw: f.subject for f in _figs(text)}


def test_emergency_calls_answered_or_handled_are_no_immediate_grade():
    # a 999 league-table news page (Deeside) and a fire service's measures table (Warwickshire)
    got = _subjects("Humberside Police are the slowest when it comes to answering emergency calls, according "
                    "to new data which showed that just 2% of its calls were picked up within 10 seconds.")
    assert got["2%"] != "Immediate"
    got = _subjects("% life risk and property emergency calls handled within 90 seconds 79 85 88.75")
    assert got.get("88.75") != "Immediate"   # (a flattened table row: no figure since round 3)
    assert _subjects("The control room received 4,100 emergency calls in May.")["4,100"] != "Immediate"
    # attended, they are the grade's
    assert _subjects("Officers attended 85% of emergency calls within 10 minutes.")["85%"] == "Immediate"
    assert _subjects("Emergency response times averaged 12 minutes.")["12 minutes"] == "Immediate"


# --- a financial year written GOV.UK style: "2024 to 2025" ---------------------------------------

def test_gov_uk_financial_years_and_their_quarters():
    from extract.normalise.periods import parse_period
    cases = {
        "2024 to 2025": ("financial_year", "2024-04-01", "2025-03-31"),
        "the 2023 to 2024 pay award": ("financial_year", "2023-04-01", "2024-03-31"),
        "Q3 2024 to 2025": ("quarter", "2024-10-01", "2024-12-31"),
        "Q1 2023 to 2024": ("quarter", "2023-04-01", "2023-06-30"),
        "Q4 2023 to 2024": ("quarter", "2024-01-01", "2024-03-31"),
        # a span after "from" / "between" stays a span of calendar years
        "from 2019 to 2020": ("other", "2019-01-01", "2020-12-31"),
        "between 2019 to 2020": ("other", "2019-01-01", "2020-12-31"),
        # the forms read before are unchanged
        "Q3 2024/25": ("quarter", "2024-10-01", "2024-12-31"),
        "2022-2023": ("financial_year", "2022-04-01", "2023-03-31"),
    }
    for text, want in cases.items():
        p = parse_period(text)
        assert (p.period_type, p.start.isoformat(), p.end.isoformat()) == want, text
    # years that are not consecutive are no financial year; a quarter of them has no dates
    assert parse_period("2019 to 2022") is None
    p = parse_period("Q3 2019 to 2022")
    assert (p.period_type, p.start, p.end) == ("quarter", None, None)
    p = parse_period("Q1 2024")
    assert (p.period_type, p.start, p.end) == ("quarter", None, None)


def test_a_fire_service_quarter_written_gov_uk_style():
    # Hereford & Worcester fire's performance minutes: the quarter, not the calendar year 2025
    got = _periods("A total of 2,046 incidents were attended in Q3 2024 to 2025 which was a decrease of 2% "
                   "(-33 incidents) compared to Q3 2023 to 2024.")
    assert got == [(raw, "quarter", "2024-10-01", "2024-12-31") for raw in ("2,046", "2%", "-33")]


def test_a_comparison_base_written_with_the_number_is_no_period_of_the_figure():
    # Hereford & Worcester fire: "compared to the number in Q3 2023 to 2024" is the base, not the
    # period of the change (no own period stated: left empty, never the base's)
    got = _periods("Special Services incidents (718) increased by 3% (+18 incidents) compared to the number "
                   "in Q3 2023 to 2024 with road traffic collisions (RTCs) up by 13% (+22 incidents).")
    assert got == [(raw, None, None, None) for raw in ("718", "3%", "+18", "13%", "+22")]
    # with its own period the change takes it
    assert _periods("In April 2024 burglary rose by 5% compared to the number in March 2024.") == [
        ("5%", "month", "2024-04-01", "2024-04-30")]


def test_a_due_cell_in_gov_uk_style_is_its_financial_year():
    # a council plan's "Timescale: 2025 to 2026" is due as "2025/26" is (the year's first day)
    from extract.normalise.due import parse_due
    assert (parse_due("2025 to 2026").date.isoformat(), parse_due("2025 to 2026").kind) == \
        (parse_due("2025/26").date.isoformat(), "financial_year") == ("2025-04-01", "financial_year")
    assert parse_due("2019 to 2022").date is None


# --- "Label: value" lists whose labels hold more than the subject --------------------------------

def test_a_subject_heading_the_next_value_is_not_the_one_before():
    # a police authority's performance summary (Devon & Cornwall): each BCU heads its own value
    got = [(f.value_raw, f.subject) for f in _figs(
        "Total Crime Sanction Detection Year to date: Cornwall & IOS BCU: 26.4% Plymouth BCU: 30.2% "
        "Devon BCU: 26.5%")]
    assert got == [("26.4%", "Cornwall"), ("30.2%", "Plymouth"), ("26.5%", "Devon")]
    # a subject right after its figure stays its own
    assert [(f.value_raw, f.subject) for f in _figs("There were 120 burglaries and 45 robberies.")] == [
        ("120", "Residential Burglary"), ("45", "Robbery")]
    assert [(f.value_raw, f.subject) for f in _figs("Burglary: 45 Robbery: 12")] == [
        ("45", "Residential Burglary"), ("12", "Robbery")]


# --- a table cell holding a bound --------------------------------------------------------------

def test_a_bound_glued_to_a_cell_number_is_no_value():
    from extract.normalise.cells import parse_value
    for text in ("<5", ">1000", ">=5", "=>5", "≥90%", ">£1m", ">.5"):
        assert parse_value(text) is None, text
    # a number alone, with a sign, a trend glyph or a spaced ">" marker keeps its value
    for text, want in (("1000", 1000.0), ("-5", -5.0), ("▲ 5%", 5.0), ("> 45", 45.0), ("00:00:18 ^", 18.0)):
        assert parse_value(text).value == want, text


def test_a_table_row_with_a_bound_gives_no_measure():
    from extract.extractors import measures
    text = ("Stop and search by area, 2023\n\n| Area | 2023 |\n| --- | --- |\n| North | 600 |\n"
            "| South | >1000 |\n| Total | 1,950 |\n")
    got = [(m.row_label, m.value) for m in measures.extract(load_text("foi.md", text))]
    assert got == [("North", 600.0), ("Total", 1950.0)]
