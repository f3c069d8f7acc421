"""Reconciliation must stay silent where the link or the claim is not certain (issue 13, "Why").

Every false alarm the issue names, written again in the same forms on documents of our own: cells
of tables built here, sentences as a council paper writes them, and a small Markdown paper run through
the whole pipeline.  Each test asserts *no mismatch* (and, where the issue says so, no check at all)."""
from __future__ import annotations

from extract.loaders import load
from extract.extractors import figures as F
from extract.extractors import measures as M
from extract.model import stable_id
from extract.records import MeasureRecord
from extract.reconcile import reconcile
from extract.reconcile.sentences import _sentence_arithmetic


def cell(doc, table, row, col, raw, value, unit="count", ptype=None, start=None, end=None, metric=None,
         subject=None, page=1, line=1):
    return MeasureRecord(measure_id=stable_id(doc, table, row, col, raw), doc_id=doc, page=page, line=line,
                         section=None, table_id=table, row_label=row, metric=metric or row, subject=subject,
                         column_label=col, period_type=ptype, period_start=start, period_end=end, value=value,
                         unit=unit, value_raw=raw)


def mismatches(checks):
    return [(c.check_type, c.narrative_raw, c.table_value_raw, c.explanation) for c in checks
            if c.verdict == "mismatch"]


# --- across tables and documents: never on a row label alone -------------------------------------

def test_same_row_label_in_tables_measuring_different_things_is_not_compared():
    ms = [cell("eu", "t1", "Portugal", "1991", "3", 3.0, ptype="calendar_year", start="1991-01-01",
               end="1991-12-31"),
          cell("eu", "t2", "Portugal", "No. of stores", "30", 30.0, ptype="calendar_year", start="1991-01-01",
               end="1991-12-31")]
    assert [c for c in reconcile([], ms, []) if c.check_type == "cross_table"] == []


def test_a_level_is_never_compared_with_a_change_or_a_rate():
    ms = [cell("us", "t1", "West Virginia", "2015-16", "17,020", 17020.0, ptype="financial_year",
               start="2015-04-01", end="2016-03-31"),
          cell("us", "t2", "West Virginia", "Percentage change 2015-16", "1.3", 1.3, ptype="financial_year",
               start="2015-04-01", end="2016-03-31"),
          cell("us", "t3", "West Virginia", "2015-16", "1.3%", 1.3, unit="percent", ptype="financial_year",
               start="2015-04-01", end="2016-03-31")]
    assert [c for c in reconcile([], ms, []) if c.check_type == "cross_table"] == []


def test_identical_values_in_two_tables_are_never_a_mismatch():
    # "Total borrowing" 771.9 (£m) in two tables of one treasury report: the same, at any scale
    ms = [cell("kcc", "t1", "Total borrowing", "Balance £m", "771.9", 771_900_000.0, unit="gbp",
               ptype="point_in_time", start="2024-03-31", end="2024-03-31"),
          cell("kcc", "t2", "Total borrowing", "£m", "771.9", 771_900_000.0, unit="gbp",
               ptype="point_in_time", start="2024-03-31", end="2024-03-31")]
    checks = reconcile([], ms, [])
    assert mismatches(checks) == []


def test_rows_dated_differently_in_their_labels_are_different_measures():
    # "Actual as at 30 September 2024" in one paper, "Actual as at 30 November 2024" in the next
    ms = [cell("mid", "t1", "Actual as at 30 September 2024", "2024/25", "£70.7m", 70_700_000.0, unit="gbp",
               ptype="financial_year", start="2024-04-01", end="2025-03-31"),
          cell("q3", "t2", "Actual as at 30 November 2024", "2024/25", "£94.47m", 94_470_000.0, unit="gbp",
               ptype="financial_year", start="2024-04-01", end="2025-03-31")]
    assert [c for c in reconcile([], ms, []) if c.check_type == "cross_document"] == []


# --- arithmetic only where the document declares it -----------------------------------------------

def _arith(text):
    return _sentence_arithmetic("doc", text, 1, None, {})


