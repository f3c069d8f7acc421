"""The passes of figures.sentence one at a time (on sentences written here)."""
from __future__ import annotations

import datetime as dt

from extract import normalise as N
from extract.extractors.figures import sentence as S
from extract.extractors.figures.context import _Ctx
from extract.nlp import get_nlp


def ctx(period=None, subject="", metric=""):
    return _Ctx(subject, period, metric)


def mentions(text, c=None):
    sdoc = get_nlp()(text)
    kept = S._kept_quantities(text)
    return kept, S._sentence_mentions(text, sdoc, 0, len(sdoc), 0, c or ctx(), kept, None)


def figures(text, c=None, carry=None):
    sdoc = get_nlp()(text)
    return S._sentence_figures(text, sdoc, 0, len(sdoc), 0, c or ctx(), carry)


SEP23 = N.Period("month", dt.date(2023, 9, 1), dt.date(2023, 9, 30), "September 2023")


def test_pass1_kept_quantities_drop_urls_and_labels():
    kept = S._kept_quantities("See www.example.org/report2023 and Protocol 12: 45 arrests were made.")
    assert [q.raw for q in kept] == ["45"]


def test_pass2_mentions_drop_periods_inside_figures():
    kept, sm = mentions("Crime fell by 4.1% year-on-year in the 12 months to September 2023 in the County.")
    assert [q.raw for q in kept] == ["4.1%"]
    assert [m.period.period_type for m in sm.current] == ["rolling_12_months"]
    assert [m.label for m in sm.subjects] == ["County"] and len(sm.yoy) == 1


def test_pass3_value_and_role_signs_a_change():
    text = "Burglary decreased by 12.5% to 310 offences."
    kept = S._kept_quantities(text)
    assert S._value_and_role(kept[0], 0, kept, text, 0, 0, None) == (-12.5, "change")
    prev = S._Fig(kept[0], -12.5, "change")
    assert S._value_and_role(kept[1], 1, kept, text, 0, kept[0].end, prev) == (310.0, "level")


def test_pass4_period_since_a_date():
    (f,) = figures("Officer numbers have risen by 12.5% since March 2020.")
    assert (f.role, f.period.period_type, f.period.start, f.period.end) == ("change", "other", dt.date(2020, 3, 1), None)


def test_pass4_year_on_year_change_of_a_month_window():
    (f,) = figures("In September 2023 arrests rose by 6.0% year-on-year.")
    # the month's change against the same month a year before
    assert (f.period.period_type, f.period.start, f.period.end) == ("month", dt.date(2023, 9, 1), dt.date(2023, 9, 30))
    (g,) = figures("Over the 12 months to September 2023 arrests rose by 6.0% year-on-year.")
    assert (g.period.period_type, g.period.start, g.period.end) == \
        ("change_12_months", dt.date(2022, 10, 1), dt.date(2023, 9, 30))


def test_pass4_inherits_the_block_period():
    (f,) = figures("Arrests rose to 410.", ctx(SEP23))
    assert (f.period, f.inherited) == (SEP23, 1)


def test_pass5_subject_nearest_else_inherited():
    a, b = figures("Burglary fell by 3.0% while robbery rose by 2.0%.")
    assert (a.subject, b.subject) == ("Residential Burglary", "Robbery")
    (c,) = figures("It rose by 2.0%.", ctx(subject="Hate Crime"))
    assert (c.subject, c.subject_stated) == ("Hate Crime", False)


def test_pass6_generic_metric_takes_the_measure_named_before():
    a, b = figures("The abandonment rate rose to 18.4% in September; the rolling 12-month rate is 16.2%.")
    assert (a.metric, b.metric) == ("abandonment rate", "abandonment rate")


def test_pass6_section_measure_only_when_the_unit_fits():
    (f,) = figures("This was 12.0%.", ctx(metric="average response time"))
    assert f.metric == ""          # a percent is not a response time
    (g,) = figures("This was 12 minutes.", ctx(metric="average response time"))
    assert (g.metric, g.metric_stated) == ("average response time", False)
