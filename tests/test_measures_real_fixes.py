"""Issue 12 (measures of other bodies' tables come out right): one test per family of wrong
values found by reading the real documents' measures against their PDF text (pdfplumber).
Every expected value below is read from the page named beside it."""
from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

import pytest

from extract.extractors.measures import extract
from extract.extractors.measures.cells import repair_broken_words, split_label

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
CUMBRIA = REAL / "police_force_foi" / "cumbria_constabulary_foi_1306-25_hospital_crimes_2025-10-13.pdf"
HERTS = REAL / "police_force_foi" / "hertfordshire_constabulary_foi_hospital_crimes_2019-24.pdf"
KENT_FIN = REAL / "kent_cc" / "kcc_cabinet_2025-01-30_finance_monitoring_Q3.pdf"


class _Rec(SimpleNamespace):
    """A measures.csv row with the record's types (numbers, 0/1, None for empty)."""


def _typed(row: dict) -> _Rec:
    r = {k: (v if v != "" else None) for k, v in row.items()}
    r["value"] = float(r["value"]) if r["value"] is not None else None
    r["page"] = int(r["page"]) if r["page"] is not None else None
    r["is_total"] = int(r["is_total"] or 0)
    r["value_raw"] = row["value_raw"]
    r["row_label"] = row["row_label"]
    return _Rec(**r)


