"""Issue 12 item 3 families through the same MeasureRecord: offence-by-year tables (police FOI
disclosures: financial-year columns, total rows and columns, dashes) and finance tables. Expected
values are read from the documents (pdfplumber text of ../shared/real/police_force_foi)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.extractors.measures import extract
from extract.loaders import load

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real"
CUMBRIA = REAL / "police_force_foi" / "cumbria_constabulary_foi_1306-25_hospital_crimes_2025-10-13.pdf"
HERTS = REAL / "police_force_foi" / "hertfordshire_constabulary_foi_hospital_crimes_2019-24.pdf"
YEARS = ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]


@pytest.fixture(scope="module")
def cumbria():
    return extract(load(CUMBRIA))


@pytest.mark.parametrize("offence,values", [
    # page 2: "Criminal Damage 69 48 54 50 33 254" etc. (the last number is the Grand Total)
    ("Criminal Damage", [69, 48, 54, 50, 33]),
    ("Other Sexual Offences", [11, 10, 10, 19, 13]),
    ("Rape", [8, 4, 3, 3, 1]),
    ("Public Fear, Alarm Or Distress", [64, 34, 54, 55, 25]),
])
def test_foi_offence_by_financial_year(cumbria, offence, values):
    recs = [r for r in cumbria if r.row_label == offence and r.period_type == "financial_year"]
    got = {r.column_label: r for r in recs}
    assert sorted(got) == YEARS
    for y, v in zip(YEARS, values):
        r = got[y]
        assert (r.value, r.unit, r.subject, r.is_total) == (v, "count", offence, 0)
        start = int(y[:4])
        assert (r.period_start, r.period_end) == (f"{start}-04-01", f"{start + 1}-03-31")


def test_foi_grand_total_never_read_as_a_year(cumbria):
    # "Criminal Damage ... 254": 254 is the Grand Total column, never a year's count
    bad = [r for r in cumbria if r.value_raw == "254" and r.period_type == "financial_year"]
    assert bad == []
    assert all(r.column_label for r in cumbria if r.row_label == "Criminal Damage")


def test_foi_yearly_totals_and_grand_total_row():
    recs = extract(load(HERTS))
    got = {r.row_label: r for r in recs}
    # page 1: "2019/2020 883 ... 2023/2024 848 Grand Total 4492"
    for label, v, end in [("2019/2020", 883, "2020-03-31"), ("2020/2021", 996, "2021-03-31"),
                          ("2023/2024", 848, "2024-03-31")]:
        r = got[label]
        assert (r.value, r.period_type, r.period_end, r.is_total) == (v, "financial_year", end, 0)
    g = got["Grand Total"]
    assert (g.value, g.is_total, g.subject) == (4492, 1, "Total")
    assert (g.period_start, g.period_end) == ("2019-04-01", "2024-03-31")


OFFENCES = [["Offence group", "2021", "2022", "2023", "Total"],
            ["Burglary", "120", "-", "95", "215"],
            ["Robbery", "30", "25", "-", "55"],
            ["Total", "150", "25", "95", "270"]]


def _markdown(tmp_path, rows, note=""):
    lines = ["# Freedom of information request", "", "Recorded offences by year.", ""]
    lines.append("| " + " | ".join(rows[0]) + " |")
    lines.append("|" + "---|" * len(rows[0]))
    lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    if note:
        lines += ["", note]
    p = tmp_path / "foi.md"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return extract(load(p))


def test_calendar_years_totals_and_dashes_left_empty(tmp_path):
    got = {(r.row_label, r.column_label): r for r in _markdown(tmp_path, OFFENCES)}
    r = got[("Burglary", "2021")]
    assert (r.value, r.period_type, r.period_start, r.period_end, r.is_total) == (
        120, "calendar_year", "2021-01-01", "2021-12-31", 0)
    assert (got[("Burglary", "2022")].value, got[("Burglary", "2022")].value_raw) == (None, "-")
    assert got[("Burglary", "Total")].is_total == 1 and got[("Burglary", "Total")].value == 215
    t = got[("Total", "2023")]
    assert (t.value, t.is_total, t.subject) == (95, 1, "Total")
    assert got[("Robbery", "2022")].is_total == 0


def test_dash_is_zero_only_where_the_document_says_so(tmp_path):
    got = {(r.row_label, r.column_label): r for r in
           _markdown(tmp_path, OFFENCES, note="Note: '-' denotes zero.")}
    r = got[("Burglary", "2022")]
    assert (r.value, r.value_raw) == (0, "-")
    assert got[("Robbery", "2023")].value == 0


def test_lone_total_column_is_the_count_not_a_total(tmp_path):
    rows = [["Financial Year", "Total"], ["2021/22", "569"], ["2022/23", "513"]]
    recs = _markdown(tmp_path, rows)
    assert [(r.value, r.is_total) for r in recs] == [(569, 0), (513, 0)]


RAG_GRID = [["Directorate", "G", "A", "R", "Total"],
            ["Adult Social Care and Health", "12", "5", "2", "19"],
            ["Children, Young People and Education", "9", "-", "4", "13"],
            ["Total", "21", "5", "6", "32"]]


def test_rag_summary_grid_counts_by_status(tmp_path):
    recs = _markdown(tmp_path, RAG_GRID)
    got = {(r.row_label, r.column_label): r for r in recs}
    r = got[("Adult Social Care and Health", "A")]
    assert (r.value, r.unit, r.rag, r.subject, r.is_total) == (5, "count", "amber", "Adult Social Care and Health", 0)
    assert got[("Children, Young People and Education", "R")].rag == "red"
    assert got[("Children, Young People and Education", "A")].value is None  # '-' without a key
    assert (got[("Total", "G")].value, got[("Total", "G")].is_total, got[("Total", "G")].rag) == (21, 1, "green")
    assert (got[("Adult Social Care and Health", "Total")].rag, got[("Adult Social Care and Health", "Total")].is_total) == (None, 1)


def test_single_letter_columns_are_not_rag_without_all_three(tmp_path):
    rows = [["Area", "A", "B"], ["North", "3", "4"], ["South", "5", "6"]]
    assert {r.rag for r in _markdown(tmp_path, rows)} == {None}


def test_metric_key_from_the_vocabulary(tmp_path):
    rows = [["Measure", "2022/23", "2023/24"], ["Abandonment Rate: All 999", "1.2%", "0.9%"],
            ["Staff sickness days per officer", "8.1", "7.9"]]
    got = {r.row_label: r.metric_key for r in _markdown(tmp_path, rows)}
    assert got["Abandonment Rate: All 999"] == "abandonment_rate"