def test_a_movement_is_not_the_percentage_change_of_another_quantity_or_a_range():
    text = ("Moreover, the drop in the composite Purchasing Managers Index, from 53.8 in August to 52.9, was "
            "still consistent with GDP growth of 0.3%-0.4% for the summer months, and inflation of 0.5% is "
            "expected.")
    assert mismatches(_arith(text)) == []


def test_a_rate_this_year_and_last_is_not_a_change_of_its_counts():
    for text in ("The take-up rate was 68% this year (2,762 households) compared with 79% last year "
                 "(3,235 households).",
                 "Take-up fell to 68% (2,762) from 79% (3,235) last year."):
        assert mismatches(_arith(text)) == [], text


def test_approximations_and_bounds_are_not_exact_claims():
    for text in ("Calls rose from 1,200 to 1,450, an increase of around 25%.",
                 "Calls rose from 1,200 to 1,450, an increase of over 25%.",
                 "In total almost 3,000 incidents were recorded: 1,204 in the north and 1,600 in the south."):
        assert mismatches(_arith(text)) == [], text


def test_a_stated_change_between_its_own_before_and_after_is_checked():
    # the declared relationship still is: (1,450 - 1,200) / 1,200 = 20.8%, not 25%
    out = _arith("Calls rose from 1,200 to 1,450, an increase of 25%.")
    assert [(c.verdict, c.narrative_raw) for c in out] == [("mismatch", "25%")]
    out = _arith("Calls rose from 1,200 to 1,450, an increase of 20.8%.")
    assert [(c.verdict, c.narrative_raw) for c in out] == [("consistent", "20.8%")]


def test_a_variance_column_is_checked_only_against_columns_its_header_declares():
    row = "Partnership Working"
    ms = [cell("fin", "t", row, "2024-25 Savings Target", "-2,200.0", -2200.0, ptype="financial_year",
               start="2024-04-01", end="2025-03-31"),
          cell("fin", "t", row, "Forecast against original saving", "-272.1", -272.1, ptype="other"),
          cell("fin", "t", row, "Total Forecast", "-272.1", -272.1, ptype="other"),
          cell("fin", "t", row, "Variance", "1,927.9", 1927.9, ptype="other")]
    assert [c for c in reconcile([], ms, []) if c.check_type == "arithmetic"] == []


def test_a_total_row_under_two_unlabelled_columns_is_not_summed_across_them():
    rows = [("PRECEPT", "£7,994.00", "£52.30"), ("OCC (RE GRASS)", "£440.85", "£251.24"),
            ("PITCH HIRE", "£550.00", "£239.72"), ("TOTAL", "£8,984.85", "£543.26")]
    ms = []
    for i, (label, a, b) in enumerate(rows):
        for raw in (a, b):
            m = cell("parish", "t", label, None, raw, float(raw[1:].replace(",", "")), unit="gbp", line=i)
            m.subject = "Total" if label == "TOTAL" else label
            ms.append(m)
    assert mismatches(reconcile([], ms, [])) == []


# --- a whole paper through the pipeline ------------------------------------------------------------

ROADS = """\
# Road Safety Partnership Annual Report

## Casualties

| Severity | 2014 | 2015 | Change |
| --- | --- | --- | --- |
| Killed | 30 | 27 | -10.0% |
| Seriously injured | 410 | 397 | -3.2% |
| All casualties | 5,100 | 4,980 | -2.4% |

Killed or seriously injured casualties were 21 per cent lower in 2015 than the 2004-08 average.
The number of people killed fell to 27 in 2015, almost 10% fewer than the year before.
"""


def test_a_change_against_a_baseline_the_table_does_not_hold_is_not_checked(tmp_path):
    p = tmp_path / "roads.md"
    p.write_text(ROADS, encoding="utf-8")
    doc = load(str(p))
    ms, fs = M.extract(doc), F.extract(doc)
    assert ms and fs
    checks = reconcile([doc], ms, fs)
    assert mismatches(checks) == []
    assert [c for c in checks if c.narrative_raw and "21" in c.narrative_raw] == []


