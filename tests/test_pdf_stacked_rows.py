"""Ruled grids whose cells hold several table rows or columns (rules between column groups
only, rows parted by space), booktabs rows set solid, watermark letters over a table, and
the measure's content comparison in any script."""
from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from extract.extractors import tables as tables_ext
from extract.loaders.pdf import load_pdf
from extract.table_eval import document_counts, grid_cells, norm, tables_of_cells

H = A4[1]


def _tables(path):
    out = tables_ext.extract(load_pdf(path, path.read_bytes()))
    return out, tables_of_cells(out["table_cells"])


def _group_ruled(path):
    """A LaTeX-style table: column rules between the stub, Count and two groups, running the
    table's height; rules over the table, under each group's heading (its group only), under
    the header, before Total and under it.  Each group packs its columns of figures."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 9)
    top, lh = 100, 12
    labels = ["Caption", "Footnote", "Formula", "List-item", "Table"]
    counts = ["22524", "6318", "25027", "185660", "34733"]
    pct = [["2.04", "1.77", "2.32"], ["0.60", "0.31", "0.58"], ["2.25", "1.90", "2.96"],
           ["17.19", "13.34", "15.82"], ["3.20", "2.27", "3.60"]]
    rng = [["84-89", "40-61"], ["83-91", "n/a"], ["83-85", "n/a"], ["87-88", "74-83"], ["77-81", "75-80"]]
    xs = [60, 160, 220, 370, 470]  # rules: left side, after stub, after Count, after %, right side
    y_head2 = top + lh + 4
    y_body = y_head2 + lh + 4
    y_total = y_body + lh * len(labels) + 4
    bottom = y_total + lh + 4
    for y, a, b in ((top, 60, 470), (top + lh + 2, 220, 370), (top + lh + 2, 370, 470), (y_body - 2, 60, 470),
                    (y_total - 2, 60, 470), (bottom, 60, 470)):
        c.line(a, H - y, b, H - y)
    for x in xs:
        c.line(x, H - top, x, H - bottom)
    c.drawCentredString(295, H - (top + 9), "% of Total")
    c.drawCentredString(420, H - (top + 9), "mAP range")
    for x, t in ((64, "class label"), (215, "Count"), (260, "Train"), (310, "Test"), (360, "Val"),
                 (415, "All"), (460, "Fin")):
        (c.drawString if x == 64 else c.drawRightString)(x, H - (y_head2 + 9), t)
    rows = list(zip(labels, counts, pct, rng)) + [("Total", "274000", ["941123", "99816", "66531"], ["82-83", "71-74"])]
    for k, (lab, n, p, r) in enumerate(rows):
        y = H - ((y_body if k < len(labels) else y_total) + lh * (k if k < len(labels) else 0) + 9)
        c.drawString(64, y, lab)
        c.drawRightString(215, y, n)
        for x, v in zip((260, 310, 360), p):
            c.drawRightString(x, y, v)
        for x, v in zip((415, 460), r):
            c.drawRightString(x, y, v)
    c.save()
    # no rule under the stub's and Count's headings: their cells span both header rows
    head = [["class label", "Count", "% of Total", "", "", "mAP range", ""],
            ["", "", "Train", "Test", "Val", "All", "Fin"]]
    body = [[lab, n, *p, *r] for lab, n, p, r in rows]
    return [grid_cells(head + body, [[0, 0, 2, 1], [0, 1, 2, 1], [0, 2, 1, 3], [0, 5, 1, 2]])]


def test_group_ruled_grid_is_split_into_its_rows_and_columns(tmp_path):
    p = tmp_path / "groups.pdf"
    truth = _group_ruled(p)
    out, det = _tables(p)
    assert len(det) == 1
    c = document_counts(det, truth)
    assert (c.correct, c.detected) == (c.truth, c.truth)
    cells = {(x.row, x.col): x for x in out["table_cells"]}
    pct = [x for x in out["table_cells"] if x.text == "% of Total"][0]
    assert pct.col_span == 3
    assert cells[(pct.row + 1, pct.col + 1)].text == "Test"


def test_wrapped_prose_in_a_ruled_row_stays_one_row(tmp_path):
    """Two cells of a ruled row each wrapped over two lines on the same baselines: words, not
    figures, so the row is one row of wrapped cells."""
    p = tmp_path / "wrapped.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Helvetica", 9)
    for y in (100, 116, 144, 172):
        c.line(60, H - y, 400, H - y)
    for x in (60, 200, 400):
        c.line(x, H - 100, x, H - 172)
    c.drawString(64, H - 111, "Key")
    c.drawString(204, H - 111, "Meaning")
    for top, a, b in ((116, ("Filter name of", "the stream"), ("The name of a filter to", "apply to the data")),
                      (144, ("Decode parms", "of the filter"), ("A dictionary of the", "parameters it takes"))):
        for k in range(2):
            c.drawString(64, H - (top + 10 + 11 * k), a[k])
            c.drawString(204, H - (top + 10 + 11 * k), b[k])
    c.save()
    _, det = _tables(p)
    assert len(det) == 1
    assert max(x["row"] for x in det[0]) == 2
    assert {x["text"] for x in det[0]} >= {"Filter name of the stream", "The name of a filter to apply to the data"}


def _column_ruled(path, watermark: bool):
    """Rules over and under the header and under the table only, column rules drawn as
    two-segment paths (curves), records of wrapped cells parted by a blank line's space;
    optionally a watermark letter 120 pt high over the body."""
    c = canvas.Canvas(str(path), pagesize=A4)
    recs = [(["25.9% Tebu", "emulsion"], "24", "2,000", ["Soak the seed", "for one day"]),
            (["50% Beno", "wettable", "powder"], "4-12", "1,000", ["Soak, then", "stir the seed", "often"]),
            (["40% Beno", "powder"], "6", "800", ["Soak and", "stir"]),
            (["30% TCMTB", "emulsion"], "6", "1,000", ["Stir while", "soaking"])]
    x_rules = [40, 150, 200, 260, 420]
    y = 120
    rows_y = []
    for lab, *_ in recs:
        rows_y.append(y)
        y += 12 * max(len(lab), 2) + 10
    bottom = y

    def rule(x0, y0, x1, y1, f):  # a straight path of two segments: pdfminer reads a curve
        pth = c.beginPath()
        pth.moveTo(x0, H - y0)
        pth.lineTo(x0 + f * (x1 - x0), H - (y0 + f * (y1 - y0)))
        pth.lineTo(x1, H - y1)
        c.drawPath(pth, stroke=1, fill=0)
    for k, yy in enumerate((100, 116, bottom)):
        rule(40, yy, 420, yy, 0.3 + 0.1 * k)
    for k, x in enumerate(x_rules):  # the segments meet at different heights
        rule(x, 100, x, bottom, 0.2 + 0.13 * k)
    c.setFont("Helvetica", 9)
    for x, t in zip((44, 154, 204, 264), ("Agent", "Hours", "Dilution", "Method")):
        c.drawString(x, H - 111, t)
    for (lab, hrs, dil, meth), top in zip(recs, rows_y):
        for k, t in enumerate(lab):
            c.drawString(44, H - (top + 9 + 12 * k), t)
        c.drawRightString(195, H - (top + 9), hrs)
        c.drawRightString(255, H - (top + 9), dil)
        for k, t in enumerate(meth):
            c.drawString(264, H - (top + 9 + 12 * k), t)
    if watermark:
        c.setFont("Helvetica", 120)
        c.drawString(250, H - 200, "T")
    c.save()
    rows = [["Agent", "Hours", "Dilution", "Method"]]
    rows += [[" ".join(lab), hrs, dil, " ".join(meth)] for lab, hrs, dil, meth in recs]
    return [grid_cells(rows)]


def test_column_ruled_records_parted_by_space_are_rows(tmp_path):
    for wm in (False, True):
        p = tmp_path / f"col{wm}.pdf"
        truth = _column_ruled(p, wm)
        _, det = _tables(p)
        assert len(det) == 1
        c = document_counts(det, truth)
        assert (c.correct, c.detected) == (c.truth, c.truth), wm
        assert not any("T" == x["text"].split()[0] for x in det[0] if x["text"]), "watermark letter in a cell"


def test_booktabs_rows_set_solid_are_rows(tmp_path):
    """An unruled table whose rows are set solid, in groups parted by more space (where a
    booktabs rule is): every line of label and values is a row, not a wrapped cell."""
    p = tmp_path / "solid.pdf"
    c = canvas.Canvas(str(p), pagesize=A4)
    c.setFont("Times-Roman", 10)
    rows = [["Model", "2B", "8B", "1B"], ["Embedding size", "2048", "4096", "1024"],
            ["Number of layers", "40", "40", "24"], ["MLP activation", "SwiGLU", "SwiGLU", "SwiGLU"],
            ["Sequence length", "4096", "4096", "4096"], ["Parameters", "2.5B", "8.1B", "1.3B"],
            ["Training tokens", "12T", "12T", "10T"]]
    y = 100
    for k, r in enumerate(rows):
        if k in (1, 5):
            y += 6  # the space of a rule between groups
        c.drawRightString(200, H - y, r[0])
        for x, v in zip((250, 310, 370), r[1:]):
            c.drawCentredString(x, H - y, v)
        y += 10
    c.save()
    _, det = _tables(p)
    c = document_counts(det, [grid_cells(rows)])
    assert (c.correct, c.detected) == (c.truth, c.truth)


def test_norm_keeps_letters_of_every_script():
    assert norm("藥劑 名稱") == "藥劑名稱"
    assert norm("Ngọn núi") == norm("NGỌN NÚI") != ""
    assert norm("（小時）") == "小時"
