"""A note set across an unruled table's value columns between its rows (a savings table with
commentary under each line) is a row of the table, one cell spanning from its column to the
last: the rows after it stay rows of the table, and the last row's note when every row has
one; prose starting at the label column ends it."""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape

from extract.loaders.pdf import load_pdf
from extract.model import TABLE

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tablegen  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KENT = ROOT.parent / "shared" / "real" / "kent_cc" / "kcc_cabinet_2025-01-30_finance_monitoring_Q3.pdf"

WIDTHS = [170, 70, 70, 70, 70, 70]
HEADER = ["Saving", "Target", "Forecast", "Variance", "Undeliverable", "Future years"]
ROWS = [["Review of home care contracts", "-1,200.0", "-950.0", "250.0", "250.0", "-"],
        ["Digital front door", "-800.0", "-", "800.0", "-", "-800.0"],
        ["Reduced agency staffing", "-650.0", "-420.5", "229.5", "-", "-229.5"]]
NOTES = ["Negotiations with the two largest providers concluded in the quarter and the new rates "
         "apply from October, which leaves a smaller part of the saving for this year.",
         "The procurement of the new platform has slipped to the spring and no saving is expected "
         "this financial year; the full saving moves to next year's plan.",
         "Use of agency staff has fallen since the summer recruitment campaign."]


def _draw(path, prose_after: str = ""):
    c, h = tablegen._page(path, landscape(A4))
    x = 40
    top = tablegen.draw_table(c, h, x, 80, WIDTHS, [HEADER], n_header=1)
    for row, note in zip(ROWS, NOTES):
        top = tablegen.draw_table(c, h, x, top, WIDTHS, [row], n_header=0)
        top = tablegen._text(c, h, x + WIDTHS[0] + 3, top + 3, note, size=8, width=sum(WIDTHS[1:]) - 6) + 4
    if prose_after:
        tablegen._text(c, h, x, top + 20, prose_after, size=8, width=sum(WIDTHS))
    c.showPage()
    c.save()
    doc = load_pdf(path, path.read_bytes())
    return doc.pages[0].blocks


def _tables(blocks):
    return [b for b in blocks if b.kind == TABLE]