@pytest.fixture(scope="module")
def real_measures(real_run):
    """measures of the session's run over ../shared/real, by file name."""
    _, out, _ = real_run
    with open(out / "documents.csv", newline="", encoding="utf-8") as fh:
        names = {d["doc_id"]: Path(d["source"]).name for d in csv.DictReader(fh)}
    by_doc: dict[str, list] = {}
    with open(out / "measures.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_doc.setdefault(names[row["doc_id"]], []).append(_typed(row))
    return by_doc


@pytest.fixture(scope="module")
def cumbria(real_measures):
    return real_measures[CUMBRIA.name]


@pytest.fixture(scope="module")
def kent_fin(real_measures):
    return real_measures[KENT_FIN.name]


def _cell(recs, page, label, column):
    got = [r for r in recs if r.page == page and r.row_label == label and r.column_label == column]
    assert len(got) == 1, (page, label, column, len(got))
    return got[0]


# --- metric: a numbering heading ("Question 1b.") is not what a table counts -----------------

def test_foi_metric_is_what_the_question_counts_not_its_number(cumbria):
    # page 2: heading "Question 1b.", then "The total number of crimes logged by your force that
    # happened in, or on, hospital grounds ... by the nature of each crime description", then
    # the "Offence Sub Group | 2019/20 .. 2023/24 | Grand Total" table
    offence = [r for r in cumbria if r.subject == "Criminal Damage"]
    assert len(offence) == 6
    assert {r.metric for r in offence} == {"Number of crimes logged"}
    assert not [r for r in cumbria if r.metric and r.metric.lower().startswith(("question", "table"))]


def test_foi_grand_total_column_sums_the_years(cumbria):
    # page 2: "Criminal Damage 69 48 54 50 33 254": 254 under "Grand Total" is the five years
    # 2019/20 to 2023/24 together, a total of the same count
    r = _cell(cumbria, 2, "Criminal Damage", "Grand Total")
    assert (r.value, r.unit, r.is_total, r.metric) == (254, "count", 1, "Number of crimes logged")
    assert (r.period_type, r.period_start, r.period_end) == ("other", "2019-04-01", "2024-03-31")


def test_foi_blank_cells_stay_empty_in_their_own_year(cumbria):
    # page 2: "Dangerous Driving 1 1": the first 1 stands under 2020/21 (x 351, as the 48 of
    # Criminal Damage), the second under Grand Total; the other years are blank, not zero
    got = {r.column_label: r.value for r in cumbria if r.page == 2 and r.row_label == "Dangerous Driving"}
    assert got == {"2019/20": None, "2020/21": 1, "2021/22": None, "2022/23": None, "2023/24": None,
                   "Grand Total": 1}


def test_foi_single_total_column_takes_the_caption_as_metric(real_measures):
    # Hertfordshire page 1: heading "Total No. of Crimes at Hospitals" over "Financial Year | Total"
    recs = real_measures[HERTS.name]
    got = {r.row_label: r for r in recs if r.page == 1}
    assert got["2019/2020"].value == 883
    assert {r.metric for r in got.values()} == {"Total No. of Crimes at Hospitals"}


# --- label: a definition after a colon is not a subject ---------------------------------------

def test_outcome_definitions_are_not_split_into_metric_and_subject(cumbria):
    # page 3, Table 1: "Named Suspect identified: victim supports police action but evidential
    # difficulties prevent further action 2 99 2 47 57 1 2" (Carleton Clinic is the 2nd hospital)
    label = ("Named Suspect identified: victim supports police action but evidential difficulties "
             "prevent further action")
    r = _cell(cumbria, 3, label, "Carleton Clinic")
    assert (r.value, r.metric, r.subject) == (99, label, None)
    # pages 3-5 (Tables 1 and 2): outcomes by hospital; no outcome's definition is a subject
    # (page 3 also holds the last rows of the offence table, whose rows are subjects)
    assert not [r for r in cumbria if r.page >= 3 and r.subject and r.metric != "Number of crimes logged"]


def test_split_label_keeps_short_qualifiers():
    assert split_label("Abandonment Rate: All 999") == ("Abandonment Rate", "All 999")
    assert split_label("Safety Valve: Payment from DfE") == ("Safety Valve", "Payment from DfE")
    assert split_label("Investigation Complete: No suspect identified. Crime investigated") == (
        "Investigation Complete: No suspect identified. Crime investigated", "")
    # page 4's row cut by the page break: "Named Suspect identified: victim supports police"
    assert split_label("Named Suspect identified: victim supports police") == (
        "Named Suspect identified: victim supports police", "")


# --- finance: broken headers, scale notes, spaced signs, continued tables ---------------------

def test_broken_header_words_are_joined():
    assert repair_broken_words("Revenu e Forecas t") == "Revenue Forecast"
    assert repair_broken_words("Revenu e Varianc e") == "Revenue Variance"
    # real short words stay apart
    assert repair_broken_words("Rate per 1,000 of population") == "Rate per 1,000 of population"
    assert repair_broken_words("Change on last year") == "Change on last year"


def test_kent_finance_broken_headers_give_labels_and_variance_signs(kent_fin):
    # page 8, "All figures in £m": "Older People - Residential Care Services 97.5 124.9 +27.4"
    # under headers the text layer breaks into "Revenu e Budget | Revenu e Forecas t | ..."
    label = "Older People - Residential Care Services"
    assert _cell(kent_fin, 8, label, "Revenue Forecast").value == 124_900_000
    v = _cell(kent_fin, 8, label, "Revenue Variance")
    assert (v.value, v.unit, v.direction) == (27_400_000, "gbp", "up")
    assert not [r for r in kent_fin if r.column_label and "Revenu e" in r.column_label]


def test_kent_finance_scale_note_above_a_split_header(kent_fin):
    # page 5 ends "All figures in £m" and the header line; the table body is on page 6:
    # "Adult Social Care & Health 586.1 621.6 +35.4 +6.0%"
    got = [r for r in kent_fin if r.page == 6 and r.row_label == "Adult Social Care & Health"]
    assert [(r.value, r.unit) for r in got] == [(586_100_000, "gbp"), (621_600_000, "gbp"),
                                               (35_400_000, "gbp"), (6.0, "percent")]
    # "Directorates Position 1,432.3 1,455.6 + 23.3 +1.6%": the plus set apart from 23.3
    d = [r for r in kent_fin if r.page == 6 and r.row_label == "Directorates Position"]
    assert [r.value for r in d] == [1_432_300_000, 1_455_600_000, 23_300_000, 1.6]


def test_kent_finance_continued_table_keeps_its_scale(kent_fin):
    # page 10 continues page 9's "Key Service | Revenue Budget | ..." table (All figures in £m):
    # "Older People & Physical Disability Carers ... 1.7 2.6 +0.9"
    got = [r for r in kent_fin if r.page == 10 and r.column_label == "Revenue Budget"]
    assert got and {r.unit for r in got} == {"gbp"}
    assert got[0].value == 1_700_000


def test_kent_savings_scale_note_is_not_a_metric_and_brackets_are_negative(kent_fin):
    # page 30, "All figures in £m": "Adult Social Care & Health (66.9) (38.4) 0.0 (2.3) (40.7) 26.2"
    r = _cell(kent_fin, 30, "Adult Social Care & Health", "2024-25 Savings Target")
    assert (r.value, r.unit, r.value_raw) == (-66_900_000, "gbp", "(66.9)")
    assert not [r for r in kent_fin if r.metric and "figures in" in r.metric.lower()]
    v = _cell(kent_fin, 30, "Adult Social Care & Health", "Variance")
    assert (v.value, v.direction) == (26_200_000, "up")


# --- units: a "Percentage of ..." row's count columns are counts --------------------------------

def test_percentage_row_counts_beside_printed_percents(tmp_path):
    """The drawn dashboard (tests/tablegen.py): "Percentage of immediate response incidents
    attended within target | 31.2% | 1,234 | +0.0%": the 12-month column is a count."""
    import tablegen
    from extract.loaders.pdf import load_pdf

    p = tmp_path / "dashboard.pdf"
    tablegen.STYLES["dashboard"](p)
    recs = extract(load_pdf(p, p.read_bytes()))
    rows = [r for r in recs if r.row_label.startswith("Percentage of immediate response")]
    assert rows
    for r in rows:
        want = "percent" if r.value_raw.endswith("%") else "count"
        assert r.unit == want, (r.column_label, r.value_raw, r.unit)
    assert any(r.unit == "count" for r in rows)


# --- a units row under the header; "Total" under a group that names a kind ----------------------

def test_units_row_gives_units_and_total_return_is_no_sum(real_measures):
    # mid-year treasury report page 8: header rows "31-Mar-24 | 2024-25 | 30-Sep-24 | 30-Sep-24",
    # "Investment Fund | Book cost | Market Value | Movement | Market Value | 6 months return",
    # "Income | Total", "£m £m £m £m % %"; then "CCLA LAMIT Property Fund 60.0 54.2 -0.2 54.0 2.44 2.12"
    recs = [r for r in real_measures["kcc_council_2025-03-13_mid_year_report_24-25.pdf"]
            if r.page == 8 and r.row_label == "CCLA LAMIT Property Fund"]
    got = [(r.value, r.unit) for r in recs]
    assert got == [(60_000_000, "gbp"), (54_200_000, "gbp"), (-200_000, "gbp"), (54_000_000, "gbp"),
                   (2.44, "percent"), (2.12, "percent")]
    assert recs[0].column_label == "Book cost £m"
    assert [r.is_total for r in recs] == [0] * 6


def test_numeric_year_span_headers_are_not_subjects(kent_fin):
    # page 27, Table 5 "£s per pupil": "20-21 21-22 ..." / "Maintained Special School £20,629 £21,648"
    r = _cell(kent_fin, 27, "Maintained Special School", "21-22")
    assert (r.value, r.unit, r.subject) == (21_648, "gbp", None)


def test_no_value_is_taken_as_a_row_label(real_measures):
    # Kent finance page 34: a savings row whose label the loader lost ("-851.4 -108.7 - - -108.7
    # 742.7 480.0 -262.7" under a four-line header) gives no records rather than label "-851.4"
    import re

    from extract.normalise import parse_period

    bad = [(name, r.page, r.row_label) for name, recs in real_measures.items() for r in recs
           if re.fullmatch(r"[-+£(]*[\d,.]+%?\)?", r.row_label.strip()) and parse_period(r.row_label) is None]
    assert bad == []


def test_units_row_columns_are_named_by_their_group(real_measures):
    mid = real_measures["kcc_council_2025-03-13_mid_year_report_24-25.pdf"]
    # page 7: "31-Mar-24 2024-25 30-Sep-24 30-Sep-24 | Balance Movement Balance Rate of Return |
    # £m £m £m %" then "Total 453.4 49.3 502.6 4.82"
    tot = [r for r in mid if r.page == 7 and r.row_label == "Total"]
    assert [(r.metric, r.value, r.unit) for r in tot] == [
        ("Balance", 453_400_000, "gbp"), ("Movement", 49_300_000, "gbp"), ("Balance", 502_600_000, "gbp"),
        ("Rate of Return", 4.82, "percent")]
    assert not [r for r in mid if r.metric in ("%", "£m")]
    # page 5: "... 30/09/2024 | Weighted Average Life | ... yrs": "PWLB Loan ... 4.33 15.11" - a
    # number of years is no count; the normalisers give no duration for it, so it stays empty
    life = [r for r in mid if r.page == 5 and r.row_label == "PWLB Loan" and r.value_raw == "15.11"]
    assert [(r.value, r.unit) for r in life] == [(None, None)]


def test_counterparty_column_tells_rows_with_one_label_apart(real_measures):
    # half-year report appendix 1 page 1: "Instrument Type | Counterparty | Principal Amount £ |
    # Interest Rate | End Date": "Call Account National Westminster Bank plc 1,000,000 3.25%",
    # "Call Account Lloyds Bank plc 5,000,000 4.64%"
    recs = [r for r in real_measures["kcc_council_2025-03-13_half_year_report_24-25_appendix1.pdf"]
            if r.page == 1 and r.row_label == "Call Account" and r.column_label == "Principal Amount £"]
    assert sorted((r.subject, r.value, r.unit) for r in recs) == [
        ("Lloyds Bank plc", 5_000_000, "gbp"), ("National Westminster Bank plc", 1_000_000, "gbp")]
