"""A table whose header rule is drawn cell by cell (one segment per column, end to end, under
a rule across the table over the header: a word processor's or a journal's cell borders), no
vertical rules, and cells of wrapped prose beside one-line cells (the public benchmark's
geology table, docling-parse's case_01, F1 0.54 before: its prose columns were read as text
flows beside a four-column table).  The segments' ends are its columns; the same page with
the header rule drawn as one line is left to the unruled reader."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from extract.loaders.pdf import load_pdf

H = A4[1]
XS = [50, 100, 160, 210, 400, 540]
HEAD = [["Unit", "Age", "Two-Way", "Internal Character and", "Probable"],
        ["", "", "Time (s)", "Terminations", "Lithology"]]
ROWS = [["C4", "Pliocene", "0.3", "Transparent to low-amplitude internal reflections; locally wavy; wavy base "
                                    "on the deeper margin; sparse baselap", "Turbidites and pelagites"],
        ["C3", "Miocene", "0.4", "Moderate to high amplitude reflections; wavy toward the west",
         "Interbedded sand to clay rich turbidites, hemipelagites and pelagites"],
        ["K1", "Berriasian", "1.8", "Low to moderate amplitude internal reflections; localized growth onto "
                                    "basin margin structures; fills half graben blocks close to the slope; "
                                    "onlap onto its base", "Clayey and sandy turbidites"]]


def _wrap(text, width):
    out, cur = [], ""
    for w in text.split():
        t = f"{cur} {w}".strip()
        if cur and stringWidth(t, "Helvetica", 8) > width:
            out.append(cur)
            cur = w
        else:
            cur = t
    return out + ([cur] if cur else [])


def _page(path, segmented: bool, note: str = ""):
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 50, "Table 1. Summary of the principal features of the units.")
    c.setLineWidth(0.5)
    c.line(XS[0], H - 62, XS[-1], H - 62)
    c.setFont("Helvetica", 8)
    for k, hl in enumerate(HEAD):
        for q, t in enumerate(hl):
            c.drawString(XS[q] + 2, H - (72 + 10 * k), t)
    if segmented:
        for a, b in zip(XS, XS[1:]):
            c.line(a, H - 88, b, H - 88)
    else:
        c.line(XS[0], H - 88, XS[-1], H - 88)
    top = 98
    for row in ROWS:
        n = 1
        for q, t in enumerate(row):
            lines = _wrap(t, XS[q + 1] - XS[q] - 6)
            for k, ln in enumerate(lines):
                c.drawString(XS[q] + 2, H - (top + 10 * k), ln)
            n = max(n, len(lines))
        top += 10 * n + 4
    if note:
        c.drawString(XS[0] + 2, H - (top + 10), note)
    c.setFont("Helvetica", 10)
    c.drawString(50, H - (top + 40), "The units are described from the youngest to the oldest in the text below.")
    c.save()


def _tables(path):
    doc = load_pdf(path, path.read_bytes())
    return [[[c.text for c in r] for r in b.rows] for b in doc.blocks if b.kind == "table"]


def test_header_rule_drawn_cell_by_cell_gives_the_columns(tmp_path):
    p = tmp_path / "cells.pdf"
    _page(p, segmented=True)
    got = _tables(p)
    assert len(got) == 1
    assert got[0][0] == ["Unit", "Age", "Two-Way Time (s)", "Internal Character and Terminations",
                         "Probable Lithology"]
    assert got[0][1:] == ROWS   # every wrapped cell one cell, every row whole
    doc = load_pdf(p, p.read_bytes())
    assert any(b.kind != "table" and b.text.startswith("The units are described") for b in doc.blocks)


def test_one_line_header_rule_makes_no_cell_rule_table(tmp_path):
    # a header rule drawn as one line: the unruled reader reads this page (the same rows)
    import pdfplumber
    from extract.loaders.pdf.cell_rules import cell_rule_tables
    from extract.loaders.pdf.page import _read_page
    p = tmp_path / "line.pdf"
    _page(p, segmented=False)
    with pdfplumber.open(p) as pdf:
        pd = _read_page(pdf.pages[0], 1)
    assert pd.tables == [] and cell_rule_tables(pd.words, pd.rules) == []
    assert _tables(p)[0][1:] == ROWS


def test_a_note_under_the_rows_is_no_row(tmp_path):
    p = tmp_path / "note.pdf"
    _page(p, segmented=True, note="Source: survey")
    got = _tables(p)
    assert len(got) == 1 and got[0][1:] == ROWS