def test_rows_after_a_note_stay_rows_of_the_table(tmp_path):
    blocks = _draw(tmp_path / "notes.pdf")
    (t,) = _tables(blocks)
    texts = [[c.text for c in r] for r in t.rows]
    assert texts[0] == HEADER
    assert texts[1] == ROWS[0] and texts[3] == ROWS[1] and texts[5] == ROWS[2]
    for k in (2, 4):
        note = t.rows[k][1]
        assert note.text == NOTES[k // 2 - 1] and note.col_span == 5
        assert t.rows[k][0].text == "" and all(c.covered for c in t.rows[k][2:])
    # every row has its note: the one under the last row is the table's too (Kent finance
    # monitoring p31, "Latest tracking and modelling ..." under "Occupational Therapists")
    assert len(t.rows) == 7 and t.rows[6][1].text == NOTES[2] and t.rows[6][1].col_span == 5
    assert not any(b.kind != TABLE and b.text == NOTES[2] for b in blocks)


def test_prose_at_the_label_column_is_no_note(tmp_path):
    prose = ("The savings plan for next year builds on the work above and will be brought to the "
             "committee in March together with the revised budget for each directorate.")
    blocks = _draw(tmp_path / "prose.pdf", prose)
    (t,) = _tables(blocks)
    assert [c.text for c in t.rows[-2]] == ROWS[2] and t.rows[-1][1].text == NOTES[2]
    assert any(b.kind != TABLE and b.text == prose for b in blocks)


def test_kent_savings_page_keeps_its_rows_between_commentary():
    # page 31: five savings, each with its commentary across the value columns ("The absence of
    # a commissioned managed account ..."), the last one's too; the table goes on over page 32
    # under its repeated header (four more savings)
    doc = load_pdf(KENT, KENT.read_bytes(), max_pages=35)
    (t,) = _tables(doc.pages[30].blocks)
    rows = [[c.text for c in r] for r in t.rows if any(c.text for c in r)]
    body = [r for r in rows if r[0]]
    assert [r[0] for r in body[:5]] == [
        "Alternate Provision Brand New Starts (DP)", "Efficiencies through Enablement",
        "Rehabilitation and Alternate Support for MH", "Reduction in Residential and Nursing Placements",
        "Occupational Therapists"]
    assert body[1][1:] == ["-3,500.0", "-2,644.5", "-", "-", "-2,644.5", "855.5", "-", "-855.5"]
    assert body[3][1:] == ["-2,900.0", "-309.2", "-", "-", "-309.2", "2,590.8", "1,226.8", "-1,364.0"]
    assert body[4][1:] == ["-2,500.0", "-", "-", "-", "-", "2,500.0", "-", "-2,500.0"]
    assert body[5][0] == "Partnership Working (Section 117)"  # page 32, its header not repeated
    notes = [r for r in t.rows if not r[0].text and r[1].col_span == 8]
    assert len(notes) == 9
    assert notes[0][1].text.startswith("The absence of a commissioned managed account")
    assert notes[3][1].text.endswith("additional 1:1 support where used in a residential setting.")
    assert notes[4][1].text.startswith("Latest tracking and modelling no longer indicates")
    # page 35: "Part year impact of ... reducing service specifications" over five lines is one row
    t = _tables(doc.pages[34].blocks)[-1]
    last = [c.text for c in t.rows[-1]]
    assert last[0] == ("Part year impact of further discretionary policy decisions and deep dive into "
                       "contract renewals with consideration of reducing service specifications")
    assert last[1:] == ["-2,300.0", "-", "-", "-", "-", "2,300.0", "2,300.0", "-"]


def test_rows_set_apart_by_gaps_of_several_sizes(tmp_path):
    # labels wrapped over two lines (2 pt apart), rows 12 pt apart, and rows after a long
    # note elsewhere on the line 40 pt apart: each row is a row, whatever gap follows it
    from reportlab.pdfgen import canvas
    path = tmp_path / "gaps.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 9)
    heads = ["Reserve", "Opening", "Change", "Closing"]
    rights = [None, 300, 370, 440]

    def line(y, cells):
        c.drawString(60, h - y, cells[0])
        for q in (1, 2, 3):
            if cells[q]:
                c.drawRightString(rights[q], h - y, cells[q])

    line(100, heads)
    rows = [("General reserve", "for the county", "-43.0", "7.1", "-35.9"),
            ("Vehicles and", "equipment", "-22.6", "1.5", "-21.1"),
            ("Smoothing", "", "-148.7", "11.4", "-137.3"),
            ("Major projects", "", "-41.0", "9.2", "-31.8"),
            ("Partnerships and", "external funds", "-51.5", "-4.3", "-55.8"),
            ("Insurance", "", "-16.2", "5.7", "-10.5")]
    y = 100
    for k, (a, b, *vals) in enumerate(rows):
        y += 12 + 9 if k % 2 == 0 else 40 + 9
        line(y, [a] + vals)
        if b:
            y += 11
            line(y, [b, "", "", ""])
    c.showPage()
    c.save()
    doc = load_pdf(path, path.read_bytes())
    (t,) = _tables(doc.pages[0].blocks)
    assert [[x.text for x in r] for r in t.rows] == [heads] + [
        [f"{a} {b}".strip()] + vals for a, b, *vals in rows]


def test_kent_reserves_rows_with_labels_over_three_lines():
    # page 47: "General Fund / (including Commercial -43.0 7.1 -35.9 / Services General Fund)"
    # and the header's first line "Opening Forecast Projected" is the header's, no heading
    doc = load_pdf(KENT, KENT.read_bytes(), max_pages=47)
    blocks = doc.pages[46].blocks
    assert not any(b.kind != TABLE and b.text.startswith("Opening Forecast") for b in blocks)
    (t,) = _tables(blocks)
    assert [[c.text for c in r] for r in t.rows] == [
        ["Reserve", "Opening Balance 01/04/24", "Forecast Contribution / Drawdown", "Projected Balance 31/03/25"],
        ["General Fund (including Commercial Services General Fund)", "-43.0", "7.1", "-35.9"],
        ["Earmarked Reserves", "", "", ""],
        ["Vehicle, Plant & Equipment", "-22.6", "1.5", "-21.1"],
        ["Smoothing", "-148.7", "11.4", "-137.3"],
        ["Major Projects", "-41.0", "9.2", "-31.8"],
        ["Partnerships", "-51.5", "-4.3", "-55.8"],
        ["Grant / External Funds", "-16.2", "5.7", "-10.5"]]