def test_a_change_column_printed_in_percent_is_the_relative_change_of_its_counts(tmp_path):
    p = tmp_path / "roads.md"
    p.write_text(ROADS, encoding="utf-8")
    doc = load(str(p))
    checks = [c for c in reconcile([doc], M.extract(doc), F.extract(doc)) if c.check_type == "arithmetic"]
    # (27 - 30) / 30 = -10.0%, (397 - 410) / 410 = -3.2%, (4,980 - 5,100) / 5,100 = -2.4%
    assert sorted((c.narrative_raw, c.verdict) for c in checks) == [
        ("-10.0%", "consistent"), ("-2.4%", "consistent"), ("-3.2%", "consistent")]


def test_a_change_since_another_year_is_not_the_difference_of_two_other_columns():
    row = "Austria"
    ms = [cell("eu", "t", row, "2014", "81.0", 81.0, ptype="calendar_year", start="2014-01-01", end="2014-12-31"),
          cell("eu", "t", row, "2015", "79.5", 79.5, ptype="calendar_year", start="2015-01-01", end="2015-12-31"),
          cell("eu", "t", row, "Change since 1990", "-12.4", -12.4, ptype="other")]
    assert [c for c in reconcile([], ms, []) if c.check_type == "arithmetic"] == []
    # a header naming the two years it compares is checked: 79.5 - 81.0 = -1.5
    ms[2] = cell("eu", "t", row, "Change 2014-2015", "-1.5", -1.5, ptype="other")
    assert [c.verdict for c in reconcile([], ms, []) if c.check_type == "arithmetic"] == ["consistent"]


def test_two_levels_with_a_change_of_their_own_between_them_are_two_statements():
    """A PCC's annual crime statistics (session 11's audit texts): each crime type has its own level and
    change; the level of one and the level of the next are no before and after."""
    for text in ("Arson and criminal damage fell slightly during the year (down 0.03%) to 6,462 and public "
                 "order offences rose slightly to 5,084 (up 1.4%).",
                 "While homicides were down to 6 (a 50% decrease) Violence with injury increased by 10% to 6,968 "
                 "and violence without injury still makes up the majority of violence cases - at 9,110 (up 4%)."):
        assert mismatches(_arith(text)) == []
    # a before and an after of one quantity is still checked, and a wrong percentage still found
    # ((15,720 - 16,075) / 16,075 = -2.2%)
    assert mismatches(_arith("Reports fell from 16,075 to 15,720 (down 2.2%).")) == []
    assert [m[2] for m in mismatches(_arith("Reports fell from 16,075 to 15,720 (down 5.2%)."))] == \
        ["(15,720 - 16,075) / 16,075 = 2.21%"]
    assert [m[2] for m in mismatches(_arith("Reports were 15,720, compared with 16,075, a fall of 5.2%."))] == \
        ["(15,720 - 16,075) / 16,075 = 2.21%"]


def test_rows_named_only_by_their_period_are_never_compared():
    """An FOI answer's tables of years ("2021/22 | £11,048" for property damage, "2021/22 | £83,184"
    for personal injury: session 11's council FOI texts), metric unknown: two tables or two answers
    with the same years count different things."""
    from extract.records import names_only_its_period

    fy = dict(ptype="financial_year", start="2021-04-01", end="2022-03-31", unit="gbp")
    ms = [cell("foi", "t1", "2021/22", "", "£11,048", 11048.0, **fy),
          cell("foi", "t2", "2021/22", "", "£83,184", 83184.0, **fy)]
    for m in ms:
        m.metric = None
    assert mismatches(reconcile([], ms, [])) == []
    assert names_only_its_period(None, "2021/22") and names_only_its_period(None, "Q1 2023/24")
    # a label with words, or a row with a metric, still says what it counts
    assert not names_only_its_period(None, "Total 2021/22") and not names_only_its_period("Claims", "2021/22")
