"""Figures and checks of short excerpts, round 4: documents of publishers nobody here wrote.
Expected values come from reading the excerpt; every rule has a negative test."""
from __future__ import annotations

import dataclasses

from extract.model import stable_id
from extract.records import MeasureRecord
from extract.reconcile import reconcile


def _cell(doc, table, row, col, raw, value, section=None, unit="count"):
    return MeasureRecord(measure_id=stable_id(doc, table, row, col, raw), doc_id=doc, page=1, line=1,
                         section=section, table_id=table, row_label=row, metric=None, subject=row,
                         column_label=col, period_type="calendar_year", period_start="2020-01-01",
                         period_end="2020-12-31", value=value, unit=unit, value_raw=raw)


def _across(ms):
    return [(c.verdict, c.narrative_raw, c.table_value_raw) for c in reconcile([], ms, [])
            if c.check_type == "cross_document"]


# --- a row known only by its label, in two documents -----------------------------------------------

def test_a_bare_row_label_in_two_documents_needs_the_same_heading():
    # one force's FOI answer on arrests by ethnicity (no heading), another's on stop and search under its
    # dateline: "Asian | 2020" 109 and 75 count different things -- no revision, no check at all
    arrests = _cell("dorset", "t1", "Asian", "2020", "109", 109.0)
    searches = _cell("northumbria", "t2", "Asian", "2020", "75", 75.0, section="Date Responded 29 April 2020")
    assert _across([arrests, searches]) == []
    # both under headings, but different ones
    assert _across([dataclasses.replace(arrests, section="Arrests by ethnicity"), searches]) == []


def test_a_bare_row_label_under_the_same_heading_is_still_compared():
    # a council's treasury indicators restated in its next report ("11." is the section's number)
    a = _cell("q3", "t1", "Limit on principal invested", "2020", "£150m", 150e6,
              section="Treasury Management Indicators", unit="gbp")
    b = _cell("mid", "t2", "Limit on principal invested", "2020", "£100m", 100e6,
              section="11. Treasury Management Indicators", unit="gbp")
    assert _across([a, b]) == [("mismatch", "£100m", "£150m")]
